package main

import "context"

// cores lets at most one goroutine per core run a CPU-bound stage of the
// ingest at a time. Without it the store's writer — the one stage that
// cannot run in parallel, and so the one that bounds the rate — shares a
// core with the analysis workers and the reader, and the Go scheduler gives
// it about two thirds of one. With it, a stage waits for a free core in
// turn (channel waiters are served first come, first served), so the
// writer runs at full speed whenever it has a batch, and the analysis uses
// what is left. A nil cores never waits.
type cores chan struct{}

func newCores(n int) cores { return make(cores, max(n, 1)) }

// acquire waits for a free core, or for ctx to end.
func (c cores) acquire(ctx context.Context) error {
	if c == nil {
		return ctx.Err()
	}
	select {
	case c <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// release frees the core taken by acquire.
func (c cores) release() {
	if c != nil {
		<-c
	}
}
