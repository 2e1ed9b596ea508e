package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestUnAdjectiveNoTense: an "un-...-ed" adjective ("keep its rate
// unchanged") is no past verb, so the weekday after it keeps the clause's
// future (timex tenselex NotPast).
func TestUnAdjectiveNoTense(t *testing.T) {
	for _, c := range []struct{ text, published, want string }{
		{"TOKYO, Jan. 20 Kyodo - The Bank of Japan is expected to keep its policy rate unchanged at its two-day meeting starting Thursday, sources said.", "2026-01-20", "2026-01-22"},
		{"KUALA LUMPUR, July 9 - The central bank is widely expected to leave the rate unchanged at its policy meeting on Thursday, economists said.", "2024-07-09", "2024-07-11"},
		{"KUALA LUMPUR, July 9 - The central bank left the rate unchanged at its policy meeting on Thursday, economists said.", "2024-07-09", "2024-07-04"},
	} {
		ms := Extract(c.text, day(c.published), briefs.Dateline{}).Meetings
		if len(ms) != 1 || ms[0].Date != c.want {
			t.Errorf("%q: meetings %+v, want one on %s", c.text, ms, c.want)
		}
	}
}
