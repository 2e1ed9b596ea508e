from stories import *

# Issue 17, meeting PLACE (session 6, fifth round): 18 stories written after
# the place fixes of this session had landed (12a6521) and before any rule
# change made with them in view — the last first-sight check of what the
# place rules generalise to: bodies at home and away under wordings not
# used before, places in neighbouring sentences, visits, company meetings,
# meetings whose place must stay empty. Annotated per
# meetings.GUIDELINE.md and measured once (the figure is in
# place_sets_test.go).

# 1 a regional government meets at home, "in its weekly session"
p='1987-06-15'
ev="The Catalan regional government will discuss the water shortage in its weekly session on Tuesday, a spokesman said."
doc('u17place5-01',p,'CATALAN GOVERNMENT TO DISCUSS DROUGHT',
 "BARCELONA, June 15 - "+ev+"\n\n"
 "Reservoirs in the region are at 30 pct of capacity. REUTER",
 [M('Catalan regional government session',['catalan regional government','weekly session'],wd(p,'tuesday',1),'day','Barcelona',['Catalan regional government'],'upcoming',ev)])

# 2 a central bank board, "the bank's board", the bank named earlier
p='1987-03-30'
ev="The bank's board meets on Thursday and is expected to leave its discount rate unchanged at 4.5 pct, dealers said."
doc('u17place5-02',p,'NETHERLANDS BANK SEEN HOLDING RATES',
 "AMSTERDAM, March 30 - The Netherlands central bank is unlikely to cut interest rates this week despite the guilder's strength. "+ev+"\n\n"
 "The guilder rose to 1.1265 per mark. REUTER",
 [M('Netherlands central bank board meeting',['board'],wd(p,'thursday',1),'day','Amsterdam',['Netherlands central bank'],'upcoming',ev)])

# 3 a foreign minister received "at the Foreign Ministry" (a building in the capital)
p='1987-10-02'
ev="Foreign Minister Tadashi Kuranari received Iranian Deputy Foreign Minister Mohammad Javad Larijani at the Foreign Ministry today and urged Iran to accept a ceasefire."
doc('u17place5-03',p,'KURANARI URGES IRAN TO ACCEPT CEASEFIRE',
 "TOKYO, Oct 2 - "+ev+"\n\n"
 "Larijani is on a four-day visit to Japan. REUTER",
 [M('Kuranari-Larijani meeting',['kuranari','larijani'],p,'day','Foreign Ministry, Tokyo',['Tadashi Kuranari','Mohammad Javad Larijani'],'past',ev)])

# 4 a trade mission to another capital, the dateline its home
p='1987-05-04'
ev="A delegation of Australian wool growers will hold talks with Soviet trade officials in Moscow next week on wool sales, the Australian Wool Corporation said."
doc('u17place5-04',p,'AUSTRALIAN WOOL GROWERS TO VISIT MOSCOW',
 "MELBOURNE, May 4 - "+ev+"\n\n"
 "The Soviet Union bought 140,000 bales of Australian wool last season. REUTER",
 [M('Australian wool growers-Soviet talks',['wool growers','soviet trade officials'],monday(p,1),'week','Moscow',['Australian wool growers','Soviet Union'],'upcoming',ev)])

# 5 a party congress in its capital
p='1987-12-07'
ev="Vietnam's Communist Party Central Committee opens a plenary session in Hanoi on Wednesday to discuss price reforms, the official Vietnam News Agency said."
doc('u17place5-05',p,'VIETNAM PARTY PLENUM TO DISCUSS PRICES',
 "BANGKOK, Dec 7 - "+ev+"\n\n"
 "Inflation in Vietnam is estimated at several hundred pct a year. REUTER",
 [M('Vietnam Communist Party Central Committee plenum',['central committee','plenary session'],wd(p,'wednesday',1),'day','Hanoi',['Vietnam Communist Party Central Committee'],'upcoming',ev)])

# 6 a company's board in another company's city: no place
p='1987-08-03'
ev="Directors of Texaco Inc will meet on Friday to consider the latest settlement offer from Pennzoil Co, Texaco said."
doc('u17place5-06',p,'TEXACO BOARD TO CONSIDER PENNZOIL OFFER',
 "HOUSTON, Aug 3 - "+ev+"\n\n"
 "Pennzoil, based in Houston, won a 10.3 billion dlr judgment against Texaco in 1985. REUTER",
 [M('Texaco board meeting',['texaco','directors'],wd(p,'friday',1),'day',None,['Texaco'],'upcoming',ev)])

# 7 a summit's host city given in the next sentence as "will host"
p='1987-11-24'
ev="Leaders of the seven South Asian countries will hold their annual summit next week, officials said."
doc('u17place5-07',p,'SAARC SUMMIT NEXT WEEK',
 "NEW DELHI, Nov 24 - "+ev+"\n\n"
 "Kathmandu will host the meeting. Terrorism and trade are on the agenda. REUTER",
 [M('SAARC summit',['annual summit','south asian'],monday(p,1),'week','Kathmandu',['South Asian countries'],'upcoming',ev)])

# 8 talks by telephone: no meeting; a meeting "here" the day before
p='1987-01-13'
ev="Shultz met Genscher here yesterday for two hours of talks on arms control and Iran."
doc('u17place5-08',p,'SHULTZ, GENSCHER DISCUSS ARMS CONTROL',
 "BONN, Jan 13 - U.S. Secretary of State George Shultz spoke by telephone with Soviet Foreign Minister Eduard Shevardnadze today, a State Department official said. "+ev+"\n\n"
 "Shultz flies to London tomorrow. REUTER",
 [M('Shultz-Genscher talks',['shultz','genscher'],add(p,-1),'day','Bonn',['George Shultz','Genscher'],'past',ev)])

# 9 a European Parliament committee meets in Brussels, reported from Strasbourg
p='1987-04-06'
ev="The European Parliament's agriculture committee will meet in Brussels on April 22 to vote on the farm price proposals, a Parliament spokesman said."
doc('u17place5-09',p,'EUROPARLIAMENT PANEL TO VOTE ON FARM PRICES',
 "STRASBOURG, April 6 - "+ev+"\n\n"
 "The full Parliament will give its opinion at its May session. REUTER",
 [M('European Parliament agriculture committee meeting',['agriculture committee'],'1987-04-22','day','Brussels',['European Parliament agriculture committee'],'upcoming',ev)])

# 10 a governor visits the capital to see the minister
p='1987-02-10'
ev="The governor of the Brazilian state of Rio de Janeiro, Moreira Franco, will travel to Brasilia on Thursday to meet Finance Minister Dilson Funaro about the state's debts."
doc('u17place5-10',p,'RIO GOVERNOR TO MEET FUNARO',
 "RIO DE JANEIRO, Feb 10 - "+ev+"\n\n"
 "The state owes about 2 billion dlrs. REUTER",
 [M('Moreira Franco-Funaro meeting',['moreira franco','funaro'],wd(p,'thursday',1),'day','Brasilia',['Moreira Franco','Dilson Funaro'],'upcoming',ev)])

# 11 a court hearing is no meeting; a creditors' meeting at a hotel
p='1987-05-20'
ev="Creditors of the failed Bank of New England unit will meet at the Park Plaza Hotel on June 2, the receiver said."
doc('u17place5-11',p,'CREDITORS TO MEET JUNE 2',
 "BOSTON, May 20 - "+ev+"\n\n"
 "A bankruptcy court hearing on the receiver's plan is set for June 10. REUTER",
 [M('Creditors meeting',['creditors'],'1987-06-02','day','Park Plaza Hotel, Boston',[],'upcoming',ev)])

# 12 Indian wire: a council meeting in the national capital
p='2025-08-25'
ev="The GST Council will meet in the national capital on September 3 and 4 to consider cutting tax rates on daily-use items, officials said on Monday."
doc('u17place5-12',p,'GST Council meet on Sept 3-4',
 "Mumbai, Aug 25 (IANS) "+ev+"\n\n"
 "A group of ministers has proposed two main slabs of 5 and 18 per cent.",
 [M('GST Council meeting',['gst council'],'2025-09-03','day','New Delhi',['GST Council'],'upcoming',ev,end='2025-09-04')])

# 13 a minister meets a counterpart who is visiting: "his visiting counterpart"
p='1987-09-21'
ev="Defence Minister Kim Beazley will hold talks with his visiting New Zealand counterpart Bob Tizard on Wednesday on the ANZUS split, officials said."
doc('u17place5-13',p,'BEAZLEY TO MEET TIZARD',
 "CANBERRA, Sept 21 - "+ev+"\n\n"
 "New Zealand was suspended from ANZUS after it banned nuclear warships. REUTER",
 [M('Beazley-Tizard talks',['beazley','tizard'],wd(p,'wednesday',1),'day','Canberra',['Kim Beazley','Bob Tizard'],'upcoming',ev)])

# 14 no place: a meeting of two sides reported from a third city
p='1987-06-29'
ev="Iranian and Iraqi delegations will meet next month for talks on exchanging prisoners of war, the International Committee of the Red Cross said."
doc('u17place5-14',p,'IRAN, IRAQ TO DISCUSS PRISONERS',
 "NICOSIA, June 29 - "+ev+"\n\n"
 "The ICRC says about 50,000 Iranian and Iraqi prisoners are held. REUTER",
 [M('Iran-Iraq prisoner talks',['prisoners of war','iranian and iraqi delegations'],'1987-07','month',None,['Iran','Iraq'],'upcoming',ev)])

# 15 a ministerial meeting "in the Thai resort of Pattaya"
p='1987-10-12'
ev="ASEAN economic ministers will meet in the Thai resort of Pattaya from October 15 to prepare for the Manila summit, a Thai official said."
doc('u17place5-15',p,'ASEAN ECONOMIC MINISTERS TO MEET',
 "BANGKOK, Oct 12 - "+ev+"\n\n"
 "The summit is due in December. REUTER",
 [M('ASEAN economic ministers meeting',['asean economic ministers'],'1987-10-15','day','Pattaya',['ASEAN'],'upcoming',ev)])

# 16 a union's executive at its headquarters, stated with "at its headquarters in"
p='1987-03-09'
ev="The executive of the National Union of Mineworkers will meet at its headquarters in Sheffield on Thursday to discuss a national ballot on overtime, a union spokesman said."
doc('u17place5-16',p,'NUM EXECUTIVE TO MEET',
 "LONDON, March 9 - "+ev+"\n\n"
 "British Coal plans to close more pits this year. REUTER",
 [M('NUM executive meeting',['national union of mineworkers','executive'],wd(p,'thursday',1),'day','Sheffield',['National Union of Mineworkers'],'upcoming',ev)])

# 17 a press release: a meeting at an address in another city than the dateline
p='2025-04-15'
ev="Harbor Point Bancorp will hold its annual meeting of shareholders on May 20, 2025 at 10:00 a.m. at the Harbor Point Conference Center, 200 Water Street, Portland, Maine."
doc('u17place5-17',p,'Harbor Point Bancorp announces annual meeting',
 "BOSTON, April 15, 2025 /PRNewswire/ -- "+ev+"\n\n"
 "Harbor Point Bancorp is the holding company for Harbor Point Bank.",
 [M('Harbor Point Bancorp annual meeting',['annual meeting','harbor point'],'2025-05-20','day','Harbor Point Conference Center, Portland',['Harbor Point Bancorp'],'upcoming',ev)])

# 18 a cabinet meeting "after his return" from abroad: at home
p='1987-06-01'
ev="Prime Minister Jacques Chirac will chair a cabinet meeting on Wednesday after his return from Canada, his office said."
doc('u17place5-18',p,'CHIRAC TO CHAIR CABINET',
 "PARIS, June 1 - "+ev+"\n\n"
 "Chirac is in Quebec for talks on trade. REUTER",
 [M('French cabinet meeting',['cabinet meeting'],wd(p,'wednesday',1),'day','Paris',['Jacques Chirac'],'upcoming',ev)])

write()
