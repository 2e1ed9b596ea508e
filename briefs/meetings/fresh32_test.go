package meetings

// Fresh stories for the rules of round 17: tables, a company story's own
// meetings, earlier meetings of a series, "the two companies".
// testdata/fresh32a.jsonl was written for the table class and measured once
// on main cb79768: F1 0.857, status 1.000, place 0.889, participants
// P 0.550 R 0.440; testdata/fresh32b.jsonl, for the story-company class,
// on 5141859: F1 1.000, place 1.000, participants P 0.400 R 0.286;
// testdata/fresh32c.jsonl, for earlier meetings of a series, on c245553:
// F1 0.533, place 0.750, participants P 0.667 R 0.800; fresh32d.jsonl, for
// "the two companies" and the like, on 6c61aa3: F1 1.000, place 0.875,
// participants P 0.889 R 0.471; fresh32e.jsonl, for people met in lower
// case, on 082489a: F1 0.333, place 0.000, participants P 1.000 R 1.000
// (its stories 1 and 2 retell two read-set sentences that showed the
// class, blind25b-24 and 25b-37: no independent first sight); fresh32f.jsonl,
// for a body that decides on a day, on edec43c: F1 0.000 (none of four
// found; its story 1 retells blind28a-18); fresh32g.jsonl, for the person
// the next sentence names beside "the talks", on 5d2bf36: F1 1.000, place
// 0.800, participants P 0.889 R 0.727; fresh32h.jsonl, for a workplace's
// offsite and all-hands, on d9bdb1f: F1 0.000 (none of three found);
// fresh32j.jsonl, documents of the annotators' kinds written from the
// guideline, on 206eed3: F1 0.727, place 0.750, participants P 0.583
// R 0.583.
// Cases named
// "(guard)" pass on the code
// before their rule too: they keep the rule from reaching what it must
// not.

import "testing"

// TestRound17TableRows: each row of a table is a sentence of its own, so a
// meeting an agenda's row names does not take the names of the rows above
// it (sentences.TableRow; listing.Keeps keeps the rows' line breaks).
func TestRound17TableRows(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "an agenda's rows", pub: "2025-04-07",
			text: "AGENDA\n\nItem | Subject | Presented by\n1 | Apologies for absence | Chair\n2 | Declarations of interest | Monitoring Officer\n3 | Minutes of the Cabinet meeting held on 19 March 2025 | Chair",
			want: []string{"2025-03-19 Cabinet"}},
		describedCase{name: "a bar in prose (guard)", pub: "2025-04-07",
			text: "LONDON, April 7 - Rail | bus union leaders will meet\nTransport Secretary Ann Lowe on Thursday, the union said.",
			want: []string{"2025-04-10 Ann Lowe"}})
}

// TestRound17CommitteeColumn: a committee schedule's table row that names
// no meeting is the meeting of the committee in its committee column, on
// the row's day or its heading's, in the row's room; a "CANCELLED" row is
// none, and a row's "POSTPONED to" note gives the new day; a bill's number
// is no party (committeerows.go; sentencesteps.go movesMeeting).
func TestRound17CommitteeColumn(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a header's committee column", pub: "2026-03-06",
			text: "HOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026\n\nDay | Time | Committee | Room | Business\nMon., March 9 | 9:00 AM | Judiciary | Room 214 | HB 301 (bail reform) - public testimony\nThu., March 12 | 10:00 AM | Education | Room 214 | CANCELLED\nFri., March 13 | 9:00 AM | Health | Room 118 | HB 322 - POSTPONED to Tuesday, March 17, same time and room",
			want: []string{"2026-03-09 Room 214 Judiciary Committee", "2026-03-17 Room 118 Health Committee"}},
		describedCase{name: "no header, a day's heading", pub: "2026-02-12",
			text: "COMMITTEE HEARING SCHEDULE - WEEK OF FEBRUARY 16, 2026\n\nTUESDAY, FEBRUARY 17\n8:00 AM | Joint Finance-Appropriations Committee (JFAC) | Room EW42 | Budget hearings: Department of Correction\n1:30 PM | Health & Welfare | Room EW20 | HB 512 - public testimony",
			want: []string{"2026-02-17 Room EW42 Joint Finance-Appropriations Committee;Department of Correction", "2026-02-17 Room EW20 Health & Welfare Committee"}},
		describedCase{name: "a diary's table (guard)", pub: "2025-05-30",
			text: "WEEKLY SCHEDULE OF THE MINISTER\n\nDate | Time | Engagement | Location\nMon 2 June | 09:00 | Cabinet meeting | Presidential Villa\nTue 3 June | 10:00 | Tour of the Eastern Industrial Zone | Koforidua",
			want: []string{"2025-06-02 Presidential Villa Cabinet"}})
}

// TestRound17ScheduleHead: a schedule's shouted title over the line of
// prose after it is no meeting, nor is "All hearings are held in ...";
// an agenda's sub-item ("2.1 Conference with labor negotiators: ...")
// dated by the agenda's heading is a part of its meeting (heading.go
// scheduleTitleLine, lineOf; mention.go excluded; agendaitems.go subItem;
// ingest shoutedOverProse).
func TestRound17ScheduleHead(t *testing.T) {
	checkDescribed(t, dayTitleParties,
		describedCase{name: "a week's title over a note", pub: "2023-11-03",
			text: "STANDING COMMITTEE MEETINGS - WEEK OF NOVEMBER 6, 2023\nAll meetings are open to the public, except in camera sessions.\n\nDate | Time | Committee | Business | Location\nMonday, November 6 | 9:00 a.m. | Public Accounts | Auditor General's report | Committee Room",
			want: []string{"2023-11-06 Public Accounts Committee meeting|Public Accounts Committee"}},
		describedCase{name: "an agenda's sub-item under a shouted item", pub: "2024-02-09",
			text: "MAPLE RIDGE UNIFIED SCHOOL DISTRICT\nBOARD OF TRUSTEES\n\nREGULAR MEETING AGENDA - Tuesday, February 13, 2024\nDistrict Office Boardroom, 1200 Cedar Avenue, Maple Ridge\nClosed Session 5:30 p.m. | Open Session 6:30 p.m.\n\n1. CALL TO ORDER AND ROLL CALL\n\n2. CLOSED SESSION\n2.1 Conference with labor negotiators: Maple Ridge Teachers Association and California School Employees Association, Chapter 411.",
			want: []string{"2024-02-13 Board of Trustees Open Session|BOARD OF TRUSTEES"}})
}

// TestFresh32aSet: the set the round's table rules were written for, as a
// floor (after them: F1 0.978, place 0.909, participants P 0.815 R 0.710;
// the bargaining bulletin's union is still no party of its talks).
func TestFresh32aSet(t *testing.T) {
	rep := evalFile(t, "fresh32a.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.97, noDates: 0.97, status: 0.99, place: 0.90, participants: 0.70, partPrecision: 0.81})
}

// TestRound17ShoutedOwner: a diary's owner named in a shouted heading,
// after "HON." or with a hyphened name, and past a blank line under the
// ministry's name, takes part in the diary's meetings (heading.go
// diaryOwner, unshoutLine, ownerName, ownerHonEnd; ingest weekLine).
func TestRound17ShoutedOwner(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "after HON. in a table's heading", pub: "2025-05-30",
			text: "MINISTRY OF TRADE AND INDUSTRY\nWEEKLY SCHEDULE OF THE MINISTER, HON. ABENA KORSAH\nWeek of 2 June 2025\n\nDate | Time | Engagement | Location\nMon 2 June | 14:00 | Meeting with the Chamber of Mines on export levies | Ministry boardroom\nTue 3 June | 10:00 | Tour of the Eastern Industrial Zone | Koforidua",
			want: []string{"2025-06-02 Chamber of Mines;Abena Korsah"}},
		describedCase{name: "a hyphened name past a blank line", pub: "2025-11-02",
			text: "MINISTRY OF TRADE AND INDUSTRY\nPublic Relations Unit\n\nWEEKLY ENGAGEMENTS OF THE HON. MINISTER FOR TRADE AND INDUSTRY, EFUA MENSAH-BOATENG\nWeek of Monday 3 November to Friday 7 November 2025\n\nMONDAY 3 NOVEMBER\n14:30 - Bilateral meeting with H.E. Joost van Dalen, Ambassador of the Netherlands, Ministry conference room",
			want: []string{"2025-11-03 Joost van Dalen;Netherlands;Efua Mensah-Boateng"}},
		describedCase{name: "Hon. under a shouted office", pub: "2017-06-09",
			text: "OFFICE OF THE MINISTER FOR AGRICULTURE AND WATER RESOURCES\nThe Hon. David Carmody MP\n\nFORWARD DIARY - WEEK COMMENCING MONDAY 12 JUNE 2017\n\nDay | Time | Engagement | Location\nMonday 12 June | 11:30 | Meeting with the Grain Growers Council | Minister's office, Parliament House\nTuesday 13 June | 10:00 | Tour of the Riverina | Wagga Wagga",
			want: []string{"2017-06-12 David Carmody;Grain Growers Council"}})
}

// TestRound17StoryCompany: "the board", "the company's annual general
// meeting" and "the bank's AGM" of a company story are its company's, the
// first the story names, not the adviser, partner or central bank named
// last; a board named by its body, and a sentence naming its own company,
// keep theirs (entities.go bodyFor; title.go ownerOf, namesWord).
func TestRound17StoryCompany(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the board, past an adviser", pub: "1987-03-09",
			text: "TORONTO, March 9 - Ridgeback Copper Ltd said it had received an unsolicited takeover proposal from Anvil Metals Corp.\n\nAnvil, advised by Dominion Securities Inc, offered 6.20 dlrs a share in cash.\n\nThe board will meet on Thursday to consider the proposal, a company spokeswoman said.",
			want: []string{"1987-03-12 Ridgeback Copper Ltd"}},
		describedCase{name: "the company's AGM, past a partner", pub: "1988-04-22",
			text: "HONG KONG, April 22 - Pacific Harbour Holdings Ltd said net profit rose 18 pct in 1987.\n\nChairman Victor Leung said the group was in talks with China Merchants Steam Navigation Co on a container terminal.\n\nThe company's annual general meeting will be held on June 3.",
			want: []string{"1988-06-03 Pacific Harbour Holdings Ltd"}},
		describedCase{name: "the bank's AGM, past the central bank", pub: "2025-06-02",
			text: "LAGOS, June 2 (Reuters) - Sahel Continental Bank Plc will pay a final dividend of 0.60 naira a share, it said on Monday.\n\nThe Central Bank of Nigeria raised its benchmark rate last month.\n\nShareholders at the bank's annual general meeting, held in Lagos on May 29, approved the dividend.",
			want: []string{"2025-05-29 Sahel Continental Bank Plc"}},
		describedCase{name: "a board named by its body (guard)", pub: "1987-03-09",
			text: "WASHINGTON, March 9 - Ridgeback Copper Ltd shares fell after the Federal Reserve Board signalled higher rates.\n\nThe board will meet on Thursday, a Fed spokesman said.",
			want: []string{"1987-03-12 Federal Reserve Board"}})
}

// TestFresh32bSet: the set the story-company rule was written for, as a
// floor (after it: participants P 1.000 R 0.857; the chairman who says
// the board will meet is not taken).
func TestFresh32bSet(t *testing.T) {
	rep := evalFile(t, "fresh32b.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.85, partPrecision: 0.99})
}

// TestRound17EarlierMeeting: a past meeting of a series named by
// "previous" or "last" counts when a month follows in its clause ("at its
// previous meeting in late May", "The previous round, which ran from
// November 20 to 28"), not a market's "previous session on Thursday"; a
// congress named by a body's initialism and dated is a gathering, not a
// legislature (mention.go monthAfter, marketSession, bodyCongress).
func TestRound17EarlierMeeting(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "previous meeting, a month after", pub: "2024-07-10",
			text: "WELLINGTON, July 10 (Reuters) - The Reserve Bank of New Zealand kept its cash rate at 5.5 percent on Wednesday.\n\nAt its previous meeting in late May, the bank had signalled that rates would stay high.",
			want: []string{"2024-05 Wellington"}},
		describedCase{name: "previous round, a range after", pub: "2024-02-01",
			text: "GENEVA, Feb 1 (Reuters) - Diplomats said a deal this year was unlikely.\n\nThe previous round, which ran from November 20 to 28, ended without agreement on property rights.",
			want: []string{"2023-11-20 "}},
		describedCase{name: "a body's congress", pub: "2024-03-15",
			text: "ZURICH, March 15 (AP) - FIFA president Gianni Infantino will stand unopposed for a third term at the FIFA Congress in Paris on May 17, the governing body said on Friday.",
			want: []string{"2024-05-17 Paris"}},
		describedCase{name: "a market's previous session", pub: "2024-05-03",
			text: "SEOUL, May 3 (Reuters) - South Korean shares closed at 2,676.63 points on Friday, up from 2,650.1 at the previous session on Thursday, as chipmakers gained.",
			want: nil})
}

// TestFresh32cSet: the set the earlier-meeting rule was written for, as a
// floor (after it: F1 1.000, place 0.889, participants P 0.786 R 0.846).
func TestFresh32cSet(t *testing.T) {
	rep := evalFile(t, "fresh32c.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.88, place: 0.88, participants: 0.84, partPrecision: 0.78})
}

// TestRound17CalledOffAfter: "after calling off X" calls off X, not the
// meeting the clause before names (cancel.go callsOff).
func TestRound17CalledOffAfter(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "after calling off", pub: "2020-05-20",
			text: "(Reuters) - Cruise operator Meridian Seaways Holdings said on Wednesday it would hold its annual shareholder meeting online on June 25, after calling off an in-person gathering that had been planned for April.",
			want: []string{"2020-06-25 upcoming"}},
		describedCase{name: "a day called off, another week's meeting (guard)", pub: "2020-05-20",
			text: "(Reuters) - Meridian Seaways Holdings has cancelled its meeting with bondholders on June 25.\n\nAdvisers for Meridian Seaways Holdings and the bondholders are due to meet in New York next week, a source said.",
			want: []string{"2020-06-25 cancelled", "2020-05-25 upcoming"}})
}

// TestRound17TwoApart: "the two companies", "the two ministers" and "the
// two countries" stand for the pair the story names apart when no
// sentence before joins it by "and": its first two companies, titled
// persons or countries (sides.go firstTwo).
func TestRound17TwoApart(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a bidder and its target", pub: "1987-06-03",
			text: "LONDON, June 3 - Calloway Engineering Plc raised its hostile offer for Brightmoor Industries Plc to 410 pence a share.\n\nBrightmoor's board had rejected the earlier offer as too low.\n\nAdvisers to the two companies will meet on Thursday to discuss a possible agreed deal, a person familiar with the matter said.",
			want: []string{"1987-06-04 Calloway Engineering Plc;Brightmoor Industries Plc"}},
		describedCase{name: "a minister and the one she visits", pub: "2024-11-12",
			text: "SEOUL, Nov 12 (Reuters) - South Korean Industry Minister Park Min-seo will visit Canberra next week, her ministry said on Tuesday.\n\nShe will see Australian Resources Minister Madeleine King in Sydney.\n\nThe two ministers last met in Seoul in July.",
			want: []string{"2024-07 Park Min-seo;Madeleine King"}},
		describedCase{name: "a pair joined by and (guard)", pub: "2024-09-09",
			text: "BERLIN, Sept 9 (Reuters) - Germany and Poland agreed to build a second rail bridge over the Oder, officials said on Monday.\n\nThe two countries will hold consultations in Warsaw on Oct. 7.",
			want: []string{"2024-10-07 Germany;Poland"}})
}

// TestFresh32dSet: the set the two-apart rule was written for, as a floor
// (after it: participants P 1.000 R 0.765; the creditors side is no
// country, and "Foreign ministers of the two countries" in a Kenyan story
// still has no parties).
func TestFresh32dSet(t *testing.T) {
	rep := evalFile(t, "fresh32d.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.87, participants: 0.76, partPrecision: 0.99})
}

// TestRound17PeopleObject: a meeting verb's object in lower case that ends
// in an office holder's noun is people met ("will meet barangay captains",
// "met heads of delegation", "will meet district collectors"), and is a
// party with its "of" complement; "heads of" is a noun, no scheduled
// present ("met heads of delegation here on Wednesday" is past); "meet
// demand" stays none (mention.go objectHeads; tense.go cueAt; roles.go
// verbObjectGroup).
func TestRound17PeopleObject(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "barangay captains", pub: "2024-11-19",
			text: "QUEZON CITY, Nov 19 (PNA) - Mayor Joy Belmonte will meet barangay captains on Friday at the city hall to explain the new rules.",
			want: []string{"2024-11-22 Joy Belmonte;barangay captains"}},
		describedCase{name: "heads of delegation, met", pub: "2025-06-20",
			text: "BONN, June 20 (Reuters) - Andre Correa do Lago met heads of delegation here on Wednesday and urged them to agree on a work plan before the talks end.",
			want: []string{"2025-06-18 Andre Correa do Lago;heads of delegation"}},
		describedCase{name: "meet demand (guard)", pub: "1988-03-04",
			text: "LONDON, March 4 - The company said it would meet demand from new customers by adding a shift on Monday.",
			want: nil})
}

// TestFresh32eSet: the set the people-object rule was written for, as a
// floor (after it: F1 1.000, place 1.000, participants P 0.900 R 1.000).
func TestFresh32eSet(t *testing.T) {
	rep := evalFile(t, "fresh32e.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.99, partPrecision: 0.89})
}

// TestRound17BodyInName: the body a meeting's own name holds is a party
// beside the others named ("The 57th ASEAN Foreign Ministers' Meeting ...
// chaired by Laos's foreign minister"), and so are the countries its name
// joins by a hyphen; a shouted heading's words are no initialisms
// (extract.go; neighbours.go bodyInName, hyphenedCountries).
func TestRound17BodyInName(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "an initialism beside a person", pub: "2024-07-24",
			text: "VIENTIANE, July 24 (Bernama) -- The 57th ASEAN Foreign Ministers' Meeting, chaired by Laotian Foreign Minister Saleumxay Kommasith, will begin here on Thursday.",
			want: []string{"ASEAN;Saleumxay Kommasith"}},
		describedCase{name: "countries joined by a hyphen", pub: "2024-10-04",
			text: "MANILA, Oct 4 (PNA) - Deputy Foreign Minister Kenji Okada and Undersecretary Ramon Villanueva co-chaired the Third Japan-Philippines Vice-Ministerial Strategic Dialogue on Thursday.",
			want: []string{"Kenji Okada;Ramon Villanueva;Japan;Philippines"}})
}

// TestRound17CompoundNoVerb: the first word of a hyphened compound is no
// verb of the clause: "an emergency closed-door meeting on Friday" is to
// come under "will hold" (tense.go cueAt).
func TestRound17CompoundNoVerb(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "closed-door", pub: "2024-10-24",
			text: "UNITED NATIONS, Oct 24 (AFP) - The UN Security Council will hold an emergency closed-door meeting on Friday, diplomats said Thursday.",
			want: []string{"2024-10-25 upcoming"}},
		describedCase{name: "a past verb before it (guard)", pub: "2024-10-24",
			text: "UNITED NATIONS, Oct 24 (AFP) - The UN Security Council held an emergency closed-door meeting on Monday, diplomats said.",
			want: []string{"2024-10-21 past"}})
}

// TestRound17PlaceAfterName: a place right after a meeting's name wins over
// a word of the name read as its place: "at the Mercosur summit in
// Montevideo" is in Montevideo (placeof.go placeOf, namePlace).
func TestRound17PlaceAfterName(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a bloc's summit in a city", pub: "2025-01-28",
			text: "BRUSSELS, Jan 28 - The Commission told ministers about the trade agreement, which leaders endorsed at the Mercosur summit in Montevideo on 6 December 2024.",
			want: []string{"2024-12-06 Montevideo"}},
		describedCase{name: "a city's summit (guard)", pub: "1987-05-30",
			text: "ROME, May 30 - The Venice summit of the seven leading industrial nations will open on June 8, officials said.",
			want: []string{"1987-06-08 Venice"}})
}

// TestRound17BodyDecidesLeadIn: a body that "is expected to approve" or "is
// due to decide" on a day, or "approved" something named at length before
// its day, sits that day; a day after the clause ends is not its own
// (decides.go leadIn, decideReach, clauseEnds).
func TestRound17BodyDecidesLeadIn(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "is expected on Tuesday to approve", pub: "2025-06-01",
			text: "TOKYO, June 1 (Kyodo) - The Cabinet is expected on Tuesday to approve a 300 billion yen support package, government sources said.",
			want: []string{"2025-06-03 upcoming"}},
		describedCase{name: "is due to decide", pub: "2024-08-04",
			text: "WELLINGTON, Aug 4 - The Reserve Bank board is due to decide on Thursday whether to cut the official cash rate, economists said.",
			want: []string{"2024-08-08 upcoming"}},
		describedCase{name: "a day in another clause (guard)", pub: "2024-09-18",
			text: "NEW DELHI, Sept 18 (PTI) - The Union Cabinet approved the rural roads scheme, which takes effect on Monday, officials said.",
			want: nil})
}

// TestFresh32fSet: the set the lead-in rule was written for, as a floor
// (after it: F1 0.857, participants P 1.000 R 0.750; "The planning
// committee of Harlow council is set to consider" is still missed).
func TestFresh32fSet(t *testing.T) {
	rep := evalFile(t, "fresh32f.jsonl", 5)
	checkFloors(t, rep, floors{withDates: 0.85, noDates: 0.85, status: 0.99, place: 0.99, participants: 0.74, partPrecision: 0.99})
}

// TestRound17RefersBack: the titled person who opens the next sentence and
// speaks of, opens or hosts "the talks" or "the meeting" is a party; one
// who speaks of something else is not (neighbours.go refersBack).
func TestRound17RefersBack(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "said the talks", pub: "1987-03-12",
			text: "OTTAWA, March 12 - Canadian and Mexican officials held talks here today on seasonal farm workers.\n\nAgriculture Minister Claire Dupuis said the talks had been useful.",
			want: []string{"1987-03-12 Claire Dupuis;Canada;Mexico"}},
		describedCase{name: "will open the meeting", pub: "2025-02-10",
			text: "KINGSTON, Feb 10 (CMC) - Caribbean finance ministers will meet here from Wednesday for two days of talks on correspondent banking, the regional secretariat said.\n\nPrime Minister Andrew Holness will open the meeting at the Jamaica Conference Centre.",
			want: []string{"2025-02-12 Caribbean finance ministers;Andrew Holness"}},
		describedCase{name: "speaks of something else (guard)", pub: "2024-11-04",
			text: "BRUSSELS, Nov 4 - EU trade ministers will meet on Thursday to discuss steel safeguards, diplomats said.\n\nFrench Finance Minister Eric Lombard said on Monday that the budget deficit would narrow next year.",
			want: []string{"2024-11-07 EU trade ministers"}})
}

// TestFresh32gSet: the set the refers-back rule was written for, as a
// floor (after it: participants P 0.909 R 0.909).
func TestFresh32gSet(t *testing.T) {
	rep := evalFile(t, "fresh32g.jsonl", 5)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.79, participants: 0.90, partPrecision: 0.90})
}

// TestRound17Workplace: a workplace's "offsite" and "all-hands" are
// meetings; "offsite backups" is not (lexicon.go meetingNouns; mention.go
// isMeetingNoun, lowerNoun).
func TestRound17Workplace(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "an offsite and an all-hands", pub: "2025-06-02",
			text: "MEMO\nTo: All staff\nDate: 2 June 2025\n\n1. The H2 planning offsite will take place on Tuesday 17 June at Castle Lodge, Kilkenny.\n2. The next all-hands with the CEO is on Thursday 26 June at 15:00 in the Atrium.",
			want: []string{"2025-06-17 Castle Lodge", "2025-06-26 Atrium"}},
		describedCase{name: "offsite backups (guard)", pub: "2025-06-02",
			text: "MEMO\nTo: All staff\nDate: 2 June 2025\n\nOffsite backups of the finance system will move to the new provider on Tuesday 1 July.",
			want: nil})
}

// TestFresh32hSet: the set the workplace nouns were written for, as a
// floor (after them: F1 0.800; "will hold a town hall with depot staff" is
// still missed: "hall" as a meeting noun took the "Village Hall" of
// dozens of notices away from their places, and was left out).
func TestFresh32hSet(t *testing.T) {
	rep := evalFile(t, "fresh32h.jsonl", 2)
	checkFloors(t, rep, floors{withDates: 0.79, noDates: 0.79, status: 0.99, place: 0.99, participants: 0.99, partPrecision: 0.99})
}

// TestRound17NoticeSameDay: a numbered room of an address ("Level 3,
// Summit 1") is no summit; in a notice with no dateline, "an
// Extraordinary General Meeting ... at the same venue on the same day"
// takes the day and place of the last general meeting however many
// items stand between (mention.go isMeetingNoun; relday.go sameDayOther,
// sameVenue).
func TestRound17NoticeSameDay(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "an EGM after the AGM's items", pub: "2025-03-31",
			text: "HARBOURVIEW HOLDINGS LIMITED\n\nNOTICE OF ANNUAL GENERAL MEETING\n\nNOTICE IS HEREBY GIVEN that the Twenty-Eighth Annual General Meeting (\"AGM\") of Harbourview Holdings Limited will be held at Suntec Singapore Convention Centre, Level 3, Summit 1, 1 Raffles Boulevard, Singapore on Friday, 25 April 2025 at 10.00 a.m. for the following purposes:\n\n1. To receive the Financial Statements.\n\n2. To declare a final dividend.\n\n3. To re-elect Mr Lim Boon Keat.\n\n4. To re-appoint the Auditors.\n\nNOTICE IS ALSO HEREBY GIVEN that an Extraordinary General Meeting (\"EGM\") of the Company will be held at the same venue on the same day at 11.00 a.m.",
			want: []string{"2025-04-25 Suntec Singapore Convention Centre, Level 3, Summit 1, 1 Raffles Boulevard, Singapore", "2025-04-25 Suntec Singapore Convention Centre, Level 3, Summit 1, 1 Raffles Boulevard, Singapore"}})
}

// TestRound17RegisterBy: a day a notice sets for registering or lodging
// "by" is a deadline, not the day of "the meeting" it speaks of
// (assign.go recordDate, deadlineBefore).
func TestRound17RegisterBy(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "register online by a day", pub: "2025-05-30",
			text: "MARA HIGHLANDS TEA COMPANY PLC\n\nNOTICE IS HEREBY GIVEN that the Fifty-First Annual General Meeting of the Company will be held at the Safari Park Hotel, Nairobi on Thursday, 26 June 2025 at 11.00 a.m.\n\nShareholders wishing to follow the meeting online must register by dialling *483*820# or via www.marahighlandsagm.co.ke by 5.00 p.m. on Tuesday, 24 June 2025.",
			want: []string{"2025-06-26 Safari Park Hotel"}})
}

// TestFresh32iSet: stories written for a passive "The meeting was opened
// by X" class, measured once on 0e7b32f: F1 1.000, participants P 0.800
// R 0.571. The class needed no rule (the person is taken already); what
// they miss is another class (a group subject "Ministers of agriculture
// from 14 southern African countries"; "Canada's provincial premiers" read
// as Canada), left for later. A floor, as measured.
func TestFresh32iSet(t *testing.T) {
	rep := evalFile(t, "fresh32i.jsonl", 3)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.57, partPrecision: 0.79})
}

// TestRound17DateListRanges: a calendar's lines "Tuesday 10 and Wednesday
// 11 March" under "will hold its meetings on the following dates in 2026:"
// are one meeting each, in the lead's year (listing.DateLine; listingbody.go
// dateList, leadYear).
func TestRound17DateListRanges(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "two-day lines in the lead's year", pub: "2026-01-14",
			text: "MONETARY POLICY COMMITTEE\n\nPress release, 14 January 2026\n\nThe Monetary Policy Committee (MPC) will hold its meetings on the following dates in 2026:\n\nTuesday 10 and Wednesday 11 March\nTuesday 21 and Wednesday 22 July\n\nThe statement will be published on the second day.",
			want: []string{"2026-03-10 upcoming", "2026-07-21 upcoming"}})
}

// TestFresh32jSet: documents of the held-out annotators' kinds, written
// from the guideline and those kinds, not from any read-set text, as a
// floor (after the date-list rule: F1 0.880, place 0.818, participants
// P 0.556 R 0.667; a shouted minutes heading over its "held on" line, a
// programme's own summit and the pair behind "their negotiators" are
// still missed).
func TestFresh32jSet(t *testing.T) {
	rep := evalFile(t, "fresh32j.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.87, noDates: 0.87, status: 0.99, place: 0.81, participants: 0.66, partPrecision: 0.55})
}
