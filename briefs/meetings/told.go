package meetings

// Speakers at a meeting (rule parties.told-meeting): a person a sentence
// after the meeting's says told the meeting, the group or the delegates
// something, or spoke to reporters on arrival or after the talks, was
// there: "West German Agriculture Minister Ignaz Kiechle told the meeting
// Bonn could not accept ...", "Danish minister Jacob Lindqvist said on
// arrival that ..., while Ireland's Siobhan Carney warned ...".

// RulePartyToldMeeting names this file's rule.
const RulePartyToldMeeting Rule = "parties.told-meeting"

// toldMeeting are the persons the sentences after m's say spoke at it or
// on their way in or out.
func (d *doc) toldMeeting(m *mention) []string {
	var out []string
	for _, si := range d.sentencesAfter(m) {
		toks := d.toks[si]
		for _, c := range d.chunks(si) {
			k := pastApposition(toks, c.end, 13)
			if !spokeThere(toks, k) {
				continue
			}
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				out = append(out, n)
				out = append(out, d.whileSpeaker(si, k)...)
			}
		}
	}
	return out
}

// pastApposition is the token after an apposition that follows a name
// ending at token k (", who chairs the talks,", ", the host,") and closes
// within span tokens of its comma, or k.
func pastApposition(toks []token, k, span int) int {
	if lowerAt(toks, k) != "," {
		return k
	}
	for j := k + 1; j < len(toks) && j < k+span; j++ {
		if toks[j].lower == "," {
			return j + 1
		}
	}
	return k
}

// spokeThere reports a verb of speaking at token k that puts its speaker at
// the meeting: "told the meeting", "told delegates", "told his
// colleagues", "told reporters on arrival", "said after the talks".
func spokeThere(toks []token, k int) bool {
	switch lowerAt(toks, k) {
	case "told":
		j := k + 1
		switch w := lowerAt(toks, j); {
		case w == "reporters" || w == "journalists":
			return onArrival(toks, j+1)
		case toldAudience[w]:
			return true // "told delegates"
		case w == "the" || w == "his" || w == "her" || w == "their" || w == "fellow":
			if w := lowerAt(toks, j+1); toldAudience[w] || isMeetingNounWord(w) {
				return true // "told the meeting", "told his colleagues"
			}
			return toldAudience[lowerAt(toks, j+2)] && !toks[j+1].cap // "told the contact group", not "told the Senate committee"
		}
	case "said", "says":
		return onArrival(toks, k+1)
	}
	return false
}

// toldAudience are those a speaker at a meeting tells.
var toldAudience = map[string]bool{
	"delegates": true, "participants": true, "colleagues": true, "counterparts": true, "ministers": true,
	"group": true, "board": true, "plenary": true, "gathering": true, "forum": true, "assembly": true,
}

// onArrival reports a phrase at token k that times a remark at the
// meeting's door: "on arrival", "as he arrived", "before the meeting",
// "after the talks", "ahead of the session".
func onArrival(toks []token, k int) bool {
	switch lowerAt(toks, k) {
	case "on":
		return lowerAt(toks, k+1) == "arrival" || lowerAt(toks, k+1) == "arriving"
	case "as":
		w := lowerAt(toks, k+2)
		return w == "arrived" || w == "arrives" || w == "left" || w == "entered"
	case "arriving":
		return true
	case "before", "after":
		return lowerAt(toks, k+1) == "the" && isMeetingNounWord(lowerAt(toks, k+2))
	case "ahead":
		return lowerAt(toks, k+1) == "of" && lowerAt(toks, k+2) == "the" && isMeetingNounWord(lowerAt(toks, k+3))
	}
	return false
}

// whileSpeaker is the person a sentence's ", while" clause after token k
// makes the subject of a second remark: "..., while Ireland's Siobhan
// Carney warned against ...", "while French minister Francois Guillaume
// said".
func (d *doc) whileSpeaker(si, k int) []string {
	toks := d.toks[si]
	at := -1
	for j := k; j < len(toks); j++ {
		if toks[j].lower == "while" && lowerAt(toks, j-1) == "," {
			at = j
			break
		}
	}
	if at < 0 {
		return nil
	}
	for _, c := range d.chunks(si) {
		if c.start <= at {
			continue
		}
		if c.start > at+6 {
			break
		}
		if isApostrophe(lowerAt(toks, c.end)) {
			continue // "Ireland's"
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) && verbAfterName(toks, c.end) {
			return []string{n}
		}
		return nil
	}
	return nil
}

// verbAfterName reports a past-tense verb right after a name at token k:
// "Siobhan Carney warned", "Guillaume said".
func verbAfterName(toks []token, k int) bool {
	w := lowerAt(toks, k)
	return len(w) > 3 && !toks[k].cap && (w[len(w)-2:] == "ed" || reporting(w))
}
