# fresh37j: tables written in markdown with outer bars ("| 04/07/2023 | Scotch Whisky Association | ... |"):
# a minister's published meetings with external organisations (day-first numeric dates, a "Name of
# organisation or individual" and a "Purpose of meeting" column) and a committee's hearing schedule. Written
# for round 22 after the rules were tried on read-set tables (b33b-44, b33b-47), so not blind to them;
# measured once on 7231511, the code before them: see fresh37_test.go. `python3 fresh37j.py` writes
# fresh37j.jsonl.
from freshset import M, docset
D, write = docset("f37j")

r1="| 03/02/2026 | Irish Farmers' Association | Nitrates derogation |"
r2="| 18/02/2026 | Dairy Industry Ireland; Meat Industry Ireland | Market access in Asia |"
r3="| 25/03/2026 | Ambassador of Japan | Beef exports |"
D(1,"2026-04-30","DEPARTMENT OF AGRICULTURE, FOOD AND THE MARINE\nMinisterial meetings with external organisations: January to March 2026\nMinister of State, Aoife Brennan TD\n\n| Date | Name of organisation or individual | Purpose of meeting |\n|---|---|---|\n"+r1+"\n"+r2+"\n"+r3+"\n",
 [M("Brennan meeting with IFA",["irish farmers"],"2026-02-03",None,["Aoife Brennan","Irish Farmers' Association"],"past",r1),
  M("Brennan meeting with dairy and meat industry bodies",["dairy industry"],"2026-02-18",None,["Aoife Brennan","Dairy Industry Ireland","Meat Industry Ireland"],"past",r2),
  M("Brennan meeting with Japanese ambassador",["ambassador of japan"],"2026-03-25",None,["Aoife Brennan","Ambassador of Japan"],"past",r3)])
r1="| Tue 12 May | 10:00 | Public Accounts Committee | Committee Room 2 | Auditor-General's report on school buildings |"
r2="| Thu 14 May | 14:00 | Finance Committee | Committee Room 4 | Pre-budget submissions |"
D(2,"2026-05-08","LEGISLATIVE COUNCIL\nCommittee hearings: week of 11 May 2026\n\n| Day | Time | Committee | Room | Business |\n|---|---|---|---|---|\n"+r1+"\n"+r2+"\n",
 [M("Public Accounts Committee hearing",["public accounts committee"],"2026-05-12","Committee Room 2",["Public Accounts Committee"],"upcoming",r1),
  M("Finance Committee hearing",["finance committee"],"2026-05-14","Committee Room 4",["Finance Committee"],"upcoming",r2)])

write(__file__)
