# fresh32h: an internal memo and a staff note written for round 17's workplace-gathering class before any rule
# for it: an "offsite", an "all-hands", a "town hall" with staff, each dated, and a guard ("offsite backups").
# `python3 fresh32h.py` writes fresh32h.jsonl. Measured once on d9bdb1f as first written: see fresh32_test.go.
import json, re, datetime
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32h-%02d"%i,published=pub,title="",text=text,meetings=ms))
def line(t,k): return next(l for l in t.split("\n") if k in l)
def wd(s): return datetime.date.fromisoformat(s).strftime("%A")

t=("MEMO\nTo: All staff, Finance and Operations\nFrom: Karen Doyle, Chief Operating Officer\nDate: 2 June 2025\n\n"
   "A few dates for your diaries:\n\n"
   f"1. The H2 planning offsite will take place on {wd('2025-06-17')} 17 June at Castle Lodge, Kilkenny.\n"
   f"2. The next all-hands with the CEO is on {wd('2025-06-26')} 26 June at 15:00 in the Atrium.\n"
   "3. Offsite backups of the finance system will move to the new provider from 1 July.\n\n"
   "Thanks, Karen")
D(1,"2025-06-02",t,[
 M("H2 planning offsite",["offsite"],"2025-06-17","Castle Lodge, Kilkenny",[],"upcoming",line(t,"planning offsite")),
 M("All-hands with the CEO",["all-hands"],"2025-06-26","Atrium",["CEO"],"upcoming",line(t,"all-hands"))])

t=("STAFF NOTE - NORTHWIND FREIGHT\n\n"
   f"Our chief executive, Paul Mercer, will hold a town hall with depot staff on {wd('2024-10-09')} 9 October at the "
   "Leeds depot to explain the new shift rota.\n\n"
   "Questions can be sent in advance to the HR team.")
D(2,"2024-10-01",t,[M("Town hall with depot staff",["town hall"],"2024-10-09","Leeds depot",["Paul Mercer","depot staff"],"upcoming",t.split("\n\n")[1])])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
