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
	return &limiter{lim: l, global: newPacer(l.Global), gates: map[string]*gate{}}
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
	now := time.Now()
	for k, g := range l.gates {
		if g.users == 0 && now.Sub(g.last) > l.lim.PerGroup && now.Sub(g.last) > l.lim.PerChat {
			delete(l.gates, k)
		}
	}
}

// wait blocks until a message may go to the chat whose gate the caller holds.
func (l *limiter) wait(ctx context.Context, g *gate, group bool) error {
	space := l.lim.PerChat
	if group && l.lim.PerGroup > space {
		space = l.lim.PerGroup
	}
	if err := sleep(ctx, time.Until(g.last.Add(space))); err != nil {
		return err
	}
	return l.global.wait(ctx)
}

// sent records that a message went to the chat now.
func (l *limiter) sent(g *gate) {
	l.mu.Lock()
	g.last = time.Now()
	l.mu.Unlock()
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
// burst 1 does, and also keeps any window of 1s plus one spacing to at
// most 1s/every events as actually let through. The schedule makes up for
// a waiter that woke late; the window stops that catching-up, or jitter
// between sending a request and its arrival, from putting one event too
// many into a second, which Telegram answers with 429.
type pacer struct {
	every  time.Duration
	window time.Duration
	sem    chan struct{}
	// Guarded by sem:
	next   time.Time
	recent []time.Time // when the last events went ahead, a ring
	i      int
}

func newPacer(every time.Duration) *pacer {
	n := int(time.Second / every)
	if n < 1 {
		n = 1
	}
	return &pacer{every: every, window: time.Second + every, sem: make(chan struct{}, 1), recent: make([]time.Time, 0, n)}
}

// wait blocks until the caller may go ahead.
func (p *pacer) wait(ctx context.Context) error {
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-p.sem }()
	at := time.Now()
	if p.next.After(at) {
		at = p.next
	}
	if len(p.recent) == cap(p.recent) {
		if t := p.recent[p.i].Add(p.window); t.After(at) {
			at = t
		}
	}
	if err := sleep(ctx, time.Until(at)); err != nil {
		return err
	}
	p.next = at.Add(p.every)
	now := time.Now()
	if len(p.recent) < cap(p.recent) {
		p.recent = append(p.recent, now)
		return nil
	}
	p.recent[p.i] = now
	p.i = (p.i + 1) % len(p.recent)
	return nil
}
