package store

import (
	"cmp"
	"context"
	"database/sql"
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

// IsPostgres reports whether s is a PostgreSQL store.
func IsPostgres(s *Store) bool { return s.d.dollarPlaceholders }

// DollarPlaceholders rewrites query's ? placeholders as $1, $2 ...
func DollarPlaceholders(query string) string { return dialect{dollarPlaceholders: true}.q(query) }
