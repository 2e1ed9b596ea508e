package schedule

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// lookback bounds how far back a start looks for missed slots to report.
const lookback = 7 * 24 * time.Hour

// maxMissed bounds how many missed slots one log line lists.
const maxMissed = 1000

// Run posts digests until ctx is done, then returns ctx's error. Each
// destination runs in its own goroutine: on start it finishes the slots a
// crash left claimed but undelivered and posts the newest missed slot still
// within grace (older missed slots are skipped with a log line); then it
// posts each slot as it comes. A failing, slow or panicking Composer or
// Sender delays only its own destination.
func (s *Scheduler) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, d := range s.dests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.runDest(ctx, d)
		}()
	}
	wg.Wait()
	<-ctx.Done() // with no destinations, or all of them stopped, still run until told
	return ctx.Err()
}

func (s *Scheduler) runDest(ctx context.Context, d *dest) {
	log := s.log.With(slog.String("dest", d.Name))
	s.safely(ctx, log, func() { s.finishPending(ctx, d) })
	cursor := s.clock.Now()
	s.safely(ctx, log, func() { cursor = s.startCursor(ctx, d) })
	log.InfoContext(ctx, "digest schedule started", slog.String("spec", d.Spec), slog.String("zone", d.Loc.String()),
		slog.Duration("grace", d.Grace), slog.Time("next", d.sched.next(s.clock.Now())))
	for ctx.Err() == nil {
		next := d.sched.next(cursor)
		if next.IsZero() {
			log.ErrorContext(ctx, "schedule never fires again; destination stopped", slog.String("spec", d.Spec))
			return
		}
		if !s.waitUntil(ctx, next) {
			return
		}
		now := s.clock.Now()
		s.safely(ctx, log, func() { s.handleDue(ctx, d, cursor, now) })
		cursor = now
	}
}

// safely runs fn, logging a panic instead of dying of it.
func (s *Scheduler) safely(ctx context.Context, log *slog.Logger, fn func()) {
	defer func() {
		if p := recover(); p != nil {
			log.ErrorContext(ctx, "scheduler panicked; continuing with the next slot", slog.Any("panic", p))
		}
	}()
	fn()
}

// finishPending finishes the slots a crash left claimed and undelivered,
// if they are still within grace. A live scheduler may be posting such a
// slot right now, so it first waits long enough for an attempt in flight
// to finish, then looks again.
func (s *Scheduler) finishPending(ctx context.Context, d *dest) {
	log := s.log.With(slog.String("dest", d.Name))
	pending, err := s.claims.PendingSlots(ctx, d.Name)
	if err != nil {
		log.ErrorContext(ctx, "cannot read pending slots", slog.Any("err", err))
		return
	}
	if len(s.fresh(d, pending)) > 0 {
		if !s.sleep(ctx, s.settle()) {
			return
		}
		if pending, err = s.claims.PendingSlots(ctx, d.Name); err != nil {
			log.ErrorContext(ctx, "cannot read pending slots", slog.Any("err", err))
			return
		}
	}
	fresh := s.fresh(d, pending)
	for _, p := range pending {
		if !fresh[p.UnixNano()] {
			log.WarnContext(ctx, "slot was claimed but never delivered and is past its grace window; not posting it", slog.Time("slot", p))
			s.skip(ctx, d, p)
		}
	}
	for _, p := range pending {
		if fresh[p.UnixNano()] && ctx.Err() == nil {
			log.InfoContext(ctx, "finishing a slot claimed but not delivered", slog.Time("slot", p))
			s.deliverRetry(ctx, &job{d: d, slot: p, claimed: true})
		}
	}
}

// skip marks a claimed slot skipped, if Claims can.
func (s *Scheduler) skip(ctx context.Context, d *dest, slot time.Time) {
	sk, ok := s.claims.(Skipper)
	if !ok {
		return
	}
	if err := sk.SkipSlot(ctx, d.Name, slot); err != nil {
		s.log.ErrorContext(ctx, "cannot mark a slot skipped", slog.String("dest", d.Name), slog.Time("slot", slot), slog.Any("err", err))
	}
}

// fresh returns the slots of pending still within d's grace window.
func (s *Scheduler) fresh(d *dest, pending []time.Time) map[int64]bool {
	now := s.clock.Now()
	out := map[int64]bool{}
	for _, p := range pending {
		if now.Sub(p) <= d.Grace {
			out[p.UnixNano()] = true
		}
	}
	return out
}

// settle is how long a starting scheduler waits for an attempt another one
// may have in flight: a capped compose and send, or settleAttempt. (An
// uncapped attempt may run to the end of grace; the claim still keeps the
// slot single, at worst the digest is late.)
func (s *Scheduler) settle() time.Duration {
	if s.sendTimeout > 0 {
		return 2*s.sendTimeout + time.Second
	}
	return settleAttempt
}

// startCursor returns the instant after which a starting scheduler looks
// for slots: the last delivered slot (at most a week back). A destination
// that never had a digest starts with its next slot: nothing was missed.
func (s *Scheduler) startCursor(ctx context.Context, d *dest) time.Time {
	now := s.clock.Now()
	last, err := s.claims.LastDelivered(ctx, d.Name)
	switch {
	case errors.Is(err, briefs.ErrNotFound):
		return now
	case err != nil:
		s.log.ErrorContext(ctx, "cannot read the last delivered slot", slog.String("dest", d.Name), slog.Any("err", err))
		return now.Add(-d.Grace)
	}
	if floor := now.Add(-max(lookback, d.Grace)); last.Before(floor) {
		return floor
	}
	return last
}

// handleDue deals with d's slots in (from, now]: the newest is posted if it
// is within grace; the others are skipped with a log line, since one digest
// covers everything since the last one.
func (s *Scheduler) handleDue(ctx context.Context, d *dest, from, now time.Time) {
	newest := d.sched.latest(from, now)
	if newest.IsZero() {
		return
	}
	skipped, more := d.sched.between(from, newest.Add(-time.Nanosecond), maxMissed)
	late := now.Sub(newest) > d.Grace
	if late {
		skipped = append(skipped, newest)
	}
	if len(skipped) > 0 {
		s.log.WarnContext(ctx, "missed digest slots skipped: past the grace window or followed by a newer slot",
			slog.String("dest", d.Name), slog.Int("count", len(skipped)), slog.Bool("more", more),
			slog.Time("oldest", skipped[0]), slog.Time("newest", skipped[len(skipped)-1]), slog.Duration("grace", d.Grace))
	}
	if !late {
		s.deliverRetry(ctx, &job{d: d, slot: newest})
	}
}

// waitUntil waits on the clock until t, in steps of at most maxWait; it
// reports false when ctx ended first.
func (s *Scheduler) waitUntil(ctx context.Context, t time.Time) bool {
	for {
		d := t.Sub(s.clock.Now())
		if d <= 0 {
			return true
		}
		if !s.sleep(ctx, min(d, maxWait)) {
			return false
		}
	}
}
