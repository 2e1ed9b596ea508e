"""Blind held-out set heldout17notes: 20 press releases, notices, readouts and diary notes written for
issue 17's evaluation (a different flavour from the wire stories of heldout17b: day-month-year dates,
weekday-led dates, times of day, calendars, exchange filings, minutes, official readouts).

Written without reading the extraction rules or their tests; annotated by
../shared/eval/meetings.GUIDELINE.md. Run: python3 heldout17notes.py (writes heldout17notes.jsonl next
to this script; a per-meeting summary goes to stderr).
"""
import os

from heldout17b import M, S, report, write  # the helpers live with the first set

STORIES = [
S("h17n-01", "2026-03-09", "Agriculture and Fisheries Council, 16-17 March 2026: background note", """
Brussels, 9 March 2026

Background note - Agriculture and Fisheries Council, 16-17 March 2026

EU agriculture and fisheries ministers will meet in Brussels on 16 and 17 March 2026 under the Cypriot presidency. The meeting will be chaired by Maria Panayiotou, Cyprus's Minister of Agriculture.

Main items: the simplification package for the common agricultural policy, the situation on agricultural markets following the trade measures announced by the United States, and fishing opportunities in the Mediterranean.

The Special Committee on Agriculture will prepare the Council meeting on Tuesday 10 March.

A press conference will take place at the end of the meeting on 17 March.
""", [
    M("EU Agriculture and Fisheries Council", ["agriculture and fisheries", "council"], "2026-03-16", "day", "2026-03-17",
      "Brussels", ["EU agriculture and fisheries ministers", "Maria Panayiotou"], "upcoming",
      "EU agriculture and fisheries ministers will meet in Brussels on 16 and 17 March 2026 under the Cypriot presidency."),
    M("Special Committee on Agriculture preparatory meeting", ["special committee on agriculture"], "2026-03-10", "day", None,
      "Brussels", ["Special Committee on Agriculture"], "upcoming",
      "The Special Committee on Agriculture will prepare the Council meeting on Tuesday 10 March."),
]),

S("h17n-02", "2026-04-21", "Kestrel Mining plc: Notice of Annual General Meeting", """
KESTREL MINING PLC
NOTICE OF ANNUAL GENERAL MEETING

Notice is hereby given that the forty-second Annual General Meeting of Kestrel Mining plc (the "Company") will be held at Chartered Accountants' Hall, Moorgate Place, London EC2R 6EA on Thursday 21 May 2026 at 11.00 a.m. to consider the resolutions set out below.

Only shareholders entered on the register of members at 6.30 p.m. on Tuesday 19 May 2026 are entitled to attend and vote.

By order of the Board
Helen Marsh, Company Secretary
21 April 2026
""", [
    M("Kestrel Mining annual general meeting", ["annual general meeting", "kestrel mining"], "2026-05-21", "day", None,
      "Chartered Accountants' Hall, Moorgate Place, London", ["Kestrel Mining plc"], "upcoming",
      "Notice is hereby given that the forty-second Annual General Meeting of Kestrel Mining plc (the \"Company\") will be held at Chartered Accountants' Hall, Moorgate Place, London EC2R 6EA on Thursday 21 May 2026 at 11.00 a.m. to consider the resolutions set out below."),
]),

S("h17n-03", "2026-02-04", "CNB Bank Board leaves rates unchanged", """
Prague, 4 February 2026 - At its monetary policy meeting today, the Bank Board of the Czech National Bank (CNB) kept the two-week repo rate unchanged at 3.50%. Five members voted in favour of this decision and two members voted for a reduction of 0.25 percentage point.

Governor Ales Michl will explain the decision at a press conference starting at 3.45 p.m.

The next monetary policy meeting of the Bank Board will take place on 25 March 2026, when the new macroeconomic forecast will be presented.
""", [
    M("CNB Bank Board monetary policy meeting (February)", ["monetary policy meeting today", "bank board"], "2026-02-04", "day", None,
      "Prague", ["Bank Board of the Czech National Bank"], "past",
      "Prague, 4 February 2026 - At its monetary policy meeting today, the Bank Board of the Czech National Bank (CNB) kept the two-week repo rate unchanged at 3.50%."),
    M("CNB Bank Board monetary policy meeting (March)", ["next monetary policy meeting"], "2026-03-25", "day", None,
      "Prague", ["Bank Board of the Czech National Bank"], "upcoming",
      "The next monetary policy meeting of the Bank Board will take place on 25 March 2026, when the new macroeconomic forecast will be presented."),
]),

S("h17n-04", "2025-11-12", "UNISON to meet health secretary over NHS pay", """
Press release - 12 November 2025

Health union UNISON will meet Health and Social Care Secretary Wes Streeting on Monday 17 November to press for a fully funded pay rise for NHS staff next year.

The union's health service group executive met yesterday and agreed to seek the meeting after 80% of members who took part in a consultation rejected this year's award.

UNISON head of health Helga Pile said: "Staff need to know the government is listening. If it isn't, they'll be asked whether they're prepared to take action."

Notes to editors: UNISON is the UK's largest union, with more than 1.3 million members.
""", [
    M("UNISON meeting with Wes Streeting", ["wes streeting", "unison"], "2025-11-17", "day", None,
      None, ["UNISON", "Wes Streeting"], "upcoming",
      "Health union UNISON will meet Health and Social Care Secretary Wes Streeting on Monday 17 November to press for a fully funded pay rise for NHS staff next year."),
    M("UNISON health service group executive meeting", ["health service group executive"], "2025-11-11", "day", None,
      None, ["UNISON"], "past",
      "The union's health service group executive met yesterday and agreed to seek the meeting after 80% of members who took part in a consultation rejected this year's award."),
]),

S("h17n-05", "2025-06-27", "Diary: the week ahead, 30 June - 6 July", """
EDITORS' DIARY - WEEK AHEAD
Published Friday 27 June 2025

MON 30 JUNE
SEVILLE - Fourth UN International Conference on Financing for Development opens (to 3 July). UN Secretary-General Antonio Guterres and Spanish Prime Minister Pedro Sanchez attend.
SINTRA - ECB Forum on Central Banking (to 2 July).

TUE 1 JULY
LUXEMBOURG - Eurostat flash estimate of euro zone inflation for June.

THU 3 JULY
WASHINGTON - U.S. employment report for June.

SAT 5 JULY
ONLINE - Eight OPEC+ countries meet to decide August output levels.

SUN 6 JULY
RIO DE JANEIRO - BRICS leaders' summit (to 7 July), hosted by President Luiz Inacio Lula da Silva.
""", [
    M("Fourth UN International Conference on Financing for Development", ["financing for development"], "2025-06-30", "day", "2025-07-03",
      "Seville", ["UN", "Antonio Guterres", "Pedro Sanchez"], "upcoming",
      "SEVILLE - Fourth UN International Conference on Financing for Development opens (to 3 July)."),
    M("ECB Forum on Central Banking", ["ecb forum", "sintra"], "2025-06-30", "day", "2025-07-02",
      "Sintra", ["ECB"], "upcoming",
      "SINTRA - ECB Forum on Central Banking (to 2 July)."),
    M("Eight OPEC+ countries online meeting", ["opec+"], "2025-07-05", "day", None,
      None, ["OPEC+"], "upcoming",
      "ONLINE - Eight OPEC+ countries meet to decide August output levels."),
    M("BRICS leaders' summit", ["brics"], "2025-07-06", "day", "2025-07-07",
      "Rio de Janeiro", ["BRICS", "Luiz Inacio Lula da Silva"], "upcoming",
      "RIO DE JANEIRO - BRICS leaders' summit (to 7 July), hosted by President Luiz Inacio Lula da Silva."),
]),

S("h17n-06", "2025-09-15", "Halden Audio launches noise-cancelling headphones", """
FOR IMMEDIATE RELEASE

Oslo, 15 September 2025 - Halden Audio today launched the H7, its first over-ear headphones with adaptive noise cancelling, at a recommended price of NOK 3,990.

The H7 will be available from 1 October in the Nordic countries and from November in Germany and the United Kingdom. Battery life is up to 45 hours.

"We have spent three years on the H7," said founder and chief executive Tor Halden.

About Halden Audio: founded in 2016, the company designs audio products in Oslo and employs 120 people.
"""),

S("h17n-07", "2025-10-30", "Vestra Pharma: interim report for the first nine months of 2025", """
Company announcement No. 31/2025
Copenhagen, 30 October 2025

Vestra Pharma A/S - Interim report for the first nine months of 2025

Revenue increased by 14% to DKK 6,812 million. Operating profit rose 19% to DKK 1,455 million. The full-year outlook is raised.

Conference call: Vestra Pharma will host a conference call for investors and analysts today at 1.00 p.m. CET.

Financial calendar
5 February 2026 - Annual report 2025
12 March 2026 - Capital Markets Day, London
23 April 2026 - Annual General Meeting
""", [
    M("Vestra Pharma annual general meeting", ["annual general meeting"], "2026-04-23", "day", None,
      None, ["Vestra Pharma A/S"], "upcoming",
      "23 April 2026 - Annual General Meeting"),
    M("Vestra Pharma Capital Markets Day (investor event)", ["capital markets day"], "2026-03-12", "day", None,
      "London", ["Vestra Pharma A/S"], "upcoming",
      "12 March 2026 - Capital Markets Day, London", optional=True),
]),

S("h17n-08", "2025-07-11", "Secretary Rubio's meeting with Japanese Foreign Minister Iwaya", """
Office of the Spokesperson
July 11, 2025

The below is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio met today with Japanese Foreign Minister Takeshi Iwaya in Kuala Lumpur, Malaysia, on the margins of the ASEAN-related foreign ministers' meetings. The Secretary and the Foreign Minister discussed the importance of the U.S.-Japan alliance and coordination with the Republic of Korea.

They looked forward to holding a U.S.-Japan "2+2" meeting later this year.
""", [
    M("Rubio-Iwaya meeting", ["takeshi iwaya", "rubio"], "2025-07-11", "day", None,
      "Kuala Lumpur, Malaysia", ["Marco Rubio", "Takeshi Iwaya"], "past",
      "Secretary of State Marco Rubio met today with Japanese Foreign Minister Takeshi Iwaya in Kuala Lumpur, Malaysia, on the margins of the ASEAN-related foreign ministers' meetings."),
    M("ASEAN-related foreign ministers' meetings", ["asean-related"], "2025-07-11", "day", None,
      "Kuala Lumpur, Malaysia", ["ASEAN"], "ongoing",
      "Secretary of State Marco Rubio met today with Japanese Foreign Minister Takeshi Iwaya in Kuala Lumpur, Malaysia, on the margins of the ASEAN-related foreign ministers' meetings.", optional=True),
]),

S("h17n-09", "2025-07-25", "IMF Executive Board concludes 2025 Article IV consultation with Peru", """
Press Release No. 25/261
Washington, DC - July 25, 2025

On July 21, 2025, the Executive Board of the International Monetary Fund (IMF) concluded the Article IV consultation with Peru.

Peru's economy grew by 3.3 percent in 2024, supported by a recovery in mining and agriculture. Inflation has returned to the target range.

Executive Directors agreed with the thrust of the staff appraisal. They encouraged the authorities to rebuild fiscal buffers.
""", [
    M("IMF Executive Board Article IV consultation with Peru", ["executive board", "article iv consultation"], "2025-07-21", "day", None,
      "Washington, DC", ["Executive Board of the International Monetary Fund", "Peru"], "past",
      "On July 21, 2025, the Executive Board of the International Monetary Fund (IMF) concluded the Article IV consultation with Peru."),
]),

S("h17n-10", "2025-05-16", "Security Council programme of work: week of 19 May", """
UNITED NATIONS, New York, 16 May 2025 - Media advisory

The Security Council will hold a high-level open debate on maritime security on Tuesday, 20 May, at 10 a.m., presided over by Kyriakos Mitsotakis, Prime Minister of Greece, which holds the Council presidency for May.

Council members will hold closed consultations on the situation in Syria on Wednesday, 21 May, in the afternoon.

Media representatives wishing to cover the debate must hold valid United Nations accreditation.
""", [
    M("Security Council open debate on maritime security", ["open debate", "maritime security"], "2025-05-20", "day", None,
      "United Nations, New York", ["Security Council", "Kyriakos Mitsotakis"], "upcoming",
      "The Security Council will hold a high-level open debate on maritime security on Tuesday, 20 May, at 10 a.m., presided over by Kyriakos Mitsotakis, Prime Minister of Greece, which holds the Council presidency for May."),
    M("Security Council closed consultations on Syria", ["closed consultations", "syria"], "2025-05-21", "day", None,
      "United Nations, New York", ["Security Council"], "upcoming",
      "Council members will hold closed consultations on the situation in Syria on Wednesday, 21 May, in the afternoon."),
]),

S("h17n-11", "2026-01-14", "Court of Justice: judgment in Case C-412/24", """
COURT OF JUSTICE OF THE EUROPEAN UNION
PRESS RELEASE No 6/26
Luxembourg, 14 January 2026

Judgment of the Court in Case C-412/24 | Nordwind Energie v Bundesnetzagentur

The Court rules that national regulators may not set network charges that discriminate against electricity storage operators.

The hearing in the related Case C-88/25 is scheduled for 10 March 2026.

Unofficial document for media use, not binding on the Court of Justice.
""", [
    M("CJEU hearing in Case C-88/25 (court hearing)", ["c-88/25", "hearing"], "2026-03-10", "day", None,
      "Luxembourg", ["Court of Justice of the European Union"], "upcoming",
      "The hearing in the related Case C-88/25 is scheduled for 10 March 2026.", optional=True),
]),

S("h17n-12", "2025-10-27", "Kaveri Agro Foods: intimation of board meeting", """
Date: 27th October, 2025

To,
The Listing Department, BSE Limited, Mumbai

Sub: Intimation of Board Meeting

Pursuant to Regulation 29 of SEBI (LODR) Regulations, 2015, we hereby inform you that a meeting of the Board of Directors of the Company is scheduled to be held on Friday, 7th November, 2025, inter alia, to consider and approve the Unaudited Financial Results for the quarter and half year ended 30th September, 2025.

The trading window for dealing in the securities of the Company shall remain closed from 1st October, 2025 till 48 hours after the declaration of the results.

For Kaveri Agro Foods Limited
Company Secretary
""", [
    M("Kaveri Agro Foods board meeting", ["board of directors", "board meeting"], "2025-11-07", "day", None,
      None, ["Kaveri Agro Foods Limited"], "upcoming",
      "Pursuant to Regulation 29 of SEBI (LODR) Regulations, 2015, we hereby inform you that a meeting of the Board of Directors of the Company is scheduled to be held on Friday, 7th November, 2025, inter alia, to consider and approve the Unaudited Financial Results for the quarter and half year ended 30th September, 2025."),
]),

S("h17n-13", "2025-03-17", "Shri Piyush Goyal holds bilateral meeting with New Zealand Trade Minister", """
Ministry of Commerce & Industry
New Delhi, 17 March 2025

Union Minister of Commerce and Industry Shri Piyush Goyal held a bilateral meeting with New Zealand's Minister for Trade and Investment, Mr Todd McClay, in New Delhi today.

The Ministers welcomed the launch of negotiations for a comprehensive free trade agreement between India and New Zealand. They agreed that the first round of negotiations will be held in Wellington in May.

Mr McClay is accompanying Prime Minister Christopher Luxon on his visit to India.
""", [
    M("Goyal-McClay bilateral meeting", ["bilateral meeting", "todd mcclay"], "2025-03-17", "day", None,
      "New Delhi", ["Piyush Goyal", "Todd McClay"], "past",
      "Union Minister of Commerce and Industry Shri Piyush Goyal held a bilateral meeting with New Zealand's Minister for Trade and Investment, Mr Todd McClay, in New Delhi today."),
    M("India-New Zealand FTA first round of negotiations", ["first round of negotiations", "wellington"], "2025-05", "month", None,
      "Wellington", ["India", "New Zealand"], "upcoming",
      "They agreed that the first round of negotiations will be held in Wellington in May."),
]),

S("h17n-14", "2026-03-03", "Japan-Philippines Foreign Ministers' Meeting", """
Japan-Philippines Foreign Ministers' Meeting

On March 2, commencing at 4:30 p.m. for approximately 60 minutes, Mr. Takeshi Iwaya, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Ms. Maria Theresa Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines, who is visiting Japan. The overview of the meeting is as follows.

Minister Iwaya welcomed Secretary Lazaro's visit and stated that the bilateral relationship has been elevated to a new level.

The two ministers confirmed that they would hold the Japan-Philippines "2+2" meeting in Manila at an early date.
""", [
    M("Japan-Philippines Foreign Ministers' Meeting", ["foreign ministers' meeting", "lazaro"], "2026-03-02", "day", None,
      "Japan", ["Takeshi Iwaya", "Maria Theresa Lazaro"], "past",
      "On March 2, commencing at 4:30 p.m. for approximately 60 minutes, Mr. Takeshi Iwaya, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Ms. Maria Theresa Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines, who is visiting Japan."),
]),

S("h17n-15", "2025-06-03", "Foreign Minister's telephone conversation with Estonian counterpart", """
Press release of the Ministry of Foreign Affairs
Vilnius, 3 June 2025

Lithuanian Minister of Foreign Affairs Kestutis Budrys had a telephone conversation today with Estonian Minister of Foreign Affairs Margus Tsahkna on regional security and support for Ukraine.

The ministers agreed to continue close coordination ahead of the NATO summit in The Hague at the end of the month.
""", [
    M("Budrys-Tsahkna telephone conversation", ["telephone conversation"], "2025-06-03", "day", None,
      None, ["Kestutis Budrys", "Margus Tsahkna"], "past",
      "Lithuanian Minister of Foreign Affairs Kestutis Budrys had a telephone conversation today with Estonian Minister of Foreign Affairs Margus Tsahkna on regional security and support for Ukraine.", optional=True),
    M("NATO summit in The Hague", ["nato summit"], "2025-06", "month", None,
      "The Hague", ["NATO"], "upcoming",
      "The ministers agreed to continue close coordination ahead of the NATO summit in The Hague at the end of the month."),
]),

S("h17n-16", "2025-06-03", "New report on drought finance to be launched in Nairobi", """
MEDIA RELEASE
3 June 2025

Drylands Action Network will publish its annual report on drought finance on 17 June. The report finds that less than a fifth of promised adaptation funding for the Horn of Africa has been disbursed.

The report will be launched at an event in Nairobi, followed by a live webcast. Journalists can request an embargoed copy from the press office.

Contact: press@drylandsaction.org
"""),

S("h17n-17", "2026-02-18", "Minutes of the Federal Open Market Committee, January 27-28, 2026", """
Minutes of the Federal Open Market Committee
January 27-28, 2026

A joint meeting of the Federal Open Market Committee and the Board of Governors of the Federal Reserve System was held in the offices of the Board of Governors in Washington, D.C., on Tuesday, January 27, 2026, at 10:00 a.m. and continued on Wednesday, January 28, 2026, at 9:00 a.m.

Members agreed to maintain the target range for the federal funds rate.

It was agreed that the next meeting of the Committee would be held on Tuesday-Wednesday, March 17-18, 2026.
""", [
    M("FOMC meeting, January 27-28", ["joint meeting", "federal open market committee"], "2026-01-27", "day", "2026-01-28",
      "offices of the Board of Governors, Washington, D.C.", ["Federal Open Market Committee", "Board of Governors of the Federal Reserve System"], "past",
      "A joint meeting of the Federal Open Market Committee and the Board of Governors of the Federal Reserve System was held in the offices of the Board of Governors in Washington, D.C., on Tuesday, January 27, 2026, at 10:00 a.m. and continued on Wednesday, January 28, 2026, at 9:00 a.m."),
    M("FOMC meeting, March 17-18", ["next meeting of the committee"], "2026-03-17", "day", "2026-03-18",
      None, ["Federal Open Market Committee"], "upcoming",
      "It was agreed that the next meeting of the Committee would be held on Tuesday-Wednesday, March 17-18, 2026."),
]),

S("h17n-18", "2024-12-05", "38th OPEC and non-OPEC Ministerial Meeting", """
OPEC Press Release
Vienna, Austria, 5 December 2024

The 38th OPEC and non-OPEC Ministerial Meeting (ONOMM) was held via videoconference on Thursday, 5 December 2024.

The Meeting decided to extend the level of overall crude oil production for OPEC and non-OPEC participating countries until 31 December 2026.

The Meeting decided to hold the 39th ONOMM in Vienna on 28 May 2025.
""", [
    M("38th OPEC and non-OPEC Ministerial Meeting", ["38th", "ministerial meeting"], "2024-12-05", "day", None,
      None, ["OPEC", "non-OPEC participating countries"], "past",
      "The 38th OPEC and non-OPEC Ministerial Meeting (ONOMM) was held via videoconference on Thursday, 5 December 2024."),
    M("39th OPEC and non-OPEC Ministerial Meeting", ["39th"], "2025-05-28", "day", None,
      "Vienna", ["OPEC", "non-OPEC participating countries"], "upcoming",
      "The Meeting decided to hold the 39th ONOMM in Vienna on 28 May 2025."),
]),

S("h17n-19", "2026-02-25", "Dublin City Council to consider new cycle network plan", """
Dublin, 25 February 2026

Dublin City Council will consider the Greater Dublin Cycle Network plan at its monthly meeting at City Hall on Monday 2 March.

The plan, published last week, would add 120 kilometres of protected cycle lanes by 2030. Submissions can be made online until 20 March.

Lord Mayor Emma Blain said the plan would "make cycling safe for everyone from eight to eighty".
""", [
    M("Dublin City Council monthly meeting", ["monthly meeting", "dublin city council"], "2026-03-02", "day", None,
      "City Hall, Dublin", ["Dublin City Council"], "upcoming",
      "Dublin City Council will consider the Greater Dublin Cycle Network plan at its monthly meeting at City Hall on Monday 2 March."),
]),

S("h17n-20", "2025-09-15", "Flood relief appeal reaches 2 million euros", """
Statement - 15 September 2025

Our emergency appeal for families affected by the floods in the Sindh province has raised 2 million euros in two weeks. Teams are distributing water purification tablets, tarpaulins and food parcels in 14 districts.

A donor conference to fund reconstruction is being discussed with the provincial government, but no date has been set.

We thank all our supporters.
"""),
]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout17notes.jsonl")
    write(STORIES, out)
    report(STORIES)
