package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Store is briefbot's persistent state. It is safe for concurrent use, and
// several Stores (or processes) may share one SQLite file.
type Store struct {
	db  *sql.DB
	d   dialect
	now func() time.Time // stamps claims, seen updates and state rows
}

// Option changes how Open sets up a Store.
type Option func(*Store)

// WithClock makes the store stamp its bookkeeping rows (claims, deliveries,
// seen updates, state, subscriptions, a brief's missing ingest time) with
// now. Without it the store reads the wall clock; briefbot's wiring always
// passes its own clock, and tests pass a fixed one.
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// maxOpenConns bounds the pool: SQLite in WAL mode serves many readers but one
// writer at a time, so a few connections are enough and more only contend.
const maxOpenConns = 4

// busyTimeoutMS is how long a connection waits for a lock before SQLITE_BUSY.
const busyTimeoutMS = 5000

// Open opens the SQLite database at path, creating the file when it does not
// exist, and migrates it to the current schema. ":memory:" opens a private
// in-memory database on a single connection (for demos and tests).
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if strings.TrimSpace(path) == "" {
		return nil, errors.New("store: open: empty database path")
	}
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	conns := maxOpenConns
	if path == ":memory:" {
		conns = 1 // every connection would otherwise get its own empty database
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	s := &Store{db: db, d: sqliteDialect(), now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := connect(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// connect opens the first connection. Switching a new file to WAL mode needs
// a lock that SQLite does not wait for under busy_timeout, so when several
// processes create the same file at once some get SQLITE_BUSY: retry those
// for up to the busy timeout.
func connect(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// isBusy reports whether err is SQLITE_BUSY (primary result code 5).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == 5
}

// sqliteDSN builds a modernc.org/sqlite DSN whose _pragma parameters are
// applied to every connection the pool opens, not only the first.
func sqliteDSN(path string) string {
	params := []string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS),
		"_pragma=journal_mode(WAL)",
		"_pragma=foreign_keys(1)",
		"_pragma=synchronous(NORMAL)",
		// BEGIN IMMEDIATE: a write transaction takes the write lock up front
		// and waits for it under busy_timeout, instead of failing with
		// SQLITE_BUSY when a read lock cannot be upgraded.
		"_txlock=immediate",
	}
	if path == ":memory:" {
		return "file::memory:?" + strings.Join(params, "&")
	}
	return "file:" + escapeURIPath(path) + "?" + strings.Join(params, "&")
}

// escapeURIPath escapes the characters that would end or corrupt the path
// part of a SQLite file: URI.
func escapeURIPath(p string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23")
	return r.Replace(p)
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// inTx runs fn in one transaction, committing when it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
