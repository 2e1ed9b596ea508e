package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs/listing"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// Press releases, official notices, readouts and minutes write in a
// register the wire does not: honorifics ("H.E.", "Hon."), formal openers
// ("Pursuant to", "NOTICE IS HEREBY GIVEN that"), laws ("the Local
// Government Act 2020") and the labels of minutes ("Present:",
// "Location:"). None of them is a party.

// honorific skips an honorific at token j ("H.E.", "Hon.", "His
// Excellency", "Rt Hon") and reports whether there was one.
func honorific(toks []token, j int) (int, bool) {
	k := j
	for {
		switch {
		case lowerAt(toks, k) == "h" && lowerAt(toks, k+1) == "." && lowerAt(toks, k+2) == "e":
			k += 3 // "H.E."
			if lowerAt(toks, k) == "." {
				k++
			}
		case honorificWords[lowerAt(toks, k)] && k < len(toks) && toks[k].cap:
			k++
			if lowerAt(toks, k) == "." {
				k++
			}
		case lowerAt(toks, k) == "his" || lowerAt(toks, k) == "her":
			switch {
			case lowerAt(toks, k+1) == "excellency" || lowerAt(toks, k+1) == "majesty" || lowerAt(toks, k+1) == "highness":
				k += 2 // "His Excellency", "His Majesty Sultan Haitham bin Tarik", "Her Highness"
			case lowerAt(toks, k+1) == "royal" && lowerAt(toks, k+2) == "highness":
				k += 3 // "His Royal Highness"
			default:
				return k, k > j
			}
		default:
			return k, k > j
		}
	}
}

// honorificWords are the honorifics of official text, lower case.
var honorificWords = map[string]bool{"hon": true, "honourable": true, "honorable": true, "rt": true, "excellency": true}

// formalNotParty reports a name of the formal register that is no party:
// an honorific alone ("Hon"), a label or opener ("Pursuant", "Minutes",
// "Location", "Oral" of "Oral evidence session"), a diary item's opening
// verb ("Attended"), a time zone ("AWST"), a
// law ("Local Government Act"), a publication ("Financial Stability
// Report"), a shouted formula ("NOTICE IS HEREBY GIVEN").
func formalNotParty(name string) bool {
	lower := strings.ToLower(strings.Trim(name, ".,:; "))
	if honorificWords[lower] || lower == "h.e" || formalWords[lower] || listing.Weekday(lower) || pastOpeners[lower] {
		return true // "Hon", "Approval", "Tue" of "Tue 2 Jun"
	}
	var buf [8]string
	ws := buf[:0] // the words in the frame, not a slice of their own
	for w := range strings.FieldsSeq(lower) {
		ws = append(ws, w)
	}
	if len(ws) > 1 && lawWords[ws[len(ws)-1]] || len(ws) > 2 && lawWords[ws[len(ws)-2]] && yearWord(ws[len(ws)-1]) {
		return true // "the Local Government Act", "the Companies Act 2006"
	}
	if len(ws) > 1 && documentWords[ws[len(ws)-1]] {
		return true // "the Financial Stability Report": a publication
	}
	switch lower {
	case "mps", "meps", "mlas", "mpps", "tds":
		return true // "questioned by MPs on the Treasury Committee": members of a house, no party of their own
	}
	if len(ws) > 2 && (ws[0] == "articles" || ws[0] == "memorandum") && ws[1] == "of" {
		return true // "the Articles of Association", "the Memorandum of Incorporation": a company's constitution
	}
	if len(ws) > 1 && streetWords[ws[len(ws)-1]] {
		return true // "21 Mounts Bay Road": an address
	}
	if len(ws) > 1 && (roomNames[ws[len(ws)-1]] || ws[0] == "room") {
		return true // "Committee Room", "Council Chambers", "Room JAN 4Q2": a venue
	}
	if len(ws) > 1 && strings.ToUpper(name) == name {
		for _, w := range ws {
			if shoutedVerbs[w] {
				return true // "NOTICE IS HEREBY GIVEN"
			}
		}
	}
	return false
}

// formalWords open or label the parts of notices and minutes.
var formalWords = map[string]bool{
	"pursuant": true, "notice": true, "notwithstanding": true, "whereas": true, "hereby": true,
	"minutes": true, "location": true, "venue": true, "agenda": true, "present": true, "apologies": true, "date": true, "time": true,
	"attendees": true, "attendance": true, "item": true, "items": true, "proxy": true, "proxies": true,
	"resolution": true, "resolutions": true, "quorum": true, "chair": true, "in attendance": true,
	"oral": true, "written": true, "private": true, "public": true, "regular": true, "special": true, "readout": true,
	"awst": true, "aest": true, "aedt": true, "gmt": true, "bst": true, "cet": true, "cest": true, "est": true,
	"edt": true, "pst": true, "pdt": true, "utc": true, "jst": true, "sgt": true, "hkt": true, "eat": true, "sast": true,
	"microsoft teams": true, "teams": true, "zoom": true, "webex": true, "google meet": true, "skype": true, "invitation": true,
	"communiqué": true, "communique": true, "joint communiqué": true, "joint communique": true, "joint statement": true, "press release": true, "media release": true, "fact sheet": true,
	"approval": true, "adoption": true, "decision": true, "decisions": true, "statement": true, "nominations": true,
	"nomination": true, "publication": true, "matters": true, "update": true, "result": true, "results": true, "outcome": true,
	"oversight": true, "room": true, "boardroom": true, "orders": true, "day": true, "witnesses": true, "televised": true, // "Orders of the Day", "Witnesses", "Televised": a notice's labels
}

// documentWords end the name of a publication, which is no party: "the
// Financial Stability Report", "the Monetary Policy Statement".
var documentWords = map[string]bool{"report": true, "review": true, "survey": true, "bulletin": true,
	"statement": true, "outlook": true, "minutes": true, "accounts": true}

// roomNames end the name of a room, which is no party.
var roomNames = map[string]bool{"room": true, "rooms": true, "chamber": true, "chambers": true, "boardroom": true, "auditorium": true}

// lawWords end the name of a law or rule.
var lawWords = map[string]bool{"act": true, "acts": true, "bill": true, "ordinance": true, "regulation": true,
	"regulations": true, "code": true, "directive": true, "statute": true, "decree": true}

// shoutedVerbs mark an upper-case formula, not a name.
var shoutedVerbs = map[string]bool{"is": true, "are": true, "hereby": true, "given": true, "will": true, "shall": true, "be": true, "held": true}

// streetWords make a segment of an address ("21 Mounts Bay Road", "Sturt
// Street", "Haakon VIIs gate 2"); a name ending in one is no party.
var streetWords = map[string]bool{
	"road": true, "rd": true, "street": true, "st": true, "avenue": true, "ave": true, "lane": true, "drive": true,
	"boulevard": true, "blvd": true, "gate": true, "gata": true, "gade": true, "strasse": true, "straße": true,
	"quay": true, "terrace": true, "plaza": true, "floor": true, "level": true, "suite": true, "parade": true,
	"crescent": true, "highway": true, "esplanade": true,
	"jalan": true, "jln": true, "lorong": true, "rue": true, "calle": true, "avenida": true, "rua": true, // "Jalan Sultan Idris Shah"
}

// addressCity lengthens a venue with the address written after it to the
// address's city (rule place.address): "in the Council Chamber, Town Hall,
// Sturt Street, Ballarat on Wednesday" -> "Council Chamber, Town Hall,
// Sturt Street, Ballarat"; "at the company's offices at Haakon VIIs gate 2,
// Oslo" -> "Haakon VIIs gate 2, Oslo". A state or country after the city
// is left out; a place with no street or building after it is kept.
func (d *doc) addressCity(m *mention) {
	if m.place == "" || m.placeAt < 0 {
		return
	}
	toks := d.toks[m.sent]
	end := -1
	for _, c := range d.chunks(m.sent) {
		if c.start == m.placeAt {
			end = c.end
		}
	}
	if end < 0 {
		return
	}
	street := false
	k := end
	for first := true; k < len(toks); first = false {
		j := k
		for j < len(toks) && toks[j].lower != "," {
			j++
		}
		seg := toks[k:j]
		switch {
		case addressSegment(seg, first):
			street = street || len(seg) > 0
		case street && (cityName(seg) > 0 || postcodeCity(seg)):
			n := cityName(seg)
			if n == 0 {
				n = 1 + cityName(seg[1:]) // "50400 Kuala Lumpur on Thursday"
			}
			m.place = sliceText(d.runes, toks[m.placeAt].start, seg[n-1].end)
			m.byTokens(FieldPlace, RulePlaceAddress, toks, m.placeAt, k+n)
			for j < len(toks) && toks[j].lower == "," && cityName(toks[j+1:]) > 0 {
				j += 1 + cityName(toks[j+1:]) // ", Western Australia": the address's state
			}
			dropNamed(m, m.placeAt, j)
			return
		default:
			return
		}
		k = j + 1
	}
}

// postcodeCity reports a segment of a postcode and its city, with the
// words after the city: "50400 Kuala Lumpur on Thursday".
func postcodeCity(seg []token) bool {
	if len(seg) < 2 || !seg[0].num || len(seg[0].text) < 4 || len(seg[0].text) > 6 {
		return false
	}
	n := cityName(seg[1:])
	return n > 0 && !streetWords[seg[n].lower]
}

// addressSegment reports a segment of an address before its city: a
// building ("Town Hall"), a street with or without its number; the first
// segment, the rest of the venue's own words, may be empty.
func addressSegment(seg []token, first bool) bool {
	if len(seg) == 0 {
		return first
	}
	if len(seg) > 6 {
		return false
	}
	mark := false
	for _, t := range seg {
		switch {
		case t.num:
			mark = true
		case streetWords[t.lower] || venueWords[t.lower] || venueWords[strings.TrimSuffix(t.lower, "s")]:
			mark = true
		case t.cap || t.lower == "of" || t.lower == "and":
		default:
			return false
		}
	}
	return mark
}

// cityName reads one to three capitalised words opening a segment:
// "Ballarat on Wednesday", "Perth" before ", Western Australia".
// It returns the number of its words, 0 when it is none.
func cityName(seg []token) int {
	n := 0
	for _, t := range seg {
		if !t.cap || !t.word {
			break
		}
		n++
	}
	if n < 1 || n > 3 {
		return 0
	}
	return n
}

// dropNamed removes the parties m's sentence names within tokens [from, to):
// the words of an address.
func dropNamed(m *mention, from, to int) {
	out := m.named[:0]
	for _, n := range m.named {
		if at, ok := m.namedAt[n]; ok && at >= from && at < to {
			delete(m.partWhy, n)
			continue
		}
		out = append(out, n)
	}
	m.named = out
}

// headingCompany is the company a document's first lines name, in a
// listing or notice: "Norsk Aluminium ASA - Financial calendar 2026",
// "Investor calendar - Lumo Oyj" (rule parties.company).
func (d *doc) headingCompany() string {
	if len(d.sents) == 0 || d.entries == nil && d.dlEnd > 0 {
		return "" // a wire story names its company in its sentences
	}
	for si := 0; si < len(d.sents) && si < 3; si++ {
		for _, c := range d.chunks(si) {
			if n := d.withSuffix(si, c); corporateName(n) && !suffixAlone(n) {
				return n // "Vantor Group plc will publish ..." over its calendar's "AGM - 23 April 2026"
			}
		}
	}
	for _, part := range titleParts.Split(d.briefTitle, -1) {
		part = strings.TrimSpace(part)
		if i := strings.Index(part, " ("); i > 0 && strings.HasSuffix(part, ")") {
			part = part[:i] // "Skarvik AB (publ)"
		}
		if corporateName(part) && onlyName(strings.TrimSuffix(strings.TrimSuffix(part, lastWord(part)), " ")) {
			return part // the heading line ingest took as a file's title: "Financial calendar 2026 - Skarvik AB (publ)"
		}
	}
	return ""
}

// withSuffix is chunk c's name with the company suffix written after it in
// lower case, which the names leave out: "Solway Renewables plc".
func (d *doc) withSuffix(si int, c chunk) string {
	toks := d.toks[si]
	if c.end < len(toks) && !toks[c.end].cap && companySuffixWords[toks[c.end].lower] {
		return c.text + " " + toks[c.end].text
	}
	if c.end+1 < len(toks) && toks[c.end].lower == "," && companySuffixWords[toks[c.end+1].lower] {
		return c.text + ", " + toks[c.end+1].text // "Brightwater Therapeutics, Inc."
	}
	return c.text
}

// suffixAlone reports a name that is a company suffix alone: "Incorporated"
// of "(Incorporated in Malaysia)" under a notice's heading, "Inc" of
// "Brightwater Therapeutics, Inc.", whose comma split the name, and the
// "Company" a notice calls itself.
func suffixAlone(n string) bool {
	w := strings.ToLower(strings.Trim(n, ".,"))
	return !strings.Contains(n, " ") && (w == "company" || companySuffix(w))
}

// companySuffixWords end a company's name, in whatever case.
var companySuffixWords = map[string]bool{"plc": true, "ltd": true, "inc": true, "llc": true, "limited": true}

// introPast gives a meeting named in a sentence's opening phrase, with no
// verb of its own, the tense of the main clause after the comma: "At its
// monetary policy meeting today, the Bank Board kept the rate unchanged" is
// over (rule status.tense).
func introPast(toks []token, m *mention) {
	if m.date == nil || m.date.dir != 0 || !opensWithIntro(toks) {
		return
	}
	comma := -1
	for k, t := range toks {
		if t.lower == "," {
			comma = k
			break
		}
		if k > 0 && t.word && !t.cap && timex.WordTense(t.lower) != 0 && m.trig < k {
			return // a verb of its own before the comma
		}
	}
	if comma < 0 || m.trig > comma || m.date.tokStart > comma {
		return
	}
	for k := comma + 1; k < len(toks) && k <= comma+12; k++ {
		w := toks[k].lower
		if toks[k].cap || !toks[k].word {
			continue
		}
		tn := timex.WordTense(w)
		switch {
		case tn.Is(timex.Past) || strings.HasSuffix(w, "ed") && !tn.Is(timex.NotPast):
			x := *m.date
			x.dir = -1
			m.date = &x
			return
		case tn != 0:
			return // "will", "is": not over
		}
	}
}

// opensWithIntro reports a sentence opened by a phrase that can name a
// meeting before the main clause: "At its meeting today, ...", "During the
// talks, ...", "Following ...", "After ...".
func opensWithIntro(toks []token) bool {
	switch lowerAt(toks, 0) {
	case "at", "during", "following", "after":
		return true
	}
	return false
}

// introOwner names the main clause's subject as the party of "its meeting"
// in a sentence's opening phrase: "At its monetary policy meeting today,
// the Bank Board of the Czech National Bank kept ..." (rule
// parties.owner).
func (d *doc) introOwner(si int, m *mention) {
	toks := d.toks[si]
	if m.verb || m.nameStart < 1 || (toks[m.nameStart-1].lower != "its" && toks[m.nameStart-1].lower != "their") || !opensWithIntro(toks) {
		return
	}
	for k := m.skipEnd; k < len(toks) && k <= m.skipEnd+4; k++ {
		if toks[k].lower != "," {
			continue
		}
		cs := d.chunks(si)
		for i, c := range cs {
			if c.start <= k || c.start > k+2 {
				continue
			}
			body := c.text
			if i+1 < len(cs) && lowerAt(toks, c.end) == "of" && (cs[i+1].start == c.end+1 || cs[i+1].start == c.end+2 && lowerAt(toks, c.end+1) == "the") {
				c = cs[i+1] // "the Bank Board of the Czech National Bank": the bank takes part
			}
			m.owner = d.expand(d.stripped(c.text))
			m.byName(m.owner, RulePartyOwner, toks[c.start].start, toks[c.end-1].end)
			if body != c.text {
				dropNamed(m, cs[i].start, cs[i].end)
			}
			return
		}
		return
	}
}

// ordinalAcronym reports an acronym after an ordinal, a meeting of a
// series named by its acronym only: "the 25th SOMTC", "the 39th ONOMM" (not
// "the 3rd BMW": a body's or a maker's name is not numbered so).
func ordinalAcronym(toks []token, i int) bool {
	t := toks[i]
	if !t.word || len(t.text) < 3 || len(t.text) > 8 || !isAcronym(t.text) || strings.ContainsAny(t.text, ".0123456789") {
		return false
	}
	o := lowerAt(toks, i-1)
	if !isOrdinalNum(o) && !ordinals[o] {
		return false
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if _, head := meetingNouns[n.lower]; head || n.cap || n.lower == "-" || n.lower == "&" || n.lower == "/" {
			return false // "the 21st IRIGC - M&MTC meeting": the name goes on to its head
		}
	}
	return lowerAt(toks, i-2) == "the" || lowerAt(toks, i-2) == "its" || lowerAt(toks, i-2) == "this"
}

// acronymsIn lists the acronyms inside a meeting's own name, which the
// body they name holds: "Fourth UN International Conference" -> UN; not a
// roman numeral ("Article IV") nor the whole name.
func acronymsIn(toks []token, c chunk) []string {
	var out []string
	for k := c.start; k < c.end; k++ {
		w := toks[k].text
		if toks[k].word && len(w) >= 2 && isAcronym(w) && !romanNumeral(w) && !functionWords[toks[k].lower] && c.end-c.start > 1 {
			out = append(out, w)
		}
	}
	return out
}

// minShouted is the fewest words of a shouted heading.
const minShouted = 3

// softenShouted reads a heading written all in capitals ("MINUTES OF THE
// MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON WEDNESDAY 4
// MARCH 2026", "PLANNING COMMISSION REGULAR MEETING AGENDA") as a title
// case line: its small words, meeting nouns and the words of a notice's
// register lose their capital, so "MEETING OF" is no name and the body's
// name stands apart. It stops at the first word with a lower-case letter:
// on prose, one word.
func softenShouted(toks []token) {
	words, end, noun := 0, len(toks), false
	for i, t := range toks {
		noun = noun || isMeetingNounWord(t.lower)
		if (t.lower == "—" || t.lower == "–") && words >= minShouted && noun {
			end = i // "REGULAR MEETING OF THE BOARD OF EDUCATION — Thursday, January 11, 2024": the shouted heading before its dash
			break
		}
		if !t.word || t.num {
			continue
		}
		if strings.ToUpper(t.text) != t.text {
			return
		}
		words++
	}
	if words < minShouted {
		return
	}
	for i := range toks[:end] {
		w := toks[i].lower
		if _, meeting := meetingNouns[w]; meeting && lowerAt(toks, i+1) == "of" || shoutedSmall[w] || shoutedDocWords[w] {
			toks[i].cap = false
		}
	}
}

// shoutedDocWords name the document a shouted heading heads.
var shoutedDocWords = map[string]bool{"minutes": true, "agenda": true, "notice": true, "special": true}

// shoutedSmall are the small words and verbs of a shouted heading.
var shoutedSmall = map[string]bool{
	"of": true, "the": true, "and": true, "on": true, "at": true, "in": true, "for": true, "to": true, "by": true,
	"with": true, "a": true, "an": true, "held": true, "be": true, "will": true, "is": true, "are": true, "was": true,
	"next": true, "annual": true, "general": true, "extraordinary": true, "ordinary": true,
	"reconvene": true, "convene": true, "adjourn": true, "recess": true, "open": true, "closed": true,
}

// habitual reports a date that a "of each month", "of every month" after
// it makes a rule of habit: "meets on the second Tuesday of each month"
// names no one meeting (meetings.GUIDELINE.md: habitual gatherings do not
// count).
func habitual(toks []token, end int) bool {
	if lowerAt(toks, end) != "of" {
		return false
	}
	switch lowerAt(toks, end+1) {
	case "each", "every":
	default:
		return false
	}
	switch lowerAt(toks, end+2) {
	case "month", "week", "year", "quarter":
		return true
	}
	return false
}

// RuleHeldBody makes a body's name the subject of "will be held" or "take
// place" its own sitting: "The Ordinary General Assembly will be held on
// 28 March", "The Pacific Islands Energy Forum will be held at the Grand
// Pacific Hotel, Suva, on 8-9 September", "The European Council will take
// place on 26-27 March".
const RuleHeldBody Rule = "head.body-held"

// heldBody finds, in a sentence with no meeting word, a body's capitalised
// name ending in a body's word (listedBodies), or in its capitalised "for"
// complement, right before "will be held", "was held", "is to be held",
// "takes place" or "will take place", with a time or a place after the
// verb. It returns the body word's token, or -1.
func (d *doc) heldBody(si int) int {
	toks := d.toks[si]
	for _, c := range d.chunks(si) {
		head := bodyHeadOf(toks, c)
		if head < 0 && meetingSeries(c.text) {
			head = c.end - 1 // "COP30 will be held in the Amazon city of Belem from Nov. 10 to 21": a series meeting by its initialism
		}
		if head < 0 {
			continue
		}
		k := ofNameEnd(toks, c.end, true) // "The Ordinary General Assembly of the African Rowing Federation will take place"
		if k == c.end && editionYear(toks, k) {
			k++ // "The Baltic Ferry Forum 2026 takes place": the edition's year
		}
		if k == c.end && lowerAt(toks, k) == "(" && lowerAt(toks, k+2) == ")" && isAcronym(textAt(toks, k+1)) {
			k += 3 // "the ASEAN Regional Forum (ARF) will be held on Saturday": its initialism
		}
		for auxWords[lowerAt(toks, k)] {
			k++
		}
		switch {
		case lowerAt(toks, k) == "held" && (lowerAt(toks, k-1) == "be" || lowerAt(toks, k-1) == "was" || lowerAt(toks, k-1) == "were" || lowerAt(toks, k-1) == "been"):
			k++ // "was held in Accra on 9 and 10 October"
		case lowerAt(toks, k) == "take" || lowerAt(toks, k) == "takes" || lowerAt(toks, k) == "took":
			if lowerAt(toks, k+1) != "place" {
				continue
			}
			k += 2
		default:
			continue
		}
		switch w := lowerAt(toks, k); {
		case w == "on" || w == "in" || w == "at" || w == "from" || w == "next" || w == "this" || w == "today" || w == "tomorrow":
		case k < len(toks) && (toks[k].num || isMonthOrDay(w)):
		default:
			continue
		}
		return head
	}
	return -1
}

// editionYear reports a four-digit year right after a name, which makes
// it an edition of an event: "The Baltic Ferry Forum 2026 takes place".
func editionYear(toks []token, k int) bool {
	return k < len(toks) && toks[k].num && len(toks[k].lower) == 4
}

// bodyHeadOf is the token of chunk c that is its body's word: its last,
// or the last before a capitalised "for"/"on" complement ("Ghana-Togo
// Joint Commission for Cooperation"); -1 when none.
func bodyHeadOf(toks []token, c chunk) int {
	for k := c.end - 1; k >= c.start; k-- {
		if toks[k].cap && listedBodies[toks[k].lower] {
			return k
		}
		if w := toks[k].lower; w == "for" || w == "on" {
			continue
		}
		if !toks[k].cap || k < c.end-4 {
			return -1
		}
	}
	return -1
}

// auxWords run between a subject and "held" or "take place".
var auxWords = map[string]bool{"will": true, "be": true, "is": true, "are": true, "was": true, "were": true, "to": true,
	"shall": true, "would": true, "has": true, "have": true, "been": true, "also": true, "again": true, "now": true}

// heldBodyMention names the body of heldBody as the mention's kind, title
// and party.
func (d *doc) heldBodyMention(si int, m *mention) {
	toks := d.toks[si]
	for _, c := range d.chunks(si) {
		if m.trig < c.start || m.trig >= c.end {
			continue
		}
		m.byTokens(FieldKind, RuleHeldBody, toks, c.start, c.end)
		m.title = c.text
		m.byTokens(FieldTitle, RuleHeldBody, toks, c.start, c.end)
		if !editionYear(toks, c.end) {
			m.nameChunk(toks, c, RuleHeldBody) // not "The Baltic Ferry Forum 2026": an edition of an event, no body that takes part
		}
		return
	}
}
