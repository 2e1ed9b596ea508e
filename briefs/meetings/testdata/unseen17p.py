from stories import *

# Issue 17, place and participants on unseen text: 20 stories written for the
# place and participant error classes (implied dateline place, apposition,
# "at the offices of", a place carried by a later mention, parties in a
# neighbouring sentence, the speaker owning the meeting, nationality + noun,
# "officials from", the body named inside the meeting's name, noise words),
# annotated per meetings.GUIDELINE.md before any rule was read or changed and
# measured once (figures in dev_test.go). Two annotations were then corrected
# against the guideline and the dev set's conventions: a speaker who only
# comments on a body's meeting is no participant (u17p-18, as Stoltenberg in
# the dev set), and participants are written as the text has them (u17p-20,
# "state government").

# 1 central bank council in its home city, dateline = home city, no place word
p='1987-03-18'
ev="The Bundesbank is not expected to change its credit policies when its central bank council meets tomorrow, money market dealers said."
doc('u17p-01',p,'BUNDESBANK SEEN HOLDING RATES STEADY',
 "FRANKFURT, March 18 - "+ev+"\n\n"
 "Call money was quoted at 3.80/90 pct, unchanged from yesterday, after the Bundesbank added liquidity through a securities repurchase pact at a rate of 3.80 pct.\n\n"
 "Dealers said the council, which normally meets every other Thursday, had little reason to move after currency markets calmed following the Paris accord. Some 4.1 billion marks from an earlier pact expire today.\n\n"
 "\"There is simply no pressure on the council to do anything at the moment,\" one dealer at a large Duesseldorf bank said. Minimum reserve holdings stood at 51.2 billion marks on Monday. REUTER",
 [M('Bundesbank central bank council meeting',['central bank council','bundesbank'],add(p,1),'day','Frankfurt',['Bundesbank'],'upcoming',ev)])

# 2 delegation arrives here; a place (airport) that is not the meeting's
p='1987-04-07'
ev="A U.S. delegation led by Deputy Trade Representative Michael Smith arrived here today for two days of talks with Japanese officials starting tomorrow on access for American construction firms to public works projects."
doc('u17p-02',p,'U.S. TRADE TEAM IN TOKYO FOR CONSTRUCTION TALKS',
 "TOKYO, April 7 - "+ev+"\n\n"
 "Smith told reporters at Narita airport that Washington wanted to see concrete results on the 8.2 billion dlr Kansai airport project, where U.S. firms say they have been shut out.\n\n"
 "\"We have been patient for a long time,\" he said. The Construction Ministry has said foreign firms are free to bid but must first gain experience in Japan.\n\n"
 "Congress is considering legislation that would bar Japanese contractors from U.S. public works paid for with federal funds. REUTER",
 [M('U.S.-Japan construction talks',['construction','smith'],add(p,1),'day','Tokyo',['U.S.','Michael Smith','Japan'],'upcoming',ev,end=add(p,2))])

# 3 the speaker owns the board meeting; company board: no place; NYSE is no place
p='1987-03-24'
ev="Chrysler Corp <C> said its board will meet Thursday to consider a proposal to raise the quarterly dividend and to authorise a further share buyback."
doc('u17p-03',p,'CHRYSLER BOARD TO CONSIDER DIVIDEND',
 "DETROIT, March 24 - "+ev+"\n\n"
 "A company spokesman declined to say how large an increase would be proposed. Chrysler now pays 25 cts a share quarterly.\n\n"
 "Chrysler shares closed up 1-1/8 at 52-3/8 on the New York Stock Exchange, where 2.1 million shares changed hands. Analysts at Merrill Lynch and Co said the company had cash of about three billion dlrs at the end of 1986.\n\n"
 "Chairman Lee Iacocca told analysts in New York last month that the company would return more cash to shareholders. REUTER",
 [M('Chrysler board meeting',['board'],wd(p,'thursday',1),'day',None,['Chrysler Corp'],'upcoming',ev)])

# 4 apposition place; parties named in the next sentence
p='1987-03-09'
ev="Rubber producers from three countries will meet in the Malaysian capital, Kuala Lumpur, next week to discuss a common stand ahead of talks on a new International Natural Rubber Agreement, industry sources said."
doc('u17p-04',p,'RUBBER PRODUCERS TO MEET',
 "SINGAPORE, March 9 - "+ev+"\n\n"
 "The producers, Malaysia, Indonesia and Thailand, account for about 80 pct of world natural rubber output.\n\n"
 "The current pact expires in October and consumers led by the United States and Japan want a lower reference price. RSS 1 for April was quoted at 215.50 Singapore cents a kilo, up 0.50 from Friday.\n\n"
 "Traders said buying interest from China and the Soviet Union had been thin this month. REUTER",
 [M('rubber producers meeting',['rubber producers','kuala lumpur'],monday(p,1),'week','Kuala Lumpur',['Malaysia','Indonesia','Thailand'],'upcoming',ev)])

# 5 "at the offices of" a place, not a participant
p='1987-06-02'
ev="Representatives of the International Tin Council and its bank creditors will meet at the offices of the Department of Trade and Industry in London on Friday to discuss a settlement of the council's debts."
doc('u17p-05',p,'TIN COUNCIL CREDITORS TO MEET',
 "LONDON, June 2 - "+ev+"\n\n"
 "The council ran out of money in October 1985, leaving debts of around 900 mln stg to banks and London Metal Exchange brokers.\n\n"
 "A spokesman for the creditor banks, who are led by Standard Chartered Bank, said they hoped for an offer from member governments. The council groups 22 countries and the European Community.\n\n"
 "Tin was quoted at 3,950 stg a tonne on the Kuala Lumpur market today. REUTER",
 [M('International Tin Council creditors meeting',['tin council','creditors'],wd(p,'friday',1),'day','Department of Trade and Industry, London',['International Tin Council'],'upcoming',ev)])

# 6 the place carried by a later sentence about the same round
p='1987-05-04'
ev="U.S. and Soviet negotiators will resume talks on medium-range nuclear missiles next week, the State Department said."
doc('u17p-06',p,'U.S., SOVIETS TO RESUME MISSILE TALKS',
 "WASHINGTON, May 4 - "+ev+"\n\n"
 "The round, the eighth since the current arms talks began in March 1985, will be held in Geneva, spokesman Charles Redman told reporters.\n\n"
 "Redman said chief U.S. negotiator Max Kampelman would lead the American side. He gave no date for the end of the round.\n\n"
 "Secretary of State George Shultz returned from Moscow last month saying the two sides were close to a treaty. REUTER",
 [M('U.S.-Soviet medium-range missile talks',['medium-range','missile'],monday(p,1),'week','Geneva',['U.S.','Soviet Union','Max Kampelman'],'upcoming',ev)])

# 7 the minister named earlier, then "He will ..."
p='1987-03-05'
ev="He will travel to Bonn on Monday for talks with West German Finance Minister Gerhard Stoltenberg on exchange rates, a ministry spokesman said."
doc('u17p-07',p,'BALLADUR SAYS FRANC STABLE',
 "PARIS, March 5 - French Finance Minister Edouard Balladur said the franc was stable within the European Monetary System and there was no reason for a realignment.\n\n"
 "Balladur, speaking on RTL radio, said the Paris accord of the Group of Five and Canada had brought calm to currency markets. "+ev+"\n\n"
 "The franc was quoted at 3.3240 per mark at today's Paris fixing, against 3.3235 yesterday. The Bank of France left its intervention rate at 7-3/4 pct. REUTER",
 [M('Balladur-Stoltenberg talks',['stoltenberg','bonn'],wd(p,'monday',1),'day','Bonn',['Edouard Balladur','Gerhard Stoltenberg'],'upcoming',ev)])

# 8 nationality + noun pair; ministers named in the next sentence
p='1987-10-13'
ev="British and Irish ministers held talks in Belfast yesterday under the 1985 Anglo-Irish agreement, their first meeting since the Irish general election."
doc('u17p-08',p,'ANGLO-IRISH TALKS HELD IN BELFAST',
 "LONDON, Oct 13 - "+ev+"\n\n"
 "Northern Ireland Secretary Tom King and Irish Foreign Minister Brian Lenihan discussed cross-border security and the reform of the courts, a joint statement said.\n\n"
 "Protestant politicians boycotted the talks and several hundred loyalists demonstrated outside Stormont Castle. Police said 14 people were arrested.\n\n"
 "Sterling closed at 1.6420 dlrs in London, little changed on the day. REUTER",
 [M('Anglo-Irish ministerial talks',['anglo-irish','belfast'],add(p,-1),'day','Belfast',['Tom King','Brian Lenihan'],'past',ev)])

# 9 "officials from the Group of Five", "here"; "Leading" no participant
p='1987-04-02'
ev="Deputies of finance ministers from the Group of Five leading industrial nations will meet here on Tuesday to prepare for next week's meeting of the International Monetary Fund's Interim Committee, monetary sources said."
doc('u17p-09',p,'G-5 DEPUTIES TO MEET',
 "WASHINGTON, April 2 - "+ev+"\n\n"
 "Leading currency dealers said the dollar's fall against the yen this week had put the Paris accord under strain. The dollar ended at 146.10 yen in New York, down from 149.80 on Monday.\n\n"
 "Members of the Interim Committee, the IMF's policy-making body, will gather on April 9, the sources said.\n\n"
 "U.S. Treasury officials declined comment. REUTER",
 [M('Group of Five deputies meeting',['deputies','group of five'],wd(p,'tuesday',1),'day','Washington',['Group of Five'],'upcoming',ev),
  M('IMF Interim Committee meeting',['interim committee'],'1987-04-09','day','Washington',['IMF Interim Committee'],'upcoming',"Members of the Interim Committee, the IMF's policy-making body, will gather on April 9, the sources said.")])

# 10 the body named only in the meeting's name; "Paris Club" is no place
p='1987-03-16'
ev="Egyptian officials will meet Western creditor governments at a Paris Club meeting on Wednesday to seek a rescheduling of about four billion dlrs of official debt, diplomats said."
doc('u17p-10',p,'EGYPT SEEKS DEBT RESCHEDULING',
 "LONDON, March 16 - "+ev+"\n\n"
 "Egypt reached agreement in principle with the International Monetary Fund last month on a standby credit of about 325 mln dlrs, clearing the way for the talks.\n\n"
 "Bankers said Cairo was behind on payments to several export credit agencies, including Britain's ECGD. REUTER",
 [M('Paris Club meeting on Egypt',['paris club'],wd(p,'wednesday',1),'day',None,['Egypt','Paris Club'],'upcoming',ev)])

# 11 tickers and "Leading"; government body meets firms in its home city
p='1987-03-26'
ev="Leading securities houses, including Nomura Securities Co Ltd <NMRA.T> and Daiwa Securities Co Ltd <DSEC.T>, will meet Finance Ministry officials on Monday to discuss rules for trading in stock index futures, industry sources said."
doc('u17p-11',p,'BROKERS TO DISCUSS INDEX FUTURES WITH MINISTRY',
 "TOKYO, March 26 - "+ev+"\n\n"
 "The ministry wants the Osaka Securities Exchange to launch a futures contract on a basket of 50 stocks by June, the sources said.\n\n"
 "The Nikkei average closed at 21,778.41, up 112.56. Volume was about 1.2 billion shares. REUTER",
 [M('brokers meeting with Finance Ministry',['finance ministry','securities houses'],wd(p,'monday',1),'day','Tokyo',['Nomura Securities','Daiwa Securities','Finance Ministry'],'upcoming',ev)])

# 12 Indian wire: state cabinet in its capital; a rally town that is no place
p='2025-08-21'
ev="The Punjab cabinet will meet on Friday to discuss relief for farmers whose crops were damaged in the floods, officials said."
doc('u17p-12',p,'Punjab cabinet to discuss flood relief on Friday',
 "Chandigarh, Aug 21 (IANS) "+ev+"\n\n"
 "Chief Minister Bhagwant Mann had on Wednesday told a rally in Sangrur that no farmer would be left without compensation and that the state government would approach the Centre for a special package.\n\n"
 "According to preliminary estimates, paddy on more than 1.5 lakh acres has been damaged in Patiala, Sangrur and Fazilka districts.\n\n"
 "The opposition Congress and the Shiromani Akali Dal have demanded Rs 50,000 per acre as compensation.",
 [M('Punjab cabinet meeting',['cabinet'],wd(p,'friday',1),'day','Chandigarh',['Punjab cabinet'],'upcoming',ev)])

# 13 Indian wire: a visitor arrives here for talks; the two last met elsewhere
p='2025-11-12'
ev1="Sri Lankan Foreign Minister Vijitha Herath arrived here on Wednesday on a three-day visit during which he will hold talks with External Affairs Minister S. Jaishankar on Thursday."
ev2="The two ministers last met on the sidelines of the UN General Assembly in New York in September."
doc('u17p-13',p,'Sri Lankan FM in Delhi, talks with Jaishankar on Thursday',
 "New Delhi, Nov 12 (IANS) "+ev1+"\n\n"
 "The talks are expected to cover fishermen's issues, energy connectivity and Indian-assisted housing projects in the island nation, the Ministry of External Affairs said in a statement.\n\n"
 +ev2+" India has extended lines of credit worth over $4 billion to Sri Lanka since 2022.\n\n"
 "Herath will also call on Prime Minister Narendra Modi, the MEA said.",
 [M('Herath-Jaishankar talks',['herath','jaishankar'],wd(p,'thursday',1),'day','New Delhi',['Vijitha Herath','S. Jaishankar'],'upcoming',ev1),
  M('Herath-Jaishankar meeting at UNGA',['sidelines','general assembly'],'2025-09','month','New York',['Vijitha Herath','S. Jaishankar'],'past',ev2)])

# 14 company meeting at a stated headquarters city, dateline elsewhere
p='1987-03-13'
ev="GenCorp Inc <GY> said it will hold its annual meeting on March 31 at its headquarters in Akron, Ohio, as planned despite the tender offer."
doc('u17p-14',p,'GENCORP SETS ANNUAL MEETING',
 "NEW YORK, March 13 - "+ev+"\n\n"
 "General Acquisition Inc, a partnership of Wagner and Brown and AFG Industries Inc <AFG>, has offered 100 dlrs a share for GenCorp.\n\n"
 "GenCorp said its board has not yet taken a position on the offer and urged shareholders to wait. GenCorp shares rose 3/4 to 108-1/2. REUTER",
 [M('GenCorp annual meeting',['annual meeting'],'1987-03-31','day','Akron',['GenCorp Inc'],'upcoming',ev)])

# 15 company meeting at home, no place stated: no dateline place
p='1987-04-06'
ev="Honeywell Inc <HON> said shareholders will be asked to approve an increase in authorised common shares to 200 mln from 100 mln at the annual meeting on April 21."
doc('u17p-15',p,'HONEYWELL TO SEEK MORE SHARES',
 "MINNEAPOLIS, April 6 - "+ev+"\n\n"
 "The company said in its proxy statement that it has no present plans to issue the shares. Honeywell has about 46 mln shares outstanding.\n\n"
 "Chairman Edson Spencer received total compensation of 1.1 mln dlrs in 1986, the proxy said. REUTER",
 [M('Honeywell annual meeting',['annual meeting'],'1987-04-21','day',None,['Honeywell Inc'],'upcoming',ev)])

# 16 delegation arrives: implied place (guideline's Canberra case)
p='1987-02-24'
ev="Australian and New Zealand ministers will review the Closer Economic Relations trade pact at talks starting on Thursday, Trade Minister John Dawkins said."
doc('u17p-16',p,'AUSTRALIA, NZ TO REVIEW TRADE PACT',
 "CANBERRA, Feb 24 - "+ev+"\n\n"
 "A New Zealand delegation led by Deputy Prime Minister Geoffrey Palmer arrives tomorrow.\n\n"
 "Dawkins said the two countries would aim to bring forward the removal of remaining tariffs to 1990 from 1995. Two-way trade reached 4.6 billion Australian dlrs last year. REUTER",
 [M('Australia-New Zealand CER review talks',['closer economic relations','cer'],wd(p,'thursday',1),'day','Canberra',['Australia','New Zealand','John Dawkins','Geoffrey Palmer'],'upcoming',ev)])

# 17 a minister touring abroad: the parties are elsewhere, no place stated
p='1987-03-10'
ev="Foreign Minister Tadashi Kuranari, on a tour of Western Europe, will meet British Prime Minister Margaret Thatcher tomorrow, Foreign Ministry officials said."
doc('u17p-17',p,'KURANARI TO MEET THATCHER',
 "TOKYO, March 10 - "+ev+"\n\n"
 "Kuranari is expected to explain Japan's steps to open its markets and to reduce its 58 billion dlr trade surplus. British officials have threatened to revoke the licences of Japanese financial firms in the City unless Cable and Wireless Plc is allowed a bigger role in Japan's telecommunications market.\n\n"
 "The yen was quoted at 153.60 to the dollar in Tokyo today. REUTER",
 [M('Kuranari-Thatcher meeting',['kuranari','thatcher'],add(p,1),'day',None,['Tadashi Kuranari','Margaret Thatcher'],'upcoming',ev)])

# 18 OPEC conference; the speaker is a member minister who will attend
p='1987-06-15'
ev="Kuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah said OPEC's ministerial conference opening in Vienna on June 25 would probably extend the current output agreement to the end of the year."
doc('u17p-18',p,'KUWAIT SEES OPEC EXTENDING PACT',
 "KUWAIT, June 15 - "+ev+"\n\n"
 "Sheikh Ali told the Kuwait News Agency KUNA that the 18 dlr reference price was holding and there was no need for change. Members have been producing above the 15.8 mln barrels a day ceiling, according to industry estimates.\n\n"
 "Spot Dubai crude traded at 17.60 dlrs a barrel. REUTER",
 [M('OPEC ministerial conference',['opec','ministerial conference'],'1987-06-25','day','Vienna',['OPEC'],'upcoming',ev)])

# 19 EC ministers meeting here; named member nationalities take part
p='1987-04-27'
ev="European Community agriculture ministers began a two-day meeting here today with Dutch, Danish and British ministers opposed to the Commission's plan for a tax on vegetable oils."
doc('u17p-19',p,'EC FARM MINISTERS SPLIT ON OILS TAX',
 "LUXEMBOURG, April 27 - "+ev+"\n\n"
 "Farm Commissioner Frans Andriessen told reporters the tax was needed to help close a budget gap of around five billion European currency units this year.\n\n"
 "The United States has warned it would retaliate against any levy hitting its soybean exports, which total about 2.5 billion dlrs a year. REUTER",
 [M('EC agriculture ministers meeting',['agriculture ministers','two-day meeting'],p,'day','Luxembourg',['European Community','Netherlands','Denmark','Britain'],'ongoing',ev,end=add(p,1))])

# 20 Indian wire: state government talks in its capital; lowercase group
p='2025-01-10'
ev="The state government will hold talks with the Maharashtra Association of Resident Doctors on Monday, Medical Education Minister Hasan Mushrif said."
doc('u17p-20',p,'Maharashtra to hold talks with striking resident doctors',
 "Mumbai, Jan 10 (IANS) Resident doctors at government hospitals across Maharashtra continued their strike for a fourth day on Friday, affecting outpatient services in Pune, Nagpur and Aurangabad.\n\n"
 +ev+"\n\n"
 "The doctors are demanding timely payment of stipends and better security on hospital campuses after an assault on a doctor at a hospital in Sion last week.\n\n"
 "Patients at JJ Hospital said they had waited for hours.",
 [M('Maharashtra government talks with resident doctors',['resident doctors','mushrif'],wd(p,'monday',1),'day','Mumbai',['state government','Maharashtra Association of Resident Doctors','Hasan Mushrif'],'upcoming',ev)])

# 21 "officials from" two countries; "to" a capital; dateline elsewhere
p='1987-01-14'
ev="Talks between officials from China and Portugal on the future of Macao will resume in Peking next week, the Foreign Ministry said."
doc('u17p-21',p,'MACAO TALKS TO RESUME',
 "LISBON, Jan 14 - "+ev+"\n\n"
 "The Portuguese delegation, led by ambassador Rui Medina, will fly to Peking on Sunday. The two sides agreed in principle last year that the territory would return to Chinese rule before the end of the century.\n\n"
 "The escudo was little changed against the dollar in Lisbon trading. REUTER",
 [M('China-Portugal Macao talks',['macao'],monday(p,1),'week','Peking',['China','Portugal','Rui Medina'],'upcoming',ev)])

write()
