#!/usr/bin/env python3
"""Build fresh42.jsonl: 12 invented wire stories testing PARTICIPANTS: nationality lists with free
modifiers ("Kenyan and Tanzanian customs officials"), lower-case subject bodies ("the university
council", "Governors met"), the subject of reported speech ("told him Japan could not"), "a delegation
from X" (plus near-misses). All resolved dates are computed here."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  the date helpers, M, Set

S = Set("f42")
doc = S.doc

# ---------------------------------------------------------------- 01
pub = "1988-06-14"
doc(1, pub, "Kenya, Tanzania customs talks end without deal", """
NAIROBI, June 14 (Reuters) - Kenyan and Tanzanian customs officials held talks at the Namanga border post on Saturday but failed to agree on the treatment of goods assembled from imported parts, a Kenyan official said.

The two countries' trade ministers will meet in Arusha on June 28 to try to settle the dispute before it spills over into the East African preferential tariff talks, he said.

Kenyan importers complain that Tanzanian officers have held up more than 300 lorries since April. Finance Minister George Saitoti met the Kenya Association of Manufacturers yesterday and told them Tanzania had promised to clear the backlog within two weeks.

Ugandan and Rwandan transport officials are due to confer in Kampala next week on transit fees for the northern corridor.
""", [
    M("Kenya-Tanzania customs talks at Namanga", ["namanga", "customs officials"],
      wd(pub, "saturday", "past"), "day", "Namanga", ["Kenya", "Tanzania"], "past",
      "Kenyan and Tanzanian customs officials held talks at the Namanga border post on Saturday but failed to agree on the treatment of goods assembled from imported parts, a Kenyan official said."),
    M("Kenya-Tanzania trade ministers meeting", ["trade ministers", "arusha"],
      md(pub, 6, 28, "future"), "day", "Arusha", ["Kenya", "Tanzania"], "upcoming",
      "The two countries' trade ministers will meet in Arusha on June 28 to try to settle the dispute before it spills over into the East African preferential tariff talks, he said."),
    M("Saitoti meeting with manufacturers", ["saitoti", "kenya association of manufacturers"],
      rel(pub, -1), "day", "Nairobi", ["George Saitoti", "Kenya Association of Manufacturers"], "past",
      "Finance Minister George Saitoti met the Kenya Association of Manufacturers yesterday and told them Tanzania had promised to clear the backlog within two weeks."),
    M("Uganda-Rwanda transport officials talks", ["transport officials", "kampala"],
      week(pub, 1), "week", "Kampala", ["Uganda", "Rwanda"], "upcoming",
      "Ugandan and Rwandan transport officials are due to confer in Kampala next week on transit fees for the northern corridor."),
])

# ---------------------------------------------------------------- 02
pub = "2019-09-23"
doc(2, pub, "Philippines, Japan coast guards to hold maritime dialogue", """
MANILA, Sept 23 (Kyodo) - Philippine and Japanese coast guard officials will hold the fourth Maritime Cooperation Dialogue in Tokyo on October 1, the Department of Transportation said on Monday.

The dialogue follows a visit to Manila last month by Japanese Vice Foreign Minister Kenji Yamada, who met Transportation Secretary Arthur Tugade and told him Japan would fund two more patrol vessels.

Separately, Vietnamese and Philippine fisheries officials met in Hanoi on Thursday to discuss a hotline for incidents at sea, officials said.

A delegation from the Integrated Bar of the Philippines will meet Justice Secretary Menardo Guevarra on Wednesday to press for faster hearings of maritime cases.
""", [
    M("Fourth Philippines-Japan Maritime Cooperation Dialogue", ["maritime cooperation dialogue"],
      md(pub, 10, 1, "future"), "day", "Tokyo", ["Philippines", "Japan"], "upcoming",
      "Philippine and Japanese coast guard officials will hold the fourth Maritime Cooperation Dialogue in Tokyo on October 1, the Department of Transportation said on Monday."),
    M("Yamada meeting with Tugade", ["yamada", "tugade"],
      month(pub, -1), "month", "Manila", ["Kenji Yamada", "Arthur Tugade"], "past",
      "The dialogue follows a visit to Manila last month by Japanese Vice Foreign Minister Kenji Yamada, who met Transportation Secretary Arthur Tugade and told him Japan would fund two more patrol vessels."),
    M("Vietnam-Philippines fisheries officials meeting", ["fisheries officials", "hanoi"],
      wd(pub, "thursday", "past"), "day", "Hanoi", ["Vietnam", "Philippines"], "past",
      "Separately, Vietnamese and Philippine fisheries officials met in Hanoi on Thursday to discuss a hotline for incidents at sea, officials said."),
    M("Integrated Bar delegation meeting with Guevarra", ["integrated bar", "guevarra"],
      wd(pub, "wednesday", "future"), "day", "Manila", ["Integrated Bar of the Philippines", "Menardo Guevarra"], "upcoming",
      "A delegation from the Integrated Bar of the Philippines will meet Justice Secretary Menardo Guevarra on Wednesday to press for faster hearings of maritime cases."),
])

# ---------------------------------------------------------------- 03
pub = "1986-03-12"
doc(3, pub, "U.S. Senate panel to examine farm export subsidies", """
WASHINGTON, March 12 (Reuters) - The subcommittee on foreign agricultural policy held a closed session last Thursday to review its staff's findings on export subsidies paid to grain companies, aides said.

The full Senate Agriculture Committee will hold a public hearing on the findings on March 20, committee chairman Jesse Helms said.

Agriculture Secretary Richard Lyng met Canadian Ambassador Allan Gotlieb on Monday and told him Washington would not drop the subsidies while the European Community kept its own.

Wheat growers' associations from Kansas and Nebraska will meet Agriculture Department officials here on Friday to urge a bigger export bonus.
""", [
    M("Subcommittee on foreign agricultural policy closed session", ["closed session", "subcommittee on foreign agricultural policy"],
      wd(pub, "thursday", "past"), "day", "Washington", ["subcommittee on foreign agricultural policy"], "past",
      "The subcommittee on foreign agricultural policy held a closed session last Thursday to review its staff's findings on export subsidies paid to grain companies, aides said."),
    M("Senate Agriculture Committee hearing", ["public hearing", "senate agriculture committee"],
      md(pub, 3, 20, "future"), "day", "Washington", ["Senate Agriculture Committee", "Jesse Helms"], "upcoming",
      "The full Senate Agriculture Committee will hold a public hearing on the findings on March 20, committee chairman Jesse Helms said."),
    M("Lyng meeting with Gotlieb", ["lyng", "gotlieb"],
      wd(pub, "monday", "past"), "day", "Washington", ["Richard Lyng", "Allan Gotlieb"], "past",
      "Agriculture Secretary Richard Lyng met Canadian Ambassador Allan Gotlieb on Monday and told him Washington would not drop the subsidies while the European Community kept its own."),
    M("Wheat growers meeting with department officials", ["wheat growers", "agriculture department"],
      wd(pub, "friday", "future"), "day", "Washington", ["Wheat growers' associations from Kansas and Nebraska", "Agriculture Department"], "upcoming",
      "Wheat growers' associations from Kansas and Nebraska will meet Agriculture Department officials here on Friday to urge a bigger export bonus."),
])

# ---------------------------------------------------------------- 04
pub = "2012-02-08"
doc(4, pub, "Kenyan counties split over health workers' arrears", """
NAIROBI, Feb 8 (Xinhua) - Governors met in Naivasha on Monday and resolved to clear health workers' salary arrears in instalments, a plan the nurses' union has rejected as vague.

The union's national executive council will meet in Nairobi on Saturday to decide whether to call a strike, secretary-general Seth Panyako said.

Health Minister Beth Mugo met union leaders here last month and told them the Treasury had released 2 billion shillings, but the money has not reached the counties.

A meeting of the senate health committee on Thursday will hear from the Council of Governors and the Ministry of Health.
""", [
    M("Governors meeting in Naivasha", ["governors", "naivasha"],
      wd(pub, "monday", "past"), "day", "Naivasha", ["Governors"], "past",
      "Governors met in Naivasha on Monday and resolved to clear health workers' salary arrears in instalments, a plan the nurses' union has rejected as vague."),
    M("Nurses' union national executive council meeting", ["national executive council"],
      wd(pub, "saturday", "future"), "day", "Nairobi", ["national executive council"], "upcoming",
      "The union's national executive council will meet in Nairobi on Saturday to decide whether to call a strike, secretary-general Seth Panyako said."),
    M("Mugo meeting with union leaders", ["mugo", "union leaders"],
      month(pub, -1), "month", "Nairobi", ["Beth Mugo", "union leaders"], "past",
      "Health Minister Beth Mugo met union leaders here last month and told them the Treasury had released 2 billion shillings, but the money has not reached the counties."),
    M("Senate health committee meeting", ["senate health committee"],
      wd(pub, "thursday", "future"), "day", "Nairobi", ["senate health committee", "Council of Governors", "Ministry of Health"], "upcoming",
      "A meeting of the senate health committee on Thursday will hear from the Council of Governors and the Ministry of Health."),
])

# ---------------------------------------------------------------- 05
pub = "1992-09-21"
doc(5, pub, "Coffee producers to caucus before ICO council", """
LONDON, Sept 21 (Reuters) - Producer countries will caucus at the International Coffee Organization's headquarters on September 28 to try to agree a common position on a new export quota system, Brazilian delegates said.

The ICO council session opens the following day and is due to run until October 2.

Colombian and Brazilian coffee federation officials met in Bogota last Wednesday and agreed to seek a universal quota, delegates said. Central American producers, who met in Guatemala City earlier this month, want selectivity for their milder arabicas.

Consumer countries are expected to hold their own coordination meeting on Sunday.
""", [
    M("Producer countries caucus", ["caucus", "producer countries"],
      md(pub, 9, 28, "future"), "day", "London", ["Producer countries"], "upcoming",
      "Producer countries will caucus at the International Coffee Organization's headquarters on September 28 to try to agree a common position on a new export quota system, Brazilian delegates said."),
    M("ICO council session", ["council session", "ico"],
      md(pub, 9, 29, "future"), "day", "London", ["ICO"], "upcoming",
      "The ICO council session opens the following day and is due to run until October 2.", end=md(pub, 10, 2, "future")),
    M("Colombia-Brazil coffee federation officials meeting", ["bogota", "coffee federation"],
      wd(pub, "wednesday", "past"), "day", "Bogota", ["Colombia", "Brazil"], "past",
      "Colombian and Brazilian coffee federation officials met in Bogota last Wednesday and agreed to seek a universal quota, delegates said."),
    M("Central American producers meeting", ["central american producers", "guatemala city"],
      month(pub, 0), "month", "Guatemala City", ["Central American producers"], "past",
      "Central American producers, who met in Guatemala City earlier this month, want selectivity for their milder arabicas."),
    M("Consumer countries coordination meeting", ["coordination meeting", "consumer countries"],
      wd(pub, "sunday", "future"), "day", "London", ["Consumer countries"], "upcoming",
      "Consumer countries are expected to hold their own coordination meeting on Sunday."),
])

# ---------------------------------------------------------------- 06
pub = "2015-11-18"
doc(6, pub, "Northmoor university council backs cost-saving plan", """
LEEDS, England, Nov 18 (Reuters) - A meeting of the university council last Wednesday approved a cost-saving programme at the University of Northmoor that will close two departments, the vice-chancellor, Professor Alan Rigby, said.

The local branch of the University and College Union will hold a members' meeting on Monday to consider a ballot for industrial action, branch secretary Kath Doyle said.

Rigby met student union officers on Tuesday and told them the university would protect hardship funds.

A delegation from the Northmoor Trades Council is due to meet the council's chair, Sir Peter Lambe, on November 26.
""", [
    M("University council meeting", ["university council"],
      wd(pub, "wednesday", "past") if P(pub).weekday() != 2 else iso(P(pub) - datetime.timedelta(days=7)), "day", None, ["university council"], "past",
      "A meeting of the university council last Wednesday approved a cost-saving programme at the University of Northmoor that will close two departments, the vice-chancellor, Professor Alan Rigby, said."),
    M("UCU branch members' meeting", ["members' meeting", "university and college union"],
      wd(pub, "monday", "future"), "day", None, ["University and College Union"], "upcoming",
      "The local branch of the University and College Union will hold a members' meeting on Monday to consider a ballot for industrial action, branch secretary Kath Doyle said."),
    M("Rigby meeting with student union officers", ["student union officers"],
      wd(pub, "tuesday", "past"), "day", None, ["Alan Rigby", "student union officers"], "past",
      "Rigby met student union officers on Tuesday and told them the university would protect hardship funds."),
    M("Trades council delegation meeting with Lambe", ["northmoor trades council", "peter lambe"],
      md(pub, 11, 26, "future"), "day", None, ["Northmoor Trades Council", "Peter Lambe"], "upcoming",
      "A delegation from the Northmoor Trades Council is due to meet the council's chair, Sir Peter Lambe, on November 26."),
])

# ---------------------------------------------------------------- 07
pub = "2023-08-09"
doc(7, pub, "Australian leaders to meet on housing targets", """
CANBERRA, Aug 9 (AAP) - State and territory leaders will meet the prime minister at Parliament House on Friday for a national cabinet meeting expected to focus on housing supply.

Treasurers met in Brisbane last month but could not agree on how to share the costs of new infrastructure, officials said.

Housing Minister Julie Collins met builders' representatives on Monday and told them Canberra would not lift the cap on the new fund.

Opposition parties will hold talks in Canberra next week on a joint amendment to the housing bill, Greens spokesman Max Chandler-Mather said.
""", [
    M("National cabinet meeting", ["national cabinet", "parliament house"],
      wd(pub, "friday", "future"), "day", "Parliament House, Canberra", ["State and territory leaders", "prime minister"], "upcoming",
      "State and territory leaders will meet the prime minister at Parliament House on Friday for a national cabinet meeting expected to focus on housing supply."),
    M("Treasurers meeting in Brisbane", ["treasurers", "brisbane"],
      month(pub, -1), "month", "Brisbane", ["Treasurers"], "past",
      "Treasurers met in Brisbane last month but could not agree on how to share the costs of new infrastructure, officials said."),
    M("Collins meeting with builders", ["julie collins", "builders' representatives"],
      wd(pub, "monday", "past"), "day", "Canberra", ["Julie Collins", "builders' representatives"], "past",
      "Housing Minister Julie Collins met builders' representatives on Monday and told them Canberra would not lift the cap on the new fund."),
    M("Opposition parties talks", ["opposition parties"],
      week(pub, 1), "week", "Canberra", ["Opposition parties", "Greens"], "upcoming",
      "Opposition parties will hold talks in Canberra next week on a joint amendment to the housing bill, Greens spokesman Max Chandler-Mather said."),
])

# ---------------------------------------------------------------- 08
pub = "1979-05-16"
doc(8, pub, "Greek, Turkish officials to resume Aegean talks", """
ATHENS, May 16 (AP) - Greek and Turkish foreign ministry officials will resume talks on the Aegean continental shelf in Ankara on May 29, the Greek Foreign Ministry said today.

The last round, held in Athens in March, ended without progress. Foreign Minister George Rallis met the Turkish ambassador yesterday and told him Greece wanted the dispute taken to the International Court of Justice.

Separately, Greek and Bulgarian railway officials met in Sofia on Monday to discuss a new freight link, the state railway said. Greek shipowners will meet Merchant Marine Minister Georgios Katsifaras here on Friday.
""", [
    M("Greece-Turkey Aegean talks", ["aegean", "ankara"],
      md(pub, 5, 29, "future"), "day", "Ankara", ["Greece", "Turkey"], "upcoming",
      "Greek and Turkish foreign ministry officials will resume talks on the Aegean continental shelf in Ankara on May 29, the Greek Foreign Ministry said today."),
    M("Previous Greece-Turkey round", ["last round"],
      mname(pub, 3, "past"), "month", "Athens", ["Greece", "Turkey"], "past",
      "The last round, held in Athens in March, ended without progress."),
    M("Rallis meeting with Turkish ambassador", ["rallis", "turkish ambassador"],
      rel(pub, -1), "day", "Athens", ["George Rallis", "Turkish ambassador"], "past",
      "Foreign Minister George Rallis met the Turkish ambassador yesterday and told him Greece wanted the dispute taken to the International Court of Justice."),
    M("Greece-Bulgaria railway officials meeting", ["railway officials", "sofia"],
      wd(pub, "monday", "past"), "day", "Sofia", ["Greece", "Bulgaria"], "past",
      "Separately, Greek and Bulgarian railway officials met in Sofia on Monday to discuss a new freight link, the state railway said."),
    M("Shipowners meeting with Katsifaras", ["shipowners", "katsifaras"],
      wd(pub, "friday", "future"), "day", "Athens", ["Greek shipowners", "Georgios Katsifaras"], "upcoming",
      "Greek shipowners will meet Merchant Marine Minister Georgios Katsifaras here on Friday."),
])

# ---------------------------------------------------------------- 09
pub = "2007-04-04"
doc(9, pub, "Ghana health alliance presses ministry on clinics", """
ACCRA, April 4 (GNA) - A delegation from the Ghana Rural Health Alliance met officials of the Ministry of Health in Accra on Monday to present a survey of rural clinics, the alliance said.

The ministry's planning committee will consider the findings at its meeting on April 12, a ministry spokesman said.

Deputy Minister Gladys Ashitey met district health directors yesterday and told them Accra would release funds for 40 new midwives.

The alliance's board of trustees meets on Saturday to approve a campaign for the budget debate.
""", [
    M("Alliance delegation meeting with Ministry of Health officials", ["ghana rural health alliance", "ministry of health"],
      wd(pub, "monday", "past"), "day", "Accra", ["Ghana Rural Health Alliance", "Ministry of Health"], "past",
      "A delegation from the Ghana Rural Health Alliance met officials of the Ministry of Health in Accra on Monday to present a survey of rural clinics, the alliance said."),
    M("Ministry planning committee meeting", ["planning committee"],
      md(pub, 4, 12, "future"), "day", "Accra", ["planning committee"], "upcoming",
      "The ministry's planning committee will consider the findings at its meeting on April 12, a ministry spokesman said."),
    M("Ashitey meeting with district health directors", ["ashitey", "district health directors"],
      rel(pub, -1), "day", "Accra", ["Gladys Ashitey", "district health directors"], "past",
      "Deputy Minister Gladys Ashitey met district health directors yesterday and told them Accra would release funds for 40 new midwives."),
    M("Alliance board of trustees meeting", ["board of trustees"],
      wd(pub, "saturday", "future"), "day", None, ["Ghana Rural Health Alliance"], "upcoming",
      "The alliance's board of trustees meets on Saturday to approve a campaign for the budget debate."),
])

# ---------------------------------------------------------------- 10
pub = "1996-10-30"
doc(10, pub, "Chile, Argentina border officials meet on pass closures", """
SANTIAGO, Oct 30 (Reuters) - Chilean and Argentine border police officials met in Mendoza on Tuesday to coordinate the reopening of the Cristo Redentor pass, the Interior Ministry said.

Chilean Interior Minister Carlos Figueroa met truckers' leaders yesterday and told them Argentina had agreed to longer opening hours.

Peruvian and Bolivian customs rules will be discussed when Andean Pact trade officials meet in Lima on November 12, officials said. The pact's commission last met in Quito in August.
""", [
    M("Chile-Argentina border police officials meeting", ["mendoza", "border police"],
      wd(pub, "tuesday", "past"), "day", "Mendoza", ["Chile", "Argentina"], "past",
      "Chilean and Argentine border police officials met in Mendoza on Tuesday to coordinate the reopening of the Cristo Redentor pass, the Interior Ministry said."),
    M("Figueroa meeting with truckers' leaders", ["figueroa", "truckers' leaders"],
      rel(pub, -1), "day", "Santiago", ["Carlos Figueroa", "truckers' leaders"], "past",
      "Chilean Interior Minister Carlos Figueroa met truckers' leaders yesterday and told them Argentina had agreed to longer opening hours."),
    M("Andean Pact trade officials meeting", ["andean pact", "lima"],
      md(pub, 11, 12, "future"), "day", "Lima", ["Andean Pact"], "upcoming",
      "Peruvian and Bolivian customs rules will be discussed when Andean Pact trade officials meet in Lima on November 12, officials said."),
    M("Andean Pact commission meeting", ["commission", "quito"],
      mname(pub, 8, "past"), "month", "Quito", ["Andean Pact"], "past",
      "The pact's commission last met in Quito in August."),
])

# ---------------------------------------------------------------- 11
pub = "2001-07-11"
doc(11, pub, "Seoul subway union, operator resume wage talks", """
SEOUL, July 11 (Yonhap) - Union leaders and management of Seoul Metropolitan Subway Corp resumed wage talks at the company's headquarters today after a five-day break, a company spokesman said.

Labour Minister Kim Ho-jin met the union's president, Park Sung-chul, on Monday and told him the government would not tolerate a strike during the tourist season.

A delegation from the Korean Confederation of Trade Unions will meet Seoul Mayor Goh Kun on Friday to press for the rehiring of dismissed workers.

The subway corporation's board of directors will meet on July 20 to approve any settlement.
""", [
    M("Seoul subway wage talks", ["wage talks", "seoul metropolitan subway"],
      pub, "day", "Seoul", ["Seoul Metropolitan Subway Corp", "Union leaders"], "ongoing",
      "Union leaders and management of Seoul Metropolitan Subway Corp resumed wage talks at the company's headquarters today after a five-day break, a company spokesman said."),
    M("Kim Ho-jin meeting with Park Sung-chul", ["kim ho-jin", "park sung-chul"],
      wd(pub, "monday", "past"), "day", "Seoul", ["Kim Ho-jin", "Park Sung-chul"], "past",
      "Labour Minister Kim Ho-jin met the union's president, Park Sung-chul, on Monday and told him the government would not tolerate a strike during the tourist season."),
    M("KCTU delegation meeting with Goh Kun", ["korean confederation of trade unions", "goh kun"],
      wd(pub, "friday", "future"), "day", "Seoul", ["Korean Confederation of Trade Unions", "Goh Kun"], "upcoming",
      "A delegation from the Korean Confederation of Trade Unions will meet Seoul Mayor Goh Kun on Friday to press for the rehiring of dismissed workers."),
    M("Seoul Metropolitan Subway Corp board meeting", ["board of directors"],
      md(pub, 7, 20, "future"), "day", None, ["Seoul Metropolitan Subway Corp"], "upcoming",
      "The subway corporation's board of directors will meet on July 20 to approve any settlement."),
])

# ---------------------------------------------------------------- 12
pub = "1990-02-21"
doc(12, pub, "Italian minister briefs Senate panel on steel aid", """
ROME, Feb 21 (Reuters) - Industry Minister Adolfo Battaglia told the Senate industry committee yesterday that Italy would cut steel capacity by a further two million tonnes, committee sources said.

Battaglia met European Commission Vice-President Martin Bangemann in Brussels on Friday and told him Rome needed until 1992 to close the Bagnoli plant.

Italian and Spanish steel industry officials will meet in Madrid next week to coordinate their position before EC industry ministers meet in Brussels on March 5, an Italian official said.

Unions representing 30,000 steelworkers will meet Battaglia here on Monday.
""", [
    M("Battaglia before Senate industry committee", ["senate industry committee"],
      rel(pub, -1), "day", "Rome", ["Adolfo Battaglia", "Senate industry committee"], "past",
      "Industry Minister Adolfo Battaglia told the Senate industry committee yesterday that Italy would cut steel capacity by a further two million tonnes, committee sources said."),
    M("Battaglia meeting with Bangemann", ["bangemann"],
      wd(pub, "friday", "past"), "day", "Brussels", ["Adolfo Battaglia", "Martin Bangemann"], "past",
      "Battaglia met European Commission Vice-President Martin Bangemann in Brussels on Friday and told him Rome needed until 1992 to close the Bagnoli plant."),
    M("Italy-Spain steel officials meeting", ["steel industry officials", "madrid"],
      week(pub, 1), "week", "Madrid", ["Italy", "Spain"], "upcoming",
      "Italian and Spanish steel industry officials will meet in Madrid next week to coordinate their position before EC industry ministers meet in Brussels on March 5, an Italian official said."),
    M("EC industry ministers meeting", ["ec industry ministers"],
      md(pub, 3, 5, "future"), "day", "Brussels", ["EC"], "upcoming",
      "Italian and Spanish steel industry officials will meet in Madrid next week to coordinate their position before EC industry ministers meet in Brussels on March 5, an Italian official said."),
    M("Steel unions meeting with Battaglia", ["steelworkers", "battaglia"],
      wd(pub, "monday", "future"), "day", "Rome", ["Unions representing 30,000 steelworkers", "Adolfo Battaglia"], "upcoming",
      "Unions representing 30,000 steelworkers will meet Battaglia here on Monday."),
])

# ---------------------------------------------------------------- checks
NATION = {"Turkey": "Turkish", "Greece": "Greek", "Spain": "Spanish", "Philippines": "Philippine",
          "Japan": "Japanese", "Vietnam": "Vietnamese", "Bulgaria": "Bulgarian", "Chile": "Chilean",
          "Argentina": "Argentine", "Brazil": "Brazilian", "Colombia": "Colombian", "Italy": "Italian",
          "Uganda": "Ugandan", "Rwanda": "Rwandan"}
S.finish(12, "fresh42.jsonl", 60, NATION)
