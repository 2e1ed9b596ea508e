package store_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	rw := openPath(t, path)
	if _, _, err := rw.AddBrief(ctx, &briefs.Brief{Title: "One", Body: "Delhi talks.", Hash: "h1"}); err != nil {
		t.Fatal(err)
	}
	ro, err := store.OpenWith(ctx, path, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	defer ro.Close()
	if b, err := ro.Brief(ctx, 1); err != nil || b.Title != "One" {
		t.Errorf("read-only Brief(1) = %q, %v", b.Title, err)
	}
	if _, _, err := ro.AddBrief(ctx, &briefs.Brief{Title: "Two", Body: "More talks.", Hash: "h2"}); err == nil {
		t.Error("a read-only store accepted a write")
	}
}

// TestOpenMissing: read-only and must-exist opens create nothing and say
// there is no database.
func TestOpenMissing(t *testing.T) {
	for _, opts := range []store.OpenOptions{{ReadOnly: true}, {MustExist: true}} {
		path := filepath.Join(t.TempDir(), "none.db")
		_, err := store.OpenWith(context.Background(), path, opts)
		if !errors.Is(err, store.ErrNoDatabase) {
			t.Errorf("%+v: err = %v, want ErrNoDatabase", opts, err)
		}
		if _, serr := os.Stat(path); !os.IsNotExist(serr) {
			t.Errorf("%+v: open created %s", opts, path)
		}
	}
}

// TestOpenOlderSchemaReadOnly: a read-only open cannot migrate, so it asks
// for briefbot migrate.
func TestOpenOlderSchemaReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAtVersion(ctx, path, 1)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	_, err = store.OpenWith(ctx, path, store.OpenOptions{ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "run 'briefbot migrate'") {
		t.Errorf("err = %v, want a hint to migrate", err)
	}
}

// TestOpenErrors: each reason a database cannot be opened is named once,
// without SQLite's "unable to open database file".
func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o500); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path string
		opts       store.OpenOptions
		want       string
		needUser   bool // root may write anywhere
	}{
		{"missing folder", filepath.Join(dir, "nope", "b.db"), store.OpenOptions{}, "folder " + strconv.Quote(filepath.Join(dir, "nope")) + " does not exist", false},
		{"path is a folder", dir, store.OpenOptions{}, "this is a folder, not a database file", false},
		{"path is a folder, read-only", dir, store.OpenOptions{ReadOnly: true}, "this is a folder, not a database file", false},
		{"parent is a file", filepath.Join(file, "b.db"), store.OpenOptions{}, strconv.Quote(file) + " is not a folder", false},
		{"folder without write permission", filepath.Join(locked, "b.db"), store.OpenOptions{}, "no permission to write in folder " + strconv.Quote(locked), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.needUser && os.Geteuid() == 0 {
				t.Skip("running as root, which may write anywhere")
			}
			_, err := store.OpenWith(context.Background(), c.path, c.opts)
			want := "store: open " + strconv.Quote(c.path) + ": " + c.want
			if err == nil || err.Error() != want {
				t.Errorf("err = %v\nwant  %s", err, want)
			}
		})
	}
}

// TestOpenReadOnlyFolder: a store the user may read but not write (file and
// folder read-only, no -wal or -shm left) can still be read.
func TestOpenReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which may write anywhere")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "b.db")
	rw, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := rw.AddBrief(ctx, &briefs.Brief{Title: "One", Body: "Delhi talks.", Hash: "h1"}); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	ro, err := store.OpenWith(ctx, path, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a read-only store: %v", err)
	}
	defer ro.Close()
	if b, err := ro.Brief(ctx, 1); err != nil || b.Title != "One" {
		t.Errorf("Brief(1) = %q, %v", b.Title, err)
	}
	_, err = store.Open(ctx, path)
	if want := "store: open " + strconv.Quote(path) + ": no permission to read and write the file"; err == nil || err.Error() != want {
		t.Errorf("read-write open: %v\nwant %s", err, want)
	}
}

// TestOpenBulk: a bulk open caches more pages and checkpoints less often
// on every connection; a plain open keeps SQLite's defaults.
func TestOpenBulk(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		bulk              bool
		cache, checkpoint int
	}{{false, -2000, 1000}, {true, -4000, 8000}} {
		s, err := store.OpenWith(ctx, filepath.Join(t.TempDir(), "b.db"), store.OpenOptions{Bulk: tc.bulk})
		if err != nil {
			t.Fatal(err)
		}
		conns := make([]*sql.Conn, 2) // a second connection gets the pragmas too
		for i := range conns {
			if conns[i], err = s.DB().Conn(ctx); err != nil {
				t.Fatal(err)
			}
			var cache, checkpoint int
			if err := conns[i].QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
				t.Fatal(err)
			}
			if err := conns[i].QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&checkpoint); err != nil {
				t.Fatal(err)
			}
			if cache != tc.cache || checkpoint != tc.checkpoint {
				t.Errorf("bulk %v, connection %d: cache_size %d, wal_autocheckpoint %d; want %d, %d",
					tc.bulk, i, cache, checkpoint, tc.cache, tc.checkpoint)
			}
		}
		for _, c := range conns {
			c.Close()
		}
		s.Close()
	}
}
