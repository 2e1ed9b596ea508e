package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Shared composes digests on a bounded pool of workers and shares each
// digest among every caller that asks for the same one: the same window,
// filter, item cap, title and zone. When hundreds of destinations are due
// at the same minute, the digest each distinct group needs is composed
// once, and at most Workers composes hold their working memory at a time,
// whatever the number of destinations.
//
// The composed digests of the last Keep distinct requests are kept, so a
// destination that asks after the first compose finished gets the result
// without composing again. Failed composes are not kept.
type Shared struct {
	src  Source
	sem  chan struct{}
	keep int

	mu    sync.Mutex
	calls map[string]*call
	order []string // keys of finished calls, oldest first
}

// call is one compose, in flight or finished.
type call struct {
	done chan struct{}
	d    Digest
	err  error
}

// NewShared returns a Shared over src running at most workers composes at
// once (at least 1) and keeping the last keep digests (at least 1).
func NewShared(src Source, workers, keep int) *Shared {
	return &Shared{src: src, sem: make(chan struct{}, max(workers, 1)), keep: max(keep, 1), calls: map[string]*call{}}
}

// Compose returns the digest described by opts, composing it unless an
// equal request is in flight or was recently answered. Options with a
// Delivered callback depend on the destination and are never shared. ctx
// bounds the wait for a worker and for a compose another caller started.
func (s *Shared) Compose(ctx context.Context, opts Options) (Digest, error) {
	opts.defaults()
	if opts.Delivered != nil {
		return s.run(ctx, opts)
	}
	key := shareKey(opts)
	for {
		s.mu.Lock()
		c, ok := s.calls[key]
		if !ok {
			c = &call{done: make(chan struct{})}
			s.calls[key] = c
		}
		s.mu.Unlock()
		if !ok {
			return s.lead(ctx, key, c, opts)
		}
		select {
		case <-ctx.Done():
			return Digest{}, fmt.Errorf("digest: wait for a shared compose: %w", context.Cause(ctx))
		case <-c.done:
		}
		// The caller that composed may have given up (its own deadline or
		// cancellation); one whose context is still live tries again.
		if c.err != nil && isContextErr(c.err) && ctx.Err() == nil {
			continue
		}
		return c.d, c.err
	}
}

// lead composes for c and publishes the result, even when Compose panics
// (the panic goes on to the caller).
func (s *Shared) lead(ctx context.Context, key string, c *call, opts Options) (Digest, error) {
	c.err = errors.New("digest: compose panicked")
	defer s.finish(key, c)
	c.d, c.err = s.run(ctx, opts)
	return c.d, c.err
}

// run composes on one of the pool's workers.
func (s *Shared) run(ctx context.Context, opts Options) (Digest, error) {
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return Digest{}, fmt.Errorf("digest: wait for a compose worker: %w", context.Cause(ctx))
	}
	defer func() { <-s.sem }()
	return Compose(ctx, s.src, opts)
}

// finish publishes c and keeps it among the last s.keep answers, or drops
// it when it failed.
func (s *Shared) finish(key string, c *call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(c.done)
	if c.err != nil {
		delete(s.calls, key)
		return
	}
	s.order = append(s.order, key)
	for len(s.order) > s.keep {
		delete(s.calls, s.order[0])
		s.order = s.order[1:]
	}
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// shareKey identifies the digest opts describe; opts has its defaults.
func shareKey(o Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q|%d|%s|%d|%d|%d|%d", o.Title, o.Now.UnixNano(), o.Now.Location(), o.Since.UnixNano(), o.MaxItems, o.MeetingDays, o.MaxScan)
	for _, list := range [][]string{o.Filter.Keywords, o.Filter.Sources, o.Filter.Places} {
		norm := make([]string, 0, len(list))
		for _, w := range list {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				norm = append(norm, w)
			}
		}
		slices.Sort(norm)
		fmt.Fprintf(&b, "|%q", slices.Compact(norm))
	}
	return b.String()
}
