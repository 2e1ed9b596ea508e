package sentences

import (
	"math/rand"
	"strings"
	"testing"
)

// TestScheduleText checks ScheduleText against ScheduleLine of the runes
// on random lines: schedule openings, long lines, invalid UTF-8.
func TestScheduleText(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"Monday", " 9 March", ", 18:00", "10am", "Thursday 12 March 2026", " ", "é", "\xff", "Club House", "–", "x"}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		if rng.Intn(10) == 0 {
			b.WriteString(strings.Repeat("é", 290+rng.Intn(20)))
			b.WriteString("Monday 9 March")
		}
		s := b.String()
		if got, want := ScheduleText(s), ScheduleLine([]rune(s)); got != want {
			t.Fatalf("ScheduleText(%q) = %v, want %v", s, got, want)
		}
	}
}
