package meetings

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// TestNumberedGroupAfterDateline: "Group of 20" is one name, and the word
// that opens the story after its dateline ("Finance ministers ...") is not
// taken for a name because it is capitalised.
func TestNumberedGroupAfterDateline(t *testing.T) {
	text := "JOHANNESBURG, Feb 18 (Reuters) - Finance ministers and central bank governors of the Group of 20 " +
		"will meet in Johannesburg on February 26-27, South Africa's Treasury said on Tuesday."
	ms := Extract(text, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), briefs.Dateline{}).Meetings
	if len(ms) != 1 {
		t.Fatalf("got %d meetings, want 1: %+v", len(ms), ms)
	}
	m := ms[0]
	if !strings.Contains(m.Title, "Group of 20") || m.Date != "2025-02-26" || m.EndDate != "2025-02-27" || m.Place != "Johannesburg" {
		t.Errorf("meeting = %q %s..%s at %q; want a Group of 20 title, 2025-02-26..27, Johannesburg", m.Title, m.Date, m.EndDate, m.Place)
	}
	if !slices.Contains(m.Participants, "Group of 20") || slices.Contains(m.Participants, "Finance") || slices.Contains(m.Participants, "Group") {
		t.Errorf("participants = %q, want Group of 20 and neither Finance nor a bare Group", m.Participants)
	}
}
