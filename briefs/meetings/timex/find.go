package timex

import (
	"strings"
	"time"
)

// doc holds one text being scanned.
type doc struct {
	text   string
	toks   []token
	ref    time.Time // reference date, midnight UTC
	anchor string    // value of the last absolute date found, for "a year earlier"
	order  int       // the order of numeric dates the text shows (numericHabit): 0 not read yet, 1 day first, 2 month first, 3 neither or both
}

// match is a candidate expression over tokens [i, end).
type match struct {
	end             int
	typ             Type
	value, endValue string
	anaphoric       bool // resolved against an earlier expression: not an anchor itself
	// split, when > 0, ends the first expression at token split and starts a
	// second one at token second ("Aug. 26 to Oct. 20" is two TimeML expressions).
	split, second int
	secondValue   string
}

// rule tries to match an expression starting at token i.
type rule func(d *doc, i int) (match, bool)

// Find returns the temporal expressions in text, in order, resolved against
// ref, the story's reference time (its publication date in the dateline's
// local time; only its calendar date is used). It never fails: text it does
// not understand yields no expressions. A bare weekday or month-day takes the
// direction of its clause's tense (past by default), a month-day without a
// year the year nearest ref in that direction (never more than 300 days off).
// Find is safe for concurrent use.
func Find(text string, ref time.Time) []Expr {
	return find(text, tokenize(text), ref)
}

// find is Find over text's tokens toks.
func find(text string, toks []token, ref time.Time) []Expr {
	d := &doc{text: text, toks: toks, ref: dateOnly(ref)}
	var out []Expr
	prevEnd := -1 // token after the last expression
	for i := 0; i < len(d.toks); {
		m, ok := d.best(i)
		if !ok {
			i++
			continue
		}
		m.end = d.suffix(m)
		if len(out) > 0 && prevEnd >= 0 {
			m.value = d.datedByPrevious(m, out[len(out)-1].Value, prevEnd, i)
			d.weekdayBesideDate(&out[len(out)-1], m, prevEnd, i)
		}
		prevEnd = m.end
		n := len(out)
		if m.split > 0 {
			out = append(out, d.expr(i, m.split, m.typ, m.value, m.endValue),
				d.expr(m.second, m.end, m.typ, m.secondValue, ""))
		} else {
			out = append(out, d.expr(i, m.end, m.typ, m.value, m.endValue))
		}
		tense := d.tense(i, m.end)
		for k := n; k < len(out); k++ {
			out[k].Tense = tense
		}
		if m.typ == Date && !m.anaphoric && isAnchor(m.value) {
			d.anchor = m.value
		}
		i = m.end
	}
	return out
}

// weekdayBesideDate is rule timex.weekday-beside-date: a bare weekday w
// written just before the full date m names ("on Friday, 7th November,
// 2025", "Thursday 21 May 2026") takes that date, instead of the nearest
// such day in its clause's direction. Only commas may lie between them
// (tokens from to i), and the date must fall on that weekday.
func (d *doc) weekdayBesideDate(w *Expr, m match, from, i int) {
	wd, ok := weekdays[strings.ToLower(w.Text)]
	if !ok || w.Type != Date || m.typ != Date || !IsFullDate(m.value) {
		return
	}
	for k := from; k < i; k++ {
		if !d.is(k, ",") {
			return
		}
	}
	if day, err := time.Parse(time.DateOnly, m.value); err == nil && int(day.Weekday()) == wd {
		w.Value = m.value
	}
}

// suffix extends a match over a vague tail TimeML keeps in the span: "the
// next year or so", "1994 or later", "1990 and beyond".
func (d *doc) suffix(m match) int {
	e := m.end
	switch {
	case d.is(e, "or") && d.is(e+1, "so"):
		return e + 2
	case m.typ == Date && isAnchor(m.value) && (d.is(e, "or") && d.is(e+1, "later", "earlier") || d.is(e, "and") && d.is(e+1, "beyond")):
		return e + 2
	}
	return e
}

// expr builds the Expr over tokens [i, end).
func (d *doc) expr(i, end int, typ Type, value, endValue string) Expr {
	first, last := &d.toks[i], &d.toks[end-1]
	return Expr{
		Start: first.start, End: last.end, Text: d.text[first.bs:last.be],
		Type: typ, Value: value, EndValue: endValue,
	}
}

// best returns the longest match at i, allowing a modifier prefix such as
// "early", "late" or "mid-".
func (d *doc) best(i int) (match, bool) {
	var best match
	found := false
	try := func(at int) {
		if d.toks[at].s == "the" && at+1 < len(d.toks) && d.toks[at+1].kind == kWord && !d.toks[at+1].afterThe {
			return // no rule matches "the" before this word (wordsAfterThe)
		}
		for _, r := range ruleLists[d.toks[at].rules] {
			if m, ok := r(d, at); ok && (!found || m.end > best.end) {
				best, found = m, true
			}
		}
	}
	t := &d.toks[i]
	if t.rules == 0 && !t.modifier {
		return best, false
	}
	theMod := t.s == "the" && i+1 < len(d.toks) && d.toks[i+1].modifier
	verbEnd := t.s == "end" && d.is(i-1, "will", "would", "to", "should", "could", "may", "might", "can", "must", "and") // "will end Thursday": a verb
	if t.modifier && !verbEnd || theMod || t.s == "the" && d.is(i+1, "end", "beginning", "start", "middle") && d.is(i+2, "of") ||
		t.s == "right" && d.is(i+1, "now") || t.s == "more" && d.is(i+1, "recently") {
		j := i + 1
		switch {
		case t.s == "the" && d.is(i+2, "of"):
			j = i + 3 // "the end of the month"
		case theMod:
			j = i + 2 // "the late 1970s", "the early summer"
		}
		if d.is(j, "-") {
			j++
		}
		if j < len(d.toks) {
			try(j)
			if found && best.typ != Duration {
				return best, true
			}
			found = false
		}
	}
	try(i)
	return best, found
}

// modifiers may precede a date without changing its value ("early next year").
var modifiers = map[string]bool{
	"early": true, "late": true, "mid": true, "earlier": true, "later": true, "end": true,
	"beginning": true, "middle": true,
}

// isAnchor reports whether v is an absolute date a later "a year earlier" can refer to.
func isAnchor(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' &&
		v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// is reports whether token i exists and is one of ws.
func (d *doc) is(i int, ws ...string) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	for _, w := range ws {
		if d.toks[i].s == w {
			return true
		}
	}
	return false
}

// tok returns token i or nil.
func (d *doc) tok(i int) *token {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	return &d.toks[i]
}

// adjacent reports whether token i follows token i-1 with no space.
func (d *doc) adjacent(i int) bool {
	t := d.tok(i)
	return t != nil && !t.space
}

// dot skips an abbreviation's period directly after token i-1.
func (d *doc) dot(i int) int {
	if d.is(i, ".") && d.adjacent(i) {
		return i + 1
	}
	return i
}

// datedByPrevious gives a clock time the reference date would date the day
// of the date right before it instead: "Dec. 8 at 10 a.m.", "Friday, 3 p.m.".
// prev is that date's value, tokens [from, i) separate the two.
func (d *doc) datedByPrevious(m match, prev string, from, i int) string {
	today := fmtDay(d.ref) + "T"
	if m.typ != Time || len(m.value) <= len(today) || m.value[:len(today)] != today || len(prev) < 10 || !IsFullDate(prev[:10]) {
		return m.value
	}
	if i-from > 2 || i == from {
		return m.value
	}
	for k := from; k < i; k++ {
		if !d.is(k, "at", ",", "from", "around", "about") {
			return m.value
		}
	}
	return prev[:10] + m.value[len(today)-1:]
}
