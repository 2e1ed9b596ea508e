# fresh32a: documents written for round 17's table class before any rule for it: agendas, hearing
# schedules, a minister's diary, a timetable, a bargaining bulletin and a programme laid out as rows of
# cells divided by " | ", where each row is its own item (its own date, place and party) and a meeting
# named in one row must not take the parties of another. `python3 fresh32a.py` writes fresh32a.jsonl.
# Measured once on cb79768 as first written: see fresh32_test.go.
import datetime, json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True
    return m
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def day(s): return datetime.date.fromisoformat(s)
def wd(s,fmt="%A"): return day(s).strftime(fmt)
def row(t,key): return next(l for l in t.split("\n") if key in l)

t=("HARTLEY DISTRICT COUNCIL\nCABINET - MEETING IN PUBLIC\n\n"
   f"Date: {wd('2025-04-16')} 16 April 2025\nTime: 18:30\nVenue: Council Chamber, Civic Centre, Hartley\n\n"
   "Item | Subject | Presented by\n"
   "1 | Apologies for absence | Chair\n"
   "2 | Declarations of interest | Monitoring Officer\n"
   "3 | Minutes of the Cabinet meeting held on 19 March 2025 | Chair\n"
   "4 | Report of the Overview and Scrutiny Committee meeting of 2 April 2025 | Cllr Dev Anand\n"
   "5 | Housing Revenue Account business plan 2025-30 | Cllr Mary Osei, Cabinet Member for Housing\n"
   "6 | Questions from the public | Chair\n"
   f"7 | Date of next meeting: {wd('2025-05-21')} 21 May 2025, 18:30 | Chair\n\n"
   "Agenda published 7 April 2025 by Democratic Services.")
D(1,"2025-04-07",t,[
 M("Hartley Cabinet meeting",["cabinet - meeting"],"2025-04-16","Council Chamber, Civic Centre, Hartley",["Hartley District Council Cabinet"],"upcoming","CABINET - MEETING IN PUBLIC"),
 M("Cabinet meeting of 19 March",["minutes of the cabinet"],"2025-03-19",None,["Cabinet"],"past",row(t,"19 March")),
 M("Overview and Scrutiny Committee meeting",["overview and scrutiny"],"2025-04-02",None,["Overview and Scrutiny Committee"],"past",row(t,"2 April")),
 M("Next Cabinet meeting",["next meeting"],"2025-05-21",None,["Cabinet"],"upcoming",row(t,"21 May"))])

t=("NORTHGATE STATE LEGISLATURE\nHOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026\n"
   "All hearings are held in the State House, Northgate City, unless noted.\n\n"
   "Day | Time | Committee | Room | Business\n"
   f"{wd('2026-03-09','%a')}., March 9 | 9:00 AM | Judiciary | Room 214 | HB 301 (bail reform) - public testimony\n"
   f"{wd('2026-03-10','%a')}., March 10 | 1:30 PM | Transportation | Room 118 | Presentation by the Department of Transportation on bridge repairs\n"
   f"{wd('2026-03-11','%a')}., March 11 | 8:00 AM | Appropriations | Room 305 | Budget hearing: Department of Corrections\n"
   f"{wd('2026-03-12','%a')}., March 12 | 10:00 AM | Education | Room 214 | CANCELLED\n"
   f"{wd('2026-03-13','%a')}., March 13 | 9:00 AM | Health | Room 118 | HB 322 (nurse staffing) - POSTPONED to {wd('2026-03-17')}, March 17, same time and room\n\n"
   "Schedules are subject to change. Contact the Clerk of the House for accessibility requests.")
D(2,"2026-03-06",t,[
 M("House Judiciary Committee hearing on HB 301",["judiciary"],"2026-03-09","Room 214, State House, Northgate City",["House Judiciary Committee"],"upcoming",row(t,"Judiciary")),
 M("House Transportation Committee hearing",["transportation"],"2026-03-10","Room 118, State House, Northgate City",["House Transportation Committee","Department of Transportation"],"upcoming",row(t,"Transportation |")),
 M("House Appropriations budget hearing",["appropriations"],"2026-03-11","Room 305, State House, Northgate City",["House Appropriations Committee","Department of Corrections"],"upcoming",row(t,"Appropriations")),
 M("House Health Committee hearing on HB 322",["health","hb 322"],"2026-03-17","Room 118, State House, Northgate City",["House Health Committee"],"upcoming",row(t,"Health"))])

t=("MINISTRY OF TRADE AND INDUSTRY\nWEEKLY SCHEDULE OF THE MINISTER, HON. ABENA KORSAH\nWeek of 2 June 2025\n\n"
   "Date | Time | Engagement | Location\n"
   f"{wd('2025-06-02','%a')} 2 June | 09:00 | Cabinet meeting | Presidential Villa\n"
   f"{wd('2025-06-02','%a')} 2 June | 14:00 | Meeting with the Chamber of Mines on export levies | Ministry boardroom\n"
   f"{wd('2025-06-03','%a')} 3 June | 10:00 | Bilateral meeting with the Ambassador of Japan, Kenji Mori | Ministry boardroom\n"
   f"{wd('2025-06-04','%a')} 4 June | All day | Tour of the Eastern Industrial Zone | Koforidua\n"
   f"{wd('2025-06-05','%a')} 5 June | 11:00 | Select Committee on Trade - budget hearing | Parliament House\n"
   f"{wd('2025-06-06','%a')} 6 June | 08:30 | Departure for Abuja: ECOWAS Trade Ministers' Meeting (6-7 June) | Abuja\n\n"
   "Issued by the Public Relations Unit, 30 May 2025.")
D(3,"2025-05-30",t,[
 M("Cabinet meeting",["cabinet meeting"],"2025-06-02","Presidential Villa",["Cabinet","Abena Korsah"],"upcoming",row(t,"Cabinet meeting")),
 M("Meeting with the Chamber of Mines",["chamber of mines"],"2025-06-02","Ministry boardroom",["Abena Korsah","Chamber of Mines"],"upcoming",row(t,"Chamber of Mines")),
 M("Bilateral meeting with the Ambassador of Japan",["bilateral meeting"],"2025-06-03","Ministry boardroom",["Abena Korsah","Kenji Mori","Japan"],"upcoming",row(t,"Bilateral")),
 M("Select Committee on Trade budget hearing",["select committee"],"2025-06-05","Parliament House",["Abena Korsah","Select Committee on Trade"],"upcoming",row(t,"Select Committee")),
 M("ECOWAS Trade Ministers' Meeting",["ecowas"],"2025-06-06","Abuja",["ECOWAS","Abena Korsah"],"upcoming",row(t,"ECOWAS"),end="2025-06-07")])

t=("KESTREL FOODS PLC\nRECOMMENDED ACQUISITION BY NORDHAVEN CAPITAL - EXPECTED TIMETABLE OF PRINCIPAL EVENTS\n\n"
   "Event | Time and date\n"
   "Latest time for receipt of Forms of Proxy for the General Meeting | 10:00 a.m. on 21 October 2024\n"
   "Voting Record Time | 6:30 p.m. on 21 October 2024\n"
   "General Meeting | 10:00 a.m. on 23 October 2024\n"
   "Last day of dealings in Kestrel Foods shares | 6 November 2024\n"
   "Effective Date of the Scheme | 7 November 2024\n\n"
   "The General Meeting will be held at the offices of Marlow & Finch LLP, 12 Fenchurch Street, London EC3M 3BY. "
   "Dates are indicative and may change; any change will be announced through a Regulatory Information Service.")
D(4,"2024-10-01",t,[
 M("Kestrel Foods General Meeting",["general meeting"],"2024-10-23","Marlow & Finch LLP, 12 Fenchurch Street, London EC3M 3BY",["Kestrel Foods plc"],"upcoming",row(t,"General Meeting | 10"))])

t=("RAIL & TRANSIT WORKERS' UNION - NORTHERN METRO BRANCH\nBARGAINING BULLETIN No. 7, 12 September 2023\n\n"
   "Where the talks stand:\n"
   "Date | Meeting | Outcome\n"
   "29 August | Pay talks with Northern Metro management | Offer of 3% rejected\n"
   "5 September | Talks with Northern Metro at Acas, Leeds | Adjourned without agreement\n"
   "19 September | Resumed talks at Acas, Leeds | -\n\n"
   f"Members' meeting: {wd('2023-09-21')} 21 September, 6.30pm, Unity Hall, Leeds. All members are urged to attend.")
D(5,"2023-09-12",t,[
 M("Pay talks with Northern Metro",["pay talks"],"2023-08-29",None,["Rail & Transit Workers' Union","Northern Metro"],"past",row(t,"29 August")),
 M("Acas talks",["talks with northern metro at acas"],"2023-09-05","Acas, Leeds",["Rail & Transit Workers' Union","Northern Metro"],"past",row(t,"5 September")),
 M("Resumed talks at Acas",["resumed talks"],"2023-09-19","Acas, Leeds",["Rail & Transit Workers' Union","Northern Metro"],"upcoming",row(t,"19 September")),
 M("Members' meeting",["members' meeting"],"2023-09-21","Unity Hall, Leeds",["Rail & Transit Workers' Union"],"upcoming",row(t,"Members' meeting"))])

t=("PACIFIC FISHERIES FORUM 2025\nSuva Convention Centre, Suva, Fiji, 10-12 November 2025\nPROGRAMME\n\n"
   "Date | Time | Session | Venue\n"
   f"{wd('2025-11-10','%a')} 10 Nov | 09:00-17:00 | Senior Officials' Meeting | Room A\n"
   f"{wd('2025-11-11','%a')} 11 Nov | 09:00-12:30 | Opening plenary | Main Hall\n"
   f"{wd('2025-11-11','%a')} 11 Nov | 14:00-17:00 | Technical workshop on catch data | Room B\n"
   f"{wd('2025-11-12','%a')} 12 Nov | 09:30-16:00 | Ministerial Meeting | Main Hall\n"
   f"{wd('2025-11-12','%a')} 12 Nov | 17:00 | Closing press conference | Media Centre\n\n"
   f"The Forum Fisheries Committee will meet on the margins on {wd('2025-11-11')} 11 November at 18:00 in Room A.")
D(6,"2025-10-20",t,[
 M("Pacific Fisheries Forum 2025",["pacific fisheries forum"],"2025-11-10","Suva Convention Centre, Suva, Fiji",["Pacific Fisheries Forum"],"upcoming","PACIFIC FISHERIES FORUM 2025",end="2025-11-12"),
 M("Senior Officials' Meeting",["senior officials"],"2025-11-10","Room A, Suva Convention Centre",[],"upcoming",row(t,"Senior Officials")),
 M("Opening plenary",["opening plenary"],"2025-11-11","Main Hall, Suva Convention Centre",[],"upcoming",row(t,"Opening plenary"),opt=True),
 M("Technical workshop",["workshop"],"2025-11-11","Room B, Suva Convention Centre",[],"upcoming",row(t,"workshop"),opt=True),
 M("Ministerial Meeting",["ministerial meeting"],"2025-11-12","Main Hall, Suva Convention Centre",[],"upcoming",row(t,"Ministerial Meeting")),
 M("Forum Fisheries Committee meeting",["forum fisheries committee"],"2025-11-11","Room A, Suva Convention Centre",["Forum Fisheries Committee"],"upcoming",row(t,"Forum Fisheries Committee"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
