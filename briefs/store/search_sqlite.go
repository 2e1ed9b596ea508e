package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// sqliteSearch ranks the newest newest matches of terms as SearchFor says,
// with two statements kept prepared: one reads the three lists of ids the
// ranking needs from the full-text index, the Go code ranks them (a few
// hundred ids), and the other reads the limit briefs shown. Ranking in SQL
// cost more than the three index lookups together: it probed temporary
// indexes once per id and list.
func sqliteSearch(ctx context.Context, s *Store, terms []string, newest, limit int, columns string) ([]briefs.Brief, int, error) {
	query, args := sqliteSearchLists(terms, newest)
	// Only the default window's text is kept prepared: other windows (the
	// API's larger limits) would each keep one more statement.
	rows, err := s.query(ctx, newest == SearchNewest, query, args...)
	if err != nil {
		return nil, 0, err
	}
	var lists [3]sql.NullString
	if rows.Next() {
		err = rows.Scan(&lists[0], &lists[1], &lists[2])
	}
	if err == nil {
		err = rows.Err()
	}
	rows.Close()
	if err != nil {
		return nil, 0, err
	}
	var ids [3][]int64
	for i, l := range lists {
		if ids[i], err = parseIDs(l.String); err != nil {
			return nil, 0, err
		}
	}
	recent := ids[0]
	slices.SortFunc(recent, func(a, b int64) int { return cmp.Compare(b, a) })
	best := rankIDs(recent[:min(len(recent), newest)], ids[1], ids[2], limit)
	bs, err := s.briefsByID(ctx, best, columns)
	return bs, len(recent), err
}

// sqliteSearchLists returns the query whose one row holds, as
// comma-separated ids, the newest newest+1 matches of terms (read
// backwards along the FTS5 index's rowid-ordered lists), then those of
// them whose title holds every word, then those whose summary does (the
// same words matched in one column, over the same span of rowids). The
// last two are sets (rankIDs orders them), read forwards from the span's
// oldest rowid: FTS5 seeks to it through the doclist index, where reading
// backwards down to it walks page after page (at 1,000,000 briefs, "opec"
// took a third of the time, "saudi oil" a twelfth). Their LIMIT never cuts
// anything: the span holds newest+1 matches of all the words. newest
// is written into the text, not bound: SQLite plans a LIMIT on the
// full-text table with its value, and would prepare the statement again
// for every new binding. Every word is an FTS5 phrase (fts5Query): user
// text is never read as FTS5 syntax.
func sqliteSearchLists(terms []string, newest int) (string, []any) {
	all := fts5Query(terms)
	return fmt.Sprintf(`WITH recent AS MATERIALIZED (
			SELECT rowid AS id FROM briefs_fts WHERE briefs_fts MATCH ?1 ORDER BY rowid DESC LIMIT %[1]d + 1)
		SELECT (SELECT group_concat(id) FROM recent),
			(SELECT group_concat(rowid) FROM (SELECT rowid FROM briefs_fts WHERE briefs_fts MATCH ?2
				AND rowid >= (SELECT min(id) FROM recent) ORDER BY rowid LIMIT %[1]d + 1)),
			(SELECT group_concat(rowid) FROM (SELECT rowid FROM briefs_fts WHERE briefs_fts MATCH ?3
				AND rowid >= (SELECT min(id) FROM recent) ORDER BY rowid LIMIT %[1]d + 1))`, newest),
		[]any{all, "{title} : (" + all + ")", "{summary} : (" + all + ")"}
}

// parseIDs reads group_concat's comma-separated ids ("" is none).
func parseIDs(list string) ([]int64, error) {
	if list == "" {
		return nil, nil
	}
	ids := make([]int64, 0, strings.Count(list, ",")+1)
	for p := range strings.SplitSeq(list, ",") {
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("search: brief id %q: %w", p, err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// rankIDs orders ranked (newest first) by score, titleScore for an id in
// titled plus summaryScore for one in summed, keeping newest first among
// equal scores, and returns the first limit (<= 0: all). titled and summed
// are sorted in place (they come sorted: then this costs one pass).
func rankIDs(ranked, titled, summed []int64, limit int) []int64 {
	for _, l := range [][]int64{titled, summed} {
		if !slices.IsSorted(l) {
			slices.Sort(l)
		}
	}
	has := func(l []int64, id int64) bool { _, ok := slices.BinarySearch(l, id); return ok }
	score := make([]int8, len(ranked))
	for i, id := range ranked {
		if has(titled, id) {
			score[i] += titleScore
		}
		if has(summed, id) {
			score[i] += summaryScore
		}
	}
	if limit <= 0 || limit > len(ranked) {
		limit = len(ranked)
	}
	out := make([]int64, 0, limit)
	for sc := int8(titleScore + summaryScore); sc >= 0 && len(out) < limit; sc-- {
		for i, id := range ranked {
			if score[i] == sc {
				out = append(out, id)
				if len(out) == limit {
					break
				}
			}
		}
	}
	return out
}

// briefsByID loads the columns (briefColumns or briefListColumns) of the
// briefs with ids, in that order, without their meetings; ids no brief has
// are left out. The ids are padded (repeating
// the last) to a multiple of 8, so that the few statement texts of small
// lists stay prepared.
func (s *Store) briefsByID(ctx context.Context, ids []int64, columns string) ([]briefs.Brief, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, (len(ids)+7)/8*8)
	for i := range args {
		args[i] = ids[min(i, len(ids)-1)]
	}
	rows, err := s.query(ctx, len(args) <= 32, `SELECT `+columns+` FROM briefs b
		WHERE b.id IN (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return nil, err
	}
	found, err := readBriefsCap(rows, len(ids))
	if err != nil {
		return nil, err
	}
	// Put them in the order of ids: a short list by looking each up, a
	// long one through a map.
	at := func(id int64) int { return slices.IndexFunc(found, func(b briefs.Brief) bool { return b.ID == id }) }
	if len(ids) > 32 {
		byID := make(map[int64]int, len(found))
		for i, b := range found {
			byID[b.ID] = i
		}
		at = func(id int64) int {
			if i, ok := byID[id]; ok {
				return i
			}
			return -1
		}
	}
	out := make([]briefs.Brief, 0, len(found))
	for _, id := range ids {
		if i := at(id); i >= 0 {
			out = append(out, found[i])
		}
	}
	return out, nil
}
