package meetings

import (
	"slices"
	"strings"
)

// Parties named outside the clause of the meeting: a pronoun's antecedent,
// the person who leads a delegation, those who attend, the speaker of a
// meeting "with" someone.

// neighbourParties adds to m the parties its neighbouring words name.
func (d *doc) neighbourParties(m *mention) {
	if d.shortEntry(m.sent) {
		return // a listing line is an item of its own: "NAIROBI - Kenyan President William Ruto addresses parliament" under the ECB's line is no party of it
	}
	if p := d.pronounPerson(m); p != "" {
		m.named = append(m.named, p)
	}
	if p := d.objectPronounPerson(m); p != "" && !m.hasNamed(p) {
		m.named = append(m.named, p) // "Chinese Premier Li Qiang will meet him on Thursday": the visitor named before
	}
	other := occasion(d.toks[m.sent], m) // "ahead of the OPEC conference": the next sentence tells of the sentence's own meeting
	for si := m.sent; si <= m.sent+1 && si < len(d.toks); si++ {
		if si == m.sent || opensWithBody(d.toks[si]) || representedBy(d.toks[si]) && !other {
			m.named = append(m.named, d.ledBy(si)...)
		}
	}
	if both := d.bothAttend(m.sent); len(both) > 0 {
		m.named = append(m.named, both...)
		m.named = append(m.named, d.nameBodies(m)...) // "Both will attend the IMF Interim Committee meeting"
	}
	m.named = append(m.named, d.weSpeaker(m)...)
	if m.sent+1 < len(d.toks) && !other {
		if opensWithBody(d.toks[m.sent+1]) {
			m.named = append(m.named, d.invitedToAppear(m.sent+1)...) // "The panel, chaired by ..., has invited X to appear before it"
		}
		m.named = append(m.named, d.amongAttending(m.sent+1)...)
		m.named = append(m.named, d.bodyOfficer(m.sent+1, bodyNounOf(d.toks[m.sent], m))...)
	}
	for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
		if si != m.sent && attends(d.toks[si], m.kind) {
			m.named = append(m.named, d.attendees(si)...)
		}
	}
	if p := d.speakerWith(m); p != "" {
		m.named = append(m.named, p)
	}
	if m.sent+2 < len(d.toks) && !hasMeetingNoun(d.toks[m.sent+2]) {
		m.named = append(m.named, d.leaders(m.sent+2, true)...) // "The meeting ... was described as frank. Cardinal Miguel Obando y Bravo headed the church side."
	}
	if m.sent+1 < len(d.toks) {
		m.named = append(m.named, d.leaders(m.sent+1, false)...)
		m.named = append(m.named, d.openingSubjects(m.sent+1, isPersonName, discusses)...)
		if !other {
			m.named = append(m.named, d.openingSubjects(m.sent+1, isPersonName, refersBack)...) // "Agriculture Minister Claire Dupuis said the talks had been useful"
		}
	}
	for si := m.sent + 1; si <= m.sent+2 && si < len(d.toks); si++ {
		if si == m.sent+1 || !hasMeetingNoun(d.toks[m.sent+1]) {
			m.named = append(m.named, d.openingSubjects(si, func(string) bool { return true }, sendsDelegation)...) // not past a meeting between: "The two met on the sidelines of the Shangri-La Dialogue ... China sent a delegation"
		}
		if !hasMeetingNoun(d.toks[si]) {
			m.named = append(m.named, d.openingSubjects(si, func(n string) bool { return isPersonName(n) || d.titledWord(si, n) }, arrivesOrAttends)...)
		}
	}
	noun := bodyNounOf(d.toks[m.sent], m)
	own := bodyMeets(d.toks[m.sent], m.trig, noun) // "the committee will meet", not "the Geneva conference" the committee was set up at
	for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
		if si != m.sent && (own || itsMembersAre(d.toks[si]) < 0) {
			m.named = append(m.named, d.memberList(si, noun)...) // "The committee is made up of ..."
		}
	}
	if si := m.sent + 2; si < len(d.toks) && own && lowerAt(d.toks[m.sent+1], 0) == "the" && lowerAt(d.toks[m.sent+1], 1) == noun && itsMembersAre(d.toks[si]) > 0 {
		m.named = append(m.named, d.memberList(si, noun)...) // "The committee, chaired by ..., groups eight member states ... Its members are ..."
	}
	m.named = append(m.named, d.kindSubject(m)...)
	if p := d.titledSubject(m); p != "" {
		m.named = append(m.named, p)
	}
	m.named = append(m.named, d.sidesSubject(m)...)
	if len(m.named) == 0 && m.owner == "" {
		m.named = append(m.named, d.possessor(m)...)
	}
	if len(m.named) == 0 && m.owner == "" {
		m.named = append(m.named, d.bodyInName(m)...)
	}
	if noun := d.lowerBody(m); len(m.named) == 0 && m.owner == "" && noun != "" {
		if b := d.bodyFor(m.sent, noun); b != "" {
			m.named = append(m.named, b) // "A full council session in March broke up", the International Coffee Organization's
		} else if b := d.ownedBody(m.sent, noun); b != "" {
			m.named = append(m.named, b) // "The cabinet meets again" after "Chancellor Helmut Kohl's cabinet"
		}
	}
	if len(m.named) == 0 {
		m.named = append(m.named, d.earlierRound(m)...)
	}
	for _, p := range d.corefParties(m) { // after the rules above, whose fallbacks want m.named empty
		m.named = append(m.named, p)
		m.byName(p, RulePartyCoref, -1, -1)
	}
	refs := d.groupRefParties(m)
	if len(refs) > 0 {
		m.sides = nil // the entity table's list, not the pair "the two sides" read from the last "and"
		m.groupRefs = refs
	}
	for _, p := range refs {
		delete(m.notParties, p) // "The three will meet ..., a Niger government spokesman said": Niger is one of the three
		m.named = append(m.named, p)
		m.byName(p, RulePartyGroupRef, -1, -1)
	}
	for _, p := range d.kindNamed(m) {
		m.named = append(m.named, p)
		m.byName(p, RulePartyKindNamed, -1, -1)
	}
	for _, p := range d.bodyNounParties(m) {
		m.named = append(m.named, p.name)
		m.groupRefs = append(m.groupRefs, p.name) // named by its noun here: a party of an anaphoric mention too
		m.byTokens(FieldParticipants, RulePartyBodyNoun, d.toks[m.sent], p.at-1, p.at+1)
	}
	for _, p := range d.chairParties(m) {
		m.named = append(m.named, p)
		m.byName(p, RulePartyChair, -1, -1)
	}
	for _, p := range d.gatheredParties(m) {
		m.named = append(m.named, p)
		m.byName(p, RulePartyGathered, -1, -1)
	}
}

// possessor are the parties an "its" or "their" before the meeting stands
// for when the sentence names none: the subject that opens the sentence
// ("The Bundesbank is not expected to move when its central bank council
// meets tomorrow"), or, opening the sentence itself, the parties of the
// meeting named before ("Their next meeting will be held in Cyprus"); or,
// after a sentence's plural subject that stands for the persons of the
// meeting before ("They agreed that their foreign ministers would meet",
// "The two ministers agreed that their deputies would hold"), those
// persons' countries.
func (d *doc) possessor(m *mention) []string {
	toks := d.toks[m.sent]
	k := min(m.nameStart, m.trig) - 1
	if m.verb {
		k = subjectEnd(toks, m.trig)
	}
	first := d.sentenceStart(m.sent)
	for n := 0; n < 5 && k >= first && toks[k].word && (!toks[k].cap || k == first); n++ {
		if w := toks[k].lower; w != "its" && w != "their" {
			k--
			continue
		}
		if k == first {
			return d.prevParties(m.sent)
		}
		if toks[k].lower == "their" && (pluralOpener(toks, first) || pluralOpener(toks, clauseAfterComma(toks, first, k))) {
			return d.theirCountries(m.sent) // "They agreed that their trade ministers would meet": the leaders' countries
		}
		cs := d.chunks(m.sent)
		if len(cs) == 0 || cs[0].start > first+1 || cs[0].start == first+1 && lowerAt(toks, first) != "the" || cs[0].end >= k || isPersonName(cs[0].text) {
			return nil
		}
		if n := d.stripped(cs[0].text); !d.isDatelinePlace(n) && !reporting(lowerAt(toks, cs[0].end)) {
			return []string{d.expand(n)}
		}
		return nil
	}
	return nil
}

// earlierRound are the parties of an earlier round of the meeting named
// just before: "The rebels walked out of the previous round in January"
// after "Negotiators for the National Democratic Front and the Philippine
// government will resume peace talks".
func (d *doc) earlierRound(m *mention) []string {
	if m.verb || len(d.mentions) == 0 {
		return nil
	}
	toks := d.toks[m.sent]
	switch lowerAt(toks, m.trig-1) {
	case "previous", "last", "earlier", "latest", "first":
		if long := d.longName(toks[m.trig].text); long != toks[m.trig].text {
			return d.namedAs(long) // "The previous SCM was held in Seoul": the parties of "their annual Security Consultative Meeting (SCM)"
		}
		prev := d.mentions[len(d.mentions)-1]
		if prev.sent < m.sent-1 || prev.kind != m.kind && m.kind != "round" && m.kind != "session" {
			return nil
		}
		return prev.named
	}
	if followsRound(toks, m) {
		return d.prevParties(m.sent) // "The Tokyo talks follow a round in Washington in March"
	}
	return nil
}

// namedAs are the parties of the last meeting so far whose name holds
// long, the long name of a meeting's initialism.
func (d *doc) namedAs(long string) []string {
	long = strings.ToLower(long)
	for i := len(d.mentions) - 1; i >= 0; i-- {
		if o := d.mentions[i]; strings.Contains(strings.ToLower(o.title), long) {
			return append(slices.Clone(o.named), o.sides...)
		}
	}
	return nil
}

// followsRound reports a meeting named as the one an earlier meeting of the
// sentence's subject follows: "The Tokyo talks follow a round in
// Washington", "The talks in Washington will be the first since last
// month's meeting in Brasilia".
func followsRound(toks []token, m *mention) bool {
	if lowerAt(toks, 0) != "the" && lowerAt(toks, 0) != "it" {
		return false
	}
	return followWordIn(toks, max(m.nameStart-6, 1), m.nameStart)
}

// leadVerbs say that a person leads, briefs or addresses a delegation or a
// meeting: "Carlos Romero will lead the Spanish delegation", "Caspar
// Weinberger will brief the ministers", "Tedros told delegates".
var leadVerbs = map[string]bool{
	"lead": true, "leads": true, "head": true, "heads": true, "chair": true, "chairs": true,
	"brief": true, "briefs": true, "address": true, "addresses": true, "addressed": true, "told": true,
	"chaired": true, "led": true, "headed": true, "briefed": true, "host": true, "hosts": true, "hosted": true,
}

// leaders are the persons sentence si says lead, brief or address a
// delegation or a meeting, or accompany its person ("X will accompany
// him"): the sentence after a meeting's says who takes part.
func (d *doc) leaders(si int, heads bool) []string {
	toks := d.toks[si]
	var out []string
	for _, c := range d.chunks(si) {
		k := c.end
		if lowerAt(toks, k) == "," && lowerAt(toks, c.start-1) == "," {
			k++ // "The U.N. envoy for Yemen, Lars Eklund, will brief the council": the name in apposition
		}
		for n := 0; n < 3 && auxiliaries[lowerAt(toks, k)]; n++ {
			k++
		}
		if v := lowerAt(toks, k); !heads && (v == "accompany" || v == "accompanies") && (lowerAt(toks, k+1) == "him" || lowerAt(toks, k+1) == "her") {
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				out = append(out, n) // "Bank of Japan Governor Hiroshi Ueda will accompany him": the person goes along to the meeting
			}
			continue
		}
		if v := lowerAt(toks, k); !leadVerbs[v] || heads && v != "headed" && v != "led" && v != "chaired" {
			continue // two sentences on, only who headed a side: not "Tizard told parliament"
		}
		j := k + 1
		if determiners[lowerAt(toks, j)] {
			j++
		}
		if isApostrophe(lowerAt(toks, j+1)) && lowerAt(toks, j+2) == "s" {
			j += 3 // "will lead the union's team"
		}
		for n := 0; n < 2 && j < len(toks) && (toks[j].cap && countries[toks[j].lower] != "" || nameModifiers[toks[j].lower] || sessionParts[toks[j].lower] ||
			!toks[j].cap && toks[j].word && lowerAt(toks, j+1) == "side") && !delegationWords[toks[j].lower]; n++ {
			j++ // "the Spanish delegation", "the church side"
		}
		w := lowerAt(toks, j)
		_, meeting := meetingNouns[w]
		if !delegationWords[w] && !groupNouns[w] && !meeting || w == "members" {
			continue
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) {
			out = append(out, n)
		}
	}
	return out
}

// sessionParts name one sitting of a meeting: "will address the opening
// session".
var sessionParts = map[string]bool{"opening": true, "closing": true, "final": true, "inaugural": true, "first": true}

// titledSubject is the person a titled subject stands for: "The chancellor
// last met union leaders" -> the Chancellor Helmut Kohl named before.
func (d *doc) titledSubject(m *mention) string {
	toks, k := d.verbSubject(m)
	title := lowerAt(toks, k)
	j := k // "The Chief Minister will meet": the whole title
	for j > 0 && toks[j].cap && isTitleWord(lowerAt(toks, j-1)) {
		j--
	}
	if k < 0 || toks[k].cap && k > 0 && lowerAt(toks, j-1) != "the" || !titleWords[title] || lowerAt(toks, j-1) != "the" && lowerAt(toks, k-1) != "prime" {
		return ""
	}
	return d.personBefore(m.sent, k, 3, func(s int, c chunk) bool {
		return strings.Contains(strings.ToLower(c.text), title+" ") || titledBefore(d.toks[s], c.start, title)
	})
}

// sidesSubject are the parties "the three sides", "both sides" or "the
// two countries" stand for as the subject of a meeting verb: those of the
// meeting named just before (not its persons when it has other parties).
func (d *doc) sidesSubject(m *mention) []string {
	if !m.verb || len(d.mentions) == 0 {
		return nil
	}
	toks := d.toks[m.sent]
	k := subjectEnd(toks, m.trig)
	switch w := lowerAt(toks, k); {
	case w == "sides" || w == "parties" || w == "countries" || w == "delegations":
		if q := lowerAt(toks, k-1); q != "both" && numberWords[q] == "" && !(q == "the" && k == 1) {
			return nil
		}
	case w == "they" && len(m.named) == 0, groupNouns[w] && (lowerAt(toks, k-1) == "the" || numberWords[lowerAt(toks, k-1)] != "" && lowerAt(toks, k-2) == "the") && len(m.named) == 0,
		(w == "bargaining" || w == "mediation") && len(m.named) == 0:
		// "They last met in Bahrain in April", "The ministers last met in December in Geneva", "The two leaders last met in Tokyo in June", "Bargaining will resume on Monday"
	default:
		return nil
	}
	return d.prevParties(m.sent)
}

// subjectEnd is the last token of the subject of the meeting verb at h:
// "The chancellor last met", "Both sides agreed to meet again".
func subjectEnd(toks []token, h int) int {
	k := h - 1
	for n := 0; n < 4 && k >= 0 && (auxiliaries[toks[k].lower] || toks[k].lower == "last" || toks[k].lower == "first" || intendVerbs[toks[k].lower]); n++ {
		k--
	}
	return k
}

// intendVerbs stand between a subject and "to meet": "Both sides agreed to meet again".
var intendVerbs = map[string]bool{"agreed": true, "agree": true, "decided": true, "plan": true, "planned": true, "want": true, "hope": true}

// prevParties are the parties of the meeting a sentence before si names
// first (its organisations and countries when it has any, else its persons).
func (d *doc) prevParties(si int) []string {
	var prev *mention
	for i := len(d.mentions) - 1; i >= 0; i-- {
		o := d.mentions[i]
		if o.sent < si-2 || prev != nil && o.sent < prev.sent {
			break
		}
		if o.sent < si && slices.ContainsFunc(o.named, func(n string) bool { return !o.notParties[n] }) {
			prev = o // the first of the latest sentence that names parties
		}
	}
	if prev == nil {
		return nil
	}
	var orgs, persons []string
	for _, n := range prev.named {
		if prev.notParties[n] {
			continue // "The talks are expected to cover trade and North Korea": a topic
		}
		if isPersonName(n) || d.titledWord(prev.sent, n) {
			persons = append(persons, n)
		} else {
			orgs = append(orgs, n)
		}
	}
	if len(orgs) > 0 {
		return orgs
	}
	return persons
}

// pronounPerson is the person "he" or "she" stands for when it is the
// subject of a meeting noun ("He will hold talks with Hawke"): the last
// person named before it, in the sentence or the one before.
func (d *doc) pronounPerson(m *mention) string {
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	for n := 0; n < 4 && k >= 0 && (auxiliaries[toks[k].lower] || holdVerbs[toks[k].lower] || toks[k].lower == "a" || toks[k].lower == "the"); n++ {
		k--
	}
	if w := lowerAt(toks, k); (w != "he" && w != "she" || k == m.nameStart-1) && !d.opensWithPronoun(m) {
		return ""
	}
	if w := lowerAt(toks, d.sentenceStart(m.sent)); (w == "he" || w == "she") && m.sent > 0 {
		if p := d.subjectPerson(m.sent - 1); p != "" {
			return p // "Funaro briefed President Jose Sarney and the cabinet yesterday. He will also see ...": Funaro, not Sarney
		}
	}
	return d.personBefore(m.sent, k, 2, nil) // "Mochtar arrived in Hanoi today. Officials said ... He will meet Thach"
}

// objectPronounPerson is the person "him" or "her" after m's meeting verb
// stands for: the last person named in the sentence before, not after a
// place's preposition ("Sri Lankan President Anura Kumara Dissanayake
// arrived in Beijing on Tuesday. Chinese Premier Li Qiang will meet him on
// Thursday"); "" for any other object.
func (d *doc) objectPronounPerson(m *mention) string {
	toks := d.toks[m.sent]
	if !m.verb || m.sent == 0 {
		return ""
	}
	if w := lowerAt(toks, m.trig+1); w != "him" && w != "her" {
		return ""
	}
	return d.personBefore(m.sent-1, len(d.toks[m.sent-1]), 1, func(s int, c chunk) bool {
		return !placePreps[lowerAt(d.toks[s], c.start-1)] // a person, not the place "in New York"
	})
}

// subjectPerson is the person sentence si opens with, past its dateline and
// titles ("Finance Minister Dilson Funaro briefed ..."), "" when it opens
// with anything else.
func (d *doc) subjectPerson(si int) string {
	k := d.sentenceStart(si)
	for _, c := range d.chunks(si) {
		if c.end <= k {
			continue
		}
		if c.start > k+3 {
			return ""
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) && !isApostrophe(lowerAt(d.toks[si], c.end)) {
			return n
		}
		return ""
	}
	return ""
}

// personBefore is the last person named before token k of sentence si, in
// it or the back sentences before it, among the names fits accepts (nil:
// every name); "" when there is none.
func (d *doc) personBefore(si, k, back int, fits func(s int, c chunk) bool) string {
	for s := si; s >= 0 && s >= si-back; s-- {
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			if s == si && cs[i].start >= k || fits != nil && !fits(s, cs[i]) {
				continue
			}
			if n := d.expand(d.stripped(cs[i].text)); isPersonName(n) || d.titledWord(s, n) {
				return n // "Indonesian Mines and Energy Minister Subroto"
			}
		}
	}
	return ""
}

// holdVerbs take a meeting noun as object: "hold talks", "held a meeting".
var holdVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "holding": true, "have": true, "has": true, "had": true,
	"begin": true, "began": true, "open": true, "opened": true, "resume": true, "resumed": true,
	"convene": true, "convenes": true, "convened": true,
}

// opensWithBody reports a sentence that starts with "The delegation,",
// "The committee,", "The Portuguese delegation, led by", "A New Zealand
// delegation led by", "The U.S. side is led by" — a description of the
// meeting's parties.
func opensWithBody(toks []token) bool {
	if w := lowerAt(toks, 0); w != "the" && w != "a" {
		return false
	}
	k := 1
	for n := 0; n < 4 && k < len(toks) && (toks[k].cap || toks[k].lower == "." || toks[k].lower == "-" || numberWords[toks[k].lower] != "" || lowerAt(toks, k+1) == "-" || lowerAt(toks, k-1) == "-" ||
		isApostrophe(lowerAt(toks, k+1)) || isApostrophe(lowerAt(toks, k-1)) && toks[k].lower == "s" || isApostrophe(toks[k].lower)); n++ {
		k++ // "Portuguese", "New Zealand", "U.S.", "six-member", "The ministry's delegation"
	}
	if !delegationWords[lowerAt(toks, k)] && !bodyNouns[lowerAt(toks, k)] && !bodyWords[lowerAt(toks, k)] {
		return false // "The panel, chaired by"
	}
	switch lowerAt(toks, k+1) {
	case ",", "led", "headed", "chaired":
		return true
	case "is", "was", "will":
		return lowerAt(toks, k+2) == "led" || lowerAt(toks, k+2) == "headed" || lowerAt(toks, k+2) == "be"
	}
	return false
}

// ledBy are the persons "led by", "chaired by" or "headed by" name in
// sentence si.
func (d *doc) ledBy(si int) []string {
	toks := d.toks[si]
	var out []string
	led := false
	for k := 1; k < len(toks); k++ {
		if toks[k].lower != "by" {
			continue
		}
		switch w := toks[k-1]; {
		case w.lower == "led" || w.lower == "chaired" || w.lower == "headed" || w.lower == "represented":
			led = true
		case w.lower == "side" || w.lower == "delegation" || w.lower == "team" || w.cap && lowerAt(toks, k-2) == "and":
			if !led {
				continue // "and the Japanese side by Makoto Kuroda" after "is led by"; "and Morocco by ..."
			}
		default:
			continue
		}
		for _, c := range d.chunks(si) { // "led by Agriculture Ministry official Hiroshi Kato"
			if c.start > k && c.start <= k+6 {
				if n := d.expand(d.stripped(c.text)); isPersonName(n) {
					out = append(out, n)
					break
				}
			}
		}
	}
	return out
}

// attends reports "will attend the talks", "attended the session": a
// sentence about who takes part in a meeting of kind.
func attends(toks []token, kind string) bool {
	for k, t := range toks {
		switch t.lower {
		case "attend", "attends", "attended", "attending":
			j := k + 1
			if w := lowerAt(toks, j); w == "the" || w == "its" || w == "their" || w == "this" {
				j++
			}
			if k2, ok := meetingNouns[lowerAt(toks, j)]; ok && (k2 == kind || kind == "meeting" || k2 == "meeting") {
				return true
			}
		}
	}
	return false
}

// attendees are the parties named before the verb of attending in sentence
// si: "Kenya's Finance Minister George Saitoti will attend the talks".
//
// A list ending there is taken whole: "the foreign ministers of Kazakhstan,
// Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan will attend".
func (d *doc) attendees(si int) []string {
	toks := d.toks[si]
	cs := d.chunks(si)
	var out []string
	for i, c := range cs {
		if w := lowerAt(toks, c.end); isApostrophe(w) || w == "s" {
			continue // "Kenya's": the person is the party
		}
		stop := false
		for k := c.end; k < len(toks) && k < c.end+4; k++ {
			stop = stop || toks[k].lower == "attend" || toks[k].lower == "attended" || toks[k].lower == "attends"
		}
		if !stop {
			continue
		}
		first := i
		for first > 0 && listJoined(toks, cs[first-1], cs[first]) {
			first--
		}
		for _, c := range cs[first : i+1] {
			if n := d.expand(d.stripped(c.text)); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// speakerWith is the person who says something of a meeting they had
// "with" someone: "After Monday's meeting with Miyazawa, Baker said".
func (d *doc) speakerWith(m *mention) string {
	toks := d.toks[m.sent]
	with := false
	for k := m.nameEnd; k < len(toks) && k < m.nameEnd+4; k++ {
		with = with || toks[k].lower == "with"
	}
	if !with || m.verb {
		return ""
	}
	for k := m.nameStart; k < m.trig; k++ {
		if isApostrophe(toks[k].lower) {
			return "" // "Argentina's talks with its creditor banks": Argentina's, not the speaker's
		}
	}
	for _, c := range d.chunks(m.sent) {
		if c.end <= m.nameStart && isPersonName(d.expand(d.stripped(c.text))) {
			return "" // "Prime Minister Sanae Takaichi will visit South Korea ... for talks with President Lee Jae-myung ..., Chief Cabinet Secretary Minoru Kihara said": the subject goes, not the speaker
		}
		if c.start > m.trig && reporting(lowerAt(toks, c.end)) {
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				return n
			}
		}
	}
	return ""
}

// titledBefore reports the title among the capitalised words just before
// token k: "Chancellor [Helmut Kohl]".
func titledBefore(toks []token, k int, title string) bool {
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].cap; j-- {
		if toks[j].lower == title {
			return true
		}
	}
	return false
}

// opensWithPronoun reports a sentence whose subject is "He" or "She" and
// whose main clause holds the meeting: "He will travel to Bonn on Monday
// for talks with ...".
func (d *doc) opensWithPronoun(m *mention) bool {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if w, v := lowerAt(toks, k), lowerAt(toks, k+1); w != "he" && w != "she" || !auxiliaries[v] && !strings.HasSuffix(v, "ed") && !meetVerbs[v] {
		return false
	}
	for j := k + 1; j < m.trig && j < len(toks); j++ {
		if w := toks[j].lower; w == "," || w == "that" || reporting(w) && toks[j].word {
			return false // "He said that the ministers would meet": another subject
		}
	}
	return true
}

// discussVerbs say what the parties of a meeting did at it.
var discussVerbs = map[string]bool{
	"discussed": true, "reviewed": true, "exchanged": true, "agreed": true, "signed": true, "discuss": true, "review": true,
}

// discusses reports a verb of discussing at token k: "discussed", "will
// review".
func discusses(toks []token, k int) bool {
	return discussVerbs[lowerAt(toks, k)] || auxiliaries[lowerAt(toks, k)] && discussVerbs[lowerAt(toks, k+1)]
}

// refersBack reports the verb at k of a sentence's opening subject that
// speaks of, opens, hosts or chairs "the talks" or "the meeting" the
// sentence before tells: "said the talks had been useful", "will open the
// meeting", "will host the talks".
func refersBack(toks []token, k int) bool {
	for auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "also" {
		k++
	}
	if w := lowerAt(toks, k); !reporting(w) && !personHostVerbs[w] {
		return false
	}
	k++
	if lowerAt(toks, k) == "that" {
		k++
	}
	if lowerAt(toks, k) != "the" {
		return false
	}
	_, meeting := meetingNouns[lowerAt(toks, k+1)]
	return meeting
}

// personHostVerbs are what a person does to a meeting that makes them a party:
// opens, hosts, chairs, addresses it.
var personHostVerbs = map[string]bool{
	"open": true, "opens": true, "opened": true, "host": true, "hosts": true, "hosted": true,
	"chair": true, "chairs": true, "chaired": true, "address": true, "addresses": true, "addressed": true,
}

// hasMeetingNoun reports a sentence with a meeting noun of its own: "Shultz
// arrives on Friday for talks with Shamir".
func hasMeetingNoun(toks []token) bool {
	for _, t := range toks {
		if isMeetingNounWord(t.lower) {
			return true
		}
	}
	return false
}

// arrivesOrAttends reports "arrived last night", "attended", "was also
// present" at token k: those who came to the meeting told of before.
func arrivesOrAttends(toks []token, k int) bool {
	for n := 0; n < 2 && (auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "also"); n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "arrived", "arrive", "arrives", "arriving", "attended", "attend", "attending", "present":
		return true
	}
	return false
}

// sendsDelegation reports "sent junior delegations", "will send a team" at
// token k.
func sendsDelegation(toks []token, k int) bool {
	for n := 0; n < 2 && auxiliaries[lowerAt(toks, k)]; n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "sent", "send", "sends":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if w := toks[j].lower; delegationWords[w] || w == "delegations" || w == "teams" {
			return true
		}
	}
	return false
}

// openingSubjects are the names fits accepts that open sentence si, joined
// by "and" or set apart by a relative clause, as the subject of the verb
// that verb accepts: in the sentence after a meeting's, "Northern Ireland
// Secretary Tom King and Irish Foreign Minister Brian Lenihan discussed
// cross-border security", "Syria and Libya, which back Iran, sent junior
// delegations".
func (d *doc) openingSubjects(si int, fits func(string) bool, verb func([]token, int) bool) []string {
	toks := d.toks[si]
	var out []string
	next := 0
	for _, c := range d.chunks(si) {
		for next < c.start && (next == 0 && toks[next].lower == "the" || toks[next].cap && isTitleWord(toks[next].lower)) {
			next++ // "The", "President Reagan"
		}
		if c.start != next {
			break
		}
		n := d.expand(d.stripped(c.text))
		if !fits(n) {
			return nil
		}
		out = append(out, n)
		k := c.end
		if lowerAt(toks, k) == "," && (lowerAt(toks, k+1) == "which" || lowerAt(toks, k+1) == "who") {
			for k++; k < len(toks) && toks[k].lower != ","; k++ {
			} // ", which back Iran,"
			k++
		}
		switch {
		case lowerAt(toks, k) == "and" || lowerAt(toks, k) == "," && k+1 < len(toks) && toks[k+1].cap:
			next = k + 1
		case verb(toks, k):
			return out
		default:
			return nil
		}
	}
	return nil
}

// bodyInName are the bodies the meeting's own name holds: "the 47th ASEAN
// Summit" -> ASEAN, "the Monsoon Session of Parliament" -> Parliament.
func (d *doc) bodyInName(m *mention) []string {
	toks := d.toks[m.sent]
	if k := m.nameStart - 1; lowerAt(toks, k) == "the" && lowerAt(toks, k-1) == "at" || lowerAt(toks, k) == "at" {
		return nil // "The two leaders last met at the ASEAN Summit": the leaders, not ASEAN
	}
	for _, c := range d.chunks(m.sent) {
		if c.start > m.trig || m.trig >= c.end {
			continue
		}
		shouted := 0
		for k := c.start; k < c.end; k++ {
			if shoutedWord(toks[k].text) {
				shouted++
			}
		}
		if shouted > 1 {
			return nil // "PARKS AND OPEN SPACE COMMITTEE MEETING", "DATE OF NEXT MEETING": a shouted heading's words, no initialisms
		}
		var out []string
		for k := c.start; k < c.end; k++ {
			if t := toks[k]; k != m.trig && t.word && (isAcronym(t.text) && len(t.text) > 2 && !romanNumeral(t.text) || legislatures[t.lower] && t.cap && !strings.HasSuffix(t.lower, "ary")) {
				out = append(out, t.text)
			}
		}
		return append(out, hyphenedCountries(toks, c)...)
	}
	return nil
}

// hyphenedCountries are the countries a name joins by hyphens, "Third
// Japan-Philippines Vice-Ministerial Strategic Dialogue" -> Japan,
// Philippines; none unless each side is a country.
func hyphenedCountries(toks []token, c chunk) []string {
	var out []string
	for k := c.start + 1; k+1 < c.end; k++ {
		if toks[k].lower != "-" || toks[k].start != toks[k-1].end || toks[k+1].start != toks[k].end {
			continue
		}
		a, b := toks[k-1].text, toks[k+1].text
		if !isCountry(a) || !isCountry(b) {
			continue
		}
		for _, n := range []string{a, b} {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// romanNumeral reports "II", "XIV": a number in a name, not a body.
func romanNumeral(s string) bool {
	return strings.Trim(s, "IVXLC") == ""
}

// lowerBody is the kind of a body named by its kind alone before the
// meeting noun or as the subject's owner ("A full council session", "The
// committee's chairman said hearings ..."), "" when none.
func (d *doc) lowerBody(m *mention) string {
	toks := d.toks[m.sent]
	for k := max(m.nameStart-6, 0); k < m.trig && k < len(toks); k++ {
		if bodyNouns[toks[k].lower] && !toks[k].cap {
			return toks[k].lower
		}
	}
	return ""
}

// ownedBody is the body of kind noun that a name owns in sentence si or
// the one before: "Chancellor Helmut Kohl's cabinet".
func (d *doc) ownedBody(si int, noun string) string {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := d.toks[s]
		for _, c := range d.chunks(s) {
			if isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s" && lowerAt(toks, c.end+2) == noun {
				return d.stripped(c.text) + "'s " + noun
			}
		}
	}
	return ""
}

// titledWord reports a one-word name that a title precedes in sentence si:
// "President Suharto", a person.
func (d *doc) titledWord(si int, n string) bool {
	if strings.Contains(n, " ") {
		return false
	}
	toks := d.toks[si]
	for k := 1; k < len(toks); k++ {
		if toks[k].text == n && toks[k-1].cap && isTitleWord(toks[k-1].lower) {
			return true
		}
	}
	return false
}

// meetVerbs are past forms of meeting that do not end in -ed: "He met
// Tamura this morning".
var meetVerbs = map[string]bool{"met": true, "saw": true, "held": true, "began": true, "spoke": true}

// clauseAfterComma is the first token after the last comma between first
// and k, or first: "During the call, the two ministers agreed that their
// deputies would hold" gives "the".
func clauseAfterComma(toks []token, first, k int) int {
	for j := k - 1; j > first; j-- {
		if toks[j].lower == "," {
			return j + 1
		}
	}
	return first
}

// pluralOpener reports a sentence opened at k by a plural subject that
// stands for persons named before: "They", "The leaders", "The two
// ministers".
func pluralOpener(toks []token, k int) bool {
	if lowerAt(toks, k) == "they" {
		return true
	}
	if lowerAt(toks, k) != "the" {
		return false
	}
	if numberRefs[lowerAt(toks, k+1)] > 0 {
		k++
	}
	w := lowerAt(toks, k+1)
	return nationRefs[w] && !countryRefs[w]
}

// theirCountries are the countries a plural subject opening sentence si
// stands for: those of the parties of the meeting before, else of the
// persons the three sentences before name, else the last list of
// countries there ("the partnership between the United Kingdom and
// Ghana").
func (d *doc) theirCountries(si int) []string {
	if cs := d.countriesOf(d.prevParties(si)); cs != nil {
		return cs
	}
	var persons []string
	for _, x := range d.ents().persons {
		if x.sent < si && x.sent >= si-3 && !x.source && !slices.Contains(persons, x.name) {
			persons = append(persons, x.name)
		}
	}
	if cs := d.countriesOf(persons); cs != nil {
		return cs
	}
	return d.bodies().lastList(si, func(l entList) bool { return len(l.names) >= 2 && l.class == entCountry })
}

// countriesOf are the countries of parties, persons read by their titles
// (personCountries), when they are two or more and every party has one;
// nil otherwise.
func (d *doc) countriesOf(parties []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range parties {
		if k := countryKey(p); k != "" && (isCountry(p) || !isPersonName(p)) { // "New Zealand", though shaped like a person's name
			if !seen[k] {
				seen[k] = true
				out = append(out, p) // as the story writes it: "United Kingdom", not its key "britain"
			}
			continue
		}
		ks := d.personCountries(p)
		if len(ks) == 0 {
			return nil // "the two ministers", one of whose countries the story does not say
		}
		if !seen[ks[0]] {
			seen[ks[0]] = true
			out = append(out, titleCase(ks[0]))
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
