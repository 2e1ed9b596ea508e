package timex

import "strings"

// futureCues mark a clause about the future (or a scheduled present).
var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "tomorrow": true, "next": true, "upcoming": true,
	"scheduled": true, "expected": true, "expects": true, "planned": true,
	"due": true, "going": true, "intends": true, "would": true, "meets": true, "begins": true,
	"opens": true, "starts": true, "ends": true, "expires": true, "resumes": true, "visits": true,
	"arrives": true, "convenes": true, "hosts": true, "travels": true, "returns": true,
	"slated": true, "planning": true, "soon": true, "meet": true, "visit": true, "begin": true,
	"arrive": true, "resume": true, "convene": true, "start": true, "aims": true, "hopes": true,
	"coming": true, "later": true, "tonight": true, "ahead": true, "proposed": true, "intend": true,
}

// pastCues mark a clause about the past.
var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true, "last": true,
	"yesterday": true, "met": true, "held": true, "made": true, "took": true, "came": true, "went": true,
	"told": true, "began": true, "rose": true, "fell": true, "gave": true, "saw": true, "lost": true,
	"sold": true, "bought": true, "paid": true, "left": true, "got": true, "spoke": true, "wrote": true,
	"met,": true, "has": true, "have": true, "been": true, "earlier": true, "found": true, "led": true,
	"won": true, "hit": true, "cut": true, "put": true, "shot": true, "ran": true, "struck": true,
	"became": true, "brought": true, "sent": true, "kept": true, "thought": true, "felt": true,
	"announced": true, "reported": true, "signed": true, "quit": true, "resigned": true, "fled": true,
}

// scheduled are future cues that a past perfect turns into the past.
var scheduled = map[string]bool{
	"due": true, "scheduled": true, "expected": true, "planned": true, "slated": true, "set": true,
}

// reporting are verbs of attribution; after an expression they do not date it.
var reporting = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "according": true,
}

// notPast are words ending in -ed that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "proceed": true, "exceed": true, "succeed": true, "indeed": true,
	"feed": true, "seed": true, "bed": true, "red": true, "hundred": true, "breed": true, "united": true,
	"limited": true, "based": true, "related": true, "federal": true, "expected": true, "scheduled": true,
	"planned": true, "proposed": true, "reed": true, "ted": true, "ned": true, "fred": true, "creed": true,
}

// tense guesses the tense of the clause around tokens [i, j): -1 past,
// +1 future, 0 unknown. The nearest cue wins; cues before the expression win ties.
func (d *doc) tense(i, j int) int {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if d.boundary(k) {
			break
		}
		if c := d.cue(k); c != 0 {
			back := i - k
			if f, dist := d.forwardCue(j, back); f != 0 && dist < back {
				return f
			}
			return c
		}
	}
	f, _ := d.forwardCue(j, forwardWindow)
	return f
}

// forwardWindow is how far after an expression tense() looks when nothing
// before it in the clause tells ("On Tuesday, the league plans to...").
const forwardWindow = 10

// forwardCue returns the first cue at most limit tokens after j.
func (d *doc) forwardCue(j, limit int) (int, int) {
	for k := j; k < len(d.toks) && k < j+limit; k++ {
		if d.boundary(k) {
			break
		}
		if reporting[d.toks[k].s] {
			continue // ", officials said": the attribution's tense, not the event's
		}
		if c := d.cue(k); c != 0 {
			return c, k - j + 1
		}
	}
	return 0, 0
}

// cue classifies token k as a past (-1) or future (+1) cue.
func (d *doc) cue(k int) int {
	t := &d.toks[k]
	if t.kind != kWord {
		return 0
	}
	s := t.s
	if s == "won" && k+2 < len(d.toks) && d.toks[k+1].s == "'" && d.toks[k+2].s == "t" {
		return 1
	}
	if s == "to" && k > 0 && (d.toks[k-1].s == "is" || d.toks[k-1].s == "are") {
		return 1
	}
	if (s == "plan" || s == "plans") && k+1 < len(d.toks) && d.toks[k+1].s == "to" {
		return 1
	}
	if s == "set" && k+1 < len(d.toks) && (d.toks[k+1].s == "to" || d.toks[k+1].s == "for") {
		return 1
	}
	if (s == "was" || s == "were" || s == "is" || s == "are") && k+1 < len(d.toks) && futureCues[d.toks[k+1].s] {
		return 1 // "were planning", "was due"
	}
	if futureCues[s] {
		if scheduled[s] && k >= 2 && (d.toks[k-1].s == "been" && d.toks[k-2].s == "had" || d.toks[k-1].s == "had") {
			return -1 // "had been due to expire Friday": a plan in the past
		}
		return 1
	}
	past := pastCues[s] || len(s) >= 5 && strings.HasSuffix(s, "ed") && !notPast[s] && !t.upper
	if past && k > 0 && (d.toks[k-1].s == "be" || d.toks[k-1].s == "being") {
		return 0 // a passive participle: the auxiliary before it carries the tense
	}
	if past {
		return -1
	}
	return 0
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
