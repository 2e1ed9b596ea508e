package meetings

import "strings"

// Press releases, official notices, readouts and minutes write in a
// register the wire does not: honorifics ("H.E.", "Hon."), formal openers
// ("Pursuant to", "NOTICE IS HEREBY GIVEN that"), laws ("the Local
// Government Act 2020") and the labels of minutes ("Present:",
// "Location:"). None of them is a party.

// honorific skips an honorific at token j ("H.E.", "Hon.", "His
// Excellency", "Rt Hon") and reports whether there was one.
func honorific(toks []token, j int) (int, bool) {
	k := j
	for {
		switch {
		case lowerAt(toks, k) == "h" && lowerAt(toks, k+1) == "." && lowerAt(toks, k+2) == "e":
			k += 3 // "H.E."
			if lowerAt(toks, k) == "." {
				k++
			}
		case honorificWords[lowerAt(toks, k)] && k < len(toks) && toks[k].cap:
			k++
			if lowerAt(toks, k) == "." {
				k++
			}
		case (lowerAt(toks, k) == "his" || lowerAt(toks, k) == "her") && lowerAt(toks, k+1) == "excellency":
			k += 2
		default:
			return k, k > j
		}
	}
}

// honorificWords are the honorifics of official text, lower case.
var honorificWords = map[string]bool{"hon": true, "honourable": true, "honorable": true, "rt": true, "excellency": true}

// formalNotParty reports a name of the formal register that is no party:
// an honorific alone ("Hon"), a label or opener ("Pursuant", "Minutes",
// "Location"), a law ("Local Government Act"), a shouted formula ("NOTICE
// IS HEREBY GIVEN").
func formalNotParty(name string) bool {
	lower := strings.ToLower(strings.Trim(name, ".,:; "))
	if honorificWords[lower] || lower == "h.e" || formalWords[lower] {
		return true
	}
	ws := strings.Fields(lower)
	if len(ws) > 1 && lawWords[ws[len(ws)-1]] || len(ws) > 2 && lawWords[ws[len(ws)-2]] && yearWord(ws[len(ws)-1]) {
		return true // "the Local Government Act", "the Companies Act 2006"
	}
	if len(ws) > 1 && strings.ToUpper(name) == name {
		for _, w := range ws {
			if shoutedVerbs[w] {
				return true // "NOTICE IS HEREBY GIVEN"
			}
		}
	}
	return false
}

// formalWords open or label the parts of notices and minutes.
var formalWords = map[string]bool{
	"pursuant": true, "notice": true, "notwithstanding": true, "whereas": true, "hereby": true,
	"minutes": true, "location": true, "venue": true, "agenda": true, "present": true, "apologies": true,
	"attendees": true, "attendance": true, "item": true, "items": true, "proxy": true, "proxies": true,
	"resolution": true, "resolutions": true, "quorum": true, "chair": true, "in attendance": true,
}

// lawWords end the name of a law or rule.
var lawWords = map[string]bool{"act": true, "acts": true, "bill": true, "ordinance": true, "regulation": true,
	"regulations": true, "code": true, "directive": true, "statute": true, "decree": true}

// shoutedVerbs mark an upper-case formula, not a name.
var shoutedVerbs = map[string]bool{"is": true, "are": true, "hereby": true, "given": true, "will": true, "shall": true, "be": true, "held": true}
