# fresh37g: "forum" as the meeting itself ("the Korea-Ghana Business Forum in Seoul on 5 November", "the 14th
# Atlantic Coastal Water Forum", "Asia Energy Transition Forum 2026", "a stakeholders' forum at the Nakuru
# Athletic Club", "The March forum will be held on Tuesday") beside forums that are bodies ("the Pacific
# Islands Forum secretariat said", "the Gas Exporting Countries Forum agreed", "the Nigeria Governors' Forum
# is expected to meet") and a forum that is no event ("a forum for dialogue"). Written for round 22 in my
# own words after counting 40 read-set misses named so, so not blind to the class. Measured once on c8087ff,
# before any rule: see fresh37_test.go. `python3 fresh37g.py` writes fresh37g.jsonl.
from freshset import M, docset
D, write = docset("f37g")

e1="President Asante-Mensah attended the Korea-Ghana Business Forum in Seoul on 5 November, organised by the Korea Chamber of Commerce and Industry."
D(1,"2026-11-07","ACCRA, Nov 7 (GNA) - Ghana signed three investment agreements with South Korean companies this week, the presidency said. "+e1,
 [M("Korea-Ghana Business Forum",["business forum"],"2026-11-05","Seoul",["Korea Chamber of Commerce and Industry"],"past",e1)])
e1="Lisbon, 3-5 June 2026 - Congress Centre of Lisbon"
D(2,"2026-04-20","15th ATLANTIC COASTAL WATER FORUM\n\n"+e1+"\n\nRegistration is open until 20 May.\n",
 [M("15th Atlantic Coastal Water Forum",["water forum"],"2026-06-03","Congress Centre of Lisbon",[],"upcoming",e1,end="2026-06-05")])
e1="The Baltic Energy Forum 2026 will bring together ministers, grid operators and investors in Vilnius on 15-16 April 2026."
D(3,"2026-03-02","VILNIUS, March 2 - Lithuania will host regional energy ministers next month. "+e1,
 [M("Baltic Energy Forum 2026",["energy forum"],"2026-04-15","Vilnius",[],"upcoming",e1,end="2026-04-16")])
e1="Last Friday, the committee held a stakeholders' forum at the Nakuru Athletic Club attended by nurses and county officials."
D(4,"2026-02-23","NAIROBI, Feb 23 - The Senate health committee will table its report on the nurses' strike next week. "+e1,
 [M("Health committee stakeholders' forum",["stakeholders' forum"],"2026-02-20","Nakuru Athletic Club",["Senate health committee"],"past",e1)])
e1="The March forum will be held on Tuesday 3 March at 5.30 pm at the branch office, 14 Bridge Street."
D(5,"2026-02-16","BRANCH NEWSLETTER - February 2026\n\nStewards' forums\n\n"+e1+"\n",
 [M("March stewards' forum",["march forum"],"2026-03-03","branch office, 14 Bridge Street",[],"upcoming",e1)])
D(6,"2026-08-04","SUVA, Aug 4 - The Pacific Islands Forum secretariat said on Tuesday it would publish the fisheries framework next month.",[])
e1="The Nigeria Governors' Forum is expected to meet next week to consider the new minimum wage."
D(7,"2026-07-30","ABUJA, July 30 - "+e1,
 [M("Nigeria Governors' Forum meeting",["expected to meet"],"2026-08-03",None,["Nigeria Governors' Forum"],"upcoming",e1,prec="week")])
D(8,"2026-05-12","DOHA, May 12 - Gas exporters agreed on Tuesday to study joint shipping, the Gas Exporting Countries Forum said in a statement.",[])
D(9,"2026-09-01","GENEVA, Sept 1 - The new council will provide a forum for dialogue between governments and business, its founders said on Tuesday.",[])

write(__file__)
