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
var presentCues = map[string]bool{"is": true, "are": true, "am": true, "meets": true, "opens": true, "begins": true}

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
// the nearest cue before the date wins, else the nearest after it.
func tenseAt(toks []token, i, j int) int {
	if reporting[lowerAt(toks, i-1)] || reporting[lowerAt(toks, i-2)] && (lowerAt(toks, i-1) == "on" || lowerAt(toks, i-1) == "after") {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if d, ok := cueAt(toks, k); ok {
			return d
		}
		if toks[k].lower == ";" {
			break
		}
	}
	for k := j; k < len(toks) && k < j+10; k++ {
		if d, ok := cueAt(toks, k); ok {
			return d
		}
	}
	return 0
}

// cueAt is the direction token k signals, if any.
func cueAt(toks []token, k int) (int, bool) {
	t := toks[k]
	if !t.word || t.cap && k > 0 {
		return 0, false
	}
	w := t.lower
	if reporting[w] {
		return 0, false
	}
	if futureCues[w] {
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
	if pastCues[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w] {
		// "will be held", "to be held": the auxiliary decides.
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			switch lowerAt(toks, b) {
			case "will", "would", "shall", "to", "ll":
				return 1, true
			case "is", "are", "being":
				return 0, true
			}
		}
		return -1, true
	}
	return 0, false
}
