package meetings

import "strings"

// A country is no party of its own when a party person of the meeting is
// introduced as its representative (rule parties.represented): the person
// stands for it ("Japanese Finance Minister Kiichi Miyazawa", "Japan's
// Miyazawa", "the finance minister of France, Roland Lescure", "Johann
// Wadephul, Germany's foreign minister", "his Polish counterpart Radoslaw
// Sikorski"). A capital used for its government ("Washington and Tokyo")
// follows the same rule. A country no named party person stands for stays
// a party ("India and Pakistan will hold talks").

// RulePartyRepresented names the filter (it removes parties, so explain
// shows it only in the rule list).
const RulePartyRepresented Rule = "parties.represented"

// dropRepresented leaves out of the parties out each country (or capital)
// that a person among them represents.
func (d *doc) dropRepresented(out []string) []string {
	persons, countries := 0, 0
	var stands map[string]bool
	for i, n := range out {
		if p, c, ok := personOfCountry(n); ok {
			if stands == nil {
				stands = map[string]bool{}
			}
			out[i], stands[c] = p, true // "Foreign Minister Hakan Fidan of Turkey"
			persons++
			continue
		}
		if countryKey(n) != "" {
			countries++ // "New Zealand", though shaped like a person's name
		} else if isPersonName(n) {
			persons++
		}
	}
	if persons == 0 || countries == 0 {
		return out // most meetings
	}
	if stands == nil {
		stands = map[string]bool{}
	}
	for _, n := range out {
		if isPersonName(n) && countryKey(n) == "" {
			for _, c := range d.personCountries(n) {
				stands[c] = true
			}
		}
	}
	if len(stands) == 0 {
		return out
	}
	kept := out[:0:0]
	for _, n := range out {
		if stands[countryKey(n)] {
			continue
		}
		kept = append(kept, n)
	}
	return kept
}

// personOfCountry splits a person's name the text runs on into "of" and
// the country the person represents: "Hakan Fidan of Turkey".
func personOfCountry(n string) (person, country string, ok bool) {
	p, c, found := strings.Cut(n, " of ")
	if !found || !isPersonName(p) || strings.Contains(c, " of ") || stateWords[strings.ToLower(lastWord(p))] {
		return "", "", false // not "the Democratic Republic of Congo"
	}
	if k := countryNamed(c); k != "" {
		return p, k, true
	}
	return "", "", false
}

// stateWords end the first half of a state's name, which is no person's:
// "the Democratic Republic of Congo", "the United Kingdom of ...".
var stateWords = map[string]bool{"republic": true, "kingdom": true, "federation": true, "union": true, "states": true,
	"emirates": true, "islands": true, "principality": true, "sultanate": true, "commonwealth": true}

// countryKey is the one lower-case form of a country, its nationality or
// its capital ("Japanese", "Japan", "Tokyo" -> "japan"), "" for anything
// else.
func countryKey(n string) string {
	l := strings.ToLower(strings.TrimSpace(n))
	if ws := capitalOf[l]; len(ws) > 0 && !countryLike(l) {
		l = ws[0] // "tokyo" -> "japanese"
	}
	if k := countryAliases[l]; k != "" {
		return k
	}
	if c := twoWordNations[l]; c != "" {
		return strings.ToLower(c)
	}
	if c := countries[l]; c != "" {
		l = strings.ToLower(c) // "japanese" -> "japan"
		if k := countryAliases[l]; k != "" {
			return k
		}
		return l
	}
	if k := officialCountryNames[l]; k != "" {
		return k // "Türkiye" is Turkey
	}
	if isCountry(l) || twoWordCountries[l] {
		return l
	}
	return ""
}

// countryNamed is countryKey of a country or a nationality, "" for a
// capital: the representative readers below take a person's country only
// from its own name ("Foreign Minister of Ghana", "Argentina's"), while a
// capital counts for its government only as a party ("Washington and
// Tokyo", dropRepresented).
func countryNamed(s string) string {
	if capitalOf[strings.ToLower(s)] != nil {
		return ""
	}
	return countryKey(s)
}

// twoWordCountries are the countries of twoWordNations: "south africa".
var twoWordCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range twoWordNations {
		m[strings.ToLower(c)] = true
	}
	return m
}()

// countryAliases are a country's other written forms.
var countryAliases = map[string]string{
	"u.s.": "united states", "us": "united states", "america": "united states", "american": "united states",
	"britain": "britain", "uk": "britain", "u.k.": "britain", "united kingdom": "britain", "british": "britain",
	"korea": "south korea", "korean": "south korea", "south korean": "south korea", "soviet": "soviet union",
	"ussr": "soviet union", "russia": "russia", "russian": "russia",
}

// personCountries are the countries the story introduces person p as
// representing, at any of its namings.
func (d *doc) personCountries(p string) []string {
	var out []string
	for _, x := range d.ents().persons {
		if q, c, ok := personOfCountry(x.name); ok && q == p {
			out = append(out, c) // "Mher Grigoryan of Armenia"
			continue
		}
		if x.name != p {
			continue
		}
		for i, w := range x.title { // "japanese finance minister", "u.s. treasury secretary"; not "northern ireland secretary"
			if k := countryKey(w); k != "" && (countries[w] != "" || (i == 0 || x.title[i-1] == "of") && isCountry(w)) { // "foreign minister of mexico"
				out = append(out, k)
			}
		}
		if k := d.countryBefore(x.sent, x.at); k != "" {
			out = append(out, k)
		}
		if k := d.countryAfter(x.sent, x.at); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// countryBefore reads the country introduced just before a person's name
// at token at: a nationality or a possessive past lower-case titles ("his
// Polish counterpart", "his New Zealand counterpart", "Argentina's",
// "Brazil's President"), or a title phrase and a comma ("the foreign
// minister of Kenya, ", "Foreign Minister of Ghana, ", "New Zealand's
// Minister for Trade and Investment, Mr").
func (d *doc) countryBefore(si, at int) string {
	toks := d.toks[si]
	k := at - 1
	for n := 0; n < 4 && k >= 0 && toks[k].word && roleWord(toks[k].lower); n++ {
		k-- // "counterpart", "Finance Minister", "chief negotiator"
	}
	if k < 0 {
		return ""
	}
	if toks[k].lower == "s" && isApostrophe(lowerAt(toks, k-1)) {
		return d.countryEndingAt(si, k-1) // "Argentina's Javier Milei"
	}
	if toks[k].lower == "." {
		return d.countryEndingAt(si, k+1) // "Chief U.S. negotiator Max Kampelman": an initialism's last stop
	}
	if toks[k].cap && capitalOf[toks[k].lower] == nil {
		if c := d.countryEndingAt(si, k+1); c != "" {
			return c // "his New Zealand counterpart Bob Tizard"
		}
		if two := twoWordNations[lowerAt(toks, k-1)+" "+toks[k].lower]; two != "" {
			return countryKey(two)
		}
		return countryKey(toks[k].text) // "his Polish counterpart Radoslaw Sikorski"
	}
	if toks[k].lower == "," {
		return d.titlePhraseCountry(si, k)
	}
	return ""
}

// titlePhraseCountry reads the country of a title phrase ending just
// before token end: "the foreign minister of Kenya", "Foreign Minister of
// Ghana", "Ukrainian Minister of Economy", "New Zealand's Minister for
// Trade and Investment"; "" when the phrase names no title or no country.
func (d *doc) titlePhraseCountry(si, end int) string {
	toks := d.toks[si]
	j, title := end-1, false
	for n := 0; j >= 0 && n < 10; n++ {
		t := toks[j]
		if !t.word && t.lower != "&" || !t.cap && !isTitleWord(t.lower) && !titlePhraseGlue[t.lower] {
			break
		}
		title = title || isTitleWord(t.lower)
		j--
	}
	if !title {
		return ""
	}
	if lowerAt(toks, j) == "s" && isApostrophe(lowerAt(toks, j-1)) {
		return d.countryEndingAt(si, j-1) // "New Zealand's Minister for Trade"
	}
	start := j + 1
	for start < end && titlePhraseGlue[toks[start].lower] {
		start++ // "the"
	}
	if k := countryNamed(textAt(toks, start)); k != "" {
		return k // "Ukrainian Minister of Economy"
	}
	for k := end - 1; k > start; k-- {
		if toks[k].lower == "of" {
			if c := countryNamed(sliceTextTok(toks, k+1, end)); c != "" {
				return c // "Foreign Minister of Ghana"
			}
			break
		}
	}
	return ""
}

// titlePhraseGlue are the small words inside a title phrase.
var titlePhraseGlue = map[string]bool{"of": true, "for": true, "and": true, "the": true, "&": true}

// countryEndingAt is the country whose name ends just before token end.
func (d *doc) countryEndingAt(si, end int) string {
	for _, c := range d.chunks(si) {
		if c.end == end {
			return countryNamed(c.text)
		}
	}
	return ""
}

// countryAfter reads an apposition after a person's name chunk that opens
// at token at saying whose representative the person is: ", Germany's
// foreign minister", ", the foreign minister of Kenya,".
func (d *doc) countryAfter(si, at int) string {
	toks := d.toks[si]
	end := -1
	for _, c := range d.chunks(si) {
		if c.start == at {
			end = c.end
		}
	}
	if end < 0 || lowerAt(toks, end) != "," {
		return ""
	}
	k := end + 1
	if lowerAt(toks, k) == "the" {
		k++
		for n := 0; n < 4 && k < len(toks) && roleWord(toks[k].lower); n++ {
			k++
		}
		if k == end+2 || lowerAt(toks, k) != "of" {
			return ""
		}
		for _, c := range d.chunks(si) {
			if c.start == k+1 && countryNamed(c.text) != "" {
				return countryNamed(c.text) // ", the foreign minister of Kenya"
			}
		}
		return ""
	}
	for _, c := range d.chunks(si) {
		if c.start == k && countryNamed(c.text) != "" && isApostrophe(lowerAt(toks, c.end)) && lowerAt(toks, c.end+1) == "s" && roleWord(lowerAt(toks, c.end+2)) {
			return countryKey(c.text) // ", Germany's foreign minister"
		}
	}
	return ""
}

// roleWord is a word of a title a representative bears: a title word or
// "counterpart", "negotiator".
func roleWord(w string) bool { return isTitleWord(w) || repRoleWords[w] }

var repRoleWords = map[string]bool{
	"counterpart": true, "negotiator": true, "top": true, "delegate": true, "lead": true, "senior": true,
	"permanent": true, "special": true, "diplomat": true, "national": true, "security": true, "adviser": true, "advisor": true,
}
