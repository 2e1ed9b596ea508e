//go:build unix

package digest_test

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used, so the
// benchmarks can report CPU per compose on a busy machine, where wall time
// mostly measures the other processes.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
