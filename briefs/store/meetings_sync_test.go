package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMergedMeetingsIncremental stores one set of briefs, reporting a few
// keys' meetings over a year (chains of dates, jumps, reschedules, undated
// reports, month dates; undated cancels under k3 only, so that k1 and k2
// are re-merged near the new reports' dates), in different orders and
// batch sizes, on SQLite and PostgreSQL. After every batch, merged_meetings must hold, column for
// column, what a merge of every stored report from scratch makes, and the
// keyword index must agree with it.
func TestMergedMeetingsIncremental(t *testing.T) {
	all := incrementalBriefs(rand.New(rand.NewPCG(7, 11)), 160)
	shuffled := slices.Clone(all)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	sizes := rand.New(rand.NewPCG(3, 4))
	batchings := []struct {
		name  string
		bs    []briefs.Brief
		batch func() int
	}{
		{"in order, all at once", all, func() int { return len(all) }},
		{"in order, one at a time", all, func() int { return 1 }},
		{"in order, 7 at a time", all, func() int { return 7 }},
		{"reversed, 5 at a time", reversed, func() int { return 5 }},
		{"shuffled, 1 to 20 at a time", shuffled, func() int { return 1 + sizes.IntN(20) }},
	}
	for name, open := range bothBackends {
		for _, b := range batchings {
			t.Run(name+"/"+b.name, func(t *testing.T) {
				ctx := context.Background()
				s := open(t)
				for rest := b.bs; len(rest) > 0; {
					n := min(b.batch(), len(rest))
					var batch []*briefs.Brief
					for _, br := range rest[:n] {
						br.Meetings = slices.Clone(br.Meetings)
						batch = append(batch, &br)
					}
					rest = rest[n:]
					if _, err := s.AddBriefs(ctx, batch); err != nil {
						t.Fatal(err)
					}
					checkMergedTable(t, s, fmt.Sprintf("%d briefs left", len(rest)))
				}
				checkKeywords(t, s)
				if err := s.Check(ctx); err != nil {
					t.Errorf("Check: %v", err)
				}
			})
		}
	}
}

// incrementalBriefs returns n briefs, each published at its own minute,
// reporting up to three meetings of a few keys (or none) whose dates run
// over a year.
func incrementalBriefs(r *rand.Rand, n int) []briefs.Brief {
	var out []briefs.Brief
	for i := range n {
		b := briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i),
			Published: base.Add(time.Duration(r.IntN(300*24*60)) * time.Minute)}
		for range r.IntN(4) {
			day := base.AddDate(0, 0, r.IntN(400))
			m := randomMeeting(r, []string{"", "k1", "k2", "k3"}, day, 12)
			if m.Key != "k3" && m.Date == "" && m.Status == briefs.StatusCancelled {
				m.Date = day.Format("2006-01-02") // k1 and k2 are re-merged near new dates
			}
			b.Meetings = append(b.Meetings, m)
		}
		out = append(out, b)
	}
	return out
}

// checkMergedTable fails the test unless merged_meetings holds what a merge
// from scratch makes.
func checkMergedTable(t *testing.T, s *store.Store, when string) {
	t.Helper()
	got, want, err := store.MergedTable(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatalf("%s: no merged meetings to compare", when)
	}
	if !slices.Equal(got, want) {
		for i := range max(len(got), len(want)) {
			g, w := "(none)", "(none)"
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Fatalf("%s: merged_meetings row %d is\n%s\nwant\n%s", when, i, g, w)
			}
		}
	}
}

// checkKeywords fails the test unless keyword reads find what a merge from
// scratch matches.
func checkKeywords(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	for _, kw := range [][]string{{"vienna"}, {"minister 3"}, {"talks 1", "delhi"}, {"postponed"}} {
		want, err := store.ReferenceMeetings(ctx, s, kw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Meetings(ctx, store.MeetingQuery{Keywords: kw})
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(got, func(a, b briefs.Meeting) int { return int(a.ID - b.ID) })
		if len(want) == 0 || !slices.EqualFunc(got, want, func(a, b briefs.Meeting) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
			t.Errorf("Meetings(%q): %d meetings, want %d:\n%+v\nwant\n%+v", kw, len(got), len(want), got, want)
		}
	}
}

// TestMergedMeetingsWriteOnlyWhatChanges: a report that joins one meeting
// of a key with many rewrites that meeting's row, not the key's others.
func TestMergedMeetingsWriteOnlyWhatChanges(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var bs []*briefs.Brief
	for i := range 40 { // k1: 40 meetings, a month apart
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i),
			Published: base.Add(time.Duration(i) * time.Hour),
			Meetings:  []briefs.Meeting{{Title: "Talks", Key: "k1", Date: base.AddDate(0, 0, 30*i).Format("2006-01-02")}}})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{
		`CREATE TABLE merged_writes (op TEXT, id INTEGER)`,
		`CREATE TRIGGER merged_ins AFTER INSERT ON merged_meetings BEGIN INSERT INTO merged_writes VALUES ('insert', new.id); END`,
		`CREATE TRIGGER merged_upd AFTER UPDATE ON merged_meetings BEGIN INSERT INTO merged_writes VALUES ('update', new.id); END`,
		`CREATE TRIGGER merged_del AFTER DELETE ON merged_meetings BEGIN INSERT INTO merged_writes VALUES ('delete', old.id); END`,
	} {
		if _, err := s.DB().ExecContext(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	for i, tc := range []struct {
		published time.Time
		want      []string
	}{
		{base.Add(time.Hour / 2), []string{"update 2"}},                // an older report: the row stays the first's
		{base.Add(100 * time.Hour), []string{"delete 2", "insert 42"}}, // the latest report: its id
	} {
		b := &briefs.Brief{Title: fmt.Sprintf("N%d", i), Body: "body", Hash: fmt.Sprintf("n%d", i), Published: tc.published,
			Meetings: []briefs.Meeting{{Title: "Talks", Key: "k1", Date: base.AddDate(0, 0, 31).Format("2006-01-02"), Place: "Rome"}}}
		if _, err := s.AddBriefs(ctx, []*briefs.Brief{b}); err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, `SELECT op || ' ' || id FROM merged_writes ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var w string
			if err := rows.Scan(&w); err != nil {
				t.Fatal(err)
			}
			got = append(got, w)
		}
		rows.Close()
		if !slices.Equal(got, tc.want) {
			t.Errorf("report %d: writes %q, want %q", i, got, tc.want)
		}
		checkMergedTable(t, s, fmt.Sprintf("report %d", i))
		if _, err := s.DB().ExecContext(ctx, `DELETE FROM merged_writes`); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMergedMeetingsHandDeletes deletes briefs by hand (cascading to their
// reports, as an administrator's retention would), a few at a time, from a
// store of TestMergedMeetingsIncremental's briefs, on SQLite and PostgreSQL.
// After each delete, the next read re-merges the days the deleted reports
// were on, and merged_meetings must hold what a merge from scratch makes.
func TestMergedMeetingsHandDeletes(t *testing.T) {
	for name, open := range bothBackends {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			all := incrementalBriefs(rand.New(rand.NewPCG(5, 8)), 200)
			var bs []*briefs.Brief
			for i := range all {
				bs = append(bs, &all[i])
			}
			if _, err := s.AddBriefs(ctx, bs); err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(9, 10))
			w := &randomWrites{t: t, s: s}
			for step := range 25 {
				for range 1 + r.IntN(8) {
					w.exec(`DELETE FROM briefs WHERE id = ?`, 1+r.IntN(len(all)))
				}
				if _, err := s.MeetingCount(ctx, store.MeetingQuery{}); err != nil { // re-merges
					t.Fatal(err)
				}
				checkMergedTable(t, s, fmt.Sprintf("step %d", step))
			}
			checkKeywords(t, s)
			if err := s.Check(ctx); err != nil {
				t.Errorf("Check: %v", err)
			}
		})
	}
}

// TestMergedMeetingsDeleteJoins: deleting a report by hand re-merges the
// meetings either side of its own, which the reports left may now join.
func TestMergedMeetingsDeleteJoins(t *testing.T) {
	const postponed = "The talks were postponed."
	type report struct {
		day      int // from base; -1: undated
		evidence string
	}
	for _, tc := range []struct {
		name    string
		reports []report
		del     int // the report whose brief is deleted
		want    int // meetings after
	}{
		{"a reschedule after the gap joins the meeting before", []report{{0, ""}, {30, ""}, {31, postponed}}, 1, 1},
		{"a reschedule before the gap joins the meeting after", []report{{0, postponed}, {1, ""}, {40, ""}}, 1, 1},
		{"the report that chained a meeting", []report{{0, ""}, {15, ""}, {30, ""}}, 1, 2},
		{"a meeting's only report", []report{{0, ""}, {60, ""}, {120, ""}}, 1, 2},
		{"an undated report", []report{{0, ""}, {-1, ""}, {-1, ""}}, 2, 2},
	} {
		for name, open := range bothBackends {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				ctx := context.Background()
				s := open(t)
				var bs []*briefs.Brief
				for i, r := range tc.reports {
					m := briefs.Meeting{Title: "Talks", Key: "k", Evidence: r.evidence}
					if r.day >= 0 {
						m.Date = base.AddDate(0, 0, r.day).Format("2006-01-02")
					}
					bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i),
						Published: base.Add(time.Duration(i) * time.Hour), Meetings: []briefs.Meeting{m}})
				}
				if _, err := s.AddBriefs(ctx, bs); err != nil {
					t.Fatal(err)
				}
				(&randomWrites{t: t, s: s}).exec(`DELETE FROM briefs WHERE id = ?`, bs[tc.del].ID)
				n, err := s.MeetingCount(ctx, store.MeetingQuery{})
				if err != nil || n != tc.want {
					t.Errorf("MeetingCount = %d, %v; want %d", n, err, tc.want)
				}
				checkMergedTable(t, s, "after the delete")
			})
		}
	}
}
