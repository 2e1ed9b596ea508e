package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// TestMergedMeetingsFollowWrites runs a seeded random mix of writes, on
// SQLite and PostgreSQL: batches of briefs, reindexed meetings, briefs and
// reports deleted by hand (cascading), report keys changed by hand. After
// each, Meetings and MeetingCount, with and without keywords, must give
// exactly the meetings a fresh merge of every stored report gives.
func TestMergedMeetingsFollowWrites(t *testing.T) {
	for name, open := range bothBackends {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			w := &randomWrites{t: t, s: s, r: rand.New(rand.NewPCG(11, 17))}
			for step := range 60 {
				op := w.step()
				w.check(fmt.Sprintf("step %d (%s)", step, op))
			}
			if w.ids < 50 {
				t.Errorf("only %d briefs were added; the test wants more", w.ids)
			}
			if err := s.Check(context.Background()); err != nil {
				t.Errorf("Check: %v", err)
			}
		})
	}
}

// bothBackends open a new store on SQLite and on PostgreSQL (skipped when
// there is none to test against).
var bothBackends = map[string]func(t *testing.T) *store.Store{
	"sqlite":   openTemp,
	"postgres": func(t *testing.T) *store.Store { return storetest.OpenPostgres(t, storetest.PostgresURL(t)) },
}

// randomWrites makes the writes of TestMergedMeetingsFollowWrites.
type randomWrites struct {
	t   *testing.T
	s   *store.Store
	r   *rand.Rand
	ids int64 // briefs added so far (ids 1..ids, some deleted since)
}

var base = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

// meeting returns a random report: one of a few keys (or none), dates that
// chain or jump, some moved, some cancelled without a date.
func (w *randomWrites) meeting() briefs.Meeting {
	day := base.AddDate(0, 0, []int{0, 3, 10, 30, 60, 90}[w.r.IntN(6)]+w.r.IntN(3))
	return randomMeeting(w.r, []string{"", "k1", "k2", "k3", "k4"}, day, 8)
}

// randomMeeting returns a report of one of keys on day, but one time in
// kinds each: moved, cancelled without a date, undated, dated by its
// month, lasting three days, cancelled (kinds is at least 6).
func randomMeeting(r *rand.Rand, keys []string, day time.Time, kinds int) briefs.Meeting {
	m := briefs.Meeting{
		Title:        fmt.Sprintf("Talks %d", r.IntN(4)),
		Key:          keys[r.IntN(len(keys))],
		Date:         day.Format("2006-01-02"),
		Place:        []string{"", "Vienna", "Delhi"}[r.IntN(3)],
		Participants: []string{fmt.Sprintf("Minister %d", r.IntN(5))},
		Time:         []string{"", "10:00"}[r.IntN(2)],
	}
	switch r.IntN(kinds) {
	case 0:
		m.Evidence = "The talks were postponed."
	case 1:
		m.Date, m.Status = "", briefs.StatusCancelled
	case 2:
		m.Date = ""
	case 3:
		m.Date, m.Precision = day.Format("2006-01"), briefs.PrecisionMonth
	case 4:
		m.EndDate = day.AddDate(0, 0, 2).Format("2006-01-02")
	case 5:
		m.Status = briefs.StatusCancelled
	}
	return m
}

func (w *randomWrites) step() string {
	ctx := context.Background()
	r := w.r
	switch op := r.IntN(10); {
	case op < 5 || w.ids < 5:
		var bs []*briefs.Brief
		for range 1 + r.IntN(6) {
			w.ids++
			b := &briefs.Brief{Title: fmt.Sprintf("B%d", w.ids), Body: "body", Hash: fmt.Sprintf("h%d", w.ids),
				Published: base.Add(time.Duration(r.IntN(200)) * time.Hour)}
			for range r.IntN(3) {
				b.Meetings = append(b.Meetings, w.meeting())
			}
			bs = append(bs, b)
		}
		if _, err := w.s.AddBriefs(ctx, bs); err != nil {
			w.t.Fatal(err)
		}
		return fmt.Sprintf("add %d briefs", len(bs))
	case op < 7:
		id := 1 + r.Int64N(w.ids)
		ms := []briefs.Meeting{w.meeting()}
		if err := w.s.UpdateDerived(ctx, id, "s", "m", ms); err != nil && !errors.Is(err, briefs.ErrNotFound) {
			w.t.Fatal(err)
		}
		return fmt.Sprintf("reindex brief %d", id)
	case op < 8:
		id := 1 + r.Int64N(w.ids)
		w.exec(`DELETE FROM briefs WHERE id = ?`, id)
		return fmt.Sprintf("delete brief %d", id)
	case op < 9:
		w.exec(`DELETE FROM meetings WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?)`, r.IntN(20))
		return "delete a report"
	default:
		k := []string{"", "k1", "k5"}[r.IntN(3)]
		w.exec(`UPDATE meetings SET key = ? WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 2 OFFSET ?)`, k, r.IntN(20))
		return fmt.Sprintf("rekey two reports to %q", k)
	}
}

// exec runs a statement by hand, as an administrator would.
func (w *randomWrites) exec(query string, args ...any) {
	if store.IsPostgres(w.s) {
		query = store.DollarPlaceholders(query)
	}
	if _, err := w.s.DB().ExecContext(context.Background(), query, args...); err != nil {
		w.t.Fatalf("%s: %v", query, err)
	}
}

func (w *randomWrites) check(step string) {
	w.t.Helper()
	ctx := context.Background()
	for _, kw := range [][]string{nil, {"vienna"}, {"minister 2"}, {"ta", "delhi"}} {
		want, err := store.ReferenceMeetings(ctx, w.s, kw)
		if err != nil {
			w.t.Fatal(err)
		}
		got, err := w.s.Meetings(ctx, store.MeetingQuery{Keywords: kw})
		if err != nil {
			w.t.Fatal(err)
		}
		slices.SortFunc(got, func(a, b briefs.Meeting) int { return int(a.ID - b.ID) })
		if !reflect.DeepEqual(got, want) {
			w.t.Fatalf("%s: Meetings(%q) =\n%+v\nwant\n%+v", step, kw, got, want)
		}
		n, err := w.s.MeetingCount(ctx, store.MeetingQuery{Keywords: kw})
		if err != nil || n != len(want) {
			w.t.Fatalf("%s: MeetingCount(%q) = %d, %v; want %d", step, kw, n, err, len(want))
		}
	}
}

// TestMergedMeetingsBackfill: a store written before the merged meetings
// existed gets them from its reports when it is opened: the same meetings
// as a store that kept them from the start.
func TestMergedMeetingsBackfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAtVersion(ctx, path, 17)
	if err != nil {
		t.Fatal(err)
	}
	fresh := openTemp(t)
	w := &randomWrites{t: t, s: old, r: rand.New(rand.NewPCG(3, 5))}
	var bs []*briefs.Brief
	for i := range 300 {
		b := &briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i),
			Published: base.Add(time.Duration(w.r.IntN(200)) * time.Hour)}
		for range w.r.IntN(3) {
			b.Meetings = append(b.Meetings, w.meeting())
		}
		bs = append(bs, b)
	}
	for _, s := range []*store.Store{old, fresh} {
		if _, err := s.AddBriefs(ctx, bs); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	upgraded := openPath(t, path)
	for _, q := range []store.MeetingQuery{{}, {Keywords: []string{"vienna"}}, {From: "2025-04-01", NewestFirst: true}} {
		got, err := upgraded.Meetings(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Meetings(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 10 || !reflect.DeepEqual(got, want) {
			t.Errorf("Meetings(%+v) after the upgrade: %d meetings, want the %d of a new store:\n%+v\nwant\n%+v",
				q, len(got), len(want), got, want)
		}
	}
	if err := upgraded.Check(ctx); err != nil {
		t.Errorf("Check after the upgrade: %v", err)
	}
	checkMergedTable(t, upgraded, "after the upgrade") // spans and all
}

// TestMergedMeetingsStaleReadOnly: a read-only store cannot re-merge what a
// hand-made delete left stale, so it lists the meetings as they were,
// without an error; the next writable read re-merges them.
func TestMergedMeetingsStaleReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	s := openPath(t, path)
	var bs []*briefs.Brief
	for i := range 3 {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i), Published: base,
			Meetings: []briefs.Meeting{{Title: "Talks", Date: "2025-03-02", Key: "talks"}}})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `DELETE FROM briefs WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	ro, err := store.OpenWith(ctx, path, store.OpenOptions{ReadOnly: true, Now: storetest.Clock})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	sources := func(s *store.Store) []int64 {
		t.Helper()
		ms, err := s.Meetings(ctx, store.MeetingQuery{})
		if err != nil || len(ms) != 1 {
			t.Fatalf("Meetings = %v, %v; want one meeting", ms, err)
		}
		return ms[0].Sources
	}
	if got := sources(ro); !slices.Equal(got, []int64{1, 2, 3}) {
		t.Errorf("read-only, stale: sources %v, want [1 2 3] as merged before the delete", got)
	}
	if got := sources(s); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("writable: sources %v, want [1 2]", got)
	}
	if got := sources(ro); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("read-only after the re-merge: sources %v, want [1 2]", got)
	}
}

// TestMergedMeetingsConcurrentWriters: briefs added and briefs reindexed by
// two writers at once, all reporting one meeting, leave it merged as a fresh merge of the
// reports would, on SQLite and PostgreSQL.
func TestMergedMeetingsConcurrentWriters(t *testing.T) {
	for name, open := range bothBackends {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			talks := func(i int) briefs.Meeting {
				return briefs.Meeting{Title: fmt.Sprintf("Talks %d", i), Date: "2025-03-02", Key: "talks",
					Participants: []string{fmt.Sprintf("Minister %d", i)}}
			}
			brief := func(i int) *briefs.Brief {
				return &briefs.Brief{Title: fmt.Sprintf("B%d", i), Body: "body", Hash: fmt.Sprintf("h%d", i),
					Published: base.Add(time.Duration(i) * time.Minute), Meetings: []briefs.Meeting{talks(i)}}
			}
			for i := range 10 {
				if _, err := s.AddBriefs(ctx, []*briefs.Brief{brief(i)}); err != nil {
					t.Fatal(err)
				}
			}
			errs := make(chan error, 3)
			update := func(from int) {
				for i := range 30 {
					if err := s.UpdateDerived(ctx, int64(from+i%5), "s", "m", []briefs.Meeting{talks(100*from + i)}); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}
			go update(1)
			go update(6)
			go func() {
				for i := 10; i < 40; i++ {
					if _, err := s.AddBriefs(ctx, []*briefs.Brief{brief(i)}); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}()
			for range 3 {
				if err := <-errs; err != nil {
					t.Fatal(err)
				}
			}
			want, err := store.ReferenceMeetings(ctx, s, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Meetings(ctx, store.MeetingQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if len(want) != 1 || !reflect.DeepEqual(got, want) {
				t.Errorf("Meetings =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}
