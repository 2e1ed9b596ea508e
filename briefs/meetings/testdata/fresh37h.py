# fresh37h: a federation's, club's or union's assembly that meets ("an extraordinary general assembly in
# Madrid on December 14", "The clubs will vote at a general assembly on Monday", "A union assembly here on
# Saturday voted"), beside legislatures named "assembly" in lower case ("the state assembly passed the bill
# on Tuesday"). Written for round 22 in my own words after reading four such read-set misses, so not blind
# to the class. Measured once on dae9cbb, before any rule: see fresh37_test.go. After that measurement the
# budget session of story 06, which my gold had left out, was added as optional: sittings are meetings. `python3 fresh37h.py`
# writes fresh37h.jsonl.
from freshset import M, docset
D, write = docset("f37h")

e1="The Portuguese Volleyball Federation will hold an extraordinary general assembly in Lisbon on March 21 to approve new statutes."
D(1,"2026-03-02","LISBON, March 2 (Lusa) - "+e1,
 [M("Portuguese Volleyball Federation extraordinary general assembly",["general assembly"],"2026-03-21","Lisbon",["Portuguese Volleyball Federation"],"upcoming",e1)])
e1="The 18 clubs will vote on the sale of a media stake at a general assembly in Frankfurt on Monday."
D(2,"2026-05-15","BERLIN, May 15 - German handball's top league is close to a deal with an investor, sources said on Friday. "+e1,
 [M("League general assembly vote",["general assembly"],"2026-05-18","Frankfurt",["18 clubs"],"upcoming",e1)])
e1="A union assembly here on Saturday voted by a large majority to continue the strike."
D(3,"2026-10-12","PIRAEUS, Oct 12 - Greek seamen will stay on strike for a third week. "+e1,
 [M("Seamen's union assembly",["union assembly"],"2026-10-10","Piraeus",[],"past",e1)])
e1="The association's annual general assembly will meet in Geneva on June 4 to elect a new president."
D(4,"2026-05-06","GENEVA, May 6 - The European Broadcasting Union said on Wednesday it would cut its budget by a tenth. "+e1,
 [M("EBU annual general assembly",["general assembly"],"2026-06-04","Geneva",["European Broadcasting Union"],"upcoming",e1)])
D(5,"2026-04-08","SACRAMENTO, April 8 - The state assembly passed the water bill on Tuesday by 52 votes to 21, and it now goes to the Senate.",[])
e1="The budget session of the state assembly will go on until March 20, officials said on Thursday."
D(6,"2026-02-19","KOLKATA, Feb 19 (PTI) - "+e1,
 [M("West Bengal assembly budget session",["budget session"],"2026-03-20","Kolkata",["state assembly"],"ongoing",e1,opt=True)])

write(__file__)
