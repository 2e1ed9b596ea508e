package store

import (
	"context"
	"fmt"
)

// Check verifies the database file and the full-text index and returns an
// error describing the first problem found (for "briefbot migrate" and tests).
func (s *Store) Check(ctx context.Context) error {
	for _, q := range s.d.checks {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return fmt.Errorf("store: check %q: %w", q, err)
		}
		var bad []string
		for rows.Next() {
			var msg string
			if err := rows.Scan(&msg); err != nil {
				rows.Close()
				return fmt.Errorf("store: check %q: %w", q, err)
			}
			if msg != "ok" {
				bad = append(bad, msg)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("store: check %q: %w", q, err)
		}
		if len(bad) > 0 {
			return fmt.Errorf("store: check %q: %v", q, bad)
		}
	}
	return nil
}
