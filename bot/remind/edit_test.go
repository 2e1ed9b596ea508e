package remind

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// editor is a bot.Poster and bot.Editor that records posts and edits by
// reference. (The adapters' own tests assert the editMessageText and
// chat.update requests on the wire.)
type editor struct {
	mu    sync.Mutex
	n     int
	posts []string
	edits []string
}

func (e *editor) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, err := e.Post(ctx, to, r)
	return err
}

func (e *editor) Post(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.n++
	e.posts = append(e.posts, r.PlainText())
	return fmt.Sprintf("m%d", e.n), nil
}

func (e *editor) Edit(ctx context.Context, to bot.Destination, ref string, r bot.Reply) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.edits = append(e.edits, ref+": "+r.PlainText())
	return nil
}

func (e *editor) take() (posts, edits []string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	posts, edits = e.posts, e.edits
	e.posts, e.edits = nil, nil
	return posts, edits
}

// TestNoticeEditsEarlierPosts: a "Cancelled" notice edits the reminder and
// the digest line that told of the meeting; a later "Moved" notice about
// another meeting of the same digest edits it again, keeping the first
// mark; posts about other meetings are left alone.
func TestNoticeEditsEarlierPosts(t *testing.T) {
	st := openStore(t)
	src := &meetingsFake{}
	src.set(irigc, wto)
	out := &editor{}
	now := time.Date(2025, 12, 4, 8, 0, 0, 0, ist)
	item := func(m briefs.Meeting) bot.Item {
		return bot.Item{Line: bot.Line{bot.B(m.Title)}, About: "meeting " + m.FollowKey() + " " + m.Date}
	}
	digest := bot.Reply{Title: "Morning", Sections: []bot.Section{{Heading: "Upcoming meetings", Items: []bot.Item{item(irigc), item(wto)}}}}
	if err := DigestPosted(context.Background(), st, "desk", now, digest, "d1", now); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Destinations: []Destination{{Name: "desk", To: bot.Destination{Platform: bot.Telegram, ChatID: "-100"}, Loc: ist, Before: []time.Duration{24 * time.Hour}}},
		Senders: map[bot.Platform]bot.Sender{bot.Telegram: out}, Source: src, Notices: st, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	tick := func(at time.Time) ([]string, []string) {
		t.Helper()
		now = at
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		return out.take()
	}
	if posts, _ := tick(time.Date(2025, 12, 4, 10, 0, 0, 0, ist)); len(posts) != 1 || !strings.HasPrefix(posts[0], "Tomorrow 10:00 IST · 22nd IRIGC") {
		t.Fatalf("reminder: %q", posts)
	}
	off := irigc
	off.Status, off.Sources = briefs.StatusCancelled, []int64{1, 4}
	src.set(off, wto)
	posts, edits := tick(time.Date(2025, 12, 4, 11, 0, 0, 0, ist))
	if len(posts) != 1 || !strings.HasPrefix(posts[0], "Cancelled · 22nd IRIGC") {
		t.Errorf("cancelled notice: %q", posts)
	}
	want := []string{
		"d1: Morning\n\nUpcoming meetings\n• 22nd IRIGC-M&MTC ministerial meeting — Cancelled\n• WTO General Council meeting",
		"m1: Cancelled: Tomorrow 10:00 IST · 22nd IRIGC-M&MTC ministerial meeting · Manekshaw Centre, New Delhi",
	}
	checkEdits(t, "after the cancellation", edits, want)
	moved := wto
	moved.Date, moved.MovedFrom = "2025-12-18", wto.Date
	src.set(off, moved)
	_, edits = tick(time.Date(2025, 12, 4, 12, 0, 0, 0, ist))
	want = []string{"d1: Morning\n\nUpcoming meetings\n• 22nd IRIGC-M&MTC ministerial meeting — Cancelled\n• WTO General Council meeting — Moved to Thu 18 Dec"}
	checkEdits(t, "after the move", edits, want)
}

func checkEdits(t *testing.T, when string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n---\n") != strings.Join(want, "\n---\n") {
		t.Errorf("%s: edits\n%s\nwant\n%s", when, strings.Join(got, "\n---\n"), strings.Join(want, "\n---\n"))
	}
}
