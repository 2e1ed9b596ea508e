from stories import *

# Issue 17, meeting PLACE (session 6, third round): 20 stories written
# after the unseen17place2 fixes had landed (812bc04) and before any rule
# change made with them in view, with wordings and countries the earlier
# sets did not use: central banks and committees at home, EC ambassadors in
# Brussels, "currently in", a third country's city, "the northern city of",
# a place in a later sentence naming a building, a flight to creditors,
# company meetings at home and away, two sides with no venue, notes and
# press releases without a dateline. Annotated per meetings.GUIDELINE.md
# and measured once (the figure is in place_sets_test.go).

# 1 a central bank committee at home, named with its initials
p='1987-05-18'
ev="The Bank of Thailand's monetary policy committee will meet on Wednesday to review the bank rate, a central bank official said."
doc('u17place3-01',p,'THAI CENTRAL BANK PANEL TO MEET',
 "BANGKOK, May 18 - "+ev+"\n\n"
 "Commercial banks cut their lending rates by half a point last month. REUTER",
 [M('Bank of Thailand monetary policy committee meeting',['monetary policy committee'],wd(p,'wednesday',1),'day','Bangkok',['Bank of Thailand'],'upcoming',ev)])

# 2 the Federal Reserve's policy committee in Washington
p='1987-09-18'
ev="The Federal Reserve's policy-making committee meets on Tuesday amid speculation that it will tighten credit to support the dollar, economists said."
doc('u17place3-02',p,'FED COMMITTEE MEETS TUESDAY',
 "WASHINGTON, Sept 18 - "+ev+"\n\n"
 "The discount rate was raised to six pct on September 4. REUTER",
 [M('Federal Reserve policy committee meeting',['policy-making committee'],wd(p,'tuesday',1),'day','Washington',['Federal Reserve'],'upcoming',ev)])

# 3 EC ambassadors in Brussels
p='1987-06-22'
ev="EC ambassadors will meet on Wednesday to prepare next week's summit of the Community's heads of government, diplomats said."
doc('u17place3-03',p,'EC AMBASSADORS TO PREPARE SUMMIT',
 "BRUSSELS, June 22 - "+ev+"\n\n"
 "The summit, in Brussels on June 29 and 30, is expected to be dominated by the Community's budget crisis. REUTER",
 [M('EC ambassadors meeting',['ec ambassadors'],wd(p,'wednesday',1),'day','Brussels',['EC'],'upcoming',ev),
  M('EC summit',['summit'],'1987-06-29','day','Brussels',['EC'],'upcoming',"The summit, in Brussels on June 29 and 30, is expected to be dominated by the Community's budget crisis.",end='1987-06-30')])

# 4 a minister "currently in" another capital
p='1987-03-11'
ev="Foreign Minister Jean-Bernard Raimond, currently in Moscow, will meet Soviet Foreign Minister Eduard Shevardnadze again tomorrow, the ministry said."
doc('u17place3-04',p,'RAIMOND TO SEE SHEVARDNADZE AGAIN',
 "PARIS, March 11 - "+ev+"\n\n"
 "The two ministers discussed arms control for four hours yesterday. REUTER",
 [M('Raimond-Shevardnadze meeting',['raimond','shevardnadze'],add(p,1),'day','Moscow',['Jean-Bernard Raimond','Eduard Shevardnadze'],'upcoming',ev),
  M('Raimond-Shevardnadze talks',['arms control','four hours'],add(p,-1),'day','Moscow',['Jean-Bernard Raimond','Eduard Shevardnadze'],'past',"The two ministers discussed arms control for four hours yesterday.")])

# 5 two neighbours meet in a third country's capital
p='1987-08-24'
ev="Ethiopian and Somali officials will meet in Djibouti next week to discuss their border dispute, a diplomat said."
doc('u17place3-05',p,'ETHIOPIA, SOMALIA TO HOLD BORDER TALKS',
 "NAIROBI, Aug 24 - "+ev+"\n\n"
 "The two countries fought a war over the Ogaden region in 1977 and 1978. REUTER",
 [M('Ethiopia-Somalia border talks',['ethiopian and somali officials','border'],monday(p,1),'week','Djibouti',['Ethiopia','Somalia'],'upcoming',ev)])

# 6 the place in a later sentence naming a building
p='1987-04-13'
ev="The U.N. Conference on Disarmament resumes its spring session on Tuesday, a U.N. spokesman said."
doc('u17place3-06',p,'DISARMAMENT CONFERENCE RESUMES',
 "GENEVA, April 13 - "+ev+"\n\n"
 "Delegates from 40 countries will meet at the Palais des Nations. A treaty banning chemical weapons is the main item. REUTER",
 [M('Conference on Disarmament spring session',['conference on disarmament','spring session'],wd(p,'tuesday',1),'day','Palais des Nations, Geneva',['U.N. Conference on Disarmament'],'upcoming',ev)])

# 7 OPEC's committee "here" in Vienna
p='1987-11-30'
ev="OPEC's price differentials committee meets here on Friday ahead of the full ministerial conference, OPEC sources said."
doc('u17place3-07',p,'OPEC COMMITTEE MEETS FRIDAY',
 "VIENNA, Nov 30 - "+ev+"\n\n"
 "The conference opens on December 9. REUTER",
 [M('OPEC price differentials committee meeting',['price differentials committee'],wd(p,'friday',1),'day','Vienna',['OPEC'],'upcoming',ev),
  M('OPEC ministerial conference',['ministerial conference','conference'],'1987-12-09','day','Vienna',['OPEC'],'upcoming',"The conference opens on December 9.")])

# 8 Indian wire: a state cabinet at home
p='2025-07-21'
ev="The Karnataka cabinet will meet on Thursday to take a decision on the caste census report, Law Minister H K Patil said on Monday."
doc('u17place3-08',p,'Karnataka cabinet to discuss caste survey on Thursday',
 "Bengaluru, July 21 (IANS) "+ev+"\n\n"
 "The report was submitted to the government last year. Opposition parties have demanded that it be made public.",
 [M('Karnataka cabinet meeting',['karnataka cabinet'],wd(p,'thursday',1),'day','Bengaluru',['Karnataka cabinet'],'upcoming',ev)])

# 9 Indian wire: a chief minister to meet the prime minister in Delhi
p='2025-02-25'
ev="Chief Minister M K Stalin will meet Prime Minister Narendra Modi in Delhi on Friday to press for the release of education funds, officials said."
doc('u17place3-09',p,'Stalin to meet PM on Friday',
 "Chennai, Feb 25 (PTI) "+ev+"\n\n"
 "The Centre has withheld Rs 2,152 crore under the Samagra Shiksha scheme.",
 [M('Stalin-Modi meeting',['stalin','modi'],wd(p,'friday',1),'day','Delhi',['M K Stalin','Narendra Modi'],'upcoming',ev)])

# 10 a note with a venue and no dateline
p='2025-06-02'
ev="The board of trustees will meet on Monday, June 9, at the Civic Centre to approve the library budget."
doc('u17place3-10',p,'Trustees meeting',
 "To all trustees:\n\n"+ev+"\n\n"
 "Papers will be circulated by Thursday. Please tell Maria Lopez if you cannot attend.",
 [M('Board of trustees meeting',['board of trustees'],'2025-06-09','day','Civic Centre',[],'upcoming',ev)])

# 11 a finance minister flies to his creditors
p='1987-03-27'
ev="Finance Minister Gustavo Petricioli will fly to New York on Sunday for talks with Mexico's bank advisory committee on Monday, the finance ministry said."
doc('u17place3-11',p,'PETRICIOLI TO MEET BANKS MONDAY',
 "MEXICO CITY, March 27 - "+ev+"\n\n"
 "Mexico wants to close the 7.7 billion dlr new money package by April. REUTER",
 [M('Mexico bank advisory committee talks',['bank advisory committee','petricioli'],wd(p,'monday',1),'day','New York',['Gustavo Petricioli','bank advisory committee'],'upcoming',ev)])

# 12 two sides with no venue
p='1987-09-07'
ev="Chinese and Soviet negotiators will resume talks on their border in October, the New China News Agency said."
doc('u17place3-12',p,'CHINA, SOVIET UNION TO RESUME BORDER TALKS',
 "PEKING, Sept 7 - "+ev+"\n\n"
 "The last round ended in August without agreement. REUTER",
 [M('Sino-Soviet border talks',['border','chinese and soviet negotiators'],'1987-10','month',None,['China','Soviet Union'],'upcoming',ev)])

# 13 a House committee at home
p='1987-04-24'
ev="The House Ways and Means Committee will take up the tax provisions of the trade bill on Tuesday, committee aides said."
doc('u17place3-13',p,'WAYS AND MEANS TO TAKE UP TRADE BILL',
 "WASHINGTON, April 24 - "+ev+"\n\n"
 "The full House passed its version of the bill on April 30 last year. REUTER",
 [M('House Ways and Means Committee session',['ways and means committee'],wd(p,'tuesday',1),'day','Washington',['House Ways and Means Committee'],'upcoming',ev)])

# 14 "in the northern city of Chiang Mai"
p='1987-01-14'
ev="Thai and Burmese army officers will meet in the northern city of Chiang Mai on Friday to discuss border security, a Thai military spokesman said."
doc('u17place3-14',p,'THAI, BURMESE OFFICERS TO MEET',
 "BANGKOK, Jan 14 - "+ev+"\n\n"
 "Burmese troops have been fighting Karen rebels near the border. REUTER",
 [M('Thai-Burmese border meeting',['thai and burmese army officers','border security'],wd(p,'friday',1),'day','Chiang Mai',['Thailand','Burma'],'upcoming',ev)])

# 15 unions at a ministry, no city said
p='1987-10-19'
ev="Union and employer representatives met at the Labour Ministry yesterday but failed to agree on a new contract for 1.2 million metalworkers, a union official said."
doc('u17place3-15',p,'ITALIAN METALWORKERS TALKS FAIL',
 "ROME, Oct 19 - "+ev+"\n\n"
 "The unions have called a four-hour strike for Friday. REUTER",
 [M('Metalworkers contract talks',['labour ministry','metalworkers'],add(p,-1),'day','Labour Ministry, Rome',[],'past',ev)])

# 16 a company's meeting abroad
p='1987-07-06'
ev="Toyota Motor Corp president Shoichiro Toyoda will meet United Auto Workers leaders in Detroit on Thursday to discuss the company's U.S. plant, a Toyota spokesman said."
doc('u17place3-16',p,'TOYODA TO MEET UAW',
 "TOKYO, July 6 - "+ev+"\n\n"
 "Toyota's Kentucky plant is due to start production next year. REUTER",
 [M('Toyoda-UAW meeting',['toyoda','united auto workers'],wd(p,'thursday',1),'day','Detroit',['Shoichiro Toyoda','United Auto Workers'],'upcoming',ev)])

# 17 a company's management board at home: no place
p='1987-12-04'
ev="Siemens' managing board will meet on Monday to discuss the takeover of Plessey's telecommunications business, a company spokesman said."
doc('u17place3-17',p,'SIEMENS BOARD TO DISCUSS PLESSEY',
 "MUNICH, Dec 4 - "+ev+"\n\n"
 "Siemens shares rose 6.50 marks to 372 on the Frankfurt bourse. REUTER",
 [M('Siemens managing board meeting',['managing board'],wd(p,'monday',1),'day',None,['Siemens'],'upcoming',ev)])

# 18 a summit in a named city, reported from the capital
p='1987-11-09'
ev="The Franco-German summit opens in Karlsruhe on Thursday with defence cooperation at the top of the agenda, government officials said."
doc('u17place3-18',p,'FRANCO-GERMAN SUMMIT OPENS THURSDAY',
 "BONN, Nov 9 - "+ev+"\n\n"
 "Chancellor Helmut Kohl and President Francois Mitterrand are expected to announce a joint brigade. REUTER",
 [M('Franco-German summit',['franco-german summit'],wd(p,'thursday',1),'day','Karlsruhe',['France','West Germany','Helmut Kohl','Francois Mitterrand'],'upcoming',ev)])

# 19 a press release: a conference call is no place; a meeting at headquarters
p='2025-10-02'
ev="Brightline Therapeutics, Inc. will hold a special meeting of stockholders on October 30, 2025, at the company's headquarters in Cambridge, Massachusetts, to vote on the proposed merger with Halcyon Bio."
doc('u17place3-19',p,'Brightline Therapeutics to hold special meeting',
 "CAMBRIDGE, Mass., Oct. 2, 2025 /PRNewswire/ -- "+ev+"\n\n"
 "Stockholders of record as of September 22, 2025 are entitled to vote. The board recommends that stockholders vote for the merger.",
 [M('Brightline special meeting of stockholders',['special meeting','stockholders'],'2025-10-30','day','Cambridge',['Brightline Therapeutics'],'upcoming',ev)])

# 20 an official travels; his talks abroad are named without a city
p='1987-02-16'
ev="International Trade and Industry Minister Hajime Tamura leaves for Europe on Saturday and will hold talks with EC Commission vice-president Willy De Clercq on February 23, his ministry said."
doc('u17place3-20',p,'TAMURA TO SEE DE CLERCQ',
 "TOKYO, Feb 16 - "+ev+"\n\n"
 "Japan's trade surplus with the Community reached 18 billion dlrs last year. REUTER",
 [M('Tamura-De Clercq talks',['tamura','de clercq'],'1987-02-23','day',None,['Hajime Tamura','Willy De Clercq'],'upcoming',ev)])

write()
