from stories import *

# Issue 17, session 6: a tenth fresh set, on status and later mentions (10
# stories, one with no meeting), written after the unseen17wr changes had
# landed and measured once before any change made with it in view (the
# figure is in dev_test.go).

# 1 "opened on Monday" and "runs until Friday"; written Wednesday
p='1987-03-18'
ev="The annual meeting of the Inter-American Development Bank, which opened in Miami on Monday, runs until Friday."
doc('u17ws-01',p,'IDB MEETING UNDER WAY',
 "MIAMI, March 18 - "+ev+"\n\n"
 "Delegates at the meeting said the bank's capital increase was the main issue. REUTER",
 [M('IDB annual meeting',['inter-american development bank','annual meeting'],wd(p,'monday',-1),'day','Miami',['Inter-American Development Bank'],'ongoing',ev,end=wd(p,'friday',1))])

# 2 "are in session" today; "the session" later with a day
p='1987-11-24'
ev="Leaders of the European Community are in session in Copenhagen today for a two-day summit on the Community's finances."
doc('u17ws-02',p,'EC SUMMIT OPENS',
 "COPENHAGEN, Nov 24 - "+ev+"\n\n"
 "The session ends tomorrow with a statement on farm spending. REUTER",
 [M('EC Copenhagen summit',['summit','copenhagen'],p,'day','Copenhagen',['European Community'],'ongoing',ev,end=add(p,1))])

# 3 talks "broke off last night", "will resume" next week
p='1987-07-08'
ev1="Talks between Ford of Britain and its unions broke off last night without agreement, a union official said."
ev2="They will resume next week."
doc('u17ws-03',p,'FORD TALKS BREAK OFF',
 "LONDON, July 8 - "+ev1+" "+ev2+" REUTER",
 [M('Ford of Britain union talks (last night)',['ford','unions'],add(p,-1),'day',None,['Ford of Britain'],'past',ev1),
  M('Ford of Britain union talks (resumed)',['resume','next week'],monday(p,1),'week',None,['Ford of Britain'],'upcoming',ev2)])

# 4 "the meeting, which ended yesterday"
p='1987-04-30'
ev="The meeting of Commonwealth law ministers, which ended in Auckland yesterday, agreed on steps against drug trafficking."
doc('u17ws-04',p,'COMMONWEALTH LAW MINISTERS AGREE',
 "AUCKLAND, April 30 - "+ev+" REUTER",
 [M('Commonwealth law ministers meeting',['law ministers','commonwealth'],add(p,-1),'day','Auckland',['Commonwealth'],'past',ev)])

# 5 modern: "is being held" today
p='2025-01-28'
ev="The two-day meeting of chief secretaries, which is being held in New Delhi, began today and is chaired by the Cabinet Secretary."
doc('u17ws-05',p,'Chief secretaries meet in Delhi',
 "New Delhi, Jan 28 (IANS) "+ev,
 [M('Chief secretaries meeting',['chief secretaries'],p,'day','New Delhi',[],'ongoing',ev,end=add(p,1))])

# 6 modern: "Thursday's meeting" and a meeting on Thursday, written Friday
p='2025-05-16'
ev="The Delhi cabinet met on Thursday and approved a new electric vehicle policy."
doc('u17ws-06',p,'Delhi cabinet approves EV policy',
 "New Delhi, May 16 (IANS) "+ev+"\n\n"
 "Chief Minister Rekha Gupta chaired Thursday's meeting.",
 [M('Delhi cabinet meeting',['delhi cabinet','cabinet'],wd(p,'thursday',-1),'day','New Delhi',['Delhi cabinet','Rekha Gupta'],'past',ev)])

# 7 "has been meeting since Monday"
p='1987-10-14'
ev="OPEC's market monitoring committee has been meeting in Vienna since Monday and will report to ministers on Friday."
doc('u17ws-07',p,'OPEC PANEL MEETS',
 "VIENNA, Oct 14 - "+ev+" REUTER",
 [M('OPEC monitoring committee meeting',['monitoring committee'],wd(p,'monday',-1),'day','Vienna',['OPEC'],'ongoing',ev)])

# 8 "will hold its third round ... beginning on Monday"
p='1987-06-05'
ev="The United States and Japan will hold their third round of talks on construction contracts in Tokyo beginning on Monday, the U.S. Embassy said."
doc('u17ws-08',p,'U.S., JAPAN CONSTRUCTION TALKS',
 "TOKYO, June 5 - "+ev+" REUTER",
 [M('U.S.-Japan construction talks (third round)',['construction','third round'],wd(p,'monday',1),'day','Tokyo',['United States','Japan'],'upcoming',ev)])

# 9 "concluded a visit" today after talks
p='1987-09-17'
ev="Turkish Prime Minister Turgut Ozal concluded a three-day visit to Baghdad today after talks with President Saddam Hussein."
doc('u17ws-09',p,'OZAL ENDS BAGHDAD VISIT',
 "BAGHDAD, Sept 17 - "+ev+" REUTER",
 [M('Ozal visit to Baghdad',['ozal','saddam hussein'],add(p,-2),'day','Baghdad',['Turgut Ozal','Saddam Hussein'],'past',ev,end=p)])

# 10 no meeting: a demonstration "since Monday"
p='1987-12-09'
doc('u17ws-10',p,'STRIKERS RALLY',
 "SEOUL, Dec 9 - Thousands of students have rallied in central Seoul since Monday, and opposition leaders plan a march on Saturday. REUTER",
 [])

write()
