package main

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/metrics"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

// timedStore times the store queries chat commands and digests wait on,
// as briefbot_store_query_seconds{op}.
type timedStore struct {
	*store.Store
	m   *metrics.Metrics
	now func() time.Time
}

// queries returns the store the commands and digests read, timed when the
// app has metrics.
func (a *app) queries() timedStore { return timedStore{Store: a.store, m: a.metrics, now: a.now} }

func timed[T any](s timedStore, op string, fn func() (T, error)) (T, error) {
	if s.m == nil {
		return fn()
	}
	start := s.now()
	v, err := fn()
	s.m.StoreQuery(op, s.now().Sub(start))
	return v, err
}

func (s timedStore) Brief(ctx context.Context, id int64) (briefs.Brief, error) {
	return timed(s, "brief", func() (briefs.Brief, error) { return s.Store.Brief(ctx, id) })
}

func (s timedStore) Latest(ctx context.Context, n int) ([]briefs.Brief, error) {
	return timed(s, "latest", func() ([]briefs.Brief, error) { return s.Store.Latest(ctx, n) })
}

func (s timedStore) Search(ctx context.Context, query string, limit int) ([]briefs.Brief, error) {
	return timed(s, "search", func() ([]briefs.Brief, error) { return s.Store.Search(ctx, query, limit) })
}

func (s timedStore) SearchFor(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	return timed(s, "search", func() (store.SearchResult, error) { return s.Store.SearchFor(ctx, q) })
}

func (s timedStore) Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error) {
	return timed(s, "meetings", func() ([]briefs.Meeting, error) { return s.Store.Meetings(ctx, q) })
}

func (s timedStore) MeetingPage(ctx context.Context, q store.MeetingQuery, upTo int) ([]briefs.Meeting, int, error) {
	var n int
	ms, err := timed(s, "meetings", func() ([]briefs.Meeting, error) {
		ms, count, err := s.Store.MeetingPage(ctx, q, upTo)
		n = count
		return ms, err
	})
	return ms, n, err
}

func (s timedStore) IngestedBetween(ctx context.Context, from, to time.Time, limit int) ([]briefs.Brief, error) {
	return timed(s, "ingested_between", func() ([]briefs.Brief, error) { return s.Store.IngestedBetween(ctx, from, to, limit) })
}

func (s timedStore) Window(ctx context.Context, from, to time.Time, limit int) ([]store.WindowBrief, error) {
	return timed(s, "window", func() ([]store.WindowBrief, error) { return s.Store.Window(ctx, from, to, limit) })
}

// observedClaims is the scheduler's claim store, counting how each slot
// ends: delivered (posted, or nothing to post for a quiet destination) or
// skipped.
type observedClaims struct {
	*store.Store
	cfg config.Config
	m   *metrics.Metrics
	now func() time.Time
}

// MarkDelivered records the delivery and counts it.
func (c observedClaims) MarkDelivered(ctx context.Context, dest string, slot time.Time, ids []int64) error {
	if err := c.Store.MarkDelivered(ctx, dest, slot, ids); err != nil {
		return err
	}
	if d, ok := c.cfg.Destination(dest); ok && d.QuietWhenEmpty && len(ids) == 0 {
		c.m.DigestResult(dest, metrics.Skipped) // nothing new, nothing posted
		return nil
	}
	c.m.DigestPosted(dest, slot, c.now())
	return nil
}

// SkipSlot records a slot given up and counts it.
func (c observedClaims) SkipSlot(ctx context.Context, dest string, slot time.Time) error {
	c.m.DigestResult(dest, metrics.Skipped)
	return c.Store.SkipSlot(ctx, dest, slot)
}

// countFailures wraps the scheduler's senders so that a failed post counts
// as briefbot_digests_total{result="failed"} for its destination.
func countFailures(cfg config.Config, m *metrics.Metrics, senders map[bot.Platform]bot.Sender) map[bot.Platform]bot.Sender {
	names := map[bot.Destination]string{}
	for _, d := range cfg.Destinations {
		names[bot.Destination{Platform: bot.Platform(d.Platform), ChatID: d.Chat, ThreadID: d.Thread}] = d.Name
	}
	out := make(map[bot.Platform]bot.Sender, len(senders))
	for p, s := range senders {
		out[p] = countingSender{s: s, failed: func(to bot.Destination) { m.DigestResult(names[to], metrics.Failed) }}
	}
	return out
}

// countingSender counts the failed posts of s. It is a bot.Poster, so the
// scheduler still learns where a digest went when s can tell.
type countingSender struct {
	s      bot.Sender
	failed func(to bot.Destination)
}

func (c countingSender) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, err := c.Post(ctx, to, r)
	return err
}

func (c countingSender) Post(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	var ref string
	var err error
	if p, ok := c.s.(bot.Poster); ok {
		ref, err = p.Post(ctx, to, r)
	} else {
		err = c.s.Send(ctx, to, r)
	}
	if err != nil {
		c.failed(to)
	}
	return ref, err
}

// timedStoreCheck is the store's readiness check: a cheap query, timed.
func (a *app) timedStoreCheck(ctx context.Context) (int, error) {
	return timed(a.queries(), "ping", func() (int, error) { return a.store.SchemaVersion(ctx) })
}
