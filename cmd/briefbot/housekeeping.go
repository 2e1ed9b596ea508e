package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/bot/schedule"
)

// seenKeep is how long the update ids the adapters record (for answering
// a redelivered update once) are kept: Telegram redelivers an update for
// up to a day, Slack retries within minutes; a week leaves a wide margin.
const seenKeep = 7 * 24 * time.Hour

// housekeepingEvery is how often the daemon forgets old update ids.
const housekeepingEvery = time.Hour

// seenForgetter deletes the update ids first seen before a time.
type seenForgetter interface {
	ForgetSeen(ctx context.Context, before time.Time) (int64, error)
}

// addHousekeeping adds the service that keeps the update ledger from
// growing without bound.
func (d *daemon) addHousekeeping(clock schedule.Clock) {
	log := d.app.log.With(slog.String("service", "housekeeping"))
	d.services = append(d.services, service{name: "housekeeping", run: func(ctx context.Context) error {
		return forgetSeenLoop(ctx, d.app.store, clock, log)
	}})
}

// forgetSeenLoop forgets the update ids seen more than seenKeep ago, at
// once and then every housekeepingEvery, until ctx ends. A failure is
// logged and tried again next time.
func forgetSeenLoop(ctx context.Context, st seenForgetter, clock schedule.Clock, log *slog.Logger) error {
	for {
		n, err := st.ForgetSeen(ctx, clock.Now().Add(-seenKeep))
		switch {
		case err != nil && ctx.Err() == nil:
			log.WarnContext(ctx, "forgetting old update ids failed; trying again later", slog.Any("err", err))
		case n > 0:
			log.DebugContext(ctx, "forgot old update ids", slog.Int64("rows", n))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-clock.After(housekeepingEvery):
		}
	}
}
