package meetings

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// dateSpan is one resolved temporal expression of a sentence.
type dateSpan struct {
	tokStart, tokEnd int    // token indices in the sentence, end exclusive
	start, end       int    // rune offsets in the text
	typ              string // DATE or TIME
	value            string // TimeML value
	date             string // YYYY-MM-DD (day, week Monday) or YYYY-MM; "" when coarser
	prec             briefs.Precision
	endDate          string // last day of a range
	clock            string // HH:MM
	dir              int    // tense direction used: -1 past, +1 future, 0 none
}

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// monthLead are the words that make a bare month name a date ("in June").
var monthLead = map[string]int{
	"in": 0, "late": 0, "early": 0, "mid": 0, "since": -1, "until": 1, "by": 0, "from": 0,
	"during": 0, "before": 0, "after": 0, "last": -1, "next": 1, "this": 0, "of": 0, "end": 0,
}

// timeZones follow a 24-hour clock time in wire copy: "1000 EST".
var timeZones = map[string]bool{
	"gmt": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "bst": true, "cet": true, "utc": true, "hrs": true, "ist": true, "jst": true,
}

// findDates resolves the temporal expressions of one tokenised sentence
// against ref (the publication day, midnight local time).
func findDates(toks []token, ref time.Time) []dateSpan {
	var out []dateSpan
	for i := 0; i < len(toks); {
		if !toks[i].word {
			i++
			continue
		}
		d, ok := matchDate(toks, i, ref)
		if !ok {
			i++
			continue
		}
		d.start, d.end = toks[d.tokStart].start, toks[d.tokEnd-1].end
		out = append(out, d)
		i = d.tokEnd
	}
	attachClocks(toks, out, ref)
	return out
}

// matchDate tries every pattern at token i.
func matchDate(toks []token, i int, ref time.Time) (dateSpan, bool) {
	if d, ok := matchMonthFirst(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchDayFirst(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchWeekday(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchDeictic(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchPeriod(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchOrdinalDay(toks, i, ref); ok {
		return d, true
	}
	if d, ok := matchClock(toks, i, ref); ok {
		return d, true
	}
	return matchYear(toks, i, ref)
}

// monthAt returns the month named by token i (a capitalised name or abbreviation).
func monthAt(toks []token, i int) (time.Month, bool) {
	if i < 0 || i >= len(toks) || !toks[i].cap {
		return 0, false
	}
	m, ok := monthNames[toks[i].lower]
	if ok && len(toks[i].text) == 3 && toks[i].text == strings.ToUpper(toks[i].text) {
		return 0, false // "MAR" as an acronym
	}
	return m, ok
}

// dayNum parses "4", "4th", "22nd" as a day of month.
func dayNum(t token) int {
	s := t.lower
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > 2 {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	n := atoi(s)
	if n < 1 || n > 31 || len(s) > 2 {
		return -1
	}
	return n
}

func yearAt(toks []token, i int) int {
	if i >= len(toks) || !toks[i].num {
		return -1
	}
	y := atoi(toks[i].lower)
	if y < 1900 || y > 2100 {
		return -1
	}
	return y
}

// matchMonthFirst: "Dec 4", "October 28-29, 2025", "June 3 to 6", "December 2024", "in June".
func matchMonthFirst(toks []token, i int, ref time.Time) (dateSpan, bool) {
	m, ok := monthAt(toks, i)
	if !ok {
		return dateSpan{}, false
	}
	j := i + 1
	if lowerAt(toks, j) == "." {
		j++
	}
	if j < len(toks) && dayNum(toks[j]) > 0 && lowerAt(toks, j+1) != ":" && lowerAt(toks, j+1) != "pct" {
		day := dayNum(toks[j])
		j++
		endMonth, endDay := m, 0
		k := j
		if w := lowerAt(toks, k); w == "-" || w == "to" || w == "through" || w == "until" || w == "–" || w == "and" {
			k++
			if m2, ok := monthAt(toks, k); ok {
				endMonth = m2
				k++
			}
			if k < len(toks) && dayNum(toks[k]) > 0 {
				endDay = dayNum(toks[k])
				j = k + 1
			}
		}
		year := -1
		if lowerAt(toks, j) == "," && yearAt(toks, j+1) > 0 {
			year, j = yearAt(toks, j+1), j+2
		} else if yearAt(toks, j) > 0 {
			year, j = yearAt(toks, j), j+1
		}
		dir := tenseAt(toks, i, j)
		start, ok := monthDay(ref, year, m, day, dir)
		if !ok {
			return dateSpan{}, false
		}
		d := daySpan(i, j, start, dir)
		if endDay > 0 {
			end := time.Date(start.Year(), endMonth, endDay, 0, 0, 0, 0, ref.Location())
			if end.Before(start) {
				end = end.AddDate(1, 0, 0)
			}
			if end.After(start) && end.Sub(start) < 62*24*time.Hour {
				d.endDate = end.Format("2006-01-02")
			}
		}
		return d, true
	}
	if y := yearAt(toks, j); y > 0 {
		return monthSpan(i, j+1, y, m, 0), true
	}
	if m == 5 && toks[i].text != "May" {
		return dateSpan{}, false
	}
	start := i
	lead, hasLead := monthLead[lowerAt(toks, i-1)]
	if !hasLead && lowerAt(toks, i-1) == "-" {
		lead, hasLead = monthLead[lowerAt(toks, i-2)]
		if hasLead {
			start = i - 2
		}
	} else if hasLead && (lowerAt(toks, i-1) == "last" || lowerAt(toks, i-1) == "next" ||
		lowerAt(toks, i-1) == "late" || lowerAt(toks, i-1) == "early" || lowerAt(toks, i-1) == "mid") {
		start = i - 1
	}
	if !hasLead || m == 5 && lowerAt(toks, i-1) != "in" && lowerAt(toks, i-1) != "last" && lowerAt(toks, i-1) != "next" {
		return dateSpan{}, false
	}
	dir := lead
	if dir == 0 {
		dir = tenseAt(toks, i, i+1)
	}
	y := monthYear(ref, m, dir)
	d := monthSpan(start, i+1, y, m, dir)
	return d, true
}

// matchDayFirst: "4 December", "4 December 2025".
func matchDayFirst(toks []token, i int, ref time.Time) (dateSpan, bool) {
	day := dayNum(toks[i])
	if day < 0 {
		return dateSpan{}, false
	}
	m, ok := monthAt(toks, i+1)
	if !ok {
		return dateSpan{}, false
	}
	j := i + 2
	year := -1
	if y := yearAt(toks, j); y > 0 {
		year, j = y, j+1
	} else if lowerAt(toks, j) == "," && yearAt(toks, j+1) > 0 {
		year, j = yearAt(toks, j+1), j+2 // "15 December, 1953"
	}
	dir := tenseAt(toks, i, j)
	t, ok := monthDay(ref, year, m, day, dir)
	if !ok {
		return dateSpan{}, false
	}
	return daySpan(i, j, t, dir), true
}

// matchWeekday: "Thursday", "last Monday", "Friday morning".
func matchWeekday(toks []token, i int, ref time.Time) (dateSpan, bool) {
	wd, ok := weekdayNames[toks[i].lower]
	if !ok || !toks[i].cap {
		return dateSpan{}, false
	}
	start, end := i, i+1
	dir := 0
	switch lowerAt(toks, i-1) {
	case "last", "past":
		dir, start = -1, i-1
	case "next", "coming":
		dir, start = 1, i-1
	case "this":
		start = i - 1
	}
	switch lowerAt(toks, end) {
	case "morning", "afternoon", "evening", "night":
		end++
	}
	last := -1 // "on Saturday and Sunday", "Monday to Wednesday"
	if w := lowerAt(toks, end); w == "and" || w == "to" || w == "through" || w == "-" || w == "–" {
		if wd2, ok := weekdayNames[lowerAt(toks, end+1)]; ok && end+1 < len(toks) && toks[end+1].cap {
			last, end = int(wd2), end+2
		}
	}
	if dir == 0 {
		dir = tenseAt(toks, start, end)
	}
	diff := int(wd) - int(ref.Weekday())
	if dir < 0 {
		if diff > 0 {
			diff -= 7
		}
		if lowerAt(toks, i-1) == "last" && diff == 0 {
			diff = -7
		}
	} else if diff < 0 || diff == 0 && lowerAt(toks, i-1) == "next" {
		diff += 7 // "next Tuesday" said on a Tuesday is a week on
	}
	d := daySpan(start, end, ref.AddDate(0, 0, diff), dir)
	if last >= 0 {
		n := (last - int(wd) + 7) % 7
		if n > 0 {
			d.endDate = ref.AddDate(0, 0, diff+n).Format("2006-01-02")
		}
	}
	return d, true
}

// matchDeictic: "today", "later today", "tomorrow", "yesterday", "last night", "this evening".
func matchDeictic(toks []token, i int, ref time.Time) (dateSpan, bool) {
	w := toks[i].lower
	next := lowerAt(toks, i+1)
	switch {
	case w == "today" || w == "tonight":
		return daySpan(i, i+1, ref, tenseAt(toks, i, i+1)), true
	case (w == "later" || w == "earlier") && (next == "today" || next == "tonight"):
		return daySpan(i, i+2, ref, map[string]int{"later": 1, "earlier": -1}[w]), true
	case w == "tomorrow":
		return daySpan(i, i+1, ref.AddDate(0, 0, 1), 1), true
	case w == "yesterday":
		return daySpan(i, i+1, ref.AddDate(0, 0, -1), -1), true
	case w == "last" && next == "night":
		return daySpan(i, i+2, ref.AddDate(0, 0, -1), -1), true
	case w == "this" && (next == "morning" || next == "afternoon" || next == "evening"):
		return daySpan(i, i+2, ref, tenseAt(toks, i, i+2)), true
	case w == "later" && next == "this" && (lowerAt(toks, i+2) == "morning" || lowerAt(toks, i+2) == "afternoon" || lowerAt(toks, i+2) == "evening"):
		return daySpan(i, i+3, ref, 1), true
	}
	return dateSpan{}, false
}

// matchPeriod: "next week", "earlier this week", "late last week", "last month".
func matchPeriod(toks []token, i int, ref time.Time) (dateSpan, bool) {
	start := i
	w := toks[i].lower
	switch w {
	case "early", "earlier", "late", "later":
		w = lowerAt(toks, i+1)
		i++
	}
	rel := map[string]int{"this": 0, "next": 1, "last": -1, "past": -1, "coming": 1}
	off, ok := rel[w]
	if !ok {
		return dateSpan{}, false
	}
	unit := lowerAt(toks, i+1)
	dir := off
	if dir == 0 {
		switch toks[start].lower {
		case "early", "earlier":
			dir = -1
		case "late", "later":
			dir = 1
		default:
			dir = tenseAt(toks, start, i+2)
		}
	}
	switch unit {
	case "week":
		monday := ref.AddDate(0, 0, -((int(ref.Weekday())+6)%7)+7*off)
		d := daySpan(start, i+2, monday, dir)
		d.prec = briefs.PrecisionWeek
		y, wk := monday.ISOWeek()
		d.value = fmt.Sprintf("%04d-W%02d", y, wk)
		return d, true
	case "month":
		t := time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, ref.Location())
		return monthSpan(start, i+2, t.Year(), t.Month(), dir), true
	case "year":
		d := dateSpan{tokStart: start, tokEnd: i + 2, typ: "DATE", value: fmt.Sprintf("%04d", ref.Year()+off), dir: off}
		return d, true
	}
	return dateSpan{}, false
}

// matchOrdinalDay: "on the 11th" = the 11th of this month, or of the
// month before or after as the tense says.
func matchOrdinalDay(toks []token, i int, ref time.Time) (dateSpan, bool) {
	if toks[i].lower != "the" || i+1 >= len(toks) || !isOrdinalNum(toks[i+1].lower) || lowerAt(toks, i-1) != "on" {
		return dateSpan{}, false
	}
	if next := i + 2; next < len(toks) && toks[next].word {
		return dateSpan{}, false // "the 11th round", "the 5th of June" (left to the month pattern)
	}
	day := dayNum(toks[i+1])
	if day < 0 {
		return dateSpan{}, false
	}
	dir := tenseAt(toks, i, i+2)
	t := time.Date(ref.Year(), ref.Month(), day, 0, 0, 0, 0, ref.Location())
	switch {
	case t.Month() != ref.Month():
		return dateSpan{}, false
	case dir > 0 && t.Before(ref):
		t = time.Date(ref.Year(), ref.Month()+1, day, 0, 0, 0, 0, ref.Location())
	case dir < 0 && t.After(ref):
		t = time.Date(ref.Year(), ref.Month()-1, day, 0, 0, 0, 0, ref.Location())
	}
	if t.Day() != day {
		return dateSpan{}, false // "the 31st" of a 30-day month
	}
	return daySpan(i, i+2, t, dir), true
}

// matchClock: "3 pm", "10:30", "1500 GMT" (TIME; attached to a day later).
func matchClock(toks []token, i int, ref time.Time) (dateSpan, bool) {
	h := atoi(toks[i].lower)
	if h < 0 || !toks[i].num {
		return dateSpan{}, false
	}
	if lowerAt(toks, i+1) == ":" && i+2 < len(toks) && len(toks[i+2].lower) == 2 {
		if mi := atoi(toks[i+2].lower); mi >= 0 && mi < 60 && h < 24 {
			j := i + 3
			h, j = ampm(toks, j, h)
			return clockSpan(i, j, h, mi), true
		}
	}
	if h >= 1 && h <= 12 {
		if h2, j := ampm(toks, i+1, h); j > i+1 {
			return clockSpan(i, j, h2, 0), true
		}
	}
	if len(toks[i].lower) == 4 && timeZones[lowerAt(toks, i+1)] && h/100 < 24 && h%100 < 60 {
		return clockSpan(i, i+2, h/100, h%100), true
	}
	return dateSpan{}, false
}

// ampm consumes "am", "pm", "a.m.", "p.m." at j and adjusts h.
func ampm(toks []token, j, h int) (int, int) {
	w := lowerAt(toks, j)
	pm := false
	switch {
	case w == "am" || w == "pm":
		pm, j = w == "pm", j+1
	case (w == "a" || w == "p") && lowerAt(toks, j+1) == "." && lowerAt(toks, j+2) == "m":
		pm, j = w == "p", j+3
		if lowerAt(toks, j) == "." {
			j++
		}
	default:
		return h, j
	}
	if pm && h < 12 {
		h += 12
	} else if !pm && h == 12 {
		h = 0
	}
	return h, j
}

// matchYear: "in 1988", "since 1971" (a year only; never a meeting date).
func matchYear(toks []token, i int, ref time.Time) (dateSpan, bool) {
	y := yearAt(toks, i)
	if y < 0 {
		return dateSpan{}, false
	}
	switch lowerAt(toks, i-1) {
	case "in", "since", "during", "until", "for", "from", "of", "by", "before", "after":
	default:
		return dateSpan{}, false
	}
	return dateSpan{tokStart: i, tokEnd: i + 1, typ: "DATE", value: fmt.Sprintf("%04d", y)}, true
}
