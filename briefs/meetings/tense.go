package meetings

import "strings"

// futureCues and pastCues mark the tense of the clause a date sits in.
var futureCues = map[string]bool{
	"will": true, "shall": true, "would": true, "ll": true, "scheduled": true, "due": true,
	"plans": true, "planned": true, "expected": true, "expects": true, "upcoming": true,
	"next": true, "coming": true, "later": true, "ahead": true, "tomorrow": true, "forthcoming": true,
	"intends": true, "set": true, "going": true, "until": true, "prepare": true, "before": true,
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "met": true, "held": true, "took": true,
	"last": true, "ago": true, "earlier": true, "yesterday": true, "began": true, "opened": true,
	"visited": true, "since": true, "ended": true, "came": true, "left": true, "been": true,
	"has": true, "have": true, "got": true, "gave": true, "went": true, "spoke": true, "told": true,
	"broke": true, "made": true, "saw": true, "sat": true, "stood": true, "ran": true, "won": true,
	"lost": true, "fell": true, "rose": true, "chose": true, "drew": true, "brought": true, "sought": true,
	"fought": true, "thought": true, "bought": true, "kept": true, "led": true, "spent": true, "sent": true,
	"wrote": true, "struck": true, "heard": true, "wound": true,
}

// presentCues are present-tense auxiliaries: the tense is "now".
var presentCues = map[string]bool{"is": true, "are": true, "am": true}

// scheduledPresent are present-tense verbs of a scheduled event: "meets
// Tuesday", "opens on Monday" look forward, as in the timex package and the
// annotation guideline.
var scheduledPresent = map[string]bool{"meets": true, "opens": true, "begins": true, "convenes": true, "resumes": true, "starts": true}

// notPast are -ed words that do not put a clause in the past.
var notPast = map[string]bool{
	"scheduled": true, "planned": true, "expected": true, "proposed": true, "needed": true,
	"red": true, "bed": true, "shed": true, "speed": true, "need": true, "united": true, "limited": true,
	"hundred": true, "related": true, "based": true, "advanced": true, "interested": true, "concerned": true,
	"called": true, "asked": true, "unexpected": true, "seed": true, "feed": true, "indeed": true,
}

// reporting verbs are past but say nothing of the reported clause, unless
// right next to the date ("said Tuesday").
var reporting = map[string]bool{"said": true, "told": true, "added": true, "reported": true, "stated": true, "announced": true, "says": true}

// tenseAt guesses the tense direction of the clause holding tokens [i,j):
// the nearest cue before the date within its clause wins, else the nearest
// after it in the same clause. A reporting verb ends the clause ("officials
// said ministers meet on Monday": "said" is not the meeting's tense). The
// direction is doubled (-2, 2) when the cue is right before the date
// ("met on December 21", "will be held on"), which resolveDay trusts more.
func tenseAt(toks []token, i, j int) int {
	if reporting[lowerAt(toks, i-1)] || reporting[lowerAt(toks, i-2)] && (lowerAt(toks, i-1) == "on" || lowerAt(toks, i-1) == "after") {
		return -1
	}
	words := 0
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if toks[k].word {
			words++
		}
		if d, ok := cueAt(toks, k, true); ok {
			if words <= 3 {
				return 2 * d
			}
			return d
		}
		if toks[k].lower == ";" || reporting[toks[k].lower] {
			break
		}
	}
	// "On Monday, ministers agreed": the clause goes on after the comma (the
	// sentence may open after a dateline's dash).
	fronted := i <= 2 || lowerAt(toks, i-1) == "-" || lowerAt(toks, i-2) == "-"
	for k := j; k < len(toks) && k < j+10; k++ {
		if w := toks[k].lower; !fronted && (w == "," || w == ";" || w == "but" || w == "while" || w == "whereas") {
			break
		}
		if d, ok := cueAt(toks, k, false); ok {
			return d
		}
	}
	if fronted {
		return frontedTense(toks, j+10)
	}
	return 0
}

// frontedTense is the tense of the main clause after a fronted phrase with
// no cue of its own ("After Monday's meeting in Paris with ..., Baker
// said"): the first cue from token k on, a reporting verb counting as past.
func frontedTense(toks []token, k int) int {
	for ; k < len(toks); k++ {
		if reporting[toks[k].lower] && toks[k].lower != "says" {
			return -1
		}
		if d, ok := cueAt(toks, k, false); ok {
			return d
		}
	}
	return 0
}

// intentVerbs take a "to" clause about what is to come: "agreed to meet".
var intentVerbs = map[string]bool{
	"agreed": true, "decided": true, "planned": true, "arranged": true, "voted": true,
	"promised": true, "pledged": true, "offered": true, "invited": true, "asked": true,
	"proposed": true, "hoped": true, "sought": true, "urged": true, "called": true, "vowed": true,
}

// cueAt is the direction token k signals, if any; before says the date
// follows it (and so may sit in its "to" clause: "agreed to meet on May 4").
func cueAt(toks []token, k int, before bool) (int, bool) {
	t := toks[k]
	if !t.word || t.cap && k > 0 {
		return 0, false
	}
	w := t.lower
	if reporting[w] {
		return 0, false
	}
	if futureCues[w] || scheduledPresent[w] {
		if w == "ll" && !isApostrophe(lowerAt(toks, k-1)) {
			return 0, false
		}
		return 1, true
	}
	if presentCues[w] {
		if lowerAt(toks, k+1) == "to" { // "is to meet"
			return 1, true
		}
		return 0, true
	}
	next := lowerAt(toks, k+1)
	if before && (intentVerbs[w] && next == "to" || rescheduleCues[w] && (next == "to" || next == "until")) {
		return 1, true // "agreed to meet again on March 16", "rescheduled to May 15"
	}
	if next == "for" && (w == "called" || w == "set" || w == "slated" || w == "fixed" || w == "scheduled" || w == "planned") {
		return 1, true // "a meeting called for December 30"
	}
	if pastCues[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w] {
		// "will be held", "to be held": the auxiliary decides.
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			switch lowerAt(toks, b) {
			case "will", "would", "shall", "to", "ll", "could", "might", "may", "can", "must", "should":
				return 1, true // "will be held", "could be reached in December"
			case "is", "are", "being":
				return 0, true
			}
		}
		return -1, true
	}
	return 0, false
}
