# fresh35a: joint commissions, committees and working groups between two states, whose parties are the two
# states (and the co-chairs a story names), in wire and joint-statement forms; two bodies named "Joint" that
# belong to one side stay parties of their own (guards). Written for round 20 from the guideline only, not
# from any read-set text, and measured once on 12a235f before any rule for them: see fresh35_test.go.
# `python3 fresh35a.py` writes fresh35a.jsonl.
from freshset import M, docset
D, write = docset("f35a")

ev="India and Oman held the 11th meeting of their Joint Commission in Muscat on Monday, agreeing to fast-track talks on a comprehensive economic partnership agreement."
D(1,"2026-05-13","MUSCAT, May 13 (Reuters) - "+ev+" Trade officials said the next round of talks would follow within weeks.",
 [M("India-Oman Joint Commission meeting",["joint commission","11th meeting"],"2026-05-11","Muscat",["India","Oman"],"past",ev)])
ev="The fifth session of the Ghana-Morocco Joint Commission for Cooperation will be held in Rabat in July, the Ministry of Foreign Affairs announced on Tuesday."
D(2,"2026-05-12","ACCRA, May 12 (GNA) - "+ev+" Officials from both countries are preparing a dozen agreements on agriculture, mining and vocational training for signature.",
 [M("Ghana-Morocco Joint Commission fifth session",["joint commission","fifth session"],"2026-07","Rabat",["Ghana","Morocco"],"upcoming",ev,prec="month")])
ev="Senior officials of the Permanent Joint Commission for Cooperation (PJCC) between Nigeria and Ghana began a three-day meeting in Abuja on Monday."
D(3,"2026-05-12","ABUJA, May 12 (NAN) - "+ev+" The PJCC last met in Accra in November 2024, when it reviewed the free movement of goods across the border.",
 [M("Nigeria-Ghana PJCC senior officials meeting",["pjcc","permanent joint commission"],"2026-05-11","Abuja",["Nigeria","Ghana"],"ongoing",ev,end="2026-05-13"),
  M("PJCC Accra meeting",["pjcc","accra"],"2024-11","Accra",["Nigeria","Ghana"],"past","The PJCC last met in Accra in November 2024, when it reviewed the free movement of goods across the border.",prec="month")])
ev="The Kenya-Norway Joint Working Group on the blue economy met for the first time in Nairobi on Friday, the State Department for Fisheries said."
D(4,"2026-05-11","NAIROBI, May 11 (KNA) - "+ev+" The group will report to both governments by the end of the year.",
 [M("Kenya-Norway Joint Working Group first meeting",["joint working group"],"2026-05-08","Nairobi",["Kenya","Norway"],"past",ev)])
ev="The Philippines and Australia will convene the Joint Commission on Trade in Manila on June 4, the Department of Trade and Industry said on Monday."
D(5,"2026-05-11","MANILA, May 11 (PNA) -- "+ev+" The meeting will review tariff commitments under the regional trade pact.",
 [M("Philippines-Australia Joint Commission on Trade",["joint commission on trade"],"2026-06-04","Manila",["Philippines","Australia"],"upcoming",ev)])
ev1="The Sixth Meeting of the Nepal-Bangladesh Joint Consultative Commission was held in Kathmandu on 12 May 2026."
ev2="The two sides agreed to hold the Seventh Meeting of the Joint Consultative Commission in Dhaka in January 2027."
D(6,"2026-05-13","JOINT PRESS RELEASE\n\nSixth Meeting of the Nepal-Bangladesh Joint Consultative Commission\n\n1. "+ev1+" The Nepali delegation was led by Foreign Minister Arzu Rana Deuba and the Bangladeshi delegation by Foreign Adviser Touhid Hossain.\n\n2. The two sides reviewed cooperation in trade, energy and connectivity.\n\n3. "+ev2+"\n\nKathmandu, 13 May 2026",
 [M("Sixth Meeting of the Nepal-Bangladesh Joint Consultative Commission",["joint consultative commission","sixth meeting"],"2026-05-12","Kathmandu",["Nepal","Bangladesh","Arzu Rana Deuba","Touhid Hossain"],"past",ev1),
  M("Seventh Meeting of the Joint Consultative Commission",["seventh meeting"],"2027-01","Dhaka",["Nepal","Bangladesh"],"upcoming",ev2,prec="month")])
ev="South Korea and Kyrgyzstan will hold the fifth meeting of their Joint Committee on Economic Cooperation in Seoul next month, the economy ministry said Wednesday."
D(7,"2026-05-13","SEOUL, May 13 (Yonhap) -- "+ev+" The two countries are expected to discuss critical minerals and energy projects.",
 [M("South Korea-Kyrgyzstan Joint Committee fifth meeting",["joint committee","fifth meeting"],"2026-06","Seoul",["South Korea","Kyrgyzstan"],"upcoming",ev,prec="month")])
ev="The hospital's Joint Negotiating Committee will meet on Thursday to discuss the proposed changes to night shift allowances."
D(8,"2026-05-12","NOTICE TO STAFF\n\n"+ev+" Staff side representatives will report back to members the following week.",
 [M("Joint Negotiating Committee meeting",["joint negotiating committee"],"2026-05-14",None,["Joint Negotiating Committee"],"upcoming",ev)])
ev="The Joint Committee on Health will question the Health Service Executive on waiting lists on Wednesday."
D(9,"2026-05-12","DUBLIN, May 12 - "+ev+" The committee's chair said members wanted answers on emergency department delays.",
 [M("Joint Committee on Health hearing",["joint committee on health"],"2026-05-13","Dublin",["Joint Committee on Health","Health Service Executive"],"upcoming",ev)])

write(__file__)
