from stories import *

# Issue 17, helper 17c: a third set on places, status and dates of meetings
# on wire stories, in wordings neither fresh17q nor fresh17q2 uses, written
# after the fresh17q2 rules landed (main 0d0530d) and measured once on that
# main before any further change (the figure is in dev_test.go,
# TestFresh17q3Set). Annotated by meetings.GUIDELINE.md.

# 1 "Trade talks" opens the sentence, the parties' capitals elsewhere
p='2026-05-26'
ev="Trade talks between Canada and the United States are set to resume on June 2, Canada's trade minister said on Tuesday."
doc('f17q3-01',p,'Canada US trade',
 "TORONTO, May 26 (Reuters) - "+ev+" "
 "Tariffs on Canadian steel remain in place. REUTER",
 [M('Canada-U.S. trade talks',['trade talks'],'2026-06-02','day',None,['Canada','United States'],'upcoming',ev)])

# 2 "the Myanmar capital" in 2026
p='2026-03-09'
ev="ASEAN's special envoy will meet the military leadership in the Myanmar capital on Thursday, the bloc's chair said."
doc('f17q3-02',p,'ASEAN envoy',
 "KUALA LUMPUR, March 9 (Reuters) - "+ev+" "
 "Elections held in December were widely criticised. REUTER",
 [M('ASEAN envoy-Myanmar military meeting',['special envoy'],wd(p,'thursday',1),'day','Naypyitaw',['ASEAN'],'upcoming',ev)])

# 3 "At last month's meeting" of a central bank at home
p='2026-04-21'
ev="At last month's meeting, the Bank of Korea's monetary policy board voted unanimously to hold rates."
doc('f17q3-03',p,'BOK minutes',
 "SEOUL, April 21 (Reuters) - "+ev+" "
 "Minutes released on Tuesday showed two members saw room for a cut. REUTER",
 [M('BOK monetary policy board meeting',["last month's meeting",'monetary policy board'],'2026-03','month','Seoul',['Bank of Korea'],'past',ev)])

# 4 "at the presidential palace" in a later clause
p='2026-10-16'
ev="President Bola Tinubu will receive the leaders of the three Sahel states at the presidential palace on Monday, his spokesman said."
doc('f17q3-04',p,'Tinubu Sahel',
 "ABUJA, Oct 16 (Reuters) - "+ev+" "
 "The three left ECOWAS last year. REUTER",
 [M('Tinubu-Sahel leaders meeting',['sahel states'],wd(p,'monday',1),'day','presidential palace',['Bola Tinubu'],'upcoming',ev)])

# 5 "in this coastal city"
p='2026-06-11'
ev="Energy ministers from the Mediterranean states will gather in this coastal city on Saturday to discuss a subsea power cable."
doc('f17q3-05',p,'Med energy',
 "ALEXANDRIA, Egypt, June 11 (Reuters) - "+ev+" "
 "The cable would link Egypt and Greece. REUTER",
 [M('Mediterranean energy ministers meeting',['energy ministers'],wd(p,'saturday',1),'day','Alexandria',['Mediterranean states'],'upcoming',ev)])

# 6 "on the fringes of the G20 summit in Johannesburg": the place stated
p='2026-11-24'
ev="Brazil's president met Turkey's president on the fringes of the G20 summit in Johannesburg on Sunday."
doc('f17q3-06',p,'Lula Erdogan',
 "BRASILIA, Nov 24 (Reuters) - "+ev+" "
 "They discussed trade. REUTER",
 [M('Brazil-Turkey presidents meeting',['turkey'],wd(p,'sunday',-1),'day','Johannesburg',['Brazil','Turkey'],'past',ev)])

# 7 a council's session opened today at its seat
p='2026-03-02'
ev="The U.N. Human Rights Council opened its spring session on Monday with a speech by the U.N. human rights chief."
doc('f17q3-07',p,'UN rights council',
 "GENEVA, March 2 (Reuters) - "+ev+" "
 "The session runs until April 2. REUTER",
 [M('UN Human Rights Council spring session',['spring session','human rights council'],p,'day','Geneva',['U.N. Human Rights Council'],'ongoing',ev,end='2026-04-02')])

# 8 a virtual summit: no place
p='2026-09-02'
ev="BRICS leaders will hold a virtual summit on Thursday to discuss U.S. tariffs, the host country's foreign ministry said."
doc('f17q3-08',p,'BRICS virtual',
 "NEW DELHI, Sept 2 (Reuters) - "+ev+" "
 "India holds the group's chair this year. REUTER",
 [M('BRICS virtual summit',['virtual summit'],wd(p,'thursday',1),'day',None,['BRICS'],'upcoming',ev)])

# 9 a month in reported speech, the view in the past
p='2026-05-26'
ev="Governor Michele Bullock said on Tuesday the board had discussed the case for a rise at the June meeting."
doc('f17q3-09',p,'RBA June',
 "SYDNEY, May 26 (Reuters) - "+ev+" "
 "The Australian dollar jumped. REUTER",
 [M('RBA June meeting',['june meeting'],'2026-06','month','Sydney',['Reserve Bank of Australia'],'upcoming',ev)])

# 10 a weekday and a day-month date with a comma
p='2026-02-19'
ev="The committee will take evidence from the energy regulator on Tuesday, 3 March, its chair said."
doc('f17q3-10',p,'Energy committee',
 "LONDON, Feb 19 (Reuters) - "+ev+" "
 "Energy bills are due to rise in April. REUTER",
 [M('committee evidence session',['take evidence'],'2026-03-03','day','London',['energy regulator'],'upcoming',ev)])

# 11 "in four weeks' time"
p='2026-01-29'
ev="The two sides will meet again in four weeks' time to review progress, the mediator said."
doc('f17q3-11',p,'Colombia talks',
 "BOGOTA, Jan 29 (Reuters) - Colombia's government and the ELN rebels ended a round of talks in Caracas on Thursday. "+ev+"\n\n"
 "A ceasefire expired last year. REUTER",
 [M('Colombia-ELN round',['ended a round of talks','caracas'],p,'day','Caracas',['Colombia','ELN'],'past',"Colombia's government and the ELN rebels ended a round of talks in Caracas on Thursday."),
  M('Colombia-ELN next meeting',['meet again'],monday(p,4),'week',None,['Colombia','ELN'],'upcoming',ev)])

# 12 a summit that got under way yesterday and ends tomorrow
p='2026-10-16'
ev="The Commonwealth summit, which got under way on Thursday, ends on Saturday with a declaration on climate finance."
doc('f17q3-12',p,'CHOGM',
 "APIA, Oct 16 (Reuters) - "+ev+" "
 "King Charles addressed leaders on the opening day. REUTER",
 [M('Commonwealth summit',['commonwealth summit'],wd(p,'thursday',-1),'day','Apia',['Commonwealth'],'ongoing',ev,end=wd(p,'saturday',1))])

# 13 negotiators "returned to the table" today
p='2026-09-02'
ev="Negotiators for the port operator and the dockworkers' union returned to the bargaining table on Wednesday, the union said."
doc('f17q3-13',p,'Port talks',
 "ROTTERDAM, Sept 2 (Reuters) - "+ev+" "
 "A strike has halted container traffic for a week. REUTER",
 [M('port operator-union talks',['bargaining table'],p,'day',None,['dockworkers union'],'ongoing',ev)])

# 14 "wrapped up two days of talks" today
p='2026-12-01'
ev="Chinese and Japanese diplomats wrapped up two days of talks on Tuesday without agreement on seafood imports."
doc('f17q3-14',p,'China Japan talks',
 "BEIJING, Dec 1 (Reuters) - "+ev+" "
 "Japan called the talks frank. REUTER",
 [M('China-Japan diplomats talks',['two days of talks'],add(p,-1),'day','Beijing',['China','Japan'],'past',ev,end=p)])

# 15 the dateline is not the body's seat
p='2026-11-24'
ev="OPEC+ ministers will meet on Sunday and are expected to keep output steady, three delegates said."
doc('f17q3-15',p,'OPEC+ meeting',
 "SINGAPORE, Nov 24 (Reuters) - "+ev+" "
 "Brent crude fell 1% in Asian trade. REUTER",
 [M('OPEC+ ministerial meeting',['opec+ ministers'],wd(p,'sunday',1),'day',None,['OPEC+'],'upcoming',ev)])

# 16 a visiting premier with the home prime minister
p='2026-06-15'
ev="Visiting Chinese Premier Li Qiang held talks with Prime Minister Anthony Albanese on Monday, focusing on trade and critical minerals."
doc('f17q3-16',p,'Li in Canberra',
 "CANBERRA, June 15 (Reuters) - "+ev+" "
 "Li arrived on Saturday. REUTER",
 [M('Li-Albanese talks',['li qiang','albanese'],p,'day','Canberra',['Li Qiang','Anthony Albanese'],'past',ev)])

# 17 "at the Kremlin"
p='2026-08-27'
ev="Russian President Vladimir Putin will meet Indian Prime Minister Narendra Modi at the Kremlin next week, the Kremlin said."
doc('f17q3-17',p,'Putin Modi',
 "MOSCOW, Aug 27 (Reuters) - "+ev+" "
 "India has increased purchases of Russian oil. REUTER",
 [M('Putin-Modi meeting',['modi','kremlin'],monday(p,1),'week','Kremlin',['Vladimir Putin','Narendra Modi'],'upcoming',ev)])

# 18 apposition "in the capital, Kinshasa" under another dateline
p='2026-04-21'
ev="Congolese and Rwandan officials will meet in the capital, Kinshasa, on Friday to review a U.S.-brokered deal."
doc('f17q3-18',p,'Congo Rwanda',
 "GOMA, Congo, April 21 (Reuters) - "+ev+" "
 "Fighting has continued near Goma. REUTER",
 [M('Congo-Rwanda officials meeting',['rwandan officials'],wd(p,'friday',1),'day','Kinshasa',['Congo','Rwanda'],'upcoming',ev)])

# 19 a later sentence gives the venue
p='2026-03-09'
ev="Foreign ministers of the OSCE will meet next month to discuss the war in Ukraine, the chairmanship said."
doc('f17q3-19',p,'OSCE ministers',
 "BERN, March 9 (Reuters) - "+ev+" "
 "The meeting will be held in Vienna's Hofburg palace.\n\n"
 "Switzerland chairs the organisation this year. REUTER",
 [M('OSCE foreign ministers meeting',['osce','foreign ministers'],'2026-04','month','Hofburg',['OSCE'],'upcoming',ev)])

# 20 "in the Indian capital" from another Indian city
p='2026-01-29'
ev="State finance ministers will meet the federal finance minister in the Indian capital on Saturday ahead of the budget."
doc('f17q3-20',p,'Pre-budget meeting',
 "MUMBAI, Jan 29 (Reuters) - "+ev+" "
 "The budget is due on Feb. 1. REUTER",
 [M('pre-budget meeting of finance ministers',['state finance ministers'],wd(p,'saturday',1),'day','New Delhi',[],'upcoming',ev)])

# 21 a company's wage talks under the company's home dateline: no place
p='2026-06-11'
ev="Volkswagen and the IG Metall union will open wage talks on Thursday next week, the carmaker said."
doc('f17q3-21',p,'VW wage talks',
 "WOLFSBURG, Germany, June 11 (Reuters) - "+ev+" "
 "The union is demanding a 7% raise. REUTER",
 [M('Volkswagen-IG Metall wage talks',['wage talks'],'2026-06-18','day',None,['Volkswagen','IG Metall'],'upcoming',ev)])

# 22 a preparatory meeting today and the summit two days on, the summit's city stated
p='2026-10-19'
ev="Senior officials began a preparatory meeting on Monday ahead of the East Asia Summit in Kuala Lumpur on Wednesday."
doc('f17q3-22',p,'EAS',
 "KUALA LUMPUR, Oct 19 (Reuters) - "+ev+" "
 "Security is tight across the city. REUTER",
 [M('EAS senior officials preparatory meeting',['preparatory meeting'],p,'day','Kuala Lumpur',[],'ongoing',ev),
  M('East Asia Summit',['east asia summit'],wd(p,'wednesday',1),'day','Kuala Lumpur',['East Asia Summit'],'upcoming',ev)])

# 23 the Fed's next meeting with its days, under a New York dateline
p='2026-12-01'
ev="The Fed's next policy meeting, on Dec. 8-9, is seen as a close call, traders said."
doc('f17q3-23',p,'Fed call',
 "NEW YORK, Dec 1 (Reuters) - "+ev+" "
 "Treasury yields rose. REUTER",
 [M('Fed policy meeting',['next policy meeting'],'2026-12-08','day',None,['Fed'],'upcoming',ev,end='2026-12-09')])

# 24 no meeting: a court session and a vote
p='2026-09-02'
doc('f17q3-24',p,'Court',
 "PARIS, Sept 2 (Reuters) - The court's session on Monday was adjourned after a lawyer fell ill. "
 "Lawmakers will vote on the budget on Sept. 15. REUTER",
 [])

write()
