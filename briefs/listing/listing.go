// Package listing recognises text laid out in lines rather than prose: a
// news diary or week-ahead note ("MON 30 JUNE" over "SEVILLE - Fourth UN
// International Conference (to 3 July)"), a schedule ("Tuesday, March 10"
// over "Foreign Affairs Council, Brussels"), a financial calendar
// ("Annual General Meeting: 14 May 2026, Oslo") or a list of dates
// ("27-28 January"). Ingest keeps the line breaks of such a paragraph
// (prose lines it joins) and the meeting extractor reads its lines as a
// format: a day heading governs the lines under it.
package listing

import (
	"regexp"
	"strings"
	"unicode"
)

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// Weekday reports a weekday name or its abbreviation, lower case: "mon",
// "thursday". A listing's "MON" or "SAT" is never a party or a place.
func Weekday(w string) bool { return weekdays[w] }

var ordinalDay = regexp.MustCompile(`^\d{1,2}(st|nd|rd|th)?$`)

// dateWords splits s into its words of letters and digits, lower case,
// and reports whether all of them are date words (weekdays, months, days,
// years), with how many weekdays, months and days there are.
func dateWords(s string) (n, wd, mon, day int, all bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range words {
		switch {
		case weekdays[w]:
			wd++
		case months[w]:
			mon++
		case ordinalDay.MatchString(w):
			day++
		case len(w) == 4 && w >= "1900" && w <= "2100":
		default:
			return len(words), wd, mon, day, false
		}
	}
	return len(words), wd, mon, day, true
}

// DayHeading reports a line that is only a day, with its weekday: "MON 30
// JUNE", "Tuesday, March 10", "Wednesday 14 January 2026:", "Thursday 12 -
// Friday 13 March".
func DayHeading(line string) bool {
	n, wd, mon, day, all := dateWords(line)
	return all && n >= 2 && n <= 8 && wd > 0 && mon > 0 && day > 0
}

// DateLine reports a line that is only a date or a range of days:
// "27-28 January", "17 March 2026", "Tuesday, March 10".
func DateLine(line string) bool {
	n, _, mon, day, all := dateWords(line)
	return all && n <= 8 && mon > 0 && day > 0
}

// calendarLine is "Label: date ...", "Label - date": a calendar's line.
var calendarLine = regexp.MustCompile(`^[A-Za-z][^:–—|]{1,60}?(?::| [-–—|]| ?\.{3,}) *(?:\d{1,2}(?:st|nd|rd|th)?[ -]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )`)

// dateFirstLine is "23 April 2026 | Annual General Meeting", "12 Feb 2026 -
// Q4 results": a calendar table's line, its date first.
var dateFirstLine = regexp.MustCompile(`^(?:\d{1,2}(?:st|nd|rd|th)?\.? (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?)(?: \d{4})? +(?:[|:–—-]|\t) *[A-Za-z]`)

// labelLine is a record's "Date: ...", "Venue: ..." line.
var labelLine = regexp.MustCompile(`^(?i:date|time|venue|location|place|where|when|subject|witnesses|chair|room)s?: `)

// LabelLine reports a line that gives one field of a record: "Date:
// Tuesday 16 December 2025", "Venue: Committee Room 1, Civic Centre",
// "Subject: ...". Its value belongs to the record written above it.
func LabelLine(line string) bool { return labelLine.MatchString(line) }

// CalendarLine reports a short line that gives a label its date:
// "Annual General Meeting: 14 May 2026, Oslo", "AGM - 23 April 2026",
// "Q3 results: 29 October".
func CalendarLine(line string) bool {
	return (calendarLine.MatchString(line) || dateFirstLine.MatchString(line)) && len(strings.Fields(line)) <= 14
}

// Keeps reports a paragraph whose line breaks are part of its meaning: it
// has a day heading, two lines or more that are calendar lines or bare
// dates, or two label lines ("Date: ...", "Venue: ..."). Prose, even
// hard-wrapped, has none of them.
func Keeps(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	cal, labels := 0, 0
	for _, l := range lines {
		switch {
		case DayHeading(l):
			return true
		case LabelLine(l):
			labels++
		case CalendarLine(l) || DateLine(l):
			cal++
		}
	}
	return cal >= 2 || labels >= 2
}
