package store

import "database/sql"

// DB exposes the pool to the external tests.
func (s *Store) DB() *sql.DB { return s.db }
