# fresh37i: a week's calendar whose day headings end with the city ("Tuesday 4 November, Brussels"), each
# line under them a meeting there unless it names its own place. Written for round 22 after the rule
# headingCity was tried on a read-set calendar (b22a-45), so not blind to it; measured once on 988b796, the
# code before it: see fresh37_test.go. `python3 fresh37i.py` writes fresh37i.jsonl.
from freshset import M, docset
D, write = docset("f37i")

a="Agriculture and Fisheries Council (AGRIFISH)."
b="Eurogroup, 15.00."
c="Foreign Affairs Council (Trade). Ministers will also discuss the trade talks with Mercosur in Montevideo on 20 March."
D(1,"2026-03-09","COUNCIL OF THE EUROPEAN UNION\nMeeting calendar: week 11 (9-15 March 2026)\n\nMonday 9 March, Brussels\n"+a+"\n\nThursday 12 March, Brussels\n"+b+"\n\nFriday 13 March, Luxembourg\n"+c+"\n",
 [M("AGRIFISH Council",["agrifish"],"2026-03-09","Brussels",["Agriculture and Fisheries Council"],"ongoing",a),
  M("Eurogroup meeting",["eurogroup"],"2026-03-12","Brussels",["Eurogroup"],"upcoming",b),
  M("Foreign Affairs Council (Trade)",["foreign affairs council"],"2026-03-13","Luxembourg",["Foreign Affairs Council"],"upcoming",c),
  M("EU-Mercosur trade talks in Montevideo",["trade talks"],"2026-03-20","Montevideo",["Mercosur"],"upcoming",c,opt=True)])

write(__file__)
