package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// job is one slot on its way out. Its flags record the stages done, so a
// retry repeats only what failed: a post the platform accepted is never sent
// again because marking it failed.
type job struct {
	d        *dest
	slot     time.Time
	claimed  bool
	composed bool
	sent     bool
	reply    bot.Reply
	ref      string // the platform's reference to the post
	ids      []int64
	empty    bool
}

// Deliver posts dest's digest for slot once: it claims the slot, composes
// the digest, sends it and marks the slot delivered. It returns an error
// wrapping ErrClaimed when the slot was already claimed, and one wrapping
// briefs.ErrNotFound for an unknown destination. It does not retry; a failure
// after the claim leaves the slot pending, for the next start to finish.
func (s *Scheduler) Deliver(ctx context.Context, dest string, slot time.Time) error {
	d, err := s.lookup(dest)
	if err != nil {
		return err
	}
	j := &job{d: d, slot: slot}
	if err := s.step(ctx, j); err != nil {
		return fmt.Errorf("schedule: deliver %s at %s: %w", dest, slot.Format(time.RFC3339), err)
	}
	return nil
}

// step runs j's remaining stages.
func (s *Scheduler) step(ctx context.Context, j *job) error {
	if !j.claimed {
		var ok bool
		err := s.record(ctx, func(ctx context.Context) (err error) {
			ok, err = s.claims.ClaimSlot(ctx, j.d.Name, j.slot, s.owner)
			return err
		})
		if err != nil {
			return fmt.Errorf("claim: %w", err)
		}
		if !ok {
			return ErrClaimed
		}
		j.claimed = true
	}
	if !j.composed {
		// The attempt writes its own variables, never j: an attempt that
		// guard abandons may still finish while the next one runs.
		var (
			reply bot.Reply
			ids   []int64
			empty bool
		)
		err := s.guard(ctx, j, "compose", func(ctx context.Context) error {
			var err error
			reply, ids, empty, err = s.composer.Compose(ctx, j.d.Destination, j.slot)
			return err
		})
		if err != nil {
			return err
		}
		j.reply, j.ids, j.empty, j.composed = reply, ids, empty, true
	}
	if !j.sent && !(j.empty && j.d.QuietWhenEmpty) {
		sender := s.senders[j.d.To.Platform]
		var ref string // set only by an attempt that finished
		err := s.guard(ctx, j, "send", func(ctx context.Context) error {
			if p, ok := sender.(bot.Poster); ok {
				var err error
				ref, err = p.Post(ctx, j.d.To, j.reply)
				return err
			}
			return sender.Send(ctx, j.d.To, j.reply)
		})
		if err != nil {
			return err
		}
		j.sent, j.ref = true, ref
	}
	// The post is out: record it even if ctx was cancelled meanwhile, or
	// the next start would post it again.
	mctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
	defer cancel()
	return s.record(mctx, func(mctx context.Context) error {
		if j.sent && s.posted != nil {
			if err := s.posted(mctx, j.d.Destination, j.slot, j.reply, j.ref); err != nil {
				s.log.WarnContext(ctx, "recording what the digest told failed", slog.String("dest", j.d.Name), slog.Any("err", err))
			}
		}
		if err := s.claims.MarkDelivered(mctx, j.d.Name, j.slot, j.ids); err != nil {
			return fmt.Errorf("mark delivered: %w", err)
		}
		return nil
	})
}

// recordWorkers bounds the claims and delivery records written at once.
// When hundreds of destinations are due at the same minute, each claiming
// its slot would otherwise hold one of the store's few connections while
// waiting for the single writer, and the reads of the one compose they all
// wait for queued behind them: at 1,000 destinations the first digest went
// out seconds late.
const recordWorkers = 2

// record runs fn, a write to the claims store, once fewer than
// recordWorkers others are running; waiting ends with ctx.
func (s *Scheduler) record(ctx context.Context, fn func(context.Context) error) error {
	select {
	case s.records <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.records }()
	return fn(ctx)
}

// guard runs fn until j's attempt deadline, turning a panic into an error.
// A fn that ignores its context is abandoned when the deadline passes.
func (s *Scheduler) guard(ctx context.Context, j *job, what string, fn func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, s.attemptTimeout(j))
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- fmt.Errorf("%s panicked: %v", what, p)
			}
		}()
		done <- fn(ctx)
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", what, context.Cause(ctx))
	}
}

// attemptTimeout is the time left for a stage of j: until the end of the
// slot's grace window on the scheduler's clock, capped by SendTimeout when
// that is set. A Deliver outside any window (a manual run) has no
// deadline but SendTimeout's.
func (s *Scheduler) attemptTimeout(j *job) time.Duration {
	left := j.slot.Add(j.d.Grace).Sub(s.clock.Now())
	if s.sendTimeout > 0 {
		left = min(left, s.sendTimeout)
	}
	return left
}

// minAttempt is the least time left in a slot's grace window worth
// another attempt.
const minAttempt = time.Second

// deliverRetry runs j until it is delivered, the slot turns out to be
// someone else's, the grace window closes or ctx is done. It waits between
// attempts with a doubling backoff. An attempt under way when ctx ends has
// drainLimit to finish; no other begins.
func (s *Scheduler) deliverRetry(ctx context.Context, j *job) {
	log := s.log.With(slog.String("dest", j.d.Name), slog.Time("slot", j.slot))
	backoff := s.retryMin
	deadline := j.slot.Add(j.d.Grace)
	for attempt := 1; ctx.Err() == nil; attempt++ {
		actx, done := s.outliving(ctx)
		err := s.step(actx, j)
		done()
		switch {
		case err == nil:
			log.InfoContext(ctx, "digest delivered", slog.Bool("posted", j.sent), slog.Int("briefs", len(j.ids)), slog.Int("attempt", attempt))
			return
		case errors.Is(err, ErrClaimed):
			log.InfoContext(ctx, "slot already claimed elsewhere; not posting")
			return
		case ctx.Err() != nil:
			log.WarnContext(ctx, "stopped before the digest was delivered; the next start finishes it", slog.Any("err", err))
			return
		}
		wait := backoff
		left := deadline.Sub(s.clock.Now())
		switch {
		case j.sent:
			// Only the record is missing: keep trying whatever the grace,
			// or a restart would post the slot again.
			log.ErrorContext(ctx, "digest posted but not recorded; retrying", slog.Any("err", err), slog.Duration("retry_in", wait))
		case left < minAttempt:
			log.ErrorContext(ctx, "digest not delivered within the grace window; giving up", slog.Any("err", err), slog.Int("attempts", attempt), slog.Time("deadline", deadline))
			if j.claimed {
				s.skip(ctx, j.d, j.slot)
			}
			return
		default:
			// Retry while the slot may still be posted: near the end of
			// the window, attempts come at half the time left, so the
			// last still gets a fair share of it.
			wait = min(wait, left/2)
			log.WarnContext(ctx, "digest attempt failed; retrying", slog.Any("err", err), slog.Int("attempt", attempt), slog.Duration("retry_in", wait))
		}
		if !s.sleep(ctx, wait) {
			return
		}
		backoff = min(2*backoff, s.retryMax)
		if j.claimed && !j.sent && !s.stillPending(ctx, j) {
			log.InfoContext(ctx, "slot was delivered elsewhere meanwhile; not posting")
			return
		}
	}
}

// drainLimit is how long a shutdown lets a digest attempt already under
// way finish, on the scheduler's clock. A claimed slot is then posted and
// recorded by the replica that claimed it, not left for the next start;
// no new attempt begins once the shutdown has.
const drainLimit = 10 * time.Second

// outliving returns a context for one attempt begun under ctx. It ends
// drainLimit after ctx does, or when done is called.
func (s *Scheduler) outliving(ctx context.Context) (actx context.Context, done func()) {
	actx, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	go func() {
		select {
		case <-actx.Done():
			return
		case <-ctx.Done():
		}
		select {
		case <-actx.Done():
		case <-s.clock.After(drainLimit):
			cancel(fmt.Errorf("shutdown: attempt not finished within %s: %w", drainLimit, context.Cause(ctx)))
		}
	}()
	return actx, func() { cancel(context.Canceled) }
}

// stillPending reports whether j's slot is still claimed and undelivered.
// When the store cannot tell, it assumes so.
func (s *Scheduler) stillPending(ctx context.Context, j *job) bool {
	pending, err := s.claims.PendingSlots(ctx, j.d.Name)
	if err != nil {
		return true
	}
	for _, p := range pending {
		if p.Equal(j.slot) {
			return true
		}
	}
	return false
}

// sleep waits d on the clock; it reports false when ctx ended first.
func (s *Scheduler) sleep(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-s.clock.After(d):
		return true
	}
}
