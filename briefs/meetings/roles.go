package meetings

import (
	"slices"
	"strings"
)

// Roles of a meeting's parties read across the story, after the sentence's
// own names and the neighbouring-sentence rules: groups written in lower
// case after a nationality ("Australian wool growers"), who attend or lead a
// side in the sentence after ("X, Y and Z are expected to attend"; "X, the
// chief negotiator, will lead the American team"), "the two sides" for the
// pair named before; and the names that are no party at all (a sentence's
// opening adverb, a name that only qualifies a thing: "the Easter holiday",
// a topic's owner: "talks on Washington's sanctions").

// roleParties adds and removes the parties of m the story's roles decide.
func (d *doc) roleParties(m *mention) {
	toks := d.toks[m.sent]
	groups := d.groupPhrases(m)
	if objects := verbObjectGroups(d.runes, toks, m); len(objects) > 0 && !d.sideNamedAfter(m) {
		for _, g := range objects {
			if !slices.ContainsFunc(groups, func(p placed) bool { return p.at == g.at }) {
				groups = append(groups, g)
			}
		}
	}
	for _, g := range groups {
		m.addNamed(g.at, g.text)
		m.byName(g.text, RulePartyGroup, toks[g.at].start, toks[g.at].end)
	}
	second := secondMeeting(toks, d.headsOf(m.sent), m.trig) // who attends or speaks after its sentence is its first meeting's
	for _, si := range []int{m.sent - 1, m.sent + 1} {
		if si < 0 || si >= len(d.toks) || d.ownMeeting(si) || si < m.sent && si > 0 && d.ownMeeting(si-1) {
			continue // a list completes the meeting just before it
		}
		if si > m.sent && second {
			continue // "for the bloc's summit, ... with foreign and economy ministers meeting the day before": who attends goes to the summit
		}
		for _, n := range d.attendLists.get(len(d.toks), si, d.attendList) {
			m.named = append(m.named, n)
			m.byName(n, RulePartyAttendList, -1, -1)
		}
	}
	for _, si := range d.sentencesAfter(m) { // who the side includes, who leads it, who attends further on
		if si > m.sent+1 && !second {
			for _, n := range d.attendLists.get(len(d.toks), si, d.attendList) {
				m.named = append(m.named, n)
				m.byName(n, RulePartyAttendList, -1, -1)
			}
		}
		for _, n := range d.sideMembers(si) {
			m.named = append(m.named, n)
			m.byName(n, RulePartyAttendList, -1, -1)
		}
		for _, n := range d.sideLeaders.get(len(d.toks), si, d.leadsSide) {
			m.named = append(m.named, n)
			m.byName(n, RulePartyLeadsSide, -1, -1)
		}
	}
	if !second {
		for _, n := range d.toldMeeting(m) {
			m.named = append(m.named, n)
			m.byName(n, RulePartyToldMeeting, -1, -1)
		}
	}
	for _, o := range d.ownerBodies(m) {
		m.addNamed(o.at, o.text)
		m.byName(o.text, RulePartyOwnerBody, toks[o.at].start, toks[o.at].end)
	}
	if b := d.kindAlias(m); b != "" {
		m.addNamed(0, b)
		m.byName(b, RulePartyKindAlias, -1, -1)
	}
	m.sides = d.twoSidesIn.get(len(d.toks), m.sent, d.twoSides) // the meeting's parties, not its mention's: they do not merge mentions
	for _, n := range m.sides {
		m.byName(n, RulePartyTwoSides, -1, -1)
	}
	m.notParties = d.nonParties(m) // left in m.named: a mention's names still tell it from others
}

// sentencesAfter are the sentences after m's that still tell of its
// meeting: up to three, while none names a meeting of its own ("The
// Japanese delegation will be led by Makoto Kuroda ... Deputy Trade
// Representative Michael Smith will head the U.S. side" two paragraphs on).
func (d *doc) sentencesAfter(m *mention) []int {
	var out []int
	for si := m.sent + 1; si < len(d.toks) && si <= m.sent+3; si++ {
		if d.retells(si, m) {
			continue // "The talks follow a clash near a disputed temple last month.": the same talks again
		}
		if d.ownMeeting(si) || si > m.sent+1 && hasMeetingNoun(d.toks[si-1]) && !d.retells(si-1, m) {
			break
		}
		out = append(out, si)
	}
	return out
}

// retells reports a sentence after m's whose meeting words all refer back
// to m's meeting by its own noun: "The talks follow ..." after "will hold
// border talks". Such a sentence ends no list of who takes part.
func (d *doc) retells(si int, m *mention) bool {
	found := false
	for _, o := range d.mentions {
		if o.sent != si {
			continue
		}
		if !o.anaphoric || d.toks[si][o.trig].lower != d.toks[m.sent][m.trig].lower {
			return false
		}
		found = true
	}
	return found
}

// ownMeeting reports a sentence that names a dated meeting of its own: its
// attendees are that meeting's.
func (d *doc) ownMeeting(si int) bool { return d.own.get(len(d.toks), si, d.findOwnMeeting) }

// findOwnMeeting is ownMeeting, worked out.
func (d *doc) findOwnMeeting(si int) bool {
	dated := false
	for _, x := range d.dates[si] {
		dated = dated || x.start >= d.dlEnd // not the dateline's own date
	}
	if !dated {
		return false
	}
	return hasMeetingNoun(d.toks[si]) || len(d.headsOf(si)) > 0
}

// groupHeads end a lower-case group of people or bodies: "wool growers",
// "debtor nations", "communist rebels".
var groupHeads = map[string]bool{
	"nations": true, "countries": true, "states": true, "governments": true, "banks": true, "unions": true,
	"parties": true, "rebels": true, "businessmen": true, "firms": true, "companies": true, "associations": true,
	"federations": true, "airlines": true, "carriers": true, "guerrillas": true, "insurgents": true, "militants": true,
	"farmers": true, "lenders": true, "investors": true, "creditors": true, "donors": true, "employers": true,
}

// sideNouns name those who speak for a side: "communist rebel negotiators".
var sideNouns = map[string]bool{"negotiators": true, "delegates": true, "representatives": true, "delegations": true}

// groupHead reports a plural noun that names people or bodies: the heads
// above, and agent nouns in -ers/-ors ("growers", "buyers", "exporters").
func groupHead(w string) bool {
	if groupHeads[w] {
		return true
	}
	if len(w) < 6 || notAgents[w] {
		return false
	}
	return strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ors")
}

// notAgents end in -ers or -ors and name things.
var notAgents = map[string]bool{
	"numbers": true, "orders": true, "matters": true, "papers": true, "others": true, "letters": true, "members": true,
	"factors": true, "sectors": true, "centers": true, "quarters": true, "offers": true, "figures": true, "answers": true,
	"borders": true, "waters": true, "powers": true, "headquarters": true, "transfers": true, "barriers": true, "layers": true,
	"meters": true, "dollars": true, "markers": true, "indicators": true, "errors": true, "monitors": true, "chambers": true,
}

// nationWord reports a nationality or regional word opening a group:
// "Australian", "Soviet", "Latin" (American), "South" (Asian).
func nationWord(toks []token, k int) bool {
	w := lowerAt(toks, k)
	if k >= len(toks) || !toks[k].cap {
		return false
	}
	if w == "western" || w == "eastern" {
		return false // "Western creditor governments": no one in particular
	}
	return nationalities[w] || countries[w] != "" || regionalAdjectives[w] ||
		(w == "south" || w == "central" || w == "north" || w == "west" || w == "east") && regionalAdjectives[lowerAt(toks, k+1)] ||
		(w == "american" || w == "asian" || w == "african" || w == "european") && k > 0 && toks[k-1].cap
}

// groupPhrases are the lower-case groups of m's sentence that are its
// subject or object (rule parties.group-phrase): "Australian wool growers
// will meet Soviet buyers", "The Philippine government and communist rebels
// will resume peace talks", "Latin American debtor nations will meet".
func (d *doc) groupPhrases(m *mention) []placed {
	toks := d.toks[m.sent]
	var out []placed
	for k := 0; k < len(toks); k++ {
		if toks[k].end <= d.dlEnd || !toks[k].word || toks[k].cap || !groupHead(toks[k].lower) || !plural(toks[k].lower) {
			continue
		}
		s := k
		for n := 0; n < 2 && s-1 >= 0 && toks[s-1].word && !toks[s-1].cap && !determiners[toks[s-1].lower] && !auxiliaries[toks[s-1].lower] &&
			!functionWords[toks[s-1].lower] && !meetingVerbs[toks[s-1].lower] && !strings.HasSuffix(toks[s-1].lower, "ed"); n++ {
			s-- // "wool growers", "debtor nations", "communist rebels"
		}
		nation, country := false, ""
		for s-1 >= 0 && nationWord(toks, s-1) {
			s--
			nation = true
			if c := countries[toks[s].lower]; c != "" {
				country = c
			}
		}
		if nw := sliceTextTok(toks, s, s+1); country == "" && s+1 < k && toks[s+1].cap {
			if c := strings.TrimSuffix(nw+" "+toks[s+1].text, "n"); isCountry(c) {
				country = c // "South African leaders"
			}
		}
		if d.namesNation(m, sliceTextTok(toks, s, k)) {
			continue // "Chinese and South African leaders": South Africa is named
		}
		if country != "" && (delegationWords[toks[k].lower] || groupNouns[toks[k].lower] || m.namedAt != nil && m.hasNamed(country)) {
			continue // "Soviet negotiators": the country, named by the sentence rule
		}
		if s == k || !nation && (s-1 < 0 || lowerAt(toks, s-1) != "and" && lowerAt(toks, s-1) != "with" || !groupHeads[toks[k].lower] && !sideNouns[toks[k].lower]) {
			continue // a bare "rebels"; without a nationality only as the other side: "the government and communist rebels"
		}
		if toks[s].cap && !nation || reporting(lowerAt(toks, k+1)) || lowerAt(toks, k+1) == "of" || isApostrophe(lowerAt(toks, k+1)) {
			continue
		}
		if !d.takesPart(toks, m, s, k+1) {
			continue
		}
		out = append(out, placed{text: sliceText(d.runes, toks[s].start, toks[k].end), at: s})
	}
	return out
}

// verbObjectGroups are the lower-case groups a meeting verb meets, or a
// meeting is held with, each with its "of" complement: "met military
// commanders in Bogota", "will meet heads of public sector banks", "met heads
// of delegation here", "will meet sugar planters and millers", "held talks
// with bondholders"; "representatives of taxi drivers' unions" gives the
// unions. A group of one word must be one agentGroup names ("bondholders");
// a bare "ministers" names no one.
func verbObjectGroups(runes []rune, toks []token, m *mention) []placed {
	k := m.trig + 1
	if lowerAt(toks, k) == "with" && (m.verb || !possessives[lowerAt(toks, m.trig-1)]) {
		k++ // not "At the meeting, Bolivia asked for support in its talks with creditor banks": its own talks, told at another meeting
	} else if !m.verb {
		return nil
	}
	if faceless[lowerAt(toks, k)] && lowerAt(toks, k+1) == "of" && groupEnd(toks, k+2) > 0 {
		k += 2 // "representatives of taxi drivers' unions": the unions
	}
	if g := countedGroup(toks, k); g >= 0 {
		k = g // "12 union leaders": the group, without its count
	}
	var out []placed
	for len(out) < 3 {
		end := groupEnd(toks, k)
		if end < 0 {
			break
		}
		if lowerAt(toks, end) == "of" {
			e := end + 1
			for e < len(toks) && e < end+5 && objectWord(toks, e) {
				e++ // "heads of public sector banks", "heads of delegation"
			}
			if e > end+1 {
				end = e + capitalPluralAfterAnd(toks, e)
			}
		}
		if end-k < 2 && !newAgent(toks[k].lower) {
			break // "talks with employers", "met ministers": a bare kind the other rules read
		}
		out = append(out, placed{text: sliceText(runes, toks[k].start, toks[end-1].end), at: k})
		if lowerAt(toks, end) != "and" {
			break
		}
		k = end + 1 // "sugar planters and millers"
	}
	return out
}

// capitalPluralAfterAnd is the length of "and" and a capitalised plural
// kind that carries on a lower-case "of" tail ending in a plural: "finance
// ministers of states and Union Territories" is one group; 0 when none.
func capitalPluralAfterAnd(toks []token, e int) int {
	if !plural(lowerAt(toks, e-1)) || lowerAt(toks, e) != "and" {
		return 0
	}
	for n := 1; n <= 2 && e+n < len(toks); n++ {
		if t := toks[e+n]; !t.word || !t.cap {
			return 0
		}
		if plural(toks[e+n].lower) && !(e+n+1 < len(toks) && toks[e+n+1].cap) {
			return n + 1
		}
	}
	return 0
}

// sideNamedAfter reports a group met whose bodies the story names after
// its sentence ("talks with chemical employers. The employers' federation
// BAVC and ChemieNord will lead the employers' side"; "talks with bus
// operators. ... the operators Arriva and Go-Ahead"): those bodies are its
// parties, not the group's kind.
func (d *doc) sideNamedAfter(m *mention) bool {
	if len(d.kindNamed(m)) > 0 {
		return true
	}
	for _, si := range d.sentencesAfter(m) {
		if len(d.sideLeaders.get(len(d.toks), si, d.leadsSide)) > 0 {
			return true
		}
	}
	return false
}

// objectWord is a word of a lower-case object's noun phrase: not a name, a
// number, a preposition, a day or an adverb ("separately", "here").
func objectWord(toks []token, j int) bool {
	t := toks[j]
	return t.word && !t.cap && !t.num && !placePreps[t.lower] && !objectStops[t.lower] && !isMonthOrDay(t.lower) && !determiners[t.lower] &&
		t.lower != "here" && t.lower != "there" && !(len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly"))
}

// groupEnd is the end of a lower-case group of at most four words from k
// whose last word is a group's head ("sugar planters", "irrigation
// districts", "taxi drivers' unions"), -1 when none.
func groupEnd(toks []token, k int) int {
	end := -1
	for j := k; j < len(toks) && j < k+5; j++ {
		if isApostrophe(toks[j].lower) && j > k && plural(toks[j-1].lower) && j+1 < len(toks) && objectWord(toks, j+1) {
			if faceless[toks[j+1].lower] {
				return -1 // "importers' representatives": the representatives, no group named
			}
			continue // "drivers' unions"
		}
		if !objectWord(toks, j) {
			break
		}
		if w := toks[j].lower; (objectHeads[w] || partyNouns[w] || groupNouns[w] || agentGroup(w)) && !faceless[w] {
			end = j + 1
		}
	}
	return end
}

// faceless are group heads that name no one in particular: "federal
// government officials", "representatives of small businesses" are met,
// but the annotators do not list them.
var faceless = map[string]bool{"officials": true, "representatives": true, "members": true, "delegates": true, "experts": true, "officers": true, "staff": true}

// takesPart reports a phrase toks[a:b] that is the subject of m (before
// it, nothing but auxiliaries, adverbs, "and" with another party or the
// verb of a noun's meeting between) or its object ("will meet Soviet
// buyers", "talks with communist rebels").
func (d *doc) takesPart(toks []token, m *mention, a, b int) bool {
	if b <= m.trig {
		p := a - 1
		for p >= 0 && (lowerAt(toks, p) == "the" || numberWord(lowerAt(toks, p)) > 0 || toks[p].num) {
			p-- // "the seven South Asian countries"
		}
		if w := lowerAt(toks, p-1); lowerAt(toks, p) == "of" && (delegationWords[w] || groupNouns[w]) {
			p -= 2 // "A delegation of Australian wool growers", "Leaders of the seven South Asian countries"
			if determiners[lowerAt(toks, p)] {
				p--
			}
		}
		if m.trig-b > 5 || p >= 0 && toks[p].end > d.dlEnd && toks[p].lower != "and" {
			return false // the subject opens the sentence, or joins one that does
		}
		for k := b; k < m.trig; k++ {
			if w := toks[k].lower; w == "," || w == "that" || w == "which" || w == "who" || reporting(w) || w == "of" || w == "on" || w == "to" && k+1 < m.trig {
				return false
			}
		}
		return true
	}
	for k := a - 1; k >= m.trig && k >= a-4; k-- {
		switch w := toks[k].lower; {
		case w == "with" || w == "between" || meetingVerbs[w] || k == m.trig && m.verb:
			return k >= a-2 || k >= a-4 && lowerAt(toks, k+1) == "the"
		case w == "," || w == "." || reporting(w) || w == "on" || w == "about" || w == "of":
			return false
		}
	}
	return false
}

// nonParties are the names of m said where no party is (rules
// parties.not-opener, parties.not-modifier, parties.not-topic,
// parties.not-source, parties.not-topic-phrase): "Instead, the Bundesbank council will meet",
// "Environment ministers", "after the Easter holiday", "talks on
// Washington's sanctions", "..., Mexico's finance ministry said".
func (d *doc) nonParties(m *mention) map[string]bool {
	toks := d.toks[m.sent]
	var out map[string]bool
	for _, n := range m.named {
		at, ok := m.namedAt[n]
		if !ok || at >= len(toks) {
			continue
		}
		if !strings.Contains(n, " ") && !isAcronym(n) && !countryLike(n) &&
			(d.openerWord(toks, m.sent, at, n) || modifiesThing(toks, at)) || topicOwner(toks, at, m) || sourceOwner(toks, at, m) || d.inTopic(at, n, m) ||
			d.notPartyReason(m, at, n) != "" {
			if out == nil {
				out = map[string]bool{}
			}
			out[n] = true
		}
	}
	return out
}

// notParty reports a name some mention of c found said where no party is.
func (c *cluster) notParty(n string) bool {
	for _, m := range c.mentions {
		if slices.Contains(m.groupRefs, n) {
			return false // "The two companies will hold further talks, a BMW spokesman said": BMW is one of the two
		}
	}
	for _, m := range c.mentions {
		if m.notParties[n] {
			return true
		}
	}
	return false
}

// openerWord reports a one-word name that opens its sentence and names
// nobody: a linking adverb before a comma ("Instead, the Bundesbank council
// will meet") or a ministry's field before its holders ("Environment
// ministers from 190 countries"), or a word prose writes in lower case
// that the text capitalises nowhere else.
func (d *doc) openerWord(toks []token, si, at int, n string) bool {
	if at > 0 && toks[at-1].end > d.dlEnd || toks[at].text != n {
		return false
	}
	w, next := toks[at].lower, lowerAt(toks, at+1)
	return linkingAdverbs[w] && next == "," || ministryFields[w] && (next == "ministers" || next == "officials") ||
		proseLower[w] && !d.openingName(si, toks[at]) // "Traders expect a cut at the Fed's meeting" (data/lowerwords.txt)
}

// linkingAdverbs open a sentence and link it to the one before.
var linkingAdverbs = map[string]bool{
	"instead": true, "however": true, "meanwhile": true, "separately": true, "nevertheless": true, "nonetheless": true,
	"moreover": true, "furthermore": true, "besides": true, "elsewhere": true, "thus": true, "therefore": true,
	"otherwise": true, "accordingly": true, "additionally": true, "likewise": true, "similarly": true, "overall": true,
}

// ministryFields name a ministry's field: "Environment ministers".
var ministryFields = map[string]bool{
	"environment": true, "energy": true, "health": true, "labour": true, "labor": true, "education": true, "interior": true,
	"justice": true, "transport": true, "tourism": true, "culture": true, "commerce": true, "industry": true, "fisheries": true,
	"mines": true, "petroleum": true, "water": true, "science": true, "communications": true, "housing": true, "sports": true,
}

// modifiesThing reports a one-word name after "the" that qualifies the
// lower-case noun after it, which is no party and ends the phrase: "the
// Easter holiday", "the Lombard rate at", "the Kaleshwaram project".
func modifiesThing(toks []token, at int) bool {
	if lowerAt(toks, at-1) != "the" || at+1 >= len(toks) {
		return false
	}
	t := toks[at+1]
	if !t.word || t.cap || groupNouns[t.lower] || delegationWords[t.lower] || bodyWords[t.lower] || orgWords[t.lower] || staffWords[t.lower] ||
		isTitleWord(t.lower) || nameModifiers[t.lower] || auxiliaries[t.lower] || reporting(t.lower) || meetingVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") || plural(t.lower) {
		return false
	}
	if _, ok := meetingNouns[t.lower]; ok {
		return false
	}
	switch lowerAt(toks, at+2) {
	case ".", ",", "at", "of", "in", "on", "for", "and", "was", "is", "had", "has", "to", "":
		return true
	}
	return false
}

// topicOwner reports a name whose possessive opens the topic of m: "talks
// on Washington's sanctions", "to discuss the Centre's proposed ...".
func topicOwner(toks []token, at int, m *mention) bool {
	k := possessiveEnd(toks, at)
	if k < 0 || at <= m.trig {
		return false
	}
	p := at - 1
	if lowerAt(toks, p) == "the" {
		p--
	}
	switch lowerAt(toks, p) {
	case "on", "about", "over":
		return true
	case "discuss", "review", "consider":
		n := sliceTextTok(toks, at, k)
		return isCountry(n) || capitalOf[strings.ToLower(n)] != nil // "to review Brasilia's request": a government's, not the Commission's proposal
	}
	return false
}

// The rules of this file.
const (
	RulePartyGroup      Rule = "parties.group-phrase"
	RulePartyAttendList Rule = "parties.attend-list"
	RulePartyLeadsSide  Rule = "parties.leads-side"
	RulePartyTwoSides   Rule = "parties.two-sides"
	RulePartySubBody    Rule = "parties.sub-body"
	RulePartyNameBody   Rule = "parties.body-in-name"
	RulePartyOfficer    Rule = "parties.company-officer"
	RulePartyKindAlias  Rule = "parties.kind-alias"
	RulePartyOwnerBody  Rule = "parties.owner-body"
	RulePartyKindBody   Rule = "parties.kind-body"
)

// kindBodyHeads end a body named only by its kind.
var kindBodyHeads = map[string]bool{
	"bank": true, "board": true, "cabinet": true, "council": true, "committee": true, "commission": true,
	"parliament": true, "senate": true, "government": true, "legislature": true, "assembly": true,
}

// kindBody is the body a meeting's sentence names only by its kind, as
// the subject that opens it (rule parties.kind-body), for a meeting with
// no named party: "The cabinet is expected to approve the draft at its
// regular session on Tuesday", "The central bank's board will meet",
// "Parliament reconvened on Monday"; "" when the sentence opens otherwise.
func (d *doc) kindBody(m *mention) string {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if k >= len(toks) {
		return ""
	}
	if t := toks[k]; t.cap && homeBodies[t.lower] && k+1 < len(toks) && !toks[k+1].cap {
		return t.text // "Parliament reconvened", "Parliament's budget session"
	}
	if b := d.placeKindBody(toks, k, m.trig); b != "" {
		return b // "Jakarta's regional legislature will hold a plenary session", "The Jakarta city council will meet"
	}
	if lowerAt(toks, k) != "the" {
		return ""
	}
	if owner, tail := d.openingOwned(m); owner != "" {
		return owner + " " + tail // "The union's strike committee will meet": the union's committee
	}
	j := k + 1
	for j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap && !kindBodyHeads[toks[j].lower] {
		j++
	}
	if j >= len(toks) || toks[j].cap || !kindBodyHeads[toks[j].lower] || j > m.trig {
		return ""
	}
	if toks[j].lower == "bank" && lowerAt(toks, j-1) != "central" {
		return "" // "the bank" alone names a company the story named
	}
	body := sliceTextTok(toks, k+1, j+1) // "central bank", "cabinet", "committee"
	if isApostrophe(lowerAt(toks, j+1)) && lowerAt(toks, j+2) == "s" {
		for e := j + 3; e < len(toks) && e < j+7 && toks[e].word && !toks[e].cap; e++ {
			if kindBodyHeads[toks[e].lower] {
				return body + " " + sliceTextTok(toks, j+3, e+1) // "central bank monetary policy committee": the bank and its committee
			}
		}
	}
	return body
}

// placeKindBody is a body named by its kind after the place it serves, as
// the words that open the sentence before the meeting: "Jakarta's regional
// legislature", "The Jakarta city council", after an opening phrase and its
// comma ("In the capital, ..."); "" otherwise. The place is the
// dateline's or a capital, city or country the lexicon knows.
func (d *doc) placeKindBody(toks []token, k, trig int) string {
	for x := k; x < k+5 && x < trig; x++ {
		if toks[x].lower == "," {
			k = x + 1 // "In the capital, Jakarta's regional legislature will ..."
			break
		}
	}
	start := k
	if lowerAt(toks, k) == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].cap || !(d.isDatelinePlace(toks[k].text) || isCountry(toks[k].text) || capitalCity(toks[k].text) || seatCities[toks[k].lower]) {
		return ""
	}
	j := k + 1
	if isApostrophe(lowerAt(toks, j)) && lowerAt(toks, j+1) == "s" {
		if start != k {
			return "" // "The Jakarta's ..." reads no further
		}
		j += 2
	}
	from := j
	for j < len(toks) && j < from+3 && toks[j].word && !toks[j].cap && !kindBodyHeads[toks[j].lower] {
		j++
	}
	if j >= len(toks) || j >= trig || toks[j].cap || !kindBodyHeads[toks[j].lower] || toks[j].lower == "bank" || toks[j].lower == "government" {
		return ""
	}
	return sliceText(d.runes, toks[k].start, toks[j].end)
}

// openingOwned is the owner's kind and the body of its own that open m's
// sentence: "The union's strike committee will meet" gives "union",
// "strike committee"; "", "" when the sentence opens otherwise.
func (d *doc) openingOwned(m *mention) (owner, tail string) {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if lowerAt(toks, k) != "the" {
		return "", ""
	}
	j := k + 1
	for j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap && !kindBodyHeads[toks[j].lower] {
		j++
	}
	return ownedBody(toks, k+1, j, m.trig)
}

// ownedBody reads "union's strike committee" from toks[a:]: the owner's
// lower-case kind, toks[a:j] before "'s", and the body of its own after it,
// ending in a body's head before the meeting's trigger at trig ("strike
// committee", "national executive council"); "", "" when there is none.
func ownedBody(toks []token, a, j, trig int) (owner, tail string) {
	if j == a || j+2 >= len(toks) || !isApostrophe(lowerAt(toks, j)) || lowerAt(toks, j+1) != "s" {
		return "", ""
	}
	for e := j + 2; e < len(toks) && e < j+6 && e < trig && toks[e].word && !toks[e].cap; e++ {
		if kindBodyHeads[toks[e].lower] && e > j+2 {
			return sliceTextTok(toks, a, j), sliceTextTok(toks, j+2, e+1)
		}
	}
	return "", ""
}

// ownerBodies are the organisations whose possessive names a body of
// theirs among m's parties (rule parties.owner-body): "The Bank of Korea's
// Monetary Policy Board", "The International Olympic Committee's
// Executive Board" — the organisation takes part, and parties.sub-body
// names the two as one.
func (d *doc) ownerBodies(m *mention) []placed {
	toks := d.toks[m.sent]
	var out []placed
	for _, n := range m.named {
		at, ok := m.namedAt[n]
		if !ok || at < 3 || lowerAt(toks, at-1) != "s" || !isApostrophe(lowerAt(toks, at-2)) || !bodyWords[strings.ToLower(lastWord(n))] {
			continue
		}
		for _, c := range d.chunks(m.sent) {
			o := d.stripped(c.text)
			if c.end == at-2 && o != "" && !isCountry(o) && !isPersonName(d.expand(o)) && !m.hasNamed(o) && (isOrg(o) || strings.Contains(o, " ")) {
				out = append(out, placed{at: c.start, text: o})
			}
		}
	}
	return out
}

// hasNamed reports whether m already names n.
func (m *mention) hasNamed(n string) bool {
	for _, x := range m.named {
		if strings.EqualFold(x, n) {
			return true
		}
	}
	return false
}

// possessiveEnd is the end of the capitalised name at token at when "'s"
// follows it ("Washington's", "Mexico's"): the apostrophe's token; -1 when
// no "'s" follows.
func possessiveEnd(toks []token, at int) int {
	k := at
	for k < len(toks) && toks[k].word && toks[k].cap {
		k++
	}
	if !isApostrophe(lowerAt(toks, k)) || lowerAt(toks, k+1) != "s" {
		return -1
	}
	return k
}

// sourceNouns are the offices that speak for a government or a company.
var sourceNouns = map[string]bool{"ministry": true, "department": true, "office": true, "agency": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "official": true, "officials": true, "sources": true, "statement": true, "secretariat": true, "service": true}

// sourceOwner reports a name whose possessive opens the source of the
// sentence: after m ("..., Mexico's finance ministry said."), or before it
// when what is said has a subject of its own.
func sourceOwner(toks []token, at int, m *mention) bool {
	k := possessiveEnd(toks, at)
	if k < 0 {
		return false
	}
	j := k + 2
	for n := 0; n < 3 && j < len(toks) && !sourceNouns[toks[j].lower] && toks[j].word; n++ {
		j++ // "finance", "Foreign Trade"
	}
	if !sourceNouns[lowerAt(toks, j)] || !reporting(lowerAt(toks, j+1)) {
		return false
	}
	return at > m.trig || namedSubjectAfter(toks, j+2, m.trig)
}

// namedSubjectAfter reports a reported clause from token k, before the
// meeting's head at trig, that opens with a subject of its own, not one
// pointing back to the speaker: "China's commerce ministry said on Monday
// that Vice Premier He Lifeng would hold trade talks" (not "... said it
// would hold talks").
func namedSubjectAfter(toks []token, k, trig int) bool {
	for k < trig && (sayingDayWord(toks[k].lower) || toks[k].lower == "that") {
		k++
	}
	return k < trig && toks[k].cap && toks[k].word
}

// namesNation reports a party of m named by the country of the group's
// nationality: "South Africa" for "South African leaders".
func (d *doc) namesNation(m *mention, group string) bool {
	g := strings.ToLower(group)
	for _, n := range m.named {
		if l := strings.ToLower(n); len(l) > 3 && strings.HasPrefix(g, l) {
			return true
		}
	}
	return false
}

// withoutSides is parts less the pairs "the two sides" stood for, and
// with a committee for the body joined with it: the meeting's title names
// the parties its own sentences name, as they name them.
func withoutSides(c *cluster, parts []string) []string {
	var out []string
	for _, p := range parts {
		if s, ok := c.subOf[p]; ok {
			p = s
		}
		side := false
		for _, m := range c.mentions {
			for _, n := range m.sides {
				side = side || n == p
			}
		}
		if !side {
			out = append(out, p)
		}
	}
	return out
}

// subBodies names a body and its committee named together as one party
// (rule parties.sub-body): "the IMF's Interim Committee" -> "IMF Interim
// Committee", "the Reserve Bank of India's Monetary Policy Committee".
func (d *doc) subBodies(c *cluster, names []string) []string {
	out := append([]string(nil), names...)
	for i := 0; i < len(out); i++ {
		for j := 0; j < len(out); j++ {
			p, s := out[i], out[j]
			if i == j || p == "" || s == "" || !isBody(s) && !bodyWords[strings.ToLower(s)] || isPersonName(p) || isCountry(p) {
				continue
			}
			joined := ""
			for _, sep := range []string{"'s ", "’s ", " "} {
				if strings.Contains(d.text, p+sep+s) {
					joined = p + " " + s
				}
			}
			if strings.Contains(d.text, s+" of the "+p) || strings.Contains(d.text, s+" of "+p) {
				joined = p + " " + s // "The Monetary Policy Committee of the Reserve Bank of India"
			}
			if joined == "" {
				continue
			}
			out[i], out[j] = joined, ""
			if c.subOf == nil {
				c.subOf = map[string]string{}
			}
			c.subOf[joined] = s
			c.mentions[0].byName(joined, RulePartySubBody, -1, -1)
		}
	}
	var kept []string
	for _, n := range out {
		if n != "" {
			kept = append(kept, n)
		}
	}
	return kept
}

// nameTails are the words after the body in a meeting's own name: "the
// Pacific Islands Forum Leaders Meeting", "the Commonwealth Heads of
// Government Meeting".
var nameTails = map[string]bool{
	"leaders": true, "heads": true, "ministers": true, "ministerial": true, "meeting": true, "summit": true,
	"conference": true, "session": true, "talks": true, "foreign": true, "finance": true, "trade": true, "annual": true,
}

// blocBody is the bloc that names a summit or conference after itself
// (rule parties.body-in-name): "the Shanghai Cooperation Organisation
// summit", "The 17th BRICS Summit"; "" for "the Venice summit".
func blocBody(title string) string {
	ws := strings.Fields(title)
	if len(ws) > 2 && roundWord(ws[0]) {
		ws = ws[1:]
	}
	n := len(ws)
	if n < 2 || !blocGatherings[strings.ToLower(ws[n-1])] {
		return ""
	}
	if body := strings.Join(ws[:n-1], " "); isAcronym(body) || blocEnds[strings.ToLower(ws[n-2])] {
		return body
	}
	return ""
}

// blocGatherings are the gatherings a bloc holds under its own name.
var blocGatherings = map[string]bool{"summit": true, "conference": true}

// blocEnds end the names of blocs and organisations: "Shanghai Cooperation
// Organisation", "Asia-Pacific Economic Cooperation", "Arab League".
var blocEnds = map[string]bool{
	"organisation": true, "organization": true, "cooperation": true, "community": true, "union": true, "league": true,
	"forum": true, "association": true, "alliance": true, "council": true, "group": true, "bloc": true,
}

// roundWord reports a word that numbers or renews a round: "17th", "2nd",
// "first", and also "new", "next", "final" (roundOrdinals).
func roundWord(w string) bool {
	lw := strings.ToLower(w)
	if roundOrdinals[lw] {
		return true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d := strings.TrimSuffix(lw, suf); d != lw && d != "" && strings.Trim(d, "0123456789") == "" {
			return true
		}
	}
	return false
}

// nameHeads open the rest of a meeting's proper name after its body: who
// meets, written capitalised.
var nameHeads = map[string]bool{"leaders": true, "heads": true, "ministers": true, "ministerial": true, "foreign": true, "finance": true, "trade": true}

// nameBody is the body at the head of a meeting's proper name, when it is
// an organisation or heads those who meet (rule parties.body-in-name):
// "Pacific Islands Forum" of "Pacific Islands Forum Leaders Meeting",
// "Commonwealth" of "Commonwealth Heads of Government Meeting".
func nameBody(title string) string {
	ws := strings.Fields(title)
	i := 0
	for i < len(ws) && !nameTails[strings.TrimRight(strings.ToLower(ws[i]), "'’")] {
		if r := ws[i][0]; r < 'A' || r > 'Z' {
			return ""
		}
		i++
	}
	if i == 0 || i >= len(ws)-1 || !nameHeads[strings.TrimRight(strings.ToLower(ws[i]), "'’")] || ws[i][0] < 'A' || ws[i][0] > 'Z' {
		return "" // not "United Nations Conference (on Trade and Development)", "Labour leaders meeting"
	}
	body := strings.Join(ws[:i], " ")
	people := strings.TrimRight(strings.ToLower(ws[i]), "'’") // "G20 Leaders' Summit"
	switch {
	case isCountry(body) || nationalities[strings.ToLower(body)] || countries[strings.ToLower(body)] != "" || isPersonName(body):
		return ""
	case countryJoined(body):
		return "" // "Japan-Philippines-United States Leaders' Summit": the countries, read apart
	case isOrg(body) || strings.HasSuffix(strings.ToLower(body), " forum"):
		return body
	case i == 1 && (people == "leaders" || people == "heads" || people == "ministers"):
		return body // "Commonwealth Heads of Government"
	}
	return ""
}

// countryJoined reports a name that opens with a country joined by a
// hyphen or an en dash to what follows: "Japan-Philippines-United States".
func countryJoined(name string) bool {
	left, _, ok := strings.Cut(strings.ReplaceAll(name, "–", "-"), "-")
	return ok && isCountry(left)
}

// ofBody is the body a meeting's title names after its meeting noun and
// "of": "Ordinary Meeting of Westbrook City Council", "Special Session of
// the Governing Board"; "" when the words after "of" name no body.
func ofBody(title string) string {
	head, body, ok := strings.Cut(title, " of ")
	if !ok {
		return ""
	}
	if _, meeting := meetingNouns[strings.ToLower(lastWord(head))]; !meeting {
		return ""
	}
	body = strings.TrimPrefix(body, "the ")
	if body == "" || body[0] < 'A' || body[0] > 'Z' {
		return ""
	}
	first := strings.ToLower(strings.Fields(body)[0])
	if strings.Contains(body, " of ") && !isOrg(body) && !bodyWords[first] {
		return "" // not "Meeting of Experts on the Law of the Sea"; but "Board of Trustees"
	}
	last := strings.ToLower(lastWord(body))
	if i := strings.LastIndexAny(last, "-–"); i >= 0 && bodyWords[last[i+1:]] {
		last = last[i+1:] // "the Licensing Sub-Committee"
	}
	if bodyWords[last] || bodyWords[first] || isOrg(body) || blocEnds[last] || legislatures[last] || last == "network" || last == "sabha" {
		return body // "the East African Water Utilities Network", "the Punjab Vidhan Sabha", "the Karnataka Legislature"
	}
	return ""
}

// officers are the persons of parts a company's title introduces, named by
// a mention's own sentence (rule parties.company-officer): "Chairman Roger
// Smith will face shareholders at General Motors Corp's annual meeting".
func (d *doc) officers(c *cluster, parts []string) []string {
	var out []string
	for _, p := range parts {
		if !isPersonName(p) {
			continue
		}
		own := false
		for _, m := range c.mentions {
			_, at := m.namedAt[p]
			own = own || at && !m.anaphoric
		}
		i := strings.Index(d.text, p)
		if !own || i < 0 {
			continue
		}
		before := strings.Fields(strings.ToLower(d.text[max(i-30, 0):i]))
		if len(before) > 0 && officerTitles[strings.Trim(before[len(before)-1], ",")] {
			out = append(out, p)
			c.mentions[0].byName(p, RulePartyOfficer, -1, -1)
		}
	}
	return out
}

// officerTitles introduce a company's officer.
var officerTitles = map[string]bool{"chairman": true, "president": true, "executive": true, "ceo": true, "director": true, "chairwoman": true}

// inTopic reports a name after m inside the topic of the talks: the nearest
// of "on", "about", "over", "against" or a noun's "for" before it, with no
// "with" or "between" (which name parties) nor punctuation in between
// (rule parties.not-topic-phrase): "talks on arms control and Iran", "to
// discuss sanctions on Russia", "to consider a standby loan for
// Argentina", "to brief leaders on Operation Sindoor". Not "on Thursday",
// "on behalf of", "on the sidelines of", nor "called on" an official.
func (d *doc) inTopic(at int, n string, m *mention) bool {
	toks, ds := d.toks[m.sent], d.dates[m.sent]
	if at <= m.trig || m.kind == "hearing" && isPersonName(n) {
		return false // "hearings on the nomination of Judge Anthony Kennedy": the nominee appears
	}
	if toks[m.trig].cap && lowerAt(toks, m.trig+1) == "on" {
		return false // "the United Nations Conference on Trade and Development": one name
	}
	for k := at - 1; k > m.trig; k-- {
		switch w := toks[k].lower; w {
		case "with", "between", "among", "by", "before", ",", ";", ".", "(", "said":
			return false
		case "on", "about", "over", "against", "regarding", "concerning":
			if inSpan(ds, k+1) >= 0 || inSpan(ds, k) >= 0 {
				continue // "on Thursday"
			}
			if w == "on" && strings.HasPrefix(lowerAt(toks, k-1), "call") && !urges(toks, k+1) {
				return false // "will call on Prime Minister Narendra Modi": the host (not "called on Japan to settle")
			}
			next := lowerAt(toks, k+1)
			return next != "behalf" && next != "the" || next == "the" && lowerAt(toks, k+2) != "sidelines" && lowerAt(toks, k+2) != "margins"
		case "of":
			if k+1 == at || k+2 == at && lowerAt(toks, k+1) == "the" {
				if discussedThing(toks, m.trig, k) {
					return true // "to discuss the suspension of Guinea", "the return of Rohingya refugees"
				}
			}
		case "discuss", "discusses", "discussed", "discussing", "review", "reviews", "reviewed", "reviewing", "cover", "covers", "covering", "tackle", "tackles", "tackling":
			return true // "to discuss the fighting in eastern Congo", "to discuss a ceasefire in the country's Upper Nile region", "are expected to cover trade and North Korea"
		case "for":
			p := lowerAt(toks, k-1)
			_, meeting := meetingNouns[p]
			return k-1 > m.trig && toks[k-1].word && !toks[k-1].cap && !meeting && !auxiliaries[p] && !meetingVerbs[p] && !strings.HasSuffix(p, "ed") && !determiners[p] && !eventWords[p] && !honourNouns[p]
		}
	}
	return false
}

// urges reports a call on someone to act: "called on the United States and
// Japan to settle their dispute", the names from k running to "to" and a
// verb within eight words.
func urges(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].lower == "to" && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap {
			return true
		}
		if !toks[j].cap && toks[j].lower != "and" && toks[j].lower != "," && toks[j].lower != "the" && toks[j].lower != "." {
			return false
		}
	}
	return false
}

// topicVerbs take the topic of a meeting as their object.
var topicVerbs = map[string]bool{"discuss": true, "review": true, "consider": true, "examine": true, "debate": true, "study": true, "assess": true}

// discussedThing reports an "of" at token k after a lower-case thing noun
// that is the object of a verb of discussing after the head at trig: the
// name after it is what is discussed. Not "representatives of", "members
// of", "a meeting of".
func discussedThing(toks []token, trig, k int) bool {
	p := toks[k-1]
	if !p.word || p.cap || groupNouns[p.lower] || delegationWords[p.lower] || bodyNouns[p.lower] || partyNouns[p.lower] || staffWords[p.lower] || groupHead(p.lower) {
		return false
	}
	if _, ok := meetingNouns[p.lower]; ok {
		return false
	}
	for j := k - 2; j > trig && j >= k-5; j-- {
		if topicVerbs[toks[j].lower] {
			return true
		}
		if !toks[j].word || toks[j].cap {
			return false
		}
	}
	return false
}

// aliasKinds are the bodies a story names again by their kind: "The union
// said it would meet management".
var aliasKinds = map[string]bool{"union": true, "company": true, "bank": true, "association": true, "federation": true, "alliance": true, "party": true}

// kindAlias is the body "The union" or "The company" stands for when it
// opens m's sentence as the speaker of the meeting's own subject "it"
// (rule parties.kind-alias): "The Transport and General Workers Union
// rejected the offer ... The union said it would meet management".
func (d *doc) kindAlias(m *mention) string {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if lowerAt(toks, k) != "the" || !aliasKinds[lowerAt(toks, k+1)] || !reporting(lowerAt(toks, k+2)) || m.trig <= k+2 {
		return ""
	}
	j := k + 3
	if lowerAt(toks, j) == "that" {
		j++
	}
	if w := lowerAt(toks, j); w != "it" && w != "its" {
		return ""
	}
	return d.bodyOfKind(m.sent, lowerAt(toks, k+1))
}

// honourNouns are held for someone, who attends: "a state banquet for
// Reagan".
var honourNouns = map[string]bool{"dinner": true, "banquet": true, "reception": true, "lunch": true, "luncheon": true, "welcome": true, "ceremony": true, "breakfast": true}

// secondMeeting reports a meeting word at trig after another meeting noun
// of its sentence (whose heads, findMentions, are heads): the sentence's
// second meeting, told beside its first.
func secondMeeting(toks []token, heads []int, trig int) bool {
	for _, h := range heads {
		if _, noun := meetingNouns[toks[h].lower]; h < trig && noun && toks[h].lower != toks[trig].lower {
			return true
		}
	}
	return false
}
