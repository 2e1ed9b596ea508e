package meetings

import (
	"sort"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// assignDates pairs mentions with the dates of their sentence, nearest first;
// a date serves two mentions only when nothing else is left.
func assignDates(toks []token, ds []dateSpan, ms []*mention, dlEnd int) {
	if len(ms) == 0 || len(ds) == 0 {
		return // nothing to pair: most sentences
	}
	type pair struct{ m, d, dist int }
	var pairs []pair
	reported := map[int]bool{}        // mentions that passed over a reporting verb's day
	words := make([]int, len(toks)+1) // words[k]: word tokens before token k
	for k, t := range toks {
		words[k+1] = words[k]
		if t.word {
			words[k+1]++
		}
	}
	for mi, m := range ms {
		own := ownClause(toks, ds, m)
		for di := range ds {
			dd := &ds[di]
			if dd.date == "" && !coarseDate(toks, dd) || dd.end <= dlEnd || (lowerAt(toks, dd.tokStart-1) == "since" || lowerAt(toks, dd.tokStart-2) == "since") && !whenClause(toks, dd, m) && !sinceStart(toks, dd, m) && !ownDate(toks, dd, m) ||
				startOfOther(toks, ds, dd, dlEnd) {
				continue // "the third meeting since the bid in December"
			}
			if sinceBetween(toks, m, dd) {
				continue // "the Cabinet's first meeting since the Budget was presented on February 1": the Budget's day
			}
			if formerDate(toks, dd) && laterDate(toks, ds, dd, dlEnd) {
				continue // "originally set for May 10, will now be held on June 7": the old day
			}
			ends := m.anaphoric && endsAt(toks, dd, m) // "The summit, which ends on Thursday, ...": its end, not its day
			if open, _, _ := relativeClause(toks, dd); open >= 0 && !holds(toks, dd, m) {
				continue // "the talks, which the minister attended last week, ...": another event's date
			}
			if w := withClause(toks, dd); w >= 0 && m.trig < w {
				continue // "concludes today, with the Governor set to announce the decision on Friday": the announcement's day
			}
			if inWithClause(toks, dd, m) {
				continue // "their summit in Asuncion on Friday, with foreign ministers meeting ... on Thursday": the summit's day
			}
			if own.outside(dd) {
				continue // "will strike from Feb. 2 after talks broke down on Monday": the talks are Monday's (attach.go)
			}
			if reportsOther(toks, dd, m) {
				reported[mi] = true
				continue // "told a news conference on Tuesday that ministers would meet in Cairo on Sept. 28": the telling's day
			}
			if ownedElsewhere(toks, dd, m) || modifiesOther(toks, dd, m) || afterOther(toks, dd, m) || followsOther(toks, dd, m) || recordDate(toks, dd) || plannedForOther(toks, dd, m) || dateOfCalling(toks, dd, m) {
				continue // "to discuss Monday's stock market crash": the crash's day
			}
			if otherConjunctDay(toks, ds, dd, m) {
				continue // "will hold a rally in Dhaka on Friday and a meeting of its central committee on Saturday": the rally's day
			}
			if dd.tokEnd <= m.nameStart && apposedAgain(toks, m) {
				continue // "will meet ... on Monday and Tuesday, their first gathering since ...": the clause's meeting and its days
			}
			if occasion(toks, m) && !sidelines(toks, m) && dd.tokEnd <= m.nameStart && m.anaphoric {
				continue // "In London on Thursday ahead of the meeting": the day of what comes before it
			}
			if m.anaphoric && inTrailingParticiple(toks, m, dd) {
				continue // "Egypt reached agreement with the IMF last month, clearing the way for the talks": the agreement's date
			}
			dist := spanDist(words, m, dd) - asideWords(toks, words, m, dd)
			if w := lowerAt(toks, dd.tokStart-1); (openingWords[w] || w == "on" && openingWords[lowerAt(toks, dd.tokStart-2)]) && dd.tokStart >= m.nameEnd {
				dist -= 4 // "for two days of talks with Japanese officials starting tomorrow", "for a conference opening on Thursday": their first day
			}
			if dd.tokStart == 0 && dd.prec == briefs.PrecisionDay && lowerAt(toks, dd.tokEnd) == "," && !m.verb && oralEvidence(toks, m.trig) {
				dist -= 12 // "Wednesday 26 February, 9.15am, Committee Room 8: Treasury Committee - Oral evidence: ... February 2025 Monetary Policy Report": the item's day
			}
			if startsAt(toks, dd, m) {
				dist -= 8 // "arrived in Seoul on Tuesday for the talks, which began Wednesday": the talks' own first day
			}
			if dayWithin(ds, dd, m) {
				dist += 12 // "will travel to Washington this week to attend a two-day meeting ... from Thursday": the day the meeting names
			}
			if penalised(toks, dd) && !sinceStart(toks, dd, m) && !notUntil(toks, dd) && !ownEnd(toks, dd, m) {
				dist += 20
			}
			for _, o := range ms {
				if o != m && between(o.trig, m.trig, dd.tokStart) {
					dist += 8
				}
			}
			dist += boundaryPenalty(toks, m, dd)
			if journeyConjunctDate(toks, ds, dd, m) {
				continue // "will travel to Paraguay on July 1 and is expected to hold a bilateral meeting ... on the sidelines of the summit on July 2": the journey's day
			}
			if laterConjunctDate(toks, ds, dd, m) {
				dist += 12 // "will meet Miyazawa in Tokyo on Monday and fly to Seoul on Tuesday for talks": Monday is the first conjunct's
			}
			if ends {
				dist += 12 // a day of the meeting all the same when no other is given: "which ended in Auckland yesterday"
			}
			if dist <= 30 {
				pairs = append(pairs, pair{mi, di, dist})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].dist < pairs[b].dist })
	used := map[int]bool{}
	coarse := map[int]bool{} // mentions held in a season: no day or month to give them
	best := map[int]*dateSpan{}
	for _, p := range pairs {
		if d := &ds[p.d]; d.date != "" && best[p.m] == nil {
			best[p.m] = d
		}
	}
	for _, p := range pairs {
		m, d := ms[p.m], &ds[p.d]
		if d.date == "" && ownSeason(toks, m, d) && (best[p.m] == nil || best[p.m].tokStart < m.trig) {
			coarse[p.m] = true // its own season after it, and no day or month after it
		}
	}
	for pass := 0; pass < 2; pass++ {
		for _, p := range pairs {
			m := ms[p.m]
			if ds[p.d].date == "" || coarse[p.m] {
				continue // "the Security Consultative Meeting ... in the fall": not the April of the clause before
			}
			if m.date != nil || pass == 0 && used[p.d] || pass == 1 && occasion(toks, m) && !sidelines(toks, m) || offsetNoun(toks, m) {
				continue // "will meet on Saturday, ahead of the IMF annual meeting": not the IMF meeting's date
			}
			m.date, m.dist = &ds[p.d], p.dist
			if sinceStart(toks, m.date, m) {
				m.openEnded = true // "in session here since Sunday": begun, not over
			}
			rule := []Rule{RuleDateNearest, RuleDateShared}[pass]
			if reported[p.m] && rule == RuleDateNearest {
				rule = RuleDateNotReported
			}
			m.by(FieldDate, rule, m.date.start, m.date.end)
			used[p.d] = true
		}
	}
}

// sinceBetween reports "since" opening a clause between noun mention m and
// the later date d: "the first meeting since the Budget was presented on
// February 1".
func sinceBetween(toks []token, m *mention, d *dateSpan) bool {
	if m.verb || d.tokStart < m.skipEnd {
		return false
	}
	since := false
	for k := m.skipEnd; k < d.tokStart; k++ {
		switch toks[k].lower {
		case "since":
			since = k < d.tokStart-2
		case ",", ";":
			since = false // "talks, suspended since February when ..., will resume next Tuesday"
		}
	}
	return since
}

// formerDate reports a date a meeting was moved from: "originally set for
// May 10", "previously scheduled for Tuesday", "earlier scheduled for
// Thursday".
func formerDate(toks []token, d *dateSpan) bool {
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-6; k-- {
		switch toks[k].lower {
		case "originally", "initially", "previously", "formerly":
			return true
		case "earlier":
			switch lowerAt(toks, k+1) {
			case "scheduled", "set", "planned", "slated", "fixed", "due":
				return true
			}
		case "from":
			if w := lowerAt(toks, k-1); rescheduleCues[w] || w == "back" || w == "forward" {
				return true // "postponed from last month", "brought forward from June 3"
			}
		case ",", ";":
			return false
		}
	}
	return false
}

// laterDate reports another day or month in the sentence after d, not
// itself a former date: where the meeting was moved to.
func laterDate(toks []token, ds []dateSpan, d *dateSpan, dlEnd int) bool {
	for k := range ds {
		o := &ds[k]
		if o != d && o.date != "" && o.end > dlEnd && o.tokStart > d.tokEnd && !formerDate(toks, o) {
			return true
		}
	}
	return false
}

// endsAt reports a date that a relative clause on m gives as its end:
// "The summit, which ends on Thursday".
func endsAt(toks []token, d *dateSpan, m *mention) bool {
	open, _, _ := relativeClause(toks, d)
	if open < 0 || open != m.skipEnd+1 {
		return false
	}
	for k := open + 1; k < d.tokStart; k++ {
		switch toks[k].lower {
		case "ends", "end", "ended", "closes", "close", "concludes", "runs", "lasts", "until", "through":
			return true
		}
	}
	return false
}

// coarseDate reports a season a meeting is held in ("the Security
// Consultative Meeting ... in the fall"): a meeting it dates has no day or
// month to take from another. Not "no agreement before the summer", "before
// next winter".
func coarseDate(toks []token, d *dateSpan) bool {
	v := d.value
	if len(v) != 7 || strings.Trim(v[:4], "0123456789") != "" {
		return false
	}
	switch v[4:] {
	case "-SP", "-SU", "-FA", "-WI":
		first, before := lowerAt(toks, d.tokStart), lowerAt(toks, d.tokStart-1)
		switch before {
		case "before", "until", "till", "by", "after", "since", "from", "of", "for", "through":
			return false // "before next winter": a bound, not the meeting's time
		}
		return before == "in" || first == "this" || first == "next" || first == "last"
	}
	return false
}

// ownSeason reports a season after mention m with no verb between them:
// the meeting's own time ("the Security Consultative Meeting between the
// two countries' defense chiefs in the fall"), not another event's ("talks
// on the investment package agreed in the summer").
func ownSeason(toks []token, m *mention, d *dateSpan) bool {
	if d.tokStart <= m.trig {
		return false
	}
	for k := m.trig + 1; k < d.tokStart; k++ {
		if _, ok := cueAt(toks, k, false); ok {
			return false
		}
	}
	return true
}

// startsAt reports a date that a relative clause right after noun
// mention m gives as its start: "the talks, which began Wednesday and will
// end Thursday".
func startsAt(toks []token, d *dateSpan, m *mention) bool {
	open, _, start := relativeClause(toks, d)
	if !m.verb && open >= 0 && beginsVerbs[lowerAt(toks, open+1)] && withNames(toks, m.trig+1, open-1) {
		return true // "arrived here today for talks with Egyptian Economy Minister Mustafa el-Said, which begin tomorrow"
	}
	return start && !m.verb && open >= 0 && open == m.skipEnd+1
}

// ownEnd reports "ended"/"closes" before date d as the verb of meeting m
// itself: "Talks between the EC and the United States on farm trade ended
// here today" (not a fiscal "period ended March 31").
func ownEnd(toks []token, d *dateSpan, m *mention) bool {
	if m.verb {
		return false
	}
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-3; k-- {
		switch toks[k].lower {
		case "ended", "ending", "closes", "close", "closed":
			if lowerAt(toks, k-1) == "which" && lowerAt(toks, k-2) == "," && (k-2 == m.skipEnd || nounPhraseTo(toks, m.skipEnd, k-2) || nounPhraseTo(toks, m.trig+1, k-2)) {
				return true // "The meeting of Commonwealth law ministers, which ended in Auckland yesterday"
			}
			return k == m.skipEnd || k > m.skipEnd && nounPhraseTo(toks, m.skipEnd, k) ||
				k == afterRelative(toks, phraseEnd(toks, m)) // "Three days of talks ... on chips, which opened last Monday, ended on Wednesday"
		}
	}
	return false
}

// endVerbBefore reports an end verb right before the date at token k:
// "that end tomorrow", "which closes on Friday".
func endVerbBefore(toks []token, k int) bool {
	if w := lowerAt(toks, k); (w == "end" || w == "ends") && (lowerAt(toks, k-1) == "that" || lowerAt(toks, k-1) == "which" || lowerAt(toks, k-1) == "to") {
		return true // timex reads "end tomorrow" as one expression: "that end tomorrow", "scheduled to end tomorrow"
	}
	switch lowerAt(toks, k-1) {
	case "end", "ends", "close", "closes", "conclude", "concludes", "ended", "closed", "concluded":
		return true
	case "on", "in", "by":
		return endVerbBefore(toks, k-1) // "are expected to end in June"
	}
	return false
}

// notUntil reports "will not take place until June", "won't be held
// before March": the date is when the meeting will be, not a deadline.
func notUntil(toks []token, d *dateSpan) bool {
	k := d.tokStart - 1
	if w := lowerAt(toks, k); w != "until" && w != "till" && w != "before" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if w := toks[j].lower; w == "not" || w == "t" && isApostrophe(lowerAt(toks, j-1)) {
			return lowerAt(toks, j+1) == "take" || lowerAt(toks, j+1) == "be" || meetingVerbs[lowerAt(toks, j+1)]
		}
	}
	return false
}

// ownedElsewhere reports a possessive date ("Monday's", "last month's")
// that dates a noun phrase other than m's: "the impact of Monday's stock
// market crash", "Last month's meeting also set a timetable for the talks"
// (the talks are not last month's).
func ownedElsewhere(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokEnd
	if !isApostrophe(lowerAt(toks, k)) || lowerAt(toks, k+1) != "s" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		if j == m.trig {
			return false
		}
		if !toks[j].word && toks[j].lower != "-" || auxiliaries[toks[j].lower] {
			break
		}
		if _, ok := meetingNouns[toks[j].lower]; ok {
			break
		}
	}
	return true
}

// modifiesOther reports a date used as the modifier of a noun phrase that
// is not a meeting ("the May 11 election", "the March 31 deadline", "a June
// 30 Paris accord"): that noun's date, not m's. "the March 16 annual
// meeting" keeps its date.
func modifiesOther(toks []token, d *dateSpan, m *mention) bool {
	if !determiners[lowerAt(toks, d.tokStart-1)] {
		return false
	}
	k := d.tokEnd
	if k >= len(toks) || !toks[k].word || toks[k].num || auxiliaries[toks[k].lower] || dateJoiners[toks[k].lower] {
		return false
	}
	for j := k; j < len(toks) && j < k+4 && toks[j].word; j++ {
		if _, ok := meetingNouns[toks[j].lower]; ok || j == m.trig {
			return false
		}
		if _, ok := cueAt(toks, j, false); ok {
			return false // "the May 11 ... will": a verb, not a noun phrase
		}
	}
	return true
}

// plannedForOther reports a date another event is planned for, after the
// meeting: "The talks ... come ahead of a fresh 24-hour strike planned for
// June 17" (the strike's day, not the talks').
func plannedForOther(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokStart - 1
	if w := lowerAt(toks, k); w != "for" && w != "on" {
		return false
	}
	if !scheduledWords[lowerAt(toks, k-1)] {
		return false
	}
	n := k - 2 // the event planned
	if n <= m.trig || n < 0 || !toks[n].word || toks[n].cap {
		return false
	}
	_, meeting := meetingNouns[toks[n].lower]
	return !meeting && !auxiliaries[toks[n].lower] && !notEventNoun[toks[n].lower]
}

// notEventNoun are the words before "set for" or "planned on" that name no
// other event: "has been set for Jan. 15", "will be held as planned on Nov. 14",
// "A meeting of producers was called for tomorrow morning".
var notEventNoun = map[string]bool{"been": true, "be": true, "being": true, "was": true, "were": true, "as": true, "now": true, "already": true, "also": true, "originally": true, "tentatively": true}

// scheduledWords say an event is planned for a day.
var scheduledWords = map[string]bool{"planned": true, "scheduled": true, "set": true, "slated": true, "due": true, "called": true}

// dateOfCalling reports the day a meeting was called or announced, said
// after it in the passive: "The summit was called in September after
// drought cut harvests" (the calling's month, not the summit's).
func dateOfCalling(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokStart - 1
	if w := lowerAt(toks, k); w == "in" || w == "on" || w == "last" {
		k--
	}
	switch lowerAt(toks, k) {
	case "called", "announced", "proposed", "requested":
	default:
		return false
	}
	w := lowerAt(toks, k-1)
	return (w == "was" || w == "were" || w == "been") && k-1 > m.trig
}

// inTrailingParticiple reports a mention inside a participle clause that
// trails the clause of date d: "Egypt reached agreement ... last month,
// clearing the way for the talks". Not an end or start participle ("agreed
// on Monday, ending a two-day meeting"): that dates the meeting.
func inTrailingParticiple(toks []token, m *mention, d *dateSpan) bool {
	if d.tokEnd > m.nameStart {
		return false
	}
	for k := m.nameStart - 1; k >= d.tokEnd; k-- {
		if toks[k].lower != "," {
			continue
		}
		w := lowerAt(toks, k+1)
		switch w {
		case "ending", "concluding", "closing", "opening", "starting", "beginning", "wrapping", "winding", "during", "including":
			return false
		}
		return strings.HasSuffix(w, "ing") && len(w) > 5 && !toks[k+1].cap
	}
	return false
}

// openingWords before a date after the meeting's name give its first day.
var openingWords = map[string]bool{"starting": true, "beginning": true, "opening": true, "opens": true, "starts": true, "begins": true}

// dayWithin reports a week or a month before the meeting's name that holds
// a day named after it (rule date.nearest): "will travel to Washington this
// week to attend a two-day meeting of African finance ministers from
// Thursday" is Thursday's meeting, the week the journey's.
func dayWithin(ds []dateSpan, dd *dateSpan, m *mention) bool {
	if dd.prec != briefs.PrecisionWeek && dd.prec != briefs.PrecisionMonth || dd.date == "" || dd.tokEnd > m.nameStart {
		return false
	}
	for i := range ds {
		o := &ds[i]
		if o.prec != briefs.PrecisionDay || o.date == "" || o.tokStart < m.nameEnd {
			continue
		}
		if dd.prec == briefs.PrecisionMonth && strings.HasPrefix(o.date, dd.date[:7]) || dd.prec == briefs.PrecisionWeek && o.date >= dd.date && o.date <= weekEnd(dd.date) {
			return true
		}
	}
	return false
}

// weekEnd is the Sunday of the week whose Monday is monday (YYYY-MM-DD).
func weekEnd(monday string) string { return daysAfter(monday, 6) }

// daysAfter is the day n days after day (YYYY-MM-DD); day itself when it
// is no day.
func daysAfter(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// recordDate reports a shareholders' record date: "Record date for the
// meeting is March 20", "holders of record on March 16", "the record date
// of April 2", "the Record of Depositors as at 5 June 2025", "registered
// in the register of members at 6.30 pm on 20 May 2025". It says who may
// vote, not when the meeting is; so does a proxy's deadline ("not later
// than 11.00 a.m. on 24 June"). So does a
// page's own date: "Schedule updated Friday, March 6" (pageDated).
func recordDate(toks []token, d *dateSpan) bool {
	if lowerAt(toks, d.tokStart-1) == "at" && lowerAt(toks, d.tokStart-2) == "as" {
		return true // "names appear in the Record of Depositors as at 5 June 2025": a reckoning day
	}
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-16 && toks[k].lower != "," && toks[k].lower != ";"; k-- {
		if toks[k].lower == "register" && lowerAt(toks, k-1) == "the" {
			return true // "registered in the register of members of the Company at 6.30 p.m. on 20 May 2025": who may vote
		}
		if toks[k].lower == "than" && lowerAt(toks, k-1) == "later" && (lowerAt(toks, k-2) == "not" || lowerAt(toks, k-2) == "no") {
			return true // "Proxy forms must reach the registrar not later than 11.00 a.m. on Tuesday, 24 June 2025": a deadline
		}
		if toks[k].lower == "by" && k >= d.tokStart-8 && deadlineBefore(toks, k) && !agentAfter(toks, k) {
			return true // "must register ... by 5.00 p.m. on Tuesday, 24 June 2025": who may follow it, not when it is
		}
	}
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-8; k-- {
		switch w := toks[k].lower; {
		case w == "," || w == ";":
			return false
		case w == "record":
			return lowerAt(toks, k+1) == "date" || lowerAt(toks, k-1) == "of" || k == d.tokStart-1 || k == d.tokStart-2 && lowerAt(toks, k+1) == "on"
		case pageDated[w] && k >= d.tokStart-2 && !toks[k].cap:
			return true // "Schedule updated Friday, March 6, 2026", "last revised on 2 March": the page's date
		}
	}
	return false
}

// deadlineBefore reports a deadline's verb within twenty tokens before "by" at
// k, in its clause: "must register by dialling ... or online by 5.00 p.m.".
func deadlineBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if w := toks[j].lower; w == "," || w == ";" {
			return false
		} else if deadlineVerbs[w] {
			return true
		}
	}
	return false
}

// agentAfter reports "by" at k followed by who does the deed, a
// capitalised name that is no day or month: "will be received by Prime
// Minister Fuad Mohieddin on Friday", not "received by 5 p.m. on Friday".
func agentAfter(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].cap && toks[k+1].word && !isMonthOrDay(toks[k+1].lower)
}

// deadlineVerbs, before "by" and a day, set a deadline: "must register
// online by 5.00 p.m. on Tuesday", "should be lodged by 20 May".
var deadlineVerbs = map[string]bool{"register": true, "registered": true, "submit": true, "submitted": true, "lodge": true,
	"lodged": true, "returned": true, "received": true, "apply": true, "deposited": true, "online": true}

// pageDated are the verbs that date a page or a list rather than a
// meeting on it.
var pageDated = map[string]bool{"updated": true, "revised": true, "posted": true, "amended": true, "modified": true}

// afterOther reports a date that ends a phrase naming an earlier or later
// event than m: "after his visit in March 2015", "before the vote on
// Thursday", "since the election in May". The date is that event's.
func afterOther(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokStart - 1
	if w := lowerAt(toks, k); w != "in" && w != "on" {
		return false
	}
	n := k - 1 // the event's noun, after up to two modifiers: "since the bid approach in December"
	det := n - 1
	for det > n-3 && det >= 0 && toks[det].word && !toks[det].cap && !determiners[toks[det].lower] {
		det--
	}
	if det < 1 || n == m.trig || toks[n].cap || !toks[n].word || !determiners[lowerAt(toks, det)] || m.trig > det && m.trig <= n {
		return false
	}
	if lowerAt(toks, det-1) == "before" && det-2 == m.trig {
		return false // "will appear before the budget committee on April 10": the hearing's own day
	}
	switch lowerAt(toks, det-1) {
	case "after", "before", "since", "following", "than":
		return m.trig < det-1 || m.trig > d.tokEnd
	}
	return false
}

// followsOther reports a date in the object of "follow" after meeting m,
// the subject: "The talks follow a clash near a disputed temple last
// month", "The leaders' talks follow their agreement in March". The date
// is the followed event's (not "The signing will follow on Tuesday"). A
// followed meeting ("a round held in Washington last month") keeps the
// date: the sentence's meeting is read as that earlier round.
func followsOther(toks []token, d *dateSpan, m *mention) bool {
	for k := m.trig + 1; k < d.tokStart && k <= m.trig+3; k++ {
		switch toks[k].lower {
		case "follow", "follows", "followed":
			next := lowerAt(toks, k+1)
			if next == "by" || !determiners[next] && !possessives[next] || d.tokStart <= k+2 {
				return false
			}
			for j := k + 2; j < d.tokStart; j++ {
				if _, ok := meetingNouns[toks[j].lower]; ok || toks[j].lower == "gathering" {
					return false // "The talks follow a round held in Washington last month": the date tells the earlier round, which the sentence's meeting stands for
				}
			}
			return true
		}
	}
	return false
}

// dateJoiners after a date go on with the date or a clause, not a noun:
// "the March 16 to 18 meeting", "the May 5 and 6 talks".
var dateJoiners = map[string]bool{"to": true, "and": true, "or": true, "in": true, "at": true, "on": true, "of": true,
	"for": true, "with": true, "until": true, "through": true, "when": true, "which": true, "that": true}

// sinceStart reports a "since" date that says when meeting m began: the
// "since" right after its head ("has been meeting since Monday", "in
// session here since Sunday").
func sinceStart(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokStart - 1
	if lowerAt(toks, k) != "since" || m.trig >= k {
		return false
	}
	switch w := lowerAt(toks, m.trig-1); {
	case w == "been", w == "in" && toks[m.trig].lower == "session", w == "," && toks[m.trig].lower == "meeting":
		return sinceAt(toks, m.skipEnd) == k
	}
	e := phraseEnd(toks, m)
	if lowerAt(toks, e) == "," && lowerAt(toks, e+1) == "under" && lowerAt(toks, e+2) == "way" {
		return sinceAt(toks, e+3) == k // "Argentina's talks with its banks, under way in New York since last Thursday,"
	}
	if lowerAt(toks, e) == "," && relativeWord(lowerAt(toks, e+1)) && k > e+2 && k-e <= 8 {
		for j := e + 2; j < k; j++ {
			if !runningWords[toks[j].lower] {
				return false
			}
		}
		return true // "The talks, which have been going on since January,"
	}
	return false // "the first meeting since March": another event's date
}

// runningWords tell, between a relative pronoun and "since", that a
// gathering has been going on: "which have been going on since", "which
// has been under way since".
var runningWords = map[string]bool{"have": true, "has": true, "had": true, "been": true, "going": true, "on": true,
	"under": true, "way": true, "in": true, "progress": true, "running": true, "continuing": true, "session": true}

// sinceAt is the token of a "since" within three words from k, over only
// "here", "in" or "at" and a place: "meeting here since", "in session in
// Vienna since"; -1 when none.
func sinceAt(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+3; j++ {
		switch w := toks[j].lower; {
		case w == "since":
			return j
		case w == "here" || w == "there" || w == "in" || w == "at" || toks[j].cap && toks[j].word:
		default:
			return -1
		}
	}
	return -1
}

// ownDate reports a possessive date of m's own name: "since last month's
// meeting in Brasilia" dates the meeting, whatever "since" says of it.
func ownDate(toks []token, d *dateSpan, m *mention) bool {
	return isApostrophe(lowerAt(toks, d.tokEnd)) && lowerAt(toks, d.tokEnd+1) == "s" && !ownedElsewhere(toks, d, m)
}

// whenClause reports a meeting told in the ", when" clause that follows
// date d: "their first meeting since February 22, when they met in Paris".
func whenClause(toks []token, d *dateSpan, m *mention) bool {
	k := d.tokEnd
	if lowerAt(toks, k) != "," || lowerAt(toks, k+1) != "when" || m.trig <= k+1 || m.trig > k+6 {
		return false
	}
	for j := k + 2; j < m.trig; j++ {
		if !toks[j].word {
			return false
		}
	}
	return true
}

// asideWords counts the words of a ', which ...,' clause right after m's
// name and before date d: parenthetical, so no distance ("The talks, which
// began on Monday, are to resume in September").
func asideWords(toks []token, words []int, m *mention, d *dateSpan) int {
	k := m.skipEnd
	if d.tokStart < k || lowerAt(toks, k) != "," || !relativeWord(lowerAt(toks, k+1)) {
		return 0
	}
	for j := k + 2; j < d.tokStart; j++ {
		if toks[j].lower == "," {
			return words[j] - words[k]
		}
	}
	return 0
}

// boundaryPenalty grows with the clause boundaries between a mention and a
// date: "but", ";", and above all a reporting verb ("announced that ...").
func boundaryPenalty(toks []token, m *mention, d *dateSpan) int {
	a, b := d.tokEnd, m.nameStart
	if d.tokStart >= m.nameEnd {
		a, b = m.skipEnd, d.tokStart
	}
	p := 0
	for k := a; k < b && k < len(toks); k++ {
		switch w := toks[k].lower; {
		case reporting(w):
			p += 25
		case w == "but" || w == ";" || w == "although" || w == "while":
			p += 10
		}
	}
	if reporting(lowerAt(toks, d.tokStart-1)) || reporting(lowerAt(toks, d.tokStart-2)) && lowerAt(toks, d.tokStart-1) == "on" {
		p += 20 // "said Tuesday": the date of the saying
	}
	if d.tokEnd <= m.nameStart && coordinated(toks, d.tokEnd, m.nameStart) {
		p += 8 // "met Miyazawa on Monday and will see Stoltenberg on Thursday": Monday is the first verb's
	}
	if penalised(toks, d) && commaBetween(toks, m, d) && !whenClause(toks, d, m) {
		p += 15 // "to complete the acquisition by the end of March, after its board meets": the deadline of another clause
	}
	if d.tokStart < m.nameStart && d.prec == briefs.PrecisionDay && (departs(toks, d.tokStart) && !(itineraryLeg(toks, d.tokStart) && cameFor(toks, d.tokEnd, m.nameStart)) || d.dir < 0 && !saidToday(toks, d) && arrives(toks, d.tokStart) && !(cameFor(toks, d.tokEnd, m.nameStart) && !laterToday(d))) {
		p += 30 // "will leave for Washington on Monday to attend a meeting": the date of the journey
	}
	return p
}

// commaBetween reports a comma between mention m and date d.
func commaBetween(toks []token, m *mention, d *dateSpan) bool {
	a, b := d.tokEnd, m.nameStart
	if d.tokStart >= m.nameEnd {
		a, b = m.skipEnd, d.tokStart
	}
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].lower == "," {
			return true
		}
	}
	return false
}

// coordinated reports an "and" opening a new verb phrase between tokens a
// and b: "and will see", "and then met", "and Abdel-Meguid will call on".
func coordinated(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].lower != "and" {
			continue
		}
		j := k + 1
		for j < b && j < k+6 && (toks[j].cap || toks[j].lower == "-") {
			j++ // "and Abdel-Meguid will call on": a new subject
		}
		if auxiliaries[lowerAt(toks, j)] && (j == k+1 || lowerAt(toks, j) == "will" || lowerAt(toks, j) == "would") || lowerAt(toks, j) == "then" {
			return true
		}
	}
	return false
}

// relativeClause finds the non-restrictive relative clause (", which
// began last Friday,") holding date d: the token of "which" and the end of
// the clause, open -1 when there is none; start says its verb begins
// something ("began", "started", "launched").
func relativeClause(toks []token, d *dateSpan) (open, end int, start bool) {
	open = -1
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-20; k-- {
		w := toks[k].lower
		if relativeWord(w) && lowerAt(toks, k-1) == "," || w == "that" && appositiveThat(toks, k) {
			open = k
			break
		}
		if w == "," && listComma(toks, k) {
			continue // "a six-day visit to France, the European Union and Belgium that began on Sunday"
		}
		if w == "," || w == ";" || relativeWord(w) {
			return -1, 0, false
		}
	}
	if open < 0 {
		return -1, 0, false
	}
	end = len(toks)
	for k := d.tokEnd; k < len(toks); k++ {
		if toks[k].lower == "," || toks[k].lower == ";" {
			end = k
			break
		}
	}
	for k := open + 1; k < d.tokStart; k++ {
		if startVerbs[toks[k].lower] {
			start = true
		}
	}
	return open, end, start
}

// appositiveThat reports "that" at k opening a relative clause inside an
// apposition: "Harbor Point Bancorp, the Ohio lender that failed last
// month, will testify" (the comma before it opens "the Ohio lender").
func appositiveThat(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if toks[j].lower == "," {
			w := lowerAt(toks, j+1)
			return (w == "the" || w == "a" || w == "an") && j+1 < k-1
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// relativeWord reports a pronoun that opens a relative clause after a
// comma: ", which began last Friday,", ", who met in May,", ", whose
// quotas were suspended in February,".
func relativeWord(w string) bool { return w == "which" || w == "who" || w == "whose" }

// listComma reports a comma at k between the names of a list or an
// apposition ("France, the European Union and Belgium", "Geneva,
// Switzerland,"): the clause goes on past it.
func listComma(toks []token, k int) bool {
	n := k + 1
	if lowerAt(toks, n) == "the" {
		n++
	}
	return k > 0 && toks[k-1].cap && n < len(toks) && toks[n].cap && toks[n].word && !isMonthOrDay(toks[n].lower)
}

// startVerbs say that talks began, in a clause about them: "Negotiations,
// launched last March, ...", "the talks, which began in January, ...".
var startVerbs = map[string]bool{"began": true, "begun": true, "started": true, "launched": true, "opened": true, "relaunched": true, "reopened": true, "restarted": true, "initiated": true}

// holds reports whether the relative clause holding d is about mention m:
// m is inside it or names the noun it follows ("the meeting of CIPEC,
// which is scheduled for late September").
func holds(toks []token, d *dateSpan, m *mention) bool {
	open, end, _ := relativeClause(toks, d)
	return m.trig > open && m.trig < end || m.skipEnd == open-1 || bracketBetween(toks, m.skipEnd, open-1) || !m.verb && (nounPhraseTo(toks, m.skipEnd, open-1) || nounPhraseTo(toks, m.trig+1, open-1)) ||
		!m.verb && startVerbs[lowerAt(toks, open+1)] && (cityPhrase(toks, m.skipEnd, open-1) || cityPhrase(toks, m.trig+1, open-1)) ||
		!m.verb && (startVerbs[lowerAt(toks, open+1)] || beginsVerbs[lowerAt(toks, open+1)]) && withNames(toks, m.trig+1, open-1)
}

// beginsVerbs open a meeting told in the present: "talks with X, which
// begin tomorrow".
var beginsVerbs = map[string]bool{"begin": true, "begins": true, "start": true, "starts": true, "open": true, "opens": true}

// withNames reports whether tokens [a, b) are "with" and the names and
// titles of whom the meeting is with, which begin and open nothing:
// "talks with Egyptian Economy Minister Mustafa el-Said, which begin
// tomorrow" is the talks' clause.
func withNames(toks []token, a, b int) bool {
	if lowerAt(toks, a) != "with" || b <= a+1 || b-a > 10 || b > len(toks) {
		return false
	}
	for _, t := range toks[a+1 : b] {
		if !t.cap && t.lower != "and" && t.lower != "-" && !isApostrophe(t.lower) && t.lower != "s" && !nameParticles[t.lower] {
			return false
		}
	}
	return true
}

// bracketBetween reports tokens [a, b) that are one bracketed word, the
// initialism after a name: "the Senior Economic Officials' Meeting (SEOM),
// which began yesterday,".
func bracketBetween(toks []token, a, b int) bool {
	return b == a+3 && lowerAt(toks, a) == "(" && lowerAt(toks, a+2) == ")"
}

// cityPhrase reports whether tokens [a, b) are "in" and a city, which opens
// and begins nothing: "The NATO summit in the Turkish capital, which opened
// yesterday," is the summit's clause.
func cityPhrase(toks []token, a, b int) bool {
	if lowerAt(toks, a) != "in" || b <= a+1 || b-a > 6 || b > len(toks) {
		return false
	}
	if lowerAt(toks, a+1) == "the" {
		switch lowerAt(toks, b-1) {
		case "capital", "city":
			return true
		}
		return false
	}
	for k := a + 1; k < b; k++ {
		if !toks[k].cap || !toks[k].word {
			return false
		}
	}
	return true
}

// nounPhraseTo reports whether tokens [a, b) only complete a noun phrase
// (prepositions and names, no verb, date or comma), so that a relative
// clause at b still says something of the noun before a: "Negotiations
// between Canada and the European Community on fish quotas, which opened
// in Ottawa in June, ...".
func nounPhraseTo(toks []token, a, b int) bool {
	if b <= a || b-a > 12 || b > len(toks) {
		return false
	}
	switch toks[a].lower {
	case "between", "on", "with", "of", "over", "about", "among":
	case "and": // "the annual meetings of the IMF and the World Bank, which open here on Tuesday"
		if w := lowerAt(toks, a+1); w != "the" && !(a+1 < len(toks) && toks[a+1].cap) {
			return false
		}
	default:
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].lower == "to" && (k+1 < len(toks) && toks[k+1].cap || determiners[lowerAt(toks, k+1)] || lowerAt(toks, k-1) == "access") {
			continue // a preposition: "on access to Japanese markets", "on aid to the region"
		}
		if isApostrophe(toks[k].lower) && lowerAt(toks, k+1) == "s" && k > a && (toks[k-1].cap || lowerAt(toks, k-2) == "the") {
			continue // "the conference of OPEC's research committee, which began", "a meeting of the agency's Emergency Consultative Group, which convened"
		}
		if !toks[k].word || toks[k].num && yearAt(toks, k) == 0 || auxiliaries[toks[k].lower] || reporting(toks[k].lower) {
			return false // a year may qualify the noun: "the session on the 1987 budget"
		}
		if _, ok := cueAt(toks, k, false); ok {
			return false
		}
		if _, ok := meetingNouns[toks[k].lower]; ok {
			return false
		}
	}
	return true
}

// startOfOther reports a date that only says when m's round of talks began
// (", which began last September,") in a sentence that dates m otherwise
// ("resumed in Geneva today"): the meeting is today's.
func startOfOther(toks []token, ds []dateSpan, d *dateSpan, dlEnd int) bool {
	open, end, start := relativeClause(toks, d)
	if open >= 0 && !start && (passiveAt(toks, open+1) || stopVerbs[lowerAt(toks, open+1)] || planGivenUp(toks, open)) && !goesOnAt(toks, end+1) {
		// "The meeting, which was requested last week by Nigeria, will open
		// on March 20": the request's date; "talks ..., which broke off in
		// January, will resume next week": when they stopped; "which had
		// been due to open next week, would now be held on Nov. 6": the plan
		// given up (placeof.go planGivenUp)
		start = true
	}
	if open < 0 || !start || goesOnAt(toks, end+1) {
		return false // "Negotiations ..., which began in January, entered their final week today": begun then
	}
	for k := d.tokEnd; k < end; k++ {
		if endVerbBefore(toks, k) || lowerAt(toks, k) == "end" && lowerAt(toks, k-1) == "will" {
			return false // "the talks, which began Wednesday and will end Thursday": the meeting's own span, not a round begun long ago
		}
	}
	for k := range ds {
		o := &ds[k]
		if o != d && o.date != "" && o.end > dlEnd && (o.tokStart < open || o.tokStart >= end) && !endWords[lowerAt(toks, o.tokStart-1)] && !endVerbBefore(toks, o.tokStart) &&
			withClause(toks, o) < 0 && !arrives(toks, o.tokStart) {
			return true // not "which opened on Saturday, will continue until Thursday": an end; nor "arrived on Tuesday for the talks, which opened on Wednesday": the arrival's day
		}
	}
	return false
}

// withClause returns the "with" of an absolute clause after a comma that
// holds date d and a verb of its own but no meeting noun (", with Governor
// Sanjay Malhotra set to announce the decision on Friday"), else -1.
func withClause(toks []token, d *dateSpan) int {
	for k := d.tokStart - 1; k >= 1 && k >= d.tokStart-14; k-- {
		if _, ok := meetingNouns[toks[k].lower]; ok {
			return -1
		}
		if toks[k].lower == "," || toks[k].lower == ";" {
			return -1
		}
		if toks[k].lower == "with" && toks[k-1].lower == "," {
			for j := k + 1; j < d.tokStart; j++ {
				if toks[j].lower == "to" || auxiliaries[toks[j].lower] && toks[j].lower != "to" {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// inWithClause reports meeting m told in an absolute clause, ", with
// foreign ministers meeting ...", after date d of the main clause.
func inWithClause(toks []token, d *dateSpan, m *mention) bool {
	for k := m.trig - 1; k > d.tokEnd && k >= m.trig-8; k-- {
		switch toks[k].lower {
		case ",", ";":
			return false
		case "with":
			return toks[k-1].lower == ","
		}
	}
	return false
}

// stopVerbs say talks stopped, in a clause about them.
var stopVerbs = map[string]bool{"broke": true, "collapsed": true, "stalled": true, "foundered": true, "adjourned": true, "recessed": true}

// passiveAt reports a past passive right at token k: "was requested",
// "were proposed" (not "was held": the meeting's own day).
func passiveAt(toks []token, k int) bool {
	if w := lowerAt(toks, k); w != "was" && w != "were" {
		return false
	}
	v := lowerAt(toks, k+1)
	return strings.HasSuffix(v, "ed") && !holdVerbs[v] && !rescheduleCues[v] && v != "scheduled" && v != "planned" && v != "slated"
}

// endWords put the end of a meeting before a date.
var endWords = map[string]bool{"until": true, "till": true, "through": true, "to": false}

// arrives reports an arrival verb governing the date at token k: "arrived
// last night for three days of talks". An arrival before the day of the
// story says the talks came after it, not on it.
func arrives(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].lower {
		case "arrived", "arrive", "arrives", "arriving":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// saidToday reports a date said as the story's own day ("today", "this
// morning"): an arrival then may well be the talks' day.
func saidToday(toks []token, d *dateSpan) bool {
	for k := d.tokStart; k < d.tokEnd; k++ {
		if w := toks[k].lower; w == "today" || w == "this" || w == "tonight" {
			return true
		}
	}
	return false
}

// departs reports a travel verb governing the date at token k: "leave for
// Washington on Monday", "flies to Tokyo on Sunday". Arriving or visiting
// for talks shares the talks' date; setting off does not.
func departs(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch toks[j].lower {
		case "leave", "leaves", "left", "depart", "departs", "departed", "fly", "flies", "flew", "set":
			return toks[j].lower != "set" || lowerAt(toks, j+1) == "off" || lowerAt(toks, j+1) == "out"
		}
	}
	return false
}

func between(x, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return x > a && x < b
}

// spanDist is the number of tokens between a mention's name and a date.
func spanDist(words []int, m *mention, d *dateSpan) int {
	switch {
	case d.tokEnd <= m.nameStart:
		return words[m.nameStart] - words[d.tokEnd]
	case d.tokStart >= m.nameEnd:
		return words[d.tokStart] - words[m.nameEnd]
	}
	return 0
}

// penalised marks dates that belong to something else: record dates,
// effective dates, deadlines.
func penalised(toks []token, d *dateSpan) bool {
	if w := toks[d.tokStart].lower; (w == "end" || w == "ends") && (lowerAt(toks, d.tokStart-1) == "to" || auxiliaries[lowerAt(toks, d.tokStart-1)]) {
		return true // "are expected to end next month" (timex reads "end next month"): the verb "end"
	}
	for k := d.tokStart - 1; k >= 0 && k >= d.tokStart-3; k-- {
		switch toks[k].lower {
		case "record", "effective", "payable", "close", "closes", "deadline", "expires", "expire", "by", "until", "paid", "ended", "ending", "dated", "since",
			"end", "ends", "conclude", "concludes", "finish", "finishes": // "are expected to end next month": not when they met
			return true
		case "into":
			if overrunVerbs[lowerAt(toks, k-1)] {
				return true // "could run into next week": how long it may last, not when it starts
			}
		}
	}
	return false
}

// overrunVerbs say a meeting may last longer: "could run into next week",
// "may spill over into Saturday" (past "over").
var overrunVerbs = map[string]bool{
	"run": true, "runs": true, "ran": true, "spill": true, "spills": true, "stretch": true, "stretches": true, "drag": true,
	"drags": true, "extend": true, "extends": true, "continue": true, "continues": true, "go": true, "over": true, "carry": true,
}

// cameFor reports the meeting as the purpose of an arrival dated just
// before it: "arrived in Peking on Sunday for three days of talks" (the
// talks start that day; a departure's day is not: "will fly to Washington
// on Friday for talks with Baker", who he meets on Monday), not "arrived on Sunday and will meet Kohl today"
// nor "arrived last night for three days of talks" (they start the next
// morning).
func cameFor(toks []token, from, name int) bool {
	if lowerAt(toks, from) != "for" || name-from > 6 {
		return false
	}
	for k := from + 1; k < name; k++ {
		if !toks[k].word {
			return false
		}
	}
	for k := name + 1; k < len(toks) && k < name+12; k++ {
		if w := toks[k].lower; w == "," || w == ";" {
			break
		} else if isMonthOrDay(w) || w == "tomorrow" || w == "today" {
			return false // "leaves on Monday for talks with Baker on Tuesday": the talks' own day
		}
	}
	return true
}

// laterConjunctDate reports date d closing a conjunct ("on Monday and")
// with another date after it before the mention's name: "will meet
// Miyazawa on Monday and fly to Seoul on Tuesday for talks".
func laterConjunctDate(toks []token, ds []dateSpan, d *dateSpan, m *mention) bool {
	if d.tokEnd > m.nameStart || lowerAt(toks, d.tokEnd) != "and" {
		return false
	}
	for i := range ds {
		if ds[i].tokStart > d.tokEnd && ds[i].tokEnd <= m.nameStart {
			return true
		}
	}
	return false
}

// journeyConjunctDate reports date d of a journey in the conjunct before
// meeting m, when the sentence gives another date after m: "will travel to
// Paraguay on July 1 and is expected to hold a bilateral meeting with ...
// on the sidelines of the summit on July 2" (the meeting is July 2's).
func journeyConjunctDate(toks []token, ds []dateSpan, d *dateSpan, m *mention) bool {
	if d.tokEnd > m.nameStart || lowerAt(toks, d.tokEnd) != "and" || !journeyBefore(toks, d.tokStart) {
		return false
	}
	for i := range ds {
		if ds[i].tokStart >= m.nameEnd && ds[i].date != "" {
			return true
		}
	}
	return false
}

// journeyBefore reports a verb of travel among the few words before token k.
func journeyBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch toks[j].lower {
		case "travel", "travels", "fly", "flies", "leave", "leaves", "arrive", "arrives", "go", "goes", "head", "heads", "depart", "departs":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// itineraryLeg reports a journey verb before token k that continues an
// itinerary ("will meet Miyazawa in Tokyo on Monday and fly to Seoul on
// Tuesday for talks"): the leg's day is the day of the talks it is for, as
// the sentence gives them no other. A trip that opens the sentence ("will
// fly to Washington on Friday for talks with Baker") is not: the talks may
// be days later.
func itineraryLeg(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		switch toks[j].lower {
		case "leave", "leaves", "fly", "flies", "travel", "travels", "go", "goes", "proceed", "proceeds":
			p := lowerAt(toks, j-1)
			if p == "will" || p == "then" {
				p = lowerAt(toks, j-2)
			}
			return p == "and"
		}
	}
	return false
}

// reportsOther reports a date that is the day of a reporting verb
// (tense.go reportedOn) when meeting m is in what the verb reports, after
// it: "said on Thursday he would meet the regional leaders" gives the
// meeting no day; "told a news conference on Tuesday that ministers would
// meet on Sept. 28" gives it its own. A meeting the date's clause goes on
// to ("told reporters on Monday after talks with X", "said on Friday at
// the end of the meeting") keeps the day, as does a hearing told by the
// verb itself ("told the committee on Monday").
func reportsOther(toks []token, d *dateSpan, m *mention) bool {
	r := reportedOn(toks, d.tokStart)
	if r < 0 || r == m.trig || m.trig < d.tokEnd {
		return false
	}
	for k := d.tokEnd; k < m.nameStart && k < len(toks); k++ {
		switch toks[k].lower {
		case "after", "following", "during", "at", "ahead", "before", "when", "while", "as":
			return false
		}
	}
	return true
}

// apposedAgain reports a meeting's noun set after a comma with "their" or
// "its" and an ordinal, telling the meeting of the clause before again:
// "will meet in Nizhny Novgorod on Monday and Tuesday, their first
// gathering since the bloc expanded".
func apposedAgain(toks []token, m *mention) bool {
	k := m.nameStart - 1
	for k >= 0 && (roundWord(toks[k].text) || toks[k].lower == "latest") {
		k--
	}
	if w := lowerAt(toks, k); w != "their" && w != "its" || k == m.nameStart-1 && !roundWord(toks[m.nameStart].text) {
		return false // an ordinal before the noun, or opening its name ("first gathering")
	}
	return lowerAt(toks, k-1) == ","
}

// otherConjunctDay reports a day that ends the conjunct before m's ("a
// rally in Dhaka on Friday and a meeting of its central committee on
// Saturday"): only "and" and an article stand between the day and m's
// name, and another day follows m in its clause. The day is the other
// conjunct's.
func otherConjunctDay(toks []token, ds []dateSpan, d *dateSpan, m *mention) bool {
	k := d.tokEnd
	if lowerAt(toks, k) != "and" || m.verb {
		return false
	}
	k++
	if w := lowerAt(toks, k); w == "a" || w == "an" || w == "the" || possessives[w] {
		k++
	}
	if k != m.nameStart {
		return false
	}
	for i := range ds {
		if ds[i].tokStart > m.trig && ds[i].tokStart <= m.trig+8 && (ds[i].date != "" || coarseDate(toks, &ds[i])) {
			return true
		}
	}
	return false
}
