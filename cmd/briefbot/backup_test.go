package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// allBriefs reads every brief of the store at db.
func allBriefs(t *testing.T, db string) []briefs.Brief {
	t.Helper()
	s, err := store.OpenWith(context.Background(), db, store.OpenOptions{ReadOnly: true})
	must(t, err)
	defer s.Close()
	var out []briefs.Brief
	must(t, s.Each(context.Background(), func(b briefs.Brief) error { out = append(out, b); return nil }))
	return out
}

// comparable drops what a new ingest changes by design: the time of ingest.
func comparable(bs []briefs.Brief) []briefs.Brief {
	out := make([]briefs.Brief, len(bs))
	for i, b := range bs {
		b.IngestedAt = time.Time{}
		b.Published = b.Published.UTC()
		out[i] = b
	}
	return out
}

func TestExportIngestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "extra.jsonl")
	must(t, os.WriteFile(jsonl, []byte(`{"id":"wire-7","title":"Ministers meet","text":"GENEVA, March 3 (Reuters) - Trade ministers will meet on Friday to discuss tariffs, officials said.","source":"Reuters","url":"https://example.org/7","published":"2026-03-03T09:30:00+01:00","desk":"trade","tags":["a","b"]}
{"text":"A brief with no title, id or date. It says that the council meets next week."}
`), 0o600))
	src := filepath.Join(dir, "src.db")
	vars := map[string]string{"BRIEFBOT_DB": src}
	if code, out, errOut := runMain(t, "", vars, "ingest", filepath.Join("..", "..", "briefs", "samples", "briefs"), jsonl); code != 0 {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errOut)
	}
	code, exported, errOut := runMain(t, "", vars, "export")
	if code != 0 {
		t.Fatalf("export: exit %d\n%s", code, errOut)
	}
	want := allBriefs(t, src)
	if n := strings.Count(exported, "\n"); n != len(want) || len(want) < 3 {
		t.Fatalf("export wrote %d lines for %d briefs", n, len(want))
	}
	if !strings.Contains(exported, `"published":"2026-03-03T08:30:00Z","desk":"trade","tags":["a","b"]}`) {
		t.Errorf("the JSON brief's time or extra fields were not kept:\n%s", exported)
	}
	file := filepath.Join(dir, "briefs.jsonl")
	must(t, os.WriteFile(file, []byte(exported), 0o600))
	dst := filepath.Join(dir, "dst.db")
	if code, out, errOut := runMain(t, "", map[string]string{"BRIEFBOT_DB": dst}, "ingest", file); code != 0 {
		t.Fatalf("ingest the export: exit %d\n%s\n%s", code, out, errOut)
	}
	got := allBriefs(t, dst)
	if !reflect.DeepEqual(comparable(got), comparable(want)) {
		for i := range min(len(got), len(want)) {
			if g, w := comparable(got[i : i+1])[0], comparable(want[i : i+1])[0]; !reflect.DeepEqual(g, w) {
				t.Errorf("brief %d differs after the round trip:\ngot  %+v\nwant %+v", i+1, g, w)
			}
		}
		t.Fatalf("%d briefs after the round trip, %d before", len(got), len(want))
	}

	// -since keeps the briefs ingested at or after the time.
	code, none, _ := runMain(t, "", vars, "export", "-since", "2999-01-01")
	if code != 0 || none != "" {
		t.Errorf("export -since 2999-01-01: exit %d, %d bytes; want nothing", code, len(none))
	}
	if code, _, errOut := runMain(t, "", vars, "export", "-since", "yesterday"); code != 2 || !strings.Contains(errOut, "-since") {
		t.Errorf("export -since yesterday: exit %d %q, want a usage error naming -since", code, errOut)
	}
}

func TestBackup(t *testing.T) {
	db := ingestCanon(t)
	out := filepath.Join(t.TempDir(), "copy.db")
	vars := map[string]string{"BRIEFBOT_DB": db}
	code, stdout, errOut := runMain(t, "", vars, "backup", out)
	if code != 0 || !strings.Contains(stdout, "1 briefs") {
		t.Fatalf("backup: exit %d\n%s\n%s", code, stdout, errOut)
	}
	if !reflect.DeepEqual(comparable(allBriefs(t, out)), comparable(allBriefs(t, db))) {
		t.Error("the copy's briefs differ from the store's")
	}
	if code, _, errOut := runMain(t, "", vars, "backup", out); code != 1 || !strings.Contains(errOut, "already exists") {
		t.Errorf("backup over an existing file: exit %d %q", code, errOut)
	}
	pg := map[string]string{"BRIEFBOT_DB": "postgres://briefbot:s3cret@db.example.org/briefbot"}
	if code, _, errOut := runMain(t, "", pg, "backup", filepath.Join(t.TempDir(), "x.db")); code != 1 || !strings.Contains(errOut, "pg_dump") || strings.Contains(errOut, "s3cret") {
		t.Errorf("backup of PostgreSQL: exit %d %q, want a pointer to pg_dump without the password", code, errOut)
	}
	if code, _, _ := runMain(t, "", vars, "backup"); code != 2 {
		t.Errorf("backup without a file: exit %d, want 2", code)
	}
}
