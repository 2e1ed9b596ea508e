package meetings

import (
	"sort"
	"strings"
)

// One sentence may name several meetings: "Baker met Miyazawa on Monday
// and will see Stoltenberg on Thursday". Each keeps the parties and the
// place of its own clause; the subject before the first meeting is shared.

// placed is a name and the token where the sentence says it.
type placed struct {
	text string
	at   int
}

// addNamed records parties the sentence names at token at.
func (m *mention) addNamed(at int, names ...string) {
	if m.namedAt == nil {
		m.namedAt = map[string]int{}
	}
	for _, n := range names {
		if _, ok := m.namedAt[n]; !ok {
			m.namedAt[n] = at
		}
		m.named = append(m.named, n)
	}
}

// splitClauses gives each dated meeting of one sentence the parties and
// place said in its own stretch of the sentence: from where its name
// starts to where the next meeting's starts, or to the comma closing an
// opening phrase ("After the June 8-10 summit, Reagan will ... meet Kohl").
// What lies outside every stretch (the subject) belongs to all, and so does
// the dateline city ("will meet in Vienna on Monday, a week before the
// conference opens": both are held where the story was filed).
func splitClauses(toks []token, ms []*mention, home string) {
	var dated []*mention
	for _, m := range ms {
		if m.date != nil || occasion(toks, m) {
			dated = append(dated, m) // and "ahead of the IMF annual meeting": its words are its own
		}
	}
	stretches := dated // the meetings that own a stretch of the sentence
	for _, m := range ms {
		if m.date == nil && !occasion(toks, m) && !m.anaphoric && (m.verb || holdVerbs[lowerAt(toks, m.nameStart-1)]) && clauseStart(toks, m) > 0 {
			stretches = append(stretches, m) // ", and Foreign Minister Tadashi Kuranari will hold talks with ... the same day": undated, but its own clause
		}
	}
	if len(stretches) < 2 || len(dated) == 0 {
		return
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].nameStart < dated[j].nameStart })
	sort.SliceStable(stretches, func(i, j int) bool { return stretches[i].nameStart < stretches[j].nameStart })
	opener := -1 // the comma closing an opening phrase
	if len(toks) > 0 && openingPreps[toks[0].lower] {
		for k, t := range toks {
			if t.lower == "," {
				opener = k
				break
			}
		}
	}
	owner := func(at int) *mention { // the meeting whose stretch holds token at; nil when none
		var o *mention
		for _, m := range stretches {
			if m.nameStart <= at || clauseStart(toks, m) > 0 && clauseStart(toks, m) <= at {
				o = m
			}
		}
		if o != nil && o.skipEnd <= opener && at > opener {
			return nil
		}
		return o
	}
	for _, m := range dated {
		var keep []string
		// "will meet ... on the sidelines of the BRICS summit": shares the place only.
		occ := occasion(toks, m)
		// "Moore will meet Dawkins ... before a meeting of the Cairns Group": the subject is not the group meeting's.
		own := m != dated[0] && (statesMembers(toks, m) || namesOwnBody(toks, m))
		subj := 0 // where m's own clause and subject start, when it has them
		if m != stretches[0] && ownSubject(toks, m) {
			subj = clauseStart(toks, m)
		}
		for _, n := range m.named {
			at, ok := m.namedAt[n]
			if o := owner(at); ok && (o != nil || occ || own && at < dated[0].nameStart || at < subj) && !sameHead(o, m) && (at < m.nameStart || at >= m.skipEnd) {
				continue
			}
			keep = append(keep, n)
		}
		m.named = keep
		if o := owner(m.placeAt); m.placeAt >= 0 && o != nil && !sameHead(o, m) && (m.placeAt < m.nameStart || m.placeAt >= m.skipEnd) &&
			!strings.EqualFold(m.place, home) && !occ && !occasion(toks, o) && !journeyTo(toks, m.placeAt, m.nameStart) { // "on the eve of the IMF annual meetings in Washington": held there too
			m.place = ""
		}
	}
}

// sameHead reports two mentions of one head: a list of days' meetings
// (date.series) share their name's stretch, its parties and place.
func sameHead(o, m *mention) bool { return o != nil && o.trig == m.trig && o.nameStart == m.nameStart }

// openingPreps open a sentence with a phrase before its subject.
var openingPreps = map[string]bool{
	"after": true, "before": true, "during": true, "following": true, "ahead": true, "at": true, "since": true,
}

// takePersons gives m the persons o names that m does not: o is another
// head of the same gathering ("will meet again at the summit").
func (m *mention) takePersons(o *mention) {
	have := map[string]bool{}
	for _, n := range m.named {
		have[n] = true
	}
	for _, n := range o.named {
		if !have[n] && isPersonName(n) {
			at, ok := o.namedAt[n]
			if !ok {
				at = -1
			}
			m.addNamed(at, n)
			m.byName(n, RulePartyMerged, -1, -1)
		}
	}
}

// ownSubject reports a meeting whose clause, opened by ", and" or
// ", while", has a subject of its own: "Ghana and Senegal will hold talks
// on Thursday, and the India-Kenya Joint Commission will meet next month"
// (the commission's meeting is not Ghana's), unlike "Baker met Miyazawa
// on Monday, and will see Stoltenberg on Thursday" (Baker's both).
func ownSubject(toks []token, m *mention) bool {
	cs := clauseStart(toks, m)
	if cs == 0 || cs >= m.trig || auxiliaries[lowerAt(toks, cs)] {
		return false // ", and will report to their leaders at a summit"
	}
	return toks[cs].cap || clauseDeterminers[toks[cs].lower]
}

// clauseDeterminers open a clause's subject: ", while the council will meet".
var clauseDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// clauseStart is the token after ", and" (", but", ", while") that opens
// the clause of meeting m when no other word of saying or meeting stands
// between: "..., and Foreign Minister Tadashi Kuranari will hold talks";
// 0 when none.
func clauseStart(toks []token, m *mention) int {
	for k := m.nameStart - 1; k > 1 && k >= m.nameStart-10; k-- {
		switch toks[k].lower {
		case "and", "but", "while":
			if toks[k-1].lower == "," {
				return k + 1
			}
		case ",", ";":
			return 0
		}
		if _, ok := meetingNouns[toks[k].lower]; ok || meetingVerbs[toks[k].lower] || reporting(toks[k].lower) {
			return 0
		}
	}
	return 0
}
