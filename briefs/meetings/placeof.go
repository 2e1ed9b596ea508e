package meetings

// The place a mention's own sentence gives (placeOf) and the word-level
// tests it reads: "here", "in Detroit", "at the Manekshaw Centre", a room
// and its building, a city naming the meeting; place.go has the clues from
// other clauses and neighbouring sentences.

import (
	"strings"
	"unicode"
)

// officesOfBody reports a venue that is a body's rooms, "offices of the
// federal mediation service", "office of the prime minister": the body says
// where, so no city is added.
func officesOfBody(venue string) bool {
	first, rest, _ := strings.Cut(venue, " ")
	return officeNouns[first] && strings.HasPrefix(rest, "of ")
}

// placeOf finds where mention m is held: "here", "in Detroit", "at the
// Manekshaw Centre", "scheduled for Zaire", or a city naming the meeting;
// with the token where the sentence says it.
// meetingWordInside reports a name with a meeting's word inside it and a
// word after that is no building's: a document or a gathering's name ("the
// General Meeting Record of Depositors"), not a venue ("the Lima
// Convention Centre").
func meetingWordInside(toks []token, c chunk) bool {
	last := toks[c.end-1].lower
	if venueWords[last] || roomWords[last] {
		return false
	}
	for k := c.start; k < c.end-1; k++ {
		if _, ok := meetingNouns[toks[k].lower]; ok && toks[k].cap {
			next := toks[k+1].lower
			return !venueWords[next] && !roomWords[next] // not "the Congress Center Hamburg"
		}
	}
	return false
}

func (d *doc) placeOf(m *mention) (string, int) {
	toks := d.toks[m.sent]
	best, bestDist, at := "", 1<<30, -1
	for _, c := range d.chunks(m.sent) {
		if c.start >= m.nameStart && c.start < m.skipEnd {
			continue
		}
		k := c.start - 1
		venue := venueWords[lowerAt(toks, c.end)] && !toks[c.end].cap
		if venue && k >= 0 && toks[k].word && !toks[k].cap && !placePreps[toks[k].lower] && !determiners[toks[k].lower] {
			k-- // "at a downtown Ottawa hotel"
		}
		if w := lowerAt(toks, k); w == "the" || w == "its" || w == "their" || w == "a" && venue {
			k-- // "at its Los Angeles headquarters"
		} else if w == "s" && isApostrophe(lowerAt(toks, k-1)) && k >= 3 && !toks[k-2].cap && lowerAt(toks, k-3) == "the" {
			k -= 4 // "at the company's Ulsan plant"
		}
		p := lowerAt(toks, k)
		if c.start > m.skipEnd && laterMeeting(toks, m.skipEnd, k) {
			continue // "directors will meet on Tuesday ..., and the company's annual meeting will follow in Pittsburgh"
		}
		if c.end <= m.nameStart && preparedFor(toks, m.nameStart) {
			continue // "met in Jakarta on Monday to discuss preparations for the regional bloc's October summit": the talks' place
		}
		if describesPlace(toks, c) {
			continue // "in the Black Sea port city of Odesa": Odesa is the place
		}
		if formerPlan(toks, c) {
			continue // "which had been due to open in Vientiane next week, would now be held in Kuala Lumpur": the plan it left
		}
		if moneyChunk(toks, c) {
			continue // "to be sold at PHP29 a kilo": a price
		}
		if meetingWordInside(toks, c) || c.text == "Company" {
			continue // "appear in the General Meeting Record of Depositors": a document; "at the Registered Office of the Company": the defined company
		}
		if waterWords[strings.ToLower(lastWord(c.text))] {
			continue // "consultations on a code of conduct in the South China Sea": a topic's waters, no venue
		}
		if c.start > m.skipEnd && purposeTopic(toks, m.skipEnd, c.start) {
			continue // "will meet from Monday to Wednesday to review the mission in Somalia": the mission's place
		}
		if c.start > m.skipEnd && reporting(lowerAt(toks, c.end)) {
			continue // "will meet on June 25 ..., oil traders in London said": the speakers' place
		}
		if c.end <= m.nameStart && datedConjunct(toks, d.dates[m.sent], c.end, m.nameStart) {
			continue // "held talks in Cairo on Monday and will hold another round later this week": the first talks' place
		}
		if topicDated(toks, d.dates[m.sent], c, k-1) && !otherClause(toks, m, c) {
			// "held talks on the Taba border dispute in Cairo on Monday": the talks' place (RulePlacePrep)
		} else if placeOwners[lowerAt(toks, k-1)] || topicNouns[lowerAt(toks, k-1)] || otherClause(toks, m, c) || p == "at" && staffWords[lowerAt(toks, k-1)] {
			continue // "to settle the dispute at Dover": the dispute's place
		}
		if _, head := meetingNouns[lowerAt(toks, k-1)]; head && c.end <= m.nameStart && !(p == "to" && isVisit(lowerAt(toks, k-1)) && !isCountry(c.text)) && !progressive(toks, k-1) {
			continue // "The meeting in Sheffield follows the collapse of talks": the other meeting's place (but "on a visit to Caracas, held talks": the visitor is there)
		}
		_, meeting := meetingNouns[lowerAt(toks, c.end)]
		if _, named := meetingNouns[lowerAt(toks, c.end-1)]; (meeting || named) && sidelinesOf(toks, c) && seatOf(c.text) == "" {
			continue // "on the sidelines of the APEC summit", "of the Munich Security Conference": a gathering, no place (sidelinesPlaces gives its place)
		}
		apposed := appositionPlace(toks, c)
		if apposed && appositionFrom(toks, c) {
			continue // "a delegation from the Polish partner city of Zawierce": where the visitors come from
		}
		if apposed || officesOf(toks, c) || sidelinesOf(toks, c) {
			p = "in" // "in the Senegalese capital, Dakar", "at the headquarters of GATT", "on the fringe of the U.N. General Assembly"
		}
		v := journeyVerb(toks, k)
		if visitVerbs[p] && !isCountry(c.text) && journeyFor(toks, k, c.end, m.nameStart) {
			p, v = "to", k // "when he visits Tokyo in June for talks": the talks are in Tokyo
		}
		if !placePreps[p] || p == "from" || p == "for" && !isScheduled(lowerAt(toks, k-1)) || p == "to" && !isVisit(lowerAt(toks, v)) && !journeyFor(toks, v, c.end, m.nameStart) && !welcomesTo(toks, v, m) {
			continue
		}
		if lowerAt(toks, c.end) == "capital" && !toks[c.end].cap {
			continue // "in the Solomon Islands capital": the country qualifies the capital (nationalCapital)
		}
		if o, e := possessiveVenueAt(toks, c.start); e > 0 && o == c.end+2 {
			c.text, c.end = sliceText2(toks, c.start, o, e), e // "in St Anne's Church Hall": the building's own name
		}
		named := isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s" && (c.end+2 >= len(toks) || !toks[c.end+2].word || placePreps[lowerAt(toks, c.end+2)] || lowerAt(toks, c.end+2) == "on")
		if lc := strings.ToLower(c.text); (nationalities[lc] || countries[lc] != "") && !diplomaticVenue(toks, c.end) || isApostrophe(lowerAt(toks, c.end)) && !named {
			continue // "in the Ethiopian capital", "to Lazaro's home" (but "at Lord's on Tuesday", "at the Soviet mission")
		}
		_, gathering := meetingNouns[lowerAt(toks, c.end-1)]
		if seat := seatOf(c.text); p == "at" && seat != "" && !meeting && !gathering && !named && c.start > m.skipEnd && c.start-m.skipEnd < bestDist {
			best, bestDist, at = d.seatName(seat), c.start-m.skipEnd, c.start // "opened at the World Health Organization on Monday": at its seat
			continue
		}
		if (bodyName(toks, c) || acronymBody(toks, c)) && !officesOf(toks, c) && !sidelinesOf(toks, c) && !heldAtHouse(toks, k, c) {
			continue // "meet at the General Council", "met at the ASEAN Summit": a body or a gathering; "meet at ECOWAS"
		}
		dist := c.start - m.skipEnd - datedTokens(d.dates[m.sent], m.skipEnd, c.start) - bracketedTokens(toks, m.skipEnd, c.start)
		if c.end <= m.nameStart {
			dist = (m.nameStart - c.end) + 3 // places before the name count a bit less
		}
		if dist < 0 {
			dist = -dist
		}
		if regions[strings.ToLower(c.text)] && (p == "for" || p == "to") {
			continue // "leaves for Europe on Saturday and will hold talks": a journey's region, not the venue
		}
		if regions[strings.ToLower(c.text)] || sidelinesOf(toks, c) {
			dist += 10 // "held in Africa" loses to "in Johannesburg"; "on the sidelines of the UN General Assembly in New York"
		}
		if isCountry(c.text) && (p == "to" || isVisit(p)) {
			dist += 8 // "will visit South Korea on Sept. 12 for talks with President Lee Jae-myung in the southern port city of Busan": the city the talks are in
		}
		if dist < bestDist && (dist <= 20 || dist <= 26 && d.leadsSentence(m)) {
			best, bestDist, at = strings.TrimSuffix(d.stripped(c.text), "'s"), dist, c.start
			if named {
				best += toks[c.end].text + "s" // "Lord's"
			}
			if venue && k < c.start-1 {
				best += " " + toks[c.end].text // "a downtown Ottawa hotel" -> "Ottawa hotel"
			}
			if e := roomOf(toks, c); e > c.end {
				best = sliceText(d.runes, toks[c.start].start, toks[e-1].end) // "in Room 2A of City Hall"
			}
			if oc := d.officeCity(m.sent, c); oc != "" {
				best = oc // "at the offices of Acas in London": "offices of Acas, London"
			}
		}
	}
	for k := max(m.nameStart-12, 0); k < len(toks) && k < m.nameEnd+12; k++ {
		if thisPlace(toks, k) > k && d.dl.Place != "" && abs(k-m.nameEnd) < bestDist {
			best, bestDist, at = d.dl.Place, abs(k-m.nameEnd), k // "will gather in this historic southeastern city on Friday"
		}
	}
	for k := m.nameEnd; k < len(toks) && k < m.nameEnd+12; k++ {
		if toks[k].lower == "here" && d.dl.Place != "" && k-m.nameEnd < bestDist {
			best, bestDist, at = d.dl.Place, k-m.nameEnd, k
		}
	}
	for k := max(m.nameStart-12, 1); k < len(toks) && k < m.nameEnd+12; k++ {
		if toks[k].lower == "capital" && lowerAt(toks, k-1) == "national" && indianWire[d.dl.Source] && abs(k-m.nameEnd) < bestDist {
			best, bestDist, at = "New Delhi", abs(k-m.nameEnd), k // Indian wire: "will meet Modi in the national capital"
		}
	}
	if best == "" {
		best, at = lowerVenue(toks, m)
		if city := d.datelineCity(); best != "" && city != "" && unicode.IsLower([]rune(best)[0]) && !officesOfBody(best) && !strings.Contains(best, ", ") && !namesTown(best) {
			best += ", " + city // "at the ministry" in a Rome story: the ministry in Rome, as annotators write it ("labour ministry, Paris"); "the offices of the federal mediation service" stand alone
		}
	}
	if best == "" {
		best, at = d.numberedRoom(m) // "(all at 6pm, Committee Room 1)"
	}
	if best == "" {
		best, at = d.trailingVenue(m) // "consultation session, Saturday 22 March 2025, 10.00 am, Port Alden Surf Life Saving Club"
	}
	if k, ok := d.capitalHere(toks, m); ok && best == "" {
		best, at = d.dl.Place, k // "will meet in the capital on Friday" in a Manila story
	}
	if city, k := nationalCapital(toks, m, d.ref.Year()); city != "" && (best == "" || abs(k-m.skipEnd) < bestDist) {
		best, at = city, k // "will meet in the Malaysian capital on Thursday to prepare for the summit in Manila"
		m.byTokens(FieldPlace, RulePlaceNationalCapital, toks, k, k+2)
	}
	if best == "" {
		best, at = d.venueLineBelow(m), -1
	}
	if best == "" {
		best, at = d.neighbourPlace(m), -1
	}
	if best == "" {
		best, at = d.travelledTo(m), -1
	}
	if best == "" {
		best, at = d.hostPlace(toks, m)
	}
	if !m.verb {
		// not over a place right after the name: "the Mercosur summit in Montevideo"
		if p := d.namePlace(toks, m); p != "" && !(best != "" && at > m.trig && at-m.trig <= 3) {
			best, at = p, m.trig
			delete(m.why, FieldPlace) // placeBy names the in-name rule
		}
	}
	if best != "" && remoteNear(toks, m) {
		return "", -1 // "will hold an emergency session by video link on Friday, diplomats at the agency's headquarters here said": no venue
	}
	if s := seatOf(best); s != "" && sidelinesAt(toks, at) {
		best = d.seatName(s) // "on the sidelines of the U.N. General Assembly": where it sits
	}
	if best != "" && isVenue(best) && d.dl.Place != "" && !strings.Contains(best, d.dl.Place) && !(unicode.IsLower([]rune(best)[0]) && namesTown(best)) {
		best += ", " + d.dl.Place
	}
	return best, at
}

// remoteNear reports a meeting held with no venue, said within its own
// words or the six after them: "an emergency session by video link",
// "held a virtual meeting", "met via videoconference".
func remoteNear(toks []token, m *mention) bool {
	for k := max(m.nameStart-2, 0); k < len(toks) && k < m.skipEnd+6; k++ {
		if toks[k].lower == "," || toks[k].lower == ";" {
			if k >= m.skipEnd {
				return false
			}
			continue
		}
		if remoteAt(toks, k) {
			return true
		}
	}
	return false
}

// purposeTopic reports a place at c inside the object of a purpose clause
// about an issue, between the meeting's words (from a) and c: "to review
// the mission in Somalia", "to discuss the fighting in Sudan"; not "to
// discuss it in Geneva", where the place follows the verb's object at
// once, nor "to sign the accord in Geneva".
func purposeTopic(toks []token, a, c int) bool {
	for k := c - 1; k > a && k >= c-10; k-- {
		switch toks[k].lower {
		case ",", ";", ".":
			return false
		case "discuss", "review", "consider", "examine", "address", "assess", "debate", "evaluate", "tackle", "resolve",
			"approve", "fund", "finance", "vote", "buy", "sell", "acquire", "build", "close": // "to approve a rights issue to fund a new kiln in East Java", "to vote on the sale of two plants in the Delta"
			if lowerAt(toks, k-1) != "to" {
				return false
			}
			obj := k + 1 // the verb's object
			if toks[k].lower == "vote" {
				if lowerAt(toks, obj) != "on" {
					return false
				}
				obj++ // "to vote on the sale of ..."
			}
			n := 0 // the object's words before the place's preposition
			for j := obj; j < c-1; j++ {
				if toks[j].word && !determiners[toks[j].lower] {
					n++
				}
			}
			return n > 0 && !isPronoun(lowerAt(toks, obj)) // not "a creditors' meeting to vote on it will take place in Hong Kong"
		}
	}
	return false
}

// appositionFrom reports a place in apposition (appositionPlace) whose
// phrase follows "from": "from the South Korean port city of Haewol",
// "from the capital, Dakar".
func appositionFrom(toks []token, c chunk) bool {
	k := c.start - 1
	if w := lowerAt(toks, k); w == "," || w == "of" {
		k--
	}
	for n := 0; n < 5 && k > 0 && toks[k].word && !placePreps[toks[k].lower] && toks[k].lower != "from"; n++ {
		k-- // "the South Korean port city", "the Polish partner city"
	}
	return lowerAt(toks, k) == "from"
}

func isPronoun(w string) bool { return w == "it" || w == "them" || w == "this" || w == "that" }

// thisPlace returns the end of "this [descriptive words] city" at token k
// after "in", "to" or "at" ("in this historic southeastern city", "to this
// Black Sea resort"): the dateline's city, as "here" is; k when none.
func thisPlace(toks []token, k int) int {
	if toks[k].lower != "this" || !placePreps[lowerAt(toks, k-1)] {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "city", "capital", "town", "resort", "port", "village", "island":
			return j + 1
		}
		if !toks[j].word || toks[j].num {
			return k
		}
	}
	return k
}

// trailingVenue is the venue a listing line gives last, after the
// meeting's day and hour: "7.2 Foreshore Reserve Masterplan - community
// consultation session, Saturday 22 March 2025, 10.00 am, Port Alden Surf
// Life Saving Club". Every word from the comma to the line's end is
// capitalised (a name, not a clause); "" and -1 when there is none.
func (d *doc) trailingVenue(m *mention) (string, int) {
	toks := d.toks[m.sent]
	k := -1
	for _, x := range d.dates[m.sent] {
		if x.tokStart >= m.nameEnd {
			k = max(k, x.tokEnd)
		}
	}
	if k < 0 {
		return "", -1
	}
	if lowerAt(toks, k) != "," || k+1 >= len(toks) { // the hour ("10.00 am") is a date span of its own, passed with the day
		return "", -1
	}
	start, end := k+1, len(toks)
	for j := start + 1; j < end; j++ {
		if strings.ContainsRune(string(d.runes[toks[j-1].end:toks[j].start]), '\n') {
			end = j // the line ends: "... Surf Life Saving Club\n7.3 Tender T2025-04"
			break
		}
	}
	for end > start && !toks[end-1].word && !toks[end-1].num {
		end-- // the line's closing stop
	}
	for j := start; j < end; j++ {
		if toks[j].word && !toks[j].cap && !toks[j].num && toks[j].lower != "of" && toks[j].lower != "and" || toks[j].lower == ";" {
			return "", -1
		}
	}
	if end <= start || !toks[start].cap {
		return "", -1
	}
	return sliceText(d.runes, toks[start].start, toks[end-1].end), start
}

// waterWords end the names of seas and straits, where talks are about and
// not held: "the South China Sea", "the Strait of Hormuz" is named by its
// first word and stays a place only in "the Black Sea port city of".
var waterWords = map[string]bool{"sea": true, "ocean": true, "strait": true, "straits": true}

// describesPlace reports a name that modifies the description of a place
// named after it: "the Black Sea port city of Odesa", "the Red Sea resort
// of Sharm el-Sheikh".
func describesPlace(toks []token, c chunk) bool {
	k := c.end
	for n := 0; n < 3 && k < len(toks) && !toks[k].cap; n, k = n+1, k+1 {
		switch toks[k].lower {
		case "port", "city", "town", "capital", "resort", "village", "island", "region", "province":
		case "of":
			return n > 0 && k+1 < len(toks) && toks[k+1].cap
		default:
			return false
		}
	}
	return false
}

// roomOf reports where a numbered room's building ends: "Room 2A of City
// Hall", "Committee Room 4 of Portcullis House"; c.end when chunk c is no
// such room.
func roomOf(toks []token, c chunk) int {
	e := c.end
	if !venueWords[lowerAt(toks, e-1)] || e >= len(toks) || !strings.ContainsAny(toks[e].text, "0123456789") {
		return c.end
	}
	if e++; lowerAt(toks, e) == "," {
		if b := buildingAt(toks, e+1); b > e+1 {
			return b // "in Committee Room 2, Town Hall", "Room 4.12, Bishopsgate House"
		}
	}
	if lowerAt(toks, e) != "of" || e+1 >= len(toks) || !toks[e+1].cap {
		return e // "in Committee Room 1": the room with its number
	}
	for e++; e < len(toks) && toks[e].cap && toks[e].word; e++ {
	}
	return e
}

// buildingAt reads a building's name of one to four capitalised words at
// token k that ends in a building's word ("Town Hall", "Bishopsgate
// House"); it returns the token after it, k when there is none.
func buildingAt(toks []token, k int) int {
	e := k
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].word {
		e++
	}
	if e == k || !venueWords[toks[e-1].lower] {
		return k
	}
	return e
}

// datedTokens counts the tokens in [a, b) that dates and times take: "on
// Thursday, 26 February, from 10 a.m. to 1 p.m. in the Trusteeship Council
// Chamber" puts the venue no further from the meeting than "on Thursday in".
func datedTokens(ds []dateSpan, a, b int) int {
	n := 0
	for _, x := range ds {
		if s, e := max(x.tokStart, a), min(x.tokEnd, b); e > s {
			n += e - s
		}
	}
	return n
}

// bracketedTokens counts the tokens in brackets from a to b, brackets
// included: a notice's defined terms ("EGM"), ("the Company") put its
// venue no further from its meeting.
func bracketedTokens(toks []token, a, b int) int {
	n, open := 0, -1
	for k := max(a, 0); k < b && k < len(toks); k++ {
		switch toks[k].lower {
		case "(":
			open = k
		case ")":
			if open >= 0 {
				n += k - open + 1
				open = -1
			}
		}
	}
	return n
}

// bodyName reports whether chunk c names a body or a gathering rather than
// a place: its last word is an organisation word that is no building
// ("Council", "Committee") or a meeting noun ("Summit").
func bodyName(toks []token, c chunk) bool {
	last := lowerAt(toks, c.end-1)
	if isCountry(c.text) || last == "department" || last == "ministry" {
		return false // "the Soviet Union", "the United States"; "met at the State Department": a building
	}
	if _, ok := meetingNouns[last]; ok {
		return true
	}
	return orgWords[last] && !venueWords[last]
}

// namesTown reports a venue that names its own place with a capitalised
// word: "company's Leeds headquarters" in a London story needs no
// dateline city.
func namesTown(v string) bool {
	for _, w := range strings.Fields(v) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// heldAtHouse reports a meeting "held at" a house of members, a chunk c
// ending in one of houseWords after the preposition at k: "will be held
// ... at the Miners' Institute, Station Road": its building, not a body
// that meets.
func heldAtHouse(toks []token, k int, c chunk) bool {
	if lowerAt(toks, k) != "at" || !houseWords[lowerAt(toks, c.end-1)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if w := lowerAt(toks, j); w == "held" || w == "place" && lowerAt(toks, j-1) == "take" || w == "place" && lowerAt(toks, j-1) == "takes" {
			return true
		}
	}
	return false
}

// houseWords end the name of a members' building that is also its body:
// "Miners' Institute", "Working Men's Club", "Royal Society".
var houseWords = map[string]bool{"institute": true, "institution": true, "club": true, "society": true}

// namePlace takes a city from a meeting's name: "the Venice summit". A
// word that opens the sentence is capitalised anyway ("Pay talks with the
// employer will take place"): it must be a capital or a name the text
// capitalises elsewhere too (openingName).
func (d *doc) namePlace(toks []token, m *mention) string {
	if m.kind != "summit" && m.kind != "talks" && m.kind != "conference" {
		return ""
	}
	k := m.trig - 1
	for k >= m.nameStart && !toks[k].cap {
		k--
	}
	if k < m.nameStart || k > m.trig-1 || lowerAt(toks, k+1) == "'" {
		return ""
	}
	w := toks[k]
	if isAcronym(w.text) || nationalities[w.lower] || orgWords[w.lower] || nameModifiers[w.lower] || sessionModifiers[w.lower] || lowerAt(toks, k-1) == "-" || lowerAt(toks, k+1) == "-" {
		return "" // not "an Extraordinary Summit of the Organ Troika"
	}
	if k > 0 && toks[k-1].cap && k-1 >= m.nameStart && !isAcronym(toks[k-1].text) {
		return "" // a longer name: "Uruguay Round", not a city
	}
	if k != m.nameStart && !(k > 0 && (toks[k-1].num || isAcronym(toks[k-1].text))) || strings.HasSuffix(w.lower, "ing") {
		return "" // "Media and Broadcasting Conference"; "G-7 Washington talks" is fine
	}
	if d.commonOpening(toks, m.sent, chunk{start: k, end: k + 1}) {
		return "" // "Pay talks", "Merger talks" open the sentence
	}
	if k != m.nameStart && !d.placeWord(w) || seatIndex[w.lower] != nil && !d.placeWord(w) {
		return "" // "the AI Action Summit" (but "the G-7 Washington talks"), "the Commonwealth summit": a body's word, not a city
	}
	return w.text
}

// placeWord reports a word that names a place: a capital or a body's seat
// (data/capitals.tsv, seats.tsv), the dateline's city, or a word the text
// puts after "in", "at" or "to" ("the Venice summit", "leaders arrived in
// Venice").
func (d *doc) placeWord(w token) bool {
	if capitalOf[w.lower] != nil || seatCities[w.lower] || strings.EqualFold(w.text, d.dl.Place) || strings.HasPrefix(d.dl.Place, w.text+",") {
		return true
	}
	for _, toks := range d.toks {
		for k := 1; k < len(toks); k++ {
			if toks[k].lower == w.lower && toks[k].cap && (placePreps[toks[k-1].lower] && toks[k-1].lower != "for" || toks[k-1].lower == "the" && placePreps[lowerAt(toks, k-2)]) {
				return true
			}
		}
	}
	return false
}

// commonOpening reports a chunk c of one word that opens sentence si and
// is no name by openingName: "Merger talks", "Pay talks".
func (d *doc) commonOpening(toks []token, si int, c chunk) bool {
	k := c.start
	return c.end == k+1 && (k == 0 || toks[k-1].end <= d.dlEnd) && !isAcronym(toks[k].text) && !d.openingName(si, toks[k])
}

// openingName reports whether w, capitalised at the start of sentence si,
// is a name: a capital or a body's seat (data/capitals.tsv, seats.tsv), the
// dateline's city, or a word the text capitalises
// within another sentence ("Geneva talks" after "the talks in Geneva").
func (d *doc) openingName(si int, w token) bool {
	if capitalOf[w.lower] != nil || seatCities[w.lower] || strings.EqualFold(w.text, d.dl.Place) {
		return true
	}
	for i, toks := range d.toks {
		for k := 1; k < len(toks); k++ {
			if i != si && toks[k].lower == w.lower && toks[k].cap && toks[k-1].end > d.dlEnd {
				return true
			}
		}
	}
	return false
}

func isScheduled(w string) bool {
	switch w {
	case "scheduled", "set", "planned", "slated", "due", "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "bound":
		return true // "scheduled for Zaire"; "will leave for Washington on Monday to attend a meeting"
	}
	return false
}

func isVisit(w string) bool { return w == "visit" || w == "trip" || travelVerbs[w] }

func isVenue(place string) bool {
	ws := strings.Fields(place)
	return len(ws) >= 2 && venueWords[strings.ToLower(ws[len(ws)-1])] && !strings.Contains(place, ",")
}

// topicOf reports a name that is what the talks are about: after "on",
// "over" or "about" a meeting or topic noun ("talks on Cyprus", "a war
// over the Falkland Islands"), or after "the future of" and the like.
func topicOf(toks []token, c chunk) bool {
	if s := listStart(toks, c.start); s < c.start && lowerAt(toks, s-1) == "of" && aboutNouns[lowerAt(toks, s-2)] {
		return true // "the looming departure of Mali, Burkina Faso and Niger": each of the list
	}
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	before := lowerAt(toks, k-1)
	switch lowerAt(toks, k) {
	case "discuss", "discussed", "discussing":
		return !toks[c.start].cap || !isPersonName(c.text) // "met in Peking on Tuesday to discuss Cambodia"
	case "on", "over", "about":
		_, meeting := meetingNouns[before]
		return meeting || topicNouns[before]
	case "for":
		return thingNouns[before] // "quotas for Iraq"
	case "of":
		return aboutNouns[before]
	}
	return false
}

// aboutNouns before "of" make the name the talks' subject: "the future of
// Macao", "the looming departure of Mali, Burkina Faso and Niger".
var aboutNouns = map[string]bool{"future": true, "fate": true, "status": true, "sovereignty": true, "reunification": true, "boycott": true,
	"departure": true, "withdrawal": true, "exit": true, "accession": true, "admission": true, "expulsion": true, "suspension": true}

// listStart is the first token of the list of names that the name at k
// ends or continues: "Mali" of "Mali, Burkina Faso and Niger" for any of
// the three; k itself when the name stands alone.
func listStart(toks []token, k int) int {
	start := k
	for j := k - 1; j >= 0; j-- {
		switch w := toks[j].lower; {
		case w == "," || w == "and":
			continue
		case toks[j].cap && toks[j].word:
			if w := lowerAt(toks, j+1); w == "," || w == "and" {
				start = j
			}
			continue
		}
		break
	}
	for start < k && !toks[start].cap {
		start++
	}
	return start
}

// regionalRegion reports a region named with a region's adjective:
// "Western Europe", "Southern Africa".
func regionalRegion(lw string) bool {
	first, rest, ok := strings.Cut(lw, " ")
	return ok && (regionalAdjectives[first] || first == "northern" || first == "southern") && regions[rest]
}

// sidelinesOf reports a gathering named as where a meeting is held beside
// it: "on the fringe of the U.N. General Assembly", "on the sidelines of".
func sidelinesOf(toks []token, c chunk) bool {
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	if lowerAt(toks, k) != "of" {
		return false
	}
	switch lowerAt(toks, k-1) {
	case "fringe", "fringes", "sidelines", "sideline", "margins", "margin":
		return true
	}
	return false
}

// titledSoFar reports a job title among tokens [j, k): the name so far is a
// person's, and "and" after it starts another name ("Treasury Secretary
// James Baker and International Monetary Fund managing director ...").
func titledSoFar(toks []token, j, k int) bool {
	titled := false
	for i := j; i < k; i++ {
		titled = titled || toks[i].cap && titleWords[toks[i].lower] && !orgWords[toks[i].lower]
	}
	return titled && isPersonName(stripTitles(sliceTextTok(toks, j, k)))
}

// numberedRoom is a room named with its number anywhere in m's sentence,
// "Committee Room 1", "Room 4.12": a venue even with no preposition before
// it ("(all at 6pm, Committee Room 1)"); "", -1 when there is none.
func (d *doc) numberedRoom(m *mention) (string, int) {
	toks := d.toks[m.sent]
	for _, c := range d.chunks(m.sent) {
		if e := roomOf(toks, c); e > c.end && roomWords[lowerAt(toks, c.end-1)] {
			return sliceText(d.runes, toks[c.start].start, toks[e-1].end), c.start
		}
	}
	return "", -1
}

// municipalOwner reports a town, city or county named as the owner of the
// body before it: "the Zoning Board of Appeals of the Town of Weston".
func municipalOwner(toks []token, c chunk) bool {
	switch lowerAt(toks, c.start) {
	case "town", "city", "county", "village", "borough", "township":
	default:
		return false
	}
	if lowerAt(toks, c.start-1) != "the" || lowerAt(toks, c.start-2) != "of" {
		return false
	}
	for k := c.start - 3; k >= 0 && k >= c.start-6 && toks[k].cap; k-- {
		if listedBodies[toks[k].lower] || bodyNouns[toks[k].lower] || toks[k].lower == "appeals" {
			return true
		}
	}
	return false
}

// officeCity is the venue "offices of Acas, London" for chunk c after "at
// the offices of" when a city follows it ("at the offices of Acas in
// London", "at the offices of law firm Kirkland & Ellis in Hong Kong"): the
// body whose offices host the meeting is no place of its own. "" when no
// city follows.
func (d *doc) officeCity(si int, c chunk) string {
	toks := d.toks[si]
	if !officesOf(toks, c) || lowerAt(toks, c.end) != "in" {
		return ""
	}
	of := c.start - 1
	for of > 0 && of >= c.start-5 && toks[of].lower != "of" {
		of--
	}
	if of < 1 || toks[of].lower != "of" {
		return ""
	}
	for _, o := range d.chunks(si) {
		if o.start == c.end+1 && !corporateName(o.text) && !bodyName(toks, o) {
			return sliceText(d.runes, toks[of-1].start, toks[c.end-1].end) + ", " + o.text
		}
	}
	return ""
}

// acronymBody reports an organisation's initialism with no seat the data
// knows and no venue word after it: "Leaders will meet at ECOWAS on
// Thursday", "at ASEAN" name the body, not where it meets (a seated one,
// "at OPEC", is at its seat; "at ECOWAS headquarters" is a venue).
func acronymBody(toks []token, c chunk) bool {
	if c.end-c.start != 1 || venueWords[lowerAt(toks, c.end)] || isCountry(c.text) || seatOf(c.text) != "" {
		return false
	}
	t := toks[c.start].text
	if len([]rune(t)) < 3 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// cityOfCountry is the place of another mention of cluster c that names a
// city or venue when place is only a country: "Leaders will meet in
// Ethiopia on Thursday. The talks in Addis Ababa will focus on Sudan" are
// held in Addis Ababa.
func cityOfCountry(c *cluster, place string) string {
	if !isCountry(place) {
		return place
	}
	for _, o := range c.mentions {
		if o.place != "" && !isCountry(o.place) && !regions[strings.ToLower(o.place)] {
			return o.place
		}
	}
	return place
}

// formerPlan reports a place inside a relative clause of a plan given up
// (rule place.preposition): ", which had been due to open in Vientiane
// next week," or "that was originally scheduled for Lagos": the meeting
// is held elsewhere now, or where the text does not say.
func formerPlan(toks []token, c chunk) bool {
	for k := c.start - 1; k >= 0 && k >= c.start-10; k-- {
		switch toks[k].lower {
		case ",", ";", ".":
			return false
		case "which", "that":
			return planGivenUp(toks, k)
		}
	}
	return false
}

// planGivenUp reports a relative pronoun at k whose clause tells a plan
// given up: "which had been due to", "that was originally scheduled for".
func planGivenUp(toks []token, k int) bool {
	switch lowerAt(toks, k+1) {
	case "had", "was", "were", "originally", "initially":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].lower {
		case "due", "scheduled", "planned", "originally", "initially", "set":
			return true
		}
	}
	return false
}

// welcomesTo reports the verb at v as the meeting's own welcome, which takes
// the guest to its place: "President Biden welcoming President Marcos to the
// White House on May 1".
func welcomesTo(toks []token, v int, m *mention) bool {
	switch lowerAt(toks, v) {
	case "welcome", "welcomes", "welcomed", "welcoming":
		return v == m.trig
	}
	return false
}
