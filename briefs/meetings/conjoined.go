package meetings

import "github.com/briefbot/briefbot/briefs"

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
		if !m.verb || m.date == nil || m.date.prec != briefs.PrecisionDay || m.date.tokStart < m.trig {
			continue
		}
		and := m.date.tokEnd
		if lowerAt(toks, and) == "," {
			and++
		}
		if lowerAt(toks, and) != "and" || and+1 >= len(toks) || !toks[and+1].cap || isMonthOrDay(lowerAt(toks, and+1)) {
			continue
		}
		k := and + 1
		for k < len(toks) && k < and+9 && (toks[k].cap || toks[k].lower == "." || toks[k].lower == "of" || toks[k].lower == "-") {
			k++ // "Foreign Secretary Sir Geoffrey Howe", "U.S. Secretary of State George Shultz"
		}
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
