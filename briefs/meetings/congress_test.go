package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestCongressCaucusSession: a numbered or an extraordinary congress, a
// party's congress and a caucus one side holds are meetings; a legislature
// named Congress is none, and stays a party. A body's first substantive or
// ordinary session is one too (mention.go).
func TestCongressCaucusSession(t *testing.T) {
	for _, c := range []struct{ name, text, date string }{
		{"a numbered congress", "KUALA LUMPUR, May 4 - The 35th AFC Congress will be held in Kuala Lumpur on May 20, the confederation said.", "2026-05-20"},
		{"an extraordinary congress", "ZURICH, May 4 - The European Handball Federation will hold an extraordinary congress in Vienna on Saturday.", "2026-05-09"},
		{"a party congress", "ATHENS, May 4 - The ruling party will hold a party congress on Sunday to elect a new leader.", "2026-05-10"},
		{"a caucus", "LONDON, May 4 - Producers would hold a separate caucus tomorrow before the council resumes, a delegate said.", "2026-05-05"},
		{"a first substantive session", "GENEVA, May 4 - The negotiating group on services began its first substantive session here today.", "2026-05-04"},
		{"an ordinary session", "TOKYO, May 4 - The Diet convened a 150-day ordinary session on Friday.", "2026-05-01"},
		{"a legislature", "WASHINGTON, May 4 - Congress passed the spending bill on Friday.", ""},
		{"a legislature's vote", "MANILA, May 4 - The new Philippine Congress voted on Friday to approve the budget.", ""},
	} {
		t.Run(c.name, func(t *testing.T) { checkOneMeetingOn(t, "2026-05-04", c.text, c.date) })
	}
	checkLastParties(t, "MANILA, July 20 - The new Philippine Congress will convene in regular session on July 27, officials said.", []string{"Philippine Congress"})
}

// TestForumChamberBodies: a forum, a chamber, a confederation and an
// alliance are organisations, so a meeting named after one has it for a
// party (lexicon.go orgWords).
func TestForumChamberBodies(t *testing.T) {
	checkLastParties(t, "APIA, Aug 2 - Pacific Islands Forum leaders will gather in the Solomon Islands capital next week for their annual meeting.", []string{"Pacific Islands Forum"})
	checkLastParties(t, "CAIRO, Aug 2 - The Africa Business Alliance summit will open in Cairo on August 26, officials said.", []string{"Africa Business Alliance"})
}

// TestBilateralBody: a bilateral body among the parties stands for its two
// countries, under its initialism too (bilateral.go).
func TestBilateralBody(t *testing.T) {
	checkLastParties(t, "NEW DELHI, Jan 14 - The India-Bhutan Joint Commission is expected to meet in Thimphu next month.", []string{"India", "Bhutan"})
	text := "ACCRA, May 30 - The Minister will co-chair the 4th Session of the Ghana-Togo Permanent Joint Commission for Cooperation (PJCC) in Lome on 3 June 2025.\n\nThe 3rd Session of the PJCC was held in Accra in October 2022."
	checkLastParties(t, text, []string{"Ghana", "Togo"})
	ms := Extract(text, day("2025-05-30"), briefs.Dateline{}).Meetings
	if got := strings.Join(ms[len(ms)-1].Participants, ";"); got != "Ghana;Togo" {
		t.Errorf("the initialism's session: parties %q, want the countries as names (Ghana;Togo)", got)
	}
}

// TestBuildingAndLabelNoParty: a building's name and a lone party label
// name no party (clusterparties.go venueOrWaters, loneRole).
func TestBuildingAndLabelNoParty(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"CHICAGO, April 28 - The airline chiefs met privately with Transportation Secretary Dana Ruiz at Midway International Airport last Thursday.", []string{"Dana Ruiz"}},
		{"PROGRAMME\n\nTuesday 7 October 2025\n16.00-18.00  Meeting of the Lima Mining Steering Committee (closed) - Hotel Miraflores Park, Lima\n", []string{"Lima Mining Steering Committee"}},
		{"WASHINGTON, April 28 - Energy nominee Laura Kemp will meet the committee's top Democrat on Tuesday.", []string{"Laura Kemp"}},
	} {
		ms := Extract(c.text, day("2025-04-28"), briefs.Dateline{}).Meetings
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if m := ms[len(ms)-1]; partiesMatched(m.Participants, c.want) < len(c.want) || len(m.Participants) > len(c.want) {
			t.Errorf("%q: participants %q, want %q", c.text, m.Participants, c.want)
		}
	}
}
