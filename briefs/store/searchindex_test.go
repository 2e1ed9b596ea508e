package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMergeSearchIndexSegments: briefs added in batches leave the SQLite
// full-text index in several segments, and merging leaves one, whose
// integrity check passes.
func TestMergeSearchIndexSegments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := range 5 {
		addBatch(t, s, i)
	}
	n := segments(t, s)
	if n < 2 {
		t.Fatalf("%d segments after 5 batches, want several", n)
	}
	if got, err := s.SearchIndexSegments(ctx); err != nil || got != n {
		t.Errorf("SearchIndexSegments = %d, %v; want %d", got, err, n)
	}
	steps := 0
	if err := s.MergeSearchIndexAll(ctx, 1, func() { steps++ }); err != nil {
		t.Fatal(err)
	}
	if n := segments(t, s); n != 1 {
		t.Errorf("%d segments after merging in %d steps, want 1", n, steps)
	}
	if got, err := s.SearchIndexSegments(ctx); err != nil || got != 1 {
		t.Errorf("SearchIndexSegments after merging = %d, %v; want 1", got, err)
	}
	if steps < 2 {
		t.Errorf("merged in %d steps of 1 page, want several", steps)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO briefs_fts (briefs_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("integrity-check: %v", err)
	}
}

// segments counts the segments of the brief index: its pages' rowids
// hold the segment id above bit 37 (FTS5's data layout; 0 holds the
// structure and averages).
func segments(t *testing.T, s interface{ DB() *sql.DB }) int {
	t.Helper()
	var n int
	err := s.DB().QueryRow(`SELECT count(DISTINCT id >> 37) FROM briefs_fts_data WHERE id >> 37 > 0`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// addBatch adds 20 briefs in one call: one new segment of a few pages.
func addBatch(t *testing.T, s *store.Store, batch int) {
	t.Helper()
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	var bs []*briefs.Brief
	for i := range 20 {
		n := batch*20 + i
		body := fmt.Sprintf("Ministers met, round %d.", n)
		for w := range 40 { // words of its own: enough index for several pages
			body += fmt.Sprintf(" w%dx%d", n, w)
		}
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Harbour brief %d", n), Body: body,
			Hash: fmt.Sprintf("h%d", n), Published: at.Add(time.Duration(n) * time.Minute), IngestedAt: at})
	}
	if _, err := s.AddBriefs(context.Background(), bs); err != nil {
		t.Fatal(err)
	}
}

// TestMergeMeetingIndex: every write that changes meetings adds a segment
// to the keyword index of /meetings; merging leaves one, whose integrity
// check passes, and keywords find what they found before.
func TestMergeMeetingIndex(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	for i := range 6 {
		b := &briefs.Brief{Title: fmt.Sprintf("Brief %d", i), Body: "Ministers met.", Hash: fmt.Sprintf("m%d", i),
			Published: at.Add(time.Duration(i) * time.Minute), IngestedAt: at,
			Meetings: []briefs.Meeting{{Title: fmt.Sprintf("Harbour summit %d", i%3), Date: fmt.Sprintf("2025-12-%02d", 10+i),
				Place: "Oslo", Key: fmt.Sprintf("harbour-%d", i%3), Participants: []string{fmt.Sprintf("Minister %d", i)}}}}
		if _, err := s.AddBriefs(ctx, []*briefs.Brief{b}); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.MeetingIndexSegments(ctx)
	if err != nil || n < 2 {
		t.Fatalf("MeetingIndexSegments after 6 writes = %d, %v; want several", n, err)
	}
	want := map[string]int{}
	for _, kw := range []string{"summit", "harbour summit 1", "minister 4", "oslo", "nowhere"} {
		ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}})
		if err != nil {
			t.Fatal(err)
		}
		want[kw] = len(ms)
	}
	if err := s.MergeMeetingIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := s.MeetingIndexSegments(ctx); err != nil || n != 1 {
		t.Errorf("MeetingIndexSegments after merging = %d, %v; want 1", n, err)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO merged_meetings_fts (merged_meetings_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("integrity-check: %v", err)
	}
	for kw, n := range want {
		ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}})
		if err != nil || len(ms) != n {
			t.Errorf("Meetings(%q) after merging: %d, %v; before: %d", kw, len(ms), err, n)
		}
	}
	if want["summit"] != 3 || want["minister 4"] != 1 || want["nowhere"] != 0 {
		t.Errorf("keywords found %v, want summit 3, minister 4 1, nowhere 0", want)
	}
}

// TestMeetingIndexSegmentAWrite: a write that changes several meetings'
// indexed text (their entries taken out and put back under the same row
// ids) adds one segment to the keyword index of /meetings, not one for the
// deletes and more for each row id out of order, and keywords then find
// the new text, not the old.
func TestMeetingIndexSegmentAWrite(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	write := func(round int, place string) {
		t.Helper()
		var bs []*briefs.Brief
		for i := range 3 {
			bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("Brief %d.%d", round, i), Body: "Ministers met.",
				Hash: fmt.Sprintf("r%d-%d", round, i), Published: at.Add(time.Duration(10*round+i) * time.Minute), IngestedAt: at,
				Meetings: []briefs.Meeting{{Title: fmt.Sprintf("Harbour summit %d", 2-i), Date: "2025-12-10", Place: place,
					Key: fmt.Sprintf("harbour-%d", 2-i), Participants: []string{fmt.Sprintf("Minister %d", round)}}}})
		}
		if _, err := s.AddBriefs(ctx, bs); err != nil {
			t.Fatal(err)
		}
	}
	write(0, "Oslo")
	write(1, "Bergen") // the later report's place wins: every meeting's text changes
	if n, err := s.MeetingIndexSegments(ctx); err != nil || n != 2 {
		t.Errorf("MeetingIndexSegments after 2 writes = %d, %v; want 2", n, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}
	for kw, want := range map[string]int{"bergen": 3, "oslo": 0, "minister 1": 3, "minister 0": 3} {
		if ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}}); err != nil || len(ms) != want {
			t.Errorf("Meetings(%q) = %d, %v; want %d", kw, len(ms), err, want)
		}
	}
}
