package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestTopicVerbObject: a name in the object of "to discuss" or "to review"
// after the meeting is what it is about, not a party (roles.go inTopic);
// a party brought in by "with" after the topic still is.
func TestTopicVerbObject(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a region in the topic", "UNITED NATIONS, Feb 26 - The U.N. Security Council will meet on Friday to discuss the fighting in eastern Congo, diplomats said.", []string{"U.N. Security Council"}},
		{"a region owned by a country in the topic", "KAMPALA, May 20 - Leaders of the East African Community will meet in Juba on Saturday to discuss a ceasefire in the country's Upper Nile region.", []string{"East African Community"}},
		{"review", "CAIRO, Sept 28 - Arab League foreign ministers will meet in Cairo on Sunday to review aid deliveries to Gaza.", []string{"Arab League"}},
		{"a party after with", "JAKARTA, April 16 - Defence Minister Sjafrie Sjamsoeddin will meet on Friday to discuss the purchase of submarines with Thales executives.", []string{"Sjafrie Sjamsoeddin", "Thales"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}

// TestExchangeTicker: a share symbol and its exchange in brackets are no
// party, nor the owner "its" points back to (names.go exchangeTicker).
func TestExchangeTicker(t *testing.T) {
	checkLastParties(t, "Oslo, 14 April 2026 - Northwind Energy ASA (OSE: NWE) announces that its Annual General Meeting will be held on Thursday 7 May 2026.", []string{"Northwind Energy ASA"})
	checkLastParties(t, "NEW YORK, May 1 - Acme Corp (NYSE: ACM) and Zenith Inc (NASDAQ: ZNT) will hold merger talks on Tuesday.", []string{"Acme Corp", "Zenith Inc"})
}

// TestRemitListItem: the fields listed after a body's "on" belong to its
// name, not to its parties (names.go remitListItem); a list of countries
// after "with" are parties.
func TestRemitListItem(t *testing.T) {
	checkLastParties(t, "NEW DELHI, March 7 - Bakhtiyor Saidov and S. Jaishankar will co-chair the meeting of the Inter-Governmental Commission on Trade, Economic, Scientific and Technical Cooperation in New Delhi on 11 March 2025.", []string{"Bakhtiyor Saidov", "S. Jaishankar"})
	checkLastParties(t, "TOKYO, March 7 - Officials will hold talks on trade with Japan, China and South Korea on Friday.", []string{"Japan", "China", "South Korea"})
}

// TestTitleFieldList: a title's list of fields is no party, its holder is
// (names.go titleFieldItem, fieldsPerson; stripTitles).
func TestTitleFieldList(t *testing.T) {
	checkLastParties(t, "CANBERRA, Oct 27 - Japanese Minister of Agriculture, Forestry and Fisheries Hiroshi Tanaka will meet Primary Industries Minister John Kerin on Wednesday.", []string{"Hiroshi Tanaka", "John Kerin"})
	checkLastParties(t, "LUSAKA, Oct 27 - Kenyan Vice President Grace Otieno met Malawian Minister of Commerce, Industry and Tourism Peter Banda here on Wednesday.", []string{"Grace Otieno", "Peter Banda"})                         // titleListHead
	checkLastParties(t, "ACCRA, June 2 - The Minister will hold consultations in Kigali on 5 June 2025 with the Minister of Foreign Affairs and International Cooperation of the Republic of Rwanda.", []string{"Republic of Rwanda"}) // connectorStart
	checkLastParties(t, "ACCRA, July 2 - Ghana's Minister for Health Bernard Okoe-Boye will hold bilateral talks with Nigeria's Coordinating Minister of Health Muhammad Ali Pate on Thursday.", []string{"Bernard Okoe-Boye", "Muhammad Ali Pate"})
	checkLastParties(t, "TOKYO, Oct 27 - The Bank of Japan, the Bundesbank and the Fed will meet on Wednesday.", []string{"Bank of Japan", "Bundesbank", "Fed"})
}

// TestTwoSidesNotPlaces: "the two countries" stand for a pair of parties,
// not for the tail of a list of places visited (sides.go pairOf); "its" is
// a body's, not a titled person's (title.go titleHolder).
func TestTwoSidesNotPlaces(t *testing.T) {
	checkLastParties(t, "NEW DELHI, March 31 - Boric will travel to Agra, Mumbai and Bengaluru during the visit. Officials of the two countries will hold talks on a trade agreement next week.", nil)
	checkLastParties(t, "MONTEVIDEO, Dec 5 - European Commission President Ursula von der Leyen arrived on Thursday. Mercosur will hold its summit on Friday.", []string{"Mercosur"})
}

// TestDarEsSalaam: "es" joins a city's name like "de" ("Dar es Salaam"), so
// its last word is no party and the place is whole.
func TestDarEsSalaam(t *testing.T) {
	text := "NAIROBI, Feb 7 - East African Community leaders will meet in Dar es Salaam on Saturday with their SADC counterparts."
	checkLastParties(t, text, []string{"East African Community", "SADC"})
	checkFirstPlace(t, "2025-02-07", text, "Dar es Salaam")
}

// TestTopicLists: each of a list after "the departure of" is a topic
// (placeof.go topicOf, listStart), and the words of a quoted theme are no
// parties (names.go inThemeQuote).
func TestTopicLists(t *testing.T) {
	checkLastParties(t, "DAKAR, Dec 13 - West African heads of state will meet in Abuja on Sunday for an ECOWAS summit expected to be dominated by the looming departure of Mali, Burkina Faso and Niger from the bloc.", []string{"ECOWAS"})
	checkLastParties(t, `ADDIS ABABA, Feb. 14 - The two-day summit of the African Union, held under the theme "Justice for Africans and People of African Descent Through Reparations", opens on Saturday.`, []string{"African Union"})
}

// TestNameListHead: the first word of a body's name written as a list is
// no party of its own ("Rail" of "the Rail, Tram and Bus Union"), a list of
// countries stays; "Gen." is a title before a name.
func TestNameListHead(t *testing.T) {
	checkLastParties(t, "SYDNEY, March 9 - The Rail, Tram and Bus Union and Transport for NSW will resume talks on Thursday.", []string{"Tram and Bus Union", "Transport for NSW"})
	checkLastParties(t, "TOKYO, March 9 - Japan, China and the Bank of Korea will hold talks on Thursday.", []string{"Japan", "China", "Bank of Korea"})
	checkLastParties(t, "SEOUL, Oct 5 - Defense Minister Park Jin-woo met Gen. Ryan Mercer on Thursday.", []string{"Park Jin-woo", "Ryan Mercer"})
}

// TestSurnameFirst: a Korean or Chinese name written family name first is
// known again by its family name ("Park", "Xi"), and titles its meetings so.
func TestSurnameFirst(t *testing.T) {
	text := "BEIJING, Oct 5 - President Xi Jinping arrived in Moscow on Saturday. Xi will meet Vladimir Putin on Thursday."
	checkLastParties(t, text, []string{"Xi Jinping", "Vladimir Putin"})
	ms := Extract(text, day("2025-10-05"), briefs.Dateline{}).Meetings
	if len(ms) == 0 || ms[len(ms)-1].Title != "Xi-Putin meeting" {
		t.Errorf("meetings %s, want the Xi-Putin meeting", meetingList(ms))
	}
}

// TestAddressCity: the city or building closing a venue's address is no
// party (names.go addressCity).
func TestAddressCity(t *testing.T) {
	checkLastParties(t, "CANBERRA, May 30 - The Senate Economics Legislation Committee will hold a private meeting on Tuesday in Committee Room 2S3, Parliament House, Canberra.", []string{"Senate Economics Legislation Committee"})
}

// TestPluralDemonym: "Koreans" or "Africans" are people, no party; a country
// that ends like one ("the Philippines") still is.
func TestPluralDemonym(t *testing.T) {
	checkLastParties(t, "SEOUL, March 14 - Senior officials met Koreans in Seoul last week.", nil)
	checkLastParties(t, "NEW YORK, Feb 23 - The Philippines and its bank creditors met on Monday.", []string{"Philippines"})
}

// TestThingNamesInStory: a one-word name the story gives a rate, a tax or a
// pact is no party where it comes back bare (nameparts.go thingNames).
func TestThingNamesInStory(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a rate named two words on", "LIMA, June 2 - The Banco Central de Reserva held its benchmark Tasa interest rate at 4.5% last month. The Banco Central de Reserva board will meet on Thursday and is expected to cut the Tasa, analysts said.", []string{"Banco Central de Reserva"}},
		{"a rate listed with a qualifier", "VIENNA, May 6 - The Nationalbank is expected to leave its discount and Ombard rates unchanged when its council meets tomorrow. Economists expect the Ombard to stay at 5%.", []string{"Nationalbank"}},
		{"an agreement's initialism", "MANILA, Aug 3 - Trade ministers will meet on Monday to finalise the Pacific Goods Agreement (PAGA). Fiji and Samoa will sign the PAGA at the meeting, officials said.", []string{"Fiji", "Samoa"}},
		{"a tax known as", "BOGOTA, May 3 - Finance Minister Ana Ruiz will meet President Gustavo Petro on Sunday to discuss the bank transfer tax, known as GMF. Petro wants the GMF cut at the meeting.", []string{"Ana Ruiz", "Gustavo Petro"}},
		{"a body named before a thing stays a party", "NEW YORK, March 3 - The Security Council will meet on Friday. It will vote on the Security Council ceasefire resolution, diplomats said.", []string{"Security Council"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}

// TestDocumentNames: a declaration or a charter a meeting signs is what it
// is about, no party (lexicon.go topicNouns).
func TestDocumentNames(t *testing.T) {
	checkLastParties(t, "ATHENS, June 26 - Greece and Turkey will sign the Athens Declaration at a meeting in Athens on Friday.", []string{"Greece", "Turkey"})
}

// TestListedNameWithInitialism: a name written as a list is one body when
// the initialism after it spells it all (names.go joinListedName).
func TestListedNameWithInitialism(t *testing.T) {
	checkLastParties(t, "LONDON, June 26 - Ford will meet officials of the Advisory, Conciliation and Arbitration Service (ACAS) on Friday.", []string{"Ford", "Advisory, Conciliation and Arbitration Service"})
}
