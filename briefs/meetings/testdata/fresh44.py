#!/usr/bin/env python3
"""Build fresh44.jsonl: 10 invented wire stories on meetings the read sets miss (round 29): a committee
that "will hear", "will question" or is briefed by a minister, ministers "due to discuss" a matter in a
city on a day, an assembly of a union's members, a minister who "met both sides", a council's emergency
session, a mission that begins a review, "will host" a counterpart, a summit or talks named only in a
prepositional phrase ("At a summit in Cochabamba in January"). Written before any rule of round 29 and
measured once."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set, wd, md, week, month, mname, rel

S = Set("f44")
doc = S.doc

# ---------------------------------------------------------------- 01
p = "2015-02-10"
doc(1, p, "Norway's finance minister to face committee over oil fund", """
OSLO, Feb 10 (Reuters) - Norway's parliamentary finance committee will hear Finance Minister Kari Strand on Thursday about the government's plan to draw more from the oil fund, the committee's chairman, Odd Hauge, said.

Strand is also due to brief the foreign affairs committee on Friday on the sanctions package agreed in Brussels last month.

Hauge said the committee had last questioned the minister on January 20, when she defended the budget rule.

Nordic finance ministers are due to discuss the oil price slump in Copenhagen on March 2, a ministry spokesman said.

Norges Bank's executive board meets on March 19 to set interest rates, and most economists expect a cut.
""", [
    M("Finance committee hearing with Strand", ["finance committee"], wd(p, "thursday", "future"), "day", "Oslo",
      ["parliamentary finance committee", "Kari Strand"], "upcoming",
      "OSLO, Feb 10 (Reuters) - Norway's parliamentary finance committee will hear Finance Minister Kari Strand on Thursday about the government's plan to draw more from the oil fund, the committee's chairman, Odd Hauge, said."),
    M("Foreign affairs committee briefing by Strand", ["foreign affairs committee"], wd(p, "friday", "future"), "day", "Oslo",
      ["foreign affairs committee", "Kari Strand"], "upcoming",
      "Strand is also due to brief the foreign affairs committee on Friday on the sanctions package agreed in Brussels last month."),
    M("Finance committee questioning of Strand in January", ["questioned the minister"], md(p, 1, 20, "past"), "day", "Oslo",
      ["parliamentary finance committee", "Kari Strand"], "past",
      "Hauge said the committee had last questioned the minister on January 20, when she defended the budget rule."),
    M("Nordic finance ministers meeting", ["nordic finance ministers"], md(p, 3, 2, "future"), "day", "Copenhagen",
      ["Nordic finance ministers"], "upcoming",
      "Nordic finance ministers are due to discuss the oil price slump in Copenhagen on March 2, a ministry spokesman said."),
    M("Norges Bank executive board rate meeting", ["executive board"], md(p, 3, 19, "future"), "day", "Oslo",
      ["Norges Bank"], "upcoming",
      "Norges Bank's executive board meets on March 19 to set interest rates, and most economists expect a cut."),
])

# ---------------------------------------------------------------- 02
p = "2009-06-15"
doc(2, p, "Chilean dockworkers to vote on wage offer", """
VALPARAISO, Chile, June 15 (Reuters) - Striking dockworkers at Chile's main container port will hold an assembly of their members on Wednesday to vote on the employers' latest wage offer, the Valparaiso Port Workers Union said.

Labour Minister Rosa Valdivia met both sides in Santiago last Thursday and urged them to settle before the fruit export season peaks.

The union's president, Hector Lagos, said mediation with the port operator, Terminal Pacifico Sur, would resume on Tuesday at the regional labour office.

The operator's board of directors meets on June 25 to review the cost of the stoppage, a company spokeswoman said.

Lagos said the two sides had last met face to face on June 2, before the strike began.
""", [
    M("Port workers union members' assembly", ["assembly"], wd(p, "wednesday", "future"), "day", "Valparaiso",
      ["Valparaiso Port Workers Union"], "upcoming",
      "VALPARAISO, Chile, June 15 (Reuters) - Striking dockworkers at Chile's main container port will hold an assembly of their members on Wednesday to vote on the employers' latest wage offer, the Valparaiso Port Workers Union said."),
    M("Labour minister meeting with both sides", ["both sides"], wd(p, "thursday", "past"), "day", "Santiago",
      ["Rosa Valdivia", "Valparaiso Port Workers Union", "Terminal Pacifico Sur"], "past",
      "Labour Minister Rosa Valdivia met both sides in Santiago last Thursday and urged them to settle before the fruit export season peaks."),
    M("Port mediation resumes", ["mediation"], wd(p, "tuesday", "future"), "day", "regional labour office",
      ["Valparaiso Port Workers Union", "Terminal Pacifico Sur"], "upcoming",
      "The union's president, Hector Lagos, said mediation with the port operator, Terminal Pacifico Sur, would resume on Tuesday at the regional labour office."),
    M("Terminal Pacifico Sur board meeting", ["board of directors"], md(p, 6, 25, "future"), "day", None,
      ["Terminal Pacifico Sur"], "upcoming",
      "The operator's board of directors meets on June 25 to review the cost of the stoppage, a company spokeswoman said."),
    M("Union-operator meeting on June 2", ["face to face"], md(p, 6, 2, "past"), "day", None,
      ["Valparaiso Port Workers Union", "Terminal Pacifico Sur"], "past",
      "Lagos said the two sides had last met face to face on June 2, before the strike began."),
])

# ---------------------------------------------------------------- 03
p = "2001-03-05"
doc(3, p, "Bolivian region declares alert over polluted lake", """
LA PAZ, March 5 (AFP) - The Oruro departmental council met in emergency session in Oruro on Sunday and declared a state of alert over the contamination of Lake Poopo by mine tailings, council president Julio Mamani said.

Mamani said the council would send a delegation to La Paz on Thursday for talks with Mining Minister Fernando Quiroga and officials of the state mining company Comibol.

Environmental groups will hold a forum on the lake's future in Oruro on March 22.

Quiroga met community leaders from the lake shore last month, the ministry said, but no agreement was reached.

At a summit in Cochabamba in January, mayors of the Altiplano towns demanded a clean-up fund from the government.
""", [
    M("Oruro departmental council emergency session", ["emergency session"], wd(p, "sunday", "past"), "day", "Oruro",
      ["Oruro departmental council"], "past",
      "LA PAZ, March 5 (AFP) - The Oruro departmental council met in emergency session in Oruro on Sunday and declared a state of alert over the contamination of Lake Poopo by mine tailings, council president Julio Mamani said."),
    M("Oruro delegation talks with mining minister", ["talks with mining minister"], wd(p, "thursday", "future"), "day", "La Paz",
      ["Oruro departmental council", "Fernando Quiroga", "Comibol"], "upcoming",
      "Mamani said the council would send a delegation to La Paz on Thursday for talks with Mining Minister Fernando Quiroga and officials of the state mining company Comibol."),
    M("Forum on Lake Poopo", ["forum"], md(p, 3, 22, "future"), "day", "Oruro",
      [], "upcoming",
      "Environmental groups will hold a forum on the lake's future in Oruro on March 22."),
    M("Quiroga meeting with lake community leaders", ["community leaders"], month(p, -1), "month", None,
      ["Fernando Quiroga"], "past",
      "Quiroga met community leaders from the lake shore last month, the ministry said, but no agreement was reached."),
    M("Altiplano mayors summit in Cochabamba", ["summit in cochabamba"], mname(p, 1, "past"), "month", "Cochabamba",
      [], "past",
      "At a summit in Cochabamba in January, mayors of the Altiplano towns demanded a clean-up fund from the government."),
])

# ---------------------------------------------------------------- 04
p = "2012-09-18"
doc(4, p, "EAC ministers to discuss sugar tariff", """
NAIROBI, Sept 18 (Reuters) - East African Community trade ministers are due to discuss a common external tariff on sugar in Arusha on Friday, Kenya's trade ministry said.

The ministers' meeting follows a session of senior officials from the five member states, which opened in Arusha on Monday and ends on Thursday.

Kenya's Trade Minister Moses Wetangula will also hold separate talks with his Ugandan counterpart, Amelia Kyambadde, on the sidelines on Friday, the ministry said.

The Kenya Sugar Board will hold its annual general meeting in Kisumu on October 4.

Representatives of sugar cane farmers met Wetangula in Nairobi last week to press for a higher levy on imports.
""", [
    M("EAC trade ministers meeting on sugar tariff", ["trade ministers"], wd(p, "friday", "future"), "day", "Arusha",
      ["East African Community"], "upcoming",
      "NAIROBI, Sept 18 (Reuters) - East African Community trade ministers are due to discuss a common external tariff on sugar in Arusha on Friday, Kenya's trade ministry said."),
    M("EAC senior officials session", ["senior officials"], wd(p, "monday", "past"), "day", "Arusha",
      [], "ongoing",
      "The ministers' meeting follows a session of senior officials from the five member states, which opened in Arusha on Monday and ends on Thursday.",
      end=wd(p, "thursday", "future")),
    M("Wetangula-Kyambadde talks", ["separate talks"], wd(p, "friday", "future"), "day", "Arusha",
      ["Moses Wetangula", "Amelia Kyambadde"], "upcoming",
      "Kenya's Trade Minister Moses Wetangula will also hold separate talks with his Ugandan counterpart, Amelia Kyambadde, on the sidelines on Friday, the ministry said."),
    M("Kenya Sugar Board AGM", ["annual general meeting"], md(p, 10, 4, "future"), "day", "Kisumu",
      ["Kenya Sugar Board"], "upcoming",
      "The Kenya Sugar Board will hold its annual general meeting in Kisumu on October 4."),
    M("Cane farmers meeting with Wetangula", ["sugar cane farmers"], week(p, -1), "week", "Nairobi",
      ["Moses Wetangula"], "past",
      "Representatives of sugar cane farmers met Wetangula in Nairobi last week to press for a higher levy on imports."),
])

# ---------------------------------------------------------------- 05
p = "2018-04-02"
doc(5, p, "South Korean defence minister to face lawmakers over tanker delay", """
SEOUL, April 2 (Yonhap) - The National Assembly's defence committee will question Defence Minister Song Young-moo on Wednesday about the delayed purchase of tanker aircraft, committee officials said.

Song is also scheduled to appear before the budget committee on April 10.

Leaders of the ruling Democratic Party met at the party headquarters on Sunday to discuss the June local elections.

A working-level meeting between North Korea and South Korea to prepare for the summit will be held at the truce village of Panmunjom on Thursday, the Unification Ministry said.

The last working-level talks between the two Koreas took place on March 29.
""", [
    M("Defence committee questioning of Song", ["defence committee"], wd(p, "wednesday", "future"), "day", "Seoul",
      ["defence committee", "Song Young-moo"], "upcoming",
      "SEOUL, April 2 (Yonhap) - The National Assembly's defence committee will question Defence Minister Song Young-moo on Wednesday about the delayed purchase of tanker aircraft, committee officials said."),
    M("Budget committee appearance by Song", ["budget committee"], md(p, 4, 10, "future"), "day", "Seoul",
      ["budget committee", "Song Young-moo"], "upcoming",
      "Song is also scheduled to appear before the budget committee on April 10."),
    M("Democratic Party leadership meeting", ["party headquarters"], wd(p, "sunday", "past"), "day", "party headquarters",
      ["Democratic Party"], "past",
      "Leaders of the ruling Democratic Party met at the party headquarters on Sunday to discuss the June local elections."),
    M("Inter-Korean working-level meeting", ["working-level meeting"], wd(p, "thursday", "future"), "day", "Panmunjom",
      ["North Korea", "South Korea"], "upcoming",
      "A working-level meeting between North Korea and South Korea to prepare for the summit will be held at the truce village of Panmunjom on Thursday, the Unification Ministry said."),
    M("Inter-Korean working-level talks on March 29", ["last working-level talks"], md(p, 3, 29, "past"), "day", None,
      ["North Korea", "South Korea"], "past",
      "The last working-level talks between the two Koreas took place on March 29."),
])

# ---------------------------------------------------------------- 06
p = "1997-11-11"
doc(6, p, "Turkey, Syria to resume Euphrates water talks", """
ANKARA, Nov 11 (Reuters) - Turkish and Syrian water experts will resume technical talks on sharing the Euphrates in Damascus next week, the Foreign Ministry said.

The experts last met in Ankara in July but failed to agree on a minimum flow at the border.

Foreign Minister Ismail Cem will host his Iraqi counterpart, Mohammed Saeed al-Sahaf, for talks on Thursday, the ministry spokesman said.

Cem is due to brief parliament's foreign affairs committee on the water dispute on November 19.

A tripartite technical committee of the three riparian states has not met for four years.
""", [
    M("Turkish-Syrian water talks in Damascus", ["technical talks"], week(p, 1), "week", "Damascus",
      ["Turkey", "Syria"], "upcoming",
      "ANKARA, Nov 11 (Reuters) - Turkish and Syrian water experts will resume technical talks on sharing the Euphrates in Damascus next week, the Foreign Ministry said."),
    M("Water experts meeting in Ankara in July", ["last met in ankara"], mname(p, 7, "past"), "month", "Ankara",
      ["Turkey", "Syria"], "past",
      "The experts last met in Ankara in July but failed to agree on a minimum flow at the border."),
    M("Cem-Sahaf talks", ["iraqi counterpart"], wd(p, "thursday", "future"), "day", "Ankara",
      ["Ismail Cem", "Mohammed Saeed al-Sahaf"], "upcoming",
      "Foreign Minister Ismail Cem will host his Iraqi counterpart, Mohammed Saeed al-Sahaf, for talks on Thursday, the ministry spokesman said."),
    M("Foreign affairs committee briefing by Cem", ["foreign affairs committee"], md(p, 11, 19, "future"), "day", "Ankara",
      ["foreign affairs committee", "Ismail Cem"], "upcoming",
      "Cem is due to brief parliament's foreign affairs committee on the water dispute on November 19."),
])

# ---------------------------------------------------------------- 07
p = "2006-05-22"
doc(7, p, "Philippine Senate to hold special session on VAT rise", """
MANILA, May 22 (AP) - The Philippine Senate will hold a special session on Wednesday to consider the proposed increase in the value-added tax, Senate President Manuel Villar said.

Finance Secretary Margarito Teves met senators from both parties at the Senate on Friday to lobby for the measure.

The bicameral conference committee, which reconciles the Senate and House versions, is expected to convene next week.

Business groups led by the Makati Business Club will hold a forum on the tax on May 30 at a hotel in Makati.

The central bank's Monetary Board meets on June 8 to review interest rates.
""", [
    M("Senate special session on VAT", ["special session"], wd(p, "wednesday", "future"), "day", "Manila",
      ["Philippine Senate"], "upcoming",
      "MANILA, May 22 (AP) - The Philippine Senate will hold a special session on Wednesday to consider the proposed increase in the value-added tax, Senate President Manuel Villar said."),
    M("Teves meeting with senators", ["met senators"], wd(p, "friday", "past"), "day", "Senate",
      ["Margarito Teves"], "past",
      "Finance Secretary Margarito Teves met senators from both parties at the Senate on Friday to lobby for the measure."),
    M("Bicameral conference committee meeting", ["bicameral conference committee"], week(p, 1), "week", "Manila",
      ["bicameral conference committee"], "upcoming",
      "The bicameral conference committee, which reconciles the Senate and House versions, is expected to convene next week."),
    M("Makati Business Club forum on VAT", ["forum"], md(p, 5, 30, "future"), "day", "Makati",
      ["Makati Business Club"], "upcoming",
      "Business groups led by the Makati Business Club will hold a forum on the tax on May 30 at a hotel in Makati."),
    M("Monetary Board meeting", ["monetary board"], md(p, 6, 8, "future"), "day", "Manila",
      ["Monetary Board"], "upcoming",
      "The central bank's Monetary Board meets on June 8 to review interest rates."),
])

# ---------------------------------------------------------------- 08
p = "2011-08-08"
doc(8, p, "Bangladesh garment wage talks set for Wednesday", """
DHAKA, Aug 8 (Reuters) - Leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) and the National Garment Workers Federation will sit down for talks on a new minimum wage at the Labour Ministry on Wednesday, Labour Minister Khandaker Mosharraf Hossain said.

Hossain met the owners' leaders yesterday and said they had agreed in principle to a rise.

The federation will hold a rally in Dhaka on Friday and a meeting of its central committee on Saturday to decide on further action.

The minimum wage board last convened in July 2010, when it set the current rate.
""", [
    M("Garment wage talks at Labour Ministry", ["talks on a new minimum wage"], wd(p, "wednesday", "future"), "day", "Labour Ministry",
      ["BGMEA", "National Garment Workers Federation"], "upcoming",
      "DHAKA, Aug 8 (Reuters) - Leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) and the National Garment Workers Federation will sit down for talks on a new minimum wage at the Labour Ministry on Wednesday, Labour Minister Khandaker Mosharraf Hossain said."),
    M("Hossain meeting with BGMEA leaders", ["met the owners"], rel(p, -1), "day", "Dhaka",
      ["Khandaker Mosharraf Hossain", "BGMEA"], "past",
      "Hossain met the owners' leaders yesterday and said they had agreed in principle to a rise."),
    M("Workers federation central committee meeting", ["central committee"], wd(p, "saturday", "future"), "day", "Dhaka",
      ["National Garment Workers Federation"], "upcoming",
      "The federation will hold a rally in Dhaka on Friday and a meeting of its central committee on Saturday to decide on further action."),
    M("Minimum wage board meeting in July 2010", ["minimum wage board"], "2010-07", "month", None,
      ["minimum wage board"], "past",
      "The minimum wage board last convened in July 2010, when it set the current rate."),
])

# ---------------------------------------------------------------- 09
p = "2016-03-14"
doc(9, p, "IMF team to begin Ghana programme review", """
ACCRA, March 14 (Reuters) - An International Monetary Fund staff team will begin the second review of Ghana's loan programme in Accra on Tuesday, the Finance Ministry said.

The mission, led by Joel Toujas-Bernate, will meet Finance Minister Seth Terkper and Bank of Ghana officials during its two-week stay.

The Bank of Ghana's Monetary Policy Committee meets on March 21 and is expected to keep its policy rate on hold.

Terkper told parliament's finance committee on Friday that the deficit target would be met.

The IMF's executive board approved the first review at a meeting in Washington in January.
""", [
    M("IMF second review mission in Accra", ["second review", "mission"], wd(p, "tuesday", "future"), "day", "Accra",
      ["International Monetary Fund", "Joel Toujas-Bernate", "Seth Terkper", "Bank of Ghana"], "upcoming",
      "ACCRA, March 14 (Reuters) - An International Monetary Fund staff team will begin the second review of Ghana's loan programme in Accra on Tuesday, the Finance Ministry said."),
    M("Bank of Ghana MPC meeting", ["monetary policy committee"], md(p, 3, 21, "future"), "day", "Accra",
      ["Monetary Policy Committee"], "upcoming",
      "The Bank of Ghana's Monetary Policy Committee meets on March 21 and is expected to keep its policy rate on hold."),
    M("Finance committee hearing with Terkper", ["finance committee"], wd(p, "friday", "past"), "day", "Accra",
      ["finance committee", "Seth Terkper"], "past",
      "Terkper told parliament's finance committee on Friday that the deficit target would be met."),
    M("IMF executive board meeting on first review", ["executive board"], mname(p, 1, "past"), "month", "Washington",
      ["IMF"], "past",
      "The IMF's executive board approved the first review at a meeting in Washington in January."),
])

# ---------------------------------------------------------------- 10
p = "2019-10-07"
doc(10, p, "EU farm ministers to discuss CAP reform", """
BRUSSELS, Oct 7 (Reuters) - European Union agriculture ministers are due to discuss the reform of the common agricultural policy in Luxembourg on October 14 and 15, diplomats said.

Ahead of the ministers' meeting, the Special Committee on Agriculture will prepare the discussion on Friday.

The European Commission's farm chief, Phil Hogan, met representatives of the farm lobby Copa-Cogeca in Brussels on Friday.

EU and Mercosur negotiators held a round of technical talks by videoconference in September to finalise the legal text of their trade deal.

The next EU-Mercosur ministerial meeting is planned for December in Montevideo.
""", [
    M("EU agriculture ministers meeting in Luxembourg", ["agriculture ministers"], md(p, 10, 14, "future"), "day", "Luxembourg",
      ["European Union"], "upcoming",
      "BRUSSELS, Oct 7 (Reuters) - European Union agriculture ministers are due to discuss the reform of the common agricultural policy in Luxembourg on October 14 and 15, diplomats said.",
      end=md(p, 10, 15, "future")),
    M("Special Committee on Agriculture meeting", ["special committee on agriculture"], wd(p, "friday", "future"), "day", "Brussels",
      ["Special Committee on Agriculture"], "upcoming",
      "Ahead of the ministers' meeting, the Special Committee on Agriculture will prepare the discussion on Friday."),
    M("Hogan meeting with Copa-Cogeca", ["copa-cogeca"], wd(p, "friday", "past"), "day", "Brussels",
      ["Phil Hogan", "Copa-Cogeca"], "past",
      "The European Commission's farm chief, Phil Hogan, met representatives of the farm lobby Copa-Cogeca in Brussels on Friday."),
    M("EU-Mercosur technical talks by videoconference", ["technical talks"], mname(p, 9, "past"), "month", None,
      ["EU", "Mercosur"], "past",
      "EU and Mercosur negotiators held a round of technical talks by videoconference in September to finalise the legal text of their trade deal."),
    M("EU-Mercosur ministerial meeting in Montevideo", ["ministerial meeting"], mname(p, 12, "future"), "month", "Montevideo",
      ["EU", "Mercosur"], "upcoming",
      "The next EU-Mercosur ministerial meeting is planned for December in Montevideo."),
])

# ---------------------------------------------------------------- checks
S.finish(10, "fresh44.jsonl", 60, nation={"Turkey": "Turkish", "Syria": "Syrian"})
