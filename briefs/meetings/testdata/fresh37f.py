# fresh37f: agendas whose sessions (closed, open, public) are parts of the meeting the heading dates, named
# with a clock time only, and notices labelled with the day they were posted. Written for round 22 after the
# rules sessionOfDayBefore and postedLabel were tried on the read sets (b28a-40), so not blind to them;
# measured once on 393b64a, the code before them: see fresh37_test.go. `python3 fresh37f.py` writes
# fresh37f.jsonl.
from freshset import M, docset
D, write = docset("f37f")

h="Regular Meeting - Tuesday, March 10, 2026\nDistrict Office Board Room, 220 Pine Street, Lakeview"
D(1,"2026-03-05","LAKEVIEW SCHOOL DISTRICT\nBOARD OF TRUSTEES\n\n"+h+"\n\nAgenda posted: Thursday, March 5, 2026\n\nA. CALL TO ORDER - CLOSED SESSION (5:00 p.m.)\nA.1 Conference with labor negotiators.\n\nB. RECONVENE IN OPEN SESSION (6:00 p.m.)\nB.1 Pledge of Allegiance\n\nC. ADJOURNMENT\n",
 [M("Lakeview Board of Trustees regular meeting",["regular meeting"],"2026-03-10","District Office Board Room, 220 Pine Street, Lakeview",["Board of Trustees"],"upcoming",h)])
h="Special Meeting - Monday, June 8, 2026, 4:30 p.m.\nCouncil Chambers, City Hall, 1 Market Square"
D(2,"2026-06-03","CITY OF ELMWOOD\nCITY COUNCIL\n\n"+h+"\n\nNotice published: Wednesday, June 3, 2026\n\n1. Roll call\n2. Public session (5:00 p.m.): comments on the water rate study\n3. Adjournment\n",
 [M("Elmwood City Council special meeting",["special meeting"],"2026-06-08","Council Chambers, City Hall, 1 Market Square",["City Council"],"upcoming",h)])
e1="The Board will hold a study session on the facilities bond on Monday, March 23, 2026, at 6:00 p.m. in the District Office Board Room."
D(3,"2026-03-05","LAKEVIEW SCHOOL DISTRICT\nBOARD OF TRUSTEES\n\nRegular Meeting - Tuesday, March 10, 2026\n\n"+e1+"\n",
 [M("Lakeview Board of Trustees regular meeting",["regular meeting"],"2026-03-10",None,["Board of Trustees"],"upcoming","Regular Meeting - Tuesday, March 10, 2026"),
  M("Lakeview Board study session on bond",["study session"],"2026-03-23","District Office Board Room",["Board of Trustees"],"upcoming",e1)])

write(__file__)
