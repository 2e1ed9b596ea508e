package meetings

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/listing"
)

// A block is a meeting's record written as a few short lines of one
// paragraph, its name over its day, then its time and room: a committee's
// notice ("Meeting No. 34" over "Tuesday, April 21, 2026", "11:00 a.m. to
// 1:00 p.m.", "Room 415, Wellington Building, 197 Sparks Street"), an
// agenda's head ("Regular Meeting of the Board of Trustees" over
// "Thursday, February 19, 2026, 7:00 p.m." and "District Office Boardroom,
// 1200 Elm Street"), minutes' "Date of next meeting." over "Wednesday 11
// March 2026, 6.30pm, Town Hall.". The name's line is the meeting (rule
// listing.block); the day below dates it and no line under it (its
// orders of the day) is an entry of that day.

// maxBlockTitle is the most words a block's name line has.
const maxBlockTitle = 12

// blocks finds the blocks among the lines: kind 'h' (a day heading) or 'p'
// (a day with its time or place after it) under a name line with a meeting
// word, in one paragraph. It marks the name 'r', the day 'b', the lines of
// time and room after it 'v', and returns each name's record.
func (d *doc) blocks(ls []line, kind []byte) map[int]record {
	var out map[int]record
	for i := 1; i < len(ls); i++ {
		if !d.blockDay(ls[i], kind[i]) || kind[i-1] != 0 || !d.sameParagraph(ls[i-1], ls[i]) || !d.blockTitle(ls[i-1]) || d.underDay(ls, kind, i-1) {
			continue
		}
		r := record{date: i, place: -1, block: true}
		if kind[i] != 'h' && d.venueAfterDay(ls[i]) != "" {
			r.place = i // "Wednesday 11 March 2026, 6.30pm, Town Hall."
		}
		kind[i-1], kind[i] = 'r', 'b'
		for j := i + 1; j < len(ls) && j <= i+2 && kind[j] == 0 && d.sameParagraph(ls[j-1], ls[j]); j++ {
			s := string(d.runes[ls[j].start:ls[j].end])
			switch {
			case listing.ClockLine(s) || clockOnly(s):
				kind[j] = 'v' // "11:00 a.m. to 1:00 p.m."
			case r.place < 0 && venueLine(s):
				kind[j] = 'v'
				r.place = j
			}
			if kind[j] == 0 {
				break
			}
		}
		if out == nil {
			out = map[int]record{}
		}
		out[i-1] = r
	}
	return out
}

// underDay reports a line that a day heading above it in its paragraph
// governs: "WED 12 NOVEMBER" over "PARIS - OECD ministerial council
// meeting (until Friday)." over "THU 13 NOVEMBER" is a diary, no block.
func (d *doc) underDay(ls []line, kind []byte, i int) bool {
	for j := i - 1; j >= 0 && d.sameParagraph(ls[j], ls[j+1]); j-- {
		if kind[j] == 'h' {
			return true
		}
	}
	return false
}

// blockDay reports a line that can date a block: a day heading or a day
// with its time after it (which the calendar check may take for "Label:
// date", the colon being the clock's: "Thursday, February 19, 2026, 7:00
// p.m.").
func (d *doc) blockDay(l line, k byte) bool {
	return k == 'h' || k == 'p' || k == 'c' && listing.DayPrefix(string(d.runes[l.start:l.end])) > 0
}

// sameParagraph reports two lines with no blank line between them.
func (d *doc) sameParagraph(a, b line) bool {
	return strings.Count(string(d.runes[a.end:b.start]), "\n") < 2
}

// blockTitle reports a short line that names a meeting: "Meeting No. 34",
// "Regular Meeting of the Board of Trustees", "Date of next meeting.".
func (d *doc) blockTitle(l line) bool {
	ws := strings.Fields(strings.ToLower(string(d.runes[l.start:l.end])))
	if len(ws) > maxBlockTitle {
		return false
	}
	for _, w := range ws {
		if blockWords[strings.Trim(w, ".,:;")] {
			return true
		}
	}
	return false
}

// clockOnly reports a line that is only times: "11:00 a.m. to 1:00 p.m.",
// "7.00pm".
func clockOnly(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".,") {
		case "a.m", "p.m", "am", "pm", "to", "-", "–", "noon", "until":
			continue
		}
		if !unicode.IsDigit([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// venueLine reports a short line naming a room or a building: "Room 415,
// Wellington Building, 197 Sparks Street", "District Office Boardroom,
// 1200 Elm Street, Springfield".
func venueLine(s string) bool {
	first, _, _ := strings.Cut(s, ",")
	ws := strings.Fields(first)
	if len(ws) == 0 || len(ws) > 5 || len(strings.Fields(s)) > maxBlockTitle {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if roomWords[lw] || venueWords[lw] || venueHeads[lw] {
			return true
		}
	}
	return false
}

// venueAfterDay is the place written after a block's day and time:
// "Wednesday 11 March 2026, 6.30pm, Town Hall." -> "Town Hall"; "" when
// none.
func (d *doc) venueAfterDay(l line) string {
	s := string(d.runes[l.start:l.end])
	n := listing.DayPrefix(s)
	if n == 0 {
		return ""
	}
	var keep []string
	for _, seg := range strings.Split(s[n+2:], ", ") {
		if seg = strings.TrimRight(strings.TrimSpace(seg), "."); seg != "" && !clockOnly(seg) {
			keep = append(keep, seg)
		}
	}
	return strings.Join(keep, ", ")
}

// blockPlace gives a block's meeting the place of its room line (up to the
// street's number: "Room 415, Wellington Building") or of its day line's
// end (rule listing.block).
func (d *doc) blockPlace(l line, day bool, e *listEntry) {
	s := string(d.runes[l.start:l.end])
	v := d.venueAfterDay(l)
	if !day {
		var keep []string
		for _, seg := range strings.Split(s, ", ") {
			if r := []rune(seg); len(r) > 0 && unicode.IsDigit(r[0]) {
				break // "197 Sparks Street": the address
			}
			keep = append(keep, seg)
		}
		v = strings.TrimRight(strings.Join(keep, ", "), ".")
	}
	if v == "" {
		return
	}
	at := strings.Index(s, v)
	if at < 0 {
		return
	}
	e.place, e.placeRule = v, RuleListingBlock
	e.placeStart = l.start + len([]rune(s[:at]))
	e.placeEnd = e.placeStart + len([]rune(v))
}

// blockHead is the meeting word of a block's name line, which the noun
// rules may refuse there ("Meeting No. 34" reads as a name); -1 when the
// sentence is no block's name.
func (d *doc) blockHead(si int) int {
	if e := d.entries[si]; e == nil || !e.block && !e.record {
		return -1 // a block's name, or a record's title over its labels ("Hearing: Oversight of ..." over "When:", "Where:")
	}
	for i, t := range d.toks[si] {
		if blockWords[t.lower] {
			return i
		}
	}
	return -1
}

// blockBody is the body whose meeting a block names when the block names
// no party: one named on its own line ("Regular Meeting of the Board of
// Trustees"), else the body of the last meeting told before it (minutes'
// "Date of next meeting." after "the meeting of the Finance and Audit
// Committee"), else the body a notice's first line is ("Standing Committee
// on Finance" over "Meeting No. 34"); "" when none (rule listing.block).
func (d *doc) blockBody(m *mention) string {
	if e := d.entries[m.sent]; e == nil || !e.block && !e.record {
		return "" // a block's name, or a record's title over its "Date:" and "Location:" lines
	}
	body := func(n string) bool {
		ws := strings.Fields(strings.ToLower(n))
		named := false // a meeting's word before the body's: "Ordinary Meeting of Council" names the meeting
		for _, w := range ws {
			if _, meeting := meetingNouns[w]; listedBodies[w] && !meeting && len(ws) > 1 {
				return !named // "Board of Trustees", "Finance and Audit Committee", "CITY COUNCIL REGULAR MEETING"; not "Regular Meeting"
			}
			named = named || blockWords[w]
		}
		return false
	}
	for _, c := range d.chunks(m.sent) {
		if body(c.text) {
			if h := d.headingBody(); bareBodyMeeting(c.text) && strings.EqualFold(lastWord(h), strings.Fields(c.text)[0]) {
				return h // "ORDINARY COUNCIL MEETING - AGENDA" under "KAHURANGI DISTRICT COUNCIL": that council's
			}
			return c.text
		}
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		o := d.mentions[i]
		if o.sent >= m.sent {
			continue
		}
		for _, n := range append(append([]string{}, o.named...), o.nameOrgs...) {
			if body(n) {
				return n
			}
		}
	}
	if len(d.sents) > 0 && m.sent > 0 {
		t, _, _ := strings.Cut(strings.TrimSpace(d.sents[0].Text), "\n")
		if t = strings.TrimSpace(t); body(t) && onlyName(t) {
			return t // the notice's first line, not the district's name the line under it gives ("BOARD OF EDUCATION" over "Willow Creek Unified School District")
		}
	}
	if t := strings.TrimSpace(d.briefTitle); d.dlEnd == 0 && body(t) && onlyName(t) {
		return t // the notice's first line, which ingest took as the title of a text file
	}
	return ""
}

// onlyName reports a short line that is only a capitalised name, its
// small words aside: "Standing Committee on Finance".
func onlyName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "of", "on", "for", "and", "the":
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// maxEntryWords is the most words of a listing line that is an item of its
// own; a longer one is prose under a heading (a notice's paragraphs under
// its date), whose neighbours may name its parties.
const maxEntryWords = 16

// shortEntry reports a listing line of maxEntryWords words or fewer.
func (d *doc) shortEntry(si int) bool {
	if d.entries[si] == nil {
		return false
	}
	n := 0
	for _, t := range d.toks[si] {
		if t.word {
			n++
		}
	}
	return n <= maxEntryWords
}

// blockWords are the nouns that make a block's title line a meeting's name
// ("Meeting No. 34", "Special Session", "AGM"), and its head token.
var blockWords = map[string]bool{"meeting": true, "session": true, "hearing": true, "sitting": true, "agm": true, "egm": true}

// venueLineBelow is the venue line right under a notice's line that names
// and dates a meeting (rule listing.block): "District Office Board Room,
// 3380 Fourteenth Street, Riverside" under "Regular Meeting — Monday,
// September 9, 2024"; "" when the line below is no venue or the text has a
// dateline.
func (d *doc) venueLineBelow(m *mention) string {
	si := m.sent + 1
	if d.dlEnd > 0 || si >= len(d.sents) || !slices.ContainsFunc(d.dates[m.sent], func(x dateSpan) bool { return x.prec == briefs.PrecisionDay }) {
		return "" // the line dates the meeting to a day
	}
	a, b := d.sents[m.sent], d.sents[si]
	if len(d.toks[m.sent]) > 2*maxBlockTitle || strings.ContainsRune(a.Text, '\n') || strings.Count(string(d.runes[a.End:b.Start]), "\n") != 1 {
		return "" // one heading line, the venue on the very next line
	}
	v := strings.TrimSpace(strings.TrimSuffix(b.Text, "."))
	first, _, _ := strings.Cut(v, ",")
	last := strings.ToLower(lastWord(first))
	if strings.ContainsRune(v, ':') || !venueLine(v) || !roomWords[last] && !venueWords[last] && !venueHeads[last] {
		return "" // not "Town Hall open day follows": the venue's name ends its first part
	}
	m.by(FieldPlace, RuleListingBlock, b.Start, b.End)
	return v
}

// bareBodyMeeting reports a block's name that is a body's noun alone before
// the meeting's words, naming no body of its own: "COUNCIL MEETING",
// "Board Meeting"; not "CITY COUNCIL REGULAR MEETING".
func bareBodyMeeting(n string) bool {
	ws := strings.Fields(strings.ToLower(n))
	if len(ws) < 2 || !listedBodies[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if _, meeting := meetingNouns[w]; !meeting && !sessionModifiers[w] {
			return false
		}
	}
	return true
}
