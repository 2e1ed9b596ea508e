package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runMain runs briefbot in-process with the given stdin and environment.
// testNow is the time every in-process run of briefbot sees, unless a test
// says otherwise: tests never read the wall clock.
var testNow = time.Date(2026, 12, 4, 9, 30, 0, 0, time.UTC)

// fixedClock is a clock that stands still at t. Its timers never fire, so a
// daemon's scheduler posts what is due at t and then waits.
type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time                     { return c.t }
func (fixedClock) After(time.Duration) <-chan time.Time { return nil }

func runMain(t *testing.T, stdin string, envVars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runMainAt(t, testNow, stdin, envVars, args...)
}

// runMainAt runs briefbot in-process with its clock standing at now.
func runMainAt(t *testing.T, now time.Time, stdin string, envVars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb strings.Builder
	e := &env{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		lookup: func(k string) (string, bool) { v, ok := envVars[k]; return v, ok },
		clock:  fixedClock{now},
	}
	code = Main(context.Background(), args, e)
	return code, out.String(), errb.String()
}

func TestDemoScripted(t *testing.T) {
	code, out, errOut := runMain(t, "/brief 1\n/search india\n/meetings\n/meetings past\n/digest\n/bogus\nhello\n", nil, "demo")
	if code != 0 {
		t.Fatalf("demo exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"briefbot demo", "Loaded 8 sample briefs",
		"Morning briefing · Thu 4 Dec 2025", "Top stories", "(2 sources)", "Upcoming meetings",
		"> /brief 1", "Rajnath Singh, Belousov pay tribute at National War Memorial", "IANS · New Delhi · Thu 4 Dec 2025 · #1",
		"> /search india", "Briefs about “india”",
		"> /meetings", "Upcoming meetings", "Manekshaw Centre",
		"> /bogus", "I don't know /bogus",
		"> hello", "Hello!", "Ask me with a command: /meetings, /brief latest or /search india",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("demo wrote ANSI escapes to a non-terminal")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

func TestDemoBadFlag(t *testing.T) {
	code, _, errOut := runMain(t, "", nil, "demo", "-now", "tomorrowish")
	if code != 2 || !strings.Contains(errOut, `-now "tomorrowish"`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestUsage(t *testing.T) {
	code, out, _ := runMain(t, "", nil, "--help")
	if code != 0 || !strings.Contains(out, "demo") || !strings.Contains(out, "ingest") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	code, _, errOut := runMain(t, "", nil, "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
	code, _, errOut = runMain(t, "", nil, "ingest", "-h")
	if code != 0 || !strings.Contains(errOut, "Usage: briefbot ingest [-format F] PATH... | -") || !strings.Contains(errOut, "-db") {
		t.Errorf("ingest -h: exit %d, %q", code, errOut)
	}
}

func TestIngestThenQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	in := filepath.Join(dir, "in")
	must(t, os.MkdirAll(in, 0o755))
	canon, err := os.ReadFile(filepath.Join("..", "..", "briefs", "samples", "briefs", "01-india-russia-irigc.txt"))
	must(t, err)
	must(t, os.WriteFile(filepath.Join(in, "a.txt"), canon, 0o644))
	must(t, os.WriteFile(filepath.Join(in, "b.jsonl"), []byte(`{"text":"BRUSSELS, March 2 (Reuters) - EU farm ministers will meet here on Monday.","published":"2026-03-02","source":"Reuters","desk":"eu"}`+"\n{broken\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(in, "c.txt"), []byte{0xff, 0xfe, 'x'}, 0o644))
	must(t, os.WriteFile(filepath.Join(in, "dup.md"), canon, 0o644))
	envVars := map[string]string{"BRIEFBOT_DB": db}

	code, out, errOut := runMain(t, "", envVars, "ingest", in)
	if code != 1 {
		t.Errorf("ingest with bad files: exit %d, want 1", code)
	}
	for _, want := range []string{`b.jsonl": line 2`, "malformed JSON", "c.txt", "UTF-8", "2 inputs could not be read"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("ingest stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "Ingested 2 new briefs") || !strings.Contains(out, "1 duplicate,") {
		t.Errorf("ingest summary: %q", out)
	}

	code, out, _ = runMain(t, "", envVars, "search", "farm", "ministers")
	if code != 0 || !strings.Contains(out, "EU farm ministers") {
		t.Errorf("search: exit %d\n%s", code, out)
	}
	code, out, _ = runMain(t, "", envVars, "brief", "1")
	if code != 0 || !strings.Contains(out, "Rajnath Singh") {
		t.Errorf("brief 1: exit %d\n%s", code, out)
	}
	code, out, errOut = runMain(t, "", envVars, "meetings", "-format", "json", "-now", "2025-12-04", "all", "irigc")
	if code != 0 {
		t.Fatalf("meetings json: exit %d: %s", code, errOut)
	}
	var ms []map[string]any
	if err := json.Unmarshal([]byte(out), &ms); err != nil {
		t.Fatalf("meetings json: %v\n%s", err, out)
	}
	code, out, _ = runMain(t, "", envVars, "meetings", "-format", "ics")
	if code != 0 || !strings.HasPrefix(out, "BEGIN:VCALENDAR") {
		t.Errorf("meetings ics: exit %d\n%.200s", code, out)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	must(t, os.WriteFile(bad, []byte("log_level: loud\ndestinations:\n  - name: x\n    platform: telegram\n    chat: \"-100\"\n    schedule: \"0 8 * * *\"\n    timezone: Mars/Olympus\n"), 0o644))
	code, _, errOut := runMain(t, "", nil, "config", "-config", bad)
	if code != 1 {
		t.Errorf("config with errors: exit %d", code)
	}
	for _, want := range []string{"log_level", "loud", "Mars/Olympus", "BotFather"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("config error lacks %q:\n%s", want, errOut)
		}
	}
	code, out, _ := runMain(t, "", map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": "123456:SECRETSECRETSECRETSECRETSECRETSECRET", "BRIEFBOT_DB": filepath.Join(dir, "x.db")}, "config")
	if code != 0 || strings.Contains(out, "SECRETSECRET") || !strings.Contains(out, "[redacted]") {
		t.Errorf("config dump: exit %d, secret shown or not redacted:\n%s", code, out)
	}
}

func TestExtractAndSummarize(t *testing.T) {
	canon := filepath.Join("..", "..", "briefs", "samples", "briefs", "01-india-russia-irigc.txt")
	code, out, errOut := runMain(t, "", nil, "extract", "-published", "2025-12-04", canon)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	var res struct {
		Dateline struct{ Place, Date string }
		Meetings []struct{ Date, Status string }
	}
	must(t, json.Unmarshal([]byte(out), &res))
	if res.Dateline.Place != "New Delhi" || res.Dateline.Date != "2025-12-04" || len(res.Meetings) == 0 {
		t.Errorf("extract result: %+v", res)
	}
	code, out, _ = runMain(t, "", nil, "summarize", canon)
	if code != 0 || strings.Contains(out, "pay tribute at National War Memorial") || strings.Contains(out, "(IANS)") || out == "" {
		t.Errorf("summarize of a titled brief: exit %d, want a summary without the title line or dateline:\n%s", code, out)
	}
	code, out, _ = runMain(t, `{"id":"a","text":"One sentence here. Another sentence there. A third one."}`+"\nnot json\n", nil, "summarize", "-jsonl", "-sentences", "1")
	if code != 1 || !strings.Contains(out, `"id":"a"`) || !strings.Contains(out, "line 2") {
		t.Errorf("summarize -jsonl: exit %d\n%s", code, out)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestFlagsAfterArguments: a flag typed after the arguments is a flag, as
// users expect (it used to be read as a file name: "open -h: no such file"),
// and "--" still ends the flags.
func TestFlagsAfterArguments(t *testing.T) {
	canon := filepath.Join("..", "..", "briefs", "samples", "briefs", "01-india-russia-irigc.txt")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // in stdout
		wantErr  string // in stderr
	}{
		{"help after a task", []string{"eval", "dates", "-h"}, 0, "", "Usage: briefbot eval"},
		{"help after a file", []string{"extract", canon, "--help"}, 0, "", "Usage: briefbot extract"},
		{"flag after a file", []string{"extract", canon, "-explain"}, 0, "title.acronym", ""},
		{"unknown flag after a file", []string{"extract", canon, "-frob"}, 2, "", "flag provided but not defined: -frob"},
		{"dash-dash ends flags", []string{"extract", "--", "-explain"}, 1, "", "-explain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runMain(t, "", nil, tt.args...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("briefbot %q: exit %d, want %d\nstdout %q, want %q in it\nstderr %q, want %q in it",
					tt.args, code, tt.wantCode, out, tt.wantOut, errOut, tt.wantErr)
			}
		})
	}
}
