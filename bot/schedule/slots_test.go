package schedule_test

import (
	"testing"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
)

// nextN returns the n slots of spec in zone after from, as RFC 3339 in the zone.
func nextN(t *testing.T, spec, zone string, from time.Time, n int) []string {
	t.Helper()
	loc := mustZone(t, zone)
	s, err := schedule.New(schedule.Options{
		Destinations: []schedule.Destination{{Name: "d", To: bot.Destination{Platform: bot.Console}, Spec: spec, Loc: loc}},
		Senders:      map[bot.Platform]bot.Sender{bot.Console: &recorder{}},
		Claims:       newClaims(), Composer: &composer{}, Clock: newClock(from),
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	at := from
	for range n {
		next, err := s.Next("d", at)
		if err != nil {
			t.Fatal(err)
		}
		if !next.After(at) {
			t.Fatalf("Next(%v) = %v, not after it", at, next)
		}
		if next.Location() != loc {
			t.Errorf("Next(%v) is in %v, want %v", at, next.Location(), loc)
		}
		out = append(out, next.Format(time.RFC3339))
		at = next
	}
	return out
}

func TestNext(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	tests := []struct {
		name, spec, zone string
		from             time.Time
		want             []string
	}{
		{"spring forward: 02:30 posted at 03:00 on the day it does not exist", "30 2 * * *", "America/New_York",
			time.Date(2025, 3, 8, 0, 0, 0, 0, ny),
			[]string{"2025-03-08T02:30:00-05:00", "2025-03-09T03:00:00-04:00", "2025-03-10T02:30:00-04:00"}},
		{"fall back: 01:30 posted once, at its first occurrence", "30 1 * * *", "America/New_York",
			time.Date(2025, 11, 1, 0, 0, 0, 0, ny),
			[]string{"2025-11-01T01:30:00-04:00", "2025-11-02T01:30:00-04:00", "2025-11-03T01:30:00-05:00"}},
		{"fall back: from inside the repeated hour, after 01:30 EDT", "30 1 * * *", "America/New_York",
			time.Date(2025, 11, 2, 6, 10, 0, 0, time.UTC), // 01:10 EST, the second 01:10
			[]string{"2025-11-03T01:30:00-05:00"}},
		{"hourly across spring forward: 02:00 and 03:00 are one slot", "0 * * * *", "America/New_York",
			time.Date(2025, 3, 9, 0, 30, 0, 0, ny),
			[]string{"2025-03-09T01:00:00-05:00", "2025-03-09T03:00:00-04:00", "2025-03-09T04:00:00-04:00"}},
		{"hourly across fall back: one slot per wall-clock hour", "0 * * * *", "America/New_York",
			time.Date(2025, 11, 2, 0, 30, 0, 0, ny),
			[]string{"2025-11-02T01:00:00-04:00", "2025-11-02T02:00:00-05:00", "2025-11-02T03:00:00-05:00"}},
		{"weekdays at 08:00 in Kolkata", "0 8 * * 1-5", "Asia/Kolkata",
			time.Date(2025, 12, 5, 9, 0, 0, 0, mustZone(t, "Asia/Kolkata")), // a Friday, after 08:00
			[]string{"2025-12-08T08:00:00+05:30", "2025-12-09T08:00:00+05:30"}},
		{"@daily is midnight in the zone", "@daily", "Europe/Berlin",
			time.Date(2025, 3, 29, 12, 0, 0, 0, time.UTC),
			[]string{"2025-03-30T00:00:00+01:00", "2025-03-31T00:00:00+02:00"}},
		{"@every is aligned to the zero time, not to the start", "@every 90m", "UTC",
			time.Date(2025, 1, 1, 0, 7, 13, 5, time.UTC),
			[]string{"2025-01-01T01:30:00Z", "2025-01-01T03:00:00Z"}},
		{"Lord Howe: a half-hour gap", "15 2 * * *", "Australia/Lord_Howe",
			time.Date(2025, 10, 4, 12, 0, 0, 0, time.UTC), // 2025-10-05 02:00 becomes 02:30
			[]string{"2025-10-05T02:30:00+11:00", "2025-10-06T02:15:00+11:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nextN(t, tt.spec, tt.zone, tt.from, len(tt.want))
			for i := range tt.want {
				if got[i] != tt.want[i] {
					t.Errorf("slot %d = %s, want %s (all: %v)", i, got[i], tt.want[i], got)
				}
			}
		})
	}
}

// TestRobfigDSTBug pins the robfig/cron behaviour the scheduler works
// around. If it fails, robfig was fixed and the workaround can go.
func TestRobfigDSTBug(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	run := func(spec string, from time.Time, n int) []string {
		s, err := cron.ParseStandard(spec)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for range n {
			from = s.Next(from)
			out = append(out, from.Format(time.RFC3339))
		}
		return out
	}
	skipped := run("30 2 * * *", time.Date(2025, 3, 8, 0, 0, 0, 0, ny), 2)
	if want := []string{"2025-03-08T02:30:00-05:00", "2025-03-10T02:30:00-04:00"}; skipped[1] != want[1] {
		t.Errorf("robfig spring forward: %v, want it to skip 2025-03-09 as %v", skipped, want)
	}
	twice := run("30 1 * * *", time.Date(2025, 11, 2, 0, 0, 0, 0, ny), 2)
	if want := []string{"2025-11-02T01:30:00-04:00", "2025-11-02T01:30:00-05:00"}; twice[0] != want[0] || twice[1] != want[1] {
		t.Errorf("robfig fall back: %v, want it to fire twice as %v", twice, want)
	}
}

func TestNextSlotAcrossSpringForward(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	// 02:30 does not exist on 2025-03-09 in New York: the slot is 03:00 EDT.
	got, err := schedule.NextSlot("30 2 * * *", ny, time.Date(2025, 3, 9, 0, 0, 0, 0, ny))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2025, 3, 9, 3, 0, 0, 0, ny); !got.Equal(want) {
		t.Errorf("NextSlot = %v, want %v", got, want)
	}
	if _, err := schedule.NextSlot("61 * * * *", ny, got); err == nil {
		t.Error("bad spec accepted")
	}
}
