from stories import *

# Issue 17, a final out-of-sample check for meetings, dates and status:
# eleven stories written after the unseen17i rule changes, measured once.

# 1 an annual conference with a range
p='1988-06-08'
ev="Canada's provincial premiers will hold their annual conference in Saskatoon from August 17 to 19, the Saskatchewan government said."
doc('u17j-01',p,'PREMIERS TO MEET IN SASKATOON',
 "OTTAWA, June 8 - "+ev+"\n\nTrade with the United States will top the agenda.",
 [M("Provincial premiers' annual conference",['annual conference','premiers'],'1988-08-17','day','Saskatoon',[],'upcoming',ev,end='1988-08-19')])

# 2 talks resumed this morning, expected to run into the evening
p='1987-03-26'
ev="Leaders of the National Union of Seamen and P and O European Ferries resumed talks this morning at the London offices of the conciliation service ACAS."
doc('u17j-02',p,'FERRY STRIKE TALKS RESUME',
 "LONDON, March 26 - "+ev+" A spokesman said the session was expected to run into the evening.\n\nThe strike has halted sailings to France.",
 [M('Seamen-P and O talks',['national union of seamen','acas'],p,'day','ACAS offices, London',['National Union of Seamen','P and O European Ferries'],'ongoing',ev)])

# 3 one body, two meetings in one sentence
p='1987-07-09'
ev="European Community foreign ministers will meet on July 20 in Brussels, and again informally in Nyborg, Denmark, on September 5 and 6."
doc('u17j-03',p,'EC MINISTERS SET MEETINGS',
 "BRUSSELS, July 9 - "+ev+"\n\nDenmark holds the EC presidency from July.",
 [M('EC foreign ministers meeting in Brussels',['july 20','brussels'],'1987-07-20','day','Brussels',['European Community'],'upcoming',ev),
  M('EC informal foreign ministers meeting in Nyborg',['nyborg'],'1987-09-05','day','Nyborg, Denmark',['European Community'],'upcoming',ev,end='1987-09-06')])

# 4 hearings held last month in a relative clause; a vote is no meeting
p='1988-02-05'
ev="The Senate Foreign Relations Committee, which held hearings on the INF treaty last month, will vote on it next week."
doc('u17j-04',p,'SENATE PANEL TO VOTE ON TREATY',
 "WASHINGTON, Feb 5 - "+ev+"\n\nThe treaty needs a two-thirds majority.",
 [M('Senate Foreign Relations Committee hearings',['hearings','foreign relations committee'],'1988-01','month','Washington',['Senate Foreign Relations Committee'],'past',ev)])

# 5 "under way in New York since last Thursday"
p='1987-10-13'
ev="Argentina's talks with its creditor banks, under way in New York since last Thursday, are expected to conclude this week, Economy Minister Juan Sourrouille said."
doc('u17j-05',p,'ARGENTINE DEBT TALKS TO END THIS WEEK',
 "BUENOS AIRES, Oct 13 - "+ev+"\n\nArgentina seeks 1.95 billion dlrs in new loans.",
 [M('Argentina creditor bank talks',['argentina','creditor banks'],wd(p,'thursday',-1),'day','New York',['Argentina'],'ongoing',ev)])

# 6 met today and will meet again on Friday
p='1987-05-27'
ev="Executives of Japan's ruling Liberal Democratic Party met for three hours today to discuss the sales tax, and will meet again on Friday."
doc('u17j-06',p,'LDP EXECUTIVES DISCUSS TAX',
 "TOKYO, May 27 - "+ev+"\n\nThe tax has been shelved.",
 [M('LDP executives meeting',['liberal democratic party','three hours'],p,'day','Tokyo',['Liberal Democratic Party'],'past',ev),
  M('LDP executives next meeting',['meet again'],wd(p,'friday',1),'day','Tokyo',['Liberal Democratic Party'],'upcoming',ev)])

# 7 no meeting: postponed indefinitely; last year's session
p='1987-12-10'
doc('u17j-07',p,'SOVIET SESSION POSTPONED',
 "MOSCOW, Dec 10 - The Supreme Soviet session which had been expected to open on Monday has been postponed indefinitely, Tass said.\n\nLast year's session lasted two days.",
 [])

# 8 directors "meeting in Atlanta on Tuesday"; payable and record dates
p='1987-09-16'
ev="Coca-Cola Co directors, meeting in Atlanta on Tuesday, declared a regular quarterly dividend of 28 cts payable October 1 to holders of record September 15."
doc('u17j-08',p,'COCA-COLA DECLARES DIVIDEND',
 "NEW YORK, Sept 16 - "+ev,
 [M('Coca-Cola board meeting',['coca-cola','directors'],wd(p,'tuesday',-1),'day','Atlanta',['Coca-Cola Co'],'past',ev)])

# 9 "are meeting ... today and tomorrow"
p='1988-04-20'
ev="Australian and New Zealand trade ministers are meeting in Canberra today and tomorrow to review the Closer Economic Relations agreement."
doc('u17j-09',p,'CER REVIEW TALKS',
 "CANBERRA, April 20 - "+ev,
 [M('Australia-New Zealand trade ministers meeting',['closer economic relations','trade ministers'],p,'day','Canberra',['Australia','New Zealand'],'ongoing',ev,end=add(p,1))])

# 10 talks early next month; a first round in September
p='1987-11-04'
ev1="Iran and Iraq are due to begin indirect talks through U.N. mediators in Geneva early next month, diplomats said."
ev2="A first round in New York in September made little progress."
doc('u17j-10',p,'IRAN, IRAQ TO HOLD INDIRECT TALKS',
 "GENEVA, Nov 4 - "+ev1+" "+ev2,
 [M('Iran-Iraq indirect talks',['indirect talks'],'1987-12','month','Geneva',['Iran','Iraq'],'upcoming',ev1),
  M('Iran-Iraq first round in New York',['first round','new york'],'1987-09','month','New York',['Iran','Iraq'],'past',ev2)])

# 11 "after meeting X ... on Monday"
p='1987-02-04'
ev="French Finance Minister Edouard Balladur said after meeting U.S. Treasury Secretary James Baker in Washington on Monday that the dollar had fallen far enough."
doc('u17j-11',p,'BALLADUR SAYS DOLLAR FELL ENOUGH',
 "PARIS, Feb 4 - "+ev,
 [M('Balladur-Baker meeting',['balladur','baker'],wd(p,'monday',-1),'day','Washington',['Edouard Balladur','James Baker'],'past',ev)])

write()
