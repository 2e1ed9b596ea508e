# fresh29a: stories written for round 14's participant classes (a party named outside the meeting's
# sentence: the chair of "the committee, chaired by", a minister who "said on arrival" at a meeting under
# way, the heads of two delegations in the sentence after, those who "attended the opening session", a
# committee's member list, "will be attended by ... along with"; and a country that only introduces a
# person who takes part: "Chief U.S. negotiator", "his U.S. counterpart") before any rule for them;
# `python3 fresh29a.py` writes fresh29a.jsonl. Dates are computed here from the publication day.
# Measured once on 785916d (the round's start) as first written, after two of its rules had been tried
# on the read sets (dropRepresented past "U.S.", the committee "chaired by"): F1 0.963, status 1.000,
# place 1.000, participants P 0.625 (20/32) R 0.556 (20/36). No gold was mended after.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
def wd(pub,name,step=1):  # the next (step=1) or last (step=-1) weekday of that name, the publication day excluded
    d=dt.date.fromisoformat(pub); names=["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
    while True:
        d+=dt.timedelta(days=step)
        if names[d.weekday()]==name: return d
def plus(pub,n): return dt.date.fromisoformat(pub)+dt.timedelta(days=n)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f29a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def S(t,a,b=None): # the sentence of t that starts with a (to b, or its first full stop)
    i=t.index(a); j=t.index(b,i)+len(b) if b else t.index(". ",i)+1 if ". " in t[i:] else len(t)
    return t[i:j]

p="1988-02-17"
t=("STOCKHOLM, Feb 17 - Chief U.S. negotiator Warren Halbrook met his Soviet counterpart Igor Sedykh for three hours yesterday "
   "to discuss verification of the chemical weapons ban, a U.S. spokesman said.\n\n"
   "The two delegations will meet again in plenary session on Friday.\n\n"
   "Western diplomats said a draft treaty could be ready by the summer.")
D(1,p,t,[M("Halbrook-Sedykh meeting",["halbrook","sedykh"],plus(p,-1),None,["Warren Halbrook","Igor Sedykh"],"past",S(t,"Chief U.S.")),
   M("Plenary session",["plenary"],wd(p,"Friday"),None,[],"upcoming",S(t,"The two delegations"))])

p="2025-03-12"
t=("LIMA, March 12 (EFE) - Peru's chief trade negotiator Ana Lucia Quispe and her U.S. counterpart Daniel Morrow will open a new round "
   "of talks on farm tariffs in Lima on Monday, the trade ministry said.\n\n"
   "The previous round, held in Washington in January, ended without agreement on rice and sugar quotas.\n\n"
   "Exporters have urged the government to accept a phase-in period of five years.")
D(2,p,t,[M("Peru-U.S. farm tariff talks",["round","talks"],wd(p,"Monday"),"Lima",["Ana Lucia Quispe","Daniel Morrow"],"upcoming",S(t,"LIMA, March 12")),
   M("Previous round in Washington",["previous round"],"2025-01","Washington",[],"past",S(t,"The previous round"),prec="month")])

p="1987-09-08"
t=("LONDON, Sept 8 - The International Tin Council's buffer stock committee will meet in London on September 22 to consider "
   "a settlement offer from creditor banks, council sources said.\n\n"
   "The sources said the committee, chaired by Malaysian delegate Tan Sri Ramli Hashim, would also review the council's legal costs.\n\n"
   "Creditors are owed about 900 mln stg.")
D(3,p,t,[M("ITC buffer stock committee meeting",["buffer stock committee"],"1987-09-22","London",["International Tin Council","Ramli Hashim"],"upcoming",S(t,"LONDON, Sept 8"))])

p="2025-11-17"
t=("BRUSSELS, Nov 17 (Reuters) - European Union fisheries ministers began two days of talks in Brussels on Monday on next year's "
   "catch limits for the North Sea and the Atlantic.\n\n"
   "Danish minister Jacob Lindqvist said on arrival that cuts to cod quotas of more than 20 percent would be hard to accept, "
   "while Ireland's Siobhan Carney warned against a deal that hurt coastal communities.\n\n"
   "The European Commission has proposed cutting the North Sea cod quota by 30 percent.")
D(4,p,t,[M("EU fisheries ministers meeting",["fisheries ministers"],p,"Brussels",["European Union","Jacob Lindqvist","Siobhan Carney"],"ongoing",S(t,"BRUSSELS, Nov 17"),end=plus(p,1))])

p="1986-10-02"
t=("TOKYO, Oct 2 - Japanese and U.S. officials will meet in Tokyo next week to discuss access for U.S. firms to Japan's "
   "construction market, a Foreign Ministry official said.\n\n"
   "The U.S. side will be led by deputy trade representative Alan Whitcomb, while Foreign Ministry director-general Hiroshi Kanda "
   "will head the Japanese delegation, the official said.\n\n"
   "Washington has threatened sanctions if the market is not opened by the end of the year.")
D(5,p,t,[M("U.S.-Japan construction talks",["construction"],"1986-10-06","Tokyo",["Japan","U.S.","Alan Whitcomb","Hiroshi Kanda"],"upcoming",S(t,"TOKYO, Oct 2"),prec="week")])

p="2024-05-21"
t=("HAVANA, May 21 (Prensa Latina) - The government of Colombia and the Segunda Marquetalia group opened a fourth round of peace talks "
   "in Havana on Monday.\n\n"
   "Government chief negotiator Rosa Elvira Duque and rebel commander Walter Mendoza attended the opening session, along with "
   "representatives of guarantor countries Cuba and Norway.\n\n"
   "The round is expected to last two weeks.")
D(6,p,t,[M("Colombia-Segunda Marquetalia peace talks",["peace talks","fourth round"],wd(p,"Monday",-1),"Havana",["Colombia","Segunda Marquetalia","Rosa Elvira Duque","Walter Mendoza","Cuba","Norway"],"ongoing",S(t,"HAVANA, May 21"))])

p="1987-04-06"
t=("VIENNA, April 6 - OPEC's ministerial monitoring committee will meet here on April 25 to review output by member states "
   "in the first quarter, OPEC sources said.\n\n"
   "Its members are Algeria, Indonesia, Nigeria, Venezuela and the United Arab Emirates.\n\n"
   "Prices have held close to OPEC's 18 dlr reference level since February.")
D(7,p,t,[M("OPEC monitoring committee meeting",["monitoring committee"],"1987-04-25","Vienna",["OPEC","Algeria","Indonesia","Nigeria","Venezuela","United Arab Emirates"],"upcoming",S(t,"VIENNA, April 6"))])

p="2025-06-03"
t=("ANTALYA, Turkey, June 3 (AP) - Turkey will host an informal meeting of NATO foreign ministers in Antalya next week, "
   "the Foreign Ministry said Tuesday.\n\n"
   "NATO Secretary General Lars Ekdahl and U.S. Secretary of State Paul Whitfield are expected to attend, along with "
   "Foreign Minister Kerem Aydin.\n\n"
   "The ministers will discuss defense spending ahead of the alliance's summit in July.")
D(8,p,t,[M("NATO informal foreign ministers meeting",["nato","informal meeting"],"2025-06-09","Antalya",["NATO","Lars Ekdahl","Paul Whitfield","Kerem Aydin"],"upcoming",S(t,"Turkey will host"),prec="week"),
   M("NATO summit",["summit"],"2025-07",None,["NATO"],"upcoming",S(t,"The ministers will discuss"),prec="month")])

p="1986-03-18"
t=("BRUSSELS, March 18 - European Community farm ministers began a two-day meeting here today on the Commission's price "
   "proposals for the 1986/87 season.\n\n"
   "Dutch Agriculture Minister Gerrit Braks, who chairs the meetings, told reporters he did not expect agreement before April.\n\n"
   "West German minister Ignaz Kiechle has said he will oppose any cut in cereal prices.")
D(9,p,t,[M("EC farm ministers meeting",["farm ministers"],p,"Brussels",["European Community","Gerrit Braks"],"ongoing",S(t,"BRUSSELS, March 18"),end=plus(p,1))])

p="2025-09-15"
t=("NEW DELHI, Sep 15 (PTI) - A US team led by Assistant US Trade Representative Mark Tillman will arrive here on Monday night for a "
   "day-long round of talks with Indian officials on the proposed bilateral trade agreement, an official said.\n\n"
   "The talks will be held on Tuesday at the commerce ministry, with Special Secretary Rajiv Khanna leading the Indian side.\n\n"
   "Both sides aim to conclude the first tranche of the pact by the autumn.")
D(10,p,t,[M("India-US trade talks",["round of talks"],wd(p,"Tuesday"),"commerce ministry",["US","Mark Tillman","Rajiv Khanna","India"],"upcoming",S(t,"The talks will be held"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
