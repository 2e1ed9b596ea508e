package meetings

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// A meeting verb with two objects, each with its own day, is two meetings:
// "Peres will meet Prime Minister Margaret Thatcher on Monday and Foreign
// Secretary Sir Geoffrey Howe on Tuesday", "will meet Baker on Monday and
// Camdessus the following day" (RuleHeadSecondObject).

// secondObjects adds, after the dates of sentence si are given, a meeting
// for each verb mention whose day is followed by "and", a name and another
// day: the second object's meeting, with the verb's subject.
func (d *doc) secondObjects(si int, ms []*mention) []*mention {
	toks, ds := d.toks[si], d.dates[si]
	var out []*mention
	for _, m := range ms {
		if !m.verb && lowerAt(toks, m.nameEnd) != "with" || m.date == nil || m.date.prec != briefs.PrecisionDay || m.date.tokStart < m.trig {
			continue // a verb, or "held talks with X in Cairo on Tuesday and with Y in Algiers on Thursday"
		}
		and := m.date.tokEnd
		if lowerAt(toks, and) == "," {
			and++
		}
		obj := and + 1
		if lowerAt(toks, obj) == "with" && !m.verb {
			obj++
		}
		if lowerAt(toks, and) != "and" || obj >= len(toks) || isMonthOrDay(lowerAt(toks, obj)) {
			continue
		}
		k := objectEnd(toks, obj)
		if k == obj {
			continue
		}
		k = pastPlace(toks, k) // "and Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday"
		day, ok := d.secondDay(toks, ds, m, k)
		if !ok {
			continue
		}
		n := d.newMention(si, and)
		n.title, n.date, n.dist = "", day, 0
		delete(n.why, FieldTitle)
		n.byTokens(FieldKind, RuleHeadSecondObject, toks, and, k)
		n.by(FieldDate, RuleHeadSecondObject, day.start, day.end)
		n.subjectOf = m
		out = append(out, n)
	}
	return out
}

// secondDay reads the second object's day at token k: a day of the
// sentence no mention took ("on Tuesday"), or "the following day", "the
// next day" after the first object's.
func (d *doc) secondDay(toks []token, ds []dateSpan, m *mention, k int) (*dateSpan, bool) {
	j := k
	if lowerAt(toks, j) == "on" {
		j++
	}
	if i := inSpan(ds, j); i >= 0 && ds[i].tokStart == j && ds[i].date != "" && ds[i].prec == briefs.PrecisionDay {
		return &ds[i], true
	}
	if lowerAt(toks, k) == "the" && (lowerAt(toks, k+1) == "following" || lowerAt(toks, k+1) == "next") && lowerAt(toks, k+2) == "day" {
		x := m.date.movedBy(1)
		x.clock = ""
		x.tokStart, x.tokEnd = k, k+3
		x.start, x.end = toks[k].start, toks[k+2].end
		return &x, true
	}
	return nil, false
}

// takeSubject gives a second-object meeting the persons its verb's
// subject names ("Peres" of "Peres will meet Thatcher on Monday and Howe
// on Tuesday", or the person "He" stands for), after splitClauses gave the
// subject to the first.
func (m *mention) takeSubject() {
	o := m.subjectOf
	if o == nil {
		return
	}
	have := map[string]bool{}
	for _, n := range m.named {
		have[n] = true
	}
	for _, n := range o.named {
		if at, ok := o.namedAt[n]; (ok && at < o.trig || o.partWhy[n].rule == RulePartyPronoun) && !have[n] {
			m.addNamed(at, n)
			m.byName(n, RulePartySentence, -1, -1)
		}
	}
}

// pastPlace skips a place phrase at k, "in Hanoi", "in New Delhi": the
// second object's own place before its day.
func pastPlace(toks []token, k int) int {
	if w := lowerAt(toks, k); w != "in" && w != "at" || k+1 >= len(toks) || !toks[k+1].cap {
		return k
	}
	j := k + 1
	for j < len(toks) && j < k+5 && toks[j].cap && !isMonthOrDay(toks[j].lower) {
		j++
	}
	return j
}

// secondPlace gives a second-object meeting the place its object names
// before its day, "and Vietnamese Prime Minister Pham Minh Chinh in Hanoi on
// Thursday" (the first object's "in Manila" is the first meeting's), when
// splitClauses left it none.
func (d *doc) secondPlace(toks []token, m *mention) {
	if m.subjectOf == nil || m.place != "" {
		return
	}
	k := m.nameStart + 1
	if lowerAt(toks, k) == "with" {
		k++
	}
	k = objectEnd(toks, k)
	if e := pastPlace(toks, k); e > k+1 {
		m.place, m.placeAt = sliceText(d.runes, toks[k+1].start, toks[e-1].end), k+1
		m.byTokens(FieldPlace, RulePlacePrep, toks, k+1, e)
	}
}

// objectEnd is the token after a second object's name opened at k: "Foreign
// Secretary Sir Geoffrey Howe", "U.S. Secretary of State George Shultz",
// "the Emir of Qatar"; k itself when no capitalised name opens there.
func objectEnd(toks []token, k int) int {
	j := k
	if lowerAt(toks, j) == "the" && j+1 < len(toks) && toks[j+1].cap {
		j++
	}
	if j >= len(toks) || !toks[j].cap {
		return k
	}
	end := j
	for end < len(toks) && end < j+8 && (toks[end].cap || toks[end].lower == "." || toks[end].lower == "of" || toks[end].lower == "-") {
		end++
	}
	return end
}

// witnessCommittee adds the committee a witness testifies before, gives
// evidence to or tells as a party of the hearing, written as the text has
// it: "the Senate economics committee", "the parliamentary standing
// committee on transport" (a name the sentence rules leave out after "to"
// or with lower-case words in it).
func (d *doc) witnessCommittee(toks []token, m *mention) {
	for e := m.trig + 1; e < len(toks) && e <= m.trig+12; e++ {
		if w := toks[e].lower; w != "committee" && w != "subcommittee" {
			continue
		}
		s := e
		for s > m.trig+1 && toks[s-1].word && !determiners[toks[s-1].lower] && toks[s-1].lower != "to" && toks[s-1].lower != "before" {
			s--
		}
		if lowerAt(toks, e+1) == "on" && e+2 < len(toks) && toks[e+2].word && !isMonthOrDay(toks[e+2].lower) && toks[e+2].lower != "the" {
			e += 2 // "the standing committee on transport"
		}
		if toks[s].lower == "same" {
			return // "face the same committee": the one named before, no name here
		}
		owner := ""
		if toks[s].lower == "s" && s >= 2 && isApostrophe(toks[s-1].lower) && toks[s-2].cap {
			o := s - 2
			for o > m.trig+1 && toks[o-1].cap && toks[o-1].word {
				o--
			}
			owner, s = sliceText(d.runes, toks[o].start, toks[s-2].end), o // "the National Assembly's foreign affairs committee": the committee, its owner's name with it
		}
		name := sliceText(d.runes, toks[s].start, toks[e].end)
		if owner != "" {
			m.named = slices.DeleteFunc(m.named, func(n string) bool { return n == owner })
		}
		for _, n := range m.named {
			if strings.Contains(strings.ToLower(name), strings.ToLower(n)) && len(n) > 3 && strings.Contains(strings.ToLower(n), "committee") || strings.EqualFold(n, name) {
				return
			}
		}
		m.addNamed(s, name)
		m.byName(name, RulePartyWitnessBody, toks[s].start, toks[e].end)
		return
	}
}
