package meetings

import "strings"

// A body named in full and then only by its head noun takes part under its
// first name (rule parties.body-noun): "The African Union's Peace and
// Security Council called for a ceasefire ... The council will meet on Dec.
// 4", "The union and the airline will resume negotiations", "Talks between
// the federation and Unionen", "officials of the bank", "The bank's policy
// board will next meet". The noun stands for the nearest body named before
// it in the story whose kind it is (the story's entity table, storyents.go):
// its head noun ("Czech National Bank" for "the bank"), its kind from the
// words beside it ("the airline" for "KLM" in "at KLM after the airline"),
// or the kinds a noun may stand for ("the cartel" for an organisation). A
// person's title is no body noun ("the bank's governor" names the bank, not
// the governor), nor is a noun that qualifies another ("the union leader"),
// the topic of the talks ("talks on the bank's rules") or the source after
// the meeting ("..., the union said").

// RulePartyBodyNoun names the rule.
const RulePartyBodyNoun Rule = "parties.body-noun"

// bodyNounKinds are the head nouns that name a body met before, each with
// the kinds of name it may stand for.
var bodyNounKinds = map[string][]string{
	"council": {"council"}, "committee": {"committee"}, "commission": {"commission"},
	"assembly": {"assembly"}, "bank": {"bank"}, "union": {"union"}, "federation": {"union", "federation", "confederation"},
	"confederation": {"union", "federation", "confederation"}, "association": {"union", "association"},
	"group": {"group", "company"}, "cartel": {"organisation", "cartel"}, "bloc": {"organisation", "bloc", "community", "union"},
	"alliance": {"alliance", "organisation"}, "agency": {"agency", "administration", "authority"},
	"airline": {"company", "airline", "airlines"}, "company": {"company"}, "fund": {"fund"},
	"organisation": {"organisation"}, "organization": {"organisation"}, "forum": {"forum"},
	"panel": {"committee", "panel"}, // "The panel will question the company's chief executive": the committee named before
}

// nounKinds are the kinds of body a body noun may stand for: its own
// (bodyNounKinds), else the kind the story's table gives the noun
// (storyents.go bodyKinds: "the lender" a bank, "the carmaker" a company),
// and "unknown" for a body of no known kind where the noun says company
// or bloc ("the carmaker" for "Volkswagen", "the cartel" for "OPEC").
func nounKinds(noun string) []string {
	kinds := bodyNounKinds[noun]
	if k := bodyKinds[noun]; k != "" && !strings.HasSuffix(noun, "s") {
		if kinds == nil {
			kinds = []string{noun, k}
		}
		if k == "company" {
			kinds = append(kinds[:len(kinds):len(kinds)], kindUnknownCompany)
		}
	}
	if blocWords[noun] {
		kinds = append(kinds[:len(kinds):len(kinds)], kindUnknownAcronym)
	}
	return kinds
}

// The kinds a body of no known kind may have for a noun.
const (
	kindUnknownCompany = "?company" // a body named like a company ("Volkswagen")
	kindUnknownAcronym = "?acronym" // an acronym ("OPEC")
)

// bodyNounNext are the words that may follow a body noun standing alone:
// a verb, an auxiliary or a preposition, not a noun it qualifies.
var bodyNounNext = map[string]bool{
	"will": true, "would": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "and": true, "met": true, "meets": true, "meet": true, "next": true, "last": true, "again": true,
	"also": true, "on": true, "in": true, "at": true, "to": true, "for": true, "with": true, "plans": true,
	"said": true, "says": true, "holds": true, "held": true, "hold": true, "resumes": true, "resumed": true,
	"could": true, "may": true, "must": true, "should": true, "can": true, "opens": true, "opened": true,
	"convenes": true, "convened": true, "reconvenes": true, "gathers": true, "agreed": true, "decided": true,
	"due": true, "expects": true, "voted": true, "votes": true, "began": true, "begins": true,
}

// bodyNounParties are the bodies the bare body nouns of m's sentence stand
// for, each with the token of its noun.
func (d *doc) bodyNounParties(m *mention) []namedAt {
	toks := d.toks[m.sent]
	var out []namedAt
	for k := 1; k < len(toks); k++ {
		if toks[k].cap || toks[k-1].lower != "the" || toks[k].end <= d.dlEnd || k >= m.nameStart && k < m.nameEnd {
			continue // the word tests first: nounKinds looks the word up in three lexicons
		}
		kinds := nounKinds(toks[k].lower)
		if kinds == nil {
			continue
		}
		if !d.bodyNounAlone(toks, k) || !d.partyPlace(m, k) {
			continue
		}
		if b := d.bodyNamedBefore(m.sent, kinds); b != "" {
			out = append(out, namedAt{at: k, name: b})
		}
	}
	return out
}

// namedAt is a name a sentence gives at token at.
type namedAt struct {
	at   int
	name string
}

// bodyNounAlone reports the body noun at token k standing for a body of
// its own: a possessive ("the bank's policy board"), or a verb, an
// auxiliary, a preposition or punctuation after it; not a noun it
// qualifies ("the union leader"), nor a name after it ("the union Unite").
func (d *doc) bodyNounAlone(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	switch {
	case isApostrophe(next.lower):
		return true
	case !next.word:
		return next.lower != "-"
	case next.cap:
		return false
	}
	return bodyNounNext[next.lower]
}

// partyPlace reports the body noun at token k where a party stands in m's
// sentence: opening it as the subject before the meeting (or joined to
// the subject by "and" or "of"), or after "with", "between", "and" or "of"
// after the meeting ("officials of the bank"); not the topic ("talks on the
// bank's rules") nor a source after the meeting ("..., the union said").
func (d *doc) partyPlace(m *mention, k int) bool {
	toks := d.toks[m.sent]
	prev := lowerAt(toks, k-2)
	if topicPreps[prev] {
		return false
	}
	if k > m.trig && reporting(lowerAt(toks, k+1)) {
		return false // "..., the union said"
	}
	start := d.sentenceStart(m.sent)
	if k < m.trig && (k-1 == start || k-2 <= start+6 && (prev == "and" || prev == "of")) {
		return true // "The council will meet", "The union and the airline will resume", "Officials of the bank will meet"
	}
	if k < m.trig {
		return false // "who holds the bloc's rotating presidency": another clause's
	}
	switch prev {
	case "with", "between", "and", "of", "meet", "meets", "met", "meeting", "see", "sees":
		return true
	}
	return false
}

// topicPreps open the topic of talks, not a party.
var topicPreps = map[string]bool{"on": true, "about": true, "over": true, "into": true, "against": true, "by": true, "from": true, "concerning": true, "regarding": true}

// bodyNamedBefore is the nearest body named in the six sentences before
// sentence si whose kind is one of kinds, else the nearest of no known kind
// that the noun may stand for; "" when none is.
func (d *doc) bodyNamedBefore(si int, kinds []string) string {
	e := d.bodies()
	guess := ""
	for s := si - 1; s >= 0 && s >= si-6; s-- {
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			n := d.stripped(cs[i].text)
			x, ok := e.index[n]
			if !ok || isCountry(n) || capitalOf[strings.ToLower(n)] != nil || d.isDatelinePlace(n) || e.all[x].class != entBody && (e.all[x].class != entPerson || e.all[x].kind == "") {
				continue // a person's name, unless the words beside it give a body's kind: "The United Auto Workers union"
			}
			ok, guessed := bodyOfKinds(e.all[x], kinds)
			switch {
			case ok && !guessed:
				return n
			case ok && guess == "" && !modifierChunk(d.toks[s], cs[i]):
				guess = n // a body of no known kind, unless one of the kind comes before it
			}
		}
	}
	return guess
}

// bodyOfKinds reports body b of one of kinds, and whether its kind is only
// guessed (a body of no known kind): by its head noun ("Czech
// National Bank"), the noun before its "of" ("Confederation of Swedish
// Enterprise"), or the kind the words beside it give ("the airline").
func bodyOfKinds(b entity, kinds []string) (ok, guessed bool) {
	head := kindOf(b.name)
	last := strings.ToLower(lastWord(b.name))
	for _, k := range kinds {
		if head == k || last == k || b.kind == k || b.told == k {
			return true, false
		}
	}
	for _, k := range kinds {
		switch {
		case k == kindUnknownCompany && b.kind == "" && b.told == "" && !orgWords[head] && !bodyWords[head]:
			return true, true // "the carmaker" for "Volkswagen"
		case k == kindUnknownAcronym && b.kind == "" && isAcronym(b.name):
			return true, true // "the cartel" for "OPEC"
		}
	}
	return false, false
}

// modifierChunk reports chunk c used as a modifier between a determiner
// and a lower-case noun: "a Baltic rival".
func modifierChunk(toks []token, c chunk) bool {
	return determiners[lowerAt(toks, c.start-1)] && c.end < len(toks) && toks[c.end].word && !toks[c.end].cap
}
