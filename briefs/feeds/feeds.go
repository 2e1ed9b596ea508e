// Package feeds polls RSS 2.0, RSS 1.0 (RDF) and Atom feeds and turns each
// new item into a brief, once. It fetches with conditional GET (ETag,
// Last-Modified), a timeout and a response size limit, backs off with
// jitter after errors, and remembers in a Store which items (by GUID, then
// link, then normalised text) became briefs, so a feed that starts over,
// reorders or edits an item adds nothing twice. Parsing is
// github.com/mmcdole/gofeed; HTML in items and fetched pages goes through
// briefs/ingest.
package feeds

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// Defaults of a Poller's limits.
const (
	DefaultMaxBytes   = 10 << 20 // a feed document or fetched page
	DefaultTimeout    = 30 * time.Second
	DefaultMaxBackoff = 6 * time.Hour
	DefaultUserAgent  = "briefbot/1 (+https://github.com/briefbot/briefbot; feed reader)"
)

// Feed is one feed to poll.
type Feed struct {
	URL      string
	Name     string        // in logs and results; recorded in Brief.Via as "feed:NAME"
	Every    time.Duration // poll interval after a successful poll
	Source   string        // the briefs' source; "" = the feed's title
	FullText bool          // fetch each new item's link and use the page's text
}

// Store remembers feed state and the items already turned into briefs.
type Store interface {
	FeedState(ctx context.Context, url string) (briefs.FeedState, error)
	SaveFeedState(ctx context.Context, f briefs.FeedState) error
	SeenFeedItems(ctx context.Context, url string, keys []string) (map[string]bool, error)
	MarkFeedItems(ctx context.Context, url string, items map[string]int64, at time.Time) error
}

// Ingest stores new briefs through the ingest pipeline (summary, meetings,
// dedup) and sets each brief's ID; it reports how many were new.
type Ingest func(ctx context.Context, bs []*briefs.Brief) (added int, err error)

// Poller polls feeds. Feeds, Store, Ingest and Now are required; the rest
// have defaults.
type Poller struct {
	Feeds  []Feed
	Store  Store
	Ingest Ingest
	Now    func() time.Time
	// Client fetches feeds and pages; nil means one with Timeout.
	Client     *http.Client
	Timeout    time.Duration // per request; 0 = DefaultTimeout
	MaxBytes   int64         // per response body; 0 = DefaultMaxBytes
	MaxBackoff time.Duration // longest wait after errors; 0 = DefaultMaxBackoff
	UserAgent  string
	// Jitter returns a random duration in [0, d); nil means math/rand.
	Jitter  func(d time.Duration) time.Duration
	Options ingest.Options // item size limit; Now is set per poll
	Log     *slog.Logger
	// Polled, when set, is called after every poll (for metrics).
	Polled func(Result)
}

func (p *Poller) client() *http.Client {
	if p.Client != nil {
		return p.Client
	}
	return &http.Client{Timeout: p.timeout()}
}

func (p *Poller) timeout() time.Duration {
	if p.Timeout > 0 {
		return p.Timeout
	}
	return DefaultTimeout
}

func (p *Poller) maxBytes() int64 {
	if p.MaxBytes > 0 {
		return p.MaxBytes
	}
	return DefaultMaxBytes
}

func (p *Poller) userAgent() string {
	if p.UserAgent != "" {
		return p.UserAgent
	}
	return DefaultUserAgent
}

func (p *Poller) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.New(slog.DiscardHandler)
}

// backoff is how long to wait after the n-th consecutive failure (n >= 1):
// the interval doubled per failure, capped, then half of it plus jitter up
// to the other half, so feeds that failed together do not retry together.
func (p *Poller) backoff(every time.Duration, n int) time.Duration {
	limit := p.MaxBackoff
	if limit <= 0 {
		limit = DefaultMaxBackoff
	}
	d := every
	for i := 0; i < n && d < limit; i++ {
		d *= 2
	}
	d = min(d, max(limit, every))
	jitter := p.Jitter
	if jitter == nil {
		jitter = func(d time.Duration) time.Duration { return rand.N(d) }
	}
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + jitter(d-half)
}
