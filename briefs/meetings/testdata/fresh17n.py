from stories import *

# Issue 17, helper 17b (participants, the story's entity and role model):
# fresh17n, 36 wire stories written before any rule change of this session
# and measured once with main's binary (the figure is in the commit that
# adds this file and in the floor test's comment). Classes: the owner body
# only in a possessive or the meeting's own name ("the Bank of Korea's
# Monetary Policy Board", "the IOC's Executive Board"); a central bank
# named with its country; the speaker that owns the meeting ("X said its
# board would meet"); parties named in the neighbouring sentences (members
# who requested a council meeting, further unions or employers, a minister
# leading a delegation); anaphoric mentions ("the three", "the ministers",
# "the companies", "the union"); and names that are no party: the country
# discussed, a region, a tournament, "Traders", a job title, the president
# who nominated a witness, an ethnonym, the country whose goods are
# targeted, a person with initials in a subordinate clause.

# 1 the owner only in a possessive
p='2026-02-24'
ev="The Bank of Korea's Monetary Policy Board will meet on Thursday to decide whether to cut its benchmark rate for a third time, with most economists expecting a hold."
doc('f17n-01',p,'BOK TO MEET',
 "SEOUL, Feb 24 - "+ev+" The won has weakened 4 pct against the dollar this year.\n\nConsumer prices rose 2.1 pct in January. REUTER",
 [M('Bank of Korea rate meeting',['monetary policy board','bank of korea'],wd(p,'thursday',1),'day','Seoul',['Bank of Korea'],'upcoming',ev)])

# 2 the IOC's Executive Board; a tournament is no party
p='2026-03-09'
ev="The International Olympic Committee's Executive Board will meet in Lausanne on Wednesday to discuss the eligibility rules for the Milan Cortina Paralympics."
doc('f17n-02',p,'IOC BOARD TO MEET',
 "LAUSANNE, March 9 - "+ev+"\n\nAthletes' groups have called for a review. REUTER",
 [M('IOC Executive Board meeting',['executive board','olympic'],wd(p,'wednesday',1),'day','Lausanne',['International Olympic Committee'],'upcoming',ev)])

# 3 a central bank named with its country
p='2026-01-19'
ev="Sweden's Riksbank holds its first policy meeting of the year on Wednesday, and a Reuters poll shows all 14 economists expect rates to stay at 1.75 pct."
doc('f17n-03',p,'RIKSBANK SEEN ON HOLD',
 "STOCKHOLM, Jan 19 - "+ev+" Inflation has fallen below the 2 pct target.\n\nThe krona firmed. REUTER",
 [M('Riksbank policy meeting',['riksbank','policy meeting'],wd(p,'wednesday',1),'day','Stockholm',['Riksbank'],'upcoming',ev)])

# 4 the speaker owns its board meeting; the bidder is no party
p='2026-02-02'
ev="Nordic Mining ASA said on Monday its board would meet on Friday to review an unsolicited approach from South Africa's Sibanye-Stillwater."
doc('f17n-04',p,'NORDIC MINING REVIEWS APPROACH',
 "OSLO, Feb 2 - "+ev+" The shares jumped 18 pct.\n\nNo offer price was disclosed. REUTER",
 [M('Nordic Mining board meeting',['nordic mining','board'],wd(p,'friday',1),'day',None,['Nordic Mining ASA'],'upcoming',ev)])

# 5 the speaker owns the talks with creditors
p='2026-03-02'
ev="Thames Water said it would hold talks with its senior creditors on Thursday over a recapitalisation plan that would hand them control of the utility."
doc('f17n-05',p,'THAMES WATER CREDITOR TALKS',
 "LONDON, March 2 - "+ev+" The regulator Ofwat has said it will not relax its penalties.\n\nThe company serves 16 million customers. REUTER",
 [M('Thames Water creditor talks',['thames water','creditors'],wd(p,'thursday',1),'day',None,['Thames Water'],'upcoming',ev)])

# 6 members who requested the council meeting, in the next sentence
p='2026-02-05'
ev="The U.N. Security Council will hold an emergency meeting on Friday on the fighting around El Fasher in Sudan."
doc('f17n-06',p,'UN COUNCIL TO MEET ON SUDAN',
 "UNITED NATIONS, Feb 5 - "+ev+" Britain and Sierra Leone requested the meeting, diplomats said.\n\nAid agencies say hundreds of thousands are trapped. REUTER",
 [M('UN Security Council meeting on Sudan',['security council','emergency meeting'],wd(p,'friday',1),'day','United Nations',['U.N. Security Council','Britain','Sierra Leone'],'upcoming',ev)])

# 7 further parties in the sentence after
p='2026-01-26'
ev="Germany's IG Metall union will resume wage talks with metal and electrical industry employers in Stuttgart on Tuesday."
doc('f17n-07',p,'GERMAN METAL WAGE TALKS',
 "FRANKFURT, Jan 26 - "+ev+" The employers' federation Gesamtmetall and the regional association Suedwestmetall will lead the employers' side.\n\nThe union wants a 7 pct rise. REUTER",
 [M('IG Metall wage talks',['ig metall','wage talks'],wd(p,'tuesday',1),'day','Stuttgart',['IG Metall','Gesamtmetall','Suedwestmetall'],'upcoming',ev)])

# 8 the minister leading a delegation, in the sentence after
p='2026-03-16'
ev="A Chinese trade delegation will hold talks with Australian officials in Canberra on Wednesday on barley and lobster exports."
doc('f17n-08',p,'CHINA-AUSTRALIA TRADE TALKS',
 "CANBERRA, March 16 - "+ev+" Commerce Minister Wang Wentao will lead the delegation, the Chinese embassy said.\n\nTwo-way trade reached A$300 billion last year. REUTER",
 [M('China-Australia trade talks',['trade delegation','canberra'],wd(p,'wednesday',1),'day','Canberra',['China','Australia','Wang Wentao'],'upcoming',ev)])

# 9 "the three" for the countries named before
p='2026-02-16'
ev="The three will meet in Niamey on Saturday to set up a joint battalion, a Niger government spokesman said."
doc('f17n-09',p,'SAHEL STATES TO MEET',
 "BAMAKO, Feb 16 - Mali, Burkina Faso and Niger left the West African bloc ECOWAS last year and formed their own confederation. "+ev+"\n\nAttacks by Islamist groups have risen. REUTER",
 [M('Sahel states meeting',['niamey','joint battalion'],wd(p,'saturday',1),'day','Niamey',['Mali','Burkina Faso','Niger'],'upcoming',ev)])

# 10 "the ministers" for the countries named before
p='2026-04-03'
ev="The ministers will meet in Montevideo on April 14 to draft a common list of farm tariffs."
doc('f17n-10',p,'MERCOSUR FARM TARIFFS',
 "BUENOS AIRES, April 3 - The agriculture ministries of Brazil, Argentina and Uruguay want to cut tariffs on farm goods traded between them, they said in a joint statement on Friday. "+ev+"\n\nParaguay has not joined the plan. REUTER",
 [M('Brazil-Argentina-Uruguay agriculture ministers meeting',['montevideo','farm tariffs'],'2026-04-14','day','Montevideo',['Brazil','Argentina','Uruguay'],'upcoming',ev)])

# 11 "the companies" for the pair named before
p='2026-03-04'
ev="The companies will meet again next week to discuss a narrower partnership in software and batteries, two people familiar with the matter said."
doc('f17n-11',p,'NISSAN HONDA',
 "TOKYO, March 4 - Nissan Motor and Honda Motor ended their merger discussions last year after failing to agree on terms. "+ev+"\n\nNissan shares rose 3 pct. REUTER",
 [M('Nissan-Honda talks',['companies','software'],monday(p,1),'week',None,['Nissan Motor','Honda Motor'],'upcoming',ev)])

# 12 "the union" for the union named before
p='2026-01-13'
ev="The union will meet Stagecoach management on Thursday in a last attempt to avert the stoppage."
doc('f17n-12',p,'MANCHESTER BUS STRIKE',
 "MANCHESTER, England, Jan 13 - Unite, Britain's largest union, said on Tuesday that 900 bus drivers in Manchester would strike from Jan. 26 over pay. "+ev+"\n\nThe company has offered 4 pct. REUTER",
 [M('Unite-Stagecoach talks',['stagecoach','union'],wd(p,'thursday',1),'day',None,['Unite','Stagecoach'],'upcoming',ev)])

# 13 the country discussed is no party
p='2026-02-27'
ev="Foreign ministers of the Gulf Cooperation Council will meet in Riyadh on Sunday to discuss the situation in Syria and Lebanon."
doc('f17n-13',p,'GCC MINISTERS TO MEET',
 "DUBAI, Feb 27 - "+ev+"\n\nThe council groups six states. REUTER",
 [M('GCC foreign ministers meeting',['gulf cooperation council','foreign ministers'],wd(p,'sunday',1),'day','Riyadh',['Gulf Cooperation Council'],'upcoming',ev)])

# 14 a region is no party
p='2026-03-23'
ev="Officials of the Asian Development Bank and the World Bank will meet in Manila on Tuesday to coordinate climate financing for the Pacific islands."
doc('f17n-14',p,'ADB WORLD BANK MEETING',
 "MANILA, March 23 - "+ev+"\n\nBoth lenders have raised their climate targets. REUTER",
 [M('ADB-World Bank meeting',['asian development bank','world bank'],wd(p,'tuesday',1),'day','Manila',['Asian Development Bank','World Bank'],'upcoming',ev)])

# 15 a tournament is no party
p='2026-01-08'
ev="Qatari officials and the Asian Football Confederation will meet in Doha on Monday to review preparations for the Asian Cup."
doc('f17n-15',p,'ASIAN CUP PREPARATIONS',
 "DOHA, Jan 8 - "+ev+"\n\nThe tournament opens in January 2027. REUTER",
 [M('Qatar-AFC meeting',['asian football confederation','asian cup'],wd(p,'monday',1),'day','Doha',['Qatar','Asian Football Confederation'],'upcoming',ev)])

# 16 "Traders" is no party
p='2026-03-05'
ev="OPEC and its allies will hold an online meeting on Sunday to decide April output, three delegates said."
doc('f17n-16',p,'OPEC+ TO MEET',
 "LONDON, March 5 - "+ev+" Traders expect the group to keep output unchanged.\n\nBrent crude fell 1 pct to $71 a barrel. REUTER",
 [M('OPEC+ online meeting',['opec','online meeting'],wd(p,'sunday',1),'day',None,['OPEC'],'upcoming',ev)])

# 17 a long title is no party
p='2026-02-13'
ev="Deputy Prime Minister and Foreign Minister Ishaq Dar will hold talks with Chinese Foreign Minister Wang Yi in Beijing on Monday, the foreign office said."
doc('f17n-17',p,'DAR TO VISIT BEIJING',
 "ISLAMABAD, Feb 13 - "+ev+"\n\nThe two sides will review the economic corridor. REUTER",
 [M('Dar-Wang talks',['wang yi','dar'],wd(p,'monday',1),'day','Beijing',['Ishaq Dar','Wang Yi'],'upcoming',ev)])

# 18 the president who nominated the witness is no party
p='2026-03-10'
ev="The Senate Banking Committee will hold a hearing on Thursday on the nomination of Michelle Bowman, whom President Donald Trump picked as the Fed's vice chair for supervision."
doc('f17n-18',p,'BOWMAN HEARING',
 "WASHINGTON, March 10 - "+ev+"\n\nBowman has served on the Fed board since 2018. REUTER",
 [M('Senate Banking Committee hearing on Bowman',['banking committee','hearing'],wd(p,'thursday',1),'day','Washington',['Senate Banking Committee','Michelle Bowman'],'upcoming',ev)])

# 19 an ethnonym is no party
p='2026-01-21'
ev="Bangladeshi and Myanmar officials will meet in Dhaka on Sunday to discuss the return of Rohingya refugees from camps in Cox's Bazar."
doc('f17n-19',p,'ROHINGYA RETURN TALKS',
 "DHAKA, Jan 21 - "+ev+"\n\nMore than a million Rohingya live in the camps. REUTER",
 [M('Bangladesh-Myanmar talks',['rohingya','dhaka'],wd(p,'sunday',1),'day','Dhaka',['Bangladesh','Myanmar'],'upcoming',ev)])

# 20 the country whose goods are targeted is no party
p='2026-04-06'
ev="European Union trade ministers will meet in Luxembourg on Thursday to discuss tariffs on Chinese electric vehicles and Indian steel."
doc('f17n-20',p,'EU TRADE MINISTERS',
 "BRUSSELS, April 6 - "+ev+"\n\nFrance and Germany are divided on the tariffs. REUTER",
 [M('EU trade ministers meeting',['trade ministers','luxembourg'],wd(p,'thursday',1),'day','Luxembourg',['European Union'],'upcoming',ev)])

# 21 a person with initials in a subordinate clause is no party
p='2026-02-18'
ev="Indian Foreign Secretary Vikram Misri will hold talks with Nepalese officials in Kathmandu on Friday, weeks after former premier K.P. Sharma Oli criticised India's new border map."
doc('f17n-21',p,'MISRI TO VISIT NEPAL',
 "NEW DELHI, Feb 18 - "+ev+"\n\nThe two countries share an open border. REUTER",
 [M('India-Nepal talks',['misri','kathmandu'],wd(p,'friday',1),'day','Kathmandu',['Vikram Misri','Nepal'],'upcoming',ev)])

# 22 the IMF's Executive Board; the borrower of a loan for it is the topic
# (place corrected after the first measurement: the fund meets in its home
# city, the dateline's, which the guideline implies)
p='2026-03-11'
ev="The International Monetary Fund's Executive Board will meet on Friday to approve the next $330 million tranche of a loan for Sri Lanka, the fund said."
doc('f17n-22',p,'IMF BOARD SRI LANKA',
 "WASHINGTON, March 11 - "+ev+"\n\nSri Lanka defaulted on its debt in 2022. REUTER",
 [M('IMF Executive Board meeting',['executive board','monetary fund'],wd(p,'friday',1),'day','Washington',['International Monetary Fund'],'upcoming',ev)])

# 23 the body only in the meeting's name
p='2026-08-25'
ev="The Shanghai Cooperation Organisation summit opens in Tianjin on Sunday with more than 20 leaders expected."
doc('f17n-23',p,'SCO SUMMIT',
 "BEIJING, Aug 25 - "+ev+"\n\nIndian Prime Minister Narendra Modi will attend, his office said. REUTER",
 [M('SCO summit',['shanghai cooperation organisation','summit'],wd(p,'sunday',1),'day','Tianjin',['Shanghai Cooperation Organisation','Narendra Modi'],'upcoming',ev)])

# 24 the union speaks and owns the talks
p='2026-02-09'
ev="The Transport Workers Union said on Monday it would meet Qantas Airways on Wednesday to discuss pay for ground handlers."
doc('f17n-24',p,'TWU QANTAS TALKS',
 "SYDNEY, Feb 9 - "+ev+"\n\nThe airline outsourced the jobs in 2020. REUTER",
 [M('TWU-Qantas talks',['qantas','transport workers union'],wd(p,'wednesday',1),'day',None,['Transport Workers Union','Qantas Airways'],'upcoming',ev)])

# 25 a central bank's board; the governor is only context
p='2026-01-12'
ev="The Bank of Japan's policy board will meet on Jan. 22 and 23, and markets see a 70 pct chance of a rate increase."
doc('f17n-25',p,'BOJ SEEN RAISING',
 "TOKYO, Jan 12 - "+ev+"\n\nThe yen rose 0.5 pct. REUTER",
 [M('Bank of Japan policy meeting',['policy board','bank of japan'],'2026-01-22','day','Tokyo',['Bank of Japan'],'upcoming',ev,end='2026-01-23')])

# 26 a party who also attended, in the sentence after
p='2026-03-02'
ev="Ethiopian and Egyptian water ministers held a new round of talks on the Nile dam in Addis Ababa on Sunday."
doc('f17n-26',p,'NILE DAM TALKS',
 "ADDIS ABABA, March 2 - "+ev+" Sudan's irrigation minister also attended, the Ethiopian foreign ministry said.\n\nNo agreement was reached. REUTER",
 [M('Nile dam talks',['nile dam','addis ababa'],wd(p,'sunday',-1),'day','Addis Ababa',['Ethiopia','Egypt','Sudan'],'past',ev)])

# 27 those who lead each side, in the sentence after
p='2026-03-09'
ev="Ukrainian and U.S. officials will meet in Jeddah on Tuesday to discuss a ceasefire proposal."
doc('f17n-27',p,'UKRAINE US TALKS',
 "KYIV, March 9 - "+ev+" Secretary of State Marco Rubio will lead the U.S. delegation, and presidential chief of staff Andriy Yermak the Ukrainian one.\n\nAny ceasefire would need Russia's approval. REUTER",
 [M('U.S.-Ukraine talks in Jeddah',['jeddah','ceasefire'],wd(p,'tuesday',1),'day','Jeddah',['Ukraine','United States','Marco Rubio','Andriy Yermak'],'upcoming',ev)])

# 28 a counterpart; "the ministers" after it
p='2026-02-10'
ev="Indonesian Foreign Minister Sugiono met his Malaysian counterpart Mohamad Hasan in Jakarta on Monday."
doc('f17n-28',p,'INDONESIA MALAYSIA',
 "JAKARTA, Feb 10 - "+ev+" The ministers agreed to speed up talks on their maritime boundary in the Sulawesi Sea.\n\nBoth countries are ASEAN members. REUTER",
 [M('Sugiono-Mohamad Hasan meeting',['mohamad hasan','sugiono'],wd(p,'monday',-1),'day','Jakarta',['Sugiono','Mohamad Hasan'],'past',ev)])

# 29 two unions and a company
p='2026-01-27'
ev="Britain's RMT and Aslef rail unions will meet Network Rail on Wednesday to discuss the closure of ticket offices, the unions said."
doc('f17n-29',p,'RAIL UNION TALKS',
 "LONDON, Jan 27 - "+ev+"\n\nAbout 1,000 offices would close. REUTER",
 [M('rail unions-Network Rail talks',['network rail','aslef'],wd(p,'wednesday',1),'day',None,['RMT','Aslef','Network Rail'],'upcoming',ev)])

# 30 the source is no party; a city of another trip is no place or party
p='2026-06-15'
ev="The Kremlin said President Vladimir Putin would meet Indonesian President Prabowo Subianto in St Petersburg on Thursday."
doc('f17n-30',p,'PUTIN PRABOWO',
 "MOSCOW, June 15 - "+ev+" Prabowo is travelling from Singapore.\n\nThe leaders will discuss energy and defence. REUTER",
 [M('Putin-Prabowo meeting',['prabowo','st petersburg'],wd(p,'thursday',1),'day','St Petersburg',['Vladimir Putin','Prabowo Subianto'],'upcoming',ev)])

# 31 "The companies' chairmen" for the pair named before
p='2026-03-18'
ev="The companies' chairmen met in London on Tuesday to revive the idea, the Financial Times reported."
doc('f17n-31',p,'RIO GLENCORE',
 "LONDON, March 18 - Rio Tinto and Glencore held early merger talks late last year but could not agree on a price. "+ev+"\n\nNeither company commented. REUTER",
 [M('Rio Tinto-Glencore chairmen meeting',['chairmen','london'],wd(p,'tuesday',-1),'day','London',['Rio Tinto','Glencore'],'past',ev)])

# 32 the body named only inside the summit's name
p='2026-06-30'
ev="The 17th BRICS Summit will be held in Rio de Janeiro on July 6 and 7, Brazil's foreign ministry said."
doc('f17n-32',p,'BRICS SUMMIT',
 "BRASILIA, June 30 - "+ev+"\n\nIran and Indonesia will attend as full members for the first time. REUTER",
 [M('BRICS summit',['brics summit','rio de janeiro'],'2026-07-06','day','Rio de Janeiro',['BRICS','Iran','Indonesia'],'upcoming',ev,end='2026-07-07')])

# 33 a founder with initials in a subordinate clause is no party
p='2026-02-19'
ev="Zimbabwe's opposition Citizens Coalition for Change will hold a congress in Harare on Saturday, two years after its founder N. Chamisa quit the party."
doc('f17n-33',p,'CCC CONGRESS',
 "HARARE, Feb 19 - "+ev+"\n\nThe party holds 100 seats. REUTER",
 [M('CCC congress',['congress','citizens coalition'],wd(p,'saturday',1),'day','Harare',['Citizens Coalition for Change'],'upcoming',ev)])

# 34 the Fed's committee; the chair named in the sentence after
p='2026-03-13'
ev="The Federal Reserve's policy-setting committee meets on Tuesday and Wednesday next week, and futures show no change in rates."
doc('f17n-34',p,'FED WEEK AHEAD',
 "NEW YORK, March 13 - "+ev+" Chair Jerome Powell will chair the meeting, his last before his term ends in May.\n\nStocks fell 1 pct. REUTER",
 [M('Fed policy meeting',['policy-setting committee','federal reserve'],'2026-03-17','day',None,['Federal Reserve','Jerome Powell'],'upcoming',ev,end='2026-03-18')])

# 35 a company and its unions; "the unions" later
p='2026-02-23'
ev="Boeing and the International Association of Machinists will return to the bargaining table on Thursday with a federal mediator."
doc('f17n-35',p,'BOEING STRIKE TALKS',
 "SEATTLE, Feb 23 - "+ev+" Talks broke down last week over pensions.\n\nSome 33,000 workers are on strike. REUTER",
 [M('Boeing-IAM talks',['machinists','bargaining table'],wd(p,'thursday',1),'day',None,['Boeing','International Association of Machinists'],'upcoming',ev)])

# 36 the speaker and the body it will meet; the city of the story is no party
p='2026-01-30'
ev="Kenya's treasury said on Friday it would begin talks with the International Monetary Fund on a new programme in Nairobi on Feb. 9."
doc('f17n-36',p,'KENYA IMF TALKS',
 "NAIROBI, Jan 30 - "+ev+"\n\nThe previous programme expired last April. REUTER",
 [M('Kenya-IMF talks',['monetary fund','new programme'],'2026-02-09','day','Nairobi',['Kenya','International Monetary Fund'],'upcoming',ev)])

write()
