package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// Meetings returns the meetings q selects, ordered by date then title, undated
// ones last (with NewestFirst, the dated ones latest first). Keywords match
// what the latest report of a meeting says (title, place, evidence) and the
// participants every report of its date names. Rows
// from several briefs with the same non-empty Key are merged into one entry:
// Sources lists every brief (ascending), the fields come from the latest
// published brief (ties: the highest id) — its participants joined by those
// of the other reports of the same date, its empty time filled from them and
// its empty place from the newest report that names one — and MovedFrom holds the previous different date when a later
// brief moved the meeting.
//
// With a Limit, the rows are read in date order through an index, a few
// more than Limit at a time, filtered by the keyword index, and only the rows
// of the meetings found so far are merged: the work grows with Limit, not
// with the store. A merged meeting matches through its latest report, whose
// date and words it has, so once the scan has passed a date every meeting
// of an earlier date has been found.
func (s *Store) Meetings(ctx context.Context, q MeetingQuery) ([]briefs.Meeting, error) {
	f, err := newMeetingFilter(q)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	sc := &meetingScan{s: s, q: s.db, f: f, newest: q.NewestFirst, keyRows: map[string][]meetingRow{},
		found: map[int64]briefs.Meeting{}}
	tx, err := s.keywordScanTx(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	if tx != nil {
		defer tx.Rollback()
		sc.q = tx
	}
	dated, err := sc.run(ctx, "date", q.Limit)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	out := dated
	if f.from == "" && f.to == "" && (q.Limit == 0 || len(out) < q.Limit) {
		rest := 0 // no limit
		if q.Limit > 0 {
			rest = q.Limit - len(out)
		}
		undated, err := sc.run(ctx, "title", rest)
		if err != nil {
			return nil, fmt.Errorf("store: meetings: %w", err)
		}
		out = append(out, undated...)
	}
	return out, nil
}

// A scan's first query reads scanGrowth times the limit, at least
// scanFirst rows; each further query reads scanGrowth times as many as the
// last (Store.scanFirst and Store.scanGrowth override them).
const (
	scanFirst  = 16
	scanGrowth = 4
)

// meetingScan is one Meetings call: the rows it has loaded by key and the
// meetings it has found.
type meetingScan struct {
	s       *Store
	q       querier // the scan's queries run on it: the pool, or a transaction with keywordScan set
	f       meetingFilter
	newest  bool
	from    string                   // the dated scan's FROM clause, once chosen
	keyRows map[string][]meetingRow  // every row of the keys met in this part
	found   map[int64]briefs.Meeting // matching merged meetings, by their first row id
}

// run scans the dated rows (by "date") or the undated ones (by "title") in
// that column's order and returns up to limit (0: every) matching meetings
// of that part, sorted. Each query reads the next rows, leaving out those of
// keys already loaded (their meetings are known), until the meetings before
// the last row read are enough.
func (sc *meetingScan) run(ctx context.Context, by string, limit int) ([]briefs.Meeting, error) {
	clear(sc.found)
	clear(sc.keyRows)
	first, growth := cmp.Or(sc.s.scanFirst, scanFirst), cmp.Or(sc.s.scanGrowth, scanGrowth)
	n := max(growth*limit, first)
	var last *meetingRow
	for {
		rows, err := sc.rows(ctx, by, last, limit, n)
		if err != nil {
			return nil, err
		}
		if err := sc.merge(ctx, rows, by == "date"); err != nil {
			return nil, err
		}
		exhausted := limit == 0 || len(rows) < n
		if len(rows) > 0 {
			last = &rows[len(rows)-1]
		}
		var out []briefs.Meeting
		for _, m := range sc.found {
			if exhausted || sc.before(m, last.m, by) {
				out = append(out, m)
			}
		}
		if exhausted || len(out) >= limit {
			slices.SortFunc(out, sc.compare)
			if limit > 0 && len(out) > limit {
				out = out[:limit]
			}
			return out, nil
		}
		n *= growth
	}
}

// before reports whether merged meeting m comes before row r's value of the
// scan column in scan order, so that no row still unread can change it.
func (sc *meetingScan) before(m briefs.Meeting, r briefs.Meeting, by string) bool {
	a, b := m.Date, r.Date
	if by == "title" {
		a, b = m.Title, r.Title
	}
	if sc.newest && by == "date" {
		return a > b
	}
	return a < b
}

// compare orders merged meetings: by date, title, first source and id
// (dated ones reversed when newest first).
func (sc *meetingScan) compare(a, b briefs.Meeting) int {
	c := cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Title, b.Title),
		cmp.Compare(a.Sources[0], b.Sources[0]), cmp.Compare(a.ID, b.ID))
	if sc.newest && a.Date != "" {
		return -c
	}
	return c
}

// maxSkipKeys bounds how many loaded keys a scan query leaves out.
const maxSkipKeys = 500

// rows reads up to n candidate rows (all when limit is 0) of the dated or
// undated part after row last (nil: from the start), in scan order: the rows
// that pass the SQL prefilter, less those of keys already loaded.
func (sc *meetingScan) rows(ctx context.Context, by string, last *meetingRow, limit, n int) ([]meetingRow, error) {
	conds, args := sc.s.prefilter(sc.f)
	from, err := sc.datedFrom(ctx)
	if err != nil {
		return nil, err
	}
	col, cmpOp, order := `m.date`, `>`, ``
	if by == "date" {
		conds = append(conds, `m.date <> ''`)
		if sc.f.to != "" {
			// Implied by start_day <= to (a date is its start day, or
			// that day's month), and lets the scan walk the date index.
			conds, args = append(conds, `m.date <= ?`), append(args, sc.f.to)
		}
	} else {
		conds = append(conds, `m.date = ''`)
		col, from = `m.title`+sc.s.d.byteOrder, `meetings m`
	}
	if by == "date" && sc.newest {
		cmpOp, order = `<`, ` DESC`
	}
	if last != nil {
		v := last.m.Date
		if by == "title" {
			v = last.m.Title
		}
		// The first term, implied by the second, starts the index range.
		conds = append(conds, col+` `+cmpOp+`= ?`, `(`+col+` `+cmpOp+` ? OR `+col+` = ? AND m.id `+cmpOp+` ?)`)
		args = append(args, v, v, v, last.m.ID)
	}
	if skip := sc.loadedKeys(); len(skip) > 0 {
		conds = append(conds, `m.key NOT IN (`+placeholders(len(skip))+`)`)
		args = append(args, skip...)
	}
	query := `SELECT ` + meetingColumns + ` FROM ` + from + `
		WHERE ` + strings.Join(conds, ` AND `) + ` ORDER BY ` + col + order + `, m.id` + order
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, n)
	}
	return sc.s.queryMeetingsOn(ctx, sc.q, query, args...)
}

// fewMatches is how many candidate reports a keyword may have and still
// be fetched through the keyword index rather than found on a walk of the
// dates.
const fewMatches = 256

// datedFrom returns the FROM clause of the dated scan's queries, choosing
// the index once a scan.
func (sc *meetingScan) datedFrom(ctx context.Context) (string, error) {
	if sc.from != "" {
		return sc.from, nil
	}
	sc.from = `meetings m` + sc.s.d.scanIndex
	match, ok := sqliteKeywordMatch(sc.f.keywords)
	if sc.s.d.scanIndex == "" || !ok {
		return sc.from, nil
	}
	var n int
	few := cmp.Or(sc.s.fewMatches, fewMatches)
	if err := sc.s.db.QueryRowContext(ctx, sc.s.d.fewMatchesSQL, match, few).Scan(&n); err != nil {
		return "", fmt.Errorf("count keyword matches: %w", err)
	}
	if n < few {
		sc.from = `meetings m`
	}
	return sc.from, nil
}

// keywordScanTx returns, when the dialect sets keywordScan and its index
// tests f's keywords, a read-only transaction set so that the scan asks
// the keyword index: PostgreSQL's planner takes an ILIKE over a meeting's
// whole text for cheap and, left to itself, tests every row, however rare
// the keyword. It does so when the planner itself expects fewer than
// fewMatches candidates (EXPLAIN, from the trigram index's statistics):
// those are fetched through the index and sorted. With more, the planner
// walks the dates as before, which finds the first few soonest. nil when
// there is nothing to set.
func (s *Store) keywordScanTx(ctx context.Context, f meetingFilter) (*sql.Tx, error) {
	kc, ka := s.d.meetingKeywords(s.d, f.keywords)
	if len(kc) == 0 || len(s.d.keywordScan) == 0 {
		return nil, nil
	}
	var plan string
	err := s.db.QueryRowContext(ctx, s.d.q(`EXPLAIN (FORMAT JSON) SELECT 1 FROM meetings m WHERE `+
		strings.Join(kc, ` AND `)), ka...).Scan(&plan)
	if err != nil {
		return nil, fmt.Errorf("estimate keyword matches: %w", err)
	}
	var est []struct {
		Plan struct {
			Rows float64 `json:"Plan Rows"`
		}
	}
	if err := json.Unmarshal([]byte(plan), &est); err != nil || len(est) != 1 {
		return nil, fmt.Errorf("estimate keyword matches: unexpected plan %.100q", plan)
	}
	if est[0].Plan.Rows >= float64(cmp.Or(s.fewMatches, fewMatches)) {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	if err := execAllOn(ctx, tx, s.d.keywordScan...); err != nil {
		tx.Rollback()
		return nil, err
	}
	return tx, nil
}

// execAllOn runs each statement on q, in order.
func execAllOn(ctx context.Context, q querier, stmts ...string) error {
	for _, st := range stmts {
		if _, err := q.ExecContext(ctx, st); err != nil {
			return err
		}
	}
	return nil
}

// loadedKeys returns up to maxSkipKeys keys whose rows are all loaded.
func (sc *meetingScan) loadedKeys() []any {
	var out []any
	for k := range sc.keyRows {
		if len(out) == maxSkipKeys {
			break
		}
		out = append(out, k)
	}
	return out
}

// merge adds to found the matching meetings of the part (dated or not)
// that rows report: every meeting of each key of rows not loaded before, so
// that later queries can leave the key out, and each row without a key, a
// meeting of its own.
func (sc *meetingScan) merge(ctx context.Context, rows []meetingRow, dated bool) error {
	var keys []string
	for _, k := range distinctKeys(rows) {
		if _, ok := sc.keyRows[k]; !ok {
			keys = append(keys, k)
		}
	}
	err := inChunks(keys, func(part []string, args []any) error {
		more, err := sc.s.queryMeetingsOn(ctx, sc.q, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.key IN (`+placeholders(len(part))+`)`, args...)
		for _, r := range more {
			sc.keyRows[r.m.Key] = append(sc.keyRows[r.m.Key], r)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("load meetings by key: %w", err)
	}
	for _, k := range keys {
		for _, g := range groupByKey(sc.keyRows[k]) {
			sc.consider(g, dated)
		}
	}
	for _, r := range rows {
		if r.m.Key == "" {
			sc.consider([]meetingRow{r}, dated)
		}
	}
	return nil
}

// consider merges the rows of one meeting and keeps it when it belongs to
// the part being scanned and matches.
func (sc *meetingScan) consider(g []meetingRow, dated bool) {
	first := slices.MinFunc(g, func(a, b meetingRow) int { return cmp.Compare(a.m.ID, b.m.ID) }).m.ID
	m := mergeMeetings(g) // sorts g, latest report last
	said := m
	said.Place = g[len(g)-1].m.Place // keywords do not match a place filled in from older reports
	if (m.Date != "") == dated && sc.f.match(said) {
		sc.found[first] = m
	}
}

// prefilter returns SQL conditions, and their arguments, that every row f
// matches passes: the span bounds, and the keywords the dialect's index
// can test.
func (s *Store) prefilter(f meetingFilter) (conds []string, args []any) {
	if f.from != "" {
		conds, args = append(conds, `m.end_day > ?`), append(args, f.from)
	}
	if f.to != "" {
		conds, args = append(conds, `m.start_day <= ?`), append(args, f.to)
	}
	kc, ka := s.d.meetingKeywords(s.d, f.keywords)
	return append(conds, kc...), append(args, ka...)
}
