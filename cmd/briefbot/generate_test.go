package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate writes generated briefs as JSONL, ingests them, and fills a
// second store directly: both stores hold every brief.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	args := []string{"generate", "-n", "12", "-days", "3", "-now", "2026-03-21", "-seed", "5"}
	code, jsonl, errOut := runMain(t, "", nil, args...)
	if code != 0 || strings.Count(jsonl, "\n") != 12 {
		t.Fatalf("generate: exit %d, %d lines; stderr %s", code, strings.Count(jsonl, "\n"), errOut)
	}
	if _, again, _ := runMain(t, "", nil, args...); again != jsonl {
		t.Error("two runs with the same flags differ")
	}
	ingested := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "i.db")}
	if code, out, errOut := runMain(t, jsonl, ingested, "ingest", "-"); code != 0 || !strings.Contains(out, "Ingested 12 new briefs") {
		t.Errorf("ingest: exit %d: %s%s", code, out, errOut)
	}
	filled := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "f.db")}
	if code, out, errOut := runMain(t, "", filled, append(args, "-store")...); code != 0 || !strings.Contains(out, "Stored 12 new briefs from 8 templates") {
		t.Errorf("generate -store: exit %d: %s%s", code, out, errOut)
	}
	for _, db := range []map[string]string{ingested, filled} {
		code, out, _ := runMain(t, "", db, "brief", "latest", "20")
		if n := strings.Count(out, "briefbot brief "); code != 0 || n != 12 {
			t.Errorf("%s: brief latest shows %d generated briefs, want 12:\n%s", db["BRIEFBOT_DB"], n, out)
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-n", "0"}, "N is 0"},
		{[]string{"-now", "soon"}, `-now "soon"`},
		{[]string{"-from", "nowhere.jsonl"}, "nowhere.jsonl"},
		{[]string{"-o", "x", "-store"}, "not both"},
		{[]string{"extra"}, `unexpected argument "extra"`},
	} {
		code, _, errOut := runMain(t, "", nil, append([]string{"generate"}, c.args...)...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("generate %v: exit %d, stderr %q; want an error naming %q", c.args, code, errOut, c.want)
		}
	}
}
