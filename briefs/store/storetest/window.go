package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// testWindow checks that Window returns what IngestedBetween does, without
// meetings, and says which briefs have meetings.
func testWindow(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	at := []time.Duration{2 * time.Hour, 0, time.Hour, 3 * time.Hour}
	for i, d := range at {
		b := brief(fmt.Sprint(i), fmt.Sprint(i), t0)
		b.IngestedAt = t0.Add(d)
		if i%2 == 0 {
			b.Meetings = []briefs.Meeting{{Title: fmt.Sprint("m", i), Date: "2025-12-04"}, {Title: "second", Date: "2025-12-05"}}
		}
		add(t, s, b)
	}
	for _, tc := range []struct {
		name     string
		from, to time.Time
		limit    int
		want     []int64
		meetings []bool
	}{
		{"all", t0, t0.Add(4 * time.Hour), 0, []int64{2, 3, 1, 4}, []bool{false, true, true, false}},
		{"to is exclusive, limit keeps oldest", t0, t0.Add(3 * time.Hour), 2, []int64{2, 3}, []bool{false, true}},
		{"empty", t0.Add(5 * time.Hour), t0.Add(6 * time.Hour), 0, nil, nil},
	} {
		got, err := s.Window(ctx, tc.from, tc.to, tc.limit)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var gotIDs []int64
		var has []bool
		for _, w := range got {
			gotIDs, has = append(gotIDs, w.ID), append(has, w.HasMeetings)
		}
		if !slices.Equal(gotIDs, tc.want) || !slices.Equal(has, tc.meetings) {
			t.Errorf("%s: Window ids %v with meetings %v; want %v, %v", tc.name, gotIDs, has, tc.want, tc.meetings)
		}
		full, err := s.IngestedBetween(ctx, tc.from, tc.to, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range got {
			full[i].Meetings = nil
			if !sameBrief(w, full[i]) {
				t.Errorf("%s: Window brief %d = %+v, IngestedBetween's %+v", tc.name, w.ID, w.Brief, full[i])
			}
		}
	}
}

func sameBrief(w store.WindowBrief, b briefs.Brief) bool {
	x, y := w.Brief, b
	if !x.Published.Equal(y.Published) || !x.IngestedAt.Equal(y.IngestedAt) || x.Meetings != nil {
		return false
	}
	x.Published, y.Published, x.IngestedAt, y.IngestedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	return fmt.Sprint(x) == fmt.Sprint(y)
}
