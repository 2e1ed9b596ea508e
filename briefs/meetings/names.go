package meetings

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/listing"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
	"github.com/briefbot/briefbot/briefs/tokens"
)

// staffWords are the sides of a company named by its staff: "management
// and unions at British Airways".
var staffWords = map[string]bool{"management": true, "unions": true, "workers": true, "staff": true, "employees": true}

// hyphenParticles join a surname with a hyphen: "Zia ul-Haq".
var hyphenParticles = map[string]bool{"ul": true, "al": true, "el": true, "bin": true, "abu": true}

// nameParticles join the parts of a personal name ("Zaid bin Sultan").
var nameParticles = map[string]bool{"es": true, "arap": true, "bin": true, "ibn": true, "al": true, "el": true, "de": true, "van": true, "von": true, "der": true, "da": true, "di": true, "du": true, "la": true, "le": true, "del": true, "dos": true, "das": true, "do": true, "y": true}

// chunk is a capitalised name in a sentence.
type chunk struct {
	start, end int // token range
	text       string
}

// chunks returns the capitalised names of sentence si.
func (d *doc) chunks(si int) []chunk { return d.chunkCache[si] }

// orgWordFirst reports a name opened by an organisation's word at token s
// of a name ending before e: "Bank Negara Malaysia (BNM) is expected to
// keep", "Bank Indonesia said", which a sentence's first word would
// otherwise leave out as a common word.
func orgWordFirst(toks []token, s, e int) bool {
	return s+1 < e && toks[s+1].cap && bodyWordFirst(toks[s].lower, toks[s+1].lower)
}

// bodyWordFirst reports an organisation's word w opening a body's name,
// the word after it next: "Bank" of "Bank Negara", not of "Bank Governor
// Lesetja Kganyago" nor "Bank Rate" (both lower case).
func bodyWordFirst(w, next string) bool {
	return (orgWords[w] || nameOpeners[w]) && !isTitleWord(next) && !nationalities[next] && !thingWord(next)
}

// nameOpeners are common words that open many a body's name: "World
// Aquatics' ruling Bureau" in a story about "the 2029 world championships".
var nameOpeners = map[string]bool{"world": true, "international": true, "national": true, "global": true, "united": true, "federal": true}

// findChunks finds the capitalised names of sentence si.
func (d *doc) findChunks(si int) []chunk {
	toks, ds := d.toks[si], d.dates[si]
	var out []chunk
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if !t.word || !t.cap || t.end <= d.dlEnd || inSpan(ds, k) >= 0 || isMonthOrDay(t.lower) || len(t.lower) > 2 && isMonthName(t.lower) {
			continue
		}
		e := nameEnd(toks, k)
		for j := k + 1; j < e; j++ {
			if lineBreak(d.runes, toks[j-1].end, toks[j].start) {
				e = j // a name does not run over a line: "Little Haddon Parish Council\nMinutes of the meeting"
				break
			}
		}
		if e-k > 1 && headingLabels[toks[e-1].lower] && (bodyWords[toks[e-2].lower] || orgWords[toks[e-2].lower]) {
			e-- // "Little Haddon Parish Council Minutes of the meeting", a heading joined to its first line
		}
		if e < len(toks) && toks[e-1].lower == "local" && toks[e].num && inSpan(ds, e) < 0 {
			e++ // "Transit Workers Union Local 400": a union's local by its number
		}
		for e > k && (inSpan(ds, e-1) >= 0 || !toks[e-1].word && !(toks[e-1].lower == "." && e-2 >= k && len(toks[e-2].text) == 1) ||
			toks[e-1].word && !toks[e-1].cap && !toks[e-1].num && !(lowerAt(toks, e-2) == "-" && toks[e-2].start == toks[e-1].start-1) && !gluedApostrophe(toks, e-1)) {
			e-- // trailing dates and connectors: "Paris on [May 11]"
		}
		s := k
		for s < e && (capStop[toks[s].lower] && !d.allName(toks, s, e) && !stopAcronyms[toks[s].text] || (s == 0 || clockPrefix(toks, s)) && diaryVerbs[toks[s].lower] ||
			(s == 0 || toks[s-1].end <= d.dlEnd || clockPrefix(toks, s) || itemLabelBefore(toks, s)) && !orgWordFirst(toks, s, e) && (d.lowerWord(toks[s].lower) || commonStart(toks, s) ||
				e == s+1 && (nameModifiers[toks[s].lower] && groupNouns[lowerAt(toks, s+1)] || commonWord(toks[s].lower)))) {
			s++ // sentence-initial common word, "Finance ministers" (the sentence may start after a dateline)
		}
		for s < e && !toks[s].word {
			s++
		}
		if itemLabelBefore(toks, s) && s < e && (d.lowerWord(toks[s].lower) || commonStart(toks, s)) && !orgWordFirst(toks, s, e) {
			s++ // "A. The Board will hold": the label's "The" opens the sentence ("A." was read as an initial)
		}
		if s == k && s >= 2 && toks[s-1].num && placePreps[toks[s-2].lower] && e-s >= 2 && toks[e-1].lower == "building" {
			s-- // "in 2123 Rayburn House Office Building": a room's number opens the building's name (not a street's: a site's address is often a topic)
		}
		if dayRange(toks, s, e) {
			s = e // "Tue-Wed" in a table's day column
		}
		if e == s+1 && wordPrefix(toks, s) {
			s = e // "Pre-conference event"
		}
		if s < e {
			out = append(out, chunk{start: s, end: e, text: sliceText(d.runes, toks[s].start, toks[e-1].end)})
		}
		k = e - 1
	}
	return d.joinListedName(toks, out)
}

// diaryVerbs open a diary's line with what its owner does, no name's
// word: "Attends City Council regular meeting", "Meets with ...".
var diaryVerbs = map[string]bool{"meets": true, "attends": true, "hosts": true, "chairs": true, "visits": true, "joins": true,
	"delivers": true, "addresses": true, "tours": true, "opens": true, "leads": true, "receives": true, "welcomes": true}

// clockPrefix reports tokens before s that are only a diary line's clock
// time and its dash: "9:00 a.m. –" before "Meets with ...", "14.00 -".
func clockPrefix(toks []token, s int) bool {
	if s == 0 || s > 8 || !toks[0].num {
		return false // not "A" of "A Labour Ministry mediator", which clockWord takes for "a.m."'s
	}
	for _, t := range toks[:s] {
		if !t.num && !clockWord(t) && !timePunct[t.lower] && t.lower != "—" {
			return false
		}
	}
	return true
}

// itemLabelBefore reports the tokens before s as an item's label that opens
// the line: "A." of "A. The Board will hold", "1." , "(b)", "iv)"; the
// word after it opens the sentence.
func itemLabelBefore(toks []token, s int) bool {
	switch {
	case s == 2 && (toks[1].lower == "." || toks[1].lower == ")"):
		return len(toks[0].lower) == 1 || toks[0].num || romanNumeral(toks[0].text)
	case s == 3 && toks[0].lower == "(" && toks[2].lower == ")":
		return len(toks[1].lower) == 1 || toks[1].num || romanNumeral(toks[1].text)
	}
	return false
}

// joinListedName joins the chunks of a name written as a list when the
// initialism in brackets after it spells them all: "the Advisory,
// Conciliation and Arbitration Service (ACAS)" is one body, not three.
func (d *doc) joinListedName(toks []token, cs []chunk) []chunk {
	for i := len(cs) - 1; i > 0; i-- {
		last := cs[i]
		if lowerAt(toks, last.end) != "(" || lowerAt(toks, last.end+2) != ")" || !isAcronym(toks[min(last.end+1, len(toks)-1)].text) {
			continue
		}
		first := i
		for first > 0 && listJoined(toks, cs[first-1], cs[first]) && lowerAt(toks, cs[first].start-1) != "the" {
			first--
		}
		if first == i {
			continue
		}
		whole := sliceText(d.runes, toks[cs[first].start].start, toks[last.end-1].end)
		if !initialismOf(toks[last.end+1].text, whole) {
			continue
		}
		joined := chunk{start: cs[first].start, end: last.end, text: whole}
		cs = append(append(cs[:first:first], joined), cs[i+1:]...)
		i = first
	}
	return cs
}

// legislatureCongress reports a name ending in "Congress" that names a
// legislature or a party ("the Philippine Congress", "the National People's
// Congress"), not a numbered gathering ("the 74th FIFA Congress").
func legislatureCongress(toks []token, c chunk, last string) bool {
	if last != "congress" {
		return false
	}
	return !ordinalWord(lowerAt(toks, c.start-1))
}

// gluedApostrophe reports a word at token k that an apostrophe joins,
// with no space either side, to the capitalised word before it: the rest
// of one name ("Xi'an", "Nuku'alofa", "N'Djamena"), not a possessive's "s"
// or a contraction's "t".
func gluedApostrophe(toks []token, k int) bool {
	if k < 2 || k >= len(toks) || !isApostrophe(toks[k-1].lower) || toks[k-1].lower == "\"" {
		return false
	}
	a, w, before := toks[k-1], toks[k], toks[k-2]
	return w.word && before.word && before.cap && a.start == before.end && w.start == a.end && len(w.lower) >= 2 && !contractions[w.lower]
}

// elision reports a lower-case "d'" or "l'" at token k glued to the
// capitalised word after it: "d'Ivoire", "l'Aquila".
func elision(toks []token, k int) bool {
	if k+2 >= len(toks) || (toks[k].lower != "d" && toks[k].lower != "l") || !isApostrophe(toks[k+1].lower) || toks[k+1].lower == "\"" {
		return false
	}
	a, w := toks[k+1], toks[k+2]
	return a.start == toks[k].end && w.start == a.end && w.word && w.cap
}

// contractions end a word after an apostrophe: "Don't", "We'll".
var contractions = map[string]bool{"ll": true, "re": true, "ve": true, "nt": true}

// roomNumber reports a comma at token k that closes a numbered room after
// a place preposition, so that what follows goes on with the address: "in
// Room 3.1, County Hall, Taunton".
func roomNumber(toks []token, k int) bool {
	digit := func(t token) bool { return t.num || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' }
	if lowerAt(toks, k) != "," || k < 3 || !digit(toks[k-1]) {
		return false
	}
	j := k - 2
	for j > 0 && k-j <= 4 && (toks[j].cap || digit(toks[j]) || toks[j].lower == ".") {
		j--
	}
	return placePreps[lowerAt(toks, j)] && j < k-2
}

// headingLabels end a notice's heading, not the body's name before them.
var headingLabels = map[string]bool{"minutes": true, "agenda": true, "notice": true, "readout": true}

// lineBreak reports a line break in runes [from, to).
func lineBreak(runes []rune, from, to int) bool {
	for i := from; i < to && i < len(runes); i++ {
		if runes[i] == '\n' {
			return true
		}
	}
	return false
}

// portfolios are a ministry's fields that "and" joins before a title:
// "Mines and Energy Minister", "Posts and Telecommunications Minister".
var portfolios = map[string]bool{
	"mines": true, "posts": true, "telecommunications": true, "communications": true, "transport": true,
	"fisheries": true, "forestry": true, "works": true, "resources": true, "development": true, "industry": true,
}

// commonWord reports a capitalised word that alone names nobody when a
// sentence opens with it: "Prime ministers", "Members of the group",
// "Leading industrialists".
func commonWord(w string) bool {
	return titleWords[w] || titleWords[strings.TrimSuffix(w, "s")] || titleWords[strings.TrimSuffix(w, "ies")+"y"] || groupNouns[w] || delegationWords[w] || strings.HasSuffix(w, "ing") && len(w) > 5
}

// commonStart reports sentence openers that name nobody: "Separately",
// "Speaking at" (but "Beijing said" names a government).
func commonStart(toks []token, s int) bool {
	w := toks[s].lower
	if len(w) <= 5 {
		return false
	}
	if strings.HasSuffix(w, "ly") {
		return true
	}
	switch lowerAt(toks, s+1) {
	case ",", "at", "to", "on", "in", "after", "before", "with", "for", "from":
		return strings.HasSuffix(w, "ing") || actionPlural(w)
	case "of", "between":
		return actionPlural(w)
	}
	return false
}

// actionPlural is a plural noun of doing ("preparations", "consultations",
// "arrangements") that opens a sentence before a preposition: "Preparations
// for the summit are under way" names nobody.
func actionPlural(w string) bool {
	return strings.HasSuffix(w, "ations") || strings.HasSuffix(w, "ments") || strings.HasSuffix(w, "sions")
}

// wordPrefix reports a capitalised prefix at token k glued by a hyphen to a
// lower-case word: "Pre" of "Pre-conference event", "Anti" of
// "Anti-corruption", which is part of a word and no name.
func wordPrefix(toks []token, k int) bool {
	if !wordPrefixes[toks[k].lower] || lowerAt(toks, k+1) != "-" || k+2 >= len(toks) {
		return false
	}
	h, w := toks[k+1], toks[k+2]
	return h.start == toks[k].end && w.start == h.end && w.word && !w.cap
}

// dayRange reports tokens [s, e) that are days or months joined by
// hyphens: "Tue-Wed", "Mon–Fri".
func dayRange(toks []token, s, e int) bool {
	if e == s+1 {
		a, b, ok := strings.Cut(toks[s].lower, "-")
		return ok && calendarWord(a) && calendarWord(b)
	}
	if e-s < 3 {
		return false
	}
	for k := s; k < e; k++ {
		if (k-s)%2 == 0 && !calendarWord(toks[k].lower) || (k-s)%2 == 1 && toks[k].lower != "-" && toks[k].lower != "–" {
			return false
		}
	}
	return (e-s)%2 == 1
}

// calendarWord is a weekday's or a month's name or its short form.
func calendarWord(w string) bool { return listing.Weekday(w) || listing.Month(w) }

// wordPrefixes open compound words with a hyphen.
var wordPrefixes = map[string]bool{"pre": true, "post": true, "anti": true, "non": true, "mid": true, "sub": true,
	"inter": true, "intra": true, "co": true, "ex": true, "re": true, "pro": true, "multi": true, "semi": true, "trans": true, "cross": true}

// nameEnd is the end of the capitalised name starting at token j.
func nameEnd(toks []token, j int) int {
	e := j + 1
	for k := j + 1; k < len(toks); k++ {
		t := toks[k]
		prev := toks[k-1]
		switch {
		case t.word && t.cap && !isMonthOrDay(t.lower):
			e = k + 1
		case gluedApostrophe(toks, k+1):
			e = k + 2 // "Xi'an", "Nuku'alofa", "N'Djamena", "O'Brien"
		case elision(toks, k) && prev.cap:
			e = k + 3 // "Côte d'Ivoire", "Massimo d'Alema"
		case t.num && prev.lower == "-":
			e = k + 1
		case t.lower == "." && len(prev.text) == 1 && prev.cap:
			e = k + 1 // "U.S."
		case t.lower == "/" && len(prev.text) == 1 && prev.cap && t.start == prev.end && k+1 < len(toks) && len(toks[k+1].text) == 1 && toks[k+1].cap && toks[k+1].start == t.end:
			e = k + 2 // "Nordvik Rederi A/S"
		case t.lower == "." && personHonorifics[prev.lower] && prev.cap && k+1 < len(toks) && toks[k+1].cap && toks[k+1].start == t.end+1:
			// "External Affairs Minister Dr. S. Jaishankar"
		case hyphenParticles[t.lower] && lowerAt(toks, k+1) == "-" && k+2 < len(toks) && toks[k+2].cap && prev.cap:
			e = k + 3 // "Zia ul-Haq"
		case t.word && !t.cap && prev.lower == "-" && k-2 > j && toks[k-2].cap && toks[k-2].word && prev.start == toks[k-2].end &&
			t.start == prev.end && len(t.lower) <= 6 && !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ly"):
			e = k + 1 // "Rha Woong-bae", "Kim Dae-jung", "Lee Jae-myung"
		case t.lower == "-" && t.start == prev.end && k+1 < len(toks) && toks[k+1].start == t.end || t.lower == "&":
			// "Anglo-French", not the spaced dash of "Treasury Committee - Oral evidence session"
		case t.lower == "–" && t.start == prev.end && prev.cap && k+1 < len(toks) && toks[k+1].start == t.end && toks[k+1].cap:
			// "Canada–Philippines Ministerial Dialogue": an en dash joins two names as a hyphen does
		case isApostrophe(t.lower) && irregularPlurals[prev.lower] && lowerAt(toks, k+1) == "s" && k+2 < len(toks) && toks[k+2].cap:
			// "the National People's Congress", "the Newfoundland Inshore Fishermen's Association"
		case t.lower == "s" && isApostrophe(prev.lower) && irregularPlurals[lowerAt(toks, k-2)] && k+1 < len(toks) && toks[k+1].cap:
		case isApostrophe(t.lower) && strings.HasSuffix(prev.lower, "s") && prev.cap && k+1 < len(toks) && toks[k+1].cap && !isMonthOrDay(toks[k+1].lower):
			// "the Cocoa Producers' Alliance", "the Malaysia-Singapore Leaders' Retreat"
		case t.num && prev.lower == "of" && k >= 2 && groupOf[toks[k-2].lower]:
			e = k + 1 // "Group of 20"
		case t.lower == "of" && groupOf[prev.lower] && k+1 < len(toks) && toks[k+1].num:
		case t.lower == "of" && stateWords[prev.lower] && lowerAt(toks, k+1) == "the" && k+2 < len(toks) && toks[k+2].cap:
			// "the Democratic Republic of the Congo", "the Kingdom of the Netherlands"
		case t.lower == "for" && lowerAt(toks, k+1) == "the" && (orgWords[prev.lower] || bodyWords[prev.lower]) && k+2 < len(toks) && toks[k+2].cap:
			// "the International Council for the Exploration of the Sea"
		case t.lower == "the" && prev.lower == "for" && k >= 2 && (orgWords[toks[k-2].lower] || bodyWords[toks[k-2].lower]) && k+1 < len(toks) && toks[k+1].cap:
		case t.lower == "of" && lowerAt(toks, k+1) == "the" && k+2 < len(toks) && toks[k+2].cap && forNameSoFar(toks, j, k):
			// "... for the Exploration of the Sea"
		case t.lower == "the" && prev.lower == "of" && k+1 < len(toks) && toks[k+1].cap && forNameSoFar(toks, j, k-1):
		case t.lower == "the" && prev.lower == "of" && k >= 2 && stateWords[toks[k-2].lower] && k+1 < len(toks) && toks[k+1].cap:
		case nameParticles[t.lower] && nameParticles[lowerAt(toks, k+1)] && k+2 < len(toks) && toks[k+2].cap && prev.cap:
			// "Ursula von der Leyen"
		case (t.lower == "of" || t.lower == "on" || t.lower == "for" || nameParticles[t.lower]) && k+1 < len(toks) && (toks[k+1].cap || toks[k+1].lower == "-" || nameParticles[lowerAt(toks, k-1)] && toks[k+1].cap) &&
			!(t.lower == "on" && (countries[toks[k+1].lower] != "" || nationalities[toks[k+1].lower]) && k+2 < len(toks) && !toks[k+2].cap):
			// not "Felipe Gonzalez on European defence"
		case t.lower == "and" && k+2 < len(toks) && (titleWords[prev.lower] || portfolios[prev.lower]) && toks[k+1].cap &&
			!nationalities[toks[k+1].lower] && countries[toks[k+1].lower] == "" && toks[k+2].cap && titleWords[toks[k+2].lower]:
			// "Mines and Energy Minister Subroto"
		case t.lower == "and" && k+2 < len(toks) && toks[k+1].cap && !nationalities[toks[k+1].lower] && countries[toks[k+1].lower] == "" && !titledSoFar(toks, j, k) &&
			(orgWords[toks[k+2].lower] || bodyWords[toks[k+2].lower] ||
				k+3 < len(toks) && toks[k+2].word && !toks[k+2].cap && bodyWords[toks[k+3].lower] || // "House Ways and Means trade subcommittee"
				k+3 < len(toks) && toks[k+2].cap && orgWords[toks[k+3].lower]):
			// "House Ways and Means Committee"
		case t.lower == "and" && possessiveBodyAfter(toks, k+1) && !nationalities[toks[k+1].lower] && countries[toks[k+1].lower] == "" && !titledSoFar(toks, j, k):
			// "the Swedish Paper and Forest Workers' Union", "the Transport and General Workers' Union"
		case t.lower == "and" && k+2 < len(toks) && toks[k+1].cap && toks[k+2].cap && portfolioOf(toks, j, k):
			// "Vice-Minister of Foreign Economic Relations and Trade Wang Pinqing"
		case t.lower == "and" && len(prev.text) == 1 && prev.cap && k+1 < len(toks) && len(toks[k+1].text) == 1 && toks[k+1].cap:
			// "P and O European Ferries"
		case t.lower == "and" && ofPluralName(toks, j, k):
			// "Alliance of Motion Picture and Television Producers"
		case t.lower == "and" && k+2 < len(toks) && prev.cap && prev.word && toks[k+1].cap && toks[k+1].word && toks[k+2].cap && topicNouns[toks[k+2].lower] &&
			countries[toks[k+1].lower] == "" && !nationalities[toks[k+1].lower]:
			// "the Belt and Road Initiative", "the Good Friday and St Andrews Agreements": a programme's or a treaty's name
		case t.lower == "and" && k+2 < len(toks) && toks[k+1].cap && toks[k+2].lower == "(":
			// "Organisation for Economic Cooperation and Development (OECD)"
		default:
			return e
		}
	}
	return e
}

// possessiveBodyAfter reports, at token k, two capitalised words whose
// plural owns a body: "Forest Workers' Union", "General Workers' Union".
func possessiveBodyAfter(toks []token, k int) bool {
	if k+3 >= len(toks) || !toks[k].cap || !toks[k].word || !toks[k+1].cap || !plural(toks[k+1].lower) || !isApostrophe(toks[k+2].lower) {
		return false
	}
	w := toks[k+3].lower
	return toks[k+3].cap && (orgWords[w] || bodyWords[w])
}

// forNameSoFar reports a name from token j to k that a body's "for the"
// has carried on: "International Council for the Exploration".
func forNameSoFar(toks []token, j, k int) bool {
	for i := j + 1; i+1 < k; i++ {
		if toks[i].lower == "for" && toks[i+1].lower == "the" {
			return true
		}
	}
	return false
}

// names sorts the sentence's chunks of mention m into participants,
// organisations inside the meeting's name, and nothing (places, speakers).
func (d *doc) names(m *mention) {
	toks := d.toks[m.sent]
	lastPlace, lastFrom, lastBy := -10, -10, -10
	decides := m.why[FieldKind].rule == RuleHeadBodyDecides
	for _, c := range d.chunks(m.sent) {
		if decides && c.start > m.trig {
			break // "today approved the continuation of the Pradhan Mantri Krishi Sinchayee Yojana": what the body decided
		}
		if pair := hyphenCountries(toks, c); pair != nil && modifiesHead(toks, c.end, m.trig) {
			m.addNamed(c.start, pair...) // "the India-Australia 2+2 Ministerial Dialogue", not "the Iran-Iraq war"
			continue
		}
		if pair, end := leadingCountries(toks, c); pair != nil && c.start <= m.trig && m.trig < c.end && modifiesHead(toks, end, m.trig) {
			m.nameSides = append(m.nameSides, pair...) // "The Third Japan-Philippines Vice-Ministerial Strategic Dialogue was held": its two sides, when no person speaks for them (participants)
			continue
		}
		if pair := hyphenCountries(toks, c); pair != nil && jointBodyAfter(toks, c.end) && !onSidelines(toks, c.start, m.trig) {
			m.jointSides = append(m.jointSides, pair...) // "the China-Zambia joint commission" (bilateral.go bilateralSides)
			continue
		}
		if c.start > m.trig && reportedSubject(toks, c) {
			continue // "met Mike Mansfield and told him Japan could not accept": what was said, not who met
		}
		if d.personsCountry(toks, m.sent, c) {
			continue // "conference chairman Manaspas Xuto of Thailand": where the person is from, no party beside him
		}
		if countries := countriesOf(toks, c); len(countries) > 0 {
			if reporting(lowerAt(toks, c.end+1)) {
				continue // "South African officials said": the speaker
			}
			m.addNamed(c.start, countries...) // "Soviet counterparts" -> Soviet Union
			continue
		}
		if d.envoyTitle(m.sent, c) {
			continue // "Chinese Ambassador" of "Chinese Ambassador to Russia Zhang Hanhui": the title, whose person follows the post
		}
		name := d.stripped(c.text)
		if p := postedEnvoy(toks, c); p != "" {
			m.addNamed(c.start, p) // "Russia Zhang Hanhui" after "Ambassador to": the envoy, not his post
			continue
		}
		if untitledFieldItem(toks, c) {
			continue // "Land" of "Minister of Land, Infrastructure, Transport and Tourism Hiroshi Kanemoto"
		}
		if titleFieldItem(toks, c) {
			if name = d.fieldsPerson(toks, c); name == "" {
				continue // "Forestry" of "Minister of Agriculture, Forestry and Fisheries Hiroshi Tanaka"
			}
		}
		if strings.EqualFold(lastWord(c.text), "treasury") && !isApostrophe(lowerAt(toks, c.end)) {
			name = strings.TrimPrefix(c.text, "the ") // "talks with U.S. Treasury officials": the Treasury as a body, not a title
		}
		if !isAcronym(name) && isTitleWord(strings.ToLower(name)) && !strings.EqualFold(name, "treasury") && !legislatures[strings.ToLower(name)] || isApostrophe(lowerAt(toks, c.end)) && speakerNouns[lowerAt(toks, c.end+2)] {
			continue // "the U.S. Trade Representative's office said", "a Treasury official's"
		}
		if name == "" || d.isDatelinePlace(name) || strings.EqualFold(name, d.dl.Source) || notParty(toks, c, name) {
			continue
		}
		if c.start >= m.nameStart && c.start < m.skipEnd || c.end > m.nameStart && c.end <= m.skipEnd {
			if c.start <= m.trig && m.trig < c.end && !shoutedWord(c.text) {
				for _, a := range acronymsIn(toks, c) { // not "TRILATERAL", "ON", "MARITIME" of a shouted heading's name
					if a != toks[m.trig].text {
						m.nameOrgs = append(m.nameOrgs, a) // "Fourth UN International Conference": the UN's; not the "AGM" that is the meeting
					}
				}
			}
			if sides := bilateralCountries(name); sides != nil && c.start > m.trig && meetingOfThe(toks, c.start) {
				m.jointSides = append(m.jointSides, sides...) // "the seventh meeting of the Vietnam-Philippines Joint Commission, co-chaired by ...": its two sides meet
			}
			switch {
			case lowerAt(toks, c.end) == "s" && isApostrophe(lowerAt(toks, c.end-1)) || isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s":
				m.addNamed(c.start, name) // the owner: "Ford's annual meeting"
			case slotBody(toks, c, m.trig):
				start := c.start
				for start > m.nameStart && toks[start-1].word && (toks[start-1].cap || functionWords[toks[start-1].lower]) {
					start-- // "Public" of "09:00 Public Accounts Committee": the line's first word, which the names leave out
				}
				for start < c.start && !toks[start].cap {
					start++
				}
				m.addNamed(start, sliceText(d.runes, toks[start].start, toks[c.end-1].end)) // "14:00 Health Committee - meeting with the Pharmacy and Medicines Regulatory Authority": the committee meets it
			case ofMember(toks, m, c):
				m.addNamed(c.start, d.expand(name)) // "a meeting of the Cairns Group": the group meets
			case d.commonOpening(toks, m.sent, c):
				// "Merger talks between the two lenders": a word capitalised as the sentence's first
			case !(c.start <= m.trig && m.trig < c.end) && !listsMembers(toks, c) && (c.end <= m.trig || !strings.Contains(name, " ") || seatOf(name) != ""):
				m.nameOrgs = append(m.nameOrgs, name) // "a Group of Seven meeting" (not "Meeting of the Working Group on ...", the meeting itself)
			}
			continue
		}
		prev, pk := lowerAt(toks, c.start-1), c.start-1
		if prev == "the" {
			prev, pk = lowerAt(toks, c.start-2), c.start-2
		}
		if (subordinators[prev] || isTitleWord(prev) && toks[pk].cap && subordinators[lowerAt(toks, pk-1)]) && c.start > m.nameEnd {
			continue // "met today after the Soviet Union proposed deep cuts": another clause's subject
		}
		if prev == "with" && (otherTalks(toks, pk-1, m) || relationNouns[lowerAt(toks, pk-1)]) {
			continue // "meet ... to discuss the free trade talks with the United States": the other talks' party
		}
		if saidAfterMeeting(toks, c.end, m.trig) {
			m.addNamed(c.start, d.expand(name)) // "Pete Hegseth and ... Gilberto Teodoro said after meeting in Singapore": the speakers met
			continue
		}
		if relativeSubject(toks, c, m.trig) {
			m.addNamed(c.start, d.expand(name)) // "will go to Commonwealth trade ministers, who will meet in London"
			continue
		}
		if prev == "from" || (prev == "," || prev == "and") && c.start-lastFrom <= 2 {
			if prev != "from" || partyFrom(toks, pk) {
				lastFrom = c.end // "officials from the Group of Five", "negotiators from the United States and Hong Kong"
				m.addNamed(c.start, d.expand(name))
			}
			continue // "an offer from Vantage Partners": neither a place nor a party
		}
		if prev == "at" && (staffWords[lowerAt(toks, pk-1)] || staffSides(toks, pk)) {
			m.addNamed(c.start, d.expand(name)) // "Management and unions at British Airways will meet": the company
			continue
		}
		if prev == "in" && (memberNouns[lowerAt(toks, pk-1)] || pk-1 == m.trig && m.verb) && creditorClub(name) {
			m.addNamed(c.start, name) // "Egypt's official creditors will meet in the Paris Club on May 21": the club meets
			continue
		}
		if prev == "in" && (memberNouns[lowerAt(toks, pk-1)] || groupNouns[lowerAt(toks, pk-1)] && committeeName(name)) && (isOrg(name) || committeeName(name)) {
			m.addNamed(c.start, d.expand(name)) // "Egypt and its official creditors in the Paris Club ended two days of talks": the club its members make up
			continue
		}
		if c.end-c.start == 1 && staffWords[strings.ToLower(name)] {
			continue // "Management and unions at ...": the company's side, named by the company
		}
		if placePreps[prev] && prev != "for" || prev == "here" || prev == "around" || prev == "off" || appositionPlace(toks, c) || officesOf(toks, c) || sidelinesOf(toks, c) {
			lastPlace = c.end
			continue
		}
		if c.start-lastPlace == 2 && isApostrophe(lowerAt(toks, lastPlace)) && lowerAt(toks, lastPlace+1) == "s" &&
			(c.end-c.start == 1 && !isOrg(name) && countries[strings.ToLower(name)] == "" || venueWords[toks[c.end-1].lower]) {
			lastPlace = c.end // "camps in Cox's Bazar", "in St Mary's Church Hall": one place
			continue
		}
		if compassWords[prev] && lowerAt(toks, c.start-2) == "and" && c.start-lastPlace == 2 {
			lastPlace = c.end // "the conflicts in Sudan and eastern Congo": one list of places
			continue
		}
		if (prev == "," || prev == "and") && (c.start-lastPlace == 1 || c.start-lastPlace == 2 && lowerAt(toks, c.start-2) == "," || roomNumber(toks, c.start-1)) && !(name != c.text && isPersonName(name)) &&
			!(prev == "," && isPersonName(name) && lowerAt(toks, c.end) == "," && envoyPostEnds(toks, lastPlace)) { // not "Norway's Ambassador to Indonesia, Siri Haugland, met"
			lastPlace = c.end // "based in Europe, Japan, India and Brazil"; not "In Muscat, External Affairs Minister S. Jaishankar will call on"
			continue
		}
		if prev == "by" && bidNouns[lowerAt(toks, pk-1)] || (prev == "," || prev == "and") && c.start-lastBy <= 2 {
			lastBy = c.end
			continue // "bids by the United States, Brazil and Morocco": what the meeting weighs
		}
		if d.speakerOwns(toks, c, m) {
			m.addNamed(c.start, d.expand(name)) // "The union said its negotiators would meet"
			continue
		}
		if isCountry(name) && ownsBody(toks, c) {
			continue // "India's GST Council": the council is the party
		}
		if countryKey(name) != "" && ownsLowerCase(toks, c) {
			if end := possessedGroupEnd(toks, c.end+2); end > 0 {
				m.addNamed(c.start, sliceText(d.runes, toks[c.start].start, toks[end-1].end)) // "Germany's governing coalition will meet"
				continue
			}
			if !ownsPost(toks, c.end+2) {
				continue // "Brazil's chief delegate Paulo Andrade", "Brazil's 68 billion dlrs of debt": the person, or nothing, takes part
			}
		}
		if countryKey(name) != "" && isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s" && envoyAt(toks, c.end+2) && lowerAt(toks, c.end+3) == "to" {
			continue // "Norway's Ambassador to Indonesia, Siri Haugland": the envoy, not the country he serves
		}
		if officialNamedAt(toks, c.start) > 0 && countryKey(name) == "" || officialSpan(toks, c) {
			continue // "the European Union's special envoy for the South Caucasus, Annika Lindqvist": the official, not the body nor the remit
		}
		if reporting(lowerAt(toks, c.end)) && !(c.end == m.trig && m.kind == "hearing") || reporting(lowerAt(toks, c.start-1)) && !subjectAfterSaying(toks, c) ||
			lowerAt(toks, c.end) == "," && reporting(lowerAt(toks, c.end+1)) ||
			speakerNouns[lowerAt(toks, c.end)] && reporting(lowerAt(toks, c.end+1)) {
			continue // the speaker, not a party: "Tass said", "a Treasury spokesman said"
		}
		if lowerAt(toks, c.end) == "news" && lowerAt(toks, c.end+1) == "agency" || staysAway(toks, c) || lowerAt(toks, c.start-1) == "than" {
			continue // "Italy refused to join a G-7 meeting"; "more confident than USDA officials"
		}
		if listsMembers(toks, c) {
			continue // "the G-5 countries - U.S., U.K., West Germany, France and Japan": the members are the parties
		}
		if d.reportsIt(toks, c, m) {
			continue // "Chirac ... added that divisions would be hard to resolve at this week's EC summit"
		}
		if org := officerOrg(c.text, name); org != "" {
			m.addNamed(c.start, org) // "United Auto Workers President Owen Brackett": the union takes part with its officer
		}
		m.addNamed(c.start, d.expand(name))
	}
	for _, g := range lowerGroups(d.runes, toks) {
		m.addNamed(g.at, g.text)
	}
	if at, g := d.subjectGroup(m); at >= 0 {
		m.addNamed(at, g)
	} else if at, g := d.openingGroup(m); at >= 0 {
		m.addNamed(at, g)
	}
}

// subjectAfterSaying reports a name that opens the reported clause
// ("The announcement said Reagan and Nancy Reagan would be in Rome"), not
// the speaker of an inverted "..., said Tass".
func subjectAfterSaying(toks []token, c chunk) bool {
	switch w := lowerAt(toks, c.end); {
	case w == "and" || auxiliaries[w]:
		return !toks[c.start-1].cap && lowerAt(toks, c.start-2) != "," && !isApostrophe(lowerAt(toks, c.start-2))
	}
	return false
}

// bodyPeople after a forum's name make the forum a body whose people meet:
// "Pacific Islands Forum leaders gather in Tonga", "Forum foreign ministers".
var bodyPeople = map[string]bool{
	"leaders": true, "ministers": true, "members": true, "heads": true, "foreign": true, "finance": true, "trade": true,
	"economic": true, "defence": true, "defense": true, "officials": true, "secretariat": true, "secretary-general": true,
}

// gatheringNames end the names of gatherings that are no meeting nouns
// here: "the Malaysia-Singapore Leaders' Retreat".
var gatheringNames = map[string]bool{"retreat": true, "forum": true, "symposium": true, "convention": true}

// lastWord is the last word of s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:]) // a no-break space is two bytes
	return s[i+w:]                         // the word strings.Fields would end with, without the slice
}

// listsMembers reports a group whose members the sentence lists right
// after it: "the G-5 countries - U.S., U.K., ...", "EFTA's members:
// Austria, ...".
func listsMembers(toks []token, c chunk) bool {
	k := c.end
	switch lowerAt(toks, k) {
	case "countries", "nations", "members", "states":
		k++
	default:
		return false
	}
	if w := lowerAt(toks, k); w != "-" && w != ":" && w != "," && w != "(" {
		return false
	}
	return k+1 < len(toks) && toks[k+1].cap
}

// staysAway reports a name whose verb keeps it out of the meeting: "Italy
// refused to join", "France boycotted", "Japan was not invited".
func staysAway(toks []token, c chunk) bool {
	k := c.end
	if delegationWords[lowerAt(toks, k)] || k < len(toks) && toks[k].word && !toks[k].cap && plural(toks[k].lower) && !auxiliaries[toks[k].lower] {
		k++ // "Italian officials refused", "Protestant politicians boycotted the talks"
	}
	switch lowerAt(toks, k) {
	case "refused", "refuses", "declined", "declines", "boycotted", "boycotts", "snubbed", "shunned", "withdrew", "quit", "demonstrated", "protested":
		return true
	case "was", "were", "is", "has", "had":
		return lowerAt(toks, k+1) == "not" || lowerAt(toks, k+1) == "excluded" || lowerAt(toks, k+1) == "left"
	}
	return false
}

// reportsIt reports a name that says something of the meeting rather than
// taking part: a verb of saying stands between them and the reported
// clause does not point back to the speaker ("he", "its", "they").
func (d *doc) reportsIt(toks []token, c chunk, m *mention) bool {
	if c.end > m.nameStart {
		return false
	}
	say := -1
	for k := c.end; k < m.nameStart && k < len(toks); k++ {
		if reporting(toks[k].lower) && toks[k].word && !toks[k].cap {
			say = k
			break
		}
	}
	if say < 0 {
		return false
	}
	for k := say + 1; k < m.nameStart+1 && k < len(toks); k++ {
		switch toks[k].lower {
		case "he", "she", "it", "its", "they", "their", "his", "her", "we", "our", "i":
			return false
		}
	}
	for k := m.trig + 1; k < len(toks) && k <= m.trig+8; k++ {
		switch toks[k].lower {
		case "he", "she", "his", "her", "with", "him":
			return false // "said the meeting with him", "said talks he would hold"
		}
	}
	return true
}

// notParty rejects names that are no party whatever their place: a ticker
// ("<PCG>"), a nationality used as an adjective ("the Cambodian conflict"),
// the topic of the talks ("the Anglo-Irish agreement").
func notParty(toks []token, c chunk, name string) bool {
	for k := c.start - 1; k >= 0 && k >= c.start-4; k-- {
		if w := toks[k].lower; w == "<" {
			return true // a ticker: "<PCG>", "<ALLD.L>"
		} else if w == ">" || toks[k+1].start > toks[k].end {
			break // a space: the name stands outside any ticker
		}
	}
	if moneyChunk(toks, c) {
		return true // "under PHP45 a kilo", "Rs 312 crore": money
	}
	if stateAfterCity(toks, c, name) {
		return true // "in Washington, D.C.", "Trenton, N.J.": the city's state
	}
	if exchangeTicker(toks, c) {
		return true // "Northwind Energy ASA (OSE: NWE)"
	}
	if bracketedLaw(toks, c) {
		return true // "the Waqf (Amendment) Bill"
	}
	if billNumber(toks, c, name) {
		return true // "including H.R. 4410": a bill
	}
	if c.end-c.start == 1 && lowerAt(toks, c.start-1) == "(" && proseLower[toks[c.start].lower] {
		return true // "(Incorporated in Malaysia)": capitalised as the bracket's first word
	}
	if addressCity(toks, c) {
		return true // "Committee Room 2S3, Parliament House, Canberra": the venue's city
	}
	lw := strings.ToLower(name) // made once: most rules below ask it
	if c.end-c.start == 1 && strings.HasSuffix(lw, "s") && countries[lw] == "" && !isCountry(name) && (nationalities[strings.TrimSuffix(lw, "s")] || regionalAdjectives[strings.TrimSuffix(lw, "s")]) {
		return true // "Koreans forced to work for Japanese companies", "Africans": people, not a party
	}
	if inThemeQuote(toks, c) {
		return true // `under the theme "Justice for Africans and People of African Descent"`
	}
	if streetNumbered(toks, c) {
		return true // "Ministry, Kongens gate 8, Oslo", "Innovation Norway, Akersgata 13, Oslo": an address
	}
	if titleBeforeHolder(toks, c) {
		return true // "Malaysia's Primary Industries Minister, Lim Keng Seng": the person is the party
	}
	if titleListHead(toks, c) {
		return true // "Zambian Minister of Commerce, Trade and Industry Chanda Mwansa": the person is the party
	}
	if nameListHead(toks, c) {
		return true // "Rail" of "the Rail, Tram and Bus Union"
	}
	if remitListItem(toks, c) {
		return true // "the Inter-Governmental Commission on Trade, Economic, Scientific and Technical Cooperation"
	}
	if sectorOfFirm(toks, c) || shoutedLead(toks, c) {
		return true // "Electronics group Haverkamp NV", "MAYOR'S REPORT: Mayor Castellano met ..."
	}
	next := lowerAt(toks, c.end)
	if next == "-" && lowerAt(toks, c.end+1) == "based" {
		return true // "Halvorsen, a Toronto-based investment firm": where a party sits
	}
	if filedWith(toks, c.start) {
		return true // "said in a filing with the Securities and Exchange Commission": a regulator the news was filed with
	}
	if formalNotParty(name) {
		return true // "Pursuant to", "Hon.", "the Local Government Act" (notices.go)
	}
	if describesOther(toks, c, name) {
		return true // "West African heads of state", "The Commonwealth secretary-general, Shridath Ramphal", "the Herald newspaper said"
	}
	if municipalOwner(toks, c) {
		return true // "the Zoning Board of Appeals of the Town of Weston": the body's town, not a party of its own
	}
	if topicNouns[next] && !(lowerAt(toks, c.end+1) == "to" && !determiners[lowerAt(toks, c.start-1)]) || lowerAt(toks, c.start-1) == "against" || lowerAt(toks, c.start-1) == "the" && lowerAt(toks, c.start-2) == "against" || lowerAt(toks, c.start-1) == "of" && lowerAt(toks, c.start-2) == "request" {
		return true // "sanctions against Russia", "at the request of France", "a U.S. proposal to phase out"; not "Mexico and El Salvador plan to meet", a subject
	}
	last := strings.ToLower(lastWord(name))
	if _, gathering := meetingNouns[last]; (gathering || gatheringNames[last]) && !memberOf(toks, c) && !legislatureCongress(toks, c, last) && !(gatheringNames[last] && bodyPeople[lowerAt(toks, c.end)]) {
		return true // "the 47th ASEAN Summit and Related Summits": a gathering, not a party
	}
	if isApostrophe(next) && lowerAt(toks, c.end+1) == "s" && titledPerson(toks, c.end+2) {
		return true // "Turkey's ambassador Nazmi Akiman": the person is the party
	}
	if c.end-c.start == 1 && (regionalAdjectives[lw] || nameModifiers[lw] && !legislatures[lw] && c.end < len(toks) && toks[c.end].word && !toks[c.end].cap) {
		return true // "Western creditor governments", "Creditor governments of the Paris Club"
	}
	if c.end-c.start == 1 && next == "of" && (lowerAt(toks, c.end+1) == "minutes" || lowerAt(toks, c.end+1) == "the" && lowerAt(toks, c.end+2) == "minutes") {
		return true // "2. Confirmation of minutes: ordinary meeting of Council", "Receipt of the minutes": an agenda item's label
	}
	if c.start > 1 && toks[c.start-1].text == "/" && toks[c.start-1].end == toks[c.start].start && (toks[c.start-2].num || len(toks[c.start-2].text) == 1) {
		return true // "application 26/00412/FUL": a reference's code; "S" of "Nordvind A/S"; not "Schoolmasters/Union of Women Teachers"
	}
	if c.end-c.start == 1 && next == ":" && (lw == "sub" || lw == "subject" || lw == "re" || lw == "ref") {
		return true // "Sub: Conciliation proceedings and bipartite wage talks - update": a letter's subject line
	}
	if w := lowerAt(toks, c.start-1); (w == "(" || isDash(w)) && streetAfter(toks, c.end) {
		return true // "application 24/01187/FUL (Old Forge, Mill Road)", "... - Agriculture House, Kildare Street, Dublin 2": an address
	}
	if c.end-c.start == 1 && isAcronym(name) && lowerAt(toks, c.start-1) == "(" && lowerAt(toks, c.end) == ")" && c.start >= 2 && toks[c.start-2].word && !toks[c.start-2].cap && !isApostrophe(lowerAt(toks, c.start-3)) {
		return true // "a qualified institutional placement (QIP)": a lower-case term's initials, no body's (not "the German Football League's (DFL)")
	}
	if n := c.end - c.start; n >= 2 && n <= 4 && (toks[c.end-2].lower == "room" || toks[c.end-2].lower == "hall") && (toks[c.end-1].num || len(toks[c.end-1].text) == 1) {
		return true // "Conference Room B", "Committee Room 2", "Hall 3": a venue
	}
	if k := c.start - 1; lowerAt(toks, k) == "the" && lowerAt(toks, k-1) == "on" && k >= 2 && toks[k-2].cap && bodyNouns[toks[k-2].lower] {
		return true // "the Tripartite Committee on the New National Minimum Wage": the committee's remit
	}
	if lowerAt(toks, c.start-1) == "(" && roomWords[lowerAt(toks, c.start-2)] {
		return true // "in the Big Committee Room (East Wing)": the room's part of the building
	}
	if c.end-c.start == 1 && isAcronym(name) && lowerAt(toks, c.end) == "-" && c.end+1 < len(toks) && toks[c.end+1].num && toks[c.end].start == toks[c.start].end {
		return true // "5.2 FIN-2019-32 - Summary of the joint budget workshop": a report's code
	}
	if w := lowerAt(toks, c.start-1); (w == "daily" || w == "weekly" || w == "newspaper") && lowerAt(toks, c.start-2) == "the" {
		return true // "confirming a report in the daily NRC Handelsblad": a newspaper
	}
	if c.end-c.start == 1 && timex.CardinalWord(lw) {
		return true // "Fourteen loan applications were referred to the Credit Committee": a count that opens the item
	}
	if c.end-c.start == 1 && reportNouns[lw] {
		return true // "Dividend payable after general meeting on June 4"
	}
	if c.end-c.start == 1 && c.end+1 < len(toks) && toks[c.end].word && !toks[c.end].cap && isApostrophe(toks[c.end+1].lower) && plural(toks[c.end].lower) && !isAcronym(name) {
		return true // "Hollywood actors' union": a word of the union's description
	}
	if namesThing(toks, c) {
		return true // "the Shoreham nuclear plant": names the plant; "the Closer Economic Relations trade pact"
	}
	if topicOf(toks, c) {
		return true // "talks on the future of Macao", "a war over the Falkland Islands"
	}
	if possessesThing(toks, c.end) {
		return true // "the Security Council's ceasefire resolution", "Seoul's trade deficit"
	}
	if regions[lw] || regionalRegion(lw) || eventWords[strings.ToLower(lastWord(name))] {
		return true // "the Middle East"; "the Seoul Olympics", "the 1994 World Cup"
	}
	if ws := strings.Fields(lw); len(ws) > 1 && (topicNouns[ws[len(ws)-1]] || ws[len(ws)-1] == "round") {
		return true // "the Anglo-Irish Agreement", "the Uruguay Round": what the talks are about
	}
	if firmNouns[next] && countryLike(name) {
		return true // "the four largest U.S. airlines": the firms, not the country
	}
	if c.end-c.start == 1 && thingNouns[next] && !isAcronym(name) && !countryLike(name) {
		return true // "cut the Repo rate": the word names a thing
	}
	if c.end-c.start == 1 && descriptorNouns[next] && c.end+1 < len(toks) && toks[c.end+1].cap && !isAcronym(name) && !countryLike(name) {
		return true // "Telecom regulator TRAI", "Chip maker Rapidus": a word of the description before the name
	}
	if holdingNouns[next] {
		return true // "its Hughes unit", "East-West relations", "U.S. plants", "the Easter holiday"
	}
	if (next == "or" || next == "and") && c.end-c.start == 1 && c.end+2 < len(toks) && toks[c.end+1].word && !toks[c.end+1].cap &&
		(thingNouns[lowerAt(toks, c.end+2)] || holdingNouns[lowerAt(toks, c.end+2)]) {
		return true // "the Lombard or discount rates": a kind of rate
	}
	if affiliation(toks, c) {
		return true // "Yuko Kurihara, director-general of Japan's Defence Agency": the person is the party
	}
	if isAcronym(name) {
		return false
	}
	if strings.EqualFold(twoWordNations[lw], name) && (auxiliaries[next] || next == "," || next == "and" || next == "." || next == "" || reporting(next)) {
		return false // "Australia and New Zealand will review": the country, not its adjective
	}
	return nationalities[lw] || twoWordNations[lw] != "" || countries[lw] != "" && c.end-c.start == 1 || adjectiveOfPlace(toks, c, lw)
}

// holdingNouns after a name make it a modifier: "its Hughes unit",
// "East-West relations".
var holdingNouns = map[string]bool{
	"unit": true, "units": true, "subsidiary": true, "division": true, "affiliate": true, "stake": true,
	"relations": true, "ties": true, "plant": true, "plants": true, "factories": true, "operations": true,
	"corridor": true, "railway": true, "pipeline": true, "airport": true, "dam": true, "dams": true, "canal": true,
	"forces": true, "troops": true, "bases": true, "holiday": true, "holidays": true, "recess": true, "weekend": true, "seats": true,
}

// compassWords name a part of a country: "eastern Congo".
var compassWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// descriptorNouns stand between a word that says what a body does and its
// name: "Telecom regulator TRAI", "Oil producer Aramco".
var descriptorNouns = map[string]bool{
	"regulator": true, "producer": true, "maker": true, "giant": true, "operator": true, "watchdog": true,
	"exporter": true, "importer": true, "carrier": true, "lender": true, "insurer": true, "retailer": true, "miner": true,
}

// firmNouns are companies a country's name only qualifies: "U.S. airlines",
// "Japanese carmakers", "an offer from a U.S. rival" (not banks: "major U.S. banks" are a party of debt
// talks, and the scorer pairs them with the country).
var firmNouns = map[string]bool{
	"airlines": true, "carriers": true, "railroads": true, "railways": true,
	"automakers": true, "carmakers": true, "companies": true, "firms": true, "insurers": true, "retailers": true,
	"shipowners": true, "refiners": true, "brokers": true, "brokerages": true,
	"rival": true, "rivals": true, "suitor": true, "bidder": true, "buyer": true, "competitor": true, "competitors": true,
}

// adjectiveOfPlace reports a one-word name shaped like an adjective of a
// people or region before a common noun: "African debt", "Danish farmers".
func adjectiveOfPlace(toks []token, c chunk, lw string) bool {
	if c.end-c.start != 1 || c.end >= len(toks) || toks[c.end].cap || !toks[c.end].word || delegationWords[toks[c.end].lower] {
		return false
	}
	for _, suf := range []string{"ian", "ese", "ean", "ican", "ish"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// titledPerson reports job titles from token k on followed by a name:
// "ambassador Nazmi Akiman", "Finance Minister George Saitoti".
func titledPerson(toks []token, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].cap && !titleWords[toks[k].lower] && !functionWords[toks[k].lower] && !isMeetingNounWord(toks[k].lower); n++ {
		k++ // "Japan's farm minister, Mutsuki Kato", "Western Australia's mines minister"
	}
	j := k
	for j < len(toks) && titleWords[toks[j].lower] {
		j++
	}
	if j > k && lowerAt(toks, j) == "," {
		j++ // "Kenya's Finance Minister, George Saitoti,"
	}
	return j > k && j < len(toks) && toks[j].cap && !titleWords[toks[j].lower]
}

// partyFrom reports "officials from X", "delegates from X": k is "from".
func partyFrom(toks []token, k int) bool {
	before := lowerAt(toks, k-1)
	return groupNouns[before] || delegationWords[before] || before == "delegates" || before == "representatives" ||
		groupHead(before) || // "Mediators from Qatar, Egypt and the United States"
		witnessWords[before] // "will take evidence from Finance Secretary Alasdair Munro", "will hear from Fisheries Minister Gordon Pellerin"
}

// witnessWords, before "from", make who follows a witness a committee
// hears: "take evidence from", "hear from", "testimony from".
var witnessWords = map[string]bool{"evidence": true, "hear": true, "hears": true, "heard": true, "testimony": true, "submissions": true}

// appositionPlace reports a city set beside a description of it: "in the
// Senegalese capital, Dakar", "the Ivorian commercial capital Abidjan".
func appositionPlace(toks []token, c chunk) bool {
	k := c.start - 1
	if lowerAt(toks, k) == "," || lowerAt(toks, k) == "of" && lowerAt(toks, k-2) != "headquarters" {
		k-- // "the Senegalese capital, Dakar"; "the Ivorian commercial capital Abidjan"; "the border town of Malaba"
	}
	switch w := lowerAt(toks, k); w {
	case "capital", "city", "port", "town", "resort", "village", "hub", "centre", "center":
		return true
	case "province", "prefecture":
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if w := toks[j].lower; w == "in" || w == "at" {
				return true // "in the eastern Turkish province of Kars"; not "officials from the neighbouring province of Nueva Salinas"
			}
		}
		return false
	default:
		return venueWords[w] && !toks[k].cap && c.end-c.start == 1 // "at his home office Krishna"
	}
}

// officesOf reports "at the offices of Citibank": a venue, not a party.
func officesOf(toks []token, c chunk) bool {
	k := c.start - 1
	for n := 0; n < 3 && k > 0 && toks[k].word && !toks[k].cap && lowerAt(toks, k) != "of"; n++ {
		k-- // "the London offices of the conciliation service ACAS"
	}
	if lowerAt(toks, k) == "the" {
		k--
	}
	if lowerAt(toks, k) != "of" {
		return false
	}
	w := lowerAt(toks, k-1)
	return officeNouns[w] || w == "home"
}

// lowerGroups are the lowercase bodies a sentence names as parties: "the
// state government".
func lowerGroups(runes []rune, toks []token) []placed {
	var out []placed
	for k := 1; k < len(toks); k++ {
		if toks[k].lower == "government" && homeGroups[toks[k-1].lower] && !toks[k-1].cap && lowerAt(toks, k-2) == "the" {
			out = append(out, placed{text: sliceText(runes, toks[k-1].start, toks[k].end), at: k - 1})
		}
		if toks[k].lower == "union" && !toks[k].cap && k >= 3 && lowerAt(toks, k-2) == "s" && isApostrophe(lowerAt(toks, k-3)) && plural(toks[k-1].lower) && toks[k-1].word && !toks[k-1].cap {
			out = append(out, placed{text: sliceText(runes, toks[k-1].start, toks[k].end), at: k - 1}) // "Brazil's metalworkers union"
		}
		if isApostrophe(lowerAt(toks, k-1)) && lowerBodyHeads[toks[k].lower] && k >= 2 && plural(toks[k-2].lower) && !toks[k-2].cap &&
			!(k+1 < len(toks) && toks[k+1].cap) {
			out = append(out, placed{text: sliceText(runes, toks[k-2].start, toks[k].end), at: k - 2}) // "its striking workers' union"
		}
		if j := objectGroup(toks, k); j >= 0 {
			out = append(out, placed{text: sliceText(runes, toks[j].start, toks[k].end), at: j})
		}
		if j := namedCommittee(toks, k); j >= 0 {
			out = append(out, placed{text: sliceText(runes, toks[j].start, toks[k].end), at: j})
		}
	}
	return out
}

// lowerBodyHeads end a lowercase body named by its members: "its striking
// workers' union", "the shipowners' association".
var lowerBodyHeads = map[string]bool{"union": true, "unions": true, "association": true, "federation": true}

// objectGroup reports a lowercase group met or talked with, named by its
// kind: "met farm groups", "talks with the state premiers"; the token where
// it starts, -1 when none.
func objectGroup(toks []token, k int) int {
	if !toks[k].word || toks[k].cap || !groupNouns[toks[k].lower] && !delegationWords[toks[k].lower] && toks[k].lower != "collectors" || !plural(toks[k].lower) || k < 2 ||
		lowerAt(toks, k+1) == "of" && k+2 < len(toks) && (toks[k+2].cap || lowerAt(toks, k+2) == "the") {
		return -1 // "senior officials of the BBMP": the body takes part
	}
	j := k - 1
	if !toks[j].word || toks[j].cap || determiners[toks[j].lower] || auxiliaries[toks[j].lower] || placePreps[toks[j].lower] || timePreps[toks[j].lower] {
		return -1 // not "met at leaders' level"
	}
	before := j - 1
	if toks[before].num && lowerAt(toks, before-1) == "the" {
		before-- // "the 10 provincial premiers"
	}
	if w := lowerAt(toks, before); w == "the" || w == "his" || w == "her" || w == "their" || w == "its" {
		before-- // "with his provincial counterparts"
	}
	switch lowerAt(toks, before) {
	case "met", "meet", "meets", "with", "brief", "briefs", "briefed", "receive", "receives":
		return j // "will brief state premiers"
	}
	return -1
}

func plural(w string) bool { return len(w) > 2 && strings.HasSuffix(w, "s") }

// namedCommittee reports a lowercase committee its kind names, as an object
// of meeting: "met the steering committee", "talks with its bank advisory
// committee" (not a bare "the committee", nor a company's "executive
// committee"); the token where its name starts, -1 when none.
func namedCommittee(toks []token, k int) int {
	if toks[k].lower != "committee" && toks[k].lower != "department" || toks[k].cap || toks[k-1].cap || !toks[k-1].word || nameModifiers[toks[k-1].lower] {
		return -1
	}
	j := k - 1
	for j > 0 && toks[j-1].word && !toks[j-1].cap && !determiners[toks[j-1].lower] && j > k-3 {
		j--
	}
	d := j - 1
	if lowerAt(toks, d) == "s" && isApostrophe(lowerAt(toks, d-1)) && lowerAt(toks, d-3) == "the" && d >= 3 && !toks[d-2].cap {
		d -= 3 // "with the country's bank advisory committee"
	}
	switch lowerAt(toks, d) {
	case "the", "its", "their":
	default:
		return -1
	}
	switch w := lowerAt(toks, d-1); {
	case w == "met" || w == "meet" || w == "meets" || w == "and" || w == "with":
		return j
	case w == "of":
		if _, meeting := meetingNouns[lowerAt(toks, d-2)]; meeting {
			return j // "chaired a meeting of the water resources department"
		}
	}
	return -1
}

// countriesOf turns nationalities before a word for a delegation into their
// countries: "Japanese officials", "Soviet counterparts", "a Japanese trade
// delegation", "British and Irish negotiators".
func countriesOf(toks []token, c chunk) []string {
	if country := compassPairFirst(toks, c); country != "" {
		return []string{country} // "South" of "South and North Korean officers"
	}
	if c.end-c.start == 2 && toks[c.start+1].cap {
		if country := twoWordNations[toks[c.start].lower+" "+toks[c.start+1].lower]; country != "" &&
			(delegationWords[lowerAt(toks, c.end)] || delegationWords[lowerAt(toks, c.end+1)] && nameModifiers[lowerAt(toks, c.end)]) {
			return []string{country} // "South African leaders"
		}
	}
	if g := regionalGroup(toks, c); g != "" {
		return []string{g} // "African environment ministers"
	}
	if c.end-c.start == 1 && countries[toks[c.start].lower] != "" && industryNouns[lowerAt(toks, c.end)] && lowerAt(toks, c.start-1) != "the" {
		return []string{sliceTextTok(toks, c.start, c.end+1)} // "Japanese carmakers"
	}
	if country := nationListCountry(toks, c); country != "" {
		return []string{country} // "Spanish and Moroccan fisheries officials", "Angolan, Cuban and South African delegations"
	}
	if c.end-c.start != 1 {
		return nil
	}
	country := countries[toks[c.start].lower]
	if country == "" {
		if nationalities[toks[c.start].lower] && toks[c.start].cap && delegationWords[lowerAt(toks, c.end)] &&
			lowerAt(toks, c.start-1) == "and" && countries[lowerAt(toks, c.start-2)] != "" {
			return []string{sliceTextTok(toks, c.start, c.end+1)} // "Iranian and European negotiators"
		}
		return nil
	}
	k := c.end
	if !toks[k-1].cap {
		return nil
	}
	switch {
	case delegationWords[lowerAt(toks, k)] && k+1 < len(toks) && toks[k+1].cap && !capStop[toks[k+1].lower]:
		return nil // "his Japanese counterpart Takeshi Iwaya": the person is the party
	case delegationWords[lowerAt(toks, k)] || bodyNouns[lowerAt(toks, k)] && !toks[k].cap && lowerAt(toks, c.start-1) == "the" && lowerAt(toks, c.start-2) != ",":
		return []string{country} // "Japanese officials", "the Dutch cabinet"
	case delegationWords[lowerAt(toks, k+1)] && (nameModifiers[lowerAt(toks, k)] || ministryFields[lowerAt(toks, k)]):
		return []string{country} // "a Japanese trade delegation", "Egyptian water ministers"
	case lowerAt(toks, k) == "and" && k+1 < len(toks) && toks[k+1].cap && (countries[lowerAt(toks, k+1)] != "" || nationalities[lowerAt(toks, k+1)]) &&
		(delegationWords[lowerAt(toks, k+2)] || fieldWord(lowerAt(toks, k+2)) && delegationWords[lowerAt(toks, k+3)] ||
			twoWordNations[lowerAt(toks, k+1)+" "+lowerAt(toks, k+2)] != "" && delegationWords[lowerAt(toks, k+3)]):
		return []string{country} // the first of "British and Irish negotiators"; the second is its own chunk
	}
	return nil
}

// compassPairFirst is the country of a lone compass word that shares its
// country's noun with the next: "South Korea" of "South and North Korean
// military officers", "North and South Korea"; "" otherwise.
func compassPairFirst(toks []token, c chunk) string {
	first := toks[c.start].lower
	if c.end-c.start != 1 || !compassPoints[first] || lowerAt(toks, c.end) != "and" || !compassPoints[lowerAt(toks, c.end+1)] || c.end+2 >= len(toks) {
		return ""
	}
	w := toks[c.end+2].lower
	if country := twoWordNations[first+" "+w]; country != "" {
		return country
	}
	if name := toks[c.start].text + " " + toks[c.end+2].text; isCountry(name) {
		return name
	}
	return ""
}

// compassPoints are the compass words a country's name may open with.
var compassPoints = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// fieldWord reports a word of a ministry's field or a meeting's kind
// between a nationality and its delegation: "Ethiopian and Egyptian water
// ministers", "British and Irish trade officials".
func fieldWord(w string) bool { return ministryFields[w] || nameModifiers[w] }

// hyphenCountries are the countries of a chunk that joins only countries
// with hyphens ("India-Australia", "U.S.-Japan" is left to the title), nil
// for any other chunk.
func hyphenCountries(toks []token, c chunk) []string {
	if run, next := countryRun(toks, c.start, c.end); len(run) >= 2 && next == c.end {
		return run
	}
	return nil
}

// countryRun reads countries joined by hyphens or en dashes from token k,
// before end: the countries and the token after the run ("Japan-Philippines"
// of "Japan-Philippines Strategic Dialogue", then "Strategic"; "Viet
// Nam–Philippines"). A country may take several tokens ("Viet Nam", "Côte
// d'Ivoire", "Timor-Leste").
func countryRun(toks []token, k, end int) ([]string, int) {
	var out []string
	for k < end {
		c, next := countryAt(toks, k, end)
		if c == "" {
			break
		}
		out = append(out, c)
		k = next
		if k+1 < end && (toks[k].lower == "-" || toks[k].lower == "–") {
			k++
			continue
		}
		break
	}
	return out, k
}

// countryAt is the longest country written from token k (up to four tokens,
// as written: "Côte d'Ivoire") and the token after it; "" when none opens
// there.
func countryAt(toks []token, k, end int) (string, int) {
	if k >= end || !toks[k].cap {
		return "", k
	}
	if !multiTokenStarts[toks[k].lower] {
		if isCountry(toks[k].text) {
			return toks[k].text, k + 1
		}
		return "", k
	}
	for n := min(4, end-k); n >= 1; n-- {
		var b strings.Builder
		for i := k; i < k+n; i++ {
			if i > k && toks[i].start > toks[i-1].end {
				b.WriteByte(' ')
			}
			b.WriteString(toks[i].text)
		}
		if isCountry(b.String()) {
			return b.String(), k + n
		}
	}
	return "", k
}

// multiTokenStarts are the first words of the countries written in more
// than one token ("viet" of "Viet Nam", "côte" of "Côte d'Ivoire", "timor"
// of "Timor-Leste"): only after one does countryAt try longer runs.
var multiTokenStarts = func() map[string]bool {
	m := map[string]bool{}
	for c := range countryNames {
		if i := strings.IndexAny(c, " -'’."); i > 0 {
			m[c[:i]] = true
		}
	}
	return m
}()

// leadingCountries is the run of countries joined by hyphens that opens chunk
// c, after an ordinal ("Third Japan-Philippines Vice-Ministerial Strategic
// Dialogue"), and the token after the run; nil when the chunk opens with
// none.
func leadingCountries(toks []token, c chunk) ([]string, int) {
	k := c.start
	if ordinals[toks[k].lower] {
		k++
	}
	run, next := countryRun(toks, k, c.end)
	if len(run) < 2 {
		return nil, 0
	}
	return run, next
}

// relativeSubject reports a name whose people a relative clause makes the
// meeting's subject, whatever word comes before the name: "to Commonwealth
// trade ministers, who will meet", "from Group of 20 leaders, who meet".
func relativeSubject(toks []token, c chunk, trig int) bool {
	k := c.end
	for k < len(toks) && k < c.end+2 && fieldWord(toks[k].lower) && !groupNouns[toks[k].lower] {
		k++ // "trade", "economic"
	}
	if !groupNouns[lowerAt(toks, k)] || lowerAt(toks, k+1) != "," || lowerAt(toks, k+2) != "who" {
		return false
	}
	return trig > k+2 && trig <= k+4
}

// saidAfterMeeting reports a speaker whose verb of saying at k, after the
// names of a list, is followed by "after" or "following" and the meeting
// at trig: "Hegseth and Philippine Defence Secretary Gilberto Teodoro said
// after meeting in Singapore", "..., the two ministers told reporters after
// their talks".
func saidAfterMeeting(toks []token, k, trig int) bool {
	for k < trig && (toks[k].lower == "," || toks[k].lower == "and" || toks[k].cap || titleWords[toks[k].lower]) {
		k++ // the rest of the list of speakers
	}
	if !reporting(lowerAt(toks, k)) {
		return false
	}
	j := k + 1
	if lowerAt(toks, j) == "reporters" {
		j++
	}
	if w := lowerAt(toks, j); w != "after" && w != "following" {
		return false
	}
	return trig > j && trig <= j+2
}

// meetingOfThe reports a name at k right after "meeting of the" or
// "session of the": the body that meets, not one that names the meeting
// ("the 22nd India-Russia Inter-Governmental Commission ... ministerial
// meeting", whose sides the annotators leave to the ministers).
func meetingOfThe(toks []token, k int) bool {
	if lowerAt(toks, k-1) == "the" {
		k--
	}
	_, meets := meetingNouns[lowerAt(toks, k-2)]
	return lowerAt(toks, k-1) == "of" && meets
}

// filedWith reports a name at k after "filing with" or "filed with" (past
// "the"): the regulator a document went to, no party of a meeting.
func filedWith(toks []token, k int) bool {
	if lowerAt(toks, k-1) == "the" {
		k--
	}
	w := lowerAt(toks, k-2)
	return lowerAt(toks, k-1) == "with" && (w == "filing" || w == "filed" || w == "filings")
}

// jointBodyAfter reports a body two countries keep together named in lower
// case in the three words from k: "the China-Zambia joint commission on
// economic and trade cooperation", "the India-Nepal boundary working group".
func jointBodyAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3 && toks[j].word && !toks[j].cap; j++ {
		if w := toks[j].lower; w != "joint" && w != "dialogue" && jointBodyWords[w] {
			return true
		}
	}
	return false
}

// modifiesHead reports tokens [from, head) that only modify the meeting's
// head: numbers, signs, capitalised words and name modifiers ("2+2
// Ministerial" before "Dialogue"), no verb.
func modifiesHead(toks []token, from, head int) bool {
	if from > head || head-from > 6 {
		return false
	}
	for k := from; k < head; k++ {
		if t := toks[k]; t.word && !t.num && !t.cap && !nameModifiers[t.lower] {
			return false
		}
	}
	return true
}

// twoWordNations are nationalities written in two words.
var twoWordNations = map[string]string{
	"south african": "South Africa", "south korean": "South Korea", "north korean": "North Korea",
	"west german": "West Germany", "east german": "East Germany", "new zealand": "New Zealand",
	"sri lankan": "Sri Lanka", "saudi arabian": "Saudi Arabia",
}

// sliceTextTok joins the token texts of [a,b) with spaces.
func sliceTextTok(toks []token, a, b int) string {
	var ws []string
	for k := a; k < b && k < len(toks); k++ {
		ws = append(ws, toks[k].text)
	}
	return strings.Join(ws, " ")
}

// officialNamedAt is bodysOfficialAt when the official's name follows
// the post or the remit's comma straight away: "trade chief Maros
// Sefcovic", not "defence committee grilled Defence Minister Boris
// Pistorius"; 0 otherwise.
func officialNamedAt(toks []token, j int) int {
	at := bodysOfficialAt(toks, j)
	if at == 0 {
		return 0
	}
	if w := toks[at-1].lower; w == "," || officeWord(w) || officialNouns[w] {
		return at
	}
	return 0
}

// officerOrg is the union that opens chunk text before its officer's
// title and name ("United Auto Workers President Owen Brackett", "National
// Farmers' Union president Tom Bradshaw"), when name is that person; ""
// otherwise. A company before its officer is left out: the read sets'
// annotators split on it ("Calder Motors Corp chairman Leland Shore" in,
// "Toyota Motor Corp President Koji Sato" out).
func officerOrg(text, name string) string {
	if name == text || !isPersonName(name) || !strings.HasSuffix(text, " "+name) {
		return ""
	}
	ws := strings.Fields(strings.TrimSuffix(text, " "+name))
	i := len(ws)
	for i > 0 && isTitleWord(strings.ToLower(ws[i-1])) {
		i--
	}
	if i == 0 || i == len(ws) {
		return ""
	}
	org := strings.Join(ws[:i], " ")
	if !unionName(org) || countryKey(org) != "" {
		return ""
	}
	return org
}

// unionName reports a trade union's name by its last word: "United Auto
// Workers", "National Farmers' Union", "Unite union", a federation (but
// not "National Union of Mineworkers", whose last word is its members').
func unionName(n string) bool {
	ws := strings.Fields(strings.ToLower(n))
	if len(ws) < 2 {
		return false
	}
	switch last, prev := ws[len(ws)-1], ws[len(ws)-2]; last {
	case "workers", "federation", "confederation":
		return true
	case "union":
		return !nationalities[prev] && prev != "african" && prev != "european" && prev != "soviet" // not "the European Union", nor India's "Union Education Minister"
	}
	return false
}

// memberNouns are the members that "in" joins to their body: "creditors in
// the Paris Club", "governments in the Paris Club".
var memberNouns = map[string]bool{"creditors": true, "governments": true, "members": true, "partners": true, "countries": true, "states": true}

// officialSpan reports chunk c inside a body's official phrase, between
// the body's possessive and the official's name: "Special Representative"
// and "South Caucasus" of "the European Union's Special Representative for
// the South Caucasus, Magdalena Grono".
func officialSpan(toks []token, c chunk) bool {
	for j := c.start - 1; j >= 0 && j >= c.start-14; j-- {
		if isApostrophe(toks[j].lower) && lowerAt(toks, j+1) == "s" {
			o := j
			for o > 0 && toks[o-1].cap && toks[o-1].word {
				o--
			}
			at := officialNamedAt(toks, o)
			return o < j && at >= c.end
		}
		if toks[j].lower == "," || !toks[j].word {
			return false
		}
	}
	return false
}

// stripped is stripTitles of name, made once a story: the story's chunks
// are stripped again and again, mention after mention.
func (d *doc) stripped(name string) string {
	if v, ok := d.bare[name]; ok {
		return v
	}
	if d.bare == nil {
		d.bare = map[string]string{}
	}
	v := stripTitles(name)
	d.bare[name] = v
	return v
}

// orgAcronymTitle reports an organisation's initialism at i before a
// title and a person of two words or more: "MITI" of "MITI Vice-Minister
// Makoto Kuroda", "EC" of "EC Agriculture Commissioner Jan de Wit" (fields
// between must be ones the lexicon knows: not "EC Farm Commissioner").
func orgAcronymTitle(words, lower []string, i int) bool {
	if i != 0 || len(words) < 4 || !isAcronym(words[0]) || initialWord(words[0]) {
		return false
	}
	for j := 1; j < len(words)-2; j++ {
		if isTitleWord(lower[j]) || titleWordOrHyphened(words[j]) {
			for _, w := range words[j+1:] {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles[w] {
					return false // not "OFC Home of Football", a venue
				}
			}
			return isPersonName(strings.Join(words[j+1:], " "))
		}
		if !fieldWords[lower[j]] && !ministryFields[lower[j]] {
			return false
		}
	}
	return false
}

// stripTitles drops job titles and nationalities from the front of a name:
// "West German Chancellor Helmut Kohl" -> "Helmut Kohl".
func stripTitles(name string) string {
	name = malayHonorific(name)
	var wbuf, buf [8]string // the words without a slice of their own
	words := wbuf[:0]
	for w := range strings.FieldsSeq(name) {
		words = append(words, w)
	}
	lower := buf[:0] // each word in lower case, made once: the name lower-cased in one string
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		lower = append(lower, w)
	}
	i, title := 0, false
	for i < len(words)-1 {
		w := strings.Trim(lower[i], ",()")
		if orgWords[w] && lower[i+1] == "of" {
			break // "Bank of Korea": a body, not a title
		}
		if i == 0 && w == "general" && thingWord(lower[i+1]) {
			break // "General Agreement on Tariffs and Trade": a treaty's name, no general
		}
		if i == 0 && bodyWordFirst(w, lower[i+1]) {
			break // "Bank Negara Malaysia", "Bank Indonesia": a body named by its word first; not "Bank Governor Lesetja Kganyago", "Bank Rate"
		}
		if isTitleWord(w) || personHonorifics[strings.TrimSuffix(w, ".")] || styleWords[w] && len(words)-i >= 3 {
			title = true
			if lower[i+1] == "of" && i+3 < len(words)-1 {
				i += 2 // "Chancellor of the Exchequer Nigel Lawson", "Secretary of State George Shultz"
				if lower[i] == "the" {
					i++
				}
			}
		} else if !nationalities[w] && !(strings.Contains(w, ".") && isAcronym(words[i]) && !initialWord(words[i])) && !orgAcronymTitle(words, lower, i) {
			break // "U.N. Secretary-General", "West German Chancellor"
		}
		i++
	}
	if !title {
		i = 0
	}
	for j := len(words) - 2; j > i; j-- {
		if w, lw := strings.Trim(words[j], ",()"), strings.Trim(lower[j], ",()"); w != "" && !(lower[j-1] == "of" && orgWords[lower[j-2]]) && (titleWords[lw] || styleWords[lw] || personHonorifics[strings.TrimSuffix(lw, ".")]) && !orgWords[lw] &&
			unicode.IsUpper([]rune(w)[0]) && unicode.IsUpper([]rune(words[j+1])[0]) && !(j == len(words)-2 && orgWords[strings.TrimSuffix(strings.Trim(lower[j+1], ",()"), "s")]) {
			i = j + 1 // "Indonesian Mines and Energy Minister Subroto", "Bank of England Governor Robin Leigh-Pemberton"
			break
		}
		if fw := strings.Trim(lower[j], ","); (fieldWords[fw] || ministryFields[fw]) && j >= 2 && (lower[j-1] == "of" || lower[j-1] == "for") &&
			isTitleWord(lower[j-2]) && unicode.IsUpper([]rune(words[j+1])[0]) {
			i = j + 1 // "Coordinating Minister of Health Muhammad Ali Pate"
			break
		}
	}
	for j := range words[i:] {
		if lw := strings.Trim(lower[i+j], ".,"); orgWords[lw] && !(lw == "co" && i+j < len(words)-1) {
			i = 0 // "General Motors Corp": a company, not a general (but "Nguyen Co Thach")
		}
	}
	out := trimPossessive(malayHonorific(joinFrom(name, words, i)))
	return strings.Trim(out, " ,-(")
}

// trimPossessive drops a possessive "'s" (or "’s") that ends name:
// "Minister Kari Holm's public schedule" -> "Kari Holm".
func trimPossessive(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// joinFrom is strings.Join(words[i:], " ") for the words of name: the
// end of name itself, with no copy, when its words are parted by single
// ASCII spaces.
func joinFrom(name string, words []string, i int) string {
	if len(words) == 0 || name[0] == ' ' || name[len(name)-1] == ' ' {
		return strings.Join(words[i:], " ")
	}
	for k := 0; k < len(name); k++ {
		if c := name[k]; c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ' && name[k-1] == ' ' {
			return strings.Join(words[i:], " ")
		}
	}
	n := len(words) - i - 1 // the spaces between words[i:]
	for _, w := range words[i:] {
		n += len(w)
	}
	return name[len(name)-max(n, 0):]
}

// styleWords are posts and forms of address written before a full name
// that name no one by themselves: "Chair Jerome Powell", "Rt Hon Rachel
// Reeves", "Honourable Anita Anand", "President-elect Donald Trump".
var styleWords = map[string]bool{"chair": true, "honourable": true, "honorable": true, "rt": true, "president-elect": true}

// malayHonorific drops a Malaysian honorific of two words from the front
// of a name of two words or more after it: "Datuk Seri Anwar Ibrahim" is
// "Anwar Ibrahim", as news names him; a plain "Datuk" stays ("Datuk Hamzah
// Rashid"), as annotators keep it.
func malayHonorific(name string) string {
	for _, h := range []string{"Datuk Seri ", "Dato' Seri ", "Dato’ Seri ", "Dato' Sri ", "Dato’ Sri ", "Dato Sri ", "Tan Sri ", "Datuk Sri "} {
		if rest, ok := strings.CutPrefix(name, h); ok && len(strings.Fields(rest)) >= 2 {
			return rest
		}
	}
	return name
}

// expand turns a surname into the full name the text used before.
func (d *doc) expand(name string) string {
	if isAcronym(name) && !strings.Contains(name, " ") {
		if p := d.initialismPerson(name); p != "" {
			return p // "EAM" after "External Affairs Minister Dr. S. Jaishankar"
		}
		return name
	}
	if name == "Company" {
		return d.definedTerm(name) // `Nordavia Group plc (the "Company")`
	}
	if strings.Contains(name, " ") {
		return name
	}
	if d.fullNames == nil {
		d.fullNames = d.surnames()
	}
	if full := d.fullNames[name]; full != "" {
		return full
	}
	return name
}

// surnames maps each surname to the one full personal name the text uses
// for it; ambiguous surnames ("Reagan" and "Nancy Reagan" in one sentence,
// or two first names) map to "".
func (d *doc) surnames() map[string]string {
	out := map[string]string{}
	for si := range d.sents {
		sent := d.sents[si].Text
		for _, c := range d.chunks(si) {
			full := d.stripped(c.text)
			var wbuf [5]string
			ws := wbuf[:0] // the words without a slice of their own
			for w := range strings.FieldsSeq(full) {
				ws = append(ws, w)
			}
			if len(ws) < 2 || len(ws) > 4 || !isPersonName(full) {
				continue
			}
			last := ws[len(ws)-1]
			if surnameFirst(ws) {
				last = ws[0] // "Park" of "Park Jin-woo", "Xi" of "Xi Jinping"
			}
			prev, seen := out[last]
			switch {
			case strings.Count(sent, last) > strings.Count(sent, full):
				out[last] = "" // the surname alone beside the full name: two people
			case !seen:
				out[last] = full
			case prev != full:
				out[last] = ""
			}
		}
	}
	return out
}

// isPersonName guesses that a 2-4 word capitalised name without
// organisation words is a person.
func isPersonName(s string) bool {
	n, last := 0, ""
	for w := range strings.FieldsSeq(s) {
		n, last = n+1, w
	}
	if n < 2 || n > 5 {
		return false
	}
	var buf [64]byte
	for w := range strings.FieldsSeq(s) {
		b, ascii := tokens.AppendLowerASCII(buf[:0], w) // the word in lower case without a string of its own
		if !ascii {
			b = []byte(strings.ToLower(w))
		}
		first, _, _ := bytes.Cut(b, []byte("-"))
		b = bytes.Trim(b, ".,")
		if orgWords[string(b)] || nationalities[string(b)] || geoWords[string(b)] || isAcronym(w) && !(initialWord(w) && w != last) || strings.Contains(w, "&") ||
			strings.Contains(w, "-") && !hyphenParticles[string(first)] && !hyphenName(w) && !(w == last && givenHyphen(w)) {
			return false
		}
	}
	return true
}

// personHonorifics are abbreviated honorifics before a person's name.
var personHonorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"gen": true, "lt": true, "col": true, "maj": true, "brig": true, "adm": true, "capt": true, "cmdr": true, "sgt": true,
	"majesty": true, "highness": true, "excellency": true, // "Gen. Ryan Mercer", "His Majesty Sultan Haitham bin Tarik"
	"eng": true, "engr": true, "atty": true, "arch": true, "sec": true, "fr": true, "msgr": true, "smt": true, "shri": true} // "Eng. Mercy Wanjiru", "Atty. Jose Reyes", "Smt. Kavita Deshmukh"

// initialWord reports an initial of a given name: "S." of "S. Jaishankar".
func initialWord(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && unicode.IsUpper(rs[0]) && rs[1] == '.'
}

// geoWords end the names of places, not of persons: "the Sulawesi Sea".
var geoWords = map[string]bool{
	"sea": true, "ocean": true, "gulf": true, "strait": true, "straits": true, "river": true, "island": true,
	"islands": true, "bay": true, "lake": true, "canal": true, "peninsula": true, "province": true,
	"county": true, "district": true, "region": true, "valley": true, "mountains": true, "coast": true,
}

// hyphenName reports a double-barrelled personal name, given or surname
// ("Hans-Dietrich", "Leigh-Pemberton"), not two countries
// ("Malaysia-Singapore").
func hyphenName(w string) bool {
	a, b, _ := strings.Cut(w, "-")
	return hyphenSurname(w) && !isCountry(a) && !isCountry(b)
}

// hyphenSurname reports a double-barrelled surname: "Leigh-Pemberton".
func hyphenSurname(w string) bool {
	for _, part := range strings.Split(w, "-") {
		rs := []rune(part)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) || !unicode.IsLower(rs[1]) {
			return false
		}
	}
	return true
}

// isAcronym reports whether s is all upper case letters (and digits, dots).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 1 && len(s) >= 2
}

func (d *doc) isDatelinePlace(name string) bool {
	return d.dl.Place != "" && strings.EqualFold(name, d.dl.Place)
}

// RulePartyAndTail names the join of joinAndTails.
const RulePartyAndTail Rule = "parties.and-tail"

// joinAndTails joins a body's name the reader split at its "and" back
// into one party: "Centers for Disease Control" and "Prevention" are the
// "Centers for Disease Control and Prevention" the text names, a name whose
// complement after "for" or "of" runs on past "and" to one more word that
// names a field (not "Bank of England and Barclays").
func (d *doc) joinAndTails(c *cluster, out []string) []string {
	var tails map[string]bool
	for i, a := range out {
		if !strings.Contains(a, " for ") && !strings.Contains(a, " of ") {
			continue
		}
		for _, b := range out {
			if b == a || strings.Contains(b, " ") || !fieldNoun(b) || !strings.Contains(d.text, a+" and "+b) {
				continue
			}
			if tails == nil {
				tails = map[string]bool{}
			}
			out[i], tails[b] = a+" and "+b, true
			c.mentions[0].byName(out[i], RulePartyAndTail, -1, -1)
			break
		}
	}
	if tails == nil {
		return out
	}
	kept := out[:0:0]
	for _, n := range out {
		if !tails[n] {
			kept = append(kept, n)
		}
	}
	return kept
}

// fieldNoun reports a word that names a field, not a body of its own:
// "Prevention", "Development", "Trade" (not "Barclays").
func fieldNoun(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"tion", "ment", "ity", "ance", "ence", "ure", "ness", "ics", "ism"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return fieldWords[l]
}

// fieldWords are the fields a body's name lists that fieldNoun's endings miss.
var fieldWords = map[string]bool{
	"trade": true, "industry": true, "research": true, "health": true, "welfare": true, "defence": true, "defense": true,
	"energy": true, "technology": true, "science": true, "sport": true, "tourism": true, "fisheries": true, "food": true,
	"transport": true, "justice": true, "finance": true, "investment": true, "affairs": true, "labour": true, "labor": true,
	"tariffs": true,
}

// stateAfterCity reports a U.S. state's or district's abbreviation written
// after a city and a comma: "Washington, D.C.", "Trenton, N.J.".
func stateAfterCity(toks []token, c chunk, name string) bool {
	return usStateAbbreviations[strings.TrimSuffix(name, ".")] && lowerAt(toks, c.start-1) == "," && c.start >= 2 && toks[c.start-2].cap
}

// usStateAbbreviations are the wire's abbreviations of U.S. states and of
// the District of Columbia, without their final period.
var usStateAbbreviations = map[string]bool{
	"D.C": true, "N.J": true, "N.Y": true, "Calif": true, "Mass": true, "Va": true, "Md": true, "Pa": true, "Ill": true,
	"Tex": true, "Fla": true, "Ga": true, "Wash": true, "Ore": true, "Colo": true, "Conn": true, "Mich": true, "Minn": true,
	"Ariz": true, "N.C": true, "S.C": true, "N.H": true, "N.M": true, "Wis": true, "Mo": true, "La": true, "Ky": true, "Tenn": true,
}

// dropQualifyingCountries removes from m's parties a country its sentence
// writes as a nationality or a possessive that only says whose the body or
// company named after it is: "Brazil's state-run oil company Petrobras",
// "France's SNCF", "Ghana's COCOBOD". The country stays when it stands for
// a party no name gives ("talks with Japanese officials", "Colombia's
// government and the National Liberation Army", "Chinese and British members
// of the Joint Liaison Group") and beside a person, who speaks for it as
// often as not in the annotators' lists.
func (d *doc) dropQualifyingCountries(m *mention) {
	toks := d.toks[m.sent]
	out := m.named[:0]
	for _, n := range m.named {
		if at, ok := m.namedAt[n]; !ok || !isCountry(n) || !qualifiesName(toks, at, m) {
			out = append(out, n)
		}
	}
	m.named = out
}

// qualifiesName reports a country's word at k, a nationality or a name
// with "'s", whose phrase runs on, through lower-case words, titles and an
// apposition's comma, to another of m's named parties.
func qualifiesName(toks []token, k int, m *mention) bool {
	j := k + 1
	if isApostrophe(lowerAt(toks, j)) && lowerAt(toks, j+1) == "s" {
		j += 2
	} else if !nationalities[lowerAt(toks, k)] {
		return false
	}
	for ; j < len(toks) && j <= k+8; j++ {
		w := toks[j].lower
		if toks[j].cap && toks[j].word {
			if n := namedStarting(m, j); n != "" && !isCountry(n) {
				return !isPersonName(n) // a person's country is a side of its talks as often as not ("Australian Foreign Minister Penny Wong")
			}
			continue // "Ambassador", "Foreign Minister": a title before the name
		}
		if qualifierStops[w] || auxiliaries[w] || meetingVerbs[w] || reporting(w) || groupNouns[w] || partyNouns[w] || delegationWords[w] {
			return false // "Chinese and British members of the Joint Liaison Group": the country's people
		}
	}
	return false
}

// qualifierStops end the phrase a country's word qualifies: another party
// or a place follows.
var qualifierStops = map[string]bool{"and": true, "or": true, "with": true, "by": true, "in": true, "on": true, "at": true,
	"from": true, "for": true, "held": true, "met": true, "told": true}

// namedStarting is the party of m named at token j, "" when none.
func namedStarting(m *mention, j int) string {
	for n, at := range m.namedAt {
		if at == j && slices.Contains(m.named, n) {
			return n
		}
	}
	return ""
}

// reportedSubject reports name c as the subject of a clause that a verb of
// saying reports, "told him Japan could not accept", "told the committee
// yesterday that Italy would cut capacity" (rule parties.sentence): the
// country or body the speaker spoke of, not one that met. A name
// right after "said" is the speaker, not this.
func reportedSubject(toks []token, c chunk) bool {
	if !clauseVerbs[lowerAt(toks, c.end)] {
		return false
	}
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	switch w := lowerAt(toks, k); {
	case w == "that":
		for j := k - 1; j >= 0 && j >= k-14 && toks[j].lower != ";"; j-- {
			if reporting(toks[j].lower) { // "told", "said"; "told a meeting of the Cattle Council of Australia in Canberra yesterday that Japan must"
				return true
			}
		}
	case objectPronouns[w]:
		return lowerAt(toks, k-1) == "told"
	}
	return false
}

// clauseVerbs open a reported clause's predicate after its subject.
var clauseVerbs = map[string]bool{
	"would": true, "could": true, "will": true, "was": true, "were": true, "had": true, "has": true,
	"have": true, "is": true, "are": true, "wanted": true, "needed": true, "must": true, "should": true,
	"might": true, "can": true, "did": true, "does": true, "planned": true, "intended": true,
}

// objectPronouns are told's persons: "told him", "told them".
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "reporters": true, "journalists": true}

// slotBody reports a body that opens a schedule's line before a dash and
// the meeting's noun: "09:00 Public Accounts Committee - hearing with the
// Controlling Officer". The body holds the meeting, whoever it is with.
func slotBody(toks []token, c chunk, trig int) bool {
	return c.end+1 == trig && isDash(lowerAt(toks, c.end)) && bodyNouns[toks[c.end-1].lower]
}

// allName reports an organisation whose name opens with "All" before a
// country: "ALL INDIA INSURANCE EMPLOYEES' ASSOCIATION", "All Japan Seamen's
// Union"; not "All Indian delegates".
func (d *doc) allName(toks []token, s, e int) bool {
	return toks[s].lower == "all" && e-s >= 3 && isCountry(toks[s+1].text) && headingOrg(sliceText(d.runes, toks[s].start, toks[e-1].end))
}

// irregularPlurals are plurals without an s, whose possessive "'s" stays
// inside a body's name: "People's Bank", "Fishermen's Association", "All
// Japan Seamen's Union", "Women's Engineering Society".
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "fishermen": true, "seamen": true, "workmen": true,
	"servicemen": true, "firemen": true, "policemen": true, "craftsmen": true, "tradesmen": true, "clergymen": true,
}

// stopAcronyms are initialisms written as a capStop word is: "WHO's
// executive board", "the US and Japan", not "who" or "us".
var stopAcronyms = map[string]bool{"WHO": true, "US": true}

// creditorClub reports the creditors' clubs a debtor meets "in": "the Paris
// Club", "the London Club".
func creditorClub(n string) bool { return n == "Paris Club" || n == "London Club" }

// personsCountry reports a country named after a person's name and "of
// (the)": "Manaspas Xuto of Thailand", "Aart de Zeeuw of the Netherlands".
func (d *doc) personsCountry(toks []token, si int, c chunk) bool {
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	return lowerAt(toks, k) == "of" && isCountry(c.text) && d.personEndsAt(si, k)
}

// streetAfter reports ", <Name> Road" after token end: the place before it
// is an address's first part ("Old Forge, Mill Road").
func streetAfter(toks []token, end int) bool {
	if lowerAt(toks, end) != "," {
		return false
	}
	k := end + 1
	for k < len(toks) && toks[k].cap && toks[k].word && !streetWords[toks[k].lower] {
		k++
	}
	return k > end+1 && k < len(toks) && toks[k].cap && streetWords[toks[k].lower]
}

// streetNumbered reports a name an address's comma puts before its
// street number, with or without a lower-case street word: "Kongens" of
// "Ministry, Kongens gate 8, Oslo", "Akersgata" of "Akersgata 13".
func streetNumbered(toks []token, c chunk) bool {
	if lowerAt(toks, c.start-1) != "," {
		return false
	}
	k := c.end
	if k < len(toks) && !toks[k].cap && streetWords[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !toks[k].num {
		return false
	}
	next := lowerAt(toks, k+1)
	return next == "," || next == "." || next == ""
}

// staffSides reports "Management and union leaders at" before token k
// ("at"): the company's two sides, named by the company after it.
func staffSides(toks []token, k int) bool {
	return (lowerAt(toks, k-1) == "leaders" || lowerAt(toks, k-1) == "representatives") && lowerAt(toks, k-2) == "union" &&
		lowerAt(toks, k-3) == "and" && lowerAt(toks, k-4) == "management"
}

// billNumber reports a House bill's prefix ("pending legislation,
// including H.R. 4410"; the sentence splitter may end the sentence after
// it) or the Senate's "S." before a number.
func billNumber(toks []token, c chunk, name string) bool {
	return name == "H.R." || name == "H.R" || name == "S." && c.end < len(toks) && toks[c.end].num
}
