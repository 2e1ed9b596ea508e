package schedule_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // zones load on machines without a zoneinfo database

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
	"github.com/briefbot/briefbot/briefs"
)

// fakeClock is a Clock that moves only when the test says so.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []waiter
	changed chan struct{} // closed and replaced when a waiter arrives
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

func newClock(now time.Time) *fakeClock { return &fakeClock{now: now, changed: make(chan struct{})} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{at: c.now.Add(d), ch: ch})
	close(c.changed)
	c.changed = make(chan struct{})
	return ch
}

func (c *fakeClock) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiters)
}

// set moves the clock to t and fires the waiters due by then.
func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if w.at.After(t) {
			kept = append(kept, w)
		} else {
			w.ch <- t
		}
	}
	c.waiters = kept
}

// earliest returns the earliest waiter's time.
func (c *fakeClock) earliest() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.waiters) == 0 {
		return time.Time{}, false
	}
	at := c.waiters[0].at
	for _, w := range c.waiters[1:] {
		if w.at.Before(at) {
			at = w.at
		}
	}
	return at, true
}

// waitParked waits (in real time, a few seconds at most) until n goroutines
// are waiting on the clock: the schedulers have done all they can for now.
func (c *fakeClock) waitParked(t testing.TB, n int) {
	t.Helper()
	timeout := time.NewTimer(5 * time.Second)
	defer timeout.Stop()
	for {
		c.mu.Lock()
		parked, changed := len(c.waiters), c.changed
		c.mu.Unlock()
		if parked >= n {
			return
		}
		select {
		case <-changed:
		case <-timeout.C:
			t.Fatalf("timed out waiting for %d goroutines to wait on the clock; %d are", n, c.count())
		}
	}
}

// advanceTo moves the clock to t one waiter at a time, letting the n
// parked goroutines react at each step, as real time would.
func (c *fakeClock) advanceTo(t testing.TB, to time.Time, n int) {
	t.Helper()
	c.waitParked(t, n)
	for {
		at, ok := c.earliest()
		if !ok || at.After(to) {
			break
		}
		c.set(at)
		c.waitParked(t, n)
	}
	c.set(to)
	c.waitParked(t, n)
}

// memClaims is an in-memory Claims that behaves like the SQL store: one row
// per (dest, slot instant), claim is insert-or-nothing, MarkDelivered upserts.
type memClaims struct {
	mu   sync.Mutex
	rows map[string]*claimRow
	// failClaim and failMark, when > 0, make that many ClaimSlot or
	// MarkDelivered calls fail.
	failClaim, failMark int
	calls               []string
}

type claimRow struct {
	dest      string
	slot      time.Time
	owner     string
	delivered bool
	skipped   bool
	ids       []int64
}

func newClaims() *memClaims { return &memClaims{rows: map[string]*claimRow{}} }

func claimKey(dest string, slot time.Time) string {
	return dest + "|" + slot.UTC().Format(time.RFC3339Nano)
}

func checkSlot(dest string, slot time.Time) error {
	if dest == "" || slot.IsZero() {
		return errors.New("memclaims: empty destination or zero slot")
	}
	return nil
}

func (m *memClaims) ClaimSlot(ctx context.Context, dest string, slot time.Time, owner string) (bool, error) {
	if err := checkSlot(dest, slot); err != nil {
		return false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, "claim "+dest)
	if m.failClaim > 0 {
		m.failClaim--
		return false, errors.New("memclaims: database is locked")
	}
	k := claimKey(dest, slot)
	if m.rows[k] != nil {
		return false, nil
	}
	m.rows[k] = &claimRow{dest: dest, slot: slot.UTC(), owner: owner}
	return true, nil
}

func (m *memClaims) MarkDelivered(ctx context.Context, dest string, slot time.Time, ids []int64) error {
	if err := checkSlot(dest, slot); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, "mark "+dest)
	if m.failMark > 0 {
		m.failMark--
		return errors.New("memclaims: database is locked")
	}
	k := claimKey(dest, slot)
	r := m.rows[k]
	if r == nil {
		r = &claimRow{dest: dest, slot: slot.UTC()}
		m.rows[k] = r
	}
	r.delivered = true
	r.ids = append(r.ids, ids...)
	return nil
}

func (m *memClaims) PendingSlots(ctx context.Context, dest string) ([]time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []time.Time
	for _, r := range m.rows {
		if r.dest == dest && !r.delivered && !r.skipped {
			out = append(out, r.slot)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out, nil
}

func (m *memClaims) LastDelivered(ctx context.Context, dest string) (time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var last time.Time
	for _, r := range m.rows {
		if r.dest == dest && r.delivered && r.slot.After(last) {
			last = r.slot
		}
	}
	if last.IsZero() {
		return time.Time{}, fmt.Errorf("memclaims: last delivered %s: %w", dest, briefs.ErrNotFound)
	}
	return last, nil
}

// skippingClaims is a memClaims that can also mark slots skipped.
type skippingClaims struct{ *memClaims }

func (m skippingClaims) SkipSlot(ctx context.Context, dest string, slot time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := m.rows[claimKey(dest, slot)]
	if r == nil || r.delivered {
		return fmt.Errorf("memclaims: skip %s %s: no pending claim", dest, slot)
	}
	r.skipped = true
	return nil
}

// state lists dest's slots as "RFC3339 UTC delivered|pending|skipped",
// oldest first.
func (m *memClaims) state(dest string) []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, r := range m.rows {
		if r.dest == dest {
			st := "pending"
			switch {
			case r.delivered:
				st = "delivered"
			case r.skipped:
				st = "skipped"
			}
			out = append(out, r.slot.Format(time.RFC3339)+" "+st)
		}
	}
	sort.Strings(out)
	return out
}

// post is one post a recorder received.
type post struct {
	to    bot.Destination
	title string
	at    time.Time // fake clock time of the send
}

// recorder is a Sender that records posts. fail, when set, decides whether
// a send fails; block makes sends wait until their context ends.
type recorder struct {
	mu    sync.Mutex
	clock schedule.Clock
	posts []post
	tries int
	fail  func(try int) error
	block bool
	panic bool
	// gate, when set, holds each send until it is closed or the send's
	// context ends; entered is told each time a send reaches it.
	gate    chan struct{}
	entered chan struct{}
}

func (r *recorder) Send(ctx context.Context, to bot.Destination, reply bot.Reply) error {
	r.mu.Lock()
	r.tries++
	try, fail, block, pnc, gate := r.tries, r.fail, r.block, r.panic, r.gate
	r.mu.Unlock()
	if pnc {
		panic("sender exploded")
	}
	if gate != nil {
		r.entered <- struct{}{}
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if block {
		<-ctx.Done()
		return ctx.Err()
	}
	if fail != nil {
		if err := fail(try); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.posts = append(r.posts, post{to: to, title: reply.Title, at: r.clock.Now()})
	return nil
}

func (r *recorder) got() []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.posts)
}

// titles lists the titles posted to chat.
func (r *recorder) titles(chat string) []string {
	var out []string
	for _, p := range r.got() {
		if p.to.ChatID == chat {
			out = append(out, p.title)
		}
	}
	return out
}

// composer titles each digest "NAME SLOT" with the slot in the
// destination's zone, and covers brief ids 1 and 2. Destinations in empty
// have nothing new; those in explode panic.
type composer struct {
	mu      sync.Mutex
	empty   map[string]bool
	explode map[string]bool
	calls   int
}

func (c *composer) Compose(ctx context.Context, d schedule.Destination, slot time.Time) (bot.Reply, []int64, bool, error) {
	c.mu.Lock()
	c.calls++
	empty, explode := c.empty[d.Name], c.explode[d.Name]
	c.mu.Unlock()
	if explode {
		panic("composer exploded")
	}
	title := d.Name + " " + slot.In(d.Loc).Format("2006-01-02 15:04 MST")
	if empty {
		return bot.Reply{Title: title + " (no new briefs)"}, nil, true, nil
	}
	return bot.Reply{Title: title}, []int64{1, 2}, false, nil
}

// logBuffer collects log output for assertions.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func (l *logBuffer) has(t testing.TB, msg string) {
	t.Helper()
	if !strings.Contains(l.String(), msg) {
		t.Errorf("log lacks %q; log:\n%s", msg, l.String())
	}
}

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
