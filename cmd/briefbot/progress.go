package main

import (
	"fmt"
	"io"
	"time"
)

// progress prints a self-overwriting status line on a terminal and nothing
// elsewhere, so long runs stay quiet in pipes and logs.
type progress struct {
	w    io.Writer // nil when not a terminal
	now  func() time.Time
	last time.Time
}

func newProgress(e *env) *progress {
	if !e.stderrTTY {
		return &progress{}
	}
	return &progress{w: e.stderr, now: e.now}
}

// update shows the status at most ten times a second.
func (p *progress) update(format string, a ...any) {
	if p.w == nil {
		return
	}
	now := p.now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r\x1b[K"+format, a...)
}

// done clears the status line.
func (p *progress) done() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
