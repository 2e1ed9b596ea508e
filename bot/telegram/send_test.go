package telegram

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestSendFaults(t *testing.T) {
	tests := []struct {
		name      string
		answer    responder // for sendMessage
		wantErr   error     // errors.Is target; nil for success
		wantErrIn string    // in the error text
		wantCalls int       // sendMessage calls
		wantChats []string  // chat_id of each call
		wantMoves [][2]string
		inactive  bool
		waits     []time.Duration // pauses before resends
	}{
		{name: "429 waits retry_after and resends once",
			answer: func(n int, _ url.Values) (int, string) {
				if n == 0 {
					return 429, apiError(429, "Too Many Requests: retry after 3", `{"retry_after":3}`)
				}
				return 0, ""
			},
			wantCalls: 2, wantChats: []string{"-100", "-100"}, waits: []time.Duration{3 * time.Second}},
		{name: "403 marks the chat inactive",
			answer: func(int, url.Values) (int, string) {
				return 403, apiError(403, "Forbidden: bot was blocked by the user", "")
			},
			wantErr: ErrChatInactive, wantCalls: 1, wantChats: []string{"-100"}, inactive: true},
		{name: "400 migrate moves the chat and resends",
			answer: func(n int, _ url.Values) (int, string) {
				if n == 0 {
					return 400, apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", `{"migrate_to_chat_id":-1001234}`)
				}
				return 0, ""
			},
			wantCalls: 2, wantChats: []string{"-100", "-1001234"}, wantMoves: [][2]string{{"-100", "-1001234"}}},
		{name: "500 once: resent",
			answer: func(n int, _ url.Values) (int, string) {
				if n == 0 {
					return 500, apiError(500, "Internal Server Error", "")
				}
				return 0, ""
			},
			wantCalls: 2, wantChats: []string{"-100", "-100"}, waits: []time.Duration{time.Second}},
		{name: "500 throughout: resent 3 times, then returned with context",
			answer: func(int, url.Values) (int, string) {
				return 500, apiError(500, "Internal Server Error", "")
			},
			wantErrIn: "telegram: send to chat -100: telegram: sendMessage: 500 Internal Server Error", wantCalls: 4, wantChats: []string{"-100", "-100", "-100", "-100"},
			waits: []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}},
		{name: "connection cut after the request went out: not resent (it may have been posted)",
			answer:    func(int, url.Values) (int, string) { return cutConnection, "" },
			wantErrIn: "telegram: send to chat -100: telegram: sendMessage:", wantCalls: 1, wantChats: []string{"-100"}},
		{name: "400 without migration is returned",
			answer: func(int, url.Values) (int, string) {
				return 400, apiError(400, "Bad Request: can't parse entities", "")
			},
			wantErrIn: "400 Bad Request: can't parse entities", wantCalls: 1, wantChats: []string{"-100"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.on("sendMessage", tc.answer)
			st := newMemState()
			a, _ := testAdapter(t, f, &recorder{}, st, nil)
			w := &pauses{}
			a.pause = w.pause
			err := a.Send(context.Background(), bot.Destination{Platform: bot.Telegram, ChatID: "-100"}, bot.Textf("Digest", "one & two"))
			switch {
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
				t.Errorf("Send error = %v, want %v", err, tc.wantErr)
			case tc.wantErrIn != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErrIn)):
				t.Errorf("Send error = %v, want it to contain %q", err, tc.wantErrIn)
			case tc.wantErr == nil && tc.wantErrIn == "" && err != nil:
				t.Errorf("Send error = %v", err)
			}
			calls := f.callsOf("sendMessage")
			var chats []string
			for _, c := range calls {
				chats = append(chats, c.Params.Get("chat_id"))
				if c.Params.Get("text") != "<b>Digest</b>\n\none &amp; two" {
					t.Errorf("text = %q", c.Params.Get("text"))
				}
			}
			if strings.Join(chats, ",") != strings.Join(tc.wantChats, ",") || len(calls) != tc.wantCalls {
				t.Errorf("sendMessage chats = %v, want %v", chats, tc.wantChats)
			}
			if got := w.waits(); !slices.Equal(got, tc.waits) {
				t.Errorf("waited %v before resending, want %v", got, tc.waits)
			}
			if len(tc.wantMoves) > 0 && (len(st.moves) != 1 || st.moves[0] != tc.wantMoves[0]) {
				t.Errorf("moves = %v, want %v", st.moves, tc.wantMoves)
			}
			active, _ := st.ChatActive(context.Background(), "telegram", "-100")
			if active == tc.inactive {
				t.Errorf("chat active = %v, want %v", active, !tc.inactive)
			}
		})
	}
}

func TestSendToInactiveChatPostsNothing(t *testing.T) {
	f := newFakeAPI(t)
	st := newMemState()
	_ = st.SetChatActive(context.Background(), "telegram", "5", false)
	a, _ := testAdapter(t, f, &recorder{}, st, nil)
	err := a.Send(context.Background(), bot.Destination{ChatID: "5"}, bot.Textf("t", "x"))
	if !errors.Is(err, ErrChatInactive) {
		t.Errorf("Send error = %v, want ErrChatInactive", err)
	}
	if n := len(f.callsOf("sendMessage")); n != 0 {
		t.Errorf("sendMessage called %d times", n)
	}
	if err := a.Send(context.Background(), bot.Destination{Platform: bot.Slack, ChatID: "5"}, bot.Textf("t", "x")); err == nil {
		t.Error("Send to a Slack destination succeeded")
	}
}

// TestSend429DelaysOnlyItsChat: while one chat waits out a 429 the other
// chats' posts go ahead.
func TestSend429DelaysOnlyItsChat(t *testing.T) {
	f := newFakeAPI(t)
	f.on("sendMessage", func(n int, p url.Values) (int, string) {
		if p.Get("chat_id") == "1" && n == 0 {
			return 429, apiError(429, "Too Many Requests: retry after 40", `{"retry_after":40}`)
		}
		return 0, ""
	})
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
	// Chat 1's retry_after ends only once the other chats have posted.
	a.pause = func(context.Context, time.Duration) error { f.waitCalls("sendMessage", 3); return nil }
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i, chat := range []string{"1", "2", "3"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i > 0 {
				f.waitCalls("sendMessage", 1) // chat 1 first
			}
			errs[i] = a.Send(context.Background(), bot.Destination{ChatID: chat}, bot.Textf("t", chat))
		}()
	}
	wg.Wait()
	var order []string
	for _, c := range f.callsOf("sendMessage") {
		order = append(order, c.Params.Get("chat_id"))
	}
	if got := strings.Join(order, ","); got != "1,2,3,1" && got != "1,3,2,1" {
		t.Errorf("send order = %s, want chat 1's resend last", got)
	}
	if errors.Join(errs...) != nil {
		t.Errorf("errors: %v", errs)
	}
}

// TestSendSpacing: messages to one chat keep the per-chat spacing, in
// order, and a long reply is split with the keyboard under the last part.
func TestSendSpacing(t *testing.T) {
	f := newFakeAPI(t)
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), func(o *Options) {
		o.Limits = Limits{PerChat: 40 * time.Millisecond, PerGroup: 80 * time.Millisecond, Global: time.Millisecond}
	})
	clk := &fakeClock{t: testNow} // moves only when the limiter waits
	a.lim.setClock(clk.now, clk.sleep)
	f.now = clk.now
	var items []bot.Item
	for i := 0; i < 150; i++ {
		items = append(items, bot.Item{Line: bot.Plain(strings.Repeat("x", 60))})
	}
	r := bot.Reply{Title: "Long", Sections: []bot.Section{{Items: items}}, Buttons: []bot.Button{{Label: "Next page", Command: "/meetings all 2"}}}
	for _, chat := range []string{"5", "-100"} {
		if err := a.Send(context.Background(), bot.Destination{ChatID: chat}, r); err != nil {
			t.Fatal(err)
		}
	}
	calls := f.callsOf("sendMessage")
	if len(calls) != 6 {
		t.Fatalf("%d messages, want 3 per chat", len(calls))
	}
	for i, c := range calls {
		hasKB := c.Params.Get("reply_markup") != ""
		if last := i%3 == 2; hasKB != last {
			t.Errorf("message %d: keyboard %v, want %v", i, hasKB, last)
		}
		if i%3 == 0 {
			continue
		}
		gap, want := c.At.Sub(calls[i-1].At), 40*time.Millisecond
		if c.Params.Get("chat_id") == "-100" {
			want = 80 * time.Millisecond
		}
		if gap < want {
			t.Errorf("message %d to %s came %s after the previous, want at least %s", i, c.Params.Get("chat_id"), gap, want)
		}
	}
	if kb := calls[2].Params.Get("reply_markup"); kb != `{"inline_keyboard":[[{"text":"Next page","callback_data":"/meetings all 2"}]]}` {
		t.Errorf("reply_markup = %s", kb)
	}
}

// TestSendTrimsLongReplies: a reply longer than maxParts messages is cut
// to maxParts, the last ending with a "more" hint, tags still balanced.
func TestSendTrimsLongReplies(t *testing.T) {
	huge := bot.Reply{Title: "Huge", Sections: []bot.Section{{Text: bot.Line{bot.B(strings.Repeat("word ", 5000))}}}}
	var items []bot.Item
	for i := 0; i < 1000; i++ {
		items = append(items, bot.Item{Line: bot.Line{bot.B("item"), bot.Text(strings.Repeat(" text", 10))}})
	}
	tests := []struct {
		name  string
		reply bot.Reply
	}{
		{"many items", bot.Reply{Title: "List", Sections: []bot.Section{{Items: items}}}},
		{"one huge line", huge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := len(RenderHTML(tc.reply)); n <= maxParts {
				t.Fatalf("reply renders as %d messages; the test needs more than %d", n, maxParts)
			}
			f := newFakeAPI(t)
			a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
			if err := a.Send(context.Background(), bot.Destination{ChatID: "5"}, tc.reply); err != nil {
				t.Fatal(err)
			}
			calls := f.callsOf("sendMessage")
			if len(calls) != maxParts {
				t.Fatalf("%d messages sent, want %d", len(calls), maxParts)
			}
			for _, c := range calls {
				checkMessage(t, c.Params.Get("text"))
			}
			if last := calls[maxParts-1].Params.Get("text"); !strings.HasSuffix(last, "more not shown; narrow the request or use the buttons.</i>") {
				t.Errorf("last message ends %q", last[len(last)-80:])
			}
		})
	}
}

// TestLimiterGateExclusive: a sender that gives up waiting for a chat's
// gate leaves the holder's claim intact, so a third sender still waits.
func TestLimiterGateExclusive(t *testing.T) {
	l := newLimiter(Limits{})
	g, err := l.acquire(context.Background(), "5")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := l.acquire(ctx, "5"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second acquire: %v, want a timeout while the gate is held", err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if _, err := l.acquire(ctx2, "5"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("third acquire: %v, want a timeout while the gate is held", err)
	}
	l.release(g)
	g2, err := l.acquire(context.Background(), "5")
	if err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
	l.release(g2)
	if n := l.gates["5"].users; n != 0 {
		t.Errorf("gate users = %d after all left", n)
	}
}

// sleep moves the clock forward by d at once, as a sleeper would.
func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	if d > 0 {
		c.advance(d)
	}
	return ctx.Err()
}

// TestPacerSpacing: the global pacer lets events through no closer than
// its spacing on average, however many wait at once.
func TestPacerSpacing(t *testing.T) {
	start := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	clk := &fakeClock{t: start}
	p := newPacer(10 * time.Millisecond)
	p.now, p.sleep = clk.now, clk.sleep
	var wg sync.WaitGroup
	for i := 0; i < 11; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			done, err := p.wait(context.Background())
			if err != nil {
				t.Error(err)
				return
			}
			done()
		}()
	}
	wg.Wait()
	if el := clk.now().Sub(start); el < 100*time.Millisecond {
		t.Errorf("11 events in %s, want at least 100ms", el)
	}
}

// TestPacerWindowCapped: a tiny spacing must not size the window as
// 1s/spacing (a billion slots for 1ns); the window is capped.
func TestPacerWindowCapped(t *testing.T) {
	for _, tc := range []struct {
		every time.Duration
		want  int
	}{
		{time.Nanosecond, maxPacerWindow},
		{0, maxPacerWindow},
		{time.Millisecond, maxPacerWindow},
		{10 * time.Millisecond, 100},
		{2 * time.Second, 1},
	} {
		p := newPacer(tc.every)
		if got := cap(p.recent); got != tc.want {
			t.Errorf("newPacer(%s) window = %d, want %d", tc.every, got, tc.want)
		}
	}
	p := newPacer(time.Nanosecond)
	clk := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	p.now, p.sleep = clk.now, clk.sleep
	for i := 0; i < 3; i++ {
		done, err := p.wait(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		done()
	}
}

// failFirstDial is a transport whose first request fails as a refused
// connection would, before anything is sent.
type failFirstDial struct {
	mu     sync.Mutex
	failed bool
}

func (f *failFirstDial) RoundTrip(r *http.Request) (*http.Response, error) {
	f.mu.Lock()
	first := !f.failed && strings.HasSuffix(r.URL.Path, "/sendMessage")
	f.failed = f.failed || first
	f.mu.Unlock()
	if first {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	}
	return http.DefaultTransport.RoundTrip(r)
}

// TestSendResendsWhatNeverWentOut resends a message whose request failed
// before it was written (a refused connection): it cannot have been posted.
func TestSendResendsWhatNeverWentOut(t *testing.T) {
	f := newFakeAPI(t)
	a, logs := testAdapter(t, f, &recorder{}, newMemState(), func(o *Options) {
		o.HTTPClient = &http.Client{Transport: &failFirstDial{}, Timeout: time.Second}
	})
	if err := a.Send(context.Background(), bot.Destination{Platform: bot.Telegram, ChatID: "5"}, bot.Textf("Digest", "x")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if n := len(f.callsOf("sendMessage")); n != 1 {
		t.Errorf("server got %d messages, want 1", n)
	}
	if !strings.Contains(logs.String(), "resending") {
		t.Errorf("log does not say the message was resent:\n%s", logs)
	}
}
