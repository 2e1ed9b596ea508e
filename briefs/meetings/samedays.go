package meetings

import (
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// sameDaysWindow is how far, in days, a meeting may be from a gathering in
// the dateline's city to be held there too.
const sameDaysWindow = 2

// sameDaysHere gives a meeting with no place the dateline's city when the
// story places another gathering there within two days of it (rule
// place.same-days): the delegations that came for the gathering meet on
// its margins ("Foreign ministers of ASEAN opened their annual meeting in
// the Malaysian capital on Tuesday ... Japan will attend the ASEAN Plus
// Three foreign ministers' meeting on Thursday", from KUALA LUMPUR). Only
// meetings dated to the day on both sides count. A company's or a union's
// meeting (the guideline implies no place for it), one held online, one the
// story puts away from here, one of a body seated elsewhere or one of a
// central bank seated elsewhere (the Bundesbank's council in a London story;
// blocs such as ASEAN, whose meetings move, still count) keeps no place, nor
// does a listing's line.
func (d *doc) sameDaysHere(out []briefs.Meeting, trs []trace) {
	city := d.datelineCity()
	if city == "" || len(d.entries) > 0 {
		return
	}
	for i := range out {
		if out[i].Place != "" || out[i].Precision != "day" || heldOnline(trs[i].c) || corporate(trs[i].c) || d.awayFromHere(trs[i].c) ||
			d.seatedElsewhere(trs[i].c) || slices.ContainsFunc(out[i].Participants, businessParty) || slices.ContainsFunc(out[i].Participants, d.bankSeatedAway) {
			continue
		}
		for j := range out {
			if j != i && out[j].Precision == "day" && placeAgrees(out[j].Place, city) && !corporate(trs[j].c) && !slices.ContainsFunc(out[j].Participants, businessParty) && withinDays(out[i], out[j], sameDaysWindow) {
				out[i].Place, trs[i].sidelines, trs[i].borrowed = city, trs[j].best, RulePlaceSameDays // explain shows the gathering's words
				rekey(out, trs, i)
				break
			}
		}
	}
}

// bankSeatedAway reports a central bank or a ministry, which meet at home,
// that the data seats away from the dateline (data/seats.tsv).
func (d *doc) bankSeatedAway(n string) bool { return bankOrMinistry(n) && d.seatedAway(n) }

// businessParty reports a company or a trade union: their talks in the
// dateline's city are no delegations' ("Ford Motor Co", "Transport and
// General Workers Union", "Unite"), and the guideline implies no place for
// them.
func businessParty(n string) bool {
	l := strings.ToLower(n)
	if corporateName(n) || l == "unite" || strings.Contains(l, "workers") {
		return true
	}
	return strings.HasSuffix(l, " union") && !isCountry(n) && seatOf(n) == "" && !strings.Contains(l, "european") && !strings.Contains(l, "african") && !strings.Contains(l, "soviet")
}

// withinDays reports meetings a and b no more than n days apart, from the
// span of one to the span of the other.
func withinDays(a, b briefs.Meeting, n int) bool {
	as, ok1 := a.Start(time.UTC)
	ae, ok2 := a.End(time.UTC)
	bs, ok3 := b.Start(time.UTC)
	be, ok4 := b.End(time.UTC)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return false
	}
	gap := time.Duration(n) * 24 * time.Hour
	return !as.After(be.Add(gap)) && !bs.After(ae.Add(gap))
}
