package meetings

import "testing"

// TestPartiesRepresented: a country is no party of its own beside a party
// person introduced as its representative (parties.represented); a country
// no named party person stands for stays.
func TestPartiesRepresented(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"apposition: X, Germany's foreign minister", "BERLIN, June 29 - Johann Wadephul, Germany's foreign minister, will meet Radoslaw Sikorski in Warsaw on Wednesday.", []string{"Johann Wadephul", "Radoslaw Sikorski"}},
		{"the minister of France, X", "ROME, June 29 - The finance minister of France, Roland Lescure, and Giancarlo Giorgetti will meet in Rome on Friday.", []string{"Roland Lescure", "Giancarlo Giorgetti"}},
		{"X, the foreign minister of Kenya", "NAIROBI, June 29 - Musalia Mudavadi, the foreign minister of Kenya, met Abiy Ahmed in Addis Ababa on Sunday.", []string{"Musalia Mudavadi", "Abiy Ahmed"}},
		{"a possessive before an untitled name", "PRETORIA, June 29 - Finance ministers of the Group of 20 met in Washington on Saturday. The group will meet in Cape Town in July, South Africa's Enoch Godongwana, who chairs it, said.", []string{"Group of 20", "Enoch Godongwana"}},
		{"a capital for its government is no party (round 15)", "TOKYO, June 29 - Tokyo and Washington will hold talks on Thursday between Japanese Finance Minister Katsunobu Kato and Scott Bessent.", []string{"Katsunobu Kato", "Scott Bessent"}},
		{"a two-word country before counterpart", "CANBERRA, June 29 - Defence Minister Kim Beazley will hold talks with his visiting New Zealand counterpart Bob Tizard on Wednesday.", []string{"Kim Beazley", "Bob Tizard"}},
		{"a title phrase of a country before a comma", "HELSINKI, June 29 - Foreign Minister Anita Rautio received the Foreign Minister of Chile, Alberto van Klaveren, in Helsinki on Monday.", []string{"Anita Rautio", "Alberto van Klaveren"}},
		{"a possessive before a title phrase", "NEW DELHI, June 29 - Piyush Goyal held a bilateral meeting with New Zealand's Minister for Trade and Investment, Mr Todd McClay, in New Delhi on Monday.", []string{"Piyush Goyal", "Todd McClay"}},
		{"a name run on into of a country", "ANKARA, June 29 - Foreign Minister Hakan Fidan of Turkey and Egypt's top diplomat Badr Abdelatty will meet in Ankara on Thursday.", []string{"Hakan Fidan", "Badr Abdelatty"}},
		{"a country with no person stays", "DUBAI, June 29 - Iranian Foreign Minister Abbas Araqchi will hold talks with officials from Oman in Muscat on Wednesday.", []string{"Abbas Araqchi", "Oman"}},
		{"countries alone stay", "NEW DELHI, June 29 - India and Pakistan will hold talks on river waters in New Delhi on July 6.", []string{"India", "Pakistan"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
