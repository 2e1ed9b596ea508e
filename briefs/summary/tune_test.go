package summary

import (
	"context"
	"os"
	"testing"
)

// TestTune prints project scores for parameter variants; run with
// BRIEFBOT_TUNE=1 (it is a tool, not a check).
func TestTune(t *testing.T) {
	if os.Getenv("BRIEFBOT_TUNE") == "" {
		t.Skip("set BRIEFBOT_TUNE=1")
	}
	path := evalPath(t)
	variants := map[string]params{"default": defaultParams}
	for name, p := range variants {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := evalWith(context.Background(), f, nil, p, os.Getenv("BRIEFBOT_ORACLE") != "")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		a, _ := rep.Get(ProtocolRef, SystemProject)
		b, _ := rep.Get(Protocol3, SystemProject)
		t.Logf("%-10s ref %.1f/%.1f/%.1f  k3 %.1f/%.1f/%.1f  %.0f docs/s", name, a.R1, a.R2, a.RL, b.R1, b.R2, b.RL, rep.DocsPerSec)
		for _, r := range rep.Rows {
			t.Logf("%+v", r)
		}
	}
}
