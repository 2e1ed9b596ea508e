#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the tests.
#
#   eval "$(.ci/postgres.sh start)"   # starts one, prints the exports
#   go test ./briefs/store/...         # tests read BRIEFBOT_TEST_POSTGRES
#   .ci/postgres.sh stop "$BRIEFBOT_TEST_POSTGRES_DIR"
#
# start initdb's a cluster in a new temporary folder, owned by an unprivileged
# user when run as root (the server refuses to run as root), starts it on a
# free port on 127.0.0.1 only (trust authentication, no data safety: fsync
# off), waits until it accepts connections, creates the database
# briefbot_test and prints
#   export BRIEFBOT_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/briefbot_test?sslmode=disable
#   export BRIEFBOT_TEST_POSTGRES_DIR=FOLDER
# stop FOLDER stops that server and deletes the folder. The server binaries
# come from /usr/lib/postgresql/*/bin (or PATH); when there are none and the
# script runs as root, it installs the Debian package postgresql.
set -euo pipefail

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "postgres: installing the postgresql package" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$d" ]; then echo "$d"; return; fi
  fi
  echo "postgres: no PostgreSQL server binaries (initdb) found" >&2
  return 1
}

# as_owner runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "postgres: no free port found" >&2
  return 1
}

start() {
  local bin dir port log
  bin=$(pg_bindir)
  PG_USER=${PG_USER:-nobody}
  dir=$(mktemp -d "${TMPDIR:-/tmp}/briefbot-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir "$dir/data"
  log="$dir/server.log"
  touch "$log"
  if [ "$(id -u)" = 0 ]; then chown -R "$PG_USER" "$dir"; fi
  if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1; then
    echo "postgres: initdb failed:" >&2; cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1
  fi
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -t 30 start -o \
      "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      >/dev/null 2>&1; then
      break
    fi
    if [ "$attempt" = 5 ]; then
      echo "postgres: server did not start; log:" >&2; cat "$log" >&2; rm -rf "$dir"; return 1
    fi
  done
  echo "$port" >"$dir/port"
  echo "$bin" >"$dir/bindir"
  if ! "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres briefbot_test >&2; then
    stop "$dir"; return 1
  fi
  echo "postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, folder $dir" >&2
  echo "export BRIEFBOT_TEST_POSTGRES='postgres://postgres@127.0.0.1:$port/briefbot_test?sslmode=disable'"
  echo "export BRIEFBOT_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir=${1:-}
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    echo "postgres: stop: no server folder given (BRIEFBOT_TEST_POSTGRES_DIR)" >&2; return 1
  fi
  PG_USER=$(stat -c %U "$dir/data")
  as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-${BRIEFBOT_TEST_POSTGRES_DIR:-}}" ;;
  *) echo "usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
