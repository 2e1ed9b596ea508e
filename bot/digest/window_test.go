package digest

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// windowSource serves Window as the store does, oldest first and at most
// limit (none when limit <= 0); a read starting at failFrom fails.
type windowSource struct {
	fakeSource
	failFrom time.Time

	mu    sync.Mutex
	reads int
}

func (l *windowSource) Window(ctx context.Context, from, to time.Time, limit int) ([]store.WindowBrief, error) {
	l.mu.Lock()
	l.reads++
	l.mu.Unlock()
	if from.Equal(l.failFrom) {
		return nil, errors.New("disk I/O error")
	}
	out, _ := l.fakeSource.Window(ctx, from, to, 0)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func TestReadWindowMatchesOneRead(t *testing.T) {
	start := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
	src := &windowSource{}
	for i := range 48 { // one every half hour, one exactly at noon (the middle)
		src.briefs = append(src.briefs, briefs.Brief{ID: int64(i + 1), IngestedAt: start.Add(time.Duration(i) * 30 * time.Minute)})
	}
	ids := func(ws []store.WindowBrief) []int64 {
		var out []int64
		for _, w := range ws {
			out = append(out, w.ID)
		}
		return out
	}
	ctx := context.Background()
	for _, c := range []struct {
		name     string
		from, to time.Time
		limit    int
	}{
		{"day, no limit", start, start.Add(24 * time.Hour), 0},
		{"day, limit in the first half", start, start.Add(24 * time.Hour), 10},
		{"day, limit is the first half", start, start.Add(24 * time.Hour), 24},
		{"day, limit in the second half", start, start.Add(24 * time.Hour), 30},
		{"day, limit above the window", start, start.Add(24 * time.Hour), 500},
		{"late afternoon", start.Add(15 * time.Hour), start.Add(21*time.Hour + time.Minute), 5},
		{"short window, one read", start, start.Add(59 * time.Minute), 0},
		{"empty", start.Add(48 * time.Hour), start.Add(72 * time.Hour), 5},
	} {
		want, _ := src.Window(ctx, c.from, c.to, c.limit)
		got, err := readWindow(ctx, src, c.from, c.to, c.limit, true)
		if err != nil || !slices.Equal(ids(got), ids(want)) {
			t.Errorf("%s: got %v (%v), want %v", c.name, ids(got), err, ids(want))
		}
	}
	src.reads = 0
	if _, err := readWindow(ctx, src, start, start.Add(59*time.Minute), 0, true); err != nil || src.reads != 1 {
		t.Errorf("window under %s: %d reads (%v), want 1", minSplit, src.reads, err)
	}
	src.reads = 0
	if _, err := readWindow(ctx, src, start, start.Add(24*time.Hour), 0, true); err != nil || src.reads != 2 {
		t.Errorf("split day: %d reads (%v), want 2", src.reads, err)
	}
	src.reads = 0
	if _, err := readWindow(ctx, src, start, start.Add(24*time.Hour), 0, false); err != nil || src.reads != 1 {
		t.Errorf("unsplit day: %d reads (%v), want 1", src.reads, err)
	}
	for _, fail := range []time.Time{start, start.Add(12 * time.Hour)} {
		src.failFrom = fail
		if _, err := readWindow(ctx, src, start, start.Add(24*time.Hour), 0, true); err == nil {
			t.Errorf("read of the half from %s failed: readWindow gave no error", fail.Format("15:04"))
		}
	}
}
