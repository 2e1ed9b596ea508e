#!/usr/bin/env python3
"""heldout17: a blind held-out set for issue #17, written by the evaluator who changes no rule.

44 new stories in the styles of meetings.dev.jsonl (1987 Reuters wire copy with tables, dividends,
market reports, OPEC, GATT, central banks, trade and debt talks, company board and shareholder
meetings, plus IANS copy), annotated per ../../../../shared/eval/meetings.GUIDELINE.md without reading
the extractor's source or the other unseen17 sets. About a third have no meeting (earnings, dividends,
votes, deadlines, news conferences, market sessions, cancelled or habitual meetings). Each `rule`
records how a weekday or relative date was resolved and is checked with datetime below.

Run: python3 heldout17.py   (writes heldout17.jsonl beside it)
"""

S = []

def story(id, published, title, paras, meetings):
    S.append(dict(id=id, published=published, title=title, text="\n\n".join(paras), meetings=meetings))

def M(title, keys, date, precision, place, participants, status, evidence, end_date=None, optional=False, rule=None):
    m = dict(title=title, keys=keys, date=date, precision=precision, end_date=end_date, place=place,
             participants=participants, status=status, evidence=evidence)
    if optional:
        m["optional"] = True
    if rule:
        m["_rule"] = rule
    return m

# ---------------------------------------------------------------- 01 OPEC committee + conference
story("heldout17-01", "1987-06-16", "OPEC PRICE COMMITTEE TO MEET BEFORE VIENNA CONFERENCE", [
 "LONDON, June 16 - OPEC's eight-member price differentials committee will meet in Vienna on June 23, two days before the full conference of oil ministers opens there, OPEC sources said.",
 "The ministerial conference, the organisation's regular mid-year session, is scheduled to begin on June 25 and is expected to last about three days, the sources said.",
 "Delegates said the committee, chaired by Nigerian Oil Minister Rilwanu Lukman, would review the gap between the prices of light and heavy crudes, which some Gulf producers say penalises their heavier grades.",
 "\"We want the differentials settled before the ministers sit down, so that the conference can concentrate on the ceiling,\" one Gulf delegate said.",
 "The ministers are expected to extend the 15.8 mln barrels per day output ceiling agreed in December for the rest of the year, and to keep the reference price at 18 dlrs a barrel.",
 "Oil traders in London said spot prices for North Sea Brent blend rose 20 cts to 18.95 dlrs a barrel today on talk of a firm OPEC line.",
 "Saudi Oil Minister Hisham Nazer said in Riyadh last week that the kingdom would defend the 18 dlr price and saw no need for a change in the ceiling. REUTER",
], [
 M("OPEC price differentials committee meeting", ["price differentials committee", "differentials"], "1987-06-23", "day", "Vienna",
   ["OPEC", "Rilwanu Lukman"], "upcoming",
   "OPEC's eight-member price differentials committee will meet in Vienna on June 23, two days before the full conference of oil ministers opens there, OPEC sources said."),
 M("OPEC ministerial conference", ["ministerial conference", "conference of oil ministers"], "1987-06-25", "day", "Vienna",
   ["OPEC"], "upcoming",
   "The ministerial conference, the organisation's regular mid-year session, is scheduled to begin on June 25 and is expected to last about three days, the sources said."),
])

# ---------------------------------------------------------------- 02 GATT agriculture group
story("heldout17-02", "1987-03-19", "GATT FARM TALKS MAKE LITTLE HEADWAY, DELEGATES SAY", [
 "GENEVA, March 19 - The Uruguay Round negotiating group on agriculture ended its first substantive session here on Wednesday with little sign that the United States and the European Community had narrowed their differences over farm subsidies, delegates said.",
 "The two-day meeting of the group, one of 14 set up under the General Agreement on Tariffs and Trade (GATT) to conduct the new round of trade talks, heard papers from the U.S., the EC, Japan and the Cairns group of 14 agricultural exporters.",
 "\"Everyone restated their positions. Nobody moved,\" said one delegate from a Cairns group country.",
 "U.S. Ambassador Michael Samuels told the group Washington wanted all trade-distorting farm subsidies phased out within ten years, delegates said. EC officials replied that the Community would not discuss its Common Agricultural Policy in isolation.",
 "The group agreed to meet again in the week of May 11 to examine proposals for a standstill on new subsidies, a GATT spokesman said.",
 "The Cairns group, which includes Australia, Canada, Argentina and Brazil, will hold its own ministerial meeting in Ottawa in late May, Canadian officials said.",
 "GATT Director-General Arthur Dunkel told reporters on Tuesday that progress on agriculture was essential to the success of the four-year round. REUTER",
], [
 M("GATT Uruguay Round agriculture negotiating group session", ["negotiating group on agriculture", "first substantive session"], "1987-03-17", "day", "Geneva",
   ["Uruguay Round negotiating group on agriculture", "European Community", "Japan", "Cairns group", "Michael Samuels"], "past",
   "The Uruguay Round negotiating group on agriculture ended its first substantive session here on Wednesday with little sign that the United States and the European Community had narrowed their differences over farm subsidies, delegates said.",
   end_date="1987-03-18", rule=[("wd", "wednesday", -1, "end")]),
 M("Next session of GATT agriculture negotiating group", ["meet again", "standstill"], "1987-05-11", "week", "Geneva",
   ["Uruguay Round negotiating group on agriculture"], "upcoming",
   "The group agreed to meet again in the week of May 11 to examine proposals for a standstill on new subsidies, a GATT spokesman said.",
   rule=[("monday",)]),
 M("Cairns group ministerial meeting", ["cairns group", "ministerial meeting", "ottawa"], "1987-05", "month", "Ottawa",
   ["Cairns group", "Australia", "Canada", "Argentina", "Brazil"], "upcoming",
   "The Cairns group, which includes Australia, Canada, Argentina and Brazil, will hold its own ministerial meeting in Ottawa in late May, Canadian officials said."),
])

# ---------------------------------------------------------------- 03 Bundesbank council
story("heldout17-03", "1987-04-01", "BUNDESBANK SEEN HOLDING RATES AT THURSDAY COUNCIL", [
 "FRANKFURT, April 1 - The Bundesbank is unlikely to change its key interest rates when its central bank council meets tomorrow, its last regular session before the Easter break, money market dealers and economists said.",
 "The council, which normally meets every other Thursday, left the discount rate at 3.0 pct and the Lombard rate at 5.0 pct at its last meeting on March 19.",
 "\"There is no pressure for a move. The dollar is steady and money supply growth is slowing,\" said an economist at a large Frankfurt bank.",
 "Central bank money stock, the Bundesbank's main money supply target, rose at an annualised 7.5 pct in February, above the three to six pct target range set for 1987.",
 "Bundesbank President Karl Otto Poehl told a parliamentary committee in Bonn last week that the bank saw no reason to ease policy further for now.",
 "Call money traded at 3.80/90 pct today, unchanged from yesterday, dealers said. The Bundesbank added liquidity to the market through a securities repurchase pact at a fixed rate of 3.80 pct. REUTER",
], [
 M("Bundesbank central bank council meeting", ["central bank council", "bundesbank"], "1987-04-02", "day", "Frankfurt",
   ["Bundesbank"], "upcoming",
   "FRANKFURT, April 1 - The Bundesbank is unlikely to change its key interest rates when its central bank council meets tomorrow, its last regular session before the Easter break, money market dealers and economists said.",
   rule=[("rel", 1)]),
 M("Previous Bundesbank council meeting", ["last meeting", "march 19"], "1987-03-19", "day", "Frankfurt",
   ["Bundesbank"], "past",
   "The council, which normally meets every other Thursday, left the discount rate at 3.0 pct and the Lombard rate at 5.0 pct at its last meeting on March 19."),
 M("Poehl at parliamentary committee in Bonn", ["parliamentary committee"], "1987-03-23", "week", "Bonn",
   ["Karl Otto Poehl"], "past",
   "Bundesbank President Karl Otto Poehl told a parliamentary committee in Bonn last week that the bank saw no reason to ease policy further for now.",
   optional=True, rule=[("lastweek",)]),
])

# ---------------------------------------------------------------- 04 Japan chip talks
story("heldout17-04", "1987-03-25", "JAPAN TO SEND TEAM TO WASHINGTON FOR CHIP TALKS", [
 "TOKYO, March 25 - Japan will send a team of trade officials to Washington next week for emergency talks on the semiconductor pact, Ministry of International Trade and Industry (MITI) officials said.",
 "The delegation, led by Makoto Kuroda, MITI's vice minister for international affairs, will meet officials of the U.S. Trade Representative's office and the Commerce Department on April 2 and 3, they said.",
 "The talks follow U.S. charges that Japanese chipmakers are still selling below cost in third countries and that Japan has failed to open its market to U.S. chips, as required by the pact signed last September.",
 "\"We will explain the measures we have taken to cut production and we expect a fair hearing,\" a MITI official said.",
 "Trade Minister Hajime Tamura told a news conference on Tuesday that Japan had done all it could to honour the pact.",
 "Officials said Tamura met U.S. Ambassador Mike Mansfield late yesterday and asked Washington to hold off any retaliation until the talks were over.",
 "Japanese chip shares fell on the Tokyo Stock Exchange today. NEC Corp lost 40 yen to 2,010 and Toshiba Corp 12 yen to 645. REUTER",
], [
 M("U.S.-Japan semiconductor talks in Washington", ["semiconductor", "makoto kuroda", "emergency talks"], "1987-04-02", "day", "Washington",
   ["Japan", "MITI", "Makoto Kuroda", "U.S. Trade Representative's office", "Commerce Department"], "upcoming",
   "The delegation, led by Makoto Kuroda, MITI's vice minister for international affairs, will meet officials of the U.S. Trade Representative's office and the Commerce Department on April 2 and 3, they said.",
   end_date="1987-04-03", rule=[("nextweek_contains",)]),
 M("Tamura-Mansfield meeting", ["mansfield"], "1987-03-24", "day", "Tokyo",
   ["Hajime Tamura", "Mike Mansfield"], "past",
   "Officials said Tamura met U.S. Ambassador Mike Mansfield late yesterday and asked Washington to hold off any retaliation until the talks were over.",
   rule=[("rel", -1)]),
])

# ---------------------------------------------------------------- 05 Pennwood annual meeting
story("heldout17-05", "1987-03-05", "PENNWOOD INDUSTRIES <PWD> SETS VOTE ON DELTA BUY", [
 "STAMFORD, Conn., March 5 - Pennwood Industries Inc said its shareholders will be asked to approve the proposed acquisition of Delta Controls Corp at the annual meeting on May 12.",
 "The company said holders of record on March 27 will be entitled to vote.",
 "Pennwood agreed in January to pay 42 dlrs a share, or about 186 mln dlrs, for Delta, a maker of process control instruments based in Columbus, Ohio.",
 "Delta shareholders approved the transaction at a special meeting last Friday, Pennwood said.",
 "Pennwood also said it expects first quarter earnings to be about level with the 61 cts a share it earned a year ago, before costs related to the acquisition.",
], [
 M("Pennwood annual meeting", ["pennwood", "annual meeting"], "1987-05-12", "day", None,
   ["Pennwood Industries Inc"], "upcoming",
   "STAMFORD, Conn., March 5 - Pennwood Industries Inc said its shareholders will be asked to approve the proposed acquisition of Delta Controls Corp at the annual meeting on May 12."),
 M("Delta Controls special shareholders meeting", ["special meeting", "delta shareholders"], "1987-02-27", "day", None,
   ["Delta Controls Corp"], "past",
   "Delta shareholders approved the transaction at a special meeting last Friday, Pennwood said.",
   rule=[("wd", "friday", -1)]),
])

# ---------------------------------------------------------------- 06 Greenfield board
story("heldout17-06", "1987-04-08", "GREENFIELD STORES <GFS> BOARD TO WEIGH KESSING BID", [
 "DALLAS, April 8 - Greenfield Stores Inc said its board of directors will meet on Tuesday to consider a 31 dlr a share takeover offer from an investor group led by Dallas financier Walter Kessing.",
 "Greenfield said it had asked its financial adviser, Goldman, Sachs and Co, to study the offer and report to the board.",
 "The group, Kessing Partners LP, said in a filing with the Securities and Exchange Commission that its tender offer for all 14.2 mln Greenfield shares expires at midnight on April 29 unless extended.",
 "Kessing said he met Greenfield chairman Thomas Ardrey last month but the company rejected his proposal for a negotiated merger.",
 "Kessing Partners already holds 8.9 pct of Greenfield's common stock, the filing said.",
 "Greenfield shares rose 2-1/4 to 30-7/8 in over-the-counter trading today. REUTER",
], [
 M("Greenfield Stores board meeting", ["greenfield", "board of directors"], "1987-04-14", "day", None,
   ["Greenfield Stores Inc"], "upcoming",
   "DALLAS, April 8 - Greenfield Stores Inc said its board of directors will meet on Tuesday to consider a 31 dlr a share takeover offer from an investor group led by Dallas financier Walter Kessing.",
   rule=[("wd", "tuesday", 1)]),
 M("Kessing-Ardrey meeting", ["thomas ardrey", "kessing"], "1987-03", "month", None,
   ["Walter Kessing", "Thomas Ardrey"], "past",
   "Kessing said he met Greenfield chairman Thomas Ardrey last month but the company rejected his proposal for a negotiated merger."),
])

# ---------------------------------------------------------------- 07 Northland special meeting
story("heldout17-07", "1987-06-11", "NORTHLAND BANCORP <NLBC> CALLS SPECIAL MEETING ON SPLIT", [
 "MINNEAPOLIS, June 11 - Northland Bancorp said it will hold a special shareholders meeting on July 23 to vote on a proposed three-for-two stock split and an increase in authorised common shares to 30 mln from 15 mln.",
 "Shareholders of record June 26 will be eligible to vote, the bank holding company said.",
 "Northland also raised its quarterly dividend to 22 cts a share from 20 cts, payable July 15 to holders of record July 1.",
 "The company, which has assets of 2.4 billion dlrs, said the split would improve the liquidity of its shares.",
], [
 M("Northland Bancorp special shareholders meeting", ["northland", "special shareholders meeting"], "1987-07-23", "day", None,
   ["Northland Bancorp"], "upcoming",
   "MINNEAPOLIS, June 11 - Northland Bancorp said it will hold a special shareholders meeting on July 23 to vote on a proposed three-for-two stock split and an increase in authorised common shares to 30 mln from 15 mln."),
])

# ---------------------------------------------------------------- 08 EC farm ministers
story("heldout17-08", "1987-03-30", "EC FARM MINISTERS OPEN PRICE TALKS, NO DEAL SEEN", [
 "BRUSSELS, March 30 - European Community agriculture ministers began a two-day meeting here today aimed at agreeing farm prices for the 1987/88 season, but diplomats said a deal was unlikely before May.",
 "The ministers are considering Commission proposals for a freeze on most support prices and a tightening of the rules under which intervention agencies buy surplus produce.",
 "West German Agriculture Minister Ignaz Kiechle told reporters on arrival that Bonn could not accept any cut in the incomes of its farmers. British Minister Michael Jopling said the proposals did not go far enough.",
 "\"This is the opening skirmish. The real bargaining will come in April,\" one senior diplomat said.",
 "The ministers are due to meet again in Luxembourg on April 27 and 28, when Belgian Agriculture Minister Paul de Keersmaeker, who chairs the council, hopes to present a compromise.",
 "The Commission estimates its price package would save about 1.1 billion European Currency Units (Ecus) in 1987/88. Community stocks of butter stood at 1.2 mln tonnes at the end of February.",
], [
 M("EC agriculture ministers farm price meeting", ["agriculture ministers", "two-day meeting", "farm prices"], "1987-03-30", "day", "Brussels",
   ["European Community agriculture ministers", "Ignaz Kiechle", "Michael Jopling"], "ongoing",
   "BRUSSELS, March 30 - European Community agriculture ministers began a two-day meeting here today aimed at agreeing farm prices for the 1987/88 season, but diplomats said a deal was unlikely before May.",
   end_date="1987-03-31"),
 M("EC agriculture ministers meeting in Luxembourg", ["luxembourg", "meet again"], "1987-04-27", "day", "Luxembourg",
   ["European Community agriculture ministers", "Paul de Keersmaeker"], "upcoming",
   "The ministers are due to meet again in Luxembourg on April 27 and 28, when Belgian Agriculture Minister Paul de Keersmaeker, who chairs the council, hopes to present a compromise.",
   end_date="1987-04-28"),
])

# ---------------------------------------------------------------- 09 Dawkins
story("heldout17-09", "1987-05-06", "AUSTRALIA'S DAWKINS TO VISIT TOKYO FOR BEEF TALKS", [
 "CANBERRA, May 6 - Trade Minister John Dawkins will visit Tokyo next month for talks with Japanese ministers on access for Australian beef and coal, his office said.",
 "Dawkins will meet Agriculture Minister Mutsuki Kato and International Trade and Industry Minister Hajime Tamura during the three-day visit starting on June 15, a spokesman said.",
 "Australia wants Japan to abolish its beef import quota, which expires at the end of March next year, and replace it with a tariff.",
 "Earlier today Dawkins held talks here with a visiting U.S. congressional delegation led by Senator Max Baucus on U.S. export subsidies, which Canberra says have cost Australian wheat farmers about one billion Australian dlrs in lost sales.",
 "The delegation leaves for Wellington tomorrow. REUTER",
], [
 M("Dawkins talks in Tokyo with Japanese ministers", ["visit tokyo", "mutsuki kato", "beef"], "1987-06-15", "day", "Tokyo",
   ["John Dawkins", "Mutsuki Kato", "Hajime Tamura"], "upcoming",
   "Dawkins will meet Agriculture Minister Mutsuki Kato and International Trade and Industry Minister Hajime Tamura during the three-day visit starting on June 15, a spokesman said.",
   end_date="1987-06-17"),
 M("Dawkins talks with U.S. congressional delegation", ["congressional delegation", "max baucus"], "1987-05-06", "day", "Canberra",
   ["John Dawkins", "U.S. congressional delegation", "Max Baucus"], "past",
   "Earlier today Dawkins held talks here with a visiting U.S. congressional delegation led by Senator Max Baucus on U.S. export subsidies, which Canberra says have cost Australian wheat farmers about one billion Australian dlrs in lost sales.",
   rule=[("rel", 0)]),
])
# ---------------------------------------------------------------- 10 IANS Tamil Nadu all-party meeting
story("heldout17-10", "2025-11-13", "Stalin convenes all-party meeting on delimitation on Monday", [
 "Chennai, Nov 13 (IANS) Tamil Nadu Chief Minister M.K. Stalin has convened an all-party meeting on Monday to discuss the Centre's proposed delimitation of Lok Sabha constituencies, the state government said on Thursday.",
 "Invitations have been sent to 45 political parties registered in the state, including the AIADMK, the BJP, the PMK and the Congress, an official statement said. The meeting will be held at the Secretariat at 10 a.m., it said.",
 "\"A delimitation exercise based only on population would reduce Tamil Nadu's representation in Parliament by eight seats. All parties must speak in one voice to protect the rights of the state,\" Stalin said in a post on X.",
 "The BJP state unit said it would not take part in what it called a political drama, while the AIADMK said it would decide on Friday whether to attend.",
 "Earlier on Thursday, the Chief Minister chaired a review meeting with district collectors and senior officials at the Secretariat on preparations for the north-east monsoon.",
 "The Assembly had adopted a resolution in March urging the Centre to freeze the number of seats for another 30 years.",
], [
 M("Tamil Nadu all-party meeting on delimitation", ["all-party meeting", "delimitation"], "2025-11-17", "day", "Secretariat, Chennai",
   ["M.K. Stalin"], "upcoming",
   "Chennai, Nov 13 (IANS) Tamil Nadu Chief Minister M.K. Stalin has convened an all-party meeting on Monday to discuss the Centre's proposed delimitation of Lok Sabha constituencies, the state government said on Thursday.",
   rule=[("wd", "monday", 1)]),
 M("Stalin review meeting with district collectors", ["review meeting", "district collectors"], "2025-11-13", "day", "Secretariat, Chennai",
   ["M.K. Stalin", "district collectors"], "past",
   "Earlier on Thursday, the Chief Minister chaired a review meeting with district collectors and senior officials at the Secretariat on preparations for the north-east monsoon.",
   rule=[("wd", "thursday", -1)]),
])

# ---------------------------------------------------------------- 11 Bresser Pereira Washington
story("heldout17-11", "1987-06-24", "BRAZIL'S BRESSER PEREIRA TO MEET BAKER, CAMDESSUS", [
 "BRASILIA, June 24 - Brazil's Finance Minister Luiz Carlos Bresser Pereira will fly to Washington on Friday for talks with U.S. Treasury Secretary James Baker and International Monetary Fund Managing Director Michel Camdessus, the ministry said.",
 "Bresser Pereira will meet Baker on Monday and Camdessus the following day, a ministry spokesman said.",
 "Brazil suspended interest payments on about 68 billion dlrs of its commercial bank debt in February, and the minister is expected to outline a new economic plan that he hopes will win the backing of the Fund.",
 "A Brazilian technical team will begin talks with the country's bank advisory committee in New York on July 6 on the payment of overdue interest, the spokesman said.",
 "The minister's plan, announced on June 12, froze wages and prices for 90 days and devalued the cruzado by 9.5 pct.",
 "The central bank said Brazil's trade surplus rose to 1.1 billion dlrs in May from 783 mln in April. REUTER",
], [
 M("Bresser Pereira-Baker talks", ["baker", "treasury"], "1987-06-29", "day", "Washington",
   ["Luiz Carlos Bresser Pereira", "James Baker"], "upcoming",
   "Bresser Pereira will meet Baker on Monday and Camdessus the following day, a ministry spokesman said.",
   rule=[("wd", "monday", 1)]),
 M("Bresser Pereira-Camdessus talks", ["camdessus", "international monetary fund"], "1987-06-30", "day", "Washington",
   ["Luiz Carlos Bresser Pereira", "Michel Camdessus"], "upcoming",
   "Bresser Pereira will meet Baker on Monday and Camdessus the following day, a ministry spokesman said.",
   rule=[("wd", "monday", 1, "+1")]),
 M("Brazil talks with bank advisory committee", ["bank advisory committee", "technical team"], "1987-07-06", "day", "New York",
   ["Brazil", "bank advisory committee"], "upcoming",
   "A Brazilian technical team will begin talks with the country's bank advisory committee in New York on July 6 on the payment of overdue interest, the spokesman said."),
])

# ---------------------------------------------------------------- 12 IMF Nigeria
story("heldout17-12", "1987-09-10", "IMF TEAM REVIEWS NIGERIAN ECONOMIC PROGRAMME", [
 "LAGOS, Sept 10 - An International Monetary Fund team is holding talks with Nigerian officials here on the country's economic programme, Finance Ministry officials said.",
 "The talks, which opened on Tuesday, are expected to last two weeks and will review the performance of the economy under the standby credit of 650 mln Special Drawing Rights approved in January, they said.",
 "Finance Minister Chu Okongwu told the team, led by Hans Lindgren of the Fund's African department, at the opening session that Nigeria had met most of the programme's targets.",
 "The naira was sold at 4.05 to the dollar at the central bank's weekly foreign exchange auction on Wednesday, against 4.12 a week earlier.",
 "Nigeria's commercial bank creditors will meet in London on September 22 to discuss rescheduling 1.5 billion dlrs of uninsured trade arrears, bankers said. REUTER",
], [
 M("IMF-Nigeria programme review talks", ["international monetary fund", "economic programme", "opening session"], "1987-09-08", "day", "Lagos",
   ["International Monetary Fund", "Nigeria", "Chu Okongwu", "Hans Lindgren"], "ongoing",
   "The talks, which opened on Tuesday, are expected to last two weeks and will review the performance of the economy under the standby credit of 650 mln Special Drawing Rights approved in January, they said.",
   rule=[("wd", "tuesday", -1)]),
 M("Nigeria commercial bank creditors meeting", ["commercial bank creditors", "trade arrears"], "1987-09-22", "day", "London",
   ["Nigeria's commercial bank creditors"], "upcoming",
   "Nigeria's commercial bank creditors will meet in London on September 22 to discuss rescheduling 1.5 billion dlrs of uninsured trade arrears, bankers said."),
])

# ---------------------------------------------------------------- 13 Norway-EC fisheries
story("heldout17-13", "1987-07-15", "NORWAY, EC TO RESUME FISH QUOTA TALKS", [
 "OSLO, July 15 - Norway and the European Community will resume negotiations on North Sea fishing quotas in Brussels on Tuesday, the Norwegian Fisheries Ministry said.",
 "The first round of the negotiations, held in Bergen in May, broke down when the EC rejected a Norwegian proposal to cut the mackerel catch by 20 pct.",
 "Fisheries Minister Bjarne Moerk Eidem met EC Fisheries Commissioner Antonio Cardoso e Cunha in Oslo on Friday and the two agreed to try again, the ministry said.",
 "Norway says stocks of North Sea mackerel have fallen to their lowest level since records began, and that EC fleets are taking more than their share.",
 "Norwegian fishermen's organisations have threatened to blockade ports if the quotas are not cut. REUTER",
], [
 M("Norway-EC fishing quota negotiations in Brussels", ["resume negotiations", "fishing quotas", "brussels"], "1987-07-21", "day", "Brussels",
   ["Norway", "European Community"], "upcoming",
   "OSLO, July 15 - Norway and the European Community will resume negotiations on North Sea fishing quotas in Brussels on Tuesday, the Norwegian Fisheries Ministry said.",
   rule=[("wd", "tuesday", 1)]),
 M("First round of Norway-EC fisheries negotiations", ["first round", "bergen"], "1987-05", "month", "Bergen",
   ["Norway", "European Community"], "past",
   "The first round of the negotiations, held in Bergen in May, broke down when the EC rejected a Norwegian proposal to cut the mackerel catch by 20 pct."),
 M("Eidem-Cardoso e Cunha meeting", ["cardoso e cunha", "eidem"], "1987-07-10", "day", "Oslo",
   ["Bjarne Moerk Eidem", "Antonio Cardoso e Cunha"], "past",
   "Fisheries Minister Bjarne Moerk Eidem met EC Fisheries Commissioner Antonio Cardoso e Cunha in Oslo on Friday and the two agreed to try again, the ministry said.",
   rule=[("wd", "friday", -1)]),
])

# ---------------------------------------------------------------- 14 CHOGM Vancouver
story("heldout17-14", "1987-09-28", "MULRONEY SAYS SOUTH AFRICA TOPS COMMONWEALTH AGENDA", [
 "OTTAWA, Sept 28 - Prime Minister Brian Mulroney said today that sanctions against South Africa would top the agenda when Commonwealth leaders meet in Vancouver from October 13 to 17.",
 "Mulroney, who will chair the meeting, told reporters Canada would press for a ban on new investment and on imports of South African steel and uranium.",
 "British Prime Minister Margaret Thatcher, who has opposed wider sanctions, is expected to resist any new measures, officials said.",
 "Commonwealth foreign ministers will hold a preparatory meeting in Vancouver on October 11, Commonwealth Secretary-General Shridath Ramphal said in London last week.",
 "Mulroney discussed the issue by telephone on Friday with Zimbabwe's Prime Minister Robert Mugabe, his office said. REUTER",
], [
 M("Commonwealth heads of government meeting", ["commonwealth leaders", "vancouver"], "1987-10-13", "day", "Vancouver",
   ["Commonwealth leaders", "Brian Mulroney", "Margaret Thatcher"], "upcoming",
   "OTTAWA, Sept 28 - Prime Minister Brian Mulroney said today that sanctions against South Africa would top the agenda when Commonwealth leaders meet in Vancouver from October 13 to 17.",
   end_date="1987-10-17"),
 M("Commonwealth foreign ministers preparatory meeting", ["foreign ministers", "preparatory meeting"], "1987-10-11", "day", "Vancouver",
   ["Commonwealth foreign ministers"], "upcoming",
   "Commonwealth foreign ministers will hold a preparatory meeting in Vancouver on October 11, Commonwealth Secretary-General Shridath Ramphal said in London last week."),
])

# ---------------------------------------------------------------- 15 ASEAN Manila
story("heldout17-15", "1987-12-09", "ASEAN OFFICIALS MEET THURSDAY TO PREPARE MANILA SUMMIT", [
 "MANILA, Dec 9 - Senior officials of the six-member Association of South East Asian Nations (ASEAN) will meet here on Thursday to finalise the agenda for the group's third summit, which opens on Monday, the Foreign Ministry said.",
 "ASEAN foreign ministers will meet on Saturday and Sunday before the heads of government gather for the two-day summit at the Philippine International Convention Center, the ministry said.",
 "Malaysian Prime Minister Mahathir Mohamad and Brunei's Sultan Hassanal Bolkiah have confirmed they will attend, ending weeks of doubt over security in the Philippine capital.",
 "Some 10,000 soldiers and police will guard the summit, and two U.S. Navy ships will be anchored in Manila Bay, military officials said.",
 "The last ASEAN summit was held in Kuala Lumpur in 1977. The group groups Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand. REUTER",
], [
 M("ASEAN senior officials meeting", ["senior officials"], "1987-12-10", "day", "Manila",
   ["ASEAN"], "upcoming",
   "MANILA, Dec 9 - Senior officials of the six-member Association of South East Asian Nations (ASEAN) will meet here on Thursday to finalise the agenda for the group's third summit, which opens on Monday, the Foreign Ministry said.",
   rule=[("wd", "thursday", 1)]),
 M("ASEAN foreign ministers meeting", ["foreign ministers"], "1987-12-12", "day", "Manila",
   ["ASEAN"], "upcoming",
   "ASEAN foreign ministers will meet on Saturday and Sunday before the heads of government gather for the two-day summit at the Philippine International Convention Center, the ministry said.",
   end_date="1987-12-13", rule=[("wd", "saturday", 1), ("wd", "sunday", 1, "end")]),
 M("Third ASEAN summit", ["third summit", "summit"], "1987-12-14", "day", "Philippine International Convention Center, Manila",
   ["ASEAN", "Mahathir Mohamad", "Hassanal Bolkiah"], "upcoming",
   "MANILA, Dec 9 - Senior officials of the six-member Association of South East Asian Nations (ASEAN) will meet here on Thursday to finalise the agenda for the group's third summit, which opens on Monday, the Foreign Ministry said.",
   end_date="1987-12-15", rule=[("wd", "monday", 1)]),
])

# ---------------------------------------------------------------- 16 FOMC
story("heldout17-16", "1987-08-14", "FED POLICY COMMITTEE MEETS TUESDAY UNDER GREENSPAN", [
 "WASHINGTON, Aug 14 - The Federal Reserve's policy-making Open Market Committee meets on Tuesday, its first session under new chairman Alan Greenspan, and most analysts expect it to leave credit conditions unchanged.",
 "Greenspan, who was sworn in on Tuesday, has said little about monetary policy since President Reagan named him to succeed Paul Volcker in June.",
 "\"He will want to get to know the committee before he moves. I'd be surprised to see any change,\" said an economist at a New York securities firm.",
 "Minutes of the committee's previous meeting, on July 7, will be released on August 21, three days after Tuesday's session, under the Fed's usual practice.",
 "Federal funds traded at 6-5/8 pct late today, unchanged from yesterday. REUTER",
], [
 M("FOMC meeting", ["open market committee", "first session"], "1987-08-18", "day", "Washington",
   ["Federal Reserve's Open Market Committee", "Alan Greenspan"], "upcoming",
   "WASHINGTON, Aug 14 - The Federal Reserve's policy-making Open Market Committee meets on Tuesday, its first session under new chairman Alan Greenspan, and most analysts expect it to leave credit conditions unchanged.",
   rule=[("wd", "tuesday", 1)]),
 M("Previous FOMC meeting", ["previous meeting", "july 7"], "1987-07-07", "day", "Washington",
   ["Open Market Committee"], "past",
   "Minutes of the committee's previous meeting, on July 7, will be released on August 21, three days after Tuesday's session, under the Fed's usual practice."),
])

# ---------------------------------------------------------------- 17 Miyazawa-Baker
story("heldout17-17", "1987-01-16", "MIYAZAWA TO MEET BAKER NEXT WEEK ON YEN", [
 "TOKYO, Jan 16 - Finance Minister Kiichi Miyazawa said he will meet U.S. Treasury Secretary James Baker in Washington next week to discuss the yen's rise against the dollar.",
 "Miyazawa told a news conference after a regular cabinet meeting today that the date of the talks had not been fixed but that they would probably be held on Wednesday.",
 "Miyazawa and Baker last met in San Francisco in October, when they agreed to cooperate on exchange rates in return for Japanese steps to stimulate domestic demand.",
 "The dollar fell to a post-war low of 150.40 yen on Tuesday before recovering to close at 151.85 yen in Tokyo today.",
 "Bank of Japan officials said the central bank had intervened to buy dollars this week but declined to say how much. REUTER",
], [
 M("Miyazawa-Baker talks in Washington", ["baker", "washington"], "1987-01-19", "week", "Washington",
   ["Kiichi Miyazawa", "James Baker"], "upcoming",
   "TOKYO, Jan 16 - Finance Minister Kiichi Miyazawa said he will meet U.S. Treasury Secretary James Baker in Washington next week to discuss the yen's rise against the dollar.",
   rule=[("nextweek",)]),
 M("Japanese cabinet meeting", ["cabinet meeting"], "1987-01-16", "day", "Tokyo",
   ["Kiichi Miyazawa"], "past",
   "Miyazawa told a news conference after a regular cabinet meeting today that the date of the talks had not been fixed but that they would probably be held on Wednesday.",
   rule=[("rel", 0)]),
 M("Miyazawa-Baker meeting in San Francisco", ["san francisco"], "1986-10", "month", "San Francisco",
   ["Kiichi Miyazawa", "James Baker"], "past",
   "Miyazawa and Baker last met in San Francisco in October, when they agreed to cooperate on exchange rates in return for Japanese steps to stimulate domestic demand."),
])

# ---------------------------------------------------------------- 18 ICO London
story("heldout17-18", "1987-03-17", "ICO EXECUTIVE BOARD TO MEET ON QUOTA DEADLOCK", [
 "LONDON, March 17 - The International Coffee Organization's executive board will meet here from March 30 to April 1 to discuss ways of breaking the deadlock over export quotas, ICO officials said.",
 "Producers and consumers failed to agree on quota shares at a special council session which ended in late February after two weeks of talks.",
 "Brazil, the largest producer, will host a meeting of Latin American producers in Rio de Janeiro next week to try to agree a common position, trade sources said.",
 "\"Nobody expects the board to produce a deal, but it will keep the dialogue going,\" one consumer delegate said.",
 "Robusta coffee futures fell 35 stg to 1,285 stg a tonne on the London market today. REUTER",
], [
 M("ICO executive board meeting", ["executive board"], "1987-03-30", "day", "London",
   ["International Coffee Organization"], "upcoming",
   "LONDON, March 17 - The International Coffee Organization's executive board will meet here from March 30 to April 1 to discuss ways of breaking the deadlock over export quotas, ICO officials said.",
   end_date="1987-04-01"),
 M("ICO special council session", ["special council session"], "1987-02", "month", "London",
   ["International Coffee Organization"], "past",
   "Producers and consumers failed to agree on quota shares at a special council session which ended in late February after two weeks of talks."),
 M("Latin American coffee producers meeting in Rio", ["latin american producers", "rio de janeiro"], "1987-03-23", "week", "Rio de Janeiro",
   ["Brazil", "Latin American producers"], "upcoming",
   "Brazil, the largest producer, will host a meeting of Latin American producers in Rio de Janeiro next week to try to agree a common position, trade sources said.",
   rule=[("nextweek",)]),
])

# ---------------------------------------------------------------- 19 Andean oil ministers Quito
story("heldout17-19", "1987-05-19", "ANDEAN OIL MINISTERS TO MEET IN QUITO FRIDAY", [
 "BOGOTA, May 19 - Oil ministers of the five Andean Pact countries will meet in the Ecuadorean capital, Quito, on Friday to discuss cooperation in refining and a joint stand ahead of the OPEC conference in June, Colombia's Mines and Energy Ministry said.",
 "Colombia will be represented by Mines Minister Guillermo Perry, the ministry said. Venezuela's Energy Minister Arturo Hernandez Grisanti and Ecuador's Energy Minister Fernando Santos Alvite are expected to attend.",
 "Ecuador, which resumed crude exports last month after a March earthquake cut its main pipeline, will seek help from its neighbours to rebuild its stocks, officials said.",
 "Colombia's crude output rose to 385,000 barrels per day in April from 370,000 in March, the state oil company Ecopetrol said. REUTER",
], [
 M("Andean Pact oil ministers meeting", ["andean pact", "quito"], "1987-05-22", "day", "Quito",
   ["Andean Pact", "Colombia", "Guillermo Perry", "Arturo Hernandez Grisanti", "Fernando Santos Alvite"], "upcoming",
   "BOGOTA, May 19 - Oil ministers of the five Andean Pact countries will meet in the Ecuadorean capital, Quito, on Friday to discuss cooperation in refining and a joint stand ahead of the OPEC conference in June, Colombia's Mines and Energy Ministry said.",
   rule=[("wd", "friday", 1)]),
 M("OPEC conference", ["opec conference"], "1987-06", "month", None,
   ["OPEC"], "upcoming",
   "BOGOTA, May 19 - Oil ministers of the five Andean Pact countries will meet in the Ecuadorean capital, Quito, on Friday to discuss cooperation in refining and a joint stand ahead of the OPEC conference in June, Colombia's Mines and Energy Ministry said."),
])

# ---------------------------------------------------------------- 20 Argentina bank talks
story("heldout17-20", "1987-02-18", "ARGENTINA, BANKS TO RESUME LOAN TALKS MONDAY", [
 "NEW YORK, Feb 18 - Argentina and its bank advisory committee will resume talks on a 2.15 billion dlr new loan package on Monday at the offices of the law firm Shearman and Sterling, bankers said.",
 "Economy Minister Juan Sourrouille will lead the Argentine team. The committee is chaired by William Rhodes of Citibank.",
 "The two sides have been unable to agree on the interest margin, which Argentina wants cut to 13/16 of a percentage point over the London interbank offered rate from 1-7/16 points.",
 "Central bank president Jose Luis Machinea met Federal Reserve Board Chairman Paul Volcker in Washington yesterday to brief him on the talks, bankers said.",
 "Argentina owes about 30 billion dlrs to some 350 commercial banks. REUTER",
], [
 M("Argentina-bank advisory committee loan talks", ["bank advisory committee", "new loan package", "shearman and sterling"], "1987-02-23", "day", "offices of Shearman and Sterling, New York",
   ["Argentina", "bank advisory committee", "Juan Sourrouille", "William Rhodes"], "upcoming",
   "NEW YORK, Feb 18 - Argentina and its bank advisory committee will resume talks on a 2.15 billion dlr new loan package on Monday at the offices of the law firm Shearman and Sterling, bankers said.",
   rule=[("wd", "monday", 1)]),
 M("Machinea-Volcker meeting", ["volcker", "machinea"], "1987-02-17", "day", "Washington",
   ["Jose Luis Machinea", "Paul Volcker"], "past",
   "Central bank president Jose Luis Machinea met Federal Reserve Board Chairman Paul Volcker in Washington yesterday to brief him on the talks, bankers said.",
   rule=[("rel", -1)]),
])
# ---------------------------------------------------------------- 21 Anglo-Irish conference
story("heldout17-21", "1987-11-03", "ANGLO-IRISH CONFERENCE TO MEET IN DUBLIN THURSDAY", [
 "BELFAST, Nov 3 - British and Irish ministers will meet in Dublin on Thursday for the first session of the Anglo-Irish Intergovernmental Conference since the killing of two policemen near the border last month, officials said.",
 "Northern Ireland Secretary Tom King and Irish Foreign Minister Brian Lenihan will co-chair the conference, which is expected to concentrate on cross-border security and the extradition of terrorist suspects.",
 "King and Lenihan last met at the conference's secretariat at Maryfield, outside Belfast, on October 9, when they agreed to set up a joint working party on the courts.",
 "Unionist politicians, who have boycotted government ministers since the 1985 agreement that set up the conference, said they would step up their campaign against it.",
 "The Royal Ulster Constabulary said a 500-pound bomb was defused in County Armagh yesterday. REUTER",
], [
 M("Anglo-Irish Intergovernmental Conference session in Dublin", ["anglo-irish intergovernmental conference", "dublin"], "1987-11-05", "day", "Dublin",
   ["British ministers", "Irish ministers", "Tom King", "Brian Lenihan"], "upcoming",
   "BELFAST, Nov 3 - British and Irish ministers will meet in Dublin on Thursday for the first session of the Anglo-Irish Intergovernmental Conference since the killing of two policemen near the border last month, officials said.",
   rule=[("wd", "thursday", 1)]),
 M("King-Lenihan conference session at Maryfield", ["maryfield", "last met"], "1987-10-09", "day", "Maryfield, outside Belfast",
   ["Tom King", "Brian Lenihan"], "past",
   "King and Lenihan last met at the conference's secretariat at Maryfield, outside Belfast, on October 9, when they agreed to set up a joint working party on the courts."),
])

# ---------------------------------------------------------------- 22 IANS Jaishankar to Moscow
story("heldout17-22", "2025-11-10", "Jaishankar to visit Moscow next week for talks with Lavrov", [
 "New Delhi, Nov 10 (IANS) External Affairs Minister S. Jaishankar will travel to Moscow next week for talks with his Russian counterpart Sergei Lavrov ahead of the annual India-Russia summit, official sources said on Monday.",
 "The two ministers are expected to review preparations for the summit and discuss trade, energy, connectivity and the situation in Ukraine, the sources said.",
 "During the visit, Jaishankar will also attend the meeting of the Shanghai Cooperation Organisation (SCO) Council of Heads of Government in Moscow on November 17 and 18.",
 "Russian President Vladimir Putin is expected to pay a state visit to India next month for the 23rd annual summit with Prime Minister Narendra Modi, the first such visit since 2021.",
 "Bilateral trade between the two countries touched a record $68.7 billion in 2024-25, driven largely by Indian purchases of Russian crude oil.",
], [
 M("Jaishankar-Lavrov talks in Moscow", ["sergei lavrov", "counterpart"], "2025-11-17", "week", "Moscow",
   ["S. Jaishankar", "Sergei Lavrov"], "upcoming",
   "New Delhi, Nov 10 (IANS) External Affairs Minister S. Jaishankar will travel to Moscow next week for talks with his Russian counterpart Sergei Lavrov ahead of the annual India-Russia summit, official sources said on Monday.",
   rule=[("nextweek",)]),
 M("SCO Council of Heads of Government meeting", ["shanghai cooperation organisation", "sco", "council of heads of government"], "2025-11-17", "day", "Moscow",
   ["Shanghai Cooperation Organisation", "S. Jaishankar"], "upcoming",
   "During the visit, Jaishankar will also attend the meeting of the Shanghai Cooperation Organisation (SCO) Council of Heads of Government in Moscow on November 17 and 18.",
   end_date="2025-11-18"),
 M("23rd India-Russia annual summit", ["annual summit", "state visit", "putin"], "2025-12", "month", "India",
   ["Vladimir Putin", "Narendra Modi"], "upcoming",
   "Russian President Vladimir Putin is expected to pay a state visit to India next month for the 23rd annual summit with Prime Minister Narendra Modi, the first such visit since 2021."),
])

# ---------------------------------------------------------------- 23 IANS GST Council
story("heldout17-23", "2025-12-05", "GST Council to meet in Goa on Dec 19-20, health insurance on agenda", [
 "New Delhi, Dec 5 (IANS) The GST Council, chaired by Union Finance Minister Nirmala Sitharaman, will meet in Goa on December 19 and 20 to consider rate cuts on health and life insurance premiums, officials said on Friday.",
 "A Group of Ministers (GoM) on insurance, headed by Bihar Deputy Chief Minister Samrat Choudhary, met here on Thursday and finalised its recommendations for the Council, the officials said.",
 "The GoM has proposed exempting term life insurance policies and health cover for senior citizens from GST, which is now levied at 18 per cent on premiums.",
 "Separately, Sitharaman will hold a pre-budget consultation with state finance ministers in the national capital on Monday, the Finance Ministry said in a post on X.",
 "GST collections rose 8.9 per cent to Rs 1.82 lakh crore in November, data released on Monday showed.",
], [
 M("GST Council meeting in Goa", ["gst council", "goa"], "2025-12-19", "day", "Goa",
   ["GST Council", "Nirmala Sitharaman"], "upcoming",
   "New Delhi, Dec 5 (IANS) The GST Council, chaired by Union Finance Minister Nirmala Sitharaman, will meet in Goa on December 19 and 20 to consider rate cuts on health and life insurance premiums, officials said on Friday.",
   end_date="2025-12-20"),
 M("GoM on insurance meeting", ["group of ministers", "gom"], "2025-12-04", "day", "New Delhi",
   ["Group of Ministers", "Samrat Choudhary"], "past",
   "A Group of Ministers (GoM) on insurance, headed by Bihar Deputy Chief Minister Samrat Choudhary, met here on Thursday and finalised its recommendations for the Council, the officials said.",
   rule=[("wd", "thursday", -1)]),
 M("Pre-budget consultation with state finance ministers", ["pre-budget consultation", "state finance ministers"], "2025-12-08", "day", "New Delhi",
   ["Nirmala Sitharaman", "state finance ministers"], "upcoming",
   "Separately, Sitharaman will hold a pre-budget consultation with state finance ministers in the national capital on Monday, the Finance Ministry said in a post on X.",
   rule=[("wd", "monday", 1)]),
])

# ---------------------------------------------------------------- 24 Gulfstar annual meeting proxy fight
story("heldout17-24", "1987-04-21", "GULFSTAR <GSR> SETS ANNUAL MEETING, DISSIDENTS SEEK SEATS", [
 "HOUSTON, April 21 - Gulfstar Resources Inc said it will hold its annual meeting in Wilmington, Del., on May 28, where a dissident shareholder group will seek to elect three directors.",
 "Holders of record on April 10 may vote at the meeting, the oil and gas company said.",
 "The dissidents, who call themselves the Gulfstar Shareholders Committee and say they hold about 11 pct of the stock, said they met company management last week but the talks ended without agreement.",
 "The committee wants Gulfstar to sell its refining unit and distribute the proceeds to shareholders. Gulfstar has said the unit is not for sale.",
 "Gulfstar reported a 1986 loss of 42.6 mln dlrs, or 3.10 dlrs a share, after writedowns of oil and gas properties. REUTER",
], [
 M("Gulfstar annual meeting", ["gulfstar", "annual meeting", "wilmington"], "1987-05-28", "day", "Wilmington, Del.",
   ["Gulfstar Resources Inc", "Gulfstar Shareholders Committee"], "upcoming",
   "HOUSTON, April 21 - Gulfstar Resources Inc said it will hold its annual meeting in Wilmington, Del., on May 28, where a dissident shareholder group will seek to elect three directors."),
 M("Dissident committee meeting with Gulfstar management", ["company management", "shareholders committee"], "1987-04-13", "week", None,
   ["Gulfstar Shareholders Committee", "Gulfstar Resources Inc"], "past",
   "The dissidents, who call themselves the Gulfstar Shareholders Committee and say they hold about 11 pct of the stock, said they met company management last week but the talks ended without agreement.",
   rule=[("lastweek",)]),
])

# ---------------------------------------------------------------- 25 Suharto state visit
story("heldout17-25", "1987-08-24", "SUHARTO TO PAY STATE VISIT TO MALAYSIA", [
 "KUALA LUMPUR, Aug 24 - Indonesian President Suharto will pay a three-day state visit to Malaysia starting on September 7 for talks with Prime Minister Mahathir Mohamad on regional security and commodity prices, the Foreign Ministry said.",
 "Malaysian and Indonesian officials will meet in Jakarta on Thursday to prepare the visit, the ministry said.",
 "Mahathir and Suharto last met in Bali in January, when they agreed to coordinate their policies on tin and rubber.",
 "Both countries have been hit by the collapse of the tin price since the International Tin Council ran out of funds in October 1985. Tin fetched 16.10 ringgit a kilo on the Kuala Lumpur Tin Market today. REUTER",
], [
 M("Suharto state visit and talks with Mahathir", ["state visit", "suharto"], "1987-09-07", "day", "Kuala Lumpur, Malaysia",
   ["Suharto", "Mahathir Mohamad"], "upcoming",
   "KUALA LUMPUR, Aug 24 - Indonesian President Suharto will pay a three-day state visit to Malaysia starting on September 7 for talks with Prime Minister Mahathir Mohamad on regional security and commodity prices, the Foreign Ministry said.",
   end_date="1987-09-09"),
 M("Malaysian-Indonesian officials preparatory meeting", ["jakarta", "prepare the visit"], "1987-08-27", "day", "Jakarta",
   ["Malaysian officials", "Indonesian officials"], "upcoming",
   "Malaysian and Indonesian officials will meet in Jakarta on Thursday to prepare the visit, the ministry said.",
   rule=[("wd", "thursday", 1)]),
 M("Mahathir-Suharto meeting in Bali", ["bali"], "1987-01", "month", "Bali",
   ["Mahathir Mohamad", "Suharto"], "past",
   "Mahathir and Suharto last met in Bali in January, when they agreed to coordinate their policies on tin and rubber."),
])

# ---------------------------------------------------------------- 26 Brazil seamen
story("heldout17-26", "1987-03-06", "BRAZIL SEAMEN TO MEET LABOUR MINISTER ON STRIKE", [
 "RIO DE JANEIRO, March 6 - Leaders of Brazil's striking seamen will meet Labour Minister Almir Pazzianotto in Brasilia tomorrow to try to end a stoppage which has idled more than 190 ships, union officials said.",
 "The strike, which began last Friday, has halted most of the country's coastal shipping and delayed exports of soybeans and iron ore from the ports of Santos, Paranagua and Vitoria.",
 "Talks between the National Federation of Seamen and the shipowners' association broke down on Wednesday after six hours, when the owners refused to raise their offer of a 45 pct wage increase.",
 "The government has given the seamen until Monday to return to work or face having the strike declared illegal, a Labour Ministry spokesman said.",
 "Port officials in Santos said 64 ships were waiting to load or unload today. REUTER",
], [
 M("Seamen's leaders meeting with Labour Minister Pazzianotto", ["pazzianotto", "labour minister"], "1987-03-07", "day", "Brasilia",
   ["Brazil's striking seamen", "Almir Pazzianotto"], "upcoming",
   "RIO DE JANEIRO, March 6 - Leaders of Brazil's striking seamen will meet Labour Minister Almir Pazzianotto in Brasilia tomorrow to try to end a stoppage which has idled more than 190 ships, union officials said.",
   rule=[("rel", 1)]),
 M("Seamen-shipowners talks", ["shipowners", "national federation of seamen"], "1987-03-04", "day", None,
   ["National Federation of Seamen", "shipowners' association"], "past",
   "Talks between the National Federation of Seamen and the shipowners' association broke down on Wednesday after six hours, when the owners refused to raise their offer of a 45 pct wage increase.",
   rule=[("wd", "wednesday", -1)]),
])

# ---------------------------------------------------------------- 27 Louvre G-5 / Sumita-Nakasone
story("heldout17-27", "1987-02-20", "MIYAZAWA LEAVES FOR PARIS TALKS ON CURRENCIES", [
 "TOKYO, Feb 20 - Finance Minister Kiichi Miyazawa left for Paris today to attend a meeting of finance ministers and central bankers of the Group of Five industrial nations on Saturday, to be followed by a wider Group of Seven meeting on Sunday, officials said.",
 "Bank of Japan Governor Satoshi Sumita, who will join Miyazawa in Paris, is meeting Prime Minister Yasuhiro Nakasone at the prime minister's office this morning to discuss the yen, a central bank spokesman said.",
 "Officials said Japan would press for a commitment to stabilise the dollar around current levels, while the United States is expected to urge Japan and West Germany to do more to stimulate their economies.",
 "The dollar closed at 153.55 yen in Tokyo today, up from 153.20 yen yesterday. REUTER",
], [
 M("G-5 finance ministers and central bankers meeting", ["group of five"], "1987-02-21", "day", "Paris",
   ["Group of Five", "Kiichi Miyazawa", "Satoshi Sumita"], "upcoming",
   "TOKYO, Feb 20 - Finance Minister Kiichi Miyazawa left for Paris today to attend a meeting of finance ministers and central bankers of the Group of Five industrial nations on Saturday, to be followed by a wider Group of Seven meeting on Sunday, officials said.",
   rule=[("wd", "saturday", 1)]),
 M("G-7 meeting", ["group of seven"], "1987-02-22", "day", "Paris",
   ["Group of Seven"], "upcoming",
   "TOKYO, Feb 20 - Finance Minister Kiichi Miyazawa left for Paris today to attend a meeting of finance ministers and central bankers of the Group of Five industrial nations on Saturday, to be followed by a wider Group of Seven meeting on Sunday, officials said.",
   rule=[("wd", "sunday", 1)]),
 M("Sumita-Nakasone meeting", ["nakasone", "sumita"], "1987-02-20", "day", "prime minister's office, Tokyo",
   ["Satoshi Sumita", "Yasuhiro Nakasone"], "ongoing",
   "Bank of Japan Governor Satoshi Sumita, who will join Miyazawa in Paris, is meeting Prime Minister Yasuhiro Nakasone at the prime minister's office this morning to discuss the yen, a central bank spokesman said.",
   rule=[("rel", 0)]),
])

# ---------------------------------------------------------------- 28 Indian parliament budget session
story("heldout17-28", "1987-02-23", "INDIAN PARLIAMENT OPENS BUDGET SESSION", [
 "NEW DELHI, Feb 23 - India's Parliament opened its budget session today with President Zail Singh's customary address to members of both houses, in which he promised steps to curb rising prices.",
 "The session will run until May 8, parliamentary officials said.",
 "Prime Minister Rajiv Gandhi, who also holds the finance portfolio, will present the budget for 1987/88 on Saturday.",
 "Opposition parties will meet at Janata Party leader Chandra Shekhar's residence here on Wednesday to plan a joint strategy on prices and on the drought in western India, opposition sources said.",
 "Zail Singh, whose relations with Gandhi have been strained, did not refer to the dispute over the president's right to information from the government. REUTER",
], [
 M("Indian Parliament budget session", ["budget session", "parliament"], "1987-02-23", "day", "New Delhi",
   ["Parliament", "Zail Singh"], "ongoing",
   "NEW DELHI, Feb 23 - India's Parliament opened its budget session today with President Zail Singh's customary address to members of both houses, in which he promised steps to curb rising prices.",
   end_date="1987-05-08", rule=[("rel", 0)]),
 M("Opposition parties strategy meeting", ["opposition parties", "joint strategy", "chandra shekhar"], "1987-02-25", "day", "Chandra Shekhar's residence, New Delhi",
   ["opposition parties", "Janata Party", "Chandra Shekhar"], "upcoming",
   "Opposition parties will meet at Janata Party leader Chandra Shekhar's residence here on Wednesday to plan a joint strategy on prices and on the drought in western India, opposition sources said.",
   rule=[("wd", "wednesday", 1)]),
])
# ---------------------------------------------------------------- 29 EC finance ministers
story("heldout17-29", "1987-05-11", "EC MINISTERS AGREE IN PRINCIPLE TO FREE CAPITAL FLOWS", [
 "BRUSSELS, May 11 - European Community finance ministers agreed in principle at a meeting here today to remove most remaining controls on long-term capital movements by the end of 1988, EC officials said.",
 "Belgian Finance Minister Mark Eyskens, who chaired the meeting, told reporters the ministers would meet again in Luxembourg on June 15, when they hoped to adopt the directive formally.",
 "The proposal was first discussed at the ministers' informal meeting in the Belgian resort of Knokke last month, where Britain and West Germany pressed for a faster timetable.",
 "France and Italy have asked for a safeguard clause allowing them to reimpose controls in an emergency, and officials said this issue had still to be settled.",
 "The European Currency Unit was fixed at 1.14210 dlrs today, against 1.13980 on Friday. REUTER",
], [
 M("EC finance ministers meeting on capital movements", ["finance ministers", "capital movements"], "1987-05-11", "day", "Brussels",
   ["European Community finance ministers", "Mark Eyskens"], "past",
   "BRUSSELS, May 11 - European Community finance ministers agreed in principle at a meeting here today to remove most remaining controls on long-term capital movements by the end of 1988, EC officials said.",
   rule=[("rel", 0)]),
 M("EC finance ministers meeting in Luxembourg", ["luxembourg", "meet again"], "1987-06-15", "day", "Luxembourg",
   ["European Community finance ministers", "Mark Eyskens"], "upcoming",
   "Belgian Finance Minister Mark Eyskens, who chaired the meeting, told reporters the ministers would meet again in Luxembourg on June 15, when they hoped to adopt the directive formally."),
 M("Informal EC finance ministers meeting in Knokke", ["knokke", "informal meeting"], "1987-04", "month", "Knokke",
   ["European Community finance ministers", "Britain", "West Germany"], "past",
   "The proposal was first discussed at the ministers' informal meeting in the Belgian resort of Knokke last month, where Britain and West Germany pressed for a faster timetable."),
])

# ---------------------------------------------------------------- 30 Senate Banking hearings
story("heldout17-30", "1987-03-04", "SENATE PANEL TO HOLD TAKEOVER HEARINGS", [
 "WASHINGTON, March 4 - The Senate Banking Committee will open hearings on March 12 on legislation to curb hostile corporate takeovers and abusive trading practices, committee chairman William Proxmire said.",
 "Securities and Exchange Commission Chairman John Shad is expected to testify, along with several chief executives of companies that have fought off takeover bids, Proxmire said in a statement.",
 "Proxmire's bill would require investors to disclose stakes of three pct or more within one business day and would ban so-called greenmail payments.",
 "Wall Street firms have lobbied against parts of the bill, arguing that it would protect entrenched managements. REUTER",
], [
 M("Senate Banking Committee takeover hearings", ["senate banking committee", "hearings"], "1987-03-12", "day", "Washington",
   ["Senate Banking Committee", "William Proxmire", "John Shad"], "upcoming",
   "WASHINGTON, March 4 - The Senate Banking Committee will open hearings on March 12 on legislation to curb hostile corporate takeovers and abusive trading practices, committee chairman William Proxmire said."),
])

# ================================================================ stories with no meeting
story("heldout17-31", "1987-03-12", "HARWELL STORES INC <HWS> 4TH QTR JAN 31 NET", [
 "WILMINGTON, Del., March 12 - Shr 1.92 dlrs vs 1.71 dlrs",
 "Net 28.3 mln vs 25.2 mln",
 "Revs 712.4 mln vs 668.0 mln",
 "Year",
 "Shr 4.21 dlrs vs 3.88 dlrs",
 "Net 62.1 mln vs 57.3 mln",
 "Revs 2.15 billion vs 2.02 billion",
 "NOTE: Fiscal 1985 ended February 1, 1986. Latest year includes gain of 3.1 mln dlrs, or 21 cts a share, from sale of real estate in the second quarter.",
], [])

story("heldout17-32", "1987-04-23", "ALLEGHENY VALLEY GAS CO <AVG> RAISES QUARTERLY", [
 "PITTSBURGH, April 23 -",
 "Qtly div 46 cts vs 44 cts prior",
 "Pay June 1",
 "Record May 8",
 "NOTE: The company said the increase, its 12th in ten years, reflects higher earnings from its Pennsylvania distribution business and lower interest costs after the refinancing of 60 mln dlrs of debt in January.",
], [])

story("heldout17-33", "1987-05-19", "TOKYO STOCKS CLOSE HIGHER ON BANK BUYING", [
 "TOKYO, May 19 - Tokyo stock prices ended the afternoon session sharply higher as investors bought banks and real estate shares on expectations of lower interest rates, brokers said.",
 "The 225-share Nikkei average rose 312.44 points to 24,118.05 after gaining 180 points in the morning session. Volume was 1.4 billion shares, up from 1.1 billion on Monday.",
 "Advances led declines by 612 to 271, with 131 issues unchanged.",
 "Mitsubishi Estate rose 150 yen to 2,960 and Sumitomo Bank 70 yen to 3,510. Steels were mixed, with Nippon Steel unchanged at 365 yen.",
 "Brokers said the market could consolidate on Wednesday as investors took profits, but the underlying trend remained strong while the yen stayed firm. REUTER",
], [])

story("heldout17-34", "1987-02-10", "BAKER SAYS DOLLAR DECLINE HAS GONE FAR ENOUGH", [
 "WASHINGTON, Feb 10 - Treasury Secretary James Baker said the dollar's fall against major currencies had done much to correct the U.S. trade deficit and that further declines were not needed.",
 "In a speech to the National Press Club today, Baker said the trade deficit would begin to shrink this year as the lower dollar took effect.",
 "Baker told reporters after the speech that he had spoken by telephone with West German Finance Minister Gerhard Stoltenberg on Monday, but he declined to discuss the conversation.",
 "He said the administration's budget for fiscal 1988, sent to Congress last month, would cut the deficit to 108 billion dlrs.",
 "The dollar rose to 1.8320 marks in New York after his remarks from 1.8150 late yesterday. REUTER",
], [])

story("heldout17-35", "1987-05-25", "IRISH VOTE TOMORROW ON EC REFORM ACT", [
 "DUBLIN, May 25 - Irish voters go to the polls tomorrow in a referendum on the Single European Act, the package of reforms to the European Community's treaties which the other 11 member states have already ratified.",
 "Opinion polls show a majority in favour, but about a third of voters are still undecided, and opponents say the act would undermine Ireland's military neutrality.",
 "Prime Minister Charles Haughey, in a television address last night, urged voters to approve the act, saying a rejection would damage Ireland's standing in the Community.",
 "Polling stations will open at 0900 local time and close at 2100, and the result is expected on Wednesday afternoon.",
 "The referendum was called after the Supreme Court ruled in April that the act could not be ratified without a change to the constitution. REUTER",
], [])

story("heldout17-36", "1987-04-14", "CHINA, SOUTH KOREA EXPAND INDIRECT TRADE", [
 "PEKING, April 14 - Indirect trade between China and South Korea, which have no diplomatic relations, rose to about 1.3 billion dlrs last year from one billion in 1985, Western diplomats said.",
 "Most of the trade passes through Hong Kong, where officials of the two countries' trade promotion bodies meet regularly, the diplomats said.",
 "Chinese officials have held a series of informal contacts with South Korean businessmen in recent months, but Peking has said there is no question of official talks while it maintains its alliance with North Korea.",
 "\"The two sides could meet at some stage, but nobody is in a hurry,\" one Asian diplomat said.",
 "South Korean exports to China consist mainly of steel, textiles and electronic goods, while China sells coal, maize and silk. REUTER",
], [])

story("heldout17-37", "1987-01-08", "COCOA BUFFER STOCK MEETING CANCELLED", [
 "LONDON, Jan 8 - A meeting of the International Cocoa Organization's buffer stock working group, which had been due to take place here on Monday, has been cancelled, ICCO officials said. No new date has been set.",
 "Delegates said producers and consumers were still too far apart on the rules under which the buffer stock manager would buy and sell cocoa to make a meeting worthwhile.",
 "The new International Cocoa Agreement came into force provisionally in January last year, but the buffer stock has yet to buy any cocoa.",
 "Consumer countries want the rules settled before the end of February, when the deadline for the agreement's provisional application expires.",
 "London cocoa futures for March delivery fell 12 stg to 1,318 stg a tonne today. REUTER",
], [])

story("heldout17-38", "1987-03-20", "BROOKFIELD EXTENDS CARDINAL <CDL> TENDER OFFER", [
 "NEW YORK, March 20 - Brookfield Holdings Inc said it extended its 24 dlr a share cash tender offer for Cardinal Industries Inc to 1600 EST on April 3 from midnight today.",
 "Brookfield said about 6.2 mln shares, or 58 pct of Cardinal's outstanding stock, had been tendered as of yesterday. Withdrawal rights will expire on March 27, it said.",
 "Cardinal's board has recommended that shareholders reject the offer as inadequate, and the company has said it is seeking other buyers.",
 "Cardinal shares closed at 24-3/8, up 1/8, on the New York Stock Exchange today. REUTER",
], [])

story("heldout17-39", "1987-06-09", "U.K. MONEY MARKET GIVEN 350 MLN STG ASSISTANCE", [
 "LONDON, June 9 - The Bank of England said it provided the money market with 350 mln stg assistance in the afternoon session.",
 "This brings the bank's total help so far today to 512 mln stg and compares with its revised forecast of a 600 mln stg shortage in the system.",
 "The central bank bought bills outright comprising 290 mln stg in band one treasury bills at 8-7/8 pct and 60 mln stg in band two bank bills at 8-13/16 pct.",
 "Earlier in the day it bought 162 mln stg of bills in the morning session. REUTER",
], [])

story("heldout17-40", "1987-03-31", "KENDALL SYSTEMS <KSYS> TO UNVEIL NEW WORKSTATIONS", [
 "BOSTON, March 31 - Kendall Systems Inc said it will introduce a new family of engineering workstations on Tuesday at a news conference in New York.",
 "The company, which makes computer-aided design systems, said the new machines would be priced from about 15,000 dlrs, roughly half the price of its current models.",
 "Deliveries are scheduled to begin in June, the company said.",
 "Analysts said the launch was aimed at Apollo Computer Inc and Sun Microsystems Inc, which have cut prices sharply in recent months.",
 "Kendall shares rose 3/4 to 18-1/2 in over-the-counter trading today. REUTER",
], [])

story("heldout17-41", "1987-04-15", "ARGENTINE MAIZE HARVEST ADVANCES, RAINS HELP SOY", [
 "BUENOS AIRES, April 15 - Harvesting of Argentina's 1986/87 maize crop had advanced to 38 pct of the area sown by Friday, against 31 pct a week earlier and 45 pct at the same time last year, the Agriculture Secretariat said.",
 "Rains last week in Buenos Aires, Cordoba and Santa Fe provinces improved prospects for the late-sown soybean crop but delayed harvesting, trade sources said.",
 "The secretariat kept its estimate of the maize crop at 10.0 to 10.3 mln tonnes, against 12.1 mln in 1985/86. It will publish its next estimate on April 22.",
 "Sunflowerseed harvesting was 82 pct complete, the secretariat said. REUTER",
], [])

story("heldout17-42", "2025-10-21", "Orange alert in five Kerala districts, schools shut in Idukki", [
 "Thiruvananthapuram, Oct 21 (IANS) The India Meteorological Department (IMD) on Tuesday issued an orange alert for five districts in Kerala for the next three days, warning of very heavy rain in isolated places.",
 "The districts are Idukki, Wayanad, Kozhikode, Kannur and Kasaragod. A yellow alert has been sounded in six other districts.",
 "Educational institutions in Idukki district will remain closed on Wednesday, District Collector V. Vigneswari said in an order.",
 "Revenue Minister K. Rajan told reporters on Tuesday that relief camps had been opened in vulnerable areas and that teams of the National Disaster Response Force had been deployed in Idukki and Wayanad.",
 "The northeast monsoon set in over the state on October 16, the IMD said. Fishermen have been asked not to venture into the sea till Friday.",
], [])

story("heldout17-43", "1987-10-08", "ANTWERP DOCKERS THREATEN STRIKE FROM MONDAY", [
 "ANTWERP, Oct 8 - Dockers at Antwerp, Europe's second largest port, will strike from Monday unless employers improve their pay offer by midnight on Friday, union officials said.",
 "The unions want a five pct pay rise and a shorter working week. Employers have offered two pct.",
 "Union members will hold a ballot on Thursday next week on whether to extend the stoppage beyond 48 hours, the officials said.",
 "A strike would disrupt shipments of steel, chemicals and grain, shippers said. A one-day stoppage in June left 60 ships waiting. REUTER",
], [])

story("heldout17-44", "1987-04-28", "AGNELLI SEES FIAT PROFITS RISING AGAIN IN 1987", [
 "TURIN, April 28 - Fiat SpA chairman Giovanni Agnelli told the annual meeting that group profits would rise again in 1987 after reaching a record 2,162 billion lire last year.",
 "Agnelli said car sales in Italy had been strong in the first quarter and that the integration of Alfa Romeo, acquired in November, was going to plan.",
 "Shareholders approved a dividend of 200 lire per ordinary share, against 160 lire, payable from June 22.",
 "Agnelli said Fiat had no plans for further acquisitions in the car sector. REUTER",
], [
 M("Fiat annual meeting", ["annual meeting", "fiat"], "1987-04-28", "day", None,
   ["Fiat SpA", "Giovanni Agnelli"], "past",
   "TURIN, April 28 - Fiat SpA chairman Giovanni Agnelli told the annual meeting that group profits would rise again in 1987 after reaching a record 2,162 billion lire last year.",
   optional=True),
])

# ================================================================ checks and output
import datetime as _dt, json as _json, os as _os, re as _re

_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _d(s):
    return _dt.date.fromisoformat(s)


def _weekday(pub, name, direction):
    """A bare weekday per the guideline: past = most recent on or before, future = next on or after."""
    want = _WD.index(name)
    step = -1 if direction < 0 else 1
    d = pub
    while d.weekday() != want:
        d += _dt.timedelta(days=step)
    return d


def _check(st):
    pub = _d(st["published"])
    text = st["text"]
    low = text.lower()
    for m in st["meetings"]:
        where = st["id"] + " / " + m["title"]
        assert m["evidence"] in text, where + ": evidence not verbatim"
        assert 1 <= len(m["keys"]) <= 3, where
        for k in m["keys"]:
            assert k == k.lower() and k in low, where + ": key " + k
        assert m["precision"] in ("day", "week", "month"), where
        assert m["status"] in ("past", "upcoming", "ongoing"), where
        if m["precision"] == "month":
            assert _re.fullmatch(r"\d{4}-\d{2}", m["date"]), where
        else:
            d = _d(m["date"])
            if m["precision"] == "week":
                assert d.weekday() == 0, where + ": week date must be a Monday"
        if m["end_date"]:
            assert m["precision"] == "day" and _d(m["end_date"]) > _d(m["date"]), where
        if m["precision"] == "day":
            start, end = _d(m["date"]), _d(m["end_date"] or m["date"])
            if m["status"] == "past":
                assert end <= pub, where
            elif m["status"] == "upcoming":
                assert start >= pub, where
            elif m["end_date"]:
                assert start <= pub <= end, where
            else:
                assert start <= pub, where
        for r in m.pop("_rule", []):
            if r[0] == "wd":
                d = _weekday(pub, r[1], r[2])
                if len(r) > 3 and r[3] == "+1":
                    d += _dt.timedelta(days=1)
                target = m["end_date"] if len(r) > 3 and r[3] == "end" else m["date"]
                assert d.isoformat() == target, "%s: %s gives %s, annotated %s" % (where, r, d, target)
            elif r[0] == "rel":
                assert (pub + _dt.timedelta(days=r[1])).isoformat() == m["date"], where
            elif r[0] in ("nextweek", "lastweek"):
                mon = pub - _dt.timedelta(days=pub.weekday()) + _dt.timedelta(days=7 if r[0] == "nextweek" else -7)
                assert mon.isoformat() == m["date"], "%s: %s is %s" % (where, r[0], mon)
            elif r[0] == "nextweek_contains":
                mon = pub - _dt.timedelta(days=pub.weekday()) + _dt.timedelta(days=7)
                assert mon <= _d(m["date"]) <= mon + _dt.timedelta(days=6), where
            elif r[0] == "monday":
                assert _d(m["date"]).weekday() == 0, where
            else:
                raise AssertionError("unknown rule %r" % (r,))


if __name__ == "__main__":
    ids = set()
    for st in S:
        assert st["id"] not in ids
        ids.add(st["id"])
        assert _re.fullmatch(r"\d{4}-\d{2}-\d{2}", st["published"])
        _check(st)
    out = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "heldout17.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for st in S:
            f.write(_json.dumps(st, ensure_ascii=False) + "\n")
    n = sum(len(s["meetings"]) for s in S)
    opt = sum(1 for s in S for m in s["meetings"] if m.get("optional"))
    empty = sum(1 for s in S if not [m for m in s["meetings"] if not m.get("optional")])
    print("%d stories (%d with no required meeting), %d meetings (%d optional) -> %s" % (len(S), empty, n, opt, out))
