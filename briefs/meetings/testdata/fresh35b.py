# fresh35b: meetings whose sentences name a venue (community centre, city hall, hotel, convention centre,
# square) or a sea, river, region or province near the parties; none of those takes part. Written for round
# 20 from the guideline only, not from any read-set text, and measured once on 12a235f before any rule for
# them: see fresh35_test.go. `python3 fresh35b.py` writes fresh35b.jsonl.
from freshset import M, docset
D, write = docset("f35b")

ev="Mayor Alicia Brandt will meet residents at the Eastside Community Center on Thursday evening to hear complaints about the flooding."
D(1,"2026-05-12","HOLLISTON, May 12 - "+ev+" Public works staff will also attend.",
 [M("Brandt meeting with residents",["residents"],"2026-05-14","Eastside Community Center",["Alicia Brandt","residents"],"upcoming",ev)])
ev="Fisheries ministers from Norway and the European Union will meet in Bergen next week to set catch limits for North Sea herring."
D(2,"2026-05-12","OSLO, May 12 (Reuters) - "+ev+" Scientists have advised a cut of a fifth.",
 [M("Norway-EU fisheries talks",["fisheries ministers"],"2026-05-18","Bergen",["Norway","European Union"],"upcoming",ev,prec="week")])
ev="The Senate Energy Committee will hold a hearing on Tuesday on a proposal to breach four dams on the Columbia River."
D(3,"2026-05-12","OLYMPIA, May 12 - "+ev+" Tribal leaders and utility executives are expected to testify.",
 [M("Senate Energy Committee hearing",["energy committee","hearing"],"2026-05-12","Olympia",["Senate Energy Committee"],"upcoming",ev)])
ev="Southeast Asian foreign ministers will meet in Manila next week, with tensions in the South China Sea expected to dominate the talks."
D(4,"2026-05-12","JAKARTA, May 12 (Reuters) - "+ev+" China has been invited to a separate session.",
 [M("Southeast Asian foreign ministers meeting",["foreign ministers"],"2026-05-18","Manila",["Southeast Asian foreign ministers"],"upcoming",ev,prec="week")])
ev="The African Union's Peace and Security Council will meet at the Radisson Blu Hotel Kigali on Friday to discuss the crisis in the Great Lakes region."
D(5,"2026-05-12","KIGALI, May 12 - "+ev,
 [M("AU Peace and Security Council meeting",["peace and security council"],"2026-05-15","Radisson Blu Hotel Kigali",["Peace and Security Council"],"upcoming",ev)])
ev="City council members will meet at Dalton City Hall on Monday to vote on the budget."
D(6,"2026-05-12","DALTON, Ga., May 12 - "+ev+" The vote was delayed last month after a dispute over police funding.",
 [M("Dalton city council budget meeting",["city council"],"2026-05-18","Dalton City Hall",["city council members"],"upcoming",ev)])
ev="Delegates from 30 countries will gather at the Lakeshore Convention Centre on June 2 for talks on Arctic shipping."
D(7,"2026-05-12","TORONTO, May 12 - "+ev+" Canada's transport minister will chair the meeting.",
 [M("Arctic shipping talks",["arctic shipping"],"2026-06-02","Lakeshore Convention Centre",["delegates from 30 countries"],"upcoming",ev)])
ev="Officials from Yunnan Province met a Lao delegation in Kunming on Monday to discuss the railway freight corridor."
D(8,"2026-05-12","KUNMING, May 12 (Xinhua) -- "+ev,
 [M("Yunnan-Lao railway talks",["lao delegation"],"2026-05-11","Kunming",["Yunnan officials","Lao delegation"],"past",ev)])

write(__file__)
