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
		if got := sameNumbered(tt.a, tt.b); got != tt.want {
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
