package meetings

// Fresh documents for the rules of round 21, written in my own words and
// measured once on main before any rule of the round:
// testdata/fresh36a.jsonl (names that are no party, and parties whose
// names hold "and" or a comma; written after the round's census of wrong
// parties over the read sets, so its classes are not blind), on 6b2c6df:
// F1 0.952 (one false alarm was a conference my gold had left out; with
// it added F1 1.000), place 0.700, participants P 0.647 (11/17) R 0.733
// (11/15); testdata/fresh36b.jsonl (calendars as tables aligned with
// spaces or tabs; written after two such read-set tables were found
// missed, so not blind to the class), on 4c6dce3: F1 0.000 (no meeting of
// nine found); testdata/fresh36c.jsonl (organs named without their
// organisation in a story from its seat; written after the rule was tried
// on the read sets, so not blind to it), on bda47bf: F1 1.000, place 0.500;
// testdata/fresh36d.jsonl (verbs whose past is their bare form, with a
// participle or relative clause after the subject), on 5482d70: F1 0.545,
// participants P 0.500 R 0.333; testdata/fresh36e.jsonl (chairs and heads
// named in the meeting's own sentence), on 0238d46: F1 1.000, participants
// P 1.000 R 0.857: the class was already read, and no rule followed.
// Cases named "(guard)" pass on the code before their rule
// too.

import "testing"

// TestRound21WordsNoParties: a sentence opened by a plural noun of doing
// before a preposition ("Preparations for", "Consultations with") and a
// capitalised prefix glued by a hyphen to a lower-case word
// ("Pre-conference", "Non-aligned") name nobody (names.go commonStart
// actionPlural, wordPrefix).
func TestRound21WordsNoParties(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a plural noun of doing opens the sentence", pub: "2025-08-12",
			text: "SUVA, Aug 12 - Preparations for the Pacific Islands Forum leaders' meeting in Honiara on September 8 are under way, officials said on Tuesday.",
			want: []string{"2025-09-08 Pacific Islands Forum"}},
		describedCase{name: "consultations, the meeting itself (guard)", pub: "2025-08-12",
			text: "BRUSSELS, Aug 12 - Consultations with Norway on fishing quotas will open in Bergen on September 2, the Commission said.",
			want: []string{"2025-09-02 Norway"}},
		describedCase{name: "a prefix glued to a word", pub: "2026-02-20",
			text: "Indian Ocean Energy Week 2026\nPROGRAMME\n\nPre-conference event\nMonday 16 March, 09:00-12:30 - Workshop for small island regulators, Hotel Tamarin",
			want: []string{"2026-03-16 "}},
		describedCase{name: "a prefix before a capitalised word stays (guard)", pub: "2025-10-01",
			text: "MONTREAL, Oct 1 - The Anti-Doping Review Board will meet in Montreal on October 13.",
			want: []string{"2025-10-13 Anti-Doping Review Board"}})
}

// TestRound21StatesAndTerritories: a lower-case group met, with its "of"
// tail ending in a plural, carries on over "and" and a capitalised plural
// kind: "finance ministers of states and Union Territories" is one group
// (roles.go capitalPluralAfterAnd).
func TestRound21StatesAndTerritories(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "states and Union Territories", pub: "2025-01-07",
			text: "NEW DELHI, Jan 7 (PTI) - Finance Minister Nirmala Sitharaman will chair a pre-budget meeting with finance ministers of states and Union Territories in New Delhi on Saturday.",
			want: []string{"2025-01-11 Nirmala Sitharaman;finance ministers of states and Union Territories"}},
		describedCase{name: "a named body after and stays apart (guard)", pub: "2025-01-07",
			text: "NEW DELHI, Jan 7 (PTI) - Finance Minister Nirmala Sitharaman will meet heads of public sector banks and the Reserve Bank of India in New Delhi on Saturday.",
			want: []string{"2025-01-11 Nirmala Sitharaman;heads of public sector banks;Reserve Bank of India"}})
}

// TestFresh36aSet: names that are no party and names that hold "and", as a
// floor.
func TestFresh36aSet(t *testing.T) {
	rep := evalFile(t, "fresh36a.jsonl", 10)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.99, place: 0.70, participants: 0.70, partPrecision: 0.75})
}

// TestRound21TwoFieldsName: a body's name whose "of" or "on" lists two
// fields joined by "and" is one name ("General Agreement on Tariffs and
// Trade", "Ministry of Foreign Affairs and Trade"); "General" before a
// treaty's noun is no general's title, and a title word after a body's "of"
// ("Ministry of Foreign Affairs") is no title to strip (partywords.go
// ofPluralName; names.go stripTitles).
func TestRound21TwoFieldsName(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a ministry of two fields", pub: "2025-03-03",
			text: "WELLINGTON, March 3 - Officials of the Ministry of Foreign Affairs and Trade will meet Australian negotiators in Canberra on Thursday.",
			want: []string{"2025-03-06 Ministry of Foreign Affairs and Trade;Australia"}},
		describedCase{name: "the treaty body named in full beside its initialism", pub: "1987-02-02",
			text: "GENEVA, Feb 2 - The council of the General Agreement on Tariffs and Trade (GATT) will meet here on February 10.",
			want: []string{"1987-02-10 GATT"}},
		describedCase{name: "a country after and stays apart; Foreign after a ministry's of is kept", pub: "2025-03-03",
			text: "WELLINGTON, March 3 - The Ministry of Foreign Affairs and Japan's trade ministry will hold talks in Tokyo on Thursday.",
			want: []string{"2025-03-06 Ministry of Foreign Affairs"}})
}

// TestRound21ProgrammeName: two capitalised words joined by "and" before a
// programme's or a treaty's noun are one name, which is no party: "the Belt
// and Road Initiative" gives neither "Belt" nor "Road Initiative"
// (names.go nameEnd).
func TestRound21ProgrammeName(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "an initiative's name", pub: "2025-06-10",
			text: "BEIJING, June 10 (Xinhua) -- Chinese Foreign Minister Wang Yi met Djiboutian Foreign Minister Abdoulkader Houssein Omar in Beijing on Monday, with both sides pledging to deepen cooperation under the Belt and Road Initiative.",
			want: []string{"2025-06-09 Wang Yi;Abdoulkader Houssein Omar"}},
		describedCase{name: "two countries before and stay parties (guard)", pub: "2025-06-10",
			text: "BEIJING, June 10 - Ghana and Morocco will hold talks in Rabat on Friday on their trade agreement.",
			want: []string{"2025-06-13 Ghana;Morocco"}})
}

// TestRound21InitialismOfTail: an initialism that spells the last words of
// a longer party is that party named again: "Reserve Bank of India Monetary
// Policy Committee" and "MPC" are one (clusterparties.go dropInitialisms).
func TestRound21InitialismOfTail(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a committee and its initialism", pub: "2025-06-04",
			text: "MUMBAI, June 4 - The Reserve Bank of India Monetary Policy Committee began its three-day meeting on Wednesday, and the MPC is expected to cut the repo rate at the meeting.",
			want: []string{"2025-06-04 Reserve Bank of India Monetary Policy Committee"}},
		describedCase{name: "an initialism of another body stays (guard)", pub: "2025-06-04",
			text: "MUMBAI, June 4 - The Reserve Bank of India Monetary Policy Committee and SEBI officials met in Mumbai on Wednesday.",
			want: []string{"2025-06-04 Reserve Bank of India Monetary Policy Committee;SEBI"}})
}

// TestRound21LocalPosts: a council's officer named by the post alone, whom
// a notice points readers to, is no party: "the City Clerk", "the Town
// Clerk" (clusterparties.go localPost, read by dropGeneric). The read sets'
// notices gave "City Clerk" from a sentence the splitter had joined to the
// meeting's; the stories below do not reproduce that join, so the filter
// is tested on its own.
func TestRound21LocalPosts(t *testing.T) {
	for _, c := range []struct {
		name string
		post bool
	}{
		{"City Clerk", true}, {"Town Clerk", true}, {"County Attorney", true}, {"Village Manager", true},
		{"City Council", false}, {"Town Clerk's Office Committee", false}, {"Clerk", false}, {"Harbour Manager", false},
	} {
		if got := localPost(c.name); got != c.post {
			t.Errorf("localPost(%q) = %v, want %v", c.name, got, c.post)
		}
	}
	if got := dropGeneric([]string{"City Council", "City Clerk"}); len(got) != 1 || got[0] != "City Council" {
		t.Errorf("dropGeneric kept %q, want only the council", got)
	}
	checkDescribed(t, dayParties,
		describedCase{name: "a city's council stays (guard)", pub: "2026-03-30",
			text: "The Elm Crossing City Council will meet on Tuesday, April 14, 2026, at 6:00 p.m. in the Council Chambers.",
			want: []string{"2026-04-14 Elm Crossing City Council"}})
}

// TestRound21TableRows: a table's row whose date cell the listing read as
// its heading keeps its header's columns, less the first ("Apr 7 | Tue |
// 6:30 PM | Planning Board | Council Chambers", "Tue 8 Sep | Nordic
// Ministers for Co-operation | Reykjavik"); a "Meeting" or "Body" column
// names the body that meets, before a spaced dash when the cell names the
// meeting too ("Town Council - Regular Meeting"), and a cell that names a
// meeting with no body is left to the meeting rules; a body under
// "Meeting" takes no "Committee"; "Tue-Wed" is no party (committeerows.go
// findCommitteeRow, bodyCellEnd; names.go dayRange).
func TestRound21TableRows(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a weekday column after the date", pub: "2026-03-27",
			text: "TOWN OF X\nPUBLIC MEETING CALENDAR - APRIL 2026\n\nDATE | DAY | TIME | MEETING | LOCATION\nApr 7 | Tue | 6:30 PM | Planning Board | Council Chambers\nApr 14 | Tue | 7:00 PM | Zoning Board of Appeals | Council Chambers",
			want: []string{"2026-04-07 Council Chambers Planning Board", "2026-04-14 Council Chambers Zoning Board of Appeals"}},
		describedCase{name: "three columns, a body of ministers", pub: "2026-08-20",
			text: "NORDIC COUNCIL OF MINISTERS\nCalendar of ministerial meetings, autumn 2026\n\nDate | Meeting | Venue\nTue 8 Sep | Nordic Ministers for Co-operation | Reykjavik\nThu 24 - Fri 25 Sep | Nordic Ministers for Fisheries | Torshavn",
			want: []string{"2026-09-08 Reykjavik Nordic Ministers for Co-operation", "2026-09-24 Torshavn Nordic Ministers for Fisheries"}},
		describedCase{name: "a body and its meeting in one cell, a day range", pub: "2026-03-27",
			text: "TOWN OF X\nPUBLIC MEETING CALENDAR - APRIL 2026\n\nDATE | DAY | TIME | MEETING | LOCATION\nApr 21-22 | Tue-Wed | 6:00 PM | Town Council - FY2027 Budget Workshop | Senior Center, 12 Elm Street\nApr 28 | Tue | 5:30 PM | Historic District Commission | Room 204",
			want: []string{"2026-04-21 Senior Center, 12 Elm Street Town Council", "2026-04-28 Room 204 Historic District Commission"}},
	)
	checkDescribed(t, dayParties,
		describedCase{name: "a meeting's own description under Meeting (guard)", pub: "2023-09-12",
			text: "BARGAINING BULLETIN No. 7, 12 September 2023\n\nDate | Meeting | Outcome\n29 August | Pay talks with Northern Metro management | Offer rejected\n5 September | Talks with Northern Metro at Acas, Leeds | Adjourned",
			want: []string{"2023-08-29 Northern Metro", "2023-09-05 Northern Metro"}})
}

// TestFresh36bSet: calendars laid out with aligned columns, as a floor
// (after the rules: F1 0.941; the miss is a row whose venue cell is one
// space from its meeting's).
func TestFresh36bSet(t *testing.T) {
	rep := evalFile(t, "fresh36b.jsonl", 3)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.99, place: 0.99, participants: 0.99, partPrecision: 0.99})
}

// TestRound21OrganAtSeat: an organ named without its organisation ("the
// Executive Board", "the Board of Governors") in a story filed from the
// seat of an international body the story names meets there; not a
// company's board of directors, nor an organ whose name holds a place
// (impliedhere.go organHere; data/seats.tsv).
func TestRound21OrganAtSeat(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "the board of a body seated here", pub: "2026-05-27",
			text: "VIENNA, May 27 - Inspectors of the International Atomic Energy Agency found no sign of diversion at the plant, a confidential report said. The Board of Governors will meet on June 8 to discuss it.",
			want: []string{"2026-06-08 Vienna"}},
		describedCase{name: "an organ of the ILO", pub: "2026-02-24",
			text: "GENEVA, Feb 24 - The International Labour Organization faces a funding gap of $200 million this year, officials said. The Programme, Financial and Administrative Committee will hold a special session on March 9 to consider cuts.",
			want: []string{"2026-03-09 Geneva"}},
		describedCase{name: "a company's board in the same city (guard)", pub: "2026-04-02",
			text: "GENEVA, April 2 - Swiss watchmaker Helvora SA reported a 12 percent rise in first-quarter sales on Thursday. The Board of Directors will meet on April 21 to approve the dividend.",
			want: []string{"2026-04-21 "}},
		describedCase{name: "a stated place elsewhere wins (guard)", pub: "2026-04-14",
			text: "GENEVA, April 14 - The World Health Organization published new figures on Tuesday. The Steering Committee of the Alpine Rail Forum will meet in Innsbruck on May 5.",
			want: []string{"2026-05-05 Innsbruck"}})
}

// TestFresh36cSet: organs at their organisation's seat, as a floor.
func TestFresh36cSet(t *testing.T) {
	rep := evalFile(t, "fresh36c.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.99, partPrecision: 0.99})
}

// TestRound21LegislatureNames: a legislature named by its own word ("the
// Lok Sabha", "the Dewan Rakyat", "the Storting") is a home body, which
// meets in the dateline's city when no other place is named
// (impliedhere.go homeBodies).
func TestRound21LegislatureNames(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "the Storting, the parliament named too (guard)", pub: "2026-09-28",
			text: "OSLO, Sept 28 (NTB) - The Storting will open its new session on October 2 with the King's speech, the parliament's presidium said.",
			want: []string{"2026-10-02 Oslo"}},
		describedCase{name: "the Lok Sabha's committee", pub: "2025-07-18",
			text: "NEW DELHI, July 18 (PTI) - The Business Advisory Committee of the Lok Sabha will meet on Monday to fix the time for debates in the monsoon session.",
			want: []string{"2025-07-21 New Delhi"}},
		describedCase{name: "a stated place wins (guard)", pub: "2026-09-28",
			text: "OSLO, Sept 28 (NTB) - Members of the Storting's foreign affairs committee will meet their Swedish counterparts in Stockholm on October 12.",
			want: []string{"2026-10-12 Stockholm"}})
}

// TestRound21CallOnThePost: a courtesy call on an office holder named by the
// post alone ("will call on the External Affairs Minister on Tuesday") is a
// meeting; calling on one to act is not (mention.go theOfficeHolder).
func TestRound21CallOnThePost(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a call on the minister", pub: "2022-07-10",
			text: "NEW DELHI, July 10 - Bangladesh's foreign secretary Masud Karim is scheduled to call on the External Affairs Minister on Tuesday before returning to Dhaka.",
			want: []string{"2022-07-12 Masud Karim"}},
		describedCase{name: "a call on the Deputy Prime Minister, capitalised (guard)", pub: "2023-11-14",
			text: "SANTIAGO, Nov 14 - New Zealand's deputy trade secretary Andrew Pakeha will call on the Deputy Prime Minister at La Moneda on Thursday.",
			want: []string{"2023-11-16 Andrew Pakeha"}},
		describedCase{name: "called on the post to act (guard)", pub: "2026-07-10",
			text: "LONDON, July 10 - The unions on Tuesday called on the prime minister to intervene in the dispute.",
			want: nil})
}

// TestRound21ClauseCues: the tense of a month's meeting is not read from an
// adjective glued by hyphens ("a larger-than-expected cut"), nor from
// "before" with a gerund, whose clause is another event's; "set" with its
// object is a verb, past unless a modal comes first (tense.go cueAt; timex
// compoundTail, setObject). Both engines needed the same change.
func TestRound21ClauseCues(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "cut at its June meeting before holding in August", pub: "2025-10-01",
			text: "MUMBAI, Oct 1 - The six-member panel, headed by Governor Sanjay Malhotra, cut the repo rate by a larger-than-expected 50 basis points at its June meeting before holding it steady at its August meeting.",
			want: []string{"2025-06 Sanjay Malhotra", "2025-08 Sanjay Malhotra"}},
		describedCase{name: "set the rate at its April session", pub: "2026-10-02",
			text: "The council, led by Mayor Tom Reyes, set the tax rate at its April session, before revising it in June.",
			want: []string{"2026-04 Tom Reyes"}})
}

// TestFresh36dSet: past verbs of bare form, as a floor (after the rules:
// F1 0.727; the June special meeting is still read as next June).
func TestFresh36dSet(t *testing.T) {
	rep := evalFile(t, "fresh36d.jsonl", 4)
	checkFloors(t, rep, floors{withDates: 0.70, noDates: 0.90, status: 0.99, place: 0.99, participants: 0.25, partPrecision: 0.30})
}

// TestRound21MalayHonorifics: "Datuk Seri", "Dato' Sri" and "Tan Sri" before
// a name of two words or more are dropped, as news names the person ("Anwar
// Ibrahim"); a plain "Datuk" stays, as annotators keep it; so are "Chair",
// "Rt", "Honourable" and "President-elect" before a full name (names.go
// malayHonorific, styleWords).
func TestRound21MalayHonorifics(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "Datuk Seri after a title", pub: "2024-06-08",
			text: "PUTRAJAYA, June 8 - Prime Minister Datuk Seri Anwar Ibrahim will hold talks with Singapore Prime Minister Lawrence Wong on Monday.",
			want: []string{"2024-06-10 Anwar Ibrahim;Lawrence Wong"}},
		describedCase{name: "a chair after a body and a right honourable", pub: "2025-01-20",
			text: "WASHINGTON, Jan 20 - Fed Chair Jerome Powell will meet Rt Hon Rachel Reeves on Thursday.",
			want: []string{"2025-01-23 Jerome Powell;Rachel Reeves"}},
		describedCase{name: "a chair and a president-elect", pub: "2025-01-20",
			text: "WASHINGTON, Jan 20 - Chair Jerome Powell will meet President-elect Donald Trump on Thursday.",
			want: []string{"2025-01-23 Jerome Powell;Donald Trump"}},
		describedCase{name: "a plain Datuk stays (guard)", pub: "2024-06-08",
			text: "KUALA LUMPUR, June 8 - Deputy Minister Datuk Hamzah Rashid will meet palm oil exporters on Monday.",
			want: []string{"2024-06-10 Datuk Hamzah Rashid;palm oil exporters"}})
}

// TestRound21NumberedBuilding: a room's number before a building's name is
// part of the place ("in 2123 Rayburn House Office Building"); a street's
// number is not read so, as a notice's site address is often its topic
// (names.go findChunks).
func TestRound21NumberedBuilding(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a numbered room in an office building", pub: "2025-11-27",
			text: "The Subcommittee on Energy will hold a hearing on Thursday, December 4, 2025, at 10:00 a.m. in 2123 Rayburn House Office Building.",
			want: []string{"2025-12-04 2123 Rayburn House Office Building"}},
		describedCase{name: "a site's street address is no place (guard)", pub: "2026-03-10",
			text: "The Planning Commission will hold a public hearing on Thursday, March 19, 2026, on Application CUP-26-004 for a drive-through at 1450 Harbor Boulevard.",
			want: []string{"2026-03-19 "}})
}

// TestRound21RestatedMeeting: a sentence that opens with "The" and a
// talks' or meeting's noun phrase, dated the very day of the meeting the
// sentence before named, tells that meeting again with its parties
// (cluster.go restatesLast).
func TestRound21RestatedMeeting(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the three-way talks of the trilateral meeting", pub: "2026-04-14",
			text: "OSLO, April 14 - Foreign Minister Ingrid Moe will travel to Helsinki on Friday for a trilateral meeting with her Nordic counterparts.\n\nThe three-way talks with Finnish Foreign Minister Aino Lehto and Swedish Foreign Minister Karl Berg will take place on Friday, the ministry said.",
			want: []string{"2026-04-17 Ingrid Moe;Nordic counterparts;Aino Lehto;Karl Berg"}})
}

// TestFresh36eSet: chairs, presiding officers and heads named in the
// meeting's sentence, as a floor (no rule of the round: the first
// measurement already read them; the miss is a group named the sentence
// before).
func TestFresh36eSet(t *testing.T) {
	rep := evalFile(t, "fresh36e.jsonl", 4)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.85, partPrecision: 0.99})
}

// TestRound21DatedGoal: a date inside the goal one meets ("failed to meet a
// Feb. 29 deadline") does not hide the goal's noun: no meeting; a counted
// group met ("will meet 12 union leaders") is a meeting, and the group
// without its count its party (mention.go meetsObject, countedGroup; roles.go
// verbObjectGroups); "business leaders" is not yet read as a group.
func TestRound21DatedGoal(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a dated deadline", pub: "2024-03-04",
			text: "SEOUL, March 4 - The government on Monday began suspending the licenses of trainee doctors who failed to meet a Feb. 29 deadline to return to work.",
			want: nil},
		describedCase{name: "a number before the people met", pub: "2024-03-04",
			text: "SEOUL, March 4 - Labour Minister Lee Jung-sik will meet 12 union leaders on Friday.",
			want: []string{"2024-03-08 Lee Jung-sik;union leaders"}},
		describedCase{name: "about thirty of them", pub: "2024-03-04",
			text: "SEOUL, March 4 - Labour Minister Lee Jung-sik will meet about 30 business leaders on Friday.",
			want: []string{"2024-03-08 Lee Jung-sik"}},
		describedCase{name: "times met are no group (guard)", pub: "2024-03-04",
			text: "SEOUL, March 4 - Labour Minister Lee Jung-sik will meet three times with union leaders this week.",
			want: []string{"2024-03-04 Lee Jung-sik;union leaders"}})
}
