from stories import *

# Issue 17, helper 17e (session 10): the second fresh set, written half-way
# after the hearing, reporting-day, "likely to ... later this month" and
# kind-with-modifier rules of fresh17w landed (main f648174), with other
# wording, countries and bodies of the same kinds: a meeting as the object
# of "address", "open", "attend", "fly to ... for", "take part in", "chair";
# hearings ("heard evidence from", "took evidence from", "gave testimony
# to", "appeared before", "grilled"); a meeting named by its kind and a
# modifier ("a virtual summit", "an informal dinner", "a working breakfast");
# times in relative clauses ("which reopen on Thursday", "due to start on");
# two objects with their own days; "will go ahead as scheduled"; a
# reporting verb's day ("told parliament on Wednesday", "said in an
# interview on Sunday") beside a meeting with its own or no date; deadlines;
# "late on Sunday"; "set to meet later this week", "due to meet this month";
# no meeting for postponed talks, an address to the nation, a wedding, an
# embassy opening. Annotated strictly by meetings.GUIDELINE.md and measured
# once at first sight (fresh17w_test.go, TestFresh17w2Set).

# 1 address a session that runs until a date
p='2026-03-04'
ev="The council's spring session, which began on Feb. 23, runs until April 2."
doc('f17w2-01',p,'Rights council',
 "GENEVA, March 4 (Reuters) - Colombia's foreign minister will address the U.N. Human Rights Council on Thursday about attacks on social leaders. "+ev+"\n\n"
 "Several Latin American states have asked for a special debate. REUTER",
 [M('Human Rights Council spring session',['spring session','human rights council'],'2026-02-23','day','Geneva',['Human Rights Council'],'ongoing',ev,end='2026-04-02')])

# 2 will open a summit as host
p='2025-10-21'
ev="South African President Cyril Ramaphosa will open the Southern African Development Community summit in Johannesburg on Saturday."
doc('f17w2-02',p,'SADC summit',
 "PRETORIA, Oct 21 (Reuters) - "+ev+" "
 "Leaders are expected to discuss the conflict in eastern Congo.\n\n"
 "The rand firmed 0.3%. REUTER",
 [M('SADC summit',['southern african development community','summit'],wd(p,'saturday',1),'day','Johannesburg',['Cyril Ramaphosa','Southern African Development Community'],'upcoming',ev)])

# 3 fly to a city for a conference
p='2026-05-26'
ev="Australian Defence Minister Richard Marles flies to Singapore on Thursday for the Shangri-La Dialogue, which opens on Friday."
doc('f17w2-03',p,'Marles to Singapore',
 "CANBERRA, May 26 (Reuters) - "+ev+" "
 "He is expected to meet his Chinese counterpart on the sidelines, officials said.\n\n"
 "Australia is increasing defence spending. REUTER",
 [M('Shangri-La Dialogue',['shangri-la dialogue'],wd(p,'friday',1),'day','Singapore',['Richard Marles'],'upcoming',ev)])

# 4 take part in a summit
p='2026-07-01'
ev="Mexican President Claudia Sheinbaum will take part in the Pacific Alliance summit in Lima on July 9, the foreign ministry said."
doc('f17w2-04',p,'Sheinbaum to Lima',
 "MEXICO CITY, July 1 (Reuters) - "+ev+" "
 "Relations with Peru have improved since last year.\n\n"
 "The peso was steady. REUTER",
 [M('Pacific Alliance summit',['pacific alliance'],'2026-07-09','day','Lima',['Claudia Sheinbaum','Pacific Alliance'],'upcoming',ev)])

# 5 a committee "heard evidence from" a regulator
p='2026-06-11'
ev="The Oireachtas finance committee heard evidence from Central Bank of Ireland Governor Gabriel Makhlouf on Tuesday about mortgage arrears."
doc('f17w2-05',p,'Makhlouf at committee',
 "DUBLIN, June 11 (Reuters) - "+ev+" "
 "He said arrears had fallen for a tenth quarter. REUTER",
 [M('Oireachtas finance committee hearing',['finance committee'],wd(p,'tuesday',-1),'day','Dublin',['Oireachtas finance committee','Gabriel Makhlouf'],'past',ev)])

# 6 a committee "took evidence from" executives
p='2025-11-27'
ev="New Zealand's finance and expenditure committee took evidence from the chief executives of the four big banks on Wednesday."
doc('f17w2-06',p,'Banks questioned',
 "WELLINGTON, Nov 27 (Reuters) - "+ev+" "
 "Lawmakers asked why mortgage rates had not fallen faster. REUTER",
 [M('Finance and expenditure committee hearing',['finance and expenditure committee'],wd(p,'wednesday',-1),'day','Wellington',['finance and expenditure committee'],'past',ev)])

# 7 "gave testimony to" a committee
p='2026-09-24'
ev="Boeing Chief Executive Kelly Ortberg gave testimony to the Senate Commerce Committee on Wednesday about the 737 MAX production cap."
doc('f17w2-07',p,'Boeing testimony',
 "WASHINGTON, Sept 24 (Reuters) - "+ev+" "
 "Ortberg said quality had improved.\n\n"
 "Boeing shares rose 2%. REUTER",
 [M('Senate Commerce Committee hearing',['senate commerce committee'],wd(p,'wednesday',-1),'day','Washington',['Senate Commerce Committee','Kelly Ortberg'],'past',ev)])

# 8 "grilled" by lawmakers on a committee
p='2026-02-19'
ev="Members of the Bundestag's defence committee grilled Defence Minister Boris Pistorius on Wednesday over delays to the new conscription law."
doc('f17w2-08',p,'Pistorius grilled',
 "BERLIN, Feb 19 (Reuters) - "+ev+" "
 "Pistorius said the first recruits would start in July. REUTER",
 [M('Bundestag defence committee session',['defence committee'],wd(p,'wednesday',-1),'day','Berlin',["Bundestag's defence committee",'Boris Pistorius'],'past',ev)])

# 9 a virtual summit, the reporting day another
p='2026-11-10'
ev="BRICS leaders will hold a virtual summit on Friday to discuss trade in local currencies, Brazil's foreign ministry said on Tuesday."
doc('f17w2-09',p,'BRICS virtual summit',
 "BRASILIA, Nov 10 (Reuters) - "+ev+" "
 "Brazil holds the group's rotating presidency.\n\n"
 "The real weakened. REUTER",
 [M('BRICS virtual summit',['virtual summit','brics'],wd(p,'friday',1),'day',None,['BRICS'],'upcoming',ev)])

# 10 an informal dinner of ministers
p='2026-01-26'
ev="NATO defence ministers will gather for an informal dinner in Brussels on Wednesday evening before their formal meeting on Thursday."
doc('f17w2-10',p,'NATO ministers',
 "BRUSSELS, Jan 26 (Reuters) - "+ev+" "
 "Air defence for Ukraine will top the agenda. REUTER",
 [M('NATO defence ministers informal dinner',['informal dinner'],wd(p,'wednesday',1),'day','Brussels',['NATO'],'upcoming',ev),
  M('NATO defence ministers meeting',['formal meeting','defence ministers'],wd(p,'thursday',1),'day','Brussels',['NATO'],'upcoming',ev)])

# 11 a working breakfast
p='2025-06-04'
ev="Polish Prime Minister Donald Tusk will meet Czech Prime Minister Petr Fiala over a working breakfast in Warsaw on Friday, a government spokesman said."
doc('f17w2-11',p,'Tusk-Fiala breakfast',
 "WARSAW, June 4 (Reuters) - "+ev+" "
 "Energy links will be discussed. REUTER",
 [M('Tusk-Fiala working breakfast',['working breakfast','petr fiala'],wd(p,'friday',1),'day','Warsaw',['Donald Tusk','Petr Fiala'],'upcoming',ev)])

# 12 the negotiations, which reopen on Thursday
p='2026-08-17'
ev="Mediators hope to narrow the gaps at the negotiations, which reopen in Doha on Thursday, a diplomat briefed on the talks said."
doc('f17w2-12',p,'Sudan talks',
 "DOHA, Aug 17 (Reuters) - Sudan's army and the Rapid Support Forces remain far apart on a ceasefire. "+ev+"\n\n"
 "Fighting continued in Darfur. REUTER",
 [M('Sudan ceasefire negotiations',['negotiations','doha'],wd(p,'thursday',1),'day','Doha',["Sudan's army",'Rapid Support Forces'],'upcoming',ev)])

# 13 two objects with their own days, visited on a tour
p='2025-09-12'
ev="Chinese Foreign Minister Wang Yi held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday and with Algerian Foreign Minister Ahmed Attaf in Algiers on Thursday."
doc('f17w2-13',p,'Wang Yi tour',
 "BEIJING, Sept 12 (Reuters) - "+ev+" "
 "China is Africa's largest trading partner. REUTER",
 [M('Wang Yi-Sisi talks',['abdel fattah al-sisi','cairo'],wd(p,'tuesday',-1),'day','Cairo',['Wang Yi','Abdel Fattah al-Sisi'],'past',ev),
  M('Wang Yi-Attaf talks',['ahmed attaf','algiers'],wd(p,'thursday',-1),'day','Algiers',['Wang Yi','Ahmed Attaf'],'past',ev)])

# 14 will go ahead as scheduled
p='2026-04-15'
ev="The annual meeting of the Asian Development Bank's board of governors will go ahead as scheduled in Samarkand on May 3, the bank said."
doc('f17w2-14',p,'ADB meeting',
 "MANILA, April 15 (Reuters) - "+ev+" "
 "Some members had asked for it to be moved online. REUTER",
 [M('ADB annual meeting',['annual meeting','asian development bank'],'2026-05-03','day','Samarkand',['Asian Development Bank'],'upcoming',ev)])

# 15 told parliament on Wednesday about a summit with its own date
p='2026-10-08'
ev="Prime Minister Keir Starmer told parliament on Wednesday that he would attend the European Political Community summit in Dublin on Oct. 22."
doc('f17w2-15',p,'Starmer to Dublin',
 "LONDON, Oct 8 (Reuters) - "+ev+" "
 "Migration is expected to dominate the summit. REUTER",
 [M('European Political Community summit',['european political community'],'2026-10-22','day','Dublin',['Keir Starmer','European Political Community'],'upcoming',ev)])

# 16 said in an interview on Sunday he wanted to meet (no date): none
p='2026-03-09'
doc('f17w2-16',p,'Zelenskiy wants talks',
 "KYIV, March 9 (Reuters) - Ukrainian President Volodymyr Zelenskiy said in an interview on Sunday that he was ready to meet Russian President Vladimir Putin to end the war. "
 "The Kremlin has said any meeting must be prepared first.\n\n"
 "Russian drones hit energy facilities overnight. REUTER",
 [])

# 17 a deadline and an earlier meeting
p='2026-05-12'
ev="The utility's creditors met in Johannesburg on Monday but failed to agree on a rescue plan."
doc('f17w2-17',p,'Utility rescue',
 "JOHANNESBURG, May 12 (Reuters) - "+ev+" "
 "They have until May 29 to approve the plan or the utility will be placed in liquidation.\n\n"
 "The government owns 40% of the company. REUTER",
 [M("creditors' meeting",['creditors met'],wd(p,'monday',-1),'day','Johannesburg',[],'past',ev)])

# 18 a deadline only: none
p='2025-12-15'
doc('f17w2-18',p,'Budget deadline',
 "WASHINGTON, Dec 15 (Reuters) - Congress has until midnight on Friday to pass a spending bill or federal agencies will shut down, lawmakers said on Monday. "
 "Negotiators have not yet agreed on disaster aid.\n\n"
 "The House is due to vote on Wednesday. REUTER",
 [])

# 19 late on Sunday
p='2026-08-31'
ev="Thai and Cambodian military commanders met late on Sunday at a border checkpoint and agreed to pull back troops, the Thai army said."
doc('f17w2-19',p,'Border commanders',
 "BANGKOK, Aug 31 (Reuters) - "+ev+" "
 "Clashes last month killed at least 12 people. REUTER",
 [M('Thai-Cambodian military commanders meeting',['military commanders'],wd(p,'sunday',-1),'day','border checkpoint',['Thailand','Cambodia'],'past',ev)])

# 20 set to meet later this week
p='2026-02-02'
ev="Finance ministers of the Gulf Cooperation Council are set to meet in Riyadh later this week to discuss a common customs tariff, two sources said."
doc('f17w2-20',p,'GCC ministers',
 "DUBAI, Feb 2 (Reuters) - "+ev+" "
 "The bloc has been working on a customs union for two decades. REUTER",
 [M('GCC finance ministers meeting',['gulf cooperation council','finance ministers'],monday(p,0),'week','Riyadh',['Gulf Cooperation Council'],'upcoming',ev)])

# 21 due to meet this month
p='2026-06-09'
ev="The Reserve Bank of India's monetary policy committee is due to meet this month, and most economists expect rates to be held."
doc('f17w2-21',p,'RBI seen on hold',
 "MUMBAI, June 9 (Reuters) - "+ev+" "
 "Inflation eased to 3.1% in May. REUTER",
 [M('RBI monetary policy committee meeting',['monetary policy committee'],'2026-06','month','Mumbai',['Reserve Bank of India'],'upcoming',ev)])

# 22 talks postponed indefinitely: none
p='2026-04-28'
doc('f17w2-22',p,'Talks postponed',
 "NAIROBI, April 28 (Reuters) - Peace talks between South Sudan's government and rebel groups that had been due to start on Thursday have been postponed indefinitely, the mediators said. "
 "No reason was given.\n\n"
 "Aid agencies warned of famine. REUTER",
 [])

# 23 address the nation, attend a wedding, open an embassy: none
p='2026-06-17'
doc('f17w2-23',p,'President busy week',
 "NICOSIA, June 17 (Reuters) - Cyprus's president will address the nation on Thursday about the water shortage, his office said. "
 "He will attend the wedding of a former minister on Saturday and open the country's new embassy in Abu Dhabi next week.\n\n"
 "Reservoirs are at 20% of capacity. REUTER",
 [])

# 24 ordinary: a central bank's board met, reported by a statement on a later day
p='2026-07-16'
ev="The board of the Central Bank of Chile met on Tuesday and kept its benchmark rate at 4.5%, it said in a statement on Wednesday."
doc('f17w2-24',p,'Chile rates',
 "SANTIAGO, July 16 (Reuters) - "+ev+" "
 "The peso firmed. REUTER",
 [M('Central Bank of Chile board meeting',['board'],wd(p,'tuesday',-1),'day','Santiago',['Central Bank of Chile'],'past',ev)])

# 25 ordinary company talks
p='2025-08-20'
ev="Rio Tinto and Glencore held talks on a possible merger last week, people familiar with the matter said on Wednesday."
doc('f17w2-25',p,'Rio-Glencore talks',
 "LONDON, Aug 20 (Reuters) - "+ev+" "
 "Both companies declined to comment. REUTER",
 [M('Rio Tinto-Glencore merger talks',['rio tinto','glencore'],monday(p,-1),'week',None,['Rio Tinto','Glencore'],'past',ev)])

# 26 will chair a meeting
p='2026-11-24'
ev="Indonesian President Prabowo Subianto will chair a cabinet meeting on Thursday to finalise the 2027 fuel subsidy, a minister said."
doc('f17w2-26',p,'Indonesia fuel subsidy',
 "JAKARTA, Nov 24 (Reuters) - "+ev+" "
 "The subsidy bill is expected to rise by a fifth. REUTER",
 [M('Indonesian cabinet meeting',['cabinet meeting'],wd(p,'thursday',1),'day','Jakarta',['Prabowo Subianto'],'upcoming',ev)])

# 27 appeared before a committee
p='2025-10-30'
ev="Air India chief executive Campbell Wilson appeared before the parliamentary standing committee on transport on Tuesday to explain the cause of the crash."
doc('f17w2-27',p,'Air India at committee',
 "NEW DELHI, Oct 30 (Reuters) - "+ev+" "
 "The investigators' final report is due next year. REUTER",
 [M('Parliamentary standing committee on transport hearing',['standing committee on transport'],wd(p,'tuesday',-1),'day','New Delhi',['parliamentary standing committee on transport','Campbell Wilson'],'past',ev)])

# 28 told a briefing on Thursday that talks would resume next week
p='2026-09-03'
ev="A State Department spokesman told a briefing on Thursday that talks with Venezuela on prisoner releases would resume next week in Mexico City."
doc('f17w2-28',p,'Venezuela talks',
 "WASHINGTON, Sept 3 (Reuters) - "+ev+" "
 "Washington is seeking the release of six Americans. REUTER",
 [M('U.S.-Venezuela talks',['venezuela','prisoner releases'],monday(p,1),'week','Mexico City',['State Department','Venezuela'],'upcoming',ev)])

# 29 met earlier on Tuesday (today)
p='2026-03-17'
ev="Hungarian Foreign Minister Peter Szijjarto met his Slovak counterpart Juraj Blanar in Bratislava earlier on Tuesday, the ministry said."
doc('f17w2-29',p,'Szijjarto in Bratislava',
 "BUDAPEST, March 17 (Reuters) - "+ev+" "
 "The two discussed gas transit. REUTER",
 [M('Szijjarto-Blanar meeting',['juraj blanar','bratislava'],p,'day','Bratislava',['Peter Szijjarto','Juraj Blanar'],'past',ev)])

# 30 the annual meeting dated by the dateline only, and a next one with a date
p='2026-04-23'
ev="The next annual meeting will be held on April 22, 2027, the company said."
doc('f17w2-30',p,'Heineken AGM',
 "AMSTERDAM, April 23 (Reuters) - Heineken's chief executive told shareholders at the annual meeting that beer volumes would recover in the second half. "+ev+"\n\n"
 "Shares were flat. REUTER",
 [M('Heineken annual meeting 2027',['next annual meeting'],'2027-04-22','day',None,['Heineken'],'upcoming',ev)])

write()
