package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// nextScan bounds how many upcoming meetings "/meetings next" reads.
const nextScan = 50

// nextMeeting answers "/meetings next KEYWORDS": the next meeting that
// matches, with a countdown. A meeting without a time counts from its day.
func nextMeeting(ctx context.Context, d Deps, req bot.Request, keywords []string) (bot.Reply, error) {
	now := req.Now
	q := MeetingQuery("upcoming", now, keywords)
	q.Limit = nextScan
	ms, err := d.Store.Meetings(ctx, q)
	if err != nil {
		return bot.Reply{}, fmt.Errorf("meetings next: %w", err)
	}
	title := "Next meeting"
	if len(keywords) > 0 {
		title += " · " + strings.Join(keywords, " ")
	}
	loc := now.Location()
	for _, m := range ms {
		at, timed, ok := m.StartsAt(loc)
		if !ok || m.Status == briefs.StatusCancelled || timed && at.Before(now) || !timed && at.Before(startOfDay(now)) {
			continue
		}
		return bot.Reply{Title: title, Sections: []bot.Section{
			{Text: bot.Line{bot.B(Countdown(at, timed, now))}},
			{Items: []bot.Item{meetingItem(m, loc, req)}},
		}}, nil
	}
	return noMeetings("upcoming", keywords, 1, req), nil
}

// Countdown says how long until at: "In 2 days, 3 hours", "In 45 minutes";
// for a meeting without a time, by days: "Today", "Tomorrow", "In 5 days".
func Countdown(at time.Time, timed bool, now time.Time) string {
	if !timed {
		switch days := int(startOfDay(at).Sub(startOfDay(now.In(at.Location()))).Hours()+12) / 24; days {
		case 0:
			return "Today"
		case 1:
			return "Tomorrow"
		default:
			return fmt.Sprintf("In %d days", days)
		}
	}
	d := at.Sub(now).Round(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	var parts []string
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", days, bot.Plural(days, "day", "days")))
	}
	if hours > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", hours, bot.Plural(hours, "hour", "hours")))
	}
	if days == 0 && (mins > 0 || hours == 0) {
		parts = append(parts, fmt.Sprintf("%d %s", mins, bot.Plural(mins, "minute", "minutes")))
	}
	return "In " + strings.Join(parts, ", ")
}

func startOfDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}
