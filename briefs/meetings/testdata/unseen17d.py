from stories import *

# Issue 17, fourth fresh set: eight stories written after the unseen17c rule
# changes and measured once, as a second out-of-sample check.

# 1 implied place: cabinet at home; a date of another event in the sentence
p='1988-05-10'
ev="The Dutch cabinet will meet on Friday to discuss the budget cuts announced last month, a government spokesman said."
doc('u17d-01',p,'DUTCH CABINET TO DISCUSS BUDGET',
 "THE HAGUE, May 10 - "+ev+"\n\nThe cuts total 2.5 billion guilders.",
 [M('Dutch cabinet meeting',['dutch cabinet'],wd(p,'friday',1),'day','The Hague',['Dutch cabinet'],'upcoming',ev)])

# 2 company meeting elsewhere; record date; city not a party
p='1987-08-20'
ev="Texaco Inc said it would hold a special shareholders meeting in Houston on October 2 to vote on the reorganisation plan."
doc('u17d-02',p,'TEXACO SETS SPECIAL MEETING',
 "WHITE PLAINS, N.Y., Aug 20 - "+ev+" Holders of record on August 28 may vote.\n\nTexaco shares closed at 42-1/4.",
 [M('Texaco special shareholders meeting',['texaco','special shareholders meeting'],'1987-10-02','day','Houston',['Texaco Inc'],'upcoming',ev)])

# 3 two meetings, the first's parties in the subject; place in the later sentence
p='1987-10-14'
ev="U.S. and Soviet negotiators ended a round of arms talks on Tuesday and agreed to meet again next month."
doc('u17d-03',p,'ARMS TALKS ROUND ENDS',
 "GENEVA, Oct 14 - "+ev+"\n\nThe talks in Geneva focused on medium-range missiles.",
 [M('U.S.-Soviet arms talks round',['arms talks'],wd(p,'tuesday',-1),'day','Geneva',['U.S.','Soviet Union'],'past',ev),
  M('U.S.-Soviet arms talks next round',['meet again'],'1987-11','month',None,['U.S.','Soviet Union'],'upcoming',ev)])

# 4 participants: "officials from X and Y"; "at the headquarters of"
p='1987-12-01'
ev="Officials from Brazil and Argentina met at the headquarters of the Inter-American Development Bank in Washington yesterday to discuss a joint energy project."
doc('u17d-04',p,'BRAZIL, ARGENTINA DISCUSS ENERGY PROJECT',
 "WASHINGTON, Dec 1 - "+ev+"\n\nThe bank may lend up to 300 mln dlrs.",
 [M('Brazil-Argentina energy talks',['brazil','argentina'],add(p,-1),'day','Inter-American Development Bank headquarters, Washington',['Brazil','Argentina'],'past',ev)])

# 5 status: session continues; multi-day with stated end
p='1987-06-24'
ev="The OPEC conference, which opened in Vienna on Saturday, will continue until Thursday."
doc('u17d-05',p,'OPEC TALKS GO ON',
 "VIENNA, June 24 - "+ev+"\n\nMinisters are divided over production quotas.",
 [M('OPEC conference',['opec'],wd(p,'saturday',-1),'day','Vienna',['OPEC'],'ongoing',ev,end=wd(p,'thursday',1))])

# 6 missed: "held consultations"; neighbouring-sentence party
p='1987-02-18'
ev="He held consultations with Finance Minister Nigel Lawson on Tuesday."
doc('u17d-06',p,'LEIGH-PEMBERTON SEES LAWSON',
 "LONDON, Feb 18 - Bank of England Governor Robin Leigh-Pemberton said sterling was at an appropriate level. "+ev+"\n\nDealers said the pound was steady.",
 [M('Leigh-Pemberton-Lawson consultations',['lawson','consultations'],wd(p,'tuesday',-1),'day','London',['Robin Leigh-Pemberton','Nigel Lawson'],'past',ev)])

# 7 precision: "Leading", speaker, ticker; board of a company
p='1987-04-22'
ev="Leading shareholders of Allied-Lyons Plc <ALLD.L> will meet the board on Monday to discuss the bid, a company spokesman said."
doc('u17d-07',p,'ALLIED-LYONS HOLDERS TO MEET BOARD',
 "LONDON, April 22 - "+ev+"\n\nThe bid values the company at 1.8 billion stg.",
 [M('Allied-Lyons shareholders meeting with board',['allied-lyons','board'],wd(p,'monday',1),'day',None,['Allied-Lyons Plc'],'upcoming',ev)])

# 8 one meeting several mentions; "last week's meeting" is another
p='1987-09-30'
ev="Group of Seven finance ministers will meet in Washington on Saturday, ahead of the IMF annual meeting."
doc('u17d-08',p,'G-7 TO MEET SATURDAY',
 "WASHINGTON, Sept 30 - "+ev+"\n\nDeputies prepared the meeting at last week's talks in Paris. The ministers' meeting is expected to reaffirm the Louvre accord.",
 [M('G-7 finance ministers meeting',['group of seven'],wd(p,'saturday',1),'day','Washington',['Group of Seven'],'upcoming',ev),
  M('G-7 deputies talks in Paris',["last week's talks"],monday(p,-1),'week','Paris',[],'past',"Deputies prepared the meeting at last week's talks in Paris.")])

write()
