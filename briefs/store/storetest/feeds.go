package storetest

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func testFeedState(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const url = "https://example.org/rss.xml"
	_, err := s.FeedState(ctx, url)
	wantNotFound(t, "FeedState before the first poll", err)
	states := []briefs.FeedState{
		{URL: url, ETag: `W/"abc"`, LastModified: "Thu, 04 Dec 2025 10:00:00 GMT", LastPoll: t0,
			LastResult: "3 new, 0 seen", Items: 3, NextPoll: t0.Add(15 * time.Minute)},
		{URL: url, LastPoll: t0.Add(time.Hour), LastResult: "error: HTTP 500", Items: 3,
			NextPoll: t0.Add(2 * time.Hour), Failures: 2}, // validators cleared, failures counted
	}
	for i, st := range states {
		if err := s.SaveFeedState(ctx, st); err != nil {
			t.Fatalf("SaveFeedState #%d: %v", i, err)
		}
		got, err := s.FeedState(ctx, url)
		if err != nil {
			t.Fatalf("FeedState #%d: %v", i, err)
		}
		want := st
		want.LastPoll, want.NextPoll = st.LastPoll.UTC(), st.NextPoll.UTC()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FeedState #%d = %+v, want %+v", i, got, want)
		}
	}
	if err := s.SaveFeedState(ctx, briefs.FeedState{}); err == nil {
		t.Error("SaveFeedState without a URL succeeded")
	}
	if err := s.SaveFeedState(ctx, briefs.FeedState{URL: url, NextPoll: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Error("SaveFeedState with next poll in year 10000 succeeded")
	}
}

func testFeedItems(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const a, b = "https://a.example/rss", "https://b.example/atom"
	if err := s.MarkFeedItems(ctx, a, map[string]int64{"guid:1": 1, "link:https://a.example/2": 2}, t0); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFeedItems(ctx, a, map[string]int64{"guid:1": 9}, t0); err != nil { // again: kept, no error
		t.Fatal(err)
	}
	var many []string // more keys than one query binds
	for i := range 450 {
		many = append(many, fmt.Sprintf("text:%d", i))
	}
	if err := s.MarkFeedItems(ctx, b, map[string]int64{"guid:1": 3, "text:449": 0}, t0); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		feed string
		keys []string
		want map[string]bool
	}{
		{a, []string{"guid:1", "guid:2", "link:https://a.example/2"}, map[string]bool{"guid:1": true, "link:https://a.example/2": true}},
		{b, []string{"guid:1", "link:https://a.example/2"}, map[string]bool{"guid:1": true}}, // feeds are separate
		{b, many, map[string]bool{"text:449": true}},
		{a, nil, map[string]bool{}},
	}
	for i, tt := range tests {
		got, err := s.SeenFeedItems(ctx, tt.feed, tt.keys)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("#%d SeenFeedItems = %v, %v; want %v", i, got, err, tt.want)
		}
	}
}
