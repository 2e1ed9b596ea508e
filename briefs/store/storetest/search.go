package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// searchCorpus adds briefs 1..5 for the search tests.
func searchCorpus(t *testing.T, s *store.Store) {
	t.Helper()
	day := 24 * time.Hour
	for _, b := range []*briefs.Brief{
		brief("India Russia defence talks", "Ministers from India and Russia met at the Manekshaw Centre.", t0.Add(-2*day)),
		brief("Russia trade", "Trade between Russia and China grew. No meeting was held.", t0.Add(-day)),
		brief("Brazil summit", "Leaders gathered in São Paulo for the summit; Zürich sent observers.", t0),
		brief("Injection", `He typed " OR 1=1 -- and NEAR( and * into the form; 100% sure.`, t0),
		brief("Markets", "The dollar rose. Meetings of central bankers are planned.", t0.Add(-3*day)),
	} {
		add(t, s, b)
	}
	upd := "A summary mentioning glasnost."
	if err := s.UpdateDerived(context.Background(), 5, upd, "lead", nil); err != nil {
		t.Fatal(err)
	}
}

func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	searchCorpus(t, s)
	tests := []struct {
		query string
		limit int
		want  []int64 // in order when ordered, else as a set
		order bool
	}{
		{"india", 0, []int64{1}, true},
		{"INDIA", 0, []int64{1}, true},
		{"russia india", 0, []int64{1}, true}, // both words, any order
		{`"india" "russia"`, 0, []int64{1}, true},
		{"russia", 0, []int64{1, 2}, false},
		{"russia", 1, nil, false},             // checked below: exactly one
		{"meetings", 0, []int64{2, 5}, false}, // stemming: meeting, meetings
		{"meeting", 0, []int64{2, 5}, false},
		{"sao paulo", 0, []int64{3}, true}, // diacritics folded
		{"São", 0, []int64{3}, true},
		{"zurich", 0, []int64{3}, true},
		{"glasnost", 0, []int64{5}, true}, // summary is indexed
		{"india brazil", 0, nil, true},    // every word must match
		{"nonexistentword", 0, nil, true},
	}
	for _, tc := range tests {
		got, err := s.Search(ctx, tc.query, tc.limit)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		g := ids(got)
		if tc.limit == 1 {
			if len(g) != 1 {
				t.Errorf("Search(%q, 1) returned %d briefs, want 1", tc.query, len(g))
			}
			continue
		}
		if !tc.order {
			slices.Sort(g)
		}
		if !slices.Equal(g, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, g, tc.want)
		}
	}
	if _, err := s.Search(ctx, strings.Repeat("word ", 1000), 0); err == nil {
		t.Error("Search with a 5000-byte query succeeded, want an error naming the size")
	}
}

// testSearchHostile checks that FTS5 syntax and SQL in a query are searched
// for literally: no error, and nothing but literal matches.
func testSearchHostile(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	searchCorpus(t, s)
	tests := []struct {
		query string
		want  []int64
	}{
		{`" OR 1=1 --`, []int64{4}}, // the words "or", "1 1" appear in brief 4 only
		{`NEAR(`, []int64{4}},
		{`NEAR(india russia)`, nil},
		{`*`, nil},
		{`AND`, []int64{1, 2, 4}}, // the word "and"
		{`india OR brazil`, nil},  // OR is a word, not an operator
		{`india AND`, []int64{1}},
		{`NOT india`, nil},
		{``, nil},
		{"  \t\n ", nil},
		{`"`, nil},
		{`""""`, nil},
		{`india"`, []int64{1}},
		{`'; DROP TABLE briefs; --`, nil},
		{`title:india`, nil}, // no column filters
		{`^india`, []int64{1}},
		{`ind*`, nil}, // no prefix queries
		{`{title body}: india`, nil},
		{`100%`, []int64{4}},
		{"\x00", nil},
		{"india\x00russia", []int64{1}}, // control characters separate words
		{"\x01\x02", nil},
		{"\xff\xfe", nil},
		{"india\xffrussia", []int64{1}}, // so does invalid UTF-8
	}
	for _, tc := range tests {
		got, err := s.Search(ctx, tc.query, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		g := ids(got)
		slices.Sort(g)
		if !slices.Equal(g, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, g, tc.want)
		}
	}
	if n, err := s.Count(ctx); err != nil || n != 5 {
		t.Errorf("Count after hostile searches = %d, %v; want 5", n, err)
	}
}

func testSearchRanking(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	body := "Officials discussed many topics including budgets, roads, schools and hospitals at length."
	add(t, s, brief("Budget review", body+" Also ports.", t0))            // 1: title match, older
	add(t, s, brief("Roads", body+" Also bridges.", t0.Add(day)))         // 2: body only
	add(t, s, brief("Ports", body+" Also tunnels.", t0.Add(2*day)))       // 3: body only, newest
	add(t, s, brief("Budget review", body+" Also canals.", t0.Add(-day))) // 4: as 1, but older
	got, err := s.Search(ctx, "budget", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{1, 4, 3, 2}; !slices.Equal(ids(got), want) {
		t.Errorf("Search(budget) = %v, want %v (title matches first, then newest)", ids(got), want)
	}
	// A limit that falls between equally ranked briefs keeps the newest.
	for limit := 1; limit <= 4; limit++ {
		got, err := s.Search(ctx, "budget", limit)
		if err != nil {
			t.Fatal(err)
		}
		if want := []int64{1, 4, 3, 2}[:limit]; !slices.Equal(ids(got), want) {
			t.Errorf("Search(budget, %d) = %v, want %v", limit, ids(got), want)
		}
	}
}
