package meetings

import (
	"testing"
	"time"
)

// TestNoticeSentenceSplitTwice: a notice whose heading runs into a date
// line and whose next line holds several sentences made the listing reader
// keep one sentence twice and panic on the gap between them ("slice bounds
// out of range"); the meeting under the heading is read.
func TestNoticeSentenceSplitTwice(t *testing.T) {
	text := "RIVERSIDE NURSES ASSOCIATION, LOCAL 212\nBULLETIN TO MEMBERS AT ST. LUKE'S HOSPITAL\nFebruary 20, 2026\n\n" +
		"Colleagues,\n\nOur team met hospital management on Tuesday, February 17. Progress was slow.\n\n" +
		"SPECIAL MEMBERSHIP MEETING\nTuesday, March 10, 6:30 p.m.\nCarpenters Hall, 12 Mill Street, Dayton\n" +
		"The negotiating team will explain the latest offer, and members will vote on it. Bring your member card. Refreshments will be served.\n\n" +
		"In unity,\nAnn Lee, President\n"
	res, err := safeOfText(text, time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Meetings {
		if m.Date == "2026-03-10" && m.Place == "Carpenters Hall" {
			return
		}
	}
	t.Errorf("no meeting on 2026-03-10 at Carpenters Hall among %+v", res.Meetings)
}
