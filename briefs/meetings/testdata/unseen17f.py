from stories import *

# Issue 17, sixth fresh set: stories written for the error classes of
# meeting detection, dates and status (one meeting per meeting, dates from
# the right clause, missed kinds of meeting, status), with hard negatives,
# before any rule was changed with them in view. Measured once.

# 1 later mentions of one meeting ("Monday's talks", "the meeting")
p='1987-03-18'
ev="European Community foreign ministers will meet in Brussels on Monday to discuss relations with the United States, diplomats said."
doc('u17f-01',p,'EC MINISTERS TO DISCUSS U.S. TIES',
 "BRUSSELS, March 18 - "+ev+"\n\nMonday's talks are expected to be dominated by the dispute over farm exports to Spain. Britain wants the meeting to send a clear message to Washington, one diplomat said.",
 [M('EC foreign ministers meeting',['foreign ministers'],wd(p,'monday',1),'day','Brussels',['European Community'],'upcoming',ev)])

# 2 three OPEC meetings: two of one kind months apart, "the talks in Vienna" is the first again
p='1987-06-15'
ev1="OPEC oil ministers will meet in Vienna on June 25 to review the group's production ceiling, OPEC sources said."
ev2="The ministers last met in December in Geneva, when they agreed the current ceiling of 15.8 mln barrels a day."
ev3="Last month's meeting of OPEC's price monitoring committee in London ended without a recommendation."
doc('u17f-02',p,'OPEC MINISTERS TO MEET JUNE 25',
 "LONDON, June 15 - "+ev1+" "+ev2+"\n\n"+ev3+" The sources said the talks in Vienna could last three days.",
 [M('OPEC ministerial meeting in Vienna',['vienna','june 25'],'1987-06-25','day','Vienna',['OPEC'],'upcoming',ev1),
  M('OPEC ministerial meeting in Geneva',['last met','geneva'],'1986-12','month','Geneva',['OPEC'],'past',ev2),
  M('OPEC price monitoring committee meeting',['price monitoring committee'],'1987-05','month','London',['OPEC'],'past',ev3)])

# 3 two meetings of one body, two weeks apart
p='1987-03-17'
ev1="The Bundesbank's central bank council will hold its regular fortnightly meeting on Thursday, and dealers expect no change in credit policy."
ev2="The council's previous meeting, on March 5, left the discount rate at 3.0 pct."
doc('u17f-03',p,'BUNDESBANK COUNCIL MEETS THURSDAY',
 "FRANKFURT, March 17 - "+ev1+" "+ev2+"\n\nThe dollar was quoted at 1.8520 marks.",
 [M('Bundesbank council meeting',['central bank council','thursday'],wd(p,'thursday',1),'day','Frankfurt',['Bundesbank'],'upcoming',ev1),
  M('Bundesbank council previous meeting',['previous meeting','march 5'],'1987-03-05','day','Frankfurt',['Bundesbank'],'past',ev2)])

# 4 talks resumed today, "today's session" is the same meeting
p='1987-04-14'
ev="U.S. and Soviet negotiators resumed talks on space and defence weapons here today after a two-week recess, a U.S. spokesman said."
doc('u17f-04',p,'ARMS TALKS RESUME IN GENEVA',
 "GENEVA, April 14 - "+ev+"\n\nToday's session at the Soviet mission lasted two hours, and the talks will continue through the week. The recess began on March 31.",
 [M('U.S.-Soviet space and defence talks',['space and defence','resumed talks'],p,'day','Soviet mission, Geneva',['U.S.','Soviet Union'],'ongoing',ev)])

# 5 relative clause date belongs to a strike
p='1987-01-19'
ev="Leaders of the National Communications Union will meet British Telecom management in London on Wednesday in an effort to end the strike, which began last Friday, a union spokesman said."
doc('u17f-05',p,'BT UNION TO MEET MANAGEMENT',
 "LONDON, Jan 19 - "+ev+"\n\nAbout 130,000 engineers are on strike.",
 [M('NCU-British Telecom talks',['british telecom','national communications union'],wd(p,'wednesday',1),'day','London',['National Communications Union','British Telecom'],'upcoming',ev)])

# 6 "since February" is a suspension, not the talks' date
p='1987-09-02'
ev="Brazil's debt talks with its creditor banks, suspended since February when Brazil halted interest payments, will resume in New York next Tuesday, a central bank spokesman said."
doc('u17f-06',p,'BRAZIL DEBT TALKS TO RESUME',
 "BRASILIA, Sept 2 - "+ev+"\n\nBrazil owes 68 billion dlrs to commercial banks.",
 [M('Brazil creditor bank talks',['brazil','debt talks'],wd(p,'tuesday',1),'day','New York',['Brazil'],'upcoming',ev)])

# 7 another event's weekday in the sentence
p='1987-10-21'
ev="Treasurer Paul Keating will meet the state premiers in Canberra on Friday to discuss the impact of Monday's stock market crash, a government spokesman said."
doc('u17f-07',p,'KEATING TO MEET PREMIERS',
 "CANBERRA, Oct 21 - "+ev+"\n\nThe Sydney share index fell 25 pct on Tuesday.",
 [M('Keating-premiers meeting',['premiers'],wd(p,'friday',1),'day','Canberra',['Paul Keating'],'upcoming',ev)])

# 8 record date in the meeting's sentence
p='1987-04-28'
ev="Noranda Inc said holders of record on May 15 will be entitled to vote at its annual meeting, to be held in Toronto on June 18."
doc('u17f-08',p,'NORANDA SETS ANNUAL MEETING',
 "TORONTO, April 28 - "+ev+" Shareholders will be asked to approve a two-for-one stock split.\n\nNoranda shares closed at 32-1/2.",
 [M('Noranda annual meeting',['noranda','annual meeting'],'1987-06-18','day','Toronto',['Noranda Inc'],'upcoming',ev)])

# 9 deadline beside the meeting
p='1987-05-12'
ev="Creditor governments of the Paris Club will meet on Thursday to consider Egypt's request for a rescheduling, which Cairo wants completed by the end of the month."
doc('u17f-09',p,'PARIS CLUB TO CONSIDER EGYPT DEBT',
 "PARIS, May 12 - "+ev+" An Egyptian delegation led by Economy Minister Youssri Mustapha will attend.\n\nEgypt owes about 40 billion dlrs abroad.",
 [M('Paris Club meeting on Egypt',['paris club'],wd(p,'thursday',1),'day','Paris',['Paris Club','Egypt','Youssri Mustapha'],'upcoming',ev)])

# 10 "after Monday's meeting" is backwards; a second U.S.-Japan meeting next month
p='1987-03-12'
ev1="After Monday's meeting with Japanese officials in Washington, U.S. Trade Representative Clayton Yeutter said Tokyo had offered no concessions on semiconductors."
ev2="Yeutter said he would meet Japanese Trade Minister Hajime Tamura in Tokyo next month."
doc('u17f-10',p,'YEUTTER SAYS NO CHIP CONCESSIONS',
 "WASHINGTON, March 12 - "+ev1+" "+ev2+"\n\nThe United States says Japan is dumping chips in third markets.",
 [M('U.S.-Japan semiconductor meeting',["monday's meeting",'japanese officials'],wd(p,'monday',-1),'day','Washington',['Clayton Yeutter','Japan'],'past',ev1),
  M('Yeutter-Tamura meeting',['tamura'],'1987-04','month','Tokyo',['Clayton Yeutter','Hajime Tamura'],'upcoming',ev2)])

# 11 state visit with talks
p='1987-06-10'
ev="West German President Richard von Weizsaecker will pay a state visit to Moscow next month, during which he will hold talks with Soviet leader Mikhail Gorbachev, his office said."
doc('u17f-11',p,'WEIZSAECKER TO VISIT MOSCOW',
 "BONN, June 10 - "+ev+"\n\nIt will be the first visit by a West German head of state since 1975.",
 [M('Weizsaecker state visit to Moscow',['state visit','weizsaecker'],'1987-07','month','Moscow',['Richard von Weizsaecker','Mikhail Gorbachev'],'upcoming',ev)])

# 12 singular "negotiation"
p='1987-02-25'
ev="Peru and its creditor banks will open a new negotiation on the country's 14 billion dlr foreign debt in New York on Monday, the economy ministry said."
doc('u17f-12',p,'PERU TO OPEN DEBT NEGOTIATION',
 "LIMA, Feb 25 - "+ev+"\n\nPeru has limited debt payments to 10 pct of export earnings since 1985.",
 [M('Peru creditor bank negotiation',['peru','negotiation'],wd(p,'monday',1),'day','New York',['Peru'],'upcoming',ev)])

# 13 "will discuss ... with [minister] next month"
p='1987-11-18'
ev="U.S. Agriculture Secretary Richard Lyng will discuss Japan's ban on rice imports with Japanese Agriculture Minister Mutsuki Kato in Tokyo next month, a department spokesman said."
doc('u17f-13',p,'LYNG TO RAISE RICE BAN IN TOKYO',
 "WASHINGTON, Nov 18 - "+ev+"\n\nU.S. rice growers have asked for trade sanctions.",
 [M('Lyng-Kato talks',['lyng','kato'],'1987-12','month','Tokyo',['Richard Lyng','Mutsuki Kato'],'upcoming',ev)])

# 14 regular session
p='1987-03-10'
ev="China's National People's Congress will open its annual regular session in Beijing on March 25, the official Xinhua news agency said."
doc('u17f-14',p,'CHINA PARLIAMENT TO MEET MARCH 25',
 "PEKING, March 10 - "+ev+"\n\nDeputies are expected to approve the 1987 budget.",
 [M("National People's Congress session",["national people's congress",'regular session'],'1987-03-25','day','Beijing',["National People's Congress"],'upcoming',ev)])

# 15 "met" + adverb
p='1987-01-20'
ev="Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl met privately late yesterday to discuss the dollar's fall, a ministry spokesman said."
doc('u17f-15',p,'STOLTENBERG, POEHL DISCUSS DOLLAR',
 "BONN, Jan 20 - "+ev+"\n\nThe spokesman gave no details.",
 [M('Stoltenberg-Poehl meeting',['stoltenberg','poehl'],add(p,-1),'day','Bonn',['Gerhard Stoltenberg','Karl Otto Poehl'],'past',ev)])

# 16 "is meeting this morning" (progressive) is ongoing
p='1987-07-01'
ev="The Belgian cabinet is meeting this morning to try to resolve a dispute over language rights in the Voeren district, a government spokesman said."
doc('u17f-16',p,'BELGIAN CABINET MEETS ON VOEREN',
 "BRUSSELS, July 1 - "+ev+"\n\nThe dispute has threatened the coalition for months.",
 [M('Belgian cabinet meeting',['belgian cabinet'],p,'day','Brussels',['Belgian cabinet'],'ongoing',ev)])

# 17 negotiations opened months ago and still under way
p='1987-11-04'
ev="Negotiations between Canada and the European Community on fish quotas, which opened in Ottawa in June, are still under way, officials said."
doc('u17f-17',p,'CANADA-EC FISH TALKS CONTINUE',
 "OTTAWA, Nov 4 - "+ev+"\n\nCanada closed its ports to French trawlers in March.",
 [M('Canada-EC fisheries negotiations',['fish quotas'],'1987-06','month','Ottawa',['Canada','European Community'],'ongoing',ev)])

# 18 "so far this week" is ongoing; "tomorrow" is the same meeting
p='1987-06-17'
ev="European Community farm ministers have met for three days so far this week in Luxembourg without agreeing on this year's farm prices, diplomats said."
doc('u17f-18',p,'EC FARM TALKS DEADLOCKED',
 "LUXEMBOURG, June 17 - "+ev+" Their talks will continue tomorrow.\n\nWest Germany opposes any cut in grain prices.",
 [M('EC farm ministers meeting',['farm ministers'],monday(p,0),'week','Luxembourg',['European Community'],'ongoing',ev)])

# 19 no meeting: dividend, record date, deadline, board approval
p='1987-06-03'
doc('u17f-19',p,'CONSOLIDATED FREIGHTWAYS RAISES DIVIDEND',
 "PALO ALTO, Calif., June 3 - Consolidated Freightways Inc said its board raised the quarterly dividend to 20 cts a share from 18 cts, payable July 15 to holders of record June 30.\n\nThe company said its acquisition of a Texas trucking firm, to be completed within a week, would add 120 mln dlrs to annual revenues. The tender offer expires on Friday.",
 [])

# 20 no meeting: anniversary, news conference
p='1987-06-04'
doc('u17f-20',p,'MARSHALL PLAN ANNIVERSARY',
 "WASHINGTON, June 4 - Friday marks the 40th anniversary of the Marshall Plan, announced by Secretary of State George Marshall in a speech at Harvard University on June 5, 1947.\n\nSecretary of State George Shultz will mark the date at a news conference on Friday. The plan sent 13 billion dlrs to Western Europe over four years.",
 [])

# 21 no meeting: past events that are not meetings (strike, vote, election, trading session)
p='1987-05-14'
doc('u17f-21',p,'ISRAELI PARLIAMENT REJECTS ELECTION CALL',
 "JERUSALEM, May 14 - The Knesset voted on Tuesday to reject a motion calling for early elections, ending a week of coalition turmoil.\n\nThe last general election was held in July 1984. Share prices rose in Wednesday's trading session, and a strike by port workers that began on Monday ended today.",
 [])

# 22 no meeting: cancelled and postponed without a date
p='1987-08-11'
doc('u17f-22',p,'ANDEAN MEETING CANCELLED',
 "LIMA, Aug 11 - A meeting of Andean Pact trade ministers scheduled for Monday in Quito was cancelled after Ecuador's minister fell ill, the pact's secretariat said.\n\nTalks on a common external tariff have been postponed indefinitely. The ministers could meet at some stage later in the year, officials said.",
 [])

# 23 "today" against "since January"; a further meeting next week
p='1988-02-23'
ev1="Government negotiators and representatives of the communist National Democratic Front met in Manila today for the first time since peace talks collapsed in January, a government spokesman said."
ev2="Both sides agreed to meet again next week."
doc('u17f-23',p,'MANILA, REBELS MEET',
 "MANILA, Feb 23 - "+ev1+"\n\nToday's talks lasted four hours. "+ev2,
 [M('Government-NDF talks',['national democratic front',"today's talks"],p,'day','Manila',['National Democratic Front'],'past',ev1),
  M('Government-NDF next meeting',['meet again'],monday(p,1),'week',None,['National Democratic Front'],'upcoming',ev2)])

# 24 G-7 and the Interim Committee, a day apart; their last meeting in February
p='1987-03-30'
ev1="Finance ministers of the Group of Seven will meet in Washington on April 8, a day ahead of the IMF's Interim Committee meeting, monetary sources said."
ev2="It will be their first meeting since February 22, when they met in Paris and agreed to stabilise currencies."
doc('u17f-24',p,'G-7 TO MEET APRIL 8',
 "WASHINGTON, March 30 - "+ev1+" "+ev2+"\n\nThe Interim Committee meeting is expected to discuss third world debt.",
 [M('G-7 finance ministers meeting',['group of seven','april 8'],'1987-04-08','day','Washington',['Group of Seven'],'upcoming',ev1),
  M('IMF Interim Committee meeting',['interim committee'],'1987-04-09','day','Washington',['IMF Interim Committee'],'upcoming',ev1),
  M('G-7 Paris meeting',['met in paris'],'1987-02-22','day','Paris',['Group of Seven'],'past',ev2)])

# 25 state visit with a stated end; meeting the host
p='1987-11-11'
ev="Chinese Premier Zhao Ziyang will arrive in Bangkok on Sunday for a four-day state visit, during which he will meet Prime Minister Prem Tinsulanonda."
doc('u17f-25',p,'ZHAO TO VISIT THAILAND',
 "BANGKOK, Nov 11 - "+ev+"\n\nTrade between the two countries reached 800 mln dlrs last year.",
 [M('Zhao state visit to Thailand',['zhao','state visit'],wd(p,'sunday',1),'day','Bangkok',['Zhao Ziyang','Prem Tinsulanonda'],'upcoming',ev,end=add(wd(p,'sunday',1),3))])

# 26 "met briefly with"
p='1987-04-07'
ev="Mexican Finance Minister Gustavo Petricioli met briefly with Treasury Secretary James Baker in Washington on Sunday to discuss Mexico's new loan package."
doc('u17f-26',p,'PETRICIOLI SEES BAKER',
 "WASHINGTON, April 7 - "+ev+"\n\nThe package totals 7.7 billion dlrs.",
 [M('Petricioli-Baker meeting',['petricioli','baker'],wd(p,'sunday',-1),'day','Washington',['Gustavo Petricioli','James Baker'],'past',ev)])

# 27 no meeting: an undated future meeting, a comment deadline
p='1987-02-09'
doc('u17f-27',p,'EC GIVES MEMBERS UNTIL MARCH 31',
 "BRUSSELS, Feb 9 - The European Commission has given member states until March 31 to comment on its plan to curb milk output.\n\nAgriculture ministers will meet again to take a final decision, a Commission spokesman said, without giving a date.",
 [])

# 28 "last month's meeting" is the meeting already found; talks due in May
p='1987-04-03'
ev1="Western creditor governments agreed at a Paris Club meeting on March 12 to reschedule 1.2 billion dlrs of Ivory Coast's debt, the French finance ministry said."
ev2="Talks with commercial banks are due to start in May."
doc('u17f-28',p,'IVORY COAST DEBT RESCHEDULED',
 "PARIS, April 3 - "+ev1+"\n\nLast month's meeting also set a timetable for Ivory Coast's talks with its commercial bank creditors. "+ev2,
 [M('Paris Club meeting on Ivory Coast',['paris club'],'1987-03-12','day','Paris',['Paris Club','Ivory Coast'],'past',ev1),
  M('Ivory Coast commercial bank talks',['commercial banks'],'1987-05','month',None,['Ivory Coast'],'upcoming',ev2)])

write()
