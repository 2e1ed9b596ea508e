from stories import *

# Issue 17, helper 17h: places and non-wire formats. Written before any rule
# change of this helper, annotated by meetings.GUIDELINE.md, and measured
# once on main 9088fc0 (the figure is in listing_sets_test.go). Half wire
# stories whose difficulty is the place (a body at home under its dateline,
# apposition and periphrasis, talks by video link, a measuring point, a
# conference named after a city, a venue), half other formats (week-ahead
# lines, committee schedule blocks, minutes with a next meeting, financial
# calendars, a list of dates, notices dated before their meeting, bargaining
# bulletins, agendas, diaries and a public schedule).

# ---------------------------------------------------------------- wire

# 1 EU ministers at home: Brussels by convention
p='2026-03-06'
ev="European Union foreign ministers will meet on Monday to discuss a 20th package of sanctions, diplomats said."
doc('f17h-01',p,'EU ministers to weigh new sanctions',
 "BRUSSELS, March 6 (Reuters) - "+ev+" The package would target shipping and banks, according to a draft seen by Reuters. "
 "Hungary has said it will not block it.",
 [M('EU foreign ministers meeting',['foreign ministers'],wd(p,'monday',1),'day','Brussels',['European Union'],'upcoming',ev)])

# 2 EU ambassadors at home
p='2026-02-03'
ev="EU ambassadors will discuss the proposal on Wednesday, two diplomats said."
doc('f17h-02',p,'EU mulls tariff on fertiliser',
 "BRUSSELS, Feb 3 (Reuters) - The European Commission proposed on Tuesday higher tariffs on fertiliser imports from Russia and Belarus. "
 +ev+" Farmers' groups warned the move would raise costs.",
 [M('EU ambassadors meeting',['ambassadors'],wd(p,'wednesday',1),'day','Brussels',['EU'],'upcoming',ev)])

# 3 a central bank's committee in its city
p='2026-04-23'
ev="The Bank of Japan's policy board will hold a two-day meeting ending next Thursday, when it will also issue fresh growth forecasts."
doc('f17h-03',p,'BOJ seen holding rates',
 "TOKYO, April 23 (Reuters) - "+ev+" Most economists polled by Reuters expect no change. "
 "The yen weakened to 158 per dollar on Thursday.",
 [M('BOJ policy meeting',['policy board','two-day meeting'],'2026-04-29','day','Tokyo',['Bank of Japan'],'upcoming',ev,end='2026-04-30')])

# 4 a mission to the UN "here"
p='2026-04-14'
ev="Foreign ministers of the group met on Monday at Japan's mission to the United Nations here to prepare the review conference."
doc('f17h-04',p,'Non-proliferation group meets',
 "NEW YORK, April 14 (Reuters) - "+ev+" The group of twelve non-nuclear states wants a stronger final document. "
 "Japanese Foreign Minister Takeshi Iwaya chaired the meeting.",
 [M('Non-proliferation group ministers meeting',['foreign ministers of the group'],wd(p,'monday',-1),'day','New York',['Takeshi Iwaya'],'past',ev)])

# 5 periphrasis: "the Philippine capital" under the Manila dateline
p='2026-05-20'
ev="Southeast Asian foreign ministers will meet in the Philippine capital next week to discuss the South China Sea code of conduct."
doc('f17h-05',p,'ASEAN ministers to meet',
 "MANILA, May 20 (Reuters) - "+ev+" The Philippines holds the rotating chair of the bloc this year.",
 [M('ASEAN foreign ministers meeting',['foreign ministers'],monday(p,1),'week','Manila',['ASEAN'],'upcoming',ev)])

# 6 apposition: "the southern port city of Busan"
p='2026-06-08'
ev="Trade ministers of South Korea, China and Japan will hold talks in the southern port city of Busan on Saturday, the trade ministry said."
doc('f17h-06',p,'Trilateral trade talks',
 "SEOUL, June 8 (Reuters) - "+ev+" The three countries last met at ministerial level in 2023.",
 [M('Korea-China-Japan trade ministers talks',['trade ministers'],wd(p,'saturday',1),'day','Busan',['South Korea','China','Japan'],'upcoming',ev)])

# 7 talks by video link: no place
p='2026-02-10'
ev="British Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney held talks by video link on Tuesday, Downing Street said."
doc('f17h-07',p,'Starmer, Carney hold talks',
 "LONDON, Feb 10 (Reuters) - "+ev+" They discussed Ukraine and trade.",
 [M('Starmer-Carney talks',['video link'],p,'day',None,['Keir Starmer','Mark Carney'],'past',ev)])

# 8 a videoconference under a capital's dateline: no place
p='2026-07-15'
ev="Group of Seven finance ministers will hold a videoconference on Friday to discuss the dollar's slide, Italy's finance ministry said."
doc('f17h-08',p,'G7 finance call',
 "ROME, July 15 (Reuters) - "+ev+" The ministry gave no further details.",
 [M('G7 finance ministers videoconference',['videoconference'],wd(p,'friday',1),'day',None,['Group of Seven'],'upcoming',ev)])

# 9 a measuring point is not the meeting's place
p='2026-09-11'
ev="Officials of the German inland shipping association will meet on Monday to discuss the low water."
doc('f17h-09',p,'Rhine levels fall',
 "FRANKFURT, Sept 11 (Reuters) - Water levels on the Rhine at the Kaub measuring point fell to 78 centimetres on Friday. "
 +ev+" Barges are sailing at a third of capacity.",
 [M('German inland shipping association meeting',['inland shipping association'],wd(p,'monday',1),'day',None,['German inland shipping association'],'upcoming',ev)])

# 10 a convention named after a city, meeting elsewhere
p='2026-03-13'
ev="The committee of the Budapest Convention on cybercrime will meet in Strasbourg on Tuesday to adopt a guidance note."
doc('f17h-10',p,'Cybercrime committee',
 "PARIS, March 13 (Reuters) - "+ev+" Sixty-eight states are party to the convention.",
 [M('Budapest Convention committee meeting',['budapest convention'],wd(p,'tuesday',1),'day','Strasbourg',['Budapest Convention committee'],'upcoming',ev)])

# 11 "civil society groups in Mali" is not the summit's place
p='2026-03-18'
ev="West African leaders will hold an extraordinary summit on Saturday to discuss the crisis, the regional bloc ECOWAS said."
doc('f17h-11',p,'ECOWAS summit',
 "DAKAR, March 18 (Reuters) - "+ev+" The call came after protests by civil society groups in Mali against the junta's plan to extend its rule.",
 [M('ECOWAS extraordinary summit',['ecowas','extraordinary summit'],wd(p,'saturday',1),'day',None,['ECOWAS'],'upcoming',ev)])

# 12 a venue inside UN headquarters
p='2026-04-10'
ev="The Security Council will meet on Monday in the Trusteeship Council Chamber to hear a briefing on Haiti."
doc('f17h-12',p,'Council to hear Haiti briefing',
 "UNITED NATIONS, April 10 (Reuters) - "+ev+" The main chamber is closed for repairs.",
 [M('Security Council meeting on Haiti',['security council'],wd(p,'monday',1),'day','Trusteeship Council Chamber',['Security Council'],'upcoming',ev)])

# 13 a regional body in its seat city
p='2026-02-12'
ev="The African Union's Peace and Security Council will meet on Friday to discuss the fighting in eastern Congo, diplomats said."
doc('f17h-13',p,'AU council on Congo',
 "ADDIS ABABA, Feb 12 (Reuters) - "+ev+" Rwanda denies backing the rebels.",
 [M('AU Peace and Security Council meeting',['peace and security council'],wd(p,'friday',1),'day','Addis Ababa',['African Union'],'upcoming',ev)])

# 14 a government at home with a visiting delegation
p='2026-01-09'
ev="Australian ministers will hold talks with a visiting Indonesian delegation on Monday on a new defence agreement."
doc('f17h-14',p,'Indonesia defence talks',
 "CANBERRA, Jan 9 (Reuters) - "+ev+" Defence Minister Richard Marles said the pact would deepen cooperation.",
 [M('Australia-Indonesia defence talks',['indonesian delegation'],wd(p,'monday',1),'day','Canberra',['Australia','Indonesia','Richard Marles'],'upcoming',ev)])

# 15 a company's board at the dateline city: no place
p='2026-03-20'
ev="Toyota Motor Corp's board will meet on Tuesday to approve the sale of its stake in the supplier, two people familiar with the matter said."
doc('f17h-15',p,'Toyota to sell stake',
 "TOKYO, March 20 (Reuters) - "+ev+" The stake is worth about $4 billion.",
 [M('Toyota board meeting',['board'],wd(p,'tuesday',1),'day',None,['Toyota Motor Corp'],'upcoming',ev)])

# 16 parties clearly elsewhere: no place
p='2026-06-01'
ev="Russian and Ukrainian negotiators will meet next week for a new round of prisoner exchange talks, the State Department said."
doc('f17h-16',p,'Prisoner exchange talks',
 "WASHINGTON, June 1 (Reuters) - "+ev+" The venue has not been announced.",
 [M('Russia-Ukraine prisoner exchange talks',['prisoner exchange talks'],monday(p,1),'week',None,['Russia','Ukraine'],'upcoming',ev)])

# 17 a later mention names the place
p='2026-10-02'
ev="U.S. and Iranian officials will hold indirect talks on Saturday, Oman's foreign ministry said."
doc('f17h-17',p,'US, Iran talks',
 "DUBAI, Oct 2 (Reuters) - "+ev+" The talks in Muscat will be the third round this year.",
 [M('U.S.-Iran indirect talks',['indirect talks','iranian'],wd(p,'saturday',1),'day','Muscat',['U.S.','Iran'],'upcoming',ev)])

# 18 the capital named by a description, filed elsewhere
p='2026-11-04'
ev="Finance ministers of the Andean Community will meet in the Peruvian capital on Thursday, the bloc's secretariat said."
doc('f17h-18',p,'Andean ministers',
 "BOGOTA, Nov 4 (Reuters) - "+ev+" They will discuss a common customs code.",
 [M('Andean Community finance ministers meeting',['andean community'],wd(p,'thursday',1),'day','Lima',['Andean Community'],'upcoming',ev)])

# ---------------------------------------------------------------- not wire

# 19 week-ahead lines under day headings
p='2026-03-13'
e1="BRUSSELS - Euro zone finance ministers meet (Eurogroup)."
e2="BRUSSELS - EU finance ministers meet (Ecofin)."
e3="WASHINGTON - Federal Reserve's policy-setting committee begins two-day meeting."
e4="LUXEMBOURG - EU agriculture ministers meet."
doc('f17h-19',p,'Week Ahead',
 "Week Ahead\n\n"
 "MONDAY, MARCH 16\n"+e1+"\nBERLIN - German wholesale prices for February.\n\n"
 "TUESDAY, MARCH 17\n"+e2+"\n"+e3+"\n\n"
 "THURSDAY, MARCH 19\n"+e4+"\nTOKYO - Japan trade balance for February.\n",
 [M('Eurogroup meeting',['eurogroup'],'2026-03-16','day','Brussels',['Eurogroup'],'upcoming',e1),
  M('Ecofin meeting',['ecofin'],'2026-03-17','day','Brussels',['Ecofin'],'upcoming',e2),
  M('FOMC meeting',['federal reserve'],'2026-03-17','day','Washington',['Federal Reserve'],'upcoming',e3,end='2026-03-18'),
  M('EU agriculture ministers meeting',['agriculture ministers'],'2026-03-19','day','Luxembourg',['EU'],'upcoming',e4)])

# 20 week-ahead with the day in each line
p='2026-06-05'
e1="Mon June 8 - LUXEMBOURG: EU foreign ministers meet."
e2="Wed June 10 - VIENNA: OPEC+ ministers hold online meeting."
e3="Thu June 11 - FRANKFURT: ECB Governing Council monetary policy meeting."
doc('f17h-20',p,'WEEK AHEAD',
 "WEEK AHEAD\n\n"+e1+"\nTue June 9 - LONDON: UK labour market data.\n"+e2+"\n"+e3+"\nFri June 12 - BEIJING: China May CPI.\n",
 [M('EU foreign ministers meeting',['foreign ministers'],'2026-06-08','day','Luxembourg',['EU'],'upcoming',e1),
  M('OPEC+ online meeting',['opec+'],'2026-06-10','day',None,['OPEC+'],'upcoming',e2),
  M('ECB policy meeting',['governing council'],'2026-06-11','day','Frankfurt',['ECB'],'upcoming',e3)])

# 21 committee schedule blocks
p='2026-04-17'
e1="Meeting No. 34"
e2="Meeting No. 35"
doc('f17h-21',p,'Standing Committee on Finance - Notices of meeting',
 "Standing Committee on Finance\n\n"
 +e1+"\nTuesday, April 21, 2026\n11:00 a.m. to 1:00 p.m.\nRoom 415, Wellington Building, 197 Sparks Street\n"
 "Orders of the Day: Pre-budget consultations\n\n"
 +e2+"\nThursday, April 23, 2026\n3:30 p.m. to 5:30 p.m.\nRoom 225-A, West Block\n"
 "Orders of the Day: Committee business\n",
 [M('Finance committee meeting No. 34',['meeting no. 34'],'2026-04-21','day','Room 415, Wellington Building',['Standing Committee on Finance'],'upcoming',e1),
  M('Finance committee meeting No. 35',['meeting no. 35'],'2026-04-23','day','Room 225-A, West Block',['Standing Committee on Finance'],'upcoming',e2)])

# 22 minutes with the date of the next meeting
p='2026-02-12'
e1="Minutes of the meeting of the Finance and Audit Committee held on Wednesday 4 February 2026 at the Town Hall, Ludlow."
e2="Wednesday 11 March 2026, 6.30pm, Town Hall."
doc('f17h-22',p,'Finance and Audit Committee minutes',
 "Ludlow Town Council\n\n"+e1+"\n\nPresent: Cllrs Adams (Chair), Brown, Clarke.\n\n"
 "1. Apologies. None.\n2. Budget monitoring. The committee noted the report.\n\n"
 "Date of next meeting.\n"+e2+"\n",
 [M('Finance and Audit Committee meeting',['finance and audit committee','minutes'],'2026-02-04','day','Town Hall, Ludlow',['Finance and Audit Committee','Adams','Brown','Clarke'],'past',e1),
  M('Finance and Audit Committee next meeting',['next meeting'],'2026-03-11','day','Town Hall',['Finance and Audit Committee'],'upcoming',e2)])

# 23 a financial calendar: the AGM's own date
p='2026-02-19'
e1="Annual General Meeting 2026: 19 May 2026"
doc('f17h-23',p,'Financial calendar',
 "Halvorsen Shipping ASA - financial calendar\n\n"
 "Interim report Q1 2026: 23 April 2026\n"+e1+"\nHalf-year report 2026: 20 August 2026\nInterim report Q3 2026: 5 November 2026\n",
 [M('Halvorsen Shipping AGM',['annual general meeting'],'2026-05-19','day',None,['Halvorsen Shipping ASA'],'upcoming',e1)])

# 24 a list of dates: one meeting each
p='2025-12-10'
ev="The Monetary Policy Committee will meet on 21 January, 25 March, 20 May and 15 July 2026."
doc('f17h-24',p,'Monetary Policy Committee meeting dates for 2026',
 "The Central Bank of Freedonia announces the meeting dates of its Monetary Policy Committee for the first half of 2026.\n\n"
 +ev+" Each decision will be published at 2 p.m. on the day of the meeting.",
 [M('MPC meeting January',['monetary policy committee'],'2026-01-21','day',None,['Monetary Policy Committee'],'upcoming',ev),
  M('MPC meeting March',['monetary policy committee'],'2026-03-25','day',None,['Monetary Policy Committee'],'upcoming',ev),
  M('MPC meeting May',['monetary policy committee'],'2026-05-20','day',None,['Monetary Policy Committee'],'upcoming',ev),
  M('MPC meeting July',['monetary policy committee'],'2026-07-15','day',None,['Monetary Policy Committee'],'upcoming',ev)])

# 25 a notice dated weeks before its AGM
p='2026-04-10'
ev="NOTICE IS HEREBY GIVEN that the Annual General Meeting of Harrow Bay plc will be held at Chartered Accountants' Hall, One Moorgate Place, London EC2R 6EA on Thursday 14 May 2026 at 11.00 a.m."
doc('f17h-25',p,'Notice of Annual General Meeting',
 "10 April 2026\n\nHarrow Bay plc\nNotice of Annual General Meeting\n\n"+ev+"\n\nShareholders are asked to return the proxy form by 12 May 2026.",
 [M('Harrow Bay AGM',['annual general meeting'],'2026-05-14','day',"Chartered Accountants' Hall, London",['Harrow Bay plc'],'upcoming',ev)])

# 26 an announcement: "to be held on", "at the offices of"
p='2026-03-27'
ev="Riverside Holdings plc announces that its Annual General Meeting is to be held on Thursday 30 April 2026 at 10.00 a.m. at the offices of Pinsent Partners, 30 Crown Place, Leeds LS1 2AB."
doc('f17h-26',p,'Posting of Annual Report and Notice of AGM',
 "27 March 2026\n\n"+ev+" The Notice of Meeting has been posted to shareholders today and is available on the Company's website.",
 [M('Riverside Holdings AGM',['annual general meeting'],'2026-04-30','day','Leeds',['Riverside Holdings plc'],'upcoming',ev)])

# 27 a deadline and a hearing: only the hearing
p='2026-03-05'
ev="The Zoning Board of Appeals will hold a public hearing on the application on Tuesday, April 14, 2026 at 7 p.m. in Room 2A of City Hall."
doc('f17h-27',p,'Public notice',
 "PUBLIC NOTICE\n\nWritten comments on the application must be submitted by Friday, March 27, 2026. "
 +ev+" Copies of the application are available at the Planning Office.",
 [M('Zoning Board of Appeals hearing',['zoning board of appeals','public hearing'],'2026-04-14','day','Room 2A of City Hall',['Zoning Board of Appeals'],'upcoming',ev)])

# 28 an "updated" line over a schedule
p='2026-03-06'
ev="Council Work Session - Monday, March 9, 2026, 6 p.m., Council Chambers"
doc('f17h-28',p,'Upcoming meetings',
 "Upcoming meetings\nSchedule updated Friday, March 6, 2026\n\n"+ev+"\nPlanning Commission - Thursday, March 12, 2026, 7 p.m., Council Chambers\n",
 [M('Council work session',['work session'],'2026-03-09','day','Council Chambers',['Council'],'upcoming',ev),
  M('Planning Commission meeting',['planning commission'],'2026-03-12','day','Council Chambers',['Planning Commission'],'upcoming',"Planning Commission - Thursday, March 12, 2026, 7 p.m., Council Chambers")])

# 29 a bargaining bulletin: a past session and the resumption
p='2026-09-11'
e1="Our bargaining team met with Metro Transit on September 9 and 10 to discuss wages and scheduling."
e2="Bargaining will resume on Monday, September 14."
doc('f17h-29',p,'Bargaining Update #12',
 "Bargaining Update #12\n\nATU Local 1005 members,\n\n"+e1+" The employer has not yet answered our wage proposal. "
 +e2+" Watch for updates.\n\nIn solidarity,\nThe Bargaining Committee",
 [M('ATU-Metro Transit bargaining session',['bargaining team met'],'2026-09-09','day',None,['ATU Local 1005','Metro Transit'],'past',e1,end='2026-09-10'),
  M('ATU-Metro Transit bargaining resumes',['bargaining will resume'],'2026-09-14','day',None,['ATU Local 1005','Metro Transit'],'upcoming',e2)])

# 30 the next session set for a range
p='2026-03-02'
ev="The next bargaining session is set for March 24 to 26 in Toronto."
doc('f17h-30',p,'Bargaining bulletin',
 "Bargaining bulletin - CUPE 3902 and the University\n\nThe parties exchanged proposals on benefits last week. "
 +ev+" Members are encouraged to attend the town hall.",
 [M('CUPE 3902 bargaining session',['bargaining session'],'2026-03-24','day','Toronto',['CUPE 3902','University'],'upcoming',ev,end='2026-03-26')])

# 31 an agenda's heading block
p='2026-02-13'
e1="Regular Meeting of the Board of Trustees"
doc('f17h-31',p,'Agenda',
 "AGENDA\n"+e1+"\nThursday, February 19, 2026, 7:00 p.m.\nDistrict Office Boardroom, 1200 Elm Street, Springfield\n\n"
 "1. Call to order\n2. Approval of minutes of January 22, 2026\n3. Superintendent's report\n",
 [M('Board of Trustees regular meeting',['board of trustees'],'2026-02-19','day','District Office Boardroom, Springfield',['Board of Trustees'],'upcoming',e1)])

# 32 a minister's diary
p='2026-03-09'
e1="09:30 Meeting with the Ambassador of Denmark, Ministry of Foreign Affairs"
e2="15:00 Talks with the European Commissioner for Trade, Government House"
doc('f17h-32',p,"Minister's diary",
 "Diary of the Minister of Foreign Affairs\nTuesday, 10 March 2026\n\n"+e1+"\n12:00 Press conference\n"+e2+"\n",
 [M('Meeting with Danish ambassador',['ambassador of denmark'],'2026-03-10','day','Ministry of Foreign Affairs',['Denmark'],'upcoming',e1),
  M('Talks with EU trade commissioner',['commissioner for trade'],'2026-03-10','day','Government House',['European Commissioner for Trade'],'upcoming',e2)])

# 33 a mayor's public schedule
p='2026-06-02'
e1="10:00 a.m. - Meeting with the Greater Eastport Chamber of Commerce board, City Hall"
doc('f17h-33',p,"Mayor's public schedule",
 "Mayor's Public Schedule - Wednesday, June 3, 2026\n\n"+e1+"\n1:30 p.m. - Ribbon cutting, Harbor Park\n3:00 p.m. - Media availability\n",
 [M('Mayor meets Chamber of Commerce board',['chamber of commerce'],'2026-06-03','day','City Hall',['Greater Eastport Chamber of Commerce'],'upcoming',e1)])

# 34 a week-ahead line for a virtual meeting
p='2026-11-13'
e1="VIRTUAL - G20 finance ministers and central bank governors hold video conference."
e2="GENEVA - WTO General Council meets (to Nov 19)."
doc('f17h-34',p,'Week ahead',
 "Week ahead\n\nTUESDAY, NOVEMBER 17\n"+e1+"\n\nWEDNESDAY, NOVEMBER 18\n"+e2+"\n",
 [M('G20 finance video conference',['g20'],'2026-11-17','day',None,['G20'],'upcoming',e1),
  M('WTO General Council',['general council'],'2026-11-18','day','Geneva',['WTO'],'upcoming',e2,end='2026-11-19')])

write()
