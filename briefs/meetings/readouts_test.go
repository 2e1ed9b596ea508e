package meetings

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// TestReadoutsAndDiaries reads readouts, diaries and notices as ingest
// gives them (their line breaks kept): the meetings they date, and the
// parties and places they name.
func TestReadoutsAndDiaries(t *testing.T) {
	for _, c := range []struct {
		name, pub, text string
		date, status    string
		parties         []string // each must be among the first meeting's
	}{
		{"a readout's first word is today, after a name line", "2026-01-22",
			"Accra, 22 January 2026\nA note from Ambassador Ingrid Falk\n\nToday I met with the Foreign Minister of Ghana, Samuel Ablakwa, to discuss cocoa.\n",
			"2026-01-22", "past", []string{"Samuel Ablakwa", "Ingrid Falk"}},
		{"a diary line's verb with no subject", "2026-02-09",
			"Prime Minister's schedule\nMonday 9 February 2026\n\n08:50 Arrived at the office.\n10:15 Met with Foreign Minister Takeshi Iwaya at the Prime Minister's Office.\n",
			"2026-02-09", "", []string{"Takeshi Iwaya"}},
		{"a meeting held as planned", "2026-03-02",
			"CORNWALL COUNCIL\n\nThe Finance Committee will meet as planned on Wednesday 11 March 2026 at 10:00 in Committee Room 2, County Hall, Truro.\n",
			"2026-03-11", "upcoming", []string{"Finance Committee"}},
		{"received a title of a country, the name after a comma", "2026-05-06",
			"Press release\n6 May 2026\n\nForeign Minister Anita Rautio received the Foreign Minister of Chile, Alberto van Klaveren, in Helsinki on Tuesday.\n",
			"2026-05-05", "past", []string{"Alberto van Klaveren"}},
		{"receives a name with its title after the comma", "2026-03-20",
			"CALENDAR\nWeek of 23 to 29 March 2026\n\nMonday 23 March\nCommissioner Jonas Berg receives Sipho Ndlovu, Minister of Trade of South Africa\n",
			"2026-03-23", "upcoming", []string{"Sipho Ndlovu"}},
		{"called on a minister of two words' complement", "2025-10-07",
			"Embassy news - 7 October 2025\n\nOn 6 October, Ambassador Marc Dufour called on Vietnamese Minister of Industry and Trade Nguyen Hong Dien at the Ministry in Hanoi.\n",
			"2025-10-06", "past", nil},
		{"called on the Speaker of a body", "2026-03-14",
			"News from the High Commission\n\nOn 12 March the High Commissioner called on the Speaker of the National Assembly, Thomas Tayebwa, at Parliament in Kampala.\n",
			"2026-03-12", "past", nil},
		{"a body's name held", "2026-02-16",
			"CIRCULAR No. 07/2026\n\nThe Ordinary General Assembly will be held on 28 March 2026 at the Kenyatta International Convention Centre, Nairobi.\n",
			"2026-03-28", "upcoming", nil}, // since round 31 "Ordinary General Assembly" is the meeting itself (assemblySitting), no party of it
		{"a body's name taking place", "2026-03-10",
			"BRUSSELS, March 10 - The European Council will take place on 26-27 March.\n",
			"2026-03-26", "upcoming", []string{"European Council"}},
		{"a schedule's owner before its dash, an item with no subject", "2026-06-02",
			"Mayor Daniela Lopez - Public Schedule for Tuesday, June 2, 2026\n\n9:00 a.m. - Meeting with the Riverton Downtown Business Association, Mayor's Conference Room\n11:30 a.m. - Ribbon cutting, Elm Street Library\n",
			"2026-06-02", "upcoming", []string{"Daniela Lopez", "Riverton Downtown Business Association"}},
		{"a desk's owner after its dash, a dated item with no subject", "2026-03-14",
			"Kampala, 14 March 2026\nFrom the High Commissioner's desk - Ruth Mbeki\n\nThursday 12 March: Called on the Speaker of the National Assembly, Thomas Tayebwa, at Parliament in Kampala.\n",
			"2026-03-12", "past", []string{"Ruth Mbeki", "Thomas Tayebwa"}},
		{"a city's day heading over past items", "2026-02-09",
			"Prime Minister's schedule\nTokyo, Monday 9 February 2026\n\n08:50 Arrived at the office.\n14:00 Attended a meeting of the National Security Council.\n",
			"2026-02-09", "past", []string{"National Security Council"}},
		{"a courtesy call paid on a titled person", "2026-05-19",
			"MFA Press Release\n19 May 2026\n\nOn 18 May, the newly appointed Ambassador of Brazil, Carla Nogueira, paid a courtesy call on the Minister of Foreign Affairs, Vivian Balakrishnan, at the Ministry.\n",
			"2026-05-18", "past", []string{"Carla Nogueira", "Vivian Balakrishnan"}},
		{"a dated hearing under a committee's heading, its speakers", "2026-10-02",
			"Committee on Fisheries\n\nPublic hearing on the state of the fisheries - Thursday 8 October 2026, 14:00, Room JAN 4Q2\n\nSpeakers:\nPedro Alvarez, Director, Spanish Fishing Confederation\nIngrid Solheim, Senior Scientist, Institute of Marine Research\n",
			"2026-10-08", "upcoming", []string{"Committee on Fisheries", "Pedro Alvarez", "Ingrid Solheim"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pub, _ := time.Parse("2006-01-02", c.pub)
			r, _ := Explain(reading.Of(ingest.FromText("", c.text, pub, ingest.Options{Now: pub})))
			if len(r.Meetings) == 0 {
				t.Fatalf("no meeting in %q", c.text)
			}
			m := r.Meetings[0]
			if m.Date != c.date || c.status != "" && string(m.Status) != c.status {
				t.Errorf("got %s %s, want %s %s (%+v)", m.Date, m.Status, c.date, c.status, m)
			}
			for _, p := range m.Participants {
				if p == "Attended" || strings.HasPrefix(p, "Room") {
					t.Errorf("participant %q: a diary item's verb", p)
				}
			}
			for _, p := range c.parties {
				if !slices.Contains(m.Participants, p) {
					t.Errorf("participants %s, want %q among them", strings.Join(m.Participants, "; "), p)
				}
			}
		})
	}
}

// TestReadoutVerbsNoMeeting: "receive" and "call on" with an object that is
// no person received or called on.
func TestReadoutVerbsNoMeeting(t *testing.T) {
	pub := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"LONDON, March 20 (Reuters) - The company received the Minister of Finance's approval on Tuesday.",
		"LONDON, March 20 (Reuters) - The union called on the Department of Health to act on Tuesday.",
		"LONDON, March 20 (Reuters) - The Audit Committee will be held responsible on Tuesday for the loss.",
		"LONDON, March 20 (Reuters) - The minister renewed his call for calm on Tuesday.",
	} {
		r, _ := Explain(reading.Of(ingest.FromText("", text, pub, ingest.Options{Now: pub})))
		if len(r.Meetings) != 0 {
			t.Errorf("%q: got %+v, want no meeting", text, r.Meetings)
		}
	}
}

// TestDiaryOwnerOnlyOfHisItems: a diary's owner takes part in the items it
// tells with no subject or in the first person, not in another's meeting.
func TestDiaryOwnerOnlyOfHisItems(t *testing.T) {
	pub := time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC)
	text := "Secretary of State Ed Harland: ministerial diary\n\nMonday 2 March 2026\nThe Board of Trade meets the unions, London\n"
	r, _ := Explain(reading.Of(ingest.FromText("", text, pub, ingest.Options{Now: pub})))
	if len(r.Meetings) != 1 {
		t.Fatalf("got %+v, want one meeting", r.Meetings)
	}
	if slices.Contains(r.Meetings[0].Participants, "Ed Harland") {
		t.Errorf("participants %v: the diary's owner is no party of a meeting with its own subject", r.Meetings[0].Participants)
	}
}

// TestHearingNeedsCommitteeHeading: a dated line's hearing is a meeting
// under a committee's heading, not under another heading (a court's).
func TestHearingNeedsCommitteeHeading(t *testing.T) {
	pub := time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC)
	text := "Riverside County Court\n\nBail hearing for the defendant - Thursday 8 October 2026, 14:00, Courtroom 3\n"
	r, _ := Explain(reading.Of(ingest.FromText("", text, pub, ingest.Options{Now: pub})))
	if len(r.Meetings) != 0 {
		t.Errorf("got %+v, want no meeting", r.Meetings)
	}
}

// TestDiaryOwnerAfterComma: "Public diary of the Minister for Enterprise,
// Tourism and Employment, Niamh Kavanagh TD" names the diary's owner after
// the comma, even when ingest has run the heading's lines together.
func TestDiaryOwnerAfterComma(t *testing.T) {
	pub := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	text := "DEPARTMENT OF ENTERPRISE, TOURISM AND EMPLOYMENT\nPublic diary of the Minister for Enterprise, Tourism and Employment, Niamh Kavanagh TD\nWeek commencing Monday 17 November 2025\n\nMONDAY 17 NOVEMBER\n09:30  Meeting with the Chief Executive of Ibec, Department offices, Kildare Street\n"
	r, _ := Explain(reading.Of(ingest.FromText("", text, pub, ingest.Options{Now: pub})))
	if len(r.Meetings) != 1 || !slices.Contains(r.Meetings[0].Participants, "Niamh Kavanagh") {
		t.Errorf("got %+v, want one meeting with Niamh Kavanagh", r.Meetings)
	}
}
