package generate_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/generate"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestFill stores copies of the templates and checks each against its
// template analysed as ingest would: same summary, dates moved by the days
// between the template's publication and the copy's.
func TestFill(t *testing.T) {
	ctx := context.Background()
	ts, err := generate.Load("testdata/templates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g, err := generate.New(ts, generate.Options{N: 60, End: end, Days: 6, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	added, err := generate.Fill(ctx, st, g, analysis.Analyzer{}, func(int) { calls++ })
	if err != nil || added != 60 || calls != 1 {
		t.Fatalf("Fill = %d, %v after %d progress calls; want 60, nil, 1", added, err, calls)
	}
	if again, err := generate.Fill(ctx, st, g, analysis.Analyzer{}, nil); err != nil || again != 0 {
		t.Errorf("second Fill = %d, %v; want 0 new (all duplicates)", again, err)
	}
	var recs []generate.Record
	if err := g.Each(func(r generate.Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	want := map[string]briefs.Brief{} // the templates, analysed as ingest reads them
	for _, tp := range ts {
		b := analysis.Document("t.json", tp.Text, tp.Published, tp.Published)
		analysis.Analyzer{}.Brief(ctx, &b)
		want[tp.ID] = b
	}
	var meetings, keyed int
	i := 0
	err = st.Each(ctx, func(b briefs.Brief) error {
		r := recs[i]
		i++
		tp := ts[r.Template]
		w := want[tp.ID]
		if b.ExternalID != r.ID || !b.Published.Equal(r.Published) || !b.IngestedAt.Equal(r.Published) || b.Summary != w.Summary {
			t.Errorf("brief %d = %q published %s ingested %s summary %q; want %q at %s, summary %q",
				b.ID, b.ExternalID, b.Published, b.IngestedAt, b.Summary, r.ID, r.Published, w.Summary)
		}
		if tp.Published.IsZero() {
			return nil
		}
		shift := r.Published.Truncate(24 * time.Hour).Sub(tp.Published.Truncate(24 * time.Hour))
		if len(b.Meetings) != len(w.Meetings) {
			t.Fatalf("brief %d has %d meetings, its template %d", b.ID, len(b.Meetings), len(w.Meetings))
		}
		for k, m := range b.Meetings {
			meetings++
			wk := w.Meetings[k].Key
			if wk != "" && !strings.Contains(wk, "@") {
				keyed++
			}
			if wk != "" && !strings.Contains(wk, "@") && m.Key != fmt.Sprint(wk, "~", b.Published.Unix()/86400/7) {
				t.Errorf("brief %d meeting key %q, want %q with the week of %s", b.ID, m.Key, wk, b.Published)
			}
			if got, wantDate := m.Date, day(t, w.Meetings[k].Date).Add(shift).Format("2006-01-02"); got != wantDate {
				t.Errorf("brief %d meeting %q on %s, want %s (template's %s moved %s)", b.ID, m.Title, got, wantDate, w.Meetings[k].Date, shift)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if i != 60 || meetings == 0 || keyed == 0 {
		t.Errorf("store holds %d briefs with %d meetings, %d with a key of their own; want 60 with some of each", i, meetings, keyed)
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
