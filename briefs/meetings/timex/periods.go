package timex

import (
	"strconv"
	"time"
)

// theYear matches "the year", "the full year", "the fiscal year", "the
// current fiscal year", "the latest period", "the latest fiscal year": the
// reference year (or, before "ended"/"ending", a one-year duration).
func (d *doc) theYear(i int) (match, bool) {
	if !d.is(i, "the") {
		return match{}, false
	}
	j := i + 1
	latest := d.is(j, "latest", "most", "just-ended")
	if d.is(j, "full", "current", "latest", "entire", "whole") {
		j++
	}
	if d.is(j, "fiscal", "calendar") {
		j++
	}
	switch {
	case d.is(j, "period") && latest:
		v, _ := shiftValue(d.ref, "Q", -1)
		return match{end: j + 1, typ: Date, value: v}, true
	case !d.is(j, "year"):
		return match{}, false
	}
	end := j + 1
	if y, e, ok := d.year(end); ok { // "the fiscal year 2024"
		m, _ := d.yearAlone(end)
		if m.end > e {
			e = m.end
		}
		return match{end: e, typ: Date, value: fmtYear(y)}, true
	}
	if d.is(end, "ended", "ending", "ends", "that", "through", "to") {
		return match{end: end, typ: Duration, value: "P1Y"}, true
	}
	if latest {
		return match{end: end, typ: Date, value: fmtYear(d.ref.Year() - 1)}, true
	}
	if d.is(end, "-") || d.is(end, "'") || d.is(end, "of") {
		return match{}, false // "the year-earlier period", "the year's"..., "the year of the dragon"
	}
	return match{end: end, typ: Date, value: fmtYear(d.ref.Year())}, true
}

// inThe matches "earlier in the day", "later in the week", "earlier this
// month" is shifted's: the current day, week, month or year.
func (d *doc) inThe(i int) (match, bool) {
	if !d.is(i, "earlier", "later", "early", "late") || !d.is(i+1, "in") || !d.is(i+2, "the") {
		return match{}, false
	}
	u, ok := units[d.tokS(i+3)]
	if !ok || plural(d.tokS(i+3)) {
		return match{}, false
	}
	v, ok := shiftValue(d.ref, u.code, 0)
	if !ok || u.code == "Q" || u.code == "D" {
		return match{}, false
	}
	return match{end: i + 4, typ: Date, value: v}, true
}

// theUnit matches "the month", "the week" right after "the end of" or "the
// beginning of" (elsewhere they are too vague to date).
func (d *doc) theUnit(i int) (match, bool) {
	if !d.is(i, "the") || !d.is(i-1, "of") || !d.is(i-2, "end", "beginning", "start", "middle") {
		return match{}, false
	}
	u, ok := units[d.tokS(i+1)]
	if !ok || plural(d.tokS(i+1)) || u.code != "M" && u.code != "W" || u.time {
		return match{}, false
	}
	v, _ := shiftValue(d.ref, u.code, 0)
	return match{end: i + 2, typ: Date, value: v}, true
}

// that matches "that year", "that quarter", "later that year": the year or
// quarter last mentioned.
func (d *doc) that(i int) (match, bool) {
	j := i
	if d.is(j, "later", "earlier", "early", "late") {
		j++
	}
	if !d.is(j, "that") || !isAnchor(d.anchor) {
		return match{}, false
	}
	switch {
	case d.is(j+1, "year"):
		return match{end: j + 2, typ: Date, value: d.anchor[:4], anaphoric: true}, true
	case d.is(j+1, "quarter") && len(d.anchor) == 7 && d.anchor[5] == 'Q':
		return match{end: j + 2, typ: Date, value: d.anchor, anaphoric: true}, true
	case d.is(j+1, "month") && len(d.anchor) >= 7 && d.anchor[4] == '-' && d.anchor[5] <= '1':
		return match{end: j + 2, typ: Date, value: d.anchor[:7], anaphoric: true}, true
	case len(d.anchor) >= 10 && IsFullDate(d.anchor[:10]) && (d.is(j+1, "day") || d.is(j+1, "same") && d.is(j+2, "day")):
		end := j + 2 // "earlier that day", "that same day": the day last named
		if d.is(j+1, "same") {
			end++
		}
		return match{end: end, typ: Date, value: d.anchor[:10], anaphoric: true}, true
	}
	return match{}, false
}

// weekOf matches "the week of March 6": the week of the day named; and
// "the last week of November", "the first week of April": the week of the
// month's last day, or of its 1st, 8th, 15th or 22nd.
func (d *doc) weekOf(i int) (match, bool) {
	if n, ok := weekOrdinals[d.tokS(i+1)]; ok && d.is(i, "the") && d.is(i+2, "week") && d.is(i+3, "of") {
		return d.weekOfMonth(i+4, n)
	}
	if !d.is(i, "the") || !d.is(i+1, "week") || !d.is(i+2, "of") {
		return match{}, false
	}
	md, ok := d.monthDay(i + 3)
	if !ok || len(md.value) < 10 {
		return match{}, false
	}
	t, err := time.Parse("2006-01-02", md.value[:10])
	if err != nil {
		return match{}, false
	}
	return match{end: md.end, typ: Date, value: fmtWeek(t)}, true
}

// weekOrdinals are the weeks of a month by number; -1 is the last.
var weekOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

// weekOfMonth resolves the n-th week of the month named at i ("November",
// "November 1998").
func (d *doc) weekOfMonth(i, n int) (match, bool) {
	m, ok := d.monthYear(i)
	if !ok {
		m, ok = d.monthAlone(i)
	}
	if !ok || len(m.value) != 7 {
		return match{}, false
	}
	t, err := time.Parse("2006-01", m.value)
	if err != nil {
		return match{}, false
	}
	if n < 0 {
		t = t.AddDate(0, 1, -1)
	} else {
		t = t.AddDate(0, 0, 7*(n-1))
	}
	return match{end: m.end, typ: Date, value: fmtWeek(t)}, true
}

// weekend matches "the weekend", "this weekend", "last weekend", "over the weekend".
func (d *doc) weekend(i int) (match, bool) {
	if !d.is(i, "the", "this") || !d.is(i+1, "weekend") {
		return match{}, false
	}
	// the weekend just past, unless the clause looks ahead
	wd := int(d.ref.Weekday())
	ref := d.ref
	switch {
	case wd == 6 || wd == 0:
	case d.tense(i, i+2) > 0 || d.is(i-1, "ahead"):
		ref = ref.AddDate(0, 0, 6-wd)
	default:
		ref = ref.AddDate(0, 0, -wd)
	}
	return match{end: i + 2, typ: Date, value: fmtWeek(ref) + "-WE"}, true
}

// yearEnd matches "year-end", "year end", "year's end", "the end of the year".
func (d *doc) yearEnd(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	end, day := 0, ""
	switch {
	case d.is(j, "year") && d.is(j+1, "-") && d.is(j+2, "end"):
		end, day = j+3, "-12-31" // the modifier "year-end" (figures, close): the closing day
	case d.is(j, "year") && d.is(j+1, "end"):
		end = j + 2 // the noun "year end" is the end of the year: the year, like "the end of the year"
	case d.is(j, "year") && d.is(j+1, "'") && d.is(j+2, "s") && d.is(j+3, "end"):
		end = j + 4
	default:
		return match{}, false
	}
	// this year, or last year when looking back ("since year-end")
	y := d.ref.Year()
	if d.is(i-1, "since") || d.tense(i, end) < 0 && !d.is(i-1, "by", "until", "before") {
		y--
	}
	return match{end: end, typ: Date, value: fmtYear(y) + day}, true
}

// vagueRef matches "the near term", "the short term", "these days",
// "coming months", "recent weeks" (a duration of unknown length, as
// TimeBank marks recent days, weeks and months), "past years", "the time".
func (d *doc) vagueRef(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	switch {
	case i == j && d.is(i, "a") && d.is(i+1, "later", "future") && d.is(i+2, "date", "time"):
		return match{end: i + 3, typ: Date, value: "FUTURE_REF"}, true // "at a later date"
	case i == j && d.is(i, "a") && d.is(i+1, "while") && d.is(i-1, "for", "after"):
		return match{end: i + 2, typ: Duration, value: "PXX"}, true // "for a while": a length left vague
	case d.is(j, "near", "short") && d.is(j+1, "term"):
		return match{end: j + 2, typ: Date, value: "FUTURE_REF"}, true
	case i == j && d.is(i, "these") && d.is(i+1, "days"):
		return match{end: i + 2, typ: Date, value: "PRESENT_REF"}, true
	case d.is(j, "coming", "upcoming") && plural(d.tokS(j+1)) && units[d.tokS(j+1)].code != "":
		return match{end: j + 2, typ: Date, value: "FUTURE_REF"}, true
	case i == j && d.is(i, "recent") && d.is(i+1, "days", "weeks", "months") && !d.is(i+2, "and", "or"):
		return match{end: i + 2, typ: Duration, value: durationValue("X", units[d.tokS(i+1)])}, true // "in recent months": PXM
	case i == j && d.is(i, "recent", "past") && plural(d.tokS(i+1)) && units[d.tokS(i+1)].code != "" && !units[d.tokS(i+1)].time:
		return match{end: i + 2, typ: Date, value: "PAST_REF"}, true // "recent years", "past years", "recent weeks and months"
	}
	return match{}, false
}

// century matches "the 20th century", "the nineteenth century".
func (d *doc) century(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	t := d.tok(j)
	if t == nil {
		return match{}, false
	}
	n, ok := ordinalWords[t.s]
	if !ok {
		n, ok = ordinalSuffix(t.s)
	}
	if !ok || n < 1 || n > 30 || !d.is(j+1, "century") {
		return match{}, false
	}
	if d.is(j+2, "-") {
		return match{}, false
	}
	return match{end: j + 2, typ: Date, value: twoDigits(n - 1)}, true
}

// following matches "the following year", "the previous month": one unit
// after or before the last date mentioned.
func (d *doc) following(i int) (match, bool) {
	if !d.is(i, "the") || !d.is(i+1, "following", "previous", "next", "prior") {
		return match{}, false
	}
	n := 1
	if d.is(i+1, "previous", "prior") {
		n = -1
	}
	if m, ok := d.followingWeekday(i, n); ok {
		return m, true
	}
	u, ok := units[d.tokS(i+2)]
	if ok && u.code == "D" && !plural(d.tokS(i+2)) && IsFullDate(d.anchor) {
		// "the following day": the day after the last date named
		if t, err := time.Parse("2006-01-02", d.anchor); err == nil {
			return match{end: i + 3, typ: Date, value: fmtDay(t.AddDate(0, 0, n)), anaphoric: true}, true
		}
	}
	if !ok || plural(d.tokS(i+2)) || (u.code != "Y" && u.code != "M") || !isAnchor(d.anchor) {
		return match{}, false
	}
	y := atoi(d.anchor[:4])
	if u.code == "Y" {
		return match{end: i + 3, typ: Date, value: fmtYear(y + n), anaphoric: true}, true
	}
	if len(d.anchor) < 7 || d.anchor[4] != '-' || d.anchor[5] < '0' || d.anchor[5] > '1' {
		return match{}, false
	}
	m, err := strconv.Atoi(d.anchor[5:7])
	if err != nil {
		return match{}, false
	}
	return match{end: i + 3, typ: Date, value: fmtMonth(y, m+n), anaphoric: true}, true
}

// followingWeekday matches "the previous Friday", "the following Monday": the
// weekday before or after the last date named (n -1 or 1), or the reference
// day when no day was named.
func (d *doc) followingWeekday(i, n int) (match, bool) {
	t := d.tok(i + 2)
	if t == nil || t.kind != kWord || !t.upper || len(t.s) < 6 {
		return match{}, false
	}
	wd, ok := weekdays[t.s]
	if !ok {
		return match{}, false
	}
	base, anaphoric := d.ref, false
	if len(d.anchor) >= 10 && IsFullDate(d.anchor[:10]) {
		if a, err := time.Parse("2006-01-02", d.anchor[:10]); err == nil {
			base, anaphoric = a, true
		}
	}
	dt := weekdayFrom(base.AddDate(0, 0, n), wd, n)
	return match{end: i + 3, typ: Date, value: fmtDay(dt), anaphoric: anaphoric}, true
}
