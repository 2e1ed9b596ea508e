from stories import *

# Issue 17, participants: 14 stories written by the participants helper of
# session 6 after its unseen17pk changes had landed (a8e695c), the last
# first-sight check of the session: two meetings of one sentence with
# different people, testimony before a committee, "He will receive" after
# the host's name, "The ministers will meet again" after a list, "The
# company and the union last met", officials from a commission and a
# country, a foreign minister and ambassadors, chief ministers of three
# states, a fund's delegation and "The team is led by", party leaders and
# a boycotted Diet, a country's parliament before a holiday, "Britain's
# talks with Argentina", and two companies' boards. Annotated per
# meetings.GUIDELINE.md and measured once before any change made with them
# in view (figures in members_test.go).

# 1 two meetings of one sentence with different people
p='1987-04-14'
ev="Japanese Prime Minister Yasuhiro Nakasone will meet President Reagan at the White House on April 30, and Foreign Minister Tadashi Kuranari will hold talks with Secretary of State George Shultz the same day."
doc('u17pl-01',p,'NAKASONE TO MEET REAGAN',
 "TOKYO, April 14 - "+ev+"\n\n"
 "Trade friction over semiconductors will top the agenda. REUTER",
 [M('Nakasone-Reagan meeting',['white house','nakasone'],'1987-04-30','day','White House',['Yasuhiro Nakasone','Reagan'],'upcoming',ev),
  M('Kuranari-Shultz talks',['kuranari','shultz'],'1987-04-30','day',None,['Tadashi Kuranari','George Shultz'],'upcoming',ev)])

# 2 testimony before a committee
p='1987-02-16'
ev="Federal Reserve Board Chairman Paul Volcker will testify before the Senate Banking Committee on Wednesday on the state of the economy."
doc('u17pl-02',p,'VOLCKER TO TESTIFY',
 "WASHINGTON, Feb 16 - "+ev+"\n\n"
 "Analysts expect him to warn against a further fall of the dollar. REUTER",
 [M('Senate Banking Committee hearing',['senate banking committee','volcker'],wd(p,'wednesday',1),'day','Washington',['Paul Volcker','Senate Banking Committee'],'upcoming',ev)])

# 3 "He will receive" after the host's full name
p='1987-02-23'
ev="He will receive Israeli Foreign Minister Shimon Peres on Tuesday."
doc('u17pl-03',p,'MUBARAK TO RECEIVE PERES',
 "CAIRO, Feb 23 - Egyptian President Hosni Mubarak returned to Cairo today from a tour of the Gulf states.\n\n"+ev+" REUTER",
 [M('Mubarak-Peres meeting',['peres'],wd(p,'tuesday',1),'day','Cairo',['Hosni Mubarak','Shimon Peres'],'upcoming',ev)])

# 4 "The ministers will meet again" after their countries
p='1987-05-18'
ev1="Oil ministers of Saudi Arabia, Kuwait and Venezuela held talks in Geneva on Sunday."
ev2="The ministers will meet again in Vienna next month."
doc('u17pl-04',p,'OIL MINISTERS MEET IN GENEVA',
 "LONDON, May 18 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('oil ministers talks in Geneva',['geneva'],wd(p,'sunday',-1),'day','Geneva',['Saudi Arabia','Kuwait','Venezuela'],'past',ev1),
  M('oil ministers meeting in Vienna',['vienna'],'1987-06','month','Vienna',['Saudi Arabia','Kuwait','Venezuela'],'upcoming',ev2)])

# 5 "The company and the union last met"
p='1987-06-03'
ev1="Hughes Aircraft Co will open contract talks with the International Association of Machinists on Monday."
ev2="The company and the union last met in March."
doc('u17pl-05',p,'HUGHES, MACHINISTS TO TALK',
 "LOS ANGELES, June 3 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Hughes-IAM contract talks',['contract talks','machinists'],wd(p,'monday',1),'day',None,['Hughes Aircraft Co','International Association of Machinists'],'upcoming',ev1),
  M('Hughes-IAM meeting in March',['march'],'1987-03','month',None,['Hughes Aircraft Co','International Association of Machinists'],'past',ev2)])

# 6 officials from a commission and a country
p='1987-01-26'
ev="Officials from the European Commission and the United States will meet in Brussels on Wednesday to discuss the wine dispute."
doc('u17pl-06',p,'EC, U.S. TO DISCUSS WINE',
 "BRUSSELS, Jan 26 - "+ev+"\n\n"
 "Washington has threatened duties on EC white wine. REUTER",
 [M('EC-U.S. wine talks',['wine'],wd(p,'wednesday',1),'day','Brussels',['European Commission','United States'],'upcoming',ev)])

# 7 a foreign minister and ambassadors of a region
p='1987-04-11'
ev="Soviet Foreign Minister Eduard Shevardnadze held talks with Arab ambassadors in Moscow on Friday, Tass said."
doc('u17pl-07',p,'SHEVARDNADZE MEETS ARAB ENVOYS',
 "MOSCOW, April 11 - "+ev+"\n\n"
 "He backed an international peace conference on the Middle East. REUTER",
 [M('Shevardnadze-Arab ambassadors talks',['arab ambassadors'],wd(p,'friday',-1),'day','Moscow',['Eduard Shevardnadze','Arab ambassadors'],'past',ev)])

# 8 Indian wire: chief ministers of three states and a union minister
p='2025-06-05'
ev="The Chief Ministers of Punjab, Haryana and Rajasthan will meet Union Jal Shakti Minister C.R. Patil in New Delhi on Monday."
doc('u17pl-08',p,'CMs to meet Patil on water',
 "Chandigarh, June 5 (IANS) "+ev+"\n\n"
 "The states have been at odds over sharing river water.",
 [M('Chief Ministers-Patil meeting',['patil','chief ministers'],wd(p,'monday',1),'day','New Delhi',['Punjab','Haryana','Rajasthan','C.R. Patil'],'upcoming',ev)])

# 9 a fund's delegation, "The team is led by"
p='1987-02-28'
ev="A delegation from the International Monetary Fund will begin talks with Egyptian officials in Cairo on Monday on a standby loan."
doc('u17pl-09',p,'IMF TEAM TO VISIT CAIRO',
 "CAIRO, Feb 28 - "+ev+"\n\n"
 "The team is led by Paul Dickie, officials said. REUTER",
 [M('IMF-Egypt talks',['international monetary fund','standby'],wd(p,'monday',1),'day','Cairo',['International Monetary Fund','Egypt','Paul Dickie'],'upcoming',ev)])

# 10 party leaders; the boycotted Diet is no party
p='1987-04-20'
ev="Leaders of the ruling Liberal Democratic Party and the opposition Socialists will meet on Friday to try to end a boycott of the Diet."
doc('u17pl-10',p,'PARTY LEADERS TO MEET',
 "TOKYO, April 20 - "+ev+"\n\n"
 "The opposition objects to the sales tax bill. REUTER",
 [M('LDP-Socialist leaders meeting',['liberal democratic party','socialists'],wd(p,'friday',1),'day','Tokyo',['Liberal Democratic Party','Socialists'],'upcoming',ev)])

# 11 a country's parliament after a holiday
p='1987-04-27'
ev="The Polish parliament will meet after the May Day holiday on May 5 to debate price rises."
doc('u17pl-11',p,'POLISH PARLIAMENT TO MEET',
 "WARSAW, April 27 - "+ev+"\n\n"
 "Food prices are to rise by 10 pct. REUTER",
 [M('Polish parliament session',['polish parliament'],'1987-05-05','day','Warsaw',['Polish parliament'],'upcoming',ev)])

# 12 "Britain's talks with Argentina"; the islands are the topic
p='1987-03-09'
ev="Britain's talks with Argentina on fishing rights around the Falklands will resume in New York on Tuesday, the Foreign Office said."
doc('u17pl-12',p,'FALKLANDS FISHING TALKS',
 "LONDON, March 9 - "+ev+"\n\n"
 "The two countries have no diplomatic relations. REUTER",
 [M('Britain-Argentina fishing talks',['fishing','argentina'],wd(p,'tuesday',1),'day','New York',['Britain','Argentina'],'upcoming',ev)])

# 13 two companies' boards to approve a merger
p='1987-03-06'
ev="Chrysler Corp and American Motors Corp said their boards will meet on Monday to approve the merger agreement."
doc('u17pl-13',p,'CHRYSLER, AMC BOARDS TO MEET',
 "DETROIT, March 6 - "+ev+"\n\n"
 "Chrysler offered about 1.5 billion dlrs for American Motors. REUTER",
 [M('Chrysler and AMC board meetings',['boards','merger'],wd(p,'monday',1),'day',None,['Chrysler Corp','American Motors Corp'],'upcoming',ev)])

# 14 a minister meeting bankers, named first with a descriptor
p='1987-09-14'
ev="Outgoing Mexican Finance Minister Gustavo Petricioli will meet the country's bank advisory committee in New York on Tuesday."
doc('u17pl-14',p,'PETRICIOLI TO MEET BANKS',
 "MEXICO CITY, Sept 14 - "+ev+"\n\n"
 "Mexico owes commercial banks about 55 billion dlrs. REUTER",
 [M('Petricioli-bank committee meeting',['bank advisory committee','petricioli'],wd(p,'tuesday',1),'day','New York',['Gustavo Petricioli','bank advisory committee'],'upcoming',ev)])

write()
