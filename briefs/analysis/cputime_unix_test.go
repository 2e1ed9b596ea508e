//go:build unix

package analysis_test

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used, so the
// benchmark can report per-core figures on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
