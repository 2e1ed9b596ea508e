package storetest

import (
	"context"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

func testNotices(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	at := time.Date(2025, 12, 3, 9, 0, 0, 0, time.UTC)
	remind := store.Notice{Dest: "desk", Key: "remind/k1/2025-12-10/24h", MeetingKey: "k1", MeetingDate: "2025-12-10", Owner: "a"}
	moved := store.Notice{Dest: "desk", Key: "moved/k1/2026-01-14", MeetingKey: "k1", MeetingDate: "2026-01-14", Owner: "a"}
	steps := []struct {
		name string
		n    store.Notice
		want bool
	}{
		{"first claim", remind, true},
		{"second claim", remind, false},
		{"another destination", store.Notice{Dest: "team", Key: remind.Key, MeetingKey: "k1", MeetingDate: "2025-12-10"}, true},
		{"moved notice", moved, true},
	}
	for _, st := range steps {
		got, err := s.ClaimNotice(ctx, st.n, at)
		if err != nil || got != st.want {
			t.Errorf("%s: ClaimNotice = %v, %v; want %v", st.name, got, err, st.want)
		}
	}
	for _, bad := range []store.Notice{{Key: "x", MeetingKey: "k"}, {Dest: "d", MeetingKey: "k"}, {Dest: "d", Key: "x"}} {
		if _, err := s.ClaimNotice(ctx, bad, at); err == nil {
			t.Errorf("ClaimNotice(%+v) succeeded", bad)
		}
	}
	told, err := s.ToldDates(ctx, "desk", []string{"k1", "k2"})
	if err != nil || len(told) != 0 {
		t.Errorf("ToldDates before any was sent = %v, %v; want none", told, err)
	}
	if err := s.MarkNoticeSent(ctx, "desk", remind.Key, "m1", at); err != nil {
		t.Fatal(err)
	}
	if told, _ = s.ToldDates(ctx, "desk", []string{"k1", "k2"}); !reflect.DeepEqual(told, map[string]string{"k1": "2025-12-10"}) {
		t.Errorf("ToldDates after the reminder = %v", told)
	}
	if err := s.MarkNoticeSent(ctx, "desk", moved.Key, "m2", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if told, _ = s.ToldDates(ctx, "desk", []string{"k1"}); told["k1"] != "2026-01-14" {
		t.Errorf("ToldDates after the moved notice = %v, want the new date", told)
	}
	// The team's claim was never sent: it is pending, with its body, and
	// one of two replicas retakes it; a skipped one is no longer pending.
	pending, err := s.PendingNotices(ctx, "team")
	if err != nil || len(pending) != 1 || pending[0].Key != remind.Key || !pending[0].AttemptAt.Equal(at) {
		t.Fatalf("PendingNotices = %+v, %v; want the team's claim at %s", pending, err, at)
	}
	if ps, _ := s.PendingNotices(ctx, "desk"); len(ps) != 0 {
		t.Errorf("sent notices are pending: %+v", ps)
	}
	later := at.Add(5 * time.Minute)
	if ok, err := s.RetakeNotice(ctx, pending[0], "b", later); !ok || err != nil {
		t.Errorf("first retake = %v, %v; want true", ok, err)
	}
	if ok, err := s.RetakeNotice(ctx, pending[0], "c", later); ok || err != nil {
		t.Errorf("second retake of the same attempt = %v, %v; want false", ok, err)
	}
	if err := s.SkipNotice(ctx, "team", remind.Key, later); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.PendingNotices(ctx, "team"); len(ps) != 0 {
		t.Errorf("a skipped notice is pending: %+v", ps)
	}
	if ok, _ := s.ClaimNotice(ctx, remind, at); ok {
		t.Error("a sent notice was claimed again")
	}
	// A digest line about a meeting counts as telling it.
	line := store.Notice{Dest: "team", Key: "digest/2025-12-04T08:00/k2", MeetingKey: "k2", MeetingDate: "2025-12-12", Ref: "m9", Body: `{"Title":"Morning"}`}
	for range 2 {
		if err := s.RecordTold(ctx, []store.Notice{line}, later); err != nil {
			t.Fatal(err)
		}
	}
	if told, _ = s.ToldDates(ctx, "team", []string{"k1", "k2"}); !reflect.DeepEqual(told, map[string]string{"k2": "2025-12-12"}) {
		t.Errorf("ToldDates after a digest line = %v, want k2 only (k1 was skipped)", told)
	}
	// The posts that told of k2, with what they say, for an edit.
	if err := s.SetPostBody(ctx, "team", "m9", `{"Title":"Edited"}`); err != nil {
		t.Fatal(err)
	}
	posts, err := s.ToldPosts(ctx, "team", "k2")
	if err != nil || len(posts) != 1 || posts[0].Ref != "m9" || posts[0].Body != `{"Title":"Edited"}` || posts[0].Key != line.Key {
		t.Errorf("ToldPosts = %+v, %v; want the digest line, edited", posts, err)
	}
	if posts, _ := s.ToldPosts(ctx, "desk", "k1"); len(posts) != 0 {
		t.Errorf("ToldPosts lists posts without a body: %+v", posts)
	}
	if err := s.RecordTold(ctx, []store.Notice{{Dest: "team"}}, later); err == nil {
		t.Error("RecordTold took a notice without a key")
	}
}

func testNoticesConcurrent(t *testing.T, open Opener) {
	s := open(t)
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := store.Notice{Dest: "desk", Key: "remind/k/2025-12-10/1h", MeetingKey: "k", MeetingDate: "2025-12-10"}
			ok, err := s.ClaimNotice(context.Background(), n, time.Date(2025, 12, 10, 8, 0, 0, 0, time.UTC))
			if err != nil {
				t.Error(err)
			}
			if ok {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Errorf("%d goroutines claimed one notice, want exactly 1", wins.Load())
	}
}
