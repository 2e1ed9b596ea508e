from stories import *

# Issue 17, helper 17d (second round), second set: non-wire texts in
# layouts neither fresh17s nor the earlier sets have, written after
# fresh17s's rules landed (main d8f61a7) and before any further rule
# change; annotated by meetings.GUIDELINE.md and measured once (the figure
# is in dev_test.go). A school board notice with a combined date/time
# label, an order paper, a union branch's label line, a central bank's
# month-first table, an embassy readout, an AGM result, a forward plan's
# decision lines, abbreviated diary days, a newsletter with a habitual
# meeting beside a dated one, a minister's timetable in columns, a UN
# programme of meetings, a public hearing notice, a bargaining update with
# its next dates, minutes with no date for the next meeting, a joint
# statement under its heading, a semicolon list of dates, a residents'
# email, a hearing notice for a committee, a trustees' calendar in words.
# Run: python3 fresh17s2.py fresh17s2.jsonl

# 1 a school board's notice: one label line for date and time
p='2026-03-06'
e1="Regular Meeting of the Board of Education"
doc('f17s2-01',p,'Board of Education notice',
 "LAKEVIEW UNIFIED SCHOOL DISTRICT\n"+e1+"\nDate and time: Thursday, March 12, 2026 at 6:00 p.m.\nLocation: District Office Board Room, 500 Shore Drive\n\nThe public is invited to attend.\n",
 [M('Lakeview board of education meeting',['board of education'],'2026-03-12','day','District Office Board Room',['Board of Education'],'upcoming',e1)])

# 2 an order paper: sittings of a committee under dated headings
p='2026-03-13'
e1="Standing Committee on Justice and Human Rights - Meeting 41 - 11:00 a.m., Room 225-A, West Block"
e2="Standing Committee on Finance - Meeting 58 - 3:30 p.m., Room 410, Wellington Building"
doc('f17s2-02',p,'Committee meetings',
 "COMMITTEE MEETINGS\n\nTuesday, March 17, 2026\n"+e1+"\n\nWednesday, March 18, 2026\n"+e2+"\n",
 [M('Justice committee meeting 41',['justice and human rights'],'2026-03-17','day','Room 225-A, West Block',['Standing Committee on Justice and Human Rights'],'upcoming',e1),
  M('Finance committee meeting 58',['standing committee on finance'],'2026-03-18','day','Room 410, Wellington Building',['Standing Committee on Finance'],'upcoming',e2)])

# 3 a union branch circular: "Branch meeting: day, time, venue"
p='2026-02-26'
e1="Branch meeting: Wednesday 4 March, 6pm, Trades Hall, Carlton Street"
doc('f17s2-03',p,'Branch circular',
 "UCU Northfield Branch - circular to members\n\nBallot result: 78% of members voted yes on a 61% turnout.\n"+e1+"\nAll members are urged to attend to discuss next steps.\n",
 [M('UCU Northfield branch meeting',['branch meeting'],'2026-03-04','day','Trades Hall',['UCU Northfield Branch'],'upcoming',e1)])

# 4 a central bank's table, month first
p='2025-12-10'
e1="January 28-29 | Monetary policy meeting | Statement at 2:00 p.m."
e2="March 18-19 | Monetary policy meeting | Statement at 2:00 p.m."
doc('f17s2-04',p,'Schedule 2026',
 "Central Bank of Corvania - 2026 schedule\n\n"+e1+"\n"+e2+"\n",
 [M('Corvania MPC January',['monetary policy meeting'],'2026-01-28','day',None,['Central Bank of Corvania'],'upcoming',e1,end='2026-01-29'),
  M('Corvania MPC March',['monetary policy meeting'],'2026-03-18','day',None,['Central Bank of Corvania'],'upcoming',e2,end='2026-03-19')])

# 5 an embassy's readout
p='2026-03-05'
e1="On 3 March, Ambassador Helena Varga met Minister of Trade Daniel Okoro at the Ministry of Trade in Abuja."
doc('f17s2-05',p,'Embassy news',
 "Embassy of Hungary in Abuja - News\n\n"+e1+" They discussed agricultural exports and a direct flight between Budapest and Lagos.\n",
 [M('Varga-Okoro meeting',['okoro'],'2026-03-03','day','Ministry of Trade, Abuja',['Helena Varga','Daniel Okoro'],'past',e1)])

# 6 an AGM's result, told as held today
p='2026-05-14'
e1="At the Annual General Meeting of Solway Renewables plc held today, all resolutions were passed by the requisite majorities."
doc('f17s2-06',p,'Result of AGM',
 "Solway Renewables plc\nResult of Annual General Meeting\n\n"+e1+" The poll results are set out below.\n",
 [M('Solway Renewables AGM',['annual general meeting'],'2026-05-14','day',None,['Solway Renewables plc'],'past',e1)])

# 7 a forward plan: a decision line is no meeting, the Cabinet's is
p='2026-03-20'
e1="Decision maker: Cabinet - meeting on 14 April 2026"
doc('f17s2-07',p,'Forward plan',
 "Forward plan of key decisions\n\nItem: Adoption of the local cycling and walking plan\n"+e1+"\nConsultation: ended 27 February 2026\n",
 [M('Cabinet meeting',['cabinet'],'2026-04-14','day',None,['Cabinet'],'upcoming',e1)])

# 8 abbreviated diary days
p='2026-06-01'
e1="Tue 2 Jun: Leaders' Summit, Marlborough House"
e2="Wed 3 Jun: Foreign Ministers' Meeting, Lancaster House"
doc('f17s2-08',p,'Commonwealth diary',
 "Commonwealth week diary\n"+e1+"\n"+e2+"\nThu 4 Jun: Youth Forum closing ceremony\n",
 [M("Leaders' Summit",['leaders\' summit'],'2026-06-02','day','Marlborough House',['Commonwealth'],'upcoming',e1),
  M("Foreign Ministers' Meeting",['foreign ministers\' meeting'],'2026-06-03','day','Lancaster House',['Commonwealth'],'upcoming',e2)])

# 9 a newsletter: a habitual meeting and a dated one
p='2026-04-01'
e1="The AGM will take place on Sunday 19 April after the 10am service in the church hall."
doc('f17s2-09',p,'Parish newsletter',
 "St Aidan's Parish Newsletter - April\n\nThe parochial church council meets on the second Tuesday of each month. "+e1+" Please bring a plate to share.\n",
 [M("St Aidan's AGM",['agm'],'2026-04-19','day','church hall',["St Aidan's"],'upcoming',e1)])

# 10 a minister's timetable in columns
p='2026-03-09'
e1="10:00-11:00 | Meeting with the Ambassador of Brazil | Ministry, Room 301"
e2="15:00-16:00 | Working meeting with the Association of Municipalities | Town Hall, Ljubljana"
doc('f17s2-10',p,"Minister's timetable",
 "Minister of Economy - timetable for Tuesday, 10 March 2026\n\nTime | Engagement | Venue\n"+e1+"\n12:30-13:30 | Lunch with journalists | Ministry\n"+e2+"\n",
 [M('Meeting with Brazilian ambassador',['ambassador of brazil'],'2026-03-10','day','Ministry, Room 301',['Ambassador of Brazil'],'upcoming',e1),
  M('Meeting with Association of Municipalities',['association of municipalities'],'2026-03-10','day','Town Hall, Ljubljana',['Association of Municipalities'],'upcoming',e2)])

# 11 a UN programme of meetings
p='2026-10-19'
e1="10 a.m. 10021st meeting [public] Security Council Chamber"
doc('f17s2-11',p,'Programme of meetings',
 "PROGRAMME OF MEETINGS\nTuesday, 20 October 2026\n\nSecurity Council\n"+e1+"\nThe situation in the Middle East\n",
 [M('Security Council 10021st meeting',['security council'],'2026-10-20','day','Security Council Chamber',['Security Council'],'upcoming',e1)])

# 12 a public hearing notice
p='2026-05-29'
e1="NOTICE IS HEREBY GIVEN that the Zoning Board of Appeals of the Town of Weston will hold a public hearing on Thursday, June 11, 2026 at 7:00 p.m. in the Town Hall Auditorium, 12 Main Street, to consider the following applications."
doc('f17s2-12',p,'Legal notice',
 "LEGAL NOTICE\n"+e1+"\n\nBy order of the Board, Janet Ruiz, Chair\n",
 [M('Weston ZBA public hearing',['zoning board of appeals'],'2026-06-11','day','Town Hall Auditorium',['Zoning Board of Appeals'],'upcoming',e1)])

# 13 a bargaining update with its next dates
p='2026-03-06'
e1="We met with the Employer on March 3 and 4."
e2="Our next bargaining dates are March 17 and March 24."
doc('f17s2-13',p,'Bargaining update',
 "Bargaining Update #7 - OPSEU Local 562\n\n"+e1+" The Employer tabled a revised wage proposal, which the team is reviewing. "+e2+"\n\nIn solidarity, your bargaining team\n",
 [M('Local 562 bargaining March 3-4',['met with the employer'],'2026-03-03','day',None,['OPSEU Local 562','Employer'],'past',e1,end='2026-03-04'),
  M('Local 562 bargaining March 17',['next bargaining dates'],'2026-03-17','day',None,['OPSEU Local 562','Employer'],'upcoming',e2),
  M('Local 562 bargaining March 24',['next bargaining dates'],'2026-03-24','day',None,['OPSEU Local 562','Employer'],'upcoming',e2)])

# 14 minutes: the next meeting has no date
p='2026-02-20'
e1="Minutes of the Friends of Elmwood Park committee meeting held on 17 February 2026 at the Pavilion"
doc('f17s2-14',p,'Committee minutes',
 e1+"\n\nPresent: R. Amos (Chair), T. Nwosu, P. Lindqvist\n\n1. Tree planting day: agreed for March.\n2. Next meeting: date to be confirmed.\n\nMeeting closed at 8.15pm.\n",
 [M('Friends of Elmwood Park committee meeting',['friends of elmwood park'],'2026-02-17','day','Pavilion',['Friends of Elmwood Park'],'past',e1)])

# 15 a joint statement under its heading
p='2026-04-18'
e1="We, the Foreign Ministers of the G7, met in Capri on 17-18 April 2026."
doc('f17s2-15',p,'G7 statement',
 "G7 Foreign Ministers' Joint Statement\nCapri, 18 April 2026\n\n"+e1+" We reaffirm our unwavering support for Ukraine.\n",
 [M('G7 foreign ministers meeting',['g7'],'2026-04-17','day','Capri',['G7'],'ongoing',e1,end='2026-04-18')])

# 16 a semicolon list of dates with one venue in brackets
p='2026-01-12'
e1="Audit Committee meetings in 2026: 12 February; 14 May; 10 September; 3 December (all at 6pm, Committee Room 1)."
doc('f17s2-16',p,'Meeting dates',
 "Kingsmere Housing Association\n\n"+e1+"\n",
 [M('Audit Committee Feb',['audit committee'],'2026-02-12','day','Committee Room 1',['Audit Committee'],'upcoming',e1),
  M('Audit Committee May',['audit committee'],'2026-05-14','day','Committee Room 1',['Audit Committee'],'upcoming',e1),
  M('Audit Committee Sep',['audit committee'],'2026-09-10','day','Committee Room 1',['Audit Committee'],'upcoming',e1),
  M('Audit Committee Dec',['audit committee'],'2026-12-03','day','Committee Room 1',['Audit Committee'],'upcoming',e1)])

# 17 a residents' email
p='2026-04-15'
e1="Our next residents' meeting will be on Thursday 23rd April at 7.30pm in the community centre on Ashby Road."
doc('f17s2-17',p,'Residents email',
 "Dear neighbours,\n\n"+e1+" The council's highways officer will join us to talk about the speed bumps.\n\nBest wishes,\nMaple Court Residents' Association\n",
 [M("Maple Court residents' meeting",["residents' meeting"],'2026-04-23','day','community centre',["Maple Court Residents' Association"],'upcoming',e1)])

# 18 a committee's hearing notice with label lines
p='2026-07-01'
e1="Hearing: Oversight of the Port Authority's capital plan"
doc('f17s2-18',p,'Hearing notice',
 "Senate Committee on Transportation\n\n"+e1+"\nWhen: Tuesday, July 7, 2026, 10:00 a.m.\nWhere: Hearing Room 4, Legislative Office Building\nWitnesses: Executive Director, Port Authority\n",
 [M('Transportation committee hearing',['hearing'],'2026-07-07','day','Hearing Room 4, Legislative Office Building',['Senate Committee on Transportation','Port Authority'],'upcoming',e1)])

# 19 a council's weekly bulletin: a prose line with the week's meetings
p='2026-01-23'
e1="The Licensing Committee meets on Wednesday 28 January at 10am in the Council Chamber, and the Full Council on Thursday 29 January at 7pm, also in the Council Chamber."
doc('f17s2-19',p,'Weekly bulletin',
 "Members' weekly bulletin\n\n"+e1+" Agendas are on the council website.\n",
 [M('Licensing Committee',['licensing committee'],'2026-01-28','day','Council Chamber',['Licensing Committee'],'upcoming',e1),
  M('Full Council',['full council'],'2026-01-29','day','Council Chamber',['Full Council'],'upcoming',e1)])

# 20 a trustees' calendar in words
p='2026-09-01'
doc('f17s2-20',p,'Board calendar',
 "Board of Trustees, Riverbend Museum\n\nThe Board will meet four times this year: on 21 October, 9 December, 10 February and 21 April. Committee papers go out a week before.\n",
 [M('Riverbend trustees October',['board will meet'],'2026-10-21','day',None,['Board of Trustees'],'upcoming',"The Board will meet four times this year: on 21 October, 9 December, 10 February and 21 April."),
  M('Riverbend trustees December',['board will meet'],'2026-12-09','day',None,['Board of Trustees'],'upcoming',"The Board will meet four times this year: on 21 October, 9 December, 10 February and 21 April."),
  M('Riverbend trustees February',['board will meet'],'2027-02-10','day',None,['Board of Trustees'],'upcoming',"The Board will meet four times this year: on 21 October, 9 December, 10 February and 21 April."),
  M('Riverbend trustees April',['board will meet'],'2027-04-21','day',None,['Board of Trustees'],'upcoming',"The Board will meet four times this year: on 21 October, 9 December, 10 February and 21 April.")])

write()
