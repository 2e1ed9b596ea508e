package timex

import (
	"strconv"
	"time"
)

// weekday matches "Tuesday", "last Friday", "Wednesday night".
func (d *doc) weekday(i int) (match, bool) {
	start := i
	shift, hasShift := 0, false
	if t := d.tok(i); t != nil && (t.s == "last" || t.s == "next" || t.s == "this" || t.s == "coming" || t.s == "past") {
		shift, hasShift = shiftWords[t.s], true
		i++
	}
	t := d.tok(i)
	if t == nil || t.kind != kWord || !t.upper {
		return match{}, false
	}
	wd, ok := weekdays[t.s]
	if !ok || len(t.s) < 6 {
		return match{}, false
	}
	end := i + 1
	if m, ok := d.weekdaySet(i, wd, hasShift); ok {
		return m, true
	}
	var dt = d.ref
	switch {
	case hasShift && shift < 0:
		dt = weekdayFrom(d.ref.AddDate(0, 0, -1), wd, -1)
	case hasShift && shift > 0:
		dt = weekdayFrom(d.ref.AddDate(0, 0, 1), wd, 1)
	case d.is(end, "'") && d.is(end+1, "s") && d.is(start-2, "ahead") && d.is(start-1, "of"):
		dt = weekdayFrom(d.ref, wd, 1) // "ahead of Monday's meeting" is to come
	case d.is(end, "'") && d.is(end+1, "s"): // "Friday's close" is over
		dt = weekdayFrom(d.ref, wd, -1)
	case d.is(start-1, "as") && d.is(start-2, "soon", "early") && d.is(start-3, "as"):
		dt = weekdayFrom(d.ref, wd, 1)
	default:
		dir := d.tense(start, end)
		if dir == 0 {
			dir = d.sentenceTense(start) // "The Cabinet will deliberate on the proposed ... mechanism for Sabah and Sarawak at its meeting on Wednesday"
		}
		if dir == 0 {
			dir = -1
		}
		if d.progressivePlan(start) && !d.is(start-1, "since") {
			dir = 1
		}
		dt = weekdayFrom(d.ref, wd, dir)
	}
	if wk, own := d.weekNamed(end); !hasShift && wk >= 0 {
		// "Thursday next week", "Thursday of next week": that weekday of the
		// week named; "Wednesday and Thursday of next week": both are
		mon := d.ref.AddDate(0, 0, -((int(d.ref.Weekday())+6)%7)+7*shiftWords[d.tokS(wk)])
		dt = mon.AddDate(0, 0, (wd+6)%7)
		if own {
			end = wk + 2
		}
	}
	if !hasShift && d.is(end, "week") && !d.is(end+1, "'", "-", "of", "and") && dt.After(d.ref) {
		dt, end = dt.AddDate(0, 0, 7), end+1 // "in Hanoi on Tuesday week": a week after the coming Tuesday
	}
	out := match{end: end, typ: Date, value: fmtDay(dt)}
	at := end
	if d.is(at, ",") {
		at++
	}
	if md, ok := d.monthDay(at); ok { // "Friday, Oct. 13": the date decides
		md.split = 0
		return md, true
	}
	if p, ok := dayParts[d.tokS(end)]; ok {
		out.end = end + 1 // "Friday night": annotators mostly give the day
		if p == "EV" {
			out.typ, out.value = Time, out.value+"TEV" // but "Friday evening" its evening
		}
	}
	return out, true
}

// weekNamed is the token of "next", "last" or "this" that names the week of
// the weekday ending before token end: right after it ("Thursday next
// week"), after "of" ("Thursday of next week"), or after the weekday joined
// to it ("Wednesday and Thursday of next week"); own is false for that
// last, whose words belong to the other weekday. -1 when no week is named.
func (d *doc) weekNamed(end int) (wk int, own bool) {
	k, own := end, true
	if d.is(k, "and", "or") {
		if _, ok := weekdays[d.tokS(k+1)]; ok {
			k, own = k+2, false
		}
	}
	if d.is(k, "of") {
		k++
	} else if !own {
		return -1, false
	}
	if d.is(k, "next", "last", "this") && d.is(k+1, "week") && !d.is(k+2, "'") {
		return k, own
	}
	return -1, false
}

// tokS returns the text of token i or "".
func (d *doc) tokS(i int) string {
	if t := d.tok(i); t != nil {
		return t.s
	}
	return ""
}

// holiday matches fixed and US holidays: "Christmas", "New Year's Day", "Thanksgiving".
func (d *doc) holiday(i int) (match, bool) {
	t := d.tok(i)
	if t == nil || !t.upper {
		return match{}, false
	}
	m, dd, end := 0, 0, i+1
	switch {
	case t.s == "christmas":
		m, dd = 12, 25
		if d.is(i+1, "eve") {
			dd, end = 24, i+2
		} else if d.is(i+1, "day") {
			end = i + 2
		}
	case t.s == "new" && d.is(i+1, "year") && d.is(i+2, "'") && d.is(i+3, "s"):
		m, dd, end = 1, 1, i+4
		if d.is(end, "eve") {
			m, dd = 12, 31
			end++
		} else if d.is(end, "day") {
			end++
		} else {
			return match{}, false
		}
	case t.s == "independence" && d.is(i+1, "day"):
		m, dd, end = 7, 4, i+2
	case t.s == "halloween":
		m, dd = 10, 31
	case t.s == "thanksgiving":
		if d.is(i+1, "day") {
			end = i + 2
		}
		return match{end: end, typ: Date, value: fmtDay(d.nearestAnnual(i, end, thanksgiving))}, true
	case t.s == "election" && d.is(i+1, "day") && d.toks[i+1].upper:
		return match{end: i + 2, typ: Date, value: fmtDay(d.nearestAnnual(i, i+2, electionDay))}, true
	default:
		return match{}, false
	}
	y := d.mdYear(m, dd, i, end)
	return match{end: end, typ: Date, value: fmtDay(day(y, m, dd))}, true
}

// nearestAnnual resolves a holiday that moves every year (at, the date in year
// y) by the tense of its clause, else to the nearest one.
func (d *doc) nearestAnnual(i, end int, at func(y int) time.Time) time.Time {
	y := d.ref.Year()
	th := at(y)
	dir := d.tense(i, end)
	if dir == 0 && d.ref.Sub(at(y-1)) < th.Sub(d.ref) {
		dir = -1 // the nearest one
	}
	if dir < 0 && th.After(d.ref) {
		th = at(y - 1)
	} else if dir > 0 && th.Before(d.ref) {
		th = at(y + 1)
	}
	return th
}

// electionDay is the US Election Day of year y: the Tuesday after the first
// Monday of November.
func electionDay(y int) time.Time { return weekdayFrom(day(y, 11, 2), 2, 1) }

// thanksgiving is the fourth Thursday of November in year y.
func thanksgiving(y int) time.Time {
	first := weekdayFrom(day(y, 11, 1), 4, 1)
	return first.AddDate(0, 0, 21)
}

// ordinalDay matches "the 11th" (a day of the reference month, by tense).
func (d *doc) ordinalDay(i int) (match, bool) {
	if !d.is(i, "the") {
		return match{}, false
	}
	t := d.tok(i + 1)
	if t == nil || t.kind != kMixed {
		return match{}, false
	}
	n, ok := ordinalSuffix(t.s)
	if !ok || n < 1 || n > 31 {
		return match{}, false
	}
	next := d.tok(i + 2)
	if next != nil && next.kind == kWord && !d.is(i+2, "and", "or", "at", "in", "when", "of") {
		return match{}, false // "the 22nd meeting"
	}
	if d.is(i+2, "of") {
		return match{}, false // "the 4th of December" is dayMonth
	}
	dir := d.tense(i, i+2)
	y, m := d.ref.Year(), int(d.ref.Month())
	switch {
	case dir < 0 && n > d.ref.Day():
		m--
	case dir > 0 && n < d.ref.Day():
		m++
	}
	dt := day(y, m, n)
	if dt.Day() != n {
		return match{}, false
	}
	return match{end: i + 2, typ: Date, value: fmtDay(dt)}, true
}

// mdYear picks the year of a month-day written without one (tokens [i, end)):
// the nearest to ref in the clause's tense direction, or simply the nearest
// when the tense is unknown or would push the date more than mdMaxDays away.
func (d *doc) mdYear(m, dd, i, end int) int {
	near := nearestYearMD(d.ref, m, dd, 0)
	dir := d.tense(i, end)
	if dir == 0 {
		dir = d.sentenceTense(i)
	}
	if dir == 0 {
		return near
	}
	y := nearestYearMD(d.ref, m, dd, dir)
	if dist := day(y, m, dd).Sub(d.ref).Hours() / 24; dist < -mdMaxDays || dist > mdMaxDays {
		return near
	}
	return y
}

// mdMaxDays is the furthest (in days) a tense cue may push a month-day from ref.
const mdMaxDays = 300

// weekdaySet matches a recurring weekday: "on Tuesdays", "Tuesday nights",
// "Mondays and Fridays" (XXXX-WXX-2, XXXX-WXX-2TNI).
func (d *doc) weekdaySet(i, wd int, shifted bool) (match, bool) {
	v := "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)
	if plural(d.toks[i].s) && !shifted && !d.is(i+1, "'") {
		return match{end: i + 1, typ: Set, value: v}, true
	}
	if w := d.tokS(i + 1); plural(w) && !shifted {
		if p, ok := dayParts[w[:len(w)-1]]; ok {
			return match{end: i + 2, typ: Set, value: v + "T" + p}, true
		}
	}
	return match{}, false
}

// weekHence matches "a week today", "a week tomorrow", "a fortnight today",
// "a week on Sunday" and "a week from Monday": the day one (or two) weeks
// after today, tomorrow or the coming weekday, as British usage has it
// ("members' forum a week on Sunday" said on a Sunday is the Sunday after
// next).
func (d *doc) weekHence(i int) (match, bool) {
	if !d.is(i, "a") || !d.is(i+1, "week", "fortnight") {
		return match{}, false
	}
	days := 7
	if d.is(i+1, "fortnight") {
		days = 14
	}
	k := i + 2
	switch {
	case d.is(k, "today"):
		return match{end: k + 1, typ: Date, value: fmtDay(d.ref.AddDate(0, 0, days))}, true
	case d.is(k, "tomorrow"):
		return match{end: k + 1, typ: Date, value: fmtDay(d.ref.AddDate(0, 0, days+1))}, true
	case d.is(k, "on", "from"):
		t := d.tok(k + 1)
		if t == nil || t.kind != kWord || !t.upper {
			return match{}, false
		}
		wd, ok := weekdays[t.s]
		if !ok {
			return match{}, false
		}
		return match{end: k + 2, typ: Date, value: fmtDay(weekdayFrom(d.ref.AddDate(0, 0, 1), wd, 1).AddDate(0, 0, days))}, true
	}
	return match{}, false
}
