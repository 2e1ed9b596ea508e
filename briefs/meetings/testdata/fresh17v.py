from stories import *

# Issue 17, helper 17d (non-wire texts: notices, agendas, minutes, diaries,
# public schedules, week-ahead calendars, financial calendars, readouts,
# circulars, hearing notices, invitation emails). fresh17v: 25 texts written
# before any rule change of this session and measured once with main's
# binary (the figure is in dev_test.go, TestFresh17vSet). Classes: a date
# only in a heading line with the body, time and room on the lines below; a
# daily schedule's items dated from the heading; first-person readouts and
# diaries (the writer's office and the named counterpart; the document's
# city); "Present:", "Attendees:", "In attendance:", witness lists and
# members under a heading (apologies and absent members do not take part);
# venue lines, room + building + street, online meetings (no place), a
# council's chamber in its town; "Date of next meeting", the previous
# meeting's minutes approved (a past meeting), a rescheduled meeting at its
# new date, a cancelled one not at all. Annotated by meetings.GUIDELINE.md.

# 1 a parliament's week-ahead schedule: the date only in a heading line
p='2026-03-06'
ev1="Committee on Foreign Affairs - 09:30, Room 4R1: exchange of views with Kaja Kallas, High Representative"
ev2="Committee on Budgets - 15:00, Room 3E2: vote on the draft estimates"
ev3="Subcommittee on Human Rights - 10:00, Room 6Q2"
doc('f17v-01',p,'Committees: the week ahead',
 "COMMITTEE MEETINGS: THE WEEK AHEAD\nPublished 6 March 2026\n\n"
 "Monday 9 March 2026\n"+ev1+"\n"+ev2+"\n\n"
 "Tuesday 10 March 2026\n"+ev3+"\nHearing on the protection of journalists in the Sahel\n\n"
 "All meetings take place in the Spinelli building, Brussels, unless stated otherwise.\n",
 [M('Foreign Affairs committee meeting',['foreign affairs'],'2026-03-09','day','Brussels',['Committee on Foreign Affairs','Kaja Kallas'],'upcoming',ev1),
  M('Budgets committee meeting',['budgets'],'2026-03-09','day','Brussels',['Committee on Budgets'],'upcoming',ev2),
  M('Human Rights subcommittee hearing',['human rights'],'2026-03-10','day','Brussels',['Subcommittee on Human Rights'],'upcoming',ev3)])

# 2 a minister's published diary, one line an engagement
p='2026-02-27'
ev1="2 March - Meeting with Hiroshi Tanaka, Chief Executive of Kaiyo Shipbuilding - London"
ev2="4 March - Roundtable with the Offshore Wind Industry Council - Aberdeen"
doc('f17v-02',p,'Secretary of State for Energy: ministerial diary',
 "Department for Energy Security\nSecretary of State Ed Harland: ministerial diary\nWeek commencing 2 March 2026\n\n"
 "Date - Engagement - Location\n"+ev1+"\n"+ev2+"\n"
 "6 March - Visit to Peterhead port - Peterhead\n",
 [M('Harland meets Tanaka',['hiroshi tanaka','kaiyo'],'2026-03-02','day','London',['Ed Harland','Hiroshi Tanaka'],'upcoming',ev1),
  M('Offshore Wind Industry Council roundtable',['offshore wind industry council','roundtable'],'2026-03-04','day','Aberdeen',['Ed Harland','Offshore Wind Industry Council'],'upcoming',ev2)])

# 3 a first-person readout by an ambassador, the city in the heading
p='2026-01-22'
ev="Today I met with the Foreign Minister of Ghana, Samuel Ablakwa, to discuss our cooperation on cocoa traceability and regional security."
doc('f17v-03',p,'Ambassador\'s note',
 "Accra, 22 January 2026\nA note from Ambassador Ingrid Falk\n\n"+ev+" "
 "We agreed that our trade officials would meet again before the summer.\n\n"
 "Sweden has been a partner of Ghana for more than sixty years.\n",
 [M('Falk meets Ablakwa',['foreign minister of ghana','ablakwa'],p,'day','Accra',['Ingrid Falk','Samuel Ablakwa'],'past',ev)])

# 4 a third-person readout from a ministry, "today"
p='2025-11-18'
ev="Minister Luisa Carvalho met today in Lisbon with the Ukrainian Minister of Economy, Oleksii Sobolev, to review the reconstruction projects financed by Portugal."
doc('f17v-04',p,'Readout: Minister Carvalho meets Ukrainian Economy Minister',
 "READOUT\n18 November 2025\n\n"+ev+"\n\n"
 "The two ministers signed a memorandum on the training of engineers.\n",
 [M('Carvalho-Sobolev meeting',['sobolev','carvalho'],p,'day','Lisbon',['Luisa Carvalho','Oleksii Sobolev'],'past',ev)])

# 5 parish council minutes: present, apologies, approved minutes, next meeting
p='2026-02-12'
ev1="Minutes of the meeting of Little Hadham Parish Council held on Tuesday 10 February 2026 at 7.30pm in the Village Hall."
ev2="The minutes of the meeting held on 13 January 2026 were approved and signed by the Chair."
ev3="Date of next meeting: Tuesday 10 March 2026 at 7.30pm in the Village Hall."
doc('f17v-05',p,'Little Hadham Parish Council minutes',
 "LITTLE HADHAM PARISH COUNCIL\n"+ev1+"\n\n"
 "Present: Cllr Margaret Oakes (Chair), Cllr Peter Dunmore, Cllr Sunita Rao, Cllr Alan Fitch\n"
 "Apologies: Cllr Janet Webb\nIn attendance: Claire Holt (Clerk), two members of the public\n\n"
 "1. Minutes\n"+ev2+"\n\n2. Planning\nNo objection was raised to application 3/26/0114.\n\n"+ev3+"\n",
 [M('Parish council meeting (February)',['parish council','10 february'],'2026-02-10','day','Village Hall',['Little Hadham Parish Council','Margaret Oakes','Peter Dunmore','Sunita Rao','Alan Fitch','Claire Holt'],'past',ev1),
  M('Parish council meeting (January)',['13 january'],'2026-01-13','day',None,['Little Hadham Parish Council'],'past',ev2),
  M('Parish council meeting (March)',['next meeting'],'2026-03-10','day','Village Hall',['Little Hadham Parish Council'],'upcoming',ev3)])

# 6 a company's financial calendar: only the AGM is a meeting
p='2026-01-30'
ev="29 April 2026 - Annual General Meeting, Gothenburg"
doc('f17v-06',p,'Nordvik Marine AB financial calendar',
 "Nordvik Marine AB (publ)\nFinancial calendar\n\n"
 "24 April 2026 - Interim report January-March\n"+ev+"\n"
 "30 April 2026 - Record date for dividend\n17 July 2026 - Interim report January-June\n",
 [M('Nordvik Marine AGM',['annual general meeting'],'2026-04-29','day','Gothenburg',['Nordvik Marine AB'],'upcoming',ev)])

# 7 a city hearing notice with the chamber and street
p='2026-03-20'
ev="NOTICE IS HEREBY GIVEN that the Planning Commission of the City of Maplewood will hold a public hearing on Thursday, April 9, 2026, at 6:00 p.m. in the Council Chambers, City Hall, 1830 County Road B East, Maplewood, Minnesota."
doc('f17v-07',p,'Notice of public hearing',
 "CITY OF MAPLEWOOD\nNOTICE OF PUBLIC HEARING\n\n"+ev+"\n\n"
 "The purpose of the hearing is to consider a conditional use permit for a drive-through at 2280 White Bear Avenue.\n\n"
 "Published in the Maplewood Review on March 20, 2026.\n",
 [M('Maplewood Planning Commission hearing',['planning commission','public hearing'],'2026-04-09','day','Council Chambers, City Hall, Maplewood',['Planning Commission of the City of Maplewood'],'upcoming',ev)])

# 8 a congressional hearing notice with labelled fields and a witness list
p='2026-03-12'
ev="Subcommittee on Health Hearing: Examining Drug Shortages in Rural Hospitals"
doc('f17v-08',p,'Hearing notice',
 "Committee on Energy and Commerce\n"+ev+"\n\n"
 "Date: Wednesday, March 18, 2026\nTime: 10:00 AM\nLocation: 2123 Rayburn House Office Building\n\n"
 "Witnesses:\nDr. Rebecca Lindqvist, Chief Pharmacy Officer, Prairie Health System\n"
 "Mr. Tomas Herrera, President, National Rural Hospital Association\n"
 "Ms. Dana Whitfield, Director, Office of Drug Supply, Food and Drug Administration\n",
 [M('House Health subcommittee hearing on drug shortages',['subcommittee on health','drug shortages'],'2026-03-18','day','Rayburn House Office Building',['Subcommittee on Health','Rebecca Lindqvist','Tomas Herrera','Dana Whitfield'],'upcoming',ev)])

# 9 an invitation email, room and building
p='2026-03-05'
ev="You are invited to the quarterly meeting of the Coastal Resilience Steering Group on Monday 16 March from 14:00 to 16:00 in Room 3.12, Harbour Building, 40 Quay Street, Galway."
doc('f17v-09',p,'Invitation: Steering Group, 16 March',
 "From: Aoife Brennan <secretariat@coastalres.ie>\nTo: Steering Group members\nSubject: Invitation - Steering Group, 16 March\n\n"
 "Dear colleagues,\n\n"+ev+"\n\n"
 "Please confirm your attendance by 11 March. Lunch will be served from 13:15.\n\nKind regards,\nAoife Brennan\nSecretariat\n",
 [M('Coastal Resilience Steering Group meeting',['steering group'],'2026-03-16','day','Room 3.12, Harbour Building, Galway',['Coastal Resilience Steering Group'],'upcoming',ev)])

# 10 an online working-group invitation: no place
p='2026-04-02'
ev="The Data Standards Working Group will meet online on Thursday 9 April 2026, 15:00-16:30 CET."
doc('f17v-10',p,'Data Standards Working Group: online meeting',
 "Subject: Data Standards Working Group - next call\n\nDear members,\n\n"+ev+" "
 "A Zoom link will be sent on the day.\n\nAgenda: 1. Adoption of the agenda 2. Metadata profile v2 3. Any other business\n",
 [M('Data Standards Working Group online meeting',['data standards working group'],'2026-04-09','day',None,['Data Standards Working Group'],'upcoming',ev)])

# 11 a federation circular: an executive committee and a general assembly
p='2026-02-16'
ev1="The Executive Committee will meet in Nairobi on 27 March 2026 at the Federation's headquarters."
ev2="The Ordinary General Assembly will be held on 28 March 2026 at the Kenyatta International Convention Centre, Nairobi."
doc('f17v-11',p,'Circular No. 07/2026',
 "AFRICAN ATHLETICS FEDERATION\nCIRCULAR No. 07/2026\nTo: All Member Federations\nNairobi, 16 February 2026\n\n"
 "Subject: Statutory meetings\n\n"+ev1+" "+ev2+"\n\n"
 "Member federations are reminded that proxies must reach the secretariat by 13 March 2026.\n",
 [M('Executive Committee meeting',['executive committee'],'2026-03-27','day','Nairobi',['Executive Committee'],'upcoming',ev1),
  M('Ordinary General Assembly',['general assembly'],'2026-03-28','day','Kenyatta International Convention Centre, Nairobi',['African Athletics Federation'],'upcoming',ev2)])

# 12 a rescheduled board meeting: the new date only
p='2026-02-20'
ev="The regular meeting of the Board of Trustees originally scheduled for Thursday, March 5, 2026 has been rescheduled to Thursday, March 12, 2026 at 4:00 p.m. in the Library Boardroom."
doc('f17v-12',p,'Notice of rescheduled meeting',
 "RIVERSIDE COMMUNITY COLLEGE DISTRICT\nNOTICE OF RESCHEDULED MEETING\n\n"+ev+"\n\nThe agenda will be posted 72 hours before the meeting.\n",
 [M('Board of Trustees meeting',['board of trustees'],'2026-03-12','day','Library Boardroom',['Board of Trustees'],'upcoming',ev)])

# 13 a cancelled committee meeting beside a held one
p='2026-03-02'
ev="The Finance and Resources Committee will meet as planned on Wednesday 11 March 2026 at 10:00 in Committee Room 2, County Hall, Truro."
doc('f17v-13',p,'Committee notice',
 "CORNWALL COUNCIL\nCommittee notices\n\n"
 "The meeting of the Audit Committee scheduled for Tuesday 10 March 2026 has been cancelled.\n"+ev+"\n",
 [M('Finance and Resources Committee meeting',['finance and resources committee'],'2026-03-11','day','Committee Room 2, County Hall, Truro',['Finance and Resources Committee'],'upcoming',ev)])

# 14 a Commission week-ahead calendar with items under day headings
p='2026-03-20'
ev1="Commissioner Jonas Berg receives Sipho Ndlovu, Minister of Trade of South Africa"
ev2="Commissioner Elena Vasquez meets representatives of BusinessEurope"
doc('f17v-14',p,'Calendar of the week',
 "EUROPEAN COMMISSION - CALENDAR\nWeek of 23 to 29 March 2026\n\n"
 "Monday 23 March\n"+ev1+"\n\n"
 "Tuesday 24 March\n"+ev2+"\nCollege meeting, Strasbourg\n",
 [M('Berg receives Ndlovu',['ndlovu','berg'],'2026-03-23','day',None,['Jonas Berg','Sipho Ndlovu'],'upcoming',ev1),
  M('Vasquez meets BusinessEurope',['businesseurope','vasquez'],'2026-03-24','day',None,['Elena Vasquez','BusinessEurope'],'upcoming',ev2),
  M('College meeting',['college meeting'],'2026-03-24','day','Strasbourg',['European Commission'],'upcoming','College meeting, Strasbourg')])

# 15 a board agenda: title block with date, time and address
p='2026-03-06'
ev="Regular Meeting of the Board of Directors"
doc('f17v-15',p,'Agenda',
 "VALLEY OAKS WATER DISTRICT\nAGENDA\n"+ev+"\nWednesday, March 11, 2026 - 5:30 p.m.\nDistrict Office, 1234 Oak Street, Fresno, CA\n\n"
 "1. Call to order and roll call\n2. Approval of the minutes of the previous meeting\n3. Report of the General Manager\n4. Adjournment\n",
 [M('Valley Oaks Water District board meeting',['board of directors'],'2026-03-11','day','District Office, 1234 Oak Street, Fresno',['Valley Oaks Water District'],'upcoming',ev)])

# 16 a prime minister's daily schedule, items under one heading date
p='2026-02-09'
ev1="10:15 Met with Foreign Minister Takeshi Iwaya at the Prime Minister's Office."
ev2="14:00 Attended a meeting of the National Security Council."
ev3="16:30 Received a courtesy call from Australian Foreign Minister Penny Wong."
doc('f17v-16',p,'The Prime Minister\'s schedule',
 "Prime Minister's schedule\nTokyo, Monday 9 February 2026\n\n"
 "08:50 Arrived at the Prime Minister's Office.\n"+ev1+"\n"+ev2+"\n"+ev3+"\n18:40 Left the office.\n",
 [M('PM meets Iwaya',['iwaya'],p,'day',"Prime Minister's Office",['Takeshi Iwaya'],'past',ev1),
  M('National Security Council meeting',['national security council'],p,'day','Tokyo',['National Security Council'],'past',ev2),
  M('Courtesy call by Penny Wong',['penny wong','courtesy call'],p,'day','Tokyo',['Penny Wong'],'past',ev3)])

# 17 an embassy readout, a call on a minister
p='2025-10-07'
ev="On 6 October, Ambassador Marc Dufour called on Vietnamese Minister of Industry and Trade Nguyen Hong Dien at the Ministry in Hanoi to discuss the EU-Vietnam trade agreement."
doc('f17v-17',p,'Ambassador calls on Minister of Industry and Trade',
 "Embassy news - 7 October 2025\n\n"+ev+"\n\n"
 "The Ambassador also visited the Hai Phong industrial zone.\n",
 [M('Dufour calls on Nguyen Hong Dien',['nguyen hong dien','dufour'],'2025-10-06','day','Hanoi',['Marc Dufour','Nguyen Hong Dien'],'past',ev)])

# 18 a borough council notice: the chamber in its town
p='2026-03-13'
ev="The next ordinary meeting of Harrowgate Borough Council will take place on Wednesday 25 March 2026 at 7.00pm in the Council Chamber, Civic Centre."
doc('f17v-18',p,'Council meeting notice',
 "Harrowgate, 13 March 2026\n\n"+ev+" "
 "Members of the public may attend and questions must be submitted by noon on 20 March.\n",
 [M('Harrowgate Borough Council meeting',['borough council'],'2026-03-25','day','Council Chamber, Civic Centre',['Harrowgate Borough Council'],'upcoming',ev)])

# 19 university senate minutes: attendees, absent, next meeting
p='2026-01-29'
ev1="Senate met on 28 January 2026 in the Senate Room, Old College."
ev2="The next meeting of Senate will be held on 25 March 2026."
doc('f17v-19',p,'Senate: unconfirmed minutes',
 "UNIVERSITY OF STRATHMORE\nSENATE - UNCONFIRMED MINUTES\n\n"+ev1+"\n\n"
 "Attendees: Professor Helen Mackay (Principal, in the Chair), Professor Iain Ross, Dr Fatima Idowu, Dr Colin Baird\n"
 "Absent: Professor Ruth Adler\n\n"
 "1. The Principal reported on the budget settlement.\n2. Senate approved the revised assessment regulations.\n\n"+ev2+"\n",
 [M('Senate meeting (January)',['senate'],'2026-01-28','day','Senate Room, Old College',['Senate','Helen Mackay','Iain Ross','Fatima Idowu','Colin Baird'],'past',ev1),
  M('Senate meeting (March)',['next meeting of senate'],'2026-03-25','day',None,['Senate'],'upcoming',ev2)])

# 20 a central bank's meeting calendar (a list of dates)
p='2026-01-05'
ev1="Thursday 5 February 2026"
ev2="Thursday 19 March 2026"
doc('f17v-20',p,'Monetary Policy Committee: 2026 meeting dates',
 "CENTRAL BANK OF ICELAND\nMonetary Policy Committee - meeting dates in 2026\n\n"
 "The Monetary Policy Committee will announce its decisions on the following dates:\n"+ev1+"\n"+ev2+"\n\n"
 "Decisions are announced at 08:30.\n",
 [M('MPC meeting (February)',['monetary policy committee'],'2026-02-05','day',None,['Monetary Policy Committee'],'upcoming',ev1),
  M('MPC meeting (March)',['monetary policy committee'],'2026-03-19','day',None,['Monetary Policy Committee'],'upcoming',ev2)])

# 21 a union's members' notice: talks resume at a conciliation office
p='2026-03-24'
ev="Negotiations with the employers' association Swissmechanic will resume on Friday 3 April at the Federal Conciliation Office in Bern."
doc('f17v-21',p,'Members\' update: collective agreement',
 "UNIA - Members' update\n24 March 2026\n\n"+ev+" "
 "Our delegation will be led by Vania Alleva.\n\nWe will report to members after the session.\n",
 [M('Unia-Swissmechanic negotiations',['swissmechanic','negotiations'],'2026-04-03','day','Bern',['Unia','Swissmechanic','Vania Alleva'],'upcoming',ev)])

# 22 a conference programme spanning days
p='2026-04-01'
ev="The Baltic Ports Conference 2026 will take place from 14 to 16 April 2026 at the Radisson Blu Hotel, Riga."
doc('f17v-22',p,'Programme',
 "BALTIC PORTS ORGANIZATION\nProgramme\n\n"+ev+"\n\n"
 "Day 1 - Tuesday 14 April: welcome reception\nDay 2 - Wednesday 15 April: plenary sessions\nDay 3 - Thursday 16 April: study visit to the Port of Riga\n",
 [M('Baltic Ports Conference',['baltic ports conference'],'2026-04-14','day','Radisson Blu Hotel, Riga',['Baltic Ports Organization'],'upcoming',ev,end='2026-04-16')])

# 23 AGM results announcement: held today at a stated venue
p='2026-03-26'
ev="The Annual General Meeting of Kaleva Paper Oyj was held today in Helsinki."
doc('f17v-23',p,'Resolutions of the AGM',
 "KALEVA PAPER OYJ - STOCK EXCHANGE RELEASE - 26 March 2026 at 15:00 EET\n\n"+ev+" "
 "The meeting adopted the financial statements and resolved to pay a dividend of EUR 0.42 per share.\n",
 [M('Kaleva Paper AGM',['annual general meeting','kaleva paper'],p,'day','Helsinki',['Kaleva Paper Oyj'],'past',ev)])

# 24 a commissioner's diary in the first person
p='2026-02-14'
ev="Monday 9 February: I met the Danish Minister for Climate, Lars Aagaard, at the Ministry in Copenhagen to prepare the Environment Council."
doc('f17v-24',p,'Diary',
 "Commissioner Wopke Hendriks - my week\n\n"+ev+"\n\n"
 "Wednesday 11 February: College meeting.\n",
 [M('Hendriks meets Aagaard',['lars aagaard'],'2026-02-09','day','Copenhagen',['Wopke Hendriks','Lars Aagaard'],'past',ev),
  dict(M('College meeting',['college meeting'],'2026-02-11','day',None,['Wopke Hendriks'],'past','Wednesday 11 February: College meeting.'),optional=True)])
# (the College meeting was left out by a slip when the set was first
# measured; it is optional, since the diary does not say the writer was there)

# 25 a notice of a creditors' meeting
p='2026-03-27'
ev="A meeting of the creditors of Brightwell Logistics Limited (in liquidation) will be held at the offices of Carter Baines LLP, 10 Fleet Street, London EC4Y 1AU on 14 April 2026 at 10.30am."
doc('f17v-25',p,'Notice of meeting of creditors',
 "NOTICE OF MEETING OF CREDITORS\n\n"+ev+"\n\n"
 "Creditors wishing to vote must lodge proofs of debt by 12 noon on 13 April 2026.\n\nSimon Carter, Liquidator\n",
 [M('Brightwell Logistics creditors meeting',['creditors'],'2026-04-14','day','Carter Baines LLP, 10 Fleet Street, London',['Brightwell Logistics Limited'],'upcoming',ev)])

write()
