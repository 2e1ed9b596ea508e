# fresh34h: six documents (a university's committee calendar with several days on one label line, a
# parliament's order paper for a numbered sitting, a union circular of branch meetings by town, a company's
# AGM results announcement, a diocese's synod notice, an embassy's programme for its ambassador), written for
# round 19 from the guideline and the document kinds only, not from any read-set text, and measured once on
# 667eb63 before any rule for them: see fresh34_test.go. `python3 fresh34h.py` writes fresh34h.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34h")
def dm(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"
def ab(s): d=datetime.date.fromisoformat(s); return f"{d.strftime('%a')} {d.day} {d.strftime('%b')}"

ev="Senate: 4 February, 4 March and 1 April 2026, 2.00 pm, Council Room"
t=("UNIVERSITY OF ELMHURST\nCommittee calendar, spring term 2026\n\n"+ev+"\nFinance Committee: 28 January and 25 March 2026, 10.00 am, Room B12\n")
D(1,"2026-01-12",t,[M("Senate meeting (February)",["senate"],"2026-02-04","Council Room",["Senate"],"upcoming",ev),
 M("Senate meeting (March)",["senate"],"2026-03-04","Council Room",["Senate"],"upcoming",ev),
 M("Senate meeting (April)",["senate"],"2026-04-01","Council Room",["Senate"],"upcoming",ev),
 M("Finance Committee meeting (January)",["finance committee"],"2026-01-28","Room B12",["Finance Committee"],"upcoming",line(t,"Finance Committee")),
 M("Finance Committee meeting (March)",["finance committee"],"2026-03-25","Room B12",["Finance Committee"],"upcoming",line(t,"Finance Committee"))])

ev=f"Sitting No. 42 – {dm('2025-06-10')}"
t=("NATIONAL ASSEMBLY OF ZAMBIA\nORDER PAPER\n\n"+ev+"\n\nThe House will meet at 14:30 hours.\n\n1. Questions for oral answer\n2. Motion on the report of the Committee on Agriculture\n")
D(2,"2025-06-09",t,[M("National Assembly sitting No. 42",["sitting no. 42","national assembly"],"2025-06-10",None,["National Assembly of Zambia"],"upcoming",ev)])

t=("UNITE THE UNION – YORKSHIRE REGION\nCircular 14/2026\n\nBranch meetings on the pay offer:\n"
   f"Leeds – {ab('2026-03-02')}, 7pm, Leeds Trades Club\nYork – {ab('2026-03-03')}, 6.30pm, Priory Street Centre\nHull – {ab('2026-03-05')}, 7pm, Hull Guildhall\n\nAll members are urged to attend.")
D(3,"2026-02-20",t,[M("Leeds branch meeting",["leeds"],"2026-03-02","Leeds Trades Club",["Unite the Union"],"upcoming",line(t,"Leeds –")),
 M("York branch meeting",["york"],"2026-03-03","Priory Street Centre",["Unite the Union"],"upcoming",line(t,"York –")),
 M("Hull branch meeting",["hull"],"2026-03-05","Hull Guildhall",["Unite the Union"],"upcoming",line(t,"Hull –"))])

ev="Kestrel Foods plc announces that at its Annual General Meeting held earlier today all resolutions were passed by the requisite majorities."
t=("KESTREL FOODS PLC\nResult of AGM\n\n"+ev+" The Board thanks shareholders for their support.")
D(4,"2026-05-14",t,[M("Kestrel Foods AGM",["annual general meeting"],"2026-05-14",None,["Kestrel Foods plc"],"past",ev)])

ev=f"The Diocesan Synod will meet at St Mary's Cathedral, Kilkenny, on {dm('2026-03-14')} at 10.30 am."
t=("DIOCESE OF OSSORY\nNotice to members of Synod\n\n"+ev+" Bishop Adrian Wilkinson will preside. Lunch will be served in the Cathedral Hall.")
D(5,"2026-02-26",t,[M("Diocesan Synod",["diocesan synod"],"2026-03-14","St Mary's Cathedral, Kilkenny",["Diocesan Synod","Adrian Wilkinson"],"upcoming",ev)])

t=("EMBASSY OF IRELAND, NAIROBI\nProgramme of Ambassador Caitríona Ní Bhriain, week of 9 March 2026\n\n"
   f"{ab('2026-03-10')}: Call on the Cabinet Secretary for Trade, Hon. Lee Kinyanjui\n{ab('2026-03-12')}: Meeting with the Kenya Dairy Board, Nairobi\n")
D(6,"2026-03-06",t,[M("Ambassador's call on Trade Cabinet Secretary",["cabinet secretary for trade","lee kinyanjui"],"2026-03-10",None,["Caitríona Ní Bhriain","Lee Kinyanjui"],"upcoming",line(t,"Call on")),
 M("Ambassador's meeting with Kenya Dairy Board",["kenya dairy board"],"2026-03-12","Nairobi",["Caitríona Ní Bhriain","Kenya Dairy Board"],"upcoming",line(t,"Dairy Board"))])

write(__file__)
