# fresh35f: notices, agendas, minutes and diaries: two meetings on one evening, the second "will follow"; a
# committee's hearings by town on dated lines; a forum named with its year; "the minutes of the March
# meeting"; a diary day over "The mayor will attend the ... work session"; an agenda item announcing a
# study session; a legislature's weekly table with US numeric dates. Written for round 20 in my own words,
# but after reading the read sets' missed notice lines (blind29-31), whose forms these follow: not blind to
# the classes. Measured once on fd250af before any rule for them: see fresh35_test.go.
# `python3 fresh35f.py` writes fresh35f.jsonl.
from freshset import M, docset
D, write = docset("f35f")

e1="Notice is hereby given that the Annual Town Meeting will be held on Thursday 21 May 2026 at 7.00pm in the Memorial Hall, High Street."
e2="The Annual Meeting of the Town Council will follow at 8.15pm on the same evening in the Memorial Hall."
D(1,"2026-04-30","Kestford Town Council\nNOTICE OF MEETINGS\n\n"+e1+" All electors of the town may attend.\n\n"+e2+"\n\nA. Marsh, Town Clerk\n30 April 2026",
 [M("Annual Town Meeting",["annual town meeting"],"2026-05-21","Memorial Hall, High Street",[],"upcoming",e1),
  M("Annual Meeting of the Town Council",["annual meeting of the town council"],"2026-05-21","Memorial Hall",["Kestford Town Council"],"upcoming",e2)])
h1="Monday 9 November 2026, 9:00 a.m. to 4:00 p.m.: hearings in Regina, Hotel Saskatchewan."
h2="Tuesday 10 November 2026: hearings in Saskatoon, TCU Place."
D(2,"2026-10-20","HOUSE OF COMMONS\nSTANDING COMMITTEE ON AGRICULTURE\n\nNotice of travel: pre-harvest consultations\n\nThe Committee will hold public hearings in the Prairie provinces as follows:\n\n"+h1+"\n"+h2+"\n\nWitnesses wishing to appear should contact the Clerk of the Committee.",
 [M("Agriculture Committee hearings in Regina",["hearings in regina"],"2026-11-09","Regina, Hotel Saskatchewan",["Standing Committee on Agriculture"],"upcoming",h1),
  M("Agriculture Committee hearings in Saskatoon",["hearings in saskatoon"],"2026-11-10","Saskatoon, TCU Place",["Standing Committee on Agriculture"],"upcoming",h2)])
ev="The Baltic Ferry Forum 2026 takes place from 15 to 17 September 2026 in Klaipeda."
D(3,"2026-05-04","PRESS RELEASE\n\n"+ev+" Operators, ports and regulators from nine countries are expected.\n\nRegistration opens on 1 June.",
 [M("Baltic Ferry Forum 2026",["baltic ferry forum"],"2026-09-15","Klaipeda",[],"upcoming",ev,end="2026-09-17")])
e1="Minutes of the meeting of the Management Committee held on Tuesday 14 April 2026 at the Club House."
e2="1. The minutes of the March meeting were approved as a correct record."
D(4,"2026-04-20","Harrow Vale Bowls Club\n\n"+e1+"\n\nPresent: P. Okafor (Chair), L. Brandt, S. Wu.\n\n"+e2+"\n2. The Treasurer reported a surplus of £1,240.",
 [M("Management Committee meeting",["management committee"],"2026-04-14","Club House",["Management Committee","P. Okafor","L. Brandt","S. Wu"],"past",e1),
  M("Management Committee March meeting",["march meeting"],"2026-03",None,["Management Committee"],"past",e2,prec="month")])
ev="Monday, May 18: The mayor will attend the City Council work session at 1:00 p.m. in Council Chambers."
D(5,"2026-05-14","OFFICE OF THE MAYOR\nWeekly schedule\n\n"+ev+"\nTuesday, May 19: Ribbon cutting, Eastside Library, 10:00 a.m.",
 [M("City Council work session",["work session"],"2026-05-18","Council Chambers",["City Council"],"upcoming",ev)])
ev="A. The Board will hold a budget study session on Tuesday, June 2, 2026, at 5:30 p.m. in the District Office Boardroom."
D(6,"2026-05-20","Pine Hollow Unified School District\nBoard of Education\nRegular Meeting - May 20, 2026\n\nINFORMATION ITEMS\n"+ev+"\nB. Enrollment projections for 2026-27.",
 [M("Board budget study session",["budget study session"],"2026-06-02","District Office Boardroom",["Board of Education"],"upcoming",ev),
  M("Board of Education regular meeting",["regular meeting"],"2026-05-20",None,["Board of Education"],"ongoing","Regular Meeting - May 20, 2026",opt=True)])
e1="Tue 5/19 | 9:00 AM | Senate Revenue Committee | Room 301 | Property tax relief bills"
e2="Wed 5/20 | 1:30 PM | House Energy Committee | Room 118 | Grid reliability briefing"
D(7,"2026-05-15","WEEKLY LEGISLATIVE HEARING SCHEDULE\nWeek of May 18, 2026\n\nDate | Time | Committee | Room | Subject\n"+e1+"\n"+e2,
 [M("Senate Revenue Committee hearing",["senate revenue committee"],"2026-05-19","Room 301",["Senate Revenue Committee"],"upcoming",e1),
  M("House Energy Committee hearing",["house energy committee"],"2026-05-20","Room 118",["House Energy Committee"],"upcoming",e2)])

write(__file__)
