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

// datedRuns reads a run of two day headings or more with no line under
// any of them as a list of dates ('d', rule listing.date-list), not as the
// headings of a diary, when a line before it announces the list ("will
// meet on the following dates in 2027:" over "Thursday, 28 January" and
// "Thursday, 11 March") or the run is a paragraph of its own ("Monday,
// September 14, 2026" ... under "All regular meetings begin at 6:30 p.m.
// in the Board Room."). A day the list calls off, "• Thursday 5 March
// (cancelled)", stays in the run as no date of it. It returns how many
// lines it changed.
func (d *doc) datedRuns(ls []line, kind []byte) int {
	n := 0
	for i := 1; i < len(ls); i++ {
		if kind[i] != 'h' || kind[i-1] == 'h' || kind[i-1] == 'd' {
			continue
		}
		lead := strings.ToLower(strings.TrimSpace(string(d.runes[ls[i-1].start:ls[i-1].end])))
		announced := strings.HasSuffix(lead, ":") || strings.Contains(lead, "following dates")
		j := i
		for j < len(ls) && (kind[j] == 'h' || kind[j] == 0 && listing.DroppedDate(string(d.runes[ls[j].start:ls[j].end]))) && (j == i || d.sameParagraph(ls[j-1], ls[j])) {
			j++
		}
		ownParagraph := !d.sameParagraph(ls[i-1], ls[i]) && (j == len(ls) || !d.sameParagraph(ls[j-1], ls[j]))
		if !announced && !ownParagraph || j-i < 2 || j < len(ls) && kind[j] == 0 && d.sameParagraph(ls[j-1], ls[j]) {
			continue // one day, or a diary's day with its lines under it
		}
		for k := i; k < j; k++ {
			if kind[k] == 'h' {
				kind[k] = 'd'
				n++
			}
		}
	}
	return n
}
