# fresh37e: a meeting owned by a year ("last year's summit in Madrid in June", "next year's conference in
# Dubai in November", "this year's talks in Geneva in March") whose month is that year's, beside a month
# with its own year and a month of another event. Written for round 22 in my own words after reading one
# read-set miss of the class (b28a-34), so not blind to it. Measured once on 0713b11, before any rule: see
# fresh37_test.go. After that measurement story 06's talks that "began in Brussels in December 2024" were
# added as optional: my gold had left them out, and the guideline does not rule them out. `python3 fresh37e.py` writes fresh37e.jsonl.
from freshset import M, docset
D, write = docset("f37e")

e1="At last year's summit in Madrid in June, the three countries signed a memorandum on arms exports."
D(1,"2023-07-05","ANKARA, July 5 - Sweden hopes Turkey will approve its membership soon, officials said on Wednesday. "+e1,
 [M("NATO Madrid summit",["summit in madrid"],"2022-06","Madrid",[],"past",e1,prec="month")])
e1="Next year's conference in Dubai in November will review the pledges, the organisers said."
D(2,"2026-03-10","NAIROBI, March 10 - Donors pledged $2 billion for drought relief in the Horn of Africa on Tuesday. "+e1,
 [M("Dubai review conference",["conference in dubai"],"2027-11","Dubai",[],"upcoming",e1,prec="month")])
e1="This year's talks in Geneva in March ended without agreement on the fisheries annex."
D(3,"2026-09-14","GENEVA, Sept 14 - Trade ministers will try again next month to agree curbs on fishing subsidies. "+e1,
 [M("March fisheries talks in Geneva",["talks in geneva"],"2026-03","Geneva",[],"past",e1,prec="month")])
e1="The 2024 summit in Lima in November adopted a plan on food security."
D(4,"2026-02-18","SINGAPORE, Feb 18 - APEC leaders will meet in Shenzhen in November, China said on Wednesday. "+e1,
 [M("APEC Shenzhen summit",["meet in shenzhen"],"2026-11","Shenzhen",["APEC"],"upcoming","APEC leaders will meet in Shenzhen in November, China said on Wednesday.",prec="month"),
  M("APEC Lima summit",["summit in lima"],"2024-11","Lima",[],"past",e1,prec="month")])
e1="Last year's meeting, which was delayed by a strike in May, finally took place in Oslo in September."
D(5,"2026-01-20","OSLO, Jan 20 - The Nordic fisheries council will meet in Reykjavik on March 3, its secretariat said on Tuesday. "+e1,
 [M("Nordic fisheries council meeting in Reykjavik",["meet in reykjavik"],"2026-03-03","Reykjavik",["Nordic fisheries council"],"upcoming","The Nordic fisheries council will meet in Reykjavik on March 3, its secretariat said on Tuesday."),
  M("Nordic fisheries council meeting in Oslo",["last year's meeting"],"2025-09","Oslo",[],"past",e1,prec="month")])
e1="Last year's talks, which began in Brussels in December 2024, have stalled."
D(6,"2026-04-08","BRUSSELS, April 8 - The EU and India resumed trade talks on Wednesday. "+e1,
 [M("EU-India trade talks resumed",["resumed trade talks"],"2026-04-08","Brussels",["EU","India"],"ongoing","The EU and India resumed trade talks on Wednesday."),
  M("EU-India talks launched in Brussels",["talks, which began"],"2024-12","Brussels",["EU","India"],"past",e1,prec="month",opt=True)])

write(__file__)
