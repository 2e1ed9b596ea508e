// Package datewords is the one lexicon of calendar words: the names of the
// months and weekdays and their abbreviations, lower case. Every reader of
// dates looks them up here (ingest's dateline, listing, timex and the
// meeting extractor), so they agree on what names a month or a day; ingest
// and listing may not import timex, whose rules are far larger.
package datewords

import (
	"maps"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// Month is the month w names in full or short ("march", "mar", "sept"),
// 0 when w names none.
func Month(w string) time.Month { return months[w] }

// Weekday is the weekday w names in full ("monday"); ok is false for any
// other word, an abbreviation too.
func Weekday(w string) (d time.Weekday, ok bool) {
	d, ok = weekdays[w]
	return d, ok
}

// WeekdayAbbrev is the weekday w abbreviates ("mon", "tues", "thurs").
func WeekdayAbbrev(w string) (d time.Weekday, ok bool) {
	d, ok = weekdayAbbrevs[w]
	return d, ok
}

// Months are the month names and abbreviations with their months, a copy
// for a reader that builds its own table from them.
func Months() map[string]time.Month { return maps.Clone(months) }

// Weekdays are the weekday names in full with their days, a copy.
func Weekdays() map[string]time.Weekday { return maps.Clone(weekdays) }

// WeekdayAbbrevs are the weekday abbreviations with their days, a copy.
func WeekdayAbbrevs() map[string]time.Weekday { return maps.Clone(weekdayAbbrevs) }
