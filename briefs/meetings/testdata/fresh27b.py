# fresh27b: stories written for round 12's second group of classes (the words of a notice's agenda and
# calendar lines taken as parties, an AP-style weekday without "on", a shouted heading that names the
# meeting) before any rule for them; `python3 fresh27b.py` writes fresh27b.jsonl.
# Measured once on 784f59e: F1 0.625, status 1.000, place 1.000, participants P 0.875 R 0.778.
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=date,precision=prec,end_date=end,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f27b-%02d"%i,published=pub,title="",text=text,meetings=ms))
t="BOARD OF EDUCATION\nWillow Creek Unified School District\n\nREGULAR MEETING\nTuesday, March 10, 2026\nDistrict Office Board Room, 410 Alder Street\n\nOpen Session - 6:00 p.m.\n1. Call to Order and Pledge of Allegiance\n2. Consent Agenda: Ratification of the agreement with the Willow Creek Teachers Association\n3. Report of the Superintendent\n4. Information Items: Interdistrict transfer requests"
D(1,"2026-03-03",t,[M("Willow Creek USD Board of Education regular meeting",["board of education"],"2026-03-10","District Office Board Room, 410 Alder Street",["Board of Education"],"upcoming",t[t.index("REGULAR MEETING"):t.index("Open Session")-2])])
t="Updated: 2 March 2026\n\nCOUNCIL OF THE EUROPEAN UNION - Main meetings, week 11\n\nMonday 9 March: Eurogroup, Brussels, 15.00.\nTuesday 10 March: Economic and Financial Affairs Council, Brussels.\nThursday 12 March: Environment Council, Brussels."
D(2,"2026-03-02",t,[M("Eurogroup meeting",["eurogroup"],"2026-03-09","Brussels",["Eurogroup"],"upcoming",t[t.index("Monday 9"):t.index("Tuesday 10")-1]),
 M("ECOFIN Council",["economic and financial affairs council"],"2026-03-10","Brussels",["Economic and Financial Affairs Council"],"upcoming",t[t.index("Tuesday 10"):t.index("Thursday 12")-1]),
 M("Environment Council",["environment council"],"2026-03-12","Brussels",["Environment Council"],"upcoming",t[t.index("Thursday 12"):])])
t="WASHINGTON (AP) - The Federal Reserve's policy committee begins a two-day meeting Tuesday and is expected to leave its key rate unchanged when it ends Wednesday, economists said."
D(3,"2026-03-16",t,[M("Fed policy meeting",["federal reserve"],"2026-03-17","Washington",["Federal Reserve"],"upcoming",t[t.index("The Federal"):],end="2026-03-18")])
t="THIRD INDIA-VIETNAM MARITIME SECURITY DIALOGUE HELD IN HANOI\n\nHanoi, 4 March 2026\n\nThe third India-Vietnam Maritime Security Dialogue was held in Hanoi on 3 March 2026. The Indian delegation was led by Joint Secretary Anand Kumar and the Vietnamese delegation by Deputy Director General Tran Van Hoa."
D(4,"2026-03-04",t,[M("Third India-Vietnam Maritime Security Dialogue",["maritime security dialogue"],"2026-03-03","Hanoi",["India","Vietnam","Anand Kumar","Tran Van Hoa"],"past",t[t.index("The third"):])])
t="UNITE THE UNION - EASTFIELD BUSES BRANCH\n\nMembers' meetings\n\nMass meetings for all members will be held in the Northgate depot canteen on Friday 13 March at 10am and 3pm. Talks with Eastfield Buses management resume at Acas on Monday 16 March."
D(5,"2026-03-06",t,[M("Unite mass meetings at Northgate depot",["mass meetings"],"2026-03-13","Northgate depot canteen",["Unite"],"upcoming",t[t.index("Mass meetings"):t.index("Talks with")-1]),
 M("Unite-Eastfield Buses talks at Acas",["acas"],"2026-03-16","Acas",["Unite","Eastfield Buses"],"upcoming",t[t.index("Talks with"):])])
t="CITY OF LAKESIDE\nNOTICE OF SPECIAL MEETING\n\nNotice is hereby given that the Lakeside City Council will hold a special meeting on Thursday, March 12, 2026, at 5:30 p.m. in the Council Chambers, City Hall, 200 Main Street.\n\nItems: Ordinance 2026-04 amending the water rate schedule; Resolution adopting the Climate Action Plan."
D(6,"2026-03-05",t,[M("Lakeside City Council special meeting",["special meeting"],"2026-03-12","Council Chambers, City Hall, 200 Main Street",["Lakeside City Council"],"upcoming",t[t.index("Notice is"):t.index("Items:")-2])])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
