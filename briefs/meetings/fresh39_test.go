package meetings

// Fresh documents for the rules of round 24, written by three helpers who
// read only the guideline, the scoring rules and the dev set (not the code,
// nor the held-out sets), and measured once on 6560239 (the behaviour of
// 9c2387a) before any rule of the round: testdata/fresh39a.jsonl (parties
// told by the meeting's own name: "the Eurogroup meeting", "the
// Kuwaiti-Egyptian Joint Committee", "Cabinet meeting - Government House"),
// F1 0.910, place 0.803, participants P 0.710 (66/93) R 0.606 (66/109);
// testdata/fresh39b.jsonl (parties named in a neighbouring sentence and
// referred to by a group word, a pronoun or a role), F1 0.945, place
// 0.837, participants P 0.773 (51/66) R 0.510 (51/100);
// testdata/fresh39c.jsonl (meetings told without "meet" or "talks":
// hosting a delegation, testimony, "broke up after a session", receptions,
// a diary's lines), F1 0.658 (24 of 47 found, two false alarms), place
// 0.917, participants P 0.806 (29/36) R 0.763 (29/38). The classes were
// chosen after reading the read sets' errors, so they are not blind; the
// stories are. Cases named "(guard)" pass on the code before their rule too.

import "testing"

// TestRound24Hearings: a committee owned by a house named with its
// possessive ("the National Assembly's foreign affairs and unification
// committee"), told last week, or faced on a day, is heard; "told" makes
// its subject the witness (hearings.go committeeAhead, ownerEnd,
// testifies; conjoined.go witnessCommittee).
func TestRound24Hearings(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a house's committee in the possessive", pub: "2022-09-14",
			text: "SEOUL, Sept 14 - Kim Sung-ho is scheduled to appear before the National Assembly's foreign affairs and unification committee on Friday to answer questions.",
			want: []string{"2022-09-16 Seoul Kim Sung-ho;National Assembly's foreign affairs and unification committee"}},
		describedCase{name: "told a committee last week", pub: "2025-03-05",
			text: "OTTAWA, March 5 - Representatives of the fishermen's federation Coastwise told the Senate fisheries committee last week that the quota cut would close a dozen plants.",
			want: []string{"2025-02-24 Ottawa Coastwise;Senate fisheries committee"}},
		describedCase{name: "due to face the same committee", pub: "2025-03-05",
			text: "OTTAWA, March 5 - Fisheries Minister Heather Lundgren, who is due to face the same committee on March 20, said no decision had been taken.",
			want: []string{"2025-03-20 Ottawa Heather Lundgren"}},
		describedCase{name: "told reporters is no hearing (guard)", pub: "2025-03-05",
			text: "OTTAWA, March 5 - Fisheries Minister Heather Lundgren told reporters last week that no decision had been taken.",
			want: nil})
}

// TestRound24PartyNames: the two countries of a pair that names a business
// forum take part (names.go hyphenCountries through nameModifiers
// "business"); "the Co-Chairs" is a post and COVID-19 a disease, no
// parties (partywords.go moreTitles, clusterparties.go diseaseName).
func TestRound24PartyNames(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a country pair's business forum", pub: "2025-05-12",
			text: "LUSAKA, May 12 - The China-Zambia business forum will open in Lusaka on Thursday, the trade ministry said.",
			want: []string{"2025-05-15 China;Zambia"}},
		describedCase{name: "the pair of a war is no party (guard)", pub: "2025-05-12",
			text: "GENEVA, May 12 - Delegates will hold talks on Thursday on the legacy of the Iran-Iraq war.",
			want: []string{"2025-05-15 "}},
		describedCase{name: "co-chairs and a disease", pub: "2022-10-07",
			text: "WELLINGTON, Oct 7 - The Co-Chairs recalled that the second meeting of the Joint Economic Commission was held in Santiago in March 2019, before COVID-19 halted travel.",
			want: []string{"2019-03 Joint Economic Commission"}})
}

// TestRound24BodyInName: a meeting that names no party takes the body its
// own name holds, past a possessive "Leaders'" and after "of the" for a
// network, a legislature or a Vidhan Sabha (roles.go nameBody, ofBody;
// rule parties.body-in-name); not a run of countries (countryJoined).
func TestRound24BodyInName(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "leaders' summit of a group (guard: its acronym alone finds it here)", pub: "2025-09-01",
			text: "PRETORIA, Sept 1 - The G20 Leaders' Summit will be held in Johannesburg on November 22-23, the presidency said.",
			want: []string{"2025-11-22 G20"}},
		describedCase{name: "annual general meeting of a network", pub: "2026-03-02",
			text: "NAIROBI, March 2 - The Annual General Meeting of the Lakeland Water Users Network will be held on Friday in Room 12.",
			want: []string{"2026-03-06 Lakeland Water Users Network"}},
		describedCase{name: "session of a state legislature", pub: "2020-02-03",
			text: "BENGALURU, Feb 3 - The budget session of the Karnataka Legislature will begin on February 17, the Speaker said.",
			want: []string{"2020-02-17 Karnataka Legislature"}},
		describedCase{name: "three countries' summit (guard)", pub: "2024-04-01",
			text: "MANILA, April 1 - The Japan-Philippines-United States Leaders' Summit will be held in Washington on April 11.",
			want: []string{"2024-04-11 Japan;Philippines;United States"}})
}

// TestRound24TwoSidesOffice: "the two sides" do not stand for the two
// words of an office's remit joined by "and" (sides.go officeOf).
func TestRound24TwoSidesOffice(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a ministry's remit is no pair", pub: "1986-02-18",
			text: "CANBERRA, Feb 18 - Hideo Kurata, vice-minister of International Trade and Industry, arrived today. The two sides will hold their first meeting in Tokyo in April.",
			want: []string{"1986-04 "}},
		describedCase{name: "two countries joined by and (guard)", pub: "1986-02-18",
			text: "CANBERRA, Feb 18 - Australia and Japan agreed today to set up a working group on beef. The two sides will hold their first meeting in Tokyo in April.",
			want: []string{"1986-04 Australia;Japan"}})
}

// TestRound24BodysEnvoy: receiving a body's official named after the post
// and its remit is a meeting with the official, not the body nor the remit
// (mention.go bodysOfficialAt, remitEnd; names.go officialNamedAt,
// officialSpan).
func TestRound24BodysEnvoy(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "an envoy with a remit", pub: "2025-05-14",
			text: "BAKU, May 14 - Foreign Minister Rauf Mammadli received the European Union's special envoy for the South Caucasus, Annika Lindqvist, in Baku on Tuesday, the ministry said.",
			want: []string{"2025-05-13 Rauf Mammadli;Annika Lindqvist"}},
		describedCase{name: "a committee that grills a minister keeps its body (guard)", pub: "2026-02-19",
			text: "BERLIN, Feb 19 - Members of the Bundestag's defence committee grilled Defence Minister Boris Pistorius on Wednesday over delays to the conscription law.",
			want: []string{"2026-02-18 Bundestag defence committee;Boris Pistorius"}}) // the committee too since round 25 (parties.committee-phrase): the body's name still holds "Bundestag"
}

// TestRound24DiaryCouncil: a named council attended on a diary's dated line
// or with its ministers is its sitting (sittings.go councilSitting,
// councilOf, dayLabel), not "the City Council work session" (the session is
// the head); a diary's "Tuesday 10 June – Brussels:" places the line's
// meeting in a known city (slotvenue.go dashCity), not "– Travel:".
func TestRound24DiaryCouncil(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a council attended on a diary line", pub: "2023-03-17",
			text: "Minister's programme: week commencing Monday 20 March 2023\n\nMonday 20 March, Brussels: the Minister attends the AGRIFISH Council of EU agriculture and fisheries ministers, where items include the market situation.",
			want: []string{"2023-03-20 Brussels"}},
		describedCase{name: "a council's work session (guard)", pub: "2026-04-16",
			text: "OFFICE OF THE MAYOR\nWeekly schedule\n\nMonday, April 20: The mayor will attend the City Council work session at 1:00 p.m. in Council Chambers.",
			want: []string{"2026-04-20 Council Chambers"}},
		describedCase{name: "a dash before the city", pub: "2025-06-06",
			text: "Diary of EU events for the week ahead, as of 6 June.\n\nTuesday 10 June – Brussels: Trade Commissioner Jonas Virtanen appears before the European Parliament's trade committee to take questions on the Mercosur agreement.",
			want: []string{"2025-06-10 Brussels"}},
		describedCase{name: "a dash before a label is no place (guard)", pub: "2025-06-06",
			text: "Diary of EU events for the week ahead, as of 6 June.\n\nTuesday 10 June – Travel: Trade Commissioner Jonas Virtanen appears before the European Parliament's trade committee to take questions.",
			want: []string{"2025-06-10 "}})
}

// TestRound24HostAndDoors: hosting a delegation of a named group is a
// meeting, as receiving one is (mention.go visitingGroup); "behind closed
// doors" holds an adjective, not a past verb, so a day after it keeps the
// clause's future (tense.go adjectivePreps).
func TestRound24HostAndDoors(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "host a delegation", pub: "2024-09-24",
			text: "WASHINGTON, Sept 24 - Commerce Secretary Daniel Whitcombe said on Tuesday he would host a delegation of Japanese semiconductor executives at the Commerce Department on October 8.",
			want: []string{"2024-10-08 Commerce Department"}},
		describedCase{name: "host a city is no meeting (guard)", pub: "2024-09-24",
			text: "WASHINGTON, Sept 24 - The city will host a festival of Japanese film on October 8.",
			want: nil},
		describedCase{name: "behind closed doors on a day to come", pub: "2024-06-18",
			text: "MANILA, June 18 - The Senate foreign relations committee will hear testimony from defence and coast guard officials behind closed doors on Wednesday.",
			want: []string{"2024-06-19 Manila"}})
}

// TestRound24SessionOfGroup: "a session that began yesterday" after
// ministers "broke up" is their sitting (mention.go sessionOfGroup); not a
// round's own session already told in the sentence.
func TestRound24SessionOfGroup(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "ministers broke up after a session", pub: "2025-01-28",
			text: "BRUSSELS, Jan 28 - European Union farm ministers broke up early today after a session that began yesterday morning, failing to agree on dairy aid.",
			want: []string{"2025-01-27 Brussels"}},
		describedCase{name: "the round's own session (guard)", pub: "2024-05-27",
			text: "GENEVA, May 27 - Negotiators wrapped up a final round of talks in Geneva on Friday without agreement, after a session that opened on May 13.",
			want: []string{"2024-05-24 Geneva"}},
		describedCase{name: "a market's session is no meeting (guard)", pub: "2025-01-28",
			text: "LONDON, Jan 28 - The pound fell after a session that began yesterday with heavy selling.",
			want: nil})
}

// TestRound24MembersIn: a body after "creditors in" or "governments in" is
// the body its members make up, a party, not a place (names.go
// memberNouns).
func TestRound24MembersIn(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "creditors in the club", pub: "1988-11-24",
			text: "PARIS, Nov 24 - Western creditor governments in the Paris Club agreed to reschedule Poland's debt at a two-day meeting that ended here yesterday, officials said.",
			want: []string{"1988-11-22 Paris Paris Club"}},
		describedCase{name: "talks in a ministry stay a place (guard)", pub: "1988-11-24",
			text: "CAIRO, Nov 24 - Egyptian and Sudanese officials held talks in the Foreign Ministry on Wednesday.",
			want: []string{"1988-11-23 Foreign Ministry Egypt;Sudan"}})
}

// TestRound24EnvoyApposed: an envoy named after the post's comma is a party
// and no place of the post's list; the country the envoy serves is not
// (names.go envoyPostEnds).
func TestRound24EnvoyApposed(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "ambassador to a country, then the name", pub: "2024-11-20",
			text: "JAKARTA, Nov 20 - Norway's Ambassador to Indonesia, Siri Haugland, met Indonesia's Minister of Environment, Dewi Rahmawati, in Jakarta on Tuesday.",
			want: []string{"2024-11-19 Siri Haugland;Dewi Rahmawati"}},
		describedCase{name: "a list of places stays places (guard)", pub: "2024-11-20",
			text: "JAKARTA, Nov 20 - The trade ministers, who will also travel to Surabaya, Medan and Makassar, will meet in Jakarta on Friday.",
			want: []string{"2024-11-22 "}})
}

// TestRound24UnionOfficer: a union named before its officer's title and
// name takes part with the officer (names.go officerOrg); India's "Union
// Education Minister" names no union, and a company before its officer is
// left out.
func TestRound24UnionOfficer(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the union president's meeting", pub: "1987-09-10",
			text: "DETROIT, Sept 10 - United Auto Workers President Owen Brackett met Leland Shore for two hours here today.",
			want: []string{"1987-09-10 United Auto Workers;Owen Brackett;Leland Shore"}},
		describedCase{name: "India's Union minister (guard)", pub: "2025-01-20",
			text: "NEW DELHI, Jan 20 - Union Education Minister Dharmendra Pradhan met officials of the CBSE on Monday.",
			want: []string{"2025-01-20 Dharmendra Pradhan;CBSE"}},
		describedCase{name: "a union of states is no trade union (guard)", pub: "2025-01-20",
			text: "BEIJING, Jan 20 - Chinese Foreign Minister Wang Yi met African Union Commission Chairperson Moussa Faki Mahamat on Monday.",
			want: []string{"2025-01-20 Wang Yi;Moussa Faki Mahamat"}})
}

// TestRound24CounterpartList: "X and her French counterpart Y" is a list of
// two persons, which "The ministers" stands for (storyents.go
// counterpartJoin, counterpartNation; rule parties.group-ref).
func TestRound24CounterpartList(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the ministers after counterparts", pub: "2026-02-10",
			text: "BERLIN, Feb 10 - Germany and France will propose a shared fund, German Finance Minister Katrin Vollmer and her French counterpart Étienne Marchal said on Tuesday. The ministers met for two hours at the finance ministry on Tuesday morning.",
			want: []string{"2026-02-10 Katrin Vollmer;Étienne Marchal"}},
		describedCase{name: "the ministers after countries alone (guard)", pub: "2026-02-10",
			text: "BERLIN, Feb 10 - Germany and France will propose a shared fund, officials said on Tuesday. The ministers met for two hours at the finance ministry on Tuesday morning.",
			want: []string{"2026-02-10 Germany;France"}})
}

// TestRound24YourGroup: "Your branch committee met" in a bulletin takes
// the body its heading names (clusterparties.go yourGroup; rule
// parties.heading-body).
func TestRound24YourGroup(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "your branch committee", pub: "2025-10-18",
			text: "HARBOURSIDE NURSES' UNION\nPay Bulletin No. 7\n\nDear members,\n\nYour branch committee met on Tuesday evening and agreed to recommend a ballot.",
			want: []string{"2025-10-14 HARBOURSIDE NURSES' UNION"}}, // shouted as its heading writes it: the story spells it no other way
		describedCase{name: "the union beside the side it met (round 27; round 24 kept the side alone)", pub: "2025-10-18",
			text: "HARBOURSIDE NURSES' UNION\nPay Bulletin No. 7\n\nDear members,\n\nYour negotiating team met Harbourside Health Trust on Thursday.",
			want: []string{"2025-10-16 HARBOURSIDE NURSES' UNION;Harbourside Health Trust"}})
}

// TestRound24RegionNames: a province or a mountain range is where, never
// who; nor is "Government" alone (clusterparties.go regionName).
func TestRound24RegionNames(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a province beside two countries", pub: "2023-03-20",
			text: "KUNMING, March 20 - China and Laos held the sixth meeting of their joint committee in Kunming, Yunnan Province, in March.",
			want: []string{"2023-03 China;Laos;joint committee"}},
		describedCase{name: "a county's body stays (guard)", pub: "2025-03-20",
			text: "NAKURU, March 20 - The Nakuru County Assembly will hold a special sitting on Tuesday.",
			want: []string{"2025-03-25 Nakuru County Assembly"}})
}

// TestRound24OneNameJoined: "the two sides" do not stand for the halves of
// one name joined by "and" (sides.go oneNameJoined, officeOf with "for").
func TestRound24OneNameJoined(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a ministry's name", pub: "1986-06-02",
			text: "TOKYO, June 2 - Officials of the International Trade and Industry Ministry said the data were ready. The talks follow a session in Washington in May at which the two sides agreed to exchange data.",
			want: []string{"1986-05 "}},
		describedCase{name: "a bill's name", pub: "2023-07-18",
			text: "NAIROBI, July 18 - The senator defended the Quality Healthcare and Patient Safety Bill. The two sides will meet again on Friday.",
			want: []string{"2023-07-21 "}},
		describedCase{name: "two bodies joined by and (guard)", pub: "2023-07-18",
			text: "NAIROBI, July 18 - Kenya and Uganda disagreed over the border. The two sides will meet again on Friday.",
			want: []string{"2023-07-21 Kenya;Uganda"}})
}

// TestRound24PastFarBack: a bare weekday after a meeting's noun takes the
// past of the sentence's main verb read beyond the usual window, unless an
// infinitive of purpose, a modal or a participle with "by" stands between
// (tense.go pastFarBack, farBackModals).
func TestRound24PastFarBack(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "shareholders rejected at the AGM on Tuesday", pub: "2025-05-14",
			text: "ZUG, May 14 - Shareholders of Alpenmed AG rejected the board's remuneration report in a consultative vote at the company's annual general meeting in Zug on Tuesday, a rare rebuke.",
			want: []string{"2025-05-13 past"}},
		describedCase{name: "left today to attend a meeting on Saturday (guard)", pub: "1987-02-20",
			text: "TOKYO, Feb 20 - Finance Minister Kiichi Miyazawa left for Paris today to attend a meeting of finance ministers and central bankers of the Group of Five on Saturday.",
			want: []string{"1987-02-21 upcoming"}},
		describedCase{name: "followed by a meeting on Tuesday (guard)", pub: "2025-08-28",
			text: "BRUSSELS, Aug 28 - Finance ministers from the euro zone meet on Monday, followed by a meeting of all 27 EU finance ministers in Brussels on Tuesday.",
			want: []string{"2025-09-01 upcoming", "2025-09-02 upcoming"}})
}

// TestRound24AfterPhraseVerb: a day inside an "after" phrase takes the
// phrase's own verb right after it, not the main clause's future
// (tense.go ownVerbAfter).
func TestRound24AfterPhraseVerb(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "after talks on Monday failed", pub: "2024-01-31",
			text: "PARIS, Jan 31 - France's main farm unions will meet the prime minister on Friday, after talks with the agriculture minister on Monday failed to end the blockades, union leaders said.",
			want: []string{"2024-01-29 past", "2024-02-02 upcoming"}},
		describedCase{name: "after talks on Monday, to come (guard)", pub: "2024-01-31",
			text: "PARIS, Jan 31 - The unions will sign the deal after talks with the agriculture minister on Monday, union leaders said.",
			want: []string{"2024-02-05 upcoming"}})
}

// TestRound24LongFrontedPhrase: a fronted "At a hearing of ... Monday,"
// of up to sixteen words takes the main clause's past (tense.go
// frontedAdverbial).
func TestRound24LongFrontedPhrase(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "a long fronted hearing", pub: "1983-03-16",
			text: "WASHINGTON, March 16 - At a hearing of the House Foreign Affairs subcommittee on Western Hemisphere affairs Monday, Democrats pressed administration witnesses on reports of abuses.",
			want: []string{"1983-03-14 past"}})
}

// TestRound24InvitedFor: "invited them back for fresh talks on Saturday"
// is still to come, as "invited both sides to talks" is (fromtimex.go
// summonedTo).
func TestRound24InvitedFor(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "invited back for talks", pub: "1988-01-13",
			text: "LONDON, Jan 13 - An ACAS spokeswoman said he had invited them back for fresh talks on Saturday morning.",
			want: []string{"1988-01-16 upcoming"}})
}

// TestRound24ReportedFronted: "said that during a meeting ... on Monday,
// members committed" fronts the reported clause, whose past the day takes
// (tense.go frontedAdverbial).
func TestRound24ReportedFronted(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "said that during a meeting on Monday", pub: "2020-05-20",
			text: "MANILA, May 20 - Tolentino said that during a virtual meeting with ASEAN Plus Three agriculture ministers on Monday, members committed to keep food supply chains open.",
			want: []string{"2020-05-18 past"}})
}

// TestRound24AuxiliaryChain: "to" or "will" before a past verb makes it to
// come only through its own chain, not across "and", a comma or a
// capitalised name ("on his way to Washington and held talks ... on
// Saturday") (tense.go cueAt); the walk back skips a relative clause set
// off by commas (", who began a visit to Washington yesterday,"; tense.go
// relativeClauseBefore).
func TestRound24AuxiliaryChain(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "on his way to a city and held talks", pub: "2025-08-25",
			text: "SEOUL, Aug 25 - Lee stopped in Tokyo on his way to Washington and held talks with Japanese Prime Minister Shigeru Ishiba on Saturday, agreeing to maintain ties.",
			want: []string{"2025-08-23 past"}},
		describedCase{name: "to be held (guard)", pub: "2025-08-25",
			text: "SEOUL, Aug 25 - The talks are to be held in Tokyo on Saturday.",
			want: []string{"2025-08-30 upcoming"}},
		describedCase{name: "a relative clause's yesterday is its own (guard)", pub: "1987-03-24",
			text: "WASHINGTON, March 24 - Egyptian President Hosni Mubarak, who began a visit to Washington yesterday, will hold talks with President Reagan at the White House on Thursday.",
			want: []string{"1987-03-26 upcoming"}},
		describedCase{name: "would be formally adopted (guard)", pub: "1982-04-07",
			text: "TOKYO, April 7 - Party sources said the package would be formally adopted at a cabinet meeting on Friday.",
			want: []string{"1982-04-09 upcoming"}})
}

// TestRound24OrderedTo: talks a court ordered the sides to attend on a
// weekday are still to come, as talks they were summoned or invited to
// are (fromtimex.go summonedTo).
func TestRound24OrderedTo(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "ordered to attend talks on Monday", pub: "2024-04-10",
			text: "NAIROBI, April 10 - A labour court on Wednesday ordered striking doctors and the government to attend mediation talks on Monday.",
			want: []string{"2024-04-15 upcoming"}})
}

// TestRound24FarMeetingNoun: a meeting's noun beyond the window, before a
// long apposition, still lets the main verb's past reach the day (tense.go
// tenseAt reads hasMeetingNoun before the window).
func TestRound24FarMeetingNoun(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "came after a meeting of the chiefs, named, on Thursday", pub: "2024-04-27",
			text: "BOGOTA, April 27 - The announcement came after a meeting of the two delegations' chiefs, Vera Grabe for the government and Pablo Beltran for the rebels, in the Venezuelan capital on Thursday, attended by representatives of guarantor countries.",
			want: []string{"2024-04-25 past"}})
}

// TestRound24FollowedBy: "followed on Tuesday by a meeting" is a participle
// that takes the clause's time, no past verb (tense.go byWithin).
func TestRound24FollowedBy(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "followed on Tuesday by", pub: "2025-11-07",
			text: "BRUSSELS, Nov 7 - Euro zone finance ministers will discuss the budget plans when they meet in Brussels on Monday, followed on Tuesday by a meeting of all 27 European Union finance ministers.",
			want: []string{"2025-11-10 upcoming", "2025-11-11 upcoming"}},
		describedCase{name: "followed talks (guard)", pub: "2025-11-07",
			text: "BRUSSELS, Nov 7 - The agreement followed talks in Brussels on Tuesday.",
			want: []string{"2025-11-04 past"}})
}

// TestRound24CouldYet: "could" or "might" before a meeting's day makes it
// one that may yet be; "could not" one that failed (tense.go cueAt).
func TestRound24CouldYet(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "could land at their summit in June", pub: "1988-02-25",
			text: "BRUSSELS, Feb 25 - Diplomats said the dispute could eventually land on the table of EC leaders at their summit in Hanover in June.",
			want: []string{"1988-06 upcoming"}},
		describedCase{name: "could not agree", pub: "1988-02-25",
			text: "BRUSSELS, Feb 25 - EC farm ministers could not agree at their meeting in Brussels on Monday.",
			want: []string{"1988-02-22 past"}})
}

// TestRound24AgendaHeadDate: an agenda's heading meeting takes the day
// line under it and the room line under that (headvenue.go
// agendaHeadDate, headDateVenue; rules listing.head-date and
// listing.head-venue); not a table's header, nor a heading whose prose
// below tells the meeting, nor a release's own date.
func TestRound24AgendaHeadDate(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "an agenda's head", pub: "2026-03-06",
			text: "CITY OF WESTBROOK\nREGULAR COUNCIL MEETING\nAGENDA\n\nMonday, March 9, 2026, 1:30 p.m.\nCouncil Chamber, City Hall, 1435 Water Street\n\n1. CALL TO ORDER\n\n2. COMMITTEE REPORTS\n2.1 Finance and Audit Committee - Recommendations from the meeting of March 2, 2026",
			want: []string{"2026-03-09 Council Chamber, City Hall, 1435 Water Street", "2026-03-02 "}},
		describedCase{name: "a table's header (guard)", pub: "2026-04-07",
			text: "Forthcoming meetings\n\nDate | Meeting | Location\n14 April 2026 | Audit Committee | Committee Room 2\n21 April 2026 | Full Council | Council Chamber\n",
			want: []string{"2026-04-14 Committee Room 2", "2026-04-21 Council Chamber"}})
}

// TestRound24ShoutedBeforeDash: a shouted heading before a dash and its day
// is read as a heading ("REGULAR MEETING OF THE BOARD OF EDUCATION —
// Thursday, January 11, 2024"; notices.go softenShouted), and a session
// with a clock time only after it in its sentence is a part of that
// meeting (extract.go dayMeetingBefore).
func TestRound24ShoutedBeforeDash(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "shouted heading, dash, day", pub: "2024-01-08",
			text: "MILLBROOK VALLEY UNIFIED SCHOOL DISTRICT\nBoard of Education\n\nREGULAR MEETING OF THE BOARD OF EDUCATION — Thursday, January 11, 2024, 6:30 p.m.\nDistrict Office Boardroom, 400 Orchard Lane, Millbrook\nOpen session 6:30 p.m. | Closed session immediately following open session\n",
			want: []string{"2024-01-11 District Office Boardroom, 400 Orchard Lane, Millbrook"}})
}

// TestRound24JourneyDate: a meeting named after "for" takes the day of the
// journey made for it, unless a later sentence dates the talks themselves
// (place.go journeyDate, datedLater; rule date.journey).
func TestRound24JourneyDate(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "fly on Thursday for consultations", pub: "2024-06-18",
			text: "MANILA, June 18 - Foreign Secretary Ramon Castillo will fly to Tokyo on Thursday for two days of consultations with his Japanese counterpart on maritime security.",
			want: []string{"2024-06-20 Tokyo"}},
		describedCase{name: "the talks' own day told later (guard)", pub: "1987-02-18",
			text: "BUENOS AIRES, Feb 18 - Economy Minister Ricardo Ocampo will fly to New York on Sunday for talks with the bank advisory committee, officials said. The talks are due to start on Monday.",
			want: []string{"1987-02-23 New York"}})
}
