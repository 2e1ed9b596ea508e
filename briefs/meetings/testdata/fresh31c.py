# fresh31c: stories written for round 16's hosting class before any rule for it: a meeting told by a host
# "hosting", "welcoming" or "receiving" a named or titled visitor ("will host Dutch Prime Minister X on
# Thursday", "welcomed President X to Downing Street today", "received on Sunday the EU's Commissioner X",
# "received his Georgian counterpart"), with two guards ("hosted a dinner", "welcomed the decision").
# `python3 fresh31c.py` writes fresh31c.jsonl. Measured once on 1f0fdfd as first written: see fresh31_test.go.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f31c-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("BERLIN, May 3 - Chancellor Olaf Scholz will host Dutch Prime Minister Mark Rutte at the Chancellery on "
   "Thursday for talks on energy security, a government spokesman said.\n\n"
   "The two last met in The Hague in March.")
D(1,"2022-05-03",t,[M("Scholz-Rutte talks",["scholz","rutte"],"2022-05-05","Chancellery",["Olaf Scholz","Mark Rutte"],"upcoming",p(t,0)),
  M("Scholz-Rutte meeting in The Hague",["the hague"],"2022-03","The Hague",["Olaf Scholz","Mark Rutte"],"past",p(t,1),prec="month")])

t=("LONDON, Jan 21 - Prime Minister Keir Starmer welcomed Finnish President Alexander Stubb to Downing Street today "
   "for talks on Arctic security, his office said.\n\n"
   "Finland joined NATO in 2023.")
D(2,"2026-01-21",t,[M("Starmer-Stubb talks",["starmer","stubb"],"2026-01-21","Downing Street",["Keir Starmer","Alexander Stubb"],"past",p(t,0))])

t=("RABAT, Feb 9 (MAP) - Foreign Minister Nasser Bourita received on Monday the European Union's Commissioner for "
   "the Mediterranean, Dubravka Suica, at the ministry's headquarters in Rabat, where the two discussed migration.\n\n"
   "Morocco is the EU's main trading partner in Africa.")
D(3,"2026-02-09",t,[M("Bourita-Suica talks",["bourita","suica"],"2026-02-09","ministry's headquarters in Rabat",["Nasser Bourita","Dubravka Suica"],"past",p(t,0))])

t=("BAKU, April 14 (APA) - Azerbaijani Foreign Minister Jeyhun Bayramov on Monday received his Kazakh counterpart "
   "Murat Nurtleu in Baku, where the two discussed the Middle Corridor, the ministry said.\n\n"
   "Trade between the two countries rose by a fifth last year.")
D(4,"2025-04-14",t,[M("Bayramov-Nurtleu meeting",["bayramov","nurtleu"],"2025-04-14","Baku",["Jeyhun Bayramov","Murat Nurtleu"],"past",p(t,0))])

# guards
t=("PARIS, June 3 - President Emmanuel Macron hosted a dinner on Monday for the winners of the national science "
   "prize, the Elysee said.\n\n"
   "The prize was founded in 1950.")
D(5,"2024-06-04",t,[])

t=("CANBERRA, Oct 2 - Trade Minister Don Farrell welcomed the decision of China's Commerce Ministry on Tuesday to "
   "lift tariffs on Australian wine.\n\n"
   "Exports are expected to recover to A$1 billion a year.")
D(6,"2024-10-02",t,[])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
