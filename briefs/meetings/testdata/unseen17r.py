from stories import *

# Issue 17, the out-of-sample check after the unseen17q rule changes: 14
# stories (four with no meeting) written once those changes had landed and
# measured once before any change made with them in view (the figure is in
# dev_test.go).

# 1 talks opened Monday, "the Geneva talks" later, a separate experts' meeting next month
p='1987-05-27'
ev1="Talks between the European Community and Yugoslavia on a new trade and cooperation protocol opened in Brussels on Monday and are due to end on Friday, EC officials said."
ev2="A separate meeting of customs experts from both sides is planned for the second half of June."
doc('u17r-01',p,'EC, YUGOSLAVIA IN TRADE TALKS',
 "BRUSSELS, May 27 - "+ev1+"\n\n"
 "Yugoslavia is seeking better access for its textiles and for beef, which it says has been hurt by EC export subsidies since the early 1980s.\n\n"
 "Officials said the Brussels talks had so far made slow progress on beef, but agreement on industrial tariffs was close. The current protocol expires at the end of June.\n\n"
 +ev2+"\n\n"
 "Yugoslavia's trade deficit with the Community was 1.9 billion dlrs last year, against 2.3 billion in 1985. REUTER",
 [M('EC-Yugoslavia trade talks',['yugoslavia','trade and cooperation protocol'],wd(p,'monday',-1),'day','Brussels',['European Community','Yugoslavia'],'ongoing',ev1,end=wd(p,'friday',1)),
  M('EC-Yugoslav customs experts meeting',['customs experts'],'1987-06','month',None,[],'upcoming',ev2)])

# 2 "met for more than three hours late on Tuesday"; a follow-up next week
p='1987-10-07'
ev1="Nicaraguan government officials and Roman Catholic church leaders met for more than three hours late on Tuesday in Managua to discuss a ceasefire with the rebels, a church spokesman said."
ev2="Both sides agreed to meet again next week, he added."
doc('u17r-02',p,'NICARAGUA, CHURCH DISCUSS CEASEFIRE',
 "MANAGUA, Oct 7 - "+ev1+"\n\n"
 "The meeting, the first since the government signed a regional peace plan in Guatemala on August 7, was described as frank. Cardinal Miguel Obando y Bravo headed the church side.\n\n"
 +ev2+"\n\n"
 "The peace plan requires ceasefires in the region's wars by November 7. REUTER",
 [M('Nicaraguan government-church talks',['church','ceasefire'],wd(p,'tuesday',-1),'day','Managua',['Nicaragua','Miguel Obando y Bravo'],'past',ev1),
  M('Nicaraguan government-church follow-up meeting',['meet again next week'],monday(p,1),'week',None,['Nicaragua'],'upcoming',ev2)])

# 3 no meeting: results and a record date; "the meeting" of analysts is a conference call
p='1987-02-18'
doc('u17r-03',p,'DELTA PLASTICS 4TH QTR NET RISES',
 "HOUSTON, Feb 18 - Delta Plastics Corp said fourth quarter net income rose to 4.2 mln dlrs, or 51 cts a share, from 3.1 mln dlrs, or 38 cts, a year earlier.\n\n"
 "Sales rose 14 pct to 88.3 mln dlrs. For the full year, net was 15.7 mln dlrs against 12.0 mln.\n\n"
 "The company also declared a quarterly dividend of eight cts a share, payable March 20 to shareholders of record March 6.\n\n"
 "Delta said it expects 1987 earnings to be in line with analysts' estimates and will discuss the outlook on a conference call with analysts on Friday. REUTER",
 [])

# 4 a ministers' meeting this week "so far"; tomorrow's closing session
p='1987-08-26'
ev="Commonwealth agriculture ministers, who have been meeting in Ottawa since Monday, have so far failed to agree on a joint statement on farm subsidies, delegates said."
doc('u17r-04',p,'COMMONWEALTH FARM MINISTERS DIVIDED',
 "OTTAWA, Aug 26 - "+ev+"\n\n"
 "Australia and New Zealand want a firm call for an end to export subsidies, but Britain, bound by EC policy, has resisted, they said.\n\n"
 "Canadian Agriculture Minister John Wise, the host, said he hoped for a compromise at tomorrow's closing session.\n\n"
 "Farm exports account for nearly 40 pct of Australia's export earnings, against about 10 pct for Canada. REUTER",
 [M('Commonwealth agriculture ministers meeting',['commonwealth','agriculture ministers'],wd(p,'monday',-1),'day','Ottawa',['Commonwealth'],'ongoing',ev,end=add(p,1))])

# 5 a visit for talks; "the visit" of a previous year; a deadline
p='1987-11-24'
ev="Indonesian President Suharto will visit Canberra from December 8 to 10 for talks with Prime Minister Bob Hawke on trade and regional security, the Department of Foreign Affairs said."
doc('u17r-05',p,'SUHARTO TO VISIT AUSTRALIA',
 "CANBERRA, Nov 24 - "+ev+"\n\n"
 "It will be Suharto's first visit to Australia since 1975. Relations were strained in April 1986 by a newspaper article on his family's business interests.\n\n"
 "Australia wants Indonesia to ease rules on foreign investment in mining, and officials said a decision on a joint oil exploration zone in the Timor Sea was due by the end of the year. REUTER",
 [M('Suharto-Hawke talks',['suharto','hawke'],'1987-12-08','day','Canberra',['Suharto','Bob Hawke'],'upcoming',ev,end='1987-12-10')])

# 6 no meeting: a market session, a vote, a strike deadline
p='1987-06-30'
doc('u17r-06',p,'BRITISH COAL MINERS VOTE ON OVERTIME BAN',
 "LONDON, June 30 - Britain's National Union of Mineworkers said its members would vote on Thursday on an overtime ban in protest at a new disciplinary code.\n\n"
 "The union's executive decided on the ballot last week, and the result is due on July 9. British Coal has said the code will take effect on July 1 whatever the outcome.\n\n"
 "Coal stocks at power stations stand at about 20 mln tonnes, enough for several months.\n\n"
 "On the London stock exchange, shares in power generating equipment makers eased in afternoon trading. REUTER",
 [])

# 7 "after Thursday's meeting" read backwards; the next meeting date
p='1987-04-22'
ev1="Members of the International Cocoa Organization's council, after Thursday's meeting failed to settle buffer stock rules, will resume their talks in London on May 11, ICCO officials said."
doc('u17r-07',p,'COCOA COUNCIL TO RESUME TALKS',
 "LONDON, April 22 - "+ev1+"\n\n"
 "The buffer stock manager has been unable to buy cocoa since the pact came into force in January because the rules have not been agreed.\n\n"
 "Cocoa prices fell to a 2-1/2 year low of 1,224 stg a tonne on Tuesday. REUTER",
 [M('ICCO council meeting last Thursday',["thursday's meeting"],wd(p,'thursday',-1),'day','London',['International Cocoa Organization'],'past',ev1),
  M('ICCO council talks resume',['resume their talks'],'1987-05-11','day','London',['International Cocoa Organization'],'upcoming',ev1)])

# 8 Indian wire: a Cabinet meeting today; the all-party meeting held earlier
p='2025-09-16'
ev1="The Union Cabinet, chaired by Prime Minister Narendra Modi, is meeting this morning to consider the proposal, officials said."
ev2="An all-party meeting on the issue was held on September 9, where most parties backed the move."
doc('u17r-08',p,'Cabinet to take up proposal today',
 "New Delhi, Sep 16 (IANS) "+ev1+"\n\n"
 "The proposal, which was first mooted in 2019, seeks to simplify land acquisition for infrastructure projects, a senior official said on condition of anonymity.\n\n"
 +ev2+"\n\n"
 "The Opposition Congress has said it will raise the matter in the Winter Session of Parliament, which usually begins in the last week of November.",
 [M('Union Cabinet meeting',['union cabinet'],p,'day','New Delhi',['Union Cabinet','Narendra Modi'],'ongoing',ev1),
  M('All-party meeting',['all-party meeting'],'2025-09-09','day','New Delhi',[],'past',ev2)])

# 9 Indian wire: no meeting — a court hearing adjourned, a deadline
p='2024-12-10'
doc('u17r-09',p,'SC adjourns hearing on pollution case',
 "New Delhi, Dec 10 (IANS) The Supreme Court on Tuesday adjourned till December 16 the hearing on pleas seeking stricter curbs on pollution in the national capital.\n\n"
 "A bench of Justices Abhay S. Oka and Augustine George Masih asked the Centre to file its reply by Friday.\n\n"
 "The Air Quality Index (AQI) in Delhi stood at 285 on Tuesday morning, in the 'poor' category, according to the Central Pollution Control Board (CPCB).",
 [])

# 10 "will confer with" and a negotiating session by phone... a resumed round
p='1987-03-12'
ev="Philippine negotiators will resume talks with the country's 483 creditor banks in New York on Monday on rescheduling 9.4 billion dlrs of debt, Finance Secretary Jaime Ongpin said."
doc('u17r-10',p,'PHILIPPINES TO RESUME DEBT TALKS',
 "MANILA, March 12 - "+ev+"\n\n"
 "The talks broke down last month when the banks rejected a proposal to pay part of the interest in investment notes rather than cash.\n\n"
 "Ongpin said he would lead the Philippine team, and Citibank's William Rhodes heads the banks' advisory committee.\n\n"
 "The Philippines' foreign debt totals about 28 billion dlrs. REUTER",
 [M('Philippine debt talks with creditor banks',['creditor banks','resume talks'],wd(p,'monday',1),'day','New York',['Philippines','Jaime Ongpin','William Rhodes'],'upcoming',ev),
  M('Philippine debt talks that broke down last month',['broke down last month'],'1987-02','month',None,['Philippines'],'past',"The talks broke down last month when the banks rejected a proposal to pay part of the interest in investment notes rather than cash.")|{'optional':True}])

# 11 an OPEC committee "meets later today"; the conference in December
p='1987-09-09'
ev1="OPEC's three-member committee on price differentials meets later today in Vienna to try to settle a dispute over the value of light and heavy crudes, an OPEC source said."
ev2="The committee will report to the full OPEC conference, which convenes on December 9."
doc('u17r-11',p,'OPEC DIFFERENTIALS COMMITTEE MEETS',
 "VIENNA, Sept 9 - "+ev1+"\n\n"
 +ev2+"\n\n"
 "Iraq, which has refused to accept its quota since OPEC set it in December last year, is producing about 2.4 mln barrels per day, oil industry sources said. REUTER",
 [M('OPEC price differentials committee meeting',['differentials','committee'],p,'day','Vienna',['OPEC'],'upcoming',ev1),
  M('OPEC conference',['full opec conference'],'1987-12-09','day','Vienna',['OPEC'],'upcoming',ev2)])

# 12 no meeting: a summit is "possible" with no time; an earlier summit undated
p='1987-01-28'
doc('u17r-12',p,'SUMMIT POSSIBLE, SAYS SHULTZ',
 "WASHINGTON, Jan 28 - Secretary of State George Shultz said a third summit between President Reagan and Soviet leader Mikhail Gorbachev was possible if progress was made on arms control, but no date had been discussed.\n\n"
 "The two leaders have met twice, in Geneva and in Reykjavik, Iceland.\n\n"
 "Shultz told the Senate Foreign Relations Committee in written answers released today that the administration would not link a summit to human rights. REUTER",
 [])

# 13 Indian wire: a bilateral meeting held on the sidelines on Wednesday; the summit ongoing
p='2025-06-05'
ev1="External Affairs Minister S. Jaishankar held talks with his Belgian counterpart Maxime Prevot on the sidelines of the EU-India dialogue in Brussels on Wednesday."
doc('u17r-13',p,'Jaishankar meets Belgian FM in Brussels',
 "Brussels, June 5 (IANS) "+ev1+"\n\n"
 "The two ministers discussed trade, defence and the ongoing negotiations on an India-EU free trade agreement, which India and the EU relaunched in June 2022 and hope to conclude by the end of the year.\n\n"
 "Jaishankar, who is on a six-day visit to France, the European Union and Belgium that began on Sunday, will meet European Commission President Ursula von der Leyen on Thursday.",
 [M('Jaishankar-Prevot talks',['prevot','belgian counterpart'],wd(p,'wednesday',-1),'day','Brussels',['S. Jaishankar','Maxime Prevot'],'past',ev1),
  M('Jaishankar-von der Leyen meeting',['von der leyen'],p,'day','Brussels',['S. Jaishankar','Ursula von der Leyen'],'upcoming',"Jaishankar, who is on a six-day visit to France, the European Union and Belgium that began on Sunday, will meet European Commission President Ursula von der Leyen on Thursday."),
  M('India-EU FTA negotiations',['free trade agreement'],'2022-06','month',None,['India','European Union'],'ongoing',"The two ministers discussed trade, defence and the ongoing negotiations on an India-EU free trade agreement, which India and the EU relaunched in June 2022 and hope to conclude by the end of the year.")|{'optional':True}])

# 14 a meeting brought forward; the original date is not the meeting's
p='1987-07-08'
ev="The European Community's monetary committee will meet on July 13, a week earlier than planned, to discuss tensions in the European Monetary System, EC sources said."
doc('u17r-14',p,'EC MONETARY COMMITTEE MEETING BROUGHT FORWARD',
 "BRUSSELS, July 8 - "+ev+"\n\n"
 "The committee, made up of senior finance ministry and central bank officials, last met on June 16.\n\n"
 "The French franc has been under pressure since the West German Bundesbank raised a money market rate on July 1. REUTER",
 [M('EC monetary committee meeting',['monetary committee'],'1987-07-13','day','Brussels',['European Community'],'upcoming',ev),
  M('EC monetary committee previous meeting',['last met'],'1987-06-16','day','Brussels',['European Community'],'past',"The committee, made up of senior finance ministry and central bank officials, last met on June 16.")])

write()
