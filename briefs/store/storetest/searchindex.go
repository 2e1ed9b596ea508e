package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// mergeCorpus adds briefs in several batches (on SQLite each batch is a
// segment of the full-text index) and returns the queries to compare.
func mergeCorpus(t *testing.T, s *store.Store) []string {
	t.Helper()
	words := []string{"harbour", "tariff", "summit", "election", "drought"}
	for batch := range 6 {
		var bs []*briefs.Brief
		for i := range 8 {
			n := batch*8 + i
			title := fmt.Sprintf("%s report %d", words[n%len(words)], n)
			body := fmt.Sprintf("Body %d mentions %s and %s.", n, words[(n+1)%len(words)], words[(n+2)%len(words)])
			bs = append(bs, brief(title, body, t0.Add(time.Duration(n)*time.Minute)))
		}
		if _, err := s.AddBriefs(context.Background(), bs); err != nil {
			t.Fatal(err)
		}
	}
	return append(words, "report", "harbour tariff", "nosuchword")
}

// searchAll returns each query's ranked ids, with Ranked and Older.
func searchAll(t *testing.T, s *store.Store, queries []string) []string {
	t.Helper()
	var out []string
	for _, q := range queries {
		r, err := s.SearchFor(context.Background(), store.SearchQuery{Words: q, Newest: 10})
		if err != nil {
			t.Fatalf("SearchFor(%q): %v", q, err)
		}
		out = append(out, fmt.Sprintf("%s: %v ranked %d older %v", q, ids(r.Briefs), r.Ranked, r.Older))
	}
	return out
}

// testMergeSearchIndex: merging the index in steps changes no search
// result, ends, and a bad step size is an error.
func testMergeSearchIndex(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	queries := mergeCorpus(t, s)
	before := searchAll(t, s, queries)
	steps := 0
	if err := s.MergeSearchIndexAll(ctx, 1, func() { steps++ }); err != nil {
		t.Fatalf("MergeSearchIndexAll: %v", err)
	}
	if after := searchAll(t, s, queries); !slices.Equal(after, before) {
		t.Errorf("after merging (%d steps):\n%v\nwant\n%v", steps, after, before)
	}
	if merged, err := s.MergeSearchIndex(ctx, 100); err != nil || !merged {
		t.Errorf("MergeSearchIndex once merged = %v, %v; want true", merged, err)
	}
	if _, err := s.MergeSearchIndex(ctx, 0); err == nil {
		t.Error("MergeSearchIndex(0 pages) = nil error, want one")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	s2 := open(t)
	mergeCorpus(t, s2)
	if err := s2.MergeSearchIndexAll(cancelled, 1, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("MergeSearchIndexAll(cancelled) = %v, want context.Canceled", err)
	}
}
