# fresh32j: six documents of the kinds the held-out annotators write (a central bank's meeting calendar, a
# minutes extract, a readout, a joint statement, a conference programme, a results-date release), written
# for round 17 from the guideline and those kinds only, not from any read-set text, and measured once on
# 206eed3 before any rule for them: see fresh32_test.go. After that measurement the calendar's three MPC
# meetings lost the place "Maseru" we had given them: the release has no dateline, so none is implied (our
# slip), and keys naming the body ("mpc") where we had first keyed them by their date lines, which no
# prediction of a calendar's line holds. `python3 fresh32j.py` writes fresh32j.jsonl.
import json, re, datetime
def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True
    return m
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32j-%02d"%i,published=pub,title="",text=text,meetings=ms))
def line(t,k): return next(l for l in t.split("\n") if k in l)
def wd(s,f="%A"): return datetime.date.fromisoformat(s).strftime(f)
def sent(t,k): return [x for x in re.split(r'(?<=[.!?])\s+|\n+', t) if k in x][0]

t=("BANK OF LESOTHO\nMONETARY POLICY COMMITTEE\n\nPress release, 14 January 2026\n\n"
   "The Monetary Policy Committee (MPC) of the Central Bank of Lesotho will hold its meetings on the following "
   "dates in 2026:\n\n"
   f"{wd('2026-03-10')} 10 and {wd('2026-03-11')} 11 March\n"
   f"{wd('2026-05-19')} 19 and {wd('2026-05-20')} 20 May\n"
   f"{wd('2026-07-21')} 21 and {wd('2026-07-22')} 22 July\n\n"
   "The MPC statement will be published at 14:00 on the second day of each meeting.")
D(1,"2026-01-14",t,[
 M("MPC meeting (March)",["mpc","monetary policy committee"],"2026-03-10",None,["Monetary Policy Committee"],"upcoming",line(t,"11 March"),end="2026-03-11"),
 M("MPC meeting (May)",["mpc","monetary policy committee"],"2026-05-19",None,["Monetary Policy Committee"],"upcoming",line(t,"20 May"),end="2026-05-20"),
 M("MPC meeting (July)",["mpc","monetary policy committee"],"2026-07-21",None,["Monetary Policy Committee"],"upcoming",line(t,"22 July"),end="2026-07-22")])

t=("MINUTES OF THE MEETING OF THE FINANCE COMMITTEE OF ELMSFIELD TOWN COUNCIL\n"
   f"held on {wd('2025-02-11')} 11 February 2025 at 7.00 pm in the Council Chamber, Elmsfield Town Hall\n\n"
   "Present: Cllr R. Patel (Chair), Cllr S. Owen, Cllr J. Fraser\n\n"
   "1. The minutes of the meeting held on 14 January 2025 were approved.\n"
   "2. The committee noted that the precept would be set by the full council on 25 February 2025.\n"
   f"3. Date of next meeting: {wd('2025-03-11')} 11 March 2025 at 7.00 pm.")
D(2,"2025-02-12",t,[
 M("Finance Committee meeting of 11 February",["finance committee"],"2025-02-11","Council Chamber, Elmsfield Town Hall",["Finance Committee","R. Patel","S. Owen","J. Fraser"],"past",line(t,"held on")),
 M("Finance Committee meeting of 14 January",["meeting held on 14 january"],"2025-01-14",None,["Finance Committee"],"past",line(t,"14 January")),
 M("Full council meeting",["full council"],"2025-02-25",None,["Elmsfield Town Council"],"upcoming",line(t,"full council")),
 M("Next Finance Committee meeting",["next meeting"],"2025-03-11",None,["Finance Committee"],"upcoming",line(t,"Date of next meeting"))])

t=("READOUT: Minister Okonjo's call with Commissioner Lindqvist\n\n"
   f"On {wd('2025-09-03')} 3 September 2025, Trade Minister Adaeze Okonjo spoke by telephone with European "
   "Commissioner for Trade Erik Lindqvist about the interim partnership agreement.\n\n"
   "The two agreed that their negotiators would meet in Brussels on 22 September to close the remaining chapters, "
   "and that they would meet in person on the margins of the WTO ministerial conference in October.")
D(3,"2025-09-04",t,[
 M("Okonjo-Lindqvist call",["spoke by telephone"],"2025-09-03",None,["Adaeze Okonjo","Erik Lindqvist"],"past",sent(t,"spoke by telephone"),opt=True),
 M("Negotiators' meeting in Brussels",["negotiators would meet"],"2025-09-22","Brussels",["Adaeze Okonjo","Erik Lindqvist"],"upcoming",sent(t,"negotiators would meet")),
 M("Okonjo-Lindqvist meeting at the WTO ministerial",["meet in person"],"2025-10","",["Adaeze Okonjo","Erik Lindqvist"],"upcoming",sent(t,"negotiators would meet"),prec="month")])
docs[-1]["meetings"][-1]["place"]=None

t=("JOINT STATEMENT\n\nThe 9th Meeting of the Joint Commission between the Republic of Korvania and the Kingdom of "
   "Estmark was held in Valmora on 17-18 November 2025, co-chaired by Foreign Minister Tomas Reyna and Foreign "
   "Minister Ingrid Holm.\n\n"
   "Both sides agreed to hold the 10th Meeting of the Joint Commission in Estmark in 2027.")
D(4,"2025-11-19",t,[M("9th Joint Commission meeting",["9th meeting"],"2025-11-17","Valmora",["Korvania","Estmark","Tomas Reyna","Ingrid Holm"],"past",sent(t,"9th Meeting"),end="2025-11-18")])

t=("ASIA-PACIFIC PORTS SUMMIT 2026\nMarina Bay Convention Centre, Singapore\n\nPROGRAMME\n\n"
   f"{wd('2026-04-14').upper()} 14 APRIL\n"
   "09:00 Opening plenary\n"
   "14:00 Meeting of the Regional Port Authorities Network (closed)\n\n"
   f"{wd('2026-04-15').upper()} 15 APRIL\n"
   "09:30 Ministerial roundtable on green shipping corridors\n"
   "16:00 Closing session")
D(5,"2026-03-20",t,[
 M("Asia-Pacific Ports Summit 2026",["ports summit"],"2026-04-14","Marina Bay Convention Centre, Singapore",[],"upcoming",line(t,"PORTS SUMMIT"),end="2026-04-15"),
 M("Regional Port Authorities Network meeting",["regional port authorities"],"2026-04-14","Marina Bay Convention Centre, Singapore",["Regional Port Authorities Network"],"upcoming",line(t,"Regional Port")),
 M("Ministerial roundtable",["ministerial roundtable"],"2026-04-15","Marina Bay Convention Centre, Singapore",[],"upcoming",line(t,"roundtable"))])

t=("NORDAL SHIPPING ASA - FINANCIAL CALENDAR 2026\n\n"
   "Fourth quarter 2025 results: 12 February 2026\n"
   "Annual General Meeting: 23 April 2026, Bergen\n"
   "First quarter 2026 results: 7 May 2026\n\n"
   "The dates are subject to change.")
D(6,"2026-01-05",t,[M("Nordal Shipping AGM",["annual general meeting"],"2026-04-23","Bergen",["Nordal Shipping ASA"],"upcoming",line(t,"Annual General Meeting"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
