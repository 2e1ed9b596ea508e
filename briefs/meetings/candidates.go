package meetings

import (
	"regexp"
	"strings"
)

// A candidate filter with named reasons: a name the meeting's sentence says
// that is no party, and why (notPartyReason); roles.go nonParties applies
// it. The reasons:
//   - "address": a part of an address: "at 100 Bishopsgate", "London EC2P 2SR";
//   - "facility": a country qualifying another's facility: "the carmaker's U.S. headquarters";
//   - "source": the owner of a source that speaks: "the Holy See press office said";
//   - "affiliation": a country's possessive before its titled person, who is
//     the party: "Bangladesh's interim leader Muhammad Yunus";
//   - "home": a country's possessive before its named body, which is the
//     party: "Sweden's Riksbank", "Japan's Nippon Steel";
//   - "market": a country qualifying a market or goods: "U.S. stocks fell";
//   - "nominator": who chose the person named: "President Donald Trump's nominee";
//   - "sidelines": the host of the gathering on whose sidelines the meeting
//     is held: "on the sidelines of a Mercosur gathering";
//   - "title-field": a field of a minister's title, split off at "and":
//     "Investment" of "Minister for Trade and Investment";
//   - "other-clause": a name in a subordinate or relative clause opened after
//     the meeting: "whom President Donald Trump picked", "weeks after
//     former premier K.P. Sharma Oli criticised India's new border map".

// RulePartyNotReason names the filter (it removes parties, so explain
// shows it only in the rule list).
const RulePartyNotReason Rule = "parties.not-reason"

// facilityNouns are places or units a name can qualify: "U.S. headquarters".
var facilityNouns = map[string]bool{
	"headquarters": true, "plant": true, "factory": true, "offices": true, "office": true, "subsidiary": true,
	"unit": true, "arm": true, "branch": true, "operations": true, "base": true, "facility": true, "mill": true,
}

// postcodeTail is the second half of a British postcode: "2SR" of "EC2P 2SR".
var postcodeTail = regexp.MustCompile(`^[0-9][A-Z]{2}$`)

// notPartyReason is why the name n at token at of m's sentence is no
// party, "" when it may be one.
func (d *doc) notPartyReason(m *mention, at int, n string) string {
	toks := d.toks[m.sent]
	end := at + 1
	for _, c := range d.chunks(m.sent) {
		if c.start == at {
			end = c.end
		}
	}
	switch {
	case isStreetNumber(toks, at) || postcodeTail.MatchString(textAt(toks, end)):
		return "address"
	case ownedBefore(toks, at) && facilityNouns[lowerAt(toks, end)]:
		return "facility"
	case speaksAfter(toks, end):
		return "source"
	case countryLike(n) && isApostrophe(lowerAt(toks, end)) && d.titledPersonAfter(m.sent, end):
		return "affiliation"
	case isCountry(n) && ownsNamedBody(toks, end):
		return "home" // "Sweden's Riksbank", "Japan's Nippon Steel", "Britain's RMT and Aslef rail unions"
	case isCountry(n) && end < len(toks) && toks[end].word && !toks[end].cap && marketNouns[toks[end].lower]:
		return "market" // "U.S. stocks fell ... ahead of the Federal Reserve's policy meeting"
	case isApostrophe(lowerAt(toks, end)) && lowerAt(toks, end+1) == "s" && choiceNouns[lowerAt(toks, end+2)]:
		return "nominator" // "Lisa Moreno, President Donald Trump's nominee for ambassador"
	case onSidelines(toks, at, m.trig):
		return "sidelines" // "Lula held talks with Milei on the sidelines of a Mercosur gathering"
	case inTitlePhrase(toks, at):
		return "title-field" // "New Zealand's Minister for Trade and Investment, Mr Todd McClay"
	case d.inOtherClause(m, at):
		return "other-clause" // "..., weeks after former premier K.P. Sharma Oli criticised India's new border map"
	}
	return ""
}

// marketNouns after a country make it a market's or goods' qualifier.
var marketNouns = map[string]bool{
	"stocks": true, "shares": true, "bonds": true, "markets": true, "prices": true, "futures": true, "yields": true,
	"exports": true, "imports": true, "goods": true, "equities": true, "treasuries": true, "dollar": true, "economy": true,
}

// choiceNouns name the person someone chose: the chooser is no party.
var choiceNouns = map[string]bool{"nominee": true, "pick": true, "choice": true, "appointee": true, "candidate": true}

// ownsNamedBody reports a possessive at token end before a capitalised
// name that is no title or place: the country's body or company ("Sweden's
// Riksbank", "Japan's Nippon Steel"), which is the party.
func ownsNamedBody(toks []token, end int) bool {
	if !isApostrophe(lowerAt(toks, end)) || lowerAt(toks, end+1) != "s" || end+2 >= len(toks) {
		return false
	}
	t := toks[end+2]
	if !t.cap || !t.word || isTitleWord(t.lower) || capStop[t.lower] || countries[t.lower] != "" || capitalOf[t.lower] != nil {
		return false
	}
	k := end + 2
	for k < len(toks) && toks[k].cap && toks[k].word {
		k++
	}
	return k < len(toks) && !toks[k].cap // "Japan's Nippon Steel will meet", not a name running on
}

// personEndsAt reports a person's name ending at token k of sentence si.
func (d *doc) personEndsAt(si, k int) bool {
	for _, c := range d.chunks(si) {
		if c.end == k {
			return isPersonName(d.expand(d.stripped(c.text)))
		}
	}
	return false
}

// otherClauseOpeners open a clause of its own after the meeting: its names
// take no part in it.
var otherClauseOpeners = map[string]bool{
	"after": true, "because": true, "although": true, "though": true, "whereas": true, "whom": true, "whose": true, "which": true,
}

// inOtherClause reports a name at token at inside a subordinate or relative
// clause that opens after the meeting's head and its parties: "... on
// Thursday on the nomination of Michelle Bowman, whom President Donald
// Trump picked", "weeks after former premier K.P. Sharma Oli criticised
// India's new border map". A clause that says who attends, chairs or
// leads is not another clause.
func (d *doc) inOtherClause(m *mention, at int) bool {
	toks := d.toks[m.sent]
	if at <= m.trig {
		return false
	}
	for k := at - 1; k > m.trig; k-- {
		w := toks[k].lower
		if w == "," && at > k+1 && (lowerAt(toks, k+1) == "the" || lowerAt(toks, k+1) == "a") && d.personEndsAt(m.sent, k) {
			return true // "Frank Bisignano, the former Fiserv chief executive nominated to run the Social Security Administration": who he is
		}
		switch {
		case w == "with" || w == "between" || w == ";" || w == "and" && lowerAt(toks, k-1) == ",":
			return false
		case otherClauseOpeners[w] && (w == "which" || w == "whom") && (placePreps[lowerAt(toks, k-1)] || timePreps[lowerAt(toks, k-1)]):
			return false // "a state visit, during which he will meet Prime Minister Prem Tinsulanonda": the meeting's own clause
		case otherClauseOpeners[w] && (w != "after" || lowerAt(toks, k-1) != "shortly" && inSpan(d.dates[m.sent], k+1) < 0):
			for j := k + 1; j < len(toks) && toks[j].lower != "," && toks[j].lower != "."; j++ {
				if attendWords[toks[j].lower] && !determiners[lowerAt(toks, j-1)] && lowerAt(toks, j-1) != "vice" && lowerAt(toks, j-1) != "s" {
					return false // "..., which X will chair"
				}
			}
			return true
		}
	}
	return false
}

// attendWords say a clause's subject takes part.
var attendWords = map[string]bool{
	"attend": true, "attends": true, "attended": true, "attending": true, "chair": true, "chairs": true, "chaired": true,
	"lead": true, "leads": true, "led": true, "host": true, "hosts": true, "hosted": true, "join": true, "joins": true, "joined": true,
}

// textAt is the text of token k, "" past the end.
func textAt(toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].text
}

// isStreetNumber reports a house number before token at, after "at" or a
// comma: "at 100 Bishopsgate".
func isStreetNumber(toks []token, at int) bool {
	if at < 2 || !toks[at-1].num || strings.ContainsAny(toks[at-1].text, ".,") {
		return false
	}
	for _, r := range toks[at-1].text {
		if r < '0' || r > '9' {
			return false
		}
	}
	w := toks[at-2].lower
	return w == "at" || w == ","
}

// ownedBefore reports a possessive just before token at: "the carmaker's
// U.S. headquarters", "its U.S. unit".
func ownedBefore(toks []token, at int) bool {
	w := lowerAt(toks, at-1)
	return w == "its" || w == "their" || w == "s" && isApostrophe(lowerAt(toks, at-2))
}

// speaksAfter reports a source noun and a verb of saying after token end,
// past at most two lower-case words: "press office said".
func speaksAfter(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+3; k++ {
		if t := toks[k]; !t.word || t.cap {
			return false
		}
		if sourceNouns[toks[k].lower] {
			return reporting(lowerAt(toks, k+1))
		}
	}
	return false
}

// titledPersonAfter reports a person named with a title within five tokens
// after token end of sentence si: "Bangladesh's interim leader Muhammad
// Yunus", "India's Prime Minister Narendra Modi".
func (d *doc) titledPersonAfter(si, end int) bool {
	toks := d.toks[si]
	for _, c := range d.chunks(si) {
		if c.start <= end || c.start > end+5 {
			continue
		}
		n := d.stripped(c.text)
		titled := n != c.text || isTitleWord(lowerAt(toks, c.start-1))
		return titled && isPersonName(d.expand(n))
	}
	return false
}

// inTitlePhrase reports the name at token at as the last field of a
// title, after "and" within "<Title> for|of <Field> and": "Minister for
// Trade and Investment", "Minister of Commerce and Industry".
func inTitlePhrase(toks []token, at int) bool {
	if lowerAt(toks, at-1) != "and" && lowerAt(toks, at-1) != "&" {
		return false
	}
	for k := at - 2; k >= 1 && k >= at-6; k-- {
		t := toks[k]
		if !t.word || !t.cap && !titlePhraseGlue[t.lower] {
			return false
		}
		if (t.lower == "for" || t.lower == "of") && toks[k-1].cap && fieldTitles[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// fieldTitles are the titles a field of government follows: "Minister for
// Trade and Investment".
var fieldTitles = map[string]bool{"minister": true, "secretary": true, "ministry": true, "department": true, "commissioner": true}

// onSidelines reports the name at token at inside "the sidelines of
// [a|the] ..." after the meeting's head at trig: the gathering's host, not
// a party of the meeting held beside it.
func onSidelines(toks []token, at, trig int) bool {
	for k := at - 1; k > trig && k >= at-4; k-- {
		if toks[k].lower == "of" && lowerAt(toks, k-1) == "sidelines" {
			for j := k + 1; j < at; j++ {
				if !toks[j].word {
					return false
				}
			}
			return true
		}
	}
	return false
}
