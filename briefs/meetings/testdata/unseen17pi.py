from stories import *

# Issue 17, participants: 17 stories written by the participants helper of
# session 6 after its unseen17ph changes, for the classes still open: a
# party named only in a neighbouring sentence ("who chairs the council",
# "Among those attending", "will be represented by", "The agency's executive
# director"), a titled subject standing for the person named before ("The
# Chief Minister will meet"), "the union"/"the two sides" for parties named
# before, two meetings of one sentence with different people, a visitor
# arriving for a meeting, lowercase groups ("the shipowners' association",
# "opposition parties", "bank advisory committee"), an investor at a
# company's meeting, and "the Fed". Annotated per meetings.GUIDELINE.md and
# measured once before any change made with them in view (figures in
# members_test.go).

# 1 the council's chair named in the next sentence
p='1987-09-17'
ev="The Arab League's economic council will meet in Tunis on Sunday to discuss aid to Iraq, a League spokesman said."
doc('u17pi-01',p,'ARAB LEAGUE COUNCIL TO MEET',
 "CAIRO, Sept 17 - "+ev+"\n\n"
 "Kuwaiti Finance Minister Jassem al-Khorafi, who chairs the council this year, will present a plan for a joint fund. REUTER",
 [M('Arab League economic council meeting',['economic council','arab league'],wd(p,'sunday',1),'day','Tunis',['Arab League','Jassem al-Khorafi'],'upcoming',ev)])

# 2 "He will discuss it with" after the speaker's full name
p='1987-04-06'
ev="He will discuss the deficit with Treasury Secretary James Baker in Washington on Thursday."
doc('u17pi-02',p,'KEATING TO SEE BAKER',
 "CANBERRA, April 6 - Australian Treasurer Paul Keating said today the U.S. budget deficit was the main threat to world growth.\n\n"+ev+" REUTER",
 [M('Keating-Baker talks',['baker','keating'],wd(p,'thursday',1),'day','Washington',['Paul Keating','James Baker'],'upcoming',ev)])

# 3 two meetings of one sentence with different people
p='1987-07-03'
ev="Brazilian Finance Minister Luiz Carlos Bresser Pereira will meet IMF managing director Michel Camdessus in Washington on Monday and then fly to New York for talks with the country's bank advisory committee on Wednesday."
doc('u17pi-03',p,'BRESSER PEREIRA TO SEE CAMDESSUS, BANKS',
 "BRASILIA, July 3 - "+ev+"\n\n"
 "Brazil wants to reschedule 68 billion dlrs of commercial bank debt. REUTER",
 [M('Bresser Pereira-Camdessus meeting',['camdessus'],wd(p,'monday',1),'day','Washington',['Luiz Carlos Bresser Pereira','Michel Camdessus'],'upcoming',ev),
  M('Brazil-bank advisory committee talks',['bank advisory committee'],wd(p,'wednesday',1),'day','New York',['Luiz Carlos Bresser Pereira','bank advisory committee'],'upcoming',ev)])

# 4 a minister who arrived for a group's meeting
p='1987-02-20'
ev="Japanese Finance Minister Kiichi Miyazawa arrived here today for a meeting of the Group of Seven on Sunday."
doc('u17pi-04',p,'MIYAZAWA ARRIVES FOR G7',
 "PARIS, Feb 20 - "+ev+"\n\n"
 "He told reporters at the airport that the yen's rise had gone far enough. REUTER",
 [M('Group of Seven meeting',['group of seven'],wd(p,'sunday',1),'day','Paris',['Group of Seven','Kiichi Miyazawa'],'upcoming',ev)])

# 5 those attending, listed in the next sentence
p='1987-09-28'
ev="Commonwealth heads of government will meet in Vancouver from October 13 to 17."
doc('u17pi-05',p,'COMMONWEALTH LEADERS TO MEET',
 "LONDON, Sept 28 - "+ev+"\n\n"
 "Among those attending will be British Prime Minister Margaret Thatcher and Indian Prime Minister Rajiv Gandhi, who differ sharply over sanctions against South Africa. REUTER",
 [M('Commonwealth heads of government meeting',['commonwealth'],'1987-10-13','day','Vancouver',['Commonwealth','Margaret Thatcher','Rajiv Gandhi'],'upcoming',ev,end='1987-10-17')])

# 6 a union and a lowercase association
p='1987-03-02'
ev="The National Union of Seamen and the shipowners' association will resume pay talks on Thursday, the union said."
doc('u17pi-06',p,'SEAMEN TALKS TO RESUME',
 "LONDON, March 2 - "+ev+"\n\n"
 "The union is seeking a 7 pct rise for 20,000 ferry workers. REUTER",
 [M('seamen pay talks',['seamen','pay talks'],wd(p,'thursday',1),'day',None,['National Union of Seamen',"shipowners' association"],'upcoming',ev)])

# 7 opposition parties meeting at a leader's residence
p='1987-02-23'
ev="Leaders of the opposition parties will meet at the residence of Janata Party president Chandra Shekhar on Wednesday to plan a joint strategy, party sources said."
doc('u17pi-07',p,'OPPOSITION TO PLAN STRATEGY',
 "NEW DELHI, Feb 23 - "+ev+"\n\n"
 "The budget session of parliament opened today. REUTER",
 [M('opposition leaders meeting',['opposition parties','chandra shekhar'],wd(p,'wednesday',1),'day',"Chandra Shekhar's residence",['opposition parties','Chandra Shekhar'],'upcoming',ev)])

# 8 two nationalities' ministers; who represents each in the next sentence
p='1987-06-29'
ev="Spanish and Moroccan fisheries ministers will meet in Rabat on Tuesday to negotiate a new fishing agreement."
doc('u17pi-08',p,'SPAIN, MOROCCO FISHING TALKS',
 "MADRID, June 29 - "+ev+"\n\n"
 "Spain will be represented by Agriculture Minister Carlos Romero and Morocco by Fisheries Minister Bensalem Smili, officials said. REUTER",
 [M('Spain-Morocco fisheries talks',['fisheries','rabat'],wd(p,'tuesday',1),'day','Rabat',['Spain','Morocco','Carlos Romero','Bensalem Smili'],'upcoming',ev)])

# 9 a delegation of senators led by one of them
p='1987-04-10'
ev="A delegation of U.S. senators led by Robert Dole will meet Soviet leader Mikhail Gorbachev in Moscow on Monday."
doc('u17pi-09',p,'DOLE TO MEET GORBACHEV',
 "WASHINGTON, April 10 - "+ev+"\n\n"
 "Arms control and human rights are expected to top the agenda. REUTER",
 [M('Dole-Gorbachev meeting',['gorbachev','dole'],wd(p,'monday',1),'day','Moscow',['U.S. senators','Robert Dole','Mikhail Gorbachev'],'upcoming',ev)])

# 10 "the Fed's policy-making committee"
p='1987-09-18'
ev="The Fed's policy-making committee will meet on Tuesday, and most economists expect no change in the federal funds rate."
doc('u17pi-10',p,'FED COMMITTEE MEETS TUESDAY',
 "WASHINGTON, Sept 18 - "+ev+"\n\n"
 "The dollar rose against the yen in New York. REUTER",
 [M('Fed policy committee meeting',['policy-making committee'],wd(p,'tuesday',1),'day','Washington',['Fed'],'upcoming',ev)])

# 11 an investor who will go to a company's annual meeting
p='1987-04-01'
ev="Investor Carl Icahn said he will seek two board seats at USX Corp's annual meeting in Pittsburgh on May 4."
doc('u17pi-11',p,'ICAHN TO SEEK USX SEATS',
 "NEW YORK, April 1 - "+ev+"\n\n"
 "Icahn owns about 11 pct of USX <X> common stock. REUTER",
 [M('USX annual meeting',['usx','annual meeting'],'1987-05-04','day','Pittsburgh',['USX Corp','Carl Icahn'],'upcoming',ev)])

# 12 the agency's director in the next sentence
p='1987-05-08'
ev="The International Energy Agency's governing board will meet in Paris on Monday to review oil stocks."
doc('u17pi-12',p,'IEA BOARD TO MEET',
 "PARIS, May 8 - "+ev+"\n\n"
 "The agency's executive director, Helga Steeg, will present a report warning of tighter supplies next winter. REUTER",
 [M('IEA governing board meeting',['governing board','international energy agency'],wd(p,'monday',1),'day','Paris',['International Energy Agency','Helga Steeg'],'upcoming',ev)])

# 13 nationality + noun; "The two sides will meet again"
p='1987-04-25'
ev1="Chinese and British negotiators ended a round of talks on Hong Kong's future in Peking on Friday."
ev2="The two sides will meet again in London in July."
doc('u17pi-13',p,'HONG KONG TALKS END',
 "HONG KONG, April 25 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Sino-British talks in Peking',['peking','round of talks'],wd(p,'friday',-1),'day','Peking',['China','Britain'],'past',ev1),
  M('Sino-British talks in London',['london'],'1987-07','month','London',['China','Britain'],'upcoming',ev2)])

# 14 Indian wire: "The Chief Minister will meet" after his name
p='2025-01-20'
ev="The Chief Minister will meet Prime Minister Narendra Modi in New Delhi on Thursday to seek relief funds, his office said."
doc('u17pi-14',p,'Siddaramaiah to meet Modi',
 "Bengaluru, Jan 20 (IANS) Karnataka Chief Minister Siddaramaiah reviewed the drought situation in the state on Monday.\n\n"+ev,
 [M('Siddaramaiah-Modi meeting',['modi'],wd(p,'thursday',1),'day','New Delhi',['Siddaramaiah','Narendra Modi'],'upcoming',ev)])

# 15 "The union will meet" management named by its company
p='1987-02-09'
ev="The union will meet Ford management again on Friday."
doc('u17pi-15',p,'TGWU REJECTS FORD OFFER',
 "LONDON, Feb 9 - The Transport and General Workers Union rejected a 4 pct pay offer from Ford Motor Co's British unit today.\n\n"+ev+" REUTER",
 [M('TGWU-Ford pay talks',['ford management'],wd(p,'friday',1),'day',None,['Transport and General Workers Union','Ford'],'upcoming',ev)])

# 16 "Delegates from" two bodies; a region's adjective is no party
p='1987-06-10'
ev="Delegates from the European Free Trade Association and the EC will meet in Reykjavik on Monday for talks on a wider free trade area, Nordic officials said."
doc('u17pi-16',p,'EFTA, EC TO MEET',
 "OSLO, June 10 - "+ev+"\n\n"
 "EFTA groups Austria, Finland, Iceland, Norway, Sweden and Switzerland. REUTER",
 [M('EFTA-EC talks',['efta','reykjavik'],wd(p,'monday',1),'day','Reykjavik',['European Free Trade Association','EC'],'upcoming',ev)])

# 17 Indian wire: a state government's all-party meeting; who represents it
p='2025-05-01'
ev="The Punjab government has called an all-party meeting on Saturday to discuss the river water dispute with Haryana."
doc('u17pi-17',p,'Punjab calls all-party meeting',
 "Chandigarh, May 1 (IANS) "+ev+"\n\n"
 "The state government will be represented by Chief Minister Bhagwant Mann, officials said.",
 [M('Punjab all-party meeting',['all-party meeting'],wd(p,'saturday',1),'day','Chandigarh',['Punjab government','Bhagwant Mann'],'upcoming',ev)])

write()
