//go:build !unix

package main

import "time"

// cpuTime is unknown here; the benchmark reports 0 CPU time.
func cpuTime() time.Duration { return 0 }
