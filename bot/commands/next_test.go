package commands

import (
	"testing"
	"time"
)

func TestCountdown(t *testing.T) {
	ist := time.FixedZone("IST", 5*3600+1800)
	now := time.Date(2025, 12, 4, 9, 0, 0, 0, ist)
	tests := []struct {
		at    time.Time
		timed bool
		want  string
	}{
		{time.Date(2025, 12, 4, 9, 45, 0, 0, ist), true, "In 45 minutes"},
		{time.Date(2025, 12, 4, 12, 20, 0, 0, ist), true, "In 3 hours, 20 minutes"},
		{time.Date(2025, 12, 6, 12, 0, 0, 0, ist), true, "In 2 days, 3 hours"},
		{time.Date(2025, 12, 5, 9, 0, 0, 0, ist), true, "In 1 day"},
		{time.Date(2025, 12, 4, 9, 0, 0, 0, ist), false, "Today"},
		{time.Date(2025, 12, 5, 9, 0, 0, 0, ist), false, "Tomorrow"},
		{time.Date(2025, 12, 16, 9, 0, 0, 0, time.UTC), false, "In 12 days"},
	}
	for _, tt := range tests {
		if got := Countdown(tt.at, tt.timed, now); got != tt.want {
			t.Errorf("Countdown(%s, %v) = %q, want %q", tt.at.Format(time.DateTime), tt.timed, got, tt.want)
		}
	}
}
