from stories import *

# Issue 17, helper 17c: a third fresh set, written after the listing and
# notice rules of fresh17fa/fresh17fb had landed (e527d22) to see what they
# generalise to: other diary and calendar layouts (full-caps headings with
# commas, a weekday after the date, dot leaders, date-first tables,
# label-value agendas, multi-line committee entries), notices with
# postcodes, minutes, readouts and a virtual meeting. Measured once first
# (the figure is in listing_sets_test.go).

# 1 full-caps headings with commas, a city in the line's prose
p='2025-12-05'
e1="EU finance ministers meet in Brussels to discuss the 2026 budget."
e2="NATO defence ministers hold talks in Brussels (until Thursday)."
doc('f17fc-01',p,'WEEK AHEAD',
 "WEEK AHEAD: POLITICS AND ECONOMICS\n\n"
 "MONDAY, DECEMBER 8\n"+e1+"\nU.S. Treasury auctions three-year notes.\n\n"
 "WEDNESDAY, DECEMBER 10\n"+e2+"\n",
 [M('EU finance ministers meeting',['eu finance ministers'],'2025-12-08','day','Brussels',['EU'],'upcoming',e1),
  M('NATO defence ministers talks',['nato'],'2025-12-10','day','Brussels',['NATO'],'upcoming',e2,end='2025-12-11')])

# 2 date first, weekday in brackets
p='2025-12-05'
e1="WARSAW - Polish and Ukrainian prime ministers hold intergovernmental consultations."
e2="OSLO - Nordic Council of Ministers meeting."
doc('f17fc-02',p,'Diary',
 "Diary\n\n"
 "9 December (Tuesday)\n"+e1+"\n\n"
 "11 December (Thursday)\n"+e2+"\nLONDON - UK monthly GDP for October.\n",
 [M('Poland-Ukraine intergovernmental consultations',['consultations','polish'],'2025-12-09','day','Warsaw',['Poland','Ukraine'],'upcoming',e1),
  M('Nordic Council of Ministers meeting',['nordic council'],'2025-12-11','day','Oslo',['Nordic Council of Ministers'],'upcoming',e2)])

# 3 a financial calendar with dot leaders
p='2025-11-20'
e1="Annual General Meeting .......... 23 April 2026"
doc('f17fc-03',p,'Financial calendar 2026',
 "Kvarn Industrier AB - financial calendar 2026\n\n"
 "Year-end report 2025 .......... 12 February 2026\n"
 "Interim report Q1 .......... 22 April 2026\n"
 +e1+"\n"
 "Interim report Q2 .......... 16 July 2026\n",
 [M('Kvarn Industrier AGM',['annual general meeting'],'2026-04-23','day',None,['Kvarn Industrier AB'],'upcoming',e1)])

# 4 a date-first table
p='2025-11-20'
e1="23 April 2026 | Annual General Meeting, Helsinki"
doc('f17fc-04',p,'Investor calendar',
 "Investor calendar - Lumo Oyj\n\n"
 "12 February 2026 | Financial statements release 2025\n"
 +e1+"\n"
 "29 April 2026 | Interim report January-March\n",
 [M('Lumo AGM',['annual general meeting'],'2026-04-23','day','Helsinki',['Lumo Oyj'],'upcoming',e1)])

# 5 an AGM notice with a postcode address
p='2026-04-02'
ev="The 2026 Annual General Meeting of Shareholders of Nordlicht AG will take place on Thursday, 14 May 2026, at 10:00 a.m. (CEST) at the Congress Center Hamburg, Marseiller Strasse 2, 20355 Hamburg, Germany."
doc('f17fc-05',p,'Invitation to the Annual General Meeting',
 "Invitation to the Annual General Meeting\n\n"+ev+" Shareholders may also follow the meeting online.",
 [M('Nordlicht AG AGM',['annual general meeting'],'2026-05-14','day','Hamburg',['Nordlicht AG'],'upcoming',ev)])

# 6 a ministry readout with a date and the place
p='2025-12-05'
ev="On 4 December 2025, Minister for Foreign Affairs Penny Wong met Indonesian Foreign Minister Sugiono in Canberra."
doc('f17fc-06',p,'Meeting with Indonesian Foreign Minister',
 ev+" The ministers discussed maritime cooperation and the Pacific.",
 [M('Wong-Sugiono meeting',['wong','sugiono'],'2025-12-04','day','Canberra',['Penny Wong','Sugiono'],'past',ev)])

# 7 a council agenda: label-value lines
p='2025-12-10'
ev="Meeting of the Planning Committee"
doc('f17fc-07',p,'Agenda',
 "AGENDA\n\n"+ev+"\n"
 "Date: Tuesday 16 December 2025\n"
 "Time: 7.00pm\n"
 "Venue: Committee Room 1, Civic Centre, Harrogate\n\n"
 "1. Apologies for absence\n2. Minutes of the previous meeting\n",
 [M('Planning Committee meeting',['planning committee'],'2025-12-16','day','Civic Centre, Harrogate',['Planning Committee'],'upcoming',ev)])

# 8 minutes: "held on ... in the Council Chamber"
p='2025-11-25'
ev="MINUTES of the meeting of the Finance and Audit Committee held on 18 November 2025 at 2.00pm in the Council Chamber, Civic Offices, Swindon."
doc('f17fc-08',p,'Finance and Audit Committee minutes',
 ev+"\n\nPresent: Councillor J. Smith (Chair), Councillor P. Jones, Councillor R. Patel.",
 [M('Finance and Audit Committee meeting',['finance and audit committee'],'2025-11-18','day','Swindon',['Finance and Audit Committee','J. Smith','P. Jones','R. Patel'],'past',ev)])

# 9 "At today's meeting, the Governing Council decided": past
p='2025-12-18'
ev="At today's meeting, the Governing Council of the European Central Bank decided to keep the three key ECB interest rates unchanged."
doc('f17fc-09',p,'Monetary policy decisions',
 ev+" The Governing Council is determined to ensure that inflation stabilises at its two per cent target.",
 [M('ECB Governing Council meeting',['governing council'],'2025-12-18','day',None,['European Central Bank'],'past',ev)])

# 10 a virtual meeting under a press-wire dateline
p='2026-01-02'
ev="The Eastern Africa Grain Council will hold its annual members' meeting virtually via Microsoft Teams on 9 January 2026."
doc('f17fc-10',p,'EAGC annual members meeting',
 "NAIROBI, Kenya, Jan. 2, 2026 /PRNewswire/ -- "+ev+" Members will elect a new board.",
 [M('EAGC annual members meeting',['grain council','members'],'2026-01-09','day',None,['Eastern Africa Grain Council'],'upcoming',ev)])

# 11 a committee schedule with multi-line entries
p='2025-12-12'
e1="Economic Affairs Committee"
e2="International Relations and Defence Committee"
doc('f17fc-11',p,'Committee business',
 "Committee business\n\n"
 "Tuesday 16 December 2025\n"+e1+"\nSubject: The future of pension saving\nLocation: Committee Room 4A\n\n"
 "Wednesday 17 December 2025\n"+e2+"\nSubject: UK-China relations\nLocation: Committee Room 3\n",
 [M('Economic Affairs Committee meeting',['economic affairs committee'],'2025-12-16','day','Committee Room 4A',['Economic Affairs Committee'],'upcoming',e1),
  M('International Relations and Defence Committee meeting',['international relations and defence committee'],'2025-12-17','day','Committee Room 3',['International Relations and Defence Committee'],'upcoming',e2)])

# 12 the General Assembly's plenary meeting
p='2025-12-12'
ev="The General Assembly will hold a plenary meeting on Monday, 15 December, to elect five non-permanent members of the Security Council."
doc('f17fc-12',p,'General Assembly plenary',
 ev+" The meeting will begin at 10 a.m. in the General Assembly Hall.",
 [M('UN General Assembly plenary meeting',['plenary meeting','general assembly'],'2025-12-15','day','General Assembly Hall',['General Assembly'],'upcoming',ev)])

# 13 no meeting: a results release and a webcast
p='2026-01-20'
doc('f17fc-13',p,'Q4 results date',
 "Halden Pharma ASA will publish its fourth quarter 2025 results on Thursday, 12 February 2026 at 07:00 CET. A webcast presentation for investors and analysts will follow at 09:00 CET.",
 [])

# 14 a diary with an event past the heading's date and a cancelled one
p='2025-12-05'
e1="GENEVA - WTO General Council meeting (to 17 December)."
doc('f17fc-14',p,'DIARY',
 "DIARY\n\n"
 "MON 15 DECEMBER\n"+e1+"\nBRUSSELS - EU-China summit (postponed).\n",
 [M('WTO General Council meeting',['general council'],'2025-12-15','day','Geneva',['WTO'],'upcoming',e1,end='2025-12-17')])

write()
