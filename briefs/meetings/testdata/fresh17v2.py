from stories import *

# Issue 17, helper 17d: fresh17v2, 20 non-wire texts written half-way
# through the session in new layouts and wording (other countries, bodies
# and companies than fresh17v) and measured once at first sight with
# main's binary before any rule was changed with it in view (the figure is
# in dev_test.go's neighbour fresh17v_test.go, TestFresh17v2Set). Same
# kinds as fresh17v: heading-dated schedules, readouts and diaries,
# minutes and their attendance, notices' venues, next and rescheduled
# meetings. Annotated by meetings.GUIDELINE.md.

# 1 a legislature's daily order with committees under a date heading
p='2026-04-13'
ev1="Standing Committee on Finance - 3:30 p.m., Room 415, Wellington Building"
ev2="Standing Committee on Agriculture and Agri-Food - 5:00 p.m., Room 225, West Block"
doc('f17v2-01',p,'Committee meetings',
 "HOUSE OF COMMONS - COMMITTEE MEETINGS\n\nWednesday, April 15, 2026\n"+ev1+"\n"+ev2+"\n",
 [M('Finance committee meeting',['standing committee on finance'],'2026-04-15','day','Room 415, Wellington Building',['Standing Committee on Finance'],'upcoming',ev1),
  M('Agriculture committee meeting',['agriculture and agri-food'],'2026-04-15','day','Room 225, West Block',['Standing Committee on Agriculture and Agri-Food'],'upcoming',ev2)])

# 2 a foreign ministry's readout in the third person, "on Tuesday"
p='2026-05-06'
ev="Foreign Minister Anita Rautio received the Foreign Minister of Chile, Alberto van Klaveren, in Helsinki on Tuesday."
doc('f17v2-02',p,'Minister Rautio receives Chilean Foreign Minister',
 "Ministry for Foreign Affairs\nPress release 112/2026\n6 May 2026\n\n"+ev+" "
 "The ministers discussed the EU-Chile advanced framework agreement and Antarctic research.\n",
 [M('Rautio-van Klaveren meeting',['van klaveren','rautio'],'2026-05-05','day','Helsinki',['Anita Rautio','Alberto van Klaveren'],'past',ev)])

# 3 a mayor's public schedule, date in the title, items with times
p='2026-06-02'
ev1="9:00 a.m. - Meeting with the Riverton Downtown Business Association, Mayor's Conference Room"
ev2="2:00 p.m. - Briefing with Police Chief Marcus Hale, Public Safety Building"
doc('f17v2-03',p,'Mayor Lopez public schedule',
 "Mayor Daniela Lopez - Public Schedule for Tuesday, June 2, 2026\n\n"+ev1+"\n11:30 a.m. - Ribbon cutting, Elm Street Library\n"+ev2+"\n",
 [M('Mayor meets Downtown Business Association',['downtown business association'],p,'day',"Mayor's Conference Room",['Daniela Lopez','Riverton Downtown Business Association'],'upcoming',ev1),
  M('Briefing with Police Chief Hale',['marcus hale'],p,'day','Public Safety Building',['Daniela Lopez','Marcus Hale'],'upcoming',ev2)])

# 4 board minutes, "Members present", "Also present", "Absent"
p='2026-02-20'
ev1="Minutes of the regular meeting of the Board of Education of Harlow Unified School District, held February 18, 2026, at the District Administration Center."
ev2="The next regular meeting of the Board will be held on March 18, 2026."
doc('f17v2-04',p,'Board of Education minutes',
 ev1+"\n\nMembers present: Karen Liu, President; Daniel Ortiz; Priya Shah\nAlso present: Dr. Mark Ellison, Superintendent\nAbsent: Thomas Reed\n\n"
 "1. Approval of the agenda. Approved unanimously.\n2. The Board adopted the 2026-27 calendar.\n\n"+ev2+"\n",
 [M('Board of Education meeting (February)',['board of education'],'2026-02-18','day','District Administration Center',['Board of Education of Harlow Unified School District','Karen Liu','Daniel Ortiz','Priya Shah','Mark Ellison'],'past',ev1),
  M('Board of Education meeting (March)',['next regular meeting'],'2026-03-18','day',None,['Board of Education of Harlow Unified School District'],'upcoming',ev2)])

# 5 an ambassador's diary in the first person, weekday entries
p='2026-03-14'
ev="Thursday 12 March: Called on the Speaker of the National Assembly, Thomas Tayebwa, at Parliament in Kampala."
doc('f17v2-05',p,'From the Ambassador\'s desk',
 "Kampala, 14 March 2026\nFrom the High Commissioner's desk - Ruth Mbeki\n\n"
 "Tuesday 10 March: Visited the Karuma hydropower site.\n"+ev+"\n",
 [M('Mbeki calls on Tayebwa',['tayebwa','speaker'],'2026-03-12','day','Kampala',['Ruth Mbeki','Thomas Tayebwa'],'past',ev)])

# 6 an investor calendar with a table bar and a virtual AGM
p='2026-02-10'
ev="14 May 2026 | Annual General Meeting (virtual)"
doc('f17v2-06',p,'Investor calendar',
 "Halden Robotics ASA - Investor calendar 2026\n\n23 April 2026 | Q1 2026 results\n"+ev+"\n20 August 2026 | Q2 2026 results\n",
 [M('Halden Robotics AGM',['annual general meeting'],'2026-05-14','day',None,['Halden Robotics ASA'],'upcoming',ev)])

# 7 a zoning board hearing notice in a sentence with "located at"
p='2026-04-01'
ev="The Zoning Board of Appeals of the Town of Westbury will hold a public hearing on Tuesday, April 21, 2026 at 7:00 PM at Town Hall, 45 Main Street, Westbury, to consider the following application."
doc('f17v2-07',p,'Legal notice',
 "LEGAL NOTICE\n\n"+ev+"\n\nAppeal No. 26-04: variance for a rear addition at 12 Oak Lane.\n\nBy order of the Zoning Board of Appeals\nJoan Pike, Chair\n",
 [M('Westbury Zoning Board of Appeals hearing',['zoning board of appeals','public hearing'],'2026-04-21','day','Town Hall, 45 Main Street, Westbury',['Zoning Board of Appeals of the Town of Westbury'],'upcoming',ev)])

# 8 a select committee's evidence session with a panel of witnesses
p='2026-01-23'
ev="Oral evidence session: Water company finances - Tuesday 27 January 2026, 9.30am, Committee Room 15"
doc('f17v2-08',p,'Environment Committee: forthcoming session',
 "Environment, Food and Rural Affairs Committee\n\n"+ev+"\n\n"
 "Panel 1: Chris Weston, Chief Executive, Thames Water; Louise Beardmore, Chief Executive, United Utilities\n"
 "Panel 2: Jonson Cox, former Chair, Ofwat\n",
 [M('EFRA committee evidence session',['oral evidence session','water company finances'],'2026-01-27','day','Committee Room 15',['Environment, Food and Rural Affairs Committee','Chris Weston','Louise Beardmore','Jonson Cox'],'upcoming',ev)])

# 9 an email calling a residents' meeting in a hall
p='2026-05-11'
ev="The Greenfield Residents' Association will hold its annual general meeting on Thursday 21 May at 7pm in St Mark's Church Hall, Alder Road."
doc('f17v2-09',p,'Residents\' AGM',
 "Subject: Residents' AGM - 21 May\n\nHello neighbours,\n\n"+ev+" "
 "All residents are welcome and refreshments will be provided.\n\nBest wishes,\nTom Adeyemi, Secretary\n",
 [M('Greenfield Residents Association AGM',['annual general meeting','residents\' association'],'2026-05-21','day',"St Mark's Church Hall, Alder Road",["Greenfield Residents' Association"],'upcoming',ev)])

# 10 a video call between ministers: no place
p='2026-02-27'
ev="The Minister of Trade, Dan Tehan, held a video call with Indonesia's Trade Minister Budi Santoso on Thursday to discuss the IA-CEPA review."
doc('f17v2-10',p,'Minister\'s media release',
 "MEDIA RELEASE\n27 February 2026\n\n"+ev+"\n\nBoth ministers agreed to meet in Jakarta later in the year.\n",
 [M('Tehan-Santoso video call',['budi santoso','video call'],'2026-02-26','day',None,['Dan Tehan','Budi Santoso'],'past',ev)])

# 11 a postponed and a new date in a club circular
p='2026-03-03'
ev="The Council meeting postponed from 5 March will now take place on Thursday 19 March 2026 at the Federation offices in Lausanne."
doc('f17v2-11',p,'Circular to members',
 "INTERNATIONAL ROWING FEDERATION\nCircular 09/2026\n\n"+ev+" "
 "Council members will receive the documents by 12 March.\n",
 [M('Federation Council meeting',['council meeting'],'2026-03-19','day','Lausanne',['International Rowing Federation'],'upcoming',ev)])

# 12 a week-ahead note with weekday-led items and a venue in brackets
p='2026-05-29'
ev1="Monday 1 June - Eurogroup (Luxembourg)"
ev2="Tuesday 2 June - ECOFIN Council (Luxembourg)"
doc('f17v2-12',p,'Week ahead',
 "EU WEEK AHEAD, 1-5 June 2026\n\n"+ev1+"\n"+ev2+"\nThursday 4 June - Eurostat flash inflation estimate\n",
 [M('Eurogroup meeting',['eurogroup'],'2026-06-01','day','Luxembourg',['Eurogroup'],'upcoming',ev1),
  M('ECOFIN Council',['ecofin'],'2026-06-02','day','Luxembourg',['ECOFIN Council'],'upcoming',ev2)])

# 13 minutes of a works council, approval of a previous meeting's minutes
p='2026-04-09'
ev1="Minutes of the Works Council meeting of 8 April 2026, Plant 3 conference room, Wolfsburg"
ev2="The minutes of the meeting of 11 March 2026 were approved without amendment."
doc('f17v2-14',p,'Works Council minutes',
 ev1+"\n\nAttendance: Anja Keller (chair), Mehmet Yilmaz, Sabine Kraus, Lukas Brandt\nExcused: Petra Vogel\n\n"
 "Item 1\n"+ev2+"\n\nItem 2\nShift planning for the summer was discussed.\n",
 [M('Works Council meeting (April)',['works council'],'2026-04-08','day','Plant 3 conference room, Wolfsburg',['Works Council','Anja Keller','Mehmet Yilmaz','Sabine Kraus','Lukas Brandt'],'past',ev1),
  M('Works Council meeting (March)',['11 march'],'2026-03-11','day',None,['Works Council'],'past',ev2)])

# 14 a government spokesman's weekly programme
p='2026-01-16'
ev="On Monday, the Prime Minister will receive the President of the European Commission, Ursula von der Leyen, at Matignon."
doc('f17v2-15',p,'The Prime Minister\'s week',
 "Paris, 16 January 2026\nPROGRAMME OF THE PRIME MINISTER - WEEK OF 19 JANUARY\n\n"+ev+" "
 "On Wednesday, he will travel to Lyon.\n",
 [M('PM receives von der Leyen',['von der leyen'],'2026-01-19','day','Matignon',['Ursula von der Leyen'],'upcoming',ev)])

# 15 a trade union bulletin: talks held yesterday at the ministry
p='2026-10-15'
ev="Talks between CCOO, UGT and the employers' organisation CEOE took place yesterday at the Ministry of Labour in Madrid."
doc('f17v2-16',p,'Bulletin',
 "UNION BULLETIN - 15 October 2026\n\n"+ev+" "
 "A new round is expected next week.\n",
 [M('CCOO-UGT-CEOE talks',['ceoe','talks'],'2026-10-14','day','Ministry of Labour, Madrid',['CCOO','UGT','CEOE'],'past',ev),
  M('CCOO-UGT-CEOE new round',['new round'],monday(p,1),'week',None,['CCOO','UGT','CEOE'],'upcoming','A new round is expected next week.')])

# 16 an invitation with a labelled block, the meeting named in the subject
p='2026-09-01'
ev="Extraordinary General Meeting of Members"
doc('f17v2-17',p,'Notice of EGM',
 "NORTHERN COOPERATIVE CREDIT UNION\n"+ev+"\n\nDate: Monday 28 September 2026\nTime: 6.00pm\nVenue: Carnegie Hall, 12 Market Place, Dunfermline\n\n"
 "Business: to approve the proposed merger with Lothian Savers.\n",
 [M('Northern Cooperative Credit Union EGM',['extraordinary general meeting'],'2026-09-28','day','Carnegie Hall, 12 Market Place, Dunfermline',['Northern Cooperative Credit Union'],'upcoming',ev)])

# 17 a readout "today" with the parties on both sides of "and"
p='2026-07-08'
ev="Secretary of State Lena Brandt and Japanese Economy Minister Ryosei Akazawa held talks in Tokyo today on semiconductor supply chains."
doc('f17v2-18',p,'Readout',
 "READOUT OF SECRETARY BRANDT'S MEETING WITH MINISTER AKAZAWA\n\n"+ev+" "
 "They agreed to convene their working group again in the autumn.\n",
 [M('Brandt-Akazawa talks',['akazawa','brandt'],p,'day','Tokyo',['Lena Brandt','Ryosei Akazawa'],'past',ev)])

# 18 a cancelled hearing and a held one, in a committee's notice list
p='2026-03-09'
ev="Budget hearing with the Department of Transportation - Thursday, March 12, 2026, 1:00 p.m., Hearing Room 2"
doc('f17v2-19',p,'Committee notices',
 "SENATE FINANCE COMMITTEE\nHearing notices\n\n"
 "CANCELLED: Budget hearing with the Department of Health - Wednesday, March 11, 2026\n"+ev+"\n",
 [M('Budget hearing with DOT',['department of transportation','budget hearing'],'2026-03-12','day','Hearing Room 2',['Senate Finance Committee','Department of Transportation'],'upcoming',ev)])

# 19 a programme of a two-day forum
p='2026-08-20'
ev="The Pacific Islands Energy Forum will be held at the Grand Pacific Hotel, Suva, on 8-9 September 2026."
doc('f17v2-20',p,'Forum programme',
 "PACIFIC COMMUNITY (SPC)\n\n"+ev+"\n\nDay 1: opening, ministerial panel\nDay 2: technical sessions and closing\n",
 [M('Pacific Islands Energy Forum',['pacific islands energy forum'],'2026-09-08','day','Grand Pacific Hotel, Suva',['Pacific Community'],'upcoming',ev,end='2026-09-09')])

# 20 a cabinet office's daily agenda: a heading date over short items
p='2026-11-03'
ev1="11:00 Cabinet meeting, Government Buildings"
ev2="15:30 The Taoiseach meets the Prime Minister of Luxembourg, Luc Frieden"
doc('f17v2-21',p,'Taoiseach\'s engagements',
 "Taoiseach's engagements\nTuesday 3 November 2026\n\n"+ev1+"\n"+ev2+"\n",
 [M('Cabinet meeting',['cabinet'],p,'day','Government Buildings',['Cabinet'],'upcoming',ev1),
  M('Taoiseach meets Frieden',['frieden'],p,'day',None,['Luc Frieden'],'upcoming',ev2)])

write()
