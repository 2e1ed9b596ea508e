package meetings

import "strings"

// homeInstitution reports a party that meets where it sits, so that a
// story filed from its city implies the place (meetings.GUIDELINE.md: "a
// government, parliament or organisation meeting in its home city"): a
// central bank ("the Bank of Japan", "the Federal Reserve Board", "Bank
// Negara Malaysia Monetary Policy Committee"), a parliament's body ("the
// Parliamentary Standing Committee on Finance"), or a ministry named
// without a country, which in wire style is the home country's ("Finance
// Ministry officials" in a Tokyo story). Companies are none of these.
func (d *doc) homeInstitution(n string) bool {
	if corporateName(n) {
		return false
	}
	ws := strings.Fields(strings.ToLower(n))
	if len(ws) == 0 {
		return false
	}
	for i, w := range ws {
		switch w {
		case "bundesbank", "reserve":
			return true // "the Federal Reserve Board", "the Reserve Bank of India"
		case "bank":
			if d.centralBank() || i+2 < len(ws) && ws[i+1] == "of" && isCountry(ws[i+2]) {
				return true // "the Bank of Japan"; "Bank Negara Malaysia" where the story says "the central bank"
			}
		}
		if legislatures[w] {
			return true
		}
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

// seats are where international bodies sit and, unless a story says
// otherwise, meet: a story filed from there about their meeting implies it.
var seats = map[string]string{
	"imf": "Washington", "international monetary fund": "Washington", "world bank": "Washington",
	"nato": "Brussels", "north atlantic treaty organisation": "Brussels", "north atlantic treaty organization": "Brussels",
	"iaea": "Vienna", "international atomic energy agency": "Vienna", "opec": "Vienna",
	"organization of petroleum exporting countries": "Vienna", "organisation of petroleum exporting countries": "Vienna",
	"oecd": "Paris", "organisation for economic cooperation and development": "Paris", "unesco": "Paris",
	"gatt": "Geneva", "general agreement on tariffs and trade": "Geneva", "unctad": "Geneva", "who": "Geneva",
	"world health organization": "Geneva", "wto": "Geneva", "world trade organization": "Geneva",
	"ec commission": "Brussels", "european commission": "Brussels",
}

// seatedHere reports a party that is an international body sitting in the
// city the story was filed from: "NATO ambassadors" in a Brussels story.
func (d *doc) seatedHere(n string) bool {
	if d.dl.Place == "" {
		return false
	}
	l := strings.ToLower(n)
	for name, city := range seats {
		if strings.EqualFold(city, d.dl.Place) && (l == name || strings.HasPrefix(l, name+" ") || strings.HasSuffix(l, " "+name) || strings.Contains(l, " "+name+" ")) {
			return true
		}
	}
	return false
}

// centralBank reports a story that speaks of "the central bank".
func (d *doc) centralBank() bool {
	return strings.Contains(strings.ToLower(d.text), "central bank")
}

// centralBankNear reports a central bank, not the speaker, named before
// mention m or in its name: "Chile's central bank board will hold an
// extraordinary session".
func (d *doc) centralBankNear(m *mention) bool {
	toks := d.toks[m.sent]
	for k := 1; k < m.skipEnd+2 && k < len(toks); k++ {
		if toks[k].lower == "bank" && toks[k-1].lower == "central" && !reporting(lowerAt(toks, k+1)) {
			return true
		}
	}
	return false
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
