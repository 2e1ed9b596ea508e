//go:build unix

package meetings

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used, so benchmarks
// can report docs per CPU-second on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
