package meetings

import (
	"math/rand"
	"strings"
	"testing"
)

// TestJoinFrom checks joinFrom against strings.Join over the words of
// random names, spaced every way Fields parts them.
func TestJoinFrom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"Minister", "Nigel", "Lawson", "of", "É", "Dato’", "a", " ", "  ", "\t", "\u00a0", ",", "\u2003"}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.Intn(7); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		name := b.String()
		words := strings.Fields(name)
		for i := 0; i <= len(words); i++ {
			if got, want := joinFrom(name, words, i), strings.Join(words[i:], " "); got != want {
				t.Fatalf("joinFrom(%q, %d) = %q, want %q", name, i, got, want)
			}
		}
	}
}
