from stories import *

# Issue 17, meeting PLACE (session 6, sixth round): 16 stories written after
# the travel rule had landed (c33b158) and before any rule change made with
# them in view: a hearing at home, a central bank's board, a stated city
# against a body's seat, an arrival the sentence before, company meetings,
# an embassy, "in the capital", "They" after a place, a party conference
# at a resort, a place in the next sentence, and meetings whose place must
# stay empty. Annotated per meetings.GUIDELINE.md and measured once (the
# figure is in place_sets_test.go).

# 1 a central bank governor before a parliamentary committee at home
p='1987-11-16'
ev="Bank of Canada Governor John Crow will appear before the Commons finance committee on Tuesday to explain the bank's monetary policy, a committee clerk said."
doc('u17place6-01',p,'CROW TO APPEAR BEFORE COMMONS COMMITTEE',
 "OTTAWA, Nov 16 - "+ev+"\n\n"
 "Short-term interest rates have risen by more than a point since August. REUTER",
 [M('Commons finance committee hearing',['commons finance committee','crow'],wd(p,'tuesday',1),'day','Ottawa',['John Crow','Commons finance committee'],'upcoming',ev)])

# 2 a central bank's board "will decide on Monday"
p='1987-07-24'
ev="The central bank's board will meet on Monday to decide whether to devalue the austral again, bank officials said."
doc('u17place6-02',p,'ARGENTINE CENTRAL BANK BOARD TO MEET',
 "BUENOS AIRES, July 24 - "+ev+"\n\n"
 "The austral has lost 20 pct of its value on the parallel market this month. REUTER",
 [M('Argentine central bank board meeting',['board'],wd(p,'monday',1),'day','Buenos Aires',['central bank'],'upcoming',ev)])

# 3 a body meets away from its seat, the city stated
p='1987-05-29'
ev="EC foreign ministers meet in Luxembourg on Monday to discuss the Community's budget crisis, diplomats said."
doc('u17place6-03',p,'EC MINISTERS TO DISCUSS BUDGET',
 "BRUSSELS, May 29 - "+ev+"\n\n"
 "The Community will run out of money by October unless member states agree to advance funds. REUTER",
 [M('EC foreign ministers meeting',['ec foreign ministers'],wd(p,'monday',1),'day','Luxembourg',['EC foreign ministers'],'upcoming',ev)])

# 4 an arrival the sentence before, then talks
p='1987-03-13'
ev="He will hold talks with President Jaime Lusinchi on Monday on regional debt and oil prices, officials said."
doc('u17place6-04',p,'DE LA MADRID TO VISIT VENEZUELA',
 "MEXICO CITY, March 13 - Mexican President Miguel de la Madrid arrives in Caracas on Sunday for a two-day state visit. "+ev+"\n\n"
 "Mexico and Venezuela supply oil on soft terms to Central America. REUTER",
 [M('De la Madrid-Lusinchi talks',['lusinchi','de la madrid'],wd(p,'monday',1),'day','Caracas',['Miguel de la Madrid','Jaime Lusinchi'],'upcoming',ev)])

# 5 shareholders meet in another town than the dateline
p='1987-04-09'
ev="Nestle shareholders will meet in Lausanne on May 21 to approve a capital increase, the company said."
doc('u17place6-05',p,'NESTLE PLANS CAPITAL INCREASE',
 "VEVEY, Switzerland, April 9 - "+ev+"\n\n"
 "Nestle said 1986 net profit rose 7.5 pct to 1.79 billion francs. REUTER",
 [M('Nestle shareholders meeting',['nestle','shareholders'],'1987-05-21','day','Lausanne',['Nestle'],'upcoming',ev)])

# 6 a company's board at home: no place
p='1987-10-27'
ev="Ciba-Geigy's board will meet next week to review the group's share buyback plans after the stock market fall, a company spokesman said."
doc('u17place6-06',p,'CIBA-GEIGY BOARD TO REVIEW BUYBACK',
 "BASLE, Oct 27 - "+ev+"\n\n"
 "Ciba-Geigy bearer shares fell 500 francs to 2,900 yesterday. REUTER",
 [M('Ciba-Geigy board meeting',['ciba-geigy','board'],monday(p,1),'week',None,['Ciba-Geigy'],'upcoming',ev)])

# 7 talks at an embassy
p='1987-08-18'
ev="Afghan and Pakistani officials held talks at the Soviet embassy yesterday on the return of refugees, diplomats said."
doc('u17place6-07',p,'AFGHAN, PAKISTANI OFFICIALS MEET',
 "ISLAMABAD, Aug 18 - "+ev+"\n\n"
 "About three million Afghan refugees live in Pakistan. REUTER",
 [M('Afghan-Pakistani talks',['afghan and pakistani officials','soviet embassy'],add(p,-1),'day','Soviet embassy, Islamabad',['Afghanistan','Pakistan'],'past',ev)])

# 8 Indian wire: a meeting in another state's capital
p='2025-11-20'
ev="Union Home Minister Amit Shah will chair a meeting of the North Eastern Council in Shillong on Saturday to review security in the region, officials said on Thursday."
doc('u17place6-08',p,'Shah to chair NEC meeting in Shillong',
 "Guwahati, Nov 20 (IANS) "+ev+"\n\n"
 "Chief ministers of all eight north-eastern states are expected to attend.",
 [M('North Eastern Council meeting',['north eastern council'],wd(p,'saturday',1),'day','Shillong',['Amit Shah','North Eastern Council'],'upcoming',ev)])

# 9 G-7 ministers with no venue stated, reported from Washington
p='1987-09-08'
ev="Finance ministers of the Group of Seven will meet later this month to review currency cooperation, a Treasury official said."
doc('u17place6-09',p,'G-7 TO MEET LATER THIS MONTH',
 "WASHINGTON, Sept 8 - "+ev+"\n\n"
 "The dollar has been stable since the Louvre accord in February. REUTER",
 [M('Group of Seven finance ministers meeting',['group of seven'],'1987-09','month',None,['Group of Seven'],'upcoming',ev)])

# 10 a Senate committee hearing at home
p='1987-10-23'
ev="The Senate Banking Committee holds a hearing on Tuesday on the causes of Monday's stock market crash, committee aides said."
doc('u17place6-10',p,'SENATE PANEL TO HOLD HEARING ON CRASH',
 "WASHINGTON, Oct 23 - "+ev+"\n\n"
 "Treasury Secretary James Baker and SEC Chairman David Ruder have been asked to testify. REUTER",
 [M('Senate Banking Committee hearing',['senate banking committee','hearing'],wd(p,'tuesday',1),'day','Washington',['Senate Banking Committee'],'upcoming',ev)])

# 11 "in the capital" in a non-Indian story
p='1987-08-31'
ev="Opposition leaders will meet in the capital on Friday to decide whether to join a general strike, party officials said."
doc('u17place6-11',p,'PHILIPPINE OPPOSITION TO MEET',
 "MANILA, Aug 31 - "+ev+"\n\n"
 "The government put down an army revolt on Friday. REUTER",
 [M('Opposition leaders meeting',['opposition leaders'],wd(p,'friday',1),'day','Manila',[],'upcoming',ev)])

# 12 "They" after a place in the sentence before
p='1987-01-20'
ev1="Foreign ministers of the Contadora group gathered in Panama City today to review their Central American peace plan."
ev2="They will meet ministers from the five Central American countries tomorrow, officials said."
doc('u17place6-12',p,'CONTADORA MINISTERS GATHER IN PANAMA',
 "MEXICO CITY, Jan 20 - "+ev1+" "+ev2+"\n\n"
 "Nicaragua has rejected parts of the plan. REUTER",
 [M('Contadora foreign ministers meeting',['contadora'],p,'day','Panama City',['Contadora group'],'ongoing',ev1),
  M('Contadora-Central American ministers meeting',['central american countries'],add(p,1),'day','Panama City',['Contadora group'],'upcoming',ev2)])

# 13 a party conference at a resort
p='1987-09-22'
ev="The Labour Party's annual conference opens in Brighton on Sunday with the party's policy review at the top of the agenda."
doc('u17place6-13',p,'LABOUR CONFERENCE OPENS SUNDAY',
 "LONDON, Sept 22 - "+ev+"\n\n"
 "Party leader Neil Kinnock will address the conference on Tuesday. REUTER",
 [M('Labour Party annual conference',['labour party','annual conference'],wd(p,'sunday',1),'day','Brighton',['Labour Party'],'upcoming',ev)])

# 14 hosting a visitor: "visiting"
p='1987-11-09'
ev="Chinese Premier Zhao Ziyang will hold talks with visiting Thai Prime Minister Prem Tinsulanonda on Tuesday, the New China News Agency said."
doc('u17place6-14',p,'ZHAO TO MEET PREM',
 "PEKING, Nov 9 - "+ev+"\n\n"
 "Thailand is China's largest trading partner in South East Asia. REUTER",
 [M('Zhao-Prem talks',['zhao','prem'],wd(p,'tuesday',1),'day','Peking',['Zhao Ziyang','Prem Tinsulanonda'],'upcoming',ev)])

# 15 a company's annual meeting, the place in the next sentence
p='1987-03-25'
ev="Tenneco Inc will hold its annual meeting on May 12, the company said."
doc('u17place6-15',p,'TENNECO SETS ANNUAL MEETING',
 "NEW YORK, March 25 - "+ev+" The meeting will be held at the company's headquarters in Houston.\n\n"
 "Tenneco shares rose 3/4 to 47-1/2. REUTER",
 [M('Tenneco annual meeting',['tenneco','annual meeting'],'1987-05-12','day','Houston',['Tenneco'],'upcoming',ev)])

# 16 two sides' talks resume, no venue, from one side's capital; the last round's city
p='1987-02-02'
ev="Soviet and Chinese deputy foreign ministers will resume talks on normalising relations next week, the Foreign Ministry said."
doc('u17place6-16',p,'SOVIET, CHINESE TALKS TO RESUME',
 "MOSCOW, Feb 2 - "+ev+"\n\n"
 "The last round was held in Peking in October. REUTER",
 [M('Sino-Soviet normalisation talks',['soviet and chinese deputy foreign ministers','normalising relations'],monday(p,1),'week',None,['Soviet Union','China'],'upcoming',ev),
  M('Sino-Soviet talks, previous round',['last round'],'1986-10','month','Peking',['Soviet Union','China'],'past',"The last round was held in Peking in October.")])

write()
