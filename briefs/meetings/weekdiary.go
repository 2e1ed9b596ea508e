package meetings

import (
	"regexp"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs/listing"
)

// A week's diary heads its days with the weekday alone ("Monday" over "11:00
// Cabinet") or opens each line with it ("Monday: Cabinet, Government
// Buildings."). The day is the first such weekday on or after the week's
// start, which the page gives ("Week commencing Monday 9 February 2026",
// "week beginning 16 March") or else the reference day (a note of the week
// ahead) (rule listing.day-heading).

// weekStart is a page's line that gives the first day of its week.
var weekStart = regexp.MustCompile(`(?i)\b(?:week (?:commencing|beginning|starting|of)|w/c)\b`)

// weekAnchor is the first day of the week a diary's weekday headings count
// from: the day of a "Week commencing ..." line, else the reference day.
func (d *doc) weekAnchor(ls []line, kind []byte) time.Time {
	for i, l := range ls {
		if kind[i] != 0 && kind[i] != 'h' || l.end-l.start > maxListingLine {
			continue
		}
		s := string(d.runes[l.start:l.end])
		loc := weekStart.FindStringIndex(s)
		if loc == nil {
			continue
		}
		if first, _ := headingDay(s[loc[1]:], d.ref); first != "" {
			if t, err := time.Parse("2006-01-02", first); err == nil {
				return t
			}
		}
	}
	return d.ref
}

// weekdayFirst reports a week's line opened by its weekday (listing.WeekdayFirst).
func weekdayFirst(s string) bool {
	_, es := listing.WeekdayFirst(s)
	return es > 0
}

// weekdayFrom is the first day on or after anchor that falls on the
// weekday the heading names ("Monday", "TUE:"), "" when it names none.
func weekdayFrom(anchor time.Time, heading string) string {
	w := strings.ToLower(strings.Trim(heading, " .:–—-"))
	wd, ok := weekdayNames[w]
	if !ok {
		for name, x := range weekdayNames {
			if len(w) >= 3 && strings.HasPrefix(name, w) {
				wd, ok = x, true
			}
		}
	}
	if !ok || anchor.IsZero() {
		return ""
	}
	return nextWeekday(anchor.Format("2006-01-02"), wd)
}
