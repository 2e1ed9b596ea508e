package telegram

import (
	"context"
	"sync"
	"time"
)

// limiter spaces messages: per chat (groups more widely) and overall. A
// chat's gate is held for a whole reply, so the parts of one reply are not
// interleaved with another's, and the spacing counts from when a message
// was actually sent.
type limiter struct {
	lim    Limits
	global *pacer

	mu    sync.Mutex
	gates map[string]*gate

	now   func() time.Time                           // the clock; tests inject one
	sleep func(context.Context, time.Duration) error // waits; tests inject one
}

type gate struct {
	sem   chan struct{} // holds one token while a sender owns the chat
	last  time.Time     // when the last message to the chat was sent
	users int
}

func newLimiter(l Limits) *limiter {
	if l.PerChat <= 0 {
		l.PerChat = time.Second
	}
	if l.PerGroup <= 0 {
		l.PerGroup = 3 * time.Second
	}
	if l.Global <= 0 {
		l.Global = DefaultGlobalSpacing
	}
	return &limiter{lim: l, global: newPacer(l.Global), gates: map[string]*gate{}, now: time.Now, sleep: sleep}
}

// setClock makes the limiter and its pacer read now and wait with sleep.
func (l *limiter) setClock(now func() time.Time, sleep func(context.Context, time.Duration) error) {
	l.now, l.sleep = now, sleep
	l.global.now, l.global.sleep = now, sleep
}

// acquire takes the chat's gate, waiting for another sender to finish.
func (l *limiter) acquire(ctx context.Context, chat string) (*gate, error) {
	l.mu.Lock()
	g := l.gates[chat]
	if g == nil {
		l.prune()
		g = &gate{sem: make(chan struct{}, 1)}
		l.gates[chat] = g
	}
	g.users++
	l.mu.Unlock()
	select {
	case g.sem <- struct{}{}:
		return g, nil
	case <-ctx.Done():
		l.leave(g)
		return nil, ctx.Err()
	}
}

// release gives back a gate that acquire returned.
func (l *limiter) release(g *gate) {
	<-g.sem
	l.leave(g)
}

// leave drops the caller from the gate's users.
func (l *limiter) leave(g *gate) {
	l.mu.Lock()
	g.users--
	l.mu.Unlock()
}

// prune drops idle gates whose spacing has passed; l.mu is held.
func (l *limiter) prune() {
	if len(l.gates) < 1024 {
		return
	}
	now := l.now()
	for k, g := range l.gates {
		if g.users == 0 && now.Sub(g.last) > l.lim.PerGroup && now.Sub(g.last) > l.lim.PerChat {
			delete(l.gates, k)
		}
	}
}

// wait blocks until a message may go to the chat whose gate the caller
// holds. The caller sends it and then calls sent, which records when the
// answer came back: spacing counts from then.
func (l *limiter) wait(ctx context.Context, g *gate, group bool) (sent func(), err error) {
	space := l.lim.PerChat
	if group && l.lim.PerGroup > space {
		space = l.lim.PerGroup
	}
	if err := l.sleep(ctx, g.last.Add(space).Sub(l.now())); err != nil {
		return nil, err
	}
	done, err := l.global.wait(ctx)
	if err != nil {
		return nil, err
	}
	return func() {
		done()
		l.mu.Lock()
		g.last = l.now()
		l.mu.Unlock()
	}, nil
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// DefaultGlobalSpacing is the default least time between any two
// messages: 30 a second.
const DefaultGlobalSpacing = time.Second / 30

// pacer spaces events by every on a fixed schedule, as a token bucket of
// burst 1 does, and also lets at most 1s/every events start within one
// second of the end of the earliest of them. The schedule makes up for a
// waiter that woke late; the window counts from when each request's answer
// came back, so however late a request reaches the server, no second there
// sees one request too many (which Telegram answers with 429).
type pacer struct {
	every time.Duration
	sem   chan struct{}
	next  time.Time // guarded by sem

	mu     sync.Mutex
	recent []time.Time // when the last events ended, a ring
	i      int

	now   func() time.Time                           // the clock; tests inject one
	sleep func(context.Context, time.Duration) error // waits; tests inject one
}

// maxPacerWindow caps the events the pacer remembers, so a tiny spacing
// (1ns would be a billion slots) cannot allocate without bound.
const maxPacerWindow = 1000

func newPacer(every time.Duration) *pacer {
	n := maxPacerWindow
	if every > 0 && time.Second/every < maxPacerWindow {
		n = int(time.Second / every)
	}
	if n < 1 {
		n = 1
	}
	return &pacer{every: every, sem: make(chan struct{}, 1), recent: make([]time.Time, 0, n),
		now: time.Now, sleep: sleep}
}

// wait blocks until the caller may go ahead; the caller calls done when
// its request has been answered.
func (p *pacer) wait(ctx context.Context) (done func(), err error) {
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.sem }()
	at := p.now()
	if p.next.After(at) {
		at = p.next
	}
	if t := p.oldest().Add(time.Second); t.After(at) {
		at = t
	}
	if err := p.sleep(ctx, at.Sub(p.now())); err != nil {
		return nil, err
	}
	p.next = at.Add(p.every)
	slot := p.claim(p.now())
	return func() { p.end(slot, p.now()) }, nil
}

// oldest returns the start or end of the event 1s/every back, or zero.
func (p *pacer) oldest() time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.recent) < cap(p.recent) {
		return time.Time{}
	}
	return p.recent[p.i]
}

// claim takes the ring's oldest slot for an event starting at t.
func (p *pacer) claim(t time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.recent) < cap(p.recent) {
		p.recent = append(p.recent, t)
		return len(p.recent) - 1
	}
	slot := p.i
	p.recent[slot] = t
	p.i = (p.i + 1) % len(p.recent)
	return slot
}

// end records when the event in slot ended.
func (p *pacer) end(slot int, t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t.After(p.recent[slot]) {
		p.recent[slot] = t
	}
}
