package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// runMainEnv makes the test binary act as briefbot itself (see TestMain),
// so the replica test runs real `briefbot run` processes it can SIGKILL
// without building the command separately.
const runMainEnv = "BRIEFBOT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// replicaBotAPI is a Bot API for several pollers at once: getUpdates
// returns every queued update at or past the offset, as Telegram does, and
// each sendMessage is recorded with its chat.
type replicaBotAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	updates []string // update 1+i: /help from private chat 2001+i
	sent    map[string]int
	notify  chan struct{}
}

func newReplicaBotAPI(t *testing.T) *replicaBotAPI {
	f := &replicaBotAPI{t: t, sent: map[string]int{}, notify: make(chan struct{})}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// queue adds one /help command from a new private chat and returns the
// chat's id.
func (f *replicaBotAPI) queue() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.updates = append(f.updates, "/help")
	return strconv.Itoa(2000 + len(f.updates))
}

// sentTo returns how many messages went to chat.
func (f *replicaBotAPI) sentTo(chat string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sent[chat]
}

func (f *replicaBotAPI) serve(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+daemonTGToken+"/")
	if r.Method != http.MethodPost || !ok || r.ParseForm() != nil {
		f.t.Errorf("fake Bot API: unexpected %s %s", r.Method, r.URL.Path)
		http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "getMe":
		io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"ReplicaTestBot"}}`)
	case "getUpdates":
		io.WriteString(w, f.answerUpdates(r.Context(), r.PostForm.Get("offset")))
	case "sendMessage":
		chat := r.PostForm.Get("chat_id")
		if chat == "" || r.PostForm.Get("text") == "" {
			f.t.Errorf("fake Bot API: sendMessage without chat_id or text: %v", r.PostForm)
		}
		f.mu.Lock()
		f.sent[chat]++
		f.mu.Unlock()
		fmt.Fprintf(w, `{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":%s,"type":"private"},"text":"ok"}}`, chat)
	default:
		io.WriteString(w, `{"ok":true,"result":true}`)
	}
}

// answerUpdates returns the updates at or past offset, or after a short
// wait an empty list, like a long poll.
func (f *replicaBotAPI) answerUpdates(ctx context.Context, offset string) string {
	from, _ := strconv.Atoi(offset)
	f.mu.Lock()
	var out []map[string]any
	for i, text := range f.updates {
		if id := 1 + i; id >= from {
			chat := 2001 + i
			out = append(out, map[string]any{"update_id": id, "message": map[string]any{
				"message_id": id, "date": 0, "text": text,
				"chat": map[string]any{"id": chat, "type": "private"},
				"from": map[string]any{"id": 777, "is_bot": false, "first_name": "Asha"}}})
		}
	}
	f.mu.Unlock()
	if len(out) == 0 {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
		}
		return `{"ok":true,"result":[]}`
	}
	b, _ := json.Marshal(map[string]any{"ok": true, "result": out})
	return string(b)
}

// replicaProc is one `briefbot run` process.
type replicaProc struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	exited chan struct{}
}

func startReplica(t *testing.T, cfg string, vars map[string]string) *replicaProc {
	t.Helper()
	p := &replicaProc{cmd: exec.Command(os.Args[0], "run", "-config", cfg), stderr: &syncBuffer{}, exited: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), runMainEnv+"=1")
	for k, v := range vars {
		p.cmd.Env = append(p.cmd.Env, k+"="+v)
	}
	p.cmd.Stderr, p.cmd.Stdout = p.stderr, io.Discard
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start replica: %v", err)
	}
	go func() {
		_ = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.exited
	})
	return p
}

// waitLog waits until the replica has logged want.
func (p *replicaProc) waitLog(t *testing.T, want string, within time.Duration) {
	t.Helper()
	if !waitUntil(within, func() bool { return strings.Contains(p.stderr.String(), want) }) {
		t.Fatalf("replica (pid %d) did not log %q within %s; stderr:\n%s", p.cmd.Process.Pid, want, within, p.stderr.String())
	}
}

// waitUntil polls cond every 50 ms until it holds or the time is up.
func waitUntil(within time.Duration, cond func() bool) bool {
	timeout := time.After(within)
	for !cond() {
		select {
		case <-timeout:
			return cond()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return true
}

// TestReplicasPostAndAnswerOnce runs two `briefbot run` processes on one
// PostgreSQL database and one fake Bot API, with a digest due every 4 s
// (standing in for every minute). One replica polls Telegram, the other
// stands by; the first is SIGKILLed right after a digest it or the other
// posted is recorded; the survivor takes the polling lease within 30 s.
// Every slot is posted once, every command answered once.
func TestReplicasPostAndAnswerOnce(t *testing.T) {
	url := storetest.PostgresURL(t)
	if testing.Short() {
		t.Skip("runs for half a minute to two minutes")
	}
	api := newReplicaBotAPI(t)
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	must(t, os.WriteFile(cfg, []byte(fmt.Sprintf(`db: %q
destinations:
  - name: ops
    platform: telegram
    chat: "-100777"
    schedule: "@every 4s"
    timezone: UTC
`, url)), 0o600))
	vars := map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": api.srv.URL,
		"BRIEFBOT_HTTP_ADDR": "127.0.0.1:0", "BRIEFBOT_LOG_LEVEL": "info"}
	db, err := sql.Open("pgx", url)
	must(t, err)
	defer db.Close()
	delivered := func() (n int) {
		if err := db.QueryRow(`SELECT COUNT(*) FROM deliveries WHERE dest = 'ops' AND delivered_at IS NOT NULL`).Scan(&n); err != nil {
			t.Fatalf("count deliveries: %v", err)
		}
		return n
	}

	a := startReplica(t, cfg, vars)
	a.waitLog(t, "took the polling lease", 30*time.Second)
	b := startReplica(t, cfg, vars)
	b.waitLog(t, "another replica is polling; standing by", 30*time.Second)
	// A replica that starts while the other is posting a slot first waits
	// for that attempt to settle (a minute, bot/schedule finishPending)
	// before its schedule runs, which with a slot every 4 s happens whenever
	// the other is mid-post at that moment; the survivor must be scheduling
	// before the kill for its posts to be counted after it.
	b.waitLog(t, "digest schedule started", 90*time.Second)
	var chats []string
	for range 3 {
		chats = append(chats, api.queue())
	}
	// Every command is answered before the kill: a reply being sent at the
	// moment of a SIGKILL is lost by design (its update id is recorded
	// before answering, so no reply is ever sent twice; docs/telegram.md).
	// Updates are handled concurrently, so all three are waited for.
	if !waitUntil(20*time.Second, func() bool { return answeredAll(api, chats) }) {
		t.Fatalf("commands not answered before the kill; a:\n%s", a.stderr.String())
	}
	// Kill right after a slot is posted and recorded, not in the middle of
	// posting one (a claimed, unposted slot waits for the next start). The
	// survivor is stopped with SIGTERM, which lets a post under way finish.
	if !waitUntil(20*time.Second, func() bool { n := delivered(); return n > 0 && api.sentTo("-100777") == n }) {
		t.Fatalf("no digest posted and recorded within 20 s; a:\n%s", a.stderr.String())
	}
	must(t, a.cmd.Process.Signal(syscall.SIGKILL))
	<-a.exited
	postsAtKill := api.sentTo("-100777")
	for range 3 {
		chats = append(chats, api.queue())
	}
	b.waitLog(t, "took the polling lease", 30*time.Second)
	if !waitUntil(20*time.Second, func() bool { return answeredAll(api, chats[3:]) }) {
		t.Fatalf("commands sent after the kill not answered; b:\n%s", b.stderr.String())
	}
	if !waitUntil(20*time.Second, func() bool { return api.sentTo("-100777") >= postsAtKill+2 }) {
		t.Fatalf("the survivor posted %d digests after the kill, want 2; b:\n%s", api.sentTo("-100777")-postsAtKill, b.stderr.String())
	}
	must(t, b.cmd.Process.Signal(syscall.SIGTERM))
	<-b.exited
	if code := b.cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("survivor exited %d on SIGTERM, want 0; stderr:\n%s", code, b.stderr.String())
	}

	for _, c := range chats {
		if n := api.sentTo(c); n != 1 {
			t.Errorf("chat %s got %d answers to its one command, want 1", c, n)
		}
	}
	posts, slots := api.sentTo("-100777"), delivered()
	var pending int
	must(t, db.QueryRow(`SELECT COUNT(*) FROM deliveries WHERE dest = 'ops' AND delivered_at IS NULL AND skipped_at IS NULL`).Scan(&pending))
	if posts != slots || slots < 3 || pending != 0 {
		t.Errorf("%d digest posts for %d delivered slots (%d claimed, not posted); want one post per slot, at least 3", posts, slots, pending)
	}
	t.Logf("%d slots posted once each; %d commands answered once; survivor took over polling", slots, len(chats))
}

// answeredAll reports whether every chat has had at least one answer.
func answeredAll(api *replicaBotAPI, chats []string) bool {
	for _, c := range chats {
		if api.sentTo(c) == 0 {
			return false
		}
	}
	return true
}
