package telegram

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// visibleLenByTokens is visibleLen as first written, over tokens: the
// reference the allocation-free scan must agree with.
func visibleLenByTokens(s string) int {
	n := 0
	for _, tok := range tokens(s) {
		switch {
		case isTag(tok):
		case strings.HasPrefix(tok, "&") && len(tok) > 1:
			n++
		default:
			n += textLen(tok)
		}
	}
	return n
}

func TestVisibleLenMatchesTokens(t *testing.T) {
	cases := []string{
		"", "plain", "<b>bold</b>", "a &amp; b", "&", "<", "a < b > c", "x &lt", "<a href=\"u\">link</a>",
		"emoji 🎉 and ü", "\xff\xfe bad bytes", "&;", "<>", "tail <b",
	}
	pieces := []string{"<b>", "</b>", "<a href=\"x\">", "&amp;", "&", "<", ">", ";", "a", "é", "🎉", "\xff", " ", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := visibleLen(s), visibleLenByTokens(s); got != want {
			t.Fatalf("visibleLen(%q) = %d, want %d", s, got, want)
		}
	}
}

func BenchmarkVisibleLen(b *testing.B) {
	line := strings.Repeat("<b>OPEC ministerial meeting</b> — Vienna, 12 Mar &amp; talks 🎉 ", 4)
	for b.Loop() {
		visibleLen(line)
	}
}
