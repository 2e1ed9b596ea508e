package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestSameDaysHere: a meeting with no place of its own, within two days of
// a gathering the story places in its dateline's city, is held there too
// (samedays.go); not a company's or a union's talks, not one a week on.
func TestSameDaysHere(t *testing.T) {
	for _, c := range []struct{ name, text, title, place string }{
		{"a side meeting two days on", "NAIROBI, March 3 - African Union foreign ministers opened their ministerial meeting in Nairobi on Tuesday. Ghana and Senegal will hold bilateral talks on Thursday, officials said.",
			"Ghana-Senegal bilateral talks", "Nairobi"},
		{"a week on keeps no place", "NAIROBI, March 3 - African Union foreign ministers opened their ministerial meeting in Nairobi on Tuesday. Ghana and Senegal will hold bilateral talks on March 12, officials said.",
			"Ghana-Senegal bilateral talks", ""},
		{"a union's talks", "LONDON, March 3 - Union leaders met Harlow Motors managers in London on Tuesday. The Amalgamated Transport Workers Union executive will meet on Thursday to consider the offer, a spokesman said.",
			"Amalgamated Transport Workers Union meeting", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Extract(c.text, day("2026-03-03"), briefs.Dateline{}).Meetings
			for _, m := range ms {
				if m.Title == c.title {
					if m.Place != c.place {
						t.Errorf("place %q, want %q", m.Place, c.place)
					}
					return
				}
			}
			t.Errorf("no meeting %q among %s", c.title, meetingList(ms))
		})
	}
}
