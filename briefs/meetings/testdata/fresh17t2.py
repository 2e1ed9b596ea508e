from stories import *

# Issue 17, helper 17t (session 10), second set: written half-way, after
# parties.represented and parties.body-noun landed (main a8dc2d8), with
# different wording, countries and bodies than fresh17t, and measured once
# at first sight before any further rule change (the figure is in
# fresh17t_test.go, TestFresh17t2Set). Annotated strictly by the guideline
# and the dev set: a person introduced as a country's representative
# stands for it; a country or capital with no person for it is a party; a
# body named in full and then by its noun ("the panel", "the regulator",
# "the fund", "the alliance", "the lender") is the party as first named;
# sources, bodies that react to the meeting, lower-case groups and cities
# are no parties; names with hyphens stay whole.
# Run: python3 fresh17t2.py fresh17t2.jsonl

# 1 "X of Y" after the name; a second person with a possessive
p='2026-04-14'
ev="Foreign Minister Hakan Fidan of Turkey and Egypt's top diplomat Badr Abdelatty will meet in Ankara on Thursday to discuss Gaza, Turkish officials said."
doc('f17t2-01',p,'Turkey, Egypt talks',
 "ANKARA, April 14 (Reuters) - "+ev+" "
 "The two countries restored full diplomatic ties in 2023.\n\n"
 "Qatar welcomed the planned meeting. REUTER",
 [M('Fidan Abdelatty meeting',['fidan','abdelatty'],wd(p,'thursday',1),'day','Ankara',['Hakan Fidan','Badr Abdelatty'],'upcoming',ev)])

# 2 capitals for governments, no persons
p='2026-03-09'
ev="Moscow and Kyiv will hold a new round of prisoner exchange talks in Istanbul next week, Turkish diplomatic sources said on Monday."
doc('f17t2-02',p,'Prisoner talks',
 "ISTANBUL, March 9 (Reuters) - "+ev+" "
 "The last exchange freed 390 people on each side.\n\n"
 "The Kremlin declined to comment. REUTER",
 [M('Moscow Kyiv prisoner talks',['prisoner exchange talks'],monday(p,1),'week','Istanbul',['Moscow','Kyiv'],'upcoming',ev)])

# 3 "the regulator" after a named regulator, a company named
p='2025-09-15'
ev="Executives of Thames Water will meet the regulator on Wednesday to discuss a recapitalisation plan, the company said."
doc('f17t2-03',p,'Thames Water',
 "LONDON, Sept 15 (Reuters) - Britain's water regulator Ofwat on Monday rejected Thames Water's request for bigger bill increases. "
 +ev+"\n\n"
 "Thames Water has debts of about 20 billion pounds. REUTER",
 [M('Thames Water Ofwat meeting',['thames water'],wd(p,'wednesday',1),'day',None,['Thames Water','Ofwat'],'upcoming',ev)])

# 4 "the fund" after the IMF; a minister with a nationality adjective
p='2026-01-12'
ev="Sri Lankan Finance Minister Harshana Suriyapperuma said he would meet staff of the fund in Colombo on Jan. 20 for the programme's fifth review."
doc('f17t2-04',p,'Sri Lanka IMF review',
 "COLOMBO, Jan 12 (Reuters) - The International Monetary Fund said on Monday Sri Lanka's economy was recovering faster than expected. "
 +ev+"\n\n"
 "The programme is worth $2.9 billion. REUTER",
 [M('IMF fifth review meeting',['fifth review','staff of the fund'],'2026-01-20','day','Colombo',['Harshana Suriyapperuma','International Monetary Fund'],'upcoming',ev)])

# 5 "the alliance" after NATO named in full; ministers with nationality adjectives are not in it
p='2026-06-08'
ev="Defence ministers of the alliance will meet in Brussels on June 18 to agree new spending targets, a spokeswoman said."
doc('f17t2-05',p,'NATO ministers',
 "BRUSSELS, June 8 (Reuters) - The North Atlantic Treaty Organization is under pressure to raise its spending goal. "
 +ev+"\n\n"
 "Spain has said it will not meet a 5% target. REUTER",
 [M('NATO defence ministers meeting',['defence ministers'],'2026-06-18','day','Brussels',['North Atlantic Treaty Organization'],'upcoming',ev)])

# 6 a Korean name with a hyphen, a Chinese minister with a possessive
p='2025-11-24'
ev="South Korea's Foreign Minister Cho Hyun will hold talks with Chinese Foreign Minister Wang Yi in Beijing on Friday, Seoul's foreign ministry said."
doc('f17t2-06',p,'Korea-China talks',
 "SEOUL, Nov 24 (Reuters) - "+ev+" "
 "Cho's deputy, Park Yoon-joo, visited Beijing last month to prepare the talks.\n\n"
 "China is South Korea's largest trading partner. REUTER",
 [M('Cho Wang talks',['cho hyun','wang yi'],wd(p,'friday',1),'day','Beijing',['Cho Hyun','Wang Yi'],'upcoming',ev)])

# 7 "the panel" after a named panel
p='2026-02-23'
ev="The panel will question the company's chief executive at a hearing on March 4."
doc('f17t2-07',p,'Parliament panel',
 "CANBERRA, Feb 23 (Reuters) - The Senate Economics References Committee said on Monday it had widened its inquiry into Qantas's handling of refunds. "
 +ev+"\n\n"
 "Qantas said it would cooperate fully. REUTER",
 [M('Senate committee hearing',['hearing'],'2026-03-04','day','Canberra',['Senate Economics References Committee','Qantas'],'upcoming',ev)])

# 8 "the lender" after a named bank, a government named
p='2026-05-18'
ev="Greek officials will meet representatives of the lender on Thursday to discuss the sale of its remaining stake."
doc('f17t2-08',p,'Greek bank stake',
 "ATHENS, May 18 (Reuters) - National Bank of Greece said on Monday its first-quarter profit rose 9%. "
 +ev+"\n\n"
 "The state holds 8% of the bank. REUTER",
 [M('Greece National Bank of Greece meeting',['representatives of the lender'],wd(p,'thursday',1),'day','Athens',['Greece','National Bank of Greece'],'upcoming',ev)])

# 9 countries with no persons, a bloc named
p='2025-10-20'
ev="Kenya, Tanzania and Uganda will hold talks with the European Union on an economic partnership deal in Arusha on Oct. 28."
doc('f17t2-09',p,'EAC-EU talks',
 "NAIROBI, Oct 20 (Reuters) - "+ev+" "
 "The deal has been stalled since 2016.\n\n"
 "Only Kenya has ratified a separate agreement. REUTER",
 [M('East Africa EU trade talks',['economic partnership'],'2025-10-28','day','Arusha',['Kenya','Tanzania','Uganda','European Union'],'upcoming',ev)])

# 10 reported-speech source before the meeting is no party
p='2026-08-17'
ev="Thailand's foreign ministry said Prime Minister Anutin Charnvirakul would meet Cambodian Prime Minister Hun Manet in Kuala Lumpur on Aug. 25."
doc('f17t2-10',p,'Thai-Cambodian leaders',
 "BANGKOK, Aug 17 (Reuters) - "+ev+" "
 "Malaysia, which brokered a ceasefire in July, will host the meeting.\n\n"
 "Border clashes killed more than 40 people. REUTER",
 [M('Anutin Hun Manet meeting',['hun manet'],'2026-08-25','day','Kuala Lumpur',['Anutin Charnvirakul','Hun Manet','Malaysia'],'upcoming',ev)])

# 11 "the agency" after a named agency
p='2026-06-22'
ev="The agency's Board of Governors meets in Vienna on Monday and diplomats expect a resolution criticising Tehran."
doc('f17t2-11',p,'IAEA board',
 "VIENNA, June 22 (Reuters) - The International Atomic Energy Agency said in a confidential report that Iran had expanded its stockpile of enriched uranium. "
 +ev+"\n\n"
 "Iran has threatened to respond to any censure. REUTER",
 [M('IAEA Board of Governors meeting',['board of governors'],wd(p,'monday',1),'day','Vienna',['International Atomic Energy Agency','Board of Governors'],'upcoming',ev)])

# 12 apposition "X, Nigeria's ... minister," and a country alone
p='2026-09-07'
ev="Wale Edun, Nigeria's finance minister, will lead talks with Ghana in Accra on Sept. 15 on a regional payments system."
doc('f17t2-12',p,'Nigeria-Ghana talks',
 "LAGOS, Sept 7 (Reuters) - "+ev+" "
 "West African states have long sought to reduce the use of dollars in trade.\n\n"
 "ECOWAS said it supported the initiative. REUTER",
 [M('Nigeria Ghana payments talks',['payments system','talks with ghana'],'2026-09-15','day','Accra',['Wale Edun','Ghana'],'upcoming',ev)])

# 13 "the carmaker" after a named carmaker, a union by its name
p='2025-12-01'
ev="IG Metall and the carmaker will meet again on Dec. 9 after talks ended without agreement on Monday."
doc('f17t2-13',p,'Volkswagen talks',
 "BERLIN, Dec 1 (Reuters) - Volkswagen wants to cut costs at its German plants by 4 billion euros. "
 +ev+"\n\n"
 "Workers staged warning strikes at nine plants last week. REUTER",
 [M('VW IG Metall talks',['meet again'],'2025-12-09','day',None,['IG Metall','Volkswagen'],'upcoming',ev),
  M('VW IG Metall Monday talks',['ended without agreement'],p,'day',None,['IG Metall','Volkswagen'],'past',ev)])

# 14 "the court" is no meeting; "the assembly" after a named assembly
p='2026-10-19'
ev="The assembly will vote on the nominee at a plenary session on Oct. 27."
doc('f17t2-14',p,'Lebanese parliament',
 "BEIRUT, Oct 19 (Reuters) - Lebanon's National Assembly failed on Monday to approve the government's choice for central bank governor. "
 +ev+"\n\n"
 "The post has been filled by an acting governor for two years. REUTER",
 [M('National Assembly plenary session',['plenary session'],'2026-10-27','day','Beirut',['National Assembly'],'upcoming',ev)])

# 15 two ministers, one "of Peru", one with a nationality adjective, and a city that is the venue
p='2026-02-02'
ev="Energy Minister Jorge Montero of Peru and Bolivian Hydrocarbons Minister Mauricio Medinaceli met in La Paz on Monday to discuss a gas pipeline."
doc('f17t2-15',p,'Peru-Bolivia gas talks',
 "LA PAZ, Feb 2 (Reuters) - "+ev+" "
 "La Paz has offered to supply gas to southern Peru since 2020.\n\n"
 "No agreement was signed. REUTER",
 [M('Montero Medinaceli meeting',['montero','medinaceli'],p,'day','La Paz',['Jorge Montero','Mauricio Medinaceli'],'past',ev)])

# 16 "the cartel" for OPEC by its initials; a minister of a member, a source
p='2026-11-23'
ev="The cartel and its allies will meet online on Nov. 30, with Iraqi Oil Minister Hayan Abdul-Ghani expected to push for higher quotas."
doc('f17t2-16',p,'OPEC+',
 "BAGHDAD, Nov 23 (Reuters) - OPEC said on Sunday global demand would grow by 1.3 million barrels per day next year. "
 +ev+"\n\n"
 "Iraq has repeatedly exceeded its quota. REUTER",
 [M('OPEC+ online meeting',['meet online'],'2026-11-30','day',None,['OPEC','Hayan Abdul-Ghani'],'upcoming',ev)])

# 17 "the committee" as an object after a named committee; a minister testifies
p='2026-03-16'
ev="Defence Secretary John Healey will appear before the committee on Tuesday to answer questions on the procurement plan."
doc('f17t2-17',p,'UK defence committee',
 "LONDON, March 16 (Reuters) - The House of Commons Defence Committee said on Monday the army's new vehicles were five years late. "
 +ev+"\n\n"
 "The ministry said it had accepted most of the committee's recommendations. REUTER",
 [M('Defence Committee hearing',['appear before the committee'],wd(p,'tuesday',1),'day','London',['House of Commons Defence Committee','John Healey'],'upcoming',ev)])

# 18 a person representing a country with "his Indian counterpart"; a country alone in another meeting
p='2025-07-14'
ev="Nepalese Prime Minister K.P. Sharma Oli will meet his Indian counterpart Narendra Modi in New Delhi on July 22."
ev2="Nepal will also hold border talks with China in Kathmandu next month, officials said."
doc('f17t2-18',p,'Oli to visit India',
 "KATHMANDU, July 14 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Nepal is landlocked between its two large neighbours. REUTER",
 [M('Oli Modi meeting',['oli','modi'],'2025-07-22','day','New Delhi',['K.P. Sharma Oli','Narendra Modi'],'upcoming',ev),
  M('Nepal China border talks',['border talks'],'2025-08','month','Kathmandu',['Nepal','China'],'upcoming',ev2)])

# 19 "the association" after a named association; lower-case group as object is no party
p='2026-05-04'
ev="The association will meet hospital managers on Friday to discuss rotas, a spokesman said."
doc('f17t2-19',p,'Doctors dispute',
 "LONDON, May 4 (Reuters) - The British Medical Association said on Monday resident doctors would strike for five days later this month. "
 +ev+"\n\n"
 "Health Secretary Wes Streeting called the strike unjustified. REUTER",
 [M('BMA meeting with hospital managers',['hospital managers'],wd(p,'friday',1),'day',None,['British Medical Association'],'upcoming',ev)])

# 20 a body that criticised the meeting is no party
p='2026-07-27'
ev="Israeli Prime Minister Benjamin Netanyahu will meet U.S. President Donald Trump at the White House on Aug. 3, his office said."
doc('f17t2-20',p,'Netanyahu to visit Washington',
 "JERUSALEM, July 27 (Reuters) - "+ev+" "
 "The Palestinian Authority criticised the planned visit and said it would harm ceasefire efforts.\n\n"
 "Netanyahu last visited Washington in April. REUTER",
 [M('Netanyahu Trump meeting',['netanyahu','trump'],'2026-08-03','day','White House',['Benjamin Netanyahu','Donald Trump'],'upcoming',ev)])

# 21 "the bloc" after a named bloc, its summit
p='2026-10-05'
ev="Leaders of the bloc will gather in Kuala Lumpur on Oct. 26 for a three-day summit."
doc('f17t2-21',p,'ASEAN summit',
 "JAKARTA, Oct 5 (Reuters) - The Association of Southeast Asian Nations is set to admit Timor-Leste as its 11th member. "
 +ev+"\n\n"
 "Myanmar's junta has been barred from sending political representatives. REUTER",
 [M('ASEAN summit',['summit'],'2026-10-26','day','Kuala Lumpur',['Association of Southeast Asian Nations'],'upcoming',ev,end='2026-10-28')])

# 22 "the company" after a named company, its board; a rival is no party
p='2026-03-02'
ev="The company's shareholders will vote on the deal at an extraordinary general meeting on March 26."
doc('f17t2-22',p,'Shareholder vote',
 "STOCKHOLM, March 2 (Reuters) - Swedish telecoms group Tele2 agreed to buy a Baltic rival from Telia for 600 million euros. "
 +ev+"\n\n"
 "Telia shares rose 2%. REUTER",
 [M('Tele2 EGM',['extraordinary general meeting'],'2026-03-26','day',None,['Tele2'],'upcoming',ev)])

# 23 "the commission" as the object of "with"
p='2026-04-27'
ev="Polish farm union leaders will hold talks with the commission in Brussels on Thursday, Solidarity's rural branch said."
doc('f17t2-23',p,'Polish farmers',
 "WARSAW, April 27 (Reuters) - The European Commission proposed on Monday to extend tariff-free access for Ukrainian grain. "
 +ev+"\n\n"
 "Polish farmers blocked border crossings last year. REUTER",
 [M('Polish farmers talks with Commission',['talks with the commission'],wd(p,'thursday',1),'day','Brussels',['European Commission'],'upcoming',ev)])

# 24 three persons for three countries
p='2026-05-25'
ev="Chilean President Gabriel Boric, Argentina's Javier Milei and Uruguayan President Yamandu Orsi will meet in Santiago on June 2 to discuss a lithium corridor."
doc('f17t2-24',p,'Southern Cone leaders',
 "SANTIAGO, May 25 (Reuters) - "+ev+" "
 "The region holds more than half of the world's lithium reserves.\n\n"
 "Brazil has been invited as an observer. REUTER",
 [M('Boric Milei Orsi meeting',['lithium corridor'],'2026-06-02','day','Santiago',['Gabriel Boric','Javier Milei','Yamandu Orsi'],'upcoming',ev)])

# 25 "the forum" after a named forum
p='2026-08-31'
ev="Leaders of the forum will meet in Honiara on Sept. 8 to discuss climate finance."
doc('f17t2-25',p,'Pacific Islands Forum',
 "SUVA, Aug 31 (Reuters) - The Pacific Islands Forum said on Monday it would not invite dialogue partners to its leaders' week. "
 +ev+"\n\n"
 "Australia and New Zealand are members of the forum. REUTER",
 [M('Pacific Islands Forum leaders meeting',['leaders of the forum'],'2026-09-08','day','Honiara',['Pacific Islands Forum'],'upcoming',ev)])

# 26 "Beijing" for the government beside a named foreign person
p='2026-12-07'
ev="German Economy Minister Katherina Reiche will hold talks with Beijing on export controls during a visit next week, her ministry said."
doc('f17t2-26',p,'Reiche in China',
 "BERLIN, Dec 7 (Reuters) - "+ev+" "
 "China tightened controls on rare earth exports in October.\n\n"
 "German carmakers depend on Chinese magnets. REUTER",
 [M('Reiche Beijing talks',['reiche'],monday(p,1),'week',None,['Katherina Reiche','Beijing'],'upcoming',ev)])

write()
