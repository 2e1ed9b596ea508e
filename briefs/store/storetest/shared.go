package storetest

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
)

func testClaimTwoHandles(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	a, b := openPair(t)
	if wins := claimRace(t, []*store.Store{a, b}, 8); wins != 1 {
		t.Errorf("%d claims won across two handles, want exactly 1", wins)
	}
	pa, err := a.PendingSlots(context.Background(), "telegram:-100")
	if err != nil || len(pa) != 1 {
		t.Errorf("PendingSlots on the other handle = %v, %v; want the one claimed slot", pa, err)
	}
}

func testFirstSeenTwoHandles(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	ctx := context.Background()
	a, b := openPair(t)
	first, err := a.FirstSeen(ctx, "telegram", "7")
	if err != nil || !first {
		t.Fatalf("FirstSeen on handle a = %v, %v; want true", first, err)
	}
	again, err := b.FirstSeen(ctx, "telegram", "7")
	if err != nil || again {
		t.Errorf("FirstSeen of the same update on handle b = %v, %v; want false", again, err)
	}
}

func testSharedWrites(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	ctx := context.Background()
	a, b := openPair(t)
	add(t, a, brief("from a", "body a", t0))
	id, created, err := b.AddBrief(ctx, brief("dup from b", "body a", t0))
	if err != nil || created || id != 1 {
		t.Errorf("AddBrief of a's brief on b = %d, %v, %v; want 1, false", id, created, err)
	}
	if got, err := b.Search(ctx, "from", 0); err != nil || len(got) != 1 {
		t.Errorf("Search on b for a's brief = %d results, %v", len(got), err)
	}
}
