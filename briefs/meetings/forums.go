package meetings

import "slices"

// forumEvent reports "forum" at i naming a gathering (kind meeting), not a body: a
// lower-case forum qualified by what it is for or who comes ("a
// stakeholders' forum", "The March forum", "the business forum held in Ha
// Noi"), or a capitalised Forum numbered, dated by its year or named for
// its field ("the 17th Korea-Central Asia Cooperation Forum", "Asia Energy
// Transition Forum 2026", "the Korea-Ghana Business Forum"); not a body's
// own name ("the Pacific Islands Forum secretariat", "the Gas Exporting
// Countries Forum said", "Nigeria Governors' Forum") nor "a forum for
// dialogue".
func forumEvent(toks []token, i int) bool {
	t := toks[i]
	if t.lower != "forum" && t.lower != "forums" {
		return false
	}
	next := lowerAt(toks, i+1)
	if next == "for" || next == "to" || isApostrophe(next) || forumBodyAfter[next] || forumParts[next] || reporting(next) {
		return false // "a forum for dialogue", "the Forum's secretariat", "the Forum said", "Forum dinner"
	}
	if lowerAt(toks, i-1) == "-" {
		return false // "Pre-forum event"
	}
	if t.cap && slices.ContainsFunc(toks[i+1:], func(t token) bool { return meetingVerbs[t.lower] || t.lower == "held" }) {
		return false // "The ASEAN Regional Forum, which brings together 27 countries, meets on Saturday", "The Andean Water Forum will be held in Cusco": the verb tells it, with the forum as its party
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if toks[k].lower == "of" && (officeHeads[lowerAt(toks, k-1)] || forumBodyAfter[lowerAt(toks, k-1)] || lowerAt(toks, k-1) == "member" || lowerAt(toks, k-1) == "head") {
			return false // "chair of the Local Government Finance Forum": a body with officers
		}
		if !toks[k].word || !toks[k].cap && toks[k].lower != "the" {
			break
		}
	}
	if t.text == "FORUM" || t.text == "FORUMS" {
		return false // a programme's shouted heading ("ANDEAN MINING FORUM 2025"): programmeWord reads it
	}
	if !t.cap {
		prev := lowerAt(toks, i-1)
		return i > 0 && prev != "a" && prev != "an" && prev != "the" && prev != "this" && prev != "that" && !toks[i-1].num
	}
	if i+1 < len(toks) && toks[i+1].cap && toks[i+1].word {
		return false // "Pacific Islands Forum Fisheries Agency": a longer name
	}
	if yearAt(toks, i+1) > 0 {
		return true // "Asia Energy Transition Forum 2026"
	}
	k := i - 1
	for k >= 0 && (toks[k].cap || toks[k].lower == "-" || toks[k].lower == "&" || toks[k].lower == "'") {
		k--
	}
	if k >= 0 && roundWord(toks[k].text) && k < i-1 {
		return true // "the 14th Atlantic Coastal Water Forum", "the second Indonesia-Pacific Development Forum"
	}
	return i > 0 && forumFields[lowerAt(toks, i-1)]
}

// forumFields name what a forum that meets is about: "Business Forum",
// "Regional Forum", "Ministerial Forum".
var forumFields = map[string]bool{
	"business": true, "economic": true, "investment": true, "energy": true, "development": true, "cooperation": true,
	"ministerial": true, "regional": true, "finance": true, "water": true, "shipping": true, "trade": true,
	"transition": true, "housing": true, "youth": true, "policy": true, "exporters": true, "mayors": true, "area": true,
	"partners": true, "stakeholders": true, "investors": true, "innovation": true, "climate": true,
}

// forumBodyAfter follow a forum that is a body: "the Forum secretariat",
// "Forum members".
var forumBodyAfter = map[string]bool{"secretariat": true, "members": true, "chair": true, "chairman": true, "chairperson": true, "leaders": true, "countries": true}

// forumParts are the parts of a forum's programme named after it: "Forum
// dinner", "Youth Forum closing ceremony".
var forumParts = map[string]bool{
	"dinner": true, "lunch": true, "reception": true, "ceremony": true, "closing": true, "opening": true, "session": true,
	"sessions": true, "event": true, "events": true, "programme": true, "program": true, "website": true, "registration": true,
	"participants": true, "organisers": true, "organizers": true, "plenary": true, "conclusions": true,
}
