from stories import *

# Issue 17, sixth fresh set: thirteen stories written after the unseen17e
# rule changes and measured once, as an out-of-sample check of them.

# 1 head of government meets provincial premiers at home; talks with no time
p='1987-03-11'
ev="Prime Minister Brian Mulroney will meet the 10 provincial premiers on Monday to discuss the free trade talks with the United States, his office said."
doc('u17g-01',p,'MULRONEY TO MEET PREMIERS ON TRADE',
 "OTTAWA, March 11 - "+ev+"\n\nThe premiers want a say in any agreement.",
 [M('Mulroney meeting with provincial premiers',['provincial premiers','mulroney'],wd(p,'monday',1),'day','Ottawa',['Brian Mulroney','provincial premiers'],'upcoming',ev)])

# 2 commission talks "here" with a nationality + noun
p='1987-10-02'
ev="The European Commission will hold talks with Japanese officials here next Thursday on car exports, a Commission spokesman said."
doc('u17g-02',p,'EC, JAPAN TO DISCUSS CAR EXPORTS',
 "BRUSSELS, Oct 2 - "+ev+"\n\nJapanese car sales in the Community rose 12 pct last year.",
 [M('EC-Japan car export talks',['car exports','japanese officials'],wd(p,'thursday',1),'day','Brussels',['European Commission','Japan'],'upcoming',ev)])

# 3 company annual meeting at its headquarters building; ticker
p='1987-04-02'
ev="Sears, Roebuck and Co <S> said its annual meeting will be held on May 14 at the company's headquarters in the Sears Tower."
doc('u17g-03',p,'SEARS SETS ANNUAL MEETING',
 "CHICAGO, April 2 - "+ev+"\n\nShareholders will vote on a proposal to stagger board terms.",
 [M('Sears annual meeting',['sears','annual meeting'],'1987-05-14','day','Sears Tower',['Sears, Roebuck and Co'],'upcoming',ev)])

# 4 union meets company; leader in the next sentence; place of the dispute is not the meeting's
p='1988-02-03'
ev="Leaders of the National Union of Seamen will meet P and O European Ferries management on Thursday in an attempt to settle the dispute at Dover, the union said."
doc('u17g-04',p,'SEAMEN, P AND O TO MEET',
 "LONDON, Feb 3 - "+ev+" General secretary Sam McCluskie will lead the union's team.\n\nFerry services from Dover have been disrupted for a week.",
 [M('NUS-P and O talks',['national union of seamen','p and o'],wd(p,'thursday',1),'day',None,['National Union of Seamen','P and O European Ferries','Sam McCluskie'],'upcoming',ev)])

# 5 apposition place elsewhere than the dateline; regional group
p='1989-05-11'
ev="African environment ministers will meet in the Egyptian capital, Cairo, next week to prepare a common position on toxic waste shipments, the U.N. Environment Programme said."
doc('u17g-05',p,'AFRICAN MINISTERS TO DISCUSS TOXIC WASTE',
 "NAIROBI, May 11 - "+ev+"\n\nSeveral African states have been paid to take European waste.",
 [M('African environment ministers meeting',['african environment ministers'],monday(p,1),'week','Cairo',['African environment ministers'],'upcoming',ev)])

# 6 federation's committee; place only in the next sentence; "English clubs" no party
p='1989-12-01'
ev="UEFA's executive committee will meet on Wednesday to decide whether to readmit English clubs to European competition, a spokesman for European soccer's governing body said."
doc('u17g-06',p,'UEFA TO DECIDE ON ENGLISH CLUBS',
 "PARIS, Dec 1 - "+ev+" The meeting in Geneva will also discuss crowd safety.\n\nEnglish clubs were banned after the Heysel stadium disaster in 1985.",
 [M('UEFA executive committee meeting',['uefa','executive committee'],wd(p,'wednesday',1),'day','Geneva',['UEFA'],'upcoming',ev)])

# 7 congressional hearing at home; chairman speaker
p='1987-06-15'
ev="The House Energy and Commerce subcommittee on oversight will hold a hearing on Thursday on the safety of the Shoreham nuclear plant, subcommittee chairman John Dingell said."
doc('u17g-07',p,'HOUSE PANEL TO HOLD SHOREHAM HEARING',
 "WASHINGTON, June 15 - "+ev+"\n\nThe plant on Long Island has never operated commercially.",
 [M('House oversight subcommittee hearing on Shoreham',['subcommittee','hearing'],wd(p,'thursday',1),'day','Washington',['House Energy and Commerce subcommittee on oversight','John Dingell'],'upcoming',ev)])

# 8 speaker owns the meeting; member list in the next sentence; war no party
p='1987-01-20'
ev="The Gulf Cooperation Council said its foreign ministers would meet in Riyadh on Saturday to discuss the Iran-Iraq war."
doc('u17g-08',p,'GULF MINISTERS TO MEET IN RIYADH',
 "KUWAIT, Jan 20 - "+ev+" The council groups Saudi Arabia, Kuwait, Bahrain, Qatar, the United Arab Emirates and Oman.\n\nIranian forces have pushed towards Basra.",
 [M('GCC foreign ministers meeting',['gulf cooperation council','foreign ministers'],wd(p,'saturday',1),'day','Riyadh',['Gulf Cooperation Council'],'upcoming',ev)])

# 9 nationality + noun pair; speaker is a news agency
p='1990-08-14'
ev="Chinese and Vietnamese officials will hold border talks in Beijing later this month, the official Xinhua news agency said."
doc('u17g-09',p,'CHINA, VIETNAM TO HOLD BORDER TALKS',
 "BEIJING, Aug 14 - "+ev+"\n\nThe two countries fought a border war in 1979.",
 [M('China-Vietnam border talks',['border talks'],'1990-08','month','Beijing',['China','Vietnam'],'upcoming',ev)])

# 10 visiting prime minister's talks here; visitor named by surname later
p='1987-11-06'
ev="New Zealand Prime Minister David Lange will hold talks with Prime Minister Bob Hawke here on Monday on defence ties, officials said."
doc('u17g-10',p,'LANGE, HAWKE TO DISCUSS DEFENCE',
 "CANBERRA, Nov 6 - "+ev+" Lange arrives on Sunday.\n\nNew Zealand bans nuclear-armed ships from its ports.",
 [M('Lange-Hawke talks',['lange','hawke'],wd(p,'monday',1),'day','Canberra',['David Lange','Bob Hawke'],'upcoming',ev)])

# 11 company directors at a bank's offices in another city; dateline city in the company name
p='1987-03-04'
ev="Directors of Cleveland-Cliffs Inc <CLF> will meet at the New York offices of Goldman Sachs and Co on Friday to review takeover offers, people familiar with the matter said."
doc('u17g-11',p,'CLEVELAND-CLIFFS BOARD TO REVIEW OFFERS',
 "CLEVELAND, March 4 - "+ev+"\n\nThe iron ore producer has received two offers.",
 [M('Cleveland-Cliffs board meeting',['cleveland-cliffs','directors'],wd(p,'friday',1),'day','New York offices of Goldman Sachs',['Cleveland-Cliffs Inc'],'upcoming',ev)])

# 12 talks ended here today; the same talks to resume later (second entry)
p='1987-06-30'
ev="Talks between the European Community and the United States on farm trade ended here today without agreement, diplomats said."
ev2="The talks, which began on Monday, are to resume in September."
doc('u17g-12',p,'EC-U.S. FARM TALKS END WITHOUT ACCORD',
 "GENEVA, June 30 - "+ev+" "+ev2+"\n\nWashington wants an end to export subsidies.",
 [M('EC-U.S. farm trade talks',['farm trade'],wd(p,'monday',-1),'day','Geneva',['European Community','United States'],'past',ev,end=p),
  M('EC-U.S. farm trade talks resumption',['resume in september'],'1987-09','month',None,['European Community','United States'],'upcoming',ev2)])

# 13 "Members" of a party meet at home (organisation in its home city); prime minister no party
p='1987-10-14'
ev="Members of Japan's ruling Liberal Democratic Party will meet on Friday to choose a successor to Prime Minister Yasuhiro Nakasone, party officials said."
doc('u17g-13',p,'LDP TO CHOOSE NAKASONE SUCCESSOR',
 "TOKYO, Oct 14 - "+ev+"\n\nThree men are seeking the post.",
 [M('LDP meeting to choose Nakasone successor',['liberal democratic party'],wd(p,'friday',1),'day','Tokyo',['Liberal Democratic Party'],'upcoming',ev)])

write()
