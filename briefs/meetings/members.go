package meetings

import "strings"

// Who a meeting is of: the members its own name states ("a meeting of the
// Cairns Group", "a wider meeting of finance ministers from the Group of
// Seven"), and the members a neighbouring sentence lists for the body that
// meets ("The committee is made up of the oil ministers of Saudi Arabia,
// Kuwait, ...").

// ofMember reports a name right after "meeting of [the]": the body whose
// meeting it is, when it names an organisation, a group or a country
// (not "the Working Group on Military Cooperation", a topic-named body the
// meeting is of but whose members the name does not say).
func ofMember(toks []token, m *mention, c chunk) bool {
	if m.verb || lowerAt(toks, m.trig+1) != "of" {
		return false
	}
	k := m.trig + 2
	if lowerAt(toks, k) == "the" {
		k++
	}
	if c.start != k || listsMembers(toks, c) {
		return false // "a working dinner of the G-5 countries - U.S., U.K., ...": the members are the parties
	}
	name := stripTitles(c.text)
	last := strings.ToLower(lastWord(name))
	if companyMeetingWords[lowerAt(toks, m.trig-1)] && toks[c.start].cap && (c.end-c.start > 1 || isAcronym(name)) {
		return true // "The next board meeting of Baltic Bulk Carriers", "the annual general meeting of Kestrel Mining"
	}
	if head, _, ok := strings.Cut(name, " of "); ok && orgWords[strings.ToLower(lastWord(head))] {
		return true // "a meeting of the Cattle Council of Australia": the body's word before its "of"
	}
	return isAcronym(name) || isCountry(name) || orgWords[last] || groupOf[last] || groupNouns[last] || strings.HasPrefix(strings.ToLower(name), "group of ")
}

// statesMembers reports a meeting whose name says by name who meets:
// "meeting of" followed by a name, directly or after the kind of its
// people ("a meeting of the Cairns Group", "a wider meeting of finance
// ministers and central bankers from the Group of Seven"; not "next
// month's meeting of finance ministers", whose ministers are those named
// before).
func statesMembers(toks []token, m *mention) bool {
	if m.verb || lowerAt(toks, m.trig+1) != "of" {
		return false
	}
	people := false
	for k := m.trig + 2; k < len(toks) && k <= m.trig+10; k++ {
		switch t := toks[k]; {
		case t.cap && t.word:
			return k == m.trig+2 || lowerAt(toks, k-1) == "the" && k == m.trig+3 || people
		case groupNouns[t.lower] || delegationWords[t.lower] || t.lower == "bankers":
			people = true
		case t.lower == "the" || t.lower == "and" || t.lower == "from" || t.lower == "of" || nameModifiers[t.lower] || t.lower == "central":
		default:
			return false // "negotiation of a new contract on Friday"
		}
	}
	return false
}

// memberVerbs open a list of a body's members: "is made up of", "comprises".
var memberVerbs = map[string]bool{
	"comprises": true, "comprise": true, "includes": true, "include": true, "groups": true,
	"consists": true, "made": true, "composed": true,
}

// memberList are the members sentence si lists for the body of kind noun
// that opens it: "The committee is made up of the oil ministers of Saudi
// Arabia, Kuwait, Nigeria, Venezuela and Indonesia."
func (d *doc) memberList(si int, noun string) []string {
	toks := d.toks[si]
	if noun == "" {
		return nil
	}
	if v := makeUp(toks, noun); v > 0 {
		return d.namesBefore(si, v) // "Saudi Arabia, Kuwait, ... and Qatar make up the GCC's oil committee"
	}
	if w := lowerAt(toks, 0); w != "the" && w != "its" {
		return nil
	}
	v := itsMembersAre(toks)
	if v < 0 {
		k := 1
		for n := 0; n < 5 && k < len(toks) && toks[k].lower != noun && (toks[k].word && !toks[k].cap || toks[k].lower == "-"); n++ {
			k++ // "The five-member committee", "The eight-nation committee"
		}
		if lowerAt(toks, k) != noun {
			return nil
		}
		if v = memberVerbAfter(toks, k+1); v < 0 {
			return nil
		}
	}
	var out []string
	var prev *chunk
	for _, c := range d.chunks(si) {
		if c.start <= v {
			continue
		}
		if prev == nil && !listOpens(toks, v+1, c.start) || prev != nil && !listJoined(toks, *prev, c) {
			break // "groups eight member states and was set up at the Geneva conference": no list of names
		}
		prev = &c
		if cs := countriesOf(toks, c); len(cs) > 0 {
			out = append(out, cs...)
			continue
		}
		if n := d.stripped(c.text); n != "" && !d.isDatelinePlace(n) {
			out = append(out, d.expand(n))
		}
	}
	return out
}

// listOpens reports the words between a verb listing members and the first
// name, tokens [j, k), as the kind of members only: "made up of the foreign
// ministers of" and not "eight member states and was set up at the".
func listOpens(toks []token, j, k int) bool {
	if k-j > 8 {
		return false
	}
	for ; j < k; j++ {
		if w := toks[j].lower; !toks[j].word || w == "and" || w == "was" || auxiliaries[w] || w == "at" || w == "in" || w == "to" || w == "by" {
			return false
		}
	}
	return true
}

// memberVerbAfter is the token of the verb listing members that follows the
// body's noun at token k, -1 when none does: "is made up of", ", which
// includes", ", chaired by Nigerian oil minister Bello Adamu, also
// groups".
func memberVerbAfter(toks []token, k int) int {
	if lowerAt(toks, k) == "," {
		if lowerAt(toks, k+1) == "which" {
			k += 2
		} else {
			k = clauseEnd(toks, k+1, 12) + 1 // past ", chaired by X,"
		}
	}
	for n := 0; n < 3 && (auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "was" || lowerAt(toks, k) == "also"); n++ {
		k++
	}
	if k <= 0 || !memberVerbs[lowerAt(toks, k)] {
		return -1
	}
	return k
}

// clauseEnd is the token of the comma that closes a clause opened at token
// k, looking at most n tokens on; -1 when none does.
func clauseEnd(toks []token, k, n int) int {
	for j := k; j < len(toks) && j < k+n; j++ {
		switch toks[j].lower {
		case ",":
			return j
		case ".", ";":
			return -1
		}
	}
	return -1
}

// itsMembersAre is the verb's token of a sentence that opens "Its members
// are" or "Its members include", -1 for any other sentence: the members of
// the body that meets in the sentence before.
func itsMembersAre(toks []token) int {
	if lowerAt(toks, 0) != "its" || lowerAt(toks, 1) != "members" {
		return -1
	}
	if w := lowerAt(toks, 2); w == "are" || w == "were" || w == "include" {
		return 2
	}
	return -1
}

// bodyNounOf is the kind of body that meets in mention m's sentence: "A
// committee of five OPEC oil ministers will meet" -> "committee".
func bodyNounOf(toks []token, m *mention) string {
	for k := max(m.nameStart-8, 0); k <= m.trig+3 && k < len(toks); k++ {
		if w := toks[k].lower; !toks[k].cap && (bodyNouns[w] || w == "group" || w == "delegation") {
			return w
		}
	}
	return ""
}

// affiliation reports a body named as the post of a person set just before
// it: "Yuko Kurihara, director-general of Japan's Defence Agency". The
// person takes part; the body is how the text describes them.
func affiliation(toks []token, c chunk) bool {
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	} else if lowerAt(toks, k) == "s" && isApostrophe(lowerAt(toks, k-1)) && k >= 2 && toks[k-2].cap {
		k -= 3 // "of Japan's"
	}
	if lowerAt(toks, k) != "of" {
		return false
	}
	j, titled := k-1, false
	for n := 0; n < 5 && j > 0 && (toks[j].word && !toks[j].cap || toks[j].lower == "-"); n++ {
		titled = titled || titleWords[toks[j].lower]
		j--
	}
	return titled && lowerAt(toks, j) == "," && j > 0 && toks[j-1].cap && toks[j-1].word
}

// portfolioOf reports a title "of" a portfolio among tokens [j, k): the
// "and" at k joins the portfolio's fields ("Minister of Foreign Economic
// Relations and Trade").
func portfolioOf(toks []token, j, k int) bool {
	for i := j; i < k-1; i++ {
		if toks[i].lower == "of" {
			return i > j && titleWords[toks[i-1].lower] && !orgWords[toks[i-1].lower]
		}
	}
	return false
}

// genericRanks open a group of people without naming it: "Senior
// officials", "Some delegates".
var genericRanks = map[string]bool{
	"senior": true, "top": true, "leading": true, "some": true, "many": true, "several": true, "other": true,
	"all": true, "both": true, "government": true, "the": true, "these": true, "those": true, "most": true,
}

// peopleNouns end a group of people that stands as a party by its kind:
// "farm leaders", "union representatives".
var peopleNouns = map[string]bool{
	"leaders": true, "representatives": true, "negotiators": true, "executives": true, "delegates": true, "unions": true,
}

// subjectGroup is a lowercase group that opens the sentence as the subject
// of meeting verb m: "Farm leaders from the Midwest will meet Agriculture
// Secretary Richard Lyng"; its token and text, or -1 when none.
func (d *doc) subjectGroup(m *mention) (int, string) {
	if !m.verb {
		return -1, ""
	}
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if g := lowerOf(toks, k, m.trig); g > k {
		return k + 3, sliceText(d.runes, toks[k+3].start, toks[g-1].end) // "Leaders of the opposition parties will meet"
	}
	if k+2 > m.trig || !kindGroupOpener(toks[k]) {
		return -1, ""
	}
	g := toks[k+1]
	if !g.word || g.cap || !peopleNouns[g.lower] || titleWords[toks[k].lower] {
		return -1, "" // not "Finance ministers", "Rubber producers": named elsewhere
	}
	if lowerAt(toks, k+2) == "of" {
		return -1, "" // "Foreign ministers of the EC": the EC meets
	}
	for j := k + 2; j < m.trig; j++ {
		if w := toks[j].lower; w == "," || reporting(w) || w == "that" || w == "and" {
			return -1, ""
		}
	}
	return k, sliceText(d.runes, toks[k].start, g.end)
}

// representedBy reports a sentence saying who stands for a side: "Spain
// will be represented by Agriculture Minister Carlos Romero and Morocco by
// ...".
func representedBy(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower == "represented" && toks[k+1].lower == "by" {
			return true
		}
	}
	return false
}

// amongAttending are the persons sentence si lists as attending: "Among
// those attending will be British Prime Minister Margaret Thatcher and
// Indian Prime Minister Rajiv Gandhi".
func (d *doc) amongAttending(si int) []string {
	toks := d.toks[si]
	if lowerAt(toks, 0) != "among" || lowerAt(toks, 1) != "those" {
		return nil
	}
	switch lowerAt(toks, 2) {
	case "attending", "present", "taking", "expected", "invited":
	default:
		return nil
	}
	var out []string
	for _, c := range d.chunks(si) {
		if c.start < 3 {
			continue
		}
		if lowerAt(toks, c.start-1) == "," && (lowerAt(toks, c.start-2) == "who" || relativeWord(lowerAt(toks, c.start-1))) {
			break
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) || d.titledWord(si, n) {
			out = append(out, n)
		}
		if w := lowerAt(toks, c.end); w == "," && relativeWord(lowerAt(toks, c.end+1)) || w == "." {
			break // ", who differ sharply over sanctions against South Africa"
		}
	}
	return out
}

// bodyOfficer is the officer of the meeting's body that sentence si opens
// with: "The agency's executive director, Helga Steeg, will present a
// report" after the agency's governing board meeting.
func (d *doc) bodyOfficer(si int, noun string) []string {
	toks := d.toks[si]
	if lowerAt(toks, 0) != "the" || lowerAt(toks, 1) == "" || !isApostrophe(lowerAt(toks, 2)) || lowerAt(toks, 3) != "s" {
		return nil
	}
	kind := toks[1].lower
	if kind != noun && !(noun == "board" || noun == "council" || noun == "committee") || !orgWords[kind] && !bodyNouns[kind] {
		return nil // "The agency's", "The committee's": the body that meets or the one that owns it
	}
	k, titled := 4, false
	for k < len(toks) && toks[k].word && !toks[k].cap {
		titled = titled || isTitleWord(toks[k].lower)
		k++
	}
	if !titled || lowerAt(toks, k) != "," {
		return nil
	}
	for _, c := range d.chunks(si) {
		if c.start == k+1 {
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				return []string{n}
			}
		}
	}
	return nil
}

// publicKinds end the names of public bodies, whose boards are no company's:
// "the International Energy Agency's governing board".
var publicKinds = map[string]bool{
	"agency": true, "organisation": true, "organization": true, "fund": true, "council": true, "commission": true,
	"community": true, "association": true, "federation": true, "ministry": true, "department": true,
	"government": true, "authority": true, "nations": true, "union": true,
}

// publicBody reports a public body's name: its board meeting lists those
// who take part, not the body alone.
func publicBody(name string) bool {
	return publicKinds[strings.ToLower(lastWord(name))]
}

// memberGroups end a lowercase group of bodies: "the opposition parties".
var memberGroups = map[string]bool{"parties": true, "unions": true, "groups": true, "associations": true,
	"workers": true, "employees": true, "miners": true, "farmers": true, "doctors": true, "teachers": true}

// lowerOf reads "Leaders of the opposition parties" opening a sentence at
// token k, before the meeting verb at h: the token after the group's name,
// k when there is none.
func lowerOf(toks []token, k, h int) int {
	if !peopleNouns[lowerAt(toks, k)] && lowerAt(toks, k) != "members" || lowerAt(toks, k+1) != "of" || lowerAt(toks, k+2) != "the" {
		return k
	}
	for j := k + 3; j < h && j < k+6; j++ {
		if !toks[j].word || toks[j].cap {
			return k
		}
		if memberGroups[toks[j].lower] {
			return j + 1
		}
	}
	return k
}

// kindSubject is the body a bare kind stands for as the subject of meeting
// verb m: "The union will meet Ford management again on Friday" after "The
// Transport and General Workers Union rejected ...".
func (d *doc) kindSubject(m *mention) []string {
	toks, k := d.verbSubject(m)
	if k >= 4 && lowerAt(toks, k-1) == "the" && lowerAt(toks, k-2) == "and" && lowerAt(toks, k-4) == "the" {
		// "The company and the union last met in March"
		a, b := d.bodyOfKind(m.sent, lowerAt(toks, k-3)), d.bodyOfKind(m.sent, lowerAt(toks, k))
		if a != "" && b != "" && a != b {
			return []string{a, b}
		}
		return nil
	}
	if b := d.oneKindSubject(toks, k, m.sent); b != "" {
		return []string{b}
	}
	return nil
}

// oneKindSubject is the body one bare kind at token k of sentence si
// stands for as a subject.
func (d *doc) oneKindSubject(toks []token, k, si int) string {
	kind := lowerAt(toks, k)
	if k < 1 || toks[k].cap || !orgWords[kind] && !blocWords[kind] || bodyNouns[kind] || lowerAt(toks, k-1) != "the" {
		return "" // the committee, the board: recentBody and the owner rules
	}
	if blocWords[kind] {
		return d.recentBody(si) // "ASEAN economic ministers ended a meeting. The bloc will hold talks"
	}
	return d.bodyOfKind(si, kind)
}

// verbSubject is the sentence of meeting verb m and the last token of its
// subject (-1 when m is a noun): "The union will meet" -> "union".
func (d *doc) verbSubject(m *mention) ([]token, int) {
	toks := d.toks[m.sent]
	switch {
	case m.verb:
		return toks, subjectEnd(toks, m.trig)
	case holdVerbs[lowerAt(toks, m.nameStart-1)]:
		return toks, subjectEnd(toks, m.nameStart-1) // "The bloc will hold talks"
	}
	return nil, -1
}

// weSpeaker are the speaker of a quoted "We will meet ..." and the body
// named before the speaker's title: "\"We will meet the unions on Tuesday,\"
// British Coal chairman Sir Robert Haslam told reporters."
func (d *doc) weSpeaker(m *mention) []string {
	toks, k := d.verbSubject(m)
	if k < 0 || toks[k].lower != "we" || k > 0 && !isQuote(toks[k-1].lower) {
		return nil
	}
	for _, c := range d.chunks(m.sent) {
		if c.start <= m.trig || !reporting(lowerAt(toks, c.end)) {
			continue
		}
		var out []string
		for _, o := range d.chunks(m.sent) {
			if o.end < c.start && o.end >= c.start-2 && o.start > m.trig && isTitleWord(lowerAt(toks, o.end)) {
				out = append(out, o.text) // "British Coal chairman"
			}
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) {
			out = append(out, n)
		}
		return out
	}
	return nil
}

func isQuote(w string) bool { return w == "\"" || w == "“" || w == "'" || w == "‘" }

// makeUp is the token of "make up", "form" or "constitute" whose object is
// the body of kind noun: "... and Qatar make up the Gulf Cooperation
// Council's oil committee"; 0 when none.
func makeUp(toks []token, noun string) int {
	for k := 1; k < len(toks); k++ {
		switch toks[k].lower {
		case "make", "form", "constitute":
			if toks[k].lower == "make" && lowerAt(toks, k+1) != "up" {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+12; j++ {
				if toks[j].lower == noun {
					return k
				}
			}
		}
	}
	return 0
}

// namesBefore are the parties sentence si lists before token v.
func (d *doc) namesBefore(si, v int) []string {
	toks := d.toks[si]
	var out []string
	for _, c := range d.chunks(si) {
		if c.end > v {
			break
		}
		if n := d.stripped(c.text); n != "" && (!d.isDatelinePlace(n) || isCountry(n)) {
			out = append(out, d.expand(n)) // "KUWAIT - Saudi Arabia, Kuwait and Qatar make up ...": the country
		}
	}
	if len(out) < 2 || lowerAt(toks, v-1) == "," {
		return nil // a list of members, not one subject
	}
	return out
}

// namesOwnBody reports a meeting whose name holds the body that meets:
// "the UNCTAD conference", "a Group of Seven meeting".
func namesOwnBody(toks []token, m *mention) bool {
	if m.verb {
		return false
	}
	for k := m.nameStart; k < m.trig; k++ {
		if t := toks[k]; t.cap && t.word && (isAcronym(t.text) && len(t.text) > 2 && !romanNumeral(t.text) || orgWords[t.lower]) {
			return true
		}
	}
	return false
}

// blocWords stand for the organisation named before whatever its name:
// "The bloc will hold talks".
var blocWords = map[string]bool{"bloc": true, "grouping": true, "cartel": true, "alliance": true, "organisation": true, "organization": true}

// bothAttend are the persons "Both" or "The two" stand for when they open
// sentence si as the subject of attending: "Nigel Lawson and Robin
// Leigh-Pemberton arrived here today. Both will attend the IMF Interim
// Committee meeting".
func (d *doc) bothAttend(si int) []string {
	toks := d.toks[si]
	k := 0
	switch {
	case lowerAt(toks, 0) == "both":
		k = 1
	case lowerAt(toks, 0) == "the" && lowerAt(toks, 1) == "two" && !toks[2].cap:
		k = 3
	default:
		return nil
	}
	for n := 0; n < 2 && auxiliaries[lowerAt(toks, k)]; n++ {
		k++
	}
	if w := lowerAt(toks, k); w != "attend" && w != "join" && w != "address" || si == 0 {
		return nil
	}
	var out []string
	for _, c := range d.chunks(si - 1) {
		if n := d.expand(d.stripped(c.text)); isPersonName(n) {
			out = append(out, n)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// nameBodies are the organisations the meeting's own name holds: "the IMF
// Interim Committee meeting" -> "IMF Interim Committee".
func (d *doc) nameBodies(m *mention) []string {
	var out []string
	for _, c := range d.chunks(m.sent) {
		if c.start >= m.nameStart && c.end <= m.trig && isOrg(c.text) {
			out = append(out, c.text)
		}
	}
	return out
}

// invitedToAppear are the persons sentence si says a body invited to appear
// before it: "has invited Revenue Secretary Arvind Shrivastava to appear
// before it".
func (d *doc) invitedToAppear(si int) []string {
	toks := d.toks[si]
	var out []string
	for _, c := range d.chunks(si) {
		if lowerAt(toks, c.start-1) != "invited" && lowerAt(toks, c.start-1) != "summoned" || lowerAt(toks, c.end) != "to" {
			continue
		}
		switch lowerAt(toks, c.end+1) {
		case "appear", "testify", "attend", "depose":
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// kindAlike are the kinds of name a bare kind may stand for: "the union"
// for "the International Association of Machinists".
var kindAlike = map[string]map[string]bool{
	"union":  {"association": true, "federation": true, "brotherhood": true, "workers": true},
	"agency": {"administration": true, "authority": true},
}

// openingGroup is a group of people named by its kind alone that opens the
// sentence as the subject of meeting m, a verb or a meeting held (rule
// parties.sentence): "State and territory leaders will meet the prime
// minister", "Opposition parties will hold talks in Canberra", "Consumer
// countries are expected to hold their own coordination meeting"; its
// token and text, or -1 when none. Not a group a nationality or a region
// names ("Japanese officials" are Japan), nor a title's people ("Finance
// ministers"), nor one of a body ("Foreign ministers of the EC").
func (d *doc) openingGroup(m *mention) (int, string) {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if k >= m.trig || !kindGroupOpener(toks[k]) {
		return -1, ""
	}
	var e int // the group's end; a group of one word is left to the opener rules ("Producers met separately")
	switch {
	case k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && openingHeads[toks[k+1].lower] && !titleWords[toks[k].lower]:
		e = k + 2 // "Opposition parties"
	case lowerAt(toks, k+1) == "and" && k+3 < len(toks) && toks[k+2].word && !toks[k+2].cap && lowerAt(toks, k+3) == "leaders" && !sideWords[toks[k].lower] && !sideWords[toks[k+2].lower]:
		e = k + 4 // "State and territory leaders"; not "Union and management leaders", two sides
	default:
		return -1, ""
	}
	if lowerAt(toks, e) == "of" || e > m.trig {
		return -1, ""
	}
	j := e
	for j < m.trig && (auxiliaries[toks[j].lower] || groupAux[toks[j].lower]) {
		j++
	}
	if j < m.trig && holdVerbs[toks[j].lower] && !m.verb {
		j++
		for j < m.trig && (determiners[toks[j].lower] || toks[j].word && !toks[j].cap) {
			j++ // "their own coordination"
		}
	}
	if j != m.trig {
		return -1, ""
	}
	return k, sliceText(d.runes, toks[k].start, toks[e-1].end)
}

// kindGroupOpener reports a capitalised word that may open a sentence's
// group named by its kind ("Farm leaders", "Opposition parties"; subjectGroup,
// openingGroup): no rank or number ("Senior officials", "Two ministers"), no
// nationality, country or region, whose people another rule names.
func kindGroupOpener(t token) bool {
	return t.word && t.cap && !genericRanks[t.lower] && numberWords[t.lower] == "" && countries[t.lower] == "" &&
		!nationalities[t.lower] && !isCountry(t.text) && !regionalAdjectives[t.lower]
}

// openingHeads end a group named by its kind at a sentence's start.
var openingHeads = map[string]bool{
	"governors": true, "premiers": true, "treasurers": true, "mayors": true, "parties": true, "countries": true,
	"producers": true, "consumers": true, "leaders": true, "unions": true, "employers": true,
}

// sideWords name one side of labour talks.
var sideWords = map[string]bool{"union": true, "unions": true, "management": true, "company": true, "employer": true, "employers": true, "industry": true}

// groupAux stand between a group and the verb it does: "are expected to".
var groupAux = map[string]bool{"were": true, "have": true, "had": true, "has": true, "be": true, "likely": true}

// companyMeetingWords name a company's or a body's own meeting before its
// noun: "board meeting of", "annual general meeting of".
var companyMeetingWords = map[string]bool{"board": true, "general": true, "shareholders": true, "directors": true}
