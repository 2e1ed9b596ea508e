from stories import *

# Issue 17, session 6: a second fresh set for detection, merging, dates and
# status (17 stories, four with no meeting), written after the unseen17w
# changes and measured once before any change made with it in view (the
# figure is in dev_test.go).

# 1 "the talks in Geneva" later is the same meeting
p='1987-03-06'
ev="U.S. and Soviet arms negotiators will resume talks on medium-range missiles in Geneva on Monday, the State Department said."
doc('u17v-01',p,'ARMS TALKS TO RESUME MONDAY',
 "WASHINGTON, March 6 - "+ev+"\n\n"
 "Soviet leader Mikhail Gorbachev last week dropped his demand that a missile accord be linked to space weapons.\n\n"
 "The talks in Geneva will be led by Maynard Glitman for the United States and Alexei Obukhov for the Soviet Union. REUTER",
 [M('U.S.-Soviet arms talks',['arms','talks','geneva'],wd(p,'monday',1),'day','Geneva',['United States','Soviet Union','Maynard Glitman','Alexei Obukhov'],'upcoming',ev)])

# 2 talks "which began last Friday" and end Wednesday: under way
p='1987-06-09'
ev="The talks between Iran and the International Monetary Fund, which began last Friday, are expected to end on Wednesday, an IMF spokesman said."
doc('u17v-02',p,'IRAN, IMF TALKS CONTINUE',
 "WASHINGTON, June 9 - "+ev+"\n\n"
 "Iran is seeking advice on its exchange rate system but has not asked for a loan, the spokesman said. REUTER",
 [M('Iran-IMF talks',['iran','imf','talks'],wd(p,'friday',-1),'day',None,['Iran','International Monetary Fund'],'ongoing',ev,end=wd(p,'wednesday',1))])

# 3 "after Tuesday's talks", written on a Friday
p='1987-10-23'
ev="Indian Foreign Minister Narayan Dutt Tiwari said after Tuesday's talks with Sri Lankan President Junius Jayewardene in Colombo that the peace accord would hold."
doc('u17v-03',p,'TIWARI SAYS SRI LANKA ACCORD WILL HOLD',
 "NEW DELHI, Oct 23 - "+ev+"\n\n"
 "Indian troops have been fighting Tamil rebels in the Jaffna peninsula since October 10. REUTER",
 [M('Tiwari-Jayewardene talks',['tiwari','jayewardene'],wd(p,'tuesday',-1),'day','Colombo',['Narayan Dutt Tiwari','Junius Jayewardene'],'past',ev)])

# 4 "met early today"; a deadline "by the end of the month"
p='1987-11-05'
ev="Leaders of Italy's five coalition parties met early today to try to settle a dispute over the 1988 budget, which must be approved by the end of the month."
doc('u17v-04',p,'ITALIAN COALITION LEADERS MEET',
 "ROME, Nov 5 - "+ev+"\n\n"
 "Prime Minister Giovanni Goria has threatened to resign if the budget is rejected. REUTER",
 [M('Italian coalition leaders meeting',['coalition','leaders'],p,'day','Rome',["Italy's five coalition parties"],'past',ev)])

# 5 "is meeting this morning": ongoing
p='1987-02-17'
ev="The Bundesbank's central bank council is meeting this morning and could cut the discount rate, dealers said."
doc('u17v-05',p,'BUNDESBANK COUNCIL MEETS',
 "FRANKFURT, Feb 17 - "+ev+"\n\n"
 "The mark eased against the dollar in early trading on speculation about a rate cut. REUTER",
 [M('Bundesbank council meeting',['council','bundesbank'],p,'day','Frankfurt',['Bundesbank'],'ongoing',ev)])

# 6 a special meeting with a record date and a vote
p='1987-04-09'
ev="Sterling Drug Inc said shareholders will vote on the proposed merger at a special meeting on May 21."
doc('u17v-06',p,'STERLING DRUG SETS MERGER VOTE',
 "NEW YORK, April 9 - "+ev+"\n\n"
 "Holders of record on April 20 may vote, it said. The merger was agreed on March 30. REUTER",
 [M('Sterling Drug special shareholders meeting',['special meeting','sterling'],'1987-05-21','day',None,['Sterling Drug Inc'],'upcoming',ev)])

# 7 two meetings of one body: this Monday's and the next one in June
p='1987-04-24'
ev1="European Community finance ministers will meet in Luxembourg on Monday to discuss currency reform."
ev2="Their next meeting, in Brussels in June, will take up tax harmonisation, officials said."
doc('u17v-07',p,'EC FINANCE MINISTERS TO MEET',
 "BRUSSELS, April 24 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('EC finance ministers meeting (Monday)',['finance ministers','luxembourg'],wd(p,'monday',1),'day','Luxembourg',['European Community'],'upcoming',ev1),
  M('EC finance ministers meeting (June)',['next meeting','june'],'1987-06','month','Brussels',['European Community'],'upcoming',ev2)])

# 8 "will discuss ... with [minister] in Moscow next month"
p='1987-09-02'
ev="Secretary of State George Shultz will discuss arms control with Soviet Foreign Minister Eduard Shevardnadze in Moscow next month, a State Department official said."
doc('u17v-08',p,'SHULTZ TO DISCUSS ARMS WITH SHEVARDNADZE',
 "WASHINGTON, Sept 2 - "+ev+"\n\n"
 "The two sides hope to complete a treaty on medium-range missiles before the end of the year. REUTER",
 [M('Shultz-Shevardnadze talks',['shultz','shevardnadze'],'1987-10','month','Moscow',['George Shultz','Eduard Shevardnadze'],'upcoming',ev)])

# 9 a national assembly's regular session
p='1987-08-25'
ev="South Korea's National Assembly will open a 100-day regular session on September 10 to debate a new constitution."
doc('u17v-09',p,'SEOUL ASSEMBLY TO DEBATE CONSTITUTION',
 "SEOUL, Aug 25 - "+ev+"\n\n"
 "The ruling and opposition parties agreed on the draft last week. REUTER",
 [M('South Korean National Assembly regular session',['regular session','national assembly'],'1987-09-10','day','Seoul',['National Assembly'],'upcoming',ev)])

# 10 farm trade talks opened in January, still going on this week
p='1987-05-13'
ev="Talks between the European Community and the United States on farm trade, which opened in January, are continuing this week in Geneva, diplomats said."
doc('u17v-10',p,'EC, U.S. FARM TALKS CONTINUE',
 "GENEVA, May 13 - "+ev+"\n\n"
 "The two sides remain divided over export subsidies. REUTER",
 [M('EC-U.S. farm trade talks',['farm trade','talks'],'1987-01','month','Geneva',['European Community','United States'],'ongoing',ev)])

# 11 met last Thursday, "last week's meeting" later
p='1987-07-14'
ev="The board of Britain's Trustee Savings Bank met last Thursday to consider bids for its merchant banking arm, a spokesman said."
doc('u17v-11',p,'TSB BOARD CONSIDERS BIDS',
 "LONDON, July 14 - "+ev+"\n\n"
 "No decision was taken at last week's meeting, and the board will consider the bids again later this month. REUTER",
 [M('TSB board meeting (Thursday)',['board','trustee savings bank'],wd(p,'thursday',-1),'day',None,['Trustee Savings Bank'],'past',ev),
  M('TSB board meeting (later this month)',['consider the bids again','later this month'],'1987-07','month',None,['Trustee Savings Bank'],'upcoming',"No decision was taken at last week's meeting, and the board will consider the bids again later this month.")|{'optional':True}])

# 12 a telephone call is not a meeting; a summit next month is
p='1987-11-10'
ev="President Reagan and Soviet leader Mikhail Gorbachev will hold their summit in Washington from December 7 to 9, the White House said."
doc('u17v-12',p,'REAGAN, GORBACHEV SET SUMMIT DATES',
 "WASHINGTON, Nov 10 - Reagan spoke by telephone on Monday with British Prime Minister Margaret Thatcher about arms control. "+ev+"\n\n"
 "It will be the third summit between the two leaders. REUTER",
 [M('Reagan-Gorbachev summit',['summit','reagan','gorbachev'],'1987-12-07','day','Washington',['Reagan','Mikhail Gorbachev'],'upcoming',ev,end='1987-12-09')])

# 13 modern wire: "Friday's meeting" later is the same meeting
p='2025-09-18'
ev="Union Home Minister Amit Shah will chair a meeting of the Northern Zonal Council in Chandigarh on Friday, officials said on Thursday."
doc('u17v-13',p,'Amit Shah to chair Northern Zonal Council meeting',
 "New Delhi, Sep 18 (IANS) "+ev+"\n\n"
 "Chief Ministers of Punjab, Haryana and Himachal Pradesh are expected to attend. Water sharing and border security will be on the agenda of Friday's meeting.",
 [M('Northern Zonal Council meeting',['northern zonal council'],wd(p,'friday',1),'day','Chandigarh',['Amit Shah','Northern Zonal Council'],'upcoming',ev)])

# 14 no meeting: an undated meeting, meeting demand, a record date
p='1987-06-30'
doc('u17v-14',p,'CONAGRA HOLDERS BACK SPLIT',
 "OMAHA, Neb., June 30 - ConAgra Inc said shareholders approved a two-for-one stock split at the annual meeting.\n\n"
 "The split is payable July 20 to holders of record July 10. The company said it was meeting strong demand for its frozen foods. REUTER",
 [])

# 15 no meeting: a habitual meeting and a hypothetical one
p='1987-03-25'
doc('u17v-15',p,'NORDIC MINISTERS KEEP IN TOUCH',
 "STOCKHOLM, March 25 - Nordic finance ministers meet regularly to coordinate policy, and could meet again at some stage to discuss the krona, Swedish Finance Minister Kjell-Olof Feldt said today.\n\n"
 "Sweden devalued the krona by 16 pct in 1982. REUTER",
 [])

# 16 no meeting: a trading session and a court hearing date set without a body
p='1987-10-20'
doc('u17v-16',p,'TOKYO STOCKS PLUNGE',
 "TOKYO, Oct 20 - Tokyo stock prices fell a record 3,836 points in today's session after Wall Street's crash on Monday.\n\n"
 "Brokers said the market would be watched closely when trading opens tomorrow. REUTER",
 [])

# 17 met "on Monday" in one clause, "since April" in another; a meeting "later this week"
p='1987-08-19'
ev1="Philippine government and communist rebel negotiators met on Monday for the first time since talks collapsed in April, a government spokesman said."
ev2="They will meet again later this week in Manila, he said."
doc('u17v-17',p,'MANILA, REBELS RESUME CONTACTS',
 "MANILA, Aug 19 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('Philippine government-rebel talks (Monday)',['rebel negotiators','met on monday'],wd(p,'monday',-1),'day',None,['Philippine government','communist rebels'],'past',ev1),
  M('Philippine government-rebel talks (later this week)',['meet again','later this week'],monday(p,0),'week','Manila',['Philippine government','communist rebels'],'upcoming',ev2)])

write()
