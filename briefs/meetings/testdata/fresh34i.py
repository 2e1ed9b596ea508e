# fresh34i: six documents (a minister's week with shouted day headings and Morning/Afternoon items, a
# workshop programme with session chairs, an internal circular under a memo header, a planning board's
# public hearing notice, a press release under its place and date, minutes whose next meeting is "same
# venue"), written for round 19 from the guideline and the document kinds only, not from any read-set text,
# and measured once on 0aaed9d before any rule for them: see fresh34_test.go.
# `python3 fresh34i.py` writes fresh34i.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34i")
def up(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A').upper()} {d.day} {d.strftime('%B').upper()}"
def dm(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"

t=("MINISTER FOR FOREIGN AFFAIRS – PUBLIC DIARY\nWeek beginning 9 March 2026\n\n"
   f"{up('2026-03-09')}\nMorning: Cabinet, Government Buildings\nAfternoon: Meeting with the Ambassador of Japan, Iveagh House\n\n"
   f"{up('2026-03-11')}\nMorning: Foreign Affairs Committee, Leinster House\nAfternoon: Travel to Brussels\n")
D(1,"2026-03-06",t,[M("Cabinet meeting",["cabinet"],"2026-03-09","Government Buildings",["Cabinet"],"upcoming",line(t,"Morning: Cabinet")),
 M("Minister's meeting with the Ambassador of Japan",["ambassador of japan"],"2026-03-09","Iveagh House",["Ambassador of Japan","Japan"],"upcoming",line(t,"Ambassador of Japan")),
 M("Foreign Affairs Committee meeting",["foreign affairs committee"],"2026-03-11","Leinster House",["Foreign Affairs Committee"],"upcoming",line(t,"Foreign Affairs Committee"))])

t=("WORKSHOP ON COASTAL RESILIENCE\nMombasa, 24–25 February 2026\n\nPROGRAMME\n\nTuesday 24 February\n09:00 Opening\n10:00 Session 1: Mangrove restoration\nSession chair: Dr Amina Ali, Kenya Marine and Fisheries Research Institute\n"
   "14:00 Meeting of the Steering Group of the Coastal Resilience Network\n\nWednesday 25 February\n09:00 Session 2: Early warning\n12:00 Closing\n")
D(2,"2026-02-10",t,[M("Workshop on Coastal Resilience",["workshop on coastal resilience"],"2026-02-24","Mombasa",[],"upcoming",line(t,"Mombasa, 24"),end="2026-02-25"),
 M("Steering Group meeting",["steering group"],"2026-02-24","Mombasa",["Steering Group of the Coastal Resilience Network"],"upcoming",line(t,"Steering Group"))])

ev="A meeting of all heads of department will be held on Friday at 10am in the Boardroom to discuss the budget cuts."
t=("MEMORANDUM\nTo: All heads of department\nFrom: Chief Executive\nDate: 3 March 2026\nRef: CE/2026/14\n\n"+ev+" Attendance is compulsory.")
D(3,"2026-03-03",t,[M("Heads of department meeting",["heads of department"],"2026-03-06","Boardroom",[],"upcoming",ev)])

ev="NOTICE IS HEREBY GIVEN that the Planning Board of the Town of Brookfield will hold a public hearing on Monday, April 20, 2026 at 7:00 p.m. in the Town Hall Auditorium to consider the application of Maple Ridge LLC for a subdivision."
t=("TOWN OF BROOKFIELD\nPLANNING BOARD\nLEGAL NOTICE\n\n"+ev+"\n\nAll interested persons may attend and be heard.")
D(4,"2026-04-03",t,[M("Brookfield Planning Board public hearing",["public hearing","planning board"],"2026-04-20","Town Hall Auditorium",["Planning Board of the Town of Brookfield","Maple Ridge LLC"],"upcoming",ev)])

ev="The Commissioner for Trade, Maria Lindqvist, will meet ministers of the Southern African Customs Union in Gaborone on Monday to discuss the renewal of the economic partnership agreement."
t=("Brussels, 12 March 2026\n\nPRESS RELEASE\n\n"+ev+" The meeting will be followed by a press conference.")
D(5,"2026-03-12",t,[M("Lindqvist meeting with SACU ministers",["southern african customs union","sacu"],"2026-03-16","Gaborone",["Maria Lindqvist","Southern African Customs Union"],"upcoming",ev)])

ev="Next meeting: Tuesday 14 April 2026, 7.30 pm, same venue."
t=("RIVERSIDE ALLOTMENT SOCIETY\nMinutes of the committee meeting held on Tuesday 10 March 2026, 7.30 pm, at the Scout Hut, Mill Lane\n\nPresent: P. Grant (Chair), L. Evans, S. Moore\nApologies: T. Hughes\n\n1. Water charges were agreed.\n\n"+ev)
D(6,"2026-03-12",t,[M("Allotment Society committee meeting",["committee meeting"],"2026-03-10","Scout Hut, Mill Lane",["Riverside Allotment Society","P. Grant","L. Evans","S. Moore"],"past",line(t,"Minutes of")),
 M("Next committee meeting",["next meeting"],"2026-04-14","Scout Hut, Mill Lane",["Riverside Allotment Society"],"upcoming",ev)])

write(__file__)
