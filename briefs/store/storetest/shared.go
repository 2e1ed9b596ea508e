package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/briefs"

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

// testConcurrentIngest has two handles add overlapping batches at once: every
// hash is stored once, ids stay dense, and the index stays consistent.
func testConcurrentIngest(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	ctx := context.Background()
	a, b := openPair(t)
	const perBatch, batches = 20, 5
	var wg sync.WaitGroup
	for w, s := range []*store.Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range batches {
				var bs []*briefs.Brief
				for i := range perBatch {
					// Half of each batch is shared with the other handle.
					key := fmt.Sprintf("w%d-%d-%d", w, n, i)
					if i%2 == 0 {
						key = fmt.Sprintf("shared-%d-%d", n, i)
					}
					bs = append(bs, brief(key, "body "+key, t0))
				}
				if _, err := s.AddBriefs(ctx, bs); err != nil {
					t.Errorf("handle %d batch %d: %v", w, n, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	want := batches * (perBatch/2 + 2*perBatch/2)
	if n, err := a.Count(ctx); err != nil || n != want {
		t.Errorf("Count = %d, %v; want %d", n, err, want)
	}
	latest, err := b.Latest(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for _, br := range latest {
		seen[br.ID] = true
	}
	for id := int64(1); id <= int64(want); id++ {
		if !seen[id] {
			t.Errorf("id %d missing: ids are not dense 1..%d", id, want)
			break
		}
	}
	if got, err := a.Search(ctx, "shared", 0); err != nil || len(got) != batches*perBatch/2 {
		t.Errorf("Search(shared) = %d, %v; want %d", len(got), err, batches*perBatch/2)
	}
	for i, s := range []*store.Store{a, b} {
		if err := s.Check(ctx); err != nil {
			t.Errorf("Check on handle %d: %v", i, err)
		}
	}
}
