package timex

import "strconv"

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
		// "1998-99", "2009-10": each year is its own expression
		return match{end: end + 2, typ: Date, value: fmtYear(y), split: end, second: end + 1,
			secondValue: fmtYear(secondYear(y, d.toks[end+1]))}, true
	}
	if d.is(end, "/") && d.adjacent(end) && d.tok(end+1) != nil && d.toks[end+1].kind == kNum && d.adjacent(end+1) &&
		d.toks[end+1].ndig == 2 && secondYear(y, d.toks[end+1]) == y+1 {
		// "1998/99": a season or budget year, each year its own expression
		return match{end: end + 2, typ: Date, value: fmtYear(y), split: end, second: end + 1,
			secondValue: fmtYear(y + 1)}, true
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

// secondYear is the second year of a range after first: "99" of "1998-99"
// is 1999, "10" of "2009-10" is 2010, "2001" is 2001.
func secondYear(first int, t token) int {
	if t.ndig == 4 {
		return t.num
	}
	y := first/100*100 + t.num
	if y < first {
		y += 100
	}
	return y
}
