package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/briefbot/briefbot/briefs"
)

// feedAccept is the Accept header of a feed request.
const feedAccept = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

// Result is what one poll of one feed did.
type Result struct {
	Feed        Feed
	NotModified bool
	Added       int // new briefs stored
	Seen        int // items already stored before, or duplicates of stored briefs
	Err         error
	State       briefs.FeedState // as saved after the poll
}

// Poll fetches f now, stores its new items as briefs and saves its state.
// A failed poll is recorded in the state (with the next poll backed off)
// and returned in Result.Err; an error saving the state is returned too.
func (p *Poller) Poll(ctx context.Context, f Feed) Result {
	st, err := p.Store.FeedState(ctx, f.URL)
	if err != nil && !errors.Is(err, briefs.ErrNotFound) {
		return Result{Feed: f, Err: err, State: st}
	}
	st.URL = f.URL
	res := p.poll(ctx, f, &st)
	if res.Err != nil && ctx.Err() != nil {
		return res // shutting down: not the feed's failure
	}
	now := p.Now()
	st.LastPoll = now
	switch {
	case res.Err != nil:
		st.Failures++
		wait := p.backoff(f.Every, st.Failures)
		var he *HTTPError
		if errors.As(res.Err, &he) && he.RetryAfter > wait {
			wait = he.RetryAfter
		}
		st.NextPoll = now.Add(wait)
		st.LastResult = "error: " + res.Err.Error()
		p.log().WarnContext(ctx, "feed poll failed", slog.String("feed", f.Name), slog.Int("failures", st.Failures),
			slog.Time("next_poll", st.NextPoll), slog.Any("err", res.Err))
	default:
		st.Failures = 0
		st.NextPoll = now.Add(f.Every)
		st.Items += res.Added
		st.LastResult = fmt.Sprintf("%d new, %d seen", res.Added, res.Seen)
		if res.NotModified {
			st.LastResult = "not modified"
		}
		p.log().InfoContext(ctx, "feed polled", slog.String("feed", f.Name), slog.String("result", st.LastResult))
	}
	if err := p.Store.SaveFeedState(ctx, st); err != nil {
		res.Err = errors.Join(res.Err, err)
	}
	res.State = st
	if p.Polled != nil {
		p.Polled(res)
	}
	return res
}

// poll does the fetching and storing of Poll; it updates st's validators.
func (p *Poller) poll(ctx context.Context, f Feed, st *briefs.FeedState) Result {
	res := Result{Feed: f}
	resp, err := p.fetch(ctx, f.URL, st.ETag, st.LastModified, feedAccept)
	if errors.Is(err, errNotModified) {
		res.NotModified = true
		return res
	}
	if err != nil {
		res.Err = fmt.Errorf("fetch: %w", err)
		return res
	}
	doc, err := gofeed.NewParser().Parse(bytes.NewReader(bytes.TrimPrefix(resp.body, []byte("\ufeff"))))
	if err != nil {
		res.Err = fmt.Errorf("parse: %w", err)
		return res
	}
	opts := p.Options
	opts.Now = p.Now()
	entries := p.entries(ctx, f, doc, resp.url, opts)
	fresh, err := p.unseen(ctx, f, entries)
	if err != nil {
		res.Err = err
		return res
	}
	res.Seen = len(entries) - len(fresh)
	if res.Added, err = p.store(ctx, f, fresh); err != nil {
		res.Err = err
		return res
	}
	res.Seen += len(fresh) - res.Added
	// Only a fully stored response may be skipped next time.
	st.ETag, st.LastModified = resp.etag, resp.lastModified
	return res
}

// unseen returns the entries whose keys the feed has not stored before.
func (p *Poller) unseen(ctx context.Context, f Feed, entries []entry) ([]entry, error) {
	keys := make([]string, len(entries))
	for i, e := range entries {
		keys[i] = e.key
	}
	seen, err := p.Store.SeenFeedItems(ctx, f.URL, keys)
	if err != nil {
		return nil, err
	}
	var fresh []entry
	for _, e := range entries {
		if !seen[e.key] {
			fresh = append(fresh, e)
		}
	}
	return fresh, nil
}

// store ingests the new entries (with their pages' text for a full-text
// feed) and remembers their keys.
func (p *Poller) store(ctx context.Context, f Feed, fresh []entry) (int, error) {
	if len(fresh) == 0 {
		return 0, nil
	}
	opts := p.Options
	opts.Now = p.Now()
	bs := make([]*briefs.Brief, len(fresh))
	for i := range fresh {
		if f.FullText {
			p.fullText(ctx, f, &fresh[i], opts)
		}
		bs[i] = &fresh[i].brief
	}
	added, err := p.Ingest(ctx, bs)
	if err != nil {
		return 0, fmt.Errorf("ingest: %w", err)
	}
	ids := make(map[string]int64, len(fresh))
	for _, e := range fresh {
		ids[e.key] = e.brief.ID
	}
	if err := p.Store.MarkFeedItems(ctx, f.URL, ids, p.Now()); err != nil {
		return added, err
	}
	return added, nil
}

// PollAll polls every feed now, concurrently, and returns their results in
// the order of p.Feeds.
func (p *Poller) PollAll(ctx context.Context) []Result {
	out := make([]Result, len(p.Feeds))
	var wg sync.WaitGroup
	for i, f := range p.Feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = p.Poll(ctx, f)
		}()
	}
	wg.Wait()
	return out
}

// Run polls every feed when it is due until ctx ends. Each feed has its own
// loop, so a feed that hangs (until its timeout) or fails delays no other.
// sleep waits for d or until ctx ends; nil means a timer.
func (p *Poller) Run(ctx context.Context, sleep func(ctx context.Context, d time.Duration) error) error {
	if sleep == nil {
		sleep = sleepCtx
	}
	var wg sync.WaitGroup
	for _, f := range p.Feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.loop(ctx, f, sleep)
		}()
	}
	wg.Wait()
	return ctx.Err()
}

func (p *Poller) loop(ctx context.Context, f Feed, sleep func(context.Context, time.Duration) error) {
	var next time.Time // zero: poll now
	st, err := p.Store.FeedState(ctx, f.URL)
	switch {
	case err == nil:
		next = st.NextPoll
	case !errors.Is(err, briefs.ErrNotFound):
		p.log().WarnContext(ctx, "feed state unreadable; polling now", slog.String("feed", f.Name), slog.Any("err", err))
	}
	for {
		if wait := next.Sub(p.Now()); wait > 0 {
			if err := sleep(ctx, wait); err != nil {
				return
			}
		}
		if ctx.Err() != nil {
			return
		}
		next = p.Poll(ctx, f).State.NextPoll
		if next.IsZero() { // the state could not be read
			next = p.Now().Add(p.backoff(f.Every, 1))
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
