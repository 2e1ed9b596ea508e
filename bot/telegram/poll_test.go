package telegram

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestPollCommands(t *testing.T) {
	tests := []struct {
		name    string
		msg     map[string]any
		admins  []string
		contrib []string
		want    *bot.Request // nil: ignored
		wantTxt string       // in the reply's text
	}{
		{name: "private", msg: msg(5, "private", 77, "/meetings upcoming india"),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "5", UserID: "77", UserName: "asha",
				Command: "meetings", Args: []string{"upcoming", "india"}, Now: testNow}},
		{name: "group with bot name, upper case, admin", msg: msg(-100200, "supergroup", 9, "/Brief@TestBriefBot 12"), admins: []string{"9"},
			want: &bot.Request{Platform: bot.Telegram, ChatID: "-100200", UserID: "9", UserName: "asha",
				Command: "brief", Args: []string{"12"}, Admin: true, Contributor: true, Now: testNow}},
		{name: "forwarded from a channel to a private chat", contrib: []string{"77"}, msg: func() map[string]any {
			m := msg(5, "private", 77, "NEW DELHI, Dec 4 (IANS) Ministers meet today.")
			m["forward_origin"] = map[string]any{"type": "channel", "date": 1764820800, "message_id": 31,
				"chat": map[string]any{"id": -1001, "type": "channel", "title": "IANS Wire", "username": "ianswire"}}
			return m
		}(),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "5", UserID: "77", UserName: "asha", Command: "add", Contributor: true, Now: testNow,
				Saved: &bot.Saved{Text: "NEW DELHI, Dec 4 (IANS) Ministers meet today.", Source: "IANS Wire", URL: "https://t.me/ianswire/31", Time: time.Unix(1764820800, 0).UTC()}}},
		{name: "forwarded the old way from a person", msg: func() map[string]any {
			m := msg(5, "private", 77, "Talks on Friday in Oslo.")
			m["forward_from"], m["forward_date"] = map[string]any{"id": 3, "first_name": "Ola"}, 1764820800
			return m
		}(),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "5", UserID: "77", UserName: "asha", Command: "add", Now: testNow,
				Saved: &bot.Saved{Text: "Talks on Friday in Oslo.", Source: "Ola", Time: time.Unix(1764820800, 0).UTC()}}},
		{name: "add in reply to a message", msg: func() map[string]any {
			m := msg(-100200, "supergroup", 9, "/add")
			m["reply_to_message"] = map[string]any{"message_id": 3, "date": 1764820000, "chat": map[string]any{"id": -100200, "type": "supergroup"},
				"from": map[string]any{"id": 4, "first_name": "Mira"}, "caption": "Summit in Rome on Monday."}
			return m
		}(),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "-100200", UserID: "9", UserName: "asha", Command: "add", Args: []string{}, Now: testNow,
				Saved: &bot.Saved{Text: "Summit in Rome on Monday.", Source: "Mira", Time: time.Unix(1764820000, 0).UTC()}}},
		{name: "forwarded into a group is not saved", msg: func() map[string]any {
			m := msg(-100200, "supergroup", 9, "Talks on Friday.")
			m["forward_from"] = map[string]any{"id": 3, "first_name": "Ola"}
			return m
		}()},
		{name: "forum topic", msg: func() map[string]any {
			m := msg(-100300, "supergroup", 9, "/help")
			m["message_thread_id"], m["is_topic_message"] = 44, true
			return m
		}(),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "-100300", ThreadID: "44", UserID: "9", UserName: "asha",
				Command: "help", Args: []string{}, Now: testNow}},
		{name: "deep link from a group's digest", msg: msg(5, "private", 77, "/start brief_12"),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "5", UserID: "77", UserName: "asha",
				Command: "brief", Args: []string{"12"}, Now: testNow}},
		{name: "start with another payload", msg: msg(5, "private", 77, "/start hello"),
			want: &bot.Request{Platform: bot.Telegram, ChatID: "5", UserID: "77", UserName: "asha",
				Command: "start", Args: []string{"hello"}, Now: testNow}},
		{name: "addressed to another bot", msg: msg(-100200, "group", 9, "/meetings@OtherBot")},
		{name: "not a command", msg: msg(5, "private", 77, "hello there")},
		{name: "from a bot", msg: func() map[string]any {
			m := msg(5, "private", 77, "/meetings")
			m["from"].(map[string]any)["is_bot"] = true
			return m
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			rec := &recorder{}
			st := newMemState()
			a, _ := testAdapter(t, f, rec, st, func(o *Options) { o.Admins, o.Contributors = tc.admins, tc.contrib })
			id := f.push("message", tc.msg)
			stop := run(t, a)
			// A second, plain update (from another chat, so it may be
			// handled first) marks when the first has been taken; stop
			// finishes both.
			f.push("message", msg(1, "private", 1, "/ping"))
			waitFor(t, func() bool { return st.value(offsetKey) == itoa(id+2) })
			stop()
			var reqs, pings []bot.Request
			for _, r := range rec.requests() {
				if r.Command == "ping" {
					pings = append(pings, r)
				} else {
					reqs = append(reqs, r)
				}
			}
			reqs = append(reqs, pings...)
			if tc.want == nil {
				if len(reqs) != 1 || reqs[0].Command != "ping" {
					t.Fatalf("requests = %+v, want only the /ping marker", reqs)
				}
				return
			}
			if len(reqs) != 2 || !reflect.DeepEqual(reqs[0], *tc.want) {
				t.Fatalf("request = %+v\nwant      %+v", reqs[0], *tc.want)
			}
			var sent url.Values
			for _, c := range f.callsOf("sendMessage") {
				if c.Params.Get("chat_id") == tc.want.ChatID {
					sent = c.Params
				}
			}
			if sent.Get("chat_id") != tc.want.ChatID || sent.Get("parse_mode") != "HTML" ||
				sent.Get("message_thread_id") != tc.want.ThreadID {
				t.Errorf("sendMessage params = %v", sent)
			}
			if want := "<b>Meetings</b>\n\n/" + tc.want.Command; !strings.HasPrefix(sent.Get("text"), want) {
				t.Errorf("reply text = %q, want prefix %q", sent.Get("text"), want)
			}
		})
	}
}

func TestAllowlistRefusesOtherChats(t *testing.T) {
	f := newFakeAPI(t)
	rec := &recorder{}
	st := newMemState()
	a, _ := testAdapter(t, f, rec, st, func(o *Options) { o.AllowedChats = []string{"-100200"} })
	f.push("message", msg(5, "private", 77, "/meetings"))
	f.push("message", msg(-100200, "supergroup", 77, "/brief 3"))
	run(t, a)
	calls := f.waitCalls("sendMessage", 2)
	for _, c := range calls { // the two chats are answered concurrently, in either order
		if got := c.Params; got.Get("chat_id") == "5" && !strings.Contains(got.Get("text"), "not allowed") {
			t.Errorf("reply to a chat not allowed = %v", got)
		}
	}
	if reqs := rec.requests(); len(reqs) != 1 || reqs[0].ChatID != "-100200" {
		t.Errorf("handler ran for %+v, want only the allowed chat", reqs)
	}
}

// TestRestartNeitherLosesNorRepeats stops the adapter after one update and
// starts a new one on the same store against a server that resends
// everything: only the new update is answered, and the offset persisted.
func TestRestartNeitherLosesNorRepeats(t *testing.T) {
	f := newFakeAPI(t)
	st := newMemState()
	rec := &recorder{}
	a, _ := testAdapter(t, f, rec, st, nil)
	first := f.push("message", msg(5, "private", 77, "/meetings"))
	stop := run(t, a)
	f.waitCalls("sendMessage", 1)
	waitFor(t, func() bool { return st.value(offsetKey) == itoa(first+1) })
	stop()

	// A new server that ignores the offset and sends update 1 again.
	f2 := newFakeAPI(t)
	f2.ignoreOf = true
	if again := f2.push("message", msg(5, "private", 77, "/meetings")); again != first {
		t.Fatalf("update id %d, want %d", again, first)
	}
	second := f2.push("message", msg(5, "private", 77, "/brief 1"))
	b, _ := testAdapter(t, f2, rec, st, nil)
	stop = run(t, b)
	f2.waitCalls("sendMessage", 1)
	waitFor(t, func() bool { return st.value(offsetKey) == itoa(second+1) })
	stop()
	if n := len(f2.callsOf("sendMessage")); n != 1 {
		t.Errorf("sendMessage called %d times after the restart, want 1 (no repeat)", n)
	}
	if got := f.callsOf("getUpdates")[0].Params.Get("offset"); got != "" {
		t.Errorf("first poll offset = %q, want none", got)
	}
	if got := f2.callsOf("getUpdates")[0].Params.Get("offset"); got != itoa(first+1) {
		t.Errorf("poll after the restart has offset %q, want the persisted %d", got, first+1)
	}
	if reqs := rec.requests(); len(reqs) != 2 || reqs[1].Command != "brief" {
		t.Errorf("requests = %+v", reqs)
	}
}

func TestPollAbandonsHungConnection(t *testing.T) {
	f := newFakeAPI(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	f.on("getUpdates", func(n int, _ url.Values) (int, string) {
		if n == 0 {
			<-release // hang until the test ends; the client must give up first
		}
		return 0, ""
	})
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
	f.push("message", msg(5, "private", 77, "/meetings"))
	run(t, a)
	// The first poll hangs until the test ends, so a reply at all means it
	// was abandoned and polled again.
	f.waitCalls("sendMessage", 1)
	if n := len(f.callsOf("getUpdates")); n < 2 {
		t.Errorf("%d polls, want the hung one abandoned and another made", n)
	}
}

func TestPollErrorsBackOff(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		body    string
		wantLog string
	}{
		{"conflict", 409, apiError(409, "Conflict: terminated by other getUpdates request", ""), "conflict (409)"},
		{"server error", 502, "<html>Bad Gateway</html>", "getUpdates failed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.on("getUpdates", func(n int, _ url.Values) (int, string) {
				if n < 4 {
					return tc.status, tc.body
				}
				return 0, ""
			})
			a, logs := testAdapter(t, f, &recorder{}, newMemState(), nil)
			waits := &pauses{}
			a.pollPause = func(ctx context.Context, d time.Duration) error {
				_ = waits.pause(ctx, d)
				return sleep(ctx, d)
			}
			f.push("message", msg(5, "private", 77, "/meetings"))
			run(t, a)
			f.waitCalls("sendMessage", 1)
			// Four failed polls back off 20, 40, 80, 80 ms (min 20, max 80).
			want := []time.Duration{20 * time.Millisecond, 40 * time.Millisecond, 80 * time.Millisecond, 80 * time.Millisecond}
			if got := waits.waits(); len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
				t.Errorf("waits between polls = %v, want %v first", got, want)
			}
			if !strings.Contains(logs.String(), tc.wantLog) {
				t.Errorf("log lacks %q:\n%s", tc.wantLog, logs)
			}
			if strings.Contains(logs.String(), testToken) {
				t.Errorf("log contains the token:\n%s", logs)
			}
		})
	}
}

// TestPollTokenRejected: a token revoked while polling ends Run with
// ErrTokenRejected instead of polling forever.
func TestPollTokenRejected(t *testing.T) {
	f := newFakeAPI(t)
	f.on("getUpdates", func(int, url.Values) (int, string) { return 401, apiError(401, "Unauthorized", "") })
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background()) }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrTokenRejected) {
			t.Errorf("Run = %v, want ErrTokenRejected", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run still polling 5s after a 401")
	}
	if n := len(f.callsOf("getUpdates")); n != 1 {
		t.Errorf("%d getUpdates calls, want 1: a rejected token is not retried", n)
	}
}

func TestNewTokenRejected(t *testing.T) {
	f := newFakeAPI(t)
	f.on("getMe", func(int, url.Values) (int, string) { return 401, apiError(401, "Unauthorized", "") })
	_, err := New(context.Background(), Options{Token: testToken, APIURL: f.URL(), Now: func() time.Time { return testNow }}, &recorder{}, newMemState())
	if !errors.Is(err, ErrTokenRejected) || err.Error() != "telegram: token rejected (401); check BRIEFBOT_TELEGRAM_TOKEN" {
		t.Fatalf("New error = %v", err)
	}
}

func TestNewBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no token", Options{}, "no token"},
		{"bad url", Options{Token: "x", APIURL: "api.telegram.org"}, "not an http(s) URL"},
		{"client timeout", Options{Token: "x", PollTimeout: time.Minute, HTTPClient: &http.Client{Timeout: time.Second}}, "longer than the poll timeout"},
		{"bad secret", Options{Token: "x", WebhookURL: "https://x/telegram/webhook", WebhookSecret: "a b"}, "webhook secret"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(context.Background(), tc.opts, &recorder{}, newMemState())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New error = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestTokenNeverInErrorsOrLogs(t *testing.T) {
	// A server that closes connections: tgbotapi's *url.Error names the URL.
	f := newFakeAPI(t)
	f.on("sendMessage", func(int, url.Values) (int, string) { panic(http.ErrAbortHandler) })
	a, logs := testAdapter(t, f, &recorder{}, newMemState(), nil)
	err := a.Send(context.Background(), bot.Destination{ChatID: "5"}, bot.Textf("t", "x"))
	if err == nil || strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("Send error = %v, want an error without the token", err)
	}
	// Nothing listens here: the dial fails with the URL in the error.
	_, err = New(context.Background(), Options{Token: testToken, APIURL: "http://127.0.0.1:1", Now: func() time.Time { return testNow }}, &recorder{}, newMemState())
	if err == nil || strings.Contains(err.Error(), "SECRET") || !strings.Contains(err.Error(), "<token>") {
		t.Errorf("New error = %v, want a scrubbed error", err)
	}
	if strings.Contains(logs.String(), "SECRET") {
		t.Errorf("logs contain the token:\n%s", logs)
	}
}

func TestCallbackRunsButtonCommand(t *testing.T) {
	f := newFakeAPI(t)
	rec := &recorder{}
	a, _ := testAdapter(t, f, rec, newMemState(), nil)
	f.push("callback_query", map[string]any{"id": "cb1", "data": "/meetings all 2",
		"from":    map[string]any{"id": 77, "is_bot": false, "first_name": "Asha"},
		"message": msg(-100200, "supergroup", 42, "Upcoming meetings")})
	run(t, a)
	sent := f.waitCalls("sendMessage", 1)[0].Params
	if acks := f.callsOf("answerCallbackQuery"); len(acks) != 1 || acks[0].Params.Get("callback_query_id") != "cb1" {
		t.Errorf("answerCallbackQuery calls = %+v", acks)
	}
	want := bot.Request{Platform: bot.Telegram, ChatID: "-100200", UserID: "77", UserName: "Asha",
		Command: "meetings", Args: []string{"all", "2"}, Now: testNow}
	if reqs := rec.requests(); len(reqs) != 1 || !reflect.DeepEqual(reqs[0], want) {
		t.Errorf("requests = %+v, want %+v", reqs, want)
	}
	if sent.Get("chat_id") != "-100200" {
		t.Errorf("reply went to %s", sent.Get("chat_id"))
	}
}

func TestSetCommands(t *testing.T) {
	f := newFakeAPI(t)
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
	err := a.SetCommands(context.Background(), []bot.Command{{Name: "meetings", Help: "Meetings in the briefs"}, {Name: "brief", Help: "One brief"}})
	if err != nil {
		t.Fatal(err)
	}
	got := f.callsOf("setMyCommands")[0].Params.Get("commands")
	if want := `[{"command":"meetings","description":"Meetings in the briefs"},{"command":"brief","description":"One brief"}]`; got != want {
		t.Errorf("commands = %s\nwant       %s", got, want)
	}
	// The emulator answers an unknown method with 500 and a non-API body.
	f.on("setMyCommands", func(int, url.Values) (int, string) {
		return 500, `{"message":"API method 'setMyCommands' is not supported."}`
	})
	err = a.SetCommands(context.Background(), []bot.Command{{Name: "help"}})
	if err == nil || !strings.Contains(err.Error(), "setMyCommands: 500") {
		t.Errorf("SetCommands error = %v", err)
	}
}

// waitFor waits until cond holds, checking every 5ms; a condition
// that never holds is caught by go test's -timeout, so no wall clock is read.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for !cond() {
		time.Sleep(5 * time.Millisecond)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestHandlerPanicDoesNotStopPolling: a handler that panics is logged and
// the next update is still answered.
func TestHandlerPanicDoesNotStopPolling(t *testing.T) {
	f := newFakeAPI(t)
	h := bot.HandlerFunc(func(_ context.Context, req bot.Request) (bot.Reply, error) {
		if req.Command == "boom" {
			panic("boom")
		}
		return bot.Textf("ok", req.Command), nil
	})
	a, logs := testAdapter(t, f, h, newMemState(), nil)
	f.push("message", msg(5, "private", 77, "/boom"))
	f.push("message", msg(5, "private", 77, "/meetings"))
	run(t, a)
	if got := f.waitCalls("sendMessage", 1)[0].Params.Get("text"); got != "<b>ok</b>\n\nmeetings" {
		t.Errorf("reply = %q", got)
	}
	if !strings.Contains(logs.String(), "panicked") {
		t.Errorf("panic not logged:\n%s", logs)
	}
}

func TestOptionsLogValueRedacts(t *testing.T) {
	var buf strings.Builder
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("config", slog.Any("telegram", Options{Token: testToken, WebhookSecret: "hook-secret", APIURL: "http://127.0.0.1:1"}))
	out := buf.String()
	if strings.Contains(out, "SECRET") || strings.Contains(out, "hook-secret") || !strings.Contains(out, `"token":"[redacted]"`) {
		t.Errorf("logged options = %s", out)
	}
}

// gatedHandler answers like recorder, but holds the commands of one chat
// until the test opens its gate.
type gatedHandler struct {
	recorder
	chat string
	gate chan struct{}
}

func (g *gatedHandler) Serve(ctx context.Context, req bot.Request) (bot.Reply, error) {
	if req.ChatID == g.chat {
		<-g.gate
	}
	return g.recorder.Serve(ctx, req)
}

// TestSlowChatDelaysOnlyItself holds one chat's command and checks that
// another chat is answered meanwhile, and that the held chat's later
// commands follow its first, in order.
func TestSlowChatDelaysOnlyItself(t *testing.T) {
	f := newFakeAPI(t)
	h := &gatedHandler{chat: "5", gate: make(chan struct{})}
	a, _ := testAdapter(t, f, h, newMemState(), nil)
	f.push("message", msg(5, "private", 77, "/meetings first"))
	f.push("message", msg(5, "private", 77, "/meetings second"))
	f.push("message", msg(6, "private", 78, "/help"))
	stop := run(t, a)
	calls := f.waitCalls("sendMessage", 1)
	if got := calls[0].Params.Get("chat_id"); got != "6" {
		t.Fatalf("first reply went to chat %s, want 6 (chat 5 is held)", got)
	}
	close(h.gate)
	calls = f.waitCalls("sendMessage", 3)
	stop()
	var texts []string
	for _, c := range calls {
		if c.Params.Get("chat_id") == "5" {
			texts = append(texts, c.Params.Get("text"))
		}
	}
	if len(texts) != 2 || !strings.Contains(texts[0], "first") || !strings.Contains(texts[1], "second") {
		t.Errorf("chat 5 replies = %q, want first then second", texts)
	}
}

// TestDispatcherBoundsWorkers checks that no more updates are handled at
// once than there are workers, however many chats are waiting.
func TestDispatcherBoundsWorkers(t *testing.T) {
	var mu sync.Mutex
	running, peak := 0, 0
	release := make(chan struct{})
	d := newDispatcher(3, func(update) {
		mu.Lock()
		running++
		peak = max(peak, running)
		mu.Unlock()
		<-release
		mu.Lock()
		running--
		mu.Unlock()
	})
	for i := range 10 {
		u := update{UpdateID: int64(i), Message: &message{Chat: chat{ID: int64(i)}}}
		if err := d.dispatch(context.Background(), u); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, func() bool { mu.Lock(); defer mu.Unlock(); return running == 3 })
	close(release)
	d.wait()
	if peak != 3 {
		t.Errorf("%d updates handled at once, want at most (and, with 10 chats waiting, exactly) 3", peak)
	}
}
