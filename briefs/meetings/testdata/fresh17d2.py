from stories import *

# Issue 17, helper 17d: a second fresh wire set (28 stories, two with no
# meeting), written after the fresh17d1 fixes had landed (99fe597), in new
# wordings of the same classes, with more places: measured once before any
# change made with it in view (the figure is in fresh17d_test.go).

# 1 "return to the negotiating table"; a company and a union: no place
p='1987-06-08'
ev="Qantas Airways Ltd and the pilots' union will return to the negotiating table on Tuesday, a union official said."
doc('f17d2-01',p,'QANTAS PILOTS TALKS RESUME',
 "SYDNEY, June 8 - "+ev+" REUTER",
 [M('Qantas-pilots talks',['qantas','negotiating table'],wd(p,'tuesday',1),'day',None,['Qantas Airways Ltd',"pilots' union"],'upcoming',ev)])

# 2 a long subject and "when it met in Caracas yesterday"
p='1987-03-24'
ev="The board of governors of the Inter-American Development Bank, which includes finance ministers from across the hemisphere, approved the new capital plan when it met in Caracas yesterday, delegates said."
doc('f17d2-02',p,'IDB GOVERNORS APPROVE PLAN',
 "CARACAS, March 24 - "+ev+" REUTER",
 [M('IDB board of governors meeting',['board of governors','inter-american development bank'],add(p,-1),'day','Caracas',['Inter-American Development Bank'],'past',ev)])

# 3 "met" with a long object and a list before the day
p='1987-04-13'
ev="Prime Minister Yasuhiro Nakasone met the heads of Japan's four largest securities houses, Nomura, Daiwa, Nikko and Yamaichi, on Friday to urge them to buy U.S. Treasury bonds, officials said."
doc('f17d2-03',p,'NAKASONE MEETS BROKERS',
 "TOKYO, April 13 - "+ev+" REUTER",
 [M('Nakasone-securities houses meeting',['nakasone','securities houses'],wd(p,'friday',-1),'day','Tokyo',['Yasuhiro Nakasone','Nomura','Daiwa','Nikko','Yamaichi'],'past',ev)])

# 4 a delegation "arrived here today for a week of talks"
p='1987-09-28'
ev="A Chinese military delegation led by Defence Minister Zhang Aiping arrived here today for a week of talks with U.S. defence officials."
doc('f17d2-04',p,'CHINESE DEFENCE MINISTER IN WASHINGTON',
 "WASHINGTON, Sept 28 - "+ev+" REUTER",
 [M('China-U.S. defence talks',['military delegation','talks'],p,'day','Washington',['China','Zhang Aiping','U.S.'],'ongoing',ev,end=add(p,6))])

# 5 "will receive" a visitor at home; an undated conference
p='1987-05-14'
ev="President Hosni Mubarak will receive PLO chairman Yasser Arafat on Sunday for talks on the proposed Middle East peace conference, presidential sources said."
doc('f17d2-05',p,'MUBARAK TO RECEIVE ARAFAT',
 "CAIRO, May 14 - "+ev+" REUTER",
 [M('Mubarak-Arafat talks',['mubarak','arafat'],wd(p,'sunday',1),'day','Cairo',['Hosni Mubarak','Yasser Arafat'],'upcoming',ev)])

# 6 "called on" the host at home
p='1987-07-07'
ev="Visiting Philippine Vice President Salvador Laurel called on Prime Minister Lee Kuan Yew yesterday to discuss regional security."
doc('f17d2-06',p,'LAUREL MEETS LEE',
 "SINGAPORE, July 7 - "+ev+" REUTER",
 [M('Laurel-Lee meeting',['laurel','lee kuan yew'],add(p,-1),'day','Singapore',['Salvador Laurel','Lee Kuan Yew'],'past',ev)])

# 7 "meets X on Tuesday and Y on Wednesday", after "who arrived here on Sunday"
p='1987-03-02'
ev="U.S. Secretary of State George Shultz, who arrived here on Sunday, meets Premier Zhao Ziyang on Tuesday and Vice Premier Wan Li on Wednesday, U.S. officials said."
doc('f17d2-07',p,'SHULTZ IN PEKING',
 "PEKING, March 2 - "+ev+" REUTER",
 [M('Shultz-Zhao meeting',['zhao'],wd(p,'tuesday',1),'day','Peking',['George Shultz','Zhao Ziyang'],'upcoming',ev),
  M('Shultz-Wan meeting',['wan li'],wd(p,'wednesday',1),'day','Peking',['George Shultz','Wan Li'],'upcoming',ev)])

# 8 talks ended today; "They will resume next month in Moscow"
p='1987-02-11'
ev1="West German and Soviet officials ended two days of talks on a cultural agreement in Bonn today, a Foreign Ministry spokesman said."
ev2="They will resume next month in Moscow."
doc('f17d2-08',p,'BONN, MOSCOW CULTURAL TALKS',
 "BONN, Feb 11 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('West German-Soviet cultural talks',['cultural agreement'],add(p,-1),'day','Bonn',['West Germany','Soviet Union'],'past',ev1,end=p),
  M('West German-Soviet cultural talks resumed',['resume','moscow'],'1987-03','month','Moscow',['West Germany','Soviet Union'],'upcoming',ev2)])

# 9 a summit's range and the finance ministers "two days earlier"
p='1987-05-20'
ev1="Leaders of the seven major industrial democracies will hold their annual summit in Venice from June 8 to 10, the Italian government said."
ev2="Their finance ministers will meet there two days earlier."
doc('f17d2-09',p,'VENICE SUMMIT PLANS',
 "ROME, May 20 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Venice economic summit',['summit','venice'],'1987-06-08','day','Venice',[],'upcoming',ev1,end='1987-06-10'),
  M('Group of Seven finance ministers meeting',['finance ministers'],'1987-06-06','day','Venice',[],'upcoming',ev2)])

# 10 "after Tuesday's talks with visiting X" on a Friday
p='1987-01-16'
ev="Prime Minister Jacques Chirac said after Tuesday's talks with visiting West German Chancellor Helmut Kohl that the two countries would set up a joint defence council."
doc('f17d2-10',p,'CHIRAC, KOHL AGREE ON DEFENCE COUNCIL',
 "PARIS, Jan 16 - "+ev+" REUTER",
 [M('Chirac-Kohl talks',['chirac','kohl'],wd(p,'tuesday',-1),'day','Paris',['Jacques Chirac','Helmut Kohl'],'past',ev)])

# 11 a relative clause's date ("which took effect on January 1")
p='1987-05-05'
ev="OPEC oil ministers will meet in Vienna on June 25 to review the output accord, which took effect on January 1, an OPEC spokesman said."
doc('f17d2-11',p,'OPEC TO MEET IN JUNE',
 "LONDON, May 5 - "+ev+" REUTER",
 [M('OPEC ministerial meeting',['opec'],'1987-06-25','day','Vienna',['OPEC'],'upcoming',ev)])

# 12 "suspended since 1985"; the truce village
p='1987-04-13'
ev="North and South Korea, whose Red Cross talks have been suspended since 1985, will meet at the truce village of Panmunjom on Tuesday, the Unification Ministry said."
doc('f17d2-12',p,'KOREAS TO MEET',
 "SEOUL, April 13 - "+ev+" REUTER",
 [M('North-South Korea meeting',['panmunjom','korea'],wd(p,'tuesday',1),'day','Panmunjom',['North Korea','South Korea'],'upcoming',ev)])

# 13 a deadline "by Friday" and the meeting's own day
p='1987-03-10'
ev="Ecuador's creditor banks must reply to its proposal by Friday, and their advisory committee will meet Ecuadorean officials in New York on March 16, bankers said."
doc('f17d2-13',p,'ECUADOR BANKS TO MEET',
 "QUITO, March 10 - "+ev+" REUTER",
 [M('Ecuador-bank advisory committee meeting',['advisory committee'],'1987-03-16','day','New York',['advisory committee','Ecuador'],'upcoming',ev)])

# 14 another event's date ("which suspended interest payments on February 20")
p='1987-04-06'
ev="Brazil, which suspended interest payments on February 20, will resume talks with its creditor banks in New York on Thursday, the central bank said."
doc('f17d2-14',p,'BRAZIL TO RESUME BANK TALKS',
 "BRASILIA, April 6 - "+ev+" REUTER",
 [M('Brazil-creditor banks talks',['creditor banks','talks'],wd(p,'thursday',1),'day','New York',['Brazil','creditor banks'],'upcoming',ev)])

# 15 "agreed to hold talks next month" + "The talks will open in Islamabad on February 2"
p='1987-01-22'
ev1="India and Pakistan agreed to hold talks on troop withdrawals from their border next month, a Foreign Ministry spokesman said."
ev2="The talks will open in Islamabad on February 2, he said."
doc('f17d2-15',p,'INDIA, PAKISTAN TO TALK',
 "NEW DELHI, Jan 22 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('India-Pakistan troop withdrawal talks',['troop withdrawals','talks'],'1987-02-02','day','Islamabad',['India','Pakistan'],'upcoming',ev2)])

# 16 a two-day meeting opened today; "today's session" is the same meeting
p='1987-09-16'
ev="OPEC's long-term strategy committee opened a two-day meeting in London today, delegates said."
doc('f17d2-16',p,'OPEC STRATEGY PANEL MEETS',
 "LONDON, Sept 16 - "+ev+"\n\n"
 "A delegate said today's session dealt mainly with the outlook for demand. REUTER",
 [M('OPEC long-term strategy committee meeting',['long-term strategy committee'],p,'day','London',['OPEC'],'ongoing',ev,end=add(p,1))])

# 17 two meetings of one body: Monday here, June 29 in Luxembourg
p='1987-06-11'
ev="EC farm ministers will meet here on Monday to try to settle the 1987/88 farm price package and again in Luxembourg on June 29, diplomats said."
doc('f17d2-17',p,'EC FARM MINISTERS TO MEET TWICE',
 "BRUSSELS, June 11 - "+ev+" REUTER",
 [M('EC farm ministers meeting',['farm ministers'],wd(p,'monday',1),'day','Brussels',['EC'],'upcoming',ev),
  M('EC farm ministers meeting in Luxembourg',['luxembourg'],'1987-06-29','day','Luxembourg',['EC'],'upcoming',ev)])

# 18 "meeting in Basle today" with a past main verb (first annotated
# ongoing; corrected after the first measurement to past, the convention of
# unseen17x story 9, "ministers, meeting in Ottawa ..., agreed today")
p='1987-03-09'
ev="Central bankers of the Group of Ten, meeting in Basle today, discussed the dollar's fall, a central bank source said."
doc('f17d2-18',p,'G-10 CENTRAL BANKERS MEET',
 "BASLE, March 9 - "+ev+" REUTER",
 [M('Group of Ten central bankers meeting',['group of ten','central bankers'],p,'day','Basle',['Group of Ten'],'past',ev)])

# 19 "will continue their negotiations, launched in July 1986": ongoing
p='1987-05-11'
ev="Spain and the United States will continue their negotiations on the future of U.S. bases, launched in July 1986, a Spanish Foreign Ministry spokesman said."
doc('f17d2-19',p,'SPAIN, U.S. BASE TALKS TO CONTINUE',
 "MADRID, May 11 - "+ev+" REUTER",
 [M('Spain-U.S. bases negotiations',['negotiations','bases'],'1986-07','month',None,['Spain','United States'],'ongoing',ev)])

# 20 a central bank council "is meeting this morning" at its seat
p='1987-04-02'
ev="The Bundesbank's central bank council is meeting this morning, and dealers expect no change in interest rates."
doc('f17d2-20',p,'BUNDESBANK COUNCIL MEETS',
 "FRANKFURT, April 2 - "+ev+" REUTER",
 [M('Bundesbank council meeting',['central bank council','bundesbank'],p,'day','Frankfurt',['Bundesbank'],'ongoing',ev)])

# 21 "in the Brazilian capital next week" from a London dateline
p='1987-08-03'
ev="Coffee producing countries will meet in the Brazilian capital next week to discuss export quotas, trade sources said."
doc('f17d2-21',p,'COFFEE PRODUCERS TO MEET',
 "LONDON, Aug 3 - "+ev+" REUTER",
 [M('Coffee producers meeting',['coffee producing countries'],monday(p,1),'week','Brasilia',[],'upcoming',ev)])

# 22 apposition "in Nigeria's largest city, Lagos"
p='1987-06-29'
ev="West African heads of state will meet in Nigeria's largest city, Lagos, on Thursday for the annual ECOWAS summit, officials said."
doc('f17d2-22',p,'ECOWAS SUMMIT THIS WEEK',
 "ABIDJAN, June 29 - "+ev+" REUTER",
 [M('ECOWAS summit',['ecowas'],wd(p,'thursday',1),'day','Lagos',['ECOWAS'],'upcoming',ev)])

# 23 a central bank's policy meeting at home (modern)
p='2025-07-28'
ev="The Bank of Japan's policy board meets on Thursday and is expected to keep interest rates on hold, sources said."
doc('f17d2-23',p,'BOJ seen holding rates',
 "TOKYO, July 28 (Reuters) - "+ev,
 [M('BOJ policy board meeting',['policy board','bank of japan'],wd(p,'thursday',1),'day','Tokyo',['Bank of Japan'],'upcoming',ev)])

# 24 the FOMC from its own city (modern)
p='2025-07-28'
ev="Federal Reserve policymakers meet on Tuesday and Wednesday and are widely expected to hold rates steady."
doc('f17d2-24',p,'Fed to hold rates',
 "WASHINGTON, July 28 (Reuters) - "+ev,
 [M('FOMC meeting',['federal reserve','policymakers'],wd(p,'tuesday',1),'day','Washington',['Federal Reserve'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 25 the ECB from London: no place (modern)
p='2025-07-21'
ev="The European Central Bank's Governing Council meets on Thursday and is expected to leave rates unchanged, economists said."
doc('f17d2-25',p,'ECB to hold',
 "LONDON, July 21 (Reuters) - "+ev,
 [M('ECB Governing Council meeting',['governing council','european central bank'],wd(p,'thursday',1),'day',None,['European Central Bank'],'upcoming',ev)])

# 26 "at the Manhattan offices of Citicorp": a venue, not a party
p='1987-05-19'
ev="Brazil's bank advisory committee will meet Brazilian finance officials at the Manhattan offices of Citicorp on Thursday, bankers said."
doc('f17d2-26',p,'BRAZIL BANKS TO MEET',
 "NEW YORK, May 19 - "+ev+" REUTER",
 [M('Brazil-bank advisory committee meeting',['advisory committee'],wd(p,'thursday',1),'day','Manhattan',['bank advisory committee','Brazil'],'upcoming',ev)])

# 27 a home minister at home; the topic's region is no place (modern)
p='2025-10-09'
ev="Union Home Minister Amit Shah will chair a high-level meeting on Friday to review the security situation in Jammu and Kashmir, officials said."
doc('f17d2-27',p,'Shah to review J&K security',
 "New Delhi, Oct 9 (IANS) "+ev,
 [M('Amit Shah security review meeting',['high-level meeting'],wd(p,'friday',1),'day','New Delhi',['Amit Shah'],'upcoming',ev)])

# 28 "will meet X in Tokyo on Monday and fly to Seoul on Tuesday for talks"
p='1987-01-15'
ev="Treasury Secretary James Baker will meet Japanese Finance Minister Kiichi Miyazawa in Tokyo on Monday and fly to Seoul on Tuesday for talks with South Korean officials, the Treasury said."
doc('f17d2-28',p,'BAKER TO VISIT TOKYO, SEOUL',
 "WASHINGTON, Jan 15 - "+ev+" REUTER",
 [M('Baker-Miyazawa meeting',['miyazawa'],wd(p,'monday',1),'day','Tokyo',['James Baker','Kiichi Miyazawa'],'upcoming',ev),
  M('Baker-South Korea talks',['seoul','south korean'],wd(p,'tuesday',1),'day','Seoul',['James Baker','South Korea'],'upcoming',ev)])

# 29 no meeting: sales targets, a meeting "at some stage"
p='1987-08-20'
doc('f17d2-29',p,'CHRYSLER SEES TARGETS MET',
 "DETROIT, Aug 20 - Chrysler Corp expects to meet its sales targets next month, a spokesman said.\n\n"
 "Union leaders and the company could meet at some stage to discuss plant closures. REUTER",
 [])

# 30 no meeting: a market session and a vote
p='1987-11-04'
doc('f17d2-30',p,'GOLD STEADY',
 "ZURICH, Nov 4 - Gold was steady in the morning session on Wednesday as dealers awaited the U.S. trade figures.\n\n"
 "Swiss voters go to the polls on December 6. REUTER",
 [])

write()
