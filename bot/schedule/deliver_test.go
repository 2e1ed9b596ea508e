package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
	"github.com/briefbot/briefbot/briefs"
)

var (
	tgChat    = bot.Destination{Platform: bot.Telegram, ChatID: "-100"}
	slackChan = bot.Destination{Platform: bot.Slack, ChatID: "C1"}
)

// fixture is a Scheduler over fakes.
type fixture struct {
	s      *schedule.Scheduler
	clock  *fakeClock
	claims *memClaims
	api    schedule.Claims // what schedulers get: claims, or claims that can skip
	tg     *recorder
	slack  *recorder
	comp   *composer
	log    *logBuffer

	t       *testing.T
	dests   []schedule.Destination
	timeout time.Duration // each attempt's SendTimeout
}

// generousTimeout caps attempts in tests where nothing hangs: long enough
// that a panic or error always reaches guard before the deadline, even
// under -race on a loaded machine. shortTimeout is for tests that hang.
const (
	generousTimeout = 10 * time.Second
	shortTimeout    = 50 * time.Millisecond
)

// hangs makes f's sends block until their context ends, and rebuilds f's
// scheduler with a short attempt timeout so the test does not wait long.
func (f *fixture) hangs() {
	f.tg.block = true
	f.timeout = shortTimeout
	f.s = f.with(f.t, f.clock, f.dests...)
}

func newFixture(t *testing.T, now time.Time, dests ...schedule.Destination) *fixture {
	t.Helper()
	f := &fixture{clock: newClock(now), claims: newClaims(), comp: &composer{empty: map[string]bool{}, explode: map[string]bool{}}, log: &logBuffer{},
		t: t, dests: dests, timeout: generousTimeout}
	f.tg, f.slack = &recorder{clock: f.clock}, &recorder{clock: f.clock}
	f.api = f.claims
	f.s = f.with(t, f.clock, dests...)
	return f
}

// with returns another Scheduler over f's claims, senders and composer,
// as a second replica or a restarted process would be.
func (f *fixture) with(t *testing.T, clock *fakeClock, dests ...schedule.Destination) *schedule.Scheduler {
	t.Helper()
	s, err := schedule.New(schedule.Options{
		Destinations: dests,
		Senders:      map[bot.Platform]bot.Sender{bot.Telegram: f.tg, bot.Slack: f.slack},
		Claims:       f.api, Composer: f.comp, Clock: clock, Log: f.log.logger(), Owner: "test",
		SendTimeout: f.timeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func daily(name string, to bot.Destination, spec string, loc *time.Location) schedule.Destination {
	return schedule.Destination{Name: name, To: to, Spec: spec, Loc: loc}
}

func TestNewErrors(t *testing.T) {
	ok := daily("desk", tgChat, "0 8 * * *", time.UTC)
	senders := map[bot.Platform]bot.Sender{bot.Telegram: &recorder{}}
	tests := []struct {
		name  string
		opts  schedule.Options
		dests []schedule.Destination
		want  string
	}{
		{"no claims", schedule.Options{Composer: &composer{}}, nil, "no Claims"},
		{"no clock", schedule.Options{}, nil, "Options.Clock is not set"},
		{"no composer", schedule.Options{Claims: newClaims()}, nil, "no Composer"},
		{"negative timeout", schedule.Options{SendTimeout: -time.Second}, nil, "SendTimeout is negative"},
		{"bad spec", schedule.Options{}, []schedule.Destination{ok, daily("night", tgChat, "0 25 * * *", time.UTC)},
			`destination "night": schedule "0 25 * * *"`},
		{"empty spec", schedule.Options{}, []schedule.Destination{daily("desk", tgChat, " ", time.UTC)}, `destination "desk": empty schedule`},
		{"zone in spec", schedule.Options{}, []schedule.Destination{daily("desk", tgChat, "CRON_TZ=Asia/Tokyo 0 8 * * *", time.UTC)},
			"set the time zone in Loc"},
		{"never fires", schedule.Options{}, []schedule.Destination{daily("desk", tgChat, "0 0 30 2 *", time.UTC)}, `schedule "0 0 30 2 *" never fires`},
		{"no name", schedule.Options{}, []schedule.Destination{ok, daily("", tgChat, "@daily", time.UTC)}, "destination 2: no name"},
		{"duplicate", schedule.Options{}, []schedule.Destination{ok, ok}, `destination "desk": name used twice`},
		{"negative grace", schedule.Options{}, []schedule.Destination{{Name: "desk", To: tgChat, Spec: "@daily", Grace: -time.Minute}}, "grace is negative"},
		{"no sender", schedule.Options{}, []schedule.Destination{daily("desk", slackChan, "@daily", time.UTC)}, `destination "desk": no sender for platform "slack"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			if opts.Claims == nil && !strings.Contains(tt.want, "Claims") {
				opts.Claims = newClaims()
			}
			if opts.Composer == nil && !strings.Contains(tt.want, "Composer") {
				opts.Composer = &composer{}
			}
			opts.Senders, opts.Destinations = senders, tt.dests
			if opts.Clock == nil && !strings.Contains(tt.want, "Clock") {
				opts.Clock = newClock(time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC))
			}
			_, err := schedule.New(opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestNewDefaults(t *testing.T) {
	f := newFixture(t, slot8, schedule.Destination{Name: "desk", To: tgChat, Spec: "@daily"})
	got := f.s.Destinations()
	if len(got) != 1 || got[0].Grace != schedule.DefaultGrace || got[0].Loc != time.UTC {
		t.Errorf("Destinations() = %+v, want grace %v and UTC", got, schedule.DefaultGrace)
	}
}

var slot8 = time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC)

func TestDeliver(t *testing.T) {
	tests := []struct {
		name      string
		quiet     bool
		empty     bool
		wantPosts []string
	}{
		{"digest", false, false, []string{"desk 2025-12-04 08:00 UTC"}},
		{"empty digest says so", false, true, []string{"desk 2025-12-04 08:00 UTC (no new briefs)"}},
		{"empty digest, quiet destination", true, true, nil},
		{"quiet destination with news", true, false, []string{"desk 2025-12-04 08:00 UTC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := daily("desk", tgChat, "0 8 * * *", time.UTC)
			d.QuietWhenEmpty = tt.quiet
			f := newFixture(t, slot8, d)
			f.comp.empty["desk"] = tt.empty
			if err := f.s.Deliver(context.Background(), "desk", slot8); err != nil {
				t.Fatal(err)
			}
			if got := f.tg.titles("-100"); !slices.Equal(got, tt.wantPosts) {
				t.Errorf("posts %q, want %q", got, tt.wantPosts)
			}
			if got, want := f.claims.state("desk"), []string{"2025-12-04T08:00:00Z delivered"}; !slices.Equal(got, want) {
				t.Errorf("claims %q, want %q", got, want)
			}
			if got, want := strings.Join(f.claims.calls, ","), "claim desk,mark desk"; got != want {
				t.Errorf("store calls %s, want %s", got, want)
			}
			err := f.s.Deliver(context.Background(), "desk", slot8)
			if !errors.Is(err, schedule.ErrClaimed) {
				t.Errorf("second Deliver: %v, want ErrClaimed", err)
			}
			if got := f.tg.titles("-100"); len(got) != len(tt.wantPosts) {
				t.Errorf("second Deliver posted again: %q", got)
			}
		})
	}
}

func TestDeliverFailures(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(f *fixture)
		wantErr string
		state   string
	}{
		{"composer panics", func(f *fixture) { f.comp.explode["desk"] = true }, "compose panicked: composer exploded", "pending"},
		{"sender fails", func(f *fixture) { f.tg.fail = func(int) error { return errors.New("telegram: 502") } }, "send: telegram: 502", "pending"},
		{"sender panics", func(f *fixture) { f.tg.panic = true }, "send panicked: sender exploded", "pending"},
		{"sender hangs", func(f *fixture) { f.hangs() }, "send: context deadline exceeded", "pending"},
		{"mark fails", func(f *fixture) { f.claims.failMark = 1 }, "mark delivered: memclaims: database is locked", "pending"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, slot8, daily("desk", tgChat, "0 8 * * *", time.UTC))
			tt.setup(f)
			err := f.s.Deliver(context.Background(), "desk", slot8)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "deliver desk at 2025-12-04T08:00:00Z") {
				t.Fatalf("Deliver: %v, want an error naming the slot and %q", err, tt.wantErr)
			}
			if got, want := f.claims.state("desk"), []string{"2025-12-04T08:00:00Z " + tt.state}; !slices.Equal(got, want) {
				t.Errorf("claims %q, want %q", got, want)
			}
		})
	}
}

func TestDeliverUnknownDestination(t *testing.T) {
	f := newFixture(t, slot8, daily("desk", tgChat, "0 8 * * *", time.UTC))
	err := f.s.Deliver(context.Background(), "nope", slot8)
	if !errors.Is(err, briefs.ErrNotFound) || !strings.Contains(err.Error(), `"nope"`) {
		t.Fatalf("Deliver: %v, want ErrNotFound naming the destination", err)
	}
	if _, err := f.s.Next("nope", slot8); !errors.Is(err, briefs.ErrNotFound) {
		t.Fatalf("Next: %v, want ErrNotFound", err)
	}
}

// TestDeliverRace runs Deliver for one slot from many goroutines and two
// schedulers at once: exactly one posts.
func TestDeliverRace(t *testing.T) {
	d := daily("desk", tgChat, "0 8 * * *", time.UTC)
	f := newFixture(t, slot8, d)
	other := f.with(t, f.clock, d)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var ok, claimed int
	for i := range 16 {
		s := f.s
		if i%2 == 1 {
			s = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.Deliver(context.Background(), "desk", slot8)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				ok++
			case errors.Is(err, schedule.ErrClaimed):
				claimed++
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if ok != 1 || claimed != 15 || len(f.tg.got()) != 1 {
		t.Errorf("%d delivered, %d already claimed, %d posts; want 1, 15, 1", ok, claimed, len(f.tg.got()))
	}
}

// gatedClaims holds each ClaimSlot until the test lets it through, and
// counts how many are in at once.
type gatedClaims struct {
	*memClaims
	entered chan string
	gate    chan struct{}
	mu      sync.Mutex
	in      int
	most    int
}

func (g *gatedClaims) ClaimSlot(ctx context.Context, dest string, slot time.Time, owner string) (bool, error) {
	g.mu.Lock()
	g.in++
	g.most = max(g.most, g.in)
	g.mu.Unlock()
	g.entered <- dest
	<-g.gate
	g.mu.Lock()
	g.in--
	g.mu.Unlock()
	return g.memClaims.ClaimSlot(ctx, dest, slot, owner)
}

// TestClaimsWrittenFewAtATime: destinations due at once claim their slots
// two at a time, so the store's connections stay free for the compose they
// all wait for; all are still delivered.
func TestClaimsWrittenFewAtATime(t *testing.T) {
	const n = 10
	now := time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC)
	var dests []schedule.Destination
	for i := range n {
		to := tgChat
		to.ChatID = fmt.Sprint(-100 - i)
		dests = append(dests, daily(fmt.Sprint("d", i), to, "0 8 * * *", time.UTC))
	}
	f := newFixture(t, now, dests...)
	g := &gatedClaims{memClaims: f.claims, entered: make(chan string, n), gate: make(chan struct{})}
	f.api = g
	s := f.with(t, f.clock, dests...)
	errs := make(chan error, n)
	for _, d := range dests {
		go func() { errs <- s.Deliver(context.Background(), d.Name, now) }()
	}
	<-g.entered
	<-g.entered
	for i := range n {
		g.gate <- struct{}{}
		if i < n-2 {
			<-g.entered
		}
	}
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if g.most != 2 || len(f.tg.got()) != n {
		t.Errorf("%d claims in at once, %d posts; want 2 and %d", g.most, len(f.tg.got()), n)
	}
}
