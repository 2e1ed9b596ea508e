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
	switch {
	case decidedVerbs[w]:
	case decideVerbs[w] && (lowerAt(toks, i-1) == "will" || lowerAt(toks, i-1) == "would"):
	default:
		return false
	}
	k := i - 1
	if lowerAt(toks, k) == "will" || lowerAt(toks, k) == "would" {
		k--
	}
	day := false
	for j := max(k-1, 0); j < len(toks) && j <= i+3; j++ {
		day = day || dayWord(toks[j].lower)
	}
	if dayWord(lowerAt(toks, k)) {
		k-- // "today approved"
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
