from stories import *

# Issue 17, meeting PLACE (session 6, fourth round): 18 stories written
# after the unseen17place3 fixes had landed (4d4d50b) and before any rule
# change made with them in view: party and parliament bodies at home, "the
# truce village of", "on a visit to", "arrived in ... and will see", a
# venue said to be undecided, a residence, a mission to another country,
# two sides with no venue, a virtual meeting, a country as the place.
# Annotated per meetings.GUIDELINE.md and measured once (the figure is in
# place_sets_test.go).

# 1 a party's politburo at home
p='1987-10-16'
ev="The Politburo of the Polish United Workers' Party will meet on Monday to approve the economic reform programme, the official news agency PAP said."
doc('u17place4-01',p,'POLISH POLITBURO TO MEET ON REFORM',
 "WARSAW, Oct 16 - "+ev+"\n\n"
 "The programme will be put to a referendum on November 29. REUTER",
 [M('Polish Politburo meeting',['politburo'],wd(p,'monday',1),'day','Warsaw',["Polish United Workers' Party"],'upcoming',ev)])

# 2 a parliament's committee questions the central bank chief
p='1987-11-02'
ev="The Bundestag's finance committee will question Bundesbank President Karl Otto Poehl on Wednesday about the fall of the dollar, a committee spokesman said."
doc('u17place4-02',p,'BUNDESTAG PANEL TO QUESTION POEHL',
 "BONN, Nov 2 - "+ev+"\n\n"
 "The dollar fell to 1.67 marks in Frankfurt today. REUTER",
 [M('Bundestag finance committee hearing',['finance committee','poehl'],wd(p,'wednesday',1),'day','Bonn',['Bundestag finance committee','Karl Otto Poehl'],'upcoming',ev)])

# 3 "at the truce village of Panmunjom"
p='1987-08-10'
ev="Military officers of the two Koreas will meet at the truce village of Panmunjom on Thursday to discuss a shooting incident in the demilitarised zone, a U.N. Command spokesman said."
doc('u17place4-03',p,'KOREAN OFFICERS TO MEET AT PANMUNJOM',
 "SEOUL, Aug 10 - "+ev+"\n\n"
 "North Korea said two of its soldiers were wounded. REUTER",
 [M('Korean military talks at Panmunjom',['panmunjom'],wd(p,'thursday',1),'day','Panmunjom',['South Korea','North Korea'],'upcoming',ev)])

# 4 a company's executives meet officials abroad
p='1987-05-11'
ev="Volkswagen executives will meet Chinese officials in Shanghai next month to discuss raising output at their joint venture, a company spokesman said."
doc('u17place4-04',p,'VW TO DISCUSS CHINA VENTURE',
 "WOLFSBURG, West Germany, May 11 - "+ev+"\n\n"
 "The Shanghai plant built 8,000 Santana cars last year. REUTER",
 [M('Volkswagen talks with Chinese officials',['volkswagen','chinese officials'],'1987-06','month','Shanghai',['Volkswagen','China'],'upcoming',ev)])

# 5 a company's annual meeting at a named hotel
p='1987-04-28'
ev="The annual general meeting of Grand Metropolitan Plc will be held at the Savoy Hotel on June 3, the company said."
doc('u17place4-05',p,'GRAND MET SETS AGM',
 "LONDON, April 28 - "+ev+"\n\n"
 "The group raised its final dividend to 8.5p from 7.4p. REUTER",
 [M('Grand Metropolitan annual general meeting',['annual general meeting','grand metropolitan'],'1987-06-03','day','Savoy Hotel, London',['Grand Metropolitan'],'upcoming',ev)])

# 6 the venue is said to be undecided
p='1987-02-23'
ev="Leaders of the Amal and Hizbollah militias will meet next week to try to end the fighting in the south, a Syrian official said."
doc('u17place4-06',p,'LEBANESE MILITIA LEADERS TO MEET',
 "BEIRUT, Feb 23 - "+ev+"\n\n"
 "The official said the venue had not been decided. At least 30 people were killed in clashes on Sunday. REUTER",
 [M('Amal-Hizbollah leaders meeting',['amal','hizbollah'],monday(p,1),'week',None,['Amal','Hizbollah'],'upcoming',ev)])

# 7 an OAU committee in another city than the dateline
p='1987-01-26'
ev="The OAU's liberation committee opened a three-day session in Arusha today to review aid to guerrilla movements in southern Africa."
doc('u17place4-07',p,'OAU LIBERATION COMMITTEE MEETS',
 "DAR ES SALAAM, Jan 26 - "+ev+"\n\n"
 "The committee is based in Dar es Salaam. REUTER",
 [M('OAU liberation committee session',['liberation committee'],p,'day','Arusha',['OAU'],'ongoing',ev,end=add(p,2))])

# 8 an envoy arrived elsewhere and will see the president today
p='1987-06-08'
ev="U.S. envoy Vernon Walters arrived in Damascus last night and will see President Hafez al-Assad today, Syrian sources said."
doc('u17place4-08',p,'WALTERS IN DAMASCUS',
 "BEIRUT, June 8 - "+ev+"\n\n"
 "Walters is expected to discuss the fate of foreign hostages in Lebanon. REUTER",
 [M('Walters-Assad meeting',['walters','assad'],p,'day','Damascus',['Vernon Walters','Hafez al-Assad'],'upcoming',ev)])

# 9 an inner cabinet at home
p='1987-05-12'
ev="Israel's inner cabinet will convene tomorrow to discuss the proposal for an international Middle East peace conference, political sources said."
doc('u17place4-09',p,'ISRAELI INNER CABINET TO DISCUSS CONFERENCE',
 "JERUSALEM, May 12 - "+ev+"\n\n"
 "Foreign Minister Shimon Peres supports the conference and Prime Minister Yitzhak Shamir opposes it. REUTER",
 [M('Israeli inner cabinet meeting',['inner cabinet'],add(p,1),'day','Jerusalem',['Israel'],'upcoming',ev)])

# 10 "at his residence"
p='1987-07-31'
ev="Prime Minister Rajiv Gandhi will meet opposition leaders at his residence on Saturday to discuss the Sri Lanka accord, officials said."
doc('u17place4-10',p,'GANDHI TO MEET OPPOSITION',
 "NEW DELHI, July 31 - "+ev+"\n\n"
 "Indian troops began arriving in northern Sri Lanka on Thursday. REUTER",
 [M('Gandhi meeting with opposition leaders',['opposition leaders'],wd(p,'saturday',1),'day','residence, New Delhi',['Rajiv Gandhi'],'upcoming',ev)])

# 11 a fund mission to another country
p='1987-09-14'
ev="An International Monetary Fund mission will arrive in Lagos next week for talks with Nigerian officials on the 1988 budget, banking sources said."
doc('u17place4-11',p,'IMF MISSION TO VISIT NIGERIA',
 "LONDON, Sept 14 - "+ev+"\n\n"
 "Nigeria rescheduled its commercial debt in July. REUTER",
 [M('IMF-Nigeria talks',['imf mission','nigerian officials'],monday(p,1),'week','Lagos',['International Monetary Fund','Nigeria'],'upcoming',ev)])

# 12 two sides, no venue
p='1987-08-21'
ev="Canadian and U.S. negotiators will resume talks on a free trade agreement on Monday, Canadian officials said."
doc('u17place4-12',p,'CANADA, U.S. TO RESUME TRADE TALKS',
 "OTTAWA, Aug 21 - "+ev+"\n\n"
 "The two sides face an October 3 deadline to submit an agreement to Congress. REUTER",
 [M('Canada-U.S. free trade talks',['free trade','canadian and u.s. negotiators'],wd(p,'monday',1),'day',None,['Canada','United States'],'upcoming',ev)])

# 13 Indian wire: a state assembly at home
p='2025-03-17'
ev="The Delhi Assembly will hold a special session on Tuesday to table the CAG reports on the liquor excise policy, Speaker Vijender Gupta said on Monday."
doc('u17place4-13',p,'Delhi Assembly special session on Tuesday',
 "New Delhi, March 17 (IANS) "+ev+"\n\n"
 "The opposition has demanded a debate on the reports.",
 [M('Delhi Assembly special session',['delhi assembly','special session'],wd(p,'tuesday',1),'day','New Delhi',['Delhi Assembly'],'upcoming',ev)])

# 14 a body's meeting, its building given next as "gather at"
p='1987-09-07'
ev="The TUC general council meets on Wednesday to decide whether to expel the electricians' union, a TUC spokesman said."
doc('u17place4-14',p,'TUC COUNCIL TO DECIDE ON EETPU',
 "LONDON, Sept 7 - "+ev+"\n\n"
 "Its 52 members will gather at Congress House, the TUC headquarters. The union has signed single-union deals with Japanese firms. REUTER",
 [M('TUC general council meeting',['general council'],wd(p,'wednesday',1),'day','Congress House',['TUC'],'upcoming',ev)])

# 15 a country as the place
p='1987-03-19'
ev="Japanese and Chinese officials will hold talks in China next month on Japan's trade deficit with Peking, the Foreign Ministry said."
doc('u17place4-15',p,'JAPAN, CHINA TO DISCUSS TRADE',
 "TOKYO, March 19 - "+ev+"\n\n"
 "China's deficit with Japan was 5.2 billion dlrs last year. REUTER",
 [M('Japan-China trade talks',['japanese and chinese officials'],'1987-04','month','China',['Japan','China'],'upcoming',ev)])

# 16 a press release: a virtual annual meeting
p='2026-03-02'
ev="Altavia Systems, Inc. will hold its 2026 Annual Meeting of Shareholders virtually on Thursday, May 14, 2026, at 10:00 a.m. Pacific Time."
doc('u17place4-16',p,'Altavia Systems sets annual meeting date',
 "SAN JOSE, Calif., March 2, 2026 /PRNewswire/ -- "+ev+" Shareholders of record at the close of business on March 20, 2026 may attend and vote online.\n\n"
 "Altavia designs power management chips.",
 [M('Altavia Systems annual meeting',['annual meeting of shareholders','altavia'],'2026-05-14','day',None,['Altavia Systems'],'upcoming',ev)])

# 17 a minister "on a visit to" another capital held talks today
p='1987-04-07'
ev="Saudi Oil Minister Hisham Nazer, on a visit to Caracas, held talks today with Venezuelan Energy Minister Arturo Hernandez Grisanti on oil prices, the Saudi Press Agency said."
doc('u17place4-17',p,'NAZER HOLDS TALKS IN CARACAS',
 "RIYADH, April 7 - "+ev+"\n\n"
 "Both countries want OPEC to keep its 18 dollar reference price. REUTER",
 [M('Nazer-Hernandez talks',['nazer','hernandez grisanti'],p,'day','Caracas',['Hisham Nazer','Arturo Hernandez Grisanti'],'past',ev)])

# 18 Nordic premiers in another Nordic capital
p='1987-02-23'
ev="Nordic prime ministers meet in Reykjavik on Wednesday to discuss a nuclear-free zone, Swedish officials said."
doc('u17place4-18',p,'NORDIC PREMIERS TO MEET',
 "STOCKHOLM, Feb 23 - "+ev+"\n\n"
 "Prime Minister Ingvar Carlsson leaves for Iceland tomorrow. REUTER",
 [M('Nordic prime ministers meeting',['nordic prime ministers'],wd(p,'wednesday',1),'day','Reykjavik',['Nordic prime ministers','Ingvar Carlsson'],'upcoming',ev)])

write()
