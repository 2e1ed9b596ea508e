from stories import *

# Issue 17, session 6 (detection, merging, dates and status): 18 stories
# (three with no meeting) written for the classes before any rule
# was changed with them in view, and measured once on main 0e19964 (the
# figure is in dev_test.go).

# 1 "today's talks" later in the story is the same meeting
p='1987-04-14'
ev="Japanese and U.S. officials began two days of talks on semiconductor trade in Tokyo today, a Foreign Ministry spokesman said."
doc('u17w-01',p,'JAPAN, U.S. OPEN CHIP TALKS',
 "TOKYO, April 14 - "+ev+"\n\n"
 "Washington imposed 100 pct tariffs on some Japanese electronic goods last month, saying Tokyo had broken a 1986 pact.\n\n"
 "Today's talks are led by Deputy Trade Representative Michael Smith and Makoto Kuroda, vice minister of the Ministry of International Trade and Industry. REUTER",
 [M('Japan-U.S. semiconductor talks',['semiconductor','talks'],p,'day','Tokyo',['Japan','U.S.','Michael Smith','Makoto Kuroda'],'ongoing',ev,end=add(p,1))])

# 2 "last month's meeting" later; a different, future meeting of the same body
p='1987-07-02'
ev1="OPEC oil ministers agreed at their meeting in Vienna last month to raise the group's output ceiling to 16.6 mln barrels a day for the second half."
ev2="The ministers will meet again in Vienna on December 9 to review prices."
doc('u17w-02',p,'OPEC OUTPUT RISES AFTER VIENNA ACCORD',
 "LONDON, July 2 - "+ev1+"\n\n"
 "Last month's meeting also kept the reference price at 18 dlrs a barrel, but traders say several members are already producing above quota.\n\n"
 +ev2+" REUTER",
 [M('OPEC ministerial meeting (June)',['opec','vienna'],'1987-06','month','Vienna',['OPEC'],'past',ev1),
  M('OPEC ministerial meeting (December)',['meet again','december'],'1987-12-09','day','Vienna',['OPEC'],'upcoming',ev2)])

# 3 two meetings of one kind in one story, a week apart
p='1987-03-20'
ev1="European Community farm ministers will meet in Brussels on Monday to start work on the 1987/88 farm price package."
ev2="A second meeting of the ministers is planned for March 30 and 31, when they hope to reach agreement, diplomats said."
doc('u17w-03',p,'EC FARM MINISTERS FACE TWO PRICE MEETINGS',
 "BRUSSELS, March 20 - "+ev1+"\n\n"
 "The Commission has proposed a freeze on most support prices and cuts in cereals prices.\n\n"
 +ev2+" REUTER",
 [M('EC farm ministers meeting (Monday)',['farm ministers','farm price'],wd(p,'monday',1),'day','Brussels',['European Community'],'upcoming',ev1),
  M('EC farm ministers meeting (March 30-31)',['second meeting'],'1987-03-30','day','Brussels',['European Community'],'upcoming',ev2,end='1987-03-31')])

# 4 a relative clause's date ("which began in June") is the dispute's, not the talks'
p='1987-09-08'
ev="Union leaders and the management of General Motors of Canada will resume negotiations on Thursday in a dispute which began in June, a union spokesman said."
doc('u17w-04',p,'GM CANADA, UNION TO RESUME TALKS',
 "TORONTO, Sept 8 - "+ev+"\n\n"
 "The Canadian Auto Workers union represents about 40,000 workers at GM plants in Ontario and Quebec. REUTER",
 [M('GM Canada union negotiations',['negotiations','general motors'],wd(p,'thursday',1),'day',None,['General Motors of Canada','Canadian Auto Workers'],'upcoming',ev)])

# 5 "since June" belongs to the negotiators; the final session is next Tuesday
p='1987-10-15'
ev="The negotiators, who have been meeting in Ottawa since June, will hold what is expected to be their final session next Tuesday, officials said."
doc('u17w-05',p,'CANADA, U.S. TRADE TALKS NEAR END',
 "OTTAWA, Oct 15 - Canada and the United States are close to a free trade agreement, Canadian officials said today.\n\n"
 +ev+"\n\n"
 "Chief Canadian negotiator Simon Reisman and U.S. negotiator Peter Murphy have clashed over subsidies. REUTER",
 [M('Canada-U.S. free trade final session',['final session','negotiators'],'1987-10-20','day','Ottawa',['Simon Reisman','Peter Murphy'],'upcoming',ev)])

# 6 record date and a payable date are not the meeting's date
p='1987-02-24'
ev="Tandy Brands Inc said it will hold its annual meeting on April 28."
doc('u17w-06',p,'TANDY BRANDS SETS ANNUAL MEETING',
 "ARLINGTON, Texas, Feb 24 - "+ev+"\n\n"
 "Shareholders of record on March 16 will be entitled to vote at the meeting, the company said. It also declared a quarterly dividend of five cts payable March 31. REUTER",
 [M('Tandy Brands annual meeting',['annual meeting','tandy'],'1987-04-28','day',None,['Tandy Brands Inc'],'upcoming',ev)])

# 7 a deadline "within a week" is not the committee's meeting date
p='1987-05-11'
ev="The House Ways and Means Committee will meet on Wednesday to draft its part of the trade bill, which aides said is to be completed within a week."
doc('u17w-07',p,'HOUSE PANEL TO DRAFT TRADE BILL',
 "WASHINGTON, May 11 - "+ev+"\n\n"
 "Committee chairman Dan Rostenkowski wants to avoid protectionist provisions that would invite a veto. REUTER",
 [M('House Ways and Means Committee meeting',['ways and means'],wd(p,'wednesday',1),'day','Washington',['House Ways and Means Committee'],'upcoming',ev)])

# 8 "after Monday's meeting" on a Thursday looks back
p='1987-06-18'
ev="Finance ministers of the Group of Seven said after Monday's meeting in Paris that they would keep exchange rates stable."
doc('u17w-08',p,'DOLLAR STEADY AFTER G-7 PLEDGE',
 "NEW YORK, June 18 - The dollar held steady in quiet trading today. "+ev+"\n\n"
 "Dealers said the market was waiting for U.S. trade figures due on Friday. REUTER",
 [M('G-7 finance ministers meeting',['group of seven','finance ministers'],wd(p,'monday',-1),'day','Paris',['Group of Seven'],'past',ev)])

# 9 a state visit with talks
p='1987-05-29'
ev="Chinese President Li Xiannian will begin a state visit to Canada on Monday and will hold talks with Prime Minister Brian Mulroney, the Canadian government said."
doc('u17w-09',p,'CHINA PRESIDENT TO VISIT CANADA',
 "OTTAWA, May 29 - "+ev+"\n\n"
 "It is the first visit to Canada by a Chinese head of state. Trade between the two countries reached 1.8 billion dlrs last year. REUTER",
 [M('Li Xiannian state visit to Canada',['state visit','li xiannian'],wd(p,'monday',1),'day','Canada',['Li Xiannian','Brian Mulroney'],'upcoming',ev)])

# 10 singular "negotiation" with creditors
p='1987-03-05'
ev="Brazil will open a new negotiation with its commercial bank creditors in New York on March 12, Finance Minister Dilson Funaro said."
doc('u17w-10',p,'BRAZIL TO OPEN BANK DEBT NEGOTIATION',
 "BRASILIA, March 5 - "+ev+"\n\n"
 "Brazil suspended interest payments on 68 billion dlrs of bank debt on February 20. REUTER",
 [M('Brazil bank creditors negotiation',['negotiation','creditors'],'1987-03-12','day','New York',['Brazil','Dilson Funaro'],'upcoming',ev)])

# 11 "will discuss ... with [minister] next month"
p='1987-08-20'
ev="Japanese Trade Minister Hajime Tamura will discuss the semiconductor dispute with U.S. Commerce Secretary Malcolm Baldrige in Washington next month, a ministry official said."
doc('u17w-11',p,'TAMURA TO DISCUSS CHIPS WITH BALDRIGE',
 "TOKYO, Aug 20 - "+ev+"\n\n"
 "Japan wants the United States to lift the tariffs imposed in April. REUTER",
 [M('Tamura-Baldrige talks',['tamura','baldrige'],'1987-09','month','Washington',['Hajime Tamura','Malcolm Baldrige'],'upcoming',ev)])

# 12 "regular session" of a parliament
p='1987-07-21'
ev="The Philippine Congress will open its first regular session on Monday, with President Corazon Aquino due to deliver her state of the nation address."
doc('u17w-12',p,'PHILIPPINE CONGRESS TO OPEN',
 "MANILA, July 21 - "+ev+"\n\n"
 "The Congress, elected in May, replaces the legislature abolished by former President Ferdinand Marcos in 1972. REUTER",
 [M('Philippine Congress regular session',['regular session','congress'],wd(p,'monday',1),'day','Manila',['Philippine Congress'],'upcoming',ev)])

# 13 "met late yesterday"
p='1987-12-11'
ev="The OPEC price committee met late yesterday in Vienna but failed to agree on a recommendation, delegates said."
doc('u17w-13',p,'OPEC PANEL FAILS TO AGREE',
 "VIENNA, Dec 11 - "+ev+"\n\n"
 "The full conference of oil ministers is due to resume on Saturday. REUTER",
 [M('OPEC price committee meeting',['price committee'],add(p,-1),'day','Vienna',['OPEC'],'past',ev),
  M('OPEC conference resumption',['conference','oil ministers'],wd(p,'saturday',1),'day','Vienna',['OPEC'],'upcoming',"The full conference of oil ministers is due to resume on Saturday.")])

# 14 "are meeting this morning" is ongoing
p='1987-01-12'
ev="Central bank governors of the Group of Ten are meeting this morning in Basle at the Bank for International Settlements, bankers said."
doc('u17w-14',p,'G-10 CENTRAL BANKERS MEET IN BASLE',
 "BASLE, Jan 12 - "+ev+"\n\n"
 "The meeting is expected to discuss the fall of the dollar, which hit a record low against the mark last week. REUTER",
 [M('G-10 central bank governors meeting',['group of ten','central bank governors'],p,'day','Basle',['Group of Ten','Bank for International Settlements'],'ongoing',ev)])

# 15 a round launched months ago, still under way
p='1987-02-10'
ev="The Uruguay Round of trade negotiations, launched in Punta del Este last September, is still in its early stages, GATT Director-General Arthur Dunkel said."
doc('u17w-15',p,'DUNKEL SAYS TRADE ROUND SLOW',
 "GENEVA, Feb 10 - "+ev+"\n\n"
 "Negotiating groups on farm trade and services will hold their first meetings later this month, he said. REUTER",
 [M('Uruguay Round negotiations',['uruguay round'],'1986-09','month','Punta del Este',['GATT'],'ongoing',ev),
  M('Uruguay Round negotiating groups meetings',['negotiating groups','first meetings'],'1987-02','month',None,[],'upcoming',"Negotiating groups on farm trade and services will hold their first meetings later this month, he said.")])

# 16 "so far this week"
p='1987-06-11'
ev="The Senate Finance Committee has held three sessions on the trade bill so far this week and will meet again on Friday, aides said."
doc('u17w-16',p,'SENATE PANEL PRESSES ON WITH TRADE BILL',
 "WASHINGTON, June 11 - "+ev+"\n\n"
 "Senator Lloyd Bentsen, the committee chairman, hopes to send the bill to the floor by July. REUTER",
 [M('Senate Finance Committee sessions',['finance committee','sessions'],monday(p,0),'week','Washington',['Senate Finance Committee'],'ongoing',ev)])

# 17 no meeting: targets met, an age, a court hearing date, a vote
p='1987-04-02'
doc('u17w-17',p,'BRITOIL MEETS OUTPUT TARGET',
 "LONDON, April 2 - Britoil Plc said it met its 1986 production target and expects output to rise in 1987.\n\n"
 "Chairman Sir Philip Shelbourne, 62, said the company would not meet shareholders' demands for a higher dividend. Shareholders vote on the board's proposals by post by April 30. REUTER",
 [])

# 18 no meeting: a sports meeting and a market session
p='1987-09-04'
doc('u17w-18',p,'STOCKS RISE IN ACTIVE SESSION',
 "NEW YORK, Sept 4 - Stocks rose in today's session as the dollar firmed. The Dow Jones industrial average gained 12 points.\n\n"
 "In Rome, Ben Johnson will meet Carl Lewis again in the 100 metres at the world championships final on Sunday. REUTER",
 [])

write()
