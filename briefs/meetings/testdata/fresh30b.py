# fresh30b: stories for round 15's later classes, written after their rules had been tried on the read
# held-out sets (so no first sight): a building named with its owner after "at" ("at the company's Leeds
# headquarters", "at the union's offices in Durban", "at a hotel in Kyoto"); a committee's notice of
# evidence sessions told by its days' lines, with "Witness:" and "Rt Hon ... MP" rosters; a diary owned by
# "Hon" someone. `python3 fresh30b.py` writes fresh30b.jsonl; weekdays are checked below.
# Measured on 4c30691 (the round's start, before the rules) and at the round's end: see fresh30_test.go.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f30b-%02d"%i,published=pub,title="",text=text,meetings=ms))
def day(s,name):
    d=dt.date.fromisoformat(s); assert d.strftime("%A")==name, (s,name); return s

t=("LONDON, May 12 (Reuters) - Directors of Hartwell Foods met on Monday at the company's Leeds headquarters and rejected a "
   "takeover approach from private equity firm Calder Partners, the company said.\n\n"
   "Calder said it would consider its options.")
D(1,"2026-05-12",t,[M("Hartwell Foods board meeting",["hartwell foods","directors"],day("2026-05-11","Monday"),"Leeds headquarters",["Hartwell Foods"],"past",
   "LONDON, May 12 (Reuters) - Directors of Hartwell Foods met on Monday at the company's Leeds headquarters and rejected a takeover approach from private equity firm Calder Partners, the company said.")])

t=("JOHANNESBURG, Aug 3 (Reuters) - South Africa's dock workers' union and state logistics group Transnet will resume wage talks "
   "on Wednesday at the union's offices in Durban, a union official said.\n\n"
   "The last round of talks broke down on July 28 without agreement.")
D(2,"2026-08-03",t,[M("Transnet wage talks",["wage talks","transnet"],day("2026-08-05","Wednesday"),"Durban",["Transnet"],"upcoming",
   "JOHANNESBURG, Aug 3 (Reuters) - South Africa's dock workers' union and state logistics group Transnet will resume wage talks on Wednesday at the union's offices in Durban, a union official said."),
   M("Last round of talks",["last round"],"2026-07-28",None,[],"past","The last round of talks broke down on July 28 without agreement.")])

t=("TOKYO, June 2 (Kyodo) - Shareholders of Kamo Electric will vote on the merger with Saito Denki at an extraordinary general "
   "meeting on June 26, the company said on Tuesday.\n\n"
   "The meeting will be held at a hotel in Kyoto, near the company's head office.")
D(3,"2026-06-02",t,[M("Kamo Electric extraordinary general meeting",["extraordinary general meeting","kamo electric"],"2026-06-26","Kyoto",["Kamo Electric"],"upcoming",
   "TOKYO, June 2 (Kyodo) - Shareholders of Kamo Electric will vote on the merger with Saito Denki at an extraordinary general meeting on June 26, the company said on Tuesday.")])

t=("HOUSE OF COMMONS\nBUSINESS AND TRADE COMMITTEE\n\nForthcoming evidence sessions\nPublished Thursday 5 February 2026\n\n"
   "Tuesday 10 February 2026, 10.00 am, The Thatcher Room, Portcullis House\n"
   "Post Office Horizon compensation. Witnesses: Nick Read, Chief Executive, Post Office Ltd; Sir Alan Bates.\n\n"
   "Wednesday 18 February 2026, 2.30 pm, Committee Room 16, Palace of Westminster\n"
   "The work of the Department. Witness: Rt Hon Peter Kyle MP, Secretary of State for Business and Trade.\n\n"
   "Sessions are open to the public.")
D(4,"2026-02-05",t,[
   M("Business and Trade Committee evidence session on Horizon compensation",["post office horizon","february 2026"],day("2026-02-10","Tuesday"),"The Thatcher Room, Portcullis House",["Business and Trade Committee","Nick Read","Post Office Ltd","Alan Bates"],"upcoming","Tuesday 10 February 2026, 10.00 am, The Thatcher Room, Portcullis House"),
   M("Business and Trade Committee evidence session with the Secretary of State",["work of the department","secretary of state"],day("2026-02-18","Wednesday"),"Committee Room 16, Palace of Westminster",["Business and Trade Committee","Peter Kyle"],"upcoming","Wednesday 18 February 2026, 2.30 pm, Committee Room 16, Palace of Westminster")])

t=("Hon Tevita Moala, Minister for Fisheries\nMinister's public diary\nWeek of Monday 6 April 2026\n\n"
   "Monday 6 April\n09.00–10.00  Cabinet - Cabinet Room\n"
   "14.00–15.00  Meeting with the Tonga Fishing Association - Minister's office\n\n"
   "Tuesday 7 April\n10.00–11.00  Meeting with the Forum Fisheries Agency (Director-General) - Conference Room 2, Ministry of Fisheries")
D(5,"2026-04-03",t,[
   M("Cabinet meeting",["cabinet"],day("2026-04-06","Monday"),"Cabinet Room",["Tevita Moala","Cabinet"],"upcoming","09.00–10.00  Cabinet - Cabinet Room"),
   M("Meeting with the Tonga Fishing Association",["tonga fishing association"],"2026-04-06","Minister's office",["Tevita Moala","Tonga Fishing Association"],"upcoming","14.00–15.00  Meeting with the Tonga Fishing Association - Minister's office"),
   M("Meeting with the Forum Fisheries Agency",["forum fisheries agency"],day("2026-04-07","Tuesday"),"Conference Room 2, Ministry of Fisheries",["Tevita Moala","Forum Fisheries Agency"],"upcoming","10.00–11.00  Meeting with the Forum Fisheries Agency (Director-General) - Conference Room 2, Ministry of Fisheries")])

t=("DHAKA, Nov 4 (Reuters) - Commerce adviser Farid Uddin met leaders of the Bangladesh Jute Mills Association at the "
   "secretariat on Tuesday to discuss unpaid wages at state-run mills, a ministry official said.\n\n"
   "Workers have blocked highways in Khulna since last week.")
D(6,"2026-11-04",t,[M("Uddin meeting with jute mills association",["jute mills association"],day("2026-11-03","Tuesday"),"secretariat, Dhaka",["Farid Uddin","Bangladesh Jute Mills Association"],"past",
   "DHAKA, Nov 4 (Reuters) - Commerce adviser Farid Uddin met leaders of the Bangladesh Jute Mills Association at the secretariat on Tuesday to discuss unpaid wages at state-run mills, a ministry official said.")])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
