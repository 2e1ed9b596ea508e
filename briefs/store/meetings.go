package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// dayFormat is how meeting spans and query bounds are written.
const dayFormat = "2006-01-02"

// meetingColumns are the columns scanMeeting reads, in order; the last is the
// time that orders a meeting's sources (its brief's publication, else
// ingest, kept with the meeting so that reading meetings reads no brief).
const meetingColumns = `m.id, m.brief_id, m.key, m.title, m.date, m.precision, m.end_date,
	m.time, m.place, m.participants, m.status, m.evidence, m.reported`

// meetingRow is one stored meeting with the time of its brief.
type meetingRow struct {
	m     briefs.Meeting
	order string // COALESCE(published, ingested_at) of its brief
}

// insertMeetingSQL inserts one meeting row.
const insertMeetingSQL = `INSERT INTO meetings (brief_id, seq, key, title, date, precision,
	end_date, time, place, participants, status, evidence, start_day, end_day, reported)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
		(SELECT COALESCE(published, ingested_at) FROM briefs WHERE id = ?))`

// insertMeetings stores ms as the meetings of a brief with stmt, prepared
// from insertMeetingSQL.
func insertMeetings(ctx context.Context, stmt *sql.Stmt, briefID int64, ms []briefs.Meeting) error {
	for i, m := range ms {
		parts := m.Participants
		if parts == nil {
			parts = []string{}
		}
		pj, err := json.Marshal(parts)
		if err != nil {
			return fmt.Errorf("meeting %d: participants: %w", i, err)
		}
		start, end := meetingSpan(m)
		_, err = stmt.ExecContext(ctx, briefID, i, m.Key, m.Title, m.Date, string(m.Precision), m.EndDate,
			m.Time, m.Place, string(pj), string(m.Status), m.Evidence, start, end, briefID)
		if err != nil {
			return fmt.Errorf("insert meeting %d: %w", i, err)
		}
	}
	return nil
}

// meetingSpan returns the meeting's days [start, end) as YYYY-MM-DD, or NULLs
// when its date is not valid.
func meetingSpan(m briefs.Meeting) (start, end sql.NullString) {
	st, ok1 := m.Start(time.UTC)
	en, ok2 := m.End(time.UTC)
	if !ok1 || !ok2 {
		return start, end
	}
	return sql.NullString{String: st.Format(dayFormat), Valid: true},
		sql.NullString{String: en.Format(dayFormat), Valid: true}
}

func scanMeeting(sc scanner) (meetingRow, error) {
	var (
		r         meetingRow
		precision string
		status    string
		parts     string
	)
	m := &r.m
	err := sc.Scan(&m.ID, &m.BriefID, &m.Key, &m.Title, &m.Date, &precision, &m.EndDate,
		&m.Time, &m.Place, &parts, &status, &m.Evidence, &r.order)
	if err != nil {
		return meetingRow{}, err
	}
	m.Precision, m.Status = briefs.Precision(precision), briefs.Status(status)
	if err := json.Unmarshal([]byte(parts), &m.Participants); err != nil {
		return meetingRow{}, fmt.Errorf("meeting %d: participants: %w", m.ID, err)
	}
	if len(m.Participants) == 0 {
		m.Participants = nil
	}
	return r, nil
}

func (s *Store) queryMeetings(ctx context.Context, query string, args ...any) ([]meetingRow, error) {
	return s.queryMeetingsOn(ctx, s.db, query, args...)
}

// queryMeetingsOn runs query on q (the pool, or a transaction).
func (s *Store) queryMeetingsOn(ctx context.Context, q querier, query string, args ...any) ([]meetingRow, error) {
	if s.plans != nil {
		if err := s.explain(ctx, q, query, args); err != nil {
			return nil, err
		}
	}
	return scanMeetings(q.QueryContext(ctx, s.d.q(query), args...))
}

// scanMeetings reads the meetings rows (of meetingColumns) holds, and
// closes them.
func scanMeetings(rows *sql.Rows, err error) ([]meetingRow, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []meetingRow
	for rows.Next() {
		r, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// inChunk is how many values one IN (...) list holds.
const inChunk = 500

// placeholders returns "?, ?, ?" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// inChunks runs fn on successive slices of at most inChunk values.
func inChunks[T any](vals []T, fn func(part []T, args []any) error) error {
	return inChunksOf(inChunk, vals, fn)
}

// inChunksOf runs fn on successive slices of at most n values.
func inChunksOf[T any](n int, vals []T, fn func(part []T, args []any) error) error {
	for len(vals) > 0 {
		k := min(len(vals), n)
		args := make([]any, k)
		for i, v := range vals[:k] {
			args[i] = v
		}
		if err := fn(vals[:k], args); err != nil {
			return err
		}
		vals = vals[k:]
	}
	return nil
}

// attachMeetings loads the meetings of bs, in the order they were stored,
// each with Sources listing every brief that reports the same Key.
func (s *Store) attachMeetings(ctx context.Context, bs []briefs.Brief) error {
	if len(bs) == 0 {
		return nil
	}
	at := make(map[int64]int, len(bs))
	ids := make([]int64, len(bs))
	for i, b := range bs {
		at[b.ID], ids[i] = i, b.ID
	}
	var rows []meetingRow
	err := inChunks(ids, func(part []int64, args []any) error {
		rs, err := s.queryMeetings(ctx, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.brief_id IN (`+placeholders(len(part))+`) ORDER BY m.brief_id, m.seq`, args...)
		rows = append(rows, rs...)
		return err
	})
	if err != nil {
		return fmt.Errorf("load meetings: %w", err)
	}
	sources, err := s.keySources(ctx, rows)
	if err != nil {
		return err
	}
	for _, r := range rows {
		m := r.m
		m.Sources = []int64{m.BriefID}
		if src, ok := sources[m.ID]; ok {
			m.Sources = slices.Clone(src)
		}
		b := &bs[at[m.BriefID]]
		b.Meetings = append(b.Meetings, m)
	}
	return nil
}

// keySources returns, for each row of rows with a key, the ascending ids of
// the briefs that report the same meeting: every stored row of its key,
// grouped by date as Meetings groups them.
func (s *Store) keySources(ctx context.Context, rows []meetingRow) (map[int64][]int64, error) {
	var all []meetingRow
	err := inChunks(distinctKeys(rows), func(part []string, args []any) error {
		rs, err := s.queryMeetings(ctx, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.key IN (`+placeholders(len(part))+`)`, args...)
		all = append(all, rs...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load meeting sources: %w", err)
	}
	out := map[int64][]int64{}
	for _, g := range groupByKey(all) {
		var ids []int64
		for _, r := range g {
			ids = append(ids, r.m.BriefID)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		for _, r := range g {
			out[r.m.ID] = ids
		}
	}
	return out, nil
}

func distinctKeys(rows []meetingRow) []string {
	seen := map[string]bool{}
	var keys []string
	for _, r := range rows {
		if k := r.m.Key; k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// MeetingsOn returns the meetings already known on date (as extracted:
// "2025-12-04", or "2025-12" for a month) for ingest to unify new reports
// with: one per distinct key and place, in the order first stored, with the
// title first stored under them. Only Key, Title, Place and Date are set.
// It reads meeting rows of that date only, through an index, and never the
// briefs: a day with hundreds of reports costs one small query.
func (s *Store) MeetingsOn(ctx context.Context, date string) ([]briefs.Meeting, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT key, title, place FROM meetings WHERE id IN (
		SELECT MIN(id) FROM meetings WHERE date = ? GROUP BY key, place) ORDER BY id`), date)
	if err != nil {
		return nil, fmt.Errorf("store: meetings on %s: %w", date, err)
	}
	defer rows.Close()
	var out []briefs.Meeting
	for rows.Next() {
		m := briefs.Meeting{Date: date}
		if err := rows.Scan(&m.Key, &m.Title, &m.Place); err != nil {
			return nil, fmt.Errorf("store: meetings on %s: %w", date, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: meetings on %s: %w", date, err)
	}
	return out, nil
}

// explain adds the plan of query on q to s.plans (tests only).
func (s *Store) explain(ctx context.Context, q querier, query string, args []any) error {
	rows, err := q.QueryContext(ctx, s.d.q("EXPLAIN "+query), args...)
	if err != nil {
		return fmt.Errorf("explain: %w", err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		plan = append(plan, line)
	}
	*s.plans = append(*s.plans, strings.Join(plan, "\n"))
	return rows.Err()
}
