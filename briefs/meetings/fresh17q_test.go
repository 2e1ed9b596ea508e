package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestPlaces17q: one story each, the place of the meeting it names (the
// only one, or the first); places, status and dates of helper 17c's second
// session (fresh17q).
func TestPlaces17q(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
	}{
		// a word that opens the sentence is capitalised anyway: no city
		{"2026-02-20", "LONDON, Feb 20 (Reuters) - The union said on Friday. Pay talks with the employer will take place on 3 March.", ""},
		{"2026-05-05", "MILAN, May 5 (Reuters) - Merger talks between the two lenders will continue on Monday, a person familiar with the matter said.", ""},
		// but a city the text names elsewhere, or the dateline's, still is
		{"2026-02-20", "LONDON, Feb 20 (Reuters) - Lancaster talks will take place on 3 March. They were held in Lancaster last year.", "Lancaster"},
		// "the Nigerian capital" is Abuja now, Lagos in 1987
		{"2026-03-10", "LAGOS, March 10 (Reuters) - ECOWAS defence chiefs will meet in the Nigerian capital on Thursday.", "Abuja"},
		{"1987-03-10", "LONDON, March 10 - OPEC oil ministers will meet in the Nigerian capital on Thursday.", "Lagos"},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if ms[0].Place != c.place {
			t.Errorf("%q:\n place %q, want %q (of %d meetings: %s)", c.text, ms[0].Place, c.place, len(ms), meetingList(ms))
		}
	}
}

// TestNoParty17q: a word capitalised only because it opens the sentence is
// no party of the meeting.
func TestNoParty17q(t *testing.T) {
	text := "MILAN, May 5 (Reuters) - Merger talks between the two lenders will continue on Monday."
	ms := Scheduled(Extract(text, day("2026-05-05"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || len(ms[0].Participants) != 0 {
		t.Errorf("%q: meetings %+v, want one with no participants", text, ms)
	}
}
