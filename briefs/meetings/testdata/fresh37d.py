# fresh37d: "gathering" as a meeting's noun ("an informal gathering in Brussels on February 23", "the
# ministerial gathering ... will now take place on Nov. 30", "Informal WTO ministerial gathering") beside the
# word's other uses: intelligence or data gathering, a movement gathering pace, gathering evidence, and a
# crowd gathering outside. Written for round 22 in my own words after reading the read sets' missed
# meetings named so (b27b-18, b18d-19, b23b-19, b23b-41), so not blind to the class. Measured once on
# 8d3b509, before any rule: see fresh37_test.go. `python3 fresh37d.py` writes fresh37d.jsonl.
from freshset import M, docset
D, write = docset("f37d")

e1="Leaders first discussed the plan at an informal gathering in Brussels on March 12, where several northern states opposed any joint borrowing."
D(1,"2026-04-02","BRUSSELS, April 2 (Reuters) - European Union leaders will try again this month to agree a defence fund, diplomats said on Thursday. "+e1,
 [M("Informal EU leaders' gathering",["informal gathering"],"2026-03-12","Brussels",["European Union"],"past",e1)])
e1="The ministerial gathering, first set for Sunday in Vienna, will now take place on Dec. 6 by video link, the group's secretariat said."
D(2,"2026-11-25","LONDON, Nov 25 (Reuters) - Oil prices rose on Wednesday after OPEC+ delayed a meeting on output policy. "+e1,
 [M("OPEC+ ministerial meeting",["ministerial gathering"],"2026-12-06",None,["OPEC+"],"upcoming",e1)])
e1="Wednesday 9 September, 12:30 - Informal G20 trade ministers' gathering hosted by Brazil, Rio de Janeiro."
D(3,"2026-09-04","MINISTER'S DIARY\nWeek of 7 September 2026\n\n"+e1+"\n",
 [M("Informal G20 trade ministers' gathering",["gathering"],"2026-09-09","Rio de Janeiro",["G20","Brazil"],"upcoming",e1)])
D(4,"2026-05-20","CANBERRA, May 20 - Australia will spend A$2 billion on intelligence gathering in the Pacific over the next decade, the defence minister said on Wednesday. The money will fund new patrol aircraft and satellite links.",[])
D(5,"2026-02-10","LONDON, Feb 10 - Calls for a windfall tax on banks are gathering pace in parliament, where more than 100 lawmakers have signed a motion, officials said on Tuesday.",[])
D(6,"2026-06-16","NAIROBI, June 16 - Police said they were still gathering evidence after the fire at the market on Monday, which destroyed more than 300 stalls.",[])
D(7,"2026-08-05","DHAKA, Aug 5 - Thousands of students were gathering outside parliament on Wednesday to demand the repeal of the quota law, witnesses said.",[])
e1="The annual gathering of the WHO's member states opens in Geneva on May 18 and will vote on the pandemic annex."
D(8,"2026-05-08","GENEVA, May 8 - The World Health Organization has cut its budget for 2027 by a fifth, its director-general said on Friday. "+e1,
 [M("World Health Assembly",["annual gathering"],"2026-05-18","Geneva",["World Health Organization"],"upcoming",e1)])

write(__file__)
