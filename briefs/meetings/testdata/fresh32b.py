# fresh32b: stories written for round 17's company-owner class before any rule for it: a company's board or
# shareholders' meeting told only by "the board", "the company's annual meeting", "its annual general
# meeting" or "the bank's AGM", the company named by its full name one or more sentences before, with other
# companies (a bidder, an adviser, a regulator) named in between. `python3 fresh32b.py` writes fresh32b.jsonl.
# Measured once on 5141859 as first written: see fresh32_test.go.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms):
    for m in ms: assert m["evidence"] in text, (i, m["evidence"])
    docs.append(dict(id="f32b-%02d"%i,published=pub,title="",text=text,meetings=ms))
def s(t,k): 
    import re
    return [x for x in re.split(r'(?<=[.!?])\s+', t) if k in x][0]

t=("TORONTO, March 9 - Ridgeback Copper Ltd said it had received an unsolicited takeover proposal from Anvil Metals Corp "
   "worth about 410 mln Canadian dlrs.\n\n"
   "Anvil, advised by Dominion Securities Inc, offered 6.20 dlrs a share in cash.\n\n"
   "The board will meet on Thursday to consider the proposal, a company spokeswoman said.")
D(1,"1987-03-09",t,[M("Ridgeback Copper board meeting",["board will meet"],"1987-03-12",None,["Ridgeback Copper Ltd"],"upcoming",s(t,"The board will meet"))])

t=("HONG KONG, April 22 - Pacific Harbour Holdings Ltd said net profit rose 18 pct in 1987 to 612 mln H.K. dlrs.\n\n"
   "Chairman Victor Leung said the group was in talks with China Merchants Steam Navigation Co on a container terminal "
   "in Shekou.\n\n"
   "The company's annual general meeting will be held on June 3, when shareholders will be asked to approve a "
   "one-for-five bonus issue.")
D(2,"1988-04-22",t,[M("Pacific Harbour annual general meeting",["annual general meeting"],"1988-06-03",None,["Pacific Harbour Holdings Ltd"],"upcoming",s(t,"annual general meeting"))])

t=("ZURICH, May 4 (Reuters) - Shareholders of Helvetia Instruments AG rejected the board's pay report by a narrow margin, "
   "a rare rebuke for the Swiss maker of laboratory scales.\n\n"
   "Proxy adviser Ethos had urged investors to vote against.\n\n"
   "Chairman Beat Zollinger said the board would meet in June to review the pay policy.")
D(3,"2024-05-04",t,[M("Helvetia Instruments board meeting",["board would meet"],"2024-06",None,["Helvetia Instruments AG","Beat Zollinger"],"upcoming",s(t,"board would meet"),prec="month")])

t=("LAGOS, June 2 (Reuters) - Sahel Continental Bank Plc will pay a final dividend of 0.60 naira a share, it said on Monday.\n\n"
   "The Central Bank of Nigeria raised its benchmark rate last month.\n\n"
   "Shareholders at the bank's annual general meeting, held in Lagos on May 29, approved the dividend and re-elected "
   "three directors.")
D(4,"2025-06-02",t,[M("Sahel Continental Bank AGM",["annual general meeting"],"2025-05-29","Lagos",["Sahel Continental Bank Plc"],"past",s(t,"annual general meeting"))])

t=("NEW YORK, March 30 - Dalton Furniture Corp said it would fight a hostile bid by Kensington Partners, which already owns "
   "9.1 pct of its stock.\n\n"
   "Kensington said it would seek board seats if the offer was rejected.\n\n"
   "Dalton also said its annual meeting, originally set for April 21, had been moved to May 19 to give shareholders "
   "time to weigh the offer.")
D(5,"1987-03-30",t,[M("Dalton Furniture annual meeting",["annual meeting"],"1987-05-19",None,["Dalton Furniture Corp"],"upcoming",s(t,"annual meeting"))])

t=("OSLO, Nov 10 - Fjordlys Energi ASA will ask shareholders to approve a share buyback of up to 5 percent of its capital.\n\n"
   "The buyback follows a sale of offshore wind assets to Nordvind Capital for 2.1 billion crowns.\n\n"
   "The board of directors approved the proposal at its meeting on November 7, the company said.")
D(6,"2025-11-10",t,[M("Fjordlys Energi board meeting",["board of directors"],"2025-11-07",None,["Fjordlys Energi ASA"],"past",s(t,"board of directors"))])

with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
