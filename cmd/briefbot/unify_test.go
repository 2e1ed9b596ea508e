package main

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestSameMeeting(t *testing.T) {
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
		if got := sameMeeting(tt.a, tt.b); got != tt.want {
			t.Errorf("sameMeeting(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
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
