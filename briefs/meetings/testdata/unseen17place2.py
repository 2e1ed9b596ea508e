from stories import *

# Issue 17, meeting PLACE (session 6, second round): 18 stories written
# after the unseen17u fixes had landed (96223dc) and before any rule change
# made with them in view: international bodies at their seats and away from
# them, home bodies under wordings not used before, a place given by a
# later sentence in other words, parties abroad, a place in an apposition
# after the city, capitalised offices, company meetings in the dateline
# city. Annotated per meetings.GUIDELINE.md and measured once (the figure
# is in place_sets_test.go).

# 1 a commodity body's council at its seat, the seat named only by the dateline
p='1987-03-02'
ev="The council of the International Cocoa Organization will meet on March 16 to try to agree on buffer stock rules, ICCO officials said."
doc('u17place2-01',p,'COCOA COUNCIL TO MEET ON BUFFER STOCK',
 "LONDON, March 2 - "+ev+"\n\n"
 "Producers and consumers failed to agree on the rules at a session in January. Cocoa prices in London fell 20 stg to 1,310 stg a tonne. REUTER",
 [M('International Cocoa Organization council meeting',['international cocoa organization','council'],'1987-03-16','day','London',['International Cocoa Organization'],'upcoming',ev)])

# 2 the same kind of body, its meeting reported from another city: no place
p='1987-05-12'
ev="Members of the International Tin Council will meet next month to discuss the debts left by the collapse of the buffer stock, a Malaysian official said."
doc('u17place2-02',p,'TIN COUNCIL TO DISCUSS DEBTS',
 "KUALA LUMPUR, May 12 - "+ev+"\n\n"
 "Malaysia is the world's largest tin producer. Creditor banks are owed about 900 mln stg. REUTER",
 [M('International Tin Council meeting',['international tin council'],'1987-06','month',None,['International Tin Council'],'upcoming',ev)])

# 3 the Security Council in New York
p='1987-07-14'
ev="The U.N. Security Council will meet on Thursday to vote on a resolution demanding a ceasefire in the Gulf war, diplomats said."
doc('u17place2-03',p,'SECURITY COUNCIL TO VOTE ON GULF CEASEFIRE',
 "UNITED NATIONS, July 14 - "+ev+"\n\n"
 "The five permanent members agreed on the text last week. Iran has said it will not accept a ceasefire until Iraq is named as the aggressor. REUTER",
 [M('U.N. Security Council meeting',['security council'],wd(p,'thursday',1),'day','United Nations',['U.N. Security Council'],'upcoming',ev)])

# 4 an OECD committee at its seat
p='1987-10-26'
ev="The OECD's economic policy committee meets on Wednesday and Thursday to review the outlook after last week's stock market crash, an OECD spokesman said."
doc('u17place2-04',p,'OECD PANEL TO REVIEW OUTLOOK',
 "PARIS, Oct 26 - "+ev+"\n\n"
 "Senior finance ministry officials from the 24 member countries attend the committee. Its forecasts will be published in December. REUTER",
 [M('OECD economic policy committee meeting',['economic policy committee'],wd(p,'wednesday',1),'day','Paris',['OECD'],'upcoming',ev,end=wd(p,'thursday',1))])

# 5 the place given by a later sentence in other words
p='1987-09-15'
ev="Argentine and British diplomats will hold their first direct talks since the 1982 war next week, the Foreign Ministry said."
doc('u17place2-05',p,'ARGENTINA, BRITAIN TO HOLD TALKS',
 "BUENOS AIRES, Sept 15 - "+ev+"\n\n"
 "The venue will be New York, where both countries have missions to the United Nations, a ministry spokesman said. Sovereignty over the Falkland Islands will not be on the agenda. REUTER",
 [M('Argentina-Britain talks',['argentine and british diplomats','direct talks'],monday(p,1),'week','New York',['Argentina','Britain'],'upcoming',ev)])

# 6 a minister abroad: dateline home, no other place stated for the meeting
p='1987-06-08'
ev="Trade Minister Michael Wilson, who is on a week-long tour of South East Asia, will meet Thai officials on Wednesday to discuss wheat sales, his office said."
doc('u17place2-06',p,'WILSON TO DISCUSS WHEAT IN ASIA',
 "OTTAWA, June 8 - "+ev+"\n\n"
 "Canada sold 1.2 mln tonnes of wheat to the region last year. REUTER",
 [M('Wilson talks with Thai officials',['wilson','thai officials'],wd(p,'wednesday',1),'day',None,['Michael Wilson','Thailand'],'upcoming',ev)])

# 7 an apposition after the city: "in Manila, the Philippine capital"
p='1987-11-30'
ev="Leaders of the six ASEAN countries will meet in Manila, the Philippine capital, from December 14 to 15 amid tight security, officials said."
doc('u17place2-07',p,'ASEAN LEADERS TO MEET IN MANILA',
 "SINGAPORE, Nov 30 - "+ev+"\n\n"
 "Singapore Prime Minister Lee Kuan Yew will attend, his office said. REUTER",
 [M('ASEAN summit',['asean','leaders'],'1987-12-14','day','Manila',['ASEAN','Lee Kuan Yew'],'upcoming',ev,end='1987-12-15')])

# 8 a company's annual meeting in the dateline city, stated only by the dateline
p='1987-04-06'
ev="Unilever's annual meeting will be held on May 13, the company said today."
doc('u17place2-08',p,'UNILEVER SETS ANNUAL MEETING',
 "ROTTERDAM, April 6 - "+ev+"\n\n"
 "The Anglo-Dutch group proposed a final dividend of 11.60 guilders a share. REUTER",
 [M('Unilever annual meeting',['unilever','annual meeting'],'1987-05-13','day',None,['Unilever'],'upcoming',ev)])

# 9 capitalised offices: "at the headquarters of Citibank" (a venue, not a party)
p='1987-02-23'
ev="Bankers of Brazil's creditor banks will meet Central Bank Governor Francisco Gros on Thursday at the headquarters of Citibank, the chairman of the bank advisory committee, bankers said."
doc('u17place2-09',p,'BRAZIL TO MEET BANKS THURSDAY',
 "NEW YORK, Feb 23 - "+ev+"\n\n"
 "Brazil suspended interest payments on 68 billion dlrs of commercial bank debt last week. REUTER",
 [M('Brazil creditor banks meeting',['creditor banks','gros'],wd(p,'thursday',1),'day','Citibank',['Francisco Gros'],'upcoming',ev)])

# 10 a parliament at home under "lawmakers"
p='1987-12-01'
ev="South Korean lawmakers will open a special session of the National Assembly on Monday to pass the 1988 budget, an Assembly spokesman said."
doc('u17place2-10',p,'ASSEMBLY TO MEET ON BUDGET',
 "SEOUL, Dec 1 - "+ev+"\n\n"
 "The presidential election is on December 16. REUTER",
 [M('National Assembly special session',['national assembly','special session'],wd(p,'monday',1),'day','Seoul',['National Assembly'],'upcoming',ev)])

# 11 two ministers meet abroad at a conference: place from the conference
p='1987-09-22'
ev="Finance Minister Kiichi Miyazawa will meet Treasury Secretary James Baker on Saturday on the eve of the IMF and World Bank annual meetings in Washington, officials said."
doc('u17place2-11',p,'MIYAZAWA TO MEET BAKER SATURDAY',
 "TOKYO, Sept 22 - "+ev+"\n\n"
 "Miyazawa leaves for the United States on Friday. REUTER",
 [M('Miyazawa-Baker meeting',['miyazawa','baker'],wd(p,'saturday',1),'day','Washington',['Kiichi Miyazawa','James Baker'],'upcoming',ev),
  M('IMF and World Bank annual meetings',['annual meetings'],'1987-09','month','Washington',['IMF','World Bank'],'upcoming',ev)|{'optional':True}])

# 12 a state government and doctors: at home; an earlier strike in another city
p='2025-06-03'
ev="The Maharashtra government will hold talks with resident doctors on Thursday, days after a strike at hospitals in Nagpur, Medical Education Minister Hasan Mushrif said here."
doc('u17place2-12',p,'Govt to hold talks with resident doctors',
 "Mumbai, June 3 (PTI) "+ev+"\n\n"
 "The doctors have demanded better security at hospitals and timely payment of stipends.",
 [M('Maharashtra government talks with resident doctors',['resident doctors','maharashtra government'],wd(p,'thursday',1),'day','Mumbai',['Maharashtra government','resident doctors'],'upcoming',ev)])

# 13 a company board, the dateline its headquarters, a plant named in another clause
p='1987-08-17'
ev="Volvo's board will meet on Wednesday to decide on a new assembly plant, which could be built at Uddevalla or in Belgium, the company said."
doc('u17place2-13',p,'VOLVO BOARD TO DECIDE ON PLANT',
 "GOTHENBURG, Aug 17 - "+ev+"\n\n"
 "Volvo's car output rose 4 pct in the first half. REUTER",
 [M('Volvo board meeting',['volvo','board'],wd(p,'wednesday',1),'day',None,['Volvo'],'upcoming',ev)])

# 14 an EC Commission meeting in Brussels; a Council in Luxembourg later
p='1987-06-01'
ev1="The EC Commission will adopt its farm price compromise at its weekly meeting on Wednesday, a Commission spokesman said."
ev2="Farm ministers meet again in Luxembourg on June 15."
doc('u17place2-14',p,'COMMISSION TO ADOPT FARM COMPROMISE',
 "BRUSSELS, June 1 - "+ev1+"\n\n"
 "The compromise would cut cereal support prices by 2.5 pct. "+ev2+" REUTER",
 [M('EC Commission weekly meeting',['ec commission','weekly meeting'],wd(p,'wednesday',1),'day','Brussels',['EC Commission'],'upcoming',ev1),
  M('EC farm ministers meeting',['farm ministers'],'1987-06-15','day','Luxembourg',['farm ministers'],'upcoming',ev2)])

# 15 a visit abroad for talks, the dateline the visitor's capital
p='1987-03-09'
ev="Egyptian President Hosni Mubarak will visit Baghdad next week for talks with Iraqi President Saddam Hussein on the Gulf war, the official Middle East News Agency said."
doc('u17place2-15',p,'MUBARAK TO VISIT BAGHDAD',
 "CAIRO, March 9 - "+ev+"\n\n"
 "It will be Mubarak's first visit to Iraq. Egypt restored ties with Iraq last year. REUTER",
 [M('Mubarak-Saddam talks',['mubarak','saddam hussein'],monday(p,1),'week','Baghdad',['Hosni Mubarak','Saddam Hussein'],'upcoming',ev)])

# 16 a home cabinet under "ministers", the dateline city; a union in another town
p='1987-01-19'
ev="Spanish government ministers will meet on Friday to discuss an incomes policy, after coal miners in Asturias called a strike for next month, a spokesman said."
doc('u17place2-16',p,'SPANISH MINISTERS TO DISCUSS PAY',
 "MADRID, Jan 19 - "+ev+"\n\n"
 "Prime Minister Felipe Gonzalez wants wage rises held to five pct. REUTER",
 [M('Spanish government ministers meeting',['spanish government ministers'],wd(p,'friday',1),'day','Madrid',['Spanish government'],'upcoming',ev)])

# 17 a press release: a company's meeting at a hotel
p='2025-04-08'
ev="Northwind Logistics Inc. will hold its annual meeting of stockholders on Thursday, May 22, 2025, at 9:00 a.m. at the Hyatt Regency hotel in Columbus, Ohio."
doc('u17place2-17',p,'Northwind Logistics announces annual meeting',
 "COLUMBUS, Ohio, April 8, 2025 /PRNewswire/ -- "+ev+" Stockholders of record at the close of business on March 28, 2025 are entitled to vote.\n\n"
 "Northwind operates 140 distribution centers in North America.",
 [M('Northwind Logistics annual meeting',['northwind','annual meeting'],'2025-05-22','day','Hyatt Regency hotel, Columbus',['Northwind Logistics'],'upcoming',ev)])

# 18 a meeting "there" after the city named in the previous sentence
p='1987-10-05'
ev="Commonwealth leaders gather in Vancouver next week. Australian Prime Minister Bob Hawke will meet Indian Prime Minister Rajiv Gandhi there on October 13, officials said."
ev2="Australian Prime Minister Bob Hawke will meet Indian Prime Minister Rajiv Gandhi there on October 13, officials said."
doc('u17place2-18',p,'HAWKE TO MEET GANDHI IN VANCOUVER',
 "CANBERRA, Oct 5 - "+ev+"\n\n"
 "They are expected to discuss South Africa. REUTER",
 [M('Commonwealth heads of government meeting',['commonwealth leaders'],monday(p,1),'week','Vancouver',['Commonwealth'],'upcoming',"Commonwealth leaders gather in Vancouver next week."),
  M('Hawke-Gandhi meeting',['hawke','gandhi'],'1987-10-13','day','Vancouver',['Bob Hawke','Rajiv Gandhi'],'upcoming',ev2)])

write()
