from stories import *

# Issue 17, participants: 20 stories written by the participants helper of
# session 6 after its first rule changes (unseen17pf), with wordings those
# rules were not written for: a party named only in the sentence before
# ("Bangemann will hold talks" after his full name, "The minister will meet",
# "The airline's board meets"), "the council"/"the group's ministers" for a
# body named earlier, both sides of "met" and "between", lowercase groups,
# nationality + noun, members in a list, a delegation led by someone in the
# next sentence, and words that are no party (a region, a holiday recess,
# "Leading", tickers, cities). Annotated per meetings.GUIDELINE.md and
# measured once before any change made with them in view (figures in
# members_test.go).

# 1 the visitor named in full, then by surname; the hosts in the same clause
p='1987-04-06'
ev="Bangemann will hold talks with Japanese Prime Minister Yasuhiro Nakasone and Trade Minister Hajime Tamura on Thursday about Japan's trade surplus, his ministry said."
doc('u17ph-01',p,'BANGEMANN TO VISIT TOKYO',
 "BONN, April 6 - West German Economics Minister Martin Bangemann flies to Tokyo on Wednesday for a four-day visit.\n\n"+ev+" REUTER",
 [M('Bangemann talks in Tokyo',['bangemann','nakasone'],wd(p,'thursday',1),'day','Tokyo',['Martin Bangemann','Yasuhiro Nakasone','Hajime Tamura'],'upcoming',ev)])

# 2 "the group's ministers" for a body named with its initialism before
p='1987-05-04'
ev="The group's ministers will meet in Kuala Lumpur on May 12 to discuss export curbs, a spokesman said."
doc('u17ph-02',p,'TIN PRODUCERS TO MEET',
 "LONDON, May 4 - The Association of Tin Producing Countries (ATPC) is worried by rising stocks of the metal.\n\n"+ev+" Tin prices on the Kuala Lumpur market fell again today. REUTER",
 [M('ATPC ministers meeting',['atpc','ministers'],'1987-05-12','day','Kuala Lumpur',['Association of Tin Producing Countries'],'upcoming',ev)])

# 3 Indian wire: both sides of "met"; a venue in the capital
p='2025-03-18'
ev="Prime Minister Narendra Modi met New Zealand Prime Minister Christopher Luxon at Hyderabad House on Monday and discussed defence and trade ties."
doc('u17ph-03',p,'Modi, Luxon discuss defence ties',
 "New Delhi, March 18 (IANS) "+ev+"\n\n"
 "The two sides signed agreements on education and sport, the External Affairs Ministry said.",
 [M('Modi-Luxon talks',['luxon'],add(p,-1),'day','Hyderabad House, New Delhi',['Narendra Modi','Christopher Luxon'],'past',ev)])

# 4 a bidder's spokesman reports the target's board meeting
p='1987-03-23'
ev="GenCorp Inc's board will meet on Tuesday to consider the 100 dlr a share offer from General Partners, a General Partners spokesman said."
doc('u17ph-04',p,'GENCORP BOARD TO MEET ON BID',
 "NEW YORK, March 23 - "+ev+"\n\n"
 "General Partners is controlled by Wagner and Brown and AFG Industries Inc <AFG>. GenCorp shares rose 2 to 112. REUTER",
 [M('GenCorp board meeting',['gencorp','board'],wd(p,'tuesday',1),'day',None,['GenCorp Inc'],'upcoming',ev)])

# 5 shareholders of a company at a special meeting in a city
p='1987-04-14'
ev="Shareholders of Allegheny International Inc will vote on the company's reorganisation plan at a special meeting in Pittsburgh on May 19, the company said."
doc('u17ph-05',p,'ALLEGHENY SETS SPECIAL MEETING',
 "PITTSBURGH, April 14 - "+ev+"\n\n"
 "The plan was approved by the bankruptcy court last week. REUTER",
 [M('Allegheny International special meeting',['allegheny','special meeting'],'1987-05-19','day','Pittsburgh',['Allegheny International Inc'],'upcoming',ev)])

# 6 a lowercase group opening the sentence; a region that is no party
p='1987-07-13'
ev="Farm leaders from the Midwest will meet Agriculture Secretary Richard Lyng in Washington on Thursday to press for drought relief."
doc('u17ph-06',p,'FARM LEADERS TO SEE LYNG',
 "CHICAGO, July 13 - "+ev+"\n\n"
 "Corn and soybean crops have wilted in a heat wave across Iowa and Illinois. REUTER",
 [M('farm leaders-Lyng meeting',['lyng','farm leaders'],wd(p,'thursday',1),'day','Washington',['farm leaders','Richard Lyng'],'upcoming',ev)])

# 7 two nationalities + noun, both sides
p='1987-11-09'
ev="Soviet and American negotiators resumed talks on nuclear testing in Geneva today, a U.S. spokesman said."
doc('u17ph-07',p,'TEST BAN TALKS RESUME',
 "GENEVA, Nov 9 - "+ev+"\n\n"
 "The last round ended in September without agreement on verification. REUTER",
 [M('U.S.-Soviet nuclear testing talks',['nuclear testing'],p,'day','Geneva',['Soviet Union','United States'],'ongoing',ev)])

# 8 "officials from" a creditors' club and a delegation
p='1987-06-26'
ev="Officials from the Paris Club of creditor nations will meet a Brazilian delegation here on Monday to discuss rescheduling 4 billion dlrs of official debt, French Treasury sources said."
doc('u17ph-08',p,'PARIS CLUB TO MEET BRAZIL',
 "PARIS, June 26 - "+ev+"\n\n"
 "Brazil suspended interest payments on its commercial bank debt in February. REUTER",
 [M('Paris Club-Brazil talks',['paris club'],wd(p,'monday',1),'day','Paris',['Paris Club','Brazil'],'upcoming',ev)])

# 9 "the annual meeting of" a bank; a minister who will address it
p='1987-04-20'
ev="Delegates from 47 countries will gather in Osaka on April 27 for the annual meeting of the Asian Development Bank."
doc('u17ph-09',p,'ADB MEETS IN OSAKA',
 "MANILA, April 20 - "+ev+"\n\n"
 "Japanese Finance Minister Kiichi Miyazawa will address the opening session, bank officials said. REUTER",
 [M('Asian Development Bank annual meeting',['asian development bank','annual meeting'],'1987-04-27','day','Osaka',['Asian Development Bank','Kiichi Miyazawa'],'upcoming',ev)])

# 10 a cabinet by its nationality; the summer recess is no party
p='1987-07-08'
ev="The Dutch cabinet will meet on Friday, its last session before the summer recess, to approve the 1988 budget, government sources said."
doc('u17ph-10',p,'DUTCH CABINET TO SET BUDGET',
 "THE HAGUE, July 8 - "+ev+"\n\n"
 "Finance Minister Onno Ruding wants spending cut by 5 billion guilders. REUTER",
 [M('Dutch cabinet meeting',['dutch cabinet'],wd(p,'friday',1),'day','The Hague',['Netherlands'],'upcoming',ev)])

# 11 two meetings in one story with different people
p='1987-05-13'
ev1="Chinese Foreign Minister Wu Xueqian met Thai Foreign Minister Siddhi Savetsila in Peking on Tuesday to discuss Cambodia."
ev2="Separately, Vice-Premier Li Peng will receive a Japanese business delegation led by Keidanren chairman Eishiro Saito on Thursday."
doc('u17ph-11',p,'WU, SIDDHI DISCUSS CAMBODIA',
 "PEKING, May 13 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Wu-Siddhi talks',['siddhi'],wd(p,'tuesday',-1),'day','Peking',['Wu Xueqian','Siddhi Savetsila'],'past',ev1),
  M('Li Peng-Japanese business delegation meeting',['li peng','japanese business delegation'],wd(p,'thursday',1),'day','Peking',['Li Peng','Japanese business delegation','Eishiro Saito'],'upcoming',ev2)])

# 12 a ticker and the city are no parties
p='1987-03-17'
ev="Inco Ltd <N> said its annual meeting will be held in Toronto on April 22."
doc('u17ph-12',p,'INCO SETS ANNUAL MEETING',
 "TORONTO, March 17 - "+ev+"\n\n"
 "Inco, the world's largest nickel producer, earned 40 mln dlrs last year. REUTER",
 [M('Inco annual meeting',['inco','annual meeting'],'1987-04-22','day','Toronto',['Inco Ltd'],'upcoming',ev)])

# 13 a ministry, then "the ministry's delegation" led by an official
p='1987-10-19'
ev="Japan's Finance Ministry will hold talks with U.S. Treasury officials in Washington next week on opening Japan's financial markets."
doc('u17ph-13',p,'JAPAN, U.S. TO DISCUSS MARKETS',
 "TOKYO, Oct 19 - "+ev+"\n\n"
 "The ministry's delegation will be led by Toyoo Gyohten, vice-minister for international affairs, officials said. REUTER",
 [M('Japan-U.S. financial market talks',['finance ministry','treasury'],monday(p,1),'week','Washington',["Japan's Finance Ministry",'U.S. Treasury','Toyoo Gyohten'],'upcoming',ev)])

# 14 "negotiations between X and Y"; the speaker is no party
p='1987-09-25'
ev="Negotiations between Chrysler Canada Ltd and the Canadian Auto Workers union on a new contract will resume in Toronto on Monday, union president Bob White said."
doc('u17ph-14',p,'CHRYSLER CANADA TALKS RESUME',
 "TORONTO, Sept 25 - "+ev+"\n\n"
 "The union has set an October 1 strike deadline. REUTER",
 [M('Chrysler Canada-CAW negotiations',['canadian auto workers','chrysler'],wd(p,'monday',1),'day','Toronto',['Chrysler Canada Ltd','Canadian Auto Workers'],'upcoming',ev)])

# 15 "the council" two sentences after the body
p='1987-07-18'
ev="The council will resume consultations here on Monday, a U.N. spokesman said."
doc('u17ph-15',p,'COUNCIL TO RESUME GULF TALKS',
 "UNITED NATIONS, July 18 - Members of the Security Council remain divided over a draft resolution on the Gulf war.\n\n"
 "Diplomats said Iran had rejected the draft in talks with Secretary-General Javier Perez de Cuellar. "+ev+" REUTER",
 [M('Security Council consultations',['council','consultations'],wd(p,'monday',1),'day','United Nations',['Security Council'],'upcoming',ev)])

# 16 Indian wire: "call on" a minister and a second meeting with another
p='2025-01-06'
ev1="Andhra Pradesh Chief Minister N. Chandrababu Naidu will call on Union Finance Minister Nirmala Sitharaman in New Delhi on Wednesday to seek funds for Amaravati, officials said."
ev2="Naidu will also meet Home Minister Amit Shah in New Delhi on Thursday."
doc('u17ph-16',p,'Naidu to meet Sitharaman, Shah',
 "Amaravati, Jan 6 (IANS) "+ev1+"\n\n"+ev2,
 [M('Naidu-Sitharaman meeting',['sitharaman'],wd(p,'wednesday',1),'day','New Delhi',['N. Chandrababu Naidu','Nirmala Sitharaman'],'upcoming',ev1),
  M('Naidu-Shah meeting',['amit shah'],wd(p,'thursday',1),'day','New Delhi',['N. Chandrababu Naidu','Amit Shah'],'upcoming',ev2)])

# 17 a parliament's delegation led by its president, for talks with a country's leaders
p='1987-10-02'
ev="A delegation of the European Parliament led by its president, Lord Plumb, will visit Moscow next week for talks with Soviet leaders."
doc('u17ph-17',p,'PLUMB TO LEAD MEPS TO MOSCOW',
 "STRASBOURG, Oct 2 - "+ev+"\n\n"
 "It will be the first official visit by the parliament to the Soviet Union. REUTER",
 [M('European Parliament-Soviet talks',['european parliament','moscow'],monday(p,1),'week','Moscow',['European Parliament','Lord Plumb','Soviet Union'],'upcoming',ev)])

# 18 three countries, then "the three sides last met"
p='1987-06-10'
ev1="Indonesia, Malaysia and Thailand will hold talks on rubber prices in Bangkok on Monday, Thai officials said."
ev2="The three sides last met in Jakarta in March."
doc('u17ph-18',p,'RUBBER PRODUCERS TO MEET',
 "BANGKOK, June 10 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('rubber producers talks in Bangkok',['rubber','bangkok'],wd(p,'monday',1),'day','Bangkok',['Indonesia','Malaysia','Thailand'],'upcoming',ev1),
  M('rubber producers talks in Jakarta',['jakarta'],'1987-03','month','Jakarta',['Indonesia','Malaysia','Thailand'],'past',ev2)])

# 19 "Leading" and a region are no parties; the body in the conference's name
p='1987-05-15'
ev="Leading industrialists from the Pacific Rim will meet in Singapore on Tuesday for the annual Pacific Basin Economic Council conference."
doc('u17ph-19',p,'PACIFIC BUSINESS LEADERS TO MEET',
 "SINGAPORE, May 15 - "+ev+"\n\n"
 "Trade friction between the United States and Japan is expected to dominate. REUTER",
 [M('Pacific Basin Economic Council conference',['pacific basin economic council'],wd(p,'tuesday',1),'day','Singapore',['Pacific Basin Economic Council'],'upcoming',ev)])

# 20 "The minister will meet" after the minister's full name; a lowercase group
p='1987-02-19'
ev="The minister will meet provincial finance ministers in Ottawa on Monday to discuss tax reform."
doc('u17ph-20',p,'WILSON TO MEET PROVINCES',
 "OTTAWA, Feb 19 - Finance Minister Michael Wilson presented his budget on Wednesday.\n\n"+ev+" REUTER",
 [M('Wilson-provincial finance ministers meeting',['provincial finance ministers'],wd(p,'monday',1),'day','Ottawa',['Michael Wilson','provincial finance ministers'],'upcoming',ev)])

# 21 "The airline's board meets" after the company named before
p='1987-08-18'
ev="The airline's board meets on Thursday, a spokesman said."
doc('u17ph-21',p,'TEXAS AIR SHARES RISE',
 "NEW YORK, Aug 18 - Texas Air Corp <TEX> shares rose 1-1/2 to 37 on speculation about a sale of assets.\n\n"+ev+" REUTER",
 [M('Texas Air board meeting',['board'],wd(p,'thursday',1),'day',None,['Texas Air Corp'],'upcoming',ev)])

write()
