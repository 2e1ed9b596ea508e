package storetest

import (
	"context"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

func testClaimSlot(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	slot := time.Date(2025, 12, 4, 9, 0, 0, 0, time.FixedZone("IST", 5*3600+1800))
	steps := []struct {
		dest  string
		slot  time.Time
		owner string
		want  bool
	}{
		{"telegram:-100", slot, "a", true},
		{"telegram:-100", slot, "b", false},
		{"telegram:-100", slot.UTC(), "b", false}, // the same instant in another zone
		{"telegram:-100", slot.Add(time.Second), "b", true},
		{"slack:C1", slot, "b", true}, // destinations are independent
	}
	for i, st := range steps {
		got, err := s.ClaimSlot(ctx, st.dest, st.slot, st.owner)
		if err != nil || got != st.want {
			t.Errorf("step %d: ClaimSlot(%s, %v, %s) = %v, %v; want %v", i, st.dest, st.slot, st.owner, got, err, st.want)
		}
	}
	if _, err := s.ClaimSlot(ctx, "", slot, "a"); err == nil {
		t.Error("ClaimSlot with an empty destination succeeded")
	}
	if _, err := s.ClaimSlot(ctx, "d", time.Time{}, "a"); err == nil {
		t.Error("ClaimSlot with a zero slot succeeded")
	}
	if _, err := s.ClaimSlot(ctx, "d", time.Date(12025, 1, 1, 0, 0, 0, 0, time.UTC), "a"); err == nil {
		t.Error("ClaimSlot in year 12025 succeeded")
	}
}

func testClaimSlotConcurrent(t *testing.T, open Opener) {
	s := open(t)
	wins := claimRace(t, []*store.Store{s}, 16)
	if wins != 1 {
		t.Errorf("%d goroutines won the same slot, want exactly 1", wins)
	}
}

// claimRace has n goroutines per store claim one slot at once and returns how
// many won.
func claimRace(t *testing.T, stores []*store.Store, n int) int {
	t.Helper()
	ctx := context.Background()
	slot := time.Date(2025, 12, 4, 3, 30, 0, 0, time.UTC)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		wins  int
		start = make(chan struct{})
	)
	for _, s := range stores {
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				ok, err := s.ClaimSlot(ctx, "telegram:-100", slot, "racer")
				if err != nil {
					t.Errorf("ClaimSlot: %v", err)
				}
				if ok {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			}()
		}
	}
	close(start)
	wg.Wait()
	return wins
}

func testDeliveries(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const dest = "slack:C1"
	at := func(h int) time.Time { return time.Date(2025, 12, 4, h, 0, 0, 0, time.UTC) }

	if _, err := s.LastDelivered(ctx, dest); err == nil {
		t.Error("LastDelivered with nothing delivered succeeded")
	} else {
		wantNotFound(t, "LastDelivered(none)", err)
	}
	if p, err := s.PendingSlots(ctx, dest); err != nil || len(p) != 0 {
		t.Errorf("PendingSlots(empty) = %v, %v", p, err)
	}
	for _, h := range []int{9, 7, 8} {
		if ok, err := s.ClaimSlot(ctx, dest, at(h), "me"); !ok || err != nil {
			t.Fatalf("ClaimSlot(%d h) = %v, %v", h, ok, err)
		}
	}
	if _, err := s.ClaimSlot(ctx, "other", at(6), "me"); err != nil {
		t.Fatal(err)
	}
	checkPending(t, s, dest, at(7), at(8), at(9)) // claimed, not delivered, oldest first

	if err := s.MarkDelivered(ctx, dest, at(8), []int64{1, 2}); err != nil {
		t.Fatal(err)
	}
	checkPending(t, s, dest, at(7), at(9))
	checkLast(t, s, dest, at(8))
	if err := s.MarkDelivered(ctx, dest, at(7).In(time.FixedZone("X", 3600)), []int64{3}); err != nil {
		t.Fatal(err)
	}
	checkPending(t, s, dest, at(9))
	checkLast(t, s, dest, at(8)) // newest delivered slot, not most recently delivered
	// Delivering a slot that was never claimed records it.
	if err := s.MarkDelivered(ctx, dest, at(10), nil); err != nil {
		t.Fatal(err)
	}
	checkLast(t, s, dest, at(10))
	checkPending(t, s, dest, at(9))
	checkPending(t, s, "other", at(6))
	// A skipped slot is no longer pending and does not count as delivered;
	// skipping a delivered slot changes nothing.
	if err := s.SkipSlot(ctx, dest, at(9)); err != nil {
		t.Fatal(err)
	}
	checkPending(t, s, dest)
	if err := s.SkipSlot(ctx, dest, at(11)); err != nil {
		t.Fatal(err)
	}
	if err := s.SkipSlot(ctx, dest, at(10)); err != nil {
		t.Fatal(err)
	}
	checkLast(t, s, dest, at(10))
	checkPending(t, s, dest)
	if ok, err := s.ClaimSlot(ctx, dest, at(11), "me"); ok || err != nil {
		t.Errorf("ClaimSlot of a skipped slot = %v, %v; want false", ok, err)
	}

	got, err := s.Delivered(ctx, dest, []int64{1, 2, 3, 4})
	if want := map[int64]bool{1: true, 2: true, 3: true, 4: false}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Delivered = %v, %v; want %v", got, err, want)
	}
	if got, err := s.Delivered(ctx, "other", []int64{1}); err != nil || got[1] {
		t.Errorf("Delivered(other dest) = %v, %v; want 1 not delivered", got, err)
	}
	if got, err := s.Delivered(ctx, dest, nil); err != nil || len(got) != 0 {
		t.Errorf("Delivered(no ids) = %v, %v", got, err)
	}
	many := make([]int64, 1200) // more ids than one IN list holds
	for i := range many {
		many[i] = int64(i + 1)
	}
	got, err = s.Delivered(ctx, dest, many)
	if err != nil || len(got) != len(many) || !got[3] || got[1200] {
		t.Errorf("Delivered(1200 ids): %d entries, err %v", len(got), err)
	}
	if err := s.MarkDelivered(ctx, "", at(1), nil); err == nil {
		t.Error("MarkDelivered with an empty destination succeeded")
	}
}

func checkPending(t *testing.T, s *store.Store, dest string, want ...time.Time) {
	t.Helper()
	got, err := s.PendingSlots(context.Background(), dest)
	if err != nil {
		t.Fatalf("PendingSlots(%s): %v", dest, err)
	}
	if !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("PendingSlots(%s) = %v, want %v", dest, got, want)
	}
}

func checkLast(t *testing.T, s *store.Store, dest string, want time.Time) {
	t.Helper()
	got, err := s.LastDelivered(context.Background(), dest)
	if err != nil || !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("LastDelivered(%s) = %v, %v; want %v UTC", dest, got, err, want)
	}
}
