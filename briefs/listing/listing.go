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

	"github.com/briefbot/briefbot/briefs/datewords"
	"github.com/briefbot/briefbot/briefs/sentences"
	"github.com/briefbot/briefbot/briefs/tokens"
	"strings"
	"unicode"
	"unicode/utf8"
)

// weekdays and months are the names and abbreviations of datewords, as
// sets looked up with a word in a buffer (string(w) as a map key makes no
// string).
var (
	weekdays = wordSet(datewords.Weekdays(), datewords.WeekdayAbbrevs())
	months   = wordSet(datewords.Months())
)

// wordSet is the set of the words of lexicons.
func wordSet[V any](lexicons ...map[string]V) map[string]bool {
	out := map[string]bool{}
	for _, l := range lexicons {
		for w := range l {
			out[w] = true
		}
	}
	return out
}

// Weekday reports a weekday name or its abbreviation, lower case: "mon",
// "thursday". A listing's "MON" or "SAT" is never a party or a place.
func Weekday(w string) bool { return weekdays[w] }

// Month reports a month's name or its abbreviation, lower case: "jan",
// "september".
func Month(w string) bool { return months[w] }

// maxDateWords is the most words a day heading or a date line has.
const maxDateWords = 8

// dateWords reads s as words of letters and digits and reports whether all
// of them are date words (weekdays, months, days, years), with how many
// words, weekdays, months and days there are. It stops at the first word
// that is not one, or past maxDateWords words, without allocating: it runs
// on every line of every brief. So all implies n <= maxDateWords.
func dateWords(s string) (n, wd, mon, day int, all bool) {
	var buf [12]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		n++
		w, ok := tokens.AppendLowerASCII(buf[:0], s[i:j])
		switch {
		case n > maxDateWords || !ok:
			return n, wd, mon, day, false
		case weekdays[string(w)]:
			wd++
		case months[string(w)]:
			mon++
		case ordinalDayWord(w):
			day++
		case len(w) == 4 && string(w) >= "1900" && string(w) <= "2100":
		case string(w) == "and" || string(w) == "to":
			// "Tuesday 10 and Wednesday 11 March", "10 to 12 March": one range
		default:
			return n, wd, mon, day, false
		}
		i = j
	}
	return n, wd, mon, day, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// ordinalDayWord reports a day of the month as a word: "7", "30", "21st".
func ordinalDayWord(w []byte) bool {
	k := 0
	for k < len(w) && k < 2 && '0' <= w[k] && w[k] <= '9' {
		k++
	}
	if k == 0 {
		return false
	}
	switch string(w[k:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// MayBeLine is a cheap screen, on a line's runes, for the checks below:
// a day heading, a date line or a date-first calendar line starts with a
// date word or a digit (after any bullet); a label or calendar line has a
// colon, a spaced dash or bar, or dots within its first 64 runes; a
// city's day heading a weekday after a comma. A line
// it refuses is none of them; one it passes may still be none.
func MayBeLine(rs []rune) bool {
	i := 0
	for i < len(rs) && !isWordRune(rs[i]) {
		i++
	}
	if i < len(rs) && unicode.IsDigit(rs[i]) {
		return true
	}
	var buf [12]byte
	j := i
	for j < len(rs) && isWordRune(rs[j]) && j-i < len(buf) {
		if r := rs[j]; r < utf8.RuneSelf {
			buf[j-i] = byte(unicode.ToLower(r))
		}
		j++
	}
	if w := buf[:j-i]; weekdays[string(w)] || months[string(w)] {
		return true
	}
	for k := 0; k < len(rs) && k < 64; k++ {
		switch rs[k] {
		case ':', '|', '–', '—':
			return true
		case '-':
			if k > 0 && rs[k-1] == ' ' {
				return true
			}
		case '.':
			if k+2 < len(rs) && rs[k+1] == '.' && rs[k+2] == '.' {
				return true
			}
		case ',':
			if k < 32 && weekdayAt(rs, k+1) {
				return true // "Tokyo, Monday 9 February 2026"
			}
		case ' ':
			if k >= 4 && k < 40 && rs[k-4] == ' ' && rs[k-3] == 'f' && rs[k-2] == 'o' && rs[k-1] == 'r' && weekdayAt(rs, k) {
				return true // "Itinerary for Friday, November 15, 2024"
			}
		}
	}
	return false
}

// weekdayAt reports a weekday's name after the spaces at rune k.
func weekdayAt(rs []rune, k int) bool {
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	var buf [12]byte
	j := k
	for j < len(rs) && unicode.IsLetter(rs[j]) && rs[j] < utf8.RuneSelf && j-k < len(buf) {
		buf[j-k] = byte(unicode.ToLower(rs[j]))
		j++
	}
	return weekdays[string(buf[:j-k])]
}

// programmeDay names a programme's day after its date: "Day 1",
// "Pre-Forum", "Post-Conference".
var programmeDay = regexp.MustCompile(`^(?i:day \d{1,2}|pre-\p{L}+|post-\p{L}+)[\s\p{L}]{0,20}$`)

// DayHeading reports a line that is only a day, with its weekday: "MON 30
// JUNE", "Tuesday, March 10", "Wednesday 14 January 2026:", "Thursday 12 -
// Friday 13 March"; or a schedule's title and its day: "Mayor's Public
// Schedule - Wednesday, June 3, 2026", "Diary: Tuesday, 10 March"; a
// programme's day with its name: "Tuesday 9 June – Day 1"; a day and its
// city either way round: "Tokyo, Monday 9 February 2026", "Tuesday 4
// November, Brussels".
func DayHeading(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false // every day heading has its day's number (dateWords' day, an ASCII digit)
	}
	line = line[LabelBeforeDay(line):] // "Day 1 – Tuesday 14 October": the day after a programme's label
	for _, dash := range []string{" – ", " - ", " — "} {
		if d, part, ok := strings.Cut(line, dash); ok && programmeDay.MatchString(part) {
			line = d // "Tuesday 9 June – Day 1", "Monday 13 April – Pre-Forum": a programme's day
			break
		}
	}
	n, wd, mon, day, all := dateWords(line)
	if all && n >= 2 && wd > 0 && mon > 0 && day > 0 {
		return true
	}
	if city, rest, ok := strings.Cut(line, ", "); ok && placeName(city) {
		n, wd, mon, day, all = dateWords(rest)
		if all && n >= 3 && wd > 0 && mon > 0 && day > 0 {
			return true // "Tokyo, Monday 9 February 2026": a diary's city and day
		}
	}
	if _, ok := DayThenCity(line); ok {
		return true // "Tuesday 4 November, Brussels": a calendar's day and its city
	}
	if len(line) > 90 || n > 1 && wd+mon+day > 0 {
		return false // too long for a title and a day; or a date first, then words
	}
	label, rest, ok := titledDay(line)
	if !ok || !scheduleTitle(label) {
		if i := strings.LastIndex(line, " for "); i > 0 && scheduleTitle(line[:i]) {
			label, rest, ok = line[:i], line[i+len(" for "):], true // "Minister of Economy - timetable for Tuesday, 10 March 2026", "Itinerary for Friday, November 15, 2024"
		}
	}
	if !ok || !scheduleTitle(label) {
		return false
	}
	n, wd, mon, day, all = dateWords(rest)
	return all && n >= 2 && wd > 0 && mon > 0 && day > 0
}

// LabelBeforeDay is where the day starts in a programme's heading whose
// label comes first: the byte after "Day 1 – " in "Day 1 – Tuesday 14
// October"; 0 for any other line.
func LabelBeforeDay(line string) int {
	if len(line) < 4 {
		return 0
	}
	switch strings.ToLower(line[:4]) {
	case "day ", "pre-", "post": // programmeDay's openings: a cheap test before its pattern
	default:
		return 0
	}
	for _, dash := range []string{" – ", " - ", " — "} {
		if d, _, ok := strings.Cut(line, dash); ok && programmeDay.MatchString(d) {
			return len(d) + len(dash)
		}
	}
	return 0
}

// DayThenCity is the city a day heading ends with after a comma:
// "Brussels" of "Tuesday 4 November, Brussels"; ok is false for any other
// line.
func DayThenCity(line string) (city string, ok bool) {
	i := strings.LastIndex(line, ", ")
	if i <= 0 || !placeName(line[i+2:]) {
		return "", false
	}
	n, wd, mon, day, all := dateWords(line[:i])
	return line[i+2:], all && n >= 2 && wd > 0 && mon > 0 && day > 0
}

// placeName reports one to three capitalised words of letters, none a
// date word: "Tokyo", "Buenos Aires" (not "Monday", not "MINUTES OF").
func placeName(s string) bool {
	n := 0 // the words, read without a slice of them
	for range strings.FieldsSeq(s) {
		if n++; n > 3 {
			return false
		}
	}
	if n == 0 {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }) >= 0 {
			return false
		}
		if lowerIn(weekdays, w) || lowerIn(months, w) {
			return false
		}
	}
	return true
}

// titledDay splits "Title - day" or "Title: day" at the separator (one
// MayBeLine passes).
func titledDay(line string) (label, rest string, ok bool) {
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if label, rest, ok = strings.Cut(line, sep); ok {
			return label, rest, true
		}
	}
	return "", "", false
}

// scheduleWords name a page of one day's engagements.
var scheduleWords = map[string]bool{
	"schedule": true, "diary": true, "agenda": true, "programme": true, "program": true, "itinerary": true,
	"engagements": true, "appointments": true, "timetable": true,
}

// scheduleTitle reports a title of at most five words with a schedule's
// word: "Mayor's Public Schedule", "Diary of the Minister"; or of seven
// with its owner's name before a dash: "Mayor Daniela Lopez - Public
// Schedule".
func scheduleTitle(label string) bool {
	ws := strings.Fields(strings.ToLower(label))
	most := 5
	if strings.Contains(label, " - ") {
		most = 7
	}
	if len(ws) == 0 || len(ws) > most {
		return false
	}
	for _, w := range ws {
		if scheduleWords[strings.Trim(w, ".,:;'’")] {
			return true
		}
	}
	return false
}

// DayPrefix reports a line that opens with a day and goes on with its
// time or place after a comma, "Thursday, February 19, 2026, 7:00 p.m.",
// "Wednesday 11 March 2026, 6.30pm, Town Hall.", and the byte length of
// the day ("Thursday, February 19, 2026"); 0 when it is no such line. What
// follows the day opens with a digit or a capital ("March 12, the
// committee said" is prose) and is not all date words (a day heading).
func DayPrefix(line string) int {
	best := 0
	for at := 0; ; {
		i := strings.Index(line[at:], ", ")
		if i < 0 || at+i > 60 {
			break
		}
		p := at + i
		_, _, mon, day, all := dateWords(line[:p])
		if !all {
			break // a word of the time or place: the day is behind
		}
		if mon > 0 && day > 0 {
			best = p
		}
		at = p + 2
	}
	if best == 0 {
		return 0
	}
	rest := line[best+2:]
	r, _ := utf8.DecodeRuneInString(rest)
	if _, _, _, _, all := dateWords(rest); all || !unicode.IsDigit(r) && !unicode.IsUpper(r) {
		return 0
	}
	return best
}

// clockLine is a line opened by a clock time and then a word or a dash:
// "09:30 Meeting with ...", "10:00 a.m. - Meeting with ...", "1430 Talks".
var clockLine = regexp.MustCompile(`^(?:\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?(?:[-–]\d{1,2}[.:]\d{2})?|\d{1,2} ?[ap]\.?m\.?|[012]\d[0-5]\d) +(?:[-–—|] +)?\p{L}`)

// ClockLine reports a diary's line that opens with its time.
func ClockLine(line string) bool { return clockLine.MatchString(line) }

// WeekdayOnly reports a line that is only a weekday, a week's diary's
// heading: "Monday", "TUESDAY", "Wed:".
func WeekdayOnly(line string) bool {
	n, wd, _, _, all := dateWords(line)
	return all && n == 1 && wd == 1
}

// weekdayFirstLine is "Monday: Cabinet, Government Buildings.": a week's
// line, its weekday (group 1), then its event (from group 2).
var weekdayFirstLine = regexp.MustCompile(`^((?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)(?: *[:–—]| +-) +(\p{Lu})`)

// WeekdayFirst splits a week's line that opens with its weekday and a
// colon or dash: the byte length of the weekday ("Monday") and where the
// event starts; 0, 0 when the line is no such line.
func WeekdayFirst(line string) (dayEnd, eventStart int) {
	m := weekdayFirstLine.FindStringSubmatchIndex(line)
	if m == nil || !fieldsAtMost(line, 24) || !WeekdayOnly(line[:m[3]]) {
		return 0, 0
	}
	return m[3], m[4]
}

// DateLine reports a line that is only a date or a range of days:
// "27-28 January", "17 March 2026", "Tuesday, March 10", "Tuesday 10 and
// Wednesday 11 March".
func DateLine(line string) bool {
	_, _, mon, day, all := dateWords(line)
	return all && mon > 0 && day > 0
}

// calendarLine is "Label: date ...", "Label - date": a calendar's line.
var calendarLine = regexp.MustCompile(`^[A-Za-z][^:–—|]{1,60}?(?::| [-–—|]| ?\.{3,}) *(?:\d{1,2}(?:st|nd|rd|th)?[ -]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*[.,]? )`)

// dateFirstLine is "23 April 2026 | Annual General Meeting", "Monday 9
// March: Eurogroup, Brussels, 15.00.", "12 Feb 2026 - Q4 results", "Mon
// June 8 - LUXEMBOURG: EU foreign ministers meet", a
// table's "10 February 2026 | 10:00 | Clinical Governance Committee", a
// schedule's "Monday 2 November 2026, 10:00 - Health Scrutiny Committee",
// a calendar table's or a week-ahead's line, its date first (group 1), its
// time aside, then its event (from group 2).
var dateFirstLine = regexp.MustCompile(`^((?:(?i:mon|tue|wed|thu|fri|sat|sun)(?i:[a-z]*)\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)?\.? (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?i:[a-z]*)\.?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?i:[a-z]*)\.? \d{1,2}(?:st|nd|rd|th)?,?)(?: \d{4})?)(?: *[|,] *(?:\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?(?:[-–]\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?)?|\d{1,2} ?[ap]\.?m\.?))?(?: +(?:[|:–—-]|\t) *|: +| {2,}|\t+)([A-Za-z])`)

// dottedFirstLine is a calendar's "23.04.2026 Annual General Meeting" (day,
// month, year), its date (group 1), then its event (from group 2).
var dottedFirstLine = regexp.MustCompile(`^(\d{1,2}\.\d{1,2}\.\d{4})(?: *[|:–—-] *| +)([A-Za-z])`)

// pastBullet is line after its bullet and the space that follows it ("- ",
// "• "); line itself when it opens with none.
func pastBullet(line string) string {
	if b := strings.TrimLeft(line, "-–•*· "); b != line && strings.HasSuffix(line[:len(line)-len(b)], " ") {
		return b
	}
	return line
}

// DateFirst splits a calendar line that opens with its date at the
// separator: the byte length of the date ("Mon June 8") and where the
// event starts ("LUXEMBOURG: ..."); 0, 0 when the line is no such line.
func DateFirst(line string) (dateEnd, eventStart int) {
	b := pastBullet(line) // "- Jan 14 — Finance Committee, Room 2"
	bullet := len(line) - len(b)
	line = b
	if !fieldsAtMost(line, rowWords(line)) {
		return 0, 0
	}
	m := dateFirstLine.FindStringSubmatchIndex(line)
	if m == nil {
		if m = dottedFirstLine.FindStringSubmatchIndex(line); m == nil {
			return 0, 0
		}
	}
	return bullet + m[3], bullet + m[4]
}

// labelLine is a record's "Date: ...", "Venue: ...", "Date and time: ...",
// "Date/Time: ...", "Hearing Date: ..." line.
var labelLine = regexp.MustCompile(`^(?i:(?:hearing|meeting|session|event|start) )?(?i:date|time|venue|location|place|where|when|subject|witnesses|chair|room|held)s?(?i:(?: and | ?& ?|/)(?:time|date|place|venue))?: `)

// LabelLine reports a line that gives one field of a record: "Date:
// Tuesday 16 December 2025", "Venue: Committee Room 1, Civic Centre",
// "Subject: ...". Its value belongs to the record written above it.
func LabelLine(line string) bool { return labelLine.MatchString(line) }

// CalendarLine reports a short line that gives a label its date:
// "Annual General Meeting: 14 May 2026, Oslo", "AGM - 23 April 2026",
// "Q3 results: 29 October".
func CalendarLine(line string) bool {
	if b := strings.TrimLeft(line, "-–•*· "); bodyLabel(b) {
		return fieldsAtMost(b, labelledWords) && calendarLine.MatchString(b) // "- Academic Board: Wednesday 19 February 2025, 14:00 h, ..."
	}
	if b := pastBullet(line); b != line && fieldsAtMost(b, rowWords(b)) && dateFirstLine.MatchString(b) {
		return true // "- Jan 14 — Finance Committee, Room 2": a bulleted calendar line
	}
	return fieldsAtMost(line, rowWords(line)) && (calendarLine.MatchString(line) || dateFirstLine.MatchString(line) || dottedFirstLine.MatchString(line))
}

// labelledWords is the most words of a calendar line whose label is a
// body: "- Finance and General Purposes Committee: Monday 24 February 2025,
// 10:00 h, Council Room, Turkeyen Campus."
const labelledWords = 18

// labelBodies end a label that names a body which meets.
var labelBodies = map[string]bool{"committee": true, "board": true, "council": true, "commission": true, "senate": true,
	"assembly": true, "panel": true, "synod": true, "subcommittee": true, "cabinet": true, "executive": true}

// bodyLabel reports a line whose label, before its colon, ends with a
// body's word: "Academic Board: ...", "University Council: ...".
func bodyLabel(line string) bool {
	label, _, ok := strings.Cut(line, ":")
	if !ok {
		return false // no label: no need to split the line
	}
	n, last := 0, ""
	for w := range strings.FieldsSeq(label) {
		n, last = n+1, w // counted without a slice of them
	}
	return n > 0 && n <= 8 && lowerIn(labelBodies, last)
}

// lowerIn reports whether m holds w lower-cased: an ASCII w is looked up
// without a string of its own.
func lowerIn(m map[string]bool, w string) bool {
	var buf [24]byte
	if b, ok := tokens.AppendLowerASCII(buf[:0], w); ok {
		return m[string(b)]
	}
	return m[strings.ToLower(w)]
}

// rowWords is the most words a calendar line can have: 14, or 24 for a
// table's row whose columns " | " divides ("Mon 12 Jan | 9.00am–9.30am |
// Weekly meeting with officials, Ministry of Foreign Affairs and Trade |
// Parliament | Trade"), its bars counted as words.
func rowWords(line string) int {
	if strings.Count(line, " | ") >= 2 {
		return 24
	}
	if cityDashed(line) || weekdayDated(line) {
		return 30
	}
	return 14
}

// weekdayDated reports a schedule's line that opens with a whole day, its
// weekday, day and month, before its separator: "Tuesday, March 5, 2019 -
// Application PB-19-03: Site plan for ...", "Monday 14 May 2012, 11:00 -
// Committee Room 2, Assembly Building, Karachi. Witnesses: ...". Prose
// does not open so; the line may run to a sentence's length.
func weekdayDated(line string) bool {
	first, _, _ := strings.Cut(line, " ")
	if !lowerIn(weekdays, strings.TrimRight(first, ",.")) {
		return false
	}
	m := dateFirstLine.FindStringSubmatchIndex(line)
	if m == nil {
		return false
	}
	if next, _, _ := strings.Cut(line[m[4]:], " "); lowerIn(weekdays, strings.TrimRight(next, ",.")) {
		return false // "Thursday, 22 May 2003 - Friday, 23 May 2003 - International Sugar Council": a range of days first
	}
	_, wd, mon, day, all := dateWords(line[:m[3]])
	return all && wd > 0 && mon > 0 && day > 0
}

// cityDashed reports a week-ahead line whose date is followed by a city in
// capitals between two dashes, the wire's own layout: "WED OCT 13 -
// LUXEMBOURG - EU energy ministers meet; gas price measures on agenda (to
// Oct 14).", "WED SEPT 28 - XI'AN, China - G20 agriculture deputies
// meet". The layout, not prose, so the line may run to a sentence's length.
func cityDashed(line string) bool {
	date, rest, ok := strings.Cut(line, " - ")
	if !ok || !DateLine(date) {
		return false
	}
	city, _, ok := strings.Cut(rest, " - ")
	if !ok || len(city) < 3 {
		return false
	}
	first, _, _ := strings.Cut(city, ",")
	for _, r := range first {
		if unicode.IsLower(r) {
			return false
		}
	}
	return unicode.IsUpper([]rune(first)[0]) && fieldsAtMost(city, 4)
}

// fieldsAtMost reports whether s has at most n words separated by white
// space, counting no further than n+1.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if words++; words > n {
				return false
			}
		}
	}
	return true
}

// Keeps reports a paragraph whose line breaks are part of its meaning: it
// has a day heading, two lines or more that are calendar lines or bare
// dates, two label lines ("Date: ...", "Venue: ..." or any short label:
// "Branch meeting: ...") or two lines opened by a clock time (a diary's
// "09:30 Meeting with ..."), two table rows ("2 | Declarations of
// interest | Chair"), or opens with a list's label alone
// ("Witnesses:"). Prose, even hard-wrapped, has none of them.
func Keeps(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	if listLabel.MatchString(lines[0]) {
		return true // "Witnesses:" over one witness a line
	}
	cal, labels, clocks, short, rows, items := 0, 0, 0, 0, 0, 0
	for _, l := range lines {
		if sentences.TableRow(l) {
			rows++ // "3 | Minutes of the meeting held on 19 March | Chair": a table keeps its rows
		}
		if sentences.ItemLine([]rune(l)) {
			items++ // "a) Ukraine" over "b) Meeting with the Western Balkans foreign ministers, Luxembourg, 23 June 2025"
		}
		if shortLabel.MatchString(l) {
			short++ // "Ballot result: 78% ...", "Branch meeting: Wednesday 4 March, 6pm, Trades Hall"
		}
		switch {
		case DayHeading(l) || WeekdayOnly(l):
			return true
		case DayPrefix(l) > 0 && fieldsAtMost(l, 12):
			return true // "Thursday, February 19, 2026, 7:00 p.m." under a meeting's name
		case LabelLine(l):
			labels++
		case CalendarLine(l) || DateLine(l) || weekdayFirstLine.MatchString(l):
			cal++
		case ClockLine(l):
			clocks++
		}
	}
	return cal >= 2 || labels >= 2 || clocks >= 2 || short >= 2 || rows >= 2 || items >= 2
}

// shortLabel opens a line with a label of one to three words and a colon:
// a circular's or a record's "Branch meeting: ...", "Ballot result: ...".
// listLabel is a short label alone on its line, a list's below it:
// "Witnesses:", "Present:", "Members present:", not "The list:".
var listLabel = regexp.MustCompile(`^(?:[A-SU-Z]|T[^h])[\p{L}'’]*(?: [\p{L}'’]+){0,2}:$`)

var shortLabel = regexp.MustCompile(`^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}: \S`)

// maxHeadingWords is the most words of a line of a heading block, and
// maxHeadingLast of its last line.
const (
	maxHeadingWords = 8
	maxHeadingLast  = 12
)

// HeadingBlock reports a paragraph of short lines that each open with a
// capital or a digit: a notice's or an agenda's head ("CITY OF ALDER BAY"
// over "PLANNING COMMISSION REGULAR MEETING AGENDA" over "Monday, March
// 23, 2026 - 6:30 PM"), minutes' "Minutes of branch meeting" over "Held:
// Tuesday 3 February 2026, 5pm, Room B14". Wrapped prose has longer lines,
// or a line that opens in lower case or ends in a comma, a hyphen or a
// small word ("resumed talks on" over "Tuesday at the Palais").
func HeadingBlock(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for i, l := range lines {
		r, _ := utf8.DecodeRuneInString(l)
		n := maxHeadingWords
		if i == len(lines)-1 {
			n = maxHeadingLast
		}
		if !fieldsAtMost(l, n) || !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.HasSuffix(l, ",") || strings.HasSuffix(l, "-") {
			return false
		}
		last := l[strings.LastIndexByte(l, ' ')+1:]
		if i < len(lines)-1 && smallWords[last] {
			return false
		}
	}
	return true
}

// smallWords end a line of wrapped prose, never a heading's.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "in": true, "at": true, "to": true, "for": true,
	"with": true, "by": true, "from": true, "and": true, "or": true, "but": true, "that": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "has": true, "have": true,
}

// meetingNumber opens a calendar's numbered line: "Meeting 3:", "No. 1 |",
// "41st |", "2nd meeting -", "Session 4 –", a list's "1." and "2)".
var meetingNumber = regexp.MustCompile(`^(?:(?:(?i:meeting|session|sitting|no\.?) ?\d{1,3}|\d{1,3}(?:st|nd|rd|th)(?: (?i:meeting|session|sitting))?)(?: ?[:.]| [|–—-]) +|\d{1,2}[.)] +)`)

// dateNote is a short note in brackets after a calendar line's date:
// "(held)", "(revised)", "(new date)".
var dateNote = regexp.MustCompile(`^\((?:\p{L}+ ?){1,3}\)$`)

// droppedNotes say a calendar line's meeting will not take place.
var droppedNotes = []string{"cancel", "postpone", "withdrawn", "no meeting"}

// NumberedDate reads a line of a calendar of one body's meetings that
// gives a meeting its date alone: after any bullet and the meeting's
// number, a date, then only a short note in brackets or, in a numbered
// row, further table cells: "Meeting 3: Tuesday 2 – Wednesday 3 June
// (revised)", "41st | Tuesday 2 February - Wednesday 3 February 2027 |
// Wednesday 3 February, 15:00", "• Thursday 2 April (held)". It returns
// the date's byte range in line, or 0, 0 when the line is no such line,
// its note says the meeting is off ("(cancelled)", DroppedDate), or it is
// a date alone (DateLine).
func NumberedDate(line string) (start, end int) {
	l, ok := readListedDate(line)
	if !ok || l.dropped || l.tail == "" && !l.numbered {
		return 0, 0
	}
	return l.start, l.end
}

// DroppedDate reports a calendar's date line whose note calls the meeting
// off: "• Thursday 5 March (cancelled)", "Meeting 4: 9 June (postponed)".
func DroppedDate(line string) bool {
	l, ok := readListedDate(line)
	return ok && l.dropped
}

// listedDate is a calendar's date line read: the date's byte range, what
// follows it, and whether a number opens it or a note calls it off.
type listedDate struct {
	start, end        int
	tail              string
	numbered, dropped bool
}

// readListedDate reads line as a calendar's date line: any bullet, any
// meeting number, a date, then a short note in brackets or, after a
// number, table cells.
func readListedDate(line string) (l listedDate, ok bool) {
	b := pastBullet(line)
	at := len(line) - len(b)
	if m := meetingNumber.FindStringIndex(b); m != nil {
		at, l.numbered = at+m[1], true
	}
	rest := line[at:]
	date := rest
	if i := strings.Index(rest, " | "); i > 0 && l.numbered {
		date, l.tail = rest[:i], rest[i:] // "41st | date | time of the decision": an unnumbered row's cells may name its event
	} else if i := strings.Index(rest, " ("); i > 0 {
		date, l.tail = rest[:i], strings.TrimSpace(rest[i:])
		if !dateNote.MatchString(l.tail) {
			return l, false
		}
		low := strings.ToLower(l.tail)
		for _, w := range droppedNotes {
			l.dropped = l.dropped || strings.Contains(low, w)
		}
	}
	if !DateLine(date) || !fieldsAtMost(line, rowWords(line)) {
		return l, false
	}
	l.start, l.end = at, at+len(date)
	return l, true
}

// programmeDayNumber opens a programme's day line with the day's number:
// "Day 1, ", "Day 2: ", "DAY 3 – ".
var programmeDayNumber = regexp.MustCompile(`^(?i:day) \d{1,2}(?:,|:| [–—-])? +`)

// TitledDay reads a programme's day line that gives its day a title:
// "Monday 29 September – Senior Officials' Meeting", "Monday 16 June:
// Brussels", "Day 1, Monday 10 November — Technical sessions". It returns
// the byte range of the date and where the title starts; 0, 0, 0 when the
// line is no such line. Whether the line heads the lines under it is the
// caller's to judge (they open with their clock times).
func TitledDay(line string) (dateStart, dateEnd, titleStart int) {
	if m := programmeDayNumber.FindStringIndex(line); m != nil {
		dateStart = m[1]
	}
	de, ts := DateFirst(line[dateStart:])
	if ts == 0 {
		return 0, 0, 0
	}
	return dateStart, dateStart + de, dateStart + ts
}
