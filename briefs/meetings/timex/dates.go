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
		// ambiguous words: accept only with a day or year beside them or a preposition before
		if !d.dayAt(next) && !d.yearAt(next) && !d.is(i-1, "in", "of", "since", "until", "till", "by",
			"last", "this", "next", "early", "late", "mid", "-", "from", "through", "to", "before",
			"after", "during", "between", "since", "past", "end") {
			return 0, 0, false
		}
		if t.s == "may" && i > 0 && !d.toks[i-1].upper && d.toks[i-1].kind == kWord && !d.dayAt(next) && !d.yearAt(next) &&
			!d.is(i-1, "in", "of", "since", "until", "till", "by", "last", "this", "next", "early", "late", "mid", "during", "from", "through", "before", "after", "between", "end") {
			return 0, 0, false
		}
	}
	return m, next, true
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

// year matches a four-digit year (or "'98") at i.
func (d *doc) year(i int) (int, int, bool) {
	t := d.tok(i)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == kNum && t.ndig == 4 && t.num >= 1000 && t.num <= 2999 {
		if d.is(i+1, ",") && d.adjacent(i+1) && d.tok(i+2) != nil && d.tok(i+2).kind == kNum && d.adjacent(i+2) {
			return 0, 0, false // "1,000"-like numbers are split on commas; "2000,000" is no year
		}
		return t.num, i + 1, true
	}
	if t.s == "'" && d.tok(i+1) != nil && d.toks[i+1].kind == kNum && d.toks[i+1].ndig == 2 && d.adjacent(i+1) {
		n := d.toks[i+1].num
		if n >= 30 {
			return 1900 + n, i + 2, true
		}
		return 2000 + n, i + 2, true
	}
	return 0, 0, false
}

func (d *doc) yearAt(i int) bool { _, _, ok := d.year(i); return ok }

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

// dayMonth matches "4 December 2025", "28-29 October", "the 4th of December".
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
		if x, k2, ok := d.dayNum(s); ok && x > dd {
			d2, j = x, k2
		}
	}
	if d.is(j, "of") {
		j++
	}
	m, k, ok := d.month(j)
	if !ok {
		return match{}, false
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
	if d.is(i-1, "last", "this", "next", "past", "coming") {
		return match{}, false // handled by shifted
	}
	y := nearestYearM(d.ref, m, dir)
	if off := (y-d.ref.Year())*12 + m - int(d.ref.Month()); off > monthMaxOff || off < -monthMaxOff {
		y = nearestYearM(d.ref, m, 0) // a tense cue that far off is more likely wrong than the month
	}
	return match{end: j, typ: Date, value: fmtMonth(y, m)}, true
}

// yearPreps are words after which a bare four-digit number is a year.
var yearPreps = map[string]bool{
	"in": true, "of": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"to": true, "through": true, "during": true, "before": true, "after": true, "early": true,
	"late": true, "mid": true, "-": true, "year": true, "the": true, "and": true, "or": true,
	"between": true, "than": true, "fiscal": true, "fy": true, "for": true, "around": true,
	"about": true, "circa": true, "spring": true, "summer": true, "fall": true, "autumn": true,
	"winter": true, "as": true, "throughout": true, "beyond": true, "within": true, "at": true,
}

// countNouns are nouns after which a four-digit number is a count, not a year.
var countNouns = map[string]bool{
	"people": true, "troops": true, "shares": true, "points": true, "workers": true, "employees": true,
	"men": true, "women": true, "soldiers": true, "cars": true, "jobs": true, "units": true, "tons": true,
	"barrels": true, "acres": true, "miles": true, "feet": true, "meters": true, "kilometers": true,
	"dollars": true, "yen": true, "marks": true, "francs": true, "pounds": true, "votes": true,
	"students": true, "members": true, "children": true, "refugees": true, "police": true, "rooms": true,
	"seats": true, "stores": true, "copies": true, "persons": true, "officers": true, "cases": true,
	"plants": true, "homes": true, "houses": true, "vehicles": true, "aircraft": true, "ships": true,
}

// yearAlone matches "1987", "fiscal 1989", "FY2025", "nineteen ninety-six",
// "the year two thousand".
func (d *doc) yearAlone(i int) (match, bool) {
	if m, ok := d.spokenYear(i); ok {
		return m, true
	}
	start := i
	if d.is(i, "fiscal", "fy") {
		i++
		if d.is(i, "year") {
			i++
		}
	}
	y, end, ok := d.year(i)
	if !ok {
		if t := d.tok(start); t != nil && t.kind == kMixed && len(t.s) == 6 && t.s[:2] == "fy" {
			if n, err := strconv.Atoi(t.s[2:]); err == nil && n >= 1900 && n <= 2999 {
				return match{end: start + 1, typ: Date, value: fmtYear(n)}, true
			}
		}
		return match{}, false
	}
	if start == i && d.toks[i].kind == kNum && !d.plausibleYear(i, end, y) {
		return match{}, false
	}
	if d.is(end, "-") && d.adjacent(end) && d.tok(end+1) != nil && d.toks[end+1].kind == kNum &&
		d.adjacent(end+1) && (d.toks[end+1].ndig == 2 || d.toks[end+1].ndig == 4) {
		return match{end: end + 2, typ: Date, value: fmtYear(y)}, true // "1998-99": keep the first year
	}
	return match{end: end, typ: Date, value: fmtYear(y)}, true
}

// plausibleYear decides whether the bare number y at tokens [i, end) is a year.
func (d *doc) plausibleYear(i, end, y int) bool {
	prev, next := d.tok(i-1), d.tok(end)
	if prev != nil && (prev.s == "$" || prev.s == "#" || prev.s == "£" || prev.s == "€" || prev.kind == kNum) {
		return false
	}
	if next != nil {
		if next.s == "%" || next.kind == kWord && (units[next.s].code != "" || countNouns[next.s] || next.s == "percent") {
			return false
		}
		if (next.s == "." || next.s == "," || next.s == ":") && !next.space {
			if n := d.tok(end + 1); n != nil && n.kind == kNum && !n.space {
				return false // 2082.1, 1,500, 12:30
			}
		}
	}
	if y >= 1900 && y <= d.ref.Year()+15 {
		return true
	}
	okPrev := prev != nil && (yearPreps[prev.s] || prev.s == "(")
	okNext := next == nil || next.kind == kPunct && next.s != "-" && next.s != "/"
	return okPrev && okNext
}

// spokenYear matches years written as words: "nineteen ninety-six",
// "the year two thousand".
func (d *doc) spokenYear(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if t.s == "the" && d.is(i+1, "year") && d.is(i+2, "two") && d.is(i+3, "thousand") {
		return match{end: i + 4, typ: Date, value: "2000"}, true
	}
	c := 0
	switch t.s {
	case "nineteen":
		c = 19
	case "eighteen":
		c = 18
	default:
		return match{}, false
	}
	j := i + 1
	tens := numberWords[d.tokS(j)]
	if tens < 10 || tens > 90 || tens%10 != 0 && tens > 19 {
		return match{}, false
	}
	j++
	if tens >= 20 {
		k := j
		if d.is(k, "-") {
			k++
		}
		if n := numberWords[d.tokS(k)]; n >= 1 && n <= 9 && d.tokS(k) != "a" && d.tokS(k) != "an" {
			tens += n
			j = k + 1
		}
	}
	return match{end: j, typ: Date, value: fmtYear(c*100 + tens)}, true
}

// spokenYearNum is spokenYear as a number.
func (d *doc) spokenYearNum(i int) (int, int, bool) {
	m, ok := d.spokenYear(i)
	if !ok {
		return 0, 0, false
	}
	return atoi(m.value), m.end, true
}

// monthMaxOff is how many months from the reference a tense cue may send a
// bare month name.
const monthMaxOff = 9

// decadeWords are the decades of a century written as words ("the nineties").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
	"eighties": 8, "nineties": 9,
}

// decade matches "the 1990s", "the '80s", "1980's".
func (d *doc) decade(i int) (match, bool) {
	start := i
	if d.is(i, "the") {
		i++
	}
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if n, ok := decadeWords[t.s]; ok && i > start {
		c := 19
		if d.ref.Year() < 1900 {
			c = 18
		}
		return match{end: i + 1, typ: Date, value: strconv.Itoa(c*10 + n)}, true
	}
	if t.kind == kMixed && len(t.s) == 5 && t.s[4] == 's' {
		if n, err := strconv.Atoi(t.s[:4]); err == nil && n >= 1000 && n%10 == 0 {
			return match{end: i + 1, typ: Date, value: strconv.Itoa(n / 10)}, true
		}
	}
	if t.kind == kNum && t.ndig == 4 && t.num%10 == 0 && d.is(i+1, "'") && d.is(i+2, "s") && d.adjacent(i+1) {
		return match{end: i + 3, typ: Date, value: strconv.Itoa(t.num / 10)}, true
	}
	if t.s == "'" && d.tok(i+1) != nil && d.toks[i+1].kind == kMixed && len(d.toks[i+1].s) == 3 && d.toks[i+1].s[2] == 's' && d.adjacent(i+1) {
		if n, err := strconv.Atoi(d.toks[i+1].s[:2]); err == nil && n%10 == 0 {
			c := 19
			if n < 30 {
				c = 20
			}
			return match{end: i + 2, typ: Date, value: strconv.Itoa(c*10 + n/10)}, true
		}
	}
	_ = start
	return match{}, false
}

// numericDate matches "2025-12-04" and "12/04/2025" (US order).
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
	if t.ndig <= 2 && d.is(i+1, "/") && d.adjacent(i+1) && d.is(i+3, "/") && d.adjacent(i+3) {
		dd, ok1 := num(i+2, 0)
		y, ok2 := num(i+4, 4)
		if ok1 && ok2 && validDay(y, t.num, dd) {
			return match{end: i + 5, typ: Date, value: fmtDay(day(y, t.num, dd))}, true
		}
	}
	return match{}, false
}

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
	var dt = d.ref
	switch {
	case hasShift && shift < 0:
		dt = weekdayFrom(d.ref.AddDate(0, 0, -1), wd, -1)
	case hasShift && shift > 0:
		dt = weekdayFrom(d.ref.AddDate(0, 0, 1), wd, 1)
	case d.is(end, "'") && d.is(end+1, "s"): // "Friday's close" is over
		dt = weekdayFrom(d.ref, wd, -1)
	case d.is(start-1, "as") && d.is(start-2, "soon", "early") && d.is(start-3, "as"):
		dt = weekdayFrom(d.ref, wd, 1)
	default:
		dir := d.tense(start, end)
		if dir == 0 {
			dir = -1
		}
		dt = weekdayFrom(d.ref, wd, dir)
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
		y := d.ref.Year()
		th := thanksgiving(y)
		dir := d.tense(i, end)
		if dir == 0 && d.ref.Sub(thanksgiving(y-1)) < th.Sub(d.ref) {
			dir = -1 // the nearest one
		}
		if dir < 0 && th.After(d.ref) {
			th = thanksgiving(y - 1)
		} else if dir > 0 && th.Before(d.ref) {
			th = thanksgiving(y + 1)
		}
		return match{end: end, typ: Date, value: fmtDay(th)}, true
	default:
		return match{}, false
	}
	y := d.mdYear(m, dd, i, end)
	return match{end: end, typ: Date, value: fmtDay(day(y, m, dd))}, true
}

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
		return near
	}
	y := nearestYearMD(d.ref, m, dd, dir)
	if dist := day(y, m, dd).Sub(d.ref).Hours() / 24; dist < -mdMaxDays || dist > mdMaxDays {
		return near
	}
	return y
}

const mdMaxDays = 300
