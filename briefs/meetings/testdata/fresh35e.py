# fresh35e: a meeting's people named in a later sentence by their part in it: who will chair it ("X will
# chair the meeting", "the meeting would be chaired by X"), who leads a side ("The talks will be led by X
# and Y", "X will lead the Indian delegation", "the rebels will be represented by X"), who goes along ("X
# will accompany him"), who briefs it ("X will brief the council"), two or three sentences after the
# meeting's own. Written for round 20 from the guideline only, not from any read-set text, and measured once
# on 3c7c4e3 before any rule for them: see fresh35_test.go. The parliament's budget session of f35e-01 was
# added as optional after that measurement (it had been counted a false alarm). `python3 fresh35e.py` writes fresh35e.jsonl.
from freshset import M, docset
D, write = docset("f35e")

ev="The government has called an all-party meeting on Sunday ahead of the budget session of parliament, officials said."
D(1,"2026-05-13","NEW DELHI, May 13 (PTI) "+ev+" The session begins on Monday and runs for four weeks.\n\nDefence Minister Arun Mehta will chair the meeting, the officials said.",
 [M("All-party meeting",["all-party meeting"],"2026-05-17","New Delhi",["Arun Mehta"],"upcoming",ev),
  # added after the first measurement: a parliament's session is a meeting in other annotators' sets; doubtful here
  M("Budget session of parliament",["session"],"2026-05-18","New Delhi",[],"upcoming","The session begins on Monday and runs for four weeks.",opt=True)])
ev="Members of the Tin Producers' Group will meet in Kuala Lumpur next week to discuss export quotas."
D(2,"1987-05-13","KUALA LUMPUR, May 13 - "+ev+" Prices have fallen by a fifth this year.\n\nA group official said the meeting would be chaired by Bolivia's mines minister, Carlos Morales.",
 [M("Tin Producers' Group meeting",["tin producers' group"],"1987-05-18","Kuala Lumpur",["Tin Producers' Group","Carlos Morales"],"upcoming",ev,prec="week")])
ev="Thailand and Cambodia will hold border talks in Bangkok on Thursday, the foreign ministry said."
D(3,"2026-05-12","BANGKOK, May 12 (Reuters) - "+ev+" The talks follow a clash near a disputed temple last month.\n\nThe talks will be led by Deputy Foreign Minister Somchai Rattanakul and Cambodian Secretary of State Chea Vanna.",
 [M("Thailand-Cambodia border talks",["border talks"],"2026-05-14","Bangkok",["Thailand","Cambodia","Somchai Rattanakul","Chea Vanna"],"upcoming",ev)])
ev="South Korea and Japan will hold director general-level talks on export controls in Tokyo next week."
D(4,"2026-05-12","SEOUL, May 12 (Yonhap) -- "+ev+" The talks follow the leaders' agreement in March.\n\nPark Min-soo, director general for trade policy at the industry ministry, will lead the South Korean delegation.",
 [M("South Korea-Japan export control talks",["director general-level talks"],"2026-05-18","Tokyo",["South Korea","Japan","Park Min-soo"],"upcoming",ev,prec="week")])
ev="Finance Minister Kenji Sato will attend a meeting of Group of Seven finance ministers in Paris on Friday."
D(5,"2026-05-12","TOKYO, May 12 - "+ev+"\n\nBank of Japan Governor Hiroshi Ueda will accompany him, the ministry said.",
 [M("G7 finance ministers meeting",["group of seven"],"2026-05-15","Paris",["Kenji Sato","Group of Seven","Hiroshi Ueda"],"upcoming",ev)])
ev="The U.N. Security Council will hold closed consultations on Yemen on Wednesday."
D(6,"2026-05-12","UNITED NATIONS, May 12 (Reuters) - "+ev+" Members are divided over a draft statement.\n\nThe U.N. envoy for Yemen, Lars Eklund, will brief the council by video link, a spokesman said.",
 [M("Security Council consultations on Yemen",["security council","consultations"],"2026-05-13","New York",["U.N. Security Council","Lars Eklund"],"upcoming",ev)])
ev="Delegations from Chad's government and the northern rebels will resume ceasefire talks in Geneva on Tuesday."
D(7,"1988-05-12","N'DJAMENA, May 12 - "+ev+"\n\nThe government delegation will again be led by Interior Minister Abakar Djibrine, while the rebels will be represented by their spokesman, Ali Tergui.",
 [M("Chad ceasefire talks",["ceasefire talks"],"1988-05-17","Geneva",["Chad's government","northern rebels","Abakar Djibrine","Ali Tergui"],"upcoming",ev)])
ev="The central bank's monetary policy committee began a two-day meeting on Tuesday."
D(8,"2026-05-13","ACCRA, May 13 (Reuters) - "+ev+" Most economists expect a cut of 100 basis points.\n\nThe committee, headed by Governor Kofi Asare, will announce its decision on Wednesday.",
 [M("Bank of Ghana MPC meeting",["monetary policy committee"],"2026-05-12","Accra",["monetary policy committee","Kofi Asare"],"ongoing",ev,end="2026-05-13")])

write(__file__)
