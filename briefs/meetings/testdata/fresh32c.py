# fresh32c: stories written for round 17's earlier-meeting class before any rule for it: a past meeting of
# a series named by "previous" or "last year's" with its date further on in the clause ("at its previous
# meeting in late May", "The previous round, which ran from November 20 to 28", "at the previous congress in
# Bangkok in May last year"), and a guard (a market's "previous session"). `python3 fresh32c.py` writes
# fresh32c.jsonl. Measured once on c245553 as first written: see fresh32_test.go. After that measurement the
# rate decision of story 1, which names no meeting, was made optional (a slip of our gold).
import json, re
def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True  # f32c-01's rate decision names no meeting: made optional after the first measurement
    return m
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32c-%02d"%i,published=pub,title="",text=text,meetings=ms))
def s(t,k): return [x for x in re.split(r'(?<=[.!?])\s+', t) if k in x][0]

t=("WELLINGTON, July 10 (Reuters) - The Reserve Bank of New Zealand held its official cash rate at 5.5 percent on "
   "Wednesday, as expected.\n\n"
   "At its previous meeting in late May, the bank had signalled that rates would stay high until the second half of "
   "2025.\n\n"
   "The New Zealand dollar rose 0.3 percent after the decision.")
D(1,"2024-07-10",t,[
 M("RBNZ policy review",["held its official cash rate"],"2024-07-10","Wellington",["Reserve Bank of New Zealand"],"past",s(t,"held its official"),opt=True),
 M("Previous RBNZ meeting",["previous meeting"],"2024-05","Wellington",["Reserve Bank of New Zealand"],"past",s(t,"previous meeting"),prec="month")])

t=("GENEVA, Feb 1 (Reuters) - Talks between the two Cypriot leaders on reunifying the island resumed at the United "
   "Nations on Monday, a UN spokesman said.\n\n"
   "The previous round, which ran from November 20 to 28, ended without agreement on property rights.\n\n"
   "Diplomats said a deal this year was unlikely.")
D(2,"2024-02-01",t,[
 M("Cyprus talks at the UN",["talks"],"2024-01-29","United Nations",[],"ongoing",s(t,"resumed at the United")),
 M("Previous round of Cyprus talks",["previous round"],"2023-11-20",None,[],"past",s(t,"previous round"),end="2023-11-28")])

t=("ZURICH, March 15 (AP) - FIFA president Gianni Infantino will stand unopposed for a third term at the FIFA Congress "
   "in Paris on May 17, the governing body said on Friday.\n\n"
   "Infantino was re-elected by acclamation at the previous congress in Kigali in March last year.\n\n"
   "No other candidate was nominated by the deadline.")
D(3,"2024-03-15",t,[
 M("FIFA Congress in Paris",["fifa congress"],"2024-05-17","Paris",["FIFA","Gianni Infantino"],"upcoming",s(t,"FIFA Congress")),
 M("Previous FIFA congress in Kigali",["previous congress"],"2023-03","Kigali",["FIFA","Gianni Infantino"],"past",s(t,"previous congress"),prec="month")])

t=("BRUSSELS, June 20 (Reuters) - NATO leaders will meet in Washington on July 9 for a summit marking the alliance's "
   "75th anniversary, officials said.\n\n"
   "At last year's summit in Vilnius in July, leaders agreed that Ukraine's future was in NATO but gave no timetable.\n\n"
   "Ukraine's president is expected to attend.")
D(4,"2024-06-20",t,[
 M("NATO Washington summit",["summit","meet in washington"],"2024-07-09","Washington",["NATO"],"upcoming",s(t,"will meet in Washington")),
 M("NATO Vilnius summit",["vilnius"],"2023-07","Vilnius",["NATO"],"past",s(t,"Vilnius"),prec="month")])

t=("TBILISI, Oct 2 - The foreign ministers of Georgia, Armenia and Azerbaijan will meet in Baku on October 16, the "
   "Georgian foreign ministry said on Wednesday.\n\n"
   "The previous meeting in the trilateral format was held in Tbilisi in March last year.\n\n"
   "Trade across the three countries' borders has doubled since 2020.")
D(5,"2024-10-02",t,[
 M("Trilateral foreign ministers' meeting in Baku",["meet in baku"],"2024-10-16","Baku",["Georgia","Armenia","Azerbaijan"],"upcoming",s(t,"will meet in Baku")),
 M("Previous trilateral meeting in Tbilisi",["previous meeting"],"2023-03","Tbilisi",["Georgia","Armenia","Azerbaijan"],"past",s(t,"previous meeting"),prec="month")])

t=("SEOUL, May 3 (Reuters) - South Korean shares closed at 2,676.63 points on Friday, up from 2,650.1 at the previous "
   "session on Thursday, as chipmakers gained.\n\n"
   "Foreign investors were net buyers for a third day.")
D(6,"2024-05-03",t,[])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
