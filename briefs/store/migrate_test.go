package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func TestOpenEmptyPath(t *testing.T) {
	for _, p := range []string{"", "  "} {
		if _, err := store.Open(context.Background(), p); err == nil || !strings.Contains(err.Error(), "path") {
			t.Errorf("Open(%q) error = %v, want one naming the path", p, err)
		}
	}
}

func TestOpenBadDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "dir", "b.db")
	if s, err := store.Open(context.Background(), path); err == nil {
		s.Close()
		t.Errorf("Open(%s) succeeded in a directory that does not exist", path)
	}
}

func TestOpenOddPath(t *testing.T) {
	// Characters that mean something in a URI must stay part of the name.
	path := filepath.Join(t.TempDir(), "a?b#c%20d&e.db")
	s := openPath(t, path)
	if _, _, err := s.AddBrief(context.Background(), &briefs.Brief{Hash: "h"}); err != nil {
		t.Fatal(err)
	}
	s2 := openPath(t, path)
	if n, err := s2.Count(context.Background()); err != nil || n != 1 {
		t.Errorf("reopened %s: Count = %d, %v; want 1", path, n, err)
	}
}

func TestReopenIsNoOp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := s.SchemaVersion(ctx)
	if err != nil || v1 < 1 {
		t.Fatalf("SchemaVersion = %d, %v; want >= 1", v1, err)
	}
	if _, _, err := s.AddBrief(ctx, &briefs.Brief{Title: "kept", Body: "kept body", Hash: "h1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		s := openPath(t, path)
		v, err := s.SchemaVersion(ctx)
		if err != nil || v != v1 {
			t.Errorf("reopen %d: SchemaVersion = %d, %v; want %d", i, v, err, v1)
		}
		b, err := s.Brief(ctx, 1)
		if err != nil || b.Title != "kept" {
			t.Errorf("reopen %d: Brief(1) = %q, %v", i, b.Title, err)
		}
		if got, err := s.Search(ctx, "kept", 0); err != nil || len(got) != 1 {
			t.Errorf("reopen %d: Search = %d, %v; want 1", i, len(got), err)
		}
	}
	raw := rawDB(t, path)
	var rows int
	if err := raw.QueryRow(`SELECT COUNT(*) FROM schema_version`).Scan(&rows); err != nil || rows != 1 {
		t.Errorf("schema_version has %d rows, %v; want 1", rows, err)
	}
}

func TestConcurrentFirstOpen(t *testing.T) {
	s := openConcurrently(t, filepath.Join(t.TempDir(), "b.db"))
	if _, err := s.Count(context.Background()); err != nil {
		t.Errorf("store after concurrent migrations: %v", err)
	}
}

func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	known, _ := s.SchemaVersion(ctx)
	s.Close()
	newer := known + 4
	if _, err := rawDB(t, path).Exec(`UPDATE schema_version SET version = ?`, newer); err != nil {
		t.Fatal(err)
	}
	_, err = store.Open(ctx, path)
	want := fmt.Sprintf("database schema version %d is newer than this briefbot (%d); upgrade briefbot", newer, known)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Open of a newer database: err = %v, want it to say %q", err, want)
	}
}

func TestNotFoundIsWrapped(t *testing.T) {
	s := openTemp(t)
	_, err := s.Brief(context.Background(), 7)
	if !errors.Is(err, briefs.ErrNotFound) || !strings.Contains(err.Error(), "7") {
		t.Errorf("Brief(7) error = %v, want ErrNotFound naming the id", err)
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	// Hold several connections at once so the pool has to open new ones.
	conns := make([]*sql.Conn, 4)
	for i := range conns {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	for i, c := range conns {
		var mode string
		var fk, busy int
		if err := c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" || fk != 1 || busy != 5000 {
			t.Errorf("connection %d: journal_mode %s, foreign_keys %d, busy_timeout %d; want wal, 1, 5000",
				i, mode, fk, busy)
		}
	}
}

// rawDB opens path with the plain driver, bypassing the store.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestUpgradeFromVersion5 checks that a database indexed by the old insert
// trigger keeps a consistent full-text index after migrations 6 and 7.
func TestUpgradeFromVersion5(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAtVersion(ctx, path, 5)
	if err != nil {
		t.Fatal(err)
	}
	_, err = old.DB().Exec(`INSERT INTO briefs (title, body, hash, ingested_at)
		VALUES ('Old brief', 'written by version five', 'h-old', '2025-01-01T00:00:00.000000000Z')`)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()

	s := openPath(t, path)
	if v, err := s.SchemaVersion(ctx); err != nil || v < 7 {
		t.Fatalf("SchemaVersion after upgrade = %d, %v", v, err)
	}
	if _, _, err := s.AddBrief(ctx, &briefs.Brief{Title: "New brief", Body: "written by version seven", Hash: "h-new"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateDerived(ctx, 1, "a fresh summary", "test", nil); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"written": 2, "five": 1, "seven": 1, "fresh": 1} {
		got, err := s.Search(ctx, q, 0)
		if err != nil || len(got) != want {
			t.Errorf("Search(%q) after upgrade = %d results, %v; want %d", q, len(got), err, want)
		}
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("Check after upgrade: %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if s, err := store.Open(ctx, filepath.Join(t.TempDir(), "b.db")); err == nil {
		s.Close()
		t.Error("Open with a cancelled context succeeded")
	}
	s := openTemp(t)
	if _, err := s.Search(ctx, "india", 0); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a cancelled context: err = %v, want context.Canceled", err)
	}
	if _, _, err := s.AddBrief(ctx, &briefs.Brief{Hash: "h"}); !errors.Is(err, context.Canceled) {
		t.Errorf("AddBrief with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// openConcurrently opens a new database dsn from four handles at once, as
// processes or replicas starting together do: each must succeed (every
// migration step applied once). It returns a fifth handle.
func openConcurrently(t *testing.T, dsn string) *store.Store {
	t.Helper()
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			s, err := store.Open(context.Background(), dsn)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Open: %v", err)
		}
	}
	return openPath(t, dsn)
}

// TestUpgradeIndexesMeetings checks that the step adding the meetings'
// keyword index indexes the meetings already stored, and that meetings
// written after it are indexed too.
func TestUpgradeIndexesMeetings(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAtVersion(ctx, path, 12)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{
		`INSERT INTO briefs (id, title, body, hash, ingested_at)
			VALUES (1, 'Old brief', 'written by version twelve', 'h-old', '2025-01-01T00:00:00.000000000Z')`,
		`INSERT INTO briefs_fts (rowid, title, body, summary) VALUES (1, 'Old brief', 'written by version twelve', '')`,
		`INSERT INTO meetings (brief_id, seq, key, title, date, place, participants, start_day, end_day)
			VALUES (1, 0, 'opec', 'OPEC+ ministerial meeting', '2025-12-04', 'Vienna', '["Abdulaziz bin Salman"]',
			'2025-12-04', '2025-12-05')`,
	} {
		if _, err := old.DB().Exec(st); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	s := openPath(t, path)
	if _, _, err := s.AddBrief(ctx, &briefs.Brief{Title: "New brief", Body: "written by version thirteen", Hash: "h-new",
		Meetings: []briefs.Meeting{{Title: "OPEC+ technical meeting", Date: "2025-12-03", Place: "Vienna", Key: "opec-tech"}}}); err != nil {
		t.Fatal(err)
	}
	for kw, want := range map[string][]string{
		"vienna":    {"OPEC+ technical meeting", "OPEC+ ministerial meeting"},
		"abdulaziz": {"OPEC+ ministerial meeting"},
		"technical": {"OPEC+ technical meeting"},
	} {
		got, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}, Limit: 10})
		var titles []string
		for _, m := range got {
			titles = append(titles, m.Title)
		}
		if err != nil || !slices.Equal(titles, want) {
			t.Errorf("Meetings(%q) after upgrade = %q, %v; want %q", kw, titles, err, want)
		}
	}
	if err := s.UpdateDerived(ctx, 1, "a fresh summary", "test", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("Check after upgrade: %v", err)
	}
}

// TestBriefIndexMergesSixteen checks that a new store and one upgraded
// from before step 17 (merging 4 segments at a time, then 16, 32 and 16
// again) both merge the brief index 16 segments at a time, and that search
// and Check still work across an index written under both.
func TestBriefIndexMergesSixteen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAtVersion(ctx, path, 16)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := old.AddBrief(ctx, &briefs.Brief{Title: "Old", Body: "merged four at a time", Hash: "h-old"}); err != nil {
		t.Fatal(err)
	}
	old.Close()
	for name, p := range map[string]string{"upgraded": path, "new": filepath.Join(t.TempDir(), "new.db")} {
		s := openPath(t, p)
		if _, _, err := s.AddBrief(ctx, &briefs.Brief{Title: "New", Body: "merged sixteen at a time", Hash: "h-new"}); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"automerge", "crisismerge"} {
			var v string
			if err := s.DB().QueryRowContext(ctx, `SELECT v FROM briefs_fts_config WHERE k = ?`, k).Scan(&v); err != nil || v != "16" {
				t.Errorf("%s store: %s = %q, %v; want 16", name, k, v, err)
			}
		}
		if got, err := s.Search(ctx, "merged", 0); err != nil || len(got) == 0 {
			t.Errorf("%s store: Search(merged) = %d results, %v", name, len(got), err)
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("%s store: Check: %v", name, err)
		}
	}
}
