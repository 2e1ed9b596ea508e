package timex

import (
	"fmt"
	"strconv"
	"time"
)

// day returns the date y-m-d at midnight UTC (normalising overflow).
func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// dateOnly drops the clock and zone of t, keeping its calendar date.
func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return day(y, int(m), d)
}

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y, m int) string {
	t := day(y, m, 1)
	return t.Format("2006-01")
}

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

// fmtWeek returns the ISO week of t as "YYYY-Www".
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// fmtQuarter returns "YYYY-Qn" for quarter index q counted from year 0 (y*4+q-1).
func fmtQuarter(idx int) string {
	return fmt.Sprintf("%04d-Q%d", idx/4, idx%4+1)
}

func quarterIndex(t time.Time) int { return t.Year()*4 + (int(t.Month())-1)/3 }

// validDay reports whether y-m-d is a real calendar date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return day(y, m, d).Day() == d
}

// nearestYearMD picks the year for month m, day d (no year given) that puts
// the date nearest ref in direction dir (-1 on or before, +1 on or after,
// 0 either way, a future date counting futureWeight times as far).
func nearestYearMD(ref time.Time, m, d, dir int) int {
	best, bestDist := ref.Year(), 1<<30
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		delta := int(day(y, m, d).Sub(ref).Hours() / 24)
		if dir < 0 && delta > 0 || dir > 0 && delta < 0 {
			continue
		}
		if delta < 0 {
			delta = -delta
		} else if dir == 0 {
			delta = delta * futureWeight2 / 2
		}
		if delta < bestDist {
			best, bestDist = y, delta
		}
	}
	return best
}

// futureWeight2 is twice how much farther a date ahead of the reference
// counts than one behind it when no tense cue decides: news mostly looks
// back, so "its level in May" said in December is last May (seven months
// back, five ahead), while "the agenda for March" said in January stays
// ahead. On the dev set's bare months and month-days, dates 5-7 months back
// outnumber those 5-7 months ahead about four to one.
const futureWeight2 = 3

// nearestYearM picks the year for month m (no year given) in direction dir.
func nearestYearM(ref time.Time, m, dir int) int {
	rm := int(ref.Month())
	past, future := ref.Year(), ref.Year()
	if m > rm {
		past--
	}
	if m < rm {
		future++
	}
	switch {
	case dir < 0:
		return past
	case dir > 0:
		return future
	}
	back := (rm - m + 12) % 12 // months back to the past one; 12-back ahead
	if back == 0 || 2*back <= futureWeight2*(12-back) {
		return past
	}
	return future
}

// weekdayFrom resolves weekday wd against ref: dir < 0 the most recent such
// day on or before ref, dir > 0 the next on or after ref.
func weekdayFrom(ref time.Time, wd, dir int) time.Time {
	diff := wd - int(ref.Weekday())
	if dir < 0 {
		if diff > 0 {
			diff -= 7
		}
	} else if diff < 0 {
		diff += 7
	}
	return ref.AddDate(0, 0, diff)
}

// shiftValue renders ref moved by n units, at that unit's granularity.
func shiftValue(ref time.Time, code string, n int) (string, bool) {
	switch code {
	case "Y":
		return fmtYear(ref.Year() + n), true
	case "M":
		return fmtMonth(ref.Year(), int(ref.Month())+n), true
	case "W":
		return fmtWeek(ref.AddDate(0, 0, 7*n)), true
	case "WE":
		return fmtWeek(ref.AddDate(0, 0, 7*n)) + "-WE", true
	case "D":
		return fmtDay(ref.AddDate(0, 0, n)), true
	case "Q":
		return fmtQuarter(quarterIndex(ref) + n), true
	case "E":
		return strconv.Itoa(ref.Year()/10 + n), true
	case "C":
		return fmt.Sprintf("%02d", ref.Year()/100+n), true
	}
	return "", false
}

// durationValue renders an ISO 8601 duration of n units ("" n means X).
func durationValue(n string, u unit) string {
	switch u.code {
	case "E": // TimeBank counts decades in years: "four decades" is P40Y
		if v, err := strconv.Atoi(n); err == nil {
			return "P" + strconv.Itoa(10*v) + "Y"
		}
		return "P" + n + "Y"
	case "C", "Q", "W2":
		if u.code == "W2" {
			return "P2W"
		}
		return "P" + n + u.code
	}
	if u.code == "Y" && n != "X" {
		if v, err := strconv.Atoi(n); err == nil && v >= 1000 && v%1000 == 0 {
			return "P" + strconv.Itoa(v/1000) + "L"
		}
	}
	if u.time {
		return "PT" + n + u.code
	}
	return "P" + n + u.code
}
