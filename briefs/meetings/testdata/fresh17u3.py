from stories import *

# Issue 17, helper 17c (session 10): a third fresh set, written after all of
# this session's place, status and merging rules had landed (main 9e948a8)
# and measured once at first sight (dev_test.go, TestFresh17u3Set), to see
# whether they hold on wording, countries and bodies neither fresh17u nor
# fresh17u2 used. Annotated strictly by meetings.GUIDELINE.md.

# 1 a central bank at its seat, past, "decided"
p='2026-02-12'
ev="Sweden's Riksbank kept its policy rate at 1.75% at its meeting last week, the minutes published on Thursday showed."
doc('f17u3-01',p,'Riksbank minutes',
 "STOCKHOLM, Feb 12 (Reuters) - "+ev+" "
 "Two board members saw room for a cut later this year. REUTER",
 [M('Riksbank policy meeting',['riksbank','meeting last week'],monday(p,-1),'week','Stockholm',['Riksbank'],'past',ev)])

# 2 a central bank away from its seat
p='2026-03-09'
ev="The Bank of England's Monetary Policy Committee meets next week and is expected to hold rates."
doc('f17u3-02',p,'BoE preview',
 "DUBLIN, March 9 (Reuters) - "+ev+" "
 "The euro was steady against sterling. REUTER",
 [M('BoE MPC meeting',['monetary policy committee'],monday(p,1),'week',None,["Bank of England's Monetary Policy Committee"],'upcoming',ev)])

# 3 a foreign parliament away from the dateline
p='2025-12-10'
ev="Hungary's parliament will hold an extraordinary session on Friday to approve the 2026 budget, the speaker said."
doc('f17u3-03',p,'Hungary budget',
 "VIENNA, Dec 10 (Reuters) - "+ev+" "
 "The forint firmed 0.2% against the euro. REUTER",
 [M('Hungarian parliament extraordinary session',['extraordinary session'],wd(p,'friday',1),'day',None,["Hungary's parliament"],'upcoming',ev)])

# 4 a home cabinet, upcoming
p='2026-06-02'
ev="Ghana's cabinet will meet on Thursday to consider a proposal to raise electricity tariffs, Information Minister Fatimatu Abubakar said."
doc('f17u3-04',p,'Ghana tariffs',
 "ACCRA, June 2 (Reuters) - "+ev+" "
 "Power cuts have hit businesses for months. REUTER",
 [M('Ghana cabinet meeting',['cabinet will meet'],wd(p,'thursday',1),'day','Accra',["Ghana's cabinet"],'upcoming',ev)])

# 5 an EU summit reported from Brussels, past
p='2026-03-23'
ev="At their summit on Thursday and Friday, European Union leaders failed to agree on using frozen Russian assets."
doc('f17u3-05',p,'EU summit aftermath',
 "BRUSSELS, March 23 (Reuters) - "+ev+" "
 "Belgium holds most of the assets. REUTER",
 [M('EU summit',['summit'],wd(p,'thursday',-1),'day','Brussels',['European Union'],'past',ev,end=wd(p,'friday',-1))])

# 6 "at the offices of" a body in a city
p='2025-11-04'
ev="Creditors and the government of Zambia will meet at the offices of the IMF in Washington on Nov. 12 to discuss the debt deal."
doc('f17u3-06',p,'Zambia creditors',
 "LUSAKA, Nov 4 (Reuters) - "+ev+" "
 "China is Zambia's largest bilateral creditor. REUTER",
 [M('Zambia creditors meeting',['creditors','imf'],'2025-11-12','day','Washington',['Zambia'],'upcoming',ev)])

# 7 "at the headquarters of" a company in a city
p='2026-04-14'
ev="Talks between Stellantis and the Italian government will take place at the headquarters of the industry ministry in Rome on April 21."
doc('f17u3-07',p,'Stellantis talks',
 "TURIN, April 14 (Reuters) - "+ev+" "
 "Unions want guarantees on jobs at the Mirafiori plant. REUTER",
 [M('Stellantis-government talks',['stellantis','industry ministry'],'2026-04-21','day','Rome',['Stellantis','Italy'],'upcoming',ev)])

# 8 a summit in its second day, a place stated
p='2026-07-08'
ev="The BRICS summit in Rio de Janeiro went into its second day on Wednesday with a debate on reform of the United Nations."
doc('f17u3-08',p,'BRICS summit',
 "RIO DE JANEIRO, July 8 (Reuters) - "+ev+" "
 "Leaders are due to issue a declaration in the evening. REUTER",
 [M('BRICS summit',['brics summit'],wd(p,'tuesday',-1),'day','Rio de Janeiro',['BRICS'],'ongoing',ev,end=p)])

# 9 during a recess in the talks
p='2026-01-15'
ev="A Houthi negotiator told reporters during a recess in the talks on Thursday that a prisoner swap had been agreed in principle."
doc('f17u3-09',p,'Yemen talks',
 "MUSCAT, Jan 15 (Reuters) - "+ev+" "
 "Oman is hosting the talks between the Houthis and the Saudi-backed government. REUTER",
 [M('Yemen prisoner talks',['houthi','recess in the talks'],p,'day','Muscat',['Houthis','Oman'],'ongoing',ev)])

# 10 a body's meeting "later this month", present tense
p='2026-09-02'
ev="The Bank of Korea decides on rates at its meeting later this month, with most economists expecting a cut."
doc('f17u3-10',p,'Bank of Korea',
 "SEOUL, Sept 2 (Reuters) - "+ev+" "
 "Inflation slowed to 1.7% in August. REUTER",
 [M('Bank of Korea rate meeting',['bank of korea'],'2026-09','month','Seoul',['Bank of Korea'],'upcoming',ev)])

# 11 last month's session of a legislature's committee
p='2026-10-20'
ev="The National Assembly's finance committee will meet on Oct. 27 to review the tax bill."
ev2="At last month's session, the committee rejected an amendment on fuel taxes."
doc('f17u3-11',p,'Kenya tax bill',
 "NAIROBI, Oct 20 (Reuters) - "+ev+" "+ev2+"\n\n"
 "The government needs the revenue to meet IMF targets. REUTER",
 [M('National Assembly finance committee meeting',['finance committee'],'2026-10-27','day','Nairobi',["National Assembly's finance committee"],'upcoming',ev),
  M('finance committee September session',["last month's session"],'2026-09','month','Nairobi',["National Assembly's finance committee"],'past',ev2)])

# 12 its earlier meeting, a central bank
p='2026-05-06'
ev="The Central Bank of Chile's board meets on May 14 to set interest rates."
ev2="At its April meeting, the board held the benchmark rate at 4.5%."
doc('f17u3-12',p,'Chile rates',
 "SANTIAGO, May 6 (Reuters) - "+ev+" "+ev2+"\n\n"
 "The peso rose on higher copper prices. REUTER",
 [M('Central Bank of Chile board meeting',['board meets'],'2026-05-14','day','Santiago',['Central Bank of Chile'],'upcoming',ev),
  M('Central Bank of Chile April meeting',['april meeting'],'2026-04','month','Santiago',['Central Bank of Chile'],'past',ev2)])

# 13 a foreign minister visiting, "arrived here"
p='2025-10-13'
ev="Egyptian Foreign Minister Badr Abdelatty arrived here on Monday for talks with his Turkish counterpart Hakan Fidan on Gaza."
doc('f17u3-13',p,'Abdelatty in Ankara',
 "ANKARA, Oct 13 (Reuters) - "+ev+" "
 "Turkey and Egypt have mended ties in recent years. REUTER",
 [M('Abdelatty-Fidan talks',['abdelatty','hakan fidan'],p,'day','Ankara',['Badr Abdelatty','Hakan Fidan'],'upcoming',ev)])

# 14 a company's board, dateline of its home: no place
p='2026-08-11'
ev="The board of Woodside Energy will meet on Aug. 18 to approve a final investment decision on the Browse project."
doc('f17u3-14',p,'Woodside',
 "PERTH, Aug 11 (Reuters) - "+ev+" "
 "The project has faced opposition from environmental groups. REUTER",
 [M('Woodside board meeting',['board of woodside'],'2026-08-18','day',None,['Woodside Energy'],'upcoming',ev)])

# 15 a meeting elsewhere, stated, reported from a capital
p='2026-04-20'
ev="Colombian and Ecuadorean trade ministers will meet in Panama City on Thursday to try to end their tariff dispute."
doc('f17u3-15',p,'Colombia-Ecuador',
 "BOGOTA, April 20 (Reuters) - "+ev+" "
 "Trade between the two fell 30% in the first quarter. REUTER",
 [M('Colombia-Ecuador trade ministers meeting',['trade ministers'],wd(p,'thursday',1),'day','Panama City',['Colombia','Ecuador'],'upcoming',ev)])

# 16 apposition after the capital
p='2026-11-17'
ev="Leaders of the Economic Community of Central African States will hold a summit in the Gabonese capital, Libreville, on Saturday."
doc('f17u3-16',p,'ECCAS summit',
 "YAOUNDE, Nov 17 (Reuters) - "+ev+" "
 "The bloc is expected to lift Gabon's suspension. REUTER",
 [M('ECCAS summit',['summit','economic community of central african states'],wd(p,'saturday',1),'day','Libreville',['Economic Community of Central African States'],'upcoming',ev)])

# 17 the same meeting as "Wednesday's talks"
p='2026-09-17'
ev="South Korean and Japanese finance ministers held talks by video link on Wednesday on currency cooperation."
doc('f17u3-17',p,'Korea-Japan finance',
 "TOKYO, Sept 17 (Reuters) - "+ev+" "
 "Wednesday's talks were the first since 2023, Japan's finance ministry said.\n\n"
 "The yen weakened past 150 per dollar. REUTER",
 [M('Korea-Japan finance ministers talks',['finance ministers'],wd(p,'wednesday',-1),'day',None,['South Korea','Japan'],'past',ev)])

# 18 no meeting: a record date and an earnings release
p='2026-02-24'
doc('f17u3-18',p,'Dividend',
 "ZURICH, Feb 24 (Reuters) - Nestle will pay a dividend of 3.10 francs on April 22 to shareholders of record on April 20. "
 "The company reports first-quarter sales on April 23. REUTER",
 [])

write()
