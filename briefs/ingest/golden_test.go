package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenItem is the rendered form of an Item in a golden file.
type goldenItem struct {
	Line       int             `json:"line,omitempty"`
	Err        string          `json:"error,omitempty"`
	Title      string          `json:"title,omitempty"`
	ExternalID string          `json:"external_id,omitempty"`
	Source     string          `json:"source,omitempty"`
	URL        string          `json:"url,omitempty"`
	Published  string          `json:"published,omitempty"`
	Dateline   briefs.Dateline `json:"dateline"`
	Body       string          `json:"body,omitempty"`
	Hash       string          `json:"hash,omitempty"`
	Meta       json.RawMessage `json:"meta,omitempty"`
}

func render(items []Item) []byte {
	out := make([]goldenItem, len(items))
	for i, it := range items {
		g := goldenItem{Line: it.Line}
		if it.Err != nil {
			g.Err = it.Err.Error()
		} else {
			b := it.Brief
			g.Title, g.ExternalID, g.Source, g.URL = b.Title, b.ExternalID, b.Source, b.URL
			g.Dateline, g.Body, g.Hash, g.Meta = b.Dateline, b.Body, b.Hash, b.Meta
			if !b.Published.IsZero() {
				g.Published = b.Published.Format(time.RFC3339)
			}
		}
		out[i] = g
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(data, '\n')
}

// TestParseGolden parses every file in testdata/in and compares the
// briefs and errors with testdata/golden. Run with -update to rewrite.
func TestParseGolden(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("testdata", "in", "*"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	opts := Options{Now: date("2026-01-15T12:00:00Z")}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			got := render(Parse(filepath.Base(name), data, opts))
			golden := filepath.Join("testdata", "golden", filepath.Base(name)+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s:\n got: %s\nwant: %s", name, golden, got, want)
			}
		})
	}
}
