# fresh37b: a meeting whose subject refers back by number to parties the story listed several sentences
# earlier ("The two ministers are due to meet again", "The three countries' deputy ministers last met",
# "Foreign ministers of the three countries will meet"), beside references whose number fits no list and
# lists that are not the referents. Written for round 22 in my own words after reading b23a-35, b28b-09 and
# b27b-22 (read sets), so not blind to the class. Measured once on 7482c37, before any rule: see
# fresh37_test.go. `python3 fresh37b.py` writes fresh37b.jsonl.
from freshset import M, docset
D, write = docset("f37b")

e1="The two ministers are due to meet again in Santiago in March to sign the agreement, the official said."
D(1,"2026-11-12","LIMA, Nov 12 - Peruvian Trade Minister Ana Cecilia Gervasi and Chilean Foreign Minister Alberto van Klaveren began talks here today on a new investment treaty, officials said.\n\nThe treaty would replace a 2009 accord that both governments say is out of date.\n\nMining companies from both countries have pressed for faster approval of cross-border projects.\n\nLast year two-way trade rose 8 percent to $4.1 billion, customs figures show.\n\n"+e1,
 [M("Gervasi-van Klaveren talks",["talks"],"2026-11-12","Lima",["Ana Cecilia Gervasi","Alberto van Klaveren"],"ongoing","Peruvian Trade Minister Ana Cecilia Gervasi and Chilean Foreign Minister Alberto van Klaveren began talks here today on a new investment treaty, officials said."),
  M("Gervasi-van Klaveren meeting in Santiago",["meet again"],"2027-03","Santiago",["Ana Cecilia Gervasi","Alberto van Klaveren"],"upcoming",e1,prec="month")])
e1="The three countries' deputy foreign ministers last met in Canberra in June."
D(2,"2026-09-02","TOKYO, Sept 2 (Kyodo) - Japan, Australia and the Philippines will hold a maritime security dialogue in Manila next month, the foreign ministry said on Wednesday.\n\nThe dialogue will focus on coast guard cooperation in the South China Sea.\n\nJapan has supplied patrol vessels to the Philippines since 2016.\n\nAustralia joined joint patrols with the Philippine navy last year.\n\n"+e1,
 [M("Japan-Australia-Philippines maritime security dialogue",["dialogue"],"2026-10","Manila",["Japan","Australia","Philippines"],"upcoming","Japan, Australia and the Philippines will hold a maritime security dialogue in Manila next month, the foreign ministry said on Wednesday.",prec="month"),
  M("Trilateral deputy foreign ministers meeting in Canberra",["last met"],"2026-06","Canberra",["Japan","Australia","Philippines"],"past",e1,prec="month")])
e1="Energy ministers of the three countries will meet in Astana on Friday to approve the route."
D(3,"2026-04-21","ALMATY, April 21 - Kazakhstan, Uzbekistan and Kyrgyzstan have agreed to build a joint power line across the Fergana valley, officials said on Tuesday.\n\nThe line would carry 1,000 megawatts of hydroelectric power.\n\nFunding is expected from the Asian Development Bank.\n\n"+e1,
 [M("Kazakh-Uzbek-Kyrgyz energy ministers meeting",["will meet"],"2026-04-24","Astana",["Kazakhstan","Uzbekistan","Kyrgyzstan"],"upcoming",e1)])
e1="The foreign ministers of the two countries met in Geneva in May but failed to agree on a timetable."
D(4,"2026-08-18","BAKU, Aug 18 - Azerbaijan and Armenia will resume border talks next week, Azerbaijan's foreign ministry said on Tuesday.\n\nThe talks stalled in the spring over the sequencing of troop withdrawals.\n\nInternational mediators have urged both sides to avoid any escalation.\n\n"+e1,
 [M("Azerbaijan-Armenia border talks",["border talks"],"2026-08-24","",["Azerbaijan","Armenia"],"upcoming","Azerbaijan and Armenia will resume border talks next week, Azerbaijan's foreign ministry said on Tuesday.",prec="week"),
  M("Azerbaijan-Armenia foreign ministers meeting in Geneva",["met in geneva"],"2026-05","Geneva",["Azerbaijan","Armenia"],"past",e1,prec="month")])
e1="The two leaders will meet again at the G20 summit in November, officials said."
D(5,"2026-07-09","NEW DELHI, July 9 (PTI) - Prime Minister Narendra Modi held talks with Brazilian President Luiz Inacio Lula da Silva in New Delhi on Thursday.\n\nThey agreed to double bilateral trade to $30 billion by 2030.\n\nBrazil is India's largest trading partner in Latin America.\n\nIndian companies have invested more than $6 billion in Brazil, mostly in energy and IT services.\n\n"+e1,
 [M("Modi-Lula talks",["held talks"],"2026-07-09","New Delhi",["Narendra Modi","Luiz Inacio Lula da Silva"],"past","Prime Minister Narendra Modi held talks with Brazilian President Luiz Inacio Lula da Silva in New Delhi on Thursday."),
  M("Modi-Lula meeting at G20",["meet again"],"2026-11",None,["Narendra Modi","Luiz Inacio Lula da Silva"],"upcoming",e1,prec="month")])
e1="The three companies will meet regulators in Brussels on Monday."
D(6,"2026-03-05","PARIS, March 5 - Airbus, Thales and Leonardo are in talks to merge their satellite businesses, sources said on Thursday.\n\nThe combined group would have annual sales of about 6.5 billion euros.\n\nThe European Commission is expected to examine the deal closely.\n\nUnions at the three firms have asked for guarantees on jobs.\n\n"+e1,
 [M("Airbus-Thales-Leonardo merger talks",["in talks"],"2026-03-05",None,["Airbus","Thales","Leonardo"],"ongoing","Airbus, Thales and Leonardo are in talks to merge their satellite businesses, sources said on Thursday."),
  M("Satellite merger meeting with regulators",["meet regulators"],"2026-03-09","Brussels",["Airbus","Thales","Leonardo","regulators"],"upcoming",e1)])
e1="The two sides will meet again on Monday."
D(7,"2026-05-15","OTTAWA, May 15 - Air Canada and the union representing its flight attendants, CUPE, failed to reach a deal on Friday after three days of talks, the union said.\n\nThe union has threatened a strike from May 24.\n\nThe government has said it will not intervene for now.\n\nAir Canada carries about 130,000 passengers a day.\n\n"+e1,
 [M("Air Canada-CUPE talks",["talks"],"2026-05-13","",["Air Canada","CUPE"],"past","Air Canada and the union representing its flight attendants, CUPE, failed to reach a deal on Friday after three days of talks, the union said.",end="2026-05-15"),
  M("Air Canada-CUPE talks resume",["meet again"],"2026-05-18","",["Air Canada","CUPE"],"upcoming",e1)])

write(__file__)
