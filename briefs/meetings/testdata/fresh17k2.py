from stories import *

# Issue 17, helper 17e: a second fresh set for the same classes as
# fresh17k.py (missed meetings, dates from the wrong clause, double entries,
# status), in new wordings, written after the fresh17k rules landed
# (3c72b7e) and measured once on that main before any change made with it
# in view: a check that those rules generalise. The figure is in
# fresh17k_test.go.

# 1 "is due to appear before" a committee with "and" in its name
p='2025-09-24'
ev="Treasury Secretary Scott Bessent is due to appear before the House Ways and Means Committee on Thursday to defend the tariff plan."
doc('f17k2-01',p,'BESSENT TO TESTIFY',
 "WASHINGTON, Sept 24 (Reuters) - "+ev+"\n\n"
 "Democrats have requested documents on the plan. REUTER",
 [M('House Ways and Means Committee hearing',['ways and means committee'],wd(p,'thursday',1),'day','Washington',['House Ways and Means Committee','Scott Bessent'],'upcoming',ev)])

# 2 "will be grilled by members of" a committee
p='2025-10-08'
ev="Post Office chief executive Nick Read will be grilled by members of the Business and Trade Committee on Tuesday over the compensation scheme."
doc('f17k2-02',p,'POST OFFICE HEARING',
 "LONDON, Oct 8 (Reuters) - "+ev+"\n\n"
 "Hundreds of claims remain unpaid. REUTER",
 [M('Business and Trade Committee hearing',['business and trade committee'],wd(p,'tuesday',1),'day','London',['Business and Trade Committee','Nick Read'],'upcoming',ev)])

# 3 "a meeting of X in Y on Z" inside a longer clause
p='2025-07-01'
ev="Diplomats said the dispute is likely to come up at a meeting of ASEAN foreign ministers in Kuala Lumpur on July 8, where the bloc will also discuss Myanmar."
doc('f17k2-03',p,'ASEAN DISPUTE',
 "JAKARTA, July 1 (Reuters) - "+ev+"\n\n"
 "Thailand and Cambodia have traded accusations for weeks. REUTER",
 [M('ASEAN foreign ministers meeting',['asean foreign ministers'],'2025-07-08','day','Kuala Lumpur',['ASEAN'],'upcoming',ev)])

# 4 a session "which began on Monday and runs until Thursday"
p='2025-10-08'
ev="The session, which began on Monday and runs until Thursday, is the last before the parliament breaks for the election."
doc('f17k2-04',p,'PARLIAMENT SESSION',
 "CANBERRA, Oct 8 (Reuters) - Australia's Senate debated the housing bill on Wednesday. "
 +ev+"\n\n"
 "The government lacks a majority in the upper house. REUTER",
 [M('Senate session',['session'],wd(p,'monday',-1),'day','Canberra',['Senate'],'ongoing',ev,end=wd(p,'thursday',1))])

# 5 "held talks by video link on Tuesday"
p='2026-03-05'
ev="The leaders of France and Germany held talks by video link on Tuesday on the defence fund, a French official said."
doc('f17k2-05',p,'FRANCO-GERMAN TALKS',
 "PARIS, March 5 (Reuters) - "+ev+"\n\n"
 "No agreement was announced. REUTER",
 [M('Franco-German video talks',['video link'],wd(p,'tuesday',-1),'day',None,['France','Germany'],'past',ev)])

# 6 "on the margins of" a summit: two gatherings
p='2025-10-08'
ev="South Korean President Lee Jae-myung will meet Chinese President Xi Jinping on the margins of the APEC summit in Gyeongju later this month, his office said."
doc('f17k2-06',p,'LEE XI MEETING',
 "SEOUL, Oct 8 (Reuters) - "+ev+"\n\n"
 "It would be their first meeting. REUTER",
 [M('Lee-Xi meeting',['lee jae-myung','xi jinping'],'2025-10','month','Gyeongju',['Lee Jae-myung','Xi Jinping'],'upcoming',ev),
  M('APEC summit',['apec summit'],'2025-10','month','Gyeongju',['APEC'],'upcoming',ev)])

# 7 "The previous round, which took place in Doha in March"
p='2025-05-06'
ev2="Israeli and Hamas negotiators will resume indirect talks in Cairo on Thursday, Egyptian sources said."
ev="The previous round, which took place in Doha in March, collapsed over the length of a truce."
doc('f17k2-07',p,'GAZA TALKS',
 "CAIRO, May 6 (Reuters) - "+ev2+" "+ev+"\n\n"
 "Mediators have proposed a 45-day ceasefire. REUTER",
 [M('Israel-Hamas talks in Cairo',['cairo','indirect talks'],wd(p,'thursday',1),'day','Cairo',['Israel','Hamas'],'upcoming',ev2),
  M('Israel-Hamas talks in Doha',['previous round','doha'],'2025-03','month','Doha',['Israel','Hamas'],'past',ev)])

# 8 "will make a state visit to" in a month
p='2026-03-05'
ev="King Charles will make a state visit to Canada in May, where he will open parliament and hold talks with Prime Minister Mark Carney."
doc('f17k2-08',p,'ROYAL VISIT',
 "LONDON, March 5 (Reuters) - "+ev+"\n\n"
 "It will be his second visit as monarch. REUTER",
 [M('King Charles state visit to Canada',['state visit'],'2026-05','month','Canada',['King Charles','Mark Carney'],'upcoming',ev)])

# 9 singular "negotiation session ... is scheduled for"
p='1987-06-10'
ev="A fresh negotiation session with the pilots' union is scheduled for Thursday, the airline said."
doc('f17k2-09',p,'AIRLINE TALKS',
 "SYDNEY, June 10 - Ansett Airlines said it had rejected the union's latest pay claim. "
 +ev+"\n\n"
 "Pilots have threatened to strike. REUTER",
 [M('Ansett pilots negotiation session',['negotiation session'],wd(p,'thursday',1),'day',None,['Ansett Airlines'],'upcoming',ev)])

# 10 "will discuss X with Y at the White House on Oct 20"
p='2025-10-08'
ev="Prime Minister Anthony Albanese will discuss critical minerals with President Donald Trump at the White House on Oct. 20, his office said."
doc('f17k2-10',p,'ALBANESE TRUMP',
 "CANBERRA, Oct 8 (Reuters) - "+ev+"\n\n"
 "Australia hopes to secure a tariff exemption. REUTER",
 [M('Albanese-Trump talks',['albanese','trump'],'2025-10-20','day','White House',['Anthony Albanese','Donald Trump'],'upcoming',ev)])

# 11 "at its weekly session on Wednesday"
p='2026-02-09'
ev="The cabinet will take up the draft at its weekly session on Wednesday, the government spokeswoman said."
doc('f17k2-11',p,'CABINET DRAFT',
 "WARSAW, Feb 9 (Reuters) - "+ev+"\n\n"
 "The draft would cut the deficit to 6% of GDP. REUTER",
 [M('Polish cabinet session',['cabinet','weekly session'],wd(p,'wednesday',1),'day','Warsaw',['cabinet'],'upcoming',ev)])

# 12 "met late on Sunday"
p='2026-02-09'
ev="The two leaders met late on Sunday in Doha and agreed to set up a joint commission, the Qatari foreign ministry said."
doc('f17k2-12',p,'DOHA MEETING',
 "DOHA, Feb 9 (Reuters) - Rwandan President Paul Kagame and Congolese President Felix Tshisekedi have agreed to meet again next month. "
 +ev+"\n\n"
 "Fighting continued in eastern Congo. REUTER",
 [M('Kagame-Tshisekedi meeting in Doha',['two leaders met','doha'],wd(p,'sunday',-1),'day','Doha',['Paul Kagame','Felix Tshisekedi'],'past',ev),
  M('Kagame-Tshisekedi next meeting',['meet again'],'2026-03','month',None,['Paul Kagame','Felix Tshisekedi'],'upcoming',"Rwandan President Paul Kagame and Congolese President Felix Tshisekedi have agreed to meet again next month.")])

# 13 "cut rates on Wednesday after its committee met on Tuesday"
p='2026-03-05'
ev="The central bank cut its key rate by 25 basis points on Wednesday after its monetary policy committee met on Tuesday."
doc('f17k2-13',p,'RATE CUT',
 "WELLINGTON, March 5 (Reuters) - "+ev+"\n\n"
 "The next decision is due in April. REUTER",
 [M('monetary policy committee meeting',['monetary policy committee'],wd(p,'tuesday',-1),'day','Wellington',['monetary policy committee'],'past',ev)])

# 14 a past weekday in "told reporters after talks ... on Sunday"
p='2025-05-13'
ev="Bessent told reporters after talks with Chinese officials in Geneva on Sunday that substantial progress had been made."
doc('f17k2-14',p,'US CHINA TALKS',
 "WASHINGTON, May 13 (Reuters) - "+ev+"\n\n"
 "Both sides agreed to cut tariffs for 90 days. REUTER",
 [M('U.S.-China talks in Geneva',['geneva','chinese officials'],wd(p,'sunday',-1),'day','Geneva',['Bessent','China'],'past',ev)])

# 15 "over the weekend": the weekend past
p='2026-02-09'
ev="Finance ministers from the euro zone met in Paris over the weekend to prepare the bank union reform."
doc('f17k2-15',p,'EURO ZONE',
 "BRUSSELS, Feb 9 (Reuters) - "+ev+"\n\n"
 "A deal is expected by June. REUTER",
 [M('euro zone finance ministers meeting',['finance ministers','paris'],'2026-02-07','day','Paris',['euro zone'],'past',ev,end='2026-02-08')])

# 16 a relative clause's year, a "since" clause's month
p='2025-07-01'
ev="Union leaders will meet management on Monday for the first time since the strike began in April."
doc('f17k2-16',p,'STRIKE TALKS',
 "SEOUL, July 1 (Reuters) - The committee, which was set up in 2023, has no power to set wages. "
 +ev+"\n\n"
 "The strike has cut output by a third. REUTER",
 [M('union-management meeting',['union leaders','management'],wd(p,'monday',1),'day',None,[],'upcoming',ev)])

# 17 a deadline in a relative clause
p='2025-10-08'
ev="Creditors will meet on Oct. 14 to vote on the restructuring plan, which must be approved by Oct. 31."
doc('f17k2-17',p,'CREDITORS',
 "HONG KONG, Oct 8 (Reuters) - "+ev+"\n\n"
 "The developer owes $12 billion. REUTER",
 [M('creditors meeting',['creditors'],'2025-10-14','day',None,[],'upcoming',ev)])

# 18 a meeting cancelled: no meeting
p='2025-10-08'
doc('f17k2-18',p,'FORUM CANCELLED',
 "DAVOS, Oct 8 (Reuters) - Organisers cancelled the forum, which had been due to open in Davos on Tuesday, citing security concerns.\n\n"
 "Ticket holders will be refunded. REUTER",
 [])

# 19 a later mention "The Banff meeting" merges; a summit is another
p='2025-05-06'
ev="Finance ministers of the Group of Seven will gather in Banff on May 20-22."
ev2="The Banff meeting will be followed by a leaders' summit in Kananaskis in June."
doc('f17k2-19',p,'G7',
 "OTTAWA, May 6 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Canada holds the G7 presidency this year. REUTER",
 [M('G7 finance ministers meeting',['group of seven','banff'],'2025-05-20','day','Banff',['Group of Seven'],'upcoming',ev,end='2025-05-22'),
  M('G7 leaders summit',['kananaskis','summit'],'2025-06','month','Kananaskis',['G7'],'upcoming',ev2)])

# 20 "Thursday's meeting" merges with the meeting in Vienna on Thursday
p='2025-05-06'
ev="OPEC+ delegates will meet in Vienna on Thursday to review output policy."
doc('f17k2-20',p,'OPEC+',
 "VIENNA, May 6 (Reuters) - "+ev+"\n\n"
 "Thursday's meeting is expected to approve another increase in June. The meeting in Vienna will be the first in person since 2023. REUTER",
 [M('OPEC+ meeting',['opec+'],wd(p,'thursday',1),'day','Vienna',['OPEC+'],'upcoming',ev)])

# 21 two meetings of one kind on two days
p='2025-05-16'
ev1="EU foreign ministers meet in Brussels on Monday."
ev2="EU defence ministers meet on Tuesday to discuss the rearmament fund."
doc('f17k2-21',p,'EU WEEK',
 "BRUSSELS, May 16 (Reuters) - "+ev1+" "+ev2+"\n\n"
 "Sanctions on Russia top the agenda. REUTER",
 [M('EU foreign ministers meeting',['foreign ministers'],wd(p,'monday',1),'day','Brussels',['EU'],'upcoming',ev1),
  M('EU defence ministers meeting',['defence ministers'],wd(p,'tuesday',1),'day','Brussels',['EU'],'upcoming',ev2)])

# 22 a month-long session spanning the reference day
p='2025-09-24'
ev="The Human Rights Council's session began on Sept. 8 and runs until Oct. 8."
doc('f17k2-22',p,'HRC SESSION',
 "GENEVA, Sept 24 (Reuters) - "+ev+"\n\n"
 "A resolution on Sudan is expected next week. REUTER",
 [M('Human Rights Council session',['human rights council'],'2025-09-08','day','Geneva',['Human Rights Council'],'ongoing',ev,end='2025-10-08')])

# 23 "is meeting today and tomorrow"
p='2025-09-16'
ev="The Federal Reserve's policy committee is meeting today and tomorrow and is expected to cut rates."
doc('f17k2-23',p,'FED MEETING',
 "WASHINGTON, Sept 16 (Reuters) - "+ev+"\n\n"
 "Markets price in a quarter-point cut. REUTER",
 [M('FOMC meeting',['policy committee'],p,'day','Washington',['Federal Reserve'],'ongoing',ev,end=add(p,1))])

# 24 "so far this week"
p='2025-07-03'
ev="Negotiators from the two countries have met three times so far this week in Geneva."
doc('f17k2-24',p,'TRADE TALKS',
 "GENEVA, July 3 (Reuters) - "+ev+"\n\n"
 "A framework deal could be announced on Friday. REUTER",
 [M('trade talks in Geneva',['negotiators','geneva'],monday(p,0),'week','Geneva',[],'ongoing',ev)])

# 25 "met via video link last Thursday"
p='2025-05-06'
ev="BRICS foreign ministers met via video link last Thursday to prepare the leaders' summit."
doc('f17k2-25',p,'BRICS',
 "RIO DE JANEIRO, May 6 (Reuters) - "+ev+"\n\n"
 "Brazil holds the group's rotating chair. REUTER",
 [M('BRICS foreign ministers video meeting',['brics foreign ministers'],'2025-05-01','day',None,['BRICS'],'past',ev)])

# 26 a parliament "resumes its session on Monday after a two-week recess"
p='2026-03-05'
ev="Parliament resumes its session on Monday after a two-week recess, with the budget first on the agenda."
doc('f17k2-26',p,'PARLIAMENT',
 "NAIROBI, March 5 (Reuters) - "+ev+"\n\n"
 "MPs are expected to debate the finance bill. REUTER",
 [M('Kenyan parliament session',['session'],wd(p,'monday',1),'day','Nairobi',['Parliament'],'upcoming',ev)])

# 27 a shareholder meeting moved to a new date
p='2025-05-06'
ev="The annual shareholder meeting, originally set for June 5, has been moved to June 19, the company said."
doc('f17k2-27',p,'AGM MOVED',
 "TOKYO, May 6 (Reuters) - Nissan Motor Co said it would publish its restructuring plan next week. "
 +ev+"\n\n"
 "Investors have criticised the board. REUTER",
 [M('Nissan annual shareholders meeting',['annual shareholder meeting'],'2025-06-19','day',None,['Nissan Motor Co'],'upcoming',ev)])

# 28 no meeting: a trading session, a vote
p='2025-05-06'
doc('f17k2-28',p,'EXCHANGE TEST',
 "MUMBAI, May 6 (Reuters) - The exchange will hold a special trading session on Saturday to test its backup systems. "
 "Lawmakers will vote on the bill on Thursday.\n\n"
 "Volumes are expected to be thin. REUTER",
 [])

# 29 a deadline beside an upcoming meeting; a strike date after it
p='1987-11-23'
ev="The union's executive will meet on Wednesday to decide whether to call a strike from Dec. 1, when the contract expires."
doc('f17k2-29',p,'UNION EXECUTIVE',
 "OTTAWA, Nov 23 - "+ev+"\n\n"
 "The union represents 40,000 postal workers. REUTER",
 [M('union executive meeting',['executive'],wd(p,'wednesday',1),'day',None,[],'upcoming',ev)])

# 30 "talks that opened on Monday ended on Wednesday": past, Mon..Wed
p='1987-11-23'
ev="Three days of talks between Japan and the United States on semiconductors, which opened in Washington last Monday, ended on Wednesday without agreement."
doc('f17k2-30',p,'CHIP TALKS',
 "TOKYO, Nov 23 - "+ev+"\n\n"
 "Washington has threatened new tariffs. REUTER",
 [M('U.S.-Japan semiconductor talks',['semiconductors'],'1987-11-16','day','Washington',['Japan','United States'],'past',ev,end='1987-11-18')])

write()
