# fresh30a: stories written for round 15's notice-place classes (where a notice, agenda or diary names the
# room or building of its meeting): a diary's location column after " - " or " – " that names a building or
# an office, not a city; a table whose header names a "Location" or "Venue" column; an agenda's head whose
# venue line sits under the day and time, apart from the body's name; a lead-in that gives one room to a
# list of committee meetings; a notice "held at the Ballroom, Level 2, Hotel, Street, City"; a lowercase
# venue ("in the clubhouse", "in the pavilion"); written before any rule for them.
# `python3 fresh30a.py` writes fresh30a.jsonl. Dates are written out here; every weekday was checked with
# python3 (the check runs below). Measured once on 4c30691 (the round's start) as first written: F1 0.880,
# status 1.000, place 0.500, participants P 0.760 (19/25) R 0.679 (19/28). No gold was mended after.
import json, datetime as dt
def M(title,keys,date,place,parts,status,ev,prec="day",end=None):
    return dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
docs=[]
def D(i,pub,text,ms): docs.append(dict(id="f30a-%02d"%i,published=pub,title="",text=text,meetings=ms))
def day(s,name):  # the date s is the weekday name: the story's written weekday is checked
    d=dt.date.fromisoformat(s); assert d.strftime("%A")==name, (s,name); return s

t=("Office of Hon Mereana Rāwiri\nMinister of Health\n\nMinister's forward diary (proactive release)\nWeek of Monday 9 November 2026\n\n"
   "Monday 9 November\n08.30–09.00  Officials' briefing: Ministry of Health - Minister's office, Parliament Buildings\n"
   "10.00–12.00  Cabinet - Cabinet Room, Parliament Buildings\n"
   "14.00–14.45  Meeting: New Zealand Nurses Organisation (President Kerri Nuku) - Executive Wing\n\n"
   "Tuesday 10 November\n09.00–10.00  Meeting with Te Whatu Ora board chair - Level 7, 133 Molesworth Street\n"
   "13.00–13.30  Media stand-up - Beehive Theatrette\n\n"
   "Wednesday 11 November\n11.00–12.00  Meeting with the Royal Australasian College of Surgeons - Minister's office")
D(1,"2026-11-06",t,[
  M("Ministry of Health officials' briefing",["officials' briefing"],day("2026-11-09","Monday"),"Minister's office, Parliament Buildings",["Mereana Rāwiri","Ministry of Health"],"upcoming","08.30–09.00  Officials' briefing: Ministry of Health - Minister's office, Parliament Buildings"),
  M("Cabinet meeting",["cabinet"],"2026-11-09","Cabinet Room, Parliament Buildings",["Mereana Rāwiri","Cabinet"],"upcoming","10.00–12.00  Cabinet - Cabinet Room, Parliament Buildings"),
  M("Meeting with the New Zealand Nurses Organisation",["nurses organisation"],"2026-11-09","Executive Wing",["Mereana Rāwiri","New Zealand Nurses Organisation","Kerri Nuku"],"upcoming","14.00–14.45  Meeting: New Zealand Nurses Organisation (President Kerri Nuku) - Executive Wing"),
  M("Meeting with Te Whatu Ora board chair",["te whatu ora"],day("2026-11-10","Tuesday"),"Level 7, 133 Molesworth Street",["Mereana Rāwiri","Te Whatu Ora"],"upcoming","09.00–10.00  Meeting with Te Whatu Ora board chair - Level 7, 133 Molesworth Street"),
  M("Meeting with the Royal Australasian College of Surgeons",["college of surgeons"],day("2026-11-11","Wednesday"),"Minister's office",["Mereana Rāwiri","Royal Australasian College of Surgeons"],"upcoming","11.00–12.00  Meeting with the Royal Australasian College of Surgeons - Minister's office")])

t=("Cllr Joanne Pryce, Leader of Eastmoor District Council\nPublished diary: October 2026\n\n"
   "Date | Time | Engagement | Venue\n"
   "Thu 1 Oct | 10.00 | Meeting with the Chief Executive and Directors | Town Hall\n"
   "Mon 5 Oct | 14.00 | Eastmoor Business Improvement District board | Guildhall Chambers\n"
   "Wed 7 Oct | 18.30 | Full Council | Council Chamber, Town Hall\n"
   "Fri 9 Oct | 11.00 | Meeting with Northern Rail managing director | Online\n"
   "Tue 13 Oct | 09.30 | Combined Authority Leaders' Board | Wakefield One, Wakefield\n\n"
   "Entries for constituency and party business are not published.")
D(2,"2026-11-02",t,[
  M("Meeting with the Chief Executive and Directors",["chief executive and directors"],day("2026-10-01","Thursday"),"Town Hall",["Joanne Pryce"],"past","Thu 1 Oct | 10.00 | Meeting with the Chief Executive and Directors | Town Hall"),
  M("Eastmoor Business Improvement District board meeting",["business improvement district"],day("2026-10-05","Monday"),"Guildhall Chambers",["Joanne Pryce","Eastmoor Business Improvement District"],"past","Mon 5 Oct | 14.00 | Eastmoor Business Improvement District board | Guildhall Chambers"),
  M("Full Council meeting",["full council"],day("2026-10-07","Wednesday"),"Council Chamber, Town Hall",["Eastmoor District Council"],"past","Wed 7 Oct | 18.30 | Full Council | Council Chamber, Town Hall"),
  M("Meeting with Northern Rail managing director",["northern rail"],day("2026-10-09","Friday"),None,["Joanne Pryce","Northern Rail"],"past","Fri 9 Oct | 11.00 | Meeting with Northern Rail managing director | Online"),
  M("Combined Authority Leaders' Board",["leaders' board"],day("2026-10-13","Tuesday"),"Wakefield One, Wakefield",["Joanne Pryce","Combined Authority Leaders' Board"],"past","Tue 13 Oct | 09.30 | Combined Authority Leaders' Board | Wakefield One, Wakefield")])

t=("OAK FALLS UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION\nREGULAR MEETING AGENDA\n\n"
   "Monday, March 9, 2026\nClosed Session 5:00 p.m. | Open Session 6:00 p.m.\nBoard Room, Civic Center, 455 Main Street, Oak Falls\n\n"
   "1. Call to Order\n2. Closed Session: Public Employee Performance Evaluation (Superintendent)\n3. Pledge of Allegiance\n"
   "4. Approval of minutes of the regular meeting of February 23, 2026\n5. Public Comment\n"
   "6. Action Item: Adoption of the 2026-27 school calendar\n7. Adjournment\n\nPosted: March 5, 2026")
D(3,"2026-03-05",t,[
  M("Oak Falls USD Board of Education regular meeting",["board of education","regular meeting"],day("2026-03-09","Monday"),"Board Room, Civic Center, 455 Main Street, Oak Falls",["Oak Falls Unified School District Board of Education"],"upcoming","Monday, March 9, 2026"),
  M("Board regular meeting of February 23",["february 23, 2026"],day("2026-02-23","Monday"),None,["Board of Education"],"past","4. Approval of minutes of the regular meeting of February 23, 2026")])

t=("BRANTWICK BOROUGH COUNCIL\n\nNOTICE OF MEETINGS\n\n"
   "The following committees will meet at 7.00 pm in the Council Chamber, Town Hall, Market Street, Brantwick:\n\n"
   "Planning Committee – Monday 12 October 2026\nLicensing Committee – Wednesday 14 October 2026\n"
   "Audit and Governance Committee – Thursday 22 October 2026\n\n"
   "Agendas are available from the Democratic Services office five clear working days before each meeting.\n\n"
   "Dated 2 October 2026\nMarion Ashby, Chief Executive")
D(4,"2026-10-02",t,[
  M("Brantwick Planning Committee meeting",["planning committee"],day("2026-10-12","Monday"),"Council Chamber, Town Hall, Market Street, Brantwick",["Planning Committee"],"upcoming","Planning Committee – Monday 12 October 2026"),
  M("Brantwick Licensing Committee meeting",["licensing committee"],day("2026-10-14","Wednesday"),"Council Chamber, Town Hall, Market Street, Brantwick",["Licensing Committee"],"upcoming","Licensing Committee – Wednesday 14 October 2026"),
  M("Brantwick Audit and Governance Committee meeting",["audit and governance committee"],day("2026-10-22","Thursday"),"Council Chamber, Town Hall, Market Street, Brantwick",["Audit and Governance Committee"],"upcoming","Audit and Governance Committee – Thursday 22 October 2026")])

t=("SERAYA PLANTATIONS BERHAD\n(Registration No. 196501000234)\n\nNOTICE OF THE FIFTY-EIGHTH ANNUAL GENERAL MEETING\n\n"
   "NOTICE IS HEREBY GIVEN THAT the Fifty-Eighth Annual General Meeting of Seraya Plantations Berhad will be held at the "
   "Sapphire Ballroom, Level 2, Hotel Meridien, Jalan Tun Razak, 50400 Kuala Lumpur on Thursday, 25 June 2026 at 10.00 a.m. "
   "for the following purposes:\n\n"
   "1. To receive the Audited Financial Statements for the financial year ended 31 December 2025.\n"
   "2. To re-elect Datuk Harun Ismail, who retires by rotation.\n\n"
   "By Order of the Board\nLim Mei Ling\nCompany Secretary\nKuala Lumpur\n27 May 2026")
D(5,"2026-05-27",t,[
  M("Seraya Plantations 58th AGM",["annual general meeting","seraya plantations"],day("2026-06-25","Thursday"),"Sapphire Ballroom, Level 2, Hotel Meridien, Kuala Lumpur",["Seraya Plantations Berhad"],"upcoming",
    "NOTICE IS HEREBY GIVEN THAT the Fifty-Eighth Annual General Meeting of Seraya Plantations Berhad will be held at the Sapphire Ballroom, Level 2, Hotel Meridien, Jalan Tun Razak, 50400 Kuala Lumpur on Thursday, 25 June 2026 at 10.00 a.m. for the following purposes:")])

t=("ALDERMOOR CRICKET CLUB\nMembers' newsletter, February 2026\n\n"
   "The annual general meeting will be held in the pavilion on Sunday 15 March at 2pm. Nominations for the committee must reach the "
   "secretary by 1 March.\n\n"
   "The ground committee met in the clubhouse on 3 February and agreed to replace the sightscreens before the season.\n\n"
   "Nets start indoors at Aldermoor Leisure Centre on Friday 6 March.")
D(6,"2026-02-10",t,[
  M("Aldermoor Cricket Club AGM",["annual general meeting"],day("2026-03-15","Sunday"),"pavilion",["Aldermoor Cricket Club"],"upcoming","The annual general meeting will be held in the pavilion on Sunday 15 March at 2pm."),
  M("Ground committee meeting",["ground committee"],day("2026-02-03","Tuesday"),"clubhouse",["ground committee"],"past","The ground committee met in the clubhouse on 3 February and agreed to replace the sightscreens before the season.")])

t=("CITY OF WESTFORD\nPLANNING COMMISSION\n\nNOTICE OF PUBLIC HEARING\n\n"
   "Date: Thursday, April 16, 2026\nTime: 7:00 p.m.\nLocation: Council Chambers, City Hall, 200 Elm Street, Westford\n\n"
   "The Planning Commission will hold a public hearing to consider a conditional use permit for a drive-through restaurant at "
   "1450 Harbor Boulevard (Application CUP-26-004).\n\n"
   "The Commission continued the item from its meeting of March 19, 2026.\n\nPublished: April 2, 2026")
D(7,"2026-04-02",t,[
  M("Westford Planning Commission public hearing",["planning commission","public hearing"],day("2026-04-16","Thursday"),"Council Chambers, City Hall, 200 Elm Street, Westford",["Planning Commission"],"upcoming","The Planning Commission will hold a public hearing to consider a conditional use permit for a drive-through restaurant at 1450 Harbor Boulevard (Application CUP-26-004)."),
  M("Planning Commission meeting of March 19",["march 19, 2026"],day("2026-03-19","Thursday"),None,["Planning Commission"],"past","The Commission continued the item from its meeting of March 19, 2026.")])

t=("THE SCOTTISH PARLIAMENT\nRural Affairs and Islands Committee\n\nMeeting No. 12, Wednesday 25 March 2026\n\n"
   "The Committee will meet at 9.00 am in the David Livingstone Room (CR6).\n\n"
   "1. Decision on taking business in private: The Committee will decide whether to take item 4 in private.\n"
   "2. Crofting Reform Bill: The Committee will take evidence from Jim Fairlie, Minister for Agriculture and Connectivity.\n\n"
   "Clerk to the Committee: Emma Baird")
D(8,"2026-03-20",t,[
  M("Rural Affairs and Islands Committee meeting No. 12",["rural affairs and islands committee","meeting no. 12"],day("2026-03-25","Wednesday"),"David Livingstone Room (CR6)",["Rural Affairs and Islands Committee","Jim Fairlie"],"upcoming","The Committee will meet at 9.00 am in the David Livingstone Room (CR6).")])

t=("To: All members, Taff Valley Branch\nFrom: Branch Secretary\nDate: 20 February 2026\n\n"
   "Dear colleague,\n\n"
   "A special branch meeting will be held on Thursday 5 March at 6.30 pm at the Miners' Institute, Station Road, Treharris, "
   "to vote on the employer's revised pay offer.\n\n"
   "Talks with the employer broke down on 12 February after the company refused to backdate the award.\n\n"
   "In solidarity,\nGareth Lewis\nBranch Secretary")
D(9,"2026-02-20",t,[
  M("Taff Valley Branch special meeting",["special branch meeting"],day("2026-03-05","Thursday"),"Miners' Institute, Station Road, Treharris",["Taff Valley Branch"],"upcoming","A special branch meeting will be held on Thursday 5 March at 6.30 pm at the Miners' Institute, Station Road, Treharris, to vote on the employer's revised pay offer."),
  M("Talks with the employer",["talks with the employer"],day("2026-02-12","Thursday"),None,["Taff Valley Branch"],"past","Talks with the employer broke down on 12 February after the company refused to backdate the award.")])

t=("South Asian Ports Forum 2026\nProgramme of side events\nColombo, Sri Lanka | 18-20 May 2026\n\n"
   "Sunday 17 May\n15:00-17:00  Meeting of the Forum's Steering Committee (closed) - Hilton Colombo, Meeting Room 3\n"
   "19:00  Welcome reception - Hilton Colombo, Poolside\n\n"
   "Monday 18 May\n08:00-09:00  Breakfast meeting of port authority chief executives - Galle Face Hotel, Regency Room\n"
   "09:30  Opening plenary - Bandaranaike Memorial International Conference Hall")
D(10,"2026-05-04",t,[
  M("Steering Committee meeting",["steering committee"],day("2026-05-17","Sunday"),"Hilton Colombo, Meeting Room 3",["Steering Committee"],"upcoming","15:00-17:00  Meeting of the Forum's Steering Committee (closed) - Hilton Colombo, Meeting Room 3"),
  M("Breakfast meeting of port authority chief executives",["breakfast meeting"],day("2026-05-18","Monday"),"Galle Face Hotel, Regency Room",[],"upcoming","08:00-09:00  Breakfast meeting of port authority chief executives - Galle Face Hotel, Regency Room"),
  M("South Asian Ports Forum 2026",["ports forum"],"2026-05-18","Colombo, Sri Lanka",["South Asian Ports Forum"],"upcoming","Colombo, Sri Lanka | 18-20 May 2026",end="2026-05-20")])

for d in docs:
    for m in d["meetings"]: assert m["evidence"] in d["text"], (d["id"], m["evidence"])
with open(__file__.replace(".py",".jsonl"),"w") as f:
    for d in docs: f.write(json.dumps(d,ensure_ascii=False)+"\n")
