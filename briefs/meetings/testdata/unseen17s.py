from stories import *

# Issue 17, the out-of-sample check after the unseen17r rule changes: 11
# stories (three with no meeting) written once those changes had landed and
# measured once before any change made with them in view (the figure is in
# dev_test.go).

# 1 a conference put back from Monday to Thursday
p='1987-10-15'
ev="The United Nations conference on the law of the sea's seabed mining rules, originally due to open on Monday, has been put back to Thursday, October 22, because of a row over credentials, UN officials said."
doc('u17s-01',p,'SEABED CONFERENCE POSTPONED',
 "NEW YORK, Oct 15 - "+ev+"\n\n"
 "The preparatory commission has met twice a year since 1983 to draw up rules for mining manganese nodules. The United States, which did not sign the 1982 convention, is not taking part.\n\n"
 "Metal prices have fallen so far since the early 1980s that commercial mining is unlikely before the next century, analysts said. REUTER",
 [M('UN seabed mining conference',['seabed','conference'],'1987-10-22','day','New York',['United Nations'],'upcoming',ev)])

# 2 talks went into a second day today
p='1987-03-25'
ev="Talks between Ecuador and its creditor banks on rescheduling 4.5 billion dlrs of debt went into a second day in New York today, a bank spokesman said."
doc('u17s-02',p,'ECUADOR DEBT TALKS IN SECOND DAY',
 "NEW YORK, March 25 - "+ev+"\n\n"
 "Ecuador suspended payments on its commercial bank debt in January after oil revenues fell, and an earthquake on March 5 destroyed part of its main oil pipeline.\n\n"
 "The spokesman said the banks' advisory committee, headed by Lloyds Bank, was sympathetic but wanted Ecuador to agree an economic programme with the International Monetary Fund by the end of June. REUTER",
 [M('Ecuador-creditor banks debt talks',['ecuador','creditor banks'],add(p,-1),'day','New York',['Ecuador','Lloyds Bank'],'ongoing',ev,end=p)])

# 3 Indian wire: chair a Governing Council meeting on Saturday; an earlier meeting in July last year
p='2025-05-22'
ev1="Prime Minister Narendra Modi will chair the 10th Governing Council meeting of the NITI Aayog at Bharat Mandapam here on Saturday, officials said on Thursday."
ev2="The ninth Governing Council meeting, held in July last year, was boycotted by several Opposition-ruled states."
doc('u17s-03',p,'PM to chair NITI Aayog Governing Council meet on Saturday',
 "New Delhi, May 22 (IANS) "+ev1+"\n\n"
 "Chief Ministers of all states and Lieutenant Governors of Union Territories have been invited to the meeting, whose theme is 'Viksit Rajya for Viksit Bharat@2047'.\n\n"
 +ev2+"\n\n"
 "The NITI Aayog was set up in January 2015 to replace the Planning Commission.",
 [M('10th NITI Aayog Governing Council meeting',['10th','governing council'],wd(p,'saturday',1),'day','Bharat Mandapam, New Delhi',['Narendra Modi','NITI Aayog'],'upcoming',ev1),
  M('9th NITI Aayog Governing Council meeting',['ninth'],'2024-07','month','New Delhi',['NITI Aayog'],'past',ev2)])

# 4 no meeting: a parliamentary vote, a budget, a strike
p='1987-05-06'
doc('u17s-04',p,'DUTCH PARLIAMENT APPROVES SPENDING CUTS',
 "THE HAGUE, May 6 - The Dutch lower house of parliament approved the government's spending cuts for 1988 by 81 votes to 69 late last night, after a debate that lasted two days.\n\n"
 "The cuts, worth 3.6 billion guilders, fall mainly on social security. Trade unions have called a one-day strike for May 13 in protest.\n\n"
 "The upper house is expected to vote on the package before the summer recess, which starts on July 3. REUTER",
 [])

# 5 shareholders meeting in Zurich on Friday approved; the next meeting after a record date
p='1987-11-10'
ev="Shareholders of Swiss Bank Corp, meeting in Basle on Friday, approved a capital increase of 400 mln Swiss francs, the bank said."
doc('u17s-05',p,'SBC SHAREHOLDERS APPROVE CAPITAL INCREASE',
 "ZURICH, Nov 10 - "+ev+"\n\n"
 "The new shares will be offered to existing holders at 250 francs each between November 16 and 27, one new share for every 10 held as of November 13.\n\n"
 "SBC shares closed at 358 francs in Zurich today, down from 410 before the October 19 stock market crash. REUTER",
 [M('Swiss Bank Corp extraordinary shareholders meeting',['shareholders'],wd(p,'friday',-1),'day','Basle',['Swiss Bank Corp'],'past',ev)])

# 6 a second round expected early next month; the first round
p='1987-09-17'
ev1="A second round of talks between South Korea and the United States on opening Seoul's cigarette market is expected to be held in Washington early next month, trade ministry officials said."
ev2="The first round, held in Seoul on September 2 and 3, ended without agreement."
doc('u17s-06',p,'SEOUL, WASHINGTON TO HOLD MORE CIGARETTE TALKS',
 "SEOUL, Sept 17 - "+ev1+"\n\n"
 +ev2+"\n\n"
 "U.S. cigarette makers have filed a complaint under Section 301 of the trade act, and Washington has said it could retaliate if no deal is reached by the end of the year.\n\n"
 "South Korea's state monopoly sells about 90 billion cigarettes a year. REUTER",
 [M('Second round of U.S.-South Korea cigarette talks',['second round'],'1987-10','month','Washington',['South Korea','United States'],'upcoming',ev1),
  M('First round of U.S.-South Korea cigarette talks',['first round'],'1987-09-02','day','Seoul',['South Korea','United States'],'past',ev2,end='1987-09-03')])

# 7 no meeting: results; "told reporters after the annual meeting" undated (optional); a deadline
p='1987-02-02'
doc('u17s-07',p,'KIRIN SEES PROFIT GROWTH',
 "TOKYO, Feb 2 - Kirin Brewery Co Ltd expects pretax profit to rise about six pct in the year ending December 1987, president Hideyo Motoyama told reporters after the company's annual meeting.\n\n"
 "Kirin's share of the Japanese beer market slipped to 59 pct last year from 61 pct in 1985.\n\n"
 "The company must decide by the end of March whether to go ahead with a new brewery in Okayama, he said. REUTER",
 [M('Kirin annual meeting',['annual meeting'],'1987-02','month',None,['Kirin Brewery Co Ltd'],'past',"Kirin Brewery Co Ltd expects pretax profit to rise about six pct in the year ending December 1987, president Hideyo Motoyama told reporters after the company's annual meeting.")|{'optional':True}])

# 8 twice-yearly consultations next week (a specific meeting despite "regular")
p='1987-06-17'
ev="Chancellor Helmut Kohl and President Francois Mitterrand will hold their regular twice-yearly consultations in Bonn next week, a government spokesman said."
doc('u17s-08',p,'KOHL, MITTERRAND TO MEET',
 "BONN, June 17 - "+ev+"\n\n"
 "The spokesman said defence cooperation, including a proposed joint brigade, would top the agenda.\n\n"
 "Franco-German summits have been held twice a year since the 1963 friendship treaty. The last one was held in Paris in November. REUTER",
 [M('Franco-German consultations',['twice-yearly consultations','kohl'],monday(p,1),'week','Bonn',['Helmut Kohl','Francois Mitterrand'],'upcoming',ev),
  M('Franco-German summit in Paris',['paris'],'1986-11','month','Paris',['France','West Germany'],'past',"The last one was held in Paris in November. REUTER")])

# 9 in Washington for two days of talks that end tomorrow
p='1987-04-29'
ev="Japanese Prime Minister Yasuhiro Nakasone is in Washington for two days of talks with President Reagan that end tomorrow, with trade friction at the top of the agenda."
doc('u17s-09',p,'NAKASONE IN WASHINGTON',
 "WASHINGTON, April 29 - "+ev+"\n\n"
 "Reagan imposed 100 pct tariffs on 300 mln dlrs of Japanese electronic goods on April 17 in a dispute over semiconductors.\n\n"
 "Nakasone told reporters on his arrival last night that he would ask Reagan to lift the tariffs as soon as possible. REUTER",
 [M('Nakasone-Reagan talks',['nakasone','reagan'],p,'day','Washington',['Yasuhiro Nakasone','Reagan'],'ongoing',ev,end=add(p,1))])

# 10 Indian wire: no meeting — a cricket final, a deadline, a stock market session
p='2024-08-21'
doc('u17s-10',p,'Sensex gains; India, Sri Lanka meet in final',
 "Mumbai, Aug 21 (IANS) The Sensex rose 102 points to close at 80,905 in Wednesday's session, while the Nifty gained 71 points.\n\n"
 "Meanwhile, India and Sri Lanka will meet in the final of the Asia Cup at the R. Premadasa Stadium in Colombo on Sunday, after India beat Bangladesh by 10 wickets in the semi-final on Tuesday.\n\n"
 "Companies have until August 31 to file their quarterly results with the exchanges, the Securities and Exchange Board of India (SEBI) said.",
 [])

# 11 a week-long conference ended on Saturday; the next one in two years
p='1987-12-02'
ev1="Delegates from 46 countries ended a week-long conference on the ozone layer in Nairobi on Saturday after agreeing to monitor the phase-out of CFCs, the U.N. Environment Programme said."
doc('u17s-11',p,'OZONE CONFERENCE ENDS',
 "NAIROBI, Dec 2 - "+ev1+"\n\n"
 "UNEP executive director Mostafa Tolba said the Montreal protocol, signed in September, would enter into force on January 1, 1989 if 11 countries ratified it.\n\n"
 "The delegates agreed to meet again in 1989 in Helsinki. REUTER",
 [M('Ozone layer conference in Nairobi',['ozone','week-long conference'],add(wd(p,'saturday',-1),-6),'day','Nairobi',['U.N. Environment Programme'],'past',ev1,end=wd(p,'saturday',-1))])

write()
