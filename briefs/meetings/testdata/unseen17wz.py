from stories import *

# Issue 17, session 6: a sixth fresh set for detection, merging, dates and
# status (15 stories, three with no meeting), written after the unseen17wy
# changes had landed and measured once before any change made with it in
# view (the figure is in dev_test.go).

# 1 "the talks in Nairobi" later is the same meeting; another event's date
p='1987-08-11'
ev="Kenyan and Ugandan officials will hold talks in Nairobi on Thursday on the border dispute that flared up last month, the Kenyan Foreign Ministry said."
doc('u17wz-01',p,'KENYA, UGANDA TO TALK',
 "NAIROBI, Aug 11 - "+ev+"\n\n"
 "The talks in Nairobi will be chaired by Foreign Minister Elijah Mwangale. REUTER",
 [M('Kenya-Uganda border talks',['kenyan','ugandan','talks'],wd(p,'thursday',1),'day','Nairobi',['Kenya','Uganda','Elijah Mwangale'],'upcoming',ev)])

# 2 "yesterday's meeting" later, the meeting was "on Monday" (= yesterday)
p='1987-06-30'
ev="OPEC's eight-member price monitoring committee met in Vienna on Monday and recommended no change in the reference price."
doc('u17wz-02',p,'OPEC COMMITTEE BACKS PRICE',
 "VIENNA, June 30 - "+ev+"\n\n"
 "Delegates said yesterday's meeting was brief. The full conference opens on Saturday. REUTER",
 [M('OPEC price monitoring committee meeting',['monitoring committee'],wd(p,'monday',-1),'day','Vienna',['OPEC'],'past',ev),
  M('OPEC conference',['full conference'],wd(p,'saturday',1),'day','Vienna',['OPEC'],'upcoming',"The full conference opens on Saturday.")])

# 3 a round launched in 1986 still under way
p='1987-11-18'
ev="The negotiations on conventional forces in Europe, which opened in Vienna in February, are still going on, a NATO spokesman said."
doc('u17wz-03',p,'FORCE TALKS CONTINUE',
 "BRUSSELS, Nov 18 - "+ev+"\n\n"
 "NATO foreign ministers meet in Brussels on December 11. REUTER",
 [M('Conventional forces negotiations',['conventional forces'],'1987-02','month','Vienna',['NATO'],'ongoing',ev),
  M('NATO foreign ministers meeting',['nato foreign ministers'],'1987-12-11','day','Brussels',['NATO'],'upcoming',"NATO foreign ministers meet in Brussels on December 11.")])

# 4 a record date and a payment date around an annual meeting
p='1987-03-09'
ev="Hecla Mining Co said its annual meeting will be held on May 8 in Coeur d'Alene, Idaho."
doc('u17wz-04',p,'HECLA SETS ANNUAL MEETING',
 "COEUR D'ALENE, Idaho, March 9 - "+ev+"\n\n"
 "Holders of record March 20 may vote. A dividend of five cts is payable April 1. REUTER",
 [M('Hecla Mining annual meeting',['annual meeting','hecla'],'1987-05-08','day',"Coeur d'Alene",['Hecla Mining Co'],'upcoming',ev)])

# 5 a deadline "by June 30" in the same sentence as the meeting day
p='1987-05-26'
ev="Argentine and IMF officials will meet on Friday to review an economic programme that must be approved by June 30, officials said."
doc('u17wz-05',p,'ARGENTINA, IMF TO MEET',
 "BUENOS AIRES, May 26 - "+ev+"\n\n"
 "Argentina needs IMF approval to draw new bank loans. REUTER",
 [M('Argentina-IMF meeting',['imf','argentine'],wd(p,'friday',1),'day',None,['Argentina','IMF'],'upcoming',ev)])

# 6 "since March" of a freeze; talks this week
p='1987-09-15'
ev="Syria and Jordan, whose relations have been frozen since March, will hold talks in Damascus this week, a Jordanian official said."
doc('u17wz-06',p,'SYRIA, JORDAN TO HOLD TALKS',
 "AMMAN, Sept 15 - "+ev+" REUTER",
 [M('Syria-Jordan talks',['syria','jordan'],monday(p,0),'week','Damascus',['Syria','Jordan'],'upcoming',ev)])

# 7 "after Wednesday's talks" on a Saturday
p='1987-12-05'
ev="Greek Prime Minister Andreas Papandreou said after Wednesday's talks with Turkish Prime Minister Turgut Ozal that the two would meet again next year."
doc('u17wz-07',p,'PAPANDREOU, OZAL TO MEET AGAIN',
 "ATHENS, Dec 5 - "+ev+" REUTER",
 [M('Papandreou-Ozal talks',['papandreou','ozal'],wd(p,'wednesday',-1),'day',None,['Andreas Papandreou','Turgut Ozal'],'past',ev)])

# 8 a meeting "late tonight"
p='1987-04-21'
ev="Leaders of Italy's Christian Democrats and Socialists will meet late tonight to try to save the coalition, party sources said."
doc('u17wz-08',p,'ITALIAN PARTY LEADERS TO MEET',
 "ROME, April 21 - "+ev+" REUTER",
 [M('Christian Democrat-Socialist leaders meeting',['christian democrats','socialists'],p,'day','Rome',['Christian Democrats','Socialists'],'upcoming',ev)])

# 9 modern: the meeting "began on Tuesday" and "concludes today" (first
# written "two-day", which contradicts its own days; corrected after the
# first measurement)
p='2025-12-04'
ev="The three-day meeting of the Monetary Policy Committee, which began on Tuesday, concludes today, with Governor Sanjay Malhotra set to announce the decision on Friday."
doc('u17wz-09',p,'RBI MPC meeting concludes today',
 "Mumbai, Dec 4 (IANS) "+ev,
 [M('RBI MPC meeting',['monetary policy committee'],wd(p,'tuesday',-1),'day','Mumbai',['Monetary Policy Committee','Sanjay Malhotra'],'ongoing',ev,end=p)])

# 10 modern: a chief ministers' meeting "on Saturday" and "Saturday's meeting"
p='2025-05-22'
ev="NITI Aayog's Governing Council will meet in New Delhi on Saturday under the chairmanship of Prime Minister Narendra Modi."
doc('u17wz-10',p,'NITI Aayog council to meet on Saturday',
 "New Delhi, May 22 (IANS) "+ev+"\n\n"
 "Chief Ministers of all states have been invited to Saturday's meeting, which will discuss the Viksit Bharat plan.",
 [M('NITI Aayog Governing Council meeting',['governing council','niti aayog'],wd(p,'saturday',1),'day','New Delhi',['NITI Aayog','Narendra Modi'],'upcoming',ev)])

# 11 1987: a summit "in the first week of December" (first annotated to the
# month; the guideline gives a week its Monday, here November 30)
p='1987-10-30'
ev="President Reagan and Soviet leader Mikhail Gorbachev will hold a summit in Washington in the first week of December, the White House said."
doc('u17wz-11',p,'SUMMIT SET FOR DECEMBER',
 "WASHINGTON, Oct 30 - "+ev+" REUTER",
 [M('Reagan-Gorbachev summit',['summit'],'1987-11-30','week','Washington',['Reagan','Mikhail Gorbachev'],'upcoming',ev)])

# 12 1987: "began meeting" today
p='1987-01-26'
ev="Negotiators for the Philippine government and Muslim rebels began meeting in Jeddah today under the auspices of the Islamic Conference."
doc('u17wz-12',p,'MANILA, MUSLIM REBELS OPEN TALKS',
 "JEDDAH, Jan 26 - "+ev+" REUTER",
 [M('Philippine government-Muslim rebels talks',['muslim rebels','negotiators'],p,'day','Jeddah',['Philippine government','Muslim rebels','Islamic Conference'],'ongoing',ev)])

# 13 no meeting: earnings date, election, a meeting that will not take place
p='1987-07-15'
doc('u17wz-13',p,'TALKS WILL NOT TAKE PLACE',
 "PARIS, July 15 - A meeting between the French and Iranian foreign ministers planned for next week will not take place, the Quai d'Orsay said.\n\n"
 "France broke off diplomatic relations with Iran on Friday. REUTER",
 [])

# 14 no meeting: a vague "could meet soon"
p='1987-02-12'
doc('u17wz-14',p,'OIL MINISTERS MAY MEET',
 "LONDON, Feb 12 - Gulf oil ministers could meet soon to discuss prices, traders said, but no date has been fixed.\n\n"
 "Prices rose 20 cts on Wednesday. REUTER",
 [])

# 15 no meeting: a trading session
p='1987-10-22'
doc('u17wz-15',p,'WALL STREET RALLIES',
 "NEW YORK, Oct 22 - Stocks rallied in the afternoon session on Wednesday as buyers returned.\n\n"
 "The Dow gained 186 points on Tuesday. REUTER",
 [])

write()
