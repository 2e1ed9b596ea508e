package meetings

import "strings"

// RulePartyBilateral names the rule of bilateralSides.
const RulePartyBilateral Rule = "parties.bilateral-body"

// bilateralSides puts the two countries of a bilateral body in its place
// among a meeting's parties: "the India-Nepal Joint Commission", "the 2nd
// Session of the PJCC" after "the Ghana-Kenya Permanent Joint Commission
// for Cooperation (PJCC)" are India and Nepal, Ghana and Kenya meeting
// (rule parties.bilateral-body). Annotators list the two sides, not the
// commission both send members to.
func (d *doc) bilateralSides(c *cluster, names []string) []string {
	var out []string
	changed := false
	for _, n := range names {
		if sides := bilateralCountries(d.longName(n)); sides != nil {
			for _, s := range sides {
				c.mentions[0].byName(s, RulePartyBilateral, -1, -1)
			}
			out = append(out, sides...)
			changed = true
			continue
		}
		out = append(out, n)
	}
	if !changed {
		return names
	}
	seen := map[string]bool{}
	kept := out[:0]
	for _, n := range out {
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			kept = append(kept, n)
		}
	}
	return kept
}

// longName is the long name the story gives initialism n in brackets, or n.
func (d *doc) longName(n string) string {
	if !isAcronym(n) {
		return n
	}
	for long, a := range d.ents().alias {
		if a == n {
			return long
		}
	}
	return n
}

// bilateralCountries are the two countries of a joint body's name,
// "India-Nepal Joint Commission", "Ghana-Kenya Permanent Joint Commission
// for Cooperation", "Japan-Kenya Joint Committee"; nil for any other name.
func bilateralCountries(n string) []string {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return nil
	}
	a, b, ok := strings.Cut(ws[0], "-")
	if !ok || !isCountry(a) || !isCountry(b) {
		return nil
	}
	for _, w := range ws[1:] {
		if jointBodyWords[strings.ToLower(w)] {
			return []string{titleCase(a), titleCase(b)} // the alias table keeps long names in lower case
		}
	}
	return nil
}

// jointBodyWords name the body two countries keep together.
var jointBodyWords = map[string]bool{"joint": true, "commission": true, "committee": true, "group": true, "dialogue": true, "council": true}
