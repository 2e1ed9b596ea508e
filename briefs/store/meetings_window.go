package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
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

// remergeNear re-merges the meetings of the keys of days that reports
// added or deleted on those days (by key) can change, noting the keyword
// index changes in ix, and returns the keys to re-merge whole. The new
// reports fresh (by key; all of the key's changes) fold into their
// meetings instead where they can (meetings_fold.go).
func (s *Store) remergeNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, days map[string]map[string]bool, fresh map[string][]meetingRow) ([]string, error) {
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
		return s.syncNear(ctx, tx, ix, part, args, days, fresh)
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

// syncNear re-merges the meetings of keys (args) near their days: for
// each key, its reports from the first to the last day of what affected
// returns (every meeting within lies wholly within), and, when a day is
// undatedDay, its undated reports; over the stored meetings of those days.
// A key whose changes are the new reports fresh holds folds them instead
// when it can.
func (s *Store) syncNear(ctx context.Context, tx *sql.Tx, ix *indexChanges, keys []string, args []any, days map[string]map[string]bool, fresh map[string][]meetingRow) error {
	stored, err := s.readRecords(ctx, tx, `key IN (`+placeholders(len(args))+`)`, args)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	byKey := map[string][]mergedRecord{}
	for _, r := range stored {
		byKey[r.key] = append(byKey[r.key], r)
	}
	var rows []meetingRow
	var old, folded []mergedRecord
	for _, k := range keys {
		if rs, ok := fresh[k]; ok {
			was, now, err := s.foldKey(ctx, tx, byKey[k], rs)
			if err == nil {
				old, folded = append(old, was...), append(folded, now...)
				continue
			}
			if !errors.Is(err, errNoFold) {
				return fmt.Errorf("fold: %w", err)
			}
		}
		from, to, undated := affected(byKey[k], days[k])
		for _, r := range byKey[k] {
			if r.spanFirst.Valid && from <= r.spanLast.String && r.spanFirst.String <= to || !r.spanFirst.Valid && undated {
				old = append(old, r)
			}
		}
		if from <= to {
			rs, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
				WHERE m.key = ? AND m.key <> '' AND m.start_day BETWEEN ? AND ?`, k, from, to)
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			rows = append(rows, rs...)
		}
		if undated {
			rs, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
				WHERE m.key = ? AND m.key <> '' AND m.start_day IS NULL`, k)
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			rows = append(rows, rs...)
		}
	}
	return s.syncRows(ctx, tx, ix, rows, folded, old, false) // no key re-keyed: those are re-merged whole
}

// affected returns the first and last day of what to re-merge of a key
// whose reports on days changed (from > to: none), given its stored
// meetings: the meetings next to those days and the days themselves; and
// whether its undated meeting is re-merged (undatedDay is one of days).
func affected(stored []mergedRecord, days map[string]bool) (from, to string, undated bool) {
	var dated []mergedRecord
	for _, r := range stored {
		if r.spanFirst.Valid {
			dated = append(dated, r)
		}
	}
	slices.SortFunc(dated, func(a, b mergedRecord) int { return cmp.Compare(a.spanFirst.String, b.spanFirst.String) })
	from, to = "9999", ""
	for day := range days {
		if day == undatedDay {
			undated = true
			continue
		}
		from, to = min(from, day), max(to, day)
		// the meeting whose span starts last on or before day, and those
		// either side of it
		i, _ := slices.BinarySearchFunc(dated, day, func(r mergedRecord, d string) int {
			return cmp.Or(cmp.Compare(r.spanFirst.String, d), -1)
		})
		for j := max(i-2, 0); j <= i && j < len(dated); j++ {
			from, to = min(from, dated[j].spanFirst.String), max(to, dated[j].spanLast.String)
		}
	}
	return from, to, undated
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
