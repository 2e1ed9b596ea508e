package remind

import (
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// reminderReply is one short line: "Tomorrow 10:00 IST · 22nd IRIGC-M&MTC
// ministerial meeting · Manekshaw Centre, New Delhi", with a button to the
// brief that reports it.
func reminderReply(m briefs.Meeting, now time.Time, loc *time.Location) bot.Reply {
	at, timed, _ := m.StartsAt(loc)
	line := bot.Line{bot.B(When(at, timed, now)), bot.Text(" · " + m.Title)}
	if m.Place != "" {
		line = append(line, bot.M(" · "+m.Place))
	}
	return oneLine(line, m)
}

// movedReply says a meeting the destination was told about has a new date.
func movedReply(m briefs.Meeting, from string, loc *time.Location) bot.Reply {
	line := bot.Line{bot.B("Moved"), bot.Text(" · " + m.Title + ": " + dayOf(from, loc) + " → " + dayOf(m.Date, loc))}
	if m.Place != "" {
		line = append(line, bot.M(" · "+m.Place))
	}
	return oneLine(line, m)
}

// cancelledReply says a meeting the destination was told about is off.
func cancelledReply(m briefs.Meeting, told string, loc *time.Location) bot.Reply {
	line := bot.Line{bot.B("Cancelled"), bot.Text(" · " + m.Title + " · " + dayOf(told, loc))}
	if m.Place != "" {
		line = append(line, bot.M(" · "+m.Place))
	}
	return oneLine(line, m)
}

func oneLine(line bot.Line, m briefs.Meeting) bot.Reply {
	r := bot.Reply{Sections: []bot.Section{{Text: line}}}
	srcs := slices.Clone(m.Sources)
	if len(srcs) == 0 && m.BriefID != 0 {
		srcs = []int64{m.BriefID}
	}
	if len(srcs) > 0 {
		id := slices.Max(srcs) // the latest report
		r.Buttons = []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", id)}}
	}
	return r
}

// When says when at is, seen from now: "Today 15:00 IST", "Tomorrow",
// "Mon 8 Dec 10:00 CET". The time and zone are shown when timed.
func When(at time.Time, timed bool, now time.Time) string {
	now = now.In(at.Location())
	day := at.Format("Mon 2 Jan")
	y1, m1, d1 := now.Date()
	switch y2, m2, d2 := at.Date(); {
	case y1 == y2 && m1 == m2 && d1 == d2:
		day = "Today"
	case time.Date(y1, m1, d1+1, 0, 0, 0, 0, at.Location()).Equal(time.Date(y2, m2, d2, 0, 0, 0, 0, at.Location())):
		day = "Tomorrow"
	}
	if timed {
		day += " " + at.Format("15:04 MST")
	}
	return day
}

func dayOf(date string, loc *time.Location) string {
	if t, err := time.ParseInLocation(time.DateOnly, date, loc); err == nil {
		return t.Format("Mon 2 Jan")
	}
	return date
}
