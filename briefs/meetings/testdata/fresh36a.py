# fresh36a: names that are not parties, and parties whose names hold "and" or a comma: a treaty body
# named in full ("the General Agreement on Tariffs and Trade"), an initiative's name ("Belt and Road")
# beside two ministers, a conciliation service listed with commas and no initialism after it, "states and
# Union Territories" after a lower-case group, a sentence opened by a plural noun ("Preparations for"),
# a hyphenated prefix ("Pre-conference"), a building beside a committee room, a case number and the
# City Clerk in a notice, a hearing's quoted title. Written for round 21 in my own words, after the
# census of wrong parties over the read sets (round 21 start); measured once before any rule for them:
# see fresh36_test.go. Doc 6's main conference was added after that measurement: my gold had left it
# out, and the first run found it (a false alarm that was my miss). `python3 fresh36a.py` writes fresh36a.jsonl.
from freshset import M, docset
D, write = docset("f36a")

ev="Delegates to the General Agreement on Tariffs and Trade will meet in Geneva next Tuesday to review farm subsidies, a GATT spokesman said."
D(1,"1988-03-02","GENEVA, March 2 - "+ev+" The session is expected to last two days.",
 [M("GATT meeting on farm subsidies",["gatt"],"1988-03-08","Geneva",["General Agreement on Tariffs and Trade"],"upcoming",ev)])
ev="Vice Premier Ding Xuexiang met Kyrgyz Prime Minister Adylbek Kasymaliev in Beijing on Monday to discuss Belt and Road Initiative rail projects."
D(2,"2025-06-10","BEIJING, June 10 (Xinhua) -- "+ev+" Both sides agreed to speed up work on the China-Kyrgyzstan-Uzbekistan line.",
 [M("Ding-Kasymaliev talks",["met"],"2025-06-09","Beijing",["Ding Xuexiang","Adylbek Kasymaliev"],"past",ev)])
ev="Talks between the Communication Workers Union and Royal Mail, chaired by the Advisory, Conciliation and Arbitration Service, will resume in London on Friday."
D(3,"2024-11-12","LONDON, Nov 12 - "+ev+" The union has suspended a planned strike until then.",
 [M("CWU-Royal Mail talks",["talks"],"2024-11-15","London",["Communication Workers Union","Royal Mail","Advisory, Conciliation and Arbitration Service"],"upcoming",ev)])
ev="Finance Minister Nirmala Sitharaman will chair a pre-budget meeting with finance ministers of states and Union Territories in New Delhi on Saturday."
D(4,"2025-01-07","NEW DELHI, Jan 7 (PTI) - "+ev+" States are expected to seek higher capital grants.",
 [M("Pre-budget meeting",["pre-budget meeting"],"2025-01-11","New Delhi",["Nirmala Sitharaman","finance ministers of states and Union Territories"],"upcoming",ev)])
ev="Preparations for the Pacific Islands Forum leaders' meeting in Honiara on September 8 are under way, officials said on Tuesday."
D(5,"2025-08-12","SUVA, Aug 12 - "+ev+" Leaders of 18 member states are expected.",
 [M("Pacific Islands Forum leaders' meeting",["leaders' meeting"],"2025-09-08","Honiara",["Pacific Islands Forum"],"upcoming",ev)])
e1="Monday 16 March, 09:00-12:30 - Workshop for small island regulators, Hotel Tamarin"
D(6,"2026-02-20","Indian Ocean Energy Week 2026\nPROGRAMME\n\nPre-conference event\n"+e1+"\n\nThe main conference opens on Tuesday 17 March.",
 [M("Workshop for small island regulators",["workshop"],"2026-03-16","Hotel Tamarin",["small island regulators"],"upcoming",e1),
  M("Indian Ocean Energy Week main conference",["main conference"],"2026-03-17",None,[],"upcoming","The main conference opens on Tuesday 17 March.")])
ev="Wednesday 4 March 2026, 2.30pm, The Thatcher Room, Portcullis House"
D(7,"2026-02-26","HOUSE OF COMMONS\nWORK AND PENSIONS COMMITTEE\nForthcoming sessions\n\n"+ev+"\nOral evidence session: Pension dashboards\nWitnesses: officials from the Money and Pensions Service",
 [M("Work and Pensions Committee evidence session",["oral evidence session"],"2026-03-04","The Thatcher Room, Portcullis House",["Work and Pensions Committee","Money and Pensions Service"],"upcoming",ev)])
ev="The Planning Commission will hold a public hearing on Case ZC-26-011, Rezoning of 14 Mill Road, on Tuesday, April 14, 2026, at 6:00 p.m. in the Council Chambers."
D(8,"2026-03-30","CITY OF ELM CROSSING\nNOTICE OF PUBLIC HEARING\n\n"+ev+" Written comments may be sent to the City Clerk before noon on April 13.",
 [M("Planning Commission public hearing",["public hearing"],"2026-04-14","Council Chambers",["Planning Commission"],"upcoming",ev)])
ev='The Subcommittee on Energy will hold a hearing titled "Keeping the Lights On: Winter Grid Readiness" on Thursday, December 4, 2025, at 10:00 a.m. in 2123 Rayburn House Office Building.'
D(9,"2025-11-27","COMMITTEE ON ENERGY AND COMMERCE\nHEARING NOTICE\n\n"+ev,
 [M("Subcommittee on Energy hearing",["hearing"],"2025-12-04","2123 Rayburn House Office Building",["Subcommittee on Energy"],"upcoming",ev)])
ev="The summit will be held on October 20 at the Abdou Diouf International Conference Centre in Diamniadio, the foreign ministry said."
D(10,"2025-09-30","DAKAR, Sept 30 - Leaders of the Economic Community of West African States will meet for an extraordinary summit on migration. "+ev,
 [M("ECOWAS extraordinary summit",["extraordinary summit"],"2025-10-20","Abdou Diouf International Conference Centre, Diamniadio",["Economic Community of West African States"],"upcoming",ev)])

write(__file__)
