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
// A joint body named short ("the Joint Commission", "the PJCC") takes the
// two countries the story names it with elsewhere ("the India-Oman Joint
// Commission", "the Permanent Joint Commission for Cooperation (PJCC)
// between Nigeria and Ghana").
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
		long := d.longName(n)
		sides := bilateralCountries(long)
		if sides == nil && jointBody(long) {
			sides = d.jointBodySides(long)
		}
		if sides != nil {
			for _, s := range sides {
				if !slices.ContainsFunc(names, func(p string) bool { return namesCountry(p, s) }) {
					c.mentions[0].byName(s, RulePartyBilateral, -1, -1)
					out = append(out, s)
				}
			}
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
	if long, ok := d.ents().long[n]; ok {
		return strings.ToLower(long) // as the alias table keeps it; the last one the story defines, where the table's order was random
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

// jointBody reports the name of a body two states keep together: "Joint
// Commission", "Joint Working Group on the Blue Economy", "Permanent Joint
// Commission for Cooperation"; not a body of one side's ("Joint Negotiating
// Committee" has no two states to give).
func jointBody(n string) bool {
	joint, body := false, false
	for _, w := range strings.Fields(strings.ToLower(n)) {
		joint = joint || w == "joint"
		body = body || w != "joint" && jointBodyWords[w]
	}
	return joint && body
}

// namesCountry reports party p naming country c by the state's title:
// "the Republic of Indonesia" (the same name twice is dropped later).
func namesCountry(p, c string) bool {
	return strings.HasSuffix(strings.ToLower(p), " "+strings.ToLower(c))
}

// jointBodySides are the two countries the story names joint body n with,
// at any of its mentions: a pair before it ("the India-Oman Joint
// Commission") or "between A and B" after it and its initialism; nil when
// it names none.
func (d *doc) jointBodySides(n string) []string {
	for i := 0; ; {
		k := indexFold(d.text[i:], n) // the alias table keeps long names in lower case
		if k < 0 {
			return nil
		}
		at := i + k
		i = at + len(n)
		if at > 0 && d.text[at-1] == ' ' { // a pair just before the name: "the India-Oman Joint Commission"
			before := strings.Fields(d.text[max(0, at-60):at])
			for w := 1; w <= 4 && w <= len(before); w++ {
				if a, b, rest := countryPair(before[len(before)-w:]); a != "" && len(rest) == 0 {
					return []string{a, b}
				}
			}
		}
		if a, b := betweenCountries(d.text[i:]); a != "" {
			return []string{a, b}
		}
	}
}

// betweenCountries reads "between A and B" opening s, after an initialism
// in brackets: " (PJCC) between Nigeria and Ghana", " between the Republic
// of Kenya and the Kingdom of Norway".
func betweenCountries(s string) (a, b string) {
	s = strings.TrimLeft(s, " ")
	if strings.HasPrefix(s, "(") {
		if _, after, ok := strings.Cut(s, ")"); ok {
			s = strings.TrimLeft(after, " ")
		}
	}
	s, ok := strings.CutPrefix(s, "between ")
	if !ok {
		return "", ""
	}
	if end := strings.IndexAny(s, ",.;:()\n"); end >= 0 {
		s = s[:end]
	}
	left, right, ok := strings.Cut(s, " and ")
	if !ok {
		return "", ""
	}
	a, b = countryIn(strings.Fields(left), false), countryIn(strings.Fields(right), true)
	if a == "" || b == "" {
		return "", ""
	}
	return a, b
}

// countryIn is the country words ws name: all of them after a determiner
// and a state's title ("the Republic of Kenya"), or, when first, their
// opening words ("Ghana will ...").
func countryIn(ws []string, first bool) string {
	for i := 0; i < len(ws) && i < 5; i++ {
		for n := min(4, len(ws)-i); n >= 1; n-- {
			if !first && i+n != len(ws) {
				continue
			}
			if c := strings.Join(ws[i:i+n], " "); isCountry(c) {
				return c
			}
		}
		if first && !stateTitleWord(ws[i]) {
			return ""
		}
	}
	return ""
}

// stateTitleWord is a word of a state's title before its name: "the
// Republic of", "the Kingdom of", "the Federal Republic of".
func stateTitleWord(w string) bool {
	l := strings.ToLower(w)
	return l == "the" || l == "of" || stateWords[l] || l == "federal" || l == "democratic" || l == "people's" || l == "islamic" || l == "united"
}

// indexFold is strings.Index under Unicode case folding.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
