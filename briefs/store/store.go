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
// several Stores (or processes, or replicas) may share one SQLite file or one
// PostgreSQL database.
type Store struct {
	db  *sql.DB
	d   dialect
	now func() time.Time // stamps claims, seen updates and state rows
	// readOnly stores leave stale merged meetings to the next writer
	// (syncStale).
	readOnly bool
	// spans is set when merged_meetings has the span columns
	// (dialect.spanStep): re-merges then re-merge only the meetings new
	// reports can change (meetings_window.go).
	spans bool
	stmts stmtCache // the search statement
	plans *[]string // when set (tests), the plan of every meetings query is added
}

// maxOpenConns bounds the pool: SQLite in WAL mode serves many readers but one
// writer at a time, so a few connections are enough and more only contend.
const maxOpenConns = 4

// busyTimeoutMS is how long a connection waits for a lock before SQLITE_BUSY.
const busyTimeoutMS = 5000

// Open opens the database dsn names and migrates it to the current schema:
// a postgres:// or postgresql:// URL is a PostgreSQL database; anything else
// is the path of a SQLite file, created when it does not exist, and
// ":memory:" a private in-memory SQLite database on a single connection (for
// demos and tests). A URL of any other scheme is an error.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, OpenOptions{})
}

// OpenOptions change how OpenWith opens a database.
type OpenOptions struct {
	// ReadOnly opens an existing database for reading only (SQLite
	// mode=ro): nothing is created or migrated, so a store the user may
	// read but not write can still be read. Writes fail.
	ReadOnly bool
	// MustExist refuses to create a database that does not exist; the
	// error wraps ErrNoDatabase. ReadOnly implies it.
	MustExist bool
	// Now stamps the store's bookkeeping rows (claims, deliveries, seen
	// updates, state, subscriptions, a brief's missing ingest time). nil
	// reads the wall clock; briefbot's wiring passes its own clock, and
	// tests pass a fixed one.
	Now func() time.Time
	// Bulk is for a long run of large write batches (briefbot ingest). A
	// SQLite store then keeps up to 4 MiB of pages cached a connection (2
	// MiB by default) and checkpoints its write-ahead log every 8,000 pages
	// (32 MiB) instead of 1,000: the pages every batch touches (index
	// interiors, the search index's structure, the merged meetings) are
	// read again and copied back to the database file less often. At
	// 100,000 briefs this took about a tenth off the store's CPU time, for
	// about 4 MB more peak memory. PostgreSQL ignores it.
	Bulk bool
}

// ErrNoDatabase is returned (wrapped) by OpenWith with MustExist or ReadOnly
// when there is no database at the path.
var ErrNoDatabase = errors.New("no database")

// OpenWith opens the database path names, as Open does, as opts say. A
// SQLite database that cannot be opened gives an error naming the actual
// problem: a missing folder, a missing permission, a folder where the file
// should be.
func OpenWith(ctx context.Context, path string, opts OpenOptions) (*Store, error) {
	switch {
	case strings.TrimSpace(path) == "":
		return nil, errors.New("store: open: empty database path")
	case IsPostgresURL(path):
		return openPostgres(ctx, path, opts)
	case isOtherURL(path):
		scheme, _, _ := strings.Cut(path, ":")
		return nil, fmt.Errorf("store: open %s: unsupported database URL scheme %q (want a SQLite path or postgres://)",
			redactURL(path), scheme)
	}
	if opts.ReadOnly || opts.MustExist {
		if path == ":memory:" {
			return nil, fmt.Errorf("store: open %q: %w (an in-memory database starts empty)", path, ErrNoDatabase)
		}
		if err := checkExists(path); err != nil {
			return nil, fmt.Errorf("store: open %q: %w", path, err)
		}
	}
	mode := modeRW
	if opts.ReadOnly {
		mode = modeRO
	}
	if opts.Bulk && mode == modeRW {
		mode = modeBulk
	}
	db, err := openDB(ctx, path, mode)
	if err != nil && mode == modeRO && isReadOnly(err) {
		// A WAL database in a folder the user cannot write has no -shm
		// file to share; read it as immutable instead.
		db, err = openDB(ctx, path, modeImmutable)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", path, explainOpen(path, opts.ReadOnly, err))
	}
	return newStore(db, sqliteDialect(), opts).ready(ctx, opts.ReadOnly)
}

// ready checks that the schema is current (read-only) or migrates it, and
// closes the pool when that fails.
func (s *Store) ready(ctx context.Context, readOnly bool) (*Store, error) {
	var err error
	if readOnly {
		err = s.checkCurrent(ctx)
	} else {
		err = s.migrate(ctx)
	}
	if err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// isOtherURL reports whether dsn looks like a URL ("scheme://...") rather
// than a file path.
func isOtherURL(dsn string) bool {
	scheme, _, ok := strings.Cut(dsn, "://")
	if !ok || scheme == "" {
		return false
	}
	for i, r := range scheme {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// newStore is a Store over db in dialect d, stamping rows with opts.Now
// (the wall clock when nil).
func newStore(db *sql.DB, d dialect, opts OpenOptions) *Store {
	s := &Store{db: db, d: d, now: opts.Now, readOnly: opts.ReadOnly,
		spans: d.spanStep > 0 && len(d.migrations) >= d.spanStep}
	if s.now == nil {
		s.now = time.Now
	}
	return s
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

// isReadOnly reports whether err is SQLITE_READONLY (primary result code 8).
func isReadOnly(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == 8
}

// openMode is how a database file is opened.
type openMode int

const (
	modeRW        openMode = iota // read and write, created if missing
	modeRO                        // mode=ro
	modeImmutable                 // mode=ro&immutable=1: no locks, no -shm
	modeBulk                      // modeRW for OpenOptions.Bulk
)

// openDB opens the pool for path and its first connection.
func openDB(ctx context.Context, path string, mode openMode) (*sql.DB, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path, mode))
	if err != nil {
		return nil, err
	}
	conns := maxOpenConns
	if path == ":memory:" {
		conns = 1 // every connection would otherwise get its own empty database
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	if err := connect(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// sqliteDSN builds a modernc.org/sqlite DSN whose _pragma parameters are
// applied to every connection the pool opens, not only the first. A
// read-only DSN leaves the journal mode as it is (changing it would write).
func sqliteDSN(path string, mode openMode) string {
	params := []string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMS),
		"_pragma=foreign_keys(1)",
	}
	switch mode {
	case modeRO:
		params = append(params, "mode=ro")
	case modeImmutable:
		params = append(params, "mode=ro", "immutable=1")
	default:
		params = append(params,
			"_pragma=journal_mode(WAL)",
			"_pragma=synchronous(NORMAL)",
			// BEGIN IMMEDIATE: a write transaction takes the write lock up
			// front and waits for it under busy_timeout, instead of failing
			// with SQLITE_BUSY when a read lock cannot be upgraded.
			"_txlock=immediate",
		)
	}
	if mode == modeBulk { // see OpenOptions.Bulk
		params = append(params, "_pragma=cache_size(-4000)", "_pragma=wal_autocheckpoint(8000)")
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
	s.stmts.close()
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
		return endedBy(ctx, err)
	}
	if err := tx.Commit(); err != nil {
		return endedBy(ctx, fmt.Errorf("commit: %w", err))
	}
	return nil
}

// endedBy marks err with ctx's end when ctx ended before it was seen: once
// ctx ends, database/sql rolls the transaction back on its own, and a
// statement still running (some run without ctx, see AddBriefs) then fails
// with "statement is closed" or sql.ErrTxDone rather than ctx's error, so
// callers could not tell a stop from a failure.
func endedBy(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w: %w", cerr, err)
	}
	return err
}
