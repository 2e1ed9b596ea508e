package timex

import "github.com/briefbot/briefbot/briefs/datewords"

// months maps month names and abbreviations (datewords) to 1..12.
var months = func() map[string]int {
	out := map[string]int{}
	for w, m := range datewords.Months() {
		out[w] = int(m)
	}
	return out
}()

// weekdays maps weekday names, their abbreviations (datewords) and plurals
// ("mondays") to time.Weekday values.
var weekdays = func() map[string]int {
	out := map[string]int{}
	for w, d := range datewords.Weekdays() {
		out[w], out[w+"s"] = int(d), int(d)
	}
	for w, d := range datewords.WeekdayAbbrevs() {
		out[w] = int(d)
	}
	return out
}()

// numberWords are cardinal numbers written as words.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1,
	"couple": 2, "dozen": 12,
}

// ordinalWords are ordinals written as words.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// unit is a calendar unit of durations and relative expressions.
type unit struct {
	code string // ISO 8601 duration designator: Y, M, W, D, H, MIN, S, DE, CE, Q
	time bool   // part of the time component (PT...)
}

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"year": {"Y", false}, "years": {"Y", false}, "yr": {"Y", false}, "yrs": {"Y", false},
	"month": {"M", false}, "months": {"M", false},
	"week": {"W", false}, "weeks": {"W", false},
	"day": {"D", false}, "days": {"D", false},
	"hour": {"H", true}, "hours": {"H", true}, "hr": {"H", true}, "hrs": {"H", true},
	"minute": {"M", true}, "minutes": {"M", true}, "min": {"M", true}, "mins": {"M", true},
	"second": {"S", true}, "seconds": {"S", true},
	"decade": {"E", false}, "decades": {"E", false},
	"century": {"C", false}, "centuries": {"C", false},
	"quarter": {"Q", false}, "quarters": {"Q", false},
	"weekend": {"WE", false}, "weekends": {"WE", false},
	"fortnight": {"W2", false},
}

// seasons maps season names to TimeML season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// dayParts maps parts of the day to TimeML codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// setWords are adverbs of frequency with their period.
var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "annual": "",
}

// refWords are single words that refer to the present, past or future.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
}

// timeZones are zone abbreviations that may follow a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "ist": true, "et": true, "pt": true,
}

// shiftWords introduce an expression relative to now: "last week", "next month".
var shiftWords = map[string]int{
	"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
}
