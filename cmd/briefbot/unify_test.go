package main

import "testing"

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
