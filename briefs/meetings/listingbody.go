package meetings

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/listing"
)

// A listing line's body and verb: a body's name alone on its line, a
// headline's meeting verb, and a list of dates under the sentence naming
// the meetings (rules listing.body-line, listing.headline-verb,
// listing.date-list).

// bodyLine reads a listing line under a day heading, or a calendar's dated
// line, that is only a body's name, its place or end after it: "Foreign
// Affairs Council, Brussels", "World Health Assembly (to May 27).",
// "European Council", "Planning Commission - Thursday, March 12, 2026, 7
// p.m., Council Chambers". It returns the
// token after the name, where the body's meeting is told (the line has no
// meeting word), or -1.
func (d *doc) bodyLine(si int) int {
	e := d.entries[si]
	if e == nil || e.dateOnly || e.headSent < 0 && len(d.dates[si]) == 0 {
		return -1 // neither under a heading nor a calendar's dated line ("Planning Commission - Thursday, March 12, 2026, 7 p.m.")
	}
	toks := d.toks[si]
	c, ok := d.listedBody(si)
	if !ok || !listedBodies[toks[c.end-1].lower] && !bodyOfName(toks, c) || programmeStep(toks, c) {
		return -1
	}
	end := c.end
	if _, meeting := meetingNouns[lowerAt(toks, end)]; (meeting || lowerAt(toks, end) == "plenary") && !toks[end].cap {
		end++ // "North South Ministerial Council plenary, Armagh."
	}
	if end == len(toks) {
		return end - 1 // "Economic Affairs Committee" alone: the name's last word tells the meeting
	}
	switch toks[end].lower {
	case ",", "(", ".", ":", ";", "-", "–", "|":
		return end // "Foreign Affairs Council, Brussels", "Audit Committee | Committee Room 2"
	}
	return -1
}

// listedBody is the body a listing line opens with (lineBody), or one
// written in sentence case (sentenceCaseBody) where the line's first name
// is one capitalised word before lower-case ones.
func (d *doc) listedBody(si int) (chunk, bool) {
	toks := d.toks[si]
	c, ok := d.lineBody(si)
	if ok && c.end-c.start == 1 && c.end < len(toks) && toks[c.end].word && !toks[c.end].cap {
		if s, ok := sentenceCaseBody(toks); ok {
			return s, true // "Departmental management board", "Cabinet committee on economic policy, Government Buildings"
		}
	}
	return c, ok
}

// sentenceCaseBody reads a body's name written in sentence case at a
// line's start: a capitalised first word, then lower-case words up to a
// body's word ("Departmental management board"), with its remit after
// "on" ("Cabinet committee on economic policy") up to the line's next
// mark; ok is false when the line opens with no such name.
func sentenceCaseBody(toks []token) (chunk, bool) {
	if len(toks) < 2 || !toks[0].cap || !toks[0].word || determiners[toks[0].lower] {
		return chunk{}, false
	}
	for j := 1; j < len(toks) && j <= 4 && toks[j].word && !toks[j].cap; j++ {
		if !sentenceCaseBodies[toks[j].lower] {
			continue
		}
		end := j + 1
		if lowerAt(toks, end) == "on" {
			for end++; end < len(toks) && toks[end].word && !toks[end].cap; end++ {
			}
		}
		if end < len(toks) && toks[end].word {
			return chunk{}, false // prose goes on: "Cabinet committee members will travel"
		}
		return chunk{start: 0, end: end, text: sliceTextTok(toks, 0, end)}, true
	}
	return chunk{}, false
}

// sentenceCaseBodies are the institutions' words sentenceCaseBody reads:
// not a "Press conference" or a "Ministerial panel" of a programme.
var sentenceCaseBodies = map[string]bool{"committee": true, "subcommittee": true, "council": true, "board": true, "commission": true, "cabinet": true}

// pastOpeners open a diary's item told in the past with no subject.
var pastOpeners = map[string]bool{"met": true, "attended": true, "received": true, "called": true, "held": true,
	"hosted": true, "chaired": true, "visited": true, "had": true, "joined": true}

// namesDay reports a line with a weekday or a month among its words.
func namesDay(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, month := monthNames[w]; month || listing.Weekday(w) {
			return true
		}
	}
	return false
}

// bodyTail lengthens a body's name that the names split at a small word:
// "Senate Committee on Ways" and "Means", "Board of Governors" of "the
// Central Bank of Malta", "Agriculture and Agri-Food".
func (d *doc) bodyTail(si int, c chunk) chunk {
	toks := d.toks[si]
	if !bodyOfName(toks, c) && !listedBodies[toks[c.end-1].lower] {
		return c
	}
	end := c.end
	for end+1 < len(toks) {
		k := end
		switch toks[k].lower {
		case "and", "&":
			k++
		case "-":
			if at := toks[k].start; at > 0 && d.runes[at-1] == ' ' {
				k = -1 // "Planning Commission - Thursday, ...": a field's dash, not "Agri-Food"
				break
			}
			k++
		case "of":
			k++
			if lowerAt(toks, k) == "the" {
				k++
			}
		default:
			k = -1
		}
		if k < 0 || k >= len(toks) || !toks[k].cap || !toks[k].word {
			break
		}
		for k < len(toks) && toks[k].cap && toks[k].word {
			k++
		}
		end = k
	}
	if end == c.end {
		return c
	}
	return chunk{start: c.start, end: end, text: sliceText(d.runes, toks[c.start].start, toks[end-1].end)}
}

// programmeStep reports a programme's step named like a body: "Close of
// Forum", "Opening of the Conference", "Panel 1: Blended finance",
// "Panel: Copper supply" (a programme's panel is a session of the forum,
// not a body that meets).
func programmeStep(toks []token, c chunk) bool {
	switch toks[c.start].lower {
	case "close", "closing", "opening", "end", "start":
		return lowerAt(toks, c.start+1) == "of"
	case "panel":
		return c.start+1 < len(toks) && (toks[c.start+1].num || toks[c.start+1].lower == ":") // "Panel 1: ...", "Panel: Copper supply"
	}
	return false
}

// bodyOfName reports a name whose body's word takes a complement:
// "Committee on Foreign Affairs", "Standing Committee on Finance",
// "Subcommittee on Human Rights", "Board of Trustees", "Council for
// Education".
func bodyOfName(toks []token, c chunk) bool {
	for k := c.start; k+2 < c.end; k++ {
		if !listedBodies[toks[k].lower] {
			continue
		}
		switch toks[k+1].lower {
		case "on", "of", "for":
			return true
		}
	}
	return false
}

// lineBody is the name that opens listing line si: its first capitalised
// name, or a body's one word the names leave out ("Cabinet, Government
// Buildings.", "11:00 Cabinet").
func (d *doc) lineBody(si int) (chunk, bool) {
	toks := d.toks[si]
	if cs := d.chunks(si); len(cs) > 0 && cs[0].start == 0 {
		return d.bodyTail(si, cs[0]), true
	} else if len(cs) > 0 && cs[0].start == 1 && toks[0].cap && toks[0].word && !toks[0].num {
		c := cs[0] // "Full Parish Council: 14 January, ...": the names leave out the line's first word
		return chunk{start: 0, end: c.end, text: sliceText(d.runes, toks[0].start, toks[c.end-1].end)}, true
	}
	if len(toks) > 0 && toks[0].cap && listedBodies[toks[0].lower] {
		return chunk{start: 0, end: 1, text: toks[0].text}, true
	}
	return chunk{}, false
}

// headlineVerbs are the meeting verbs a listing line writes in the
// headline present, its subject before and nothing after: "Euro zone
// finance ministers meet (Eurogroup).", "WTO General Council meets (to
// Nov 19)."
var headlineVerbs = map[string]bool{
	"meet": true, "meets": true, "convene": true, "convenes": true, "gather": true, "gathers": true,
	"reconvene": true, "reconvenes": true, "confer": true,
}

// entryVerb finds the verb of a listing line told as a headline (rule
// listing.headline-verb): a meeting verb in lower case after a word of its
// subject that ends its clause ("meet.", "meets (to Nov 19)", "meet,"),
// which in prose would be no meeting ("targets they failed to meet."). It
// returns -1 for a line that is no listing entry.
func (d *doc) entryVerb(si int) int {
	if e := d.entries[si]; e == nil || e.dateOnly {
		return -1
	}
	toks := d.toks[si]
	for i := 1; i < len(toks); i++ {
		if !headlineVerbs[toks[i].lower] || toks[i].cap || !toks[i-1].word || toks[i-1].lower == "to" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].word {
			continue // "meet the press": isMeetingVerb's to judge
		}
		return i
	}
	return -1
}

// listedBodies end the name of a body whose sitting a schedule lists by
// the name alone.
var listedBodies = map[string]bool{
	"council": true, "assembly": true, "committee": true, "commission": true, "board": true, "forum": true,
	"eurogroup": true, "ecofin": true, "parliament": true, "senate": true, "congress": true, "cabinet": true,
	"plenary": true, "subcommittee": true, "conference": true, "summit": true, "meeting": true, "panel": true,
}

// dateList gives each line of a list of dates ("27-28 January" under "The
// Executive Board will hold its monetary policy meetings on the following
// dates in 2026.") a meeting of the kind the sentence before the list
// names (rule listing.date-list).
func (d *doc) dateList() {
	listed, lines := map[*mention]bool{}, map[int]bool{}
	prev := map[*mention]string{} // the day each lead's list gave last
	for si := range d.sents {
		e := d.entries[si]
		if e == nil || !e.dateOnly {
			continue
		}
		lead := d.listLead(si)
		if lead == nil {
			continue
		}
		first, last := d.listDays(si, lead, prev[lead])
		if first == "" {
			continue
		}
		prev[lead] = first
		d.mentions = append(d.mentions, d.listMention(si, lead, first, last))
		listed[lead], lines[si] = true, true
	}
	if len(listed) == 0 {
		return
	}
	out := d.mentions[:0]
	for _, m := range d.mentions {
		if !listed[m] && (!lines[m.sent] || m.listed) {
			out = append(out, m) // the list stands for the sentence's "meetings"; "Meeting 3:" only numbers a line of it
		}
	}
	d.mentions = out
}

// listDays reads list line si's first and last day (YYYY-MM-DD; last ""
// for one day), "" when it gives none. A line with no year takes its lead's
// ("in 2026"), and runs forward from the list's line before it, whose day
// was prev: "Meeting 6: Tuesday 24 – Wednesday 25 November" after "Meeting
// 5: ... 30 September" is in the same year, not the November before.
func (d *doc) listDays(si int, lead *mention, prev string) (first, last string) {
	text := d.sents[si].Text
	if a, b := listing.NumberedDate(text); b > 0 {
		text = text[a:b] // "41st | Tuesday 2 February - Wednesday 3 February 2027 | ...": the date cell
	}
	if y := leadYear(d.sents[lead.sent].Text); y != "" && !hasYearWord(text) {
		text += " " + y // "will hold its meetings on the following dates in 2026:" over "Tuesday 21 and Wednesday 22 July"
	}
	first, last = headingDay(text, d.ref) // timex may read "January\n17" as one date
	if first != "" && prev != "" && first < prev && !hasYearWord(text) {
		moved := nextYearAfter(first, prev)
		if last != "" {
			last = nextYearAfter(last, moved)
		}
		first = moved
	}
	return first, last
}

// listMention is the meeting list line si gives lead's kind on days first
// to last: lead's title and parties, the line's date, and the place the
// line's table cell, the lead or the lead window names.
func (d *doc) listMention(si int, lead *mention, first, last string) *mention {
	e := d.entries[si]
	c := lead.clone()
	s := d.sents[si]
	c.date = &dateSpan{start: s.Start, end: s.End, value: first, date: first, endDate: last, prec: briefs.PrecisionDay, dir: 1}
	c.anaphoric, c.listed = false, true
	c.by(FieldDate, RuleListingDates, s.Start, s.End)
	if c.place == "" {
		if v, at := d.listVenue(si); v != "" {
			c.place, c.placeAt = v, -1 // "Each meeting will be held over three days at the Bank's head office in Accra."
			c.by(FieldPlace, RuleListingShared, at, at+len([]rune(v)))
		}
	}
	if e.place != "" && e.placeRule == RuleListingTableVenue {
		c.place, c.placeAt = e.place, -1 // "No. 3 | Tuesday, 20 July 2027 | Regional Office, Kisumu"
		c.by(FieldPlace, RuleListingTableVenue, e.placeStart, e.placeEnd)
	}
	if e.place != "" && e.placeRule == RuleListingPrefix {
		c.place, c.placeAt = e.place, -1 // "- Kitwe: Wednesday 14 May 2025, Garden Court Hotel, 09:00 hours"
		if venue, ok := dateVenue(s.Text); ok && venue != "" {
			c.place = venue + ", " + e.place
		}
		c.by(FieldPlace, RuleListingPlaceDate, e.placeStart, e.placeEnd)
	}
	if last != "" {
		c.by(FieldEndDate, RuleListingDates, s.Start, s.End)
	}
	return c
}

// leadYear is the one year a list's lead sentence names ("on the
// following dates in 2026"), "" when it names none or several.
func leadYear(s string) string {
	year := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if yearWord(w) {
			if year != "" && year != w {
				return ""
			}
			year = w
		}
	}
	return year
}

// hasYearWord reports a line that names a year of its own.
func hasYearWord(s string) bool {
	return leadYear(s) != ""
}

// listLead is the mention a list of dates belongs to, in the nearest of
// the leadWindow sentences before the list (a table's header row not
// counted) that has one: a plural meeting noun ("its monetary policy
// meetings", "All meetings take place at the Bank's headquarters"), a
// body's habitual meeting verb ("The Planning Board meets on the first
// Thursday of the month"), or any mention of a sentence that announces the
// list ("on the following dates", a closing colon).
func (d *doc) listLead(si int) *mention {
	k := si - 1
	for k >= 0 && d.listLine(k) {
		k--
	}
	window := 2
	if d.listRun(si) >= 2 {
		window = leadWindow // not a letter's closing "New Delhi" over "March 07, 2025"
	}
	for n := 0; k >= 0 && n < window; k-- {
		if d.headerRow(k) {
			continue // "Meeting | Dates | Decision announced" over the rows
		}
		n++
		text := strings.ToLower(d.sents[k].Text)
		announces := strings.Contains(text, "following dates") || strings.Contains(text, "the following") || strings.HasSuffix(text, ":")
		for _, m := range d.mentions {
			if m.sent != k {
				continue
			}
			w := d.toks[k][m.trig].lower
			if announces || strings.HasSuffix(w, "s") && w != "talks" && (!m.verb || habitualVerbs[w]) {
				return m // "will meet on the following dates in 2027:" announces its list by its verb
			}
		}
	}
	return nil
}

// listVenue is the place a sentence of the lead window before list line
// si gives all the list's meetings, "All meetings will be held at the
// Bank's head office in Port Alder.", "Each meeting lasts two days in the
// Bank's head office in Chisinau", with its rune offset; "", 0 when none.
func (d *doc) listVenue(si int) (string, int) {
	for k, n := si-1, 0; k >= 0 && n < leadWindow; k-- {
		if d.listLine(k) || d.headerRow(k) {
			continue
		}
		n++
		s := d.sents[k]
		if !allRows.MatchString(s.Text) && !eachMeeting.MatchString(s.Text) {
			continue
		}
		if m := venueAt.FindStringSubmatchIndex(s.Text); m != nil {
			if v := venueName(s.Text[m[2]:m[3]]); v != "" {
				return v, s.Start + len([]rune(s.Text[:m[2]]))
			}
		}
	}
	return "", 0
}

// eachMeeting speaks for every meeting of a calendar: "Each meeting will
// be held over three days ...".
var eachMeeting = regexp.MustCompile(`(?i)\beach (?:meeting|session|sitting)\b`)

// leadWindow is how many sentences before a list of dates of two lines or
// more may name what it lists: a calendar's lead paragraph of two or three
// sentences and its heading. A single date line looks two sentences back.
const leadWindow = 4

// listRun is how many list lines run together around list line si.
func (d *doc) listRun(si int) int {
	a, b := si, si+1
	for a > 0 && d.listLine(a-1) {
		a--
	}
	for b < len(d.sents) && d.listLine(b) {
		b++
	}
	return b - a
}

// listLine reports sentence k as a line of a list of dates: one that dates
// a meeting, or one that calls its day's meeting off ("• Thursday 5 March
// (cancelled)").
func (d *doc) listLine(k int) bool {
	e := d.entries[k]
	return e != nil && e.dateOnly || listing.DroppedDate(d.sents[k].Text)
}

// habitualVerbs say a body meets as a habit, whose dates a list then gives.
var habitualVerbs = map[string]bool{"meets": true, "sits": true, "convenes": true}

// headerRow reports sentence k as a table's header row: "Meeting | Dates |
// Decision announced".
func (d *doc) headerRow(k int) bool {
	return d.isTableRow(k) && headerCells(strings.Split(d.sents[k].Text, " | "))
}

// bodyMention makes the mention of a body's line (bodyLine) name the body:
// its kind's rule, its title and the body as its party.
func (d *doc) bodyMention(si int, m *mention) {
	toks := d.toks[si]
	c, _ := d.listedBody(si)
	m.byTokens(FieldKind, RuleListingBody, toks, c.start, c.end)
	if m.title == "" || c.end > m.trig {
		m.title = c.text + " meeting"
		m.byTokens(FieldTitle, RuleListingBody, toks, c.start, c.end)
	}
	m.nameChunk(toks, c, RuleListingBody)
}

// nameChunk adds chunk c of the mention's sentence to its parties under rule
// r, unless it names it already.
func (m *mention) nameChunk(toks []token, c chunk, r Rule) {
	if slices.Contains(m.named, c.text) {
		return
	}
	m.addNamed(c.start, c.text)
	m.byName(c.text, r, toks[c.start].start, toks[c.end-1].end)
}
