from stories import *

# Issue 17, helper 17b: fresh17n3, 30 wire stories written after the third
# landing of the entity-table rules and measured once on that main before
# any further change (the figure is in the commit that adds this file and
# in the floor test's comment). A mix of the participant classes in
# wordings neither fresh17n nor fresh17n2 uses, and plain meetings whose
# parties are easy, so the figure is not only of the hard cases.

# 1 plain: two ministers, named in the sentence
p='2026-07-06'
ev="Brazilian Finance Minister Fernando Haddad will meet U.S. Treasury Secretary Scott Bessent in Washington on Thursday to discuss tariffs on Brazilian coffee."
doc('f17n3-01',p,'HADDAD BESSENT',
 "BRASILIA, July 6 - "+ev+"\n\nCoffee prices have jumped. REUTER",
 [M('Haddad-Bessent meeting',['haddad','bessent'],wd(p,'thursday',1),'day','Washington',['Fernando Haddad','Scott Bessent'],'upcoming',ev)])

# 2 a central bank's committee in a possessive; the country only as owner
p='2026-07-13'
ev="The Central Bank of Brazil's monetary policy committee, Copom, meets on Tuesday and Wednesday and is expected to hold the Selic rate at 15 pct."
doc('f17n3-02',p,'COPOM MEETING',
 "SAO PAULO, July 13 - "+ev+"\n\nThe real firmed. REUTER",
 [M('Copom meeting',['copom','monetary policy committee'],wd(p,'tuesday',1),'day',None,['Central Bank of Brazil'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 3 "the two companies" named before
p='2026-08-10'
ev="The two companies will hold further talks in Munich next week, a BMW spokesman said."
doc('f17n3-03',p,'BMW TOYOTA',
 "MUNICH, Aug 10 - BMW and Toyota Motor extended their hydrogen cooperation last year. "+ev+"\n\nNo deal is expected soon. REUTER",
 [M('BMW-Toyota talks',['two companies','munich'],monday(p,1),'week','Munich',['BMW','Toyota Motor'],'upcoming',ev)])

# 4 the speaker union owns the strike talks; the employer named after "with"
p='2026-09-14'
ev="The National Education Union said on Sunday it would meet Education Secretary Bridget Phillipson on Wednesday to discuss teachers' pay."
doc('f17n3-04',p,'NEU PAY TALKS',
 "LONDON, Sept 14 - "+ev+"\n\nThe union has threatened a ballot. REUTER",
 [M('NEU-Phillipson meeting',['phillipson','teachers'],wd(p,'wednesday',1),'day',None,['National Education Union','Bridget Phillipson'],'upcoming',ev)])

# 5 a delegation's members in the next sentence
p='2026-10-05'
ev="A delegation of U.S. senators will hold talks with Taiwanese President Lai Ching-te in Taipei on Friday."
doc('f17n3-05',p,'US SENATORS IN TAIPEI',
 "TAIPEI, Oct 5 - "+ev+" The group includes Senators Roger Wicker and Jeanne Shaheen, the American Institute in Taiwan said.\n\nChina has protested. REUTER",
 [M('US senators-Lai talks',['lai ching-te','senators'],wd(p,'friday',1),'day','Taipei',['United States','Lai Ching-te','Roger Wicker','Jeanne Shaheen'],'upcoming',ev)])

# 6 "the three leaders" after the list
p='2026-11-02'
ev="The three leaders will meet in Brasilia on Nov. 20 to sign a rail corridor agreement."
doc('f17n3-06',p,'SOUTH AMERICA RAIL',
 "LIMA, Nov 2 - Peru's Jose Jeri, Brazil's Luiz Inacio Lula da Silva and Bolivia's Rodrigo Paz back a railway linking the Atlantic and the Pacific. "+ev+"\n\nThe line would cost $10 billion. REUTER",
 [M('Peru-Brazil-Bolivia leaders meeting',['three leaders','brasilia'],'2026-11-20','day','Brasilia',['Jose Jeri','Luiz Inacio Lula da Silva','Rodrigo Paz'],'upcoming',ev)])

# 7 an owner in a possessive that is a company
p='2026-06-15'
ev="Volkswagen's works council will meet management at the Wolfsburg plant on Thursday over plans to cut 35,000 jobs."
doc('f17n3-07',p,'VW WORKS COUNCIL',
 "BERLIN, June 15 - "+ev+"\n\nThe IG Metall union has called warning strikes. REUTER",
 [M('Volkswagen works council meeting',['works council','volkswagen'],wd(p,'thursday',1),'day','Wolfsburg',['Volkswagen'],'upcoming',ev)])

# 8 a country discussed; "over the future of X"
p='2026-03-30'
ev="Foreign ministers of the Nordic and Baltic states will meet in Vilnius on Wednesday to discuss support for Ukraine and security in the Baltic Sea."
doc('f17n3-08',p,'NB8 MINISTERS',
 "VILNIUS, March 30 - "+ev+"\n\nThe group meets twice a year. REUTER",
 [M('Nordic-Baltic foreign ministers meeting',['nordic and baltic','vilnius'],wd(p,'wednesday',1),'day','Vilnius',['Nordic and Baltic states'],'upcoming',ev)])

# 9 a company's AGM; a rival bidder is no party
p='2026-04-20'
ev="Shareholders of Anglo American will vote on the proposed merger with Teck Resources at a general meeting in London on May 12, the miner said."
doc('f17n3-09',p,'ANGLO TECK VOTE',
 "LONDON, April 20 - "+ev+" BHP Group walked away from a rival bid last year.\n\nThe shares were flat. REUTER",
 [M('Anglo American general meeting',['general meeting','anglo american'],'2026-05-12','day','London',['Anglo American'],'upcoming',ev)])

# 10 a body named by "the commission" and its chair in the next sentence
p='2026-02-09'
ev="The commission will meet in Brussels on Wednesday to approve the steel safeguard proposal."
doc('f17n3-10',p,'EU STEEL',
 "BRUSSELS, Feb 9 - The European Commission has drafted new limits on steel imports. "+ev+" Commission President Ursula von der Leyen will chair the meeting.\n\nIndia and Turkey oppose the plan. REUTER",
 [M('European Commission meeting',['commission','steel safeguard'],wd(p,'wednesday',1),'day','Brussels',['European Commission','Ursula von der Leyen'],'upcoming',ev)])

# 11 a person with a title and a country; the place named by "in the capital"
p='2026-05-04'
ev="Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Sunday on a port deal."
doc('f17n3-11',p,'RUTO ABIY',
 "NAIROBI, May 4 - "+ev+"\n\nEthiopia wants access to the sea. REUTER",
 [M('Ruto-Abiy talks',['ruto','abiy'],wd(p,'sunday',-1),'day','Addis Ababa',['William Ruto','Abiy Ahmed'],'past',ev)])

# 12 "both unions" for two unions named in the sentence before
p='2026-01-19'
ev="Both unions will meet the airline's management on Thursday, a spokeswoman for Vereinigung Cockpit said."
doc('f17n3-12',p,'EUROWINGS STRIKE',
 "FRANKFURT, Jan 19 - Pilots at Eurowings, represented by Vereinigung Cockpit, and cabin crew, represented by UFO, walked out on Friday. "+ev+"\n\nHundreds of flights were cancelled. REUTER",
 [M('Eurowings union talks',['both unions','management'],wd(p,'thursday',1),'day',None,['Vereinigung Cockpit','UFO','Eurowings'],'upcoming',ev)])

# 13 a summit named after a bloc; a guest country in the next sentence
p='2026-05-25'
ev="The Gulf Cooperation Council summit opens in Kuwait City on Tuesday."
doc('f17n3-13',p,'GCC SUMMIT',
 "KUWAIT, May 25 - "+ev+" Jordan and Egypt have been invited to attend as guests.\n\nRegional security tops the agenda. REUTER",
 [M('GCC summit',['gulf cooperation council','summit'],wd(p,'tuesday',1),'day','Kuwait City',['Gulf Cooperation Council','Jordan','Egypt'],'upcoming',ev)])

# 14 an initials person who chairs; a person in another clause is no party
p='2026-08-03'
ev="India's GST Council, chaired by Finance Minister Nirmala Sitharaman, will meet on Aug. 9 to consider cutting rates on insurance, months after Congress leader P. Chidambaram criticised the tax structure."
doc('f17n3-14',p,'GST COUNCIL',
 "NEW DELHI, Aug 3 - "+ev+"\n\nStates fear revenue losses. REUTER",
 [M('GST Council meeting',['gst council'],'2026-08-09','day','New Delhi',['GST Council','Nirmala Sitharaman'],'upcoming',ev)])

# 15 talks "between" two named sides; a mediator in the next sentence
p='2026-06-29'
ev="Talks between the Colombian government and the ELN rebel group will resume in Caracas on Monday."
doc('f17n3-15',p,'COLOMBIA ELN TALKS',
 "BOGOTA, June 29 - "+ev+" Norway and Cuba act as guarantors.\n\nThe talks stalled in January. REUTER",
 [M('Colombia-ELN talks',['eln','caracas'],wd(p,'monday',1),'day','Caracas',['Colombia','ELN','Norway','Cuba'],'upcoming',ev)])

# 16 the company's board; an analyst and a brokerage are no party
p='2026-09-21'
ev="Paramount Skydance said on Monday its board would meet on Friday to review a takeover proposal from Comcast."
doc('f17n3-16',p,'PARAMOUNT BOARD',
 "NEW YORK, Sept 21 - "+ev+" Analyst Rich Greenfield of LightShed Partners said a deal was likely.\n\nThe shares rose 7 pct. REUTER",
 [M('Paramount Skydance board meeting',['board','paramount'],wd(p,'friday',1),'day',None,['Paramount Skydance'],'upcoming',ev)])

# 17 "the ministers" for two persons named before
p='2026-02-16'
ev="The ministers will meet again in Tokyo on March 3, the Japanese foreign ministry said."
doc('f17n3-17',p,'JAPAN CHINA',
 "TOKYO, Feb 16 - Japanese Foreign Minister Toshimitsu Motegi and Chinese Foreign Minister Wang Yi spoke by phone on Monday about seafood exports. "+ev+"\n\nTies have improved. REUTER",
 [M('Motegi-Wang meeting',['tokyo','march 3'],'2026-03-03','day','Tokyo',['Toshimitsu Motegi','Wang Yi'],'upcoming',ev)])

# 18 a hearing of a named committee; the company of the witness is no party
p='2026-04-27'
ev="Meta Platforms chief executive Mark Zuckerberg will testify before the Senate Commerce Committee on Wednesday about child safety."
doc('f17n3-18',p,'ZUCKERBERG TESTIMONY',
 "WASHINGTON, April 27 - "+ev+"\n\nParents' groups have pressed for new rules. REUTER",
 [M('Senate Commerce Committee hearing',['commerce committee','zuckerberg'],wd(p,'wednesday',1),'day','Washington',['Senate Commerce Committee','Mark Zuckerberg'],'upcoming',ev)])

# 19 a union speaker and employers named by their federation
p='2026-03-16'
ev="Sweden's IF Metall will resume wage talks with the Association of Swedish Engineering Industries on Thursday, the union said."
doc('f17n3-19',p,'SWEDISH WAGE TALKS',
 "STOCKHOLM, March 16 - "+ev+"\n\nThe industry sets the pace for other sectors. REUTER",
 [M('IF Metall wage talks',['if metall','engineering industries'],wd(p,'thursday',1),'day',None,['IF Metall','Association of Swedish Engineering Industries'],'upcoming',ev)])

# 20 region and topic are no parties; a bloc named in full
p='2026-10-19'
ev="Trade ministers of the Association of Southeast Asian Nations will meet in Kuala Lumpur on Saturday to discuss U.S. tariffs on semiconductors from the region."
doc('f17n3-20',p,'ASEAN TRADE MINISTERS',
 "KUALA LUMPUR, Oct 19 - "+ev+"\n\nMalaysia chairs the bloc this year. REUTER",
 [M('ASEAN trade ministers meeting',['trade ministers','southeast asian nations'],wd(p,'saturday',1),'day','Kuala Lumpur',['Association of Southeast Asian Nations'],'upcoming',ev)])

# 21 the premier named before, "the premier" in the meeting's sentence
p='2026-01-26'
ev="The premier will meet Prime Minister Mark Carney in Ottawa on Thursday to press for federal help."
doc('f17n3-21',p,'ONTARIO OTTAWA',
 "TORONTO, Jan 26 - Ontario Premier Doug Ford said on Monday that U.S. tariffs would cost the province 100,000 jobs. "+ev+"\n\nFord has urged retaliation. REUTER",
 [M('Ford-Carney meeting',['carney','ottawa'],wd(p,'thursday',1),'day','Ottawa',['Doug Ford','Mark Carney'],'upcoming',ev)])

# 22 the body named only in the possessive of "its" meeting's subject
p='2026-05-18'
ev="The Organization of American States' Permanent Council will hold an extraordinary session on Tuesday on the crisis in Haiti."
doc('f17n3-22',p,'OAS HAITI',
 "WASHINGTON, May 18 - "+ev+"\n\nGangs control most of the capital. REUTER",
 [M('OAS Permanent Council session',['permanent council','extraordinary session'],wd(p,'tuesday',1),'day','Washington',['Organization of American States'],'upcoming',ev)])

# 23 a leader visiting, hosts named in the next sentence
p='2026-07-27'
doc('f17n3-23',p,'RAMAPHOSA JAPAN',
 "JOHANNESBURG, July 27 - South African President Cyril Ramaphosa will begin a three-day visit to Japan on Tuesday. He will meet Prime Minister Sanae Takaichi on Wednesday, the presidency said.\n\nJapan is a top investor. REUTER",
 [M('Ramaphosa-Takaichi meeting',['takaichi','ramaphosa'],wd(p,'wednesday',1),'day','Japan',['Cyril Ramaphosa','Sanae Takaichi'],'upcoming',"He will meet Prime Minister Sanae Takaichi on Wednesday, the presidency said.")])

# 24 a product and a market are no parties
p='2026-03-09'
ev="Samsung Electronics and Nvidia executives met in Seoul on Friday to discuss supplies of HBM4 chips for the Rubin platform."
doc('f17n3-24',p,'SAMSUNG NVIDIA',
 "SEOUL, March 9 - "+ev+"\n\nSamsung shares rose 4 pct on the KOSPI. REUTER",
 [M('Samsung-Nvidia meeting',['nvidia','samsung'],wd(p,'friday',-1),'day','Seoul',['Samsung Electronics','Nvidia'],'past',ev)])

# 25 "the group" for the bloc named before
p='2026-09-07'
ev="The group will hold its next ministerial meeting in Riyadh on Oct. 2."
doc('f17n3-25',p,'OPEC+ NEXT MEETING',
 "DUBAI, Sept 7 - The Organization of the Petroleum Exporting Countries and allies led by Russia agreed on Sunday to raise output again. "+ev+"\n\nOil fell 2 pct. REUTER",
 [M('OPEC+ ministerial meeting',['ministerial meeting','riyadh'],'2026-10-02','day','Riyadh',['Organization of the Petroleum Exporting Countries'],'upcoming',ev)])

# 26 a nominee's hearing; the nominating president is no party
p='2026-01-12'
ev="The Senate Judiciary Committee will begin confirmation hearings on Tuesday for Emil Bove, whom President Donald Trump nominated to the appeals court."
doc('f17n3-26',p,'BOVE HEARINGS',
 "WASHINGTON, Jan 12 - "+ev+"\n\nDemocrats oppose the nomination. REUTER",
 [M('Senate Judiciary Committee hearings',['judiciary committee','confirmation hearings'],wd(p,'tuesday',1),'day','Washington',['Senate Judiciary Committee','Emil Bove'],'upcoming',ev)])

# 27 coordinated nationalities with a field word; a third country after
p='2026-04-13'
ev="Indian and Pakistani water officials met in New Delhi on Saturday to discuss the Indus treaty."
doc('f17n3-27',p,'INDUS TALKS',
 "NEW DELHI, April 13 - "+ev+" A World Bank representative also attended, officials said.\n\nThe treaty dates from 1960. REUTER",
 [M('India-Pakistan Indus talks',['indus','water officials'],wd(p,'saturday',-1),'day','New Delhi',['India','Pakistan','World Bank'],'past',ev)])

# 28 the owner of the meeting only in its title
p='2026-06-08'
ev="The annual meeting of the Asian Infrastructure Investment Bank opens in Beijing on June 24."
doc('f17n3-28',p,'AIIB ANNUAL MEETING',
 "BEIJING, June 8 - "+ev+"\n\nThe bank has 110 members. REUTER",
 [M('AIIB annual meeting',['asian infrastructure investment bank','annual meeting'],'2026-06-24','day','Beijing',['Asian Infrastructure Investment Bank'],'upcoming',ev)])

# 29 a chair named by "who will chair the talks" in the sentence after
p='2026-11-16'
ev="Sudan's warring parties will meet in Jeddah on Saturday for a new round of ceasefire talks."
doc('f17n3-29',p,'SUDAN TALKS',
 "CAIRO, Nov 16 - "+ev+" U.S. envoy Massad Boulos, who will chair the talks, said both sides had accepted.\n\nThe war is in its third year. REUTER",
 [M('Sudan ceasefire talks',['jeddah','ceasefire talks'],wd(p,'saturday',1),'day','Jeddah',['Sudan','Massad Boulos'],'upcoming',ev)])

# 30 the board of a body in a possessive with "'s" on a plural
p='2026-02-23'
ev="The African Development Bank's board of governors will meet in Abidjan on May 26 to elect a new president."
doc('f17n3-30',p,'AFDB ELECTION',
 "ABIDJAN, Feb 23 - "+ev+"\n\nFive candidates are running. REUTER",
 [M('AfDB board of governors meeting',['board of governors','african development bank'],'2026-05-26','day','Abidjan',['African Development Bank'],'upcoming',ev)])

write()
