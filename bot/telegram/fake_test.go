package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

const testToken = "123456:SECRET-token_abc"

// apiCall is one request the fake Bot API received.
type apiCall struct {
	Method string
	Params url.Values
	At     time.Time
}

// cutConnection, as a responder's status, closes the connection after
// reading the request, without an answer: the request may have landed.
const cutConnection = -1

// responder answers the n-th call (from 0) of one method; status 0 or an
// empty body falls through to the default answer.
type responder func(n int, p url.Values) (status int, body string)

// fakeAPI is a Bot API server speaking the wire protocol: POST
// /bot<token>/<method> with a form or JSON body, answers
// {"ok":...,"result":...} or {"ok":false,"error_code":...}.
type fakeAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	calls    []apiCall
	counts   map[string]int
	resp     map[string]responder
	updates  []map[string]any // queued; getUpdates returns those with id >= offset
	nextID   int64
	notify   chan struct{}
	ignoreOf bool // ignore the offset, as the emulator does (but never resend)
	served   map[int64]bool
	changed  chan struct{}    // closed and replaced on each call, for waitCalls
	now      func() time.Time // stamps apiCall.At when set; nil leaves it zero
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t, counts: map[string]int{}, resp: map[string]responder{}, nextID: 100,
		notify: make(chan struct{}, 1), served: map[int64]bool{}, changed: make(chan struct{})}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) URL() string { return f.srv.URL }

// on sets the responder for a method.
func (f *fakeAPI) on(method string, r responder) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.resp[method] = r
}

// push queues an update (message or callback_query) and returns its id.
func (f *fakeAPI) push(kind string, payload map[string]any) int64 {
	f.mu.Lock()
	f.nextID++
	id := f.nextID
	f.updates = append(f.updates, map[string]any{"update_id": id, kind: payload})
	f.mu.Unlock()
	select {
	case f.notify <- struct{}{}:
	default:
	}
	return id
}

// callsOf returns the calls of one method so far.
func (f *fakeAPI) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// waitCalls waits until the method has been called n times, woken by each
// call the fake receives; a call that never comes is caught by go test's
// -timeout, so no wall clock is read.
func (f *fakeAPI) waitCalls(method string, n int) []apiCall {
	for {
		f.mu.Lock()
		changed := f.changed
		f.mu.Unlock()
		if cs := f.callsOf(method); len(cs) >= n {
			return cs
		}
		<-changed
	}
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + testToken + "/"
	if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, prefix) {
		writeJSON(w, http.StatusNotFound, `{"ok":false,"error_code":404,"description":"Not Found"}`)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	params, err := parseBody(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, `{"ok":false,"error_code":400,"description":"Bad Request: body"}`)
		return
	}
	f.mu.Lock()
	n := f.counts[method]
	f.counts[method]++
	c := apiCall{Method: method, Params: params}
	if f.now != nil {
		c.At = f.now()
	}
	f.calls = append(f.calls, c)
	close(f.changed)
	f.changed = make(chan struct{})
	rf := f.resp[method]
	f.mu.Unlock()
	if rf != nil {
		status, body := rf(n, params)
		if status == cutConnection {
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
				}
			}
			return
		}
		if body != "" {
			writeJSON(w, status, body)
			return
		}
	}
	writeJSON(w, http.StatusOK, f.defaultAnswer(r.Context(), method, params))
}

func (f *fakeAPI) defaultAnswer(ctx context.Context, method string, p url.Values) string {
	switch method {
	case "getMe":
		return `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"TestBriefBot"}}`
	case "sendMessage":
		return fmt.Sprintf(`{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":%s,"type":"private"},"text":"ok"}}`, orZero(p.Get("chat_id")))
	case "getUpdates":
		return f.answerUpdates(ctx, p)
	}
	return `{"ok":true,"result":true}`
}

// answerUpdates returns queued updates at or past the offset, waiting a
// little for one like a long poll.
func (f *fakeAPI) answerUpdates(ctx context.Context, p url.Values) string {
	offset, _ := strconv.ParseInt(p.Get("offset"), 10, 64)
	t := time.NewTimer(100 * time.Millisecond)
	defer t.Stop()
	for {
		f.mu.Lock()
		var out []map[string]any
		for _, u := range f.updates {
			id := u["update_id"].(int64)
			if (f.ignoreOf && !f.served[id]) || (!f.ignoreOf && id >= offset) {
				out = append(out, u)
				f.served[id] = true
			}
		}
		f.mu.Unlock()
		if len(out) > 0 {
			b, _ := json.Marshal(map[string]any{"ok": true, "result": out})
			return string(b)
		}
		select {
		case <-f.notify:
		case <-t.C:
			return `{"ok":true,"result":[]}`
		case <-ctx.Done():
			return `{"ok":true,"result":[]}`
		}
	}
}

func orZero(s string) string {
	if _, err := strconv.ParseInt(s, 10, 64); err != nil {
		return "0"
	}
	return s
}

func parseBody(r *http.Request) (url.Values, error) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var m map[string]any
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			return nil, err
		}
		v := url.Values{}
		for k, x := range m {
			if s, ok := x.(string); ok {
				v.Set(k, s)
			} else {
				b, _ := json.Marshal(x)
				v.Set(k, string(b))
			}
		}
		return v, nil
	}
	if err := r.ParseForm(); err != nil {
		return nil, err
	}
	return r.PostForm, nil
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

// apiError is the body of a Bot API error answer.
func apiError(code int, desc string, params string) string {
	if params != "" {
		return fmt.Sprintf(`{"ok":false,"error_code":%d,"description":%q,"parameters":%s}`, code, desc, params)
	}
	return fmt.Sprintf(`{"ok":false,"error_code":%d,"description":%q}`, code, desc)
}

// memState is an in-memory State.
type memState struct {
	mu       sync.Mutex
	seen     map[string]bool
	vals     map[string]string
	inactive map[string]bool
	moves    [][2]string
}

func newMemState() *memState {
	return &memState{seen: map[string]bool{}, vals: map[string]string{}, inactive: map[string]bool{}}
}

func (m *memState) FirstSeen(_ context.Context, platform, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := platform + "/" + id
	if m.seen[k] {
		return false, nil
	}
	m.seen[k] = true
	return true, nil
}

func (m *memState) Value(_ context.Context, key string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.vals[key]
	if !ok {
		return "", fmt.Errorf("value %s: %w", key, briefs.ErrNotFound)
	}
	return v, nil
}

func (m *memState) SetValue(_ context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.vals[key] = value
	return nil
}

func (m *memState) SetChatActive(_ context.Context, platform, chat string, active bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inactive[platform+"/"+chat] = !active
	return nil
}

func (m *memState) ChatActive(_ context.Context, platform, chat string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return !m.inactive[platform+"/"+chat], nil
}

func (m *memState) MoveChat(_ context.Context, platform, from, to string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.moves = append(m.moves, [2]string{from, to})
	return nil
}

func (m *memState) value(key string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.vals[key]
}

// recorder is a bot.Handler that records requests and answers a fixed reply.
type recorder struct {
	mu    sync.Mutex
	reqs  []bot.Request
	reply bot.Reply
}

func (r *recorder) Serve(_ context.Context, req bot.Request) (bot.Reply, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs = append(r.reqs, req)
	if r.reply.Title == "" && len(r.reply.Sections) == 0 {
		return bot.Textf("Meetings", "/"+req.Command+" "+req.ArgText()), nil
	}
	return r.reply, nil
}

func (r *recorder) requests() []bot.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Request(nil), r.reqs...)
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var testNow = time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)

// testAdapter connects an adapter with small limits and waits to the fake.
func testAdapter(t *testing.T, f *fakeAPI, h bot.Handler, st State, mod func(*Options)) (*Adapter, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	opts := Options{Token: testToken, APIURL: f.URL(), PollTimeout: 50 * time.Millisecond,
		Log:    slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Now:    func() time.Time { return testNow },
		Limits: Limits{PerChat: time.Millisecond, PerGroup: time.Millisecond, Global: time.Millisecond}}
	if mod != nil {
		mod(&opts)
	}
	a, err := New(context.Background(), opts, h, st)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.pause = (&pauses{}).pause // no test sleeps for a retry_after
	a.backoffMin, a.backoffMax = 20*time.Millisecond, 80*time.Millisecond
	a.pollGrace = 200 * time.Millisecond
	return a, logs
}

// pauses records the waits before resends instead of sleeping them.
type pauses struct {
	mu sync.Mutex
	d  []time.Duration
}

func (p *pauses) pause(ctx context.Context, d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.d = append(p.d, d)
	return ctx.Err()
}

func (p *pauses) waits() []time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]time.Duration(nil), p.d...)
}

// run starts a.Run and returns a function that stops it and checks it
// returned nil promptly.
func run(t *testing.T, a *Adapter) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(3 * time.Second):
				t.Errorf("Run did not return within 3s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// msg builds a message payload.
func msg(chatID int64, chatType string, userID int64, text string) map[string]any {
	return map[string]any{"message_id": 7, "date": 0, "text": text,
		"chat": map[string]any{"id": chatID, "type": chatType},
		"from": map[string]any{"id": userID, "is_bot": false, "first_name": "Asha", "username": "asha"}}
}
