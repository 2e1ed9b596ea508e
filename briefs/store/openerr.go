package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// checkExists returns an error wrapping ErrNoDatabase when there is no file
// at path, and names the problem when something else is there.
func checkExists(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNoDatabase
	case err != nil:
		return plainPathError(err)
	case fi.IsDir():
		return errors.New("this is a folder, not a database file")
	}
	return nil
}

// explainOpen replaces SQLite's "unable to open database file (14)" with
// what is actually wrong with path, when that can be found out; otherwise
// it returns err.
func explainOpen(path string, readOnly bool, err error) error {
	fi, serr := os.Stat(path)
	if serr == nil && fi.IsDir() {
		return errors.New("this is a folder, not a database file")
	}
	dir := filepath.Dir(path)
	di, derr := os.Stat(dir)
	switch {
	case errors.Is(derr, fs.ErrNotExist):
		return fmt.Errorf("folder %q does not exist", dir)
	case derr == nil && !di.IsDir():
		return fmt.Errorf("%q is not a folder", dir)
	case derr != nil:
		return plainPathError(derr)
	}
	if serr != nil && !errors.Is(serr, fs.ErrNotExist) {
		return plainPathError(serr)
	}
	if readOnly {
		if !canOpen(path, os.O_RDONLY) {
			return errors.New("no permission to read the file")
		}
		return err
	}
	if serr == nil && !canOpen(path, os.O_RDWR) {
		return errors.New("no permission to read and write the file")
	}
	// SQLite also writes its -wal and -shm files beside the database.
	if !canCreateIn(dir) {
		return fmt.Errorf("no permission to write in folder %q", dir)
	}
	return err
}

// canOpen reports whether path can be opened with flag.
func canOpen(path string, flag int) bool {
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// canCreateIn reports whether a file can be created in dir, by creating
// and removing one: portable, and true to ACLs and read-only mounts.
func canCreateIn(dir string) bool {
	f, err := os.CreateTemp(dir, ".briefbot-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// plainPathError drops the operation and path from a *fs.PathError, which
// the caller's prefix already names.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkCurrent refuses a database whose schema is not the one this code
// reads: a read-only store cannot be migrated.
func (s *Store) checkCurrent(ctx context.Context) error {
	var tables int
	err := s.db.QueryRowContext(ctx, s.d.hasVersionSQL).Scan(&tables)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	v := 0
	if tables > 0 {
		if v, err = s.SchemaVersion(ctx); err != nil {
			return err
		}
	}
	switch {
	case v > s.schemaVersion():
		return fmt.Errorf("store: database schema version %d is newer than this briefbot (%d); upgrade briefbot", v, s.schemaVersion())
	case v < s.schemaVersion():
		return fmt.Errorf("store: database schema version %d is older than this briefbot (%d); run 'briefbot migrate'", v, s.schemaVersion())
	}
	return nil
}
