from stories import *

# Issue 17, helper 17d: fresh17v3, 18 non-wire texts written late in the
# session, after this session's rules for readouts, diaries, rosters and
# schedules had landed, in wording none of fresh17v and fresh17v2 uses
# (other countries, bodies, layouts), and measured once at first sight
# with main's binary (the figure is in fresh17v_test.go, TestFresh17v3Set).
# Annotated by meetings.GUIDELINE.md.

# 1 a state legislature's calendar, the day heading with its city
p='2026-02-13'
ev1="Joint Committee on Education - 1:00 PM, Room A-1"
ev2="Senate Committee on Ways and Means - 10:30 AM, Room B-3"
doc('f17v3-01',p,'Legislative calendar',
 "LEGISLATIVE CALENDAR\n\nBoston, Tuesday 17 February 2026\n"+ev2+"\n"+ev1+"\n",
 [M('Senate Ways and Means committee meeting',['ways and means'],'2026-02-17','day','Room B-3',['Senate Committee on Ways and Means'],'upcoming',ev2),
  M('Joint Committee on Education meeting',['joint committee on education'],'2026-02-17','day','Room A-1',['Joint Committee on Education'],'upcoming',ev1)])

# 2 a first-person ministerial blog, "I held talks with"
p='2026-04-24'
ev="This morning I held talks with the Moroccan Minister of Equipment and Water, Nizar Baraka, on desalination and the Atlantic ports."
doc('f17v3-02',p,'Minister\'s blog',
 "Rabat, 24 April 2026\nBlog of Minister Ana Ribeiro\n\n"+ev+" We will continue the discussion in Lisbon in June.\n",
 [M('Ribeiro-Baraka talks',['nizar baraka'],p,'day','Rabat',['Ana Ribeiro','Nizar Baraka'],'past',ev),
  dict(M('Ribeiro-Baraka talks in Lisbon',['lisbon'],'2026-06','month','Lisbon',['Ana Ribeiro','Nizar Baraka'],'upcoming','We will continue the discussion in Lisbon in June.'),optional=True)])

# 3 a ministry press release: "paid a courtesy call on"
p='2026-05-19'
ev="On 18 May, the newly appointed Ambassador of Brazil, Carla Nogueira, paid a courtesy call on the Minister of Foreign Affairs, Vivian Balakrishnan, at the Ministry."
doc('f17v3-03',p,'Courtesy call',
 "MFA Press Release\n19 May 2026\n\n"+ev+" They discussed the Mercosur-Singapore free trade agreement.\n",
 [M('Nogueira courtesy call on Balakrishnan',['courtesy call','balakrishnan'],'2026-05-18','day',None,['Carla Nogueira','Vivian Balakrishnan'],'past',ev)])

# 4 club minutes: "Present:" over one name a line, and the next meeting
p='2026-03-05'
ev1="Minutes of the committee meeting of Ashford Rowing Club held on 3 March 2026 at the boathouse."
ev2="Next meeting: Tuesday 7 April 2026, 7.30pm, boathouse."
doc('f17v3-04',p,'Ashford Rowing Club minutes',
 ev1+"\n\nPresent:\nHelen Cartwright (Chair)\nGareth Owen (Treasurer)\nMaya Lindgren\n\nApologies:\nDavid Short\n\n"
 "1. Boat purchase approved.\n2. Regatta volunteers sought.\n\n"+ev2+"\n",
 [M('Rowing club committee meeting (March)',['committee meeting','ashford rowing club'],'2026-03-03','day','boathouse',['Ashford Rowing Club','Helen Cartwright','Gareth Owen','Maya Lindgren'],'past',ev1),
  M('Rowing club committee meeting (April)',['next meeting'],'2026-04-07','day','boathouse',['Ashford Rowing Club'],'upcoming',ev2)])

# 5 a mayor's week, weekday lines and an owner in the heading
p='2026-09-04'
ev1="Monday: Meeting with the Harbour Board, City Hall"
ev2="Wednesday: Lunch with the Consul General of Korea, Kim Jae-won"
doc('f17v3-05',p,'Mayor\'s week',
 "Mayor Tomas Berglund - engagements, week commencing 7 September 2026\n\n"+ev1+"\n"+ev2+"\nFriday: Opening of the Vasa bridge\n",
 [M('Mayor meets Harbour Board',['harbour board'],'2026-09-07','day','City Hall',['Tomas Berglund','Harbour Board'],'upcoming',ev1),
  M('Lunch with Consul General Kim',['kim jae-won','consul general'],'2026-09-09','day',None,['Tomas Berglund','Kim Jae-won'],'upcoming',ev2)])

# 6 an international body's notice: a body "will take place"
p='2026-06-01'
ev="The 47th Session of the Codex Alimentarius Commission will take place from 24 to 28 November 2026 in Rome."
doc('f17v3-06',p,'Codex notice',
 "FAO/WHO FOOD STANDARDS PROGRAMME\nCircular Letter CL 2026/31\n\n"+ev+" Member countries are invited to confirm their delegations by 1 October.\n",
 [M('Codex Alimentarius Commission session',['codex alimentarius commission','47th session'],'2026-11-24','day','Rome',['Codex Alimentarius Commission'],'upcoming',ev,end='2026-11-28')])

# 7 a regional forum "will be held" with a city and no date word after
p='2026-07-10'
ev="The Andean Water Forum will be held in Cusco on 14 and 15 October 2026."
doc('f17v3-07',p,'Forum announcement',
 "ANDEAN DEVELOPMENT NETWORK\n\n"+ev+" Registration opens on 1 August.\n",
 [M('Andean Water Forum',['andean water forum'],'2026-10-14','day','Cusco',['Andean Water Forum'],'upcoming',ev,end='2026-10-15')])

# 8 a hearing notice with a witness panel under its label
p='2026-10-02'
ev="Public hearing on the state of the fisheries - Thursday 8 October 2026, 14:00, Room JAN 4Q2"
doc('f17v3-08',p,'Committee on Fisheries',
 "Committee on Fisheries\n\n"+ev+"\n\nSpeakers:\nPedro Alvarez, Director, Spanish Fishing Confederation\nIngrid Solheim, Senior Scientist, Institute of Marine Research\n",
 [M('Fisheries committee hearing',['public hearing','fisheries'],'2026-10-08','day','Room JAN 4Q2',['Committee on Fisheries','Pedro Alvarez','Ingrid Solheim'],'upcoming',ev)])

# 9 a readout with "received" and the name before the title
p='2026-11-12'
ev="President Gabriel Boric received Nawaf Salam, Prime Minister of Lebanon, at La Moneda on Wednesday."
doc('f17v3-09',p,'Presidential readout',
 "PRESIDENCY - PRESS OFFICE\nSantiago, 12 November 2026\n\n"+ev+" Both leaders reviewed cooperation in mining and reconstruction.\n",
 [M('Boric receives Salam',['nawaf salam','boric'],'2026-11-11','day','La Moneda',['Gabriel Boric','Nawaf Salam'],'past',ev)])

# 10 an online board meeting in an invitation
p='2026-08-18'
ev="The Board of the European Cyclists' Federation will meet by videoconference on Tuesday 25 August 2026 at 10:00 CEST."
doc('f17v3-10',p,'Board invitation',
 "To: ECF Board members\nSubject: Board meeting 25 August\n\n"+ev+" The link will be circulated a day before.\n",
 [M('ECF board meeting',['board'],'2026-08-25','day',None,["European Cyclists' Federation"],'upcoming',ev)])

# 11 a postponed shareholders' meeting at its new date
p='2026-04-02'
ev="The Annual General Meeting of Tallinn Shipping AS, originally convened for 9 April 2026, will now be held on 23 April 2026 at 11:00 at the Swissotel Tallinn."
doc('f17v3-11',p,'Change of AGM date',
 "TALLINN SHIPPING AS - STOCK EXCHANGE RELEASE\n\n"+ev+"\n",
 [M('Tallinn Shipping AGM',['annual general meeting'],'2026-04-23','day','Swissotel Tallinn',['Tallinn Shipping AS'],'upcoming',ev)])

# 12 minutes with "Attendees:" over names on lines, a past meeting approved
p='2026-02-06'
ev1="Meeting of the Steering Committee of the Danube Rivers Project, 5 February 2026, Vienna"
ev2="The minutes of the meeting of 4 December 2025 were adopted."
doc('f17v3-12',p,'Steering Committee minutes',
 ev1+"\n\nAttendees:\nKatarina Novak (Slovenia), chair\nMilan Horvat (Croatia)\nElena Popescu (Romania)\n\n"+ev2+"\n",
 [M('Steering Committee meeting (February)',['steering committee'],'2026-02-05','day','Vienna',['Steering Committee of the Danube Rivers Project','Katarina Novak','Milan Horvat','Elena Popescu'],'past',ev1),
  M('Steering Committee meeting (December)',['4 december'],'2025-12-04','day',None,['Steering Committee of the Danube Rivers Project'],'past',ev2)])

# 13 a week-ahead with date-first lines and bodies of the "Council of" kind
p='2026-06-12'
ev1="15 June - Council of Ministers, Valletta"
ev2="17 June - Board of Governors of the Central Bank of Malta"
doc('f17v3-13',p,'Week ahead',
 "MALTA - WEEK AHEAD\n\n"+ev1+"\n16 June - Retail trade statistics\n"+ev2+"\n",
 [M('Council of Ministers',['council of ministers'],'2026-06-15','day','Valletta',['Council of Ministers'],'upcoming',ev1),
  M('Central Bank of Malta board meeting',['board of governors'],'2026-06-17','day',None,['Board of Governors of the Central Bank of Malta'],'upcoming',ev2)])

# 14 a trade union's notice of talks "at the offices of"
p='2026-01-12'
ev="Negotiations between Ver.di and the Federal Government on the public-sector pay round will open on 22 January 2026 in Potsdam."
doc('f17v3-14',p,'Ver.di information',
 "ver.di - Information for members\n\n"+ev+" A second round is planned for 12 and 13 February.\n",
 [M('Ver.di public-sector pay talks (first round)',['negotiations','ver.di'],'2026-01-22','day','Potsdam',['Ver.di','Federal Government'],'upcoming',ev),
  M('Ver.di public-sector pay talks (second round)',['second round'],'2026-02-12','day',None,['Ver.di','Federal Government'],'upcoming','A second round is planned for 12 and 13 February.',end='2026-02-13')])

# 15 an ambassador's first-person diary, weekday and date first
p='2026-10-30'
ev="Tuesday 27 October - I met the Governor of Kaduna State, Uba Sani, in Kaduna."
doc('f17v3-15',p,'Diary',
 "From the desk of Ambassador Lars Nygaard\n\n"+ev+"\nThursday 29 October - Visit to a solar plant in Kano.\n",
 [M('Nygaard meets Uba Sani',['uba sani','governor of kaduna'],'2026-10-27','day','Kaduna',['Lars Nygaard','Uba Sani'],'past',ev)])

# 16 a cancelled meeting and its replacement in a notice
p='2026-03-16'
ev="The Licensing Committee will instead meet on Monday 30 March 2026 at 2pm in the Guildhall, Bath."
doc('f17v3-16',p,'Licensing Committee notice',
 "BATH AND NORTH EAST SOMERSET COUNCIL\n\nThe Licensing Committee meeting of 23 March 2026 is cancelled. "+ev+"\n",
 [M('Licensing Committee meeting',['licensing committee'],'2026-03-30','day','Guildhall, Bath',['Licensing Committee'],'upcoming',ev)])

# 17 a programme of a summit with its city in the heading
p='2026-05-04'
ev="The EU-Central Asia Summit will take place in Samarkand on 3 and 4 June 2026."
doc('f17v3-17',p,'Summit programme',
 "Samarkand, 4 May 2026\n\n"+ev+" The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan will attend with the Presidents of the European Council and of the European Commission.\n",
 [M('EU-Central Asia Summit',['eu-central asia summit'],'2026-06-03','day','Samarkand',['Kazakhstan','Kyrgyzstan','Tajikistan','Turkmenistan','Uzbekistan','European Council','European Commission'],'upcoming',ev,end='2026-06-04')])

# 18 a school governors' notice: a meeting "to be held" in a hall
p='2026-01-20'
ev="A meeting of the Full Governing Body of Hillside Primary School is to be held on Wednesday 28 January 2026 at 6pm in the school hall."
doc('f17v3-18',p,'Notice to governors',
 "HILLSIDE PRIMARY SCHOOL\n\n"+ev+" Papers will follow by email.\n\nClerk to the Governors\n",
 [M('Full Governing Body meeting',['full governing body'],'2026-01-28','day','school hall',['Full Governing Body of Hillside Primary School'],'upcoming',ev)])

write()
