package meetings

import "strings"

// Names that are parts of something else, not parties of their own: a share
// symbol, a law's or a body's name split by brackets or commas, a title's
// fields, a venue's city, a quoted theme (notParty and names call these; rule
// parties.sentence); and the order of Chinese and Korean names.

// namesThing reports a name that qualifies a thing two words on: "the
// Shoreham nuclear plant", "the Closer Economic Relations trade pact", "its
// benchmark Selic interest rate".
func namesThing(toks []token, c chunk) bool {
	j := c.end
	if j >= len(toks) || !toks[j].word || toks[j].cap || auxiliaries[toks[j].lower] {
		return false
	}
	w := lowerAt(toks, j+1)
	return placeOwners[w] || topicNouns[w] || thingNouns[w] && w != "agency"
}

// exchangeTicker reports a share symbol or its exchange in brackets:
// "(OSE: NWE)", "(NYSE: IBM)", "(AIM: HWM)".
func exchangeTicker(toks []token, c chunk) bool {
	k, e := c.start, c.end
	symbol := lowerAt(toks, k-1) == ":" && k >= 2 && isAcronym(toks[k-2].text) && lowerAt(toks, k-3) == "(" && lowerAt(toks, e) == ")"
	exchange := lowerAt(toks, k-1) == "(" && lowerAt(toks, e) == ":" && lowerAt(toks, e+2) == ")"
	return symbol || exchange
}

// bracketedLaw reports a piece of a law's name that brackets split: "Waqf",
// "Amendment" and "Bill" of "the Waqf (Amendment) Bill".
func bracketedLaw(toks []token, c chunk) bool {
	if c.end-c.start == 1 && lawWords[toks[c.start].lower] && lowerAt(toks, c.start-1) == ")" {
		return true
	}
	j := c.end
	if lowerAt(toks, j) == "(" {
		for j < len(toks) && j <= c.end+5 && toks[j].lower != ")" {
			j++
		}
	}
	if lowerAt(toks, j) != ")" || j == c.end && lowerAt(toks, c.start-1) != "(" {
		return false
	}
	return j+1 < len(toks) && toks[j+1].cap && lawWords[toks[j+1].lower]
}

// remitListItem reports a name in the list of fields that ends a body's
// remit: "Economic", "Scientific" and "Technical Cooperation" of "the
// Inter-Governmental Commission on Trade, Economic, Scientific and Technical
// Cooperation" (not "talks with Japan, China and Korea").
func remitListItem(toks []token, c chunk) bool {
	if w := lowerAt(toks, c.start-1); w != "," && w != "and" {
		return false
	}
	for k := c.start - 1; k > 0; k-- {
		w := toks[k].lower
		switch {
		case w == "," || w == "and" || toks[k].cap && toks[k].word:
			continue
		case (w == "on" || w == "for") && toks[k-1].cap && orgWords[toks[k-1].lower]:
			return true
		}
		return false
	}
	return false
}

// titleFieldItem reports a name in the list of fields of a title: "Forestry"
// and "Fisheries Hiroshi Tanaka" of "Minister of Agriculture, Forestry and
// Fisheries Hiroshi Tanaka", "Health" of "Minister for Health Bernard
// Okoe-Boye" when the title splits from its holder.
func titleFieldItem(toks []token, c chunk) bool {
	return titleField(toks[c.start].lower) && titleOfBefore(toks, c.start)
}

// untitledFieldItem reports a field the lexicon lacks inside a title's
// list of fields, no party and no holder: "Land" of "Minister of Land,
// Infrastructure, Transport and Tourism Hiroshi Kanemoto", "Workforce
// Development" of "Minister of Employment, Workforce Development and
// Labour, Patty Hajdu" (the holder is read from the list's last chunk).
func untitledFieldItem(toks []token, c chunk) bool {
	next := fieldListGoesOn(toks, c.end) || lowerAt(toks, c.end) == "and" && c.end+1 < len(toks) && toks[c.end+1].cap && toks[c.end+1].word
	if titleField(toks[c.start].lower) || !next || !titleOfBefore(toks, c.start) {
		return false
	}
	for k := c.start - 1; k > 0 && toks[k].lower != "of" && toks[k].lower != "for"; k-- {
		if isTitleWord(toks[k].lower) && !titleField(toks[k].lower) {
			return false // "Chinese Foreign Minister Wang Yi and Russian ..." after "Secretary of State Marco Rubio,": a person of a list of holders
		}
	}
	return true
}

// titleOfBefore reports a title and its "of" or "for" before start, past
// the fields listed between: "Minister of" before "Forestry" in "Minister
// of Agriculture, Forestry and Fisheries".
func titleOfBefore(toks []token, start int) bool {
	for k := start - 1; k > 0; k-- {
		w := toks[k].lower
		switch {
		case w == "," || w == "and" || toks[k].cap && toks[k].word && k < start-1:
			continue
		case w == "of" || w == "for":
			return isTitleWord(toks[k-1].lower) && toks[k-1].cap && !orgWords[toks[k-1].lower]
		}
		return false
	}
	return false
}

// fieldListGoesOn reports a list of capitalised fields from the comma at
// k on, closed by "and" and a capitalised word: ", Infrastructure,
// Transport and Tourism", ", Workforce Development and Labour"; not ",
// Greg Abbott, said".
func fieldListGoesOn(toks []token, k int) bool {
	if lowerAt(toks, k) != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		switch {
		case toks[j].lower == "and":
			return j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && lowerAt(toks, j-1) != ","
		case toks[j].lower == "," || toks[j].cap && toks[j].word:
		default:
			return false
		}
	}
	return false
}

// titleField reports a word of a minister's field: "Forestry", "Health".
func titleField(w string) bool { return ministryFields[w] || fieldWords[w] || portfolios[w] }

// fieldsPerson is the person named after the field words that open chunk
// c: "Hiroshi Tanaka" of "Fisheries Hiroshi Tanaka"; "" when none.
func (d *doc) fieldsPerson(toks []token, c chunk) string {
	k := c.start
	for k < c.end && titleField(toks[k].lower) {
		k++
	}
	if k == c.end || !toks[k].cap {
		return "" // "Trade of South Africa": no holder
	}
	if n := sliceText(d.runes, toks[k].start, toks[c.end-1].end); isPersonName(n) || c.end-k >= 2 && toks[c.end-1].cap {
		return n // "Hiroshi Tanaka", "Bernard Okoe-Boye"
	}
	return ""
}

// titleListHead reports a title whose list of fields runs past the chunk's
// comma to the holder's name: "Zambian Minister of Commerce" of "Zambian
// Minister of Commerce, Trade and Industry Chanda Mwansa" (the person is
// the party, read by fieldsPerson).
func titleListHead(toks []token, c chunk) bool {
	if lowerAt(toks, c.end) != "," || !titleField(lowerAt(toks, c.end-1)) {
		return false
	}
	titled := false
	for k := c.start; k+1 < c.end; k++ {
		titled = titled || isTitleWord(toks[k].lower) && (toks[k+1].lower == "of" || toks[k+1].lower == "for")
	}
	if !titled {
		return false
	}
	fields := 0
	for k := c.end + 1; k < len(toks) && k <= c.end+8; k++ {
		switch w := toks[k].lower; {
		case w == "," || w == "and":
		case titleField(w) && toks[k].cap:
			fields++
		default:
			return fields > 0 && toks[k].cap && toks[k].word && lowerAt(toks, k-1) != "," && lowerAt(toks, k-1) != "and"
		}
	}
	return false
}

// titleBeforeHolder reports a title, or a title's remit, that a comma
// puts before its holder's name: "Primary Industries Minister" of
// "Malaysia's Primary Industries Minister, Lim Keng Seng", "Primary
// Industry" of "the Minister for Primary Industry, Mr Douglas Harcourt"
// (the person is the party). A remit that names a body or a country stays:
// "the President of the European Commission, Ursula von der Leyen".
func titleBeforeHolder(toks []token, c chunk) bool {
	if lowerAt(toks, c.end) != "," || c.end+1 >= len(toks) || !toks[c.end+1].cap || !toks[c.end+1].word {
		return false
	}
	if holderTitles[toks[c.end-1].lower] {
		return true
	}
	if w := lowerAt(toks, c.start-1); (w != "for" && w != "of") || !fieldTitles[lowerAt(toks, c.start-2)] {
		return false
	}
	for k := c.start; k < c.end; k++ {
		w := toks[k].lower
		if orgWords[w] || bodyWords[w] || countries[w] != "" || nationalities[w] || isAcronym(toks[k].text) {
			return false
		}
	}
	return true
}

// holderTitles are the titles a holder's name follows after a comma.
var holderTitles = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "ambassador": true,
	"governor": true, "premier": true, "chancellor": true, "envoy": true, "spokesman": true, "spokeswoman": true}

// nameListHead reports a lone word that opens a body's name written as a
// list: "Rail" of "the Rail, Tram and Bus Union", whose last item ends in
// the body's word (the rest of the name stays a party).
func nameListHead(toks []token, c chunk) bool {
	if c.end-c.start != 1 || lowerAt(toks, c.end) != "," {
		return false
	}
	for k := c.end + 1; k < len(toks) && k <= c.end+8; k++ {
		switch w := toks[k].lower; {
		case w == "," || toks[k].cap && toks[k].word && !orgWords[w] && !bodyWords[w]:
			continue
		case w == "and":
			j := k + 1
			for j < len(toks) && j <= k+4 && toks[j].cap && toks[j].word {
				if orgWords[toks[j].lower] || bodyWords[toks[j].lower] {
					return true
				}
				j++
			}
			return false
		}
		return false
	}
	return false
}

// addressCity reports the city that closes a venue's address: "Canberra"
// after "Parliament House,", "Accra" after "Kempinski Hotel Gold Coast City,".
func addressCity(toks []token, c chunk) bool {
	if lowerAt(toks, c.start-1) != "," || c.start < 2 {
		return false
	}
	before := toks[c.start-2]
	return before.cap && (venueWords[before.lower] || streetWords[before.lower]) && (c.end == len(toks) || !toks[c.end].word || !toks[c.end].cap)
}

// inThemeQuote reports a name inside the quoted theme or title of a
// gathering: "held under the theme \"Justice for Africans and People of
// African Descent Through Reparations\"".
func inThemeQuote(toks []token, c chunk) bool {
	for k := c.start - 1; k >= 0 && k >= c.start-16; k-- {
		if w := toks[k].lower; quoteMarks[w] {
			return themeWords[lowerAt(toks, k-1)] || lowerAt(toks, k-1) == "," && themeWords[lowerAt(toks, k-2)]
		}
	}
	return false
}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "‘": true}

// themeWords name what a quotation after them is: a gathering's theme.
var themeWords = map[string]bool{"theme": true, "slogan": true, "motto": true, "titled": true, "entitled": true}

// surnameFirst reports a Korean or Chinese name written family name
// first: "Park Jin-woo" (a hyphenated given name), "Xi Jinping", "Li
// Qiang" (one of the common family names before one or two given names).
func surnameFirst(ws []string) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	if len(ws) == 2 && givenHyphen(ws[1]) {
		return true
	}
	return eastAsianSurnames[strings.ToLower(ws[0])]
}

// eastAsianSurnames are common Chinese and Korean family names, written
// first.
var eastAsianSurnames = map[string]bool{
	"xi": true, "li": true, "wang": true, "zhang": true, "liu": true, "chen": true, "yang": true, "zhao": true, "huang": true,
	"zhou": true, "wu": true, "hu": true, "wen": true, "han": true, "kim": true, "park": true, "lee": true, "choi": true,
	"yoon": true, "moon": true, "jung": true, "kang": true, "cho": true, "yoo": true, "shin": true, "ahn": true,
}

// thingNames notes in e the one-word names sentence si gives a thing, so
// that a later bare mention ("the committee raised the Selic by 50 basis
// points") is no party either (rule things.story):
//   - a name qualifying a thing two words on: "its benchmark Selic interest rate";
//   - a name listed with a lower-case qualifier of a thing: "its discount and Lombard rates";
//   - a name a thing is "known as": "the financial transactions tax, known as IOF".
//
// Only names that are no body, country or person elsewhere count, so "the
// Security Council ceasefire resolution" keeps the Council a party.
func (d *doc) thingNames(e *entities, si int) {
	toks := d.toks[si]
	for _, c := range d.chunks(si) {
		if c.end-c.start > 1 && namedThingEnds[toks[c.end-1].lower] && toks[c.end-1].cap && !isOrg(c.text) {
			e.things[strings.ToLower(c.text)] = true // "the Overnight Policy Rate (OPR)", "Bank Rate": a rate, not a party
			if acro := lowerAt(toks, c.end+1); lowerAt(toks, c.end) == "(" && lowerAt(toks, c.end+2) == ")" && isAcronym(toks[c.end+1].text) {
				e.things[acro] = true // and its initialism
			}
			continue
		}
		if c.end-c.start != 1 {
			continue
		}
		n := toks[c.start].text
		if isCountry(n) || isPersonName(n) || countries[strings.ToLower(n)] != "" || nationalities[strings.ToLower(n)] {
			continue
		}
		listed := (lowerAt(toks, c.start-1) == "and" || lowerAt(toks, c.start-1) == "or") && c.start >= 2 && toks[c.start-2].word && !toks[c.start-2].cap &&
			thingNouns[lowerAt(toks, c.end)]
		knownAs := lowerAt(toks, c.start-1) == "as" && lowerAt(toks, c.start-2) == "known" && lowerAt(toks, c.start-3) == "," && thingWord(lowerAt(toks, c.start-4))
		if listed || knownAs || namesThing(toks, c) && !isOrg(n) && !isBody(n) || meetingAcronym(toks, c) {
			e.things[strings.ToLower(n)] = true
		}
	}
}

// namedThingEnds end the names of things, never of a body: "the Overnight
// Policy Rate", "the Common Agricultural Policy", "the Consumer Price Index".
// ("Programme" is left out: "the UN Environment Programme" is a body.)
var namedThingEnds = map[string]bool{"rate": true, "rates": true, "policy": true, "index": true, "tax": true}

// meetingAcronym reports an initialism the story gives a meeting's name:
// "the ASEAN Defense Ministers' Meeting (ADMM)", "the 14th Ministerial
// Conference (MC14)". It names the meeting, not a party. A body whose
// name ends so and that acts ("The International Cricket Conference (ICC)
// will hold a special meeting") stays a party.
func meetingAcronym(toks []token, c chunk) bool {
	if c.start < 2 || lowerAt(toks, c.start-1) != "(" || lowerAt(toks, c.end) != ")" || !isAcronym(toks[c.start].text) {
		return false
	}
	if _, ok := meetingNouns[lowerAt(toks, c.start-2)]; !ok && !assemblySitting(toks, c.start-2) || !toks[c.start-2].cap {
		return false // "the 77th World Health Assembly (WHA77)" too
	}
	k := c.end + 1
	for auxiliaries[lowerAt(toks, k)] {
		k++
	}
	w := lowerAt(toks, k)
	return !holdVerbs[w] && !meetingVerbs[w] && !reporting(w) && w != "has" && w != "have"
}

// thingWord: w names a thing, not a party: a rate, a tax, a pact, a law.
func thingWord(w string) bool {
	return thingNouns[w] || topicNouns[w] || lawWords[w] || w == "tax"
}

// firmDescriptors describe the company named after them: "Electronics
// group Haverkamp NV", "Steel maker Ruhrstahl AG".
var firmDescriptors = map[string]bool{"group": true, "company": true, "firm": true, "maker": true, "giant": true,
	"conglomerate": true, "concern": true, "manufacturer": true, "producer": true, "retailer": true, "developer": true, "operator": true}

// sectorOfFirm reports a one-word sector that opens a sentence before a
// descriptor and the company's name: "Electronics" of "Electronics group
// Haverkamp NV said its supervisory board will meet" (the company is the
// party).
func sectorOfFirm(toks []token, c chunk) bool {
	k := c.start
	return c.end == k+1 && opensStory(toks, k) && firmDescriptors[lowerAt(toks, k+1)] && k+2 < len(toks) && toks[k+2].cap && toks[k+2].word
}

// opensStory reports a token that opens its sentence, or the story after
// the dateline's dash: "AMSTERDAM, Sept 16 (Reuters) - Electronics ...".
func opensStory(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	return isDash(toks[k-1].lower)
}

// isDash reports a dash of any length: "-", "–", "—".
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// shoutedLead reports a chunk inside a shouted label that opens the
// sentence before its colon: "MAYOR" of "MAYOR'S REPORT: Mayor Castellano
// reported that she met ...".
func shoutedLead(toks []token, c chunk) bool {
	first := c.start
	for first > 0 && !opensStory(toks, first) {
		first--
	}
	if c.start > first+3 {
		return false
	}
	words := 0
	for k := first; k < len(toks) && k <= first+6; k++ {
		switch t := toks[k]; {
		case t.lower == ":":
			return k >= c.end && words >= 2 // not "OPEC: ministers will meet ..."
		case t.word && t.lower != "s":
			words++
			if t.text != strings.ToUpper(t.text) || strings.ToUpper(t.text) == strings.ToLower(t.text) {
				return false
			}
		case isApostrophe(t.lower), t.lower == "s" && k > 0 && isApostrophe(toks[k-1].lower):
		default:
			return false
		}
	}
	return false
}
