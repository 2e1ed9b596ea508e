package meetings

import (
	"regexp"
	"strings"

	"github.com/briefbot/briefbot/briefs/listing"
)

// placeDateLine matches a list's line that gives a place, then the day and
// the venue of one sitting of a meeting the sentence before announces
// (rule listing.place-date): "- Kitwe: Wednesday 14 May 2025, Garden
// Court Hotel, 09:00 hours" under "The hearings will take place as
// follows:", "Leeds – Mon 2 Mar, 7pm, Leeds Trades Club" under "Branch
// meetings on the pay offer:". Group 1 is the place, group 2 the rest.
var placeDateLine = regexp.MustCompile(`^(?:[-•*–] +)?([A-Z][A-Za-z'. -]{1,30}?)(?:: +| [–—-] +)(.+)$`)

// placeDate reads such a line: its town and its venue ("Garden Court
// Hotel"); ok is false for any other line. The part after the town must
// open with a date and hold nothing but the date, a venue and a time.
func placeDate(s string) (town, venue string, ok bool) {
	m := placeDateLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !prefixPlace(m[1]) || namesBodyWord(m[1]) {
		return "", "", false // not "Licensing Sub-Committee - Thursday 16 April 2026, 10am", a calendar's line
	}
	venue, ok = dateVenue(m[2])
	return m[1], venue, ok
}

// dateVenue reads the part of a list's line after its town: a date, then
// a venue and a time in any order ("Wednesday 14 May 2025, Garden Court
// Hotel, 09:00 hours"); the venue is "" when none is named, ok false when
// anything else is.
func dateVenue(s string) (venue string, ok bool) {
	segs := segmentSep.Split(strings.TrimRight(s, "."), -1)
	n := 1
	for n < len(segs) && listing.DateLine(strings.Join(segs[:n+1], ", ")) {
		n++ // "Wednesday, 14 May 2025"
	}
	if !listing.DateLine(strings.Join(segs[:n], ", ")) {
		return "", false
	}
	for _, seg := range segs[n:] {
		switch {
		case clockSegment.MatchString(seg):
		case venue == "" && (placeSegment(seg) || itineraryVenue(seg)):
			venue = seg
		default:
			return "", false
		}
	}
	return venue, true
}

// clockSegment is a line's time: "09:00 hours", "10 a.m.", "2.30pm".
var clockSegment = regexp.MustCompile(`^\d{1,2}(?:[.:]\d{2})?(?: ?[ap]\.?m\.?| hours| hrs)?$`)

func placeDateOK(s string) bool {
	_, _, ok := placeDate(s)
	return ok
}

// namesBodyWord reports a name holding a body's word, even after a hyphen:
// "Licensing Sub-Committee", "Planning Committee".
func namesBodyWord(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if listedBodies[w] || labelBodyWords[w] {
			return true
		}
	}
	return false
}

// labelBodyWords are more words of bodies a calendar line may open with.
var labelBodyWords = map[string]bool{"sub": true, "group": true, "trust": true, "union": true, "authority": true}
