from stories import *

# Issue 17, helper 17d: a third fresh wire set (18 stories, two with no
# meeting), written after the fresh17d2 fixes had landed (897599c), the last
# first-sight check of what they generalise to: measured once before any
# change made with it in view (the figure is in fresh17d_test.go).

# 1 singular "negotiation session" resumed; a mediator's offices
p='1987-09-14'
ev="Negotiators for General Motors of Canada and the Canadian Auto Workers will resume their negotiation at a Toronto hotel on Wednesday, a union spokesman said."
doc('f17d3-01',p,'GM CANADA TALKS RESUME',
 "TORONTO, Sept 14 - "+ev+" REUTER",
 [M('GM Canada-CAW negotiation',['general motors','negotiation'],wd(p,'wednesday',1),'day','Toronto hotel',['General Motors of Canada','Canadian Auto Workers'],'upcoming',ev)])

# 2 a long subject with a relative clause, "met late yesterday"
p='1987-11-25'
ev="The steering committee of Argentina's creditor banks, which represents some 350 lenders, agreed to a new loan when it met late yesterday in New York, bankers said."
doc('f17d3-02',p,'ARGENTINE BANK PANEL AGREES LOAN',
 "NEW YORK, Nov 25 - "+ev+" REUTER",
 [M('Argentina bank steering committee meeting',['steering committee'],add(p,-1),'day','New York',['steering committee',"Argentina"],'past',ev)])

# 3 "met" with a long object: "the ambassadors of the 12 EC countries, led by ..."
p='1987-06-03'
ev="Foreign Minister Tadashi Kuranari met the ambassadors of the 12 European Community countries, led by Belgian Ambassador Jean-Pierre van Bellinghen, on Tuesday to discuss the trade surplus."
doc('f17d3-03',p,'KURANARI MEETS EC ENVOYS',
 "TOKYO, June 3 - "+ev+" REUTER",
 [M('Kuranari-EC ambassadors meeting',['kuranari','ambassadors'],wd(p,'tuesday',-1),'day','Tokyo',['Tadashi Kuranari','European Community','Jean-Pierre van Bellinghen'],'past',ev)])

# 4 a delegation arrived "on Monday for four days of talks" in the Kenyan capital
p='1987-10-13'
ev="An International Monetary Fund team arrived in the Kenyan capital on Monday for four days of talks with Finance Minister George Saitoti on a new loan."
doc('f17d3-04',p,'IMF TEAM IN KENYA',
 "LONDON, Oct 13 - "+ev+" REUTER",
 [M('IMF-Kenya talks',['international monetary fund','talks'],wd(p,'monday',-1),'day','Nairobi',['International Monetary Fund','George Saitoti'],'ongoing',ev,end=add(wd(p,'monday',-1),3))])

# 5 "will receive" and "will call on" the next day
p='1987-08-24'
ev="King Fahd will receive Egyptian Foreign Minister Esmat Abdel-Meguid on Tuesday, and Abdel-Meguid will call on Crown Prince Abdullah on Wednesday, the Saudi Press Agency said."
doc('f17d3-05',p,'EGYPTIAN MINISTER IN RIYADH',
 "RIYADH, Aug 24 - "+ev+" REUTER",
 [M('Fahd-Abdel-Meguid meeting',['fahd'],wd(p,'tuesday',1),'day','Riyadh',['King Fahd','Esmat Abdel-Meguid'],'upcoming',ev),
  M('Abdel-Meguid-Abdullah meeting',['abdullah'],wd(p,'wednesday',1),'day','Riyadh',['Esmat Abdel-Meguid','Abdullah'],'upcoming',ev)])

# 6 "meet X on Thursday and Y on Friday"
p='1987-02-09'
ev="Indian Prime Minister Rajiv Gandhi will meet Pakistani President Zia ul-Haq on Thursday and Bangladeshi President Hossain Mohammad Ershad on Friday, officials said."
doc('f17d3-06',p,'GANDHI TO MEET ZIA, ERSHAD',
 "NEW DELHI, Feb 9 - "+ev+" REUTER",
 [M('Gandhi-Zia meeting',['zia'],wd(p,'thursday',1),'day','New Delhi',['Rajiv Gandhi','Zia ul-Haq'],'upcoming',ev),
  M('Gandhi-Ershad meeting',['ershad'],wd(p,'friday',1),'day','New Delhi',['Rajiv Gandhi','Hossain Mohammad Ershad'],'upcoming',ev)])

# 7 "The two sides will resume" after talks "ended today"
p='1987-04-22'
ev1="Iceland and the European Community ended a round of fisheries talks in Reykjavik today without agreement, an Icelandic official said."
ev2="The two sides will resume in Brussels on May 18."
doc('f17d3-07',p,'ICELAND, EC FISH TALKS',
 "REYKJAVIK, April 22 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Iceland-EC fisheries talks',['fisheries talks'],p,'day','Reykjavik',['Iceland','European Community'],'past',ev1),
  M('Iceland-EC fisheries talks resumed',['resume','brussels'],'1987-05-18','day','Brussels',['Iceland','European Community'],'upcoming',ev2)])

# 8 officials meet "a day earlier" than the ministers
p='1987-03-30'
ev1="Agriculture ministers of the Cairns Group will meet in Ottawa on May 21, a Canadian official said."
ev2="Senior officials will meet there a day earlier to prepare a joint statement."
doc('f17d3-08',p,'CAIRNS GROUP TO MEET',
 "OTTAWA, March 30 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Cairns Group ministers meeting',['cairns group'],'1987-05-21','day','Ottawa',['Cairns Group'],'upcoming',ev1),
  M('Cairns Group senior officials meeting',['senior officials'],'1987-05-20','day','Ottawa',['Cairns Group'],'upcoming',ev2)])

# 9 "after Thursday's meeting with" on a Monday; another event's date
p='1987-07-13'
ev="Finance Minister Michael Wilson said after Thursday's meeting with provincial treasurers that the tax reform, due to take effect on January 1, was on track."
doc('f17d3-09',p,'WILSON SAYS TAX REFORM ON TRACK',
 "OTTAWA, July 13 - "+ev+" REUTER",
 [M('Wilson-provincial treasurers meeting',['provincial treasurers'],wd(p,'thursday',-1),'day','Ottawa',['Michael Wilson','provincial treasurers'],'past',ev)])

# 10 a record date and a payment date around a special meeting
p='1987-05-04'
ev="Holders of record on May 15 will be asked to approve the merger at a special meeting on June 23, the company said."
doc('f17d3-10',p,'UNITED TELECOM SETS VOTE',
 "KANSAS CITY, May 4 - United Telecommunications Inc said it will seek shareholder approval of its merger with US Sprint.\n\n"+ev+" REUTER",
 [M('United Telecommunications special meeting',['special meeting'],'1987-06-23','day',None,['United Telecommunications Inc'],'upcoming',ev)])

# 11 "agreed to meet next month" + "The meeting will be held in Lima on June 8"
p='1987-05-12'
ev1="Foreign ministers of the eight-nation Group of Latin American countries agreed to meet next month to discuss the region's debt, a Peruvian official said."
ev2="The meeting will be held in Lima on June 8, he said."
doc('f17d3-11',p,'LATIN MINISTERS TO MEET',
 "BUENOS AIRES, May 12 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Group of Eight foreign ministers meeting',['foreign ministers'],'1987-06-08','day','Lima',['Group of Latin American countries'],'upcoming',ev2)])

# 12 "is meeting today" at home; "so far"
p='1987-12-08'
ev="The Swedish cabinet is meeting today to discuss the krona, and no decision has been taken so far, a government spokesman said."
doc('f17d3-12',p,'SWEDISH CABINET MEETS',
 "STOCKHOLM, Dec 8 - "+ev+" REUTER",
 [M('Swedish cabinet meeting',['cabinet'],p,'day','Stockholm',['Swedish cabinet'],'ongoing',ev)])

# 13 "in the Philippine capital" from another dateline; a deadline
p='1987-01-19'
ev="ASEAN foreign ministers will meet in the Philippine capital on February 16, ahead of a March 31 deadline for a report to their leaders, diplomats said."
doc('f17d3-13',p,'ASEAN MINISTERS TO MEET',
 "JAKARTA, Jan 19 - "+ev+" REUTER",
 [M('ASEAN foreign ministers meeting',['asean'],'1987-02-16','day','Manila',['ASEAN'],'upcoming',ev)])

# 14 apposition after the country: "in Ecuador's capital, Quito"
p='1987-06-22'
ev="Andean Pact trade ministers will meet in Ecuador's capital, Quito, on Friday to review the pact's tariff rules, officials said."
doc('f17d3-14',p,'ANDEAN MINISTERS TO MEET',
 "BOGOTA, June 22 - "+ev+" REUTER",
 [M('Andean Pact trade ministers meeting',['andean pact'],wd(p,'friday',1),'day','Quito',['Andean Pact'],'upcoming',ev)])

# 15 the OECD at its seat; the IEA named with it
p='1987-05-06'
ev="OECD ministers begin a two-day meeting here on Tuesday to discuss farm subsidies and trade imbalances."
doc('f17d3-15',p,'OECD MINISTERS TO MEET',
 "PARIS, May 6 - "+ev+" REUTER",
 [M('OECD ministerial meeting',['oecd'],wd(p,'tuesday',1),'day','Paris',['OECD'],'upcoming',ev,end=add(wd(p,'tuesday',1),1))])

# 16 the Bank of England from New York: no place (modern)
p='2025-07-31'
ev="The Bank of England's Monetary Policy Committee meets on Thursday and is expected to cut rates, traders said."
doc('f17d3-16',p,'BoE seen cutting',
 "NEW YORK, July 31 (Reuters) - "+ev,
 [M('BoE MPC meeting',['monetary policy committee','bank of england'],p,'day',None,['Bank of England'],'upcoming',ev)])

# 17 no meeting: a meeting that was called off; a summit "at some point"
p='1987-09-02'
doc('f17d3-17',p,'TALKS CALLED OFF',
 "MANILA, Sept 2 - Talks between the government and communist rebels planned for Friday were called off after an army mutiny, officials said.\n\n"
 "Leaders might meet at some point next year. REUTER",
 [])

# 18 no meeting: a company results date and a strike vote
p='1987-03-16'
doc('f17d3-18',p,'BRITISH AIRWAYS RESULTS',
 "LONDON, March 16 - British Airways will report annual results on May 20.\n\n"
 "Cabin crew will vote on strike action next week. REUTER",
 [])

write()
