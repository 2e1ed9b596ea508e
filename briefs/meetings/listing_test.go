package meetings

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// TestListingLines reads diaries, schedules and calendars as ingest gives
// them (OfText: their line breaks kept): a day heading governs the lines
// under it, "CITY - event" and ", City" give the place, "(to 3 July)" and
// "(until Friday)" the end, "Online -" no place.
func TestListingLines(t *testing.T) {
	pub := time.Date(2025, 11, 7, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct {
		name, text                 string
		date, end, place, dateRule string
	}{
		{"upper-case heading and city", "NEWS DIARY\n\nWED 12 NOVEMBER\n0900 BRUSSELS - Eurogroup finance ministers meet to review the budget plans for 2026.\n",
			"2025-11-12", "", "Brussels", "listing.day-heading"},
		{"until a weekday after the heading", "WED 12 NOVEMBER\nPARIS - OECD ministerial council meeting (until Friday).\nTHU 13 NOVEMBER\nFRANKFURT - ECB publishes its review.\n",
			"2025-11-12", "2025-11-14", "Paris", "listing.day-heading"},
		{"multi-word city", "SUN 16 NOVEMBER\nRIO DE JANEIRO - BRICS leaders' summit (to 17 November).\n",
			"2025-11-16", "2025-11-17", "Rio de Janeiro", "listing.day-heading"},
		{"a past week's diary", "Monday 3 November\nMeeting with H.E. Mr Kazuo Tanaka, Ambassador of Japan, Ministry of Foreign Affairs, Wellington.\n\nTuesday 4 November\nRadio interview.\n",
			"2025-11-03", "", "Ministry of Foreign Affairs, Wellington", "listing.day-heading"},
		{"the place after the name", "Monday 10 November\nForeign Affairs Council meeting, Brussels\n\nTuesday 11 November\nEurostat data.\n",
			"2025-11-10", "", "Brussels", "listing.day-heading"},
		{"online", "Tuesday, November 11\nOnline - G7 finance ministers meet by videoconference.\n\nWednesday, November 12\nGeneva - World Health Assembly session (to November 14).\n",
			"2025-11-11", "", "", "listing.day-heading"},
		{"a committee's evidence session", "Tuesday 11 November 2025\n10.00am Treasury Committee - Oral evidence session: Bank of England Financial Stability Report. Location: Grimond Room, Portcullis House\n\nWednesday 12 November 2025\n9.30am Foreign Affairs Committee - Private meeting. Location: Room 16, Palace of Westminster\n",
			"2025-11-11", "", "Grimond Room, Portcullis House", "listing.day-heading"},
		{"a body's name alone", "Week ahead\n\nMonday 10 November\nForeign Affairs Council, Brussels\n\nTuesday 11 November\nEuropean Council, Brussels\n",
			"2025-11-10", "", "Brussels", "listing.day-heading"},
		{"a body's name and its complement", "Committee meetings\n\nMonday 10 November 2025\nSubcommittee on Human Rights - 10:00, Room 6Q2\n",
			"2025-11-10", "", "Room 6Q2", "listing.day-heading"},
		{"a row with a time alone under a heading, a body's word inside its name", "COMMITTEE MEETINGS\n\nWednesday, November 12, 2025\nStanding Committee on Finance - 3:30 p.m., Room 415, Wellington Building\n",
			"2025-11-12", "", "Room 415, Wellington Building", "listing.day-heading"},
		{"a body's name the names split at its and", "COMMITTEE MEETINGS\n\nWednesday, November 12, 2025\nSenate Committee on Ways and Means - 10:30 AM, Room B-3\n",
			"2025-11-12", "", "Room B-3", "listing.day-heading"},
		{"a diary table's location column after a dash", "Ministerial diary\n\nDate - Engagement - Location\n10 November - Meeting with Hiroshi Tanaka, Chief Executive of Kaiyo Shipbuilding - London\n12 November - Visit to Peterhead port - Peterhead\n",
			"2025-11-10", "", "London", "listing.day-heading"},
		{"a title closing a line is no place", "Committee meetings\n\nMonday 10 November 2025\nCommittee on Foreign Affairs - exchange of views with Kaja Kallas, High Representative\n",
			"2025-11-10", "", "", "listing.day-heading"},
		{"a venue line under the last heading, a row's room in it", "Committee meetings\n\nMonday 10 November 2025\nBoard of Trustees, Room 5\n\nTuesday 11 November 2025\nCommittee on Budgets, Room 3E2\n\nAll meetings take place in the Spinelli building, Brussels, unless stated otherwise.\n",
			"2025-11-10", "", "Room 5, Spinelli building, Brussels", "listing.day-heading"},
		{"a list of dates", "Monetary policy meetings in 2026\n\nThe Executive Board of the Riksbank will hold its monetary policy meetings on the following dates in 2026.\n\n27-28 January\n17-18 March\n",
			"2026-01-27", "2026-01-28", "", "listing.date-list"},
		{"a record's label lines", "AGENDA\n\nMeeting of the Planning Committee\nDate: Tuesday 18 November 2025\nTime: 7.00pm\nVenue: Committee Room 1, Civic Centre, Harrogate\n\n1. Apologies for absence\n",
			"2025-11-18", "", "Committee Room 1, Civic Centre, Harrogate", "listing.day-heading"},
		{"a committee's line over its labels", "Committee business\n\nTuesday 11 November 2025\nEconomic Affairs Committee\nSubject: The future of pension saving\nLocation: Committee Room 4A\n",
			"2025-11-11", "", "Committee Room 4A", "listing.day-heading"},
		{"a postponed line is no meeting", "DIARY\n\nMON 10 NOVEMBER\nBRUSSELS - EU-China summit (postponed).\nGENEVA - WTO General Council meeting (to 12 November).\n",
			"2025-11-10", "2025-11-12", "Geneva", "listing.day-heading"},
		{"dot leaders and a date-first table", "Lumo Oyj - investor calendar\n\n12 February 2026 | Financial statements release 2025\n23 April 2026 | Annual General Meeting, Helsinki\nInterim report Q1 .......... 29 April 2026\n",
			"2026-04-23", "", "Helsinki", "listing.day-heading"},
		{"a headline verb", "Week Ahead\n\nMONDAY, NOVEMBER 10\nBRUSSELS - Euro zone finance ministers meet (Eurogroup).\nBERLIN - German wholesale prices.\n",
			"2025-11-10", "", "Brussels", "listing.day-heading"},
		{"a headline verb and its end", "Week ahead\n\nWEDNESDAY, NOVEMBER 12\nGENEVA - WTO General Council meets (to Nov 13).\n",
			"2025-11-12", "2025-11-13", "Geneva", "listing.day-heading"},
		{"a body's calendar line", "Upcoming meetings\n\nPlanning Commission - Thursday, November 13, 2025, 7 p.m., Council Chambers\nParks Board - Monday, November 17, 2025, 6 p.m., Community Centre\n",
			"2025-11-13", "", "Council Chambers", "date.nearest"},
		{"a room after the time", "Upcoming meetings\n\nCouncil Work Session - Monday, November 10, 2025, 6 p.m., Council Chambers\nPlanning Commission - Thursday, November 13, 2025, 7 p.m., Council Chambers\n",
			"2025-11-10", "", "Council Chambers", "date.nearest"},
		{"a notice's date over prose", "UNITED NATIONS - MEDIA ADVISORY\nTuesday, 11 November 2025\n\nThe Peacebuilding Commission will hold a meeting on the Sahel on Thursday, 13 November, in the Trusteeship Council Chamber.\n\nA press stakeout is planned after the meeting.\n",
			"2025-11-13", "", "Trusteeship Council Chamber, United Nations", "date.nearest"},
		{"a diary's timed lines, one item each", "Diary of the Minister of Foreign Affairs\nTuesday, 11 November 2025\n\n09:30 Meeting with the Ambassador of Denmark, Ministry of Foreign Affairs\n12:00 Press conference\n15:00 Talks with the European Commissioner for Trade, Government House\n",
			"2025-11-11", "", "Ministry of Foreign Affairs", "listing.day-heading"},
		{"a schedule's titled day", "Mayor's Public Schedule - Wednesday, November 12, 2025\n\n10:00 a.m. - Meeting with the Greater Eastport Chamber of Commerce board, City Hall\n1:30 p.m. - Ribbon cutting, Harbor Park\n",
			"2025-11-12", "", "City Hall", "listing.day-heading"},
		{"a committee's notice blocks", "Standing Committee on Finance\n\nMeeting No. 34\nTuesday, November 11, 2025\n11:00 a.m. to 1:00 p.m.\nRoom 415, Wellington Building, 197 Sparks Street\nOrders of the Day: Pre-budget consultations\n\nMeeting No. 35\nThursday, November 13, 2025\n3:30 p.m. to 5:30 p.m.\nRoom 225-A, West Block\n",
			"2025-11-11", "", "Room 415, Wellington Building", "listing.day-heading"},
		{"an agenda's head block", "AGENDA\nRegular Meeting of the Board of Trustees\nThursday, November 13, 2025, 7:00 p.m.\nDistrict Office Boardroom, 1200 Elm Street, Springfield\n\n1. Call to order\n2. Approval of minutes of October 23, 2025\n",
			"2025-11-13", "", "District Office Boardroom", "listing.day-heading"},
		{"minutes' next meeting", "Minutes of the meeting of the Finance and Audit Committee held on Wednesday 5 November 2025 at the Town Hall, Ludlow.\n\n1. Apologies. None.\n\nDate of next meeting.\nWednesday 10 December 2025, 6.30pm, Town Hall.\n",
			"2025-11-05", "", "Town Hall", "date.nearest"},
		{"a week-ahead's date-first lines", "WEEK AHEAD\n\nMon Nov 10 - LUXEMBOURG: EU foreign ministers meet.\nTue Nov 11 - LONDON: UK labour market data.\nWed Nov 12 - VIENNA: OPEC+ ministers hold online meeting.\n",
			"2025-11-10", "", "Luxembourg", "listing.day-heading"},
		{"a table's columns", "Forthcoming meetings\n\nDate | Meeting | Location\n14 November 2025 | Audit Committee | Committee Room 2\n21 November 2025 | Planning Committee | Council Chamber\n",
			"2025-11-14", "", "Committee Room 2", "listing.day-heading"},
		{"a place in brackets", "Financial calendar\n\nInterim report .......... 23 April 2026\nAnnual General Meeting .......... 12 May 2026 (Stockholm)\n",
			"2026-05-12", "", "Stockholm", "date.nearest"},
		{"calendar line", "Financial calendar\n\nQ3 results: 29 October 2025\nAnnual General Meeting: 14 May 2026, Oslo\nQ1 results: 6 May 2026\n",
			"2026-05-14", "", "Oslo", "date.nearest"},
		{"a venue line for all rows, below them", "Forthcoming committee meetings\n\nPlanning Committee - Tuesday 18 November 2025, 7pm\nLicensing Sub-Committee - Thursday 20 November 2025, 10am\n\nAll meetings are held in the Council Chamber, Civic Centre, Water Gardens unless stated otherwise.\n",
			"2025-11-18", "", "Council Chamber, Civic Centre, Water Gardens", "date.nearest"},
		{"a venue label for all rows, above a table with times", "Northmere Health Board - committee timetable\nVenue: Board Room, Northmere General Hospital, Fenby (all meetings)\n\nDate | Time | Committee\n10 December 2025 | 10:00 | Clinical Governance Committee\n17 December 2025 | 14:00 | Finance and Performance Committee\n",
			"2025-12-10", "", "Board Room, Northmere General Hospital, Fenby", "listing.day-heading"},
		{"a day, a time, a committee and its room", "Scrutiny meetings in November\n\nMonday 10 November 2025, 10:00 - Health Scrutiny Committee, Room 4.12, Bishopsgate House\nThursday 13 November 2025, 18:30 - Housing Scrutiny Panel, Council Chamber, City Hall\n",
			"2025-11-10", "", "Room 4.12, Bishopsgate House", "listing.day-heading"},
		{"a week's weekday headings", "ENGAGEMENTS\nWeek commencing Monday 17 November 2025\n\nMonday\n11:00 Cabinet\n\nTuesday\n16:00 Bilateral with the Prime Minister of Norway, 10 Downing Street\n",
			"2025-11-17", "", "", "listing.day-heading"},
		{"a week ahead's weekday lines", "Government week ahead\n\nMonday: Cabinet, Government Buildings.\nWednesday: Minister publishes the Fiscal Monitor.\nThursday: North South Ministerial Council plenary, Armagh.\n",
			"2025-11-10", "", "Government Buildings", "listing.day-heading"},
		{"a record's date-and-time label", "LAKEVIEW UNIFIED SCHOOL DISTRICT\nRegular Meeting of the Board of Education\nDate and time: Thursday, November 13, 2025 at 6:00 p.m.\nLocation: District Office Board Room, 500 Shore Drive\n\nThe public is invited to attend.\n",
			"2025-11-13", "", "District Office Board Room, 500 Shore Drive", "listing.day-heading"},
		{"a body's days on its line", "Meeting dates 2026\n\nFull Parish Council: 14 January, 11 March, 13 May\nPlanning Committee: 28 January, 25 February\n",
			"2026-01-14", "", "", "date.nearest"},
		{"a run of day headings after a colon", "The Monetary Policy Committee will meet on the following dates in 2026:\n\nThursday, 29 January\nThursday, 12 March\n",
			"2026-01-29", "", "", "listing.date-list"},
		{"a company diary's AGM lines", "UK COMPANY DIARY\n\nTuesday 11 November\nCorran Foods - Q1 trading statement.\nMarks Vale plc - AGM, Leeds.\n\nWednesday 12 November\nBrightwater Utilities - EGM, London.\n",
			"2025-11-11", "", "Leeds", "listing.day-heading"},
		{"a hearing's record, its time no day", "Senate Committee on Transportation\n\nHearing: Oversight of the Port Authority's capital plan\nWhen: Tuesday, November 11, 2025, 10:00 a.m.\nWhere: Hearing Room 4, Legislative Office Building\n",
			"2025-11-11", "", "Hearing Room 4, Legislative Office Building", "listing.day-heading"},
		{"minutes' Held line", "Riverside Branch, National Education Union\nMinutes of branch meeting\nHeld: Tuesday 4 November 2025, 5pm, Room B14, Riverside Academy\n\n1. Minutes of the last meeting were approved.\n",
			"2025-11-04", "", "Room B14, Riverside Academy", "listing.day-heading"},
		{"a timetable for a day, its times ranges in columns", "Minister of Economy - timetable for Tuesday, 11 November 2025\n\nTime | Engagement | Venue\n10:00-11:00 | Meeting with the Ambassador of Brazil | Ministry, Room 301\n12:30-13:30 | Lunch with journalists | Ministry\n",
			"2025-11-11", "", "Ministry, Room 301", "listing.day-heading"},
		{"a calendar's dotted dates", "Financial calendar 2026\n\n12.02.2026  Fourth quarter 2025 results\n23.04.2026  Annual General Meeting\n07.05.2026  First quarter 2026 results\n",
			"2026-04-23", "", "", "listing.day-heading"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, ex := Explain(reading.Of(ingest.FromText("", c.text, pub, ingest.Options{Now: pub})))
			if len(r.Meetings) == 0 {
				t.Fatalf("no meeting in %q", c.text)
			}
			m := r.Meetings[0]
			if c.name == "a body's name alone" || c.name == "a list of dates" || c.name == "a diary's timed lines, one item each" || c.name == "a committee's notice blocks" || c.name == "minutes' next meeting" {
				if len(r.Meetings) != 2 {
					t.Errorf("got %d meetings, want 2: %+v", len(r.Meetings), r.Meetings)
				}
			}
			if c.name == "a committee's notice blocks" && (len(r.Meetings) < 2 || r.Meetings[1].Date != "2025-11-13" || r.Meetings[1].Place != "Room 225-A, West Block" || len(m.Participants) != 1 || m.Participants[0] != "Standing Committee on Finance") {
				t.Errorf("the second block or the notice's body is lost: %+v", r.Meetings)
			}
			if c.name == "a record's date-and-time label" && (len(m.Participants) != 1 || !strings.Contains(m.Participants[0], "Education")) {
				t.Errorf("participants %q, want the board on the record's title", m.Participants)
			}
			if c.name == "a day, a time, a committee and its room" && len(r.Meetings) != 2 {
				t.Errorf("got %d meetings, want 2 (the title \"Scrutiny meetings\" is none): %+v", len(r.Meetings), r.Meetings)
			}
			if c.name == "a body's days on its line" && (len(r.Meetings) != 5 || m.Participants[0] != "Full Parish Council") {
				t.Errorf("want 5 meetings, the first the Full Parish Council's: %+v", r.Meetings)
			}
			if c.name == "a run of day headings after a colon" && (len(r.Meetings) != 2 || r.Meetings[1].Date != "2026-03-12") {
				t.Errorf("want 2 meetings, the second on 2026-03-12: %+v", r.Meetings)
			}
			if c.name == "a company diary's AGM lines" && (len(r.Meetings) != 2 || !strings.HasPrefix(m.Participants[0], "Marks Vale") || r.Meetings[1].Place != "London" || r.Meetings[1].Participants[0] != "Brightwater Utilities") {
				t.Errorf("want the two companies' meetings, no place from a company's name: %+v", r.Meetings)
			}
			if c.name == "a hearing's record, its time no day" && (len(m.Participants) != 1 || m.Participants[0] != "Senate Committee on Transportation") {
				t.Errorf("participants %q, want the notice's committee", m.Participants)
			}
			if c.name == "a week's weekday headings" && (len(r.Meetings) != 2 || r.Meetings[1].Date != "2025-11-18" || r.Meetings[1].Place != "10 Downing Street") {
				t.Errorf("the bilateral is lost or misdated: %+v", r.Meetings)
			}
			if c.name == "a week ahead's weekday lines" && (len(r.Meetings) != 2 || r.Meetings[1].Date != "2025-11-13" || r.Meetings[1].Place != "Armagh") {
				t.Errorf("the council's plenary is lost or misdated: %+v", r.Meetings)
			}
			if c.name == "minutes' next meeting" && len(r.Meetings) == 2 && (r.Meetings[1].Date != "2025-12-10" || r.Meetings[1].Place != "Town Hall") {
				t.Errorf("the next meeting is %s at %q, want 2025-12-10 at the Town Hall", r.Meetings[1].Date, r.Meetings[1].Place)
			}
			if c.name == "a venue line under the last heading, a row's room in it" && len(r.Meetings) != 2 {
				t.Errorf("got %d meetings, want 2 (the venue line is none): %+v", len(r.Meetings), r.Meetings)
			}
			if c.name == "a body's name the names split at its and" && (len(r.Meetings) != 1 || !slices.Contains(r.Meetings[0].Participants, "Senate Committee on Ways and Means")) {
				t.Errorf("want one meeting of the Senate Committee on Ways and Means: %+v", r.Meetings)
			}
			if c.name == "a notice's date over prose" && len(r.Meetings) != 1 {
				t.Errorf("got %d meetings, want 1 (\"after the meeting\" is the same one): %+v", len(r.Meetings), r.Meetings)
			}
			if m.Date != c.date || m.EndDate != c.end || m.Place != c.place {
				t.Errorf("got %s to %q at %q, want %s to %q at %q (%+v)", m.Date, m.EndDate, m.Place, c.date, c.end, c.place, m)
			}
			rule := Rule("")
			for _, st := range ex[0].Steps {
				if st.Field == FieldDate {
					rule = st.Rule
				}
			}
			if string(rule) != c.dateRule {
				t.Errorf("date by rule %q, want %q", rule, c.dateRule)
			}
			for _, p := range m.Participants {
				switch p {
				case "MON", "WED", "SUN", "THU", "Tue", "Monday", "Date", "Approval", "Statement", "Online", "Location", "Oral", "Financial Stability Report", "Grimond Room", "Time", "Civic Centre", "Financial", "Subject", c.place:
					t.Errorf("participant %q: a heading, label or place", p)
				}
			}
		})
	}
}

// TestListingNotProse: prose with a date and a dash is not a listing, and
// a hard-wrapped wire paragraph keeps its one sentence.
func TestListingNotProse(t *testing.T) {
	pub := time.Date(1987, 3, 9, 0, 0, 0, 0, time.UTC)
	text := "BONN, March 9 - West German Finance Minister Gerhard Stoltenberg\nwill meet French Finance Minister Edouard Balladur in Paris on\nWednesday, officials said.\n"
	r := OfText(text, pub, pub)
	if len(r.Meetings) != 1 || r.Meetings[0].Date != "1987-03-11" || r.Meetings[0].Place != "Paris" {
		t.Fatalf("got %+v", r.Meetings)
	}
}
