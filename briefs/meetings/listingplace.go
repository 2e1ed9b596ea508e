package meetings

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/listing"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// A listing line's place: its "CITY - " prefix, a trailing ", City", a
// place or venue in brackets or after " | ", a "Location:" label, and the
// words that are none ("Online", a company's AGM prefix) (rules
// listing.place-prefix, listing.place-suffix, listing.place-label,
// listing.online).

// placePrefix is "SEVILLE - ", "RIO DE JANEIRO - ", "GENEVA: ", "Geneva - ",
// "SINTRA, Portugal - " at the start of an entry.
var placePrefix = regexp.MustCompile(`^([\p{Lu}][\p{L}'’.]*(?:,? [\p{Lu}][\p{L}'’.]*){0,3}) ?(?:[-–—]|:) +`)

// onlineWords open an entry held without a venue.
var onlineWords = map[string]bool{"online": true, "virtual": true, "videoconference": true, "video conference": true, "by videoconference": true}

// dayParts label a diary line by the part of the day it falls in.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "lunch": true, "lunchtime": true,
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "all day": true, "night": true}

// entryPrefix reads an entry's bullet, clock time and place prefix and
// returns the rune offset where its event starts.
func (d *doc) entryPrefix(l line, e *listEntry) int {
	start := l.start
	for start < l.end && strings.ContainsRune("*•·-–—> \t", d.runes[start]) {
		start++
	}
	s := string(d.runes[start:l.end])
	if loc := entryTime.FindStringIndex(s); loc != nil {
		e.timed = true
		start += len([]rune(s[:loc[1]]))
		s = string(d.runes[start:l.end])
	}
	loc := placePrefix.FindStringSubmatchIndex(s)
	if loc == nil {
		return start
	}
	name := s[loc[2]:loc[3]]
	if onlineWords[strings.ToLower(name)] {
		e.online = true
		return start + len([]rune(s[:loc[1]]))
	}
	if dayParts[strings.ToLower(name)] {
		return start + len([]rune(s[:loc[1]])) // "Morning: Cabinet, Government Buildings": the part of the day, no place
	}
	if companyEvent(s[loc[1]:]) {
		e.company = name
		return start // "Brightwater Utilities - EGM, London.": the company, not a place
	}
	if !prefixPlace(name) {
		return start
	}
	e.place, e.placeRule = placeCase(name), RuleListingPrefix
	e.placeStart = start + len([]rune(s[:loc[2]]))
	e.placeEnd = start + len([]rune(s[:loc[3]]))
	return start + len([]rune(s[:loc[1]]))
}

// companyEvent reports a listing line's event that is a company's own:
// its general meeting or its results ("EGM, London.", "Q1 trading
// statement."), whose prefix names the company.
func companyEvent(event string) bool {
	w, rest, _ := strings.Cut(strings.ToLower(event), " ")
	w = strings.Trim(w, ".,:;")
	if companyEvents[w] {
		return true
	}
	next, _, _ := strings.Cut(rest, " ")
	return companyMeetings[w] == strings.Trim(next, ".,:;") && companyMeetings[w] != "" // "Ostrava Brewing - general meeting to approve ...", not "BRUSSELS - General Affairs Council meets"
}

// companyMeetings are a company's own meetings by their first two words:
// "general meeting", "board meeting", "capital markets (day)".
var companyMeetings = map[string]string{"general": "meeting", "board": "meeting", "shareholders": "meeting", "shareholders'": "meeting", "capital": "markets"}

// companyEvents open a company's line of a company diary.
var companyEvents = map[string]bool{"agm": true, "egm": true, "results": true, "q1": true, "q2": true, "q3": true, "q4": true,
	"interim": true, "final": true, "full-year": true, "half-year": true, "trading": true, "annual": true, "extraordinary": true,
	"ex-dividend": true}

// prefixPlace reports a line's prefix that names a place: upper case
// ("RIO DE JANEIRO", not an acronym of four letters or less unless a
// capital: "OSLO" but not "OPEC"), or a short capitalised name with no word
// of a body, a title or a date ("Geneva", not "Treasury Committee").
func prefixPlace(name string) bool {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' })
	upper := true
	for _, w := range ws {
		if notPlaceWord(w) {
			return false
		}
		if strings.ToUpper(w) != w {
			upper = false
		}
	}
	if upper && len(ws) == 1 && len([]rune(ws[0])) <= 4 {
		_, capital := capitalOf[strings.ToLower(ws[0])]
		return capital
	}
	return upper || len(ws) <= 3
}

// notPlaceWords are words of bodies, titles and events, never of a place
// that opens or closes a listing line.
var notPlaceWords = map[string]bool{
	"committee": true, "council": true, "commission": true, "board": true, "bank": true, "group": true,
	"ministry": true, "ministers": true, "minister": true, "forum": true, "assembly": true, "parliament": true,
	"ambassador": true, "president": true, "secretary": true, "chair": true, "chairman": true, "governor": true,
	"meeting": true, "summit": true, "conference": true, "session": true, "talks": true, "results": true,
	"report": true, "agm": true, "egm": true, "notice": true, "diary": true, "calendar": true, "agenda": true,
	"week": true, "ahead": true, "private": true, "public": true, "oral": true, "evidence": true, "update": true,
	"h.e": true, "hon": true, "mr": true, "mrs": true, "ms": true, "dr": true, "q1": true, "q2": true, "q3": true, "q4": true,
	"inc": true, "ltd": true, "plc": true, "asa": true, "ag": true, "sa": true, "co": true, "corp": true,
	"university": true, "institute": true, "centre": true, "center": true, "office": true, "department": true,
	"representative": true, "commissioner": true, "envoy": true, "director": true, "executive": true, "officer": true,
	"mayor": true, "spokesperson": true, "spokesman": true, "adviser": true, "advisor": true, "rapporteur": true, "deputy": true,
	"postponed": true, "cancelled": true, "canceled": true, "deferred": true,
	"phase": true, "stage": true, // a project's part: "Site plan for Eastgate Commons, Phase I."
}

// notPlaceWord reports a word of a listing line's prefix or suffix that
// no place has: a body's, a title's or an event's (notPlaceWords), a
// weekday or a month.
func notPlaceWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".'’"))
	if _, meeting := meetingNouns[lw]; meeting || notPlaceWords[lw] || bodyWords[lw] || listing.Weekday(lw) {
		return true // "Hearing: Oversight of ...": a label, not a place
	}
	_, month := monthNames[lw]
	return month
}

// placeCase writes an upper-case place in the case a reader expects:
// "RIO DE JANEIRO" -> "Rio de Janeiro"; other names stay as written.
func placeCase(name string) string {
	if strings.ToUpper(name) != name {
		return name
	}
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if i > 0 && (w == "de" || w == "da" || w == "do" || w == "del" || w == "es" || w == "la" || w == "of" || w == "al") {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r)-1; j++ {
			if r[j] == '-' || r[j] == '\'' || r[j] == '’' || r[j] == ' ' {
				r[j+1] = unicode.ToUpper(r[j+1])
			}
		}
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// placeLabel is "Location: ..." or "Venue: ..." in an entry.
var placeLabel = regexp.MustCompile(`(?:Location|Venue|Place|Room): +([^.;]+)`)

// trailingParen is a closing "(to 3 July)." and the end of the line.
var trailingParen = regexp.MustCompile(`\s*(?:\([^()]*\))?[.;]?\s*$`)

// entrySuffix reads a place at the end of an entry: "Location: Room 16,
// Palace of Westminster", "Foreign Affairs Council, Brussels", "...
// Meeting, Suva, Fiji (to 19 November)." It returns where the entry's
// sentence ends: before a "Location:" label, whose words are no party.
func (d *doc) entrySuffix(l line, start int, e *listEntry) int {
	s := string(d.runes[start:l.end])
	if loc := placeLabel.FindStringSubmatchIndex(s); loc != nil {
		e.place, e.placeRule = strings.TrimSpace(s[loc[2]:loc[3]]), RuleListingLabel
		e.placeStart = start + len([]rune(s[:loc[2]]))
		e.placeEnd = e.placeStart + len([]rune(e.place))
		end := start + len([]rune(s[:loc[0]]))
		for end > start && unicode.IsSpace(d.runes[end-1]) {
			end--
		}
		return end
	}
	body := s[:trailingParen.FindStringIndex(s)[0]]
	if t := strings.TrimRight(body, ". "); strings.LastIndex(t, ", ") > 0 {
		if i := strings.LastIndex(t, ", "); clockSegment.MatchString(t[i+2:]) {
			body = t[:i] // "Eurogroup meeting, Brussels, 15.00.": the place before the time
		}
	}
	seps := segmentSep.FindAllStringIndex(body, -1)
	at := len(body)     // where the place starts: after the last separator whose segments are all places
	segEnd := len(body) // where the segment before at ends: its separator is no part of it
	for k := len(seps) - 1; k >= 0 && (placeSegment(body[seps[k][1]:segEnd]) || at < len(body) && addressPart(strings.Fields(body[seps[k][1]:segEnd]))); k-- {
		at, segEnd = seps[k][1], seps[k][0]
	}
	if i, n := lastDash(body[:at]); i > 0 && at < len(body) && strings.HasSuffix(body[:at], ", ") {
		if ws := strings.Fields(body[i+n : at-2]); len(ws) > 0 && (addressPart(ws) || roomName(ws)) {
			at = i + n // "... - Level 3, 22 The Terrace", "... - Minister's office, Beehive": the column's first part
		}
	}
	if at < len(body) {
		first, rest, _ := strings.Cut(body[at:], ", ")
		if personAfterTitle(body[:at], first) {
			if rest == "" {
				return l.end // "Meeting with the Luxembourg Minister of the Economy, Lex Delles": the minister, no place
			}
			at += len(first) + len(", ") // "..., Eng. Mercy Wanjiru, Board Room 2": the room
		}
	}
	if at == len(body) {
		if m := parenPlace.FindStringSubmatchIndex(s); m != nil && m[2] >= len(body) && placeSegment(s[m[2]:m[3]]) && !isAcronym(s[m[2]:m[3]]) && !configuration(s[:m[2]-1], s[m[2]:m[3]]) {
			at, body = m[2], s[:m[3]] // "Annual General Meeting .......... 12 May 2026 (Stockholm)", not "... Council (ABAC)."
		} else if i, n := lastColumn(body); i > 0 && (placeSegment(strings.TrimRight(body[i+n:], ". ")) || diaryVenue(strings.TrimRight(body[i+n:], ". "))) {
			at = i + n // a diary table's location column: "Meeting with Hiroshi Tanaka, Chief Executive of Kaiyo Shipbuilding - London", "... - Minister's office, Parliament Buildings"
			body = strings.TrimRight(body, ". ")
		} else {
			return l.end
		}
	}
	e.place, e.placeRule = body[at:], RuleListingSuffix
	e.placeStart = start + len([]rune(s[:at]))
	e.placeEnd = e.placeStart + len([]rune(e.place))
	return l.end
}

// mentionLines are the line of m's head word up to its sentence's end and
// the line after it within the sentence, each without a closing full
// stop: a diary's sentence may run over several lines ("• 11:00 – Meeting
// with ... – Ministry of Finance\n• 15:00 – ...").
func (d *doc) mentionLines(m *mention) (line, next string) {
	toks := d.toks[m.sent]
	if m.trig < 0 || m.trig >= len(toks) {
		return "", ""
	}
	at, end := toks[m.trig].start, d.sents[m.sent].End
	a := at
	for a > 0 && d.runes[a-1] != '\n' { // from the line's start, though the reading's sentence may open after its time: "• 11:00 – Meeting with ..."
		a--
	}
	b := d.lineStop(at, end)
	line = strings.TrimRight(string(d.runes[a:b]), ". ")
	if b < end {
		next = strings.TrimRight(string(d.runes[b+1:d.lineStop(b+1, end)]), ". ")
	}
	return line, next
}

// lineStop is the offset of the first line break from k on, or end.
func (d *doc) lineStop(k, end int) int {
	for k < end && d.runes[k] != '\n' {
		k++
	}
	return k
}

// lineVenue is the room or building a diary's line of prose ends with,
// after its last spaced dash and another dash before it: "Tuesday 14
// October, 09.30 — Meeting with the Ghana Cocoa Board — Ministry
// boardroom"; "" when the line is no such line.
func lineVenue(line string) string {
	i, n := lastDash(line)
	if i < 0 {
		return ""
	}
	if j, _ := lastDash(line[:i]); j < 0 {
		return "" // one dash: a dateline's or a clause's, not a diary's columns
	}
	if tail := line[i+n:]; diaryVenue(tail) || ministryColumn(tail) {
		return tail
	}
	return ""
}

// ministryColumn reports a diary column that names a ministry, where the
// engagement is held: "Ministry of Finance", "Foreign Ministry".
func ministryColumn(tail string) bool {
	ws := strings.Fields(tail)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" && w != "and" && w != "for" && w != "the" {
			return false
		}
	}
	return ws[0] == "Ministry" && ws[1] == "of" || ws[len(ws)-1] == "Ministry"
}

// lineVenueOf is the place a mention's diary or schedule line gives, read
// once for both its forms: the last dash column (lineVenue), the last comma
// column of its line (commaVenue), or that of the line after it when that
// one opens with its day ("7. DATE OF NEXT MEETING" over "Thursday 9
// October 2025 at 2.00pm, Board Room"); "" when none does.
func (d *doc) lineVenueOf(m *mention) string {
	line, next := d.mentionLines(m)
	if v := lineVenue(line); v != "" {
		return v
	}
	if v := commaVenue(line); v != "" {
		return v
	}
	if sentences.ScheduleText(next) {
		return commaVenue(next)
	}
	return ""
}

// commaVenue is the room or building a schedule's line of prose closes
// with after a comma: "Friday 14 November, 14:00: Executive Board meeting
// (Board members only), Taumeasina Island Resort", "Date of next meeting:
// Thursday 12 March 2026, 18:00, Club House"; "" when the line is neither a
// schedule line (sentences.ScheduleLine) nor has a clock time or a day
// just before its last comma, or ends otherwise.
func commaVenue(text string) string {
	i := strings.LastIndex(text, ", ")
	if i < 0 {
		return ""
	}
	j := strings.LastIndex(text[:i], ", ")
	timed := j >= 0 && (clockSegment.MatchString(text[j+2:i]) || sentences.ScheduleText(text[j+2:i])) // "Date of next meeting: Thursday 12 March 2026, 18:00, Club House", "... 10am, Wednesday 18 February, Mayor's Parlour"
	if !timed && !sentences.ScheduleText(text) {
		return ""
	}
	if tail := text[i+2:]; diaryVenue(tail) {
		return tail
	}
	return ""
}

// lastDash is the byte offset and length of a line's last spaced dash,
// " - ", " – " or " — "; -1 when none.
func lastDash(s string) (int, int) {
	at, n := -1, 0
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(s, d); i > at {
			at, n = i, len(d)
		}
	}
	return at, n
}

// lastColumn is lastDash, or the byte offset and length of a table row's
// last " | " when it comes later: "Meeting with the Hake Quota Holders'
// Association | Ministry boardroom".
func lastColumn(s string) (int, int) {
	at, n := lastDash(s)
	if i := strings.LastIndex(s, " | "); i > at {
		at, n = i, len(" | ")
	}
	return at, n
}

// diaryVenue reports a diary line's last column that names a room, a
// building or an office rather than a city: "Executive Wing", "Minister's
// office, Parliament Buildings", "Mayor's Parlour", "Level 7, 133
// Molesworth Street", "Hilton Colombo, Meeting Room 3". Each comma part is
// a place, an address or a name ending in a room's or a building's word,
// and one at least is the last.
func diaryVenue(tail string) bool {
	if r := []rune(tail); len(r) == 0 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) || len(strings.Fields(tail)) > 8 {
		return false
	}
	room := false
	for _, seg := range strings.Split(tail, ", ") {
		ws := strings.Fields(seg)
		switch {
		case len(ws) == 0:
			return false
		case roomName(ws):
			room = true
		case addressPart(ws), placeSegment(seg):
		default:
			return false
		}
	}
	return room
}

// roomName reports up to five words naming a room or a building, its last
// a room's or a building's word, every other capitalised or a number:
// "Executive Wing", "Minister's office", "Meeting Room 3".
func roomName(ws []string) bool {
	if len(ws) > 5 {
		return false
	}
	last := len(ws) - 1
	if last > 0 && strings.ContainsAny(ws[last], "0123456789") {
		last-- // "Meeting Room 3"
	}
	if !diaryRoomWords[strings.ToLower(ws[last])] {
		return false
	}
	for _, w := range ws[:last] {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// addressPart reports a part of an address: "133 Molesworth Street",
// "Level 7", "Floor 12".
func addressPart(ws []string) bool {
	lw := strings.ToLower(ws[0])
	return unicode.IsDigit([]rune(ws[0])[0]) && len(ws) <= 4 && streetWords[strings.ToLower(ws[len(ws)-1])] ||
		len(ws) == 2 && (lw == "level" || lw == "floor" || lw == "suite") && unicode.IsDigit([]rune(ws[1])[0])
}

// diaryRoomWords end a diary column's room or building.
var diaryRoomWords = map[string]bool{
	"office": true, "offices": true, "wing": true, "building": true, "buildings": true, "room": true, "rooms": true,
	"hall": true, "house": true, "chamber": true, "chambers": true, "parlour": true, "library": true, "lounge": true,
	"suite": true, "boardroom": true, "residence": true, "centre": true, "center": true, "hotel": true, "auditorium": true,
	"theatre": true, "theater": true, "embassy": true, "consulate": true, "headquarters": true, "palace": true, "parliament": true,
	"canteen": true, "cafeteria": true, "clubhouse": true, "pavilion": true, "annexe": true, "annex": true, "gallery": true,
	"resort": true, "hut": true,
}

// segmentSep divides a listing line into its parts: ", " or a table's " | ".
var segmentSep = regexp.MustCompile(`, | \| `)

// parenPlace is a place in brackets that closes a line: "(Stockholm)".
var parenPlace = regexp.MustCompile(`\(([^()]+)\)[.;]?\s*$`)

// personAfterTitle reports a place's first comma segment seg that names
// the person whose office the text before it gives with its complement,
// not a place: "Minister of the Economy, Lex Delles", "Principal Secretary
// for Energy, Eng. Mercy Wanjiru" (an honorific always marks a person);
// not "Trade Commissioner Anna Lindgren, Berlaymont", whose office has its
// holder's name after it, nor "the King, Buckingham Palace", a bare office.
func personAfterTitle(before, seg string) bool {
	f := strings.Fields(seg)
	if len(f) > 1 && strings.HasSuffix(f[0], ".") && personHonorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		return true // "Eng. Mercy Wanjiru"
	}
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if r := []rune(w)[0]; !unicode.IsUpper(r) || roomWords[lw] || venueHeads[lw] || buildingWords[lw] || geoWords[lw] || streetWords[lw] {
			return false // "Buckingham Palace", "Old Library"
		}
	}
	before = strings.TrimRight(before, ", ")
	ws := strings.Fields(before[strings.LastIndex(before, ", ")+1:]) // the office's own segment
	joined := false
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		w := strings.ToLower(ws[k])
		switch {
		case postWords[w]:
			return joined && slices.ContainsFunc(ws[:k], opensLower) // "Meeting with the ... Minister of the Economy", not "Anwar Ibrahim, Prime Minister of Malaysia, Perdana Putra"
		case w == "of" || w == "for":
			joined = true
		case w == "the" || w == "and":
		case opensLower(ws[k]):
			return false
		}
	}
	return false
}

// opensLower reports a word that opens in lower case: "with", "by" (the
// lexicon's test is doc.lowerWord).
func opensLower(w string) bool { return !unicode.IsUpper([]rune(w)[0]) }

// configuration reports a bracket after a body's name that says which of
// its formations meets, not where: "Foreign Affairs Council (Trade)",
// "Council (Energy)", a word prose writes in lower case (not "ECOFIN
// Council (Luxembourg)").
func configuration(before, paren string) bool {
	ws := strings.Fields(before)
	if len(ws) == 0 || !listedBodies[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	for _, w := range strings.Fields(paren) {
		if lw := strings.ToLower(w); !proseLower[lw] && !bodyJoins[lw] {
			return false
		}
	}
	return true
}

// placeSegment reports a comma segment that can be a place: one to three
// capitalised words, none of a body, a title or a date, and no digit.
func placeSegment(seg string) bool {
	ws := strings.Fields(seg)
	if len(ws) >= 2 && len(ws) <= 4 && unicode.IsDigit([]rune(ws[0])[0]) && streetWords[strings.ToLower(ws[len(ws)-1])] {
		return true // "10 Downing Street": a street address
	}
	if len(ws) == 0 || len(ws) > 3 {
		return venueSegment(ws)
	}
	if n := len(ws); n >= 2 && strings.EqualFold(ws[n-2]+" "+ws[n-1], "High Commission") {
		return true // "Australian High Commission": a mission, its building
	}
	last := len(ws) - 1
	if last > 0 && roomWords[strings.ToLower(ws[last-1])] && strings.ContainsAny(ws[last], "0123456789") {
		last-- // "Committee Room 2": a room's number
	}
	venue := roomWords[strings.ToLower(ws[last])] // "Council Chambers", "Committee Room"
	for i, w := range ws {
		r := []rune(w)
		if i > last {
			continue
		}
		if !unicode.IsUpper(r[0]) || notPlaceWord(w) && !venue || strings.ContainsAny(w, "0123456789()") {
			return false
		}
	}
	return true
}

// venueSegment reports a building named by what it houses, up to five
// words with "of", "the", "and", "for" between capitalised ones: "Ministry
// of Foreign Affairs", "Palace of Westminster", "Embassy of Japan".
func venueSegment(ws []string) bool {
	if len(ws) < 3 || len(ws) > 5 || !venueHeads[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws[1:] {
		switch w {
		case "of", "the", "and", "for":
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789()") {
			return false
		}
	}
	return true
}

// venueHeads open the name of a building named by what it houses.
var venueHeads = map[string]bool{
	"ministry": true, "palace": true, "embassy": true, "consulate": true, "house": true, "office": true,
	"chancellery": true, "residence": true, "hall": true,
}

// roomWords end the name of a room or a building, which a body's word
// may open: "Council Chambers", "Committee Room", "Assembly Hall".
var roomWords = map[string]bool{
	"chamber": true, "chambers": true, "room": true, "hall": true, "boardroom": true, "building": true, "auditorium": true,
}

// labelPlace reads the place of a record's "Venue: Committee Room 1, Civic
// Centre, Harrogate" line (rule listing.place-label).
func (d *doc) labelPlace(l line, e *listEntry) {
	s := string(d.runes[l.start:l.end])
	_, v, _ := strings.Cut(s, ":")
	if ss := sentences.Split(strings.TrimSpace(v)); len(ss) > 1 {
		v = ss[0].Text // "Location: City Hall Rotunda. Open press.": the place, not the note after it
	}
	v = strings.TrimRight(strings.TrimSpace(v), ".;")
	for {
		seg, rest, ok := strings.Cut(v, ", ")
		if !ok || !listing.DateLine(seg) && !clockOnly(seg) {
			break
		}
		v = rest // "Held: Tuesday 3 February 2026, 5pm, Room B14": the place after the day and time
	}
	if v == "" || listing.DateLine(v) || clockOnly(v) {
		return
	}
	at := strings.Index(s, ":") + 1
	at += strings.Index(s[at:], v)
	e.place, e.placeRule = v, RuleListingLabel
	e.placeStart = l.start + len([]rune(s[:at]))
	e.placeEnd = e.placeStart + len([]rune(v))
}
