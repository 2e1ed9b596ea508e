package meetings

import (
	"slices"
	"strings"
)

// homeInstitution reports a party that meets where it sits, so that a
// story filed from its city implies the place (meetings.GUIDELINE.md: "a
// government, parliament or organisation meeting in its home city"): a
// central bank ("the Bank of Japan", "the Federal Reserve Board", "Bank
// Negara Malaysia Monetary Policy Committee"), a parliament's body ("the
// Parliamentary Standing Committee on Finance"), or a ministry named
// without a country, which in wire style is the home country's ("Finance
// Ministry officials" in a Tokyo story). Companies are none of these.
func (d *doc) homeInstitution(n string) bool {
	if hb := d.headingBody(); hb != "" && !strings.EqualFold(hb, n) && committeeOf(n) && d.homeBody(hb) {
		return true // "MPC" in a release headed "CENTRAL BANK OF KENYA", filed from Nairobi: the bank's committee sits at home
	}
	return d.homeBody(n)
}

// committeeOf reports a name that is a committee's or its initialism:
// "Monetary Policy Committee", "MPC".
func committeeOf(n string) bool {
	return strings.HasSuffix(strings.ToLower(n), "committee") || isAcronym(n) && len(n) <= 5
}

// homeBody is homeInstitution for a body named by itself.
func (d *doc) homeBody(n string) bool {
	if d.cityCorporation(n) {
		return true // "the Pune Municipal Corporation" in a Pune story: the city's own council, though "Corporation" ends company names too
	}
	if corporateName(n) {
		return false
	}
	if d.seatedAway(n) {
		return false // the South African Reserve Bank sits in Pretoria, not at a Johannesburg dateline
	}
	if owner := possessiveOwner(n); countryKey(owner) != "" {
		if city := d.datelineCity(); city != "" && countryKey(city) == countryKey(owner) {
			_, own, _ := strings.Cut(strings.ReplaceAll(n, "’s ", "'s "), "'s ")
			if d.homeBody(own) {
				return true // "South Korea's parliamentary committee" in a Seoul story: the country's own house, at home
			}
		}
		return d.homeBody(owner) // "France's cabinet" is judged as France, the party it was named by before round 20
	}
	ws := strings.Fields(strings.ToLower(n))
	if len(ws) == 0 {
		return false
	}
	for i, w := range ws {
		switch w {
		case "bundesbank", "reserve", "fed":
			return true // "the Federal Reserve Board", "the Reserve Bank of India", "the Fed"
		case "bank":
			if d.centralBank() || i+2 < len(ws) && ws[i+1] == "of" && isCountry(ws[i+2]) || i > 0 && ws[i-1] == "national" && (i == 1 || countries[ws[i-2]] != "" || nationalities[ws[i-2]]) {
				return true // "the Bank of Japan"; "Bank Negara Malaysia" where the story says "the central bank"; "the Swiss National Bank"
			}
		}
		if legislatures[w] || w == "assembly" && i > 0 || w == "commons" && i > 1 && ws[i-1] == "of" && ws[i-2] == "house" ||
			w == "house" && i == 0 && len(ws) > 2 && (strings.HasSuffix(ws[len(ws)-1], "committee") || ws[1] == "of" && ws[2] == "representatives") {
			return true // "South Korea's National Assembly", "the House of Commons heritage committee", "the House Ways and Means Committee"
		}
	}
	if city := strings.ToLower(d.datelineCity()); city != "" && municipalHeads[ws[len(ws)-1]] && strings.Contains(" "+strings.Join(ws, " ")+" ", " "+city+" ") {
		return true // "Auckland Council" in an Auckland story, "Cape Town City Council", "the City of London Corporation"
	}
	if d.localBody(n, ws) {
		return true // "the city council", "the Wexcombe School Committee" in a Wexcombe story
	}
	if last := ws[len(ws)-1]; last != "ministry" || len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if nationalities[w] || countries[w] != "" || isCountry(w) || strings.Contains(w, ".") {
			return false // "the Soviet Foreign Ministry", "the U.S. Commerce Department"
		}
	}
	return true
}

// legislatures are the words of a parliament's or a government's own
// bodies, which sit in the capital.
var legislatures = map[string]bool{
	"parliament": true, "parliamentary": true, "senate": true, "congressional": true, "diet": true,
	"knesset": true, "bundestag": true, "duma": true, "legislature": true, "legislative": true,
	"cabinet": true, "politburo": true, "presidium": true, "congress": true,
}

// seatedHere reports a party that is an international body sitting in the
// city the story was filed from: "NATO ambassadors" in a Brussels story.
func (d *doc) seatedHere(n string) bool {
	return d.datelineCity() != "" && atSeat(seatOf(n), d.datelineCity())
}

// seatedAway reports a body whose seat the data knows and the dateline's
// city is not (data/seats.tsv): "the South African Reserve Bank"
// (Pretoria) in a Johannesburg story.
func (d *doc) seatedAway(n string) bool {
	s := seatOf(n)
	return s != "" && !atSeat(s, d.datelineCity())
}

// centralBank reports a story that speaks of "the central bank".
func (d *doc) centralBank() bool {
	return strings.Contains(d.lowerText(), "central bank")
}

// centralBankNear reports a central bank, not the speaker, named before
// mention m or in its name: "Chile's central bank board will hold an
// extraordinary session", "The Bank of Thailand's monetary policy
// committee will meet" (whose party may have been cut to "Thailand").
func (d *doc) centralBankNear(m *mention) bool {
	toks := d.toks[m.sent]
	for k := 1; k < m.skipEnd+2 && k < len(toks); k++ {
		if toks[k].lower == "bank" && toks[k-1].lower == "central" && !reporting(lowerAt(toks, k+1)) {
			if bankOwnsBody(toks, k) && (d.seatedAwayEndingAt(toks, k) || d.foreignOwner(toks, k-1)) {
				continue // "the European Central Bank, whose Governing Council meets", "the Bundesbank's central bank council" in a London story
			}
			return true
		}
		if toks[k].lower == "bank" && toks[k-1].lower == "the" && isApostrophe(lowerAt(toks, k+1)) && k+5 >= m.nameStart && d.centralBank() && !d.bankSeatedElsewhere() {
			return true // "The Netherlands central bank is unlikely to cut rates. The bank's board meets on Thursday"
		}
	}
	for _, c := range d.chunks(m.sent) {
		reach := 12
		if isApostrophe(lowerAt(toks, c.end)) {
			reach = 16 // "The Bank of Japan's policy board will hold a two-day meeting": the subject's owner
		}
		if c.start >= m.nameStart-reach && c.end <= m.skipEnd+2 && !reporting(lowerAt(toks, c.end)) && bankOrMinistry(c.text) && d.homeInstitution(c.text) {
			return true
		}
	}
	return false
}

// governorTitle reports a name titled "Governor", a central bank's head.
func governorTitle(n string) bool {
	return strings.Contains(strings.ToLower(strings.TrimSuffix(n, stripTitles(n))), "governor")
}

// bankSeatedElsewhere reports a story whose central bank, named, sits
// away from the dateline: "the South African Reserve Bank" (Pretoria) in a
// Johannesburg story, which "the bank's Monetary Policy Committee" then is.
func (d *doc) bankSeatedElsewhere() bool {
	for si := range d.toks {
		for _, c := range d.chunks(si) {
			if bankOrMinistry(c.text) && d.seatedAway(c.text) {
				return true
			}
		}
	}
	return false
}

// homeBodyBefore reports a meeting owned by "its" or "their" with no party
// named in its sentence, after a sentence whose meeting is a home
// institution's: "The Bank of Canada's governing council meets next week
// ... At its March meeting, the governing council said" in Ottawa.
func (d *doc) homeBodyBefore(m *mention) bool {
	return d.homeBodyMention(m) != nil
}

// homeBodyMention is the meeting of the sentence before whose home
// institution mention m belongs to (homeBodyBefore), nil when none.
func (d *doc) homeBodyMention(m *mention) *mention {
	toks := d.toks[m.sent]
	if len(m.named) > 0 || m.owner != "" || m.sent == 0 || firmSubject(toks) {
		return nil // not "The company will hold its annual meeting" after the Senate's session
	}
	owned := m.possDate // "At last month's session, the committee held the repo rate"
	for k := m.nameStart; k >= 0 && k >= m.nameStart-3 && toks[k].word && !owned; k-- {
		owned = toks[k].lower == "its" || toks[k].lower == "their" // "At its February meeting"
	}
	if !owned {
		return nil
	}
	for _, o := range d.mentions {
		if o.sent != m.sent-1 || o.verb && o.date == nil {
			continue
		}
		if d.centralBankNear(o) {
			return o
		}
		for _, n := range append(o.named, o.owner) {
			if n != "" && d.homeInstitution(n) {
				return o
			}
		}
	}
	return nil
}

// homeBodyParties are the parties of the home institution's meeting the
// sentence before names, for a meeting of cluster c that names none of its
// own ("The Bank of Canada's governing council meets next week. At its
// March meeting, the governing council said": the Bank of Canada), with
// the mention whose rule explains them.
func (d *doc) homeBodyParties(c *cluster, place string) ([]string, *mention) {
	for _, m := range c.mentions {
		if o := d.homeBodyMention(m); o != nil {
			return d.participants(&cluster{mentions: []*mention{o}, kind: o.kind}, place), m
		}
	}
	return nil, nil
}

// bankOrMinistry reports a central bank's or a ministry's name, the
// institutions centralBankNear looks for (a legislature near a meeting may
// be another clause's: "before Parliament votes").
func bankOrMinistry(n string) bool {
	l := strings.ToLower(n)
	return strings.Contains(l, "bank") || strings.Contains(l, "reserve") || strings.HasSuffix(l, "ministry") || strings.HasPrefix(l, "fed")
}

// isParliament reports a legislature's name: "Parliament", "Philippine Congress".
func isParliament(n string) bool {
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if legislatures[w] {
			return true
		}
	}
	return false
}

// firmSubject reports a sentence opening with "The company" or "The
// firm": what "its" owns is a company's.
func firmSubject(toks []token) bool {
	return lowerAt(toks, 0) == "the" && firmWord(lowerAt(toks, 1))
}

// firmWord reports a word that stands for a company: "company", "firm".
func firmWord(w string) bool { return w == "company" || w == "firm" }

// noCompany reports a public body's, a legislature's or a government's
// name: "the company's annual meeting" is not the Philippine Senate's.
func noCompany(n string) bool {
	return publicBody(n) || isParliament(n) || homeBodies[strings.ToLower(lastWord(n))]
}

// capitalOf maps a dateline city to the words its country's officials
// carry in wire style ("U.S. Treasury Secretary James Baker" in a
// Washington story is at home), and the years of a capital that shares its
// words with another (capitalEras): data/capitals.tsv.
var capitalOf, capitalEras = parseCapitals(capitalsData)

// homePerson reports a named person of mention m whose title the text
// gives without a nationality, or with the dateline country's: in wire
// style an official at home ("Finance Minister Nigel Lawson" in a London
// story, "U.S. Treasury Secretary James Baker" in a Washington one).
func (d *doc) homePerson(m *mention) bool {
	if m.kind == "summit" || m.anaphoric {
		return false // a summit may be anywhere; "The two leaders last met in June" names its parties elsewhere
	}
	for _, n := range m.named {
		if !isPersonName(n) && !d.titledWord(m.sent, n) || !d.namesIn(m.sent, n) { // "King Fahd will receive": one name after a title
			continue
		}
		for si := 0; si <= m.sent && si < len(d.toks); si++ {
			for _, c := range d.chunks(si) {
				if full := d.expand(d.stripped(c.text)); full != n || full == c.text {
					continue
				}
				if (homeOfficial(d.toks[si], c) || d.homeTitle(c.text)) && !(governorTitle(c.text) && d.bankSeatedElsewhere()) || d.seatedHere(strings.TrimSuffix(c.text, " "+d.stripped(c.text))) {
					return true // not "Governor Thabo Nkosi" of the South African Reserve Bank, which sits in Pretoria, in a Johannesburg story
				}
			}
		}
	}
	return false
}

// namesIn reports whether sentence si names the person n (perhaps by the
// surname alone).
func (d *doc) namesIn(si int, n string) bool {
	for _, c := range d.chunks(si) {
		if d.expand(d.stripped(c.text)) == n {
			return true
		}
	}
	return false
}

// homeTitle reports a titled name that begins with the dateline country's
// nationality: "U.S. Treasury Secretary James Baker" in Washington.
func (d *doc) homeTitle(text string) bool {
	l := strings.ToLower(text)
	for _, nat := range capitalOf[strings.ToLower(d.datelineCity())] {
		if strings.HasPrefix(l, nat+" ") {
			rest := strings.Fields(strings.TrimPrefix(l, nat+" "))
			return len(rest) > 0 && isTitleWord(rest[0]) || len(rest) > 1 && isTitleWord(rest[1])
		}
	}
	return false
}

// hostedHere reports a meeting that the dateline's country hosts or
// mediates, or one with an official the sentence gives the dateline
// country's nationality and a lowercase title: "opened a new round of talks
// on Thursday, mediated by Qatar and Turkey" in Doha, "Officials from Hamas
// met Egyptian intelligence chief Hassan Rashad on Sunday" in Cairo.
func (d *doc) hostedHere(m *mention) bool {
	nats := capitalOf[strings.ToLower(d.datelineCity())]
	if len(nats) == 0 || m.anaphoric {
		return false
	}
	home := func(w string) bool { return slices.Contains(nats, w) || slices.Contains(nats, nationalityOf(w)) }
	toks := d.toks[m.sent]
	for k := max(m.nameStart-12, 0); k < len(toks) && k < m.skipEnd+12; k++ {
		switch toks[k].lower {
		case "mediated", "hosted", "brokered":
			if lowerAt(toks, k+1) == "by" && home(lowerAt(toks, k+2)) {
				return true
			}
		}
		if !home(toks[k].lower) || !toks[k].cap {
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap {
			j++
		}
		if j == k+1 || !isTitleWord(toks[j-1].lower) {
			continue
		}
		for _, c := range d.chunks(m.sent) {
			if c.start == j && isPersonName(d.stripped(c.text)) {
				return true // "Egyptian intelligence chief Hassan Rashad"
			}
		}
	}
	return false
}

// nationalityOf is the nationality word of a country's lowercase name
// ("qatar" -> "qatari"), "" when none is known.
func nationalityOf(country string) string {
	return nationalityByCountry[country]
}

// nationalityByCountry inverts countries.
var nationalityByCountry = func() map[string]string {
	out := map[string]string{}
	for nat, c := range countries {
		out[strings.ToLower(c)] = nat
	}
	return out
}()

// awayFromHere reports a meeting whose sentence sends its party elsewhere
// without saying "here": "Kuranari, on a tour of Western Europe, will
// meet Thatcher tomorrow".
func (d *doc) awayFromHere(c *cluster) bool {
	for _, m := range c.mentions {
		toks := d.toks[m.sent]
		away := false
		for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
			for k, t := range d.toks[si] {
				if t.lower == "venue" || t.lower == "where" && reporting(lowerAt(d.toks[si], k-1)) {
					return true // "The spokesman gave no date or venue", "would not say where"
				}
			}
		}
		for k, t := range toks {
			if k > m.trig && (subordinators[t.lower] || t.lower == "when" || t.lower == "before") {
				break // "because President Francois Mitterrand travels to Brussels": another clause
			}
			if remoteAt(toks, k) {
				return true // "held a virtual meeting late last night", "by video link": no venue
			}
			switch t.lower {
			case "here":
				return false
			case "tour", "touring", "trip", "abroad", "flew", "fly", "flies", "travel", "travels", "travelling", "traveling":
				away = true
			case "arrived", "arrives":
				away = away || lowerAt(toks, k+1) == "in" && k+2 < len(toks) && toks[k+2].cap
			case "leave", "leaves", "leaving", "left", "depart", "departs", "departing":
				away = away || lowerAt(toks, k+1) == "for" // "before leaving for the IMF's Interim Committee meeting"
			}
		}
		if away {
			return true
		}
	}
	return d.seatedElsewhere(c)
}

// remoteAt reports a word at k that holds a meeting with no venue:
// "virtual", "online", "videoconference", "by video link", "a video
// conference", "by telephone".
func remoteAt(toks []token, k int) bool {
	switch toks[k].lower {
	case "virtual", "virtually", "online", "videoconference", "videoconferences", "videolink", "teleconference":
		return true
	case "video":
		return remoteNouns[lowerAt(toks, k+1)]
	case "telephone", "phone":
		w := lowerAt(toks, k-1)
		return w == "by" || w == "via" || w == "over"
	}
	return false
}

// remoteNouns follow "video" in a meeting held with no venue: "by video
// link", "a video conference", "a video call".
var remoteNouns = map[string]bool{"link": true, "links": true, "conference": true, "conferences": true, "call": true, "calls": true, "conferencing": true, "summit": true, "meeting": true, "talks": true}

// indianWire are the Indian agencies whose "the national capital" is New
// Delhi.
var indianWire = map[string]bool{"IANS": true, "PTI": true, "ANI": true, "UNI": true}

// homeGroup reports a meeting whose subject is a group of the dateline
// country's government by nationality, with no other country in the
// sentence: "Spanish government ministers will meet on Friday" in Madrid,
// "South Korean lawmakers will open a special session" in Seoul (the
// guideline's "Australian ministers' talks" in Canberra). "Argentine and
// British diplomats will hold talks" names two sides, who may meet
// anywhere.
func (d *doc) homeGroup(m *mention) bool {
	nats := capitalOf[strings.ToLower(d.datelineCity())]
	if len(nats) == 0 || m.kind == "summit" || m.anaphoric {
		return false
	}
	toks := d.toks[m.sent]
	end := m.nameStart
	if m.verb {
		end = m.trig
	}
	home, other := false, false
	for j := max(end-8, 0); j < len(toks) && j < m.skipEnd+8; j++ {
		if n := homeNationalityAt(toks, j, nats); n > 0 {
			k := j + n
			for s := 0; s < 2 && k < end && (toks[k].lower == "government" && homeGroupNouns[lowerAt(toks, k+1)] || homeGroupModifiers[toks[k].lower] || portfolios[toks[k].lower]); s++ {
				k++ // "Spanish government ministers", "Japanese trade officials"
			}
			home = home || k < end && homeGroupNouns[toks[k].lower] && !toks[k].cap
			j = k - 1
			continue
		}
		if j < end && homeCountryOwns(toks, j, nats) {
			home = true // "Leaders of Italy's Christian Democrats and Socialists will meet" in Rome
			j++
			continue
		}
		if j < end && toks[j].lower == "centre" && toks[j].cap && lowerAt(toks, j-1) == "the" && indianWire[d.dl.Source] && strings.EqualFold(d.datelineCity(), "new delhi") {
			home = true // Indian wire: "The Centre held an all-party meeting", India's government
			continue
		}
		if toks[j].cap && (countries[toks[j].lower] != "" || isCountry(toks[j].lower)) {
			other = true
		}
	}
	if !home && !other && pronounOwned(toks, m) {
		s := 0
		for k := 0; k < end && k < 16; k++ {
			if toks[k].lower == "-" {
				s = k + 1 // after a dateline's dash
			}
		}
		home = s < end && homeCountryOwns(toks, s, nats) // "Chile's finance minister met ..., his second meeting with them"
	}
	return home && !other
}

// homeCountryOwns reports the dateline country's name with "'s" at token j
// followed within four words by a party of its politics: "Italy's
// Christian Democrats", "Spain's ruling Socialist party".
func homeCountryOwns(toks []token, j int, nats []string) bool {
	if !toks[j].cap || !isApostrophe(lowerAt(toks, j+1)) || lowerAt(toks, j+2) != "s" {
		return false
	}
	home := false
	for _, nat := range nats {
		home = home || strings.EqualFold(countries[nat], toks[j].text)
	}
	if !home {
		return false
	}
	for k := j + 3; k < len(toks) && k < j+7; k++ {
		if homeGroupNouns[toks[k].lower] || politicalParties[toks[k].lower] || homeTitles[toks[k].lower] && !toks[k].cap || bodyNouns[toks[k].lower] && toks[k].cap {
			return true // "Chile's finance minister met copper miners' representatives" in Santiago
		}
	}
	return false
}

// homeTitles are a government member's titles in lower case after his
// country's name: "Chile's finance minister", "Kenya's president".
var homeTitles = map[string]bool{"minister": true, "president": true, "premier": true, "chancellor": true, "secretary": true}

// politicalParties are the words of a country's parties and coalitions.
var politicalParties = map[string]bool{
	"party": true, "parties": true, "coalition": true, "democrats": true, "socialists": true,
	"communists": true, "liberals": true, "conservatives": true, "republicans": true,
}

// homeNationalityAt is the number of tokens of one of nats ("south
// korean") starting at token j, 0 when none starts there.
func homeNationalityAt(toks []token, j int, nats []string) int {
	for _, nat := range nats {
		ws := strings.Fields(nat)
		if j+len(ws) > len(toks) || !toks[j].cap {
			continue
		}
		ok := true
		for i, w := range ws {
			ok = ok && toks[j+i].lower == w
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

// homeGroupNouns are the groups of a government that meet at home.
var homeGroupNouns = map[string]bool{
	"ministers": true, "officials": true, "government": true, "lawmakers": true, "legislators": true,
	"deputies": true, "negotiators": true, "diplomats": true, "cabinet": true, "authorities": true,
	"mps": true, "senators": true, "parliamentarians": true,
}

// homeGroupModifiers stand between a nationality and its group: "Spanish
// government ministers", "Japanese trade officials".
var homeGroupModifiers = map[string]bool{
	"government": true, "state": true, "federal": true, "trade": true, "finance": true, "foreign": true,
	"farm": true, "agriculture": true, "economic": true, "economics": true, "defence": true, "defense": true,
	"energy": true, "oil": true, "ministry": true, "treasury": true, "senior": true,
}

// companyModifiers mark a company's meeting ("a special meeting of
// shareholders") unless a public body holds it ("a special session of the
// National Assembly").
var companyModifiers = map[string]bool{"special": true, "extraordinary": true, "annual": true, "general": true}

// publicBodyIn reports a legislature or a government body among tokens
// [from, to): "a special session of the National Assembly", "The Delhi
// Assembly will hold a special session".
func publicBodyIn(toks []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if legislatures[toks[k].lower] || homeBodies[toks[k].lower] {
			return true
		}
	}
	return false
}

// foreignOwner reports a country's or a nationality's word, other than the
// dateline country's, among the few words before token k that name a home
// body: "France's cabinet met on Wednesday" in a London story meets in
// Paris, not here; "the Chinese Communist Party's Central Committee" in a
// Beijing story is at home. A dateline that is no capital the data knows
// has no home country, so every owner there is foreign.
func (d *doc) foreignOwner(toks []token, k int) bool {
	nats := capitalOf[strings.ToLower(d.datelineCity())]
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := toks[j].lower
		if !toks[j].word && !isApostrophe(w) {
			if w == "," && lowerAt(toks, j+1) == "whose" {
				continue // "the European Central Bank, whose Governing Council meets": the bank owns it
			}
			return false
		}
		if toks[j].cap && d.seatedAwayEndingAt(toks, j) {
			return true // "the Bundesbank's central bank council" in a London story sits in Frankfurt
		}
		if two := lowerAt(toks, j-1) + " " + w; toks[j].cap && isCountry(two) {
			for _, n := range nats {
				if strings.HasPrefix(n, two) {
					return false // "South Korea's National Security Council" in Seoul ("south korean")
				}
			}
			return true
		}
		if blocNameEnds[w] && toks[j].cap && j > 0 && toks[j-1].cap && toks[j-1].word {
			return !atSeat(seatOf(toks[j-1].lower+" "+w), d.datelineCity()) // "the Andean Community council" in Accra
		}
		nat := ""
		switch {
		case toks[j].cap && countries[w] != "":
			nat = w // "French", "Chinese" (not "National": nationalities holds more than nationalities)
		case toks[j].cap && isCountry(w) && isApostrophe(lowerAt(toks, j+1)):
			nat = nationalityOf(w) // "France's"
		}
		if nat != "" {
			return !slices.Contains(nats, nat) && !slices.Contains(nats, w) && !slices.Contains(nats, lowerAt(toks, j-1)+" "+nat) // "South Korean"
		}
	}
	return false
}

// blocNameEnds end the names of blocs of countries ("the East African
// Community", "the African Union"), whose councils meet at their seat or
// wherever their members choose, not at home in the dateline's city.
var blocNameEnds = map[string]bool{"community": true, "union": true}

// centralCommittee reports the "Central Committee" of a ruling party at
// token k, which meets in its country's capital: "The three-day meeting of
// the Chinese Communist Party's Central Committee" in Beijing.
func centralCommittee(toks []token, k int) bool {
	return toks[k].lower == "committee" && lowerAt(toks, k-1) == "central" && toks[k-1].cap
}

// summitAtSeat reports a body whose summits meet where it sits, so that
// its summit reported from its seat is held there: "European Union leaders
// will hold a two-day summit starting on Thursday" in a Brussels story,
// the African Union's in Addis Ababa, ECOWAS's in Abuja. Other bodies'
// summits move from host to host (NATO's, ASEAN's).
func (d *doc) summitAtSeat(n string) bool {
	switch seatOf(n) {
	case "Brussels|Luxembourg|Strasbourg", "Addis Ababa", "Abuja":
		return true
	}
	return false
}

// homeCountry reports the name of the dateline city's country: "Oman" in a
// Muscat story.
func (d *doc) homeCountry(n string) bool {
	l := strings.ToLower(n)
	nats := capitalOf[strings.ToLower(d.datelineCity())]
	return len(nats) > 0 && isCountry(l) && (slices.Contains(nats, l) || slices.Contains(nats, nationalityOf(l)))
}

// pronounOwned reports a meeting owned by a pronoun ("his second meeting",
// "their talks"), whose owner is the sentence's subject.
func pronounOwned(toks []token, m *mention) bool {
	for k := m.nameStart - 1; k >= 0 && k >= m.nameStart-3; k-- {
		switch toks[k].lower {
		case "his", "her", "their":
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// municipalHeads end the name of a city's own council.
var municipalHeads = map[string]bool{"council": true, "corporation": true, "municipality": true, "assembly": true}

// localBody reports a town's own body (rule place.dateline-implied): one written
// in lower case with a civic word ("the city council", "the municipal
// transport council", "the school board"), which a story filed from a town
// means as that town's; or one named with the dateline's town ("the
// Wexcombe School Committee", "the Ranipur Municipal Corporation" in a New
// Ranipur story). ws are n's words in lower case.
func (d *doc) localBody(n string, ws []string) bool {
	if len(ws) < 2 || !localHeads[ws[len(ws)-1]] {
		return false
	}
	if n == strings.ToLower(n) {
		return slices.ContainsFunc(ws[:len(ws)-1], localWord)
	}
	city := d.datelineTown()
	return city != "" && strings.Contains(" "+strings.Join(ws, " ")+" ", " "+city+" ")
}

// localWord reports a word that makes a body a town's own: "city",
// "municipal", "school", "town".
func localWord(w string) bool {
	return civicWords[w] || w == "town" || w == "school" || w == "village" || w == "shire" || w == "parish"
}

// civicBefore reports a local word among the lower-case tokens [i, j):
// "the city council", "the school board".
func civicBefore(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].cap && localWord(toks[k].lower) {
			return true
		}
	}
	return false
}

// localHeads end the name of a town's own body.
var localHeads = map[string]bool{
	"council": true, "corporation": true, "municipality": true, "assembly": true, "committee": true,
	"board": true, "commission": true, "selectmen": true,
}

// cityCorporation reports a city's own corporation, named with the
// dateline's city and a civic word: "Pune Municipal Corporation", "the
// Brihanmumbai Municipal Corporation" in a Mumbai story does not count (its
// name holds no "Mumbai" word), "Tokyo Gas Corporation" is a company.
func (d *doc) cityCorporation(n string) bool {
	city := d.datelineTown()
	ws := strings.Fields(strings.ToLower(n))
	if city == "" || len(ws) < 3 || ws[len(ws)-1] != "corporation" || !strings.Contains(" "+strings.Join(ws, " ")+" ", " "+city+" ") {
		return false
	}
	for _, w := range ws {
		if civicWords[w] {
			return true
		}
	}
	return false
}

// civicWords mark a corporation as a city's government: "municipal".
var civicWords = map[string]bool{"municipal": true, "metropolitan": true, "city": true, "county": true, "borough": true}

// bankOwnsBody reports a bank at token k whose body follows: "central bank
// council", "Central Bank's board", "Central Bank, whose Governing Council".
func bankOwnsBody(toks []token, k int) bool {
	next := lowerAt(toks, k+1)
	return bodyWords[next] || isApostrophe(next) || next == "," && lowerAt(toks, k+2) == "whose"
}

// seatedAwayEndingAt reports a name of one to four capitalised words
// ending at token j that the data seats away from the dateline
// (data/seats.tsv): "Bundesbank", "European Central Bank" in a London story.
func (d *doc) seatedAwayEndingAt(toks []token, j int) bool {
	i := j
	for i > 0 && i > j-3 && toks[i-1].cap && toks[i-1].word {
		i--
	}
	return d.seatedAway(sliceTextTok(toks, i, j+1)) // seatOf finds the seat's name inside the run
}

// datelineTown is datelineCity in lower case without a leading "new ", as
// a town's bodies name it: "the Delhi Municipal Corporation" in a New Delhi
// story.
func (d *doc) datelineTown() string {
	return strings.TrimPrefix(strings.ToLower(d.datelineCity()), "new ")
}

// datelineCity is the dateline's city without the region or country after
// it: "Auckland" of "AUCKLAND, New Zealand (AP)", the place a home body's
// meeting is implied to be held.
func (d *doc) datelineCity() string {
	city, _, _ := strings.Cut(d.dl.Place, ", ")
	return city
}

// possessiveOwner is the owner of a party named with its owner's "'s":
// "France" of "France's cabinet"; "" for other names.
func possessiveOwner(n string) string {
	for _, apo := range []string{"'s ", "’s "} {
		if owner, _, ok := strings.Cut(n, apo); ok {
			return owner
		}
	}
	return ""
}
