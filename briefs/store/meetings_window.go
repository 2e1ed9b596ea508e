package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"
)

// New reports re-merge only the meetings they can change. A key's dated
// reports, in order of start day (then id), form its meetings in runs:
// where two neighbours are further apart than maxMove and neither says it
// reschedules, a meeting ends (splitByDate). A report added to the run
// changes only the decisions with its two neighbours, so only the meetings
// of its neighbours (the one before it, in the meeting with the last span
// starting on or before its day, and the one after, in the meeting with the
// first span starting after) can change: those meetings' reports, with the
// new ones, merge into exactly the meetings a merge of the whole key makes
// there, and every other meeting of the key stays as it is. A new undated
// report changes the key's undated meeting only. An undated cancel joins a
// meeting by report order, not date: a key that has one is re-merged whole.

// span is the id and span of a stored merged meeting of one key.
type span struct {
	id          int64
	first, last sql.NullString
}

// remergeNear re-merges the meetings of keys (none stale) that the reports
// of briefs (just stored) can change, noting the keyword index changes in
// ix, and returns the keys to re-merge whole.
func (s *Store) remergeNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, keys []string, briefs []int64) ([]string, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	slices.Sort(keys)
	fresh, err := s.newReports(ctx, tx, keys, briefs)
	if err != nil {
		return nil, err
	}
	whole, err := s.keysWithUndatedCancels(ctx, tx, keys) // the new reports' too
	if err != nil {
		return nil, err
	}
	for _, k := range whole {
		delete(fresh, k)
	}
	near := make([]string, 0, len(fresh))
	for k := range fresh {
		near = append(near, k)
	}
	slices.Sort(near)
	err = inChunksOf(mergeChunk, near, func(part []string, args []any) error {
		return s.syncNear(ctx, tx, ix, part, args, fresh)
	})
	if err != nil {
		return nil, err
	}
	return whole, nil
}

// newReports returns the reports of briefs whose key is one of keys (in
// order), by key.
func (s *Store) newReports(ctx context.Context, tx *sql.Tx, keys []string, briefs []int64) (map[string][]meetingRow, error) {
	out := map[string][]meetingRow{}
	err := inChunks(briefs, func(_ []int64, args []any) error {
		rows, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.brief_id IN (`+placeholders(len(args))+`) AND m.key <> ''`, args...)
		for _, r := range rows {
			if _, ok := slices.BinarySearch(keys, r.m.Key); ok {
				out[r.m.Key] = append(out[r.m.Key], r)
			}
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load new: %w", err)
	}
	return out, nil
}

// keysWithUndatedCancels returns those of keys that have an undated cancel
// stored (through the partial index meetings_undated_cancels).
func (s *Store) keysWithUndatedCancels(ctx context.Context, tx *sql.Tx, keys []string) ([]string, error) {
	var out []string
	err := inChunks(keys, func(_ []string, args []any) error {
		ks, err := queryColumn[string](ctx, tx, s.d.q(`SELECT DISTINCT key FROM meetings
			WHERE date = '' AND status = 'cancelled' AND key IN (`+placeholders(len(args))+`)`), args...)
		out = append(out, ks...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("undated cancels: %w", err)
	}
	return out, nil
}

// syncNear re-merges the meetings of keys (args) that their fresh reports
// can change.
func (s *Store) syncNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, keys []string, args []any, fresh map[string][]meetingRow) error {
	spans, err := s.spansOf(ctx, tx, args)
	if err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(`SELECT `+meetingColumns+` FROM meetings m
		WHERE m.key = ? AND m.start_day BETWEEN ? AND ?`))
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer stmt.Close()
	var rows []meetingRow
	var ids []any
	seen := map[int64]bool{}
	add := func(rs ...meetingRow) {
		for _, r := range rs {
			if !seen[r.m.ID] {
				seen[r.m.ID] = true
				rows = append(rows, r)
			}
		}
	}
	for _, k := range keys {
		near, undated := affected(spans[k], fresh[k])
		for _, sp := range near {
			ids = append(ids, sp.id)
			rs, err := scanMeetings(stmt.QueryContext(ctx, k, sp.first.String, sp.last.String))
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			add(rs...)
		}
		if undated != nil { // with no undated meeting, no undated report is stored
			ids = append(ids, undated.id)
			rs, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
				WHERE m.key = ? AND m.start_day IS NULL`, k)
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			add(rs...)
		}
		add(fresh[k]...)
	}
	var old []mergedRecord
	err = inChunks(ids, func(_ []any, args []any) error {
		rs, err := s.readRecords(ctx, tx, `id IN (`+placeholders(len(args))+`)`, args)
		old = append(old, rs...)
		return err
	})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return s.syncRows(ctx, tx, ix, rows, old, false) // no stale key: none re-keyed
}

// affected returns the dated meetings of spans (one key's) next to the fresh reports' days, and the undated one when a
// fresh report is undated.
func affected(spans []span, fresh []meetingRow) (near []span, undated *span) {
	var dated []span
	for i, sp := range spans {
		if sp.first.Valid {
			dated = append(dated, sp)
		} else {
			undated = &spans[i]
		}
	}
	slices.SortFunc(dated, func(a, b span) int { return cmp.Compare(a.first.String, b.first.String) })
	hit := map[int]bool{}
	anyUndated := false
	for _, r := range fresh {
		st, ok := r.m.Start(time.UTC)
		if !ok {
			anyUndated = true
			continue
		}
		day := st.Format(dayFormat)
		// the first meeting whose span starts after day
		i, _ := slices.BinarySearchFunc(dated, day, func(sp span, d string) int {
			return cmp.Or(cmp.Compare(sp.first.String, d), -1)
		})
		if i > 0 {
			hit[i-1] = true
		}
		if i < len(dated) {
			hit[i] = true
		}
	}
	for i, sp := range dated {
		if hit[i] {
			near = append(near, sp)
		}
	}
	if !anyUndated {
		undated = nil
	}
	return near, undated
}

// spansOf returns the spans of the merged meetings of keys (args), by key.
func (s *Store) spansOf(ctx context.Context, tx *sql.Tx, args []any) (map[string][]span, error) {
	rows, err := tx.QueryContext(ctx, s.d.q(`SELECT key, id, span_first, span_last FROM merged_meetings
		WHERE key IN (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("spans: %w", err)
	}
	defer rows.Close()
	out := map[string][]span{}
	for rows.Next() {
		var k string
		var sp span
		if err := rows.Scan(&k, &sp.id, &sp.first, &sp.last); err != nil {
			return nil, fmt.Errorf("spans: %w", err)
		}
		out[k] = append(out[k], sp)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("spans: %w", err)
	}
	return out, nil
}
