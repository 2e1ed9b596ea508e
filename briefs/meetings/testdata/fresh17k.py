from stories import *

# Issue 17, helper 17e (which meetings are found, their dates and status, one
# entry per meeting): a fresh set of wire stories written for the classes of
# missed meetings (passive hearings, "a meeting of X in Y on Z" inside a longer
# clause, "met via videoconference", talks "on the sidelines", "the last round,
# held in ...", state visits, singular "negotiation", "will discuss ... with",
# "regular session", "met late yesterday"), of dates taken from the wrong
# clause (another event's date, relative clauses, "since June", record dates,
# deadlines, a past weekday read forwards, "this weekend"), of false alarms
# (cancelled meetings, one meeting entered twice, two meetings of one kind
# merged) and of status (spans over the reference day, rounds still running,
# "is meeting this morning", "so far this week"). Annotated by
# meetings.GUIDELINE.md and measured once with main's binary before any rule
# change (the figure is in the commit that added this file).

# 1 passive hearing before a named committee
p='2025-11-20'
ev="Reserve Bank Governor Michele Bullock will be questioned by the Senate economics committee on Friday about the bank's decision to hold rates."
doc('f17k-01',p,'RBA GOVERNOR TO FACE SENATE',
 "CANBERRA, Nov 20 (Reuters) - "+ev+" "
 "Opposition senators have said they will press her on the timing of the next cut.\n\n"
 "The bank left its cash rate at 3.60% this month. REUTER",
 [M('Senate economics committee hearing',['senate economics committee'],wd(p,'friday',1),'day','Canberra',['Senate economics committee','Michele Bullock'],'upcoming',ev)])

# 2 "will testify before lawmakers on parliament's Treasury Committee"
p='2026-01-28'
ev="Bank of England Governor Andrew Bailey will testify before lawmakers on parliament's Treasury Committee on Wednesday, a week before the central bank's next rate decision."
doc('f17k-02',p,'BAILEY TO TESTIFY',
 "LONDON, Jan 28 (Reuters) - "+ev+"\n\n"
 "Markets expect the BoE to keep Bank Rate unchanged on Feb. 5. REUTER",
 [M('Treasury Committee hearing',['treasury committee'],p,'day','London',['Treasury Committee','Andrew Bailey'],'upcoming',ev)])

# 3 "a meeting of <body> in <city> on <date>" inside a longer clause
p='2025-03-12'
ev="The federation said the proposal, which was drafted by its legal department, would be put to a meeting of the FIFA Council in Zurich on March 27 and, if approved, take effect next season."
doc('f17k-03',p,'FIFA PROPOSAL',
 "ZURICH, March 12 (Reuters) - "+ev+"\n\n"
 "Clubs have criticised the plan. REUTER",
 [M('FIFA Council meeting',['fifa council'],'2025-03-27','day','Zurich',['FIFA Council'],'upcoming',ev)])

# 4 a council session "which opened on Wednesday and ends on Friday"
p='2025-10-16'
ev="The council session, which opened on Wednesday and ends on Friday, is expected to approve the budget for the next two years."
doc('f17k-04',p,'IAEA BOARD',
 "VIENNA, Oct 16 (Reuters) - The International Atomic Energy Agency's Board of Governors debated Iran's cooperation with inspectors for a second day on Thursday. "
 +ev+"\n\n"
 "Diplomats said no resolution on Iran had been tabled. REUTER",
 [M('IAEA Board of Governors session',['board of governors','council session'],'2025-10-15','day','Vienna',['International Atomic Energy Agency'],'ongoing',ev,end='2025-10-17')])

# 5 "met via videoconference last week"
p='2025-06-05'
ev="Energy ministers of the Gulf Cooperation Council met via videoconference last week and agreed to coordinate their response, a statement said on Thursday."
doc('f17k-05',p,'GCC ENERGY',
 "RIYADH, June 5 (Reuters) - "+ev+"\n\n"
 "Oil prices rose 2% on the news. REUTER",
 [M('GCC energy ministers videoconference',['gulf cooperation council','videoconference'],monday(p,-1),'week',None,['Gulf Cooperation Council'],'past',ev)])

# 6 "hold talks with his counterpart on the sidelines of" a summit
p='2025-11-17'
ev="Chinese Premier Li Qiang will hold talks with his Japanese counterpart Sanae Takaichi on the sidelines of the G20 summit in Johannesburg this weekend, Japan's Kyodo news agency reported."
doc('f17k-06',p,'CHINA JAPAN TALKS',
 "TOKYO, Nov 17 (Reuters) - "+ev+"\n\n"
 "Relations have been strained by remarks on Taiwan. REUTER",
 [M('China-Japan talks',['li qiang','takaichi'],'2025-11-22','day','Johannesburg',['Li Qiang','Sanae Takaichi'],'upcoming',ev,end='2025-11-23'),
  M('G20 summit',['g20 summit'],'2025-11-22','day','Johannesburg',['G20'],'upcoming',ev,end='2025-11-23')])

# 7 "The last round, held in Istanbul in January"
p='2025-03-04'
ev="The last round, held in Istanbul in January, ended without agreement on prisoner exchanges."
ev2="Russian and Ukrainian delegations will meet again in Istanbul next week, Turkey's foreign ministry said on Tuesday."
doc('f17k-07',p,'ISTANBUL TALKS',
 "ANKARA, March 4 (Reuters) - "+ev2+" "
 +ev+"\n\n"
 "Turkey has offered to host further rounds. REUTER",
 [M('Russia-Ukraine talks (next round)',['istanbul','delegations'],monday(p,1),'week','Istanbul',['Russia','Ukraine'],'upcoming',ev2),
  M('Russia-Ukraine talks (last round)',['last round'],'2025-01','month','Istanbul',['Russia','Ukraine'],'past',ev)])

# 8 "state visit"
p='2025-04-02'
ev="French President Emmanuel Macron will pay a state visit to Indonesia from May 27 to 29, where he will hold talks with President Prabowo Subianto on defence and nickel."
doc('f17k-08',p,'MACRON TO VISIT INDONESIA',
 "JAKARTA, April 2 (Reuters) - "+ev+"\n\n"
 "France is Indonesia's second-largest arms supplier. REUTER",
 [M('Macron state visit to Indonesia',['state visit','macron'],'2025-05-27','day','Indonesia',['Emmanuel Macron','Prabowo Subianto'],'upcoming',ev,end='2025-05-29')])

# 9 singular "negotiation"
p='1987-03-04'
ev="The next negotiation session between the union and Chrysler Canada is set for Monday, a union official said."
doc('f17k-09',p,'CHRYSLER CANADA TALKS',
 "TORONTO, March 4 - "+ev+"\n\n"
 "The contract covers 10,000 workers at three plants. REUTER",
 [M('Chrysler Canada contract negotiation',['chrysler canada','negotiation session'],wd(p,'monday',1),'day',None,['Chrysler Canada'],'upcoming',ev)])

# 10 "will discuss ... with [minister] next month"
p='2025-09-24'
ev="Trade Minister Don Farrell will discuss the steel tariffs with Commerce Secretary Howard Lutnick in Washington next month, his office said."
doc('f17k-10',p,'AUSTRALIA TARIFFS',
 "CANBERRA, Sept 24 (Reuters) - "+ev+"\n\n"
 "Australia has sought an exemption since March. REUTER",
 [M('Farrell-Lutnick talks',['farrell','lutnick'],'2025-10','month','Washington',['Don Farrell','Howard Lutnick'],'upcoming',ev)])

# 11 "regular session"
p='2025-06-05'
ev="The cabinet is expected to approve the draft at its regular session on Tuesday, government spokesman Pavel Fischer said."
doc('f17k-11',p,'CZECH CABINET',
 "PRAGUE, June 5 (Reuters) - "+ev+"\n\n"
 "The bill would raise the retirement age to 67. REUTER",
 [M('Czech cabinet session',['cabinet','regular session'],wd(p,'tuesday',1),'day','Prague',['cabinet'],'upcoming',ev)])

# 12 "met late yesterday"
p='1987-04-08'
ev="Brazilian and U.S. officials met late yesterday to discuss the country's debt moratorium, a Finance Ministry spokesman said."
doc('f17k-12',p,'BRAZIL DEBT TALKS',
 "BRASILIA, April 8 - "+ev+"\n\n"
 "No agreement was reached. REUTER",
 [M('Brazil-U.S. debt talks',['debt moratorium','officials met'],add(p,-1),'day','Brasilia',['Brazil','U.S.'],'past',ev)])

# 13 another event's date in the same sentence: the talks are Monday
p='2026-01-28'
ev="Rail workers will strike for five days from Feb. 2 after talks with the operator broke down on Monday, the RMT union said."
doc('f17k-13',p,'RAIL STRIKE',
 "LONDON, Jan 28 (Reuters) - "+ev+"\n\n"
 "The union is seeking a 6% pay rise. REUTER",
 [M('RMT talks with rail operator',['talks with the operator','rmt'],wd(p,'monday',-1),'day',None,['RMT'],'past',ev)])

# 14 a past weekday read forwards
p='2025-06-03'
ev="Defence Secretary Pete Hegseth said after meeting his Philippine counterpart in Singapore on Saturday that the two countries would expand joint patrols."
doc('f17k-14',p,'HEGSETH PHILIPPINES',
 "MANILA, June 3 (Reuters) - "+ev+"\n\n"
 "China has protested the patrols. REUTER",
 [M('Hegseth meeting with Philippine counterpart',['hegseth','philippine counterpart'],wd(p,'saturday',-1),'day','Singapore',['Pete Hegseth'],'past',ev)])

# 15 "this weekend" is the weekend, not the week
p='2025-10-15'
ev="Leaders of the Pacific Alliance will meet in Lima this weekend to discuss a common trade platform."
doc('f17k-15',p,'PACIFIC ALLIANCE',
 "LIMA, Oct 15 (Reuters) - "+ev+"\n\n"
 "Mexico's president is not expected to attend. REUTER",
 [M('Pacific Alliance leaders meeting',['pacific alliance'],'2025-10-18','day','Lima',['Pacific Alliance'],'upcoming',ev,end='2025-10-19')])

# 16 a date in a relative clause ("which took effect last Friday")
p='2025-10-15'
ev="Finance ministers will meet on Thursday to review the fuel subsidy reform, which took effect last Friday."
doc('f17k-16',p,'FUEL SUBSIDY',
 "QUITO, Oct 15 (Reuters) - "+ev+"\n\n"
 "Protests have spread to five provinces. REUTER",
 [M('finance ministers meeting',['finance ministers'],wd(p,'thursday',1),'day',None,[],'upcoming',ev)])

# 17 "since June" belongs to the deadlock
p='2025-09-24'
ev="Delegates will meet in Bonn next week to try to break a deadlock over the adaptation fund that has persisted since June."
doc('f17k-17',p,'CLIMATE TALKS',
 "BONN, Sept 24 (Reuters) - "+ev+"\n\n"
 "Developing countries want the fund tripled. REUTER",
 [M('Bonn climate meeting',['bonn','delegates'],monday(p,1),'week','Bonn',[],'upcoming',ev)])

# 18 a record date beside the special meeting
p='1987-03-04'
ev="Shareholders will vote on the merger at a special meeting on April 21, the company said."
doc('f17k-18',p,'ACME MERGER',
 "NEW YORK, March 4 - Acme Industries Inc said holders of record on March 16 will be entitled to vote on the merger with Beta Corp. "
 +ev+"\n\n"
 "The deal is valued at 120 mln dlrs. REUTER",
 [M('Acme special shareholders meeting',['special meeting','acme'],'1987-04-21','day',None,['Acme Industries Inc'],'upcoming',ev)])

# 19 a deadline beside the committee meeting
p='2025-12-03'
ev="The tender committee will meet on Monday to consider the bids, which must be submitted by Friday."
doc('f17k-19',p,'PORT TENDER',
 "NAIROBI, Dec 3 (Reuters) - Kenya Ports Authority has shortlisted four firms for the terminal concession. "
 +ev+"\n\n"
 "The concession runs for 25 years. REUTER",
 [M('Kenya Ports Authority tender committee meeting',['tender committee'],wd(p,'monday',1),'day',None,['Kenya Ports Authority'],'upcoming',ev)])

# 20 a meeting called off is no meeting
p='2025-09-24'
doc('f17k-20',p,'LABOUR NEC',
 "LONDON, Sept 24 (Reuters) - Britain's opposition party has called off a meeting of its national executive committee that had been scheduled for Thursday, a spokesman said.\n\n"
 "No new date was set. REUTER",
 [])

# 21 one meeting, not two: "before the Games open on Feb. 6"
p='2026-01-14'
ev="The full IOC Session will meet in Milan on Feb. 3-4, before the Games open on Feb. 6."
doc('f17k-21',p,'IOC SESSION',
 "LAUSANNE, Jan 14 (Reuters) - The International Olympic Committee published the agenda on Wednesday. "
 +ev+"\n\n"
 "The Session will elect two new members. REUTER",
 [M('IOC Session',['ioc session'],'2026-02-03','day','Milan',['IOC'],'upcoming',ev,end='2026-02-04')])

# 22 "today's talks" and "the talks in Geneva" merge with the talks found first
p='2025-03-11'
ev="U.S. and Ukrainian officials are meeting in Jeddah on Tuesday to discuss a ceasefire proposal."
doc('f17k-22',p,'JEDDAH TALKS',
 "JEDDAH, March 11 (Reuters) - "+ev+"\n\n"
 "Today's talks follow a heated Oval Office meeting last month. "
 "Ukraine hopes the talks in Jeddah will restore intelligence sharing. REUTER",
 [M('U.S.-Ukraine talks in Jeddah',['jeddah','ukrainian officials'],p,'day','Jeddah',['U.S.','Ukraine'],'ongoing',ev),
  M('Oval Office meeting',['oval office meeting'],'2025-02','month','Oval Office',[],'past',"Today's talks follow a heated Oval Office meeting last month.")])

# 23 two meetings of one kind with loosely compatible dates stay two
p='2025-11-24'
ev1="OPEC+ officials will hold a preparatory meeting on Wednesday."
ev2="The full OPEC+ ministerial meeting is scheduled for Sunday."
doc('f17k-23',p,'OPEC+ WEEK',
 "DUBAI, Nov 24 (Reuters) - "+ev1+" "+ev2+"\n\n"
 "Both meetings will be held online. REUTER",
 [M('OPEC+ preparatory meeting',['preparatory meeting'],wd(p,'wednesday',1),'day',None,['OPEC+'],'upcoming',ev1),
  M('OPEC+ ministerial meeting',['ministerial meeting'],wd(p,'sunday',1),'day',None,['OPEC+'],'upcoming',ev2)])

# 24 the two-week conference spanning the reference day is ongoing
p='2025-11-19'
ev="The two-week conference, which opened on Nov. 10, is scheduled to end on Friday."
doc('f17k-24',p,'COP30',
 "BELEM, Brazil, Nov 19 (Reuters) - Negotiators at the COP30 climate summit worked through the night on a draft text. "
 +ev+"\n\n"
 "Brazil has pushed for a roadmap away from fossil fuels. REUTER",
 [M('COP30 climate conference',['cop30','conference'],'2025-11-10','day','Belem',[],'ongoing',ev,end=wd(p,'friday',1))])

# 25 a negotiation relaunched long ago and still running
p='2025-09-24'
ev="Negotiations on the free trade agreement between India and the European Union, relaunched in June 2022, are still under way, a trade ministry official said on Wednesday."
doc('f17k-25',p,'EU INDIA TRADE',
 "NEW DELHI, Sept 24 (Reuters) - "+ev+"\n\n"
 "Both sides aim to conclude the deal by the end of the year. REUTER",
 [M('EU-India trade negotiations',['free trade agreement','negotiations'],'2022-06','month',None,['India','European Union'],'ongoing',ev)])

# 26 "is meeting this morning"
p='2026-02-18'
ev="The central bank's monetary policy committee is meeting this morning and will announce its decision at 2 p.m."
doc('f17k-26',p,'RATE DECISION',
 "BANGKOK, Feb 18 (Reuters) - "+ev+"\n\n"
 "Economists expect a quarter-point cut. REUTER",
 [M('Bank of Thailand MPC meeting',['monetary policy committee'],p,'day','Bangkok',['monetary policy committee'],'ongoing',ev)])

# 27 a session "so far this week" is ongoing
p='2025-10-16'
ev="Parliament's budget session has so far this week approved three of the 14 spending chapters."
doc('f17k-27',p,'BUDGET DEBATE',
 "ROME, Oct 16 (Reuters) - "+ev+"\n\n"
 "The opposition has tabled 1,200 amendments. REUTER",
 [M("Italian parliament budget session",['budget session'],monday(p,0),'week','Rome',['Parliament'],'ongoing',ev)])

# 28 "will testify before the House Financial Services Committee" + a later mention merged
p='2025-06-20'
ev="Federal Reserve Chair Jerome Powell will testify before the House Financial Services Committee on Tuesday."
doc('f17k-28',p,'POWELL TESTIMONY',
 "WASHINGTON, June 20 (Reuters) - "+ev+" "
 "He appears before the Senate Banking Committee on Wednesday.\n\n"
 "Lawmakers are expected to ask about tariffs. At the hearing, Powell is likely to repeat that the Fed can wait. REUTER",
 [M('House Financial Services Committee hearing',['house financial services committee'],wd(p,'tuesday',1),'day','Washington',['House Financial Services Committee','Jerome Powell'],'upcoming',ev),
  M('Senate Banking Committee hearing',['senate banking committee'],wd(p,'wednesday',1),'day','Washington',['Senate Banking Committee','Jerome Powell'],'upcoming',"He appears before the Senate Banking Committee on Wednesday.")])

# 29 talks resumed after breaking down: the earlier talks' date is not the meeting's
p='1987-04-08'
ev="Management and the union will resume talks on Thursday, after the previous session collapsed."
doc('f17k-29',p,'PORT STRIKE',
 "SYDNEY, April 8 - The Waterside Workers' Federation said its members would return to work pending the talks. "
 +ev+"\n\n"
 "The dispute has halted container traffic at Sydney and Melbourne. REUTER",
 [M("Waterside Workers' Federation talks",['resume talks','union'],wd(p,'thursday',1),'day',None,["Waterside Workers' Federation"],'upcoming',ev)])

# 30 a visit for talks, the talks mentioned again later
p='2025-12-03'
ev="Indian Prime Minister Narendra Modi will visit Moscow next week for talks with President Vladimir Putin, the Kremlin said."
doc('f17k-30',p,'MODI TO MOSCOW',
 "MOSCOW, Dec 3 (Reuters) - "+ev+"\n\n"
 "The talks in Moscow will focus on oil purchases and defence. "
 "The Kremlin said the two leaders last met in Tianjin in September. REUTER",
 [M('Modi-Putin talks',['modi','putin','moscow'],monday(p,1),'week','Moscow',['Narendra Modi','Vladimir Putin'],'upcoming',ev),
  M('Modi-Putin meeting in Tianjin',['tianjin'],'2025-09','month','Tianjin',[],'past',"The Kremlin said the two leaders last met in Tianjin in September.")])

# 31 a meeting postponed to a new date is a meeting on the new date
p='2025-06-05'
ev="The board has postponed its meeting on the takeover offer from Friday to June 12, the company said."
doc('f17k-31',p,'BOARD POSTPONES',
 "FRANKFURT, June 5 (Reuters) - "+ev+"\n\n"
 "The bidder has offered 42 euros a share. REUTER",
 [M('board meeting on takeover offer',['board','takeover offer'],'2025-06-12','day',None,[],'upcoming',ev)])

# 32 "met on Monday and Tuesday" and "talks ended on Tuesday": one meeting
p='2025-12-03'
ev="Negotiators from Armenia and Azerbaijan met in Abu Dhabi on Monday and Tuesday to work on a peace treaty text."
doc('f17k-32',p,'ARMENIA AZERBAIJAN',
 "YEREVAN, Dec 3 (Reuters) - "+ev+" "
 "Armenia's foreign ministry said the talks ended on Tuesday with progress on border delimitation.\n\n"
 "A signing date has not been set. REUTER",
 [M('Armenia-Azerbaijan peace talks',['abu dhabi','peace treaty'],wd(p,'monday',-1),'day','Abu Dhabi',['Armenia','Azerbaijan'],'past',ev,end=wd(p,'tuesday',-1))])

# 33 a summit "due to take place" with a deadline in the same sentence
p='2026-02-18'
ev="EU leaders will discuss the plan at a summit in Brussels on March 19-20, ahead of a June deadline for national plans."
doc('f17k-33',p,'EU SUMMIT',
 "BRUSSELS, Feb 18 (Reuters) - "+ev+"\n\n"
 "Several capitals oppose joint borrowing. REUTER",
 [M('EU summit',['summit','eu leaders'],'2026-03-19','day','Brussels',['EU'],'upcoming',ev,end='2026-03-20')])

# 34 no meeting: past tense habit and a vote
p='2025-10-15'
doc('f17k-34',p,'SENATE VOTE',
 "MANILA, Oct 15 (Reuters) - The Senate will vote on the bill on Monday. "
 "Senators meet regularly with business groups to discuss tax policy.\n\n"
 "The bill would cut corporate income tax to 20%. REUTER",
 [])

write()
