package digest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// countingSource counts and bounds composes from a sample store, as the
// reads of the first half of their window (every test composes the day
// before slot); with a gate, each such read waits for the test to let it
// through.
type countingSource struct {
	*fakeSource
	gate chan struct{}
	fail error

	mu              sync.Mutex
	calls, inFlight int
	maxInFlight     int
}

func (c *countingSource) Window(ctx context.Context, from, to time.Time, limit int) ([]store.WindowBrief, error) {
	if !from.Equal(slot.Add(-24 * time.Hour)) { // the second half
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.fakeSource.Window(ctx, from, to, limit)
	}
	c.mu.Lock()
	c.calls++
	c.inFlight++
	c.maxInFlight = max(c.maxInFlight, c.inFlight)
	fail := c.fail
	c.fail = nil
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.inFlight--
		c.mu.Unlock()
	}()
	if c.gate != nil {
		select {
		case <-c.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if fail != nil {
		return nil, fail
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.fakeSource.Window(ctx, from, to, limit)
}

func (c *countingSource) Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.fakeSource.Meetings(ctx, q)
}

func (c *countingSource) counts() (calls, maxInFlight int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls, c.maxInFlight
}

func TestSharedComposesOncePerDistinctDigest(t *testing.T) {
	src := &countingSource{fakeSource: sample()}
	sh := NewShared(src, 2, 8)
	want, err := Compose(context.Background(), sample(), Options{Now: slot, Since: slot.Add(-24 * time.Hour), Filter: Filter{Keywords: []string{"india", "energy"}}})
	if err != nil {
		t.Fatal(err)
	}
	filters := [][]string{{"india", "energy"}, {"Energy", "India"}, {" india", "energy", "india"}}
	var wg sync.WaitGroup
	got := make([]Digest, 300)
	errs := make([]error, len(got))
	for i := range got {
		wg.Go(func() {
			got[i], errs[i] = sh.Compose(context.Background(), Options{Now: slot, Since: slot.Add(-24 * time.Hour), Filter: Filter{Keywords: filters[i%len(filters)]}})
		})
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil || got[i].Reply.PlainText() != want.Reply.PlainText() {
			t.Fatalf("caller %d: %v\n%s\nwant\n%s", i, errs[i], got[i].Reply.PlainText(), want.Reply.PlainText())
		}
	}
	if calls, _ := src.counts(); calls != 1 {
		t.Errorf("300 destinations with one digest composed it %d times, want once", calls)
	}
}

func TestSharedBoundsWorkers(t *testing.T) {
	src := &countingSource{fakeSource: sample(), gate: make(chan struct{})}
	sh := NewShared(src, 2, 8)
	const distinct = 6
	var wg sync.WaitGroup
	for i := range distinct {
		wg.Go(func() {
			if _, err := sh.Compose(context.Background(), Options{Now: slot, Since: slot.Add(-24 * time.Hour), MaxItems: i + 1}); err != nil {
				t.Error(err)
			}
		})
	}
	for range distinct {
		src.gate <- struct{}{}
	}
	wg.Wait()
	if calls, peak := src.counts(); calls != distinct || peak > 2 {
		t.Errorf("%d distinct digests: %d composes, %d at once; want %d, at most 2", distinct, calls, peak, distinct)
	}
}

func TestSharedKeepsOnlySuccessesAndTheLastFew(t *testing.T) {
	src := &countingSource{fakeSource: sample(), fail: errors.New("database is locked")}
	sh := NewShared(src, 1, 1)
	opts := func(n int) Options { return Options{Now: slot, Since: slot.Add(-24 * time.Hour), MaxItems: n} }
	if _, err := sh.Compose(context.Background(), opts(1)); err == nil {
		t.Fatal("a failing store gave no error")
	}
	for _, n := range []int{1, 1, 2, 1} { // composes: retry of 1, cached, 2 evicts 1, 1 again
		if _, err := sh.Compose(context.Background(), opts(n)); err != nil {
			t.Fatal(err)
		}
	}
	if calls, _ := src.counts(); calls != 4 {
		t.Errorf("%d composes, want 4 (failure not kept, 1 reused, then evicted by 2)", calls)
	}
}

func TestSharedWaiterRetriesWhenTheComposerGivesUp(t *testing.T) {
	src := &countingSource{fakeSource: sample(), gate: make(chan struct{})}
	sh := NewShared(src, 1, 4)
	opts := Options{Now: slot, Since: slot.Add(-24 * time.Hour)}
	leaderCtx, cancel := context.WithCancel(context.Background())
	leaderDone := make(chan error, 1)
	go func() { _, err := sh.Compose(leaderCtx, opts); leaderDone <- err }()
	waitFor(t, func() bool { c, _ := src.counts(); return c == 1 })
	waiterDone := make(chan error, 1)
	go func() { _, err := sh.Compose(context.Background(), opts); waiterDone <- err }()
	cancel()
	if err := <-leaderDone; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled caller: %v", err)
	}
	src.gate <- struct{}{} // the waiter's own compose
	if err := <-waiterDone; err != nil {
		t.Fatalf("waiter with a live context failed with the other caller's cancellation: %v", err)
	}
}

// waitFor polls cond for up to 5 s of real time.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not reached")
}
