package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

func testLease(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	ttl := 15 * time.Second
	steps := []struct {
		name   string
		holder string
		at     time.Duration // after t0
		want   bool
	}{
		{"a takes a free lease", "a", 0, true},
		{"b cannot take a held lease", "b", time.Second, false},
		{"a renews", "a", 10 * time.Second, true},
		{"b still cannot, a renewed", "b", 20 * time.Second, false},
		{"b takes it once expired", "b", 25 * time.Second, true},
		{"a lost it", "a", 26 * time.Second, false},
	}
	for _, st := range steps {
		got, err := s.TryLease(ctx, "telegram.poll", st.holder, t0.Add(st.at), ttl)
		if err != nil || got != st.want {
			t.Errorf("%s: TryLease = %v, %v; want %v", st.name, got, err, st.want)
		}
	}
	if got, _ := s.TryLease(ctx, "other", "a", t0, ttl); !got {
		t.Error("a lease of another name is independent, want it free")
	}
	if err := s.ReleaseLease(ctx, "telegram.poll", "a"); err != nil { // not a's: nothing happens
		t.Fatal(err)
	}
	if got, _ := s.TryLease(ctx, "telegram.poll", "a", t0.Add(27*time.Second), ttl); got {
		t.Error("release by a non-holder freed the lease")
	}
	if err := s.ReleaseLease(ctx, "telegram.poll", "b"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.TryLease(ctx, "telegram.poll", "a", t0.Add(28*time.Second), ttl); !got {
		t.Error("a cannot take a released lease")
	}
	for _, bad := range []struct {
		name, holder string
		ttl          time.Duration
	}{{"", "a", ttl}, {"n", "", ttl}, {"n", "a", 0}} {
		if _, err := s.TryLease(ctx, bad.name, bad.holder, t0, bad.ttl); err == nil {
			t.Errorf("TryLease(%q, %q, %s) succeeded, want an error", bad.name, bad.holder, bad.ttl)
		}
	}
}

// testLeaseTwoHandles races holders on two handles for a free lease: exactly
// one wins.
func testLeaseTwoHandles(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	a, b := openPair(t)
	var mu sync.Mutex
	var winners []string
	var wg sync.WaitGroup
	for i, s := range []*store.Store{a, b, a, b, a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			holder := string(rune('p' + i))
			ok, err := s.TryLease(context.Background(), "poll", holder, t0, time.Minute)
			if err != nil {
				t.Errorf("TryLease %s: %v", holder, err)
			}
			if ok {
				mu.Lock()
				winners = append(winners, holder)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(winners) != 1 {
		t.Errorf("winners = %v, want exactly one", winners)
	}
}
