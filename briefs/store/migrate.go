package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migration is one schema step. It runs in its own transaction together with
// the schema_version update that records it.
type migration func(ctx context.Context, tx *sql.Tx) error

// execAll returns a migration that runs statements in order.
func execAll(stmts ...string) migration {
	return func(ctx context.Context, tx *sql.Tx) error {
		return execAllOn(ctx, tx, stmts...)
	}
}

// schemaVersion is the version this code migrates to.
func (s *Store) schemaVersion() int { return len(s.d.migrations) }

// migrate applies the missing migrations one transaction at a time. Each step
// rereads the version inside its transaction, so two processes opening the
// same new file at once apply every step exactly once.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.ensureVersionTable(ctx); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	from, err := readVersion(ctx, s.db)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	for {
		done, err := s.migrateStep(ctx)
		if err != nil {
			return err
		}
		if done {
			return s.vacuumRewritten(ctx, from)
		}
	}
}

// vacuumRewritten vacuums the tables that the steps after schema version
// from rewrote (dialect.rewrites), outside any transaction as VACUUM must
// run: a rewritten PostgreSQL table has no visibility map, so its
// index-only scans read the table too until it is vacuumed.
func (s *Store) vacuumRewritten(ctx context.Context, from int) error {
	for step, table := range s.d.rewrites {
		if from < step && step <= len(s.d.migrations) {
			if _, err := s.db.ExecContext(ctx, `VACUUM (ANALYZE) `+table); err != nil {
				return fmt.Errorf("store: migrate: vacuum %s: %w", table, err)
			}
		}
	}
	return nil
}

func (s *Store) ensureVersionTable(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockMigrations(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version)
			SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)`)
		return err
	})
}

// migrateStep applies the next migration, reporting done when there is none.
func (s *Store) migrateStep(ctx context.Context) (done bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockMigrations(ctx, tx); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
		v, err := readVersion(ctx, tx)
		if err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
		if v > s.schemaVersion() {
			return fmt.Errorf("store: database schema version %d is newer than this briefbot (%d); upgrade briefbot",
				v, s.schemaVersion())
		}
		if v == s.schemaVersion() {
			done = true
			return nil
		}
		if err := s.d.migrations[v](ctx, tx); err != nil {
			return fmt.Errorf("store: migrate to version %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.q(`UPDATE schema_version SET version = ?`), v+1); err != nil {
			return fmt.Errorf("store: migrate to version %d: record version: %w", v+1, err)
		}
		return nil
	})
	return done, err
}

// lockMigrations takes the dialect's migration lock, held until tx ends.
func (s *Store) lockMigrations(ctx context.Context, tx *sql.Tx) error {
	if s.d.lockMigrations == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, s.d.lockMigrations); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return nil
}

func readVersion(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// SchemaVersion returns the schema version the database is at.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	v, err := readVersion(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return v, nil
}
