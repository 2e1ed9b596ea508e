package meetings

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestOwnClauseSubject: a meeting in a clause with its own subject (", and
// the India-Kenya Joint Commission will meet") does not take the first
// clause's parties; one whose clause shares the sentence's subject does
// (clauses.go ownSubject).
func TestOwnClauseSubject(t *testing.T) {
	for _, c := range []struct {
		text, title string
		want        []string
	}{
		{"ACCRA, March 3 - Ghana and Senegal will hold talks on fishing rights on Thursday, and the India-Kenya Joint Commission will meet in Nairobi next month, officials said.",
			"Joint Commission", []string{"India", "Kenya"}},
		{"LIMA, March 3 - Peru's trade minister met Chilean officials in Santiago on Monday, while the Andean Community council will convene on March 20.",
			"Andean", []string{"Andean Community"}},
		{"BONN, March 3 - Finance Minister Gerhard Stoltenberg met Treasury Secretary James Baker on Monday, and will see French Finance Minister Edouard Balladur in Paris on Thursday.",
			"Balladur", []string{"Gerhard Stoltenberg", "Edouard Balladur"}},
		{"PARIS, March 3 - British and Irish officials are holding talks in Paris this week on border checks, and will report to their leaders at a summit in Dublin on March 20.",
			"summit", []string{"Britain", "Ireland"}},
	} {
		m := meetingTitled(t, c.text, c.title)
		if m == nil {
			continue
		}
		if !slices.Equal(m.Participants, c.want) {
			t.Errorf("%q: %s: participants %q, want %q", c.text, m.Title, m.Participants, c.want)
		}
	}
}

// TestBlocCouncilNotHome: a bloc's council ("the Andean Community
// council") is not at home in the dateline's city, unless that is the
// bloc's seat (homeplace.go foreignOwner, blocNameEnds).
func TestBlocCouncilNotHome(t *testing.T) {
	for _, c := range []struct {
		text, title, want string
	}{
		{"ACCRA, March 3 - The Andean Community council will convene on March 20 to review tariffs, officials said.", "Andean", ""},
		{"LAGOS, March 3 - The East African Community council of ministers will meet on Friday, diplomats said.", "East African", ""},
		{"ADDIS ABABA, March 3 - The African Union council will meet on Friday to discuss Sudan, officials said.", "African Union", "Addis Ababa"},
		{"ACCRA, March 3 - The Accra Metropolitan council will meet on Friday to approve the budget.", "Accra", "Accra"},
	} {
		if m := meetingTitled(t, c.text, c.title); m != nil && m.Place != c.want {
			t.Errorf("%q: place %q, want %q", c.text, m.Place, c.want)
		}
	}
}

// meetingTitled is the meeting of text (published 2026-03-03) whose title
// holds sub; it fails the test when there is none.
func meetingTitled(t *testing.T, text, sub string) *briefs.Meeting {
	t.Helper()
	ms := Extract(text, day("2026-03-03"), briefs.Dateline{}).Meetings
	for i := range ms {
		if strings.Contains(ms[i].Title, sub) {
			return &ms[i]
		}
	}
	t.Errorf("%q: no meeting titled with %q among %d", text, sub, len(ms))
	return nil
}
