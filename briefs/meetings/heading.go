package meetings

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// Minutes and notices name their body once, in their heading ("MINUTES OF
// THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON ...",
// "Hollybrook Community Trust" over "Minutes of the Trustees' meeting"),
// and then speak of "the meeting held on 21 January" and "the next
// meeting" with no party of their own. Such a bare meeting is the heading
// body's (rule parties.heading-body). A wire story, which has a dateline,
// names its parties in its sentences: the rule reads only texts without one.

// RulePartyHeading names the body of a notice's heading as the party of a
// bare meeting of its text.
const RulePartyHeading Rule = "parties.heading-body"

// headingOrgWords end the name of an organisation a notice's heading may
// name, beside the bodies a schedule lists (listedBodies).
var headingOrgWords = map[string]bool{
	"trust": true, "union": true, "branch": true, "local": true, "society": true, "association": true,
	"club": true, "federation": true, "confederation": true, "foundation": true, "authority": true, "corporation": true, "panel": true,
	"trustees": true, "directors": true, "governors": true, "cooperative": true, "co-operative": true,
}

// headingBody is the body a notice's heading names: a body party of a
// meeting told in its first paragraph, else a body's name on one of its
// lines; "" for a text with a dateline or no such heading.
func (d *doc) headingBody() string {
	if !d.scanned {
		return d.findHeadingBody() // its first reader looks at the mentions found so far
	}
	if d.heading == nil {
		h := d.findHeadingBody()
		d.heading = &h
	}
	return *d.heading
}

// findHeadingBody is headingBody, worked out.
func (d *doc) findHeadingBody() string {
	if d.dlEnd > 0 || len(d.sents) == 0 {
		return ""
	}
	for _, m := range d.mentions {
		if d.sents[m.sent].Paragraph > 0 {
			break
		}
		for _, n := range append(append([]string{m.owner}, m.named...), m.nameOrgs...) {
			if headingOrg(n) {
				return n
			}
		}
	}
	first := ""
	for si := 0; si < len(d.sents) && si < 4 && (d.sents[si].Paragraph == 0 || first != "" && d.shortLine(si)); si++ { // "MILLBROOK DISTRICT COUNCIL / NOTICE OF MEETING / Planning Committee": short heading lines, a paragraph each
		for _, c := range d.chunks(si) {
			if !headingOrg(c.text) {
				continue
			}
			if first != "" && committeeName(c.text) && !committeeName(first) {
				return c.text // "PARLIAMENT OF KENYA - THE NATIONAL ASSEMBLY" over "DEPARTMENTAL COMMITTEE ON AGRICULTURE": the committee sits
			}
			if first == "" {
				first = c.text
			}
		}
	}
	if first != "" {
		return first
	}
	for _, part := range titleParts.Split(d.briefTitle, -1) {
		if t := strings.TrimSpace(part); headingOrg(t) && onlyName(t) {
			return t // the heading line ingest took as a text file's title: "UCU Northfield Branch - circular to members"
		}
	}
	if m := meetingOfBody.FindStringSubmatch(d.briefTitle); m != nil {
		return m[1] // "MINUTES OF THE MEETING OF THE AUDIT COMMITTEE HELD ON ...", taken as the title
	}
	return ""
}

// meetingOfBody is a minutes' or a notice's title naming the body whose
// meeting it records: "Minutes of the meeting of the Audit and Governance
// Committee held on ...", in capitals or not.
var meetingOfBody = regexp.MustCompile(`(?i)\bmeeting of the ((?:[A-Z][\w'’&-]* (?:(?:and|of|for|on) )?){0,6}(?:committee|council|board|commission|panel|trust|branch|association|society|authority|trustees|directors|governors))\b`)

// titleParts divide a heading line into its parts: "Body - what it is".
var titleParts = regexp.MustCompile(` [-–—|] |: |, `)

// headingOrg reports the name of a body or an organisation: two words or
// more, the last a body's ("Audit and Governance Committee", "Hollybrook
// Community Trust", "Riverside Branch") or a company's; not a meeting's
// name ("Regular Meeting").
func headingOrg(n string) bool {
	ws := strings.Fields(strings.ToLower(n))
	if len(ws) < 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,:;'’")
	if len(ws) > 2 && ws[len(ws)-2] == "local" && atoi(last) > 0 {
		last = "local" // "Unifor Local 222"
	}
	if _, meeting := meetingNouns[last]; meeting {
		return false
	}
	if listedBodies[last] || headingOrgWords[last] || corporateName(n) {
		return true
	}
	for i := 0; i+2 < len(ws) && i < 3; i++ {
		if listedBodies[ws[i]] && (ws[i+1] == "on" || ws[i+1] == "of" || ws[i+1] == "for") && onlyName(n) {
			return true // "Committee on Fisheries", "Board of Trustees", "Standing Committee on Finance"
		}
	}
	return len(ws) >= 3 && (ws[0] == "central" || ws[0] == "bank" || ws[1] == "bank") && strings.Contains(strings.Join(ws, " "), "bank") && onlyName(n) // "Central Bank of Corvania", "Bank of Valdoria"
}

// committeeName reports a committee's, a subcommittee's or a panel's name
// ("DEPARTMENTAL COMMITTEE ON AGRICULTURE", "Committee on Estimates"):
// a body that sits under the house a heading names first.
func committeeName(n string) bool {
	for _, w := range strings.Fields(strings.ToLower(n)) {
		switch w {
		case "committee", "subcommittee", "sub-committee", "panel":
			return true
		}
	}
	return false
}

// fieldStarts end a line's field: the word after one opens the next
// field with a capital ("January 28-29 | Monetary policy meeting").
var fieldStarts = map[string]bool{"|": true, ":": true, "-": true, "–": true, "—": true}

// bareMeeting reports a cluster told only by a bare meeting noun, with no
// name of its own: "the meeting held on 21 January", "The next meeting
// will be held on ...", "Next meeting: Tuesday 10 March".
func (d *doc) bareMeeting(c *cluster) bool {
	for _, m := range c.mentions {
		if m.verb {
			return false
		}
		toks := d.toks[m.sent]
		for k := m.nameStart; k < m.nameEnd && k < len(toks); k++ {
			if toks[k].lower == "no" && (lowerAt(toks, k+1) == "." || k+1 < len(toks) && toks[k+1].num) {
				continue // "Meeting No. 158": a number, not a name
			}
			if k > 0 && k != m.trig && toks[k].cap && toks[k].word && !fieldStarts[toks[k-1].lower] && !generalMeetingWords[toks[k].lower] {
				return false // "the Audit Committee meeting": named (a line's first word is not: "Branch meeting: ...")
			}
		}
	}
	return len(c.mentions) > 0
}

// generalMeetingWords name a general meeting's kind, no body: "This year's
// Annual General Meeting" under "RIVERSIDE ROWING CLUB" is the club's.
var generalMeetingWords = map[string]bool{"annual": true, "general": true, "extraordinary": true, "special": true, "ordinary": true, "emergency": true, "regular": true}

// headingNounMeeting reports a cluster named by the bare noun of the body
// its notice's heading names, with modifiers only: "the Ordinary Council
// Meeting held on 12 February" under "PORT ALDEN CITY COUNCIL".
func (d *doc) headingNounMeeting(c *cluster) bool {
	h := d.headingBody()
	if h == "" {
		return false
	}
	noun := strings.ToLower(lastWord(h))
	for _, m := range c.mentions {
		if m.verb || m.title == "" {
			return false
		}
		has := false
		for _, w := range strings.Fields(strings.ToLower(m.title)) {
			_, meeting := meetingNouns[w]
			switch {
			case w == noun:
				has = true
			case !meeting && !sessionModifiers[w] && w != "next":
				return false
			}
		}
		if !has {
			return false
		}
	}
	return len(c.mentions) > 0
}

// scheduleBody is the body a sentence before si names as the one whose
// meetings follow: "The Bank announces the schedule of Monetary Policy
// Committee (MPC) meetings for 2026" over "Meeting 1: 10-11 February 2026";
// "" when none of the three sentences before does.
func (d *doc) scheduleBody(si int) string {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		toks := d.toks[s]
		for _, c := range d.chunks(s) {
			k := c.end
			if lowerAt(toks, k) == "(" && lowerAt(toks, k+2) == ")" {
				k += 3 // "(MPC)"
			}
			if pluralHeads[lowerAt(toks, k)] && isBody(c.text) {
				return c.text
			}
		}
	}
	return ""
}

// pluralHeads are the plural meeting nouns a schedule's title names its
// rows by: "Scrutiny meetings in November", "Select committee meetings,
// week beginning 16 March 2026".
var pluralHeads = map[string]bool{"meetings": true, "sessions": true, "hearings": true, "sittings": true}

// scheduleTitleLine reports a listing's title line that names its rows by
// a plural meeting noun, which is no meeting of its own: a line of its own
// with no verb and no final stop, dated by no day or by its week's start
// only ("week beginning 16 March 2026") (rule listing.day-heading: the rows
// are the meetings). The line is read alone when ingest joined it to the
// heading lines around it ("HOUSE OF COMMONS" over "SELECT COMMITTEE
// MEETINGS - WEEK COMMENCING MONDAY 2 JUNE 2025" over "Published Sunday 1
// June 2025.").
func (d *doc) scheduleTitleLine(si, h int) bool {
	toks := d.toks[si]
	if d.entries != nil && d.entries[si] != nil || !pluralHeads[toks[h].lower] {
		return false
	}
	a, b := d.lineOf(si, h)
	if b-a > 14 {
		return false
	}
	text := sliceText(d.runes, toks[a].start, toks[b-1].end)
	if d.entries == nil && !weekStart.MatchString(text) {
		return false // no listing: only a week's title ("Select committee meetings, week beginning 9 March 2026") over prose-like rows
	}
	end := toks[b-1].end
	if end < len(d.runes) && d.runes[end] != '\n' || strings.HasSuffix(text, ".") || strings.Contains(text, ":") {
		return false // a sentence of prose, or a list after its colon
	}
	for _, t := range toks[a:b] {
		if auxiliaries[t.lower] || headlineVerbs[t.lower] || t.lower == "held" {
			return false
		}
	}
	for _, x := range d.dates[si] {
		if x.tokStart >= a && x.tokEnd <= b && x.prec == briefs.PrecisionDay && !weekStart.MatchString(text) {
			return false
		}
	}
	return true
}

// lineOf is the token range of the line of sentence si that holds token h.
func (d *doc) lineOf(si, h int) (a, b int) {
	toks := d.toks[si]
	a, b = h, h+1
	for a > 0 && !slices.Contains(d.runes[toks[a-1].end:toks[a].start], '\n') {
		a--
	}
	for b < len(toks) && !slices.Contains(d.runes[toks[b-1].end:toks[b].start], '\n') {
		b++
	}
	return a, b
}

// A diary, a public schedule or a first-person readout names its owner in
// its heading ("Secretary of State Ed Harland: ministerial diary", "A note
// from Ambassador Ingrid Falk", "Mayor Daniela Lopez - Public Schedule for
// ...", "From the High Commissioner's desk - Ruth Mbeki") and then tells
// the owner's meetings with no subject ("Meeting with Hiroshi Tanaka",
// "Called on the Speaker ...") or in the first person ("Today I met with
// the Foreign Minister of Ghana"). The owner takes part in them (rule
// parties.diary-owner).

// RulePartyDiaryOwner names a diary's or a readout's owner as a party of the
// meetings it tells with no subject or in the first person.
const RulePartyDiaryOwner Rule = "parties.diary-owner"

// ownerWords are the words of a heading line that presents its text as
// one person's, lower-cased; ownerHeading looks for them before it runs
// ownerLine, which costs 10-15 µs on a wire story's first paragraph.
var ownerWords = []string{"diary", "schedule", "engagements", "programme", "timetable", "itinerary", "my week", "note from", "desk", "blog", "agenda"}

// ownerLine matches one of ownerWords as words, in any case.
var ownerLine = regexp.MustCompile(`(?i)\b(?:` + strings.Join(ownerWords, "|") + `)\b`)

// ownerHeading reports a line that ownerLine matches. Only a line holding
// one of ownerWords (or a rune that (?i) folds to an ASCII letter but
// strings.ToLower does not: ſ, the Kelvin sign) can match, so others skip
// the regexp. The two runes are sought as strings: ContainsAny with a
// non-ASCII set decodes every rune of the line, half of this test's
// cost, and neither rune's bytes can start inside another's.
func ownerHeading(l string) bool {
	if !strings.Contains(l, "ſ") && !strings.Contains(l, "\u212a") {
		low := strings.ToLower(l)
		if !slices.ContainsFunc(ownerWords, func(w string) bool { return strings.Contains(low, w) }) {
			return false
		}
	}
	return ownerLine.MatchString(l)
}

// ownerTitled is an owner named after a title: "Ambassador Ingrid Falk".
var ownerTitled = regexp.MustCompile(`\b(?:Ambassador|Commissioner|Minister|Secretary of State|Secretary|Mayor|Governor|President|Senator|Chancellor|Premier|Councillor|Cllr|Consul|Envoy)\s+(` + ownerName + `)\b`)

// ownerName is a person's name of two to four capitalised words ("Ciarán
// Mac Giolla Bhríde"), a word joined by hyphens capitalised after each
// ("Mensah-Boateng"), one with a capital inside ("McClay", "DeLuca"),
// ending at a word's end.
const ownerName = `(?:\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}'’]+)*)(?: \p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}\b`

// ownerAfterDash is an owner named after a dash closing the line: "From
// the High Commissioner's desk - Ruth Mbeki".
var ownerAfterDash = regexp.MustCompile(`\s[-–—]\s+(` + ownerName + `)\s*$`)

// ownerAfterComma is an owner named after a comma closing the line, with a
// member's letters after the name: "Public diary of the Minister for
// Enterprise, Tourism and Employment, Niamh Kavanagh TD", "Weekly schedule
// of the Minister, Hon. Abena Korsah".
var ownerAfterComma = regexp.MustCompile(`,\s+(?:(?:[Tt]he )?Hon\.? )?(` + ownerName + `)(?:\s+(?:TD|MP|MLA|MSP|MEP|MHK|QC|KC)\b|\s*$)`)

// diaryOwner is the person a diary's or a readout's heading names as its
// owner, among the text's first three lines that are not blank (a shouted
// line read in mixed case); "" when there is none.
func (d *doc) diaryOwner() string {
	if d.owner != nil {
		return *d.owner
	}
	owner := ""
	d.owner = &owner
	rest := string(d.runes[:min(len(d.runes), 400)])
	var above []string // the lines before l, nearest first
	for n := 0; n < 3 && rest != ""; {
		l, after, _ := strings.Cut(rest, "\n")
		rest = after
		if strings.TrimSpace(l) == "" {
			continue // the blank line between a ministry's head and its diary's title
		}
		n++
		if !ownerHeading(l) {
			above = append([]string{l}, above...)
			continue
		}
		joined := false // shouted heading lines ingest joined to the mixed-case line after them
		if !strings.ContainsFunc(l, unicode.IsLower) {
			l = unshoutLine(l) // "WEEKLY SCHEDULE OF THE MINISTER, HON. ABENA KORSAH"
		} else if head, tail := shoutedHead(l); head != "" {
			l, joined = unshoutLine(head)+" "+tail, true // "PROGRAMME OFFICIAL VISIT OF HON. DR. KWAME ASANTE-BOADU, ..." before "Kuala Lumpur and Putrajaya, 2–4 June 2025"
		}
		if m := ownerTitled.FindStringSubmatch(l); m != nil {
			owner = m[1]
		} else if m := ownerAfterDash.FindStringSubmatch(l); m != nil && !ownerLine.MatchString(m[1]) {
			owner = m[1]
		} else if m := ownerAfterComma.FindStringSubmatch(l); m != nil && !ownerLine.MatchString(m[1]) && isPersonName(m[1]) {
			owner = m[1]
		} else if len(l) <= maxHeadingLine || joined {
			owner = ownerAround(l, above, rest)
		}
		if owner != "" {
			break
		}
	}
	if owner == "" {
		owner = d.honOwner()
	}
	owner = trimPossessive(owner) // "Minister Kari Holm's public schedule"
	return owner
}

// maxHeadingLine is the longest line read as a diary's heading; a wire
// story's first paragraph is longer.
const maxHeadingLine = 200

// ownerAround is the owner heading line l names with "Hon" (lines ingest
// joined: "Hon Todd McClay – Minister for Trade and Investment Ministerial
// diary: ..."), else the line below names by a title ("THE LORD MAYOR'S
// ENGAGEMENTS" over "Councillor Priya Mehta, Lord Mayor of Castlebridge"),
// else a line above, nearest first, with "Hon" or a title ("Hon Rangi
// Parata – Minister for Primary Industries" over "Ministerial diary: ...",
// "OFFICE OF MAYOR PATRICIA OYELARAN" and "Councillor Margaret Owusu" over
// the engagements' title); "" when none.
func ownerAround(l string, above []string, rest string) string {
	if o := honNamed(l); o != "" {
		return o
	}
	if o := ownerBelow(rest); o != "" {
		return o
	}
	for _, a := range above {
		if len(a) > maxHeadingLine {
			continue
		}
		if !strings.ContainsFunc(a, unicode.IsLower) {
			a = unshoutLine(a) // "OFFICE OF MAYOR PATRICIA OYELARAN"
		}
		if o := honNamed(a); o != "" {
			return o
		}
		if m := ownerTitled.FindStringSubmatch(a); m != nil {
			return m[1]
		}
	}
	return ""
}

// ownerHonAny is a person named with "Hon" anywhere in a diary's heading:
// "Hon Todd McClay – Minister for Trade", "... The Hon. Claire Donovan MP -
// Weekly schedule".
var ownerHonAny = regexp.MustCompile(`\b(?:The |Rt )?Hon\.? (?:(?:Dr|Prof)\.? )?(` + ownerName + `)`)

// honNamed is the first person ownerHonAny finds in heading line l ("Hon.
// Minister's Programme" names no one); "" when none.
func honNamed(l string) string {
	for _, m := range ownerHonAny.FindAllStringSubmatch(l, 3) {
		name := m[1]
		if ws := strings.Fields(name); len(ws) == 3 && headingWord(ws[2]) {
			name = ws[0] + " " + ws[1] // "Hon. Mereana Tautahi Ministerial diary"
		}
		if isPersonName(name) && !headingWord(strings.Fields(name)[0]) && !ownerLine.MatchString(name) {
			return name
		}
	}
	return ""
}

// headingWord reports a word of a post or of a diary's heading, not of a
// name: "Minister's", "Ministerial", "Diary".
func headingWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	return isTitleWord(w) || w == "ministerial" || ownerLine.MatchString(w)
}

// ownerBelow is the owner the first line of rest names by a title or with
// "Hon", below a heading that names none: "Councillor Priya Mehta, Lord
// Mayor of Castlebridge"; "" when none.
func ownerBelow(rest string) string {
	l, _, _ := strings.Cut(strings.TrimLeft(rest, "\n "), "\n")
	if len(l) > maxHeadingLine {
		return ""
	}
	if m := ownerTitled.FindStringSubmatch(l); m != nil && strings.HasPrefix(l, m[0]) {
		return m[1]
	}
	if m := ownerHon.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
		return m[1]
	}
	return ""
}

// ownerHon is a member of a government named with "Hon" on a line of its
// own above a diary's heading: "Office of Hon Grace Tamihana", "Hon Rachel
// Tane, Minister for Trade and Investment", "Office of Hon. Tama Whitford".
var ownerHon = regexp.MustCompile(`^(?:Office of (?:the )?)?(?:The |Rt )?Hon\.? ((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?:\s*$|,| MP\b| TD\b)`)

// honOwner is the owner a diary names with "Hon" on one of its first two
// lines when a line among its first six calls the text a diary or a
// schedule; "" when none.
func (d *doc) honOwner() string {
	if d.dlEnd > 0 {
		return "" // a wire story is no one's diary
	}
	ls := strings.SplitN(string(d.runes[:min(len(d.runes), 400)]), "\n", 7)
	if len(ls) > 6 {
		ls = ls[:6]
	}
	if !slices.ContainsFunc(ls, ownerHeading) {
		return ""
	}
	for _, l := range ls[:min(2, len(ls))] {
		if m := ownerHon.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return m[1]
		}
		if m := ownerHonEnd.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return m[1]
		}
	}
	return ""
}

// ownerHonEnd is ownerHon closing a line that ingest joined to the
// shouted line above it: "OFFICE OF THE MINISTER FOR AGRICULTURE AND WATER
// RESOURCES The Hon. David Carmody MP".
var ownerHonEnd = regexp.MustCompile(`\s(?:The |Rt )?Hon\.? (` + ownerName + `)(?: MP| TD)?\s*$`)

// subjectless are the words that open a diary's item told with no subject:
// "Met with ...", "Meeting with ...", "Called on ...".
var subjectless = map[string]bool{"met": true, "meeting": true, "called": true, "received": true, "receives": true,
	"meets": true, "attends": true, "hosts": true, "chairs": true, "visits": true, "joins": true, // "9:00 a.m. – Meets with ..."
	"roundtable": true, "briefing": true, "bilateral": true, "talks": true, "lunch": true, "dinner": true,
	"breakfast": true, "call": true, "audience": true, "courtesy": true, "working": true}

// ownerSpeaks reports a meeting told by its owner: a mention whose sentence
// opens with a subjectless item or whose subject, among its first words,
// is "I" or "we".
func (d *doc) ownerSpeaks(c *cluster) bool {
	for _, m := range c.mentions {
		toks := d.toks[m.sent]
		k := datePrefix(toks)
		if k < len(toks) && toks[k].cap && subjectless[toks[k].lower] {
			return true // "Meeting with ...", "Thursday 12 March: Called on ..."
		}
		if d.entries[m.sent] != nil && d.bodyLine(m.sent) >= 0 {
			return true // a diary's "10.00–12.00  Cabinet - Cabinet Room": the owner sits in it
		}
		for k := 0; k < len(toks) && k < 8; k++ {
			if (toks[k].text == "I" || toks[k].text == "We" || toks[k].text == "we") && k+1 < len(toks) && k < m.trig {
				return true
			}
		}
	}
	return false
}

// clockColon reports the colon of a clock time at token k: "9:00".
func clockColon(toks []token, k int) bool {
	return k > 0 && toks[k-1].num && k+1 < len(toks) && toks[k+1].num
}

// datePrefix is the token after a diary line's opening day and its colon
// or dash ("Thursday 12 March: Called on ..."), 0 when the line opens
// with no day.
func datePrefix(toks []token) int {
	for k := 0; k < len(toks) && k < 10; k++ {
		switch w := toks[k].lower; {
		case w == ":" && !clockColon(toks, k) || isDash(w):
			if k > 0 {
				return k + 1
			}
			return 0
		case toks[k].num || isMonthOrDay(w) || w == "," || clockWord(toks[k]) || w == ".":
		default:
			return 0
		}
	}
	return 0
}

// RuleHeadingHearing makes a dated line's hearing, in a notice headed by a
// committee, that committee's hearing: "Public hearing on the state of the
// fisheries - Thursday 8 October 2026, 14:00, Room JAN 4Q2" under
// "Committee on Fisheries", "Budget hearing with the Department of
// Transportation - Thursday, March 12, 2026" under "SENATE FINANCE
// COMMITTEE".
const RuleHeadingHearing Rule = "head.heading-committee-hearing"

// committeeHearing finds, in a text with no dateline whose heading names a
// committee, a "hearing" of a sentence dated to a day; it returns its
// token, or -1.
func (d *doc) committeeHearing(si int) int {
	if d.dlEnd > 0 || len(d.dates[si]) == 0 {
		return -1
	}
	toks := d.toks[si]
	h := -1
	for k, t := range toks {
		if t.lower == "hearing" || t.lower == "hearings" {
			h = k
			break
		}
	}
	if h < 0 {
		return -1
	}
	day := false
	for _, x := range d.dates[si] {
		day = day || x.prec == briefs.PrecisionDay
	}
	ws := strings.Fields(strings.ToLower(d.headingBody()))
	if !day || len(ws) == 0 || !hearingBodies[ws[len(ws)-1]] && !hearingBodies[ws[0]] {
		return -1 // "Senate Finance Committee", "Committee on Fisheries"
	}
	return h
}

// calendarHeading is a calendar's first line that names whose calendar it
// is: "Commonwealth week diary", "OSCE calendar", "EU week ahead".
var calendarHeading = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) (?:week diary|diary|calendar|week ahead|weekly schedule)\s*$`)

// calendarGroup is the bloc or body whose calendar the text is, for a
// line's gathering of its "leaders" or "ministers" that names no party
// ("Tue 2 Jun: Leaders' Summit, Marlborough House" under "Commonwealth week
// diary"); "" when the first line names none, or names a person.
func (d *doc) calendarGroup(c *cluster) string {
	first, _, _ := strings.Cut(d.text, "\n")
	heading := calendarHeading.FindStringSubmatch(strings.TrimSpace(first))
	if heading == nil {
		heading = calendarHeading.FindStringSubmatch(strings.TrimSpace(d.briefTitle)) // the heading ingest took as a file's title
	}
	if heading == nil || isPersonName(heading[1]) {
		return ""
	}
	for _, m := range c.mentions {
		if d.entries[m.sent] == nil {
			return ""
		}
		if t := strings.ToLower(m.title); strings.Contains(t, "leaders") || strings.Contains(t, "ministers") {
			return heading[1]
		}
	}
	return ""
}

// shoutedHead splits a line that opens with three or more shouted words
// before words in mixed case (heading lines ingest joined) into the shouted
// head and the rest; "" when the line opens otherwise.
func shoutedHead(l string) (head, tail string) {
	ws := strings.Fields(l)
	n := 0
	for n < len(ws) && !strings.ContainsFunc(ws[n], unicode.IsLower) {
		n++
	}
	if n < 3 || n == len(ws) {
		return "", l
	}
	return strings.Join(ws[:n], " "), strings.Join(ws[n:], " ")
}

// unshoutLine writes a shouted heading line in mixed case, its small words
// in lower case: "WEEKLY ENGAGEMENTS OF THE HON. MINISTER FOR TRADE,
// EFUA MENSAH-BOATENG" -> "Weekly Engagements of the Hon. Minister for
// Trade, Efua Mensah-Boateng".
func unshoutLine(l string) string {
	ws := strings.Fields(l)
	for i, w := range ws {
		lw := strings.ToLower(w)
		if i > 0 && titleSmallWords[lw] {
			ws[i] = lw
		} else {
			ws[i] = capitalised(lw)
		}
	}
	return strings.Join(ws, " ")
}
