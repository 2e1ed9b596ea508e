package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// wallClockAllowed names the production files that may read the wall clock
// (time.Now, time.Since, time.Until), and why. Everything else gets the
// clock passed down from main, so tests can run it at any time they choose.
var wallClockAllowed = map[string]string{
	"cmd/briefbot/clock.go": "the wall clock itself, handed to everything by main",
	"bot/telegram/limit.go": "rate-limit pacing: only the gap between two readings counts, never the date",
	"bot/telegram/poll.go":  "long-poll pacing: measures how fast an empty poll came back",
	"bot/slack/send.go":     "rate-limit pacing per channel",
	"bot/slack/socket.go":   "reconnect backoff pacing",
	"briefs/store/store.go": "SQLite busy retry: a deadline a few seconds after the first try",
}

// TestNoWallClockOutsideTheWiring fails when production code reads the wall
// clock anywhere but the files above, or a test does outside a benchmark
// file (one whose name contains "bench": timing goals live there).
func TestNoWallClockOutsideTheWiring(t *testing.T) {
	for _, f := range wallClockOffenders(t, filepath.Join("..", "..")) {
		t.Errorf("%s reads the wall clock; take a clock (func() time.Time) from the caller instead", f)
	}
}

// wallClockOffenders lists "file:line: time.Now" for every wall-clock read
// under root that neither wallClockAllowed nor a benchmark file excuses.
func wallClockOffenders(t *testing.T, root string) []string {
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || name == "node_modules" || (strings.HasPrefix(name, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		if strings.HasSuffix(path, "_test.go") && strings.Contains(d.Name(), "bench") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if _, ok := wallClockAllowed[rel]; ok {
			return nil
		}
		for _, use := range wallClockReads(t, path) {
			found = append(found, rel+":"+use)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(found)
	return found
}

// wallClockReads lists "line: time.Now" for each use of time.Now, time.Since
// or time.Until in the file, called or passed as a value.
func wallClockReads(t *testing.T, path string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	timePkg := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "time" {
			timePkg = "time"
			if imp.Name != nil {
				timePkg = imp.Name.Name
			}
		}
	}
	if timePkg == "" {
		return nil
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && x.Name == timePkg {
			switch sel.Sel.Name {
			case "Now", "Since", "Until":
				out = append(out, strconv.Itoa(fset.Position(sel.Pos()).Line)+": time."+sel.Sel.Name)
			}
		}
		return true
	})
	return out
}

// TestWallClockCheckFinds makes sure the check above can fail.
func TestWallClockCheckFinds(t *testing.T) {
	dir := t.TempDir()
	src := "package x\n\nimport clock \"time\"\n\nvar a = clock.Now\n\nfunc b() { _ = clock.Since(clock.Time{}) }\n"
	path := filepath.Join(dir, "x.go")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(wallClockReads(t, path), ", ")
	if got != "5: time.Now, 7: time.Since" {
		t.Errorf("wallClockReads = %q, want both reads", got)
	}
}

// TestWallClockCheckCoversTests makes sure a test file that reads the wall
// clock is found, and a benchmark file is not.
func TestWallClockCheckCoversTests(t *testing.T) {
	dir := t.TempDir()
	src := "package x\n\nimport \"time\"\n\nfunc f() { _ = time.Now() }\n"
	for _, name := range []string{"x_test.go", "x_bench_test.go", "x.go"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.Join(wallClockOffenders(t, dir), ", ")
	if got != "x.go:5: time.Now, x_test.go:5: time.Now" {
		t.Errorf("offenders = %q, want x.go and x_test.go, not the benchmark file", got)
	}
}
