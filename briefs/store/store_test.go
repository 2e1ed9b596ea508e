package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// openTemp opens a new SQLite store in a test's temporary directory.
func openTemp(t *testing.T) *store.Store {
	t.Helper()
	return openPath(t, filepath.Join(t.TempDir(), "briefbot.db"))
}

func openPath(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.OpenWith(context.Background(), path, store.OpenOptions{Now: storetest.Clock})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestSQLite(t *testing.T) {
	storetest.Run(t, openTemp)
}

func TestSQLiteShared(t *testing.T) {
	storetest.RunShared(t, func(t *testing.T) (*store.Store, *store.Store) {
		path := filepath.Join(t.TempDir(), "shared.db")
		return openPath(t, path), openPath(t, path)
	})
}

func TestSQLiteMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store { return openPath(t, ":memory:") })
}

func TestPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store {
		return storetest.OpenPostgres(t, storetest.PostgresURL(t))
	})
}

func TestPostgresShared(t *testing.T) {
	storetest.RunShared(t, func(t *testing.T) (*store.Store, *store.Store) {
		url := storetest.PostgresURL(t)
		return storetest.OpenPostgres(t, url), storetest.OpenPostgres(t, url)
	})
}
