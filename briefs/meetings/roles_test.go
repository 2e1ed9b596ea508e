package meetings

import "testing"

// TestStoryRoles checks the parties roles.go adds and removes.
func TestStoryRoles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"group-phrase: a national group as subject", "SYDNEY, June 29 - Australian wool growers will meet Soviet buyers in Sydney next week, the Australian Wool Corporation said.", []string{"Australian wool growers", "Soviet buyers"}},
		{"group-phrase: a regional group", "MEXICO CITY, June 29 - Latin American debtor nations will meet in Acapulco on Friday to coordinate their stance.", []string{"Latin American debtor nations"}},
		{"group-phrase: the other side", "MANILA, June 29 - The Philippine government and communist rebels will resume peace talks on Wednesday.", []string{"Philippine government", "communist rebels"}},
		{"group-phrase: not beside the named country", "BEIJING, June 29 - Chinese and South African leaders will meet in Johannesburg next week.", []string{"China", "South Africa"}},
		{"group-phrase: no vague region", "PARIS, June 29 - Egypt will meet Western creditor governments in Paris on Friday.", []string{"Egypt"}},
		{"attend-list: the sentence after", "PARIS, June 29 - Finance ministers of the Group of Ten will meet in Washington on Thursday. Gerhard Stoltenberg, Edouard Balladur and Nigel Lawson are expected to attend.", []string{"Group of Ten", "Gerhard Stoltenberg", "Edouard Balladur", "Nigel Lawson"}},
		{"attend-list: not holders of a title", "NEW DELHI, June 29 - Amit Shah will chair a meeting of the Northern Zonal Council on Friday. Chief Ministers of Punjab and Haryana are expected to attend.", []string{"Amit Shah", "Northern Zonal Council"}},
		{"leads-side: past an apposition", "NEW DELHI, June 29 - Officials from India and the United States will meet in New Delhi on Tuesday. Brendan Lynch, the U.S. chief negotiator, will lead the American team.", []string{"India", "United States", "Brendan Lynch"}},
		{"leads-side: a lower-case side", "MANILA, June 29 - The government and the rebels will resume talks on Wednesday. Teofisto Guingona heads the government panel.", []string{"Teofisto Guingona"}},
		{"two-sides: the pair named before", "NEW DELHI, June 29 - India and New Zealand ended a round of trade talks on Friday. The two sides will hold the next round in New Delhi on July 27.", []string{"India", "New Zealand"}},
		{"not-opener: a linking adverb", "FRANKFURT, June 29 - The Bundesbank will not meet this week. Instead, the Bundesbank council will meet on July 9, a spokesman said.", []string{"Bundesbank"}},
		{"not-opener: a ministry's field", "BELEM, June 29 - Environment ministers from 190 countries open a climate conference in Belem on Monday. Antonio Guterres will also attend.", []string{"Antonio Guterres"}},
		{"not-modifier: a holiday", "FRANKFURT, June 29 - The Bundesbank council meets on Thursday, its last session before the Easter holiday.", []string{"Bundesbank"}},
		{"not-topic: a possessive after on", "TOKYO, June 29 - Japanese and U.S. officials will hold talks in Tokyo on Thursday on Washington's sanctions against chip makers.", []string{"Japan", "United States"}},
		{"not-source: a ministry that said", "MEXICO CITY, June 29 - Latin American debtor nations will meet in Acapulco on Friday, Mexico's finance ministry said.", []string{"Latin American debtor nations"}},
		{"sub-body: a body and its committee", "WASHINGTON, June 29 - The IMF's Interim Committee will meet in Washington on Thursday.", []string{"IMF Interim Committee"}},
		{"body-in-name: beside a person", "HONIARA, June 29 - The Pacific Islands Forum Leaders Meeting opens in Honiara on Monday. Prime Minister Jeremiah Manele will chair the meeting.", []string{"Pacific Islands Forum", "Jeremiah Manele"}},
		{"body-in-name: not an organisation's own name", "GENEVA, June 29 - The United Nations Conference on Trade and Development opens in Geneva on Monday.", []string{"United Nations Conference on Trade and Development"}},
		{"company-officer: the chairman at the annual meeting", "ARMONK, June 29 - Chairman John Akers will address IBM's annual meeting in Tampa next Monday.", []string{"IBM", "John Akers"}},
		{"attend-list: who will testify", "WASHINGTON, June 29 - The Senate Finance Committee will hold a hearing on trade on Thursday. Trade Representative Clayton Yeutter will testify.", []string{"Senate Finance Committee", "Clayton Yeutter"}},
		{"sub-body: the committee of the body", "MUMBAI, June 29 - The Monetary Policy Committee of the Reserve Bank of India will meet from July 3 to 5.", []string{"Reserve Bank of India"}},
		{"not-topic-phrase: a topic list after on", "BONN, June 29 - Shultz met Genscher here yesterday for two hours of talks on arms control and Iran.", []string{"Shultz", "Genscher"}},
		{"not-topic-phrase: a noun's for", "WASHINGTON, June 29 - The International Monetary Fund's executive board will meet on Wednesday to consider a standby loan for Argentina.", []string{"International Monetary Fund"}},
		{"not-topic-phrase: not a hearing's nominee", "WASHINGTON, June 29 - The Senate Judiciary Committee will open hearings on the nomination of Judge Anthony Kennedy on July 14.", []string{"Senate Judiciary Committee", "Anthony Kennedy"}},
		{"not-topic-phrase: not a proper name's on", "GENEVA, June 29 - The United Nations Conference on Trade and Development opens in Geneva on Monday.", []string{"United Nations Conference on Trade and Development"}},
		{"kind-alias: the union named before", "LONDON, June 29 - The Transport and General Workers Union rejected Ford's pay offer on Monday. The union said it would meet management on Thursday.", []string{"Transport and General Workers Union"}},
		{"neighbour: who hosts the talks", "KUALA LUMPUR, June 29 - East Asia Summit leaders will meet in Kuala Lumpur on Monday. Malaysian Prime Minister Anwar Ibrahim will host the talks.", []string{"Anwar Ibrahim"}},
		{"sentence: the committee's chairman said", "WASHINGTON, June 29 - The Senate Finance Committee will hold a hearing on trade on Thursday, the committee's chairman, Lloyd Bentsen, said.", []string{"Senate Finance Committee", "Lloyd Bentsen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}

// TestFresh17rSet scores testdata/fresh17r.jsonl: 20 stories (22
// meetings) written in session 7 for the participant classes
// (testdata/fresh17r.py) and measured once on 2e3e960 before any change
// made with them in view: F1 0.978 with dates, status 0.955, place 0.864,
// participants P 0.846 (33/39) R 0.688 (33/48). Two place slips were then
// corrected (bodies meeting at home: place 0.864 -> 0.955). Then roles.go's rules
// (group-phrase, attend-list, leads-side, two-sides, not-opener,
// not-modifier, not-topic, not-source): participants P 0.956 R 0.896.
func TestFresh17rSet(t *testing.T) {
	rep := evalFile(t, "fresh17r.jsonl", 20)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.90, place: 0.80, participants: 0.85, partPrecision: 0.90})
}

// TestFresh17rbSet scores testdata/fresh17rb.jsonl: 12 stories (12
// meetings), a second participant set written in session 7 after the first
// roles.go rules had landed (testdata/fresh17rb.py), measured once on
// a09af9f's parent rules before any change made with them in view: F1
// 1.000, status 0.917, place 0.917, participants P 0.870 (20/23) R 0.714
// (20/28). Then sub-body, body-in-name, company-officer and "will
// testify": participants P 0.920 R 0.821. Then kind-alias, the topic
// phrase and "the committee of the body": P 1.000 R 0.857. Then "will
// host the talks" and "the committee's chairman, X, said": R 0.929.
func TestFresh17rbSet(t *testing.T) {
	rep := evalFile(t, "fresh17rb.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.90, place: 0.90, participants: 0.90, partPrecision: 0.95})
}

// TestFresh17rcSet scores testdata/fresh17rc.jsonl: 12 stories (12
// meetings, one with no named party), a third participant set written in
// session 7 after the roles.go rules had landed, as a first-sight measure
// of them on new text (testdata/fresh17rc.py), measured once on 12dd5a4:
// F1 0.870 with dates (P 0.909 R 0.833; a Sunday summit read as last
// Sunday, a meeting with "farmers' unions" missed), status 0.900, place
// 1.000, participants P 1.000 (15/15) R 0.714 (15/21). Not fixed: "its
// commercial bank creditors" (the pool's annotators do not list a
// debtor's creditor banks: reading it cost six wrong parties there), the
// side leaders of "Simon Reisman leads the Canadian team and Peter Murphy
// the American one", a body's officer's body ("the International Monetary
// Fund's managing director, Michel Camdessus").
func TestFresh17rcSet(t *testing.T) {
	rep := evalFile(t, "fresh17rc.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.85, noDates: 0.95, status: 0.85, place: 0.95, participants: 0.70, partPrecision: 0.95})
}
