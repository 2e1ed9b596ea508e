package main

import (
	"time"

	"github.com/briefbot/briefbot/bot/schedule"
	"github.com/briefbot/briefbot/config"
)

// nextRun is the next time dest's schedule fires after now, in its zone.
func nextRun(dest config.Destination, now time.Time) (time.Time, error) {
	loc, err := dest.Location()
	if err != nil {
		return time.Time{}, err
	}
	return schedule.NextSlot(dest.Schedule, loc, now)
}
