from stories import *

# Issue 17, helper 17e: a third fresh set for the fresh17k classes (which
# meetings, their dates and status, one entry per meeting), in wordings
# neither fresh17k nor fresh17k2 has, written after the fresh17k2 rules
# landed (461955a) and measured once on that main before any change made
# with it in view. The figure is in fresh17k_test.go.

# 1 a round of talks, three days before a summit of EU leaders
p='2025-12-04'
ev="Ministers are due to hold a fresh round of talks in Brussels on Dec. 9, three days before a summit of EU leaders."
doc('f17k3-01',p,'EU TALKS',
 "BRUSSELS, Dec 4 (Reuters) - "+ev+"\n\n"
 "The talks will focus on the Ukraine loan. REUTER",
 [M('EU ministers talks',['fresh round of talks','ministers'],'2025-12-09','day','Brussels',[],'upcoming',ev),
  M('EU leaders summit',['summit of eu leaders'],'2025-12-12','day','Brussels',['EU'],'upcoming',ev)])

# 2 talks that began on Monday and last three days
p='2025-10-08'
ev="Talks between the two sides, the first since 2019, began in Oslo on Monday and are expected to last three days."
doc('f17k3-02',p,'OSLO TALKS',
 "OSLO, Oct 8 (Reuters) - Colombia's government and the ELN rebel group are meeting in Norway. "+ev+"\n\n"
 "Norway is a guarantor of the process. REUTER",
 [M('Colombia-ELN talks in Oslo',['oslo','talks between the two sides'],wd(p,'monday',-1),'day','Oslo',['Colombia','ELN'],'ongoing',ev,end=wd(p,'wednesday',0))])

# 3 a summit moved from November to January
p='2025-10-08'
ev="The summit, originally planned for November, will now take place in January, the foreign ministry said."
doc('f17k3-03',p,'SUMMIT MOVED',
 "HANOI, Oct 8 (Reuters) - Vietnam will host leaders of the Mekong countries. "+ev+"\n\n"
 "No reason was given. REUTER",
 [M('Mekong summit',['summit','mekong'],'2026-01','month','Hanoi',['Vietnam'],'upcoming',ev)])

# 4 "at Saturday's meeting of the party's central committee"
p='2025-10-13'
ev="The plan was approved at Saturday's meeting of the party's central committee, state media reported."
doc('f17k3-04',p,'PLENUM',
 "BEIJING, Oct 13 (Reuters) - "+ev+"\n\n"
 "The committee also named two new members. REUTER",
 [M('central committee meeting',['central committee'],wd(p,'saturday',-1),'day','Beijing',['central committee'],'past',ev)])

# 5 "who have been meeting in Geneva since Tuesday, are expected to wrap up on Friday"
p='2025-12-04'
ev="The negotiators, who have been meeting in Geneva since Tuesday, are expected to wrap up on Friday."
doc('f17k3-05',p,'PLASTICS TALKS',
 "GENEVA, Dec 4 (Reuters) - Countries remain divided on a global plastics treaty. "+ev+"\n\n"
 "Oil-producing states oppose production caps. REUTER",
 [M('plastics treaty talks in Geneva',['negotiators','geneva'],wd(p,'tuesday',-1),'day','Geneva',[],'ongoing',ev,end=wd(p,'friday',1))])

# 6 a hearing "has been set for"
p='2026-01-07'
ev="A confirmation hearing before the Senate Foreign Relations Committee has been set for Jan. 15."
doc('f17k3-06',p,'NOMINEE HEARING',
 "WASHINGTON, Jan 7 (Reuters) - The White House nominated a new ambassador to Japan on Tuesday. "+ev+"\n\n"
 "The nominee is a former governor. REUTER",
 [M('Senate Foreign Relations Committee hearing',['senate foreign relations committee'],'2026-01-15','day','Washington',['Senate Foreign Relations Committee'],'upcoming',ev)])

# 7 "will gather ... for a peace summit": one gathering
p='2025-10-11'
ev="World leaders will gather in Sharm el-Sheikh on Monday for a peace summit co-chaired by Egypt and the United States."
doc('f17k3-07',p,'GAZA SUMMIT',
 "CAIRO, Oct 11 (Reuters) - "+ev+"\n\n"
 "More than 20 countries are expected to attend. REUTER",
 [M('Sharm el-Sheikh peace summit',['peace summit','sharm el-sheikh'],wd(p,'monday',1),'day','Sharm el-Sheikh',['Egypt','United States'],'upcoming',ev)])

# 8 a meeting on Friday, after a phone call on Thursday (no meeting)
p='2025-10-15'
ev="Zelenskiy said he would meet Trump at the White House on Friday, after a phone call between Trump and Putin on Thursday."
doc('f17k3-08',p,'ZELENSKIY TRUMP',
 "KYIV, Oct 15 (Reuters) - "+ev+"\n\n"
 "Ukraine is seeking long-range missiles. REUTER",
 [M('Zelenskiy-Trump meeting',['zelenskiy','trump','white house'],wd(p,'friday',1),'day','White House',['Zelenskiy','Trump'],'upcoming',ev)])

# 9 "met for the first time on Tuesday, two days after it was set up"
p='2025-06-26'
ev="The committee met for the first time on Tuesday, two days after it was set up by the prime minister."
doc('f17k3-09',p,'NEW COMMITTEE',
 "ISLAMABAD, June 26 (Reuters) - Pakistan has formed a committee to review power contracts. "+ev+"\n\n"
 "It has 90 days to report. REUTER",
 [M('power contracts committee meeting',['committee met'],wd(p,'tuesday',-1),'day','Islamabad',['committee'],'past',ev)])

# 10 an apposition between the group and its verb
p='2025-06-26'
ev="Foreign ministers of the Quad - the United States, India, Japan and Australia - will meet in Washington on July 1."
doc('f17k3-10',p,'QUAD',
 "NEW DELHI, June 26 (Reuters) - "+ev+"\n\n"
 "Maritime security tops the agenda. REUTER",
 [M('Quad foreign ministers meeting',['quad'],'2025-07-01','day','Washington',['Quad','United States','India','Japan','Australia'],'upcoming',ev)])

# 11 spoke by phone and agreed to meet next month
p='2025-11-03'
ev="The two presidents spoke by phone on Monday and agreed to meet in person next month."
doc('f17k3-11',p,'PHONE CALL',
 "ANKARA, Nov 3 (Reuters) - Turkish President Tayyip Erdogan and Syrian President Ahmed al-Sharaa discussed border security. "+ev+"\n\n"
 "No date was announced. REUTER",
 [M('Erdogan-Sharaa meeting',['meet in person'],'2025-12','month',None,['Tayyip Erdogan','Ahmed al-Sharaa'],'upcoming',ev)])

# 12 "The meeting, the third this year, is scheduled for 10 a.m. on Wednesday"
p='2025-11-03'
ev="The meeting, the third this year, is scheduled for 10 a.m. on Wednesday at the finance ministry."
doc('f17k3-12',p,'FISCAL COUNCIL',
 "ROME, Nov 3 (Reuters) - Italy's fiscal council will review the budget draft with Treasury officials. "+ev+"\n\n"
 "The draft must reach Brussels by Nov. 15. REUTER",
 [M('fiscal council meeting',['fiscal council','meeting'],wd(p,'wednesday',1),'day','finance ministry',['fiscal council'],'upcoming',ev)])

# 13 "ended on Friday": a summit past
p='2025-02-17'
ev="The AI Action Summit in Paris ended on Tuesday with a declaration signed by 60 countries."
doc('f17k3-13',p,'AI SUMMIT',
 "LONDON, Feb 17 (Reuters) - Britain and the United States declined to sign. "+ev+"\n\n"
 "The next summit will be held in India. REUTER",
 [M('AI Action Summit',['ai action summit'],'2025-02-11','day','Paris',[],'past',ev)])

# 14 talks called off: no meeting
p='2025-09-29'
doc('f17k3-14',p,'TALKS CALLED OFF',
 "NAIROBI, Sept 29 (Reuters) - Talks between the government and the doctors' union that were scheduled for Thursday were called off after the union walked out.\n\n"
 "Hospitals have been hit by strikes. REUTER",
 [])

# 15 "meet in Brussels on Thursday and Friday"
p='2025-06-23'
ev="The bloc's leaders meet in Brussels on Thursday and Friday."
doc('f17k3-15',p,'EU SUMMIT',
 "BRUSSELS, June 23 (Reuters) - European Union leaders will debate defence spending this week. "+ev+"\n\n"
 "Hungary has threatened a veto. REUTER",
 [M('EU leaders summit',["bloc's leaders",'brussels'],wd(p,'thursday',1),'day','Brussels',['European Union'],'upcoming',ev,end=wd(p,'friday',1))])

# 16 "The ECB's next policy meeting is on Dec. 18"
p='2025-12-04'
ev="The ECB's next policy meeting is on Dec. 18."
doc('f17k3-16',p,'ECB',
 "FRANKFURT, Dec 4 (Reuters) - European Central Bank policymakers see no need to cut rates again, sources said. "+ev+"\n\n"
 "Inflation is at 2.1%. REUTER",
 [M('ECB policy meeting',['ecb','policy meeting'],'2025-12-18','day','Frankfurt',['ECB'],'upcoming',ev)])

# 17 an extraordinary general meeting past
p='2025-06-26'
ev="Shareholders approved the deal at an extraordinary general meeting on Tuesday."
doc('f17k3-17',p,'EGM',
 "STOCKHOLM, June 26 (Reuters) - Swedish telecoms group Telia Company said the sale of its TV unit would close in July. "+ev+"\n\n"
 "The buyer is a private equity fund. REUTER",
 [M('Telia extraordinary general meeting',['extraordinary general meeting'],wd(p,'tuesday',-1),'day',None,['Telia Company'],'past',ev)])

# 18 the next meeting and the online meeting of today's story
p='2025-11-03'
ev="OPEC+ will hold its next meeting on Nov. 30, the group said after a brief online meeting on Sunday."
doc('f17k3-18',p,'OPEC+',
 "LONDON, Nov 3 (Reuters) - "+ev+"\n\n"
 "The group paused output increases for the first quarter. REUTER",
 [M('OPEC+ meeting (next)',['next meeting'],'2025-11-30','day',None,['OPEC+'],'upcoming',ev),
  M('OPEC+ online meeting',['online meeting'],wd(p,'sunday',-1),'day',None,['OPEC+'],'past',ev)])

# 19 "resumed on Monday ... and will run through Friday"
p='2025-10-08'
ev="Negotiations on the fisheries accord resumed on Monday after a two-week break and will run through Friday."
doc('f17k3-19',p,'FISHERIES',
 "BRUSSELS, Oct 8 (Reuters) - "+ev+"\n\n"
 "Norway and the EU disagree on mackerel quotas. REUTER",
 [M('fisheries accord negotiations',['fisheries accord'],wd(p,'monday',-1),'day',None,['Norway','EU'],'ongoing',ev,end=wd(p,'friday',1))])

# 20 "wrapped up on Thursday"
p='2025-02-28'
ev="The G20 finance ministers' meeting in Cape Town wrapped up on Thursday without a joint communique."
doc('f17k3-20',p,'G20',
 "CAPE TOWN, Feb 28 (Reuters) - "+ev+"\n\n"
 "The U.S. Treasury Secretary did not attend. REUTER",
 [M('G20 finance ministers meeting',['g20 finance ministers'],'2025-02-27','day','Cape Town',['G20'],'past',ev)])

# 21 "will sit in an extraordinary session on Saturday"
p='2025-10-08'
ev="Parliament will sit in an extraordinary session on Saturday to vote on the bill."
doc('f17k3-21',p,'PARLIAMENT',
 "LISBON, Oct 8 (Reuters) - "+ev+"\n\n"
 "The government needs opposition votes. REUTER",
 [M('extraordinary session of parliament',['extraordinary session'],wd(p,'saturday',1),'day','Lisbon',['Parliament'],'upcoming',ev)])

# 22 "is holding talks with ... today"
p='2026-01-14'
ev="Danish Foreign Minister Lars Lokke Rasmussen is holding talks with U.S. Vice President JD Vance at the White House today."
doc('f17k3-22',p,'GREENLAND',
 "COPENHAGEN, Jan 14 (Reuters) - "+ev+"\n\n"
 "Greenland's foreign minister is also attending. REUTER",
 [M('Rasmussen-Vance talks',['rasmussen','vance'],p,'day','White House',['Lars Lokke Rasmussen','JD Vance'],'ongoing',ev)])

# 23 "last month's meeting" refers to another meeting; "the meeting" merges
p='2026-01-14'
ev="The central bank's board will meet on Jan. 28 to decide on rates."
ev2="At last month's meeting, the board kept the rate at 4.5%."
doc('f17k3-23',p,'RATES',
 "SANTIAGO, Jan 14 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Most economists expect the meeting to end with a cut. REUTER",
 [M('central bank board meeting (January)',['jan. 28','board'],'2026-01-28','day','Santiago',['central bank'],'upcoming',ev),
  M('central bank board meeting (December)',["last month's meeting"],'2025-12','month','Santiago',['central bank'],'past',ev2)])

# 24 a visit and "the talks" later
p='2025-09-29'
ev="Japanese Prime Minister Shigeru Ishiba will hold talks with South Korean President Lee Jae-myung in Busan on Tuesday."
doc('f17k3-24',p,'ISHIBA BUSAN',
 "SEOUL, Sept 29 (Reuters) - "+ev+"\n\n"
 "The talks are expected to cover trade and North Korea. The two leaders last met in Tokyo in August. REUTER",
 [M('Ishiba-Lee talks in Busan',['busan','ishiba'],'2025-09-30','day','Busan',['Shigeru Ishiba','Lee Jae-myung'],'upcoming',ev),
  M('Ishiba-Lee meeting in Tokyo',['tokyo'],'2025-08','month','Tokyo',['Shigeru Ishiba','Lee Jae-myung'],'past',"The two leaders last met in Tokyo in August.")])

write()
