# fresh27c: stories written for round 12's third group of classes (a past main verb before an infinitive
# that sits between it and the meeting's day, a shouted dateline city named again in the text, a currency
# amount beside a meeting, a ministry with no name as the venue, a visit to a place with a purpose of talks)
# before any rule for them; `python3 fresh27c.py` writes fresh27c.jsonl.
# Measured once on b54f8b9 as first written: F1 0.500, status 1.000, place 0.333, participants P 1.000
# R 0.667. Three gold errors of mine were mended after: f27c-06's "Tuesday" is 3 November (I had written the
# publication day); f27c-03 named the Agriculture Secretary, who only speaks, as a party of the council's
# meeting; f27c-05's visits are "to discuss ... with both governments", no named hosts as the guideline asks,
# so they are optional. On the mended gold the same binary scores F1 0.800, place 0.250, P 1.000 R 0.857.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=date,precision=prec,end_date=end,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f27c-%02d"%i,published=pub,title="",text=text,meetings=ms))
t="LONDON, April 16 (Reuters) - Shareholders holding about 18% of Northwind Energy's shares backed a resolution asking the company to explain how its gas expansion fits its climate targets at the utility's annual general meeting in Birmingham on Tuesday."
D(1,"2026-04-16",t,[M("Northwind Energy annual general meeting",["annual general meeting"],"2026-04-14","Birmingham",["Northwind Energy"],"past",t[t.index("Shareholders"):])])
t="WASHINGTON, April 24 - Treasury Secretary Scott Bessent and Japanese Finance Minister Katsunobu Kato met at the Treasury on Thursday to discuss currency markets, the Treasury said.\n\nWASHINGTON and Tokyo agreed to keep in close contact, the statement said."
D(2,"2026-04-24",t,[M("Bessent-Kato meeting",["kato"],"2026-04-23","Treasury",["Scott Bessent","Katsunobu Kato"],"past",t[t.index("Treasury Secretary"):t.index("\n")])])
t="MANILA, July 7 - The National Food Authority council met on Friday and approved the release of 300,000 bags of rice to be sold at PHP29 a kilo in Metro Manila markets, Agriculture Secretary Francisco Tiu Laurel said."
D(3,"2026-07-07",t,[M("NFA council meeting",["national food authority council"],"2026-07-03","Manila",["National Food Authority"],"past",t[t.index("The National"):])])
t="ROME, Feb 12 (Reuters) - Agriculture Minister Francesco Lollobrigida will meet representatives of fishing cooperatives at the ministry on Thursday to discuss compensation for the fleet's idle days, his office said."
D(4,"2026-02-12",t,[M("Lollobrigida meeting with fishing cooperatives",["fishing cooperatives"],"2026-02-12","Rome",["Francesco Lollobrigida","fishing cooperatives"],"upcoming",t[t.index("Agriculture"):])])
t="UNITED NATIONS, Aug 20 (Reuters) - Secretary-General Antonio Guterres is expected to visit Addis Ababa and Nairobi next month to discuss the ceasefire plan with both governments, a U.N. spokesman said."
D(5,"2026-08-20",t,[dict(M("Guterres talks in Addis Ababa",["addis ababa"],"2026-09","Addis Ababa",["Antonio Guterres"],"upcoming",t[t.index("Secretary-General"):],prec="month"),optional=True),
 dict(M("Guterres talks in Nairobi",["nairobi"],"2026-09","Nairobi",["Antonio Guterres"],"upcoming",t[t.index("Secretary-General"):],prec="month"),optional=True)])
t="TOKYO, Nov 4 (Kyodo) - Economy Minister Ryosei Akazawa met Toyota Motor Corp President Koji Sato at the ministry on Tuesday to ask the carmaker to raise suppliers' prices, ministry officials said."
D(6,"2026-11-04",t,[M("Akazawa-Sato meeting",["koji sato"],"2026-11-03","Tokyo",["Ryosei Akazawa","Koji Sato"],"past",t[t.index("Economy"):])])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
