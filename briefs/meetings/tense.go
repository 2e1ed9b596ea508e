package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// tenseAt guesses the tense direction of the clause holding tokens [i,j):
// the nearest cue before the date within its clause wins, else the nearest
// after it in the same clause. A reporting verb ends the clause ("officials
// said ministers meet on Monday": "said" is not the meeting's tense). The
// direction is doubled (-2, 2) when the cue is right before the date
// ("met on December 21", "will be held on"), which resolveDay trusts more.
func tenseAt(toks []token, i, j int) int {
	if lowerAt(toks, j) == "that" && toldObject(toks, i) {
		return -1 // "Terkper told parliament's finance committee on Friday that the target would be met": the telling's day
	}
	if reporting(lowerAt(toks, i-1)) || reporting(lowerAt(toks, i-2)) && (lowerAt(toks, i-1) == "on" || lowerAt(toks, i-1) == "after") || reportedOn(toks, i) >= 0 {
		return -1
	}
	if d, ok := participleTense(toks, i, j); ok {
		return d
	}
	if w := lowerAt(toks, i-1); w == "until" || w == "to" {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if rescheduleCues[toks[k].lower] && toks[k].lower != "put" && toks[k].lower != "brought" {
				return 2 // "were adjourned today until August 17": the day they resume
			}
		}
	}
	words, span, limit := 0, 0, 14
	sawMeetingNoun := false // a meeting's noun stands between the date and the verbs read
	k := i - 1
	for ; k >= 0 && span < limit; k-- {
		if _, meeting := meetingNouns[toks[k].lower]; meeting && limit == 14 && k >= 2 {
			limit = max(14, span+4) // the meeting's own verb a few words before its noun: "held a review meeting with officials of the state health department at the KMC headquarters on Tuesday"
			sawMeetingNoun = true
		}
		if toks[k].word {
			words++
		}
		if !nameToken(toks, k) && (toks[k].word || toks[k].lower != ",") {
			span++ // a name carries no tense: "held the 35th meeting of the Working Mechanism ... (WMCC) in Beijing on Tuesday"; nor a list's commas: "met the heads of ..., Nomura, Daiwa, Nikko and Yamaichi, on Friday"
		}
		if d, ok := afterPhrase(toks, k); ok {
			return d // "said after meeting his counterpart in Singapore on Saturday": before the saying
		}
		if toks[k].lower == "after" && k < i-1 {
			if d, ok := ownVerbAfter(toks, j); ok {
				return d // "will meet the prime minister on Friday, after talks with the agriculture minister on Monday failed": the phrase's own verb
			}
		}
		if d, ok := cueAt(toks, k, true); ok {
			if words <= 3 {
				return 2 * d
			}
			return d
		}
		if toks[k].lower == ";" || reporting(toks[k].lower) {
			k = -1
			break
		}
		if toks[k].lower == "," {
			if r := relativeClauseBefore(toks, k); r >= 0 {
				k = r // "Mubarak, who began a visit to Washington yesterday, holds talks ... today": the clause's own time
			}
		}
	}
	if sawMeetingNoun && k >= 0 && futureFarBack(toks, k) {
		return 1 // "will take up the proposal for a 14-km elevated road along the Mula-Mutha riverfront at its meeting on Friday"
	}
	if k >= 0 && (sawMeetingNoun || hasMeetingNoun(toks[:k+1])) && pastFarBack(toks, i-1) { // the noun may stand beyond the window: "came after a meeting of the two delegations' chiefs, ..., in the Venezuelan capital on Thursday"
		return -1 // "rejected the board's remuneration report in a consultative vote at the company's annual general meeting in Zug on Tuesday"
	}
	// "On Monday, ministers agreed": the clause goes on after the comma (the
	// sentence may open after a dateline's dash).
	fronted := i <= 2 || lowerAt(toks, i-1) == "-" || lowerAt(toks, i-2) == "-" || frontedAdverbial(toks, i, j)
	for k := j; k < len(toks) && k < j+10; k++ {
		if w := toks[k].lower; !fronted && (w == "," || w == ";" || w == "but" || w == "while" || w == "whereas") {
			break
		}
		if d, ok := cueAt(toks, k, false); ok && !(d < 0 && adjectiveEd(toks, k) && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap) {
			return d // not an -ed word before its noun: "A separate class meeting of the holders of the Company's deferred shares will be held"
		}
	}
	if fronted {
		return frontedTense(toks, j+10)
	}
	return 0
}

// futureFarBack reports the verb of the clause a meeting's phrase ends,
// read from token k back to the sentence's start, when it is to come
// ("will take up ... at its meeting on Friday") and stands beyond the
// window tenseAt reads. Only a future verb counts: a past one that far
// back is as often another clause's ("left for Paris today to attend a
// meeting of ... on Saturday"). A verb of saying, a semicolon or a past
// verb the lexicon knows ends the search.
func futureFarBack(toks []token, k int) bool {
	for ; k >= 0; k-- {
		if toks[k].lower == ";" || reporting(toks[k].lower) {
			return false
		}
		if w := toks[k].lower; w == "will" || w == "shall" {
			return true
		}
		if timex.WordTense(toks[k].lower).Is(timex.Past) && !adjectiveEd(toks, k) {
			return false // "met", "held", "left": a past verb of the lexicon (an -ed word may be an adjective: "a 14-km elevated road", "the proposed targeted subsidy")
		}
	}
	return false
}

// ownVerbAfter is the tense of a verb right after a date that closes an
// "after" phrase, at token j (up to four words on, before a comma): "after
// talks ... on Monday failed" (past); false when there is none.
func ownVerbAfter(toks []token, j int) (int, bool) {
	for k := j; k < len(toks) && k < j+4; k++ {
		w := toks[k].lower
		if w == "," || w == ";" || w == "." {
			return 0, false
		}
		if pastWord(w) || edVerb(w) && !toks[k].cap {
			return -1, true
		}
	}
	return 0, false
}

// byWithin reports "by" within n tokens from k, before a comma.
func byWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].lower == "by" {
			return true
		}
		if toks[j].lower == "," {
			return false
		}
	}
	return false
}

// relativeClauseBefore is the comma that opens a relative clause closed by
// the comma at k (", who began a visit to Washington yesterday,"), within
// fourteen tokens; -1 when the words before k are no such clause.
func relativeClauseBefore(toks []token, k int) int {
	for j := k - 1; j > 0 && j >= k-14; j-- {
		switch toks[j].lower {
		case ",", ";", ".":
			return -1
		case "who", "which":
			if lowerAt(toks, j-1) == "," {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// pastWord reports a past verb the lexicon knows that is no verb of
// saying: "held", "met", "came".
func pastWord(w string) bool {
	lex := timex.WordTense(w)
	return lex.Is(timex.Past) && !lex.Is(timex.Reporting)
}

// edVerb reports an -ed word that may be a past verb: not one the lexicon
// marks as no past ("scheduled", "united").
func edVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !timex.WordTense(w).Is(timex.NotPast)
}

// pastFarBack reports the main verb read from token k back to the
// sentence's start when it is past and the meeting is its own setting, not
// a purpose ahead: "Shareholders ... rejected the report ... at the
// company's annual general meeting in Zug on Tuesday"; not "left for Paris
// today to attend a meeting of ... on Saturday" (an infinitive between),
// nor past a verb of saying or a semicolon.
func pastFarBack(toks []token, k int) bool {
	for ; k >= 0; k-- {
		w := toks[k].lower
		if w == ";" || reporting(w) || farBackModals[w] {
			return false // "could do so at the agency's board meeting in June": to come, or unknown
		}
		if w == "to" && k+1 < len(toks) && (timex.WordTense(lowerAt(toks, k+1)).Is(timex.Bare) || meetingVerbs[lowerAt(toks, k+1)] || lowerAt(toks, k+1) == "attend") {
			return false // "to attend a meeting": a purpose, still to come
		}
		if toks[k].cap || !toks[k].word {
			continue
		}
		if pastWord(w) || edVerb(w) && !adjectiveEd(toks, k) && !adjectivePreps[lowerAt(toks, k-1)] && lowerAt(toks, k+1) != "by" {
			return true
		}
	}
	return false
}

// farBackModals end pastFarBack's walk: a clause to come, or of no known
// time ("meet on Monday, followed by", "could do so at").
var farBackModals = map[string]bool{"will": true, "shall": true, "would": true, "could": true, "might": true, "may": true, "should": true,
	"is": true, "are": true, "due": true, "expected": true, "scheduled": true, "set": true, "planned": true, "ll": true}

// adjectiveEd reports an -ed word at k that modifies a noun: after a
// determiner or after another such word ("the proposed targeted diesel
// subsidy").
func adjectiveEd(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if determiners[toks[j].lower] || toks[j].lower == "s" && isApostrophe(lowerAt(toks, j-1)) {
			return true // also after a possessive: "the Company's deferred shares"
		}
		if !strings.HasSuffix(toks[j].lower, "ed") {
			return false
		}
	}
	return false
}

// afterPhrase reads an "after" phrase at token k with no verb of its own
// between it and the date ("said after meeting X on Saturday", "the group
// said after a brief online meeting on Sunday", "will fly home after
// meeting X on Tuesday"): the date takes the tense of the verb the phrase
// follows, a past reporting verb counting as past.
func afterPhrase(toks []token, k int) (int, bool) {
	a := k
	switch w := toks[k].lower; {
	case w == "after" || w == "following":
	case strings.HasSuffix(w, "ing") && len(w) >= 5 && !toks[k].cap && (lowerAt(toks, k-1) == "after" || lowerAt(toks, k-1) == "since"):
		a = k - 1
	default:
		return 0, false
	}
	for j := a - 1; j >= 0 && j >= a-5; j-- {
		w := toks[j].lower
		if w == "," || w == ";" {
			break
		}
		if reporting(w) {
			if w == "says" || w == "say" {
				return 0, true
			}
			return -1, true
		}
		if d, ok := cueAt(toks, j, false); ok {
			return d, true
		}
	}
	return 0, false
}

// lastsDays reads "(is expected to|will) last three days" in the 24
// tokens from k, before a semicolon or a reporting verb: the meeting's
// length in days, 0 when not said; begun says a start verb came before it
// ("began in Oslo on Monday and are expected to last three days"): under
// way, not over.
func lastsDays(toks []token, k int) (n int, begun bool) {
	start := false
	for j := k; j+2 < len(toks) && j < k+24; j++ {
		switch w := toks[j].lower; {
		case w == ";" || w == "." || reporting(w):
			return 0, false
		case startVerbs[w]:
			start = true
		case w == "last" || w == "run":
			if w := lowerAt(toks, j-1); w != "to" && w != "will" && w != "would" && w != "should" {
				continue // "over the last three days": not its length
			}
			if n := numberWord(toks[j+1].lower); n > 1 && toks[j+2].lower == "days" {
				return n, start
			} else if n > 0 && (toks[j+2].lower == "weeks" || toks[j+2].lower == "week") {
				return 7 * n, start // "are expected to last two weeks"
			}
		}
	}
	return 0, false
}

// nameToken reports a token of a proper name the tense walk passes over
// without counting it: a capitalised word after the sentence's first, the
// parentheses of an acronym, a hyphen or "and"/"of"/"on"/"for" between
// capitalised words.
func nameToken(toks []token, k int) bool {
	t := toks[k]
	switch {
	case t.word && t.cap && k > 0:
		return true
	case t.lower == "(" || t.lower == ")" || t.lower == "-":
		return true
	case t.lower == "and" || t.lower == "of" || t.lower == "on" || t.lower == "for":
		return k > 0 && k+1 < len(toks) && toks[k-1].cap && toks[k+1].cap
	}
	return false
}

// participleTense is the tense of the main verb after a participle phrase
// between commas that holds tokens [i, j): "Coca-Cola directors, meeting in
// Atlanta on Tuesday, declared a dividend" (past).
func participleTense(toks []token, i, j int) (int, bool) {
	open := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].lower == "," {
			if w := lowerAt(toks, k+1); strings.HasSuffix(w, "ing") && len(w) > 4 {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return 0, false
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		if toks[k].lower == "," {
			if d, ok := cueAt(toks, k+1, false); ok && d != 0 {
				return d, true
			}
			return 0, false
		}
	}
	return 0, false
}

// frontedTense is the tense of the main clause after a fronted phrase with
// no cue of its own ("After Monday's meeting in Paris with ..., Baker
// said"): the first cue from token k on, a reporting verb counting as past.
// frontedAdverbial reports a date [i,j) inside a phrase that opens the
// sentence with a preposition and ends at a comma, before its main clause:
// "At their summit on Thursday and Friday, European Union leaders failed
// to agree", "During talks on Friday, the two sides agreed": the date
// takes the main clause's tense (the walk back found no cue in it).
func frontedAdverbial(toks []token, i, j int) bool {
	s := 0
	for k := 0; k < i && k < 16; k++ {
		if toks[k].lower == "-" {
			s = k + 1 // the sentence opens after a dateline's dash
		}
	}
	for k := i - 1; k > s && k >= i-8; k-- {
		if toks[k].lower == "," {
			if w := lowerAt(toks, k+1); w == "at" || w == "during" {
				s = k + 1 // "The university's Syndicate, at its meeting on Monday, approved": the phrase set off by commas
			}
			break
		}
	}
	for k := i - 1; k > s && k >= i-16; k-- {
		if w := toks[k].lower; (w == "during" || w == "at") && lowerAt(toks, k-1) == "that" {
			s = k // "Tolentino said that during a virtual meeting with ... on Monday, members committed": the reported clause opens there
			break
		}
	}
	switch lowerAt(toks, s) {
	case "at", "during", "in", "over":
	default:
		return false
	}
	if i-s > 16 { // "At a hearing of the House Foreign Affairs subcommittee on Western Hemisphere affairs Monday, Democrats pressed"
		return false
	}
	for k := j; k < len(toks) && k < j+5; k++ {
		if toks[k].lower == "," {
			return true
		}
		if !toks[k].word && toks[k].lower != "-" {
			return false
		}
	}
	return false
}

func frontedTense(toks []token, k int) int {
	for ; k < len(toks); k++ {
		if reporting(toks[k].lower) && toks[k].lower != "says" {
			return -1
		}
		if d, ok := cueAt(toks, k, false); ok {
			return d
		}
	}
	return 0
}

// adjectivePreps before an -ed word make it an adjective: "an unexpected",
// "in closed session", "with detailed proposals".
var adjectivePreps = map[string]bool{"an": true, "in": true, "at": true, "with": true, "of": true, "for": true, "behind": true}

// quantifiers before an -ed word make it an adjective: "all recognised
// national and state parties", "both affected countries".
var quantifiers = map[string]bool{"all": true, "both": true, "many": true, "some": true, "several": true, "other": true, "few": true, "most": true}

// intentVerbs take a "to" clause about what is to come: "agreed to meet".
var intentVerbs = map[string]bool{
	"agreed": true, "decided": true, "planned": true, "arranged": true, "voted": true,
	"promised": true, "pledged": true, "offered": true, "invited": true, "asked": true,
	"proposed": true, "hoped": true, "sought": true, "urged": true, "called": true, "vowed": true,
}

// cueAt is the direction token k signals, if any; before says the date
// follows it (and so may sit in its "to" clause: "agreed to meet on May 4").
func cueAt(toks []token, k int, before bool) (int, bool) {
	if k < 0 || k >= len(toks) {
		return 0, false // a clause cut off at the end of the text
	}
	t := toks[k]
	if !t.word || t.cap && k > 0 {
		return 0, false
	}
	w := t.lower
	if lookForward(toks, k) {
		return 1, true // "ASEAN leaders looked forward to the ASEAN Summit ... in October": what they look forward to is to come
	}
	lex := timex.WordTense(w)
	if w == "before" && appearVerbs[lowerAt(toks, k-1)] {
		return 0, false // "appeared before the committee on Tuesday": a place before a body, not a time to come
	}
	if strings.HasSuffix(w, "ing") && bodyNouns[lowerAt(toks, k+1)] {
		return 0, false // "before the parliamentary standing committee on transport on Tuesday", "the governing council": a body's name
	}
	if lex.Is(timex.Reporting) || k > 0 && determiners[lowerAt(toks, k-1)] {
		return 0, false // "met the heads of Japan's four largest securities houses ... on Friday": a noun after its determiner
	}
	if k+2 < len(toks) && toks[k+1].lower == "-" && toks[k+1].start == t.end && toks[k+2].start == toks[k+1].end {
		return 0, false // "an emergency closed-door meeting on Friday": a compound's first word, no verb
	}
	if k >= 2 && toks[k-1].lower == "-" && toks[k-1].end == t.start && toks[k-2].end == toks[k-1].start && toks[k-2].word && !timex.VerbPrefix(toks[k-2].lower) {
		return 0, false // "a larger-than-expected cut", "the long-awaited summit": an adjective's last word (timex compoundTail)
	}
	if timex.ClauseOfItsOwn(w, lowerAt(toks, k+1)) {
		return 0, false // "at its June meeting before holding it steady at its August meeting": a clause of its own
	}
	if (w == "could" || w == "might" || w == "may") && before {
		switch n := lowerAt(toks, k+1); {
		case w == "could" && (n == "not" || n == "n" && lowerAt(toks, k+2) == "t"):
			return -1, true // "could not agree at their meeting in Brussels on Monday": what failed
		case n != "not" && n != "have":
			return 1, true // "the dispute could eventually land on the table of EC leaders at their summit in Hanover in June": what may yet be
		}
	}
	if c, ok := timex.SetObject(lowerAt(toks, k-1), w, lowerAt(toks, k+1)); ok {
		return c, true // "set the tax rate at its April session": a verb with its object, past
	}
	if w == "heads" && lowerAt(toks, k+1) == "of" {
		return 0, false // "met heads of delegation here on Wednesday": a noun, no scheduled present
	}
	if lowerAt(toks, k+1) == "by" && (lex.Is(timex.Past) || strings.HasSuffix(w, "ed")) && !pastAuxiliaries[lowerAt(toks, k-1)] && !auxiliaries[lowerAt(toks, k-1)] && lowerAt(toks, k-1) != "be" && !isMonthOrDay(lowerAt(toks, k-1)) {
		return 0, false // "a delegation ... led by Keidanren chairman Eishiro Saito on Friday", "on Sunday for a three-day summit hosted by Mark Carney": a participle, no tense (but "A union assembly here on Saturday voted by a large majority": the clause's verb after its day)
	}
	if lex.Is(timex.Future) {
		if w == "ll" && !isApostrophe(lowerAt(toks, k-1)) {
			return 0, false
		}
		return 1, true
	}
	if lex.Is(timex.Present) {
		if lowerAt(toks, k+1) == "to" { // "is to meet"
			return 1, true
		}
		if prospectWords[lowerAt(toks, k+1)] && lowerAt(toks, k+2) == "to" {
			return 1, true // "are likely to meet", "is due to hold talks": to come
		}
		return 0, true
	}
	next := lowerAt(toks, k+1)
	if before && (w == "put" || w == "pushed" || w == "brought") && (next == "back" || next == "forward" || next == "off") {
		return 1, true // "has been put back to Thursday": the new day, to come
	}
	if before && (intentVerbs[w] && next == "to" || rescheduleCues[w] && (next == "to" || next == "until")) {
		return 1, true // "agreed to meet again on March 16", "rescheduled to May 15"
	}
	if before && timex.ArrangedPerfect(w, lowerAt(toks, k-1)) {
		return 1, true // "has convened an all-party meeting on Monday": the meeting is to come
	}
	if next == "for" && (w == "called" || w == "set" || w == "slated" || w == "fixed" || w == "scheduled" || w == "planned") {
		return 1, true // "a meeting called for December 30"
	}
	if (w == "followed" || w == "preceded") && byWithin(toks, k+1, 4) {
		return 0, false // "when they meet in Brussels on Monday, followed on Tuesday by a meeting of all 27": a participle, the clause's time
	}
	if !lex.Is(timex.Past) && strings.HasSuffix(w, "ed") && (determiners[lowerAt(toks, k-1)] || adjectivePreps[lowerAt(toks, k-1)] || quantifiers[lowerAt(toks, k-1)] || numberWord(lowerAt(toks, k-1)) > 0 || measureBefore(toks, k) || adjectiveEd(toks, k)) {
		return 0, false // "the occupied territories", "in closed session", "a 14-km elevated road": an adjective
	}
	if lex.Is(timex.Past) || strings.HasSuffix(w, "ed") && len(w) > 4 && (!lex.Is(timex.NotPast) || calledOn(toks, k)) {
		// "will be held", "to be held": the auxiliary decides.
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			switch lowerAt(toks, b) {
			case "will", "would", "shall", "to", "ll", "could", "might", "may", "can", "must", "should":
				return 1, true // "will be held", "could be reached in December"
			case "is", "are", "being":
				return 0, true
			}
			if w := toks[b].lower; w == "and" || w == "or" || w == "but" || w == "," || w == ";" || toks[b].cap {
				break // "on his way to Washington and held talks": another verb's auxiliary, if any
			}
		}
		return -1, true
	}
	return 0, false
}

// reporting reports whether w is a verb of attribution ("said", "told"):
// past, but saying nothing of the reported clause.
func reporting(w string) bool { return timex.WordTense(w).Is(timex.Reporting) }

// pastMainVerb reports a past-tense main verb after the participle phrase
// opened at k: "ministers, meeting in Ottawa ..., agreed today".
func pastMainVerb(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j < k+14; j++ {
		if toks[j].lower == "," {
			d, ok := cueAt(toks, j+1, false)
			return ok && d < 0
		}
	}
	return false
}

// reportedOn is the reporting verb whose own day the date at token k is,
// past an audience or a medium: "said on Thursday", "told a news
// conference on Tuesday", "said in a statement on Monday", "told the
// Senate economics committee on Tuesday"; -1 otherwise. What the verb
// reports has a day of its own, or none.
func reportedOn(toks []token, k int) int {
	j := k - 1
	if lowerAt(toks, j) == "on" {
		j--
	}
	if j >= 0 && reporting(toks[j].lower) {
		return j
	}
	if !audienceWords[lowerAt(toks, j)] {
		return -1
	}
	for r := j - 1; r >= 0 && r >= j-10; r-- {
		switch w := toks[r].lower; {
		case reporting(w):
			return r
		case !toks[r].word, w == "that", w == "and", w == "who", w == "which":
			return -1
		case holding(w) || hosting(w):
			return -1 // "said they would hold a joint conference on Saturday": the conference held, no audience
		}
	}
	return -1
}

// audienceWords close the audience or medium of a reporting verb: "told
// reporters", "told a news conference", "said in a statement".
var audienceWords = map[string]bool{
	"reporters": true, "journalists": true, "conference": true, "briefing": true, "statement": true,
	"interview": true, "reuters": true, "television": true, "radio": true, "parliament": true,
	"lawmakers": true, "legislators": true, "senators": true, "committee": true, "subcommittee": true,
	"broadcaster": true, "newspaper": true, "agency": true, "post": true,
}

// prospectWords between a present "be" and "to" make the clause's event one
// to come: "are likely to meet later this month", "is due to hold talks".
var prospectWords = map[string]bool{
	"likely": true, "unlikely": true, "due": true, "set": true, "poised": true,
	"scheduled": true, "slated": true, "going": true, "about": true, "bound": true, "certain": true,
}

// appearVerbs take "before" as a place in front of a body: "appeared before
// the committee", "testified before the panel".
var appearVerbs = map[string]bool{
	"appear": true, "appears": true, "appeared": true, "appearing": true, "testify": true, "testifies": true,
	"testified": true, "testifying": true, "went": true, "came": true, "brought": true, "hauled": true,
}

// calledOn reports "called on" before a capitalised name or title at k:
// a call paid, past ("called on President Ram Chandra Poudel on Sunday
// evening"), though "called" alone says nothing of time ("so-called",
// "called for"), nor does an appeal ("called on Congress to approve").
func calledOn(toks []token, k int) bool {
	if toks[k].lower != "called" || lowerAt(toks, k+1) != "on" || k+2 >= len(toks) || !toks[k+2].cap {
		return false
	}
	j := k + 2
	for j < len(toks) && (toks[j].cap || toks[j].lower == "." || toks[j].lower == "of" || toks[j].lower == "the") {
		j++
	}
	return lowerAt(toks, j) != "to" // "called on Congress to approve the budget": an appeal, not a call paid
}

// measureBefore reports a measure written with a hyphen right before token
// k ("a 14-km elevated road", "a 12-member appointed panel"): what follows
// it describes a noun, so an -ed word there is no verb.
func measureBefore(toks []token, k int) bool {
	return k >= 3 && lowerAt(toks, k-2) == "-" && toks[k-3].num && toks[k-1].word && !toks[k-1].cap
}

// lookForward reports "look forward to" at token k, in any tense but the
// past perfect ("had looked forward to the meeting ..., which ended without
// a deal": what they had looked forward to is over).
func lookForward(toks []token, k int) bool {
	switch toks[k].lower {
	case "look", "looks", "looked", "looking":
		return lowerAt(toks, k+1) == "forward" && lowerAt(toks, k+2) == "to" && lowerAt(toks, k-1) != "had"
	}
	return false
}

// toldObject reports "told" and its object just before token i: "told
// parliament's finance committee on Friday".
func toldObject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := toks[k].lower; {
		case w == "told":
			return true
		case w == "," || w == ";" || !toks[k].word && !isApostrophe(w):
			return false
		}
	}
	return false
}
