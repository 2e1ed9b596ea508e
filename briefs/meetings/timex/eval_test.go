package timex

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devFile locates the dates dev set: BRIEFBOT_EVAL_DIR or ../../../../shared/eval.
func devFile(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BRIEFBOT_EVAL_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "eval")
	}
	p := filepath.Join(dir, "dates.dev.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	return p
}

// Floors a bit below what the extractor reaches on the dev set, so a
// regression fails the test.
const (
	valueF1Floor    = 0.81
	fullDateF1Floor = 0.90
	relaxedF1Floor  = 0.92
)

func TestEvalDevSet(t *testing.T) {
	f, err := os.Open(devFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	calls := 0
	rep, err := Eval(context.Background(), f, &out, func(int) { calls++ }, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())
	if rep.Docs < 100 || calls != rep.Docs/20 {
		t.Errorf("docs = %d, progress calls = %d", rep.Docs, calls)
	}
	if !strings.Contains(out.String(), "value full-date") {
		t.Errorf("report lacks the full-date line:\n%s", out.String())
	}
	if rep.Value.F1 < valueF1Floor {
		t.Errorf("value F1 = %.3f, want >= %.2f", rep.Value.F1, valueF1Floor)
	}
	if rep.FullDate.F1 < fullDateF1Floor {
		t.Errorf("full-date value F1 = %.3f, want >= %.2f", rep.FullDate.F1, fullDateF1Floor)
	}
	if rep.Relaxed.F1 < relaxedF1Floor {
		t.Errorf("relaxed F1 = %.3f, want >= %.2f", rep.Relaxed.F1, relaxedF1Floor)
	}
}
