package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// count matches a count at i: "3", "three", "twenty-four", "a", "several".
// It returns the count as text ("X" when unknown) and the next token.
func (d *doc) count(i int) (string, int, bool) {
	t := d.tok(i)
	if t == nil {
		return "", 0, false
	}
	switch {
	case t.kind == kNum && t.ndig <= 4 && t.num >= 0:
		if d.is(i+1, ".") && d.adjacent(i+1) && d.tok(i+2) != nil && d.toks[i+2].kind == kNum && d.adjacent(i+2) {
			return strconv.Itoa(t.num) + "." + d.toks[i+2].s, i + 3, true
		}
		if d.is(i+1, ",") && d.adjacent(i+1) {
			return "", 0, false
		}
		return strconv.Itoa(t.num), i + 1, true
	case t.s == "a" || t.s == "an":
		switch {
		case d.is(i+1, "few"):
			return "X", i + 2, true
		case d.is(i+1, "couple") && d.is(i+2, "of"):
			return "2", i + 3, true
		case d.is(i+1, "dozen"):
			return "12", i + 2, true
		case d.is(i+1, "half") && d.is(i+2, "dozen"):
			return "6", i + 3, true
		case d.is(i+1, "hundred"):
			return "100", i + 2, true
		case d.is(i+1, "thousand"):
			return "1000", i + 2, true
		}
		return "1", i + 1, true
	case t.s == "few" || t.s == "several" || t.s == "many" || t.s == "some" || t.s == "recent":
		return "X", i + 1, true
	case t.s == "couple" && d.is(i+1, "of"):
		return "2", i + 2, true
	}
	n, ok := numberWords[t.s]
	if !ok || t.s == "couple" || t.s == "hundred" {
		return "", 0, false
	}
	j := i + 1
	if n >= 20 && n < 100 && n%10 == 0 {
		k := j
		if d.is(k, "-") && d.adjacent(k) {
			k++
		}
		if m, ok := numberWords[d.tokS(k)]; ok && m >= 1 && m <= 9 && d.tokS(k) != "a" && d.tokS(k) != "an" {
			n += m
			j = k + 1
		}
	}
	switch {
	case d.is(j, "hundred"):
		n *= 100
		j++
	case d.is(j, "thousand"):
		n *= 1000
		j++
	}
	return strconv.Itoa(n), j, true
}

// durationMods may precede a duration without changing its value.
var durationMods = map[string]int{
	"about": 3, "nearly": 1, "almost": 1, "some": 1, "over": 3, "only": 3, "just": 3,
	"roughly": 1, "approximately": 1, "around": 1, "under": 1, "within": 0,
	"more": 2, "less": 2, "fewer": 2, "at": 2, "up": 2,
}

// duration matches "three months", "the past two years", "two-year",
// "nearly forty years", "a few days", and the dates "two years ago",
// "a year earlier".
func (d *doc) duration(i int) (match, bool) {
	if m, ok := d.weekHence(i); ok {
		return m, true // "a week today": a day, read here rather than as a rule of its own on every "a"
	}
	if d.is(i-1, "at") && d.clockHours(i) || d.is(i-1, ".", ":") && d.adjacent(i) && d.clockHours(i-2) {
		return match{}, false // "at 10.00 hours": a time of day, no span
	}
	if u, ok := units[d.tokS(i)]; ok && d.is(i+1, "-") && d.is(i+2, "long") && d.adjacent(i+1) && d.adjacent(i+2) {
		cnt := "1" // "a day-long meeting", "the decades-long dispute"
		if plural(d.tokS(i)) {
			cnt = "X"
		}
		if u.code == "WE" || u.code == "W2" {
			return match{}, false
		}
		return match{end: i + 3, typ: Duration, value: durationValue(cnt, u)}, true
	}
	j := i
	the := false
	if d.is(j, "the") {
		j++
		the = true
	}
	if d.is(j, "past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "same", "initial", "remaining", "other") {
		j++
	}
	if n, ok := durationMods[d.tokS(j)]; ok {
		switch {
		case n == 3 && j == i:
			return match{}, false // TimeML leaves "about", "only", "over" out of the span
		case n == 1:
			j++
		case n == 2 && d.is(j+1, "than", "least", "to"):
			j += 2
		}
	}
	cnt, k, ok := d.count(j)
	half := false
	if ok && d.is(k, "1") && d.is(k+1, "/") && d.is(k+2, "2") && d.adjacent(k+1) && d.adjacent(k+2) {
		k, half = k+3, true // "2 1/2 years"
	}
	bare := false
	if !ok {
		if the || j == i {
			// "the years", bare plurals after a preposition: "for years"
			if u := units[d.tokS(j)]; u.code != "" && plural(d.tokS(j)) && (the || d.is(i-1, "for", "over", "within", "in")) {
				cnt, k, bare = "X", j, true
			} else {
				return match{}, false
			}
		} else {
			return match{}, false
		}
	}
	if !bare && (cnt == "1" && (d.tokS(j) == "a" || d.tokS(j) == "an") && the) {
		return match{}, false
	}
	split, second, secondCnt := 0, 0, ""
	if !bare && d.is(k, "to", "or", "-") && !d.is(k+1, "the", "a") {
		// "two to three weeks": TimeML marks "two" and "three weeks"
		if c2, k2, ok := d.count(k + 1); ok && units[d.tokS(k2)].code != "" {
			split, second, secondCnt = k, k+1, c2
			k = k2
		}
	}
	if d.is(k, "more", "additional", "further", "straight", "consecutive", "full") {
		k++
	}
	if d.is(k, "-") && d.adjacent(k) {
		if the && j == i+1 {
			return match{}, false // "the two-day visit": the expression is "two-day"
		}
		k++
	}
	w := d.tokS(k)
	u, ok := units[w]
	if !ok || u.code == "WE" || u.code == "W2" && cnt != "1" {
		return match{}, false
	}
	if !bare && cnt == "1" && plural(w) && d.tokS(j) != "one" {
		return match{}, false
	}
	if w == "second" && (d.tokS(j) == "a" || d.tokS(j) == "an") {
		if n := d.tok(k + 1); n != nil && n.kind == kWord && !d.is(k+1, "or", "and", "later", "earlier", "ago", "after", "before") {
			return match{}, false // "a second group"
		}
	}
	if u.code == "Q" && !the && cnt != "X" {
		// "three quarters" of a percentage point is no time
		if n, _ := strconv.Atoi(cnt); n > 0 && n < 4 && !d.is(i-1, "for", "in", "over", "past", "last") {
			return match{}, false
		}
	}
	end := k + 1
	if u.code == "S" && (strings.Contains(cnt, ".") || d.is(j-1, ".") && d.tok(j-2) != nil && d.toks[j-2].kind == kNum && d.adjacent(j-1) && d.adjacent(j)) {
		return match{}, false // a measured time, "ran the 100 metres in 10.2 seconds", is no temporal expression
	}
	if c2, k2, ok := d.count(end); ok && strings.Contains(c2, ".") && units[d.tokS(k2)].code == "S" {
		return match{}, false // nor "in 3 minutes 29.4 seconds"
	}
	if d.raceTime(j, end, u) {
		return match{}, false // nor "won the marathon in 2 hours 21 minutes"
	}
	if d.is(end, "old") || d.is(end, "-") && d.is(end+1, "old", "earlier", "ago", "long") {
		return match{}, false // an age: "the 6-year-old boy"
	}
	if d.is(end, "and") && d.is(end+1, "a") && d.is(end+2, "half") {
		end += 3
		cnt = halfMore(cnt)
	}
	value := durationValue(cnt, u)
	whole, halved := strings.CutSuffix(cnt, ".5")
	if half {
		whole, halved = cnt, true // "5 1/2 hours"
	}
	if halved && u.time && u.code != "S" {
		value = "PT" + whole + u.code + map[string]string{"H": "30M", "M": "30S"}[u.code] // "a minute and a half": PT1M30S
	}
	if half && u.code == "Y" {
		value = "P" + cnt + "Y6M"
	}
	if u.code == "Q" {
		if n, err := strconv.Atoi(cnt); err == nil {
			value = "P" + strconv.Itoa(3*n) + "M"
		}
	}
	// dates relative to now or to the last date: "two years ago", "a year earlier"
	if n, err := strconv.Atoi(cnt); err == nil && !the && j == i || err == nil && !the && durationMods[d.tokS(i)] == 1 {
		switch {
		case d.is(end, "from") && d.is(end+1, "now"), d.is(end, "earlier", "later") && d.is(end+1, "than"):
			// "ten years from now", "a month earlier than usual": TimeML marks the duration
		case d.is(end, "ago"):
			return match{end: end + 1, typ: Date, value: d.relValue(u, -n, false), anaphoric: true}, true
		case d.is(end, "or") && d.is(end+1, "so") && d.is(end+2, "ago"): // "a week or so ago"
			return match{end: end + 3, typ: Date, value: d.relValue(u, -n, false), anaphoric: true}, true
		case d.is(end, "earlier", "later", "before", "after") && (u.code == "D" || u.code == "W" || u.time):
			// "three days later": TimeML marks the duration; its anchor is an event
		case d.is(end, "earlier") || d.is(end, "before") && d.clauseEnd(end+1):
			return match{end: end + 1, typ: Date, value: d.relValue(u, -n, true), anaphoric: true}, true
		case d.is(end, "later", "hence") || d.is(end, "after") && d.clauseEnd(end+1):
			return match{end: end + 1, typ: Date, value: d.relValue(u, n, true), anaphoric: true}, true
		}
	} else if cnt == "X" && d.is(end, "ago") {
		v, _ := shiftValue(d.ref, u.code, 0)
		if u.code == "Y" {
			v = "PAST_REF"
		}
		return match{end: end + 1, typ: Date, value: v}, true
	}
	typ := Duration
	if (cnt == "1" && (d.tokS(j) == "a" || d.tokS(j) == "an")) && d.perPrevious(i) {
		typ = Set
	}
	if split > 0 && !d.is(split, "-") {
		return match{end: end, typ: typ, value: value, split: split, second: second,
			secondValue: durationValue(secondCnt, u)}, true
	}
	return match{end: end, typ: typ, value: value}, true
}

// raceTime reports whether the count at j and its unit ending at end are a
// part of a measured time in a race: "in 2 hours 21 minutes", "in 3
// minutes 50 seconds" (hours then minutes, or minutes then seconds) after a
// word of running or racing earlier in the sentence.
func (d *doc) raceTime(j, end int, u unit) bool {
	if !u.time {
		return false
	}
	smaller := map[string]string{"H": "M", "M": "S"}
	start := j
	if next, k, ok := d.count(end); ok && units[d.tokS(k)].time && units[d.tokS(k)].code == smaller[u.code] && next != "" {
		// the larger part: "2 hours" of "2 hours 21 minutes"
	} else if prev := units[d.tokS(j-1)]; prev.time && smaller[prev.code] == u.code {
		if _, k, ok := d.count(j - 2); !ok || k != j-1 {
			return false
		}
		start = j - 2 // the smaller part: "21 minutes"
	} else {
		return false
	}
	if !d.is(start-1, "in", "of") {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-16 && !d.is(k, ".", ";"); k-- {
		if raceWords[d.tokS(k)] {
			return true
		}
	}
	return false
}

var raceWords = map[string]bool{
	"won": true, "win": true, "wins": true, "ran": true, "run": true, "runs": true, "finished": true,
	"clocked": true, "marathon": true, "race": true, "sprint": true, "metres": true, "meters": true,
	"record": true, "lap": true, "stage": true, "course": true, "time": true, "swam": true,
}

// clauseEnd reports whether token i ends a clause (punctuation or the end).
func (d *doc) clauseEnd(i int) bool {
	t := d.tok(i)
	return t == nil || t.kind == kPunct && t.s != "$" && t.s != "'"
}

// relValue resolves "n units from now" (n < 0: ago) at the unit's granularity;
// years shift the last quarter mentioned when there is one. With anaphoric
// ("two days later") days and weeks count from the last full date mentioned.
func (d *doc) relValue(u unit, n int, anaphoric bool) string {
	if u.code == "Y" && n < 0 {
		return d.yearBefore(-n)
	}
	if anaphoric && (u.code == "D" || u.code == "W") && IsFullDate(d.anchor) {
		if t, err := time.Parse("2006-01-02", d.anchor); err == nil {
			v, _ := shiftValue(t, u.code, n)
			return v
		}
	}
	if u.time {
		return "PRESENT_REF"
	}
	if u.code == "E" {
		return fmtYear(d.ref.Year() + 10*n)
	}
	v, ok := shiftValue(d.ref, u.code, n)
	if !ok {
		return "PAST_REF"
	}
	return v
}

// perPrevious reports whether "a year" at i follows an amount ("$5 a year", "twice a week").
func (d *doc) perPrevious(i int) bool {
	p := d.tok(i - 1)
	if p == nil {
		return false
	}
	switch p.s {
	case "%", "once", "twice", "times", "million", "billion", "cents", "dollars", "percent", "hours", "days":
		return true
	}
	return p.kind == kNum
}

func plural(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// halfMore adds a half to a count: "a year and a half" -> 1.5.
func halfMore(cnt string) string {
	if n, err := strconv.Atoi(cnt); err == nil {
		return strconv.Itoa(n) + ".5"
	}
	return cnt
}

// set matches "daily", "every week", "each year", "every Monday".
func (d *doc) set(i int) (match, bool) {
	t := d.tok(i)
	if t == nil {
		return match{}, false
	}
	if v := setWords[t.s]; v != "" {
		return match{end: i + 1, typ: Set, value: v}, true
	}
	if t.s != "every" && t.s != "each" && t.s != "per" {
		return match{}, false
	}
	j := i + 1
	if d.is(j, "other") {
		j++
	}
	if wd, ok := weekdays[d.tokS(j)]; ok && len(d.tokS(j)) >= 6 {
		return match{end: j + 1, typ: Set, value: "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)}, true
	}
	whole := t.s != "per" && j == i+1 // "every July", not "every other July" or "per July"
	if n := d.tok(j); whole && n != nil && n.upper && months[n.s] != 0 {
		m, k, ok := d.month(j)
		if !ok {
			m, k = months[n.s], j+1 // "every March": the quantifier vouches for the month
		}
		return match{end: k, typ: Set, value: fmt.Sprintf("XXXX-%02d", m)}, true // "each July"
	}
	if s, ok := seasons[d.tokS(j)]; ok && whole {
		return match{end: j + 1, typ: Set, value: "XXXX-" + s}, true // "every spring"
	}
	cnt := "1"
	if d.is(i+1, "other") {
		cnt = "2"
	}
	if c, k, ok := d.count(j); ok && c != "X" && d.tokS(j) != "a" {
		cnt, j = c, k
	}
	u, ok := units[d.tokS(j)]
	if !ok || u.code == "WE" {
		if p, ok := dayParts[d.tokS(j)]; ok {
			return match{end: j + 1, typ: Set, value: "XXXX-XX-XXT" + p}, true
		}
		return match{}, false
	}
	return match{end: j + 1, typ: Set, value: durationValue(cnt, u)}, true
}

// clockHours reports "10.00 hours" or "1430 hours" at i: a clock time
// written in hours, as notices and the military write it.
func (d *doc) clockHours(i int) bool {
	t := d.tok(i)
	if t == nil || t.kind != kNum {
		return false
	}
	if t.ndig == 4 && t.num%100 < 60 && t.num/100 <= 24 {
		return d.is(i+1, "hours", "hrs")
	}
	if t.ndig > 2 || t.num > 24 || !d.is(i+1, ".", ":") || !d.adjacent(i+1) {
		return false
	}
	m := d.tok(i + 2)
	return m != nil && m.kind == kNum && m.ndig == 2 && m.num < 60 && d.adjacent(i+2) && d.is(i+3, "hours", "hrs")
}
