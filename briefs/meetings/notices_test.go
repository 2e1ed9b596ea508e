package meetings

import (
	"testing"
	"time"
)

// TestNoticeSentences reads the sentences of press releases, notices and
// readouts that wire rules misread.
func TestNoticeSentences(t *testing.T) {
	for _, c := range []struct {
		name, text, pub     string
		date, place, status string
		notParty            []string
	}{
		{"a clock after the day is that day's", "On March 2, commencing at 4:30 p.m., the Board of Directors of Halvorsen Therapeutics will hold a special meeting to consider the merger proposal.",
			"2026-02-20", "2026-03-02", "", "upcoming", nil},
		{"an honorific is no party", "Hon. Lee Kinyanjui, Cabinet Secretary for Trade, will lead Kenya's delegation to the 45th COMESA Council of Ministers meeting in Lusaka from 14 to 16 October 2025.",
			"2025-10-08", "2025-10-14", "Lusaka", "upcoming", []string{"Hon", "Hon."}},
		{"an opener and a law are no party", "Pursuant to section 61 of the Local Government Act 2020, notice is given that an Ordinary Meeting of the Ballarat City Council will be held on Wednesday 26 November 2025, commencing at 6.30pm.",
			"2025-11-21", "2025-11-26", "", "upcoming", []string{"Pursuant", "Local Government Act", "Local Government Act 2020"}},
		{"a shouted formula is no party", "NOTICE IS HEREBY GIVEN that the Annual General Meeting of Kestrel Mining Limited will be held on Thursday, 20 November 2025 at 10.00am.",
			"2025-10-17", "2025-11-20", "", "upcoming", []string{"NOTICE IS HEREBY GIVEN", "NOTICE"}},
		{"a venue's address runs to its city", "Notice is given that an Ordinary Meeting of the Ballarat City Council will be held in the Council Chamber, Town Hall, Sturt Street, Ballarat on Wednesday 26 November 2025.",
			"2025-11-21", "2025-11-26", "Council Chamber, Town Hall, Sturt Street, Ballarat", "upcoming", []string{"Sturt Street"}},
		{"a street and number, then the city", "The Board of Directors of Fjord Bulk Shipping ASA hereby convenes an Extraordinary General Meeting to be held on 9 December 2025 at 10:00 CET at the company's offices at Haakon VIIs gate 2, Oslo.",
			"2025-11-18", "2025-12-09", "Haakon VIIs gate 2, Oslo", "upcoming", nil},
		{"a city and its country stay a city", "Ministers will meet in Lusaka, Zambia on 14 October 2025.",
			"2025-10-08", "2025-10-14", "Lusaka", "upcoming", nil},
		{"a UN council's open debate", "The Security Council will hold a high-level open debate on the protection of civilians on Tuesday, 20 May.",
			"2025-05-16", "2025-05-20", "", "upcoming", nil},
		{"an Article IV consultation", "On January 28, 2026, the Executive Board of the International Monetary Fund (IMF) concluded the Article IV consultation with Peru.",
			"2026-02-02", "2026-01-28", "", "past", nil},
		{"an interactive dialogue", "The Human Rights Council will hold an interactive dialogue on Myanmar on Monday.",
			"2026-03-06", "2026-03-09", "", "upcoming", nil},
		{"a time zone and a state are no parties", "The Annual General Meeting of Kestrel Mining Limited will be held at the Perth Convention Centre, 21 Mounts Bay Road, Perth, Western Australia on Thursday, 20 November 2025 at 10.00am (AWST).",
			"2025-10-17", "2025-11-20", "Perth Convention Centre, 21 Mounts Bay Road, Perth", "upcoming", []string{"AWST", "Western Australia", "Mounts Bay Road"}},
		{"a meeting platform is no party", "The Eastern Africa Grain Council will hold its annual members' meeting virtually via Microsoft Teams on 9 January 2026.",
			"2026-01-02", "2026-01-09", "", "upcoming", []string{"Microsoft Teams"}},
		{"a bare clock of the meeting named before", "The General Assembly will hold a plenary meeting on Monday, 15 December. The meeting will begin at 10 a.m. in the General Assembly Hall.",
			"2025-12-12", "2025-12-15", "General Assembly Hall", "upcoming", nil},
		{"a meeting in the opening phrase takes the main clause's tense", "At its monetary policy meeting today, the Bank Board of the Czech National Bank kept the two-week repo rate unchanged at 3.50%.",
			"2026-02-05", "2026-02-05", "", "past", []string{"Bank Board"}},
		{"an opening phrase with a future main clause", "At its meeting today, the board will consider the offer.",
			"2026-02-05", "2026-02-05", "", "upcoming", nil},
		{"a meeting named by its numbered acronym", "Senior officials from the ten member states attended the 25th SOMTC in Kuala Lumpur on 13 October.",
			"2025-10-14", "2025-10-13", "Kuala Lumpur", "past", nil},
		{"a numbered acronym before the meeting's head", "Singh visited Russia in December 2024 to co-chair the 21st IRIGC - M&MTC meeting.",
			"2025-12-04", "2024-12", "Russia", "past", nil}, // one meeting, not a second for "21st IRIGC"
		{"the company after 'of Shareholders of'", "The 2026 Annual General Meeting of Shareholders of Nordlicht AG will take place on Thursday, 14 May 2026, at 10:00 a.m. (CEST).",
			"2026-04-02", "2026-05-14", "", "upcoming", []string{"CEST", "Shareholders"}},
		{"received H.E.: a meeting", "The Minister of State received H.E. Kenji Yamada, Ambassador of Japan, on Monday to discuss renewable energy.",
			"2026-02-10", "2026-02-09", "", "past", []string{"H.E.", "H.E. Kenji Yamada"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pub, _ := time.Parse("2006-01-02", c.pub)
			r := OfText(c.text, pub, pub)
			if len(r.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1: %+v", len(r.Meetings), r.Meetings)
			}
			m := r.Meetings[0]
			if m.Date != c.date || m.Place != c.place || string(m.Status) != c.status {
				t.Errorf("got %s at %q, %s; want %s at %q, %s", m.Date, m.Place, m.Status, c.date, c.place, c.status)
			}
			for _, p := range m.Participants {
				for _, n := range c.notParty {
					if p == n {
						t.Errorf("participant %q", p)
					}
				}
			}
		})
	}
}

// TestAcronymInName: an acronym in a meeting's own name, or before a
// group's plural possessive, names a party.
func TestAcronymInName(t *testing.T) {
	pub := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"Fourth UN International Conference on Financing for Development opens in Seville on Monday.", "UN"},
		{"The BRICS leaders' summit opens in Rio de Janeiro on Sunday.", "BRICS"},
	} {
		r := OfText(c.text, pub, pub)
		if len(r.Meetings) != 1 {
			t.Fatalf("%q: got %+v", c.text, r.Meetings)
		}
		found := false
		for _, p := range r.Meetings[0].Participants {
			found = found || p == c.want
		}
		if !found {
			t.Errorf("%q: participants %q, want %q among them", c.text, r.Meetings[0].Participants, c.want)
		}
	}
}
