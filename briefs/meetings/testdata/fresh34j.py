# fresh34j: six short wire stories in agency forms not yet written here (APP's "ISLAMABAD, March 4 (APP):",
# UNB's "Dhaka, March 4 (UNB) -", PNA's "MANILA, March 4 (PNA) --", RSS's "Kathmandu, March 4 (RSS):",
# Yonhap's "SEOUL, March 4 (Yonhap) --", KUNA's "KUWAIT, March 4 (KUNA) --") with meeting verbs such as "is
# slated to", "are set to", "will huddle", "is scheduled to", written for round 19 from the guideline only,
# not from any read-set text, and measured once on c578f8c before any rule for them: see fresh34_test.go.
# `python3 fresh34j.py` writes fresh34j.jsonl.
from freshset import M, docset
D, write = docset("f34j")

ev="Prime Minister Shehbaz Sharif is slated to hold talks with visiting Turkish President Recep Tayyip Erdogan on Thursday, the Foreign Office said."
D(1,"2026-03-04","ISLAMABAD, March 4 (APP): "+ev+" The two leaders will also address a business forum.",
 [M("Sharif-Erdogan talks",["talks"],"2026-03-05","Islamabad",["Shehbaz Sharif","Recep Tayyip Erdogan"],"upcoming",ev)])
ev="Bangladesh and India are set to hold home secretary-level talks in Dhaka on March 10 to discuss border management."
D(2,"2026-03-04","Dhaka, March 4 (UNB) - "+ev+" The Indian delegation will be led by Home Secretary Govind Mohan.",
 [M("Bangladesh-India home secretary-level talks",["home secretary-level talks"],"2026-03-10","Dhaka",["Bangladesh","India","Govind Mohan"],"upcoming",ev)])
ev="Cabinet secretaries will huddle on Friday to finalise the rice import guidelines, Agriculture Secretary Francisco Tiu Laurel Jr. said."
D(3,"2026-03-04","MANILA, March 4 (PNA) -- "+ev,
 [M("Cabinet secretaries' meeting",["huddle"],"2026-03-06","Manila",["Francisco Tiu Laurel Jr."],"upcoming",ev)])
ev="The Nepal-China Joint Commission is scheduled to meet in Beijing on March 20, Foreign Minister Arzu Rana Deuba said on Wednesday."
D(4,"2026-03-04","Kathmandu, March 4 (RSS): "+ev,
 [M("Nepal-China Joint Commission meeting",["joint commission"],"2026-03-20","Beijing",["Nepal","China","Arzu Rana Deuba"],"upcoming",ev)])
ev="South Korea and Japan will hold their first strategic dialogue in five years in Tokyo next week, the foreign ministry said Wednesday."
D(5,"2026-03-04","SEOUL, March 4 (Yonhap) -- "+ev,
 [M("South Korea-Japan strategic dialogue",["strategic dialogue"],"2026-03-09","Tokyo",["South Korea","Japan"],"upcoming",ev,prec="week")])
ev="The GCC Ministerial Council will convene its 163rd session in Kuwait on Sunday, Secretary-General Jasem Albudaiwi announced."
D(6,"2026-03-04","KUWAIT, March 4 (KUNA) -- "+ev,
 [M("GCC Ministerial Council 163rd session",["ministerial council","163rd session"],"2026-03-08","Kuwait",["GCC Ministerial Council","Jasem Albudaiwi"],"upcoming",ev)])

write(__file__)
