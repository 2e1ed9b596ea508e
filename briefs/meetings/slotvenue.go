package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// A committee's programme writes each sitting as one line: its day, its
// time, its venue and town, a colon, then what is heard: "Tuesday, 12 May
// 2026 - 10.00 a.m., Kakamega Social Hall, Kakamega: Public hearing on the
// Sugar Bill (Western region)." The names between the time and the colon
// are where the sitting is held, not who takes part (rule place.slot).

// RulePlaceSlot is the venue of a programme's dated line.
const RulePlaceSlot Rule = "place.slot"

// slotVenue is the venue of sentence si when it is such a line and the
// meeting's word at h comes after its colon: the capitalised names between
// the clock time's comma and the colon, with the token where they start;
// "" when the line is none.
func (d *doc) slotVenue(si, h int) (string, int) {
	toks, ds := d.toks[si], d.dates[si]
	if len(ds) == 0 || ds[0].tokStart != 0 || ds[0].prec != briefs.PrecisionDay {
		return "", -1
	}
	k := ds[0].tokEnd
	if v, at := d.dashCity(toks, k, h); v != "" {
		return v, at // "Tuesday 10 June – Brussels: Trade Commissioner ... appears before"
	}
	for k < len(toks) && k < ds[0].tokEnd+8 && toks[k].lower != "," {
		k++ // "- 10.00 a.m.": the line's time
	}
	if k >= len(toks) || toks[k].lower != "," || !toks[k-1].word && !toks[k-1].num && toks[k-1].lower != "." {
		return "", -1
	}
	start := k + 1
	colon := -1
	for j := start; j < len(toks) && j < start+16; j++ {
		if toks[j].lower == ":" {
			colon = j
			break
		}
		if t := toks[j]; t.word && !t.cap && !venueSmallWords[t.lower] {
			return "", -1 // prose, not a venue
		}
	}
	if colon < 0 || colon == start || h < colon {
		return "", -1
	}
	return strings.TrimSpace(sliceText(d.runes, toks[start].start, toks[colon-1].end)), start
}

// slotPlace makes v, the venue of m's programme line starting at token at,
// m's place, and the names inside it no parties: "Kakamega Social Hall" is
// where, not who.
func (d *doc) slotPlace(m *mention, v string, at int) {
	toks := d.toks[m.sent]
	m.place, m.placeAt = v, at
	m.by(FieldPlace, RulePlaceSlot, toks[at].start, toks[at].start+len([]rune(v)))
	for _, n := range m.named {
		if strings.Contains(v, n) {
			if m.notParties == nil {
				m.notParties = map[string]bool{}
			}
			m.notParties[n] = true
		}
	}
}

// dashCity is the city of a diary's dated line written "Tuesday 10 June –
// Brussels: ...", a dash after the day at k and a colon after the city,
// when the meeting's word at h comes after the colon and the city is a
// capital or a seat the data knows (not "– Travel:", "- Briefing:"); with
// the token where it starts.
func (d *doc) dashCity(toks []token, k, h int) (string, int) {
	if !isDash(lowerAt(toks, k)) {
		return "", -1
	}
	start, colon := k+1, -1
	for j := start; j < len(toks) && j <= start+3; j++ {
		if toks[j].lower == ":" {
			colon = j
			break
		}
		if !toks[j].cap || !toks[j].word {
			return "", -1
		}
	}
	if colon <= start || h < colon {
		return "", -1
	}
	v := sliceText(d.runes, toks[start].start, toks[colon-1].end)
	if capitalOf[strings.ToLower(v)] == nil && !seatCities[strings.ToLower(v)] {
		return "", -1
	}
	return v, start
}
