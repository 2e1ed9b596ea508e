package telegram

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// memLease is an in-memory Lease; a holder marked down can reach neither
// renewal nor release, as a replica cut off from the store or killed.
type memLease struct {
	mu     sync.Mutex
	holder string
	until  time.Time
	down   map[string]bool
	tries  map[string]int
}

func newMemLease() *memLease { return &memLease{down: map[string]bool{}, tries: map[string]int{}} }

func (m *memLease) TryLease(_ context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tries[holder]++
	if m.down[holder] {
		return false, errors.New("store unreachable")
	}
	if name != pollLease {
		return false, errors.New("unexpected lease name " + name)
	}
	if m.holder == "" || m.holder == holder || !now.Before(m.until) {
		m.holder, m.until = holder, now.Add(ttl)
		return true, nil
	}
	return false, nil
}

func (m *memLease) ReleaseLease(_ context.Context, _, holder string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down[holder] {
		return errors.New("store unreachable")
	}
	if m.holder == holder {
		m.holder = ""
	}
	return nil
}

func (m *memLease) set(f func(m *memLease)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f(m)
}

func (m *memLease) triesOf(holder string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.tries[holder]
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// pollCounter counts one replica's getUpdates requests.
type pollCounter struct{ n atomic.Int64 }

func (p *pollCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasSuffix(r.URL.Path, "/getUpdates") {
		p.n.Add(1)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// replica is one adapter of several sharing a store, a lease and a clock.
type replica struct {
	a     *Adapter
	rec   *recorder
	polls *pollCounter
	logs  *syncBuffer
}

func newReplica(t *testing.T, f *fakeAPI, st State, lease *memLease, clk *fakeClock, name string) *replica {
	t.Helper()
	r := &replica{rec: &recorder{}, polls: &pollCounter{}}
	r.a, r.logs = testAdapter(t, f, r.rec, st, func(o *Options) {
		o.Lease, o.Holder, o.LeaseTTL, o.Now = lease, name, 300*time.Millisecond, clk.now
		o.HTTPClient = &http.Client{Transport: r.polls, Timeout: 5 * time.Second}
	})
	return r
}

// TestLeaseOnePollerThenTakeover: of two replicas one polls; when it can
// no longer renew the lease (killed, or cut off from the store) and the
// lease expires, the other takes over, and every update is answered once.
func TestLeaseOnePollerThenTakeover(t *testing.T) {
	f := newFakeAPI(t)
	st := newMemState()
	lease := newMemLease()
	clk := &fakeClock{t: testNow}
	a := newReplica(t, f, st, lease, clk, "a")
	b := newReplica(t, f, st, lease, clk, "b")
	stopA := run(t, a.a)
	waitFor(t, func() bool { return a.polls.n.Load() > 0 })
	stopB := run(t, b.a)
	f.push("message", msg(5, "private", 77, "/meetings"))
	f.waitCalls("sendMessage", 1)
	waitFor(t, func() bool { return lease.triesOf("b") >= 3 }) // b has tried and stood by
	if n := b.polls.n.Load(); n != 0 {
		t.Fatalf("standby replica polled %d times while the other held the lease", n)
	}

	lease.set(func(m *memLease) { m.down["a"] = true })
	clk.advance(300 * time.Millisecond) // a's lease expires unrenewed
	waitFor(t, func() bool { return b.polls.n.Load() > 0 })
	// a notices only at its next renewal; until then both may poll, and an
	// update pushed in that window may go to either.
	waitFor(t, func() bool { return strings.Contains(a.logs.String(), "lost the polling lease") })
	f.push("message", msg(5, "private", 77, "/brief 1"))
	f.push("message", msg(6, "private", 77, "/search india"))
	f.waitCalls("sendMessage", 3)
	// a stopped polling once it could not renew for a whole TTL.
	before := a.polls.n.Load()
	waitFor(t, func() bool { return lease.triesOf("a") >= 6 })
	if after := a.polls.n.Load(); after > before+1 {
		t.Errorf("replica a kept polling without the lease: %d polls, then %d", before, after)
	}
	stopA() // each finishes the updates in hand, so any duplicate answer shows now
	stopB()
	if n := len(f.callsOf("sendMessage")); n != 3 {
		t.Errorf("sendMessage called %d times, want 3: every update answered once", n)
	}
	ra, rb := a.rec.requests(), b.rec.requests()
	if len(ra) != 1 || ra[0].Command != "meetings" || len(rb) != 2 {
		t.Errorf("replica a answered %+v, b answered %+v; want a the first, b the two after the takeover", ra, rb)
	}
}

// TestLeaseReleasedOnShutdown: a replica that stops gives the lease up, so
// the standby takes over at once, without waiting for it to expire.
func TestLeaseReleasedOnShutdown(t *testing.T) {
	f := newFakeAPI(t)
	st := newMemState()
	lease := newMemLease()
	clk := &fakeClock{t: testNow} // never moves: the lease cannot expire
	a := newReplica(t, f, st, lease, clk, "a")
	b := newReplica(t, f, st, lease, clk, "b")
	stopA := run(t, a.a)
	waitFor(t, func() bool { return a.polls.n.Load() > 0 })
	run(t, b.a)
	waitFor(t, func() bool { return lease.triesOf("b") >= 1 })
	stopA()
	f.push("message", msg(5, "private", 77, "/meetings"))
	f.waitCalls("sendMessage", 1)
	if len(b.rec.requests()) != 1 || len(a.rec.requests()) != 0 {
		t.Errorf("after a stopped: a answered %d, b %d; want b to answer", len(a.rec.requests()), len(b.rec.requests()))
	}
}
