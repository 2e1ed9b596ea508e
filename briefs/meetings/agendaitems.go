package meetings

import (
	"slices"
	"strings"
)

// An agenda numbers the items of one meeting: "2. CLOSED SESSION", "3.
// REPORT OUT OF CLOSED SESSION", "6. PUBLIC HEARING" under "REGULAR
// MEETING AGENDA - Tuesday, February 13, 2024". An item dated only by the
// agenda's day is a part of that meeting, no meeting of its own; an item
// with its own date ("5.1 Approval of minutes: regular meeting of January
// 23, 2024") still names one (rule listing.agenda-item).

// RuleListingAgendaItem drops an agenda's numbered item dated by its heading.
const RuleListingAgendaItem Rule = "listing.agenda-item"

// agendaWindow is how many runes of a text's head may call it an agenda.
const agendaWindow = 300

// dropAgendaItems leaves out of ms, the mentions of sentence si, those of
// a numbered agenda item that take their day from the agenda's heading.
func (d *doc) dropAgendaItems(si int, ms []*mention) []*mention {
	if len(ms) == 0 || d.entries[si] == nil || !numberedItem(d.toks[si]) || !d.isAgenda() {
		return ms
	}
	return slices.DeleteFunc(ms, func(m *mention) bool {
		return m.why[FieldDate].rule == RuleListingDay
	})
}

// numberedItem reports a line that opens with an item's number: "2.",
// "6.1", "3)".
func numberedItem(toks []token) bool {
	return len(toks) > 1 && (toks[0].num && (toks[1].lower == "." || toks[1].lower == ")") || subItem(toks[0].text))
}

// subItem reports an item's number with a point inside, "2.1", which the
// tokens read as one decimal.
func subItem(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	for _, r := range strings.Replace(s, ".", "", 1) {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isAgenda reports a text whose head calls it an agenda.
func (d *doc) isAgenda() bool {
	head := strings.ToLower(string(d.runes[:min(len(d.runes), agendaWindow)]))
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if w == "agenda" {
			return true
		}
	}
	return false
}
