package meetings

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// seriesParties gives a meeting that names no party the parties of the
// story's first meeting of its kind that names some (rule parties.series):
// "The second round was held in Mexico City in March" after "Colombia and
// the ELN will open a third round of talks in Havana on Tuesday"; "The
// last trilateral summit was held in Chengdu" after "Japan, China and
// South Korea will hold their first trilateral summit". Only countries
// and bodies carry over, for the persons of one meeting seldom attend the
// other, and a meeting of another kind or a listing's line lends none:
// "The ICO council session opens on September 28" is no round of the
// producers' talks. A meeting whose sentence opens with a group of its own
// (ownGroup) takes that group, or nothing, instead.
func (d *doc) seriesParties(out []briefs.Meeting, trs []trace) {
	if len(d.entries) > 0 {
		return // a listing's lines are meetings of their own, each with its own parties
	}
	named := make([]bool, len(out))
	for i := range out {
		named[i] = len(out[i].Participants) > 0
	}
	for i := range out {
		if named[i] {
			continue
		}
		g, own := d.ownGroup(trs[i].best)
		if own {
			d.ownGroupMeeting(out, trs, i, g, named)
			continue
		}
		for j := range out {
			if j == i || !named[j] || trs[j].best.kind != trs[i].best.kind || d.ownSeries(trs[i], trs[j]) || bodyOwned(trs[j].best) {
				continue
			}
			if parties := slices.DeleteFunc(slices.Clone(out[j].Participants), isPersonName); len(parties) > 0 {
				out[i].Participants = parties
				trs[i].series = trs[j].c
				rekey(out, trs, i)
				break
			}
		}
	}
}

// bodyOwned reports a meeting whose owner is a body ("the Credit
// Committee, which will meet on 25 May", "The committee will meet again on
// Monday"): the committee meets, no series of the story's other meetings of
// its kind.
func bodyOwned(m *mention) bool {
	return m.owner != "" && bodyNouns[strings.ToLower(lastWord(m.owner))]
}

// ownGroupMeeting gives meeting i, whose sentence opens with a group of its
// own, that group (g, when it names one) for its party, and the place of the
// first meeting of its kind when that one meets at home and g is no office:
// "Senior farm officials met on Thursday" in Brussels, where the EU's
// ministers meet.
func (d *doc) ownGroupMeeting(out []briefs.Meeting, trs []trace, i int, g string, named []bool) {
	if g != "" {
		out[i].Participants = []string{g}
		trs[i].best.byName(g, RulePartyOwnGroup, -1, -1)
		rekey(out, trs, i)
	}
	if out[i].Place != "" || heldOnline(trs[i].c) || officeHeads[strings.ToLower(lastWord(g))] {
		return
	}
	for j := range out {
		if j == i || !named[j] || trs[j].best.kind != trs[i].best.kind || d.ownSeries(trs[i], trs[j]) {
			continue
		}
		if out[j].Place != "" && out[j].Place == d.datelineCity() {
			out[i].Place, trs[i].implied = out[j].Place, true
			rekey(out, trs, i)
		}
		return
	}
}

// ownSeries reports a meeting a, named by a proper name of its own ("the
// Senior Economic Officials' Meeting (SEOM), which began yesterday"), that
// is no meeting of b's series: its name is not b's.
func (d *doc) ownSeries(a, b trace) bool {
	m := a.best
	if m.verb || m.anaphoric || !ownName(d.toks[m.sent], m.nameStart, m.nameEnd, m.trig) {
		return false
	}
	return a.c.key != b.c.key
}

// ownGroupHeads, with groupHeads, end the words a sentence opens with for
// a group of its own that meets: "Senior officials", "The eight
// countries", "The working group", "Deputy foreign ministers of the two
// countries".
var ownGroupHeads = map[string]bool{
	"officials": true, "ministers": true, "group": true, "leaders": true, "governors": true, "bankers": true,
	"delegates": true, "representatives": true, "producers": true, "consumers": true, "presidents": true,
}

// ownGroup is the group of its own that opens a meeting's sentence, a head
// of ownGroupHeads or groupHeads after a word that qualifies it: "Euro zone
// finance ministers also meet", "Senior officials of the special committee
// met", "The eight countries will hold a separate meeting". Such a meeting
// takes no parties from another of its kind ("The two sides met" and "The
// committee met" still do). The group's words are its party (rule
// parties.own-group) when two words or more qualify it, none a number or
// a rank, and none joins or reports: "euro zone finance ministers", "Forum
// foreign ministers", not "foreign ministers", "eight countries", "Senior
// officials" nor "management and union leaders". An office qualified by a
// word and named by no person is one too: "The finance minister will meet
// the heads of public sector banks". A group of its own meets where the
// first meeting of its kind meets at home; an office need not. ok is false
// when the sentence opens with no group.
func (d *doc) ownGroup(m *mention) (party string, ok bool) {
	toks := d.toks[m.sent]
	k := d.sentenceStart(m.sent)
	if determiners[lowerAt(toks, k)] {
		k++
	}
	qualifiers, plain := 0, true
	for j := k; j < len(toks) && j < k+6 && j < m.trig; j++ {
		t := toks[j]
		if !t.word || t.cap && j > k {
			return "", false
		}
		if j > k && officeHeads[t.lower] && qualifiers > 0 && plain && !titledPersonNamed(toks, j) {
			return strings.ToLower(sliceText(d.runes, toks[k].start, t.end)), true // "The finance minister will meet the heads of public sector banks"
		}
		if j > k && (ownGroupHeads[t.lower] || groupHeads[t.lower]) {
			if qualifiers == 0 && genericRanks[toks[k].lower] {
				return "", false // "Senior officials from member countries": the body's own, whose parties the series gives
			}
			if qualifiers < 2 || !plain {
				return "", true
			}
			return strings.ToLower(sliceText(d.runes, toks[k].start, t.end)), true
		}
		if numberWords[t.lower] == "" && !genericRanks[t.lower] && !startsWithDigit(t.lower) && t.lower != "small" {
			qualifiers++
		}
		plain = plain && !groupBreaks[t.lower]
	}
	return "", false
}

// officeHeads end a title that stands for its holder: "The finance
// minister", "the central bank governor".
var officeHeads = map[string]bool{
	"minister": true, "president": true, "governor": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"secretary": true, "ambassador": true, "chancellor": true, "premier": true, "envoy": true, "commissioner": true, "mayor": true,
}

// titledPersonNamed reports a name right after the title at token j: "The
// finance minister, Nirmala Sitharaman, will meet", whose person is the
// party.
func titledPersonNamed(toks []token, j int) bool {
	k := j + 1
	if lowerAt(toks, k) == "-" {
		k += 2 // "COP30 president-designate André Corrêa do Lago"
	}
	if lowerAt(toks, k) == "," {
		k++
	}
	return k < len(toks) && toks[k].cap && toks[k].word
}

// groupBreaks are words that join or report rather than qualify a group:
// "management and union leaders", "Hafiz said the two ministers".
var groupBreaks = map[string]bool{
	"and": true, "or": true, "of": true, "from": true, "said": true, "says": true, "that": true, "they": true,
	"their": true, "we": true, "our": true, "follow": true, "agreed": true, "noted": true,
}

// ownName reports a meeting's name of its own: its head capitalised and a
// capitalised word beside it that is no ordinal, no determiner and no word
// of any meeting's kind ("Senior Economic Officials' Meeting", not "the
// Ordinary Meeting", "the second round", "A Special Meeting").
func ownName(toks []token, start, end, head int) bool {
	if head >= len(toks) || !toks[head].cap {
		return false
	}
	for k := start; k < end && k < len(toks); k++ {
		w := toks[k].lower
		if k != head && toks[k].cap && toks[k].word && !determiners[w] && !nameModifiers[w] && !ordinalWord(w) && w != "ordinary" && w != "regular" {
			return true
		}
	}
	return false
}

// homeAgain gives a meeting with no place the dateline's city when a body
// among its parties meets there in another meeting of the story by the
// home-body rule (place.dateline-implied): "The panel had last met on
// January 28" after the Parliamentary Standing Committee on Defence's
// briefing in a New Delhi story. Every body among its parties must be at
// home so, or be a home institution by its name (homeInstitution: "Bank of
// Namibia" heading a Windhoek release of "Meeting 1: 10-11 February 2026"
// lines): a person carries no home (ministers travel), nor does a country
// (its delegations do), and a party from elsewhere takes the meeting there.
func (d *doc) homeAgain(out []briefs.Meeting, trs []trace) {
	home := map[string]bool{}
	for j := range out {
		if trs[j].implied {
			for _, p := range out[j].Participants {
				if !isPersonName(p) && !countryLike(p) {
					home[p] = true
				}
			}
		}
	}
	for i := range out {
		if out[i].Place != "" || heldOnline(trs[i].c) || corporate(trs[i].c) || d.awayFromHere(trs[i].c) {
			continue
		}
		bodies := slices.DeleteFunc(slices.Clone(out[i].Participants), isPersonName)
		institution := slices.ContainsFunc(bodies, d.homeInstitution)
		atHome := func(p string) bool { return home[p] || d.homeInstitution(p) || institution && isBody(p) } // its committee: "the Bank of Namibia" and its "Monetary Policy Committee"
		if len(bodies) > 0 && !slices.ContainsFunc(bodies, func(p string) bool { return !atHome(p) }) {
			out[i].Place, trs[i].implied = d.datelineCity(), true
			rekey(out, trs, i)
		}
	}
}
