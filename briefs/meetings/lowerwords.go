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
