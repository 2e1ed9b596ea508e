from stories import *

# Issue 17, a last small out-of-sample check of the place and participant
# rules: eight stories written after the unseen17j/17k fixes, measured once.

# 1 ruling party's congress "here"; lowercase "party"
p='1987-11-02'
ev="Greece's ruling Socialist party will hold an emergency congress here on Saturday to choose a new leader, party officials said."
doc('u17m-01',p,'GREEK SOCIALISTS TO HOLD CONGRESS',
 "ATHENS, Nov 2 - "+ev+"\n\nThe party has governed since 1981.",
 [M('Socialist party emergency congress',['socialist party','congress'],wd(p,'saturday',1),'day','Athens',['Socialist party'],'upcoming',ev)])

# 2 regional summit elsewhere than the dateline; body with its initialism
p='1988-04-14'
ev="West African heads of state will meet in Abuja on Friday for a summit of the Economic Community of West African States (ECOWAS), officials said."
doc('u17m-02',p,'ECOWAS SUMMIT IN ABUJA',
 "LAGOS, April 14 - "+ev+"\n\nThe community has 16 members.",
 [M('ECOWAS summit',['ecowas','summit'],wd(p,'friday',1),'day','Abuja',['Economic Community of West African States'],'upcoming',ev)])

# 3 creditor banks meet a minister at a bank's offices abroad
p='1987-01-07'
ev="Venezuela's creditor banks will meet Finance Minister Manuel Azpurua at the Citibank offices in New York on Monday to sign a rescheduling accord, the ministry said."
doc('u17m-03',p,'VENEZUELA TO SIGN DEBT ACCORD',
 "CARACAS, Jan 7 - "+ev+"\n\nThe accord covers 20 billion dlrs of debt.",
 [M('Venezuela creditor banks meeting',['creditor banks','azpurua'],wd(p,'monday',1),'day','Citibank offices, New York',['Venezuela','Manuel Azpurua','creditor banks'],'upcoming',ev)])

# 4 alliance envoys at home; a proposer is no party
p='1988-02-09'
ev="NATO ambassadors met in emergency session today after the Soviet Union proposed deep cuts in short-range missiles, alliance sources said."
doc('u17m-04',p,'NATO ENVOYS MEET ON SOVIET OFFER',
 "BRUSSELS, Feb 9 - "+ev+"\n\nThe alliance will reply next month.",
 [M('NATO ambassadors emergency session',['nato','emergency session'],p,'day','Brussels',['NATO'],'past',ev)])

# 5 union and employers' federation; no place
p='1988-05-03'
ev="Leaders of Brazil's metalworkers union and the Federation of Industries of Sao Paulo State will resume wage talks on Wednesday, union officials said."
doc('u17m-05',p,'SAO PAULO WAGE TALKS TO RESUME',
 "SAO PAULO, May 3 - "+ev+"\n\nThe union wants a 30 pct rise.",
 [M('Metalworkers wage talks',['wage talks','federation of industries'],wd(p,'wednesday',1),'day',None,['metalworkers union','Federation of Industries of Sao Paulo State'],'upcoming',ev)])

# 6 central bank committee in its home city (the guideline's implied dateline place; first written without one)
p='1987-03-10'
ev="The Federal Reserve Board's open market committee meets on March 31, and most economists expect no change in policy."
doc('u17m-06',p,'FED COMMITTEE MEETS MARCH 31',
 "WASHINGTON, March 10 - "+ev+"\n\nThe dollar was steady.",
 [M('Federal Open Market Committee meeting',['open market committee'],'1987-03-31','day','Washington',['Federal Reserve Board'],'upcoming',ev)])

# 7 two nationalities' ministers at the dateline; newspaper speaker; a corridor
p='1987-08-31'
ev="Zimbabwean and Mozambican defence ministers met in Harare on Saturday to review the protection of the Beira corridor, the state-run Herald newspaper said."
doc('u17m-07',p,'ZIMBABWE, MOZAMBIQUE REVIEW CORRIDOR',
 "HARARE, Aug 31 - "+ev+"\n\nZimbabwean troops guard the railway.",
 [M('Zimbabwe-Mozambique defence ministers meeting',['defence ministers','beira'],wd(p,'saturday',-1),'day','Harare',['Zimbabwe','Mozambique'],'past',ev)])

# 8 apposition name; host prime minister at home; "against" a country
p='1986-06-16'
ev="The Commonwealth secretary-general, Shridath Ramphal, will meet British Prime Minister Margaret Thatcher on Thursday to discuss sanctions against South Africa, his office said."
doc('u17m-08',p,'RAMPHAL TO SEE THATCHER ON SANCTIONS',
 "LONDON, June 16 - "+ev+"\n\nBritain opposes economic sanctions.",
 [M('Ramphal-Thatcher meeting',['ramphal','thatcher'],wd(p,'thursday',1),'day','London',['Shridath Ramphal','Margaret Thatcher'],'upcoming',ev)])

write()
