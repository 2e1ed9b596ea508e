package store

import (
	"context"
	"errors"
	"fmt"
)

// MergeSearchIndex does one step of merging the SQLite full-text index of
// the briefs into a single segment, writing about pages index pages (4 KB
// each) in one short transaction, and reports whether the index is merged.
// Call it again until it is: a search reads every segment of the index
// for each of its words, so a store built by many ingest batches (a dozen
// segments or more at 100,000 briefs) answers /search about twice as fast
// once merged. Steps keep the write lock only briefly, so the daemon and
// ingest go on meanwhile; a step that is cancelled changes nothing, and
// what earlier steps merged stays merged. Briefs stored later add new
// segments again. PostgreSQL has no such segments: nothing to do there.
func (s *Store) MergeSearchIndex(ctx context.Context, pages int) (merged bool, err error) {
	if pages <= 0 {
		return false, fmt.Errorf("store: merge search index: %d pages, want more than 0", pages)
	}
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store: merge search index: %w", err)
	}
	if s.d.name != "sqlite" {
		return true, nil
	}
	// FTS5 reports a merge that did work as at least two changes; the
	// count is the connection's own, so both reads and the merge share one.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("store: merge search index: %w", err)
	}
	defer conn.Close()
	var before, after int64
	err = conn.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&before)
	if err == nil {
		// A negative page count merges every segment, as 'optimize'
		// does, but stops after about that many pages.
		_, err = conn.ExecContext(ctx, `INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('merge', ?)`, -pages)
	}
	if err == nil {
		err = conn.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&after)
	}
	if err != nil {
		return false, fmt.Errorf("store: merge search index: %w", err)
	}
	return after-before < 2, nil
}

// MergeSearchIndexAll merges the search index (MergeSearchIndex) in steps
// of pages until it is merged or ctx ends, calling step (when not nil)
// after each step that did work.
func (s *Store) MergeSearchIndexAll(ctx context.Context, pages int, step func()) error {
	for {
		merged, err := s.MergeSearchIndex(ctx, pages)
		if err != nil || merged {
			return err
		}
		if step != nil {
			step()
		}
		if err := ctx.Err(); err != nil {
			return errors.Join(errors.New("store: merge search index: stopped before the end"), err)
		}
	}
}

// SearchIndexSegments counts the segments of the SQLite full-text index of
// the briefs (see MergeSearchIndex): each ingest batch adds one, and FTS5
// merges them only 16 at a time. PostgreSQL has none: 0.
func (s *Store) SearchIndexSegments(ctx context.Context) (int, error) {
	if s.d.name != "sqlite" {
		return 0, nil
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT segid) FROM briefs_fts_idx`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: search index segments: %w", err)
	}
	return n, nil
}
