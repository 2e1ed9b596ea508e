package meetings

import (
	"strings"
	"unicode"
)

// A title taken from a notice's shouted heading ("12th PACIFIC PORTS
// FORUM", "BOARD OF EDUCATION Open Session") reads better in the case the
// text writes its words elsewhere: each shouted word of a run of two or
// more is written as the text writes it in mixed or lower case ("Pacific",
// "of"); a word the text only shouts is capitalised when it is longer than
// five letters or a word of prose ("SECURITY" -> "Security", "BAY" ->
// "Bay"), and stays as it is when it may be an initialism ("ASEAN", "NJC")
// (rule title.unshout).

// RuleTitleUnshout writes a title's shouted words in the text's own case.
const RuleTitleUnshout Rule = "title.unshout"

// unshout rewrites title's runs of two or more shouted words with the
// spellings the text gives them elsewhere.
func (d *doc) unshout(title string) string {
	ws := strings.Fields(title)
	shouted := make([]bool, len(ws))
	n := 0
	for i, w := range ws {
		shouted[i] = shoutedWord(w)
		if shouted[i] {
			n++
		}
	}
	if n < 2 {
		return title
	}
	var spell map[string]string
	for i, w := range ws {
		if !shouted[i] || !(i > 0 && shouted[i-1] || i+1 < len(ws) && shouted[i+1]) {
			continue // a shouted word alone ("ASEAN Summit") stays
		}
		if spell == nil {
			if d.spellings == nil {
				d.spellings = d.mixedSpellings() // once per text, for all its titles
			}
			spell = d.spellings
		}
		lw := strings.ToLower(w)
		switch sp, ok := spell[lw]; {
		case i > 0 && titleSmallWords[lw]:
			ws[i] = lw // "BOARD OF EDUCATION": "of"
		case ok && i == 0:
			ws[i] = capitalised(sp) // a title opens with a capital: "BUSINESS MEETING" -> "Business Meeting"
		case ok:
			ws[i] = sp // "PACIFIC" as the text writes it elsewhere: "Pacific"
		case len([]rune(w)) > 5 || proseLower[lw]:
			ws[i] = capitalised(lw) // "SECURITY", "BAY", which the text only shouts: "Security", "Bay"
		}
	}
	return strings.Join(ws, " ")
}

// titleSmallWords stay in lower case inside a title.
var titleSmallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "to": true, "at": true}

// capitalised writes a lower-case word with a capital first letter and
// one after each hyphen: "forty-second" -> "Forty-Second".
func capitalised(w string) string {
	r := []rune(w)
	for i := range r {
		if i == 0 || r[i-1] == '-' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// shoutedWord reports a word of two letters or more, all of its letters
// capitals: "FORUM", "OF", not "12th" or "G7".
func shoutedWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if unicode.IsDigit(r) {
			return false
		}
	}
	return letters >= 2
}

// mixedSpellings maps each word the text writes in mixed or lower case,
// lower-cased, to its first capitalised spelling, or its lower-case one
// when it has none: "pacific" -> "Pacific", "meeting" -> "Meeting".
func (d *doc) mixedSpellings() map[string]string {
	out := map[string]string{}
	for _, t := range d.words {
		w := string(d.runes[t.Start:t.End])
		if shoutedWord(w) || !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		lw := strings.ToLower(w)
		if prev, ok := out[lw]; !ok || prev == lw && w != lw {
			out[lw] = w // a capitalised spelling over a lower-case one: "Union" of "Transport Workers' Union"
		}
	}
	return out
}
