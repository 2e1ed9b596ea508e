# fresh32f: stories written for round 17's body-decides class before any change to it: a cabinet, a board or
# a committee that "is expected to approve", "is due to decide" or "approved ... on Tuesday" with the day
# further than three words from the verb, which tells of a sitting on that day; and a guard (a body whose
# decision is reported with no day). `python3 fresh32f.py` writes fresh32f.jsonl.
# Measured once on edec43c as first written: see fresh32_test.go.
import json, re
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32f-%02d"%i,published=pub,title="",text=text,meetings=ms))
def s(t,k): return [x for x in re.split(r'(?<=[.!?])\s+', t) if k in x][0]

t=("TOKYO, June 1 (Kyodo) - The Cabinet is expected on Tuesday to approve a 300 billion yen support package for small "
   "suppliers hit by U.S. tariffs, government sources said.\n\n"
   "The package will be funded from reserves.")
D(1,"2025-06-01",t,[M("Cabinet meeting on tariff support",["cabinet"],"2025-06-03","Tokyo",["Cabinet"],"upcoming",s(t,"Cabinet is expected"))])

t=("WELLINGTON, Aug 4 - The Reserve Bank board is due to decide on Thursday whether to cut the official cash rate, "
   "economists said.\n\n"
   "Most expect a cut of 25 basis points.")
D(2,"2024-08-04",t,[M("Reserve Bank board meeting",["board"],"2024-08-08","Wellington",["Reserve Bank"],"upcoming",s(t,"board is due"))])

t=("NEW DELHI, Sept 18 (PTI) - The Union Cabinet approved a 1.5 lakh crore rupee scheme for rural roads on Wednesday, "
   "Information Minister Ashwini Vaishnaw told reporters.\n\n"
   "The scheme will run for five years.")
D(3,"2024-09-18",t,[M("Union Cabinet meeting",["union cabinet"],"2024-09-18","New Delhi",["Union Cabinet","Ashwini Vaishnaw"],"past",s(t,"Union Cabinet"))])

t=("LONDON, March 2 - The planning committee of Harlow council is set to consider the stadium application on "
   "Monday, the council said.\n\n"
   "More than 400 residents have objected to the plans.")
D(4,"2025-03-02",t,[M("Harlow council planning committee meeting",["planning committee"],"2025-03-03",None,["Harlow council planning committee"],"upcoming",s(t,"planning committee"))])

t=("PARIS, May 5 - The board approved the dividend and said the chairman would retire next year, the company said.\n\n"
   "Shares rose 2 percent.")
D(5,"1988-05-05",t,[])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
