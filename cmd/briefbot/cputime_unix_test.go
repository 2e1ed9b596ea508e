//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used (as in the
// other packages' benchmarks; test helpers cannot be shared across them).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru) // zero on failure
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
