package meetings

import (
	"slices"

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
// producers' talks.
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
		for j := range out {
			if j == i || !named[j] || trs[j].best.kind != trs[i].best.kind || d.ownSeries(trs[i], trs[j]) {
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
