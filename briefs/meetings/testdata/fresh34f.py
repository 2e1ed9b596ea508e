# fresh34f: six documents (a conference agenda with shouted day headings and numbered sessions, minutes whose
# next meeting is "to be confirmed", a week-ahead note of weekday lines under "Week of", a UN-style release
# dated in brackets after its city, a council agenda with a public hearing item, a ministry's diary table
# with the week's dates in a column), written for round 19 from the guideline and the document kinds only,
# not from any read-set text, and measured once on 589efed before any rule for them: see fresh34_test.go.
# `python3 fresh34f.py` writes fresh34f.jsonl.
import datetime
from freshset import M, docset, line
D, write = docset("f34f")
def W(s): return datetime.date.fromisoformat(s).strftime("%A").upper()

t=("AFRICAN UTILITIES REGULATORS CONFERENCE 2025\nAgenda\n\n"
   f"DAY ONE – {W('2025-10-14')} 14 OCTOBER\nSession 1 (09:00–10:30): Opening and keynote\nSession 2 (11:00–12:30): Tariff reform panel\n"
   "Session 3 (14:00–15:30): Closed meeting of the Executive Committee of the Regulators' Association\n\n"
   f"DAY TWO – {W('2025-10-15')} 15 OCTOBER\nSession 4 (09:00–10:30): Annual General Meeting of the Regulators' Association\nSession 5 (11:00–12:00): Closing\n")
D(1,"2025-09-30",t,[M("Executive Committee meeting",["executive committee"],"2025-10-14",None,["Executive Committee of the Regulators' Association"],"upcoming",line(t,"Session 3")),
 M("Regulators' Association AGM",["annual general meeting"],"2025-10-15",None,["Regulators' Association"],"upcoming",line(t,"Session 4"))])

t=("MINUTES OF THE MEETING OF THE TENANTS' COMMITTEE\nheld on Tuesday 3 February 2026 at 7.00 pm in the Community Room, Alder Court\n\n"
   "Present: J. Moyo (Chair), R. Singh, T. O'Neill\n\n1. The committee agreed to write to the housing association about the lifts.\n\n2. Date of next meeting: to be confirmed.\n\nThe meeting closed at 8.45 pm.")
D(2,"2026-02-05",t,[M("Tenants' Committee meeting",["tenants' committee"],"2026-02-03","Community Room, Alder Court",["Tenants' Committee","J. Moyo","R. Singh","T. O'Neill"],"past",line(t,"held on"))])

t=("WEEK AHEAD – Week of 9 March 2026\n\nMon: Cabinet meets, Government Buildings\nTue: Finance Minister meets IMF mission, Treasury\nWed: no public engagements\nThu: Parliament's Budget Committee hearing, Committee Room 3\n")
D(3,"2026-03-06",t,[M("Cabinet meeting",["cabinet"],"2026-03-09","Government Buildings",["Cabinet"],"upcoming",line(t,"Mon:")),
 M("Finance Minister's meeting with IMF mission",["imf mission"],"2026-03-10","Treasury",["Finance Minister","IMF"],"upcoming",line(t,"Tue:")),
 M("Budget Committee hearing",["budget committee"],"2026-03-12","Committee Room 3",["Budget Committee"],"upcoming",line(t,"Thu:"))])

ev="The Human Rights Council will hold an urgent debate on the situation in the eastern provinces on Thursday, its President announced."
t=("GENEVA (16 March 2026) – "+ev+" The Council's 61st session opened on 23 February and will close on 2 April.")
D(4,"2026-03-16",t,[M("Human Rights Council urgent debate",["urgent debate"],"2026-03-19","Geneva",["Human Rights Council"],"upcoming",ev),
 M("Human Rights Council 61st session",["61st session"],"2026-02-23","Geneva",["Human Rights Council"],"ongoing","The Council's 61st session opened on 23 February and will close on 2 April.",end="2026-04-02")])

t=("CITY OF MAPLE GROVE\nCITY COUNCIL REGULAR MEETING AGENDA\nTuesday, April 7, 2026 – 7:00 PM\nCouncil Chambers, 400 Main Street\n\n1. CALL TO ORDER\n2. PLEDGE OF ALLEGIANCE\n"
   "3. PUBLIC HEARING (7:30 PM): Rezoning of 1200 Elm Avenue\n4. CONSENT AGENDA\n5. ADJOURNMENT")
D(5,"2026-04-02",t,[M("Maple Grove City Council regular meeting",["city council regular meeting"],"2026-04-07","Council Chambers, 400 Main Street",["Maple Grove City Council"],"upcoming",line(t,"Tuesday, April 7")),
 M("Public hearing on rezoning",["public hearing"],"2026-04-07","Council Chambers, 400 Main Street",["Maple Grove City Council"],"upcoming",line(t,"PUBLIC HEARING"),opt=True)])

t=("MINISTRY OF TRADE\nMinister's diary, week beginning 16 June 2025\n\nDay | Time | Engagement | Location\nMonday 16 June | 10:00 | Meeting with the Chamber of Commerce | Ministry\n"
   "Wednesday 18 June | 15:00 | Call with the Trade Commissioner of the European Union | Ministry\nFriday 20 June | 09:30 | Meeting with the Exporters' Council | Port Louis\n")
D(6,"2025-06-13",t,[M("Minister's meeting with the Chamber of Commerce",["chamber of commerce"],"2025-06-16","Ministry",["Chamber of Commerce"],"upcoming",line(t,"Chamber of Commerce")),
 M("Minister's call with EU Trade Commissioner",["trade commissioner"],"2025-06-18",None,["European Union"],"upcoming",line(t,"Call with"),opt=True),
 M("Minister's meeting with the Exporters' Council",["exporters' council"],"2025-06-20","Port Louis",["Exporters' Council"],"upcoming",line(t,"Exporters"))])

write(__file__)
