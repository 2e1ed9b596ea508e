package meetings

// Place clues that placeOf reads beside the capitalised names: a place that
// belongs to another clause, and a venue written in lower case.

// otherClause reports a place chunk c that lies in a clause other than
// mention m's: after a subordinator opening a clause of its own ("will
// meet on Wednesday, a week after bomb blasts in Karachi killed 72
// people"), or, before the meeting, inside an opening subordinate clause
// closed by a comma ("After riots in Karachi, the cabinet will meet").
// A subordinator followed by a preposition or a name ("while in Paris",
// "after Easter in Brussels") leaves the place to the meeting.
func otherClause(toks []token, m *mention, c chunk) bool {
	if c.start >= m.skipEnd {
		for j := m.skipEnd; j < c.start-1; j++ {
			if clauseOpener(toks, j) {
				return true
			}
		}
		return false
	}
	if c.end > m.nameStart {
		return false
	}
	opened := false
	for j := 0; j < c.start-1; j++ {
		opened = opened || clauseOpener(toks, j)
	}
	if !opened {
		return false
	}
	for j := c.end; j < m.nameStart; j++ {
		if toks[j].lower == "," {
			return true
		}
	}
	return false
}

// clauseOpener reports a subordinator at j that opens a clause about
// something else ("because President Mitterrand travels to Brussels").
// "After" and "since" do so only before a lowercase word that is neither a
// preposition nor "here" ("after bomb blasts in Karachi", not "after Easter
// in Brussels"); a preposition next ("while in Paris") keeps the place the
// meeting's. "When" is left alone: "when they meet in Washington" is the
// meeting itself.
func clauseOpener(toks []token, j int) bool {
	w := toks[j].lower
	if !subordinators[w] || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	if placePreps[n.lower] || n.lower == "here" || n.lower == "on" || !n.word {
		return false
	}
	if w == "after" || w == "since" {
		return !n.cap && !n.num
	}
	return true
}

// officeNouns are the rooms of "at the offices of the federal mediation
// service".
var officeNouns = map[string]bool{"offices": true, "office": true, "headquarters": true, "premises": true, "residence": true}

// lowerVenue finds a venue written in lower case near mention m: "at the
// offices of the federal mediation service", "at the prime minister's
// office"; "" when there is none. The place is the venue's words from the
// room on; the token index is where it starts.
func lowerVenue(toks []token, m *mention) (string, int) {
	for k := max(m.nameStart-12, 1); k < len(toks) && k < m.skipEnd+15; k++ {
		if toks[k].lower != "at" {
			continue
		}
		j := k + 1
		if lowerAt(toks, j) == "the" {
			j++
		}
		if officeNouns[lowerAt(toks, j)] && lowerAt(toks, j+1) == "of" {
			e := j + 2
			if lowerAt(toks, e) == "the" {
				e++
			}
			s := e
			for e < len(toks) && toks[e].word && !toks[e].cap && !toks[e].num && !placePreps[toks[e].lower] && toks[e].lower != "on" {
				e++
			}
			if e > s && (e >= len(toks) || !toks[e].cap) {
				return sliceTextTok(toks, j, e), j
			}
			continue
		}
		// "at the prime minister's office"
		e := j
		for e < len(toks) && e < j+3 && toks[e].word && !toks[e].cap {
			e++
		}
		if e > j && isApostrophe(lowerAt(toks, e)) && lowerAt(toks, e+1) == "s" && officeNouns[lowerAt(toks, e+2)] {
			return sliceTextTok(toks, j, e) + "'s " + toks[e+2].text, j
		}
	}
	return "", -1
}

// travelVerbs send a party to the place after "to": "Nakasone, who flies
// to Washington tomorrow, will hold talks with Reagan".
var travelVerbs = map[string]bool{
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"fly": true, "flies": true, "flew": true, "flying": true, "went": true, "goes": true, "going": true,
	"heads": true, "headed": true, "heading": true,
}
