// Package schedule posts each destination's digest on its own cron schedule
// and time zone, exactly once per slot.
//
// A slot is a destination and the instant its schedule fires. Before posting
// a slot the scheduler claims it in a shared store (Claims); it marks the
// slot delivered once the platform has accepted the post. Several schedulers
// on one store, a restart or an overlapping manual run therefore never post
// a slot twice, and a claim left behind by a crash is finished by the next
// start while the slot is still within the destination's grace window.
//
// Timing is driven by an injectable Clock, so tests move time by hand.
// Schedules are evaluated on the destination's wall clock: on the day
// daylight saving time skips a slot's hour the slot fires at the first
// instant after the gap, and on the day an hour repeats it fires once.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// Defaults for the zero values of Destination and Options fields.
const (
	DefaultGrace    = 2 * time.Hour
	DefaultRetryMin = 30 * time.Second
	DefaultRetryMax = 10 * time.Minute
)

// markTimeout bounds recording a delivery, and settleAttempt is how long a
// starting scheduler waits for another's attempt in flight at a pending
// slot before finishing it itself.
const (
	markTimeout   = 30 * time.Second
	settleAttempt = time.Minute
)

// maxWait caps one wait on the clock, so a jump of the wall clock (a
// suspended machine, an NTP step) is noticed within a minute.
const maxWait = time.Minute

// ErrClaimed reports that a slot was already claimed, by this or another
// scheduler: it has been posted or is being posted.
var ErrClaimed = errors.New("slot already claimed")

// Claims records which slots were claimed and delivered. *store.Store
// satisfies it. Slots are compared as instants (in UTC).
type Claims interface {
	// ClaimSlot reports whether this call claimed dest's slot; of any number
	// of concurrent callers exactly one gets true.
	ClaimSlot(ctx context.Context, dest string, slot time.Time, owner string) (bool, error)
	// MarkDelivered records that dest's slot was posted with briefIDs.
	MarkDelivered(ctx context.Context, dest string, slot time.Time, briefIDs []int64) error
	// PendingSlots returns dest's claimed but undelivered slots, oldest first.
	PendingSlots(ctx context.Context, dest string) ([]time.Time, error)
	// LastDelivered returns dest's newest delivered slot, or an error
	// wrapping briefs.ErrNotFound when there is none.
	LastDelivered(ctx context.Context, dest string) (time.Time, error)
}

// Skipper is optionally implemented by Claims. SkipSlot records that dest's
// claimed slot will never be posted: it is no longer pending, and it is not
// delivered either, so the next digest still covers its briefs. Without it
// such a claim stays pending and is logged again at each start.
type Skipper interface {
	SkipSlot(ctx context.Context, dest string, slot time.Time) error
}

// Composer builds the digest of dest for slot. empty reports that there is
// nothing new; reply is then the "no new briefs" message.
type Composer interface {
	Compose(ctx context.Context, dest Destination, slot time.Time) (reply bot.Reply, briefIDs []int64, empty bool, err error)
}

// ComposerFunc adapts a function to a Composer.
type ComposerFunc func(ctx context.Context, dest Destination, slot time.Time) (bot.Reply, []int64, bool, error)

// Compose calls f.
func (f ComposerFunc) Compose(ctx context.Context, dest Destination, slot time.Time) (bot.Reply, []int64, bool, error) {
	return f(ctx, dest, slot)
}

// Clock tells the time and waits. briefbot's wiring passes the system clock;
// tests use a fake that they advance by hand.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// Destination is a chat that gets a digest on a schedule.
type Destination struct {
	// Name identifies the destination in claims, logs and "digest -to".
	Name string
	// To is where the digest is posted; To.Platform picks the Sender.
	To bot.Destination
	// Spec is a cron spec of 5 fields ("0 8 * * 1-5") or a descriptor
	// ("@daily", "@every 6h"), read in Loc.
	Spec string
	// Loc is the time zone Spec is read in; nil means UTC.
	Loc *time.Location
	// Grace is how late a slot may still be posted (default 2h).
	Grace time.Duration
	// QuietWhenEmpty posts nothing when the digest has nothing new; the
	// slot is still marked delivered.
	QuietWhenEmpty bool
}

// Options configure a Scheduler. Claims, Composer and a Sender for every
// destination's platform are required.
type Options struct {
	Destinations []Destination
	Senders      map[bot.Platform]bot.Sender
	Claims       Claims
	Composer     Composer
	Clock        Clock        // required
	Log          *slog.Logger // default discards
	// Owner is recorded with each claim (default "host:pid").
	Owner string
	// SendTimeout, when positive, caps each Compose call and each Send
	// call. Whatever it is, an attempt ends when the slot's grace window
	// does: a slow compose or a long queue behind a platform's rate limit
	// is not cut short while the slot can still be posted.
	SendTimeout time.Duration
	// RetryMin and RetryMax bound the doubling wait between failed attempts
	// at one slot (defaults 30s and 10m). Retries stop at the end of the
	// slot's grace window.
	RetryMin, RetryMax time.Duration
	// Posted, when set, is told of each digest the platform accepted, with
	// the platform's reference to the post when the Sender is a bot.Poster,
	// before the slot is marked delivered (so it may be told twice). Its
	// error is logged.
	Posted func(ctx context.Context, dest Destination, slot time.Time, r bot.Reply, ref string) error
}

// Scheduler posts digests on schedule. Create it with New.
type Scheduler struct {
	dests       []*dest
	byName      map[string]*dest
	senders     map[bot.Platform]bot.Sender
	claims      Claims
	composer    Composer
	clock       Clock
	log         *slog.Logger
	owner       string
	sendTimeout time.Duration
	retryMin    time.Duration
	retryMax    time.Duration
	posted      func(ctx context.Context, dest Destination, slot time.Time, r bot.Reply, ref string) error
	records     chan struct{} // see record
}

// dest is a Destination with its parsed schedule.
type dest struct {
	Destination
	sched slots
}

// New checks opts and returns a Scheduler. Every spec is parsed here; an
// error names the destination and the problem.
func New(opts Options) (*Scheduler, error) {
	if opts.Claims == nil {
		return nil, errors.New("schedule: no Claims store")
	}
	if opts.Composer == nil {
		return nil, errors.New("schedule: no Composer")
	}
	s := &Scheduler{
		records: make(chan struct{}, recordWorkers),
		byName:  map[string]*dest{}, senders: opts.Senders, claims: opts.Claims, composer: opts.Composer,
		clock: opts.Clock, log: opts.Log, owner: opts.Owner,
		sendTimeout: opts.SendTimeout, retryMin: opts.RetryMin, retryMax: opts.RetryMax, posted: opts.Posted,
	}
	if err := s.defaults(); err != nil {
		return nil, err
	}
	for i, d := range opts.Destinations {
		nd, err := s.newDest(d)
		if err != nil {
			if d.Name == "" {
				return nil, fmt.Errorf("schedule: destination %d: %w", i+1, err)
			}
			return nil, fmt.Errorf("schedule: destination %q: %w", d.Name, err)
		}
		s.dests = append(s.dests, nd)
		s.byName[d.Name] = nd
	}
	return s, nil
}

func (s *Scheduler) defaults() error {
	if s.clock == nil {
		return errors.New("schedule: Options.Clock is not set")
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.owner == "" {
		host, _ := os.Hostname()
		s.owner = host + ":" + strconv.Itoa(os.Getpid())
	}
	for _, v := range []struct {
		name string
		d    *time.Duration
		def  time.Duration
	}{{"SendTimeout", &s.sendTimeout, 0}, {"RetryMin", &s.retryMin, DefaultRetryMin}, {"RetryMax", &s.retryMax, DefaultRetryMax}} {
		switch {
		case *v.d < 0:
			return fmt.Errorf("schedule: %s is negative (%v)", v.name, *v.d)
		case *v.d == 0:
			*v.d = v.def
		}
	}
	if s.retryMax < s.retryMin {
		s.retryMax = s.retryMin
	}
	return nil
}

func (s *Scheduler) newDest(d Destination) (*dest, error) {
	switch {
	case d.Name == "":
		return nil, errors.New("no name")
	case s.byName[d.Name] != nil:
		return nil, errors.New("name used twice")
	case d.Grace < 0:
		return nil, fmt.Errorf("grace is negative (%v)", d.Grace)
	case s.senders[d.To.Platform] == nil:
		return nil, fmt.Errorf("no sender for platform %q", d.To.Platform)
	}
	if d.Grace == 0 {
		d.Grace = DefaultGrace
	}
	if d.Loc == nil {
		d.Loc = time.UTC
	}
	sched, err := parseSpec(d.Spec, d.Loc)
	if err != nil {
		return nil, err
	}
	if sched.next(s.clock.Now()).IsZero() {
		return nil, fmt.Errorf("schedule %q never fires", d.Spec)
	}
	return &dest{Destination: d, sched: sched}, nil
}

// Destinations returns the destinations as New completed them (default
// grace and zone filled in).
func (s *Scheduler) Destinations() []Destination {
	out := make([]Destination, len(s.dests))
	for i, d := range s.dests {
		out[i] = d.Destination
	}
	return out
}

// Next returns the first slot of dest strictly after after, in dest's time
// zone. It answers /schedule.
func (s *Scheduler) Next(dest string, after time.Time) (time.Time, error) {
	d, err := s.lookup(dest)
	if err != nil {
		return time.Time{}, err
	}
	t := d.sched.next(after)
	if t.IsZero() {
		return time.Time{}, fmt.Errorf("schedule: destination %q: schedule %q does not fire after %s", dest, d.Spec, after.Format(time.RFC3339))
	}
	return t, nil
}

func (s *Scheduler) lookup(name string) (*dest, error) {
	d := s.byName[name]
	if d == nil {
		return nil, fmt.Errorf("schedule: destination %q: %w", name, briefs.ErrNotFound)
	}
	return d, nil
}
