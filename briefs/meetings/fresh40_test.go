package meetings

// Fresh documents for the rules of round 25, written by two helpers who
// read only the guideline, the scoring rules and the dev set (not the code,
// nor the held-out sets), and measured once on ed2bb73 before any rule of
// the round: testdata/fresh40a.jsonl (parties named in a neighbouring
// sentence through an attendance or role cue: "are expected at Friday's
// meetings", "will co-chair the dialogue", "told reporters after Monday's
// consultations"), F1 0.960, place 0.896, participants P 0.798 (75/94)
// R 0.564 (75/133); testdata/fresh40b.jsonl (who attends, listed in
// minutes, agendas, notices and diaries, and single capitalised words that
// are no parties), F1 0.919, place 0.922, participants P 0.747 (62/83)
// R 0.446 (62/139). The classes were chosen after reading the read sets'
// errors, so they are not blind; the stories are. Cases named "(guard)"
// pass on the code before their rule too.

import "testing"

// TestRound25Rosters: roster labels in capitals ("PRESENT:"), a plural role
// listing its members after a semicolon ("Council Members A, B, C"),
// numbered lines under a label alone on its line, and the labels "Staff
// present:" and "Committee present:" (roster.go rosterLabel,
// pluralRoleNames, listNumber, rosterLabels); "APOLOGIES:" is not read.
func TestRound25Rosters(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "labels in capitals", pub: "1981-05-15",
			text: "TRELAWNEY PARISH COUNCIL\n\nMinutes of the meeting of Trelawney Parish Council held on Tuesday 12 May 1981 in the Reading Room.\n\nPRESENT: Cllr Alan Teague (Chairman), Cllr Joan Kitto, Cllr Peter Bolitho.\nIN ATTENDANCE: Mrs Ruth Angove (Clerk).\nAPOLOGIES: Cllr Harold Jewell.\n\n1. Minutes. The minutes were approved.",
			want: []string{"Trelawney Parish Council;Alan Teague;Joan Kitto;Peter Bolitho;Ruth Angove"}},
		describedCase{name: "a plural role after a semicolon, and staff present", pub: "1997-09-10",
			text: "CITY OF GRANTSVILLE\n\nMinutes of the Regular Meeting of the Grantsville City Council held Monday, September 8, 1997, at 7:00 p.m. in the Council Chambers.\n\nPresent: Mayor Edith Varga; Council Members Tom Kessel, Rosa Delgado, Walter Ng.\nAbsent: Council Member Ben Ito.\nStaff present: City Clerk Lynn Moss.\n\nMAYOR'S REPORT: Nothing to report.",
			want: []string{"Grantsville City Council;Edith Varga;Tom Kessel;Rosa Delgado;Walter Ng;City Clerk Lynn Moss"}},
		describedCase{name: "numbered lines under a label alone on its line", pub: "2015-03-02",
			text: "MERU GROWERS' SAVINGS SOCIETY LTD\n\nMinutes of the 9th Board Meeting of Meru Growers' Savings Society Ltd held on Saturday 28 February 2015 at the Society Office.\n\nDirectors present:\n1. Mr. Daniel Mwiti, Chairman\n2. Mrs. Esther Kendi, Treasurer\n\nAbsent with apology:\n1. Mr. John Gitonga, Secretary\n\nMIN 01/09/2015: Opening.",
			want: []string{"Meru Growers' Savings Society Ltd;Daniel Mwiti;Esther Kendi"}},
		describedCase{name: "committee present", pub: "2003-10-10",
			text: "RIVERBANK TENANTS' ASSOCIATION\n\nMinutes of the Annual General Meeting of Riverbank Tenants' Association held on Wednesday 8 October 2003 in the Community Hall.\n\nCommittee present: Ms Orla Daly (Chairperson), Mr Sean Hegarty (Secretary).\nApologies: Mr Liam Foley.\n\n1. Chairperson's report.",
			want: []string{"Riverbank Tenants' Association;Orla Daly;Sean Hegarty"}})
}

// TestRound25NoParty: words that name no party though capitalised: a
// field of a title's list the lexicon lacks ("Minister of Land,
// Infrastructure, Transport and Tourism"), an abstract noun opening a
// sentence ("Preparations are complete"), a sector before a company ("Electronics
// group Haverkamp NV") and a shouted label before its colon ("MAYOR'S
// REPORT:") (nameparts.go untitledFieldItem, sectorOfFirm, shoutedLead;
// clusterparties.go abstractNoun).
func TestRound25NoParty(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "a title's fields", pub: "2018-10-15",
			text: "TOKYO, Oct 15 (Kyodo) - Minister of Land, Infrastructure, Transport and Tourism Keiichi Ishida met Thai Transport Minister Somchai Wong on Friday.",
			want: []string{"Keiichi Ishida;Somchai Wong"}},
		describedCase{name: "a title's fields of two words", pub: "2018-10-15",
			text: "OTTAWA, Oct 15 - The Minister of Employment, Workforce Development and Labour, Maria Kostas, met union leaders on Friday.",
			want: []string{"Maria Kostas;union leaders"}},
		describedCase{name: "a state after a title, then its holder (guard)", pub: "2018-10-15",
			text: "AUSTIN, Oct 15 - The Governor of Texas, Greg Harlan, met Mexican officials on Friday.",
			want: []string{"Texas;Greg Harlan;Mexico"}},
		describedCase{name: "holders in a list after a title of state (guard)", pub: "2018-10-15",
			text: "MANILA, Oct 15 - U.S. Secretary of State Tom Reid, Chinese Foreign Minister Li Wen and Russian Foreign Minister Ivan Sokolov will meet on Friday.",
			want: []string{"Tom Reid;Li Wen;Ivan Sokolov"}},
		describedCase{name: "an abstract noun opening the sentence", pub: "2018-10-15",
			text: "TOKYO, Oct 15 (Kyodo) - Preparations are complete for the summit of Japanese and Thai leaders, which opens in Tokyo on Thursday.",
			want: []string{"Japan;Thailand"}},
		describedCase{name: "a sector before a company", pub: "1991-09-16",
			text: "AMSTERDAM, Sept 16 (Reuters) - Electronics group Haverkamp NV said its supervisory board will meet on Friday to consider the plan.",
			want: []string{"Haverkamp NV"}},
		describedCase{name: "a shouted label", pub: "1994-06-08",
			text: "CITY OF MILLTOWN\n\nMinutes of the Regular Meeting of the Milltown City Council held Monday, June 6, 1994.\n\nMAYOR'S REPORT: Mayor Castellano reported that she met with County Supervisor Alan Brandt on May 31 to discuss the boundary.\n",
			want: []string{"Milltown City Council", "County Supervisor Alan Brandt"}})
}

// TestRound25CommitteePhrase: a committee the story names in lower case
// is a party of the meeting it holds or is met at ("The council's finance
// committee will hold a public hearing", "will meet the country's
// 14-member bank advisory committee"); not an organisation's own organ
// ("OPEC's five-nation price monitoring committee", "the union's executive
// committee"), which the organisation stands for (lowercommittee.go
// committeePhrase, committeeOwned; mention.go meetsParty past "14-member").
func TestRound25CommitteePhrase(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "a council's committee holds a hearing", pub: "2020-06-02",
			text: "PORTLAND, Ore., June 2 - The council's finance committee will hold a public hearing on the proposed spending plan on June 15.",
			want: []string{"finance committee"}},
		describedCase{name: "a creditors' committee met by a minister", pub: "2020-04-03",
			text: "NEW YORK, April 3 - Peruvian Finance Minister Carlos Duarte will meet the country's 14-member bank advisory committee here on Thursday to outline proposals.",
			want: []string{"Carlos Duarte;bank advisory committee"}},
		describedCase{name: "a committee named by whom it speaks for", pub: "2020-05-03",
			text: "LONDON, May 3 - The junior doctors committee will meet next week to consider any offer, its co-chairs Ruth Halden and Vikram Shah said.",
			want: []string{"junior doctors committee;Ruth Halden"}},
		describedCase{name: "an organisation's committee (guard)", pub: "2020-06-02",
			text: "VIENNA, June 2 - OPEC's five-nation price monitoring committee will meet on Monday to review output, delegates said.",
			want: []string{"OPEC"}},
		describedCase{name: "a union's executive committee (guard)", pub: "2020-06-02",
			text: "ACCRA, June 2 - The union's executive committee will meet on Friday to decide on a strike, officials said.",
			want: []string{"union executive committee"}})
}

// TestRound25Cabinet: the cabinet a meeting's verb meets, or that a
// meeting is of, takes part ("will meet her cabinet", "will chair a meeting
// of the cabinet"); not beside its chair in "a cabinet meeting" (the read
// sets list the chair alone), nor a post ("Cabinet Secretary")
// (lowercommittee.go cabinetParty).
func TestRound25Cabinet(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "meets her cabinet", pub: "2020-03-02",
			text: "MANILA, March 2 - President Lina Ramos will meet her cabinet tomorrow to review the banks' latest offer, a spokesman said.",
			want: []string{"Lina Ramos;cabinet"}},
		describedCase{name: "a meeting of the cabinet", pub: "2020-12-10",
			text: "ATHENS, Dec 10 - Prime Minister Nikos Varvakis will chair a meeting of the cabinet on Tuesday, at which ministers will be briefed.",
			want: []string{"Nikos Varvakis;cabinet"}},
		describedCase{name: "a cabinet meeting beside its chair (guard)", pub: "2020-12-10",
			text: "ATHENS, Dec 10 - Prime Minister Nikos Varvakis will chair a cabinet meeting on Friday, at which ministers will review progress.",
			want: []string{"Nikos Varvakis"}},
		describedCase{name: "a cabinet secretary (guard)", pub: "2020-12-10",
			text: "NAIROBI, Dec 10 - Education Cabinet Secretary Daniel Mwangi is due to meet union leaders on Thursday, his ministry said.",
			want: []string{"Daniel Mwangi;union leaders"}})
}

// TestRound25PossessedGroupStops: a country's group after its "'s" ends
// before the meeting's verb: "Peru's delegation met representatives of
// ..." names Peru, not "Peru's delegation met representatives"
// (partywords.go possessedGroupEnd).
func TestRound25PossessedGroupStops(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "a delegation that met", pub: "2025-06-09",
			text: "LIMA, June 9 - Peru's delegation met representatives of the Andean Community here on Sunday, a diplomat said.",
			want: []string{"Peru;Andean Community"}})
}

// TestRound25OrgAcronymTitle: an organisation's initialism before a title
// goes with the title, leaving the person: "MITI Vice-Minister Kenji Ota"
// -> "Kenji Ota", so that "The Japanese delegation will be led by ..."
// names him; a venue stays whole (names.go orgAcronymTitle).
func TestRound25OrgAcronymTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"MITI Vice-Minister Kenji Ota", "Kenji Ota"},
		{"EC Agriculture Commissioner Jan de Wit", "Jan de Wit"},
		{"OFC Home of Football", "OFC Home of Football"}, // guard
		{"NATO summit", "NATO summit"},                   // guard
	} {
		if got := stripTitles(c.in); got != c.want {
			t.Errorf("stripTitles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkDescribed(t, partiesOnly,
		describedCase{name: "a delegation led by a titled official", pub: "1987-03-02",
			text: "TOKYO, March 2 - Japanese and U.S. officials will hold emergency talks in Washington next week on the chip dispute, officials said.\nThe Japanese delegation will be led by MITI Vice-Minister Kenji Ota, the ministry said.\n",
			want: []string{"Japan;U.S.;Kenji Ota"}})
}

// TestRound25HouseAtHome: a house's committee sits in the dateline's
// capital: "the House of Commons heritage committee" in Ottawa, "the House
// Energy and Commerce subcommittee" in Washington, and a country's own
// house named with its possessive in that country's capital ("South
// Korea's parliamentary intelligence committee" in Seoul); not another
// country's (homeplace.go homeBody).
func TestRound25HouseAtHome(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "House of Commons", pub: "2020-01-10",
			text: "OTTAWA, Jan 10 - Regulator chair Anne Morel told the House of Commons heritage committee on Tuesday that a decision was expected by spring.",
			want: []string{"2020-01-07 Ottawa"}},
		describedCase{name: "a House subcommittee", pub: "2020-01-10",
			text: "WASHINGTON, Jan 10 - Executives of Corlane Therapeutics will testify before the House Energy and Commerce subcommittee on Thursday.",
			want: []string{"2020-01-16 Washington"}},
		describedCase{name: "a country's own house by its possessive", pub: "2020-01-10",
			text: "SEOUL, Jan 10 - South Korea's parliamentary intelligence committee will hold a hearing on Wednesday on the leak, officials said.",
			want: []string{"2020-01-15 Seoul"}},
		describedCase{name: "another country's house (guard)", pub: "2020-01-10",
			text: "LONDON, Jan 10 - France's parliamentary finance committee will hold a hearing on Wednesday on the budget, officials said.",
			want: []string{"2020-01-15 "}})
}
