package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/config"
)

// TestIngestStopsOnCancelKeepingCommitted cancels an ingest once its first
// batches are stored, as SIGINT does: ingest returns context.Canceled, the
// briefs stored so far stay (whole batches only), the rest are not stored,
// and the store is consistent.
func TestIngestStopsOnCancelKeepingCommitted(t *testing.T) {
	const n = 20 * ingestBatch
	path := filepath.Join(t.TempDir(), "many.jsonl")
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	for i := range n {
		text := fmt.Sprintf("LONDON, Dec 4 (Reuters) - Item %d. The finance committee of company %d will meet on Friday to review the budget.", i, i)
		must(t, enc.Encode(map[string]string{"id": fmt.Sprint(i), "text": text, "published": "2025-12-04"}))
	}
	must(t, os.WriteFile(path, []byte(sb.String()), 0o644))
	cfg := config.Default()
	cfg.DB, cfg.LogLevel = filepath.Join(t.TempDir(), "b.db"), "error"
	a, err := openAppWith(context.Background(), &env{stderr: &strings.Builder{}, clock: fixedClock{testNow}}, cfg)
	must(t, err)
	defer a.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The progress line is written after each stored batch: it pulls the
	// plug once two are in.
	tick := testNow
	prog := &progress{w: writerFunc(func() {
		if c, err := a.store.Count(context.Background()); err == nil && c >= 2*ingestBatch {
			cancel()
		}
	}), now: func() time.Time { tick = tick.Add(time.Second); return tick }}
	st, err := a.ingest(ctx, []string{path}, ingest.Options{Now: testNow}, prog, func(it ingest.Item) { t.Errorf("bad item: %v", it.Err) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("ingest after cancel: %v, want context.Canceled", err)
	}
	stored, err := a.store.Count(context.Background())
	must(t, err)
	if stored != st.added || stored%ingestBatch != 0 || stored == 0 || stored >= n {
		t.Errorf("stored %d briefs, reported %d; want the whole batches committed before the stop, fewer than %d", stored, st.added, n)
	}
	must(t, a.store.Check(context.Background()))
}

// writerFunc is an io.Writer that calls f at each write.
type writerFunc func()

func (f writerFunc) Write(p []byte) (int, error) { f(); return len(p), nil }
