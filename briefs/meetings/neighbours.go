package meetings

// Parties named outside the clause of the meeting: a pronoun's antecedent,
// the person who leads a delegation, those who attend, the speaker of a
// meeting "with" someone.

// neighbourParties adds to m the parties its neighbouring words name.
func (d *doc) neighbourParties(m *mention) {
	if p := d.pronounPerson(m); p != "" {
		m.named = append(m.named, p)
	}
	for si := m.sent; si <= m.sent+1 && si < len(d.toks); si++ {
		if si == m.sent || opensWithBody(d.toks[si]) {
			m.named = append(m.named, d.ledBy(si)...)
		}
	}
	for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
		if si != m.sent && attends(d.toks[si], m.kind) {
			m.named = append(m.named, d.attendees(si)...)
		}
	}
	if p := d.speakerWith(m); p != "" {
		m.named = append(m.named, p)
	}
}

// pronounPerson is the person "he" or "she" stands for when it is the
// subject of a meeting noun ("He will hold talks with Hawke"): the last
// person named before it, in the sentence or the one before.
func (d *doc) pronounPerson(m *mention) string {
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	for n := 0; n < 4 && k >= 0 && (auxiliaries[toks[k].lower] || holdVerbs[toks[k].lower] || toks[k].lower == "a" || toks[k].lower == "the"); n++ {
		k--
	}
	if w := lowerAt(toks, k); w != "he" && w != "she" || k == m.nameStart-1 {
		return ""
	}
	for s := m.sent; s >= 0 && s >= m.sent-1; s-- {
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			if s == m.sent && cs[i].start >= k {
				continue
			}
			if n := d.expand(stripTitles(cs[i].text)); isPersonName(n) {
				return n
			}
		}
	}
	return ""
}

// holdVerbs take a meeting noun as object: "hold talks", "held a meeting".
var holdVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "holding": true, "have": true, "has": true, "had": true,
	"begin": true, "began": true, "open": true, "opened": true, "resume": true, "resumed": true,
}

// opensWithBody reports a sentence that starts with "The delegation,",
// "The committee," — a description of the meeting's parties.
func opensWithBody(toks []token) bool {
	return lowerAt(toks, 0) == "the" && (delegationWords[lowerAt(toks, 1)] || bodyNouns[lowerAt(toks, 1)]) && lowerAt(toks, 2) == ","
}

// ledBy are the persons "led by", "chaired by" or "headed by" name in
// sentence si.
func (d *doc) ledBy(si int) []string {
	toks := d.toks[si]
	var out []string
	for k := 1; k < len(toks); k++ {
		if toks[k].lower != "by" {
			continue
		}
		switch toks[k-1].lower {
		case "led", "chaired", "headed":
		default:
			continue
		}
		for _, c := range d.chunks(si) { // "led by Agriculture Ministry official Hiroshi Kato"
			if c.start > k && c.start <= k+6 {
				if n := d.expand(stripTitles(c.text)); isPersonName(n) {
					out = append(out, n)
					break
				}
			}
		}
	}
	return out
}

// attends reports "will attend the talks", "attended the session": a
// sentence about who takes part in a meeting of kind.
func attends(toks []token, kind string) bool {
	for k, t := range toks {
		switch t.lower {
		case "attend", "attends", "attended", "attending":
			j := k + 1
			if w := lowerAt(toks, j); w == "the" || w == "its" || w == "their" || w == "this" {
				j++
			}
			if k2, ok := meetingNouns[lowerAt(toks, j)]; ok && (k2 == kind || kind == "meeting" || k2 == "meeting") {
				return true
			}
		}
	}
	return false
}

// attendees are the parties named before the verb of attending in sentence
// si: "Kenya's Finance Minister George Saitoti will attend the talks".
func (d *doc) attendees(si int) []string {
	toks := d.toks[si]
	var out []string
	for _, c := range d.chunks(si) {
		if w := lowerAt(toks, c.end); isApostrophe(w) || w == "s" {
			continue // "Kenya's": the person is the party
		}
		stop := false
		for k := c.end; k < len(toks) && k < c.end+4; k++ {
			stop = stop || toks[k].lower == "attend" || toks[k].lower == "attended" || toks[k].lower == "attends"
		}
		if !stop {
			continue
		}
		if n := d.expand(stripTitles(c.text)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// speakerWith is the person who says something of a meeting they had
// "with" someone: "After Monday's meeting with Miyazawa, Baker said".
func (d *doc) speakerWith(m *mention) string {
	toks := d.toks[m.sent]
	with := false
	for k := m.nameEnd; k < len(toks) && k < m.nameEnd+4; k++ {
		with = with || toks[k].lower == "with"
	}
	if !with || m.verb {
		return ""
	}
	for _, c := range d.chunks(m.sent) {
		if c.start > m.trig && reporting(lowerAt(toks, c.end)) {
			if n := d.expand(stripTitles(c.text)); isPersonName(n) {
				return n
			}
		}
	}
	return ""
}
