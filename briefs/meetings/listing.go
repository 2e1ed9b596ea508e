package meetings

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/listing"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// A listing is text laid out in lines rather than prose: a news diary or
// week-ahead note ("MON 30 JUNE" over "SEVILLE - Fourth UN International
// Conference ... (to 3 July)"), an EU or committee schedule ("Monday 9
// March" over "Foreign Affairs Council, Brussels"), a financial calendar
// ("Annual General Meeting: 14 May 2026, Oslo"). Its lines are read as a
// format: each line is a sentence of its own; a day heading governs the
// lines under it (their date, rule listing.day-heading); "CITY - event"
// or a trailing ", City" gives the place (listing.place-prefix,
// listing.place-suffix, "Location: ..." listing.place-label), "Online -"
// none; "(to 3 July)", "(until Friday)" the end (listing.until).

// listEntry is one line of a listing under a day heading, or one line of a
// calendar ("AGM: 14 May 2026, Oslo").
type listEntry struct {
	headSent   int    // sentence index of the governing day heading; -1: none
	place      string // the line's place ("Seville"), "" when none
	placeStart int    // rune offsets of the place in the text
	placeEnd   int
	placeRule  Rule
	online     bool   // "Online - ...": held without a venue
	dateOnly   bool   // "27-28 January": a date of a list the sentence before names
	block      bool   // a block's name line, "Meeting No. 34" (blocks.go)
	day        string // the day of a weekday heading ("Monday" in a week's diary), "" when none
	record     bool   // a record's title over its label lines, or a block's name
}

// line is one line of the text, as rune offsets [start, end), trimmed.
type line struct{ start, end int }

// lines splits runes at newlines, trimmed, blank lines left out.
func textLines(runes []rune) []line {
	var out []line
	s := 0
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && runes[i] != '\n' {
			continue
		}
		a, b := s, i
		for a < b && unicode.IsSpace(runes[a]) {
			a++
		}
		for b > a && unicode.IsSpace(runes[b-1]) {
			b--
		}
		if a < b {
			out = append(out, line{a, b})
		}
		s = i + 1
	}
	return out
}

// entryTime is a clock time opening a diary line: "0900", "10.00am", "9:30".
var entryTime = regexp.MustCompile(`^(?:\d{4}|\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?(?:[-–]\d{1,2}[.:]\d{2})?|\d{1,2} ?[ap]\.?m\.?)(?: (?:GMT|UTC|CET|CEST|ET|EST|EDT|BST|local))?(?: +[|–—-])? +`)

// maxListingLine is the most runes a day heading, a calendar line or a
// date line can have (14 words at most); longer lines are only checked for
// a label, by their first labelPrefix runes ("Witnesses: ").
const (
	maxListingLine = 240
	labelPrefix    = 16
)

// readListing finds the listing lines of the text and makes each line a
// sentence of its own (an entry's sentence starts after its time and place
// prefix, so neither is read as a party). It does nothing to prose.
func (d *doc) readListing() {
	ls := textLines(d.runes)
	if len(ls) < 2 {
		return
	}
	kind := make([]byte, len(ls)) // 'h' heading, 'e' entry, 'c' calendar line, 'd' date, 'l' label, 'r' a record's title, 'p' a day and its time, 'b' and 'v' a block's day and room, 's' a venue line for all rows, 'w' a weekday heading
	headings, calendar, labels := 0, 0, 0
	for i, l := range ls {
		if l.end <= d.dlEnd {
			continue
		}
		if l.end-l.start > maxListingLine {
			if listing.LabelLine(string(d.runes[l.start : l.start+labelPrefix])) {
				kind[i] = 'l'
				labels++
			}
			continue // a paragraph of prose: no heading, calendar or date line is this long
		}
		if !listing.MayBeLine(d.runes[l.start:l.end]) {
			continue // a line of prose: nothing below can match it
		}
		s := string(d.runes[l.start:l.end])
		switch {
		case listing.DayHeading(s):
			kind[i] = 'h'
			headings++
		case listing.WeekdayOnly(s):
			kind[i] = 'w' // "Monday" over a week's diary lines: its day is counted from the week's
			headings++
		case listing.LabelLine(s):
			kind[i] = 'l' // "Date: Tuesday 16 December 2025", "Venue: Committee Room 1"
			labels++
			if datedLabel(s) {
				labels++ // "Held: Tuesday 3 February 2026, 5pm, Room B14": one dated label makes a record
			}
		case listing.CalendarLine(s):
			kind[i] = 'c'
			calendar++
		case weekdayFirst(s):
			kind[i] = 'c' // "Monday: Cabinet, Government Buildings."
			calendar++
		case listing.DateLine(s):
			kind[i] = 'd' // "27-28 January" in a list of dates
			calendar++
		case listing.DayPrefix(s) > 0:
			kind[i] = 'p' // "Thursday, February 19, 2026, 7:00 p.m.": a block's day, if a name is over it
		}
	}
	blocks := d.blocks(ls, kind)
	if calendar == 1 && d.meetingCalendarLine(ls, kind) {
		calendar = 2 // "Branch meeting: Wednesday 4 March, 6pm, Trades Hall": one line that names its meeting is enough
	}
	if headings == 0 && calendar < 2 && labels < 2 && len(blocks) == 0 {
		return
	}
	calendar += d.datedRuns(ls, kind)
	under := false
	for i := range ls {
		switch {
		case kind[i] == 'p':
			kind[i] = 0 // no block's day
		case kind[i] == 'h' || kind[i] == 'w':
			under = true
		case kind[i] == 'b':
			under = false // the block's lines are its own, not a day's entries
		case under && kind[i] == 0 && len(strings.Fields(string(d.runes[ls[i].start:ls[i].end]))) <= 40:
			kind[i] = 'e'
		case under && kind[i] == 'c' && !namesDay(string(d.runes[ls[i].start:ls[i].end])):
			kind[i] = 'e' // "Standing Committee on Finance - 3:30 p.m., Room 415": a time, its day the heading's
		case (kind[i] == 'c' || kind[i] == 'd') && calendar < 2:
			kind[i] = 0
		}
	}
	shared := d.sharedVenue(ls, kind)
	rec := records(d.runes, ls, kind)
	for i, r := range blocks {
		rec[i] = r
	}
	d.sents, d.entries = d.listingSentences(ls, kind, rec, shared)
}

// listingSentences rebuilds the sentences: each listing line is one
// (headings, entries, calendar lines); a sentence that ran over a listing
// line is split at its plain lines; the rest of the text keeps its own.
func (d *doc) listingSentences(ls []line, kind []byte, rec map[int]record, shared venue) ([]sentences.Sentence, map[int]*listEntry) {
	type item struct {
		s    sentences.Sentence
		e    *listEntry
		head int // the rune offset of the entry's heading; -1: none
	}
	var items []item
	resplit := make([]bool, len(ls))
	for _, s := range d.sents {
		over := false
		for i, l := range ls {
			if kind[i] != 0 && l.start < s.End && s.Start < l.end {
				over = true
			}
		}
		if !over {
			items = append(items, item{s: s, head: -1})
			continue
		}
		for i, l := range ls {
			if kind[i] == 0 && l.start < s.End && s.Start < l.end {
				resplit[i] = true
			}
		}
	}
	head, headDay := -1, ""
	anchor := d.weekAnchor(ls, kind)
	for i, l := range ls {
		switch {
		case kind[i] == 'h' || kind[i] == 'w':
			head, headDay = l.start, ""
			if kind[i] == 'w' {
				headDay = weekdayFrom(anchor, string(d.runes[l.start:l.end]))
			}
			items = append(items, item{s: sentenceAt(d.runes, l.start, l.end), head: -1})
		case kind[i] == 'l' || kind[i] == 'v' || kind[i] == 's':
			items = append(items, item{s: sentenceAt(d.runes, l.start, l.end), head: -1})
		case kind[i] == 'b':
			end := l.end // a block's day alone, the sentence its name's date is read from
			if n := listing.DayPrefix(string(d.runes[l.start:l.end])); n > 0 {
				end = l.start + len([]rune(string(d.runes[l.start:l.end])[:n]))
			}
			items = append(items, item{s: sentenceAt(d.runes, l.start, end), head: -1})
		case kind[i] != 0:
			e := &listEntry{headSent: -1, placeStart: -1, dateOnly: kind[i] == 'd'}
			h := -1
			if kind[i] == 'e' {
				h, e.day = head, headDay
			}
			if kind[i] == 'c' {
				if de, es := listing.WeekdayFirst(string(d.runes[l.start:l.end])); es > 0 {
					// "Monday: Cabinet, Government Buildings.": the weekday is the line's heading
					s := string(d.runes[l.start:l.end])
					items = append(items, item{s: sentenceAt(d.runes, l.start, l.start+len([]rune(s[:de]))), head: -1})
					e.day = weekdayFrom(anchor, s[:de])
					h, l = l.start, line{l.start + len([]rune(s[:es])), l.end}
				} else if de, es := listing.DateFirst(string(d.runes[l.start:l.end])); es > 0 {
					// "Mon June 8 - LUXEMBOURG: EU foreign ministers meet": the date is the line's heading
					s := string(d.runes[l.start:l.end])
					items = append(items, item{s: sentenceAt(d.runes, l.start, l.start+len([]rune(s[:de]))), head: -1})
					h, l = l.start, line{l.start + len([]rune(s[:es])), l.end}
				}
			}
			r, isRecord := rec[i]
			e.record = isRecord
			if isRecord && r.date >= 0 {
				h = ls[r.date].start // "Date: Tuesday 16 December 2025" under "Meeting of the Planning Committee"
			}
			start, end := d.entryPrefix(l, e), l.end
			switch {
			case isRecord && r.block:
				e.block = true
				if r.place >= 0 {
					d.blockPlace(ls[r.place], r.place == r.date, e)
				}
			case isRecord && r.place >= 0:
				d.labelPlace(ls[r.place], e)
			}
			if e.place == "" && !e.online {
				end = d.entrySuffix(l, start, e)
			}
			e.useShared(shared)
			items = append(items, item{s: sentenceAt(d.runes, start, end), e: e, head: h})
		case resplit[i]:
			for _, x := range sentences.Split(string(d.runes[l.start:l.end])) {
				x.Start += l.start
				x.End += l.start
				items = append(items, item{s: x, head: -1})
			}
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].s.Start < items[b].s.Start })
	// A plain sentence inside a line that a sentence running over a listing
	// line made split again comes twice, as itself and from the split: keep
	// one, since sentences must not overlap (the gap between two would be a
	// slice running backwards).
	kept := items[:0]
	for _, it := range items {
		if n := len(kept); n > 0 && it.s.Start < kept[n-1].s.End {
			continue
		}
		kept = append(kept, it)
	}
	items = kept
	out := make([]sentences.Sentence, len(items))
	at := map[int]int{}
	entries := map[int]*listEntry{}
	para := 0
	for i, it := range items {
		if i > 0 && strings.Contains(string(d.runes[items[i-1].s.End:it.s.Start]), "\n\n") {
			para++
		}
		it.s.Paragraph = para
		out[i] = it.s
		at[it.s.Start] = i
	}
	for i, it := range items {
		if it.e == nil {
			continue
		}
		if it.head >= 0 {
			it.e.headSent = at[it.head]
		}
		entries[i] = it.e
	}
	return out, entries
}

func sentenceAt(runes []rune, start, end int) sentences.Sentence {
	return sentences.Sentence{Text: string(runes[start:end]), Start: start, End: end}
}

// placePrefix is "SEVILLE - ", "RIO DE JANEIRO - ", "GENEVA: ", "Geneva - ",
// "SINTRA, Portugal - " at the start of an entry.
var placePrefix = regexp.MustCompile(`^([\p{Lu}][\p{L}'’.]*(?:,? [\p{Lu}][\p{L}'’.]*){0,3}) ?(?:[-–—]|:) +`)

// onlineWords open an entry held without a venue.
var onlineWords = map[string]bool{"online": true, "virtual": true, "videoconference": true, "video conference": true, "by videoconference": true}

// entryPrefix reads an entry's bullet, clock time and place prefix and
// returns the rune offset where its event starts.
func (d *doc) entryPrefix(l line, e *listEntry) int {
	start := l.start
	for start < l.end && strings.ContainsRune("*•·-–—> \t", d.runes[start]) {
		start++
	}
	s := string(d.runes[start:l.end])
	if loc := entryTime.FindStringIndex(s); loc != nil {
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
	if !prefixPlace(name) || companyEvent(s[loc[1]:]) {
		return start // "Brightwater Utilities - EGM, London.": the company, not a place
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
	w, _, _ := strings.Cut(strings.ToLower(event), " ")
	w = strings.Trim(w, ".,:;")
	return companyEvents[w]
}

// companyEvents open a company's line of a company diary.
var companyEvents = map[string]bool{"agm": true, "egm": true, "results": true, "q1": true, "q2": true, "q3": true, "q4": true,
	"interim": true, "final": true, "full-year": true, "half-year": true, "trading": true, "annual": true, "extraordinary": true}

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
}

// notPlaceWord reports a word of a listing line's prefix or suffix that
// no place has: a body's, a title's or an event's (notPlaceWords), a
// weekday or a month.
func notPlaceWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".'’"))
	if _, meeting := meetingNouns[lw]; meeting || notPlaceWords[lw] || listing.Weekday(lw) {
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
	seps := segmentSep.FindAllStringIndex(body, -1)
	at := len(body) // where the place starts: after the last separator whose segments are all places
	for k := len(seps) - 1; k >= 0 && placeSegment(body[seps[k][1]:at]); k-- {
		at = seps[k][1]
	}
	if at == len(body) {
		if m := parenPlace.FindStringSubmatchIndex(s); m != nil && m[2] >= len(body) && placeSegment(s[m[2]:m[3]]) {
			at, body = m[2], s[:m[3]] // "Annual General Meeting .......... 12 May 2026 (Stockholm)"
		} else if i := strings.LastIndex(body, " - "); i > 0 && placeSegment(strings.TrimRight(body[i+3:], ". ")) {
			at = i + 3 // a diary table's location column: "Meeting with Hiroshi Tanaka, Chief Executive of Kaiyo Shipbuilding - London"
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

// segmentSep divides a listing line into its parts: ", " or a table's " | ".
var segmentSep = regexp.MustCompile(`, | \| `)

// parenPlace is a place in brackets that closes a line: "(Stockholm)".
var parenPlace = regexp.MustCompile(`\(([^()]+)\)[.;]?\s*$`)

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

// listingFields gives the mentions of sentence si, when it is a listing
// line, the day of its heading, its end and its place.
func (d *doc) listingFields(si int, ms []*mention) []*mention {
	e := d.entries[si]
	if e == nil {
		return ms
	}
	online := e.online
	for k, t := range d.toks[si] {
		switch t.lower {
		case "postponed", "cancelled", "canceled", "suspended", "deferred":
			return nil // "BRUSSELS - EU-China summit (postponed).": no meeting that day
		}
		online = online || remoteAt(d.toks[si], k) // "VIENNA: OPEC+ ministers hold online meeting."
	}
	var first, last string
	dated := e.headSent >= 0 && len(d.dates[e.headSent]) > 0
	switch {
	case e.headSent >= 0 && e.day != "":
		first, dated = e.day, true // "Monday" in a week's diary
	case e.headSent >= 0:
		first, last = headingDay(d.sents[e.headSent].Text, d.ref) // once per line, not per mention
		dated = dated || first != ""                              // "23.04.2026", which timex reads as a year
	}
	for _, m := range ms {
		if dated && !d.ownDate(si, m) && !m.anaphoric {
			if first == "" {
				continue
			}
			h := d.sents[e.headSent]
			x := dateSpan{start: h.Start, end: h.End, dir: 1}
			if len(d.dates[e.headSent]) > 0 {
				x = d.dates[e.headSent][0]
			}
			x.tokStart, x.tokEnd = 0, 0
			x.date, x.value, x.prec, x.endDate = first, first, briefs.PrecisionDay, last
			if toks := d.toks[si]; len(toks) > 0 && toks[0].cap && pastOpeners[toks[0].lower] {
				x.dir = -1 // "14:00 Attended a meeting of the National Security Council.": done on the heading's day
			}
			m.date = &x
			m.by(FieldDate, RuleListingDay, d.sents[e.headSent].Start, d.sents[e.headSent].End)
			d.listingUntil(si, m)
		}
		switch {
		case online:
			m.place, m.placeAt = "", -1
			m.online = true
			m.by(FieldPlace, RuleListingOnline, d.sents[si].Start, d.sents[si].Start)
		case e.place != "":
			m.place, m.placeAt = e.place, -1
			m.by(FieldPlace, e.placeRule, e.placeStart, e.placeEnd)
		}
	}
	return ms
}

// ownDate reports a mention under a day heading whose own sentence dates
// it: a calendar day ("will hold a meeting on Thursday, 26 February" under
// a notice's "Tuesday, 24 February 2026"), a week or a month ("last met in
// October"), not the end of a range ("(to 3 July)"), a bare weekday
// ("(until Friday)") or a year ("the budget plans for 2026"). A heading
// over prose is the page's date; a diary's line has no date of its own.
func (d *doc) ownDate(si int, m *mention) bool {
	x := m.date
	if x == nil || x.bare || x.tokEnd <= x.tokStart {
		return false
	}
	toks := d.toks[si]
	switch lowerAt(toks, x.tokStart-1) {
	case "to", "until", "till", "through", "-", "–":
		return false
	}
	switch x.prec {
	case briefs.PrecisionMonth, briefs.PrecisionWeek:
		switch lowerAt(toks, x.tokStart-1) {
		case "in", "during", "on":
			return true // "last met in October" (not "meet to decide August output levels")
		}
		switch toks[x.tokStart].lower {
		case "last", "next", "this", "early", "late", "mid":
			return true
		}
	case briefs.PrecisionDay:
		if lowerAt(toks, x.tokStart-1) == "on" {
			return true // "will hold a meeting ... on Thursday, 26 February"
		}
		for k := x.tokStart; k < x.tokEnd; k++ {
			if _, month := monthNames[toks[k].lower]; month || toks[k].num {
				return true
			}
		}
	}
	return false
}

// listingUntil reads "(to 3 July)", "(until Friday)", "to 3 July" in a
// listing line: the meeting's last day, a weekday counted from its first.
func (d *doc) listingUntil(si int, m *mention) {
	toks := d.toks[si]
	for _, x := range d.dates[si] {
		if x.prec != briefs.PrecisionDay || x.tokStart == 0 {
			continue
		}
		switch lowerAt(toks, x.tokStart-1) {
		case "to", "until", "till", "through", "-", "–":
		default:
			continue
		}
		end := x.date
		if x.tokEnd-x.tokStart == 1 && listing.Weekday(toks[x.tokStart].lower) {
			end = nextWeekday(m.date.date, weekdayNames[toks[x.tokStart].lower]) // "(until Friday)": after the heading's day
		}
		if end > m.date.date {
			y := *m.date
			y.endDate = end
			m.date = &y
			m.by(FieldEndDate, RuleListingUntil, x.start, x.end)
		}
		return
	}
}

// nextWeekday is the first day on or after day (YYYY-MM-DD) that falls on w.
func nextWeekday(day string, w time.Weekday) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	for t.Weekday() != w {
		t = t.AddDate(0, 0, 1)
	}
	return t.Format("2006-01-02")
}

// heldOnline reports a cluster a listing line says is held online.
func heldOnline(c *cluster) bool {
	for _, m := range c.mentions {
		if m.online {
			return true
		}
	}
	return false
}

// entryWithoutSport reports a listing line with no word of sport: a diary
// that lists the Wimbledon championships beside a ministers' meeting does
// not make the meeting a match.
func (d *doc) entryWithoutSport(si int) bool {
	if d.entries[si] == nil {
		return false
	}
	for _, t := range d.toks[si] {
		if sportsWords[t.lower] || gameWords[t.lower] {
			return false
		}
	}
	return true
}

// headingDay reads the day of a heading ("MON 30 JUNE", "Tuesday, March
// 10", "Thursday 12 - Friday 13 March") from its day numbers, month and
// year, the year nearest the reference day when the heading gives none;
// the weekday is not read (timex would take a weekday with no tense as the
// next one: "Monday 17 November" in a diary of the past week). It returns
// the first and the last day, "" when it cannot.
func headingDay(text string, ref time.Time) (first, last string) {
	if strings.ContainsAny(text, ":.") || strings.Contains(text, "m") {
		text = clockTime.ReplaceAllString(text, " ") // "Tuesday, July 7, 2026, 10:00 a.m.": the 10 is no day
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var days []int
	var month time.Month
	year := 0
	for _, w := range words {
		if m, ok := monthNames[w]; ok {
			month = m
			continue
		}
		if yearWord(w) {
			year = atoi(w)
			continue
		}
		if n := atoi(strings.TrimRight(w, "stndrh")); n >= 1 && n <= 31 {
			days = append(days, n)
		}
	}
	if month == 0 && len(words) == 3 && year > 0 && len(days) > 0 && strings.Count(text, ".") == 2 {
		if n := atoi(words[1]); n >= 1 && n <= 12 {
			month, days = time.Month(n), days[:1] // "23.04.2026": day, month, year
		}
	}
	if month == 0 || len(days) == 0 {
		return "", ""
	}
	mk := func(y, d int) time.Time { return time.Date(y, month, d, 0, 0, 0, 0, time.UTC) }
	t := mk(ref.Year(), days[0])
	if year > 0 {
		t = mk(year, days[0])
	} else if t.Sub(ref) > 183*24*time.Hour {
		t = mk(ref.Year()-1, days[0])
	} else if ref.Sub(t) > 183*24*time.Hour {
		t = mk(ref.Year()+1, days[0])
	}
	if t.Day() != days[0] {
		return "", "" // "31 June"
	}
	first, last = t.Format("2006-01-02"), ""
	if n := days[len(days)-1]; n > days[0] {
		last = mk(t.Year(), n).Format("2006-01-02")
	}
	return first, last
}

// clockTime is a time of day in a heading or a date line.
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})? ?[ap]\.?m\b\.?`)

func yearWord(w string) bool { return len(w) == 4 && w >= "1900" && w <= "2100" }

// bodyLine reads a listing line under a day heading, or a calendar's dated
// line, that is only a body's name, its place or end after it: "Foreign
// Affairs Council, Brussels", "World Health Assembly (to May 27).",
// "European Council", "Planning Commission - Thursday, March 12, 2026, 7
// p.m., Council Chambers". It returns the
// token after the name, where the body's meeting is told (the line has no
// meeting word), or -1.
func (d *doc) bodyLine(si int) int {
	e := d.entries[si]
	if e == nil || e.dateOnly || e.headSent < 0 && len(d.dates[si]) == 0 {
		return -1 // neither under a heading nor a calendar's dated line ("Planning Commission - Thursday, March 12, 2026, 7 p.m.")
	}
	toks := d.toks[si]
	c, ok := d.lineBody(si)
	if !ok || !listedBodies[toks[c.end-1].lower] && !bodyOfName(toks, c) {
		return -1
	}
	end := c.end
	if _, meeting := meetingNouns[lowerAt(toks, end)]; (meeting || lowerAt(toks, end) == "plenary") && !toks[end].cap {
		end++ // "North South Ministerial Council plenary, Armagh."
	}
	if end == len(toks) {
		return end - 1 // "Economic Affairs Committee" alone: the name's last word tells the meeting
	}
	switch toks[end].lower {
	case ",", "(", ".", ":", ";", "-", "–", "|":
		return end // "Foreign Affairs Council, Brussels", "Audit Committee | Committee Room 2"
	}
	return -1
}

// pastOpeners open a diary's item told in the past with no subject.
var pastOpeners = map[string]bool{"met": true, "attended": true, "received": true, "called": true, "held": true,
	"hosted": true, "chaired": true, "visited": true, "had": true, "joined": true}

// namesDay reports a line with a weekday or a month among its words.
func namesDay(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, month := monthNames[w]; month || listing.Weekday(w) {
			return true
		}
	}
	return false
}

// bodyTail lengthens a body's name that the names split at a small word:
// "Senate Committee on Ways" and "Means", "Board of Governors" of "the
// Central Bank of Malta", "Agriculture and Agri-Food".
func (d *doc) bodyTail(si int, c chunk) chunk {
	toks := d.toks[si]
	if !bodyOfName(toks, c) && !listedBodies[toks[c.end-1].lower] {
		return c
	}
	end := c.end
	for end+1 < len(toks) {
		k := end
		switch toks[k].lower {
		case "and", "&":
			k++
		case "-":
			if at := toks[k].start; at > 0 && d.runes[at-1] == ' ' {
				k = -1 // "Planning Commission - Thursday, ...": a field's dash, not "Agri-Food"
				break
			}
			k++
		case "of":
			k++
			if lowerAt(toks, k) == "the" {
				k++
			}
		default:
			k = -1
		}
		if k < 0 || k >= len(toks) || !toks[k].cap || !toks[k].word {
			break
		}
		for k < len(toks) && toks[k].cap && toks[k].word {
			k++
		}
		end = k
	}
	if end == c.end {
		return c
	}
	return chunk{start: c.start, end: end, text: sliceText(d.runes, toks[c.start].start, toks[end-1].end)}
}

// bodyOfName reports a name whose body's word takes a complement:
// "Committee on Foreign Affairs", "Standing Committee on Finance",
// "Subcommittee on Human Rights", "Board of Trustees", "Council for
// Education".
func bodyOfName(toks []token, c chunk) bool {
	for k := c.start; k+2 < c.end; k++ {
		if !listedBodies[toks[k].lower] {
			continue
		}
		switch toks[k+1].lower {
		case "on", "of", "for":
			return true
		}
	}
	return false
}

// lineBody is the name that opens listing line si: its first capitalised
// name, or a body's one word the names leave out ("Cabinet, Government
// Buildings.", "11:00 Cabinet").
func (d *doc) lineBody(si int) (chunk, bool) {
	toks := d.toks[si]
	if cs := d.chunks(si); len(cs) > 0 && cs[0].start == 0 {
		return d.bodyTail(si, cs[0]), true
	} else if len(cs) > 0 && cs[0].start == 1 && toks[0].cap && toks[0].word && !toks[0].num {
		c := cs[0] // "Full Parish Council: 14 January, ...": the names leave out the line's first word
		return chunk{start: 0, end: c.end, text: sliceText(d.runes, toks[0].start, toks[c.end-1].end)}, true
	}
	if len(toks) > 0 && toks[0].cap && listedBodies[toks[0].lower] {
		return chunk{start: 0, end: 1, text: toks[0].text}, true
	}
	return chunk{}, false
}

// headlineVerbs are the meeting verbs a listing line writes in the
// headline present, its subject before and nothing after: "Euro zone
// finance ministers meet (Eurogroup).", "WTO General Council meets (to
// Nov 19)."
var headlineVerbs = map[string]bool{
	"meet": true, "meets": true, "convene": true, "convenes": true, "gather": true, "gathers": true,
	"reconvene": true, "reconvenes": true, "confer": true,
}

// entryVerb finds the verb of a listing line told as a headline (rule
// listing.headline-verb): a meeting verb in lower case after a word of its
// subject that ends its clause ("meet.", "meets (to Nov 19)", "meet,"),
// which in prose would be no meeting ("targets they failed to meet."). It
// returns -1 for a line that is no listing entry.
func (d *doc) entryVerb(si int) int {
	if e := d.entries[si]; e == nil || e.dateOnly {
		return -1
	}
	toks := d.toks[si]
	for i := 1; i < len(toks); i++ {
		if !headlineVerbs[toks[i].lower] || toks[i].cap || !toks[i-1].word || toks[i-1].lower == "to" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].word {
			continue // "meet the press": isMeetingVerb's to judge
		}
		return i
	}
	return -1
}

// listedBodies end the name of a body whose sitting a schedule lists by
// the name alone.
var listedBodies = map[string]bool{
	"council": true, "assembly": true, "committee": true, "commission": true, "board": true, "forum": true,
	"eurogroup": true, "ecofin": true, "parliament": true, "senate": true, "congress": true, "cabinet": true,
	"plenary": true, "subcommittee": true, "conference": true, "summit": true, "meeting": true, "panel": true,
}

// dateList gives each line of a list of dates ("27-28 January" under "The
// Executive Board will hold its monetary policy meetings on the following
// dates in 2026.") a meeting of the kind the sentence before the list
// names (rule listing.date-list).
func (d *doc) dateList() {
	listed := map[*mention]bool{}
	for si := range d.sents {
		e := d.entries[si]
		if e == nil || !e.dateOnly {
			continue
		}
		lead := d.listLead(si)
		if lead == nil {
			continue
		}
		first, last := headingDay(d.sents[si].Text, d.ref) // timex may read "January\n17" as one date
		if first == "" {
			continue
		}
		c := *lead
		c.why = map[Field]why{}
		for f, w := range lead.why {
			c.why[f] = w
		}
		s := d.sents[si]
		c.date = &dateSpan{start: s.Start, end: s.End, value: first, date: first, endDate: last, prec: briefs.PrecisionDay, dir: 1}
		c.anaphoric = false
		c.by(FieldDate, RuleListingDates, s.Start, s.End)
		if last != "" {
			c.by(FieldEndDate, RuleListingDates, s.Start, s.End)
		}
		d.mentions = append(d.mentions, &c)
		listed[lead] = true
	}
	if len(listed) == 0 {
		return
	}
	out := d.mentions[:0]
	for _, m := range d.mentions {
		if !listed[m] {
			out = append(out, m) // the list stands for the sentence's "meetings"
		}
	}
	d.mentions = out
}

// listLead is the mention a list of dates belongs to: in the last sentence
// before the list that is not itself a line of it, a plural meeting noun
// ("its monetary policy meetings") or any mention of a sentence that
// announces the list ("on the following dates", a closing colon).
func (d *doc) listLead(si int) *mention {
	k := si - 1
	for k >= 0 && d.entries[k] != nil && d.entries[k].dateOnly {
		k--
	}
	for n := 0; k >= 0 && n < 2; k, n = k-1, n+1 {
		text := strings.ToLower(d.sents[k].Text)
		announces := strings.Contains(text, "following dates") || strings.Contains(text, "the following") || strings.HasSuffix(text, ":")
		for _, m := range d.mentions {
			if m.sent != k || m.verb && !announces {
				continue // "will meet on the following dates in 2027:" announces its list by its verb
			}
			if w := d.toks[k][m.trig].lower; announces || strings.HasSuffix(w, "s") && w != "talks" {
				return m
			}
		}
	}
	return nil
}

// record is the label lines of a record ("Meeting of the Planning
// Committee" over "Date: ...", "Venue: ..."): the line indices of its
// date and place labels, -1 when it has none.
type record struct {
	date, place int
	block       bool // a block's (blocks.go), not a label's
}

// records finds the title line of each run of label lines (the line just
// above the run) and its date and place labels; the title becomes a
// record's line ('r') when it was a plain line.
func records(runes []rune, ls []line, kind []byte) map[int]record {
	out := map[int]record{}
	for i := 0; i < len(ls); i++ {
		if kind[i] != 'l' || i == 0 || kind[i-1] == 'l' {
			continue
		}
		t := i - 1
		if kind[t] != 0 && kind[t] != 'e' {
			continue
		}
		if kind[t] == 0 {
			kind[t] = 'r'
		}
		r := record{date: -1, place: -1}
		for j := i; j < len(ls) && kind[j] == 'l'; j++ {
			label, _, _ := strings.Cut(strings.ToLower(string(runes[ls[j].start:ls[j].end])), ":")
			label, _, _ = strings.Cut(label, " and ") // "Date and time: ..."
			switch strings.TrimSuffix(label, "s") {
			case "date", "when":
				r.date = j
			case "held": // "Held: Tuesday 3 February 2026, 5pm, Room B14, Riverside Academy"
				r.date, r.place = j, j
			case "venue", "location", "place", "where", "room":
				r.place = j
			}
		}
		out[t] = r
	}
	return out
}

// datedLabel reports a record's label line that dates it with a day:
// "Held: Tuesday 3 February 2026, 5pm, Room B14", "Date: 16 December 2025".
func datedLabel(s string) bool {
	label, rest, _ := strings.Cut(s, ":")
	switch strings.ToLower(strings.Fields(label)[0]) {
	case "date", "when", "held":
	default:
		return false
	}
	day := ""
	for i, seg := range strings.Split(strings.TrimSpace(rest), ", ") {
		seg, _, _ = strings.Cut(seg, " at ") // "Thursday, March 12, 2026 at 6:00 p.m."
		if i > 0 {
			seg = day + ", " + seg
		}
		if !listing.DateLine(seg) {
			break
		}
		day = seg
	}
	return day != ""
}

// labelPlace reads the place of a record's "Venue: Committee Room 1, Civic
// Centre, Harrogate" line (rule listing.place-label).
func (d *doc) labelPlace(l line, e *listEntry) {
	s := string(d.runes[l.start:l.end])
	_, v, _ := strings.Cut(s, ":")
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

// bodyMention makes the mention of a body's line (bodyLine) name the body:
// its kind's rule, its title and the body as its party.
func (d *doc) bodyMention(si int, m *mention) {
	toks := d.toks[si]
	c, _ := d.lineBody(si)
	m.byTokens(FieldKind, RuleListingBody, toks, c.start, c.end)
	if m.title == "" || c.end > m.trig {
		m.title = c.text + " meeting"
		m.byTokens(FieldTitle, RuleListingBody, toks, c.start, c.end)
	}
	for _, n := range m.named {
		if n == c.text {
			return
		}
	}
	m.addNamed(c.start, c.text)
	m.byName(c.text, RuleListingBody, toks[c.start].start, toks[c.end-1].end)
}
