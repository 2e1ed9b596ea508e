from stories import *

# Issue 17, third fresh set: twelve stories written after the unseen17b
# rule changes and measured once, as an out-of-sample check of them.

# 1 minister named the sentence before; meets a delegation "here"; implied place
p='2024-05-14'
ev="He will meet a delegation from the Philippines here on Thursday to discuss maritime security."
doc('u17c-01',p,'INDONESIA, PHILIPPINES TO DISCUSS SEA PATROLS',
 "JAKARTA, May 14 (Antara) - Indonesian Defence Minister Prabowo Subianto said joint patrols in the Sulawesi Sea would continue. "+ev+"\n\nThe two navies held joint exercises in March.",
 [M('Indonesia-Philippines maritime security talks',['prabowo','philippines'],wd(p,'thursday',1),'day','Jakarta',['Prabowo Subianto','Philippines'],'upcoming',ev)])

# 2 company speaker owns the meeting; shareholders; no place; ticker
p='2023-03-02'
ev="Northwind Energy Corp <NWE.N> said its shareholders would vote on the merger with Castle Gas at a special meeting on April 12."
doc('u17c-02',p,'NORTHWIND SETS VOTE ON CASTLE GAS MERGER',
 "HOUSTON, March 2 (Reuters) - "+ev+"\n\nHolders of record on March 10 will be entitled to vote. Northwind shares rose 2 pct.",
 [M('Northwind Energy special shareholders meeting',['northwind','special meeting'],'2023-04-12','day',None,['Northwind Energy Corp'],'upcoming',ev)])

# 3 lowercase groups; two meetings in a sentence with their own parties
p='2022-11-08'
ev="The federal government met farm groups on Monday and will hold talks with the state premiers on Friday."
doc('u17c-03',p,'CANBERRA MEETS FARMERS, PREMIERS ON DROUGHT',
 "CANBERRA, Nov 8 - "+ev+"\n\nThe drought has cut the wheat harvest by a third.",
 [M('Federal government meeting with farm groups',['farm groups'],wd(p,'monday',-1),'day','Canberra',['federal government','farm groups'],'past',ev),
  M('Federal government talks with state premiers',['state premiers'],wd(p,'friday',1),'day','Canberra',['federal government','state premiers'],'upcoming',ev)])

# 4 place later mention; "the talks in Geneva"
p='2021-06-09'
ev="Iranian and European negotiators will resume talks on Saturday on reviving the nuclear deal, diplomats said."
doc('u17c-04',p,'IRAN NUCLEAR TALKS TO RESUME',
 "VIENNA, June 9 - "+ev+"\n\nThe talks in Vienna have been going on since April.",
 [M('Iran nuclear talks',['nuclear deal','iranian and european negotiators'],wd(p,'saturday',1),'day','Vienna',['Iran','European negotiators'],'upcoming',ev)])

# 5 date from the wrong clause ("after Tuesday's vote"), deadline
p='2020-09-17'
ev="The committee will meet again on Monday, after Tuesday's vote in parliament, and must report within a week."
doc('u17c-05',p,'BUDGET COMMITTEE TO MEET MONDAY',
 "OTTAWA, Sept 17 - The House of Commons finance committee met on Wednesday but failed to agree on the spending bill. "+ev+"\n\nOpposition members want more money for housing.",
 [M('House of Commons finance committee meeting',['finance committee'],'2020-09-16','day','Ottawa',['House of Commons finance committee'],'past',"The House of Commons finance committee met on Wednesday but failed to agree on the spending bill."),
  M('House of Commons finance committee meeting Monday',['meet again'],wd(p,'monday',1),'day','Ottawa',['House of Commons finance committee'],'upcoming',ev)])

# 6 missed meeting: "met late on Tuesday"; status
p='2024-02-21'
ev="Leaders of the Amalgamated Transit Union and Metro Transit management met late on Tuesday but failed to end the strike."
doc('u17c-06',p,'TRANSIT TALKS FAIL',
 "MINNEAPOLIS, Feb 21 - "+ev+" A new session is set for Thursday.\n\nBuses have not run for a week.",
 [M('Metro Transit strike talks',['metro transit','amalgamated transit union'],wd(p,'tuesday',-1),'day',None,['Amalgamated Transit Union','Metro Transit'],'past',ev),
  M('Metro Transit new session',['new session'],wd(p,'thursday',1),'day',None,['Amalgamated Transit Union','Metro Transit'],'upcoming',"A new session is set for Thursday.")])

# 7 summit with leaders; participants by nationality nouns; apposition place
p='2023-08-15'
ev="Chinese and South African leaders will meet in the commercial hub, Johannesburg, next week on the sidelines of the BRICS summit."
doc('u17c-07',p,'XI, RAMAPHOSA TO MEET AT BRICS SUMMIT',
 "BEIJING, Aug 15 - "+ev+"\n\nThe BRICS summit opens on August 22.",
 [M('China-South Africa leaders meeting',['chinese and south african leaders'],monday(p,1),'week','Johannesburg',['China','South Africa'],'upcoming',ev),
  M('BRICS summit',['brics summit'],'2023-08-22','day','Johannesburg',['BRICS'],'upcoming',"The BRICS summit opens on August 22.")])

# 8 ongoing: "is meeting today"; central bank at home
p='2022-07-21'
ev="The European Central Bank's Governing Council is meeting today and is expected to raise rates for the first time in 11 years."
doc('u17c-08',p,'ECB SET TO RAISE RATES',
 "FRANKFURT, July 21 - "+ev+"\n\nMarkets expect a rise of a quarter point.",
 [M('ECB Governing Council meeting',['governing council','ecb'],p,'day','Frankfurt',['European Central Bank'],'ongoing',ev)])

# 9 company board, "at the offices of", precision: no "Leading"
p='2021-10-04'
ev="Directors of Harbor Freight Lines met at the offices of its law firm in Boston yesterday to consider the offer."
doc('u17c-09',p,'HARBOR FREIGHT BOARD WEIGHS OFFER',
 "BOSTON, Oct 4 - "+ev+"\n\nLeading shareholders have urged the board to accept.",
 [M('Harbor Freight Lines board meeting',['harbor freight','directors'],add(p,-1),'day','law firm offices, Boston',['Harbor Freight Lines'],'past',ev)])

# 10 one meeting several mentions: "the summit", "the two-day meeting", "Monday's talks"
p='2025-03-03'
ev="European Union leaders opened a two-day summit in Brussels on Monday on defence spending."
doc('u17c-10',p,'EU LEADERS DISCUSS DEFENCE',
 "BRUSSELS, March 3 - "+ev+"\n\nThe summit will also discuss aid to Ukraine. Diplomats said Monday's talks were tense.",
 [M('EU defence summit',['european union leaders','summit'],p,'day','Brussels',['European Union'],'ongoing',ev,end=add(p,1))])

# 11 missed: "state visit" for talks with hosts; place country
p='2024-09-10'
ev="Japanese Prime Minister Fumio Kishida will make a state visit to Mongolia next month for talks with President Ukhnaagiin Khurelsukh."
doc('u17c-11',p,'KISHIDA TO VISIT MONGOLIA',
 "TOKYO, Sept 10 - "+ev+"\n\nThe leaders are expected to sign a minerals agreement.",
 [M('Kishida-Khurelsukh talks',['kishida','khurelsukh'],'2024-10','month','Mongolia',['Fumio Kishida','Ukhnaagiin Khurelsukh'],'upcoming',ev)])

# 12 precision: a city as subject is not a party; "officials from the Group of Seven"
p='2023-04-11'
ev="Officials from the Group of Seven will meet in Tokyo on Friday to prepare for the finance ministers' meeting later this month, Tokyo said."
doc('u17c-12',p,'G7 OFFICIALS TO MEET IN TOKYO',
 "TOKYO, April 11 - "+ev+"\n\nJapan holds the group's presidency this year.",
 [M('G7 officials meeting',['group of seven','officials'],wd(p,'friday',1),'day','Tokyo',['Group of Seven'],'upcoming',ev),
  M('G7 finance ministers meeting',["finance ministers' meeting"],'2023-04','month',None,['Group of Seven'],'upcoming',ev)])

write()
