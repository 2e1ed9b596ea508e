from stories import *

# Issue 17, helper 17b: fresh17n5, 22 wire stories (short and long, 1987 and
# 2026) written after the seventh landing of the entity-table rules and
# measured once on that main before any further change: the last honest
# figure of this session (it is in the commit that adds this file and in the
# floor test's comment).

# 1 two ministers, a spokesman quoted, the currency
p='1987-04-06'
ev="West German Finance Minister Gerhard Stoltenberg will meet French Finance Minister Edouard Balladur in Bonn on Thursday to prepare for the Washington meetings of the IMF, a ministry spokesman said."
doc('f17n5-01',p,'STOLTENBERG BALLADUR',
 "BONN, April 6 - "+ev+"\n\nThe mark firmed against the French franc on Monday. Dealers said the Bundesbank had not intervened. REUTER",
 [M('Stoltenberg-Balladur meeting',['stoltenberg','balladur'],wd(p,'thursday',1),'day','Bonn',['Gerhard Stoltenberg','Edouard Balladur'],'upcoming',ev)])

# 2 a board in a possessive; the bidder is no party
p='2026-05-11'
ev="Spectris Plc's board will meet on Wednesday to weigh a sweetened 4.7 billion pound offer from KKR, Sky News reported."
doc('f17n5-02',p,'SPECTRIS BOARD',
 "LONDON, May 11 - "+ev+"\n\nAdvent International dropped out of the race last month. Spectris shares rose 3 pct. REUTER",
 [M('Spectris board meeting',['board','spectris'],wd(p,'wednesday',1),'day',None,['Spectris Plc'],'upcoming',ev)])

# 3 "the four" for the companies named before
p='2026-02-02'
ev="The four will meet in Tokyo next week to agree a common battery standard, one of the people said."
doc('f17n5-03',p,'JAPAN BATTERY ALLIANCE',
 "TOKYO, Feb 2 - Toyota Motor, Honda Motor, Nissan Motor and Panasonic Holdings have been discussing a joint solid-state battery venture, two people familiar with the matter said. "+ev+"\n\nThe government backs the plan. REUTER",
 [M('Japanese battery alliance meeting',['four','battery standard'],monday(p,1),'week','Tokyo',['Toyota Motor','Honda Motor','Nissan Motor','Panasonic Holdings'],'upcoming',ev)])

# 4 a council meeting called by members; the subject country
p='2026-03-16'
ev="The U.N. Security Council will meet on Tuesday at the request of Denmark and Greece to discuss the attacks on shipping in the Red Sea."
doc('f17n5-04',p,'RED SEA COUNCIL',
 "UNITED NATIONS, March 16 - "+ev+"\n\nYemen's Houthis claimed two attacks last week. REUTER",
 [M('UN Security Council meeting',['security council','red sea'],wd(p,'tuesday',1),'day','United Nations',['U.N. Security Council','Denmark','Greece'],'upcoming',ev)])

# 5 union talks; the employers named in the sentence after by kind
p='1987-02-23'
ev="The seamen's union will resume talks with ferry operators on Wednesday in a bid to end the strike at Dover."
doc('f17n5-05',p,'DOVER FERRY STRIKE',
 "LONDON, Feb 23 - "+ev+" The union, the National Union of Seamen, is in dispute with the operators Townsend Thoresen and Sealink over manning levels.\n\nThe strike has halted cross-Channel traffic for a week. REUTER",
 [M('NUS-ferry operators talks',['ferry operators','seamen'],wd(p,'wednesday',1),'day',None,['National Union of Seamen','Townsend Thoresen','Sealink'],'upcoming',ev)])

# 6 "their" meeting after a named pair; the earlier meeting
p='2026-06-22'
ev="Their next meeting will take place in Berlin on July 9, the chancellery said."
doc('f17n5-06',p,'MERZ MACRON',
 "BERLIN, June 22 - German Chancellor Friedrich Merz and French President Emmanuel Macron discussed defence spending by telephone on Monday. "+ev+"\n\nBoth want a European air defence system. REUTER",
 [M('Merz-Macron meeting',['berlin','july 9'],'2026-07-09','day','Berlin',['Friedrich Merz','Emmanuel Macron'],'upcoming',ev)])

# 7 a hearing; the witness's company is no party
p='1987-02-09'
ev="Chrysler Corp chairman Lee Iacocca will testify before the House Energy and Commerce Committee on Thursday on auto fuel economy rules."
doc('f17n5-07',p,'IACOCCA TESTIMONY',
 "WASHINGTON, Feb 9 - "+ev+"\n\nFord Motor Co and General Motors Corp have asked for the rules to be relaxed. REUTER",
 [M('House Energy and Commerce Committee hearing',['energy and commerce committee','iacocca'],wd(p,'thursday',1),'day','Washington',['House Energy and Commerce Committee','Lee Iacocca'],'upcoming',ev)])

# 8 a summit of a bloc; members that will attend later
p='2026-06-29'
ev="The NATO summit opens in The Hague on July 7."
doc('f17n5-08',p,'NATO SUMMIT',
 "BRUSSELS, June 29 - "+ev+" Leaders of all 32 allies are expected, and Ukrainian President Volodymyr Zelenskiy has been invited to attend.\n\nSpending targets top the agenda. REUTER",
 [M('NATO summit',['nato summit','the hague'],'2026-07-07','day','The Hague',['NATO','Volodymyr Zelenskiy'],'upcoming',ev)])

# 9 a committee of a central bank; the governor quoted elsewhere
p='2026-01-26'
ev="The Reserve Bank of Australia's monetary policy board meets on Feb. 2 and 3, with markets pricing in a rate cut."
doc('f17n5-09',p,'RBA MEETING',
 "SYDNEY, Jan 26 - "+ev+"\n\nGovernor Michele Bullock said last week that inflation was easing. The Australian dollar fell. REUTER",
 [M('RBA monetary policy board meeting',['monetary policy board','reserve bank of australia'],'2026-02-02','day','Sydney',['Reserve Bank of Australia'],'upcoming',ev,end='2026-02-03')])

# 10 talks with rebels; a neighbouring host country named by "hosted by"
p='2026-09-07'
ev="The Philippine government and the Moro Islamic Liberation Front will hold talks on Thursday, the government's chief negotiator said."
doc('f17n5-10',p,'MINDANAO TALKS',
 "MANILA, Sept 7 - "+ev+" The talks will be hosted by Malaysia in Kuala Lumpur.\n\nThe rebels want more autonomy. REUTER",
 [M('Philippines-MILF talks',['moro islamic liberation front','talks'],wd(p,'thursday',1),'day','Kuala Lumpur',['Philippines','Moro Islamic Liberation Front','Malaysia'],'upcoming',ev)])

# 11 an AGM; a proxy adviser and activists are no party
p='2026-04-20'
ev="Glencore Plc holds its annual general meeting in Zug on April 29, where investors will vote on its climate plan."
doc('f17n5-11',p,'GLENCORE AGM',
 "ZUG, Switzerland, April 20 - "+ev+"\n\nProxy adviser ISS has recommended a vote against. Activist group ClientEarth said it would protest. REUTER",
 [M('Glencore AGM',['annual general meeting','glencore'],'2026-04-29','day','Zug',['Glencore Plc'],'upcoming',ev)])

# 12 EU ministers; the presidency country chairs
p='2026-03-09'
ev="European Union energy ministers will meet in Brussels on March 16 to discuss gas price caps."
doc('f17n5-12',p,'EU ENERGY MINISTERS',
 "BRUSSELS, March 9 - "+ev+" Cyprus, which holds the rotating EU presidency, will chair the meeting.\n\nPrices have doubled since January. REUTER",
 [M('EU energy ministers meeting',['energy ministers','gas price caps'],'2026-03-16','day','Brussels',['European Union','Cyprus'],'upcoming',ev)])

# 13 a visit with talks; the minister named earlier in the paragraph
p='1987-06-15'
ev="He will hold talks with Premier Li Peng and Communist Party chief Zhao Ziyang on Wednesday, the Foreign Ministry said."
doc('f17n5-13',p,'GENSCHER IN CHINA',
 "PEKING, June 15 - West German Foreign Minister Hans-Dietrich Genscher arrived in Peking today for a four-day visit. "+ev+"\n\nTrade between the two countries rose 20 pct last year. REUTER",
 [M('Genscher-Li-Zhao talks',['li peng','zhao ziyang'],wd(p,'wednesday',1),'day','Peking',['Hans-Dietrich Genscher','Li Peng','Zhao Ziyang'],'upcoming',ev)])

# 14 a region and a product are no party
p='2026-10-12'
ev="Executives of Airbus and the Chinese leasing company CDB Aviation met in Toulouse on Friday to discuss orders for A321neo jets for Southeast Asia."
doc('f17n5-14',p,'AIRBUS CDB',
 "PARIS, Oct 12 - "+ev+"\n\nBoeing has also courted the lessor. REUTER",
 [M('Airbus-CDB Aviation meeting',['cdb aviation','toulouse'],wd(p,'friday',-1),'day','Toulouse',['Airbus','CDB Aviation'],'past',ev)])

# 15 "the two sides" after a company and a union in a possessive
p='2026-11-09'
ev="The two sides will meet again on Thursday with a mediator, the union said."
doc('f17n5-15',p,'BOEING STRIKE',
 "SEATTLE, Nov 9 - Boeing Co's defense unit and the International Association of Machinists failed on Sunday to agree a new contract. "+ev+"\n\nAbout 3,200 workers are on strike in St. Louis. REUTER",
 [M('Boeing-IAM talks',['two sides','mediator'],wd(p,'thursday',1),'day',None,['Boeing Co','International Association of Machinists'],'upcoming',ev)])

# 16 cabinet by kind; the prime minister chairs in the sentence after
p='2026-02-16'
ev="The cabinet will meet on Wednesday to approve the 2027 budget framework."
doc('f17n5-16',p,'CZECH CABINET',
 "PRAGUE, Feb 16 - "+ev+" Prime Minister Andrej Babis will chair the session, his office said.\n\nThe deficit target is 2.5 pct of GDP. REUTER",
 [M('Czech cabinet meeting',['cabinet','budget framework'],wd(p,'wednesday',1),'day','Prague',['cabinet','Andrej Babis'],'upcoming',ev)])

# 17 a nominee's hearing and the company he left
p='2026-01-19'
ev="The Senate Finance Committee will hold a confirmation hearing on Thursday for Frank Bisignano, the former Fiserv chief executive nominated to run the Social Security Administration."
doc('f17n5-17',p,'BISIGNANO HEARING',
 "WASHINGTON, Jan 19 - "+ev+"\n\nDemocrats have raised concerns about staff cuts. REUTER",
 [M('Senate Finance Committee hearing',['finance committee','confirmation hearing'],wd(p,'thursday',1),'day','Washington',['Senate Finance Committee','Frank Bisignano'],'upcoming',ev)])

# 18 coordinated nationalities and their leaders in the next sentence
p='1987-10-26'
ev="Honduran and Nicaraguan officials will meet in San Jose on Friday to discuss the Central American peace plan."
doc('f17n5-18',p,'CENTRAL AMERICA TALKS',
 "SAN JOSE, Oct 26 - "+ev+" Foreign Minister Carlos Lopez Contreras will lead the Honduran delegation.\n\nCosta Rican President Oscar Arias drafted the plan. REUTER",
 [M('Honduras-Nicaragua talks',['san jose','peace plan'],wd(p,'friday',1),'day','San Jose',['Honduras','Nicaragua','Carlos Lopez Contreras'],'upcoming',ev)])

# 19 the body only in the title; a country in a subordinate clause
p='2026-05-04'
ev="The World Health Assembly opens in Geneva on May 18, weeks after the United States completed its withdrawal from the WHO."
doc('f17n5-19',p,'WORLD HEALTH ASSEMBLY',
 "GENEVA, May 4 - "+ev+"\n\nMember states will vote on a pandemic treaty annex. REUTER",
 [M('World Health Assembly',['world health assembly'],'2026-05-18','day','Geneva',['World Health Assembly'],'upcoming',ev)])

# 20 "the banks" for the lenders named before
p='1987-03-16'
ev="The banks will meet Mexican officials in New York on Monday to sign the 7.7 billion dlr loan."
doc('f17n5-20',p,'MEXICO LOAN',
 "MEXICO CITY, March 16 - Citibank, Bank of America and Chemical Bank lead a group of 500 creditor banks that agreed to lend new money to Mexico. "+ev+"\n\nMexico owes 100 billion dlrs abroad. REUTER",
 [M('Mexico loan signing meeting',['banks','new york'],p,'day','New York',['Citibank','Bank of America','Chemical Bank','Mexico'],'upcoming',ev)])

# 21 a company's possessive owner of the works council; the union's head
p='2026-03-02'
ev="Thyssenkrupp's works council will meet the steel unit's management in Duisburg on Thursday over plans to cut 11,000 jobs."
doc('f17n5-21',p,'THYSSENKRUPP STEEL',
 "DUISBURG, March 2 - "+ev+"\n\nIG Metall's Juergen Kerner said the union would resist forced layoffs. REUTER",
 [M('Thyssenkrupp works council meeting',['works council','thyssenkrupp'],wd(p,'thursday',1),'day','Duisburg',['Thyssenkrupp'],'upcoming',ev)])

# 22 a gathering "of" a body; the source is a ministry
p='2026-08-31'
ev="A meeting of the Caribbean Community's heads of government will be held in Georgetown on Sept. 14, Guyana's foreign ministry said."
doc('f17n5-22',p,'CARICOM MEETING',
 "GEORGETOWN, Aug 31 - "+ev+"\n\nHaiti's crisis tops the agenda. REUTER",
 [M('CARICOM heads of government meeting',['caribbean community','heads of government'],'2026-09-14','day','Georgetown',['Caribbean Community'],'upcoming',ev)])

write()
