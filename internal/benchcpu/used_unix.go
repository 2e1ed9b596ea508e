//go:build unix

package benchcpu

import (
	"syscall"
	"time"
)

// Used is the user+system CPU time this process has used, or 0 where the
// system cannot tell.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
