package meetings

import (
	"slices"
	"strings"
	"unicode"
)

// The story's persons, each once with the title the story gave it, so that
// a later mention resolves to the person named before (rule parties.coref):
// "The minister will travel to Brussels" after "Commerce Minister Piyush
// Goyal", "EAM will hold talks" after "External Affairs Minister Dr. S.
// Jaishankar", "At their Feb. 22 meeting" or "The two men will meet again"
// after two persons; and the person a neighbouring sentence says chairs or
// hosts the meeting (rule parties.chair): "The Energy Council is chaired by
// ... Giorgos Papanastasiou", "Anthony Albanese, who chaired the session,
// said", "X has been named to chair the talks".

// The rules of this file.
const (
	RulePartyCoref Rule = "parties.coref"
	RulePartyChair Rule = "parties.chair"
)

// person is one naming of a person in the story: the full name, the title
// words before it ("commerce minister"), where, and whether the story only
// only quotes it (a spokesman).
type person struct {
	name   string
	title  []string
	sent   int
	at     int
	source bool
}

// addPersons fills e's persons (every naming, in text order; a surname
// stands for the full name used before) and title initialisms from the
// story's chunks: "External Affairs Minister Dr. S. Jaishankar" gives EAM.
func (d *doc) addPersons(e *entities) {
	e.initials = map[string]string{}
	if d.fullNames == nil {
		d.fullNames = d.surnames()
	}
	for si, toks := range d.toks {
		for _, c := range d.chunks(si) {
			if c.end-c.start < 2 && d.fullNames[c.text] == "" {
				continue // one word that names no person before: "India", "EAM"
			}
			stripped := d.stripped(c.text)
			if isAcronym(stripped) || !strings.HasSuffix(c.text, stripped) {
				continue // an acronym expands through this table
			}
			full := d.expand(stripped)
			if !isPersonName(full) {
				continue
			}
			title := strings.Fields(strings.ToLower(strings.TrimSuffix(c.text, stripped)))
			for k := c.start - 1; k >= 0 && toks[k].cap && isTitleWord(toks[k].lower); k-- {
				title = append([]string{toks[k].lower}, title...) // "Chief" left out of a chunk opening the sentence
			}
			source := false // "Foreign Ministry spokesman Gennady Gerasimov": quoted, never a side
			for _, w := range title {
				source = source || speakerNouns[w] || strings.HasPrefix(w, "spokes")
			}
			e.persons = append(e.persons, person{name: full, title: title, sent: si, at: c.start, source: source})
			if ini := titleInitials(title); len(ini) >= 2 {
				if p, ok := e.initials[ini]; ok && p != full {
					e.initials[ini] = "" // two persons with one initialism
				} else {
					e.initials[ini] = full
				}
			}
		}
	}
}

// titleInitials is the initialism of a title of two words or more, its
// honorifics, nationalities and function words left out: "external affairs
// minister dr." -> EAM; "" for a one-word title.
func titleInitials(title []string) string {
	var b strings.Builder
	n := 0
	for _, w := range title {
		w = strings.Trim(w, ".,")
		if w == "" || nationalities[w] || countries[w] != "" || functionWords[w] || personHonorifics[w] || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		b.WriteRune(unicode.ToUpper([]rune(w)[0]))
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// initialismPerson is the person an initialism of a title stands for ("EAM"),
// "" when the story gives none or two.
func (d *doc) initialismPerson(acronym string) string {
	return d.ents().initials[strings.ReplaceAll(acronym, ".", "")]
}

// anaphorTitles are the titles "the minister", "the president" refer back
// with.
var anaphorTitles = map[string]bool{
	"minister": true, "president": true, "premier": true, "chancellor": true, "secretary": true,
	"ambassador": true, "envoy": true, "governor": true, "commissioner": true, "chairman": true,
	"king": true, "pope": true, "senator": true, "mayor": true,
}

// corefParties are the persons m's sentence refers back to: "the minister"
// before the meeting, "their" in its noun phrase, "the two men".
func (d *doc) corefParties(m *mention) []string {
	toks := d.toks[m.sent]
	head := min(m.nameStart, m.trig)
	var out []string
	for k := 0; k+1 < head; k++ {
		if toks[k].lower != "the" || !anaphorTitles[toks[k+1].lower] || toks[k+1].cap && k != 0 || k+2 < len(toks) && toks[k+2].cap {
			continue
		}
		if p := d.lastTitled(m.sent, k, toks[k+1].lower); p != "" && !m.hasNamed(p) {
			out = append(out, p) // "The minister will travel to Brussels next week for talks"
		}
	}
	if m.hasPerson() {
		return out
	}
	if k := theirBefore(toks, head); k >= 0 && d.opensClause(m.sent, k) || twoMen(toks, head) {
		out = append(out, d.personsBefore(m.sent, max(k, 0))...)
	}
	return out
}

// hasPerson reports whether m names a person already.
func (m *mention) hasPerson() bool {
	for _, n := range m.named {
		if isPersonName(n) {
			return true
		}
	}
	return false
}

// theirBefore is the token of "their" in the few words before the meeting's
// head ("At their Feb. 22 meeting", "Their meeting in Istanbul"), -1 when
// there is none.
func theirBefore(toks []token, head int) int {
	for k := head - 1; k >= 0 && k >= head-5; k-- {
		switch {
		case toks[k].lower == "their":
			return k
		case toks[k].lower == "," || toks[k].word && !toks[k].cap && !toks[k].num && !isMonthOrDay(toks[k].lower) && k < head-1 && !nameModifiers[toks[k].lower]:
			return -1
		}
	}
	return -1
}

// opensClause reports a "their" at token k that opens its sentence, alone
// or after a preposition ("Their meeting in Istanbul", "At their Feb. 22
// meeting"): no subject before it that "their" would stand for.
func (d *doc) opensClause(si, k int) bool {
	toks := d.toks[si]
	first := d.sentenceStart(si)
	return k == first || k == first+1 && placePreps[toks[first].lower] || k == first+1 && timePreps[toks[first].lower]
}

// timePreps open a sentence before "their meeting".
var timePreps = map[string]bool{"during": true, "after": true, "before": true, "since": true, "following": true, "until": true}

// twoMen reports "the two men" or "both men" as the subject of a meeting
// verb at head.
func twoMen(toks []token, head int) bool {
	for k := head - 1; k >= 1 && k >= head-4; k-- {
		if w := toks[k].lower; (w == "men" || w == "women") && (lowerAt(toks, k-1) == "two" || lowerAt(toks, k-1) == "both") {
			return true
		}
	}
	return false
}

// personsBefore are the persons one sentence names as a pair for "their"
// or "the two men" to stand for: those named before token k of sentence
// si, else those of the sentence before, not those only quoted; nil when a
// sentence names fewer than two.
func (d *doc) personsBefore(si, k int) []string {
	ps := d.ents().persons
	for s := si; s >= 0 && s >= si-1; s-- {
		var out []string
		for _, p := range ps {
			if p.sent == s && (s < si || p.at < k) && !p.source && !slices.Contains(out, p.name) {
				out = append(out, p.name)
			}
		}
		if len(out) >= 2 {
			return out
		}
	}
	return nil
}

// lastTitled is the last person named before token k of sentence si whose
// title has the word noun ("minister" for "Commerce Minister Piyush
// Goyal"), within three sentences.
func (d *doc) lastTitled(si, k int, noun string) string {
	ps := d.ents().persons
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i]
		if p.sent > si || p.sent == si && p.at >= k || p.sent < si-3 {
			continue
		}
		for _, w := range p.title {
			if w == noun {
				return p.name
			}
		}
	}
	return ""
}

// chairVerbs say who chairs or hosts a meeting.
var chairVerbs = map[string]bool{
	"chair": true, "chairs": true, "chaired": true, "chairing": true, "co-chair": true, "co-chaired": true,
	"preside": true, "presided": true, "presides": true,
}

// chairParties are the persons a sentence beside m's says chair it, when
// that sentence names no dated meeting of its own and speaks of a meeting
// or a body: "The Energy Council is chaired by Cyprus's energy minister,
// Giorgos Papanastasiou"; "Prime Minister Anthony Albanese, who chaired the
// session, said"; "X has been named to chair the ministers' talks".
func (d *doc) chairParties(m *mention) []string {
	var out []string
	sents := []int{m.sent - 1, m.sent + 1}
	if m.sent+2 < len(d.toks) && !d.ownMeeting(m.sent+1) {
		sents = append(sents, m.sent+2) // a paragraph on: "Paul de Keersmaeker, who chairs the talks, said"
	}
	for _, si := range sents {
		if si < 0 || si >= len(d.toks) || d.ownMeeting(si) {
			continue // a meeting of its own: the chair is its own
		}
		toks := d.toks[si]
		for k, t := range toks {
			if !chairVerbs[t.lower] && !(t.lower == "chair" && lowerAt(toks, k-1) == "to") {
				continue
			}
			if !chairsThis(toks, k, d.toks[m.sent], m.trig) {
				continue // "the committee, chaired by X" beside an OPEC conference: another body
			}
			if coChair(toks, k) && lowerAt(toks, k+1) == "by" {
				for _, p := range d.coChairs(si, k) {
					if !m.hasNamed(p) && !slices.Contains(out, p) {
						out = append(out, p) // "It was co-chaired by Mr. Kenji Okada, ..., and Undersecretary Ramon C. Villanueva"
					}
				}
				continue
			}
			if p := d.chairAgent(si, k); p != "" && !m.hasNamed(p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// chairsThis reports that what verb k chairs is the meeting of sentence
// mt: a meeting noun ("the session", "the talks"), a bloc, or a noun
// phrase sharing a word with mt ("The Energy Council" beside "energy
// ministers will meet", "The bank advisory committee" beside "its
// commercial bank creditors"), read after "chair the" or before "[is]
// chaired by" — not "the committee" of another body.
func chairsThis(toks []token, k int, mt []token, trig int) bool {
	var phrase []token
	if lowerAt(toks, k+1) == "by" {
		j := k - 1
		if coChair(toks, k) {
			j -= 2 // "co-chaired": the hyphen is a token of its own
		}
		for j >= 0 && (auxiliaries[toks[j].lower] || toks[j].lower == "," || toks[j].lower == "be" || toks[j].lower == "been" || toks[j].lower == "was") {
			j--
		}
		if j >= 0 && toks[j].lower == "it" && (j == 0 || !toks[j-1].word) {
			return true // "It was co-chaired by ...", "It was chaired by ...": the meeting the sentence before names
		}
		i := j
		for i >= 0 && j-i < 5 && toks[i].word && !reporting(toks[i].lower) && !determiners[toks[i].lower] {
			i--
		}
		phrase = toks[i+1 : j+1]
	} else {
		j := k + 1
		for j < len(toks) && j < k+6 && toks[j].word {
			j++
		}
		phrase = toks[k+1 : j]
	}
	for _, t := range phrase {
		if _, ok := meetingNouns[t.lower]; ok || t.lower == "session" || t.lower == "bloc" || t.lower == "grouping" {
			return true
		}
		if bodyNouns[t.lower] && bodyMeets(mt, trig, t.lower) {
			return true // "the committee, chaired by X" beside "OPEC's price differentials committee will meet"
		}
		if functionWords[t.lower] || len(t.lower) < 4 || bodyNouns[t.lower] || determiners[t.lower] {
			continue
		}
		for _, u := range mt {
			if u.lower == t.lower {
				return true
			}
		}
	}
	return false
}

// chairLeadIns stand between a chair and its verb: "has been named to
// chair", "was chosen to chair", "who chaired".
var chairLeadIns = map[string]bool{
	"named": true, "been": true, "who": true, "has": true, "have": true, "had": true, "was": true,
	"chosen": true, "appointed": true, "elected": true, "asked": true, "invited": true, "jointly": true,
}

// coChair reports "co-chaired" or "co-chair" at chair verb k, written
// with its hyphen a token of its own.
func coChair(toks []token, k int) bool {
	return lowerAt(toks, k-1) == "-" && lowerAt(toks, k-2) == "co"
}

// coChairs are the persons named after "co-chaired by" at verb k of
// sentence si, each past the title an apposition gives it: "by Mr. Kenji
// Okada, Senior Deputy Minister for Foreign Affairs of Japan, and
// Undersecretary Ramon C. Villanueva of the Department of Foreign Affairs".
func (d *doc) coChairs(si, k int) []string {
	var out []string
	for _, c := range d.chunks(si) {
		if c.start <= k+1 || c.start > k+40 {
			continue
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) {
			out = append(out, n)
		}
	}
	return out
}

// chairAgent is the person who chairs at verb k of sentence si: after
// "by" (past an apposition), before ", who", or the subject before "to
// chair" / "will chair".
func (d *doc) chairAgent(si, k int) string {
	toks := d.toks[si]
	cs := d.chunks(si)
	if lowerAt(toks, k+1) == "by" {
		for _, c := range cs {
			if c.start > k+1 && c.start <= k+10 {
				if n := d.expand(d.stripped(c.text)); isPersonName(n) {
					return n
				}
			}
		}
		return ""
	}
	j := k - 1
	for j >= 0 && (auxiliaries[toks[j].lower] || chairLeadIns[toks[j].lower]) {
		j--
	}
	if lowerAt(toks, j) == "," && lowerAt(toks, j+1) == "who" {
		j--
	}
	for _, c := range cs {
		if c.end == j+1 {
			if n := d.expand(d.stripped(c.text)); isPersonName(n) {
				return n
			}
		}
	}
	return ""
}

// sentenceStart is the index of sentence si's first token after the
// dateline (0 in any sentence the dateline does not open).
func (d *doc) sentenceStart(si int) int {
	toks := d.toks[si]
	k := 0
	for k < len(toks) && toks[k].end <= d.dlEnd {
		k++
	}
	return k
}

// bodyMeets reports that body noun w is what meets at the meeting word trig
// of sentence mt: the noun within three words before it ("the committee
// will meet", "the council's meeting"), not a committee of another clause.
func bodyMeets(mt []token, trig int, w string) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		if mt[k].lower == w {
			return true
		}
	}
	return false
}
