package meetings

import (
	"slices"
	"strings"
)

// entities is what the whole story says about its named parties, built once
// per brief: the initialism it gives a long name in brackets ("the
// Permanent Inter-State Committee for Drought Control in the Sahel
// (CILSS)"), so that one party is not listed twice under two names the
// scorer's initialisms cannot pair.
type entities struct {
	alias    map[string]string // lower-case long name -> its bracketed initialism
	long     map[string]string // a bracketed initialism -> its long name as written
	things   map[string]bool   // lower-case names the story gives a thing: a rate, a tax, a pact (thingNames)
	persons  []person          // the persons named, once each, in text order (coref.go)
	initials map[string]string // a title's initialism -> the one person with it: "EAM" (coref.go)
	bodied   bool              // all, index and lists are filled (storyents.go bodies, on first use)
	all      []entity          // the bodies, countries and persons named, once each (storyents.go)
	index    map[string]int    // a name -> its entity in all
	lists    []entList         // the lists naming several of one class together
}

// ents builds the story's entity table on first use.
func (d *doc) ents() *entities {
	if d.entityTable != nil {
		return d.entityTable
	}
	e := &entities{alias: map[string]string{}, long: map[string]string{}, things: map[string]bool{}}
	for si := range d.toks {
		toks := d.toks[si]
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].lower != "(" || toks[k+2].lower != ")" || !isAcronym(toks[k+1].text) {
				continue
			}
			for _, c := range d.chunks(si) { // "the Permanent Inter-State Committee for Drought Control in the Sahel (CILSS)"
				n := d.stripped(c.text)
				if c.end > k || c.end < k-4 || !strings.Contains(n, " ") {
					continue
				}
				if thingWord(strings.ToLower(lastWord(n))) {
					e.things[strings.ToLower(toks[k+1].text)] = true // "the ASEAN Trade in Goods Agreement (ATIGA)"
					break
				}
				if _, meeting := meetingNouns[strings.ToLower(lastWord(n))]; meeting || !isPersonName(n) && !isCountry(n) { // "Security Consultative Meeting (SCM)" is no person
					e.alias[strings.ToLower(n)] = toks[k+1].text
					e.long[toks[k+1].text] = n
					break
				}
			}
		}
		d.thingNames(e, si)
	}
	d.addPersons(e)
	d.entityTable = e
	return e
}

// dropAliases keeps one name of a party the story names twice, as a long
// name and its bracketed initialism: the initialism, which the story uses
// after.
func (d *doc) dropAliases(names []string) []string {
	e := d.ents()
	if len(e.alias) == 0 {
		return names
	}
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	var out []string
	for _, n := range names {
		if a := e.alias[strings.ToLower(n)]; a != "" && have[a] {
			continue
		}
		out = append(out, n)
	}
	return out
}

// spellOut writes a party named by a bracketed initialism that does not
// spell its long name's initials as the long name (rule
// parties.long-form): "ICCO" for "the International Cocoa Organization
// (ICCO)", "CGT" for "General Confederation of Labour (CGT)". An
// initialism that spells them ("IMF", or the end of "ASEAN-Gulf
// Cooperation Council (GCC)") stays, as readers and scorers pair it with
// its name; so does one whose long name is too short for it, a chunk cut
// short ("ASEAN Trade" of "ASEAN Trade in Goods Agreement (ATIGA)"). Each
// long name written is traced to m.
func (d *doc) spellOut(m *mention, names []string) []string {
	e := d.ents()
	out := make([]string, 0, len(names))
	for _, n := range names {
		if long := e.long[n]; long != "" && !spellsTail(n, long) && 2*len(strings.Fields(long)) >= len(n) {
			n = long
			m.byName(n, RulePartyLongForm, -1, -1)
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// spellsTail reports initialism short spelling the initials of long or of
// its last words: "GCC" of "ASEAN-Gulf Cooperation Council", "ASEAN" of
// "Association of Southeast Asian Nations".
func spellsTail(short, long string) bool {
	ws := strings.FieldsFunc(long, func(r rune) bool { return r == ' ' || r == '-' })
	for i := range ws {
		if tail := strings.Join(ws[i:], " "); initialismOf(short, tail) || compassInitialism(short, tail) {
			return true
		}
	}
	return false
}

// bodyFor is the organisation "the council", "the committee" or "the group"
// stands for in sentence si: the last one named so far whose kind is noun
// ("the Security Council" two sentences before "The council will resume
// consultations"), else the last organisation of this sentence or the one
// before (recentBody).
func (d *doc) bodyFor(si int, noun string) string {
	if b := d.bodyOfKind(si, noun); b != "" {
		return b
	}
	if firmWord(noun) {
		if c := d.heldCompany(si); c != "" {
			return c // not the Senate named before: "the company's annual meeting"
		}
		return d.storyCompany()
	}
	if noun == "board" {
		if c := d.storyCompany(); c != "" {
			return c // "The board will meet on Thursday": the story's company's, not its bidder's adviser named last
		}
	}
	return d.recentBody(si)
}

// heldCompany is the company whose shareholders sentence si or the one
// before names: "Shareholders of Ayala Land registered on March 1 will
// vote at the company's annual meeting"; "" when there is none.
func (d *doc) heldCompany(si int) string {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := d.toks[s]
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			after := lowerAt(toks, c.end)
			if lowerAt(toks, c.start-1) == "of" && holderWords[lowerAt(toks, c.start-2)] || holderWords[after] || isApostrophe(after) && holderWords[lowerAt(toks, c.end+2)] {
				return dropTail(c.text) // "Shareholders of Ayala Land", "Ayala Land shareholders", "Ayala Land's shareholders"
			}
		}
	}
	return ""
}

// holderWords name a company's owners.
var holderWords = map[string]bool{"shareholders": true, "stockholders": true, "shareowners": true, "unitholders": true}

// bodyOfKind is the last organisation named in sentence si or before whose
// head is noun: "Security Council" for "council", "Group of Five" for
// "group", "Ministry of International Trade and Industry" for "ministry".
// A body an organisation's possessive names is that organisation's: "the
// European Central Bank's Supervisory Board" for "board"; and a name the
// noun follows is one of its kind: "Verdi" of "the Verdi union said".
func (d *doc) bodyOfKind(si int, noun string) string {
	if noun == "" {
		return ""
	}
	noun = strings.Replace(noun, "organization", "organisation", 1)
	for s := si; s >= 0; s-- {
		cs, toks := d.chunks(s), d.toks[s]
		for i := len(cs) - 1; i >= 0; i-- {
			n := dropTail(d.stripped(cs[i].text))
			if lowerAt(toks, cs[i].end) == noun && !isCountry(n) && !isPersonName(n) && !nationalities[strings.ToLower(n)] {
				return n // "the Verdi union said": Verdi is the union
			}
			if k := kindOf(n); (k == noun || kindAlike[noun][k] || noun == "company" && corporateName(n)) && strings.Contains(n, " ") && !isPersonName(n) {
				if a := cs[i].start; i > 0 && a >= 2 && lowerAt(toks, a-1) == "s" && isApostrophe(lowerAt(toks, a-2)) && cs[i-1].end == a-2 && !isCountry(cs[i-1].text) {
					return d.stripped(cs[i-1].text) + " " + n // "the European Central Bank's Supervisory Board": the bank's board, not "West Germany's Siemens AG"
				}
				return n
			}
		}
	}
	return ""
}

// kindOf is the lower-case head noun of an organisation's name: the word
// before "of", "on" or "for" ("Group of Five" -> group, "Standing
// Committee on Finance" -> committee), else its last word ("Security
// Council" -> council), and the last word when it is a body's head noun
// ("Town of Halloran Council" -> council); "organization" is spelt
// "organisation".
func kindOf(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	if n := len(ws); n > 2 && bareHeadNouns[ws[n-1]] {
		return ws[n-1] // "Town of Halloran Council": a council
	}
	for i, w := range ws {
		if nameJoiners[w] && i > 0 {
			return strings.Replace(ws[i-1], "organization", "organisation", 1)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.Replace(ws[len(ws)-1], "organization", "organisation", 1)
}
