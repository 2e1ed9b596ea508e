from stories import *

# Issue 17, helper 17c: a fresh set of listings (news diaries, week-ahead
# notes, EU and parliamentary schedules, company financial calendars, a
# central bank's meeting calendar), written before any listing rule and
# measured once first (the figure is in listing_sets_test.go). Day headings
# govern the lines under them; "CITY - event" gives the place; "(to 3 July)"
# the end; results days and conference calls are not meetings.

# 1 a Reuters-style week ahead: upper-case day headings, "CITY - event"
p='2025-06-27'
e1="SEVILLE - Fourth UN International Conference on Financing for Development (to 3 July)."
e2="BRUSSELS - EU agriculture ministers meet to discuss the farm budget."
e3="RIO DE JANEIRO - BRICS leaders' summit (until July 7)."
e4="VIENNA - OPEC+ eight countries meet to decide August output levels."
doc('f17fa-01',p,'WEEK AHEAD',
 "WEEK AHEAD - Key political and economic events for the week of 30 June\n\n"
 "MON 30 JUNE\n"+e1+"\n"+e2+"\n\n"
 "TUE 1 JULY\nWASHINGTON - U.S. June manufacturing data.\nWIMBLEDON - Wimbledon tennis championships (to 13 July).\n\n"
 "SAT 5 JULY\n"+e4+"\n\n"
 "SUN 6 JULY\n"+e3+"\n",
 [M('UN Financing for Development conference',['financing for development'],'2025-06-30','day','Seville',['UN'],'upcoming',e1,end='2025-07-03'),
  M('EU agriculture ministers meeting',['agriculture ministers'],'2025-06-30','day','Brussels',['EU'],'upcoming',e2),
  M('OPEC+ meeting',['opec'],'2025-07-05','day','Vienna',['OPEC+'],'upcoming',e4),
  M('BRICS summit',['brics'],'2025-07-06','day','Rio de Janeiro',['BRICS'],'upcoming',e3,end='2025-07-07')])

# 2 full weekday headings "Tuesday, March 10" and bulleted lines with a colon
p='2026-03-06'
e1="* GENEVA: UN Human Rights Council holds an interactive dialogue on Myanmar."
e2="* NEW YORK: UN Security Council consultations on the situation in Syria."
e3="* TOKYO: Bank of Japan policy meeting (to March 13)."
doc('f17fa-02',p,'Diary for the week of March 9',
 "Diary for the week of March 9\n\n"
 "Monday, March 9\n"+e1+"\n* LONDON: UK GDP estimate for January.\n\n"
 "Tuesday, March 10\n"+e2+"\n\n"
 "Thursday, March 12\n"+e3+"\n",
 [M('UN Human Rights Council dialogue on Myanmar',['human rights council'],'2026-03-09','day','Geneva',['UN Human Rights Council'],'upcoming',e1),
  M('UN Security Council consultations on Syria',['security council'],'2026-03-10','day','New York',['UN Security Council'],'upcoming',e2),
  M('Bank of Japan policy meeting',['bank of japan'],'2026-03-12','day','Tokyo',['Bank of Japan'],'upcoming',e3,end='2026-03-13')])

# 3 times before the place, "WED 12 NOVEMBER"; a line with another date inside
p='2025-11-07'
e1="0900 BRUSSELS - Eurogroup finance ministers meet to review the draft budgetary plans for 2026."
e2="1030 PARIS - OECD ministerial council meeting (until Friday)."
e3="1400 BERLIN - German Chancellor Friedrich Merz hosts Polish Prime Minister Donald Tusk for government consultations."
doc('f17fa-03',p,'NEWS DIARY',
 "NEWS DIARY\n\n"
 "WED 12 NOVEMBER\n"+e1+"\n"+e2+"\n\n"
 "THU 13 NOVEMBER\n"+e3+"\n1500 FRANKFURT - ECB publishes its Financial Stability Review.\n",
 [M('Eurogroup meeting',['eurogroup'],'2025-11-12','day','Brussels',['Eurogroup'],'upcoming',e1),
  M('OECD ministerial council meeting',['oecd'],'2025-11-12','day','Paris',['OECD'],'upcoming',e2,end='2025-11-14'),
  M('German-Polish government consultations',['government consultations','merz','tusk'],'2025-11-13','day','Berlin',['Friedrich Merz','Donald Tusk'],'upcoming',e3)])

# 4 an EU Council week ahead: the place after the meeting's name
p='2026-03-06'
e1="Foreign Affairs Council, Brussels"
e2="Economic and Financial Affairs Council, Brussels"
e3="European Council, Brussels"
doc('f17fa-04',p,'Week ahead 9 - 15 March 2026',
 "Week ahead 9 - 15 March 2026\n\n"
 "Monday 9 March\n"+e1+"\n\n"
 "Tuesday 10 March\n"+e2+"\n\n"
 "Thursday 12 March\n"+e3+"\n",
 [M('Foreign Affairs Council',['foreign affairs council'],'2026-03-09','day','Brussels',['Foreign Affairs Council'],'upcoming',e1),
  M('ECOFIN Council',['economic and financial affairs council'],'2026-03-10','day','Brussels',['Economic and Financial Affairs Council'],'upcoming',e2),
  M('European Council summit',['european council'],'2026-03-12','day','Brussels',['European Council'],'upcoming',e3)])

# 5 a company financial calendar: only the AGM is a meeting
p='2025-11-05'
e1="Annual General Meeting: 14 May 2026, Oslo"
doc('f17fa-05',p,'Norsk Aluminium ASA - Financial calendar 2026',
 "Norsk Aluminium ASA - Financial calendar 2026\n\n"
 "Fourth quarter 2025 results: 5 February 2026\n"
 "Annual report 2025: 12 March 2026\n"
 +e1+"\n"
 "First quarter 2026 results: 6 May 2026\n"
 "Second quarter 2026 results: 16 July 2026\n",
 [M('Norsk Aluminium annual general meeting',['annual general meeting'],'2026-05-14','day','Oslo',['Norsk Aluminium ASA'],'upcoming',e1)])

# 6 a financial calendar with abbreviations and a conference call
p='2026-01-20'
e1="AGM - 23 April 2026"
doc('f17fa-06',p,'Financial calendar',
 "Financial calendar\n\n"
 "Vantor Group plc will publish its full-year results on 26 February 2026, followed by a conference call for analysts at 09:00 CET.\n\n"
 "Q1 trading update - 22 April 2026\n"
 +e1+"\n"
 "H1 results - 30 July 2026\n",
 [M('Vantor Group AGM',['agm'],'2026-04-23','day',None,['Vantor Group plc'],'upcoming',e1)])

# 7 a central bank's calendar of two-day meetings
p='2025-12-19'
e1="27-28 January"
e2="17-18 March"
doc('f17fa-07',p,'Riksbank monetary policy meetings 2026',
 "Sveriges Riksbank - Monetary policy meetings in 2026\n\n"
 "The Executive Board of the Riksbank will hold its monetary policy meetings on the following dates in 2026. The decisions are announced the day after each meeting.\n\n"
 +e1+"\n"+e2+"\n",
 [M('Riksbank monetary policy meeting',['monetary policy'],'2026-01-27','day',None,['Riksbank'],'upcoming',e1,end='2026-01-28'),
  M('Riksbank monetary policy meeting',['monetary policy'],'2026-03-17','day',None,['Riksbank'],'upcoming',e2,end='2026-03-18')])

# 8 a parliamentary committee schedule: the room is the place
p='2026-01-09'
e1="10.00am Treasury Committee - Oral evidence session: Bank of England Financial Stability Report. Location: Grimond Room, Portcullis House"
e2="9.30am Foreign Affairs Committee - Private meeting. Location: Room 16, Palace of Westminster"
doc('f17fa-08',p,'Committee schedule',
 "Select committee schedule\n\n"
 "Tuesday 13 January 2026\n"+e1+"\n\n"
 "Wednesday 14 January 2026\n"+e2+"\n",
 [M('Treasury Committee evidence session',['treasury committee'],'2026-01-13','day','Portcullis House',['Treasury Committee'],'upcoming',e1),
  M('Foreign Affairs Committee meeting',['foreign affairs committee'],'2026-01-14','day','Palace of Westminster',['Foreign Affairs Committee'],'upcoming',e2)])

# 9 a minister's public diary, the past week
p='2025-11-21'
e1="Meeting with H.E. Mr Kazuo Tanaka, Ambassador of Japan, Ministry of Foreign Affairs, Wellington."
e2="Pacific Islands Forum Foreign Ministers' Meeting, Suva, Fiji (to 19 November)."
doc('f17fa-09',p,"Minister's diary",
 "Minister of Foreign Affairs: diary for the week ending 21 November 2025\n\n"
 "Monday 17 November\n"+e1+"\n\n"
 "Tuesday 18 November\n"+e2+"\n\n"
 "Friday 21 November\nRadio interview, RNZ.\n",
 [M('Meeting with the Japanese ambassador',['kazuo tanaka','ambassador'],'2025-11-17','day','Wellington',['Kazuo Tanaka'],'past',e1),
  M('Pacific Islands Forum Foreign Ministers Meeting',['pacific islands forum'],'2025-11-18','day','Suva',['Pacific Islands Forum'],'past',e2,end='2025-11-19')])

# 10 a week ahead in lower case headings with an online meeting
p='2026-05-15'
e1="Online - G7 finance ministers and central bank governors meet by videoconference."
e2="Geneva - World Health Assembly (to May 27)."
doc('f17fa-10',p,'The week ahead',
 "The week ahead\n\n"
 "Tuesday, May 19\n"+e1+"\n\n"
 "Wednesday, May 20\n"+e2+"\nBrussels - Eurostat publishes April inflation.\n",
 [M('G7 finance ministers meeting',['g7'],'2026-05-19','day',None,['G7'],'upcoming',e1),
  M('World Health Assembly',['world health assembly'],'2026-05-20','day','Geneva',['World Health Assembly'],'upcoming',e2,end='2026-05-27')])

# 11 a prose diary: "On Wednesday" paragraphs, no headings
p='2025-12-01'
e1="On Wednesday, NATO foreign ministers meet in Brussels for two days."
e2="On Friday, the OPEC+ group holds an online meeting on output for the first quarter."
doc('f17fa-11',p,'What to watch this week',
 "What to watch this week\n\n"
 +e1+"\n\n"+e2+"\n\nOn Thursday, the European Central Bank publishes its bank lending survey.\n",
 [M('NATO foreign ministers meeting',['nato'],'2025-12-03','day','Brussels',['NATO'],'upcoming',e1,end='2025-12-04'),
  M('OPEC+ meeting',['opec'],'2025-12-05','day',None,['OPEC+'],'upcoming',e2)])

# 12 no meeting: a data calendar
p='2026-02-27'
doc('f17fa-12',p,'Economic calendar',
 "Economic calendar\n\n"
 "MON 2 MARCH\nTOKYO - Japan February manufacturing PMI.\n\n"
 "WED 4 MARCH\nWASHINGTON - U.S. ADP employment report.\nFRANKFURT - ECB publishes account of its January meeting.\n",
 [])

write()
