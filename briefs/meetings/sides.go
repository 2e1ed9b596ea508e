package meetings

// Attendance and sides: who a sentence says attends, leads a side, or makes
// up a delegation or a pair (rules parties.attend-list, parties.leads-side,
// parties.two-sides), read by roleParties in roles.go.

import (
	"slices"
	"strings"
)

// attendLeadIns stand between those who attend and the verb: "are
// expected to attend", "have been invited to attend", "also attended".
var attendLeadIns = map[string]bool{
	"expected": true, "to": true, "also": true, "due": true, "likely": true, "invited": true, "been": true, "set": true, "have": true, "has": true,
	"be": true, "confirmed": true, "agreed": true, "promised": true, "pledged": true, "scheduled": true,
}

// saidHeWould reports a word of "said on Sunday he would (attend)": the
// speaker says it attends.
func saidHeWould(toks []token, k int) bool {
	switch w := toks[k].lower; {
	case reporting(w) && !toks[k].cap, sayingDayWord(w), w == "that", w == "he", w == "she", w == "they", w == "would", w == "will":
		return true
	}
	return false
}

// attendVerb reports the verb of attending at k: "attend", "take part",
// "participate", "join".
func attendVerb(toks []token, k int) bool {
	switch lowerAt(toks, k) {
	case "attend", "attends", "attending", "attended", "participate", "participates", "participating", "participated", "testify", "testifies",
		"mediate", "mediates", "moderate", "moderates":
		return true
	case "host", "hosts", "hosting":
		return lowerAt(toks, k-1) == "be" && toks[k].lower == "host" || lowerAt(toks, k+1) == "the" // "will be host", "will host the talks"
	case "take", "takes", "taking", "took":
		return lowerAt(toks, k+1) == "part"
	}
	return false
}

// attendList is the list of persons or bodies sentence si says attend or
// take part, when nothing names another gathering after the verb (rule
// parties.attend-list): "Gerhard Stoltenberg, Edouard Balladur and Nigel
// Lawson are expected to attend."
func (d *doc) attendList(si int) []string {
	toks := d.toks[si]
	cs := d.chunks(si)
	for i, c := range cs {
		k := c.end
		if lowerAt(toks, k) == "," && includedFrom(toks, cs, i) {
			k++ // "Leaders from the forum's 18 members, including X and Y, are due to attend"
		}
		if lowerAt(toks, k) == "," && auxiliaries[lowerAt(toks, k+1)] && lowerAt(toks, c.start-1) == "," {
			k++ // "... and fertilizer maker Norvane's chairman, Helen Achebe, are scheduled to testify": the apposition's name
		}
		if lowerAt(toks, k) == "," && lowerAt(toks, k+1) == "the" && lowerAt(toks, k+2) == "host" {
			if n := d.expand(d.stripped(c.text)); isPersonName(n) || isCountry(n) {
				return []string{n} // "Canadian Prime Minister Brian Mulroney, the host, wants tougher measures"
			}
		}
		for n := 0; n < 8 && k < len(toks) && !attendVerb(toks, k) && !invitedEnd(toks, k) && (auxiliaries[toks[k].lower] || attendLeadIns[toks[k].lower] ||
			n == 0 && k == c.end && sideNouns[strings.TrimSuffix(toks[k].lower, "s")+"s"] || saidHeWould(toks, k)); n++ {
			k = amongThose(toks, k+1) // "are among the eight members expected to take part"
		}
		if !attendVerb(toks, k) && !invitedEnd(toks, k) {
			continue
		}
		v := k + 1
		if lowerAt(toks, v) == "part" {
			v++
		}
		if w := lowerAt(toks, v); w != "." && w != "," && w != "" && w != "in" && w != "as" && !openingSession(toks, v) {
			continue // "attend the OPEC conference": another gathering may be named
		}
		j := partyListStart(toks, cs, i) // "A, B and C", "A, the B and C", "A and rebel commander B", "A, Brazil's B"
		var out []string
		for _, e := range cs[j : i+1] {
			if isApostrophe(lowerAt(toks, e.end)) {
				continue // "Brazil's" before its president: the person is the party
			}
			if w := lowerAt(toks, cs[j].start-2); lowerAt(toks, cs[j].start-1) == "of" && isTitleWord(strings.TrimSuffix(w, "s")) && !sideNouns[w] && !allCountries(cs[j:i+1]) {
				break // "Chief Ministers of Punjab, Haryana and Himachal Pradesh": unnamed holders of a title; not "Foreign ministers of Chad, Niger and Cameroon", whose countries take part
			}
			if n := d.expand(d.stripped(e.text)); n != "" && !d.isDatelinePlace(n) {
				out = append(out, n)
			}
		}
		return append(out, d.alongWith(si, v)...)
	}
	return nil
}

// invitedEnd reports "invited" closing its clause at token k after a
// plural verb: "Foreign ministers of Chad, Niger and Cameroon have been
// invited, along with ...". A list of those invited tells who is to come; one
// person "has also been invited" may be asked to another gathering.
func invitedEnd(toks []token, k int) bool {
	if w := lowerAt(toks, k+1); lowerAt(toks, k) != "invited" || w != "," && w != "." {
		return false
	}
	aux := lowerAt(toks, k-1)
	if aux == "been" {
		aux = lowerAt(toks, k-2)
	}
	return aux == "have" || aux == "had" || aux == "were" || aux == "are"
}

// allCountries reports chunks that each name a country.
func allCountries(cs []chunk) bool {
	for _, c := range cs {
		if !isCountry(stripTitles(c.text)) {
			return false
		}
	}
	return len(cs) > 0
}

// openingSession reports the meeting itself named after the verb of
// attending at token k, a part of it and no other gathering: "attended the
// opening session", "attended the talks".
func openingSession(toks []token, k int) bool {
	if lowerAt(toks, k) != "the" {
		return false
	}
	k++
	if sessionParts[lowerAt(toks, k)] {
		k++
	}
	_, ok := meetingNouns[lowerAt(toks, k)]
	if w := lowerAt(toks, k+1); !ok || w != "." && w != "," && w != "" && w != "on" {
		return false
	}
	return true
}

// alongWith are the names after "along with", "together with" or "as well
// as" that follows the verb of attending at token v: "are expected to
// attend, along with Foreign Minister Kerem Aydin", "attended the opening
// session, along with representatives of guarantor countries Cuba and
// Norway".
func (d *doc) alongWith(si, v int) []string {
	toks := d.toks[si]
	at := -1
	for k := v; k < len(toks) && k < v+6; k++ {
		if w := toks[k].lower; (w == "along" || w == "together") && lowerAt(toks, k+1) == "with" || w == "as" && lowerAt(toks, k+1) == "well" && lowerAt(toks, k+2) == "as" {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	var out []string
	for _, c := range d.chunks(si) {
		if c.start <= at {
			continue
		}
		if reporting(lowerAt(toks, c.end)) || lowerAt(toks, c.end) == "," && reporting(lowerAt(toks, c.end+1)) {
			break // "..., diplomats said": the speaker
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) || isOrg(n) && !isCountry(n) {
			out = append(out, n) // not "representatives of guarantor countries Cuba and Norway", who observe
		}
	}
	return out
}

// includedFrom reports the list that ends with chunk cs[i] opened by
// "including": "Leaders from the forum's 18 members, including Australian
// Prime Minister Anthony Albanese and New Zealand Prime Minister
// Christopher Luxon, are due to attend".
func includedFrom(toks []token, cs []chunk, i int) bool {
	k := cs[partyListStart(toks, cs, i)].start - 1
	for n := 0; n < 4 && k > 0 && toks[k].word && !toks[k].cap; n++ {
		if toks[k].lower == "including" {
			return true
		}
		k-- // "including Australian Prime Minister", "including the"
	}
	return lowerAt(toks, k) == "including"
}

// amongThose skips "among the eight members" from token k: the list is
// some of those who attend. It returns k when no such phrase starts there.
func amongThose(toks []token, k int) int {
	if lowerAt(toks, k) != "among" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if w := toks[j].lower; groupNouns[w] || groupHead(w) || w == "those" || w == "countries" || w == "nations" {
			return j + 1
		}
	}
	return k
}

// listJoined reports chunks a and b of a list: "A, B", "A and B", "A, the
// B", "A and the B".
func listJoined(toks []token, a, b chunk) bool {
	k := b.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	return k == a.end && (toks[k].lower == "," || toks[k].lower == "and")
}

// partyListStart is the index of the first chunk of the list of parties that
// ends with cs[i], read back by prevListed.
func partyListStart(toks []token, cs []chunk, i int) int {
	for p := prevListed(toks, cs, i); p >= 0; p = prevListed(toks, cs, i) {
		i = p
	}
	return i
}

// prevListed is the index of the chunk before cs[j] in a list of parties,
// or -1: joined by a comma or "and" ("A, B and C", "A, the B and C"), by
// "and" and a title after at most two lower-case words or an initialism
// ("Rosa Elvira Duque and rebel commander Walter Mendoza", "Otty Patino
// and ELN commander Pablo Beltran"), or past a country's possessive ("A,
// Brazil's B": the index of the possessive, whose list goes on before it).
func prevListed(toks []token, cs []chunk, j int) int {
	if j == 0 {
		return -1
	}
	if listJoined(toks, cs[j-1], cs[j]) {
		return j - 1
	}
	if cs[j-1].end+2 == cs[j].start && isApostrophe(lowerAt(toks, cs[j-1].end)) && lowerAt(toks, cs[j-1].end+1) == "s" && isCountry(cs[j-1].text) {
		if j > 1 && listJoined(toks, cs[j-2], cs[j-1]) {
			return j - 1
		}
		return -1
	}
	if a := ownerAppositionBefore(toks, cs, j); a >= 0 {
		return a
	}
	k := cs[j].start - 1
	if w := lowerAt(toks, k); !roleWord(w) && w != "commander" || toks[k].cap {
		return -1
	}
	a := j - 1
	if isAcronym(cs[a].text) && cs[a].end == k && a > 0 {
		a-- // "ELN commander"
	}
	for n := 0; n < 3 && k > cs[a].end && toks[k].word && (!toks[k].cap || isAcronym(toks[k].text)); n++ {
		k--
	}
	if k == cs[a].end && toks[k].lower == "and" {
		return a
	}
	return -1
}

// ownerAppositionBefore is the index of the party listed before cs[j] when
// cs[j] is the name in an apposition to its owner's post ("Mark Ostrowski
// and fertilizer maker Norvane's chairman, Helen Achebe"): the list goes on
// before the owner, joined to it by "and" and at most three lower-case
// words; -1 when cs[j] is no such name.
func ownerAppositionBefore(toks []token, cs []chunk, j int) int {
	k := cs[j].start - 1
	if j < 2 || lowerAt(toks, k) != "," {
		return -1
	}
	if k = backOverLower(toks, k-1, cs[j-1].end+1); k != cs[j-1].end+1 || lowerAt(toks, k) != "s" || !isApostrophe(lowerAt(toks, k-1)) {
		return -1
	}
	if k = backOverLower(toks, cs[j-1].start-1, cs[j-2].end); k == cs[j-2].end && toks[k].lower == "and" {
		return j - 2
	}
	return -1
}

// backOverLower steps back from k over at most three lower-case words, not
// past stop: "fertilizer maker" before "Norvane's", "chairman" before the
// apposition's comma.
func backOverLower(toks []token, k, stop int) int {
	for n := 0; n < 3 && k > stop && toks[k].word && !toks[k].cap; n++ {
		k--
	}
	return k
}

// includeVerbs list a side's members.
var includeVerbs = map[string]bool{"includes": true, "include": true, "included": true, "comprises": true, "comprise": true}

// sideMembers are the persons sentence si says a side includes: "The
// group includes Senators Roger Wicker and Jeanne Shaheen", "The
// delegation will include ...".
func (d *doc) sideMembers(si int) []string {
	toks := d.toks[si]
	for k, t := range toks {
		if !includeVerbs[t.lower] {
			continue
		}
		j := k - 1
		for j >= 0 && auxiliaries[toks[j].lower] {
			j--
		}
		if w := lowerAt(toks, j); !sideHeads[w] && w != "group" && w != "delegation" {
			return nil
		}
		var out []string
		var prev chunk
		for _, c := range d.chunks(si) {
			if c.start == k+1 || len(out) > 0 && listJoined(toks, prev, c) {
				if n := d.expand(d.stripped(c.text)); isPersonName(n) {
					out = append(out, n)
					prev = c
					continue
				}
			}
			if len(out) > 0 {
				break
			}
		}
		return out
	}
	return nil
}

// sideHeads name the side a person leads: "the American team", "the
// government panel".
var sideHeads = map[string]bool{"team": true, "delegation": true, "side": true, "panel": true, "negotiators": true, "mission": true}

// possessivePronouns open a side a person leads: "his country's delegation".
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// leadsSide is the person sentence si says leads a side, past an
// apposition and the side's modifiers (rule parties.leads-side): "Brendan
// Lynch, the U.S. chief negotiator, will lead the American team";
// "Teofisto Guingona heads the government panel".
func (d *doc) leadsSide(si int) []string {
	toks := d.toks[si]
	var out []string
	out = append(out, d.sideLedBy(si)...)
	cs := d.chunks(si)
	for i, c := range cs {
		k := c.end
		if lowerAt(toks, k) == "," && lowerAt(toks, k+1) == "who" {
			k += 2 // "Marcelo Ebrard, who will lead his country's delegation, told reporters"
		} else {
			k = pastApposition(toks, k, 14) // "Brendan Lynch, the U.S. chief negotiator for South and Central Asia, will lead"
		}
		for n := 0; n < 3 && auxiliaries[lowerAt(toks, k)]; n++ {
			k++
		}
		switch lowerAt(toks, k) {
		case "lead", "leads", "led", "head", "heads", "headed":
		default:
			continue
		}
		j := k + 1
		if determiners[lowerAt(toks, j)] || possessivePronouns[lowerAt(toks, j)] {
			j++
		}
		if isApostrophe(lowerAt(toks, j+1)) && lowerAt(toks, j+2) == "s" && (toks[j].cap || toks[j].lower == "country") {
			j += 3 // "Tehran's delegation", "his country's delegation", "the union's bargaining committee"
		}
		if lowerAt(toks, j) == "u" && lowerAt(toks, j+1) == "." && lowerAt(toks, j+2) == "s" && lowerAt(toks, j+3) == "." {
			j += 4 // "the U.S. delegation"
		}
		groupOf := lowerAt(toks, j) == "group" && lowerAt(toks, j+1) == "of" // "Chemical Bank and Manufacturers Hanover Trust lead the group of lenders": bodies
		for n := 0; n < 2 && j < len(toks) && !sideHeads[toks[j].lower] && (toks[j].cap && (nationWord(toks, j) || isCountry(toks[j].text)) || !toks[j].cap && toks[j].word); n++ {
			j++
			if isApostrophe(lowerAt(toks, j)) {
				j++ // "the employers' side"
			}
		}
		if !sideHeads[lowerAt(toks, j)] && lowerAt(toks, j) != "committee" && !groupOf {
			continue
		}
		if n := d.expand(d.stripped(c.text)); isPersonName(n) && !groupOf {
			if lowerAt(toks, c.end) != "," { // not past an apposition
				for p := prevListed(toks, cs, i); p >= 0; p = prevListed(toks, cs, p) {
					if q := d.expand(d.stripped(cs[p].text)); isPersonName(q) {
						out = append(out, q) // "Foreign Minister Penny Wong and Defence Minister Richard Marles will lead the Australian side"
					}
				}
			}
			out = append(out, n)
			out = append(out, d.gappedLeader(si, j+1)...)
		} else if l := d.bodies().listWith(si, n); l != nil {
			out = append(out, l...) // "The employers' federation Gesamtmetall and the regional association Suedwestmetall will lead the employers' side"
		}
	}
	return out
}

// sideLedBy are the persons a passive names as leading a side: "The
// Japanese delegation will be led by Makoto Kuroda, vice minister of ...",
// "the team, headed by senior IMF official Ahmed Abushadi, would stay",
// "The commissions are headed by deputy prime ministers Mher Grigoryan of
// Armenia and Shahin Mustafayev of Azerbaijan".
func (d *doc) sideLedBy(si int) []string {
	toks := d.toks[si]
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "led" && toks[k].lower != "headed" || lowerAt(toks, k+1) != "by" {
			continue
		}
		j := k - 1
		switch lowerAt(toks, j) {
		case "be", "is", "was", "are", "were", ",":
			j--
		default:
			continue
		}
		for j >= 0 && auxiliaries[toks[j].lower] {
			j--
		}
		if w := lowerAt(toks, j); !sideHeads[w] && !ledBodies[w] {
			return nil
		}
		var out []string
		cs := d.chunks(si)
		last := -1
		for i, c := range cs {
			first := last < 0
			if c.start < k+2 || first && c.start > k+6 || !first && prevListed(toks, cs, i) != last {
				continue // the first person within a title's words of "by", then those listed with it
			}
			n := d.expand(d.stripped(c.text))
			if p, _, ok := personOfCountry(n); ok {
				n = p // "Mher Grigoryan of Armenia"
			}
			if isCountry(c.text) && last >= 0 || last >= 0 && lowerAt(toks, c.start-1) == "," && isTitleWord(toks[c.start].lower) {
				last = i // "of Armenia and", ", Director General of Public Administration,": the list goes on past the person's country or post
				continue
			}
			if !isPersonName(n) || isTitleWord(strings.ToLower(lastWord(n))) {
				if last >= 0 {
					break
				}
				continue
			}
			out, last = append(out, n), i
		}
		return out
	}
	return nil
}

// ledBodies are bodies a passive says someone heads: "The commissions are
// headed by".
var ledBodies = map[string]bool{"commission": true, "commissions": true, "committee": true, "committees": true, "delegations": true, "teams": true,
	"talks": true, "negotiations": true, "consultations": true, "dialogue": true} // "The talks will be led by X and Y"

// gappedLeader is the person who leads the other side in a gapped second
// clause after the side's head at k: "..., and Foreign Minister Winston
// Peters the New Zealand one".
func (d *doc) gappedLeader(si, k int) []string {
	toks := d.toks[si]
	if lowerAt(toks, k) == "," {
		k++
	}
	if lowerAt(toks, k) != "and" {
		return nil
	}
	for _, c := range d.chunks(si) {
		if c.start <= k || c.start > k+8 || !lowerWords(toks, k+1, c.start) {
			continue // "and presidential chief of staff Andriy Yermak the Ukrainian one"
		}
		j := c.end
		if lowerAt(toks, j) != "the" {
			return nil
		}
		for j++; j < len(toks) && j < c.end+4 && lowerAt(toks, j) != "one" && !sideHeads[lowerAt(toks, j)]; j++ {
		}
		if n := d.expand(d.stripped(c.text)); (lowerAt(toks, j) == "one" || sideHeads[lowerAt(toks, j)]) && isPersonName(n) {
			return []string{n}
		}
		return nil
	}
	return nil
}

// lowerWords reports tokens [a, b) that are all lower-case words.
func lowerWords(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].cap || !toks[k].word {
			return false
		}
	}
	return true
}

// namedAfter reports two persons named in apposition from token k of
// sentence si: ", Alvaro Restrepo and Ruben Salazar,".
func (d *doc) namedAfter(si, k int) bool {
	toks := d.toks[si]
	if lowerAt(toks, k) != "," {
		return false
	}
	persons := 0
	for _, c := range d.chunks(si) {
		if c.start <= k {
			continue
		}
		if c.start > k+8 || !isPersonName(d.stripped(c.text)) {
			break
		}
		persons++
	}
	return persons >= 2
}

// twoSides are the pair "the two sides", "the two countries" or "both
// sides" stand for in sentence sent: the pair joined by "and" in the nearest
// sentence before (rule parties.two-sides): "India and New Zealand
// concluded a round ... The two sides will hold the next round".
func (d *doc) twoSides(sent int) []string {
	toks := d.toks[sent]
	noun := ""
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].lower == "two" && (k == 0 || lowerAt(toks, k-1) == "the") || toks[k].lower == "both") && pairNouns[lowerAt(toks, k+1)] {
			if d.namedAfter(sent, k+2) {
				return nil // "The foreign ministers of the two countries, Alvaro Restrepo and Ruben Salazar, met": the persons named
			}
			noun = lowerAt(toks, k+1)
		}
		if toks[k].lower == "two" && k > 0 && lowerAt(toks, k-1) == "the" && k <= 2 && pairVerb(lowerAt(toks, k+1)) {
			noun = "men" // "The two agreed to meet in person next month": the two persons the story named
		}
	}
	if noun == "" {
		return nil
	}
	for si := sent - 1; si >= 0 && si >= sent-3; si-- {
		if p := d.pairs.get(len(d.toks), si, d.pairOf); p != nil {
			return p
		}
	}
	return d.firstTwo(sent, noun)
}

// officeOf reports "of" at k after a post or a ministry's word: "Minister
// of", "Ministry of", "Department of".
func officeOf(toks []token, k int) bool {
	if w := lowerAt(toks, k); w != "of" && w != "for" || k < 1 {
		return false
	}
	w := strings.TrimSuffix(toks[k-1].lower, "s")
	return isTitleWord(w) || isTitleWord(toks[k-1].lower) || w == "ministry" || w == "department" || w == "secretariat" || w == "bureau"
}

// oneNameJoined reports chunks a and b, joined by "and", that are one
// name: b ends in a ministry's, a law's or an event's word ("the
// International Trade and Industry Ministry", "the Quality Healthcare and
// Patient Safety Bill", "the China-Africa Economic and Trade Expo"), or a
// is only a remit's words ("Trade and Industrialisation").
func oneNameJoined(a, b string) bool {
	switch strings.ToLower(lastWord(b)) {
	case "ministry", "department", "bill", "act", "expo", "fair", "meeting", "agreement", "treaty", "programme", "program", "plan":
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if !fieldWords[w] && !ministryFields[w] && w != "international" && w != "economic" {
			return false
		}
	}
	return true
}

// pairVerb reports a verb right after "The two" that opens a sentence,
// which makes "the two" a pair of persons: "The two agreed", "The two
// will meet".
func pairVerb(w string) bool {
	return auxiliaries[w] || meetingVerbs[w] || w == "agreed" || w == "also" || w == "discussed" || w == "spoke"
}

// pairNouns name the two sides of talks.
var pairNouns = map[string]bool{"sides": true, "countries": true, "nations": true, "governments": true, "leaders": true, "neighbours": true, "neighbors": true, "companies": true,
	"firms": true, "ministers": true, "men": true, "presidents": true, "premiers": true}

// firstTwo is the pair a story names apart, not joined by "and", that "the
// two" noun of sentence sent stands for: the first two companies it names
// for "companies" ("Calloway Engineering Plc raised its offer for
// Brightmoor Industries Plc"), the first two countries for "countries"
// and "sides" as countriesOf reads them ("Australian officials"), the
// first two persons named with a title for "ministers" and "men"; nil when
// the story names fewer before sent.
func (d *doc) firstTwo(sent int, noun string) []string {
	var out []string
	add := func(n string) {
		if n != "" && !slices.Contains(out, n) && !d.isDatelinePlace(n) {
			out = append(out, n)
		}
	}
	for si := 0; si < sent && len(out) < 2; si++ {
		toks := d.toks[si]
		for _, c := range d.chunks(si) {
			switch noun {
			case "companies", "firms":
				add(d.companyName(si, c))
			case "countries", "nations", "governments", "neighbours", "neighbors", "sides":
				for _, n := range countriesOf(toks, c) {
					if isCountry(n) {
						add(n)
					}
				}
			case "ministers", "men", "presidents", "premiers":
				if n := d.stripped(c.text); n != c.text && isPersonName(n) && !strings.ContainsAny(n, "'’") {
					add(n) // a titled person: "Industry Minister Park Min-seo"
				}
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out[:2]
}

// pairOf is the first pair of names sentence si joins by "and": "India and
// New Zealand", "Japanese and U.S. officials" (as countries).
func (d *doc) pairOf(si int) []string {
	toks := d.toks[si]
	cs := d.chunks(si)
	for i := 0; i+1 < len(cs); i++ {
		a, b := cs[i], cs[i+1]
		if b.start-a.end != 1 || lowerAt(toks, a.end) != "and" {
			continue
		}
		if before := lowerAt(toks, a.start-1); before == "," || placePreps[before] && before != "between" {
			continue // "will travel to Agra, Mumbai and Bengaluru": places, the tail of a longer list
		}
		if officeOf(toks, a.start-1) || oneNameJoined(a.text, b.text) {
			continue // "vice-minister of International Trade and Industry", "the International Trade and Industry Ministry": one name, not two sides
		}
		var out []string
		for _, c := range []chunk{a, b} {
			if cc := countriesOf(toks, c); len(cc) > 0 {
				out = append(out, cc...)
			} else if n := d.expand(d.stripped(c.text)); n != "" && !d.isDatelinePlace(n) {
				out = append(out, n)
			}
		}
		if len(out) == 2 {
			return out
		}
	}
	return nil
}
