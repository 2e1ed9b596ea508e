package main

import (
	"time"

	"github.com/briefbot/briefbot/bot/schedule"
)

// wallClock is the system clock: the one place in briefbot that reads the
// wall clock. main hands it to env; everything else gets the time from env
// or from what env handed it, so tests can run briefbot at any time.
type wallClock struct{}

// Now returns the current time.
func (wallClock) Now() time.Time { return time.Now() }

// After waits for d on the system clock.
func (wallClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

var _ schedule.Clock = wallClock{}

// now is the time by the env's clock.
func (e *env) now() time.Time { return e.clock.Now() }
