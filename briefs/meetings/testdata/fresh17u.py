from stories import *

# Issue 17, helper 17c (session 10: the place, status and merging of
# meetings on wire stories). Written from the class descriptions of the
# brief before any rule was changed, annotated strictly by
# meetings.GUIDELINE.md and the dev set, and measured once on main before
# any rule change (the figure is in dev_test.go, TestFresh17uSet). Kinds:
# a place implied by the dateline rule for past and upcoming meetings (a
# cabinet, a central bank's board, a parliament, an international body at
# its seat, a bloc's summit at its seat, a visiting delegation "here" or
# "the visiting X"); no dateline place for a company's board or
# shareholders, a foreign body, parties clearly elsewhere; a stated place
# in apposition ("in the capital, X", "the Kenyan capital"), "at the offices
# of", "at X's headquarters", "hosted by X in Y", carried by a later mention
# ("the talks in Doha"); a body's name is no place ("at OPEC"), the city
# rather than its country; the status of a meeting under way today, one
# spanning the date; one meeting mentioned twice, two meetings of one kind.

# 1 a cabinet met in the past, under its capital's dateline
p='2026-03-12'
ev="Kenya's cabinet met on Tuesday and approved a bill raising the excise duty on fuel, government spokesman Isaac Mwaura said."
doc('f17u-01',p,'Kenya fuel duty',
 "NAIROBI, March 12 (Reuters) - "+ev+" "
 "The bill now goes to parliament.\n\n"
 "Fuel prices have risen 12% this year. REUTER",
 [M('Kenya cabinet meeting',['cabinet met'],wd(p,'tuesday',-1),'day','Nairobi',["Kenya's cabinet"],'past',ev)])

# 2 a central bank's board met last week, under its city's dateline
p='2025-09-02'
ev="The Reserve Bank of New Zealand's monetary policy committee cut its official cash rate by 25 basis points at its meeting last week."
doc('f17u-02',p,'RBNZ minutes',
 "WELLINGTON, Sept 2 (Reuters) - "+ev+" "
 "Minutes released on Tuesday showed two members voted for a larger cut.\n\n"
 "The New Zealand dollar fell 0.3%. REUTER",
 [M('RBNZ monetary policy committee meeting',['monetary policy committee','meeting last week'],monday(p,-1),'week','Wellington',['Reserve Bank of New Zealand'],'past',ev)])

# 3 a bloc's summit at its seat
p='2026-06-22'
ev="European Union leaders will hold a two-day summit starting on Thursday to discuss defence spending and enlargement."
doc('f17u-03',p,'EU summit',
 "BRUSSELS, June 22 (Reuters) - "+ev+" "
 "Diplomats said a deal on a new defence fund was unlikely.\n\n"
 "Hungary has threatened to block the text. REUTER",
 [M('EU summit',['summit'],wd(p,'thursday',1),'day','Brussels',['European Union'],'upcoming',ev,end=add(wd(p,'thursday',1),1))])

# 4 a visiting delegation "arrived here"
p='2024-11-18'
ev="A Vietnamese trade delegation led by Industry Minister Nguyen Hong Dien arrived here on Monday for talks with Indian officials on Tuesday on rice and steel."
doc('f17u-04',p,'Vietnam trade delegation',
 "NEW DELHI, Nov 18 (Reuters) - "+ev+" "
 "Bilateral trade reached $15 billion last year.\n\n"
 "India wants more access for its pharmaceuticals. REUTER",
 [M('India-Vietnam trade talks',['trade delegation','nguyen hong dien'],add(p,1),'day','New Delhi',['Nguyen Hong Dien','India'],'upcoming',ev)])

# 5 "the visiting" minister under the host's dateline, past
p='2026-04-16'
ev="Argentine President Javier Milei held talks on Wednesday with the visiting Brazilian Foreign Minister Mauro Vieira on a stalled trade deal."
doc('f17u-05',p,'Milei meets Vieira',
 "BUENOS AIRES, April 16 (Reuters) - "+ev+" "
 "Relations between the two neighbours have been tense.\n\n"
 "Vieira flies to Montevideo on Friday. REUTER",
 [M('Milei-Vieira talks',['milei','vieira'],wd(p,'wednesday',-1),'day','Buenos Aires',['Javier Milei','Mauro Vieira'],'past',ev)])

# 6 a parliament's special session in its home city
p='2025-05-07'
ev="Poland's lower house of parliament will hold a special session on Friday to vote on a defence procurement bill, the speaker said."
doc('f17u-06',p,'Polish parliament session',
 "WARSAW, May 7 (Reuters) - "+ev+" "
 "The bill would allow faster purchases of air defence systems. REUTER",
 [M('Polish parliament special session',['special session'],wd(p,'friday',1),'day','Warsaw',["Poland's lower house of parliament"],'upcoming',ev)])

# 7 an international body's board at its seat, past
p='2026-01-28'
ev="The International Monetary Fund's executive board met on Monday and approved a $1.1 billion disbursement to Pakistan, the lender said."
doc('f17u-07',p,'IMF approves Pakistan tranche',
 "WASHINGTON, Jan 28 (Reuters) - "+ev+" "
 "Pakistan has met most targets of its programme.\n\n"
 "The rupee firmed slightly. REUTER",
 [M('IMF executive board meeting',['executive board'],wd(p,'monday',-1),'day','Washington',['International Monetary Fund'],'past',ev)])

# 8 an international body's council at its seat, upcoming
p='2026-08-04'
ev="The African Union's Peace and Security Council will meet on Thursday to discuss the fighting in eastern Congo, a council official said."
doc('f17u-08',p,'AU council on Congo',
 "ADDIS ABABA, Aug 4 (Reuters) - "+ev+" "
 "Rwanda denies backing the rebels. REUTER",
 [M('AU Peace and Security Council meeting',['peace and security council'],wd(p,'thursday',1),'day','Addis Ababa',["African Union's Peace and Security Council"],'upcoming',ev)])

# 9 a company's board under the company's home dateline: no place
p='2026-05-13'
ev="Toyota Industries' board will meet on Friday to consider the revised buyout offer, two people familiar with the matter said."
doc('f17u-09',p,'Toyota Industries buyout',
 "TOKYO, May 13 (Reuters) - "+ev+" "
 "Activist investor Elliott has said the offer undervalues the company.\n\n"
 "Shares rose 2%. REUTER",
 [M('Toyota Industries board meeting',['board will meet'],wd(p,'friday',1),'day',None,['Toyota Industries'],'upcoming',ev)])

# 10 shareholders' meeting: no place
p='2019-04-10'
ev="Shareholders of Bayer will vote on the discharge of the management board at the annual meeting on April 26, the company said."
doc('f17u-10',p,'Bayer AGM',
 "LEVERKUSEN, Germany, April 10 (Reuters) - "+ev+" "
 "Some investors have criticised the Monsanto takeover. REUTER",
 [M('Bayer annual shareholders meeting',['annual meeting','bayer'],'2019-04-26','day',None,['Bayer'],'upcoming',ev)])

# 11 a meeting "in Geneva" reported from Washington
p='2026-02-09'
ev="U.S. and Iranian negotiators will meet in Geneva on Wednesday for a second round of indirect talks, the State Department said."
doc('f17u-11',p,'U.S.-Iran talks',
 "WASHINGTON, Feb 9 (Reuters) - "+ev+" "
 "Oman is mediating the talks.\n\n"
 "No date has been set for a third round. REUTER",
 [M('U.S.-Iran indirect talks',['indirect talks','second round'],wd(p,'wednesday',1),'day','Geneva',['U.S.','Iran','Oman'],'upcoming',ev)])

# 12 a foreign cabinet: no place
p='2025-11-20'
ev="France's cabinet met on Wednesday to approve a revised 2026 budget bill, government spokeswoman Maud Bregeon said."
doc('f17u-12',p,'French budget',
 "LONDON, Nov 20 (Reuters) - "+ev+" "
 "French bond yields rose after the announcement.\n\n"
 "The spread over German Bunds widened to 80 basis points. REUTER",
 [M('French cabinet meeting',['cabinet met'],wd(p,'wednesday',-1),'day',None,["France's cabinet"],'past',ev)])

# 13 a central bank away from its seat: no place
p='2026-07-21'
ev="The Bank of Japan meets next week and is expected to keep rates unchanged, a Reuters poll showed."
doc('f17u-13',p,'BOJ poll',
 "SINGAPORE, July 21 (Reuters) - "+ev+" "
 "Asian currencies were mixed on Tuesday. REUTER",
 [M('BOJ policy meeting',['bank of japan meets'],monday(p,1),'week',None,['Bank of Japan'],'upcoming',ev)])

# 14 parties elsewhere, no place said
p='2025-12-03'
ev="Russian and Ukrainian negotiators met on Tuesday for the first time in four months, a Kremlin aide said."
doc('f17u-14',p,'Russia-Ukraine talks',
 "WASHINGTON, Dec 3 (Reuters) - "+ev+" "
 "The U.S. envoy was not present.\n\n"
 "Fighting continued in the east. REUTER",
 [M('Russia-Ukraine talks',['negotiators met'],wd(p,'tuesday',-1),'day',None,['Russia','Ukraine'],'past',ev)])

# 15 apposition "in the capital, Dodoma"
p='2026-09-14'
ev="Tanzania's ruling Chama Cha Mapinduzi party will hold a special congress on Saturday in the capital, Dodoma, to choose a new chairman."
doc('f17u-15',p,'Tanzania party congress',
 "DAR ES SALAAM, Sept 14 (Reuters) - "+ev+" "
 "The post has been vacant since June. REUTER",
 [M('Tanzania ruling party special congress',['special congress'],wd(p,'saturday',1),'day','Dodoma',["Chama Cha Mapinduzi"],'upcoming',ev)])

# 16 "the Kenyan capital" is Nairobi, dateline elsewhere
p='2026-10-05'
ev="Mediators will host talks between Sudan's warring parties in the Kenyan capital next week, a Kenyan foreign ministry official said."
doc('f17u-16',p,'Sudan talks',
 "KAMPALA, Oct 5 (Reuters) - "+ev+" "
 "Previous rounds in Jeddah failed to produce a ceasefire. REUTER",
 [M('Sudan peace talks',['warring parties'],monday(p,1),'week','Nairobi',[],'upcoming',ev)])

# 17 "at the offices of" a mediator, with the city
p='2025-03-24'
ev="The union and employers will resume talks at the offices of the state mediator in Stockholm on Tuesday, both sides said."
doc('f17u-17',p,'Swedish wage talks',
 "STOCKHOLM, March 24 (Reuters) - Sweden's IF Metall union rejected the employers' latest offer on Monday. "+ev+"\n\n"
 "A strike at ports would begin on April 1. REUTER",
 [M('IF Metall wage talks',['resume talks','state mediator'],wd(p,'tuesday',1),'day','Stockholm',['IF Metall'],'upcoming',ev)])

# 18 "at NATO headquarters in Brussels" under a different dateline
p='2026-02-10'
ev="NATO defence ministers will meet at the alliance's headquarters in Brussels on Thursday to discuss air defence for Ukraine."
doc('f17u-18',p,'NATO ministers',
 "BERLIN, Feb 10 (Reuters) - German Defence Minister Boris Pistorius said on Tuesday Germany would send two more Patriot systems. "+ev+"\n\n"
 "The ministers will also review spending targets. REUTER",
 [M('NATO defence ministers meeting',['defence ministers','nato'],wd(p,'thursday',1),'day','Brussels',['NATO'],'upcoming',ev)])

# 19 "hosted by X in Y"
p='2025-07-08'
ev="Talks hosted by Turkey in Istanbul on Wednesday will focus on the exchange of prisoners, a Turkish official said."
doc('f17u-19',p,'Istanbul talks',
 "ANKARA, July 8 (Reuters) - "+ev+" "
 "Delegations from Russia and Ukraine are expected.\n\n"
 "The last round took place in June. REUTER",
 [M('Istanbul prisoner exchange talks',['hosted by turkey','istanbul'],wd(p,'wednesday',1),'day','Istanbul',['Turkey','Russia','Ukraine'],'upcoming',ev),
  M('previous round of talks',['last round'],'2025-06','month',None,[],'past',"The last round took place in June.")])

# 20 a place carried by a later mention of the same meeting
p='2026-01-19'
ev="Israeli and Hamas negotiators resumed indirect talks on Sunday on the second phase of the Gaza ceasefire, officials said."
doc('f17u-20',p,'Gaza talks resume',
 "JERUSALEM, Jan 19 (Reuters) - "+ev+" "
 "Qatari and Egyptian mediators said the talks in Doha would continue for several days.\n\n"
 "Aid deliveries into Gaza increased last week. REUTER",
 [M('Israel-Hamas indirect talks',['indirect talks'],wd(p,'sunday',-1),'day','Doha',['Israel','Hamas'],'ongoing',ev)])

# 21 a body's name is no place: "at OPEC" for an OPEC meeting away from Vienna's dateline
p='2026-11-24'
ev="Saudi Arabia will press for an extension of output cuts at OPEC's meeting on Sunday, two sources said."
doc('f17u-21',p,'Saudi OPEC stance',
 "DUBAI, Nov 24 (Reuters) - "+ev+" "
 "The meeting will be held online.\n\n"
 "Brent rose 1% to $66 a barrel. REUTER",
 [M('OPEC meeting',['opec'],wd(p,'sunday',1),'day',None,['OPEC','Saudi Arabia'],'upcoming',ev)])

# 22 the city rather than the country
p='2026-03-30'
ev="Armenian and Azerbaijani foreign ministers will meet in Almaty, Kazakhstan, on Thursday to work on the text of a peace treaty."
doc('f17u-22',p,'Armenia-Azerbaijan talks',
 "YEREVAN, March 30 (Reuters) - "+ev+" "
 "Kazakhstan offered to host the talks last month. REUTER",
 [M('Armenia-Azerbaijan foreign ministers talks',['foreign ministers','almaty'],wd(p,'thursday',1),'day','Almaty',['Armenia','Azerbaijan'],'upcoming',ev)])

# 23 "were meeting" today: ongoing
p='2026-02-26'
ev="Finance ministers and central bankers from the Group of 20 were meeting in Cape Town on Thursday amid disagreement over debt relief."
doc('f17u-23',p,'G20 finance meeting',
 "CAPE TOWN, Feb 26 (Reuters) - "+ev+" "
 "The U.S. Treasury secretary did not attend.\n\n"
 "A joint communique was in doubt. REUTER",
 [M('G20 finance ministers meeting',['group of 20','finance ministers'],p,'day','Cape Town',['Group of 20'],'ongoing',ev)])

# 24 "during a break in the talks": ongoing
p='2025-06-05'
ev="The talks between Colombia's government and the ELN rebels resumed in Caracas on Thursday, and a rebel commander told reporters during a break in the talks that a ceasefire was close."
doc('f17u-24',p,'Colombia-ELN talks',
 "CARACAS, June 5 (Reuters) - "+ev+" "
 "Venezuela and Norway are guarantors of the process. REUTER",
 [M('Colombia-ELN peace talks',['eln'],p,'day','Caracas',["Colombia's government",'ELN'],'ongoing',ev)])

# 25 a conference "opened on" today
p='2026-05-14'
ev="The annual meeting of the Asian Development Bank opened on Thursday in Samarkand with a pledge to triple climate finance."
doc('f17u-25',p,'ADB annual meeting',
 "SAMARKAND, Uzbekistan, May 14 (Reuters) - "+ev+" "
 "The meeting ends on Sunday.\n\n"
 "Uzbekistan joined the bank in 1995. REUTER",
 [M('ADB annual meeting',['asian development bank','annual meeting'],p,'day','Samarkand',['Asian Development Bank'],'ongoing',ev,end=wd(p,'sunday',1))])

# 26 a three-day meeting spanning the date
p='2024-10-15'
ev="The three-day meeting of the Chinese Communist Party's Central Committee, which began on Monday, is due to end on Wednesday."
doc('f17u-26',p,'China plenum',
 "BEIJING, Oct 15 (Reuters) - "+ev+" "
 "Analysts expect measures to support consumption. REUTER",
 [M('CCP Central Committee plenum',['central committee'],wd(p,'monday',-1),'day','Beijing',["Chinese Communist Party's Central Committee"],'ongoing',ev,end=wd(p,'wednesday',1))])

# 27 one meeting mentioned again as "Tuesday's talks"
p='2026-06-10'
ev="Indian Foreign Minister S. Jaishankar met his Chinese counterpart Wang Yi on Tuesday to discuss the border."
doc('f17u-27',p,'Jaishankar meets Wang',
 "NEW DELHI, June 10 (Reuters) - "+ev+" "
 "Tuesday's talks were the first between the two since January, an Indian official said.\n\n"
 "Troops have pulled back from two friction points. REUTER",
 [M('Jaishankar-Wang talks',['jaishankar','wang yi'],wd(p,'tuesday',-1),'day','New Delhi',['S. Jaishankar','Wang Yi'],'past',ev)])

# 28 two meetings of one body: the next and last month's
p='2026-05-04'
ev="The Reserve Bank of India's monetary policy committee will meet on June 3 to June 5, the central bank said."
ev2="At last month's session, the committee held the repo rate at 5.5%."
doc('f17u-28',p,'RBI schedule',
 "MUMBAI, May 4 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Inflation eased to 3.1% in March. REUTER",
 [M('RBI MPC June meeting',['monetary policy committee'],'2026-06-03','day','Mumbai',['Reserve Bank of India'],'upcoming',ev,end='2026-06-05'),
  M('RBI MPC April session',["last month's session"],'2026-04','month','Mumbai',['Reserve Bank of India'],'past',ev2)])

# 29 no meeting: a deadline and habitual talks
p='2025-08-18'
doc('f17u-29',p,'Tariff deadline',
 "OTTAWA, Aug 18 (Reuters) - Canadian officials talk to their U.S. counterparts regularly about steel tariffs, a spokesman said. "
 "The deadline for retaliatory measures is Sept 1.\n\n"
 "Steel exports fell 20% in July. REUTER",
 [])

# 30 "here" for a past meeting of two foreign parties at a host's city
p='2026-09-23'
ev="Pakistani and Afghan officials met here on Monday and agreed to reopen the Torkham border crossing, a Qatari foreign ministry spokesman said."
doc('f17u-30',p,'Pakistan-Afghan talks',
 "DOHA, Sept 23 (Reuters) - "+ev+" "
 "Trade between the two has been halted for a month. REUTER",
 [M('Pakistan-Afghanistan talks',['torkham'],wd(p,'monday',-1),'day','Doha',['Pakistan','Afghanistan'],'past',ev)])

# 31 a government meeting in its home city, "so far this week", and a company
p='2026-04-09'
ev="Chile's finance minister met copper miners' representatives on Wednesday, his second meeting with them so far this week."
ev2="Codelco's board will meet on April 20 to approve the budget."
doc('f17u-31',p,'Chile copper',
 "SANTIAGO, April 9 (Reuters) - "+ev+" "
 "The unions want a share of higher copper prices. "+ev2+"\n\n"
 "Copper rose to a record on Thursday. REUTER",
 [M('Chile finance minister meeting with miners',['copper miners'],wd(p,'wednesday',-1),'day','Santiago',['Chile'],'past',ev),
  M('Codelco board meeting',['codelco'],'2026-04-20','day',None,['Codelco'],'upcoming',ev2)])

# 32 a visiting head of state at the host's capital, upcoming, "the visiting"
p='2025-02-03'
ev="Indonesian President Prabowo Subianto will hold talks with Malaysian Prime Minister Anwar Ibrahim on Monday during his first state visit here."
doc('f17u-32',p,'Prabowo visit',
 "KUALA LUMPUR, Feb 3 (Reuters) - "+ev+" "
 "The two are expected to discuss maritime borders. REUTER",
 [M('Prabowo-Anwar talks',['prabowo','anwar ibrahim'],p,'day','Kuala Lumpur',['Prabowo Subianto','Anwar Ibrahim'],'upcoming',ev)])

write()
