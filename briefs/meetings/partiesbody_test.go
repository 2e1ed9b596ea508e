package meetings

import "testing"

// TestPartiesBodyNoun: a body named before and then only by its head noun
// takes part under its first name (parties.body-noun); a title's owner, a
// noun qualifying another, a topic and a source are no such party.
func TestPartiesBodyNoun(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"the union and the airline", "AMSTERDAM, June 29 - The Dutch Airline Pilots Association said it would suspend strikes at KLM after the airline made a new offer. The union and the airline will resume negotiations on Thursday.", []string{"Dutch Airline Pilots Association", "KLM"}},
		{"between the federation and a named union", "STOCKHOLM, June 29 - The Confederation of Swedish Enterprise said on Monday that wage demands were unrealistic. Talks between the federation and Unionen are set to resume on July 6.", []string{"Confederation of Swedish Enterprise", "Unionen"}},
		{"officials of the bank", "ISLAMABAD, June 29 - The Asian Development Bank said on Monday it would consider a loan for Pakistan. Finance Minister Muhammad Aurangzeb will meet officials of the bank in Washington next week.", []string{"Muhammad Aurangzeb", "Asian Development Bank"}},
		{"the union named with its kind beside it", "DETROIT, June 29 - The United Auto Workers union accused Stellantis on Monday of breaking a promise. The union will meet Stellantis negotiators on Thursday.", []string{"United Auto Workers", "Stellantis"}},
		{"the committee two sentences on", "WASHINGTON, June 29 - The Senate Armed Services Committee has asked the Navy to explain delays. The first ship is three years late. The committee will hold a hearing on the matter on July 7.", []string{"Senate Armed Services Committee"}},
		{"the carmaker for a company of no known kind", "BERLIN, June 29 - Volkswagen wants to cut costs at its German plants. IG Metall and the carmaker will meet again on July 7.", []string{"IG Metall", "Volkswagen"}},
		{"the cartel for an acronym", "BAGHDAD, June 29 - OPEC said on Sunday demand would grow next year. The cartel and its allies will meet online on July 5.", []string{"OPEC"}},
		{"the lender for a bank", "ATHENS, June 29 - National Bank of Greece said its profit rose 9%. Government officials will meet representatives of the lender on Thursday.", []string{"National Bank of Greece"}},
		{"a body of its kind before a guess, not a modifier", "STOCKHOLM, June 29 - Telecoms group Tele2 agreed to buy a Baltic rival. The company's shareholders will vote on the deal at an extraordinary general meeting on July 20.", []string{"Tele2"}},
		{"not in another clause", "MONTEVIDEO, June 29 - The European Union and Mercosur are close to a deal. President Santiago Pena, who holds the bloc's rotating presidency, will host the summit on July 7.", []string{"Santiago Pena"}},
		{"not a source after the meeting", "LONDON, June 29 - The RMT union rejected the offer on Monday. Network Rail managers will meet Arriva on Thursday for talks, the union said.", []string{"Network Rail", "Arriva"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
