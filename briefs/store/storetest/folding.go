package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// Letters whose case folding is irregular: the dotted capital I (U+0130,
// whose lower case is "i"), the Kelvin sign (U+212A, "k"), the long s
// (U+017F, "s") and the sharp s (ß, "ss" when folded in full).
const (
	dottedI = "\u0130"
	kelvin  = "\u212A"
)

// testKeywordsFolding checks that /meetings keywords find a meeting
// whatever case, or irregular capital, either side spells a letter in:
// "istanbul", "ISTANBUL" and "İstanbul" all find "İstanbul talks" (İ is
// "i" in lower case), "kelvin" finds a title written with the Kelvin sign
// and the other way round, "pisa" finds "Piſa" (the long s folds to s);
// keywords long enough for the index and shorter ones, with a Limit (read
// in SQL) and without, and in MeetingCount.
func testKeywordsFolding(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	// Each in its own brief, months apart: one meeting each.
	for i, m := range []briefs.Meeting{
		{Title: dottedI + "stanbul talks", Date: "2025-02-04", Place: "Dolmabahçe Palace"},
		{Title: kelvin + "elvin Hall forum", Date: "2025-04-05"},
		{Title: "Kelvin prize meeting", Date: "2025-06-06"},
		{Title: "Istanbul follow-up", Date: "2025-08-07"},
		{Title: "Pi\u017Fa sister cities", Date: "2025-10-08"},
	} {
		withMeetings(t, s, fmt.Sprint("b", i), t0, m)
	}
	all := []string{dottedI + "stanbul talks", "Istanbul follow-up"}
	kelvins := []string{kelvin + "elvin Hall forum", "Kelvin prize meeting"}
	tests := []struct {
		keyword string
		want    []string
	}{
		{"istanbul", all},
		{"ISTANBUL", all},
		{dottedI + "stanbul", all},
		{dottedI + "STANBUL", all},
		{"stanbul talks", []string{dottedI + "stanbul talks"}},
		{"kelvin", kelvins},
		{"KELVIN", kelvins},
		{kelvin + "elvin", kelvins},
		{kelvin + "ELVIN hall", []string{kelvin + "elvin Hall forum"}},
		{"pisa", []string{"Pi\u017Fa sister cities"}},
		{"PISA", []string{"Pi\u017Fa sister cities"}},
		{"dolmabahçe", []string{dottedI + "stanbul talks"}},
		{"DOLMABAHÇE", []string{dottedI + "stanbul talks"}},
		{"ke", kelvins}, // shorter than a trigram
		{"sa", []string{"Pi\u017Fa sister cities"}}, // the long s is an s
	}
	for _, tc := range tests {
		for _, limit := range []int{0, 1, 10} {
			got, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{tc.keyword}, Limit: limit})
			if err != nil {
				t.Errorf("Meetings(%q): %v", tc.keyword, err)
				continue
			}
			want := tc.want
			if limit > 0 && len(want) > limit {
				want = want[:limit]
			}
			if titles := titlesOf(got); !slices.Equal(titles, want) {
				t.Errorf("Meetings(%q, limit %d) = %q, want %q", tc.keyword, limit, titles, want)
			}
		}
		if n, err := s.MeetingCount(ctx, store.MeetingQuery{Keywords: []string{tc.keyword}}); err != nil || n != len(tc.want) {
			t.Errorf("MeetingCount(%q) = %d, %v; want %d", tc.keyword, n, err, len(tc.want))
		}
	}
}

// testSearchFolding checks that /search folds irregular capitals in the
// query as in the briefs: "istanbul", "İSTANBUL" and "İstanbul" find a brief
// about İstanbul and one about Istanbul; "kelvin" and "Kelvin" written with
// the Kelvin sign find both spellings.
func testSearchFolding(t *testing.T, open Opener) {
	s := open(t)
	dotted := add(t, s, brief(dottedI+"stanbul summit", "Leaders met in "+dottedI+"stanbul on the Bosphorus.", t0))
	plain := add(t, s, brief("Istanbul traffic", "Istanbul roads were closed.", t0))
	ksign := add(t, s, brief("Physics", "A temperature of 300 "+kelvin+"elvin was reported.", t0))
	kplain := add(t, s, brief("Prize", "The Kelvin medal was awarded.", t0))
	istanbul := []int64{dotted, plain}
	kelvins := []int64{ksign, kplain}
	for _, tc := range []struct {
		query string
		want  []int64
	}{
		{"istanbul", istanbul},
		{"ISTANBUL", istanbul},
		{dottedI + "stanbul", istanbul},
		{dottedI + "STANBUL", istanbul},
		{"kelvin", kelvins},
		{"KELVIN", kelvins},
		{kelvin + "elvin", kelvins},
	} {
		checkSearchIDs(t, s, tc.query, tc.want)
	}
}
