from stories import *

# Issue 17, participants: 15 stories written by the participants helper of
# session 6 after its unseen17pj changes had landed (46030ac), with wordings
# none of its rules was written for: "The bloc will hold talks", a quoted
# "We will meet", an apposed minister and a bank president, "The two
# leaders last met", directors of a company, representatives of lowercase
# strikers, senior officials of a forum with its initialism, "The
# chancellor will meet", "Leading Japanese banks", "Both will attend",
# presidents who met at a border town, "The panel, chaired by", two
# visitors' meetings, a secretary-general who reports, and foreign ministers
# of three countries. Annotated per meetings.GUIDELINE.md and measured once
# before any change made with them in view (figures in members_test.go).

# 1 a bloc's ministers' meeting, then "The bloc will hold talks"
p='1987-10-09'
ev1="ASEAN economic ministers ended a two-day meeting in Singapore today."
ev2="The bloc will hold talks with Japanese officials in Tokyo next month on tariff cuts."
doc('u17pk-01',p,'ASEAN MINISTERS END MEETING',
 "SINGAPORE, Oct 9 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('ASEAN economic ministers meeting',['asean economic ministers','two-day meeting'],add(p,-1),'day','Singapore',['ASEAN'],'past',ev1,end=p),
  M('ASEAN-Japan talks',['tokyo','tariff'],'1987-11','month','Tokyo',['ASEAN','Japan'],'upcoming',ev2)])

# 2 a quoted "We will meet" by a chairman
p='1987-05-18'
ev="\"We will meet the unions on Tuesday,\" British Coal chairman Sir Robert Haslam told reporters."
doc('u17pk-02',p,'BRITISH COAL TO MEET UNIONS',
 "LONDON, May 18 - British Coal plans to close four more pits this year.\n\n"+ev+" REUTER",
 [M('British Coal-unions meeting',['unions','british coal'],wd(p,'tuesday',1),'day',None,['British Coal','Robert Haslam','unions'],'upcoming',ev)])

# 3 an apposed minister and a bank president
p='1987-04-06'
ev="Kenya's Finance Minister, George Saitoti, will hold talks with World Bank president Barber Conable in Washington on Friday."
doc('u17pk-03',p,'SAITOTI TO SEE CONABLE',
 "NAIROBI, April 6 - "+ev+"\n\n"
 "Kenya is seeking 150 mln dlrs for its farm sector. REUTER",
 [M('Saitoti-Conable talks',['conable','saitoti'],wd(p,'friday',1),'day','Washington',['George Saitoti','Barber Conable'],'upcoming',ev)])

# 4 "The two leaders last met"
p='1987-02-18'
ev1="Indian Prime Minister Rajiv Gandhi will meet Pakistani President Zia ul-Haq in Jaipur on Sunday."
ev2="The two leaders last met in Bangalore in November."
doc('u17pk-04',p,'GANDHI, ZIA TO MEET',
 "NEW DELHI, Feb 18 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Gandhi-Zia meeting in Jaipur',['jaipur'],wd(p,'sunday',1),'day','Jaipur',['Rajiv Gandhi','Zia ul-Haq'],'upcoming',ev1),
  M('Gandhi-Zia meeting in Bangalore',['bangalore'],'1986-11','month','Bangalore',['Rajiv Gandhi','Zia ul-Haq'],'past',ev2)])

# 5 directors of a company
p='1987-01-12'
ev="Directors of Pan Am Corp will meet on Thursday to consider the sale of its Pacific routes, a company spokesman said."
doc('u17pk-05',p,'PAN AM BOARD TO MEET',
 "NEW YORK, Jan 12 - "+ev+"\n\n"
 "United Airlines has offered 750 mln dlrs for the routes. REUTER",
 [M('Pan Am board meeting',['pan am','directors'],wd(p,'thursday',1),'day',None,['Pan Am Corp'],'upcoming',ev)])

# 6 representatives of lowercase strikers and a minister
p='1987-04-20'
ev="Representatives of the striking railway workers will meet Labour Minister Almino Affonso in Brasilia on Wednesday."
doc('u17pk-06',p,'RAIL STRIKERS TO MEET MINISTER',
 "SAO PAULO, April 20 - "+ev+"\n\n"
 "The strike has halted commuter trains in Sao Paulo and Rio de Janeiro. REUTER",
 [M('railway strikers-Affonso meeting',['railway workers','affonso'],wd(p,'wednesday',1),'day','Brasilia',['striking railway workers','Almino Affonso'],'upcoming',ev)])

# 7 senior officials of a forum with its initialism
p='2024-05-03'
ev="Senior officials of the Asia-Pacific Economic Cooperation (APEC) forum will meet in Arequipa next week."
doc('u17pk-07',p,'APEC officials to meet in Peru',
 "Lima, May 3 (IANS) "+ev+"\n\n"
 "Trade ministers of the 21 member economies meet later this month.",
 [M('APEC senior officials meeting',['senior officials','arequipa'],monday(p,1),'week','Arequipa',['APEC'],'upcoming',ev)])

# 8 "The chancellor will meet" after the chancellor's name
p='1987-02-02'
ev="The chancellor will meet Free Democrat leader Martin Bangemann on Tuesday to discuss the new cabinet."
doc('u17pk-08',p,'KOHL TO MEET BANGEMANN',
 "BONN, Feb 2 - Chancellor Helmut Kohl's coalition partners want more cabinet posts after last month's election.\n\n"+ev+" REUTER",
 [M('Kohl-Bangemann meeting',['bangemann'],wd(p,'tuesday',1),'day','Bonn',['Helmut Kohl','Martin Bangemann'],'upcoming',ev)])

# 9 "Leading Japanese banks" and a ministry's officials
p='1987-06-15'
ev="Leading Japanese banks will meet Finance Ministry officials on Wednesday to discuss their exposure to Brazil."
doc('u17pk-09',p,'JAPANESE BANKS TO MEET MINISTRY',
 "TOKYO, June 15 - "+ev+"\n\n"
 "Brazil stopped paying interest on its bank debt in February. REUTER",
 [M('Japanese banks-Finance Ministry meeting',['japanese banks','finance ministry'],wd(p,'wednesday',1),'day','Tokyo',['Japanese banks','Finance Ministry'],'upcoming',ev)])

# 10 "Both will attend" after the two named before
p='1987-04-06'
ev="Both will attend the IMF Interim Committee meeting on Thursday."
doc('u17pk-10',p,'LAWSON IN WASHINGTON',
 "WASHINGTON, April 6 - Chancellor of the Exchequer Nigel Lawson and Bank of England Governor Robin Leigh-Pemberton arrived here today.\n\n"+ev+" REUTER",
 [M('IMF Interim Committee meeting',['interim committee'],wd(p,'thursday',1),'day','Washington',['IMF Interim Committee','Nigel Lawson','Robin Leigh-Pemberton'],'upcoming',ev)])

# 11 two presidents met at a border town
p='1987-12-28'
ev="Ugandan President Yoweri Museveni and Kenyan President Daniel arap Moi met at the border town of Malaba on Saturday to ease tensions."
doc('u17pk-11',p,'MUSEVENI, MOI MEET',
 "NAIROBI, Dec 28 - "+ev+"\n\n"
 "Trade across the border resumed today. REUTER",
 [M('Museveni-Moi meeting',['malaba'],wd(p,'saturday',-1),'day','Malaba',['Yoweri Museveni','Daniel arap Moi'],'past',ev)])

# 12 Indian wire: "The panel, chaired by", and an official invited to appear
p='2025-02-17'
ev="The Parliamentary Standing Committee on Finance will meet on Thursday to discuss the new income tax bill."
doc('u17pk-12',p,'Finance panel to take up tax bill',
 "New Delhi, Feb 17 (IANS) "+ev+"\n\n"
 "The panel, chaired by BJP MP Bhartruhari Mahtab, has invited Revenue Secretary Arvind Shrivastava to appear before it.",
 [M('Standing Committee on Finance meeting',['standing committee on finance'],wd(p,'thursday',1),'day','New Delhi',['Parliamentary Standing Committee on Finance','Bhartruhari Mahtab','Arvind Shrivastava'],'upcoming',ev)])

# 13 two visitors' meetings in two sentences
p='1987-03-01'
ev1="Shultz will see Chinese Premier Zhao Ziyang on Monday."
ev2="Defence Secretary Caspar Weinberger, who is also in Peking, will meet Defence Minister Zhang Aiping on Tuesday."
doc('u17pk-13',p,'SHULTZ ARRIVES IN PEKING',
 "PEKING, March 1 - Secretary of State George Shultz arrived here today.\n\n"+ev1+" "+ev2+" REUTER",
 [M('Shultz-Zhao meeting',['zhao ziyang'],wd(p,'monday',1),'day','Peking',['George Shultz','Zhao Ziyang'],'upcoming',ev1),
  M('Weinberger-Zhang meeting',['zhang aiping'],wd(p,'tuesday',1),'day','Peking',['Caspar Weinberger','Zhang Aiping'],'upcoming',ev2)])

# 14 a summit of an organisation; its secretary-general reports
p='1987-10-20'
ev="The Organisation of African Unity will hold an emergency summit on debt in Addis Ababa on November 30, the organisation's secretary-general Ide Oumarou said."
doc('u17pk-14',p,'OAU TO HOLD DEBT SUMMIT',
 "ADDIS ABABA, Oct 20 - "+ev+"\n\n"
 "Africa's foreign debt is about 200 billion dlrs. REUTER",
 [M('OAU emergency summit on debt',['emergency summit','oau'],'1987-11-30','day','Addis Ababa',['Organisation of African Unity'],'upcoming',ev)])

# 15 foreign ministers of three countries
p='1987-05-25'
ev="Foreign ministers of Argentina, Brazil and Uruguay will meet in Montevideo on Friday to discuss economic integration."
doc('u17pk-15',p,'RIVER PLATE MINISTERS TO MEET',
 "BUENOS AIRES, May 25 - "+ev+"\n\n"
 "Argentina and Brazil signed an integration pact last year. REUTER",
 [M('Argentina-Brazil-Uruguay ministers meeting',['montevideo'],wd(p,'friday',1),'day','Montevideo',['Argentina','Brazil','Uruguay'],'upcoming',ev)])

write()
