#!/usr/bin/env python3
"""Build fresh41b.jsonl: 14 invented wire stories testing IMPLIED dateline-city places
for local/regional bodies (plus near-misses). All resolved dates are computed here."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  the date helpers, M, Set

S = Set("f41b")
doc = S.doc

# ---------------------------------------------------------------- 01
pub = "1975-10-09"
doc(1, pub, "Port Alder council to weigh bus fare rise", """
PORT ALDER, Ore., Oct 9 (UPI) - The Port Alder City Council will take up a proposed 10-cent rise in bus fares when it meets on Tuesday, Mayor Gordon Hatch said.

The board of the Alder Valley Transit District, which runs the city's 140 buses, approved the increase at a special session yesterday after staff reported a deficit of 1.2 million dollars for the year.

"We have no choice left," said district chairman Wilma Tresch. "Fuel alone has gone up 30 percent since spring."

Negotiators for Local 212 of the Amalgamated Bus Drivers Union and the transit district will resume contract talks on Monday. The two sides last met on October 2, when talks broke down over pension terms.

Hatch said he would also raise the fare question when he meets Benning County commissioners in Corbett Springs, the county seat, on October 21.

Downtown merchants fear the rise will keep shoppers away. Harbison Timber Co, the city's largest employer, said it would ask shareholders at its Nov 4 annual meeting to approve a free shuttle service for mill workers.
""", [
    M("Port Alder City Council meeting on bus fares", ["port alder city council", "bus fares"],
      wd(pub, "tuesday", "future"), "day", "Port Alder", ["Port Alder City Council"], "upcoming",
      "The Port Alder City Council will take up a proposed 10-cent rise in bus fares when it meets on Tuesday, Mayor Gordon Hatch said."),
    M("Alder Valley Transit District board special session", ["alder valley transit district", "special session"],
      rel(pub, -1), "day", "Port Alder", ["Alder Valley Transit District"], "past",
      "The board of the Alder Valley Transit District, which runs the city's 140 buses, approved the increase at a special session yesterday after staff reported a deficit of 1.2 million dollars for the year."),
    M("Bus drivers union - transit district contract talks resume", ["local 212", "contract talks"],
      wd(pub, "monday", "future"), "day", "Port Alder",
      ["Local 212 of the Amalgamated Bus Drivers Union", "Alder Valley Transit District"], "upcoming",
      "Negotiators for Local 212 of the Amalgamated Bus Drivers Union and the transit district will resume contract talks on Monday."),
    M("Earlier bus drivers union - transit district talks", ["local 212", "pension terms"],
      md(pub, 10, 2, "past"), "day", "Port Alder",
      ["Local 212 of the Amalgamated Bus Drivers Union", "Alder Valley Transit District"], "past",
      "The two sides last met on October 2, when talks broke down over pension terms."),
    M("Hatch meeting with Benning County commissioners", ["benning county", "commissioners"],
      md(pub, 10, 21, "future"), "day", "Corbett Springs", ["Gordon Hatch", "Benning County commissioners"], "upcoming",
      "Hatch said he would also raise the fare question when he meets Benning County commissioners in Corbett Springs, the county seat, on October 21."),
    M("Harbison Timber annual shareholders meeting", ["harbison timber", "annual meeting"],
      md(pub, 11, 4, "future"), "day", None, ["Harbison Timber Co"], "upcoming",
      "Harbison Timber Co, the city's largest employer, said it would ask shareholders at its Nov 4 annual meeting to approve a free shuttle service for mill workers."),
])

# ---------------------------------------------------------------- 02
pub = "1983-03-03"
doc(2, pub, "Calderwick ring road scheme heads for public inquiry", """
CALDERWICK, England, March 3 (Reuters) - Plans for a ring road through the old mill district of Calderwick will go before a public inquiry next month after the borough council's planning committee backed the scheme late on Tuesday.

The committee voted seven to four in favour after a stormy four-hour meeting, its chairman, councillor Dennis Albury, told reporters.

The inquiry, to be conducted by a government inspector, opens at the Corn Exchange on April 12 and is expected to last three weeks.

Opponents, led by the Mill Lane Residents' Association, said a delegation would put their case to council leader Margaret Oakes at a meeting here next week. They say 140 terraced houses would be demolished.

Funding for the road rests with North Wendale County Council, whose highways committee meets at County Hall in Ashcombe Magna on March 21.

Local builders Fenwick and Sons, which hopes to win the main contract, said its directors met on Monday to prepare a bid.
""", [
    M("Calderwick borough planning committee meeting on ring road", ["planning committee", "ring road"],
      wd(pub, "tuesday", "past"), "day", "Calderwick", ["borough council's planning committee"], "past",
      "Plans for a ring road through the old mill district of Calderwick will go before a public inquiry next month after the borough council's planning committee backed the scheme late on Tuesday."),
    M("Ring road public inquiry", ["public inquiry", "corn exchange"],
      md(pub, 4, 12, "future"), "day", "Corn Exchange, Calderwick", [], "upcoming",
      "The inquiry, to be conducted by a government inspector, opens at the Corn Exchange on April 12 and is expected to last three weeks."),
    M("Residents' delegation meeting with council leader", ["mill lane residents' association", "margaret oakes"],
      week(pub, 1), "week", "Calderwick", ["Mill Lane Residents' Association", "Margaret Oakes"], "upcoming",
      "Opponents, led by the Mill Lane Residents' Association, said a delegation would put their case to council leader Margaret Oakes at a meeting here next week."),
    M("North Wendale County Council highways committee meeting", ["north wendale county council", "highways committee"],
      md(pub, 3, 21, "future"), "day", "County Hall, Ashcombe Magna", ["North Wendale County Council"], "upcoming",
      "Funding for the road rests with North Wendale County Council, whose highways committee meets at County Hall in Ashcombe Magna on March 21."),
    M("Fenwick and Sons directors meeting", ["fenwick and sons", "directors"],
      wd(pub, "monday", "past"), "day", None, ["Fenwick and Sons"], "past",
      "Local builders Fenwick and Sons, which hopes to win the main contract, said its directors met on Monday to prepare a bid."),
])

# ---------------------------------------------------------------- 03
pub = "1991-08-07"
doc(3, pub, "Ranipur civic body to take up sweepers' pay demand", """
NEW RANIPUR, Aug 7 (PTI) - The standing committee of the Ranipur Municipal Corporation will meet on Friday to consider the pay demand of conservancy workers, whose strike entered its fifth day today.

Municipal Commissioner S K Bhardwaj held three hours of talks with leaders of the Ranipur Nagar Safai Karmachari Union yesterday but no settlement was reached, officials said.

Union president Ramesh Valmiki said the workers would stay away until the corporation accepted their demands. Garbage has piled up in several localities of the old city.

Mayor Kamla Devi Saxena said a special general body meeting of the corporation had been called for August 20 to discuss the revised civic budget.

A delegation of corporators led by Deputy Mayor Anil Gupta will go to Lucknow next week to meet state Urban Development Minister Harish Chandra Tiwari and seek a special grant for the city.

Meanwhile, the Mill Mazdoor Sabha said it would hold talks with the management of Shree Varada Textile Mills on Monday over the proposed closure of two spinning units. The mill employs about 4,000 workers.
""", [
    M("Ranipur Municipal Corporation standing committee meeting", ["standing committee", "ranipur municipal corporation"],
      wd(pub, "friday", "future"), "day", "New Ranipur", ["Ranipur Municipal Corporation"], "upcoming",
      "The standing committee of the Ranipur Municipal Corporation will meet on Friday to consider the pay demand of conservancy workers, whose strike entered its fifth day today."),
    M("Municipal commissioner talks with sanitation workers' union", ["safai karmachari union", "s k bhardwaj"],
      rel(pub, -1), "day", "New Ranipur", ["S K Bhardwaj", "Ranipur Nagar Safai Karmachari Union"], "past",
      "Municipal Commissioner S K Bhardwaj held three hours of talks with leaders of the Ranipur Nagar Safai Karmachari Union yesterday but no settlement was reached, officials said."),
    M("Special general body meeting of the corporation", ["general body meeting"],
      md(pub, 8, 20, "future"), "day", "New Ranipur", ["Ranipur Municipal Corporation"], "upcoming",
      "Mayor Kamla Devi Saxena said a special general body meeting of the corporation had been called for August 20 to discuss the revised civic budget."),
    M("Corporators' delegation meeting state minister in Lucknow", ["lucknow", "harish chandra tiwari"],
      week(pub, 1), "week", "Lucknow", ["Anil Gupta", "Harish Chandra Tiwari"], "upcoming",
      "A delegation of corporators led by Deputy Mayor Anil Gupta will go to Lucknow next week to meet state Urban Development Minister Harish Chandra Tiwari and seek a special grant for the city."),
    M("Mill union talks with Shree Varada Textile Mills", ["mill mazdoor sabha", "shree varada textile mills"],
      wd(pub, "monday", "future"), "day", None, ["Mill Mazdoor Sabha", "Shree Varada Textile Mills"], "upcoming",
      "Meanwhile, the Mill Mazdoor Sabha said it would hold talks with the management of Shree Varada Textile Mills on Monday over the proposed closure of two spinning units."),
])

# ---------------------------------------------------------------- 04
pub = "1996-05-14"
doc(4, pub, "Japanese delegation in Bramley Heads for sister-city talks", """
BRAMLEY HEADS, New South Wales, May 14 (AAP) - A 12-member delegation from the Japanese town of Minamikawa arrived here yesterday for talks with Bramley Shire Council on a sister-city agreement and a student exchange.

Shire president Noel Carberry said the visitors, led by Minamikawa mayor Hiroshi Tadano, would meet councillors on Thursday and tour the oyster leases on Friday.

The council's finance committee met on Monday and set aside $40,000 for the exchange program, Carberry said.

If the agreement goes ahead, Carberry will travel to Japan in August to sign it at a ceremony in Minamikawa and to attend a sister-cities conference in Osaka.

Not everyone is pleased. The Coastal Ratepayers Group said it would question the cost at a public meeting at the Bramley Heads Bowling Club on May 23.

The North Coast Water Board, which covers five shires, meets in Carrow Flat next week and is expected to approve a new pipeline for the town.
""", [
    M("Minamikawa delegation talks with Bramley Shire Council", ["minamikawa", "sister-city"],
      wd(pub, "thursday", "future"), "day", "Bramley Heads",
      ["Minamikawa", "Hiroshi Tadano", "Bramley Shire Council"], "upcoming",
      "Shire president Noel Carberry said the visitors, led by Minamikawa mayor Hiroshi Tadano, would meet councillors on Thursday and tour the oyster leases on Friday."),
    M("Bramley Shire Council finance committee meeting", ["finance committee"],
      wd(pub, "monday", "past"), "day", "Bramley Heads", ["Bramley Shire Council"], "past",
      "The council's finance committee met on Monday and set aside $40,000 for the exchange program, Carberry said."),
    M("Sister-city agreement signing ceremony in Minamikawa", ["ceremony", "minamikawa"],
      mname(pub, 8, "future"), "month", "Minamikawa", ["Noel Carberry"], "upcoming",
      "If the agreement goes ahead, Carberry will travel to Japan in August to sign it at a ceremony in Minamikawa and to attend a sister-cities conference in Osaka.",
      optional=True),
    M("Sister-cities conference in Osaka", ["sister-cities conference", "osaka"],
      mname(pub, 8, "future"), "month", "Osaka", ["Noel Carberry"], "upcoming",
      "If the agreement goes ahead, Carberry will travel to Japan in August to sign it at a ceremony in Minamikawa and to attend a sister-cities conference in Osaka."),
    M("Coastal Ratepayers Group public meeting", ["coastal ratepayers group", "public meeting"],
      md(pub, 5, 23, "future"), "day", "Bramley Heads Bowling Club", ["Coastal Ratepayers Group"], "upcoming",
      "The Coastal Ratepayers Group said it would question the cost at a public meeting at the Bramley Heads Bowling Club on May 23."),
    M("North Coast Water Board meeting", ["north coast water board"],
      week(pub, 1), "week", "Carrow Flat", ["North Coast Water Board"], "upcoming",
      "The North Coast Water Board, which covers five shires, meets in Carrow Flat next week and is expected to approve a new pipeline for the town."),
])

# ---------------------------------------------------------------- 05
pub = "2003-11-18"
doc(5, pub, "Kesselburg council faces budget gap as steelmaker weighs cuts", """
KESSELBURG, Germany, Nov 18 (dpa) - The Kesselburg city council will hold an emergency budget session on Thursday after the city's largest employer warned that up to 900 jobs could go.

The supervisory board of Kesselburger Stahlwerke AG meets on Friday to decide on the closure of its rolling mill, a company spokesman said. Business tax from the plant accounts for nearly a fifth of the city's revenue.

Lord Mayor Ingrid Falkenrath said on Monday the city would do "everything in its power" to keep the mill open.

The council's finance committee already met last week to draw up a list of possible savings, including the closure of two public swimming pools.

A delegation from the Polish partner city of Zawierce arrives tomorrow for talks with Falkenrath on Wednesday and Thursday on joint applications for European Union regional aid.

The regional economics minister, Rolf Brenninger, has invited Falkenrath and union leaders to a meeting in Duesseldorf on December 2.
""", [
    M("Kesselburg city council emergency budget session", ["kesselburg city council", "emergency budget session"],
      wd(pub, "thursday", "future"), "day", "Kesselburg", ["Kesselburg city council"], "upcoming",
      "The Kesselburg city council will hold an emergency budget session on Thursday after the city's largest employer warned that up to 900 jobs could go."),
    M("Kesselburger Stahlwerke supervisory board meeting", ["kesselburger stahlwerke", "supervisory board"],
      wd(pub, "friday", "future"), "day", None, ["Kesselburger Stahlwerke AG"], "upcoming",
      "The supervisory board of Kesselburger Stahlwerke AG meets on Friday to decide on the closure of its rolling mill, a company spokesman said."),
    M("Kesselburg council finance committee meeting", ["finance committee"],
      week(pub, -1), "week", "Kesselburg", ["Kesselburg city council"], "past",
      "The council's finance committee already met last week to draw up a list of possible savings, including the closure of two public swimming pools."),
    M("Zawierce delegation talks with Lord Mayor", ["zawierce", "partner city"],
      wd(pub, "wednesday", "future"), "day", "Kesselburg", ["Zawierce", "Ingrid Falkenrath"], "upcoming",
      "A delegation from the Polish partner city of Zawierce arrives tomorrow for talks with Falkenrath on Wednesday and Thursday on joint applications for European Union regional aid.",
      end=wd(pub, "thursday", "future")),
    M("Meeting with regional economics minister in Duesseldorf", ["rolf brenninger", "duesseldorf"],
      md(pub, 12, 2, "future"), "day", "Duesseldorf", ["Rolf Brenninger", "Ingrid Falkenrath"], "upcoming",
      "The regional economics minister, Rolf Brenninger, has invited Falkenrath and union leaders to a meeting in Duesseldorf on December 2."),
])

# ---------------------------------------------------------------- 06
pub = "2014-02-20"
doc(6, pub, "Makena County Assembly debates funds for striking nurses", """
MAKENA, Kenya, Feb 20 (Xinhua) - The Makena County Assembly on Thursday began debating a supplementary budget that would release 60 million shillings to pay striking nurses, as health services in the county remained paralysed for a third week.

Assembly Speaker Joseph Kiptanui said members would sit until Saturday to complete the debate.

County Governor Esther Wambui held talks with officials of the Union of Health and Allied Workers on Tuesday, but the meeting ended without agreement. A fresh round of talks is set for Monday, the union's branch secretary Peter Otieno said.

Wambui is also expected to raise the nurses' pay at a forum of county governors in Nairobi next month.

Patients have been turned away from the Makena District Hospital since the strike began, and private clinics in the town report long queues.

Meanwhile, shareholders of Makena Highlands Tea Company will meet on March 8 to vote on a plan to build a second factory, the company said in a notice published on Thursday.
""", [
    M("Makena County Assembly supplementary budget debate", ["makena county assembly", "supplementary budget"],
      pub, "day", "Makena", ["Makena County Assembly"], "ongoing",
      "The Makena County Assembly on Thursday began debating a supplementary budget that would release 60 million shillings to pay striking nurses, as health services in the county remained paralysed for a third week.",
      end=wd(pub, "saturday", "future")),
    M("Governor's talks with health workers' union", ["union of health and allied workers", "esther wambui"],
      wd(pub, "tuesday", "past"), "day", "Makena", ["Esther Wambui", "Union of Health and Allied Workers"], "past",
      "County Governor Esther Wambui held talks with officials of the Union of Health and Allied Workers on Tuesday, but the meeting ended without agreement."),
    M("Fresh round of county-union talks", ["fresh round", "union of health and allied workers"],
      wd(pub, "monday", "future"), "day", "Makena", ["Esther Wambui", "Union of Health and Allied Workers"], "upcoming",
      "A fresh round of talks is set for Monday, the union's branch secretary Peter Otieno said."),
    M("Forum of county governors in Nairobi", ["forum of county governors", "nairobi"],
      month(pub, 1), "month", "Nairobi", ["Esther Wambui"], "upcoming",
      "Wambui is also expected to raise the nurses' pay at a forum of county governors in Nairobi next month."),
    M("Makena Highlands Tea Company shareholders meeting", ["makena highlands tea company", "shareholders"],
      md(pub, 3, 8, "future"), "day", None, ["Makena Highlands Tea Company"], "upcoming",
      "Meanwhile, shareholders of Makena Highlands Tea Company will meet on March 8 to vote on a plan to build a second factory, the company said in a notice published on Thursday."),
])

# ---------------------------------------------------------------- 07
pub = "1987-01-09"
doc(7, pub, "Wexcombe school panel seeks budget rise", """
WEXCOMBE, Mass., Jan 9 (AP) - The Wexcombe School Committee voted last night to seek a 4 percent budget increase, setting up a clash with town selectmen who have asked all departments to level-fund next year.

The committee met for nearly five hours before approving the $21.3 million plan, Superintendent Carol Dineen said.

Negotiators for the Wexcombe Teachers Association and the committee will meet again on Tuesday to try to settle a contract dispute that has dragged on since September. The two sides last met on Dec 30.

The committee will hold a public hearing on the budget on Jan 22 in the auditorium of Lincoln Middle School.

The Board of Selectmen is to take up the request at its meeting on Monday.

The Quinnapoxet Regional Vocational School Committee, which serves Wexcombe and five other towns, meets Wednesday in Dunston to adopt its own budget.
""", [
    M("Wexcombe School Committee budget meeting", ["wexcombe school committee"],
      rel(pub, -1), "day", "Wexcombe", ["Wexcombe School Committee"], "past",
      "The Wexcombe School Committee voted last night to seek a 4 percent budget increase, setting up a clash with town selectmen who have asked all departments to level-fund next year."),
    M("Teachers' contract talks with school committee", ["wexcombe teachers association", "contract dispute"],
      wd(pub, "tuesday", "future"), "day", "Wexcombe",
      ["Wexcombe Teachers Association", "Wexcombe School Committee"], "upcoming",
      "Negotiators for the Wexcombe Teachers Association and the committee will meet again on Tuesday to try to settle a contract dispute that has dragged on since September."),
    M("Earlier teachers' contract talks", ["wexcombe teachers association"],
      md(pub, 12, 30, "past"), "day", "Wexcombe",
      ["Wexcombe Teachers Association", "Wexcombe School Committee"], "past",
      "The two sides last met on Dec 30."),
    M("School budget public hearing", ["public hearing", "lincoln middle school"],
      md(pub, 1, 22, "future"), "day", "Lincoln Middle School, Wexcombe", ["Wexcombe School Committee"], "upcoming",
      "The committee will hold a public hearing on the budget on Jan 22 in the auditorium of Lincoln Middle School."),
    M("Wexcombe Board of Selectmen meeting", ["board of selectmen"],
      wd(pub, "monday", "future"), "day", "Wexcombe", ["Board of Selectmen"], "upcoming",
      "The Board of Selectmen is to take up the request at its meeting on Monday."),
    M("Regional vocational school committee meeting in Dunston", ["quinnapoxet regional vocational school committee", "dunston"],
      wd(pub, "wednesday", "future"), "day", "Dunston", ["Quinnapoxet Regional Vocational School Committee"], "upcoming",
      "The Quinnapoxet Regional Vocational School Committee, which serves Wexcombe and five other towns, meets Wednesday in Dunston to adopt its own budget."),
])

# ---------------------------------------------------------------- 08
pub = "1979-07-02"
doc(8, pub, "Philippine province releases flood relief funds", """
TALAMBAN, Philippines, July 2 (AFP) - The provincial board of Southern Carmona opened a three-day special session today to release emergency funds for rice farmers hit by last week's floods around Talamban, the provincial capital.

Governor Teodoro Almazan told the board that damage to crops, bridges and farm roads had reached 38 million pesos.

A team of engineers and officials from the neighbouring province of Nueva Salinas arrived here yesterday and will open talks with Almazan tomorrow on sharing the cost of rebuilding the Bantayan river dike.

The Talamban municipal council will meet on Thursday to discuss relief for some 2,000 families evacuated from low-lying villages.

Almazan said he would fly to Manila next week to seek national funds at a meeting of the Association of Luzon Governors.

A meeting between the provincial board and rice traders planned for Friday was cancelled because roads remain flooded.
""", [
    M("Southern Carmona provincial board special session", ["provincial board", "special session"],
      pub, "day", "Talamban", ["provincial board of Southern Carmona", "Teodoro Almazan"], "ongoing",
      "The provincial board of Southern Carmona opened a three-day special session today to release emergency funds for rice farmers hit by last week's floods around Talamban, the provincial capital.",
      end=rel(pub, 2)),
    M("Nueva Salinas - Southern Carmona talks on river dike", ["nueva salinas", "bantayan river dike"],
      rel(pub, 1), "day", "Talamban", ["Nueva Salinas", "Teodoro Almazan"], "upcoming",
      "A team of engineers and officials from the neighbouring province of Nueva Salinas arrived here yesterday and will open talks with Almazan tomorrow on sharing the cost of rebuilding the Bantayan river dike."),
    M("Talamban municipal council meeting", ["talamban municipal council"],
      wd(pub, "thursday", "future"), "day", "Talamban", ["Talamban municipal council"], "upcoming",
      "The Talamban municipal council will meet on Thursday to discuss relief for some 2,000 families evacuated from low-lying villages."),
    M("Association of Luzon Governors meeting in Manila", ["association of luzon governors", "manila"],
      week(pub, 1), "week", "Manila", ["Teodoro Almazan", "Association of Luzon Governors"], "upcoming",
      "Almazan said he would fly to Manila next week to seek national funds at a meeting of the Association of Luzon Governors."),
])

# ---------------------------------------------------------------- 09
pub = "2008-09-23"
doc(9, pub, "Brazilian city's bus drivers to vote on strike", """
VILA DAS PALMEIRAS, Brazil, Sept 23 (Reuters) - Bus drivers in this southern Brazilian city will vote at a union assembly on Thursday on whether to strike, after wage talks with private operator Viacao Serra Azul broke down on Monday.

The Palmeiras Road Transport Workers Union said it would meet Serra Azul managers again on Wednesday at the Regional Labour Court, which has offered to mediate.

Serra Azul, which carries about 300,000 passengers a day, said its board would meet next week to review its finances and the fares it is allowed to charge.

Mayor Helena Duarte Prado called an emergency meeting of the municipal transport council for Wednesday evening and said the city would run school buses on the main routes if drivers walk out.

The city council will hold a public hearing on the bus concession contract on Oct 2, councillor Marcos Teixeira said. The contract expires next year.
""", [
    M("Bus drivers' union assembly", ["union assembly"],
      wd(pub, "thursday", "future"), "day", "Vila das Palmeiras", ["Palmeiras Road Transport Workers Union"], "upcoming",
      "Bus drivers in this southern Brazilian city will vote at a union assembly on Thursday on whether to strike, after wage talks with private operator Viacao Serra Azul broke down on Monday."),
    M("Union wage talks with Viacao Serra Azul", ["wage talks", "serra azul"],
      wd(pub, "monday", "past"), "day", None, ["Palmeiras Road Transport Workers Union", "Viacao Serra Azul"], "past",
      "Bus drivers in this southern Brazilian city will vote at a union assembly on Thursday on whether to strike, after wage talks with private operator Viacao Serra Azul broke down on Monday."),
    M("Mediated union-Serra Azul talks at labour court", ["regional labour court", "serra azul"],
      wd(pub, "wednesday", "future"), "day", "Regional Labour Court",
      ["Palmeiras Road Transport Workers Union", "Serra Azul", "Regional Labour Court"], "upcoming",
      "The Palmeiras Road Transport Workers Union said it would meet Serra Azul managers again on Wednesday at the Regional Labour Court, which has offered to mediate."),
    M("Serra Azul board meeting", ["serra azul", "board"],
      week(pub, 1), "week", None, ["Serra Azul"], "upcoming",
      "Serra Azul, which carries about 300,000 passengers a day, said its board would meet next week to review its finances and the fares it is allowed to charge."),
    M("Municipal transport council emergency meeting", ["municipal transport council", "emergency meeting"],
      wd(pub, "wednesday", "future"), "day", "Vila das Palmeiras", ["municipal transport council"], "upcoming",
      "Mayor Helena Duarte Prado called an emergency meeting of the municipal transport council for Wednesday evening and said the city would run school buses on the main routes if drivers walk out."),
    M("City council public hearing on bus concession", ["public hearing", "bus concession contract"],
      md(pub, 10, 2, "future"), "day", "Vila das Palmeiras", ["city council"], "upcoming",
      "The city council will hold a public hearing on the bus concession contract on Oct 2, councillor Marcos Teixeira said."),
])

# ---------------------------------------------------------------- 10
pub = "2019-04-16"
doc(10, pub, "Cree delegation in Fort McKellar for water line talks", """
FORT McKELLAR, Alta., April 16 (CP) - A delegation from the Red Willow Cree Nation arrived in Fort McKellar on Monday for talks with city council on sharing a new water line, the first such visit in more than a decade.

Chief Lorraine Cardinal and four band councillors will meet Mayor Dale Sorensen and council members this afternoon, a city spokeswoman said.

Council's transit committee met on Thursday and recommended free bus passes for seniors, a proposal the full Fort McKellar city council will debate at its regular meeting on April 29.

Sorensen will also attend a conference of northern mayors in Tromso, Norway, in June.

Separately, Northgate Sands Ltd, the oil sands operator that employs about 3,000 people in the region, said shareholders will vote on the sale of its upgrader at the company's annual meeting in Calgary on May 9.

The company's board met in Fort McKellar last week, its first meeting outside Calgary in six years.
""", [
    M("Red Willow Cree Nation talks with Fort McKellar council", ["red willow cree nation", "lorraine cardinal"],
      pub, "day", "Fort McKellar",
      ["Red Willow Cree Nation", "Lorraine Cardinal", "Dale Sorensen", "city council"], "upcoming",
      "Chief Lorraine Cardinal and four band councillors will meet Mayor Dale Sorensen and council members this afternoon, a city spokeswoman said."),
    M("Council transit committee meeting", ["transit committee", "free bus passes"],
      wd(pub, "thursday", "past"), "day", "Fort McKellar", ["transit committee"], "past",
      "Council's transit committee met on Thursday and recommended free bus passes for seniors, a proposal the full Fort McKellar city council will debate at its regular meeting on April 29."),
    M("Fort McKellar city council regular meeting", ["fort mckellar city council", "regular meeting"],
      md(pub, 4, 29, "future"), "day", "Fort McKellar", ["Fort McKellar city council"], "upcoming",
      "Council's transit committee met on Thursday and recommended free bus passes for seniors, a proposal the full Fort McKellar city council will debate at its regular meeting on April 29."),
    M("Northern mayors conference in Tromso", ["northern mayors", "tromso"],
      mname(pub, 6, "future"), "month", "Tromso, Norway", ["Dale Sorensen"], "upcoming",
      "Sorensen will also attend a conference of northern mayors in Tromso, Norway, in June."),
    M("Northgate Sands annual meeting", ["northgate sands", "annual meeting"],
      md(pub, 5, 9, "future"), "day", "Calgary", ["Northgate Sands Ltd"], "upcoming",
      "Separately, Northgate Sands Ltd, the oil sands operator that employs about 3,000 people in the region, said shareholders will vote on the sale of its upgrader at the company's annual meeting in Calgary on May 9."),
    M("Northgate Sands board meeting in Fort McKellar", ["northgate sands", "board"],
      week(pub, -1), "week", "Fort McKellar", ["Northgate Sands Ltd"], "past",
      "The company's board met in Fort McKellar last week, its first meeting outside Calgary in six years."),
])

# ---------------------------------------------------------------- 11
pub = "2025-06-11"
doc(11, pub, "Hoshimura assembly opens session on school mergers", """
HOSHIMURA, Japan, June 11 (Kyodo) - The Hoshimura city assembly opened its regular June session on Wednesday, with debate expected to focus on a plan to merge three elementary schools as the city's population shrinks.

The session runs through June 27, assembly officials said.

In his opening address, Mayor Kenji Arakawa told the assembly the merger was "painful but unavoidable," noting that births in the city fell below 200 last year for the first time.

The Hoshimura board of education met on Tuesday to review the plan and will publish its recommendations in July.

A six-member delegation from the South Korean port city of Haewol will arrive on Monday for talks with Arakawa on reopening a ferry link suspended since 2020.

Arakawa will travel to Busan in August to attend a meeting of the East Asia Port Cities Forum.

The ferry's former operator, Hoshimura Kisen, will hold its annual shareholders meeting on June 26.
""", [
    M("Hoshimura city assembly regular June session", ["hoshimura city assembly", "regular june session"],
      pub, "day", "Hoshimura", ["Hoshimura city assembly", "Kenji Arakawa"], "ongoing",
      "The Hoshimura city assembly opened its regular June session on Wednesday, with debate expected to focus on a plan to merge three elementary schools as the city's population shrinks.",
      end=md(pub, 6, 27, "future")),
    M("Hoshimura board of education meeting", ["hoshimura board of education"],
      wd(pub, "tuesday", "past"), "day", "Hoshimura", ["Hoshimura board of education"], "past",
      "The Hoshimura board of education met on Tuesday to review the plan and will publish its recommendations in July."),
    M("Haewol delegation talks on ferry link", ["haewol", "ferry link"],
      wd(pub, "monday", "future"), "day", "Hoshimura", ["Haewol", "Kenji Arakawa"], "upcoming",
      "A six-member delegation from the South Korean port city of Haewol will arrive on Monday for talks with Arakawa on reopening a ferry link suspended since 2020."),
    M("East Asia Port Cities Forum meeting in Busan", ["east asia port cities forum", "busan"],
      mname(pub, 8, "future"), "month", "Busan", ["Kenji Arakawa", "East Asia Port Cities Forum"], "upcoming",
      "Arakawa will travel to Busan in August to attend a meeting of the East Asia Port Cities Forum."),
    M("Hoshimura Kisen annual shareholders meeting", ["hoshimura kisen", "annual shareholders meeting"],
      md(pub, 6, 26, "future"), "day", None, ["Hoshimura Kisen"], "upcoming",
      "The ferry's former operator, Hoshimura Kisen, will hold its annual shareholders meeting on June 26."),
])

# ---------------------------------------------------------------- 12
pub = "1999-10-05"
doc(12, pub, "Vaalmeer council to weigh water tariff rise", """
VAALMEER, Oct 5 (Sapa) - The executive committee of the Vaalmeer Transitional Local Council will meet on Thursday to consider a 12 percent increase in water tariffs, town clerk Pieter Venter said on Tuesday.

The Vaalmeer Ratepayers' Association said it would hold a protest meeting against the increase at the Vaalmeer Town Hall tomorrow evening.

Leaders of the Municipal and Allied Workers' Organisation met council negotiators on Monday over wage arrears but failed to reach agreement, union spokesman Sipho Dlamini said.

Venter said a delegation from the Suikerbos Regional Services Council, which supplies bulk water to the town, was expected here on Friday for talks with the council on the cost of supply.

The regional services council's full board meets in Standerkop on October 14 to approve any new deal.

Shareholders of Vaalmeer Platinum Holdings, the town's biggest employer, will meet on October 20 to vote on a rights issue.
""", [
    M("Vaalmeer council executive committee meeting", ["executive committee", "vaalmeer transitional local council"],
      wd(pub, "thursday", "future"), "day", "Vaalmeer", ["Vaalmeer Transitional Local Council"], "upcoming",
      "The executive committee of the Vaalmeer Transitional Local Council will meet on Thursday to consider a 12 percent increase in water tariffs, town clerk Pieter Venter said on Tuesday."),
    M("Ratepayers' protest meeting", ["vaalmeer ratepayers' association", "protest meeting"],
      rel(pub, 1), "day", "Vaalmeer Town Hall", ["Vaalmeer Ratepayers' Association"], "upcoming",
      "The Vaalmeer Ratepayers' Association said it would hold a protest meeting against the increase at the Vaalmeer Town Hall tomorrow evening."),
    M("Municipal workers' union wage talks with council", ["municipal and allied workers' organisation", "wage arrears"],
      wd(pub, "monday", "past"), "day", "Vaalmeer",
      ["Municipal and Allied Workers' Organisation", "Vaalmeer Transitional Local Council"], "past",
      "Leaders of the Municipal and Allied Workers' Organisation met council negotiators on Monday over wage arrears but failed to reach agreement, union spokesman Sipho Dlamini said."),
    M("Suikerbos Regional Services Council delegation talks", ["suikerbos regional services council", "bulk water"],
      wd(pub, "friday", "future"), "day", "Vaalmeer",
      ["Suikerbos Regional Services Council", "Vaalmeer Transitional Local Council"], "upcoming",
      "Venter said a delegation from the Suikerbos Regional Services Council, which supplies bulk water to the town, was expected here on Friday for talks with the council on the cost of supply."),
    M("Regional services council board meeting in Standerkop", ["standerkop", "full board"],
      md(pub, 10, 14, "future"), "day", "Standerkop", ["Suikerbos Regional Services Council"], "upcoming",
      "The regional services council's full board meets in Standerkop on October 14 to approve any new deal."),
    M("Vaalmeer Platinum Holdings shareholders meeting", ["vaalmeer platinum holdings", "shareholders"],
      md(pub, 10, 20, "future"), "day", None, ["Vaalmeer Platinum Holdings"], "upcoming",
      "Shareholders of Vaalmeer Platinum Holdings, the town's biggest employer, will meet on October 20 to vote on a rights issue."),
])

# ---------------------------------------------------------------- 13
pub = "2022-03-29"
doc(13, pub, "Ikota-Oke council to meet traders over market relocation", """
IKOTA-OKE, March 29 (NAN) - The Ikota-Oke Local Government Council will on Thursday hold a stakeholders' meeting with market leaders over the relocation of the Oja-Tuntun market, the council chairman, Mr Adebayo Ogunleye, said on Tuesday.

Ogunleye told journalists that the council's legislative arm approved the relocation at its sitting on Wednesday.

He said a delegation of the Oja-Tuntun Market Women Association, led by Chief Funmilayo Adesanya, met him on Monday to protest against the move.

"We have listened to them, and we will continue to listen," he said, adding that he would brief the governor at a meeting in Ibadan next week.

The neighbouring Ose-Ayo Local Government Council, which is facing similar protests, met traders' leaders last week.

Separately, Ikota Breweries Plc, which has a plant in the town, said its directors would meet next month to consider expanding the plant.
""", [
    M("Ikota-Oke council stakeholders' meeting with market leaders", ["stakeholders' meeting", "oja-tuntun"],
      wd(pub, "thursday", "future"), "day", "Ikota-Oke", ["Ikota-Oke Local Government Council"], "upcoming",
      "The Ikota-Oke Local Government Council will on Thursday hold a stakeholders' meeting with market leaders over the relocation of the Oja-Tuntun market, the council chairman, Mr Adebayo Ogunleye, said on Tuesday."),
    M("Council legislative arm sitting", ["legislative arm", "sitting"],
      wd(pub, "wednesday", "past"), "day", "Ikota-Oke", ["Ikota-Oke Local Government Council"], "past",
      "Ogunleye told journalists that the council's legislative arm approved the relocation at its sitting on Wednesday."),
    M("Market women's delegation meets council chairman", ["market women association", "funmilayo adesanya"],
      wd(pub, "monday", "past"), "day", "Ikota-Oke",
      ["Oja-Tuntun Market Women Association", "Funmilayo Adesanya", "Adebayo Ogunleye"], "past",
      "He said a delegation of the Oja-Tuntun Market Women Association, led by Chief Funmilayo Adesanya, met him on Monday to protest against the move."),
    M("Ogunleye meeting with the governor in Ibadan", ["ibadan", "governor"],
      week(pub, 1), "week", "Ibadan", ["Adebayo Ogunleye"], "upcoming",
      "\"We have listened to them, and we will continue to listen,\" he said, adding that he would brief the governor at a meeting in Ibadan next week."),
    M("Ose-Ayo council meeting with traders", ["ose-ayo local government council"],
      week(pub, -1), "week", None, ["Ose-Ayo Local Government Council"], "past",
      "The neighbouring Ose-Ayo Local Government Council, which is facing similar protests, met traders' leaders last week."),
    M("Ikota Breweries board meeting", ["ikota breweries", "directors"],
      month(pub, 1), "month", None, ["Ikota Breweries Plc"], "upcoming",
      "Separately, Ikota Breweries Plc, which has a plant in the town, said its directors would meet next month to consider expanding the plant."),
])

# ---------------------------------------------------------------- 14
pub = "1985-12-04"
doc(14, pub, "French town fights maternity clinic closure", """
VERNAC, France, Dec 4 (AFP) - The municipal council of Vernac will meet in extraordinary session on Friday to debate the planned closure of the town's maternity clinic, mayor Jean-Claude Pelletier said today.

Pelletier received a delegation of midwives and local doctors yesterday and promised to fight the decision, which was announced by regional health authorities in October.

A delegation from Vernac's Spanish twin town, Ribadelmonte, arrives on Monday for talks with Pelletier on a school exchange and will also visit the clinic.

The general council of the department will examine the clinic's future when it meets in Castelvieux on December 16.

Pelletier, who is also a regional councillor, said he would take the case to Brussels in January, where he is to meet European Community officials responsible for rural development funds.

The clinic's owner, Societe Medicale du Val, said it would hold a shareholders' meeting on December 12 to approve the closure.
""", [
    M("Vernac municipal council extraordinary session", ["municipal council of vernac", "extraordinary session"],
      wd(pub, "friday", "future"), "day", "Vernac", ["municipal council of Vernac"], "upcoming",
      "The municipal council of Vernac will meet in extraordinary session on Friday to debate the planned closure of the town's maternity clinic, mayor Jean-Claude Pelletier said today."),
    M("Mayor receives midwives' and doctors' delegation", ["midwives", "delegation"],
      rel(pub, -1), "day", "Vernac", ["Jean-Claude Pelletier"], "past",
      "Pelletier received a delegation of midwives and local doctors yesterday and promised to fight the decision, which was announced by regional health authorities in October."),
    M("Ribadelmonte twin-town delegation talks", ["ribadelmonte", "twin town"],
      wd(pub, "monday", "future"), "day", "Vernac", ["Ribadelmonte", "Jean-Claude Pelletier"], "upcoming",
      "A delegation from Vernac's Spanish twin town, Ribadelmonte, arrives on Monday for talks with Pelletier on a school exchange and will also visit the clinic."),
    M("Departmental general council meeting in Castelvieux", ["general council", "castelvieux"],
      md(pub, 12, 16, "future"), "day", "Castelvieux", ["general council of the department"], "upcoming",
      "The general council of the department will examine the clinic's future when it meets in Castelvieux on December 16."),
    M("Pelletier meeting with European Community officials in Brussels", ["brussels", "european community"],
      mname(pub, 1, "future"), "month", "Brussels", ["Jean-Claude Pelletier", "European Community"], "upcoming",
      "Pelletier, who is also a regional councillor, said he would take the case to Brussels in January, where he is to meet European Community officials responsible for rural development funds."),
    M("Societe Medicale du Val shareholders' meeting", ["societe medicale du val", "shareholders' meeting"],
      md(pub, 12, 12, "future"), "day", None, ["Societe Medicale du Val"], "upcoming",
      "The clinic's owner, Societe Medicale du Val, said it would hold a shareholders' meeting on December 12 to approve the closure."),
])

# ---------------------------------------------------------------- checks
S.finish(14, "fresh41b.jsonl", 100)
