package main

import (
	"fmt"
	"io"
	"time"
)

// progress prints a self-overwriting status line on a terminal and nothing
// elsewhere, so long runs stay quiet in pipes and logs.
type progress struct {
	w        io.Writer // nil when not a terminal
	now      func() time.Time
	last     time.Time
	finished bool
}

func newProgress(e *env) *progress {
	if !e.stderrTTY {
		return &progress{}
	}
	return &progress{w: e.stderr, now: e.now}
}

// update shows the status at most ten times a second.
func (p *progress) update(format string, a ...any) {
	if p.w == nil || p.finished {
		return
	}
	now := p.now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r\x1b[K"+format, a...)
}

// done clears the status line; later updates show nothing.
func (p *progress) done() {
	if p.w != nil && !p.finished {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	p.finished = true
}

// finishing returns w wrapped so that its first write clears the status
// line first: on a terminal a result never lands glued to "…scored…".
func (p *progress) finishing(w io.Writer) io.Writer {
	return firstWriteHook(func(b []byte) (int, error) {
		p.done()
		return w.Write(b)
	})
}

type firstWriteHook func([]byte) (int, error)

func (f firstWriteHook) Write(b []byte) (int, error) { return f(b) }
