# fresh26a: stories written for round 11's participant classes (an organisation before its officer's
# title, a body's leaders or ministers "who meet", an organisation's own board or council, the two
# countries of a joint body whose ministers are named) before any rule of the round; `python3 fresh26a.py`
# writes fresh26a.jsonl.
# As first written, f26-01, 02 and 09 also named the organisation before each officer's title (World Rugby,
# IMF, Northline Motors, United Auto Workers); measured once so on 268b199's successor f0e86e6: F1 1.000, place 1.000,
# participants P 0.882 R 0.652. Every other set of ours and the blind sets leave that organisation out
# (keeping it: pooled +8 right, +32 wrong), so those four were taken out to follow the sets' convention.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=date,precision=prec,end_date=end,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f26-%02d"%i,published=pub,title="",text=text,meetings=ms))
t="LAUSANNE, March 10 (Reuters) - World Rugby chairman Brett Robinson will meet International Olympic Committee President Kirsty Coventry in Lausanne on Thursday to discuss the sevens calendar, World Rugby said on Tuesday."
D(1,"2026-03-10",t,[M("World Rugby-IOC meeting",["world rugby"],"2026-03-12","Lausanne",["Brett Robinson","Kirsty Coventry"],"upcoming",t[t.index("World Rugby chairman"):t.index(", World Rugby said")+1])])
t="WASHINGTON, April 14 (Reuters) - Finance Minister Cassiel Ato Forson met IMF Managing Director Kristalina Georgieva in Washington on Monday to discuss the next review of Ghana's loan programme, the ministry said."
D(2,"2026-04-14",t,[M("Ato Forson-Georgieva meeting",["imf"],"2026-04-13","Washington",["Cassiel Ato Forson","Kristalina Georgieva"],"past",t[t.index("Finance Minister"):])])
t="MOSCOW, Nov 10 (AFP) - Finance officials expect the proposal on a common payments system to reach BRICS leaders, who meet in Kazan next month, diplomats said on Tuesday."
D(3,"2026-11-10",t,[M("BRICS leaders' meeting",["brics"],"2026-12","Kazan",["BRICS"],"upcoming",t[t.index("Finance officials"):],prec="month")])
t="SINGAPORE, Feb 3 - The working group's recommendations on digital trade will go to Commonwealth trade ministers, who will meet in London on March 18, officials said on Tuesday."
D(4,"2026-02-03",t,[M("Commonwealth trade ministers' meeting",["commonwealth"],"2026-03-18","London",["Commonwealth"],"upcoming",t[t.index("The working group"):])])
t="BUDAPEST, June 2 (AFP) - World Aquatics' ruling Bureau will meet in Budapest on June 20 to choose the host of the 2029 world championships, the federation said on Tuesday."
D(5,"2026-06-02",t,[M("World Aquatics Bureau meeting",["world aquatics"],"2026-06-20","Budapest",["World Aquatics"],"upcoming",t[t.index("World Aquatics'"):])])
t="LONDON, Sept 8 (Reuters) - Harrowgate Foods' board met on Monday to consider a revised takeover offer from a U.S. rival and will give its answer by Friday, the company said."
D(6,"2026-09-08",t,[M("Harrowgate Foods board meeting",["harrowgate foods"],"2026-09-07",None,["Harrowgate Foods"],"past",t[t.index("Harrowgate"):])])
t="TASHKENT, May 19 - Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Yermek Kosherbayev will co-chair the fourth meeting of the Kazakhstan-Uzbekistan Strategic Partnership Council in Tashkent on Thursday, the ministry said."
D(7,"2026-05-19",t,[M("Kazakhstan-Uzbekistan Strategic Partnership Council",["strategic partnership council"],"2026-05-21","Tashkent",["Bakhtiyor Saidov","Yermek Kosherbayev","Kazakhstan","Uzbekistan"],"upcoming",t[t.index("Foreign Minister"):])])
t="HANOI, Oct 6 - The seventh meeting of the Vietnam-Philippines Joint Commission on Bilateral Cooperation was held in Manila on Monday, co-chaired by Foreign Minister Bui Thanh Son and Philippine Foreign Secretary Theresa Lazaro."
D(8,"2026-10-06",t,[M("Vietnam-Philippines Joint Commission",["joint commission"],"2026-10-05","Manila",["Vietnam","Philippines","Bui Thanh Son","Theresa Lazaro"],"past",t[t.index("The seventh"):])])
t="DETROIT, Jan 12 (Reuters) - Northline Motors chief executive Dana Whitfield will meet United Auto Workers president Shawn Fain on Wednesday to restart contract talks, the union said on Monday."
D(9,"2026-01-12",t,[M("Northline Motors-UAW contract talks",["united auto workers"],"2026-01-14",None,["Dana Whitfield","Shawn Fain"],"upcoming",t[t.index("Northline"):])])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
