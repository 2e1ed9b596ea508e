# fresh34c: four programmes whose day lines carry the day's title ("Monday 29 September – Senior Officials'
# Meeting", "Tuesday 3 March: Ministerial day") over lines that open with their clock times, some of which
# name meetings, written for round 19 from the guideline and the document kind only, not from any read-set
# text, and measured once on 3fd85d2 before any rule for them: see fresh34_test.go.
# `python3 fresh34c.py` writes fresh34c.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34c")
def dm(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')} {d.day} {d.strftime('%B')}"

t=("BALTIC SEA FISHERIES MINISTERS' CONFERENCE\nProvisional programme\n\n"
   f"{dm('2026-03-02')} – Senior Officials' Meeting\n09.00  Registration\n10.00  Senior Officials' Meeting, Room A\n"
   "18.00  Meeting of the Steering Committee of the Baltic Fish Stocks Fund – Room C\n\n"
   f"{dm('2026-03-03')} – Ministerial day\n09.30  Opening by the Minister of Agriculture of Latvia\n11.00  Plenary: the state of cod stocks\n"
   "15.00  Bilateral meeting of the ministers of Estonia and Finland – Room B\n")
D(1,"2026-02-20",t,[
 M("Senior Officials' Meeting",["senior officials' meeting"],"2026-03-02","Room A",[],"upcoming",line(t,"10.00")),
 M("Steering Committee of the Baltic Fish Stocks Fund meeting",["steering committee"],"2026-03-02","Room C",["Steering Committee of the Baltic Fish Stocks Fund"],"upcoming",line(t,"Steering Committee")),
 M("Estonia-Finland bilateral meeting",["bilateral meeting"],"2026-03-03","Room B",["Estonia","Finland"],"upcoming",line(t,"Bilateral"))])

t=("MINISTER OF TRADE – WEEKLY PROGRAMME\n\n"
   f"{dm('2025-06-16')}: Brussels\n08.30  Breakfast with the EU ambassadors of the Nordic countries\n11.00  Meeting with Trade Commissioner Anna Lindgren, Berlaymont\n"
   "16.00  Press conference\n\n"
   f"{dm('2025-06-17')}: Luxembourg\n10.00  Foreign Affairs Council (Trade)\n14.00  Meeting with the Luxembourg Minister of the Economy, Lex Delles\n")
D(2,"2025-06-13",t,[
 M("Meeting with Trade Commissioner Anna Lindgren",["trade commissioner anna lindgren","anna lindgren"],"2025-06-16","Berlaymont, Brussels",["Anna Lindgren"],"upcoming",line(t,"Lindgren")),
 M("Foreign Affairs Council (Trade)",["foreign affairs council"],"2025-06-17","Luxembourg",["Foreign Affairs Council"],"upcoming",line(t,"Foreign Affairs Council")),
 M("Meeting with Lex Delles",["lex delles"],"2025-06-17","Luxembourg",["Lex Delles"],"upcoming",line(t,"Delles"))])

t=("REGIONAL HEALTH FORUM 2025\nProgramme\n\n"
   f"Day 1, {dm('2025-11-10')} — Technical sessions\n09:00 Opening remarks\n11:30 Working group on vaccine supply\n"
   "17:00 Meeting of the Forum's Executive Bureau (bureau members only)\n\n"
   f"Day 2, {dm('2025-11-11')} — Ministerial session\n10:00 Ministerial session opens\n13:00 Lunch\n")
D(3,"2025-10-30",t,[
 M("Regional Health Forum",["regional health forum"],"2025-11-10",None,[],"upcoming",line(t,"Day 1"),end="2025-11-11"),
 M("Executive Bureau meeting",["executive bureau"],"2025-11-10",None,["Executive Bureau"],"upcoming",line(t,"Executive Bureau")),
 M("Ministerial session",["ministerial session"],"2025-11-11",None,[],"upcoming",line(t,"10:00"))])

t=("UNIVERSITY OF KESTREL\nGraduation week – timetable\n\n"
   f"{dm('2026-07-06')} – Council day\n10.00  Meeting of the University Council, Senate Room\n14.00  Honorary graduates' lunch\n\n"
   f"{dm('2026-07-07')} – Ceremonies\n10.00  Graduation ceremony, Great Hall\n15.00  Meeting of the Alumni Association Board, Old Library\n")
D(4,"2026-06-25",t,[
 M("University Council meeting",["university council"],"2026-07-06","Senate Room",["University Council"],"upcoming",line(t,"University Council")),
 M("Alumni Association Board meeting",["alumni association board"],"2026-07-07","Old Library",["Alumni Association Board"],"upcoming",line(t,"Alumni"))])

write(__file__)
