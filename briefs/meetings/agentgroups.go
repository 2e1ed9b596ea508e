package meetings

import "strings"

// A group met that is named in lower case by what its people do or hold:
// "sugar planters", "millers", "bondholders", "groundwater pumpers",
// "irrigation districts", "fishing cooperatives". Its head is a plural agent
// noun by its ending (groupHead's -ers and -ors, and the endings below) or a
// plural body's noun, so a trade the lexicons never listed is read like
// the ones they hold ("met rice importers and traders").

// moreAgentEndings end plural nouns for people beside groupHead's -ers and
// -ors: "activists", "technicians", "tenants", "residents", "retirees",
// "entrepreneurs", "fishermen".
var moreAgentEndings = []string{"ists", "ians", "ants", "ents", "ees", "eurs", "men"}

// bodyPlurals are plural nouns of bodies or people a minister or a mayor
// meets that no ending tells.
var bodyPlurals = map[string]bool{
	"cooperatives": true, "co-operatives": true, "districts": true, "councils": true, "groups": true,
	"organisations": true, "organizations": true, "societies": true, "guilds": true, "municipalities": true,
	"advocates": true, "associates": true, "affiliates": true,
}

// notAgentsToo end like agent nouns but name things.
var notAgentsToo = map[string]bool{
	"events": true, "grants": true, "plants": true, "wants": true, "restaurants": true, "variants": true,
	"pollutants": true, "fees": true, "trees": true, "degrees": true, "decrees": true, "guarantees": true,
}

// pressAndCrowds are people a minister meets who are no meeting's party:
// "met reporters after the talks", "met supporters".
var pressAndCrowds = map[string]bool{
	"reporters": true, "journalists": true, "correspondents": true, "photographers": true, "viewers": true,
	"readers": true, "listeners": true, "voters": true, "supporters": true, "followers": true, "fans": true,
	"counterparts": true,
}

// agentGroup reports a lower-case plural head of a group of people named
// by what they do or hold ("planters", "bondholders", "tenants",
// "fishermen") or of a kind of body ("irrigation districts", "fishing
// cooperatives"); not a thing ("payments", "borders") nor the press.
func agentGroup(w string) bool {
	if pressAndCrowds[w] {
		return false
	}
	if groupHead(w) || bodyPlurals[w] {
		return true
	}
	if len(w) < 6 || notAgents[w] || notAgentsToo[w] || strings.HasSuffix(w, "ments") {
		return false
	}
	for _, e := range moreAgentEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// newAgent reports a one-word group that agentGroup reads and the older
// lexicons do not: "bondholders", "millers", "vendors"; not "employers",
// "ministers" or "importers", whose bare kind those lexicons' rules judge.
func newAgent(w string) bool {
	return agentGroup(w) && !groupHeads[w] && !objectHeads[w] && !partyNouns[w] && !groupNouns[w] && !delegationWords[w]
}
