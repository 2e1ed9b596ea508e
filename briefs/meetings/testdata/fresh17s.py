from stories import *

# Issue 17, helper 17d (second round): non-wire texts in layouts the earlier
# fresh sets do not have. Written before any rule change of this helper,
# annotated by meetings.GUIDELINE.md, measured once on main 404c104 (the
# figure is in dev_test.go). Committee schedules with a shared venue line
# above or below their rows, minutes with their heading and "next meeting",
# bare diary lines without a verb, a financial calendar with dotted dates,
# company diaries ("Company - AGM, City."), a list of dates per committee, an
# agenda's header block, a work session, a conference "will be held in",
# union notices at a union hall, readouts under a headline and a
# spokesperson's line, exchange filings with tickers, a table of engagements
# in columns, a central bank's dates for next year.
# Run: python3 fresh17s.py fresh17s.jsonl

# 1 a committee schedule, the shared venue line below its rows
p='2026-04-02'
e1="Planning Committee - Tuesday 14 April 2026, 7pm"
e2="Licensing Sub-Committee - Thursday 16 April 2026, 10am"
e3="Planning Committee - Tuesday 12 May 2026, 7pm"
doc('f17s-01',p,'Forthcoming committee meetings',
 "Harlow Vale District Council\nForthcoming committee meetings\n\n"+e1+"\n"+e2+"\n"+e3+"\n\n"
 "All meetings are held in the Council Chamber, Civic Centre, Water Gardens unless stated otherwise. Members of the public are welcome to attend.\n",
 [M('Planning Committee April',['planning committee'],'2026-04-14','day','Council Chamber, Civic Centre',['Planning Committee'],'upcoming',e1),
  M('Licensing Sub-Committee',['licensing sub-committee'],'2026-04-16','day','Council Chamber, Civic Centre',['Licensing Sub-Committee'],'upcoming',e2),
  M('Planning Committee May',['planning committee'],'2026-05-12','day','Council Chamber, Civic Centre',['Planning Committee'],'upcoming',e3)])

# 2 minutes: an upper-case heading, the meeting before, the next meeting
p='2026-03-10'
e1="MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD ON WEDNESDAY 4 MARCH 2026 AT 6.00PM IN COMMITTEE ROOM 2, TOWN HALL"
e2="The minutes of the meeting held on 21 January 2026 were agreed as a correct record and signed by the Chair."
e3="The next meeting will be held on Wednesday 22 April 2026 at 6.00pm."
doc('f17s-02',p,'Audit and Governance Committee minutes',
 e1+"\n\nPresent: Councillor J. Okafor (Chair), Councillors R. Bell, S. Dhillon and M. Farrow\n\n"
 "1. Apologies for absence\nApologies were received from Councillor T. Hale.\n\n"
 "2. Minutes\n"+e2+"\n\n"
 "3. Internal audit progress report\nThe Head of Internal Audit presented the report. Members noted that two audits had received limited assurance.\n\n"
 "4. Date of next meeting\n"+e3+"\n",
 [M('Audit and Governance Committee March',['audit and governance committee'],'2026-03-04','day','Committee Room 2, Town Hall',['Audit and Governance Committee'],'past',e1),
  M('Audit and Governance Committee January',['meeting held on 21 january'],'2026-01-21','day',None,['Audit and Governance Committee'],'past',e2),
  M('Audit and Governance Committee April',['next meeting'],'2026-04-22','day',None,['Audit and Governance Committee'],'upcoming',e3)])

# 3 a prime minister's week: bare clock lines under weekday headings
p='2026-02-06'
e1="11:00 Cabinet"
e2="14:30 Audience with the King, Buckingham Palace"
e3="16:00 Bilateral with the Prime Minister of Norway, 10 Downing Street"
doc('f17s-03',p,"Prime Minister's engagements",
 "PRIME MINISTER'S ENGAGEMENTS\nWeek commencing Monday 9 February 2026\n\nMonday\n"+e1+"\n"+e2+"\n\nTuesday\n"
 "09:30 Visit to a hospital in Kent\n"+e3+"\n",
 [M('Cabinet',['cabinet'],'2026-02-09','day',None,['Cabinet'],'upcoming',e1),
  M('Audience with the King',['audience with the king'],'2026-02-09','day','Buckingham Palace',['King'],'upcoming',e2),
  M('Bilateral with Norwegian PM',['prime minister of norway'],'2026-02-10','day','10 Downing Street',['Norway'],'upcoming',e3)])

# 4 a government's week: "Weekday: item, venue."
p='2026-05-15'
e1="Monday: Cabinet, Government Buildings."
e2="Tuesday: Taoiseach meets the Ukrainian Prime Minister, Dublin Castle."
e3="Thursday: North South Ministerial Council plenary, Armagh."
doc('f17s-04',p,'Government week ahead',
 "Government week ahead - issued Friday 15 May 2026\n\n"+e1+"\n"+e2+"\n"
 "Wednesday: Minister for Finance publishes the Fiscal Monitor.\n"+e3+"\n",
 [M('Cabinet',['cabinet'],'2026-05-18','day','Government Buildings',['Cabinet'],'upcoming',e1),
  M('Taoiseach and Ukrainian PM',['ukrainian prime minister'],'2026-05-19','day','Dublin Castle',['Taoiseach','Ukrainian Prime Minister'],'upcoming',e2),
  M('North South Ministerial Council plenary',['north south ministerial council'],'2026-05-21','day','Armagh',['North South Ministerial Council'],'upcoming',e3)])

# 5 a financial calendar with dotted dates; the AGM line has no company
p='2026-01-15'
e1="23.04.2026  Annual General Meeting"
doc('f17s-05',p,'Financial calendar',
 "Halvorsen Shipping ASA - Financial calendar 2026\n\n12.02.2026  Fourth quarter 2025 results\n26.03.2026  Annual report 2025\n"
 +e1+"\n07.05.2026  First quarter 2026 results\n20.08.2026  Second quarter 2026 results\n\nDates are subject to change.\n",
 [M('Halvorsen Shipping AGM',['annual general meeting'],'2026-04-23','day',None,['Halvorsen Shipping ASA'],'upcoming',e1)])

# 6 a company diary: "Company - AGM, City." under day headings
p='2026-05-22'
e1="Marks Vale plc - AGM, Leeds."
e2="Brightwater Utilities - EGM, London."
doc('f17s-06',p,'Company diary',
 "UK COMPANY DIARY - WEEK TO 29 MAY\n\nTuesday 26 May\nCorran Foods - Q1 trading statement.\n"+e1+"\n\n"
 "Wednesday 27 May\n"+e2+"\nHollis & Crane - final results.\n",
 [M('Marks Vale AGM',['marks vale'],'2026-05-26','day','Leeds',['Marks Vale plc'],'upcoming',e1),
  M('Brightwater Utilities EGM',['brightwater'],'2026-05-27','day','London',['Brightwater Utilities'],'upcoming',e2)])

# 7 a world diary with bullets
p='2026-10-02'
e1="* Ministers of the Nordic Council meet in Reykjavik (through Oct 8)"
e2="* ASEAN economic ministers' meeting, Kuala Lumpur"
e3="* Board of the Reserve Bank of Australia meets, Sydney"
doc('f17s-07',p,'World diary',
 "WORLD DIARY\n\nWednesday, October 7\n"+e1+"\n* Germany releases industrial orders data\n\nThursday, October 8\n"+e2+"\n"+e3+"\n",
 [M('Nordic Council ministers',['nordic council'],'2026-10-07','day','Reykjavik',['Nordic Council'],'upcoming',e1,end='2026-10-08'),
  M('ASEAN economic ministers meeting',['asean'],'2026-10-08','day','Kuala Lumpur',['ASEAN'],'upcoming',e2),
  M('RBA board meeting',['reserve bank of australia'],'2026-10-08','day','Sydney',['Reserve Bank of Australia'],'upcoming',e3)])

# 8 a parish council's dates: "Body: date, date, date"
p='2026-01-05'
e1="Full Parish Council: 14 January, 11 March, 13 May"
e2="Planning Committee: 28 January, 25 February"
doc('f17s-08',p,'Meeting dates 2026',
 "Ashcombe Parish Council - meeting dates 2026\n"
 "All meetings start at 7.30pm in the Main Hall, Parish Rooms, Church Lane.\n\n"+e1+"\n"+e2+"\n",
 [M('Parish Council January',['full parish council'],'2026-01-14','day','Main Hall, Parish Rooms',['Ashcombe Parish Council'],'upcoming',e1),
  M('Parish Council March',['full parish council'],'2026-03-11','day','Main Hall, Parish Rooms',['Ashcombe Parish Council'],'upcoming',e1),
  M('Parish Council May',['full parish council'],'2026-05-13','day','Main Hall, Parish Rooms',['Ashcombe Parish Council'],'upcoming',e1),
  M('Planning Committee January',['planning committee'],'2026-01-28','day','Main Hall, Parish Rooms',['Planning Committee'],'upcoming',e2),
  M('Planning Committee February',['planning committee'],'2026-02-25','day','Main Hall, Parish Rooms',['Planning Committee'],'upcoming',e2)])

# 9 "Weekday D Month YYYY, time - Committee, Room ..."
p='2026-10-30'
e1="Monday 2 November 2026, 10:00 - Children and Young People Scrutiny Committee, Room 4.12, Bishopsgate House"
e2="Wednesday 11 November 2026, 14:00 - Health Scrutiny Committee, Room 1.03, Bishopsgate House"
e3="Thursday 19 November 2026, 18:30 - Housing Scrutiny Panel, Council Chamber, City Hall"
doc('f17s-09',p,'Scrutiny meetings in November',
 "Scrutiny meetings in November\n\n"+e1+"\n"+e2+"\n"+e3+"\n\nPapers are published five working days before each meeting.\n",
 [M('Children scrutiny',['children and young people'],'2026-11-02','day','Room 4.12, Bishopsgate House',['Children and Young People Scrutiny Committee'],'upcoming',e1),
  M('Health scrutiny',['health scrutiny'],'2026-11-11','day','Room 1.03, Bishopsgate House',['Health Scrutiny Committee'],'upcoming',e2),
  M('Housing scrutiny',['housing scrutiny'],'2026-11-19','day','Council Chamber, City Hall',['Housing Scrutiny Panel'],'upcoming',e3)])

# 10 an agenda's header block
p='2026-03-19'
e1="PLANNING COMMISSION REGULAR MEETING AGENDA"
doc('f17s-10',p,'Agenda',
 "CITY OF ALDER BAY\n"+e1+"\nMonday, March 23, 2026 - 6:30 PM\nCouncil Chambers, 410 Harbor Avenue\n\n"
 "1. Call to Order and Roll Call\n2. Pledge of Allegiance\n3. Public Comment\n4. Public Hearing: Variance request, 18 Dune Road\n5. Adjournment\n",
 [M('Planning Commission regular meeting',['planning commission'],'2026-03-23','day','Council Chambers, 410 Harbor Avenue',['Alder Bay Planning Commission'],'upcoming',e1)])

# 11 a notice of a work session
p='2026-03-31'
e1="The Cedar County Board of Commissioners will hold a work session on Tuesday, April 7, 2026, at 9:00 a.m. in the Commissioners' Conference Room, County Administration Building, 401 Main Street, Riverton."
doc('f17s-11',p,'Notice of public meeting',
 "NOTICE OF PUBLIC MEETING\n\n"+e1+" No formal action will be taken.\n\nPosted: March 31, 2026\n",
 [M('Cedar County work session',['work session','board of commissioners'],'2026-04-07','day',"Commissioners' Conference Room, County Administration Building, Riverton",['Cedar County Board of Commissioners'],'upcoming',e1)])

# 12 a conference "will be held in [city] on [dates]"
p='2026-02-16'
e1="The 14th International Conference on Coastal Engineering Management will be held in Porto on 8-10 September 2026."
doc('f17s-12',p,'Call for papers',
 "CALL FOR PAPERS\n\n"+e1+" Abstracts of no more than 300 words are invited by 15 April 2026.\n"
 "Topics include sediment transport, port resilience and nature-based defences.\n",
 [M('Coastal engineering conference',['international conference on coastal engineering'],'2026-09-08','day','Porto',[],'upcoming',e1,end='2026-09-10')])

# 13 a union local's notice: "at the Union Hall, address"
p='2026-05-01'
e1="The regular monthly membership meeting will be held Thursday, May 14, 2026 at 7:00 PM at the Union Hall, 2231 Foundry Road, Millbrook."
doc('f17s-13',p,'Notice to all members',
 "IBEW LOCAL 1187\nNOTICE TO ALL MEMBERS\n\n"+e1+"\nNominations for the Executive Board will be taken at this meeting.\n\n"
 "Fraternally,\nD. Kowalski, Recording Secretary\n",
 [M('IBEW Local 1187 membership meeting',['membership meeting'],'2026-05-14','day','Union Hall, 2231 Foundry Road, Millbrook',['IBEW Local 1187'],'upcoming',e1)])

# 14 a readout: headline, spokesperson's line, then the body
p='2026-03-12'
e1="Secretary of State Thomas Hale met today with Kenyan Foreign Minister Grace Wanjiru in Washington."
doc('f17s-14',p,'Readout',
 "Readout of Secretary Hale's Meeting with Kenyan Foreign Minister Wanjiru\n\nOffice of the Spokesperson\nMarch 12, 2026\n\n"
 +e1+" The Secretary and the Foreign Minister discussed regional security in the Horn of Africa and expanding trade. "
 "The Secretary thanked Kenya for its leadership of the multinational security support mission.\n",
 [M('Hale-Wanjiru meeting',['wanjiru'],'2026-03-12','day','Washington',['Thomas Hale','Grace Wanjiru'],'past',e1)])

# 15 a joint statement: an adjective pair names the dialogue
p='2026-08-27'
e1="The 17th India-Japan Foreign Ministers' Strategic Dialogue was held in Tokyo today between External Affairs Minister Arjun Mehra and Foreign Minister Kenji Sato."
doc('f17s-15',p,'Joint press statement',
 "Joint Press Statement: 17th India-Japan Foreign Ministers' Strategic Dialogue\nTokyo, 27 August 2026\n\n"
 +e1+" The two Ministers reviewed progress in the Special Strategic and Global Partnership.\n",
 [M('India-Japan strategic dialogue',['strategic dialogue'],'2026-08-27','day','Tokyo',['Arjun Mehra','Kenji Sato'],'past',e1)])

# 16 a select committee week: the title is no meeting
p='2026-03-13'
e1="Treasury Committee - 9.30am, Wilson Room, Portcullis House"
e2="Foreign Affairs Committee - 2.00pm, Committee Room 8, Palace of Westminster"
doc('f17s-16',p,'Select committee meetings',
 "Select committee meetings, week beginning 16 March 2026\n\nTuesday 17 March\n"+e1+"\nWitness: Andrew Bailey, Governor of the Bank of England\n\n"
 "Wednesday 18 March\n"+e2+"\nWitness: Foreign Secretary\n",
 [M('Treasury Committee hearing',['treasury committee'],'2026-03-17','day','Wilson Room, Portcullis House',['Treasury Committee','Andrew Bailey'],'upcoming',e1),
  M('Foreign Affairs Committee hearing',['foreign affairs committee'],'2026-03-18','day','Committee Room 8, Palace of Westminster',['Foreign Affairs Committee','Foreign Secretary'],'upcoming',e2)])

# 17 a charity's minutes: trustees, matters arising, a church hall
p='2025-11-25'
e1="Minutes of the Trustees' meeting, 19 November 2025, held at St Mark's Church Hall"
e2="Date of next meeting: 21 January 2026, 7pm, St Mark's Church Hall."
doc('f17s-17',p,'Trustees minutes',
 "Hollybrook Community Trust\n"+e1+"\n\nPresent: A. Patel (Chair), L. Moreno, G. Fitch, H. Osei\n\n"
 "1. Matters arising\nNone.\n2. Treasurer's report\nThe accounts for the half year were received.\n3. Any other business\nNone.\n\n"+e2+"\n",
 [M('Hollybrook trustees November',['trustees'],'2025-11-19','day',"St Mark's Church Hall",['Hollybrook Community Trust'],'past',e1),
  M('Hollybrook trustees January',['next meeting'],'2026-01-21','day',"St Mark's Church Hall",['Hollybrook Community Trust'],'upcoming',e2)])

# 18 an exchange filing: a ticker and "EGM"
p='2026-06-03'
e1="Oslo, 3 June 2026: The board of directors of Nordvik Energy ASA (\"Nordvik\" or the \"Company\") hereby calls for an extraordinary general meeting (EGM) to be held on 24 June 2026 at 10:00 CEST at the Company's offices at Dronning Eufemias gate 16, Oslo."
doc('f17s-18',p,'Notice of EGM',
 "Nordvik Energy ASA (OSE: NVE) - Notice of extraordinary general meeting\n\n"+e1+
 " The EGM is called to approve the proposed share capital increase.\n",
 [M('Nordvik EGM',['extraordinary general meeting'],'2026-06-24','day','Dronning Eufemias gate 16, Oslo',['Nordvik Energy ASA'],'upcoming',e1)])

# 19 a union bulletin on pay talks
p='2026-07-08'
e1="Your reps met Eastline Buses management on Monday 6 July at the Holiday Inn, Harlow."
e2="Talks will resume on Thursday 16 July at the depot."
doc('f17s-19',p,'Pay talks update',
 "UNITE THE UNION - BULLETIN TO MEMBERS AT HARLOW DEPOT\nPay talks update, 8 July 2026\n\n"+e1+
 " The company repeated its offer of 3.5%, which your reps rejected.\n"+e2+"\n",
 [M('Unite-Eastline pay talks',['eastline buses'],'2026-07-06','day','Holiday Inn, Harlow',['Unite','Eastline Buses'],'past',e1),
  M('Unite-Eastline talks resume',['talks will resume'],'2026-07-16','day','depot',['Unite','Eastline Buses'],'upcoming',e2)])

# 20 a health board's timetable: "Venue:" above a table
p='2026-01-20'
e1="10 February 2026 | 10:00 | Clinical Governance Committee"
e2="3 March 2026 | 14:00 | Finance and Performance Committee"
e3="31 March 2026 | 10:00 | Board (public meeting)"
doc('f17s-20',p,'Committee timetable',
 "Northmere Health Board - committee timetable, spring 2026\nVenue: Board Room, Northmere General Hospital, Fenby (all meetings)\n\n"
 "Date | Time | Committee\n"+e1+"\n"+e2+"\n"+e3+"\n",
 [M('Clinical Governance Committee',['clinical governance'],'2026-02-10','day','Board Room, Northmere General Hospital',['Clinical Governance Committee'],'upcoming',e1),
  M('Finance and Performance Committee',['finance and performance'],'2026-03-03','day','Board Room, Northmere General Hospital',['Finance and Performance Committee'],'upcoming',e2),
  M('Health Board public meeting',['board (public meeting)'],'2026-03-31','day','Board Room, Northmere General Hospital',['Northmere Health Board'],'upcoming',e3)])

# 21 a lord mayor's engagements in columns
p='2026-06-01'
e1="09.30    Meeting with the Consul General of Japan      Mansion House"
e2="14.00    Meeting with the Port of Tyne board           Port of Tyne offices, South Shields"
doc('f17s-21',p,"Lord Mayor's engagements",
 "LORD MAYOR'S ENGAGEMENTS - FRIDAY 5 JUNE 2026\n\nTIME     ENGAGEMENT                                   LOCATION\n"
 +e1+"\n11.00    Visit to Fenwick Primary School               Fenwick Road\n"+e2+"\n",
 [M('Meeting with Japanese Consul General',['consul general of japan'],'2026-06-05','day','Mansion House',['Consul General of Japan'],'upcoming',e1),
  M('Meeting with Port of Tyne board',['port of tyne'],'2026-06-05','day','Port of Tyne offices, South Shields',['Port of Tyne'],'upcoming',e2)])

# 22 a central bank's dates for next year, one per line
p='2026-11-30'
doc('f17s-22',p,'MPC meeting dates 2027',
 "Press release\nBank of Valdoria announces Monetary Policy Committee meeting dates for 2027\n\n"
 "The Monetary Policy Committee of the Bank of Valdoria will meet on the following dates in 2027:\n\n"
 "Thursday, 28 January\nThursday, 11 March\nThursday, 6 May\n\nEach decision will be announced at 2 p.m. on the day of the meeting.\n",
 [M('MPC January',['monetary policy committee'],'2027-01-28','day',None,['Monetary Policy Committee','Bank of Valdoria'],'upcoming',"Thursday, 28 January"),
  M('MPC March',['monetary policy committee'],'2027-03-11','day',None,['Monetary Policy Committee','Bank of Valdoria'],'upcoming',"Thursday, 11 March"),
  M('MPC May',['monetary policy committee'],'2027-05-06','day',None,['Monetary Policy Committee','Bank of Valdoria'],'upcoming',"Thursday, 6 May")])

# 23 a union branch's minutes, lower case, "same venue"
p='2026-02-06'
e1="Held: Tuesday 3 February 2026, 5pm, Room B14, Riverside Academy"
e2="Minutes of the last meeting (13 January) were approved."
e3="Next meeting: Tuesday 10 March, 5pm, same venue."
doc('f17s-23',p,'Branch minutes',
 "Riverside Branch, National Education Union\nMinutes of branch meeting\n"+e1+"\n\n"
 "1. "+e2+"\n2. Workload survey: 62 members replied; results to go to the headteacher.\n3. AOB: none.\n\n"+e3+"\n",
 [M('NEU branch meeting February',['branch meeting'],'2026-02-03','day','Room B14, Riverside Academy',['Riverside Branch'],'past',e1),
  M('NEU branch meeting January',['last meeting'],'2026-01-13','day',None,['Riverside Branch'],'past',e2),
  M('NEU branch meeting March',['next meeting'],'2026-03-10','day','Room B14, Riverside Academy',['Riverside Branch'],'upcoming',e3)])

# 24 an organisation's week ahead: date and city lead each line
p='2026-10-09'
e1="12 Oct, Vienna: Permanent Council, 1490th plenary meeting"
e2="15 Oct: Chairperson-in-Office in Chisinau for talks with the Moldovan President"
doc('f17s-24',p,'OSCE week ahead',
 "OSCE - week ahead, 12-16 October 2026\n\n"+e1+"\n"+e2+"\n16 Oct: Publication of the election observation report on Georgia\n",
 [M('OSCE Permanent Council',['permanent council'],'2026-10-12','day','Vienna',['Permanent Council'],'upcoming',e1),
  M('CiO talks in Chisinau',['moldovan president'],'2026-10-15','day','Chisinau',['Chairperson-in-Office','Moldovan President'],'upcoming',e2)])

# 25 a board meeting's outcome filed with the exchanges
p='2026-05-14'
e1="Pursuant to Regulation 30 of the Listing Regulations, we wish to inform you that the Board of Directors of Kaveri Textiles Limited at its meeting held today, i.e. 14 May 2026, has inter alia approved the audited financial results for the year ended 31 March 2026."
doc('f17s-25',p,'Outcome of Board Meeting',
 "Outcome of Board Meeting held on 14 May 2026\n\nTo,\nBSE Limited / National Stock Exchange of India Limited\nScrip Code: 532871 / Symbol: KAVERITEX\n\nDear Sir/Madam,\n\n"
 +e1+"\nThe meeting commenced at 11:30 a.m. and concluded at 1:45 p.m.\n\nFor Kaveri Textiles Limited\nR. Subramanian, Company Secretary\n",
 [M('Kaveri Textiles board meeting',['board of directors'],'2026-05-14','day',None,['Kaveri Textiles Limited'],'past',e1)])

write()
