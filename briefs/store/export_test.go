package store

import (
	"context"
	"database/sql"
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

// SmallScans makes s's Meetings read as few rows at a time as it can, and
// walk the date index whenever a keyword matches anything, so that tests
// take its scan through many steps.
func SmallScans(s *Store) *Store {
	s.scanFirst, s.scanGrowth, s.fewMatches = 1, 2, 1
	return s
}

// RecordPlans makes s add PostgreSQL's plan of every meetings query it runs
// to the slice it returns.
func RecordPlans(s *Store) *[]string {
	s.plans = new([]string)
	return s.plans
}
