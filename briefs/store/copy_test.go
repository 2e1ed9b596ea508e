package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// fillForCopy writes some of everything CopyTo copies.
func fillForCopy(t *testing.T, s *store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	at := time.Date(2025, 12, 4, 9, 0, 0, 123, time.UTC)
	var bs []*briefs.Brief
	for i := range n {
		b := &briefs.Brief{Title: fmt.Sprintf("Brief %d São", i), Body: fmt.Sprintf("Ministers met, round %d.", i),
			Hash: fmt.Sprintf("h%d", i), Published: at.Add(time.Duration(i) * time.Minute), IngestedAt: at,
			Summary: "A summary.", Meta: []byte(`{"k":1}`)}
		if i%3 == 0 {
			b.Meetings = []briefs.Meeting{{Title: "Summit", Date: "2025-12-10", Key: fmt.Sprintf("k%d", i%7),
				Participants: []string{"A", "B"}}}
		}
		bs = append(bs, b)
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.FirstSeen(ctx, "telegram", "41")
	must(err)
	must(s.SetValue(ctx, "telegram.offset", "42"))
	must(s.SetChatActive(ctx, "telegram", "-100", false))
	must(s.SetSubscription(ctx, store.Subscription{Platform: "slack", ChatID: "C1", Keywords: []string{"india"}, UpdatedAt: at}))
	_, err = s.ClaimSlot(ctx, "telegram:-100", at, "a")
	must(err)
	must(s.MarkDelivered(ctx, "telegram:-100", at, []int64{1, 2}))
	_, err = s.ClaimSlot(ctx, "telegram:-100", at.Add(time.Hour), "a")
	must(err)
	must(s.SaveFeedState(ctx, briefs.FeedState{URL: "https://example.com/feed", ETag: `"e1"`, LastPoll: at, Items: 2}))
	must(s.MarkFeedItems(ctx, "https://example.com/feed", map[string]int64{"guid-1": 1, "guid-2": 2}, at))
}

func TestCopyToPostgres(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	fillForCopy(t, src, 700) // several batches
	dst := storetest.OpenPostgres(t, storetest.PostgresURL(t))
	var last = map[string]int{}
	counts, err := src.CopyTo(ctx, dst, false, func(table string, done, total int) { last[table] = done })
	if err != nil {
		t.Fatalf("CopyTo: %v", err)
	}
	for _, c := range counts {
		if c.Source != c.Target || last[c.Table] != c.Source {
			t.Errorf("%s: %d rows in the source, %d in the target, progress ended at %d", c.Table, c.Source, c.Target, last[c.Table])
		}
	}
	if len(counts) < 10 || counts[0].Table != "briefs" || counts[0].Source != 700 {
		t.Errorf("counts = %+v, want every table, briefs first with 700", counts)
	}
	// What the target reads back is what the source does.
	want, err := src.Latest(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := dst.Latest(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Latest differs after the copy: got %d briefs, want %d", len(got), len(want))
	}
	checks := []struct {
		name string
		fn   func(s *store.Store) (any, error)
	}{
		{"search", func(s *store.Store) (any, error) { b, err := s.Search(ctx, "sao round 7", 0); return len(b), err }},
		{"meetings", func(s *store.Store) (any, error) { return s.Meetings(ctx, store.MeetingQuery{}) }},
		{"value", func(s *store.Store) (any, error) { return s.Value(ctx, "telegram.offset") }},
		{"chat", func(s *store.Store) (any, error) { return s.ChatActive(ctx, "telegram", "-100") }},
		{"subscription", func(s *store.Store) (any, error) { return s.Subscription(ctx, "slack", "C1") }},
		{"pending", func(s *store.Store) (any, error) { return s.PendingSlots(ctx, "telegram:-100") }},
		{"delivered", func(s *store.Store) (any, error) { return s.Delivered(ctx, "telegram:-100", []int64{1, 2, 3}) }},
		{"seen", func(s *store.Store) (any, error) { return s.FirstSeen(ctx, "telegram", "41") }},
		{"feed", func(s *store.Store) (any, error) { return s.FeedState(ctx, "https://example.com/feed") }},
		{"feed items", func(s *store.Store) (any, error) {
			return s.SeenFeedItems(ctx, "https://example.com/feed", []string{"guid-1", "guid-3"})
		}},
	}
	for _, c := range checks {
		w, werr := c.fn(src)
		g, gerr := c.fn(dst)
		if werr != nil || gerr != nil || !reflect.DeepEqual(g, w) {
			t.Errorf("%s: target %v, %v; source %v, %v", c.name, g, gerr, w, werr)
		}
	}
	// New briefs continue after the copied ids.
	id, _, err := dst.AddBrief(ctx, &briefs.Brief{Hash: "new", Body: "new"})
	if err != nil || id != 701 {
		t.Errorf("AddBrief after the copy = %d, %v; want id 701", id, err)
	}

	_, err = src.CopyTo(ctx, dst, false, nil)
	if !errors.Is(err, store.ErrTargetNotEmpty) {
		t.Errorf("second CopyTo: err = %v, want ErrTargetNotEmpty", err)
	}
	if n, _ := dst.Count(ctx); n != 701 {
		t.Errorf("refused copy changed the target: %d briefs, want 701", n)
	}
	if _, err := src.CopyTo(ctx, dst, true, nil); err != nil {
		t.Errorf("CopyTo with replace: %v", err)
	}
	if n, _ := dst.Count(ctx); n != 700 {
		t.Errorf("after replacing: %d briefs, want 700", n)
	}
}

func TestCopyToSQLiteRefused(t *testing.T) {
	if _, err := openTemp(t).CopyTo(context.Background(), openTemp(t), false, nil); err == nil {
		t.Error("CopyTo a SQLite store succeeded, want an error: only PostgreSQL targets")
	}
}

// TestCopyCoversEveryTable fails when a migration adds a table that
// migrate -to would leave behind: every table is copied but the schema
// version and the leases of running replicas.
func TestCopyCoversEveryTable(t *testing.T) {
	s := storetest.OpenPostgres(t, storetest.PostgresURL(t))
	rows, err := s.DB().Query(`SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() ORDER BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		if name != "schema_version" && name != "leases" && !slices.Contains(store.CopyTables, name) {
			t.Errorf("table %s is not copied by CopyTo (add it to copyTables, parents first)", name)
		}
	}
}
