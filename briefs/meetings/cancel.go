package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// A sentence that calls a meeting off ("was cancelled", "called off",
// "postponed indefinitely", "will not take place") marks the meeting
// cancelled instead of dropping it, so that the store learns that a meeting
// an earlier brief announced is off. Evaluation leaves cancelled meetings
// out (meetings.GUIDELINE.md: they do not count); see Scheduled.

// Scheduled returns ms without the cancelled meetings.
func Scheduled(ms []briefs.Meeting) []briefs.Meeting {
	out := make([]briefs.Meeting, 0, len(ms))
	for _, m := range ms {
		if m.Status != briefs.StatusCancelled {
			out = append(out, m)
		}
	}
	return out
}

// withCancelled marks the meetings of ms that a sentence of the text calls
// off, and adds the dated ones it calls off that ms does not hold.
func (d *doc) withCancelled(ms []briefs.Meeting) []briefs.Meeting {
	for si, toks := range d.toks {
		cue := cancelAt(toks)
		if cue < 0 || sportsSentence(toks) {
			continue
		}
		heads := d.headsOf(si)
		for i, h := range heads {
			if toks[h].end <= d.dlEnd || !callsOff(toks, h, cue) {
				continue
			}
			m := d.newMention(si, h)
			if m.anaphoric && i > 0 && toks[heads[i-1]].end > d.dlEnd {
				m = d.newMention(si, heads[i-1]) // "was due to meet in Vienna this month, but the meeting was cancelled": the meeting the sentence named first
			}
			assignDates(toks, d.dates[si], []*mention{m}, d.dlEnd)
			ms = d.cancel(ms, si, m)
		}
	}
	return ms
}

// cancel marks the meeting of ms that m, a mention in sentence si that is
// called off, refers to; a dated m that refers to none is added, cancelled.
func (d *doc) cancel(ms []briefs.Meeting, si int, m *mention) []briefs.Meeting {
	var c briefs.Meeting
	if m.date != nil {
		c = d.meeting(&cluster{key: mentionKey(m), kind: m.kind, mentions: []*mention{m}}, m)
	}
	key := mentionKey(m)
	for i := len(ms) - 1; i >= 0; i-- {
		e := &ms[i]
		if d.replacement(e, si) {
			continue // "... will not meet this week. Instead, the council will meet on April 23"
		}
		same := m.date != nil && (e.Key == c.Key && !otherDay(m, e) || e.Evidence == c.Evidence) ||
			key != "" && normKey(e.Title) == key && !otherDay(m, e)
		// "The meeting was called off": the latest meeting named before.
		back := (m.anaphoric || m.date == nil && key == "") && d.sentenceOf(e.Evidence) <= si
		if same || back {
			e.Status = briefs.StatusCancelled
			return ms
		}
	}
	if m.date == nil {
		return d.undatedCancel(ms, m)
	}
	c.Status = briefs.StatusCancelled
	return append(ms, c)
}

// otherDay reports a called-off mention and a meeting both dated to the day,
// on different days: "A meeting of EC transport ministers due on Thursday
// has been postponed" leaves the EC ministers' meeting on June 19 alone.
// A week or a month called off leaves a meeting on a day outside it alone:
// "will not hold its council meeting this week. Instead, the council will
// meet on April 23".
func otherDay(m *mention, e *briefs.Meeting) bool {
	if m.date == nil || e.Precision != briefs.PrecisionDay {
		return false
	}
	switch m.date.prec {
	case briefs.PrecisionDay:
		return m.date.date != e.Date && (e.EndDate == "" || m.date.date < e.Date || m.date.date > e.EndDate)
	case briefs.PrecisionWeek:
		if sunday := weekEnd(m.date.date); sunday != m.date.date {
			return e.Date < m.date.date && (e.EndDate == "" || e.EndDate < m.date.date) || e.Date > sunday
		}
	case briefs.PrecisionMonth:
		return len(m.date.date) == 7 && !strings.HasPrefix(e.Date, m.date.date) && (e.EndDate == "" || !strings.HasPrefix(e.EndDate, m.date.date))
	}
	return false
}

// undatedCancel adds the meeting a named mention without a date calls off
// ("The ASEAN Defence Senior Officials' Meeting has been called off"),
// without a date, when its name alone identifies it (a distinctive Key):
// the store then cancels the latest reported meeting of that key.
func (d *doc) undatedCancel(ms []briefs.Meeting, m *mention) []briefs.Meeting {
	if m.anaphoric || m.verb {
		return ms
	}
	c := &cluster{key: mentionKey(m), kind: m.kind, mentions: []*mention{m}}
	u := briefs.Meeting{Place: m.place, Evidence: d.evidence(m), Status: briefs.StatusCancelled}
	u.Participants = d.participants(c, u.Place)
	u.Title, _, _ = d.title(c, m, u.Participants, u.Place)
	if u.Key = Key(u); u.Key == "" {
		return ms
	}
	return append(ms, u)
}

// sentenceOf is the index of the sentence evidence was taken from, or the
// number of sentences when none.
func (d *doc) sentenceOf(evidence string) int {
	for i, s := range d.sents {
		if evidence != "" && strings.HasSuffix(s.Text, evidence) {
			return i
		}
	}
	return len(d.sents)
}

// cancelAt returns the token index of the words that call a meeting off in
// a sentence, or -1.
func cancelAt(toks []token) int {
	for k, t := range toks {
		switch t.lower { // the words after are read only at a cue: this runs over every word
		case "cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "scrapped", "scrapping":
			return k
		case "called", "call", "calls", "calling":
			if lowerAt(toks, k+1) == "off" {
				return k
			}
		case "postponed", "suspended", "adjourned", "delayed", "shelved":
			if next, after := lowerAt(toks, k+1), lowerAt(toks, k+2); next == "indefinitely" || next == "sine" && after == "die" {
				return k
			}
		case "not", "t", "never":
			if t.lower == "t" && !isApostrophe(lowerAt(toks, k-1)) {
				continue
			}
			if w := lowerAt(toks, k+3); w == "until" || w == "before" || w == "till" {
				continue // "will not take place until June": put off to a date, not called off
			}
			if next, after := lowerAt(toks, k+1), lowerAt(toks, k+2); next == "take" && after == "place" || next == "be" && after == "held" || next == "go" && after == "ahead" {
				return k
			}
		}
	}
	return -1
}

// callsOff reports whether the cue at cue is said of the meeting at head h:
// its subject ("the talks ... were called off", within a clause before the
// cue) or its object ("called off the summit").
func callsOff(toks []token, h, cue int) bool {
	if w := toks[cue].lower; h < cue && (strings.HasPrefix(w, "cancel") || strings.HasPrefix(w, "scrap")) && otherObject(toks, cue) {
		return false // "will meet management on Monday ..., after a weekend strike forced the carrier to cancel around one in five flights": the flights
	}
	if h < cue && lowerAt(toks, cue+1) == "off" && otherObject(toks, cue+1) {
		return false // "will meet on Thursday to decide whether to call off the strike": the strike
	}
	if h < cue && strings.HasSuffix(toks[cue].lower, "ing") {
		switch lowerAt(toks, cue-1) {
		case "after", "before", "since", "despite":
			return false // "would hold its annual shareholder meeting online on June 25, after calling off an in-person gathering": the gathering
		}
	}
	if h < cue {
		aside := 0 // the words of a relative clause between: "Talks between ..., which had been due to open in Jeddah on Thursday, have been postponed"
		for k := h + 1; k < cue; k++ {
			if w := toks[k].lower; w == ";" || w == "but" || w == "while" {
				return false
			}
			if toks[k].lower == "," && relativeWord(lowerAt(toks, k+1)) {
				if e := afterRelative(toks, k); e > k && e <= cue {
					aside += e - k
				}
			}
		}
		return cue-h-aside <= 20
	}
	obj := cue + 1
	if lowerAt(toks, obj) == "off" {
		obj++
	}
	return h-obj <= 5
}

// sportsSentence reports a sentence about a sports fixture.
func sportsSentence(toks []token) bool {
	for _, t := range toks {
		if sportsWords[t.lower] {
			return true
		}
	}
	return false
}

// replacement reports a meeting told after sentence si, the one calling a
// meeting off, by a sentence opening with "Instead": it replaces the
// meeting called off.
func (d *doc) replacement(e *briefs.Meeting, si int) bool {
	ei := d.sentenceOf(e.Evidence)
	if ei <= si || ei >= len(d.toks) {
		return false
	}
	for _, t := range d.toks[ei] {
		if t.end > d.dlEnd && t.word {
			return t.lower == "instead"
		}
	}
	return false
}
