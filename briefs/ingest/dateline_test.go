package ingest

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
)

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDateline(t *testing.T) {
	pub := date("2025-12-04T10:00:00Z")
	tests := []struct {
		text string
		want briefs.Dateline
		rest string // the text from the rest offset on
	}{
		{"New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh", briefs.Dateline{Place: "New Delhi", Date: "2025-12-04", Source: "IANS"}, "Defence Minister Rajnath Singh"},
		{"BRUSSELS, March 2 - EU ministers met.", briefs.Dateline{Place: "Brussels", Date: "2025-03-02"}, "EU ministers met."},
		{"WASHINGTON (Reuters) - The Senate voted.", briefs.Dateline{Place: "Washington", Source: "Reuters"}, "The Senate voted."},
		{"LONDON, Jan 12 (Reuters) - Britain said.", briefs.Dateline{Place: "London", Date: "2025-01-12", Source: "Reuters"}, "Britain said."},
		{"TOKYO, March 3 - \nJapan's economy grew.", briefs.Dateline{Place: "Tokyo", Date: "2025-03-03"}, "Japan's economy grew."},
		{"NEW YORK, Nov. 5 (AP) — Stocks rose.", briefs.Dateline{Place: "New York", Date: "2025-11-05", Source: "AP"}, "Stocks rose."},
		{"Mumbai, Dec 4 (PTI): Markets fell.", briefs.Dateline{Place: "Mumbai", Date: "2025-12-04", Source: "PTI"}, "Markets fell."},
		{"PARIS (AFP) - France said.", briefs.Dateline{Place: "Paris", Source: "AFP"}, "France said."},
		{"Geneva, 12 March 2024 — Talks opened.", briefs.Dateline{Place: "Geneva", Date: "2024-03-12"}, "Talks opened."},
		{"GENEVA (16 March 2026) – The Council will meet.", briefs.Dateline{Place: "Geneva", Date: "2026-03-16"}, "The Council will meet."},
		{"NEW YORK (March 3, 2026) - The Council met.", briefs.Dateline{Place: "New York", Date: "2026-03-03"}, "The Council met."},
		{"TBILISI, Soviet Union, March 4 (Reuters) - Talks opened.", briefs.Dateline{Place: "Tbilisi, Soviet Union", Date: "2025-03-04", Source: "Reuters"}, "Talks opened."},
		{"LONG BRANCH, N.J., March 4 (AP) - Talks opened.", briefs.Dateline{Place: "Long Branch, N.J.", Date: "2025-03-04", Source: "AP"}, "Talks opened."},
		{"Pune (Maharashtra) [India], March 4 (ANI): The committee met.", briefs.Dateline{Place: "Pune, Maharashtra, India", Date: "2025-03-04", Source: "ANI"}, "The committee met."},
		{"New Delhi [India], March 13 (ANI): The committee met.", briefs.Dateline{Place: "New Delhi, India", Date: "2025-03-13", Source: "ANI"}, "The committee met."},
		{"Accra, 22 January 2026\nA note from the Ambassador", briefs.Dateline{Place: "Accra", Date: "2026-01-22"}, "A note from the Ambassador"},
		// A release's place and date under its heading lines: the heading stays the text's (rest 0).
		{"CENTRAL BANK OF LESOTHO\n\nPRESS RELEASE\nMaseru, 3 March 2026\n\nThe Bank announces its meeting dates.", briefs.Dateline{Place: "Maseru", Date: "2026-03-03"},
			"CENTRAL BANK OF LESOTHO\n\nPRESS RELEASE\nMaseru, 3 March 2026\n\nThe Bank announces its meeting dates."},
		// A readout's date alone under its heading, its place opening the story several lines on.
		{"U.S. DEPARTMENT OF THE TREASURY\n\nPRESS RELEASE\n\nApril 24, 2025\n\nReadout of the Secretary's Meeting with Japan's Finance Minister\n\nWASHINGTON – Today, the Secretary met the Minister.", briefs.Dateline{Place: "Washington", Date: "2025-04-24"},
			"Today, the Secretary met the Minister."},
		// The same, opening the story's first line: the story starts after it.
		{"MINISTRY OF HEALTH\nPRESS RELEASE\n\nMaseru, 3 March 2026 - The Ministry will host the health ministers' meeting.", briefs.Dateline{Place: "Maseru", Date: "2026-03-03"},
			"The Ministry will host the health ministers' meeting."},
		{"Harrowgate, 13 March 2026  \n\nThe next meeting", briefs.Dateline{Place: "Harrowgate", Date: "2026-03-13"}, "The next meeting"},
		{"SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced", briefs.Dateline{Place: "San Francisco", Source: "BUSINESS WIRE"}, "Acme Corp today announced"},
		{"Kolkata: The state government said.", briefs.Dateline{Place: "Kolkata"}, "The state government said."},
		{"BEIJING, Feb 3 (Xinhua) -- China said.", briefs.Dateline{Place: "Beijing", Date: "2025-02-03", Source: "Xinhua"}, "China said."},
		{"CEBU, the Philippines, Feb. 25 (Xinhua) -- Officials met.", briefs.Dateline{Place: "Cebu, Philippines", Date: "2025-02-25", Source: "Xinhua"}, "Officials met."},
		{"BANJUL, the Gambia -- Officials met.", briefs.Dateline{Place: "Banjul, Gambia"}, "Officials met."},
		{"TOKYO, March 14 Kyodo - Japan said.", briefs.Dateline{Place: "Tokyo", Date: "2025-03-14", Source: "Kyodo"}, "Japan said."},
		{"SEOUL, June 2 Yonhap -- Talks opened.", briefs.Dateline{Place: "Seoul", Date: "2025-06-02", Source: "Yonhap"}, "Talks opened."},
		{"SYDNEY, March 9 AAP - Unions met.", briefs.Dateline{Place: "Sydney", Date: "2025-03-09", Source: "AAP"}, "Unions met."},
		{"PORT OF SPAIN, Trinidad, Feb 20, CMC – Leaders met.", briefs.Dateline{Place: "Port of Spain, Trinidad", Date: "2025-02-20", Source: "CMC"}, "Leaders met."},
		// Agency styles with a full stop, a weekday, two cities, or the agency first.
		{"MOSCOW, June 5. /TASS/. Russian Foreign Minister Sergey Lavrov will chair a meeting.", briefs.Dateline{Place: "Moscow", Date: "2025-06-05", Source: "TASS"}, "Russian Foreign Minister Sergey Lavrov will chair a meeting."},
		{"Baku, May 29, APA. The forum will be held on June 2.", briefs.Dateline{Place: "Baku", Date: "2025-05-29", Source: "APA"}, "The forum will be held on June 2."},
		{"Accra, Oct. 9, GNA - Experts from Ghana and Togo will meet.", briefs.Dateline{Place: "Accra", Date: "2025-10-09", Source: "GNA"}, "Experts from Ghana and Togo will meet."},
		{"Madrid (EFE).- The high-level meeting was postponed.", briefs.Dateline{Place: "Madrid", Source: "EFE"}, "The high-level meeting was postponed."},
		{"NAKURU, Thursday, March 21, 2019 (KNA) - The committee will meet.", briefs.Dateline{Place: "Nakuru", Date: "2019-03-21", Source: "KNA"}, "The committee will meet."},
		{"VIENNA/DUBAI, March 3 (Reuters) - OPEC+ will meet online.", briefs.Dateline{Place: "Vienna", Date: "2025-03-03", Source: "Reuters"}, "OPEC+ will meet online."},
		{"(ANSA) - Rome, August 21 - President Sergio Mattarella began consultations.", briefs.Dateline{Place: "Rome", Date: "2025-08-21", Source: "ANSA"}, "President Sergio Mattarella began consultations."},
		{"(Reuters) - Shares of Nordvale rose 11% on Thursday.", briefs.Dateline{Source: "Reuters"}, "Shares of Nordvale rose 11% on Thursday."},
		{"ANKARA\n\nTurkish Foreign Minister Hakan Fidan will attend a meeting of NATO foreign ministers in Brussels next week, the ministry said.", briefs.Dateline{Place: "Ankara"}, "Turkish Foreign Minister Hakan Fidan will attend a meeting of NATO foreign ministers in Brussels next week, the ministry said."},
		{"VILNIUS, Lithuania\n\nTurkish President Recep Tayyip Erdogan will meet Swedish Prime Minister Ulf Kristersson on the sidelines of the summit.", briefs.Dateline{Place: "Vilnius, Lithuania"}, "Turkish President Recep Tayyip Erdogan will meet Swedish Prime Minister Ulf Kristersson on the sidelines of the summit."},
		{"KUWAIT CITY, Nov 27 (KUNA/Reuters) - Ministers met.", briefs.Dateline{Place: "Kuwait City", Date: "2025-11-27", Source: "KUNA/Reuters"}, "Ministers met."},
		{"Islamabad, December 4: Pakistan said.", briefs.Dateline{Place: "Islamabad", Date: "2025-12-04"}, "Pakistan said."},
		{"ST. LOUIS, Mo., June 3 - A jury found.", briefs.Dateline{Place: "St. Louis, Mo.", Date: "2025-06-03"}, "A jury found."},
		{"Washington, DC — Lawmakers met.", briefs.Dateline{Place: "Washington, DC"}, "Lawmakers met."},
		{"OTTAWA, Ontario (Reuters) - Canada said.", briefs.Dateline{Place: "Ottawa, Ontario", Source: "Reuters"}, "Canada said."},
		{"HONG KONG, June 1 (Reuters) - Shares fell.", briefs.Dateline{Place: "Hong Kong", Date: "2025-06-01", Source: "Reuters"}, "Shares fell."},
		{"KYIV, Ukraine (AP) — Drones struck.", briefs.Dateline{Place: "Kyiv, Ukraine", Source: "AP"}, "Drones struck."},
		{"(Reuters) - Oil prices rose.", briefs.Dateline{Source: "Reuters"}, "Oil prices rose."},
		{"WASHINGTON, D.C. — Officials said.", briefs.Dateline{Place: "Washington, D.C."}, "Officials said."},
		{"RIO DE JANEIRO (Reuters) - Brazil said.", briefs.Dateline{Place: "Rio de Janeiro", Source: "Reuters"}, "Brazil said."},
		{"MEXICO CITY, Sept. 14 (Reuters) - Mexico said.", briefs.Dateline{Place: "Mexico City", Date: "2025-09-14", Source: "Reuters"}, "Mexico said."},
		{"NEW YORK, Nov. 5, 2024 (AP) — Voters queued.", briefs.Dateline{Place: "New York", Date: "2024-11-05", Source: "AP"}, "Voters queued."},
		{"NEW YORK, Dec. 1, 2025 /PRNewswire/ -- Acme said.", briefs.Dateline{Place: "New York", Date: "2025-12-01", Source: "PRNewswire"}, "Acme said."},
		{"BERLIN, 3 March (dpa) - Germany said.", briefs.Dateline{Place: "Berlin", Date: "2025-03-03", Source: "dpa"}, "Germany said."},
		{"UNITED NATIONS (AP) — The council met.", briefs.Dateline{Place: "United Nations", Source: "AP"}, "The council met."},
		{"THE HAGUE, Netherlands (Reuters) - Judges ruled.", briefs.Dateline{Place: "The Hague, Netherlands", Source: "Reuters"}, "Judges ruled."},
		{"PORT-AU-PRINCE, Haiti (AP) — Gangs fought.", briefs.Dateline{Place: "Port-au-Prince, Haiti", Source: "AP"}, "Gangs fought."},
		{"Guwahati, Dec. 4: Assam said.", briefs.Dateline{Place: "Guwahati", Date: "2025-12-04"}, "Assam said."},
		{"WASHINGTON—The White House said.", briefs.Dateline{Place: "Washington"}, "The White House said."},
		{"NEW DELHI, INDIA, Dec 3 (IANS) India said.", briefs.Dateline{Place: "New Delhi, India", Date: "2025-12-03", Source: "IANS"}, "India said."},
		{"Chennai, December 5th (IANS) Rains.", briefs.Dateline{Place: "Chennai", Date: "2025-12-05", Source: "IANS"}, "Rains."},
		{"  \n  JERUSALEM, 4 December (Reuters) - Israel said.", briefs.Dateline{Place: "Jerusalem", Date: "2025-12-04", Source: "Reuters"}, "Israel said."},
		{"(AP) — A storm hit.", briefs.Dateline{Source: "AP"}, "A storm hit."},
		{"MIAMI _\n\nElected officials warned.", briefs.Dateline{Place: "Miami"}, "Elected officials warned."},
		{"BAGHDAD, Iraq (AP)_ An American leader.", briefs.Dateline{Place: "Baghdad, Iraq", Source: "AP"}, "An American leader."},
		{"INDEPENDENCE, Mo. _ NATO embraced.", briefs.Dateline{Place: "Independence, Mo."}, "NATO embraced."},
		{"O'SMACH, Cambodia (AP)_ The commander said.", briefs.Dateline{Place: "O'Smach, Cambodia", Source: "AP"}, "The commander said."},
		{"SÃO PAULO (Reuters) - Brazil's real fell.", briefs.Dateline{Place: "São Paulo", Source: "Reuters"}, "Brazil's real fell."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, rest, ok := ParseDateline(tt.text, pub, time.Time{})
			if !ok {
				t.Fatalf("ParseDateline(%q): no dateline", tt.text)
			}
			if got != tt.want {
				t.Errorf("ParseDateline(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
			rs := []rune(tt.text)
			if rest < 0 || rest > len(rs) {
				t.Fatalf("rest = %d, out of range", rest)
			}
			if string(rs[rest:]) != tt.rest {
				t.Errorf("text after rest = %q, want %q", string(rs[rest:]), tt.rest)
			}
		})
	}
}

func TestParseDatelineNone(t *testing.T) {
	pub := date("2025-12-04T10:00:00Z")
	for _, text := range []string{
		"In New Delhi, officials said the talks would resume.",
		"WASHINGTON. The Senate voted.", // a full stop ends a dateline only after its agency
		"UPDATE\n\nThe ministers will now meet on Friday in Brussels, a spokesman for the presidency said this morning.", // a label alone on its line
		"PRESS RELEASE\n\nThe roundtable on youth employment will be held on Tuesday at the ministry, officials said today.",
		"ANKARA\n\nShort line.",
		"The minister said talks would resume on Thursday.",
		"Defence Minister Rajnath Singh met his counterpart.",
		"Apple (AAPL) shares fell 3% on Monday.",
		"Note: this brief is embargoed.",
		"On Thursday, Dec 4 the ministers met.",
		"Monday, Dec 4 - the ministers met.",
		"",
		"   ",
		"- a bullet point",
		"New Delhi, Dec 4 was a busy day.",
		"Monday, Dec 4\nthe ministers met.",
		"Mayor Daniela Lopez - Public Schedule for Tuesday, June 2, 2026",
		"HOLLOWAY VILLAGE NEWS – March 2026\n\nWHAT'S ON",
		"THE LEDGER - Spring 2025\nNews from the chamber.",
		"Commissioner Wopke Hendriks - my week",
		"Brussels, March 2 was a busy day\nfor the ministers.",
		"(see below) for details",
		"Mr. Smith - the new envoy - arrived.",
		"1. First point: growth.",
		"David Blunkett - who has resigned - said.",
		"DJ Norman Cook - aka Fatboy Slim - played.",
		"Summit: leaders meet today.",
		"ACME_CORP results",
		"EU - China summit opens.",
		"U.S. - China talks resumed.",
		"UK: Prices rise.",
		"Venue: Manekshaw Centre, New Delhi",
		"Halvorsen Shipping ASA - Financial calendar 2026",
		"Solway Renewables plc - Result of Annual General Meeting",
		"Central Bank of Corvania - 2026 schedule",
		"PARLIAMENT OF KENYA - THE NATIONAL ASSEMBLY\nDEPARTMENTAL COMMITTEE ON AGRICULTURE", // a house's heading
		"HOUSE OF COMMONS - TREASURY COMMITTEE\n\nForthcoming meetings",
		"St Aidan's Parish Newsletter - April",
		"UNITE THE UNION - EASTFIELD BUSES BRANCH\n\nMembers' meetings", // a union's heading
		"Ministry of Health - Weekly Schedule",
		"HOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026", // a schedule's title
		"FACTBOX: What we know",
		"DIARY – WEEK AHEAD, MARCH 3-9\nCompiled Sunday, March 2, 2025\n\nMonday: the cabinet meets.", // a heading's two halves, its line ending after a few words
		"CYCLING VICTORIA - MEMBERS' BULLETIN\nIssue 42, 7 November 2011",
		"Climate Action Network International – Media advisory\n10 June 2025",                                  // a body's press label (but "UNITED NATIONS - MEDIA ADVISORY" keeps its place)                                      // a body's name and its bulletin
		"TGSU – Harbourside Depot Branch\nMembers' Bulletin No. 14",                                            // a union's acronym and its branch
		"NATIONAL ASSEMBLY – REPUBLIC OF KENYA\nSCHEDULE OF SITTINGS\nIssued on Friday, 16 May 2025\n\nMonday", // and no issue line below read as a release's place and date
		"Readout: Minister Anand meets Kenya's Prime Cabinet Secretary Mudavadi",
		"Present: R. Amos (Chair), T. Nwosu, P. Lindqvist",
		"Hearing: Oversight of the Port Authority's capital plan",
		"Statement: Ministers agree on next steps",
		"To: All staff",
		"Subject: Talks",
		"The ministers met on Monday.\nGeneva, 12 March 2024\nmore text",                                                       // a sentence above: no heading
		"AGENDA\nBrussels, March 2\nItems for the meeting",                                                                     // no year: a line of an agenda, not a release's
		"NOTICE\nAccra, 22 January 2026 - the venue has changed\nmore text",                                                    // more than the place and date on the line
		"PRESS RELEASE\n\nApril 24, 2025\n\nWashington – Today, the Secretary met the Minister.",                               // a place-only line under a date is read only in capitals
		"The White House\nApril 24, 2025\nFACT SHEET: President Meets Prime Minister\n\nThe President met the Prime Minister.", // a label, not a place
	} {
		if d, rest, ok := ParseDateline(text, pub, time.Time{}); ok {
			t.Errorf("ParseDateline(%q) = %+v, %d, true; want no dateline", text, d, rest)
		}
	}
}

func TestDatelineYear(t *testing.T) {
	tests := []struct {
		name                string
		text                string
		published, ingested string
		want                string
	}{
		{"published same day", "New Delhi, Dec 4 (IANS) Talks.", "2025-12-04T03:00:00Z", "", "2025-12-04"},
		{"local date a day ahead of UTC", "TOKYO, Dec 5 - Talks.", "2025-12-04T20:00:00Z", "", "2025-12-05"},
		{"two days ahead is last year", "TOKYO, Dec 6 - Talks.", "2025-12-04T20:00:00Z", "", "2024-12-06"},
		{"published in January, December dateline", "LONDON, Dec 31 (Reuters) - Talks.", "2026-01-02T08:00:00Z", "", "2025-12-31"},
		{"published Dec 31, Jan 1 dateline", "LONDON, Jan 1 (Reuters) - Talks.", "2025-12-31T23:00:00Z", "", "2026-01-01"},
		{"explicit year wins", "Geneva, 12 March 2024 — Talks.", "2025-12-04T00:00:00Z", "", "2024-03-12"},
		{"Feb 29 goes back to a leap year", "PARIS, Feb 29 (AFP) - Talks.", "2025-06-01T00:00:00Z", "", "2024-02-29"},
		{"ingest time when unpublished", "BRUSSELS, March 2 - Talks.", "", "2026-01-10T00:00:00Z", "2025-03-02"},
		{"ingest day itself", "BRUSSELS, Jan 10 - Talks.", "", "2026-01-10T09:00:00Z", "2026-01-10"},
		// Dec 4 2025 is a Thursday; Dec 4 2024 a Wednesday.
		{"weekday picks last year over the nearest", "New Delhi, Dec 4 (IANS) The ministers on Thursday laid a wreath.", "", "2026-12-30T00:00:00Z", "2025-12-04"},
		{"read within two weeks: nearest year, whatever the weekday", "GENEVA, Dec 3 (Reuters) - Ambassadors held a preparatory meeting on Tuesday.", "", "2025-12-04T02:30:00Z", "2025-12-03"},
		{"weekday picks next year at new year", "LONDON, Jan 1 (Reuters) - Markets were shut on Thursday.", "", "2025-12-31T23:00:00Z", "2026-01-01"},
		{"no weekday, no next year", "LONDON, Jan 1 (Reuters) - Markets were shut.", "", "2025-12-31T23:00:00Z", "2025-01-01"},
		{"weekday never picks a future date", "New Delhi, Dec 4 (IANS) The ministers on Thursday laid a wreath.", "", "2024-12-10T00:00:00Z", "2024-12-04"},
		{"weekday with possessive", "MOSCOW, Oct 19 - Thursday's talks ended.", "", "2024-11-15T00:00:00Z", "2023-10-19"},
		{"said Wednesday", "WASHINGTON, Dec 4 (Reuters) - The Senate said Wednesday it would vote.", "", "2025-12-28T00:00:00Z", "2024-12-04"},
		{"last Thursday is another day", "New Delhi, Dec 4 (IANS) The deal signed last Thursday holds.", "", "2026-12-10T00:00:00Z", "2026-12-04"},
		{"weekday matching no nearby year", "New Delhi, Dec 4 (IANS) The ministers on Monday laid a wreath.", "", "2025-12-10T00:00:00Z", "2025-12-04"},
		{"no reference time", "BRUSSELS, March 2 - Talks.", "", "", ""},
	}
	parse := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		return date(s)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, ok := ParseDateline(tt.text, parse(tt.published), parse(tt.ingested))
			if !ok {
				t.Fatalf("no dateline in %q", tt.text)
			}
			if d.Date != tt.want {
				t.Errorf("Date = %q, want %q", d.Date, tt.want)
			}
		})
	}
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"New Delhi, Dec 4 (IANS) Defence", "SAN FRANCISCO--(BUSINESS WIRE)--Acme", "(Reuters) -",
		"ST. LOUIS, Mo., June 3 -", "Geneva, 12 March 2024 —", "A, B, C, D, E, F (", "X, Feb 30 (",
		"\xff\xfe", "Ab-", "Ab '",
	} {
		f.Add(s)
	}
	pub := date("2025-12-04T10:00:00Z")
	f.Fuzz(func(t *testing.T, text string) {
		d, rest, ok := ParseDateline(text, time.Time{}, pub)
		n := utf8.RuneCountInString(text)
		if rest < 0 || rest > n {
			t.Fatalf("rest %d out of [0, %d]", rest, n)
		}
		if !ok && (d != briefs.Dateline{} || rest != 0) {
			t.Fatalf("no dateline but got %+v, %d", d, rest)
		}
	})
}
