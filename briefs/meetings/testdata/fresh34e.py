# fresh34e: six documents (a newsletter's "What's on" list, a ministry's readout of a telephone call, a
# joint statement with its heads of delegation, a "save the date" e-mail, a school board's notice with a
# closed session before its regular meeting, a committee table with US numeric dates), written for round 19
# from the guideline and the document kinds only, not from any read-set text, and measured once on b9ec364
# before any rule for them: see fresh34_test.go. `python3 fresh34e.py` writes fresh34e.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34e")
def ab(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"

t=("HOLLOWAY VILLAGE NEWS – March 2026\n\nWHAT'S ON\n"
   f"{ab('2026-03-04')}, 7pm – Holloway Residents' Association AGM, Village Hall\n"
   f"{ab('2026-03-11')}, 10am – Coffee morning, St Mary's Church\n"
   f"{ab('2026-03-18')}, 7.30pm – Parish Council meeting, Village Hall Committee Room\n\n"
   "All welcome. Contact the editor with your listings for April.")
D(1,"2026-02-26",t,[M("Holloway Residents' Association AGM",["residents' association agm","agm"],"2026-03-04","Village Hall",["Holloway Residents' Association"],"upcoming",line(t,"AGM")),
 M("Parish Council meeting",["parish council"],"2026-03-18","Village Hall Committee Room",["Parish Council"],"upcoming",line(t,"Parish Council"))])

ev="Foreign Minister Ingrid Halvorsen held a telephone conversation on Tuesday with the Foreign Minister of Chile, Alberto Rojas, on the free trade negotiations."
ev2="The two ministers agreed to meet in Santiago in April to sign the agreement."
t=("MINISTRY OF FOREIGN AFFAIRS\nPress release\n\n"+ev+" "+ev2)
D(2,"2025-02-12",t,[M("Halvorsen-Rojas phone call",["telephone conversation"],"2025-02-11",None,["Ingrid Halvorsen","Alberto Rojas"],"past",ev),
 M("Halvorsen-Rojas meeting in Santiago",["meet in santiago"],"2025-04","Santiago",["Ingrid Halvorsen","Alberto Rojas"],"upcoming",ev2,prec="month")])

ev="The 5th Ghana-Côte d'Ivoire Joint Commission for Cooperation was held in Accra on 9 and 10 October 2025."
t=("JOINT COMMUNIQUÉ\n\n"+ev+"\n\nThe Ghanaian delegation was led by the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, and the Ivorian delegation by the Minister of State, Minister of Foreign Affairs, Léon Kacou Adom.\n\n"
   "The two sides agreed to hold the 6th session in Abidjan in 2026.\n\nDone at Accra, 10 October 2025")
D(3,"2025-10-10",t,[M("5th Ghana-Côte d'Ivoire Joint Commission",["joint commission"],"2025-10-09","Accra",["Ghana","Côte d'Ivoire","Samuel Okudzeto Ablakwa","Léon Kacou Adom"],"past",ev,end="2025-10-10")])

ev="Please save the date: the Nordic Cities Climate Roundtable will take place on 23 April 2026 at Aarhus City Hall."
t=("From: Secretariat, Nordic Cities Network\nSubject: Save the date – Climate Roundtable, 23 April 2026\n\nDear colleagues,\n\n"+ev+" Mayors and deputy mayors of the network's member cities are invited. A formal invitation will follow.\n\nKind regards,\nThe Secretariat")
D(4,"2026-02-02",t,[M("Nordic Cities Climate Roundtable",["climate roundtable"],"2026-04-23","Aarhus City Hall",["Nordic Cities Network"],"upcoming",ev)])

ev1="The Board will meet in closed session at 5:30 p.m. to discuss personnel matters."
ev2="The regular meeting will begin at 6:30 p.m. in the Board Room, Education Center, 1200 Oak Street."
t=("PINE HOLLOW SCHOOL DISTRICT\nBOARD OF EDUCATION\n\nNOTICE OF REGULAR MEETING\nMonday, March 9, 2026\n\n"+ev1+" "+ev2+"\n\nThe agenda is posted on the district website.")
D(5,"2026-03-05",t,[M("Board closed session",["closed session"],"2026-03-09","Board Room, Education Center, 1200 Oak Street",["Pine Hollow School District Board of Education"],"upcoming",ev1),
 M("Board regular meeting",["regular meeting"],"2026-03-09","Board Room, Education Center, 1200 Oak Street",["Pine Hollow School District Board of Education"],"upcoming",ev2)])

t=("HOUSE FINANCE COMMITTEE\nSpring 2025 hearing schedule\n\nDate | Time | Topic | Room\n3/10 | 9:00 AM | Revenue forecast | Room 1B\n3/17 | 9:00 AM | Capital budget | Room 1B\n3/24 | 1:30 PM | Bonding bill | Room 2A\n\nAll hearings are open to the public.")
D(6,"2025-03-03",t,[M("House Finance Committee hearing on revenue forecast",["revenue forecast"],"2025-03-10","Room 1B",["House Finance Committee"],"upcoming",line(t,"3/10")),
 M("House Finance Committee hearing on capital budget",["capital budget"],"2025-03-17","Room 1B",["House Finance Committee"],"upcoming",line(t,"3/17")),
 M("House Finance Committee hearing on bonding bill",["bonding bill"],"2025-03-24","Room 2A",["House Finance Committee"],"upcoming",line(t,"3/24"))])

write(__file__)
