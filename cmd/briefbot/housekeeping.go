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

// housekeepingEvery is how often the daemon tidies the store.
const housekeepingEvery = time.Hour

// meetingIndexEvery is how often the daemon looks at the keyword index of
// /meetings, which takes a segment with every write that changes a
// meeting and is read several times more slowly in more than one (see
// store.MergeMeetingIndex). Merging it costs little: at 1,000,000 briefs
// it is 4 MB.
const meetingIndexEvery = 5 * time.Minute

// Search index upkeep: every ingest batch leaves a segment in SQLite's
// full-text index and FTS5 merges them only 16 at a time, so a busy store
// carries a dozen or more, and /search reads each of them for every word
// (at 100,000 briefs, 12 segments answer in about 1.3 times the time of
// one). Past searchSegmentsMax, housekeeping merges the index into one in
// steps of searchMergePages pages, each a short write transaction, so
// chat, digests and ingest go on meanwhile. A merge rewrites the index: at
// 1,000,000 briefs about 36 s of disk work and 19 s of CPU, at most once
// an hour and only after intake added segments.
const (
	searchSegmentsMax = 4
	searchMergePages  = 2000
)

// housekeeper is the store as housekeeping uses it.
type housekeeper interface {
	ForgetSeen(ctx context.Context, before time.Time) (int64, error)
	SearchIndexSegments(ctx context.Context) (int, error)
	MergeSearchIndexAll(ctx context.Context, pages int, step func()) error
	MeetingIndexSegments(ctx context.Context) (int, error)
	MergeMeetingIndex(ctx context.Context) error
}

// addHousekeeping adds the service that keeps the update ledger from
// growing without bound and the search index in few segments.
func (d *daemon) addHousekeeping(clock schedule.Clock) {
	log := d.app.log.With(slog.String("service", "housekeeping"))
	d.services = append(d.services, service{name: "housekeeping", run: func(ctx context.Context) error {
		return housekeepingLoop(ctx, d.app.store, clock, log)
	}})
}

// housekeepingLoop tidies the store at once and then every
// housekeepingEvery, and the keyword index of /meetings every
// meetingIndexEvery, until ctx ends. A failure is logged and tried again
// next time.
func housekeepingLoop(ctx context.Context, st housekeeper, clock schedule.Clock, log *slog.Logger) error {
	var last time.Time
	for {
		if now := clock.Now(); last.IsZero() || now.Sub(last) >= housekeepingEvery {
			last = now
			forgetSeen(ctx, st, clock, log)
			tidySearchIndex(ctx, st, clock, log)
		}
		tidyMeetingIndex(ctx, st, clock, log)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-clock.After(meetingIndexEvery):
		}
	}
}

// tidyMeetingIndex merges the keyword index of /meetings when it has more
// than one segment.
func tidyMeetingIndex(ctx context.Context, st housekeeper, clock schedule.Clock, log *slog.Logger) {
	n, err := st.MeetingIndexSegments(ctx)
	if err == nil && n > 1 {
		start := clock.Now()
		if err = st.MergeMeetingIndex(ctx); err == nil {
			log.DebugContext(ctx, "merged the meetings keyword index", slog.Int("segments", n),
				slog.Duration("took", clock.Now().Sub(start)))
		}
	}
	if err != nil && ctx.Err() == nil {
		log.WarnContext(ctx, "merging the meetings keyword index failed; trying again later", slog.Any("err", err))
	}
}

// forgetSeen forgets the update ids seen more than seenKeep ago.
func forgetSeen(ctx context.Context, st housekeeper, clock schedule.Clock, log *slog.Logger) {
	n, err := st.ForgetSeen(ctx, clock.Now().Add(-seenKeep))
	switch {
	case err != nil && ctx.Err() == nil:
		log.WarnContext(ctx, "forgetting old update ids failed; trying again later", slog.Any("err", err))
	case n > 0:
		log.DebugContext(ctx, "forgot old update ids", slog.Int64("rows", n))
	}
}

// tidySearchIndex merges the search index when it has more than
// searchSegmentsMax segments.
func tidySearchIndex(ctx context.Context, st housekeeper, clock schedule.Clock, log *slog.Logger) {
	n, err := st.SearchIndexSegments(ctx)
	if err != nil || n <= searchSegmentsMax {
		if err != nil && ctx.Err() == nil {
			log.WarnContext(ctx, "counting the search index's segments failed; trying again later", slog.Any("err", err))
		}
		return
	}
	start, steps := clock.Now(), 0
	err = st.MergeSearchIndexAll(ctx, searchMergePages, func() { steps++ })
	took := slog.Duration("took", clock.Now().Sub(start))
	if err != nil {
		if ctx.Err() == nil {
			log.WarnContext(ctx, "merging the search index failed; what was merged stays merged, trying again later",
				slog.Int("segments", n), slog.Int("steps", steps), took, slog.Any("err", err))
		}
		return
	}
	log.InfoContext(ctx, "merged the search index", slog.Int("segments", n), slog.Int("steps", steps), took)
}
