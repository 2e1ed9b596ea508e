package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// These tests run `briefbot run` and `briefbot digest` in-process against
// fake Telegram Bot API and Slack Web API servers on 127.0.0.1. The daemon
// listens on 127.0.0.1:0; startDaemon learns the port from its start-up log
// line.

const (
	daemonTGToken = "123456:TEST-daemon_token"
	// canonTitle is the title ingest gives the canonical brief.
	canonTitle = "Rajnath Singh, Belousov pay tribute at National War Memorial"
	// stopWithin is how long run may take to return once ctx is cancelled.
	stopWithin = 5 * time.Second
)

// canonPath is the canonical sample brief, relative to this package.
var canonPath = filepath.Join("..", "..", "briefs", "samples", "briefs", "01-india-russia-irigc.txt")

// ingestCanon makes a store holding the canonical brief and returns its path.
func ingestCanon(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "b.db")
	// An hour before testNow, so the brief is in the window of a digest
	// composed then.
	code, out, errOut := runMainAt(t, testNow.Add(-time.Hour), "", map[string]string{"BRIEFBOT_DB": db}, "ingest", canonPath)
	if code != 0 || !strings.Contains(out, "Ingested 1 new brief") {
		t.Fatalf("ingest: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	return db
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// daemonRun is a `briefbot run` running in-process.
type daemonRun struct {
	addr   string // the HTTP server's host:port
	stderr *syncBuffer
	stdout *syncBuffer
	cancel context.CancelFunc
	done   chan int // receives the exit status
}

// listenRE finds the address the daemon logs when it starts serving.
var listenRE = regexp.MustCompile(`msg="briefbot running" http=(127\.0\.0\.1:\d+)`)

// startDaemon runs `briefbot run` with envVars plus an HTTP address on a
// free port, waits until it serves, and stops it when the test ends.
func startDaemon(t *testing.T, envVars map[string]string, args ...string) *daemonRun {
	t.Helper()
	vars := map[string]string{"BRIEFBOT_HTTP_ADDR": "127.0.0.1:0"}
	for k, v := range envVars {
		vars[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &daemonRun{stderr: &syncBuffer{}, stdout: &syncBuffer{}, cancel: cancel, done: make(chan int, 1)}
	e := &env{stdin: strings.NewReader(""), stdout: d.stdout, stderr: d.stderr,
		lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }, clock: fixedClock{testNow}}
	go func() { d.done <- Main(ctx, append([]string{"run"}, args...), e) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-d.done:
		case <-time.After(stopWithin):
			t.Errorf("run did not return within %s of cancel", stopWithin)
		}
	})
	for try := 0; try < 1000; try++ { // about 10 s of 10 ms waits; no clock read
		if m := listenRE.FindStringSubmatch(d.stderr.String()); m != nil {
			d.addr = m[1]
			return d
		}
		select {
		case code := <-d.done:
			d.done <- code // for the cleanup
			t.Fatalf("run exited with %d before serving; stderr:\n%s", code, d.stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("run did not log its address within 10s; stderr:\n%s", d.stderr.String())
	return nil
}

// stop cancels the daemon, checks that it returns 0 promptly and that its
// port is free again.
func (d *daemonRun) stop(t *testing.T) {
	t.Helper()
	d.cancel()
	select {
	case code := <-d.done:
		d.done <- code // for the cleanup
		if code != 0 {
			t.Errorf("run exited %d after cancel, want 0; stderr:\n%s", code, d.stderr.String())
		}
	case <-time.After(stopWithin):
		t.Fatalf("run still running %s after cancel; stderr:\n%s", stopWithin, d.stderr.String())
	}
	ln, err := net.Listen("tcp", d.addr)
	if err != nil {
		t.Errorf("port %s still held after run returned: %v", d.addr, err)
	} else {
		ln.Close()
	}
	if left := daemonGoroutines(); left != "" {
		t.Errorf("goroutines of the daemon still running after run returned:\n%s", left)
	}
}

// briefbotFrame matches a stack frame of briefbot code; testFrame those of
// this file's tests and fakes, which are not the daemon's.
var (
	briefbotFrame = regexp.MustCompile(`(?m)^github\.com/briefbot/briefbot/.*$`)
	testFrame     = regexp.MustCompile(`^github\.com/briefbot/briefbot/cmd/briefbot\.(Test|\(\*fake|\(\*syncBuffer\)|\(\*daemonRun\)|daemonGoroutines|startDaemon|runMain)`)
)

// daemonGoroutines returns the stacks of goroutines running daemon code,
// waiting up to two seconds for them to end; "" when there are none.
func daemonGoroutines() string {
	var left []string
	for try := 0; ; try++ { // about 2 s of 20 ms naps; no clock read
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		left = left[:0]
		for _, g := range strings.Split(string(buf), "\n\n") {
			for _, f := range briefbotFrame.FindAllString(g, -1) {
				if !testFrame.MatchString(f) {
					left = append(left, g)
					break
				}
			}
		}
		if len(left) == 0 || try >= 100 {
			return strings.Join(left, "\n\n")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (d *daemonRun) get(t *testing.T, path string, header http.Header) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "http://"+d.addr+path, nil)
	must(t, err)
	for k, vs := range header {
		req.Header[k] = vs
	}
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	must(t, err)
	return resp.StatusCode, resp.Header, string(body)
}

func TestDaemonHTTP(t *testing.T) {
	db := ingestCanon(t)
	bearer := func(tok string) http.Header { return http.Header{"Authorization": {"Bearer " + tok}} }
	type check struct {
		path       string
		header     http.Header
		wantStatus int
		wantType   string // Content-Type prefix
		wantBody   string // body prefix
		wantIn     string // in the body
	}
	cases := []struct {
		name   string
		token  string
		checks []check
	}{
		{name: "open", checks: []check{
			{path: "/healthz", wantStatus: 200, wantType: "text/plain", wantBody: "ok\n"},
			{path: "/readyz", wantStatus: 200, wantType: "application/json", wantIn: `"ready": true`},
			{path: "/metrics", wantStatus: 200, wantType: "text/plain", wantIn: "briefbot_build_info{"},
			{path: "/meetings.ics", wantStatus: 200, wantType: "text/calendar", wantBody: "BEGIN:VCALENDAR", wantIn: "Manekshaw Centre"},
			{path: "/nowhere", wantStatus: 404},
		}},
		{name: "token", token: "s3cret-T0ken", checks: []check{
			{path: "/healthz", wantStatus: 200, wantBody: "ok\n"},
			{path: "/readyz", wantStatus: 200, wantIn: `"telegram": {`},
			{path: "/metrics", wantStatus: 401},
			{path: "/metrics", header: bearer("s3cret-T0ken"), wantStatus: 200, wantIn: "go_goroutines"},
			{path: "/meetings.ics", wantStatus: 401},
			{path: "/meetings.ics?token=wrong", wantStatus: 401},
			{path: "/meetings.ics", header: bearer("wrong"), wantStatus: 401},
			{path: "/meetings.ics", header: http.Header{"Authorization": {"s3cret-T0ken"}}, wantStatus: 401},
			{path: "/meetings.ics?token=s3cret-T0ken", wantStatus: 200, wantType: "text/calendar", wantBody: "BEGIN:VCALENDAR"},
			{path: "/meetings.ics", header: bearer("s3cret-T0ken"), wantStatus: 200, wantType: "text/calendar", wantBody: "BEGIN:VCALENDAR", wantIn: "Manekshaw Centre"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tg := newFakeBotAPI(t)
			vars := map[string]string{"BRIEFBOT_DB": db, "BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL}
			if tc.token != "" {
				vars["BRIEFBOT_HTTP_TOKEN"] = tc.token
			}
			d := startDaemon(t, vars)
			for _, c := range tc.checks {
				status, h, body := d.get(t, c.path, c.header)
				if status != c.wantStatus {
					t.Errorf("GET %s (%v): status %d, want %d; body %.200q", c.path, c.header, status, c.wantStatus, body)
					continue
				}
				if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, c.wantType) {
					t.Errorf("GET %s: Content-Type %q, want %s", c.path, ct, c.wantType)
				}
				if !strings.HasPrefix(body, c.wantBody) || !strings.Contains(body, c.wantIn) {
					t.Errorf("GET %s: body %.300q, want it to start with %q and hold %q", c.path, body, c.wantBody, c.wantIn)
				}
				if status == 401 && h.Get("WWW-Authenticate") == "" {
					t.Errorf("GET %s: 401 without WWW-Authenticate", c.path)
				}
				if strings.Contains(body, tc.token) && tc.token != "" {
					t.Errorf("GET %s: body shows the token", c.path)
				}
			}
			d.stop(t)
			if tc.token != "" && strings.Contains(d.stderr.String(), tc.token) {
				t.Errorf("the log shows the HTTP token:\n%s", d.stderr.String())
			}
		})
	}
}

func TestDaemonTelegramCommands(t *testing.T) {
	db := ingestCanon(t)
	tg := newFakeBotAPI(t)
	tg.queue("/meetings", "/brief 1", "/meetings all")
	d := startDaemon(t, map[string]string{
		"BRIEFBOT_DB": db, "BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL,
	})
	sent := tg.waitSent(t, 3)
	for i, s := range sent {
		if s.Get("chat_id") != "12345" || s.Get("parse_mode") != "HTML" {
			t.Errorf("reply %d: chat_id %q parse_mode %q, want 12345 and HTML", i, s.Get("chat_id"), s.Get("parse_mode"))
		}
	}
	// /meetings lists the upcoming meetings, which depends on today's
	// date; /meetings all does not.
	meetings, brief, all := sent[0].Get("text"), sent[1].Get("text"), sent[2].Get("text")
	if !strings.HasPrefix(meetings, "<b>Upcoming meetings</b>") {
		t.Errorf("/meetings reply is not an HTML document with a bold title:\n%s", meetings)
	}
	if !strings.Contains(all, "Manekshaw Centre, New Delhi") || !strings.Contains(all, "Working Group") {
		t.Errorf("/meetings all reply lacks the brief's meetings:\n%s", all)
	}
	if !strings.Contains(brief, "<b>"+canonTitle+"</b>") || !strings.Contains(brief, "IANS") {
		t.Errorf("/brief 1 reply lacks the bold title %q and its source:\n%s", canonTitle, brief)
	}
	cmds := tg.calls("setMyCommands")
	if len(cmds) != 1 {
		t.Fatalf("setMyCommands called %d times, want 1", len(cmds))
	}
	var menu []struct{ Command, Description string }
	if err := json.Unmarshal([]byte(cmds[0].Get("commands")), &menu); err != nil {
		t.Fatalf("setMyCommands commands %q: %v", cmds[0].Get("commands"), err)
	}
	names := map[string]bool{}
	for _, c := range menu {
		names[c.Command] = true
	}
	for _, want := range []string{"meetings", "brief", "search", "digest"} {
		if !names[want] {
			t.Errorf("command menu lacks %q: %+v", want, menu)
		}
	}
	d.stop(t) // with a long poll in flight
	if n := len(tg.calls("sendMessage")); n != 3 {
		t.Errorf("%d messages sent in all, want 3 (no reply repeated)", n)
	}
	if strings.Contains(d.stderr.String(), daemonTGToken) {
		t.Errorf("the log shows the bot token:\n%s", d.stderr.String())
	}
}

func TestDaemonTelegramWebhook(t *testing.T) {
	db := ingestCanon(t)
	tg := newFakeBotAPI(t)
	const secret = "wh_S3cret-token"
	const hookURL = "https://bot.example.org/telegram/webhook"
	d := startDaemon(t, map[string]string{
		"BRIEFBOT_DB": db, "BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL,
		"BRIEFBOT_TELEGRAM_WEBHOOK_URL": hookURL, "BRIEFBOT_TELEGRAM_WEBHOOK_SECRET": secret,
	})
	for try := 0; len(tg.calls("setWebhook")) == 0 && try < 1000; try++ { // about 10 s; no clock read
		time.Sleep(10 * time.Millisecond)
	}
	hooks := tg.calls("setWebhook")
	if len(hooks) != 1 || hooks[0].Get("url") != hookURL || hooks[0].Get("secret_token") != secret {
		t.Fatalf("setWebhook calls %v, want one with url %s and the secret", hooks, hookURL)
	}
	post := func(header string, body []byte) int {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, "http://"+d.addr+"/telegram/webhook", bytes.NewReader(body))
		must(t, err)
		req.Header.Set("Content-Type", "application/json")
		if header != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", header)
		}
		resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
		if err != nil {
			t.Fatalf("POST /telegram/webhook: %v", err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	upd, err := json.Marshal(tgUpdate(2000, "/brief 1"))
	must(t, err)
	for _, c := range []struct {
		name, secret string
		body         []byte
		want         int
	}{
		{"no secret", "", upd, 401},
		{"wrong secret", "nope", upd, 401},
		{"not an update", secret, []byte("{broken"), 400},
		{"update", secret, upd, 200},
		{"retry of the same update", secret, upd, 200},
	} {
		if got := post(c.secret, c.body); got != c.want {
			t.Errorf("%s: status %d, want %d", c.name, got, c.want)
		}
	}
	sent := tg.waitSent(t, 1)
	if !strings.Contains(sent[0].Get("text"), canonTitle) || sent[0].Get("chat_id") != "12345" {
		t.Errorf("webhook reply to chat %s:\n%s\nwant chat 12345 and %q", sent[0].Get("chat_id"), sent[0].Get("text"), canonTitle)
	}
	d.stop(t)
	if n := len(tg.calls("sendMessage")); n != 1 {
		t.Errorf("%d replies to one update sent twice, want 1", n)
	}
	if n := len(tg.calls("getUpdates")); n != 0 {
		t.Errorf("getUpdates called %d times in webhook mode", n)
	}
	if strings.Contains(d.stderr.String(), secret) {
		t.Errorf("the log shows the webhook secret:\n%s", d.stderr.String())
	}
}

func TestDaemonTelegramDigestCommands(t *testing.T) {
	db := ingestCanon(t)
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	// A schedule that does not fire during the test: the posts here are
	// the commands' own.
	must(t, os.WriteFile(cfg, []byte(fmt.Sprintf(`db: %q
destinations:
  - name: ops
    platform: telegram
    chat: "12345"
    schedule: "0 0 1 1 *"
    timezone: Europe/Berlin
`, db)), 0o600))
	tg := newFakeBotAPI(t)
	tg.queue("/schedule", "/digest", "/digest post")
	d := startDaemon(t, map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL,
		"BRIEFBOT_TELEGRAM_ADMINS": "777"}, "-config", cfg)
	sent := tg.waitSent(t, 4)
	texts := make([]string, len(sent))
	for i, s := range sent {
		texts[i] = s.Get("text")
	}
	checks := []struct {
		what      string
		want, not []string
	}{
		{"/schedule", []string{"This chat gets the digest on schedule", "Europe/Berlin", "Next: "}, nil},
		{"/digest preview", []string{"<b>Morning briefing · ", canonTitle}, nil},
		{"/digest post: the digest", []string{"<b>Morning briefing · ", canonTitle}, nil},
		{"/digest post: the confirmation", []string{"Posted the digest with 1 story"}, []string{canonTitle}},
	}
	for i, c := range checks {
		for _, w := range c.want {
			if !strings.Contains(texts[i], w) {
				t.Errorf("%s: reply lacks %q:\n%s", c.what, w, texts[i])
			}
		}
		for _, w := range c.not {
			if strings.Contains(texts[i], w) {
				t.Errorf("%s: reply has %q:\n%s", c.what, w, texts[i])
			}
		}
	}
	tg.queue("/digest")
	after := tg.waitSent(t, 5)[4].Get("text")
	if strings.Contains(after, canonTitle) || !strings.Contains(after, "No new briefs") {
		t.Errorf("/digest after the post still offers the posted brief:\n%s", after)
	}
	d.stop(t)
}

// writeDigestConfig writes a config with one every-minute Telegram
// destination named "ops" and returns its path.
func writeDigestConfig(t *testing.T, db string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	yaml := fmt.Sprintf(`db: %q
destinations:
  - name: ops
    platform: telegram
    chat: "12345"
    schedule: "* * * * *"
    timezone: UTC
`, db)
	must(t, os.WriteFile(path, []byte(yaml), 0o600))
	return path
}

func TestDigestToTelegramExactlyOnce(t *testing.T) {
	db := ingestCanon(t)
	cfg := writeDigestConfig(t, db)
	tg := newFakeBotAPI(t)
	vars := map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL}
	// One fixed time for every run, so both posts fall in the same slot
	// whatever the clock does between them; after the ingest, so the brief
	// is in the window.
	now := testNow.Add(time.Minute).Format(time.RFC3339)

	code, out, errOut := runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-now", now)
	if code != 0 || !strings.Contains(out, "Posted the digest to ops") {
		t.Fatalf("digest -to ops: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	sent := tg.calls("sendMessage")
	if len(sent) != 1 {
		t.Fatalf("%d sendMessage calls, want 1", len(sent))
	}
	text := sent[0].Get("text")
	if sent[0].Get("chat_id") != "12345" || !strings.HasPrefix(text, "<b>Morning briefing · ") || !strings.Contains(text, canonTitle) {
		t.Errorf("digest post to chat %q:\n%s\nwant chat 12345, the heading and %q", sent[0].Get("chat_id"), text, canonTitle)
	}
	checkToldByDigest(t, db, "ops", "12345/1", testNow)

	code, out, errOut = runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-now", now)
	if n := len(tg.calls("sendMessage")); n != 1 {
		t.Errorf("second run in the same slot: %d sendMessage calls in all, want still 1", n)
	}
	if code != 0 || !strings.Contains(out, "already posted") {
		t.Errorf("second run: exit %d, stdout does not say the slot was already posted\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	t.Logf("second run: exit %d, stderr %q", code, strings.TrimSpace(errOut))

	code, out, errOut = runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-dry-run", "-now", now)
	if code != 0 || !strings.Contains(out, "Morning briefing · ") {
		t.Errorf("dry run: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if n := len(tg.calls("sendMessage")); n != 1 {
		t.Errorf("dry run posted: %d sendMessage calls in all, want still 1", n)
	}
}

// TestDaemonSchedulerCatchUp starts the daemon for a destination whose last
// digest went out five minutes ago: the scheduler posts the newest missed
// slot at once (the ones between are skipped), so no test waits for a
// minute to turn.
func TestDaemonSchedulerCatchUp(t *testing.T) {
	db := ingestCanon(t)
	cfg := writeDigestConfig(t, db)
	tg := newFakeBotAPI(t)
	vars := map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL}
	past := testNow.Add(-5 * time.Minute).Format(time.RFC3339)
	code, out, errOut := runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-now", past)
	if code != 0 || len(tg.calls("sendMessage")) != 1 {
		t.Fatalf("seeding digest: exit %d, %d posts\nstdout: %s\nstderr: %s", code, len(tg.calls("sendMessage")), out, errOut)
	}
	d := startDaemon(t, vars, "-config", cfg) // its clock stands at testNow
	sent := tg.waitSent(t, 2)
	d.stop(t)
	post := sent[1]
	if post.Get("chat_id") != "12345" || !strings.HasPrefix(post.Get("text"), "<b>Morning briefing · ") {
		t.Errorf("catch-up post to chat %q:\n%s\nwant chat 12345 and the digest heading", post.Get("chat_id"), post.Get("text"))
	}
	// One post for the newest missed slot; the clock does not move, so no
	// later slot comes due.
	if n := len(tg.calls("sendMessage")) - 1; n != 1 {
		t.Errorf("daemon posted %d digests, want 1 for the newest missed slot", n)
	}
	if !strings.Contains(d.stderr.String(), "missed digest slots skipped") {
		t.Errorf("the slots between were not reported as skipped; stderr:\n%s", d.stderr.String())
	}
}

func TestDigestDryRunShowsBriefs(t *testing.T) {
	db := ingestCanon(t)
	cfg := writeDigestConfig(t, db)
	tg := newFakeBotAPI(t)
	vars := map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL}
	now := testNow.Add(time.Minute).Format(time.RFC3339)
	code, out, errOut := runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-dry-run", "-now", now)
	if code != 0 || !strings.Contains(out, "Morning briefing · ") || !strings.Contains(out, canonTitle) {
		t.Errorf("dry run: exit %d, want the heading and %q\nstdout: %s\nstderr: %s", code, canonTitle, out, errOut)
	}
	if n := len(tg.calls("sendMessage")); n != 0 {
		t.Errorf("dry run made %d sendMessage calls, want 0", n)
	}
}

func TestRunInvalidConfig(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string
	}{
		{"webhook scheme", "telegram:\n  token: \"123:abc\"\n  webhook_url: \"ftp://x\"\n  webhook_secret: s3cret\n",
			[]string{"telegram.webhook_url", "ftp://x"}},
		{"webhook without token", "telegram:\n  webhook_url: \"https://bot.example.org/telegram/webhook\"\n  webhook_secret: s3cret\n",
			[]string{"telegram.webhook_url", "telegram.token"}},
		{"bad timezone", "telegram:\n  token: \"123:abc\"\ndestinations:\n  - name: x\n    platform: telegram\n    chat: \"-100\"\n    schedule: \"0 8 * * *\"\n    timezone: Mars/Olympus\n",
			[]string{"Mars/Olympus"}},
		{"unknown key", "telegram:\n  tokn: \"123:abc\"\n", []string{"tokn"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "bad.yaml")
			must(t, os.WriteFile(path, []byte(tc.yaml), 0o600))
			vars := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "b.db"), "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0"}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			var out, errb strings.Builder
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
				lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }, clock: fixedClock{testNow}}
			code := Main(ctx, []string{"run", "-config", path}, e)
			if ctx.Err() != nil {
				t.Fatalf("run with a bad config kept running until the timeout; stderr:\n%s", errb.String())
			}
			if code == 0 {
				t.Fatalf("run with a bad config exited 0; stderr:\n%s", errb.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("exit %d; stderr lacks %q:\n%s", code, w, errb.String())
				}
			}
		})
	}
}

// botAPIFailing answers every Bot API call with an error status.
func botAPIFailing(t *testing.T, status int) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"ok":false,"error_code":%d,"description":%q}`, status, http.StatusText(status))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestRunTelegramTokenRejected(t *testing.T) {
	vars := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0",
		"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": botAPIFailing(t, http.StatusUnauthorized)}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }, clock: fixedClock{testNow}}
	code := Main(ctx, []string{"run"}, e)
	if ctx.Err() != nil || code == 0 {
		t.Fatalf("run with a rejected token: exit %d, ctx %v; want a prompt non-zero exit\n%s", code, ctx.Err(), errb.String())
	}
	if !strings.Contains(errb.String(), "BRIEFBOT_TELEGRAM_TOKEN") || strings.Contains(errb.String(), daemonTGToken) {
		t.Errorf("stderr should name BRIEFBOT_TELEGRAM_TOKEN without showing it:\n%s", errb.String())
	}
}

// TestRunTelegramDownAtStart: Telegram being unreachable when the daemon
// starts should not take down the HTTP server and the other adapters (the
// daemon's own rule: a failing service is logged, the rest keep running).
func TestRunTelegramDownAtStart(t *testing.T) {
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"),
		"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": botAPIFailing(t, http.StatusBadGateway)})
	if status, _, body := d.get(t, "/healthz", nil); status != 200 || body != "ok\n" {
		t.Errorf("/healthz with Telegram down: %d %q", status, body)
	}
	d.stop(t)
}

// fakeBotAPI is a minimal Telegram Bot API: getMe, setMyCommands, setWebhook,
// getUpdates serving queued messages from chat 12345 by offset and then
// holding empty long polls, and sendMessage, recording every request.
type fakeBotAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	reqs    []botCall
	updates []string // message texts; update i has id 1000+i
}

type botCall struct {
	method string
	params url.Values
}

func newFakeBotAPI(t *testing.T) *fakeBotAPI {
	f := &fakeBotAPI{t: t}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// queue adds messages from user 777 in private chat 12345.
func (f *fakeBotAPI) queue(texts ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.updates = append(f.updates, texts...)
}

// calls returns the parameters of every call of method so far.
func (f *fakeBotAPI) calls(method string) []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []url.Values
	for _, c := range f.reqs {
		if c.method == method {
			out = append(out, c.params)
		}
	}
	return out
}

// waitSent waits up to 10 s for n sendMessage calls.
func (f *fakeBotAPI) waitSent(t *testing.T, n int) []url.Values {
	t.Helper()
	for try := 0; try < 1000; try++ { // about 10 s of 10 ms naps; no clock read
		if s := f.calls("sendMessage"); len(s) >= n {
			return s
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%d sendMessage calls after 10s, want %d; all calls: %v", len(f.calls("sendMessage")), n, f.methods())
	return nil
}

func (f *fakeBotAPI) methods() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, c := range f.reqs {
		out = append(out, c.method)
	}
	return out
}

func (f *fakeBotAPI) serve(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+daemonTGToken+"/")
	if r.Method != http.MethodPost || !ok {
		f.t.Errorf("fake Bot API: unexpected %s %s", r.Method, r.URL.Path)
		http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		return
	}
	if err := r.ParseForm(); err != nil {
		f.t.Errorf("fake Bot API: %s: bad form: %v", method, err)
		http.Error(w, `{"ok":false,"error_code":400,"description":"Bad Request"}`, http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, botCall{method, r.PostForm})
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "getMe":
		io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"DaemonTestBot"}}`)
	case "setMyCommands", "setWebhook":
		io.WriteString(w, `{"ok":true,"result":true}`)
	case "getUpdates":
		io.WriteString(w, f.answerUpdates(r.Context(), r.PostForm.Get("offset")))
	case "sendMessage":
		if r.PostForm.Get("text") == "" || r.PostForm.Get("chat_id") == "" {
			f.t.Errorf("fake Bot API: sendMessage without text or chat_id: %v", r.PostForm)
		}
		fmt.Fprintf(w, `{"ok":true,"result":{"message_id":%d,"date":0,"chat":{"id":12345,"type":"private"},"text":"ok"}}`, len(f.calls("sendMessage")))
	default:
		f.t.Errorf("fake Bot API: unexpected method %s", method)
		io.WriteString(w, `{"ok":false,"error_code":404,"description":"Not Found: method not found"}`)
	}
}

// answerUpdates returns the queued updates at or past offset, or, when
// there are none, holds the poll for up to a second (or until the client
// gives up) and returns an empty list.
func (f *fakeBotAPI) answerUpdates(ctx context.Context, offset string) string {
	off, _ := strconv.ParseInt(offset, 10, 64)
	f.mu.Lock()
	var out []map[string]any
	for i, text := range f.updates {
		if id := int64(1000 + i); id >= off {
			out = append(out, tgUpdate(id, text))
		}
	}
	f.mu.Unlock()
	if len(out) == 0 {
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
		return `{"ok":true,"result":[]}`
	}
	b, err := json.Marshal(map[string]any{"ok": true, "result": out})
	if err != nil {
		f.t.Errorf("fake Bot API: %v", err)
	}
	return string(b)
}

// tgUpdate is a Bot API update: a message from user 777 in private chat 12345.
func tgUpdate(id int64, text string) map[string]any {
	return map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id - 500, "date": testNow.Unix(), "text": text,
		"from": map[string]any{"id": 777, "is_bot": false, "first_name": "Ann", "username": "ann"},
		"chat": map[string]any{"id": 12345, "type": "private"},
	}}
}

// fakeSlackAPI is a minimal Slack Web API (auth.test, chat.postMessage) and
// response_url endpoint, recording every call.
type fakeSlackAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu    sync.Mutex
	calls []slackCall
}

type slackCall struct {
	path string
	body string // the request body: decoded form values joined, or raw JSON
	form url.Values
}

func newFakeSlackAPI(t *testing.T) *fakeSlackAPI {
	f := &fakeSlackAPI{t: t}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlackAPI) serve(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil || r.Method != http.MethodPost {
		f.t.Errorf("fake Slack API: %s %s: %v", r.Method, r.URL.Path, err)
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	c := slackCall{path: r.URL.Path, body: string(raw)}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		if c.form, err = url.ParseQuery(string(raw)); err != nil {
			f.t.Errorf("fake Slack API: %s: bad form: %v", r.URL.Path, err)
		}
		var vals []string
		for _, vs := range c.form {
			vals = append(vals, vs...)
		}
		c.body = strings.Join(vals, "\n")
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch r.URL.Path {
	case "/api/auth.test":
		io.WriteString(w, `{"ok":true,"url":"https://test.slack.com/","team":"Test","user":"briefbot","team_id":"T1","user_id":"UBOT"}`)
	case "/api/chat.postMessage":
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1733300000.000100"}`, c.form.Get("channel"))
	case "/respond":
		io.WriteString(w, `{"ok":true}`)
	default:
		f.t.Errorf("fake Slack API: unexpected %s", r.URL.Path)
		io.WriteString(w, `{"ok":false,"error":"unknown_method"}`)
	}
}

// callsTo returns the calls to path so far.
func (f *fakeSlackAPI) callsTo(path string) []slackCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []slackCall
	for _, c := range f.calls {
		if c.path == path {
			out = append(out, c)
		}
	}
	return out
}

// slackSigned returns a slash-command request signed with secret at ts.
func slackSigned(t *testing.T, addr, secret string, ts time.Time, form url.Values) *http.Request {
	t.Helper()
	body := form.Encode()
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/commands", strings.NewReader(body))
	must(t, err)
	sec := strconv.FormatInt(ts.Unix(), 10)
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "v0:%s:%s", sec, body)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", sec)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
	return req
}

func TestDaemonSlackSlashCommand(t *testing.T) {
	db := ingestCanon(t)
	sl := newFakeSlackAPI(t)
	const secret = "slack-signing-secret-0123"
	d := startDaemon(t, map[string]string{
		"BRIEFBOT_DB": db, "BRIEFBOT_SLACK_BOT_TOKEN": "xoxb-test-token", "BRIEFBOT_SLACK_SIGNING_SECRET": secret,
		"BRIEFBOT_SLACK_API_URL": sl.srv.URL + "/api/",
	})
	form := url.Values{"command": {"/brief"}, "text": {"1"}, "channel_id": {"C0123"}, "user_id": {"U1"},
		"user_name": {"ann"}, "team_id": {"T1"}, "response_url": {sl.srv.URL + "/respond"}}
	client := &http.Client{Timeout: 10 * time.Second}
	for _, c := range []struct {
		name   string
		req    *http.Request
		status int
	}{
		{"wrong secret", slackSigned(t, d.addr, "not-the-secret", testNow, form), 401},
		{"stale timestamp", slackSigned(t, d.addr, secret, testNow.Add(-10*time.Minute), form), 401},
		{"signed", slackSigned(t, d.addr, secret, testNow, form), 200},
	} {
		resp, err := client.Do(c.req)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d; body %.200q", c.name, resp.StatusCode, c.status, body)
			continue
		}
		if c.status != 200 {
			continue
		}
		// The answer comes inline, or, when slow or long, by response_url.
		answer := string(body)
		if len(bytes.TrimSpace(body)) == 0 {
			for try := 0; len(sl.callsTo("/respond")) == 0 && try < 1000; try++ { // about 10 s; no clock read
				time.Sleep(10 * time.Millisecond)
			}
			for _, r := range sl.callsTo("/respond") {
				answer += r.body
			}
		}
		if !strings.Contains(answer, canonTitle) {
			t.Errorf("%s: /brief 1 answer lacks %q:\n%.2000s", c.name, canonTitle, answer)
		}
	}
	d.stop(t)
	if n := len(sl.callsTo("/api/auth.test")); n != 1 {
		t.Errorf("auth.test called %d times, want 1", n)
	}
	if strings.Contains(d.stderr.String(), secret) || strings.Contains(d.stderr.String(), "xoxb-test-token") {
		t.Errorf("the log shows a Slack secret:\n%s", d.stderr.String())
	}
}

func TestDigestToSlackExactlyOnce(t *testing.T) {
	db := ingestCanon(t)
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	must(t, os.WriteFile(path, []byte(fmt.Sprintf(`db: %q
destinations:
  - name: news
    platform: slack
    chat: C0123
    schedule: "0 8 * * *"
    timezone: Asia/Kolkata
`, db)), 0o600))
	sl := newFakeSlackAPI(t)
	vars := map[string]string{"BRIEFBOT_SLACK_BOT_TOKEN": "xoxb-test-token", "BRIEFBOT_SLACK_API_URL": sl.srv.URL + "/api/"}
	now := testNow.Add(time.Minute).Format(time.RFC3339)
	for run := range 2 {
		code, out, errOut := runMain(t, "", vars, "digest", "-config", path, "-to", "news", "-now", now)
		if run == 0 && (code != 0 || !strings.Contains(out, "Posted the digest to news")) {
			t.Fatalf("digest -to news: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
		}
		if run == 1 && (code != 0 || !strings.Contains(out, "already posted")) {
			t.Errorf("second run: exit %d; stdout does not say the slot was already posted:\n%s\n%s", code, out, errOut)
		}
	}
	posts := sl.callsTo("/api/chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("%d chat.postMessage calls after two runs, want 1", len(posts))
	}
	if posts[0].form.Get("channel") != "C0123" || !strings.Contains(posts[0].body, "Afternoon briefing") || !strings.Contains(posts[0].body, canonTitle) {
		t.Errorf("digest post to %q:\n%.2000s\nwant channel C0123, the heading and %q", posts[0].form.Get("channel"), posts[0].body, canonTitle)
	}
	checkToldByDigest(t, db, "news", "C0123/1733300000.000100", testNow)
}
