# fresh31a: stories written for round 16's member-list class before any rule for it: the parties of a
# meeting named in the sentence after it as the members, delegations or invited ("The committee, which
# includes A, B and C, ..."; "Delegations from A, B and C are attending"; "The creditors included A and B";
# "Foreign ministers of A, B and C have been invited"), with two guards (a list that is no attendance).
# `python3 fresh31a.py` writes fresh31a.jsonl. Measured once on a2ae4ef as first written: see
# fresh31_test.go. Story 7 first had a Monday publication with "on Monday" meant as a week on; its dateline
# was moved to the Friday before after that measurement (our slip, not a rule's).
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f31a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def p(t,n): return t.split("\n\n")[n]

t=("GENEVA, Feb 9 - The International Sugar Organization's market committee will meet here on Thursday to review "
   "the export quota system, an ISO spokesman said.\n\n"
   "The committee, which includes Brazil, Cuba, Thailand and the European Community, is expected to recommend a "
   "cut in quotas for the second quarter.\n\n"
   "World sugar prices have fallen by a third since October.")
D(1,"1988-02-09",t,[M("ISO market committee meeting",["market committee"],"1988-02-11","Geneva",
  ["International Sugar Organization","Brazil","Cuba","Thailand","European Community"],"upcoming",p(t,0))])

t=("NAIROBI, June 3 - Ministers from six East African states began two days of talks here today on sharing the "
   "waters of Lake Victoria, a government official said.\n\n"
   "Delegations from Kenya, Uganda, Tanzania, Rwanda, Burundi and South Sudan are attending, along with observers "
   "from the World Bank.\n\n"
   "Uganda wants a larger share for hydropower.")
D(2,"1991-06-03",t,[M("Lake Victoria water talks",["talks"],"1991-06-03","Nairobi",
  ["Kenya","Uganda","Tanzania","Rwanda","Burundi","South Sudan","World Bank"],"ongoing",p(t,0),end="1991-06-04")])

t=("PARIS, Oct 14 - Creditor governments agreed in the Paris Club today to reschedule 140 mln dlrs of Senegal's "
   "official debt, a French Treasury statement said.\n\n"
   "The creditors included Belgium, Canada, Italy and the Netherlands.\n\n"
   "Senegal's delegation was led by Economy Minister Amadou Fall.")
D(3,"1989-10-14",t,[M("Paris Club meeting on Senegal debt",["paris club"],"1989-10-14","Paris",
  ["Paris Club","Belgium","Canada","Italy","Netherlands","Senegal","Amadou Fall"],"past",p(t,0))])

t=("Rome (AFP) - Italy will host a conference on migration across the central Mediterranean in Rome on July 23, "
   "the foreign ministry said Monday.\n\n"
   "Interior ministers of Tunisia, Libya, Malta and Greece have been invited, along with the UN refugee agency, "
   "a ministry spokesman said.\n\n"
   "Arrivals by sea have doubled this year.")
D(4,"2024-07-08",t,[M("Rome migration conference",["conference"],"2024-07-23","Rome",
  ["Italy","Tunisia","Libya","Malta","Greece","UN refugee agency"],"upcoming",p(t,0))])

t=("LONDON, May 2 - The Commonwealth's ministerial action group will meet in London on Monday to discuss the "
   "crisis in the Maldives, the Secretariat said.\n\n"
   "The group is made up of the foreign ministers of Botswana, Jamaica, Malta, New Zealand and Pakistan.\n\n"
   "Opposition leaders have been detained since March.")
D(5,"1995-05-02",t,[M("Commonwealth ministerial action group meeting",["ministerial action group"],"1995-05-08","London",
  ["Commonwealth","Botswana","Jamaica","Malta","New Zealand","Pakistan"],"upcoming",p(t,0))])

t=("VIENNA, March 1 - OPEC's long-term strategy committee will meet on March 15 to discuss pricing policy for "
   "the 1990s, OPEC sources said.\n\n"
   "The committee groups the oil ministers of Iran, Iraq, Libya and Nigeria.\n\n"
   "The full conference meets in June.")
D(6,"1989-03-01",t,[M("OPEC long-term strategy committee meeting",["strategy committee"],"1989-03-15","Vienna",
  ["OPEC","Iran","Iraq","Libya","Nigeria"],"upcoming",p(t,0)),
  M("OPEC conference",["full conference"],"1989-06","Vienna",["OPEC"],"upcoming",p(t,2),prec="month")])

# guards: a list that is not who meets
t=("BRUSSELS, Nov 17 - EU agriculture ministers will meet in Brussels on Monday to discuss the sugar regime, "
   "an EU spokesman said.\n\n"
   "Imports from Brazil, Thailand and India rose by a fifth last year.\n\n"
   "Beet growers want a price floor.")
D(7,"2006-11-17",t,[M("EU agriculture ministers meeting",["agriculture ministers"],"2006-11-20","Brussels",
  ["EU"],"upcoming",p(t,0))])

t=("TOKYO, Sept 5 - The Bank of Japan's policy board will meet on Thursday and Friday, a bank spokesman said.\n\n"
   "The agenda, which includes bond purchases, yield control and the yen, will be published on Monday.\n\n"
   "Most economists expect no change.")
D(8,"2023-09-05",t,[M("Bank of Japan policy board meeting",["policy board"],"2023-09-07","Tokyo",
  ["Bank of Japan"],"upcoming",p(t,0),end="2023-09-08")])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
