package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
)

// TestOptimize: ingests in two runs leave the index in segments; optimize
// merges them and the meetings keyword index, search finds the same, and a
// second run has nothing to do.
func TestOptimize(t *testing.T) {
	db := ingestCanon(t)
	vars := map[string]string{"BRIEFBOT_DB": db}
	if code, out, errOut := runMain(t, "", vars, "ingest", filepath.Join("..", "..", "briefs", "samples", "briefs")); code != 0 {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errOut)
	}
	_, before, _ := runMain(t, "", vars, "search", "minister")
	code, out, errOut := runMain(t, "", vars, "optimize", "-pages", "1")
	if code != 0 || !strings.Contains(out, "Merged the search index") || strings.Contains(out, " 0 steps") {
		t.Fatalf("optimize: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, after, _ := runMain(t, "", vars, "search", "minister"); after != before || !strings.Contains(after, "minister") {
		t.Errorf("search after optimize:\n%s\nbefore:\n%s", after, before)
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.MeetingIndexSegments(context.Background()); err != nil || n != 1 {
		t.Errorf("meetings keyword index after optimize: %d segments, %v; want 1", n, err)
	}
	s.Close()
	if code, out, _ := runMain(t, "", vars, "optimize"); code != 0 || !strings.Contains(out, " 0 steps") {
		t.Errorf("optimize again: exit %d %q, want 0 steps", code, out)
	}
	for _, args := range [][]string{{"optimize", "-pages", "0"}, {"optimize", "extra"}} {
		if code, _, _ := runMain(t, "", vars, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	missing := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "none.db")}
	if code, _, errOut := runMain(t, "", missing, "optimize"); code != 1 || !strings.Contains(errOut, "no store") {
		t.Errorf("optimize of a missing store: exit %d %q", code, errOut)
	}
}
