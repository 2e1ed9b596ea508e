package meetings

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
	"github.com/briefbot/briefbot/briefs/sentences"
	"github.com/briefbot/briefbot/briefs/tokens"
)

// Result is the extract JSON contract in DESIGN.md: {"dateline","dates","meetings"}.
type Result struct {
	ID       string           `json:"id,omitempty"`
	Dateline briefs.Dateline  `json:"dateline"`
	Dates    []DateJSON       `json:"dates"`
	Meetings []briefs.Meeting `json:"meetings"`
}

// DateJSON is one temporal expression of the extract contract; Start and End
// are rune offsets into the input text.
type DateJSON struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	EndValue string `json:"end_value,omitempty"`
}

// doc is the state of one extraction.
type doc struct {
	text       string
	runes      []rune
	ref        time.Time
	dl         briefs.Dateline
	dlEnd      int    // rune offset where the dateline ends (0 when none)
	briefTitle string // the brief's title, a notice's heading line ingest took apart (heading.go)
	sents      []sentences.Sentence
	words      []tokens.Token // the reading's tokens of the whole text
	toks       [][]token      // the meeting view of each sentence's tokens
	dates      [][]dateSpan
	mentions   []*mention
	lowerSet   map[string]bool // of asked, the words that occur in lower case in the text
	asked      map[string]bool // the words lowerSet knows about (noteLowerWords)
	chunkCache [][]chunk       // capitalised names per sentence
	traces     []trace         // how each meeting built was found (explain.go)
	timex      []timex.Expr    // the reading's temporal expressions
	sport      int             // words of sport in the text (sportsMeeting); -1 until counted
	lower      *string         // the text in lower case (lowerText); nil until asked
	owner      *string         // the diary's or readout's owner (diaryOwner); nil until read
	chair      *string         // the person a minutes' roster marks as its chair (rosterChair); nil until read
	heading    *string         // the body a notice's heading names (headingBody); nil until read
	defined    *string         // the company a notice defines as "the Company" (definedCompany); nil until read
	storyCo    *string         // the first company the story names (storyCompany); nil until read
	boardOf    *string         // the body the text names as its board's owner (boardOfNamed); nil until read
	scanned    bool            // every sentence's mentions are found (scan)
	fullNames  map[string]string
	// surname -> the full name the text uses
	entityTable     *entities          // the story's parties and their other names (entities.go)
	bare            map[string]string  // stripTitles of each name asked, made once a story (stripped)
	entries         map[int]*listEntry // the listing lines among the sentences, by index (listing.go)
	rowsIntro       line               // a line that gives the rows under it their venue and tells no meeting (venueline.go); zero when none
	scheduled       []line             // the events of schedule lines made meetings (schedulelines.go): their witnesses are the lines' own, no roster's
	prog            *progHead          // a programme's head (programmehead.go); nil until read
	spellings       map[string]string  // the text's own spellings of its words (unshout.go mixedSpellings); nil until read
	own             perSentence[bool]  // whether each sentence names a dated meeting of its own (roles.go ownMeeting)
	seatedHereNamed int8               // whether the story names a body seated in its dateline's city (organHere): 0 unread, 1 yes, -1 no
	leadSeated      int8               // whether the story's lead names such a body (impliedhere.go leadSeatedHere): 0 unread, 1 yes, -1 no
	views           *[]token           // the buffer toks are cut from (scan), from viewPool
	// the role rules' lists of each sentence (roles.go, sides.go), worked out once
	attendLists, sideLeaders, twoSidesIn, pairs perSentence[[]string]
	heads                                       perSentence[[]int] // each sentence's findMentions (headsOf)
}

// viewPool keeps the buffers of the sentences' token views for the next
// text (release).
var viewPool = sync.Pool{New: func() any { return new([]token) }}

// maxPooledViews is the most tokens of a view buffer kept for reuse.
const maxPooledViews = 1 << 14

// release gives d's view buffer back for the next text; d is not used
// after, and nothing Of returns points into the buffer.
func (d *doc) release() {
	if d.views == nil || cap(*d.views) > maxPooledViews {
		return
	}
	d.toks = nil
	viewPool.Put(d.views)
	d.views = nil
}

// Extract finds the meetings in a brief's text. published is the reference
// time (dateline local date); dl is the brief's dateline (place used for
// "here"); its empty fields are read from the start of text. Every meeting
// has Key set (see Key). Only briefs.AnalysedText(text) is read, so a huge
// text costs a bounded time and memory.
func Extract(text string, published time.Time, dl briefs.Dateline) Result {
	return Of(reading.Text(text, published, dl))
}

// Of finds the meetings of a text already read: it keeps the reading's
// dateline, reference day, sentences and temporal expressions and adds the
// meeting judgement on top of them.
func Of(r *reading.Reading) Result {
	if h := headed(r); h != nil {
		defer h.Release()
		r = h
	}
	d, res := run(r)
	d.release()
	return res
}

// headingTitle reports a title that reads as a document's heading, not a
// headline: shouted ("MINUTES OF THE MEETING OF THE AUDIT COMMITTEE ..."),
// dated ("... - Wednesday, June 3, 2026"), a document's kind ("Minutes of
// ...", "... - Bargaining bulletin", "From the desk of ...", "... - my
// week"), or names alone ("Senate Committee on Transportation", "Board of
// Trustees, Riverbend Museum"). A headline has a lower-case verb and no
// date of its own: "EU ministers to meet next week on sanctions".
func headingTitle(t string) bool {
	if t == strings.ToUpper(t) && strings.IndexFunc(t, unicode.IsLetter) >= 0 {
		return true
	}
	if titleDate.MatchString(t) {
		return true
	}
	lower := strings.ToLower(t)
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if headingKinds[w] {
			return true
		}
	}
	for _, p := range []string{"my week", "week ahead", "key dates"} {
		if strings.Contains(lower, p) {
			return true // "Commissioner Wopke Hendriks - my week"
		}
	}
	for _, part := range titleParts.Split(t, -1) {
		if part = strings.TrimSpace(part); part == "" || !onlyName(part) {
			return false
		}
	}
	return true
}

// titleDate is a full date in a title: "3 March 2026", "June 3, 2026".
var titleDate = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})\b`)

// headingKinds name the kind of document a heading heads.
var headingKinds = map[string]bool{
	"minutes": true, "agenda": true, "schedule": true, "diary": true, "notice": true, "bulletin": true, "circular": true,
	"calendar": true, "programme": true, "program": true, "timetable": true, "desk": true, "readout": true, "communiqué": true,
}

// headed is the reading of a brief's title line and its text together,
// for a text with no dateline whose title is its heading ("Mayor's Public
// Schedule - Wednesday, June 3, 2026", "Minutes of the Friends of Elmwood
// Park committee meeting held on 17 February 2026 at the Pavilion"): ingest
// takes a file's stand-alone first line as the title, and a notice's
// heading names its meeting, its body or its day. The meetings are then
// those of the whole text, as eval reads it. nil when the brief has no
// title, a title its text already holds, or a dateline (a wire story's headline stays out: its
// body's dateline must open the text read). The caller releases it.
func headed(r *reading.Reading) *reading.Reading {
	if r.Title == "" || r.StoryStart > 0 || r.Dateline.Place != "" || r.Day.IsZero() {
		return nil
	}
	if strings.Contains(r.Text, strings.TrimSuffix(r.Title, "…")) {
		return nil // a title made from the text's own first sentence (ingest.FromText without one): the heading is in the text already
	}
	if !headingTitle(r.Title) {
		return nil // a feed's or a poster's headline ("EU ministers to meet next week on sanctions"): read with the text, it would name the body's meeting twice
	}
	h := reading.Text(r.Title+"\n\n"+r.Text, r.Day, r.Dateline)
	if h.StoryStart > 0 {
		h.Release()
		return nil // the title line read as a dateline: keep the text as it was
	}
	return h
}

// run is Of, returning the extraction's state too (for Explain).
func run(r *reading.Reading) (*doc, Result) {
	runes := r.Runes
	if len(runes) == 0 && r.Text != "" { // a reading made by hand
		runes = []rune(r.Text)
	}
	d := &doc{text: r.Text, runes: runes, dl: r.Dateline, dlEnd: r.StoryStart, ref: r.Day, sents: r.Sentences, words: r.Tokens, timex: r.Dates, sport: -1, briefTitle: r.Title}
	res := Result{Dateline: d.dl, Dates: dateJSON(r.Dates), Meetings: []briefs.Meeting{}}
	if d.ref.IsZero() {
		return d, res
	}
	d.readListing()
	d.scan()
	d.dateList()
	d.scheduleLines()
	res.Meetings = d.withCancelled(d.meetings())
	return d, res
}

// scan takes the tokens of every sentence, resolves its dates and finds its mentions.
func (d *doc) scan() {
	if d.words == nil { // a doc built by hand, not from a reading
		d.words = tokens.Split(d.text)
	}
	k := 0 // index in d.words of the next sentence's first token
	// free is room for every sentence's view, one after another: no
	// sentence shares a token with another, so it is one buffer, kept for
	// the next text (release).
	d.views = viewPool.Get().(*[]token)
	if cap(*d.views) < len(d.words) {
		*d.views = make([]token, 0, len(d.words))
	}
	free := (*d.views)[:0]
	if d.toks == nil && d.dates == nil {
		d.toks = make([][]token, 0, len(d.sents)) // made once, not grown sentence by sentence
		d.dates = make([][]dateSpan, 0, len(d.sents))
	}
	for _, s := range d.sents {
		var toks []token
		toks, k = sentenceTokens(free, d.text, d.words, k, s.Start, s.End)
		if n := len(toks); n <= cap(free) {
			free = free[n:n]
		}
		softenShouted(toks)
		ds := spansOf(toks, d.timex, d.ref)
		bareClocks(toks, ds, d.dlEnd)

		d.toks = append(d.toks, toks)
		d.dates = append(d.dates, ds)
	}
	d.noteLowerWords()
	d.chunkCache = make([][]chunk, len(d.sents))
	for si := range d.sents {
		d.chunkCache[si] = d.findChunks(si)
	}
	for si := range d.sents {
		d.sentenceMentions(si)
	}
	d.scanned = true
}

// programmePart reports a programme's line that names a part of the
// gathering it programmes, no meeting of its own: "16.30 Parallel sessions
// A1-A4", "12.30 Closing session and Lima Declaration", and an agenda's
// "Open Session - 6:00 p.m." or "Closed Session" of the board's meeting;
// a slot's "one-to-one meetings", the "plenary sessions" interpretation is
// provided in.
func (d *doc) programmePart(si, h int) bool {
	toks := d.toks[si]
	if toks[h].lower == "meetings" && d.entries[si] != nil && strings.HasSuffix(strings.ReplaceAll(strings.ToLower(sliceTextTok(toks, max(h-5, 0), h)), " ", ""), "one-to-one") {
		return true // "Deal room (pre-booked one-to-one meetings between project developers and investors)": a slot's kind
	}
	if toks[h].lower != "session" && toks[h].lower != "sessions" {
		return false
	}
	if w := lowerAt(toks, h-1); (w == "open" || w == "closed") && toks[h-1].cap && toks[h].cap && d.lineHead(si, h-1) {
		return true // an agenda's "Open Session - 6:00 p.m.", "Closed Session": a part of the board's meeting, not "The Security Council will hold an Open Session on Ukraine"
	}
	if toks[h].cap && h+1 < len(toks) && toks[h+1].num && (lowerAt(toks, h+2) == ":" || lowerAt(toks, h+2) == "(") && d.lineHead(si, h) {
		return true // a programme's "Session 1: Mangrove restoration", "Session 3 (14:00–15:30): ..."
	}
	return d.entries[si] != nil && (programmeParts[lowerAt(toks, h-1)] || toks[h].lower == "sessions" && lowerAt(toks, h-1) == "plenary")
}

// lineHead reports a heading that opens sentence si's line at token k,
// after at most an item's number ("4. Closed Session"), and ends it or
// stands before a dash, a colon or a time: "Open Session - 6:00 p.m.".
func (d *doc) lineHead(si, k int) bool {
	toks := d.toks[si]
	start := d.sentenceStart(si)
	for start < k && (toks[start].num || toks[start].lower == "." || toks[start].lower == ")") {
		start++
	}
	if start != k {
		return false
	}
	switch next := lowerAt(toks, k+2); {
	case k+2 >= len(toks), isDash(next), next == ":", next == "(":
		return true
	default:
		return toks[k+2].num
	}
}

// programmeParts name a session as a slot of a conference's programme.
var programmeParts = map[string]bool{"parallel": true, "breakout": true, "concurrent": true, "closing": true, "opening": true}

// lowerText is the text in lower case, made once a story.
func (d *doc) lowerText() string {
	if d.lower == nil {
		l := strings.ToLower(d.text)
		d.lower = &l
	}
	return *d.lower
}

// sportsMeeting reports a head that, in a story about sport (two words at
// least of the game's vocabulary in lower case), names a contest: "they
// meet again at Highbury on Tuesday", "Sunday's indoor meeting in
// Leipzig", "the third round of a Grand Slam". A body's meeting stays:
// "the IAAF Council, at its April meeting in Qatar".
func (d *doc) sportsMeeting(toks []token, h int) bool {
	switch toks[h].lower {
	case "meet", "meets", "met", "meeting", "round":
	default:
		return false // most heads: no need to count the sport words
	}
	if d.sport < 0 {
		d.sport = 0
		for w := range gameWords {
			if d.lowerSet[w] {
				d.sport++
			}
		}
		for w := range sportsWords {
			if d.lowerSet[w] {
				d.sport++
			}
		}
		lower := d.lowerText()
		for _, w := range []string{"semi-final", "quarter-final", "grand slam", "world cup"} { // hyphenated words are three tokens
			if strings.Contains(lower, w) {
				d.sport++
			}
		}
	}
	return d.sport >= 2 && !bodyBefore(toks, h) && !governance(toks)
}

// governance reports a sentence about a sport's running, not a contest: a
// body that governs it ("its council had approved ... at a meeting held in
// Glasgow") or its officials by title ("World Athletics president
// Sebastian Coe will meet IOC president Thomas Bach").
func governance(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "council", "committee", "board", "bureau", "congress", "federation", "executive", "commission", "confederation":
			return true // "The Technical Commission met in Lagos last week and recommended that the junior regatta be moved"
		case "president", "chairman", "chairwoman", "secretary-general", "commissioner":
			if k+1 < len(toks) && toks[k+1].cap {
				return true
			}
		}
	}
	return false
}

// gameWords are the vocabulary of sport beside sportsWords, which void a
// meeting in their own sentence already.
var gameWords = map[string]bool{
	"seed": true, "seeded": true, "tie-break": true, "replay": true, "wicket": true, "wickets": true,
	"batsman": true, "goalkeeper": true, "squad": true, "coach": true, "league": true, "goals": true,
	"semi-finals": true, "quarter-finals": true, "semifinal": true, "quarterfinal": true, "olympic": true,
}

// maxPerSentence bounds the meetings and dates one sentence may hold.
const maxPerSentence = 24

// sentenceMentions builds the mentions of sentence si and gives them dates.
func (d *doc) sentenceMentions(si int) {
	if s := d.sents[si]; d.rowsIntro.end > 0 && s.Start >= d.rowsIntro.start && s.End <= d.rowsIntro.end {
		return // "The following committees will meet ... in the Council Chamber:": the rows are the meetings
	}
	toks, ds := d.toks[si], d.dates[si]
	var ms []*mention
	heads := d.headsOf(si)
	heads = append(heads, d.acronymHeads(si, heads)...)
	body, agm, held, hearing, slot, session := -1, -1, -1, -1, -1, -1
	sessionRoom, sessionAt := "", -1
	row, rowAt := committeeRow{}, -1
	if r, ok := d.findCommitteeRow(si); ok {
		row, rowAt = r, r.cell.end-1 // "Mon., March 9 | 9:00 AM | Judiciary | Room 214 | ...": the row is one meeting
		heads = []int{rowAt}
	}
	if len(heads) == 0 {
		body = d.bodyLine(si)
		if body >= 0 {
			heads = []int{body}
		} else if h := d.entryVerb(si); h >= 0 {
			heads = []int{h}
		} else if h := d.blockHead(si); h >= 0 {
			heads = []int{h}
		} else if h := d.entryAGM(si); h >= 0 {
			heads, agm = []int{h}, h
		} else if h := d.heldBody(si); h >= 0 {
			heads, held = []int{h}, h
		} else if h := d.committeeHearing(si); h >= 0 {
			heads, hearing = []int{h}, h
		} else if h := d.evidenceSlot(si); h >= 0 {
			heads, slot = []int{h}, h
		} else if ok, v, at := d.sessionSlot(si); ok {
			heads, session, sessionRoom, sessionAt = []int{0}, 0, v, at
		}
	}
	prog := d.programmeWord(si)
	if prog >= 0 && !slices.Contains(heads, prog) {
		heads = append(heads, prog) // "12th PACIFIC PORTS FORUM" over its venue and days
	}
	followed := followedBodies(toks)
	for _, h := range followed {
		if !slices.Contains(heads, h) {
			heads = append(heads, h) // "followed on Friday by the Development Committee"
		}
	}
	if len(heads) > maxPerSentence {
		heads = heads[:maxPerSentence] // pathological input: keep it linear
	}
	if len(ds) > maxPerSentence {
		ds = ds[:maxPerSentence]
	}
	for _, h := range heads {
		if toks[h].end <= d.dlEnd || excluded(toks, h) || sectionLabel(toks, ds, h) || d.sportsMeeting(toks, h) && !d.entryWithoutSport(si) || d.scheduleTitleLine(si, h) || d.programmePart(si, h) {
			continue
		}
		m := d.newMention(si, h)
		if h == rowAt {
			d.committeeRowMention(si, m, row)
		} else if h == body {
			d.bodyMention(si, m)
		} else if h == held {
			d.heldBodyMention(si, m)
		} else if h == hearing {
			m.byTokens(FieldKind, RuleHeadingHearing, toks, h, h+1)
		} else if h == slot {
			d.evidenceSlotMention(si, m)
		} else if h == session {
			d.sessionSlotMention(si, m, sessionRoom, sessionAt)
		} else if slices.Contains(followed, h) {
			d.followedMention(si, m)
		} else if councilSitting(toks, h) {
			d.councilMention(si, m)
		} else if forumAttended(toks, h) {
			d.forumMention(si, m)
		} else if h == agm {
			m.kind, m.corporate = "meeting", true // a company's general meeting
			m.byTokens(FieldKind, RuleListingBody, toks, h, h+1)
		} else if len(heads) == 1 && d.entries[si] != nil && !isMeetingVerb(toks, h) && headlineVerbs[toks[h].lower] {
			m.byTokens(FieldKind, RuleListingVerb, toks, h, h+1)
		}
		ms = append(ms, m)
	}
	assignDates(toks, ds, ms, d.dlEnd)
	for _, m := range ms {
		if m.trig == prog {
			d.programmeMention(m)
		}
		if slices.Contains(followed, m.trig) {
			followedDate(toks, ds, m, ms)
		}
	}
	for _, m := range ms {
		if m.date != nil && documentDate(toks, m.date.tokStart) {
			m.date = nil // "Forthcoming evidence sessions" over "Published Friday 17 January 2025": the notice's day, no session's
			delete(m.why, FieldDate)
		}
		if m.date != nil && habitual(toks, m.date.tokEnd) {
			m.date = nil // "meets on the second Tuesday of each month": no one meeting
			delete(m.why, FieldDate)
		}
	}
	for _, m := range ms {
		d.agendaHeadDate(si, m)
		d.journeyDate(si, ds, m)
	}
	ms = d.listingFields(si, ms)
	ms = d.dropAgendaItems(si, ms)
	ms = append(ms, d.dateSeries(toks, ds, ms)...)
	for _, m := range ms {
		introPast(toks, m)
		d.introOwner(si, m)
		if m.anaphoric && m.date != nil && m.date.bare {
			m.date = nil // "The meeting will begin at 10 a.m.": the day of the meeting named before, not today
			delete(m.why, FieldDate)
		}
		if m.date != nil && m.date.bare && (d.dayBlockBefore(si) || d.sessionOfDayBefore(m) || d.dlEnd == 0 && m.kind == "session" && dayMeetingBefore(ms, m)) {
			// "The Committee will meet at 9.15 am in the Robert Burns Room" under "9th Meeting" over
			// "Tuesday 18 March 2025": that meeting; "The Board will meet in closed session at 5:30 p.m."
			// under "NOTICE OF REGULAR MEETING" over "Monday, March 9, 2026": a part of that meeting.
			m.date, m.anaphoric = nil, true
			delete(m.why, FieldDate)
		}
	}
	for _, m := range ms {
		endOfRange(toks, ds, m)
		d.yearOwned(toks, m)
	}
	if !reschedule(toks, ds, ms, d.dlEnd) {
		return // postponed with no new date
	}
	offsetDates(toks, ms)
	d.relativeDays(toks, ms)
	d.sameVenue(toks, ms)
	mergeStartEnd(toks, ms)
	mergeVisit(ms)
	mergeSubjectVerb(toks, ms)
	mergeSameDate(toks, ms)
	ms = append(ms, d.secondObjects(si, ms)...)
	splitClauses(toks, ms, d.dl.Place)
	for _, m := range ms {
		if m.owner == "" && !m.verb && d.entries[si] == nil {
			for _, b := range d.bodyInName(m) {
				if slices.ContainsFunc(m.named, func(n string) bool { return partyMatches(n, b) }) {
					continue
				}
				m.named = append(m.named, b) // "a day before the 74th FIFA Congress" after "FIFA's ruling Council will meet": the name the other clause took back is still its own name's; "The 57th ASEAN Foreign Ministers' Meeting", beside the ministers named
				m.byName(b, RulePartyNeighbour, -1, -1)
			}
		}
		m.takeSubject()
		d.secondPlace(toks, m)
	}
	d.mentions = append(d.mentions, ms...)
}

// mergeSameDate keeps one mention per date of a sentence when they name
// the same gathering: "met on Monday for talks" (the verb and a bare noun),
// "will meet again at the Franco-German summit next month" (the named noun
// over the verb), "the summit ... two weeks of talks" (the named noun over
// the bare one) and "the 47th ASEAN Summit and Related Summits" (one name).
func mergeSameDate(toks []token, ms []*mention) {
	proper := func(m *mention) bool {
		return !m.verb && hasCapName(toks, m.nameStart, m.nameEnd, m.trig)
	}
	for i, a := range ms {
		for _, b := range ms[i+1:] {
			if a.date == nil || b.date == nil || a.date.tokStart != b.date.tokStart || a.date.tokEnd != b.date.tokEnd {
				// (one span: endOfRange may have copied it to add the end day)
				continue
			}
			v, n := a, b // a verb and a noun: the named noun, else the verb
			if b.verb {
				v, n = b, a
			}
			switch {
			case a.verb && b.verb:
				b.date = nil // "would discuss trade with Bush when they meet on Wednesday": one meeting
			case !a.verb && !b.verb && shared(a) && namesDate(b):
				a.date = nil // "an emergency meeting before its regular June 25 conference": the conference's day
			case !a.verb && !b.verb && shared(b) && namesDate(a):
				b.date = nil
			case !a.verb && !b.verb && (sidelines(toks, a) || sidelines(toks, b)):
				// "a bilateral meeting ... on the sidelines of the summit on July 2": two gatherings, one day
			case !a.verb && !b.verb:
				if shared(a) && !shared(b) && a.anaphoric && b.anaphoric && whereClause(toks, b) {
					a.date = nil // "The meeting will be held in Bangkok, where the summit takes place on April 4": the summit's day
				} else if a.anaphoric && !b.anaphoric && b.dist < a.dist && !proper(a) || b.dist < a.dist && followsBetween(toks, a, b) {
					a.date = nil // "The meeting in Sheffield follows the collapse of talks ... last week": the talks' date
				} else if b.nameStart <= a.trig || !proper(b) {
					b.date = nil                                   // "X Summit and Related Summits"; "the conference ... two weeks of talks"
					a.started = a.started || b.started && !b.ended // "The Geneva Conference ... resumed its summer session today": under way
					a.openEnded = a.openEnded || b.openEnded
				}
			case v.verb && !n.verb && occasion(toks, n):
				// "will meet ... on the sidelines of the BRICS summit": two gatherings
			case v.verb && !n.verb && proper(n):
				v.date = nil
				n.takePersons(v) // "The two leaders will meet again at the regular Franco-German summit"
			case v.verb && !n.verb:
				if n.date.endDate != "" && v.date.endDate == "" {
					v.date = n.date // "gather in Kananaskis on Sunday for a three-day summit": the summit's days
					if w, ok := n.why[FieldEndDate]; ok {
						v.why[FieldEndDate] = w
					}
				}
				n.date = nil
			}
		}
	}
}

// whereClause reports mention m inside a clause opened by ", where".
func whereClause(toks []token, m *mention) bool {
	for k := m.nameStart - 1; k >= 1 && k >= m.nameStart-3; k-- {
		if toks[k].lower == "where" && toks[k-1].lower == "," {
			return true
		}
	}
	return false
}

// shared reports a mention that took its date only when every mention
// nearer to it had one (RuleDateShared).
func shared(m *mention) bool { return m.why[FieldDate].rule == RuleDateShared }

// namesDate reports a date that modifies the mention's own noun: "its
// regular June 25 conference", "the March 16 meeting".
func namesDate(m *mention) bool {
	return m.date != nil && m.date.tokEnd <= m.trig && m.date.tokEnd >= m.nameStart-1 && m.trig-m.date.tokEnd <= 2
}

// sidelines reports a meeting noun named as the occasion of another
// gathering: "on the sidelines of the summit", "on the margins of".
func sidelines(toks []token, n *mention) bool {
	k := n.nameStart - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	return lowerAt(toks, k) == "of" && (lowerAt(toks, k-1) == "sidelines" || lowerAt(toks, k-1) == "margins" || lowerAt(toks, k-1) == "sideline")
}

// occasion reports a meeting noun named only to place another gathering in
// time or at it: "on the sidelines of the summit", "ahead of the IMF annual
// meeting", "before the summit".
func occasion(toks []token, n *mention) bool {
	if n.verb {
		return false
	}
	if sidelines(toks, n) || offsetNoun(toks, n) {
		return true // "a day ahead of the IMF's Interim Committee meeting"
	}
	k := n.nameStart - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	w := lowerAt(toks, k)
	return w == "of" && (lowerAt(toks, k-1) == "ahead" || lowerAt(toks, k-1) == "eve") || w == "to" && lowerAt(toks, k-1) == "prior" ||
		(w == "before" || w == "after") && lowerAt(toks, k+1) == "the"
}

// hasCapName reports whether the name has a capitalised word besides its head.
func hasCapName(toks []token, start, end, head int) bool {
	for k := start; k < end && k < len(toks); k++ {
		if k != head && toks[k].cap && !capStop[toks[k].lower] {
			return true
		}
	}
	return false
}

// sectionLabel reports a sentence that is only a section's heading naming
// meetings in the plural, with no day: "Past meetings", "Monthly
// meetings", "Forthcoming sessions" head the meetings told under them.
func sectionLabel(toks []token, ds []dateSpan, h int) bool {
	return len(ds) == 0 && len(toks) <= 3 && strings.HasSuffix(toks[h].lower, "s") && h == len(toks)-1
}

// newMention fills in what sentence si says about the meeting at head h.
func (d *doc) newMention(si, h int) *mention {
	toks, ds := d.toks[si], d.dates[si]
	m := &mention{sent: si, trig: h, sentenceTx: d.sents[si].Text}
	oral := oralEvidenceBody(toks, h) // "Treasury Committee - Oral evidence": the committee's word, or -1
	acronymKind := ""
	if _, ok := meetingNouns[toks[h].lower]; !ok && !ordinalAcronym(toks, h) {
		acronymKind = d.meetingAcronym(si, h)
	}
	if k, ok := meetingNouns[toks[h].lower]; ok || ordinalAcronym(toks, h) || assemblySitting(toks, h) || mediationHeld(toks, h) || videoCall(toks, h) || oral >= 0 || acronymKind != "" {
		switch {
		case ok:
			m.kind = k
			m.byTokens(FieldKind, RuleHeadNoun, toks, h, h+1)
		case videoCall(toks, h):
			m.kind = "meeting" // "will hold a video call on Thursday"
			m.byTokens(FieldKind, RuleHeadNoun, toks, h-1, h+1)
		case mediationHeld(toks, h):
			m.kind = "talks" // "Mediation between the dockworkers and the operator will begin on Tuesday"
			m.byTokens(FieldKind, RuleHeadNoun, toks, h, h+1)
		case assemblySitting(toks, h):
			m.kind = "session" // "the 40th World Health Assembly"
			m.byTokens(FieldKind, RuleHeadNoun, toks, h, h+1)
		case oral >= 0:
			m.kind = "hearing" // "Treasury Committee - Oral evidence: ..."
			m.byTokens(FieldKind, RuleHeadNoun, toks, h-1, h+1)
		case acronymKind != "":
			m.kind = acronymKind // "The previous SCM was held in Seoul"
			m.byTokens(FieldKind, RuleHeadMeetingAcronym, toks, h, h+1)
		default:
			m.kind = "meeting"
			m.byTokens(FieldKind, RuleHeadAcronym, toks, h-1, h+1)
		}
		if k2, ok := meetingNouns[lowerAt(toks, h-1)]; ok && k == "meeting" {
			m.kind = k2 // "summit meeting"
			m.byTokens(FieldKind, RuleHeadCompound, toks, h-1, h+1)
		}
		m.nameStart, m.nameEnd, m.skipEnd = nameBounds(toks, ds, h)
		if oral >= 0 {
			m.nameStart, m.nameEnd, m.skipEnd = h-1, h+1, h+1 // the committee before it is its owner, not its name
			if c, ok := d.nameEndingAt(si, oral); ok {
				m.owner = c.text // "Treasury Committee - Oral evidence"
			}
		}
		prev := lowerAt(toks, m.nameStart-1)
		if inSpan(ds, m.nameStart-1) >= 0 {
			prev = lowerAt(toks, ds[inSpan(ds, m.nameStart-1)].tokStart-1)
		}
		if prev == "s" && isApostrophe(lowerAt(toks, m.nameStart-2)) && inSpan(ds, m.nameStart-3) >= 0 {
			prev, m.possDate = "the", true // "today's talks", "last month's meeting": one already named, if its date fits
		}
		m.anaphoric = !hasProperName(toks, m.nameStart, m.nameEnd, h) &&
			(prev == "the" || prev == "that" || prev == "this" || prev == "these" || prev == "their" || prev == "its" || prev == "his" || prev == "her" ||
				prev == "more" || prev == "further") && // "and more talks are set for Friday": the talks go on
			!seriesNeighbour(toks, m.nameStart, h) && // "at its last meeting, held from September 29": another one
			!namedHolderOwn(toks, m.nameStart) // "The Athletes' Committee will hold its annual meeting ... next month": the committee's own
	} else {
		m.kind, m.verb = "meeting", true
		m.nameStart, m.nameEnd, m.skipEnd = h, h+1, h+1
		switch {
		case meetingVerbs[toks[h].lower] && titledObject(toks, h+1):
			m.byTokens(FieldKind, RuleHeadTitled, toks, h, h+2)
		case meetingVerbs[toks[h].lower]:
			m.byTokens(FieldKind, RuleHeadVerb, toks, h, h+1)
		case seesOfficial(toks, h), sitsDownWith(toks, h):
			m.byTokens(FieldKind, RuleHeadSee, toks, h, h+1)
		case toks[h].lower == "again":
			m.byTokens(FieldKind, RuleHeadAgain, toks, h-1, h+1)
		case courtesyCall(toks, h):
			m.byTokens(FieldKind, RuleHeadCourtesy, toks, h-1, h+1)
		case bodyDecides(toks, h):
			m.byTokens(FieldKind, RuleHeadBodyDecides, toks, h, h+1)
		case hearsWitness(toks, h):
			m.kind = "hearing"
			m.byTokens(FieldKind, RuleHeadHear, toks, h, h+2)
		case resumesBare(toks, h):
			m.kind = "talks"
			m.byTokens(FieldKind, RuleHeadResume, toks, h, h+1)
		case questionsWitness(toks, h):
			m.kind = "hearing"
			m.byTokens(FieldKind, RuleHeadQuestion, toks, h, h+2)
		case toldCommittee(toks, h):
			m.kind = "hearing"
			m.byTokens(FieldKind, RuleHeadToldCommittee, toks, h, h+2)
		case testifies(toks, h):
			m.kind = "hearing"
			m.byTokens(FieldKind, RuleHeadTestify, toks, h, h+2)
		case houseSits(toks, h):
			m.kind = "sitting"
			m.byTokens(FieldKind, RuleHeadHouseSits, toks, h-1, h+1)
		default:
			m.byTokens(FieldKind, RuleHeadDiscuss, toks, h, h+1)
		}
		s, e := subjectOf(toks, h)
		if s < e {
			m.title = d.nameText(toks, ds, s, e) + " meeting"
			m.byTokens(FieldTitle, RuleTitleSubject, toks, s, h+1)
		}
		if c, ok := d.whichSubject(si, h); ok && s == e {
			m.owner, m.title = c.text, c.text+" meeting" // "referred to the Credit Committee, which will meet on 25 May"
			m.byTokens(FieldTitle, RuleTitleSubject, toks, c.start, h+1)
		}
		if lowerAt(toks, h-1) == "which" && lowerAt(toks, h-2) == "," && bodyNouns[lowerAt(toks, h-3)] && lowerAt(toks, h-4) == "the" {
			if lowerAt(toks, h-3) == "board" {
				m.corporate = true // "The board, which met on Tuesday"
			} else {
				m.owner = d.bodyFor(si, lowerAt(toks, h-3)) // "The committee, which met on Monday"
			}
		}
		if o, g := d.verbOwner(si, h); o != "" && (s == e || !hasCapName(toks, s, e, -1)) {
			m.owner, m.title = o, o+" "+g+" meeting" // "the group's finance ministers will meet"
			m.byTokens(FieldTitle, RuleTitleOwner, toks, max(h-5, 0), h+1)
		} else if e-s == 1 && bodyNouns[toks[s].lower] && lowerAt(toks, s-1) == "the" {
			m.owner = d.bodyFor(si, toks[s].lower) // "The committee will meet again on Monday"
		}
		if b := d.bodyAfter(si, h); b != "" {
			if e-1 > s && groupNouns[toks[e-1].lower] {
				b = d.nameText(toks, ds, s, e-1) + " " + b // "World Trade Organization members" -> its General Council
			}
			m.title = b + " meeting"
			m.byTokens(FieldTitle, RuleTitleBody, toks, h, min(h+5, len(toks)))
		}
	}
	from := m.nameStart
	if m.verb {
		from = m.nameStart - 2
	}
	for k := max(from, 0); k < m.nameEnd; k++ {
		if corporateWords[toks[k].lower] && (toks[k].lower != "general" || lowerAt(toks, k+1) == "meeting") &&
			!(companyModifiers[toks[k].lower] && publicBodyIn(toks, m.nameStart-6, m.skipEnd)) && !(toks[k].lower == "board" && !toks[k].cap && localWord(lowerAt(toks, k-1))) {
			m.corporate = true // not "the General Border Committee", "the General Assembly", "a special session of the National Assembly", "the school board"
		}
	}
	for k := m.nameStart - 1; k >= 0 && k >= m.nameStart-3; k-- {
		switch toks[k].lower {
		case "opened", "began", "launched", "started", "resumed", "under":
			m.openEnded = m.kind == "talks"
		case "continue", "continues", "continuing":
			m.openEnded = m.kind == "talks" // "will continue their negotiations, launched in July 1986": still running
		}
	}
	for k := max(m.nameStart-4, 0); k < m.trig; k++ {
		if toks[k].lower == "day" && lowerAt(toks, k-1) == "-" && k >= 2 {
			m.days = numberWord(toks[k-2].lower)
		}
		if toks[k].lower == "days" && lowerAt(toks, k+1) == "of" && k+2 == m.nameStart && k >= 1 {
			m.days = numberWord(toks[k-1].lower) // "two days of talks"
		}
		if toks[k].lower == "week" && lowerAt(toks, k+1) == "of" && k+2 == m.nameStart && lowerAt(toks, k-1) == "a" {
			m.days = 7 // "arrived here today for a week of talks"
		}
	}
	n, begun := lastsDays(toks, m.skipEnd) // "began in Oslo on Monday and are expected to last three days"
	if m.days == 0 {
		m.days = n
	}
	m.started, m.ended = phaseOf(toks, m)
	m.started = m.started || begun && !m.ended
	m.continues = !m.verb && (continues(toks, m.skipEnd) || closing(toks, m.trig))
	if closing(toks, m.trig) && !hasProperName(toks, m.nameStart, m.nameEnd, m.trig) && lowerAt(toks, m.trig-2) != "a" {
		m.anaphoric = true // "at tomorrow's closing session": of the meeting named before (not "The budget committee will hold a final session on Wednesday")
	}
	if stillGoing(toks, phraseEnd(toks, m), !countedOne(toks, m)) || runningSince(toks, ds, phraseEnd(toks, m)) {
		m.openEnded = true // "Negotiations ..., launched last March, are still going on"
	}
	if lowerAt(toks, m.nameEnd) == "under" && lowerAt(toks, m.nameEnd+1) == "way" {
		m.openEnded = true
	}
	if !m.verb {
		m.title = d.nameText(toks, ds, m.nameStart, m.nameEnd)
		m.byTokens(FieldTitle, RuleTitleName, toks, m.nameStart, m.nameEnd)
		if o := d.ownerOf(si, m.nameStart); o != "" && !strings.Contains(m.title, o) {
			m.owner, m.title = o, withOwner(o, m.title)
			m.byTokens(FieldTitle, RuleTitleOwner, toks, m.nameStart, m.nameEnd)
		}
		if m.owner != "" && oral >= 0 {
			m.title = evidenceSessionTitle(m.owner) // each committee's hearing is its own
			m.byTokens(FieldTitle, RuleTitleOwner, toks, m.nameStart, m.nameEnd)
		}
	}
	d.names(m)
	if m.why[FieldKind].rule == RuleHeadMeetingAcronym && d.bodyInitials(toks[h].text) && !m.hasNamed(toks[h].text) {
		m.named = append(m.named, toks[h].text) // "The next JNCC is scheduled for 23 September": the committee sits
		m.byName(toks[h].text, RulePartySentence, toks[h].start, toks[h].end)
	}
	if c := d.committeePhrase(m); c != "" {
		m.namePhrase(c, strings.ToLower(c)) // "The council's finance committee will hold a public hearing"
	}
	if c := d.cabinetParty(m); c != "" {
		m.namePhrase(c, "cabinet") // "will meet her cabinet tomorrow", "will chair a meeting of the cabinet"
	}
	if m.why[FieldKind].rule == RuleHeadQuestion {
		d.witnessFirm(si, m) // "will question the company's chief executive": the story's company
	}
	if m.why[FieldKind].rule == RuleHeadTestify {
		d.witnessCommittee(toks, m) // "gave evidence to the Senate economics committee on Tuesday": the committee sits
	}
	d.namedBy(m, RulePartySentence)
	if m.verb {
		d.pronounSubject(si, m)
		d.namedBy(m, RulePartyPronoun)
	}
	d.roleParties(m)
	d.neighbourParties(m)
	d.namedBy(m, RulePartyNeighbour)
	d.dropQualifyingCountries(m)
	if v, at := d.slotVenue(si, m.trig); v != "" {
		d.slotPlace(m, v, at)
	} else {
		m.place, m.placeAt = d.placeOf(m)
	}
	if club, _, _ := strings.Cut(m.place, ","); creditorClub(club) {
		m.place = strings.Fields(club)[0] // "will meet in the Paris Club" (not "Paris Club, Cairo"): in Paris, the club a party (names.go)
	}
	if m.place == "" {
		if v := d.lineVenueOf(m); v != "" {
			m.place = v
			m.by(FieldPlace, RuleListingSuffix, -1, -1) // "Tuesday 14 October, 09.30 — Meeting with the Ghana Cocoa Board — Ministry boardroom"
		}
	}
	d.placeBy(m)
	d.addressCity(m)
	return m
}

// seriesNeighbour reports "last", "previous" or "next" before the meeting
// noun h (from the name's start): "its last meeting", "the next session"
// name another meeting of a series, not the one just named.
func seriesNeighbour(toks []token, start, h int) bool {
	for k := max(start-1, 0); k < h; k++ {
		switch toks[k].lower {
		case "last", "previous", "next":
			return true
		}
	}
	return false
}

// pronounSubject gives "they meet", "the two last met" the persons they
// stand for: those named earlier in the sentence (the speaker too: "Nakasone
// said he would see Bush when they meet"), else in the sentence before.
func (d *doc) pronounSubject(si int, m *mention) {
	toks := d.toks[si]
	k := m.trig - 1
	for n := 0; n < 3 && k >= 0 && (auxiliaries[toks[k].lower] || toks[k].lower == "last" || toks[k].lower == "first"); n++ {
		k--
	}
	if lowerAt(toks, k+1) == "to" && controlVerbs[lowerAt(toks, k)] {
		k-- // "The two ministers agreed to meet in Santiago in April"
	}
	w := lowerAt(toks, k)
	if w != "they" && w != "both" && !(w == "two" && lowerAt(toks, k-1) == "the") &&
		!(groupNouns[w] && lowerAt(toks, k-1) == "two" && lowerAt(toks, k-2) == "the") {
		return
	}
	have := map[string]bool{}
	for _, n := range m.named {
		have[n] = true
	}
	for s := si; s >= 0 && s >= si-1; s-- {
		var found []string
		for _, c := range d.chunks(s) {
			if s == si && c.start >= k {
				break
			}
			if n := d.expand(d.stripped(c.text)); (isPersonName(n) || d.titledWord(s, n)) && !have[n] { // "President Suharto" too
				found = append(found, n)
			}
		}
		if len(found) > 0 {
			for _, n := range found {
				have[n] = true
			}
			m.named = append(found, m.named...)
			return
		}
	}
}

// controlVerbs take a meeting verb after "to" with their own subject:
// "agreed to meet", "decided to hold talks".
var controlVerbs = map[string]bool{"agreed": true, "agree": true, "decided": true, "planned": true, "plan": true, "hope": true,
	"hoped": true, "expect": true, "expected": true, "promised": true, "pledged": true, "vowed": true, "arranged": true}

// verbOwner reads a possessive subject of a meeting verb: "The group's
// finance ministers will meet" -> the organisation the group is, and the
// words of the group ("finance ministers").
func (d *doc) verbOwner(si, h int) (owner, group string) {
	toks := d.toks[si]
	k := h - 1
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k--
	}
	if w := lowerAt(toks, k); !groupNouns[w] && !bodyNouns[w] && w != "executive" {
		return "", "" // "the group's finance ministers", "the union's bargaining commission", "the union's executive"
	}
	s := k
	for s > 0 && s > k-3 && toks[s-1].word && !toks[s-1].cap && toks[s-1].lower != "s" {
		s--
	}
	if o := d.ownerOf(si, s); o != "" {
		return o, sliceText(d.runes, toks[s].start, toks[k].end)
	}
	return "", ""
}

// sessionOfDayBefore reports, in a text with no dateline, a session named
// with a clock time only after a meeting dated to a day: "B. RECONVENE IN
// OPEN SESSION (6:30 p.m.)" in the agenda of "Regular Meeting — Monday,
// September 9, 2024" is a part of that meeting, not one of the notice's
// own day.
func (d *doc) sessionOfDayBefore(m *mention) bool {
	if d.dlEnd > 0 || m.kind != "session" {
		return false
	}
	return slices.ContainsFunc(d.mentions, func(o *mention) bool {
		return o.sent < m.sent && o.date != nil && !o.date.bare && o.date.prec == briefs.PrecisionDay
	})
}

// dayMeetingBefore reports a meeting of ms before m in its own sentence
// dated to a day, not by a bare clock: "REGULAR MEETING OF THE BOARD OF
// EDUCATION — Thursday, January 11, 2024, 6:30 p.m." over "Open session
// 6:30 p.m." in one sentence.
func dayMeetingBefore(ms []*mention, m *mention) bool {
	return slices.ContainsFunc(ms, func(o *mention) bool {
		return o != m && o.trig < m.trig && o.date != nil && !o.date.bare && o.date.prec == briefs.PrecisionDay
	})
}

// documentDate reports a date at k that a notice's label gives as its own:
// "Published Friday 17 January 2025", "Posted: January 10, 2025".
func documentDate(toks []token, k int) bool {
	if lowerAt(toks, k-1) == ":" {
		k--
	}
	switch lowerAt(toks, k-1) {
	case "published", "posted", "issued", "updated", "dated":
		return toks[k-1].cap || k-2 == 0 && toks[0].cap && toks[0].word // "Agenda posted: Wednesday, September 4, 2024"
	}
	return false
}

// dayBlockBefore reports, in a text with no dateline, a meeting dated to a
// day on a listing line or a short line of its own among the three
// sentences before si: an agenda's "9th Meeting, 2025" over "Tuesday 18
// March 2025", "Meeting No. 12, Wednesday 25 March 2026", whose time and
// room the prose after it gives.
func (d *doc) dayBlockBefore(si int) bool {
	if e := d.entries[si]; e != nil && e.headSent >= 0 || d.dlEnd > 0 {
		return false // a wire story's "will meet at 10 a.m." is today's; a diary line's day is its heading's
	}
	var last *mention // the last dated mention before si: an agenda's title, its items under it
	for _, o := range d.mentions {
		if o.sent >= si || o.date == nil || o.date.bare {
			continue
		}
		if o.sent >= si-3 && (d.entries[o.sent] != nil || d.shortLine(o.sent)) && o.date.prec == briefs.PrecisionDay {
			return true
		}
		last = o
	}
	return last != nil && si-last.sent <= agendaReach && d.shortLine(last.sent) && last.date.prec == briefs.PrecisionDay && d.itemLine(si)
}

// agendaReach is how many sentences an agenda's numbered items may run
// under the dated title whose meeting they are parts of: "3. PUBLIC
// HEARING (7:30 PM): Rezoning of 1200 Elm Avenue" under "CITY COUNCIL
// REGULAR MEETING AGENDA" over "Tuesday, April 7, 2026 – 7:00 PM".
const agendaReach = 12

// itemLine reports sentence si as a numbered item's line: "3. PUBLIC
// HEARING (7:30 PM): ...".
func (d *doc) itemLine(si int) bool {
	a := d.sents[si].Start
	for a > 0 && d.runes[a-1] != '\n' {
		a-- // the line's start, before the "3." the splitter made a sentence of its own
	}
	return sentences.ItemLine(d.runes[a:d.sents[si].End])
}

// shortLine reports a sentence that is a line of its own of twelve words
// at most: a notice's "Meeting No. 12, Wednesday 25 March 2026".
func (d *doc) shortLine(si int) bool {
	return d.lineStart(si) && d.lineEnd(si) && len(strings.Fields(d.sents[si].Text)) <= 12
}

// lineStart reports a sentence that opens a line.
func (d *doc) lineStart(si int) bool {
	k := d.sents[si].Start
	for k > 0 && d.runes[k-1] == ' ' {
		k--
	}
	return k == 0 || d.runes[k-1] == '\n'
}

// lineEnd reports a sentence that closes a line.
func (d *doc) lineEnd(si int) bool {
	k := d.sents[si].End
	for k < len(d.runes) && d.runes[k] == ' ' {
		k++
	}
	return k == len(d.runes) || d.runes[k] == '\n'
}

// recentBody is the organisation a bare "the committee" stands for: the
// last one named in this sentence or the one before ("The House of Commons
// finance committee met on Wednesday ... The committee will meet again").
func (d *doc) recentBody(si int) string {
	for s := si; s >= 0 && s >= si-1; s-- {
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			if n := dropTail(d.stripped(cs[i].text)); isOrg(n) && !isCountry(n) && !isPersonName(n) && !roomName(strings.Fields(n)) { // not "the Council Chambers"
				return n
			}
		}
	}
	return ""
}

// bodyAfter is the body a meeting verb names as where it meets: "will meet
// at the General Council in Geneva" -> "General Council".
func (d *doc) bodyAfter(si, h int) string {
	toks := d.toks[si]
	k := h + 1
	if lowerAt(toks, k) == "again" {
		k++
	}
	if lowerAt(toks, k) != "at" && lowerAt(toks, k) != "in" {
		return ""
	}
	k++
	if lowerAt(toks, k) == "the" {
		k++
	}
	for _, c := range d.chunks(si) {
		if c.start == k && isBody(c.text) {
			return dropTail(c.text)
		}
	}
	return ""
}

// phaseOf reads whether the text says the meeting has begun ("began its
// three-day meeting", "COP30 opened", "resumed talks") or is over ("at the
// end of its policy meeting", "ended a two-day session").
func phaseOf(toks []token, m *mention) (started, ended bool) {
	from := max(m.nameStart-5, 0)
	for k := m.nameStart - 1; k >= from; k-- {
		if toks[k].lower == "," || toks[k].lower == ";" {
			from = k + 1 // "a visit ... that began on Sunday, will meet": another clause's verb
			break
		}
	}
	to := min(m.nameEnd+2, len(toks))
	for k := from; k < to; k++ {
		if k >= m.nameStart && k < m.nameEnd {
			continue
		}
		switch toks[k].lower {
		case "began", "begun", "opened", "resumed", "started", "convened", "reconvened", "opens", "begins", "resumes":
			started = true
		case "kicked":
			started = started || lowerAt(toks, k+1) == "off" // "kicked off a new round of negotiations on Friday"
		case "wrapped":
			ended = ended || lowerAt(toks, k+1) == "up" && k < m.nameStart // "wrapped up two days of talks on Tuesday"
		case "ended", "closed", "concluded", "wound", "ends", "concludes", "after", "end", "close":
			if k < m.nameStart || toks[k].lower != "after" {
				ended = true
			}
		}
	}
	if lowerAt(toks, m.nameEnd) == "under" && lowerAt(toks, m.nameEnd+1) == "way" {
		started = true
	}
	if gatheredFor(toks, m) || m.verb && (toks[m.trig].lower == "gathered" || toks[m.trig].lower == "assembled" || toks[m.trig].lower == "convened" || toks[m.trig].lower == "reconvened") {
		started = true // "Leaders ... gathered in Venice today for their annual economic summit", "ministers ... gathered in Panama City today to review", "Parliament reconvened on Monday" (today): there now
	}
	if !m.verb && openedAfterPhrase(toks, m) {
		started = true // "A new round of negotiations on a pathogen-sharing annex ... opened at the WHO on Monday"
	}
	if w := toks[m.trig].lower; (w == "negotiating" || w == "bargaining") && lowerAt(toks, m.trig+1) == "table" {
		switch lowerAt(toks, m.trig-3) {
		case "returned", "came", "went", "back":
			started = true // "returned to the bargaining table on Wednesday" (today): talks under way again
		}
	}
	if intoDay(toks, m.skipEnd) {
		started = true // "Talks between Ecuador and its creditor banks ... went into a second day today"
	}
	if k := afterRelative(toks, phraseEnd(toks, m)); k > m.skipEnd {
		for j := k; j < len(toks) && j < k+2; j++ {
			switch toks[j].lower {
			case "resumed", "began", "opened", "reopened", "reconvened", "continued", "continue", "continues":
				started = true // "the Round, which began last September, resumed today"; "The talks in Istanbul, which began on Monday, continue on Wednesday"
			}
		}
	}
	if toks[m.trig].lower == "session" && lowerAt(toks, m.trig-1) == "in" || stillGoing(toks, phraseEnd(toks, m), !countedOne(toks, m)) {
		started = true // "in session so far this week"; "talks ... are still going on"
	}
	if breakIn(toks, m.nameStart) || dayOf(toks, m.nameStart) {
		started = true // "told reporters during a break in the talks on Thursday", "entered a third day of talks on Wednesday" (today)
	}
	for k := max(m.nameStart-4, 0); k+1 < m.nameStart; k++ {
		if w := toks[k].lower; (w == "is" || w == "are") && (toks[k+1].lower == "holding" || toks[k+1].lower == "having") {
			started = true // "A delegation ... is holding talks with officials today": in progress
		}
	}
	if toks[m.trig].lower == "meeting" && m.nameStart == m.trig {
		switch lowerAt(toks, m.trig-1) {
		case "is", "are", "was", "were":
			started = true // "the council is meeting this morning", "ministers, who were meeting in Brussels today,": in progress
		case ",":
			started = !pastMainVerb(toks, m.trig) // "the board, meeting in closed session this week, is expected to"
		}
	}
	if pe := phraseEnd(toks, m); lowerAt(toks, pe) == "," && lowerAt(toks, pe+1) == "which" {
		switch lowerAt(toks, pe+2) {
		case "opened", "began", "started", "convened":
			started = true // "their annual two-day meeting, which opened on Tuesday", "the ... Meeting (SEOM), which began yesterday"
		}
	}
	return started && !ended, ended
}

// openedAfterPhrase reports a meeting noun that opens its sentence and is
// the subject of a verb of opening past the words that qualify it: "A new
// round of negotiations on a pathogen-sharing annex to the pandemic
// agreement opened at the World Health Organization on Monday", "Talks
// between Iran and the IAEA on resuming inspections began at the agency on
// Wednesday". A comma, a relative word or another verb first ends the
// search.
func openedAfterPhrase(toks []token, m *mention) bool {
	k := m.nameStart - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].lower == "new") {
		k--
	}
	if k >= 0 && toks[k].word {
		return false // not the sentence's subject
	}
	for j := m.nameEnd; j < len(toks) && j < m.nameEnd+16; j++ {
		switch w := toks[j].lower; {
		case w == "opened" || w == "began" || w == "started" || w == "resumed" || w == "convened" || w == "reconvened" || w == "got":
			return j > m.nameEnd+1 // right after the name, phaseOf's own reading
		case isApostrophe(w): // "South Sudan's government"
		case !toks[j].word && w != "-", auxiliaries[w] && w != "to", relativeWord(w), reporting(w), w == "but":
			return false
		}
		if _, ok := cueAt(toks, j, false); ok {
			return false // another verb first: "Talks ended and the sides began"
		}
	}
	return false
}

// closing reports "the closing session", "tomorrow's final session": the
// last day of a meeting already named, not a gathering of its own.
func closing(toks []token, h int) bool {
	switch lowerAt(toks, h-1) {
	case "closing", "concluding", "final":
		return toks[h].lower == "session" || toks[h].lower == "sessions"
	}
	return false
}

// gatheredFor reports a gathering verb whose purpose is meeting m: "gathered
// in Venice today for their annual economic summit", "lawmakers returned on
// Tuesday for the regular session" — they are there, it has begun.
func gatheredFor(toks []token, m *mention) bool {
	k := m.nameStart - 1
	for n := 0; n < 2 && k > 0 && toks[k].word && !toks[k].cap && lowerAt(toks, k) != "for" && !determiners[lowerAt(toks, k)]; n++ {
		k-- // "for the regular session"
	}
	if determiners[lowerAt(toks, k)] {
		k--
	}
	if lowerAt(toks, k) != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		switch toks[j].lower {
		case "gathered", "assembled", "converged", "arrived", "returned", "reconvened": // "arrived today for talks with Commerce Minister Joao Sayad": there for them; "returned on Tuesday for the regular session"
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// intoDay reports "went into a second day", "entered their third day"
// within the clause from k: a meeting begun before and still going on.
func intoDay(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+28; j++ {
		switch toks[j].lower {
		case ",", ";":
			if j > k {
				return false
			}
		case "day", "week":
			o := lowerAt(toks, j-1)
			b := j - 1
			if w := lowerAt(toks, b); w == "straight" || w == "consecutive" || w == "successive" {
				b, o = b-1, lowerAt(toks, b-1) // "for a second straight day"
			}
			if w := lowerAt(toks, b); (w == "final" || w == "last") && lowerAt(toks, b-1) == "and" {
				b, o = b-2, lowerAt(toks, b-2) // "entered its second and final day"
			}
			into := lowerAt(toks, b-1) == "a" && (lowerAt(toks, b-2) == "into" || lowerAt(toks, b-2) == "entered") || possessives[lowerAt(toks, b-1)] && (lowerAt(toks, b-2) == "entered" || lowerAt(toks, b-2) == "into" || lowerAt(toks, b-2) == "in") ||
				(lowerAt(toks, b-1) == "a" || lowerAt(toks, b-1) == "the") && lowerAt(toks, b-2) == "for" && j < k+6 // "met for a second day today"
			if into && ordinalWord(o) && o != "first" {
				return true
			}
		}
	}
	return false
}

// stillGoing reports "still going on", "still under way", "so far", "are
// continuing" in the eight words after k, before the clause ends.
func stillGoing(toks []token, k int, soFar bool) bool {
	for j := k; j < len(toks) && j < k+12; j++ {
		switch w, next := toks[j].lower, lowerAt(toks, j+1); {
		case w == ";" || w == "." || reporting(w):
			return false
		case w == "still" && (next == "going" || next == "under" || next == "continuing" || next == "in" || next == "dragging"):
			return true
		case w == "so" && next == "far":
			return soFar
		case (w == "are" || w == "is" || w == "was" || w == "were") && next == "continuing":
			return true
		}
	}
	return false
}

// afterRelative is the token after a relative clause that opens at k
// (", which began last September,"), k when none opens there.
func afterRelative(toks []token, k int) int {
	if lowerAt(toks, k) != "," || !relativeWord(lowerAt(toks, k+1)) {
		return k
	}
	for j := k + 2; j < len(toks); j++ {
		if toks[j].lower == "," {
			return j + 1
		}
	}
	return k
}

// subjectOf finds a named group right before a meeting verb: "EC
// finance ministers meet", "American Motors directors met", "the cabinet
// will meet"; its token range, empty when none.
func subjectOf(toks []token, h int) (int, int) {
	k := h - 1
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k-- // "the cabinet will meet", "ministers are due to meet"
	}
	h = k + 1
	if !groupNouns[lowerAt(toks, k)] {
		return h, h
	}
	s := k
	for k--; k >= 0; k-- {
		t := toks[k]
		if t.word && t.cap && !capStop[t.lower] || nameModifiers[t.lower] || t.lower == "-" || t.num && lowerAt(toks, k-1) == "-" {
			s = k
			continue
		}
		break
	}
	for s < h-1 && !toks[s].cap {
		s++
	}
	if s >= h-1 && !bodyNouns[toks[h-1].lower] {
		return h, h // no name: "officials met"
	}
	return s, h
}

// whichSubject is the named body a relative clause's meeting verb at h
// belongs to: "the Credit Committee, which will meet on 25 May 2019", "the
// Finance Committee, which met on Monday" (rule title.subject). A body's
// name ends in a body noun; "Smith, who met" is a person's own meeting.
func (d *doc) whichSubject(si, h int) (chunk, bool) {
	toks := d.toks[si]
	k := h - 1
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k-- // "which will meet", "which is due to meet"
	}
	if lowerAt(toks, k) != "which" || lowerAt(toks, k-1) != "," || !bodyNouns[lowerAt(toks, k-2)] {
		return chunk{}, false
	}
	return d.nameEndingAt(si, k-2)
}

// nameText is the text of tokens [a,b) without any date inside it:
// "Ford's May 14 annual meeting" -> "Ford's annual meeting".
func (d *doc) nameText(toks []token, ds []dateSpan, a, b int) string {
	for _, x := range ds {
		if x.tokStart > a && x.tokEnd < b {
			return sliceText(d.runes, toks[a].start, toks[x.tokStart-1].end) + " " +
				sliceText(d.runes, toks[x.tokEnd].start, toks[b-1].end)
		}
	}
	return sliceText(d.runes, toks[a].start, toks[b-1].end)
}

// lowerWord reports whether w (lower case) occurs uncapitalised in the text.
func (d *doc) lowerWord(w string) bool {
	w = strings.ToLower(w)
	if d.asked[w] {
		return d.lowerSet[w]
	}
	for _, toks := range d.toks { // a word noteLowerWords did not expect
		for _, t := range toks {
			if t.word && !t.cap && t.lower == w {
				return true
			}
		}
	}
	return false
}

// noteLowerWords fills lowerSet with the words the rules ask about that
// occur uncapitalised in the text: the words that open a sentence or follow
// the dateline in it (lowerWord, from findChunks) and the sport words
// (sportsMeeting). Noting every uncapitalised word cost a map insertion a
// token; lowerWord scans the tokens for a word it was not told to expect.
func (d *doc) noteLowerWords() {
	d.asked = map[string]bool{}
	var asked tokens.Filter // passes the words of d.asked
	for _, toks := range d.toks {
		for s := 0; s < len(toks) && (s == 0 || toks[s-1].end <= d.dlEnd); s++ {
			d.asked[toks[s].lower] = true
			asked.Add(toks[s].lower)
		}
	}
	d.lowerSet = map[string]bool{}
	for _, toks := range d.toks {
		for _, t := range toks {
			if t.word && !t.cap && (asked.May(t.lower) && d.asked[t.lower] || sportFilter.May(t.lower) && (gameWords[t.lower] || sportsWords[t.lower])) {
				d.lowerSet[t.lower] = true
			}
		}
	}
}

// followsBetween reports "follow" or "since" between meeting nouns a and b:
// "The Tokyo talks follow a round in Washington in March" names two.
func followsBetween(toks []token, a, b *mention) bool {
	return followWordIn(toks, a.nameEnd, b.nameStart)
}

// followWordIn reports "follow(s/ed)" or "since" among tokens [from, to):
// the word that makes one meeting the successor of another.
func followWordIn(toks []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case "follow", "follows", "followed", "since":
			return true
		}
	}
	return false
}

// countedOne reports a meeting counted by an ordinal ("his second meeting
// with them so far this week", "the third round so far"): one of several,
// over, so "so far" does not keep it going.
func countedOne(toks []token, m *mention) bool {
	for k := max(m.nameStart-1, 0); k < m.trig; k++ {
		if w := toks[k].lower; ordinals[w] && w != "first" || isOrdinalNum(w) {
			return true
		}
	}
	return false
}

// breakIn reports "a break in" right before token k: "told reporters
// during a break in the talks on Thursday" speaks while they go on.
func breakIn(toks []token, k int) bool {
	if lowerAt(toks, k-1) == "the" {
		k--
	}
	return lowerAt(toks, k-1) == "in" && (lowerAt(toks, k-2) == "break" || lowerAt(toks, k-2) == "recess" || lowerAt(toks, k-2) == "pause") && (lowerAt(toks, k-3) == "a" || lowerAt(toks, k-3) == "the")
}

// dayOf reports "entered a third day of" or "into its second day of" right
// before the meeting's words at k: "negotiators entered a third day of
// talks on Wednesday" (today) are still talking.
func dayOf(toks []token, k int) bool {
	if lowerAt(toks, k-1) != "of" {
		return false
	}
	return intoDay(toks, max(k-6, 0)) && lowerAt(toks, k-2) == "day"
}
