package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

// TestDigestSince checks where a destination's digest starts: at its
// watermark (the last digest), so no brief is shown to it twice, even with
// a fixed window that would reach further back.
func TestDigestSince(t *testing.T) {
	now := time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		window string
		last   time.Time // zero: never delivered
		want   time.Time
	}{
		{"first digest: the day before", config.WindowSinceLast, time.Time{}, now.Add(-24 * time.Hour)},
		{"since last: two days back", config.WindowSinceLast, now.Add(-48 * time.Hour), now.Add(-48 * time.Hour)},
		{"since last, older than a week: the day before", config.WindowSinceLast, now.Add(-10 * 24 * time.Hour), now.Add(-24 * time.Hour)},
		{"fixed 48h, last digest inside it: the watermark", "48h", now.Add(-24 * time.Hour), now.Add(-24 * time.Hour)},
		{"fixed 48h, last digest before it: the window", "48h", now.Add(-72 * time.Hour), now.Add(-48 * time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st, err := store.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if !tt.last.IsZero() {
				if err := st.MarkDelivered(ctx, "desk", tt.last, []int64{1}); err != nil {
					t.Fatal(err)
				}
			}
			s := &digestService{app: &app{store: st}}
			got, err := s.since(ctx, config.Destination{Name: "desk", Window: tt.window}, now)
			if err != nil || !got.Equal(tt.want) {
				t.Errorf("since = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}
