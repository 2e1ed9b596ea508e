package timex

import "strconv"

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
	if (n == 1 || w == "last") && d.is(j+1, "two") && d.is(j+2, "quarters") && d.is(j+3, "of") {
		if yy, e, ok := d.year(j + 4); ok && y == 0 {
			h := "-H1" // "the first two quarters of 1990": its first half
			if w == "last" {
				h = "-H2"
			}
			return match{end: e, typ: Date, value: fmtYear(yy) + h}, true
		}
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
	if unitW == "half" && y == 0 && d.is(end, "of") {
		if m, ok := d.decade(end + 1); ok {
			return match{end: m.end, typ: Date, value: m.value}, true // "the last half of the '80s": TimeML has no half-decade
		}
		if m, ok := d.monthYear(end + 1); ok {
			return match{end: m.end, typ: Date, value: m.value}, true // "the second half of December 2024"
		}
		if m, ok := d.monthAlone(end + 1); ok {
			return match{end: m.end, typ: Date, value: m.value}, true
		}
	}
	if y == 0 {
		if d.is(end, "of") {
			if yy, e, ok := d.year(end + 1); ok {
				y, end = yy, e
			} else if d.is(end+1, "last", "this", "next") && d.is(end+2, "year") {
				y, end = d.ref.Year()+shiftWords[d.tokS(end+1)], end+3 // "the first half of next year"
			}
		} else if yy, e, ok := d.year(end); ok && !d.adjacent(end) {
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
