package meetings

import (
	_ "embed"
	"strconv"
	"strings"
)

// seatsData is data/seats.tsv: where international bodies sit.
//
//go:embed data/seats.tsv
var seatsData string

// seat is one name of a body and the city where it sits ("-": none).
type seat struct {
	words []string
	city  string
}

// seatIndex holds the seats by the first word of each name.
var seatIndex = parseSeats(seatsData)

// seatCities holds the lowercase cities of seatIndex and their other names.
var seatCities = func() map[string]bool {
	out := map[string]bool{}
	for _, ss := range seatIndex {
		for _, s := range ss {
			for _, c := range strings.Split(s.city, "|") {
				out[strings.ToLower(c)] = c != "-"
			}
		}
	}
	return out
}()

// parseSeats reads lines of "city<TAB>name|name|..." into an index by
// first word.
func parseSeats(data string) map[string][]seat {
	idx := map[string][]seat{}
	tsvLines("data/seats.tsv", data, func(at string, city, names string) {
		for _, name := range strings.Split(names, "|") {
			ws := strings.Fields(strings.ToLower(name))
			if len(ws) == 0 {
				panic("meetings: " + at + ": an empty name")
			}
			idx[ws[0]] = append(idx[ws[0]], seat{words: ws, city: city})
		}
	})
	return idx
}

// tsvLines calls fn with each "key<TAB>value" line of a data file ("#"
// starts a comment) and where it is; it panics on a line without both,
// which the tests of the embedded files guard against.
func tsvLines(file, data string, fn func(at, key, value string)) {
	for n, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at := file + " line " + strconv.Itoa(n+1)
		key, value, ok := strings.Cut(line, "\t")
		if !ok || key == "" || value == "" {
			panic("meetings: " + at + ": want key<TAB>values")
		}
		fn(at, key, value)
	}
}

// atSeat reports whether place is the seat city (one of its "|" names).
func atSeat(city, place string) bool {
	for _, c := range strings.Split(city, "|") {
		if strings.EqualFold(c, place) {
			return true
		}
	}
	return false
}

// seatOf is the city where the international body n sits (with its other
// names after "|": "New York|United Nations"), "" when n names
// none of them; the longest name found in n on whole words decides.
func seatOf(n string) string {
	var buf [8]string
	ws := buf[:0] // the words in the frame, not a slice of their own
	for w := range strings.FieldsSeq(strings.ToLower(n)) {
		ws = append(ws, w)
	}
	best, bestLen := "", 0
	for i, w := range ws {
		for _, s := range seatIndex[w] {
			if len(s.words) > bestLen && i+len(s.words) <= len(ws) && equalWords(ws[i:i+len(s.words)], s.words) {
				best, bestLen = s.city, len(s.words)
			}
		}
	}
	if best == "-" {
		return ""
	}
	return best
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// seatedElsewhere reports a meeting of an international body itself (its
// owner, or the only party a mention names) that sits in another city
// than the dateline's: "Members of the International Tin Council will meet
// next month" in a Kuala Lumpur story is not held in Kuala Lumpur. Talks
// with the body's officials among other parties ("Mexico will meet IMF
// officials") may be held anywhere, so they are left to the other rules.
func (d *doc) seatedElsewhere(c *cluster) bool {
	found := false
	for _, m := range c.mentions {
		for _, n := range append(append([]string{}, m.named...), m.nameOrgs...) {
			if d.seatedHere(n) {
				return false // "The European Community will ask for a panel at the GATT council meeting" in Geneva
			}
		}
		found = found || m.owner != "" && d.seatedAway(m.owner) || d.allSeatedElsewhere(m) || d.ownerSeatedElsewhere(m)
	}
	return found
}

// allSeatedElsewhere reports a mention whose named parties are all bodies
// seated away from the dateline ("the U.S. Federal Reserve, whose Federal
// Open Market Committee meets on Tuesday" in a Johannesburg story), none
// a country's own body.
func (d *doc) allSeatedElsewhere(m *mention) bool {
	for _, n := range m.named {
		if !d.seatedAway(n) || countryOwned(d.toks[m.sent], m.namedAt[n]) {
			return false
		}
	}
	return len(m.named) > 0
}

// ownerSeatedElsewhere reports a body seated elsewhere that owns the
// meeting's subject or name: "The European Central Bank's Governing
// Council meets on Thursday" in a London story (RulePlaceDateline: no
// place, the ECB sits in Frankfurt).
func (d *doc) ownerSeatedElsewhere(m *mention) bool {
	toks := d.toks[m.sent]
	for _, n := range m.named {
		at, ok := m.namedAt[n]
		if !ok || at >= m.trig || !d.seatedAway(n) {
			continue
		}
		end := at
		for end < len(toks) && toks[end].cap {
			end++
		}
		if isApostrophe(lowerAt(toks, end)) && lowerAt(toks, end+1) == "s" && m.trig-end <= 6 {
			return true
		}
	}
	return false
}

// capitalsData is data/capitals.tsv: capitals and their nationality words.
//
//go:embed data/capitals.tsv
var capitalsData string

// capitalEra is the years a city was its country's capital, or its name
// the wire's (0: open).
type capitalEra struct{ from, until int }

// holds reports whether year lies in the era.
func (e capitalEra) holds(year int) bool {
	return (e.from == 0 || year >= e.from) && (e.until == 0 || year <= e.until)
}

// parseCapitals reads lines of "city<TAB>word|word", perhaps with a third
// field of years ("-1991", "1991-"), into a map from the lowercase city to
// its words and one to its era.
func parseCapitals(data string) (map[string][]string, map[string]capitalEra) {
	out, eras := map[string][]string{}, map[string]capitalEra{}
	tsvLines("data/capitals.tsv", data, func(at, city, value string) {
		words, years, _ := strings.Cut(value, "\t")
		city = strings.ToLower(city)
		out[city] = strings.Split(strings.ToLower(words), "|")
		if years == "" {
			return
		}
		from, until, ok := strings.Cut(years, "-")
		var e capitalEra
		var err1, err2 error
		if from != "" {
			e.from, err1 = strconv.Atoi(from)
		}
		if until != "" {
			e.until, err2 = strconv.Atoi(until)
		}
		if !ok || err1 != nil || err2 != nil || from == "" && until == "" {
			panic("meetings: " + at + ": want years as 1991-, -1991 or 1960-1991")
		}
		eras[city] = e
	})
	return out, eras
}

// countryOwned reports a name at token at that a country's possessive
// owns: "Russia's Security Council" is Russia's own, not the U.N.'s.
func countryOwned(toks []token, at int) bool {
	return at >= 3 && lowerAt(toks, at-1) == "s" && isApostrophe(lowerAt(toks, at-2)) && isCountry(lowerAt(toks, at-3))
}
