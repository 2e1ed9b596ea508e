package meetings

// Fresh stories for the rules of round 16, on the parties a story names
// outside the meeting's own clause. testdata/fresh31a.jsonl was written for
// the member-list class and measured once on main a2ae4ef: F1 0.824, status
// 1.000, place 0.857, participants P 1.000 R 0.645. Cases named "(guard)"
// pass on the code before their rule too: they keep the rule from reaching
// what it must not.

import "testing"

// TestFresh31aSet: the set the round's member-list rules were written for,
// as a floor (after them: participants P 1.000 R 0.968; the meeting missed
// is a debt accord told only by "agreed in the Paris Club"). Story 7's
// dateline was moved after the first measurement, which read its "on
// Monday", said on a Monday, as that day while our gold meant a week on.
func TestFresh31aSet(t *testing.T) {
	rep := evalFile(t, "fresh31a.jsonl", 8)
	checkFloors(t, rep, floors{withDates: 0.94, noDates: 0.94, status: 0.99, place: 0.87, participants: 0.96, partPrecision: 0.99})
}

// TestRound16MemberList: the sentence after a body's meeting that lists its
// members past a clause ("The committee, which includes ...", "The
// committee, chaired by X, also groups the ministers of ...") gives them as
// parties; a verb of membership that lists no names gives none
// (members.go memberVerbAfter, listOpens).
func TestRound16MemberList(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "which includes", pub: "1990-03-05",
			text: "LONDON, March 5 - The International Cocoa Organization's buffer stock committee will meet on Wednesday, delegates said.\n\nThe committee, which includes Ghana, Ivory Coast and Malaysia, must decide whether to resume buying.",
			want: []string{"1990-03-07 International Cocoa Organization;Ghana;Ivory Coast;Malaysia"}},
		describedCase{name: "chaired by, also groups", pub: "1990-03-05",
			text: "VIENNA, March 5 - OPEC's price review committee will meet on Friday, OPEC sources said.\n\nThe committee, chaired by Gabon's oil minister Paul Mba, also groups the ministers of Ecuador, Qatar and Libya.",
			want: []string{"1990-03-09 OPEC;Paul Mba;Ecuador;Qatar;Libya"}},
		describedCase{name: "no names after the verb (guard)", pub: "1990-03-05",
			text: "VIENNA, March 5 - OPEC's price review committee will meet on Friday, OPEC sources said.\n\nThe committee, chaired by Gabon's oil minister Paul Mba, groups six member states and was set up at the Quito conference last year.",
			want: []string{"1990-03-09 OPEC;Paul Mba"}})
}

// TestRound16InvitedList: a list of those "invited" in the sentence after a
// meeting, with the bodies "along with" them, are its parties; countries
// after a title's "of" are the parties when each names a country; one
// person who "has also been invited" is not taken (sides.go invitedEnd,
// allCountries, alongWith).
func TestRound16InvitedList(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "ministers of countries invited, along with a body", pub: "2024-04-08",
			text: "Madrid (AFP) - Spain will host a conference on Sahel security in Madrid on April 29, the foreign ministry said Monday.\n\nDefence ministers of Mali, Niger and Chad have been invited, along with representatives of the African Development Bank, a spokesman said.",
			want: []string{"2024-04-29 Spain;Mali;Niger;Chad;African Development Bank"}},
		describedCase{name: "one person also invited (guard)", pub: "2024-04-08",
			text: "Madrid (AFP) - Spain will host a conference on Sahel security in Madrid on April 29, the foreign ministry said Monday.\n\nFrench Foreign Minister Anne Duval has also been invited, diplomats said.",
			want: []string{"2024-04-29 Spain"}},
		describedCase{name: "chief ministers of states stay unnamed (guard)", pub: "2024-06-26",
			text: "NEW DELHI, June 26 - Home Minister Amit Shah will chair a meeting of the Eastern Zonal Council on Friday.\n\nChief Ministers of Bihar and Odisha have been invited, officials said.",
			want: []string{"2024-06-28 Amit Shah;Eastern Zonal Council"}})
}

// TestRound16LongForm: a party named by a bracketed initialism that does not
// spell its long name's initials is written as the long name; one that
// spells them, or the end of them, stays; a long name too short for its
// initialism is a chunk cut short and is not used (entities.go spellOut).
func TestRound16LongForm(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "initialism of another language", pub: "1991-05-06",
			text: "ROME, May 6 - The Italian General Confederation of Labour (CGIL) will meet on Thursday to decide on a general strike, union sources said.",
			want: []string{"Italian General Confederation of Labour"}},
		describedCase{name: "initialism that spells the name (guard)", pub: "1991-05-06",
			text: "WASHINGTON, May 6 - The International Monetary Fund (IMF) board will meet on Thursday to approve the loan, officials said.",
			want: []string{"IMF"}},
		describedCase{name: "initialism of the name's last words (guard)", pub: "2025-05-20",
			text: "KUALA LUMPUR, May 20 - The ASEAN-Gulf Cooperation Council (GCC) Summit will be held on May 27, officials said.",
			want: []string{"GCC"}})
}

// TestFresh31bSet: stories written after the own-group rule was tried (no
// first sight), as a floor; on cba079c, before it, participants P 0.667
// R 0.750, place 0.900; after it P 1.000 R 0.875, place 0.900.
func TestFresh31bSet(t *testing.T) {
	rep := evalFile(t, "fresh31b.jsonl", 5)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.89, participants: 0.87, partPrecision: 0.99})
}

// TestRound16OwnGroup: a later meeting whose sentence opens with a group of
// its own takes no parties from the story's first meeting of its kind; the
// group's words are its party when two words qualify it; a rank alone
// ("Senior officials") is the first body's own and takes its parties
// (seriesparties.go ownGroup).
func TestRound16OwnGroup(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a qualified group", pub: "2024-03-01",
			text: "FRANKFURT, March 1 - The European Central Bank's Governing Council will meet on Thursday, economists said.\n\nEuro zone finance ministers also meet in Brussels on Monday to discuss the banking union.",
			want: []string{"2024-03-07 European Central Bank Governing Council", "2024-03-04 euro zone finance ministers"}},
		describedCase{name: "a group counted, not named", pub: "2025-11-28",
			text: "VIENNA, Nov 28 - OPEC+ ministers will meet online on Sunday to review output policy, sources said.\n\nThe eight countries that made voluntary cuts will hold a separate meeting on Saturday, the sources said.",
			want: []string{"2025-11-30 OPEC", "2025-11-29 "}},
		describedCase{name: "a rank alone (guard)", pub: "1987-04-08",
			text: "PARIS, April 8 - The OECD's annual council meeting will be held here on May 12 and 13, officials said.\n\nSenior officials from member countries will hold a preparatory meeting on Monday to agree the communique.",
			want: []string{"1987-05-12 OECD", "1987-04-13 OECD"}})
}

// TestRound16HeadsOf: "will meet the heads of X" meets people (mention.go
// meetsParty), and an unnamed office that opens the sentence is its party
// (seriesparties.go ownGroup); a named one is not taken as an office.
func TestRound16HeadsOf(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the heads of banks, met by an office", pub: "2019-08-06",
			text: "MUMBAI, Aug 6 - The Reserve Bank of India's Monetary Policy Committee began its meeting here on Monday.\n\nThe finance minister will meet the heads of public sector banks on Saturday to review credit flow, an official said.",
			want: []string{"2019-08-05 Reserve Bank of India Monetary Policy Committee", "2019-08-10 finance minister"}},
		describedCase{name: "an office with its holder named (guard)", pub: "2025-10-01",
			text: "BRASILIA, Oct 1 - Brazil will host the COP30 climate summit in November.\n\nCOP30 president-designate Andre Correa do Lago said he would convene a pre-COP meeting of ministers in Brasilia on October 13.",
			want: []string{"2025-11 Brazil", "2025-10-13 "}})
}

// TestFresh31cSet: the set the round's hosting rules were written for, as a
// floor; measured once on 1f0fdfd as first written: F1 0.750, status
// 1.000, place 0.667, participants P 1.000 R 1.000. After: F1 0.889, place
// 0.750 (a "received on Monday the European Union's Commissioner ..." is
// still missed, and "welcomed X to Downing Street" is placed in London).
func TestFresh31cSet(t *testing.T) {
	rep := evalFile(t, "fresh31c.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.88, noDates: 0.88, status: 0.99, place: 0.74, participants: 0.99, partPrecision: 0.99})
}

// TestRound16Hosting: a host "hosting" or "welcoming" a titled visitor in a
// sentence with no meeting noun, and one who "received" a visitor after a
// day or "received his counterpart", tell a meeting; hosting a dinner or
// welcoming a decision do not (mention.go seesOfficial, pastDayWords).
func TestRound16Hosting(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "will host a titled visitor", pub: "2026-03-27",
			text: "PARIS, March 27 - French President Emmanuel Macron will host Ukrainian President Volodymyr Zelenskiy at the Elysee Palace on Monday, his office said.",
			want: []string{"2026-03-30 Emmanuel Macron;Volodymyr Zelenskiy"}},
		describedCase{name: "received his counterpart after the day", pub: "2021-03-30",
			text: "ANKARA (AA) - Turkish Foreign Minister Mevlut Cavusoglu on Tuesday received his Georgian counterpart David Zalkaliani in Ankara, where the two discussed energy.",
			want: []string{"2021-03-30 Mevlut Cavusoglu;David Zalkaliani"}},
		describedCase{name: "hosted a dinner (guard)", pub: "2024-06-04",
			text: "PARIS, June 4 - President Emmanuel Macron hosted a dinner on Monday for the winners of the national science prize, the Elysee said.",
			want: nil},
		describedCase{name: "welcomed a decision (guard)", pub: "2024-10-02",
			text: "CANBERRA, Oct 2 - Trade Minister Don Farrell welcomed the decision of China's Commerce Ministry on Tuesday to lift tariffs on Australian wine.",
			want: nil})
}

// TestRound16SameDay: "the same day" dates a meeting by the meeting of its
// kind told before, or by the one nearest its head word; a sentence whose
// other meeting is undated lends no day, and "the same day as" an event
// names that event (relday.go sameDayAt, sameDayOther).
func TestRound16SameDay(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "on the same day, opening the sentence", pub: "2023-10-18",
			text: "TBILISI, Oct 18 - Turkish Vice President Ahmet Aydemir will meet Azerbaijani Prime Minister Ali Asadov in Tbilisi on Friday.\n\nOn the same day, Aydemir will also hold bilateral talks with Georgian Prime Minister Levan Beridze.",
			want: []string{"2023-10-20 upcoming", "2023-10-20 upcoming"}},
		describedCase{name: "the conference nearest its head word", pub: "2024-06-21",
			text: "CHISINAU, June 21 (AFP) - Moldova will formally open accession negotiations with the European Union at an intergovernmental conference in Luxembourg on Tuesday, after EU ambassadors meeting in Brussels on Friday approved the framework.\n\nUkraine will hold its own intergovernmental conference with the EU the same day.",
			want: []string{"2024-06-25 upcoming", "2024-06-25 upcoming", "2024-06-21 past"}},
		describedCase{name: "the same day as an event (guard)", pub: "2024-06-21",
			text: "LONDON, June 21 - The Conservative Party will hold its conference on the same day as the Labour rally.",
			want: nil})
}

// TestRound16RoomOrPost: a one-word party that names a room or a post is no
// party: "in the Pavilion", "State Councilor Wang Yi", "His Highness"
// (clusterparties.go roomOrPost); a body's word stays ("the Treasury").
func TestRound16RoomOrPost(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "a state councilor's title", pub: "2020-01-09",
			text: "DJIBOUTI, Jan 9 - Chinese State Councilor and Foreign Minister Wang Yi held talks with African Union Commission Chairperson Moussa Faki Mahamat in Djibouti on Thursday.",
			want: []string{"Wang Yi;Moussa Faki Mahamat"}},
		describedCase{name: "the Treasury (guard)", pub: "1986-09-10",
			text: "LONDON, Sept 10 - Officials of the Treasury and the Bank of Japan will meet in London on Saturday, officials said.",
			want: []string{"Treasury;Bank of Japan"}})
}

// TestFresh31dSet: the set the host-place rule was written for, as a floor;
// measured once on e9cf6ea with the journey fixes (before the rule) as
// first written: F1 1.000, status 1.000, place 0.333, participants P 0.500
// R 0.800. After: place 1.000, participants unchanged (our gold leaves the
// host country out of the parties, the read sets' annotators mostly list
// it).
func TestFresh31dSet(t *testing.T) {
	rep := evalFile(t, "fresh31d.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.79, partPrecision: 0.49})
}

// TestRound16JourneyAndHost: a journey "on to" a city for a meeting, or to
// a city "to meet" someone, places the meeting there even after another
// meeting of the sentence (placeof.go, place.go journeyTo, journeyFor); a
// country or capital that hosts the meeting places it and stays a party;
// a company hosting places nothing (place.go hostPlace).
func TestRound16JourneyAndHost(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "travel on to a city for the summit", pub: "2024-11-15",
			text: "LIMA, Nov 15 - Japanese Prime Minister Shigeru Ishiba will travel on to Rio de Janeiro for the Group of 20 summit, which begins Monday.",
			want: []string{"2024-11-18 Rio de Janeiro Shigeru Ishiba;Group of 20"}},
		describedCase{name: "travelling on to a city to meet", pub: "2025-03-07",
			text: "PARIS, March 7 - Foreign Minister Jean-Noel Barrot will hold talks in Kinshasa on Monday before travelling on to Kigali on Tuesday to meet President Paul Kagame, the ministry said.",
			want: []string{"2025-03-10 Kinshasa Jean-Noel Barrot", "2025-03-11 Kigali Jean-Noel Barrot;Paul Kagame"}},
		describedCase{name: "a country hosts", pub: "2024-11-26",
			text: "LONDON, Nov 26 - Kuwait will host the 45th summit of the Gulf Cooperation Council on December 1, diplomats said.",
			want: []string{"2024-12-01 Kuwait Kuwait;Gulf Cooperation Council"}},
		describedCase{name: "a company hosts (guard)", pub: "2025-05-02",
			text: "SYDNEY, May 2 - Harbour Mining will host its annual general meeting on May 20, the company said.",
			want: []string{"2025-05-20  Harbour Mining"}})
}

// TestRound16Deliberations: a body that begins its deliberations on a day
// meets (mention.go isMeetingNoun, beganBefore); the committee's
// deliberations with no verb of opening are no meeting.
func TestRound16Deliberations(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "began its three-day deliberations", pub: "2025-09-29",
			text: "Mumbai, Sep 29 (PTI) The Reserve Bank of India's Monetary Policy Committee (MPC) began its three-day deliberations on Monday, economists said.",
			want: []string{"2025-09-29 Mumbai"}},
		describedCase{name: "the committee's deliberations (guard)", pub: "2025-09-29",
			text: "NEW DELHI, Sep 29 - The government does not take part in the committee's deliberations on Monday, officials said.",
			want: nil})
}

// TestRound16TwoSidesNamed: "the two countries" followed by the two persons
// in apposition stands for those persons, not the pair named before
// (sides.go namedAfter).
func TestRound16TwoSidesNamed(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the two ministers named", pub: "2022-08-15",
			text: "BOGOTA, Aug 15 - Colombia and Venezuela restored diplomatic relations on Monday.\n\nThe foreign ministers of the two countries, Alvaro Restrepo and Ruben Salazar, met in San Cristobal on August 11 to prepare the accord.",
			want: []string{"2022-08-11 Alvaro Restrepo;Ruben Salazar"}},
		describedCase{name: "the two countries unnamed (guard)", pub: "2022-08-15",
			text: "BOGOTA, Aug 15 - Colombia and Venezuela restored diplomatic relations on Monday.\n\nThe foreign ministers of the two countries met in San Cristobal on August 11 to prepare the accord.",
			want: []string{"2022-08-11 Colombia;Venezuela"}})
}

// TestRound16SameDayClock: a clock time alone before "the same day" is that
// day's time, and "the same day" after the next meeting's name is that
// meeting's (relday.go sameDayAt, nextName, clockDot).
func TestRound16SameDayClock(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "at 2:00 p.m. on the same day", pub: "2025-03-06",
			text: "PORT ALDER, March 6 - The City Council will hold its regular meeting on Tuesday, March 11, 2025 at 6:00 p.m. in the Council Chambers.\n\nThe Committee of the Whole will meet at 2:00 p.m. on the same day in the Cedar Room, City Hall, to receive a staff presentation.",
			want: []string{"2025-03-11 upcoming", "2025-03-11 upcoming"}})
}

// TestRound16SameVenue: a meeting held "at the same venue" takes the place
// of the meeting placed before it, and "on the same day" its day even past
// a heading's undated meeting (relday.go sameVenue, sameDayOther).
func TestRound16SameVenue(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "an AGM at the same venue on the same day", pub: "2025-11-14",
			text: "NOTICE OF EXTRAORDINARY GENERAL MEETING\n\nNOTICE IS HEREBY GIVEN THAT an Extraordinary General Meeting of Kinta Valley Holdings Berhad will be held at the Grand Ballroom, Kinta Riverside Hotel, Ipoh on Monday, 8 December 2025 at 11.00 a.m., or immediately after the conclusion of the Twenty-Ninth Annual General Meeting of the Company, which will be held at the same venue at 10.00 a.m. on the same day, whichever is later.",
			want: []string{"2025-12-08 Grand Ballroom, Kinta Riverside Hotel, Ipoh", "2025-12-08 Grand Ballroom, Kinta Riverside Hotel, Ipoh"}})
}

// TestRound16NoPlaceNames: a place found that names a people, a region's
// adjective or a body is no place, and the meeting may then take another
// rule's (place.go namesNoPlace); a body's building stays.
func TestRound16NoPlaceNames(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a body is no place", pub: "1987-04-24",
			text: "BRUSSELS, April 24 - Senior farm officials in the Special Committee on Agriculture met yesterday to prepare next week's session.",
			want: []string{"1987-04-23 "}},
		describedCase{name: "a body's building (guard)", pub: "2026-01-12",
			text: "BASEL, Jan 12 - Central bankers will meet at the Congress Centre on Monday, officials said.",
			want: []string{"2026-01-12 Congress Centre, Basel"}})
}

// TestRound16NoMeetings: "No committee meetings scheduled" tells of no
// meeting, while a numbered "Meeting No. 158" does (mention.go negatedNoun).
func TestRound16NoMeetings(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "no meetings that day", pub: "2026-03-06",
			text: "COMMITTEE MEETINGS - WEEK BEGINNING MONDAY 9 MARCH 2026\n\nTuesday 10 March, 2.00pm: Select Committee on Housing - deliberative meeting. Venue: Room 1136, Parliament House.\n\nWednesday 11 March: No committee meetings scheduled.",
			want: []string{"2026-03-10 Room 1136, Parliament House"}}, // its venue since round 31: a line that opens with its whole day may run past 14 words (listing.weekdayDated)
		describedCase{name: "a numbered meeting (guard)", pub: "2024-10-01",
			text: "STANDING COMMITTEE ON FINANCE\n\nMeeting No. 158 - Tuesday, October 8, 2024, Room 415, Wellington Building",
			want: []string{"2024-10-08 Room 415, Wellington Building"}})
}

// TestRound16AGMOnce: "Annual General Meeting" and "AGM" of one day are one
// meeting (cluster.go meetingInitials), and a general meeting named by its
// kind alone is the heading body's (heading.go generalMeetingWords).
func TestRound16AGMOnce(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a club's AGM told twice", pub: "2025-10-03",
			text: "RIVERSIDE ROWING CLUB\nNewsletter - Issue 47 - 3 October 2025\n\nAGM\nThis year's Annual General Meeting will be held in the clubhouse on Sunday 9 November at 11am. Nominations for the committee must reach me by 26 October.",
			want: []string{"2025-11-09 RIVERSIDE ROWING CLUB"}})
}

// TestRound16PostponedFar: a postponement moves a meeting named far before
// its verb, or named after "postponed until X" (sentencesteps.go
// movesMeeting).
func TestRound16PostponedFar(t *testing.T) {
	checkDescribed(t, dayEnd,
		describedCase{name: "the summit far before its verb", pub: "1987-06-12",
			text: "GUATEMALA CITY, June 12 - A summit of the five Central American presidents, scheduled for June 25-26 in the Guatemalan town of Esquipulas, has been postponed until August 6-7 at the request of Honduras, the ministry said.",
			want: []string{"1987-08-06 1987-08-07"}},
		describedCase{name: "postponed until a day a meeting", pub: "1987-04-22",
			text: "NEW YORK, April 22 - Meridian Foods Inc said it has postponed until May 20 a special meeting of shareholders that was to have voted on April 28 on its proposed merger.",
			want: []string{"1987-05-20 "}})
}

// TestRound16VenueNames: a theatre, a library or a room is a venue, no
// party (clusterparties.go venueOnlyWords); a hospital met is a party.
func TestRound16VenueNames(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "a theatre in a list of meetings", pub: "2026-03-06",
			text: "UNISON NORTH WEST HEALTH BRANCH\n\nMembers' meetings\nCome to a members' meeting to discuss the pay offer:\n- Westfield General Hospital: Wednesday 18 March, 5.00pm, Postgraduate Lecture Theatre\n",
			want: []string{""}},
		describedCase{name: "an infirmary met (guard)", pub: "2026-03-06",
			text: "LONDON, March 6 - UNISON will hold a members' meeting with the Royal Albert Infirmary on Tuesday 17 March at 5.00pm, the branch said.",
			want: []string{"UNISON;Royal Albert Infirmary"}})
}

// TestRound16GroupOf: "a meeting of Group of Seven foreign ministers" is the
// group's meeting (members.go ofMember).
func TestRound16GroupOf(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "meeting of Group of Seven ministers", pub: "2025-03-10",
			text: "TOKYO, March 10 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya will travel to Canada this week to attend a three-day meeting of Group of Seven foreign ministers in Charlevoix, Quebec, from Wednesday, the Foreign Ministry said Monday.",
			want: []string{"Takeshi Iwaya;Group of Seven"}})
}

// TestRound16OrgOfficial: seeing an official named after the body and the
// post is a meeting (mention.go orgOfficial); seeing a body alone is not.
func TestRound16OrgOfficial(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a body's capitalised post", pub: "1987-05-08",
			text: "BRASILIA, May 8 - Finance Minister Luiz Carlos Bresser Pereira will go on to Washington to see International Monetary Fund Managing Director Michel Camdessus on May 15.",
			want: []string{"1987-05-15 Luiz Carlos Bresser Pereira;Michel Camdessus"}},
		describedCase{name: "a body alone (guard)", pub: "1987-05-08",
			text: "BRASILIA, May 8 - Finance Minister Luiz Carlos Bresser Pereira will see International Monetary Fund figures on May 15.",
			want: nil})
}

// TestRound16PronounSubject: "He" opening a sentence is the person the
// sentence before opens with, not the last one it names (neighbours.go
// subjectPerson).
func TestRound16PronounSubject(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the subject before, not the object", pub: "1987-03-03",
			text: "BRASILIA, March 3 - Finance Minister Dilson Funaro briefed President Jose Sarney on the plan yesterday, the spokesman said.\n\nHe will also see Federal Reserve chairman Paul Volcker in Washington on Thursday.",
			want: []string{"1987-03-02 Dilson Funaro;Jose Sarney", "1987-03-05 Dilson Funaro;Paul Volcker"}}) // the briefing is a meeting since round 20 (TestRound20Briefings)
}
