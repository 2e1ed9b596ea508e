# fresh32d: stories written for round 17's "the two sides" class before any rule for it: a meeting of "the two
# companies", "the two ministers", "the two sides" or "the two countries" whose pair the story names apart, not
# joined by "and" (a bidder and its target, a minister and a visitor, a government and its creditors), and a
# guard (the pair joined by "and", which the rule had already). `python3 fresh32d.py` writes fresh32d.jsonl.
# Measured once on 6c61aa3 as first written: see fresh32_test.go.
import json, re
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32d-%02d"%i,published=pub,title="",text=text,meetings=ms))
def s(t,k): return [x for x in re.split(r'(?<=[.!?])\s+', t) if k in x][0]

t=("LONDON, June 3 - Calloway Engineering Plc raised its hostile offer for Brightmoor Industries Plc to 410 pence a "
   "share, valuing the pump maker at 620 mln stg.\n\n"
   "Brightmoor's board had rejected the earlier offer of 365 pence as too low.\n\n"
   "Advisers to the two companies will meet on Thursday to discuss a possible agreed deal, a person familiar with "
   "the matter said.")
D(1,"1987-06-03",t,[M("Calloway-Brightmoor advisers' meeting",["will meet on thursday"],"1987-06-04",None,["Calloway Engineering Plc","Brightmoor Industries Plc"],"upcoming",s(t,"two companies"))])

t=("SEOUL, Nov 12 (Reuters) - South Korean Industry Minister Park Min-seo will visit Canberra next week to discuss "
   "supplies of lithium and rare earths, her ministry said on Tuesday.\n\n"
   "She will hold talks with Australian Resources Minister Madeleine King on Nov. 19.\n\n"
   "The two ministers last met in Seoul in July, when they agreed to set up a working group on critical minerals.")
D(2,"2024-11-12",t,[
 M("Park-King talks in Canberra",["hold talks"],"2024-11-19","Canberra",["Park Min-seo","Madeleine King"],"upcoming",s(t,"hold talks")),
 M("Park-King meeting in Seoul",["last met"],"2024-07","Seoul",["Park Min-seo","Madeleine King"],"past",s(t,"last met"),prec="month")])

t=("QUITO, Aug 14 (Reuters) - Ecuador will resume talks with its commercial bank creditors on Aug. 20 in New York on "
   "restructuring 8.2 billion dlrs of debt, Finance Minister Rafael Lopez said.\n\n"
   "The bank advisory committee is led by Citibank.\n\n"
   "The two sides last met in Quito on June 28, when the talks broke down over the interest margin.")
D(3,"1987-08-14",t,[
 M("Ecuador debt talks in New York",["resume talks"],"1987-08-20","New York",["Ecuador","commercial bank creditors","Rafael Lopez"],"upcoming",s(t,"resume talks")),
 M("Ecuador-creditor meeting in Quito",["last met"],"1987-06-28","Quito",["Ecuador","bank advisory committee"],"past",s(t,"last met"))])

t=("NAIROBI, May 5 - Uganda has accused Kenya of blocking fuel shipments bound for Kampala at the port of Mombasa.\n\n"
   "The dispute has pushed up pump prices across Uganda.\n\n"
   "Foreign ministers of the two countries will meet in Nairobi on Friday to try to settle the row, a Kenyan "
   "government spokesman said.")
D(4,"2025-05-05",t,[M("Kenya-Uganda foreign ministers' meeting",["foreign ministers"],"2025-05-09","Nairobi",["Kenya","Uganda"],"upcoming",s(t,"two countries"))])

t=("TOKYO, March 2 - Toho Precision Co Ltd agreed to buy a 40 pct stake in Osaka Bearing Co for 9.5 billion yen, "
   "the companies said.\n\n"
   "The deal is subject to approval by the Fair Trade Commission.\n\n"
   "The two companies' presidents met in Osaka on February 26 to settle the terms, a spokesman said.")
D(5,"1987-03-02",t,[M("Toho-Osaka Bearing presidents' meeting",["presidents met"],"1987-02-26","Osaka",["Toho Precision Co Ltd","Osaka Bearing Co"],"past",s(t,"presidents met"))])

t=("BERLIN, Sept 9 (Reuters) - Germany and Poland agreed to build a second rail bridge over the Oder, officials said "
   "on Monday.\n\n"
   "The two countries will hold consultations in Warsaw on Oct. 7.")
D(6,"2024-09-09",t,[M("German-Polish consultations in Warsaw",["consultations"],"2024-10-07","Warsaw",["Germany","Poland"],"upcoming",s(t,"consultations"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
