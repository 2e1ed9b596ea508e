package meetings

// Parties a neighbouring sentence says the meeting gathers (rule
// parties.gathered): "The meeting, convened by the EAC secretariat, brings
// together delegates from Kenya, Uganda and Tanzania"; "The talks in Cairo
// will also be attended by envoys of the United States and Saudi Arabia";
// "The conference, organised by the Nigerian Ports Authority, will bring
// together ...".

// RulePartyGathered names the parties of a gathering phrase.
const RulePartyGathered Rule = "parties.gathered"

// gatheredParties are the names the sentence after m's gives after a
// gathering phrase whose subject is a meeting of m's kind ("The meeting",
// "The talks in Cairo", "The Pacific Islands Forum leaders meeting"), when
// that sentence tells no dated meeting of its own. The sentence before
// speaks of an earlier meeting: "The meeting, hosted by Marco Rubio, will
// focus on a corridor. Friday's talks follow a meeting of the two leaders
// in Abu Dhabi in July" — Rubio is no party in Abu Dhabi.
func (d *doc) gatheredParties(m *mention) []string {
	si := m.sent + 1
	if si >= len(d.toks) || d.ownMeeting(si) {
		return nil // "The ASEAN Regional Forum, which brings together 27 countries ..., meets on Saturday": its own
	}
	var out []string
	toks := d.toks[si]
	for k := range toks {
		end := gatherPhrase(toks, k)
		if end < 0 || !meetingSubject(toks, k, m.kind) {
			continue
		}
		out = append(out, d.gatheredNames(si, end)...)
	}
	return out
}

// gatherPhrase is the end of a gathering phrase opening at token k, or -1:
// "brings together", "with the participation of", "attended by",
// "convened by", "organised by", "hosted by".
func gatherPhrase(toks []token, k int) int {
	switch w := toks[k].lower; w {
	case "bring", "brings", "brought", "bringing":
		if lowerAt(toks, k+1) == "together" {
			return k + 2
		}
	case "participation":
		if lowerAt(toks, k-1) == "the" && lowerAt(toks, k-2) == "with" && lowerAt(toks, k+1) == "of" {
			return k + 2
		}
	case "attended", "convened", "organised", "organized", "hosted", "co-hosted":
		if lowerAt(toks, k+1) == "by" {
			return k + 2
		}
	}
	return -1
}

// meetingSubject reports a meeting noun of kind (or a plain "meeting") in
// the fourteen words before the gathering phrase at k, with "the" or
// "this" in the five before it: the meeting the phrase speaks of ("The
// conference, organised by the Nigerian Ports Authority, will bring
// together"), not "a dinner hosted by", "the committee", or "the summit,
// which will bring together" beside a ministers' meeting.
func meetingSubject(toks []token, k int, kind string) bool {
	for j := max(k-14, 0); j < k; j++ {
		if k2, ok := meetingNouns[toks[j].lower]; !ok || k2 != kind && k2 != "meeting" {
			continue
		}
		for i := max(j-5, 0); i < j; i++ {
			if w := toks[i].lower; w == "the" || w == "this" {
				return true
			}
		}
	}
	return false
}

// gatheredNames are the names of sentence si from token from to the end of
// the phrase's clause: a relative clause, a semicolon, the sentence's end,
// the comma that closes an apposition before its verb ("The Congress,
// attended by delegates from ..., will also choose"), or the comma before
// a reporting clause, whose names are its source ("..., Finance Ministry
// spokesman Deni Surjantoro said").
func (d *doc) gatheredNames(si, from int) []string {
	toks := d.toks[si]
	stop := len(toks)
	for k := from; k < len(toks); k++ {
		w := toks[k].lower
		if reporting(w) || w == ";" || w == "which" || w == "who" || w == "where" || w == "when" || w == "according" ||
			w == "," && auxiliaries[lowerAt(toks, k+1)] {
			stop = k
			break
		}
	}
	if stop < len(toks) && (reporting(toks[stop].lower) || toks[stop].lower == "according") {
		for k := stop - 1; k >= from; k-- {
			if toks[k].lower == "," {
				stop = k
				break
			}
		}
	}
	var out []string
	for _, c := range d.chunks(si) {
		if c.start < from || c.end > stop {
			continue
		}
		if w := lowerAt(toks, c.end); isApostrophe(w) || w == "s" {
			continue // "Kenya's coastal city"
		}
		if w := lowerAt(toks, c.start-1); w == "in" || w == "at" {
			continue // a place
		}
		if n := d.expand(d.stripped(c.text)); n != "" {
			out = append(out, n)
		}
	}
	return out
}
