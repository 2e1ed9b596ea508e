package meetings

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// titleSectionsRegexp is the rule titleSections implements by hand.
var titleSectionsRegexp = regexp.MustCompile(` [-–—|] |: `)

func TestTitleSectionsMatchesRegexp(t *testing.T) {
	titles := []string{
		"", "Mayor's Public Schedule - Wednesday, June 3, 2026", "Agenda: Monday 4 May | Council Chamber",
		"A — B – C | D: E", "no separators here", " - ", ": ", "a:b", "a -b", "a- b", "trailing - ", " - leading",
		"a - - b", "a :: b", "a : b", "x\u00a0- y", "Mon. — Tue. — Wed.", "日本 - 東京: 会議",
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{" ", "-", "–", "—", "|", ":", "a", "7", ","}
	for range 2000 {
		s := ""
		for range r.IntN(12) {
			s += alphabet[r.IntN(len(alphabet))]
		}
		titles = append(titles, s)
	}
	for _, title := range titles {
		if got, want := titleSections(title), titleSectionsRegexp.Split(title, -1); !slices.Equal(got, want) {
			t.Errorf("titleSections(%q) = %q, want %q", title, got, want)
		}
	}
}
