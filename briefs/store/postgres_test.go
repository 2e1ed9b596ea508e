package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// TestOpenURLs checks that a database URL is never taken for a SQLite path
// (no file or folder is written) and that its password never shows in an
// error.
func TestOpenURLs(t *testing.T) {
	tests := []struct {
		dsn, want string
	}{
		// Port 1 on loopback refuses the connection at once.
		{"postgres://bob:s3cret@127.0.0.1:1/briefbot?sslmode=disable&connect_timeout=5", "postgres://bob:xxxxx@127.0.0.1:1/briefbot"},
		{"postgresql://bob:s3cret@127.0.0.1:1/briefbot?sslmode=disable", "postgresql://bob:xxxxx@127.0.0.1:1/briefbot"},
		{"POSTGRES://bob:s3cret@127.0.0.1:1/briefbot?sslmode=disable", "bob:xxxxx@"},
		{"mysql://bob:s3cret@localhost/briefbot", `unsupported database URL scheme "mysql"`},
		{"sqlite+x://bob:s3cret@host/b.db", `unsupported database URL scheme "sqlite+x"`},
	}
	for _, tc := range tests {
		t.Run(tc.dsn, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			// A folder that a URL would be written into as a SQLite path.
			for _, d := range []string{"postgres:", "postgresql:", "POSTGRES:", "mysql:", "sqlite+x:"} {
				if err := os.Mkdir(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			s, err := store.Open(context.Background(), tc.dsn)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", tc.dsn)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("Open error shows the password: %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Open error = %v, want it to contain %q", err, tc.want)
			}
			if files := walk(t, dir); len(files) != 5 {
				t.Errorf("Open(%s) wrote files: %v", tc.dsn, files)
			}
		})
	}
}

// walk lists the files and folders in dir, one level down.
func walk(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
		sub, _ := os.ReadDir(filepath.Join(dir, e.Name()))
		for _, f := range sub {
			out = append(out, e.Name()+"/"+f.Name())
		}
	}
	return out
}

// TestPostgresConcurrentFirstOpen opens one new database from several
// handles at once, as replicas starting together do.
func TestPostgresConcurrentFirstOpen(t *testing.T) {
	s := openConcurrently(t, storetest.PostgresURL(t))
	if v, err := s.SchemaVersion(context.Background()); err != nil || v < 1 {
		t.Errorf("SchemaVersion after concurrent migrations = %d, %v", v, err)
	}
}

// TestPostgresReadOnly: a read-only open migrates nothing; it reads a
// current database and asks for briefbot migrate on one that is not.
func TestPostgresReadOnly(t *testing.T) {
	ctx := context.Background()
	url := storetest.PostgresURL(t)
	_, err := store.OpenWith(ctx, url, store.OpenOptions{ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "run 'briefbot migrate'") {
		t.Errorf("read-only open of an empty database: err = %v, want a hint to migrate", err)
	}
	storetest.OpenPostgres(t, url) // migrates
	ro, err := store.OpenWith(ctx, url, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a current database: %v", err)
	}
	defer ro.Close()
	if n, err := ro.Count(ctx); err != nil || n != 0 {
		t.Errorf("Count = %d, %v", n, err)
	}
}

// TestPostgresKeywordUsesTrigramIndex: /meetings with a rare keyword asks
// the trigram index over the merged meetings rather than test every
// meeting's text. The plans are asserted, not the time.
func TestPostgresKeywordUsesTrigramIndex(t *testing.T) {
	ctx := context.Background()
	s := storetest.OpenPostgres(t, storetest.PostgresURL(t))
	var bs []*briefs.Brief
	for i := range 3000 {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Council %d", i), Body: "The council meets.", Hash: fmt.Sprintf("k%d", i),
			Meetings: []briefs.Meeting{{Title: fmt.Sprintf("Council meeting %d", i), Date: "2026-01-15", Precision: briefs.PrecisionDay,
				Place: "Brussels", Evidence: fmt.Sprintf("The council will meet in Brussels on January 15 to discuss item %d of the budget.", i),
				Key: fmt.Sprintf("council-%d", i)}}})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `ANALYZE merged_meetings`); err != nil {
		t.Fatal(err)
	}
	for _, kw := range []string{"nosuchword", "item 1234 "} {
		plans := store.RecordPlans(s)
		ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}, Limit: 6})
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]int{"nosuchword": 0, "item 1234 ": 1}[kw]; len(ms) != want {
			t.Errorf("Meetings(%s) = %d meetings, want %d", kw, len(ms), want)
		}
		if len(*plans) == 0 {
			t.Fatalf("Meetings(%s) ran no query", kw)
		}
		scan := (*plans)[0] // the keyword lookup
		if strings.Contains(scan, "Seq Scan") || !strings.Contains(scan, "merged_meetings_folded_text") {
			t.Errorf("Meetings(%s): the keyword scan does not ask the trigram index:\n%s", kw, scan)
		}
	}
}

// TestPostgresSearchPlannedForItsWords: the search statement is not kept
// prepared, so PostgreSQL plans it for the words asked each time; a
// prepared one gets a plan made for any words after five runs, which reads
// every match of a common word through the GIN index.
func TestPostgresSearchPlannedForItsWords(t *testing.T) {
	ctx := context.Background()
	s := storetest.OpenPostgres(t, storetest.PostgresURL(t))
	s.DB().SetMaxOpenConns(1) // the searches and the check share a session
	var bs []*briefs.Brief
	for i := range 20 {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Harbour %d", i), Body: "The harbour is busy.", Hash: fmt.Sprintf("h%d", i)})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	for range 7 {
		if got, err := s.Search(ctx, "harbour", 5); err != nil || len(got) != 5 {
			t.Fatalf("Search(harbour) = %d briefs, %v", len(got), err)
		}
	}
	var kept int
	// The pattern is split so that this query's own text does not hold it.
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements
		WHERE strpos(statement, 'recent AS ' || 'MATERIALIZED') > 0`).Scan(&kept); err != nil {
		t.Fatal(err)
	}
	if kept != 0 {
		t.Errorf("the search statement is kept prepared (%d): PostgreSQL would plan it for any words", kept)
	}
}

// TestPostgresVacuumsRewrittenTable: the step that adds merged meetings'
// folded column rewrites the table, and the migration vacuums it after, so
// that its index-only scans need not read the table. The check counts this
// schema's vacuums of the table (pg_stat_user_tables by regclass, which
// follows the test's search_path), not relallvisible: the suite's other
// tests share the database, and a transaction open in another schema keeps
// VACUUM from marking pages all-visible, which made that check flaky.
func TestPostgresVacuumsRewrittenTable(t *testing.T) {
	ctx := context.Background()
	url := storetest.PostgresURL(t)
	old, err := store.OpenPostgresAtVersion(ctx, url, 16)
	if err != nil {
		t.Fatal(err)
	}
	var bs []*briefs.Brief
	for i := range 200 {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Council %d", i), Body: "The council meets.", Hash: fmt.Sprintf("v%d", i),
			Meetings: []briefs.Meeting{{Title: fmt.Sprintf("Council meeting %d", i), Date: "2026-01-15",
				Precision: briefs.PrecisionDay, Key: fmt.Sprintf("council-%d", i)}}})
	}
	if _, err := old.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	if got := vacuumCount(ctx, t, old, "merged_meetings"); got != 0 {
		t.Fatalf("merged_meetings vacuumed %d times before the migration; the check below needs 0", got)
	}
	old.Close()
	s := storetest.OpenPostgres(t, url)
	if got := vacuumCount(ctx, t, s, "merged_meetings"); got == 0 {
		t.Error("merged_meetings was not vacuumed after the migration rewrote it")
	}
	if ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{"COUNCIL MEETING 7"}}); err != nil || len(ms) != 11 {
		t.Errorf("Meetings(COUNCIL MEETING 7) = %d meetings, %v; want 11 (7, 70-79)", len(ms), err)
	}
}

// vacuumCount is how many times the table of that name in the store's own
// schema has been vacuumed by hand (not by autovacuum).
func vacuumCount(ctx context.Context, t *testing.T, s *store.Store, table string) int64 {
	t.Helper()
	var n int64
	if err := s.DB().QueryRowContext(ctx, `SELECT vacuum_count FROM pg_stat_user_tables
		WHERE relid = to_regclass($1)`, table).Scan(&n); err != nil {
		t.Fatalf("vacuum count of %s: %v", table, err)
	}
	return n
}
