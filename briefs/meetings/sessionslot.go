package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// A committee's notice of "Forthcoming evidence sessions" writes each
// session as a line of its day, its time and its room, with what is heard
// and who gives evidence on the line after it: "Tuesday 21 January 2025,
// 10.00 am, Wilson Room, Portcullis House" over "Financial Stability
// Report. Witnesses: Andrew Bailey, ...". The day's line names no meeting:
// it is the session of the committee the heading names, held in that room
// (rule head.session-slot).

// RuleHeadSessionSlot names a committee's session told by its day's line.
const RuleHeadSessionSlot Rule = "head.session-slot"

// sessionSlot reports sentence si as opening with such a line: in a text
// with no dateline whose heading names a committee, its first line opens
// with a day and its clock time and holds nothing but them and a room, where the text speaks of sessions or the next line names
// witnesses. It returns the room after the time ("" when none) and the
// token it starts at.
func (d *doc) sessionSlot(si int) (bool, string, int) {
	toks, ds := d.toks[si], d.dates[si]
	if d.dlEnd > 0 || len(ds) == 0 || ds[0].tokStart != 0 || ds[0].prec != briefs.PrecisionDay || !d.lineStart(si) {
		return false, "", -1
	}
	toks = toks[:d.firstLineTokens(si)] // "Tuesday 21 January 2025, 10.00 am, Wilson Room, Portcullis House" over "Financial Stability Report."
	if !strings.HasSuffix(strings.ToLower(d.headingBody()), "committee") {
		return false, "", -1 // "TREASURY COMMITTEE", "Subcommittee on Health"
	}
	start, clock := ds[0].tokEnd, ds[0].clock != ""
	for start < len(toks) && (timePunct[toks[start].lower] || clockWord(toks[start])) {
		clock = clock || startsWithDigit(toks[start].text)
		start++ // ", 10.00 am, ": the line's time
	}
	if !clock {
		return false, "", -1
	}
	for j := start; j < len(toks); j++ {
		if t := toks[j]; t.word && !t.cap && !t.num && !venueSmallWords[t.lower] {
			return false, "", -1 // prose or a title, not a room ("Committee Room 8" is one)
		}
	}
	if !d.sessionsTold(si) {
		return false, "", -1
	}
	if start >= len(toks) {
		return true, "", -1
	}
	return true, strings.TrimSpace(sliceText(d.runes, toks[start].start, toks[len(toks)-1].end)), start
}

// firstLineTokens is the number of sentence si's tokens on its first line.
func (d *doc) firstLineTokens(si int) int {
	if len(d.toks[si]) == 0 {
		return 0
	}
	_, n := d.lineOf(si, 0)
	return n
}

// timePunct are the marks between a line's day and its time.
var timePunct = map[string]bool{",": true, ".": true, ":": true, "-": true, "–": true}

// clockWord reports a token of a clock time: "10.00", "am", "p.m.".
func clockWord(t token) bool {
	switch strings.Trim(t.lower, ".") {
	case "am", "pm", "a.m", "p.m", "noon", "a", "p", "m":
		return true
	}
	return startsWithDigit(t.text) // "10.00" is one word
}

// startsWithDigit reports a word that opens with a digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// sessionsTold reports a notice that speaks of its sessions ("Forthcoming
// evidence sessions", "hearings") or a line after si that names witnesses.
func (d *doc) sessionsTold(si int) bool {
	if si+1 < len(d.sents) && strings.Contains(strings.ToLower(d.sents[si+1].Text), "witness") {
		return true
	}
	low := d.lowerText()
	return strings.Contains(low, "evidence session") || strings.Contains(low, "hearings")
}

// sessionSlotMention makes m, found at a session's day line, the session of
// the committee the heading names, held in room v from token at.
func (d *doc) sessionSlotMention(si int, m *mention, v string, at int) {
	toks := d.toks[si]
	m.kind, m.verb = "hearing", false
	m.byTokens(FieldKind, RuleHeadSessionSlot, toks, 0, 1)
	m.owner, m.title = d.headingBody(), evidenceSessionTitle(d.headingBody())
	if v != "" {
		d.slotPlace(m, v, at)
	}
}
