package meetings

import (
	"strings"
	"testing"
)

// TestLastWordAsFields: lastWord, which no longer splits the string, ends
// with the word strings.Fields would, past a two-byte no-break space too.
func TestLastWordAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a b ", "x\u00a0May", "Dec 4 (", "one\u3000two", "\u00a0"} {
		ws := strings.Fields(s)
		want := ""
		if len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastWord(s); got != want {
			t.Errorf("%q: %q want %q", s, got, want)
		}
	}
}
