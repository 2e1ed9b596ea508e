package meetings

import "strings"

// A named committee's hearing told by its verb: "will hear testimony from",
// "heard from", "will question", "grilled", "testified before", "gave
// evidence to", "told the X committee on Monday" (rules head.hears-testimony,
// head.questions-witness, head.testifies-before).

// hearsWitness accepts "the justice committee will hear testimony from
// X on Thursday", "Parliament's Treasury Committee heard from X on
// Wednesday", "The committee will take oral evidence from X on Thursday",
// "The Standing Committee on Communications and Information Technology
// will hear representatives of the ministry on Thursday":
// a hearing of a named committee told by its verb.
func hearsWitness(toks []token, i int) bool {
	switch toks[i].lower {
	case "hear", "hears", "heard":
		switch lowerAt(toks, i+1) {
		case "testimony", "evidence", "witnesses", "submissions", "from", "representatives", "officials", "experts", "stakeholders":
		case "the":
			if !witnessPost(lowerAt(toks, i+2)) && !possessedPost(toks, i+1) {
				return false // "is scheduled to hear the chief executive of operator Southern Cross Rail", "the company's chief executive"; not "heard the news"
			}
			if k := i - 1; lowerAt(toks, k) == "to" && (lowerAt(toks, k-1) == "scheduled" || lowerAt(toks, k-1) == "due" || lowerAt(toks, k-1) == "set") {
				for k -= 2; k >= 0 && auxiliaries[toks[k].lower]; k-- {
				}
				return hearingBodies[lowerAt(toks, k)] || bodyNouns[lowerAt(toks, k)] || committeeNamed(toks, k)
			}
		default:
			if !titledCaps(toks, i+1) && !possessedPost(toks, i+1) {
				return false // "will hear Finance Minister Kari Strand on Thursday", "will hear Vendome's chief executive"; not "heard Monday"
			}
		}
	case "take", "takes", "took", "taking", "taken":
		if !takesEvidence(toks, i+1) {
			return false
		}
	default:
		return false
	}
	k := i - 1
	if w := lowerAt(toks, k); w == "last" || w == "first" || w == "previously" || w == "also" {
		k-- // "The committee last heard from the grocers in March 2023"
	}
	if lowerAt(toks, k) == "to" && planVerbs[lowerAt(toks, k-1)] {
		k -= 2 // "The committee also plans to hear from the chief executives"
		if lowerAt(toks, k) == "also" {
			k--
		}
	}
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k--
	}
	return hearingBodies[lowerAt(toks, k)] || bodyNouns[lowerAt(toks, k)] || committeeNamed(toks, k)
}

// planVerbs say a body means to do what follows "to": "plans to hear",
// "expects to take evidence".
var planVerbs = map[string]bool{
	"plans": true, "planned": true, "expects": true, "expected": true, "intends": true, "wants": true,
	"due": true, "set": true, "scheduled": true, "hopes": true, "agreed": true, "decided": true,
}

// committeeNamed reports a committee's name ending at token k whose head
// comes before its remit: "the Parliamentary Standing Committee on
// Communications and Information Technology will hear".
func committeeNamed(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-8 && (toks[j].cap || toks[j].lower == "on" || toks[j].lower == "and" || toks[j].lower == "of" || toks[j].lower == "for"); j-- {
		if w := toks[j].lower; (w == "committee" || w == "subcommittee") && j < k {
			return true
		}
	}
	return false
}

// questionsWitness accepts "The Senate Banking Committee will question
// Federal Reserve Board Chairman Paul Volcker on Thursday": a committee's
// hearing of a named person, told by its verb.
func questionsWitness(toks []token, i int) bool {
	switch toks[i].lower {
	case "question", "questions", "questioned", "quiz", "quizzes", "quizzed", "grill", "grills", "grilled":
	case "face", "faces", "faced", "facing":
		return facesQuestions(toks, i)
	default:
		return false
	}
	if toks[i].cap || i+1 >= len(toks) {
		return false
	}
	if lowerAt(toks, i+1) == "by" && passiveAux[lowerAt(toks, i-1)] {
		return committeeAhead(toks, i+2) // "will be questioned by the Senate economics committee on Friday"
	}
	if j := byAfterTopic(toks, i+1); j > 0 && passiveAux[lowerAt(toks, i-1)] {
		return committeeAhead(toks, j+1) // "will be questioned about the delivery strike by MPs on the Commons business committee on Tuesday"
	}
	if !toks[i+1].cap && !titledPhrase(toks, i+1) && !possessedPost(toks, i+1) && !officialsOf(toks, i+1) {
		return false // "will question Federal Reserve Board Chairman Paul Volcker", "grilled the budget minister"; not "questioned the need"
	}
	k := i - 1
	if w := lowerAt(toks, k); w == "last" || w == "first" || w == "previously" {
		k-- // "the committee had last questioned the minister on January 20"
	}
	if w := lowerAt(toks, k); w == "had" || w == "has" || w == "have" {
		k--
	}
	for n := 0; n < 3 && k >= 0 && auxiliaries[toks[k].lower]; n++ {
		k--
	}
	if k == i-1 && !strings.HasSuffix(toks[i].lower, "ed") {
		return false
	}
	return hearingBodies[lowerAt(toks, k)] || lowerAt(toks, k) == "committee" || lowerAt(toks, k) == "subcommittee" // "the defence committee grilled Defence Minister Boris Pistorius on Wednesday"
}

// toldCommittee reports a witness who "told" a named committee something
// on a day: "Finance Minister Raul Ortega told the Senate finance
// committee in Valparaiso on Monday that ...", "told the People's
// Assembly's plan and budget committee on Monday": the hearing that day.
// The day must come before what was told ("that ...").
func toldCommittee(toks []token, i int) bool {
	if toks[i].lower != "told" || !committeeAhead(toks, i+1) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		w := toks[k].lower
		if placePreps[w] || w == "reporters" || w == "journalists" {
			return false // "told reporters at the White House on Tuesday": the committee must be told at once
		}
		if w == "committee" || w == "subcommittee" || toks[k].cap && hearingBodies[w] {
			break
		}
	}
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		w := toks[k].lower
		if w == "that" || w == ";" || w == "." || w == "\"" || w == "written" || w == "letter" || reporting(w) && k > i+1 {
			return false // "told the Senate Foreign Relations Committee in written answers released today that"
		}
		if exactDayAt(toks, k) {
			return true
		}
	}
	return false
}

// officialsOf reports, at token k, the officials of a named body:
// "senior officials of the Reserve Bank of India", "top executives of
// Cascade Foods" (a committee's witnesses).
func officialsOf(toks []token, k int) bool {
	if w := lowerAt(toks, k); w == "senior" || w == "top" || w == "the" {
		k++
	}
	switch lowerAt(toks, k) {
	case "officials", "executives", "representatives", "managers", "directors":
	default:
		return false
	}
	if w := lowerAt(toks, k+1); w != "of" && w != "from" {
		return false
	}
	k += 2
	if lowerAt(toks, k) == "the" {
		k++
	}
	return k < len(toks) && toks[k].cap && toks[k].word
}

// facesQuestions accepts "will face questions from senators Wednesday",
// "faced questioning by the Senate committee": a hearing told by its
// witness.
func facesQuestions(toks []token, i int) bool {
	if w := lowerAt(toks, i+1); w != "questions" && w != "questioning" {
		return false
	}
	if w := lowerAt(toks, i+2); w != "from" && w != "by" {
		return false
	}
	if legislatorNouns[lowerAt(toks, i+3)] {
		return true // "will face questions from senators Wednesday"
	}
	return committeeAhead(toks, i+3)
}

// testifies accepts "Volcker will testify before the Senate Banking
// Committee on Thursday", "will testify on the dollar before the Senate
// Banking Committee", "will brief the Parliamentary Standing Committee on
// Defence on Friday", "He appears before the Senate Banking Committee
// on Wednesday", "gave evidence to the Senate economics committee on
// Tuesday", "told the House of Commons government operations committee on
// Monday": a hearing of the named committee.
func testifies(toks []token, i int) bool {
	switch toks[i].lower {
	case "testify", "testifies", "testified", "testifying":
		if invitedTo(toks, i) {
			return true // "Industry regulator Postcomm has invited Heald to testify on service standards in Belfast on Feb. 21": the inviter's hearing
		}
		if j := dayBeforeCommittee(toks, i+1); j > 0 {
			return committeeAhead(toks, j+1) // "will testify Tuesday before the Senate Commerce Committee"
		}
		if w := lowerAt(toks, i+1); w != "before" && w != "to" {
			j := beforeAfterTopic(toks, i+1)
			return j > 0 && committeeAhead(toks, j+1) // "will testify on the dollar and the trade deficit before the Senate Banking Committee"
		}
	case "brief", "briefs", "briefed", "briefing":
		if toks[i].lower == "briefing" && i == 0 && lowerAt(toks, i+1) == "to" && lowerAt(toks, i+2) == "the" {
			return committeeAhead(toks, i+2) // a diary's line: "Briefing to the Parliamentary Standing Committee on Natural Resources | Parliament Building"
		}
		return (lowerAt(toks, i+1) == "the" || legislatureOwns(toks, i+1)) && committeeAhead(toks, i+1) && !toks[i].cap // "will brief the Parliamentary Standing Committee on Defence on Friday", "is due to brief parliament's foreign affairs committee"
	case "appear", "appears", "appeared", "appearing", "appearance":
		if lowerAt(toks, i+1) != "before" {
			return false // "appears before the Senate Banking Committee on Wednesday", not "appears to"
		}
		if toks[i].lower == "appearance" && !setFor(toks, i+2) {
			return false // "A similar appearance before the House Banking subcommittee ... is set for February 25"; not "after his appearance before"
		}
	case "give", "gives", "gave", "giving", "given":
		j := i + 1
		if w := lowerAt(toks, j); w == "oral" || w == "written" || w == "sworn" {
			j++
		}
		if w := lowerAt(toks, j); w != "evidence" && w != "testimony" {
			return false // "gave evidence to the committee", "gave testimony to", not "gave a speech to"
		}
		j++
		if w := lowerAt(toks, j); w != "before" && w != "to" {
			return false
		}
		return committeeAhead(toks, j+1)
	case "told":
		return committeeAhead(toks, i+1) && committeeDated(toks, i+1) // "told the Senate economics committee on Tuesday", not "told reporters"
	case "face", "faces", "faced", "facing":
		return lowerAt(toks, i+1) == "the" && committeeAhead(toks, i+1) && committeeDated(toks, i+1) // "is due to face the same committee on March 20"
	default:
		return false
	}
	return committeeAhead(toks, i+2)
}

// byAfterTopic is the index of "by" after a topic opened at k ("about the
// delivery strike by", "over the overspend by"), -1 when there is none
// within six words.
func byAfterTopic(toks []token, k int) int {
	switch lowerAt(toks, k) {
	case "about", "over", "on":
	default:
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].word; j++ {
		if toks[j].lower == "by" {
			return j
		}
	}
	return -1
}

// invitedTo reports "has invited X to testify", "summoned X to testify": a
// body that calls a witness to its own hearing, the inviter before the
// witness.
func invitedTo(toks []token, i int) bool {
	if lowerAt(toks, i-1) != "to" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		switch toks[j].lower {
		case "invited", "summoned":
			return true
		}
	}
	return false
}

// setFor reports "is set for", "is scheduled for" or "is due on" after the
// committee's name from token k, within its clause: an appearance to come.
func setFor(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+14; j++ {
		switch toks[j].lower {
		case ",", ";", ".":
			return false
		case "set", "scheduled", "due", "planned", "expected":
			return j > 0 && (toks[j-1].lower == "is" || toks[j-1].lower == "was")
		}
	}
	return false
}

// dayBeforeCommittee is the token of "before" after a day named at k
// ("Tuesday before", "on Tuesday before", "today before"); 0 when none.
func dayBeforeCommittee(toks []token, k int) int {
	if lowerAt(toks, k) == "on" {
		k++
	}
	if _, day := weekdayNames[lowerAt(toks, k)]; !day && lowerAt(toks, k) != "today" && lowerAt(toks, k) != "tomorrow" {
		return 0
	}
	if lowerAt(toks, k+1) == "before" {
		return k + 1
	}
	return 0
}

// beforeAfterTopic is the token of "before" that follows the topic of a
// testimony opened by "on" or "about" at k, within its clause; 0 when none.
func beforeAfterTopic(toks []token, k int) int {
	if w := lowerAt(toks, k); w != "on" && w != "about" {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		switch w := toks[j].lower; {
		case w == "before":
			return j
		case !toks[j].word && w != "-" || w == "to" || auxiliaries[w] || reporting(w):
			return 0
		}
	}
	return 0
}

// takesEvidence reports "evidence from", "oral evidence from" at k, after
// a form of "take": a committee hearing its witnesses.
func takesEvidence(toks []token, k int) bool {
	if w := lowerAt(toks, k); w == "oral" || w == "written" || w == "further" {
		k++
	}
	return lowerAt(toks, k) == "evidence" && lowerAt(toks, k+1) == "from"
}

// committeeDated reports the committee's noun phrase opened at k ended by
// a day of its own: "told the Senate economics committee on Tuesday" is a
// hearing; "told the committee that ..." reports what a witness said, on a
// day the sentence does not give to a sitting.
func committeeDated(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+10; j++ {
		if w := toks[j].lower; w == "committee" || w == "subcommittee" {
			n := lowerAt(toks, j+1)
			return n == "on" && isMonthOrDay(lowerAt(toks, j+2)) || isMonthOrDay(n) || n == "yesterday" || n == "today" ||
				(n == "last" || n == "this" || n == "next") && (lowerAt(toks, j+2) == "week" || lowerAt(toks, j+2) == "month") // "told the Senate agriculture committee last week"
		}
	}
	return false
}

var passiveAux = map[string]bool{"be": true, "being": true, "been": true, "was": true, "were": true, "is": true, "are": true}

// committeeAhead reports a named committee's noun phrase starting at k,
// the witness's audience: "the Senate Banking Committee", "the Senate
// economics committee", "lawmakers on parliament's Treasury Committee",
// "members of the House Ways and Means Committee". Capitalised words, or
// up to two lower-case ones before "committee", lead to the committee noun.
func committeeAhead(toks []token, k int) bool {
	if w := lowerAt(toks, k); w == "lawmakers" || w == "legislators" || w == "members" || w == "senators" || w == "mps" {
		if w := lowerAt(toks, k+1); w != "on" && w != "of" {
			return false
		}
		k += 2
	}
	if w := lowerAt(toks, k); w == "the" || w == "a" {
		k++
	}
	if k+2 < len(toks) && toks[k].word && isApostrophe(toks[k+1].lower) && toks[k+2].lower == "s" {
		k += 3 // "parliament's Treasury Committee", "Parliament's Environment, Food and Rural Affairs Committee", "the Dail's health committee"
	} else if k+3 < len(toks) && toks[k].word && !toks[k].cap && (legislatures[toks[k+1].lower] || toks[k+1].lower == "assembly") && isApostrophe(toks[k+2].lower) && toks[k+3].lower == "s" {
		k += 4 // "the provincial assembly's standing committee on agriculture", "the state legislature's finance committee"
	} else if j := ownerEnd(toks, k); j > k {
		k = j // "the National Assembly's foreign affairs committee", "the European Parliament's trade committee"
	}
	lower := 0
	for j := k; j < len(toks) && j <= k+8 && (toks[j].word || toks[j].lower == "," && j+1 < len(toks) && toks[j+1].cap && j > k && toks[j-1].cap); j++ {
		w := toks[j].lower
		if w == "committee" || w == "subcommittee" || toks[j].cap && hearingBodies[w] {
			return j > k || toks[j].cap
		}
		if w == "," {
			continue // "Environment, Food and Rural Affairs Committee"
		}
		if !toks[j].cap && w != "and" {
			if lower++; lower > 3 { // "foreign affairs and unification committee"
				return false
			}
		}
	}
	return false
}

// ownerEnd is the token after the possessive of a legislature's name of
// two to four capitalised words from k ("National Assembly's", "European
// Parliament's"), whose committee follows; k when there is none.
func ownerEnd(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].cap && toks[j].word; j++ {
		if isApostrophe(lowerAt(toks, j+1)) && lowerAt(toks, j+2) == "s" {
			if legislatures[toks[j].lower] || toks[j].lower == "assembly" {
				return j + 3
			}
			return k
		}
	}
	return k
}

// witnessPost reports the post of one a committee hears: "the chief
// executive", "the minister", "the governor".
func witnessPost(w string) bool {
	switch w {
	case "chief", "chairman", "chairwoman", "chair", "minister", "governor", "head", "president", "director", "commissioner", "secretary", "administrator":
		return true
	}
	return false
}

// titledCaps reports a capitalised title before a name from k, its post
// among up to four capitalised words: "Finance Minister Kari Strand",
// "Central Bank Governor Ana Ruiz".
func titledCaps(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4 && toks[j].cap && toks[j].word; j++ {
		if personHeads[toks[j].lower] {
			return j+1 < len(toks) && toks[j+1].cap
		}
	}
	return false
}

// legislatureOwns reports a legislature's possessive at k: "parliament's
// foreign affairs committee", "Congress's budget office".
func legislatureOwns(toks []token, k int) bool {
	return k+2 < len(toks) && legislatures[toks[k].lower] && isApostrophe(toks[k+1].lower) && toks[k+2].lower == "s"
}

// possessedPost reports a post held in a body named by its possessive
// from k: "the authority's chief executive", "the ministry's
// secretary-general".
func possessedPost(toks []token, k int) bool {
	if lowerAt(toks, k) != "the" || !isApostrophe(lowerAt(toks, k+2)) || lowerAt(toks, k+3) != "s" {
		return false
	}
	w := lowerAt(toks, k+4)
	return witnessPost(w) || personHeads[w]
}

// witnessFirm names the company whose officer a committee questions, told
// by its noun: "The panel will question the company's chief executive at
// a hearing on March 4" after "Qantas's handling of refunds" (entities.go
// bodyFor: the story's company).
func (d *doc) witnessFirm(si int, m *mention) {
	toks := d.toks[si]
	if !possessedPost(toks, m.trig+1) || !firmWord(lowerAt(toks, m.trig+2)) {
		return
	}
	c := d.bodyFor(si, lowerAt(toks, m.trig+2))
	if c == "" {
		c = d.possessedFirm(si)
	}
	if c != "" && !m.hasNamed(c) {
		m.named = append(m.named, c)
		m.byName(c, RulePartyNeighbour, -1, -1)
	}
}

// possessedFirm is the nearest name written with a possessive in sentence
// si or the one before that is no person, country or body: "Qantas" of
// "its inquiry into Qantas's handling of refunds"; "" when there is none.
func (d *doc) possessedFirm(si int) string {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks, cs := d.toks[s], d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			if !isApostrophe(lowerAt(toks, c.end)) || lowerAt(toks, c.end+1) != "s" || isPersonName(c.text) || isCountry(c.text) || bodyNouns[strings.ToLower(lastWord(c.text))] {
				continue
			}
			return c.text
		}
	}
	return ""
}
