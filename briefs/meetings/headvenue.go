package meetings

import "strings"

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
