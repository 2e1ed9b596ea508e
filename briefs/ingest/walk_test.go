package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// writeTree creates files under dir; a nil content makes a folder.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// collect walks paths and returns "path[:line] title" or "path[:line] error: msg" rows.
func collect(t *testing.T, paths []string, opts Options) []string {
	t.Helper()
	var rows []string
	err := Walk(context.Background(), paths, opts, func(it Item) error {
		row := it.Path
		if it.Line > 0 {
			row += ":" + strconv.Itoa(it.Line)
		}
		if it.Err != nil {
			row += " error: " + it.Err.Error()
		} else {
			row += " " + it.Brief.Title
		}
		rows = append(rows, row)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return rows
}

func TestWalkMixedFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.txt":                "Alpha talks\n\nPARIS (AFP) - Talks began.",
		"b/c.md":               "# Charlie\n\nBody of charlie.",
		"b/d.html":             "<title>Delta</title><p>Body.</p>",
		"b/e.json":             `{"title": "Echo", "text": "Body."}`,
		"b/f.jsonl":            "{\"title\": \"Fox 1\", \"text\": \"x\"}\n{bad}\n{\"title\": \"Fox 3\", \"text\": \"y\"}\n",
		"bad/empty.txt":        "",
		"bad/latin1.txt":       "caf\xe9",
		"bad/notext.json":      `{"title": "x"}`,
		"bad/huge.md":          strings.Repeat("word ", 300),
		"skip/image.png":       "\x89PNG",
		"skip/notes.docx":      "PK",
		".hidden/secret.txt":   "Should not be read.",
		"b/.draft.md":          "# Draft",
		"z.MD":                 "Zulu\n\nUpper-case extension.",
		"b/nested/deep/g.json": `{"title": "Golf", "text": "Deep."}`,
	})
	got := collect(t, []string{dir}, Options{MaxBytes: 1000})
	rel := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }
	want := []string{
		"a.txt Alpha talks",
		"b/c.md Charlie",
		"b/d.html Delta",
		"b/e.json Echo",
		"b/f.jsonl:1 Fox 1",
		"b/f.jsonl:2 error: \"b/f.jsonl\": line 2: malformed JSON at byte 1: invalid character 'b' looking for beginning of object key string",
		"b/f.jsonl:3 Fox 3",
		"b/nested/deep/g.json Golf",
		"bad/empty.txt error: \"bad/empty.txt\": file is empty",
		"bad/huge.md error: \"bad/huge.md\": file is 1.5 kB, over the 1000-byte limit",
		"bad/latin1.txt error: \"bad/latin1.txt\": not valid UTF-8 at byte 3",
		"bad/notext.json error: \"bad/notext.json\": \"text\" is required",
		"z.MD Zulu",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d items, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if g := filepath.ToSlash(rel(got[i])); g != want[i] {
			t.Errorf("item %d = %q\n          want %q", i, g, want[i])
		}
	}
}

func TestWalkExplicitPaths(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"one.txt":     "One\n\nBody.",
		"report.pdf":  "%PDF",
		".hidden.txt": "Hidden\n\nGiven by name, so read.",
	})
	paths := []string{
		filepath.Join(dir, "report.pdf"),
		filepath.Join(dir, "missing.txt"),
		filepath.Join(dir, ".hidden.txt"),
		filepath.Join(dir, "one.txt"),
	}
	got := collect(t, paths, Options{})
	want := []string{
		paths[0] + ` error: ` + strconv.Quote(paths[0]) + `: unsupported file type ".pdf" (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)`,
		paths[1] + " error: " + strconv.Quote(paths[1]) + ": no such file or folder",
		paths[2] + " Hidden",
		paths[3] + " One",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read files without permission")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"locked.txt": "x", "ok.txt": "Ok\n\nBody."})
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	got := collect(t, []string{dir}, Options{})
	if len(got) != 2 || !strings.HasSuffix(got[0], "locked.txt: permission denied") || !strings.HasSuffix(got[1], " Ok") {
		t.Errorf("got %q", got)
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "A\n\nx", "b.txt": "B\n\nx", "c.jsonl": "{\"text\":\"1\"}\n{\"text\":\"2\"}"})
	stop := errors.New("store is full")
	var seen []string
	err := Walk(context.Background(), []string{dir, dir}, Options{}, func(it Item) error {
		seen = append(seen, filepath.Base(it.Path))
		if len(seen) == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("Walk err = %v, want %v", err, stop)
	}
	if strings.Join(seen, ",") != "a.txt,b.txt,c.jsonl" {
		t.Errorf("seen %v, want a stop after the third item", seen)
	}
}

func TestWalkCancelled(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "A\n\nx", "b.txt": "B\n\nx"})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, []string{dir}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("Walk err = %v after %d items, want context.Canceled after 1", err, n)
	}
}

func TestWalkJSONLLineLimit(t *testing.T) {
	dir := t.TempDir()
	long := `{"text": "` + strings.Repeat("y", 200_000) + `"}`
	writeTree(t, dir, map[string]string{
		"big.jsonl": "{\"title\": \"First\", \"text\": \"a\"}\r\n" + long + "\n\n{\"title\": \"Last\", \"text\": \"b\"}",
	})
	got := collect(t, []string{dir}, Options{MaxBytes: 100_000})
	want := []string{
		"big.jsonl:1 First",
		"big.jsonl:2 error: \"big.jsonl\": line 2: line is 200.0 kB, over the 100000-byte limit",
		"big.jsonl:4 Last",
	}
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], dir+string(filepath.Separator), "")
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkSharesOneIngestTime(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "A\n\nx", "b.txt": "B\n\nx"})
	at := time.Date(2024, 2, 29, 23, 59, 0, 0, time.UTC)
	var times []time.Time
	err := Walk(context.Background(), []string{dir}, Options{Now: at}, func(it Item) error {
		times = append(times, it.Brief.IngestedAt)
		return nil
	})
	if err != nil || len(times) != 2 || !times[0].Equal(at) || !times[1].Equal(at) {
		t.Errorf("Walk err %v, IngestedAt %v: want the caller's ingest time %v for the batch", err, times, at)
	}
}
