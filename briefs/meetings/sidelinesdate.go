package meetings

import "github.com/briefbot/briefbot/briefs"

// sidelinesDated gives an undated meeting of cluster c the date of the
// gathering on whose sidelines its sentence holds it (rule
// date.sidelines): "Wang is expected to hold talks with his Philippine
// counterpart, Theresa Lazaro, on the sidelines of the gathering" takes
// the month of "the annual meeting of Southeast Asian foreign ministers
// ... later this month". It returns the mention that now has the date and
// the gathering's cluster, nil when none of c's mentions is held so.
func (d *doc) sidelinesDated(c *cluster, cs []*cluster) (*mention, *cluster) {
	for _, m := range c.mentions {
		if m.anaphoric || m.date != nil {
			continue
		}
		of, ok := sidelinesOfThe(d.toks[m.sent])
		if !ok {
			continue
		}
		var held *mention // the dated gathering of that kind told last before m's sentence
		var heldIn *cluster
		for _, o := range cs {
			if b := bestMention(o); o != c && b != nil && o.mentions[0].sent < m.sent && (of == "" || sameKind(o.kind, of)) && (held == nil || o.mentions[0].sent >= held.sent) {
				held, heldIn = b, o
			}
		}
		if held != nil {
			m.date = held.date
			m.by(FieldDate, RuleDateSidelines, held.date.start, held.date.end)
			return m, heldIn
		}
	}
	return nil, nil
}

// sidelinesHeld gives each meeting dated by sidelinesDated the place of
// the gathering it is held beside, when it names none of its own (rule
// place.sidelines): the dateline's city it was taken to be at gives way.
func (d *doc) sidelinesHeld(out []briefs.Meeting, trs []trace, beside map[*cluster]*cluster) {
	for i := range trs {
		g := beside[trs[i].c]
		if g == nil || out[i].Place != "" && !trs[i].implied {
			continue // a place of its own; not the dateline's city it was only taken to be at
		}
		for j := range trs {
			if trs[j].c == g && out[j].Place != "" {
				d.borrowPlace(out, trs, i, j, trs[j].best, RulePlaceSidelines)
				trs[i].implied = false
			}
		}
	}
}

// sidelinesOfThe reports "on the sidelines of the gathering" (or its
// margins, of the meeting, summit, talks ...), a gathering named before,
// and the kind its noun names ("" for "the gathering", "the event").
func sidelinesOfThe(toks []token) (string, bool) {
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].lower {
		case "sidelines", "sideline", "margins", "margin", "fringes":
		default:
			continue
		}
		if toks[k+1].lower != "of" || toks[k+2].lower != "the" {
			continue
		}
		w := toks[k+3].lower
		if kind, ok := meetingNouns[w]; ok {
			return kind, true
		}
		if w == "gathering" || w == "meetings" || w == "event" {
			return "", true
		}
	}
	return "", false
}
