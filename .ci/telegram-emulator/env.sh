# Sourced by .ci/run: installs the pinned telegram-test-api, starts it on
# 127.0.0.1 on a free port, waits until it accepts connections, sets
# emulator_pid (for the caller's cleanup) and exports
# BRIEFBOT_TELEGRAM_EMULATOR so TestEmulatorSmoke in ./bot/telegram runs.
# Returns non-zero, with a message, if the emulator cannot be installed or
# started.

_tge_dir=.ci/telegram-emulator
_tge_log="${TMPDIR:-/tmp}/telegram-emulator.log"

if ! npm ci --prefix "$_tge_dir" --no-audit --no-fund --loglevel=error; then
  echo "telegram emulator: npm ci failed" >&2
  return 1
fi

_tge_port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
PORT="$_tge_port" node "$_tge_dir/start.js" >"$_tge_log" 2>&1 &
emulator_pid=$!

_tge_ready=""
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$_tge_port") 2>/dev/null; then
    _tge_ready=1
    break
  fi
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if [ -z "$_tge_ready" ]; then
  echo "telegram emulator: not listening on 127.0.0.1:$_tge_port after 10s; log:" >&2
  cat "$_tge_log" >&2
  return 1
fi

export BRIEFBOT_TELEGRAM_EMULATOR="http://127.0.0.1:$_tge_port"
echo "telegram emulator: $BRIEFBOT_TELEGRAM_EMULATOR (pid $emulator_pid, log $_tge_log)"
