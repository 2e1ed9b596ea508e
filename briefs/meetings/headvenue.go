package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// An agenda's head often writes its day, its times and its room as short
// lines of one paragraph, under the body's name in a paragraph of its own:
// "Monday, March 9, 2026" over "Closed Session 5:00 p.m. | Open Session
// 6:00 p.m." and "Board Room, Civic Center, 455 Main Street, Oak Falls".
// The room line is no meeting: it is the place of the lines of its
// paragraph under the same day (rule listing.head-venue).

// RuleListingHeadVenue gives an agenda head's lines the room its paragraph names.
const RuleListingHeadVenue Rule = "listing.head-venue"

// venues are the places a listing's lines take from other lines: the
// schedule's one venue for all rows, each agenda head's room by line, and
// a table's venue column (tablevenue.go).
type venues struct {
	shared venue
	heads  map[int]venue
	table  tableHead
}

// headVenues finds, in each paragraph of a day heading's lines, a line that
// names only a room or a building (blocks.go venueLine, with no meeting
// word and no clock time), marks it 'v' and returns its place for every
// other line of that paragraph, by line index.
func (d *doc) headVenues(ls []line, kind []byte) map[int]venue {
	var out map[int]venue
	for i, l := range ls {
		if kind[i] != 'e' {
			continue
		}
		s := strings.TrimRight(string(d.runes[l.start:l.end]), ".")
		if !venueLine(s) || !roomFirst(s) || clockLed(s) || meetingWordIn(s) {
			continue
		}
		first, last := i, i
		for first > 0 && kind[first-1] != 0 && d.sameParagraph(ls[first-1], ls[first]) {
			first--
		}
		for last+1 < len(ls) && kind[last+1] != 0 && d.sameParagraph(ls[last], ls[last+1]) {
			last++
		}
		if kind[first] != 'h' && kind[first] != 'w' {
			continue // the room line must share its paragraph with the day heading it is under
		}
		kind[i] = 'v'
		v := venue{place: s, start: l.start, end: l.start + len([]rune(s))}
		for j := first; j <= last; j++ {
			if kind[j] == 'e' {
				if out == nil {
					out = map[int]venue{}
				}
				out[j] = v
			}
		}
	}
	return out
}

// roomFirst reports a line whose first part ends in a room's or a
// building's word: "Board Room, Civic Center, ...", "Council Chamber", not
// "Town Hall open day".
func roomFirst(s string) bool {
	first, _, _ := strings.Cut(s, ",")
	ws := strings.Fields(strings.ToLower(first))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], ".:;")
	return roomWords[w] || venueWords[w] || venueHeads[w]
}

// meetingWordIn reports a line with a meeting's noun: "Board Meeting Room"
// is still a room, but "Meeting of the Board, Room 4" is a row.
func meetingWordIn(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for k, w := range ws {
		w = strings.Trim(w, ".,:;()")
		if _, ok := meetingNouns[w]; ok && !(k+1 < len(ws) && roomWords[strings.Trim(ws[k+1], ".,")]) {
			return true
		}
	}
	return false
}

// RuleListingHeadDate dates an agenda's heading by the day line under it.
const RuleListingHeadDate Rule = "listing.head-date"

// agendaHeadDate gives m, a meeting named by a notice's heading line with
// no day of its own ("CITY OF WESTBROOK / REGULAR COUNCIL MEETING"), the
// day of the short line that follows within three lines and opens with a
// full date ("Monday, March 9, 2026, 1:30 p.m.", "Date: Tuesday 14
// October 2025") (rule listing.head-date): the agenda's own sitting, not
// "the meeting of March 2" an item below recalls.
func (d *doc) agendaHeadDate(si int, m *mention) {
	if m.date != nil || m.anaphoric || si > 2 || d.dlEnd > 0 || len(d.toks[si]) > 12 || documentLabel(m.title) || plural(strings.ToLower(lastWord(m.title))) || plural(d.toks[si][m.trig].lower) || strings.Contains(d.sents[si].Text, "|") {
		return // not "Notice of General Meeting", "Result of Annual General Meeting", "Public Hearings" over their rows, nor a table's "Date | Meeting | Location"
	}
	for sj := si + 1; sj < len(d.toks) && sj <= si+3; sj++ {
		toks, ds := d.toks[sj], d.dates[sj]
		if len(d.headsOf(sj)) > 0 {
			return // "The Lakeshore County Board of Adjustment will hold a public hearing ..." under "PUBLIC HEARING NOTICE": the prose tells the meeting
		}
		if strings.Contains(d.sents[sj].Text, "|") {
			return // a table's row: its own meeting (committeerows.go), not the heading's day
		}
		if len(ds) == 0 || len(toks) > 30 {
			continue
		}
		x := ds[0]
		lead := x.tokStart == 0 || x.tokStart == 2 && lowerAt(toks, 0) == "date" && lowerAt(toks, 1) == ":"
		if !lead || x.prec != briefs.PrecisionDay || len(x.date) != 10 || !hasYearToken(toks, x) || x.date <= d.ref.Format("2006-01-02") {
			continue // a release's own date (the reference day or before) is no sitting
		}
		for sk := sj + 1; sk < len(d.toks) && sk <= sj+2; sk++ {
			if len(d.headsOf(sk)) > 0 {
				return // "Closed Session 5:00 p.m. | Open Session 6:00 p.m." under the day: the sessions take it, and the heading joins them
			}
		}
		x.tokStart, x.tokEnd = 0, 0
		m.date = &x
		m.by(FieldDate, RuleListingHeadDate, d.sents[sj].Start, d.sents[sj].End)
		d.headDateVenue(sj, m)
		return
	}
}

// headDateVenue makes the line under an agenda's day line, in the same
// paragraph, m's place when it names only a room or a building:
// "Council Chamber, City Hall, 1435 Water Street" under "Monday, March 9,
// 2026, 1:30 p.m." (rule listing.head-venue).
func (d *doc) headDateVenue(sj int, m *mention) {
	text := d.sents[sj].Text
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || m.place != "" {
		return
	}
	line, _, _ := strings.Cut(rest, "\n")
	v := strings.TrimRight(strings.TrimSpace(line), ".")
	if !venueLine(v) || clockLed(v) || meetingWordIn(v) {
		return
	}
	start := d.sents[sj].Start + len([]rune(first)) + 1 + len([]rune(line)) - len([]rune(strings.TrimLeft(line, " ")))
	m.place, m.placeAt = v, -1
	m.by(FieldPlace, RuleListingHeadVenue, start, start+len([]rune(v)))
}

// documentLabel reports a heading that names the document about a meeting,
// not the meeting: "Notice of General Meeting", "Result of Annual General
// Meeting", "Postponement of General Meeting", "Minutes of ...".
func documentLabel(title string) bool {
	switch strings.ToLower(strings.Fields(title + " x")[0]) {
	case "notice", "result", "results", "postponement", "minutes", "report", "outcome":
		return true
	}
	return false
}

// hasYearToken reports a four-digit year among the tokens of date span x.
func hasYearToken(toks []token, x dateSpan) bool {
	for k := x.tokStart; k < x.tokEnd && k < len(toks); k++ {
		if t := toks[k]; t.num && len(t.text) == 4 {
			return true
		}
	}
	return false
}
