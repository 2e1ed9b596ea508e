package meetings

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
)

// Place clues that placeOf reads beside the capitalised names: a place that
// belongs to another clause, a venue written in lower case, a place a
// neighbouring sentence gives.

// otherClause reports a place chunk c that lies in a clause other than
// mention m's: after a subordinator opening a clause of its own ("will
// meet on Wednesday, a week after bomb blasts in Karachi killed 72
// people"), or, before the meeting, inside an opening subordinate clause
// closed by a comma ("After riots in Karachi, the cabinet will meet").
// A subordinator followed by a preposition or a name ("while in Paris",
// "after Easter in Brussels") leaves the place to the meeting.
func otherClause(toks []token, m *mention, c chunk) bool {
	if c.start >= m.skipEnd {
		opened := false // the clause runs to the next comma
		for j := m.skipEnd; j < c.start-1; j++ {
			opened = toks[j].lower != "," && (opened || clauseOpener(toks, j) || gerundClause(toks, j) || otherRelative(toks, m, j))
		}
		return opened
	}
	if c.end > m.nameStart {
		return false
	}
	opened := false
	for j := 0; j < c.start-1; j++ {
		opened = opened || clauseOpener(toks, j)
	}
	if !opened {
		return false
	}
	for j := c.end; j < m.nameStart; j++ {
		if toks[j].lower == "," {
			return true
		}
	}
	return false
}

// clauseOpener reports a subordinator at j that opens a clause about
// something else ("because President Mitterrand travels to Brussels").
// "After" and "since" do so only before a lowercase word that is neither a
// preposition nor "here" ("after bomb blasts in Karachi", not "after Easter
// in Brussels"); a preposition next ("while in Paris") keeps the place the
// meeting's. "When" is left alone: "when they meet in Washington" is the
// meeting itself.
func clauseOpener(toks []token, j int) bool {
	w := toks[j].lower
	if w == "when" && lowerAt(toks, j-1) == "," {
		return otherWhen(toks, j) // "last met in October, when it heard from civil society groups in Mali"
	}
	if !subordinators[w] || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	if placePreps[n.lower] || n.lower == "here" || n.lower == "on" || !n.word {
		return false
	}
	if w == "after" || w == "since" {
		return !n.cap && !n.num
	}
	return true
}

// otherWhen reports ", when" at j opening a clause that holds no meeting:
// "when it heard from civil society groups in Mali" tells what happened
// at it, not where; "when they meet in Washington" is the meeting itself.
func otherWhen(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if meetingVerbs[toks[k].lower] || holdWords[toks[k].lower] {
			return false
		}
		if _, noun := meetingNouns[toks[k].lower]; noun {
			return false
		}
	}
	return true
}

// gerundClause reports "before" or "after" at j opening a clause on a verb
// in -ing: "is due to meet Hu Yaobang tomorrow before flying to Shanghai".
func gerundClause(toks []token, j int) bool {
	w := toks[j].lower
	return (w == "before" || w == "after") && j+1 < len(toks) && !toks[j+1].cap && strings.HasSuffix(toks[j+1].lower, "ing") && len(toks[j+1].lower) > 5
}

// otherRelative reports ", which" at j whose antecedent is a noun after
// the meeting's name and whose clause does not hold a meeting: "to decide
// on a new assembly plant, which could be built at Uddevalla" (but "the
// talks, which will be held in Geneva").
func otherRelative(toks []token, m *mention, j int) bool {
	if toks[j].lower != "which" || lowerAt(toks, j-1) != "," || j-2 < m.skipEnd {
		return false
	}
	if _, ok := meetingNouns[lowerAt(toks, j-2)]; ok {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+6; k++ {
		if holdWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// holdWords say a clause holds a meeting or tells its course: "which will
// be held in Geneva", "which began in Geneva in January".
var holdWords = map[string]bool{
	"held": true, "hold": true, "holds": true, "place": true, "meet": true, "meets": true, "convene": true,
	"convenes": true, "open": true, "opens": true, "opened": true, "hosted": true, "host": true, "hosts": true,
	"began": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true,
	"resumed": true, "resume": true, "resumes": true, "ended": true, "continue": true, "continues": true,
}

// officeNouns are the rooms of "at the offices of the federal mediation
// service" (lowerVenue) and of "at the offices of Citibank", where the
// name is a venue, not a party (officesOf, which also takes "home").
var officeNouns = map[string]bool{"offices": true, "office": true, "headquarters": true, "premises": true, "residence": true}

// lowerVenue finds a venue written in lower case near mention m: "at the
// offices of the federal mediation service", "at the prime minister's
// office", "at the Soviet embassy", "at the foreign ministry"; "" when there is none. The place is the venue's words from the
// room on; the token index is where it starts.
func lowerVenue(toks []token, m *mention) (string, int) {
	for k := max(m.nameStart-12, 1); k < len(toks) && k < m.skipEnd+15; k++ {
		if toks[k].lower == "in" || toks[k].lower == "at" {
			if w := clubVenueAt(toks, k+1); w > 0 {
				return sliceTextTok(toks, k+2, w), k + 2 // "will be held in the pavilion", "met in the clubhouse"
			}
		}
		if toks[k].lower != "at" {
			continue
		}
		j := k + 1
		if lowerAt(toks, j) == "the" {
			j++
		}
		if officeNouns[lowerAt(toks, j)] && lowerAt(toks, j+1) == "of" {
			e := j + 2
			if lowerAt(toks, e) == "the" {
				e++
			}
			s := e
			for e < len(toks) && toks[e].word && !toks[e].cap && !toks[e].num && !placePreps[toks[e].lower] && toks[e].lower != "on" {
				e++
			}
			if e > s && (e >= len(toks) || !toks[e].cap) {
				return sliceTextTok(toks, j, e), j
			}
			continue
		}
		if v, at := ownedVenue(toks, k+1); v != "" {
			return v, at // "at the company's Minneapolis headquarters", "at a hotel in Osaka"
		}
		if (nationalities[lowerAt(toks, j)] || lowerAt(toks, j) == "u.s.") && toks[j].cap && (lowerAt(toks, j+1) == "embassy" || lowerAt(toks, j+1) == "consulate") {
			return toks[j].text + " " + toks[j+1].text, j // "at the Soviet embassy"
		}
		if w := lowerVenueAt(toks, j); w > j {
			return sliceTextTok(toks, j, w), j // "at the foreign ministry", "at the presidential palace"
		}
		// "at the prime minister's office"
		e := j
		for e < len(toks) && e < j+3 && toks[e].word && !toks[e].cap {
			e++
		}
		if e > j && isApostrophe(lowerAt(toks, e)) && lowerAt(toks, e+1) == "s" && officeNouns[lowerAt(toks, e+2)] {
			return sliceTextTok(toks, j, e) + "'s " + toks[e+2].text, j
		}
	}
	return "", -1
}

// possessiveVenueAt finds at j a building whose own name holds a
// possessive: "St Anne's Church Hall", "King's College", "St Mary's
// Cathedral". It returns the token after the "'s" and the venue's end;
// 0, -1 when there is none.
func possessiveVenueAt(toks []token, j int) (owner, end int) {
	e := j
	for e < len(toks) && e < j+3 && toks[e].cap && toks[e].word {
		e++
	}
	if e == j || !isApostrophe(lowerAt(toks, e)) || lowerAt(toks, e+1) != "s" {
		return 0, -1
	}
	owner = e + 2
	for v := owner; v < len(toks) && v < owner+4 && toks[v].cap && toks[v].word; v++ {
		if w := toks[v].lower; venueWords[w] || ownedVenueNouns[w] || buildingWords[w] {
			end = v + 1
		}
	}
	if end == 0 {
		return 0, -1
	}
	return owner, end
}

// buildingWords end the names of buildings a society or a parish meets in,
// beside venueWords: "St Anne's Church Hall", "King's College".
var buildingWords = map[string]bool{"church": true, "cathedral": true, "chapel": true, "college": true, "school": true,
	"library": true, "hospital": true, "abbey": true, "pavilion": true}

// ownedVenueNouns name a building by what it is: "headquarters", "plant".
var ownedVenueNouns = map[string]bool{"headquarters": true, "plant": true, "factory": true, "hotel": true, "offices": true,
	"secretariat": true, "residence": true, "campus": true, "mill": true}

// ownedVenueStops are words no venue's name holds before its noun.
var ownedVenueStops = map[string]bool{"on": true, "to": true, "for": true, "with": true, "and": true, "of": true,
	"by": true, "from": true, "in": true, "at": true, "that": true, "which": true, "where": true}

// ownedVenue finds at k (after "at") a building named by what it is, past
// its owner: "the company's Minneapolis headquarters", "Eskom's Megawatt
// Park headquarters", "the carmaker's main plant in Ulsan", "a hotel in
// Osaka", "the secretariat". It returns the building's words with its
// owner, and ", City" when "in City" follows; "" when
// there is none, or when "of" follows ("the headquarters of the party"
// is officesOf's).
func ownedVenue(toks []token, k int) (string, int) {
	j := k
	switch lowerAt(toks, j) {
	case "the", "a", "an", "its", "their", "his", "her":
		j++
	}
	from, owner := j, j
	for e := j; e < len(toks) && e < j+4 && toks[e].word; e++ {
		if isApostrophe(lowerAt(toks, e+1)) && lowerAt(toks, e+2) == "s" {
			owner = e + 3 // "the company's", "Eskom's"
			break
		}
	}
	j = owner
	for e := j; e < len(toks) && e <= j+3; e++ {
		if !toks[e].word || toks[e].num || ownedVenueStops[toks[e].lower] {
			return "", -1
		}
		if !ownedVenueNouns[toks[e].lower] {
			continue
		}
		if lowerAt(toks, e+1) == "of" {
			return "", -1
		}
		v := sliceText2(toks, from, owner, e+1)
		if lowerAt(toks, e+1) == "in" {
			c := e + 2
			for c < len(toks) && c < e+5 && toks[c].cap && toks[c].word {
				c++
			}
			if c > e+2 {
				v += ", " + sliceTextTok(toks, e+2, c) // "main plant, Ulsan"
			}
		} else if a := addressAfter(toks, e+1); a != "" {
			v += ", " + a // "at the Commission's offices, 12 Harbour Road, Suva"
		}
		return v, from
	}
	return "", -1
}

// addressAfter is the street address after a venue's comma at k, with its
// town after another comma: ", 12 Harbour Road, Suva" -> "12 Harbour Road,
// Suva"; "" when no number and street follow.
func addressAfter(toks []token, k int) string {
	if lowerAt(toks, k) != "," || k+2 >= len(toks) || !toks[k+1].num {
		return ""
	}
	e := k + 2
	for e < len(toks) && e < k+6 && toks[e].cap && toks[e].word {
		e++
	}
	if e == k+2 || !streetWords[toks[e-1].lower] {
		return ""
	}
	out := sliceTextTok(toks, k+1, e)
	if lowerAt(toks, e) == "," && e+1 < len(toks) && toks[e+1].cap && toks[e+1].word {
		c := e + 1
		for c < len(toks) && c < e+4 && toks[c].cap && toks[c].word {
			c++
		}
		out += ", " + sliceTextTok(toks, e+1, c)
	}
	return out
}

// sliceText2 writes tokens [a, b) with an owner's "'s" (tokens [owner-2,
// owner)) joined to its word: "company's Minneapolis headquarters".
func sliceText2(toks []token, a, owner, b int) string {
	if owner == a {
		return sliceTextTok(toks, a, b)
	}
	return sliceTextTok(toks, a, owner-2) + "'s " + sliceTextTok(toks, owner, b)
}

// clubVenues are the rooms a club, a parish or a branch meets in, written
// in lower case: "the clubhouse", "the church hall", "the community centre".
var clubVenues = map[string]bool{"clubhouse": true, "pavilion": true, "boathouse": true, "clubroom": true, "clubrooms": true,
	"hall": true, "library": true, "canteen": true, "boardroom": true, "depot": true, "centre": true, "center": true}

// clubVenueAt returns the end of "the clubhouse", "the church hall", "the
// community centre" opening at k (up to one lower-case word before the
// room); 0 when there is none.
func clubVenueAt(toks []token, k int) int {
	if lowerAt(toks, k) != "the" {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if !toks[j].word || toks[j].cap || toks[j].num {
			return 0
		}
		if clubVenues[toks[j].lower] && lowerAt(toks, j+1) != "of" {
			return j + 1
		}
	}
	return 0
}

// lowerVenueAt returns the end of a building named in lower case from k, a
// ministry, chancellery or palace with up to two words before it ("foreign
// ministry", "presidential palace"); k when there is none, or when "of"
// follows ("the ministry of finance" is the body).
func lowerVenueAt(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if !toks[j].word || toks[j].cap || toks[j].num {
			return k
		}
		switch toks[j].lower {
		case "ministry", "chancellery", "palace":
			if w := lowerAt(toks, j+1); w == "of" || isApostrophe(w) {
				return k
			}
			return j + 1
		}
	}
	return k
}

// travelVerbs send a party to the place after "to": "Nakasone, who flies
// to Washington tomorrow, will hold talks with Reagan".
var travelVerbs = map[string]bool{
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"fly": true, "flies": true, "flew": true, "flying": true, "went": true, "goes": true, "going": true,
	"heads": true, "headed": true, "heading": true, "go": true,
}

// neighbourPlace finds mention m's place in a neighbouring sentence: "will
// meet Rajiv Gandhi there on October 13" after "Commonwealth leaders gather
// in Vancouver next week" (the place named last before "there"), or the
// next sentence's "The venue will be New York", "It will be held in
// Vienna" and "Kathmandu will host the meeting". It records the rule and
// returns "" when there is none.
func (d *doc) neighbourPlace(m *mention) string {
	toks := d.toks[m.sent]
	for k := m.trig + 1; k < len(toks) && k < m.skipEnd+10; k++ {
		if toks[k].lower == "," || toks[k].lower == ";" {
			break
		}
		if toks[k].lower == "there" && !beVerbs[lowerAt(toks, k+1)] || placeNounRef(toks, k) {
			if p, si, c := d.lastPlaceBefore(m.sent, m.nameStart); p != "" {
				m.by(FieldPlace, RulePlaceThere, d.toks[si][c.start].start, d.toks[si][c.end-1].end)
				return p
			}
			if o := d.placedBefore(m); o != nil {
				m.by(FieldPlace, RulePlaceThere, -1, -1)
				return o.place // "The ministers will gather in the Saudi capital ... Deputy ministers will hold a preparatory meeting there"
			}
			return ""
		}
	}
	si := m.sent + 1
	if si >= len(d.toks) {
		return ""
	}
	nt := d.toks[si]
	for _, c := range d.chunks(si) {
		if c.start > 8 || bodyName(nt, c) {
			continue
		}
		k := c.start - 1
		if c.start == 0 || c.start == 1 && nt[0].lower == "the" {
			if hostVerb(nt, c.end) && !bodyName(nt, c) && !isPersonName(c.text) {
				m.by(FieldPlace, RulePlaceNextSentence, nt[c.start].start, nt[c.end-1].end)
				if d.homeCountry(c.text) {
					return d.dl.Place // "Oman is hosting the talks" in Muscat: here, as hostedHere's
				}
				return d.stripped(c.text) // "Kathmandu will host the meeting."
			}
		}
		venue := beVerbs[lowerAt(nt, k)] && (lowerAt(nt, k-1) == "venue" || lowerAt(nt, k-2) == "venue")
		held := (lowerAt(nt, k) == "in" || lowerAt(nt, k) == "at") && (lowerAt(nt, k-1) == "held" || lowerAt(nt, k-1) == "place" && lowerAt(nt, k-2) != "a") &&
			(nt[0].lower == "it" || nt[0].lower == "they" || nt[0].lower == "the" && kindNoun(nt, 1, m.kind))
		if venue || held {
			e := c.end
			if isApostrophe(lowerAt(nt, e)) && lowerAt(nt, e+1) == "s" && e+2 < len(nt) && nt[e+2].cap {
				for e += 2; e < len(nt) && (nt[e].cap || venueWords[nt[e].lower]) && nt[e].word; e++ {
				} // "in Vienna's Hofburg palace"
			}
			m.by(FieldPlace, RulePlaceNextSentence, nt[c.start].start, nt[e-1].end)
			if e > c.end {
				return sliceText(d.runes, nt[c.end+2].start, nt[e-1].end) + ", " + d.stripped(c.text) // "Hofburg palace, Vienna"
			}
			return d.stripped(c.text)
		}
	}
	return ""
}

// kindNoun reports a meeting noun at k of kind ("The meeting will be held
// in ...", "The talks will take place in ...").
func kindNoun(toks []token, k int, kind string) bool {
	n, ok := meetingNouns[lowerAt(toks, k)]
	return ok && sameKind(n, kind)
}

// hostVerb reports "will host", "hosts", "is to host" at token k followed by
// a meeting: "Kathmandu will host the meeting".
func hostVerb(toks []token, k int) bool {
	for n := 0; n < 2 && (auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "to"); n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "host", "hosts", "hosting":
	default:
		return false
	}
	k++
	if determiners[lowerAt(toks, k)] {
		k++
	}
	_, ok := meetingNouns[lowerAt(toks, k)]
	return ok
}

// beVerbs are the forms of "to be" that make "there" existential ("there
// will be talks") or state a venue ("The venue will be New York").
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "will": true, "would": true}

// placeNounRef reports "in the town", "in the Kenyan port city" at token
// k: a place the story named before, called by its kind (rule
// place.there). Not "in the city of Mombasa", "in the port of Durban" or
// "in the capital, Dodoma", which name it, nor "in the capital", which
// capitalHere reads.
func placeNounRef(toks []token, k int) bool {
	if w := lowerAt(toks, k); w != "in" && w != "at" || lowerAt(toks, k+1) != "the" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "town", "city", "village", "resort":
			next := lowerAt(toks, j+1)
			return next != "of" && next != "," && next != "hall" && next != "council" && next != "centre" && next != "center" && (j+1 >= len(toks) || !toks[j+1].cap)
		}
		if !toks[j].word || toks[j].cap && !nationalities[toks[j].lower] && countries[toks[j].lower] == "" {
			return false
		}
	}
	return false
}

// placedBefore is the latest mention of the two sentences before m's, or
// of m's own before it, that has a place.
func (d *doc) placedBefore(m *mention) *mention {
	var best *mention
	for _, o := range d.mentions {
		if o == m || o.place == "" || o.sent < m.sent-2 || o.sent > m.sent || o.sent == m.sent && o.trig >= m.trig {
			continue
		}
		if best == nil || o.sent > best.sent || o.sent == best.sent && o.trig > best.trig {
			best = o
		}
	}
	return best
}

// lastPlaceBefore is the last place said after "in" or "at" before token
// end of sentence si, or else in the sentence before it: the place "there"
// stands for. It returns the place, its sentence and its chunk.
func (d *doc) lastPlaceBefore(si, end int) (string, int, chunk) {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := d.toks[s]
		var best chunk
		found := false
		for _, c := range d.chunks(s) {
			if s == si && c.end > end {
				break
			}
			p := lowerAt(toks, c.start-1)
			if (p == "in" || p == "at") && !bodyName(toks, c) && !nationalities[strings.ToLower(c.text)] && !isPersonName(c.text) {
				best, found = c, true
			}
		}
		if found {
			return d.stripped(best.text), s, best
		}
	}
	return "", -1, chunk{}
}

// carryNextPlace gives a dated meeting the place of an undated "will meet
// at" in the sentence right after it, when that sentence names no time and
// the sentence before holds no other dated meeting: "The Conference on
// Disarmament resumes its spring session on Tuesday. Delegates from 40
// countries will meet at the Palais des Nations."
func (d *doc) carryNextPlace(cs []*cluster) {
	for _, u := range cs {
		if len(u.dates) > 0 {
			continue
		}
		for _, m := range u.mentions {
			if m.place == "" || m.anaphoric || m.sent == 0 || len(d.dates[m.sent]) > 0 || pastTurn(d.toks[m.sent]) || !futureBefore(d.toks[m.sent], m.trig) {
				continue // "Chirac is in Quebec for talks on trade": what goes on now, not the meeting before
			}
			var owner *cluster
			for _, c := range cs {
				if len(c.dates) > 0 && c.inSentence(m.sent-1) {
					if owner != nil {
						owner = nil // two meetings before it: whose place is it?
						break
					}
					owner = c
				}
			}
			if owner != nil && owner.later == nil && !owner.hasPlace() {
				owner.later = m
			}
		}
	}
}

// inSentence reports a mention of c in sentence si.
func (c *cluster) inSentence(si int) bool {
	for _, m := range c.mentions {
		if m.sent == si {
			return true
		}
	}
	return false
}

// hasPlace reports a mention of c that says where it is held.
func (c *cluster) hasPlace() bool {
	for _, m := range c.mentions {
		if m.place != "" {
			return true
		}
	}
	return false
}

// futureBefore reports "will", "would" or "shall" before token k: "Delegates
// will meet at the Palais des Nations".
func futureBefore(toks []token, k int) bool {
	for j := 0; j < k && j < len(toks); j++ {
		switch toks[j].lower {
		case "will", "would", "shall":
			return true
		}
	}
	return false
}

// pastTurn reports words that move a sentence to another time than the
// meeting's: "Last year they met in Paris", "as they did before".
func pastTurn(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "last", "previous", "earlier", "ago", "before", "former", "once", "usually", "often":
			return true
		}
	}
	return false
}

// leadsSentence reports a meeting named at the head of its sentence (after
// the dateline and "The"), whose predicate may lie far after a long list of
// parties and a relative clause: "Talks between the European Community and
// the United States on farm trade, which opened in January, are continuing
// this week in Geneva".
func (d *doc) leadsSentence(m *mention) bool {
	toks := d.toks[m.sent]
	for k := 0; k < m.nameStart && k < len(toks); k++ {
		if toks[k].start >= d.dlEnd && toks[k].lower != "the" {
			return false
		}
	}
	return true
}

// progressive reports a meeting word at k used as a verb in -ing after a
// form of "to be": "The negotiators, who have been meeting in Ottawa since
// June, will hold their final session".
func progressive(toks []token, k int) bool {
	switch lowerAt(toks, k-1) {
	case "been", "are", "were", "is", "was", "be":
		return strings.HasSuffix(lowerAt(toks, k), "ing")
	}
	return false
}

// sidelinesAt reports a place chunk starting at token at that follows "on
// the sidelines of".
func sidelinesAt(toks []token, at int) bool {
	return at > 0 && at < len(toks) && sidelinesOf(toks, chunk{start: at, end: at + 1})
}

// seatName is the name of seat city s ("New York|United Nations") that the
// dateline uses, else its first.
func (d *doc) seatName(s string) string {
	if atSeat(s, d.datelineCity()) {
		return d.datelineCity()
	}
	city, _, _ := strings.Cut(s, "|")
	return city
}

// seatedName reports a meeting named after an international body sitting
// where the story was filed: "The 40-nation Conference on Disarmament, in
// session since June 9" in Geneva. Not a summit: summits move ("EU
// leaders will then hold their summit" names no place).
func (d *doc) seatedName(m *mention) bool {
	if m.kind == "summit" {
		return false
	}
	if d.seatedHere(m.title) {
		return true
	}
	for _, n := range m.nameOrgs {
		if d.seatedHere(n) {
			return true
		}
	}
	for _, c := range d.chunks(m.sent) {
		if c.end > m.nameStart-3 && c.start < m.skipEnd && d.seatedHere(c.text) {
			return true
		}
	}
	return false
}

// travelledTo finds where a person of mention m was said, in one of the
// two sentences before, to travel or to have arrived: "Bangemann flies to
// Tokyo on Wednesday for a four-day visit. Bangemann will hold talks with
// Nakasone on Thursday"; "Mochtar arrived in Hanoi today ... He will meet
// Nguyen Co Thach on Monday". A country is too vague to be the place, and
// a journey of someone else says nothing of this meeting. It records the
// rule and returns "" when there is none.
func (d *doc) travelledTo(m *mention) string {
	for si := m.sent; si >= 0 && si >= m.sent-2; si-- {
		toks := d.toks[si]
		for k, t := range toks {
			if !travelFilter.May(t.lower) || !travelVerbs[t.lower] && !arrivals[t.lower] || !d.travellerIn(toks[:k], m) {
				continue
			}
			if si == m.sent && (!arrivals[t.lower] || k > m.nameStart) {
				continue // its own sentence: "arrived in Damascus last night and will see President Hafez al-Assad today"
			}
			j := k + 1
			switch lowerAt(toks, j) {
			case "to", "in", "into":
				j++
			default:
				continue
			}
			for _, c := range d.chunks(si) {
				if c.start != j || isCountry(c.text) || regions[strings.ToLower(c.text)] || bodyName(toks, c) || isPersonName(c.text) || nationalities[strings.ToLower(c.text)] {
					continue
				}
				m.by(FieldPlace, RulePlaceTravel, toks[c.start].start, toks[c.end-1].end)
				return d.stripped(c.text)
			}
		}
	}
	return ""
}

// arrivals say a party has come to a place: "arrived in Hanoi today".
var arrivals = map[string]bool{"arrived": true, "arrives": true, "arrive": true, "arriving": true}

// travellerIn reports a party m names (by its last word: a person's
// surname, "Mochtar") among toks, the words
// before a journey's verb.
func (d *doc) travellerIn(toks []token, m *mention) bool {
	for _, n := range m.named {
		if isCountry(n) || n == "" || !unicode.IsUpper([]rune(n)[0]) {
			continue
		}
		s := strings.ToLower(surname(n))
		for _, t := range toks {
			if t.lower == s {
				return true
			}
		}
	}
	return false
}

// capitalHere reports "in the capital" near mention m in a story filed from
// a capital: "Opposition leaders will meet in the capital on Friday" in
// Manila (not "in the Senegalese capital, Dakar", whose city is named).
func (d *doc) capitalHere(toks []token, m *mention) (int, bool) {
	if capitalOf[strings.ToLower(d.datelineCity())] == nil {
		return -1, false
	}
	k := capitalNear(toks, m, func(k int) bool { return capitalPhraseAt(toks, k, 0, "of", "in", "to") })
	return k, k >= 0
}

// capitalNear returns the first token from 8 before mention m's name to 10
// after it for which at holds, or -1.
func capitalNear(toks []token, m *mention, at func(k int) bool) int {
	for k := max(m.nameStart-8, 0); k < len(toks) && k < m.skipEnd+10; k++ {
		if at(k) {
			return k
		}
	}
	return -1
}

// capitalPhraseAt reports a "capital" at token k that ends "in the capital"
// (after one of preps), with adj words between "the" and it ("in the
// Malaysian capital"), and after which comes no name ("the capital, Dakar",
// "the capital Lusaka") nor other, a word that makes it another phrase
// ("the capital of", "the capital city").
func capitalPhraseAt(toks []token, k, adj int, other string, preps ...string) bool {
	if toks[k].lower != "capital" || lowerAt(toks, k-1-adj) != "the" || !slices.Contains(preps, lowerAt(toks, k-2-adj)) {
		return false
	}
	n := lowerAt(toks, k+1)
	if n == "," && (relativeWord(lowerAt(toks, k+2)) || k+2 < len(toks) && toks[k+2].word && !toks[k+2].cap) {
		return true // "in the Turkish capital, which opened yesterday", "in the Thai capital, soccer's global governing body said": no apposition
	}
	return n != "," && n != other && !(k+1 < len(toks) && toks[k+1].cap)
}

// capitalsByNationality maps a nationality word to its country's capitals
// (data/capitals.tsv), "malaysian" -> ["Kuala Lumpur"]; more than one when
// the capital moved or changed its name ("nigerian": Lagos and Abuja).
var capitalsByNationality = func() map[string][]string {
	out := map[string][]string{}
	for city, words := range capitalOf {
		for _, w := range words {
			out[w] = append(out[w], city)
		}
	}
	return out
}()

// capitalByNationality is the capital a nationality word names in the year
// of the story: "nigerian" is Lagos in 1987 and Abuja in 2026; "" when no
// capital or two fit (the first year of a move).
func capitalByNationality(w string, year int) string {
	city := ""
	for _, c := range capitalsByNationality[w] {
		if !capitalEras[c].holds(year) {
			continue
		}
		if city != "" {
			return ""
		}
		city = c
	}
	return titleCase(city)
}

// titleCase capitalises each word of a lowercase city name.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:] // "Åland", not a split byte
	}
	return strings.Join(ws, " ")
}

// nationalCapital reads "in the Malaysian capital" near the meeting as that
// country's capital (RulePlaceNationalCapital); not "the Zambian capital,
// Lusaka" (the apposition names it) nor "the capital city".
func nationalCapital(toks []token, m *mention, year int) (string, int) {
	var city string
	words := 1
	k := capitalNear(toks, m, func(k int) bool {
		if capitalPhraseAt(toks, k, 1, "city", "in", "to", "at") {
			city, words = capitalByNationality(toks[k-1].lower, year), 1
			return city != ""
		}
		if k >= 2 && capitalPhraseAt(toks, k, 2, "city", "in", "to", "at") {
			city, words = capitalByNationality(toks[k-2].lower+" "+toks[k-1].lower, year), 2 // "in the Solomon Islands capital"
			return city != ""
		}
		return false
	})
	if k < 0 {
		return "", -1
	}
	return city, k - words
}

// topicDated reports a place after a topic noun at k (an issue, not an
// event: "the border dispute in Cairo") followed at once by a day: "talks
// on the border dispute in Cairo on Monday", "negotiations for the proposed
// free trade agreement in Brussels from March 10 to 14", whose place and
// day are the talks'. Events keep theirs: "the fighting in Beirut on Monday".
func topicDated(toks []token, ds []dateSpan, c chunk, k int) bool {
	if !topicNouns[lowerAt(toks, k)] || lowerAt(toks, k+1) != "in" {
		return false
	}
	j := c.end
	if w := lowerAt(toks, j); w == "on" || w == "from" {
		j++ // "in Brussels from March 10 to 14"
	}
	return inSpan(ds, j) >= 0
}

// datedConjunct reports a day and then "and" between tokens from and to:
// what comes before belongs to an earlier conjunct with its own date ("held
// talks in Cairo on Monday and will hold another round").
func datedConjunct(toks []token, ds []dateSpan, from, to int) bool {
	for j := from; j < to; j++ {
		if i := inSpan(ds, j); i >= 0 {
			e := ds[i].tokEnd
			if lowerAt(toks, e) == "," {
				e++
			}
			if lowerAt(toks, e) == "and" && e < to {
				return true
			}
		}
	}
	return false
}

// journeyFor reports a journey verb at v whose destination ends at end and
// whose purpose is the meeting named at name: "fly to Seoul on Tuesday for
// talks" (the talks are in Seoul), "travel to Kigali on Tuesday to meet X".
func journeyFor(toks []token, v, end, name int) bool {
	if w := lowerAt(toks, v); !travelVerbs[w] && !senders[w] && !visitVerbs[w] || strings.HasPrefix(w, "head") {
		return false // the journey's verbs: travelVerbs less "head", which this rule never took, and the senders and visits
	}
	if name <= end || name-end > 8 {
		return false
	}
	for k := end; k < name; k++ {
		if toks[k].lower == "for" || toks[k].lower == "to" && k+1 == name {
			return true // "fly to Seoul on Tuesday for talks", "travelling on to Kigali on Tuesday to meet President Paul Kagame"
		}
		if toks[k].lower == "," || toks[k].lower == "and" {
			return false
		}
	}
	return false
}

// RuleDateJourney dates a meeting by the day of the journey made for it.
const RuleDateJourney Rule = "date.journey"

// journeyDate gives m, a meeting of sentence si with no day of its own
// named after "for" ("for consultations", "for two days of
// consultations"), the day of the journey made for it before in its
// clause: "will fly to Tokyo on Thursday for two days of consultations with
// his Japanese counterpart" (rule date.journey); not when a later sentence
// dates the meeting itself ("The talks ... are due to start on Monday";
// datedLater, asked last: it reads the sentences after).
func (d *doc) journeyDate(si int, ds []dateSpan, m *mention) {
	if m.date != nil || m.anaphoric || m.verb {
		return
	}
	toks := d.toks[si]
	f := -1
	for k := m.nameStart - 1; k >= 0 && k >= m.nameStart-5; k-- {
		if toks[k].lower == "for" {
			f = k
			break
		}
		if !toks[k].word && !toks[k].num {
			return
		}
	}
	if f < 0 {
		return
	}
	for i := range ds {
		x := ds[i]
		if x.tokEnd > f || f-x.tokEnd > 1 || x.prec != briefs.PrecisionDay && x.prec != briefs.PrecisionWeek && x.prec != briefs.PrecisionMonth {
			continue
		}
		for v := x.tokStart - 1; v >= 0 && v >= x.tokStart-6; v-- {
			if w := toks[v].lower; w == "," || w == "and" {
				break
			}
			if journeyFor(toks, v, x.tokEnd, m.nameStart) {
				if d.datedLater(si, m.trig) {
					return
				}
				m.date = &ds[i]
				m.byTokens(FieldDate, RuleDateJourney, toks, x.tokStart, x.tokEnd)
				return
			}
		}
	}
}

// datedLater reports a sentence among the six after si that names the
// word of the meeting at trig and a date, or among the next two a meeting's
// word or verb, a date and a name said after the meeting's word: the
// meeting's own day, told apart from the journey's.
func (d *doc) datedLater(si, trig int) bool {
	w := d.toks[si][trig].lower
	names := map[string]bool{} // the capitalised words after the meeting's word: "Baker" of "for talks with Treasury Secretary James Baker"
	for _, t := range d.toks[si][trig+1:] {
		if t.cap && t.word && !isTitleWord(t.lower) {
			names[t.lower] = true
		}
	}
	for sj := si + 1; sj < len(d.toks) && sj <= si+6; sj++ {
		if len(d.dates[sj]) == 0 {
			continue
		}
		meets, named := false, false
		for _, t := range d.toks[sj] {
			if t.lower == w {
				return true
			}
			meets = meets || meetingVerbs[t.lower] || isMeetingNounWord(t.lower)
			named = named || t.cap && names[t.lower]
		}
		if meets && named && sj <= si+2 {
			return true // "Bresser Pereira will meet Baker on Monday" after "will fly to Washington on Friday for talks with ... James Baker"
		}
	}
	return false
}

// journeyTo reports the place at token at as a journey's destination for
// the meeting named at name ("and fly to Seoul on Tuesday for talks"), in
// the stretch of an earlier meeting of the sentence all the same.
func journeyTo(toks []token, at, name int) bool {
	if at < 2 || lowerAt(toks, at-1) != "to" {
		return false
	}
	end := at
	for end < len(toks) && toks[end].cap {
		end++
	}
	return journeyFor(toks, journeyVerb(toks, at-1), end, name)
}

// journeyVerb is the token of the verb before the preposition at token
// prep, past an "on" between them: "travel to", "travelling on to Kigali".
func journeyVerb(toks []token, prep int) int {
	if lowerAt(toks, prep) == "to" && lowerAt(toks, prep-1) == "on" {
		return prep - 2
	}
	if lowerAt(toks, prep) == "to" {
		for k := prep - 2; k >= 0 && k >= prep-8; k-- {
			if senders[toks[k].lower] || travelVerbs[toks[k].lower] && timeWordsBetween(toks, k+1, prep) {
				return k // "will send a team of senior trade officials to Washington", "called both sides to Brasilia", "will travel next month to Hanoi"
			}
			if !toks[k].word || toks[k].lower == "and" || clauseOpener(toks, k) {
				break
			}
		}
	}
	return prep - 1
}

// timeWordsBetween reports only words of time between from and to: "next
// month", "on Monday", "later this week".
func timeWordsBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch w := toks[k].lower; {
		case isMonthOrDay(w), w == "next", w == "this", w == "later", w == "month", w == "week", w == "year", w == "on", w == "in", w == "early", w == "late", w == "tomorrow", w == "today", w == "soon", w == "again":
		default:
			return false
		}
	}
	return true
}

// senders move someone else to a place, with the one they move between
// the verb and "to": "send a team to Washington for talks", "lead a
// delegation to Brussels", "called both sides to Brasilia for a mediation
// meeting", "welcoming President Mwangi to London for the summit".
var senders = map[string]bool{
	"send": true, "sends": true, "sent": true, "sending": true,
	"lead": true, "leads": true, "led": true, "leading": true,
	"call": true, "calls": true, "called": true, "summon": true, "summoned": true, "summons": true,
	"invite": true, "invites": true, "invited": true, "inviting": true,
	"welcome": true, "welcomes": true, "welcomed": true, "welcoming": true,
	"accompany": true, "accompanies": true, "accompanied": true, "accompanying": true,
	"take": true, "takes": true, "took": true, "taking": true, "bring": true, "brings": true, "brought": true, "bringing": true,
	"dispatch": true, "dispatched": true, "dispatches": true,
}

// visitVerbs take their destination without a preposition: "when he
// visits Tokyo in June for talks".
var visitVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true}

// diplomaticVenue reports a country's mission, embassy or consulate at
// token k: "at the Soviet mission" is a venue, "in the Soviet capital" not.
func diplomaticVenue(toks []token, k int) bool {
	switch lowerAt(toks, k) {
	case "mission", "embassy", "consulate":
		return !toks[k].cap
	}
	return false
}

// hostVerbs say who hosts a gathering.
var hostVerbs = map[string]bool{"host": true, "hosts": true, "hosting": true, "hosted": true}

// hostPlace is the country or capital that hosts mention m (rule
// place.host): its subject before the verb whose object is the meeting
// ("Kuwait will host the 45th summit of the GCC", "Oslo will host the next
// round"), or after the meeting's name ("which Angola will host", "hosted
// by Chile"). A company or a person hosting places nothing. It records the
// rule and returns "" and -1 when none does.
func (d *doc) hostPlace(toks []token, m *mention) (string, int) {
	host := func(c chunk) bool { return isCountry(c.text) || capitalOf[strings.ToLower(c.text)] != nil }
	for _, c := range d.chunks(m.sent) {
		if !host(c) {
			continue
		}
		v := c.end
		for n := 0; n < 3 && (auxiliaries[lowerAt(toks, v)] || lowerAt(toks, v) == "to"); n++ {
			v++ // "will host", "is to host"
		}
		if hostVerbs[lowerAt(toks, v)] && v < m.nameStart && m.nameStart-v <= 6 || c.end <= m.nameStart+12 && c.start >= m.skipEnd && hostedBy(toks, c, v) {
			m.by(FieldPlace, RulePlaceHost, toks[c.start].start, toks[c.end-1].end)
			return c.text, c.start
		}
	}
	return "", -1
}

// hostedBy reports a host chunk c after a meeting's name: "which Angola will
// host" (v the verb after c), "hosted by Chile".
func hostedBy(toks []token, c chunk, v int) bool {
	if lowerAt(toks, c.start-1) == "by" && lowerAt(toks, c.start-2) == "hosted" {
		return true
	}
	return lowerAt(toks, c.start-1) == "which" && hostVerbs[lowerAt(toks, v)]
}

// namesNoPlace reports a place found that names a people, a region's
// adjective or a body rather than where a meeting is held: "Arab", "South
// American", "Congress", "Special Committee on Agriculture" ("Parliament",
// a building too, stays). A body's room or building ("Security Council
// Chamber") is a place.
func namesNoPlace(p string) bool {
	if p == "" || strings.Contains(p, ",") {
		return false
	}
	l := strings.ToLower(p)
	if l == "parliament" {
		return false
	}
	return nationalities[l] || regionalAdjectives[l] || listedBodies[l] || bodyWords[l] || isBody(p)
}
