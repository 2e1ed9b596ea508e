package digest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestWordsAndLead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Qtly DIV 15 cts vs 14 cts prior", "14 15 cts div prior qtly vs"},
		{"São Paulo's ÉNERGIE: the 22nd round, a 5-point plan", "22nd 5 paulo plan point round são énergie"},
		{"", ""},
		{"a I x -- the of", ""},
		{"end", "end"},
		{"ünï", "ünï"},
	} {
		v := vocab{ids: map[string]int32{}}
		var got []string
		for _, id := range v.words(nil, c.in) {
			got = append(got, v.list[id])
		}
		slices.Sort(got)
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("words(%q) = %q, want %q", c.in, g, c.want)
		}
	}
	body := strings.Repeat("word ", leadWords+5)
	if got := lead(briefs.Brief{Body: "  " + body}); len(strings.Fields(got)) != leadWords || !strings.HasPrefix(got, "  word") {
		t.Errorf("lead of %d words has %d: %q", leadWords+5, len(strings.Fields(got)), got)
	}
	if got := lead(briefs.Brief{Body: "a\tb\nc"}); got != "a\tb\nc" {
		t.Errorf("lead of a short body = %q", got)
	}
	nbsp := strings.Repeat("mot\u00a0", leadWords) + "reste"
	if got := lead(briefs.Brief{Body: nbsp}); got != strings.TrimSuffix(nbsp, "\u00a0reste") {
		t.Errorf("lead split at no-break spaces = %q", got)
	}
	if got := lead(briefs.Brief{Summary: "only a summary"}); got != "only a summary" {
		t.Errorf("lead without body = %q", got)
	}
}

func TestStopWordsFitTheLengthCheck(t *testing.T) {
	for w := range stopWords {
		if len(w) > maxStopWord || !isStopWord([]byte(w)) {
			t.Errorf("stop word %q (%d bytes) is not found by isStopWord (maxStopWord %d)", w, len(w), maxStopWord)
		}
	}
}
