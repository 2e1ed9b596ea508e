from stories import *

# Issue 17, helper 17c: the classes of fresh17q (places, status and dates of
# meetings on wire stories) in other wordings, written after the fresh17q
# rules landed (main 2b57a2e) and measured once on that main before any
# further change (the figure is in dev_test.go, TestFresh17q2Set).
# Annotated by meetings.GUIDELINE.md.

# 1 "Salary negotiations" opens the sentence; a hospital trust and a union: no place
p='2026-04-02'
ev="Salary negotiations between the Royal College of Nursing and the hospital trust resume on April 9, the union said."
doc('f17q2-01',p,'Nurses pay',
 "LONDON, April 2 (Reuters) - "+ev+" "
 "Nurses voted last month to reject a 4% offer. REUTER",
 [M('RCN salary negotiations',['salary negotiations','royal college of nursing'],'2026-04-09','day',None,['Royal College of Nursing'],'upcoming',ev)])

# 2 "Contract talks" opens the sentence, the city stated
p='2026-03-17'
ev="Contract talks between the Teamsters union and United Parcel Service will restart in Atlanta next Tuesday."
doc('f17q2-02',p,'UPS talks',
 "NEW YORK, March 17 (Reuters) - "+ev+" "
 "The current agreement expires in July. REUTER",
 [M('Teamsters-UPS contract talks',['contract talks','teamsters'],wd(add(p,1),'tuesday',1),'day','Atlanta',['Teamsters','United Parcel Service'],'upcoming',ev)])

# 3 "the German capital" in 2026
p='2026-05-19'
ev="Defence ministers from the Weimar Triangle countries will meet in the German capital on Friday to discuss air defence."
doc('f17q2-03',p,'Weimar Triangle',
 "WARSAW, May 19 (Reuters) - "+ev+" "
 "Poland has pushed for a joint procurement fund. REUTER",
 [M('Weimar Triangle defence ministers meeting',['weimar triangle','defence ministers'],wd(p,'friday',1),'day','Berlin',['Weimar Triangle'],'upcoming',ev)])

# 4 "the Ukrainian capital"
p='2026-08-06'
ev="European foreign ministers will hold an informal meeting in the Ukrainian capital next week, the EU's foreign policy chief said."
doc('f17q2-04',p,'EU ministers in Kyiv',
 "BRUSSELS, Aug 6 (Reuters) - "+ev+" "
 "It would be the second such meeting held in Ukraine. REUTER",
 [M('EU foreign ministers informal meeting',['informal meeting','foreign ministers'],monday(p,1),'week','Kyiv',['EU'],'upcoming',ev)])

# 5 a central bank's committee: next meeting and its earlier one, home city
p='2026-03-17'
ev="The Reserve Bank of Australia's board meets on March 30 and 31 and is expected to hold the cash rate at 3.60%."
ev2="At its February meeting, the board said inflation risks had eased."
doc('f17q2-05',p,'RBA on hold',
 "SYDNEY, March 17 (Reuters) - "+ev+" "+ev2+"\n\n"
 "The Australian dollar was steady. REUTER",
 [M('RBA board meeting',['board meets'],'2026-03-30','day','Sydney',['Reserve Bank of Australia'],'upcoming',ev,end='2026-03-31'),
  M('RBA February meeting',['february meeting'],'2026-02','month','Sydney',['Reserve Bank of Australia'],'past',ev2)])

# 6 deputies' preparatory meeting today and the ministers' on Thursday, the body's seat
p='2026-02-24'
ev="Deputy foreign ministers of the Organization of American States held a preparatory session on Tuesday ahead of Thursday's meeting of the bloc's foreign ministers."
doc('f17q2-06',p,'OAS meetings',
 "WASHINGTON, Feb 24 (Reuters) - "+ev+" "
 "Venezuela is expected to dominate the agenda.\n\n"
 "The United States pays most of the bloc's budget. REUTER",
 [M('OAS deputy ministers preparatory session',['preparatory session','deputy foreign ministers'],p,'day','Washington',['Organization of American States'],'past',ev),
  M('OAS foreign ministers meeting',["thursday's meeting"],wd(p,'thursday',1),'day','Washington',['Organization of American States'],'upcoming',ev)])

# 7 "in this Black Sea resort"
p='2026-09-22'
ev="Leaders of the Commonwealth of Independent States will hold their annual summit in this Black Sea resort on Thursday, the Kremlin said."
doc('f17q2-07',p,'CIS summit',
 "SOCHI, Russia, Sept 22 (Reuters) - "+ev+" "
 "Several leaders have said they will not attend. REUTER",
 [M('CIS summit',['commonwealth of independent states','summit'],wd(p,'thursday',1),'day','Sochi',['Commonwealth of Independent States'],'upcoming',ev)])

# 8 talks on the margins of a conference placed in another sentence
p='2026-02-12'
ev="German Chancellor Friedrich Merz will meet U.S. Vice President JD Vance on Saturday on the margins of the Munich Security Conference, a government spokesman said."
ev2="The conference opens in Munich on Friday."
doc('f17q2-08',p,'Merz Vance',
 "BERLIN, Feb 12 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Ukraine is expected to top the agenda. REUTER",
 [M('Merz-Vance meeting',['vance'],wd(p,'saturday',1),'day','Munich',['Friedrich Merz','JD Vance'],'upcoming',ev),
  M('Munich Security Conference',['munich security conference','conference opens'],wd(p,'friday',1),'day','Munich',['Munich Security Conference'],'upcoming',ev2)])

# 9 talks "began" today at a body in its seat
p='2026-06-03'
ev="Talks between Iran and the International Atomic Energy Agency on resuming inspections began at the agency on Wednesday."
doc('f17q2-09',p,'Iran IAEA talks',
 "VIENNA, June 3 (Reuters) - "+ev+" "
 "Inspectors have not visited key sites for a year.\n\n"
 "Western powers want a full report by September. REUTER",
 [M('Iran-IAEA talks',['iran','inspections'],p,'day','Vienna',['Iran','International Atomic Energy Agency'],'ongoing',ev)])

# 10 talks "resumed" today in a named city
p='2026-02-25'
ev="Peace talks between South Sudan's government and holdout rebel groups resumed in Nairobi on Wednesday after a three-month break."
doc('f17q2-10',p,'South Sudan talks',
 "NAIROBI, Feb 25 (Reuters) - "+ev+" "
 "Kenya's president is mediating.\n\n"
 "Fighting has displaced thousands this year. REUTER",
 [M('South Sudan peace talks',['peace talks','south sudan'],p,'day','Nairobi',["South Sudan"],'ongoing',ev)])

# 11 a group's officials met, the dateline country hosting
p='2026-01-19'
ev="Senior officials from the Quad grouping met on Monday to prepare the leaders' summit that India will host later this year, the foreign ministry said."
doc('f17q2-11',p,'Quad officials',
 "NEW DELHI, Jan 19 (Reuters) - "+ev+" "
 "The summit was postponed last year. REUTER",
 [M('Quad senior officials meeting',['senior officials','quad'],p,'day','New Delhi',['Quad'],'past',ev)])

# 12 a next meeting held by video conference, the last one in Baku
p='2026-02-18'
ev="Their next meeting, set for March, will be held by video conference, the ministry said."
ev2="The ministers last met in Baku in November."
doc('f17q2-12',p,'Caspian ministers',
 "ASTANA, Feb 18 (Reuters) - Foreign ministers of the five Caspian states have agreed a draft on fishing quotas. "
 +ev2+" "+ev+"\n\n"
 "The sea's level is falling. REUTER",
 [M('Caspian foreign ministers Baku meeting',['baku'],'2025-11','month','Baku',['Caspian states'],'past',ev2),
  M('Caspian foreign ministers video conference',['video conference','next meeting'],'2026-03','month',None,['Caspian states'],'upcoming',ev)])

# 13 a committee meeting virtually at its seat's dateline
p='2026-11-13'
ev="The Bank of England's Financial Policy Committee will meet virtually on Tuesday to discuss risks from private credit."
doc('f17q2-13',p,'BoE FPC',
 "LONDON, Nov 13 (Reuters) - "+ev+" "
 "Its record will be published next month. REUTER",
 [M('BoE FPC meeting',['financial policy committee'],wd(p,'tuesday',1),'day',None,['Bank of England'],'upcoming',ev)])

# 14 the dateline is not the body's seat
p='2026-12-09'
ev="The Federal Reserve's policymakers meet next week, and futures show a cut is fully priced in."
doc('f17q2-14',p,'Yen and Fed',
 "TOKYO, Dec 9 (Reuters) - The yen weakened past 155 per dollar on Wednesday. "+ev+"\n\n"
 "Japan's finance minister warned against rapid moves. REUTER",
 [M('Fed policy meeting',['policymakers meet'],monday(p,1),'week',None,['Federal Reserve'],'upcoming',ev)])

# 15 "at the finance ministry"
p='2026-10-02'
ev="Finance ministers of Germany and France met at the finance ministry on Friday to discuss a common position on the EU budget."
doc('f17q2-15',p,'Franco-German finance',
 "BERLIN, Oct 2 (Reuters) - "+ev+" "
 "They gave no news conference. REUTER",
 [M('Franco-German finance ministers meeting',['finance ministers'],p,'day','finance ministry',['Germany','France'],'past',ev)])

# 16 "which began on Tuesday, ends on Thursday"
p='2026-06-03'
ev="The three-day conference of OPEC's research committee, which began on Tuesday, ends on Thursday."
doc('f17q2-16',p,'OPEC research',
 "VIENNA, June 3 (Reuters) - "+ev+" "
 "Delegates are studying demand scenarios to 2050. REUTER",
 [M('OPEC research committee conference',['research committee'],wd(p,'tuesday',-1),'day','Vienna',['OPEC'],'ongoing',ev,end=wd(p,'thursday',1))])

# 17 "Parliament reconvened on Monday" today
p='2026-01-19'
ev="Parliament reconvened on Monday after the Christmas recess with a bill on energy prices at the top of the agenda."
doc('f17q2-17',p,'Irish parliament',
 "DUBLIN, Jan 19 (Reuters) - "+ev+" "
 "The government holds a narrow majority. REUTER",
 [M('Parliament session',['parliament reconvened'],p,'day','Dublin',['Parliament'],'ongoing',ev)])

# 18 "kicked off a new round of negotiations on Friday" today
p='2026-11-13'
ev="Britain and India kicked off a new round of negotiations on an investment treaty on Friday, the trade department said."
doc('f17q2-18',p,'UK India investment',
 "LONDON, Nov 13 (Reuters) - "+ev+" "
 "The round is expected to last a week.\n\n"
 "A free trade agreement was signed last year. REUTER",
 [M('UK-India investment treaty negotiations',['new round of negotiations','investment treaty'],p,'day',None,['Britain','India'],'ongoing',ev,end=add(p,6))])

# 19 a month where a decision may come, the view in the past
p='2026-11-13'
ev="Investors saw little chance of a hike at the Bank of Japan's December meeting after Governor Kazuo Ueda's remarks on Thursday."
doc('f17q2-19',p,'BOJ bets',
 "TOKYO, Nov 13 (Reuters) - "+ev+" "
 "The yen fell.\n\n"
 "Japanese bond yields eased. REUTER",
 [M('BOJ December meeting',['december meeting'],'2026-12','month','Tokyo',['Bank of Japan'],'upcoming',ev)])

# 20 "signalled a pause at its January meeting" in December
p='2026-12-09'
ev="Several policymakers signalled a pause at the European Central Bank's January meeting, sources told Reuters."
doc('f17q2-20',p,'ECB pause',
 "FRANKFURT, Dec 9 (Reuters) - "+ev+" "
 "Inflation has returned to target. REUTER",
 [M('ECB January meeting',['january meeting'],'2027-01','month','Frankfurt',['European Central Bank'],'upcoming',ev)])

# 21 a weekday with a day-month date
p='2026-10-02'
ev="The board of the state railway will meet on Wednesday 14 October to approve the timetable, the transport ministry said."
doc('f17q2-21',p,'Railway board',
 "PRAGUE, Oct 2 (Reuters) - "+ev+" "
 "Unions have threatened a strike. REUTER",
 [M('state railway board meeting',['board of the state railway'],'2026-10-14','day',None,['state railway'],'upcoming',ev)])

# 22 apposition "in the port city of Aden"
p='2026-07-14'
ev="Yemen's government and separatists will hold talks in the southern port city of Aden on Saturday, Saudi state media said."
doc('f17q2-22',p,'Yemen talks',
 "RIYADH, July 14 (Reuters) - "+ev+" "
 "Saudi Arabia is mediating. REUTER",
 [M('Yemen government-separatists talks',['separatists','aden'],wd(p,'saturday',1),'day','Aden',["Yemen"],'upcoming',ev)])

# 23 "in three weeks"
p='2026-05-19'
ev="The two presidents will meet in three weeks to sign the border agreement, Ecuador's foreign minister said."
doc('f17q2-23',p,'Peru Ecuador',
 "QUITO, May 19 (Reuters) - "+ev+" "
 "The venue has not been decided. REUTER",
 [M('Ecuador-Peru presidents meeting',['two presidents'],monday(p,3),'week',None,['Ecuador','Peru'],'upcoming',ev)])

# 24 "met late on Monday" with a visitor at home
p='2026-01-20'
ev="President Lee Jae-myung met Japan's prime minister late on Monday for talks on supply chains, his office said."
doc('f17q2-24',p,'Korea Japan',
 "SEOUL, Jan 20 (Reuters) - "+ev+" "
 "The Japanese leader is on a two-day visit. REUTER",
 [M('Lee-Japan talks',['supply chains'],wd(p,'monday',-1),'day','Seoul',['Lee Jae-myung','Japan'],'past',ev)])

# 25 the "talks in [city]" later mention
p='2026-09-22'
ev="Negotiators from Israel and Lebanon will meet next week on maritime security, a U.S. official said."
doc('f17q2-25',p,'Israel Lebanon',
 "WASHINGTON, Sept 22 (Reuters) - "+ev+" "
 "The talks in Naqoura will be mediated by the United States.\n\n"
 "A ceasefire has held since last year. REUTER",
 [M('Israel-Lebanon talks',['negotiators','naqoura'],monday(p,1),'week','Naqoura',['Israel','Lebanon'],'upcoming',ev)])

# 26 a summit "here" that opened yesterday and ends today
p='2026-05-19'
ev="The two-day summit, which opened here yesterday, ends today with a communique on migration."
doc('f17q2-26',p,'EU-Africa summit',
 "ROME, May 19 (Reuters) - Leaders of the European Union and the African Union are meeting in Rome. "+ev+"\n\n"
 "Italy hosts the gathering. REUTER",
 [M('EU-AU summit',['two-day summit'],add(p,-1),'day','Rome',['European Union','African Union'],'ongoing',ev,end=p)])

# 27 a ministry hosted by a named minister
p='2026-03-17'
ev="Indonesia's Foreign Minister Sugiono will host his Australian counterpart Penny Wong in Jakarta on Thursday for talks on maritime cooperation."
doc('f17q2-27',p,'Indonesia Australia',
 "JAKARTA, March 17 (Reuters) - "+ev+" "
 "The two signed a security treaty last year. REUTER",
 [M('Indonesia-Australia foreign ministers talks',['penny wong','sugiono'],wd(p,'thursday',1),'day','Jakarta',['Sugiono','Penny Wong'],'upcoming',ev)])

# 28 "At their last summit in June" under the seat's dateline
p='2026-10-02'
ev="At their June summit, NATO leaders agreed to raise the spending target, the alliance's secretary-general said."
doc('f17q2-28',p,'NATO spending',
 "BRUSSELS, Oct 2 (Reuters) - NATO defence ministers will meet on Oct. 15. "+ev+"\n\n"
 "Spain has said it will not meet the target. REUTER",
 [M('NATO defence ministers meeting',['defence ministers'],'2026-10-15','day','Brussels',['NATO'],'upcoming',"NATO defence ministers will meet on Oct. 15."),
  M('NATO summit',['june summit'],'2026-06','month',None,['NATO'],'past',ev)])

# 29 a union-employer meeting at a mediation service
p='2026-02-25'
ev="The union and the bus operator will meet at the offices of the mediation service Acas on Monday."
doc('f17q2-29',p,'Bus strike',
 "MANCHESTER, England, Feb 25 (Reuters) - Bus drivers walked out for a second week. "+ev+"\n\n"
 "Services are running at a third of normal levels. REUTER",
 [M('union-operator meeting at Acas',['acas'],wd(p,'monday',1),'day','offices of the mediation service Acas',[],'upcoming',ev)])

# 30 no meeting: a deadline and a habit
p='2026-07-14'
doc('f17q2-30',p,'Deadline',
 "BRUSSELS, July 14 (Reuters) - EU negotiators meet U.S. officials regularly on steel. "
 "The deadline for a deal on tariffs is Aug. 1, the Commission said. REUTER",
 [])

write()
