# fresh31d: stories written for round 16's host-place class before any rule for it: a meeting's place named
# only as its host country or city ("Kuwait will host the 45th GCC Summit", "the summit, which Angola will
# host", "hosted by Chile"), with a dateline elsewhere, and two guards (a company hosting, a person hosting).
# `python3 fresh31d.py` writes fresh31d.jsonl. Measured once on e9cf6ea+ (the journey fixes) as first written:
# see fresh31_test.go.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f31d-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("LONDON, Nov 26 - Kuwait will host the 45th summit of the Gulf Cooperation Council on December 1, with the war "
   "in Gaza expected to dominate the agenda, diplomats said.\n\n"
   "Oil prices have fallen by a tenth since October.")
D(1,"2024-11-26",t,[M("45th GCC summit",["gcc","summit"],"2024-12-01","Kuwait",["Gulf Cooperation Council"],"upcoming",p(t,0))])

t=("JOHANNESBURG, Aug 2 - Southern African leaders will meet for their annual summit on August 17, which Angola "
   "will host, the regional bloc's secretariat said.\n\n"
   "The bloc has 16 member states.")
D(2,"2025-08-02",t,[M("SADC annual summit",["annual summit"],"2025-08-17","Angola",[],"upcoming",p(t,0))])

t=("BUENOS AIRES, March 3 - The Pacific Alliance summit, hosted by Chile, will open on March 24, the Argentine "
   "foreign ministry said.\n\n"
   "Argentina is an observer of the bloc.")
D(3,"2025-03-03",t,[M("Pacific Alliance summit",["pacific alliance"],"2025-03-24","Chile",["Pacific Alliance"],"upcoming",p(t,0))])

t=("GENEVA, Jan 8 (Reuters) - Oslo will host the next round of talks between the two governments on January 20, "
   "the Norwegian foreign ministry said.\n\n"
   "The previous round ended without agreement.")
D(4,"2026-01-08",t,[M("Next round of talks in Oslo",["next round"],"2026-01-20","Oslo",[],"upcoming",p(t,0))])

# guards
t=("SYDNEY, May 2 - Harbour Mining will host its annual general meeting on May 20, the company said.\n\n"
   "Shares rose 3 percent.")
D(5,"2025-05-02",t,[M("Harbour Mining annual general meeting",["annual general meeting"],"2025-05-20",None,["Harbour Mining"],"upcoming",p(t,0))])

t=("PARIS, March 27 - French President Emmanuel Macron will host a summit of European leaders on Monday, his office said.\n\n"
   "Ukraine is expected to top the agenda.")
D(6,"2026-03-27",t,[M("Paris summit of European leaders",["summit"],"2026-03-30","Paris",["Emmanuel Macron","European leaders"],"upcoming",p(t,0))])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
