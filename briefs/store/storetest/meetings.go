package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// withMeetings adds a brief published at pub carrying ms.
func withMeetings(t *testing.T, s *store.Store, name string, pub time.Time, ms ...briefs.Meeting) int64 {
	t.Helper()
	b := brief(name, "body of "+name, pub)
	b.Meetings = ms
	return add(t, s, b)
}

// summary is what the merge tests compare of a meeting.
type summary struct {
	Title, Date, Place, MovedFrom string
	Sources                       []int64
}

func summarize(ms []briefs.Meeting) []summary {
	out := make([]summary, len(ms))
	for i, m := range ms {
		out[i] = summary{m.Title, m.Date, m.Place, m.MovedFrom, m.Sources}
	}
	return out
}

func testMeetingsMerge(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	irigc := func(date, place string) briefs.Meeting {
		return briefs.Meeting{Title: "22nd IRIGC-M&MTC", Date: date, Place: place, Key: "irigc-22"}
	}
	withMeetings(t, s, "b1", t0.Add(-2*day), irigc("2025-12-04", "New Delhi"))
	withMeetings(t, s, "b2", t0.Add(-day), irigc("2025-12-10", "Manekshaw Centre"),
		briefs.Meeting{Title: "Unkeyed", Date: "2025-12-06"})
	withMeetings(t, s, "b3 published earliest", t0.Add(-3*day), irigc("2025-12-04", "Delhi"),
		briefs.Meeting{Title: "Unkeyed", Date: "2025-12-06"})
	withMeetings(t, s, "b4", t0.Add(-day), briefs.Meeting{Title: "Tie old title", Date: "2025-12-20", Key: "tie"})
	withMeetings(t, s, "b5 same published as b4", t0.Add(-day),
		briefs.Meeting{Title: "Tie new title", Date: "2025-12-20", Key: "tie"})
	withMeetings(t, s, "b6 no meetings", t0)

	tests := []struct {
		name string
		q    store.MeetingQuery
		want []summary
	}{
		{"all", store.MeetingQuery{}, []summary{
			{"Unkeyed", "2025-12-06", "", "", []int64{2}},
			{"Unkeyed", "2025-12-06", "", "", []int64{3}},
			{"22nd IRIGC-M&MTC", "2025-12-10", "Manekshaw Centre", "2025-12-04", []int64{1, 2, 3}},
			{"Tie new title", "2025-12-20", "", "", []int64{4, 5}},
		}},
		{"old date does not match a moved meeting", store.MeetingQuery{From: "2025-12-01", To: "2025-12-05"}, nil},
		{"new date matches with every source", store.MeetingQuery{From: "2025-12-10", To: "2025-12-10"}, []summary{
			{"22nd IRIGC-M&MTC", "2025-12-10", "Manekshaw Centre", "2025-12-04", []int64{1, 2, 3}},
		}},
		{"keyword from the latest row only", store.MeetingQuery{Keywords: []string{"new delhi"}}, nil},
		{"limit after merging", store.MeetingQuery{From: "2025-12-07", Limit: 1}, []summary{
			{"22nd IRIGC-M&MTC", "2025-12-10", "Manekshaw Centre", "2025-12-04", []int64{1, 2, 3}},
		}},
	}
	for _, tc := range tests {
		got, err := s.Meetings(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: Meetings(%+v): %v", tc.name, tc.q, err)
			continue
		}
		if g := summarize(got); !reflect.DeepEqual(g, tc.want) && !(len(g) == 0 && len(tc.want) == 0) {
			t.Errorf("%s: Meetings(%+v) =\n%+v\nwant\n%+v", tc.name, tc.q, g, tc.want)
		}
	}
}

func testMeetingsFilter(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	withMeetings(t, s, "b1", t0,
		briefs.Meeting{Title: "A day", Date: "2025-12-04", Precision: briefs.PrecisionDay,
			Place: "Manekshaw Centre, New Delhi", Participants: []string{"Rajnath Singh", "Andrei Belousov"}},
		briefs.Meeting{Title: "B week", Date: "2025-12-01", Precision: briefs.PrecisionWeek,
			Evidence: "talks at the MANEKSHAW centre next week"},
		briefs.Meeting{Title: "C month", Date: "2025-11", Precision: briefs.PrecisionMonth, Place: "Moscow"},
		briefs.Meeting{Title: "D range", Date: "2025-10-28", EndDate: "2025-10-29", Place: "New Delhi"},
		briefs.Meeting{Title: "E undated", Date: "", Place: "Zürich"},
	)
	tests := []struct {
		name string
		q    store.MeetingQuery
		want []string
	}{
		{"all, by date then title, undated last", store.MeetingQuery{}, []string{"D range", "C month", "B week", "A day", "E undated"}},
		{"limit", store.MeetingQuery{Limit: 2}, []string{"D range", "C month"}},
		{"from only: week spans 7 days", store.MeetingQuery{From: "2025-12-05"}, []string{"B week"}},
		{"to only", store.MeetingQuery{To: "2025-11-30"}, []string{"D range", "C month"}},
		{"month end and week start", store.MeetingQuery{From: "2025-11-30", To: "2025-12-01"}, []string{"C month", "B week"}},
		{"last day of a range", store.MeetingQuery{From: "2025-10-29", To: "2025-10-29"}, []string{"D range"}},
		{"gap", store.MeetingQuery{From: "2025-10-30", To: "2025-10-31"}, nil},
		{"reversed bounds", store.MeetingQuery{From: "2025-12-31", To: "2025-01-01"}, nil},
		{"participant keyword", store.MeetingQuery{Keywords: []string{"rajnath"}}, []string{"A day"}},
		{"all keywords must match", store.MeetingQuery{Keywords: []string{"BELOUSOV", "delhi"}}, []string{"A day"}},
		{"evidence and place", store.MeetingQuery{Keywords: []string{"manekshaw"}}, []string{"B week", "A day"}},
		{"unicode keyword", store.MeetingQuery{Keywords: []string{"ZÜRICH"}}, []string{"E undated"}},
		{"blank keywords ignored", store.MeetingQuery{Keywords: []string{" ", ""}, To: "2025-10-31"}, []string{"D range"}},
		{"no match", store.MeetingQuery{Keywords: []string{"rajnath", "putin"}}, nil},
		{"keywords and dates", store.MeetingQuery{From: "2025-12-01", Keywords: []string{"delhi"}}, []string{"A day"}},
	}
	for _, tc := range tests {
		got, err := s.Meetings(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: Meetings(%+v): %v", tc.name, tc.q, err)
			continue
		}
		var titles []string
		for _, m := range got {
			titles = append(titles, m.Title)
		}
		if !slices.Equal(titles, tc.want) {
			t.Errorf("%s: Meetings(%+v) = %q, want %q", tc.name, tc.q, titles, tc.want)
		}
	}
}

func testMeetingsInvalidQuery(t *testing.T, open Opener) {
	s := open(t)
	for _, q := range []store.MeetingQuery{
		{From: "2025-12"}, {To: "tomorrow"}, {From: "2025-13-01"}, {From: "2025-12-04T10:00"}, {Limit: -1},
	} {
		if _, err := s.Meetings(context.Background(), q); err == nil {
			t.Errorf("Meetings(%+v) succeeded, want an error", q)
		}
	}
}

func testBriefMeetings(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	full := briefs.Meeting{
		Title: "22nd IRIGC-M&MTC ministerial meeting", Date: "2025-12-04", Precision: briefs.PrecisionDay,
		EndDate: "2025-12-05", Time: "10:30", Place: "Manekshaw Centre, New Delhi",
		Participants: []string{"Rajnath Singh", "Андрей Белоусов"}, Status: briefs.StatusUpcoming,
		Evidence: `The 22nd "India-Russia" meeting ... later today.`, Key: "irigc-22",
	}
	other := briefs.Meeting{Title: "21st meeting", Date: "2024-12", Precision: briefs.PrecisionMonth,
		Status: briefs.StatusPast}
	id1 := withMeetings(t, s, "b1", t0, full, other)
	id2 := withMeetings(t, s, "b2", t0, briefs.Meeting{Title: "same", Date: "2025-12-04", Key: "irigc-22"})
	withMeetings(t, s, "b3", t0)

	b, err := s.Brief(ctx, id1)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Meetings) != 2 {
		t.Fatalf("Brief(%d) has %d meetings, want 2", id1, len(b.Meetings))
	}
	got := b.Meetings[0]
	if got.ID == 0 || got.BriefID != id1 {
		t.Errorf("meeting ID %d BriefID %d, want non-zero and %d", got.ID, got.BriefID, id1)
	}
	if !slices.Equal(got.Sources, []int64{id1, id2}) {
		t.Errorf("keyed meeting Sources = %v, want %v", got.Sources, []int64{id1, id2})
	}
	want := full
	want.ID, want.BriefID, want.Sources = got.ID, got.BriefID, got.Sources
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meeting round trip:\n got %+v\nwant %+v", got, want)
	}
	if m := b.Meetings[1]; m.Title != other.Title || !slices.Equal(m.Sources, []int64{id1}) {
		t.Errorf("second meeting %q sources %v, want %q [%d]", m.Title, m.Sources, other.Title, id1)
	}
	latest, err := s.Latest(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := map[int64]int{}
	for _, b := range latest {
		n[b.ID] = len(b.Meetings)
	}
	if want := map[int64]int{1: 2, 2: 1, 3: 0}; !reflect.DeepEqual(n, want) {
		t.Errorf("Latest meeting counts = %v, want %v", n, want)
	}
}

// testMeetingsMergeReports checks that a merged meeting keeps what every
// report of its current date says: all participants once, and a place or
// time the newest report left out — but nothing from a report of an
// outdated date.
func testMeetingsMergeReports(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	withMeetings(t, s, "old date", t0.Add(-3*day), briefs.Meeting{Title: "Talks", Date: "2025-12-01", Key: "talks",
		Place: "Moscow", Participants: []string{"Sergei Lavrov"}})
	withMeetings(t, s, "first report", t0.Add(-2*day), briefs.Meeting{Title: "Talks", Date: "2025-12-04", Key: "talks",
		Place: "Manekshaw Centre", Time: "15:00", Participants: []string{"Rajnath Singh", "Andrei Belousov"}})
	withMeetings(t, s, "newest report", t0.Add(-day), briefs.Meeting{Title: "Talks", Date: "2025-12-04", Key: "talks",
		Participants: []string{"andrei belousov", "Sanjay Seth"}})
	got, err := s.Meetings(ctx, store.MeetingQuery{})
	if err != nil || len(got) != 1 {
		t.Fatalf("Meetings = %+v, %v; want one merged meeting", got, err)
	}
	m := got[0]
	want := []string{"andrei belousov", "Sanjay Seth", "Rajnath Singh"}
	if !reflect.DeepEqual(m.Participants, want) || m.Place != "Manekshaw Centre" || m.Time != "15:00" || m.MovedFrom != "2025-12-01" {
		t.Errorf("merged = participants %q, place %q, time %q, moved from %q; want %q, Manekshaw Centre, 15:00, 2025-12-01",
			m.Participants, m.Place, m.Time, m.MovedFrom, want)
	}
}

// testMeetingsDateProximity checks that one key names one meeting only
// around one date: reports a few days apart are a reschedule, reports
// months apart are two meetings of one body, each with its own sources,
// unless the later report says the meeting was postponed.
func testMeetingsDateProximity(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	opec := func(date string) briefs.Meeting {
		return briefs.Meeting{Title: "OPEC+ ministerial meeting", Date: date, Place: "Vienna", Key: "meeting-ministerial-opec"}
	}
	jun := withMeetings(t, s, "june", t0.Add(-200*day), opec("2025-06-01"))
	dec := withMeetings(t, s, "december", t0.Add(-3*day), opec("2025-12-04"))
	moved := withMeetings(t, s, "december moved", t0.Add(-day), opec("2025-12-10"))
	// A report that the meeting was postponed joins it however far it moves.
	january := opec("2026-01-20")
	january.Evidence = "The OPEC+ ministerial meeting has been postponed to January 20."
	postponed := withMeetings(t, s, "postponed", t0, january)
	got, err := s.Meetings(ctx, store.MeetingQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := []summary{
		{"OPEC+ ministerial meeting", "2025-06-01", "Vienna", "", []int64{jun}},
		{"OPEC+ ministerial meeting", "2026-01-20", "Vienna", "2025-12-10", []int64{dec, moved, postponed}},
	}
	if g := summarize(got); !reflect.DeepEqual(g, want) {
		t.Errorf("Meetings =\n%+v\nwant\n%+v", g, want)
	}
	b, err := s.Brief(ctx, jun)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Meetings) != 1 || !slices.Equal(b.Meetings[0].Sources, []int64{jun}) {
		t.Errorf("June brief's meeting sources = %+v, want only itself", b.Meetings)
	}
}

// testMeetingsOn checks the per-date lookup ingest uses: one meeting per
// distinct key and place of that exact date, in the order first stored,
// with the title first stored, and nothing of other dates or precisions.
func testMeetingsOn(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	m := func(key, title, date, place string) briefs.Meeting {
		return briefs.Meeting{Title: title, Date: date, Key: key, Place: place}
	}
	withMeetings(t, s, "b1", t0, m("k-a", "a", "2025-12-04", ""), m("k-b", "b", "2025-12-05", ""), m("k-c", "c", "2025-12", ""))
	withMeetings(t, s, "b2", t0, m("k-z", "z", "2025-12-04", "Oslo"), m("k-a", "a longer", "2025-12-04", ""))
	withMeetings(t, s, "b3", t0, m("k-a", "a in Paris", "2025-12-04", "Paris"), m("k-z", "z again", "2025-12-04", "Oslo"))
	for date, want := range map[string][]string{
		"2025-12-04": {"k-a||a", "k-z|Oslo|z", "k-a|Paris|a in Paris"},
		"2025-12":    {"k-c||c"},
		"2025-12-06": nil,
	} {
		got, err := s.MeetingsOn(ctx, date)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, g := range got {
			kinds = append(kinds, g.Key+"|"+g.Place+"|"+g.Title)
			if g.Date != date {
				t.Errorf("MeetingsOn(%s) gave date %q", date, g.Date)
			}
		}
		if !slices.Equal(kinds, want) {
			t.Errorf("MeetingsOn(%s) = %q, want %q", date, kinds, want)
		}
	}
}

// testMeetingsUndatedCancel: a later brief that calls a meeting off without
// its date cancels the meeting of its key reported last before it; a
// report after the cancel (a new date) wins again, and an undated cancel
// with nothing before it stays on its own.
func testMeetingsUndatedCancel(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	day := 24 * time.Hour
	adsom := func(date string, st briefs.Status) briefs.Meeting {
		return briefs.Meeting{Title: "ASEAN Defence Senior Officials' Meeting", Date: date, Place: "Kuala Lumpur", Key: "adsom", Status: st}
	}
	withMeetings(t, s, "announce", t0.Add(-5*day), adsom("2025-12-10", briefs.StatusUpcoming))
	withMeetings(t, s, "called off", t0.Add(-4*day), adsom("", briefs.StatusCancelled))
	withMeetings(t, s, "orphan cancel", t0.Add(-4*day), briefs.Meeting{Title: "Other summit", Key: "other", Status: briefs.StatusCancelled})
	ms, err := s.Meetings(ctx, store.MeetingQuery{From: "2025-12-01", To: "2025-12-31"})
	if err != nil || len(ms) != 1 {
		t.Fatalf("Meetings = %+v, %v; want the cancelled meeting", ms, err)
	}
	if m := ms[0]; m.Date != "2025-12-10" || m.Status != briefs.StatusCancelled || m.MovedFrom != "" || !slices.Equal(m.Sources, []int64{1, 2}) {
		t.Errorf("after an undated cancel: %s %s moved %q sources %v; want 2025-12-10 cancelled, sources [1 2]", m.Date, m.Status, m.MovedFrom, m.Sources)
	}
	all, _ := s.Meetings(ctx, store.MeetingQuery{})
	if len(all) != 2 || all[1].Title != "Other summit" || all[1].Date != "" {
		t.Errorf("all meetings: %+v; want the cancelled one and the orphan cancel, undated, last", summarize(all))
	}
	withMeetings(t, s, "new date", t0.Add(-3*day), adsom("2025-12-12", briefs.StatusUpcoming))
	ms, _ = s.Meetings(ctx, store.MeetingQuery{From: "2025-12-01", To: "2025-12-31"})
	if len(ms) != 1 || ms[0].Date != "2025-12-12" || ms[0].Status != briefs.StatusUpcoming || ms[0].MovedFrom != "2025-12-10" {
		t.Errorf("after a new date: %+v", ms)
	}
}
