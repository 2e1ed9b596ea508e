package meetings

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// TestExplainTagsTestdata runs `extract -explain` over every story of
// testdata/*.jsonl and requires every field of every meeting to name its
// rule: an untagged field is a gap a newcomer cannot look up. (Round 23
// found one: "Call on the Cabinet Secretary" at a line's start, whose rule
// read from the word before the head, before the sentence; rules.go
// byTokens now starts such a phrase at the sentence's first word.)
func TestExplainTagsTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("testdata: %v %v", files, err)
	}
	steps := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), maxLine)
		for sc.Scan() {
			var g goldDoc
			if len(sc.Bytes()) == 0 {
				continue
			}
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			pub, err := time.Parse("2006-01-02", g.Published)
			if err != nil {
				t.Fatalf("%s %s: %v", name, g.ID, err)
			}
			_, ex := Explain(reading.Of(ingest.FromText("", g.Text, pub, ingest.Options{Now: pub})))
			for _, e := range ex {
				for _, st := range e.Steps {
					steps++
					if st.Rule == Untagged {
						t.Errorf("%s %s: meeting %q: field %s (%q) names no rule", name, g.ID, e.Title, st.Field, st.Value)
					}
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if steps < 1000 {
		t.Fatalf("only %d explained steps over %d files: the test data did not load", steps, len(files))
	}
}
