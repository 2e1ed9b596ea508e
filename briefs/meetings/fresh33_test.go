package meetings

// Fresh stories for the rules of round 18: bodies written in lower case
// that meet ("the union's strike committee", "the cabinet"), groups met that
// are named in lower case ("will meet sugar planters and millers", "held
// talks with bondholders") and countries listed beside the people who meet.
// Each set was written from the guideline, not from read-set text, and
// measured once on main 109c6e4 before any rule of the round:
// testdata/fresh33a.jsonl (lower-case bodies): F1 0.545, place 0.333,
// participants P 0.500 R 0.250 (its story 1's dateline said March 3 for a
// story published on the 4th, a slip of ours mended after that figure;
// then F1 0.727, place 0.500, P 0.500 R 0.200);
// testdata/fresh33b.jsonl (groups met): F1 0.909, place 0.800,
// P 0.833 R 0.455; testdata/fresh33c.jsonl (country lists): F1 0.800,
// place 1.000, P 0.842 R 1.000, a class already handled, so no rule
// followed it. Cases named "(guard)" pass on the code before their rule
// too: they keep the rule from reaching what it must not.

import "testing"

// TestRound18CallOffOther: "to decide whether to call off the strike" calls
// off the strike, not the meeting that decides it (cancel.go callsOff).
func TestRound18CallOffOther(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "a strike called off", pub: "2025-04-08",
			text: "NAIROBI, April 8 - Kenyan lecturers extended their strike on Tuesday.\n\nThe union's national executive council will meet on Thursday to decide whether to call off the strike, its secretary-general said.",
			want: []string{"2025-04-10 upcoming"}},
		describedCase{name: "a boycott called off", pub: "2025-04-08",
			text: "LAGOS, April 8 - Leaders of the Labour Party met President Bola Tinubu on Monday and called off their boycott of parliament, a spokesman said.",
			want: []string{"2025-04-07 past"}},
		describedCase{name: "the talks called off (guard)", pub: "2025-04-08",
			text: "LAGOS, April 8 - The talks due on Thursday were called off, a spokesman said.",
			want: []string{"2025-04-10 cancelled"}})
}

// TestRound18GroupsMet: a group met that is named in lower case by what its
// people do ("sugar planters and millers", "bondholders", "irrigation
// districts and groundwater pumpers") is a party, and makes "meet" a
// meeting; "representatives of" a group gives the group; reporters and a
// meeting's goals are no group (agentgroups.go agentGroup; roles.go
// verbObjectGroups; mention.go lowerGroup).
func TestRound18GroupsMet(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "two trades met", pub: "2025-02-05",
			text: "MANILA, Feb 5 - The Philippines will import sugar, officials said.\n\nAgriculture Secretary Francisco Tiu Laurel will meet sugar planters and millers in Bacolod on Friday, his office said.",
			want: []string{"2025-02-07 Francisco Tiu Laurel;sugar planters;millers"}},
		describedCase{name: "talks with bondholders", pub: "2025-07-16",
			text: "ACCRA, July 16 - Deputy Finance Minister Thomas Ampem held talks with bondholders in London last week, the ministry said.",
			want: []string{"2025-07-07 Thomas Ampem;bondholders"}},
		describedCase{name: "a meeting with districts and pumpers", pub: "2025-08-27",
			text: "BOISE, Idaho, Aug 27 - Water director Mat Weaver will hold a meeting with irrigation districts and groundwater pumpers in Idaho Falls on September 9.",
			want: []string{"2025-09-09 Mat Weaver;irrigation districts;groundwater pumpers"}},
		describedCase{name: "representatives of a group", pub: "2025-10-09",
			text: "LYON, Oct 9 - Transport Minister Philippe Tabarot will meet representatives of taxi drivers' unions on Monday, his ministry said.",
			want: []string{"2025-10-13 Philippe Tabarot;taxi drivers' unions"}},
		describedCase{name: "reporters are no group (guard)", pub: "2025-10-09",
			text: "LYON, Oct 9 - Transport Minister Philippe Tabarot met reporters on Monday after talks with the unions, his ministry said.",
			want: []string{"2025-10-06 Philippe Tabarot"}})
}

// TestFresh33bSet: the set the round's rule for groups met was written
// for, as a floor (after it: F1 1.000, place 0.833, participants P 0.929
// R 0.929).
func TestFresh33bSet(t *testing.T) {
	rep := evalFile(t, "fresh33b.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.80, participants: 0.90, partPrecision: 0.90})
}

// TestRound18OwnedBody: a body a sentence opens with, named in lower case
// as its owner's ("The union's strike committee will meet"), takes part
// under its owner's name when the story names the owner, and under its
// owner's kind when it does not (roles.go kindBody, ownedBody;
// clusterparties.go).
func TestRound18OwnedBody(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the owner named before", pub: "2025-06-11",
			text: "LIVERPOOL, June 11 - Dock workers rejected a pay offer, the Unite union said on Wednesday.\n\nThe union's strike committee will meet on Friday to set dates for a walkout, a union officer said.",
			want: []string{"2025-06-13 Unite strike committee"}},
		describedCase{name: "the owner not named", pub: "2025-04-08",
			text: "NAIROBI, April 8 - Kenyan lecturers extended their strike on Tuesday.\n\nThe union's national executive council will meet on Thursday to decide whether to call off the strike, its secretary-general said.",
			want: []string{"2025-04-10 union national executive council"}},
		describedCase{name: "a bank's own committee (guard)", pub: "2025-06-11",
			text: "BANGKOK, June 11 - The central bank's monetary policy committee will meet on Wednesday.",
			want: []string{"2025-06-11 central bank monetary policy committee"}})
}

// TestRound18QualifyingCountry: a country written as a nationality or a
// possessive that only says whose the named body after it is ("Brazil's
// state-run oil company Petrobras") is no party beside that name; a country
// standing for a party no name gives ("Japanese officials", "Colombia's
// government and the rebels") or beside a person stays (names.go
// dropQualifyingCountries).
func TestRound18QualifyingCountry(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a counterpart named (guard)", pub: "2025-09-01",
			text: "SEOUL, Sept 1 (Yonhap) -- Foreign Minister Cho Hyun will visit Tokyo on Wednesday for talks with his Japanese counterpart, Takeshi Iwaya, the ministry said.",
			want: []string{"2025-09-03 Cho Hyun;Japan;Takeshi Iwaya"}}, // (guard)
		describedCase{name: "a company named", pub: "2025-09-03",
			text: "SAO PAULO, Sept 3 - Brazil's state-run oil company Petrobras said on Wednesday its board of directors will meet on Friday to approve the plan.",
			want: []string{"2025-09-05 Petrobras"}},
		describedCase{name: "officials unnamed (guard)", pub: "2025-09-03",
			text: "SEOUL, Sept 3 - Vice Foreign Minister Cho Min-jae held talks with Japanese officials in Tokyo on Monday, the ministry said.",
			want: []string{"2025-09-01 Cho Min-jae;Japan"}},
		describedCase{name: "a government beside rebels (guard)", pub: "2025-09-03",
			text: "BOGOTA, Sept 3 - Colombia's government and the National Liberation Army will open a new round of peace talks in Caracas on Monday, negotiators said.",
			want: []string{"2025-09-08 Colombia's government;National Liberation Army"}})
}

// TestRound18AppositionAttends: the persons a later sentence says will
// testify or attend take part in the story's meeting when the last of them
// stands in an apposition to its owner's post ("X and fertilizer maker
// Norvane's chairman, Helen Achebe, are scheduled to testify"; sides.go
// attendList, ownerAppositionBefore). Written for testdata/fresh33d.jsonl
// (persons the story names after the meeting's sentence), measured once on
// 6393fc7: F1 0.923, place 1.000, participants P 0.833 R 0.714.
func TestRound18AppositionAttends(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "an apposition's witness", pub: "2025-05-12",
			text: "WASHINGTON, May 12 - The Senate Agriculture Committee will hold a hearing on Thursday on fertilizer prices, the committee said on Monday.\n\nPrices have doubled in two years.\n\nGrainland Cooperative chief executive Mark Ostrowski and fertilizer maker Norvane's chairman, Helen Achebe, are scheduled to testify.",
			want: []string{"2025-05-15 Senate Agriculture Committee;Mark Ostrowski;Helen Achebe"}},
		describedCase{name: "plain witnesses (guard)", pub: "2025-05-12",
			text: "WASHINGTON, May 12 - The Senate Agriculture Committee will hold a hearing on Thursday on fertilizer prices, the committee said on Monday.\n\nChief executive Mark Ostrowski and chairman Helen Achebe are scheduled to testify.",
			want: []string{"2025-05-15 Senate Agriculture Committee;Mark Ostrowski;Helen Achebe"}})
}

// TestFresh33eSet: venues in prose, notices and diary lines ("at the
// company's Carlton Centre headquarters in Johannesburg", "at the offices of
// Halden & Ward LLP, 12 Fenchurch Street, London", "- Port Administration
// Building, Room 4"), written from the guideline and measured once on
// da87cab: F1 1.000, place 1.000, participants P 0.875 R 1.000. A class
// already handled, so no rule followed; the set stays as a floor.
func TestFresh33eSet(t *testing.T) {
	rep := evalFile(t, "fresh33e.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.99, partPrecision: 0.85})
}

// TestRound18ClockDash: a schedule's line "DAY, MONTH D, 9:30 a.m. - <body>
// hearing" is one sentence, so its meeting has its day (sentences.go
// endsSentence, clockWord). Written for testdata/fresh33f.jsonl (schedules
// of day lines, from the guideline and the document kinds), measured once
// on 6533451: F1 0.500, place 1.000, participants P 1.000 R 1.000.
func TestRound18ClockDash(t *testing.T) {
	checkDescribed(t, dayTitleParties,
		describedCase{name: "a time before the dash", pub: "2025-06-13",
			text: "HOUSE COMMITTEE ON NATURAL RESOURCES\nWEEKLY SCHEDULE - WEEK OF JUNE 16, 2025\n\nMONDAY, JUNE 16, 9:30 a.m. - Subcommittee on Fisheries hearing on the reauthorization of the Coastal Zone Act.",
			want: []string{"2025-06-16 Subcommittee on Fisheries hearing|"}},
		describedCase{name: "a sentence that ends at a time (guard)", pub: "2025-06-13",
			text: "LIMA, June 13 - The ministers met until 2 p.m. The talks resume on Monday.",
			want: []string{"2025-06-13 Meeting|", "2025-06-16 Talks|"}})
}

// TestRound18PossessiveVenue: a building whose own name holds a
// possessive is the place ("in St Anne's Church Hall", "at King's
// College"); written for testdata/fresh33g.jsonl (documents of the
// annotators' kinds with their times and venues, from the guideline),
// measured once on ae67423: F1 0.900, place 0.556, participants P 0.583
// R 0.636 (place.go possessiveVenueAt; placeof.go placeOf).
func TestRound18PossessiveVenue(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a church hall", pub: "2025-10-20",
			text: "RIVERSIDE RESIDENTS' ASSOCIATION\n\nThe Annual General Meeting of the Riverside Residents' Association will be held on Tuesday 11 November 2025 at 7.30 p.m. in St Anne's Church Hall, Mill Lane.",
			want: []string{"2025-11-11 St Anne's Church Hall"}},
		describedCase{name: "a college", pub: "2025-05-05",
			text: "LONDON, May 5 - The talks will be held at King's College on Friday, officials said.",
			want: []string{"2025-05-09 King's College"}},
		describedCase{name: "a person's home (guard)", pub: "2025-05-05",
			text: "CARACAS, May 5 - The two leaders met at Lazaro's home on Friday, officials said.",
			want: []string{"2025-05-02 "}})
}

// TestRound18ScheduleLines: a diary's lines that each open with their day
// are sentences of their own though none ends with a full stop
// (sentences.ScheduleLine), and such a line's last column after a dash or
// a comma, when it names a room or a building, is its meeting's place
// (listingplace.go lineVenueOf, lineVenue, commaVenue; lastDash reads an em dash
// too); a room's words that close a line are no party ("Block C.").
func TestRound18ScheduleLines(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a diary's em-dash columns", pub: "2025-10-10",
			text: "MINISTER OF FOOD AND AGRICULTURE\nWEEKLY DIARY\n\nTuesday 14 October, 09.30 — Meeting with the Ghana Cocoa Board on the purchase price — Ministry boardroom\nWednesday 15 October, 14.00 — Bilateral talks with Kobenan Adjoumani — Ministry boardroom",
			want: []string{"2025-10-14 Ministry boardroom Ghana Cocoa Board", "2025-10-15 Ministry boardroom Kobenan Adjoumani"}},
		describedCase{name: "a timetable's comma column", pub: "2025-08-15",
			text: "Provisional timetable:\n- Thursday 13 November: arrival of delegations\n- Friday 14 November, 14:00: Executive Board meeting (Board members only), Taumeasina Island Resort\n- Saturday 15 November, 18:30: welcome dinner",
			want: []string{"2025-11-14 Taumeasina Island Resort Executive Board"}},
		describedCase{name: "a bulletin's room", pub: "2025-11-04",
			text: "UNISON BRANCH BULLETIN\n\nBranch meeting: Thursday 6 November, 12.30 p.m. – Staff Canteen, Block C.",
			want: []string{"2025-11-06 Staff Canteen, Block C "}},
		describedCase{name: "prose wrapped before a weekday (guard)", pub: "2025-11-04",
			text: "LONDON, Nov 4 - Union leaders will meet the employers on\nThursday 6 November to discuss the offer, the union said.",
			want: []string{"2025-11-06  Union leaders"}})
}

// TestRound18SameEvening: "on the same evening" (morning, afternoon,
// date) is "the same day" of the meeting told before it, and never a day
// the other way from its own tense (relday.go sameDayAt, sameDayWords,
// sameDayOther).
func TestRound18SameEvening(t *testing.T) {
	checkDescribed(t, dayTitleParties,
		describedCase{name: "the same evening", pub: "2025-10-20",
			text: "RIVERSIDE RESIDENTS' ASSOCIATION\n\nThe Annual General Meeting of the Riverside Residents' Association will be held on Tuesday 11 November 2025 at 7.30 p.m. in the Church Hall. All members are welcome.\n\nThe committee will meet at 6.45 p.m. on the same evening to approve the accounts.",
			want: []string{"2025-11-11 Annual General Meeting of the Riverside Residents' Association|Riverside Residents' Association", "2025-11-11 Riverside Residents' Association committee meeting|Riverside Residents' Association"}}, // round 19: the whole name, its plural possessive kept (namebounds.go chunkEnd)
		describedCase{name: "not a past day for a future meeting", pub: "2024-06-18",
			text: "New Delhi, June 18 (IANS) The council will meet on June 22, sources said.\n\nA group of ministers met virtually on Monday.\n\nOn the same morning, Sitharaman will hold a consultation with state finance ministers.",
			want: []string{"2024-06-22 Council meeting|", "2024-06-17 Meeting|", "2024-06-22 Sitharaman-ministers consultation|Sitharaman;state finance ministers"}})
}

// TestRound18TimeThenDay: a line's clock time before its weekday, day and
// month ("10am, Wednesday 18 February") is dated by the day and month, not
// by the weekday alone read backwards (timex clock.go dateAfter); a line's
// venue after a comma that follows its time or its day is its place
// (listingplace.go commaVenue). Written for testdata/fresh33h.jsonl
// (notices, releases, engagements, programmes and minutes with ordinals,
// "10am", "AM" and numbered lines; from the guideline), measured once on
// 622c204: F1 0.889, place 0.875, participants P 0.938 R 0.938.
func TestRound18TimeThenDay(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "an engagement's numbered line", pub: "2026-02-13",
			text: "LORD MAYOR'S ENGAGEMENTS\n\n1. Civic reception for the Lions Club, 6pm, Tuesday 17 February, Town Hall.\n2. Meeting with the Chamber of Commerce, 10am, Wednesday 18 February, Mayor's Parlour.",
			want: []string{"2026-02-18 Mayor's Parlour"}},
		describedCase{name: "minutes' next meeting", pub: "2026-02-16",
			text: "ELMWOOD ROWING CLUB\n\nPresent: J. Turner (Chair), M. Okoro (Secretary).\n\n5. Date of next meeting: Thursday 12 March 2026, 18:00, Club House.",
			want: []string{"2026-03-12 Club House"}},
		describedCase{name: "a clock time and its weekday (guard)", pub: "2026-02-13",
			text: "PARIS, Feb 13 - The ministers will meet at 3 p.m. Friday, officials said.",
			want: []string{"2026-02-13 "}})
}

// TestRound18Overnight: talks "held overnight" in a past clause were held
// the night before the dateline's day (timex relative.go dayWord: as
// TimeBank marks "overnight", a TIME of the night); "the overnight rate"
// is no date. Written for testdata/fresh33i.jsonl (wire stories of six
// agencies' forms: "(ANI):", "(Xinhua) --", a byline, "March 3 and 4",
// "this weekend", "overnight"; from the guideline), measured once on
// 694d310: F1 0.727, place 1.000, participants P 0.750 R 0.500.
func TestRound18Overnight(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "talks overnight", pub: "2025-10-14",
			text: "LA PAZ, Oct 14 (AFP) - Bolivia's government and striking miners held talks overnight in La Paz but failed to reach a deal, a spokesman said on Tuesday.",
			want: []string{"2025-10-13 past"}},
		describedCase{name: "the overnight rate (guard)", pub: "2025-10-14",
			text: "LONDON, Oct 14 - The overnight rate rose as the central bank's monetary policy committee met on Tuesday.",
			want: []string{"2025-10-14 past"}})
}

// TestRound18NumericDates: a notice's "21.08.2025" is day first, and
// "03/11/2025" is read in the order its clause's tense allows; "at 10.00
// hours" is a time of day, no span (timex dates.go numericOrder,
// durations.go clockHours). Written for testdata/fresh33j.jsonl (an AGM
// notice, a hearing notice, a circular, a European Council heading, a
// central bank release, a municipal notice; from the guideline), measured
// once on 26532de: F1 0.600, place 0.667, participants P 1.000 R 0.750.
func TestRound18NumericDates(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "dotted", pub: "2025-08-08",
			text: "ALL INDIA BANK EMPLOYEES FEDERATION\nCIRCULAR NO. 14/2025\n\nThe Executive Committee of the Federation will meet on 21.08.2025 at 10.00 hours at Shastri Bhawan, New Delhi.",
			want: []string{"2025-08-21 upcoming"}},
		describedCase{name: "slashed, day first by its tense", pub: "2025-10-28",
			text: "PUNE MUNICIPAL CORPORATION\n\nThe meeting of the Standing Committee will be held on 03/11/2025 at 3:00 PM in the Committee Room.",
			want: []string{"2025-11-03 upcoming"}},
		describedCase{name: "slashed, month first by its tense (guard)", pub: "1998-03-05",
			text: "WASHINGTON, March 5 - The board met on 03/04/1998 to review the plan, the company said.",
			want: []string{"1998-03-04 past"}})
}

// TestRound18HeadPlaceLine: a programme's head whose days line opens with
// its place ("Rotterdam, 24-25 March 2026") gives the gathering that place;
// a statement's "Oslo, 12 September 2025", one day of issue, does not
// (programmehead.go headVenue).
func TestRound18HeadPlaceLine(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a conference's head", pub: "2026-03-10",
			text: "NORTH SEA PORTS CONFERENCE 2026\nRotterdam, 24-25 March 2026\n\nPROGRAMME - DAY 1, TUESDAY 24 MARCH\n\n09:00–10:30 Opening plenary",
			want: []string{"2026-03-24 Rotterdam"}},
		describedCase{name: "a statement's day of issue (guard)", pub: "2025-09-12",
			text: "JOINT STATEMENT\nThird Meeting of the Norway-Indonesia Ocean Dialogue\n\nOslo, 12 September 2025\n\nThe Third Meeting of the Norway-Indonesia Ocean Dialogue was held in Bergen on 9-10 September 2025.",
			want: []string{"2025-09-09 Bergen", "2025-09-09 "}})
}

// TestRound18TwoAndColumn: "The two agreed to meet" stands for the two
// persons the story named before (sides.go twoSides, pairVerb); a bulleted
// diary line's last column that names a ministry is its place, the line
// read from its bullet though the reading's sentence opens after the time
// (listingplace.go mentionLines, ministryColumn). Written for
// testdata/fresh33k.jsonl (a readout, a school-board agenda, a union
// update, a wire story, a bulleted schedule, parish minutes; from the
// guideline), measured once on 9119e32: F1 0.952, place 0.800,
// participants P 0.818 R 0.562.
func TestRound18TwoAndColumn(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "the two", pub: "2025-08-20",
			text: "READOUT\n\nSecretary of State Marco Rubio spoke earlier today with Indian External Affairs Minister S. Jaishankar about trade. The two agreed to meet in person in New York next month.",
			want: []string{"2025-09 New York Marco Rubio;S. Jaishankar"}},
		describedCase{name: "a bulleted ministry column", pub: "2025-02-28",
			text: "WEEKLY SCHEDULE OF THE MINISTER OF FINANCE\nMonday 3 March 2025\n\n• 11:00 – Meeting with the Governor of the Central Bank, Dr. Ernest Addison – Ministry of Finance\n• 15:00 – Inspection of the new Customs headquarters, Tema",
			want: []string{"2025-03-03 Ministry of Finance Central Bank;Ernest Addison"}})
}

// TestRound18ConveneNamedBody: a body named with an "of" complement that
// holds names of its own ("The Monetary Policy Committee of the Bank of
// Uganda will convene on Thursday") is a group that convenes (mention.go
// ofComplementHead). Written for testdata/fresh33l.jsonl (a hearing
// notice, a meetings list, a release, a wire story, a forward look, a
// central bank release; from the guideline), measured once on ddd500c:
// F1 0.615, place 0.750, participants P 0.800 R 1.000.
func TestRound18ConveneNamedBody(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "a committee of a bank", pub: "2025-09-26",
			text: "BANK OF UGANDA\nPRESS RELEASE\n\nKAMPALA - The Monetary Policy Committee of the Bank of Uganda will convene on Thursday, 2 October 2025, and the decision will be announced at 11:00.",
			want: []string{"2025-10-02 Bank of Uganda Monetary Policy Committee"}},
		describedCase{name: "a crowd that gathers (guard)", pub: "2025-09-26",
			text: "KAMPALA, Sept 26 - Supporters of the Party of Unity will gather on Thursday in the capital, police said.",
			want: nil})
}

// TestRound18NoDateAcrossLines: a room's number closing one line and the
// month opening the next ("Room 2\nJan 21: ...") are no day and month
// (timex dates.go dayMonth); found with fresh33l's meetings list.
func TestRound18NoDateAcrossLines(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a meetings list", pub: "2026-01-09",
			text: "UPCOMING MEETINGS\n\nJan 14: Finance Committee, Room 2\nJan 21: Full Council, Council Chamber",
			want: []string{"2026-01-14 Room 2", "2026-01-21 Council Chamber"}})
}

// TestRound18HearingDateLabel: a record's "Hearing Date:" line is a label
// like "Date:", so the record's "Location:" gives the hearing its place
// (listing labelLine). Found with fresh33l's hearing notice.
func TestRound18HearingDateLabel(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a hearing notice's fields", pub: "2025-05-02",
			text: "STATE WATER RESOURCES CONTROL BOARD\nNOTICE OF PUBLIC HEARING\n\nThe State Water Resources Control Board will hold a public hearing on proposed drought regulations.\n\nHearing Date: Tuesday, May 20, 2025\nTime: 9:00 AM\nLocation: Coastal Hearing Room, 1001 I Street, Sacramento",
			want: []string{"2025-05-20 Coastal Hearing Room, 1001 I Street, Sacramento"}})
}

// TestRound18RecordPlaces: a newsletter's "– Committee meeting, Scout Hut",
// minutes' "DATE OF NEXT MEETING" over "Thursday 9 October 2025 at 2.00pm,
// Board Room", and "the Commission's offices, 12 Harbour Road, Suva" give
// their places (listingplace.go lineVenueOf, mentionLines, commaVenue;
// place.go addressAfter). Written for testdata/fresh33m.jsonl (a
// newsletter, minutes, a week-ahead list, a board notice, a regulator's
// notice, a strike bulletin; from the guideline), measured once on ff7d7c3:
// F1 0.933, place 0.429, participants P 0.889 R 0.800.
func TestRound18RecordPlaces(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a diary's hut", pub: "2025-06-05",
			text: "GREENBANK ALLOTMENT SOCIETY - JUNE NEWSLETTER\n\nDATES FOR YOUR DIARY\n• Saturday 14 June, 10am – Working party at the allotments\n• Tuesday 17 June, 7.30pm – Committee meeting, Scout Hut",
			want: []string{"2025-06-17 Scout Hut"}},
		describedCase{name: "the next meeting's line", pub: "2025-09-15",
			text: "NORTHFIELD HOUSING ASSOCIATION\nMINUTES OF THE BOARD MEETING HELD ON 11 SEPTEMBER 2025\n\nPresent: R. Adams (Chair), T. Nkemelu\n\n7. DATE OF NEXT MEETING\nThursday 9 October 2025 at 2.00pm, Board Room",
			want: []string{"2025-09-11 ", "2025-10-09 Board Room"}},
		describedCase{name: "an office's address", pub: "2026-02-17",
			text: "FIJI COMMERCE AND CONSUMER COMMISSION\nNOTICE\n\nThe Commission will hold a public hearing on the 3rd of March 2026, commencing at 10:00, at the Commission's offices, 12 Harbour Road, Suva.",
			want: []string{"2026-03-03 Commission's offices, 12 Harbour Road, Suva"}})
}

// TestRound18RecordTitle: a record's "Date/Time:" and "Hearing Date:"
// labels date it; its title is the meeting's line of a two-line heading
// ("BOARD OF TRUSTEES - SPECIAL MEETING" over the district's name), not a
// body's own line ("PLANNING COMMITTEE"); "SPECIAL MEETING - ..." opening a
// text is no dateline (listing.go records; ingest bodySuffixes).
func TestRound18RecordTitle(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a two-line heading", pub: "2026-01-28",
			text: "BOARD OF TRUSTEES - SPECIAL MEETING\nRIVERTON UNIFIED SCHOOL DISTRICT\n\nDate/Time: Monday, February 2, 2026, 6:00 p.m.\nLocation: District Office, 100 Main Street, Riverton",
			want: []string{"2026-02-02 District Office, 100 Main Street, Riverton"}},
		describedCase{name: "a meeting before the dash", pub: "2026-01-28",
			text: "SPECIAL MEETING - BOARD OF TRUSTEES\n\nDate: Monday, February 2, 2026\nLocation: District Office",
			want: []string{"2026-02-02 District Office"}})
}

// TestRound18GatheringWordNoParty: a gathering's own word is no party
// ("AGM" of "Annual General Meeting: Our AGM will be held ...", "Summit"),
// though "Congress" or "Assembly" may name a body (clusterparties.go
// meetingWordAlone). Written with testdata/fresh33n.jsonl (results of an
// AGM, a notice paper, a communiqué, a Council agenda, a mayor's schedule,
// a call readout; from the guideline), measured once on 6d59bf7: F1 0.909,
// place 0.800, participants P 0.500 R 0.300.
func TestRound18GatheringWordNoParty(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the AGM of a newsletter", pub: "2024-03-01",
			text: "FERNCLIFFE NATURALISTS' SOCIETY\nSPRING NEWSLETTER 2024\n\nAnnual General Meeting: Our AGM will be held on Saturday 23 March at 2.00 pm in St Aidan's Church Hall, Ferncliffe.\n\nThe committee met on 12 February and agreed the programme.",
			want: []string{"2024-03-23 ", "2024-02-12 "}},
		describedCase{name: "a party's congress (guard)", pub: "2025-07-22",
			text: "BENGALURU, July 22 (PTI) - Deputy Chief Minister DK Shivakumar met Congress leaders at the party office on Tuesday.",
			want: []string{"2025-07-22 DK Shivakumar;Congress"}})
}

// TestRound18HouseSits: a legislature that "will sit" on a day sits
// (sittings.go houseSits, rule head.house-sits); found with fresh33n's
// notice paper.
func TestRound18HouseSits(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "the House will sit", pub: "2025-06-06",
			text: "LEGISLATIVE ASSEMBLY OF WESTERN PROVINCE\nNOTICE PAPER No. 41\n\nThe House will sit at 2.00 pm on Tuesday 10 June 2025.",
			want: []string{"2025-06-10 upcoming"}},
		describedCase{name: "sat on a board (guard)", pub: "2025-06-06",
			text: "PERTH, June 6 - The former minister sat on the board of three companies until Tuesday, the commission said.",
			want: nil})
}

// TestRound18BulletedCalendar: a bulleted calendar's "- Jan 14 — Finance
// Committee, Room 2" lines are dated lines of a listing, each its body's
// meeting (listing.go CalendarLine, DateFirst read past the bullet). Found
// with fresh33l's meetings list.
func TestRound18BulletedCalendar(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "bulleted", pub: "2026-01-09",
			text: "UPCOMING MEETINGS\n\n- Jan 14 — Finance Committee, Room 2\n- Jan 21 — Full Council, Council Chamber",
			want: []string{"2026-01-14 Room 2", "2026-01-21 Council Chamber"}})
}

// TestRound18StartsOn: "after a two-day meeting that starts on Wednesday"
// starts on Wednesday, though the sentence tells the meeting as over
// before the decision (sentencesteps.go endOfRange, startVerbBefore).
// Written for testdata/fresh33o.jsonl (wire date forms; from the guideline),
// measured once on f230c01: F1 0.857, place 0.833, participants P 1.000
// R 0.889.
func TestRound18StartsOn(t *testing.T) {
	checkDescribed(t, dayEnd,
		describedCase{name: "starts on", pub: "2025-12-08",
			text: "ANKARA, Dec 8 (Reuters) - The central bank's monetary policy committee will announce its decision at 1200 GMT on Thursday after a two-day meeting that starts on Wednesday.",
			want: []string{"2025-12-10 2025-12-11"}},
		describedCase{name: "ended on (guard)", pub: "2025-12-08",
			text: "ANKARA, Dec 8 (Reuters) - Ministers ended a two-day meeting on Sunday without agreement, officials said.",
			want: []string{"2025-12-06 2025-12-07"}})
}
