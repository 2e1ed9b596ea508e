from stories import *

# Issue 17, fifth fresh set: twenty-five wire stories written before any rule
# change for it and measured once. Bodies: central banks, governments, companies,
# unions, UN bodies, sports federations, courts and committees. Places: home-city
# meetings from their dateline, appositions, "at the offices of", places only in
# a later mention, meetings clearly elsewhere than the dateline. Participants in
# neighbouring sentences, nationality + noun lists, lowercase groups, speakers
# owning their meeting, and precision traps (Leading, Members, tickers, cities,
# bidders and speakers who do not take part).

# 1 central bank board at home; "Leading"; a data release is no meeting
p='1994-08-01'
ev="The Reserve Bank of Australia's board meets on Tuesday for its monthly policy review, with most economists expecting official interest rates to be left on hold."
doc('u17e-01',p,'RESERVE BANK BOARD MEETS TUESDAY',
 "SYDNEY, Aug 1 - "+ev+" Leading bank economists said a rise was more likely after the June quarter inflation figures, due on August 24.\n\nTreasurer Ralph Willis said on Friday that inflation remained under control.",
 [M('Reserve Bank of Australia board meeting',['reserve bank','board'],wd(p,'tuesday',1),'day','Sydney',['Reserve Bank of Australia'],'upcoming',ev)])

# 2 apposition "in the capital, Manila", dateline elsewhere; an earlier round
p='1987-02-10'
ev="Negotiators for the National Democratic Front and the Philippine government will resume peace talks in the capital, Manila, on Friday, a rebel spokesman said here."
ev2="The rebels walked out of the previous round in January after troops fired on farmers marching near the presidential palace."
doc('u17e-02',p,'PHILIPPINE PEACE TALKS TO RESUME',
 "DAVAO, Philippines, Feb 10 - "+ev+" "+ev2+"\n\nThe government has offered an amnesty to rebels who surrender.",
 [M('Philippine peace talks',['national democratic front','peace talks'],wd(p,'friday',1),'day','Manila',['National Democratic Front','Philippine government'],'upcoming',ev),
  M('Previous round of Philippine peace talks',['previous round'],'1987-01','month',None,['National Democratic Front','Philippine government'],'past',ev2)])

# 3 "at the offices of" a law firm elsewhere than the dateline; ticker
p='1989-09-18'
ev="Campeau Corp's bank lenders will meet at the offices of law firm Skadden Arps in New York on Wednesday to discuss the restructuring of its U.S. retail units, a company spokesman said."
doc('u17e-03',p,'CAMPEAU LENDERS TO MEET',
 "TORONTO, Sept 18 - "+ev+" Campeau <CMP.TO> shares fell 1/2 to 5-1/4 dlrs on the Toronto Stock Exchange on Monday.\n\nThe company said last week it would sell its Bloomingdale's chain.",
 [M('Campeau bank lenders meeting',['campeau','lenders'],wd(p,'wednesday',1),'day','offices of Skadden Arps, New York',['Campeau Corp'],'upcoming',ev)])

# 4 place only in a later mention; talks last week with the other side
p='1988-01-12'
ev="The executive of the National Union of Mineworkers will meet on Thursday to decide whether to call a strike ballot over the new disciplinary code, union officials said."
ev2="The meeting in Sheffield follows the collapse of talks with British Coal last week."
doc('u17e-04',p,'MINERS LEADERS TO CONSIDER STRIKE BALLOT',
 "LONDON, Jan 12 - "+ev+" "+ev2+"\n\nBritish Coal said it would not withdraw the code.",
 [M('NUM executive meeting',['national union of mineworkers','executive'],wd(p,'thursday',1),'day','Sheffield',['National Union of Mineworkers'],'upcoming',ev),
  M('NUM-British Coal talks',['talks with british coal'],monday(p,-1),'week',None,['National Union of Mineworkers','British Coal'],'past',ev2)])

# 5 UN chief meets one minister here, met the other in New York last week
p='1988-02-03'
ev="Iranian Foreign Minister Ali Akbar Velayati will meet U.N. Secretary-General Javier Perez de Cuellar here on Friday to discuss the Security Council's ceasefire resolution, a U.N. spokesman said."
ev2="Perez de Cuellar met Iraqi Foreign Minister Tareq Aziz in New York last week."
doc('u17e-05',p,'VELAYATI TO MEET PEREZ DE CUELLAR',
 "GENEVA, Feb 3 - "+ev+" "+ev2+"\n\nDiplomats said neither side had accepted the plan.",
 [M('Velayati-Perez de Cuellar meeting',['velayati','perez de cuellar'],wd(p,'friday',1),'day','Geneva',['Ali Akbar Velayati','Javier Perez de Cuellar'],'upcoming',ev),
  M('Perez de Cuellar-Aziz meeting',['tareq aziz'],monday(p,-1),'week','New York',['Javier Perez de Cuellar','Tareq Aziz'],'past',ev2)])

# 6 sports federation elsewhere than the dateline; nationality, athlete, city traps
p='1988-11-03'
ev="The council of the International Amateur Athletic Federation will meet in Monte Carlo on Saturday to consider tougher penalties for doping after the Seoul Olympics, the federation's general secretary John Holt said."
doc('u17e-06',p,'IAAF TO CONSIDER TOUGHER DOPING PENALTIES',
 "LONDON, Nov 3 - "+ev+" Canadian sprinter Ben Johnson was stripped of his 100 metres gold medal in Seoul in September.\n\nJohnson's coach Charlie Francis has denied giving him steroids.",
 [M('IAAF council meeting',['international amateur athletic federation','council'],wd(p,'saturday',1),'day','Monte Carlo',['International Amateur Athletic Federation'],'upcoming',ev)])

# 7 court-supervised settlement talks; tickers; a state court is no party
p='1987-12-08'
ev="Lawyers for Texaco Inc <TX> and Pennzoil Co <PZL> will hold settlement talks before U.S. Bankruptcy Judge Howard Schwartzberg in White Plains, N.Y., on Monday, Pennzoil said."
doc('u17e-07',p,'TEXACO, PENNZOIL TO HOLD SETTLEMENT TALKS',
 "HOUSTON, Dec 8 - "+ev+" The talks follow a ruling by the Texas Supreme Court last month that left standing most of the 10.3 billion dlr judgment against Texaco.\n\nTexaco shares rose 3/4 to 33-1/2.",
 [M('Texaco-Pennzoil settlement talks',['settlement talks','pennzoil'],wd(p,'monday',1),'day','White Plains',['Texaco Inc','Pennzoil Co','Howard Schwartzberg'],'upcoming',ev)])

# 8 "Spanish and Moroccan officials"; delegation leader in the next sentence
p='1988-03-15'
ev="Spanish and Moroccan fisheries officials will meet in Rabat next week to try to settle a dispute over fishing rights off the Moroccan coast, a government spokesman said."
doc('u17e-08',p,'SPAIN, MOROCCO TO DISCUSS FISHING',
 "MADRID, March 15 - "+ev+" Agriculture Minister Carlos Romero will lead the Spanish delegation.\n\nSpain's fleet of some 700 boats has been idle since the old accord expired on February 28.",
 [M('Spain-Morocco fisheries talks',['moroccan fisheries officials','rabat'],monday(p,1),'week','Rabat',['Spain','Morocco','Carlos Romero'],'upcoming',ev)])

# 9 speaker owns its board meeting; bidders are no party; postponed meeting with no date
p='1987-04-01'
ev="GenCorp Inc <GY> said its board will meet on Monday to consider the 100 dlr a share tender offer from General Acquisition Inc, a partnership of Wagner and Brown and AFG Industries Inc."
doc('u17e-09',p,'GENCORP BOARD TO CONSIDER OFFER',
 "AKRON, Ohio, April 1 - "+ev+"\n\nGenCorp also said it postponed its annual meeting, which had been set for March 31 in Akron, to a date to be announced.",
 [M('GenCorp board meeting',['gencorp','board'],wd(p,'monday',1),'day',None,['GenCorp Inc'],'upcoming',ev)])

# 10 union speaker owns the talks; venue in the next sentence
p='1987-09-02'
ev="The Canadian Union of Postal Workers said its negotiators would meet Canada Post officials on Thursday in a last attempt to avert a national strike."
doc('u17e-10',p,'POSTAL UNION, CANADA POST TO MEET',
 "OTTAWA, Sept 2 - "+ev+" The talks, at a downtown Ottawa hotel, will be the first since the union rejected a conciliation report on August 20.\n\nCanada Post president Donald Lander said the corporation had no more money to offer.",
 [M('CUPW-Canada Post talks',['canadian union of postal workers','canada post'],wd(p,'thursday',1),'day','downtown Ottawa hotel',['Canadian Union of Postal Workers','Canada Post'],'upcoming',ev)])

# 11 alliance ministers elsewhere than the dateline; two-day meeting; other talks without a time
p='1987-05-20'
ev="NATO defence ministers will meet in Stavanger, Norway, on Tuesday and Wednesday to review the alliance's nuclear planning, alliance officials said."
doc('u17e-11',p,'NATO MINISTERS TO MEET IN NORWAY',
 "BRUSSELS, May 20 - "+ev+" U.S. Defence Secretary Caspar Weinberger will brief the ministers on the arms talks in Geneva.\n\nThe alliance is divided over a Soviet offer to scrap short-range missiles.",
 [M('NATO defence ministers meeting',['nato','defence ministers'],wd(p,'tuesday',1),'day','Stavanger',['NATO','Caspar Weinberger'],'upcoming',ev,end=add(wd(p,'tuesday',1),1))])

# 12 visiting minister's talks here over a leap day; "Tokyo" and "Seoul" as metonyms
p='1988-02-25'
ev="South Korean Trade Minister Rha Woong-bae will hold two days of talks with Japanese officials here starting on Monday on Seoul's trade deficit with Japan, a government spokesman said."
doc('u17e-12',p,'KOREAN TRADE MINISTER TO VISIT TOKYO',
 "TOKYO, Feb 25 - "+ev+" Rha is expected to ask Tokyo to lift quotas on Korean textiles and leather goods.\n\nKorea's deficit with Japan was 5.3 billion dlrs last year.",
 [M('Rha Woong-bae talks in Tokyo',['rha woong-bae','japanese officials'],wd(p,'monday',1),'day','Tokyo',['Rha Woong-bae','Japan'],'upcoming',ev,end=add(wd(p,'monday',1),1))])

# 13 lowercase "state government" meeting at home; speaker who is not said to attend
p='1989-07-05'
ev="The state government will meet leaders of the Labor Council of New South Wales on Friday to discuss its plan to sell the state's bus services, Transport Minister Bruce Baird said."
doc('u17e-13',p,'NSW GOVERNMENT, UNIONS TO DISCUSS BUS SALE',
 "SYDNEY, July 5 - "+ev+" Baird said the government would not back down on the sale.\n\nThe council has threatened a 24-hour transport strike if the plan goes ahead.",
 [M('NSW government-Labor Council talks',['labor council','state government'],wd(p,'friday',1),'day','Sydney',['state government','Labor Council of New South Wales'],'upcoming',ev)])

# 14 chancellor meets union federation and employers at home; earlier meeting
p='1987-11-30'
ev="Chancellor Helmut Kohl will meet leaders of the DGB trade union federation and employers' associations on Thursday for talks on job losses in the steel industry, a government spokesman said."
ev2="The chancellor last met union leaders in October, when they agreed to set up a working group."
doc('u17e-14',p,'KOHL TO MEET UNIONS, EMPLOYERS ON STEEL',
 "BONN, Nov 30 - "+ev+" "+ev2+"\n\nThe steel industry plans to cut 35,000 jobs by 1989.",
 [M('Kohl steel talks with unions and employers',['dgb','employers'],wd(p,'thursday',1),'day','Bonn',['Helmut Kohl','DGB',"employers' associations"],'upcoming',ev),
  M('Kohl meeting with union leaders in October',['last met'],'1987-10','month','Bonn',['Helmut Kohl','union leaders'],'past',ev2)])

# 15 sports federation at home "here"; bidding countries are no party
p='1988-06-28'
ev="FIFA's executive committee will meet here on July 4 to choose the host of the 1994 World Cup from bids by the United States, Brazil and Morocco, FIFA general secretary Joseph Blatter said."
doc('u17e-15',p,'FIFA TO CHOOSE 1994 WORLD CUP HOST',
 "ZURICH, June 28 - "+ev+"\n\nThe United States has never staged the finals.",
 [M('FIFA executive committee meeting',['fifa','executive committee'],'1988-07-04','day','Zurich',['FIFA'],'upcoming',ev)])

# 16 commodity body at home: board "here", then its council (implied place)
p='1987-09-21'
ev="The executive board of the International Coffee Organisation (ICO) meets here on Tuesday ahead of the full council session starting on September 28, ICO officials said."
doc('u17e-16',p,'COFFEE BOARD MEETS AHEAD OF COUNCIL',
 "LONDON, Sept 21 - "+ev+" Producers want export quotas restored, but consumers are divided.\n\nCoffee prices on the London market fell 20 stg to 1,250 stg a tonne.",
 [M('ICO executive board meeting',['executive board','ico'],wd(p,'tuesday',1),'day','London',['International Coffee Organisation'],'upcoming',ev),
  M('ICO council session',['council session'],'1987-09-28','day','London',['International Coffee Organisation'],'upcoming',ev)])

# 17 hearings of a named committee; chairman speaker owns them; nominee takes part
p='1987-11-20'
ev="The Senate Judiciary Committee will open hearings on the nomination of Judge Anthony Kennedy to the Supreme Court on December 14, committee chairman Joseph Biden said."
doc('u17e-17',p,'KENNEDY HEARINGS TO OPEN DECEMBER 14',
 "WASHINGTON, Nov 20 - "+ev+"\n\nBiden said he expected the hearings to last about a week.",
 [M('Senate Judiciary Committee hearings on Kennedy',['senate judiciary committee','hearings'],'1987-12-14','day','Washington',['Senate Judiciary Committee','Anthony Kennedy','Joseph Biden'],'upcoming',ev)])

# 18 cabinet at home (implied place); visitor named in the sentence before his talks
p='1988-03-01'
ev="Israel's inner cabinet met for five hours yesterday but failed to agree on Secretary of State George Shultz's Middle East peace plan, officials said."
ev2="Shultz arrives in Jerusalem on Friday for talks with Prime Minister Yitzhak Shamir and Foreign Minister Shimon Peres."
doc('u17e-18',p,'ISRAELI CABINET SPLIT ON SHULTZ PLAN',
 "JERUSALEM, March 1 - "+ev+" "+ev2+"\n\nPeres supports the plan; Shamir has rejected its main points.",
 [M('Israeli inner cabinet meeting',['inner cabinet'],add(p,-1),'day','Jerusalem',["Israel's inner cabinet"],'past',ev),
  M('Shultz talks with Shamir and Peres',['shultz','shamir'],wd(p,'friday',1),'day','Jerusalem',['George Shultz','Yitzhak Shamir','Shimon Peres'],'upcoming',ev2)])

# 19 union and studios resume talks (no place); union board at its headquarters; "Members"
p='2023-07-10'
ev="Hollywood actors' union SAG-AFTRA and the Alliance of Motion Picture and Television Producers will resume talks on Wednesday with a federal mediator, the union said on Monday."
ev2="The union's national board will meet on Thursday at its Los Angeles headquarters to decide whether to call a strike if no deal is reached."
doc('u17e-19',p,'ACTORS, STUDIOS TO RESUME TALKS',
 "LOS ANGELES, July 10 (Reuters) - "+ev+" "+ev2+" Members of the union voted in June to authorise a strike.\n\nThe union's contract expires on July 12.",
 [M('SAG-AFTRA studio contract talks',['sag-aftra','alliance of motion picture'],wd(p,'wednesday',1),'day',None,['SAG-AFTRA','Alliance of Motion Picture and Television Producers'],'upcoming',ev),
  M('SAG-AFTRA national board meeting',['national board'],wd(p,'thursday',1),'day','Los Angeles headquarters',['SAG-AFTRA'],'upcoming',ev2)])

# 20 government council at home (implied place); chair who speaks takes part
p='2024-08-23'
ev="India's GST Council, made up of federal and state finance ministers, will meet on September 9 to consider cutting the tax on health insurance premiums, Finance Minister Nirmala Sitharaman, who chairs the council, said."
doc('u17e-20',p,'GST COUNCIL TO MEET ON SEPTEMBER 9',
 "NEW DELHI, Aug 23 (Reuters) - "+ev+"\n\nOpposition-ruled states have demanded the tax be scrapped.",
 [M('GST Council meeting',['gst council'],'2024-09-09','day','New Delhi',['GST Council','Nirmala Sitharaman'],'upcoming',ev)])

# 21 UN assembly in progress here; its head addresses it; a later round with no named party
p='2024-05-27'
ev="Health ministers from the World Health Organization's 194 member states opened the annual World Health Assembly here on Monday, and the meeting runs until June 1."
ev2="Negotiators will resume talks on the accord in July."
doc('u17e-21',p,'WORLD HEALTH ASSEMBLY OPENS',
 "GENEVA, May 27 (Reuters) - "+ev+" Director-General Tedros Adhanom Ghebreyesus told delegates that talks on a pandemic accord had missed their deadline. "+ev2+"\n\nThe United States and the European Union back the accord.",
 [M('World Health Assembly',['world health assembly'],p,'day','Geneva',['World Health Organization','Tedros Adhanom Ghebreyesus'],'ongoing',ev,end='2024-06-01'),
  M('Pandemic accord talks in July',['resume talks on the accord'],'2024-07','month',None,[],'upcoming',ev2)])

# 22 extraordinary meeting at a stated hall; "Members" of the market
p='1996-01-10'
ev="Members of Lloyd's of London will be asked to approve the insurance market's 2.8 billion stg recovery plan at an extraordinary general meeting at the Royal Festival Hall on February 6, Lloyd's said."
doc('u17e-22',p,"LLOYD'S SETS MEETING ON RECOVERY PLAN",
 "LONDON, Jan 10 - "+ev+" Chairman David Rowland said the plan offered the best chance of ending years of litigation.\n\nSome 34,000 individuals back the market's syndicates.",
 [M("Lloyd's extraordinary general meeting",["lloyd's",'extraordinary general meeting'],'1996-02-06','day','Royal Festival Hall',["Lloyd's of London"],'upcoming',ev)])

# 23 "officials from X and Y ... here"; the ministers' meeting they prepare, elsewhere
p='1988-10-06'
ev="Officials from the Association of Southeast Asian Nations and the European Community will meet here on Monday to prepare for a meeting of ASEAN and EC foreign ministers in Duesseldorf next month, a Malaysian Foreign Ministry official said."
doc('u17e-23',p,'ASEAN, EC OFFICIALS TO MEET',
 "KUALA LUMPUR, Oct 6 - "+ev+"\n\nTrade between the two groups rose 15 pct last year.",
 [M('ASEAN-EC officials meeting',['officials from the association of southeast asian nations','prepare'],wd(p,'monday',1),'day','Kuala Lumpur',['Association of Southeast Asian Nations','European Community'],'upcoming',ev),
  M('ASEAN-EC foreign ministers meeting',['duesseldorf'],'1988-11','month','Duesseldorf',['ASEAN','EC'],'upcoming',ev)])

# 24 governors "from the Group of Ten" elsewhere than the dateline; "leading"
p='1988-01-07'
ev="Central bank governors from the Group of Ten leading industrial countries will meet in Basle on Monday for the monthly meeting of the Bank for International Settlements, monetary sources said."
doc('u17e-24',p,'G-10 GOVERNORS TO MEET IN BASLE',
 "PARIS, Jan 7 - "+ev+"\n\nThe dollar's fall is expected to dominate the talks.",
 [M('BIS monthly meeting of G-10 governors',['group of ten','bank for international settlements'],wd(p,'monday',1),'day','Basle',['Group of Ten','Bank for International Settlements'],'upcoming',ev)])

# 25 three delegations elsewhere, a mediator; "the three sides last met" with its place
p='1988-07-08'
ev="Angolan, Cuban and South African delegations will resume talks in New York on Monday, with U.S. Assistant Secretary of State Chester Crocker mediating, Angola's official news agency Angop said."
ev2="The three sides last met in Cairo late last month."
doc('u17e-25',p,'ANGOLA TALKS TO RESUME IN NEW YORK',
 "LUANDA, July 8 - "+ev+" "+ev2+"\n\nSouth Africa wants Cuban troops withdrawn from Angola.",
 [M('Angola-Cuba-South Africa talks in New York',['angolan, cuban and south african','new york'],wd(p,'monday',1),'day','New York',['Angola','Cuba','South Africa','Chester Crocker'],'upcoming',ev),
  M('Angola-Cuba-South Africa talks in Cairo',['cairo'],'1988-06','month','Cairo',['Angola','Cuba','South Africa'],'past',ev2)])

write()
