# fresh32i: stories written for round 17's passive refers-back class before any rule for it: the sentence
# after a meeting says "The meeting ... was opened by" or "The talks will be chaired by" a titled person, and a
# guard (a report "was published by" a person). `python3 fresh32i.py` writes fresh32i.jsonl.
# Measured once on 0e7b32f as first written: see fresh32_test.go (no rule followed: the class was handled).
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32i-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("LUSAKA, Sept 9 - Ministers of agriculture from 14 southern African countries opened a two-day meeting here today "
   "on drought relief.\n\n"
   "The meeting was opened by Zambian Vice-President Mutale Nalumango, who called for a regional grain reserve.")
D(1,"2024-09-09",t,[M("SADC agriculture ministers' meeting",["two-day meeting"],"2024-09-09","Lusaka",["Ministers of agriculture from 14 southern African countries","Mutale Nalumango"],"ongoing",p(t,0),end="2024-09-10")])

t=("GENEVA, March 4 (Reuters) - Delegations from Armenia and Azerbaijan will hold talks on border demarcation in "
   "Geneva on March 11, the Swiss foreign ministry said.\n\n"
   "The talks will be chaired by Swiss State Secretary Alexandre Fasel.")
D(2,"2025-03-04",t,[M("Armenia-Azerbaijan border talks",["talks"],"2025-03-11","Geneva",["Armenia","Azerbaijan","Alexandre Fasel"],"upcoming",p(t,0))])

t=("OTTAWA, June 2 - Canada's provincial premiers will meet in Halifax on July 21, the Council of the Federation said.\n\n"
   "A report on interprovincial trade barriers was published by Trade Minister Anita Rao on Monday.")
D(3,"2025-06-02",t,[M("Council of the Federation premiers' meeting",["premiers will meet"],"2025-07-21","Halifax",["provincial premiers","Council of the Federation"],"upcoming",p(t,0))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
