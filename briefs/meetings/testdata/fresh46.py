#!/usr/bin/env python3
"""Build fresh46.jsonl: 10 invented documents (no dateline) on meetings set out as lists (round 31): a
planning board's schedule of hearings, one line a hearing; a week-ahead calendar whose lines open
"MON OCT 11 - CITY -"; a shareholders' invitation to an "Ordinary General Assembly"; a committee's
programme of hearings at venues across a province; a union bulletin ("The fifth session will take place
on Friday, 26 July"); a federation's notice of a council meeting with a congress "which will be held in
Dakar on 25-26 November"; a minister's diary table; a town council agenda approving past minutes; a joint
press release; a trust's board readout whose heading repeats the body's meeting. Written before any rule
of round 31 and measured once."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set

S = Set("f46")
doc = S.doc

# ---------------------------------------------------------------- 01 hearing schedule
p = "2019-02-11"
BR = "Board Room, County Administration Building, Harlow"
PB = "Harlow County Planning Board"
doc(1, p, "Harlow County Planning Board - schedule of public hearings, February to April 2019", """
HARLOW COUNTY PLANNING BOARD
Schedule of Public Hearings, February to April 2019
Issued February 11, 2019

Hearings begin at 7:00 p.m. in the Board Room, County Administration Building, 40 Mercer Street, Harlow, unless another place is given.

Tuesday, February 19, 2019 - Application PB-19-01: Subdivision of 9.6 acres on Mill Pond Road into 14 lots (applicant: Brookfield Glen LLC).
Tuesday, March 5, 2019 - Application PB-19-03: Site plan for Eastgate Commons, Phase I.
Tuesday, March 19, 2019 - Draft Harlow Riverfront Plan; location: Harlow Middle School cafeteria, 12 Elm Avenue.
Tuesday, April 2, 2019 - Application PB-19-06: Special permit for a cell tower on Ridge Road.

The Board reviewed the draft Riverfront Plan at a work session on January 29, 2019.

Written comments are due by noon on the Friday before each hearing.
""", [
    M("Planning Board hearing, February 19", ["subdivision", "pb-19-01"], "2019-02-19", "day", BR,
      [PB, "Brookfield Glen LLC"], "upcoming",
      "Tuesday, February 19, 2019 - Application PB-19-01: Subdivision of 9.6 acres on Mill Pond Road into 14 lots (applicant: Brookfield Glen LLC)."),
    M("Planning Board hearing, March 5", ["eastgate commons", "pb-19-03"], "2019-03-05", "day", BR, [PB], "upcoming",
      "Tuesday, March 5, 2019 - Application PB-19-03: Site plan for Eastgate Commons, Phase I."),
    M("Planning Board hearing on the Riverfront Plan, March 19", ["riverfront plan"], "2019-03-19", "day",
      "Harlow Middle School cafeteria, 12 Elm Avenue", [PB], "upcoming",
      "Tuesday, March 19, 2019 - Draft Harlow Riverfront Plan; location: Harlow Middle School cafeteria, 12 Elm Avenue."),
    M("Planning Board hearing, April 2", ["cell tower", "pb-19-06"], "2019-04-02", "day", BR, [PB], "upcoming",
      "Tuesday, April 2, 2019 - Application PB-19-06: Special permit for a cell tower on Ridge Road."),
    M("Planning Board work session, January 29", ["work session"], "2019-01-29", "day", None, [PB], "past",
      "The Board reviewed the draft Riverfront Plan at a work session on January 29, 2019."),
])

# ---------------------------------------------------------------- 02 week ahead, capitals
p = "2021-10-08"
doc(2, p, "WEEK AHEAD: Energy and commodities, Oct 11-16", """
WEEK AHEAD - Energy and commodities, Oct 11-16
Compiled Friday, Oct 8, 2021. Times local; dates subject to change.

MON OCT 11 - VIENNA - OPEC technical committee meets ahead of the ministerial review.
MON OCT 11 - OSLO - Nordfjell Kraft AS extraordinary general meeting on the sale of its grid unit.
TUE OCT 12 - DATA - China: September trade figures.
TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.
WED OCT 13 - LUXEMBOURG - EU energy ministers meet; gas price measures on agenda (to Oct 14).
THU OCT 14 - SANTIAGO - Chile-Peru joint mining commission, third session.
FRI OCT 15 - JAKARTA - Indonesian Coal Producers Association annual congress.
SAT OCT 16 - FOOTBALL - Cup semi-final: Ferro United v Port Athletic.
""", [
    M("OPEC technical committee", ["technical committee"], "2021-10-11", "day", "Vienna", ["OPEC technical committee"], "upcoming",
      "MON OCT 11 - VIENNA - OPEC technical committee meets ahead of the ministerial review."),
    M("Nordfjell Kraft EGM", ["extraordinary general meeting"], "2021-10-11", "day", "Oslo", ["Nordfjell Kraft AS"], "upcoming",
      "MON OCT 11 - OSLO - Nordfjell Kraft AS extraordinary general meeting on the sale of its grid unit."),
    M("Senate economics committee hearing", ["senate economics committee"], "2021-10-12", "day", "Canberra",
      ["Senate economics committee"], "upcoming",
      "TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls."),
    M("EU energy ministers meeting", ["eu energy ministers"], "2021-10-13", "day", "Luxembourg", ["EU energy ministers"], "upcoming",
      "WED OCT 13 - LUXEMBOURG - EU energy ministers meet; gas price measures on agenda (to Oct 14).", end="2021-10-14"),
    M("Chile-Peru joint mining commission", ["joint mining commission"], "2021-10-14", "day", "Santiago", ["Chile", "Peru"], "upcoming",
      "THU OCT 14 - SANTIAGO - Chile-Peru joint mining commission, third session."),
    M("Indonesian Coal Producers Association congress", ["annual congress"], "2021-10-15", "day", "Jakarta",
      ["Indonesian Coal Producers Association"], "upcoming",
      "FRI OCT 15 - JAKARTA - Indonesian Coal Producers Association annual congress."),
])

# ---------------------------------------------------------------- 03 general assemblies
p = "2011-03-27"
HALL = "Crowne Hall, Salmiya, Kuwait"
AW = "Al-Waha Ceramics Company"
doc(3, p, "Al-Waha Ceramics Company - invitation to the general assemblies", """
AL-WAHA CERAMICS COMPANY (K.S.C.)
Invitation to the Ordinary and Extraordinary General Assemblies

The Board of Directors of Al-Waha Ceramics Company is pleased to invite the shareholders to attend the Ordinary General Assembly, to be held at 11:00 a.m. on Monday, 18 April 2011 at the Crowne Hall, Salmiya, Kuwait, to discuss the following agenda:
1. The Board of Directors' report for the year ended 31 December 2010.
2. The auditors' report and the financial statements.
3. Approval of a cash dividend of 15 fils per share.

The Extraordinary General Assembly will be held at the same place immediately after the Ordinary General Assembly, to approve amendments to Articles 5 and 18 of the Articles of Association.

Should the quorum not be reached, the adjourned Ordinary General Assembly will be held on Monday, 25 April 2011 at the same time and place.

The Board of Directors approved this invitation at its meeting on 20 March 2011.
""", [
    M("Al-Waha Ceramics ordinary general assembly", ["ordinary general assembly"], "2011-04-18", "day", HALL, [AW], "upcoming",
      "The Board of Directors of Al-Waha Ceramics Company is pleased to invite the shareholders to attend the Ordinary General Assembly, to be held at 11:00 a.m. on Monday, 18 April 2011 at the Crowne Hall, Salmiya, Kuwait, to discuss the following agenda:"),
    M("Al-Waha Ceramics extraordinary general assembly", ["extraordinary general assembly"], "2011-04-18", "day", HALL, [AW], "upcoming",
      "The Extraordinary General Assembly will be held at the same place immediately after the Ordinary General Assembly, to approve amendments to Articles 5 and 18 of the Articles of Association."),
    M("Adjourned ordinary general assembly (if no quorum)", ["adjourned"], "2011-04-25", "day", HALL, [AW], "upcoming",
      "Should the quorum not be reached, the adjourned Ordinary General Assembly will be held on Monday, 25 April 2011 at the same time and place.",
      optional=True),
    M("Al-Waha Ceramics board meeting", ["board of directors"], "2011-03-20", "day", None, [AW], "past",
      "The Board of Directors approved this invitation at its meeting on 20 March 2011."),
])

# ---------------------------------------------------------------- 04 programme of hearings at venues
p = "2005-06-04"
PC = "Portfolio Committee on Agriculture and Environmental Affairs"
doc(4, p, "KwaZulu-Natal legislature - programme of public hearings on the Game Ranching Bill", """
KWAZULU-NATAL PROVINCIAL LEGISLATURE
PORTFOLIO COMMITTEE ON AGRICULTURE AND ENVIRONMENTAL AFFAIRS
PROGRAMME OF PUBLIC HEARINGS ON THE DRAFT GAME RANCHING BILL

Pietermaritzburg, 4 June 2005

The Portfolio Committee on Agriculture and Environmental Affairs will take evidence on the draft bill at the following venues:

Monday 6 June 2005, 10:00 - Town Hall, Vryheid. Witnesses: Zululand Game Ranchers' Association; Bivane Local Municipality.

Tuesday 7 June 2005, 10:00 - Community Hall, Ulundi. Witnesses: traditional councils of the Mahlabathini area.

Wednesday 8 June 2005, 14:00 - Committee Room 3, Legislature Building, Pietermaritzburg. Witnesses: Ngwenya Wildlife Trust; Department of Agriculture.

The Committee agreed this programme at its meeting of 31 May 2005. Written submissions close on 17 June 2005.
""", [
    M("Committee hearing in Vryheid", ["vryheid"], "2005-06-06", "day", "Town Hall, Vryheid",
      [PC, "Zululand Game Ranchers' Association", "Bivane Local Municipality"], "upcoming",
      "Monday 6 June 2005, 10:00 - Town Hall, Vryheid. Witnesses: Zululand Game Ranchers' Association; Bivane Local Municipality."),
    M("Committee hearing in Ulundi", ["ulundi"], "2005-06-07", "day", "Community Hall, Ulundi",
      [PC, "traditional councils of the Mahlabathini area"], "upcoming",
      "Tuesday 7 June 2005, 10:00 - Community Hall, Ulundi. Witnesses: traditional councils of the Mahlabathini area."),
    M("Committee hearing in Pietermaritzburg", ["committee room 3"], "2005-06-08", "day",
      "Committee Room 3, Legislature Building, Pietermaritzburg", [PC, "Ngwenya Wildlife Trust", "Department of Agriculture"], "upcoming",
      "Wednesday 8 June 2005, 14:00 - Committee Room 3, Legislature Building, Pietermaritzburg. Witnesses: Ngwenya Wildlife Trust; Department of Agriculture."),
    M("Committee meeting of 31 May", ["meeting of 31 may"], "2005-05-31", "day", None, [PC], "past",
      "The Committee agreed this programme at its meeting of 31 May 2005."),
])

# ---------------------------------------------------------------- 05 union bulletin
p = "2013-07-15"
HU = "Harbour Pilots' and Tug Crews' Union"
doc(5, p, "Harbour Pilots' and Tug Crews' Union - branch bulletin No. 14", """
HARBOUR PILOTS' AND TUG CREWS' UNION - BRANCH BULLETIN No. 14
15 July 2013

Negotiations with Meridian Towage Ltd
The fourth negotiating session with Meridian Towage was held on Thursday at the company's offices in the Dock Road complex. The company repeated its offer of 2.5 per cent and refused to discuss crewing levels. The fifth session will take place on Friday, 26 July, at the Seafarers' Centre.

Branch committee
The branch committee met by conference call on Sunday evening and agreed to ballot members on an overtime ban if the fifth session fails.

Members' meeting
A mass meeting of members will follow on Saturday 27 July at 10:00 in the Seafarers' Centre hall.
""", [
    M("Fourth negotiating session with Meridian Towage", ["fourth negotiating session"], "2013-07-11", "day",
      "Meridian Towage offices, Dock Road complex", [HU, "Meridian Towage Ltd"], "past",
      "The fourth negotiating session with Meridian Towage was held on Thursday at the company's offices in the Dock Road complex."),
    M("Fifth negotiating session", ["fifth session"], "2013-07-26", "day", "Seafarers' Centre", [HU, "Meridian Towage Ltd"], "upcoming",
      "The fifth session will take place on Friday, 26 July, at the Seafarers' Centre."),
    M("Branch committee conference call", ["branch committee"], "2013-07-14", "day", None, [HU], "past",
      "The branch committee met by conference call on Sunday evening and agreed to ballot members on an overtime ban if the fifth session fails."),
    M("Mass meeting of members", ["mass meeting"], "2013-07-27", "day", "Seafarers' Centre hall", [HU], "upcoming",
      "A mass meeting of members will follow on Saturday 27 July at 10:00 in the Seafarers' Centre hall."),
])

# ---------------------------------------------------------------- 06 federation notice
p = "2016-08-30"
WR = "West African Rowing Confederation"
doc(6, p, "West African Rowing Confederation - notice of Council meeting", """
WEST AFRICAN ROWING CONFEDERATION
Notice of Council Meeting

The Council of the West African Rowing Confederation (WARC) will meet at the Confederation's secretariat in Accra on Saturday, 17 September 2016, at 09:00.

Agenda:
1. Report of the Technical Commission
2. Calendar of regional regattas for 2017
3. Arrangements for the WARC Congress, which will be held in Dakar on 25-26 November 2016

The Technical Commission met in Lagos last week and recommended that the junior regatta be moved from March to May.

The Athletes' Committee will hold its annual meeting by video link next month.

Secretary General, 30 August 2016
""", [
    M("WARC Council meeting", ["council"], "2016-09-17", "day", "Confederation's secretariat, Accra", [WR], "upcoming",
      "The Council of the West African Rowing Confederation (WARC) will meet at the Confederation's secretariat in Accra on Saturday, 17 September 2016, at 09:00."),
    M("WARC Congress in Dakar", ["congress"], "2016-11-25", "day", "Dakar", [WR], "upcoming",
      "3. Arrangements for the WARC Congress, which will be held in Dakar on 25-26 November 2016", end="2016-11-26"),
    M("Technical Commission meeting in Lagos", ["technical commission"], "2016-08-22", "week", "Lagos", ["Technical Commission"], "past",
      "The Technical Commission met in Lagos last week and recommended that the junior regatta be moved from March to May."),
    M("Athletes' Committee annual meeting", ["athletes' committee"], "2016-09", "month", None, ["Athletes' Committee"], "upcoming",
      "The Athletes' Committee will hold its annual meeting by video link next month."),
])

# ---------------------------------------------------------------- 07 minister's diary table
p = "2008-05-02"
TN = "Teresa Nakamwe"
doc(7, p, "Public schedule of the Minister of Fisheries and Marine Resources, week of 5 May 2008", """
Ministry of Fisheries and Marine Resources
Public schedule of the Minister, Hon. Teresa Nakamwe, week of 5 May 2008
Published 2 May 2008

Mon 5 May | 09:00 | Cabinet meeting | State House, Windhoek
Mon 5 May | 15:00 | Meeting with the Hake Quota Holders' Association | Ministry boardroom
Tue 6 May | 10:30 | Briefing to the Parliamentary Standing Committee on Natural Resources | Parliament Building, Windhoek
Wed 7 May | all day | Travel to Walvis Bay
Thu 8 May | 11:00 | Courtesy call by the Ambassador of Spain, Mr. Luis Ortega | Ministry boardroom
Fri 9 May | 09:30 | Opening of the Benguela Current Commission annual session (to 10 May) | Swakopmund
""", [
    M("Cabinet meeting", ["cabinet meeting"], "2008-05-05", "day", "State House, Windhoek", [TN, "Cabinet"], "upcoming",
      "Mon 5 May | 09:00 | Cabinet meeting | State House, Windhoek"),
    M("Meeting with hake quota holders", ["hake quota holders"], "2008-05-05", "day", "Ministry boardroom",
      [TN, "Hake Quota Holders' Association"], "upcoming",
      "Mon 5 May | 15:00 | Meeting with the Hake Quota Holders' Association | Ministry boardroom"),
    M("Briefing to the standing committee", ["standing committee"], "2008-05-06", "day", "Parliament Building, Windhoek",
      [TN, "Parliamentary Standing Committee on Natural Resources"], "upcoming",
      "Tue 6 May | 10:30 | Briefing to the Parliamentary Standing Committee on Natural Resources | Parliament Building, Windhoek"),
    M("Courtesy call by the Spanish ambassador", ["courtesy call"], "2008-05-08", "day", "Ministry boardroom",
      [TN, "Luis Ortega"], "upcoming",
      "Thu 8 May | 11:00 | Courtesy call by the Ambassador of Spain, Mr. Luis Ortega | Ministry boardroom", optional=True),
    M("Benguela Current Commission annual session", ["benguela current commission"], "2008-05-09", "day", "Swakopmund",
      [TN, "Benguela Current Commission"], "upcoming",
      "Fri 9 May | 09:30 | Opening of the Benguela Current Commission annual session (to 10 May) | Swakopmund", end="2008-05-10"),
])

# ---------------------------------------------------------------- 08 council agenda
p = "2023-11-03"
KC = "Keswick Falls Town Council"
doc(8, p, "Keswick Falls Town Council - agenda, regular meeting of November 6, 2023", """
KESWICK FALLS TOWN COUNCIL
Regular Meeting
Monday, November 6, 2023 - 7:00 p.m.
Council Chambers, Town Hall, 100 Main Street

AGENDA
1. Call to order and roll call
2. Approval of minutes of the October 16, 2023 regular meeting and the October 23, 2023 budget work session
3. Public comment
4. Report of the Parks and Recreation Commission on its October 25 meeting
5. Ordinance 2023-14: Sidewalk repairs (second reading)
6. Set date for a joint workshop with the Keswick Falls School Board: Monday, November 20, 2023, 6:00 p.m., Library meeting room
7. Adjournment
""", [
    M("Town Council regular meeting, November 6", ["regular meeting"], "2023-11-06", "day",
      "Council Chambers, Town Hall, 100 Main Street", [KC], "upcoming", "Monday, November 6, 2023 - 7:00 p.m."),
    M("Town Council regular meeting, October 16", ["october 16, 2023 regular meeting"], "2023-10-16", "day", None, [KC], "past",
      "2. Approval of minutes of the October 16, 2023 regular meeting and the October 23, 2023 budget work session"),
    M("Town Council budget work session, October 23", ["budget work session"], "2023-10-23", "day", None, [KC], "past",
      "2. Approval of minutes of the October 16, 2023 regular meeting and the October 23, 2023 budget work session"),
    M("Parks and Recreation Commission meeting, October 25", ["parks and recreation commission"], "2023-10-25", "day", None,
      ["Parks and Recreation Commission"], "past",
      "4. Report of the Parks and Recreation Commission on its October 25 meeting"),
    M("Joint workshop with the School Board", ["joint workshop"], "2023-11-20", "day", "Library meeting room",
      [KC, "Keswick Falls School Board"], "upcoming",
      "6. Set date for a joint workshop with the Keswick Falls School Board: Monday, November 20, 2023, 6:00 p.m., Library meeting room"),
])

# ---------------------------------------------------------------- 09 joint press release
p = "1999-10-12"
doc(9, p, "Joint press release: third round of Uzbek-Latvian political consultations", """
JOINT PRESS RELEASE
Third Round of Uzbek-Latvian Political Consultations

Riga, 12 October 1999

The third round of political consultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic of Latvia took place in Riga on 11 October 1999. The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Bakhtiyor Rasulov, the Latvian delegation by State Secretary Andris Ozols.

The delegations also discussed preparations for the session of the Uzbek-Latvian Intergovernmental Commission on Economic Cooperation, which will be held in Tashkent on 15-16 November 1999.

The sides agreed that the fourth round of consultations will be held in Tashkent in the first half of 2000.

On 12 October the Uzbek delegation will be received by the Speaker of the Saeima, Janis Berzins.
""", [
    M("Third round of Uzbek-Latvian consultations", ["political consultations", "third round"], "1999-10-11", "day", "Riga",
      ["Uzbekistan", "Latvia", "Bakhtiyor Rasulov", "Andris Ozols"], "past",
      "The third round of political consultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic of Latvia took place in Riga on 11 October 1999."),
    M("Intergovernmental Commission session in Tashkent", ["intergovernmental commission"], "1999-11-15", "day", "Tashkent",
      ["Uzbekistan", "Latvia"], "upcoming",
      "The delegations also discussed preparations for the session of the Uzbek-Latvian Intergovernmental Commission on Economic Cooperation, which will be held in Tashkent on 15-16 November 1999.",
      end="1999-11-16"),
    M("Uzbek delegation received by the Saeima Speaker", ["received by the speaker"], "1999-10-12", "day", "Riga",
      ["Uzbekistan", "Janis Berzins"], "upcoming",
      "On 12 October the Uzbek delegation will be received by the Speaker of the Saeima, Janis Berzins."),
])

# ---------------------------------------------------------------- 10 board readout
p = "2023-11-16"
KV = "Kestrel Valley Water Trust"
doc(10, p, "Readout: Kestrel Valley Water Trust Board of Trustees meeting, 14 November 2023", """
Readout: Board of Trustees meeting, 14 November 2023

Kestrel Valley Water Trust

The Board of Trustees of Kestrel Valley Water Trust met on 14 November 2023 at the Trust's offices in Larkhill. Trustees approved the 2024 capital programme and noted the regulator's draft determination.

The Audit and Risk Committee met on 7 November 2023 and will meet again on 5 December 2023 to review the internal audit plan.

The Board will next meet on 23 January 2024 in Larkhill.
""", [
    M("Board of Trustees meeting, 14 November", ["board of trustees"], "2023-11-14", "day", "Trust's offices, Larkhill", [KV], "past",
      "The Board of Trustees of Kestrel Valley Water Trust met on 14 November 2023 at the Trust's offices in Larkhill."),
    M("Audit and Risk Committee, 7 November", ["audit and risk committee"], "2023-11-07", "day", None, ["Audit and Risk Committee"], "past",
      "The Audit and Risk Committee met on 7 November 2023 and will meet again on 5 December 2023 to review the internal audit plan."),
    M("Audit and Risk Committee, 5 December", ["meet again"], "2023-12-05", "day", None, ["Audit and Risk Committee"], "upcoming",
      "The Audit and Risk Committee met on 7 November 2023 and will meet again on 5 December 2023 to review the internal audit plan."),
    M("Next Board meeting, 23 January", ["next meet"], "2024-01-23", "day", "Larkhill", [KV], "upcoming",
      "The Board will next meet on 23 January 2024 in Larkhill."),
])

S.finish(10, "fresh46.jsonl", 60, nation={"Uzbekistan": "Uzbek", "Latvia": "Latvian"}, dateline=False)
