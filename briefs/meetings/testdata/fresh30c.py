# fresh30c: stories written for round 15's programme class before any rule for it: a conference's or a
# forum's programme, whose head gives the gathering's name, its venue and its days ("12th Pacific Ports
# Forum" over "Suva Convention Centre, Suva, Fiji" and "9-11 June 2026"), and whose timed lines under day
# headings hold side meetings ("14:30 Annual General Meeting of the Pacific Ports Association (members
# only), Room 4"; "Ministerial Roundtable (closed)"). `python3 fresh30c.py` writes fresh30c.jsonl.
# Measured once on a08d8df (before the rules) as first written: see fresh30_test.go.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f30c-%02d"%i,published=pub,title="",text=text,meetings=ms))
def day(s,name):
    d=dt.date.fromisoformat(s); assert d.strftime("%A")==name, (s,name); return s

t=("12th PACIFIC PORTS FORUM\n\"Resilient Harbours, Shared Prosperity\"\nGrand Pacific Hotel, Suva, Fiji\n9–11 June 2026\n\n"
   "PROGRAMME (as at 15 May 2026)\n\n"
   "Tuesday 9 June – Day 1\n09:00 Opening ceremony\n10:30 Plenary 1: Port financing in small island states\n"
   "14:00–16:00 Ministerial Roundtable (closed): transport ministers of Fiji, Samoa, Tonga and Vanuatu (Room 2)\n\n"
   "Wednesday 10 June – Day 2\n09:00 Plenary 2: Decarbonising shipping\n"
   "14:30 Annual General Meeting of the Pacific Ports Association (members only), Room 4\n\n"
   "Thursday 11 June – Day 3\n11:00 Closing ceremony and adoption of the Suva Statement\n\n"
   "Organised by the Pacific Ports Association.")
D(1,"2026-05-15",t,[
  M("12th Pacific Ports Forum",["pacific ports forum"],day("2026-06-09","Tuesday"),"Grand Pacific Hotel, Suva, Fiji",["Pacific Ports Association"],"upcoming","9–11 June 2026",end="2026-06-11"),
  M("Ministerial Roundtable on ports",["ministerial roundtable"],"2026-06-09","Room 2, Grand Pacific Hotel, Suva",["Fiji","Samoa","Tonga","Vanuatu"],"upcoming","14:00–16:00 Ministerial Roundtable (closed): transport ministers of Fiji, Samoa, Tonga and Vanuatu (Room 2)"),
  M("Pacific Ports Association AGM",["annual general meeting"],day("2026-06-10","Wednesday"),"Room 4, Grand Pacific Hotel, Suva",["Pacific Ports Association"],"upcoming","14:30 Annual General Meeting of the Pacific Ports Association (members only), Room 4")])

t=("ANDEAN WATER UTILITIES CONGRESS 2026\nSheraton Lima Hotel & Convention Center, Lima, Peru | 21-23 October 2026\n\n"
   "The Congress brings together water utilities, regulators and ministers from Bolivia, Colombia, Ecuador and Peru.\n\n"
   "Tuesday 20 October\n15:00-17:00 Meeting of the Congress Steering Committee (closed)\n\n"
   "Wednesday 21 October\n09:00 Opening plenary\n16:00 Regulators' roundtable\n\n"
   "Registration: congress@awuc.org")
D(2,"2026-09-01",t,[
  M("Andean Water Utilities Congress 2026",["water utilities congress"],day("2026-10-21","Wednesday"),"Sheraton Lima Hotel & Convention Center, Lima, Peru",[],"upcoming","Sheraton Lima Hotel & Convention Center, Lima, Peru | 21-23 October 2026",end="2026-10-23"),
  M("Congress Steering Committee meeting",["steering committee"],day("2026-10-20","Tuesday"),"Lima",["Congress Steering Committee"],"upcoming","15:00-17:00 Meeting of the Congress Steering Committee (closed)")])

t=("Central Asia Energy Security Dialogue\nAstana, Kazakhstan\n3-4 March 2026\n\n"
   "Concept note\n\n"
   "The Dialogue, hosted by the Ministry of Energy of Kazakhstan, will bring together energy ministers of Kazakhstan, Kyrgyzstan, "
   "Tajikistan, Turkmenistan and Uzbekistan with the Asian Development Bank to discuss cross-border power trade.\n\n"
   "A preparatory meeting of senior officials was held online on 10 February 2026.")
D(3,"2026-02-16",t,[
  M("Central Asia Energy Security Dialogue",["energy security dialogue"],day("2026-03-03","Tuesday"),"Astana, Kazakhstan",["Kazakhstan","Kyrgyzstan","Tajikistan","Turkmenistan","Uzbekistan","Asian Development Bank"],"upcoming","3-4 March 2026",end="2026-03-04"),
  M("Preparatory meeting of senior officials",["preparatory meeting"],"2026-02-10",None,[],"past","A preparatory meeting of senior officials was held online on 10 February 2026.")])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
