# fresh27a: stories written for round 12's classes (a person named after an organisation and a title
# inside one capitalised run, a state's formal name, a courtesy call, a shouted heading line, a bare
# lower-case building as the place, line-initial words of a notice, a currency amount) before any rule of
# the round; `python3 fresh27a.py` writes fresh27a.jsonl.
# Measured once on main edd70f0 as first written: F1 0.727, status 1.000, place 0.750, participants P 0.833
# R 0.938. That gold had two errors against the guideline, mended after: f27-06's "fifth dialogue ... next
# year" was a meeting though no month resolves it, and f27-01's "the regional bloc's October summit"
# (resolved to a month) was left out. On the mended gold: F1 0.727, place 0.750, P 0.833 R 0.938 (below).
import json
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=date,precision=prec,end_date=end,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f27-%02d"%i,published=pub,title="",text=text,meetings=ms))
t="JAKARTA, Aug 4 (Reuters) - ASEAN Secretary-General Kao Kim Hourn met Indonesian Foreign Minister Sugiono in Jakarta on Monday to discuss preparations for the regional bloc's October summit, the secretariat said."
D(1,"2026-08-04",t,[M("Kao-Sugiono meeting",["kao kim hourn"],"2026-08-03","Jakarta",["Kao Kim Hourn","Sugiono"],"past",t[t.index("ASEAN Secretary-General"):t.index(", the secretariat")+1]),
 M("ASEAN summit",["october summit"],"2026-10",None,["ASEAN"],"upcoming",t[t.index("ASEAN Secretary-General"):t.index(", the secretariat")+1],prec="month")])
t="WASHINGTON, June 2 (Reuters) - Treasury Secretary Scott Bessent will meet Fed Chair Jerome Powell on Thursday for their regular lunch at the Treasury, a department spokesperson said."
D(2,"2026-06-02",t,[M("Bessent-Powell lunch meeting",["powell"],"2026-06-04","Treasury",["Scott Bessent","Jerome Powell"],"upcoming",t[t.index("Treasury Secretary"):t.index(", a department")+1])])
t="DILI, March 12 - Delegations of the Republic of Indonesia and the Democratic Republic of Timor-Leste opened the eighth meeting of their Joint Border Committee in Dili on Thursday to settle the last two unresolved segments of the land border."
D(3,"2026-03-12",t,[M("Indonesia-Timor-Leste Joint Border Committee",["joint border committee"],"2026-03-12","Dili",["Indonesia","Timor-Leste"],"ongoing",t[t.index("Delegations"):])])
t="NEW DELHI, Jan 20 (IANS) - External Affairs Minister S. Jaishankar will call on Sultan Haitham bin Tarik in Muscat on January 27 during a two-day visit to Oman, the ministry said on Tuesday. He will also co-chair the seventh meeting of the India-Oman Joint Commission with his Omani counterpart Sayyid Badr Albusaidi on January 28."
D(4,"2026-01-20",t,[M("Jaishankar call on Sultan Haitham",["haitham"],"2026-01-27","Muscat",["S. Jaishankar","Haitham bin Tarik"],"upcoming",t[t.index("External"):t.index("Tuesday.")+8]),
 M("India-Oman Joint Commission",["joint commission"],"2026-01-28","Muscat",["India","Oman","S. Jaishankar","Sayyid Badr Albusaidi"],"upcoming",t[t.index("He will also"):])])
t="KATHMANDU, Sept 14 - Visiting Bangladeshi Prime Minister Muhammad Yunus called on President Ram Chandra Poudel at Sheetal Niwas on Sunday evening, officials said."
D(5,"2026-09-14",t,[M("Yunus call on Poudel",["poudel"],"2026-09-13","Sheetal Niwas",["Muhammad Yunus","Ram Chandra Poudel"],"past",t[t.index("Visiting"):])])
t="FOURTH AUSTRALIA-INDONESIA MARITIME DIALOGUE\n\nCANBERRA, 6 May 2026 - Australia and Indonesia held the fourth Maritime Dialogue in Canberra on 5 May 2026, covering fisheries enforcement, search and rescue and port security. The fifth dialogue will be held in Bali next year."
D(6,"2026-05-06",t,[M("Fourth Australia-Indonesia Maritime Dialogue",["maritime dialogue"],"2026-05-05","Canberra",["Australia","Indonesia"],"past",t[t.index("Australia and Indonesia"):t.index("The fifth")-1]),
 ])
t="MANILA, Feb 9 - Agriculture Secretary Francisco Tiu Laurel met rice importers and traders at the department on Monday and asked them to keep retail prices under PHP45 a kilo during the harvest season."
D(7,"2026-02-09",t,[M("Tiu Laurel meeting with rice importers",["tiu laurel"],"2026-02-09",None,["Francisco Tiu Laurel","rice importers","traders"],"past",t[t.index("Agriculture"):])])
t="PUNE, Oct 5 (PTI) - The standing committee of the Pune Municipal Corporation approved Rs 312 crore for road repairs at its meeting on Monday. Main roads in five wards will be resurfaced before the monsoon, the civic body said."
D(8,"2026-10-05",t,[M("PMC standing committee meeting",["standing committee"],"2026-10-05","Pune",["Pune Municipal Corporation"],"past",t[t.index("The standing"):t.index("Main roads")-1])])
t="HARTWELL TOWN COUNCIL\nPLANNING COMMITTEE\n\nUpdated 2 March 2026\n\nA meeting of the Planning Committee will be held on Monday 9 March 2026 at 7.00 pm in the Council Chamber, Town Hall, Hartwell.\n\nAGENDA\n1. Apologies for absence\n2. Declarations of interest\n3. Consideration of planning applications\n4. Report of the Town Clerk"
D(9,"2026-03-02",t,[M("Hartwell Planning Committee meeting",["planning committee"],"2026-03-09","Council Chamber, Town Hall, Hartwell",["Planning Committee"],"upcoming",t[t.index("A meeting"):t.index("AGENDA")-2])])
t="GENEVA, Nov 18 (AFP) - UN High Commissioner for Refugees Barham Salih met Chinese Ambassador Chen Xu in Geneva on Tuesday to discuss funding for the agency's programmes in Myanmar, a UNHCR spokesman said."
D(10,"2026-11-18",t,[M("Salih-Chen meeting",["barham salih"],"2026-11-17","Geneva",["Barham Salih","Chen Xu"],"past",t[t.index("UN High"):t.index(", a UNHCR")+1])])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d)+"\n")
