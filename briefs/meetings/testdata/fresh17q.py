from stories import *

# Issue 17, helper 17c (second session: places, status and dates of meetings
# on wire stories). A fresh set written from the class descriptions before
# any rule was changed with it in view: a capitalised word opening a sentence
# before "talks" ("Pay talks", "Wage negotiations"), a country's capital named
# by its adjective, a body's earlier meeting in its home city ("At its March
# meeting"), a preparatory officials' meeting on the dateline day, a summit
# "in this [descriptive] city", talks on a summit's sidelines, a round opened
# today in a body's seat, officials meeting at a host's dateline, a place
# belonging to another meeting of the story, online meetings under a seat's
# dateline, a dateline that is not the body's seat, a ministry or palace as
# the venue; status of a summit spanning the reference day, a session
# resumed today, a round opened today; dates of a month in reported speech
# ("said he favoured a cut at the Fed's December meeting"), a weekday with a
# full date, "in two weeks". Annotated by meetings.GUIDELINE.md and measured
# once with main's binary before any rule change (the figure is in
# dev_test.go, TestFresh17qSet).

# 1 "Pay talks" opens the sentence: not a place; a union and an operator, no place
p='2026-02-20'
ev="Pay talks between the train drivers' union ASLEF and the operator will take place on March 3, the union said on Friday."
doc('f17q-01',p,'Rail pay talks',
 "LONDON, Feb 20 (Reuters) - "+ev+" "
 "Drivers rejected an offer of 3.5% last month.\n\n"
 "The operator said it hoped for a settlement. REUTER",
 [M('ASLEF pay talks',['pay talks','aslef'],'2026-03-03','day',None,['ASLEF'],'upcoming',ev)])

# 2 "Wage negotiations" opens the sentence, the place is stated
p='2025-10-14'
ev="Wage negotiations between IG Metall and the employers' federation Gesamtmetall resume in Stuttgart on Thursday, the union said."
doc('f17q-02',p,'German metal wage talks',
 "FRANKFURT, Oct 14 (Reuters) - "+ev+" "
 "The union is seeking a 7% rise for 3.9 million workers. REUTER",
 [M('IG Metall wage negotiations',['wage negotiations','ig metall'],wd(p,'thursday',1),'day','Stuttgart',['IG Metall','Gesamtmetall'],'upcoming',ev)])

# 3 "Merger talks" opens the sentence, companies: no place
p='2026-05-05'
ev="Merger talks between the two lenders will continue on Monday, a person familiar with the matter said."
doc('f17q-03',p,'Italian bank merger',
 "MILAN, May 5 (Reuters) - Banca Monte dei Paschi di Siena and Banco BPM have made progress on a share swap ratio. "
 +ev+"\n\n"
 "Neither bank commented. REUTER",
 [M('bank merger talks',['merger talks'],wd(p,'monday',1),'day',None,['Banca Monte dei Paschi di Siena','Banco BPM'],'upcoming',ev)])

# 4 "the Nigerian capital" is Abuja
p='2026-03-10'
ev="ECOWAS defence chiefs will meet in the Nigerian capital on Thursday to discuss a regional standby force, the bloc said."
doc('f17q-04',p,'ECOWAS defence chiefs',
 "LAGOS, March 10 (Reuters) - "+ev+" "
 "The force has been planned for more than a decade. REUTER",
 [M('ECOWAS defence chiefs meeting',['defence chiefs','ecowas'],wd(p,'thursday',1),'day','Abuja',['ECOWAS'],'upcoming',ev)])

# 5 a central bank's next and earlier meeting in its home city
p='2026-04-08'
ev="The Bank of Canada's governing council meets next week and is expected to leave its key rate at 2.25%, economists said."
ev2="At its March meeting, the governing council said it saw no case for further cuts."
doc('f17q-05',p,'Bank of Canada seen on hold',
 "OTTAWA, April 8 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Inflation was 2.1% in February. REUTER",
 [M('Bank of Canada rate meeting',['governing council meets'],monday(p,1),'week','Ottawa',['Bank of Canada'],'upcoming',ev),
  M('Bank of Canada March meeting',['march meeting'],'2026-03','month','Ottawa',['Bank of Canada'],'past',ev2)])

# 6 a preparatory officials' meeting on the dateline day, the ministers two days on
p='2026-07-06'
ev="Senior officials from the Association of Southeast Asian Nations began preparatory talks on Monday ahead of a meeting of the bloc's foreign ministers in Manila on Wednesday."
doc('f17q-06',p,'ASEAN meetings',
 "MANILA, July 6 (Reuters) - "+ev+" "
 "The South China Sea is expected to dominate the agenda.\n\n"
 "The Philippines chairs the bloc this year. REUTER",
 [M('ASEAN senior officials preparatory talks',['preparatory talks','senior officials'],p,'day','Manila',['Association of Southeast Asian Nations'],'ongoing',ev),
  M('ASEAN foreign ministers meeting',['foreign ministers'],wd(p,'wednesday',1),'day','Manila',['Association of Southeast Asian Nations'],'upcoming',ev)])

# 7 a summit "in this historic city"
p='2025-10-28'
ev="Leaders of the 21 Asia-Pacific Economic Cooperation economies will gather in this historic southeastern city on Friday for a two-day summit."
doc('f17q-07',p,'APEC summit',
 "GYEONGJU, South Korea, Oct 28 (Reuters) - "+ev+" "
 "Trade tensions between the United States and China are expected to dominate.\n\n"
 "Security has been tightened across the region. REUTER",
 [M('APEC summit',['apec','summit'],wd(p,'friday',1),'day','Gyeongju',['Asia-Pacific Economic Cooperation'],'upcoming',ev,end=add(wd(p,'friday',1),1))])

# 8 talks on the sidelines of a summit named with its place in another sentence
p='2025-10-29'
ev="Japanese Prime Minister Sanae Takaichi will hold talks with Chinese President Xi Jinping on Friday on the sidelines of the APEC summit, Japanese officials said."
ev2="The summit opens in Gyeongju, South Korea, on Friday."
doc('f17q-08',p,'Takaichi to meet Xi',
 "TOKYO, Oct 29 (Reuters) - "+ev+" "+ev2+"\n\n"
 "It would be their first meeting since Takaichi took office. REUTER",
 [M('Takaichi-Xi talks',['takaichi','xi jinping'],wd(p,'friday',1),'day','Gyeongju',['Sanae Takaichi','Xi Jinping'],'upcoming',ev),
  M('APEC summit',['apec summit','summit opens'],wd(p,'friday',1),'day','Gyeongju',['APEC'],'upcoming',ev2)])

# 9 a round opened today in the body's seat
p='2026-02-16'
ev="A new round of negotiations on a pathogen-sharing annex to the pandemic agreement opened at the World Health Organization on Monday."
doc('f17q-09',p,'WHO pandemic talks',
 "GENEVA, Feb 16 (Reuters) - "+ev+" "
 "Delegates aim to finish the text before the World Health Assembly in May.\n\n"
 "Poorer countries want guaranteed access to vaccines. REUTER",
 [M('WHO pathogen-sharing negotiations',['new round of negotiations','pathogen-sharing'],p,'day','Geneva',['World Health Organization'],'ongoing',ev),
  M('World Health Assembly',['world health assembly'],'2026-05','month','Geneva',['World Health Assembly'],'upcoming',"Delegates aim to finish the text before the World Health Assembly in May.")])

# 10 "opened a new round of talks on Thursday" today, and a past conference elsewhere
p='2026-03-19'
ev="Members of the World Trade Organization opened a new round of talks on farm subsidies on Thursday."
ev2="A deal eluded ministers at the organisation's ministerial conference in Yaounde last month."
doc('f17q-10',p,'WTO farm talks',
 "GENEVA, March 19 (Reuters) - "+ev+" "+ev2+"\n\n"
 "India has insisted on a permanent solution for food stockpiles. REUTER",
 [M('WTO farm subsidies talks',['new round of talks','farm subsidies'],p,'day','Geneva',['World Trade Organization'],'ongoing',ev),
  M('WTO ministerial conference',['ministerial conference','yaounde'],'2026-02','month','Yaounde',['World Trade Organization'],'past',ev2)])

# 11 "officials from" a group met at the host's dateline
p='2026-01-12'
ev="Officials from Hamas met Egyptian intelligence chief Hassan Rashad on Sunday to discuss the second phase of the ceasefire, two Egyptian security sources said."
doc('f17q-11',p,'Hamas in Cairo',
 "CAIRO, Jan 12 (Reuters) - "+ev+" "
 "Israel has not yet sent a delegation.\n\n"
 "The first phase ended last week. REUTER",
 [M('Hamas-Egypt talks',['hamas','hassan rashad'],wd(p,'sunday',-1),'day','Cairo',['Hamas','Hassan Rashad'],'past',ev)])

# 12 an online meeting and an earlier one in Vienna
p='2026-05-05'
ev="Eight OPEC+ countries will hold a video conference on Sunday to decide June output, three sources said."
ev2="At their last in-person meeting, in Vienna in December, the group agreed to pause increases in the first quarter."
doc('f17q-12',p,'OPEC+ to decide June output',
 "DUBAI, May 5 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Brent crude rose 1% to $64 a barrel. REUTER",
 [M('OPEC+ video conference',['video conference'],wd(p,'sunday',1),'day',None,['OPEC+'],'upcoming',ev),
  M('OPEC+ Vienna meeting',['last in-person meeting','vienna'],'2025-12','month','Vienna',['OPEC+'],'past',ev2)])

# 13 a board meeting by video link under its seat's dateline
p='2026-06-24'
ev="The International Atomic Energy Agency's Board of Governors will hold an emergency session by video link on Friday, diplomats at the agency's headquarters here said."
doc('f17q-13',p,'IAEA emergency session',
 "VIENNA, June 24 (Reuters) - "+ev+" "
 "The session was requested by France, Britain and Germany.\n\n"
 "Iran has suspended cooperation with inspectors. REUTER",
 [M('IAEA board emergency session',['emergency session','board of governors'],wd(p,'friday',1),'day',None,['International Atomic Energy Agency'],'upcoming',ev)])

# 14 the dateline is not the body's seat
p='2025-12-08'
ev="The European Central Bank's Governing Council meets next week and is widely expected to leave rates unchanged."
doc('f17q-14',p,'ECB seen on hold',
 "LONDON, Dec 8 (Reuters) - "+ev+" "
 "Sterling edged higher against the euro on Monday.\n\n"
 "The Bank of England is expected to cut rates. REUTER",
 [M('ECB policy meeting',['governing council'],monday(p,1),'week',None,['European Central Bank'],'upcoming',ev)])

# 15 "at the foreign ministry" is the venue
p='2026-02-24'
ev="Japanese and South Korean diplomats will hold talks at the foreign ministry on Thursday on the wartime labour dispute, the ministry said."
doc('f17q-15',p,'Japan Korea talks',
 "TOKYO, Feb 24 (Reuters) - "+ev+" "
 "Relations have improved since 2023. REUTER",
 [M('Japan-South Korea diplomats talks',['diplomats','wartime labour'],wd(p,'thursday',1),'day','foreign ministry',['Japan','South Korea'],'upcoming',ev)])

# 16 a summit that opened yesterday and closes tomorrow: ongoing
p='2026-07-08'
ev="The NATO summit in the Turkish capital, which opened yesterday, closes tomorrow with a declaration on air defence, officials said."
doc('f17q-16',p,'NATO summit',
 "ISTANBUL, July 8 (Reuters) - "+ev+" "
 "Allies remain divided over spending targets.\n\n"
 "Turkish President Tayyip Erdogan is hosting the meeting. REUTER",
 [M('NATO summit',['nato summit'],add(p,-1),'day','Ankara',['NATO','Tayyip Erdogan'],'ongoing',ev,end=add(p,1))])

# 17 "returned on Tuesday for the regular session" today: ongoing, home city
p='2026-03-03'
ev="Members of Kenya's National Assembly returned on Tuesday for the regular session after a two-month recess."
doc('f17q-17',p,'Kenya parliament',
 "NAIROBI, March 3 (Reuters) - "+ev+" "
 "A finance bill with new taxes tops the agenda.\n\n"
 "Protests over taxes turned deadly in 2024. REUTER",
 [M('Kenya National Assembly session',['regular session','national assembly'],p,'day','Nairobi',['National Assembly'],'ongoing',ev)])

# 18 "opened a new round of talks on Thursday" at the mediator's dateline
p='2026-09-10'
ev="Afghan Taliban and Pakistani officials opened a new round of talks on Thursday, mediated by Qatar and Turkey, to cement a fragile ceasefire."
doc('f17q-18',p,'Afghanistan Pakistan talks',
 "DOHA, Sept 10 (Reuters) - "+ev+" "
 "Border crossings have been closed for weeks.\n\n"
 "Trade between the two has collapsed. REUTER",
 [M('Afghanistan-Pakistan talks',['new round of talks','taliban'],p,'day','Doha',['Taliban','Pakistan','Qatar','Turkey'],'ongoing',ev)])

# 19 a month in reported speech: the December to come
p='2025-11-18'
ev="Fed Governor Christopher Waller said on Monday he favoured a cut at the Fed's December meeting."
doc('f17q-19',p,'Waller backs cut',
 "WASHINGTON, Nov 18 (Reuters) - "+ev+" "
 "Other policymakers have urged caution.\n\n"
 "Treasury yields fell. REUTER",
 [M('Fed December meeting',["fed's december meeting"],'2025-12','month','Washington',['Fed'],'upcoming',ev)])

# 20 "had priced in" a move at next month's meeting; an earlier meeting in its home city
p='2025-10-30'
ev="Traders had priced in another quarter-point cut at the Federal Reserve's December meeting before Chair Jerome Powell spoke on Wednesday."
doc('f17q-20',p,'Fed cut bets',
 "NEW YORK, Oct 30 (Reuters) - "+ev+" "
 "Powell said a further cut was not a foregone conclusion.\n\n"
 "Stocks fell. REUTER",
 [M('Fed December meeting',['december meeting'],'2025-12','month',None,['Federal Reserve'],'upcoming',ev)])

# 21 a weekday with a full British-style date
p='2026-04-28'
ev="The Monetary Policy Committee will meet on Thursday 7 May to decide whether to cut Bank Rate again, the Bank of England said."
doc('f17q-21',p,'BoE May decision',
 "LONDON, April 28 (Reuters) - "+ev+" "
 "Inflation fell to 3.1% in March.\n\n"
 "Markets price a cut as likely. REUTER",
 [M('BoE MPC meeting',['monetary policy committee'],'2026-05-07','day','London',['Monetary Policy Committee','Bank of England'],'upcoming',ev)])

# 22 "is meeting this morning" at home: ongoing
p='2026-06-18'
ev="Chancellor Friedrich Merz is meeting the premiers of the 16 federal states this morning to agree on a plan to speed up planning permits."
doc('f17q-22',p,'Merz meets state premiers',
 "BERLIN, June 18 (Reuters) - "+ev+" "
 "Business groups have urged faster approvals for wind farms.\n\n"
 "A deal was not expected before the evening. REUTER",
 [M('Merz state premiers meeting',['premiers','federal states'],p,'day','Berlin',['Friedrich Merz'],'ongoing',ev)])

# 23 ministers "here later today"
p='2026-01-26'
ev="European Union agriculture ministers will meet here later today to discuss the Mercosur trade deal."
doc('f17q-23',p,'EU farm ministers',
 "BRUSSELS, Jan 26 (Reuters) - "+ev+" "
 "Farmers blocked roads around the European Parliament last week.\n\n"
 "France opposes the deal. REUTER",
 [M('EU agriculture ministers meeting',['agriculture ministers'],p,'day','Brussels',['European Union'],'upcoming',ev)])

# 24 apposition "in the capital, Naypyitaw" under another dateline
p='2026-08-12'
ev="The junta's leader will meet the ASEAN special envoy in the capital, Naypyitaw, on Friday, state media said."
doc('f17q-24',p,'Myanmar envoy',
 "YANGON, Aug 12 (Reuters) - "+ev+" "
 "The envoy will also seek to meet opposition figures.\n\n"
 "Fighting has continued in several regions. REUTER",
 [M('junta leader-ASEAN envoy meeting',['special envoy'],wd(p,'friday',1),'day','Naypyitaw',['ASEAN'],'upcoming',ev)])

# 25 a palace as the venue
p='2026-03-27'
ev="French President Emmanuel Macron will host Ukrainian President Volodymyr Zelenskiy at the Elysee Palace on Monday, his office said."
doc('f17q-25',p,'Zelenskiy in Paris',
 "PARIS, March 27 (Reuters) - "+ev+" "
 "The two will discuss air defence and reconstruction.\n\n"
 "It will be Zelenskiy's third visit this year. REUTER",
 [M('Macron-Zelenskiy meeting',['zelenskiy','elysee'],wd(p,'monday',1),'day','Elysee Palace',['Emmanuel Macron','Volodymyr Zelenskiy'],'upcoming',ev)])

# 26 a later sentence names the meeting's place
p='2026-10-06'
ev="Armenian and Azerbaijani foreign ministers will meet next week to finalise the text of a peace treaty, Armenia's foreign ministry said."
doc('f17q-26',p,'Armenia Azerbaijan',
 "YEREVAN, Oct 6 (Reuters) - "+ev+" "
 "The meeting will take place in Geneva, a ministry spokeswoman said.\n\n"
 "The two countries fought a war in 2020. REUTER",
 [M('Armenia-Azerbaijan foreign ministers meeting',['foreign ministers'],monday(p,1),'week','Geneva',['Armenia','Azerbaijan'],'upcoming',ev)])

# 27 "in two weeks" and a city the minister travels to
p='2026-04-15'
ev="Treasury Secretary Scott Bessent will travel to Stockholm in two weeks for talks with Chinese Vice Premier He Lifeng, the Treasury said."
doc('f17q-27',p,'Bessent He talks',
 "WASHINGTON, April 15 (Reuters) - "+ev+" "
 "The talks will focus on tariffs and export controls.\n\n"
 "The two last met in Madrid. REUTER",
 [M('Bessent-He talks',['he lifeng','stockholm'],monday(p,2),'week','Stockholm',['Scott Bessent','He Lifeng'],'upcoming',ev)])

# 28 "met late on Sunday" at home with a visitor
p='2026-11-16'
ev="Prime Minister Anthony Albanese met his New Zealand counterpart Christopher Luxon late on Sunday to discuss defence cooperation, his office said."
doc('f17q-28',p,'Albanese Luxon',
 "CANBERRA, Nov 16 (Reuters) - "+ev+" "
 "Luxon is on a two-day visit to Australia.\n\n"
 "The two countries are close allies. REUTER",
 [M('Albanese-Luxon talks',['luxon'],wd(p,'sunday',-1),'day','Canberra',['Anthony Albanese','Christopher Luxon'],'past',ev)])

# 29 talks which began on Monday continue today: ongoing, place stated
p='2026-05-13'
ev="The talks in Istanbul, which began on Monday, continue on Wednesday with a session on prisoner exchanges."
doc('f17q-29',p,'Russia Ukraine talks',
 "KYIV, May 13 (Reuters) - Russian and Ukrainian delegations have agreed on a humanitarian corridor, Ukraine's foreign ministry said. "
 +ev+"\n\n"
 "Turkey is hosting the talks. REUTER",
 [M('Russia-Ukraine talks in Istanbul',['talks in istanbul'],wd(p,'monday',-1),'day','Istanbul',['Russia','Ukraine'],'ongoing',ev)])

# 30 "from Monday to Wednesday": the end, a body in its seat
p='2026-09-25'
ev="The African Union's Peace and Security Council will meet from Monday to Wednesday to review the mission in Somalia."
doc('f17q-30',p,'AU on Somalia',
 "ADDIS ABABA, Sept 25 (Reuters) - "+ev+" "
 "The mission faces a funding gap of $200 million.\n\n"
 "Troop contributors have threatened to withdraw. REUTER",
 [M('AU Peace and Security Council meeting',['peace and security council'],wd(p,'monday',1),'day','Addis Ababa',['African Union'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 31 "At their October summit" under the seat's dateline
p='2025-11-12'
ev="At their October summit, EU leaders asked the Commission to propose a loan for Ukraine backed by frozen Russian assets."
doc('f17q-31',p,'EU Ukraine loan',
 "BRUSSELS, Nov 12 (Reuters) - The European Commission set out options on Wednesday for financing Ukraine next year. "
 +ev+"\n\n"
 "Belgium has raised legal concerns. REUTER",
 [M('EU summit',['october summit'],'2025-10','month','Brussels',['EU'],'past',ev)])

# 32 a preparatory meeting and a summit, the summit's place stated and carried
p='2026-06-10'
ev="Sherpas of the Group of Seven met in Evian on Tuesday to prepare next week's summit."
doc('f17q-32',p,'G7 sherpas',
 "PARIS, June 10 (Reuters) - "+ev+" "
 "The leaders are expected to discuss artificial intelligence and critical minerals.\n\n"
 "France holds the G7 presidency this year. REUTER",
 [M('G7 sherpas meeting',['sherpas'],wd(p,'tuesday',-1),'day','Evian',['Group of Seven'],'past',ev),
  M('G7 summit',["next week's summit"],monday(p,1),'week',None,['Group of Seven'],'upcoming',ev)])

# 33 a weekday and a date: "on Thursday, March 5", a ministry in another city
p='2026-02-27'
ev="Trade officials from Canada and Mexico will meet at the Ministry of Economy in Mexico City on Thursday, March 5, to prepare the review of the USMCA."
doc('f17q-33',p,'USMCA review',
 "OTTAWA, Feb 27 (Reuters) - "+ev+" "
 "Washington has said it wants changes to the rules of origin for cars.\n\n"
 "The review is due by July. REUTER",
 [M('Canada-Mexico trade officials meeting',['ministry of economy','usmca'],'2026-03-05','day','Ministry of Economy, Mexico City',['Canada','Mexico'],'upcoming',ev)])

# 34 a round of a named body "opened" in its home city today, the parties visiting
p='2026-11-02'
ev="The UN climate conference opened on Monday in the Amazon city of Belem with a call by Brazil's president to speed up the shift from fossil fuels."
doc('f17q-34',p,'COP opens',
 "BELEM, Brazil, Nov 2 (Reuters) - "+ev+" "
 "Delegates from nearly 200 countries will negotiate for two weeks.\n\n"
 "The United States did not send an official delegation. REUTER",
 [M('UN climate conference',['climate conference'],p,'day','Belem',['UN'],'ongoing',ev)])

# 35 no meeting: a deadline and talks held regularly
p='2026-03-16'
doc('f17q-35',p,'Tariff deadline',
 "WASHINGTON, March 16 (Reuters) - Trade talks between the two countries have been held regularly since last year. "
 "The deadline for a deal is April 1, the White House said.\n\n"
 "Tariffs of 25% would apply after that date. REUTER",
 [])

write()
