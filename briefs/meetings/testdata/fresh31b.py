# fresh31b: stories for round 16's own-group rule, written after the rule had been tried on the read held-out
# sets (no first sight): a later meeting told with a group of its own ("Euro zone finance ministers also
# meet ...", "The working group ... met", "The eight countries will hold a separate meeting") that is no
# meeting of the story's first body. `python3 fresh31b.py` writes fresh31b.jsonl. Measured on cba079c, before
# the rule, and after it: see fresh31_test.go. Two stories first had a Monday publication with "on Monday"
# meant as a week on; their datelines were moved to the Friday before (our slip, not the rule's).
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f31b-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("FRANKFURT, March 1 - The European Central Bank's Governing Council will meet on Thursday and is expected to "
   "hold rates, economists said.\n\n"
   "Euro zone finance ministers also meet in Brussels on Monday to discuss the banking union.\n\n"
   "Inflation fell to 2.1 percent in February.")
D(1,"2024-03-01",t,[M("ECB Governing Council meeting",["governing council"],"2024-03-07","Frankfurt",["European Central Bank","Governing Council"],"upcoming",p(t,0)),
  M("Euro zone finance ministers meeting",["finance ministers"],"2024-03-04","Brussels",["euro zone finance ministers"],"upcoming",p(t,1))])

t=("LONDON, June 8 - The International Grains Council opened its annual session here today, delegates said.\n\n"
   "A small drafting group met on Saturday to prepare the session's statement on export restrictions.\n\n"
   "Wheat stocks are at a ten-year low.")
D(2,"1992-06-08",t,[M("International Grains Council session",["session"],"1992-06-08","London",["International Grains Council"],"ongoing",p(t,0)),
  M("Drafting group meeting",["drafting group"],"1992-06-06","London",[],"past",p(t,1))])

t=("SUVA, Aug 2 - Pacific Islands Forum leaders will meet in Suva next month for their annual summit, the "
   "Forum Secretariat said.\n\n"
   "Forum economic ministers will meet in Nadi on August 20 to prepare the summit's agenda on climate finance.\n\n"
   "Sea levels in the region are rising faster than the global average.")
D(3,"2025-08-02",t,[M("Pacific Islands Forum leaders summit",["summit"],"2025-09","Suva",["Pacific Islands Forum"],"upcoming",p(t,0),prec="month"),
  M("Forum economic ministers meeting",["economic ministers"],"2025-08-20","Nadi",["Forum economic ministers"],"upcoming",p(t,1))])

t=("VIENNA, Nov 28 - OPEC+ ministers will meet online on Sunday to review output policy, three sources said.\n\n"
   "The eight countries that made voluntary cuts will hold a separate meeting on Saturday, the sources said.\n\n"
   "Brent crude fell 2 percent this week.")
D(4,"2025-11-28",t,[M("OPEC+ ministerial meeting",["opec+"],"2025-11-30","",["OPEC+"],"upcoming",p(t,0)),
  M("Meeting of eight countries with voluntary cuts",["separate meeting"],"2025-11-29","",[],"upcoming",p(t,1))])

t=("BRUSSELS, Jan 17 - European Union agriculture ministers will meet on Monday to discuss the Mercosur trade "
   "deal, an EU spokesman said.\n\n"
   "Senior farm officials met on Thursday to prepare the session but left the main questions open.\n\n"
   "French farmers have protested against the deal for weeks.")
D(5,"2025-01-17",t,[M("EU agriculture ministers meeting",["agriculture ministers"],"2025-01-20","Brussels",["European Union"],"upcoming",p(t,0)),
  M("Senior farm officials meeting",["senior farm officials"],"2025-01-16","Brussels",[],"past",p(t,1))])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
