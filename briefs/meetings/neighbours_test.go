package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestPartiesFromContext checks parties the meeting's clause names only by
// a pronoun or inside the meeting's name.
func TestPartiesFromContext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"its: the sentence's subject", "FRANKFURT, June 29 - The Bundesbank is not expected to change policy when its central bank council meets tomorrow, dealers said.", []string{"Bundesbank"}},
		{"Their: the meeting before", "LONDON, June 29 - Commonwealth finance ministers ended their talks in Bangkok yesterday. Their next meeting will be held in Cyprus in September.", []string{"Commonwealth"}},
		{"He opening the sentence", "PARIS, June 29 - French Finance Minister Edouard Balladur said the franc was stable. He will travel to Bonn on Monday for talks with Gerhard Stoltenberg.", []string{"Edouard Balladur", "Gerhard Stoltenberg"}},
		{"He said: not the subject", "PARIS, June 29 - Edouard Balladur spoke on radio. He said finance ministers of the Group of Five would meet next week.", []string{"Group of Five"}},
		{"body in the meeting's name", "TOKYO, June 29 - Kiichi Miyazawa will meet James Baker in Washington on July 6, the day before a Group of Seven meeting there.", []string{"Group of Seven"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, day("1987-06-29"), briefs.Dateline{})
			if len(res.Meetings) == 0 {
				t.Fatal("no meeting")
			}
			m := res.Meetings[len(res.Meetings)-1]
			if n := partiesMatched(m.Participants, c.want); n < len(c.want) || n < len(m.Participants) {
				t.Errorf("participants %q, want %q", m.Participants, c.want)
			}
		})
	}
}
