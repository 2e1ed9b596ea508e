package meetings

import (
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/ingest"
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
		{"a central bank's table", "Central Bank of Corvania - 2026 schedule\n\nApril 22-23 | Monetary policy meeting | Statement at 2:00 p.m.\nJune 17-18 | Monetary policy meeting | Statement at 2:00 p.m.\n",
			"2026-04-22", "Central Bank of Corvania", ""},
		{"a wire story lends no heading, but the next meeting is its body's (parties.series)", "LONDON, March 10 - The Audit Committee of Barclays met on Monday. The next meeting will be held on April 22, a spokesman said.\n",
			"2026-04-22", "Audit Committee of Barclays", ""},
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

// TestHeadingAsTitle: a text file's heading line that ingest takes as the
// brief's title (extract -explain FILE) still names the body of the
// blocks under it, and a minutes' heading the meeting it records (the
// meeting reader reads the title line with the text: extract.go headed);
// a company's heading names its AGM.
func TestHeadingAsTitle(t *testing.T) {
	pub := time.Date(2025, 11, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, file, text, party string
		meetings                int
	}{
		{"a committee's notice", "notice.txt", "Standing Committee on Finance\n\nMeeting No. 34\nTuesday, November 11, 2025\n11:00 a.m. to 1:00 p.m.\nRoom 415, Wellington Building, 197 Sparks Street\n",
			"Standing Committee on Finance", 1},
		{"minutes' heading as the title", "minutes.txt", "MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON WEDNESDAY 5 NOVEMBER 2025\n\nThe next meeting will be held on Wednesday 10 December 2025.\n",
			"AUDIT AND GOVERNANCE COMMITTEE", 2},
		{"a company's result of AGM", "result.txt", "Solway Renewables plc\nResult of Annual General Meeting\n\nAt the Annual General Meeting of Solway Renewables plc held today, all resolutions were passed.\n",
			"Solway Renewables plc", 1},
		{"a branch circular's label lines", "circular.txt", "UCU Northfield Branch - circular to members\n\nBallot result: 78% of members voted yes.\nBranch meeting: Wednesday 12 November, 6pm, Trades Hall, Carlton Street\nAll members are urged to attend.\n",
			"UCU Northfield Branch", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			items := ingest.Parse(c.file, []byte(c.text), ingest.Options{Now: pub, Published: pub})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("ingest: %+v", items)
			}
			r := OfBrief(items[0].Brief)
			if len(r.Meetings) != c.meetings {
				t.Fatalf("got %+v, want %d meetings of %s", r.Meetings, c.meetings, c.party)
			}
			for _, m := range r.Meetings {
				if !slices.Contains(m.Participants, c.party) {
					t.Fatalf("got %+v, want every meeting of %s", r.Meetings, c.party)
				}
			}
			if c.name == "a branch circular's label lines" && r.Meetings[0].Place != "Trades Hall, Carlton Street" {
				t.Errorf("place %q, want the line's closing venue", r.Meetings[0].Place)
			}
		})
	}
}

// TestHoldsNotice: a notice's "will hold a public hearing", "will hold a
// work session" are meetings; a market's session is none.
func TestHoldsNotice(t *testing.T) {
	pub := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want int
	}{
		{"NOTICE IS HEREBY GIVEN that the Zoning Board of Appeals of the Town of Weston will hold a public hearing on Thursday, April 9, 2026 at 7:00 p.m. in the Town Hall Auditorium.", 1},
		{"The Cedar County Board of Commissioners will hold a work session on Tuesday, April 7, 2026, at 9:00 a.m.", 1},
		{"The exchange will hold a trading session on Saturday, April 4, to test its new system.", 0},
		{"Pay talks update, 8 April 2026", 0},
		{"The parochial church council meets on the second Tuesday of each month.", 0},
	} {
		r := OfText(c.text, pub, pub)
		if len(r.Meetings) != c.want {
			t.Errorf("%q: got %d meetings, want %d: %+v", c.text, len(r.Meetings), c.want, r.Meetings)
		}
		if len(r.Meetings) > 0 && slices.Contains(r.Meetings[0].Participants, "Town of Weston") {
			t.Errorf("%q: the body's town %q is no party of its own", c.text, r.Meetings[0].Participants)
		}
	}
}
