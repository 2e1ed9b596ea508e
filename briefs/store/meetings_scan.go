package store

import (
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
// The meetings are kept merged as reports are stored (meetings_merged.go),
// so with a Limit the query reads that many rows through an index in date
// order and the keyword index: the work grows with Limit, not with the
// store.
func (s *Store) Meetings(ctx context.Context, q MeetingQuery) ([]briefs.Meeting, error) {
	ms, _, err := s.MeetingPage(ctx, q, 0)
	return ms, err
}

// MeetingCount returns how many meetings Meetings returns for q: with a
// Limit, at most that many. It counts in SQL, through the indexes, unless a
// keyword is one the keyword index cannot test (see meetings_keywords.go):
// then it reads the meetings the other conditions select.
func (s *Store) MeetingCount(ctx context.Context, q MeetingQuery) (int, error) {
	r, err := s.newMeetingRead(ctx, q)
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	n, err := r.count(ctx, q.Limit)
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	return n, nil
}

// MeetingPage returns the meetings Meetings returns for q, and how many
// meetings q selects without its Limit, counting at most upTo (0: only
// those returned), as MeetingCount would: one page of a list and the length
// of the list, for the price of one keyword lookup.
func (s *Store) MeetingPage(ctx context.Context, q MeetingQuery, upTo int) ([]briefs.Meeting, int, error) {
	r, err := s.newMeetingRead(ctx, q)
	if err != nil {
		return nil, 0, fmt.Errorf("store: meetings: %w", err)
	}
	if q.Limit > 0 && upTo > q.Limit {
		r.countUpTo = upTo
	}
	ms, err := r.list(ctx, q)
	if err != nil {
		return nil, 0, fmt.Errorf("store: meetings: %w", err)
	}
	if q.Limit == 0 || len(ms) < q.Limit || upTo <= len(ms) {
		return ms, len(ms), nil
	}
	if r.counted >= 0 {
		return ms, r.counted, nil
	}
	n, err := r.count(ctx, upTo)
	if err != nil {
		return nil, 0, fmt.Errorf("store: count meetings: %w", err)
	}
	return ms, n, nil
}

// meetingRead is one read of the merged meetings: the filter, and the SQL
// conditions its keywords make, with SQLite's keyword index asked once.
type meetingRead struct {
	s  *Store
	f  meetingFilter
	kw keywordSQL
	// hits is how many meetings the keyword index matched, -1 when it was
	// not asked; resolved is set then, and the conditions test their ids.
	hits     int
	resolved bool
	// with is the common table the queries of the read start with (see
	// withSQL), and withArgs its arguments: SQLite's keyword index is
	// asked in the statement that lists (and counts) the meetings, as the
	// set hits.
	with     string
	withArgs []any
	// countUpTo, when set, makes the first list query count the meetings
	// the read selects, up to that many, as count does, into counted (-1
	// when not counted): a page and the length of the list in one query.
	countUpTo int
	counted   int
}

// newMeetingRead validates q, re-merges stale meetings and asks the
// keyword index once: the meetings it matches become a list of row ids that
// the queries of the read test.
func (s *Store) newMeetingRead(ctx context.Context, q MeetingQuery) (*meetingRead, error) {
	f, err := newMeetingFilter(q)
	if err != nil {
		return nil, err
	}
	if err := s.syncStale(ctx); err != nil {
		return nil, err
	}
	r := &meetingRead{s: s, f: f, kw: s.d.mergedKeywords(s.d, f.keywords), hits: -1, counted: -1}
	var ids []int64
	switch {
	case r.kw.match != "": // SQLite: the MATCH; any LIKE terms stay
		r.with = `hits AS MATERIALIZED (SELECT rowid AS id FROM merged_meetings_fts WHERE merged_meetings_fts MATCH ?)`
		r.withArgs = []any{r.kw.match}
		r.kw.conds = append(r.kw.conds, `m.id IN hits`)
		return r, nil
	case len(r.kw.conds) > 0 && s.d.keywordIDs: // every keyword term
		w := mergedSQL{where: strings.Join(r.kw.conds, ` AND `), args: r.kw.args, keywords: true}
		on, done, err := s.mergedQuerier(ctx, w)
		if err != nil {
			return nil, fmt.Errorf("keyword index: %w", err)
		}
		defer done()
		query := `SELECT m.id FROM merged_meetings m WHERE ` + w.where
		if s.plans != nil {
			if err := s.explain(ctx, on, query, w.args); err != nil {
				return nil, err
			}
		}
		if ids, err = queryColumn[int64](ctx, on, s.d.q(query), w.args...); err != nil {
			return nil, fmt.Errorf("keyword index: %w", err)
		}
		r.kw.conds, r.kw.args = nil, nil
	default:
		return r, nil
	}
	cond, arg, err := s.d.idsIn(ids)
	if err != nil {
		return nil, err
	}
	r.hits, r.resolved = len(ids), true
	r.kw.conds, r.kw.args = append(r.kw.conds, cond), append(r.kw.args, arg)
	return r, nil
}

// sqliteIDsIn tests that m.id is one of ids, passed as one JSON array
// (so that the query's text, and its prepared statement, is one).
func sqliteIDsIn(ids []int64) (string, any, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return "", nil, err
	}
	return `m.id IN (SELECT value FROM json_each(?))`, string(list), nil
}

// postgresIDsIn tests that m.id is one of ids, passed as an array.
func postgresIDsIn(ids []int64) (string, any, error) {
	if ids == nil {
		ids = []int64{}
	}
	return `m.id = ANY(?)`, ids, nil
}

// list returns the meetings of q in order.
func (r *meetingRead) list(ctx context.Context, q MeetingQuery) ([]briefs.Meeting, error) {
	if r.hits == 0 {
		return nil, nil
	}
	if r.f.from != "" || r.f.to != "" { // only dated meetings have days
		return r.read(ctx, partDated, q.NewestFirst, q.Limit)
	}
	if !q.NewestFirst { // dated ones, then undated ones: the index's order
		return r.read(ctx, partAll, false, q.Limit)
	}
	out, err := r.read(ctx, partDated, true, q.Limit)
	if err != nil || q.Limit > 0 && len(out) == q.Limit {
		return out, err
	}
	rest := 0 // no limit
	if q.Limit > 0 {
		rest = q.Limit - len(out)
	}
	undated, err := r.read(ctx, partUndated, false, rest)
	return append(out, undated...), err
}

// count returns how many meetings the read selects, at most upTo (0: no
// limit).
func (r *meetingRead) count(ctx context.Context, upTo int) (int, error) {
	w := r.where(partAll)
	switch {
	case !w.exact:
		ms, err := r.read(ctx, partAll, false, upTo)
		return len(ms), err
	case r.countedByHits():
		if upTo > 0 {
			return min(r.hits, upTo), nil
		}
		return r.hits, nil // every match, dated or not
	}
	count, countArgs := r.countSQL(upTo)
	query, args := r.withSQL()+`SELECT `+count, append(slices.Clip(r.withArgs), countArgs...)
	on, done, err := r.s.mergedQuerier(ctx, w)
	if err != nil {
		return 0, err
	}
	defer done()
	rows, err := r.s.queryOn(ctx, on, query, w.cached, args...)
	if err != nil {
		return 0, err
	}
	n, err := scanColumn[int](rows)
	if err != nil || len(n) != 1 {
		return 0, fmt.Errorf("count: %d rows, %w", len(n), err)
	}
	return n[0], nil
}

// sortedHitsMax is how many meetings SQLite's keyword index may match for
// a page of them to be read by sorting the matches rather than walking the
// list's order until the page is full: the walk reads about
// limit/matches of the index, every entry of it when there are fewer
// matches than a page, and sorting reads each match. At 1,000,000 briefs
// (4,907 meetings), /meetings all nosuchword took 550 µs of CPU walked and
// 45 sorted, "opec" (30 matches) 270 and 215, "summit" (452) the same.
const sortedHitsMax = 40

// countedByHits reports whether the read selects exactly the meetings the
// keyword index matched, already counted (PostgreSQL's keyword lookup).
func (r *meetingRead) countedByHits() bool {
	return r.hits >= 0 && len(r.kw.conds) == 1 && r.f.from == "" && r.f.to == ""
}

// withSQL returns the WITH clause that starts the read's queries: its
// common table (r.with) and more, "" when there are none.
func (r *meetingRead) withSQL(more ...string) string {
	if r.with != "" {
		more = append([]string{r.with}, more...)
	}
	if len(more) == 0 {
		return ""
	}
	return `WITH ` + strings.Join(more, `, `) + ` `
}

// countSQL returns the expression that counts the meetings the read
// selects, up to upTo (0: all), and its arguments: the size of the keyword
// index's hits when they are all it tests.
func (r *meetingRead) countSQL(upTo int) (string, []any) {
	w := r.where(partAll)
	if r.with != "" && len(r.kw.conds) == 1 && r.f.from == "" && r.f.to == "" {
		if upTo > 0 {
			return `(SELECT min(count(*), ?) FROM hits)`, []any{upTo}
		}
		return `(SELECT count(*) FROM hits)`, nil
	}
	if upTo > 0 {
		return `(SELECT count(*) FROM (SELECT 1 FROM merged_meetings m WHERE ` + w.where + ` LIMIT ?) x)`,
			append(slices.Clip(w.args), upTo)
	}
	return `(SELECT count(*) FROM merged_meetings m WHERE ` + w.where + `)`, w.args
}

// meetingPart is which meetings a read selects by date.
type meetingPart int

const (
	partAll     meetingPart = iota
	partDated               // with a date, listed first
	partUndated             // without one, listed last by title
)

// mergedSQL is the WHERE clause of a merged meetings query (on
// merged_meetings m) and its arguments; exact is false when some keyword is
// left to meetingFilter.match, keywords true when the clause tests any, and
// cached when it tests at most two (one clause of each kind on SQLite), so
// that the query texts worth preparing once are few.
type mergedSQL struct {
	where                   string
	args                    []any
	exact, keywords, cached bool
}

// where returns the clause that selects the meetings of part that the
// read's filter matches.
func (r *meetingRead) where(part meetingPart) mergedSQL {
	conds := []string{`1 = 1`}
	var args []any
	switch part {
	case partDated:
		conds = append(conds, `m.undated = 0`)
	case partUndated:
		conds = append(conds, `m.undated = 1`)
	}
	if r.f.from != "" {
		conds, args = append(conds, `m.end_day > ?`), append(args, r.f.from)
	}
	if r.f.to != "" {
		// The date term is implied by the span's (a date is its start day,
		// or that day's month) and bounds the walk of the date index.
		conds, args = append(conds, `m.start_day <= ?`, `m.date <= ?`), append(args, r.f.to, r.f.to)
	}
	kc := r.kw.conds
	return mergedSQL{where: strings.Join(append(conds, kc...), ` AND `), args: append(args, r.kw.args...),
		exact: r.kw.exact, keywords: len(kc) > 0 && !r.resolved, cached: len(kc) <= 2}
}

// read returns up to limit (0: every) meetings of part that the filter
// matches, in list order (dated ones latest first when newest).
func (r *meetingRead) read(ctx context.Context, part meetingPart, newest bool, limit int) ([]briefs.Meeting, error) {
	w := r.where(part)
	columns, args := mergedColumns, []any(nil)
	counting := r.countUpTo > 0 && r.counted < 0 && w.exact && !r.countedByHits()
	if counting { // the count of the whole read, on every row
		count, countArgs := r.countSQL(r.countUpTo)
		columns, args = columns+`, `+count, countArgs
	}
	args = append(slices.Clip(args), w.args...)
	dir := ""
	if newest {
		dir = " DESC"
	}
	order := ` ORDER BY m.undated, m.date` + dir + `, m.title` + dir + `, m.first_source` + dir + `, m.id` + dir
	query := `SELECT ` + columns + ` FROM merged_meetings m` + r.s.d.orderIndex + ` WHERE ` + w.where + order
	with, withArgs := r.withSQL(), r.withArgs
	switch {
	case r.with != "" && w.exact && limit > 0:
		// The walk along the list's order reads every entry of the index
		// when the keyword index matched fewer meetings than a page: then
		// reading the matches and sorting them is cheaper. many tells
		// which of the two gives the rows.
		sorted := `SELECT ` + columns + ` FROM merged_meetings m WHERE ` + w.where + order
		with = r.withSQL(`many AS (SELECT count(*) > ? AS yes FROM hits)`)
		withArgs = append(slices.Clip(withArgs), sortedHitsMax)
		query = `SELECT * FROM (` + query + ` LIMIT CASE WHEN (SELECT yes FROM many) THEN ? ELSE 0 END)
			UNION ALL SELECT * FROM (` + sorted + ` LIMIT CASE WHEN (SELECT yes FROM many) THEN 0 ELSE ? END)`
		args = append(append(slices.Clip(args), limit), append(slices.Clip(args), limit)...)
	case w.exact && limit > 0:
		query, args = query+` LIMIT ?`, append(args, limit)
	}
	query, args = with+query, append(slices.Clip(withArgs), args...)
	on, done, err := r.s.mergedQuerier(ctx, w)
	if err != nil {
		return nil, err
	}
	defer done()
	if r.s.plans != nil {
		if err := r.s.explain(ctx, on, query, args); err != nil {
			return nil, err
		}
	}
	rows, err := r.s.queryOn(ctx, on, query, w.cached, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []briefs.Meeting
	var sc scanner = rows
	counted := -1 // known once a row is read
	if counting {
		sc = countedRow{rows, &counted}
		defer func() { r.counted = counted }()
	}
	for (limit == 0 || len(out) < limit) && rows.Next() {
		mm, err := scanMerged(sc)
		if err != nil {
			return nil, err
		}
		if r.f.match(mm.said()) {
			out = append(out, mm.m)
		}
	}
	return out, rows.Err()
}

// queryOn runs query on on. On the pool, a query marked cached is prepared
// once (stmtCache), which on SQLite saves parsing and planning it each time
// (most of the time of a short query); the texts so marked are few.
func (s *Store) queryOn(ctx context.Context, on querier, query string, cached bool, args ...any) (*sql.Rows, error) {
	if db, ok := on.(*sql.DB); ok && cached {
		st, err := s.stmts.prepared(ctx, db, s.d.q(query))
		if err != nil {
			return nil, err
		}
		return st.QueryContext(ctx, args...)
	}
	return on.QueryContext(ctx, s.d.q(query), args...)
}

// mergedQuerier returns what a query of w runs on, and what to call when
// it is done: the pool, or, when the dialect sets keywordScan and w tests
// keywords, a read-only transaction with those settings.
func (s *Store) mergedQuerier(ctx context.Context, w mergedSQL) (querier, func(), error) {
	if !w.keywords || len(s.d.keywordScan) == 0 {
		return s.db, func() {}, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	if err := execAllOn(ctx, tx, s.d.keywordScan...); err != nil {
		tx.Rollback()
		return nil, nil, err
	}
	return tx, func() { tx.Rollback() }, nil
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
