#!/usr/bin/env python3
"""Build fresh45.jsonl: 8 invented wire stories on the participants of meetings (round 30): a body whose
name holds "and" ("the Paper and Forest Workers' Union"), a minister whose title names a remit ("the
Minister for Primary Industries, Mr X"), a body defined with its initialism in brackets, "met with
representatives of" a named company, modifiers that are not parties ("government-level talks", "the next
committee meeting", "working-level"), "South and North Korean" officials, a company whose name ends in
"A/S", leaders of "both co-operatives" named before. Written before any rule of round 30 and measured
once."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set, wd, md, week, month, mname, rel

S = Set("f45")
doc = S.doc

# ---------------------------------------------------------------- 01
p = "1996-03-12"
doc(1, p, "Swedish paper union calls overtime ban", """
STOCKHOLM, March 12 (Reuters) - The Swedish Paper and Forest Workers' Union will resume wage talks with the Forest Industries Employers' Association on Thursday under a state mediator, Lena Falk, the union said.

The two sides last met on March 5, when talks broke off over shift allowances.

The union's executive committee meets in Sundsvall on Saturday to decide whether to extend an overtime ban to all 63 mills.

Skogsbolaget Norrland AB, the country's largest pulp maker, will hold its annual general meeting in Umea on April 18.
""", [
    M("Paper union-employers wage talks under mediator", ["wage talks"], wd(p, "thursday", "future"), "day", None,
      ["Swedish Paper and Forest Workers' Union", "Forest Industries Employers' Association", "Lena Falk"], "upcoming",
      "STOCKHOLM, March 12 (Reuters) - The Swedish Paper and Forest Workers' Union will resume wage talks with the Forest Industries Employers' Association on Thursday under a state mediator, Lena Falk, the union said."),
    M("Previous round on March 5", ["last met"], md(p, 3, 5, "past"), "day", None,
      ["Swedish Paper and Forest Workers' Union", "Forest Industries Employers' Association"], "past",
      "The two sides last met on March 5, when talks broke off over shift allowances."),
    M("Union executive committee meeting in Sundsvall", ["executive committee"], wd(p, "saturday", "future"), "day", "Sundsvall",
      ["Swedish Paper and Forest Workers' Union"], "upcoming",
      "The union's executive committee meets in Sundsvall on Saturday to decide whether to extend an overtime ban to all 63 mills."),
    M("Skogsbolaget Norrland AGM", ["annual general meeting"], md(p, 4, 18, "future"), "day", "Umea",
      ["Skogsbolaget Norrland AB"], "upcoming",
      "Skogsbolaget Norrland AB, the country's largest pulp maker, will hold its annual general meeting in Umea on April 18."),
])

# ---------------------------------------------------------------- 02
p = "1988-11-08"
doc(2, p, "Australia seeks Japanese beef access", """
CANBERRA, Nov 8 (AAP) - The Minister for Primary Industries and Energy, Mr Peter Hollis, will meet Japan's Agriculture Minister, Mr Tatsuo Inoue, in Tokyo on November 21 to press for wider access for Australian beef.

Mr Hollis told a meeting of the Cattle Council of Australia in Canberra yesterday that Japan must honour the 1984 agreement.

The Minister for Trade Negotiations, Mr Gareth Reeve, will attend a ministerial meeting of the Cairns Group of agricultural exporters in Bariloche, Argentina, from November 28 to 30.

Officials of the Australian Meat and Livestock Corporation will brief Japanese importers in Osaka next week.
""", [
    M("Hollis-Inoue meeting in Tokyo", ["hollis", "inoue"], md(p, 11, 21, "future"), "day", "Tokyo",
      ["Peter Hollis", "Tatsuo Inoue"], "upcoming",
      "CANBERRA, Nov 8 (AAP) - The Minister for Primary Industries and Energy, Mr Peter Hollis, will meet Japan's Agriculture Minister, Mr Tatsuo Inoue, in Tokyo on November 21 to press for wider access for Australian beef."),
    M("Cattle Council of Australia meeting", ["cattle council"], rel(p, -1), "day", "Canberra",
      ["Cattle Council of Australia", "Peter Hollis"], "past",
      "Mr Hollis told a meeting of the Cattle Council of Australia in Canberra yesterday that Japan must honour the 1984 agreement."),
    M("Cairns Group ministerial meeting in Bariloche", ["cairns group", "ministerial meeting"], md(p, 11, 28, "future"), "day", "Bariloche, Argentina",
      ["Cairns Group", "Gareth Reeve"], "upcoming",
      "The Minister for Trade Negotiations, Mr Gareth Reeve, will attend a ministerial meeting of the Cairns Group of agricultural exporters in Bariloche, Argentina, from November 28 to 30.",
      end=md(p, 11, 30, "future")),
    M("Meat corporation briefing for Japanese importers", ["brief japanese importers"], week(p, 1), "week", "Osaka",
      ["Australian Meat and Livestock Corporation", "Japanese importers"], "upcoming",
      "Officials of the Australian Meat and Livestock Corporation will brief Japanese importers in Osaka next week."),
])

# ---------------------------------------------------------------- 03
p = "1991-06-04"
doc(3, p, "Tin producers to discuss export quotas", """
KUALA LUMPUR, June 4 (Reuters) - Members of the Intergovernmental Council of Tin Producers (ICTP) will meet in Jakarta on June 17 to review export quotas for the second half, council officials said.

The ICTP's executive committee met here on Monday and recommended extending the quota scheme to Bolivia and Brazil.

Malaysia's Primary Industries Minister, Lim Keng Seng, will hold talks with Bolivian Mining Minister Jorge Quiroga in La Paz later this month, a ministry statement said.

The Association of Tin Smelters (ATS) holds its annual conference in Penang on June 24.
""", [
    M("ICTP quota meeting in Jakarta", ["jakarta"], md(p, 6, 17, "future"), "day", "Jakarta",
      ["Intergovernmental Council of Tin Producers"], "upcoming",
      "KUALA LUMPUR, June 4 (Reuters) - Members of the Intergovernmental Council of Tin Producers (ICTP) will meet in Jakarta on June 17 to review export quotas for the second half, council officials said."),
    M("ICTP executive committee meeting", ["executive committee"], wd(p, "monday", "past"), "day", "Kuala Lumpur",
      ["ICTP"], "past",
      "The ICTP's executive committee met here on Monday and recommended extending the quota scheme to Bolivia and Brazil."),
    M("Lim-Quiroga talks in La Paz", ["lim keng seng", "quiroga"], month(p, 0), "month", "La Paz",
      ["Lim Keng Seng", "Jorge Quiroga"], "upcoming",
      "Malaysia's Primary Industries Minister, Lim Keng Seng, will hold talks with Bolivian Mining Minister Jorge Quiroga in La Paz later this month, a ministry statement said."),
    M("Association of Tin Smelters annual conference", ["annual conference"], md(p, 6, 24, "future"), "day", "Penang",
      ["Association of Tin Smelters"], "upcoming",
      "The Association of Tin Smelters (ATS) holds its annual conference in Penang on June 24."),
])

# ---------------------------------------------------------------- 04
p = "2019-09-17"
doc(4, p, "Nurses union and hospitals fail to agree", """
MINNEAPOLIS, Sept 17 (Reuters) - The Lakeland Nurses Association said its bargaining team met with representatives of Riverside Health Partners for nine hours on Monday without reaching a deal on staffing ratios.

A federal mediator, Carla Jensen, has called both sides back to the table on Thursday.

The association's members will gather at the Minneapolis Convention Center on Sept. 28 to vote on a one-day strike.

Riverside's board of trustees meets next Tuesday to discuss contingency plans, a hospital spokesman said.
""", [
    M("Nurses-Riverside bargaining session", ["bargaining team"], wd(p, "monday", "past"), "day", None,
      ["Lakeland Nurses Association", "Riverside Health Partners"], "past",
      "MINNEAPOLIS, Sept 17 (Reuters) - The Lakeland Nurses Association said its bargaining team met with representatives of Riverside Health Partners for nine hours on Monday without reaching a deal on staffing ratios."),
    M("Mediated session on Thursday", ["back to the table"], wd(p, "thursday", "future"), "day", None,
      ["Carla Jensen", "Lakeland Nurses Association", "Riverside Health Partners"], "upcoming",
      "A federal mediator, Carla Jensen, has called both sides back to the table on Thursday."),
    M("Nurses members' strike vote meeting", ["gather"], md(p, 9, 28, "future"), "day", "Minneapolis Convention Center",
      ["Lakeland Nurses Association"], "upcoming",
      "The association's members will gather at the Minneapolis Convention Center on Sept. 28 to vote on a one-day strike."),
    M("Riverside board of trustees meeting", ["board of trustees"], "2019-09-24", "day", None,
      ["Riverside Health Partners"], "upcoming",
      "Riverside's board of trustees meets next Tuesday to discuss contingency plans, a hospital spokesman said."),
])

# ---------------------------------------------------------------- 05
p = "2018-07-30"
doc(5, p, "Koreas to hold general-level military talks", """
SEOUL, July 30 (Yonhap) - South and North Korean military officers will hold general-level talks at the truce village of Panmunjom on Tuesday to discuss cutting guard posts along the border, the Defence Ministry said.

The last general-level talks, held on June 14, produced an agreement to restore military hotlines.

Working-level officials of the Red Cross societies of both Koreas met at the Mount Kumgang resort on Friday to prepare family reunions in August.

The next inter-Korean summit is expected in Pyongyang in September, officials said.
""", [
    M("General-level military talks at Panmunjom", ["general-level talks"], wd(p, "tuesday", "future"), "day", "Panmunjom",
      ["South Korea", "North Korea"], "upcoming",
      "SEOUL, July 30 (Yonhap) - South and North Korean military officers will hold general-level talks at the truce village of Panmunjom on Tuesday to discuss cutting guard posts along the border, the Defence Ministry said."),
    M("June 14 general-level talks", ["last general-level talks"], md(p, 6, 14, "past"), "day", None,
      ["South Korea", "North Korea"], "past",
      "The last general-level talks, held on June 14, produced an agreement to restore military hotlines."),
    M("Red Cross working-level meeting at Mount Kumgang", ["red cross"], wd(p, "friday", "past"), "day", "Mount Kumgang resort",
      ["Red Cross societies of both Koreas"], "past",
      "Working-level officials of the Red Cross societies of both Koreas met at the Mount Kumgang resort on Friday to prepare family reunions in August."),
    M("Inter-Korean summit in Pyongyang", ["inter-korean summit"], mname(p, 9, "future"), "month", "Pyongyang",
      ["South Korea", "North Korea"], "upcoming",
      "The next inter-Korean summit is expected in Pyongyang in September, officials said."),
])

# ---------------------------------------------------------------- 06
p = "2007-05-21"
doc(6, p, "Danish shipowner calls EGM on merger", """
COPENHAGEN, May 21 (Reuters) - Nordvik Rederi A/S will hold an extraordinary general meeting in Copenhagen on June 12 to approve its merger with Baltic Bulk Carriers, the shipowner said on Monday.

Nordvik's chief executive, Henrik Dahl, met Baltic Bulk's chairman, Sven Lindgren, in Gothenburg last week to settle the share exchange ratio.

The Danish Competition Authority will hear both companies on June 4, an authority spokeswoman said.

The next board meeting of Baltic Bulk Carriers is set for May 29.
""", [
    M("Nordvik Rederi EGM", ["extraordinary general meeting"], md(p, 6, 12, "future"), "day", "Copenhagen",
      ["Nordvik Rederi A/S"], "upcoming",
      "COPENHAGEN, May 21 (Reuters) - Nordvik Rederi A/S will hold an extraordinary general meeting in Copenhagen on June 12 to approve its merger with Baltic Bulk Carriers, the shipowner said on Monday."),
    M("Dahl-Lindgren meeting in Gothenburg", ["dahl", "lindgren"], week(p, -1), "week", "Gothenburg",
      ["Henrik Dahl", "Sven Lindgren"], "past",
      "Nordvik's chief executive, Henrik Dahl, met Baltic Bulk's chairman, Sven Lindgren, in Gothenburg last week to settle the share exchange ratio."),
    M("Competition Authority hearing", ["competition authority"], md(p, 6, 4, "future"), "day", "Copenhagen",
      ["Danish Competition Authority", "Nordvik Rederi A/S", "Baltic Bulk Carriers"], "upcoming",
      "The Danish Competition Authority will hear both companies on June 4, an authority spokeswoman said."),
    M("Baltic Bulk Carriers board meeting", ["board meeting"], md(p, 5, 29, "future"), "day", None,
      ["Baltic Bulk Carriers"], "upcoming",
      "The next board meeting of Baltic Bulk Carriers is set for May 29."),
])

# ---------------------------------------------------------------- 07
p = "2002-02-26"
doc(7, p, "Dairy co-operatives edge towards merger", """
WELLINGTON, Feb 26 (NZPA) - Agriculture Minister Helen Tane said she would meet the chairmen of both co-operatives, Rangitoto Dairy and Southland Milk Producers, at Parliament on Thursday to discuss the merger law.

Rangitoto Dairy's shareholders' council met in Hamilton yesterday and backed the deal.

The Commerce Commission will hold a conference on the merger in Wellington from March 18 to 20.

Southland Milk Producers will put the merger to its farmer shareholders at a special meeting in Invercargill on April 9.
""", [
    M("Tane meeting with co-operative chairmen", ["chairmen of both co-operatives"], wd(p, "thursday", "future"), "day", "Parliament",
      ["Helen Tane", "Rangitoto Dairy", "Southland Milk Producers"], "upcoming",
      "WELLINGTON, Feb 26 (NZPA) - Agriculture Minister Helen Tane said she would meet the chairmen of both co-operatives, Rangitoto Dairy and Southland Milk Producers, at Parliament on Thursday to discuss the merger law."),
    M("Rangitoto Dairy shareholders' council meeting", ["shareholders' council"], rel(p, -1), "day", "Hamilton",
      ["Rangitoto Dairy"], "past",
      "Rangitoto Dairy's shareholders' council met in Hamilton yesterday and backed the deal."),
    M("Commerce Commission conference", ["commerce commission"], md(p, 3, 18, "future"), "day", "Wellington",
      ["Commerce Commission"], "upcoming",
      "The Commerce Commission will hold a conference on the merger in Wellington from March 18 to 20.",
      end=md(p, 3, 20, "future")),
    M("Southland Milk Producers special meeting", ["special meeting"], md(p, 4, 9, "future"), "day", "Invercargill",
      ["Southland Milk Producers"], "upcoming",
      "Southland Milk Producers will put the merger to its farmer shareholders at a special meeting in Invercargill on April 9."),
])

# ---------------------------------------------------------------- 08
p = "1985-10-15"
doc(8, p, "Canada and U.S. open salmon talks", """
OTTAWA, Oct 15 (CP) - Canadian and U.S. negotiators will open a new round of Pacific salmon talks in Seattle on Monday, the Department of Fisheries and Oceans said.

The Minister of Fisheries and Oceans, Mr John Fraser, met leaders of the B.C. Fishermen's Union in Vancouver last Friday to hear their concerns.

Native leaders have asked for a seat at the next round of talks, which the two countries expect to hold in Ottawa in December.

The Pacific Salmon Commission, set up under the 1985 treaty, holds its first meeting in Vancouver on November 6.
""", [
    M("Canada-U.S. salmon talks in Seattle", ["salmon talks"], wd(p, "monday", "future"), "day", "Seattle",
      ["Canada", "U.S."], "upcoming",
      "OTTAWA, Oct 15 (CP) - Canadian and U.S. negotiators will open a new round of Pacific salmon talks in Seattle on Monday, the Department of Fisheries and Oceans said."),
    M("Fraser meeting with fishermen's union leaders", ["fishermen's union"], wd(p, "friday", "past"), "day", "Vancouver",
      ["John Fraser", "B.C. Fishermen's Union"], "past",
      "The Minister of Fisheries and Oceans, Mr John Fraser, met leaders of the B.C. Fishermen's Union in Vancouver last Friday to hear their concerns."),
    M("Next round in Ottawa", ["next round"], mname(p, 12, "future"), "month", "Ottawa",
      ["Canada", "U.S."], "upcoming",
      "Native leaders have asked for a seat at the next round of talks, which the two countries expect to hold in Ottawa in December."),
    M("Pacific Salmon Commission first meeting", ["pacific salmon commission"], md(p, 11, 6, "future"), "day", "Vancouver",
      ["Pacific Salmon Commission"], "upcoming",
      "The Pacific Salmon Commission, set up under the 1985 treaty, holds its first meeting in Vancouver on November 6."),
])

# ---------------------------------------------------------------- checks
S.finish(8, "fresh45.jsonl", 50, nation={"Canada": "Canadian", "South Korea": "South", "North Korea": "North Korean"})
