package meetings

import (
	"strings"
	"unicode"

	"golang.org/x/text/currency"
)

// currencyAmount reports a money amount at token k, whose capitals are a
// currency's and no party's: "under PHP45 a kilo", "approved Rs 312 crore",
// "USD 2 million". The code is an ISO 4217 one (golang.org/x/text/currency
// knows them all, so no list of ours goes stale) or a written short form
// the ISO list lacks; the number follows in the token or right after it.
// A code glued to its number that is also a numbered meeting's initialism
// is the meeting: "COP30" (COP is the Colombian peso's code too), "MOP5".
func currencyAmount(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	w := toks[k].text
	i := strings.IndexFunc(w, unicode.IsDigit)
	code, digits := w, false
	if i > 0 {
		code, digits = w[:i], true
		if strings.TrimLeftFunc(w[i:], func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ',' }) != "" {
			return false // "G7s", "A380-800": a name with a number in it
		}
		if l := strings.ToLower(code); meetingSeriesNames[l] || l == "mop" {
			return false // "COP30", "MOP5": a numbered meeting
		}
	}
	if !digits {
		if next := lowerAt(toks, k+1); next == "." {
			k++ // "Rs. 500"
		}
		if k+1 >= len(toks) || !toks[k+1].num || toks[k+1].start != toks[k].end+1 {
			return false
		}
	}
	if moneyShortForms[strings.ToLower(code)] {
		return true
	}
	if len(code) != 3 || strings.ToUpper(code) != code {
		return false
	}
	_, err := currency.ParseISO(code)
	return err == nil
}

// moneyChunk reports a one-token name chunk that is money: "PHP45".
func moneyChunk(toks []token, c chunk) bool {
	return c.end-c.start == 1 && currencyAmount(toks, c.start)
}

// moneyShortForms are the written forms of currencies that are no ISO
// code: the rupee's "Rs", the rupiah's "Rp", the ringgit's "RM", the
// taka's "Tk", the Kenyan shilling's "KSh".
var moneyShortForms = map[string]bool{"rs": true, "rp": true, "rm": true, "tk": true, "ksh": true}
