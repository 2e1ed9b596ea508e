package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/bot"
)

const (
	testBotToken = "xoxb-test-token"
	testAppToken = "xapp-test-token"
	testBotUser  = "UBOT"
	testTeam     = "T1"
)

// fakeState is an in-memory State.
type fakeState struct {
	mu     sync.Mutex
	seen   map[string]bool
	active map[string]bool
	moves  [][2]string
}

func newFakeState() *fakeState {
	return &fakeState{seen: map[string]bool{}, active: map[string]bool{}}
}

func (s *fakeState) FirstSeen(_ context.Context, platform, id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := platform + "/" + id
	if s.seen[k] {
		return false, nil
	}
	s.seen[k] = true
	return true, nil
}

func (s *fakeState) SetChatActive(_ context.Context, platform, chat string, active bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.active[platform+"/"+chat] = active
	return nil
}

func (s *fakeState) MoveChat(_ context.Context, platform, from, to string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.moves = append(s.moves, [2]string{from, to})
	return nil
}

func (s *fakeState) isActive(chat string) (active, recorded bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	active, recorded = s.active["slack/"+chat]
	return active, recorded
}

// fakeHandler records requests and answers each with reply. When gate is
// set, Serve waits for it to close first.
type fakeHandler struct {
	mu    sync.Mutex
	reqs  []bot.Request
	reply bot.Reply
	gate  chan struct{}
	got   chan bot.Request
}

func newFakeHandler(reply bot.Reply) *fakeHandler {
	return &fakeHandler{reply: reply, got: make(chan bot.Request, 100)}
}

func (h *fakeHandler) Serve(ctx context.Context, req bot.Request) (bot.Reply, error) {
	h.mu.Lock()
	h.reqs = append(h.reqs, req)
	gate := h.gate
	h.mu.Unlock()
	h.got <- req
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return bot.Reply{}, ctx.Err()
		}
	}
	return h.reply, nil
}

func (h *fakeHandler) requests() []bot.Request {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]bot.Request(nil), h.reqs...)
}

// wait returns the next request or fails the test after d.
func (h *fakeHandler) wait(t *testing.T, d time.Duration) bot.Request {
	t.Helper()
	select {
	case r := <-h.got:
		return r
	case <-time.After(d):
		t.Fatalf("handler not called within %v", d)
		return bot.Request{}
	}
}

// post is one message the fake Web API received.
type post struct {
	Method, Channel, Thread, Text, User string
	TS                                  string // of the message chat.update changes
	Blocks                              []map[string]any
	At                                  time.Time
}

// fakeAPI is a slacktest server that records posts and can fail them.
type fakeAPI struct {
	t    testing.TB
	srv  *slacktest.Server
	mu   sync.Mutex
	ts   int
	list []post
	got  chan post
	// fail, when set, may answer a post instead of the fake (return true).
	fail func(w http.ResponseWriter, p post) bool
	// openErr, when set, is the error apps.connections.open returns.
	openErr   string
	opens     int
	socket    *fakeSocket
	userInfos int
	// now, when set, stamps post.At; nil leaves it zero.
	now func() time.Time
}

func newFakeAPI(t testing.TB) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t, got: make(chan post, 1000), socket: newFakeSocket()}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", f.authTest)
		c.Handle("/chat.postMessage", f.postHandler("chat.postMessage"))
		c.Handle("/chat.postEphemeral", f.postHandler("chat.postEphemeral"))
		c.Handle("/chat.update", f.postHandler("chat.update"))
		c.Handle("/users.info", f.usersInfo)
		c.Handle("/apps.connections.open", f.connectionsOpen)
		c.Handle("/ws", slacktest.Websocket(f.socket.serve))
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

func (f *fakeAPI) url() string { return f.srv.GetAPIURL() }

// checkToken asserts the request carries tok.
func (f *fakeAPI) checkToken(w http.ResponseWriter, r *http.Request, tok string) bool {
	if r.Header.Get("Authorization") == "Bearer "+tok || r.FormValue("token") == tok {
		return true
	}
	f.t.Errorf("%s: wrong or missing token (Authorization %q)", r.URL.Path, r.Header.Get("Authorization"))
	writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
	return false
}

func (f *fakeAPI) authTest(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+testBotToken && r.FormValue("token") != testBotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "team": "Test", "team_id": testTeam, "user": "briefbot", "user_id": testBotUser})
}

func (f *fakeAPI) usersInfo(w http.ResponseWriter, r *http.Request) {
	if !f.checkToken(w, r, testBotToken) {
		return
	}
	f.mu.Lock()
	f.userInfos++
	f.mu.Unlock()
	id := r.FormValue("user")
	writeJSON(w, map[string]any{"ok": true, "user": map[string]any{"id": id, "name": "name-of-" + id}})
}

func (f *fakeAPI) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.opens++
	openErr := f.openErr
	f.mu.Unlock()
	if openErr != "" {
		writeJSON(w, map[string]any{"ok": false, "error": openErr})
		return
	}
	if r.Header.Get("Authorization") != "Bearer "+testAppToken {
		f.t.Errorf("apps.connections.open without the app token: %q", r.Header.Get("Authorization"))
	}
	writeJSON(w, map[string]any{"ok": true, "url": f.srv.GetWSURL()})
}

func (f *fakeAPI) postHandler(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			f.t.Errorf("%s: method %s", method, r.Method)
		}
		if !f.checkToken(w, r, testBotToken) {
			return
		}
		p := post{Method: method, Channel: r.FormValue("channel"), Thread: r.FormValue("thread_ts"),
			Text: r.FormValue("text"), User: r.FormValue("user"), TS: r.FormValue("ts")}
		f.mu.Lock()
		if f.now != nil {
			p.At = f.now()
		}
		f.mu.Unlock()
		if b := r.FormValue("blocks"); b != "" {
			if err := json.Unmarshal([]byte(b), &p.Blocks); err != nil {
				f.t.Errorf("%s: blocks are not JSON: %v", method, err)
			}
		}
		if p.Channel == "" {
			f.t.Errorf("%s without a channel", method)
		}
		if f.fail != nil && f.fail(w, p) {
			return
		}
		f.mu.Lock()
		f.ts++
		ts := fmt.Sprintf("1700000000.%06d", f.ts)
		f.list = append(f.list, p)
		f.mu.Unlock()
		f.got <- p
		switch method {
		case "chat.postEphemeral":
			writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
			return
		case "chat.update":
			writeJSON(w, map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS, "text": p.Text})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "channel": p.Channel, "ts": ts})
	}
}

func (f *fakeAPI) posts() []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]post(nil), f.list...)
}

func (f *fakeAPI) opensCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.opens
}

// waitPost returns the next recorded post or fails after d.
func (f *fakeAPI) waitPost(t *testing.T, d time.Duration) post {
	t.Helper()
	select {
	case p := <-f.got:
		return p
	case <-time.After(d):
		t.Fatalf("no post within %v", d)
		return post{}
	}
}

// noPost asserts nothing is posted within d.
func (f *fakeAPI) noPost(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case p := <-f.got:
		t.Fatalf("unexpected post: %+v", p)
	case <-time.After(d):
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// fakeSocket is a Socket Mode server: each connection is handed to the
// test, which sends hello, envelopes and disconnects and reads acks.
type fakeSocket struct {
	conns chan *wsConn
}

func newFakeSocket() *fakeSocket { return &fakeSocket{conns: make(chan *wsConn, 10)} }

// wsConn is one Socket Mode connection as the server sees it.
type wsConn struct {
	c      *websocket.Conn
	wmu    sync.Mutex
	acks   chan map[string]any
	closed chan struct{}
	drop   chan struct{}
	once   sync.Once
}

func (s *fakeSocket) serve(c *websocket.Conn) {
	w := &wsConn{c: c, acks: make(chan map[string]any, 100), closed: make(chan struct{}), drop: make(chan struct{})}
	go func() {
		defer close(w.closed)
		for {
			var m map[string]any
			if err := c.ReadJSON(&m); err != nil {
				return
			}
			w.acks <- m
		}
	}()
	s.conns <- w
	select {
	case <-w.closed:
	case <-w.drop:
	}
}

// next waits for the adapter's next connection.
func (s *fakeSocket) next(t *testing.T, d time.Duration) *wsConn {
	t.Helper()
	select {
	case w := <-s.conns:
		return w
	case <-time.After(d):
		t.Fatalf("no socket mode connection within %v", d)
		return nil
	}
}

func (w *wsConn) send(t *testing.T, v any) {
	t.Helper()
	w.wmu.Lock()
	defer w.wmu.Unlock()
	if err := w.c.WriteJSON(v); err != nil {
		t.Fatalf("socket write: %v", err)
	}
}

func (w *wsConn) hello(t *testing.T) {
	w.send(t, map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
}

// dropConn closes the socket without a close frame.
func (w *wsConn) dropConn() { w.once.Do(func() { close(w.drop); _ = w.c.UnderlyingConn().Close() }) }

// waitAck returns the envelope id of the next ack or fails after d.
func (w *wsConn) waitAck(t *testing.T, d time.Duration) string {
	t.Helper()
	select {
	case m := <-w.acks:
		id, _ := m["envelope_id"].(string)
		return id
	case <-time.After(d):
		t.Fatalf("no ack within %v", d)
		return ""
	}
}

// responseRecorder is a fake response_url endpoint.
type responseRecorder struct {
	mu   sync.Mutex
	got  chan map[string]any
	list []map[string]any
}

func newResponseRecorder() *responseRecorder {
	return &responseRecorder{got: make(chan map[string]any, 100)}
}

func (rr *responseRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var m map[string]any
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &m); err != nil {
		http.Error(w, "not json", http.StatusBadRequest)
		return
	}
	m["_path"] = r.URL.Path
	rr.mu.Lock()
	rr.list = append(rr.list, m)
	rr.mu.Unlock()
	rr.got <- m
	writeJSON(w, map[string]any{"ok": true})
}

func (rr *responseRecorder) wait(t *testing.T, d time.Duration) map[string]any {
	t.Helper()
	select {
	case m := <-rr.got:
		return m
	case <-time.After(d):
		t.Fatalf("nothing posted to response_url within %v", d)
		return nil
	}
}

// testNow is the adapter's clock in tests: requests are signed at it.
var testNow = time.Date(2026, 12, 4, 9, 30, 0, 0, time.UTC)

// newTestAdapter returns an adapter against api with fast pacing.
func newTestAdapter(t *testing.T, api *fakeAPI, h bot.Handler, st State, mod func(*Options)) *Adapter {
	t.Helper()
	opts := Options{BotToken: testBotToken, AppToken: testAppToken, SigningSecret: "s3cret", APIURL: api.url(),
		PerChannel: time.Millisecond, ReconnectBackoff: 10 * time.Millisecond, Admins: []string{"UADMIN"},
		Now: func() time.Time { return testNow }}
	if mod != nil {
		mod(&opts)
	}
	a, err := New(context.Background(), opts, h, st)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.pingInterval = time.Minute
	return a
}

// form encodes key/value pairs.
func form(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v.Encode()
}

// blockTexts collects every text in a message's blocks.
func blockTexts(blocks []map[string]any) string {
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				b.WriteString(s)
				b.WriteString("\n")
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, bl := range blocks {
		walk(bl)
	}
	return b.String()
}
