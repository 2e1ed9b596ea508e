# fresh35c: countries under their official or newer names (Türkiye, Viet Nam, Czechia, Timor-Leste, Côte
# d'Ivoire, Brunei Darussalam, the UAE, Cabo Verde) as a meeting's sides, in pairs joined by a hyphen or an
# en dash and in joint bodies' names. Written for round 20 from the guideline only, not from any read-set
# text, and measured once on 12a235f before any rule for them: see fresh35_test.go. `python3 fresh35c.py`
# writes fresh35c.jsonl.
from freshset import M, docset
D, write = docset("f35c")

ev="The 11th meeting of the Türkiye-Azerbaijan Joint Economic Commission will be held in Baku on June 9, the Trade Ministry said on Tuesday."
D(1,"2026-05-12","ANKARA, May 12 (AA) - "+ev+" Officials expect to sign a protocol on customs cooperation.",
 [M("Türkiye-Azerbaijan Joint Economic Commission 11th meeting",["joint economic commission"],"2026-06-09","Baku",["Türkiye","Azerbaijan"],"upcoming",ev)])
ev="Viet Nam and Cambodia held their annual border talks in Phnom Penh on Monday, agreeing to speed up the demarcation of the last stretch of the frontier."
D(2,"2026-05-12","HA NOI, May 12 (VNA) - "+ev,
 [M("Viet Nam-Cambodia border talks",["border talks"],"2026-05-11","Phnom Penh",["Viet Nam","Cambodia"],"past",ev)])
ev="The Second Viet Nam–Philippines Maritime Dialogue was held in Manila on 11 May 2026."
D(3,"2026-05-12","JOINT PRESS RELEASE\n\n"+ev+" The two sides exchanged views on fisheries cooperation and search and rescue at sea.\n\nManila, 12 May 2026",
 [M("Second Viet Nam–Philippines Maritime Dialogue",["maritime dialogue"],"2026-05-11","Manila",["Viet Nam","Philippines"],"past",ev)])
ev="Czechia and Slovakia will hold a joint government session in Bratislava on Thursday, the Czech government office said."
D(4,"2026-05-12","PRAGUE, May 12 (CTK) - "+ev+" Ministers are to discuss energy links and defence purchases.",
 [M("Czechia-Slovakia joint government session",["joint government session"],"2026-05-14","Bratislava",["Czechia","Slovakia"],"upcoming",ev)])
ev="Timor-Leste and Indonesia will open talks on their maritime boundary in Dili next week, officials said."
D(5,"2026-05-12","DILI, May 12 (Reuters) - "+ev,
 [M("Timor-Leste-Indonesia maritime boundary talks",["maritime boundary"],"2026-05-18","Dili",["Timor-Leste","Indonesia"],"upcoming",ev,prec="week")])
ev="Côte d'Ivoire and Ghana will hold talks on cocoa prices in Abidjan on May 20, the Coffee and Cocoa Council said."
D(6,"2026-05-12","ABIDJAN, May 12 (Reuters) - "+ev+" The two countries grow about 60% of the world's cocoa.",
 [M("Côte d'Ivoire-Ghana cocoa talks",["cocoa prices"],"2026-05-20","Abidjan",["Côte d'Ivoire","Ghana"],"upcoming",ev)])
ev="Brunei Darussalam and the UAE signed four agreements on Monday after talks between the two leaders in Bandar Seri Begawan."
D(7,"2026-05-12","BANDAR SERI BEGAWAN, May 12 - "+ev,
 [M("Brunei-UAE leaders' talks",["talks between the two leaders"],"2026-05-11","Bandar Seri Begawan",["Brunei Darussalam","UAE"],"past",ev)])
ev="The fourth session of the Cabo Verde–Portugal Joint Commission will take place in Praia on 3 June."
D(8,"2026-05-12","PRAIA, 12 May - "+ev+" Both governments are preparing a new programme of cooperation.",
 [M("Cabo Verde–Portugal Joint Commission fourth session",["joint commission","fourth session"],"2026-06-03","Praia",["Cabo Verde","Portugal"],"upcoming",ev)])

write(__file__)
