# fresh25a: stories written for the gathering phrases (round 10) before rule parties.gathered; `python3 fresh25a.py` writes fresh25a.jsonl.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=date,precision=prec,end_date=end,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f25-%02d"%i,published=pub,title="",text=text,meetings=ms))
t="NAIROBI, May 5 (Reuters) - Trade ministers of the East African Community will meet in Arusha on Thursday to review the common external tariff. The meeting, convened by the EAC secretariat, brings together delegates from Kenya, Uganda and Tanzania, officials said."
D(1,"2026-05-05",t,[M("EAC trade ministers meeting",["east african community"],"2026-05-07","Arusha",["East African Community","Kenya","Uganda","Tanzania"],"upcoming","Trade ministers of the East African Community will meet in Arusha on Thursday to review the common external tariff.")])
t="GENEVA, June 2 (AFP) - Talks on a global pandemic accord resume in Geneva on Monday after a three-week break. The talks will be held with the participation of WHO Director-General Tedros Adhanom Ghebreyesus, a spokesman said."
D(2,"2026-06-02",t,[M("Pandemic accord talks",["pandemic accord"],"2026-06-08","Geneva",["Tedros Adhanom Ghebreyesus"],"upcoming","Talks on a global pandemic accord resume in Geneva on Monday after a three-week break.")])
t="SEOUL, Oct 7 (Yonhap) - South Korea will host a trilateral summit with Japan and China in Seoul on Oct. 15. The summit, attended by Japanese Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang, will be the first in two years."
D(3,"2026-10-07",t,[M("South Korea-Japan-China summit",["trilateral summit"],"2026-10-15","Seoul",["South Korea","Japan","China","Shigeru Ishiba","Li Qiang"],"upcoming","South Korea will host a trilateral summit with Japan and China in Seoul on Oct. 15.")])
t="LAGOS, Aug 3 (Reuters) - A two-day conference on port congestion opens in Lagos on Tuesday. The conference, organised by the Nigerian Ports Authority, will bring together shipping lines and terminal operators from Ghana, Benin and Togo."
D(4,"2026-08-03",t,[M("Lagos port congestion conference",["port congestion"],"2026-08-04","Lagos",["Nigerian Ports Authority","Ghana","Benin","Togo"],"upcoming","A two-day conference on port congestion opens in Lagos on Tuesday.",end="2026-08-05")])
t="VIENTIANE, July 8 (Reuters) - ASEAN foreign ministers will meet in Vientiane on Friday to discuss the crisis in Myanmar. The ASEAN Regional Forum, which brings together 27 countries including the United States and China, meets on Saturday."
D(5,"2026-07-08",t,[M("ASEAN foreign ministers meeting",["foreign ministers"],"2026-07-10","Vientiane",["ASEAN"],"upcoming","ASEAN foreign ministers will meet in Vientiane on Friday to discuss the crisis in Myanmar."),
 M("ASEAN Regional Forum",["regional forum"],"2026-07-11","Vientiane",["ASEAN Regional Forum","United States","China"],"upcoming","The ASEAN Regional Forum, which brings together 27 countries including the United States and China, meets on Saturday.")])
t="JAKARTA, Feb 10 (Antara) - Finance ministers of the G20 will meet in Jakarta next month. The meeting will bring together central bank governors as well, Finance Ministry spokesman Deni Surjantoro said."
D(6,"2026-02-10",t,[M("G20 finance ministers meeting",["g20"],"2026-03","Jakarta",["G20"],"upcoming","Finance ministers of the G20 will meet in Jakarta next month.",prec="month")])
t="CAIRO, Jan 11 (MENA) - Egypt will host talks between Sudan's army and the Rapid Support Forces in Cairo on Wednesday. The talks in Cairo will also be attended by envoys of the United States and Saudi Arabia, a ministry statement said."
D(7,"2026-01-11",t,[M("Sudan talks in Cairo",["talks"],"2026-01-14","Cairo",["Egypt","Sudan's army","Rapid Support Forces","United States","Saudi Arabia"],"upcoming","Egypt will host talks between Sudan's army and the Rapid Support Forces in Cairo on Wednesday.")])
t="BRASILIA, Sept 1 (Reuters) - Health ministers from South America will meet in Brasilia on Sept. 9 to coordinate dengue vaccination. The meeting, hosted by Brazilian Health Minister Alexandre Padilha, will be attended by delegations from Argentina, Chile and Peru, the ministry said."
D(8,"2026-09-01",t,[M("South American health ministers meeting",["health ministers"],"2026-09-09","Brasilia",["Alexandre Padilha","Argentina","Chile","Peru"],"upcoming","Health ministers from South America will meet in Brasilia on Sept. 9 to coordinate dengue vaccination.")])
open(__import__("os").path.join(__import__("os").path.dirname(__file__) or ".","fresh25a.jsonl"),"w").write(''.join(json.dumps(d)+'\n' for d in docs))
