package generate_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/generate"
)

var end = time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC)

func records(t *testing.T, ts []generate.Template, opts generate.Options) []generate.Record {
	t.Helper()
	g, err := generate.New(ts, opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []generate.Record
	if err := g.Each(func(r generate.Record) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEachIsDeterministicAndSpread(t *testing.T) {
	ts, err := generate.Load("testdata/templates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	opts := generate.Options{N: 500, End: end, Days: 10, Seed: 7}
	a, b := records(t, ts, opts), records(t, ts, opts)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same seed differ")
	}
	opts.Seed = 8
	if c := records(t, ts, opts); reflect.DeepEqual(a, c) {
		t.Error("seeds 7 and 8 give the same records")
	}
	if len(a) != 500 {
		t.Fatalf("%d records, want 500", len(a))
	}
	start := end.AddDate(0, 0, -10)
	days := map[string]int{}
	ids := map[string]bool{}
	used := map[int]bool{}
	for i, r := range a {
		if r.Published.Before(start) || r.Published.After(end) {
			t.Errorf("record %d published %s, outside [%s, %s]", i, r.Published, start, end)
		}
		if i > 0 && r.Published.Before(a[i-1].Published) {
			t.Errorf("record %d published %s before record %d (%s)", i, r.Published, i-1, a[i-1].Published)
		}
		if ids[r.Text] {
			t.Errorf("record %d repeats a text", i)
		}
		ids[r.Text] = true
		if !strings.HasPrefix(r.Text, ts[r.Template].Text) || !strings.HasSuffix(r.Text, "\n\n"+r.Mark) || r.Title != ts[r.Template].Title {
			t.Errorf("record %d is not a copy of template %d plus its mark: %q", i, r.Template, r.Text)
		}
		days[r.Published.Format("2006-01-02")]++
		used[r.Template] = true
	}
	if len(days) != 10 {
		t.Errorf("records fall on %d days, want 10: %v", len(days), days)
	}
	for d, n := range days {
		if n < 49 || n > 51 {
			t.Errorf("%s has %d records, want about 50", d, n)
		}
	}
	if len(used) != len(ts) {
		t.Errorf("%d of %d templates used", len(used), len(ts))
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	ts := []generate.Template{{Text: "x"}}
	for _, c := range []struct {
		name string
		ts   []generate.Template
		opts generate.Options
		want string
	}{
		{"no templates", nil, generate.Options{N: 1, Days: 1, End: end}, "no templates"},
		{"zero N", ts, generate.Options{Days: 1, End: end}, "N is 0"},
		{"zero days", ts, generate.Options{N: 1, End: end}, "Days is 0"},
		{"no end", ts, generate.Options{N: 1, Days: 1}, "End is not set"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := generate.New(c.ts, c.opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one naming %q", err, c.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	ts, err := generate.Load("testdata")
	if err == nil {
		t.Fatalf("loading a folder with a bad file gave %d templates and no error", len(ts))
	}
	if want := "notext.jsonl:2: no \"text\""; !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want one naming %q", err, want)
	}
	ts, err = generate.Load("testdata/templates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []generate.Template{
		{ID: "t1", Title: "Ministers to meet", Published: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC),
			Text: "BRUSSELS, Jan 10 (Reuters) - EU farm ministers will meet in Brussels on January 12 to discuss fertiliser prices."},
		{ID: "t2", Title: "Dollar gains", Text: "The dollar rose against the euro on Friday after the central bank spoke."},
		{ID: "t3", Published: time.Date(2026, 1, 9, 8, 0, 0, 0, time.UTC), Text: "Board of the Bank of Japan holds its policy meeting on 20 January in Tokyo."},
	}
	if !reflect.DeepEqual(ts, want) {
		t.Errorf("Load = %+v\nwant %+v", ts, want)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"text": "x", "published": "yesterday"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := generate.Load(bad); err == nil || !strings.Contains(err.Error(), `bad.jsonl:1: published "yesterday"`) {
		t.Errorf("bad date: err = %v", err)
	}
	if _, err := generate.Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .jsonl files") {
		t.Errorf("empty folder: err = %v", err)
	}
}

func TestSamples(t *testing.T) {
	ts, err := generate.Samples()
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) < 8 {
		t.Fatalf("%d samples, want at least 8", len(ts))
	}
	for _, s := range ts {
		if s.Title == "" || s.Text == "" || s.Published.IsZero() {
			t.Errorf("sample %s lacks a title, text or date: %+v", s.ID, s)
		}
	}
}
