package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestQueryCLI: chat answers on the command line use the command line's
// syntax, and mistakes go to standard error with exit status 1 (2 for a
// usage error).
func TestQueryCLI(t *testing.T) {
	now := "-now=2025-12-04"
	runCLICases(t, []cliCase{
		{name: "brief-missing", args: []string{"brief", "-db", "$DB", "99"}},
		{name: "brief-not-a-number", args: []string{"brief", "-db", "$DB", "x1"}},
		{name: "brief-latest-too-many", args: []string{"brief", "-db", "$DB", "latest", "1000"}},
		{name: "brief-latest", args: []string{"brief", "-db", "$DB", "latest", "2"}},
		{name: "search-no-words", args: []string{"search", "-db", "$DB"}},
		{name: "search-page", args: []string{"search", "-db", "$DB", "-page", "2", "meeting"}},
		{name: "search-bad-page", args: []string{"search", "-db", "$DB", "-page", "0", "india"}},
		{name: "search-nothing", args: []string{"search", "-db", "$DB", "zanzibar"}},
		{name: "meetings-all", args: []string{"meetings", "-db", "$DB", now, "all"}},
		{name: "meetings-all-page-2", args: []string{"meetings", "-db", "$DB", now, "-page", "2", "all"}},
		{name: "meetings-huge-page", args: []string{"meetings", "-db", "$DB", now, "all", "page", "1844674407370955163"}},
		{name: "meetings-no-match", args: []string{"meetings", "-db", "$DB", now, "all", "zanzibar"}},
		{name: "meetings-json", args: []string{"meetings", "-db", "$DB", now, "-format", "json", "today"}},
		{name: "meetings-no-match-upcoming", args: []string{"meetings", "-db", "$DB", now, "zanzibar"}},
	})
}

// TestDigestCLI: the digest is named after the time of day, and /digest
// post counts what the digest said (two reports of one story are one).
func TestDigestCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{name: "digest-evening", args: []string{"digest", "-db", "$DB", "-now", "2025-12-04T22:25:00Z"}},
		{name: "chat-digest-post", args: []string{"chat", "-db", "$DB"}, stdin: "/digest post\n", now: time.Date(2025, 12, 4, 10, 0, 0, 0, time.UTC)},
	})
}

// TestProgressFinishing: on a terminal the result starts after the progress
// line is cleared, not glued to it.
func TestProgressFinishing(t *testing.T) {
	var term strings.Builder
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	p := &progress{w: &term, now: func() time.Time { at = at.Add(time.Second); return at }}
	p.update("summaries: %d documents scored…", 1050)
	out := p.finishing(&term)
	fmt.Fprint(out, "summaries: 1058 documents\n")
	p.update("summaries: %d documents scored…", 1058) // too late: nothing more
	fmt.Fprint(out, "ROUGE-1 ...\n")
	p.done()
	want := "\r\x1b[Ksummaries: 1050 documents scored…\r\x1b[Ksummaries: 1058 documents\nROUGE-1 ...\n"
	if term.String() != want {
		t.Errorf("terminal got %q\nwant %q", term.String(), want)
	}
}

// TestSummarizeFlags: an explicit -sentences 0 is refused, not read as the
// default.
func TestSummarizeFlags(t *testing.T) {
	runCLICases(t, []cliCase{
		{name: "extract-format-text", args: []string{"extract", "-format", "text", "-"}, stdin: "Talks."},
		{name: "summarize-sentences-0", args: []string{"summarize", "-sentences", "0", "-"}, stdin: "One sentence. Two sentences. Three."},
	})
}

// TestExtractExplain: -explain prints each meeting of a brief field by
// field with the rule that decided it; it reads one document, not -jsonl.
func TestExtractExplain(t *testing.T) {
	canon := filepath.Join("..", "..", "briefs", "samples", "briefs", "01-india-russia-irigc.txt")
	runCLICases(t, []cliCase{
		{name: "extract-explain", args: []string{"extract", "-explain", "-published", "2025-12-04", canon}},
		{name: "extract-explain-jsonl", args: []string{"extract", "-explain", "-jsonl", "-"}, stdin: "{}"},
	})
}

// TestEvalShape: eval refuses a file made for another task instead of
// scoring it against no gold.
func TestEvalShape(t *testing.T) {
	files := func(t *testing.T, dir string) {
		must(t, os.WriteFile(filepath.Join(dir, "meetings.jsonl"), []byte("\n"+`{"id":"a","published":"2025-12-04","text":"Talks today.","meetings":[]}`+"\n"), 0o644))
		must(t, os.WriteFile(filepath.Join(dir, "dates.jsonl"), []byte(`{"id":"a","published":"2025-12-04","text":"Talks today.","timex3":[]}`+"\n"), 0o644))
		must(t, os.WriteFile(filepath.Join(dir, "other.jsonl"), []byte(`{"id":"a","text":"Talks today."}`+"\n"), 0o644))
	}
	runCLICases(t, []cliCase{
		{name: "eval-dates-on-meetings-file", args: []string{"eval", "dates", "$DIR/meetings.jsonl"}, setup: files},
		{name: "eval-meetings-on-dates-file", args: []string{"eval", "meetings", "$DIR/dates.jsonl"}, setup: files},
		{name: "eval-summaries-without-gold", args: []string{"eval", "summaries", "$DIR/other.jsonl"}, setup: files},
		{name: "eval-unknown-task", args: []string{"eval", "titles", "$DIR/other.jsonl"}, setup: files},
		{name: "eval-dates-two-files", args: []string{"eval", "dates", "$DIR/dates.jsonl", "$DIR/dates.jsonl"}, setup: files},
	})
}

// TestEvalMeetingFiles: eval meetings scores several files, each under its
// name, then all of them pooled; -errors lists what each got wrong.
func TestEvalMeetingFiles(t *testing.T) {
	files := func(t *testing.T, dir string) {
		found := `{"id":"found","published":"2025-12-04","text":"NEW DELHI, Dec 4 (IANS) - India and Russia will hold talks in New Delhi on Friday.",` +
			`"meetings":[{"title":"India-Russia talks","keys":["talks"],"date":"2025-12-05","precision":"day","place":"New Delhi","participants":["India","Russia","Japan"],"status":"upcoming","evidence":"India and Russia will hold talks in New Delhi on Friday."}]}`
		missed := `{"id":"missed","published":"2025-12-04","text":"The board gathered quietly.",` +
			`"meetings":[{"title":"Board gathering","keys":["gathered"],"date":"2025-12-03","precision":"day","place":"","participants":["board"],"status":"past","evidence":"The board gathered quietly."}]}`
		must(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(found+"\n"), 0o644))
		must(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(missed+"\n"), 0o644))
		second := strings.Replace(found, `"India","Russia","Japan"`, `"India","Russia"`, 1)
		must(t, os.WriteFile(filepath.Join(dir, "second.jsonl"), []byte(second+"\n"), 0o644))
	}
	runCLICases(t, []cliCase{
		{name: "eval-meetings-pooled", args: []string{"eval", "meetings", "$DIR/a.jsonl", "$DIR/b.jsonl"}, setup: files},
		{name: "eval-meetings-errors", args: []string{"eval", "meetings", "-errors", "$DIR/a.jsonl", "$DIR/b.jsonl"}, setup: files},
		{name: "eval-meetings-against", args: []string{"eval", "meetings", "-errors", "-against", "$DIR/second.jsonl", "$DIR/a.jsonl"}, setup: files},
		{name: "eval-meetings-against-other-stories", args: []string{"eval", "meetings", "-against", "$DIR/b.jsonl", "$DIR/a.jsonl"}, setup: files},
		{name: "eval-meetings-against-two-files", args: []string{"eval", "meetings", "-against", "$DIR/second.jsonl", "$DIR/a.jsonl", "$DIR/b.jsonl"}, setup: files},
	})
}
