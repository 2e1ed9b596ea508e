package ingest

import (
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs/datewords"
)

// monthDay is a dateline date; year is 0 when the text does not say it.
type monthDay struct {
	year  int
	month time.Month
	day   int
}

// monthNames are the month names and abbreviations (datewords).
var monthNames = datewords.Months()

// monthNumber returns the month a word names ("Dec", "Dec.", "December"),
// or 0.
func monthNumber(w string) time.Month {
	return monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// weekdayNames are the weekday names in full (datewords).
var weekdayNames = datewords.Weekdays()

// weekdayNumber returns the weekday a word names, or -1.
func weekdayNumber(w string) time.Weekday {
	if d, ok := weekdayNames[strings.ToLower(w)]; ok {
		return d
	}
	return -1
}

// number reads up to max digits.
func (s *scanner) number(max int) (int, int) {
	n, digits := 0, 0
	for digits < max && unicode.IsDigit(s.peek(0)) && s.peek(0) < 128 {
		n = n*10 + int(s.peek(0)-'0')
		s.pos++
		digits++
	}
	if unicode.IsDigit(s.peek(0)) {
		return 0, 0
	}
	return n, digits
}

// month reads a month name, with an optional dot.
func (s *scanner) month() time.Month {
	save := s.pos
	w, ok := s.word()
	if m := monthNumber(w); ok && m > 0 {
		return m
	}
	s.pos = save
	return 0
}

// date reads "Dec 4", "Nov. 5, 2024", "December 4th" or "12 March 2024".
func (s *scanner) date() (monthDay, bool) {
	start := s.pos
	var md monthDay
	if m := s.month(); m > 0 {
		md.month = m
		s.skipHSpace()
		if md.day, _ = s.dayNumber(); md.day == 0 {
			s.pos = start
			return md, false
		}
	} else if day, _ := s.dayNumber(); day > 0 && isHSpace(s.peek(0)) {
		md.day = day
		s.skipHSpace()
		if md.month = s.month(); md.month == 0 {
			s.pos = start
			return md, false
		}
	} else {
		s.pos = start
		return md, false
	}
	md.year = s.year()
	if !validDay(md) {
		s.pos = start
		return md, false
	}
	return md, true
}

// dayNumber reads a day of the month with an optional ordinal suffix.
func (s *scanner) dayNumber() (int, bool) {
	save := s.pos
	n, digits := s.number(2)
	if digits == 0 || n < 1 || n > 31 {
		s.pos = save
		return 0, false
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s.at(suf) && !unicode.IsLetter(s.peek(2)) {
			s.pos += 2
		}
	}
	return n, true
}

// year reads an optional " 2024" or ", 2024" after a date.
func (s *scanner) year() int {
	save := s.pos
	if s.peek(0) == ',' {
		s.pos++
	}
	s.skipHSpace()
	if y, digits := s.number(4); digits == 4 && y >= 1900 && y <= 2200 {
		return y
	}
	s.pos = save
	return 0
}

func validDay(md monthDay) bool {
	y := md.year
	if y == 0 {
		y = 2000 // a leap year, so Feb 29 is allowed until a year is known
	}
	t := time.Date(y, md.month, md.day, 0, 0, 0, 0, time.UTC)
	return t.Month() == md.month && t.Day() == md.day
}

// civil is a calendar date without a time or zone.
type civil struct{ y, m, d int }

func civilOf(t time.Time) civil { return civil{t.Year(), int(t.Month()), t.Day()} }

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

// resolveYear picks the year of a month-day: the nearest such date on or
// before limit. It returns 0 when none exists within eight years (Feb 29).
func resolveYear(md monthDay, limit civil) int {
	for y := limit.y; y >= limit.y-8; y-- {
		c := civil{y, int(md.month), md.day}
		if validDay(monthDay{y, md.month, md.day}) && !limit.before(c) {
			return y
		}
	}
	return 0
}

// inferYear gives a dateline month-day its year: from published (a wire
// dateline is a local date, so up to a day after it), else from ingested:
// the nearest such date on or before it when that is within two weeks (a
// story read soon after it was filed), otherwise preferring a year within
// one of ingested's whose date falls on a weekday the text names — but
// never a date more than a day after ingested.
func inferYear(md monthDay, text string, published, ingested time.Time) int {
	if md.year != 0 {
		return md.year
	}
	if !published.IsZero() {
		return resolveYear(md, civilOf(published.AddDate(0, 0, 1)))
	}
	if ingested.IsZero() {
		return 0
	}
	fallback := resolveYear(md, civilOf(ingested))
	if fallback != 0 && ingested.Sub(time.Date(fallback, md.month, md.day, 0, 0, 0, 0, ingested.Location())) < recentIngest {
		// Read soon after it was filed: the nearest year is right, and a
		// weekday in the text more often names another day of that week
		// ("held a preparatory meeting on Tuesday") than the dateline's.
		return fallback
	}
	days := namedWeekdays(text)
	latest := civilOf(ingested.AddDate(0, 0, 1)) // a story is not filed after it is read
	best := 0
	for y := ingested.Year() - 1; y <= ingested.Year()+1; y++ {
		if !validDay(monthDay{y, md.month, md.day}) || latest.before(civil{y, int(md.month), md.day}) {
			continue
		}
		wd := time.Date(y, md.month, md.day, 0, 0, 0, 0, time.UTC).Weekday()
		if days[wd] && (best == 0 || abs(y-fallback) < abs(best-fallback)) {
			best = y
		}
	}
	if best != 0 {
		return best
	}
	return fallback
}

// recentIngest is how soon after its dateline a story must be ingested for
// the nearest year to be taken without looking at weekdays.
const recentIngest = 14 * 24 * time.Hour

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// maxWeekdayScan bounds how much of a story is searched for weekdays: the
// lead is where the dateline's own day is named.
const maxWeekdayScan = 1500

// namedWeekdays returns the weekdays the text names as the day something
// happened ("on Thursday", "said Tuesday"), ignoring "last Friday" and
// "next Monday", which are other days.
func namedWeekdays(text string) map[time.Weekday]bool {
	if len(text) > maxWeekdayScan {
		text = text[:maxWeekdayScan]
	}
	out := map[time.Weekday]bool{}
	prev := ""
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if d := weekdayNumber(base); d >= 0 && unicode.IsUpper([]rune(base)[0]) {
			switch strings.ToLower(prev) {
			case "last", "next", "every", "coming", "previous", "following":
			default:
				out[d] = true
			}
		}
		prev = w
	}
	return out
}
