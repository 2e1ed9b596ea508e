package meetings

import "testing"

// TestApostropheInName: an apostrophe that joins two parts of one name with
// no space is inside the name (names.go gluedApostrophe), so the place is
// the whole city and no half of it is taken for a person or a party; a
// possessive still ends the name.
func TestApostropheInName(t *testing.T) {
	for _, c := range []struct{ name, text, place string }{
		{"a Chinese city", "BEIJING, May 4 - The China-Arab States Summit will be held in Xi'an on Thursday, the foreign ministry said.", "Xi'an"},
		{"a Pacific capital", "SUVA, Aug 2 - Pacific Islands Forum leaders will meet in Nuku'alofa on Monday, officials said.", "Nuku'alofa"},
		{"a capital after N'", "ABUJA, June 3 - Sahel defence ministers will meet in N'Djamena on Friday, officials said.", "N'Djamena"},
	} {
		t.Run(c.name, func(t *testing.T) { checkFirstPlace(t, "2026-03-03", c.text, c.place) })
	}
	t.Run("a person's name", func(t *testing.T) {
		checkLastParties(t, "DUBLIN, March 3 - Foreign Minister Sean O'Brien will meet Nigeria's Foreign Minister Yusuf Tuggar in Dublin on Friday.", []string{"Sean O'Brien", "Yusuf Tuggar"})
	})
}

// TestAttendeeList: a list that ends before "will attend" is taken whole
// (neighbours.go attendees).
func TestAttendeeList(t *testing.T) {
	checkLastParties(t, "ALMATY, March 9 - The Central Asia foreign ministers' meeting will be held in Astana on Thursday. The foreign ministers of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan will attend the meeting, the ministry said.",
		[]string{"Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"})
}

// TestPacificAndCaribbeanDemonyms: a nationality names its country among
// the parties (lexicon.go countries).
func TestPacificAndCaribbeanDemonyms(t *testing.T) {
	checkLastParties(t, "SUVA, Aug 2 - Tongan and Barbadian trade ministers will meet in Suva on Friday, officials said.", []string{"Tonga", "Barbados"})
}
