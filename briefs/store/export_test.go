package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/briefbot/briefbot/briefs"
)

// DB exposes the pool to the external tests.
func (s *Store) DB() *sql.DB { return s.db }

// OpenAtVersion opens path migrated only up to schema version v, as an older
// briefbot would have left it.
func OpenAtVersion(ctx context.Context, path string, v int) (*Store, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path, modeRW))
	if err != nil {
		return nil, err
	}
	d := sqliteDialect()
	d.migrations = d.migrations[:v]
	if v < sqliteFoldStep { // as briefbot wrote the keyword index then
		d.reindexMergedSQL = sqliteReindexMergedSQL
	}
	s := newStore(db, d, OpenOptions{})
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenPostgresAtVersion opens the PostgreSQL database at url migrated only
// up to schema version v.
func OpenPostgresAtVersion(ctx context.Context, url string, v int) (*Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	d := postgresDialect()
	d.migrations = d.migrations[:v]
	s := newStore(db, d, OpenOptions{})
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// CopyTables are the tables CopyTo copies.
var CopyTables = copyTables

// RecordPlans makes s add PostgreSQL's plan of every meetings query it runs
// to the slice it returns.
func RecordPlans(s *Store) *[]string {
	s.plans = new([]string)
	return s.plans
}

// ReferenceMeetings merges every stored report afresh, as the merged
// meetings should hold them, and returns the meetings that match keywords,
// by id: what Meetings with those keywords must return, in some order.
func ReferenceMeetings(ctx context.Context, s *Store, keywords []string) ([]briefs.Meeting, error) {
	f, err := newMeetingFilter(MeetingQuery{Keywords: keywords})
	if err != nil {
		return nil, err
	}
	rows, err := s.queryMeetings(ctx, `SELECT `+meetingColumns+` FROM meetings m`)
	if err != nil {
		return nil, err
	}
	var out []briefs.Meeting
	for _, g := range groupByKey(rows) {
		if mm := mergeGroup(g); f.match(mm.said()) {
			out = append(out, mm.m)
		}
	}
	slices.SortFunc(out, func(a, b briefs.Meeting) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// ReferenceMeetingsEach is ReferenceMeetings for each of keywords, from
// one merge.
func ReferenceMeetingsEach(ctx context.Context, s *Store, keywords [][]string) ([][]briefs.Meeting, error) {
	rows, err := s.queryMeetings(ctx, `SELECT `+meetingColumns+` FROM meetings m`)
	if err != nil {
		return nil, err
	}
	var merged []mergedMeeting
	for _, g := range groupByKey(rows) {
		merged = append(merged, mergeGroup(g))
	}
	slices.SortFunc(merged, func(a, b mergedMeeting) int { return cmp.Compare(a.m.ID, b.m.ID) })
	out := make([][]briefs.Meeting, len(keywords))
	for i, kw := range keywords {
		f, err := newMeetingFilter(MeetingQuery{Keywords: kw})
		if err != nil {
			return nil, err
		}
		for _, mm := range merged {
			if f.match(mm.said()) {
				out[i] = append(out[i], mm.m)
			}
		}
	}
	return out, nil
}

// IsPostgres reports whether s is a PostgreSQL store.
func IsPostgres(s *Store) bool { return s.d.dollarPlaceholders }

// DollarPlaceholders rewrites query's ? placeholders as $1, $2 ...
func DollarPlaceholders(query string) string { return dialect{dollarPlaceholders: true}.q(query) }

// MergedTable returns the rows merged_meetings holds, by id, each written
// out column by column, and the rows a merge of every stored report from
// scratch makes: what the table must hold.
func MergedTable(ctx context.Context, s *Store) (got, want []string, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+s.columns()+` FROM merged_meetings ORDER BY id`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanRecord(rows, s.spans)
		if err != nil {
			return nil, nil, err
		}
		got = append(got, fmt.Sprintf("%+v", r))
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	reports, err := s.queryMeetings(ctx, `SELECT `+meetingColumns+` FROM meetings m`)
	if err != nil {
		return nil, nil, err
	}
	var all []mergedRecord
	for _, g := range groupByKey(reports) {
		r, err := recordOf(mergeGroup(g), s.spans)
		if err != nil {
			return nil, nil, err
		}
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b mergedRecord) int { return cmp.Compare(a.id, b.id) })
	for _, r := range all {
		want = append(want, fmt.Sprintf("%+v", r))
	}
	return got, want, nil
}
