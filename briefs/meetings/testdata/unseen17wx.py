from stories import *

# Issue 17, session 6: a fourth fresh set for detection, merging, dates and
# status (16 stories, three with no meeting), written after the unseen17wu
# changes had landed and measured once before any change made with it in
# view (the figure is in dev_test.go).

# 1 talks began yesterday; "today's talks" is the same, under way
p='1987-02-10'
ev="Trade talks between Canada and the United States, which began in Washington yesterday, will end on Wednesday, officials said."
doc('u17wx-01',p,'CANADA, U.S. TRADE TALKS IN WASHINGTON',
 "OTTAWA, Feb 10 - "+ev+"\n\n"
 "Today's talks were devoted to financial services, a Canadian official said. REUTER",
 [M('Canada-U.S. trade talks',['trade talks','canada'],add(p,-1),'day','Washington',['Canada','United States'],'ongoing',ev,end=wd(p,'wednesday',1))])

# 2 "met in Geneva on May 14" and "last month's meeting" later: one meeting
p='1987-06-22'
ev="Cocoa producers and consumers met in Geneva on May 14 but failed to agree on buffer stock rules, delegates said."
doc('u17wx-02',p,'COCOA TALKS TO RESUME',
 "LONDON, June 22 - "+ev+"\n\n"
 "Since last month's meeting, prices have fallen to a four-year low. REUTER",
 [M('International cocoa meeting',['cocoa','geneva'],'1987-05-14','day','Geneva',[],'past',ev)])

# 3 two meetings of one committee: Tuesday's and the next on May 19 (first
# annotated in Washington from what the annotator knew; the text and the New
# York dateline do not say where, so no place)
p='1987-03-27'
ev1="The Federal Reserve's policy-making Open Market Committee met on Tuesday and left its policy unchanged, analysts said."
ev2="The committee's next meeting is set for May 19."
doc('u17wx-03',p,'FED POLICY SEEN UNCHANGED',
 "NEW YORK, March 27 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('FOMC meeting (Tuesday)',['open market committee'],wd(p,'tuesday',-1),'day',None,['Federal Reserve'],'past',ev1),
  M('FOMC meeting (May 19)',['next meeting','may 19'],'1987-05-19','day',None,['Federal Reserve'],'upcoming',ev2)])

# 4 "since June" belongs to the boycott; Monday's session is the meeting
p='1987-09-04'
ev="Iraq, which has boycotted the council's sessions since June, will attend Monday's session of the OPEC council in Vienna, an Iraqi official said."
doc('u17wx-04',p,'IRAQ TO ATTEND OPEC COUNCIL',
 "BAGHDAD, Sept 4 - "+ev+"\n\n"
 "Iraq wants a quota equal to Iran's. REUTER",
 [M('OPEC council session',['council','session'],wd(p,'monday',1),'day','Vienna',['OPEC','Iraq'],'upcoming',ev)])

# 5 "after Friday's summit", written on a Monday
p='1987-06-15'
ev="West German Chancellor Helmut Kohl said after Friday's summit with French President Francois Mitterrand that the two countries would set up a joint brigade."
doc('u17wx-05',p,'KOHL SAYS JOINT BRIGADE AGREED',
 "BONN, June 15 - "+ev+"\n\n"
 "The brigade would be based in southern Germany from next year. REUTER",
 [M('Kohl-Mitterrand summit',['summit','kohl','mitterrand'],wd(p,'friday',-1),'day',None,['Helmut Kohl','Francois Mitterrand'],'past',ev)])

# 6 a state visit that began today, with talks
p='1987-05-18'
ev="Indonesian President Suharto began a three-day state visit to Malaysia today and held talks with Prime Minister Mahathir Mohamad."
doc('u17wx-06',p,'SUHARTO IN MALAYSIA',
 "KUALA LUMPUR, May 18 - "+ev+"\n\n"
 "The two leaders discussed the Cambodian conflict and tin prices, officials said. REUTER",
 [M('Suharto state visit to Malaysia',['state visit','suharto','mahathir'],p,'day','Malaysia',['Suharto','Mahathir Mohamad'],'ongoing',ev,end=add(p,2))])

# 7 will discuss with a minister "when he visits in May"
p='1987-04-03'
ev="Australian Prime Minister Bob Hawke will discuss beef exports with Japanese Agriculture Minister Mutsuki Kato when Kato visits Canberra in May, officials said."
doc('u17wx-07',p,'HAWKE TO RAISE BEEF WITH KATO',
 "CANBERRA, April 3 - "+ev+"\n\n"
 "Japan limits beef imports under a quota that expires in March 1988. REUTER",
 [M('Hawke-Kato talks',['hawke','kato'],'1987-05','month','Canberra',['Bob Hawke','Mutsuki Kato'],'upcoming',ev)])

# 8 "met late on Sunday"
p='1987-11-02'
ev="Leaders of Spain's ruling Socialist party met late on Sunday to choose a candidate for mayor of Madrid, party officials said."
doc('u17wx-08',p,'SPANISH SOCIALISTS PICK CANDIDATE',
 "MADRID, Nov 2 - "+ev+"\n\n"
 "Municipal elections are due in June. REUTER",
 [M('Spanish Socialist party leaders meeting',['socialist party','leaders'],wd(p,'sunday',-1),'day','Madrid',['Socialist party'],'past',ev)])

# 9 "is meeting today": ongoing
p='1987-10-21'
ev="The Bank of Japan's policy board is meeting today to review the official discount rate, central bank sources said."
doc('u17wx-09',p,'BANK OF JAPAN BOARD MEETS',
 "TOKYO, Oct 21 - "+ev+"\n\n"
 "Stock prices rebounded sharply after Monday's crash. REUTER",
 [M('Bank of Japan policy board meeting',['policy board','bank of japan'],p,'day','Tokyo',['Bank of Japan'],'ongoing',ev)])

# 10 talks on Monday aimed at an accord "within a week"
p='1987-08-13'
ev="Management and unions at British Telecom will hold talks on Monday aimed at reaching a pay agreement within a week, a union spokesman said."
doc('u17wx-10',p,'BT, UNIONS TO TALK PAY',
 "LONDON, Aug 13 - "+ev+"\n\n"
 "Engineers ended a two-week strike in February. REUTER",
 [M('British Telecom pay talks',['british telecom','talks'],wd(p,'monday',1),'day',None,['British Telecom'],'upcoming',ev)])

# 11 "have met twice so far this week": ongoing, the week
p='1987-07-09'
ev="Negotiators from the European Community and the Mediterranean countries have met twice so far this week in Brussels to discuss farm imports."
doc('u17wx-11',p,'EC, MEDITERRANEAN TALKS',
 "BRUSSELS, July 9 - "+ev+"\n\n"
 "Spain and Portugal's entry into the Community has hit exports of citrus fruit from Morocco and Israel. REUTER",
 [M('EC-Mediterranean farm talks',['mediterranean','negotiators'],monday(p,0),'week','Brussels',['European Community'],'ongoing',ev)])

# 12 a quoted "we will meet again next month"
p='1987-12-03'
ev="\"We will meet again next month to decide on the new prices,\" said Ali Khalifa al-Sabah, Kuwait's oil minister, after the OPEC conference ended."
doc('u17wx-12',p,'OPEC TO MEET AGAIN',
 "VIENNA, Dec 3 - The OPEC conference ended today without an agreement on prices. "+ev+" REUTER",
 [M('OPEC conference',['opec conference'],p,'day','Vienna',['OPEC'],'past',"The OPEC conference ended today without an agreement on prices.")|{'optional':True},
  M('OPEC meeting next month',['meet again','next month'],'1988-01','month',None,['OPEC','Ali Khalifa al-Sabah'],'upcoming',ev)])

# 13 modern: "held a meeting ... on Tuesday"; "In the meeting" later
p='2025-08-20'
ev="Defence Minister Rajnath Singh held a meeting with the three service chiefs in New Delhi on Tuesday to review operational preparedness."
doc('u17wx-13',p,'Rajnath Singh reviews preparedness with service chiefs',
 "New Delhi, Aug 20 (IANS) "+ev+"\n\n"
 "In the meeting, the chiefs briefed the minister on the situation along the borders, officials said on Wednesday.",
 [M('Rajnath Singh meeting with service chiefs',['service chiefs','rajnath singh'],wd(p,'tuesday',-1),'day','New Delhi',['Rajnath Singh'],'past',ev)])

# 14 no meeting: deadline met, a meeting point
p='1987-05-27'
doc('u17wx-14',p,'CHRYSLER MEETS DEADLINE',
 "DETROIT, May 27 - Chrysler Corp said it met the deadline for filing its plan with the regulators on Tuesday.\n\n"
 "The Jeep plant in Toledo, Ohio, has been a meeting point for protesters since March. REUTER",
 [])

# 15 no meeting: "could meet" with no time, a past habit
p='1987-01-19'
doc('u17wx-15',p,'NO DATE FOR ARAB SUMMIT',
 "CAIRO, Jan 19 - Arab leaders could meet later to discuss the Gulf war, but no date has been set, an Arab League official said.\n\n"
 "The leaders used to meet every year until 1982. REUTER",
 [])

# 16 no meeting: an election and a sports final
p='1987-03-02'
doc('u17wx-16',p,'FINNS VOTE',
 "HELSINKI, March 2 - Finns voted in a general election on Sunday, with the conservatives gaining 10 seats.\n\n"
 "In ice hockey, Finland meets Sweden in the final on Saturday. REUTER",
 [])

write()
