package reading

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func TestText(t *testing.T) {
	pub := time.Date(2025, 12, 4, 15, 30, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		ref        time.Time
		dl         briefs.Dateline
		wantDL     briefs.Dateline
		storyStart int
		day        string
		sents      int
		tokens     int
		firstDate  string
		firstTense int
	}{
		{"wire dateline", "New Delhi, Dec 4 (IANS) The council will meet on Tuesday. It met last week.", pub, briefs.Dateline{},
			briefs.Dateline{Place: "New Delhi", Date: "2025-12-04", Source: "IANS"}, 24, "2025-12-04", 2, 20, "2025-12-09", 1},
		{"brief's dateline wins", "PARIS, March 2 - Ministers met on Monday.", pub, briefs.Dateline{Place: "Paris, France"},
			briefs.Dateline{Place: "Paris, France", Date: "2025-03-02"}, 17, "2025-03-02", 1, 10, "2025-02-24", -1},
		{"no dateline", "Ministers met on Monday.", pub, briefs.Dateline{}, briefs.Dateline{}, 0, "2025-12-04", 1, 5, "2025-12-01", -1},
		{"no reference", "Ministers met on Monday.", time.Time{}, briefs.Dateline{}, briefs.Dateline{}, 0, "", 1, 5, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Text(c.text, c.ref, c.dl)
			if r.Dateline != c.wantDL || r.StoryStart != c.storyStart {
				t.Errorf("dateline %+v ends %d, want %+v ends %d", r.Dateline, r.StoryStart, c.wantDL, c.storyStart)
			}
			if day := fmtDay(r.Day); day != c.day {
				t.Errorf("day %q, want %q", day, c.day)
			}
			if len(r.Sentences) != c.sents || len(r.Tokens) != c.tokens {
				t.Errorf("%d sentences and %d tokens, want %d and %d", len(r.Sentences), len(r.Tokens), c.sents, c.tokens)
			}
			first, tense := "", 0
			for _, x := range r.Dates {
				if x.Start >= r.StoryStart { // the dateline's own date comes first
					first, tense = x.Value, x.Tense
					break
				}
			}
			if first != c.firstDate || tense != c.firstTense {
				t.Errorf("first date %q tense %d, want %q tense %d", first, tense, c.firstDate, c.firstTense)
			}
		})
	}
}

// TestOfUsesTheBriefsTimes checks the reference day of a brief: its
// dateline's date, else its publication day, else its ingest day.
func TestOfUsesTheBriefsTimes(t *testing.T) {
	pub := time.Date(2025, 12, 4, 23, 0, 0, 0, time.UTC)
	ing := time.Date(2025, 12, 6, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		b    briefs.Brief
		want string
	}{
		{briefs.Brief{Body: "Talks.", Dateline: briefs.Dateline{Date: "2025-12-05"}, Published: pub, IngestedAt: ing}, "2025-12-05"},
		{briefs.Brief{Body: "Talks.", Published: pub, IngestedAt: ing}, "2025-12-04"},
		{briefs.Brief{Body: "Talks.", IngestedAt: ing}, "2025-12-06"},
		{briefs.Brief{Body: "Talks."}, ""},
	} {
		if got := fmtDay(Of(c.b).Day); got != c.want {
			t.Errorf("%+v: day %q, want %q", c.b, got, c.want)
		}
	}
}

func fmtDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
