package meetings

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// Whether a merged meeting is held in the dateline's city when no place is
// named: a home body meeting at home, a gathering under way there, a
// delegation arriving (rule place.dateline-implied; homeplace.go holds its data
// readers).

// underWayHere reports a summit or conference under way on the day of a
// story filed where no other place is named and no party travels: "The
// Commonwealth summit, which got under way on Thursday, ends on Saturday"
// from Apia is held there, where its reporters are.
func (d *doc) underWayHere(c *cluster, best *mention) bool {
	if d.datelineCity() == "" || c.kind != "summit" && c.kind != "conference" {
		return false
	}
	if st, _ := status(best, d.ref); st != briefs.StatusOngoing || best.openEnded {
		return false
	}
	return !d.awayFromHere(c)
}

// impliedHere: the dateline city is the place of a gathering that names no
// other (meetings.GUIDELINE.md) — a government or body meeting where the
// story was filed — but not of a company's board or shareholders.
func (d *doc) impliedHere(c *cluster) bool {
	if d.datelineCity() == "" || d.awayFromHere(c) {
		return false
	}
	for _, m := range c.mentions {
		for _, n := range append(m.named, m.owner) {
			if o := possessiveOwner(n); o != "" && m.kind == "hearing" && d.homeInstitution(o) {
				return true // "the National Assembly's foreign affairs committee": the house's committee sits at home
			}
			if n != "" && (d.homeInstitution(n) || d.seatedHere(n) && (m.kind != "summit" || d.summitAtSeat(n))) || d.centralBankNear(m) || d.homeBodyBefore(m) {
				return true // "Finance Ministry officials", "The policy board will hold its next meeting" (the Bank of Japan's), NATO in Brussels (not a summit: summits move)
			}
		}
	}
	for _, m := range c.mentions {
		if d.organHere(m) {
			return true // "The Executive Board will meet on February 2" in a Geneva story of the WHO, though "board" is also a company's word
		}
	}
	if corporate(c) {
		return false
	}
	if (c.kind == "meeting" || c.kind == "session" || c.kind == "conference") && d.leadSeatedHere() {
		for _, m := range c.mentions {
			if len(m.named) == 0 && m.owner == "" {
				return true // "The agriculture group will meet for the first time on March 9" in a Geneva story whose lead names GATT
			}
		}
	}
	for _, m := range c.mentions {
		if m.why[FieldKind].rule == RuleHeadCouncil && d.namesSeatedAway(m) {
			continue // "at the Agriculture and Fisheries Council on February 24" in a Rome story: the council sits in Brussels
		}
		if d.homeSubject(m) || d.homePerson(m) || d.homeGroup(m) || d.seatedName(m) || d.hostedHere(m) || d.houseCommittee(m) {
			return true // "The Senate Judiciary Committee will open hearings", "Chancellor Helmut Kohl will meet", "consultations with Finance Minister Nigel Lawson"
		}
		for _, n := range m.named {
			if strings.HasSuffix(n, " government") && possessiveOwner(n) == "" {
				return true // "the state government and the union will resume talks"; not "Colombia's government", which meets the ELN abroad
			}
		}
		for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
			for k, t := range d.toks[si] {
				if si == m.sent && (t.lower == "here" || homeBodies[t.lower] && !t.cap && t.lower != "government" && !d.foreignOwner(d.toks[si], k)) || hostCues[t.lower] {
					return true // "arrived here", "a visiting delegation", the cabinet or parliament itself (not "France's cabinet" in London)
				}
				if homeBodies[t.lower] && t.cap && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+2 && !d.foreignOwner(d.toks[si], k) ||
					centralCommittee(d.toks[si], k) && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+4 && !d.foreignOwner(d.toks[si], k) ||
					t.lower == "soviet" && lowerAt(d.toks[si], k-1) == "supreme" && si == m.sent ||
					governingCoalition(d.toks[si], k, m) && si == m.sent ||
					t.lower == "council" && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+2 && !d.foreignOwner(d.toks[si], k) {
					return true // "The Supreme Soviet ... opens its session", "the Politburo met", "the central bank council is meeting"
				}
			}
		}
	}
	return false
}

// hostCues say that visitors came to where the story was filed.
var hostCues = map[string]bool{
	"visiting": true, "arrived": true, "arrives": true, "ambassador": true, "hosted": true, "hosts": true, "hosting": true, "host": true,
}

// homeBodies meet in their own capital: a parliament, a cabinet, a state
// government.
var homeBodies = map[string]bool{
	"parliament": true, "soviet": false, "politburo": true, "cabinet": true, "government": true,
	"diet": true, "knesset": true, "duma": true, "presidium": true, "legislature": true, "assembly": true,
	"commons": true, "bundestag": true, "senate": true, "centre": true, // India's central government: "The Centre will hold talks"
	// legislatures by their own names: "the Lok Sabha", "the Dewan Rakyat", "the Storting"
	"sabha": true, "rakyat": true, "negara": true, "storting": true, "stortinget": true, "riksdag": true, "folketing": true,
	"eduskunta": true, "sejm": true, "majlis": true, "bundesrat": true, "seanad": true, "dáil": true, "dail": true,
	"oireachtas": true, "althing": true, "saeima": true, "seimas": true, "riigikogu": true, "sobranie": true, "senedd": true,
	"nationalrat": true, "sabor": true, "skupstina": true, "jatiya": true,
}

// homeSubject reports a meeting whose subject is a public body or a head of
// government, who meet at home: "The Senate Judiciary Committee will open
// hearings", "India's GST Council, made up of ..., will meet", "Chancellor
// Helmut Kohl will meet union leaders". Not a bank's committee (a central
// bank's is homeInstitution's to judge; a commercial bank's has no implied
// place), nor a summit.
func (d *doc) homeSubject(m *mention) bool {
	if m.kind == "summit" || m.anaphoric {
		return false
	}
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	if !m.verb && (lowerAt(toks, k) == "a" || lowerAt(toks, k) == "its") {
		k--
	}
	for j := k; !m.verb && j >= 0 && j > k-4 && toks[j].word && !toks[j].cap; j-- {
		if holdVerbs[toks[j].lower] {
			k = j - 1 // "will open hearings", "will hold a hearing", "will convene its first regular session"
			break
		}
	}
	if !m.verb && lowerAt(toks, k) == "which" && lowerAt(toks, k-1) == "," {
		k -= 2 // "The Senate Foreign Relations Committee, which held hearings"
	}
	for n := 0; n < 3 && k >= 0 && (auxiliaries[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") && !toks[k].cap); n++ {
		k-- // "will meet", "met privately"
	}
	if m.verb && lowerAt(toks, k) == "and" {
		for _, o := range d.mentions {
			if o.sent == m.sent && o.trig < m.trig && o != m {
				return d.homeSubject(o) // "met for three hours today ... and will meet again on Friday"
			}
		}
	}
	if lowerAt(toks, k) == "," {
		for j := k - 1; j > 0 && j > k-15; j-- {
			if toks[j].lower == "in" && toks[j+1].cap {
				return false // "The GST Council, which met in Jaisalmer ..., will meet again": not at home
			}
			if toks[j].lower == "," {
				k = j - 1 // "India's GST Council, made up of ... ministers, will meet"
				break
			}
		}
	}
	lowBody := ""
	for j := k; j >= 0 && j > k-4 && toks[j].word && !toks[j].cap; j-- {
		if bodyWords[toks[j].lower] {
			lowBody, k = toks[j].lower, j-1 // "The House Energy and Commerce subcommittee on oversight will hold a hearing"
			for n := 0; n < 2 && k > 0 && toks[k].word && !toks[k].cap; n++ {
				k-- // "The Senate estimates committee"
			}
			if lowerAt(toks, k) == "the" && localHeads[lowBody] && civicBefore(toks, k+1, j) {
				return !d.foreignOwner(toks, k+1) // "The school board will meet on Thursday": the town's own
			}
			break
		}
	}
	for i, c := range d.chunks(m.sent) {
		next := lowerAt(toks, c.end)
		if c.end-1 != k && !(i == 0 && c.end < m.nameStart && (auxiliaries[next] && next != "to" && next != "'" || next == "and")) {
			continue // the subject of the meeting, or of the sentence: "Chancellor Helmut Kohl will meet ... for talks"
		}
		ws := strings.Fields(strings.ToLower(c.text))
		for _, w := range ws {
			if w == "bank" || corporateName(c.text) {
				return false
			}
		}
		last := ws[len(ws)-1]
		if lowBody != "" && c.end-1 == k {
			last = lowBody // "The House Energy and Commerce subcommittee", "The Senate estimates committee"
		}
		if homeBodies[last] || last == "council" || last == "party" && lowerAt(toks, c.start-1) == "ruling" ||
			(last == "committee" || last == "subcommittee") && (len(ws) > 1 || lowBody != "") && (homeBodies[ws[0]] || ws[0] == "house") ||
			legislatureCommittee(ws, lowBody) {
			return !d.foreignOwner(toks, c.end) // not "The German cabinet met" in London
		}
		return len(ws) > 2 && headOfGovernment[ws[0]] || len(ws) > 3 && ws[0] == "prime" && ws[1] == "minister" || homeOfficial(toks, c) ||
			isPersonName(c.text) && (titledBefore(toks, c.start, "chancellor") || titledBefore(toks, c.start, "premier") ||
				lowerAt(toks, c.start-1) == "minister" && lowerAt(toks, c.start-2) == "prime")
	}
	return false
}

// legislatureCommittee reports the words ws (lower case) of a house's
// committee, its head word lowBody when written after the name in lower
// case: "Parliamentary Select Committee on Foreign Affairs", "Dewan Rakyat
// Special Select Committee on Human Resources", "Parliament" of
// "Parliament's primary production select committee".
func legislatureCommittee(ws []string, lowBody string) bool {
	committee := lowBody == "committee" || lowBody == "subcommittee" || lowBody == "commission"
	house := false
	for _, w := range ws {
		switch {
		case w == "committee" || w == "subcommittee":
			committee = true
		case legislatures[w] && w != "cabinet" && w != "congress" || homeBodies[w] && w != "government" && w != "centre": // not a party's ("Congress Working Committee") or a cabinet's
			house = true
		}
	}
	return committee && house
}

// headOfGovernment are the titles of a government's head.
var headOfGovernment = map[string]bool{"chancellor": true, "premier": true}

// homeOfficial reports a person whose title has no nationality before it:
// in wire style, "Finance Minister Gerhard Stoltenberg" in a Bonn story is
// the home country's minister (a visitor is "Mexican Finance Minister").
func homeOfficial(toks []token, c chunk) bool {
	name := stripTitles(c.text)
	if !isPersonName(name) && (strings.Contains(name, " ") || name == c.text && !(c.start > 0 && toks[c.start-1].cap && titleWords[toks[c.start-1].lower])) {
		return false // but "King Fahd", "President Reagan": a title and one name
	}
	title := false
	if prefix := strings.TrimSuffix(c.text, name); prefix != c.text && prefix != "" {
		for _, w := range strings.Fields(strings.ToLower(prefix)) {
			if nationalities[w] || countries[w] != "" || strings.Contains(w, ".") || regionalAdjectives[w] {
				return false // "Mexican Finance Minister", "U.S. Treasury Secretary"
			}
			title = title || isTitleWord(w)
		}
	}
	for j := c.start - 1; j >= 0 && j >= c.start-4 && (toks[j].cap || toks[j].lower == "."); j-- {
		w := toks[j].lower
		if nationalities[w] || countries[w] != "" || w == "." || regionalAdjectives[w] {
			return false
		}
		title = title || titleWords[w] && w != "u.s."
	}
	return title
}

// namesSeatedAway reports a mention that names a body whose seat the data
// knows and the dateline's city is not (data/seats.tsv). Only a council's
// sitting asks: most meetings of a seated body are held away from its seat
// ("the Third ASEAN summit" in Manila).
func (d *doc) namesSeatedAway(m *mention) bool {
	for _, n := range m.named {
		if d.seatedAway(n) {
			return true
		}
	}
	return false
}

// organHere reports a meeting of an organ named without its organisation
// ("the Executive Board", "the Trade Negotiations Committee") in a story
// filed from the seat of an international body it names (data/seats.tsv):
// "GENEVA - ... the World Health Organization ... The Executive Board will
// meet on May 28" is held in Geneva.
func (d *doc) organHere(m *mention) bool {
	if m.kind == "summit" || m.kind == "conference" {
		return false // summits and conferences move
	}
	organ := func(n string) bool {
		return n != "" && !isAcronym(n) && isOrg(n) && seatOf(n) == "" && !corporateName(n) && !ownersBody(n) && !placeInName(n)
	}
	if !organ(m.owner) && !slices.ContainsFunc(m.named, organ) {
		return false
	}
	return d.namesSeatedHere()
}

// placeInName reports a name with a country, nationality or city in it:
// "Kenya Revenue Authority", "Asian Development Bank" is no organ of a
// body seated elsewhere.
func placeInName(n string) bool {
	for _, w := range strings.Fields(n) {
		lw := strings.ToLower(strings.Trim(w, ".,'’s"))
		if countries[lw] != "" || nationalities[lw] || capitalOf[lw] != nil || seatCities[lw] {
			return true
		}
	}
	return false
}

// namesSeatedHere reports a story that names an international body seated
// in its dateline's city: the WHO in a Geneva story.
func (d *doc) namesSeatedHere() bool {
	if d.seatedHereNamed == 0 {
		d.seatedHereNamed = -1
		for si := range d.toks {
			for _, c := range d.chunks(si) {
				if d.seatedHere(c.text) {
					d.seatedHereNamed = 1
					return true
				}
			}
		}
	}
	return d.seatedHereNamed > 0
}

// ownersBody reports a company's organ by its name: "Board of Directors",
// "shareholders' meeting".
func ownersBody(n string) bool {
	l := strings.ToLower(n)
	return strings.Contains(l, "director") || strings.Contains(l, "shareholder") || strings.Contains(l, "stockholder")
}

// leadSeatedHere reports a story whose lead (its first two sentences)
// names an international body sitting in the dateline's city
// (data/seats.tsv): its meetings that name no party of their own ("the
// council's buffer stock working group met", "The agriculture group will
// meet") are that body's, at its seat. Not the European Union's or NATO's
// Brussels, whose ministers also meet in Luxembourg and elsewhere.
func (d *doc) leadSeatedHere() bool {
	if d.leadSeated == 0 {
		d.leadSeated = -1
		for si := 0; si < 2 && si < len(d.toks) && d.leadSeated < 0; si++ {
			for _, ch := range d.chunks(si) {
				if d.seatedHere(ch.text) && !strings.HasPrefix(seatOf(ch.text), "Brussels") {
					d.leadSeated = 1 // read once a story: impliedHere asks for every meeting
					break
				}
			}
		}
	}
	return d.leadSeated > 0
}

// governingCoalition reports a government's coalition meeting at token k
// of mention m's sentence: "will meet in the coalition committee", "began
// detailed coalition talks", which sit in the capital; not the coalition a
// party congress or a vote decides on ("to enter formal coalition
// negotiations").
func governingCoalition(toks []token, k int, m *mention) bool {
	if toks[k].lower != "coalition" || toks[k].cap {
		return false
	}
	return lowerAt(toks, k+1) == "committee" || k+1 == m.trig || k+2 == m.trig && !toks[k+1].cap
}

// houseCommittee reports a party of m named after a legislature's
// possessive in m's sentence, a committee of the house, which sits at
// home: "Parliament's Permanent Committee on Mineral Resources will hold
// public hearings" in a Port Moresby story. Not "the European
// Parliament's trade committee" (a foreign owner).
func (d *doc) houseCommittee(m *mention) bool {
	toks := d.toks[m.sent]
	for k := range toks {
		if !legislatureOwns(toks, k) || k > 0 && toks[k-1].cap {
			continue
		}
		for j := k + 3; j < len(toks) && j <= k+10 && toks[j].word; j++ {
			if w := toks[j].lower; w != "committee" && w != "commission" && w != "subcommittee" {
				continue
			}
			end := j + 1
			if lowerAt(toks, end) == "on" {
				for end++; end < len(toks) && (toks[end].cap || toks[end].lower == "and") && toks[end].word; end++ { // "Permanent Committee on Mineral Resources"
				}
			}
			name := strings.ToLower(sliceTextTok(toks, k+3, end))
			if slices.ContainsFunc(m.named, func(n string) bool {
				return strings.EqualFold(n, name) || strings.HasSuffix(name, strings.ToLower(n)) && strings.Contains(strings.ToLower(n), "committee")
			}) {
				return true
			}
			break
		}
	}
	return false
}
