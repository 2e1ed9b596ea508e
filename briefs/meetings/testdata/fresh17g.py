from stories import *

# Issue 17, helper 17c (participants): fresh17g, written before any rule
# change of this session and measured once with main's binary (the figure
# is in the commit that adds this file and in roles_test.go). Classes: the
# party named in a neighbouring sentence (a chair, a member list, "X, who
# chaired the session", the minister named earlier), coordinated
# nationalities ("U.S. and Mexican negotiators"), coreference ("the two
# leaders", "their Feb. 22 meeting"), the speaker who owns the meeting
# against the speaker who is only a source, nouns and adjectives that are
# no party ("Islamist", "U.S. headquarters", "China's commerce ministry
# said"); and notices and minutes: heading and list words, address parts,
# "Present:"/"Attendees:"/"Members:" lists, "EAM" for the External Affairs
# Minister, the body named only in a heading.

def opt(m):
    m['optional']=True
    return m

# 1 the chair named in the next sentence
p='2026-01-12'
ev="European Union energy ministers will meet in Brussels on Thursday to discuss gas storage targets."
doc('f17g-01',p,'EU ENERGY MINISTERS TO MEET',
 "BRUSSELS, Jan 12 - "+ev+" The Energy Council is chaired by Cyprus's energy minister, Giorgos Papanastasiou.\n\n"
 "Several states want the 90 pct target relaxed. REUTER",
 [M('EU energy ministers meeting',['energy ministers','energy council'],wd(p,'thursday',1),'day','Brussels',['European Union','Giorgos Papanastasiou'],'upcoming',ev)])

# 2 a member list in the next sentence
p='2026-02-03'
ev="Talks on the future of the East African power pool will open in Nairobi on Monday."
doc('f17g-02',p,'POWER POOL TALKS',
 "NAIROBI, Feb 3 - "+ev+" Representatives of Kenya, Uganda, Tanzania and Ethiopia will attend, the Kenyan energy ministry said.\n\n"
 "The pool has been hit by outages. REUTER",
 [M('East African power pool talks',['power pool'],wd(p,'monday',1),'day','Nairobi',['Kenya','Uganda','Tanzania','Ethiopia'],'upcoming',ev)])

# 3 "X, who chaired the session"
p='2026-03-05'
ev="Australia's National Cabinet met on Wednesday to agree a housing package, according to a statement released after the meeting."
doc('f17g-03',p,'NATIONAL CABINET AGREES HOUSING PACKAGE',
 "CANBERRA, March 5 - "+ev+" Prime Minister Anthony Albanese, who chaired the session, said states would receive A$2 billion.\n\n"
 "Premiers had asked for more. REUTER",
 [M('National Cabinet meeting',['national cabinet'],wd(p,'wednesday',-1),'day','Canberra',['National Cabinet','Anthony Albanese'],'past',ev)])

# 4 the minister named earlier, "the minister" in the meeting's sentence
p='2026-01-20'
ev="The minister will travel to Brussels next week for talks with EU Trade Commissioner Maros Sefcovic, the ministry said."
doc('f17g-04',p,'INDIA-EU TRADE DEAL',
 "NEW DELHI, Jan 20 - India's Commerce Minister Piyush Goyal said on Tuesday that a trade deal with the European Union was within reach. "
 +ev+"\n\nBoth sides aim to close the deal this year. REUTER",
 [M('Goyal-Sefcovic talks',['sefcovic','talks'],monday(p,1),'week','Brussels',['Piyush Goyal','Maros Sefcovic'],'upcoming',ev)])

# 5 coordinated nationalities
p='2026-02-10'
ev="U.S. and Mexican negotiators will meet in Mexico City on Thursday to try to settle a dispute over steel tariffs, officials said."
doc('f17g-05',p,'STEEL TALKS',
 "WASHINGTON, Feb 10 - "+ev+"\n\nThe tariffs took effect last month. REUTER",
 [M('U.S.-Mexico steel talks',['steel','negotiators'],wd(p,'thursday',1),'day','Mexico City',['United States','Mexico'],'upcoming',ev)])

# 6 coordinated nationalities before a plural body
p='2026-03-02'
ev="The Armenian and Azerbaijani border commissions met on Saturday for a new round of delimitation talks, the Armenian foreign ministry said."
doc('f17g-06',p,'BORDER TALKS',
 "YEREVAN, March 2 - "+ev+"\n\nNo date was set for the next round. REUTER",
 [M('Armenia-Azerbaijan border commission talks',['border commissions','delimitation'],wd(p,'saturday',-1),'day',None,['Armenia','Azerbaijan'],'past',ev)])

# 7 "the two leaders" for the pair named before
p='2025-11-04'
ev1="Japanese Prime Minister Sanae Takaichi will hold talks with South Korean President Lee Jae-myung in Seoul on Saturday, her office said."
ev2="The two leaders last met in Gyeongju in October."
doc('f17g-07',p,'JAPAN-KOREA SUMMIT',
 "TOKYO, Nov 4 - "+ev1+" "+ev2+"\n\nHistory issues remain a strain. REUTER",
 [M('Takaichi-Lee talks',['takaichi','seoul'],wd(p,'saturday',1),'day','Seoul',['Sanae Takaichi','Lee Jae-myung'],'upcoming',ev1),
  M('Takaichi-Lee Gyeongju meeting',['gyeongju','last met'],'2025-10','month','Gyeongju',['Sanae Takaichi','Lee Jae-myung'],'past',ev2)])

# 8 "their Feb. 22 meeting"
p='1987-03-03'
ev1="French Finance Minister Edouard Balladur and U.S. Treasury Secretary James Baker will meet again in Washington next month, a ministry spokesman said."
ev2="At their Feb. 22 meeting in Paris, the two agreed to keep currencies stable."
doc('f17g-08',p,'BALLADUR, BAKER TO MEET',
 "PARIS, March 3 - "+ev1+" "+ev2+" REUTER",
 [M('Balladur-Baker meeting',['balladur','washington'],'1987-04','month','Washington',['Edouard Balladur','James Baker'],'upcoming',ev1),
  M('Balladur-Baker Paris meeting',['feb. 22 meeting','paris'],'1987-02-22','day','Paris',['Edouard Balladur','James Baker'],'past',ev2)])

# 9 the speaker owns the meeting
p='2026-01-14'
ev="Lufthansa said on Wednesday its supervisory board will meet on Friday to decide on an order for up to 20 long-haul jets."
doc('f17g-09',p,'LUFTHANSA BOARD',
 "FRANKFURT, Jan 14 - "+ev+"\n\nThe order would be worth about $6 billion at list prices. REUTER",
 [M('Lufthansa supervisory board meeting',['supervisory board','lufthansa'],wd(p,'friday',1),'day',None,['Lufthansa'],'upcoming',ev)])

# 10 the speaker is only a source
p='2026-02-17'
ev="Negotiators from Sudan's army and the Rapid Support Forces will resume talks in Jeddah on Sunday, a U.N. spokesman, Stephane Dujarric, told reporters."
doc('f17g-10',p,'SUDAN TALKS',
 "GENEVA, Feb 17 - "+ev+"\n\nThe war has displaced 12 million people. REUTER",
 [M('Sudan talks',['jeddah','rapid support forces'],wd(p,'sunday',1),'day','Jeddah',['Sudanese army','Rapid Support Forces'],'upcoming',ev)])

# 11 a country as the source of the report, another as the topic
p='2026-03-10'
ev="The Association of Southeast Asian Nations will hold a special meeting of economic ministers in Kuala Lumpur on March 20 to discuss U.S. tariffs, China's commerce ministry said, citing the Malaysian chair."
doc('f17g-11',p,'ASEAN TO MEET ON TARIFFS',
 "BEIJING, March 10 - "+ev+"\n\nASEAN exports to the United States rose 12 pct last year. REUTER",
 [M('ASEAN economic ministers special meeting',['economic ministers','special meeting'],'2026-03-20','day','Kuala Lumpur',['Association of Southeast Asian Nations'],'upcoming',ev)])

# 12 "U.S." inside a place
p='2026-01-26'
ev="Toyota Motor Corp executives will meet United Auto Workers leaders at the carmaker's U.S. headquarters in Plano, Texas, on Wednesday to discuss a pay dispute at its Kentucky plant."
doc('f17g-12',p,'TOYOTA, UAW TO MEET',
 "TOKYO, Jan 26 - "+ev+"\n\nThe union won recognition at the plant last year. REUTER",
 [M('Toyota-UAW talks',['united auto workers','toyota'],wd(p,'wednesday',1),'day','Plano, Texas',['Toyota Motor Corp','United Auto Workers'],'upcoming',ev)])

# 13 an adjective and a topic group that are no party
p='2026-02-24'
ev="Somali government officials and clan elders will meet in Baidoa on Saturday to discuss a ceasefire with Islamist al Shabaab fighters, a regional official said."
doc('f17g-13',p,'SOMALI CEASEFIRE TALKS',
 "MOGADISHU, Feb 24 - "+ev+"\n\nFighting has killed dozens this month. REUTER",
 [M('Baidoa ceasefire talks',['baidoa','clan elders'],wd(p,'saturday',1),'day','Baidoa',['Somalia'],'upcoming',ev)])

# 14 a member list: "are among the members expected to take part"
p='2026-03-16'
ev="OPEC+ ministers will hold an online meeting on Sunday to review output policy."
doc('f17g-14',p,'OPEC+ TO MEET',
 "VIENNA, March 16 - "+ev+" Saudi Arabia, Russia, Iraq, the United Arab Emirates and Kuwait are among the eight members expected to take part, sources said.\n\n"
 "Prices fell 4 pct last week. REUTER",
 [M('OPEC+ ministerial meeting',['opec+','online meeting'],wd(p,'sunday',1),'day',None,['OPEC+','Saudi Arabia','Russia','Iraq','United Arab Emirates','Kuwait'],'upcoming',ev)])

# 15 "The meeting will be chaired by" in the next sentence; an absent leader
p='2026-02-02'
ev="New Zealand's Cabinet will meet on Wednesday to consider a response to the flooding in Northland."
doc('f17g-15',p,'CABINET TO MEET ON FLOODS',
 "WELLINGTON, Feb 2 - "+ev+" The meeting will be chaired by Deputy Prime Minister David Seymour while Prime Minister Christopher Luxon is abroad.\n\n"
 "Damage is estimated at NZ$300 million. REUTER",
 [M('New Zealand Cabinet meeting',['cabinet'],wd(p,'wednesday',1),'day','Wellington',['New Zealand Cabinet','David Seymour'],'upcoming',ev)])

# 16 "He is due to meet": the minister named in the sentence before
p='2026-01-08'
ev="He is due to meet Algerian President Abdelmadjid Tebboune on Friday to discuss oil market stability."
doc('f17g-16',p,'SAUDI MINISTER IN ALGIERS',
 "RIYADH, Jan 8 - Saudi Energy Minister Prince Abdulaziz bin Salman arrived in Algiers on Thursday on a two-day visit. "+ev+"\n\nBoth are OPEC members. REUTER",
 [M('Abdulaziz-Tebboune meeting',['tebboune'],wd(p,'friday',1),'day','Algiers',['Abdulaziz bin Salman','Abdelmadjid Tebboune'],'upcoming',ev)])

# 17 "called by" in the next sentence
p='2026-03-24'
ev="Finance ministers from France, Germany, Italy and Spain will gather in Paris on Friday."
doc('f17g-17',p,'EURO MINISTERS TO GATHER',
 "PARIS, March 24 - "+ev+" The meeting, called by French Finance Minister Roland Lescure, will discuss defence spending rules.\n\nREUTER",
 [M('Four-nation finance ministers meeting',['finance ministers','paris'],wd(p,'friday',1),'day','Paris',['Germany','Italy','Spain','Roland Lescure'],'upcoming',ev)])

# 18 coordinated nationalities: the first one
p='2026-02-12'
ev="Irish and British government ministers will meet in Dublin on Monday for the first session of the intergovernmental conference since November."
doc('f17g-18',p,'IRISH, BRITISH MINISTERS TO MEET',
 "BELFAST, Feb 12 - "+ev+"\n\nLegacy cases top the agenda. REUTER",
 [M('British-Irish intergovernmental conference',['intergovernmental conference'],wd(p,'monday',1),'day','Dublin',['Ireland','Britain'],'upcoming',ev)])

# 19 "Their meeting": the two named in the sentence before
p='2026-03-18'
ev="Their meeting in Istanbul next month will focus on grain exports, he told reporters."
doc('f17g-19',p,'PUTIN TO VISIT TURKEY',
 "ANKARA, March 18 - Turkish President Tayyip Erdogan said on Wednesday that Russian President Vladimir Putin had accepted an invitation to visit Turkey. "+ev+" REUTER",
 [M('Erdogan-Putin meeting',['istanbul','their meeting'],'2026-04','month','Istanbul',['Tayyip Erdogan','Vladimir Putin'],'upcoming',ev)])

# 20 a company speaker owns its meeting; the bidder is no party
p='2026-01-29'
ev="Mining company Whitestone Resources Ltd said it will hold an extraordinary general meeting on March 3 for shareholders to vote on the takeover offer from Pacific Copper."
doc('f17g-20',p,'WHITESTONE EGM',
 "SYDNEY, Jan 29 - "+ev+"\n\nThe board recommends the offer. REUTER",
 [M('Whitestone EGM',['extraordinary general meeting','whitestone'],'2026-03-03','day',None,['Whitestone Resources Ltd'],'upcoming',ev)])

# 21 a spokesman named as the source
p='2026-02-05'
ev="Brazil and Argentina will hold talks on Mercosur tariffs in Montevideo on Monday, Brazilian Foreign Ministry spokesman Rodrigo Braga said."
doc('f17g-21',p,'BRAZIL, ARGENTINA TALKS',
 "BRASILIA, Feb 5 - "+ev+"\n\nTrade between the two fell 8 pct last year. REUTER",
 [M('Brazil-Argentina tariff talks',['mercosur','montevideo'],wd(p,'monday',1),'day','Montevideo',['Brazil','Argentina'],'upcoming',ev)])

# 22 "The two sides will meet again"
p='2026-03-09'
ev1="Ukrainian and Russian delegations held a fresh round of talks on prisoner exchanges in Istanbul on Saturday, the Ukrainian negotiator said."
ev2="The two sides will meet again next week, he said."
doc('f17g-22',p,'PRISONER TALKS',
 "KYIV, March 9 - "+ev1+" "+ev2+"\n\nAbout 300 prisoners were swapped last month. REUTER",
 [M('Ukraine-Russia prisoner talks',['prisoner exchanges','istanbul'],wd(p,'saturday',-1),'day','Istanbul',['Ukraine','Russia'],'past',ev1),
  M('Ukraine-Russia talks next week',['meet again'],monday(p,1),'week',None,['Ukraine','Russia'],'upcoming',ev2)])

# 23 "The board" for the company named before
p='2026-02-19'
ev="The board will meet on March 4 to consider a new pay plan, the company said."
doc('f17g-23',p,'HELVETIA RE PAY',
 "ZURICH, Feb 19 - Shareholders of Helvetia Re AG rejected a pay proposal last year. "+ev+"\n\nREUTER",
 [M('Helvetia Re board meeting',['board'],'2026-03-04','day',None,['Helvetia Re AG'],'upcoming',ev)])

# 24 the host and the two sides it hosts
p='2026-01-22'
ev="The United Arab Emirates will host talks between Ukrainian and Russian officials on Friday, a UAE official said."
doc('f17g-24',p,'UAE TO HOST TALKS',
 "ABU DHABI, Jan 22 - "+ev+"\n\nThe UAE has mediated several prisoner swaps. REUTER",
 [M('UAE-hosted Ukraine-Russia talks',['host talks'],wd(p,'friday',1),'day','United Arab Emirates',['United Arab Emirates','Ukraine','Russia'],'upcoming',ev)])

# 25 "will receive ... for a private audience"; the press office is the source
p='2026-03-12'
ev="Pope Leo will receive Brazilian President Luiz Inacio Lula da Silva at the Vatican on Saturday for a private audience, the Holy See press office said."
doc('f17g-25',p,'POPE TO RECEIVE LULA',
 "VATICAN CITY, March 12 - "+ev+"\n\nREUTER",
 [M('Pope Leo-Lula audience',['audience','lula'],wd(p,'saturday',1),'day','Vatican',['Pope Leo','Luiz Inacio Lula da Silva'],'upcoming',ev)])

# 26 "The two men will meet again"
p='2025-12-09'
ev1="Bangladesh's interim leader Muhammad Yunus met BNP chairman Tarique Rahman in Dhaka on Monday."
ev2="The two men will meet again on Thursday to agree the election timetable, a spokesman for Yunus said."
doc('f17g-26',p,'YUNUS MEETS RAHMAN',
 "DHAKA, Dec 9 - "+ev1+" "+ev2+"\n\nElections are due in February. REUTER",
 [M('Yunus-Rahman meeting',['yunus','dhaka'],wd(p,'monday',-1),'day','Dhaka',['Muhammad Yunus','Tarique Rahman'],'past',ev1),
  M('Yunus-Rahman second meeting',['meet again'],wd(p,'thursday',1),'day',None,['Muhammad Yunus','Tarique Rahman'],'upcoming',ev2)])

# 27 "will be attended by" in the next sentence
p='2026-02-09'
ev="African Union heads of state will gather in Addis Ababa on Saturday for the bloc's annual summit."
doc('f17g-27',p,'AU SUMMIT',
 "ADDIS ABABA, Feb 9 - "+ev+" The summit will be attended by U.N. Secretary-General Antonio Guterres and Italian Prime Minister Giorgia Meloni, officials said.\n\nREUTER",
 [M('African Union summit',['annual summit','african union'],wd(p,'saturday',1),'day','Addis Ababa',['African Union','Antonio Guterres','Giorgia Meloni'],'upcoming',ev)])

# 28 the chair named in the sentence before
p='2026-03-30'
ev="The ministers will meet in Jakarta on April 8 to discuss a regional currency swap line."
doc('f17g-28',p,'ASEAN FINANCE TALKS',
 "JAKARTA, March 30 - Indonesian Finance Minister Purbaya Yudhi Sadewa has been named to chair the ASEAN finance ministers' talks. "+ev+"\n\nREUTER",
 [M('ASEAN finance ministers meeting',['finance ministers','asean'],'2026-04-08','day','Jakarta',['ASEAN','Purbaya Yudhi Sadewa'],'upcoming',ev)])

# 29 a central bank's own meeting
p='2026-01-05'
ev="Turkey's central bank will hold its first rate-setting meeting of the year on Jan. 22, the bank said in a statement."
doc('f17g-29',p,'TURKISH RATE MEETING',
 "ANKARA, Jan 5 - "+ev+"\n\nInflation was 31 pct in December. REUTER",
 [M('Turkish central bank rate meeting',['rate-setting meeting'],'2026-01-22','day',None,["Turkey's central bank"],'upcoming',ev)])

# 30 coordinated nationalities and the body
p='2025-12-15'
ev="Thai and Cambodian defence officials will meet at a border checkpoint on Wednesday for an extraordinary session of their General Border Committee, the Thai army said."
doc('f17g-30',p,'BORDER COMMITTEE',
 "BANGKOK, Dec 15 - "+ev+"\n\nClashes killed 40 people in July. REUTER",
 [M('Thai-Cambodian General Border Committee session',['general border committee'],wd(p,'wednesday',1),'day',None,['Thailand','Cambodia','General Border Committee'],'upcoming',ev)])

# --- notices and minutes

# 31 parish council minutes: a "Present:" list, the clerk in attendance
p='2026-01-15'
ev="Minutes of the meeting held on Tuesday 13 January 2026 at 7.30pm in the Village Hall, Church Lane, Little Haddon"
doc('f17g-31',p,'Minutes',
 "MINUTES\n\nLittle Haddon Parish Council\n"+ev+"\n\n"
 "Present: Cllr J. Marsh (Chair), Cllr P. Okafor, Cllr S. Lee, Cllr D. Hughes\n"
 "In attendance: Mrs K. Bell (Clerk)\n\n"
 "1. Apologies: Cllr R. Ford\n2. Declarations of interest: none\n",
 [M('Little Haddon Parish Council meeting',['parish council','minutes of the meeting'],'2026-01-13','day','Village Hall, Little Haddon',['Little Haddon Parish Council','J. Marsh','P. Okafor','S. Lee','D. Hughes','K. Bell'],'past',ev)])

# 32 an AGM notice: address parts and heading words
p='2026-03-02'
ev="NOTICE IS HEREBY GIVEN that the Annual General Meeting of Harcourt Global Income Trust plc will be held at 11.00 a.m. on Wednesday 15 April 2026 at 100 Bishopsgate, London EC2P 2SR for the following purposes:"
doc('f17g-32',p,'NOTICE OF ANNUAL GENERAL MEETING',
 "NOTICE OF ANNUAL GENERAL MEETING\n\n"+ev+"\n\n"
 "Ordinary Business\n1. To receive the Company's annual report and accounts.\n2. Approval of the Directors' Remuneration Report.\n\n"
 "By order of the Board\nCorrie Secretaries Limited\nCompany Secretary\n",
 [M('Harcourt Global Income Trust AGM',['annual general meeting','harcourt'],'2026-04-15','day','100 Bishopsgate, London',['Harcourt Global Income Trust plc'],'upcoming',ev)])

# 33 a public hearing: the body named only in the heading; label words
p='2026-02-10'
ev="NOTICE OF PUBLIC HEARING"
doc('f17g-33',p,'Planning Board hearing',
 "CITY OF ASHFORD PLANNING BOARD\n\n"+ev+"\n\n"
 "Date: WED, February 25, 2026\nTime: 6:00 PM\nLocation: Town Hall, Council Chambers, 12 Main Street\n\n"
 "The Board will consider a 40-lot subdivision on Orchard Road. Persons wishing to be heard may appear at the hearing.\n",
 [M('Ashford Planning Board public hearing',['public hearing','planning board'],'2026-02-25','day','Town Hall, Council Chambers',['Ashford Planning Board'],'upcoming',ev)])

# 34 "EAM" for the External Affairs Minister
p='2026-01-17'
ev="During the visit, EAM will hold talks with German Foreign Minister Johann Wadephul in Berlin on 20 January."
ev0="External Affairs Minister Dr. S. Jaishankar will visit Germany from 19-21 January 2026."
doc('f17g-34',p,'Visit of External Affairs Minister to Germany (January 19-21, 2026)',
 "Visit of External Affairs Minister to Germany (January 19-21, 2026)\n\n"+ev0+" "+ev+" EAM will also meet members of the Indian community.\n",
 [M('Jaishankar-Wadephul talks',['wadephul','talks'],'2026-01-20','day','Berlin',['S. Jaishankar','Johann Wadephul'],'upcoming',ev),
  opt(M('Jaishankar visit to Germany',['visit'],'2026-01-19','day','Germany',['S. Jaishankar'],'upcoming',ev0,end='2026-01-21'))])

# 35 a board readout with an "Attendees:" list
p='2026-02-27'
ev="The Board of Directors of the Regional Transit Authority met on 26 February 2026 at its offices in Leeds."
doc('f17g-35',p,'Readout: Board of Directors meeting, 26 February 2026',
 "Readout: Board of Directors meeting, 26 February 2026\n\n"+ev+"\n\n"
 "Attendees: Sarah Whitfield (Chair), Imran Qureshi, Helen Doyle, Mark Penrose (Chief Executive)\n"
 "Apologies: Tom Ashby\n\nThe Board approved the 2026/27 budget.\n",
 [M('Regional Transit Authority board meeting',['board of directors','regional transit authority'],'2026-02-26','day','Leeds',['Regional Transit Authority','Sarah Whitfield','Imran Qureshi','Helen Doyle','Mark Penrose'],'past',ev)])

# 36 a committee notice with a "Members:" list and an agenda
p='2026-03-04'
ev="A meeting of the Finance and Audit Committee will be held on Monday, 16 March 2026 at 2.00 pm in Room 3.1, County Hall, Taunton."
doc('f17g-36',p,'FINANCE AND AUDIT COMMITTEE',
 "FINANCE AND AUDIT COMMITTEE\n\n"+ev+"\n\n"
 "Members: Councillors A. Patel (Chairman), B. Evans, C. Grant and L. Moreau\n\n"
 "AGENDA\n1. Minutes of the last meeting\n2. Treasury Management Update\n",
 [M('Finance and Audit Committee meeting',['finance and audit committee'],'2026-03-16','day','County Hall, Taunton',['Finance and Audit Committee','A. Patel','B. Evans','C. Grant','L. Moreau'],'upcoming',ev)])

# 37 a joint press release: co-chairs of each side
p='2026-02-06'
ev="The fourth India-Australia 2+2 Ministerial Dialogue was held in New Delhi on 5 February 2026."
doc('f17g-37',p,'Joint Press Release: 4th India-Australia 2+2 Ministerial Dialogue',
 "Joint Press Release: 4th India-Australia 2+2 Ministerial Dialogue\n\n"+ev+" The Dialogue was co-chaired by Raksha Mantri Rajnath Singh and EAM Dr. S. Jaishankar from the Indian side, and by Deputy Prime Minister Richard Marles and Foreign Minister Penny Wong from the Australian side.\n",
 [M('India-Australia 2+2 Ministerial Dialogue',['2+2','ministerial dialogue'],'2026-02-05','day','New Delhi',['India','Australia','Rajnath Singh','S. Jaishankar','Richard Marles','Penny Wong'],'past',ev)])

# 38 a stock exchange intimation: the addressee and the signatory are no party
p='2026-01-23'
ev="We wish to inform you that a meeting of the Board of Directors of Suryoday Textiles Limited is scheduled to be held on Friday, January 30, 2026, inter alia, to consider the unaudited financial results for the quarter ended December 31, 2025."
doc('f17g-38',p,'Intimation of Board Meeting',
 "Intimation of Board Meeting\n\nDate: 23.01.2026\n"
 "To, The Manager, Listing Department, National Stock Exchange of India Ltd, Exchange Plaza, Bandra (E), Mumbai 400051\n\n"
 "Sub: Intimation of Board Meeting under Regulation 29\n\nDear Sir/Madam,\n"+ev+"\n\n"
 "For Suryoday Textiles Limited\nAnjali Mehta\nCompany Secretary\n",
 [M('Suryoday Textiles board meeting',['board of directors','suryoday'],'2026-01-30','day',None,['Suryoday Textiles Limited'],'upcoming',ev)])

# 39 town minutes: "Members present:", "Also present:"
p='2026-02-20'
ev="The regular meeting of the Board of Selectmen was called to order at 7:00 PM by Chairman Robert Lyons."
doc('f17g-39',p,'Board of Selectmen minutes',
 "TOWN OF MILLBROOK\nBOARD OF SELECTMEN\nMINUTES - REGULAR MEETING\nFebruary 17, 2026\n\n"+ev+"\n\n"
 "Members present: Robert Lyons, Diane Castro, Peter Voss\nAlso present: Town Administrator Julie Kent\n\n"
 "Motion by Castro, seconded by Voss, to approve the minutes of February 3. Motion carried 3-0.\n",
 [M('Millbrook Board of Selectmen meeting',['board of selectmen','regular meeting'],'2026-02-17','day',None,['Millbrook Board of Selectmen','Robert Lyons','Diane Castro','Peter Voss','Julie Kent'],'past',ev)])

# 40 a readout: the spokesperson is no party
p='2026-03-06'
ev="Secretary of State Marco Rubio met with Philippine Foreign Secretary Theresa Lazaro today in Washington."
doc('f17g-40',p,"Secretary Rubio's Meeting with Philippine Foreign Secretary Lazaro",
 "Secretary Rubio's Meeting with Philippine Foreign Secretary Lazaro\n\nThe below is attributable to Spokesperson Tammy Bruce:\n\n"+ev+" The Secretary and the Foreign Secretary discussed South China Sea security.\n",
 [M('Rubio-Lazaro meeting',['lazaro','rubio'],'2026-03-06','day','Washington',['Marco Rubio','Theresa Lazaro'],'past',ev)])

write()
