package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
)

// PostgresEnv names the environment variable holding the URL of a PostgreSQL
// database the tests may use (.ci/postgres.sh starts a private server and
// prints it).
const PostgresEnv = "BRIEFBOT_TEST_POSTGRES"

// PostgresURL returns the URL of a new, empty schema in the test database, so
// that tests running at once do not see each other's tables; the schema is
// dropped when the test ends. It skips the test when BRIEFBOT_TEST_POSTGRES
// is not set.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skip(PostgresEnv + " is not set: no PostgreSQL to test against " +
			`(eval "$(.ci/postgres.sh start)" starts one)`)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	ctx := context.Background()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	defer db.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	// The unaccent and pg_trgm extensions are per database, created in
	// public once (under a lock: test binaries run at once); the migrations
	// find them there.
	for _, st := range []string{
		`SELECT pg_advisory_lock(1)`,
		`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`,
		`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`,
		`SELECT pg_advisory_unlock(1)`,
		`CREATE SCHEMA ` + schema,
	} {
		if _, err := db.ExecContext(ctx, st); err != nil {
			t.Fatalf("postgres: %s: %v", st, err)
		}
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			t.Errorf("postgres: drop schema: %v", err)
			return
		}
		defer db.Close()
		if _, err := db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("postgres: drop schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

// OpenPostgres opens a store on url with the suite's clock, closing it when
// the test ends.
func OpenPostgres(t testing.TB, url string) *store.Store {
	t.Helper()
	s, err := store.OpenWith(context.Background(), url, store.OpenOptions{Now: Clock})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}
