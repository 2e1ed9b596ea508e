package timex

import "time"

// dayWord matches "today", "yesterday", "tomorrow", "tonight", optionally with
// a part of the day ("yesterday morning").
func (d *doc) dayWord(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if t.s == "the" {
		// "the day after tomorrow", "the day before yesterday"
		if d.is(i+1, "day") && (d.is(i+2, "after") && d.is(i+3, "tomorrow") || d.is(i+2, "before") && d.is(i+3, "yesterday")) {
			n := 2
			if d.is(i+3, "yesterday") {
				n = -2
			}
			return match{end: i + 4, typ: Date, value: fmtDay(d.ref.AddDate(0, 0, n))}, true
		}
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
	case "overnight":
		if notOvernightNight[d.tokS(i+1)] {
			return match{}, false // "the overnight rate": money lent for a night, no date
		}
		dt, part = d.ref.AddDate(0, 0, -1), "NI" // "held talks overnight": the night just gone
		if d.tense(i, i+1) > 0 {
			dt = d.ref // "will work overnight"
		}
	default:
		return match{}, false
	}
	if t.s == "today" && d.is(i+1, "'") && d.is(i+2, "s") && genericNouns[d.tokS(i+3)] || // "today's youth"
		d.is(i-1, "of") && d.clauseEnd(i+1) || // "the people of tomorrow"
		t.upper && i > 0 && d.toks[i-1].upper && d.toks[i-1].kind == kWord && !d.boundary(i-1) && !t.newline { // "USA Today", not a line's first word
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

// notOvernightNight follow an "overnight" that names no night: a loan's,
// a stay's or a success's.
var notOvernightNight = map[string]bool{"rate": true, "rates": true, "lending": true, "deposit": true, "deposits": true,
	"interbank": true, "repo": true, "index": true, "stay": true, "stays": true, "success": true, "sensation": true,
	"trading": true, "session": true, "shift": true, "shifts": true, "delivery": true, "bag": true, "train": true, "flight": true}

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
			end, day := j+1, fmtDay(d.ref)
			if w, ok := d.dayWord(end); ok && w.typ == Date && w.end == end+1 { // "mid-afternoon yesterday"
				end, day = w.end, w.value
			}
			return match{end: end, typ: Time, value: day + "T" + p}, true
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
	if t.s == "now" && d.is(i-1, "from") && units[d.tokS(i-2)].code != "" {
		return match{}, false // "ten years from now": the duration is the expression
	}
	if t.s == "now" && d.is(i+1, ",") && d.sentenceStart(i) {
		return match{}, false // "Now, he says, ...": a discourse marker, not the present
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
	thisPast := t.s == "this" && d.is(j+1, "past")
	if thisPast { // "this past week"
		j++
		shift = -1
	}
	k := j + 1
	w := d.tokS(k)
	if nk := d.tok(k); nk != nil && t.upper && nk.upper && i > 0 && !d.boundary(i-1) && !d.afterQuotedSentence(i) && (d.is(i-1, "\"", "``", "'") || d.toks[i-1].upper) {
		return match{}, false // a title: ABC's "This Week"
	}
	if u, ok := units[w]; ok && (w == "weekend" || len(w) > 0 && w[len(w)-1] != 's') {
		if d.is(j, "following", "previous") && (u.code == "Y" || u.code == "M") && isAnchor(d.anchor) {
			return match{}, false // "the following year" counts from the last date (following)
		}
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
		if thisPast {
			return match{end: k + 1, typ: Date, value: lastSeasonOver(d.ref, s)}, true
		}
		return match{end: k + 1, typ: Date, value: seasonValue(d.ref, s, shift)}, true
	}
	return match{}, false
}

// lastSeasonOver is "this past spring": the latest such season already over
// at ref (a season lasts three months; winter is labelled by its December).
func lastSeasonOver(ref time.Time, s string) string {
	y := ref.Year()
	for day(y, seasonStart[s]+3, 1).After(ref) {
		y--
	}
	return fmtYear(y) + "-" + s
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
	if sy, ok := d.spokenYear(end + 1); ok && d.is(end, "of") {
		return match{end: sy.end, typ: Date, value: sy.value + "-" + s}, true // "the winter of nineteen ninety-four"
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

// afterQuotedSentence reports whether token i starts a sentence right after a
// quotation that ended one: `remains."  Last April`.
func (d *doc) afterQuotedSentence(i int) bool {
	k := i - 1
	for k >= 0 && d.is(k, "\"", "''", "'", "”", "’") {
		k--
	}
	return k < i-1 && k >= 0 && d.is(k, ".", "?", "!") && d.boundary(k)
}

// sentenceStart reports whether token i opens a sentence: the first token, on
// a new line, or after a full stop, question or exclamation mark, or a quote
// closing one.
func (d *doc) sentenceStart(i int) bool {
	t := d.tok(i)
	if t == nil || !t.upper {
		return false
	}
	if i == 0 || t.newline {
		return true
	}
	k := i - 1
	for k > i-3 && d.is(k, "\"", "'", "`") {
		k--
	}
	return d.is(k, ".", "!", "?")
}
