package briefs

import (
	"fmt"
	"time"
)

// DefaultMeetingHour is the hour a meeting without a stated time is taken
// to start at, for reminders and countdowns.
const DefaultMeetingHour = 9

// StartsAt returns the instant a day-precision meeting starts in loc: its
// date at its Time (HH:MM), or at DefaultMeetingHour when the text gave no
// time (timed reports whether it did). ok is false for week or month
// precision and for dates that do not parse.
func (m Meeting) StartsAt(loc *time.Location) (at time.Time, timed, ok bool) {
	if m.Precision != "" && m.Precision != PrecisionDay {
		return time.Time{}, false, false
	}
	day, err := time.ParseInLocation("2006-01-02", m.Date, loc)
	if err != nil {
		return time.Time{}, false, false
	}
	var h, min int
	if _, err := fmt.Sscanf(m.Time, "%d:%d", &h, &min); err == nil && h >= 0 && h < 24 && min >= 0 && min < 60 {
		return time.Date(day.Year(), day.Month(), day.Day(), h, min, 0, 0, loc), true, true
	}
	return time.Date(day.Year(), day.Month(), day.Day(), DefaultMeetingHour, 0, 0, 0, loc), false, true
}
