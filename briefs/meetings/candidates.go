package meetings

import (
	"regexp"
	"strings"
)

// A candidate filter with named reasons: a name the meeting's sentence says
// that is no party, and why (notPartyReason); roles.go nonParties applies
// it. The reasons:
//   - "address": a part of an address: "at 100 Bishopsgate", "London EC2P 2SR";
//   - "facility": a country qualifying another's facility: "the carmaker's U.S. headquarters";
//   - "source": the owner of a source that speaks: "the Holy See press office said";
//   - "affiliation": a country's possessive before its titled person, who is
//     the party: "Bangladesh's interim leader Muhammad Yunus".

// RulePartyNotReason names the filter (it removes parties, so explain
// shows it only in the rule list).
const RulePartyNotReason Rule = "parties.not-reason"

// facilityNouns are places or units a name can qualify: "U.S. headquarters".
var facilityNouns = map[string]bool{
	"headquarters": true, "plant": true, "factory": true, "offices": true, "office": true, "subsidiary": true,
	"unit": true, "arm": true, "branch": true, "operations": true, "base": true, "facility": true, "mill": true,
}

// postcodeTail is the second half of a British postcode: "2SR" of "EC2P 2SR".
var postcodeTail = regexp.MustCompile(`^[0-9][A-Z]{2}$`)

// notPartyReason is why the name n at token at of m's sentence is no
// party, "" when it may be one.
func (d *doc) notPartyReason(m *mention, at int, n string) string {
	toks := d.toks[m.sent]
	end := at + 1
	for _, c := range d.chunks(m.sent) {
		if c.start == at {
			end = c.end
		}
	}
	switch {
	case isStreetNumber(toks, at) || postcodeTail.MatchString(textAt(toks, end)):
		return "address"
	case ownedBefore(toks, at) && facilityNouns[lowerAt(toks, end)]:
		return "facility"
	case speaksAfter(toks, end):
		return "source"
	case (isCountry(n) || countries[strings.ToLower(n)] != "") && isApostrophe(lowerAt(toks, end)) && d.titledPersonAfter(m.sent, end):
		return "affiliation"
	}
	return ""
}

// textAt is the text of token k, "" past the end.
func textAt(toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].text
}

// isStreetNumber reports a house number before token at, after "at" or a
// comma: "at 100 Bishopsgate".
func isStreetNumber(toks []token, at int) bool {
	if at < 2 || !toks[at-1].num || strings.ContainsAny(toks[at-1].text, ".,") {
		return false
	}
	for _, r := range toks[at-1].text {
		if r < '0' || r > '9' {
			return false
		}
	}
	w := toks[at-2].lower
	return w == "at" || w == ","
}

// ownedBefore reports a possessive just before token at: "the carmaker's
// U.S. headquarters", "its U.S. unit".
func ownedBefore(toks []token, at int) bool {
	w := lowerAt(toks, at-1)
	return w == "its" || w == "their" || w == "s" && isApostrophe(lowerAt(toks, at-2))
}

// speaksAfter reports a source noun and a verb of saying after token end,
// past at most two lower-case words: "press office said".
func speaksAfter(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+3; k++ {
		if t := toks[k]; !t.word || t.cap {
			return false
		}
		if sourceNouns[toks[k].lower] {
			return reporting(lowerAt(toks, k+1))
		}
	}
	return false
}

// titledPersonAfter reports a person named with a title within five tokens
// after token end of sentence si: "Bangladesh's interim leader Muhammad
// Yunus", "India's Prime Minister Narendra Modi".
func (d *doc) titledPersonAfter(si, end int) bool {
	toks := d.toks[si]
	for _, c := range d.chunks(si) {
		if c.start <= end || c.start > end+5 {
			continue
		}
		n := stripTitles(c.text)
		titled := n != c.text || isTitleWord(lowerAt(toks, c.start-1))
		return titled && isPersonName(d.expand(n))
	}
	return false
}
