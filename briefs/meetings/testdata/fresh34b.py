# fresh34b: six programme and notice heads (a forum's head with its acronym in brackets, a congress's head
# over a venue line and a date line, a summit's head in title case with "|" cells, a symposium's head with
# the year in brackets, a dialogue's head under the organiser's line, and a conference note whose days come
# before the venue), written for round 19 from the guideline and the document kind only, not from any
# read-set text, and measured once on 6e461c4 before any rule for them: see fresh34_test.go.
# `python3 fresh34b.py` writes fresh34b.jsonl.
import json, datetime
def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True
    return m
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f34b-%02d"%i,published=pub,title="",text=text,meetings=ms))
def line(t,k): return next(l for l in t.split("\n") if k in l)
def wd(s,f="%a"): return datetime.date.fromisoformat(s).strftime(f)

t=("9th SOUTH ASIA WATER MINISTERS FORUM (SAWMF 2026)\nKathmandu, Nepal | Hotel Annapurna | 16-18 March 2026\nOrganised by the Ministry of Energy, Water Resources and Irrigation\n\n"
   "PROGRAMME (as at 20 February 2026)\n\nDay | Time | Session | Venue\n"
   f"{wd('2026-03-16')} 16 Mar | 09:00 | Opening plenary | Durbar Hall\n{wd('2026-03-17')} 17 Mar | 10:00 | Panel: Glacial lake outburst floods | Room 2\n{wd('2026-03-18')} 18 Mar | 15:00 | Closing session | Durbar Hall\n\n"
   "Registration closes on 6 March 2026.")
D(1,"2026-02-20",t,[M("9th South Asia Water Ministers Forum",["south asia water ministers forum","sawmf"],"2026-03-16","Hotel Annapurna, Kathmandu, Nepal",[],"upcoming",line(t,"Kathmandu, Nepal |"),end="2026-03-18")])

t=("LATIN AMERICAN PORTS CONGRESS 2026\nHilton Colon Hotel, Guayaquil, Ecuador\n7-9 October 2026\n\nCALL FOR PAPERS\n\n"
   "Abstracts of no more than 300 words may be submitted until 30 June 2026. Authors will be told by 31 July whether their papers are accepted.")
D(2,"2026-04-10",t,[M("Latin American Ports Congress 2026",["latin american ports congress"],"2026-10-07","Hilton Colon Hotel, Guayaquil, Ecuador",[],"upcoming",line(t,"7-9 October"),end="2026-10-09")])

t=("Pacific Fisheries Ministers Summit (PFMS 2025)\nApia, Samoa | Taumeasina Island Resort | 24-25 November 2025\n\nCONCEPT NOTE\n\n"
   "The Summit will bring together fisheries ministers of the Pacific Islands Forum Fisheries Agency's member countries to agree a regional roadmap on tuna stocks.")
D(3,"2025-10-01",t,[M("Pacific Fisheries Ministers Summit",["pacific fisheries ministers summit","pfms"],"2025-11-24","Taumeasina Island Resort, Apia, Samoa",["Pacific Islands Forum Fisheries Agency"],"upcoming",line(t,"Apia, Samoa |"),end="2025-11-25")])

t=("INTERNATIONAL SYMPOSIUM ON DESERT LOCUST CONTROL (2026)\nFAO Headquarters, Rome, Italy\n2-4 February 2026\n\nAGENDA\n\n"
   "Day 1: Opening, country reports\nDay 2: Early warning and preventive control\nDay 3: Conclusions and recommendations")
D(4,"2026-01-12",t,[M("International Symposium on Desert Locust Control",["symposium on desert locust control"],"2026-02-02","FAO Headquarters, Rome, Italy",["FAO"],"upcoming",line(t,"2-4 February"),end="2026-02-04")])

t=("Inter-Parliamentary Union\n4th GLOBAL PARLIAMENTARY DIALOGUE ON MIGRATION\nPalais des Nations, Geneva, Switzerland\n11-12 June 2026\n\n"
   "The Dialogue is open to members of parliament of all IPU Member Parliaments. Registration is online.")
D(5,"2026-05-02",t,[M("4th Global Parliamentary Dialogue on Migration",["global parliamentary dialogue on migration"],"2026-06-11","Palais des Nations, Geneva, Switzerland",["Inter-Parliamentary Union"],"upcoming",line(t,"11-12 June"),end="2026-06-12")])

t=("WEST AFRICAN CENTRAL BANKS CONFERENCE (WACBC)\n18-19 May 2026 | Radisson Blu Hotel, Dakar, Senegal\n\nPROVISIONAL PROGRAMME\n\n"
   "The Conference will discuss payment systems integration and the single currency project. Governors and deputy governors of the member central banks are expected to attend.")
D(6,"2026-04-22",t,[M("West African Central Banks Conference",["west african central banks conference","wacbc"],"2026-05-18","Radisson Blu Hotel, Dakar, Senegal",[],"upcoming",line(t,"18-19 May"),end="2026-05-19")])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
