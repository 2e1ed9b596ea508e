package meetings

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// A merged meeting's parties: every mention's names, less places, generic
// words, initialisms of a longer name, short forms and those a person
// represents, with the company of a corporate meeting (rules parties.*).

// participants is the union of the cluster's named parties in text order;
// organisations inside the meeting's name count when no one else is named.
func (d *doc) participants(c *cluster, place string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if co := d.boardCompany(n); co != "" {
			n = co // "recommended by the Board of Directors at its meeting held on 24 February": the company's board
		}
		n = d.definedTerm(n) // "its Annual General Meeting" after `Harwell Minerals plc ("Harwell" or the "Company")`
		n = dropPostNominal(n)
		k := strings.ToLower(n)
		if seen[k] || n == "" || c.notParty(n) || namesPlace(place, n) && !hostParty(c, n) || d.namesNoParty(n) {
			return
		}
		seen[k] = true
		out = append(out, n)
	}
	listed := 0 // the names of the cluster's roster among out
	if corporate(c) && !hasProperTitle(c.mentions[0].title) {
		add(d.leadOrg())
	}
	for _, m := range c.mentions {
		add(m.owner) // "its policy meeting": the Bank of Japan takes part
		for _, n := range m.named {
			if !m.anaphoric || isPersonName(n) || d.titledWord(m.sent, n) || d.subjectOf(m, n) || slices.Contains(m.groupRefs, n) {
				add(n)
			}
		}
		for _, n := range m.sides {
			add(n)
		}
		for _, n := range c.roster {
			m.byName(n, RulePartyRoster, -1, -1)
			k := len(out)
			add(n) // "Present: Cllr J. Marsh (Chair), ..."
			listed += len(out) - k
		}
		b := nameBody(m.title)
		if b == "" && !m.verb && !(d.heldAt(m) && d.verbMeets(m.sent)) {
			b = blocBody(m.title) // the summit itself, not "the two leaders last met at the ASEAN Summit"; but "to be decided at the 48th ASEAN Summit"
		}
		if b != "" && !m.anaphoric && hasProperTitle(m.title) && !d.isDatelinePlace(b) {
			m.byName(b, RulePartyNameBody, -1, -1)
			add(b) // "The Pacific Islands Forum Leaders Meeting"
		}
	}
	for _, m := range c.mentions {
		b := ofBody(m.title)
		if h := d.headingBody(); b != "" && !strings.Contains(b, " ") && strings.EqualFold(lastWord(h), b) {
			b = h // "ordinary meeting of Council" under "KAHURANGI DISTRICT COUNCIL": that council
		}
		members := func(n string) bool { // "Present: Cllr Alan Teague (Chairman)" in a council's minutes: its own members, no other party; not a company's board, whose company the roster joins below
			return slices.Contains(c.roster, n) && !(corporate(c) && strings.HasPrefix(b, "Board"))
		}
		if b == "" || m.anaphoric || !hasProperTitle(m.title) || d.isDatelinePlace(b) || seen[strings.ToLower(b)] || strings.Contains(d.text, b+" of ") ||
			slices.ContainsFunc(out, func(n string) bool { return !strings.Contains(b, n) && !members(n) }) {
			continue // named already, or someone else is, or the body is another's ("the Working Group on Military Cooperation of India-Russia Inter-Governmental Commission")
		}
		var listedNames []string
		for _, n := range out {
			delete(seen, strings.ToLower(n)) // "Trustees", cut from "Board of Trustees" as if a title
			if members(n) {
				listedNames = append(listedNames, n)
			}
		}
		out = out[:0]
		m.byName(b, RulePartyNameBody, -1, -1)
		add(b) // "Ordinary Meeting of Westbrook City Council"
		for _, n := range listedNames {
			add(n)
		}
	}
	if len(out) == 0 && corporate(c) {
		add(d.leadOrg())
	}
	if len(out) == 0 {
		for _, m := range c.mentions {
			for _, n := range m.nameOrgs {
				if !m.anaphoric && !d.isDatelinePlace(n) && capitalOf[strings.ToLower(n)] == nil && (!strings.ContainsAny(n, " -") || isOrg(n) || isParliament(n)) && !nationalities[strings.ToLower(n)] {
					add(n) // the body named only in the meeting's name: "the annual Comecon session", not the capital of "the Bonn sessions"
				}
			}
		}
	}
	for _, m := range c.mentions {
		if _, tail := d.openingOwned(m); len(out) == 1 && tail != "" && !m.anaphoric && !isPersonName(out[0]) && !isCountry(out[0]) {
			m.byName(out[0]+" "+tail, RulePartyKindBody, -1, -1)
			out[0] += " " + tail // "The union's strike committee will meet", the union being Unite: "Unite strike committee"
		}
	}
	for _, m := range c.mentions {
		if b := d.kindBody(m); len(out) == 0 && b != "" && !m.anaphoric {
			m.byName(b, RulePartyKindBody, -1, -1)
			add(b) // "The cabinet is expected to approve the draft at its regular session on Tuesday"
		}
	}
	for _, m := range c.mentions {
		if len(dropGeneric(out)) > 0 {
			break // a party of its own: no head noun to look for (out only grows)
		}
		if b := d.headNounBody(m); b != "" {
			m.byName(b, RulePartyHeadNoun, -1, -1)
			add(b) // "The Committee's next meeting is scheduled for ..." under "Standing Committee on Finance", "Committee" alone being dropped as generic
		}
	}
	for _, m := range c.mentions {
		if len(out) > 0 {
			break
		}
		if b := d.blockBody(m); b != "" {
			m.byName(b, RuleListingBlock, -1, -1)
			add(b) // "Meeting No. 34" under the notice's "Standing Committee on Finance"
		}
	}
	for _, m := range c.mentions {
		if !m.anaphoric && (yourGroup(d.toks[m.sent], m.trig) || d.headingOwnGroup(d.toks[m.sent], m.trig)) {
			if b := d.headingBody(); b != "" && !slices.Contains(out, b) {
				m.byName(b, RulePartyHeading, -1, -1)
				add(b) // "Your branch committee met on Tuesday evening" in the bulletin of HARBOURSIDE NURSES' UNION; "Your negotiating team met Harbourside management" beside the side it met
			}
			break
		}
	}
	if len(out) == listed && (d.bareMeeting(c) || d.headingNounMeeting(c)) {
		if b := d.headingBody(); b != "" { // the body, beside its roster's members and witnesses
			c.mentions[0].byName(b, RulePartyHeading, -1, -1)
			add(b) // "The next meeting will be held on ..." in the minutes of the Audit Committee
		}
		if b := d.scheduleBody(c.mentions[0].sent); b != "" {
			c.mentions[0].byName(b, RulePartyHeading, -1, -1)
			add(b) // "Meeting 1: 10-11 February 2026" after "the schedule of Monetary Policy Committee (MPC) meetings"
		}
	}
	if m := c.mentions[0]; m.listed {
		if b := d.scheduleBody(m.sent + 1); b != "" {
			m.byName(b, RulePartyHeading, -1, -1)
			add(b) // "Meeting 1: 14-15 May 2026" under "the dates of its Monetary Policy Committee meetings", the lead
		}
	}
	if g := d.calendarGroup(c); g != "" && len(out) == 0 {
		c.mentions[0].byName(g, RulePartyHeading, -1, -1)
		add(g) // "Tue 2 Jun: Leaders' Summit, Marlborough House" under "Commonwealth week diary"
	}
	if d.chairReports(c) { // asked first: rosterChair reads every line of the text
		if ch := d.rosterChair(); ch != "" && !slices.Contains(out, ch) {
			c.mentions[0].byName(ch, RulePartyRoster, -1, -1)
			add(ch) // "The Chair reported on her meeting with the Integrated Care Board" in minutes whose roster reads "Margaret Quinlan (Chair)"
		}
	}
	if o := d.diaryOwner(); o != "" && d.ownerSpeaks(c) {
		c.mentions[0].byName(o, RulePartyDiaryOwner, -1, -1)
		add(o) // "Today I met with the Foreign Minister of Ghana" under "A note from Ambassador Ingrid Falk"
	}
	persons := false
	for _, n := range out {
		if isPersonName(n) {
			persons = true
		}
	}
	bloc := c.kind == "summit" || c.kind == "conference" // "the BRICS summit": BRICS takes part
	if !persons || bloc {
		for _, m := range c.mentions {
			if m.anaphoric {
				continue
			}
			for _, n := range m.nameOrgs {
				if isAcronym(n) || corporateName(n) && !persons {
					add(n)
				}
			}
		}
	}
	if !persons {
		for _, m := range c.mentions {
			for _, n := range m.nameSides {
				m.byName(n, RulePartyBilateral, -1, -1)
				add(n) // "The Third Japan-Philippines Vice-Ministerial Strategic Dialogue was held in Manila": the two sides meet
			}
		}
	}
	if len(out) > maxParticipants {
		out = out[:maxParticipants]
	}
	out = d.dropShortForms(splitJoinedBodies(out))
	pos := make(map[string]int, len(out))
	for _, n := range out {
		pos[n] = d.firstIndex(n)
	}
	sort.SliceStable(out, func(a, b int) bool { return pos[out[a]] < pos[out[b]] })
	out = d.dropRepresented(d.joinAndTails(c, dropInitialisms(dropGeneric(d.dropAliases(d.subBodies(c, out))))))
	out = slices.DeleteFunc(out, func(n string) bool { return n == "Government" }) // alone, no annotator lists it; "Heads of State and Government" is joined again above
	out = d.bilateralSides(c, out)
	if corporate(c) {
		if co := d.definedTerm(d.company(c, out)); co != "" && !publicBody(co) && !isCountry(co) { // not "Venezuela and its commercial bank creditors"
			keep := d.officers(c, out)
			for _, n := range out {
				if slices.Contains(c.roster, n) && !slices.Contains(keep, n) {
					keep = append(keep, n) // "Present: Dame Rosalind Pike (Chair), Anil Mehra, ..." in a board's minutes
				}
			}
			return append([]string{co}, keep...) // a company's board or shareholders: the company is the party
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// yourGroup reports a sentence that opens with "Your" or "Our" and up to
// three lower-case words before the meeting's word at trig or its verb:
// "Your branch committee met", "Our negotiating team will meet": the
// writer's own body, which a bulletin's heading names.
func yourGroup(toks []token, trig int) bool {
	k := 0
	if w := lowerAt(toks, k); w != "your" && w != "our" {
		return false
	}
	for k++; k < len(toks) && k <= 4 && k < trig; k++ {
		if !toks[k].word || toks[k].cap {
			return false
		}
	}
	return k <= 4
}

// headingOwnGroup reports a group the heading's body owns by its noun,
// before the meeting's word at trig: "the union's negotiating team met the
// Port Employers' Association" in the circular of UNITED PORT WORKERS'
// UNION; at most three lower-case words between the possessive and trig.
func (d *doc) headingOwnGroup(toks []token, trig int) bool {
	h := d.headingBody()
	if h == "" {
		return false
	}
	noun := strings.ToLower(lastWord(h))
	for k := trig - 1; k >= 2 && k >= trig-6; k-- {
		if toks[k].lower == "s" && isApostrophe(toks[k-1].lower) {
			return toks[k-2].lower == noun && lowerAt(toks, k-3) == "the" && trig-k <= 4
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
	}
	return false
}

// dropPostNominal removes the letters after a person's name: "Richard
// Marles MP" takes part as "Richard Marles".
func dropPostNominal(n string) string {
	ws := strings.Fields(n)
	if len(ws) < 3 || !postNominals[ws[len(ws)-1]] {
		return n
	}
	if p := strings.Join(ws[:len(ws)-1], " "); isPersonName(p) {
		return p
	}
	return n
}

// postNominals are the letters written after a name for a seat or an
// honour.
var postNominals = map[string]bool{
	"MP": true, "MEP": true, "MLA": true, "MSP": true, "MPP": true, "TD": true, "QC": true, "KC": true, "SC": true,
	"OBE": true, "CBE": true, "MBE": true, "KBE": true, "DBE": true, "CMG": true, "KCMG": true,
}

// namesNoParty reports a name that is no party wherever the story puts
// it: a thing the story names so (entities.go thingNames), a building, a
// lone party label, or a title's leftover field.
func (d *doc) namesNoParty(n string) bool {
	return d.ents().things[strings.ToLower(n)] || venueOrWaters(n) || loneRole(n) || agendaNumber(n) || connectorStart(n) || shoutedLabel(n) || meetingSeries(n) || meetingWordAlone(n) ||
		(commonWordParty(n) || d.dlEnd == 0 && topicPhrase(n)) && !d.toldBody(n) && !d.nameTail(n) || d.rateName(n) || capitalCity(n) || diseaseName(n) || regionName(n) || genericSittings[strings.ToLower(n)]
}

// regionName reports a province, a prefecture or a mountain range, which
// is where and never who: "Hunan Province", "Shaanxi Province", "the French
// Alps" (not "Nakuru County" or a school district, which are bodies too).
func regionName(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 || countryKey(n) != "" {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "province", "prefecture", "oblast", "governorate", "alps", "mountains":
		return true
	}
	return false
}

// diseaseName reports the name of a disease, which a meeting discusses and
// no one attends: "COVID-19", "Covid".
func diseaseName(n string) bool {
	l := strings.ToLower(n)
	return strings.HasPrefix(l, "covid") || l == "sars" || l == "ebola" || l == "mpox"
}

// agendaNumber reports an agenda item's number in Roman numerals, which
// names nobody: "IV", "VII" (not "ICC", nor the pronoun "I").
func agendaNumber(n string) bool {
	return len(n) > 1 && len(n) <= 4 && strings.Trim(n, "IVX") == ""
}

// meetingWordAlone reports a party that is a gathering's own word and
// nothing else: "MEETING" cut from a heading's "RESULT OF ANNUAL GENERAL
// MEETING", "Summit".
func meetingWordAlone(n string) bool {
	return gatheringAlone[strings.ToLower(strings.TrimSpace(n))]
}

// gatheringAlone are meeting nouns that never name a body ("Congress",
// "Assembly" and "Forum" may).
var gatheringAlone = map[string]bool{"meeting": true, "meetings": true, "session": true, "sessions": true, "summit": true,
	"talks": true, "hearing": true, "hearings": true, "conference": true, "sitting": true, "agm": true, "egm": true}

// capitalCity reports a party that is a capital city, not a country:
// "talks between Tokyo and Washington" are the governments', which the
// annotators name by their countries or their people, never by the city.
func capitalCity(n string) bool {
	_, ok := capitalOf[strings.ToLower(n)]
	return ok && !isCountry(n)
}

// rateName reports a party that the text names as a rate: "the Central
// Bank Rate (CBR)", "the benchmark Selic rate": a rate is set at a
// meeting, it takes no part in one.
func (d *doc) rateName(n string) bool {
	if len(n) > 12 || strings.Contains(n, " ") {
		return false
	}
	ln := strings.ToLower(n)
	ws := d.words
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].Lower == ln && ws[k+1].Lower == "rate" || ws[k].Lower == "rate" && ws[k+1].Lower == "(" && k+2 < len(ws) && ws[k+2].Lower == ln {
			return true
		}
	}
	return false
}

// postWords are the heads of a post that a party may be named by:
// "Minister of State for Care", "Chief Dental Officer for England".
var postWords = map[string]bool{"minister": true, "secretary": true, "president": true, "ambassador": true, "governor": true,
	"chancellor": true, "chairman": true, "chairwoman": true, "chair": true, "director": true, "commissioner": true,
	"mayor": true, "officer": true, "envoy": true, "premier": true, "king": true, "queen": true}

// topicPhrase reports a name of two words or more, each one prose writes
// in lower case (data/lowerwords.txt) or a joining word, whose last is no
// body's: a notice's agenda item or inquiry in title case, "Draft Budget",
// "Award of Contract", "Supply Chain Security", "Financial Stability",
// "Revised Estimates" (not "Federal Reserve", "Planning Commission",
// "Board of Education", whose head is a body's word).
// Only a text with no dateline is read so: a wire story's capitalised
// phrases are names.
func topicPhrase(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return false
	}
	for i, w := range ws {
		if lw := strings.ToLower(w); (i == len(ws)-1 || bodyJoins[strings.ToLower(ws[min(i+1, len(ws)-1)])]) && (orgWords[lw] || bodyWords[lw] || listedBodies[lw] || postWords[lw]) {
			return false // "Federal Reserve", "Board of Education", "Minister of State for Care": a body's or a post's head
		}
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if i > 0 && i < len(ws)-1 && bodyJoins[lw] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !proseLower[lw] || nationalities[lw] {
			return false
		}
	}
	return true
}

// toldBody reports a party the story says the kind of, so a name though a
// common word: "the unions Industri Energi and Safe", "Unite, Britain's
// largest union".
func (d *doc) toldBody(n string) bool {
	e := d.bodies()
	i, ok := e.index[n]
	return ok && e.all[i].told != ""
}

// nameTail reports a party the story writes as the last word of a longer
// name ("the United Nations Conference on Trade and Development" cut to
// "Development"): the word stands for that name, which the reader pairs
// with it, not for an agenda's or a heading's word.
func (d *doc) nameTail(n string) bool {
	for _, toks := range d.toks {
		for k := 2; k < len(toks); k++ {
			if toks[k].text == n && (toks[k-1].lower == "and" || toks[k-1].lower == "of" || toks[k-1].lower == "for") && toks[k-2].cap && toks[k-2].word {
				return true
			}
		}
	}
	return false
}

// commonWordParty reports a one-word party that is a word prose writes in
// lower case (data/lowerwords.txt), capitalised only by a heading, a list's
// first word or a longer name cut short: an agenda's "Ratification",
// "Consideration" and "Report", a calendar's "Main", the "Mass" of "Mass
// meetings". A body's word ("Cabinet",
// "Council") and a country or nationality stay.
func commonWordParty(n string) bool {
	first, size := utf8.DecodeRuneInString(n)
	if size == 0 || strings.ContainsAny(n, " -") || !unicode.IsUpper(first) || n[size:] != strings.ToLower(n[size:]) {
		return false // "Consent Agenda", "UNITE", "McLaren": a name of more words, shouted or of two capitals
	}
	l := strings.ToLower(n)
	return (proseLower[l] || imperatives[l] || roomOrPost(l) || abstractNoun(l)) && !orgWords[l] && !bodyWords[l] && !listedBodies[l] && !nationalities[l] && !countryLike(n)
}

// abstractNoun reports a word whose ending makes it an abstract noun,
// which alone names no party though a heading or a sentence's start
// capitalises it: "Preparations are complete for the summit",
// "Adjournment", a theme's "Sustainability" (lower case; a body's word such
// as "Parliament" or "Federation" stays, commonWordParty's callers asking
// first).
func abstractNoun(w string) bool {
	for _, suffix := range []string{"ation", "ations", "ment", "ments", "ity", "ities", "ness"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+3 {
			return true
		}
	}
	return false
}

// roomOrPost reports a word that names a room or building, or a post or a
// form of address, and no party on its own: "in the Pavilion", "the
// Councilor", "His Highness".
func roomOrPost(w string) bool {
	return venueWords[w] || diaryRoomWords[w] || officeHeads[w] || moreTitles[w] || roomsAndPosts[w]
}

// roomsAndPosts are rooms and posts the venue and title lexicons lack.
var roomsAndPosts = map[string]bool{
	"pavilion": true, "parlour": true, "annexe": true, "annex": true, "councilor": true, "councillor": true,
	"superintendent": true, "clerk": true, "highness": true, "majesty": true, "gov": true,
}

// imperatives open a notice's request and name no one: "Please note: the
// meeting with the ICMSA ... has been postponed", "Kindly bring ...".
var imperatives = map[string]bool{"please": true, "kindly": true}

// meetingSeriesNames are the initialisms of meetings held in a numbered
// series, which name the meeting and never a body that meets: the UN climate
// Conference of the Parties ("COP29"), the Commonwealth Heads of Government
// Meeting, the Tokyo International Conference on African Development.
var meetingSeriesNames = map[string]bool{"cop": true, "chogm": true, "ticad": true}

// meetingSeries reports a party that is a series meeting's initialism,
// with its number and the UN's prefix: "COP30", "U.N. COP29", "TICAD 9".
func meetingSeries(n string) bool {
	for _, p := range []string{"U.N. ", "UN ", "UN-", "U.N.-"} {
		n = strings.TrimPrefix(n, p)
	}
	n = strings.TrimRight(n, "0123456789 -")
	var buf [16]byte
	if b, ok := tokens.AppendLowerASCII(buf[:0], n); ok {
		return meetingSeriesNames[string(b)] // no string of its own for the lookup
	}
	return meetingSeriesNames[strings.ToLower(n)]
}

// shoutedLabel reports a heading's label written in capitals, which names
// no body: "NEGOTIATIONS UPDATE", "COMMUNIQUÉ", "MASS MEETING" (a body's
// heading keeps its body's word: "TRANSPORT WORKERS' UNION"). A shouted
// word is one prose writes in lower case (data/lowerwords.txt), unlike an
// initialism ("ASEAN") or a town ("MILLBROOK").
func shoutedLabel(n string) bool {
	ws := strings.Fields(n)
	shouted := false
	for _, w := range ws {
		w = strings.Trim(w, "'’.,")
		l := strings.ToLower(w)
		if w != strings.ToUpper(w) {
			continue // "Your" glued to the heading above it
		}
		if orgWords[l] || bodyWords[l] || listedBodies[l] {
			return false
		}
		if (utf8.RuneCountInString(w) >= 6 || utf8.RuneCountInString(w) == 5 && len(ws) > 1 && allShouted(ws)) && proseLower[l] {
			shouted = true // a common word shouted, not a name ("MILLBROOK") nor an initialism ("SAG-AFTRA", "BASIC")
		}
	}
	return shouted
}

// allShouted reports words all written in capitals: "IS HEREBY GIVEN", not
// "UNITE HERE Local 2".
func allShouted(ws []string) bool {
	for _, w := range ws {
		if w = strings.Trim(w, "'’.,"); w != strings.ToUpper(w) {
			return false
		}
	}
	return true
}

// venueOrWaters reports the name of a building, a water or a polar region,
// which is where a meeting is held or what it is about, not who takes part:
// "O'Hare International Airport", "Grand Hyatt Hotel", "Lakeshore
// Convention Centre", "Dalton City Hall", "the North Sea", "the Arctic".
// "Parliament House" is left to the place rules' judgement (a house may be
// a government: "the White House").
func venueOrWaters(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return landFeatures[strings.ToLower(n)] // "the Arctic"
	}
	last, before := strings.ToLower(ws[len(ws)-1]), strings.ToLower(ws[len(ws)-2])
	switch {
	case venueOnlyWords[last] || waterWords[last] || riverWords[last]:
		return true // "North Sea", "Snake River"
	case last == "centre" || last == "center":
		return centreKinds[before] // "Kuala Lumpur Convention Centre", not "Ghana Investment Promotion Centre"
	case last == "hall":
		return hallKinds[before] // "Dalton City Hall", not "Rebecca Hall"
	}
	return slices.ContainsFunc(ws, func(w string) bool { return strings.EqualFold(w, "hotel") }) // "Hotel Los Delfines", "Radisson Blu Hotel Kigali"
}

// riverWords end, beside placeof.go's waterWords, the names of waters that
// take part in nothing: "dams on the Snake River".
var riverWords = map[string]bool{"river": true, "lake": true, "seas": true}

// landFeatures are regions a story names alone that take part in nothing.
var landFeatures = map[string]bool{"arctic": true, "antarctic": true, "antarctica": true, "sahel": true}

// centreKinds name a centre that is a building ("Convention Centre",
// "Community Center"), unlike a body called a centre ("Investment
// Promotion Centre").
var centreKinds = map[string]bool{
	"convention": true, "conference": true, "congress": true, "community": true, "civic": true, "exhibition": true,
	"education": true, "cultural": true, "culture": true, "sports": true, "shopping": true, "events": true,
	"arts": true, "visitor": true, "visitors": true, "leisure": true, "heritage": true, "recreation": true,
	"youth": true, "trade": true, "expo": true, "media": true, "press": true,
}

// hallKinds name a hall that is a building or a room: "City Hall", "Town
// Hall", "Session Hall".
var hallKinds = map[string]bool{
	"city": true, "town": true, "village": true, "session": true, "guild": true, "concert": true, "community": true,
	"memorial": true, "civic": true, "church": true, "parish": true, "county": true, "assembly": true, "exhibition": true,
	"banquet": true, "conference": true, "lecture": true, "sports": true, "function": true, "council": true, "great": true,
	"main": true, "festival": true, "market": true, "drill": true, "masonic": true, "municipal": true,
}

// loneRole reports a one-word party label that stands for a person the
// text does not name: "the panel's top Democrat" (a title word alone is
// often a body a text names so, "the Cabinet", and stays).
func loneRole(n string) bool {
	l := strings.ToLower(n)
	return l == "democrat" || l == "republican"
}

// connectorStart reports the rest of a title's field left over from a
// longer one: "and International Cooperation" of "the Minister of Foreign
// Affairs and International Cooperation of the Republic of Rwanda".
func connectorStart(n string) bool {
	first, _, _ := strings.Cut(n, " ")
	return first == "and" || first == "of" || first == "for"
}

// venueOnlyWords end the names of buildings that name no one.
var venueOnlyWords = map[string]bool{
	"airport": true, "hotel": true, "auditorium": true, "stadium": true, "arena": true, "castle": true, "building": true,
	"theatre": true, "theater": true, "library": true, "lounge": true, "pavilion": true,
	"room": true, "boardroom": true, "clubhouse": true,
}

// heldAt reports a meeting's name after "at" or "during": the gathering
// another meeting is held at ("last met at the ASEAN Summit").
func (d *doc) heldAt(m *mention) bool {
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	w := lowerAt(toks, k)
	return w == "at" || w == "during" || w == "of" && lowerAt(toks, k-1) == "sidelines"
}

// verbMeets reports a meeting told by its verb in sentence si: "Boluarte
// and Petro last met at the Pacific Alliance summit".
func (d *doc) verbMeets(si int) bool {
	return slices.ContainsFunc(d.mentions, func(m *mention) bool { return m.sent == si && m.verb })
}

// hostParty reports a cluster placed by its host n (place.host): "Kuwait
// will host the summit" places it in Kuwait, and Kuwait takes part.
func hostParty(c *cluster, n string) bool {
	for _, m := range c.mentions {
		if w, ok := m.why[FieldPlace]; ok && w.rule == RulePlaceHost && strings.EqualFold(m.place, n) {
			return true
		}
	}
	return false
}

// namesPlace reports a name the meeting's place already says ("Brussels"
// for a meeting in Brussels); a country inside a city's name is still a
// party ("Mexico" for talks in Mexico City), and so is a body whose room
// the place is ("Cabinet" in the "Cabinet Room").
func namesPlace(place, n string) bool {
	lp, ln := strings.ToLower(place), strings.ToLower(strings.TrimSuffix(n, ".")) // "Block C." closing its line
	if place == "" || !strings.Contains(lp, ln) {
		return false
	}
	if next, _, _ := strings.Cut(strings.TrimSpace(lp[strings.Index(lp, ln)+len(ln):]), " "); roomWords[strings.Trim(next, ",.")] && !bareBodyWord(ln) {
		return false // "Cabinet" meeting in the "Cabinet Room": the body's room, the body a party
	}
	if !isCountry(n) {
		return true
	}
	for _, part := range strings.Split(lp, ",") {
		if strings.TrimSpace(part) == ln {
			return true // "Suva, Fiji"
		}
	}
	return false
}

// bareBodyWord reports a name that is only a body's common word,
// "council", "committee": it names no body of its own ("Council" of the
// "Council Chambers" is left to the heading's "Port Alden City Council").
func bareBodyWord(ln string) bool {
	return !strings.Contains(ln, " ") && bodyWords[ln] && ln != "cabinet" && ln != "senate"
}

// subjectOf reports whether n is the subject of the sentence of mention m
// that refers back to a meeting: "The United States and the European
// Community presented rival plans at the meeting" (said before the
// meeting's words, with no verb of saying between).
func (d *doc) subjectOf(m *mention, n string) bool {
	at, ok := m.namedAt[n]
	if !ok || at >= m.nameStart {
		return false
	}
	toks := d.toks[m.sent]
	for k := 0; k < m.nameStart && k < len(toks); k++ {
		if reporting(toks[k].lower) {
			return false
		}
	}
	return true
}

// dropGeneric drops a party named by a bare kind of body or group: "the
// Commission", "Ministers" say no more than the meeting already does.
func dropGeneric(names []string) []string {
	var out []string
	for _, n := range names {
		if lw := strings.ToLower(n); !strings.Contains(lw, " ") && (orgWords[lw] || delegationWords[lw] || groupNouns[lw]) &&
			!homeBodies[lw] && lw != "congress" && lw != "senate" && lw != "presidium" {
			continue
		}
		if localPost(n) || quantifiedGroup(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// quantifiedGroup reports a lowercase group named by how many or which of them
// took part, not who they are: "both delegations", "several leaders", "six
// leaders", "most delegates", "with representatives", "the next committee"
// of "the next committee meeting", "last government" of "the last
// government-level talks".
func quantifiedGroup(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 || ws[0] != strings.ToLower(ws[0]) {
		return false
	}
	return quantifierWords[ws[0]] || numberWords[ws[0]] != "" || len(ws) == 2 && seriesWord(ws[0])
}

// quantifierWords open a group by its count or share.
var quantifierWords = map[string]bool{"both": true, "several": true, "most": true, "some": true, "many": true, "few": true,
	"other": true, "all": true, "with": true, "various": true, "numerous": true}

// localPost reports a local government's officer named by the post alone,
// whom a notice points readers to and who is no party: "the City Clerk",
// "Town Manager", "County Attorney".
func localPost(n string) bool {
	ws := strings.Fields(strings.ToLower(n))
	return len(ws) == 2 && (ws[0] == "city" || ws[0] == "town" || ws[0] == "county" || ws[0] == "village" || ws[0] == "borough") && localPosts[ws[1]]
}

// localPosts are a council's officers.
var localPosts = map[string]bool{"clerk": true, "manager": true, "attorney": true, "solicitor": true, "engineer": true, "treasurer": true, "secretary": true, "administrator": true, "planner": true}

// dropInitialisms keeps one written form of a party named twice: "Group of
// Seven" and "G-7", "International Monetary Fund" and "IMF"; an initialism
// of a longer name's last words gives way to it ("MPC" to "Reserve Bank of
// India Monetary Policy Committee").
func dropInitialisms(names []string) []string {
	var out []string
	for _, n := range names {
		dup := false
		for i, k := range out {
			if compassInitialism(n, k) {
				out[i], dup = n, true // "ASEAN", as the scorer's initialisms do not spell "Southeast" in two
			}
			if isAcronym(k) && !strings.Contains(k, " ") && strings.Contains(n, " ") && spellsTail(k, n) {
				out[i], dup = n, true // "MPC" named before "Reserve Bank of India Monetary Policy Committee"
			}
			dup = dup || initialismOf(n, k) || initialismOf(k, n) || compassInitialism(k, n) ||
				isAcronym(n) && !strings.Contains(n, " ") && strings.Contains(k, " ") && spellsTail(n, k)
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// compassInitialism reports an initialism that spells a compass word as two
// letters: "ASEAN" for "Association of Southeast Asian Nations".
func compassInitialism(short, long string) bool {
	if !isAcronym(short) || !strings.Contains(long, " ") {
		return false
	}
	if !strings.Contains(long, "east") && !strings.Contains(long, "west") {
		return false // no compass word to spell out: the replacer would change nothing
	}
	spelt := compassSpelling.Replace(long)
	return spelt != long && initialismOf(short, spelt)
}

// compassSpelling spells a compass word as two (compassInitialism); made once,
// not at each call.
var compassSpelling = strings.NewReplacer("Southeast", "South East", "Southwest", "South West", "Northeast", "North East", "Northwest", "North West")

// company is the company whose board or shareholders meet: the owner a
// possessive names ("its board"), the company the story leads with, else
// the first party that is no person.
func (d *doc) company(c *cluster, parties []string) string {
	for _, m := range c.mentions {
		if co := d.boardCompany(m.owner); co != "" {
			return co // "the Board of Directors at its meeting": the company's
		}
		if m.owner != "" {
			return d.definedTerm(m.owner)
		}
	}
	if o := d.leadOrg(); o != "" {
		return o
	}
	for _, m := range c.mentions {
		for _, ch := range d.chunks(m.sent) {
			if ch.start >= m.nameStart && ch.end <= m.skipEnd && corporateName(d.withSuffix(m.sent, ch)) {
				co := d.withSuffix(m.sent, ch)
				if i := strings.LastIndex(co, " of "); i >= 0 {
					co = co[i+4:] // "the Annual General Meeting of Shareholders of Nordlicht AG"
				}
				return strings.TrimPrefix(co, "the ")
			}
		}
		if _, co, ok := strings.Cut(m.title, " of "); ok && corporateName(co) {
			return strings.TrimPrefix(co, "the ") // "the Annual General Meeting of Kestrel Mining Limited"
		}
	}
	if o := d.headingCompany(); o != "" {
		return o // "Norsk Aluminium ASA - Financial calendar 2026" over "Annual General Meeting: 14 May 2026, Oslo"
	}
	for _, p := range parties {
		if !isPersonName(p) {
			if _, rest, ok := strings.Cut(p, " of "); ok && groupNouns[strings.ToLower(strings.Fields(p)[0])] && strings.Contains(rest, " ") {
				return rest // "Directors of Pacific Gas and Electric Co"; not "Trustees" of "Board of Trustees", the body itself
			}
			return p
		}
	}
	return ""
}

// dropShortForms drops a name that is a word of a longer one ("Saddam"
// beside "Saddam Hussein"), unless the text joins them as two parties
// ("Reagan and Nancy Reagan").
func (d *doc) dropShortForms(names []string) []string {
	var out []string
	for _, n := range names {
		short := false
		for _, o := range names {
			if o != n && len(o) > len(n) && containsWord(o, n) &&
				!strings.Contains(d.text, n+" and "+o) && !strings.Contains(d.text, o+" and "+n) {
				short = true
				break
			}
			if nick := nicknames[strings.ToLower(n)]; nick != "" && strings.Contains(strings.ToLower(o), nick) {
				short = true // "Fed" beside "U.S. Federal Reserve"
				break
			}
		}
		if !short {
			out = append(out, n)
		}
	}
	return out
}

// splitJoinedBodies parts a party that joins two whole bodies with "and":
// "International Monetary Fund and World Bank" of "the annual meetings of
// the International Monetary Fund and World Bank" is two parties; not
// "Food and Agriculture Organization", whose first half is no body.
func splitJoinedBodies(names []string) []string {
	var out []string
	for _, n := range names {
		l, r, ok := strings.Cut(n, " and ")
		r = strings.TrimPrefix(r, "the ")
		if ok && wholeBody(l) && wholeBody(r) && !strings.Contains(r, " and ") {
			out = append(out, l, r)
			continue
		}
		out = append(out, n)
	}
	return out
}

// wholeBody reports a name that is a body by itself: an initialism, or
// capitalised words ending in a body's word ("World Bank", "IMF").
func wholeBody(n string) bool {
	ws := strings.Fields(n)
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 {
		return isAcronym(n)
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) && w != "of" && w != "for" {
			return false
		}
	}
	return orgWords[strings.ToLower(ws[len(ws)-1])]
}

// nicknames are a body's short names that share no word with its name,
// with a part of the full name: "the Fed" is the Federal Reserve's.
var nicknames = map[string]string{"fed": "federal", "bundesbank": "deutsche bundesbank", "ecb": "european central bank"}

// containsWord reports whether w occurs in s as whole words.
func containsWord(s, w string) bool {
	return strings.HasPrefix(s, w+" ") || strings.HasSuffix(s, " "+w) || strings.Contains(s, " "+w+" ")
}

// corporate reports whether any mention of c is a company's meeting.
func corporate(c *cluster) bool {
	for _, m := range c.mentions {
		if m.corporate {
			return true
		}
	}
	return false
}

// leadOrg is the company a wire story is about: the first name of its
// first sentence when a verb of saying or a ticker follows it.
func (d *doc) leadOrg() string {
	if len(d.sents) == 0 {
		return ""
	}
	toks := d.toks[0]
	chunks := d.chunks(0)
	if len(chunks) == 0 {
		return ""
	}
	c := chunks[0] // only the sentence's first name can be its subject
	if n := d.stripped(c.text); n != c.text && isPersonName(n) {
		return "" // "Investor Carl Icahn said he will seek seats at USX Corp's annual meeting"
	}
	if nx := lowerAt(toks, c.end); nx == "said" || nx == "<" || nx == "says" || nx == "has" || nx == "management" ||
		isApostrophe(nx) && corporateName(c.text) && (lowerAt(toks, c.end+2) == "board" || lowerAt(toks, c.end+2) == "directors") {
		return d.stripped(c.text) // "General Motors Corp's board met"
	}
	return ""
}

// boardWords name a company's board without the company.
var boardWords = map[string]bool{"board of directors": true, "board": true, "directors": true, "the board": true}

// boardCompany is the story's company when n names a board without one
// ("Board of Directors"), else the body a notice's heading names ("TRI-COUNTY
// REGIONAL TRANSIT AUTHORITY" over "BOARD OF DIRECTORS – REGULAR MEETING
// AGENDA"): the board's organisation; "" otherwise.
func (d *doc) boardCompany(n string) string {
	if !boardWords[strings.ToLower(n)] {
		return ""
	}
	if co := d.storyCompany(); co != "" {
		return co
	}
	if o := d.boardOfNamed(); o != "" {
		return o // "Meeting of the Board of Directors of the Asian Microfinance Network (closed)"
	}
	if b := d.headingBody(); b != "" && !boardWords[strings.ToLower(b)] && !strings.Contains(strings.ToLower(b), "board") {
		return b
	}
	return d.boardOwner()
}

// boardOfNamed is the body the text names as its board's owner after
// "of": "the Board of Directors of the Asian Microfinance Network"; "" when
// the text names none. Read once a story: boardCompany asks it of every
// party that is a board.
func (d *doc) boardOfNamed() string {
	if d.boardOf != nil {
		return *d.boardOf
	}
	owner := ""
	d.boardOf = &owner
	m := boardOfRe.FindStringSubmatch(d.text)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	for len(ws) > 0 && functionWords[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1] // "... Network of" cut at the line's end
	}
	if len(ws) >= 2 {
		owner = strings.Join(ws, " ")
	}
	return owner
}

// boardOfRe is a board named with its owner: "Board of Directors of the X".
var boardOfRe = regexp.MustCompile(`\bBoard of (?:Directors|Trustees|Governors|Management) of (?:the )?(\p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|\p{Lu}[\p{L}'’&.-]*))*)`)

// boardOwner is the organisation a notice's first line names above its
// board's own heading: "Northmoor Community Health NHS Trust" over "Board
// of Directors - Meeting in Public"; "" when the first line names none.
func (d *doc) boardOwner() string {
	if d.dlEnd > 0 || len(d.sents) == 0 {
		return ""
	}
	for _, c := range d.chunks(0) {
		if l := strings.ToLower(c.text); headingOrg(c.text) && !strings.Contains(l, "board") && !strings.Contains(l, "directors") {
			return c.text
		}
	}
	return ""
}

// storyCompany is the first company the story names ("Seraya Plantations
// Berhad" of a notice's heading), "" when none; read once per text.
func (d *doc) storyCompany() string {
	if d.storyCo != nil {
		return *d.storyCo
	}
	company := ""
	d.storyCo = &company
	for si := range d.toks {
		for _, c := range d.chunks(si) {
			if n := d.companyName(si, c); n != "" {
				company = n
				return company
			}
		}
	}
	return company
}

// companyName is chunk c of sentence si, with its suffix, when it names a
// company ("Calloway Engineering Plc"); "" otherwise.
func (d *doc) companyName(si int, c chunk) string {
	if n := d.withSuffix(si, c); corporateName(n) && strings.Contains(n, " ") {
		return n
	}
	return ""
}

// corporateName reports whether a name ends like a company's.
func corporateName(n string) bool {
	last := ""
	for w := range strings.FieldsSeq(n) {
		last = w // the last word, without a slice of them all
	}
	if last == "" {
		return false
	}
	last = strings.ToLower(strings.Trim(last, ".,"))
	return last == "company" || companySuffix(last)
}

// companySuffix reports a lower-case word that ends a company's name: the
// wire's "co", "corp", "inc", "ltd", "plc", and companySuffixes.
func companySuffix(w string) bool {
	return w == "co" || w == "corp" || w == "inc" || w == "ltd" || w == "plc" || companySuffixes[w]
}

// companySuffixes end company names beside the wire's "Co", "Corp", "Inc":
// "Kestrel Mining Limited", "Norsk Aluminium ASA", "Lumo Oyj", "Nordlicht AG".
var companySuffixes = map[string]bool{
	"limited": true, "asa": true, "ab": true, "oyj": true, "ag": true, "nv": true, "se": true, "spa": true,
	"bhd": true, "berhad": true, "tbk": true, "llc": true, "corporation": true, "incorporated": true, "holdings": true, "pte": true, "pty": true,
	"s.a": true, "a/s": true, "n.v": true, "s.p.a": true, "gmbh": true,
	"s.a.a": true, "s.a.c": true, "sa": true, "ltda": true, "s.l": true, "bv": true, "b.v": true, "k.k": true, "srl": true, "s.r.l": true,
	"sarl": true, "s.a.r.l": true, "jsc": true, "pjsc": true, "ojsc": true, "kft": true, "d.d": true, "d.o.o": true, "sdn": true, "c.r.l": true,
}

// firstIndex is the rune position of name's first occurrence in the text.
func (d *doc) firstIndex(name string) int {
	i := strings.Index(d.text, name)
	if i < 0 {
		return len(d.text)
	}
	return i
}

// hasProperTitle: a word other than the kind of gathering and its generic
// modifiers ("REGULAR MEETING", "Special Meeting") is capitalised or a
// number.
func hasProperTitle(t string) bool {
	for _, w := range strings.Fields(t) {
		if _, kind := meetingNouns[strings.ToLower(w)]; kind || genericSittings[strings.ToLower(w)] {
			continue
		}
		if r := w[0]; r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// genericSittings say which sitting of a body a notice's heading announces,
// not whose: "REGULAR MEETING", "Special Meeting", "Open Session".
var genericSittings = map[string]bool{"regular": true, "special": true, "ordinary": true, "open": true, "closed": true}
