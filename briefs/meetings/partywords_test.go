package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestPartyWords checks the issue 17 place and participant rules on
// sentences of their own (not the test sets'): lists of nationalities,
// speakers that own a meeting, neighbouring leaders, things a name owns,
// bodies and home ministers meeting at home, and venues.
func TestPartyWords(t *testing.T) {
	pub := day("1987-06-29") // a Monday
	cases := []struct {
		text, place string
		parts       []string
	}{
		// Every nationality of a list; a region's side.
		{"MADRID, June 29 - Portuguese, Spanish and French fisheries officials will meet in Lisbon on Friday.", "Lisbon", []string{"Portugal", "Spain", "France"}},
		{"NAIROBI, June 29 - Arab finance ministers will meet in Tunis on Thursday to discuss debt.", "Tunis", []string{"Arab finance ministers"}},
		// A speaker that owns the meeting; a bidder is no party.
		{"LONDON, June 29 - The Transport and General Workers Union said its negotiators would meet Ford managers on Wednesday.", "", []string{"Transport and General Workers Union", "Ford"}},
		{"GENEVA, June 29 - The committee will meet on Friday to weigh bids by Sweden, Norway and Finland, committee chairman Hans Blix said.", "", nil},
		// The leader of a delegation named in the next sentence.
		{"ROME, June 29 - Italian and Libyan officials will meet in Rome on Thursday. Foreign Minister Giulio Andreotti will lead the Italian delegation.", "Rome", []string{"Italy", "Libya", "Giulio Andreotti"}},
		// What a name owns is no party; nor is an event.
		{"TOKYO, June 29 - Japanese and U.S. negotiators will meet on Friday to discuss Tokyo's trade surplus before the Seoul Olympics.", "", []string{"Japan", "U.S."}},
		// A body, or a home minister (a title with no nationality), meets at home.
		{"CANBERRA, June 29 - The Senate estimates committee will hold a hearing on Thursday on defence spending.", "Canberra", []string{"Senate"}},
		{"BONN, June 29 - Economics Minister Martin Bangemann will meet leaders of the IG Metall union on Friday.", "Bonn", []string{"Martin Bangemann", "IG Metall"}},
		{"BONN, June 29 - Soviet Foreign Minister Eduard Shevardnadze met Chinese leaders on Friday.", "", []string{"Eduard Shevardnadze", "China"}},
		// Venues: "at its headquarters", "at a downtown hotel", a dispute's place.
		{"PARIS, June 29 - The union's executive will meet on Friday at its Lyon headquarters.", "Lyon headquarters", nil},
		{"LONDON, June 29 - Dockers and employers will meet on Thursday to settle the strike at Tilbury.", "", nil},
		// "They last met": the parties of the meeting before.
		{"MANILA, June 29 - Finance ministers of the Association of Southeast Asian Nations will meet here on Friday. They last met in Bangkok in March.", "Manila", []string{"Association of Southeast Asian Nations"}},
	}
	for _, c := range cases {
		res := Extract(c.text, pub, briefs.Dateline{})
		if len(res.Meetings) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		m := res.Meetings[0]
		if m.Place != c.place && !(c.place != "" && placeAgrees(m.Place, c.place)) {
			t.Errorf("%q: place %q, want %q", c.text, m.Place, c.place)
		}
		if c.parts == nil {
			continue
		}
		if n := partiesMatched(m.Participants, c.parts); n < len(c.parts) || n < len(m.Participants) {
			t.Errorf("%q: participants %q, want %q", c.text, m.Participants, c.parts)
		}
	}
}
