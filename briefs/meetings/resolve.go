package meetings

import (
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// daySpan is a day-precision date over tokens [i,j).
func daySpan(i, j int, t time.Time, dir int) dateSpan {
	s := t.Format("2006-01-02")
	return dateSpan{tokStart: i, tokEnd: j, typ: "DATE", value: s, date: s, prec: briefs.PrecisionDay, dir: dir}
}

// monthSpan is a month-precision date over tokens [i,j).
func monthSpan(i, j, y int, m time.Month, dir int) dateSpan {
	s := fmt.Sprintf("%04d-%02d", y, int(m))
	return dateSpan{tokStart: i, tokEnd: j, typ: "DATE", value: s, date: s, prec: briefs.PrecisionMonth, dir: dir}
}

// clockSpan is a time of day over tokens [i,j), its day filled in later.
func clockSpan(i, j, h, m int) dateSpan {
	return dateSpan{tokStart: i, tokEnd: j, typ: "TIME", clock: fmt.Sprintf("%02d:%02d", h, m)}
}

// attachClocks gives each TIME the day of the nearest day-precision date of
// the sentence (or the reference day) and copies its clock onto that date.
func attachClocks(toks []token, ds []dateSpan, ref time.Time) {
	for i := range ds {
		if ds[i].typ != "TIME" {
			continue
		}
		day, best := ref.Format("2006-01-02"), -1
		for k := range ds {
			if ds[k].prec == briefs.PrecisionDay && ds[k].date != "" {
				dist := abs(ds[k].tokStart - ds[i].tokStart)
				if best < 0 || dist < best {
					best, day = dist, ds[k].date
					if dist < 8 {
						ds[k].clock = ds[i].clock
					}
				}
			}
		}
		ds[i].value = day + "T" + ds[i].clock
	}
}

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

// monthYear is the year of month m nearest ref in direction dir.
func monthYear(ref time.Time, m time.Month, dir int) int {
	y, rm := ref.Year(), ref.Month()
	switch {
	case dir > 0 && m < rm:
		return y + 1
	case dir < 0 && m > rm:
		return y - 1
	case dir == 0 && int(m)-int(rm) > 6:
		return y - 1
	case dir == 0 && int(rm)-int(m) > 6:
		return y + 1
	}
	return y
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
