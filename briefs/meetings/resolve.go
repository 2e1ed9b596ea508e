package meetings

import (
	"time"
)

// monthDay resolves a month and day (year -1 when unstated) in direction dir
// (±2: a tense cue right before the date, trusted even a year away).
func monthDay(ref time.Time, year int, m time.Month, day, dir int) (time.Time, bool) {
	mk := func(y int) (time.Time, bool) {
		t := time.Date(y, m, day, 0, 0, 0, 0, ref.Location())
		return t, t.Month() == m
	}
	if year > 0 {
		return mk(year)
	}
	best, found := time.Time{}, false
	near, nearFound := time.Time{}, false
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t, ok := mk(y)
		if !ok {
			continue
		}
		if !nearFound || absDur(t.Sub(ref)) < absDur(near.Sub(ref)) {
			near, nearFound = t, true
		}
		if dir > 0 && t.Before(ref) || dir < 0 && t.After(ref) {
			continue
		}
		if !found || absDur(t.Sub(ref)) < absDur(best.Sub(ref)) {
			best, found = t, true
		}
	}
	// A tense pointing almost a year away loses to a date a few weeks off:
	// news speaks of what is near ("approval at its April 27 annual meeting").
	const oneDay = 24 * time.Hour
	if found && nearFound && dir > -2 && dir < 2 && absDur(best.Sub(ref)) > 200*oneDay && absDur(near.Sub(ref)) < 100*oneDay {
		return near, true
	}
	if !found {
		return near, nearFound
	}
	return best, found
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
