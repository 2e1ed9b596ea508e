from stories import *

# Issue 17, session 6: a ninth fresh set for detection, merging, dates and
# status (12 stories, two with no meeting), written after the unseen17wq
# changes had landed and measured once before any change made with it in
# view (the figure is in dev_test.go).

# 1 "held a meeting ... earlier this week"; "at the meeting" later
p='1987-05-08'
ev="Finance ministers of the Andean Pact held a meeting in Quito earlier this week to discuss foreign debt, officials said."
doc('u17wr-01',p,'ANDEAN MINISTERS DISCUSS DEBT',
 "QUITO, May 8 - "+ev+"\n\n"
 "At the meeting, Bolivia asked for support in its talks with creditor banks. REUTER",
 [M('Andean Pact finance ministers meeting',['andean pact'],monday(p,0),'week','Quito',['Andean Pact','Bolivia'],'past',ev)])

# 2 a meeting "the day after" a named day
p='1987-01-14'
ev="Labour leaders will meet Prime Minister Yitzhak Shamir on Sunday, the day after the general strike ends, a Histadrut spokesman said."
doc('u17wr-02',p,'HISTADRUT TO MEET SHAMIR',
 "JERUSALEM, Jan 14 - "+ev+" REUTER",
 [M('Histadrut-Shamir meeting',['shamir','labour leaders'],wd(p,'sunday',1),'day','Jerusalem',['Yitzhak Shamir','Histadrut'],'upcoming',ev)])

# 3 "the two-day talks ending today"
p='1987-09-10'
ev="The two-day talks between Australian and New Zealand trade ministers ending today in Wellington have agreed to speed up free trade."
doc('u17wr-03',p,'ANZ TRADE TALKS END',
 "WELLINGTON, Sept 10 - "+ev+" REUTER",
 [M('Australia-New Zealand trade ministers talks',['trade ministers','talks'],add(p,-1),'day','Wellington',['Australia','New Zealand'],'ongoing',ev,end=p)])

# 4 a conference "next month in Nairobi"; an earlier one "in 1985"
p='1987-02-20'
ev="The UN Environment Programme governing council will meet in Nairobi next month."
doc('u17wr-04',p,'UNEP COUNCIL TO MEET',
 "NAIROBI, Feb 20 - "+ev+"\n\n"
 "It last met in 1985, when it approved a plan to protect the ozone layer. REUTER",
 [M('UNEP governing council meeting',['governing council','environment programme'],'1987-03','month','Nairobi',['UN Environment Programme'],'upcoming',ev)])

# 5 modern: talks "on the sidelines" of a meeting, both on a day
p='2025-10-27'
ev="External Affairs Minister S. Jaishankar met US Secretary of State Marco Rubio on the sidelines of the ASEAN summit in Kuala Lumpur on Monday."
doc('u17wr-05',p,'Jaishankar meets Rubio in Kuala Lumpur',
 "Kuala Lumpur, Oct 27 (IANS) "+ev+"\n\n"
 "The two discussed trade and tariffs.",
 [M('Jaishankar-Rubio meeting',['jaishankar','rubio'],p,'day','Kuala Lumpur',['S. Jaishankar','Marco Rubio'],'past',ev),
  M('ASEAN summit',['asean summit'],p,'day','Kuala Lumpur',['ASEAN'],'ongoing',ev)|{'optional':True}])

# 6 modern: a meeting "to be held next Friday"; "last Friday's" another
p='2025-06-16'
ev="The next meeting of the Consultative Committee will be held next Friday, the ministry said on Monday."
doc('u17wr-06',p,'Consultative Committee to meet again',
 "New Delhi, June 16 (IANS) The Parliamentary Consultative Committee on External Affairs met last Friday to discuss the situation in West Asia.\n\n"+ev,
 [M('Consultative Committee meeting (last Friday)',['consultative committee','west asia'],wd(p,'friday',-1),'day','New Delhi',['Parliamentary Consultative Committee on External Affairs'],'past',"The Parliamentary Consultative Committee on External Affairs met last Friday to discuss the situation in West Asia."),
  M('Consultative Committee meeting (next Friday)',['next meeting'],'2025-06-20','day','New Delhi',['Consultative Committee'],'upcoming',ev)])

# 7 "met on Friday and Saturday"
p='1987-03-02'
ev="Leaders of the six Gulf Arab states met in Riyadh on Friday and Saturday to discuss the Iran-Iraq war."
doc('u17wr-07',p,'GULF LEADERS MEET IN RIYADH',
 "RIYADH, March 2 - "+ev+" REUTER",
 [M('Gulf Arab leaders meeting',['gulf arab states'],wd(p,'friday',-1),'day','Riyadh',[],'past',ev,end=wd(p,'saturday',-1))])

# 8 a vote at a meeting "on June 3"; a record date "May 1"
p='1987-04-15'
ev="Shareholders of Allegheny International Inc will vote on the plan at a special meeting on June 3."
doc('u17wr-08',p,'ALLEGHENY SETS VOTE',
 "PITTSBURGH, April 15 - "+ev+"\n\n"
 "Holders of record on May 1 will be eligible to vote. REUTER",
 [M('Allegheny special meeting',['special meeting','allegheny'],'1987-06-03','day',None,['Allegheny International Inc'],'upcoming',ev)])

# 9 "convened an emergency session" today
p='1987-08-01'
ev="The Arab League convened an emergency session in Tunis today to discuss the clashes in Mecca."
doc('u17wr-09',p,'ARAB LEAGUE EMERGENCY SESSION',
 "TUNIS, Aug 1 - "+ev+" REUTER",
 [M('Arab League emergency session',['arab league','emergency session'],p,'day','Tunis',['Arab League'],'ongoing',ev)])

# 10 modern: a meeting "last week" and its follow-up "within a week"
p='2025-04-28'
ev="Officials of India and Pakistan held talks last week on the Indus Waters Treaty and agreed to meet again within a month."
doc('u17wr-10',p,'India, Pakistan hold Indus talks',
 "New Delhi, April 28 (IANS) "+ev,
 [M('India-Pakistan Indus talks',['indus waters'],monday(p,-1),'week',None,['India','Pakistan'],'past',ev)])

# 11 no meeting: a match and a launch
p='2025-10-05'
doc('u17wr-11',p,'India beat Pakistan',
 "Colombo, Oct 5 (IANS) India beat Pakistan by 88 runs in the women's World Cup match on Sunday. The two sides meet again in the knockout stage next month.",
 [])

# 12 no meeting: a hearing date and an undated meeting
p='1987-06-24'
doc('u17wr-12',p,'COURT SETS HEARING',
 "NEW YORK, June 24 - A federal judge set a hearing for July 7 on Texaco's request. The company's directors meet regularly to review the case. REUTER",
 [])

write()
