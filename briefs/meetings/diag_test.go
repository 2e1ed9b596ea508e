package meetings

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

var diagFile = flag.String("diag", "", "eval file to diagnose: print false alarms, misses and wrong fields (e.g. testdata/heldout.jsonl)")

// TestDiagnose prints, for the file named by -diag, every false alarm, miss
// and matched pair whose status, place or participants are wrong. It is a
// tool for reading errors, not a check; it skips without -diag.
func TestDiagnose(t *testing.T) {
	if *diagFile == "" {
		t.Skip("no -diag file")
	}
	var b strings.Builder
	if err := writeErrors(&b, diagDocs(t)); err != nil {
		t.Fatal(err)
	}
	t.Log(b.String())
}

// TestDiagnoseSamples prints what Extract finds in the demo's sample briefs
// (with -diag samples).
func TestDiagnoseSamples(t *testing.T) {
	if *diagFile != "samples" {
		t.Skip("no -diag samples")
	}
	files, _ := filepath.Glob(filepath.Join("..", "samples", "briefs", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(string(b), "\n\n")
		res := Extract(body, samplePublished(body), briefs.Dateline{})
		t.Logf("== %s", filepath.Base(f))
		for _, m := range res.Meetings {
			t.Logf("   %s", showMeeting(m))
		}
	}
}

// samplePublished reads "Dec 4" from a sample's dateline (year 2025).
func samplePublished(body string) time.Time {
	for d := 1; d <= 31; d++ {
		if strings.Contains(body[:min(len(body), 40)], "Dec "+strconv.Itoa(d)+" ") {
			return time.Date(2025, 12, d, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC)
}

// TestDiagnoseTitles prints every predicted title beside the gold one for
// the file named by -diag (with -titles).
func TestDiagnoseTitles(t *testing.T) {
	if !*titles || *diagFile == "" {
		t.Skip("no -diag FILE -titles")
	}
	docs := diagDocs(t)
	for _, d := range docs {
		for _, p := range d.score.pairs {
			t.Logf("%-60s | %s", d.pred[p[0]].Title, d.gold.Meetings[p[1]].Title)
		}
	}
}

var titles = flag.Bool("titles", false, "with -diag: print predicted and gold titles")

// diagDocs scores the -diag file ("dev" for the dev set) for the diagnostics.
func diagDocs(t *testing.T) []docResult {
	t.Helper()
	path := *diagFile
	if path == "dev" {
		path = filepath.Join("..", "..", "..", "shared", "eval", "meetings.dev.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, docs, err := evalDocs(context.Background(), f, extracted, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
