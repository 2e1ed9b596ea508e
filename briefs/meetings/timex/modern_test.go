package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestModernWire runs Find on short modern wire stories with hand-checked
// gold (testdata/modern.jsonl, the dates.dev format) covering the forms the
// meetings extractor relies on, and requires every gold expression to be
// found with its value and no false alarms.
func TestModernWire(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "modern.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var total Counts
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var g GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
		ref, err := ParsePublished(g.Published)
		if err != nil {
			t.Fatal(err)
		}
		pred := Find(g.Text, ref)
		c := Score(g.Timex, pred)
		total.Add(c)
		if c.Value != c.Gold || c.Pred != c.Gold {
			for k, lines := range diagnose(g, pred) {
				for _, l := range lines {
					t.Errorf("%s: %s %s", g.ID, k, l)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 15 {
		t.Fatalf("%d stories, want at least 15", n)
	}
	var rep Report
	rep.fill(total)
	t.Logf("modern: %d stories, %d gold, value F1 %.3f, full-date F1 %.3f", n, rep.Gold, rep.Value.F1, rep.FullDate.F1)
}
