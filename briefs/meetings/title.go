package meetings

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// maxTitle bounds a meeting's title, in characters.
const maxTitle = 80

// title is a readable name: the longest proper name among the mentions
// ("22nd IRIGC-M&MTC ministerial meeting"), else the body that holds it and
// the kind ("Bank of Japan policy meeting"), else its sides ("U.S.-Japan
// talks", "Kohl-Mitterrand meeting"); never longer than maxTitle.
//
// It returns the rule that named it and, when a mention's own name gave
// the title, that mention.
func (d *doc) title(c *cluster, best *mention, parts []string, place string) (string, Rule, *mention) {
	t, rule, from := "", RuleTitleKind, (*mention)(nil)
	for _, m := range c.mentions {
		if (!m.anaphoric || m.owner != "") && len(m.title) > len(t) && hasProperTitle(m.title) {
			t, from = m.title, m
		}
	}
	if t == "" {
		t, rule = ownedTitle(c, best, parts, place)
		if w, ok := best.why[FieldTitle]; ok && rule == RuleTitleKind && best.title != "" {
			rule, from = w.rule, best // "EC finance ministers meeting": the verb's subject
		}
	}
	t = cleanTitle(t)
	if len(t) > maxTitle {
		rule = RuleTitleShortcut
		if len(d.withAcronym(t)) < len(t) {
			rule = RuleTitleAcronym
		}
	}
	t = d.shorten(t)
	if t == "" {
		return "Meeting", RuleTitleKind, nil
	}
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:], rule, from
}

// ownedTitle names a meeting without a proper name by who holds it.
func ownedTitle(c *cluster, best *mention, parts []string, place string) (string, Rule) {
	kind := c.kind
	if kind == "dinner" || kind == "lunch" || kind == "breakfast" {
		kind = "working " + kind
	}
	base := best.title
	if base == "" {
		base = kind
	}
	if owner := sidesOf(parts, corporate(c), c.kind, place); owner != "" {
		return owner + " " + base, RuleTitleSides
	}
	if place != "" && !strings.Contains(base, " ") {
		return base + " in " + place, RuleTitleKind // "Meeting in Washington" rather than "Meeting"
	}
	return base, RuleTitleKind
}

// sidesOf is who a meeting belongs to, from its participants: a body
// ("UN Security Council"), a company, two countries or organisations
// ("U.S.-Japan"), the city of a summit, or two persons' surnames.
func sidesOf(parts []string, corp bool, kind, place string) string {
	var countries, bodies, orgs, persons []string
	for _, p := range parts {
		switch {
		case isCountry(p):
			countries = append(countries, p)
		case isBody(p):
			bodies = append(bodies, p)
		case isOrg(p):
			orgs = append(orgs, p)
		case isPersonName(p) || oneName(p):
			persons = append(persons, p)
		}
	}
	sides := append(countries, orgs...)
	switch {
	case len(bodies) > 0:
		return shortOrg(bodies[0])
	case corp && len(orgs) > 0:
		return shortOrg(orgs[0])
	case len(sides) >= 2:
		return shortOrg(sides[0]) + "-" + shortOrg(sides[1])
	case len(persons) >= 2:
		return surname(persons[0]) + "-" + surname(persons[1])
	case len(orgs) == 1:
		return shortOrg(orgs[0])
	case (kind == "summit" || kind == "conference") && place != "" && !strings.Contains(place, ","):
		return place // "Venice economic summit"
	case (kind == "summit" || kind == "conference") && place != "" && !strings.Contains(place, ","):
		return place
	case len(countries) == 1 && len(persons) > 0:
		return surname(persons[0]) + "-" + countries[0]
	case len(persons) == 1:
		return persons[0]
	case len(countries) == 1:
		return countries[0]
	}
	return ""
}

// countryNames are the parties that are countries (or unions of them).
var countryNames = func() map[string]bool {
	m := map[string]bool{"u.s.": true, "us": true, "united states": true, "u.k.": true, "uk": true,
		"britain": true, "eu": true, "ec": true, "ussr": true, "soviet union": true, "west germany": true,
		"east germany": true, "south korea": true, "north korea": true, "united kingdom": true}
	for _, c := range countries {
		m[strings.ToLower(c)] = true
	}
	for _, c := range twoWordNations {
		m[strings.ToLower(c)] = true // "Sri Lanka", "New Zealand"
	}
	for c := range officialCountryNames {
		m[c] = true
	}
	return m
}()

// officialCountryNames are countries' names the nationality table leaves
// out, official and newer ones among them ("Türkiye", "Viet Nam",
// "Czechia"), each with the form of the same country the tables key it by
// (countryKey), "" where it is that form already.
var officialCountryNames = map[string]string{
	"türkiye": "turkey", "turkiye": "turkey", "viet nam": "vietnam", "czechia": "czech republic",
	"timor-leste": "east timor", "cabo verde": "cape verde", "côte d'ivoire": "ivory coast", "cote d'ivoire": "ivory coast",
	"côte d’ivoire": "ivory coast", "brunei darussalam": "brunei", "brunei": "", "uae": "united arab emirates",
	"lao pdr": "laos", "papua new guinea": "", "solomon islands": "", "kosovo": "", "palestine": "",
}

func isCountry(s string) bool {
	var buf [32]byte
	if b, ok := tokens.AppendLowerASCII(buf[:0], s); ok {
		return countryNames[string(b)] // no allocation: most names asked are capitalised ASCII
	}
	return countryNames[strings.ToLower(s)]
}

// countryLike reports a name that is a country's, or a word the country
// table maps to one ("Soviet", "U.S."): no body, person or plain word.
func countryLike(s string) bool { return isCountry(s) || countries[strings.ToLower(s)] != "" }

// bodyWords end the name of a body that meets as such.
var bodyWords = map[string]bool{
	"committee": true, "council": true, "commission": true, "board": true, "cabinet": true,
	"parliament": true, "assembly": true, "panel": true, "subcommittee": true, "senate": true,
	"congress": true, "politburo": true, "presidium": true, "soviet": true,
}

func isBody(s string) bool {
	ws := strings.Fields(dropComplements(s))
	return len(ws) >= 2 && bodyWords[strings.ToLower(ws[len(ws)-1])]
}

// isOrg reports an organisation or company name: an acronym, or a name with
// an organisation word.
func isOrg(s string) bool {
	if isAcronym(s) || corporateName(s) {
		return true
	}
	if !strings.Contains(s, " ") {
		return false // "Office", "Ministry": a word, not a name
	}
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if orgWords[lw] || lw == "workers" || lw == "club" || lw == "opec" {
			return true
		}
	}
	return false
}

// shortOrg drops a company's legal suffix: "Morrow Financial Corp" -> "Morrow Financial".
func shortOrg(s string) string {
	ws := strings.Fields(s)
	if len(ws) >= 2 {
		switch strings.ToLower(strings.Trim(ws[len(ws)-1], ".,")) {
		case "co", "corp", "inc", "ltd", "plc", "sa", "ag", "nv", "spa":
			ws = ws[:len(ws)-1]
		}
	}
	return strings.Join(ws, " ")
}

// oneName is a one-word party that may be a person ("Reagan"): not a
// plural, an organisation word or an acronym.
func oneName(s string) bool {
	lw := strings.ToLower(s)
	return !strings.Contains(s, " ") && !strings.HasSuffix(lw, "s") && !orgWords[lw] && !isAcronym(s) && isCapWord(s)
}

// surname is the last word of a person's name.
func surname(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return s
	}
	if len(ws) == 2 && givenHyphen(ws[1]) || surnameFirst(ws) {
		return ws[0] // "Lee Jae-myung", "Kim Dae-jung", "Xi Jinping": the family name comes first
	}
	return ws[len(ws)-1]
}

// cleanTitle drops a leading article and possessives, and closes up
// spaced hyphens: "the IRIGC - M&MTC meeting" -> "IRIGC-M&MTC meeting".
// dashBeforeLower is a spaced dash before a lower-case word: a schedule
// line's "Body - meeting with ...", where the dash parts the body from
// what it does.
var dashBeforeLower = regexp.MustCompile(` [-–—] (\p{Ll})`)

func cleanTitle(t string) string {
	t = strings.TrimSpace(t)
	for _, a := range []string{"the ", "The "} {
		t = strings.TrimPrefix(t, a)
	}
	t = dashBeforeLower.ReplaceAllString(t, " $1") // "Health Committee - meeting" -> "Health Committee meeting"
	t = strings.ReplaceAll(t, " - ", "-")          // "U.S. - Japan talks" -> "U.S.-Japan talks"
	for _, suf := range []string{" Inc ", " Corp ", " Co ", " Ltd ", " Plc ", " Inc. ", " Corp. ", " Co. "} {
		t = strings.Replace(t, suf, " ", 1) // "Harlan Industries Inc annual meeting"
	}
	t = strings.ReplaceAll(t, "'s ", " ")
	t = strings.ReplaceAll(t, "’s ", " ")
	ws := strings.Fields(t)
	for i := len(ws) - 1; i > 0; i-- {
		if strings.EqualFold(ws[i], ws[i-1]) && !strings.ContainsFunc(ws[i], unicode.IsDigit) {
			ws = slices.Delete(ws, i, i+1) // "Unite strike committee committee meeting": the body's head and the kind
		}
	}
	return strings.Join(ws, " ")
}

// shorten brings a long official name under maxTitle: an acronym the text
// gives for part of it, then without "on ..."/"of ..." complements, then
// cut at a word.
func (d *doc) shorten(t string) string {
	if len(t) <= maxTitle {
		return t
	}
	t = d.withAcronym(t)
	if len(t) <= maxTitle {
		return t
	}
	t = dropComplements(t)
	if len(t) <= maxTitle {
		return t
	}
	cut := strings.LastIndexByte(t[:maxTitle+1], ' ')
	if cut <= 0 {
		cut = maxTitle
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut-- // never split a character
		}
	}
	ws := strings.Fields(t[:cut])
	for len(ws) > 1 && smallWords[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// smallWords may be skipped by an acronym and never end a title.
var smallWords = map[string]bool{"on": true, "of": true, "for": true, "the": true, "and": true, "in": true, "to": true}

// titleWord is a word of a title with its byte range.
type titleWord struct {
	text       string
	start, end int
}

// splitTitle splits t into words at spaces and hyphens.
func splitTitle(t string) []titleWord {
	var ws []titleWord
	start := -1
	for i, r := range t + " " {
		if r == ' ' || r == '-' || r == '–' {
			if start >= 0 {
				ws = append(ws, titleWord{t[start:i], start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return ws
}

// withAcronym replaces the words of t that an acronym of the text stands
// for: "India-Russia Inter-Governmental Commission on Military and Military
// Technical Cooperation" -> "IRIGC-M&MTC" when the text writes "IRIGC - M&MTC".
func (d *doc) withAcronym(t string) string {
	ws := splitTitle(t)
	for _, a := range d.acronyms() {
		letters := strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' {
				return -1
			}
			return r
		}, a)
		for i := range ws {
			if j, ok := acronymSpan(ws, i, letters); ok && j-i >= 3 {
				return t[:ws[i].start] + a + t[ws[j-1].end:]
			}
		}
	}
	return t
}

// acronymSpan matches letters against the initials of ws from i: small
// words may be skipped, "&" stands for "and". It returns the end word.
func acronymSpan(ws []titleWord, i int, letters string) (int, bool) {
	j := i
	for _, l := range letters {
		for {
			if j >= len(ws) {
				return 0, false
			}
			w := ws[j].text
			r, _ := utf8.DecodeRuneInString(w)
			lw := strings.ToLower(w)
			switch {
			case l == '&' && lw == "and":
			case l != '&' && unicode.ToUpper(r) == l && unicode.IsUpper(r):
			case smallWords[lw] && j > i:
				j++
				continue
			default:
				return 0, false
			}
			j++
			break
		}
	}
	return j, true
}

// acronyms lists the upper-case abbreviations of the text, longest first,
// with spaced hyphens closed up ("IRIGC - M&MTC" -> "IRIGC-M&MTC").
func (d *doc) acronyms() []string {
	var out []string
	seen := map[string]bool{}
	for _, toks := range d.toks {
		for k := 0; k < len(toks); k++ {
			if !isAcronymTok(toks[k].text) {
				continue
			}
			a, e := toks[k].text, k+1
			for e+1 < len(toks) && (toks[e].lower == "-" || toks[e].lower == "&") && isAcronymPart(toks[e+1].text) {
				a += toks[e].text + toks[e+1].text
				e += 2
			}
			k = e - 1
			if len(a) >= 3 && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// isAcronymPart: upper-case letters only ("M" of "M&MTC").
func isAcronymPart(s string) bool {
	return s != "" && strings.ToUpper(s) == s && strings.ToLower(s) != s && !strings.ContainsAny(s, ".0123456789")
}

// isAcronymTok: two or more upper-case letters, "&" allowed inside.
func isAcronymTok(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '&':
		default:
			return false
		}
	}
	return n >= 2
}

// dropComplements removes "on X ..."/"of X ..." runs of capitalised words
// after a capitalised word: "Commission on Military and Military Technical
// Cooperation ministerial meeting" -> "Commission ministerial meeting".
func dropComplements(t string) string {
	ws := strings.Fields(t)
	var out []string
	for i := 0; i < len(ws); i++ {
		lw := strings.ToLower(ws[i])
		if (lw == "on" || lw == "of" || lw == "for") && i > 0 && isCapWord(ws[i-1]) && i+1 < len(ws) && isCapWord(ws[i+1]) {
			j := i + 1
			for j < len(ws) && (isCapWord(ws[j]) || smallWords[strings.ToLower(ws[j])] && j+1 < len(ws) && isCapWord(ws[j+1])) {
				j++
			}
			i = j - 1
			continue
		}
		out = append(out, ws[i])
	}
	return strings.Join(out, " ")
}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// ownerOf resolves a possessive in front of a meeting's name (token k of
// sentence si) to the body it stands for: "the commission's 22nd
// ministerial meeting" -> the "... Commission" named before; "its policy
// meeting" -> the organisation named before it in the sentence.
func (d *doc) ownerOf(si, k int) string {
	toks := d.toks[si]
	if w := lowerAt(toks, k-1); w == "next" || w == "last" || w == "latest" || w == "regular" || w == "previous" {
		k-- // "its next meeting"
	}
	switch p := lowerAt(toks, k-1); {
	case p == "their" && (k-1 == 0 || lowerAt(toks, k-2) == "-"):
		return "" // "Their talks" opening a sentence: the parties of the meeting before, not the body that spoke of it
	case p == "s" && isApostrophe(lowerAt(toks, k-2)) && firmWord(lowerAt(toks, k-3)):
		if c := d.heldCompany(si); c != "" {
			return c // "Shareholders of Ayala Land ... will vote at the company's annual meeting"
		}
		if c := d.storyCompany(); c != "" {
			return c // "The company's annual general meeting will be held on June 3": the story's, not a partner's named last
		}
		return d.orgBefore(si, toks[k-1].start, true)
	case p == "s" && isApostrophe(lowerAt(toks, k-2)) && groupWords[lowerAt(toks, k-3)] && namesWord(d.storyCompany(), lowerAt(toks, k-3)):
		return d.storyCompany() // "the bank's annual general meeting" of "Sahel Continental Bank Plc", not the central bank named last
	case p == "its" || p == "their" || p == "s" && isApostrophe(lowerAt(toks, k-2)) && groupWords[lowerAt(toks, k-3)]:
		return d.orgBefore(si, toks[k-1].start, firmSubject(toks)) // "The company will hold its annual meeting": a company's
	case p == "s" && isApostrophe(lowerAt(toks, k-2)) && k >= 3 && !toks[k-3].cap && toks[k-3].lower == "union":
		return d.unionNamed(si, toks[k-3].start) // "the union's national board"
	case p == "s" && isApostrophe(lowerAt(toks, k-2)) && k >= 3 && !toks[k-3].cap && bodyWords[toks[k-3].lower]:
		noun := toks[k-3].lower
		return d.lastName(si, toks[k-3].start, func(n string) bool {
			ws := strings.Fields(n)
			return len(ws) >= 2 && strings.ToLower(ws[len(ws)-1]) == noun
		})
	}
	return ""
}

// orgBefore is the organisation a possessive before rune offset before in
// sentence si stands for: the nearest name before it that is no country
// and no titled person, and no public body when firm says the owner is a
// company.
func (d *doc) orgBefore(si, before int, firm bool) string {
	return d.lastName(si, before, func(n string) bool { return isOrg(n) && !isCountry(n) && !titleHolder(n) && !(firm && noCompany(n)) })
}

// lastName is the nearest name before rune offset before, in sentence si or
// an earlier one, that ok accepts, without its complements.
func (d *doc) lastName(si, before int, ok func(string) bool) string {
	for s := si; s >= 0; s-- {
		cs := d.chunks(s)
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			if d.toks[s][c.start].start >= before || lowerAt(d.toks[s], c.start-1) == "<" || exchangeTicker(d.toks[s], c) {
				continue // after the owner, or a ticker: "Allegheny International Inc <AG> ... its annual meeting", "(OSE: NWE)"
			}
			for _, n := range []string{dropTail(c.text), dropTail(d.stripped(c.text))} {
				if n != "" && ok(n) {
					return n // "Bank of Japan" before "Japan"
				}
			}
		}
	}
	return ""
}

// titleHolder reports a person named with a title that holds an
// organisation's word: "European Commission President Ursula von der
// Leyen" is no body "its" can stand for.
func titleHolder(n string) bool {
	p := stripTitles(n)
	return p != n && isPersonName(p)
}

// groupWords stand for an organisation named before: "the group's finance ministers".
var groupWords = map[string]bool{
	"group": true, "bloc": true, "organisation": true, "organization": true, "alliance": true,
	"grouping": true, "cartel": true, "company": true, "bank": true,
}

// dropTail removes a trailing "on ..."/"of ..." complement from a name:
// "Inter-Governmental Commission on Military" -> "Inter-Governmental Commission".
func dropTail(n string) string {
	ws := strings.Fields(n)
	for i := 1; i < len(ws); i++ {
		if lw := strings.ToLower(ws[i]); lw == "on" || lw == "for" {
			return strings.Join(ws[:i], " ")
		}
	}
	return n
}

// withOwner puts the owner after a leading ordinal: ("Commission", "22nd
// ministerial meeting") -> "22nd Commission ministerial meeting".
func withOwner(owner, title string) string {
	ws := strings.Fields(title)
	if len(ws) > 1 && ordinalWord(strings.ToLower(ws[0])) {
		return ws[0] + " " + owner + " " + strings.Join(ws[1:], " ")
	}
	return owner + " " + title
}

// unionNamed is the union "the union" stands for: the last name before rune
// offset before, in sentence si or an earlier one, that ends in "Union" or
// follows the word "union" ("actors' union SAG-AFTRA").
func (d *doc) unionNamed(si, before int) string {
	for s := si; s >= 0; s-- {
		cs, toks := d.chunks(s), d.toks[s]
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			if toks[c.start].start >= before {
				continue
			}
			if lowerAt(toks, c.end-1) == "union" || lowerAt(toks, c.start-1) == "union" || lowerAt(toks, c.end) == "union" || lowerAt(toks, c.end+1) == "union" && c.end < len(toks) && toks[c.end].word && !toks[c.end].cap && !isPersonName(dropTail(d.stripped(c.text))) && !meetingVerbs[toks[c.end].lower] { // "the Verdi union", "IG Metall engineering union"
				return dropTail(c.text)
			}
		}
	}
	return ""
}

// namesWord reports a name holding word w, in any case: "Sahel Continental
// Bank Plc" holds "bank".
func namesWord(name, w string) bool {
	for _, x := range strings.Fields(name) {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}
