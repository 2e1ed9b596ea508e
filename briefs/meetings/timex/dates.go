package timex

import (
	"strconv"
	"time"
)

// month matches a month name at i, returning the month and the next token.
func (d *doc) month(i int) (int, int, bool) {
	t := d.tok(i)
	if t == nil || t.kind != kWord {
		return 0, 0, false
	}
	m := months[t.s]
	if m == 0 || !t.upper {
		return 0, 0, false
	}
	next := i + 1
	if len(t.s) <= 4 && t.s != "june" && t.s != "july" && t.s != "may" {
		next = d.dot(next)
	}
	if t.s == "may" || t.s == "march" || t.s == "mar" || t.s == "jan" || t.s == "jun" {
		// ambiguous words: accept only with a day or year beside them ("25 March", "March 25") or a preposition before
		if !d.dayAt(next) && !d.yearAt(next) && !(i > 0 && d.dayAt(i-1)) && !d.is(i-1, "in", "of", "for", "since", "until", "till", "by",
			"last", "this", "next", "early", "late", "mid", "-", "from", "through", "to", "before",
			"after", "during", "between", "since", "past", "end") && !d.attributive(i, next) {
			return 0, 0, false
		}
		if t.s == "may" && i > 0 && !d.toks[i-1].upper && d.toks[i-1].kind == kWord && !d.dayAt(i-1) && !d.dayAt(next) && !d.yearAt(next) &&
			!d.is(i-1, "in", "of", "since", "until", "till", "by", "last", "this", "next", "early", "late", "mid", "during", "from", "through", "before", "after", "between", "end") {
			return 0, 0, false
		}
	}
	return m, next, true
}

// attributive reports whether the month name at i modifies the noun at next:
// "the March accession", "its May meeting" (not "the March on Washington").
func (d *doc) attributive(i, next int) bool {
	n := d.tok(next)
	return d.is(i-1, "the", "its", "their", "a") && n != nil && n.kind == kWord && !n.upper &&
		!d.is(next, "of", "on", "to", "for", "and", "or", "in", "was", "is", "will", "has", "had")
}

// dayNum matches a day of the month (1-31, "4th") at i.
func (d *doc) dayNum(i int) (int, int, bool) {
	t := d.tok(i)
	if t == nil {
		return 0, 0, false
	}
	switch t.kind {
	case kNum:
		if t.ndig <= 2 && t.num >= 1 && t.num <= 31 {
			// not "Aug 7.5%", not a clock "Dec 4 10:30"
			if d.is(i+1, "%") && d.adjacent(i+1) || d.is(i+1, ".", ":") && d.adjacent(i+1) && d.tok(i+2) != nil && d.tok(i+2).kind == kNum && d.adjacent(i+2) {
				return 0, 0, false
			}
			return t.num, i + 1, true
		}
	case kMixed:
		if n, ok := ordinalSuffix(t.s); ok && n >= 1 && n <= 31 {
			return n, i + 1, true
		}
	}
	return 0, 0, false
}

func (d *doc) dayAt(i int) bool { _, _, ok := d.dayNum(i); return ok }

// ordinalSuffix parses "1st", "22nd", "11th".
func ordinalSuffix(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	suf := s[len(s)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	n, err := strconv.Atoi(s[:len(s)-2])
	return n, err == nil
}

// rangeSep matches a range separator at i: "-", "to", "through", "and" (after "between").
func (d *doc) rangeSep(i int, between bool) (int, bool) {
	switch {
	case d.is(i, "-", "–", "—", "to", "through", "till", "until", "thru"):
		return i + 1, true
	case d.is(i, "and") && (between || d.secondDayOnly(i+1)):
		return i + 1, true
	}
	return 0, false
}

// secondDayOnly reports whether token i is a bare day ending a range such as
// "April 24 and 25.": a day number followed by punctuation or the end.
func (d *doc) secondDayOnly(i int) bool {
	t := d.tok(i)
	if t == nil || t.kind != kNum || t.ndig > 2 {
		return false
	}
	n := d.tok(i + 1)
	return n == nil || n.kind == kPunct && n.s != "%" && n.s != "-" && n.s != "." || n.kind == kPunct && n.s == "." && (d.tok(i+2) == nil || d.toks[i+2].kind != kNum)
}

// monthDay matches "Sept. 30", "Aug. 7, 1998", "October 28-29, 2025", "March 3 to 5".
func (d *doc) monthDay(i int) (match, bool) {
	m, j, ok := d.month(i)
	if !ok {
		return match{}, false
	}
	dd, k, ok := d.dayNum(j)
	if !ok {
		return match{}, false
	}
	end := k
	m2, d2, second := 0, 0, 0
	if s, ok := d.rangeSep(k, d.is(i-1, "between")); ok {
		if x, k2, ok := d.dayNum(s); ok && x > dd && !d.is(k2, ":", "%") && units[d.tokS(k2)].code == "" {
			m2, d2, end, second = m, x, k2, s
		} else if mm, s2, ok := d.month(s); ok {
			if x, k2, ok := d.dayNum(s2); ok {
				m2, d2, end, second = mm, x, k2, s
			}
		}
		if d.is(k, "-", "–", "—") {
			second = 0 // "October 28-29": one expression
		}
	}
	y, yEnd := 0, end
	if d.is(end, ",") {
		if yy, e, ok := d.year(end + 1); ok {
			y, yEnd = yy, e
		}
	} else if yy, e, ok := d.year(end); ok {
		y, yEnd = yy, e
	}
	if y == 0 {
		y = d.mdYear(m, dd, i, end)
	}
	if !validDay(y, m, dd) {
		return match{}, false
	}
	out := match{end: yEnd, typ: Date, value: fmtDay(day(y, m, dd))}
	if d2 > 0 {
		y2 := y
		if m2 < m {
			y2++
		}
		if validDay(y2, m2, d2) {
			out.endValue = fmtDay(day(y2, m2, d2))
			if second > 0 {
				out.split, out.second, out.secondValue = k, second, out.endValue
			}
		}
	}
	return out, true
}

// dayMonth matches "4 December 2025", "28-29 October", "23 and 24 September",
// "9 to Thursday 11 September 2025", "the 4th of December".
func (d *doc) dayMonth(i int) (match, bool) {
	start := i
	if d.is(i, "the") {
		i++
	}
	dd, j, ok := d.dayNum(i)
	if !ok {
		return match{}, false
	}
	d2 := 0
	if s, ok := d.rangeSep(j, d.is(start-1, "between")); ok {
		if _, isDay := weekdays[d.tokS(s)]; isDay && d.toks[s].upper && d.weekdayBefore(start) {
			s++ // "Tuesday 9 to Thursday 11 September 2025": the second day's weekday, as the first has one (not "DAY 2 - WEDNESDAY, 18 MARCH")
			if d.is(s, ",") {
				s++
			}
		}
		if x, k2, ok := d.dayNum(s); ok && x > dd {
			d2, j = x, k2
		}
	} else if d.is(j, "and") {
		if x, k2, ok := d.dayNum(j + 1); ok && x > dd && x-dd <= 2 {
			if _, _, month := d.month(k2); month {
				d2, j = x, k2 // "on 23 and 24 September 2025": two days, one meeting
			}
		}
	}
	if d.is(j, "day") && d.is(j+1, "of") {
		j++ // a notice's "the 21st day of July, 2025"
	}
	if d.is(j, "of") {
		j++
	}
	m, k, ok := d.month(j)
	if !ok || d.toks[j].newline && j > i {
		return match{}, false // "Room 2\nJan 21: Full Council": the room's number and the next line's month
	}
	y := 0
	end := k
	if yy, e, ok := d.year(k); ok {
		y, end = yy, e
	} else if d.is(k, ",") {
		if yy, e, ok := d.year(k + 1); ok {
			y, end = yy, e
		}
	}
	if y == 0 {
		y = d.mdYear(m, dd, start, end)
	}
	if !validDay(y, m, dd) {
		return match{}, false
	}
	out := match{end: end, typ: Date, value: fmtDay(day(y, m, dd))}
	if d2 > 0 && validDay(y, m, d2) {
		out.endValue = fmtDay(day(y, m, d2))
	}
	return out, true
}

// weekdayBefore reports a weekday's name just before token i, past a
// comma: "Tuesday 9", "Tuesday, 9".
func (d *doc) weekdayBefore(i int) bool {
	k := i - 1
	if d.is(k, ",") {
		k--
	}
	_, ok := weekdays[d.tokS(k)]
	return ok && k >= 0 && d.toks[k].upper
}

// monthYear matches "December 2024", "July, 1997", "March of 1998".
func (d *doc) monthYear(i int) (match, bool) {
	m, j, ok := d.month(i)
	if !ok {
		return match{}, false
	}
	if d.is(j, ",", "of") {
		j++
	}
	if d.is(j, "-", "–", "to", "through") { // "Jan-Sept 1987": the first month, the range's year
		if m2, k, ok := d.month(j + 1); ok {
			if y, end, ok := d.year(k); ok && m2 > m {
				return match{end: end, typ: Date, value: fmtMonth(y, m), endValue: fmtMonth(y, m2)}, true
			}
		}
	}
	if d.is(j, "last", "this", "next") && d.is(j+1, "year") { // "July last year"
		return match{end: j + 2, typ: Date, value: fmtMonth(d.ref.Year()+shiftWords[d.tokS(j)], m)}, true
	}
	y, end, ok := d.year(j)
	if !ok {
		if y, end, ok = d.spokenYearNum(j); !ok {
			return match{}, false
		}
	}
	return match{end: end, typ: Date, value: fmtMonth(y, m)}, true
}

// monthAlone matches a month name without day or year.
func (d *doc) monthAlone(i int) (match, bool) {
	m, j, ok := d.month(i)
	if !ok {
		return match{}, false
	}
	dir := d.tense(i, j)
	if dir == 0 {
		dir = d.sentenceTense(i)
	}
	if d.is(i-1, "last", "this", "next", "past", "coming") {
		return match{}, false // handled by shifted
	}
	y := nearestYearM(d.ref, m, dir)
	if off := (y-d.ref.Year())*12 + m - int(d.ref.Month()); off > monthMaxOff || off < -monthMaxOff {
		y = nearestYearM(d.ref, m, 0) // a tense cue that far off is more likely wrong than the month
	}
	if oy, ok := d.owningYear(i); ok {
		y = oy // "At last year's summit in Madrid in June": last year's June, whatever the tense
	}
	return match{end: j, typ: Date, value: fmtMonth(y, m)}, true
}

// owningYear is the year that owns the noun a bare month at i follows, read
// back over at most six words of its phrase: "last year's summit in Madrid
// in June" (the reference year less one), "next year's conference in Dubai
// in November", "The 2024 summit in Lima in November". The meetings engine
// reads the same (meetings yearowned.go).
func (d *doc) owningYear(i int) (int, bool) {
	if !d.is(i-1, "in") {
		return 0, false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		t := d.tok(k)
		if t == nil || t.kind == kPunct && t.s != "'" && t.s != "’" {
			return 0, false // the phrase ends at a comma or a stop
		}
		if t.s == "s" && d.is(k-1, "'", "’") && d.is(k-2, "year") {
			switch {
			case d.is(k-3, "last"):
				return d.ref.Year() - 1, true
			case d.is(k-3, "this"):
				return d.ref.Year(), true
			case d.is(k-3, "next"):
				return d.ref.Year() + 1, true
			}
			return 0, false
		}
		if t.kind == kNum && t.ndig == 4 && d.is(k-1, "the") && t.num >= 1900 && t.num <= 2100 {
			return t.num, true // "The 2024 summit in Lima in November"
		}
	}
	return 0, false
}

// monthMaxOff is how many months from the reference a tense cue may send a
// bare month name.
const monthMaxOff = 9

// numericDate matches "2025-12-04", "12/04/2025" and "21.08.2025" (the
// order of day and month by numericOrder), and "5/19" after a weekday
// ("Tue 5/19", weekdayMonthDay).
func (d *doc) numericDate(i int) (match, bool) {
	t := d.tok(i)
	if t == nil || t.kind != kNum {
		return match{}, false
	}
	num := func(k, nd int) (int, bool) {
		x := d.tok(k)
		if x == nil || x.kind != kNum || !d.adjacent(k) || nd > 0 && x.ndig != nd || x.ndig > 4 {
			return 0, false
		}
		return x.num, true
	}
	if t.ndig == 4 && d.is(i+1, "-") && d.adjacent(i+1) {
		m, ok1 := num(i+2, 2)
		dd, ok2 := num(i+4, 2)
		if ok1 && ok2 && d.is(i+3, "-") && d.adjacent(i+3) && validDay(t.num, m, dd) {
			return match{end: i + 5, typ: Date, value: fmtDay(day(t.num, m, dd))}, true
		}
		return match{}, false
	}
	if t.ndig <= 2 && d.is(i+1, "/", ".") && d.adjacent(i+1) && d.is(i+3, d.tokS(i+1)) && d.adjacent(i+3) {
		b, ok1 := num(i+2, 0)
		y, ok2 := num(i+4, 4)
		if !ok1 || !ok2 {
			return match{}, false
		}
		if dt, ok := d.numericOrder(i, y, t.num, b, d.is(i+1, ".")); ok {
			return match{end: i + 5, typ: Date, value: fmtDay(dt)}, true
		}
	}
	if t.ndig <= 2 && d.is(i+1, "/") && d.adjacent(i+1) && !d.is(i+3, "/") && d.weekdayBefore(i) {
		if b, ok := num(i+2, 0); ok && b <= 31 {
			if dt, ok := d.weekdayMonthDay(i, t.num, b); ok {
				return match{end: i + 3, typ: Date, value: fmtDay(dt)}, true // "Tue 5/19": a US table's day
			}
		}
	}
	return match{}, false
}

// weekdayMonthDay reads "5/19" after the weekday before token i as month
// and day (the US order) in the year nearest the reference day where that
// day falls on the weekday written: a schedule's "Tue 5/19".
func (d *doc) weekdayMonthDay(i, m, dd int) (time.Time, bool) {
	k := i - 1
	if d.is(k, ",") {
		k--
	}
	wd := weekdays[d.tokS(k)]
	var best time.Time
	for _, y := range []int{d.ref.Year(), d.ref.Year() + 1, d.ref.Year() - 1} {
		if !validDay(y, m, dd) {
			continue
		}
		if t := day(y, m, dd); int(t.Weekday()) == wd && (best.IsZero() || absDays(t.Sub(d.ref)) < absDays(best.Sub(d.ref))) {
			best = t
		}
	}
	return best, !best.IsZero()
}

// numericOrder reads a/b/y as a date: day first when a cannot be a month
// or the separator is a dot ("21.08.2025"), month first when b cannot be
// one ("12/25/2025"); when both can, the reading its clause's tense allows
// ("will be held on 03/11/2025" on 28 October: 3 November), else the one
// nearer the reference day, else the US order the news stories use.
func (d *doc) numericOrder(i, y, a, b int, dotted bool) (time.Time, bool) {
	us, dayFirst := validDay(y, a, b), validDay(y, b, a)
	switch {
	case dotted || !us:
		return day(y, b, a), dayFirst
	case !dayFirst:
		return day(y, a, b), true
	}
	tu, td := day(y, a, b), day(y, b, a)
	if tu.Equal(td) {
		return tu, true
	}
	switch d.numericHabit() {
	case 1:
		return td, true // "12/07/2023" in a table that also writes "27/09/2023": 12 July
	case 2:
		return tu, true // "07/12/2023" beside "09/27/2023": July 12
	}
	if dir := d.tense(i, i+5); dir != 0 {
		fits := func(t time.Time) bool { return dir > 0 && !t.Before(d.ref) || dir < 0 && !t.After(d.ref) }
		if fits(tu) != fits(td) {
			if fits(td) {
				return td, true
			}
			return tu, true
		}
	}
	if absDays(td.Sub(d.ref)) < absDays(tu.Sub(d.ref)) {
		return td, true
	}
	return tu, true
}

// numericHabit is the order the text's own numeric dates show: 1 when one
// of them can only be day first ("27/09/2023") and none only month first,
// 2 the other way round, 3 when neither or both; read once per text.
func (d *doc) numericHabit() int {
	if d.order != 0 {
		return d.order
	}
	dayFirst, monthFirst := false, false
	for k := 0; k+4 < len(d.toks); k++ {
		a, s1, b, s2, y := &d.toks[k], &d.toks[k+1], &d.toks[k+2], &d.toks[k+3], &d.toks[k+4]
		if a.kind != kNum || b.kind != kNum || y.kind != kNum || y.ndig != 4 || a.ndig > 2 || b.ndig > 2 || s1.s != "/" || s2.s != "/" {
			continue
		}
		switch {
		case a.num > 12 && a.num <= 31 && b.num >= 1 && b.num <= 12:
			dayFirst = true
		case b.num > 12 && b.num <= 31 && a.num >= 1 && a.num <= 12:
			monthFirst = true
		}
	}
	switch {
	case dayFirst && !monthFirst:
		d.order = 1
	case monthFirst && !dayFirst:
		d.order = 2
	default:
		d.order = 3
	}
	return d.order
}

// absDays is the length of a span in whole days, whatever its sign.
func absDays(x time.Duration) int {
	n := int(x.Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}
