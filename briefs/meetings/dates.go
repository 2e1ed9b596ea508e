package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// dateSpan is one temporal expression of a sentence as the meeting
// judgement reads it: the reading's timex expression (spansOf), its
// direction redirected by the clause's tense where a weekday or a month-day
// leaves it open (redirect).
type dateSpan struct {
	tokStart, tokEnd int    // token indices in the sentence, end exclusive
	start, end       int    // rune offsets in the text
	value            string // TimeML value
	date             string // YYYY-MM-DD (day, week Monday) or YYYY-MM; "" when coarser
	prec             briefs.Precision
	endDate          string // last day of a range
	clock            string // HH:MM
	dir              int    // the clause's tense (tenseAt): -1 past, +1 future (±2: a cue right before), 0 none
	bare             bool   // a clock time naming no day, with no day beside it ("at 10 a.m."): timex's reference day
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

// yearAt is the year token i gives (1900-2100), or -1.
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
