# fresh30d: stories written for round 15's "followed by" class before any rule for it: a second body's
# meeting named only after "followed by" or "to be followed by", with its own day ("The committee meets on
# Monday, followed on Tuesday by the full council"; "... on April 8, followed by the Development Committee
# on April 9"). `python3 fresh30d.py` writes fresh30d.jsonl. Measured once on dcd37b9 as first written:
# see fresh30_test.go.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f30d-%02d"%i,published=pub,title="",text=text,meetings=ms))
def day(s,name):
    d=dt.date.fromisoformat(s); assert d.strftime("%A")==name, (s,name); return s

t=("VIENNA, Nov 24 (Reuters) - OPEC's economic commission board meets on Wednesday, followed on Thursday by the "
   "ministerial monitoring committee, to review the market before the full conference, delegates said.\n\n"
   "Prices have fallen 12 percent since October.")
D(1,"2026-11-24",t,[
  M("OPEC economic commission board meeting",["economic commission board"],day("2026-11-25","Wednesday"),"Vienna",["OPEC"],"upcoming",t.split("\n\n")[0]),
  M("OPEC ministerial monitoring committee meeting",["ministerial monitoring committee"],day("2026-11-26","Thursday"),"Vienna",["ministerial monitoring committee"],"upcoming",t.split("\n\n")[0])])

t=("WASHINGTON, April 6 - Finance ministers of the Group of Seven will meet on April 8, followed by the IMF's Interim "
   "Committee on April 9 and the joint IMF-World Bank Development Committee on April 10, officials said.\n\n"
   "The dollar's fall is expected to dominate the talks.")
D(2,"1988-04-06",t,[
  M("G7 finance ministers meeting",["group of seven"],"1988-04-08","Washington",["Group of Seven"],"upcoming",t.split("\n\n")[0]),
  M("IMF Interim Committee meeting",["interim committee"],"1988-04-09","Washington",["Interim Committee"],"upcoming",t.split("\n\n")[0]),
  M("Development Committee meeting",["development committee"],"1988-04-10","Washington",["IMF-World Bank Development Committee"],"upcoming",t.split("\n\n")[0])])

t=("BRUSSELS, March 2 (Reuters) - EU trade ministers will hold talks on the steel safeguard in Brussels on Thursday, "
   "to be followed by a meeting of the Trade Policy Committee on Friday, an EU official said.\n\n"
   "Several member states want the quota raised.")
D(3,"2026-03-02",t,[
  M("EU trade ministers talks",["trade ministers"],day("2026-03-05","Thursday"),"Brussels",["EU"],"upcoming",t.split("\n\n")[0]),
  M("Trade Policy Committee meeting",["trade policy committee"],day("2026-03-06","Friday"),"Brussels",["Trade Policy Committee"],"upcoming",t.split("\n\n")[0])])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
