package meetings

// "They will resume on Friday at the Soviet mission", "The two sides
// resume next week": a later round of talks told by a bare "resume" whose
// subject is the sides of talks named before (RuleHeadResume).

// resumesBare accepts "resume" with no object after a pronoun, a side's
// noun or a body's: "They will resume next month in Moscow", "Bargaining
// will resume on Monday, September 14", "The council will resume here on
// January 13". Not "Trading will resume
// on Monday" (no sides) nor "will resume payments" (an object).
func resumesBare(toks []token, i int) bool {
	switch toks[i].lower {
	case "resume", "resumes":
	default:
		return false
	}
	next := i + 1
	if lowerAt(toks, next) == "its" && lowerAt(toks, next+1) == "work" {
		next += 2 // "The Lake Chad Basin Commission will resume its work in N'Djamena on Friday"
	}
	switch w := lowerAt(toks, next); w {
	case "on", "next", "in", "at", "later", "tomorrow", "today", "this", "after", "early", "late", "here", "there":
	default:
		if _, day := weekdayNames[w]; !day {
			return false
		}
	}
	k := i - 1
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k--
	}
	switch w := lowerAt(toks, k); w {
	case "they", "sides", "negotiators", "delegations", "delegates", "parties", "bargaining", "mediation":
		return true
	case "council", "committee", "commission", "assembly", "conference", "board", "panel":
		return lowerAt(toks, k-1) == "the" || toks[k].cap // "The council will resume here on January 13": a body's adjourned session; "The Lake Chad Basin Commission will resume its work"
	default:
		return false
	}
}
