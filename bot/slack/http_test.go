package slack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const testSecret = "s3cret"

// signedRequest builds a request signed as Slack does: v0 HMAC-SHA256 of
// "v0:<timestamp>:<body>" with the signing secret.
func signedRequest(path, body, secret string, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":" + body))
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
	if strings.HasPrefix(body, "{") {
		r.Header.Set("Content-Type", "application/json")
	} else {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return r
}

func httpAdapter(t *testing.T, h bot.Handler, mod func(*Options)) (*fakeAPI, *Adapter, *http.ServeMux) {
	t.Helper()
	api := newFakeAPI(t)
	a := newTestAdapter(t, api, h, newFakeState(), mod)
	mux := http.NewServeMux()
	a.Routes(mux)
	return api, a, mux
}

func serve(mux *http.ServeMux, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, r)
	return w
}

func TestHTTPSignature(t *testing.T) {
	now := testNow
	body := form("command", "/meetings", "text", "upcoming", "channel_id", "C1", "user_id", "U1", "user_name", "alice", "response_url", "http://127.0.0.1:1/x")
	tests := []struct {
		name string
		req  func() *http.Request
		want int
	}{
		{"valid", func() *http.Request { return signedRequest("/slack/commands", body, testSecret, now) }, http.StatusOK},
		{"wrong secret", func() *http.Request { return signedRequest("/slack/commands", body, "other", now) }, http.StatusUnauthorized},
		{"stale timestamp", func() *http.Request {
			return signedRequest("/slack/commands", body, testSecret, now.Add(-6*time.Minute))
		}, http.StatusUnauthorized},
		{"future timestamp", func() *http.Request {
			return signedRequest("/slack/commands", body, testSecret, now.Add(6*time.Minute))
		}, http.StatusUnauthorized},
		{"missing signature", func() *http.Request {
			r := signedRequest("/slack/commands", body, testSecret, now)
			r.Header.Del("X-Slack-Signature")
			return r
		}, http.StatusUnauthorized},
		{"missing timestamp", func() *http.Request {
			r := signedRequest("/slack/commands", body, testSecret, now)
			r.Header.Del("X-Slack-Request-Timestamp")
			return r
		}, http.StatusUnauthorized},
		{"wrong version", func() *http.Request {
			r := signedRequest("/slack/commands", body, testSecret, now)
			r.Header.Set("X-Slack-Signature", strings.Replace(r.Header.Get("X-Slack-Signature"), "v0=", "v1=", 1))
			return r
		}, http.StatusUnauthorized},
		{"tampered body", func() *http.Request {
			r := signedRequest("/slack/commands", body, testSecret, now)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(body, "U1", "UADMIN", 1)))
			return r
		}, http.StatusUnauthorized},
		{"events unsigned", func() *http.Request {
			r := signedRequest("/slack/events", `{"type":"url_verification","challenge":"c"}`, testSecret, now)
			r.Header.Del("X-Slack-Signature")
			return r
		}, http.StatusUnauthorized},
		{"interactions unsigned", func() *http.Request {
			r := signedRequest("/slack/interactions", form("payload", "{}"), testSecret, now)
			r.Header.Set("X-Slack-Signature", "v0=00")
			return r
		}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newFakeHandler(bot.Textf("", "ok"))
			_, _, mux := httpAdapter(t, h, nil)
			w := serve(mux, tt.req())
			if w.Code != tt.want {
				t.Fatalf("status %d, want %d (%s)", w.Code, tt.want, w.Body)
			}
			if tt.want == http.StatusUnauthorized {
				time.Sleep(20 * time.Millisecond)
				if n := len(h.requests()); n != 0 {
					t.Errorf("handler ran %d times for a refused request", n)
				}
			}
		})
	}
}

func TestHTTPURLVerification(t *testing.T) {
	_, _, mux := httpAdapter(t, newFakeHandler(bot.Reply{}), nil)
	w := serve(mux, signedRequest("/slack/events", `{"token":"x","type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}`, testSecret, testNow))
	if w.Code != http.StatusOK || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("got %d %q, want the challenge back", w.Code, w.Body)
	}
}

func TestHTTPEventRetriesDeduplicated(t *testing.T) {
	h := newFakeHandler(bot.Textf("", "answer"))
	h.gate = make(chan struct{}) // the handler is held until every delivery is acknowledged
	api, _, mux := httpAdapter(t, h, nil)
	body := `{"token":"x","team_id":"T1","type":"event_callback","event_id":"Ev42","event_time":1,` +
		`"event":{"type":"app_mention","user":"U1","text":"<@UBOT> meetings week","ts":"5.5","channel":"C2","event_ts":"5.5"}}`
	for retry := range 3 {
		r := signedRequest("/slack/events", body, testSecret, testNow)
		if retry > 0 {
			r.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
			r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
		}
		// serve returns while the handler is held: the ack does not wait for it.
		if w := serve(mux, r); w.Code != http.StatusOK {
			t.Fatalf("delivery %d: status %d", retry, w.Code)
		}
	}
	close(h.gate)
	p := api.waitPost(t, wait)
	api.noPost(t, 200*time.Millisecond)
	if p.Channel != "C2" {
		t.Errorf("reply in %s, want C2", p.Channel)
	}
	if reqs := h.requests(); len(reqs) != 1 || reqs[0].Command != "meetings" || reqs[0].ArgText() != "week" {
		t.Errorf("requests %+v, want one /meetings week", reqs)
	}
}

func TestHTTPSlashCommandInline(t *testing.T) {
	for _, private := range []bool{false, true} {
		reply := bot.Textf("Meetings", "none")
		reply.Private = private
		h := newFakeHandler(reply)
		_, _, mux := httpAdapter(t, h, nil)
		body := form("command", "/briefbot", "text", "meetings upcoming", "channel_id", "C1", "user_id", "UADMIN", "user_name", "root",
			"response_url", "http://127.0.0.1:1/never")
		w := serve(mux, signedRequest("/slack/commands", body, testSecret, testNow))
		var m struct {
			ResponseType string           `json:"response_type"`
			Text         string           `json:"text"`
			Blocks       []map[string]any `json:"blocks"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil {
			t.Fatalf("body %q: %v", w.Body, err)
		}
		want := map[bool]string{false: "in_channel", true: "ephemeral"}[private]
		if m.ResponseType != want || len(m.Blocks) == 0 || !strings.Contains(m.Text, "none") {
			t.Errorf("inline answer %+v, want %s with blocks", m, want)
		}
		req := h.wait(t, wait)
		if req.Command != "meetings" || !slices.Equal(req.Args, []string{"upcoming"}) || !req.Admin || req.UserName != "root" || req.ChatID != "C1" {
			t.Errorf("request %+v", req)
		}
	}
}

func TestHTTPSlashCommandSlowGoesToResponseURL(t *testing.T) {
	h := newFakeHandler(bot.Textf("Digest", "slow answer"))
	h.gate = make(chan struct{})
	_, a, mux := httpAdapter(t, h, nil)
	if a.inlineWait >= 3*time.Second {
		t.Errorf("inline wait %v; Slack wants an answer within 3 s", a.inlineWait)
	}
	a.inlineWait = 50 * time.Millisecond
	resp := newResponseRecorder()
	rs := httptest.NewServer(resp)
	defer rs.Close()
	body := form("command", "/digest", "text", "", "channel_id", "C1", "user_id", "U1", "user_name", "u", "response_url", rs.URL+"/hooks/1")
	// The handler is held until the gate closes, so this answer came
	// without waiting for it.
	w := serve(mux, signedRequest("/slack/commands", body, testSecret, testNow))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Errorf("got %d %q, want an empty 200", w.Code, w.Body)
	}
	close(h.gate)
	m := resp.wait(t, wait)
	if m["_path"] != "/hooks/1" || m["response_type"] != "in_channel" || !strings.Contains(m["text"].(string), "slow answer") {
		t.Errorf("response_url got %v", m)
	}
}

func TestHTTPInteraction(t *testing.T) {
	h := newFakeHandler(bot.Textf("More", "page 2"))
	api, _, mux := httpAdapter(t, h, nil)
	payload := `{"type":"block_actions","user":{"id":"U9","name":"eve"},"channel":{"id":"C2"},` +
		`"container":{"type":"message","message_ts":"9.9","thread_ts":"9.0","channel_id":"C2"},"response_url":"http://127.0.0.1:1/x",` +
		`"actions":[{"type":"button","action_id":"` + actionPrefix + `7","block_id":"b","value":"/digest more 2"}]}`
	w := serve(mux, signedRequest("/slack/interactions", form("payload", payload), testSecret, testNow))
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	req := h.wait(t, wait)
	if req.Command != "digest" || req.ArgText() != "more 2" || req.UserID != "U9" || req.ChatID != "C2" || req.ThreadID != "9.0" {
		t.Errorf("request %+v", req)
	}
	if p := api.waitPost(t, wait); p.Channel != "C2" || p.Thread != "9.0" {
		t.Errorf("posted to %s thread %q, want C2 thread 9.0", p.Channel, p.Thread)
	}
	w = serve(mux, signedRequest("/slack/interactions", form("payload", `{"type":"block_actions","actions":[{"action_id":"other","value":"/x"}]}`), testSecret, testNow))
	if w.Code != http.StatusOK {
		t.Errorf("foreign action: status %d", w.Code)
	}
	api.noPost(t, 100*time.Millisecond)
}

func TestHTTPBadBodies(t *testing.T) {
	_, _, mux := httpAdapter(t, newFakeHandler(bot.Reply{}), nil)
	tests := []struct{ path, body string }{
		{"/slack/events", "not json"},
		{"/slack/interactions", form("x", "y")},
		{"/slack/interactions", form("payload", "{nope")},
		{"/slack/commands", form("text", "no command")},
	}
	for _, tt := range tests {
		if w := serve(mux, signedRequest(tt.path, tt.body, testSecret, testNow)); w.Code != http.StatusBadRequest {
			t.Errorf("%s %q: status %d, want 400", tt.path, tt.body, w.Code)
		}
	}
	big := strings.Repeat("a", maxBody+1)
	if w := serve(mux, signedRequest("/slack/events", big, testSecret, testNow)); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("huge body: status %d, want 413", w.Code)
	}
}

func TestRoutesNeedSigningSecret(t *testing.T) {
	_, _, mux := httpAdapter(t, newFakeHandler(bot.Reply{}), func(o *Options) { o.SigningSecret = "" })
	if w := serve(mux, signedRequest("/slack/events", `{}`, "", testNow)); w.Code != http.StatusNotFound {
		t.Errorf("status %d, want 404 with no routes", w.Code)
	}
}

func TestNew(t *testing.T) {
	api := newFakeAPI(t)
	st, h := newFakeState(), newFakeHandler(bot.Reply{})
	tests := []struct {
		name string
		opts Options
		want string
		auth bool
	}{
		{"no token", Options{APIURL: api.url()}, "BRIEFBOT_SLACK_BOT_TOKEN", false},
		{"rejected token", Options{BotToken: "xoxb-wrong", APIURL: api.url(), Now: func() time.Time { return testNow }}, "BRIEFBOT_SLACK_BOT_TOKEN", true},
		{"unreachable API", Options{BotToken: testBotToken, APIURL: "http://127.0.0.1:1/", Now: func() time.Time { return testNow }}, "auth.test", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), tt.opts, h, st)
			if err == nil || !strings.Contains(err.Error(), tt.want) || errors.Is(err, ErrAuth) != tt.auth {
				t.Errorf("New = %v, want an error naming %s (ErrAuth %v)", err, tt.want, tt.auth)
			}
		})
	}
	a, err := New(context.Background(), Options{BotToken: testBotToken, APIURL: strings.TrimSuffix(api.url(), "/"), Now: func() time.Time { return testNow }}, h, st)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if a.BotUserID() != testBotUser {
		t.Errorf("bot user %q, want %s", a.BotUserID(), testBotUser)
	}
}

func TestButtonAnswerFallsBackToResponseURL(t *testing.T) {
	h := newFakeHandler(bot.Textf("Brief 4", "text"))
	api, _, mux := httpAdapter(t, h, nil)
	api.fail = func(w http.ResponseWriter, p post) bool {
		writeJSON(w, map[string]any{"ok": false, "error": "not_in_channel"})
		return true
	}
	resp := newResponseRecorder()
	rs := httptest.NewServer(resp)
	defer rs.Close()
	payload := `{"type":"block_actions","user":{"id":"U9","name":"eve"},"channel":{"id":"C2"},` +
		`"container":{"type":"message","message_ts":"9.9","channel_id":"C2"},"response_url":"` + rs.URL + `/r",` +
		`"actions":[{"type":"button","action_id":"` + actionPrefix + `1","block_id":"b1","value":"/brief 4"}]}`
	if w := serve(mux, signedRequest("/slack/interactions", form("payload", payload), testSecret, testNow)); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	m := resp.wait(t, wait)
	if m["response_type"] != "in_channel" || !strings.Contains(m["text"].(string), "Brief 4") {
		t.Errorf("response_url got %v, want the answer in channel", m)
	}
}

// TestHTTPReplayRunsOnce sends one signed slash command and one button
// press to two replicas sharing a store, and again 3 s later within the
// signature window: each runs once. A new command (new timestamp) runs.
func TestHTTPReplayRunsOnce(t *testing.T) {
	now := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	clock := now
	h := newFakeHandler(bot.Textf("Digest", "posted"))
	api := newFakeAPI(t)
	st := newFakeState()
	var muxes []*http.ServeMux
	var adapters []*Adapter
	for range 2 {
		a := newTestAdapter(t, api, h, st, func(o *Options) { o.Now = func() time.Time { return clock } })
		mux := http.NewServeMux()
		a.Routes(mux)
		muxes = append(muxes, mux)
		adapters = append(adapters, a)
	}
	cmd := form("command", "/digest", "text", "post", "channel_id", "C1", "user_id", "U1", "user_name", "u",
		"response_url", "http://127.0.0.1:1/never")
	press := form("payload", `{"type":"block_actions","user":{"id":"U9","name":"eve"},"channel":{"id":"C2"},`+
		`"container":{"type":"message","message_ts":"9.9","channel_id":"C2"},"response_url":"http://127.0.0.1:1/x",`+
		`"actions":[{"type":"button","action_id":"`+actionPrefix+`7","block_id":"b","value":"/digest more 2"}]}`)
	for _, path := range []string{"/slack/commands", "/slack/interactions"} {
		body := map[string]string{"/slack/commands": cmd, "/slack/interactions": press}[path]
		for i, mux := range append(muxes, muxes[0]) {
			if i == 2 {
				clock = now.Add(3 * time.Second) // a replay within the window
			}
			if w := serve(mux, signedRequest(path, body, testSecret, now)); w.Code != http.StatusOK {
				t.Fatalf("%s delivery %d: status %d", path, i, w.Code)
			}
		}
		clock = now
	}
	adapters[0].Drain(context.Background()) // every run started has finished
	if reqs := h.requests(); len(reqs) != 2 {
		t.Fatalf("handler ran %d times, want twice (the command once, the press once): %+v", len(reqs), reqs)
	}
	if w := serve(muxes[1], signedRequest("/slack/commands", cmd, testSecret, now.Add(time.Second))); w.Code != http.StatusOK {
		t.Fatalf("new command: status %d", w.Code)
	}
	adapters[1].Drain(context.Background())
	if reqs := h.requests(); len(reqs) != 3 {
		t.Fatalf("handler ran %d times after a new command, want 3", len(reqs))
	}
}

// TestHTTPDrain: a shutdown waits for the answers already acknowledged,
// refuses new requests with 503 so Slack can retry them elsewhere, and
// cancels what is still running when its own time is up.
func TestHTTPDrain(t *testing.T) {
	h := newFakeHandler(bot.Textf("Digest", "slow answer"))
	h.gate = make(chan struct{})
	_, a, mux := httpAdapter(t, h, nil)
	a.inlineWait = 0
	resp := newResponseRecorder()
	rs := httptest.NewServer(resp)
	defer rs.Close()
	slash := func(n int) *httptest.ResponseRecorder {
		body := form("command", "/digest", "text", strconv.Itoa(n), "channel_id", "C1", "user_id", "U1", "user_name", "u",
			"response_url", rs.URL+"/hooks/"+strconv.Itoa(n))
		return serve(mux, signedRequest("/slack/commands", body, testSecret, testNow))
	}
	if w := slash(1); w.Code != http.StatusOK {
		t.Fatalf("status %d before the drain", w.Code)
	}
	h.wait(t, wait) // the answer is being worked on, held by the gate
	drained := make(chan struct{})
	go func() {
		a.Drain(context.Background())
		close(drained)
	}()
	close(h.gate)
	<-drained
	select {
	case m := <-resp.got:
		if m["_path"] != "/hooks/1" {
			t.Errorf("posted to %v, want the acknowledged command's response_url", m["_path"])
		}
	default:
		t.Fatal("Drain returned before the acknowledged command's answer was posted")
	}
	if w := slash(2); w.Code != http.StatusServiceUnavailable {
		t.Errorf("a command after the drain got %d, want 503", w.Code)
	}
	if n := len(h.requests()); n != 1 {
		t.Errorf("handler ran %d times, want once: nothing runs during a drain", n)
	}
}

// TestHTTPDrainGivesUp: when the drain's own context ends, work still
// running is cancelled and Drain returns once it has stopped.
func TestHTTPDrainGivesUp(t *testing.T) {
	h := newFakeHandler(bot.Textf("Digest", "never"))
	h.gate = make(chan struct{}) // never opened: only cancellation ends the handler
	_, a, mux := httpAdapter(t, h, nil)
	a.inlineWait = 0
	body := form("command", "/digest", "text", "", "channel_id", "C1", "user_id", "U1", "user_name", "u", "response_url", "http://127.0.0.1:1/x")
	if w := serve(mux, signedRequest("/slack/commands", body, testSecret, testNow)); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	h.wait(t, wait)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	drained := make(chan struct{})
	go func() {
		a.Drain(ctx)
		close(drained)
	}()
	select {
	case <-drained:
	case <-time.After(wait):
		t.Fatalf("Drain with an ended context did not return within %v: the running answer was not cancelled", wait)
	}
}
