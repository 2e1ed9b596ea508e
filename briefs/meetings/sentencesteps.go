package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// The steps that finish a sentence's meetings after assignDates has given
// each its date (extract.go): a range's end ("begins on March 20 and ends
// on April 6"), a reschedule to a new day, a day offset from another
// meeting ("the day before"), one gathering's start and end told by two
// heads, and a state visit with the talks it holds.

// endOfRange gives m's day an end from "begins on March 20 and ends on
// April 6" or "began on Monday ... is expected to end on Friday".
func endOfRange(toks []token, ds []dateSpan, m *mention) {
	if m.date == nil || m.date.prec != briefs.PrecisionDay || m.date.endDate != "" {
		return
	}
	if m.days > 1 { // "a three-day meeting that began on Wednesday"; "ended a two-day meeting on Friday"
		if s, err := time.Parse("2006-01-02", m.date.date); err == nil {
			x := *m.date
			if (m.ended || endVerbBefore(toks, m.date.tokStart) || ownEnd(toks, m.date, m)) && !startVerbBefore(toks, m.date.tokStart) { // "two days of talks ... that end tomorrow", "... on access to markets ended yesterday"; not "after a two-day meeting that starts on Wednesday"
				x.date = s.AddDate(0, 0, 1-m.days).Format("2006-01-02")
				x.endDate = m.date.date
			} else {
				x.endDate = s.AddDate(0, 0, m.days-1).Format("2006-01-02")
			}
			m.date = &x
			m.byTokens(FieldEndDate, RuleEndDays, toks, max(m.nameStart-4, 0), m.trig+1)
			return
		}
	}
	for n := range ds {
		e := &ds[n]
		if e == m.date || e.prec != briefs.PrecisionDay || e.tokStart < m.date.tokEnd {
			continue
		}
		ender := false
		for k := e.tokStart - 1; k >= 0 && k >= e.tokStart-3; k-- {
			switch toks[k].lower {
			case "end", "ends", "ending", "close", "closes", "conclude", "concludes", "until", "till", "through":
				ender = true
			}
		}
		if !ender || e.date <= m.date.date {
			continue
		}
		s, _ := time.Parse("2006-01-02", m.date.date)
		t, _ := time.Parse("2006-01-02", e.date)
		if t.Sub(s) > 62*24*time.Hour {
			continue
		}
		x := *m.date
		x.endDate = e.date
		m.date = &x
		m.by(FieldEndDate, RuleEndUntil, e.start, e.end)
		return
	}
}

// startVerbBefore reports a verb of starting right before the date at k,
// past "on": "a two-day meeting that starts on Wednesday" gives its first
// day, though the sentence tells the meeting as over before something else.
func startVerbBefore(toks []token, k int) bool {
	if lowerAt(toks, k-1) == "on" {
		k--
	}
	switch lowerAt(toks, k-1) {
	case "start", "starts", "starting", "begin", "begins", "beginning", "open", "opens", "opening":
		return true
	}
	return false
}

// numberWord reads "two".."ten" or digits; 0 otherwise.
func numberWord(w string) int {
	for n, s := range []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == s && n > 0 {
			return n
		}
	}
	if n := atoi(w); n > 0 && n <= 31 {
		return n
	}
	return 0
}

// reschedule handles "rescheduled the annual meeting to June 18 from May
// 7": every mention of the sentence takes the new date and remembers the
// old one. It reports false when the sentence postpones without a new date.
func reschedule(toks []token, ds []dateSpan, ms []*mention, dlEnd int) bool {
	cue := -1
	for k, t := range toks {
		if isRescheduleCue(t.lower) && !attributiveCue(toks, k) && (t.lower != "put" && t.lower != "pushed" && t.lower != "brought" ||
			lowerAt(toks, k+1) == "off" || lowerAt(toks, k+1) == "back" || lowerAt(toks, k+1) == "forward") &&
			movesMeeting(toks, ms, k) {
			cue = k
			break
		}
	}
	if cue < 0 || len(ms) == 0 {
		return true
	}
	newDate, old := -1, -1
	for n := range ds {
		if ds[n].date == "" || ds[n].end <= dlEnd {
			continue
		}
		switch lowerAt(toks, ds[n].tokStart-1) {
		case "to", "until", "till":
			if ds[n].tokStart > cue && newDate < 0 {
				newDate = n
				continue
			}
		}
		if old < 0 {
			old = n
		}
	}
	if newDate < 0 {
		return false
	}
	for _, m := range ms {
		m.date, m.dist = &ds[newDate], 0
		m.by(FieldDate, RuleDateRescheduled, m.date.start, m.date.end)
		if old >= 0 {
			m.movedFrom = ds[old].date
		}
	}
	return true
}

// movesMeeting reports whether the verb at cue has a meeting for object
// ("postponed the annual meeting") or passive subject ("the talks were
// postponed"), not a debt or a launch.
func movesMeeting(toks []token, ms []*mention, cue int) bool {
	for _, m := range ms {
		if m.nameStart > cue && (m.nameStart-cue <= 4 || m.nameStart-cue <= 8 && (lowerAt(toks, cue+1) == "until" || lowerAt(toks, cue+1) == "to")) {
			return true // "postponed the annual meeting", "has postponed until May 20 a special meeting of shareholders"
		}
		if m.trig < cue && cue-m.trig <= 28 && !relativeOfOther(toks, m.trig, cue-2) {
			switch lowerAt(toks, cue-1) {
			case "was", "were", "been", "be", "is", "are", "being":
				if thatClauseBetween(toks, m.trig, cue-1) {
					continue // "met ... and recommended that the junior regatta be moved from March to May": the regatta moves
				}
				return true
			case "-", "–", "—", "|":
				if w := lowerAt(toks, cue+1); w == "to" || w == "until" {
					return true // a row's note: "HB 322 (nurse staffing) - POSTPONED to Tuesday, March 17"
				}
			}
		}
	}
	return false
}

// thatClauseBetween reports "recommended that", "agreed that" between a meeting's head at trig and an auxiliary at k: what that clause
// moves is its own subject, not the meeting.
func thatClauseBetween(toks []token, trig, k int) bool {
	for j := trig + 1; j < k; j++ {
		if toks[j].lower == "that" && mandativeVerbs[lowerAt(toks, j-1)] {
			return true
		}
	}
	return false
}

// mandativeVerbs ask in a that-clause for something to be done: "recommended
// that the regatta be moved".
var mandativeVerbs = map[string]bool{
	"recommended": true, "recommends": true, "recommend": true, "proposed": true, "proposes": true, "suggested": true,
	"agreed": true, "decided": true, "resolved": true, "asked": true, "urged": true, "demanded": true, "insisted": true,
	"requested": true, "ruled": true, "ordered": true,
}

// relativeOfOther reports a relative pronoun at k whose antecedent is
// another noun than the meeting's head at trig: "export quotas, which were
// suspended in February", not "the talks, which were postponed".
func relativeOfOther(toks []token, trig, k int) bool {
	if w := lowerAt(toks, k); w != "which" && w != "that" {
		return false
	}
	a := k - 1
	if lowerAt(toks, a) == "," {
		a--
	}
	return a != trig
}

// continues reports "will continue", "continue on Thursday" right after a
// meeting's name at k: the date that follows is a later day of a meeting
// already under way, not its start.
func continues(toks []token, k int) bool {
	switch w := lowerAt(toks, k); {
	case w == "here" || w == "there":
		k++ // "the talks here will continue tomorrow"
	case (w == "in" || w == "at") && k+1 < len(toks) && toks[k+1].cap:
		for k++; k < len(toks) && toks[k].cap; k++ { // "The talks in Tokyo will continue tomorrow"
		}
	}
	for n := 0; n < 3 && auxiliaries[lowerAt(toks, k)]; n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "continue", "continues", "continued", "continuing":
		return true
	case "end", "ends", "close", "closes", "conclude", "concludes": // "The summit ends tomorrow": its last day
		return k > 0 && toks[k-1].word
	}
	return false
}

// phraseEnd is where the noun phrase of a meeting noun ends: its name's
// end, or the comma of a relative clause its complements lead to
// ("Negotiations between Canada and the EC on fish quotas, which opened in
// June, are still under way").
func phraseEnd(toks []token, m *mention) int {
	if m.verb {
		return m.skipEnd
	}
	if j := m.skipEnd + 3; bracketBetween(toks, m.skipEnd, j) && lowerAt(toks, j) == "," && (lowerAt(toks, j+1) == "which" || startVerbs[lowerAt(toks, j+1)]) {
		return j // "the Senior Economic Officials' Meeting (SEOM), which began yesterday,"
	}
	for k := m.skipEnd + 1; k < len(toks) && k <= m.skipEnd+12; k++ {
		if toks[k].lower != "," {
			continue
		}
		switch w := lowerAt(toks, k+1); {
		case w == "which" || w == "who" || w == "under" || startVerbs[w]:
			if nounPhraseTo(toks, m.skipEnd, k) || w == "which" && startVerbs[lowerAt(toks, k+2)] && cityPhrase(toks, m.skipEnd, k) {
				return k
			}
		}
		break
	}
	return m.skipEnd
}

// mergeVisit makes a state visit and the talks its sentence gives it one
// meeting: "begins a three-day state visit to Spain on Monday for talks
// with Prime Minister Felipe Gonzalez", "a four-day state visit, during
// which he will meet Prime Minister Prem". The visit keeps its days and
// place and takes the persons the talks name.
func mergeVisit(ms []*mention) {
	for _, v := range ms {
		if v.kind != "visit" || v.date == nil {
			continue
		}
		for _, o := range ms {
			if o == v || o.kind == "visit" || o.date != nil && o.date.date != v.date.date && o.date.prec == v.date.prec {
				continue
			}
			o.date = nil
			v.takePersons(o)
			if v.place == "" {
				v.place, v.placeAt = o.place, o.placeAt
			}
		}
	}
}

// runningSince reports a clause between commas at k that says when talks
// began (", launched in March,", ", which opened in June,") followed by a
// main verb that is not past ("are expected to run until June", "continue
// this week"): negotiations begun before and still running.
func runningSince(toks []token, ds []dateSpan, k int) bool {
	if lowerAt(toks, k) != "," {
		return false
	}
	j := k + 1
	if w := lowerAt(toks, j); w == "which" || w == "that" {
		j++
	}
	for n := 0; n < 2 && pastAuxiliaries[lowerAt(toks, j)]; n++ {
		j++ // ", which was launched in September,"
	}
	if !startVerbs[lowerAt(toks, j)] {
		return false
	}
	for e := j + 1; e < len(toks) && e <= j+14; e++ {
		switch toks[e].lower {
		case ";", ".":
			return false
		case ",":
			w := lowerAt(toks, e+1)
			if goesOn(w) || w == "are" || w == "is" {
				return true
			}
			if d, ok := cueAt(toks, e+1, false); ok && inSpan(ds, e+1) < 0 {
				return d > 0
			}
			// no verb after the comma (a place or a date): an apposition
			// inside the clause (", launched in Punta del Este, Uruguay,
			// last September, is still ...")
		}
	}
	return false
}

// pastAuxiliaries come between a relative pronoun and a participle: ",
// which was launched", ", which have been suspended".
var pastAuxiliaries = map[string]bool{"was": true, "were": true, "has": true, "have": true, "had": true, "been": true}

// goesOnAt reports goesOn at token k, past one auxiliary: "are continuing",
// "have dragged on".
func goesOnAt(toks []token, k int) bool {
	if w := lowerAt(toks, k); w == "are" || w == "is" || w == "were" || w == "was" || w == "have" || w == "has" {
		k++
	}
	if w := lowerAt(toks, k); (w == "expected" || w == "due" || w == "set" || w == "likely") && lowerAt(toks, k+1) == "to" {
		switch lowerAt(toks, k+2) {
		case "last", "run", "end", "conclude", "close":
			return true // "which opened on Tuesday, are expected to last two weeks": the talks go on
		}
	}
	return goesOn(lowerAt(toks, k))
}

// goesOn reports a verb that says talks begun before are still running:
// "continue", "entered their final week", "remain deadlocked".
func goesOn(w string) bool {
	switch w {
	case "continue", "continues", "continued", "continuing", "go", "goes", "going", "remain", "remains", "entered", "enter", "enters", "moved", "dragged", "drag":
		return true
	}
	return false
}

// mergeStartEnd makes one meeting of a sentence that gives a gathering's
// start to one head and its end to another: "The Conference on
// Disarmament, in session since June 9, will adjourn on August 28". The
// named head keeps both days.
func mergeStartEnd(toks []token, ms []*mention) {
	for _, e := range ms {
		if e.date == nil || e.date.prec != briefs.PrecisionDay || !adjourns(toks, e.date.tokStart) {
			continue
		}
		for _, s := range ms {
			if s == e || s.date == nil || s.date.prec != briefs.PrecisionDay || s.date.date >= e.date.date ||
				s.date.tokStart > e.date.tokStart || addDays(s.date.date, 120) < e.date.date {
				continue
			}
			keep, drop := e, s
			if s.nameStart < e.nameStart && !s.verb && !s.anaphoric {
				keep, drop = s, e
			}
			x, end := *s.date, *e.date
			x.endDate = end.date
			keep.date, drop.date = &x, nil
			keep.openEnded = keep.openEnded || s.openEnded
			keep.started = keep.started || s.started
			keep.by(FieldDate, RuleDateNearest, x.start, x.end)
			keep.by(FieldEndDate, RuleEndUntil, end.start, end.end)
			break
		}
	}
}

// adjourns reports an end verb right before the date at token k: "will
// adjourn on August 28", "closes on Friday".
func adjourns(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].lower {
		case "adjourn", "adjourns", "end", "ends", "close", "closes", "conclude", "concludes", "recess", "recesses":
			return true
		}
	}
	return false
}

// offsetDates dates a meeting named only as "a day ahead of", "the day
// before" or "two days after" another meeting of the sentence that has a
// day: "will meet in Washington on April 8, a day ahead of the IMF's
// Interim Committee meeting" -> April 9.
func offsetDates(toks []token, ms []*mention) {
	for _, n := range ms {
		if n.date != nil || n.verb {
			continue
		}
		days, at := dayOffset(toks, n.nameStart)
		if days == 0 {
			continue
		}
		for _, o := range ms {
			if o == n || o.date == nil || o.date.prec != briefs.PrecisionDay || o.trig > n.trig {
				continue
			}
			x := o.date.movedBy(days)
			n.date, n.dist = &x, o.dist
			if n.place == "" && lowerAt(toks, n.skipEnd) == "there" {
				n.place, n.placeAt = o.place, o.placeAt // "the day before a Group of Seven meeting there"
			}
			n.byTokens(FieldDate, RuleDateOffset, toks, at, n.nameStart)
			break
		}
	}
}

// offsetNoun reports a meeting noun named as "the day before" another: it
// takes its day from offsetDates, never a date of the sentence.
func offsetNoun(toks []token, m *mention) bool {
	d, _ := dayOffset(toks, m.nameStart)
	return !m.verb && d != 0
}

// dayOffset reads "a day ahead of", "the day before", "two days after"
// right before the name at k: the days from the other meeting to this
// one (+1 when this one comes after) and where the phrase starts.
func dayOffset(toks []token, k int) (int, int) {
	k--
	for n := 0; n < 3 && k >= 0 && (determiners[toks[k].lower] || toks[k].lower == "an" || toks[k].lower == "s" || isApostrophe(toks[k].lower) || toks[k].cap); n++ {
		k-- // "the IMF's", "a"
	}
	dir := 0
	switch toks[max(k, 0)].lower {
	case "before":
		dir, k = 1, k-1
	case "after":
		dir, k = -1, k-1
	case "of":
		if lowerAt(toks, k-1) == "ahead" {
			dir, k = 1, k-2
		}
	}
	if dir == 0 || k < 1 {
		return 0, 0
	}
	if w := toks[k].lower; w != "day" && w != "days" {
		return 0, 0
	}
	if n := dayCount(toks, k-1); n > 0 && n <= 7 {
		return dir * n, k - 1
	}
	return 0, 0
}

// attributiveCue reports "deferred" or "advanced" at k as an adjective
// before its noun, no postponement: "the holders of the Company's deferred
// shares", "deferred tax", "advanced economies".
func attributiveCue(toks []token, k int) bool {
	if w := toks[k].lower; w != "deferred" && w != "advanced" {
		return false
	}
	if auxiliaries[lowerAt(toks, k-1)] || lowerAt(toks, k-1) == "been" {
		return false // "the meeting was deferred to Monday"
	}
	n := lowerAt(toks, k+1)
	return k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && !placePreps[n] && n != "to" && n != "until" && n != "by" && n != "indefinitely" && n != "again"
}
