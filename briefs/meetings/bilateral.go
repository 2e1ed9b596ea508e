package meetings

import (
	"slices"
	"strings"
)

// RulePartyBilateral names the rule of bilateralSides.
const RulePartyBilateral Rule = "parties.bilateral-body"

// bilateralSides puts the two countries of a bilateral body in its place
// among a meeting's parties: "the India-Nepal Joint Commission", "the 2nd
// Session of the PJCC" after "the Ghana-Kenya Permanent Joint Commission
// for Cooperation (PJCC)" are India and Nepal, Ghana and Kenya meeting
// (rule parties.bilateral-body). Annotators list the two sides, not the
// commission both send members to.
//
// A body named in lower case ("the China-Zambia joint commission") adds its
// two countries though persons who represent them take part: the two sides
// meet as such.
func (d *doc) bilateralSides(c *cluster, names []string) []string {
	var out []string
	changed := false
	for _, m := range c.mentions {
		for _, s := range m.jointSides {
			if !slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, s) }) {
				m.byName(s, RulePartyBilateral, -1, -1)
				names = append(names, s)
			}
		}
	}
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
// for Cooperation", "Japan-Kenya Joint Committee", "India-Sri Lanka Joint
// Working Group"; nil for any other name.
func bilateralCountries(n string) []string {
	a, b, rest := countryPair(strings.Fields(n))
	if a == "" {
		return nil
	}
	for _, w := range rest {
		if jointBodyWords[strings.ToLower(w)] {
			return []string{titleCase(a), titleCase(b)} // the alias table keeps long names in lower case
		}
	}
	return nil
}

// countryPair reads two countries joined by a hyphen (or an en dash) at the start of ws,
// either of them one to three words ("Sri Lanka-India", "India-Sri Lanka"),
// and returns them with the words after; "" when ws opens with no pair.
func countryPair(ws []string) (a, b string, rest []string) {
	for i := 0; i < len(ws) && i < 3; i++ {
		left, right, ok := strings.Cut(strings.Replace(ws[i], "–", "-", 1), "-") // "Cabo Verde–Portugal"
		if !ok {
			continue
		}
		left = strings.Join(append(slices.Clone(ws[:i]), left), " ")
		if !isCountry(left) {
			return "", "", nil
		}
		for j := i; j < len(ws) && j < i+3; j++ {
			if j > i {
				right += " " + ws[j]
			}
			if isCountry(right) {
				return left, right, ws[j+1:]
			}
		}
		return "", "", nil
	}
	return "", "", nil
}

// jointBodyWords name the body two countries keep together.
var jointBodyWords = map[string]bool{"joint": true, "commission": true, "committee": true, "group": true, "dialogue": true, "council": true}
