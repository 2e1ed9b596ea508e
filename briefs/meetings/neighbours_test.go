package meetings

import "testing"

// TestPartiesFromContext checks parties the meeting's clause names only by
// a pronoun or inside the meeting's name.
func TestPartiesFromContext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"its: the sentence's subject", "FRANKFURT, June 29 - The Bundesbank is not expected to change policy when its central bank council meets tomorrow, dealers said.", []string{"Bundesbank"}},
		{"Their: the meeting before", "LONDON, June 29 - Commonwealth finance ministers ended their talks in Bangkok yesterday. Their next meeting will be held in Cyprus in September.", []string{"Commonwealth"}},
		{"He opening the sentence", "PARIS, June 29 - French Finance Minister Edouard Balladur said the franc was stable. He will travel to Bonn on Monday for talks with Gerhard Stoltenberg.", []string{"Edouard Balladur", "Gerhard Stoltenberg"}},
		{"He said: not the subject", "PARIS, June 29 - Edouard Balladur spoke on radio. He said finance ministers of the Group of Five would meet next week.", []string{"Group of Five"}},
		{"delegation led by, next sentence", "LISBON, June 29 - Talks between China and Portugal on the future of Macao will resume in Peking next week. The Portuguese delegation, led by ambassador Rui Medina, will fly to Peking on Sunday.", []string{"China", "Portugal", "Rui Medina"}},
		{"each side led by", "TOKYO, June 29 - U.S. and Japanese officials opened talks here today. The U.S. side is led by Michael Smith and the Japanese side by Makoto Kuroda.", []string{"U.S.", "Japan", "Michael Smith", "Makoto Kuroda"}},
		{"discussants, next sentence", "LONDON, June 29 - British and Irish ministers held talks in Belfast yesterday. Tom King and Brian Lenihan discussed security, a statement said. Protestant politicians boycotted the talks.", []string{"Britain", "Ireland", "Tom King", "Brian Lenihan"}},
		{"told reporters after the session", "VIENNA, June 29 - The OPEC committee met here yesterday. Oil Minister Hisham Nazer told reporters after the committee session that output was low.", []string{"OPEC", "Hisham Nazer"}},
		{"another clause's subject", "MANILA, June 29 - The Philippine Congress will convene on July 27, the first since President Ferdinand Marcos abolished it.", []string{"Philippine Congress"}},
		{"a region and a pact", "CANBERRA, June 29 - Australia and New Zealand will review the Closer Economic Relations trade pact at talks on Thursday with Japan, on a tour of Western Europe.", []string{"Australia", "New Zealand", "Japan"}},
		{"acronym inside the name", "KUALA LUMPUR, June 29 - The 47th ASEAN Summit will be held on October 26-28.", []string{"ASEAN"}},
		{"legislature inside the name", "NEW DELHI, June 29 - The Monsoon Session of Parliament will begin on July 21.", []string{"Parliament"}},
		{"a body by its kind", "LONDON, June 29 - The International Coffee Organization's executive board will meet here on September 8. A full council session in March broke up without agreement.", []string{"International Coffee Organization"}},
		{"a body its owner named before", "BONN, June 29 - Chancellor Helmut Kohl's cabinet today approved the budget. The cabinet meets again on July 6 to discuss tax reform.", []string{"Helmut Kohl's cabinet"}},
		{"those who sent delegations", "CAIRO, June 29 - Arab League foreign ministers opened an emergency session in Tunis today. Egypt was not invited. Syria and Libya, which back Iran, sent junior delegations.", []string{"Arab League", "Syria", "Libya"}},
		{"a spokesman's office", "MOSCOW, June 29 - Mikhail Gorbachev will meet George Shultz in the Kremlin tomorrow, Foreign Ministry spokesman Gennady Gerasimov told reporters.", []string{"Mikhail Gorbachev", "George Shultz"}},
		{"the thing a name owns", "KUWAIT, June 29 - Oil ministers of the Gulf Cooperation Council met in Riyadh on Saturday and agreed to abide by their OPEC output quotas.", []string{"Gulf Cooperation Council"}},
		{"those who arrived for it", "ROME, June 29 - Leaders of the seven industrial democracies gathered in Venice today for their summit. Prime Minister Yasuhiro Nakasone, Chancellor Helmut Kohl and President Francois Mitterrand arrived last night.", []string{"Yasuhiro Nakasone", "Helmut Kohl", "Francois Mitterrand"}},
		{"nationalities of a group's members", "HONG KONG, June 29 - Chinese and British members of the Joint Liaison Group began talks in London today.", []string{"China", "Britain", "Joint Liaison Group"}},
		{"its chairman said", "WASHINGTON, June 29 - The House Ways and Means trade subcommittee will open hearings on Thursday, its chairman, Representative Sam Gibbons, said.", []string{"House Ways and Means", "Sam Gibbons"}},
		{"a department's meeting", "Mumbai, June 29 (IANS) Deputy Chief Minister Devendra Fadnavis on Monday chaired a meeting of the water resources department at Mantralaya.", []string{"Devendra Fadnavis", "water resources department"}},
		{"a name with two particles", "BRUSSELS, June 29 - Jaishankar will meet European Commission President Ursula von der Leyen on Thursday.", []string{"Jaishankar", "Ursula von der Leyen"}},
		{"who headed a side two sentences on", "MANAGUA, June 29 - Government officials and church leaders met for three hours on Tuesday in Managua. The meeting was described as frank. Cardinal Miguel Obando y Bravo headed the church side.", []string{"Miguel Obando y Bravo"}},
		{"a lowercase group briefed or met", "SYDNEY, June 29 - Treasurer Paul Keating will brief state premiers on the budget at a conference in Canberra on July 6.", []string{"Paul Keating", "state premiers"}},
		{"counterparts of the speaker", "OTTAWA, June 29 - Finance Minister Michael Wilson will confer with his provincial counterparts here on Wednesday.", []string{"Michael Wilson", "provincial counterparts"}},
		{"a region's prime ministers", "STOCKHOLM, June 29 - Nordic prime ministers will hold their annual meeting in Helsinki on Thursday.", []string{"Nordic prime ministers"}},
		{"He met, a one-word name before", "TOKYO, June 29 - Indonesian Mines and Energy Minister Subroto began talks here today. He met Trade Minister Hajime Tamura this morning.", []string{"Subroto", "Hajime Tamura"}},
		{"a dam's name", "New Delhi, June 29 (IANS) Bhagwant Mann will meet C.R. Patil here on Friday to resolve the dispute over sharing Bhakra dam water.", []string{"Bhagwant Mann", "C.R. Patil"}},
		{"body in the meeting's name", "TOKYO, June 29 - Kiichi Miyazawa will meet James Baker in Washington on July 6, the day before a Group of Seven meeting there.", []string{"Group of Seven"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
