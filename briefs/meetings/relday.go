package meetings

import (
	"slices"

	"github.com/briefbot/briefbot/briefs"
)

// A meeting dated only against another one said before it: "The two
// countries' defence ministers will hold their own talks there the day
// before", after "will hold a summit in Karlsruhe on November 12", or "On
// the same day, Aydemir will also hold bilateral talks with X"
// (RuleDateRelative). Its day is the other meeting's moved by the offset,
// and "there" or "at the same venue" is the other meeting's place.

// trailingOffset reads "the day before", "a day earlier", "two days
// later" after the meeting's name, in its clause, with nothing named after
// it ("the day before the summit" is dayOffset's): the days from the other
// meeting to this one and the token where the phrase starts.
func trailingOffset(toks []token, m *mention) (int, int) {
	for k := m.skipEnd; k+2 < len(toks)+1 && k < m.skipEnd+14; k++ {
		w := lowerAt(toks, k)
		if w == "," || w == ";" || w == "." || w == "" {
			return 0, 0
		}
		if days := namedNeighbourDay(toks, k); days != 0 {
			return days, k // "will meet the following day", "will meet on the eve of the session"
		}
		if w != "day" && w != "days" || k == 0 {
			continue
		}
		days := daysMoved(toks, k-1)
		if days == 0 || days > 7 || days < -7 {
			return 0, 0
		}
		if next := lowerAt(toks, k+2); next != "" && next != "," && next != "." && next != ";" && next != "to" && next != "and" && next != "in" && next != "at" {
			return 0, 0 // "the day before the summit", "a day later than planned"
		}
		return days, k - 1
	}
	return 0, 0
}

// namedNeighbourDay reads "the following day", "the next day", "the
// previous day", "the preceding day" and "on the eve of" at token k: the
// day after (1) or before (-1) the meeting said before; 0 when none.
// "The Australian Loan Council will meet the following day in the same
// building" after "The Premiers' Conference will be held on July 18".
func namedNeighbourDay(toks []token, k int) int {
	if lowerAt(toks, k) == "on" && lowerAt(toks, k+1) == "the" && lowerAt(toks, k+2) == "eve" && lowerAt(toks, k+3) == "of" {
		return -1
	}
	if lowerAt(toks, k) != "the" || lowerAt(toks, k+2) != "day" {
		return 0
	}
	switch lowerAt(toks, k+1) {
	case "following", "next":
		return 1
	case "previous", "preceding":
		return -1
	}
	return 0
}

// sameDayAt is the token of "the same day" (or "immediately after") in
// mention m's clause, before its name when the sentence opens with it or
// after it, -1 when none: "On the same day, Aydemir will also hold
// bilateral talks with X", "Goldfields Pacific will hold its own meeting to
// consider the deal on the same day".
// Not "the same day as the election", which names its event. A clock time
// alone before it ("at 10.00 a.m. on the same day") is the day's time.
func sameDayAt(toks []token, m *mention, limit int) int {
	at := func(k int) bool {
		return lowerAt(toks, k) == "the" && lowerAt(toks, k+1) == "same" && sameDayWords[lowerAt(toks, k+2)] && lowerAt(toks, k+3) != "as" ||
			rightAfter(toks, k)
	}
	open := 0
	if lowerAt(toks, 0) == "on" {
		open = 1 // "On the same day, ..."
	}
	if at(open) && open+3 < m.nameStart {
		return open
	}
	for k := m.skipEnd; k < len(toks) && k < m.skipEnd+sameDayReach && k < limit; k++ {
		if w := lowerAt(toks, k); w == ";" || w == "." && !clockDot(toks, k) || reporting(w) {
			return -1
		}
		if at(k) {
			return k
		}
	}
	return -1
}

// sameDayReach is how many tokens after a meeting's name "the same day"
// or "the same venue" may stand in its clause: "A separate meeting of the
// holders of the Company's 6 per cent preference shares will be held at
// the same venue at 12.30 p.m. on the same day" (a stop or a reporting
// verb ends it first).
const sameDayReach = 40

// rightAfter reports "immediately after", "directly after", "immediately
// following" at token k: "A Special General Meeting will follow
// immediately after the Annual General Meeting" is on that meeting's day.
func rightAfter(toks []token, k int) bool {
	switch lowerAt(toks, k) {
	case "immediately", "directly", "straight":
		next := lowerAt(toks, k+1)
		return next == "after" || next == "following"
	}
	return false
}

// sameDayWords say "the same day" of a part of it too: "on the same
// evening", "the same morning".
var sameDayWords = map[string]bool{"day": true, "date": true, "morning": true, "afternoon": true, "evening": true, "night": true}

// sameDayOther is the meeting whose day "the same day" gives mention m: the
// last dated one of m's kind, or the one nearest m's head word in a
// sentence that says it, in the three sentences before (in a notice with
// no dateline, the last of its kind however far back) ("Ukraine will
// hold its own intergovernmental conference with the EU the same day"),
// else the last dated one of m's sentence or the one before, when m's
// sentence tells of no other meeting undated ("The meeting will be held by
// videoconference, as will a session of the JMMC on the same day" names the
// story's meeting, whose day is not known here); nil when none.
func (d *doc) sameDayOther(ms []*mention, m *mention) *mention {
	var near *mention
	nearest := len(d.runes)
	dir, today := tenseAt(d.toks[m.sent], m.trig, m.trig+1), d.ref.Format("2006-01-02")
	otherWay := func(x *mention) bool { // "On the same morning, Sitharaman will hold ...": not the day a group met on Monday
		return dir > 0 && x.date.date < today || dir < 0 && x.date.date > today
	}
	for j := len(d.mentions) - 1; j >= 0; j-- {
		x := d.mentions[j]
		if x.date == nil || x.date.prec != briefs.PrecisionDay || otherWay(x) || x == m || x.sent > m.sent || x.sent == m.sent && x.trig > m.trig {
			continue // not one told after it: "... on the same day, or as soon thereafter as the Annual General Meeting has concluded"
		}
		if x.kind == m.kind && (m.sent-x.sent <= 3 || d.dlEnd == 0) {
			return x // a notice's "an Extraordinary General Meeting ... at the same venue on the same day", items after its AGM
		}
		if m.sent-x.sent > 3 {
			continue
		}
		if k := d.headIn(x.sent, m); k >= 0 && abs(x.trig-k) < nearest {
			near, nearest = x, abs(x.trig-k)
		}
	}
	if near != nil {
		return near
	}
	for _, x := range ms {
		if x != m && x.date == nil {
			return nil
		}
	}
	reach, skipped := 1, false
	dayOf := func(x *mention) bool {
		if x == m || x.date == nil || x.date.prec != briefs.PrecisionDay || m.sent-x.sent > reach {
			return false
		}
		skipped = skipped || otherWay(x)
		return !otherWay(x)
	}
	for _, xs := range [][]*mention{ms, d.mentions} { // its own sentence's, then the ones before
		for _, x := range slices.Backward(xs) {
			if dayOf(x) {
				return x
			}
		}
	}
	if skipped { // the day before was the other way: "met virtually on Monday. On the same morning, Sitharaman will hold ...", the council's day two sentences up
		reach = 3
		for _, x := range slices.Backward(d.mentions) {
			if dayOf(x) {
				return x
			}
		}
	}
	return nil
}

// headIn is the token of m's head word in sentence si, -1 when it has
// none: "conference" of "negotiations ... at an intergovernmental
// conference" for "its own intergovernmental conference". The meeting told
// nearest to it is the one meant.
func (d *doc) headIn(si int, m *mention) int {
	w := lowerAt(d.toks[m.sent], m.trig)
	return slices.IndexFunc(d.toks[si], func(t token) bool { return t.lower == w })
}

// relativeDays dates each undated mention of sentence ms that a trailing
// offset places against the last dated meeting before it: one of its own
// sentence, else of the sentences before (d.mentions so far); and each
// one, undated or timed only by a clock, that "the same day" places on the
// day of the meeting sameDayOther finds.
func (d *doc) relativeDays(toks []token, ms []*mention) {
	for i, m := range ms {
		neighbour := m.date != nil && namedNeighbourDay(toks, m.date.tokStart) != 0 // "the following day", which timex counts from the story's day
		if m.date != nil && !m.date.bare && !neighbour {
			continue
		}
		days, at := trailingOffset(toks, m)
		if m.date != nil && days != 0 && !neighbour {
			continue // a clock time alone takes only "the same day"
		}
		var o *mention
		if days == 0 {
			if at = sameDayAt(toks, m, nextName(ms, m)); at < 0 {
				continue
			}
			if o = d.sameDayOther(ms, m); o == nil {
				continue
			}
		}
		for j := i - 1; j >= 0 && o == nil; j-- {
			if ms[j].date != nil && ms[j].date.prec == briefs.PrecisionDay {
				o = ms[j]
			}
		}
		for j := len(d.mentions) - 1; j >= 0 && o == nil; j-- {
			if x := d.mentions[j]; x.date != nil && x.date.prec == briefs.PrecisionDay && m.sent-x.sent <= 2 {
				o = x
			}
		}
		if o == nil {
			continue
		}
		from := *o.date
		if days > 0 && from.endDate != "" {
			from.date = from.endDate // "technical talks on Tuesday and Wednesday, and ministers will meet online the following day": after the last day
		}
		x := from.movedBy(days)
		x.clock = ""
		if m.date != nil {
			x.clock = m.date.clock // "at 10.00 a.m. on the same day"
		}
		x.tokStart, x.tokEnd = at, min(at+3, len(toks)) // the phrase of this sentence, not the other's date
		x.start, x.end = toks[x.tokStart].start, toks[x.tokEnd-1].end
		m.date, m.dist = &x, 0
		m.byTokens(FieldDate, RuleDateRelative, toks, at, at+3)
		if m.place == "" || m.placeAt >= 0 && lowerAt(toks, m.placeAt) == "there" {
			if thereAfter(toks, m) {
				m.place, m.placeAt = o.place, -1 // "will hold their own talks there the day before"
				m.by(FieldPlace, RulePlaceThere, -1, -1)
			}
		}
	}
}

// thereAfter reports "there" in the clause after the meeting's name.
func thereAfter(toks []token, m *mention) bool {
	for k := m.skipEnd; k < len(toks) && k < m.skipEnd+6; k++ {
		switch toks[k].lower {
		case "there":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// offsetAt reports "a day earlier", "two days later", "the day before" at
// token k: what follows a meeting verb dated against another meeting
// ("Their foreign ministers will meet two days later").
func offsetAt(toks []token, k int) bool { return daysMoved(toks, k) != 0 }

// daysMoved reads "the day before", "a day earlier", "two days later" from
// token k (its count): the days it moves a date by, before (< 0) or after;
// 0 when there is no such phrase at k.
func daysMoved(toks []token, k int) int {
	n := dayCount(toks, k)
	if n == 0 {
		return 0
	}
	if w := lowerAt(toks, k+1); w != "day" && w != "days" {
		return 0
	}
	switch lowerAt(toks, k+2) {
	case "before", "earlier":
		return -n
	case "after", "later":
		return n
	}
	return 0
}

// dayCount is the number of days token k counts before "day" or "days":
// 1 for "a", "the" and "one", a number word's or figure's value, else 0.
func dayCount(toks []token, k int) int {
	if w := lowerAt(toks, k); w != "a" && w != "the" {
		return numberWord(w)
	}
	return 1
}

// nextName is where the next meeting of sentence ms after m is named, or
// the sentence's end: "the same day" after it is that meeting's ("The full
// ministerial meeting will be held online, as will a meeting of the JMMC on
// the same day").
func nextName(ms []*mention, m *mention) int {
	limit := 1 << 30
	for _, o := range ms {
		if o.nameStart > m.nameStart && o.nameStart < limit {
			limit = o.nameStart
		}
	}
	return limit
}

// clockDot reports the full stop at token k as one of "a.m." or "p.m.",
// not a sentence's end.
func clockDot(toks []token, k int) bool {
	ap := func(w string) bool { return w == "a" || w == "p" }
	return ap(lowerAt(toks, k-1)) && lowerAt(toks, k+1) == "m" || lowerAt(toks, k-1) == "m" && lowerAt(toks, k-2) == "." && ap(lowerAt(toks, k-3))
}

// sameVenue gives each mention of sentence ms with no place that is held
// "at the same venue" or "at the same place" the place of the meeting
// placed last before it: one of its own sentence, else of the three
// before (rule place.there).
func (d *doc) sameVenue(toks []token, ms []*mention) {
	for i, m := range ms {
		if m.place != "" {
			continue
		}
		at := -1
		for k := m.skipEnd; k+3 < len(toks) && k < m.skipEnd+sameDayReach && k < nextName(ms, m); k++ {
			if w := lowerAt(toks, k); w == ";" || w == "." && !clockDot(toks, k) {
				break
			}
			if lowerAt(toks, k) == "the" && lowerAt(toks, k+1) == "same" && (lowerAt(toks, k+2) == "venue" || lowerAt(toks, k+2) == "place") && lowerAt(toks, k+3) != "as" {
				at = k
				break
			}
			if lowerAt(toks, k) == "," && lowerAt(toks, k+1) == "same" && (lowerAt(toks, k+2) == "venue" || lowerAt(toks, k+2) == "place") {
				at = k // "Next meeting: Tuesday 14 April 2026, 7.30 pm, same venue."
				break
			}
		}
		if at < 0 {
			continue
		}
		var o *mention
		for j := i - 1; j >= 0 && o == nil; j-- {
			if ms[j].place != "" {
				o = ms[j]
			}
		}
		for j := len(d.mentions) - 1; j >= 0 && o == nil; j-- {
			x := d.mentions[j]
			if x.place != "" && (m.sent-x.sent <= 3 || d.dlEnd == 0 && x.kind == m.kind) {
				o = x // in a notice with no dateline, the last meeting of its kind however far back
			}
		}
		if o != nil {
			m.place, m.placeAt = o.place, -1
			m.byTokens(FieldPlace, RulePlaceThere, toks, at, at+3)
		}
	}
}
