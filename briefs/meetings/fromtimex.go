package meetings

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// spansOf turns the timex expressions inside one tokenised sentence into
// the date spans meetings judge: DATE and TIME expressions with a day,
// week or month (a bare year or a duration dates no meeting).
func spansOf(toks []token, xs []timex.Expr, ref time.Time) []dateSpan {
	var out []dateSpan
	if len(toks) == 0 {
		return nil
	}
	from, to := toks[0].start, toks[len(toks)-1].end
	k := 0
	for _, x := range xs {
		if x.End <= from || x.Start >= to {
			continue
		}
		for k < len(toks) && toks[k].start < x.Start {
			k++
		}
		j := k
		for j < len(toks) && toks[j].end <= x.End {
			j++
		}
		if x.Type == timex.Duration {
			x = inTime(toks, k, j, x, ref) // "will meet in three weeks": the week three weeks on
		}
		if x.Type != timex.Date && x.Type != timex.Time {
			continue
		}
		if j == k {
			continue
		}
		d := dateSpan{tokStart: k, tokEnd: j, start: toks[k].start, end: toks[j-1].end, value: x.Value}
		if !fillDate(&d, x.Value) {
			out = append(out, d) // a year: listed, never a meeting's date
			continue
		}
		if len(x.EndValue) == 10 && d.prec == briefs.PrecisionDay && x.EndValue > d.date {
			d.endDate = x.EndValue
		}
		if n := len(out); n > 0 && out[n-1].endDate != "" && out[n-1].endDate == d.date && k-out[n-1].tokEnd <= 2 {
			out[n-1].tokEnd, out[n-1].end = j, d.end // "October 26 to 28": TimeML's two expressions, one range
			continue
		}
		if n := len(out); n > 0 && weekdayPair(toks, &out[n-1], &d, k) {
			out[n-1].endDate, out[n-1].tokEnd, out[n-1].end = d.date, j, d.end // "on Saturday and Sunday"
			continue
		}
		if n := len(out); n > 0 && weekdayBefore(toks, &out[n-1], &d) {
			d.tokStart, d.start = out[n-1].tokStart, out[n-1].start // "on Tuesday 12 May 2026": TimeML's two expressions, one day
			out = out[:n-1]
		}
		redirect(toks, &d, ref)
		if n := len(out); n > 0 {
			afterArrival(toks, &out[n-1], &d)
		}
		out = append(out, d)
	}
	attachClocks(out)
	return inTheDay(toks, out, ref)
}

// inTime reads a duration x, tokens k to j, after "in" in a clause about the future ("will
// travel to Stockholm in two weeks", "will meet in three days") as the day,
// week or month that far from ref; x unchanged otherwise, and for "the
// biggest rise in three weeks" or "the first meeting in two months".
func inTime(toks []token, k, j int, x timex.Expr, ref time.Time) timex.Expr {
	if lowerAt(toks, k-1) != "in" || len(x.Value) < 3 || x.Value[0] != 'P' {
		return x
	}
	n := atoi(x.Value[1 : len(x.Value)-1])
	if n < 1 || n > 12 {
		return x
	}
	for b := k - 2; b >= 0 && b >= k-5; b-- {
		if w := toks[b].lower; w == "first" || w == "time" || w == "since" || strings.HasSuffix(w, "est") {
			return x
		}
	}
	if tenseAt(toks, k-1, j) <= 0 {
		return x
	}
	y := x
	y.Type = timex.Date
	switch x.Value[len(x.Value)-1] {
	case 'D':
		y.Value = ref.AddDate(0, 0, n).Format("2006-01-02")
	case 'W':
		yr, wk := ref.AddDate(0, 0, 7*n).ISOWeek()
		y.Value = fmt.Sprintf("%d-W%02d", yr, wk)
	case 'M':
		y.Value = ref.AddDate(0, n, 0).Format("2006-01")
	default:
		return x
	}
	return y
}

// inTheDay adds "later in the day" / "earlier in the day", which timex
// leaves unmarked (so do the TimeBank annotators), as a span of the
// reference day: "will hold talks ... later in the day".
func inTheDay(toks []token, ds []dateSpan, ref time.Time) []dateSpan {
	for k := 0; k+3 < len(toks); k++ {
		if w := toks[k].lower; (w == "later" || w == "earlier") && toks[k+1].lower == "in" && toks[k+2].lower == "the" && toks[k+3].lower == "day" {
			day := ref.Format("2006-01-02")
			d := dateSpan{tokStart: k, tokEnd: k + 4, start: toks[k].start, end: toks[k+3].end, value: day, date: day, prec: briefs.PrecisionDay}
			d.dir = tenseAt(toks, k, k+4)
			i := len(ds)
			for i > 0 && ds[i-1].tokStart > k {
				i--
			}
			ds = append(ds[:i], append([]dateSpan{d}, ds[i:]...)...)
		}
	}
	return ds
}

// attachClocks copies the clock of a time ("at 3 p.m.") onto the nearest
// day of the same date within 8 tokens: "on Thursday at 3 p.m.".
func attachClocks(ds []dateSpan) {
	for i := range ds {
		if ds[i].clock == "" || ds[i].tokEnd-ds[i].tokStart > 4 {
			continue
		}
		best := -1
		for k := range ds {
			if k != i && ds[k].clock == "" && ds[k].prec == briefs.PrecisionDay && ds[k].date == ds[i].date &&
				abs(ds[k].tokStart-ds[i].tokStart) < 8 && (best < 0 || abs(ds[k].tokStart-ds[i].tokStart) < abs(ds[best].tokStart-ds[i].tokStart)) {
				best = k
			}
		}
		if best >= 0 {
			ds[best].clock = ds[i].clock
		}
	}
}

// bareClocks gives a clock time that names no day ("at 4:30 p.m.", which
// timex puts on the reference day) the nearest day written within six
// words of it outside the dateline: "On March 2, commencing at 4:30 p.m.,
// the board will hold a special meeting" is on March 2, at 16:30; "meets
// at 1000 EST on Thursday" on Thursday (rule date.nearest then reads one
// date).
func bareClocks(toks []token, ds []dateSpan, dlEnd int) {
	for i := range ds {
		if ds[i].clock == "" || ds[i].tokEnd-ds[i].tokStart > 8 || !bareClock(toks, ds[i].tokStart, ds[i].tokEnd) {
			continue
		}
		best, gap := -1, 7
		for k := range ds {
			if k == i || ds[k].prec != briefs.PrecisionDay || ds[k].start < dlEnd {
				continue
			}
			if ds[k].clock != "" && !(ds[k].tokEnd == ds[i].tokStart-1 && rangeWord(lowerAt(toks, ds[k].tokEnd))) {
				continue // a day with its own hour, unless this clock ends its range: "Monday 9 November 2026, 9:00 a.m. to 4:00 p.m."
			}
			g := ds[i].tokStart - ds[k].tokEnd
			if k > i {
				g = ds[k].tokStart - ds[i].tokEnd
			}
			if g >= 0 && g < gap {
				best, gap = k, g
			}
		}
		if best < 0 {
			best = lineDay(toks, ds, i) // "Monday, May 18: The mayor will attend ... at 1:00 p.m."
		}
		ds[i].bare = best < 0
		if best >= 0 && ds[best].date != ds[i].date {
			if ds[best].clock == "" {
				ds[best].clock = ds[i].clock
			}
			ds[i].date, ds[i].value, ds[i].endDate = ds[best].date, ds[best].value, ds[best].endDate
		}
	}
}

// lineDay is the day that opens the line of clock i before a colon, which
// is the day of everything on the line ("Monday, May 18: The mayor will
// attend the City Council work session at 1:00 p.m."); -1 when none.
func lineDay(toks []token, ds []dateSpan, i int) int {
	for k := range ds {
		if k != i && ds[k].tokStart == 0 && ds[k].prec == briefs.PrecisionDay && ds[k].tokEnd < ds[i].tokStart && lowerAt(toks, ds[k].tokEnd) == ":" {
			return k
		}
	}
	return -1
}

// rangeWord joins the two ends of a range of hours: "9:00 a.m. to 4:00
// p.m.", "10.00–12.30".
func rangeWord(w string) bool { return w == "to" || w == "until" || w == "-" || w == "–" }

// bareClock reports tokens [k, j) with no word of a day: "4:30 p.m.",
// "noon", not "tomorrow at 10" or "Friday 3 p.m.".
func bareClock(toks []token, k, j int) bool {
	for ; k < j; k++ {
		w := toks[k].lower
		if _, ok := weekdayNames[w]; ok {
			return false
		}
		if _, ok := monthNames[w]; ok {
			return false
		}
		switch w {
		case "today", "tonight", "tomorrow", "yesterday":
			return false
		}
	}
	return true
}

// bareWeekday reports whether tokens [k, j) are a weekday alone ("Friday",
// "Friday morning"), without "last", "next" or "this" before it.
func bareWeekday(toks []token, k, j int) bool {
	if _, ok := weekdayNames[toks[k].lower]; !ok {
		return false
	}
	switch lowerAt(toks, k-1) {
	case "last", "next", "this", "past", "coming":
		return false
	}
	if isApostrophe(lowerAt(toks, j)) && lowerAt(toks, j+1) == "s" {
		return false // "after Monday's meeting": timex reads the possessive
	}
	return j-k == 1 || j-k == 2 && dayPart[toks[k+1].lower]
}

// possessiveWeekday reports whether tokens [k, j) are a weekday followed by
// "'s": "Monday's meeting". timex reads it as past ("Friday's close").
func possessiveWeekday(toks []token, k, j int) bool {
	if _, ok := weekdayNames[toks[k].lower]; !ok || j-k != 1 {
		return false
	}
	return isApostrophe(lowerAt(toks, j)) && lowerAt(toks, j+1) == "s"
}

// tenseAfterNoun is the tense of the clause whose subject is the noun
// phrase starting at k: +1 for "Monday's talks are expected to", "Friday's
// meeting will", -1 for "after Monday's meeting with the hauliers ended
// without agreement", 0 when no cue comes before a comma or a new clause.
func tenseAfterNoun(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+10; j++ {
		switch w := toks[j].lower; {
		case w == "," || w == ";" || w == "that" || w == "which" || w == "when" || reporting(w):
			return 0
		case (w == "expected" || w == "due" || w == "scheduled" || w == "set" || w == "likely") && lowerAt(toks, j+1) == "to":
			return 1
		default:
			if d, ok := cueAt(toks, j, false); ok && d != 0 {
				return d
			}
		}
	}
	return 0
}

// possessiveAhead says whether a possessive weekday ("Monday's meeting")
// is the one to come: its own clause's tense first ("Monday's meeting ...
// ended" is past even after "it would ballot"), else the sentence's.
func possessiveAhead(dir, own int) bool {
	return own > 0 || own == 0 && dir > 0
}

var dayPart = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// redirect is the meeting judgement on top of timex's value: a weekday or
// a month-day without a year takes the direction of its own clause's tense
// (tenseAt: the cue before the date first, "agreed to meet", "was to be
// held"), a bare weekday with none is one to come, and a strong cue right
// before a month-day may send it almost a year off ("which met on
// December 21").
func redirect(toks []token, d *dateSpan, ref time.Time) {
	d.dir = tenseAt(toks, d.tokStart, d.tokEnd)
	switch lowerAt(toks, d.tokStart) {
	case "later":
		d.dir = 1 // "holds rates at its meeting later this month": to come, whatever the verb's tense
	case "earlier":
		d.dir = -1 // "at its meeting earlier this month"
	}
	if summonedTo(toks, d.tokStart) {
		d.dir = 1 // "has summoned the minister to a working meeting on Monday": the meeting comes after the summons
	}
	if d.prec == briefs.PrecisionMonth && d.tokEnd-d.tokStart == 1 && monthDayNoYear(toks, d.tokStart, d.tokEnd) {
		if preparedFor(toks, d.tokStart) {
			d.dir = 1 // "to discuss preparations for the regional bloc's October summit": to come, whatever the verb's tense
		}
		if !prospectiveAt(toks, d.tokStart) {
			monthByTense(d, ref) // "The BOJ last raised rates at its January meeting", written in December: the January past
		}
		return
	}
	if d.prec != briefs.PrecisionDay || d.endDate != "" {
		return
	}
	t, err := time.Parse("2006-01-02", d.date)
	if err != nil {
		return
	}
	switch {
	case possessiveWeekday(toks, d.tokStart, d.tokEnd) && possessiveAhead(d.dir, tenseAfterNoun(toks, d.tokEnd+2)):
		for t.Before(ref) { // "Monday's talks are expected to ...": the Monday to come
			t = t.AddDate(0, 0, 7)
		}
	case bareWeekday(toks, d.tokStart, d.tokEnd):
		for d.dir >= 0 && t.Before(ref) {
			t = t.AddDate(0, 0, 7)
		}
		for d.dir < 0 && t.After(ref) {
			t = t.AddDate(0, 0, -7)
		}
	case monthDayNoYear(toks, d.tokStart, d.tokEnd):
		if u, ok := monthDay(ref, -1, t.Month(), t.Day(), d.dir); ok {
			t = u
		}
		t = weekdayYear(toks, d.tokStart, d.tokEnd, t)
	default:
		return
	}
	day := t.Format("2006-01-02")
	d.value, d.date = day+strings.TrimPrefix(d.value, d.date), day
}

// summonedTo reports a date at token k that closes "summoned X to a <meeting>
// on": "has also summoned the minister to a working meeting on Monday",
// "invited both sides to talks on Friday" (rule date.nearest). Whatever the
// tense of the summons, the meeting is still to come.
func summonedTo(toks []token, k int) bool {
	if lowerAt(toks, k-1) == "on" {
		k--
	}
	to := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if _, noun := meetingNouns[toks[j].lower]; noun && to < 0 {
			to = j // the meeting's noun; "to" must come before it
			continue
		}
		if (toks[j].lower == "to" || toks[j].lower == "for") && to >= 0 {
			to = j // also "invited them back for fresh talks on Saturday morning"
			break
		}
		if !toks[j].word {
			return false
		}
	}
	if to < 0 || lowerAt(toks, to) != "to" && lowerAt(toks, to) != "for" {
		return false
	}
	for j := to - 1; j >= 0 && j >= to-8; j-- {
		switch toks[j].lower {
		case "summoned", "summons", "summon", "invited", "invites", "invite", "ordered", "orders", "directed", "urged", "asked":
			return true // also "ordered striking doctors and the government to attend mediation talks on Monday"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// prospectiveAt reports a month that names the meeting where an event not
// yet decided may happen: "favoured a cut at the Fed's December meeting",
// "had priced in another quarter-point hike at its January meeting",
// "ruled out any change at its March meeting". The verb's tense is the
// view's, not the meeting's, so timex's nearest month stands.
func prospectiveAt(toks []token, k int) bool {
	j := k - 1
	for ; j >= 0 && j >= k-6 && toks[j].lower != "at"; j-- {
		if !toks[j].word && !isApostrophe(toks[j].lower) {
			return false
		}
	}
	if lowerAt(toks, j) != "at" || !prospectiveNouns[lowerAt(toks, j-1)] {
		return false
	}
	for i := j - 2; i >= 0 && i >= j-6; i-- {
		switch toks[i].lower {
		case "a", "an", "another", "any", "further", "more":
			return true
		}
		if !toks[i].word && toks[i].lower != "-" {
			return false
		}
	}
	return false
}

// preparedFor reports the words of a meeting's name from token k (its
// month, or its name's first word) as what something prepares or comes
// ahead of, so a meeting still to come: "preparations for the regional
// bloc's October summit", "ahead of the group's June meeting". The "for"
// or "of" stands at most seven tokens back (an owner's "'s" is two).
func preparedFor(toks []token, k int) bool {
	j := k - 1
	for ; j >= 0; j-- {
		if w := toks[j].lower; w == "for" || w == "of" {
			break
		}
		if j == k-7 || !toks[j].word && !isApostrophe(toks[j].lower) {
			return false
		}
	}
	switch w, before := lowerAt(toks, j), lowerAt(toks, j-1); {
	case w == "for":
		return before == "prepare" || before == "prepares" || before == "preparing" || before == "preparation" || before == "preparations"
	case w == "of":
		return before == "ahead"
	}
	return false
}

// prospectiveNouns are the decisions a meeting may take: "a cut at".
var prospectiveNouns = map[string]bool{
	"cut": true, "cuts": true, "hike": true, "hikes": true, "increase": true, "increases": true, "rise": true,
	"reduction": true, "move": true, "pause": true, "change": true, "decision": true, "easing": true, "tightening": true,
}

// monthByTense moves a bare month name ("January") a year when the tense
// of its clause points the other way from the month timex chose: past
// tense and a month after the reference day's, or future tense and one
// before it.
func monthByTense(d *dateSpan, ref time.Time) {
	t, err := time.Parse("2006-01", d.date)
	if err != nil {
		return
	}
	cur := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case d.dir < 0 && t.After(cur):
		t = t.AddDate(-1, 0, 0)
	case d.dir > 0 && t.Before(cur):
		t = t.AddDate(1, 0, 0)
	default:
		return
	}
	moveMonth(d, t)
}

// moveMonth gives month span d the month of t, its value's remainder kept.
func moveMonth(d *dateSpan, t time.Time) {
	m := t.Format("2006-01")
	d.value, d.date = m+strings.TrimPrefix(d.value, d.date), m
}

// weekdayYear moves t a year when the span also names a weekday that only
// the other year's date falls on: "Thursday, October 22" in a story of
// October 1987 is 1987's, whatever the tense says.
func weekdayYear(toks []token, k, j int, t time.Time) time.Time {
	for i := k; i < j; i++ {
		w, ok := weekdayNames[toks[i].lower]
		if !ok || !toks[i].cap || t.Weekday() == w {
			continue
		}
		for _, y := range []int{1, -1} {
			if u := t.AddDate(y, 0, 0); u.Weekday() == w {
				return u
			}
		}
	}
	return t
}

// monthDayNoYear reports whether tokens [k, j) are a month and a day
// without a year: "December 21", "21 December".
func monthDayNoYear(toks []token, k, j int) bool {
	month := false
	for i := k; i < j; i++ {
		if _, ok := monthNames[toks[i].lower]; ok && toks[i].cap {
			month = true
		}
		if yearAt(toks, i) > 0 {
			return false
		}
	}
	return month
}

// fillDate sets the date, precision and clock of d from a TimeML value:
// "2025-12-04", "2025-12-04T15:00", "2025-12-04TMO", "2025-W49", "2025-12";
// a weekend ("2025-W49-WE") is its Saturday to Sunday.
func fillDate(d *dateSpan, v string) bool {
	day, clock, _ := strings.Cut(v, "T")
	day, weekend := strings.CutSuffix(day, "-WE")
	switch {
	case len(day) == 10:
		if _, err := time.Parse("2006-01-02", day); err != nil {
			return false
		}
		d.date, d.prec = day, briefs.PrecisionDay
		if len(clock) == 5 && clock[2] == ':' {
			d.clock = clock
		}
		return true
	case len(day) == 8 && day[4:6] == "-W":
		t, err := time.Parse("2006", day[:4])
		if err != nil {
			return false
		}
		var wk int
		for _, c := range day[6:] {
			wk = wk*10 + int(c-'0')
		}
		// ISO week 1 holds January 4th; its Monday starts the count.
		jan4 := time.Date(t.Year(), 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(wk-1))
		d.date, d.prec = mon.Format("2006-01-02"), briefs.PrecisionWeek
		if weekend { // "this weekend": its Saturday and Sunday, not the whole week
			d.date, d.endDate, d.prec = mon.AddDate(0, 0, 5).Format("2006-01-02"), mon.AddDate(0, 0, 6).Format("2006-01-02"), briefs.PrecisionDay
		}
		return true
	case len(day) == 7 && clock == "":
		if _, err := time.Parse("2006-01", day); err != nil {
			return false
		}
		d.date, d.prec = day, briefs.PrecisionMonth
		return true
	}
	return false
}

// weekdayPair reports whether d, at token k, is the second weekday of a
// pair that makes one span with prev: "Saturday and Sunday", "Monday to
// Wednesday" (prev's day before d's, within a week).
func weekdayPair(toks []token, prev, d *dateSpan, k int) bool {
	if prev.prec != briefs.PrecisionDay || d.prec != briefs.PrecisionDay || prev.endDate != "" || prev.tokEnd != k-1 {
		return false
	}
	switch lowerAt(toks, k-1) {
	case "and", "to", "through", "-", "–":
	default:
		return false
	}
	if _, ok := weekdayNames[toks[k].lower]; !ok && toks[k].lower != "tomorrow" {
		return false
	}
	if _, ok := weekdayNames[lowerAt(toks, prev.tokStart)]; !ok && lowerAt(toks, prev.tokStart) != "today" {
		return false // "on Saturday and Sunday", "today and tomorrow"
	}
	return d.date > prev.date && d.date <= addDays(prev.date, 6)
}

// weekdayBefore reports a lone weekday span prev written right before the
// day span d, perhaps with a comma: "Tuesday 12 May 2026", which timex
// reads as two expressions of one day (and the weekday alone would be
// moved to the next Tuesday when the day is past).
func weekdayBefore(toks []token, prev, d *dateSpan) bool {
	if d.prec != briefs.PrecisionDay || prev.prec != briefs.PrecisionDay || prev.tokEnd-prev.tokStart != 1 {
		return false
	}
	if _, ok := weekdayNames[toks[prev.tokStart].lower]; !ok {
		return false
	}
	k := prev.tokEnd
	if lowerAt(toks, k) == "," {
		k++
	}
	return k == d.tokStart && d.tokEnd-d.tokStart > 1
}

// movedBy is day span s moved by n days, with no end day: the day of a
// meeting dated against another ("the day before", "the following day").
func (s dateSpan) movedBy(n int) dateSpan {
	s.date, s.endDate, s.value = addDays(s.date, n), "", addDays(s.date, n)
	return s
}

func addDays(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// afterArrival moves a bare weekday of a purpose phrase that follows an
// arrival's day to the first such day on or after it: "arrived here on
// Monday for talks with Indian officials on Tuesday" is the Tuesday after
// that Monday, whatever the arrival's past tense says of the talks.
func afterArrival(toks []token, prev, d *dateSpan) {
	if prev.prec != briefs.PrecisionDay || d.prec != briefs.PrecisionDay || d.tokEnd-d.tokStart != 1 || !bareWeekday(toks, d.tokStart, d.tokEnd) {
		return
	}
	arrived := false
	for k := prev.tokStart - 1; k >= 0 && k >= prev.tokStart-4; k-- {
		switch toks[k].lower {
		case "arrived", "arrives", "arrive", "arriving", "flew", "flies", "came", "comes", "travelled", "traveled", "travels":
			arrived = true
		}
	}
	purpose := false
	for k := prev.tokEnd; k < d.tokStart && arrived; k++ {
		switch w := toks[k].lower; w {
		case ",", ";", "and", "but":
			return
		case "for":
			for j := k + 1; j < k+5 && j < d.tokStart; j++ {
				if _, ok := meetingNouns[toks[j].lower]; ok {
					purpose = true
				}
			}
		}
	}
	if !purpose {
		return
	}
	from, err1 := time.Parse("2006-01-02", prev.date)
	day, err2 := time.Parse("2006-01-02", d.date)
	if err1 != nil || err2 != nil {
		return
	}
	for i := 0; i < 7; i++ {
		if x := from.AddDate(0, 0, i); x.Weekday() == day.Weekday() {
			d.date, d.value = x.Format("2006-01-02"), x.Format("2006-01-02")
			return
		}
	}
}
