package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// matrixNows are the "nows" the date-sensitive paths are checked at: a leap
// day, the last minutes of a year, the first of the next, the day Europe
// moves its clocks forward, the day the US moves them back, and, when CI sets
// BRIEFBOT_TEST_NOW (RFC 3339), the real time of the run — so no answer is
// right for only one year.
func matrixNows(t *testing.T) map[string]time.Time {
	nows := map[string]time.Time{
		"leap day":      time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC),
		"31 December":   time.Date(2025, 12, 31, 23, 30, 0, 0, time.UTC),
		"1 January":     time.Date(2026, 1, 1, 0, 30, 0, 0, time.UTC),
		"EU DST starts": time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC),
		"US DST ends":   time.Date(2026, 11, 1, 6, 30, 0, 0, time.UTC),
	}
	if s := os.Getenv("BRIEFBOT_TEST_NOW"); s != "" {
		real, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatalf("BRIEFBOT_TEST_NOW=%q: %v", s, err)
		}
		nows["the real now"] = real.UTC()
	}
	return nows
}

// latestOnOrBefore is the last month/day on or before limit: the year a
// dateline without one gets, since a story is not filed after it is read.
func latestOnOrBefore(month time.Month, day int, limit time.Time) time.Time {
	for y := limit.Year() + 1; ; y-- {
		if d := time.Date(y, month, day, 0, 0, 0, 0, time.UTC); !d.After(limit) {
			return d
		}
	}
}

func TestDateSensitivePathsMoveWithTheClock(t *testing.T) {
	dir := t.TempDir()
	fixed := filepath.Join(dir, "fixed.txt")
	must(t, os.WriteFile(fixed, []byte("Ministers met\n\nPARIS, Dec 4 (Reuters) - Two ministers met in Paris.\n"), 0o644))
	seen := map[string]bool{}
	for name, now := range matrixNows(t) {
		t.Run(name, func(t *testing.T) {
			const iso = "2006-01-02"
			// A dateline without a year takes the last such day on or before
			// the ingest time (a day of slack for time zones).
			_, out, errOut := runMainAt(t, now, "", nil, "extract", fixed)
			want := latestOnOrBefore(time.December, 4, now.Add(24*time.Hour)).Format(iso)
			if got := extractOf(t, out, errOut).Dateline.Date; got != want {
				t.Errorf("dateline Dec 4 read at %s: %s, want %s", now.Format(time.RFC3339), got, want)
			}
			seen[want] = true

			// "tomorrow" in a story datelined today is the next day.
			story := filepath.Join(t.TempDir(), "tomorrow.txt")
			must(t, os.WriteFile(story, []byte("Ministers to meet\n\nPARIS, "+now.Format("Jan 2")+
				" (Reuters) - European finance ministers will meet tomorrow in Brussels to discuss the budget.\n"), 0o644))
			_, out, errOut = runMainAt(t, now, "", nil, "extract", story)
			res := extractOf(t, out, errOut)
			tomorrow := now.AddDate(0, 0, 1).Format(iso)
			if len(res.Meetings) != 1 || res.Meetings[0].Date != tomorrow || res.Meetings[0].Status != "upcoming" {
				t.Errorf("meeting 'tomorrow' read at %s: %+v, want one upcoming on %s", now.Format(time.RFC3339), res.Meetings, tomorrow)
			}

			// Stored, it is upcoming now and past three days later.
			vars := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db")}
			if code, _, errOut := runMainAt(t, now, "", vars, "ingest", story); code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, errOut)
			}
			later := now.AddDate(0, 0, 3)
			for _, c := range []struct {
				at    time.Time
				scope string
				want  bool
			}{{now, "upcoming", true}, {now, "past", false}, {later, "upcoming", false}, {later, "past", true}} {
				_, out, _ := runMainAt(t, c.at, "", vars, "meetings", c.scope)
				if got := strings.Contains(out, "Brussels"); got != c.want {
					t.Errorf("meetings %s at %s lists the Brussels meeting: %v, want %v\n%s", c.scope, c.at.Format(time.RFC3339), got, c.want, out)
				}
			}

			// The digest covers the 24 hours before it.
			for _, c := range []struct {
				at   time.Time
				want bool
			}{{now.Add(time.Hour), true}, {now.Add(30 * time.Hour), false}} {
				_, out, _ := runMainAt(t, c.at, "", vars, "digest", "-dry-run")
				if got := strings.Contains(out, "European finance ministers"); got != c.want {
					t.Errorf("digest at %s shows the brief: %v, want %v\n%s", c.at.Format(time.RFC3339), got, c.want, out)
				}
			}
		})
	}
	if len(seen) < 2 {
		t.Errorf("the dateline year took only %d values across the nows: the clock does not reach it", len(seen))
	}
}

type extractJSON struct {
	Dateline struct{ Date string }
	Meetings []struct{ Date, Status string }
}

func extractOf(t *testing.T, out, errOut string) extractJSON {
	t.Helper()
	var res extractJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("extract output is not JSON (%v):\n%s\n%s", err, out, errOut)
	}
	return res
}
