package meetings

import (
	"strings"
	"unicode"
)

// Which names of a sentence are the meeting's parties, beyond the
// capitalised chunks themselves (names.go): lists of nationalities, a
// region's or an industry's side, speakers that own the meeting, and the
// names that only describe something else — a thing a name owns ("Seoul's
// trade deficit"), an event, a bidder, a unit, the place of a dispute.

// nationOf is the country a one- or two-word nationality chunk stands for:
// "Spanish" -> Spain, "South African" -> South Africa; "" when none.
func nationOf(toks []token, c chunk) string {
	switch c.end - c.start {
	case 1:
		return countries[toks[c.start].lower]
	case 2:
		return twoWordNations[toks[c.start].lower+" "+toks[c.start+1].lower]
	}
	return ""
}

// nationListCountry is the country of a nationality in a list of them
// before a word for the sides: "Spanish and Moroccan fisheries officials",
// "Angolan, Cuban and South African delegations" (each takes part); ""
// when c is in no such list.
func nationListCountry(toks []token, c chunk) string {
	country := nationOf(toks, c)
	if country != "" && lowerAt(toks, c.end) == "and" && lowerAt(toks, c.end+1) == "u" && lowerAt(toks, c.end+2) == "." &&
		lowerAt(toks, c.end+3) == "s" && delegationWords[lowerAt(toks, c.end+5)] {
		return country // "Brazilian and U.S. officials"
	}
	if country == "" || !toks[c.end-1].cap {
		return ""
	}
	k, listed := c.end, false
	for k < len(toks) && (toks[k].lower == "," || toks[k].lower == "and") {
		j := k + 1
		for j < len(toks) && j < k+3 && toks[j].cap && (countries[toks[j].lower] != "" || nationalities[toks[j].lower] ||
			twoWordNations[lowerAt(toks, j-1)+" "+toks[j].lower] != "" || twoWordNations[toks[j].lower+" "+lowerAt(toks, j+1)] != "") {
			j++
		}
		if j == k+1 || !(countries[toks[j-1].lower] != "" || twoWordNations[lowerAt(toks, j-2)+" "+toks[j-1].lower] != "") {
			break
		}
		k, listed = j, true
	}
	if !listed && (lowerAt(toks, c.start-1) == "and" || lowerAt(toks, c.start-1) == ",") {
		listed = true // the last of the list
	}
	for n := 0; n < 3 && k < len(toks) && (nameModifiers[toks[k].lower] || portfolios[toks[k].lower] || sidesModifier(toks[k])) &&
		!delegationWords[toks[k].lower] && !sideBodies[toks[k].lower]; n++ {
		k++ // "Kenyan and Tanzanian customs officials", "Philippine and Japanese coast guard officials"
	}
	if w := lowerAt(toks, k); !listed || !delegationWords[w] && !sideBodies[w] && !sideExperts[w] && !(w == "members" && lowerAt(toks, k+1) == "of") {
		return "" // "Chinese and British members of the Joint Liaison Group" take part
	}
	return country
}

// sidesModifier reports a lower-case word that can stand between a list of
// nationalities and the word for their sides, saying what kind of
// officials they are ("customs", "coast guard", "border police"): no
// function word, auxiliary, verb of meeting or of saying.
func sidesModifier(t token) bool {
	return t.word && !t.cap && !functionWords[t.lower] && !auxiliaries[t.lower] && !determiners[t.lower] && !groupNouns[t.lower] &&
		!isMeetingVerbWord(t.lower) && !reporting(t.lower)
}

// sideExperts are the specialists a list of nationalities sends to talks:
// "Syrian and Iraqi irrigation experts will hold a new round of talks".
var sideExperts = map[string]bool{"experts": true, "representatives": true, "specialists": true, "technicians": true}

// sideBodies are plural bodies a list of nationalities names one of each:
// "the Armenian and Azerbaijani border commissions".
var sideBodies = map[string]bool{
	"delegations": true, "commissions": true, "committees": true, "governments": true, "teams": true,
	"sides": true, "forces": true, "armies": true, "militaries": true, "parliaments": true,
}

// eventWords end the names of events, which take part in nothing.
var eventWords = map[string]bool{
	"olympics": true, "games": true, "cup": true, "championship": true, "championships": true,
	"tournament": true, "prix": true, "festival": true, "expo": true,
}

// thingNouns, owned by a name ("Seoul's trade deficit"), make the name the
// owner of a thing talked about, not a party.
var thingNouns = map[string]bool{
	"resolution": true, "deficit": true, "surplus": true, "offer": true, "bid": true, "shares": true,
	"stake": true, "ruling": true, "judgment": true, "policy": true, "exports": true, "imports": true,
	"units": true, "chain": true, "budget": true, "rate": true, "rates": true, "currency": true, "markets": true, "prices": true,
	"position": true, "reforms": true, "programme": true, "program": true, "decision": true,
	"demands": true, "sale": true, "merger": true, "takeover": true, "agency": true, "radio": true,
	"television": true, "newspaper": true, "daily": true, "coast": true, "fleet": true, "output": true,
	"production": true, "economy": true, "plan": true, "proposal": true, "debt": true, "accord": true,
	"exclusion": true, "membership": true, "readmission": true, "ban": true, "suspension": true,
	"quota": true, "quotas": true,
}

// possessesThing reports a name ending at token k that owns a thing rather
// than a body or a person: "'s" and, within four words, a thing noun
// ("the Security Council's ceasefire resolution", "George Shultz's Middle
// East peace plan", "Angola's official news agency").
func possessesThing(toks []token, k int) bool {
	if !isApostrophe(lowerAt(toks, k)) || lowerAt(toks, k+1) != "s" {
		return false
	}
	thing := false
	for j := k + 2; j < len(toks) && j < k+6; j++ {
		w := toks[j].lower
		if _, ok := meetingNouns[w]; ok || delegationWords[w] || groupNouns[w] || bodyNouns[w] || titleWords[w] && !toks[j].cap && !nameModifiers[w] {
			return false // "the Federal Reserve's policy-setting committee": the body
		}
		if !toks[j].word && w != "-" {
			break
		}
		thing = thing || thingNouns[w] || eventWords[w] // "the 2031 Women's World Cup"
	}
	return thing
}

// bidNouns before "by" make what follows a bidder, not a party: "bids by
// the United States, Brazil and Morocco".
var bidNouns = map[string]bool{
	"bids": true, "bid": true, "offer": true, "offers": true, "proposal": true, "proposals": true,
	"ruling": true, "request": true, "claims": true, "applications": true,
}

// speakerOwns reports a speaker who takes part in the meeting it tells of:
// "The Canadian Union of Postal Workers said its negotiators would meet",
// "committee chairman Joseph Biden said" of the committee's hearings.
func (d *doc) speakerOwns(toks []token, c chunk, m *mention) bool {
	k := c.end
	if lowerAt(toks, k) == "," {
		k++
	}
	if w := lowerAt(toks, k); (w == "told" || w == "addressed" || w == "briefed") && m.trig > k && m.trig <= k+4 && lowerWords(toks, k+1, m.trig) {
		return true // "Finance Minister Kiichi Miyazawa told a cabinet meeting on Friday": he took part
	}
	if !reporting(lowerAt(toks, k)) {
		return false
	}
	if lowerAt(toks, c.start-1) == "," && isTitleWord(lowerAt(toks, c.start-2)) && (lowerAt(toks, c.start-3) == "its" || lowerAt(toks, c.start-3) == "their" ||
		lowerAt(toks, c.start-3) == "s" && isApostrophe(lowerAt(toks, c.start-4)) && bodyWords[lowerAt(toks, c.start-5)] && lowerAt(toks, c.start-6) == "the") {
		return true // "The House subcommittee will open hearings, its chairman (the committee's chairman), Representative Sam Gibbons, said"
	}
	if t, b := lowerAt(toks, c.start-1), lowerAt(toks, c.start-2); (t == "chairman" || t == "chairwoman" || t == "chair") && bodyWords[b] {
		for j := 0; j < c.start-2 && j <= m.nameStart; j++ {
			if toks[j].lower == b {
				return true // "committee chairman Joseph Biden said" of the Senate Judiciary Committee's hearings
			}
		}
	}
	j := k + 1
	for ds := d.dates[m.sent]; inSpan(ds, j) >= 0 || sayingDayWord(lowerAt(toks, j)); {
		j++ // "Greenfield Packaging Corp said on Monday it would convene"
	}
	if w := lowerAt(toks, j); w == "that" || w == "reporters" || w == "journalists" || w == "newsmen" {
		j++
	}
	switch lowerAt(toks, j) {
	case "it", "its", "they", "their":
		return m.trig > j && m.trig <= j+9 // "it would hold a special shareholders' meeting"
	case "after", "before", "following":
		return m.trig == j+1 || m.trig > j+1 && m.trig <= j+4 && determinerPhrase(toks, j+1, m.trig)
		// "Edouard Balladur said after meeting James Baker", "Hisham Nazer told reporters after the committee session"
	}
	return false
}

// sayingDayWord reports a word of the day a speaker said something: "on
// Monday", "late on Tuesday", "today".
func sayingDayWord(w string) bool {
	_, day := weekdayNames[w]
	return day || w == "on" || w == "today" || w == "yesterday" || w == "late" || w == "earlier"
}

// determinerPhrase reports tokens [a, b) that open a noun phrase before its
// head: "the", "today's", "the committee".
func determinerPhrase(toks []token, a, b int) bool {
	if w := lowerAt(toks, a); w != "the" && w != "this" && w != "today" && w != "yesterday" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if toks[k].cap || !toks[k].word && !isApostrophe(toks[k].lower) {
			return false
		}
	}
	return true
}

// ownsBody reports a name that owns the named body after it: "India's GST
// Council".
func ownsBody(toks []token, c chunk) bool {
	if !isApostrophe(lowerAt(toks, c.end)) || lowerAt(toks, c.end+1) != "s" {
		return false
	}
	k := c.end + 2
	for k < len(toks) && toks[k].cap && toks[k].word {
		k++
	}
	if k == c.end+2 && lowerAt(toks, k+1) == "union" && toks[k].word && !toks[k].cap {
		return true // "Brazil's metalworkers union"
	}
	return k > c.end+2 && (bodyWords[toks[k-1].lower] || orgWords[toks[k-1].lower] && !isCountry(sliceTextTok(toks, c.end+2, k))) // "Japan's Finance Ministry"
}

// ownsLowerCase reports a name that owns what follows it in lower case,
// which the name's possessive makes no party of its own: "Germany's
// governing coalition", "Brazil's chief delegate Paulo Andrade", "Egypt's
// official creditors", "Brazil's 68 billion dlrs of debt"; not the name's
// own talks ("Iran's talks with the agency") nor a body it names
// ("Japan's Finance Ministry", ownsBody).
func ownsLowerCase(toks []token, c chunk) bool {
	if !isApostrophe(lowerAt(toks, c.end)) || lowerAt(toks, c.end+1) != "s" {
		return false
	}
	k := c.end + 2
	if k >= len(toks) || toks[k].cap || !toks[k].word && toks[k].lower != "-" {
		return false
	}
	for j := k; j < len(toks) && j < k+5; j++ {
		if _, ok := meetingNouns[toks[j].lower]; ok {
			return false
		}
	}
	return true
}

// possessedGroupEnd is the end of a lower-case group or body that opens at
// token k after its owner's "'s" and that no name follows: "governing
// coalition", "bank advisory committee" (of "... committee met at"),
// "central bank", "official creditors"; 0 for a thing ("trade deficit"),
// for a post whose holder follows ("chief delegate Paulo Andrade"), and
// for a post alone ("foreign minister"), which stands for its country.
func possessedGroupEnd(toks []token, k int) int {
	head := -1
	for j := k; j < len(toks) && j < k+6; j++ {
		t := toks[j]
		if !t.word || t.cap || t.num || (objectStops[t.lower] && t.lower != "and") || placePreps[t.lower] || auxiliaries[t.lower] || reporting(t.lower) || t.lower == "who" || t.lower == "that" ||
			isMeetingVerbWord(t.lower) && j > k {
			break // "Brazil's delegation met representatives of ...": the verb ends the group
		}
		if l := t.lower; partyNouns[l] || groupNouns[l] || objectHeads[l] || bodyWords[l] || lowerBodyHeads[l] || ownedBodies[l] || plural(l) && (delegationWords[l] || agentGroup(l)) {
			head = j
		}
	}
	if head >= 0 && isApostrophe(lowerAt(toks, head+1)) && lowerBodyHeads[lowerAt(toks, head+2)] {
		head += 2 // "copper workers' unions"
	}
	if head < 0 || head+1 < len(toks) && toks[head+1].cap && toks[head+1].word {
		return 0
	}
	return head + 1
}

// ownsPost reports a post alone after its country's "'s", which stands for
// the country: "Germany's foreign minister", "Japan's top negotiator".
func ownsPost(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if t := toks[j]; !t.word || t.cap {
			return false
		} else if isTitleWord(t.lower) || delegationWords[t.lower] && !plural(t.lower) || t.lower == "negotiator" || t.lower == "delegate" {
			return !(j+1 < len(toks) && toks[j+1].cap && toks[j+1].word) // not "chief delegate Paulo Andrade"
		}
	}
	return false
}

// ownedBodies end a country's bodies beside the group lexicons: "Norway's
// central bank", "Germany's governing coalition", "Poland's lower house".
var ownedBodies = map[string]bool{"bank": true, "coalition": true, "house": true, "government": true, "mediator": true, "regulator": true, "leadership": true}

// ofPluralName reports an "and" at token k inside a name begun at j with
// "X of", joining words that end in a plural: "Alliance of Motion Picture
// and Television Producers", "Union of Postal and Telecommunication Workers".
func ofPluralName(toks []token, j, k int) bool {
	of := false
	for i := j + 1; i < k; i++ {
		of = of || toks[i].lower == "of" || toks[i].lower == "on" && fieldNoun(toks[k-1].text)
	}
	if !of {
		return false
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].word {
		e++
	}
	if e == k+1 || e < len(toks) && toks[e].cap {
		return false
	}
	last := toks[e-1].lower
	if e == k+2 && fieldNoun(toks[k-1].text) && fieldNoun(toks[k+1].text) && !countryNames[last] && lowerAt(toks, e) != "'" && !gatheringOn(toks, j, k) {
		return true // "General Agreement on Tariffs and Trade", "Ministry of Foreign Affairs and Trade": two fields
	}
	return len(last) > 4 && strings.HasSuffix(last, "s") && !countryNames[last] && !strings.HasSuffix(last, "ss")
}

// gatheringOn reports a gathering's noun before "on" or "of" in tokens
// [j, k): "United Nations Conference on Trade and Development" names a
// conference, which the meeting rules read word by word.
func gatheringOn(toks []token, j, k int) bool {
	for i := j; i+1 < k; i++ {
		if w := toks[i+1].lower; (w == "on" || w == "of") && blocGatherings[toks[i].lower] {
			return true
		}
	}
	return false
}

// givenHyphen reports a hyphenated given name written "Woong-bae", "Dae-jung".
func givenHyphen(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	ra, rb := []rune(a), []rune(b)
	return ok && len(ra) >= 2 && len(rb) >= 2 && len(rb) <= 6 && unicode.IsUpper(ra[0]) && unicode.IsLower(ra[1]) && unicode.IsLower(rb[0])
}

// isTitleWord reports a job title: the titleWords, "judge", and hyphenated
// ones made of them ("Secretary-General").
func isTitleWord(w string) bool {
	if titleWords[w] || moreTitles[w] {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && titleWords[a] && titleWords[b]
}

// moreTitles are job titles titleWords lacks.
var moreTitles = map[string]bool{"exchequer": true, "judge": true, "justice": true, "commissioner": true, "mayor": true, "director-general": true, "treasurer": true,
	"investor": true, "financier": true, "h.e.": true, "hon.": true, "hon": true, "excellency": true,
	"co-chair": true, "co-chairs": true, "co-chairman": true, "co-chairmen": true, "co-chairperson": true, "co-chairpersons": true}

// reportNouns open the lines of a company report, capitalised but no party:
// "Dividend payable after general meeting on June 4".
var reportNouns = map[string]bool{
	"dividend": true, "dividends": true, "profit": true, "profits": true, "revenue": true, "revenues": true,
	"sales": true, "earnings": true, "turnover": true, "shares": true, "net": true, "loss": true,
}

// otherTalks reports a meeting noun at token k, not m's head, that the
// meeting discusses: "to discuss the free trade talks with the United States".
func otherTalks(toks []token, k int, m *mention) bool {
	if _, ok := meetingNouns[lowerAt(toks, k)]; !ok || k == m.trig || k < m.trig {
		return false
	}
	for j := k - 1; j > m.trig && j >= k-5; j-- {
		switch toks[j].lower {
		case "discuss", "review", "consider", "assess":
			return true
		}
	}
	return false
}

// placeOwners are things whose place a sentence may give beside a meeting's:
// "the dispute at Dover", "the strike in Antwerp".
var placeOwners = map[string]bool{
	"dispute": true, "strike": true, "plant": true, "factory": true, "mine": true, "mill": true,
	"fighting": true, "attack": true, "crash": true, "bombing": true, "explosion": true, "unrest": true,
	"tensions": true, "tension": true, "turmoil": true,
}

// regionalAdjectives name a region's peoples: "African ministers".
var regionalAdjectives = map[string]bool{
	"african": true, "asian": true, "arab": true, "latin": true, "nordic": true, "scandinavian": true,
	"caribbean": true, "balkan": true, "andean": true, "baltic": true, "gulf": true, "western": true, "eastern": true,
}

// regionalGroup is a region's group that meets: "African environment
// ministers", "Arab foreign ministers"; "" when c is no such adjective.
func regionalGroup(toks []token, c chunk) string {
	if c.end-c.start != 1 || !regionalAdjectives[toks[c.start].lower] || lowerAt(toks, c.start-1) == "and" {
		return ""
	}
	k := c.end
	for n := 0; n < 2 && k < len(toks) && !toks[k].cap && (nameModifiers[toks[k].lower] || portfolios[toks[k].lower] || toks[k].lower == "environment" || toks[k].lower == "prime") && !groupNouns[toks[k].lower]; n++ {
		k++
	}
	if w := lowerAt(toks, k); (groupNouns[w] || delegationWords[w]) && w != "members" {
		return sliceTextTok(toks, c.start, k+1)
	}
	return ""
}

// relationNouns before "with" make what follows the topic: "to discuss
// relations with the United States".
var relationNouns = map[string]bool{"relations": true, "ties": true, "links": true, "ceasefire": true, "truce": true, "war": true, "conflict": true}

// industryNouns after a nationality name a country's firms as one side:
// "Japanese carmakers".
var industryNouns = map[string]bool{
	"carmakers": true, "automakers": true, "exporters": true, "importers": true, "farmers": true,
	"airlines": true, "shipowners": true, "steelmakers": true, "growers": true, "firms": true, "companies": true,
	"banks": true, "insurers": true, "brokers": true, "manufacturers": true,
}

// laterMeeting reports another meeting noun in tokens [from, to) after a
// comma: the place that follows is that meeting's.
func laterMeeting(toks []token, from, to int) bool {
	comma := false
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].lower == "," || toks[k].lower == ";" {
			comma = true
		}
		if comma && toks[k].word && isMeetingNounWord(toks[k].lower) && !(toks[k].lower == "gathering" && lowerAt(toks, k-2) == "at") {
			return true // but "met Syria's new foreign minister, Asaad al-Shibani, at a gathering in Riyadh": where they met
		}
	}
	return false
}

// memberOf reports a name set after "officials of the", "members of": a
// body, even when its name ends like a gathering ("the International
// Cricket Conference").
func memberOf(toks []token, c chunk) bool {
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	return lowerAt(toks, k) == "of" && (groupNouns[lowerAt(toks, k-1)] || delegationWords[lowerAt(toks, k-1)])
}

// mediaNouns after a name and before a verb of saying make it the source:
// "the state-run Herald newspaper said".
var mediaNouns = map[string]bool{"newspaper": true, "daily": true, "weekly": true, "radio": true, "television": true, "agency": true}

// describesOther reports a name that only describes another: a region's
// adjective ("West African heads of state"), a body before its officer's
// title and name ("The Commonwealth secretary-general, Shridath Ramphal"),
// a newspaper that reports.
func describesOther(toks []token, c chunk, name string) bool {
	next := lowerAt(toks, c.end)
	if mediaNouns[next] && reporting(lowerAt(toks, c.end+1)) {
		return true
	}
	if (next == "spokesman" || next == "spokeswoman" || next == "spokesperson") && c.end+1 < len(toks) && toks[c.end+1].cap {
		return true // "Foreign Ministry spokesman Gennady Gerasimov told reporters": the spokesman's office
	}
	if isTitleWord(next) && !toks[c.end].cap {
		j := c.end + 1
		for j < len(toks) && !toks[j].cap && isTitleWord(toks[j].lower) {
			j++ // "IMF managing director Michel Camdessus"
		}
		for lowerAt(toks, j) == "-" {
			j += 2 // "secretary-general"
		}
		if lowerAt(toks, j) == "," {
			j++
		}
		if j < len(toks) && toks[j].cap && !capStop[toks[j].lower] {
			return true
		}
	}
	n := 0 // the words, counted without a slice of them
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if !nationalities[w] && !regionalAdjectives[w] && w != "african" && w != "american" && w != "asian" && w != "european" {
			return false
		}
		n++
	}
	return n >= 2
}

// subordinators open a clause of its own: its subject takes no part.
var subordinators = map[string]bool{"after": true, "because": true, "although": true, "though": true, "while": true, "whereas": true, "since": true}
