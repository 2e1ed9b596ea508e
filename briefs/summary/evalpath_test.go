package summary

import (
	"os"
	"path/filepath"
	"testing"
)

// evalPath finds summaries.dev.jsonl (BRIEFBOT_EVAL_DIR or the shared
// folder beside the repository) or skips the test.
func evalPath(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("BRIEFBOT_EVAL_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval")
	}
	p := filepath.Join(dir, "summaries.dev.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	return p
}
