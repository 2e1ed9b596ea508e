package meetings

import "github.com/briefbot/briefbot/briefs"

// programmeVenues gives the parts of a programme the venue its heading
// names (rule place.programme-venue): the "Annual General Meeting of the
// African Water Utilities Association" at 14:00 on the second day, under
// "4th AFRICAN WATER FINANCE FORUM | Kigali Convention Centre, Kigali,
// Rwanda | 14–16 October 2025". Only a meeting dated to a day within the
// gathering's days, with no place of its own and not held online.
func (d *doc) programmeVenues(out []briefs.Meeting, trs []trace) {
	p := d.programmeHead()
	if p.word < 0 || p.place == "" {
		return
	}
	head := -1
	for i := range out {
		if out[i].Place == p.place && out[i].EndDate != "" {
			head = i
			break
		}
	}
	if head < 0 {
		return
	}
	for i := range out {
		if i == head || out[i].Place != "" || out[i].Precision != briefs.PrecisionDay || heldOnline(trs[i].c) || !withinDays(out[i], out[head], 0) {
			continue
		}
		out[i].Place, trs[i].sidelines, trs[i].borrowed = p.place, trs[head].best, RulePlaceProgramme
		rekey(out, trs, i)
	}
}
