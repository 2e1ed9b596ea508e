package meetings

import "strings"

// RulePartyHeadNoun names the body a meeting's sentence calls only by its
// capitalised head noun, after the document named it in full.
const RulePartyHeadNoun Rule = "parties.head-noun"

// bareHeadNouns are the head nouns a body is called by once its full name
// has been given: "the Committee", "the Board", "Council".
var bareHeadNouns = map[string]bool{
	"committee": true, "board": true, "council": true, "commission": true, "forum": true,
	"assembly": true, "authority": true, "cabinet": true, "tribunal": true, "panel": true,
}

// headNounBody is the body m's sentence calls by its bare head noun, named
// in full by the notice's heading or an earlier sentence (rule
// parties.head-noun): "The Committee's next meeting is scheduled for ..."
// under "Standing Committee on Public Accounts"; "Council considered the
// plan at its Committee of the Whole meeting" after "The Town of Halloran
// Council will hold". "" when the sentence has no bare head noun or the
// document no full name for it.
func (d *doc) headNounBody(m *mention) string {
	toks := d.toks[m.sent]
	start := d.sentenceStart(m.sent)
	for k := start; k < len(toks); k++ {
		t := toks[k]
		if !t.word || !t.cap || !bareHeadNouns[t.lower] {
			continue
		}
		if k > start && lowerAt(toks, k-1) != "the" || k+1 < len(toks) && (toks[k+1].cap && toks[k+1].word || nameJoiners[lowerAt(toks, k+1)]) {
			continue // "Budget Committee", "the Board of Trustees": a name of its own
		}
		if k > start && k-2 >= 0 && toks[k-2].cap && toks[k-2].word && k-2 >= start {
			continue // "Zambia the Committee": not a bare reference
		}
		if full := d.fullBodyOf(t.lower, m.sent); full != "" {
			return full
		}
	}
	return ""
}

// nameJoiners continue a body's name past its head noun: "Committee on
// Finance", "Board of Trustees", "Council for Trade".
var nameJoiners = map[string]bool{"on": true, "of": true, "for": true}

// fullBodyOf is the full name whose head is noun: the notice's heading
// body, else the nearest organisation named so far (bodyOfKind):
// "Standing Committee on Public Accounts" for "committee", "Town of
// Halloran Council" for "council".
func (d *doc) fullBodyOf(noun string, si int) string {
	if h := d.headingBody(); strings.Contains(h, " ") && kindOf(h) == noun {
		return h
	}
	return d.bodyOfKind(si, noun)
}
