package remind

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

var ist = time.FixedZone("IST", 5*3600+1800)

// meetingsFake serves meetings whose dates fall in the query's bounds.
type meetingsFake struct {
	mu      sync.Mutex
	ms      []briefs.Meeting
	queries []string // the From of each query
}

func (f *meetingsFake) Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q.From)
	var out []briefs.Meeting
	for _, m := range f.ms {
		if (q.From == "" || m.Date >= q.From) && (q.To == "" || m.Date <= q.To) {
			out = append(out, m)
		}
	}
	return out, nil
}

func (f *meetingsFake) set(ms ...briefs.Meeting) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ms = ms
}

// posts records what was sent.
type posts struct {
	mu   sync.Mutex
	sent []string
}

func (p *posts) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := r.PlainText()
	for _, b := range r.Buttons {
		line += " [" + b.Command + "]"
	}
	p.sent = append(p.sent, to.ChatID+": "+line)
	return nil
}

func (p *posts) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.sent
	p.sent = nil
	return out
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "remind.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var irigc = briefs.Meeting{ID: 1, BriefID: 1, Key: "irigc-22", Title: "22nd IRIGC-M&MTC ministerial meeting", Date: "2025-12-05", Precision: briefs.PrecisionDay,
	Time: "10:00", Place: "Manekshaw Centre, New Delhi", Participants: []string{"Rajnath Singh"}, Sources: []int64{1}}

var wto = briefs.Meeting{ID: 2, BriefID: 5, Key: "wto-gc", Title: "WTO General Council meeting", Date: "2025-12-16", Precision: briefs.PrecisionDay, Place: "Geneva", Sources: []int64{5}}

// TestReminders walks a clock through the days around two meetings, with two
// services (replicas) sharing one store, and checks each post appears once,
// at its time, only for meetings matching the destination's filter.
func TestReminders(t *testing.T) {
	st := openStore(t)
	src := &meetingsFake{}
	src.set(irigc, wto)
	out := &posts{}
	var now time.Time
	dests := []Destination{
		{Name: "desk", To: bot.Destination{Platform: bot.Telegram, ChatID: "-100"}, Loc: ist, Before: []time.Duration{24 * time.Hour, time.Hour}},
		{Name: "trade", To: bot.Destination{Platform: bot.Telegram, ChatID: "-200"}, Loc: ist, Before: []time.Duration{24 * time.Hour}, Filter: digest.Filter{Keywords: []string{"wto"}}},
	}
	newService := func(owner string) *Service {
		s, err := New(Options{Destinations: dests, Senders: map[bot.Platform]bot.Sender{bot.Telegram: out}, Source: src, Notices: st,
			Now: func() time.Time { return now }, Owner: owner})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	replicas := []*Service{newService("a"), newService("b")}
	steps := []struct {
		at   time.Time
		want []string
	}{
		{time.Date(2025, 12, 4, 9, 59, 0, 0, ist), nil},
		{time.Date(2025, 12, 4, 10, 0, 0, 0, ist), []string{"-100: Tomorrow 10:00 IST · 22nd IRIGC-M&MTC ministerial meeting · Manekshaw Centre, New Delhi [/brief 1]"}},
		{time.Date(2025, 12, 4, 10, 1, 0, 0, ist), nil}, // not twice
		{time.Date(2025, 12, 5, 8, 59, 0, 0, ist), nil},
		{time.Date(2025, 12, 5, 9, 0, 0, 0, ist), []string{"-100: Today 10:00 IST · 22nd IRIGC-M&MTC ministerial meeting · Manekshaw Centre, New Delhi [/brief 1]"}},
		{time.Date(2025, 12, 5, 10, 30, 0, 0, ist), nil}, // started: nothing more
		// The WTO meeting has no time: it is taken to start at 09:00; the
		// trade desk's filter matches it, the desk gets it too.
		{time.Date(2025, 12, 15, 9, 0, 0, 0, ist), []string{
			"-100: Tomorrow · WTO General Council meeting · Geneva [/brief 5]",
			"-200: Tomorrow · WTO General Council meeting · Geneva [/brief 5]"}},
		{time.Date(2025, 12, 16, 8, 0, 0, 0, ist), []string{"-100: Today · WTO General Council meeting · Geneva [/brief 5]"}},
	}
	for i, stp := range steps {
		now = stp.at
		for _, s := range replicas {
			if err := s.Tick(context.Background()); err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
		}
		if got := out.take(); strings.Join(got, "\n") != strings.Join(stp.want, "\n") {
			t.Errorf("step %d at %s: posted\n%s\nwant\n%s", i, stp.at.Format(time.DateTime), strings.Join(got, "\n"), strings.Join(stp.want, "\n"))
		}
	}
}

// TestRemindersAfterDowntime: a bot that was down through a reminder's time
// posts it once if it is back within Late, and not at all after that.
func TestRemindersAfterDowntime(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		want int
	}{
		{"back an hour late", time.Date(2025, 12, 4, 11, 0, 0, 0, ist), 1},
		{"back five hours late", time.Date(2025, 12, 4, 15, 0, 0, 0, ist), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &meetingsFake{}
			src.set(irigc)
			out := &posts{}
			s, err := New(Options{Destinations: []Destination{{Name: "desk", To: bot.Destination{Platform: bot.Slack, ChatID: "C1"}, Loc: ist, Before: []time.Duration{24 * time.Hour}}},
				Senders: map[bot.Platform]bot.Sender{bot.Slack: out}, Source: src, Notices: openStore(t), Now: func() time.Time { return tt.at }})
			if err != nil {
				t.Fatal(err)
			}
			for range 2 {
				if err := s.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			if got := out.take(); len(got) != tt.want {
				t.Errorf("posted %q, want %d posts", got, tt.want)
			}
		})
	}
}

// TestMovedNotice: a destination reminded of a meeting gets one "Moved"
// notice when the meeting's date changes, then reminders for the new date;
// a destination never told about it gets no notice.
func TestMovedNotice(t *testing.T) {
	asean := briefs.Meeting{ID: 7, Key: "adsom", Title: "ASEAN Defence Senior Officials' Meeting", Date: "2025-12-10", Precision: briefs.PrecisionDay, Place: "Kuala Lumpur", Sources: []int64{3}}
	src := &meetingsFake{}
	src.set(asean)
	now := time.Date(2025, 12, 9, 9, 0, 0, 0, ist)
	tick := deskAndLate(t, src, &now, 24*time.Hour)
	if got := tick(); len(got) != 1 || !strings.HasPrefix(got[0], "-100: Tomorrow · ASEAN") {
		t.Fatalf("reminder: %q", got)
	}
	moved := asean
	moved.Date, moved.MovedFrom, moved.Sources = "2026-01-14", "2025-12-10", []int64{3, 7}
	src.set(moved)
	now = now.Add(2 * time.Hour)
	want := "-100: Moved · ASEAN Defence Senior Officials' Meeting: Wed 10 Dec → Wed 14 Jan · Kuala Lumpur [/brief 7]"
	if got := tick(); len(got) != 1 || got[0] != want {
		t.Errorf("after the move: %q, want only %q", got, want)
	}
	if got := tick(); len(got) != 0 {
		t.Errorf("moved notice posted twice: %q", got)
	}
	// The same body meeting again months later is another meeting, not a move.
	again := moved
	again.ID, again.Date, again.MovedFrom, again.Sources = 9, "2026-03-02", "", []int64{9}
	src.set(moved, again)
	if got := tick(); len(got) != 0 {
		t.Errorf("a later meeting of the same key was taken for a move: %q", got)
	}
	now = time.Date(2026, 1, 13, 9, 0, 0, 0, ist)
	if got := tick(); len(got) != 1 || !strings.HasPrefix(got[0], "-100: Tomorrow · ASEAN") {
		t.Errorf("reminder for the new date: %q", got)
	}
}

// TestCancelledNotice: a destination reminded of a meeting gets one
// "Cancelled" notice when a later brief calls it off, and no reminder
// after that; a destination never told about it gets nothing.
func TestCancelledNotice(t *testing.T) {
	src := &meetingsFake{}
	src.set(irigc)
	now := time.Date(2025, 12, 4, 10, 0, 0, 0, ist)
	tick := deskAndLate(t, src, &now, 24*time.Hour, time.Hour)
	if got := tick(); len(got) != 1 || !strings.HasPrefix(got[0], "-100: Tomorrow 10:00 IST · 22nd IRIGC") {
		t.Fatalf("reminder the day before: %q", got)
	}
	off := irigc
	off.Status, off.Sources = briefs.StatusCancelled, []int64{1, 4}
	src.set(off)
	now = now.Add(3 * time.Hour)
	want := "-100: Cancelled · 22nd IRIGC-M&MTC ministerial meeting · Fri 5 Dec · Manekshaw Centre, New Delhi [/brief 4]"
	if got := tick(); len(got) != 1 || got[0] != want {
		t.Errorf("after the cancelling brief: %q, want only %q", got, want)
	}
	for _, at := range []time.Time{now.Add(time.Minute), time.Date(2025, 12, 5, 9, 0, 0, 0, ist)} {
		now = at
		if got := tick(); len(got) != 0 {
			t.Errorf("at %s, posted %q for a cancelled meeting", at.Format(time.DateTime), got)
		}
	}
}

// deskAndLate returns a tick of a Service over src at *now with two
// Telegram destinations: "desk" (-100) reminded at deskBefore, and "late"
// (-300) reminded only an hour before. It returns what the tick posted.
func deskAndLate(t *testing.T, src Source, now *time.Time, deskBefore ...time.Duration) func() []string {
	t.Helper()
	out := &posts{}
	s, err := New(Options{Destinations: []Destination{
		{Name: "desk", To: bot.Destination{Platform: bot.Telegram, ChatID: "-100"}, Loc: ist, Before: deskBefore},
		{Name: "late", To: bot.Destination{Platform: bot.Telegram, ChatID: "-300"}, Loc: ist, Before: []time.Duration{time.Hour}},
	}, Senders: map[bot.Platform]bot.Sender{bot.Telegram: out}, Source: src, Notices: openStore(t), Now: func() time.Time { return *now }})
	if err != nil {
		t.Fatal(err)
	}
	return func() []string {
		t.Helper()
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		return out.take()
	}
}

// flaky fails its first n sends.
type flaky struct {
	posts
	fail int
}

func (f *flaky) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	if f.fail > 0 {
		f.fail--
		return errors.New("platform down")
	}
	return f.posts.Send(ctx, to, r)
}

// TestPendingNoticeFinished: a reminder whose send failed (or whose
// replica died after claiming it) stays claimed; once Settle has passed,
// exactly one of two replicas posts it, and a claim older than Late is
// given up.
func TestPendingNoticeFinished(t *testing.T) {
	st := openStore(t)
	src := &meetingsFake{}
	src.set(irigc)
	out := &flaky{fail: 1}
	now := time.Date(2025, 12, 4, 10, 0, 0, 0, ist)
	newService := func(owner string) *Service {
		s, err := New(Options{Destinations: []Destination{{Name: "desk", To: bot.Destination{Platform: bot.Telegram, ChatID: "-100"}, Loc: ist, Before: []time.Duration{24 * time.Hour, time.Hour}}},
			Senders: map[bot.Platform]bot.Sender{bot.Telegram: out}, Source: src, Notices: st, Now: func() time.Time { return now }, Owner: owner, Settle: 2 * time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b := newService("a"), newService("b")
	if err := a.Tick(context.Background()); err == nil {
		t.Error("a failed send reported no error")
	}
	steps := []struct {
		after time.Duration
		want  int
	}{
		{time.Minute, 0},     // the failed attempt may still be in flight
		{2 * time.Minute, 1}, // settled: one replica finishes it
		{time.Minute, 0},     // not twice
	}
	for i, stp := range steps {
		now = now.Add(stp.after)
		for _, s := range []*Service{b, a} {
			if err := s.Tick(context.Background()); err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
		}
		if got := out.take(); len(got) != stp.want || len(got) == 1 && !strings.Contains(got[0], "Tomorrow 10:00 IST · 22nd IRIGC") {
			t.Errorf("step %d: posted %q, want %d reminder(s)", i, got, stp.want)
		}
	}
	// The hour-before reminder is claimed and the platform is down past Late.
	out.fail = 100
	now = time.Date(2025, 12, 5, 9, 0, 0, 0, ist)
	_ = a.Tick(context.Background())
	now = now.Add(3 * time.Hour)
	out.fail = 0
	if err := a.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := out.take(); len(got) != 0 {
		t.Errorf("posted %q more than Late after the claim", got)
	}
	if ps, _ := st.PendingNotices(context.Background(), "desk"); len(ps) != 0 {
		t.Errorf("still pending: %+v", ps)
	}
}

// TestToldByDigest: a destination without reminders that was told of a
// meeting by a digest line gets the "Moved" notice when it moves; one
// whose digest did not show it gets nothing.
func TestToldByDigest(t *testing.T) {
	st := openStore(t)
	src := &meetingsFake{}
	src.set(wto)
	out := &posts{}
	now := time.Date(2025, 12, 4, 8, 0, 0, 0, ist)
	line := bot.Item{Line: bot.Line{bot.B(wto.Title)}, About: "meeting " + wto.FollowKey() + " " + wto.Date}
	digest := bot.Reply{Title: "Morning", Sections: []bot.Section{{Heading: "Upcoming meetings", Items: []bot.Item{line, {Line: bot.Line{bot.Text("no about")}}}}}}
	if err := DigestPosted(context.Background(), st, "desk", now, digest, "42", now); err != nil {
		t.Fatal(err)
	}
	if err := DigestPosted(context.Background(), st, "other", now, bot.Reply{Title: "Morning"}, "43", now); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Destinations: []Destination{
		{Name: "desk", To: bot.Destination{Platform: bot.Slack, ChatID: "C1"}, Loc: ist},
		{Name: "other", To: bot.Destination{Platform: bot.Slack, ChatID: "C2"}, Loc: ist},
	}, Senders: map[bot.Platform]bot.Sender{bot.Slack: out}, Source: src, Notices: st, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	moved := wto
	moved.Date, moved.MovedFrom, moved.Sources = "2025-12-18", wto.Date, []int64{5, 8}
	src.set(moved)
	for i := range 2 {
		now = now.Add(time.Hour)
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		want := []string{"C1: Moved · WTO General Council meeting: Tue 16 Dec → Thu 18 Dec · Geneva [/brief 8]"}
		if i > 0 {
			want = nil
		}
		if got := out.take(); !slices.Equal(got, want) {
			t.Errorf("tick %d: posted %q, want %q", i, got, want)
		}
	}
}

// TestTickReadsMeetingsOncePerDay: destinations whose day starts on the
// same date share one read of the meetings a tick.
func TestTickReadsMeetingsOncePerDay(t *testing.T) {
	src := &meetingsFake{}
	src.set(irigc, wto)
	out := &posts{}
	var dests []Destination
	for i, loc := range []*time.Location{ist, ist, time.UTC, ist} {
		dests = append(dests, Destination{Name: fmt.Sprint("d", i), To: bot.Destination{Platform: bot.Telegram, ChatID: fmt.Sprint(-100 - i)}, Loc: loc, Before: []time.Duration{24 * time.Hour}})
	}
	now := time.Date(2025, 12, 4, 10, 0, 0, 0, ist) // 04:30 UTC: the same date everywhere
	s, err := New(Options{Destinations: dests, Senders: map[bot.Platform]bot.Sender{bot.Telegram: out}, Source: src, Notices: openStore(t),
		Now: func() time.Time { return now }, Owner: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := []string{"2025-12-04"}; !slices.Equal(src.queries, want) || len(out.take()) != 3 {
		t.Errorf("queries %v, want %v; the three IST destinations reminded", src.queries, want)
	}
	src.queries = nil
	now = time.Date(2025, 12, 5, 2, 0, 0, 0, ist) // 20:30 UTC on the 4th
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := []string{"2025-12-05", "2025-12-04"}; !slices.Equal(src.queries, want) {
		t.Errorf("queries %v, want %v (one per date)", src.queries, want)
	}
}
