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
