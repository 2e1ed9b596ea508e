# fresh32e: stories written for round 17's people-object class before any rule for it: "will meet" a group of
# people named in lower case with no article ("heads of public sector banks", "barangay captains", "village
# elders", "district collectors"), and a guard (a target met). `python3 fresh32e.py` writes fresh32e.jsonl.
# Measured once on 082489a as first written: see fresh32_test.go. After that measurement stories 4 and 5 were
# given their dateline city as the place (a government meeting at home, as the guideline implies it): our slip.
import json, re
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32e-%02d"%i,published=pub,title="",text=text,meetings=ms))
def s(t,k): return [x for x in re.split(r'(?<=[.!?])\s+', t) if k in x][0]

t=("MUMBAI, Oct 1 (Reuters) - India's central bank left its key rate unchanged at 5.5% on Wednesday.\n\n"
   "Governor Sanjay Malhotra will meet heads of public sector banks in Mumbai next week to review credit growth, a "
   "source said.")
D(1,"2025-10-01",t,[M("Malhotra meeting with bank heads",["will meet heads"],"2025-10-06","Mumbai",["Sanjay Malhotra","heads of public sector banks"],"upcoming",s(t,"will meet heads"),prec="week")])

t=("QUEZON CITY, Nov 19 (PNA) - Quezon City will ban single-use plastics in markets from January, the city "
   "government said on Tuesday.\n\n"
   "Mayor Joy Belmonte will meet barangay captains on Friday at the city hall to explain the new rules.")
D(2,"2024-11-19",t,[M("Belmonte meeting with barangay captains",["barangay captains"],"2024-11-22","city hall",["Joy Belmonte","barangay captains"],"upcoming",s(t,"barangay captains"))])

t=("KABUL, May 6 - Afghan officials will meet tribal elders in Kandahar on Thursday to discuss the return of "
   "displaced families, a provincial spokesman said.\n\n"
   "More than 4,000 families fled the fighting last year.")
D(3,"1989-05-06",t,[M("Officials' meeting with tribal elders",["tribal elders"],"1989-05-11","Kandahar",["tribal elders"],"upcoming",s(t,"tribal elders"))])

t=("CHENNAI, July 2 (PTI) - Tamil Nadu Chief Minister M K Stalin will meet district collectors on Monday to review "
   "monsoon preparedness, an official release said.\n\n"
   "The state received 20 per cent more rain than normal in June.")
D(4,"2024-07-02",t,[M("Stalin meeting with district collectors",["district collectors"],"2024-07-08","Chennai",["M K Stalin","district collectors"],"upcoming",s(t,"district collectors"))])

t=("NEW DELHI, Jan 10 (IANS) - Finance Minister Nirmala Sitharaman will meet chief executives of insurance "
   "companies on January 15 to discuss coverage in rural areas, officials said.\n\n"
   "The budget will be presented on February 1.")
D(5,"2025-01-10",t,[M("Sitharaman meeting with insurers' chief executives",["chief executives"],"2025-01-15","New Delhi",["Nirmala Sitharaman","chief executives of insurance companies"],"upcoming",s(t,"chief executives"))])

t=("LONDON, March 4 - The company said it would meet demand from new customers by adding a shift on Monday.\n\n"
   "Its shares rose 2 percent.")
D(6,"1988-03-04",t,[])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
