package meetings

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/samples"
)

// TestExplainGolden prints `extract -explain` for every sample brief, read
// as ingest reads it at the demo's reference time, and compares it with
// testdata/explain/NAME.golden. Every field of every meeting must name a
// rule of the list: an untagged field fails the test.
func TestExplainGolden(t *testing.T) {
	now, err := time.Parse(time.RFC3339, samples.Now)
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(samples.FS, "briefs/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("sample briefs: %v %v", names, err)
	}
	for _, name := range names {
		t.Run(path.Base(name), func(t *testing.T) {
			data, err := fs.ReadFile(samples.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			items := ingest.Parse(name, data, ingest.Options{Now: now})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("ingest.Parse: %+v", items)
			}
			res, ex := Explain(reading.Of(items[0].Brief))
			if len(ex) != len(res.Meetings) {
				t.Fatalf("%d explanations for %d meetings", len(ex), len(res.Meetings))
			}
			for i, e := range ex {
				if len(e.Steps) == 0 {
					t.Errorf("meeting %d %q: no steps", i+1, e.Title)
				}
				for _, s := range e.Steps {
					if s.Rule.About() == "" {
						t.Errorf("meeting %d %s = %q: rule %q is not in the rule list", i+1, s.Field, s.Value, s.Rule)
					}
				}
			}
			var out bytes.Buffer
			if err := WriteExplain(&out, res, ex); err != nil {
				t.Fatal(err)
			}
			golden(t, path.Join("explain", strings.TrimSuffix(path.Base(name), ".txt")+".golden"), out.Bytes())
		})
	}
}

// TestRulesDescribed checks every rule has a one-line description and a
// unique name.
func TestRulesDescribed(t *testing.T) {
	seen := map[Rule]bool{}
	for _, r := range Rules() {
		if seen[r] {
			t.Errorf("rule %q listed twice", r)
		}
		seen[r] = true
		if a := r.About(); a == "" || strings.Contains(a, "\n") {
			t.Errorf("rule %q: description %q", r, a)
		}
	}
	if Untagged.About() != "" {
		t.Errorf("Untagged must not be a listed rule")
	}
}

// TestExplainSidelinesQuotesPlace: a place taken from the gathering on
// whose sidelines a meeting is held quotes the words that place the
// gathering, like every other place step (it showed none).
func TestExplainSidelinesQuotesPlace(t *testing.T) {
	text := "TOKYO, Oct 27 (Reuters) - Prime Minister Sanae Takaichi will hold talks with Chinese President Xi Jinping " +
		"on Friday on the sidelines of the APEC summit, officials said. The summit opens in Gyeongju on Thursday."
	_, ex := Explain(reading.Text(text, time.Date(2026, 10, 27, 9, 0, 0, 0, time.UTC), briefs.Dateline{}))
	for _, e := range ex {
		for _, s := range e.Steps {
			if s.Field == FieldPlace && s.Rule == RulePlaceSidelines {
				if s.Text != "Gyeongju" {
					t.Errorf("%q: place step quotes %q, want \"Gyeongju\"", e.Title, s.Text)
				}
				return
			}
		}
	}
	t.Errorf("no place.sidelines step among %+v", ex)
}
