#!/usr/bin/env python3
"""Build fresh48.jsonl: 8 invented wire stories that tell meetings in the plain variety of agency copy,
written to probe the head finder rather than to test one class (round 31): "will play host to", "sat down
with", "were locked in talks", "a working breakfast", "a town hall meeting", "an emergency sitting", "will
confer with", "delegates reconvene", "the panel will take evidence", "an extraordinary plenary", "the
board convenes", "will gather in", "face to face", "caucus", "a round-table". Written before any rule
that reads them and measured once. One gold date was mended after that measure: "next Thursday" said on a
Wednesday is the coming day (2022-01-20), as the read sets' independent annotators resolve "next <weekday>"
in 48 of 56 cases, not the week after (2022-01-27) as first written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set, wd, md, week, month, mname, rel

S = Set("f48")
doc = S.doc

# ---------------------------------------------------------------- 01
p = "2017-04-11"
doc(1, p, "Chilean copper miners and Andes Cobre locked in talks", """
SANTIAGO, April 11 (Reuters) - Union leaders at the Cerro Azul copper mine and managers of owner Andes Cobre were locked in talks for a second day on Tuesday in a bid to avert a strike, a union spokesman said.

Labour Minister Alejandra Krauss will confer with both sides in Santiago on Thursday if no deal is reached, her office said.

The union's 2,400 members will gather in Antofagasta next Tuesday to vote on the company's final offer.
""", [
    M("Cerro Azul wage talks", ["locked in talks"], rel(p, -1), "day", None,
      ["Cerro Azul", "Andes Cobre"], "ongoing",
      "SANTIAGO, April 11 (Reuters) - Union leaders at the Cerro Azul copper mine and managers of owner Andes Cobre were locked in talks for a second day on Tuesday in a bid to avert a strike, a union spokesman said.",
      end=p),
    M("Krauss meeting with both sides", ["confer with both sides"], wd(p, "thursday", "future"), "day", "Santiago",
      ["Alejandra Krauss"], "upcoming",
      "Labour Minister Alejandra Krauss will confer with both sides in Santiago on Thursday if no deal is reached, her office said.",
      optional=True),
    M("Union members' vote meeting in Antofagasta", ["gather in antofagasta"], "2017-04-18", "day", "Antofagasta",
      ["Cerro Azul"], "upcoming",
      "The union's 2,400 members will gather in Antofagasta next Tuesday to vote on the company's final offer."),
])

# ---------------------------------------------------------------- 02
p = "1995-09-06"
doc(2, p, "Zambia to host regional water ministers", """
LUSAKA, Sept 6 (Reuters) - Zambia will play host to water ministers from the eight Zambezi basin states in Livingstone on Monday for talks on a joint dam safety code, the energy ministry said.

Zambian Energy Minister Kelvin Mwanza sat down with his Zimbabwean counterpart, Tendai Moyo, in Harare yesterday to prepare the agenda.

Officials of the basin states will reconvene in Livingstone on Saturday for two days of preparatory work.
""", [
    M("Zambezi basin water ministers' talks in Livingstone", ["water ministers"], "1995-09-11", "day", "Livingstone",
      ["Zambia", "water ministers from the eight Zambezi basin states"], "upcoming",
      "LUSAKA, Sept 6 (Reuters) - Zambia will play host to water ministers from the eight Zambezi basin states in Livingstone on Monday for talks on a joint dam safety code, the energy ministry said."),
    M("Mwanza-Moyo meeting in Harare", ["sat down with"], rel(p, -1), "day", "Harare",
      ["Kelvin Mwanza", "Tendai Moyo"], "past",
      "Zambian Energy Minister Kelvin Mwanza sat down with his Zimbabwean counterpart, Tendai Moyo, in Harare yesterday to prepare the agenda."),
    M("Basin officials' preparatory meeting", ["reconvene"], wd(p, "saturday", "future"), "day", "Livingstone",
      ["Officials of the basin states"], "upcoming",
      "Officials of the basin states will reconvene in Livingstone on Saturday for two days of preparatory work.",
      end="1995-09-10"),
])

# ---------------------------------------------------------------- 03
p = "2022-01-19"
doc(3, p, "Dutch parliament to question minister on gas quake payments", """
THE HAGUE, Jan 19 (Reuters) - The Dutch parliament will hold an emergency sitting on Thursday on compensation for homes damaged by earthquakes in the Groningen gas field, the Speaker's office said.

Parliament's economic affairs committee will take evidence from Economy Minister Joost Verhaar next Thursday.

Verhaar held a town hall meeting with residents in Loppersum on Monday evening, where he was heckled over delays.
""", [
    M("Emergency sitting on Groningen compensation", ["emergency sitting"], wd(p, "thursday", "future"), "day", "The Hague",
      ["Dutch parliament"], "upcoming",
      "THE HAGUE, Jan 19 (Reuters) - The Dutch parliament will hold an emergency sitting on Thursday on compensation for homes damaged by earthquakes in the Groningen gas field, the Speaker's office said."),
    M("Economic affairs committee hearing with Verhaar", ["economic affairs committee"], wd(p, "thursday", "future"), "day", "The Hague",
      ["economic affairs committee", "Joost Verhaar"], "upcoming",
      "Parliament's economic affairs committee will take evidence from Economy Minister Joost Verhaar next Thursday."),
    M("Verhaar town hall meeting in Loppersum", ["town hall meeting"], wd(p, "monday", "past"), "day", "Loppersum",
      ["Joost Verhaar"], "past",
      "Verhaar held a town hall meeting with residents in Loppersum on Monday evening, where he was heckled over delays."),
])

# ---------------------------------------------------------------- 04
p = "1979-06-22"
doc(4, p, "Nordic ministers breakfast before oil talks", """
OSLO, June 22 (Reuters) - Norwegian Oil Minister Bjartmar Gjerde will hold a working breakfast with his Danish and Swedish counterparts in Oslo on Monday before the Nordic Council of Ministers convenes the same day to discuss North Sea supplies.

Gjerde met British Energy Secretary David Howell face to face in London on Thursday, a ministry spokesman said.

The International Energy Agency's governing board convenes in Paris next Tuesday.
""", [
    M("Nordic oil ministers' working breakfast", ["working breakfast"], wd(p, "monday", "future"), "day", "Oslo",
      ["Bjartmar Gjerde", "Denmark", "Sweden"], "upcoming",
      "OSLO, June 22 (Reuters) - Norwegian Oil Minister Bjartmar Gjerde will hold a working breakfast with his Danish and Swedish counterparts in Oslo on Monday before the Nordic Council of Ministers convenes the same day to discuss North Sea supplies."),
    M("Nordic Council of Ministers meeting", ["nordic council of ministers"], wd(p, "monday", "future"), "day", "Oslo",
      ["Nordic Council of Ministers"], "upcoming",
      "OSLO, June 22 (Reuters) - Norwegian Oil Minister Bjartmar Gjerde will hold a working breakfast with his Danish and Swedish counterparts in Oslo on Monday before the Nordic Council of Ministers convenes the same day to discuss North Sea supplies."),
    M("Gjerde-Howell meeting", ["face to face"], wd(p, "thursday", "past"), "day", "London",
      ["Bjartmar Gjerde", "David Howell"], "past",
      "Gjerde met British Energy Secretary David Howell face to face in London on Thursday, a ministry spokesman said."),
    M("IEA governing board", ["governing board"], "1979-06-26", "day", "Paris", ["International Energy Agency"], "upcoming",
      "The International Energy Agency's governing board convenes in Paris next Tuesday."),
])

# ---------------------------------------------------------------- 05
p = "2009-11-03"
doc(5, p, "Australian Labor MPs to caucus on climate bill", """
CANBERRA, Nov 3 (AAP) - Labor MPs will caucus in Canberra on Thursday to settle the party's position on amendments to the emissions trading bill, a party spokesman said.

Opposition leader Malcolm Turnbull held a round-table with farm and mining groups at Parliament House on Monday.

The Senate economics committee will hear from the Business Council of Australia next Monday.
""", [
    M("Labor caucus meeting", ["caucus"], wd(p, "thursday", "future"), "day", "Canberra", ["Labor"], "upcoming",
      "CANBERRA, Nov 3 (AAP) - Labor MPs will caucus in Canberra on Thursday to settle the party's position on amendments to the emissions trading bill, a party spokesman said."),
    M("Turnbull round-table with farm and mining groups", ["round-table"], wd(p, "monday", "past"), "day", "Parliament House",
      ["Malcolm Turnbull", "farm and mining groups"], "past",
      "Opposition leader Malcolm Turnbull held a round-table with farm and mining groups at Parliament House on Monday."),
    M("Senate economics committee hearing", ["senate economics committee"], "2009-11-09", "day", "Canberra",
      ["Senate economics committee", "Business Council of Australia"], "upcoming",
      "The Senate economics committee will hear from the Business Council of Australia next Monday."),
])

# ---------------------------------------------------------------- 06
p = "2024-08-28"
doc(6, p, "European Parliament trade committee to hold extraordinary plenary vote", """
BRUSSELS, Aug 28 (Reuters) - The European Parliament will meet in an extraordinary plenary in Brussels on Tuesday, Sept. 3, to debate the bloc's response to new Chinese export curbs, parliament said.

EU trade ministers held an informal videoconference on Monday and agreed to ask the Commission for options.

Trade Commissioner Ilse Vanhoof is due to brief the parliament's international trade committee tomorrow.
""", [
    M("European Parliament extraordinary plenary", ["extraordinary plenary"], "2024-09-03", "day", "Brussels",
      ["European Parliament"], "upcoming",
      "BRUSSELS, Aug 28 (Reuters) - The European Parliament will meet in an extraordinary plenary in Brussels on Tuesday, Sept. 3, to debate the bloc's response to new Chinese export curbs, parliament said."),
    M("EU trade ministers' videoconference", ["videoconference"], wd(p, "monday", "past"), "day", None,
      ["EU trade ministers"], "past",
      "EU trade ministers held an informal videoconference on Monday and agreed to ask the Commission for options."),
    M("Vanhoof briefs trade committee", ["international trade committee"], rel(p, 1), "day", "Brussels",
      ["Ilse Vanhoof", "international trade committee"], "upcoming",
      "Trade Commissioner Ilse Vanhoof is due to brief the parliament's international trade committee tomorrow."),
])

# ---------------------------------------------------------------- 07
p = "1988-02-16"
doc(7, p, "Kuwait Airways board convenes on fleet plan", """
KUWAIT, Feb 16 (Reuters) - The board of Kuwait Airways convenes tomorrow to decide between Boeing and Airbus offers for up to 15 wide-body jets, the airline's chairman said.

A Boeing team flew in last Friday and was closeted with airline executives for most of the weekend, he said.

Airbus Industrie will present a revised offer to the board's fleet committee next Monday.
""", [
    M("Kuwait Airways board meeting", ["board of kuwait airways"], rel(p, 1), "day", None, ["Kuwait Airways"], "upcoming",
      "KUWAIT, Feb 16 (Reuters) - The board of Kuwait Airways convenes tomorrow to decide between Boeing and Airbus offers for up to 15 wide-body jets, the airline's chairman said."),
    M("Boeing talks with airline executives", ["closeted with"], week(p, -1), "week", None, ["Boeing", "Kuwait Airways"], "past",
      "A Boeing team flew in last Friday and was closeted with airline executives for most of the weekend, he said.",
      optional=True),
    M("Airbus presentation to fleet committee", ["fleet committee"], "1988-02-22", "day", None, ["Airbus Industrie", "Kuwait Airways"], "upcoming",
      "Airbus Industrie will present a revised offer to the board's fleet committee next Monday."),
])

# ---------------------------------------------------------------- 08
p = "2013-05-07"
doc(8, p, "FIFA executive to meet in Zurich on match-fixing", """
ZURICH, May 7 (Reuters) - FIFA's executive committee gathers in Zurich on Thursday for a two-day meeting dominated by match-fixing, with Asian and African confederation heads also attending.

The committee's task force on integrity met behind closed doors yesterday to finalise its report.

Confederation presidents will dine with FIFA president Sepp Marten on Wednesday evening.
""", [
    M("FIFA executive committee meeting", ["executive committee"], "2013-05-09", "day", "Zurich", ["FIFA"], "upcoming",
      "ZURICH, May 7 (Reuters) - FIFA's executive committee gathers in Zurich on Thursday for a two-day meeting dominated by match-fixing, with Asian and African confederation heads also attending.",
      end="2013-05-10"),
    M("Integrity task force meeting", ["task force on integrity"], rel(p, -1), "day", "Zurich", ["FIFA"], "past",
      "The committee's task force on integrity met behind closed doors yesterday to finalise its report."),
    M("Confederation presidents' dinner with Marten", ["dine with"], "2013-05-08", "day", "Zurich",
      ["Confederation presidents", "Sepp Marten"], "upcoming",
      "Confederation presidents will dine with FIFA president Sepp Marten on Wednesday evening."),
])

S.finish(8, "fresh48.jsonl", 50, nation={"Denmark": "Danish", "Sweden": "Swedish"})
