# fresh28a: stories written for round 13's first group of classes (an AGM or EGM named by its initials in
# prose, a notice's defined term "the Company" for the company it names, a day given after a vaguer
# "this week", "is to receive" a visitor, "on Wednesday and Thursday of next week", a hyphenated kind
# before "retreat", a committee's schedule line "Tuesday, 20 May 2025 - 10.00 a.m., Hall, Town: Public
# hearing on ...", a newsletter's "our" committee and its host's home) before any rule for them;
# `python3 fresh28a.py` writes fresh28a.jsonl. Dates are computed here from the publication day.
# Measured once on a485cc6 as first written: F1 0.421, status 1.000, place 0.750, participants P 0.250
# R 0.200. No gold was mended after.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
def wd(pub,name,step=1):  # the next (step=1) or last (step=-1) weekday of that name, the publication day excluded
    d=dt.date.fromisoformat(pub); names=["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
    while True:
        d+=dt.timedelta(days=step)
        if names[d.weekday()]==name: return d
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f28a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def S(t,a,b=None): # the sentence of t that starts with a (to b, or its first full stop)
    i=t.index(a); j=t.index(b,i)+len(b) if b else t.index(". ",i)+1 if ". " in t[i:] else len(t)
    return t[i:j]

t=("HARBOUR VALLEY ORCHID SOCIETY INC.\nWINTER NEWSLETTER - JUNE 2026\n\nAnnual General Meeting\n"
   "Our AGM will be held on Sunday 19 July 2026 at 1.30pm at the Memorial Hall, 3 Quarry Road, Dungog. "
   "All committee positions will be declared vacant and nominations close on 5 July.\n\n"
   "Committee news\nThe committee met on 2 June at the home of our secretary, Beryl Tamsin, and agreed to buy new benching for the autumn show.")
D(1,"2026-06-10",t,[M("Harbour Valley Orchid Society AGM",["agm"],"2026-07-19","Memorial Hall, 3 Quarry Road, Dungog",["Harbour Valley Orchid Society"],"upcoming",S(t,"Our AGM")),
   M("Orchid Society committee meeting",["committee met"],"2026-06-02","home of our secretary, Beryl Tamsin",["Harbour Valley Orchid Society"],"past",S(t,"The committee met"))])

t=("Kestrel Mining plc (\"Kestrel\" or \"the Company\")\n\nNotice of General Meeting\n\n9 September 2026\n\n"
   "Kestrel announces that a General Meeting of the Company will be held at the offices of Barlow Lane LLP, 20 Fenchurch Street, London EC3M 3BY on Thursday 1 October 2026 at 11.00 a.m. "
   "The meeting is being convened to approve the proposed disposal of the Company's Zambian copper assets.")
D(2,"2026-09-09",t,[M("Kestrel Mining general meeting",["general meeting"],"2026-10-01","offices of Barlow Lane LLP, 20 Fenchurch Street, London",["Kestrel Mining plc"],"upcoming",S(t,"Kestrel announces"))])

t=("NAIROBI, March 2 (Reuters) - Kenya's Treasury Cabinet Secretary John Mbadi will travel to Washington this week to attend a two-day meeting of African finance ministers with the World Bank from Thursday, the Treasury said on Monday.\n\n"
   "The ministers are expected to discuss debt relief and concessional financing for the region.")
thu=wd("2026-03-02","Thursday")
D(3,"2026-03-02",t,[M("African finance ministers' meeting with the World Bank",["two-day meeting"],thu,"Washington",["John Mbadi","African finance ministers","World Bank"],"upcoming",S(t,"Kenya's Treasury"),end=thu+dt.timedelta(days=1))])

t=("WELLINGTON, Feb 17 - Prime Minister Christopher Luxon is to receive the European Commission's trade chief Maros Sefcovic at Parliament tomorrow before the EU delegation leaves for Canberra, officials said.\n\n"
   "The two sides are expected to review the first year of the EU-New Zealand free trade agreement.")
D(4,"2026-02-17",t,[M("Luxon-Sefcovic meeting",["receive"],"2026-02-18","Parliament",["Christopher Luxon","Maros Sefcovic"],"upcoming",S(t,"Prime Minister Christopher"))])

t=("OTTAWA, Nov 4 (CP) - The House of Commons finance committee heard from Bank of Canada Governor Tiff Macklem on Tuesday. "
   "Separately, the Senate national finance committee will hold hearings on the budget implementation bill on Wednesday and Thursday of next week, its chair said.")
nw=dt.date.fromisoformat("2026-11-04")+dt.timedelta(days=7-dt.date.fromisoformat("2026-11-04").weekday())
D(5,"2026-11-04",t,[M("Finance committee hearing with Macklem",["heard from"],"2026-11-03","Ottawa",["House of Commons finance committee","Tiff Macklem"],"past",S(t,"The House of Commons")),
   M("Senate national finance committee hearings",["hearings"],nw+dt.timedelta(days=2),"Ottawa",["Senate national finance committee"],"upcoming",S(t,"Separately"),end=nw+dt.timedelta(days=3))])

t=("NATIONAL ASSEMBLY OF ZAMBIA\nCOMMITTEE ON ESTIMATES\n\nPROGRAMME OF WORK\n\n1. The Committee will meet Ministry of Finance officials on the revised budget estimates.\n\n"
   "2. The Committee will hold a report-writing retreat in Siavonga from Thursday, 28 May to Sunday, 31 May 2026.")
D(6,"2026-05-12",t,[M("Committee on Estimates report-writing retreat",["retreat"],"2026-05-28","Siavonga",["Committee on Estimates"],"upcoming",S(t,"2. The Committee","2026."),end="2026-05-31")])

t=("LONDON, March 15 - Producer members of the International Cocoa Organization failed to agree on a buffer stock price on Tuesday, and the producer delegations will caucus again here on Wednesday morning before the full council resumes, delegates said.")
D(7,"1988-03-15",t,[M("Cocoa producers' caucus",["caucus"],"1988-03-16","London",["International Cocoa Organization"],"upcoming",S(t,"Producer members"))])

t=("PARLIAMENT OF KENYA - THE NATIONAL ASSEMBLY\nDEPARTMENTAL COMMITTEE ON AGRICULTURE\n\nPUBLIC HEARINGS ON THE SUGAR BILL, 2026\n\n"
   "Tuesday, 12 May 2026 - 10.00 a.m., Kakamega Social Hall, Kakamega: Public hearing on the Sugar Bill (Western region).\n"
   "Thursday, 14 May 2026 - 10.00 a.m., Kisumu Social Hall, Kisumu: Public hearing on the Sugar Bill (Nyanza region).")
D(8,"2026-05-04",t,[M("Sugar Bill public hearing in Kakamega",["kakamega"],"2026-05-12","Kakamega Social Hall, Kakamega",["Departmental Committee on Agriculture"],"upcoming",S(t,"Tuesday, 12 May","(Western region).")),
   M("Sugar Bill public hearing in Kisumu",["kisumu"],"2026-05-14","Kisumu Social Hall, Kisumu",["Departmental Committee on Agriculture"],"upcoming",S(t,"Thursday, 14 May","(Nyanza region)."))])

t=("PARIS, March 5 (AFP) - Transport Minister Philippe Tabarot will receive union representatives at the ministry in Paris on Tuesday, his office said, as rail unions threatened strikes over pay.")
D(9,"2026-03-05",t,[M("Tabarot meeting with union representatives",["receive"],wd("2026-03-05","Tuesday"),"ministry in Paris",["Philippe Tabarot","union representatives"],"upcoming",S(t,"Transport Minister"))])

t=("Sterling Bay Properties plc (\"Sterling Bay\" or \"the Company\")\n\nResult of Annual General Meeting\n\n24 April 2026\n\n"
   "Sterling Bay announces that at the Annual General Meeting of the Company held earlier today all resolutions were duly passed on a poll.")
D(10,"2026-04-24",t,[M("Sterling Bay annual general meeting",["annual general meeting"],"2026-04-24",None,["Sterling Bay Properties plc"],"past",S(t,"Sterling Bay announces"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d, ensure_ascii=False)+"\n")
