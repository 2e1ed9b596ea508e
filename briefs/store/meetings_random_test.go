package store_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMergedMeetingsRandomOps is a differential test of the merged meetings
// kept at each write against a merge of every stored report from scratch:
// for each of many seeds, a fresh store takes a seeded random run of
// operations (batches of briefs, re-ingests of stored briefs, reindexes
// with other meetings, other keys, moved dates or none, briefs and reports
// deleted by hand, one or a day's, retention deletes by publication time,
// keys, dates and statuses changed by hand), and after each one
// merged_meetings must hold, column for column, what a fresh merge makes,
// keywords (three of a vocabulary each time) must find exactly the
// meetings whose text holds them, and on SQLite the keyword index must
// pass its integrity check. After a hand-made change the check is
// sometimes left to after the next write, which then re-merges the stale
// reports and its own together. The reports crowd a few keys onto dates
// around maxMove apart (21 and 22 days), with reschedules, undated and
// month-dated reports, undated cancels (on every key in some seeds, one key
// in others, so both the whole-key and the near-the-day re-merges run),
// invalid dates, participants on same-date reports, key-less reports and
// publication ties. A failure names the seed and the steps; -merged.seed
// runs one seed alone.
func TestMergedMeetingsRandomOps(t *testing.T) {
	for name, open := range bothBackends {
		t.Run(name, func(t *testing.T) {
			seeds, steps := 16, 20
			if name == "postgres" { // each statement is a round trip
				seeds = 8
			}
			if *randomOpsSeeds > 0 {
				seeds = *randomOpsSeeds
			}
			fresh := freshStores(t, open)
			for seed := range uint64(seeds) {
				runRandomOps(t, fresh(), seed, steps)
			}
		})
	}
}

// randomOpsSeed runs only the seed it names, logging every step:
// go test ./briefs/store -run RandomOps -v -args -merged.seed=N
var randomOpsSeed = flag.Int("merged.seed", -1, "TestMergedMeetingsRandomOps: run only this seed, logging its steps")

// randomOpsSeeds runs that many seeds instead (a longer search than the
// suite's): go test ./briefs/store -run RandomOps -args -merged.seeds=2000
var randomOpsSeeds = flag.Int("merged.seeds", 0, "TestMergedMeetingsRandomOps: how many seeds to run")

// freshStores returns a function that gives an empty store of open's
// backend for each seed: a new SQLite file, or the same PostgreSQL schema
// emptied with its identities restarted (a schema costs its migrations).
func freshStores(t *testing.T, open func(t *testing.T) *store.Store) func() *store.Store {
	var pg *store.Store
	return func() *store.Store {
		if pg == nil {
			s := open(t)
			if !store.IsPostgres(s) {
				return s
			}
			pg = s
			return pg
		}
		_, err := pg.DB().ExecContext(context.Background(),
			`TRUNCATE briefs, meetings, merged_meetings, meetings_stale RESTART IDENTITY CASCADE`)
		if err != nil {
			t.Fatal(err)
		}
		return pg
	}
}

// randomOps is one seed's run.
type randomOps struct {
	t      *testing.T
	s      *store.Store
	r      *rand.Rand
	seed   uint64
	n      int      // briefs made so far (hashes h1..hn)
	batch  int      // the most briefs a batch adds past 6
	cancel []string // the keys that get undated cancels
	keys   []string // the keys reports use, "" for none, repeated to weigh them
	log    []string // the steps so far, for a failure's message
	checks int      // checks made
	// inOrder: briefs are published in the order they are added, two
	// at a time (as a feed or a generated file brings them), so that new
	// reports are their meetings' newest and fold into them
	// (meetings_fold.go); and their reports mostly fall within a few
	// days, inside the meetings' spans.
	inOrder bool
}

func runRandomOps(t *testing.T, s *store.Store, seed uint64, steps int) {
	t.Helper()
	if *randomOpsSeed >= 0 && seed != uint64(*randomOpsSeed) {
		return
	}
	o := newRandomOps(t, s, seed)
	o.add(5 + o.r.IntN(10))
	o.check()
	o.run(steps, true)
}

// newRandomOps returns seed's run on s.
func newRandomOps(t *testing.T, s *store.Store, seed uint64) *randomOps {
	o := &randomOps{t: t, s: s, r: rand.New(rand.NewPCG(seed, 0x6d65657473)), seed: seed,
		keys: []string{"", "k1", "k1", "k1", "k1", "k2", "k2", "k3"}}
	switch seed % 3 {
	case 0:
		o.cancel = []string{"k3"}
	case 1:
		o.cancel = []string{"", "k1", "k2", "k3"}
	}
	o.inOrder = seed%5 == 4
	if seed%4 == 3 { // more keys than a re-merge takes at a time (50)
		for i := range 120 {
			o.keys = append(o.keys, fmt.Sprintf("m%03d", i))
		}
		o.batch = 80
	}
	return o
}

// run makes steps random operations, checking after them when check is
// set, and at the end.
func (o *randomOps) run(steps int, check bool) {
	for range steps {
		hand := o.step()
		if check && (!hand || o.r.IntN(3) > 0) { // else the next write re-merges what is stale
			o.check()
		}
	}
	if check {
		o.checks = 4 // the last check checks the indexes too
		o.check()
	}
}

// TestMergedMeetingsRandomOpsUpgrade: a store written as an older briefbot
// would have (schema 16, before the merged meetings, by batches of briefs;
// 20, before hand deletes marked only their day stale, by random
// operations, some by hand) is upgraded with what they left stale, and must
// then hold what a merge from scratch makes, and keep it through more
// random operations.
func TestMergedMeetingsRandomOpsUpgrade(t *testing.T) {
	ctx := context.Background()
	for _, v := range []int{16, 20} {
		for seed := range uint64(4) {
			path := filepath.Join(t.TempDir(), "old.db")
			old, err := store.OpenAtVersion(ctx, path, v)
			if err != nil {
				t.Fatal(err)
			}
			o := newRandomOps(t, old, seed)
			o.add(10)
			if v < 18 { // this store cannot keep the old keyword index of reports: only adds
				for range 4 {
					o.add(1 + o.r.IntN(6+o.batch))
				}
			} else {
				o.run(12, false)
			}
			if err := old.Close(); err != nil {
				t.Fatal(err)
			}
			o.note("upgrade from schema %d", v)
			o.s = openPath(t, path)
			o.check()
			o.run(12, true)
		}
	}
}

// fail stops the test with the seed, the steps so far and what is wrong.
func (o *randomOps) fail(format string, args ...any) {
	o.t.Helper()
	o.t.Fatalf("seed %d, after %s: %s", o.seed, strings.Join(o.log, "; "), fmt.Sprintf(format, args...))
}

func (o *randomOps) note(format string, args ...any) {
	o.log = append(o.log, fmt.Sprintf(format, args...))
	if *randomOpsSeed >= 0 {
		o.t.Logf("seed %d step %d: %s", o.seed, len(o.log), o.log[len(o.log)-1])
	}
}

// step makes one random operation and reports whether it was made by hand.
func (o *randomOps) step() (hand bool) {
	switch op := o.r.IntN(20); {
	case op < 6:
		o.add(1 + o.r.IntN(6+o.batch))
	case op < 7:
		o.reingest()
	case op < 11:
		o.reindex()
	case op < 13:
		o.exec("delete briefs", `DELETE FROM briefs WHERE id IN (?, ?)`, o.briefID(), o.briefID())
		return true
	case op < 14:
		o.exec("delete a report", `DELETE FROM meetings WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?)`,
			o.r.IntN(30))
		return true
	case op < 15:
		o.exec("delete a day's reports", `DELETE FROM meetings WHERE start_day = ?`, o.day().Format("2006-01-02"))
		return true
	case op < 16:
		before := base.AddDate(0, 0, o.r.IntN(40)) // a month or so of the ten
		o.exec("retention", `DELETE FROM briefs WHERE published < ?`, before.Format("2006-01-02T15:04:05.000000000Z"))
		return true
	case op < 17:
		o.exec("rekey a report", `UPDATE meetings SET key = ? WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?)`,
			o.key(), o.r.IntN(30))
		return true
	case op < 18:
		o.moveByHand()
		return true
	default:
		o.exec("cancel a report", `UPDATE meetings SET status = ? WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?)`,
			[]string{"cancelled", "upcoming"}[o.r.IntN(2)], o.r.IntN(30))
		return true
	}
	return false
}

// briefID returns the id of a brief made so far (perhaps deleted since), or
// one past them.
func (o *randomOps) briefID() int64 { return 1 + o.r.Int64N(int64(o.n)+1) }

func (o *randomOps) key() string { return o.keys[o.r.IntN(len(o.keys))] }

// published returns a publication time over about ten months, on the hour
// (so briefs share one, and their order falls to their ids); or, inOrder,
// the next brief's, a pair of briefs every hour.
func (o *randomOps) published() time.Time {
	if o.inOrder {
		return base.Add(time.Duration(o.n/2) * time.Hour)
	}
	return base.Add(time.Duration(o.r.IntN(300*24/6)) * 6 * time.Hour)
}

// day returns a meeting day: mostly a few days either side of anchors
// that lie maxMove (21 days) and a day more apart, else any day of a year.
func (o *randomOps) day() time.Time {
	if o.inOrder && o.r.IntN(4) > 0 {
		return base.AddDate(0, 0, o.r.IntN(5))
	}
	if o.r.IntN(5) == 0 {
		return base.AddDate(0, 0, o.r.IntN(365))
	}
	anchors := []int{0, 21, 22, 43, 44, 66, 100, 121, 143, 200}
	return base.AddDate(0, 0, anchors[o.r.IntN(len(anchors))]+o.r.IntN(3)-1)
}

// meeting returns a random report.
func (o *randomOps) meeting() briefs.Meeting {
	r := o.r
	day := o.day()
	m := briefs.Meeting{
		Title: []string{"Talks", "Summit of ministers", "OPEC meeting", "Réunion à Genève"}[r.IntN(4)],
		Key:   o.key(),
		Date:  day.Format("2006-01-02"),
		Place: []string{"", "", "Vienna", "Genève", "Москва", "İstanbul"}[r.IntN(6)],
		Time:  []string{"", "", "10:00", "14:30"}[r.IntN(4)],
	}
	for range r.IntN(3) {
		m.Participants = append(m.Participants, []string{"Minister 1", "minister 1", "Minister 2", "Иван Петров", "Zoë"}[r.IntN(5)])
	}
	switch r.IntN(16) {
	case 0, 1:
		m.Evidence = "The talks were postponed."
	case 2:
		m.Evidence = "The summit was moved to " + day.Format("January 2") + "."
	case 3:
		m.Date = ""
	case 4:
		m.Date, m.Precision = day.Format("2006-01"), briefs.PrecisionMonth
	case 5:
		m.Precision = briefs.PrecisionWeek
	case 6:
		m.EndDate = day.AddDate(0, 0, 2).Format("2006-01-02")
	case 7:
		m.Date = []string{"2025-02-30", "soon", "2025-13", "0999-06-01"}[r.IntN(4)] // not a day, or one of a short year
	case 8, 9:
		m.Status = briefs.StatusCancelled
	case 10:
		m.Status = briefs.StatusUpcoming
	}
	if m.Status == briefs.StatusCancelled && r.IntN(2) == 0 && slices.Contains(o.cancel, m.Key) {
		m.Date = "" // an undated cancel
	}
	if m.Date == "" && m.Status == briefs.StatusCancelled && !slices.Contains(o.cancel, m.Key) {
		m.Date = day.Format("2006-01-02")
	}
	return m
}

// meetings returns up to three random reports.
func (o *randomOps) meetings() []briefs.Meeting {
	var ms []briefs.Meeting
	for range o.r.IntN(4) {
		ms = append(ms, o.meeting())
	}
	return ms
}

// add stores a batch of n new briefs.
func (o *randomOps) add(n int) {
	var bs []*briefs.Brief
	for range n {
		o.n++
		b := &briefs.Brief{Title: fmt.Sprintf("B%d", o.n), Body: "body", Hash: fmt.Sprintf("h%d", o.n),
			Published: o.published(), Meetings: o.meetings()}
		if o.r.IntN(10) == 0 { // ordered by its ingest time
			b.Published, b.IngestedAt = time.Time{}, o.published()
		}
		bs = append(bs, b)
	}
	if _, err := o.s.AddBriefs(context.Background(), bs); err != nil {
		o.fail("add: %v", err)
	}
	o.note("add %d briefs", n)
}

// reingest adds a brief again (same hash, other meetings) with a new one:
// the stored brief stays as it is.
func (o *randomOps) reingest() {
	h := 1 + o.r.IntN(o.n)
	o.n++
	bs := []*briefs.Brief{
		{Title: "again", Body: "body", Hash: fmt.Sprintf("h%d", h), Published: o.published(), Meetings: o.meetings()},
		{Title: fmt.Sprintf("B%d", o.n), Body: "body", Hash: fmt.Sprintf("h%d", o.n), Published: o.published(), Meetings: o.meetings()},
	}
	if _, err := o.s.AddBriefs(context.Background(), bs); err != nil {
		o.fail("re-ingest: %v", err)
	}
	o.note("re-ingest h%d with a new brief", h)
}

// reindex replaces a brief's meetings as reindex does: with new ones, or
// its own re-keyed, moved or unchanged, or none.
func (o *randomOps) reindex() {
	ctx := context.Background()
	id := o.briefID()
	b, err := o.s.Brief(ctx, id)
	if errors.Is(err, briefs.ErrNotFound) {
		b = briefs.Brief{ID: id}
	} else if err != nil {
		o.fail("reindex: %v", err)
	}
	ms := slices.Clone(b.Meetings)
	how := []string{"new meetings", "re-keyed", "moved", "unchanged", "none"}[o.r.IntN(5)]
	switch how {
	case "new meetings":
		ms = o.meetings()
	case "re-keyed":
		for i := range ms {
			ms[i].Key = o.key()
		}
	case "moved":
		for i := range ms {
			if o.r.IntN(2) == 0 {
				ms[i].Date = o.day().Format("2006-01-02")
				ms[i].Precision, ms[i].EndDate = "", ""
			}
		}
	case "none":
		ms = nil
	}
	for i := range ms {
		ms[i].ID, ms[i].BriefID, ms[i].Sources = 0, 0, nil
	}
	err = o.s.UpdateDerived(ctx, id, "summary", "reindex", ms)
	if err != nil && !errors.Is(err, briefs.ErrNotFound) {
		o.fail("reindex %d: %v", id, err)
	}
	o.note("reindex brief %d (%s, %d meetings)", id, how, len(ms))
}

// moveByHand moves a report to another day in place, its day columns with
// it.
func (o *randomOps) moveByHand() {
	d := o.day()
	o.exec("move a report", `UPDATE meetings SET date = ?, precision = '', end_date = '', start_day = ?, end_day = ?
		WHERE id IN (SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?)`,
		d.Format("2006-01-02"), d.Format("2006-01-02"), d.AddDate(0, 0, 1).Format("2006-01-02"), o.r.IntN(30))
}

// exec runs a statement by hand, as an administrator would.
func (o *randomOps) exec(what, query string, args ...any) {
	if store.IsPostgres(o.s) {
		query = store.DollarPlaceholders(query)
	}
	if _, err := o.s.DB().ExecContext(context.Background(), query, args...); err != nil {
		o.fail("%s: %v", what, err)
	}
	o.note("%s %v", what, args)
}

// randomKeywords are what the checks look for: words of the titles,
// places, participants and evidence, in other cases, and parts of them.
var randomKeywords = [][]string{
	{"talks"}, {"VIENNA"}, {"minister 1"}, {"minister"}, {"postponed"}, {"moved to"}, {"genève"}, {"GENÈVE"},
	{"москва"}, {"иван"}, {"zoë"}, {"i̇stanbul"}, {"opec", "vienna"}, {"ta"}, {"é"}, {"summit", "2"},
}

// check fails unless merged_meetings holds what a merge from scratch makes
// (after the read that re-merges what is stale), keywords find what they
// must, and the keyword index is sound.
func (o *randomOps) check() {
	o.t.Helper()
	ctx := context.Background()
	if _, err := o.s.MeetingCount(ctx, store.MeetingQuery{}); err != nil { // re-merges what is stale
		o.fail("MeetingCount: %v", err)
	}
	got, want, err := store.MergedTable(ctx, o.s)
	if err != nil {
		o.fail("MergedTable: %v", err)
	}
	if i, g, w := firstDiff(got, want); i >= 0 {
		o.fail("merged_meetings row %d is\n%s\nwant\n%s", i, g, w)
	}
	var kws [][]string
	for _, i := range o.r.Perm(len(randomKeywords))[:3] {
		kws = append(kws, randomKeywords[i])
	}
	wants, err := store.ReferenceMeetingsEach(ctx, o.s, kws)
	if err != nil {
		o.fail("ReferenceMeetingsEach: %v", err)
	}
	for i, kw := range kws {
		got, err := o.s.Meetings(ctx, store.MeetingQuery{Keywords: kw})
		if err != nil {
			o.fail("Meetings(%q): %v", kw, err)
		}
		slices.SortFunc(got, func(a, b briefs.Meeting) int { return int(a.ID - b.ID) })
		if want := wants[i]; !reflect.DeepEqual(got, want) {
			o.fail("Meetings(%q) =\n%+v\nwant\n%+v", kw, got, want)
		}
		if n, err := o.s.MeetingCount(ctx, store.MeetingQuery{Keywords: kw}); err != nil || n != len(wants[i]) {
			o.fail("MeetingCount(%q) = %d, %v; want %d", kw, n, err, len(wants[i]))
		}
	}
	if o.checks++; o.checks%5 == 0 { // the integrity checks cost more than the rest
		if err := o.s.Check(ctx); err != nil {
			o.fail("Check: %v", err)
		}
	}
}

// firstDiff returns the first index where got and want differ, with both
// rows there ("(none)" past an end), or -1.
func firstDiff(got, want []string) (int, string, string) {
	for i := range max(len(got), len(want)) {
		g, w := "(none)", "(none)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return i, g, w
		}
	}
	return -1, "", ""
}
