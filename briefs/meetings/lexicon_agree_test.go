package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// TestOneTenseLexicon checks that the meeting resolver and the timex
// package read a tense cue the same way: both take their cue words from
// timex.WordTense, so "meets Tuesday" looks forward and "visited on
// Tuesday" back in both.
func TestOneTenseLexicon(t *testing.T) {
	ref := day("2025-12-10") // a Wednesday
	for _, text := range []string{
		"The council meets on Tuesday.",
		"The summit opens on Saturday in Rome.",
		"The minister visited Delhi on Tuesday.",
		"The board will meet on Monday.",
		"Ministers met on Friday in Paris.",
		"The talks are scheduled for Thursday.",
		"The committee has held hearings since Monday.",
	} {
		ds := findDates(tokenize(text, 0), ref)
		tx := timex.Find(text, ref)
		if len(ds) == 0 || len(tx) == 0 {
			t.Errorf("%q: meetings found %d dates, timex %d", text, len(ds), len(tx))
			continue
		}
		if ds[0].value != tx[0].Value {
			t.Errorf("%q: meetings reads %s, timex %s", text, ds[0].value, tx[0].Value)
		}
	}
	for w, want := range map[string]timex.Tense{"meets": timex.Future, "met": timex.Past, "said": timex.Reporting, "is": timex.Present} {
		if !timex.WordTense(w).Is(want) {
			t.Errorf("WordTense(%q) = %b, want flag %b", w, timex.WordTense(w), want)
		}
	}
}
