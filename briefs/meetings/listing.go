package meetings

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/listing"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// A listing is text laid out in lines rather than prose: a news diary or
// week-ahead note ("MON 30 JUNE" over "SEVILLE - Fourth UN International
// Conference ... (to 3 July)"), an EU or committee schedule ("Monday 9
// March" over "Foreign Affairs Council, Brussels"), a financial calendar
// ("Annual General Meeting: 14 May 2026, Oslo"). Its lines are read as a
// format: each line is a sentence of its own; a day heading governs the
// lines under it (their date, rule listing.day-heading); "CITY - event"
// or a trailing ", City" gives the place (listing.place-prefix,
// listing.place-suffix, "Location: ..." listing.place-label), "Online -"
// none; "(to 3 July)", "(until Friday)" the end (listing.until).

// listEntry is one line of a listing under a day heading, or one line of a
// calendar ("AGM: 14 May 2026, Oslo").
type listEntry struct {
	headSent   int    // sentence index of the governing day heading; -1: none
	place      string // the line's place ("Seville"), "" when none
	placeStart int    // rune offsets of the place in the text
	placeEnd   int
	placeRule  Rule
	online     bool   // "Online - ...": held without a venue
	dateOnly   bool   // "27-28 January": a date of a list the sentence before names
	block      bool   // a block's name line, "Meeting No. 34" (blocks.go)
	day        string // the day of a weekday heading ("Monday" in a week's diary), "" when none
	record     bool   // a record's title over its label lines, or a block's name
	company    string // the company a company diary's line opens with: "Ostrava Brewing - general meeting ..."
	timed      bool   // the line opens with its clock time: "09.00–10.00  Meeting with ..."
	headCity   line   // the city its day heading ends with, the place of a meeting that names none
}

// line is one line of the text, as rune offsets [start, end), trimmed.
type line struct{ start, end int }

// lines splits runes at newlines, trimmed, blank lines left out.
func textLines(runes []rune) []line {
	var out []line
	s := 0
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && runes[i] != '\n' {
			continue
		}
		a, b := s, i
		for a < b && unicode.IsSpace(runes[a]) {
			a++
		}
		for b > a && unicode.IsSpace(runes[b-1]) {
			b--
		}
		if a < b {
			out = append(out, line{a, b})
		}
		s = i + 1
	}
	return out
}

// entryTime is a clock time opening a diary line: "0900", "10.00am", "9:30".
var entryTime = regexp.MustCompile(`^(?:\d{4}|\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?(?:[-–]\d{1,2}[.:]\d{2})?|\d{1,2} ?[ap]\.?m\.?)(?: (?:GMT|UTC|CET|CEST|ET|EST|EDT|BST|local))?(?: +[|–—-])? +`)

// maxListingLine is the most runes a day heading, a calendar line or a
// date line can have (14 words at most); longer lines are only checked for
// a label, by their first labelPrefix runes ("Witnesses: ").
const (
	maxListingLine = 240
	labelPrefix    = 16
)

// readListing finds the listing lines of the text and makes each line a
// sentence of its own (an entry's sentence starts after its time and place
// prefix, so neither is read as a party). It does nothing to prose.
func (d *doc) readListing() {
	ls := textLines(d.runes)
	if len(ls) < 2 {
		return
	}
	kind := make([]byte, len(ls)) // 'h' heading, 't' a day heading with its title, 'e' entry, 'c' calendar line, 'd' date, 'l' label, 'r' a record's title, 'p' a day and its time, 'b' and 'v' a block's day and room, 's' a venue line for all rows, 'w' a weekday heading
	headings, calendar, labels := 0, 0, 0
	for i, l := range ls {
		if l.end <= d.dlEnd {
			continue
		}
		if l.end-l.start > maxListingLine {
			if listing.LabelLine(string(d.runes[l.start : l.start+labelPrefix])) {
				kind[i] = 'l'
				labels++
			}
			continue // a paragraph of prose: no heading, calendar or date line is this long
		}
		if !listing.MayBeLine(d.runes[l.start:l.end]) {
			continue // a line of prose: nothing below can match it
		}
		s := string(d.runes[l.start:l.end])
		switch {
		case postedLabel(s):
			continue // "Agenda posted: Wednesday, September 4, 2024": the notice's own day, no meeting's
		case listing.DayHeading(s):
			kind[i] = 'h'
			headings++
		case listing.WeekdayOnly(s):
			kind[i] = 'w' // "Monday" over a week's diary lines: its day is counted from the week's
			headings++
		case listing.LabelLine(s):
			kind[i] = 'l' // "Date: Tuesday 16 December 2025", "Venue: Committee Room 1"
			labels++
			if datedLabel(s) {
				labels++ // "Held: Tuesday 3 February 2026, 5pm, Room B14": one dated label makes a record
			}
		case placeDateOK(s):
			kind[i] = 'd' // "- Kitwe: Wednesday 14 May 2025, Garden Court Hotel, 09:00 hours": a day of a list, in a town
			calendar++
		case numberedDate(s):
			kind[i] = 'd' // "Meeting 3: Tuesday 2 – Wednesday 3 June (revised)": a date of a body's calendar
			calendar++
		case listing.CalendarLine(s):
			kind[i] = 'c'
			calendar++
		case weekdayFirst(s):
			kind[i] = 'c' // "Monday: Cabinet, Government Buildings."
			calendar++
		case listing.DateLine(s):
			kind[i] = 'd' // "27-28 January" in a list of dates
			calendar++
		case listing.DayPrefix(s) > 0:
			kind[i] = 'p' // "Thursday, February 19, 2026, 7:00 p.m.": a block's day, if a name is over it
		}
	}
	for i := range ls {
		if (kind[i] == 0 || kind[i] == 'c') && d.titledDayHead(ls, i) {
			if kind[i] == 'c' {
				calendar--
			}
			kind[i] = 't' // "Monday 29 September – Senior Officials' Meeting" over "09.00  Registration"
			headings++
		}
	}
	titleDay := ""
	if headings == 0 {
		titleDay = d.titleDay() // "Mayor's Public Schedule - Wednesday, June 3, 2026", which ingest took as a file's title
	}
	if titleDay != "" {
		for i, l := range ls {
			if kind[i] == 0 && l.end > d.dlEnd && entryTime.MatchString(string(d.runes[l.start:l.end])) {
				kind[i] = 'e' // "10:00 a.m. - Meeting with ...": a line of the title's day
				headings++
			}
		}
	}
	blocks := d.blocks(ls, kind)
	if calendar == 1 && d.meetingCalendarLine(ls, kind) {
		calendar = 2 // "Branch meeting: Wednesday 4 March, 6pm, Trades Hall": one line that names its meeting is enough
	}
	if headings == 0 && calendar < 2 && labels < 2 && len(blocks) == 0 {
		return
	}
	calendar += d.datedRuns(ls, kind)
	under := false
	for i := range ls {
		switch {
		case kind[i] == 'p':
			kind[i] = 0 // no block's day
		case kind[i] == 'h' || kind[i] == 'w' || kind[i] == 't':
			under = true
		case kind[i] == 'b':
			under = false // the block's lines are its own, not a day's entries
		case under && kind[i] == 0 && i > 0 && kind[i-1] == 'e' && !d.sameParagraph(ls[i-1], ls[i]) && d.closingProse(ls[i]):
			// "Organised by the Pacific Ports Association.": a note after the day's entries, none of them
		case under && kind[i] == 0 && len(strings.Fields(string(d.runes[ls[i].start:ls[i].end]))) <= 40:
			kind[i] = 'e'
		case under && kind[i] == 'c' && !namesDay(string(d.runes[ls[i].start:ls[i].end])):
			kind[i] = 'e' // "Standing Committee on Finance - 3:30 p.m., Room 415": a time, its day the heading's
		case (kind[i] == 'c' || kind[i] == 'd') && calendar < 2:
			kind[i] = 0
		}
	}
	shared := d.sharedVenue(ls, kind)
	d.rowsIntro = shared.intro
	heads := d.headVenues(ls, kind)
	rec := records(d.runes, ls, kind)
	for i, r := range blocks {
		rec[i] = r
	}
	d.sents, d.entries = d.listingSentences(ls, kind, rec, venues{shared: shared, heads: heads, table: d.findTableHead(ls)}, titleDay)
}

// closingProse reports a line of prose after a day's entries and a blank
// line: a sentence of six words or more that opens with no clock time
// and ends with a full stop ("Organised by the East African Water
// Utilities Network. Simultaneous interpretation ... will be provided in
// plenary sessions."), no entry of the day above; the lines after it
// may still be.
func (d *doc) closingProse(l line) bool {
	s := string(d.runes[l.start:l.end])
	return strings.HasSuffix(s, ".") && len(strings.Fields(s)) >= 6 && !clockLed(s) && !entryTime.MatchString(s)
}

// titleSections divides a title at its dashes, bars and colons (" - ",
// " – ", " — ", " | ", ": "), not its commas, which a date holds
// ("Wednesday, June 3, 2026"). It is the regexp ` [-–—|] |: ` split by
// hand: the regexp was 1% of the analysis pass, asked of every brief.
func titleSections(title string) []string {
	var out []string
	start := 0
	for i := 0; i < len(title); i++ {
		end := 0
		switch {
		case title[i] == ':' && i+1 < len(title) && title[i+1] == ' ':
			end = i + 2
		case title[i] == ' ':
			r, w := utf8.DecodeRuneInString(title[i+1:])
			if (r == '-' || r == '–' || r == '—' || r == '|') && i+1+w < len(title) && title[i+1+w] == ' ' {
				end = i + 2 + w
			}
		}
		if end > 0 {
			out = append(out, title[start:i])
			start, i = end, end-1
		}
	}
	return append(out, title[start:])
}

// titleDay is the day a brief's title gives, when it is a diary's or a
// schedule's heading with a full date ("Mayor's Public Schedule -
// Wednesday, June 3, 2026"), as "2006-01-02"; "" when none.
func (d *doc) titleDay() string {
	for _, part := range titleSections(d.briefTitle) {
		if part = strings.TrimSpace(part); listing.DayHeading(part) {
			if first, last := headingDay(part, d.ref); first != "" && last == "" {
				return first
			}
		}
	}
	return ""
}

// listingSentences rebuilds the sentences: each listing line is one
// (headings, entries, calendar lines); a sentence that ran over a listing
// line is split at its plain lines; the rest of the text keeps its own.
func (d *doc) listingSentences(ls []line, kind []byte, rec map[int]record, vs venues, titleDay string) ([]sentences.Sentence, map[int]*listEntry) {
	type item struct {
		s    sentences.Sentence
		e    *listEntry
		head int // the rune offset of the entry's heading; -1: none
	}
	var items []item
	resplit := make([]bool, len(ls))
	for _, s := range d.sents {
		over := false
		for i, l := range ls {
			if kind[i] != 0 && l.start < s.End && s.Start < l.end {
				over = true
			}
		}
		if !over {
			items = append(items, item{s: s, head: -1})
			continue
		}
		for i, l := range ls {
			if kind[i] == 0 && l.start < s.End && s.Start < l.end {
				resplit[i] = true
			}
		}
	}
	head, headDay := -1, ""
	var headCity line // the city a day heading ends with: "Tuesday 4 November, Brussels"
	anchor := d.weekAnchor(ls, kind)
	for i, l := range ls {
		switch {
		case kind[i] == 'h' || kind[i] == 'w':
			if off := listing.LabelBeforeDay(string(d.runes[l.start:l.end])); off > 0 {
				l.start += len([]rune(string(d.runes[l.start:l.end])[:off])) // "Day 1 – Tuesday 14 October": the day, not "1 – ... 14"
			}
			head, headDay = l.start, ""
			headCity = d.headingCity(l)
			if kind[i] == 'w' {
				headDay = weekdayFrom(anchor, string(d.runes[l.start:l.end]))
			}
			items = append(items, item{s: sentenceAt(d.runes, l.start, l.end), head: -1})
		case kind[i] == 't':
			s := string(d.runes[l.start:l.end])
			ds, de, ts := listing.TitledDay(s)
			head, headDay = l.start+len([]rune(s[:ds])), ""
			items = append(items, item{s: sentenceAt(d.runes, head, l.start+len([]rune(s[:de]))), head: -1})
			title := &listEntry{headSent: -1, placeStart: -1}
			items = append(items, item{s: sentenceAt(d.runes, l.start+len([]rune(s[:ts])), l.end), e: title, head: head})
		case kind[i] == 'l' || kind[i] == 'v' || kind[i] == 's':
			items = append(items, item{s: sentenceAt(d.runes, l.start, l.end), head: -1})
		case kind[i] == 'b':
			end := l.end // a block's day alone, the sentence its name's date is read from
			if n := listing.DayPrefix(string(d.runes[l.start:l.end])); n > 0 {
				end = l.start + len([]rune(string(d.runes[l.start:l.end])[:n]))
			}
			items = append(items, item{s: sentenceAt(d.runes, l.start, end), head: -1})
		case kind[i] != 0:
			e := &listEntry{headSent: -1, placeStart: -1, dateOnly: kind[i] == 'd'}
			h := -1
			if kind[i] == 'e' {
				h, e.day = head, headDay
				if h < 0 && titleDay != "" {
					h, e.day = l.start, titleDay // the title's day: the line is its own heading's sentence
				}
			}
			if kind[i] == 'c' {
				if de, es := listing.WeekdayFirst(string(d.runes[l.start:l.end])); es > 0 {
					// "Monday: Cabinet, Government Buildings.": the weekday is the line's heading
					s := string(d.runes[l.start:l.end])
					items = append(items, item{s: sentenceAt(d.runes, l.start, l.start+len([]rune(s[:de]))), head: -1})
					e.day = weekdayFrom(anchor, s[:de])
					h, l = l.start, line{l.start + len([]rune(s[:es])), l.end}
				} else if de, es := listing.DateFirst(string(d.runes[l.start:l.end])); es > 0 {
					// "Mon June 8 - LUXEMBOURG: EU foreign ministers meet": the date is the line's heading
					s := string(d.runes[l.start:l.end])
					items = append(items, item{s: sentenceAt(d.runes, l.start, l.start+len([]rune(s[:de]))), head: -1})
					h, l = l.start, line{l.start + len([]rune(s[:es])), l.end}
				}
			}
			r, isRecord := rec[i]
			e.record = isRecord
			if isRecord && r.date >= 0 {
				h = ls[r.date].start // "Date: Tuesday 16 December 2025" under "Meeting of the Planning Committee"
			}
			start, end := d.entryPrefix(l, e), l.end
			switch {
			case isRecord && r.block:
				e.block = true
				if r.place >= 0 {
					d.blockPlace(ls[r.place], r.place == r.date, e)
				}
			case isRecord && r.place >= 0:
				d.labelPlace(ls[r.place], e)
			}
			if rowEnd, ok := d.tableRow(vs.table, ls[i], start, e); ok {
				end = rowEnd
			} else if e.place == "" && !e.online {
				end = d.entrySuffix(l, start, e)
			}
			if e.place == "" && !e.online && i+1 < len(ls) && kind[i+1] == 'e' && clockLed(string(d.runes[l.start:l.end])) {
				if v := ls[i+1]; itineraryVenue(string(d.runes[v.start:v.end])) {
					e.place, e.placeRule, e.placeStart, e.placeEnd = string(d.runes[v.start:v.end]), RuleListingVenueLine, v.start, v.end // "8:30 a.m. The Prime Minister will meet ..." over "Palacio de Gobierno"
				}
			}
			if v, ok := vs.heads[i]; ok && e.place == "" && !e.online {
				e.place, e.placeRule, e.placeStart, e.placeEnd = v.place, RuleListingHeadVenue, v.start, v.end
			}
			if kind[i] == 'e' && e.place == "" && !e.online {
				e.headCity = headCity // "Eurogroup, 15.00." under "Thursday 6 November, Brussels"
			}
			e.useShared(vs.shared)
			items = append(items, item{s: sentenceAt(d.runes, start, end), e: e, head: h})
		case resplit[i]:
			for _, x := range sentences.Split(string(d.runes[l.start:l.end])) {
				x.Start += l.start
				x.End += l.start
				items = append(items, item{s: x, head: -1})
			}
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].s.Start < items[b].s.Start })
	// A plain sentence inside a line that a sentence running over a listing
	// line made split again comes twice, as itself and from the split: keep
	// one, since sentences must not overlap (the gap between two would be a
	// slice running backwards).
	kept := items[:0]
	for _, it := range items {
		if n := len(kept); n > 0 && it.s.Start < kept[n-1].s.End {
			continue
		}
		kept = append(kept, it)
	}
	items = kept
	out := make([]sentences.Sentence, len(items))
	at := map[int]int{}
	entries := map[int]*listEntry{}
	para := 0
	for i, it := range items {
		if i > 0 && strings.Contains(string(d.runes[items[i-1].s.End:it.s.Start]), "\n\n") {
			para++
		}
		it.s.Paragraph = para
		out[i] = it.s
		at[it.s.Start] = i
	}
	for i, it := range items {
		if it.e == nil {
			continue
		}
		if it.head >= 0 {
			it.e.headSent = at[it.head]
		}
		entries[i] = it.e
	}
	return out, entries
}

func sentenceAt(runes []rune, start, end int) sentences.Sentence {
	return sentences.Sentence{Text: string(runes[start:end]), Start: start, End: end}
}

// listingFields gives the mentions of sentence si, when it is a listing
// line, the day of its heading, its end and its place.
func (d *doc) listingFields(si int, ms []*mention) []*mention {
	e := d.entries[si]
	if e == nil {
		return ms
	}
	online := e.online
	for k, t := range d.toks[si] {
		switch t.lower {
		case "postponed", "cancelled", "canceled", "suspended", "deferred":
			if d.movedTo(si, k) {
				return ms // "... previously scheduled for today, has been postponed to Tuesday, November 25": reschedule gives its new day
			}
			return nil // "BRUSSELS - EU-China summit (postponed).": no meeting that day
		}
		online = online || remoteAt(d.toks[si], k) // "VIENNA: OPEC+ ministers hold online meeting."
	}
	var first, last string
	dated := e.headSent >= 0 && len(d.dates[e.headSent]) > 0
	switch {
	case e.headSent >= 0 && e.day != "":
		first, dated = e.day, true // "Monday" in a week's diary
	case e.headSent >= 0:
		first, last = headingDay(d.sents[e.headSent].Text, d.ref) // once per line, not per mention
		dated = dated || first != ""                              // "23.04.2026", which timex reads as a year
	}
	for _, m := range ms {
		if dated && !d.ownDate(si, m) && !m.anaphoric {
			if first == "" {
				continue
			}
			h := d.sents[e.headSent]
			x := dateSpan{start: h.Start, end: h.End, dir: 1}
			if len(d.dates[e.headSent]) > 0 {
				x = d.dates[e.headSent][0]
			}
			x.tokStart, x.tokEnd = 0, 0
			x.date, x.value, x.prec, x.endDate = first, first, briefs.PrecisionDay, last
			if toks := d.toks[si]; len(toks) > 0 && toks[0].cap && pastOpeners[toks[0].lower] {
				x.dir = -1 // "14:00 Attended a meeting of the National Security Council.": done on the heading's day
			}
			m.date = &x
			m.by(FieldDate, RuleListingDay, d.sents[e.headSent].Start, d.sents[e.headSent].End)
			d.listingUntil(si, m)
		}
		if e.company != "" && m.owner == "" {
			m.owner = e.company // "Halden Brewing - general meeting to approve the merger": the company's meeting
		}
		switch {
		case online:
			m.place, m.placeAt = "", -1
			m.online = true
			m.by(FieldPlace, RuleListingOnline, d.sents[si].Start, d.sents[si].Start)
		case e.place != "":
			m.place, m.placeAt = e.place, -1
			m.by(FieldPlace, e.placeRule, e.placeStart, e.placeEnd)
		case m.place == "" && e.headCity.end > e.headCity.start:
			m.place, m.placeAt = string(d.runes[e.headCity.start:e.headCity.end]), -1
			m.by(FieldPlace, RuleListingHeadVenue, e.headCity.start, e.headCity.end)
		}
	}
	return ms
}

// movedTo reports a new day after the word at token k that moves a
// line's meeting: "postponed to Tuesday, November 25", "deferred until 3
// March".
func (d *doc) movedTo(si, k int) bool {
	toks := d.toks[si]
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if w := toks[j].lower; w != "to" && w != "until" && w != "till" {
			continue
		}
		for _, x := range d.dates[si] {
			if x.tokStart == j+1 && x.prec == briefs.PrecisionDay {
				return true
			}
		}
	}
	return false
}

// ownDate reports a mention under a day heading whose own sentence dates
// it: a calendar day ("will hold a meeting on Thursday, 26 February" under
// a notice's "Tuesday, 24 February 2026"), a week or a month ("last met in
// October"), not the end of a range ("(to 3 July)"), a bare weekday
// ("(until Friday)") or a year ("the budget plans for 2026"). A heading
// over prose is the page's date; a diary's line has no date of its own.
func (d *doc) ownDate(si int, m *mention) bool {
	x := m.date
	if x == nil || x.bare || x.tokEnd <= x.tokStart {
		return false
	}
	toks := d.toks[si]
	switch lowerAt(toks, x.tokStart-1) {
	case "to", "until", "till", "through", "-", "–":
		return false
	}
	switch x.prec {
	case briefs.PrecisionMonth, briefs.PrecisionWeek:
		switch lowerAt(toks, x.tokStart-1) {
		case "in", "during", "on":
			return true // "last met in October" (not "meet to decide August output levels")
		}
		switch toks[x.tokStart].lower {
		case "last", "next", "this", "early", "late", "mid":
			return true
		}
	case briefs.PrecisionDay:
		if lowerAt(toks, x.tokStart-1) == "on" {
			return true // "will hold a meeting ... on Thursday, 26 February"
		}
		for k := x.tokStart; k < x.tokEnd; k++ {
			if _, month := monthNames[toks[k].lower]; month || toks[k].num {
				return true
			}
		}
	}
	return false
}

// listingUntil reads "(to 3 July)", "(until Friday)", "to 3 July" in a
// listing line: the meeting's last day, a weekday counted from its first.
func (d *doc) listingUntil(si int, m *mention) {
	toks := d.toks[si]
	for _, x := range d.dates[si] {
		if x.prec != briefs.PrecisionDay || x.tokStart == 0 {
			continue
		}
		switch lowerAt(toks, x.tokStart-1) {
		case "to", "until", "till", "through", "-", "–":
		default:
			continue
		}
		end := x.date
		if x.tokEnd-x.tokStart == 1 && listing.Weekday(toks[x.tokStart].lower) {
			end = nextWeekday(m.date.date, weekdayNames[toks[x.tokStart].lower]) // "(until Friday)": after the heading's day
		}
		if end > m.date.date {
			y := *m.date
			y.endDate = end
			m.date = &y
			m.by(FieldEndDate, RuleListingUntil, x.start, x.end)
		}
		return
	}
}

// nextWeekday is the first day on or after day (YYYY-MM-DD) that falls on w.
func nextWeekday(day string, w time.Weekday) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	for t.Weekday() != w {
		t = t.AddDate(0, 0, 1)
	}
	return t.Format("2006-01-02")
}

// heldOnline reports a cluster a listing line says is held online.
func heldOnline(c *cluster) bool {
	for _, m := range c.mentions {
		if m.online {
			return true
		}
	}
	return false
}

// entryWithoutSport reports a listing line with no word of sport: a diary
// that lists the Wimbledon championships beside a ministers' meeting does
// not make the meeting a match.
func (d *doc) entryWithoutSport(si int) bool {
	if d.entries[si] == nil {
		return false
	}
	for _, t := range d.toks[si] {
		if sportsWords[t.lower] || gameWords[t.lower] {
			return false
		}
	}
	return true
}

// postedLabel reports a line labelled with the day its notice was put
// out: "Agenda posted: Wednesday, September 4, 2024", "Published: 3
// March 2026", "Notice issued: ...".
func postedLabel(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok || len(label) > 24 {
		return false
	}
	ws := strings.Fields(strings.ToLower(label))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "posted", "published", "issued", "updated", "printed":
		return true
	}
	return false
}

// headingCity is the city a day heading ends with after a comma ("Tuesday
// 4 November, Brussels"; listing.DayThenCity), as rune offsets; empty when
// there is none.
func (d *doc) headingCity(l line) line {
	s := string(d.runes[l.start:l.end])
	city, ok := listing.DayThenCity(s)
	if !ok {
		return line{}
	}
	return line{l.end - len([]rune(city)), l.end}
}

// headingDay reads the day of a heading ("MON 30 JUNE", "Tuesday, March
// 10", "Thursday 12 - Friday 13 March") from its day numbers, month and
// year, the year nearest the reference day when the heading gives none;
// the weekday is not read (timex would take a weekday with no tense as the
// next one: "Monday 17 November" in a diary of the past week). It returns
// the first and the last day, "" when it cannot.
func headingDay(text string, ref time.Time) (first, last string) {
	if strings.ContainsAny(text, ":.") || strings.Contains(text, "m") {
		text = clockTime.ReplaceAllString(text, " ") // "Tuesday, July 7, 2026, 10:00 a.m.": the 10 is no day
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var days []int
	var month time.Month
	year := 0
	for _, w := range words {
		if m, ok := monthNames[w]; ok {
			month = m
			continue
		}
		if yearWord(w) {
			year = atoi(w)
			continue
		}
		if n := atoi(strings.TrimRight(w, "stndrh")); n >= 1 && n <= 31 {
			days = append(days, n)
		}
	}
	if month == 0 && len(words) == 3 && year > 0 && len(days) > 0 && strings.Count(text, ".") == 2 {
		if n := atoi(words[1]); n >= 1 && n <= 12 {
			month, days = time.Month(n), days[:1] // "23.04.2026": day, month, year
		}
	}
	if month == 0 || len(days) == 0 {
		return "", ""
	}
	mk := func(y, d int) time.Time { return time.Date(y, month, d, 0, 0, 0, 0, time.UTC) }
	t := mk(ref.Year(), days[0])
	if year > 0 {
		t = mk(year, days[0])
	} else if t.Sub(ref) > 183*24*time.Hour {
		t = mk(ref.Year()-1, days[0])
	} else if ref.Sub(t) > 183*24*time.Hour {
		t = mk(ref.Year()+1, days[0])
	}
	if t.Day() != days[0] {
		return "", "" // "31 June"
	}
	first, last = t.Format("2006-01-02"), ""
	if n := days[len(days)-1]; n > days[0] {
		last = mk(t.Year(), n).Format("2006-01-02")
	}
	return first, last
}

// clockTime is a time of day in a heading or a date line.
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})? ?[ap]\.?m\b\.?`)

func yearWord(w string) bool { return len(w) == 4 && w >= "1900" && w <= "2100" }

// record is the label lines of a record ("Meeting of the Planning
// Committee" over "Date: ...", "Venue: ..."): the line indices of its
// date and place labels, -1 when it has none.
type record struct {
	date, place int
	block       bool // a block's (blocks.go), not a label's
}

// records finds the title line of each run of label lines (the line just
// above the run) and its date and place labels; the title becomes a
// record's line ('r') when it was a plain line.
func records(runes []rune, ls []line, kind []byte) map[int]record {
	out := map[int]record{}
	for i := 0; i < len(ls); i++ {
		if kind[i] != 'l' || i == 0 || kind[i-1] == 'l' {
			continue
		}
		t := i - 1
		if kind[t] != 0 && kind[t] != 'e' {
			continue
		}
		if above := string(runes[ls[t].start:ls[t].end]); t > 0 && kind[t] == 0 && kind[t-1] == 0 && !meetingWordIn(above) && !bodyWords[strings.ToLower(lastWord(above))] &&
			meetingWordIn(string(runes[ls[t-1].start:ls[t-1].end])) {
			t-- // "BOARD OF TRUSTEES - SPECIAL MEETING" over "RIVERTON UNIFIED SCHOOL DISTRICT": the meeting's line (not over "PLANNING COMMITTEE", a body's own)
		}
		if kind[t] == 0 {
			kind[t] = 'r'
		}
		r := record{date: -1, place: -1}
		for j := i; j < len(ls) && kind[j] == 'l'; j++ {
			label, _, _ := strings.Cut(strings.ToLower(string(runes[ls[j].start:ls[j].end])), ":")
			label, _, _ = strings.Cut(label, " and ") // "Date and time: ..."
			label, _, _ = strings.Cut(label, "/")     // "Date/Time: ..."
			label, _, _ = strings.Cut(label, " &")    // "Date & Time: ..."
			if _, kindWord, ok := strings.Cut(label, " "); ok && (kindWord == "date" || kindWord == "time") {
				label = kindWord // "Hearing Date: ..."
			}
			switch strings.TrimSuffix(label, "s") {
			case "date", "when":
				r.date = j
			case "held": // "Held: Tuesday 3 February 2026, 5pm, Room B14, Riverside Academy"
				r.date, r.place = j, j
			case "venue", "location", "place", "where", "room":
				r.place = j
			}
		}
		out[t] = r
	}
	return out
}

// datedLabel reports a record's label line that dates it with a day:
// "Held: Tuesday 3 February 2026, 5pm, Room B14", "Date: 16 December 2025".
func datedLabel(s string) bool {
	label, rest, _ := strings.Cut(s, ":")
	switch strings.ToLower(strings.Fields(label)[0]) {
	case "date", "when", "held":
	default:
		return false
	}
	day := ""
	for i, seg := range strings.Split(strings.TrimSpace(rest), ", ") {
		seg, _, _ = strings.Cut(seg, " at ") // "Thursday, March 12, 2026 at 6:00 p.m."
		if i > 0 {
			seg = day + ", " + seg
		}
		if !listing.DateLine(seg) {
			break
		}
		day = seg
	}
	return day != ""
}

// numberedDate reports a calendar's numbered or annotated date line
// (listing.NumberedDate).
func numberedDate(s string) bool {
	_, end := listing.NumberedDate(s)
	return end > 0
}

// titledDayHead reports line i as a programme's day line with its title
// ("Monday 29 September – Senior Officials' Meeting", "Day 1, Monday 10
// November — Technical sessions") over lines that open with their clock
// times: the day's heading, its title an entry of the day.
func (d *doc) titledDayHead(ls []line, i int) bool {
	if ls[i].end <= d.dlEnd || i+1 >= len(ls) || !d.sameParagraph(ls[i], ls[i+1]) {
		return false
	}
	if _, _, ts := listing.TitledDay(string(d.runes[ls[i].start:ls[i].end])); ts == 0 {
		return false
	}
	return entryTime.MatchString(string(d.runes[ls[i+1].start:ls[i+1].end]))
}
