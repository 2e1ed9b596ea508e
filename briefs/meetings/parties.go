package meetings

import (
	"strings"
	"unicode"
)

// The scorer's comparison of places and parties, by the README rules: a
// party matches in any of its written forms — the same words, an initialism
// ("EC" for "European Community", "G-7" for "Group of Seven"), a
// nationality for its country ("French ministers" for "France"), or a
// shared distinctive word.

// placeAgrees: both absent, or both present and one contains the other or
// they share a word. A place where the gold has none is wrong.
func placeAgrees(p, g string) bool {
	p, g = strings.ToLower(strings.TrimSpace(p)), strings.ToLower(strings.TrimSpace(g))
	if p == "" || g == "" {
		return p == g
	}
	if strings.Contains(p, g) || strings.Contains(g, p) {
		return true
	}
	gw := scoreWords(g, functionWords)
	for w := range scoreWords(p, functionWords) {
		if gw[w] {
			return true
		}
	}
	return false
}

// partiesMatched pairs predicted with gold parties one to one (a maximum
// matching) and returns the number of pairs: the right predictions and the
// found gold parties at once.
func partiesMatched(pred, gold []string) int {
	n := 0
	for _, j := range partyPairs(pred, gold) {
		if j >= 0 {
			n++
		}
	}
	return n
}

// partyPairs is that matching: for each predicted party, the index of its
// gold party, or -1 when it matches none.
func partyPairs(pred, gold []string) []int {
	pairs := make([]int, len(pred))
	for i := range pairs {
		pairs[i] = -1
	}
	if len(pred) == 0 || len(gold) == 0 {
		return pairs
	}
	w := make([][]float64, len(pred))
	for i, p := range pred {
		w[i] = make([]float64, len(gold))
		for j, g := range gold {
			if partyMatches(p, g) {
				w[i][j] = 1
			}
		}
	}
	copy(pairs, maxWeightAssignment(w))
	return pairs
}

// partyMatches tells whether two written parties name the same one.
func partyMatches(a, b string) bool {
	la, lb := strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if la == "" || lb == "" {
		return false
	}
	if la == lb || containsWords(la, lb) || containsWords(lb, la) {
		return true
	}
	wa, wb := scoreWords(la, genericPartyWords), scoreWords(lb, genericPartyWords)
	for w := range wa {
		if wb[w] || wb[nationCountry(w)] {
			return true
		}
	}
	for w := range wb {
		if wa[nationCountry(w)] {
			return true
		}
	}
	return initialismOf(a, b) || initialismOf(b, a)
}

// containsWords: the words of short occur, in order, among those of long.
func containsWords(long, short string) bool {
	return strings.Contains(" "+strings.Join(splitWords(long), " ")+" ", " "+strings.Join(splitWords(short), " ")+" ")
}

// nationCountry maps a nationality word to its country's distinctive word
// ("french" -> "france", "soviet" -> "soviet"); "" when it is none.
func nationCountry(w string) string {
	c, ok := countries[w]
	if !ok {
		return ""
	}
	ws := splitWords(strings.ToLower(c))
	for _, x := range ws {
		if !genericPartyWords[x] {
			return x
		}
	}
	return ""
}

// initialismOf: one word of short is the initialism of long ("EC",
// "E.C.", "G-7", "OECD", "U.S.").
func initialismOf(short, long string) bool {
	ini := initials(long)
	if len(ini) < 2 {
		return false
	}
	for _, f := range strings.Fields(short) {
		var b strings.Builder
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		if s := b.String(); len(s) >= 2 && (s == ini[0] || s == ini[1]) {
			return true
		}
	}
	return false
}

// initials are the initialism of a name, without and with its function
// words ("Organisation for Economic Cooperation and Development" -> OECD,
// OFECAD); a number word becomes its digits ("Group of Seven" -> G7).
func initials(name string) [2]string {
	var content, all strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		part := strings.ToUpper(string([]rune(w)[0]))
		if d, ok := numberWords[lw]; ok {
			part = d
		} else if unicode.IsDigit([]rune(w)[0]) {
			part = w
		}
		all.WriteString(part)
		if !functionWords[lw] {
			content.WriteString(part)
		}
	}
	return [2]string{content.String(), all.String()}
}

var numberWords = map[string]string{
	"two": "2", "three": "3", "five": "5", "seven": "7", "eight": "8", "ten": "10", "twenty": "20",
	"four": "4", "six": "6", "nine": "9", "eleven": "11", "twelve": "12", "fifteen": "15",
}

// scoreWords are the lowercase words of s less those in skip.
func scoreWords(s string, skip map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, w := range splitWords(s) {
		if !skip[w] {
			out[w] = true
		}
	}
	return out
}

func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
}

var functionWords = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "in": true, "at": true, "on": true, "a": true,
	"an": true, "to": true, "de": true, "&": true,
}

// genericPartyWords do not by themselves name a party: roles, kinds of
// body and corporate suffixes.
var genericPartyWords = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "in": true, "at": true, "on": true, "a": true,
	"an": true, "to": true, "de": true, "its": true, "their": true,
	"minister": true, "ministers": true, "official": true, "officials": true, "delegation": true,
	"delegations": true, "delegates": true, "representatives": true, "representative": true,
	"leader": true, "leaders": true, "negotiators": true, "government": true, "governments": true,
	"member": true, "members": true, "group": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"co": true, "co.": true, "ltd": true, "ltd.": true, "plc": true, "company": true, "companies": true,
	"national": true, "international": true, "state": true, "states": true, "united": true,
	"nations": true, "union": true, "finance": true, "foreign": true, "trade": true, "economic": true,
	"economy": true, "agriculture": true, "farm": true, "energy": true, "oil": true, "defence": true,
	"defense": true, "prime": true, "president": true, "secretary": true, "chairman": true,
	"deputy": true, "vice": true, "chief": true, "executive": true, "director": true, "directors": true,
	"board": true, "shareholders": true, "stockholders": true, "holders": true, "senior": true,
	"top": true, "central": true, "federal": true, "bank": true, "banks": true, "bankers": true,
	"creditor": true, "creditors": true, "experts": true, "counterpart": true, "counterparts": true,
	"envoy": true, "envoys": true, "diplomats": true, "authorities": true, "side": true, "team": true,
	"committee": true, "council": true, "commission": true, "association": true, "general": true,
	"mr": true, "mr.": true, "new": true, "west": true, "east": true, "north": true, "south": true,
}
