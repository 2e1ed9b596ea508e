from stories import *

# Issue 17, meeting PLACE (session 6, first round): 18 stories written
# before any rule change of this round, for the place classes the blind
# held-out set showed (bodies at home under new wordings, a place stated in
# a later sentence, the dateline wrongly guessed for company meetings and
# parties abroad, a place from another clause, appositions, "at the offices
# of"), with several meetings whose place must stay empty. Annotated per
# meetings.GUIDELINE.md and measured once (the figure is in dev_test.go).

# 1 a central bank's board at home, named by its own title
p='1987-09-07'
ev="The Reserve Bank of Australia's board meets on Tuesday for its monthly review of interest rates, a bank spokesman said."
doc('u17u-01',p,'RESERVE BANK BOARD MEETS TUESDAY',
 "SYDNEY, Sept 7 - "+ev+"\n\n"
 "Money market dealers expect the bank to leave its cash rate target unchanged after last month's easing. "
 "The Australian dollar was steady at 71.60 U.S. cents. REUTER",
 [M('Reserve Bank of Australia board meeting',['board','monthly review'],wd(p,'tuesday',1),'day','Sydney',['Reserve Bank of Australia'],'upcoming',ev)])

# 2 a company's supervisory board in its home town: no implied place
p='1987-03-16'
ev="Philips' supervisory board will meet on Thursday to approve the 1986 accounts, the company said."
doc('u17u-02',p,'PHILIPS BOARD TO MEET THURSDAY',
 "EINDHOVEN, Netherlands, March 16 - "+ev+"\n\n"
 "NV Philips Gloeilampenfabrieken said net profit rose to 1.05 billion guilders from 1.01 billion. "
 "The dividend will be held at two guilders a share. REUTER",
 [M('Philips supervisory board meeting',['supervisory board'],wd(p,'thursday',1),'day',None,['Philips'],'upcoming',ev)])

# 3 the place given in the next sentence, of the same meeting
p='1987-04-21'
ev="EC farm ministers will meet next Monday to try again to set this year's farm prices, Commission officials said."
doc('u17u-03',p,'EC FARM MINISTERS TO TRY AGAIN ON PRICES',
 "BRUSSELS, April 21 - "+ev+"\n\n"
 "The meeting, in Luxembourg, will be the third attempt since March to agree on the package. "
 "West Germany opposes any cut in cereal prices, while Britain wants deeper reductions. REUTER",
 [M('EC farm ministers meeting',['farm ministers','farm prices'],monday(p,1),'day','Luxembourg',['EC farm ministers'],'upcoming',ev)])

# 4 an apposition: "in the Kenyan capital, Nairobi"
p='1987-06-10'
ev="Commonwealth finance officials will hold talks in the Kenyan capital, Nairobi, on Friday on the debt problems of African members, a Commonwealth Secretariat spokesman said."
doc('u17u-04',p,'COMMONWEALTH OFFICIALS TO DISCUSS AFRICAN DEBT',
 "LONDON, June 10 - "+ev+"\n\n"
 "Sub-Saharan Africa owes about 100 billion dollars, much of it to governments. REUTER",
 [M('Commonwealth finance officials talks',['commonwealth','finance officials'],wd(p,'friday',1),'day','Nairobi',['Commonwealth'],'upcoming',ev)])

# 5 the prime minister flies abroad: the dateline is not the place
p='1987-04-27'
ev="Prime Minister Yasuhiro Nakasone, who flies to Washington tomorrow, will hold talks with President Ronald Reagan on Thursday on the trade dispute over semiconductors."
doc('u17u-05',p,'NAKASONE TO MEET REAGAN THURSDAY',
 "TOKYO, April 27 - "+ev+"\n\n"
 "Government officials said Nakasone would offer to bring forward a six trillion yen package to boost domestic demand. "
 "The United States imposed 100 pct tariffs on some Japanese electronics goods this month. REUTER",
 [M('Nakasone-Reagan talks',['nakasone','reagan'],wd(p,'thursday',1),'day','Washington',['Yasuhiro Nakasone','Ronald Reagan'],'upcoming',ev)])

# 6 the cabinet at home; another clause names a city
p='1987-07-20'
ev="The federal cabinet will meet on Wednesday to discuss security, a week after bomb blasts in Karachi killed 72 people, officials said."
doc('u17u-06',p,'PAKISTAN CABINET TO DISCUSS SECURITY',
 "ISLAMABAD, July 20 - "+ev+"\n\n"
 "Prime Minister Mohammad Khan Junejo has blamed Afghan agents for the blasts. Kabul denies the charge. REUTER",
 [M('Pakistan federal cabinet meeting',['federal cabinet'],wd(p,'wednesday',1),'day','Islamabad',['federal cabinet'],'upcoming',ev)])

# 7 a central bank council at home, a new wording
p='1987-10-14'
ev="Norway's central bank executive board convenes on Friday and is expected to raise its overnight lending rate, economists said."
doc('u17u-07',p,'NORGES BANK SEEN RAISING RATE',
 "OSLO, Oct 14 - "+ev+"\n\n"
 "The crown has come under pressure since oil prices fell below 18 dollars a barrel. "
 "Finance Minister Gunnar Berge said the government would defend the currency. REUTER",
 [M('Norges Bank executive board meeting',['executive board'],wd(p,'friday',1),'day','Oslo',['Norway\'s central bank'],'upcoming',ev)])

# 8 shareholders meet in another city than the dateline
p='1987-04-02'
ev="Fiat shareholders will meet in Turin on April 29 to approve a one-for-five bonus issue, the company said."
doc('u17u-08',p,'FIAT PLANS BONUS ISSUE',
 "MILAN, April 2 - "+ev+"\n\n"
 "Fiat said group net profit rose 35 pct to 2,162 billion lire in 1986. REUTER",
 [M('Fiat shareholders meeting',['fiat','shareholders'],'1987-04-29','day','Turin',['Fiat'],'upcoming',ev)])

# 9 Indian wire: the Union Cabinet meets at home
p='2025-08-11'
ev="The Union Cabinet chaired by Prime Minister Narendra Modi will meet on Wednesday to approve the revised scheme for semiconductor plants, officials said on Monday."
doc('u17u-09',p,'Cabinet to take up chip scheme on Wednesday',
 "New Delhi, Aug 11 (IANS) "+ev+"\n\n"
 "The scheme offers fiscal support of up to half of project costs. Three plants are under construction in Gujarat and Assam.",
 [M('Union Cabinet meeting',['union cabinet'],wd(p,'wednesday',1),'day','New Delhi',['Union Cabinet','Narendra Modi'],'upcoming',ev)])

# 10 OPEC named in a London story: no place stated, none implied
p='1987-06-15'
ev="OPEC oil ministers will meet on June 25 to review the group's production ceiling of 15.8 million barrels a day, oil traders in London said."
doc('u17u-10',p,'OPEC CEILING SEEN UNCHANGED',
 "LONDON, June 15 - "+ev+"\n\n"
 "Traders said they expected the ceiling to be rolled over for the second half of the year. "
 "North Sea Brent traded at 18.70 dollars a barrel. REUTER",
 [M('OPEC ministerial meeting',['opec','oil ministers'],'1987-06-25','day',None,['OPEC'],'upcoming',ev)])

# 11 a state cabinet in its capital, and a trip abroad later in the month
p='1987-02-09'
ev1="The Bavarian state cabinet will discuss the planned nuclear reprocessing plant at Wackersdorf on Tuesday, a state government spokesman said."
ev2="State premier Franz Josef Strauss will visit Moscow at the end of the month for talks with Soviet leader Mikhail Gorbachev."
doc('u17u-11',p,'BAVARIA TO DISCUSS WACKERSDORF',
 "MUNICH, Feb 9 - "+ev1+"\n\n"
 "Opponents of the plant held a rally at the site on Sunday. "+ev2+" REUTER",
 [M('Bavarian state cabinet meeting',['bavarian state cabinet','cabinet'],wd(p,'tuesday',1),'day','Munich',['Bavarian state cabinet'],'upcoming',ev1),
  M('Strauss-Gorbachev talks',['strauss','gorbachev'],'1987-02','month','Moscow',['Franz Josef Strauss','Mikhail Gorbachev'],'upcoming',ev2)])

# 12 a delegation arrives for talks starting tomorrow
p='1987-05-10'
ev="A Chinese trade delegation led by Vice-Minister Wang Pinqing arrived here today for talks with Brazilian officials starting tomorrow on iron ore and sugar sales."
doc('u17u-12',p,'CHINESE TRADE TEAM IN BRAZIL',
 "BRASILIA, May 10 - "+ev+"\n\n"
 "Brazil's exports to China rose to 800 mln dlrs last year. REUTER",
 [M('China-Brazil trade talks',['chinese trade delegation','wang pinqing'],add(p,1),'day','Brasilia',['Wang Pinqing','China','Brazil'],'upcoming',ev)])

# 13 two meetings: at home with the premiers, then the IMF committee abroad
p='1987-04-01'
ev1="Treasurer Paul Keating will meet the state premiers on Friday to set their grants for 1987/88 before leaving for the International Monetary Fund's Interim Committee meeting next week."
doc('u17u-13',p,'KEATING TO MEET PREMIERS FRIDAY',
 "CANBERRA, April 1 - "+ev1+"\n\n"
 "The Interim Committee meets in Washington on April 9. Keating said the states must share the burden of spending cuts. REUTER",
 [M('Keating premiers conference',['premiers'],wd(p,'friday',1),'day','Canberra',['Paul Keating','state premiers'],'upcoming',ev1),
  M('IMF Interim Committee meeting',['interim committee'],'1987-04-09','day','Washington',['International Monetary Fund','Paul Keating'],'upcoming',"The Interim Committee meets in Washington on April 9.")])

# 14 the place is in a later sentence attributed to the spokesman
p='1987-08-03'
ev="Sri Lankan and Indian officials will resume talks next week on the deployment of Indian troops in the north, a government spokesman said."
doc('u17u-14',p,'SRI LANKA, INDIA TO RESUME TALKS',
 "COLOMBO, Aug 3 - "+ev+"\n\n"
 "The talks will be held in New Delhi, he said. Tamil rebels have so far handed in only a small part of their weapons. REUTER",
 [M('Sri Lanka-India talks',['sri lankan and indian officials','talks'],monday(p,1),'week','New Delhi',['Sri Lanka','India'],'upcoming',ev)])

# 15 a Senate panel holds a field hearing away from Washington
p='1987-03-04'
ev="A Senate energy subcommittee will hold a hearing in Houston on Monday on the state of the domestic oil industry, Senator Lloyd Bentsen said."
doc('u17u-15',p,'SENATE PANEL TO HEAR OIL INDUSTRY IN HOUSTON',
 "WASHINGTON, March 4 - "+ev+"\n\n"
 "Bentsen, a Texas Democrat, wants an import fee on crude oil. The administration opposes such a fee. REUTER",
 [M('Senate energy subcommittee hearing',['senate energy subcommittee','hearing'],wd(p,'monday',1),'day','Houston',['Senate energy subcommittee'],'upcoming',ev)])

# 16 Gulf ministers meet "in the Omani capital Muscat" (no commas)
p='1987-11-22'
ev="Oil ministers of the six Gulf Cooperation Council states will meet in the Omani capital Muscat on Wednesday to coordinate their policy before the OPEC conference, a GCC official said."
doc('u17u-16',p,'GCC OIL MINISTERS TO MEET',
 "MANAMA, Nov 22 - "+ev+"\n\n"
 "OPEC ministers meet in Vienna on December 9. REUTER",
 [M('GCC oil ministers meeting',['gulf cooperation council','oil ministers'],wd(p,'wednesday',1),'day','Muscat',['Gulf Cooperation Council'],'upcoming',ev),
  M('OPEC conference',['opec'],'1987-12-09','day','Vienna',['OPEC'],'upcoming',"OPEC ministers meet in Vienna on December 9.")])

# 17 a union and a carmaker "at the offices of" a mediator; a strike deadline is no meeting
p='1987-09-28'
ev1="Negotiators for the Canadian Auto Workers union and Chrysler Canada will resume talks on Tuesday at the offices of the federal mediation service, a union spokeswoman said."
ev2="The union has set a strike deadline of midnight on Friday."
doc('u17u-17',p,'CHRYSLER CANADA TALKS TO RESUME',
 "TORONTO, Sept 28 - "+ev1+"\n\n"
 +ev2+" Chrysler Canada employs about 10,000 hourly workers. REUTER",
 [M('Canadian Auto Workers-Chrysler Canada talks',['canadian auto workers','chrysler canada'],wd(p,'tuesday',1),'day','offices of the federal mediation service',['Canadian Auto Workers','Chrysler Canada'],'upcoming',ev1)])

# 18 a note: a steering committee in a named room; no dateline
p='2025-03-12'
ev="The steering committee will meet next Tuesday at 10:00 in Room 4B to review the migration plan."
doc('u17u-18',p,'Steering committee next week',
 "Hi all,\n\n"+ev+"\n\n"
 "Please send your status updates to Anna Berg by Monday evening. The vendor demo has moved to April.\n\nThanks, Tom",
 [M('Steering committee meeting',['steering committee'],'2025-03-18','day','Room 4B',[],'upcoming',ev)])

write()
