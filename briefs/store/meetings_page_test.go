package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMeetingPageByKeyword: a page of the meetings a keyword matches, and
// the count of them, are the start and the length of the whole list,
// whether the keyword matches many meetings (the page is read along the
// list's order) or few (the matches are sorted), latest first or not.
func TestMeetingPageByKeyword(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	var bs []*briefs.Brief
	for i := range 70 {
		m := briefs.Meeting{Title: fmt.Sprintf("Harbour summit %d", i%9), Key: fmt.Sprintf("harbour-%d", i),
			Date: fmt.Sprintf("2026-%02d-%02d", 1+i%5, 1+i%27), Participants: []string{fmt.Sprintf("Minister %d", i)}}
		switch {
		case i%7 == 0:
			m.Date = "" // undated: listed last
		case i >= 60:
			m.Title = fmt.Sprintf("Harbour talks %d", i%3)
		}
		bs = append(bs, &briefs.Brief{Title: fmt.Sprint("Brief ", i), Body: "Ministers met.", Hash: fmt.Sprint("p", i),
			Published: at.Add(time.Duration(i) * time.Minute), IngestedAt: at, Meetings: []briefs.Meeting{m}})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	for _, kw := range []string{"harbour", "summit", "talks", "minister 6", "nosuchword"} {
		for _, newest := range []bool{false, true} {
			all, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{kw}, NewestFirst: newest})
			if err != nil {
				t.Fatal(err)
			}
			for _, limit := range []int{1, 5, 45, 100} {
				page, n, err := s.MeetingPage(ctx, store.MeetingQuery{Keywords: []string{kw}, NewestFirst: newest, Limit: limit}, limit+1000)
				want := all[:min(limit, len(all))]
				if err != nil || !slices.Equal(meetingIDs(page), meetingIDs(want)) || n != len(all) {
					t.Errorf("MeetingPage(%q, newest %v, limit %d) = %v, %d, %v; want %v, %d",
						kw, newest, limit, meetingIDs(page), n, err, meetingIDs(want), len(all))
				}
			}
		}
	}
}

func meetingIDs(ms []briefs.Meeting) []int64 {
	var ids []int64
	for _, m := range ms {
		ids = append(ids, m.ID)
	}
	return ids
}
