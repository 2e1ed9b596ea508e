from stories import *

# Issue 17, helper 17e: a fourth fresh set, on one entry per meeting: later
# mentions ("The meeting", "Friday's talks", "the Johannesburg summit", "At
# the meeting") that are the meeting found first, and meetings of one kind
# on other days or at other levels that stay apart. Written after the
# fresh17k3 rules landed (adb7b86) and measured once on that main before
# any change made with it in view. The figure is in fresh17k_test.go.

# 1 "The meeting" and "Friday's talks" merge; the July meeting is another
p='2025-08-05'
ev="Delegations from Armenia and Azerbaijan will meet in Washington on Friday."
ev2="Friday's talks follow a meeting of the two leaders in Abu Dhabi in July."
doc('f17k4-01',p,'CAUCASUS TALKS',
 "WASHINGTON, Aug 5 (Reuters) - "+ev+" The meeting, hosted by Secretary of State Marco Rubio, will focus on a transit corridor. "
 +ev2+"\n\n"
 "Both sides have initialled a draft treaty. REUTER",
 [M('Armenia-Azerbaijan talks in Washington',['washington','delegations'],wd(p,'friday',1),'day','Washington',['Armenia','Azerbaijan','Marco Rubio'],'upcoming',ev),
  M('Armenia-Azerbaijan leaders meeting in Abu Dhabi',['abu dhabi'],'2025-07','month','Abu Dhabi',['Armenia','Azerbaijan'],'past',ev2)])

# 2 a two-day meeting "ending on Friday"; "its January meeting" is another
p='2025-12-15'
ev="The Bank of Japan holds a two-day policy meeting ending on Friday."
ev2="The BOJ last raised rates at its January meeting."
doc('f17k4-02',p,'BOJ',
 "TOKYO, Dec 15 (Reuters) - "+ev+" At the meeting, the board is expected to raise rates to 0.75%. "
 +ev2+"\n\n"
 "The yen has weakened past 155 per dollar. REUTER",
 [M('Bank of Japan policy meeting',['bank of japan','policy meeting'],wd(p,'thursday',1),'day','Tokyo',['Bank of Japan'],'upcoming',ev,end=wd(p,'friday',1)),
  M('Bank of Japan January meeting',['january meeting'],'2025-01','month','Tokyo',['Bank of Japan'],'past',ev2)])

# 3 met on Monday, will meet again on Thursday: two
p='2025-11-19'
ev="Union and management negotiators met on Monday and will meet again on Thursday, the union said."
doc('f17k4-03',p,'PORT TALKS',
 "MONTREAL, Nov 19 (Reuters) - The longshore workers' union is seeking a 20% raise. "+ev+"\n\n"
 "A strike could start on Dec. 1. REUTER",
 [M('union-management talks (Monday)',['met on monday'],wd(p,'monday',-1),'day',None,[],'past',ev),
  M('union-management talks (Thursday)',['meet again'],wd(p,'thursday',1),'day',None,[],'upcoming',ev)])

# 4 "The Johannesburg summit", "the summit": one
p='2025-11-17'
ev="Leaders of the Group of 20 meet in Johannesburg on Saturday and Sunday."
doc('f17k4-04',p,'G20',
 "JOHANNESBURG, Nov 17 (Reuters) - "+ev+" The Johannesburg summit will be the first held in Africa. "
 "U.S. officials will not attend the summit.\n\n"
 "South Africa wants a declaration on debt. REUTER",
 [M('G20 summit',['group of 20','johannesburg summit'],wd(p,'saturday',1),'day','Johannesburg',['Group of 20'],'upcoming',ev,end=wd(p,'sunday',1))])

# 5 "Shareholders at the meeting": one
p='2026-01-19'
ev="The company's annual meeting is set for May 14 in Dallas."
doc('f17k4-05',p,'AGM',
 "DALLAS, Jan 19 (Reuters) - Texas Instruments Inc said it would propose three new directors. "+ev+" "
 "Shareholders at the meeting will vote on a new board.\n\n"
 "The chip maker reports results on Jan. 27. REUTER",
 [M('Texas Instruments annual meeting',['annual meeting'],'2026-05-14','day','Dallas',['Texas Instruments Inc'],'upcoming',ev)])

# 6 euro zone ministers on Monday, all 27 on Tuesday: two
p='2025-09-01'
ev="Finance ministers from the euro zone meet on Monday, followed by a meeting of all 27 EU finance ministers on Tuesday."
doc('f17k4-06',p,'EU FINANCE',
 "BRUSSELS, Sept 1 (Reuters) - "+ev+"\n\n"
 "The digital euro tops the agenda. REUTER",
 [M('Eurogroup meeting',['euro zone'],p,'day','Brussels',['euro zone'],'upcoming',ev),
  M('EU finance ministers meeting',['all 27 eu finance ministers'],wd(p,'tuesday',1),'day','Brussels',['EU'],'upcoming',ev)])

# 7 a panel on Wednesday, a full meeting on Dec 1, "Wednesday's meeting"
p='2025-10-27'
ev1="The OPEC+ monitoring panel meets on Wednesday."
ev2="A full ministerial meeting is due on Dec. 1."
doc('f17k4-07',p,'OPEC+',
 "DUBAI, Oct 27 (Reuters) - "+ev1+" "+ev2+" Wednesday's meeting is not expected to recommend changes.\n\n"
 "Oil fell 1% on Monday. REUTER",
 [M('OPEC+ monitoring panel meeting',['monitoring panel'],wd(p,'wednesday',1),'day',None,['OPEC+'],'upcoming',ev1),
  M('OPEC+ ministerial meeting',['ministerial meeting'],'2025-12-01','day',None,['OPEC+'],'upcoming',ev2)])

# 8 "Britain requested the meeting": one
p='2025-10-30'
ev="The U.N. Security Council will hold an emergency meeting on Sudan on Friday, diplomats said."
doc('f17k4-08',p,'UNSC SUDAN',
 "NEW YORK, Oct 30 (Reuters) - "+ev+" Britain requested the meeting after reports of mass killings in El Fasher.\n\n"
 "The RSF denies targeting civilians. REUTER",
 [M('UN Security Council emergency meeting on Sudan',['security council','emergency meeting'],wd(p,'friday',1),'day','New York',['U.N. Security Council'],'upcoming',ev)])

# 9 a bilateral on the sidelines, the summit, and their last meeting
p='2025-09-01'
ev="Modi and Xi met on the sidelines of the SCO summit in Tianjin on Sunday."
ev2="Their previous meeting was in Kazan in October 2024."
doc('f17k4-09',p,'MODI XI',
 "NEW DELHI, Sept 1 (Reuters) - "+ev+" It was Modi's first visit to China in seven years. "+ev2+"\n\n"
 "Trade and the border dominated the talks. REUTER",
 [M('Modi-Xi meeting',['modi and xi'],wd(p,'sunday',-1),'day','Tianjin',['Modi','Xi'],'past',ev),
  M('SCO summit',['sco summit'],wd(p,'sunday',-1),'day','Tianjin',['SCO'],'past',ev),
  M('Modi-Xi meeting in Kazan',['kazan'],'2024-10','month','Kazan',['Modi','Xi'],'past',ev2)])

# 10 "At the end of the two-day meeting": one
p='2025-10-23'
ev="The central bank's policy committee met on Tuesday and Wednesday."
doc('f17k4-10',p,'RATES HELD',
 "JAKARTA, Oct 23 (Reuters) - "+ev+" At the end of the two-day meeting, it held its benchmark rate at 4.75%.\n\n"
 "The rupiah firmed. REUTER",
 [M('Bank Indonesia policy meeting',['policy committee'],wd(p,'tuesday',-1),'day','Jakarta',['central bank'],'past',ev,end=wd(p,'wednesday',-1))])

# 11 "The talks, at deputy level, will be the first since": one
p='2025-07-22'
ev="Iran and the E3 will hold talks in Istanbul on Friday, the foreign ministry said."
doc('f17k4-11',p,'IRAN E3',
 "TEHRAN, July 22 (Reuters) - "+ev+" The talks, at the level of deputy foreign ministers, will be the first since the June war.\n\n"
 "The E3 have threatened to reimpose sanctions. REUTER",
 [M('Iran-E3 talks in Istanbul',['e3','istanbul'],wd(p,'friday',1),'day','Istanbul',['Iran','E3'],'upcoming',ev)])

# 12 ministers on Nov 21, officials' preparatory talks on Nov 19-20: two
p='2025-11-13'
ev1="Ministers from the 12 CPTPP countries will meet in Melbourne on Nov. 21."
ev2="Officials will hold preparatory talks in Melbourne on Nov. 19-20."
doc('f17k4-12',p,'CPTPP',
 "CANBERRA, Nov 13 (Reuters) - "+ev1+" "+ev2+"\n\n"
 "Costa Rica's accession will be discussed. REUTER",
 [M('CPTPP ministers meeting',['cptpp','ministers'],'2025-11-21','day','Melbourne',['CPTPP'],'upcoming',ev1),
  M('CPTPP officials preparatory talks',['preparatory talks'],'2025-11-19','day','Melbourne',[],'upcoming',ev2,end='2025-11-20')])

# 13 the summit and a meeting "there" on its first day
p='2025-10-23'
ev="The ASEAN summit opens in Kuala Lumpur on Sunday."
ev2="Trump will attend the summit on its first day and meet Malaysian Prime Minister Anwar Ibrahim there."
doc('f17k4-13',p,'ASEAN',
 "KUALA LUMPUR, Oct 23 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Thailand and Cambodia are expected to sign a peace accord. REUTER",
 [M('ASEAN summit',['asean summit'],wd(p,'sunday',1),'day','Kuala Lumpur',['ASEAN'],'upcoming',ev),
  M('Trump-Anwar meeting',['anwar ibrahim'],wd(p,'sunday',1),'day','Kuala Lumpur',['Trump','Anwar Ibrahim'],'upcoming',ev2)])

write()
