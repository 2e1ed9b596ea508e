package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// cliCase is one command line run in-process; its exit status, standard
// output and standard error are compared with testdata/cli/NAME.golden.
// $DIR in args, env values and stdin is the case's temporary folder, and
// $DB a store holding the sample briefs; both are written back as $DIR and
// $DB in the golden file.
type cliCase struct {
	name  string
	args  []string
	env   map[string]string
	stdin string
	// now is the clock of the run (default testNow).
	now time.Time
	// setup prepares the folder before the run; after checks it afterwards.
	setup, after func(t *testing.T, dir string)
}

// runCLICases runs the cases and checks them against their golden files.
func runCLICases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "samples.db")
			expand := strings.NewReplacer("$DB", db, "$DIR", dir).Replace
			if usesDB(c) {
				seedStore(t, db)
			}
			if c.setup != nil {
				c.setup(t, dir)
			}
			args := make([]string, len(c.args))
			for i, a := range c.args {
				args[i] = expand(a)
			}
			env := map[string]string{}
			for k, v := range c.env {
				env[k] = expand(v)
			}
			now := c.now
			if now.IsZero() {
				now = testNow
			}
			code, out, errOut := runMainAt(t, now, expand(c.stdin), env, args...)
			got := "exit " + strconv.Itoa(code) + "\n--- stdout\n" + out + "--- stderr\n" + errOut
			got = strings.NewReplacer(db, "$DB", dir, "$DIR").Replace(got)
			checkGolden(t, filepath.Join("testdata", "cli", c.name+".golden"), got)
			if c.after != nil {
				c.after(t, dir)
			}
		})
	}
}

func usesDB(c cliCase) bool {
	if strings.Contains(c.stdin, "$DB") {
		return true
	}
	for _, a := range c.args {
		if strings.Contains(a, "$DB") {
			return true
		}
	}
	for _, v := range c.env {
		if strings.Contains(v, "$DB") {
			return true
		}
	}
	return false
}

// seedStore makes a store at path holding the demo's sample briefs,
// ingested on the demo's morning.
func seedStore(t *testing.T, path string) {
	t.Helper()
	cfg := config.Default()
	cfg.DB, cfg.LogLevel = path, "error"
	var sink strings.Builder
	a, err := openAppWith(context.Background(), &env{stderr: &sink, clock: fixedClock{testNow}}, cfg)
	must(t, err)
	defer a.Close()
	_, err = a.loadSamples(context.Background(), time.Date(2025, 12, 4, 7, 0, 0, 0, time.UTC))
	must(t, err)
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		must(t, os.MkdirAll(filepath.Dir(path), 0o755))
		must(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
