package meetings

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// panicOn makes the developer commands' extraction panic on texts holding
// word, as a rule bug would, for the rest of the test.
func panicOn(t *testing.T, word string) {
	t.Helper()
	t.Cleanup(func() { extractText = OfText })
	extractText = func(text string, published, ingested time.Time) Result {
		if strings.Contains(text, word) {
			var cues []int
			_ = cues[len(text)] // index out of range, as the cut-text bugs were
		}
		return OfText(text, published, ingested)
	}
}

func TestRunJSONLReportsRulePanicAndGoesOn(t *testing.T) {
	panicOn(t, "BOOM")
	in := `{"id":"a","text":"BOOM","published":"1987-03-02"}
{"id":"b","text":"PARIS, March 2 - OPEC ministers will meet here on Friday.","published":"1987-03-02"}`
	var out strings.Builder
	bad, err := RunJSONL(context.Background(), strings.NewReader(in), &out, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if bad != 1 {
		t.Errorf("bad = %d, want 1", bad)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d output lines, want 2:\n%s", len(lines), out.String())
	}
	if !strings.Contains(lines[0], `"id":"a"`) || !strings.Contains(lines[0], "line 1: the meeting rules failed") {
		t.Errorf("line 1 = %s, want the failure reported against id a", lines[0])
	}
	if !strings.Contains(lines[1], "OPEC") {
		t.Errorf("line 2 = %s, want the next story's meeting", lines[1])
	}
}

func TestEvalStopsWithRulePanicNamingTheLine(t *testing.T) {
	panicOn(t, "BOOM")
	in := `{"id":"ok","published":"1987-03-02","text":"Nothing here.","meetings":[]}
{"id":"bad","published":"1987-03-02","text":"BOOM","meetings":[]}`
	_, err := Eval(context.Background(), strings.NewReader(in), &strings.Builder{}, nil, nil)
	var failed *ExtractFailed
	if !errors.As(err, &failed) {
		t.Fatalf("err = %v, want *ExtractFailed", err)
	}
	if !strings.Contains(err.Error(), `line 2 (id "bad")`) {
		t.Errorf("err = %v, want it to name line 2 and id bad", err)
	}
}
