from stories import *

# Issue 17, participants: 11 stories written by the participants helper of
# session 6 after its unseen17pl changes had landed (789398e), with
# wordings its rules were not written for: "is due to hold talks", a
# committee of a country's creditor banks, a company president addressing
# its annual meeting, "The prime minister will see", "talks between X
# management and" a pilots' association, a region's foreign ministers, a
# visit for talks with a country's leaders and "He is expected to meet", a
# meeting "chaired by" a minister, "Management and unions at" a company, an
# all-party meeting a chief minister chairs, and a spokesman who reports.
# Annotated per meetings.GUIDELINE.md and measured once before any change
# made with them in view (figures in members_test.go).

# 1 "is due to hold talks with"
p='1987-05-22'
ev="Canadian Prime Minister Brian Mulroney is due to hold talks with French Prime Minister Jacques Chirac in Ottawa on Monday."
doc('u17pm-01',p,'CHIRAC TO VISIT OTTAWA',
 "OTTAWA, May 22 - "+ev+"\n\n"
 "Fishing rights off Newfoundland are expected to dominate. REUTER",
 [M('Mulroney-Chirac talks',['chirac','mulroney'],wd(p,'monday',1),'day','Ottawa',['Brian Mulroney','Jacques Chirac'],'upcoming',ev)])

# 2 a committee of a country's creditor banks and a minister
p='1987-02-16'
ev="A committee of Argentina's creditor banks will meet Economy Minister Juan Sourrouille in New York on Wednesday."
doc('u17pm-02',p,'ARGENTINA, BANKS TO MEET',
 "BUENOS AIRES, Feb 16 - "+ev+"\n\n"
 "Argentina wants 2.15 billion dlrs in new loans. REUTER",
 [M('Sourrouille-bank committee meeting',['sourrouille','creditor banks'],wd(p,'wednesday',1),'day','New York',["Argentina's creditor banks",'Juan Sourrouille'],'upcoming',ev)])

# 3 a company president who will address the annual meeting
p='1987-06-01'
ev="Sony Corp's president Norio Ohga will address shareholders at the company's annual meeting in Tokyo on June 26."
doc('u17pm-03',p,'SONY ANNUAL MEETING',
 "TOKYO, June 1 - "+ev+"\n\n"
 "Sony's profits fell in the year to March because of the strong yen. REUTER",
 [M('Sony annual meeting',['sony','annual meeting'],'1987-06-26','day','Tokyo',['Sony Corp','Norio Ohga'],'upcoming',ev)])

# 4 "The prime minister will see" after his name
p='1987-02-16'
ev="The prime minister will see President Reagan on Wednesday."
doc('u17pm-04',p,'SHAMIR IN WASHINGTON',
 "WASHINGTON, Feb 16 - Israeli Prime Minister Yitzhak Shamir flew into Washington today for a four-day visit.\n\n"+ev+" REUTER",
 [M('Shamir-Reagan meeting',['reagan'],wd(p,'wednesday',1),'day','Washington',['Yitzhak Shamir','Reagan'],'upcoming',ev)])

# 5 "talks between X management and" a pilots' association
p='1987-06-01'
ev="Talks between Eastern Airlines management and the Air Line Pilots Association will resume in Miami on Tuesday, a union spokesman said."
doc('u17pm-05',p,'EASTERN PILOT TALKS RESUME',
 "MIAMI, June 1 - "+ev+"\n\n"
 "The pilots have rejected a 20 pct pay cut. REUTER",
 [M('Eastern-ALPA talks',['air line pilots association','eastern'],wd(p,'tuesday',1),'day','Miami',['Eastern Airlines','Air Line Pilots Association'],'upcoming',ev)])

# 6 a region's foreign ministers; a peace plan named for a person
p='1987-06-22'
ev="Central American foreign ministers will meet in Guatemala City on Thursday to discuss the Arias peace plan."
doc('u17pm-06',p,'CENTRAL AMERICAN MINISTERS TO MEET',
 "SAN JOSE, June 22 - "+ev+"\n\n"
 "Nicaragua has raised objections to the plan. REUTER",
 [M('Central American foreign ministers meeting',['guatemala city','foreign ministers'],wd(p,'thursday',1),'day','Guatemala City',['Central American foreign ministers'],'upcoming',ev)])

# 7 a visit for talks with a country's leaders, and "He is expected to meet"
p='1987-07-02'
ev1="West German Foreign Minister Hans-Dietrich Genscher will visit Moscow next week for talks with Soviet leaders."
ev2="He is expected to meet Mikhail Gorbachev on Tuesday."
doc('u17pm-07',p,'GENSCHER TO VISIT MOSCOW',
 "BONN, July 2 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Genscher talks in Moscow',['genscher','soviet leaders'],monday(p,1),'week','Moscow',['Hans-Dietrich Genscher','Soviet Union'],'upcoming',ev1),
  M('Genscher-Gorbachev meeting',['gorbachev'],wd(p,'tuesday',1),'day','Moscow',['Hans-Dietrich Genscher','Mikhail Gorbachev'],'upcoming',ev2)])

# 8 a meeting "chaired by" a minister
p='1987-10-16'
ev="A meeting of EC farm ministers, chaired by Danish Agriculture Minister Britta Schall Holberg, will open in Luxembourg on Monday."
doc('u17pm-08',p,'EC FARM MINISTERS TO MEET',
 "BRUSSELS, Oct 16 - "+ev+"\n\n"
 "Cereal surpluses will top the agenda. REUTER",
 [M('EC farm ministers meeting',['ec farm ministers','luxembourg'],wd(p,'monday',1),'day','Luxembourg',['EC','Britta Schall Holberg'],'upcoming',ev)])

# 9 "Management and unions at" a company
p='1987-08-10'
ev="Management and unions at British Airways will meet on Friday to discuss cabin crew pay."
doc('u17pm-09',p,'BA PAY TALKS',
 "LONDON, Aug 10 - "+ev+"\n\n"
 "Cabin crew have threatened a one-day strike. REUTER",
 [M('British Airways pay talks',['british airways','cabin crew'],wd(p,'friday',1),'day',None,['British Airways','unions'],'upcoming',ev)])

# 10 Indian wire: an all-party meeting a chief minister chairs
p='2025-03-03'
ev="Tamil Nadu Chief Minister M.K. Stalin will chair an all-party meeting at the Secretariat on Saturday on the delimitation of Lok Sabha seats."
doc('u17pm-10',p,'Stalin calls all-party meet',
 "Chennai, March 3 (IANS) "+ev+"\n\n"
 "The ruling DMK says the state could lose eight seats.",
 [M('Tamil Nadu all-party meeting',['all-party meeting'],wd(p,'saturday',1),'day','Secretariat, Chennai',['M.K. Stalin'],'upcoming',ev)])

# 11 a body's annual meeting; its spokesman reports
p='1987-11-06'
ev="The International Air Transport Association's annual meeting will open in Montreal on Monday, IATA spokesman David Henderson said."
doc('u17pm-11',p,'IATA TO MEET',
 "GENEVA, Nov 6 - "+ev+"\n\n"
 "Airlines will discuss fare deregulation in Europe. REUTER",
 [M('IATA annual meeting',['iata','annual meeting'],wd(p,'monday',1),'day','Montreal',['International Air Transport Association'],'upcoming',ev)])

write()
