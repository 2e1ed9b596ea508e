package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Reports added or deleted re-merge only the meetings they can change. A
// key's dated reports, in order of start day (then id), form its meetings
// in runs: where two neighbours are further apart than maxMove and neither
// says it reschedules, a meeting ends (splitByDate). A report added to or
// taken from the run changes only the decisions with its two neighbours,
// which lie in its own meeting, the one before or the one after. So for
// each day a report was added or deleted on, the meeting whose span starts
// last on or before that day and the meetings either side of it are
// re-merged from their reports and those of that day: that makes exactly
// the meetings a merge of the whole key makes there, and every other
// meeting of the key stays as it is. An undated report changes the key's
// undated meeting only. An undated cancel joins a meeting by report order,
// not date: a key that has one, or had one deleted, is re-merged whole, as
// is a key whose reports were changed in place (their days may be stale).

// undatedDay is the day of a report without a start day, in the sets of
// days remergeNear takes.
const undatedDay = ""

// span is the id and span of a stored merged meeting of one key.
type span struct {
	id          int64
	first, last sql.NullString
}

// remergeNear re-merges the meetings of the keys of days that reports
// added or deleted on those days (by key) can change, noting the keyword
// index changes in ix, and returns the keys to re-merge whole.
func (s *Store) remergeNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, days map[string]map[string]bool) ([]string, error) {
	if len(days) == 0 {
		return nil, nil
	}
	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	whole, err := s.keysWithUndatedCancels(ctx, tx, keys) // the new reports' too
	if err != nil {
		return nil, err
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return slices.Contains(whole, k) })
	err = inChunksOf(mergeChunk, keys, func(part []string, args []any) error {
		return s.syncNear(ctx, tx, ix, part, args, days)
	})
	if err != nil {
		return nil, err
	}
	return whole, nil
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

// syncNear re-merges the meetings of keys (args) near their days.
func (s *Store) syncNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, keys []string, args []any, days map[string]map[string]bool) error {
	spans, err := s.spansOf(ctx, tx, args)
	if err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(`SELECT `+meetingColumns+` FROM meetings m
		WHERE m.key = ? AND m.key <> '' AND m.start_day BETWEEN ? AND ?`))
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer stmt.Close()
	var rows []meetingRow
	var ids []any
	seen := map[int64]bool{}
	load := func(rs []meetingRow, err error) error {
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		for _, r := range rs {
			if !seen[r.m.ID] {
				seen[r.m.ID] = true
				rows = append(rows, r)
			}
		}
		return nil
	}
	for _, k := range keys {
		near, undated := affected(spans[k], days[k])
		for _, sp := range near {
			if sp.id != 0 {
				ids = append(ids, sp.id)
			}
			if err := load(scanMeetings(stmt.QueryContext(ctx, k, sp.first.String, sp.last.String))); err != nil {
				return err
			}
		}
		if undated != nil {
			if undated.id != 0 {
				ids = append(ids, undated.id)
			}
			err := load(s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
				WHERE m.key = ? AND m.key <> '' AND m.start_day IS NULL`, k))
			if err != nil {
				return err
			}
		}
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
	return s.syncRows(ctx, tx, ix, rows, old, false) // no key re-keyed: those are re-merged whole
}

// affected returns what to re-merge of a key whose reports on days
// changed: the stored meetings (of spans, the key's) next to those days
// and the days themselves, each as a span of days to read the reports of
// (with the meeting's id, 0 for a day); and the key's undated meeting when
// undatedDay is one of days (a span with id 0 when it has none).
func affected(spans []span, days map[string]bool) (near []span, undated *span) {
	var dated []span
	for _, sp := range spans {
		if sp.first.Valid {
			dated = append(dated, sp)
		} else if days[undatedDay] {
			undated = &sp
		}
	}
	if undated == nil && days[undatedDay] {
		undated = &span{}
	}
	slices.SortFunc(dated, func(a, b span) int { return cmp.Compare(a.first.String, b.first.String) })
	hit := map[int]bool{}
	for day := range days {
		if day == undatedDay {
			continue
		}
		// the meeting whose span starts last on or before day, and those
		// either side of it
		i, _ := slices.BinarySearchFunc(dated, day, func(sp span, d string) int {
			return cmp.Or(cmp.Compare(sp.first.String, d), -1)
		})
		for j := i - 2; j <= i; j++ {
			if j >= 0 && j < len(dated) {
				hit[j] = true
			}
		}
		d := sql.NullString{String: day, Valid: true}
		near = append(near, span{first: d, last: d})
	}
	for i, sp := range dated {
		if hit[i] {
			near = append(near, sp)
		}
	}
	return near, undated
}

// staleDay returns the day meetings_stale's row_id holds for a keyed
// report deleted by hand (YYYYMMDD; -1: undated), and false for 0 (the
// whole key is stale).
func staleDay(id int64) (string, bool) {
	switch {
	case id == -1:
		return undatedDay, true
	case id <= 0:
		return "", false
	}
	d := strconv.FormatInt(id, 10)
	if len(d) != 8 {
		return "", false
	}
	return strings.Join([]string{d[:4], d[4:6], d[6:]}, "-"), true
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
