from stories import *

# Issue 17, helper 17t (session 10: participants on wire stories). A fresh
# set written from the class descriptions before any rule was changed with
# it in view, annotated strictly by meetings.GUIDELINE.md and the dev set:
# a person introduced as a country's representative (nationality
# adjective, "Japan's", "of Japan", an apposition) stands for the country,
# which is then no separate party; a country with no named person is a
# party; a body named first in full and then only by its head noun ("the
# council", "the bank", "the union", "the commission", "the cartel") is the
# party as first named; lower-case groups, a reported-speech source, a body
# that "welcomed" the talks, cities and a name cut at a hyphen are no
# parties. Measured once with main's binary before any rule change (the
# figure is in dev_test.go, TestFresh17tSet).
# Run: python3 fresh17t.py fresh17t.jsonl

# 1 two ministers with nationality adjectives: the persons only
p='2026-03-02'
ev="Japanese Finance Minister Katsunobu Kato and U.S. Treasury Secretary Scott Bessent will meet in Washington on Thursday to discuss currency moves, officials said."
doc('f17t-01',p,'Kato, Bessent to meet',
 "TOKYO, March 2 (Reuters) - "+ev+" "
 "The yen has fallen 4% against the dollar since January.\n\n"
 "Traders expect no joint intervention. REUTER",
 [M('Kato Bessent meeting',['kato','bessent'],wd(p,'thursday',1),'day','Washington',['Katsunobu Kato','Scott Bessent'],'upcoming',ev)])

# 2 possessive countries before persons
p='2025-11-17'
ev="Brazil's President Luiz Inacio Lula da Silva held talks with Argentina's Javier Milei on Monday on the sidelines of a Mercosur gathering in Montevideo."
doc('f17t-02',p,'Lula, Milei talks',
 "MONTEVIDEO, Nov 17 (Reuters) - "+ev+" "
 "The two leaders have clashed publicly over trade policy.\n\n"
 "Neither side gave details of the discussion. REUTER",
 [M('Lula Milei talks',['lula','milei'],p,'day','Montevideo',['Luiz Inacio Lula da Silva','Javier Milei'],'past',ev)])

# 3 apposition "X, Germany's foreign minister"
p='2026-05-11'
ev="Johann Wadephul, Germany's foreign minister, will meet his Polish counterpart Radoslaw Sikorski in Warsaw on Wednesday, the German foreign office said."
doc('f17t-03',p,'German, Polish ministers to meet',
 "BERLIN, May 11 (Reuters) - "+ev+" "
 "Border controls and war reparations are expected to be discussed.\n\n"
 "The two countries marked 35 years of their neighbourly treaty last year. REUTER",
 [M('Wadephul Sikorski meeting',['wadephul','sikorski'],wd(p,'wednesday',1),'day','Warsaw',['Johann Wadephul','Radoslaw Sikorski'],'upcoming',ev)])

# 4 "the foreign minister of Kenya" and a country with no person
p='2026-02-09'
ev="Musalia Mudavadi, the foreign minister of Kenya, met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Sunday to discuss a regional power line."
ev2="Kenya and Somalia will hold a separate meeting on border security next week, the Kenyan ministry said."
doc('f17t-04',p,'Kenya, Ethiopia talks',
 "NAIROBI, Feb 9 (Reuters) - "+ev+" "
 +ev2+"\n\n"
 "The line is due to be completed in 2028. REUTER",
 [M('Mudavadi Abiy meeting',['mudavadi','abiy'],add(p,-1),'day','Addis Ababa',['Musalia Mudavadi','Abiy Ahmed'],'past',ev),
  M('Kenya Somalia border meeting',['separate meeting'],monday(p,1),'week',None,['Kenya','Somalia'],'upcoming',ev2)])

# 5 country-only talks: the countries are parties
p='2025-09-22'
ev="India and Pakistan will hold talks on the sharing of river waters in New Delhi on Sept. 29, the Indian foreign ministry said."
doc('f17t-05',p,'India, Pakistan water talks',
 "NEW DELHI, Sept 22 (Reuters) - "+ev+" "
 "The talks under the Indus Waters Treaty have been suspended since 2022.\n\n"
 "Pakistan has not confirmed the date. REUTER",
 [M('India Pakistan water talks',['river waters','talks'],'2025-09-29','day','New Delhi',['India','Pakistan'],'upcoming',ev)])

# 6 capitals used for governments, no persons
p='2026-06-15'
ev="Washington and Seoul will resume talks in Seoul next week on sharing the cost of stationing U.S. troops, South Korea's foreign ministry said on Monday."
doc('f17t-06',p,'U.S.-Korea cost talks',
 "SEOUL, June 15 (Reuters) - "+ev+" "
 "The last agreement expires at the end of the year.\n\n"
 "About 28,500 U.S. troops are stationed in South Korea. REUTER",
 [M('cost-sharing talks',['cost of stationing','resume talks'],monday(p,1),'week','Seoul',['Washington','Seoul'],'upcoming',ev)])

# 7 body named in full, then "The council will meet"
p='2026-11-28'
ev="The council will meet on Dec. 4 to review the mission's mandate, a spokesman said."
doc('f17t-07',p,'AU council on Sudan',
 "ADDIS ABABA, Nov 28 (Reuters) - The African Union's Peace and Security Council on Friday called for an immediate ceasefire in Sudan's Darfur region. "
 +ev+"\n\n"
 "Fighting has displaced more than 100,000 people this month. REUTER",
 [M('AU Peace and Security Council meeting',['council will meet'],'2026-12-04','day','Addis Ababa',['Peace and Security Council'],'upcoming',ev)])

# 8 "the bank" after the central bank's name; governor is a person's title
p='2026-01-19'
ev="The bank's policy board will next meet on Feb. 5, when most economists expect it to hold rates."
doc('f17t-08',p,'Czech central bank',
 "PRAGUE, Jan 19 (Reuters) - The Czech National Bank kept its main interest rate at 3.50% last month, citing sticky services inflation. "
 +ev+"\n\n"
 "The bank's governor, Ales Michl, said on Monday that wage growth remained too fast. REUTER",
 [M('Czech National Bank policy meeting',['policy board','next meet'],'2026-02-05','day','Prague',['Czech National Bank'],'upcoming',ev)])

# 9 "the union" after a union's full name; employer named in the same sentence
p='2025-10-06'
ev="The union and the airline will resume negotiations on Thursday, a union spokeswoman said."
doc('f17t-09',p,'Pilots union talks',
 "AMSTERDAM, Oct 6 (Reuters) - The Dutch Airline Pilots Association (VNV) said on Monday it would suspend planned strikes at KLM after the airline made a new pension offer. "
 +ev+"\n\n"
 "KLM said it was hopeful of a deal. REUTER",
 [M('VNV KLM negotiations',['resume negotiations'],wd(p,'thursday',1),'day',None,['Dutch Airline Pilots Association','KLM'],'upcoming',ev)])

# 10 "the commission" after a named commission
p='2026-04-20'
ev="The commission meets on Wednesday to decide whether to extend the inquiry by six months."
doc('f17t-10',p,'Australian inquiry',
 "SYDNEY, April 20 (Reuters) - The Australian Competition and Consumer Commission said on Monday it had received more than 900 submissions on supermarket pricing. "
 +ev+"\n\n"
 "The two largest chains control two-thirds of the grocery market. REUTER",
 [M('ACCC meeting',['commission meets'],wd(p,'wednesday',1),'day',None,['Australian Competition and Consumer Commission'],'upcoming',ev)])

# 11 "the cartel" after OPEC's full name, ministers with nationality
p='2026-05-26'
ev="The cartel's ministers will meet online on Sunday to set output for July, two OPEC+ sources said."
doc('f17t-11',p,'OPEC+ output',
 "DUBAI, May 26 (Reuters) - The Organization of the Petroleum Exporting Countries and its allies are likely to agree another modest output increase, delegates said. "
 +ev+"\n\n"
 "Saudi Energy Minister Prince Abdulaziz bin Salman has pushed for faster increases. REUTER",
 [M('OPEC+ online meeting',['meet online'],wd(p,'sunday',1),'day',None,['Organization of the Petroleum Exporting Countries'],'upcoming',ev)])

# 12 "the committee" two sentences after a named committee; a chair named
p='2025-12-08'
ev="The committee will hold a hearing on the matter on Dec. 16, its chairman, Senator Roger Wicker, said."
doc('f17t-12',p,'Senate hearing on shipbuilding',
 "WASHINGTON, Dec 8 (Reuters) - The Senate Armed Services Committee has asked the Navy to explain delays in its frigate programme. "
 "The first ship is now three years late. "
 +ev+"\n\n"
 "The Navy declined to comment. REUTER",
 [M('Senate Armed Services hearing',['hold a hearing'],'2025-12-16','day','Washington',['Senate Armed Services Committee','Roger Wicker'],'upcoming',ev)])

# 13 reported-speech source and a body that "welcomed" the talks are no parties
p='2026-08-03'
ev="Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet in Abu Dhabi on Aug. 10, the Armenian government said."
doc('f17t-13',p,'Pashinyan, Aliyev to meet',
 "YEREVAN, Aug 3 (Reuters) - "+ev+" "
 "The European Union welcomed the planned meeting and urged both sides to sign a peace treaty.\n\n"
 "The two countries fought wars in 1992-1994 and 2020. REUTER",
 [M('Pashinyan Aliyev meeting',['pashinyan','aliyev'],'2026-08-10','day','Abu Dhabi',['Nikol Pashinyan','Ilham Aliyev'],'upcoming',ev)])

# 14 Korean hyphenated names stay whole
p='2026-09-14'
ev="South Korean President Lee Jae-myung will hold a summit with Japanese Prime Minister Sanae Takaichi in Tokyo on Sept. 23, Lee's office said."
doc('f17t-14',p,'Lee, Takaichi summit',
 "SEOUL, Sept 14 (Reuters) - "+ev+" "
 "Lee's chief of staff, Kang Hoon-sik, said the visit would focus on economic security.\n\n"
 "It will be Lee's second trip to Japan this year. REUTER",
 [M('Lee Takaichi summit',['summit'],'2026-09-23','day','Tokyo',['Lee Jae-myung','Sanae Takaichi'],'upcoming',ev)])

# 15 "the ministers" after a named bloc
p='2026-02-16'
ev="The ministers will meet again in Brussels on March 9 to finalise the package."
doc('f17t-15',p,'Eurogroup',
 "BRUSSELS, Feb 16 (Reuters) - The Eurogroup of euro zone finance ministers failed on Monday to agree on a common deposit insurance scheme. "
 +ev+"\n\n"
 "Germany and the Netherlands remain opposed. REUTER",
 [M('Eurogroup meeting',['meet again'],'2026-03-09','day','Brussels',['Eurogroup'],'upcoming',ev),
  M('Eurogroup Monday meeting',['failed on monday'],p,'day','Brussels',['Eurogroup'],'past',"The Eurogroup of euro zone finance ministers failed on Monday to agree on a common deposit insurance scheme.")])

# 16 "the board" after a company's name; company officer named
p='2025-07-21'
ev="The board will meet on July 30 to consider the offer, the company said in a statement."
doc('f17t-16',p,'Takeover offer',
 "LONDON, July 21 (Reuters) - Shares in Spectris Plc rose 12% after the precision instruments maker confirmed it had received a takeover approach from private equity firm KKR. "
 +ev+"\n\n"
 "Chief Executive Andrew Heath declined to comment further. REUTER",
 [M('Spectris board meeting',['board will meet'],'2025-07-30','day',None,['Spectris Plc'],'upcoming',ev)])

# 17 a named person represents the country in a "U.S.-China" frame
p='2026-10-12'
ev="Chinese Vice Premier He Lifeng and U.S. Trade Representative Jamieson Greer will hold a new round of trade talks in Kuala Lumpur this week, China's commerce ministry said."
doc('f17t-17',p,'US-China trade talks',
 "BEIJING, Oct 12 (Reuters) - "+ev+" "
 "Washington has threatened new tariffs on Chinese chips.\n\n"
 "Beijing said it hoped the talks would stabilise ties. REUTER",
 [M('He Greer trade talks',['trade talks'],monday(p,0),'week','Kuala Lumpur',['He Lifeng','Jamieson Greer'],'upcoming',ev)])

# 18 "the assembly" after a named assembly
p='2026-03-23'
ev="The assembly will meet in special session on Friday to vote on the budget."
doc('f17t-18',p,'Kosovo assembly',
 "PRISTINA, March 23 (Reuters) - The Assembly of Kosovo failed for the tenth time on Monday to elect a speaker, prolonging a political deadlock. "
 +ev+"\n\n"
 "Without a budget, public wages could be delayed. REUTER",
 [M('Kosovo assembly special session',['special session'],wd(p,'friday',1),'day','Pristina',['Assembly of Kosovo'],'upcoming',ev)])

# 19 two companies, then "the two groups" is not needed; "the group" for a named group
p='2026-06-01'
ev="The group's shareholders will vote on the merger at an extraordinary meeting on June 25."
doc('f17t-19',p,'Shareholder vote',
 "PARIS, June 1 (Reuters) - French media group Vivendi said on Monday it had agreed to sell its stake in Telecom Italia. "
 +ev+"\n\n"
 "The stake is worth about 400 million euros. REUTER",
 [M('Vivendi extraordinary meeting',['extraordinary meeting'],'2026-06-25','day',None,['Vivendi'],'upcoming',ev)])

# 20 a country represented by an ambassador named later in the sentence
p='2025-08-18'
ev="The Security Council will meet on Wednesday at the request of Ukraine, whose ambassador, Andriy Melnyk, will brief members on attacks on energy sites."
doc('f17t-20',p,'UN council on Ukraine',
 "UNITED NATIONS, Aug 18 (Reuters) - "+ev+"\n\n"
 "Russia's deputy U.N. ambassador Dmitry Polyanskiy said Moscow would also speak. REUTER",
 [M('Security Council meeting on Ukraine',['security council'],wd(p,'wednesday',1),'day','United Nations',['Security Council','Andriy Melnyk'],'upcoming',ev)])

# 21 lower-case groups are no parties; a named federation is
p='2026-04-06'
ev="Farmers' representatives will meet Agriculture Minister Annie Genevard on Thursday, the FNSEA farm union said."
doc('f17t-21',p,'French farmers',
 "PARIS, April 6 (Reuters) - French farmers blocked roads near Lyon on Monday in protest against a trade deal with South American countries. "
 +ev+"\n\n"
 "Dairy farmers and cereal growers say they cannot compete with imports. REUTER",
 [M('farmers meeting with Genevard',['genevard'],wd(p,'thursday',1),'day','Paris',['Annie Genevard'],'upcoming',ev)])

# 22 "the two leaders" after two named leaders of countries
p='2026-07-13'
ev="The two leaders will meet again at a summit in Hanoi in November, officials said."
doc('f17t-22',p,'Australia, Vietnam leaders',
 "CANBERRA, July 13 (Reuters) - Australian Prime Minister Anthony Albanese and Vietnamese Prime Minister Pham Minh Chinh agreed on Monday to expand cooperation on critical minerals. "
 +ev+"\n\n"
 "Australia is Vietnam's seventh-largest trading partner. REUTER",
 [M('Albanese Pham summit in Hanoi',['meet again','summit'],'2026-11','month','Hanoi',['Anthony Albanese','Pham Minh Chinh'],'upcoming',ev),
  M('Albanese Pham talks',['agreed on monday'],p,'day','Canberra',['Anthony Albanese','Pham Minh Chinh'],'past',"Australian Prime Minister Anthony Albanese and Vietnamese Prime Minister Pham Minh Chinh agreed on Monday to expand cooperation on critical minerals.")])

# 23 "the federation" after a named employers' federation; a union named
p='2025-11-03'
ev="Talks between the federation and Unionen are set to resume on Nov. 12, a mediator said."
doc('f17t-23',p,'Swedish wage talks',
 "STOCKHOLM, Nov 3 (Reuters) - The Confederation of Swedish Enterprise said on Monday that wage demands of 4% were unrealistic. "
 +ev+"\n\n"
 "Sweden's industrial wage deals set the benchmark for the rest of the economy. REUTER",
 [M('Swedish wage talks',['resume'],'2025-11-12','day',None,['Confederation of Swedish Enterprise','Unionen'],'upcoming',ev)])

# 24 "of France" and a possessive for a second minister
p='2026-01-26'
ev="The finance minister of France, Roland Lescure, and Italy's Giancarlo Giorgetti will meet in Rome on Friday to discuss EU budget rules."
doc('f17t-24',p,'French, Italian finance ministers',
 "ROME, Jan 26 (Reuters) - "+ev+" "
 "Both countries are under an excessive deficit procedure.\n\n"
 "The European Commission will publish its assessment in the spring. REUTER",
 [M('Lescure Giorgetti meeting',['lescure','giorgetti'],wd(p,'friday',1),'day','Rome',['Roland Lescure','Giancarlo Giorgetti'],'upcoming',ev)])

# 25 a country without a named person beside a person for another country
p='2025-06-09'
ev="Iranian Foreign Minister Abbas Araqchi will hold talks with officials from Oman in Muscat on Wednesday, Iranian state media reported."
doc('f17t-25',p,'Araqchi in Oman',
 "DUBAI, June 9 (Reuters) - "+ev+" "
 "Oman has mediated between Tehran and Washington in the past.\n\n"
 "No U.S. officials are expected to attend. REUTER",
 [M('Araqchi Oman talks',['araqchi'],wd(p,'wednesday',1),'day','Muscat',['Abbas Araqchi','Oman'],'upcoming',ev)])

# 26 "the committee" after a central bank's named committee; the bank's governor is a person
p='2026-09-28'
ev="The committee next meets on Oct. 8, economists said."
doc('f17t-26',p,'RBI',
 "MUMBAI, Sept 28 (Reuters) - The Reserve Bank of India's Monetary Policy Committee cut its repo rate by 25 basis points to 5.25% in August. "
 +ev+"\n\n"
 "Inflation eased to 2.1% in August. REUTER",
 [M('RBI MPC meeting',['next meets'],'2026-10-08','day','Mumbai',['Monetary Policy Committee','Reserve Bank of India'],'upcoming',ev)])

# 27 "the union" with its leader named; the company named earlier
p='2026-03-30'
ev="The union will meet Stellantis negotiators on Thursday, union leader Shawn Fain said."
doc('f17t-27',p,'UAW and Stellantis',
 "DETROIT, March 30 (Reuters) - The United Auto Workers union accused Stellantis on Monday of breaking a promise to reopen its Belvidere, Illinois, plant. "
 +ev+"\n\n"
 "Stellantis said it remained committed to the plant. REUTER",
 [M('UAW Stellantis meeting',['stellantis negotiators'],wd(p,'thursday',1),'day',None,['United Auto Workers','Stellantis'],'upcoming',ev)])

# 28 a past meeting of two named bodies by their full names, a city is not a party
p='2025-05-19'
ev="The World Health Organization and the Africa Centres for Disease Control and Prevention met in Geneva on Monday to coordinate the response to a cholera outbreak."
doc('f17t-28',p,'Cholera response',
 "GENEVA, May 19 (Reuters) - "+ev+" "
 "Health officials said cases were rising in Angola and Sudan.\n\n"
 "More than 300 deaths have been recorded in Angola. REUTER",
 [M('WHO Africa CDC meeting',['met in geneva'],p,'day','Geneva',['World Health Organization','Africa Centres for Disease Control and Prevention'],'past',ev)])

# 29 "the bank" as a development bank; a minister of a country with nationality
p='2026-10-05'
ev="Pakistani Finance Minister Muhammad Aurangzeb will meet officials of the bank in Washington next week to discuss the loan."
doc('f17t-29',p,'Pakistan loan',
 "ISLAMABAD, Oct 5 (Reuters) - The Asian Development Bank said on Monday it would consider a $500 million loan for Pakistan's energy sector. "
 +ev+"\n\n"
 "Pakistan is under a $7 billion IMF programme. REUTER",
 [M('Aurangzeb ADB meeting',['aurangzeb'],monday(p,1),'week','Washington',['Muhammad Aurangzeb','Asian Development Bank'],'upcoming',ev)])

# 30 "Tokyo" for the government with a named minister for the other side: city as government, no person for Japan
p='2026-02-02'
ev="Indonesian Trade Minister Budi Santoso will hold talks with Tokyo on a new investment pact next month, his ministry said."
doc('f17t-30',p,'Indonesia-Japan pact',
 "JAKARTA, Feb 2 (Reuters) - "+ev+" "
 "Japan is Indonesia's second-largest source of foreign investment.\n\n"
 "Jakarta wants more Japanese capital for nickel processing. REUTER",
 [M('Indonesia Japan investment talks',['budi santoso','investment pact'],'2026-03','month',None,['Budi Santoso','Tokyo'],'upcoming',ev)])

# 31 "the group" for a named group of countries, a chair named
p='2026-04-27'
ev="The group will meet in Cape Town in July, South Africa's Enoch Godongwana, who chairs it this year, said."
doc('f17t-31',p,'G20 finance track',
 "JOHANNESBURG, April 27 (Reuters) - Finance ministers of the Group of 20 ended two days of talks in Washington on Saturday without a joint communique. "
 +ev+"\n\n"
 "The United States did not send a delegation. REUTER",
 [M('G20 finance meeting in Cape Town',['cape town'],'2026-07','month','Cape Town',['Group of 20','Enoch Godongwana'],'upcoming',ev),
  M('G20 finance ministers talks',['two days of talks'],add(wd(p,'saturday',-1),-1),'day','Washington',['Group of 20'],'past',"Finance ministers of the Group of 20 ended two days of talks in Washington on Saturday without a joint communique.",end=wd(p,'saturday',-1))])

write()
