package meetings

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func TestKeySubset(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"22nd-ministerial", "22nd-commission-indiarussia-irigc-ministerial", true},
		{"22nd-commission-indiarussia-irigc-ministerial", "22nd-ministerial", true},
		{"opec-ministerial", "opec-ministerial", true},
		{"ministerial", "opec-ministerial", false}, // one word says too little
		{"21st-ministerial", "22nd-ministerial-commission", false},
		{"ec-farm-ministers", "ec-finance-ministers", false},
	}
	for _, tt := range tests {
		if got := keySubset(tt.a, tt.b); got != tt.want {
			t.Errorf("keySubset(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSameNumbered(t *testing.T) {
	m := func(key, place string) briefs.Meeting { return briefs.Meeting{Key: key, Place: place} }
	tests := []struct {
		a, b briefs.Meeting
		want bool
	}{
		{m("22nd-irigc-m-ministerial-mtc", "Manekshaw Centre, New Delhi"), m("22nd-commission-governmental-india-inter-ministerial-russia", "Manekshaw Centre, New Delhi"), true},
		{m("22nd-irigc-ministerial", ""), m("22nd-commission-ministerial", "New Delhi"), true},
		{m("22nd-irigc-ministerial", "Moscow"), m("22nd-commission-ministerial", "New Delhi"), false},
		{m("21st-irigc-ministerial", ""), m("22nd-irigc-ministerial", ""), false},
		{m("22nd-irigc", ""), m("22nd-summit", ""), false}, // only the ordinal in common
		{m("g7-summit", ""), m("g7-finance-ministers", ""), false},
	}
	for _, tt := range tests {
		if got := sameNumbered(tt.a.Key, tt.b.Key, tt.a.Place, tt.b.Place); got != tt.want {
			t.Errorf("sameNumbered(%q, %q) = %v, want %v", tt.a.Key, tt.b.Key, got, tt.want)
		}
	}
	for w, want := range map[string]bool{"22nd": true, "1st": true, "3rd": true, "5th": true, "nd": false, "g7": false, "22": false} {
		if isOrdinal(w) != want {
			t.Errorf("isOrdinal(%q) = %v", w, !want)
		}
	}
}

// TestSameOnSampleBriefs extracts the two sample briefs that report the
// 22nd IRIGC meeting in different words and checks Same joins those
// reports and nothing else.
func TestSameOnSampleBriefs(t *testing.T) {
	extract := func(name string) []briefs.Meeting {
		data, err := os.ReadFile(filepath.Join("..", "samples", "briefs", name))
		if err != nil {
			t.Fatal(err)
		}
		return Extract(string(data), time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC), briefs.Dateline{}).Meetings
	}
	ians, pti := extract("01-india-russia-irigc.txt"), extract("02-belousov-arrives.txt")
	var joined int
	for _, a := range ians {
		for _, b := range pti {
			if a.Date == b.Date && Same(a, b) {
				joined++
				if a.Date != "2025-12-04" {
					t.Errorf("joined %q and %q on %s, want only the 22nd meeting of 2025-12-04", a.Title, b.Title, a.Date)
				}
			}
		}
	}
	if joined != 1 {
		t.Errorf("Same joined %d pairs of the two reports, want 1 (the 22nd meeting)\nIANS: %+v\nPTI: %+v", joined, ians, pti)
	}
}

// TestKeyGenericNeverJoins checks the false merges generic keys made: two
// boards meeting on different days, talks in two capitals, became one
// "rescheduled" meeting because their keys were "board-meeting" and
// "talks". A key that names a body still leaves the date out, so a
// reschedule is noticed.
func TestKeyGenericNeverJoins(t *testing.T) {
	m := func(title, date, place string, people ...string) briefs.Meeting {
		return briefs.Meeting{Title: title, Date: date, Place: place, Participants: people}
	}
	tests := []struct {
		name string
		a, b briefs.Meeting
		same bool // equal keys
	}{
		{"two boards, 20 Nov and 15 Dec", m("board meeting", "2025-11-20", ""), m("Board meeting", "2025-12-15", ""), false},
		{"talks in two capitals on one day", m("talks", "2025-12-01", "London"), m("talks", "2025-12-01", "Paris"), false},
		{"generic meeting without a date", m("meeting", "", ""), m("meeting", "", ""), false},
		{"two ministerial sessions numbered alike", m("22nd ministerial session", "2025-12-04", ""), m("22nd ministerial session", "2026-03-01", ""), false},
		{"one generic meeting reported twice", m("board meeting", "2025-11-20", "London"), m("board meeting", "2025-11-20", "London"), true},
		{"a named body keeps its key across a reschedule", m("OPEC+ ministerial meeting", "2025-12-04", "Vienna"), m("OPEC+ ministerial meeting", "2025-12-10", "Vienna"), true},
		{"generic title, named participants", m("talks", "2025-12-01", "", "Rajnath Singh", "Andrei Belousov"), m("Talks", "2025-12-08", "", "Rajnath Singh", "Andrei Belousov"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := Key(tt.a), Key(tt.b)
			if got := ka != "" && ka == kb; got != tt.same {
				t.Errorf("keys %q and %q: equal = %v, want %v", ka, kb, got, tt.same)
			}
		})
	}
}

func TestSameGenericNeedsOnePlace(t *testing.T) {
	m := func(title, place string) briefs.Meeting {
		x := briefs.Meeting{Title: title, Date: "2025-11-20", Place: place}
		x.Key = Key(x)
		return x
	}
	tests := []struct {
		a, b briefs.Meeting
		want bool
	}{
		{m("board meeting", ""), m("Acme board meeting", ""), false},
		{m("board meeting", "London"), m("Acme board meeting", "Paris"), false},
		{m("board meeting", "London"), m("Acme board meeting", "London"), true},
		{m("Acme board meeting", ""), m("Acme annual board meeting", "London"), true},
	}
	for _, tt := range tests {
		if got := Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a.Key, tt.b.Key, got, tt.want)
		}
	}
}
