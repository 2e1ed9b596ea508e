package meetings

import "strings"

// A diary or a schedule written as a table names its columns in a header
// row, "Date | Time | Engagement | Location | Portfolio": a row's place is
// its cell under "Location" or "Venue", whatever the columns after it hold
// ("Trade", "All"), and its event is the cells before that column (rule
// listing.table-venue).

// RuleListingTableVenue gives a table's row the cell of its venue column.
const RuleListingTableVenue Rule = "listing.table-venue"

// tableHead is a table's header row: how many columns it has and which
// one is the venue's; venue is -1 when there is no table.
type tableHead struct{ cells, venue int }

// venueColumns name a table's column of places.
var venueColumns = map[string]bool{"location": true, "venue": true, "place": true, "where": true, "room": true, "city": true, "host city": true}

// noVenueCells are a venue column's cells that name no place.
var noVenueCells = map[string]bool{"-": true, "–": true, "—": true, "online": true, "virtual": true, "phone": true,
	"video": true, "videoconference": true, "teleconference": true, "tbc": true, "tba": true, "n/a": true, "various": true}

// findTableHead finds the first line of three columns or more, each of one
// to three words, one of them a venue column's name.
func (d *doc) findTableHead(ls []line) tableHead {
	for _, l := range ls {
		cells := strings.Split(string(d.runes[l.start:l.end]), " | ")
		if len(cells) < 3 {
			continue
		}
		venue := -1
		for k, c := range cells {
			if n := len(strings.Fields(c)); n == 0 || n > 3 {
				venue = -1
				break
			}
			if venueColumns[strings.ToLower(strings.TrimSpace(c))] {
				venue = k
			}
		}
		if venue > 0 {
			return tableHead{cells: len(cells), venue: venue}
		}
	}
	return tableHead{venue: -1}
}

// tableRow reads a row of the table under header t: its place from the
// venue column and where its event ends, before that column. ok is false
// for a line that is no row of it.
func (d *doc) tableRow(t tableHead, l line, start int, e *listEntry) (end int, ok bool) {
	if t.venue < 0 {
		return 0, false
	}
	s := string(d.runes[l.start:l.end])
	cells := strings.Split(s, " | ")
	if len(cells) != t.cells {
		return 0, false
	}
	at := 0 // byte offset of the venue cell in s
	for _, c := range cells[:t.venue] {
		at += len(c) + len(" | ")
	}
	if l.start+len([]rune(s[:at-len(" | ")])) <= start {
		return 0, false // the event is not before the venue column
	}
	end = l.end
	v := strings.TrimSpace(cells[t.venue])
	if noVenueCells[strings.ToLower(v)] {
		e.online = true
		return end, true
	}
	e.place, e.placeRule = v, RuleListingTableVenue
	e.placeStart = l.start + len([]rune(s[:at]))
	e.placeEnd = e.placeStart + len([]rune(v))
	return end, true
}
