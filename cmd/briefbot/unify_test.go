package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings"
)

// meetingBrief is a brief reporting one meeting, keyed as extraction keys it.
func meetingBrief(n int, title, date, place string) *briefs.Brief {
	m := briefs.Meeting{Title: title, Date: date, Place: place}
	m.Key = meetings.Key(m)
	body := fmt.Sprintf("Report %d: %s on %s in %s.", n, title, date, place)
	return &briefs.Brief{Title: fmt.Sprint("Report ", n), Body: body, Hash: fmt.Sprintf("%064d", n), Meetings: []briefs.Meeting{m}}
}

// TestUnifyAcrossBatches: a meeting reported in different words in a later
// batch takes the key (and fuller title) of the one stored earlier, whether
// the ingest's cache of known meetings or the store answers; a meeting of
// another place, or another date, keeps its own key.
func TestUnifyAcrossBatches(t *testing.T) {
	ctx := context.Background()
	const full = "22nd India-Russia IRIGC-M&MTC ministerial meeting"
	first := meetingBrief(1, full, "2025-12-04", "New Delhi")
	later := func() []*briefs.Brief {
		return []*briefs.Brief{
			meetingBrief(2, "22nd IRIGC-M&MTC ministerial meeting", "2025-12-04", "New Delhi"),
			meetingBrief(3, "22nd IRIGC-M&MTC ministerial meeting", "2025-12-05", "New Delhi"),
			meetingBrief(4, "Board meeting", "2025-12-04", "Oslo"),
		}
	}
	for _, cached := range []bool{true, false} {
		t.Run(fmt.Sprint("cached=", cached), func(t *testing.T) {
			a := openCancelApp(t)
			known := newKnownMeetings()
			first := *first
			first.Meetings = append([]briefs.Meeting(nil), first.Meetings...)
			must(t, a.unifyWith(ctx, known, []*briefs.Brief{&first}))
			_, err := a.store.AddBriefs(ctx, []*briefs.Brief{&first})
			must(t, err)
			if !cached {
				known = newKnownMeetings() // as a new run: the store answers
			}
			bs := later()
			must(t, a.unifyWith(ctx, known, bs))
			if got := bs[0].Meetings[0]; got.Key != first.Meetings[0].Key || got.Title != full {
				t.Errorf("same meeting, other words: key %q title %q; want %q %q", got.Key, got.Title, first.Meetings[0].Key, full)
			}
			for _, b := range bs[1:] {
				if b.Meetings[0].Key == first.Meetings[0].Key {
					t.Errorf("%s (%s, %s) joined the stored meeting", b.Meetings[0].Title, b.Meetings[0].Date, b.Meetings[0].Place)
				}
			}
		})
	}
}
