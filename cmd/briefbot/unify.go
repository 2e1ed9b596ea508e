package main

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings"
)

// unifyMeetings lets briefs that report the same meeting in different words
// share one entry. The store merges meetings with equal keys; a key is built
// from a meeting's title, so "22nd ministerial meeting" in one brief and
// "22nd IRIGC-M&MTC ministerial meeting" in another would stay apart. A
// meeting that meetings.Same finds equal to one already known on its date
// takes the known key, and the fuller of the two titles.
func (a *app) unifyMeetings(ctx context.Context, bs []*briefs.Brief) error {
	known := map[string][]briefs.Meeting{} // by date: meetings stored or seen in this batch
	loaded := map[string]bool{}
	for _, b := range bs {
		for i := range b.Meetings {
			m := &b.Meetings[i]
			if m.Date == "" || m.Key == "" {
				continue
			}
			if !loaded[m.Date] {
				loaded[m.Date] = true
				stored, err := a.store.MeetingsOn(ctx, m.Date)
				if err != nil {
					return fmt.Errorf("unify meetings: %w", err)
				}
				known[m.Date] = append(known[m.Date], stored...)
			}
			for _, k := range known[m.Date] {
				if k.Key != m.Key && meetings.Same(k, *m) {
					m.Key = k.Key
					if len(k.Title) > len(m.Title) {
						m.Title = k.Title
					}
					break
				}
			}
			known[m.Date] = append(known[m.Date], *m)
		}
	}
	return nil
}
