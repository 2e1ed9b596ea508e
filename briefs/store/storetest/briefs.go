package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func testAddBriefRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	full := &briefs.Brief{
		ExternalID: "ext-1", Title: "Rajnath Singh, Belousov pay tribute", Source: "IANS",
		URL: "https://example.org/a?x=1&y=<b>", Published: t0,
		Dateline: briefs.Dateline{Place: "New Delhi", Date: "2025-12-04", Source: "IANS"},
		Body:     "New Delhi, Dec 4 (IANS) Defence Minister ... «São Paulo» 日本語 \"quoted\" 'it''s'",
		Hash:     hashOf("full"), IngestedAt: t0.Add(time.Hour),
		Summary: "Two ministers met.", SummaryMethod: "extractive", Via: "feed:Example desk",
		Meta: json.RawMessage(`{"lang":"en","tags":["a","b"]}`),
	}
	empty := &briefs.Brief{Body: "", Hash: hashOf("empty")} // zero times, nil meta
	for i, in := range []*briefs.Brief{full, empty} {
		want := *in
		id, created, err := s.AddBrief(ctx, in)
		if err != nil || !created {
			t.Fatalf("AddBrief #%d: id %d created %v err %v", i, id, created, err)
		}
		if id != int64(i+1) || in.ID != id {
			t.Errorf("AddBrief #%d: id %d, b.ID %d, want %d (ids count from 1 in ingest order)", i, id, in.ID, i+1)
		}
		got, err := s.Brief(ctx, id)
		if err != nil {
			t.Fatalf("Brief(%d): %v", id, err)
		}
		want.ID = id
		if want.IngestedAt.IsZero() {
			if !got.IngestedAt.Equal(Now) {
				t.Errorf("zero IngestedAt stored as %v, want the store's clock %v", got.IngestedAt, Now)
			}
			if !in.IngestedAt.Equal(got.IngestedAt) {
				t.Errorf("b.IngestedAt = %v after AddBrief, want the stored %v", in.IngestedAt, got.IngestedAt)
			}
			want.IngestedAt = got.IngestedAt
		}
		checkTime(t, "Published", got.Published, want.Published)
		checkTime(t, "IngestedAt", got.IngestedAt, want.IngestedAt)
		got.Published, want.Published, got.IngestedAt, want.IngestedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Brief(%d) =\n%+v\nwant\n%+v", id, got, want)
		}
	}
}

func checkTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
	if !got.IsZero() && got.Location() != time.UTC {
		t.Errorf("%s location = %v, want UTC", what, got.Location())
	}
}

func testAddBriefDedup(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	first := brief("first", "same body", t0)
	id := add(t, s, first)
	dup := brief("second title", "same body", t0.Add(time.Hour))
	dup.Meetings = []briefs.Meeting{{Title: "should not be stored", Date: "2025-12-05", Key: "k"}}
	gotID, created, err := s.AddBrief(ctx, dup)
	if err != nil || created || gotID != id || dup.ID != id {
		t.Fatalf("AddBrief(dup) = %d, %v, %v (b.ID %d); want %d, false, nil", gotID, created, err, dup.ID, id)
	}
	if n, err := s.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count after duplicate = %d, %v; want 1", n, err)
	}
	got, err := s.Brief(ctx, id)
	if err != nil || got.Title != "first" || len(got.Meetings) != 0 {
		t.Errorf("after duplicate, Brief = %q with %d meetings, %v; want the first one untouched",
			got.Title, len(got.Meetings), err)
	}
	next := add(t, s, brief("third", "other body", t0))
	if next != id+1 {
		t.Errorf("id after a duplicate = %d, want %d (no gaps)", next, id+1)
	}
}

func testAddBriefInvalid(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	far := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, b := range []*briefs.Brief{
		nil,
		{Title: "no hash", Body: "x"},
		{Title: "far future", Body: "x", Hash: "x", Published: far},
		{Title: "far past", Body: "y", Hash: "y", IngestedAt: time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Title: "bad meta", Body: "z", Hash: "z", Meta: json.RawMessage(`{"a":`)},
	} {
		if _, _, err := s.AddBrief(ctx, b); err == nil {
			t.Errorf("AddBrief(%+v) succeeded, want an error", b)
		}
	}
	if n, _ := s.Count(ctx); n != 0 {
		t.Errorf("Count after invalid briefs = %d, want 0", n)
	}
}

func testAddBriefs(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	add(t, s, brief("old", "old body", t0))
	batch := []*briefs.Brief{
		brief("a", "body a", t0), brief("dup of old", "old body", t0),
		brief("b", "body b", t0), brief("dup of a", "body a", t0),
	}
	res, err := s.AddBriefs(ctx, batch)
	if err != nil {
		t.Fatalf("AddBriefs: %v", err)
	}
	want := []struct {
		id      int64
		created bool
	}{{2, true}, {1, false}, {3, true}, {2, false}}
	for i, w := range want {
		if res[i].ID != w.id || res[i].Created != w.created || batch[i].ID != w.id {
			t.Errorf("AddBriefs[%d] = %+v (b.ID %d), want id %d created %v", i, res[i], batch[i].ID, w.id, w.created)
		}
	}
	// One invalid brief fails the whole batch and writes nothing.
	bad := []*briefs.Brief{brief("c", "body c", t0), {Title: "no hash"}}
	if _, err := s.AddBriefs(ctx, bad); err == nil {
		t.Error("AddBriefs with an invalid brief succeeded")
	}
	if n, _ := s.Count(ctx); n != 3 {
		t.Errorf("Count after failed batch = %d, want 3", n)
	}
	if res, err := s.AddBriefs(ctx, nil); err != nil || len(res) != 0 {
		t.Errorf("AddBriefs(nil) = %v, %v; want empty, nil", res, err)
	}
}

func testNotFound(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	add(t, s, brief("one", "one", t0))
	for _, id := range []int64{0, -1, 2, 1 << 62} {
		_, err := s.Brief(ctx, id)
		wantNotFound(t, fmt.Sprintf("Brief(%d)", id), err)
	}
	err := s.UpdateDerived(ctx, 99, "s", "m", nil)
	wantNotFound(t, "UpdateDerived(99)", err)
}

func testBriefByExternalID(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	a := brief("a", "a", t0)
	a.ExternalID = "bbc-001"
	b := brief("b", "b", t0)
	b.ExternalID = "bbc-002"
	add(t, s, a)
	add(t, s, b)
	add(t, s, brief("c", "c", t0)) // no external id
	got, err := s.BriefByExternalID(ctx, "bbc-002")
	if err != nil || got.ID != 2 || got.Title != "b" {
		t.Errorf("BriefByExternalID(bbc-002) = %d %q, %v; want 2 b", got.ID, got.Title, err)
	}
	for _, ext := range []string{"", "bbc-003", "BBC-001", "bbc-00%"} {
		_, err := s.BriefByExternalID(ctx, ext)
		wantNotFound(t, fmt.Sprintf("BriefByExternalID(%q)", ext), err)
	}
}

func testLatest(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	in := []*briefs.Brief{
		brief("1 old", "1", t0.Add(-3*day)),
		brief("2 newest", "2", t0),
		brief("3 unknown published, ingested t0-1d", "3", time.Time{}),
		brief("4 same published as 2, ingested later", "4", t0),
		brief("5 same published and ingested as 4", "5", t0),
	}
	in[2].IngestedAt = t0.Add(-day)
	in[3].IngestedAt = t0.Add(time.Minute)
	in[4].IngestedAt = t0.Add(time.Minute)
	for _, b := range in {
		add(t, s, b)
	}
	tests := []struct {
		n    int
		want []int64
	}{
		{0, []int64{5, 4, 2, 3, 1}},
		{2, []int64{5, 4}},
		{10, []int64{5, 4, 2, 3, 1}},
	}
	for _, tc := range tests {
		got, err := s.Latest(ctx, tc.n)
		if err != nil || !slices.Equal(ids(got), tc.want) {
			t.Errorf("Latest(%d) = %v, %v; want %v", tc.n, ids(got), err, tc.want)
		}
	}
}

func testIngestedBetween(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	at := []time.Duration{2 * time.Hour, 0, time.Hour, 3 * time.Hour}
	for i, d := range at {
		b := brief(fmt.Sprint(i), fmt.Sprint(i), time.Time{})
		b.IngestedAt = t0.Add(d)
		add(t, s, b)
	}
	tests := []struct {
		name     string
		from, to time.Time
		limit    int
		want     []int64
	}{
		{"all", t0, t0.Add(4 * time.Hour), 0, []int64{2, 3, 1, 4}},
		{"to is exclusive", t0, t0.Add(2 * time.Hour), 0, []int64{2, 3}},
		{"from is inclusive", t0.Add(time.Hour), t0.Add(time.Hour + 1), 0, []int64{3}},
		{"limit keeps oldest", t0, t0.Add(4 * time.Hour), 2, []int64{2, 3}},
		{"other zone", t0.UTC(), t0.In(time.FixedZone("X", -7*3600)).Add(time.Nanosecond), 0, []int64{2}},
		{"empty", t0.Add(5 * time.Hour), t0.Add(6 * time.Hour), 0, nil},
		{"reversed", t0.Add(4 * time.Hour), t0, 0, nil},
		{"unbounded", time.Time{}, time.Date(20000, 1, 1, 0, 0, 0, 0, time.UTC), 0, []int64{2, 3, 1, 4}},
	}
	for _, tc := range tests {
		got, err := s.IngestedBetween(ctx, tc.from, tc.to, tc.limit)
		if err != nil || !slices.Equal(ids(got), tc.want) {
			t.Errorf("%s: IngestedBetween = %v, %v; want %v", tc.name, ids(got), err, tc.want)
		}
	}
}

func testEachAndCount(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	if n, err := s.Count(ctx); err != nil || n != 0 {
		t.Errorf("Count of empty store = %d, %v", n, err)
	}
	const total = 450 // more than one page
	var batch []*briefs.Brief
	for i := range total {
		b := brief(fmt.Sprint("brief ", i), fmt.Sprint("body ", i), t0)
		b.Meetings = []briefs.Meeting{{Title: fmt.Sprint("m", i), Date: "2025-12-04"}}
		batch = append(batch, b)
	}
	if _, err := s.AddBriefs(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx); err != nil || n != total {
		t.Errorf("Count = %d, %v; want %d", n, err, total)
	}
	var seen []int64
	err := s.Each(ctx, func(b briefs.Brief) error {
		seen = append(seen, b.ID)
		if len(b.Meetings) != 1 {
			return fmt.Errorf("brief %d has %d meetings, want 1", b.ID, len(b.Meetings))
		}
		// Writing from inside Each must not deadlock (reindex does it).
		return s.UpdateDerived(ctx, b.ID, "re "+b.Title, "test", nil)
	})
	if err != nil {
		t.Fatalf("Each: %v", err)
	}
	if len(seen) != total || !slices.IsSorted(seen) || seen[0] != 1 {
		t.Errorf("Each visited %d briefs (sorted %v), want %d in id order", len(seen), slices.IsSorted(seen), total)
	}
	b, _ := s.Brief(ctx, total)
	if b.Summary != fmt.Sprint("re brief ", total-1) || len(b.Meetings) != 0 {
		t.Errorf("after reindex, brief %d summary %q, %d meetings", total, b.Summary, len(b.Meetings))
	}
	stop := errors.New("stop")
	n := 0
	err = s.Each(ctx, func(briefs.Brief) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("Each with failing fn: err %v after %d calls, want stop after 3", err, n)
	}
}

func testUpdateDerived(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	b := brief("ministers", "Ministers talked about trade.", t0)
	b.Summary = "oldsummaryword"
	b.Meetings = []briefs.Meeting{{Title: "old", Date: "2025-12-01", Key: "old"}}
	id := add(t, s, b)
	ms := []briefs.Meeting{
		{Title: "new one", Date: "2025-12-05", Key: "n1", Participants: []string{"A"}},
		{Title: "new two", Date: "2025-12", Precision: briefs.PrecisionMonth},
	}
	if err := s.UpdateDerived(ctx, id, "freshsummaryword here", "openai:test", ms); err != nil {
		t.Fatal(err)
	}
	got, err := s.Brief(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Summary != "freshsummaryword here" || got.SummaryMethod != "openai:test" || got.Body != b.Body {
		t.Errorf("after UpdateDerived: summary %q method %q body %q", got.Summary, got.SummaryMethod, got.Body)
	}
	if len(got.Meetings) != 2 || got.Meetings[0].Title != "new one" || got.Meetings[1].Title != "new two" {
		t.Errorf("after UpdateDerived meetings = %+v, want new one, new two", got.Meetings)
	}
	for q, want := range map[string]int{"freshsummaryword": 1, "oldsummaryword": 0} {
		res, err := s.Search(ctx, q, 10)
		if err != nil || len(res) != want {
			t.Errorf("Search(%q) after UpdateDerived = %d results, %v; want %d", q, len(res), err, want)
		}
	}
	all, _ := s.Meetings(ctx, store.MeetingQuery{})
	if len(all) != 2 {
		t.Errorf("Meetings after UpdateDerived = %d, want 2 (old ones replaced)", len(all))
	}
}
