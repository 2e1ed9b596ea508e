package meetings

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/meetings/timex"
	"github.com/briefbot/briefbot/briefs/tokens"
)

// sentenceDates are the date spans the extractor judges in one sentence:
// the timex expressions of the reading, as spansOf turns them.
func sentenceDates(text string, ref time.Time) []dateSpan {
	words := tokens.Split(text)
	toks, _ := sentenceTokens(nil, text, words, 0, 0, len([]rune(text)))
	return spansOf(toks, timex.FindTokens(text, words, ref), ref)
}

// TestMeetingDatesFromTimex checks that a meeting's date is the timex
// value, but for the meeting judgement on top of it: a bare weekday with
// no tense is one to come, and TimeML's two expressions of a range ("26 to
// 28 October", "Saturday and Sunday") are one span.
func TestMeetingDatesFromTimex(t *testing.T) {
	ref := day("2025-12-10") // a Wednesday
	for _, c := range []struct{ text, timex, date, end string }{
		{"The council meets on Tuesday.", "2025-12-16", "2025-12-16", ""},
		{"The minister visited Delhi on Tuesday.", "2025-12-09", "2025-12-09", ""},
		{"Ministers met on Friday in Paris.", "2025-12-05", "2025-12-05", ""},
		{"The talks are scheduled for Thursday.", "2025-12-11", "2025-12-11", ""},
		{"Talks in Geneva on Friday.", "2025-12-05", "2025-12-12", ""},
		{"After Monday's meeting in Paris, Baker spoke.", "2025-12-08", "2025-12-08", ""},
		{"Leaders will gather in Johannesburg on Saturday and Sunday.", "2025-12-13", "2025-12-13", "2025-12-14"},
	} {
		tx := timex.Find(c.text, ref)
		ds := sentenceDates(c.text, ref)
		if len(tx) == 0 || len(ds) == 0 {
			t.Errorf("%q: timex found %d, meetings %d", c.text, len(tx), len(ds))
			continue
		}
		if tx[0].Value != c.timex || ds[0].date != c.date || ds[0].endDate != c.end {
			t.Errorf("%q: timex %s, meeting date %s..%s; want %s, %s..%s", c.text, tx[0].Value, ds[0].date, ds[0].endDate, c.timex, c.date, c.end)
		}
	}
	for w, want := range map[string]timex.Tense{"meets": timex.Future, "met": timex.Past, "said": timex.Reporting, "is": timex.Present} {
		if !timex.WordTense(w).Is(want) {
			t.Errorf("WordTense(%q) = %b, want flag %b", w, timex.WordTense(w), want)
		}
	}
}
