package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMergeSearchIndexSegments: briefs added in batches leave the SQLite
// full-text index in several segments, and merging leaves one, whose
// integrity check passes.
func TestMergeSearchIndexSegments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := range 5 {
		addBatch(t, s, i)
	}
	n := segments(t, s)
	if n < 2 {
		t.Fatalf("%d segments after 5 batches, want several", n)
	}
	if got, err := s.SearchIndexSegments(ctx); err != nil || got != n {
		t.Errorf("SearchIndexSegments = %d, %v; want %d", got, err, n)
	}
	steps := 0
	if err := s.MergeSearchIndexAll(ctx, 1, func() { steps++ }); err != nil {
		t.Fatal(err)
	}
	if n := segments(t, s); n != 1 {
		t.Errorf("%d segments after merging in %d steps, want 1", n, steps)
	}
	if got, err := s.SearchIndexSegments(ctx); err != nil || got != 1 {
		t.Errorf("SearchIndexSegments after merging = %d, %v; want 1", got, err)
	}
	if steps < 2 {
		t.Errorf("merged in %d steps of 1 page, want several", steps)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO briefs_fts (briefs_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("integrity-check: %v", err)
	}
}

// segments counts the segments of the brief index: its pages' rowids
// hold the segment id above bit 37 (FTS5's data layout; 0 holds the
// structure and averages).
func segments(t *testing.T, s interface{ DB() *sql.DB }) int {
	t.Helper()
	var n int
	err := s.DB().QueryRow(`SELECT count(DISTINCT id >> 37) FROM briefs_fts_data WHERE id >> 37 > 0`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// addBatch adds 20 briefs in one call: one new segment of a few pages.
func addBatch(t *testing.T, s *store.Store, batch int) {
	t.Helper()
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	var bs []*briefs.Brief
	for i := range 20 {
		n := batch*20 + i
		body := fmt.Sprintf("Ministers met, round %d.", n)
		for w := range 40 { // words of its own: enough index for several pages
			body += fmt.Sprintf(" w%dx%d", n, w)
		}
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Harbour brief %d", n), Body: body,
			Hash: fmt.Sprintf("h%d", n), Published: at.Add(time.Duration(n) * time.Minute), IngestedAt: at})
	}
	if _, err := s.AddBriefs(context.Background(), bs); err != nil {
		t.Fatal(err)
	}
}
