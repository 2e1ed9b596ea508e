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
	if err := s.MarkNoticeSent(ctx, "desk", remind.Key, at); err != nil {
		t.Fatal(err)
	}
	if told, _ = s.ToldDates(ctx, "desk", []string{"k1", "k2"}); !reflect.DeepEqual(told, map[string]string{"k1": "2025-12-10"}) {
		t.Errorf("ToldDates after the reminder = %v", told)
	}
	if err := s.MarkNoticeSent(ctx, "desk", moved.Key, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if told, _ = s.ToldDates(ctx, "desk", []string{"k1"}); told["k1"] != "2026-01-14" {
		t.Errorf("ToldDates after the moved notice = %v, want the new date", told)
	}
	// A released claim can be claimed again; a sent one cannot be released.
	if err := s.ReleaseNotice(ctx, "team", remind.Key); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.ClaimNotice(ctx, store.Notice{Dest: "team", Key: remind.Key, MeetingKey: "k1", MeetingDate: "2025-12-10"}, at); !ok || err != nil {
		t.Errorf("claim after release = %v, %v; want true", ok, err)
	}
	if err := s.ReleaseNotice(ctx, "desk", remind.Key); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.ClaimNotice(ctx, remind, at); ok {
		t.Error("a sent notice was claimed again after ReleaseNotice")
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
