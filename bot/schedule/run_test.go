package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/schedule"
)

// start runs s until the returned stop is called; stop checks Run's result.
func start(t testing.TB, s *schedule.Scheduler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Run returned %v, want context.Canceled", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
		}
	}
	t.Cleanup(stop)
	return stop
}

// times formats the fake-clock times of posts to chat in loc.
func times(r *recorder, chat string, loc *time.Location) []string {
	var out []string
	for _, p := range r.got() {
		if p.to.ChatID == chat {
			out = append(out, p.at.In(loc).Format("2006-01-02 15:04:05 MST"))
		}
	}
	return out
}

func wantList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestRunOnTime(t *testing.T) {
	kolkata := mustZone(t, "Asia/Kolkata")
	f := newFixture(t, time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC), // a Thursday
		daily("desk", tgChat, "0 8 * * 1-5", kolkata),
		daily("ops", slackChan, "30 9 * * *", time.UTC))
	start(t, f.s)
	f.clock.advanceTo(t, time.Date(2025, 12, 8, 12, 0, 0, 0, time.UTC), 2)
	wantList(t, "desk posts", times(f.tg, "-100", kolkata), []string{
		"2025-12-04 08:00:00 IST", "2025-12-05 08:00:00 IST", "2025-12-08 08:00:00 IST"})
	wantList(t, "desk titles", f.tg.titles("-100"), []string{
		"desk 2025-12-04 08:00 IST", "desk 2025-12-05 08:00 IST", "desk 2025-12-08 08:00 IST"})
	wantList(t, "ops posts", times(f.slack, "C1", time.UTC), []string{
		"2025-12-04 09:30:00 UTC", "2025-12-05 09:30:00 UTC", "2025-12-06 09:30:00 UTC",
		"2025-12-07 09:30:00 UTC", "2025-12-08 09:30:00 UTC"})
	wantList(t, "desk claims", f.claims.state("desk"), []string{
		"2025-12-04T02:30:00Z delivered", "2025-12-05T02:30:00Z delivered", "2025-12-08T02:30:00Z delivered"})
}

// TestRunReplicas runs two schedulers on one store and one clock: each slot
// is posted once.
func TestRunReplicas(t *testing.T) {
	dests := []schedule.Destination{daily("desk", tgChat, "0 8 * * *", time.UTC), daily("ops", slackChan, "0 */6 * * *", time.UTC)}
	f := newFixture(t, time.Date(2025, 12, 4, 0, 30, 0, 0, time.UTC), dests...)
	start(t, f.s)
	start(t, f.with(t, f.clock, dests...))
	f.clock.advanceTo(t, time.Date(2025, 12, 7, 0, 30, 0, 0, time.UTC), 4)
	wantList(t, "desk posts", times(f.tg, "-100", time.UTC), []string{
		"2025-12-04 08:00:00 UTC", "2025-12-05 08:00:00 UTC", "2025-12-06 08:00:00 UTC"})
	ops := times(f.slack, "C1", time.UTC)
	if len(ops) != 12 || len(slices.Compact(slices.Clone(ops))) != 12 || ops[0] != "2025-12-04 06:00:00 UTC" || ops[11] != "2025-12-07 00:00:00 UTC" {
		t.Errorf("ops posts %q, want 12 distinct, from 06:00 on the 4th to 00:00 on the 7th", ops)
	}
	for _, d := range []string{"desk", "ops"} {
		for _, c := range f.claims.state(d) {
			if !strings.HasSuffix(c, "delivered") {
				t.Errorf("%s: claim %s", d, c)
			}
		}
	}
}

// TestRunRestart stops a scheduler after a post and starts another, as a
// restart would: the slot is not posted again, the next one is.
func TestRunRestart(t *testing.T) {
	d := daily("desk", tgChat, "0 8 * * *", time.UTC)
	f := newFixture(t, time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC), d)
	stop := start(t, f.s)
	f.clock.advanceTo(t, time.Date(2025, 12, 4, 8, 10, 0, 0, time.UTC), 1)
	stop()
	clock := newClock(f.clock.Now())
	f.tg.clock = clock
	start(t, f.with(t, clock, d))
	clock.advanceTo(t, time.Date(2025, 12, 5, 9, 0, 0, 0, time.UTC), 1)
	wantList(t, "posts", times(f.tg, "-100", time.UTC), []string{"2025-12-04 08:00:00 UTC", "2025-12-05 08:00:00 UTC"})
}

// TestRunStopDrains stops a scheduler while a digest is being sent, as a
// SIGTERM would: the send under way gets drainLimit (10 s on the clock) to
// finish and is recorded; one that does not finish by then leaves its slot
// claimed for the next start.
func TestRunStopDrains(t *testing.T) {
	tests := []struct {
		name      string
		finish    func(f *fixture) // what happens after the stop
		wantPosts []string
		wantState string
		wantLog   string
	}{
		{"send finishes after the stop: posted and recorded", func(f *fixture) { close(f.tg.gate) },
			[]string{"2025-12-04 08:00:00 UTC"}, "delivered", "digest delivered"},
		{"send still hanging at the drain limit: left pending", func(f *fixture) {
			f.clock.waitParked(t, 1) // the drain timer
			f.clock.set(slot8.Add(10 * time.Second))
		}, nil, "pending", "attempt not finished within 10s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, slot8.Add(-time.Minute), daily("desk", tgChat, "0 8 * * *", time.UTC))
			f.tg.gate, f.tg.entered = make(chan struct{}), make(chan struct{}, 1)
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- f.s.Run(ctx) }()
			f.clock.waitParked(t, 1)
			f.clock.set(slot8)
			<-f.tg.entered
			cancel()
			select {
			case err := <-done:
				t.Fatalf("Run returned (%v) while a send was under way and the drain limit not reached", err)
			case <-time.After(20 * time.Millisecond):
			}
			tt.finish(f)
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Errorf("Run returned %v, want context.Canceled", err)
			}
			wantList(t, "posts", times(f.tg, "-100", time.UTC), tt.wantPosts)
			wantList(t, "claims", f.claims.state("desk"), []string{"2025-12-04T08:00:00Z " + tt.wantState})
			f.log.has(t, tt.wantLog)
		})
	}
}

// TestRunOverlap posts the next slot by hand ("briefbot digest -to")
// while the scheduler runs: the scheduler does not post it again.
func TestRunOverlap(t *testing.T) {
	f := newFixture(t, time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC), daily("desk", tgChat, "0 8 * * *", time.UTC))
	start(t, f.s)
	f.clock.waitParked(t, 1)
	if err := f.s.Deliver(context.Background(), "desk", slot8); err != nil {
		t.Fatal(err)
	}
	f.clock.advanceTo(t, time.Date(2025, 12, 4, 12, 0, 0, 0, time.UTC), 1)
	if got := f.tg.got(); len(got) != 1 {
		t.Errorf("%d posts, want 1", len(got))
	}
	f.log.has(t, "slot already claimed elsewhere")
}

func TestRunFinishesPendingClaim(t *testing.T) {
	slot := slot8
	tests := []struct {
		name      string
		start     time.Time
		liveOwner bool // the claim's owner delivers it while the new scheduler waits
		skipper   bool // the store can mark slots skipped
		wantPosts int
		wantState string
		wantLog   string
	}{
		{"crash within grace: finished once", slot.Add(30 * time.Minute), false, false, 1, "delivered", "finishing a slot claimed but not delivered"},
		{"live owner delivers it: not posted twice", slot.Add(30 * time.Minute), true, false, 0, "delivered", ""},
		{"crash past grace: left and logged", slot.Add(2*time.Hour + time.Minute), false, false, 0, "pending", "past its grace window; not posting it"},
		{"crash past grace, store can skip: marked skipped", slot.Add(2*time.Hour + time.Minute), false, true, 0, "skipped", "past its grace window; not posting it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.start, daily("desk", tgChat, "0 8 * * *", time.UTC))
			if tt.skipper {
				f.api = skippingClaims{f.claims}
				f.s = f.with(t, f.clock, daily("desk", tgChat, "0 8 * * *", time.UTC))
			}
			if ok, err := f.claims.ClaimSlot(context.Background(), "desk", slot, "crashed:1"); !ok || err != nil {
				t.Fatal(ok, err)
			}
			start(t, f.s)
			f.clock.waitParked(t, 1)
			if tt.liveOwner {
				if err := f.claims.MarkDelivered(context.Background(), "desk", slot, nil); err != nil {
					t.Fatal(err)
				}
			}
			f.clock.advanceTo(t, tt.start.Add(time.Hour), 1)
			if got := f.tg.got(); len(got) != tt.wantPosts {
				t.Errorf("%d posts, want %d: %v", len(got), tt.wantPosts, got)
			}
			wantList(t, "claims", f.claims.state("desk"), []string{"2025-12-04T08:00:00Z " + tt.wantState})
			if tt.wantLog != "" {
				f.log.has(t, tt.wantLog)
			}
		})
	}
}

func TestRunCatchUp(t *testing.T) {
	tests := []struct {
		name      string
		spec      string
		delivered []time.Time // slots delivered before the start
		start     time.Time
		until     time.Time
		want      []string // post times
		wantLog   string
	}{
		{"missed slot within grace: posted once on start", "0 8 * * *",
			[]time.Time{slot8.AddDate(0, 0, -1)}, slot8.Add(90 * time.Minute), slot8.Add(10 * time.Hour),
			[]string{"2025-12-04 09:30:00 UTC"}, ""},
		{"missed slot past grace: skipped, next one posted", "0 8 * * *",
			[]time.Time{slot8.AddDate(0, 0, -1)}, slot8.Add(150 * time.Minute), slot8.Add(25 * time.Hour),
			[]string{"2025-12-05 08:00:00 UTC"}, "missed digest slots skipped"},
		{"first start after a slot: waits for the next one", "0 8 * * *",
			nil, slot8.Add(time.Hour), slot8.Add(25 * time.Hour),
			[]string{"2025-12-05 08:00:00 UTC"}, ""},
		{"several missed: only the newest posted", "0 * * * *",
			[]time.Time{slot8.Add(-3 * time.Hour)}, slot8.Add(30 * time.Minute), slot8.Add(time.Hour + 10*time.Minute),
			[]string{"2025-12-04 08:30:00 UTC", "2025-12-04 09:00:00 UTC"}, "count=2"},
		{"already delivered: nothing", "0 8 * * *",
			[]time.Time{slot8}, slot8.Add(time.Hour), slot8.Add(2 * time.Hour),
			nil, ""},
		{"long downtime: one line", "*/5 * * * *",
			[]time.Time{slot8.AddDate(0, -1, 0)}, slot8.Add(-time.Minute), slot8.Add(time.Minute),
			[]string{"2025-12-04 07:59:00 UTC", "2025-12-04 08:00:00 UTC"}, "more=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.start, daily("desk", tgChat, tt.spec, time.UTC))
			for _, s := range tt.delivered {
				if err := f.claims.MarkDelivered(context.Background(), "desk", s, nil); err != nil {
					t.Fatal(err)
				}
			}
			start(t, f.s)
			f.clock.advanceTo(t, tt.until, 1)
			wantList(t, "posts", times(f.tg, "-100", time.UTC), tt.want)
			if tt.wantLog != "" {
				f.log.has(t, tt.wantLog)
			}
		})
	}
}

func TestRunDST(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	tests := []struct {
		name        string
		spec        string
		start, stop time.Time
		want        []string
	}{
		{"02:30 on the day 02:00-03:00 is skipped", "30 2 * * *",
			time.Date(2025, 3, 8, 0, 0, 0, 0, ny), time.Date(2025, 3, 11, 0, 0, 0, 0, ny),
			[]string{"2025-03-08 02:30:00 EST", "2025-03-09 03:00:00 EDT", "2025-03-10 02:30:00 EDT"}},
		{"01:30 on the day 01:00-02:00 repeats", "30 1 * * *",
			time.Date(2025, 11, 1, 0, 0, 0, 0, ny), time.Date(2025, 11, 4, 0, 0, 0, 0, ny),
			[]string{"2025-11-01 01:30:00 EDT", "2025-11-02 01:30:00 EDT", "2025-11-03 01:30:00 EST"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.start, daily("desk", tgChat, tt.spec, ny))
			start(t, f.s)
			f.clock.advanceTo(t, tt.stop, 1)
			wantList(t, "posts", times(f.tg, "-100", ny), tt.want)
		})
	}
}

// TestRunIsolation breaks one destination's composer or platform and checks
// that the others post on time and the broken one recovers.
func TestRunIsolation(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(f *fixture)
		fix     func(f *fixture)
		log     string
	}{
		{"composer panics", func(f *fixture) { f.comp.explode["desk"] = true }, func(f *fixture) { f.comp.explode["desk"] = false }, "compose panicked"},
		{"sender panics", func(f *fixture) { f.tg.panic = true }, func(f *fixture) { f.tg.panic = false }, "send panicked"},
		{"sender hangs", func(f *fixture) { f.hangs() }, func(f *fixture) { f.tg.block = false }, "context deadline exceeded"},
		{"platform down", func(f *fixture) { f.tg.fail = func(int) error { return errors.New("telegram: 502 Bad Gateway") } },
			func(f *fixture) { f.tg.fail = nil }, "502 Bad Gateway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC),
				daily("desk", tgChat, "0 8 * * *", time.UTC), daily("ops", slackChan, "0 8 * * *", time.UTC))
			f.comp.mu.Lock()
			f.tg.mu.Lock()
			tt.breakIt(f)
			f.tg.mu.Unlock()
			f.comp.mu.Unlock()
			start(t, f.s)
			f.clock.advanceTo(t, time.Date(2025, 12, 5, 7, 0, 0, 0, time.UTC), 2)
			wantList(t, "ops posts", times(f.slack, "C1", time.UTC), []string{"2025-12-04 08:00:00 UTC"})
			wantList(t, "desk posts while broken", times(f.tg, "-100", time.UTC), nil)
			f.log.has(t, tt.log)
			f.log.has(t, "digest not delivered within the grace window; giving up")
			f.comp.mu.Lock()
			f.tg.mu.Lock()
			tt.fix(f)
			f.tg.mu.Unlock()
			f.comp.mu.Unlock()
			f.clock.advanceTo(t, time.Date(2025, 12, 5, 9, 0, 0, 0, time.UTC), 2)
			wantList(t, "desk posts once fixed", times(f.tg, "-100", time.UTC), []string{"2025-12-05 08:00:00 UTC"})
			wantList(t, "desk claims", f.claims.state("desk"), []string{"2025-12-04T08:00:00Z pending", "2025-12-05T08:00:00Z delivered"})
		})
	}
}

func TestRunRetry(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(f *fixture)
		want     []string
		wantLog  string
		maxSends int
	}{
		{"platform fails twice: retried with backoff", func(f *fixture) {
			f.tg.fail = func(try int) error {
				if try <= 2 {
					return fmt.Errorf("telegram: 429 try %d", try)
				}
				return nil
			}
		}, []string{"2025-12-04 08:01:30 UTC"}, "digest attempt failed; retrying", 3},
		{"store fails to claim: retried", func(f *fixture) { f.claims.failClaim = 1 },
			[]string{"2025-12-04 08:00:30 UTC"}, "claim: memclaims: database is locked", 1},
		{"record fails after the post: not posted again", func(f *fixture) { f.claims.failMark = 3 },
			[]string{"2025-12-04 08:00:00 UTC"}, "digest posted but not recorded; retrying", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC), daily("desk", tgChat, "0 8 * * *", time.UTC))
			tt.setup(f)
			start(t, f.s)
			f.clock.advanceTo(t, time.Date(2025, 12, 4, 12, 0, 0, 0, time.UTC), 1)
			wantList(t, "posts", times(f.tg, "-100", time.UTC), tt.want)
			wantList(t, "claims", f.claims.state("desk"), []string{"2025-12-04T08:00:00Z delivered"})
			f.log.has(t, tt.wantLog)
			f.tg.mu.Lock()
			tries := f.tg.tries
			f.tg.mu.Unlock()
			if tries != tt.maxSends {
				t.Errorf("%d sends, want %d", tries, tt.maxSends)
			}
		})
	}
}

func TestRunQuietWhenEmpty(t *testing.T) {
	quiet := daily("quiet", tgChat, "0 8 * * *", time.UTC)
	quiet.QuietWhenEmpty = true
	f := newFixture(t, time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC), quiet, daily("loud", slackChan, "0 8 * * *", time.UTC))
	f.comp.empty["quiet"], f.comp.empty["loud"] = true, true
	start(t, f.s)
	f.clock.advanceTo(t, time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC), 2)
	wantList(t, "quiet posts", f.tg.titles("-100"), nil)
	wantList(t, "loud posts", f.slack.titles("C1"), []string{"loud 2025-12-04 08:00 UTC (no new briefs)"})
	for _, d := range []string{"quiet", "loud"} {
		wantList(t, d+" claims", f.claims.state(d), []string{"2025-12-04T08:00:00Z delivered"})
	}
	if !strings.Contains(f.log.String(), "posted=false") {
		t.Errorf("log does not say the quiet digest was not posted:\n%s", f.log.String())
	}
}

func TestRunNoDestinations(t *testing.T) {
	f := newFixture(t, slot8)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.s.Run(ctx) }()
	select {
	case err := <-done:
		t.Fatalf("Run with no destinations returned %v before its context ended", err)
	case <-time.After(20 * time.Millisecond):
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v, want context.Canceled", err)
	}
}

// TestRunClockJump moves the clock past a slot at once, as a suspended
// machine or an NTP step would: a slot still within grace is posted late, an
// older one is skipped with a log line, and the schedule goes on.
func TestRunClockJump(t *testing.T) {
	tests := []struct {
		name string
		jump time.Time
		want []string
		log  string
	}{
		{"within grace: posted late", slot8.Add(time.Hour), []string{"2025-12-04 09:00:00 UTC", "2025-12-05 08:00:00 UTC"}, "digest delivered"},
		{"past grace: skipped", slot8.Add(3 * time.Hour), []string{"2025-12-05 08:00:00 UTC"}, "missed digest slots skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, slot8.Add(-time.Hour), daily("desk", tgChat, "0 8 * * *", time.UTC))
			start(t, f.s)
			f.clock.waitParked(t, 1)
			f.clock.set(tt.jump)
			f.clock.advanceTo(t, slot8.Add(25*time.Hour), 1)
			wantList(t, "posts", times(f.tg, "-100", time.UTC), tt.want)
			f.log.has(t, tt.log)
		})
	}
}

// TestRunGiveUpSkips gives up on a slot whose platform stays down past
// grace: a store that can skip marks it skipped, so it is not pending, nor
// delivered (the next digest still covers its briefs).
func TestRunGiveUpSkips(t *testing.T) {
	d := daily("desk", tgChat, "0 8 * * *", time.UTC)
	f := newFixture(t, slot8.Add(-time.Hour), d)
	f.api = skippingClaims{f.claims}
	f.s = f.with(t, f.clock, d)
	f.tg.fail = func(int) error { return errors.New("telegram: 502") }
	start(t, f.s)
	f.clock.advanceTo(t, slot8.Add(3*time.Hour), 1)
	wantList(t, "claims", f.claims.state("desk"), []string{"2025-12-04T08:00:00Z skipped"})
	if _, err := f.claims.LastDelivered(context.Background(), "desk"); err == nil {
		t.Error("a skipped slot counts as delivered")
	}
}

// TestRunRetriesWhileGraceRemains keeps retrying a failing slot for as long
// as its grace window lasts, not one backoff less: with a grace of one
// minute and a 30 s first backoff, attempts come at 0, 30, 45 and 52.5 s.
func TestRunRetriesWhileGraceRemains(t *testing.T) {
	tests := []struct {
		name     string
		failures int
		want     []string
		log      string
	}{
		{"fails three times: posted before grace ends", 3, []string{"2025-12-04 08:00:52 UTC"}, "digest delivered"},
		{"fails throughout: given up once grace is spent", 1000, nil, "digest not delivered within the grace window; giving up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := daily("desk", tgChat, "0 8 * * *", time.UTC)
			d.Grace = time.Minute
			f := newFixture(t, slot8.Add(-time.Hour), d)
			f.tg.fail = func(try int) error {
				if try <= tt.failures {
					return fmt.Errorf("telegram: 502 try %d", try)
				}
				return nil
			}
			start(t, f.s)
			f.clock.advanceTo(t, slot8.Add(2*time.Hour), 1)
			wantList(t, "posts", times(f.tg, "-100", time.UTC), tt.want)
			f.log.has(t, tt.log)
			f.tg.mu.Lock()
			tries := f.tg.tries
			f.tg.mu.Unlock()
			if tries < 4 {
				t.Errorf("%d attempts within a minute's grace, want at least 4", tries)
			}
		})
	}
}
