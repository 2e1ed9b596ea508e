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
	return s.mergeIndex(ctx, "briefs_fts", pages)
}

// mergeIndex does one step of merging the FTS5 index table into a single
// segment, writing about pages pages, and reports whether it is merged.
func (s *Store) mergeIndex(ctx context.Context, table string, pages int) (merged bool, err error) {
	// FTS5 reports a merge that did work as at least two changes; the
	// count is the connection's own, so both reads and the merge share one.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("store: merge %s: %w", table, err)
	}
	defer conn.Close()
	var before, after int64
	err = conn.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&before)
	if err == nil {
		// A negative page count merges every segment, as 'optimize'
		// does, but stops after about that many pages.
		_, err = conn.ExecContext(ctx, `INSERT INTO `+table+` (`+table+`, rank) VALUES ('merge', ?)`, -pages)
	}
	if err == nil {
		err = conn.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&after)
	}
	if err != nil {
		return false, fmt.Errorf("store: merge %s: %w", table, err)
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
	return s.indexSegments(ctx, "briefs_fts")
}

// indexSegments counts the segments of an FTS5 index table (0 on
// PostgreSQL).
func (s *Store) indexSegments(ctx context.Context, table string) (int, error) {
	if s.d.name != "sqlite" {
		return 0, nil
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT segid) FROM `+table+`_idx`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %s segments: %w", table, err)
	}
	return n, nil
}

// The keyword index of /meetings (merged_meetings_fts) takes a segment
// with every write that changes a meeting, and SQLite (3.54) reads an
// index of several segments far more slowly than one: looking a word up
// in a segment binds that segment's id to a statement FTS5 keeps, and the
// statement is prepared again whenever the id bound moves between 0 or 1
// and any other. With two segments or more, one has id 1, so every
// keyword lookup prepares it again several times: "summit" at 100,000
// briefs cost 3 times as much in 11 segments as in one. The index is
// small (4 MB at 1,000,000 briefs), so merging it into one is cheap.

// MeetingIndexSegments counts the segments of the keyword index of
// /meetings (0 on PostgreSQL, which has none).
func (s *Store) MeetingIndexSegments(ctx context.Context) (int, error) {
	return s.indexSegments(ctx, "merged_meetings_fts")
}

// meetingMergePages is how many pages a step of MergeMeetingIndex writes.
const meetingMergePages = 500

// MergeMeetingIndex merges the keyword index of /meetings into one
// segment, in short steps (see MergeSearchIndex), until it is merged or ctx
// ends. PostgreSQL has nothing to merge.
func (s *Store) MergeMeetingIndex(ctx context.Context) error {
	if s.d.name != "sqlite" || len(s.d.migrations) < s.d.mergedStep {
		return nil
	}
	for {
		merged, err := s.mergeIndex(ctx, "merged_meetings_fts", meetingMergePages)
		if err != nil || merged {
			return err
		}
		if err := ctx.Err(); err != nil {
			return errors.Join(errors.New("store: merge merged_meetings_fts: stopped before the end"), err)
		}
	}
}
