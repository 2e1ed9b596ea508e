package meetings

import (
	"slices"
	"strings"
)

// A committee the story names in lower case, by what it does ("the
// council's finance committee", "the country's bank advisory committee",
// "the junior doctors committee"), is a party of the meeting it holds or is
// met at, written as the story writes it (rule parties.committee-phrase):
// the annotators list "finance committee" beside, or instead of, the
// council that owns it.

// RulePartyCommitteePhrase names a lower-case committee that meets or is met.
const RulePartyCommitteePhrase Rule = "parties.committee-phrase"

// committeeHeads end a lower-case committee's name ("sub-committee" is
// three tokens, and its "committee" ends the name).
var committeeHeads = map[string]bool{"committee": true, "subcommittee": true}

// namePhrase adds c, a body committeePhrase or cabinetParty read, to m's
// parties unless a party m names already holds key (lower case): "the
// House of Commons finance committee" is not listed again as "finance
// committee".
func (m *mention) namePhrase(c, key string) {
	if slices.ContainsFunc(m.named, func(n string) bool { return strings.Contains(strings.ToLower(n), key) }) {
		return
	}
	m.byName(c, RulePartyCommitteePhrase, -1, -1)
	m.named = append(m.named, c)
}

// committeePhrase is the lower-case committee that holds mention m (its
// subject before the meeting's verb or noun: "The council's finance
// committee will hold a public hearing", "the joint ceasefire monitoring
// committee met") or that m's verb meets ("will meet the country's bank
// advisory committee"), "" when there is none or it has no word of its own
// ("the committee").
func (d *doc) committeePhrase(m *mention) string {
	toks := d.toks[m.sent]
	for e := range toks {
		if toks[e].cap || !committeeHeads[toks[e].lower] {
			continue
		}
		if !(e < m.trig && e+6 >= m.trig && subjectReaches(toks, e+1, m.trig)) && !(e > m.trig && m.verb && e <= m.trig+11 && objectReaches(toks, m.trig+1, e)) {
			continue
		}
		if s := committeeStart(toks, e); s < e && !committeeOwned(toks, s, e) {
			return sliceTextTok(toks, s, e+1)
		}
	}
	return ""
}

// committeeOwned reports a committee whose owner the story names, so that
// the owner is the party: "OPEC's five-nation price differentials
// committee", "its executive committee", "the executive committee of the
// Association of Tin Producing Countries"; not a house's or a council's
// ("Parliament's education committee", "the council's finance committee"),
// which the annotators list by the committee.
func committeeOwned(toks []token, s, e int) bool {
	if w := lowerAt(toks, e+1); w == "of" && (lowerAt(toks, e+2) == "the" && e+3 < len(toks) && toks[e+3].cap || e+2 < len(toks) && toks[e+2].cap) {
		return true
	}
	for k := s; k < e; k++ {
		if organWords[toks[k].lower] {
			return true // "the executive committee", "the bargaining committee": an organisation's own organ, listed by the organisation
		}
	}
	p := s - 1
	for p > 0 && (toks[p].num || toks[p].lower == "-" || toks[p].lower == "member" || lowerAt(toks, p-1) == "-") {
		p-- // "OPEC's five-nation", "the country's 14-member"
	}
	switch lowerAt(toks, p) {
	case "its", "their", "whose", "his", "her", "your", "our":
		return true // "Your branch committee met": the bulletin's union
	case "s":
		if !isApostrophe(lowerAt(toks, p-1)) || p < 2 {
			return false
		}
		owner := toks[p-2]
		if !owner.cap {
			return !housesOfCommittees[owner.lower] // "the central bank's monetary policy committee", not "the council's finance committee"
		}
		return !legislatures[owner.lower] && !homeBodies[owner.lower] && !housesOfCommittees[owner.lower]
	}
	return false
}

// housesOfCommittees own committees the annotators list by the committee:
// a council's, a house's, a country's ("the council's finance committee",
// "the country's bank advisory committee", "the county assembly's
// agriculture committee").
var housesOfCommittees = map[string]bool{"council": true, "assembly": true, "house": true, "parliament": true, "senate": true,
	"country": true, "nation": true, "state": true, "city": true, "town": true, "county": true, "board": true, "legislature": true}

// organWords make a committee one organisation's standing organ, which the
// annotators list by the organisation: "the executive committee", "the
// union's bargaining committee", "the price monitoring committee".
var organWords = map[string]bool{"executive": true, "central": true, "bargaining": true, "strike": true, "price": true, "pricing": true,
	"technical": true, "strategy": true, "coalition": true,
	"tender": true, "audit": true, "remuneration": true, "nomination": true, "nominations": true, "risk": true} // a company's board committees

// committeeStops end a lower-case committee's name going back: a word of
// another part of speech than the name's.
var committeeStops = map[string]bool{"with": true, "of": true, "to": true, "for": true, "on": true, "at": true, "by": true, "from": true,
	"in": true, "an": true, "several": true, "many": true, "all": true, "both": true, "each": true, "some": true, "whose": true, "this": true,
	"that": true, "these": true, "same": true}

// committeeStart is the first word of the lower-case committee's name
// ending at e: back over lower-case words, commas and "and"
// ("transportation, infrastructure and planning subcommittee"), to a
// determiner, a possessive, a number of members or a capital.
func committeeStart(toks []token, e int) int {
	s := e
	for k := e - 1; k >= 0 && k >= e-8; k-- {
		t := toks[k]
		if !t.word && t.lower != "," || t.cap || t.num || determiners[t.lower] || t.lower == "s" || t.lower == "member" || committeeStops[t.lower] ||
			strings.HasSuffix(t.lower, "ly") || auxiliaries[t.lower] || reporting(t.lower) || isMeetingVerbWord(t.lower) || committeeHeads[t.lower] {
			break
		}
		if k > 0 && toks[k-1].lower == "-" {
			break // "nation" of "five-nation", "setting" of "rate-setting": half a word
		}
		if t.lower == "," || t.lower == "and" {
			continue
		}
		s = k
	}
	return s
}

// subjectReaches reports that the words from k to the meeting's word at
// trig are a verb chain a committee as subject opens: "will hold a public
// hearing", "met", "is scheduled to approve the bill at its meeting".
func subjectReaches(toks []token, k, trig int) bool {
	if k >= len(toks) || toks[k].cap || !toks[k].word {
		return false
	}
	for j := k; j < trig; j++ {
		if w := toks[j].lower; w == "," || w == "which" || w == "who" || w == "that" || reporting(w) {
			return false // "the committee, which ...", "the committee said"
		}
	}
	return true
}

// objectReaches reports that the words from k to the committee's word at
// e are its object's lead-in after a verb of meeting: "the country's bank
// advisory", "with the 14-member bank advisory".
func objectReaches(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if w := toks[j].lower; w == "," || w == "." || w == "to" || w == "on" || w == "in" || w == "at" || w == "before" {
			return false
		}
	}
	return true
}

// cabinetParty is the cabinet that holds mention m or that m's verb meets,
// as written, with its lower-case kind ("state cabinet"): "A cabinet
// meeting scheduled for today" (when no one else is named), "will chair a
// meeting of the cabinet", "met his cabinet on Monday"; "" when none does
// (not "Cabinet Secretary Daniel Mwaura", a post, nor the cabinet after a
// president and "and").
func (d *doc) cabinetParty(m *mention) string {
	toks := d.toks[m.sent]
	for e, t := range toks {
		if t.lower != "cabinet" || isTitleWord(lowerAt(toks, e+1)) || lowerAt(toks, e+1) == "affairs" || lowerAt(toks, e-1) == "of" && isTitleWord(lowerAt(toks, e-2)) ||
			lowerAt(toks, e-1) == "for" || lowerAt(toks, e+1) == "reshuffle" {
			continue
		}
		held := e < m.trig && e+12 >= m.trig && subjectReaches(toks, e+1, m.trig) && (e+1 == m.trig && len(m.named) == 0 || ownMeetingAt(toks, m.trig)) // "A cabinet meeting ... was postponed", "The cabinet ... at its meeting"; not "Mitsotakis will chair a cabinet meeting", listed by its chair
		met := e > m.trig && e <= m.trig+6 && objectReaches(toks, m.trig+1, e) && (m.verb || lowerAt(toks, m.trig+1) == "of")
		if !held && !met {
			continue
		}
		s := e
		for s > 0 && toks[s-1].word && !toks[s-1].cap && cabinetKinds[toks[s-1].lower] {
			s-- // "state cabinet", "security cabinet"
		}
		if j := s - 1; lowerAt(toks, j) == "and" || determiners[lowerAt(toks, j)] && lowerAt(toks, j-1) == "and" {
			continue // "brief President Corazon Aquino and her cabinet": the read sets list the president alone
		}
		return sliceTextTok(toks, s, e+1)
	}
	return ""
}

// cabinetKinds name a cabinet's kind before it: "state cabinet".
var cabinetKinds = map[string]bool{"state": true, "security": true, "national": true, "federal": true, "union": true}

// ownMeetingAt reports a meeting's word at k that a subject's own
// possessive opens: "at its meeting", "at its weekly session".
func ownMeetingAt(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "its", "their":
			return true
		case "the", "a", ",":
			return false
		}
	}
	return false
}
