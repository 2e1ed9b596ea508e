package meetings

// bodyDecides reports a body that decides on a day, which it does in a
// sitting: "The Union Cabinet, chaired by Prime Minister Narendra Modi,
// today approved ...", "The RMT's national executive committee will decide
// on Thursday whether ...". The verb is at i; the subject ends in a body's
// word (a committee, council, cabinet, board, commission, bureau), after
// "the" or an owner's "'s"; a day word stands within three words of the
// verb. A sentence that names a meeting already is left to it (findMentions).
func bodyDecides(toks []token, i int) bool {
	w := toks[i].lower
	if !decideFilter.May(w) {
		return false // most words: no hashing
	}
	k := i - 1
	switch {
	case decidedVerbs[w]:
	case decideVerbs[w] && (lowerAt(toks, i-1) == "will" || lowerAt(toks, i-1) == "would"):
		k--
	case decideVerbs[w] && lowerAt(toks, i-1) == "to" && leadIn(toks, i-1) >= 0:
		k = leadIn(toks, i-1) // "The Cabinet is expected on Tuesday to approve", "is due to decide"
	default:
		return false
	}
	day := false
	for j := max(k-1, 0); j < len(toks) && j <= i+decideReach; j++ {
		if j > i && clauseEnds[toks[j].lower] {
			break // "approved the plan, which takes effect on Monday": another clause's day
		}
		day = day || dayWord(toks[j].lower)
	}
	if dayWord(lowerAt(toks, k)) {
		k-- // "today approved"
		if lowerAt(toks, k) == "on" {
			k-- // "Kenya's Cabinet on Tuesday approved"
		}
	}
	if lowerAt(toks, k) == "," {
		k = appositionStart(toks, k) // ", chaired by Prime Minister Narendra Modi,"
	}
	if !day || k < 1 || !bodyNouns[lowerAt(toks, k)] && lowerAt(toks, k) != "bureau" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case toks[j].lower == "the" || toks[j].lower == "s" && isApostrophe(lowerAt(toks, j-1)):
			return true
		case !toks[j].word || toks[j].num:
			return false
		}
	}
	return false
}

// decideReach is how many words after a body's verb its day may stand:
// "The Union Cabinet approved a 1.5 lakh crore rupee scheme for rural roads
// on Wednesday".
const decideReach = 12

// clauseEnds end the clause of a body's verb before its day.
var clauseEnds = map[string]bool{",": true, ";": true, "which": true, "that": true, "who": true, "and": true, "but": true}

// leadIn reads back from "to" at k over "is expected on Tuesday", "is due",
// "is set", "are scheduled" to the word before the copula, the subject's
// last; -1 when none.
func leadIn(toks []token, k int) int {
	j := k - 1
	if dayWord(lowerAt(toks, j)) {
		j-- // "is expected tomorrow to"
		if lowerAt(toks, j) == "on" {
			j--
		}
	}
	switch lowerAt(toks, j) {
	case "expected", "due", "set", "scheduled", "likely":
	default:
		return -1
	}
	if w := lowerAt(toks, j-1); w != "is" && w != "are" && w != "was" && w != "were" {
		return -1
	}
	return j - 2
}

// appositionStart is the token before the comma that opens the apposition
// closed by the comma at k ("The Union Cabinet, chaired by ..., today"),
// or -1 when none opens within twelve words.
func appositionStart(toks []token, k int) int {
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if toks[j].lower == "," {
			return j - 1
		}
	}
	return -1
}

// decidedVerbs are what a body did at a sitting; decideVerbs what it will do at one.
var (
	decidedVerbs = map[string]bool{"approved": true, "decided": true, "endorsed": true, "adopted": true, "resolved": true, "cleared": true, "ratified": true}
	decideVerbs  = map[string]bool{"decide": true, "consider": true, "approve": true, "review": true, "discuss": true}
)

// dayWord reports a word that names a day: a weekday, "today",
// "yesterday", "tomorrow".
func dayWord(w string) bool {
	_, weekday := weekdayNames[w]
	return weekday || w == "today" || w == "yesterday" || w == "tomorrow"
}
