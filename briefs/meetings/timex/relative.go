package timex

import (
	"strconv"
	"time"
)

// dayWord matches "today", "yesterday", "tomorrow", "tonight", optionally with
// a part of the day ("yesterday morning").
func (d *doc) dayWord(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	var dt time.Time
	part := ""
	switch t.s {
	case "today":
		dt = d.ref
	case "yesterday":
		dt = d.ref.AddDate(0, 0, -1)
	case "tomorrow":
		dt = d.ref.AddDate(0, 0, 1)
	case "tonight":
		dt, part = d.ref, "NI"
	default:
		return match{}, false
	}
	if t.s == "today" && d.is(i+1, "'") && d.is(i+2, "s") && genericNouns[d.tokS(i+3)] || // "today's youth"
		d.is(i-1, "of") && d.clauseEnd(i+1) || // "the people of tomorrow"
		t.upper && i > 0 && d.toks[i-1].upper && d.toks[i-1].kind == kWord && !d.boundary(i-1) { // "USA Today"
		return match{}, false
	}
	end := i + 1
	if p, ok := dayParts[d.tokS(end)]; ok && part == "" {
		part = p
		end++
	}
	if part == "" {
		return match{end: end, typ: Date, value: fmtDay(dt)}, true
	}
	return match{end: end, typ: Time, value: fmtDay(dt) + "T" + part}, true
}

// genericNouns after "today's" make it mean "nowadays", not a date.
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "kids": true, "children": true,
	"young": true, "economy": true, "technology": true, "standards": true, "computers": true,
	"personal": true, "modern": true, "global": true, "culture": true, "life": true,
}

// partOfToday matches "this morning", "this evening", "last night", "mid afternoon".
func (d *doc) partOfToday(i int) (match, bool) {
	if d.is(i, "mid") {
		j := i + 1
		if d.is(j, "-") {
			j++
		}
		if p, ok := dayParts[d.tokS(j)]; ok && p != "NI" {
			return match{end: j + 1, typ: Time, value: fmtDay(d.ref) + "T" + p}, true
		}
		return match{}, false
	}
	if !d.is(i, "this", "last") {
		return match{}, false
	}
	p, ok := dayParts[d.tokS(i+1)]
	if !ok {
		return match{}, false
	}
	dt := d.ref
	if d.is(i, "last") {
		if p != "NI" && p != "EV" {
			return match{}, false
		}
		dt = d.ref.AddDate(0, 0, -1)
	}
	return match{end: i + 2, typ: Time, value: fmtDay(dt) + "T" + p}, true
}

// refWord matches "now", "currently", "recently", "the past", "the future".
func (d *doc) refWord(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if v := refWords[t.s]; v != "" {
		if t.s == "current" && d.is(i+1, "account", "accounts", "affairs", "events", "prices", "dollars", "assets", "liabilities") {
			return match{}, false
		}
		return match{end: i + 1, typ: Date, value: v}, true
	}
	j := i
	if t.s == "the" {
		j++
	}
	switch {
	case d.is(j, "past") && j > i:
		if n := d.tok(j + 1); n != nil && (n.kind == kNum || numberWords[n.s] > 0 || units[n.s].code != "" || n.s == "few" || n.s == "several") {
			return match{}, false
		}
		return match{end: j + 1, typ: Date, value: "PAST_REF"}, true
	case d.is(j, "near", "distant", "foreseeable", "immediate") && d.is(j+1, "future"):
		return match{end: j + 2, typ: Date, value: "FUTURE_REF"}, true
	case d.is(j, "future") && (j > i || d.is(i-1, "in")):
		return match{end: j + 1, typ: Date, value: "FUTURE_REF"}, true
	case d.is(j, "present") && (j > i || d.is(i-1, "at")) && !d.is(j+1, "-"):
		if n := d.tok(j + 1); n != nil && n.kind == kWord && j > i && !d.is(j+1, "and", "or", "to", "is", "was") {
			return match{}, false // "the present system"
		}
		return match{end: j + 1, typ: Date, value: "PRESENT_REF"}, true
	}
	return match{}, false
}

// shifted matches "last week", "this year", "next month", "the past year",
// "last April", "this fall", "the coming decade".
func (d *doc) shifted(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	t := d.tok(j)
	if t == nil {
		return match{}, false
	}
	shift, ok := shiftWords[t.s]
	if !ok || j > i && t.s == "this" {
		return match{}, false
	}
	if t.s == "this" && d.is(j+1, "past") { // "this past week"
		j++
		shift = -1
	}
	k := j + 1
	w := d.tokS(k)
	if nk := d.tok(k); nk != nil && t.upper && nk.upper && i > 0 && !d.boundary(i-1) && (d.is(i-1, "\"", "``", "'") || d.toks[i-1].upper) {
		return match{}, false // a title: ABC's "This Week"
	}
	if u, ok := units[w]; ok && (w == "weekend" || len(w) > 0 && w[len(w)-1] != 's') {
		if u.code == "D" || u.code == "H" || u.code == "M" && u.time || u.code == "S" || u.code == "W2" {
			return match{}, false
		}
		v, ok := shiftValue(d.ref, u.code, shift)
		if !ok {
			return match{}, false
		}
		if u.code == "Q" && t.s == "current" {
			v, _ = shiftValue(d.ref, "Q", 0)
		}
		return match{end: k + 1, typ: Date, value: v}, true
	}
	if m, next, ok := d.month(k); ok && i == j {
		if dd, e, ok := d.dayNum(next); ok && shift != 0 { // "last Oct. 23"
			y := nearestYearMD(d.ref, m, dd, shift)
			if !validDay(y, m, dd) {
				return match{}, false
			}
			return match{end: e, typ: Date, value: fmtDay(day(y, m, dd))}, true
		}
		rm := int(d.ref.Month())
		y := d.ref.Year()
		switch {
		case shift < 0 && m >= rm-1: // "last February" said in March is a year ago
			y--
		case shift > 0 && m <= rm:
			y++
		}
		return match{end: next, typ: Date, value: fmtMonth(y, m)}, true
	}
	if s, ok := seasons[w]; ok {
		return match{end: k + 1, typ: Date, value: seasonValue(d.ref, s, shift)}, true
	}
	return match{}, false
}

// seasonStart is the month each season starts in (winter counted from December).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonValue resolves a season shifted by shift occurrences from ref:
// "last fall" is the latest fall over before ref, "next spring" the first
// one starting after it, "this summer" the one in ref's year.
func seasonValue(ref time.Time, s string, shift int) string {
	start := seasonStart[s]
	y := ref.Year()
	if s == "WI" && ref.Month() <= 2 {
		y--
	}
	switch {
	case shift < 0: // "last fall": the previous year's
		y--
	case shift > 0:
		for !day(y, start, 1).After(ref) {
			y++
		}
	}
	return fmtYear(y) + "-" + s
}

// season matches "the spring", "summer 1998", "in the fall".
func (d *doc) season(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	s, ok := seasons[d.tokS(j)]
	if !ok {
		return match{}, false
	}
	end := j + 1
	if d.is(end, "of") && d.yearAt(end+1) {
		end++
	}
	if y, e, ok := d.year(end); ok {
		return match{end: e, typ: Date, value: fmtYear(y) + "-" + s}, true
	}
	if j == i && !d.is(i-1, "in", "during", "by", "since", "until", "early", "late", "this", "mid", "-", "through") {
		return match{}, false
	}
	if d.is(end, "of", "-") || d.is(end, "'") {
		return match{}, false
	}
	y := d.ref.Year()
	if s == "WI" && d.ref.Month() <= 2 {
		y--
	}
	return match{end: end, typ: Date, value: fmtYear(y) + "-" + s}, true
}

// periodCode matches "Q3", "H1", "Q3 FY25", "H1 2025", "FY26": a quarter or
// half of the year given (else of the reference year), or a fiscal year.
func (d *doc) periodCode(i int) (match, bool) {
	t := d.tok(i)
	if t == nil || t.kind != kMixed || !t.upper {
		return match{}, false
	}
	if y, ok := fiscalYear(t.s); ok {
		return match{end: i + 1, typ: Date, value: fmtYear(y)}, true
	}
	if len(t.s) != 2 || (t.s[0] != 'q' && t.s[0] != 'h') {
		return match{}, false
	}
	n := int(t.s[1] - '0')
	if t.s[0] == 'q' && (n < 1 || n > 4) || t.s[0] == 'h' && (n < 1 || n > 2) {
		return match{}, false
	}
	y, end := d.ref.Year(), i+1
	if yy, e, ok := d.year(end); ok {
		y, end = yy, e
	} else if n := d.tok(end); n != nil && n.kind == kMixed {
		if fy, ok := fiscalYear(n.s); ok {
			y, end = fy, end+1
		}
	}
	return match{end: end, typ: Date, value: fmtYear(y) + "-" + string(t.s[0]-'a'+'A') + string(t.s[1])}, true
}

// fiscalYear parses "fy25", "fy2025".
func fiscalYear(s string) (int, bool) {
	if len(s) != 4 && len(s) != 6 || s[:2] != "fy" {
		return 0, false
	}
	n, err := strconv.Atoi(s[2:])
	if err != nil {
		return 0, false
	}
	if len(s) == 4 {
		n += 2000
		if n > 2070 {
			n -= 100
		}
	}
	return n, true
}

// quarterOrdinal maps quarter ordinals to 1..4.
var quarterOrdinal = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// quarter matches "the third quarter", "third-quarter", "the quarter",
// "the first quarter of 1998", "the first half".
func (d *doc) quarter(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	y, anaphoric := 0, false
	if yy, e, ok := d.year(j); ok {
		y, j = yy, e
	} else if d.is(j, "last", "this", "next") && d.is(j+1, "year") && d.is(j+2, "'") && d.is(j+3, "s") {
		y, j = d.ref.Year()+shiftWords[d.tokS(j)], j+4
	} else if d.is(j, "year") && d.is(j+1, "-") && d.is(j+2, "ago", "earlier") {
		y, j, anaphoric = d.ref.Year()-1, j+3, true
		if len(d.anchor) == 7 && d.anchor[5] == 'Q' {
			y = atoi(d.anchor[:4]) - 1
		}
	} else if d.is(j, "fiscal") {
		j++
		if yy, e, ok := d.year(j); ok {
			y, j = yy, e
		}
	}
	w := d.tokS(j)
	n, rel := quarterOrdinal[w], 0
	switch w {
	case "latest", "last", "past", "previous", "recent", "same", "just-ended", "most":
		rel = -1
	case "current", "this":
		rel = 0
	case "next", "coming":
		rel = 1
	}
	k := j
	if n > 0 || w == "latest" || w == "last" || w == "past" || w == "previous" || w == "current" || w == "next" || w == "coming" || w == "this" || w == "recent" || w == "same" {
		k++
	} else if w != "quarter" && w != "half" || j == i {
		return match{}, false // a bare "quarter" needs "the"
	} else {
		rel = -1
	}
	if w == "most" && d.is(k, "recent") {
		k++
	}
	if d.is(k, "-") && d.adjacent(k) {
		if i < j && d.is(i, "the") && d.tokS(i+1) == w {
			return match{}, false // "the third-quarter results": the expression is "third-quarter"
		}
		k++
	}
	if d.is(k, "fiscal") {
		k++
	}
	unitW := d.tokS(k)
	if unitW != "quarter" && unitW != "half" {
		return match{}, false
	}
	end := k + 1
	if y == 0 {
		if d.is(end, "of") {
			if yy, e, ok := d.year(end + 1); ok {
				y, end = yy, e
			}
		} else if yy, e, ok := d.year(end); ok && d.adjacent(end) == false {
			y, end = yy, e
		}
	}
	if unitW == "half" {
		if w == "last" || w == "latter" {
			n = 2 // "the last half of 1989"
		}
		if n != 1 && n != 2 {
			return match{}, false
		}
		if y == 0 {
			y = d.ref.Year()
			if n == 2 && d.ref.Month() < 4 {
				y--
			}
		}
		return match{end: end, typ: Date, value: fmtYear(y) + "-H" + string(rune('0'+n))}, true
	}
	cur := quarterIndex(d.ref)
	var idx int
	switch {
	case n > 0 && y > 0:
		idx = y*4 + n - 1
	case n > 0:
		idx = d.ref.Year()*4 + n - 1
		if idx > cur+1 {
			idx -= 4
		}
	case w == "same":
		if len(d.anchor) == 7 && d.anchor[5] == 'Q' {
			return match{end: end, typ: Date, value: d.anchor}, true
		}
		idx = cur - 1
	case y > 0: // "the year-ago quarter", "the 1988 quarter": the quarter last talked about
		q := (cur - 1) % 4
		if len(d.anchor) == 7 && d.anchor[5] == 'Q' {
			q = int(d.anchor[6] - '1')
		}
		idx = y*4 + q
	default:
		idx = cur + rel
		if w == "quarter" {
			idx = cur - 1
		}
	}
	return match{end: end, typ: Date, value: fmtQuarter(idx), anaphoric: anaphoric}, true
}

// yearAgoPeriod matches "year-earlier", "the year-ago quarter", "the year-earlier period".
func (d *doc) yearAgoPeriod(i int) (match, bool) {
	j := i
	if d.is(j, "the") {
		j++
	}
	if !d.is(j, "year") || !d.is(j+1, "-") || !d.is(j+2, "earlier", "ago") {
		return match{}, false
	}
	end := j + 3
	if d.is(end, "quarter", "period") {
		end++
	} else if j > i {
		return match{}, false
	}
	return match{end: end, typ: Date, value: d.yearBefore(1), anaphoric: true}, true
}

// yearBefore resolves "n years earlier": against the last quarter mentioned
// when there is one (news about quarterly results), else the reference year.
func (d *doc) yearBefore(n int) string {
	if len(d.anchor) == 7 && d.anchor[5] == 'Q' {
		return fmtYear(atoi(d.anchor[:4])-n) + d.anchor[4:]
	}
	return fmtYear(d.ref.Year() - n)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
