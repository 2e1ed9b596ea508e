# fresh34d: six notices (an AGM notice with a class meeting "at the same venue ... on the same day", a
# mayor's schedule with a postponed meeting, a parliament's sitting notice, a council's notice of a
# rescheduled meeting, a hearing notice with a continued hearing, a society's notice of a special general
# meeting after its AGM), written for round 19 from the guideline and the document kinds only, not from any
# read-set text, and measured once on 7801058 before any rule for them: see fresh34_test.go.
# `python3 fresh34d.py` writes fresh34d.jsonl.
import datetime
from freshset import M, docset
D, write = docset("f34d")
def dm(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"
def us(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"

ev1=f"NOTICE IS HEREBY GIVEN that the Annual General Meeting of Corrib Minerals plc will be held at the Radisson Hotel, Golden Lane, Dublin 8 on {dm('2026-06-18')} at 11.00 a.m."
ev2="A separate meeting of the holders of the Company's 6 per cent preference shares will be held at the same venue at 12.30 p.m. on the same day to approve the variation of their rights."
t=("CORRIB MINERALS PLC\n\nNOTICE OF ANNUAL GENERAL MEETING\n\n"+ev1+"\n\n"+ev2+"\n\nBy order of the Board\nSiobhan Keane, Company Secretary\n20 May 2026")
D(1,"2026-05-20",t,[M("Corrib Minerals AGM",["annual general meeting"],"2026-06-18","Radisson Hotel, Golden Lane, Dublin 8",["Corrib Minerals plc"],"upcoming",ev1),
 M("Preference shareholders' class meeting",["preference shares","separate meeting"],"2026-06-18","Radisson Hotel, Golden Lane, Dublin 8",["Corrib Minerals plc"],"upcoming",ev2)])

ev="Schedule change: The Mayor's meeting with the Port Commission on the cruise terminal, previously scheduled for today, has been moved to "+us('2025-11-25')+"."
t=("OFFICE OF THE MAYOR\nPublic schedule – "+us('2025-11-18')+", 2025\n\n10:00 a.m. – Ribbon cutting, Eastside Library\n2:00 p.m. – Meeting with the Downtown Business Association, City Hall, Room 200\n\n"+ev)
D(2,"2025-11-18",t,[M("Mayor's meeting with Downtown Business Association",["downtown business association"],"2025-11-18","City Hall, Room 200",["Downtown Business Association"],"upcoming","2:00 p.m. – Meeting with the Downtown Business Association, City Hall, Room 200"),
 M("Mayor's meeting with the Port Commission",["port commission"],"2025-11-25",None,["Port Commission"],"upcoming",ev)])

ev="The Legislative Council will sit from 3 March to 26 March to debate the Appropriation Bill, the Clerk of the Council announced on Monday."
t=("PARLIAMENT OF TASMANIA\nLegislative Council\n\nMEDIA RELEASE\n\n"+ev+" Question Time will be held on each sitting day at 2.00 pm.")
D(3,"2025-02-17",t,[M("Legislative Council sitting",["legislative council"],"2025-03-03",None,["Legislative Council"],"upcoming",ev,end="2025-03-26")])

ev="The Ordinary Council Meeting scheduled for Tuesday 14 April 2026 has been rescheduled to Wednesday 22 April 2026 at 6.00 pm in the Council Chambers."
t=("SHIRE OF WANDOO\n\nNOTICE OF RESCHEDULED MEETING\n\n"+ev+"\n\nMembers of the public are welcome to attend.\n\nChief Executive Officer\n2 April 2026")
D(4,"2026-04-02",t,[M("Shire of Wandoo Ordinary Council Meeting",["ordinary council meeting"],"2026-04-22","Council Chambers",["Shire of Wandoo"],"upcoming",ev)])

ev1=f"The Commission will hold a public hearing on the application on {dm('2025-09-09')} at 9:30 a.m. in Hearing Room A, 1400 Capitol Avenue."
ev2="If the hearing is not concluded that day, it will continue on the following day at the same time and place."
t=("STATE UTILITIES COMMISSION\nNOTICE OF PUBLIC HEARING\nDocket No. 25-114-E\n\nNorthern Grid Company has applied for approval of a new transmission line.\n\n"+ev1+" "+ev2)
D(5,"2025-08-20",t,[M("Utilities Commission public hearing",["public hearing"],"2025-09-09","Hearing Room A, 1400 Capitol Avenue",["State Utilities Commission","Northern Grid Company"],"upcoming",ev1)])

ev1=f"The Annual General Meeting of the Ballina Field Naturalists' Society will be held on {dm('2026-03-14')} at 2.00 pm in the Scout Hall, Fenwick Street."
ev2="A Special General Meeting will follow immediately after the Annual General Meeting to consider the proposed changes to the constitution."
t=("BALLINA FIELD NATURALISTS' SOCIETY\n\nNOTICE OF MEETINGS\n\n"+ev1+"\n\n"+ev2+"\n\nAfternoon tea will be served.")
D(6,"2026-02-20",t,[M("Society AGM",["annual general meeting"],"2026-03-14","Scout Hall, Fenwick Street",["Ballina Field Naturalists' Society"],"upcoming",ev1),
 M("Society Special General Meeting",["special general meeting"],"2026-03-14","Scout Hall, Fenwick Street",["Ballina Field Naturalists' Society"],"upcoming",ev2)])

write(__file__)
