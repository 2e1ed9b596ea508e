from stories import *

# Issue 17, a fresh set for the meeting-detection classes (one meeting with
# several mentions, dates from the wrong clause, missed meetings, status) and
# for false alarms: 28 stories in Reuters-1987 and Indian-wire style, eight of
# them with no meeting, written before any rule change made with them and
# measured once (the first figure is in dev_test.go).

# 1 one meeting, mentioned as "today's talks", "the talks in Tokyo", "the two-day session"
p='1987-04-14'
ev="Senior U.S. and Japanese trade officials opened two days of talks here today on Japan's compliance with last year's semiconductor pact, a Foreign Ministry spokesman said."
doc('u17q-01',p,'U.S. AND JAPAN OPEN CHIP TALKS',
 "TOKYO, April 14 - "+ev+"\n\n"
 "The U.S. side is led by Deputy Trade Representative Michael Smith, who arrived in Tokyo on Sunday, and the Japanese side by Makoto Kuroda, vice minister for international affairs at the Ministry of International Trade and Industry (MITI).\n\n"
 "Smith told reporters before today's talks that Washington wanted clear evidence that Japanese chipmakers had stopped selling chips below cost in third countries.\n\n"
 "Japanese officials said the talks in Tokyo would also touch on access for U.S. makers to the Japanese market, where they hold about 10 pct of sales.\n\n"
 "The pact, signed last September, committed Japan to monitor export prices. Tariffs of up to 100 pct on 300 mln dlrs of Japanese goods, announced by President Reagan on March 27, take effect on April 17 unless Washington is satisfied.\n\n"
 "Kuroda said on Monday he hoped the two-day session would lead to the tariffs being dropped, but U.S. officials have said a decision is unlikely before the end of the month. REUTER",
 [M('U.S.-Japan semiconductor talks',['semiconductor','talks here today'],p,'day','Tokyo',['U.S.','Japan','Michael Smith','Makoto Kuroda'],'ongoing',ev,end=add(p,1))])

# 2 three different EC farm ministers meetings
p='1987-04-02'
ev1="European Community agriculture ministers failed to agree on this year's farm prices at a two-day meeting which ended here last night, and will try again when they meet in Luxembourg on April 27, diplomats said."
ev3="Ministers first discussed the package at a meeting in February, when West Germany rejected any cut in cereal prices."
doc('u17q-02',p,'EC FARM MINISTERS FAIL TO AGREE PRICES',
 "BRUSSELS, April 2 - "+ev1+"\n\n"
 "The Brussels meeting was deadlocked over Commission proposals to cut cereal prices by up to 10 pct and to tighten intervention rules, they said.\n\n"
 +ev3+"\n\n"
 "Farm Commissioner Frans Andriessen told reporters the Commission would not withdraw its proposals, which it says are needed to curb surpluses costing 27 billion European Currency Units (ECUs) a year.\n\n"
 "The farm year normally begins on April 1, but prices for many products have been frozen until a deal is reached. Last year agreement came only on May 17.\n\n"
 "At the Luxembourg meeting, ministers will also consider the Commission's proposal for a tax on oils and fats, opposed by Britain, the Netherlands and Denmark. REUTER",
 [M('EC farm ministers meeting in Brussels',['brussels meeting','two-day meeting'],add(p,-2),'day','Brussels',['European Community'],'past',ev1,end=add(p,-1)),
  M('EC farm ministers meeting in Luxembourg',['luxembourg'],'1987-04-27','day','Luxembourg',['European Community'],'upcoming',ev1),
  M('EC farm ministers meeting in February',['in february','first discussed'],'1987-02','month',None,['West Germany'],'past',ev3)])

# 3 OPEC committee yesterday, full conference on Thursday
p='1987-06-22'
ev1="OPEC's eight-member price monitoring committee met here yesterday to review the market ahead of the full ministerial conference, which opens in Vienna on Thursday, committee sources said."
doc('u17q-03',p,'OPEC PRICE COMMITTEE MEETS',
 "VIENNA, June 22 - "+ev1+"\n\n"
 "The committee meeting lasted about four hours and ended without a statement, but sources said members agreed that the 18 dlr a barrel reference price should stay.\n\n"
 "Saudi Arabian Oil Minister Hisham Nazer told reporters after the committee session that OPEC output was running below its first-half ceiling of 15.8 mln barrels per day (bpd).\n\n"
 "The conference is expected to raise the ceiling for the third quarter to around 16.6 mln bpd, delegates said. The current agreement was reached in Geneva last December and runs until the end of June.\n\n"
 "Spot prices of North Sea Brent for July loading fell 15 cts to 18.90 dlrs today. REUTER",
 [M('OPEC price monitoring committee meeting',['price monitoring committee','committee meeting'],add(p,-1),'day','Vienna',['OPEC','Hisham Nazer'],'past',ev1),
  M('OPEC ministerial conference',['full ministerial conference','conference'],wd(p,'thursday',1),'day','Vienna',['OPEC'],'upcoming',ev1)])

# 4 a relative clause's date ("set up in October 1985")
p='1987-03-09'
ev="The Australian Wheat Board's export pricing committee, which was set up in October 1985 after a row over sales to Egypt, will meet on Thursday to consider a Soviet request for one mln tonnes, Primary Industry Minister John Kerin said."
doc('u17q-04',p,'WHEAT BOARD TO CONSIDER SOVIET REQUEST',
 "CANBERRA, March 9 - "+ev+"\n\n"
 "Kerin told reporters the Soviet Union wanted delivery between April and June, at prices close to those paid by China last month.\n\n"
 "The Soviet Union bought 1.2 mln tonnes of Australian wheat in the 1985/86 season, which ended on September 30, down from 3.4 mln a year earlier.\n\n"
 "Australia's wheat crop in 1986/87 is estimated at 16.8 mln tonnes, against 16.1 mln in 1985/86, the Bureau of Agricultural Economics said in its February report. REUTER",
 [M('Australian Wheat Board export pricing committee meeting',['export pricing committee'],wd(p,'thursday',1),'day',None,['Australian Wheat Board'],'upcoming',ev)])

# 5 "after Monday's meeting", record date; annual meeting in May
p='1987-03-18'
ev1="Harlan Industries Inc said its board, after Monday's meeting, raised the quarterly dividend to 25 cts a share from 22 cts, payable April 10 to holders of record March 27."
ev2="The company said its annual meeting will be held May 5 in Denver, where shareholders will be asked to approve an increase in authorised common shares to 40 mln from 20 mln."
doc('u17q-05',p,'HARLAN INDUSTRIES RAISES DIVIDEND',
 "NEW YORK, March 18 - "+ev1+"\n\n"
 "It said the increase reflected improved earnings in its building products division, where operating profit rose 31 pct in 1986.\n\n"
 +ev2+"\n\n"
 "Harlan earned 2.14 dlrs a share in 1986, against 1.71 dlrs in 1985, on sales of 412.6 mln dlrs. REUTER",
 [M('Harlan Industries board meeting',['board','monday'],wd(p,'monday',-1),'day',None,['Harlan Industries'],'past',ev1),
  M('Harlan Industries annual meeting',['annual meeting'],'1987-05-05','day','Denver',['Harlan Industries'],'upcoming',ev2)])

# 6 a negotiating-group meeting next week; the round launched last September still runs
p='1987-05-11'
ev1="The GATT negotiating group on agriculture will meet here next week to draw up a work plan for the farm talks, which must be concluded within four years, trade officials said."
ev2="The Uruguay Round of multilateral trade negotiations, launched in Punta del Este, Uruguay, last September, is still at the stage of procedural skirmishing, they said."
doc('u17q-06',p,'GATT FARM GROUP TO MEET',
 "GENEVA, May 11 - "+ev1+"\n\n"
 +ev2+"\n\n"
 "The United States wants all farm subsidies phased out by the year 2000, while the European Community has argued for a more gradual approach.\n\n"
 "The Cairns group of 14 agricultural exporters, led by Australia, is expected to table its own proposal by the end of July.\n\n"
 "GATT Director-General Arthur Dunkel said last week that progress on agriculture was crucial to the success of the round, which covers 15 subjects in all. REUTER",
 [M('GATT agriculture negotiating group meeting',['negotiating group on agriculture'],monday(p,1),'week','Geneva',['GATT'],'upcoming',ev1),
  M('Uruguay Round trade negotiations',['uruguay round'],'1986-09','month','Punta del Este',[],'ongoing',ev2)])

# 7 another event's date in the sentence (the 1982 war)
p='1987-10-20'
ev="Britain and Argentina, who fought a 10-week war over the Falkland Islands in 1982, will hold talks on fishing rights around the islands in New York on October 27, the Foreign Office said."
doc('u17q-07',p,'BRITAIN, ARGENTINA TO DISCUSS FISHING',
 "LONDON, Oct 20 - "+ev+"\n\n"
 "A spokesman said the talks would be held under the auspices of the United States, which has represented British interests in Buenos Aires since diplomatic relations were broken off.\n\n"
 "Britain declared a 150-mile fishing zone around the islands in October 1986, a move Argentina called provocative. Licences for the new season were issued in February.\n\n"
 "The spokesman said sovereignty over the islands was not on the agenda. REUTER",
 [M('Anglo-Argentine fishing talks',['fishing rights','argentina'],'1987-10-27','day','New York',['Britain','Argentina'],'upcoming',ev)])

# 8 state visit for talks (Indian wire)
p='2025-02-08'
ev="Qatar's Emir Sheikh Tamim bin Hamad Al Thani will pay a two-day state visit to India from February 17, during which he will hold talks with Prime Minister Narendra Modi, the Ministry of External Affairs (MEA) said on Saturday."
doc('u17q-08',p,'Qatar Emir to pay state visit to India',
 "New Delhi, Feb 8 (IANS) "+ev+"\n\n"
 "This will be the Emir's second state visit to India, after his visit in March 2015. He will be accompanied by a high-level delegation comprising ministers, senior officials and a business delegation.\n\n"
 "Bilateral trade between India and Qatar stood at about $14 billion in 2023-24. Qatar is India's largest supplier of liquefied natural gas (LNG), and more than 8 lakh Indians live in the Gulf nation.\n\n"
 "Prime Minister Modi had visited Doha in February 2024, when the two leaders reviewed the entire range of bilateral ties, the MEA statement said.\n\n"
 "President Droupadi Murmu will host a banquet in the Emir's honour at Rashtrapati Bhavan, it added.",
 [M('Qatar Emir state visit and talks with Modi',['state visit','emir'],'2025-02-17','day','India',['Tamim bin Hamad Al Thani','Narendra Modi','Qatar','India'],'upcoming',ev,end='2025-02-18'),
  M('Modi-Tamim talks in Doha',['doha'],'2024-02','month','Doha',['Narendra Modi','Tamim bin Hamad Al Thani'],'past',"Prime Minister Modi had visited Doha in February 2024, when the two leaders reviewed the entire range of bilateral ties, the MEA statement said.")])

# 9 singular negotiation; the contract's expiry is a deadline
p='1987-08-04'
ev="The United Auto Workers union said face-to-face negotiation with Ford Motor Co on a new national contract will begin on Monday in Dearborn, Michigan."
doc('u17q-09',p,'UAW, FORD TO BEGIN BARGAINING',
 "DETROIT, Aug 4 - "+ev+"\n\n"
 "The union's current three-year contracts with Ford and General Motors Corp expire at midnight on September 14, and UAW President Owen Bieber has said job security will be the main issue.\n\n"
 "Bieber said the union would pick one of the two companies as its strike target about a week before the deadline.\n\n"
 "Ford earned a record 3.3 billion dlrs last year and paid profit-sharing checks averaging 2,100 dlrs to its hourly workers in March. REUTER",
 [M('UAW-Ford contract negotiation',['negotiation','ford'],wd(p,'monday',1),'day','Dearborn',['United Auto Workers','Ford Motor Co'],'upcoming',ev)])

# 10 "will discuss ... with [minister] next month"
p='1987-02-25'
ev="West German Economics Minister Martin Bangemann will discuss the steel subsidy dispute with French Industry Minister Alain Madelin next month, a ministry spokesman said."
doc('u17q-10',p,'BANGEMANN TO DISCUSS STEEL WITH MADELIN',
 "BONN, Feb 25 - "+ev+"\n\n"
 "The spokesman gave no date or venue. Bonn has accused Paris of pouring 30 billion francs into its loss-making steel firms Usinor and Sacilor since 1983 in breach of European Community rules.\n\n"
 "West German steel output fell 7.4 pct in January to 2.8 mln tonnes, the steel industry association said on Tuesday.\n\n"
 "The EC's steel quota system expires at the end of June 1988, and the Commission has proposed phasing it out. REUTER",
 [M('Bangemann-Madelin steel talks',['bangemann','madelin'],'1987-03','month',None,['Martin Bangemann','Alain Madelin'],'upcoming',ev)])

# 11 Parliament's Monsoon Session (Indian wire)
p='2025-07-10'
ev="The Monsoon Session of Parliament will begin on July 21 and continue till August 21, Parliamentary Affairs Minister Kiren Rijiju said on Thursday."
doc('u17q-11',p,'Monsoon Session of Parliament from July 21',
 "New Delhi, July 10 (IANS) "+ev+"\n\n"
 "There will be no sittings from August 12 to 18 to allow for Independence Day celebrations, the minister said in a post on X.\n\n"
 "The government is expected to bring several key Bills during the session, including the Income-Tax Bill, 2025, which was referred to a Select Committee in February.\n\n"
 "The Opposition has demanded a discussion on the recent floods in Himachal Pradesh and on the state of the economy. Congress leader Jairam Ramesh said the government had avoided debate in the Budget Session, which ended on April 4.",
 [M('Monsoon Session of Parliament',['monsoon session'],'2025-07-21','day','New Delhi',['Parliament'],'upcoming',ev,end='2025-08-21'),
  M('Budget Session of Parliament',['budget session'],'2025-04','month','New Delhi',['Parliament'],'past',"Congress leader Jairam Ramesh said the government had avoided debate in the Budget Session, which ended on April 4.")|{'optional':True}])

# 12 regular session of Congress (Reuters)
p='1987-07-20'
ev="The new Philippine Congress will convene in regular session on July 27, the first since President Ferdinand Marcos abolished the old legislature in 1972, officials said."
doc('u17q-12',p,'PHILIPPINE CONGRESS TO CONVENE',
 "MANILA, July 20 - "+ev+"\n\n"
 "President Corazon Aquino, whose allies won 22 of the 24 Senate seats in the May 11 election, will address a joint session on the opening day, a palace spokesman said.\n\n"
 "Aquino has ruled by decree since taking power in February 1986. Her decree powers end when Congress convenes.\n\n"
 "The peso closed at 20.45 to the dollar today, against 20.47 on Friday. REUTER",
 [M('Philippine Congress regular session',['regular session','congress'],'1987-07-27','day','Manila',['Philippine Congress','Corazon Aquino'],'upcoming',ev)])

# 13 "met late yesterday"; the IMF and World Bank meetings next Tuesday
p='1987-09-24'
ev1="Treasury Secretary James Baker met late yesterday with West German Finance Minister Gerhard Stoltenberg to discuss exchange rates, a Treasury spokesman said."
ev2="Both ministers will attend the annual meetings of the International Monetary Fund and the World Bank, which open here on Tuesday."
doc('u17q-13',p,'BAKER MEETS STOLTENBERG',
 "WASHINGTON, Sept 24 - "+ev1+"\n\n"
 "The spokesman declined to give details, but said the two had reaffirmed their commitment to the Louvre accord reached in Paris in February.\n\n"
 +ev2+"\n\n"
 "The dollar fell to 1.8150 marks in New York yesterday from 1.8275 on Tuesday after West German money market rates rose. REUTER",
 [M('Louvre accord meeting in Paris',['louvre'],'1987-02','month','Paris',[],'past',"The spokesman declined to give details, but said the two had reaffirmed their commitment to the Louvre accord reached in Paris in February.")|{'optional':True},
  M('Baker-Stoltenberg meeting',['stoltenberg','met late yesterday'],add(p,-1),'day','Washington',['James Baker','Gerhard Stoltenberg'],'past',ev1),
  M('IMF and World Bank annual meetings',['annual meetings','international monetary fund'],wd(p,'tuesday',1),'day','Washington',['International Monetary Fund','World Bank'],'upcoming',ev2)])

# 14 "are meeting this morning" = ongoing
p='1987-04-07'
ev="Leaders of Japan's ruling Liberal Democratic Party are meeting this morning to decide whether to drop the proposed five pct sales tax, party officials said."
doc('u17q-14',p,'LDP LEADERS MEET ON SALES TAX',
 "TOKYO, April 7 - "+ev+"\n\n"
 "Prime Minister Yasuhiro Nakasone has insisted the tax is needed to offset income tax cuts, but the party lost ground in Sunday's gubernatorial elections, where opponents of the tax did well.\n\n"
 "Opposition parties have boycotted parliament since February 4 in protest at the tax, holding up passage of the budget for the year that began on April 1.\n\n"
 "Share prices rose 216 points in the morning session on hopes the tax would be shelved. REUTER",
 [M('LDP leaders meeting on sales tax',['liberal democratic party','meeting this morning'],p,'day','Tokyo',['Liberal Democratic Party'],'ongoing',ev)])

# 15 "so far this week" = ongoing, week precision
p='1987-03-26'
ev="U.S. and Soviet arms negotiators have met three times so far this week in an effort to draft a treaty on medium-range nuclear missiles, a U.S. spokesman said."
doc('u17q-15',p,'ARMS NEGOTIATORS MEET THREE TIMES',
 "GENEVA, March 26 - "+ev+"\n\n"
 "The spokesman, Terry Schroeder, said the atmosphere was businesslike. Chief U.S. negotiator Max Kampelman returned from Washington on Sunday.\n\n"
 "The Soviet Union tabled its own draft treaty on March 4, five days after Soviet leader Mikhail Gorbachev dropped his insistence on linking a missile deal to curbs on the U.S. space defence programme.\n\n"
 "The current round of the Nuclear and Space Talks opened on January 15. REUTER",
 [M('U.S.-Soviet medium-range missile talks this week',['three times so far this week','arms negotiators'],monday(p,0),'week','Geneva',['U.S.','Soviet Union'],'ongoing',ev),
  M('Nuclear and Space Talks current round',['current round','nuclear and space talks'],'1987-01-15','day','Geneva',['U.S.','Soviet Union'],'ongoing',"The current round of the Nuclear and Space Talks opened on January 15.")|{'optional':True}])

# 16 a round opened in December, still deadlocked
p='1987-02-12'
ev="The current round of Soviet-Japanese fisheries negotiations, which opened in Moscow on December 15, remains deadlocked over Soviet demands for higher fees, Japanese officials said."
doc('u17q-16',p,'SOVIET-JAPANESE FISHERY TALKS DEADLOCKED',
 "TOKYO, Feb 12 - "+ev+"\n\n"
 "Japan's catch quota in the Soviet 200-mile zone was cut to 200,000 tonnes last year from 300,000 in 1985, and Moscow is seeking compensation of 4.5 billion yen this year, they said.\n\n"
 "Japanese fishing boats must leave Soviet waters by the end of March if no agreement is reached, a Fisheries Agency official said.\n\n"
 "Agriculture Minister Mutsuki Kato said on Tuesday he might go to Moscow himself if the deadlock continued. REUTER",
 [M('Soviet-Japanese fisheries negotiations',['fisheries negotiations'],'1986-12-15','day','Moscow',['Soviet Union','Japan'],'ongoing',ev)])

# 17 India-China WMCC meeting held Tuesday, mentioned again; next meeting undated
p='2025-11-12'
ev="India and China held the 35th meeting of the Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC) in Beijing on Tuesday, the Ministry of External Affairs said."
doc('u17q-17',p,'India, China hold WMCC meeting in Beijing',
 "New Delhi, Nov 12 (IANS) "+ev+"\n\n"
 "The Indian delegation was led by Joint Secretary (East Asia) Gourangalal Das, while the Chinese side was headed by Hong Liang, Director General of the Boundary and Ocean Affairs Department of China's Foreign Ministry.\n\n"
 "During the meeting, both sides reviewed the situation along the Line of Actual Control (LAC) and held discussions on the next steps in border management, the MEA said in a statement.\n\n"
 "The meeting in Beijing follows the visit of External Affairs Minister S. Jaishankar to China in July and the disengagement agreement reached in October last year.\n\n"
 "The two sides agreed to hold the next meeting of the WMCC in India at a mutually convenient date.",
 [M('35th WMCC meeting',['wmcc','35th meeting'],wd(p,'tuesday',-1),'day','Beijing',['India','China','Gourangalal Das','Hong Liang'],'past',ev)])

# 18 a subordinate clause's date ("since the pact collapsed in February last year")
p='1987-08-18'
ev="The International Coffee Organization's executive board, whose members have been at odds over export quotas since the pact's quotas were suspended in February last year, will meet here on September 8, ICO officials said."
doc('u17q-18',p,'ICO BOARD TO MEET IN SEPTEMBER',
 "LONDON, Aug 18 - "+ev+"\n\n"
 "Producers led by Brazil and Colombia want quotas restored from October 1, the start of the new coffee year, but consumers including the United States want a bigger say in how they are shared.\n\n"
 "A full council session in March broke up without agreement after two weeks of talks.\n\n"
 "Robusta coffee for November delivery closed 12 stg lower at 1,215 stg a tonne on the London futures market today. REUTER",
 [M('ICO executive board meeting',['executive board'],'1987-09-08','day','London',['International Coffee Organization'],'upcoming',ev),
  M('ICO council session in March',['council session'],'1987-03','month','London',['International Coffee Organization'],'past',"A full council session in March broke up without agreement after two weeks of talks.")])

# 19 "after Monday's meeting" in Luxembourg; the deputies meet June 15
p='1987-06-03'
ev1="European Community finance ministers, after Monday's meeting in Luxembourg, left the dispute over farm spending to their deputies, who will meet in Brussels on June 15, diplomats said."
doc('u17q-19',p,'EC MINISTERS PASS FARM DISPUTE TO DEPUTIES',
 "BRUSSELS, June 3 - "+ev1+"\n\n"
 "The Community faces a budget shortfall of at least 5 billion ECUs this year, and the Commission has warned it will run out of money for farm support by October.\n\n"
 "Britain has refused to consider new resources until farm spending is brought under control, a position Prime Minister Margaret Thatcher restated in a speech on Sunday.\n\n"
 "EC heads of government hold their summit in Brussels on June 29 and 30. REUTER",
 [M('EC finance ministers meeting in Luxembourg',['finance ministers',"monday's meeting"],wd(p,'monday',-1),'day','Luxembourg',['European Community'],'past',ev1),
  M('EC finance deputies meeting',['deputies'],'1987-06-15','day','Brussels',['European Community'],'upcoming',ev1),
  M('EC summit in Brussels',['summit'],'1987-06-29','day','Brussels',['European Community'],'upcoming',"EC heads of government hold their summit in Brussels on June 29 and 30. REUTER",end='1987-06-30')])

# 20 "met on Friday" after a long lead with other dates (Indian wire)
p='2025-03-21'
ev="Union Home Minister Amit Shah met Chief Ministers of the northeastern states in Guwahati on Friday to review the security situation in the region, officials said."
doc('u17q-20',p,'Amit Shah meets northeast CMs in Guwahati',
 "Guwahati, March 21 (IANS) "+ev+"\n\n"
 "The meeting came weeks after the imposition of President's Rule in Manipur on February 13, following the resignation of Chief Minister N. Biren Singh on February 9.\n\n"
 "Assam Chief Minister Himanta Biswa Sarma told reporters after the meeting that the Centre had assured the states of additional central forces ahead of the Assembly elections due next year.\n\n"
 "Shah will visit Mizoram on Saturday to inaugurate a new police training centre, the officials said.",
 [M('Amit Shah meeting with northeast Chief Ministers',['chief ministers','guwahati'],p,'day','Guwahati',['Amit Shah','Himanta Biswa Sarma'],'past',ev)])

# 21 no meeting: dividend, record date, buy-back deadline
p='1987-04-10'
doc('u17q-21',p,'CORTLAND CORP DECLARES DIVIDEND',
 "CHICAGO, April 10 - Cortland Corp said its board declared a regular quarterly dividend of 15 cts a share, payable May 1 to holders of record April 20.\n\n"
 "The company also said it would buy back up to one mln of its common shares in the open market by the end of June.\n\n"
 "The board last raised the payout in November, when it lifted the dividend from 12 cts.\n\n"
 "Cortland, a maker of industrial valves, earned 1.32 dlrs a share in 1986 on sales of 198 mln dlrs. It has about 8.4 mln shares outstanding. REUTER",
 [])

# 22 no meeting: a House vote, a drafting committee with no time
p='1987-04-28'
doc('u17q-22',p,'HOUSE TO VOTE ON TRADE BILL THURSDAY',
 "WASHINGTON, April 28 - The House of Representatives is expected to vote on Thursday on a sweeping trade bill that would require retaliation against countries with large trade surpluses with the United States, House leaders said.\n\n"
 "The amendment sponsored by Representative Richard Gephardt, a Missouri Democrat, would force cuts in surpluses of 10 pct a year.\n\n"
 "The Senate Finance Committee is drafting its own version, and Senate leaders said they hoped to bring a bill to the floor before the August recess.\n\n"
 "The administration has threatened a veto if the Gephardt amendment survives. The U.S. trade deficit widened to 15.1 billion dlrs in February, the Commerce Department said on April 14. REUTER",
 [])

# 23 no meeting: the stock market's morning session
p='1987-03-31'
doc('u17q-23',p,'TOKYO STOCKS END MORNING HIGHER',
 "TOKYO, March 31 - Tokyo stock prices ended the morning session higher on buying of large-capital steel and shipbuilding issues on the last trading day of the fiscal year, brokers said.\n\n"
 "The 225-share Nikkei average rose 112.53 points to 21,679.36. Volume was 420 mln shares, against 510 mln in yesterday's full session.\n\n"
 "Dealers said investors were waiting for U.S. Trade figures due on April 14 and for the outcome of the dollar's slide, which took it to a record low of 145.80 yen yesterday.\n\n"
 "The second section index rose 8.12 points to 2,401.19. REUTER",
 [])

# 24 no meeting: news conference and speech
p='1987-05-13'
doc('u17q-24',p,'BALLADUR SEES GROWTH PICKING UP',
 "PARIS, May 13 - French Finance Minister Edouard Balladur told a news conference today that economic growth would pick up in the second half of the year, helped by lower interest rates.\n\n"
 "In a speech to business leaders on Monday, Balladur said the government would press ahead with the sale of state companies, including the Suez financial group, whose shares are to be offered to the public in October.\n\n"
 "He will present the details in an interview on French television on Sunday.\n\n"
 "The Bank of France cut its intervention rate to 7.75 pct from 8.0 pct on Monday. REUTER",
 [])

# 25 no meeting: a cricket Test (Indian wire)
p='2024-10-03'
doc('u17q-25',p,'India take on New Zealand in first Test from Oct 16',
 "Bengaluru, Oct 3 (IANS) India will take on New Zealand in the first of three Test matches at the M. Chinnaswamy Stadium here from October 16, the Board of Control for Cricket in India (BCCI) said on Thursday.\n\n"
 "The two teams last met in a Test series in 2021-22, which India won 1-0. India are coming off a 2-0 series win over Bangladesh, which ended in Kanpur on Tuesday.\n\n"
 "The BCCI selection committee will name the squad for the series later this week, sources said.\n\n"
 "Tickets for the Bengaluru Test go on sale on October 5.",
 [])

# 26 no meeting: a tender offer's deadline
p='1987-11-16'
doc('u17q-26',p,'MARLOW EXTENDS OFFER FOR BRANDT',
 "NEW YORK, Nov 16 - Marlow Holdings Inc said it extended its 42 dlr a share cash tender offer for Brandt Industries Inc to midnight EST on November 30 from midnight today.\n\n"
 "Marlow said about 6.1 mln shares, or 58 pct of Brandt's outstanding stock, had been tendered so far.\n\n"
 "The offer is conditioned on at least two-thirds of the shares being tendered. Brandt's board has rejected the offer as inadequate and said it is studying alternatives, including a recapitalisation.\n\n"
 "Brandt shares closed at 41-3/4, down 1/8, on the New York Stock Exchange on Friday. REUTER",
 [])

# 27 no meeting: habitual, cancelled and hypothetical gatherings
p='1987-01-15'
doc('u17q-27',p,'GULF OIL MINISTERS CALL OFF MEETING',
 "KUWAIT, Jan 15 - A meeting of Gulf Cooperation Council oil ministers planned for Saturday has been called off, a Kuwaiti oil ministry official said.\n\n"
 "He gave no reason. The six GCC oil ministers meet regularly to coordinate their positions within OPEC.\n\n"
 "The official said the ministers could meet at some stage after the OPEC price committee reports, but no date had been set.\n\n"
 "Kuwait's crude output averaged 1.05 mln barrels per day in December, within its OPEC quota of 948,000 bpd plus condensates. REUTER",
 [])

# 28 no meeting: Sensex session and an RBI rate decision announced earlier
p='2025-03-21'
doc('u17q-28',p,'Sensex ends 557 points higher',
 "Mumbai, March 21 (IANS) The Sensex ended 557 points higher at 76,905 in Friday's session, its fifth straight day of gains, as foreign investors returned to Indian equities.\n\n"
 "The Nifty rose 159 points to 23,350. Banking and auto shares led the rally, while IT stocks lagged after Accenture cut its revenue outlook on Thursday.\n\n"
 "Analysts said the market had priced in a cut in the repo rate, which the Reserve Bank of India lowered to 6.25 per cent in February, its first cut in nearly five years.\n\n"
 "The rupee closed at 85.97 against the dollar, up 16 paise.",
 [])

write()
