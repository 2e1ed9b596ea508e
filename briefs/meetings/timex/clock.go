package timex

import (
	"strconv"
	"time"
)

// clock matches "3 p.m.", "10:30 a.m. EST", "15:00 GMT", "noon", "midnight".
func (d *doc) clock(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if (t.s == "noon" || t.s == "midnight" || t.s == "midday") && !d.is(i-1, "high") {
		h := "12:00"
		if t.s == "midnight" {
			h = "24:00"
		}
		dt, end := d.dateAfter(i + 1)
		dt = d.weekdayTense(i, i+1, end, dt)
		return match{end: end, typ: Time, value: fmtDay(dt) + "T" + h}, true
	}
	h, m, j := -1, 0, i+1
	if t.kind == kNum && t.ndig == 4 && t.num/100 < 24 && t.num%100 < 60 && timeZones[d.tokS(i+1)] && d.toks[i+1].upper {
		return d.clockEnd(i, i+1, t.num/100, t.num%100, true) // "1430 GMT"
	}
	switch t.kind {
	case kNum:
		if t.ndig > 2 || t.num > 24 {
			return match{}, false
		}
		h = t.num
		if d.is(j, ":", ".") && d.adjacent(j) && d.tok(j+1) != nil && d.toks[j+1].kind == kNum && d.toks[j+1].ndig == 2 && d.adjacent(j+1) {
			m = d.toks[j+1].num
			j += 2
		}
	case kMixed:
		s := t.s
		if len(s) >= 3 && (s[len(s)-2:] == "am" || s[len(s)-2:] == "pm") {
			n, err := strconv.Atoi(s[:len(s)-2])
			if err != nil || n > 12 {
				return match{}, false
			}
			h = n
			if s[len(s)-2:] == "pm" && h < 12 {
				h += 12
			}
			return d.clockEnd(i, j, h, 0, true)
		}
		return match{}, false
	default:
		return match{}, false
	}
	if m > 59 {
		return match{}, false
	}
	// meridiem: "a.m.", "p.m.", "am", "pm"
	switch {
	case d.is(j, "a", "p") && d.is(j+1, ".") && d.is(j+2, "m"):
		if d.is(j, "p") && h < 12 {
			h += 12
		} else if d.is(j, "a") && h == 12 {
			h = 0
		}
		j += 3
		if d.is(j, ".") && d.adjacent(j) {
			j++
		}
		return d.clockEnd(i, j, h, m, true)
	case d.is(j, "am", "pm"):
		if d.is(j, "pm") && h < 12 {
			h += 12
		}
		return d.clockEnd(i, j+1, h, m, true)
	case d.is(j, "o") && d.is(j+1, "'") && d.is(j+2, "clock"):
		if h2, end, ok := d.partOfDayHour(j+3, h); ok {
			return d.clockEnd(i, end, h2, m, true) // "4 o'clock in the morning"
		}
		return d.clockEnd(i, j+3, h, m, true)
	}
	if h2, end, ok := d.partOfDayHour(j, h); ok && d.is(i-1, clockPreps...) {
		return d.clockEnd(i, end, h2, m, true) // "at 4 in the morning"
	}
	if j > i+1 && d.is(i+1, ":") && (timeZones[d.tokS(j)] || d.is(i-1, "at")) && !magnitudes[d.tokS(j)] {
		return d.clockEnd(i, j, h, m, true)
	}
	return match{}, false
}

// clockPreps come before a clock time told by the part of the day ("at 4 in
// the morning"); without one, "3 in the morning session" is an amount.
var clockPreps = []string{"at", "by", "until", "till", "from", "around", "about", "after", "before", "since"}

// partOfDayHour reads "in the morning", "in the afternoon", "in the
// evening", "at night" at token j after hour h (1-12): the 24-hour hour and
// the end of the phrase.
func (d *doc) partOfDayHour(j, h int) (int, int, bool) {
	if h < 1 || h > 12 {
		return 0, 0, false
	}
	var part string
	end := j + 3
	switch {
	case d.is(j, "in") && d.is(j+1, "the"):
		part = d.tokS(j + 2)
	case d.is(j, "at") && d.is(j+1, "night"):
		part, end = "night", j+2
	default:
		return 0, 0, false
	}
	switch part {
	case "morning":
		if h == 12 {
			h = 0
		}
	case "afternoon", "evening":
		if h < 12 {
			h += 12
		}
	case "night":
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 24
		}
	default:
		return 0, 0, false
	}
	return h, end, true
}

// magnitudes follow numbers that are amounts, not clock times.
var magnitudes = map[string]bool{
	"million": true, "billion": true, "trillion": true, "percent": true, "%": true, "pct": true,
	"points": true, "cents": true, "shares": true,
}

// clockEnd finishes a clock time: an optional zone, the date it falls on.
func (d *doc) clockEnd(i, j, h, m int, ok bool) (match, bool) {
	if h > 24 || !ok {
		return match{}, false
	}
	if timeZones[d.tokS(j)] && d.toks[j].upper {
		j++
	}
	dt, end := d.dateAfter(j)
	dt = d.weekdayTense(i, j, end, dt)
	if end == j && d.is(j, "(") && d.tok(j+1) != nil && d.toks[j+1].kind == kNum {
		for k := j + 2; k < j+10 && k < len(d.toks); k++ {
			if d.is(k, ")") { // "10:35 a.m. (0735 GMT) Friday": Friday dates it
				if t, e := d.dateAfter(k + 1); e > k+1 {
					dt = t
				}
				break
			}
			if t, e := d.dateAfter(k); e > k { // "4 in the morning (4 a.m. EDT Thursday)"
				dt = d.weekdayTense(i, k, e, t)
				break
			}
		}
	} else if end == j && d.is(j, ")") && d.is(i-1, "(") {
		if t, e := d.dateAfter(j + 1); e > j+1 {
			dt = t // the "0735 GMT" of "10:35 a.m. (0735 GMT) Friday"
		}
	}
	v := fmtDay(dt) + "T" + twoDigits(h) + ":" + twoDigits(m)
	return match{end: end, typ: Time, value: v}, true
}

// dateAfter is the date a clock time ending before token j refers to: the
// day named right after it ("3 p.m. Friday", "5 p.m. EST, Nov. 9", "noon
// tomorrow"), which joins the expression, else the reference date.
func (d *doc) dateAfter(j int) (time.Time, int) {
	k := j
	if d.is(k, ",") {
		k++
	}
	if d.is(k, "on") { // "9am on Friday": the day dates the time but is its own expression
		k++
		if m, ok := d.monthDay(k); ok {
			if t, err := time.Parse("2006-01-02", m.value); err == nil {
				return t, j
			}
		}
		if m, ok := d.dayMonth(k); ok {
			if t, err := time.Parse("2006-01-02", m.value); err == nil {
				return t, j
			}
		}
		if m, ok := d.weekday(k); ok && len(m.value) >= 10 {
			if t, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
				return t, j
			}
		}
		return d.ref, j
	}
	if _, wd := weekdays[d.tokS(k)]; wd || d.tok(k) != nil && d.toks[k].kind == kNum {
		at := k
		if wd {
			at = k + 1 // "10am, Wednesday 18 February": the weekday before its day and month
			if d.is(at, ",") {
				at++
			}
		}
		if dm, ok := d.dayMonth(at); ok {
			if t, err := time.Parse("2006-01-02", dm.value); err == nil {
				return t, dm.end
			}
		}
	}
	var m match
	ok := false
	if m, ok = d.dayWord(k); !ok || m.typ != Date {
		if m, ok = d.monthDay(k); !ok {
			m, ok = d.weekday(k)
		}
	}
	if ok && len(m.value) >= 10 {
		if t, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
			return t, m.end
		}
	}
	return d.ref, j
}

// weekdayTense re-reads the direction of a bare weekday that dates a clock
// time ("at 4 a.m. EDT Thursday", tokens [j, end)) from the start of the whole
// expression at i: the clock's own tokens must not use up the tense window.
func (d *doc) weekdayTense(i, j, end int, dt time.Time) time.Time {
	k := j
	if d.is(k, ",") {
		k++
	}
	wd, ok := weekdays[d.tokS(k)]
	if !ok || end <= k || end > k+2 {
		return dt // no weekday, or "Friday, Oct. 13": the date decides
	}
	if dir := d.tense(i, end); dir != 0 {
		return weekdayFrom(d.ref, wd, dir)
	}
	return dt
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
