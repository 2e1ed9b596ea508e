from stories import *

# Issue 17, out-of-sample check for the unseen17f rule changes: eleven
# stories for the same classes (one meeting per meeting, dates from the
# right clause, missed kinds, status), written after those changes and
# measured once before any change made with them in view.

# 1 a two-day round and "the Tokyo talks"; the March round is another
p='1988-05-10'
ev1="U.S. and Japanese negotiators will open two days of talks on beef and citrus quotas in Tokyo on Thursday, a Foreign Ministry official said."
ev2="The Tokyo talks follow a round in Washington in March that ended without agreement."
doc('u17h-01',p,'U.S., JAPAN TO RESUME BEEF TALKS',
 "TOKYO, May 10 - "+ev1+"\n\n"+ev2+" Washington wants Japan to lift its quotas by April 1991.",
 [M('U.S.-Japan beef and citrus talks',['beef and citrus','tokyo talks'],wd(p,'thursday',1),'day','Tokyo',['U.S.','Japan'],'upcoming',ev1,end=add(wd(p,'thursday',1),1)),
  M('U.S.-Japan round in Washington',['round in washington'],'1988-03','month','Washington',['U.S.','Japan'],'past',ev2)])

# 2 "are meeting today"; their previous meeting months before
p='1987-10-07'
ev1="Finance ministers of the six Gulf Cooperation Council states are meeting in Riyadh today to discuss a common customs tariff, officials said."
ev2="They last met in Bahrain in April."
doc('u17h-02',p,'GULF MINISTERS DISCUSS TARIFF',
 "RIYADH, Oct 7 - "+ev1+" "+ev2+"\n\nThe council groups Saudi Arabia, Kuwait, Bahrain, Qatar, the United Arab Emirates and Oman.",
 [M('GCC finance ministers meeting',['gulf cooperation council','riyadh'],p,'day','Riyadh',['Gulf Cooperation Council'],'ongoing',ev1),
  M('GCC finance ministers meeting in Bahrain',['last met','bahrain'],'1987-04','month','Bahrain',['Gulf Cooperation Council'],'past',ev2)])

# 3 annual meeting with a record date; the board met in a relative clause
p='1987-02-12'
ev1="Sears, Roebuck and Co said it will hold its annual meeting in Chicago on May 21."
ev2="The board, which met on Tuesday, also declared a quarterly dividend of 50 cts a share."
doc('u17h-03',p,'SEARS SETS ANNUAL MEETING',
 "CHICAGO, Feb 12 - "+ev1+" Shareholders of record on March 23 will be entitled to vote.\n\n"+ev2,
 [M('Sears annual meeting',['sears','annual meeting'],'1987-05-21','day','Chicago',['Sears, Roebuck and Co'],'upcoming',ev1),
  M('Sears board meeting',['board'],wd(p,'tuesday',-1),'day',None,['Sears, Roebuck and Co'],'past',ev2)])

# 4 a deadline and a meeting in one sentence
p='1987-09-02'
ev="Iran and Iraq have until September 15 to respond to the U.N. ceasefire resolution, and Secretary-General Javier Perez de Cuellar will meet Iran's deputy foreign minister in New York on Monday."
doc('u17h-04',p,'U.N. CHIEF TO MEET IRANIAN ENVOY',
 "UNITED NATIONS, Sept 2 - "+ev+"\n\nIraq has accepted the resolution.",
 [M('Perez de Cuellar-Iran meeting',['perez de cuellar',"iran's deputy foreign minister"],wd(p,'monday',1),'day','New York',['Javier Perez de Cuellar','Iran'],'upcoming',ev)])

# 5 regular session
p='1987-07-15'
ev="The Philippine Congress will convene its first regular session on July 27, when President Corazon Aquino is to deliver her state of the nation address."
doc('u17h-05',p,'PHILIPPINE CONGRESS TO CONVENE',
 "MANILA, July 15 - "+ev+"\n\nIt is the first Congress since 1972.",
 [M('Philippine Congress regular session',['philippine congress','regular session'],'1987-07-27','day','Manila',['Philippine Congress'],'upcoming',ev)])

# 6 "met again ... late on Friday"
p='1987-09-19'
ev="Soviet Foreign Minister Eduard Shevardnadze and Secretary of State George Shultz met again at the State Department late on Friday to try to complete a treaty on medium-range missiles, a U.S. official said."
doc('u17h-06',p,'SHULTZ, SHEVARDNADZE MEET AGAIN',
 "WASHINGTON, Sept 19 - "+ev+"\n\nThe official said progress had been made.",
 [M('Shultz-Shevardnadze meeting',['shevardnadze','shultz'],wd(p,'friday',-1),'day','State Department, Washington',['Eduard Shevardnadze','George Shultz'],'past',ev)])

# 7 negotiations begun in January, still running
p='1987-03-04'
ev="Negotiations on a new international cocoa agreement, which began in Geneva in January, entered their final week today, delegates said."
doc('u17h-07',p,'COCOA TALKS IN FINAL WEEK',
 "GENEVA, March 4 - "+ev+"\n\nProducers and consumers remain divided over the buffer stock.",
 [M('International cocoa agreement negotiations',['cocoa agreement'],'1987-01','month','Geneva',[],'ongoing',ev)])

# 8 two gatherings of one body in one week: ministers and their officials
p='1987-05-20'
ev1="European Community farm ministers will meet in Brussels next week to try again to fix 1987/88 farm prices, diplomats said."
ev2="Senior officials will hold a preparatory meeting on Monday."
doc('u17h-08',p,'EC FARM MINISTERS TO TRY AGAIN',
 "BRUSSELS, May 20 - "+ev1+" "+ev2+"\n\nThe prices should have been fixed by April 1.",
 [M('EC farm ministers meeting',['farm ministers'],monday(p,1),'week','Brussels',['European Community'],'upcoming',ev1),
  M('EC senior officials preparatory meeting',['preparatory meeting'],wd(p,'monday',1),'day','Brussels',[],'upcoming',ev2)])

# 9 no meeting: an anniversary, a memorial service, a news conference
p='1987-04-24'
doc('u17h-09',p,'CHERNOBYL ANNIVERSARY',
 "MOSCOW, April 24 - Sunday marks the first anniversary of the Chernobyl nuclear disaster, and a memorial service will be held in Kiev that day.\n\nSoviet officials told a news conference on Thursday that 31 people died as a direct result of the accident.",
 [])

# 10 another event's date in a relative clause; "will discuss ... with ... next month"
p='1987-07-30'
ev="Indian Prime Minister Rajiv Gandhi, who returned from Colombo on Wednesday, will discuss the Sri Lanka peace accord with President Junius Jayewardene in New Delhi next month, officials said."
doc('u17h-10',p,'GANDHI TO DISCUSS ACCORD',
 "NEW DELHI, July 30 - "+ev+"\n\nIndian troops began arriving in Sri Lanka on Thursday.",
 [M('Gandhi-Jayewardene talks',['jayewardene','gandhi'],'1987-08','month','New Delhi',['Rajiv Gandhi','Junius Jayewardene'],'upcoming',ev)])

# 11 "the talks in Washington" again; "last month's meeting in Brasilia" another
p='1987-06-03'
ev1="Brazilian and U.S. officials will resume talks on computer trade in Washington on Monday, the U.S. Trade Representative's office said."
ev2="The talks in Washington will be the first since last month's meeting in Brasilia, which ended in deadlock."
doc('u17h-11',p,'U.S., BRAZIL TO RESUME COMPUTER TALKS',
 "WASHINGTON, June 3 - "+ev1+" "+ev2+"\n\nWashington has threatened trade sanctions.",
 [M('U.S.-Brazil computer talks',['computer trade','talks in washington'],wd(p,'monday',1),'day','Washington',['Brazil','U.S.'],'upcoming',ev1),
  M('U.S.-Brazil meeting in Brasilia',["last month's meeting",'brasilia'],'1987-05','month','Brasilia',['Brazil','U.S.'],'past',ev2)])

write()
