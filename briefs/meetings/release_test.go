package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestReleaseSchedule: a central bank's release with its place and date
// under the heading (ingest releaseLine) and a schedule of bare "Meeting N:"
// lines: each line is the heading bank's meeting (heading.go headingOrg,
// "Bank of X") and the committee's whose meetings the release announces
// (heading.go scheduleBody), held at home (seriesparties.go homeAgain).
func TestReleaseSchedule(t *testing.T) {
	text := "CENTRAL BANK OF LESOTHO\n\nPRESS RELEASE\nMaseru, 3 March 2026\n\nMONETARY POLICY COMMITTEE MEETING DATES\n\n" +
		"The Central Bank of Lesotho announces the dates of its Monetary Policy Committee meetings for the rest of 2026.\n\n" +
		"Meeting 1: 14-15 May 2026\nMeeting 2: 16-17 July 2026\nMeeting 3: 17-18 September 2026\n"
	ms := Extract(text, day("2026-03-03"), briefs.Dateline{}).Meetings
	if len(ms) != 3 {
		t.Fatalf("%d meetings, want 3: %s", len(ms), meetingList(ms))
	}
	for _, m := range ms {
		if m.Place != "Maseru" || partiesMatched(m.Participants, []string{"Central Bank of Lesotho", "Monetary Policy Committee"}) != 2 {
			t.Errorf("%s: place %q parties %q, want Maseru, the Central Bank of Lesotho and its Monetary Policy Committee", m.Date, m.Place, m.Participants)
		}
	}
}

// TestCouncilAgendaBodies: under a council's heading, the "Ordinary
// Council Meeting" an agenda names is the council's (heading.go
// headingNounMeeting), and "an Ordinary Meeting of Council" names a
// meeting, no body (blocks.go blockBody).
func TestCouncilAgendaBodies(t *testing.T) {
	text := "KESTREL BAY SHIRE COUNCIL\n\nAGENDA\n\nNotice is hereby given that an Ordinary Meeting of Council will be held on:\n\nDate: Tuesday, 10 March 2026\nVenue: Council Chambers, Shire Offices\n\n" +
		"ORDER OF BUSINESS\n\n1. Apologies\n2. Confirmation of minutes\n   2.1 Minutes of the Ordinary Council Meeting held on 10 February 2026\n3. General business\n"
	ms := Extract(text, day("2026-03-02"), briefs.Dateline{}).Meetings
	if len(ms) != 2 {
		t.Fatalf("%d meetings, want 2: %s", len(ms), meetingList(ms))
	}
	for _, m := range ms {
		for _, p := range m.Participants {
			if strings.Contains(strings.ToLower(p), "meeting") {
				t.Errorf("%s: party %q names a meeting", m.Date, p)
			}
		}
	}
	if last := ms[1]; partiesMatched(last.Participants, []string{"Kestrel Bay Shire Council"}) != 1 {
		t.Errorf("%s: parties %q, want the shire council", last.Date, last.Participants)
	}
}

// TestProgrammeParts: a programme's parallel and closing sessions are slots
// of the congress it programmes, not meetings; its steering committee's
// meeting is one (extract.go programmePart).
func TestProgrammeParts(t *testing.T) {
	text := "5th PACIFIC FISHERIES CONGRESS\n\nPROGRAMME\n\nTuesday 7 October 2025\n16.00-18.00  Meeting of the Congress Steering Committee - Hotel Tanoa, Nadi\n\n" +
		"Wednesday 8 October 2025\n10.30  Parallel sessions A1-A4\n\nThursday 9 October 2025\n12.30  Closing session and Nadi Declaration\n"
	ms := Extract(text, day("2025-09-15"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !strings.Contains(ms[0].Title, "Steering Committee") {
		t.Errorf("meetings %s, want only the steering committee's", meetingList(ms))
	}
}
