package meetings

import (
	"slices"
	"strings"
)

// The story's entity table beside its persons (coref.go): every body and
// country it names, each once with its kind ("union" for "Unite, Britain's
// largest union"; "company" for "Nissan Motor") and the sentences that name
// it, and the lists that name several together ("Mali, Burkina Faso and
// Niger"). A meeting's sentence that opens with a group word standing for
// parties named before takes them (rule parties.group-ref): "The three will
// meet in Niamey", "The ministers will meet in Montevideo", "The companies
// will meet again next week", "The companies' chairmen met", "The union
// will meet Stagecoach management".

// The rules of this file.
const (
	RulePartyGroupRef  Rule = "parties.group-ref"
	RulePartyKindNamed Rule = "parties.kind-named"
)

// Entity classes.
const (
	entBody = iota + 1
	entCountry
	entPerson
)

// entity is one body, country or person of the story.
type entity struct {
	name  string
	class int
	kind  string // a body's head noun: "union", "company", "bank"
	told  string // the kind the words beside it give ("the unions FNV"), not its name
	sents []int  // the sentences that name it
}

// entList is a list of entities of one class a sentence names together.
type entList struct {
	sent  int
	class int
	names []string
}

// bodies is the entity table with its bodies, countries and lists, filled
// on first use: most stories never ask.
func (d *doc) bodies() *entities {
	e := d.ents()
	if !e.bodied {
		e.bodied = true
		d.addBodies(e)
	}
	return e
}

// addBodies fills e's bodies, countries and lists from the story's chunks.
func (d *doc) addBodies(e *entities) {
	e.index = map[string]int{}
	for si, toks := range d.toks {
		var prev chunk
		var cur *entList
		for ci, c := range d.chunks(si) {
			if si == 0 && toks[c.end-1].end <= d.dlEnd {
				continue // the dateline
			}
			if (isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s" || nationTitle(toks, c)) && cur != nil && ownerJoin(toks, prev, c) {
				continue // "Jose Jeri, Brazil's Luiz Inacio Lula da Silva", "Reagan and Soviet leader Mikhail Gorbachev": the owner stands aside, the list goes on
			}
			if cur != nil && cur.class == entPerson && counterpartNation(toks, prev, c) {
				continue // "Katrin Vollmer and her French counterpart Étienne Marchal": the nationality stands aside, the list goes on
			}
			names, class := d.entityOf(toks, c)
			if class == 0 {
				cur = nil
				continue
			}
			if a, b, ok := joinedNames(names); ok {
				names, class = []string{a, b}, entBody // "Nissan Motor and Panasonic Holdings": two companies read as one name
			}
			for _, n := range names {
				e.note(n, class, d.kindOfEntity(toks, c, n), si)
				if t := toldKind(toks, c); t != "" && class == entBody {
					e.all[e.index[n]].told = t
				}
			}
			if cur != nil && ci > 0 && (listJoined(toks, prev, c) && !oneNameJoined(prev.text, c.text) || describedJoin(toks, prev, c) || ownedJoin(toks, prev, c) || possessedJoin(toks, prev, c) || counterpartJoin(toks, prev, c)) && e.joins(cur, names, class) {
				cur.names = append(cur.names, names...)
			} else {
				e.lists = append(e.lists, entList{sent: si, class: class, names: append([]string(nil), names...)})
				cur = &e.lists[len(e.lists)-1]
			}
			prev = c
		}
	}
}

// joinedNames splits one name that joins two with "and" where both halves
// are names of their own: two words or more each, or an acronym before
// ("HSBC and Lloyds Banking Group"); not "Procter and Gamble", nor "Alliance
// of Motion Picture and Television Producers".
func joinedNames(names []string) (string, string, bool) {
	if len(names) != 1 {
		return "", "", false
	}
	a, b, ok := strings.Cut(names[0], " and ")
	if !ok || strings.Contains(b, " and ") {
		return "", "", false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	for _, w := range wa {
		if lw := strings.ToLower(w); lw == "of" || lw == "for" || lw == "on" {
			return "", "", false
		}
	}
	if len(wb) < 2 || len(wa) < 2 && !isAcronym(a) {
		return "", "", false
	}
	return a, b, true
}

// ownerJoin reports chunk c, an owner's possessive, right after list
// item a: "Jose Jeri, Brazil's".
func ownerJoin(toks []token, a, c chunk) bool {
	w := lowerAt(toks, a.end)
	return (w == "," || w == "and") && c.start == a.end+1 || w == "," && lowerAt(toks, a.end+1) == "and" && c.start == a.end+2
}

// nationTitle reports a one-word nationality chunk c before lower-case
// title words: "Soviet" of "Soviet leader Mikhail Gorbachev".
func nationTitle(toks []token, c chunk) bool {
	return c.end-c.start == 1 && nationalities[toks[c.start].lower] && c.end < len(toks) && !toks[c.end].cap && isTitleWord(toks[c.end].lower)
}

// counterpartNation reports chunk c, one nationality word, between a list's
// person a and "counterpart": "Vollmer and her French counterpart".
func counterpartNation(toks []token, a, c chunk) bool {
	return c.end-c.start == 1 && nationalities[toks[c.start].lower] && c.start == a.end+2 && lowerAt(toks, a.end) == "and" &&
		possessives[lowerAt(toks, a.end+1)] && lowerAt(toks, c.end) == "counterpart"
}

// counterpartJoin reports persons a and b joined as counterparts: "Katrin
// Vollmer and her French counterpart Étienne Marchal", "X and his
// counterpart, Y".
func counterpartJoin(toks []token, a, b chunk) bool {
	k := b.start - 1
	if lowerAt(toks, k) == "," {
		k--
	}
	if lowerAt(toks, k) != "counterpart" {
		return false
	}
	k--
	if nationalities[lowerAt(toks, k)] {
		k--
	}
	return possessives[lowerAt(toks, k)] && lowerAt(toks, k-1) == "and" && k-1 == a.end
}

// ownedJoin reports list items a and b with an owner's possessive between:
// "Jose Jeri, Brazil's Luiz Inacio Lula da Silva".
func ownedJoin(toks []token, a, b chunk) bool {
	k := b.start - 2
	for k > a.end && !toks[k].cap && isTitleWord(toks[k].lower) && !isApostrophe(lowerAt(toks, k)) {
		k-- // "Soviet leader"
	}
	if isApostrophe(lowerAt(toks, k)) && lowerAt(toks, k+1) == "s" {
		// "Brazil's"
	} else if k >= 0 && k+1 < b.start && toks[k].cap && nationalities[toks[k].lower] {
		k++ // "Soviet leader": the nationality, then its titles
	} else {
		return false
	}
	for k > a.end && toks[k-1].cap {
		k--
	}
	w := lowerAt(toks, k-1)
	return k > a.end && (w == "," || w == "and") && (k-1 == a.end || k-2 == a.end && lowerAt(toks, a.end) == ",")
}

// possessedJoin reports list items a and b where a owns the thing that
// joins the list: "Boeing Co's defense unit and the International
// Association of Machinists".
func possessedJoin(toks []token, a, b chunk) bool {
	if !isApostrophe(lowerAt(toks, a.end)) || lowerAt(toks, a.end+1) != "s" {
		return false
	}
	k := a.end + 2
	for n := 0; n < 3 && k < b.start && toks[k].word && !toks[k].cap && toks[k].lower != "and"; n++ {
		k++
	}
	if lowerAt(toks, k) != "and" {
		return false
	}
	k++
	if lowerAt(toks, k) == "the" {
		k++
	}
	return k == b.start
}

// describedJoin reports chunks a and b of a list whose second is
// introduced by lower-case words of its kind: "Verdi and the pilots' union
// Vereinigung Cockpit", "Gesamtmetall and the regional association
// Suedwestmetall".
func describedJoin(toks []token, a, b chunk) bool {
	if w := lowerAt(toks, a.end); w != "and" && w != "," || lowerAt(toks, a.end+1) != "the" || b.start-a.end > 6 {
		return false
	}
	for k := a.end + 2; k < b.start; k++ {
		if toks[k].cap || !toks[k].word && !isApostrophe(toks[k].lower) {
			return false
		}
	}
	return bodyKinds[lowerAt(toks, b.start-1)] != ""
}

// joins reports names of class that continue list l: of its class, or a
// body beside a name shaped like a person's with no title ("Rio Tinto and
// Glencore"), which makes the list one of bodies.
func (e *entities) joins(l *entList, names []string, class int) bool {
	switch {
	case l.class == class:
		return true
	case l.class == entPerson && class == entBody && !e.titled(l.names):
		l.class = entBody
		return true
	case l.class == entBody && class == entPerson:
		return !e.titled(names)
	}
	return false
}

// note records one naming of entity n.
func (e *entities) note(n string, class int, kind string, si int) {
	if i, ok := e.index[n]; ok {
		x := &e.all[i]
		if x.kind == "" {
			x.kind = kind
		}
		if x.sents[len(x.sents)-1] != si {
			x.sents = append(x.sents, si)
		}
		return
	}
	e.index[n] = len(e.all)
	e.all = append(e.all, entity{name: n, class: class, kind: kind, sents: []int{si}})
}

// entityOf is what chunk c names: countries (a nationality before a word
// for a delegation counts), a person, or a body; class 0 for anything else
// (a place, a month, a word opening the sentence).
func (d *doc) entityOf(toks []token, c chunk) ([]string, int) {
	if cs := countriesOf(toks, c); len(cs) > 0 {
		return cs, entCountry
	}
	name := d.stripped(c.text)
	if name == "" || d.isDatelinePlace(name) || c.end-c.start == 1 && (commonWord(strings.ToLower(name)) || openerQuantifiers[strings.ToLower(name)]) {
		return nil, 0 // "Neither company commented"
	}
	if namesThing(toks, c) {
		return nil, 0 // "its benchmark Selic interest rate": the rate's name
	}
	full := d.expand(name)
	switch {
	case isCountry(name):
		return []string{name}, entCountry
	case isPersonName(full):
		return []string{full}, entPerson
	case countries[strings.ToLower(name)] != "" || nationalities[strings.ToLower(name)]:
		return nil, 0 // "Japanese" alone
	case isOrg(name) || isBody(name) || d.kindOfEntity(toks, c, name) != "":
		return []string{name}, entBody
	}
	prev := lowerAt(toks, c.start-1)
	if prev == "the" {
		prev = lowerAt(toks, c.start-2)
	}
	if placePreps[prev] || prev == "from" || capitalOf[strings.ToLower(name)] != nil || monthOrDayName(name) {
		return nil, 0 // "in Manchester", "Tokyo"
	}
	return []string{name}, entBody // "Nissan Motor and Honda Motor": a body of no known kind
}

// openerQuantifiers open a sentence before a kind word and name no one.
var openerQuantifiers = map[string]bool{"neither": true, "both": true, "each": true, "either": true, "all": true, "other": true, "some": true, "no": true}

// monthOrDayName reports a month's or a weekday's name.
func monthOrDayName(n string) bool {
	return isMonthOrDay(strings.ToLower(n))
}

// bodyKinds are the kinds a body is named by again: "the union", "the
// companies".
var bodyKinds = map[string]string{
	"union": "union", "unions": "union", "company": "company", "companies": "company", "firm": "company", "firms": "company",
	"group": "company", "groups": "company", "carmaker": "company", "carmakers": "company", "automaker": "company", "automakers": "company",
	"bank": "bank", "banks": "bank", "lender": "bank", "lenders": "bank", "airline": "company", "airlines": "company",
	"miner": "company", "miners": "company", "federation": "union", "association": "union", "developer": "company", "operator": "company", "operators": "company",
	"party": "party", "parties": "party",
}

// kindOfEntity is the kind of body chunk c names, from its own head word
// ("Transport Workers Union"), a company's suffix, a kind word after it
// ("IG Metall union", "Aslef rail unions", up to two words on), before it
// ("the employers' federation Gesamtmetall") or in an apposition ("Unite,
// Britain's largest union,"); "" when none says.
func (d *doc) kindOfEntity(toks []token, c chunk, name string) string {
	if corporateName(name) {
		return "company"
	}
	if k := bodyKinds[strings.ToLower(lastWord(name))]; k != "" {
		return k
	}
	return toldKind(toks, c)
}

// toldKind is the kind the words beside chunk c give it, not its own name.
func toldKind(toks []token, c chunk) string {
	for j := c.end; j < len(toks) && j < c.end+3; j++ {
		if k := bodyKinds[toks[j].lower]; k != "" && !toks[j].cap {
			return k
		}
		if !toks[j].word || toks[j].cap || auxiliaries[toks[j].lower] || reporting(toks[j].lower) {
			break
		}
	}
	if k := bodyKinds[lowerAt(toks, c.start-1)]; k != "" && c.start >= 2 {
		return k // "the regional association Suedwestmetall"
	}
	if k := bodyKinds[lowerAt(toks, c.start-2)]; k != "" && lowerAt(toks, c.start-1) == "," && lowerAt(toks, c.end) == "," {
		return k // "The operator, NS, and ..."
	}
	if k := bodyKinds[lowerAt(toks, c.start-3)]; k != "" && lowerAt(toks, c.start-2) == "," && lowerAt(toks, c.start-1) == "the" && lowerAt(toks, c.end) == "," {
		return k // "The union, the National Union of Seamen, is in dispute"
	}
	if lowerAt(toks, c.end) == "," {
		for j := c.end + 1; j < len(toks) && j < c.end+7; j++ {
			w := toks[j].lower
			if w == "," || w == "." {
				if k := bodyKinds[toks[j-1].lower]; k != "" {
					return k
				}
				break
			}
			if toks[j].cap && j > c.end+1 && !isApostrophe(lowerAt(toks, j+1)) {
				break
			}
		}
	}
	return ""
}

// numberRefs are the counts "the three" says.
var numberRefs = map[string]int{"pair": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

// nationRefs stand for the countries named before: "the ministers".
var nationRefs = map[string]bool{
	"ministers": true, "leaders": true, "countries": true, "nations": true, "governments": true, "states": true,
	"neighbours": true, "neighbors": true, "presidents": true, "premiers": true, "delegations": true,
}

// groupRefParties are the parties a group word opening m's sentence
// stands for (rule parties.group-ref), nil when it opens with none.
func (d *doc) groupRefParties(m *mention) []string {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if n, noun := countedRef(toks, k, m.trig); n > 0 {
		return d.bodies().lastListWithin(m.sent, numberedReach, func(l entList) bool {
			if bodyKinds[noun] != "" {
				return len(l.names) == n && l.class == entBody // "the supervisory boards of the two companies"
			}
			return len(l.names) == n && (l.class == entCountry || l.class == entPerson && !countryRefs[noun])
		})
	}
	if lowerAt(toks, k) != "the" || k+1 >= m.trig || k+1 >= len(toks) {
		return nil
	}
	w := toks[k+1].lower
	head := k + 2
	if numberRefs[w] > 0 && (nationRefs[lowerAt(toks, head)] || bodyKinds[lowerAt(toks, head)] != "" || lowerAt(toks, head) == "men" || lowerAt(toks, head) == "sides") {
		head++ // "The three leaders", "The two companies"
	}
	next := lowerAt(toks, head)
	if !(auxiliaries[next] || meetingVerbs[next] || isApostrophe(next) || next == "met" || next == "held" || next == "have" || next == "had") {
		return nil // "The three-day talks", "The union leaders"
	}
	e := d.bodies()
	switch {
	case numberRefs[w] > 0:
		return e.lastListWithin(m.sent, numberedReach, func(l entList) bool { return len(l.names) == numberRefs[w] })
	case nationRefs[w]:
		return e.lastList(m.sent, func(l entList) bool {
			return len(l.names) >= 2 && (l.class == entCountry || l.class == entPerson && e.titled(l.names))
		}) // "The ministers" for "Mali, Niger and Chad" or for two ministers named before
	case bodyKinds[w] != "" && plural(w):
		kind := bodyKinds[w]
		return e.lastList(m.sent, func(l entList) bool {
			return len(l.names) >= 2 && (l.class == entBody && e.allKind(l.names, kind) || l.class == entPerson && kind == "company" && !e.titled(l.names))
		}) // "Nissan Motor and Honda Motor", shaped like persons
	case bodyKinds[w] != "":
		b := e.lastOfKind(m.sent, bodyKinds[w], w)
		if b == "" {
			if l := e.lastList(m.sent, func(l entList) bool {
				return l.sent == m.sent-1 && len(l.names) == 1 && (l.class == entBody && !(bodyKinds[w] == "company" && noCompany(l.names[0])) || l.class == entPerson && !e.titled(l.names))
			}); l != nil {
				b = l[0] // "The group will hold its next meeting" after "The Gas Exporting Countries Forum agreed"
			}
		}
		if b != "" && !m.hasNamed(b) && !isCountry(b) {
			return []string{b}
		}
	}
	return nil
}

// numberedReach is how many sentences back a reference that counts its
// parties ("The two ministers", "of the three countries") looks for their
// list: the count picks the list, so it may lie further back than an
// uncounted "The ministers" may.
const numberedReach = 8

// countedRef is the count of a reference to the countries, persons or
// bodies a story listed before, written in the subject of its meeting at trig
// (toks[k:trig]) as "of the N countries" or "the N countries'": "Foreign
// ministers of the three countries will meet", "The three countries'
// vice foreign ministers last met", "the boards of the two companies";
// with the noun counted ("countries"), and 0 when there is none.
func countedRef(toks []token, k, trig int) (count int, noun string) {
	for j := k; j+2 < trig && j+2 < len(toks); j++ {
		if w := toks[j+2].lower; toks[j].lower != "the" || numberRefs[toks[j+1].lower] == 0 || !nationRefs[w] && !(bodyKinds[w] != "" && plural(w)) {
			continue
		}
		if lowerAt(toks, j+3) == "," {
			return 0, "" // "The foreign ministers of the two countries, Alvaro Restrepo and Ruben Salazar, met": named there
		}
		if lowerAt(toks, j-1) == "of" || isApostrophe(lowerAt(toks, j+3)) {
			return numberRefs[toks[j+1].lower], toks[j+2].lower
		}
	}
	return 0, ""
}

// countryRefs are the nationRefs that stand for countries only, never for
// persons: "the three countries".
var countryRefs = map[string]bool{"countries": true, "nations": true, "governments": true, "states": true, "neighbours": true, "neighbors": true}

// lastList is the names of the last list before sentence si, within three
// sentences, that fits.
func (e *entities) lastList(si int, fits func(entList) bool) []string {
	return e.lastListWithin(si, 3, fits)
}

// lastListWithin is lastList within reach sentences.
func (e *entities) lastListWithin(si, reach int, fits func(entList) bool) []string {
	for i := len(e.lists) - 1; i >= 0; i-- {
		l := e.lists[i]
		if l.sent >= si || l.sent < si-reach {
			continue
		}
		if fits(l) {
			return l.names
		}
	}
	return nil
}

// listWith is the list of bodies of sentence si that names n, nil when
// n is no body there.
func (e *entities) listWith(si int, n string) []string {
	for _, l := range e.lists {
		if l.sent == si && l.class == entBody && slices.Contains(l.names, n) {
			return l.names
		}
	}
	return nil
}

// titled reports a person of names the story gives a title.
func (e *entities) titled(names []string) bool {
	for _, p := range e.persons {
		if len(p.title) > 0 && slices.Contains(names, p.name) {
			return true
		}
	}
	return false
}

// allKind reports names of bodies one of which is of kind, or none of a
// known kind: "Barclays, HSBC and Lloyds Banking Group" for "the banks".
func (e *entities) allKind(names []string, kind string) bool {
	known := false
	for _, n := range names {
		k := e.all[e.index[n]].kind
		if k == kind || k == "company" && kind == "bank" {
			return true // a bank is a company: "Lloyds Banking Group"
		}
		known = known || k != ""
	}
	return !known
}

// lastOfKind is the last body of kind named before sentence si, within
// three sentences: of that kind by its name or an apposition ("Unite,
// Britain's largest union"), or the one body named at all.
func (e *entities) lastOfKind(si int, kind, word string) string {
	best, bestSent := "", -1
	for _, x := range e.all {
		if x.class != entBody || x.kind != kind && !(kind == "company" && x.kind == "" && word == "company" && !noCompany(x.name)) {
			continue
		}
		for _, s := range x.sents {
			if s < si && s >= si-3 && s >= bestSent {
				best, bestSent = x.name, s
			}
		}
	}
	return best
}

// kindNamed are the bodies the sentence after m's names with a kind that
// m's sentence gives in lower case (rule parties.kind-named): "Dutch rail
// unions will resume talks with the national operator on Wednesday. The
// operator, NS, and the unions FNV and VVMC failed to agree last month."
func (d *doc) kindNamed(m *mention) []string {
	si := m.sent + 1
	if si >= len(d.toks) || d.ownMeeting(si) {
		return nil
	}
	kinds := map[string]bool{}
	toks := d.toks[m.sent]
	for i, t := range toks {
		if !t.word || t.cap {
			continue
		}
		if k := bodyKinds[t.lower]; k != "" && !speakerNouns[lowerAt(toks, i+1)] && !reporting(lowerAt(toks, i+1)) {
			kinds[k] = true // not "a company spokesman said"
		}
	}
	if len(kinds) == 0 || !kindBesideName(d.toks[si], kinds) {
		return nil // most stories: no table to build
	}
	e := d.bodies()
	var out []string
	for _, l := range e.lists {
		if l.sent != si || l.class != entBody {
			continue
		}
		for _, n := range l.names {
			if k := e.all[e.index[n]].told; k != "" && kinds[k] && !m.hasNamed(n) {
				out = append(out, l.names...) // the kind said of one names the list: "the unions FNV and VVMC"
				break
			}
		}
	}
	return out
}

// kindBesideName reports a lower-case word of one of kinds right before or
// after a capitalised word (or its comma): "The operator, NS", "the unions
// FNV".
func kindBesideName(toks []token, kinds map[string]bool) bool {
	for i, t := range toks {
		if k := bodyKinds[t.lower]; k == "" || !kinds[k] || t.cap {
			continue
		}
		for _, j := range []int{i - 1, i + 1, i + 2} {
			if j >= 0 && j < len(toks) && toks[j].cap && toks[j].word {
				return true
			}
		}
	}
	return false
}
