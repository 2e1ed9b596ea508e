from stories import *

# Issue 17, place and participants: 11 stories written after the unseen17pb
# fixes (testdata/unseen17pc.py), in new wordings, annotated per
# meetings.GUIDELINE.md and measured once (figures in dev_test.go).

# 1 a minister leaves for talks abroad chaired by a named banker
p='1987-03-17'
ev="The talks, chaired by Citibank's William Rhodes, are expected to begin tomorrow."
doc('u17pc-01',p,'SOURROUILLE TO RESUME BANK TALKS',
 "BUENOS AIRES, March 17 - Economy Minister Juan Sourrouille left for New York last night to resume negotiations with the country's bank advisory committee on a 2.15 billion dlr loan, the ministry said.\n\n"
 +ev+"\n\n"
 "Argentina wants interest margins cut to 13/16 point over Libor from 1-3/8. Its foreign debt totals about 50 billion dlrs. REUTER",
 [M('Argentina bank advisory committee talks',['advisory committee','rhodes'],add(p,1),'day','New York',['Juan Sourrouille','bank advisory committee','William Rhodes'],'upcoming',ev)])

# 2 leaders gather for a summit abroad; some named in the next sentence
p='1987-06-08'
ev="Leaders of the seven major industrial democracies gathered in Venice today for their annual economic summit, with the falling dollar and farm subsidies at the top of the agenda."
doc('u17pc-02',p,'VENICE SUMMIT OPENS',
 "ROME, June 8 - "+ev+"\n\n"
 "President Reagan, Prime Minister Yasuhiro Nakasone and Chancellor Helmut Kohl arrived last night. Security in the lagoon city is the tightest since the war.\n\n"
 "The dollar closed at 144.20 yen in Tokyo today. REUTER",
 [M('Venice economic summit',['venice','economic summit'],p,'day','Venice',['seven major industrial democracies','Reagan','Yasuhiro Nakasone','Helmut Kohl'],'ongoing',ev)])

# 3 a cabinet at home; its president travels elsewhere later in the week
p='1987-01-26'
ev="The French cabinet will hold its weekly session on Tuesday, a day earlier than usual, because President Francois Mitterrand travels to Brussels on Wednesday, the Elysee said."
doc('u17pc-03',p,'FRENCH CABINET MEETS EARLY',
 "PARIS, Jan 26 - "+ev+"\n\n"
 "The cabinet is expected to approve a bill privatising the television channel TF1. The Bourse index rose 1.2 pct today. REUTER",
 [M('French cabinet session',['cabinet','weekly session'],wd(p,'tuesday',1),'day','Paris',['French cabinet'],'upcoming',ev)])

# 4 ministers meet here on two days; the group's summit later elsewhere
p='1987-11-02'
ev1="Finance ministers from the six ASEAN states will meet here on Thursday and Friday to prepare for the group's December summit in Manila, an ASEAN secretariat official said."
doc('u17pc-04',p,'ASEAN FINANCE MINISTERS TO MEET',
 "SINGAPORE, Nov 2 - "+ev1+"\n\n"
 "The ministers are expected to discuss a plan to cut tariffs on intra-ASEAN trade. Thailand and the Philippines want faster cuts than Indonesia.\n\n"
 "The Singapore dollar was little changed at 2.0720 to the U.S. dollar. REUTER",
 [M('ASEAN finance ministers meeting',['finance ministers','asean'],wd(p,'thursday',1),'day','Singapore',['ASEAN'],'upcoming',ev1,end=wd(p,'friday',1)),
  M('ASEAN summit in Manila',['summit','manila'],'1987-12','month','Manila',['ASEAN'],'upcoming',ev1)])

# 5 Indian wire: a chief minister's meeting at his home office
p='2025-10-14'
ev="Karnataka Chief Minister Siddaramaiah held a meeting with senior officials of the Bruhat Bengaluru Mahanagara Palike (BBMP) at his home office Krishna on Monday to review pothole repairs ahead of the Deepavali rush."
doc('u17pc-05',p,'Siddaramaiah reviews pothole repairs',
 "Bengaluru, Oct 14 (IANS) "+ev+"\n\n"
 "He directed officials to complete the work within a week and warned contractors of penalties. Deputy Chief Minister D.K. Shivakumar, who holds the Bengaluru development portfolio, was also present.\n\n"
 "The opposition BJP has staged protests over the condition of city roads.",
 [M('Siddaramaiah BBMP review meeting',['bbmp','krishna'],wd(p,'monday',-1),'day','Krishna',['Siddaramaiah','Bruhat Bengaluru Mahanagara Palike','D.K. Shivakumar'],'past',ev)])

# 6 a joint group's talks held in the other side's capital
p='1987-05-06'
ev="Chinese and British members of the Joint Liaison Group began three days of talks in London today on arrangements for Hong Kong's return to Chinese rule in 1997, the government said."
doc('u17pc-06',p,'JOINT LIAISON GROUP MEETS IN LONDON',
 "HONG KONG, May 6 - "+ev+"\n\n"
 "The talks are expected to cover the territory's future air services agreements and its separate membership of GATT.\n\n"
 "The Hang Seng index closed 23.41 points higher at 2,621.85. REUTER",
 [M('Joint Liaison Group talks',['joint liaison group'],p,'day','London',['China','Britain','Joint Liaison Group'],'ongoing',ev,end=add(p,2))])

# 7 a company's annual meeting at a stated town
p='1987-03-05'
ev="Texaco Inc <TX> said shareholders will vote on a proposal to stagger the terms of its directors at the annual meeting in Tarrytown, N.Y., on May 12."
doc('u17pc-07',p,'TEXACO SETS VOTE ON DIRECTORS',
 "NEW YORK, March 5 - "+ev+"\n\n"
 "Texaco is appealing a 10.3 billion dlr judgment won by Pennzoil Co <PZL>. Texaco stock closed down 1/4 at 34-1/2. REUTER",
 [M('Texaco annual meeting',['annual meeting','tarrytown'],'1987-05-12','day','Tarrytown',['Texaco Inc'],'upcoming',ev)])

# 8 a subcommittee's hearings at home; its chairman speaks
p='1987-02-11'
ev="The House Ways and Means trade subcommittee will open hearings on Thursday on legislation to curb imports from countries with big trade surpluses, its chairman, Representative Sam Gibbons, said."
doc('u17pc-08',p,'HOUSE PANEL TO OPEN TRADE HEARINGS',
 "WASHINGTON, Feb 11 - "+ev+"\n\n"
 "U.S. Trade Representative Clayton Yeutter is expected to testify next week. The U.S. trade deficit reached a record 169.8 billion dlrs last year. REUTER",
 [M('House trade subcommittee hearings',['hearings','subcommittee'],wd(p,'thursday',1),'day','Washington',['House Ways and Means trade subcommittee','Sam Gibbons'],'upcoming',ev)])

# 9 a meeting reported from elsewhere by a news agency; "monitored here"
p='1987-08-10'
ev="Iranian parliament speaker Akbar Hashemi Rafsanjani met visiting Syrian Vice President Abdel-Halim Khaddam in Tehran yesterday, the official news agency IRNA reported."
doc('u17pc-09',p,'RAFSANJANI MEETS KHADDAM',
 "NICOSIA, Aug 10 - "+ev+"\n\n"
 "Rafsanjani told Khaddam that Iran would not accept a ceasefire in the Gulf war while Iraqi troops remained on Iranian soil, IRNA said in a report monitored here.\n\n"
 "Syria is Iran's main Arab ally. REUTER",
 [M('Rafsanjani-Khaddam meeting',['rafsanjani','khaddam'],add(p,-1),'day','Tehran',['Akbar Hashemi Rafsanjani','Abdel-Halim Khaddam'],'past',ev)])

# 10 creditor banks meet a governor abroad next week
p='1987-07-02'
ev="Nigeria's creditor banks will meet Central Bank Governor Abdulkadir Ahmed in London next week to discuss the rescheduling of 1.5 billion dlrs of medium-term debt, banking sources said."
doc('u17pc-10',p,'NIGERIA, BANKS TO MEET ON DEBT',
 "LAGOS, July 2 - "+ev+"\n\n"
 "The government hopes to complete the agreement before the end of the month. The naira was quoted at 3.95 to the dollar at this week's foreign exchange auction. REUTER",
 [M('Nigeria creditor banks meeting',['creditor banks','abdulkadir ahmed'],monday(p,1),'week','London',["Nigeria's creditor banks",'Abdulkadir Ahmed'],'upcoming',ev)])

# 11 Indian wire: a minister chairs a department's meeting at the state secretariat
p='2025-07-30'
ev="Maharashtra Deputy Chief Minister Devendra Fadnavis on Wednesday chaired a meeting of the water resources department at Mantralaya to review storage in dams across the state."
doc('u17pc-11',p,'Fadnavis reviews dam storage',
 "Mumbai, July 30 (IANS) "+ev+"\n\n"
 "Storage in the Marathwada region stood at 38 per cent, against 52 per cent a year ago, officials said. Fadnavis directed the department to plan water tankers for drought-hit villages in Beed and Latur.",
 [M('Maharashtra water resources department meeting',['water resources department','mantralaya'],p,'day','Mantralaya',['Devendra Fadnavis','water resources department'],'past',ev)])

write()
