# fresh36b: calendars laid out as tables whose columns are aligned with spaces or tabs, not bars: a county's
# public meeting calendar with a weekday column, a ministers' council calendar with two-day rows, a
# university's committee dates divided by tabs, and a cancelled row. Written for round 21 in my own words
# after the read sets' aligned tables (blind32a-49, blind32b-43) were found missed, so not blind to the
# class; measured once on 4c6dce3, the code before its rules: see fresh36_test.go.
# `python3 fresh36b.py` writes fresh36b.jsonl.
from freshset import M, docset, line
D, write = docset("f36b")

t=("COUNTY OF MARLOW\nBOARDS AND COMMISSIONS - JUNE 2026 MEETING CALENDAR\n\n"
   "DATE      DAY    TIME       BODY                                  LOCATION\n"
   "Jun 2     Tue    9:00 AM    Board of Supervisors                  Board Chambers\n"
   "Jun 4     Thu    6:00 PM    Library Advisory Board                Main Library, Room B\n"
   "Jun 10    Wed    2:00 PM    Airport Land Use Commission           CANCELLED\n"
   "Jun 16    Tue    9:00 AM    Board of Supervisors                  Board Chambers\n\n"
   "All meetings are open to the public unless noted.")
D(1,"2026-05-26",t,
 [M("Board of Supervisors meeting, June 2",["board of supervisors"],"2026-06-02","Board Chambers",["Board of Supervisors"],"upcoming",line(t,"Jun 2 ")),
  M("Library Advisory Board meeting",["library advisory board"],"2026-06-04","Main Library, Room B",["Library Advisory Board"],"upcoming",line(t,"Jun 4 ")),
  M("Board of Supervisors meeting, June 16",["board of supervisors"],"2026-06-16","Board Chambers",["Board of Supervisors"],"upcoming",line(t,"Jun 16 "))])
t=("NORDIC COUNCIL OF MINISTERS\nCalendar of ministerial meetings, autumn 2026\n\n"
   "Date                   Meeting                                        Venue\n"
   "----------------------------------------------------------------------------------\n"
   "Tue 8 Sep              Nordic Ministers for Co-operation              Reykjavik\n"
   "Thu 24 - Fri 25 Sep    Nordic Ministers for Fisheries                 Torshavn\n"
   "Mon 19 Oct             Nordic Ministers for Health and Social Affairs Helsinki\n\n"
   "Dates may change. Contact the secretariat for details.")
D(2,"2026-08-20",t,
 [M("Nordic Ministers for Co-operation meeting",["ministers for co-operation"],"2026-09-08","Reykjavik",["Nordic Ministers for Co-operation"],"upcoming",line(t,"Tue 8 Sep")),
  M("Nordic Ministers for Fisheries meeting",["ministers for fisheries"],"2026-09-24","Torshavn",["Nordic Ministers for Fisheries"],"upcoming",line(t,"Thu 24"),end="2026-09-25"),
  M("Nordic Ministers for Health and Social Affairs meeting",["ministers for health"],"2026-10-19","Helsinki",["Nordic Ministers for Health and Social Affairs"],"upcoming",line(t,"Mon 19 Oct"))])
t=("UNIVERSITY OF ELSWICK\nGovernance calendar 2026-27 (first term)\n\n"
   "Date\tCommittee\tRoom\n"
   "14 October 2026\tSenate\tCouncil Room\n"
   "21 October 2026\tFinance Committee\tBoard Room 2\n"
   "25 November 2026\tAudit and Risk Committee\tBoard Room 2\n")
D(3,"2026-09-01",t,
 [M("Senate meeting",["senate"],"2026-10-14","Council Room",["Senate"],"upcoming",line(t,"14 October")),
  M("Finance Committee meeting",["finance committee"],"2026-10-21","Board Room 2",["Finance Committee"],"upcoming",line(t,"21 October")),
  M("Audit and Risk Committee meeting",["audit and risk committee"],"2026-11-25","Board Room 2",["Audit and Risk Committee"],"upcoming",line(t,"25 November"))])

write(__file__)
