package meetings

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// mention is one place in the text that names a meeting.
type mention struct {
	sent       int // sentence index
	trig       int // token index of the head word
	kind       string
	verb       bool // "met", "will meet"
	nameStart  int  // first token of the meeting's name
	nameEnd    int  // token after the name (including an "of X" complement)
	skipEnd    int  // token after any further "of X" chains (not participants)
	title      string
	anaphoric  bool // "the meeting", "during the talks": refers back
	possDate   bool // named by a date's possessive ("today's talks"): refers back if a meeting fits
	date       *dateSpan
	dist       int
	named      []string       // name chunks of the sentence outside the meeting's name
	namedAt    map[string]int // the token where this sentence names each of them
	nameOrgs   []string       // organisations inside the meeting's name
	place      string
	placeAt    int // the token where this sentence names the place (-1: elsewhere)
	corporate  bool
	openEnded  bool   // "opened talks": negotiations still going on
	started    bool   // "began its meeting", "resumed talks this morning": under way
	ended      bool   // "at the end of its meeting", "ended a two-day meeting": over
	movedFrom  string // the date a reschedule moved it from
	days       int    // "a three-day meeting": 3
	continues  bool   // "the talks will continue tomorrow": a later day of a meeting begun before
	online     bool   // a listing line "Online - ...": no venue (listing.go)
	owner      string // the body a possessive names: "the commission's", "its"
	listed     bool   // dated by a line of a list of dates (listingbody.go dateList): that line is its evidence
	sentenceTx string
	why        map[Field]why   // the rule that decided each field (rules.go)
	partWhy    map[string]why  // the rule that named each participant
	subjectOf  *mention        // a second object's meeting: the verb mention whose subject it shares (conjoined.go)
	sides      []string        // the pair "the two sides" stands for (sides.go twoSides)
	notParties map[string]bool // names said where no party is (roles.go nonParties)
	groupRefs  []string        // the parties a group word opening the sentence stands for (storyents.go groupRefParties)
	jointSides []string        // the two countries of a joint body named in lower case (names.go jointBodyAfter)
	nameSides  []string        // the countries that open the meeting's own name: "Japan-Philippines Strategic Dialogue" (names.go leadingCountries)
	key        string          // mentionKey, made once of the title keyOf ("" until then)
	keyOf      string
}

// clone is a copy of m that shares nothing the later steps change: each
// meeting of a date series (series.go) goes on to gather its own names,
// reasons and parties, and a shared slice or map would let one copy's
// append or delete show in another.
func (m *mention) clone() *mention {
	c := *m
	c.named = slices.Clone(m.named)
	c.namedAt = maps.Clone(m.namedAt)
	c.nameOrgs = slices.Clone(m.nameOrgs)
	c.why = maps.Clone(m.why)
	c.partWhy = maps.Clone(m.partWhy)
	c.sides = slices.Clone(m.sides)
	c.notParties = maps.Clone(m.notParties)
	c.groupRefs = slices.Clone(m.groupRefs)
	c.jointSides = slices.Clone(m.jointSides)
	c.nameSides = slices.Clone(m.nameSides)
	return &c
}

// headCues are the words, beside meetingNouns and meetingVerbs, at which a
// head rule of findMentions may fire: each rule's first test asks for one
// of them. findMentions skips every other word without asking the rules
// (an initialism aside: ordinalAcronym), which were 4% of the analysis
// pass asked at every word. A head rule added to findMentions adds its
// words here; TestHeadCuesGateEveryRule reads the rules' first statements
// and fails when one is missing.
var headCues = map[string]bool{
	"assembly": true, "mediation": true, "council": true, "forum": true, "congress": true, "evidence": true, // assemblySitting, mediationHeld, councilSitting, forumAttended, oralEvidence
	"call": true, "calls": true, "called": true, "calling": true, // videoCall, courtesyCall, seesOfficial
	"discuss": true, "discussed": true, "discusses": true, "debated": true, // discussWith
	"see": true, "sees": true, "saw": true, "seeing": true, "receive": true, "receives": true, "received": true, "receiving": true, // seesOfficial
	"host": true, "hosts": true, "hosted": true, "welcome": true, "welcomes": true, "welcomed": true, "welcoming": true,
	"brief": true, "briefs": true, "briefed": true, "briefing": true, // seesOfficial, testifies
	"sit": true, "sits": true, "sat": true, "sitting": true, "again": true, // sitsDownWith, houseSits, againAfter
	"hear": true, "hears": true, "heard": true, "take": true, "takes": true, "took": true, "taking": true, "taken": true, // hearsWitness
	"testify": true, "testifies": true, "testified": true, "testifying": true, // testifies
	"appear": true, "appears": true, "appeared": true, "appearing": true, "appearance": true,
	"give": true, "gives": true, "gave": true, "giving": true, "given": true, "told": true,
	"question": true, "questions": true, "questioned": true, "quiz": true, "quizzes": true, "quizzed": true, // questionsWitness
	"grill": true, "grills": true, "grilled": true, "face": true, "faces": true, "faced": true, "facing": true,
	"resume": true, "resumes": true, // resumesBare
}

// headCueFilter passes the words of meetingNouns, meetingVerbs and headCues.
var headCueFilter = headFilter.Or(tokens.NewFilter(headCues))

// mayBeInitialism reports a word ordinalAcronym may read: three to eight
// bytes, no lower-case letter.
func mayBeInitialism(t token) bool {
	if len(t.text) < 3 || len(t.text) > 8 {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// headsOf is findMentions of sentence si, worked out once: sentenceMentions,
// the role rules (secondMeeting, ownMeeting), the cancellations and the
// agenda's heading ask it of the same sentences. The list is shared, its
// capacity cut to its length so that an append copies it.
func (d *doc) headsOf(si int) []int {
	h := d.heads.get(len(d.toks), si, func(si int) []int { return findMentions(d.toks[si]) })
	return h[:len(h):len(h)]
}

// findMentions returns the meeting heads of one sentence.
func findMentions(toks []token) []int {
	var heads []int
	for i, t := range toks {
		if !t.word || !headCueFilter.May(t.lower) && !mayBeInitialism(t) {
			continue
		}
		if isMeetingNounWord(t.lower) && isMeetingNoun(toks, i) || ordinalAcronym(toks, i) || assemblySitting(toks, i) || mediationHeld(toks, i) || videoCall(toks, i) || oralEvidence(toks, i) || councilSitting(toks, i) || forumAttended(toks, i) {
			heads = append(heads, i)
			continue
		}
		if isMeetingVerbWord(t.lower) && isMeetingVerb(toks, i) || discussWith(toks, i) || seesOfficial(toks, i) || sitsDownWith(toks, i) || againAfter(toks, heads, i) || hearsWitness(toks, i) || testifies(toks, i) || questionsWitness(toks, i) || toldCommittee(toks, i) || bodyTakesUp(toks, i) || resumesBare(toks, i) || courtesyCall(toks, i) || houseSits(toks, i) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		for i := range toks {
			if toks[i].word && bodyDecides(toks, i) {
				return []int{i} // "The Union Cabinet ... today approved"
			}
		}
	}
	return heads
}

// sessionOfGroup reports "a session" or "the session" at i whose relative
// clause tells when it began ("after a session that began yesterday
// morning"), in a sentence whose subject is a group of ministers,
// negotiators or delegates before it: their sitting, not a market's.
func sessionOfGroup(toks []token, i int) bool {
	if w := lowerAt(toks, i-1); w != "a" && w != "the" {
		return false
	}
	if w := lowerAt(toks, i+1); w != "that" && w != "which" {
		return false
	}
	switch lowerAt(toks, i+2) {
	case "began", "opened", "started":
	default:
		return false
	}
	group := false
	for k := 0; k < i-1; k++ {
		switch toks[k].lower {
		case "ministers", "negotiators", "delegates", "envoys", "lawmakers", "legislators":
			group = true
		}
		if isMeetingNounWord(toks[k].lower) {
			return false // "wrapped up a final round of talks ..., after a session that opened on May 13": the round's own session
		}
	}
	return group
}

// gatheringNoun reports "gathering" at i used as a meeting's noun: after
// an article, a possessive or a meeting's adjective ("an informal
// gathering in Brussels", "The ministerial gathering", "their last full
// gathering", "the G-7 gathering"); not the verb or a collecting
// ("are gathering pace", "still gathering evidence", "intelligence
// gathering").
func gatheringNoun(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && gatheringAdjectives[toks[k].lower] {
		k-- // "an informal ministerial gathering"
	}
	if k < 0 {
		return false
	}
	if lowerAt(toks, k-1) == "at" && slices.ContainsFunc(toks[:k], func(t token) bool { return meetingVerbs[t.lower] }) {
		return false // "met Syria's new foreign minister at a gathering in Riyadh": the meeting's occasion
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].lower == "of" && occasionWords[toks[j-1].lower] {
			return false // "held talks on the sidelines of a G20 gathering in Rio"
		}
	}
	switch p := toks[k].lower; {
	case p == "a" || p == "an" || p == "the" || p == "this" || p == "that" || p == "its" || p == "their" || p == "next" || p == "last" || p == "s":
		return true
	case k < i-1 || toks[k].cap && toks[k].word:
		return k < i-1 || isAcronym(toks[k].text) || strings.Contains(toks[k].text, "-") // "Informal WTO ministerial gathering", "the G-7 gathering"
	}
	return false
}

// occasionWords before "of" make the gathering after them the occasion of
// another meeting: "on the sidelines of", "on the eve of".
var occasionWords = map[string]bool{"sidelines": true, "sideline": true, "margins": true, "margin": true, "fringes": true, "fringe": true, "eve": true}

// gatheringAdjectives qualify a gathering that meets: "informal",
// "ministerial", "annual".
var gatheringAdjectives = map[string]bool{
	"informal": true, "formal": true, "ministerial": true, "annual": true, "full": true, "regional": true, "first": true,
	"leaders": true, "high-level": true, "weekend": true, "trilateral": true, "special": true, "two-day": true, "three-day": true, "'": true,
}

// heldAtMeeting reports a hearing held at a meeting the sentence names
// after it: "A public hearing on the plan will be held at the regular
// meeting of February 11", a part of that meeting.
func heldAtMeeting(toks []token, i int) bool {
	for k := i + 1; k+1 < len(toks); k++ {
		if toks[k].lower == "at" && meetingNounWithin(toks, k+1, 3) {
			return true
		}
	}
	return false
}

// sultanTitle reports "Sultan" at k as a ruler's title, not a first name
// ("Sultan Al Jaber"): before "of" ("the Sultan of Brunei") or a name with
// "bin" or "ibn" ("Sultan Haitham bin Tarik").
func sultanTitle(toks []token, k int) bool {
	if toks[k].lower != "sultan" {
		return false
	}
	if lowerAt(toks, k+1) == "of" {
		return true
	}
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		if w := toks[j].lower; w == "bin" || w == "ibn" {
			return true
		}
	}
	return false
}

// namedBodyHolds reports a name ending in a meeting noun at i that holds a
// meeting of its own: "The International Cricket Conference (ICC) will
// hold a special meeting" names a body, not a conference.
func namedBodyHolds(toks []token, i int) bool {
	if i == 0 || !toks[i].cap || !toks[i-1].cap || !toks[i-1].word {
		return false
	}
	k := i + 1
	if lowerAt(toks, k) == "(" && lowerAt(toks, k+2) == ")" {
		k += 3 // "(ICC)"
	}
	for auxiliaries[lowerAt(toks, k)] {
		k++
	}
	if !holdVerbs[lowerAt(toks, k)] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if _, ok := meetingNouns[toks[j].lower]; ok {
			return true
		}
	}
	return false
}

// assemblySitting reports an assembly that is a gathering, not a
// parliament ("the National Assembly" stays a body and a party): the WHO's
// yearly World Health Assembly, or a numbered one ("the 40th World Health
// Assembly"), or a lower-case general, union or plenary assembly ("an
// extraordinary general assembly"). "assembly" is no meeting noun, so
// names ending in it stay names elsewhere.
func assemblySitting(toks []token, i int) bool {
	if toks[i].lower != "assembly" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ordinalWord(toks[k].lower) {
			return true
		}
	}
	if lowerAt(toks, i-1) == "general" && shareholderAssemblies[lowerAt(toks, i-2)] {
		return true // "the Ordinary General Assembly, to be held at 11:00 a.m. on Monday, 18 April 2011": a company's general meeting, as Gulf and Turkish notices name it
	}
	if !toks[i].cap && assemblyKinds[lowerAt(toks, i-1)] {
		return true // "an extraordinary general assembly in Madrid on December 14", "A union assembly here on Saturday voted"
	}
	if !toks[i].cap && indefiniteAssembly(toks, i) {
		return true // "will hold an assembly of its members on Thursday", "held an emergency assembly in Lecce last month"
	}
	return lowerAt(toks, i-1) == "health" && lowerAt(toks, i-2) == "world"
}

// indefiniteAssembly reports a lower-case "assembly" after "a" or "an"
// and at most two lower-case words, none a legislature's ("an assembly of
// its members", "a joint assembly of workers", "an extraordinary
// assembly", "a league assembly"): members gathered, not a legislature
// ("elected to a state assembly").
func indefiniteAssembly(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].lower
		if w == "a" || w == "an" {
			return true
		}
		if toks[k].cap || !toks[k].word || assemblyLegislatures[w] {
			return false
		}
	}
	return false
}

// assemblyLegislatures before "assembly" make it a legislature: "a state
// assembly", "a constituent assembly".
var assemblyLegislatures = map[string]bool{
	"state": true, "provincial": true, "national": true, "legislative": true, "constituent": true, "regional": true,
	"county": true, "municipal": true, "city": true, "parliamentary": true, "federal": true, "popular": true, "new": true,
}

// assemblyKinds before a lower-case "assembly" make it a body's members
// gathered, not a legislature ("the state assembly").
// shareholderAssemblies open a company's "General Assembly": its ordinary,
// extraordinary or annual general meeting.
var shareholderAssemblies = map[string]bool{"ordinary": true, "extraordinary": true, "annual": true}

var assemblyKinds = map[string]bool{
	"general": true, "union": true, "plenary": true, "members": true, "delegates": true, "mass": true, "workers": true,
}

// oralEvidence reports a committee's "Oral evidence" item, a hearing in a
// parliament's schedule: "Tuesday 25 February, 9.30am, Thatcher Room:
// Health and Social Care Committee - Oral evidence: NHS dentistry." The
// committee must be named before it in the sentence.
func oralEvidence(toks []token, i int) bool { return oralEvidenceBody(toks, i) >= 0 }

// oralEvidenceBody is the token of the committee word before the "Oral
// evidence" at i, -1 when there is none.
func oralEvidenceBody(toks []token, i int) int {
	if toks[i].lower != "evidence" || lowerAt(toks, i-1) != "oral" {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if toks[k].cap && (toks[k].lower == "committee" || toks[k].lower == "subcommittee") {
			return k
		}
	}
	return -1
}

// againAfter accepts ", and again informally in Nyborg on September 5":
// a second meeting of a meeting verb found before it in the sentence.
func againAfter(toks []token, heads []int, i int) bool {
	if toks[i].lower != "again" || lowerAt(toks, i-1) != "and" || len(heads) == 0 {
		return false
	}
	h := heads[len(heads)-1]
	return meetingVerbs[toks[h].lower] && h < i-2
}

// hyphenedBefore is the word before token i, joined again when the
// tokenizer split it at a hyphen: "closed-door" of "a closed-door session",
// "high-level" of "high-level dialogue", as the lexicons spell them.
func hyphenedBefore(toks []token, i int) string {
	if i >= 3 && toks[i-2].lower == "-" && toks[i-2].start == toks[i-3].end && toks[i-1].start == toks[i-2].end && toks[i-3].word && toks[i-1].word {
		return toks[i-3].lower + "-" + toks[i-1].lower
	}
	return lowerAt(toks, i-1)
}

// heldAfterShout reports a shouted heading's meeting at token i that the
// line after it dates in lower case: "MINUTES OF THE MEETING OF THE
// FINANCE COMMITTEE" over "held on Tuesday 11 February 2025 at 7.00 pm".
func heldAfterShout(toks []token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		if t := toks[k]; t.word && !shoutedWord(t.text) {
			return t.lower == "held" || t.lower == "to"
		}
	}
	return false
}

// isMeetingNoun filters uses of a meeting noun that are not a gathering.
func isMeetingNoun(toks []token, i int) bool {
	w := toks[i].lower
	prev, next := hyphenedBefore(toks, i), lowerAt(toks, i+1)
	if w == "visit" || w == "visits" {
		return prev == "state" && !toks[i].cap // "will pay a state visit to Moscow next month": talks with the hosts
	}
	if (w == "negotiating" || w == "bargaining") && next == "table" && prev == "the" && lowerAt(toks, i-2) == "to" {
		switch lowerAt(toks, i-3) {
		case "return", "returns", "returned", "returning", "back", "go", "come":
			return true // "will return to the negotiating table on Tuesday", "returned to the bargaining table": talks resume
		}
	}
	if earlier := func(w string) bool { return w == "previous" || w == "last" }; earlier(prev) || earlier(lowerAt(toks, i-2)) && !toks[i-1].cap && toks[i-1].word {
		if datedAfter(toks, i) && !marketSession(toks, i) || heldAfter(toks, i+1) || monthAfter(toks, i) && !roundOfOther(toks, i) {
			return true // "The council's previous meeting, on March 5, left rates unchanged", "The previous round, which took place in Doha in March", "The previous mediated session, on 21 September", "at its previous meeting in late May", "The previous round, which ran from November 20 to 28"
		}
	}
	if negatedNoun(toks, i) {
		return false // "Wednesday 11 March: No committee meetings scheduled", "there will be no talks on Friday"
	}
	if titleRemit(toks, i) {
		return false // "The Minister for Trade Negotiations, Mr Gareth Reeve": a portfolio
	}
	if toks[i].cap && i+1 < len(toks) && toks[i+1].num && (lowerAt(toks, i-1) == "," || i > 0 && toks[i-1].num) {
		return false // "Level 3, Summit 1, 1 Raffles Boulevard": a room of an address, numbered
	}
	if w == "gathering" || w == "gatherings" {
		return gatheringNoun(toks, i)
	}
	if w == "forum" || w == "forums" {
		return forumEvent(toks, i)
	}
	if w == "deliberations" {
		return beganBefore(toks, i) // "The Monetary Policy Committee began its three-day deliberations on Monday"; not "the committee's deliberations"
	}
	if w == "discussion" || w == "discussions" {
		if w == "discussions" && prev == "for" && next == "with" && i+2 < len(toks) && toks[i+2].cap && !hasMeetingNoun(toks[:i]) {
			return true // "will fly to Perth on Thursday for discussions with Western Australian Premier Gordon Meredith"
		}
		return heldBefore(toks, i) && !hasMeetingNoun(toks[:i]) // "will hold discussions with farm leaders on Friday", "will hold an open house discussion on Friday"; not "During the meeting, both sides ... held discussions on the next steps"
	}
	if w == "videoconference" || w == "teleconference" || w == "conference" && prev == "video" {
		return heldBefore(toks, i) // "will hold a videoconference on Friday", "hold video conference"
	}
	if prev == "video" && (w == "summit" || w == "meeting" || w == "talks") && !notMeetingAfter[next] {
		return true // "a two-day video summit on energy prices from Thursday", "a video meeting of the ministers"
	}
	if notMeetingBefore[prev] || notMeetingAfter[next] || sponsorName(toks, i) || namedBodyHolds(toks, i) {
		return false
	}
	if listHeading(toks, i) {
		return false // "Forthcoming meetings (published 13 January 2025)", "F. UPCOMING MEETINGS": a list's heading
	}
	if prev == "of" && lowerAt(toks, i-2) == "notice" && toks[i].cap {
		return false // "The Notice of Meeting has been posted to shareholders": a document
	}
	if _, ok := meetingNouns[next]; ok && next != "negotiations" {
		return false // "summit meeting": the last noun is the head
	}
	if (w == "meeting" || w == "sitting" || w == "session") && next == "no" && i+3 < len(toks) && (toks[i+2].lower == "." && toks[i+3].num || toks[i+2].num) {
		return true // "Meeting No. 158 - Tuesday, October 8, 2024": a committee's numbered meeting
	}
	if toks[i].cap && i+1 < len(toks) && toks[i+1].cap && !isMonthOrDay(next) && !(next == "of" && shoutedWord(toks[i].text) && heldAfterShout(toks, i)) {
		if _, month := monthNames[next]; !month { // not a heading's "MEETING OF THE FINANCE COMMITTEE" over "held on ..."
			return false // a name: "the Conference Board", "Summit Bancorp"
		}
	}
	switch w {
	case "talks":
		if prev == "he" || prev == "she" || prev == "it" || prev == "who" {
			return false
		}
	case "negotiation":
		if (prev == "new" || prev == "fresh" || prev == "further") && lowerAt(toks, i-2) == "a" {
			prev = lowerAt(toks, i-3) // "will open a new negotiation on the debt"
		}
		if next == "with" || next == "between" {
			return !mannerPreps[prev] // "face-to-face negotiation with Ford will begin on Monday"; not "by negotiation with"
		}
		if possessives[prev] {
			prev = lowerAt(toks, i-2) // "will resume their negotiation on Wednesday"
		}
		return holdVerbs[prev] || prev == "continue" || prev == "start" || prev == "started" // "will resume negotiation"
	case "round":
		if next == "-" && lowerAt(toks, i+2) == "table" {
			return heldBefore(toks, i) // "held a round-table with farm and mining groups at Parliament House on Monday" (the tokenizer splits the hyphen off)
		}
		if next == "of" && !meetingNounWithin(toks, i+2, 3) {
			return false // "the last round of sanctions", not "the last round of peace talks"
		}
		return (roundOrdinals[prev] || ordinalWord(prev) && next != "of" || prev == "follow-up") && !toks[i].cap // "a new round is due in November", "A follow-up round is scheduled to be held in Athens in March", "The 15th round is set for Monday" ("the 14th round of talks" keeps its talks for the head); "the Uruguay Round" is a name
	case "sitting", "sittings": // a body's sitting, not "sitting on the board"
		if roundOrdinals[prev] || sessionModifiers[prev] || prev == "last" || prev == "previous" {
			prev = lowerAt(toks, i-2) // "its next sitting", "a special sitting"
		}
		return determiners[prev] || prev == "an" // "will hold an emergency sitting on Thursday"
	case "markup": // "Full Committee markup of 14 health bills", "the subcommittee's markup on Thursday"; not "a price markup"
		return prev == "committee" || prev == "subcommittee" || isApostrophe(prev) && (lowerAt(toks, i-3) == "committee" || lowerAt(toks, i-3) == "subcommittee")
	case "offsite": // "The H2 planning offsite will take place", not "offsite backups"
		return !toks[i].cap && (next == "" || !lowerNoun(toks, i+1))
	case "hands": // "the next all-hands with the CEO"
		return i >= 2 && prev == "-" && lowerAt(toks, i-2) == "all" && toks[i-1].start == toks[i-2].end && toks[i].start == toks[i-1].end
	case "dinner", "lunch", "luncheon", "breakfast":
		return prev == "working" // "for a working lunch at the Elysee Palace on Friday", not "a state dinner"
	case "congress": // a federation's or a party's gathering ("the 74th FIFA Congress", "an extraordinary congress"), not a legislature
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if ordinalWord(toks[k].lower) {
				return true
			}
		}
		return sessionModifiers[prev] && prev != "joint" && prev != "budget" || prev == "party" || bodyCongress(toks, i) || heldNext(toks, i)
	case "retreat": // ministers' or leaders' gathering away from the table: "ASEAN defence ministers will hold a retreat in Manila", not "the dollar's retreat"
		if toks[i].cap {
			return false // "the Malaysia-Singapore Leaders' Retreat": a name, read as such
		}
		j := i - 1
		for j >= 0 && j >= i-3 && (determiners[toks[j].lower] || possessives[toks[j].lower] || sessionModifiers[toks[j].lower] || toks[j].lower == "leaders" || toks[j].lower == "ministers" || isApostrophe(toks[j].lower) || toks[j].lower == "informal") {
			j--
		}
		for j >= 2 && toks[j].word && !toks[j].cap && toks[j-1].lower == "-" && toks[j-2].word && !toks[j-2].cap {
			j -= 3 // "a report-writing retreat": a hyphened modifier
		}
		for j >= 0 && j >= i-6 && (determiners[toks[j].lower] || possessives[toks[j].lower]) {
			j--
		}
		return j >= 0 && holdVerbs[toks[j].lower]
	case "caucus": // a separate gathering of one side, held on a day: "producers would hold a separate caucus tomorrow"
		if (prev == "will" || prev == "would" || prev == "to") && !toks[i].cap {
			return true // the verb: "the producer delegations will caucus again here on Wednesday"
		}
		return holdVerbs[lowerAt(toks, i-2)] || holdVerbs[lowerAt(toks, i-3)] && !toks[i-1].cap
	case "convention": // a party's or a body's gathering, not a treaty ("the convention on ...")
		if next == "on" && !datedAfter(toks, i) || next == "against" || toks[i].cap {
			return false
		}
		return sessionModifiers[prev] || prev == "party" || prev == "national" || prev == "nominating" || prev == "leadership" ||
			holdVerbs[prev] || possessives[prev] && holdVerbs[lowerAt(toks, i-2)] // "will hold its convention on March 15"
	case "negotiating", "bargaining":
		return next == "round" || next == "session"
	case "session", "sessions":
		if prev == "in" && w == "session" || prev == "new" && w == "session" && lowerAt(toks, i-2) == "a" {
			return true // "ministers, in session in Vienna so far this week"; "A new session is set for Thursday"
		}
		if prev == "the" && w == "session" && (opensNext(toks, i+1) || next == "," && relativeWord(lowerAt(toks, i+2)) && startVerbs[lowerAt(toks, i+3)]) {
			return true // "The session will begin on July 21", "The session, which began on Monday": a parliament's, named before
		}
		if bodySession(toks, i) {
			return true // "The Human Rights Council's session began on Sept. 8", "at its weekly session on Wednesday"
		}
		if publicSession(toks, i) {
			return true // "An online information session will be held on Wednesday", "a community consultation session"
		}
		switch prev {
		case "last", "next", "final", "first", "opening", "closing", "concluding":
			if possessives[lowerAt(toks, i-2)] {
				return true // "at their last session on March 2 and 3", "what is expected to be their final session"
			}
			if lowerAt(toks, i-2) == "the" && holding(lowerAt(toks, i-3)) {
				return true // "agreed to hold the next session on December 15 at Tongilgak"
			}
			if prev == "next" && lowerAt(toks, i-2) == "the" && (next == "is" || next == "will" || next == "has") && scheduledWithin(toks, i+2) {
				return true // "The next session is fixed for Thursday 14 November"
			}
		}
		if w == "session" && prev == "a" && lowerAt(toks, i-2) == "at" && bodySubjectBefore(toks, i-2) {
			return true // "The Sinaloa state congress approved an emergency credit line at a session last week", "The AU Peace and Security Council will review the mediation at a session on Thursday"
		}
		if sessionModifiers[prev] && (roundOrdinals[lowerAt(toks, i-2)] || isOrdinalNum(lowerAt(toks, i-2))) && possessives[lowerAt(toks, i-3)] {
			return true // "began its first substantive session here today"
		}
		if w == "session" && (roundOrdinals[prev] || isOrdinalNum(prev)) && i == 2 && lowerAt(toks, 0) == "the" && takesPlace(toks, i+1) {
			return true // "The fifth session will take place on Friday, 26 July, at the Seafarers' Centre.": the sentence opens with it, the series told before
		}
		if (roundOrdinals[prev] || isOrdinalNum(prev)) && lowerAt(toks, i-2) == "," && bodyWords[lowerAt(toks, i-3)] {
			return true // "Vietnam-EU joint committee, sixth session.": a calendar's line, the body's numbered sitting
		}
		if isApostrophe(prev) && i > 1 && toks[i-2].cap && strings.HasSuffix(toks[i-2].lower, "s") {
			return true // "The EC Council of Ministers' session on the 1987 budget"
		}
		if possessives[lowerAt(toks, i-2)] && holdVerbs[lowerAt(toks, i-3)] && !holdVerbs[prev] {
			return lowerAt(toks, i-3) != "had" && lowerAt(toks, i-3) != "has" && lowerAt(toks, i-3) != "have" // "will hold its weekly session on Tuesday"
		}
		if holdVerbs[prev] || (numberWord(prev) > 0 || prev == "a" || possessives[prev]) && holdVerbs[lowerAt(toks, i-2)] {
			return prev != "had" && prev != "have" && prev != "has" // "have held four sessions so far this week"
		}
		if openedSession(toks, i) {
			return true // "The U.N. Human Rights Council opens a six-week session on Monday"
		}
		if w == "session" && i >= 2 && toks[i-1].word && !toks[i-1].cap && toks[i-2].cap && bodyWords[toks[i-2].lower] && prev != "trading" && prev != "market" {
			return true // "the City Council work session", "the Board's" aside: a named body's session of its kind
		}
		if w == "session" && heldSessionKind(toks, i) {
			return true // "will hold a work session on Tuesday, April 7", "will hold a budget study session on Tuesday"
		}
		if w == "session" && sessionOfGroup(toks, i) {
			return true // "farm ministers broke up early today after a session that began yesterday morning"
		}
		if w == "session" && lastingFor(toks, i) && !slices.ContainsFunc(toks, func(t token) bool { return tradingWords[t.lower] }) {
			return true // "after a four-hour session on Monday failed to break the deadlock", "a two-day session"
		}
		if w == "session" && sessionOfOwnedBody(toks, i) {
			return true // "a session of the council's executive board in Doha on Wednesday"
		}
		// a market or court "session" is no meeting: want a named body
		// ("Supreme Council ... session") or a meeting modifier.
		return sessionModifiers[prev] || i > 0 && toks[i-1].cap && !capStop[prev] || next == "of" && toks[min(i+2, len(toks)-1)].cap ||
			next == "of" && (lowerAt(toks, i+2) == "the" || possessives[lowerAt(toks, i+2)]) && toks[min(i+3, len(toks)-1)].cap // "Monday's session of the OPEC council", "the third session of their Nuclear Consultative Group"
	case "hearing", "hearings":
		if courtHearings[prev] {
			return false // "a court hearing on Thursday", "a bail hearing"
		}
		if prev == "a" && lowerAt(toks, i-2) == "to" && summonsBefore(toks, i-2) {
			return true // "the Public Accounts Committee (PAC) will call the Education Ministry's secretary-general to a hearing on July 3"
		}
		if prev == "oral" && heldStrictly(toks, i-1) {
			return true // "Germany's Federal Cartel Office will hold an oral hearing at its Bonn headquarters on Dec. 7": a regulator's hearing of the parties
		}
		if prev == "conciliation" || prev == "mediation" || prev == "arbitration" {
			return true // "A conciliation hearing between the union and the company is set for Friday": the two sides meet before a commissioner
		}
		if prev == "public" {
			return next != ":" && !heldAtMeeting(toks, i) // "Public hearing on the Sugar Bill (Western region)": a committee's or a council's, never a court's; not an agenda item's label ("5. Public hearing: Proposed fare changes")
		}
		if w == "hearings" && (prev == ":" && datedLinePrefix(toks, i-1) || i == 0 && next == "in" && i+2 < len(toks) && toks[i+2].cap) {
			return true // "Monday 9 November 2026, 9:00 a.m. to 4:00 p.m.: hearings in Regina", "hearings in Saskatoon, TCU Place." under its day: a committee's tour, line by line
		}
		for k := i - 1; k >= 0 && k >= i-14; k-- {
			if w := toks[k].lower; w == ";" || w == "," && k < i-8 {
				break
			}
			if hearingBodies[toks[k].lower] && (k >= i-8 || toks[k].cap) {
				return true // "the Senate committee will hold a hearing", "The House Transportation and Infrastructure Committee grilled the agency's acting administrator on Thursday at a hearing"
			}
		}
		if heldBefore(toks, i) {
			for k := i - 9; k >= 0 && k >= i-16; k-- {
				if hearingBodies[toks[k].lower] {
					return true // "the Zoning Board of Appeals of the Town of Weston will hold a public hearing"
				}
			}
		}
		return next == "of" || next == "before" && lowerAt(toks, i+2) == "the"
	case "dialogue":
		return toks[i].cap || prev == "strategic" || prev == "ministerial" || prev == "2+2" || prev == "interactive" || prev == "high-level" ||
			heldOwnDialogue(toks, i) || // "will hold their annual finance ministers' dialogue in Tokyo next month"
			resumedDialogue(toks, i) // "will resume political dialogue on Thursday"
	case "debate":
		return prev == "open" // "will hold a high-level open debate on ... on Tuesday, 20 May": a UN council's sitting
	case "consultation":
		if prev == "public" && heldStrictly(toks, i-1) {
			return true // "The Philippine Competition Commission will hold a public consultation at its Quezon City offices on Friday"
		}
		return prev == "iv" || toks[i].cap && i > 0 && toks[i-1].cap && toks[i-1].word || // "The 3rd Korea-Ghana Policy Consultation will be held"
			next == "with" && i+2 < len(toks) && (toks[i+2].cap || heldWithin(toks, i, 6) && meetsParty(toks, i+2)) || // "concluded the Article IV consultation with Peru", "will hold a pre-budget consultation with state finance ministers"
			prev == "stakeholder" && verbWithin(toks, i, 8, hosting) // "will host a two-day National Stakeholder Consultation on ... on 23 and 24 September" (not a public consultation, a comment period)
	case "audience":
		return next == "with"
	case "bilateral":
		return next == "with" // a diary's "16:00 Bilateral with the Prime Minister of Norway"
	case "meeting":
		if meetsObject(toks, i) {
			return false // "meeting the target next month"
		}
		if prev == "been" && sinceAt(toks, i+1) > 0 {
			return true // "has been meeting since Monday": under way
		}
		if prev == "be" || prev == "been" {
			return false // "expects to be meeting periodically": a verb, handled as habitual
		}
	}
	return true
}

// courtHearings name a court's hearing, which is no meeting.
var courtHearings = map[string]bool{
	"court": true, "bail": true, "custody": true, "sentencing": true, "extradition": true, "trial": true, "appeal": true,
	"disciplinary": true, "judicial": true, "probate": true, "immigration": true, "asylum": true,
}

// heldBefore reports a hold verb within the three words before the noun at
// i: "will hold a video conference", "held a videoconference" (not "told
// a video conference", a news conference, nor "a meeting held by
// videoconference", whose noun is the meeting's manner).
func heldBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if mannerPreps[toks[k].lower] {
			return false
		}
		if holding(toks[k].lower) {
			return true
		}
	}
	return false
}

// summonsBefore reports a verb that calls someone to a meeting in the
// ten words before "to" at k: "will call the Education Ministry's
// secretary-general to a hearing", "summoned the minister to a hearing".
func summonsBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		switch toks[j].lower {
		case "call", "calls", "called", "summon", "summons", "summoned", "invite", "invites", "invited":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// videoCall reports "a video call" or "a conference call" at i that a verb
// of holding holds: "will hold a video call on Thursday to coordinate the
// bloc's position", "Regional presidents held a conference call last
// Friday". Not a company's conference call with analysts or investors
// (investorWords), nor a call over the telephone alone, which the
// annotators leave optional.
func videoCall(toks []token, i int) bool {
	if toks[i].lower != "call" || lowerAt(toks, i-1) != "video" && lowerAt(toks, i-1) != "conference" {
		return false // "will hold a video call", "held a conference call last Friday"
	}
	if lowerAt(toks, i-1) == "conference" && slices.ContainsFunc(toks, func(t token) bool { return investorWords[t.lower] }) {
		return false // "will hold a conference call with analysts to discuss quarterly results"
	}
	return heldBefore(toks, i-1) || heldBefore(toks, i)
}

// investorWords make a conference call a company's with its market.
var investorWords = map[string]bool{"analysts": true, "investors": true, "earnings": true, "results": true, "quarterly": true, "quarter": true, "webcast": true, "shareholders": true}

// mediationHeld reports "mediation" at i as the sides' meeting: between
// named sides with a verb of its course after ("Mediation between striking
// dockworkers and the operator will begin at the labour court on
// Tuesday", "mediation between Somalia's federal government and Jubaland
// will resume in Nairobi next week", "mediation with the port operator
// ... would resume on Tuesday", "mediation at the Employment Relations
// Authority would begin"), or held, resumed or attended ("will
// attend mediation on Monday"); not a law, a service or an effort ("the
// mediation law", "mediation efforts", "under mediation by").
func mediationHeld(toks []token, i int) bool {
	if toks[i].lower != "mediation" || toks[i].cap && i > 0 && toks[i-1].word {
		return false // "the Federal Mediation and Conciliation Service": a name
	}
	if _, noun := meetingNouns[lowerAt(toks, i+1)]; noun {
		return false // "mediation talks", "a mediation session": the noun after is the meeting
	}
	switch lowerAt(toks, i-1) {
	case "resume", "resumed", "resumes", "attend", "attended", "attends", "hold", "held", "holds", "begin", "began", "begins":
		return true
	}
	next := lowerAt(toks, i+1)
	if next != "between" && next != "with" && next != "at" {
		return false
	}
	commas := 0
	for k := i + 2; k < len(toks) && k <= i+20; k++ {
		switch toks[k].lower {
		case ",":
			if commas++; next == "between" || commas > 2 {
				return false // but "mediation with the port operator, Terminal Pacifico Sur, would resume on Tuesday"
			}
		case ";", ".":
			return false
		case "begin", "begins", "began", "resume", "resumes", "resumed", "open", "opens", "opened", "start", "starts", "started", "continue", "continues", "continued", "ended", "broke", "collapsed":
			return true
		}
	}
	return false
}

// resumedDialogue reports a dialogue of one adjective that a verb of
// holding, resuming or opening takes as its object: "will resume political
// dialogue on Thursday", "held a security dialogue"; not "dialogue" as a
// policy ("called for political dialogue", "to promote social dialogue").
func resumedDialogue(toks []token, i int) bool {
	k := i - 1
	if k < 0 || toks[k].cap || !toks[k].word || !strings.HasSuffix(toks[k].lower, "al") && toks[k].lower != "security" && toks[k].lower != "policy" {
		return false
	}
	if w := lowerAt(toks, k-1); w == "a" || w == "an" || w == "their" || w == "its" {
		k--
	}
	switch lowerAt(toks, k-1) {
	case "resume", "resumes", "resumed", "resuming", "hold", "holds", "held", "holding", "open", "opens", "opened", "launch", "launched", "launches":
		return true
	}
	return false
}

// heldOwnDialogue reports a dialogue that a hold verb holds as its
// subject's own, past "their", "its" or "a" and up to four words of its
// kind: "will hold their annual finance ministers' dialogue".
func heldOwnDialogue(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		w := toks[k].lower
		if possessives[w] || w == "a" || w == "an" {
			return holding(lowerAt(toks, k-1))
		}
		if !toks[k].word && !isApostrophe(w) && w != "-" || toks[k].cap {
			return false // but "will hold a high-level economic dialogue in Beijing"
		}
	}
	return false
}

// openedSession reports a session a verb of opening begins, past an
// article or owner and a length: "opens a six-week session on Monday",
// "began its spring session". Not a market's ("the trading session").
func openedSession(toks []token, i int) bool {
	k := i - 1
	for n := 0; n < 6 && k >= 0; n, k = n+1, k-1 {
		w := toks[k].lower
		switch {
		case openingVerbs[w]:
			return n > 0 && lowerAt(toks, i-1) != "trading" && lowerAt(toks, i-1) != "market"
		case w == "a" || w == "an" || possessives[w] || w == "-" || numberWord(w) > 0 || toks[k].num || durationUnits[w] || sessionModifiers[w] || w == "new" || w == "regular" ||
			(w == "mid" || w == "year" || w == "end") && lowerAt(toks, k+1) == "-" || w == "year" && lowerAt(toks, k-1) == "-": // "opened its mid-year session on Tuesday"
		default:
			return false
		}
	}
	return false
}

// openingVerbs begin a body's session; durationUnits measure one.
var (
	openingVerbs  = map[string]bool{"opens": true, "open": true, "opened": true, "begins": true, "begin": true, "began": true, "starts": true, "start": true, "started": true, "convenes": true, "convened": true, "resumes": true, "resumed": true}
	durationUnits = map[string]bool{"day": true, "week": true, "month": true}
)

// heldWithin reports a verb of holding in the n words before noun i, in
// its clause: "will hold a pre-budget consultation".
func heldWithin(toks []token, i, n int) bool { return verbWithin(toks, i, n, holding) }

// holding reports a verb of holding that is not of having: "hold", "held",
// not "had".
func holding(w string) bool { return holdVerbs[w] && w != "have" && w != "has" && w != "had" }

// hosting reports a verb of holding or hosting: "will host a two-day
// National Stakeholder Consultation".
func hosting(w string) bool {
	return holding(w) || w == "host" || w == "hosts" || w == "hosted" || w == "hosting"
}

// verbWithin reports a word verb accepts in the n words before noun i, in
// its clause (no comma or semicolon between).
func verbWithin(toks []token, i, n int, verb func(string) bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		switch w := toks[k].lower; {
		case w == "," || w == ";":
			return false
		case verb(w):
			return true
		}
	}
	return false
}

// sponsorName reports a capitalised meeting noun that ends the name of a
// sponsor: "under the auspices of the Islamic Conference" (a body).
func sponsorName(toks []token, i int) bool {
	if !toks[i].cap {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].cap {
		k--
	}
	if lowerAt(toks, k) == "the" {
		k--
	}
	return lowerAt(toks, k) == "of" && lowerAt(toks, k-1) == "auspices"
}

// publicSessionWords name a session a body holds for the public: an
// information, consultation or engagement session.
var publicSessionWords = map[string]bool{"information": true, "consultation": true, "engagement": true, "listening": true, "drop-in": true}

// publicSession reports a public session at i that is held on a day: its
// kind word just before it ("An online information session will be held on
// Wednesday", "a community consultation session, Saturday 22 March") and a
// holding verb before or after, or a date right after a dash or comma.
func publicSession(toks []token, i int) bool {
	if !publicSessionWords[lowerAt(toks, i-1)] && !publicSessionWords[lowerAt(toks, i-2)] {
		return false
	}
	k := i + 1
	for auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "be" || lowerAt(toks, k) == "now" {
		k++
	}
	switch lowerAt(toks, k) {
	case "held", "take", "takes", "run", "runs":
		return true
	case ",", "-", "–":
		return k+1 < len(toks) && (isMonthOrDay(lowerAt(toks, k+1)) || toks[k+1].num)
	}
	return heldBefore(toks, i)
}

// opensNext reports a verb of opening at token k, past "will": "will
// begin", "opens", "is to start".
func opensNext(toks []token, k int) bool {
	if w := lowerAt(toks, k); w == "will" || w == "is" && lowerAt(toks, k+1) == "to" {
		k++
		if lowerAt(toks, k) == "to" {
			k++
		}
	}
	switch lowerAt(toks, k) {
	case "begin", "begins", "open", "opens", "start", "starts", "convene", "convenes", "commence", "commences":
		return true
	}
	return false
}

// otherObject reports a cancelling verb at k whose object is something
// other than a gathering: "four days after Brazil suspended interest
// payments" (not "cancelled the meeting", "scrapped plans to meet").
func otherObject(toks []token, k int) bool {
	j := k + 1
	for determiners[lowerAt(toks, j)] || lowerAt(toks, j) == "all" || lowerAt(toks, j) == "an" {
		j++
	}
	if j >= len(toks) || j == k+1 && !toks[j].word {
		return false
	}
	w := toks[j].lower
	if _, ok := meetingNouns[w]; ok || !toks[j].word || toks[j].cap {
		return false
	}
	switch w {
	case "plans", "plan", "trip", "schedule", "date", "it", "them", "indefinitely", "until", "in", "on", "at", "for",
		"by", "after", "because", "due", "and", "but", "as", "with", "without", "again", "today", "yesterday", "tomorrow":
		return false
	}
	return true
}

// cueOfOther reports a cancelling participle at k said of another noun
// than the meeting's head at i: "quotas suspended in February 1986",
// "export quotas, which were suspended in February" (not "the talks were
// suspended", "the suspended talks").
func cueOfOther(toks []token, k, i int) bool {
	p := k - 1
	if p < 0 || p == i || !toks[p].word {
		return false
	}
	if w := toks[p].lower; passiveAux[w] {
		if w := lowerAt(toks, p-1); w == "have" || w == "has" || w == "had" {
			p-- // "which have been suspended"
		}
		return relativeOfOther(toks, i, p-1)
	}
	w := toks[p].lower
	_, meeting := meetingNouns[w]
	return !toks[p].cap && !meeting && !auxiliaries[w] && !strings.HasSuffix(w, "ly") && w != "not" && w != "never" && plural(w)
}

// sinceStopped reports talks named only as the point since when something
// holds: "met for the first time since talks collapsed in April" (the date is
// the collapse's, and no gathering is dated).
func sinceStopped(toks []token, i int) bool {
	k := i - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	return lowerAt(toks, k) == "since" && stopVerbs[lowerAt(toks, i+1)]
}

// mannerPreps before "negotiation" make it a means, not a gathering: "by
// negotiation with the unions", "through negotiation".
var mannerPreps = map[string]bool{"by": true, "through": true, "via": true, "of": true, "for": true, "to": true, "in": true}

// monthAfter reports a month's name in the clause after the meeting noun
// at i, within earlierReach words: "at its previous meeting in late May",
// "The previous round, which ran from November 20 to 28", "at the previous
// congress in Kigali in March last year" (an earlier meeting of a series,
// told by its date).
func monthAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+earlierReach; k++ {
		switch t := toks[k]; {
		case t.lower == ";" || t.lower == "." && k == len(toks)-1:
			return false
		case t.cap && isMonthName(t.lower):
			return true
		}
	}
	return false
}

// bodyCongress reports a congress named by a body's initialism and dated
// after it, "the FIFA Congress in Paris on May 17": a federation's
// gathering, not a legislature ("the U.S. Congress").
func bodyCongress(toks []token, i int) bool {
	if i == 0 || !shoutedWord(toks[i-1].text) || len(toks[i-1].text) < 3 || toks[i-1].lower == "usa" {
		return false
	}
	j := i + 1
	if lowerAt(toks, j) == "in" && j+1 < len(toks) && toks[j+1].cap {
		j += 2 // "in Paris"
	}
	return dayAfter(toks, j)
}

// heldNext reports a gathering told as held right after its noun at i,
// directly or in a relative clause: "the WARC Congress, which will be held
// in Dakar on 25-26 November", "the congress to be held in Dakar"; a
// legislature sits, it is not held.
func heldNext(toks []token, i int) bool {
	k := i + 1
	if lowerAt(toks, k) == "," {
		k++
	}
	if w := lowerAt(toks, k); w == "which" || w == "that" {
		k++
	}
	for n := 0; n < 4 && (auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "be" || lowerAt(toks, k) == "being"); n++ {
		k++
	}
	return k > i+1 && lowerAt(toks, k) == "held"
}

// roundOfOther reports "round of" things that are no meeting: "The last
// round of sanctions, held back in May"; not a round of a named or
// definite process ("of the mechanism", "of the FOC").
func roundOfOther(toks []token, i int) bool {
	if toks[i].lower != "round" || lowerAt(toks, i+1) != "of" || i+2 >= len(toks) {
		return false
	}
	return lowerAt(toks, i+2) != "the" && !toks[i+2].cap && !meetingNounWithin(toks, i+2, 3)
}

// lowerNoun reports a lower-case word at k that a noun before it would
// modify: "offsite backups", not "offsite will" nor "offsite on".
func lowerNoun(toks []token, k int) bool {
	t := toks[k]
	return t.word && !t.cap && !t.num && !auxiliaries[t.lower] && !placePreps[t.lower] && !objectStops[t.lower] && t.lower != "has" && t.lower != "was"
}

// earlierReach is how far after an earlier meeting's noun monthAfter looks.
const earlierReach = 10

// marketSession reports a market's "previous session" dated by a weekday
// with no body owning it: "up from 2,650.1 at the previous session on
// Thursday" is a day's trading, no meeting.
func marketSession(toks []token, i int) bool {
	if toks[i].lower != "session" {
		return false
	}
	if w := lowerAt(toks, i-2); w == "its" || w == "their" || w == "s" {
		return false // "the council's previous session, on Monday"
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if _, ok := weekdayNames[toks[k].lower]; ok {
			return true
		}
	}
	return false
}

// datedAfter reports a day or month said right after the noun at i: "on
// March 5", ", on Tuesday,", "in February", "yesterday".
func datedAfter(toks []token, i int) bool {
	k := i + 1
	if lowerAt(toks, k) == "," {
		k++
	}
	if w := lowerAt(toks, k); w == "yesterday" || w == "today" || w == "tomorrow" {
		return true // "at its monthly session yesterday"
	}
	if w := lowerAt(toks, k); w != "on" && w != "in" {
		return false
	}
	if k+2 < len(toks) && !toks[k+1].cap && toks[k+1].lower != "" && toks[k+1].lower[0] >= '0' && toks[k+1].lower[0] <= '9' {
		k++ // "on 26 February 2025", "on 21 September": the day before its month
	}
	return k+1 < len(toks) && toks[k+1].cap && isMonthOrDay(toks[k+1].lower)
}

// meetsObject reports "meet(ing) the demand", "met its targets": meeting a
// goal, not people.
func meetsObject(toks []token, i int) bool {
	for k, n := i+1, 0; k < len(toks) && n < 4; k++ {
		if toks[k].cap && toks[k].word || isApostrophe(toks[k].lower) && (lowerAt(toks, k+1) == "s" || strings.HasSuffix(lowerAt(toks, k-1), "s")) || toks[k].lower == "s" && isApostrophe(lowerAt(toks, k-1)) {
			continue // "met the Railroad Commission's deadline", "meet shareholders' expectations": a name and its possessive
		}
		if toks[k].num || toks[k].lower == "." && toks[k-1].cap && len(toks[k-1].lower) <= 4 || toks[k].lower == "-" && lowerAt(toks, k-1) != "" && toks[k-1].num {
			continue // "failed to meet a Feb. 29 deadline", "meet the 2030 targets": a date in the goal's name
		}
		n++
		switch toks[k].lower {
		case "on", "in", "at", "to", "for", "from", "until", "here", "again", "next", "this", "today", "tomorrow":
			return false // "will meet on Thursday to discuss debt": no object, the goal is another verb's
		}
		if goalNouns[toks[k].lower] {
			// "meeting the Lisbon targets", "met with scathing reviews";
			// not "will meet opposition leaders": a group's modifier
			// ("met opposition leader Kim Young-sam": a title)
			return !groupNouns[lowerAt(toks, k+1)] && !partyNouns[lowerAt(toks, k+1)] && !titleWords[lowerAt(toks, k+1)]
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// negatedNoun reports "no" opening the noun phrase of meeting noun i, at
// most three tokens before it: "No committee meetings", "no further talks";
// not the number sign "No." ("Meeting No. 158" has it after).
func negatedNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].lower == "no" {
			return lowerAt(toks, k+1) != "."
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// beganBefore reports a verb of opening within the six tokens before token
// i: "began its three-day deliberations", "is expected to begin
// deliberations".
func beganBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch toks[k].lower {
		case "begin", "begins", "began", "beginning", "start", "starts", "started", "opened", "opens", "resume", "resumes", "resumed", "continue", "continues":
			return true
		}
	}
	return false
}

// countedGroup is where a group met, counted, starts after its count from
// token j: "union leaders" of "12 union leaders", "business leaders" of
// "about 30 business leaders"; -1 when tokens j on are no counted group
// ("three times", "two days later").
func countedGroup(toks []token, j int) int {
	switch lowerAt(toks, j) {
	case "about", "some", "around", "nearly", "almost", "over", "all":
		j++
	}
	if j >= len(toks) || !toks[j].num && numberWord(toks[j].lower) == 0 {
		return -1
	}
	j++
	if j < len(toks) && (partyNouns[toks[j].lower] || groupNouns[toks[j].lower]) ||
		j+1 < len(toks) && toks[j].word && !toks[j].cap && groupNouns[toks[j+1].lower] {
		return j
	}
	return -1
}

// isMeetingVerb accepts "met X", "will meet X", "meets with X"; not a
// capitalised "Meet", which starts a title ("Meet The Fockers").
func isMeetingVerb(toks []token, i int) bool {
	if toks[i].cap && (i > 0 || lowerAt(toks, 1) != "with") {
		return false // but "Met with Foreign Minister Takeshi Iwaya.": a diary line's verb, its subject the diary's
	}
	if convenesGroup(toks, i) {
		return true // "The World Bank will convene donor governments in Paris on June 16"
	}
	if gatherVerbs[toks[i].lower] && !strings.HasPrefix(toks[i].lower, "huddle") && !groupSubject(toks, i) && !convenerSubject(toks, i) {
		return false // "protesters gathered in the square"
	}
	next := lowerAt(toks, i+1)
	if meetsObject(toks, i) {
		return false
	}
	if strings.HasSuffix(next, "ly") && len(next) > 4 && !habitAdverbs[next] && i+2 < len(toks) {
		i++ // "met briefly on Tuesday", "met privately with"
		next = lowerAt(toks, i+1)
	}
	if next == "as" && asPlanned[lowerAt(toks, i+2)] {
		i += 2 // "will meet as planned on Wednesday"
		next = lowerAt(toks, i+1)
	}
	if partyNouns[next] || groupNouns[next] || legislatorNouns[next] {
		return true // "will meet management on Thursday", "will meet representatives of farmers' unions", "met senators from both parties"
	}
	if sidesObject(toks, i+1) || next == "face" && lowerAt(toks, i+2) == "to" && lowerAt(toks, i+3) == "face" {
		return true // "met both sides in Santiago last Thursday", "had last met face to face on June 2"
	}
	if numberWord(next) > 0 && lowerAt(toks, i+2) == "times" {
		return true // "have met three times so far this week": sittings of one gathering
	}
	if countedGroup(toks, i+1) >= 0 {
		return true // "will meet 12 union leaders on Friday", "met about 30 business leaders"
	}
	if (determiners[next] || next == "an" && !gatherVerbs[toks[i].lower]) && meetsParty(toks, i+2) || i+1 < len(toks) && !toks[i+1].cap && toks[i+1].word && groupNouns[lowerAt(toks, i+2)] || lowerGroup(toks, i+1) || pairedGroup(toks, i+1) {
		// "met the steering committee of creditor banks", "met farm groups"
		return true
	}
	if next == "ahead" && lowerAt(toks, i+2) == "of" {
		return true // "OPEC technical committee meets ahead of the ministerial review"
	}
	switch next {
	case "with", "for", "in", "on", "at", "here", "again", "today", "tomorrow", "yesterday", "to", "visiting",
		"behind", "over", "until", "into", "throughout", "during", "overnight", "twice", "separately", "there", "online", "virtually":
		return true // "met behind closed doors on Tuesday", "met over lunch"
	case "under":
		switch lowerAt(toks, i+3) {
		case "auspices", "aegis", "chairmanship", "mediation":
			return true // "will meet under the auspices of the CCMA on Friday"; not "hard to meet under the new rules"
		}
	case "by", "via":
		switch lowerAt(toks, i+2) {
		case "videoconference", "video", "videolink", "teleconference", "telephone", "phone", "zoom":
			return true // "G7 finance ministers meet by videoconference"
		case "conference":
			return lowerAt(toks, i+3) == "call" // "The branch committee met by conference call on Sunday evening"
		}
	}
	if i+1 < len(toks) && toks[i+1].cap {
		return true
	}
	if (next == "senior" || next == "top" || next == "leading") && i+2 < len(toks) && toks[i+2].cap && toks[i+2].word {
		return true // "is due to meet senior International Monetary Fund officials on July 18"
	}
	if _, ok := weekdayNames[next]; ok {
		return true
	}
	if (next == "him" || next == "her" || next == "them") && pronounObjectEnds(lowerAt(toks, i+2)) {
		return true // "Chinese Premier Li Qiang will meet him on Thursday"; not "meet her demands"
	}
	if next == "from" && isMonthOrDay(lowerAt(toks, i+2)) {
		return true // "will meet from December 3 to 5"
	}
	if offsetAt(toks, i+1) || namedNeighbourDay(toks, i+1) != 0 {
		return true // "will meet two days later", "will meet the following day": dated against another meeting (relday.go)
	}
	if titledObject(toks, i+1) {
		return true // "will meet central bank governor Carlo Azeglio Ciampi on Friday"
	}
	return next == "last" || next == "next" || next == "this" || next == "later" || next == "early" || next == "late" || next == "earlier"
}

// hostsOfficialsFrom reports a group of officials from elsewhere at k, a
// host's guests: "senior officials from the four other member states",
// "trade ministers from the ten ASEAN members".
func hostsOfficialsFrom(toks []token, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].cap && !groupNouns[toks[k].lower]; n++ {
		k++ // "senior", "senior trade"
	}
	return groupNouns[lowerAt(toks, k)] && lowerAt(toks, k+1) == "from"
}

// convenesGroup reports "convene" with a group for its object, the
// convener's meeting with them: "will convene donor governments", "convened
// creditor banks".
func convenesGroup(toks []token, i int) bool {
	switch toks[i].lower {
	case "convene", "convenes", "convened":
	default:
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].word && !toks[k].cap && !groupNouns[toks[k].lower] && !convenedGroups[toks[k].lower] {
		k++ // "donor", "creditor"
	}
	return groupNouns[lowerAt(toks, k)] || convenedGroups[lowerAt(toks, k)]
}

// convenedGroups are the groups a body convenes beside groupNouns.
var convenedGroups = map[string]bool{"governments": true, "donors": true, "banks": true, "countries": true}

// convenerSubject reports a body that convenes at i: a subject of up to
// eight words naming a body or a group ("The Inter-Agency Committee on
// Rice Supply will convene tomorrow", "Senior economic officials from the
// 10 member states will convene", "The government's coronavirus task
// force will convene"), past an apposition or as a relative clause's
// antecedent ("the AFC Congress, which convenes in Bangkok next week"),
// or "it" and "they" for a body named before ("It will next convene on
// May 8"). Not "convened by the WHO".
func convenerSubject(toks []token, i int) bool {
	switch toks[i].lower {
	case "convene", "convenes", "convened":
	default:
		return false
	}
	if lowerAt(toks, i+1) == "by" {
		return false
	}
	k := i - 1
	for n := 0; n < 4 && k >= 0 && (auxiliaries[toks[k].lower] || toks[k].lower == "next" || toks[k].lower == "first"); n++ {
		k--
	}
	if w := lowerAt(toks, k); w == "which" || w == "that" {
		k-- // "the AFC Congress, which convenes"
		if lowerAt(toks, k) == "," {
			k--
		}
	} else if lowerAt(toks, k) == "," {
		for j := k - 1; j >= 0 && j > k-14; j-- {
			if toks[j].lower == "," {
				k = j - 1 // "The National Security Council, an advisory body to the president, will convene"
				break
			}
		}
	}
	if w := lowerAt(toks, k); w == "it" || w == "they" {
		return true
	}
	for j := k; j >= 0 && j > k-8; j-- {
		w := toks[j].lower
		if bodyNouns[w] || groupNouns[w] || w == "force" && lowerAt(toks, j-1) == "task" || w == "group" || w == "congress" {
			return true
		}
		if !toks[j].word || w == "said" || w == "and" && j == k {
			return false
		}
	}
	return false
}

// pairedGroup reports two lower-case kinds sharing one group noun from k:
// "will meet labor and business leaders at the prime minister's office".
func pairedGroup(toks []token, k int) bool {
	if k+3 >= len(toks) || lowerAt(toks, k+1) != "and" {
		return false
	}
	a, b := toks[k], toks[k+2]
	return a.word && !a.cap && b.word && !b.cap && groupNouns[lowerAt(toks, k+3)]
}

// legislatorNouns are the members of a legislature a minister meets:
// "met senators from both parties at the Senate on Friday".
var legislatorNouns = map[string]bool{"senators": true, "lawmakers": true, "legislators": true, "mps": true, "congressmen": true, "councillors": true, "councilors": true}

// sidesObject reports the sides of a dispute from k, the object of a
// meeting verb: "both sides", "both parties", "the two sides".
func sidesObject(toks []token, k int) bool {
	w := lowerAt(toks, k)
	if w == "the" && lowerAt(toks, k+1) == "two" {
		k, w = k+1, "both"
	}
	if w != "both" {
		return false
	}
	switch lowerAt(toks, k+1) {
	case "sides", "parties", "camps", "delegations":
		return true
	}
	return false
}

// pronounObjectEnds reports a word that ends a pronoun object of a meeting
// verb and goes on with its time or place: "meet him on Thursday", "met
// them in Geneva", "will meet her later"; not a possessive's noun ("her
// demands").
func pronounObjectEnds(w string) bool {
	switch w {
	case "on", "in", "at", "today", "tomorrow", "yesterday", "next", "this", "later", "during", "again", "separately", "privately", ",", ".":
		return true
	}
	_, day := weekdayNames[w]
	return day
}

// asPlanned follow "as" after a meeting verb: the gathering keeps its
// arrangement ("will meet as planned on Wednesday"), the verb its object.
var asPlanned = map[string]bool{"planned": true, "scheduled": true, "agreed": true, "arranged": true, "announced": true, "foreseen": true}

// titledObject reports a person named after lower-case title words from k:
// "central bank governor Carlo Ciampi", "opposition leader Kim Dae-jung".
// The word before the name must be a title or a group's noun, so "met
// demand in March" and "met expectations of Wall Street" stay no meeting.
func titledObject(toks []token, k int) bool {
	j := k
	for j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap {
		j++
	}
	if j == k || j >= len(toks) || !toks[j].cap || !toks[j].word || isMonthOrDay(toks[j].lower) || capStop[toks[j].lower] {
		return false
	}
	w := toks[j-1].lower
	return titleWords[w] || groupNouns[w]
}

// groupSubject reports a body or group as the subject of the verb at i,
// past auxiliaries and a relative clause between commas: "ministers will
// gather", "Creditor banks, which have not met since January, will gather".
func groupSubject(toks []token, i int) bool {
	k := i - 1
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k--
	}
	if lowerAt(toks, k) == "," {
		for j := k - 1; j >= 0 && j > k-14; j-- {
			if toks[j].lower == "," && (relativeWord(lowerAt(toks, j+1)) || determiners[lowerAt(toks, j+1)]) {
				// "Creditor banks, which have not met since January, will gather"; "Members of the Interim Committee, the IMF's policy-making body, will gather"
				k = j - 1
				break
			}
		}
	}
	k = ofComplementHead(toks, k)
	w := lowerAt(toks, k)
	if w == "they" && lowerAt(toks, k-1) == "when" {
		for j := k - 2; j >= 0 && j >= k-16; j-- {
			if v := toks[j].lower; groupNouns[v] && !toks[j].cap || v == ";" {
				return groupNouns[v] // "EU leaders are then expected to endorse the decision when they gather in Brussels next week"
			}
		}
	}
	return groupNouns[w] || bodyNouns[w] || partyNouns[w] || w == "banks" || w == "delegation" || w == "group" || w == "bloc"
}

// ofComplementHead is the head noun of a subject ending at token k with a
// named "of" or "from" complement: "Finance ministers of the Group of
// Seven", "Finance ministers from France, Germany, Italy and Spain",
// "Energy ministers from the Mediterranean states" -> "ministers"; k itself
// when there is none.
func ofComplementHead(toks []token, k int) int {
	end := k
	if k > 0 && k < len(toks) && !toks[k].cap && memberPlurals[toks[k].lower] && toks[k-1].cap {
		end = k - 1 // "Energy ministers from the Mediterranean states"
	}
	if end < 0 || end >= len(toks) || !toks[end].cap {
		return k
	}
	for j := end - 1; j >= 1 && j > end-12; j-- {
		w := toks[j].lower
		if (w == "of" || w == "from") && !toks[j-1].cap {
			return j - 1
		}
		if w == "the" && (lowerAt(toks, j-1) == "of" || lowerAt(toks, j-1) == "from") && j >= 2 && !toks[j-2].cap {
			return j - 2
		}
		if !toks[j].cap && w != "of" && w != "and" && w != "the" && w != "," {
			return k
		}
		if toks[j].cap && bodyNouns[w] && lowerAt(toks, j+1) == "of" {
			return j // "The Monetary Policy Committee of the Bank of Uganda will convene": the committee
		}
	}
	return k
}

// memberPlurals end a named "of" or "from" complement in lower case: "from
// the Mediterranean states", "of the G7 countries".
var memberPlurals = map[string]bool{"states": true, "countries": true, "nations": true, "economies": true}

// habitAdverbs make "met" no single gathering ("met regularly").
var habitAdverbs = map[string]bool{
	"regularly": true, "frequently": true, "occasionally": true, "usually": true, "periodically": true,
	"rarely": true, "only": true, "early": true, "monthly": true, "weekly": true, "quarterly": true, "yearly": true,
}

// determiners open a noun phrase: "met the committee", "met his counterpart".
var determiners = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "a": true}

// meetsParty reports a group, a delegation or a name within the four words
// from k, before any punctuation: the object of "met" is people.
func meetsParty(toks []token, k int) bool {
	end := k + 6
	for j := k; j < len(toks) && j < end; j++ {
		t := toks[j]
		if isApostrophe(t.lower) || t.lower == "-" && j > k {
			continue // "meet the company's advisers", "a court-appointed mediator"
		}
		if t.num && lowerAt(toks, j+1) == "-" && lowerAt(toks, j+2) == "member" {
			j += 2
			end += 3 // "the country's 14-member bank advisory committee": its size, not a word of the group
			continue
		}
		if t.num && j > k {
			continue // "the company's top 20 investors": a count of the group
		}
		if !t.word {
			return false
		}
		if groupNouns[t.lower] || delegationWords[t.lower] || bodyNouns[t.lower] || t.cap && !isMonthOrDay(t.lower) || mediators[t.lower] || (t.lower == "investors" || t.lower == "bondholders") && j > k+1 {
			return true // also "met a court-appointed mediator last week", "will meet the company's top 20 investors next month" (not "a public consultation with investors")
		}
		if (t.lower == "heads" || t.lower == "chiefs") && lowerAt(toks, j+1) == "of" {
			return true // "will meet the heads of public sector banks on Saturday"
		}
		if titleWords[t.lower] && !functionWords[t.lower] && !isApostrophe(lowerAt(toks, j+1)) && !prepositionBetween(toks, k, j) {
			return true // "met the union's president, Park Sung-chul, on Monday"; not "met the minister's demands"
		}
	}
	return false
}

// prepositionBetween reports a function word among tokens [k, j): the
// object of "met" ended before j ("met the deadline for filing its plan
// with the regulators").
func prepositionBetween(toks []token, k, j int) bool {
	for i := k; i < j; i++ {
		if functionWords[toks[i].lower] && toks[i].lower != "the" && toks[i].lower != "a" && toks[i].lower != "an" {
			return true
		}
	}
	return false
}

// mediators are the third parties both sides meet: "met a court-appointed
// mediator", "will meet the state conciliator on Friday".
var mediators = map[string]bool{"mediator": true, "mediators": true, "conciliator": true, "conciliators": true, "arbitrator": true, "facilitator": true}

// roundOrdinals make "round" a round of negotiations: "a new round", "the
// third round".
var roundOrdinals = map[string]bool{
	"new": true, "next": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "final": true, "latest": true, "fresh": true, "another": true, "further": true,
}

// bodySession reports the session of a body: a body noun's possessive
// ("the Human Rights Council's session", not "Monday's session" nor "Wall
// Street's session"), or "its"/"their" session with its day right after
// ("at its weekly session on Wednesday", "resumes its session on Monday").
func bodySession(toks []token, i int) bool {
	k := i - 1
	if sessionModifiers[lowerAt(toks, k)] || periodicWords[lowerAt(toks, k)] || lowerAt(toks, k) == "ordinary" || ordinalWord(lowerAt(toks, k)) {
		k-- // "its weekly session", "the council's regular session", "The Council's 61st session"
	}
	if lowerAt(toks, k) == "s" && isApostrophe(lowerAt(toks, k-1)) && k >= 2 {
		return bodyNouns[toks[k-2].lower] && toks[k-2].cap || periodSession(toks, k-2)
	}
	return (lowerAt(toks, k) == "its" || lowerAt(toks, k) == "their") && datedAfter(toks, i)
}

// periodicWords say how often a body sits: "its weekly session", "at its
// monthly session yesterday".
var periodicWords = map[string]bool{"weekly": true, "monthly": true, "fortnightly": true, "quarterly": true}

// periodSession reports a session named by a past period's possessive at
// token p ("last month's", "last week's") in a sentence whose subject is a
// body, not a market: "At last month's session, the committee held the
// repo rate", "At last week's session, parliament rejected an amendment";
// not "In last week's session, the FTSE 100 rose".
func periodSession(toks []token, p int) bool {
	if w := toks[p].lower; w != "month" && w != "week" || lowerAt(toks, p-1) != "last" {
		return false
	}
	body := false
	for _, t := range toks {
		switch {
		case marketWords[t.lower]:
			return false
		case bodyNouns[t.lower] || legislatures[t.lower] || t.lower == "lawmakers" || t.lower == "ministers":
			body = true
		}
	}
	return body
}

// marketWords name a market's trading, whose "session" is no meeting.
var marketWords = map[string]bool{
	"shares": true, "stocks": true, "index": true, "trading": true, "traded": true, "market": true,
	"markets": true, "futures": true, "bonds": true, "yields": true, "dollar": true, "prices": true,
}

// heldAfter reports a past round told as held at k: ", held in Istanbul",
// "was held in Geneva", ", which took place in May", "was in Kazan".
func heldAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch toks[j].lower {
		case "held", "convened":
			return true
		case "took":
			return lowerAt(toks, j+1) == "place"
		case "was", "were":
			if w := lowerAt(toks, j+1); w == "in" || w == "at" {
				return true // "Their previous meeting was in Kazan in October 2024"
			}
		case ",", "which", "that":
		default:
			return false
		}
	}
	return false
}

// sessionOfOwnedBody reports "session of the X's [modifier] body" at i:
// "a session of the forum's executive board", "a session of the council's
// committee".
func sessionOfOwnedBody(toks []token, i int) bool {
	if lowerAt(toks, i+1) != "of" || lowerAt(toks, i+2) != "the" || !isApostrophe(lowerAt(toks, i+4)) || lowerAt(toks, i+5) != "s" {
		return false
	}
	return bodyWords[lowerAt(toks, i+6)] || bodyWords[lowerAt(toks, i+7)] && i+6 < len(toks) && !toks[i+6].cap
}

// heldStrictly reports "hold a", "held an", "will hold the" before the
// modifier at k: a gathering held, not a consultation opened for comment.
func heldStrictly(toks []token, k int) bool {
	switch lowerAt(toks, k-1) {
	case "a", "an", "the":
	default:
		return false
	}
	switch lowerAt(toks, k-2) {
	case "hold", "holds", "held", "holding":
		return true
	}
	return false
}

// lastingFor reports a length before the noun at i, after "a" or "the":
// "a four-hour session", "the two-day session", "a 90-minute session"
// (the tokenizer splits the hyphen off).
func lastingFor(toks []token, i int) bool {
	switch lowerAt(toks, i-1) {
	case "hour", "day", "minute":
	default:
		return false
	}
	if lowerAt(toks, i-2) != "-" || i < 4 || numberWord(toks[i-3].lower) == 0 && !toks[i-3].num {
		return false
	}
	return lowerAt(toks, i-4) == "a" || lowerAt(toks, i-4) == "the"
}

// tradingWords make a session a market's: "after a four-hour session,
// shares closed higher".
var tradingWords = map[string]bool{"shares": true, "stocks": true, "index": true, "trading": true, "traded": true, "futures": true, "bourse": true}

// takesPlace reports "will take place", "takes place", "is to take place",
// "will be held" from token k: a sitting told as it is to happen.
func takesPlace(toks []token, k int) bool {
	for n := 0; n < 3 && (auxiliaries[lowerAt(toks, k)] || lowerAt(toks, k) == "be"); n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "take", "takes":
		return lowerAt(toks, k+1) == "place"
	case "held":
		return true
	}
	return false
}

// meetingNounWithin reports a meeting noun among the n words from token k:
// "of peace talks", "of negotiations".
func meetingNounWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n && toks[j].word; j++ {
		if _, ok := meetingNouns[toks[j].lower]; ok {
			return true
		}
	}
	return false
}

// visitingGroup reports "receive" with the group of a named party as its
// object: "will receive the leaders of the three Sahel states", "received
// a delegation from Japan", "will receive a Japanese business delegation",
// "will receive union leaders" (not "received a letter from", nor "saw the
// officials of the company").
func visitingGroup(toks []token, i, j int) bool {
	if w := toks[i].lower; !strings.HasPrefix(w, "receiv") && w != "host" && w != "hosts" && w != "hosted" && w != "hosting" {
		return false // also "would host a delegation of Japanese semiconductor executives on October 8"
	}
	if w := lowerAt(toks, j); w == "the" || w == "a" {
		j++
	}
	named := false // "Japanese", "union": the modifier says whose group
	for n := 0; n < 2 && j < len(toks) && !groupNounsVisiting[toks[j].lower]; n, j = n+1, j+1 {
		w := toks[j].lower
		portfolio := !toks[j].cap && lowerAt(toks, j+1) == "ministers" // "will host finance ministers and central bank governors of the Group of Seven"
		if !toks[j].word || !(nationalities[w] || countries[w] != "" || groupModifiers[w] || numberWord(w) > 1 || portfolio) {
			return false // but "the three party leaders": a counted group of a named kind
		}
		named = true
	}
	if !groupNounsVisiting[lowerAt(toks, j)] {
		return false
	}
	if w := lowerAt(toks, j+1); w != "of" && w != "from" {
		return named
	}
	for k := j + 2; k < len(toks) && k <= j+7; k++ {
		if toks[k].cap && toks[k].word && (k <= j+5 || k <= j+7 && (lowerAt(toks, k-1) == "from" || lowerAt(toks, k-2) == "from")) {
			return true // "received a delegation of soy growers from the Sociedad Rural Argentina"
		}
		if w := toks[k].lower; w == "unions" || w == "union" || w == "associations" || w == "federations" {
			return true // "will receive the leaders of the four representative rail unions"
		}
		if isApostrophe(toks[k].lower) || toks[k].lower == "s" && isApostrophe(lowerAt(toks, k-1)) {
			continue // "will receive leaders of the main farmers' unions"
		}
		if !toks[k].word {
			break
		}
	}
	return named
}

// groupNounsVisiting name a visiting group a host receives.
var groupNounsVisiting = map[string]bool{
	"leaders": true, "ministers": true, "delegation": true, "delegations": true, "envoys": true, "presidents": true, "heads": true,
	"representatives": true, "negotiators": true,
}

// groupModifiers say whose group it is: "union leaders", "a business delegation".
var groupModifiers = map[string]bool{
	"union": true, "business": true, "trade": true, "opposition": true, "party": true, "farm": true, "labour": true,
	"labor": true, "industry": true, "parliamentary": true, "congressional": true, "student": true,
}

// briefsCabinet reports a cabinet as the object that starts at j: "federal
// cabinet", "the cabinet", "her cabinet".
func briefsCabinet(toks []token, j int) bool {
	if w := lowerAt(toks, j); determiners[w] || possessives[w] || w == "federal" || w == "his" || w == "her" {
		j++
	}
	return lowerAt(toks, j) == "cabinet"
}

// sitsDownWith accepts "would sit down with tenant and landlord
// representatives later this month": sitting down with someone is meeting
// them.
func sitsDownWith(toks []token, i int) bool {
	switch toks[i].lower {
	case "sit", "sits", "sat", "sitting":
	default:
		return false
	}
	if lowerAt(toks, i+1) != "down" {
		return false
	}
	with := i + 2
	for with < len(toks) && with <= i+8 && lowerAt(toks, with) != "with" && sitDownAside(toks[with]) {
		with++ // "sat down here last week with", "sat down in Putrajaya last Thursday"
	}
	if lowerAt(toks, with) != "with" {
		return with > i+2 && groupSubject(toks, i) && dayInClause(toks, i, true) // "senior officials of both countries sat down in Putrajaya last Thursday"
	}
	for k := with + 1; k < len(toks) && k <= with+6; k++ {
		w := toks[k].lower
		if toks[k].cap && toks[k].word || partyNouns[w] || groupNouns[w] || objectHeads[w] || bodyWords[w] || orgWords[w] {
			return true // "the ministry", "tenant and landlord representatives", "Ford"; not "his wife"
		}
		if !toks[k].word || objectStops[w] && w != "and" || placePreps[w] {
			return false // the object ends: "his wife on Friday"
		}
	}
	return false
}

// sitDownAside is a word between "sat down" and "with" that tells where or
// when: "here", "in Putrajaya", "last week", "on Monday".
func sitDownAside(t token) bool {
	if t.cap && t.word {
		return true
	}
	switch t.lower {
	case "here", "there", "in", "at", "on", "last", "this", "next", "week", "yesterday", "today", "again":
		return true
	}
	_, day := weekdayNames[t.lower]
	return day
}

// seesOfficial accepts "will see West German Finance Minister Gerhard
// Stoltenberg": seeing a person named with a title is meeting them, as is
// briefing one or a cabinet ("would brief President Corazon Aquino and her
// cabinet", "will brief federal cabinet on Monday"); so are
// hosting and welcoming one in a sentence with no meeting noun ("will host
// Ukrainian President Volodymyr Zelenskiy on Monday"), and receiving one
// after a day or as a counterpart ("received on Sunday ...", "received his
// Georgian counterpart").
func seesOfficial(toks []token, i int) bool {
	j, title := i+1, false
	switch toks[i].lower {
	case "see", "sees", "saw", "seeing", "receive", "receives", "received", "receiving":
		j = pastDayWords(toks, j) // "received on Sunday European Commissioner Dubravka Suica"
		if lowerAt(toks, j) == "in" && j+1 < len(toks) && toks[j+1].cap && j > i+1 {
			for j++; j < len(toks) && toks[j].cap && toks[j].word; j++ { // "received on Monday in Algiers the Ambassador of Italy"
			}
		}
		if lowerAt(toks, j) == "by" && strings.HasPrefix(toks[i].lower, "receive") && passiveAux[lowerAt(toks, i-1)] {
			if j+1 >= len(toks) || !toks[j+1].cap {
				return false // "must be received by the Planning Division by 12:00 p.m.": a deadline
			}
			j++ // "was received on Monday by Cuban Vice President Mercedes Ortega", "will be received by"
		}
	case "host", "hosts", "hosted", "welcomed", "welcome", "welcomes", "welcoming":
		if toks[i].cap || hasMeetingNoun(toks) {
			return false // "will host X ... for talks": the talks are the meeting
		}
		if hostsOfficialsFrom(toks, j) {
			return true // "will host senior officials from the four other member states in N'Djamena later this month"
		}
	case "call", "calls", "called", "calling":
		if lowerAt(toks, i+1) != "on" {
			return false
		}
		j++ // "called on Prime Minister Noboru Takeshita yesterday": a courtesy call
		if theOfficeHolder(toks, j) {
			return true // "will call on the Indian prime minister during his stay"
		}
	case "brief", "briefs", "briefed":
		if briefsCabinet(toks, j) {
			return true // "will brief federal cabinet on Monday"
		} // "would brief President Corazon Aquino and her cabinet": the titled person below
	default:
		return false
	}
	if k, ok := honorific(toks, j); ok {
		j, title = k, true // "received H.E. Kenji Yamada, Ambassador of Japan"
	}
	if j+2 < len(toks) && isCountry(toks[j].lower) && isApostrophe(toks[j+1].lower) && toks[j+2].lower == "s" {
		j += 3 // "called on Nepal's Foreign Secretary Sushila Karki Thapa": the title after the country's possessive
	}
	if j < len(toks) && toks[j].cap && isAcronym(toks[j].text) && len(toks[j].text) <= 5 && titledObject(toks, j+1) {
		return true // "received UN humanitarian affairs chief Marten Holm"
	}
	if counterpartAt(toks, j) && !strings.HasPrefix(toks[i].lower, "s") {
		return true // "received his Georgian counterpart David Zalkaliani"
	}
	if visitingGroup(toks, i, j) {
		return true // "will receive the leaders of the three Sahel states"
	}
	if lowerAt(toks, j) == "the" && lowerAt(toks, j+1) == "visiting" && (titleWords[lowerAt(toks, j+2)] || officeWord(lowerAt(toks, j+2)) ||
		(nationalities[lowerAt(toks, j+2)] || countries[lowerAt(toks, j+2)] != "") && (titleWords[lowerAt(toks, j+3)] || officeWord(lowerAt(toks, j+3)))) {
		return true // "will call on the visiting leader on December 15", "received the visiting Omani Minister of Commerce": the visitor the story names
	}
	if strings.HasPrefix(toks[i].lower, "receiv") && receivedDelegation(toks, j) {
		return true // "received a delegation of the US Congress led by Senator Ruth Calloway", "received at his office in Abu Dhabi a delegation from the OPEC Secretariat"
	}
	if titledAfterName(toks, j) {
		return true // "receives Sipho Ndlovu, Minister of Trade of South Africa"
	}
	if orgOfficial(toks, j) {
		return true // "to see International Monetary Fund Managing Director Michel Camdessus", "see Federal Reserve chairman Paul Volcker"
	}
	if bodysOfficial(toks, j) {
		return true // "is to receive the European Commission's trade chief Maros Sefcovic"
	}
	if lowerAt(toks, j) == "the" && j+1 < len(toks) && toks[j+1].cap && officeWord(toks[j+1].lower) {
		j++ // "received the Foreign Minister of Chile, Alberto van Klaveren"
	}
	for j+1 < len(toks) && toks[j].cap && len(toks[j].lower) == 1 && toks[j+1].lower == "." {
		j += 2 // an initialism: "U.S. Secretary of State"
	}
	for j < len(toks) && toks[j].cap && (officeWord(toks[j].lower) || sultanTitle(toks, j) || nationalities[toks[j].lower] || countries[toks[j].lower] != "" ||
		j+1 < len(toks) && toks[j+1].cap && officeWord(toks[j+1].lower)) { // "Union Finance Minister", "Federal Trade Minister"
		title = title || officeWord(toks[j].lower) || sultanTitle(toks, j)
		j++
		if lowerAt(toks, j) == "of" && titleWords[toks[j-1].lower] && j+2 < len(toks) && toks[j+1].cap && toks[j+2].cap {
			j += 2 // "U.S. Secretary of State George Shultz"
		}
	}
	if title && (lowerAt(toks, j) == "of" || lowerAt(toks, j) == "for") && ofComplement(toks, j+1) {
		return true // "called on Vietnamese Minister of Industry and Trade Nguyen Hong Dien", "the Speaker of the National Assembly, Thomas Tayebwa"
	}
	if !title || j >= len(toks) || !toks[j].cap || !toks[j].word || isMonthOrDay(toks[j].lower) {
		return false
	}
	// "Fidel Castro", or one name with no possessive after it: "will call on
	// Crown Prince Abdullah on Wednesday", "will see President Reagan"
	return j+1 < len(toks) && toks[j+1].cap || !isApostrophe(lowerAt(toks, j+1))
}

// theOfficeHolder reports an office holder named by the post alone from
// token j: "the Indian prime minister", "the External Affairs Minister";
// not one urged to act ("called on the prime minister to resign") nor a
// post's possession ("the minister's office").
func theOfficeHolder(toks []token, j int) bool {
	if lowerAt(toks, j) != "the" {
		return false
	}
	k := j + 1
	post := func(i int) bool {
		return i < len(toks) && toks[i].word && toks[i].lower != "of" && officeWord(toks[i].lower)
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].word && !post(k) && toks[k].lower != "of" && (toks[k].cap || nationalities[toks[k].lower] || post(k+1)); n++ {
		k++ // "Indian", "External Affairs", "prime"
	}
	from := k
	for k < from+2 && post(k) {
		k++ // "prime minister"
	}
	if k == from {
		return false
	}
	if lowerAt(toks, k) == "of" {
		k++ // "the Minister of Foreign Affairs": the post's field
		for k < len(toks) && toks[k].word && (toks[k].cap || toks[k].lower == "and") {
			k++
		}
	}
	switch w := lowerAt(toks, k); {
	case w == "to" || w == "for" || w == "and" || w == "of" || isApostrophe(w):
		return false
	}
	return true
}

// orgOfficial reports an official named after the body's name and the
// post from token j: "International Monetary Fund Managing Director Michel
// Camdessus", "Federal Reserve chairman Paul Volcker". The body's words
// are capitalised and no post; the post's words follow; then a name of two
// capitalised words at least.
func orgOfficial(toks []token, j int) bool {
	k := j
	for n := 0; n < 5 && k < len(toks) && toks[k].cap && toks[k].word && !officeWord(toks[k].lower); n++ {
		k++
	}
	if k == j {
		return false
	}
	post := k
	for k < len(toks) && k < post+3 && toks[k].word && officeWord(toks[k].lower) {
		k++
	}
	if k == post {
		return false
	}
	names := 0
	for k < len(toks) && toks[k].cap && toks[k].word && !officeWord(toks[k].lower) {
		names++
		k++
	}
	return names >= 2
}

// pastDayWords skips a day named between a verb and its object from token
// j: "received on Sunday X", "received yesterday X"; it returns j when no
// day stands there.
func pastDayWords(toks []token, j int) int {
	if lowerAt(toks, j) == "on" {
		if _, ok := weekdayNames[lowerAt(toks, j+1)]; ok {
			return j + 2
		}
	}
	if w := lowerAt(toks, j); w == "today" || w == "yesterday" {
		return j + 1
	}
	return j
}

// discussWith accepts "will discuss its debt with West German Finance
// Minister Gerhard Stoltenberg": talks with a named party, in one clause.
func discussWith(toks []token, i int) bool {
	switch toks[i].lower {
	case "discuss", "discussed", "discusses":
	case "debated":
		return bodyDiscussed(toks, i)
	default:
		return false
	}
	if toks[i].lower == "discussed" && bodyDiscussed(toks, i) {
		return true
	}
	if toks[i].cap {
		return false
	}
scan:
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		switch w := toks[k].lower; {
		case w == "," || w == ";" || w == "." || reporting(w):
			break scan
		case w == "with":
			j := k + 1
			for j < len(toks) && j < k+5 && (toks[j].cap && titleWords[toks[j].lower] || toks[j].lower == "visiting") {
				j++ // "with President Junius Jayewardene", "with visiting East German leader Erich Honecker"
			}
			if lowerAt(toks, j) == "the" && (titleWords[lowerAt(toks, j+1)] || titleWords[lowerAt(toks, j+2)] && j+1 < len(toks) && toks[j+1].word) {
				return true // "discussed the Baghdad agenda with the Iraqi ambassador, Hamid Saadoun al-Jabouri, yesterday"
			}
			return j < len(toks) && toks[j].cap && !capStop[toks[j].lower] || counterpartAt(toks, k+1)
		}
	}
	return groupSubject(toks, i) && (lowerAt(toks, i-1) == "will" || futureChain(toks, i) && !discussAtMeeting(toks, i) && dayInClause(toks, i, false)) // "EU ambassadors will discuss the proposal on Wednesday", "Nordic finance ministers are due to discuss ...": a group's sitting
}

// dayInClause reports a day named in the clause after i: a month, a
// weekday, "today", "tomorrow", "this week", "next month"; a discussion
// with none is a topic of a meeting told of before ("The ministers are
// expected to discuss the Middle Corridor transport route"). exact asks
// for a day, not only a month or a week: a weekday, "yesterday", "today",
// a month with its day ("June 28"); "The council last discussed the
// conflict in January" tells of no one sitting.
func dayInClause(toks []token, i int, exact bool) bool {
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		w := toks[k].lower
		if w == ";" || w == "." || reporting(w) {
			return false
		}
		if !exact && (isMonthOrDay(w) || w == "today" || w == "tomorrow" || w == "tonight" || w == "week" || w == "month") {
			return true
		}
		if exact && exactDayAt(toks, k) {
			return true
		}
	}
	return false
}

// exactDayAt reports a day told exactly at token k: a weekday,
// "yesterday", "today", a month with its day ("June 28").
func exactDayAt(toks []token, k int) bool {
	w := toks[k].lower
	if _, day := weekdayNames[w]; day || w == "yesterday" || w == "today" {
		return true
	}
	_, month := monthNames[w]
	return month && k+1 < len(toks) && toks[k+1].num
}

// discussAtMeeting reports a discussion told of a meeting named beside it:
// in a relative clause on it ("for the European Council on December
// 18-19, where EU leaders are expected to discuss ...") or before its noun
// ("are due to discuss the protests ... at their next meeting in
// Brussels"). The meeting's noun is the head.
func discussAtMeeting(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if w := toks[k].lower; w == "where" || w == "when" {
			return true
		}
	}
	return hasMeetingNoun(toks[i+1:])
}

// bodyDiscussed reports a body that discussed or debated a matter on a
// day, a sitting of it: "The council last discussed Sudan on Tuesday",
// "The council's strategy and policy committee debated the proposal for
// four hours yesterday". Not at a meeting named beside it, nor with no day.
func bodyDiscussed(toks []token, i int) bool {
	if toks[i].cap || toks[i].lower != "discussed" && toks[i].lower != "debated" {
		return false
	}
	k := i - 1
	if w := lowerAt(toks, k); w == "last" || w == "first" || w == "also" || w == "then" {
		k--
	}
	return bodyNouns[lowerAt(toks, k)] && lowerAt(toks, k) != "board" && dayInClause(toks, i, true) && !discussAtMeeting(toks, i)
}

// bodyTakesUp reports a board, council or committee that will "take up" a
// matter on a day or in a month: "The city's planning commission is
// scheduled to take up the related zoning request April 3", "The IMF's
// executive board is scheduled to take up the Philippines' request in late
// September", "is due to take up the matter again later this month".
func bodyTakesUp(toks []token, i int) bool {
	switch toks[i].lower {
	case "take", "takes", "took":
	default:
		return false
	}
	if toks[i].cap || lowerAt(toks, i+1) != "up" {
		return false
	}
	k := i - 1
	for n := 0; n < 6 && k >= 0 && takeUpAuxiliaries[toks[k].lower]; n++ {
		k--
	}
	if !bodyNouns[lowerAt(toks, k)] || toks[k].cap {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+16; j++ {
		w := toks[j].lower
		if w == ";" || w == "." || w == "," && j > i+8 || reporting(w) {
			return false
		}
		if isMonthOrDay(w) || w == "today" || w == "tomorrow" || w == "week" || w == "month" {
			switch lowerAt(toks, j-1) {
			case "beyond", "until", "till", "by", "after", "since", "from":
				return false // "the extension of the compensation cess beyond June 2022": the matter's date
			}
			return true
		}
	}
	return false
}

// takeUpAuxiliaries stand between a body and its "take up".
var takeUpAuxiliaries = map[string]bool{"to": true, "is": true, "are": true, "was": true, "will": true, "would": true, "be": true,
	"scheduled": true, "due": true, "expected": true, "set": true, "also": true, "then": true, "likely": true}

// futureChain reports the auxiliaries before the verb at i telling it is
// to come: "will also", "are due to", "is expected to", "are scheduled
// to"; not a bare "to" of purpose ("met officials to discuss").
func futureChain(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && auxiliaries[toks[k].lower]; k-- {
		switch toks[k].lower {
		case "will", "due", "expected", "scheduled", "set", "planned":
			return true
		}
	}
	return false
}

// courtesyCall reports a courtesy call at i, a readout's meeting: "paid a
// courtesy call on the Minister of Foreign Affairs", "Received a courtesy
// call from Australian Foreign Minister Penny Wong".
func courtesyCall(toks []token, i int) bool {
	switch toks[i].lower {
	case "call", "calls":
	default:
		return false
	}
	return lowerAt(toks, i-1) == "courtesy" || callOn(toks, i)
}

// callOn reports a visit paid to a person, "call on" (a diarist's "Call
// on the Cabinet Secretary for Trade, Hon. Lee Kinyanjui", "will also call
// on the Indian prime minister during his stay"): "on" then "the" or a
// capitalised name, with no "to" of an appeal in the clause after it
// ("called on the government to resign") and no day ("call on Monday").
func callOn(toks []token, i int) bool {
	if lowerAt(toks, i+1) != "on" || i+2 >= len(toks) {
		return false
	}
	if t := toks[i+2]; t.lower != "the" && !(t.cap && t.word) || isMonthOrDay(t.lower) {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+16; k++ {
		switch toks[k].lower {
		case "to":
			return false // "called on the government to resign"
		case ".", ";":
			return true
		}
	}
	return true
}

// ofComplement reports a title's "of" complement from k, capitalised words
// and their small words ("Industry and Trade", "the National Assembly"),
// that no possessive closes ("the Minister of Finance's approval").
func ofComplement(toks []token, k int) bool {
	caps := 0
	for ; k < len(toks); k++ {
		switch {
		case toks[k].cap && toks[k].word:
			caps++
		case toks[k].lower == "the" || toks[k].lower == "and" || toks[k].lower == "of":
		default:
			return caps > 0 && !isApostrophe(toks[k].lower)
		}
	}
	return caps > 0
}

// bodysOfficial reports a body's official named at j after the body and a
// lower-case title: "the European Commission's trade chief Maros
// Sefcovic", "the IMF's managing director Kristalina Georgieva".
func bodysOfficial(toks []token, j int) bool { return bodysOfficialAt(toks, j) > 0 }

// bodysOfficialAt is the token where the official's name starts in a
// body's official named from j (bodysOfficial); 0 when there is none.
func bodysOfficialAt(toks []token, j int) int {
	if lowerAt(toks, j) == "the" {
		j++
	}
	k := j
	for k < len(toks) && toks[k].cap && toks[k].word {
		k++
	}
	if k == j || !isApostrophe(lowerAt(toks, k)) || lowerAt(toks, k+1) != "s" {
		return 0
	}
	k += 2
	titled := false
	for n := 0; n < 3 && k < len(toks) && toks[k].word && (!toks[k].cap || officeWord(toks[k].lower) || officialNouns[toks[k].lower] || toks[k].lower == "special") && !(titled && remitWords[toks[k].lower]); n, k = n+1, k+1 {
		titled = titled || officeWord(toks[k].lower) || officialNouns[toks[k].lower]
	}
	if titled && remitWords[lowerAt(toks, k)] {
		k = remitEnd(toks, k) // "the European Union's special envoy for the South Caucasus, Annika Lindqvist"
	}
	if titled && k+1 < len(toks) && toks[k].cap && toks[k+1].cap && toks[k].word && toks[k+1].word && !isMonthOrDay(toks[k].lower) {
		return k
	}
	return 0
}

// remitWords open an official's remit after the title: "envoy for the
// South Caucasus", "Special Representative on Climate".
var remitWords = map[string]bool{"for": true, "on": true, "to": true}

// remitEnd is the token after the comma that closes an official's remit
// opened at k, within twelve tokens, where the person's name stands; k when
// no comma closes it there.
func remitEnd(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].lower == "," {
			return j + 1
		}
		if !toks[j].word || reporting(toks[j].lower) || auxiliaries[toks[j].lower] {
			return k
		}
	}
	return k
}

// officialNouns are lower-case words for a body's official that titleWords
// does not hold.
var officialNouns = map[string]bool{"chief": true, "head": true, "envoy": true, "director": true, "negotiator": true, "diplomat": true}

// titledAfterName reports a person's name of two capitalised words or more
// at j with a title after its comma: "Sipho Ndlovu, Minister of Trade",
// "Jens Lund, Ambassador of Denmark".
func titledAfterName(toks []token, j int) bool {
	k := j
	for k < len(toks) && toks[k].cap && toks[k].word && !titleWords[toks[k].lower] && !isMonthOrDay(toks[k].lower) {
		k++
	}
	if k-j < 2 || lowerAt(toks, k) != "," || k+1 >= len(toks) || !toks[k+1].cap {
		return false
	}
	w := toks[k+1].lower
	if isCountry(toks[k+1].text) && isApostrophe(lowerAt(toks, k+2)) && lowerAt(toks, k+3) == "s" {
		for t := k + 4; t < len(toks) && t <= k+6 && toks[t].cap; t++ {
			if officeWord(toks[t].lower) && toks[t].lower != "of" {
				return true // "received today Peter Kamau Njoroge, Kenya's Cabinet Secretary for Trade"
			}
		}
		return false
	}
	return officeWord(w) && w != "of" && w != "for" && w != "state" && w != "general"
}

// receivedDelegation reports, at token j after "received", a delegation
// received, past a place it was received at: "a delegation of the US
// Congress", "at his office in Abu Dhabi a delegation from the OPEC
// Secretariat".
func receivedDelegation(toks []token, j int) bool {
	if lowerAt(toks, j) == "at" {
		k := j + 1
		for k < len(toks) && k <= j+8 && lowerAt(toks, k) != "a" && toks[k].lower != "," {
			k++
		}
		j = k
	}
	if w := lowerAt(toks, j); w != "a" && w != "the" {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && (toks[k].cap && toks[k].word || nationalities[toks[k].lower]) {
		k++ // "a Saigon Precision delegation", "a Japanese delegation"
	}
	if lowerAt(toks, k) != "delegation" {
		return false
	}
	k++
	switch w := lowerAt(toks, k); w {
	case "of", "from", "led", "headed":
		return true
	case "on", "next", "this", "today", "tomorrow":
		return k > j+2 // "will receive a Saigon Precision delegation on March 4": a named delegation, its day after it
	}
	return false
}

// officeWord is a title's word (titleWords) or an office a readout names
// its counterpart by: "the Speaker of the National Assembly", "Mayor".
func officeWord(w string) bool {
	return titleWords[w] || w == "speaker" || w == "mayor" || w == "commissioner"
}

// counterpartAt reports "his American counterpart", "their French
// counterparts", "his opposite number" from token k: a named side's equal.
func counterpartAt(toks []token, k int) bool {
	if !possessives[lowerAt(toks, k)] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].lower {
		case "counterpart", "counterparts", "opposite":
			return true
		}
		if !toks[j].cap && toks[j].lower != "visiting" && toks[j].lower != "new" {
			return false // but "his visiting Greek counterpart", "his new Indian counterpart"
		}
	}
	return false
}

// bodyBefore reports a body just before meeting head i: "UEFA's executive
// committee will meet" is a meeting even in a sentence about soccer.
func bodyBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		_, gathering := meetingNouns[toks[k].lower]
		if bodyNouns[toks[k].lower] || toks[k].cap && (orgWords[toks[k].lower] || gathering) {
			return true // "the International Cricket Conference will meet"
		}
	}
	return false
}

// titleRemit reports a capitalised word inside the remit of a minister, a
// secretary or a ministry: "Negotiations" of "the Minister for Trade
// Negotiations", "the Office of Trade Negotiations" is no meeting.
func titleRemit(toks []token, i int) bool {
	if !toks[i].cap {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-3 && toks[k].cap && toks[k].word {
		k--
	}
	return (lowerAt(toks, k) == "for" || lowerAt(toks, k) == "of") && (fieldTitles[lowerAt(toks, k-1)] || lowerAt(toks, k-1) == "office") && toks[k-1].cap
}

// scheduledWithin reports a participle of fixing a date at token k or the
// one after: "is fixed for", "will be held on", "has been set for".
func scheduledWithin(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		switch toks[j].lower {
		case "fixed", "scheduled", "set", "planned", "slated", "held":
			return true
		}
	}
	return false
}

// bodySubjectBefore reports a body named as the clause's subject before
// token k, with no comma or other clause between: "The Sinaloa state
// congress approved ...", "The AU Peace and Security Council will review
// ..." (a council, a congress, a committee, an assembly).
func bodySubjectBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		w := toks[j].lower
		if w == "," || w == ";" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if sittingBodies[w] {
			return true
		}
	}
	return false
}

// namedHolderOwn reports "its" or "their" at k-1 after a verb of holding
// whose subject is a body named with capitals: "The Athletes' Committee
// will hold its annual meeting by video link next month". The meeting is
// that body's own, told for the first time, not one named before.
func namedHolderOwn(toks []token, k int) bool {
	if w := lowerAt(toks, k-1); w != "its" && w != "their" {
		return false
	}
	if !holdVerbs[lowerAt(toks, k-2)] {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-16; j-- {
		w := toks[j].lower
		if w == "," || w == ";" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if sittingBodies[w] || bodyNouns[w] {
			return toks[j].cap
		}
	}
	return false
}

// sittingBodies are the bodies that sit in session.
var sittingBodies = map[string]bool{"council": true, "congress": true, "committee": true, "assembly": true, "parliament": true,
	"senate": true, "legislature": true, "board": true, "commission": true, "cabinet": true}

// inBodyName reports a capitalised word inside a body's name: "Football"
// of "the Asian Football Confederation", "Handball" of "the European Handball
// Federation".
func inBodyName(toks []token, k int) bool {
	if !toks[k].cap {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].cap; j++ {
		if orgWords[toks[j].lower] || bodyNouns[toks[j].lower] || namedBodyHolds(toks, j) {
			return true // "the International Cricket Conference (ICC) will hold a special meeting"
		}
	}
	return false
}

// sportName reports a sport's word capitalised inside a sentence, part of
// a body's name: "World Athletics president Sebastian Coe will meet".
// (A heading's "FOOTBALL" or a sentence's first word still is the sport.)
func sportName(toks []token, k int) bool {
	return k > 0 && toks[k].cap && toks[k].text != strings.ToUpper(toks[k].text)
}

// sidelinesOfGames reports a sport's word in "on the sidelines of the
// world indoor championships": the games host the meeting.
func sidelinesOfGames(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].lower == "sidelines" || toks[j].lower == "margins" || toks[j].lower == "fringes" {
			return true
		}
	}
	return false
}

// excluded says whether the sentence voids a meeting at head i: cancelled,
// habitual, hypothetical or negated.
func excluded(toks []token, i int) bool {
	if lowerAt(toks, i-1) == "-" && (lowerAt(toks, i-2) == "pre" || lowerAt(toks, i-2) == "post") {
		return true // "PRE-FORUM", "pre-summit": a programme's day before or after the gathering
	}
	for k, t := range toks {
		if cancelSportFilter.May(t.lower) && (cancelCues[t.lower] && !inOtherClause(toks, k, i) && !otherObject(toks, k) && !cueOfOther(toks, k, i) || sportsWords[t.lower] && !inBodyName(toks, k) && !bodyBefore(toks, i) && !sportName(toks, k) && !sidelinesOfGames(toks, k) && !governance(toks)) {
			return true // "the match on Saturday"; not "the Asian Football Confederation will hold a congress"
		}
		if t.lower == "off" && lowerAt(toks, k-1) == "called" && !inOtherClause(toks, k-1, i) && !(k > i && otherObject(toks, k)) {
			// "called off"; talks that "broke off last night" were held, and
			// leaders who "met on Monday and called off their boycott" met
			return true
		}
	}
	if conditional(toks, i) || sinceStopped(toks, i) {
		return true
	}
	if lowerAt(toks, i-1) == "all" && pluralHeads[toks[i].lower] {
		return true // "All hearings are held in the State House": every one of a kind, no one meeting
	}
	neg := 2
	if meetingVerbs[toks[i].lower] {
		neg = 3
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].lower
		if toks[k].cap {
			continue
		}
		if i-k <= neg && (w == "not" || w == "never" || w == "t" && isApostrophe(lowerAt(toks, k-1))) && putOff(toks, i) {
			continue // "will not meet until next week": a later date, not no meeting
		}
		if i-k <= neg && (w == "not" || w == "no" || w == "never" || w == "without" || w == "t" && isApostrophe(lowerAt(toks, k-1))) {
			return true
		}
		if habitCues[w] && i-k <= 4 {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if w := toks[k].lower; w == "regularly" || w == "periodically" || w == "every" {
			return true
		}
	}
	return habitualClause(toks, i) || negatedIndefinite(toks, i)
}

// negatedIndefinite reports a meeting noun that a negated verb takes as an
// indefinite object: "would not need an emergency meeting", "would not link
// a summit to human rights": no particular gathering.
func negatedIndefinite(toks []token, i int) bool {
	if meetingVerbs[toks[i].lower] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := toks[k].lower; w == "a" || w == "an" {
			v := k - 1
			n := lowerAt(toks, v-1)
			return toks[max(v, 0)].word && !toks[max(v, 0)].cap && (n == "not" || n == "never" || n == "t" && isApostrophe(lowerAt(toks, v-2)))
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
	}
	return false
}

// habitualClause reports a relative clause after the meeting's name that
// says it happens as a rule: "the Winter Session of Parliament, which
// usually begins in the last week of November".
func habitualClause(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].lower != "," {
			continue
		}
		return relativeWord(lowerAt(toks, k+1)) && (asARule[lowerAt(toks, k+2)] || asARule[lowerAt(toks, k+3)])
	}
	return false
}

// asARule are the adverbs of a gathering held by custom: "which usually
// begins", "which normally meets".
var asARule = map[string]bool{"usually": true, "normally": true, "traditionally": true, "typically": true, "generally": true,
	"regularly": true, "often": true, "frequently": true, "customarily": true}

// putOff reports "until" or "till" right after the meeting verb at i
// ("will not meet until next week").
func putOff(toks []token, i int) bool {
	k := i + 1
	if lowerAt(toks, k) == "again" {
		k++
	}
	w := lowerAt(toks, k)
	return w == "until" || w == "till"
}

// inOtherClause reports whether token k lies in a relative clause between
// commas that does not hold token i: "Talks ..., which have been suspended
// since June, will resume on Wednesday".
func inOtherClause(toks []token, k, i int) bool {
	if participleClause(toks, k, i) {
		return true
	}
	open := -1
	for j := k - 1; j >= 0; j-- {
		if toks[j].lower == "," {
			if relativeWord(lowerAt(toks, j+1)) {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].lower == "," {
			return i < open || i > j
		}
	}
	return false
}

// participleClause reports a participle phrase between commas after the
// meeting's noun, the cue at k its first word, with the main verb after it:
// "Brazil's debt talks, suspended since February ..., will resume".
func participleClause(toks []token, k, i int) bool {
	if lowerAt(toks, k-1) != "," || i >= k-1 {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		switch toks[j].lower {
		case ";":
			return false
		case ",":
			w := lowerAt(toks, j+1)
			if auxiliaries[w] {
				return true
			}
			d, ok := cueAt(toks, j+1, false)
			return ok && d != 0 && !reporting(w)
		}
	}
	return false
}

// conditional reports a meeting that is only a possibility: the sentence
// opens with a condition ("If ministers agree, negotiations ... could
// start in January") or the meeting's own clause has a modal of
// possibility after it ("talks could begin next month").
func conditional(toks []token, i int) bool {
	if len(toks) > 0 && condOpeners[toks[0].lower] {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		w := toks[k].lower
		if w == "," || w == ";" || w == "and" || reporting(w) || meetingVerbs[w] {
			break // "is meeting this morning and could cut rates": the modal is another verb's
		}
		if w == "could" || w == "might" || w == "may" && !toks[k].cap {
			return true
		}
	}
	return false
}

// titledPhrase reports "the budget minister", "the bank's chief executive"
// at k: a person named by a title word within the next four words.
func titledPhrase(toks []token, k int) bool {
	if w := lowerAt(toks, k); w != "the" && w != "a" && w != "its" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word; j++ {
		if personHeads[toks[j].lower] {
			return true
		}
	}
	return false
}

// personHeads end a title that names one person: "the budget minister".
var personHeads = map[string]bool{
	"minister": true, "governor": true, "chairman": true, "chairwoman": true, "president": true,
	"secretary": true, "director": true, "commissioner": true, "ambassador": true, "ceo": true,
	"chancellor": true, "premier": true, "executive": true,
}

// lowerGroup reports a lower-case noun phrase at k that ends in a group of
// people or a body, the object of a meeting verb: "will meet the
// regulator on Wednesday", "will meet hospital managers on Friday", "will
// meet provincial finance ministers in Ottawa", "will meet the airline's
// management"; not "meet the target", "meet investors' expectations".
func lowerGroup(toks []token, k int) bool {
	j := k
	if w := lowerAt(toks, j); determiners[w] || possessives[w] || w == "both" {
		j++
	}
	last, words := "", 0
	for n := j + 5; j < len(toks) && j < n; j++ {
		t := toks[j]
		if isApostrophe(t.lower) && lowerAt(toks, j+1) == "s" {
			j++ // "the airline's management"
			last = ""
			continue
		}
		if isApostrophe(t.lower) && plural(last) {
			last = "" // "importers' representatives"; "farmers' demands" names no group met
			continue
		}
		if t.num && lowerAt(toks, j+1) == "-" && j+2 < len(toks) && toks[j+2].word && toks[j+2].start == toks[j+1].end {
			j += 2 // "the 14-bank advisory committee", "a 15-member panel"
			continue
		}
		if !t.word || t.cap || t.num || placePreps[t.lower] || objectStops[t.lower] || isMonthOrDay(t.lower) {
			break
		}
		last = t.lower
		words++
	}
	return partyNouns[last] || groupNouns[last] || delegationWords[last] || objectHeads[last] || words > 1 && agentGroup(last) // "will meet sugar planters", not "met miners"
}

// datedLinePrefix reports tokens [0,end) that are only a day and its
// hours: "Monday 9 November 2026, 9:00 a.m. to 4:00 p.m.", "Tuesday 10
// November 2026".
func datedLinePrefix(toks []token, end int) bool {
	if end < 2 || !isMonthOrDay(toks[0].lower) && !toks[0].num {
		return false
	}
	for _, t := range toks[:end] {
		if !t.num && !isMonthOrDay(t.lower) && !clockWord(t) && !timePunct[t.lower] && t.lower != "," && t.lower != "to" && t.lower != "–" && t.lower != "-" && t.lower != "and" {
			return false
		}
	}
	return true
}

// listHeading reports a plural meeting noun at i that heads a list of
// meetings: after "forthcoming", "upcoming" or "future" ("Forthcoming
// sessions — published Thursday 9 January 2025", "UPCOMING MEETINGS"), or
// before "published" or "week commencing" ("Select committee meetings: week
// commencing Monday 13 January 2025").
func listHeading(toks []token, i int) bool {
	if !plural(toks[i].lower) {
		return false
	}
	switch lowerAt(toks, i-1) {
	case "forthcoming", "upcoming", "future":
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if w := toks[k].lower; w == "published" || w == "week" && lowerAt(toks, k+1) == "commencing" {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].lower != ":" {
			continue
		}
		if next := lowerAt(toks, k+1); isMonthOrDay(next) && !weekdayNameWord(next) || next == "week" || next == "weeks" {
			return true // "Ministerial meetings with external organisations: January to March 2026", "Committee hearings: week of 11 May 2026": a list's title over its period
		}
		return false
	}
	return false
}

// weekdayNameWord reports a weekday's name: "monday".
func weekdayNameWord(w string) bool {
	_, ok := weekdayNames[w]
	return ok
}

// heldSessionKind reports a session at i that a hold verb holds with one
// or two lower-case words of its kind between: "will hold a work session",
// "will hold a budget study session"; not a market's ("a trading
// session").
func heldSessionKind(toks []token, i int) bool {
	for a := i - 2; a >= i-3 && a >= 1; a-- {
		if lowerAt(toks, a) != "a" {
			continue
		}
		if !holding(lowerAt(toks, a-1)) {
			return false
		}
		for j := a + 1; j < i; j++ {
			if toks[j].cap || !toks[j].word || toks[j].lower == "trading" || toks[j].lower == "market" {
				return false
			}
		}
		return true
	}
	return false
}

// objectStops end the object's noun phrase: "hospital managers on Friday".
var objectStops = map[string]bool{
	"on": true, "and": true, "or": true, "over": true, "with": true, "about": true, "after": true, "before": true,
	"of": true, "by": true, "this": true, "next": true, "later": true, "today": true, "tomorrow": true, "yesterday": true,
	"here": true, "there": true, "behind": true, // "will meet state finance ministers here on March 2", "met fund managers behind closed doors"
}

// objectHeads end an object a meeting verb meets as a party, beside
// partyNouns, groupNouns and delegationWords.
var objectHeads = map[string]bool{
	"regulator": true, "regulators": true, "managers": true, "lawmakers": true, "legislators": true,
	"union": true, "bosses": true, "chiefs": true, "mediator": true, "mediators": true,
	// the trades and interests a minister meets: "met rice importers and traders"
	"importers": true, "exporters": true, "traders": true, "farmers": true, "growers": true, "investors": true,
	"retailers": true, "manufacturers": true, "suppliers": true, "dealers": true, "stakeholders": true, "fishermen": true,
	"industrialists": true,
	// the office holders a minister or a mayor meets: "will meet heads of public sector banks", "barangay
	// captains", "tribal elders", "district collectors"
	"heads": true, "captains": true, "elders": true, "collectors": true, "secretaries": true, "mayors": true,
	"councillors": true, "councilors": true, "commissioners": true, "chairmen": true, "chairpersons": true,
	"principals": true, "clerics": true, "commanders": true, "diplomats": true,
}
