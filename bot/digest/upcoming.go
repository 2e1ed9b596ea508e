package digest

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// upcoming returns the meetings of the MeetingDays from now's day that pass
// the filter, at most maxMeetings+1 (one more than shown, to tell whether
// there are more). The store is asked for a few more than that at a time,
// growing while the filter leaves too few, so a digest reads the meetings it
// shows rather than every meeting of the week.
func upcoming(ctx context.Context, src Source, opts Options) ([]briefs.Meeting, error) {
	today := time.Date(opts.Now.Year(), opts.Now.Month(), opts.Now.Day(), 0, 0, 0, 0, opts.Now.Location())
	q := store.MeetingQuery{
		From: today.Format("2006-01-02"),
		To:   today.AddDate(0, 0, opts.MeetingDays-1).Format("2006-01-02"),
	}
	want := maxMeetings + 1
	for q.Limit = want; ; q.Limit *= 4 {
		all, err := src.Meetings(ctx, q)
		if err != nil {
			return nil, err
		}
		ms := filterMeetings(all, opts.Filter)
		if len(ms) >= want || len(all) < q.Limit {
			return ms[:min(len(ms), want)], nil
		}
	}
}
