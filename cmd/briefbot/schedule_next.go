package main

import (
	"time"

	"github.com/robfig/cron/v3"

	"github.com/briefbot/briefbot/config"
)

// nextRun is the next time dest's schedule fires after now, in its zone.
func nextRun(dest config.Destination, now time.Time) (time.Time, error) {
	loc, err := dest.Location()
	if err != nil {
		return time.Time{}, err
	}
	sched, err := cron.ParseStandard(dest.Schedule)
	if err != nil {
		return time.Time{}, err
	}
	return sched.Next(now.In(loc)), nil
}
