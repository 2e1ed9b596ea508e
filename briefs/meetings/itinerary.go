package meetings

import (
	"strings"
	"unicode"
)

// itineraryVenue reports a listing line that only names the venue of the
// timed line above it, as an itinerary sets it out (rule
// listing.venue-line): "8:30 a.m. The Prime Minister will meet with the
// President of the Republic of Peru." over "Palacio de Gobierno", "Lima
// Convention Centre". Up to six words, each capitalised or a small word
// between, and a building's word among them ("Centre", "Palacio");
// not "Closed to media", "Pooled photo opportunity".
func itineraryVenue(s string) bool {
	ws := strings.Fields(strings.TrimRight(s, "."))
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	building := false
	for i, w := range ws {
		lw := strings.ToLower(w)
		if venueSmallWords[lw] && i > 0 && i < len(ws)-1 {
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789():") {
			return false
		}
		building = building || venueWords[lw] || roomWords[lw] || venueHeads[lw] || foreignVenueHeads[lw]
	}
	return building
}

// venueSmallWords stand between a building's capitalised words.
var venueSmallWords = map[string]bool{"of": true, "the": true, "and": true, "de": true, "del": true, "la": true, "du": true, "des": true, "di": true}

// foreignVenueHeads open a building's name in other languages: "Palacio de
// Gobierno", "Palais des Nations".
var foreignVenueHeads = map[string]bool{"palacio": true, "palais": true, "palazzo": true, "casa": true, "centro": true, "maison": true}

// clockLed reports a line that opens with a clock time: "8:30 a.m.",
// "10.00 am", "14:00".
func clockLed(s string) bool {
	r := []rune(strings.TrimSpace(s))
	return len(r) > 3 && unicode.IsDigit(r[0]) && (r[1] == ':' || r[1] == '.' || unicode.IsDigit(r[1]) && (r[2] == ':' || r[2] == '.'))
}
