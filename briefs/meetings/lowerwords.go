package meetings

import (
	_ "embed"
	"strings"
)

// lowerWordsData is data/lowerwords.txt: words that English news prose
// writes in lower case inside a sentence, counted over the BBC and
// TimeBank stories of ../shared/eval (go test -run TestLowerWordsFile
// -update-lowerwords writes it again).
//
//go:embed data/lowerwords.txt
var lowerWordsData string

// proseLower holds the words of data/lowerwords.txt.
var proseLower = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(lowerWordsData) {
		if !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out
}()

// commonOpener reports a lone word capitalised only because it opens the
// sentence, where prose writes it in lower case: "Traders also see a
// 60% chance", "Persons needing accommodation should contact the Clerk"
// (rule parties.sentence; not "Ford will hold its annual meeting", nor a
// word the text capitalises elsewhere).
func (d *doc) commonOpener(toks []token, si int, c chunk) bool {
	return proseLower[toks[c.start].lower] && d.commonOpening(toks, si, c)
}
