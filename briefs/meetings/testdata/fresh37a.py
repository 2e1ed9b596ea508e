# fresh37a: a body named in full once (a notice's heading, or a story's first sentence) and afterwards by
# its bare head noun ("The Committee's next meeting", "At its meeting on 3 March, the Board agreed",
# "Council reviewed ... at its meeting"); an organisation named once and then by its kind in a possessive
# ("the union's executive will meet", "the council's working group met"); and a bloc's summit named only as
# the occasion of something else ("to be formalised at the 12th ASEAN Summit"). Written for round 22 in my
# own words after reading the read sets' matched meetings with no predicted party (b19b-39, b18d-43,
# b20b-08, b19c-15, b20b-19 were the examples); so not blind to the class. Measured once on 7246586, before
# any rule: see fresh37_test.go. `python3 fresh37a.py` writes fresh37a.jsonl.
from freshset import M, docset
D, write = docset("f37a")

e1="Meeting No. 7\nThursday, 5 March 2026, 3:30 p.m.\nRoom 112, Legislative Building"
e2="The Committee's next meeting is scheduled for Thursday, 12 March 2026."
D(1,"2026-02-27","LEGISLATIVE ASSEMBLY OF MANITOBA\nStanding Committee on Public Accounts\n\nNOTICE OF MEETING\n\n"+e1+"\n\nOrders of the Day\n\nAuditor General's report on rural water systems\n\n"+e2+"\n",
 [M("Public Accounts Committee meeting No. 7",["meeting no. 7"],"2026-03-05","Room 112, Legislative Building",["Standing Committee on Public Accounts"],"upcoming",e1),
  M("Public Accounts Committee next meeting",["next meeting"],"2026-03-12",None,["Standing Committee on Public Accounts"],"upcoming",e2)])
e1="Tuesday 10 February 2026, 6.00 pm, Council Chamber, Town Hall"
e2="At its meeting on 27 January 2026, the Committee agreed to defer the item pending a report on costs."
D(2,"2026-02-03","ASHVALE BOROUGH COUNCIL\nEnvironment and Highways Committee\n\nAGENDA\n\n"+e1+"\n\n1. Apologies\n2. Minutes\n3. Parking charges on Station Road\n\n"+e2+"\n",
 [M("Environment and Highways Committee meeting",["agenda"],"2026-02-10","Council Chamber, Town Hall",["Environment and Highways Committee"],"upcoming",e1),
  M("Committee meeting of 27 January",["its meeting"],"2026-01-27",None,["Environment and Highways Committee"],"past",e2)])
e1="Regular Meeting\nMonday, March 16, 2026, 6:00 p.m.\nDistrict Office Board Room, 410 Elm Street"
e2="The Board will hold a special meeting on Monday, March 30, 2026, at 5:00 p.m. to interview candidates for superintendent."
D(3,"2026-03-06","LAKEWOOD UNIFIED SCHOOL DISTRICT\nBOARD OF TRUSTEES\n\n"+e1+"\n\nAgenda items include the 2026-27 calendar and a facilities bond update.\n\n"+e2+"\n",
 [M("Board of Trustees regular meeting",["regular meeting"],"2026-03-16","District Office Board Room, 410 Elm Street",["Board of Trustees"],"upcoming",e1),
  M("Board of Trustees special meeting",["special meeting"],"2026-03-30",None,["Board of Trustees"],"upcoming",e2)])
e1="Council considered the draft plan at its Committee of the Whole meeting on November 18, 2025, and asked for changes to the parking section."
D(4,"2025-12-02","TOWN OF HALLORAN\nPUBLIC NOTICE\n\nThe Town of Halloran Council will hold a public hearing on the Downtown Area Redevelopment Plan on Tuesday, December 16, 2025, at 7:00 p.m. in Council Chambers, 120 Main Street.\n\n"+e1+"\n",
 [M("Public hearing on the Downtown Area Redevelopment Plan",["public hearing"],"2025-12-16","Council Chambers, 120 Main Street",["Town of Halloran Council"],"upcoming","The Town of Halloran Council will hold a public hearing on the Downtown Area Redevelopment Plan on Tuesday, December 16, 2025, at 7:00 p.m. in Council Chambers, 120 Main Street."),
  M("Committee of the Whole meeting",["committee of the whole"],"2025-11-18",None,["Town of Halloran Council"],"past",e1)])
e1="The Commission will meet again on 9 April to adopt its report."
D(5,"2026-03-20","NAIROBI, March 20 - The Parliamentary Service Commission ended a two-day retreat in Naivasha on Friday with an agreement to cut travel spending by a third, its vice-chairperson said. "+e1,
 [M("Parliamentary Service Commission retreat",["retreat"],"2026-03-19","Naivasha",["Parliamentary Service Commission"],"past","The Parliamentary Service Commission ended a two-day retreat in Naivasha on Friday with an agreement to cut travel spending by a third, its vice-chairperson said.",end="2026-03-20"),
  M("Commission meeting",["meet again"],"2026-04-09","Nairobi",["Parliamentary Service Commission"],"upcoming",e1)])
e1="National Union of Metalworkers general secretary Irvin Jim said the union's central committee would meet on Sunday to decide whether to call a national strike."
D(6,"2026-07-16","JOHANNESBURG, July 16 (Reuters) - Wage talks between steel producers and unions broke down on Thursday after employers refused to raise their offer of 6 percent. "+e1,
 [M("Steel wage talks",["wage talks"],"2026-07-16",None,["steel producers","unions"],"past","Wage talks between steel producers and unions broke down on Thursday after employers refused to raise their offer of 6 percent."),
  M("NUMSA central committee meeting",["central committee"],"2026-07-19",None,["National Union of Metalworkers"],"upcoming",e1)])
e1="Verdi negotiator Petra Lang said the union's bargaining commission would meet in Berlin on Tuesday to weigh the employers' offer."
D(7,"2026-03-06","BERLIN, March 6 - Airport ground staff will strike on Monday at six German airports, the Verdi union said. "+e1,
 [M("Verdi bargaining commission meeting",["bargaining commission"],"2026-03-10","Berlin",["Verdi"],"upcoming",e1)])
e1="Nordic Grain Council secretary Ola Berg said the council's market committee met on Monday and Tuesday and could not agree on a new export quota."
D(8,"2026-09-30","OSLO, Sept 30 - "+e1+" The full council meets in Copenhagen in November.",
 [M("Nordic Grain Council market committee meeting",["market committee"],"2026-09-28",None,["Nordic Grain Council"],"past",e1,end="2026-09-29"),
  M("Nordic Grain Council full meeting",["full council"],"2026-11","Copenhagen",["Nordic Grain Council"],"upcoming","The full council meets in Copenhagen in November.",prec="month")])
e1="The two ministers discussed Papua New Guinea's application for observer status, which is expected to be decided at the 48th ASEAN Summit in Manila in May."
D(9,"2026-03-12","JAKARTA, March 12 (ANTARA) - Indonesian Foreign Minister Sugiono met his Papua New Guinea counterpart Justin Tkatchenko in Jakarta on Thursday. "+e1,
 [M("Sugiono-Tkatchenko meeting",["met"],"2026-03-12","Jakarta",["Sugiono","Justin Tkatchenko"],"past","Indonesian Foreign Minister Sugiono met his Papua New Guinea counterpart Justin Tkatchenko in Jakarta on Thursday."),
  M("48th ASEAN Summit",["asean summit"],"2026-05","Manila",["ASEAN"],"upcoming",e1,prec="month")])
e1="The agreement will be signed at the SADC Summit in Harare in August, officials said."
D(10,"2026-06-04","GABORONE, June 4 - Botswana and Namibia have agreed to share water from the Okavango basin. "+e1,
 [M("SADC Summit",["sadc summit"],"2026-08","Harare",["SADC"],"upcoming",e1,prec="month")])
e1="The Board's next meeting is on 14 May."
D(11,"2026-04-17","FRANKFURT, April 17 - The European Central Bank's Supervisory Board approved new capital rules for regional lenders on Friday. "+e1,
 [M("Supervisory Board meeting",["next meeting"],"2026-05-14","Frankfurt",["Supervisory Board"],"upcoming",e1)])
e1="The Forum's Trade Ministers Meeting, held in Apia last week, agreed to study a regional carbon levy."
D(12,"2026-08-24","SUVA, Aug 24 - The Pacific Islands Forum secretariat said on Monday it would publish the draft fisheries framework next month. "+e1,
 [M("Forum Trade Ministers Meeting",["trade ministers meeting"],"2026-08-17",
   "Apia",["Pacific Islands Forum"],"past",e1,prec="week")])

write(__file__)
