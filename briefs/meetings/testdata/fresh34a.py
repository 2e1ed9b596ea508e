# fresh34a: six meeting calendars (a central bank's table of numbered meetings, a committee's "Meeting N:"
# lines, a school board's dated lines under a note of time and place, a federation's calendar of statutory
# meetings, a regulator's numbered sessions, a council's bulleted dates), written for round 19 from the
# guideline and the document kind only, not from any read-set text, and measured once on 54aaedf before any
# rule for them: see fresh34_test.go. `python3 fresh34a.py` writes fresh34a.jsonl.
import json, re, datetime
def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True
    return m
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f34a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def line(t,k): return next(l for l in t.split("\n") if k in l)
def wd(s,f="%A"): return datetime.date.fromisoformat(s).strftime(f)
def dm(s): d=datetime.date.fromisoformat(s); return f"{wd(s)} {d.day} {d.strftime('%B')}"

# 1. central bank: table of numbered meetings, the lead a paragraph away
rows=[("41st","2027-02-02","2027-02-03"),("42nd","2027-04-06","2027-04-07"),("43rd","2027-06-08","2027-06-09"),("44th","2027-08-10","2027-08-11")]
t=("CENTRAL BANK OF SEYCHELLES\nPRESS RELEASE\n\nMONETARY POLICY COMMITTEE MEETING DATES FOR 2027\n\nVictoria, 9 December 2026\n\n"
   "The Central Bank of Seychelles publishes below the schedule of meetings of its Monetary Policy Committee (MPC) for 2027. "
   "All meetings take place at the Bank's headquarters in Victoria. The decision of the Committee is announced on the second day "
   "of each meeting at 15:00.\n\n"
   "Meeting | Dates | Decision announced\n"+
   "\n".join(f"{n} | {dm(a)} - {dm(b)} 2027 | {dm(b)}, 15:00" for n,a,b in rows)+
   "\n\nThe 40th meeting of the MPC was held on 17 and 18 November 2026.")
ms=[M(f"{n} MPC meeting",["mpc"],a,"Bank headquarters, Victoria",["Central Bank of Seychelles","Monetary Policy Committee"],"upcoming",line(t,f"{n} |"),end=b) for n,a,b in rows]
ms.append(M("40th MPC meeting",["40th meeting"],"2026-11-17","Victoria",["Monetary Policy Committee"],"past",line(t,"40th meeting"),end="2026-11-18"))
D(1,"2026-12-09",t,ms)

# 2. "Meeting N:" lines, some held
mt=[("2026-01-27","2026-01-28","held"),("2026-03-24","2026-03-25","held"),("2026-05-26","2026-05-27",""),("2026-07-28","2026-07-29","")]
t=("NATIONAL BANK OF MOLDAVIA\nMonetary Policy Committee — calendar of meetings, 2026\nUpdated 2 April 2026\n\n"
   "The Committee meets every two months. Each meeting lasts two days in the Bank's head office in Chisinau and ends with a press statement.\n\n"+
   "\n".join(f"Meeting {i+1}: {dm(a)} – {dm(b)}"+(f" ({s})" if s else "") for i,(a,b,s) in enumerate(mt))+
   "\n\nAny change to the calendar will be announced two weeks in advance.")
ms=[M(f"Monetary Policy Committee meeting {i+1}",["monetary policy committee"],a,"Bank head office, Chisinau",["National Bank of Moldavia","Monetary Policy Committee"],"past" if s else "upcoming",line(t,f"Meeting {i+1}:"),end=b) for i,(a,b,s) in enumerate(mt)]
D(2,"2026-04-02",t,ms)

# 3. school board: dated lines under a note of time and place
bd=["2026-09-14","2026-10-12","2026-11-09","2026-12-14"]
def us(s): d=datetime.date.fromisoformat(s); return f"{wd(s)}, {d.strftime('%B')} {d.day}, {d.year}"
t=("RIVERBEND UNIFIED SCHOOL DISTRICT\nBoard of Trustees\n\nRegular Board Meetings — Fall 2026\n\n"
   "All regular meetings begin at 6:30 p.m. in the Board Room of the District Office, 410 Alder Street, Riverbend.\n\n"+
   "\n".join(us(x) for x in bd)+
   "\n\nAgendas are posted 72 hours before each meeting.")
ms=[M("Regular Board meeting",["regular board meetings","board of trustees"],x,"Board Room, District Office, 410 Alder Street, Riverbend",["Riverbend Unified School District Board of Trustees"],"upcoming",us(x)) for x in bd]
D(3,"2026-08-20",t,ms)

# 4. federation: calendar of statutory meetings, body first, then date and city
st=[("Executive Committee","2027-03-18","2027-03-19","Lausanne"),("Council","2027-05-06",None,"Lausanne"),("General Assembly","2027-10-21","2027-10-22","Kuala Lumpur")]
def rng(a,b):
    A=datetime.date.fromisoformat(a)
    if not b: return f"{A.day} {A.strftime('%B')} {A.year}"
    B=datetime.date.fromisoformat(b); return f"{A.day}–{B.day} {A.strftime('%B')} {A.year}"
t=("INTERNATIONAL ROWING FEDERATION\nCalendar of statutory meetings 2027\n\n"
   "Body | Dates | City\n"+"\n".join(f"{n} | {rng(a,b)} | {c}" for n,a,b,c in st)+
   "\n\nMember federations will receive the documents for the General Assembly eight weeks in advance.")
ms=[M(f"{n} meeting",[n.lower()],a,c,["International Rowing Federation",n],"upcoming",line(t,f"{n} |"),end=b) for n,a,b,c in st]
D(4,"2026-11-30",t,ms)

# 5. regulator: numbered sessions in prose-led list with a venue column
se=[("2027-01-19","Conference Room A"),("2027-04-20","Conference Room A"),("2027-07-20","Regional Office, Kisumu")]
def lg(s): d=datetime.date.fromisoformat(s); return f"{d.day} {d.strftime('%B')} {d.year}"
t=("ENERGY AND PETROLEUM REGULATORY AUTHORITY\nNOTICE\n\nThe Board of the Authority will hold its ordinary sessions for 2027 as follows:\n\n"
   "Session | Date | Venue\n"+"\n".join(f"No. {i+1} | {wd(d)}, {lg(d)} | {v}" for i,(d,v) in enumerate(se))+
   "\n\nSessions begin at 9.00 a.m. Members of the public may attend the open part of each session.")
ms=[M(f"Board ordinary session No. {i+1}",["ordinary sessions","board of the authority"],d,v,["Energy and Petroleum Regulatory Authority"],"upcoming",line(t,f"No. {i+1} |")) for i,(d,v) in enumerate(se)]
D(5,"2026-12-01",t,ms)

# 6. council: bulleted dates under a heading, with one cancelled
cd=[("2026-02-05",""),("2026-03-05","cancelled"),("2026-04-02",""),("2026-05-07","")]
t=("TOWN OF KESTREL HILL\nPlanning Board — meeting dates 2026\n\n"
   "The Planning Board meets on the first Thursday of the month at 7 p.m. in the Council Chambers, Town Hall.\n\n"+
   "\n".join(f"• {dm(x)}"+(f" ({c})" if c else "") for x,c in cd)+
   "\n\nApplications must be filed three weeks before the meeting at which they are to be heard.")
ms=[M("Planning Board meeting",["planning board"],x,"Council Chambers, Town Hall",["Kestrel Hill Planning Board"],"upcoming",line(t,dm(x))) for x,c in cd if not c]
D(6,"2026-01-15",t,ms)

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
