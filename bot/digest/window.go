package digest

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

// minSplit is the shortest window read in two parts.
const minSplit = time.Hour

// readWindow returns what src.Window(ctx, from, to, limit) does, reading
// the two halves of [from, to) concurrently: reading a day of briefs is the
// largest part of a compose, and a store serves two reads on two
// connections at once. The halves partition the window by ingest time, so
// the first half's briefs followed by the second's are the window's, oldest
// first; the second half is read with the same limit and the total cut to
// limit. When the first half alone fills the limit the second read is
// stopped; until then it may read up to as many briefs as are kept. Unless
// split, or for a window under minSplit, it is one read.
func readWindow(ctx context.Context, src Source, from, to time.Time, limit int, split bool) ([]store.WindowBrief, error) {
	if !split || to.Sub(from) < minSplit {
		return src.Window(ctx, from, to, limit)
	}
	mid := from.Add(to.Sub(from) / 2)
	second := start(ctx, true, func(ctx context.Context) ([]store.WindowBrief, error) {
		return src.Window(ctx, mid, to, limit)
	})
	first, err := src.Window(ctx, from, mid, limit)
	if err != nil || limit > 0 && len(first) >= limit {
		second.stop()
		if err != nil {
			return nil, err
		}
		return first[:limit], nil
	}
	rest, err := second.wait()
	if err != nil {
		return nil, err
	}
	all := append(first, rest...)
	if limit > 0 && len(all) > limit {
		all = all[:limit]
	}
	return all, nil
}

// pending is a call running on its own goroutine.
type pending[T any] struct {
	cancel context.CancelFunc
	done   chan struct{}
	v      T
	err    error
}

// start calls f on a goroutine of its own, with a context that stop cancels;
// unless concurrent, it calls f before returning.
func start[T any](ctx context.Context, concurrent bool, f func(context.Context) (T, error)) *pending[T] {
	ctx, cancel := context.WithCancel(ctx)
	p := &pending[T]{cancel: cancel, done: make(chan struct{})}
	if !concurrent {
		p.v, p.err = f(ctx)
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		p.v, p.err = f(ctx)
	}()
	return p
}

// wait returns f's results once it has returned.
func (p *pending[T]) wait() (T, error) {
	<-p.done
	p.cancel()
	return p.v, p.err
}

// stop cancels f and waits for it to return, so that nothing it reads
// outlives the caller.
func (p *pending[T]) stop() {
	p.cancel()
	<-p.done
}
