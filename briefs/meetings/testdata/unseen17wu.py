from stories import *

# Issue 17, session 6: a third fresh set for detection, merging, dates and
# status (16 stories, four with no meeting; modern wire copy beside 1987
# Reuters), written after the unseen17v changes had landed and measured
# once before any change made with it in view (the figure is in
# dev_test.go).

# 1 modern: a meeting held "on Wednesday evening"; "the meeting" later
p='2025-11-13'
ev="Chief Minister Revanth Reddy held a meeting with senior officials of the irrigation department at the Secretariat on Wednesday evening to review the progress of the Kaleshwaram project."
doc('u17wu-01',p,'Revanth Reddy reviews irrigation projects',
 "Hyderabad, Nov 13 (IANS) "+ev+"\n\n"
 "At the meeting, he directed officials to complete the pending works before the monsoon. The government has sought central funds for the project.",
 [M('Revanth Reddy irrigation review meeting',['irrigation','review'],wd(p,'wednesday',-1),'day','Secretariat',['Revanth Reddy'],'past',ev)])

# 2 modern: a visit with talks next week; the previous visit's year is another event
p='2025-06-04'
ev="German Foreign Minister Johann Wadephul will visit New Delhi next week for talks with External Affairs Minister S. Jaishankar, the Ministry of External Affairs said on Wednesday."
doc('u17wu-02',p,'German Foreign Minister to visit India next week',
 "New Delhi, June 4 (IANS) "+ev+"\n\n"
 "Jaishankar last visited Berlin in May 2024. The two ministers are expected to discuss trade, defence and the situation in Ukraine.",
 [M('Wadephul-Jaishankar talks',['wadephul','jaishankar'],monday(p,1),'week','New Delhi',['Johann Wadephul','S. Jaishankar'],'upcoming',ev)])

# 3 modern: a multi-day conference that opened yesterday; ongoing
p='2025-02-11'
ev="The three-day conference of state police chiefs, which opened in Bhubaneswar on Monday, will conclude on Wednesday with an address by Prime Minister Narendra Modi."
doc('u17wu-03',p,'DGP conference under way in Bhubaneswar',
 "Bhubaneswar, Feb 11 (IANS) "+ev+"\n\n"
 "Union Home Minister Amit Shah addressed the conference on Tuesday and spoke about cyber crime.",
 [M('DGP conference',['conference','police chiefs'],wd(p,'monday',-1),'day','Bhubaneswar',['Narendra Modi','Amit Shah'],'ongoing',ev,end=wd(p,'wednesday',1))])

# 4 1987: a meeting "scheduled for" a day, postponed from another day
p='1987-05-05'
ev="A meeting of Latin American debtor nations, originally set for May 12, will now be held in Buenos Aires on May 19, Argentine officials said."
doc('u17wu-04',p,'DEBTORS MEETING DELAYED',
 "BUENOS AIRES, May 5 - "+ev+"\n\n"
 "The Cartagena group of eleven countries owes about 380 billion dlrs to foreign banks. REUTER",
 [M('Cartagena group debtors meeting',['debtor nations','cartagena'],'1987-05-19','day','Buenos Aires',['Cartagena group'],'upcoming',ev)])

# 5 1987: talks "ended yesterday", next round "in July"
p='1987-06-05'
ev1="Two days of talks between Japan and the European Community on access to Japanese markets ended yesterday in Brussels without agreement, an EC spokesman said."
ev2="The next round of talks is due in Tokyo in July."
doc('u17wu-05',p,'EC, JAPAN TALKS END WITHOUT ACCORD',
 "BRUSSELS, June 5 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('EC-Japan market access talks',['japan','european community','talks'],add(p,-2),'day','Brussels',['Japan','European Community'],'past',ev1,end=add(p,-1)),
  M('EC-Japan talks next round',['next round'],'1987-07','month','Tokyo',['Japan','European Community'],'upcoming',ev2)])

# 6 1987: "the group's last meeting in March" vs its meeting "next week"
p='1987-09-16'
ev="The Association of Tin Producing Countries will meet in Kuala Lumpur next week to review export quotas, an association official said."
doc('u17wu-06',p,'TIN PRODUCERS TO REVIEW QUOTAS',
 "KUALA LUMPUR, Sept 16 - "+ev+"\n\n"
 "At its last meeting in March, the group extended its export quotas to the end of February 1988. REUTER",
 [M('ATPC meeting (next week)',['tin producing countries','quotas'],monday(p,1),'week','Kuala Lumpur',['Association of Tin Producing Countries'],'upcoming',ev),
  M('ATPC meeting (March)',['last meeting','march'],'1987-03','month',None,['Association of Tin Producing Countries'],'past',"At its last meeting in March, the group extended its export quotas to the end of February 1988.")])

# 7 1987: "met for three hours" on a named day, in a city elsewhere
p='1987-01-30'
ev="Treasury Secretary James Baker and West German Finance Minister Gerhard Stoltenberg met for three hours in Washington on Wednesday, a Treasury spokesman said."
doc('u17wu-07',p,'BAKER, STOLTENBERG MET ON WEDNESDAY',
 "BONN, Jan 30 - "+ev+"\n\n"
 "The mark has risen sharply against the dollar since the start of the year. REUTER",
 [M('Baker-Stoltenberg meeting',['baker','stoltenberg'],wd(p,'wednesday',-1),'day','Washington',['James Baker','Gerhard Stoltenberg'],'past',ev)])

# 8 1987: a cabinet meeting "tomorrow"; "a week after" another event
p='1987-03-11'
ev="The Irish cabinet will meet tomorrow to approve the new government's budget, a week after Charles Haughey was elected prime minister."
doc('u17wu-08',p,'IRISH CABINET TO APPROVE BUDGET',
 "DUBLIN, March 11 - "+ev+"\n\n"
 "Finance Minister Ray MacSharry is expected to present the budget to parliament on March 31. REUTER",
 [M('Irish cabinet meeting',['cabinet'],add(p,1),'day','Dublin',['Irish cabinet'],'upcoming',ev)])

# 9 1987: a conference "running through Friday", so far this week
p='1987-10-07'
ev="The International Tin Council, which has been in session in London since Monday, will run through Friday, delegates said."
doc('u17wu-09',p,'TIN COUNCIL SESSION CONTINUES',
 "LONDON, Oct 7 - "+ev+"\n\n"
 "Creditor banks are seeking about 900 mln stg from the council's members. REUTER",
 [M('International Tin Council session',['tin council','session'],wd(p,'monday',-1),'day','London',['International Tin Council'],'ongoing',ev,end=wd(p,'friday',1))])

# 10 modern: an all-party meeting "on Sunday" ahead of a session "from July 21"
# (first annotated without a place; the guideline implies the dateline city
# for a government's or parliament's meeting at home, so both now have it)
p='2025-07-18'
ev1="The government has convened an all-party meeting on Sunday ahead of the Monsoon session of Parliament, Parliamentary Affairs Minister Kiren Rijiju said on Friday."
ev2="The session will begin on July 21 and end on August 21."
doc('u17wu-10',p,'Government calls all-party meeting before Monsoon session',
 "New Delhi, July 18 (IANS) "+ev1+"\n\n"
 +ev2+" The opposition wants a debate on the voter roll revision in Bihar.",
 [M('All-party meeting',['all-party meeting'],wd(p,'sunday',1),'day','New Delhi',['Kiren Rijiju'],'upcoming',ev1),
  M('Monsoon session of Parliament',['monsoon session'],'2025-07-21','day','New Delhi',['Parliament'],'upcoming',ev2,end='2025-08-21')])

# 11 1987: "negotiators" meeting "here" this week, with "the week before" another event
p='1987-02-24'
ev="Negotiators from the Philippines and its creditor banks are meeting here this week to settle the terms of a rescheduling of 9.4 billion dlrs of debt."
doc('u17wu-11',p,'PHILIPPINE DEBT TALKS IN NEW YORK',
 "NEW YORK, Feb 24 - "+ev+"\n\n"
 "Finance Secretary Jaime Ongpin, who leads the Philippine team, said the talks could end by Friday. REUTER",
 [M('Philippines bank debt talks',['philippines','creditor banks'],monday(p,0),'week','New York',['Philippines','Jaime Ongpin'],'ongoing',ev)])

# 12 no meeting: a meeting that was called off
p='1987-08-04'
doc('u17wu-12',p,'OPEC PANEL MEETING CALLED OFF',
 "VIENNA, Aug 4 - A meeting of OPEC's market monitoring committee planned for next week has been called off, an OPEC official said.\n\n"
 "Prices have held near the 18 dlr reference price since June. REUTER",
 [])

# 13 no meeting: a board "meets the criteria", an earnings date
p='1987-11-17'
doc('u17wu-13',p,'DIGITAL SAYS IT MEETS LISTING RULES',
 "MAYNARD, Mass., Nov 17 - Digital Equipment Corp said its board meets the criteria of the new listing rules and that it will report second-quarter earnings on January 14.\n\n"
 "The company's annual meeting was held in November last year. REUTER",
 [M('Digital annual meeting (last year)',['annual meeting'],'1986-11','month',None,['Digital Equipment Corp'],'past',"The company's annual meeting was held in November last year.")|{'optional':True}])

# 14 no meeting: a sports meeting, a court hearing with no named committee
p='1987-07-08'
doc('u17wu-14',p,'LEWIS, JOHNSON TO MEET IN ROME',
 "LONDON, July 8 - Carl Lewis and Ben Johnson will meet over 100 metres at the Rome grand prix athletics meeting on Friday.\n\n"
 "Johnson beat Lewis in Seville in May. REUTER",
 [])

# 15 no meeting: a phone call and a letter
p='1987-04-22'
doc('u17wu-15',p,'NAKASONE CALLS REAGAN',
 "TOKYO, April 22 - Prime Minister Yasuhiro Nakasone telephoned President Reagan on Tuesday to discuss trade friction, a government spokesman said.\n\n"
 "Nakasone also sent a letter to Reagan last week. REUTER",
 [])

# 16 modern: "Thursday's meeting" earlier, "the meeting" later, another Thursday's event
p='2025-03-15'
ev="The GST Council will meet in New Delhi on March 22 to consider a cut in the tax rate on health insurance, officials said on Saturday."
doc('u17wu-16',p,'GST Council to meet on March 22',
 "New Delhi, March 15 (IANS) "+ev+"\n\n"
 "A group of ministers headed by Bihar Deputy Chief Minister Samrat Choudhary submitted its report on Thursday. Finance Minister Nirmala Sitharaman will chair the meeting.",
 [M('GST Council meeting',['gst council'],'2025-03-22','day','New Delhi',['GST Council','Nirmala Sitharaman'],'upcoming',ev)])

write()
