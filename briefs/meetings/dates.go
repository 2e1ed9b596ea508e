package meetings

import (
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/datewords"
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

// monthNames are the month names and abbreviations (datewords).
var monthNames = datewords.Months()

// weekdayNames are the weekday names in full (datewords).
var weekdayNames = datewords.Weekdays()

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
