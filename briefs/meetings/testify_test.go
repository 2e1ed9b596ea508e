package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestTestifiesAfterTopic: a witness who testifies on a topic before a
// named committee, or briefs one, tells of the committee's hearing
// (head.testifies-before); briefing reporters is no hearing.
func TestTestifiesAfterTopic(t *testing.T) {
	for _, c := range []struct {
		name, pub, text, date string
		parties               []string
	}{
		{"testify on a topic before", "1987-03-24", "WASHINGTON, March 24 - Federal Reserve Board Chairman Paul Volcker will testify on the dollar and the trade deficit before the Senate Banking Committee on Thursday, committee aides said.", "1987-03-26", []string{"Paul Volcker", "Senate Banking Committee"}},
		{"testify on a day before", "2025-04-28", "WASHINGTON (AP) — The heads of the three largest U.S. railroads will testify Wednesday before the House Transportation Committee, its chairman said Monday.", "2025-04-30", []string{"House Transportation Committee"}},
		{"brief a committee", "2025-02-12", "New Delhi, Feb 12 (IANS) Defence Secretary Rajesh Kumar Singh will brief the Parliamentary Standing Committee on Defence on the progress of fighter jet programmes on Friday, officials said.", "2025-02-14", []string{"Rajesh Kumar Singh", "Parliamentary Standing Committee on Defence"}},
		{"brief reporters", "2025-02-12", "New Delhi, Feb 12 (IANS) Defence Secretary Rajesh Kumar Singh will brief reporters on the programme on Friday.", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
			if c.date == "" {
				if len(ms) != 0 {
					t.Errorf("meetings %s, want none", meetingList(ms))
				}
				return
			}
			if len(ms) != 1 || ms[0].Date != c.date {
				t.Fatalf("meetings %s, want one on %s", meetingList(ms), c.date)
			}
			checkLastParties(t, c.text, c.parties)
		})
	}
}

// TestHearingAfterCommittee: a named committee further back in the clause
// holds the hearing ("The House Transportation and Infrastructure Committee
// grilled the agency's acting administrator on Thursday at a hearing").
func TestHearingAfterCommittee(t *testing.T) {
	ms := Scheduled(Extract("WASHINGTON, March 10 - The House Transportation and Infrastructure Committee grilled the agency's acting administrator on Thursday at a hearing on controller staffing.", day("2025-03-10"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || ms[0].Date != "2025-03-06" {
		t.Errorf("meetings %s, want the committee's hearing on 2025-03-06", meetingList(ms))
	}
}

// TestFacesQuestions: a witness who "will face questions from senators"
// tells of a hearing; a company facing its investors' questions does not.
func TestFacesQuestions(t *testing.T) {
	ms := Scheduled(Extract("WASHINGTON, March 10 - The president's pick to run the Federal Aviation Administration will face questions from senators Wednesday about near-collisions.", day("2025-03-10"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || ms[0].Date != "2025-03-12" {
		t.Errorf("meetings %s, want a hearing on 2025-03-12", meetingList(ms))
	}
	if ms := Scheduled(Extract("LONDON, March 10 - The company faces questions from investors on Friday.", day("2025-03-10"), briefs.Dateline{}).Meetings); len(ms) != 0 {
		t.Errorf("meetings %s, want none", meetingList(ms))
	}
}
