from stories import *

# 1 implied place: government hosting a visiting delegation, home-city dateline
p='1987-03-10'
ev="Australian Trade Minister John Dawkins held talks with a visiting Japanese trade delegation on Monday on access for Australian beef and citrus."
doc('u17-01',p,'AUSTRALIA, JAPAN DISCUSS BEEF ACCESS',
 "CANBERRA, March 10 - "+ev+"\n\nThe delegation, led by Agriculture Ministry official Hiroshi Kato, arrived on Sunday and leaves for Sydney tomorrow. Dawkins told reporters the discussions had been frank and useful.",
 [M('Australia-Japan trade talks',['dawkins','japanese trade delegation'],wd(p,'monday',-1),'day','Canberra',['John Dawkins','Japanese trade delegation','Hiroshi Kato'],'past',ev)])

# 2 implied place negative: company board, dateline city not implied; speaker owns meeting
p='1987-06-17'
ev="Harcourt Industries Inc said its board will meet on Friday to consider a 35 dlr a share offer from Vantage Partners."
doc('u17-02',p,'HARCOURT <HRC> BOARD TO WEIGH VANTAGE BID',
 "NEW YORK, June 17 - "+ev+"\n\nThe company said it had retained First Boston Corp as financial adviser. Harcourt shares rose 1-1/2 to 33-3/4.",
 [M('Harcourt Industries board meeting',['harcourt','board'],wd(p,'friday',1),'day',None,['Harcourt Industries Inc'],'upcoming',ev)])

# 3 stated place: apposition "in the X capital, City"
p='1988-02-03'
ev="Finance ministers of the seven-nation West African Monetary Union will meet in the Senegalese capital, Dakar, next week to discuss the region's debt."
doc('u17-03',p,'WEST AFRICAN MINISTERS TO MEET ON DEBT',
 "ABIDJAN, Feb 3 - "+ev+"\n\nOfficials said the ministers would also review the union's 1988 budget.",
 [M('West African Monetary Union finance ministers meeting',['west african monetary union'],monday(p,1),'week','Dakar',['West African Monetary Union'],'upcoming',ev)])

# 4 stated place "at the offices of X" + participants, not X
p='1987-11-12'
ev="Brazil's bank advisory committee met at the offices of Citibank in New York late yesterday to review Brasilia's request for new loans."
doc('u17-04',p,'BRAZIL CREDITORS REVIEW LOAN REQUEST',
 "NEW YORK, Nov 12 - "+ev+"\n\nBankers said no decision was taken. Central bank governor Fernando Milliet is due to present a revised economic plan later this month.",
 [M('Brazil bank advisory committee meeting',['advisory committee'],add(p,-1),'day','Citibank offices, New York',["Brazil's bank advisory committee"],'past',ev)])

# 5 place carried by a later mention
p='1987-09-24'
ev="Agriculture ministers of the European Community will meet on Monday to try to agree cuts in milk output."
doc('u17-05',p,'EC FARM MINISTERS TO TACKLE MILK SURPLUS',
 "BRUSSELS, Sept 24 - "+ev+"\n\nDiplomats said a deal was possible if West Germany dropped its opposition. The talks in Luxembourg are expected to last two days.",
 [M('EC agriculture ministers meeting',['european community','agriculture ministers'],wd(p,'monday',1),'day','Luxembourg',['European Community'],'upcoming',ev)])

# 6 participants: the minister named earlier, pronoun; implied place (home-city government + visiting minister)
p='1987-04-15'
ev="He will hold talks with Prime Minister Bob Hawke and Foreign Minister Bill Hayden on Thursday."
doc('u17-06',p,'KURANARI ARRIVES FOR TALKS',
 "CANBERRA, April 15 - Japanese Foreign Minister Tadashi Kuranari arrived here today for a three-day visit. "+ev+"\n\nTrade frictions over coal prices are expected to dominate.",
 [M('Kuranari talks with Hawke and Hayden',['kuranari','hawke'],wd(p,'thursday',1),'day','Canberra',['Tadashi Kuranari','Bob Hawke','Bill Hayden'],'upcoming',ev)])

# 7 participants: nationality + noun (both), lowercase group
p='1987-05-27'
ev="British and Irish negotiators will meet in Dublin on Friday to review the working of the Anglo-Irish agreement."
doc('u17-07',p,'ANGLO-IRISH TALKS IN DUBLIN FRIDAY',
 "LONDON, May 27 - "+ev+"\n\nThe meeting follows a week of violence in Northern Ireland, officials said.",
 [M('Anglo-Irish talks',['anglo-irish','negotiators'],wd(p,'friday',1),'day','Dublin',['British negotiators','Irish negotiators'],'upcoming',ev)])

# 8 participants: "officials from the Group of Five" not a place; later mention place
p='1987-10-07'
ev="Senior officials from the Group of Five will meet on Saturday to review currency cooperation, a Treasury spokesman said."
doc('u17-08',p,'G-5 DEPUTIES TO MEET SATURDAY',
 "WASHINGTON, Oct 7 - "+ev+"\n\nThe spokesman would not say where the deputies would gather. The dollar has fallen sharply since the Louvre accord.",
 [M('Group of Five deputies meeting',['group of five'],wd(p,'saturday',1),'day',None,['Group of Five'],'upcoming',ev)])

# 9 body named only inside the meeting's own name; lowercase group "the state government"
p='1987-01-21'
ev="The OPEC ministerial conference opens in Vienna on Monday with prices and quotas at the top of the agenda."
doc('u17-09',p,'OPEC MEETS MONDAY',
 "LONDON, Jan 21 - "+ev+"\n\nLeading producers want the 18 dlr reference price kept. Members are expected to extend current output quotas.",
 [M('OPEC ministerial conference',['opec','ministerial conference'],wd(p,'monday',1),'day','Vienna',['OPEC'],'upcoming',ev)])

p='1987-08-05'
ev="The state government and the Nurses Federation will resume talks on Thursday in an attempt to end a week-long strike."
doc('u17-10',p,'NSW NURSES TALKS RESUME',
 "SYDNEY, Aug 5 - "+ev+"\n\nHospitals have cancelled non-urgent operations.",
 [M('NSW nurses strike talks',['nurses federation','talks'],wd(p,'thursday',1),'day','Sydney',['state government','Nurses Federation'],'upcoming',ev)])

# 11 one meeting, several entries; plus a second distinct gathering of the same kind (last month's meeting)
p='1987-12-02'
ev="Foreign ministers of the Association of South East Asian Nations began two days of talks here today on the Cambodian conflict."
doc('u17-11',p,'ASEAN MINISTERS DISCUSS CAMBODIA',
 "MANILA, Dec 2 - "+ev+"\n\nToday's talks focused on a Vietnamese troop withdrawal. At last month's meeting in Bangkok, senior ASEAN officials drafted a peace plan which the ministers are expected to endorse tomorrow.",
 [M('ASEAN foreign ministers meeting',['asean','foreign ministers'],p,'day','Manila',['Association of South East Asian Nations'],'ongoing',ev,end=add(p,1)),
  M('ASEAN senior officials meeting',['last month','senior asean officials'],'1987-11','month','Bangkok',['ASEAN'],'past',"At last month's meeting in Bangkok, senior ASEAN officials drafted a peace plan which the ministers are expected to endorse tomorrow.")])

# 12 two different meetings of one kind: pricing committee Monday and full conference later
p='1987-06-03'
ev1="OPEC's price differentials committee will meet in Vienna on Monday, a week before the full ministerial conference opens on June 15."
doc('u17-12',p,'OPEC COMMITTEE MEETS AHEAD OF CONFERENCE',
 "VIENNA, June 3 - "+ev1+"\n\nThe committee, chaired by Algerian oil minister Belkacem Nabi, will review prices of heavy crudes.",
 [M('OPEC price differentials committee',['differentials committee'],wd(p,'monday',1),'day','Vienna',['OPEC','Belkacem Nabi'],'upcoming',ev1),
  M('OPEC ministerial conference',['ministerial conference'],'1987-06-15','day','Vienna',['OPEC'],'upcoming',ev1)])

# 13 dates from the wrong clause: relative clause "which began last Friday"; ongoing round
p='1987-07-08'
ev="The Uruguay Round of trade negotiations, which began last September, resumed in Geneva today with talks on farm subsidies."
doc('u17-13',p,'GATT FARM TALKS RESUME',
 "GENEVA, July 8 - "+ev+"\n\nDelegates from 92 countries of the General Agreement on Tariffs and Trade attended the session, which is scheduled to end on Friday.",
 [M('GATT Uruguay Round farm talks session',['uruguay round','gatt'],p,'day','Geneva',['General Agreement on Tariffs and Trade'],'ongoing',ev,end=wd(p,'friday',1))])

# 14 record date vs meeting date; deadline "within a week"
p='1987-03-25'
ev="Kessler Corp said it will hold its annual meeting on May 14 in Cleveland."
doc('u17-14',p,'KESSLER <KSL> SETS ANNUAL MEETING',
 "CLEVELAND, March 25 - "+ev+"\n\nShareholders of record on April 2 will be entitled to vote. The company said its reorganisation is to be completed within a week.",
 [M('Kessler annual meeting',['kessler','annual meeting'],'1987-05-14','day','Cleveland',['Kessler Corp'],'upcoming',ev)])

# 15 "after Monday's meeting" read backwards; earnings date another event
p='1987-02-11'
ev="After Monday's meeting in Paris with Japanese Finance Minister Kiichi Miyazawa, U.S. Treasury Secretary James Baker said both sides wanted a stable yen."
doc('u17-15',p,'BAKER, MIYAZAWA WANT STABLE YEN',
 "WASHINGTON, Feb 11 - "+ev+"\n\nThe dollar fell on Tuesday after weaker trade figures were released.",
 [M('Baker-Miyazawa meeting',['miyazawa','baker'],wd(p,'monday',-1),'day','Paris',['Kiichi Miyazawa','James Baker'],'past',ev)])

# 16 missed: state visit for talks; singular negotiation
p='1987-10-28'
ev="French President Francois Mitterrand begins a three-day state visit to Spain on Monday for talks with Prime Minister Felipe Gonzalez on European defence."
doc('u17-16',p,'MITTERRAND TO VISIT SPAIN',
 "PARIS, Oct 28 - "+ev+"\n\nThe two leaders last met in June.",
 [M('Mitterrand state visit to Spain',['state visit','mitterrand'],wd(p,'monday',1),'day','Spain',['Francois Mitterrand','Felipe Gonzalez'],'upcoming',ev,end=add(wd(p,'monday',1),2)),
  M('Mitterrand-Gonzalez meeting in June',['last met'],'1987-06','month',None,['Francois Mitterrand','Felipe Gonzalez'],'past',"The two leaders last met in June.")])

p='1987-03-25'
ev="Poland will discuss rescheduling of its 33 billion dlr debt with West German Finance Minister Gerhard Stoltenberg next month, the finance ministry said."
doc('u17-17',p,'POLAND TO DISCUSS DEBT WITH BONN',
 "WARSAW, March 25 - "+ev+"\n\nA first negotiation session with commercial banks is set for April 6 in Vienna.",
 [M('Poland debt talks with Stoltenberg',['stoltenberg','rescheduling'],'1987-04','month',None,['Poland','Gerhard Stoltenberg'],'upcoming',ev),
  M('Poland commercial banks negotiation session',['negotiation session','commercial banks'],'1987-04-06','day','Vienna',['Poland','commercial banks'],'upcoming',"A first negotiation session with commercial banks is set for April 6 in Vienna.")])

# 18 regular session; met late yesterday
p='1987-10-07'
ev1="The Supreme Soviet, the Soviet parliament, opens its regular autumn session on Monday, Tass said."
doc('u17-18',p,'SUPREME SOVIET TO OPEN SESSION',
 "MOSCOW, Oct 7 - "+ev1+"\n\nThe Politburo met late yesterday to approve the 1988 budget which deputies will debate.",
 [M('Supreme Soviet autumn session',['supreme soviet','session'],wd(p,'monday',1),'day','Moscow',['Supreme Soviet'],'upcoming',ev1),
  M('Politburo meeting',['politburo'],add(p,-1),'day','Moscow',['Politburo'],'past',"The Politburo met late yesterday to approve the 1988 budget which deputies will debate.")])

# 19 status: is meeting this morning (ongoing); so far this week
p='1987-06-17'
ev="The Bundesbank's central bank council is meeting this morning in Frankfurt and could cut the discount rate, dealers said."
doc('u17-19',p,'BUNDESBANK COUNCIL MEETS',
 "FRANKFURT, June 17 - "+ev+"\n\nThe dollar was steady at 1.8150 marks ahead of the decision.",
 [M('Bundesbank central bank council meeting',['bundesbank','central bank council'],p,'day','Frankfurt',['Bundesbank'],'ongoing',ev)])

p='1987-12-02'
ev="Textile negotiators from the United States and Hong Kong have held three sessions so far this week on quotas for 1988, and more talks are set for Friday."
doc('u17-20',p,'U.S., HONG KONG TEXTILE TALKS CONTINUE',
 "HONG KONG, Dec 2 - "+ev+"\n\nA Hong Kong trade department spokesman said progress had been slow.",
 [M('U.S.-Hong Kong textile talks',['textile','hong kong'],monday(p,0),'week','Hong Kong',['United States','Hong Kong'],'ongoing',ev)])

# 21 precision trap: tickers, cities not participants; company annual meeting with a city stated
p='1987-04-15'
ev="Directors of Pacific Gas and Electric Co <PCG> will meet on April 22 in San Francisco to consider the dividend, the utility said."
doc('u17-21',p,'PG&E BOARD TO CONSIDER DIVIDEND',
 "SAN FRANCISCO, April 15 - "+ev+"\n\nAnalysts in New York expect the payout to be kept at 48 cts.",
 [M('PG&E board meeting',['pacific gas','directors'],'1987-04-22','day','San Francisco',['Pacific Gas and Electric Co'],'upcoming',ev)])

# 22 minister named in the following sentence / body named right after
p='1987-01-21'
ev="Commonwealth finance ministers will meet in London next week to discuss commodity prices."
doc('u17-22',p,'COMMONWEALTH MINISTERS TO MEET',
 "NAIROBI, Jan 21 - Kenya's Finance Minister George Saitoti will attend the talks. "+ev+"\n\nSaitoti said Africa wanted firm action on debt.",
 [M('Commonwealth finance ministers meeting',['commonwealth'],monday(p,1),'week','London',['Commonwealth','George Saitoti'],'upcoming',ev)])

write()
