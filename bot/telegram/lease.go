package telegram

import (
	"context"
	"log/slog"
	"time"
)

// Lease is a lease in a store shared by replicas (*store.Store satisfies
// it): TryLease takes or renews name for holder until now+ttl and reports
// whether holder has it; ReleaseLease gives it up.
type Lease interface {
	TryLease(ctx context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, holder string) error
}

// pollLease is the name of the lease a replica must hold to long-poll.
const pollLease = "telegram.poll"

// DefaultLeaseTTL is how long the polling lease lasts unrenewed: a replica
// that dies is replaced within about this long (plus one retry interval,
// a third of it). The holder renews it every third of it.
const DefaultLeaseTTL = 15 * time.Second

// pollLeased long-polls while this replica holds the polling lease, and
// waits, trying every third of the TTL, while another does. Losing the
// lease (not renewed within its TTL) stops the poll in hand; the update
// being handled is finished. On shutdown the lease is released so another
// replica takes over at once.
func (a *Adapter) pollLeased(ctx context.Context) error {
	ttl := a.opts.LeaseTTL
	standby := false
	for ctx.Err() == nil {
		held, err := a.opts.Lease.TryLease(ctx, pollLease, a.opts.Holder, a.opts.Now(), ttl)
		if err != nil && ctx.Err() == nil {
			a.log.WarnContext(ctx, "telegram: polling lease", slog.Any("err", err))
		}
		if !held {
			if !standby && err == nil {
				a.log.InfoContext(ctx, "telegram: another replica is polling; standing by", slog.String("replica", a.opts.Holder))
				standby = true
			}
			_ = sleep(ctx, ttl/3)
			continue
		}
		standby = false
		a.log.InfoContext(ctx, "telegram: took the polling lease", slog.String("replica", a.opts.Holder))
		lctx, lost := context.WithCancel(ctx)
		renewed := make(chan struct{})
		go func() {
			defer close(renewed)
			a.keepLease(lctx, lost)
		}()
		err = a.pollOnce(lctx)
		lost()
		<-renewed
		if err != nil {
			return err
		}
		if ctx.Err() == nil {
			a.log.WarnContext(ctx, "telegram: lost the polling lease; standing by", slog.String("replica", a.opts.Holder))
		}
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.callTimeout)
	defer cancel()
	if err := a.opts.Lease.ReleaseLease(rctx, pollLease, a.opts.Holder); err != nil {
		a.log.WarnContext(rctx, "telegram: release polling lease", slog.Any("err", err))
	}
	return nil
}

// keepLease renews the lease every third of its TTL until ctx is done, and
// calls lost when it is taken by another replica or could not be renewed
// for a whole TTL (another may have taken it by then).
func (a *Adapter) keepLease(ctx context.Context, lost context.CancelFunc) {
	ttl := a.opts.LeaseTTL
	last := a.opts.Now()
	for sleep(ctx, ttl/3) == nil {
		now := a.opts.Now()
		held, err := a.opts.Lease.TryLease(ctx, pollLease, a.opts.Holder, now, ttl)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			a.log.WarnContext(ctx, "telegram: renew polling lease", slog.Any("err", err))
			if now.Sub(last) < ttl {
				continue
			}
		case held:
			last = now
			continue
		}
		lost()
		return
	}
}
