package storetest

import (
	"context"
	"fmt"
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
		checkSearchIDs(t, s, tc.query, tc.want)
	}
	if n, err := s.Count(ctx); err != nil || n != 5 {
		t.Errorf("Count after hostile searches = %d, %v; want 5", n, err)
	}
}

// checkSearchIDs checks that Search(query) finds the briefs with ids want
// (sorted), in any order.
func checkSearchIDs(t *testing.T, s *store.Store, query string, want []int64) {
	t.Helper()
	got, err := s.Search(context.Background(), query, 0)
	if err != nil {
		t.Errorf("Search(%q): %v", query, err)
		return
	}
	g := ids(got)
	slices.Sort(g)
	if !slices.Equal(g, want) {
		t.Errorf("Search(%q) = %v, want %v", query, g, want)
	}
}

// testSearchRanking checks the order of the ranked matches: title holds
// every word, then summary, then the rest, each most recently stored first
// (whatever the publication times say).
func testSearchRanking(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	body := "Officials discussed many topics including budget cuts, roads, schools and hospitals at length."
	for _, b := range []struct {
		title, summary string
		published      time.Time
	}{
		{"Budget cuts agreed", "The budget cuts were agreed.", t0},       // 1: title and summary: 3
		{"Budget talks", "Talks on budget cuts went on.", t0.Add(day)},   // 2: summary: 1
		{"Roads", "", t0.Add(2 * day)},                                   // 3: body only: 0
		{"Budget cuts", "", t0.Add(-day)},                                // 4: title: 2
		{"Ports", "Ports were discussed.", t0.Add(3 * day)},              // 5: body only, newer: 0
		{"Cuts to the budget", "Budget cuts, again.", t0.Add(-10 * day)}, // 6: as 1, stored later: 3
	} {
		id := add(t, s, brief(b.title, body+" "+b.title+" "+b.published.String(), b.published))
		if b.summary != "" {
			if err := s.UpdateDerived(ctx, id, b.summary, "lead", nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := []int64{6, 1, 4, 2, 5, 3}
	got, err := s.Search(ctx, "budget cuts", 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(got), want) {
		t.Errorf("Search(budget cuts) = %v, want %v (title, then summary, then body; most recently stored first)", ids(got), want)
	}
	// A limit keeps the best: a prefix of the whole ranking.
	for limit := 1; limit <= len(want); limit++ {
		got, err := s.Search(ctx, "budget cuts", limit)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(got), want[:limit]) {
			t.Errorf("Search(budget cuts, %d) = %v, want %v", limit, ids(got), want[:limit])
		}
	}
	// One word in the title is not the title holding every word.
	got, err = s.Search(ctx, "budget talks", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{2}; !slices.Equal(ids(got), want) {
		t.Errorf("Search(budget talks) = %v, want %v", ids(got), want)
	}
}

// testSearchNewest checks that only the newest matches, in the order the
// store received them, are ranked, and that the result says when older
// ones were left out.
func testSearchNewest(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	for i, title := range []string{
		"Quay works",    // 1: published last, but stored first
		"Harbour plans", // 2: the title names it
		"Dock strike",   // 3
		"Harbour fees",  // 4: the title names it
		"Ferry times",   // 5
	} {
		pub := t0.Add(time.Duration(i) * day)
		if i == 0 {
			pub = t0.Add(30 * day)
		}
		add(t, s, brief(title, fmt.Sprintf("Work at the harbour goes on (%d).", i), pub))
	}
	add(t, s, brief("Airport", "No match here.", t0.Add(40*day))) // 6: newest of all, no match
	tests := []struct {
		newest, limit int
		want          []int64
		ranked        int
		older         bool
	}{
		{3, 0, []int64{4, 5, 3}, 3, true}, // 2 names it in its title, but is older than the newest 3
		{3, 2, []int64{4, 5}, 3, true},
		{4, 0, []int64{4, 2, 5, 3}, 4, true},
		{5, 0, []int64{4, 2, 5, 3, 1}, 5, false}, // exactly every match
		{6, 0, []int64{4, 2, 5, 3, 1}, 5, false},
		{1, 0, []int64{5}, 1, true},
		{0, 0, []int64{4, 2, 5, 3, 1}, 5, false}, // the default, SearchNewest
	}
	for _, tc := range tests {
		r, err := s.SearchFor(ctx, store.SearchQuery{Words: "harbour", Limit: tc.limit, Newest: tc.newest})
		if err != nil {
			t.Errorf("SearchFor(harbour, newest %d): %v", tc.newest, err)
			continue
		}
		if !slices.Equal(ids(r.Briefs), tc.want) || r.Ranked != tc.ranked || r.Older != tc.older {
			t.Errorf("SearchFor(harbour, newest %d, limit %d) = %v, ranked %d, older %v; want %v, %d, %v",
				tc.newest, tc.limit, ids(r.Briefs), r.Ranked, r.Older, tc.want, tc.ranked, tc.older)
		}
	}
	// NoBody reads the same briefs, all but their bodies.
	full, err := s.SearchFor(ctx, store.SearchQuery{Words: "harbour"})
	if err != nil {
		t.Fatal(err)
	}
	listed, err := s.SearchFor(ctx, store.SearchQuery{Words: "harbour", NoBody: true})
	if err != nil || !slices.Equal(ids(listed.Briefs), ids(full.Briefs)) {
		t.Errorf("SearchFor(harbour, NoBody) = %v, %v; want %v", ids(listed.Briefs), err, ids(full.Briefs))
	}
	for i, b := range listed.Briefs {
		f := full.Briefs[min(i, len(full.Briefs)-1)]
		if b.Body != "" || f.Body == "" || b.Title != f.Title || !b.Published.Equal(f.Published) {
			t.Errorf("SearchFor(harbour, NoBody) brief %d: body %q (full: %q), title %q (full: %q)", b.ID, b.Body, f.Body, b.Title, f.Title)
		}
	}
	r, err := s.SearchFor(ctx, store.SearchQuery{Words: "nosuchword", Newest: 2})
	if err != nil || len(r.Briefs) != 0 || r.Ranked != 0 || r.Older {
		t.Errorf("SearchFor(nosuchword) = %v, ranked %d, older %v, %v; want nothing", ids(r.Briefs), r.Ranked, r.Older, err)
	}
	// Hostile text is searched for literally in the title and summary
	// queries too: "title" and "harbour" must both be words of a match.
	for q, want := range map[string][]int64{
		`title:harbour`:      nil,
		`{title}: harbour`:   nil,
		`harbour) OR (dock`:  nil,
		`harbour NOT dock`:   nil,
		`harbour's`:          nil, // "harbour" then "s"
		`harbour"`:           {4, 5, 3},
		`'harbour'`:          {4, 5, 3}, // quotes in the weighted query's text (PostgreSQL)
		`harbour\':A | work`: nil,
	} {
		r, err := s.SearchFor(ctx, store.SearchQuery{Words: q, Newest: 3})
		if err != nil {
			t.Errorf("SearchFor(%q): %v", q, err)
			continue
		}
		if !slices.Equal(ids(r.Briefs), want) {
			t.Errorf("SearchFor(%q) = %v, want %v", q, ids(r.Briefs), want)
		}
	}
}
