package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// TestSampleBriefFailures pins the fixes for failures seen on the demo's
// sample briefs: place from "in Geneva" not "at the General Council", no
// meeting from a conditional, an end_date for "three-day meeting", a
// commission named in an earlier sentence, short readable titles.
func TestSampleBriefFailures(t *testing.T) {
	cases := []struct {
		name, text, pub string
		want            []briefs.Meeting // Title, Date, EndDate, Place, Status
	}{
		{"place in Geneva", "GENEVA, Dec 3 (Reuters) - World Trade Organization members will meet at the General Council in Geneva on December 16-17 to take stock of reform talks, trade officials said.", "2025-12-03",
			[]briefs.Meeting{{Title: "World Trade Organization General Council meeting", Date: "2025-12-16", EndDate: "2025-12-17", Place: "Geneva", Status: briefs.StatusUpcoming}}},
		{"conditional", "BRUSSELS, Dec 3 (Reuters) - \"We expect a long session,\" one EU diplomat said. If ministers agree, negotiations with the European Parliament could start in January.", "2025-12-03", nil},
		{"could begin", "LONDON, March 3 - Formal negotiations could begin in May, a spokesperson said.", "2025-03-03", nil},
		{"three-day meeting", "Mumbai, Dec 3 (IANS) The Reserve Bank of India's Monetary Policy Committee began its three-day meeting on Wednesday, with most economists expecting the repo rate to be held.", "2025-12-03",
			[]briefs.Meeting{{Title: "Monetary Policy Committee meeting", Date: "2025-12-03", EndDate: "2025-12-05", Place: "Mumbai", Status: briefs.StatusOngoing}}}, // the central bank at home: the dateline city
		{"commission named before", "New Delhi, Dec 4 (PTI) Russian Defence Minister Andrei Belousov arrived in New Delhi on Thursday to co-chair the India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation with Defence Minister Rajnath Singh.\n\nThe two ministers laid a wreath at the National War Memorial.\n\nThe commission's 22nd ministerial meeting will be held at the Manekshaw Centre later today, the defence ministry said in a statement.", "2025-12-04",
			[]briefs.Meeting{{Title: "22nd India-Russia Inter-Governmental Commission ministerial meeting", Date: "2025-12-04", Place: "Manekshaw Centre, New Delhi", Status: briefs.StatusUpcoming}}},
		{"persons", "TOKYO, Dec 4 (Reuters) - Akazawa met Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent in Tokyo in October.", "2025-12-04",
			[]briefs.Meeting{{Title: "Akazawa-Lutnick meeting", Date: "2025-10", Place: "Tokyo", Status: briefs.StatusPast}}},
		{"countries", "WASHINGTON, March 25 - U.S. and Japanese officials will hold talks here next week on semiconductor trade.", "1987-03-25",
			[]briefs.Meeting{{Title: "U.S.-Japan talks", Date: "1987-03-30", Place: "Washington", Status: briefs.StatusUpcoming}}},
		{"body over country", "UNITED NATIONS, March 8 (AP) - The UN Security Council scheduled an emergency meeting in New York on Monday at the request of France.", "2025-03-08",
			[]briefs.Meeting{{Title: "UN Security Council emergency meeting", Date: "2025-03-10", Place: "New York", Status: briefs.StatusUpcoming}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, day(c.pub), briefs.Dateline{})
			if len(res.Meetings) != len(c.want) {
				t.Fatalf("found %d meetings %+v, want %d", len(res.Meetings), res.Meetings, len(c.want))
			}
			for i, w := range c.want {
				g := res.Meetings[i]
				if g.Title != w.Title || g.Date != w.Date || g.EndDate != w.EndDate || g.Place != w.Place || g.Status != w.Status {
					t.Errorf("got %q %s..%s %q %s\nwant %q %s..%s %q %s", g.Title, g.Date, g.EndDate, g.Place, g.Status,
						w.Title, w.Date, w.EndDate, w.Place, w.Status)
				}
			}
		})
	}
}

// TestShortenTitle checks long official names come under maxTitle with the
// text's acronym, else without their complements, else cut at a word.
func TestShortenTitle(t *testing.T) {
	long := "22nd India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation ministerial meeting"
	cases := []struct{ name, text, title, want string }{
		{"acronym", "Singh co-chaired the 21st IRIGC - M&MTC meeting.", long, "22nd IRIGC-M&MTC ministerial meeting"},
		{"no acronym", "No abbreviation here.", long, "22nd India-Russia Inter-Governmental Commission ministerial meeting"},
		{"short stays", "", "OPEC ministerial meeting", "OPEC ministerial meeting"},
		{"cut", "", strings.Repeat("Very Long Name ", 8) + "summit", "Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc{text: c.text, runes: []rune(c.text), ref: day("2025-12-04"), sents: sentences.Split(c.text)}
			d.scan()
			got := d.shorten(c.title)
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if len(got) > maxTitle {
				t.Errorf("%d chars, over %d", len(got), maxTitle)
			}
		})
	}
}

// TestNotMeetings checks uses of "meet" and "meeting" that name no gathering,
// seen in news outside the eval sets.
func TestNotMeetings(t *testing.T) {
	for _, text := range []string{
		"He assessed how far the EU has come towards meeting the Lisbon targets in March.",
		"Last week Oliver Stone's film met with scathing reviews from US critics.",
		"Meet The Fockers knocked last week's top film down to third place.",
		"Both sides agreed on Monday that talks could resume in January.",
		"If the board agrees, the merger talks will start next week.",
	} {
		if res := Extract(text, day("2005-03-16"), briefs.Dateline{}); len(res.Meetings) != 0 {
			t.Errorf("%q: found %+v, want no meeting", text, res.Meetings)
		}
	}
}

// TestDayMonthCommaYear: "on 15 December, 1953" keeps its year.
func TestDayMonthCommaYear(t *testing.T) {
	ds := sentenceDates("a meeting in New York on 15 December, 1953.", day("2005-03-16"))
	if len(ds) != 1 || ds[0].value != "1953-12-15" {
		t.Fatalf("got %+v, want 1953-12-15", ds)
	}
}
