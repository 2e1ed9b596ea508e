package store

import (
	"context"
	"database/sql"
	"fmt"
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
// The merged meetings are kept merged as reports are stored
// (meetings_merged.go), so with a Limit the query reads that many rows
// through an index in date order and the keyword index: the work grows with
// Limit, not with the store.
func (s *Store) Meetings(ctx context.Context, q MeetingQuery) ([]briefs.Meeting, error) {
	f, err := newMeetingFilter(q)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	if err := s.syncStale(ctx); err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	if f.from != "" || f.to != "" { // only dated meetings have days
		out, err := s.readMerged(ctx, f, partDated, q.NewestFirst, q.Limit)
		if err != nil {
			return nil, fmt.Errorf("store: meetings: %w", err)
		}
		return out, nil
	}
	if !q.NewestFirst { // dated ones, then undated ones: the index's order
		out, err := s.readMerged(ctx, f, partAll, false, q.Limit)
		if err != nil {
			return nil, fmt.Errorf("store: meetings: %w", err)
		}
		return out, nil
	}
	out, err := s.readMerged(ctx, f, partDated, true, q.Limit)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	if q.Limit == 0 || len(out) < q.Limit {
		rest := 0 // no limit
		if q.Limit > 0 {
			rest = q.Limit - len(out)
		}
		undated, err := s.readMerged(ctx, f, partUndated, false, rest)
		if err != nil {
			return nil, fmt.Errorf("store: meetings: %w", err)
		}
		out = append(out, undated...)
	}
	return out, nil
}

// MeetingCount returns how many meetings Meetings returns for q: with a
// Limit, at most that many. It counts in SQL, through the indexes, unless a
// keyword is one the keyword index cannot test (see meetings_keywords.go):
// then it reads the meetings the other conditions select.
func (s *Store) MeetingCount(ctx context.Context, q MeetingQuery) (int, error) {
	f, err := newMeetingFilter(q)
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	if err := s.syncStale(ctx); err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	w := s.mergedWhere(f, partAll)
	if !w.exact {
		ms, err := s.readMerged(ctx, f, partAll, false, q.Limit)
		if err != nil {
			return 0, fmt.Errorf("store: count meetings: %w", err)
		}
		return len(ms), nil
	}
	query, args := `SELECT count(*) FROM merged_meetings m WHERE `+w.where, w.args
	if q.Limit > 0 {
		query, args = `SELECT count(*) FROM (SELECT 1 FROM merged_meetings m WHERE `+w.where+` LIMIT ?) x`, append(args, q.Limit)
	}
	on, done, err := s.mergedQuerier(ctx, w)
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	defer done()
	rows, err := s.queryOn(ctx, on, query, w.cached, args...)
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	defer rows.Close()
	var n int
	if rows.Next() {
		err = rows.Scan(&n)
	}
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	return n, nil
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
	for _, st := range s.d.keywordScan {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			tx.Rollback()
			return nil, nil, err
		}
	}
	return tx, func() { tx.Rollback() }, nil
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

// mergedWhere returns the clause that selects the meetings of part that f
// matches.
func (s *Store) mergedWhere(f meetingFilter, part meetingPart) mergedSQL {
	conds := []string{`1 = 1`}
	var args []any
	switch part {
	case partDated:
		conds = append(conds, `m.undated = 0`)
	case partUndated:
		conds = append(conds, `m.undated = 1`)
	}
	if f.from != "" {
		conds, args = append(conds, `m.end_day > ?`), append(args, f.from)
	}
	if f.to != "" {
		// The date term is implied by the span's (a date is its start day,
		// or that day's month) and bounds the walk of the date index.
		conds, args = append(conds, `m.start_day <= ?`, `m.date <= ?`), append(args, f.to, f.to)
	}
	kc, ka, exact := s.d.mergedKeywords(s.d, f.keywords)
	return mergedSQL{where: strings.Join(append(conds, kc...), ` AND `), args: append(args, ka...),
		exact: exact, keywords: len(kc) > 0, cached: len(kc) <= 2}
}

// readMerged returns up to limit (0: every) meetings of part that f
// matches, in list order (dated ones latest first when newest).
func (s *Store) readMerged(ctx context.Context, f meetingFilter, part meetingPart, newest bool, limit int) ([]briefs.Meeting, error) {
	w := s.mergedWhere(f, part)
	args := w.args
	dir := ""
	if newest {
		dir = " DESC"
	}
	query := `SELECT ` + mergedColumns + ` FROM merged_meetings m WHERE ` + w.where +
		` ORDER BY m.undated, m.date` + dir + `, m.title` + dir + `, m.first_source` + dir + `, m.id` + dir
	if w.exact && limit > 0 {
		query, args = query+` LIMIT ?`, append(args, limit)
	}
	q, done, err := s.mergedQuerier(ctx, w)
	if err != nil {
		return nil, err
	}
	defer done()
	if s.plans != nil {
		if err := s.explain(ctx, q, query, args); err != nil {
			return nil, err
		}
	}
	rows, err := s.queryOn(ctx, q, query, w.cached, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []briefs.Meeting
	for (limit == 0 || len(out) < limit) && rows.Next() {
		mm, err := scanMerged(rows)
		if err != nil {
			return nil, err
		}
		if f.match(mm.said()) {
			out = append(out, mm.m)
		}
	}
	return out, rows.Err()
}
