from stories import *

# Issue 17, helper 17d: a fresh wire set for detection, dates, status and
# place (24 stories, two with no meeting), written from the brief's class
# descriptions before any rule was changed with it in view, and measured
# once first (the figure is in fresh17d_test.go).

# 1 singular "negotiation", resumed in a named city
p='1987-03-16'
ev="Canadian and U.S. fisheries officials will resume their negotiation on the Pacific salmon treaty in Seattle on Thursday, a Fisheries Department spokesman said."
doc('f17d1-01',p,'SALMON TREATY TALKS TO RESUME',
 "OTTAWA, March 16 - "+ev+"\n\n"
 "The treaty limits each country's catch of the other's salmon. REUTER",
 [M('Canada-U.S. salmon treaty negotiation',['salmon','negotiation'],wd(p,'thursday',1),'day','Seattle',['Canada','U.S.'],'upcoming',ev)])

# 2 talks broke off today; "The next negotiation session is set for"
p='1987-03-24'
ev1="Talks between Chrysler Canada Ltd and the Canadian Auto Workers union broke off today without an agreement, a union spokesman said."
ev2="The next negotiation session is set for April 2."
doc('f17d1-02',p,'CHRYSLER CANADA TALKS BREAK OFF',
 "TORONTO, March 24 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Chrysler Canada-CAW talks',['chrysler','talks'],p,'day',None,['Chrysler Canada Ltd','Canadian Auto Workers'],'past',ev1),
  M('Chrysler Canada-CAW negotiation session',['negotiation session'],'1987-04-02','day',None,['Chrysler Canada Ltd','Canadian Auto Workers'],'upcoming',ev2)])

# 3 the verb far after a long subject, "when it met earlier today"
p='1987-06-24'
ev="A five-nation ministerial committee of the Organisation of Petroleum Exporting Countries, formed in December to monitor members' compliance with output quotas, found no serious violations when it met earlier today, delegates said."
doc('f17d1-03',p,'OPEC MONITORING PANEL FINDS NO VIOLATIONS',
 "VIENNA, June 24 - "+ev+" REUTER",
 [M('OPEC ministerial monitoring committee meeting',['ministerial committee','opec'],p,'day','Vienna',['OPEC'],'past',ev)])

# 4 "met" with a long object before the time
p='1987-09-09'
ev="President Chun Doo-hwan met the leaders of the two main opposition parties, Kim Young-sam and Kim Dae-jung, yesterday to discuss constitutional reform, a presidential spokesman said."
doc('f17d1-04',p,'CHUN MEETS OPPOSITION LEADERS',
 "SEOUL, Sept 9 - "+ev+" REUTER",
 [M('Chun-opposition leaders meeting',['chun','opposition'],add(p,-1),'day','Seoul',['Chun Doo-hwan','Kim Young-sam','Kim Dae-jung'],'past',ev)])

# 5 a mission "arrived in X on Sunday for three days of talks with Y"
p='1987-05-11'
ev="A Japanese trade mission headed by former Foreign Minister Shintaro Abe arrived in Peking on Sunday for three days of talks with Chinese leaders on trade frictions."
doc('f17d1-05',p,'JAPANESE MISSION IN PEKING',
 "PEKING, May 11 - "+ev+" REUTER",
 [M('Japan-China trade talks',['japanese trade mission','talks'],add(p,-1),'day','Peking',['Japan','Shintaro Abe','China'],'ongoing',ev,end=add(p,1))])

# 6 "will call on", the host at home
p='1987-10-05'
ev="New Zealand Prime Minister David Lange will call on Prime Minister Bob Hawke on Wednesday during a two-day visit, officials said."
doc('f17d1-06',p,'LANGE TO VISIT CANBERRA',
 "CANBERRA, Oct 5 - "+ev+"\n\n"
 "The two leaders are expected to discuss trade and defence. REUTER",
 [M('Lange-Hawke meeting',['lange','hawke'],wd(p,'wednesday',1),'day','Canberra',['David Lange','Bob Hawke'],'upcoming',ev)])

# 7 "will question" a witness, a committee at home
p='1987-02-17'
ev="The Senate Banking Committee will question Federal Reserve Board Chairman Paul Volcker on Thursday about the health of the banking system, committee aides said."
doc('f17d1-07',p,'SENATE PANEL TO QUESTION VOLCKER',
 "WASHINGTON, Feb 17 - "+ev+" REUTER",
 [M('Senate Banking Committee hearing',['senate banking committee','volcker'],wd(p,'thursday',1),'day','Washington',['Senate Banking Committee','Paul Volcker'],'upcoming',ev)])

# 8 "meet X on Monday and Y on Tuesday": two meetings
p='1987-04-03'
ev="Israeli Foreign Minister Shimon Peres will meet Prime Minister Margaret Thatcher on Monday and Foreign Secretary Sir Geoffrey Howe on Tuesday, the Foreign Office said."
doc('f17d1-08',p,'PERES TO SEE THATCHER, HOWE',
 "LONDON, April 3 - "+ev+" REUTER",
 [M('Peres-Thatcher meeting',['thatcher'],wd(p,'monday',1),'day','London',['Shimon Peres','Margaret Thatcher'],'upcoming',ev),
  M('Peres-Howe meeting',['howe'],wd(p,'tuesday',1),'day','London',['Shimon Peres','Geoffrey Howe'],'upcoming',ev)])

# 9 "They will resume on Friday at ...": a pronoun-only later meeting
p='1987-07-22'
ev1="Senior U.S. and Soviet arms negotiators held a two-hour meeting on space weapons at the U.S. mission today, a U.S. spokesman said."
ev2="They will resume on Friday at the Soviet mission."
doc('f17d1-09',p,'SPACE ARMS NEGOTIATORS MEET',
 "GENEVA, July 22 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('U.S.-Soviet space arms meeting',['space weapons','arms negotiators'],p,'day','U.S. mission',['U.S.','Soviet Union'],'past',ev1),
  M('U.S.-Soviet space arms talks resumed',['resume','soviet mission'],wd(p,'friday',1),'day','Soviet mission',['U.S.','Soviet Union'],'upcoming',ev2)])

# 10 "hold their own talks there the day before"
p='1987-11-02'
ev1="West German Chancellor Helmut Kohl and French President Francois Mitterrand will hold a summit in Karlsruhe on November 12, a government spokesman said."
ev2="The two countries' defence ministers will hold their own talks there the day before."
doc('f17d1-10',p,'KOHL, MITTERRAND TO MEET',
 "BONN, Nov 2 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Kohl-Mitterrand summit',['summit','kohl'],'1987-11-12','day','Karlsruhe',['Helmut Kohl','Francois Mitterrand'],'upcoming',ev1),
  M('Franco-German defence ministers talks',['defence ministers'],'1987-11-11','day','Karlsruhe',['West Germany','France'],'upcoming',ev2)])

# 11 "after Monday's meeting with" read backwards
p='1987-08-13'
ev="Sri Lankan President Junius Jayewardene said after Monday's meeting with Indian envoy J.N. Dixit that the peace accord was being implemented."
doc('f17d1-11',p,'JAYEWARDENE SAYS ACCORD ON TRACK',
 "COLOMBO, Aug 13 - "+ev+" REUTER",
 [M('Jayewardene-Dixit meeting',['jayewardene','dixit'],wd(p,'monday',-1),'day','Colombo',['Junius Jayewardene','J.N. Dixit'],'past',ev)])

# 12 a relative clause's date ("which began last Friday")
p='1987-03-02'
ev="Norway's government will meet union leaders on Wednesday to discuss the seamen's strike, which began last Friday, a Labour Ministry spokesman said."
doc('f17d1-12',p,'NORWAY TO MEET SEAMEN',
 "OSLO, March 2 - "+ev+" REUTER",
 [M('Norwegian government-union meeting',['union leaders','government'],wd(p,'wednesday',1),'day','Oslo',['Norway','union leaders'],'upcoming',ev)])

# 13 "stalled since June"; resumed in Geneva on a date
p='1987-10-14'
ev="Pakistan and Afghanistan, whose indirect talks under U.N. auspices have been stalled since June, will resume them in Geneva on November 9, the Foreign Office said."
doc('f17d1-13',p,'AFGHAN TALKS TO RESUME',
 "ISLAMABAD, Oct 14 - "+ev+" REUTER",
 [M('Pakistan-Afghanistan indirect talks',['indirect talks','afghanistan'],'1987-11-09','day','Geneva',['Pakistan','Afghanistan','U.N.'],'upcoming',ev)])

# 14 another event's date in the sentence (a return from Washington)
p='1987-01-20'
ev="Italian Treasury Minister Giovanni Goria, who returns from Washington on Thursday, will meet central bank governor Carlo Azeglio Ciampi on Friday to discuss the lira, Treasury sources said."
doc('f17d1-14',p,'GORIA TO MEET CIAMPI',
 "ROME, Jan 20 - "+ev+" REUTER",
 [M('Goria-Ciampi meeting',['goria','ciampi'],wd(p,'friday',1),'day','Rome',['Giovanni Goria','Carlo Azeglio Ciampi'],'upcoming',ev)])

# 15 a deadline before the meeting date
p='1987-03-10'
ev="The EC Commission has until March 31 to send its farm price proposals to agriculture ministers, who will begin debating them at a two-day meeting starting April 27 in Luxembourg, officials said."
doc('f17d1-15',p,'EC FARM PRICE TIMETABLE',
 "BRUSSELS, March 10 - "+ev+" REUTER",
 [M('EC agriculture ministers meeting',['agriculture ministers','two-day meeting'],'1987-04-27','day','Luxembourg',['EC'],'upcoming',ev,end='1987-04-28')])

# 16 "agreed to open formal talks next month" + "The formal talks will start on Dec 3"
p='1987-11-10'
ev1="Nicaragua's Sandinista government and the Contra rebels agreed to open formal ceasefire talks next month, a government spokesman said."
ev2="The formal talks will start on December 3 in Santo Domingo, he said."
doc('f17d1-16',p,'SANDINISTAS, CONTRAS AGREE ON TALKS',
 "MANAGUA, Nov 10 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Sandinista-Contra ceasefire talks',['ceasefire talks','formal talks'],'1987-12-03','day','Santo Domingo',['Sandinista government','Contra rebels'],'upcoming',ev2)])

# 17 "Today's talks" and "the talks in Tokyo" are the same meeting
p='1987-05-19'
ev="Japanese and U.S. officials began two days of talks on semiconductors in Tokyo today, a Ministry of International Trade and Industry spokesman said."
doc('f17d1-17',p,'CHIP TALKS OPEN',
 "TOKYO, May 19 - "+ev+"\n\n"
 "Today's talks focused on market access, he said. U.S. officials said the talks in Tokyo had been useful so far. REUTER",
 [M('Japan-U.S. semiconductor talks',['semiconductors','talks'],p,'day','Tokyo',['Japan','U.S.'],'ongoing',ev,end=add(p,1))])

# 18 a meeting on Monday and "another round later this week": two meetings
p='1987-01-14'
ev="Egyptian and Israeli officials held talks on the Taba border dispute in Cairo on Monday and will hold another round later this week, an Egyptian Foreign Ministry spokesman said."
doc('f17d1-18',p,'TABA TALKS CONTINUE',
 "CAIRO, Jan 14 - "+ev+" REUTER",
 [M('Egypt-Israel Taba talks',['taba'],wd(p,'monday',-1),'day','Cairo',['Egypt','Israel'],'past',ev),
  M('Egypt-Israel Taba talks, next round',['another round'],monday(p,0),'week',None,['Egypt','Israel'],'upcoming',ev)])

# 19 "who were meeting in Brussels today" is ongoing
p='1987-02-23'
ev="EC foreign ministers, who were meeting in Brussels today, called on the United States and Japan to settle their trade dispute quickly."
doc('f17d1-19',p,'EC URGES TRADE SETTLEMENT',
 "BRUSSELS, Feb 23 - "+ev+" REUTER",
 [M('EC foreign ministers meeting',['foreign ministers'],p,'day','Brussels',['EC'],'ongoing',ev)])

# 20 "is meeting this morning" is ongoing
p='1987-10-20'
ev="President Reagan is meeting his economic advisers this morning to discuss Monday's stock market collapse, White House spokesman Marlin Fitzwater said."
doc('f17d1-20',p,'REAGAN MEETS ADVISERS',
 "WASHINGTON, Oct 20 - "+ev+" REUTER",
 [M('Reagan economic advisers meeting',['economic advisers','reagan'],p,'day','Washington',['Reagan'],'ongoing',ev)])

# 21 "in session since Monday ... so far this week" is ongoing
p='1987-07-09'
ev="The Uruguay Round negotiating group on agriculture, in session in Geneva since Monday, has made little progress so far this week, delegates said."
doc('f17d1-21',p,'FARM TRADE TALKS SLOW',
 "GENEVA, July 9 - "+ev+" REUTER",
 [M('Uruguay Round agriculture negotiating group',['negotiating group','agriculture'],wd(p,'monday',-1),'day','Geneva',[],'ongoing',ev)])

# 22 "in the Malaysian capital" -> Kuala Lumpur; "the December summit in Manila"
p='1987-08-18'
ev="ASEAN economic ministers will meet in the Malaysian capital on Thursday to prepare for the December summit in Manila, officials said."
doc('f17d1-22',p,'ASEAN MINISTERS TO MEET',
 "SINGAPORE, Aug 18 - "+ev+" REUTER",
 [M('ASEAN economic ministers meeting',['economic ministers'],wd(p,'thursday',1),'day','Kuala Lumpur',['ASEAN'],'upcoming',ev),
  M('ASEAN summit',['summit'],'1987-12','month','Manila',['ASEAN'],'upcoming',ev)])

# 23 apposition "in the Zambian capital, Lusaka"
p='1987-10-06'
ev="Foreign ministers of the Front-Line states will meet in the Zambian capital, Lusaka, on Saturday to discuss sanctions against South Africa, officials said."
doc('f17d1-23',p,'FRONT-LINE MINISTERS TO MEET',
 "HARARE, Oct 6 - "+ev+" REUTER",
 [M('Front-Line states foreign ministers meeting',['front-line'],wd(p,'saturday',1),'day','Lusaka',['Front-Line states'],'upcoming',ev)])

# 24 the FOMC from a New York dateline: no place
p='1987-08-17'
ev="The Federal Reserve's policy-making Open Market Committee meets on Tuesday, and most economists expect no change in policy, dealers said."
doc('f17d1-24',p,'FED POLICY MEETING AHEAD',
 "NEW YORK, Aug 17 - "+ev+"\n\n"
 "The dollar closed higher. REUTER",
 [M('FOMC meeting',['open market committee'],wd(p,'tuesday',1),'day',None,['Federal Reserve'],'upcoming',ev)])

# 25 a central bank's policy meeting at home (modern)
p='2025-06-03'
ev="The Reserve Bank of Australia's board meets on Tuesday and is widely expected to leave rates unchanged, economists said."
doc('f17d1-25',p,'RBA to hold rates',
 "SYDNEY, June 3 (Reuters) - "+ev,
 [M('RBA board meeting',['board','reserve bank of australia'],p,'day','Sydney',['Reserve Bank of Australia'],'upcoming',ev)])

# 26 no meeting: a vote and an earnings date
p='1987-04-28'
doc('f17d1-26',p,'UNION VOTES ON CONTRACT',
 "DETROIT, April 28 - Members of the United Auto Workers will vote on Sunday on a new contract with General Motors Corp, a union spokesman said.\n\n"
 "GM reports first-quarter earnings on May 5. REUTER",
 [])

# 27 no meeting: talks "held in recent months", no time
p='1987-06-15'
doc('f17d1-27',p,'BRAZIL DEBT TALKS',
 "BRASILIA, June 15 - Brazil and its creditor banks have held several rounds of talks in recent months without agreement, a central bank official said. REUTER",
 [])

write()
