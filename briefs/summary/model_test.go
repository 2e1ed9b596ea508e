package summary

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/sentences"
)

func TestWords(t *testing.T) {
	var got []string
	var sc wordScanner
	sc.reset("The US told us: Nato's X-ray costs £3.5bn, Zürich.")
	for w, more := sc.next(); more; w, more = sc.next() {
		got = append(got, string(w))
	}
	want := []string{"the", "US", "told", "us", "nato", "s", "x", "ray", "costs", "\u00a33", "5bn", "z\u00fcrich"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

func TestModelCountsSharedWords(t *testing.T) {
	m := newModel(sentences.Split("Oil prices rose. Oil demand rose too. The weather was fine."))
	// Content words: oil, prices, rose | oil, demand, rose | weather, fine.
	if len(m.words[0]) != 3 || len(m.words[1]) != 3 || len(m.words[2]) != 2 {
		t.Fatalf("content words per sentence = %v", m.words)
	}
	shared := 0
	for _, w := range m.words[0] {
		if m.sf[w] == 2 {
			shared++
		}
	}
	if shared != 2 {
		t.Errorf("sentence 1 shares %d words with sentence 2, want 2 (oil, rose)", shared)
	}
	if got := Select(sentences.Split("Oil prices rose. Oil demand rose too. The weather was fine."), 1); len(got) != 1 || got[0] == 2 {
		t.Errorf("Select = %v, want one of the two central oil sentences", got)
	}
}

func TestFoldPlural(t *testing.T) {
	for in, want := range map[string]string{
		"prices": "price", "companies": "company", "business": "business", "status": "status",
		"crisis": "crisis", "bus": "bus", "talks": "talk", "US": "US",
	} {
		if got := foldPlural(in); got != want {
			t.Errorf("foldPlural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFieldsAtMost(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b\tc\nd", "x\u2003y\u0085z", "one two three four five six seven", "\xff \xfe"} {
		for n := 0; n <= 8; n++ {
			if got, want := fieldsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("fieldsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
