from stories import *

# Issue 17, session 6: a fifth fresh set for detection, merging, dates and
# status (15 stories, three with no meeting), written after the unseen17wx
# changes had landed and measured once before any change made with it in
# view (the figure is in dev_test.go).

# 1 modern: a bilateral meeting "on the sidelines" of a summit; both
p='2025-11-23'
ev1="Prime Minister Narendra Modi held a bilateral meeting with Japanese Prime Minister Sanae Takaichi on the sidelines of the G20 Summit in Johannesburg on Sunday."
ev2="The two-day G20 Summit, which opened on Saturday, ends today."
doc('u17wy-01',p,'Modi meets Takaichi on G20 sidelines',
 "Johannesburg, Nov 23 (IANS) "+ev1+"\n\n"
 +ev2+" Modi also met Canadian Prime Minister Mark Carney on Saturday.",
 [M('Modi-Takaichi bilateral meeting',['takaichi','bilateral'],p,'day','Johannesburg',['Narendra Modi','Sanae Takaichi'],'past',ev1),
  M('G20 Summit',['g20 summit'],wd(p,'saturday',-1),'day','Johannesburg',['G20'],'ongoing',ev2,end=p),
  M('Modi-Carney meeting',['carney'],wd(p,'saturday',-1),'day','Johannesburg',['Narendra Modi','Mark Carney'],'past',"Modi also met Canadian Prime Minister Mark Carney on Saturday.")])

# 2 modern: a meeting "scheduled for next week" and "the last meeting" in August
p='2025-10-08'
ev="The Monetary Policy Committee of the Reserve Bank of India will meet from December 3 to 5, the central bank said on Wednesday."
doc('u17wy-02',p,'RBI sets December MPC dates',
 "Mumbai, Oct 8 (IANS) "+ev+"\n\n"
 "At its last meeting, held from September 29 to October 1, the committee kept the repo rate unchanged at 5.5 per cent.",
 [M('RBI MPC meeting (December)',['monetary policy committee','december'],'2025-12-03','day','Mumbai',['Reserve Bank of India'],'upcoming',ev,end='2025-12-05'),
  M('RBI MPC meeting (September)',['last meeting'],'2025-09-29','day','Mumbai',['Reserve Bank of India'],'past',"At its last meeting, held from September 29 to October 1, the committee kept the repo rate unchanged at 5.5 per cent.",end='2025-10-01')])

# 3 1987: a conference that "opens tomorrow", preparatory talks today
p='1987-04-06'
ev1="The United Nations Conference on Trade and Development opens in Geneva tomorrow, with debt and commodity prices at the top of the agenda."
ev2="Officials of the Group of 77 developing countries held preparatory talks today."
doc('u17wy-03',p,'UNCTAD CONFERENCE OPENS TOMORROW',
 "GENEVA, April 6 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('UNCTAD conference',['unctad','conference on trade and development'],add(p,1),'day','Geneva',['United Nations Conference on Trade and Development'],'upcoming',ev1),
  M('Group of 77 preparatory talks',['group of 77','preparatory'],p,'day','Geneva',['Group of 77'],'past',ev2)])

# 4 1987: "the meeting" later carries the place
p='1987-10-05'
ev="Finance ministers of the Commonwealth will meet on Thursday to discuss African debt, a Commonwealth spokesman said."
doc('u17wy-04',p,'COMMONWEALTH MINISTERS TO MEET',
 "LONDON, Oct 5 - "+ev+"\n\n"
 "The meeting, in Vancouver, comes a week before the Commonwealth heads of government conference there. REUTER",
 [M('Commonwealth finance ministers meeting',['commonwealth','finance ministers'],wd(p,'thursday',1),'day','Vancouver',['Commonwealth'],'upcoming',ev),
  M('Commonwealth heads of government conference',['heads of government'],monday(add(p,10),0),'week','Vancouver',['Commonwealth'],'upcoming',"The meeting, in Vancouver, comes a week before the Commonwealth heads of government conference there.")|{'optional':True}])

# 5 1987: a date of another event in a "when" clause
p='1987-02-19'
ev="Brazil's creditor banks will meet in New York on Monday, four days after Brazil suspended interest payments, bankers said."
doc('u17wy-05',p,'BANKS TO MEET ON BRAZIL',
 "NEW YORK, Feb 19 - "+ev+"\n\n"
 "Citicorp chairman John Reed will chair the meeting. REUTER",
 [M('Brazil creditor banks meeting',['creditor banks'],wd(p,'monday',1),'day','New York',['Citicorp','John Reed'],'upcoming',ev)])

# 6 1987: talks adjourned until next month
p='1987-07-30'
ev="Talks between Chile and its creditor banks were adjourned today until August 17, a Chilean official said."
doc('u17wy-06',p,'CHILE DEBT TALKS ADJOURNED',
 "SANTIAGO, July 30 - "+ev+"\n\n"
 "The two sides remain apart on interest margins. REUTER",
 [M('Chile bank debt talks (resumed)',['chile','creditor banks'],'1987-08-17','day',None,['Chile'],'upcoming',ev)])

# 7 1987: "at a meeting last week" and "next week's meeting" of another body
p='1987-03-16'
ev1="Sugar exporters agreed at a meeting in London last week to seek a new international agreement, trade sources said."
ev2="The International Sugar Organisation council will consider the proposal at its meeting next week."
doc('u17wy-07',p,'SUGAR EXPORTERS SEEK NEW PACT',
 "LONDON, March 16 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('Sugar exporters meeting',['sugar exporters'],monday(p,-1),'week','London',[],'past',ev1),
  M('ISO council meeting',['international sugar organisation','council'],monday(p,1),'week','London',['International Sugar Organisation'],'upcoming',ev2)])

# 8 modern: "is holding talks" today: ongoing
p='2025-04-15'
ev="A delegation of US trade officials is holding talks with Commerce Ministry officials in New Delhi today on the proposed bilateral trade agreement."
doc('u17wy-08',p,'US trade delegation in Delhi for talks',
 "New Delhi, April 15 (IANS) "+ev+"\n\n"
 "The talks will continue on Wednesday, officials said.",
 [M('India-US trade talks',['trade officials','bilateral trade agreement'],p,'day','New Delhi',['US','Commerce Ministry'],'ongoing',ev,end=add(p,1))])

# 9 1987: a meeting postponed with no new date: none; another set for a day
p='1987-06-02'
ev="EC environment ministers will meet in Luxembourg on June 19, an EC spokesman said."
doc('u17wy-09',p,'EC TRANSPORT MEETING POSTPONED',
 "BRUSSELS, June 2 - A meeting of EC transport ministers due on Thursday has been postponed indefinitely. "+ev+" REUTER",
 [M('EC environment ministers meeting',['environment ministers'],'1987-06-19','day','Luxembourg',['EC'],'upcoming',ev)])

# 10 1987: "met for the second day" today
p='1987-09-23'
ev="Soviet Foreign Minister Eduard Shevardnadze and Secretary of State George Shultz met for a second day today in Washington."
doc('u17wy-10',p,'SHULTZ, SHEVARDNADZE MEET AGAIN',
 "WASHINGTON, Sept 23 - "+ev+"\n\n"
 "Their talks began yesterday and are due to end on Friday. REUTER",
 [M('Shultz-Shevardnadze talks',['shevardnadze','shultz'],add(p,-1),'day','Washington',['Eduard Shevardnadze','George Shultz'],'ongoing',ev,end=wd(p,'friday',1))])

# 11 modern: a meeting in a quoted plan "next month"; a past year's summit
p='2025-05-21'
ev="Prime Minister Narendra Modi will travel to Canada next month to attend the G7 Summit in Kananaskis, the Ministry of External Affairs said."
doc('u17wy-11',p,'Modi to attend G7 summit in Canada',
 "New Delhi, May 21 (IANS) "+ev+"\n\n"
 "India has been invited to every G7 summit since 2019.",
 [M('G7 Summit',['g7 summit'],'2025-06','month','Kananaskis',['Narendra Modi','G7'],'upcoming',ev)])

# 12 1987: the board "meets" in a tense-less headline-style sentence
p='1987-04-14'
ev="The board of Texaco Inc meets on Thursday to consider whether to seek bankruptcy protection, a company spokesman said."
doc('u17wy-12',p,'TEXACO BOARD TO MEET',
 "WHITE PLAINS, N.Y., April 14 - "+ev+"\n\n"
 "The Supreme Court refused yesterday to stay a 10.3 billion dlr judgment in favour of Pennzoil Co. REUTER",
 [M('Texaco board meeting',['texaco','board'],wd(p,'thursday',1),'day',None,['Texaco Inc'],'upcoming',ev)])

# 13 no meeting: strike, rally, a court date
p='1987-05-06'
doc('u17wy-13',p,'DOCK STRIKE CONTINUES',
 "ROTTERDAM, May 6 - Dock workers held a rally today and will strike again on Monday, a union spokesman said.\n\n"
 "A court will hear the employers' case on May 20. REUTER",
 [])

# 14 no meeting: product launch and a deadline
p='2025-09-02'
doc('u17wy-14',p,'Company to launch EV next month',
 "Chennai, Sep 2 (IANS) The company will launch its first electric scooter on October 10, and dealers must submit orders within a week, it said on Tuesday.",
 [])

# 15 no meeting: "meeting" as a verb of goals and a gathering with no time
p='1987-08-26'
doc('u17wy-15',p,'GM MEETING SALES GOALS',
 "DETROIT, Aug 26 - General Motors Corp is meeting its sales goals this month, a spokesman said.\n\n"
 "Dealers gather regularly to review incentives. REUTER",
 [])

write()
