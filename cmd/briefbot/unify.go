package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// unifyMeetings lets briefs that report the same meeting in different words
// share one entry. The store merges meetings with equal keys; a key is built
// from a meeting's title, so "22nd ministerial meeting" in one brief and
// "22nd IRIGC-M&MTC ministerial meeting" in another would stay apart. A
// meeting on the same date whose key words contain the other's (or are
// contained in them, two words at least) takes the known key, and the
// fuller of the two titles. Two meetings on one date with the same ordinal
// ("22nd") and another word in common, at the same place, are one too.
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
				day := m.Date
				if len(day) == len("2006-01") {
					day += "-01"
				}
				stored, err := a.store.Meetings(ctx, store.MeetingQuery{From: day, To: day})
				if err != nil {
					return fmt.Errorf("unify meetings: %w", err)
				}
				for _, s := range stored {
					if s.Date == m.Date {
						known[m.Date] = append(known[m.Date], s)
					}
				}
			}
			for _, k := range known[m.Date] {
				if k.Key != m.Key && (sameMeeting(k.Key, m.Key) || sameNumbered(k, *m)) {
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

// sameNumbered reports whether two meetings of one date share an ordinal
// and at least one other key word, and are at the same place (or one has
// none): "the 22nd IRIGC-M&MTC ministerial meeting" and "the 22nd India-Russia
// Inter-Governmental Commission ministerial meeting".
func sameNumbered(a, b briefs.Meeting) bool {
	if a.Place != "" && b.Place != "" && !strings.EqualFold(a.Place, b.Place) {
		return false
	}
	wa := map[string]bool{}
	for _, w := range strings.Split(a.Key, "-") {
		wa[w] = true
	}
	var ordinal, other bool
	for _, w := range strings.Split(b.Key, "-") {
		switch {
		case !wa[w]:
		case isOrdinal(w):
			ordinal = true
		default:
			other = true
		}
	}
	return ordinal && other
}

// isOrdinal reports whether w is a numeric ordinal such as "22nd" or "5th".
func isOrdinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return i > 0
	}
	return false
}

// sameMeeting reports whether two meeting keys (words joined by "-") name
// the same meeting: the words of one are all among the other's, and there
// are at least two of them.
func sameMeeting(a, b string) bool {
	wa, wb := strings.Split(a, "-"), strings.Split(b, "-")
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	for _, w := range wa {
		if !set[w] {
			return false
		}
	}
	return true
}
