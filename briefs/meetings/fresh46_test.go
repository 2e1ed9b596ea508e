package meetings

// Fresh documents for meetings set out as lists, round 31, written before
// any rule of the round and measured once on 5c79536:
// testdata/fresh46.jsonl (ten documents without a dateline: a planning
// board's schedule of hearings, a week-ahead calendar whose lines open
// "MON OCT 11 - CITY -", a shareholders' invitation to an "Ordinary
// General Assembly", a committee's programme of hearings at venues, a
// union bulletin, a federation's notice of a council meeting, a minister's
// diary table, a town council agenda, a joint press release, a trust's
// board readout), F1 0.636 (21 of 42 found, 3 false alarms), place 0.762,
// participants P 0.800 (24/30), R 0.800 (24/30). Cases named "(guard)"
// pass on the code before their rule too.

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestRound31WeekAheadCityLines: a week-ahead line "WED OCT 13 - LUXEMBOURG
// - ..." is a calendar line however long its event (listing.cityDashed),
// its month may be spelt in capitals past three letters ("SEPT"), and its
// event may be "X meets ahead of Y" or "X joint committee, sixth session"
// (mention.go isMeetingVerb, isMeetingNoun).
func TestRound31WeekAheadCityLines(t *testing.T) {
	const head = "WEEK AHEAD - Energy and commodities, Oct 11-16\nCompiled Friday, Oct 8, 2021. Times local.\n\n"
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a long line", pub: "2021-10-08",
			text: head + "TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\nWED OCT 13 - LUXEMBOURG - EU energy ministers meet; gas price measures on agenda (to Oct 14).\n",
			want: []string{"2021-10-12 Canberra economics committee", "2021-10-13 Luxembourg EU energy ministers"}},
		describedCase{name: "meets ahead of", pub: "2021-10-08",
			text: head + "MON OCT 11 - VIENNA - OPEC technical committee meets ahead of the ministerial review.\nTUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\n",
			want: []string{"2021-10-11 Vienna OPEC", "2021-10-12 Canberra economics committee"}},
		describedCase{name: "a body's numbered session", pub: "2021-10-08",
			text: head + "TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\nTHU OCT 14 - SANTIAGO - Chile-Peru joint mining commission, third session.\n",
			want: []string{"2021-10-12 Canberra economics committee", "2021-10-14 Santiago Chile;Peru"}},
		describedCase{name: "a month in capitals", pub: "2016-09-23",
			text: "WEEK AHEAD - Sept 26 to Oct 1\nCompiled Friday, Sept 23, 2016.\n\nWED SEPT 28 - LONDON - CPWA postal executive meets to consider result of strike ballot.\nTHU SEPT 29 - DUBLIN - Fingal Coast Health Board monthly meeting; hospital overcrowding report.\n",
			want: []string{"2016-09-28 London CPWA", "2016-09-29 Dublin Fingal Coast Health Board"}},
		describedCase{name: "a market's line (guard)", pub: "2021-10-08",
			text: head + "TUE OCT 12 - DATA - China: September trade figures.\nTUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\n",
			want: []string{"2021-10-12 Canberra economics committee"}})
}

// TestRound31ScheduleLines: a schedule's line that opens with its whole
// day and names no meeting of its own is a sitting of the kind its lead
// names in the plural (schedulelines.go scheduleLines, rule
// listing.schedule-line): at the venue its event opens with, with the
// witnesses or applicant it names; the lead and the schedule's title are
// no meetings of their own. A line called off, or the days of a lead that
// gives its own range, make none.
func TestRound31ScheduleLines(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a planning board's hearings", pub: "2019-02-11",
			text: "HARLOW COUNTY PLANNING BOARD\nSchedule of Public Hearings, February to April 2019\n\nHearings begin at 7:00 p.m. in the Board Room, County Administration Building, 40 Mercer Street, Harlow, unless another place is given.\n\nTuesday, February 19, 2019 - Application PB-19-01: Subdivision of 9.6 acres on Mill Pond Road into 14 lots (applicant: Brookfield Glen LLC).\nTuesday, March 5, 2019 - Application PB-19-03: Site plan for Eastgate Commons, Phase I.\n",
			want: []string{
				"2019-02-19 Board Room, County Administration Building, 40 Mercer Street, Harlow HARLOW COUNTY PLANNING BOARD;Brookfield Glen LLC",
				"2019-03-05 Board Room, County Administration Building, 40 Mercer Street, Harlow HARLOW COUNTY PLANNING BOARD"}},
		describedCase{name: "a committee's hearings at venues", pub: "2005-06-04",
			text: "KWAZULU-NATAL PROVINCIAL LEGISLATURE\nPORTFOLIO COMMITTEE ON AGRICULTURE AND ENVIRONMENTAL AFFAIRS\nPROGRAMME OF PUBLIC HEARINGS ON THE DRAFT GAME RANCHING BILL\n\nThe Portfolio Committee on Agriculture and Environmental Affairs will take evidence on the draft bill at the following venues:\n\nTuesday 7 June 2005, 10:00 - Community Hall, Ulundi. Witnesses: traditional councils of the Mahlabathini area.\n\nWednesday 8 June 2005, 14:00 - Committee Room 3, Legislature Building, Pietermaritzburg. Witnesses: Ngwenya Wildlife Trust; Department of Agriculture.\n",
			want: []string{
				"2005-06-07 Community Hall, Ulundi Portfolio Committee on Agriculture and Environmental Affairs",
				"2005-06-08 Committee Room 3, Legislature Building, Pietermaritzburg Portfolio Committee on Agriculture and Environmental Affairs;Ngwenya Wildlife Trust;Department of Agriculture"}},
	)
	checkDescribed(t, func(m briefs.Meeting) string { return m.Date },
		describedCase{name: "a line called off", pub: "2026-04-10",
			text: "SENATE COMMITTEE HEARINGS - WEEK OF APRIL 13, 2026\n\nWednesday, April 15, 2026, 10:00 a.m. - Committee on Energy and Natural Resources. Hearing on wildfire resilience. POSTPONED.\n\nThursday, April 16, 2026, 10:00 a.m. - Committee on Foreign Relations. Business meeting to consider pending treaties. S-116 Capitol.\n",
			want: []string{"2026-04-16"}},
		describedCase{name: "the days of a lead's range (guard)", pub: "2025-05-22",
			text: "ECONOMICS LEGISLATION COMMITTEE\n\nThe committee will hold public hearings on the Budget Estimates from Tuesday 3 June to Thursday 5 June 2025 in Committee Room 2S1, Parliament House, Canberra.\n\nTuesday 3 June: Treasury portfolio — Department of the Treasury; Australian Taxation Office\nWednesday 4 June: Treasury portfolio (continued) — Productivity Commission\n",
			want: []string{"2025-06-03"}})
}

// TestRound31FederationNotice: a federation's notice (fresh46-06): "The
// Athletes' Committee will hold its annual meeting ... next month" is the
// committee's own meeting, not the council's named before
// (mention.go namedHolderOwn); "The Technical Commission met in Lagos last
// week and recommended that the junior regatta be moved from March to May"
// is a meeting, its body governing the sport (extract.go governance) and
// the regatta, not the meeting, moved (sentencesteps.go thatClauseBetween);
// "the WARC Congress, which will be held in Dakar on 25-26 November" is a
// gathering (mention.go heldNext).
func TestRound31FederationNotice(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "its annual meeting, a named holder's own", pub: "2016-08-30",
			text: "ACCRA, Aug 30 (Reuters) - The Council of the West African Rowing Confederation (WARC) will meet in Accra on Saturday, 17 September 2016.\n\nThe Athletes' Committee will hold its annual meeting by video link next month.",
			want: []string{"2016-09-17 Accra WARC", "2016-09  Athletes' Committee"}},
		describedCase{name: "the body recommended that the regatta be moved", pub: "2016-08-30",
			text: "ACCRA, Aug 30 (Reuters) - The Technical Commission met in Lagos last week and recommended that the junior regatta be moved from March to May.",
			want: []string{"2016-08-22 Lagos Technical Commission"}},
		describedCase{name: "a congress which will be held", pub: "2016-08-30",
			text: "ACCRA, Aug 30 (Reuters) - Delegates discussed arrangements for the WARC Congress, which will be held in Dakar on 25-26 November 2016.",
			want: []string{"2016-11-25 Dakar WARC"}},
		describedCase{name: "a meeting that was postponed (guard)", pub: "2025-09-04",
			text: "JOHANNESBURG, Sept 4 (Reuters) - A meeting of Group of 20 development ministers that South Africa was due to host in Durban next week has been postponed to October, officials said.",
			want: []string{"2025-10 Durban Group of 20;South Africa"}})
}

// TestRound31GeneralAssembly: a company's "Ordinary" or "Extraordinary
// General Assembly" is its general meeting, as Gulf and Turkish notices
// name it (mention.go assemblySitting, shareholderAssemblies); "the
// Articles of Association", "a Memorandum of Understanding" are no parties
// (notices.go formalNotParty).
func TestRound31GeneralAssembly(t *testing.T) {
	const notice = "AL-WAHA CERAMICS COMPANY (K.S.C.)\nInvitation to the Ordinary and Extraordinary General Assemblies\n\nThe Board of Directors of Al-Waha Ceramics Company is pleased to invite the shareholders to attend the Ordinary General Assembly, to be held at 11:00 a.m. on Monday, 18 April 2011 at the Crowne Hall, Salmiya, Kuwait, to discuss the following agenda:\n1. The Board of Directors' report for the year ended 31 December 2010.\n2. The auditors' report and the financial statements.\n3. Approval of a cash dividend of 15 fils per share.\n\nThe Extraordinary General Assembly will be held at the same place immediately after the Ordinary General Assembly, to approve amendments to Articles 5 and 18 of the Articles of Association.\n\nShould the quorum not be reached, the adjourned Ordinary General Assembly will be held on Monday, 25 April 2011 at the same time and place.\n\nThe Board of Directors approved this invitation at its meeting on 20 March 2011."
	checkDescribed(t, func(m briefs.Meeting) string { return m.Date + " " + m.Title },
		describedCase{name: "ordinary and extraordinary", pub: "2011-03-27", text: notice,
			want: []string{"2011-04-18 Ordinary General Assembly", "2011-04-18 Extraordinary General Assembly", "2011-03-20 Board of Directors meeting"}},
		describedCase{name: "the UN's General Assembly (guard)", pub: "2011-03-27",
			text: "NEW YORK, March 27 (Reuters) - The General Assembly will vote on Monday on the resolution, diplomats said.",
			want: nil})
	checkDescribed(t, partiesOnly,
		describedCase{name: "a memorandum is no party", pub: "2025-11-05",
			text: "SEOUL, Nov 5 (Yonhap) - President Kim Hyun-soo held summit talks with Ghanaian President Kwabena Asante-Mensah on Tuesday and the two leaders witnessed the signing of a Memorandum of Understanding on Cooperation.",
			want: []string{"Kim Hyun-soo;Kwabena Asante-Mensah"}})
}

// TestRound31BulletinSessions: a union bulletin (fresh46-05): "The fifth
// session will take place on Friday, 26 July, at the Seafarers' Centre."
// opens a sentence with a numbered session to come (mention.go
// takesPlace); "met by conference call on Sunday evening" is a meeting.
func TestRound31BulletinSessions(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "the fifth session will take place", pub: "2013-07-15",
			text: "Negotiations with Meridian Towage Ltd\nThe fourth negotiating session with Meridian Towage was held on Thursday at the Dock Road complex. The fifth session will take place on Friday, 26 July, at the Seafarers' Centre.",
			want: []string{"2013-07-11 Dock Road", "2013-07-26 Seafarers' Centre"}},
		describedCase{name: "met by conference call", pub: "2013-07-15",
			text: "LONDON, July 15 (Reuters) - The union's branch committee met by conference call on Sunday evening and agreed to ballot members.",
			want: []string{"2013-07-14 "}},
		describedCase{name: "a market session (guard)", pub: "2013-07-15",
			text: "LONDON, July 15 (Reuters) - The fifth session of losses left the index at a three-month low on Friday.",
			want: nil})
}

// TestRound31DiaryTable: a minister's diary table (fresh46-07): a row's
// last " | " column is its venue (listingplace.go lastColumn), and
// "Briefing to the Parliamentary Standing Committee on ..." is the
// committee's hearing of the minister (hearings.go testifies).
func TestRound31DiaryTable(t *testing.T) {
	const diary = "Ministry of Fisheries and Marine Resources\nPublic schedule of the Minister, Hon. Teresa Nakamwe, week of 5 May 2008\nPublished 2 May 2008\n\n"
	checkDescribed(t, dayPlace,
		describedCase{name: "a row's last column", pub: "2008-05-02",
			text: diary + "Mon 5 May | 09:00 | Cabinet meeting | State House, Windhoek\nMon 5 May | 15:00 | Meeting with the Hake Quota Holders' Association | Ministry boardroom\n",
			want: []string{"2008-05-05 State House, Windhoek", "2008-05-05 Ministry boardroom"}},
		describedCase{name: "a briefing to a committee", pub: "2008-05-02",
			text: diary + "Mon 5 May | 09:00 | Cabinet meeting | State House, Windhoek\nTue 6 May | 10:30 | Briefing to the Parliamentary Standing Committee on Natural Resources | Parliament Building, Windhoek\n",
			want: []string{"2008-05-05 State House, Windhoek", "2008-05-06 Parliament Building, Windhoek"}},
		describedCase{name: "a briefing for reporters (guard)", pub: "2008-05-02",
			text: diary + "Mon 5 May | 09:00 | Cabinet meeting | State House, Windhoek\nTue 6 May | 10:30 | Briefing to the media | Ministry foyer\n",
			want: []string{"2008-05-05 State House, Windhoek"}})
}

// TestRound31HeadingMeetingJoined: a notice's heading that names a
// meeting and its day ("Readout: Board of Trustees meeting, 14 November
// 2023") is the meeting its body tells on that day with a party named in
// part by the heading (cluster.go joinHeadingMeeting): one meeting, not
// two; a heading's range over a programme's sittings is not joined.
func TestRound31HeadingMeetingJoined(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a readout's heading", pub: "2023-11-16",
			text: "Readout: Board of Trustees meeting, 14 November 2023\n\nKestrel Valley Water Trust\n\nThe Board of Trustees of Kestrel Valley Water Trust met on 14 November 2023 at the Trust's offices in Larkhill. Trustees approved the 2024 capital programme.\n\nThe Board will next meet on 23 January 2024 in Larkhill.",
			want: []string{"2023-11-14 Larkhill", "2024-01-23 Larkhill"}},
		describedCase{name: "a forum's range over its sittings (guard)", pub: "2025-10-01",
			text: "Pacific Ports Forum 2025 – Suva, Fiji, Tuesday 14 – Wednesday 15 October 2025, Grand Pacific Hotel\n\nDay 1 – Tuesday 14 October\n09:30 Opening plenary\n14:00 Ministerial roundtable (closed session) – Transport ministers of Fiji, Samoa and Tonga\n",
			want: []string{"2025-10-14 Grand Pacific Hotel", "2025-10-14 "}})
}
