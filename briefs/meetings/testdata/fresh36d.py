# fresh36d: verbs whose past is their bare form ("cut", "set", "put") after a subject and a participle clause
# ("The panel, chaired by Governor X, cut rates at its March meeting"), a relative clause, and a future
# beside them. Written for round 21 in my own words after the read set's miss (blind25b-24) named in the
# round 20 note; measured once on 5482d70 before any rule for it: see fresh36_test.go.
# `python3 fresh36d.py` writes fresh36d.jsonl.
from freshset import M, docset
D, write = docset("f36d")

e1="The nine-member committee, chaired by Governor Ana Duarte, cut the benchmark rate by 25 basis points at its March meeting and left it unchanged in May."
D(1,"2026-09-14","LISBON, Sept 14 - Portugal's central bank is expected to hold rates on Thursday. "+e1,
 [M("Central bank committee March meeting",["march meeting"],"2026-03",None,["committee"],"past",e1,prec="month",opt=True)])
e1="The council, led by Mayor Tom Reyes, set the tax rate at its April session, before revising it at a special meeting in June."
D(2,"2026-10-02","Elm Falls council news\n\n"+e1+" The council meets next on October 13.",
 [M("Council April session",["april session"],"2026-04",None,["council"],"past",e1,prec="month"),
  M("Council special meeting in June",["special meeting"],"2026-06",None,["council"],"past",e1,prec="month"),
  M("Council meeting October 13",["meets next"],"2026-10-13",None,["council"],"upcoming","The council meets next on October 13.")])
e1="The group, which cut output by 2 million barrels a day at its October meeting, will meet again on December 1."
D(3,"2026-11-20","VIENNA, Nov 20 - Oil prices rose on Friday ahead of next month's OPEC+ talks. "+e1,
 [M("OPEC+ October meeting",["october meeting"],"2026-10","Vienna",["OPEC+"],"past",e1,prec="month",opt=True),
  M("OPEC+ meeting December 1",["meet again"],"2026-12-01","Vienna",["OPEC+"],"upcoming",e1)])
e1="Economists expect the committee to cut rates at its December meeting."
D(4,"2026-10-20","WELLINGTON, Oct 20 - New Zealand's inflation slowed in the third quarter. "+e1,
 [M("RBNZ December meeting",["december meeting"],"2026-12",None,["committee"],"upcoming",e1,prec="month")])

write(__file__)
