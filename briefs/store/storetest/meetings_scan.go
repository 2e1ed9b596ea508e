package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// testMeetingsKeywordsHostile checks that keywords are case-insensitive
// substrings taken literally: FTS5 syntax, LIKE wildcards, JSON-escaped
// characters, short and non-Latin words find what they spell and nothing
// else, without an error.
func testMeetingsKeywordsHostile(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	withMeetings(t, s, "b1", t0,
		briefs.Meeting{Title: "22nd IRIGC-M&MTC", Date: "2025-12-04", Place: "Manekshaw Centre, New Delhi",
			Participants: []string{"Rajnath Singh", "Андрей Белоусов", `Dr. "Doc" <Who>`}},
		briefs.Meeting{Title: "G7 finance ministers", Date: "2025-12-05", Evidence: `They said "NEAR" and * and 100% at the OPEC-plus talks`},
		briefs.Meeting{Title: "Ärzte Zürich", Date: "2025-12-06", Place: "Zürich"},
		briefs.Meeting{Title: "under_score", Date: "2025-12-07"},
	)
	tests := []struct {
		keyword string
		want    []string
	}{
		{"irigc", []string{"22nd IRIGC-M&MTC"}},
		{"m&mtc", []string{"22nd IRIGC-M&MTC"}},    // JSON escapes & (in participants)
		{`"doc"`, []string{"22nd IRIGC-M&MTC"}},    // quotes are literal
		{`<who>`, []string{"22nd IRIGC-M&MTC"}},    // JSON escapes < and >
		{"БЕЛОУСОВ", []string{"22nd IRIGC-M&MTC"}}, // Cyrillic case
		{"ЗÜRICH", nil},
		{"ZÜRICH", []string{"Ärzte Zürich"}},
		{"ärzte", []string{"Ärzte Zürich"}},
		{"g7", []string{"G7 finance ministers"}}, // shorter than a trigram
		{"7", []string{"G7 finance ministers"}},
		{"near", []string{"G7 finance ministers"}},
		{"NEAR(", nil},
		{"*", []string{"G7 finance ministers"}},
		{"100%", []string{"G7 finance ministers"}},
		{"0%a", nil}, // % is not a wildcard
		{"opec-plus", []string{"G7 finance ministers"}},
		{"-plus", []string{"G7 finance ministers"}},
		{"_", []string{"under_score"}},
		{"d_r", nil}, // _ is not a wildcard ("under")
		{`"`, []string{"22nd IRIGC-M&MTC", "G7 finance ministers"}},
		{`""`, nil},
		{"centre, new", []string{"22nd IRIGC-M&MTC"}},
		{"singh andrei", nil}, // participants are matched one by one
		{"'; DROP TABLE meetings; --", nil},
	}
	for _, tc := range tests {
		for _, limit := range []int{0, 1} {
			got, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{tc.keyword}, Limit: limit})
			if err != nil {
				t.Errorf("Meetings(%q): %v", tc.keyword, err)
				continue
			}
			if limit == 0 {
				if n, err := s.MeetingCount(ctx, store.MeetingQuery{Keywords: []string{tc.keyword}}); err != nil || n != len(tc.want) {
					t.Errorf("MeetingCount(%q) = %d, %v; want %d", tc.keyword, n, err, len(tc.want))
				}
			}
			want := tc.want
			if limit > 0 && len(want) > limit {
				want = want[:limit]
			}
			if titles := titlesOf(got); !slices.Equal(titles, want) {
				t.Errorf("Meetings(%q, limit %d) = %q, want %q", tc.keyword, limit, titles, want)
			}
		}
	}
	if n, err := s.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count after hostile keywords = %d, %v; want 1", n, err)
	}
}

func titlesOf(ms []briefs.Meeting) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Title)
	}
	return out
}

// testMeetingsLimitIsPrefix checks the scan that reads a few rows at a time:
// on a store of several hundred reports, with meetings that moved, merged
// reports and undated ones, every query with a Limit returns exactly the
// first Limit meetings of the same query without one, newest first too.
func testMeetingsLimitIsPrefix(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var bs []*briefs.Brief
	for i := range 400 {
		date := base.AddDate(0, 0, i%97).Format("2006-01-02")
		m := briefs.Meeting{Title: fmt.Sprintf("Talks %03d", i%53), Date: date, Place: []string{"Vienna", "Delhi", ""}[i%3],
			Participants: []string{fmt.Sprintf("Minister %d", i%7)}, Key: fmt.Sprintf("k%d", i%61)}
		if i%5 == 0 {
			m.Key = "" // a meeting of its own
		}
		if i%11 == 0 {
			m.Date = "" // undated
		}
		if i%13 == 0 {
			m.Evidence = "The talks were postponed."
		}
		b := brief(fmt.Sprintf("b%d", i), fmt.Sprintf("body %d", i), t0.Add(time.Duration(i%37)*day))
		b.Meetings = []briefs.Meeting{m}
		bs = append(bs, b)
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	checkLimitIsPrefix(t, s, []store.MeetingQuery{
		{},
		{Keywords: []string{"vienna"}},
		{Keywords: []string{"minister 3"}},
		{Keywords: []string{"talks 01", "delhi"}},
		{From: "2025-02-01"},
		{To: "2025-02-15", NewestFirst: true},
		{NewestFirst: true},
		{NewestFirst: true, Keywords: []string{"vienna"}},
		{From: "2025-01-10", To: "2025-03-01", Keywords: []string{"talks"}},
	})

	// 100 meetings first reported early, then moved 200 days on, so that
	// the scan meets their old dates first, and 10 single reports between.
	s = open(t)
	bs = nil
	for i := range 100 {
		for j, ev := range []string{"", "The talks were postponed."} {
			b := brief(fmt.Sprintf("m%d-%d", i, j), fmt.Sprintf("moved %d %d", i, j), t0.Add(time.Duration(j)*day))
			b.Meetings = []briefs.Meeting{{Title: "Moved", Date: base.AddDate(0, 0, 200*j+i).Format("2006-01-02"),
				Key: fmt.Sprintf("moved-%d", i), Evidence: ev}}
			bs = append(bs, b)
		}
	}
	for i := range 10 {
		b := brief(fmt.Sprintf("x%d", i), fmt.Sprintf("between %d", i), t0)
		b.Meetings = []briefs.Meeting{{Title: "Between", Date: base.AddDate(0, 0, 150+i).Format("2006-01-02")}}
		bs = append(bs, b)
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	checkLimitIsPrefix(t, s, []store.MeetingQuery{{}, {NewestFirst: true}, {From: "2025-03-01"}})
}

// checkLimitIsPrefix checks that each query with a Limit returns the first
// Limit meetings of the query without one.
func checkLimitIsPrefix(t *testing.T, s *store.Store, queries []store.MeetingQuery) {
	t.Helper()
	ctx := context.Background()
	for _, q := range queries {
		all, err := s.Meetings(ctx, q)
		if err != nil {
			t.Fatalf("Meetings(%+v): %v", q, err)
		}
		if len(all) < 3 {
			t.Errorf("Meetings(%+v) = %d meetings; the test wants more", q, len(all))
		}
		if n, err := s.MeetingCount(ctx, q); err != nil || n != len(all) {
			t.Errorf("MeetingCount(%+v) = %d, %v; want %d", q, n, err, len(all))
		}
		for _, limit := range []int{1, 5, 20, 70, len(all) + 1} {
			lq := q
			lq.Limit = limit
			got, err := s.Meetings(ctx, lq)
			if err != nil {
				t.Fatalf("Meetings(%+v): %v", lq, err)
			}
			want := all[:min(limit, len(all))]
			if n, err := s.MeetingCount(ctx, lq); err != nil || n != len(want) {
				t.Errorf("MeetingCount(%+v) = %d, %v; want %d", lq, n, err, len(want))
			}
			for _, upTo := range []int{0, limit + 2, len(all) + 5} {
				wantN := len(want)
				if len(want) == limit && upTo > limit {
					wantN = min(len(all), upTo)
				}
				page, n, err := s.MeetingPage(ctx, lq, upTo)
				if err != nil || n != wantN || len(page) != len(want) {
					t.Errorf("MeetingPage(%+v, %d) = %d meetings, %d, %v; want %d, %d", lq, upTo, len(page), n, err, len(want), wantN)
				}
			}
			if !slices.EqualFunc(got, want, func(a, b briefs.Meeting) bool {
				return a.ID == b.ID && slices.Equal(a.Sources, b.Sources) && a.Date == b.Date
			}) {
				i := 0
				for i < min(len(got), len(want)) && got[i].ID == want[i].ID {
					i++
				}
				t.Errorf("Meetings(%+v) = %d meetings, want %d; from #%d: %v, want %v", lq, len(got), len(want), i,
					summarize(got[i:min(i+3, len(got))]), summarize(want[i:min(i+3, len(want))]))
			}
		}
	}
}

// testMeetingsKeywordsAcrossReports checks that keywords match the merged
// meeting: participants named by different reports of its date match
// together, and a place filled in from an older report shows but does not
// match (keywords match what the latest report says).
func testMeetingsKeywordsAcrossReports(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	talks := func(date, place string, who ...string) briefs.Meeting {
		return briefs.Meeting{Title: "Defence talks", Date: date, Place: place, Participants: who, Key: "defence-talks"}
	}
	withMeetings(t, s, "old date", t0.Add(-3*day), talks("2025-12-01", "Vienna", "Sergei Lavrov"))
	withMeetings(t, s, "first", t0.Add(-2*day), talks("2025-12-04", "", "Rajnath Singh"))
	withMeetings(t, s, "newest", t0.Add(-day), talks("2025-12-04", "", "Andrei Belousov"))
	for _, tc := range []struct {
		keywords []string
		want     int
	}{
		{[]string{"rajnath", "belousov"}, 1},
		{[]string{"БЕЛОУСОВ", "rajnath"}, 0},
		{[]string{"defence", "belousov", "singh"}, 1},
		{[]string{"vienna"}, 0},
		{[]string{"lavrov"}, 0}, // the old date's participants are not taken
	} {
		for _, limit := range []int{0, 1} {
			got, err := s.Meetings(ctx, store.MeetingQuery{Keywords: tc.keywords, Limit: limit})
			if err != nil || len(got) != tc.want {
				t.Errorf("Meetings(%q, limit %d) = %v, %v; want %d meetings", tc.keywords, limit, summarize(got), err, tc.want)
			}
		}
	}
	got, err := s.Meetings(ctx, store.MeetingQuery{})
	if err != nil || len(got) != 1 || got[0].Place != "Vienna" {
		t.Errorf("Meetings() = %v, %v; want one meeting shown in Vienna", summarize(got), err)
	}
}

// testMeetingsReindexed checks that replacing a brief's meetings
// (UpdateDerived, as reindex does) re-merges the meetings it left and joined:
// a report moved far from the others of its key splits off, and the
// meeting it left keeps only its other sources.
func testMeetingsReindexed(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	talks := func(date, who string) briefs.Meeting {
		return briefs.Meeting{Title: "Trade talks", Date: date, Participants: []string{who}, Key: "trade-talks"}
	}
	a := withMeetings(t, s, "a", t0.Add(-2*day), talks("2025-12-04", "Ana"))
	b := withMeetings(t, s, "b", t0.Add(-day), talks("2025-12-04", "Ben"))
	check := func(when string, want []summary, wantWho [][]string) {
		t.Helper()
		got, err := s.Meetings(ctx, store.MeetingQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if g := summarize(got); !reflect.DeepEqual(g, want) {
			t.Errorf("%s: Meetings() =\n%+v\nwant\n%+v", when, g, want)
		}
		var who [][]string
		for _, m := range got {
			who = append(who, m.Participants)
		}
		if !reflect.DeepEqual(who, wantWho) {
			t.Errorf("%s: participants %q, want %q", when, who, wantWho)
		}
		if n, err := s.MeetingCount(ctx, store.MeetingQuery{Keywords: []string{"ana"}}); err != nil || n != countWho(wantWho, "Ana") {
			t.Errorf("%s: MeetingCount(ana) = %d, %v; want %d", when, n, err, countWho(wantWho, "Ana"))
		}
	}
	check("before", []summary{{"Trade talks", "2025-12-04", "", "", []int64{a, b}}}, [][]string{{"Ben", "Ana"}})
	if err := s.UpdateDerived(ctx, a, "summary", "test", []briefs.Meeting{talks("2026-03-01", "Ana")}); err != nil {
		t.Fatal(err)
	}
	check("after a moved far", []summary{
		{"Trade talks", "2025-12-04", "", "", []int64{b}},
		{"Trade talks", "2026-03-01", "", "", []int64{a}},
	}, [][]string{{"Ben"}, {"Ana"}})
	if err := s.UpdateDerived(ctx, a, "summary", "test", nil); err != nil {
		t.Fatal(err)
	}
	check("after a lost its meetings", []summary{{"Trade talks", "2025-12-04", "", "", []int64{b}}}, [][]string{{"Ben"}})
}

// countWho counts the meeting participant lists that name who.
func countWho(lists [][]string, who string) int {
	n := 0
	for _, l := range lists {
		if slices.Contains(l, who) {
			n++
		}
	}
	return n
}
