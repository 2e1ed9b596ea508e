# fresh32g: stories written for round 17's refers-back class before any rule for it: the sentence next to a
# meeting names, with a title, a person who speaks of "the talks" or "the meeting", hosts, opens or chairs it
# ("Trade Minister X said the talks had been useful", "The meeting was opened by President X", "Prime Minister
# X will host the talks"), and a guard (a titled person who only comments on something else).
# `python3 fresh32g.py` writes fresh32g.jsonl. Measured once on 5d2bf36 as first written: see fresh32_test.go.
import json, re
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32g-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("OTTAWA, March 12 - Canadian and Mexican officials held talks here today on seasonal farm workers and vegetable "
   "tariffs.\n\n"
   "Agriculture Minister Claire Dupuis said the talks had been useful and that a working group would report by June.\n\n"
   "Mexico is Canada's third largest trading partner.")
D(1,"1987-03-12",t,[M("Canada-Mexico talks in Ottawa",["held talks"],"1987-03-12","Ottawa",["Canada","Mexico","Claire Dupuis"],"past",p(t,0))])

t=("KINGSTON, Feb 10 (CMC) - Caribbean finance ministers will meet here from Wednesday for two days of talks on "
   "correspondent banking, the regional secretariat said.\n\n"
   "Prime Minister Andrew Holness will open the meeting at the Jamaica Conference Centre.\n\n"
   "Several regional banks have lost their U.S. correspondent accounts this year.")
D(2,"2025-02-10",t,[M("Caribbean finance ministers' meeting",["finance ministers will meet"],"2025-02-12","Jamaica Conference Centre, Kingston",["Caribbean finance ministers","Andrew Holness"],"upcoming",p(t,0),end="2025-02-13")])

t=("GABORONE, Aug 3 - Southern African energy ministers met in Gaborone on Friday to discuss a regional power pool.\n\n"
   "The meeting was chaired by Botswana's Minerals Minister Lefoko Moagi, who said the region needed 5,000 megawatts "
   "of new capacity by 2030.")
D(3,"2024-08-03",t,[M("SADC energy ministers' meeting",["energy ministers met"],"2024-08-02","Gaborone",["Southern African energy ministers","Lefoko Moagi"],"past",p(t,0))])

t=("NAIROBI, May 20 (Reuters) - Kenya's main public-sector unions will resume wage talks with the Treasury on "
   "Thursday, union officials said.\n\n"
   "Treasury Secretary John Mbadi will lead the government side, a Treasury spokesman said.\n\n"
   "The unions want a 10 percent rise.")
D(4,"2025-05-20",t,[M("Unions-Treasury wage talks",["wage talks"],"2025-05-22","Nairobi",["public-sector unions","Treasury","John Mbadi"],"upcoming",p(t,0))])

t=("BRUSSELS, Nov 4 - EU trade ministers will meet on Thursday to discuss steel safeguards, diplomats said.\n\n"
   "French Finance Minister Eric Lombard said on Monday that the budget deficit would narrow next year.")
D(5,"2024-11-04",t,[M("EU trade ministers' meeting",["trade ministers will meet"],"2024-11-07","Brussels",["EU trade ministers"],"upcoming",p(t,0))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
