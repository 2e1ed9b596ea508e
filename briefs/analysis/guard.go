package analysis

import (
	"fmt"
	"runtime/debug"
)

// Failure is a step of the analysis that panicked on one brief: a bug in a
// rule, met on text nobody tried before. Brief recovers from it so one
// brief cannot stop an ingest or the daemon; the brief is kept whole,
// without what that step would have found.
type Failure struct {
	Step  string // "reading", "summary" or "meetings"
	Panic string // the panic's value
	Stack string // where it happened, for the bug report
}

func (f *Failure) Error() string {
	return fmt.Sprintf("analysis: %s step failed: %s", f.Step, f.Panic)
}

// guard runs step, turning a panic into res.Failed (the first failure is
// kept). It reports whether step finished.
func guard(res *Result, name string, step func()) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if res.Failed == nil {
				res.Failed = &Failure{Step: name, Panic: fmt.Sprint(p), Stack: string(debug.Stack())}
			}
			ok = false
		}
	}()
	step()
	return true
}
