package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestPlaceAgrees(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		want       bool
	}{
		{"", "", true},
		{"Paris", "", false}, // a place where the gold has none is wrong
		{"", "Paris", false},
		{"Vienna, Austria", "Vienna", true},
		{"paris", "Paris", true},
		{"Manekshaw Centre", "Manekshaw Centre, New Delhi", true},
		{"New Delhi", "Manekshaw Centre, New Delhi", true},
		{"the Hague", "The Hague, Netherlands", true},
		{"Geneva", "Punta del Este", false},
		{"the Elysee", "the Palace", false}, // "the" is no shared word
	} {
		if got := placeAgrees(c.pred, c.gold); got != c.want {
			t.Errorf("placeAgrees(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

func TestPartyMatches(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		want       bool
	}{
		{"OPEC", "OPEC", true},
		{"EC", "European Community", true},
		{"E.C. ministers", "European Community", true},
		{"G-7", "Group of Seven", true},
		{"G7", "Group of Seven", true},
		{"Group of Five", "Group of Seven", false},
		{"OECD", "Organisation for Economic Cooperation and Development", true},
		{"U.S.", "United States", true},
		{"French ministers", "France", true},
		{"France", "French officials", true},
		{"West German officials", "West Germany", true},
		{"Japanese negotiators", "France", false},
		{"Rilwanu Lukman", "Lukman", true},
		{"Nigerian Oil Minister Rilwanu Lukman", "Rilwanu Lukman", true},
		{"finance ministers", "Finance Minister Nigel Lawson", false}, // only role words in common
		{"United States", "United Nations", false},
		{"Leading", "Brazil", false},
		{"Bank of Japan", "Japan", true},
	} {
		if got := partyMatches(c.pred, c.gold); got != c.want {
			t.Errorf("partyMatches(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

func TestPartiesMatchedOneToOne(t *testing.T) {
	for _, c := range []struct {
		pred, gold []string
		want       int
	}{
		// Both written forms of one party: one pair; precision 1/2.
		{[]string{"EC", "European Community"}, []string{"European Community"}, 1},
		// "British and Irish negotiators" split: two pairs.
		{[]string{"British negotiators", "Irish negotiators"}, []string{"Britain", "Ireland"}, 2},
		// The greedy choice (France-French officials) would leave Paris unmatched:
		// the maximum matching finds two pairs.
		{[]string{"French officials", "France"}, []string{"France", "French Finance Ministry"}, 2},
		{nil, []string{"OPEC"}, 0},
		{[]string{"Members", "Leading"}, []string{"OPEC"}, 0},
	} {
		if got := partiesMatched(c.pred, c.gold); got != c.want {
			t.Errorf("partiesMatched(%q, %q) = %d, want %d", c.pred, c.gold, got, c.want)
		}
	}
}

func TestMaxWeightAssignment(t *testing.T) {
	for _, c := range []struct {
		name string
		w    [][]float64
		want []int
	}{
		{"empty", nil, []int{}},
		{"greedy would take 0-0 and leave row 1 unpaired", [][]float64{{3, 2}, {2, 0}}, []int{1, 0}},
		{"more rows than columns", [][]float64{{1}, {3}, {2}}, []int{-1, 0, -1}},
		{"more columns than rows", [][]float64{{0, 0, 5}}, []int{2}},
		{"forbidden pairs stay unpaired", [][]float64{{0, 0}, {0, 0}}, []int{-1, -1}},
		{"three by three", [][]float64{{4, 1, 3}, {2, 0, 5}, {3, 2, 2}}, []int{0, 2, 1}},
	} {
		got := maxWeightAssignment(c.w)
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// TestScoreRequiredFirst: a prediction that could pair with an optional or
// a required meeting goes to the required one, and a second prediction of
// an optional meeting already paired is a false alarm.
func TestScoreRequiredFirst(t *testing.T) {
	gold := []GoldMeeting{
		{Keys: []string{"board"}, Date: "1987-03", Precision: "month", Optional: true, Evidence: "The board met."},
		{Keys: []string{"acme"}, Date: "1987-03", Precision: "month", Evidence: "Acme said."},
	}
	pred := []briefs.Meeting{
		{Title: "Acme board meeting", Date: "1987-03-02", Precision: "day"},
		{Title: "Board meeting", Date: "1987-03-03", Precision: "day"},
		{Title: "Board session", Date: "1987-03-04", Precision: "day"},
	}
	s := scoreDoc(pred, gold)
	if s.withDates != (Counts{TP: 1, FP: 1}) {
		t.Errorf("with dates = %+v, want tp 1 fp 1", s.withDates)
	}
	if len(s.pairs) != 1 || s.pairs[0] != [2]int{0, 1} {
		t.Errorf("pairs = %v, want the Acme prediction with the Acme meeting", s.pairs)
	}
}

// TestScorePrefersTitledPair: among equally large matchings, the one that
// pairs a prediction with the meeting its title names wins.
func TestScorePrefersTitledPair(t *testing.T) {
	ev := "G-7 ministers will meet on Monday after a G-5 dinner on Sunday."
	gold := []GoldMeeting{
		{Keys: []string{"g-5"}, Date: "1987-04-05", Precision: "day", Evidence: ev, Place: "Washington"},
		{Keys: []string{"g-7"}, Date: "1987-04", Precision: "month", Evidence: ev},
	}
	pred := []briefs.Meeting{{Title: "G-7 meeting", Evidence: ev, Date: "1987-04-05", Precision: "day"}}
	s := scoreDoc(pred, gold)
	if len(s.pairs) != 1 || s.pairs[0][1] != 1 {
		t.Errorf("pairs = %v, want the G-7 meeting", s.pairs)
	}
}

func TestDropGeneric(t *testing.T) {
	got := dropGeneric([]string{"Commission", "Ministers", "Politburo", "European Community", "Jacques Chirac", "Parliament"})
	want := []string{"Politburo", "European Community", "Jacques Chirac", "Parliament"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dropGeneric = %q, want %q", got, want)
	}
}
