package timex

import "strings"

// modals before "have" make it no past cue.
var modals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true,
	"must": true, "to": true, "can": true, "shall": true, "ll": true,
}

// scheduled are future cues that a past perfect turns into the past.
var scheduled = map[string]bool{
	"due": true, "scheduled": true, "expected": true, "planned": true, "slated": true, "set": true,
}

// ArrangedPerfect reports a verb of arranging in the present perfect, w
// after prev: "has convened a meeting on Monday", "have called talks for
// Friday". English puts no past day beside a present perfect, so the day
// named is the arranged event's, to come.
func ArrangedPerfect(w, prev string) bool {
	return (prev == "has" || prev == "have") && arranged[w]
}

var arranged = map[string]bool{"convened": true, "called": true, "summoned": true, "arranged": true, "fixed": true, "requested": true, "proposed": true}

// coordinators start a new verb phrase after an expression whose clause
// already has a verb before it ("agreed on Wednesday to meet again", "could
// meet in July, though none has been planned").
var coordinators = map[string]bool{"and": true, "but": true, "to": true, "though": true, "although": true, "whereas": true}

// tense guesses the tense of the clause around tokens [i, j): -1 past,
// +1 future, 0 unknown. The nearest cue wins; a cue guessed from a word's
// ending ("-ed") counts as twice as far, and cues before the expression win
// ties.
func (d *doc) tense(i, j int) int {
	if d.is(i-1, "since") {
		return -1 // "on patrol since March": since always looks back
	}
	if d.deferredTo(i) {
		return 1 // "postponed the vote until Tuesday"
	}
	best, bestDist := 0, 1<<30
	for k := i - 1; k >= 0 && k >= i-backWindow; k-- {
		if d.boundary(k) {
			break
		}
		if c, weak := d.cue(k); c != 0 {
			dist := 2 * (i - k)
			if weak {
				dist *= 2
			}
			if dist < bestDist {
				best, bestDist = c, dist
			}
			if !weak {
				break
			}
		}
	}
	for k := j; k < len(d.toks) && k < j+forwardWindow; k++ {
		if d.boundary(k) {
			break
		}
		if WordTense(d.toks[k].s).Is(Reporting | Remark) {
			continue // ", officials said", ", sources noted": the attribution's tense, not the event's
		}
		if best != 0 && coordinators[d.toks[k].s] {
			break // "met on Thursday and will meet again": the verb before is the date's
		}
		if d.toks[k].s == "that" && d.toldBefore(i) {
			break // "told the finance committee on Friday that the target would be met": what was told is another clause
		}
		if d.is(k, "before", "after", "while") && d.gerundAt(k+1) {
			break // "at its June meeting before holding it steady": the clause after is another event's
		}
		if c, weak := d.cue(k); c != 0 {
			dist := 2*(k-j+1) + 1
			if weak {
				dist *= 2
			}
			if dist < bestDist {
				best, bestDist = c, dist
			}
			if !weak {
				break
			}
		}
	}
	return best
}

// toldBefore reports "told" within backWindow tokens before token i in its
// clause: the telling's day, whose "that" clause is what was told.
func (d *doc) toldBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-backWindow; k-- {
		if d.boundary(k) {
			return false
		}
		if d.toks[k].s == "told" {
			return true
		}
	}
	return false
}

// gerundAt reports a word in -ing at token k: "holding", "meeting".
func (d *doc) gerundAt(k int) bool {
	t := d.tok(k)
	return t != nil && t.kind == kWord && gerund(t.s)
}

// gerund reports a word in -ing after "before" or "after": "holding",
// "being". (progressive, which reads a plan's "are meeting", is stricter:
// it leaves out five-letter words and "during", "including".)
func gerund(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ing") }

// sentenceTense is the tense of the nearest strong cue up to sentenceWindow
// tokens before token i in its sentence, for a month or month-day whose own
// clause gave none within backWindow: "will name the crew of the new orbital
// laboratory and its supply ship for a flight in November" is next November.
func (d *doc) sentenceTense(i int) int {
	for k := i - 1; k >= 0 && k >= i-sentenceWindow; k-- {
		if d.boundary(k) {
			break
		}
		if c, weak := d.cue(k); c != 0 && !weak {
			return c
		}
	}
	return 0
}

// sentenceWindow: at 20 the dev set gains two month years and loses none;
// at 30 a cue that far back starts to belong to another event (two losses).
const sentenceWindow = 20

// backWindow and forwardWindow are how far before and after an expression
// tense() looks for a cue ("On Tuesday, the league plans to...").
const (
	backWindow    = 12
	forwardWindow = 10
)

// cue classifies token k as a past (-1) or future (+1) cue; weak cues are
// guessed from a word's ending.
func (d *doc) cue(k int) (int, bool) {
	t := &d.toks[k]
	if t.kind != kWord {
		return 0, false
	}
	s := t.s
	if s == "since" && d.tok(k+1) != nil && (d.toks[k+1].kind == kNum || months[d.toks[k+1].s] != 0 && d.toks[k+1].upper) {
		return 0, false // "on December 14 and 15, the first since 1977": a preposition, not the clause's tense
	}
	if (s == "takes" || s == "take") && d.is(k+1, "place") && !(k > 0 && (modals[d.toks[k-1].s] || d.toks[k-1].s == "to")) {
		return 1, false // "takes place in Vienna in September": a scheduled present, to come
	}
	if s == "won" && k+2 < len(d.toks) && d.toks[k+1].s == "'" && d.toks[k+2].s == "t" {
		return 1, false
	}
	if s == "to" && k > 0 && (d.toks[k-1].s == "is" || d.toks[k-1].s == "are") {
		return 1, false
	}
	if s == "next" && k+1 < len(d.toks) && d.toks[k+1].s == "to" {
		return 0, false // "next to the embassy"
	}
	if (s == "plan" || s == "plans") && k+1 < len(d.toks) && d.toks[k+1].s == "to" {
		return 1, false
	}
	if s == "set" && k+1 < len(d.toks) && (d.toks[k+1].s == "to" || d.toks[k+1].s == "for") {
		return 1, false
	}
	if c, ok := d.setObject(k); ok {
		return c, false // "set the tax rate at its April session": a verb with its object, past unless a modal says otherwise
	}
	if k > 0 && ArrangedPerfect(s, d.toks[k-1].s) || (s == "has" || s == "have") && k+1 < len(d.toks) && arranged[d.toks[k+1].s] {
		return 1, false // "has convened a meeting on Monday"
	}
	if (s == "was" || s == "were" || s == "is" || s == "are") && k+1 < len(d.toks) && WordTense(d.toks[k+1].s).Is(Future|Bare) {
		return 1, false // "were planning", "was due"
	}
	if t := d.tok(k + 1); t != nil && t.kind == kWord && ClauseOfItsOwn(s, t.s) {
		return 0, false // "before holding it steady at its August meeting": a clause of its own, whose tense is the sentence's
	}
	if d.compoundTail(k) {
		return 0, false // "a larger-than-expected cut", "the long-awaited summit": an adjective's last word, no tense
	}
	lex := WordTense(s)
	if lex.Is(Future | Bare) { // timex reads "meet" as "to meet"
		if scheduled[s] && k >= 2 && (d.toks[k-1].s == "been" && d.toks[k-2].s == "had" || d.toks[k-1].s == "had") {
			return -1, false // "had been due to expire Friday": a plan in the past
		}
		return 1, false
	}
	weak := !lex.Is(Past)
	past := !weak || len(s) >= 5 && strings.HasSuffix(s, "ed") && !lex.Is(NotPast) && !t.upper
	if past && weak {
		if d.adjectival(k) {
			return 0, false // "the revised offer", "a still unspecified date"
		}
		if k > 0 && subjects[d.toks[k-1].s] {
			weak = false // "before she launched": a pronoun's -ed word is its verb
		}
	}
	if past && k > 0 && (d.toks[k-1].s == "be" || d.toks[k-1].s == "being") {
		return 0, false // a passive participle: the auxiliary before it carries the tense
	}
	if (s == "have" || s == "has") && k > 0 && modals[d.toks[k-1].s] {
		return 0, false // "would have": the modal decides
	}
	if past {
		return -1, weak
	}
	return 0, false
}

// setObject reads "set" at token k with its object (SetObject).
func (d *doc) setObject(k int) (int, bool) {
	prev, next := "", ""
	if k > 0 {
		prev = d.toks[k-1].s
	}
	if t := d.tok(k + 1); t != nil {
		next = t.s
	}
	return SetObject(prev, d.toks[k].s, next)
}

// SetObject reads w, "set", between the words prev and next (lower case):
// before a determiner it is the verb with its object ("the council set the
// tax rate"), not the "set for" of a date to come: past (-1), or to come
// (1) after a modal or "to" ("will set the rate"). ok is false for any
// other w or next. The meetings tense reader asks it too.
func SetObject(prev, w, next string) (tense int, ok bool) {
	if w != "set" || !setObjects[next] {
		return 0, false
	}
	if modals[prev] || prev == "to" {
		return 1, true
	}
	return -1, true
}

// setObjects open the object of "set".
var setObjects = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "new": true}

// ClauseOfItsOwn reports w, "before" or "after", before next, a word in
// -ing: "before holding it steady at its August meeting" opens a clause
// whose tense is the sentence's, and w is no future cue. The meetings
// tense reader asks it too.
func ClauseOfItsOwn(w, next string) bool {
	return (w == "before" || w == "after") && gerund(next)
}

// compoundTail reports a word glued by a hyphen to a word before it that is
// no verb's prefix: "expected" of "larger-than-expected", "awaited" of
// "long-awaited"; not "scheduled" of "re-scheduled".
func (d *doc) compoundTail(k int) bool {
	if k < 2 {
		return false
	}
	h, w, p := d.toks[k-1], d.toks[k], d.toks[k-2]
	return h.s == "-" && h.end == w.start && p.end == h.start && p.kind == kWord && !verbPrefixes[p.s]
}

// VerbPrefix reports a prefix that a hyphen joins to a verb it leaves a
// verb: "re" of "re-scheduled".
func VerbPrefix(w string) bool { return verbPrefixes[w] }

// verbPrefixes are joined by a hyphen to a verb they leave a verb.
var verbPrefixes = map[string]bool{"re": true, "pre": true, "co": true, "un": true, "over": true, "under": true, "out": true, "mis": true, "de": true}

// determiners before an -ed word make it an adjective: "the revised offer".
// ("that" is left out: "the deal that ended" is a relative clause.)
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "these": true, "those": true,
	"each": true, "every": true, "no": true, "some": true, "any": true,
}

// subjects are personal pronouns; an -ed word right after one is a past verb.
var subjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "it": true}

// adjectival reports whether the -ed word at token k modifies a noun: a
// determiner right before it, or before an adverb before it ("a newly
// renovated hall", "a still unspecified date"), or an -ed word that does
// ("the proposed targeted subsidy").
func (d *doc) adjectival(k int) bool {
	if k > 0 && determiners[d.toks[k-1].s] {
		return true
	}
	if k > 1 && determiners[d.toks[k-2].s] {
		w := d.toks[k-1].s
		if w == "still" || w == "yet" || len(w) > 4 && strings.HasSuffix(w, "ly") {
			return true
		}
	}
	if k > 1 && len(d.toks[k-1].s) >= 5 && strings.HasSuffix(d.toks[k-1].s, "ed") && d.adjectival(k-1) {
		return true // "the proposed targeted diesel subsidy": a second -ed word of the same noun
	}
	return false
}

// boundary reports whether token k ends a sentence or clause for tense purposes.
func (d *doc) boundary(k int) bool {
	t := &d.toks[k]
	if t.kind != kPunct {
		return t.newline && k > 0 && d.toks[k-1].s == "."
	}
	switch t.s {
	case "?", "!", ";":
		return true
	case ".":
		if k > 0 && d.toks[k-1].kind == kNum && k+1 < len(d.toks) && d.toks[k+1].kind == kNum && !d.toks[k+1].space {
			return false // a decimal point: "$29.75"
		}
		if k > 0 {
			p := &d.toks[k-1]
			if p.kind == kWord && (len(p.s) <= 2 || months[p.s] > 0 && len(p.s) <= 4) {
				return false
			}
		}
		return true
	}
	return false
}

// deferrals are verbs that move an event to a later date named after "to" or
// "until": "postponed until Tuesday", "rescheduled the meeting to June 18".
var deferrals = map[string]bool{
	"postponed": true, "postpone": true, "postpones": true, "delayed": true, "delay": true, "delays": true,
	"rescheduled": true, "reschedule": true, "deferred": true, "defer": true, "adjourned": true, "adjourn": true,
	"extended": true, "extend": true, "moved": true, "pushed": true, "put": true, "deadline": true,
}

// deferredTo reports whether the expression at token i is the new date of a
// deferral: "to"/"until" right before it and a deferral verb a few tokens
// before that, in the same clause.
func (d *doc) deferredTo(i int) bool {
	k := i - 1
	if d.is(k, "on") {
		k--
	}
	if !d.is(k, "to", "until", "till") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if d.boundary(j) {
			return false
		}
		if deferrals[d.toks[j].s] {
			return true
		}
	}
	return false
}

// progressivePlan reports whether a present progressive ("are meeting",
// "is holding") comes shortly before token i in its clause: with a weekday
// it is a plan ("ministers are meeting on Friday").
func (d *doc) progressivePlan(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if d.boundary(k) {
			return false
		}
		if d.is(k-1, "is", "are") && progressive(d.toks[k].s) {
			return true
		}
	}
	return false
}

// progressive reports whether w looks like an -ing participle ("meeting", "holding").
func progressive(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "during" && w != "according" && w != "including"
}
