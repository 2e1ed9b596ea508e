# fresh36c: organs named without their organisation in a story filed from that organisation's seat ("the
# Executive Board" in a Geneva story about the WHO), which the guideline places in the dateline's city, beside
# stories where the dateline city is not the place: a forum of countries meeting elsewhere, a company's board,
# and a body seated in another city. Written for round 21 in my own words after the rule organHere was tried on
# the read sets (so not blind to it); measured once on bda47bf, the code before it: see fresh36_test.go.
# `python3 fresh36c.py` writes fresh36c.jsonl.
from freshset import M, docset
D, write = docset("f36c")

e1="The Executive Board will meet on February 2 to review the budget, a WHO spokeswoman said."
D(1,"2026-01-20","GENEVA, Jan 20 (Reuters) - The World Health Organization will cut its management posts by a fifth, its director-general told staff on Tuesday. "+e1,
 [M("WHO Executive Board meeting",["executive board"],"2026-02-02","Geneva",["Executive Board"],"upcoming",e1)])
e1="The Standing Committee on Administration and Finance will hold a special session on March 9 to consider the cuts."
D(2,"2026-02-24","GENEVA, Feb 24 - The International Labour Organization faces a funding gap of $200 million this year, officials said. "+e1,
 [M("Standing Committee special session",["special session"],"2026-03-09","Geneva",["Standing Committee on Administration and Finance"],"upcoming",e1)])
e1="The Board of Governors will meet on June 8 to discuss the report."
D(3,"2026-05-27","VIENNA, May 27 - Inspectors of the International Atomic Energy Agency found no sign of diversion at the plant, a confidential report seen by Reuters said. "+e1,
 [M("IAEA Board of Governors meeting",["board of governors"],"2026-06-08","Vienna",["Board of Governors"],"upcoming",e1)])
e1="The Board of Directors will meet on April 21 to approve the dividend."
D(4,"2026-04-02","GENEVA, April 2 - Swiss watchmaker Helvora SA reported a 12 percent rise in first-quarter sales on Thursday. "+e1,
 # round 30: the party was "Board of Directors"; the read sets' independent annotators name a company's board by the
 # company ("Halvorsen Marine ASA", "Kaveri Agro Chemicals Limited", "Meridian") in most such cases, so this set
 # follows them now that the program knows "SA" for a company suffix.
 [M("Helvora board meeting",["board of directors"],"2026-04-21",None,["Helvora SA"],"upcoming",e1)])
e1="The Steering Committee of the Alpine Rail Forum will meet in Innsbruck on May 5."
D(5,"2026-04-14","GENEVA, April 14 - The United Nations Economic Commission for Europe published new rail safety figures on Tuesday. "+e1,
 [M("Alpine Rail Forum Steering Committee meeting",["steering committee"],"2026-05-05","Innsbruck",["Steering Committee"],"upcoming",e1)])
e1="The Monetary Policy Committee will next meet on July 16, the bank said."
D(6,"2026-06-18","FRANKFURT, June 18 - The Bank of England left interest rates unchanged on Thursday, surprising some economists. "+e1,
 [M("Bank of England MPC meeting",["monetary policy committee"],"2026-07-16",None,["Monetary Policy Committee"],"upcoming",e1)])

write(__file__)
