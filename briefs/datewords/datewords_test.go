package datewords

import (
	"strings"
	"testing"
	"time"
)

func TestEveryMonthAndDayHasItsNames(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if Month(full) != m || Month(full[:3]) != m {
			t.Errorf("Month(%q) = %v, Month(%q) = %v, want %v", full, Month(full), full[:3], Month(full[:3]), m)
		}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		full := strings.ToLower(d.String())
		if got, ok := Weekday(full); !ok || got != d {
			t.Errorf("Weekday(%q) = %v, %v", full, got, ok)
		}
		if got, ok := WeekdayAbbrev(full[:3]); !ok || got != d {
			t.Errorf("WeekdayAbbrev(%q) = %v, %v", full[:3], got, ok)
		}
		if _, ok := Weekday(full[:3]); ok {
			t.Errorf("Weekday(%q) takes an abbreviation", full[:3])
		}
	}
	if Month("sept") != time.September || Month("mayor") != 0 {
		t.Error("Month: 'sept' or 'mayor' misread")
	}
	m := Months()
	m["smarch"] = 13
	if Month("smarch") != 0 {
		t.Error("Months returns the lexicon itself, not a copy")
	}
}
