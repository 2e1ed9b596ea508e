package summary

import (
	"math"
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	got := Tokenize("The U.S. economy's running-costs rose 3.5% (Reuters).")
	want := []string{"the", "u", "s", "economi", "s", "run", "cost", "rose", "3", "5", "reuter"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize = %q, want %q", got, want)
	}
	if got := Tokenize("Été — ¿"); len(got) != 1 || got[0] != "t" {
		t.Errorf("non-ASCII letters must become spaces, got %q", got)
	}
}

func TestRougeHandWorked(t *testing.T) {
	tests := []struct {
		name      string
		pred, ref string
		want      Scores
	}{
		// pred: the cat sat on the mat (6), ref: the cat lay on the mat (6).
		// unigrams: the x2, cat, on, mat match = 5 -> P=R=5/6.
		// bigrams: "the cat", "on the", "the mat" = 3 of 5 -> 3/5.
		// LCS: the cat on the mat = 5 -> 5/6.
		{"one word differs", "the cat sat on the mat", "the cat lay on the mat", Scores{5.0 / 6, 3.0 / 5, 5.0 / 6}},
		// pred: a b (2), ref: b a c (3). unigrams match 2: P=1, R=2/3, F=0.8.
		// bigrams: {a b} vs {b a, a c}: 0. LCS = 1: P=1/2, R=1/3, F=0.4.
		{"order matters for bigrams and lcs", "a b", "b a c", Scores{0.8, 0, 0.4}},
		// counts are clipped: pred "the the the" vs ref "the cat": match 1,
		// P=1/3, R=1/2, F=0.4; bigrams "the the"x2 vs "the cat": 0.
		{"clipped counts", "the the the", "the cat", Scores{0.4, 0, 0.4}},
		// stemming makes "Meetings" and "meeting" one token.
		{"stemmed", "Meetings held", "meeting held", Scores{1, 1, 1}},
		{"empty prediction", "", "the cat", Scores{}},
	}
	for _, tt := range tests {
		got := Rouge(tt.pred, tt.ref)
		if math.Abs(got.R1-tt.want.R1) > 1e-9 || math.Abs(got.R2-tt.want.R2) > 1e-9 || math.Abs(got.RL-tt.want.RL) > 1e-9 {
			t.Errorf("%s: Rouge(%q, %q) = %+v, want %+v", tt.name, tt.pred, tt.ref, got, tt.want)
		}
	}
}
