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

// testMergeWhileWriting: one handle merges the index, a step at a time,
// while another adds briefs and searches; every brief is found after.
func testMergeWhileWriting(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	ctx := context.Background()
	a, b := openPair(t)
	queries := mergeCorpus(t, a)
	const batches, perBatch = 6, 10
	done := make(chan error, 1)
	go func() {
		for n := range batches {
			var bs []*briefs.Brief
			for i := range perBatch {
				k := n*perBatch + i
				bs = append(bs, brief(fmt.Sprintf("lighthouse %d", k), fmt.Sprintf("Written while merging, %d.", k), t0))
			}
			if _, err := b.AddBriefs(ctx, bs); err != nil {
				done <- err
				return
			}
			if _, err := b.SearchFor(ctx, store.SearchQuery{Words: "lighthouse"}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	if err := a.MergeSearchIndexAll(ctx, 1, nil); err != nil {
		t.Errorf("MergeSearchIndexAll while writing: %v", err)
	}
	if err := <-done; err != nil {
		t.Errorf("writing while merging: %v", err)
	}
	if err := a.MergeSearchIndexAll(ctx, 1, nil); err != nil {
		t.Errorf("MergeSearchIndexAll after writing: %v", err)
	}
	r, err := a.SearchFor(ctx, store.SearchQuery{Words: "lighthouse", Newest: batches * perBatch})
	if err != nil || len(r.Briefs) != batches*perBatch || r.Older {
		t.Errorf("SearchFor(lighthouse) = %d briefs, older %v, %v; want %d", len(r.Briefs), r.Older, err, batches*perBatch)
	}
	if got := searchAll(t, b, queries); len(got) != len(queries) {
		t.Errorf("searches after merging: %v", got)
	}
	if err := a.Check(ctx); err != nil {
		t.Errorf("Check after merging while writing: %v", err)
	}
}
