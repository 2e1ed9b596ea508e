# fresh35d: a country's possessive before the group, body or person that takes part ("Germany's governing
# coalition", "Egypt's official creditors", "Brazil's chief negotiator X", "Brazil's 68 billion dlrs of
# debt"), the country itself taking no part of its own. Written for round 20 from the guideline only, not
# from any read-set text, after the rule's first form was tried on the read sets (so not blind to the
# class), and measured once on da29372, the commit before the rule: see fresh35_test.go.
# `python3 fresh35d.py` writes fresh35d.jsonl.
from freshset import M, docset
D, write = docset("f35d")

ev="Austria's governing coalition will meet on Wednesday to try to settle a dispute over pension reform, a government spokeswoman said."
D(1,"2026-05-11","VIENNA, May 11 (Reuters) - "+ev+" The junior partner has threatened to block the budget.",
 [M("Austrian coalition meeting",["governing coalition"],"2026-05-13","Vienna",["Austria's governing coalition"],"upcoming",ev)])
ev="Ghana's official creditors will meet in the Paris Club on May 20 to discuss a rescheduling of its debt, finance ministry officials said."
D(2,"2026-05-11","ACCRA, May 11 - "+ev,
 [M("Ghana creditors Paris Club meeting",["paris club","official creditors"],"2026-05-20","Paris",["Ghana's official creditors","Paris Club"],"upcoming",ev)])
ev="Peru's chief trade negotiator Lucia Ramos will meet European Commission officials in Brussels next week to try to unblock talks on a farm chapter."
D(3,"2026-05-11","LIMA, May 11 - "+ev+" Peru's exports to the bloc rose 12% last year.",
 [M("Ramos-Commission talks",["european commission officials"],"2026-05-18","Brussels",["Lucia Ramos","European Commission officials"],"upcoming",ev,prec="week")])
ev="Finance Minister Carlos Duarte will meet the bank advisory committee that coordinates Uruguay's 4 billion dlrs of commercial bank debt in New York on Thursday."
D(4,"1987-05-11","MONTEVIDEO, May 11 - "+ev+" The committee is chaired by Chemical Bank.",
 [M("Duarte-bank advisory committee meeting",["bank advisory committee"],"1987-05-14","New York",["Carlos Duarte","bank advisory committee"],"upcoming",ev)])
ev="Norway's central bank will hold its next policy meeting on June 18, when most economists expect a rate cut."
D(5,"2026-05-11","OSLO, May 11 (Reuters) - "+ev,
 [M("Norges Bank policy meeting",["policy meeting"],"2026-06-18","Oslo",["Norway's central bank"],"upcoming",ev)])
ev="Kenya's cabinet met on Tuesday and approved a bill to cap interest rates, the presidency said."
D(6,"2026-05-13","NAIROBI, May 13 - "+ev,
 [M("Kenyan cabinet meeting",["cabinet"],"2026-05-12","Nairobi",["Kenya's cabinet"],"past",ev)])
ev="Chile's copper workers' unions will meet mine owners on Friday in a last attempt to avert a strike."
D(7,"2026-05-13","SANTIAGO, May 13 (Reuters) - "+ev+" Chile's copper output fell 3% in the first quarter.",
 [M("Chilean copper unions talks",["mine owners"],"2026-05-15","Santiago",["Chile's copper workers' unions","mine owners"],"upcoming",ev)])
ev="Iran's talks with the International Atomic Energy Agency will resume in Vienna on Monday, the foreign ministry said."
D(8,"2026-05-13","TEHRAN, May 13 (AFP) - "+ev,
 [M("Iran-IAEA talks",["international atomic energy agency"],"2026-05-18","Vienna",["Iran","International Atomic Energy Agency"],"upcoming",ev)])

write(__file__)
