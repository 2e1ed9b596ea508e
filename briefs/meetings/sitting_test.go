package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestSittingRoundtable: a body's sitting, a roundtable and a council's
// hearing are meetings; a participle "sitting" and a court's hearing are none. The pieces of a law's name split by
// brackets are no parties (names.go bracketedLaw).
func TestSittingRoundtable(t *testing.T) {
	for _, c := range []struct{ name, text, date string }{
		{"its next sitting", "New Delhi, Nov 4 (PTI) The Joint Parliamentary Committee examining the Waqf (Amendment) Bill will hold its next sitting on Tuesday, officials said.", "2024-11-05"},
		{"a special sitting", "OTTAWA, Nov 4 - The Senate will hold a special sitting on Friday.", "2024-11-08"},
		{"a roundtable", "CANBERRA, Nov 4 - The trade minister will host a roundtable with Australian businesses on Friday.", "2024-11-08"},
		{"sitting on the board", "LONDON, Nov 4 - The chairman, sitting on the board since Friday, resigned.", ""},
		{"a council's public hearing", "AUCKLAND, Nov 4 (AP) — Auckland Council's Governing Body will hold a public hearing on Thursday on a proposal to raise water charges.", "2024-11-07"},
		{"a court hearing", "LONDON, Nov 4 - The council's decision followed a court hearing on Thursday.", ""},
	} {
		t.Run(c.name, func(t *testing.T) { checkOneMeetingOn(t, "2024-11-04", c.text, c.date) })
	}
	checkLastParties(t, "New Delhi, Nov 4 (PTI) The Joint Parliamentary Committee examining the Waqf (Amendment) Bill will hold its next sitting on Tuesday.", []string{"Joint Parliamentary Committee"})
}

// TestCueOfOther: a cancelling participle said of another noun leaves the
// sentence's meeting standing (mention.go cueOfOther); said of the meeting
// it does not.
func TestCueOfOther(t *testing.T) {
	for _, c := range []struct{ name, text, date string }{
		{"quotas suspended", "NAIROBI, Sept 15 - The ICO council session opens on September 28 and will try to restore quotas suspended in February 1986.", "1987-09-28"},
		{"quotas, which were suspended", "NAIROBI, Sept 15 - The ICO council session opens on September 28 and will try to restore export quotas, which were suspended in February 1986.", "1987-09-28"},
		{"the talks were suspended", "NAIROBI, Sept 15 - The talks were suspended on Monday.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Scheduled(Extract(c.text, day("1987-09-15"), briefs.Dateline{}).Meetings)
			if c.date == "" && len(ms) > 0 || c.date != "" && (len(ms) != 1 || ms[0].Date != c.date) {
				t.Errorf("meetings %s, want %q", meetingList(ms), c.date)
			}
		})
	}
}

// TestPreviousDated: "its previous meeting on 26 February 2025" and "the
// previous mediated session, on 21 September" are dated meetings, the day
// written before its month.
func TestPreviousDated(t *testing.T) {
	for _, c := range []struct{ name, pub, text, date string }{
		{"previous meeting, day before month", "2025-04-30", "BANGKOK, 30 April 2025 - The Monetary Policy Committee of the Bank of Thailand met today. At its previous meeting on 26 February 2025, the Committee had reduced the policy rate.", "2025-02-26"},
		{"previous mediated session", "2023-10-03", "TORONTO, Oct 3 - The previous mediated session, on 21 September, ended without agreement after the employer tabled a wage offer.", "2023-09-21"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
			for _, m := range ms {
				if m.Date == c.date {
					return
				}
			}
			t.Errorf("meetings %s, want one on %s", meetingList(ms), c.date)
		})
	}
}

// TestCompanyNotice: in a company's notice, "the Board of Directors at its
// meeting" is the company's (clusterparties.go storyCompany), "(Incorporated
// in Malaysia)" names no party, and "the Record of Depositors as at 5 June"
// dates no meeting (assign.go recordDate).
func TestCompanyNotice(t *testing.T) {
	text := "SERAYA PLANTATIONS BERHAD\n(Incorporated in Malaysia)\n\nNOTICE OF ANNUAL GENERAL MEETING\n\nNOTICE IS HEREBY GIVEN THAT the Annual General Meeting of Seraya Plantations Berhad will be held at Menara Seraya, Kuala Lumpur on Thursday, 12 June 2025 at 10.00 a.m.\n\n1. To approve a final dividend as recommended by the Board of Directors at its meeting held on 24 February 2025.\n\nOnly members whose names appear in the General Meeting Record of Depositors as at 5 June 2025 shall be entitled to attend and vote at the meeting."
	ms := Scheduled(Extract(text, day("2025-05-01"), briefs.Dateline{}).Meetings)
	if len(ms) != 2 {
		t.Fatalf("meetings %s, want the AGM and the board's", meetingList(ms))
	}
	for _, m := range ms {
		if len(m.Participants) != 1 || !strings.EqualFold(m.Participants[0], "Seraya Plantations Berhad") {
			t.Errorf("%s on %s: participants %q, want the company", m.Title, m.Date, m.Participants)
		}
	}
}

// TestOpeningOnDate: "for a conference opening on Thursday" is dated by its
// opening day, not by the arrival's "today" nearer to the noun.
func TestOpeningOnDate(t *testing.T) {
	ms := Scheduled(Extract("VIENNA, June 22 - OPEC oil ministers began arriving here today for a conference opening on Thursday, delegates said.", day("1987-06-22"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || ms[0].Date != "1987-06-25" {
		t.Errorf("meetings %s, want the conference on 1987-06-25", meetingList(ms))
	}
}

// TestNumberedMeeting: "Meeting No. 158 - Tuesday, October 8, 2024" on one
// line is a committee's meeting on that day; the notice's labels ("Orders
// of the Day", "Witnesses") name no party.
func TestNumberedMeeting(t *testing.T) {
	text := "Standing Committee on Finance\n\nMeeting No. 158 - Tuesday, October 8, 2024, 3:30 p.m. to 5:30 p.m.\nRoom 415, Wellington Building, 197 Sparks Street\nTelevised\n\nOrders of the Day\nStudy of the Monetary Policy Report\n"
	ms := Scheduled(Extract(text, day("2024-10-04"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || ms[0].Date != "2024-10-08" {
		t.Fatalf("meetings %s, want one on 2024-10-08", meetingList(ms))
	}
	if len(ms[0].Participants) != 1 || ms[0].Participants[0] != "Standing Committee on Finance" {
		t.Errorf("participants %q, want the committee of the notice's heading, no label", ms[0].Participants)
	}
}

// TestParenAcronymNoPlace: an initialism in brackets closing a diary's
// line is the name's short form, not the line's place; a city in brackets
// is one.
func TestParenAcronymNoPlace(t *testing.T) {
	text := "ITINERARY\n\nFriday, November 15, 2024\n\n10:00 a.m.  The Prime Minister will participate in the APEC Leaders' Dialogue with the APEC Business Advisory Council (ABAC).\nLima Convention Centre\n"
	ms := Scheduled(Extract(text, day("2024-11-14"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || ms[0].Place == "ABAC" {
		t.Errorf("meetings %s, want one, not placed at ABAC", meetingList(ms))
	}
}

// checkOneMeetingOn checks that text, published on pub, tells one scheduled
// meeting on date, or none when date is "".
func checkOneMeetingOn(t *testing.T, pub, text, date string) {
	t.Helper()
	ms := Scheduled(Extract(text, day(pub), briefs.Dateline{}).Meetings)
	if date == "" {
		if len(ms) > 0 {
			t.Errorf("meetings %s, want none", meetingList(ms))
		}
		return
	}
	if len(ms) != 1 || ms[0].Date != date {
		t.Errorf("meetings %s, want one on %s", meetingList(ms), date)
	}
}
