package meetings

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// TestTenseOfGoverningClause checks that a date takes the tense of the
// clause it belongs to, not of a reporting verb or a neighbouring clause.
func TestTenseOfGoverningClause(t *testing.T) {
	ref := day("2025-12-10") // a Wednesday
	cases := []dateCase{
		{"Ministers will meet on December 16-17 to set targets, officials said.", "2025-12-16", "2025-12-17"},
		{"The ministers meet on December 8, officials said on Tuesday.", "2025-12-08", ""},
		{"Leaders meet on Friday, and the plan was welcomed by investors.", "2025-12-12", ""},
		{"On Monday, ministers agreed to cut output.", "2025-12-08", ""},
		{"Ministers who met in Paris agreed to meet again on Monday.", "2025-12-15", ""},
		{"The board decided to hold a special meeting on Tuesday.", "2025-12-16", ""},
		{"After talks ended, officials said ministers meet on Monday.", "2025-12-15", ""},
		{"The GST Council, which met on December 21, will meet again in February.", "2024-12-21", ""},
		{"The summit, which opens on Saturday, was arranged last month.", "2025-12-13", ""},
		{"He said the committee would meet on Monday.", "2025-12-15", ""},
		{"The committee met on Monday, he said.", "2025-12-08", ""},
		{"Shareholders will vote at the meeting, which was called for December 30.", "2025-12-30", ""},
	}
	checkFirstDates(t, ref, cases)
}

// dateCase is a sentence and the value and end date its first date resolves to.
type dateCase struct{ text, value, end string }

// checkFirstDates resolves each case's first date against ref.
func checkFirstDates(t *testing.T, ref time.Time, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		ds := sentenceDates(c.text, ref)
		if len(ds) == 0 {
			t.Errorf("%q: no date", c.text)
			continue
		}
		if ds[0].value != c.value || ds[0].endDate != c.end {
			t.Errorf("%q: got %s..%s, want %s..%s", c.text, ds[0].value, ds[0].endDate, c.value, c.end)
		}
	}
}

// TestRemarkAndConcession: a remark after the date (", sources noted") is
// attribution, not the event's tense, and a concession after it ("though
// none has been planned") starts a clause of its own (timex tense.go).
func TestRemarkAndConcession(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"ATHENS, February 16 - The two leaders could also meet on the sidelines of the NATO summit in Ankara in July, diplomatic sources noted.", "2026-07"},
		{"ATHENS, February 16 - The two leaders could also meet on the sidelines of the NATO summit in Ankara in July, diplomatic sources noted, though no such meeting has been planned.", "2026-07"},
		{"ATHENS, February 16 - The two leaders last met on the sidelines of the NATO summit in Ankara in July, diplomatic sources noted.", "2025-07"},
	} {
		ms := Extract(c.text, day("2026-02-16"), briefs.Dateline{}).Meetings
		if len(ms) == 0 || ms[0].Date != c.date {
			t.Errorf("%q: got %s, want a meeting on %s", c.text, meetingList(ms), c.date)
		}
	}
}

// TestDateOfAnotherAct: a date another event is planned for after the
// meeting, or the day the meeting was called, is not the meeting's
// (assign.go plannedForOther, dateOfCalling); "set for" and "as planned on"
// said of the meeting still date it.
func TestDateOfAnotherAct(t *testing.T) {
	for _, c := range []struct{ pub, text, date string }{
		{"2023-06-05", "LONDON, June 5 - The union will meet the employers on Wednesday. The talks come ahead of a fresh strike planned for June 17.", "2023-06-07"},
		{"2023-10-02", "ADDIS ABABA, Oct 2 - African Union leaders will hold an emergency summit on food security on Friday. The summit was called in September after the harvests failed.", "2023-10-06"},
		{"2023-01-05", "WASHINGTON, Jan 5 - A confirmation hearing before the Senate Armed Services Committee has been set for Jan. 15.", "2023-01-15"},
		{"2023-11-05", "SEOUL, Nov 5 - The annual defence talks between South Korea and Japan will be held as planned on Nov. 14 in Tokyo, the ministry said.", "2023-11-14"},
	} {
		ms := Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings
		found := false
		for _, m := range ms {
			found = found || m.Date == c.date
			if m.Date != c.date {
				t.Errorf("%q: a meeting on %s, want only %s", c.text, m.Date, c.date)
			}
		}
		if !found {
			t.Errorf("%q: no meeting on %s among %s", c.text, c.date, meetingList(ms))
		}
	}
}
