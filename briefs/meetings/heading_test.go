package meetings

import (
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// TestHeadingBody: minutes and notices name their body in their heading
// (shouted or not) and speak of their other meetings bare; a wire story
// with a dateline does not lend its first sentence's body so.
func TestHeadingBody(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, text string
		date       string // the meeting looked at
		party      string // its party; "" none
		place      string
	}{
		{"a shouted minutes heading", "MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON WEDNESDAY 4 MARCH 2026 AT 6.00PM IN COMMITTEE ROOM 2, TOWN HALL\n\n1. Minutes\nThe minutes of the meeting held on 21 January 2026 were agreed as a correct record.\n",
			"2026-03-04", "AUDIT AND GOVERNANCE COMMITTEE", "COMMITTEE ROOM 2, TOWN HALL"},
		{"the meeting before, from the shouted heading", "MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON WEDNESDAY 4 MARCH 2026\n\n1. Minutes\nThe minutes of the meeting held on 21 January 2026 were agreed as a correct record.\n",
			"2026-01-21", "AUDIT AND GOVERNANCE COMMITTEE", ""},
		{"the next meeting, from the trust on the first line", "Hollybrook Community Trust\nMinutes of the Trustees' meeting, 19 February 2026\n\n1. Matters arising\nNone.\n\nThe next meeting will be held on Wednesday 22 April 2026.\n",
			"2026-04-22", "Hollybrook Community Trust", ""},
		{"a wire story lends no heading", "LONDON, March 10 - The Audit Committee of Britain's largest bank met on Monday. The next meeting will be held on April 22, a spokesman said.\n",
			"2026-04-22", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := OfText(c.text, pub, pub)
			for _, m := range r.Meetings {
				if m.Date != c.date {
					continue
				}
				if c.party == "" && len(m.Participants) > 0 || c.party != "" && !slices.Contains(m.Participants, c.party) {
					t.Errorf("participants %q, want %q", m.Participants, c.party)
				}
				if m.Place != c.place {
					t.Errorf("place %q, want %q", m.Place, c.place)
				}
				return
			}
			t.Fatalf("no meeting on %s: %+v", c.date, r.Meetings)
		})
	}
}

// TestSoftenShouted: a heading in capitals loses the capitals of its small
// words, meeting nouns before "of" and a notice's words; prose keeps its own.
func TestSoftenShouted(t *testing.T) {
	for _, c := range []struct {
		text string
		caps []bool // per word token
	}{
		{"MINUTES OF THE MEETING OF THE AUDIT COMMITTEE", []bool{false, false, false, false, false, false, true, true}},
		{"PLANNING COMMISSION REGULAR MEETING AGENDA", []bool{true, true, true, true, false}},
		{"The EU AND NATO met", []bool{true, true, true, true, false}},
		{"IBEW LOCAL 1187", []bool{true, true, false}},
	} {
		toks, _ := sentenceTokens(nil, c.text, tokens.Split(c.text), 0, 0, len([]rune(c.text)))
		softenShouted(toks)
		var got []bool
		for _, tk := range toks {
			if tk.word {
				got = append(got, tk.cap)
			}
		}
		if !slices.Equal(got, c.caps) {
			t.Errorf("softenShouted(%q) caps %v, want %v", c.text, got, c.caps)
		}
	}
}
