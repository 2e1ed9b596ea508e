package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings"
)

// maxKnownMeetings bounds the meetings a bulk ingest keeps in memory for
// unification; past it the cache starts afresh, read from the store again.
const maxKnownMeetings = 50000

// knownMeetings are the meetings known on each date, as Store.MeetingsOn
// gives them (one per key and place), for unifying new reports. A bulk
// ingest keeps one across its batches, so each date is read from the store
// once, not once a batch.
type knownMeetings struct {
	byDate map[string][]briefs.Meeting
	n      int
}

func newKnownMeetings() *knownMeetings {
	return &knownMeetings{byDate: map[string][]briefs.Meeting{}}
}

// unifyMeetings unifies the meetings of one batch, as unifyWith does.
func (a *app) unifyMeetings(ctx context.Context, bs []*briefs.Brief) error {
	return a.unifyWith(ctx, newKnownMeetings(), bs)
}

// unifyWith lets briefs that report the same meeting in different words
// share one entry. The store merges meetings with equal keys; a key is built
// from a meeting's title, so "22nd ministerial meeting" in one brief and
// "22nd IRIGC-M&MTC ministerial meeting" in another would stay apart. A
// meeting that meetings.Same finds equal to one already known on its date
// (stored, or earlier in bs) takes the known key, and the fuller of the
// two titles. known is read and extended.
func (a *app) unifyWith(ctx context.Context, known *knownMeetings, bs []*briefs.Brief) error {
	if known.n > maxKnownMeetings {
		*known = *newKnownMeetings()
	}
	for _, b := range bs {
		for i := range b.Meetings {
			m := &b.Meetings[i]
			if m.Date == "" || m.Key == "" {
				continue
			}
			ks, loaded := known.byDate[m.Date]
			if !loaded {
				stored, err := a.store.MeetingsOn(ctx, m.Date)
				if err != nil {
					return fmt.Errorf("unify meetings: %w", err)
				}
				ks = stored
				known.n += len(ks)
			}
			for _, k := range ks {
				if k.Key != m.Key && meetings.Same(k, *m) {
					m.Key = k.Key
					if len(k.Title) > len(m.Title) {
						m.Title = k.Title
					}
					break
				}
			}
			// A key and place already known keep their first entry: a
			// repeat after it could never be the first match.
			if !slices.ContainsFunc(ks, func(k briefs.Meeting) bool { return k.Key == m.Key && k.Place == m.Place }) {
				ks = append(ks, briefs.Meeting{Key: m.Key, Title: m.Title, Place: m.Place, Date: m.Date})
				known.n++
			}
			known.byDate[m.Date] = ks
		}
	}
	return nil
}
