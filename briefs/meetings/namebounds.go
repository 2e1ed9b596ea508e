package meetings

import "strings"

// Where a meeting's name starts and ends around its head word ("the
// 22nd India-Russia Inter-Governmental Commission meeting"), skipping
// dates inside it, and the helpers that read its chunks.

// inSpan reports whether token k lies inside one of ds.
func inSpan(ds []dateSpan, k int) int {
	for n, d := range ds {
		if k >= d.tokStart && k < d.tokEnd {
			return n
		}
	}
	return -1
}

// nameBounds finds the meeting's name around head i: modifiers to its left
// and an "of X" complement to its right.
func nameBounds(toks []token, ds []dateSpan, i int) (start, end, skipEnd int) {
	start = i
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if n := inSpan(ds, k); n >= 0 {
			b := ds[n].tokStart - 1
			if b >= 1 && toks[b].lower == "s" && isApostrophe(toks[b-1].lower) {
				k = b - 1 // "Ford's May 14 annual meeting": keep walking
				continue
			}
			break
		}
		switch {
		case t.word && t.cap && !capStop[t.lower] && !isMonthOrDay(t.lower):
			start = k
		case t.num && lowerAt(toks, k-1) == "-":
			start = k
		case ordinalWord(t.lower) || nameModifiers[t.lower]:
			start = k
		case t.lower == ")":
			o := k - 1
			for o >= 0 && toks[o].lower != "(" && k-o < 6 {
				o--
			}
			if o >= 1 && toks[o].lower == "(" && toks[o-1].cap {
				k = o
				continue
			}
			k = -1
		case t.lower == "-" || t.lower == "&" || t.lower == "–":
			if k > 0 && (toks[k-1].cap || toks[k-1].num) {
				continue
			}
			k = -1
		case t.lower == "s" && k > 0 && isApostrophe(toks[k-1].lower) && k > 1 && toks[k-2].cap:
			k-- // possessive: "Ford's"
		case isApostrophe(t.lower) && t.lower != "\"" && k > 0 && toks[k-1].cap && strings.HasSuffix(toks[k-1].lower, "s"):
			k-- // plural possessive: "Senior Officials' Meeting"
			start = k
		case (t.lower == "on" || t.lower == "of" || t.lower == "for" || t.lower == "and") && k > 0 && toks[k-1].cap && k+1 < len(toks) && toks[k+1].cap:
			// "Commission on Military and Military Technical Cooperation"
		default:
			k = -1
		}
	}
	// "the 16th round of India-China talks": the round and its ordinal belong to the name.
	if lowerAt(toks, start-1) == "of" && (lowerAt(toks, start-2) == "round" || lowerAt(toks, start-2) == "session") {
		start -= 2
		for start > 0 && (ordinalWord(toks[start-1].lower) ||
			toks[start-1].lower == "latest" || toks[start-1].lower == "new" || toks[start-1].lower == "final" ||
			toks[start].lower == "round" && toks[start-1].cap && !capStop[toks[start-1].lower]) {
			start-- // "the Uruguay Round of trade negotiations"
		}
	}
	end = i + 1
	skipEnd = end
	if c := ofNameEnd(toks, end, false); c > end {
		end, skipEnd = c, c
		for c := ofNameEnd(toks, skipEnd, true); c > skipEnd; c = ofNameEnd(toks, skipEnd, true) {
			skipEnd = c // further "of X" chains
		}
	}
	return start, end, skipEnd
}

// ofNameEnd is the end of the capitalised name an "of" at token k opens,
// past any "the" ("of the Finance Committee"); k when there is none.
// Inner "of"s join the name only when allowOf (chunkEnd).
func ofNameEnd(toks []token, k int, allowOf bool) int {
	if lowerAt(toks, k) != "of" {
		return k
	}
	j := k + 1
	if lowerAt(toks, j) == "the" {
		j++
	}
	if c := chunkEnd(toks, j, allowOf); c > j {
		return c
	}
	return k
}

// chunkEnd returns the end of the capitalised name starting at j (j when none).
// Inner "on", "and", "for" join capitalised words; "of" too when allowOf.
func chunkEnd(toks []token, j int, allowOf bool) int {
	e := j
	for k := j; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.word && t.cap && !isMonthOrDay(t.lower):
			e = k + 1
		case t.num && k > j && lowerAt(toks, k-1) == "-":
			e = k + 1
		case (t.lower == "-" || t.lower == "&") && k > j:
		case isApostrophe(t.lower) && t.lower != "\"" && k > j && toks[k-1].cap && strings.HasSuffix(toks[k-1].lower, "s") && k+1 < len(toks) && toks[k+1].cap:
			// "the Ballina Field Naturalists' Society": a plural possessive inside the name
		case (t.lower == "on" || t.lower == "and" || t.lower == "for" || (allowOf || groupOf[lowerAt(toks, k-1)]) && t.lower == "of") && k > j && k+1 < len(toks) && toks[k+1].cap:
		default:
			return e
		}
	}
	return e
}

// ordinalWord reports an ordinal written out ("fifth", data in ordinals)
// or in figures ("5th").
func ordinalWord(w string) bool { return ordinals[w] || isOrdinalNum(w) }

// isOrdinalNum reports an ordinal written in figures, "1st", "42nd",
// "25th" (1 to 9999).
func isOrdinalNum(s string) bool {
	if len(s) < 3 {
		return false
	}
	suf := s[len(s)-2:]
	return (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && atoi(s[:len(s)-2]) > 0
}

func isMonthOrDay(w string) bool {
	if !dateNameFilter.May(w) {
		return false
	}
	_, m := monthNames[w]
	_, d := weekdayNames[w]
	return m && (len(w) > 3 || w == "may") || d
}

// hasProperName reports whether the name has a capitalised word or ordinal.
func hasProperName(toks []token, start, end, head int) bool {
	for k := start; k < end && k < len(toks); k++ {
		if k == head {
			continue
		}
		if toks[k].cap || ordinalWord(toks[k].lower) {
			return true
		}
	}
	return false
}

// sliceText returns the text between rune offsets a and b of runes.
func sliceText(runes []rune, a, b int) string {
	if a < 0 || b > len(runes) || a >= b {
		return ""
	}
	return strings.TrimSpace(string(runes[a:b]))
}
