# fresh36e: who chairs, presides over or heads a meeting, named in the meeting's own sentence ("under the
# chairmanship of X", "presided over by X", "a committee headed by X", "co-chaired by X and Y"). Written
# for round 21 in my own words after the round's dump of missing parties (chairs among the gold parties
# of matched meetings' own evidence); measured once on 0238d46 before any rule: see fresh36_test.go.
# `python3 fresh36e.py` writes fresh36e.jsonl.
from freshset import M, docset
D, write = docset("f36e")

ev="The Council of Ministers met on Monday under the chairmanship of Prime Minister Hun Manet and approved the draft budget for 2027."
D(1,"2026-10-06","PHNOM PENH, Oct 6 (AKP) - "+ev+" The budget goes to the National Assembly next week.",
 [M("Council of Ministers meeting",["council of ministers"],"2026-10-05","Phnom Penh",["Council of Ministers","Hun Manet"],"past",ev)])
ev="The meeting, presided over by Vice President Ramon Castillo, will be held at Malacanang Palace on Thursday."
D(2,"2026-06-08","MANILA, June 8 - Governors of the 17 regions have been summoned to discuss flood preparedness. "+ev,
 [M("Flood preparedness meeting with governors",["the meeting"],"2026-06-11","Malacanang Palace",["Ramon Castillo","governors"],"upcoming",ev)])
ev="A panel headed by Finance Secretary Arun Mehta will meet on Friday to review the pay commission's terms of reference."
D(3,"2026-02-10","NEW DELHI, Feb 10 (PTI) - "+ev+" Its report is due by June.",
 [M("Pay commission panel meeting",["will meet"],"2026-02-13","New Delhi",["Arun Mehta"],"upcoming",ev)])
ev="The joint commission, co-chaired by Foreign Minister Lina Haddad and her Jordanian counterpart Omar Nasser, held its ninth session in Amman on Sunday."
D(4,"2026-03-09","AMMAN, March 9 - "+ev+" The two sides signed four agreements.",
 [M("Ninth session of the joint commission",["ninth session"],"2026-03-08","Amman",["Lina Haddad","Omar Nasser"],"past",ev)])

write(__file__)
