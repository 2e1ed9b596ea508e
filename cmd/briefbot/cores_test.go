package main

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestCoresBoundHolders(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3} {
		c := newCores(n)
		want := max(n, 1)
		var running, peak atomic.Int32
		var wg sync.WaitGroup
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 50 {
					if err := c.acquire(context.Background()); err != nil {
						t.Error(err)
						return
					}
					now := running.Add(1)
					for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
					}
					running.Add(-1)
					c.release()
				}
			}()
		}
		wg.Wait()
		if got := peak.Load(); got > int32(want) {
			t.Errorf("newCores(%d): %d holders at once, want at most %d", n, got, want)
		}
	}
}

func TestCoresAcquireStopsWithContext(t *testing.T) {
	c := newCores(1)
	if err := c.acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("acquire with every core taken and ctx cancelled = %v, want context.Canceled", err)
	}
	var none cores
	if err := none.acquire(context.Background()); err != nil {
		t.Errorf("nil cores: acquire = %v, want nil", err)
	}
	none.release() // must not block
}
