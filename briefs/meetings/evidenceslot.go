package meetings

// RuleHeadEvidenceSlot names a committee's dated line whose next line is
// its "Oral evidence:" (evidenceSlot).
const RuleHeadEvidenceSlot Rule = "head.evidence-slot"

// evidenceSlot finds, in a parliament's schedule, a line that opens with
// its day and names a committee, followed by a line that opens with "Oral
// evidence": "Tuesday 10 March 2026, 9.30am - Foreign Affairs Committee,
// Room 8, Portcullis House. Oral evidence: UK policy on the Sahel." It
// returns the committee word's token, the hearing's head, or -1.
func (d *doc) evidenceSlot(si int) int {
	toks, ds := d.toks[si], d.dates[si]
	if len(ds) == 0 || ds[0].tokStart != 0 || si+1 >= len(d.toks) {
		return -1
	}
	next := d.toks[si+1]
	if lowerAt(next, 0) != "oral" || lowerAt(next, 1) != "evidence" {
		return -1
	}
	for _, c := range d.chunks(si) {
		last := toks[c.end-1]
		if last.cap && (last.lower == "committee" || last.lower == "subcommittee") && lowerAt(toks, c.end) != "room" {
			return c.end - 1
		}
	}
	return -1
}

// evidenceSlotMention makes m, found at a committee's word by
// evidenceSlot, that committee's hearing.
func (d *doc) evidenceSlotMention(si int, m *mention) {
	toks := d.toks[si]
	m.kind, m.verb = "hearing", false
	m.byTokens(FieldKind, RuleHeadEvidenceSlot, toks, m.trig, m.trig+1)
	if c, ok := d.nameEndingAt(si, m.trig); ok {
		m.owner, m.title = c.text, evidenceSessionTitle(c.text)
		m.byTokens(FieldTitle, RuleTitleOwner, toks, c.start, c.end)
	}
}

// evidenceSessionTitle is the title of committee's oral evidence session.
func evidenceSessionTitle(committee string) string { return committee + " oral evidence session" }

// nameEndingAt is the name of sentence si whose last token is k.
func (d *doc) nameEndingAt(si, k int) (chunk, bool) {
	for _, c := range d.chunks(si) {
		if c.end-1 == k {
			return c, true
		}
	}
	return chunk{}, false
}
