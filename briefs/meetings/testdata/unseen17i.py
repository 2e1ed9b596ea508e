from stories import *

# Issue 17, a last out-of-sample check for meetings, dates and status:
# ten stories written after the unseen17h rule changes, measured once
# before any change made with them in view.

# 1 talks during a two-day visit; a later mention without a date
p='1987-11-25'
ev="Japanese Prime Minister Noboru Takeshita will hold talks with South Korean President Chun Doo Hwan during a two-day visit to Seoul starting on Monday, the Foreign Ministry said."
doc('u17i-01',p,'TAKESHITA TO VISIT SEOUL',
 "TOKYO, Nov 25 - "+ev+"\n\nTheir talks are expected to focus on trade and the Seoul Olympics.",
 [M('Takeshita-Chun talks',['takeshita','chun doo hwan'],wd(p,'monday',1),'day','Seoul',['Noboru Takeshita','Chun Doo Hwan'],'upcoming',ev,end=add(wd(p,'monday',1),1))])

# 2 "wound up two days of talks ... on Wednesday"
p='1988-01-14'
ev="NATO defence ministers wound up two days of talks in Brussels on Wednesday with a call for modernising short-range nuclear weapons."
doc('u17i-02',p,'NATO MINISTERS END TALKS',
 "BRUSSELS, Jan 14 - "+ev+"\n\nWest Germany remains opposed.",
 [M('NATO defence ministers meeting',['nato','defence ministers'],add(wd(p,'wednesday',-1),-1),'day','Brussels',['NATO'],'past',ev,end=wd(p,'wednesday',-1))])

# 3 closing and trading dates; a meeting held last month
p='1987-08-19'
ev="An extraordinary general meeting held last month approved the issue."
doc('u17i-03',p,'EUROTUNNEL ISSUE CLOSES SEPT 4',
 "LONDON, Aug 19 - Eurotunnel said its rights issue closes on September 4 and the new shares will start trading on September 7. "+ev+"\n\nThe issue will raise 770 mln stg.",
 [M('Eurotunnel extraordinary general meeting',['extraordinary general meeting'],'1987-07','month',None,['Eurotunnel'],'past',ev)])

# 4 a summit with its end in a relative clause; "since 1973"
p='1987-12-02'
ev1="Soviet leader Mikhail Gorbachev arrives on Monday for a summit with President Reagan, the first in Washington since 1973."
ev2="The summit, which ends on Thursday, is expected to see the signing of a treaty on medium-range missiles."
doc('u17i-04',p,'GORBACHEV DUE MONDAY',
 "WASHINGTON, Dec 2 - "+ev1+" "+ev2,
 [M('Reagan-Gorbachev summit',['summit','gorbachev'],wd(p,'monday',1),'day','Washington',['Mikhail Gorbachev','Reagan'],'upcoming',ev1,end=add(wd(p,'monday',1),3))])

# 5 "meeting here since Wednesday" without an auxiliary
p='1987-06-26'
ev="OPEC ministers, meeting here since Wednesday, are expected to agree later today to keep their output ceiling at 16.6 mln barrels a day, delegates said."
doc('u17i-05',p,'OPEC SET TO KEEP CEILING',
 "VIENNA, June 26 - "+ev+"\n\nSaudi Arabia wants prices kept at 18 dlrs.",
 [M('OPEC ministerial meeting',['opec'],wd(p,'wednesday',-1),'day','Vienna',['OPEC'],'ongoing',ev)])

# 6 a meeting on the sidelines of a summit: two gatherings, one week
p='1988-02-24'
ev="Greek Prime Minister Andreas Papandreou and Turkish Prime Minister Turgut Ozal will meet in Brussels next week on the sidelines of the NATO summit, Turkish officials said."
doc('u17i-06',p,'PAPANDREOU, OZAL TO MEET',
 "ANKARA, Feb 24 - "+ev+"\n\nThey last met in Davos in January.",
 [M('Papandreou-Ozal meeting',['papandreou','ozal'],monday(p,1),'week','Brussels',['Andreas Papandreou','Turgut Ozal'],'upcoming',ev),
  M('NATO summit',['nato summit'],monday(p,1),'week','Brussels',['NATO'],'upcoming',ev),
  M('Papandreou-Ozal meeting in Davos',['davos','last met'],'1988-01','month','Davos',['Andreas Papandreou','Turgut Ozal'],'past',"They last met in Davos in January.")])

# 7 the board met; a special meeting "will not take place until June"
p='1987-04-08'
ev1="General Motors Corp's board met on Monday and approved a stock buyback, a spokesman said."
ev2="A special shareholders meeting to consider the sale of its Hughes unit will not take place until June."
doc('u17i-07',p,'GM BOARD APPROVES BUYBACK',
 "DETROIT, April 8 - "+ev1+" "+ev2,
 [M('GM board meeting',['general motors','board'],wd(p,'monday',-1),'day',None,['General Motors Corp'],'past',ev1),
  M('GM special shareholders meeting',['special shareholders meeting'],'1987-06','month',None,['General Motors Corp'],'upcoming',ev2)])

# 8 no G-7 ministers' meeting since the crash; their deputies met
p='1987-10-30'
ev="Deputies of the Group of Seven finance ministers met in Paris on Wednesday, monetary sources said."
doc('u17i-08',p,'G-7 DEPUTIES MET IN PARIS',
 "PARIS, Oct 30 - Finance ministers of the Group of Seven have held no meeting since the October 19 stock market crash, and officials said one was unlikely before December. "+ev+"\n\nThe dollar fell to 1.7550 marks.",
 [M('G-7 deputies meeting',['deputies'],wd(p,'wednesday',-1),'day','Paris',['Group of Seven'],'past',ev)])

# 9 "will discuss ... with visiting X on Monday"; "Monday's meeting" is the same
p='1987-09-03'
ev="Chancellor Helmut Kohl will discuss East-West relations with visiting East German leader Erich Honecker on Monday, a government spokesman said."
doc('u17i-09',p,'KOHL TO RECEIVE HONECKER',
 "BONN, Sept 3 - "+ev+"\n\nMonday's meeting will be the first between leaders of the two German states on West German soil.",
 [M('Kohl-Honecker talks',['kohl','honecker'],wd(p,'monday',1),'day','Bonn',['Helmut Kohl','Erich Honecker'],'upcoming',ev)])

# 10 no meeting: a tender deadline, an expiry, a meeting of a year only
p='1987-03-16'
doc('u17i-10',p,'TENDER OFFER DEADLINE FRIDAY',
 "DENVER, March 16 - Shareholders of Frontier Holdings have until Friday to tender their shares, and the offer will expire at midnight that day unless extended.\n\nThe company's annual meeting, held in Denver in 1986, approved the takeover defences.",
 [])

write()
