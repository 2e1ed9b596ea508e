from stories import *

# Issue 17, participants: 23 stories written by the participants helper of
# session 6 before any rule change of that session, for the participant error
# classes (a party named in a neighbouring sentence, "the council"/"the
# committee" referring back to a named body, both sides of "X met Y", the
# owner of a board meeting, lowercase groups and nationality + noun, "officials
# from the Group of Five", a body named only in the meeting's own name, and
# words that are not parties), annotated per meetings.GUIDELINE.md and
# measured once (figures in dev_test.go).

# 1 a minister named in full earlier, then by surname; two meetings
p='1987-03-10'
ev="Moore will meet Australian Trade Minister John Dawkins in Canberra on Friday to coordinate their positions before a meeting of the Cairns Group of farm exporters in Ottawa next month, he told reporters."
doc('u17v-01',p,'MOORE TO MEET DAWKINS',
 "WELLINGTON, March 10 - New Zealand Trade Minister Mike Moore said today the country would press hard for farm trade reform in the new GATT round.\n\n"+ev+" REUTER",
 [M('Moore-Dawkins meeting',['dawkins'],wd(p,'friday',1),'day','Canberra',['Mike Moore','John Dawkins'],'upcoming',ev),
  M('Cairns Group meeting',['cairns group'],'1987-04','month','Ottawa',['Cairns Group'],'upcoming',ev)])

# 2 "the council" referring back to a body named in the sentence before
p='1987-03-06'
ev="The council will meet again here on March 23 in an attempt to break the deadlock, they said."
doc('u17v-02',p,'COCOA TALKS DEADLOCKED',
 "LONDON, March 6 - Producers and consumers in the International Cocoa Organization remain split over rules for the buffer stock, delegates said.\n\n"+ev+" Cocoa futures fell 12 stg a tonne. REUTER",
 [M('ICCO council meeting',['council','cocoa'],'1987-03-23','day','London',['International Cocoa Organization'],'upcoming',ev)])

# 3 both sides of "held talks with"; the visitor by surname in the next sentence
p='1986-05-19'
ev1="Chinese Premier Zhao Ziyang held talks with visiting Australian Prime Minister Bob Hawke today on trade and regional security, the New China News Agency said."
ev2="Hawke, who arrived on Saturday, is due to meet Communist Party leader Hu Yaobang tomorrow before flying to Shanghai."
doc('u17v-03',p,'ZHAO, HAWKE HOLD TALKS',
 "PEKING, May 19 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Zhao-Hawke talks',['zhao','hawke'],p,'day','Peking',['Zhao Ziyang','Bob Hawke'],'past',ev1),
  M('Hawke-Hu meeting',['hu yaobang'],add(p,1),'day','Peking',['Bob Hawke','Hu Yaobang'],'upcoming',ev2)])

# 4 a bidder reports the target's board meeting: the target owns it
p='1987-08-24'
ev="Hanson Trust PLC <HNSN.L> said the board of Kidde Inc <KDE> will meet on Thursday to consider its 1.7 billion dlr takeover offer."
doc('u17v-04',p,'KIDDE BOARD TO WEIGH HANSON BID',
 "NEW YORK, Aug 24 - "+ev+"\n\n"
 "Hanson said it had been told of the meeting by Kidde chairman Fred Sullivan. Kidde shares rose 1-1/4 to 65-1/2. REUTER",
 [M('Kidde board meeting',['kidde','board'],wd(p,'thursday',1),'day',None,['Kidde Inc'],'upcoming',ev)])

# 5 nationality + noun for two sides; chairs named in the next sentence
p='1987-01-19'
ev="British and Irish negotiators will resume talks here on Wednesday on cross-border security cooperation, the Irish Foreign Ministry said."
doc('u17v-05',p,'ANGLO-IRISH TALKS RESUME',
 "DUBLIN, Jan 19 - "+ev+"\n\n"
 "The talks, held under the 1985 Anglo-Irish Agreement, will be chaired by Foreign Minister Peter Barry and Northern Ireland Secretary Tom King, it said. REUTER",
 [M('Anglo-Irish security talks',['anglo-irish','security'],wd(p,'wednesday',1),'day','Dublin',['Britain','Ireland','Peter Barry','Tom King'],'upcoming',ev)])

# 6 "officials from the Group of Five", and a wider meeting the next day
p='1987-02-18'
ev="Officials from the Group of Five leading industrial nations will meet here on Saturday to prepare for a wider meeting of finance ministers and central bankers from the Group of Seven on Sunday, monetary sources said."
doc('u17v-06',p,'G5 OFFICIALS TO MEET SATURDAY',
 "PARIS, Feb 18 - "+ev+"\n\n"
 "French Finance Minister Edouard Balladur will be host to the Sunday meeting. The dollar was little changed. REUTER",
 [M('G5 officials meeting',['group of five','officials'],wd(p,'saturday',1),'day','Paris',['Group of Five'],'upcoming',ev),
  M('G7 finance ministers meeting',['group of seven','wider meeting'],wd(p,'sunday',1),'day','Paris',['Group of Seven','Edouard Balladur'],'upcoming',ev)])

# 7 the body named only in the meeting's own name; a region that is no party
p='1987-02-20'
ev="Prime ministers of the five Nordic countries will discuss a joint ban on trade with South Africa at the Nordic Council session in Helsinki next week, Swedish officials said."
doc('u17v-07',p,'NORDIC STATES WEIGH SOUTH AFRICA BAN',
 "STOCKHOLM, Feb 20 - "+ev+"\n\n"
 "Denmark and Norway already ban most trade with Pretoria. REUTER",
 [M('Nordic Council session',['nordic council'],monday(p,1),'week','Helsinki',['Nordic Council'],'upcoming',ev)])

# 8 the body inside "the GATT council meeting", a party asking at it
p='1987-05-11'
ev="The European Community will ask for a dispute panel on Japanese liquor taxes at the GATT council meeting on Wednesday, EC officials said."
doc('u17v-08',p,'EC TO SEEK GATT PANEL ON LIQUOR TAX',
 "GENEVA, May 11 - "+ev+"\n\n"
 "Japan taxes imported whisky and brandy more heavily than its own shochu, the Community says. REUTER",
 [M('GATT council meeting',['gatt council'],wd(p,'wednesday',1),'day','Geneva',['GATT','European Community'],'upcoming',ev)])

# 9 a central bank council; Easter and Lombard are no parties
p='1987-03-31'
ev="The Bundesbank's central bank council will meet on Thursday, its last session before the Easter holiday, and is not expected to change the Lombard or discount rates, economists said."
doc('u17v-09',p,'BUNDESBANK SEEN HOLDING RATES',
 "FRANKFURT, March 31 - "+ev+"\n\n"
 "Call money rates eased to 3.80 pct from 3.85 pct. REUTER",
 [M('Bundesbank council meeting',['bundesbank','central bank council'],wd(p,'thursday',1),'day','Frankfurt',['Bundesbank'],'upcoming',ev)])

# 10 two meetings in one story with different people
p='1987-09-08'
ev1="Secretary of State George Shultz will meet Soviet Foreign Minister Eduard Shevardnadze in Washington next week to work on an agreement to scrap medium-range missiles, the State Department said."
ev2="Separately, Defence Secretary Caspar Weinberger will hold talks here on Thursday with Yuko Kurihara, director-general of Japan's Defence Agency, on sharing the cost of U.S. forces in Japan."
doc('u17v-10',p,'SHULTZ, SHEVARDNADZE TO MEET',
 "WASHINGTON, Sept 8 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Shultz-Shevardnadze talks',['shevardnadze','shultz'],monday(p,1),'week','Washington',['George Shultz','Eduard Shevardnadze'],'upcoming',ev1),
  M('Weinberger-Kurihara talks',['kurihara','weinberger'],wd(p,'thursday',1),'day','Washington',['Caspar Weinberger','Yuko Kurihara'],'upcoming',ev2)])

# 11 a shareholder meeting; tickers and the city are no parties
p='1987-04-02'
ev="Sun Co <SUN> said shareholders will be asked to approve a three-for-two stock split at its annual meeting in Philadelphia on May 7."
doc('u17v-11',p,'SUN CO PROPOSES SPLIT',
 "RADNOR, Pa., April 2 - "+ev+"\n\n"
 "The company also raised its quarterly dividend to 75 cts a share from 70 cts. REUTER",
 [M('Sun Co annual meeting',['sun co','annual meeting'],'1987-05-07','day','Philadelphia',['Sun Co'],'upcoming',ev)])

# 12 "Members of" a committee questioning a commissioner
p='1987-03-13'
ev="Members of the European Parliament's agriculture committee will question Farm Commissioner Frans Andriessen on his price proposals in Strasbourg on Tuesday, a parliament spokesman said."
doc('u17v-12',p,'ANDRIESSEN TO FACE MEPS',
 "BRUSSELS, March 13 - "+ev+"\n\n"
 "Andriessen has proposed a freeze on most farm prices for 1987/88. REUTER",
 [M('European Parliament agriculture committee hearing',['agriculture committee','andriessen'],wd(p,'tuesday',1),'day','Strasbourg',['European Parliament agriculture committee','Frans Andriessen'],'upcoming',ev)])

# 13 a visiting delegation whose leader is named in the next sentence
p='1987-07-17'
ev="A Chinese trade delegation will begin a week of talks here on Monday with Australian officials on wool and wheat sales."
doc('u17v-13',p,'CHINESE TRADE TEAM DUE',
 "CANBERRA, July 17 - "+ev+"\n\n"
 "The delegation is led by Vice-Minister of Foreign Economic Relations and Trade Wang Pinqing, the Department of Trade said. REUTER",
 [M('China-Australia trade talks',['chinese trade delegation','wool'],wd(p,'monday',1),'day','Canberra',['China','Wang Pinqing','Australia'],'upcoming',ev)])

# 14 Indian wire: "the committee" and its head in the next sentence
p='2025-06-02'
ev="The Reserve Bank of India's Monetary Policy Committee will begin its three-day meeting on Wednesday, with most economists expecting a cut of 25 basis points in the repo rate."
doc('u17v-14',p,'RBI panel meets from Wednesday',
 "Mumbai, June 2 (IANS) "+ev+"\n\n"
 "The six-member committee, headed by Governor Sanjay Malhotra, will announce its decision on Friday morning.",
 [M('RBI Monetary Policy Committee meeting',['monetary policy committee'],wd(p,'wednesday',1),'day','Mumbai',['Reserve Bank of India Monetary Policy Committee','Sanjay Malhotra'],'upcoming',ev,end=add(wd(p,'wednesday',1),2))])

# 15 "X said its board will meet"; the bidder is no party
p='1986-01-03'
ev="Union Carbide Corp <UK> said its board will meet on Sunday to consider the revised 74 dlr a share offer from GAF Corp <GAF>."
doc('u17v-15',p,'CARBIDE BOARD TO MEET ON GAF BID',
 "DANBURY, Conn., Jan 3 - "+ev+"\n\n"
 "GAF chairman Samuel Heyman said yesterday he would not raise the bid again. REUTER",
 [M('Union Carbide board meeting',['union carbide','board'],wd(p,'sunday',1),'day',None,['Union Carbide Corp'],'upcoming',ev)])

# 16 a committee whose members are listed in the next sentence; a second meeting
p='1987-06-17'
ev1="A committee of five OPEC oil ministers will meet in Vienna on Saturday to review the group's output ceiling ahead of the full conference, OPEC sources said."
ev2="The full OPEC conference opens on June 25."
doc('u17v-16',p,'OPEC COMMITTEE TO MEET',
 "LONDON, June 17 - "+ev1+"\n\n"
 "The committee is made up of the oil ministers of Saudi Arabia, Kuwait, Nigeria, Venezuela and Indonesia. "+ev2+" REUTER",
 [M('OPEC ministerial committee',['committee','five opec'],wd(p,'saturday',1),'day','Vienna',['OPEC','Saudi Arabia','Kuwait','Nigeria','Venezuela','Indonesia'],'upcoming',ev1),
  M('OPEC conference',['full opec conference','conference'],'1987-06-25','day',None,['OPEC'],'upcoming',ev2)])

# 17 "He will meet X on Monday and Y on Tuesday": the visitor named earlier
p='1987-02-22'
ev="He will meet Treasury Secretary James Baker on Monday and Federal Reserve Board Chairman Paul Volcker on Tuesday, Brazilian officials said."
doc('u17v-17',p,'FUNARO IN WASHINGTON',
 "WASHINGTON, Feb 22 - Brazilian Finance Minister Dilson Funaro arrived here today seeking support for his country's debt plan.\n\n"+ev+" REUTER",
 [M('Funaro-Baker meeting',['baker'],wd(p,'monday',1),'day','Washington',['Dilson Funaro','James Baker'],'upcoming',ev),
  M('Funaro-Volcker meeting',['volcker'],wd(p,'tuesday',1),'day','Washington',['Dilson Funaro','Paul Volcker'],'upcoming',ev)])

# 18 "talks between X and Y"
p='1986-12-15'
ev="Talks between the Aquino government and the communist-led National Democratic Front on a permanent ceasefire will resume here on Thursday, government negotiator Ramon Mitra said."
doc('u17v-18',p,'CEASEFIRE TALKS TO RESUME',
 "MANILA, Dec 15 - "+ev+"\n\n"
 "The 60-day truce expires on February 8. REUTER",
 [M('Government-NDF ceasefire talks',['national democratic front','ceasefire'],wd(p,'thursday',1),'day','Manila',['Aquino government','National Democratic Front','Ramon Mitra'],'upcoming',ev)])

# 19 minutes of one meeting, the next meetings of the same committee
p='1987-05-22'
ev1="Minutes of the Federal Reserve's policy-making Open Market Committee meeting of March 31, released today, showed members voted 11-1 to keep policy unchanged."
ev2="The committee met again on May 19, and the minutes of that session will be released after its next meeting in July."
doc('u17v-19',p,'FED MINUTES SHOW POLICY STEADY',
 "WASHINGTON, May 22 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('FOMC meeting of March 31',['march 31'],'1987-03-31','day','Washington',['Federal Reserve Open Market Committee'],'past',ev1),
  M('FOMC meeting of May 19',['may 19'],'1987-05-19','day','Washington',['Federal Reserve Open Market Committee'],'past',ev2),
  M('FOMC meeting in July',['july'],'1987-07','month','Washington',['Federal Reserve Open Market Committee'],'upcoming',ev2)])

# 20 Indian wire: a company's board; the exchange and a rival are no parties
p='2025-02-04'
ev="IT major Infosys said on Tuesday its board will meet on February 13 to consider a proposal to buy back shares, sending its stock up 2 per cent on the NSE."
doc('u17v-20',p,'Infosys board to consider buyback',
 "Bengaluru, Feb 4 (IANS) "+ev+"\n\n"
 "Rival Wipro completed a similar buyback last year.",
 [M('Infosys board meeting',['infosys','buy back'],'2025-02-13','day',None,['Infosys'],'upcoming',ev)])

# 21 Indian wire: "the state government" and the unions, lowercase
p='2025-01-07'
ev="The state government will hold talks with representatives of the striking unions here on Thursday, officials said."
doc('u17v-21',p,'Tamil Nadu bus strike enters second day',
 "Chennai, Jan 7 (IANS) Buses stayed off the roads across Tamil Nadu for a second day on Tuesday as transport workers pressed for a wage revision.\n\n"+ev,
 [M('Tamil Nadu government talks with transport unions',['striking unions','state government'],wd(p,'thursday',1),'day','Chennai',['Tamil Nadu government','striking unions'],'upcoming',ev)])

# 22 "Ministry officials" referring back to MITI named in the sentence before
p='1987-10-05'
ev="Ministry officials will meet representatives of the Semiconductor Industry Association in Tokyo on October 14, a MITI spokesman said."
doc('u17v-22',p,'MITI TO MEET U.S. CHIP MAKERS',
 "TOKYO, Oct 5 - Japan's Ministry of International Trade and Industry (MITI) said it would ask U.S. semiconductor makers for details of their sales in Japan.\n\n"+ev+" REUTER",
 [M('MITI-SIA meeting',['semiconductor industry association'],'1987-10-14','day','Tokyo',['Ministry of International Trade and Industry','Semiconductor Industry Association'],'upcoming',ev)])

# 23 a regional body's ministers; the region is no party
p='1987-11-04'
ev="Agriculture ministers of nine West African states will meet in Nouakchott next week to coordinate locust control, the Permanent Inter-State Committee for Drought Control in the Sahel (CILSS) said."
doc('u17v-23',p,'SAHEL MINISTERS TO MEET ON LOCUSTS',
 "DAKAR, Nov 4 - "+ev+"\n\n"
 "Swarms have destroyed crops in Mauritania and Mali this year. REUTER",
 [M('CILSS agriculture ministers meeting',['nouakchott','locust'],monday(p,1),'week','Nouakchott',['CILSS'],'upcoming',ev)])

write()
