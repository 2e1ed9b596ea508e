package slack

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// sleeps records the waits the adapter asked for, without waiting.
type sleeps struct {
	mu sync.Mutex
	ds []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.ds = append(s.ds, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) list() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.ds...)
}

func longReply(items int) bot.Reply {
	r := bot.Reply{Title: "Digest", Sections: []bot.Section{{Heading: "Briefs"}}}
	for i := range items {
		r.Sections[0].Items = append(r.Sections[0].Items, bot.Item{
			Line: bot.Plain(fmt.Sprintf("brief %d", i)), Details: []bot.Line{bot.Plain("details")},
			Buttons: []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", i)}, {Label: "More", Command: "/search x"}},
		})
	}
	return r
}

func TestSend(t *testing.T) {
	tests := []struct {
		name       string
		to         bot.Destination
		r          bot.Reply
		wantPosts  int
		wantThread []string // per post; "first" = the first post's ts
		wantMore   string   // in the last block: what was left out
	}{
		{"short digest is one message", bot.Destination{Platform: bot.Slack, ChatID: "C1"}, digestReply(), 1, []string{""}, ""},
		{"long digest is one message with a more line", bot.Destination{Platform: bot.Slack, ChatID: "C1"}, longReply(40), 1, []string{""},
			"… 24 more not shown here."},
		{"destination thread is kept", bot.Destination{Platform: bot.Slack, ChatID: "C1", ThreadID: "111.222"}, longReply(40), 1, []string{"111.222"},
			"… 24 more not shown here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := newFakeAPI(t)
			a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
			if err := a.Send(context.Background(), tt.to, tt.r); err != nil {
				t.Fatalf("Send: %v", err)
			}
			ps := api.posts()
			if len(ps) != tt.wantPosts {
				t.Fatalf("%d posts, want %d", len(ps), tt.wantPosts)
			}
			for i, p := range ps {
				want := tt.wantThread[i]
				if want == "first" {
					want = "1700000000.000001"
				}
				if p.Thread != want || p.Channel != tt.to.ChatID || p.Method != "chat.postMessage" {
					t.Errorf("post %d: %s to %s thread %q, want chat.postMessage to %s thread %q", i, p.Method, p.Channel, p.Thread, tt.to.ChatID, want)
				}
				if len(p.Blocks) == 0 || p.Text == "" {
					t.Errorf("post %d: %d blocks, text %q: want both", i, len(p.Blocks), p.Text)
				}
			}
			blocks := ps[0].Blocks
			if len(blocks) > 50 {
				t.Errorf("%d blocks, over Slack's 50", len(blocks))
			}
			last := blockTexts(blocks[len(blocks)-1:])
			if more := strings.Contains(last, "more not shown"); more != (tt.wantMore != "") || !strings.Contains(last, tt.wantMore) {
				t.Errorf("last block %q, want %q", last, tt.wantMore)
			}
			if tt.wantMore != "" {
				wantMoreButton(t, blocks[len(blocks)-1])
			}
		})
	}
}

func TestSendWaitsOut429(t *testing.T) {
	api := newFakeAPI(t)
	var mu sync.Mutex
	calls := 0
	api.fail = func(w http.ResponseWriter, p post) bool {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if calls <= 2 {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		}
		return false
	}
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
	s := &sleeps{}
	a.sleep = s.sleep
	if err := a.Send(context.Background(), bot.Destination{ChatID: "C9"}, bot.Textf("Hi", "there")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if got := len(api.posts()); got != 1 {
		t.Errorf("message delivered %d times, want once", got)
	}
	if got := s.list(); len(got) != 2 || got[0] != 7*time.Second || got[1] != 7*time.Second {
		t.Errorf("waits %v, want [7s 7s] from Retry-After", got)
	}
}

func TestSendGivesUpAfterRepeated429(t *testing.T) {
	api := newFakeAPI(t)
	api.fail = func(w http.ResponseWriter, p post) bool {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return true
	}
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
	s := &sleeps{}
	a.sleep = s.sleep
	err := a.Send(context.Background(), bot.Destination{ChatID: "C9"}, bot.Textf("Hi", "there"))
	if err == nil || !strings.Contains(err.Error(), "rate limit") {
		t.Fatalf("Send = %v, want a rate limit error", err)
	}
	if got := len(s.list()); got != maxRateRetries {
		t.Errorf("%d waits, want %d", got, maxRateRetries)
	}
}

func TestSendChannelUnavailable(t *testing.T) {
	tests := []struct{ code, want string }{
		{"not_in_channel", "invite it with /invite @briefbot"},
		{"channel_not_found", "does not exist"},
		{"is_archived", "archived"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			api := newFakeAPI(t)
			api.fail = func(w http.ResponseWriter, p post) bool {
				writeJSON(w, map[string]any{"ok": false, "error": tt.code})
				return true
			}
			st := newFakeState()
			a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), st, nil)
			err := a.Send(context.Background(), bot.Destination{ChatID: "CGONE"}, bot.Textf("Hi", "there"))
			if !errors.Is(err, ErrChannelUnavailable) {
				t.Fatalf("Send = %v, want ErrChannelUnavailable", err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "CGONE") || !strings.Contains(err.Error(), tt.code) {
				t.Errorf("error %q should name the channel, the code and say %q", err, tt.want)
			}
			if active, rec := st.isActive("CGONE"); !rec || active {
				t.Errorf("channel active=%v recorded=%v, want marked inactive", active, rec)
			}
		})
	}
}

func TestSendOtherErrors(t *testing.T) {
	api := newFakeAPI(t)
	api.fail = func(w http.ResponseWriter, p post) bool {
		writeJSON(w, map[string]any{"ok": false, "error": "token_revoked"})
		return true
	}
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
	err := a.Send(context.Background(), bot.Destination{ChatID: "C1"}, bot.Textf("", "x"))
	if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "BRIEFBOT_SLACK_BOT_TOKEN") {
		t.Errorf("Send = %v, want ErrAuth naming BRIEFBOT_SLACK_BOT_TOKEN", err)
	}
	for _, to := range []bot.Destination{{Platform: bot.Telegram, ChatID: "1"}, {Platform: bot.Slack}} {
		if err := a.Send(context.Background(), to, bot.Textf("", "x")); err == nil {
			t.Errorf("Send to %+v succeeded, want an error", to)
		}
	}
}

func TestSendPacesEachChannel(t *testing.T) {
	api := newFakeAPI(t)
	const pace = 40 * time.Millisecond
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), func(o *Options) { o.PerChannel = pace })
	clk := &stepClock{t: testNow} // moves only when the pacing waits
	a.paceNow, a.paceSleep = clk.now, clk.sleep
	api.mu.Lock()
	api.now = clk.now
	api.mu.Unlock()
	var wg sync.WaitGroup
	for _, ch := range []string{"C1", "C2"} {
		wg.Go(func() {
			for range 4 {
				if err := a.Send(context.Background(), bot.Destination{ChatID: ch}, bot.Textf("", "x")); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	posts := api.posts()
	if n := len(posts); n != 8 {
		t.Errorf("%d posts, want 8", n)
	}
	last := map[string]time.Time{}
	for i, p := range posts {
		if prev, ok := last[p.Channel]; ok && p.At.Sub(prev) < pace {
			t.Errorf("post %d to %s came %v after the previous one there, want at least %v", i, p.Channel, p.At.Sub(prev), pace)
		}
		last[p.Channel] = p.At
	}
}

// stepClock is a clock that moves only when something sleeps on it.
type stepClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *stepClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *stepClock) sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.t = c.t.Add(d)
	}
	return ctx.Err()
}

// wantMoreButton checks that the last block of a post cut short carries a
// button that runs /brief latest 20 when clicked: a button with the
// adapter's action_id prefix and the command as its value.
func wantMoreButton(t *testing.T, block map[string]any) {
	t.Helper()
	acc, _ := block["accessory"].(map[string]any)
	id, _ := acc["action_id"].(string)
	if block["type"] != "section" || acc["type"] != "button" || acc["value"] != "/brief latest 20" || !strings.HasPrefix(id, actionPrefix) {
		t.Errorf("last block %v, want a section with a button running /brief latest 20", block)
	}
}
