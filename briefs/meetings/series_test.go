package meetings

import (
	"strings"
	"testing"
	"time"
)

// TestDateSeries: a list of days gives one meeting each; two days in a row
// stay one meeting.
func TestDateSeries(t *testing.T) {
	pub := time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a list of four days", "The Monetary Policy Committee will meet on 21 January, 25 March, 20 May and 15 July 2026.",
			[]string{"2026-01-21", "2026-03-25", "2026-05-20", "2026-07-15"}},
		{"two days weeks apart", "The board will meet on 14 January and 11 February.", []string{"2026-01-14", "2026-02-11"}},
		{"two days in a row", "Ministers will meet on Monday and Tuesday in Brussels.", []string{"2025-12-15"}},
		{"semicolons, a list running into next year, one room for all", "Audit Committee meetings: 14 January; 13 May; 9 September; 2 December (all at 6pm, Committee Room 1).",
			[]string{"2026-01-14", "2026-05-13", "2026-09-09", "2026-12-02"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := OfText(c.text, pub, pub)
			var got []string
			for _, m := range r.Meetings {
				got = append(got, m.Date)
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("got %v, want %v", got, c.want)
			}
			for _, m := range r.Meetings {
				if strings.Contains(c.text, "Committee Room 1") && m.Place != "Committee Room 1" {
					t.Errorf("%s at %q, want Committee Room 1 (every day of the list)", m.Date, m.Place)
				}
			}
		})
	}
}
