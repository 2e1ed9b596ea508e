from stories import *

# Issue 17, helper 17b: fresh17n2, 30 wire stories written after the first
# landing of the entity-table rules (parties.group-ref) and measured once on
# that main before any further rule change (the figure is in the commit
# that adds this file and in the floor test's comment). The classes of
# fresh17n in other wordings: owners in possessives and meeting names,
# central banks and their countries, speakers that own the meeting, parties
# in neighbouring sentences, group words and anaphora, and names that are
# no party (a subject of the talks, a place of origin, a nominating
# president, a market word, a product, a person with initials in another
# clause).

# 1 a committee's sub-body in a possessive
p='2026-05-04'
ev="The European Commission's Standing Committee on Plants, Animals, Food and Feed will meet in Brussels on Wednesday to vote on the renewal of glyphosate."
doc('f17n2-01',p,'EU GLYPHOSATE VOTE',
 "BRUSSELS, May 4 - "+ev+"\n\nEnvironmental groups oppose the renewal. REUTER",
 [M('EU plants committee meeting',['standing committee','glyphosate'],wd(p,'wednesday',1),'day','Brussels',['European Commission'],'upcoming',ev)])

# 2 a central bank's council in a possessive, the country first
p='2026-06-01'
ev="Poland's central bank, the National Bank of Poland, will hold its monetary policy council meeting on Tuesday and Wednesday, with analysts expecting a quarter-point cut."
doc('f17n2-02',p,'POLAND RATES',
 "WARSAW, June 1 - "+ev+"\n\nInflation fell to 3.1 pct in May. REUTER",
 [M('NBP monetary policy council meeting',['monetary policy council','national bank of poland'],wd(p,'tuesday',1),'day','Warsaw',['National Bank of Poland'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 3 the speaker owns, a date between "said" and "it"
p='2026-04-13'
ev="Greenfield Packaging Corp said on Monday it would convene a special shareholders' meeting on May 20 to vote on its sale to Sealed Air."
doc('f17n2-03',p,'GREENFIELD SALE VOTE',
 "NEW YORK, April 13 - "+ev+"\n\nThe deal values the company at $1.2 billion. REUTER",
 [M('Greenfield special shareholders meeting',['special shareholders','greenfield'],'2026-05-20','day',None,['Greenfield Packaging Corp'],'upcoming',ev)])

# 4 the speaking union owns the talks
p='2026-03-23'
ev="The Public and Commercial Services union said on Friday it would resume talks with the Cabinet Office on Tuesday over civil service pay."
doc('f17n2-04',p,'PCS PAY TALKS',
 "LONDON, March 23 - "+ev+"\n\nThe union has balloted 100,000 members. REUTER",
 [M('PCS-Cabinet Office pay talks',['cabinet office','civil service pay'],wd(p,'tuesday',1),'day',None,['Public and Commercial Services union','Cabinet Office'],'upcoming',ev)])

# 5 "the pair" for two persons named before
p='2026-05-11'
ev="The pair will meet again in Geneva on Thursday, a Swiss foreign ministry spokesman said."
doc('f17n2-05',p,'ARMENIA AZERBAIJAN',
 "GENEVA, May 11 - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held four hours of talks last week. "+ev+"\n\nThe peace treaty text is nearly agreed. REUTER",
 [M('Mirzoyan-Bayramov talks last week',['four hours of talks','last week'],monday(p,-1),'week',None,['Ararat Mirzoyan','Jeyhun Bayramov'],'past',"Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held four hours of talks last week."),
  M('Mirzoyan-Bayramov Geneva meeting',['geneva','pair'],wd(p,'thursday',1),'day','Geneva',['Ararat Mirzoyan','Jeyhun Bayramov'],'upcoming',ev)])

# 6 "the four" for countries named before
p='2026-02-02'
ev="The four will meet in Canberra on Friday for the first Quad ministerial talks of the year."
doc('f17n2-06',p,'QUAD MINISTERS',
 "CANBERRA, Feb 2 - Australia, India, Japan and the United States have stepped up maritime cooperation. "+ev+"\n\nChina has criticised the grouping. REUTER",
 [M('Quad ministerial talks',['quad','canberra'],wd(p,'friday',1),'day','Canberra',['Australia','India','Japan','United States'],'upcoming',ev)])

# 7 "the banks" for the lenders named before
p='2026-03-09'
ev="The banks will meet the company's advisers in London on Wednesday to discuss a debt-for-equity swap."
doc('f17n2-07',p,'CREDITOR MEETING',
 "LONDON, March 9 - Barclays, HSBC and Lloyds Banking Group are owed more than 2 billion pounds by the struggling retailer Harlow Stores. "+ev+"\n\nHarlow Stores shares fell 9 pct. REUTER",
 [M('Harlow Stores creditor meeting',['banks','advisers'],wd(p,'wednesday',1),'day','London',['Barclays','HSBC','Lloyds Banking Group','Harlow Stores'],'upcoming',ev)])

# 8 "the federation" for the body named before
p='2026-04-20'
ev="The federation will meet representatives of Hockey Canada in Toronto on Thursday to discuss safeguarding rules."
doc('f17n2-08',p,'HOCKEY SAFEGUARDING',
 "TORONTO, April 20 - The International Ice Hockey Federation said it was reviewing abuse complaints from three countries. "+ev+"\n\nThe sport has faced several scandals. REUTER",
 [M('IIHF-Hockey Canada meeting',['hockey canada','federation'],wd(p,'thursday',1),'day','Toronto',['International Ice Hockey Federation','Hockey Canada'],'upcoming',ev)])

# 9 the country of the goods is no party
p='2026-05-18'
ev="U.S. and Canadian trade officials will meet in Ottawa on Tuesday to discuss duties on Mexican tomatoes and Brazilian beef."
doc('f17n2-09',p,'US CANADA TRADE',
 "OTTAWA, May 18 - "+ev+"\n\nBoth sides want a common line. REUTER",
 [M('U.S.-Canada trade talks',['trade officials','ottawa'],wd(p,'tuesday',1),'day','Ottawa',['United States','Canada'],'upcoming',ev)])

# 10 the president who appointed is no party
p='2026-06-08'
ev="The Senate Foreign Relations Committee will question Lisa Moreno, President Donald Trump's nominee for ambassador to Brazil, at a hearing on Wednesday."
doc('f17n2-10',p,'MORENO HEARING',
 "WASHINGTON, June 8 - "+ev+"\n\nMoreno is a former trade official. REUTER",
 [M('Senate Foreign Relations Committee hearing',['foreign relations committee','hearing'],wd(p,'wednesday',1),'day','Washington',['Senate Foreign Relations Committee','Lisa Moreno'],'upcoming',ev)])

# 11 a region is no party
p='2026-03-30'
ev="Health ministers of the Southern African Development Community will meet in Gaborone on Thursday to coordinate the response to cholera in the Great Lakes region."
doc('f17n2-11',p,'SADC HEALTH MINISTERS',
 "GABORONE, March 30 - "+ev+"\n\nCases have doubled this year. REUTER",
 [M('SADC health ministers meeting',['southern african development community','health ministers'],wd(p,'thursday',1),'day','Gaborone',['Southern African Development Community'],'upcoming',ev)])

# 12 a product name is no party
p='2026-04-06'
ev="Airbus and Spirit AeroSystems will hold talks in Toulouse on Tuesday on the supply of fuselage sections for the A350."
doc('f17n2-12',p,'AIRBUS SPIRIT TALKS',
 "PARIS, April 6 - "+ev+"\n\nSpirit has struggled with quality problems. REUTER",
 [M('Airbus-Spirit AeroSystems talks',['spirit aerosystems','toulouse'],wd(p,'tuesday',1),'day','Toulouse',['Airbus','Spirit AeroSystems'],'upcoming',ev)])

# 13 "Analysts" and "Dealers" open the next sentences
p='2026-02-16'
ev="The Reserve Bank of India's Monetary Policy Committee begins a three-day meeting on Wednesday."
doc('f17n2-13',p,'RBI MEETING',
 "MUMBAI, Feb 16 - "+ev+" Analysts expect a 25 basis point cut.\n\nDealers said bond yields fell. REUTER",
 [M('RBI Monetary Policy Committee meeting',['monetary policy committee','reserve bank of india'],wd(p,'wednesday',1),'day','Mumbai',['Reserve Bank of India'],'upcoming',ev,end=add(wd(p,'wednesday',1),2))])

# 14 the delegation's head named in the next sentence
p='2026-05-25'
ev="A Vietnamese delegation will hold talks with Cambodian officials in Phnom Penh on Thursday on the Funan Techo canal."
doc('f17n2-14',p,'VIETNAM CAMBODIA CANAL',
 "HANOI, May 25 - "+ev+" Deputy Foreign Minister Do Hung Viet will head the delegation, the ministry said.\n\nThe canal would link Phnom Penh to the sea. REUTER",
 [M('Vietnam-Cambodia canal talks',['funan techo','phnom penh'],wd(p,'thursday',1),'day','Phnom Penh',['Vietnam','Cambodia','Do Hung Viet'],'upcoming',ev)])

# 15 employers named in the sentence after
p='2026-02-23'
ev="Dutch rail unions will resume talks with the national operator on Wednesday in Utrecht."
doc('f17n2-15',p,'DUTCH RAIL TALKS',
 "AMSTERDAM, Feb 23 - "+ev+" The operator, NS, and the unions FNV and VVMC failed to agree last month.\n\nTrains were halted for two days. REUTER",
 [M('Dutch rail talks',['rail unions','national operator'],wd(p,'wednesday',1),'day','Utrecht',['NS','FNV','VVMC'],'upcoming',ev)])

# 16 members who asked for the session, in the sentence after
p='2026-03-03'
ev="The U.N. Human Rights Council will hold a special session on Friday on the violence in eastern Congo."
doc('f17n2-16',p,'RIGHTS COUNCIL SESSION',
 "GENEVA, March 3 - "+ev+" The session was requested by Congo and backed by 52 states, a U.N. spokesman said.\n\nThe rebels deny abuses. REUTER",
 [M('UN Human Rights Council special session',['human rights council','special session'],wd(p,'friday',1),'day','Geneva',['U.N. Human Rights Council','Congo'],'upcoming',ev)])

# 17 the minister named earlier, "the minister" later in the sentence
p='2026-01-26'
ev="On Thursday the minister will meet European Commission President Ursula von der Leyen in Brussels."
doc('f17n2-17',p,'NORWAY MINISTER',
 "OSLO, Jan 26 - Norway's Foreign Minister Espen Barth Eide said on Monday that energy ties with the European Union would deepen. "+ev+"\n\nNorway supplies 30 pct of the EU's gas. REUTER",
 [M('Eide-von der Leyen meeting',['von der leyen','brussels'],wd(p,'thursday',1),'day','Brussels',['Espen Barth Eide','Ursula von der Leyen'],'upcoming',ev)])

# 18 a person with initials in another clause is no party
p='2026-04-27'
ev="Sri Lankan President Anura Kumara Dissanayake will meet Indian Prime Minister Narendra Modi in New Delhi on Friday, a year after J.R. Perera, the opposition leader, called for a review of the fishing pact."
doc('f17n2-18',p,'SRI LANKA INDIA',
 "COLOMBO, April 27 - "+ev+"\n\nFishing disputes strain ties. REUTER",
 [M('Dissanayake-Modi meeting',['dissanayake','new delhi'],wd(p,'friday',1),'day','New Delhi',['Anura Kumara Dissanayake','Narendra Modi'],'upcoming',ev)])

# 19 the body named in the meeting's name; a country after "of" is its member
p='2026-06-15'
ev="The African Union Peace and Security Council meets in Addis Ababa on Tuesday to discuss the suspension of Guinea."
doc('f17n2-19',p,'AU COUNCIL',
 "ADDIS ABABA, June 15 - "+ev+"\n\nThe junta has promised elections. REUTER",
 [M('AU Peace and Security Council meeting',['peace and security council','african union'],wd(p,'tuesday',1),'day','Addis Ababa',['African Union Peace and Security Council'],'upcoming',ev)])

# 20 an ethnonym and a place of origin are no party
p='2026-03-16'
ev="Turkish and Iraqi officials met in Baghdad on Sunday to discuss water sharing and Kurdish militants based in the Qandil mountains."
doc('f17n2-20',p,'TURKEY IRAQ WATER',
 "BAGHDAD, March 16 - "+ev+"\n\nIraq says dams upstream have cut its water. REUTER",
 [M('Turkey-Iraq talks',['water sharing','baghdad'],wd(p,'sunday',-1),'day','Baghdad',['Turkey','Iraq'],'past',ev)])

# 21 a company named by its country and a kind word
p='2026-05-05'
ev="Japan's Nippon Steel will meet officials of the United Steelworkers union in Pittsburgh on Friday to discuss job guarantees at U.S. Steel."
doc('f17n2-21',p,'NIPPON STEEL USW',
 "PITTSBURGH, May 5 - "+ev+"\n\nThe union opposed the takeover. REUTER",
 [M('Nippon Steel-USW meeting',['united steelworkers','pittsburgh'],wd(p,'friday',1),'day','Pittsburgh',['Nippon Steel','United Steelworkers'],'upcoming',ev)])

# 22 a central bank's governor named as the chair
p='2026-02-09'
ev="Bank Indonesia's board of governors meets on Tuesday and Wednesday, and Governor Perry Warjiyo will chair the meeting."
doc('f17n2-22',p,'BI MEETING',
 "JAKARTA, Feb 9 - "+ev+"\n\nThe rupiah is near a record low. REUTER",
 [M('Bank Indonesia board meeting',['board of governors','bank indonesia'],wd(p,'tuesday',1),'day','Jakarta',['Bank Indonesia','Perry Warjiyo'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 23 "both companies" for the pair named before
p='2026-04-14'
ev="Executives of both companies met in Seoul on Monday to review the battery venture, a source said."
doc('f17n2-23',p,'LG HONDA',
 "SEOUL, April 14 - LG Energy Solution and Honda Motor opened their Ohio battery plant in March. "+ev+"\n\nThe plant employs 2,200 people. REUTER",
 [M('LG-Honda executives meeting',['both companies','seoul'],wd(p,'monday',-1),'day','Seoul',['LG Energy Solution','Honda Motor'],'past',ev)])

# 24 "the six" for the countries named before
p='2026-05-20'
ev="The six met in Muscat on Tuesday and agreed to study a common visa."
doc('f17n2-24',p,'GCC VISA',
 "MUSCAT, May 20 - Saudi Arabia, the United Arab Emirates, Qatar, Kuwait, Bahrain and Oman make up the Gulf Cooperation Council. "+ev+"\n\nTourism has grown fast. REUTER",
 [M('GCC Muscat meeting',['muscat','common visa'],wd(p,'tuesday',-1),'day','Muscat',['Saudi Arabia','United Arab Emirates','Qatar','Kuwait','Bahrain','Oman'],'past',ev)])

# 25 "the unions" for the unions named before; the employer named in the sentence
p='2026-03-02'
ev="The unions will meet Lufthansa on Thursday in Frankfurt."
doc('f17n2-25',p,'LUFTHANSA UNIONS',
 "FRANKFURT, March 2 - Verdi and the pilots' union Vereinigung Cockpit have called strikes at Lufthansa over pensions. "+ev+"\n\nFlights were cut by half last week. REUTER",
 [M('Lufthansa union talks',['lufthansa','unions'],wd(p,'thursday',1),'day','Frankfurt',['Verdi','Vereinigung Cockpit','Lufthansa'],'upcoming',ev)])

# 26 an owner inside the name of a summit
p='2026-09-14'
ev="The Asia-Pacific Economic Cooperation summit will be held in Shenzhen on Nov. 11 and 12."
doc('f17n2-26',p,'APEC SUMMIT',
 "BEIJING, Sept 14 - "+ev+"\n\nChina hosts APEC this year. REUTER",
 [M('APEC summit',['asia-pacific economic cooperation','shenzhen'],'2026-11-11','day','Shenzhen',['Asia-Pacific Economic Cooperation'],'upcoming',ev,end='2026-11-12')])

# 27 the speaker is only a source; the parties are in the object
p='2026-01-19'
ev="China's commerce ministry said on Monday that Vice Premier He Lifeng would hold trade talks with U.S. Treasury Secretary Scott Bessent in Geneva on Saturday."
doc('f17n2-27',p,'CHINA US TALKS',
 "BEIJING, Jan 19 - "+ev+"\n\nTariffs remain high. REUTER",
 [M('He-Bessent trade talks',['bessent','geneva'],wd(p,'saturday',1),'day','Geneva',['He Lifeng','Scott Bessent'],'upcoming',ev)])

# 28 a company's possessive board
p='2026-02-26'
ev="Siemens Energy's supervisory board will meet on Tuesday to approve the appointment of a new chief financial officer, two people familiar with the matter said."
doc('f17n2-28',p,'SIEMENS ENERGY BOARD',
 "MUNICH, Feb 26 - "+ev+"\n\nThe shares rose 2 pct. REUTER",
 [M('Siemens Energy supervisory board meeting',['supervisory board','siemens energy'],wd(p,'tuesday',1),'day',None,['Siemens Energy'],'upcoming',ev)])

# 29 a minister leads, the sides in the sentence before
p='2026-06-22'
ev="Foreign Minister Penny Wong will lead the Australian side, and Foreign Minister Winston Peters the New Zealand one."
doc('f17n2-29',p,'AUSTRALIA NZ TALKS',
 "SYDNEY, June 22 - Australian and New Zealand ministers will hold their annual talks in Queenstown on Friday. "+ev+"\n\nDefence ties top the agenda. REUTER",
 [M('Australia-New Zealand ministerial talks',['annual talks','queenstown'],wd(p,'friday',1),'day','Queenstown',['Australia','New Zealand','Penny Wong','Winston Peters'],'upcoming',"Australian and New Zealand ministers will hold their annual talks in Queenstown on Friday.")])

# 30 the company that speaks and owns its AGM; "Traders" and a market are no party
p='2026-04-02'
ev="Ampol Ltd said on Thursday it would hold its annual general meeting in Sydney on May 14."
doc('f17n2-30',p,'AMPOL AGM',
 "SYDNEY, April 2 - "+ev+" Traders on the ASX marked the shares up 1 pct.\n\nThe fuel retailer reported higher profit. REUTER",
 [M('Ampol AGM',['annual general meeting','ampol'],'2026-05-14','day','Sydney',['Ampol Ltd'],'upcoming',ev)])

write()
