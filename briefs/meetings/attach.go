package meetings

import "github.com/briefbot/briefbot/briefs/meetings/timex"

// Clause attachment: which time expression belongs to a meeting's clause.
// A meeting named inside an adverbial clause with a verb of its own ("after
// talks with the operator broke down on Monday") takes that clause's date,
// not one of the main clause ("Rail workers will strike for five days from
// Feb. 2 after ..."): the main clause tells another event.

// clauseOpeners open an adverbial clause that has its own verb and time.
var clauseOpeners = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true, "once": true, "although": true, "though": true}

// subClause finds the finite adverbial clause holding token k: from its
// subordinator to the next comma, semicolon or subordinator, ok false when
// k is in none. Finite: a word of the tense lexicon that is no noun after a
// determiner stands in it ("after talks broke down on Monday"), not a
// phrase ("after meeting his counterpart", "after the vote on Friday").
func subClause(toks []token, k int) (start, end int, ok bool) {
	start = -1
	for j := k; j >= 0 && j > k-25; j-- {
		w := toks[j].lower
		if clauseOpeners[w] && j < k {
			start = j
			break
		}
		if w == "," || w == ";" || w == "that" || relativeWord(w) {
			return 0, 0, false
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end = len(toks)
	finite := false
	for j := start + 1; j < len(toks); j++ {
		w := toks[j].lower
		if w == "," || w == ";" || clauseOpeners[w] {
			end = j
			break
		}
		if toks[j].word && !toks[j].cap && !determiners[lowerAt(toks, j-1)] && !timex.WordTense(w).Is(timex.Reporting) {
			if t := timex.WordTense(w); t.Is(timex.Past) || t.Is(timex.Present) || t.Is(timex.Future) && auxiliaries[w] {
				finite = true
			}
		}
	}
	return start, end, finite && k < end
}

// clauseOf is the finite adverbial clause [start, end) that holds a
// mention and has a date of its own, ok false when there is none.
type clauseOf struct {
	start, end int
	ok         bool
}

// ownClause finds mention m's dated adverbial clause (subClause), once per
// mention: "after talks with the operator broke down on Monday".
func ownClause(toks []token, ds []dateSpan, m *mention) clauseOf {
	s, e, ok := subClause(toks, m.trig)
	if !ok {
		return clauseOf{}
	}
	for i := range ds {
		if o := &ds[i]; o.date != "" && o.tokStart > s && o.tokEnd <= e {
			return clauseOf{s, e, true}
		}
	}
	return clauseOf{}
}

// outside reports a date d outside the clause: "strike for five days from
// Feb. 2 after talks with the operator broke down on Monday" dates the
// talks to Monday, never to Feb. 2.
func (c clauseOf) outside(d *dateSpan) bool {
	return c.ok && !(d.tokStart > c.start && d.tokEnd <= c.end)
}
