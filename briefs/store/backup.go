package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// ErrBackupUnsupported is returned by Backup on a database the store cannot
// copy itself (PostgreSQL: use pg_dump).
var ErrBackupUnsupported = errors.New("store: backup is only built in for SQLite; use the database's own tools (pg_dump for PostgreSQL)")

// Backup writes a consistent copy of a SQLite database to path with VACUUM
// INTO, while other connections and processes keep reading and writing.
// path must not exist yet: a backup never overwrites a file.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.d.name != "sqlite" {
		return ErrBackupUnsupported
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("store: backup: %s already exists; give a new file name", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: backup: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		os.Remove(path) // a partial copy is no backup
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return nil
}
