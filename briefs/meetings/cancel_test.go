package meetings

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestCancelled: a sentence that calls a meeting off marks it cancelled
// (with the date it was to take place) instead of dropping it, and
// Scheduled leaves it out, as the evaluation guideline wants.
func TestCancelled(t *testing.T) {
	pub := day("2025-12-08")
	tests := []struct {
		name, text string
		want       []string // "title|date|status"
	}{
		{"called off, date in the sentence",
			"KUALA LUMPUR, Dec 8 (Bernama) - The ASEAN Defence Senior Officials' Meeting, which was to be held on Wednesday, has been called off, the defence ministry said.",
			[]string{"ASEAN Defence Senior Officials' Meeting|2025-12-10|cancelled"}},
		{"cancelled object",
			"BRUSSELS, Dec 8 (Reuters) - The European Union cancelled the EU-China summit planned for December 12 in Brussels.",
			[]string{"EU-China summit|2025-12-12|cancelled"}},
		{"will not take place",
			"GENEVA, Dec 8 (Reuters) - The WTO General Council meeting on December 16 will not take place, a spokesman said.",
			[]string{"WTO General Council meeting|2025-12-16|cancelled"}},
		{"postponed indefinitely",
			"TOKYO, Dec 8 (Kyodo) - Japan-U.S. trade talks set for Thursday were postponed indefinitely, officials said.",
			[]string{"Japan-U.S. trade talks|2025-12-11|cancelled"}},
		{"the meeting, called off later in the brief",
			"PARIS, Dec 8 (AFP) - OECD ministers will meet in Paris on Thursday to discuss tax rules. The meeting was cancelled after the strike spread, organisers said on Monday.",
			[]string{"OECD ministers meeting|2025-12-11|cancelled"}},
		{"another sentence cancels something else",
			"LONDON, Dec 8 (Reuters) - Acme cancelled its dividend. The Acme board meeting will be held on December 15.",
			[]string{"Acme board meeting|2025-12-15|upcoming"}},
		{"sports fixtures are not meetings",
			"LONDON, Dec 8 (Reuters) - The match between the two sides on Saturday was called off because of snow.",
			nil},
		{"called off without a date or an earlier meeting",
			"CAIRO, Dec 8 (Reuters) - Talks between the two factions were called off.",
			nil},
		{"a named meeting called off without a date: kept undated, for the store to match by key",
			"KUALA LUMPUR, Dec 8 (Bernama) - The ASEAN Defence Senior Officials' Meeting has been called off, the defence ministry said.",
			[]string{"ASEAN Defence Senior Officials' Meeting||cancelled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(tt.text, pub, briefs.Dateline{})
			var got []string
			for _, m := range res.Meetings {
				got = append(got, fmt.Sprintf("%s|%s|%s", m.Title, m.Date, m.Status))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, m := range Scheduled(res.Meetings) {
				if m.Status == briefs.StatusCancelled {
					t.Errorf("Scheduled kept %q", m.Title)
				}
			}
		})
	}
}
