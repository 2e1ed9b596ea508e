from stories import *

# Issue 17, session 7 (participants): a second fresh set, written after the
# roles.go rules had landed and measured once before any change made with
# it in view (the figure is in roles_test.go): a body and its committee
# named together, the body named only inside the meeting's name beside a
# person, "the union", "the company", "the bloc" for a body named before,
# a company's officers at its meeting, and more of the first set's classes
# in new words.

# 1 a parent body and its committee: one party
p='2025-10-06'
ev="The Reserve Bank of India's Monetary Policy Committee will begin a three-day meeting in Mumbai on Wednesday."
doc('f17rb-01',p,'RBI PANEL MEETS',
 "MUMBAI, Oct 6 - "+ev+"\n\n"
 "Economists expect the repo rate to be left at 5.5 pct. REUTER",
 [M('RBI Monetary Policy Committee meeting',['monetary policy committee'],wd(p,'wednesday',1),'day','Mumbai',['Reserve Bank of India Monetary Policy Committee'],'upcoming',ev,end=add(wd(p,'wednesday',1),2))])

# 2 the body named only inside the meeting's name, a person chairs it
p='2025-11-17'
ev="The Commonwealth Heads of Government Meeting opens in Apia on Monday, with Prime Minister Fiame Naomi Mata'afa in the chair."
doc('f17rb-02',p,'COMMONWEALTH LEADERS MEET',
 "APIA, Nov 17 - "+ev+"\n\n"
 "Climate change and trade will dominate the agenda. REUTER",
 [M('CHOGM',['heads of government meeting','commonwealth'],wd(p,'monday',1),'day','Apia',['Commonwealth',"Fiame Naomi Mata'afa"],'upcoming',ev)])

# 3 "the union" for the union named before
p='1987-02-10'
ev="The union said it would meet management on Thursday to discuss the new shift system."
doc('f17rb-03',p,'FORD UNION TO MEET MANAGEMENT',
 "LONDON, Feb 10 - The Transport and General Workers Union rejected Ford Motor Co's pay offer on Monday.\n\n"
 +ev+" REUTER",
 [M('Ford pay talks',['management','union'],wd(p,'thursday',1),'day',None,['Transport and General Workers Union','Ford Motor Co'],'upcoming',ev)])

# 4 the company's chairman at its annual meeting
p='1987-04-14'
ev="Chairman Roger Smith will face shareholders at General Motors Corp's annual meeting in Detroit on May 22."
doc('f17rb-04',p,'GM MEETING',
 "DETROIT, April 14 - "+ev+"\n\n"
 "Dissident holders plan to raise executive pay. REUTER",
 [M('General Motors annual meeting',['annual meeting','general motors'],'1987-05-22','day','Detroit',['General Motors Corp','Roger Smith'],'upcoming',ev)])

# 5 the IMF and its board: one party; a topic country
p='1987-03-23'
ev="The International Monetary Fund's executive board will meet on Wednesday to consider a standby loan for Argentina."
doc('f17rb-05',p,'IMF BOARD TO MEET',
 "WASHINGTON, March 23 - "+ev+"\n\n"
 "Argentina has asked for 1.83 billion dlrs. REUTER",
 [M('IMF executive board meeting',['executive board','imf'],wd(p,'wednesday',1),'day','Washington',['International Monetary Fund'],'upcoming',ev)])

# 6 "the bloc" for the body named before, and its chair in the next sentence
p='2025-09-01'
ev="Foreign ministers of the bloc will meet in Copenhagen on Friday to discuss sanctions on Russia."
doc('f17rb-06',p,'EU MINISTERS TO MEET',
 "BRUSSELS, Sept 1 - The European Union is preparing a 19th package of sanctions, diplomats said.\n\n"
 +ev+" Kaja Kallas, the EU foreign policy chief, will chair the meeting. REUTER",
 [M('EU foreign ministers meeting',['foreign ministers','copenhagen'],wd(p,'friday',1),'day','Copenhagen',['European Union','Kaja Kallas'],'upcoming',ev)])

# 7 a national group of lowercase words as the object
p='1987-05-05'
ev="Trade Minister Hajime Tamura will meet visiting American rice farmers in Tokyo on Thursday."
doc('f17rb-07',p,'TAMURA TO MEET U.S. FARMERS',
 "TOKYO, May 5 - "+ev+"\n\n"
 "The farmers want Japan to open its rice market. REUTER",
 [M('Tamura - U.S. rice farmers meeting',['rice farmers','tamura'],wd(p,'thursday',1),'day','Tokyo',['Hajime Tamura','American rice farmers'],'upcoming',ev)])

# 8 members listed after the meeting: "X, Y and Z will take part"
p='2025-10-27'
ev="Quad foreign ministers will hold talks in Kuala Lumpur on Tuesday."
doc('f17rb-08',p,'QUAD MINISTERS MEET',
 "KUALA LUMPUR, Oct 27 - "+ev+"\n\n"
 "Marco Rubio, S. Jaishankar, Penny Wong and Toshimitsu Motegi will take part. REUTER",
 [M('Quad foreign ministers talks',['quad'],wd(p,'tuesday',1),'day','Kuala Lumpur',['Quad','Marco Rubio','S. Jaishankar','Penny Wong','Toshimitsu Motegi'],'upcoming',ev)])

# 9 a topic after "to discuss"; the source is a ministry
p='1987-06-15'
ev="West German and French finance officials will meet in Bonn on Wednesday to discuss Italy's request for a realignment, the Finance Ministry said."
doc('f17rb-09',p,'BONN, PARIS OFFICIALS TO MEET',
 "BONN, June 15 - "+ev+"\n\n"
 "Italy has asked for a devaluation of the lira. REUTER",
 [M('West German-French finance officials meeting',['finance officials'],wd(p,'wednesday',1),'day','Bonn',['West Germany','France'],'upcoming',ev)])

# 10 the committee's chairman: a possessive title
p='1987-03-30'
ev="The Senate Finance Committee will hold a hearing on trade legislation on Thursday, the committee's chairman, Lloyd Bentsen, said."
doc('f17rb-10',p,'SENATE PANEL HEARING',
 "WASHINGTON, March 30 - "+ev+"\n\n"
 "Trade Representative Clayton Yeutter will testify. REUTER",
 [M('Senate Finance Committee hearing',['senate finance committee','hearing'],wd(p,'thursday',1),'day','Washington',['Senate Finance Committee','Lloyd Bentsen','Clayton Yeutter'],'upcoming',ev)])

# 11 the two countries, said in the meeting's sentence
p='2025-12-01'
ev="The two countries will hold their annual summit in New Delhi on Thursday, when Vladimir Putin meets Narendra Modi."
doc('f17rb-11',p,'PUTIN TO VISIT INDIA',
 "NEW DELHI, Dec 1 - Russia and India are expected to sign agreements on energy and defence this week.\n\n"
 +ev+" REUTER",
 [M('India-Russia annual summit',['annual summit'],wd(p,'thursday',1),'day','New Delhi',['Russia','India','Vladimir Putin','Narendra Modi'],'upcoming',ev)])

# 12 a sentence-initial heading word and an ASEAN summit's chair
p='2025-10-24'
ev="Meanwhile, East Asia Summit leaders will meet in Kuala Lumpur on Monday."
doc('f17rb-12',p,'EAST ASIA SUMMIT',
 "KUALA LUMPUR, Oct 24 - Thailand and Cambodia agreed a ceasefire in July, officials said.\n\n"
 +ev+" Malaysian Prime Minister Anwar Ibrahim will host the talks. REUTER",
 [M('East Asia Summit',['east asia summit'],wd(p,'monday',1),'day','Kuala Lumpur',['East Asia Summit','Anwar Ibrahim'],'upcoming',ev)])

write()
