package digest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// TestComposeFitsOneMessage: ten stories with full-length summaries and
// eight meetings stay within the budget (one Telegram message), every story
// keeps a summary, the top stories keep theirs whole, and a short digest is
// left alone.
func TestComposeFitsOneMessage(t *testing.T) {
	topics := strings.Fields("fisheries railways vaccines satellites copper tariffs wheat shipping elections pensions")
	// summary is two sentences of about 270 characters with words of
	// their own, so no two stories look like one.
	summary := func(i int) string {
		word := func(k int) string {
			var b strings.Builder
			for n := i*7919 + k*104729; b.Len() < 6; n /= 26 {
				b.WriteByte(byte('a' + n%26))
			}
			return b.String()
		}
		var ws []string
		for k := 0; k < 38; k++ {
			ws = append(ws, word(k))
		}
		return fmt.Sprintf("The %s %s. %s.", topics[i-1], strings.Join(ws[:19], " "), strings.Join(ws[19:], " "))
	}
	tests := []struct {
		name    string
		stories int
		cut     bool
	}{
		{"ten long stories", 10, true},
		{"three stories", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &fakeSource{}
			for i := 1; i <= tt.stories; i++ {
				src.briefs = append(src.briefs, briefs.Brief{ID: int64(i), Title: fmt.Sprintf("Talks on %s", topics[i-1]),
					Source: "Reuters", Summary: summary(i), Body: summary(i), IngestedAt: slot.Add(-time.Duration(i) * time.Minute), Dateline: briefs.Dateline{Place: "Brussels"}})
			}
			for i := 0; i < 8; i++ {
				src.meetings = append(src.meetings, briefs.Meeting{Title: fmt.Sprintf("Ministerial meeting %d of the commission", i), Date: "2025-12-05", Precision: briefs.PrecisionDay, Place: "Manekshaw Centre, New Delhi", Participants: []string{"Rajnath Singh", "Andrei Belousov"}})
			}
			d, err := Compose(context.Background(), src, Options{Now: slot, Since: slot.Add(-24 * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			text := d.Reply.PlainText()
			if n := len([]rune(text)); n > 4000 {
				t.Errorf("digest of %d characters, want at most 4000:\n%s", n, text)
			}
			items := d.Reply.Sections[0].Items
			if len(items) != tt.stories {
				t.Fatalf("%d stories shown, want %d", len(items), tt.stories)
			}
			cut := false
			for i, it := range items {
				full := src.briefs[0].Summary
				for _, b := range src.briefs {
					if it.Line.String() == b.Title {
						full = b.Summary
					}
				}
				sum := it.Details[0].String()
				switch {
				case sum == full:
				case len(sum) >= 60 && strings.HasPrefix(full, strings.TrimSuffix(sum, "…")):
					cut = true
					if i == 0 {
						t.Errorf("the top story's summary was cut: %q", sum)
					}
				default:
					t.Errorf("story %d summary %q is not its own %q or a long enough start of it", i+1, sum, full)
				}
			}
			if cut != tt.cut {
				t.Errorf("summaries cut: %v, want %v", cut, tt.cut)
			}
		})
	}
}
