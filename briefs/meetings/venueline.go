package meetings

import (
	"regexp"
	"strings"
	"unicode"
)

// A schedule often names its venue once for all its rows, on a line of its
// own above or below them: "All meetings are held in the Council Chamber,
// Civic Centre unless stated otherwise.", "All meetings start at 7.30pm in
// the Main Hall, Parish Rooms", "Venue: Board Room, Northmere General
// Hospital (all meetings)". Each row that names no place of its own takes
// it (rule listing.shared-venue).

// RuleListingShared gives a schedule's rows its one venue line.
const RuleListingShared Rule = "listing.shared-venue"

// venue is a place read from a line, with its rune offsets in the text.
type venue struct {
	place      string
	start, end int
	intro      line // the line when it opens the rows ("The following committees will meet ... in the Council Chamber"); zero when not
}

// allRows marks a line that speaks for every row of a schedule.
var allRows = regexp.MustCompile(`(?i)\ball (?:meetings|sessions|hearings|sittings)\b|\bunless (?:otherwise )?stated\b|\bunless stated otherwise\b`)

// rowsIntro is a line that opens the rows it gives a venue: "The following
// Standing Committees will meet during the week at 10:00 a.m. in the
// Committee Room, 24 Church Street:". It tells no meeting of its own.
var rowsIntro = regexp.MustCompile(`(?i)^the following (?:[\w-]+ ){0,2}(?:committees|sub-?committees|panels|boards|meetings|sessions|hearings) will (?:meet|be held|sit)\b`)

// venueAt is the capitalised place after "in" or "at" in such a line:
// "in the Council Chamber, Civic Centre" (not "at 7.30pm").
var venueAt = regexp.MustCompile(`\b(?:in|at) (?:the )?(\p{Lu}[^.;()]*)`)

// sharedVenue finds the schedule's venue line among the lines that are no
// row (kind 0 or a label 'l'), marks a label line 's' (no record's label)
// and returns its place; a zero venue when there is none. It runs only on
// a text read as a listing.
func (d *doc) sharedVenue(ls []line, kind []byte) venue {
	for i, l := range ls {
		if kind[i] != 0 && kind[i] != 'l' && kind[i] != 'e' || l.end-l.start > maxListingLine {
			continue
		}
		s := string(d.runes[l.start:l.end])
		intro := kind[i] == 0 && rowsIntro.MatchString(s)
		if !intro && !allRows.MatchString(s) {
			continue
		}
		at, v := -1, ""
		if kind[i] == 'l' {
			label, rest, _ := strings.Cut(s, ":")
			switch strings.ToLower(strings.TrimSuffix(label, "s")) {
			case "venue", "location", "place", "where", "room":
				at = len(label) + 1 + len(rest) - len(strings.TrimLeft(rest, " "))
				v = s[at:]
			}
		} else if m := venueAt.FindStringSubmatchIndex(s); m != nil {
			at, v = m[2], s[m[2]:m[3]]
		}
		if v = venueName(v); at < 0 || v == "" {
			continue
		}
		if kind[i] == 'l' || kind[i] == 'e' {
			kind[i] = 's' // a line under the last day heading speaks for all rows, no row itself
		}
		start := l.start + len([]rune(s[:at]))
		out := venue{place: v, start: start, end: start + len([]rune(v))}
		if intro {
			out.intro = l
		}
		return out
	}
	return venue{}
}

// venueName is a venue line's place up to its first bracket, its "unless"
// or a segment that opens an address with its number: "Council Chamber,
// Civic Centre, Water Gardens unless stated otherwise" -> "Council
// Chamber, Civic Centre, Water Gardens".
func venueName(v string) string {
	if i := strings.IndexAny(v, "(.;:"); i >= 0 {
		v = v[:i]
	}
	if i := strings.Index(v, " unless"); i >= 0 {
		v = v[:i]
	}
	var keep []string
	for _, seg := range strings.Split(v, ",") {
		seg = strings.TrimSpace(seg)
		r := []rune(seg)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			break // "1200 Elm Street", "unless ...": past the venue's name
		}
		keep = append(keep, seg)
	}
	if len(keep) == 0 || len(strings.Fields(strings.Join(keep, " "))) > 12 {
		return ""
	}
	return strings.Join(keep, ", ")
}

// useShared gives a row with no place of its own the schedule's venue.
func (e *listEntry) useShared(v venue) {
	if v.place != "" && roomOnly(e.place) {
		e.place += ", " + v.place // "Room 6Q2" and "the Spinelli building, Brussels" for all rows
		return
	}
	if v.place == "" || e.place != "" || e.online || e.dateOnly {
		return
	}
	e.place, e.placeRule, e.placeStart, e.placeEnd = v.place, RuleListingShared, v.start, v.end
}

// meetingCalendarLine reports a text's one calendar line whose label names
// a meeting, "Branch meeting: Wednesday 4 March, 6pm, Trades Hall, Carlton
// Street", "AGM - 23 April 2026": read as a listing line, its place closing it.
func (d *doc) meetingCalendarLine(ls []line, kind []byte) bool {
	for i, l := range ls {
		if kind[i] != 'c' {
			continue
		}
		label := strings.ToLower(string(d.runes[l.start:l.end]))
		if k := strings.IndexAny(label, ":-–—|"); k > 0 {
			label = label[:k]
		}
		for _, w := range strings.Fields(label) {
			if _, meeting := meetingNouns[w]; meeting || blockWords[w] {
				return true
			}
		}
	}
	return false
}

// entryAGM is the "AGM" or "EGM" of a listing line, a company diary's
// "Marks Vale plc - AGM, Leeds.", "Brightwater Utilities - EGM, London."
// (rule listing.body-line): in prose the short form is left to the name it
// stands for; -1 when there is none.
func (d *doc) entryAGM(si int) int {
	if e := d.entries[si]; e == nil || e.dateOnly {
		return -1
	}
	for i, t := range d.toks[si] {
		if (t.lower == "agm" || t.lower == "egm") && lowerAt(d.toks[si], i-1) != "(" {
			return i
		}
	}
	return -1
}

// roomOnly reports a place that is a room's name and number alone: "Room
// 6Q2", "Committee Room 2" (no building, no town).
func roomOnly(place string) bool {
	ws := strings.Fields(place)
	n := len(ws)
	return n >= 2 && n <= 3 && !strings.Contains(place, ",") && roomWords[strings.ToLower(ws[n-2])] && strings.ContainsAny(ws[n-1], "0123456789")
}
