from stories import *

# Issue 17, session 7 (participants): a fresh set of stories written for the
# participant classes (members named in the next sentence, chair and host in
# a relative clause or the next sentence, the body inside the meeting's own
# name, lowercase and national groups, topics, sources and sentence-initial
# words that are no parties, a parent body beside its committee, "the two
# sides"/"the bloc"/"the company" aliases), measured once before any rule
# change made with them in view (the figure is in roles_test.go). Two place
# slips were corrected after that first measurement: the GST Council in New
# Delhi and the Bundesbank council in Frankfurt are bodies meeting at home,
# whose place the guideline implies from the dateline.

# 1 members listed in the next sentence
p='1987-04-14'
ev="Finance ministers of the Group of Ten will meet in Washington on Thursday, monetary sources said."
doc('f17r-01',p,'G-10 TO MEET',
 "PARIS, April 14 - "+ev+"\n\n"
 "Gerhard Stoltenberg, Edouard Balladur and Nigel Lawson are expected to attend. "
 "The meeting will discuss exchange rates. REUTER",
 [M('G-10 finance ministers meeting',['group of ten','g-10'],wd(p,'thursday',1),'day','Washington',['Group of Ten','Gerhard Stoltenberg','Edouard Balladur','Nigel Lawson'],'upcoming',ev)])

# 2 chaired by, in a relative clause; the topic country is no party
p='2025-09-08'
ev="The GST Council, which is chaired by Finance Minister Nirmala Sitharaman, will meet on Wednesday to discuss rate cuts on textiles and imports from China."
doc('f17r-02',p,'GST COUNCIL TO MEET',
 "NEW DELHI, Sept 8 - "+ev+"\n\n"
 "Several states have sought compensation for revenue losses. REUTER",
 [M('GST Council meeting',['gst council'],wd(p,'wednesday',1),'day','New Delhi',['GST Council','Nirmala Sitharaman'],'upcoming',ev)])

# 3 the body named only inside the meeting's name
p='2025-08-25'
ev="The Pacific Islands Forum Leaders Meeting opens in Honiara on Monday with climate finance at the top of the agenda."
doc('f17r-03',p,'PACIFIC LEADERS GATHER',
 "HONIARA, Aug 25 - "+ev+"\n\n"
 "Host Prime Minister Jeremiah Manele will chair the meeting. REUTER",
 [M('Pacific Islands Forum Leaders Meeting',['pacific islands forum','leaders meeting'],wd(p,'monday',1),'day','Honiara',['Pacific Islands Forum','Jeremiah Manele'],'ongoing',ev)])

# 4 national group of lowercase words; the source is no party
p='1987-06-02'
ev="Australian wool growers will meet Soviet buyers in Sydney next week to discuss the new season's contracts, the Australian Wool Corporation said."
doc('f17r-04',p,'WOOL GROWERS, SOVIET BUYERS TO MEET',
 "SYDNEY, June 2 - "+ev+"\n\n"
 "The Soviet Union bought about 10 pct of the clip last season. REUTER",
 [M('Australian wool growers - Soviet buyers meeting',['wool growers','soviet buyers'],monday(p,1),'week','Sydney',['Australian wool growers','Soviet Union'],'upcoming',ev)])

# 5 the speaker owns the meeting: "X said its board will meet"
p='1987-03-17'
ev="Allegheny International Inc said its board of directors will meet on Friday to consider the offer from First Boston Corp."
doc('f17r-05',p,'ALLEGHENY BOARD TO MEET',
 "PITTSBURGH, March 17 - "+ev+"\n\n"
 "The company said it had retained Goldman Sachs as adviser. REUTER",
 [M('Allegheny International board meeting',['board','allegheny'],wd(p,'friday',1),'day',None,['Allegheny International Inc'],'upcoming',ev)])

# 6 "the two sides": the parties are named in the sentence before
p='2025-10-13'
ev="The two sides will hold the next round of talks in New Delhi on October 27."
doc('f17r-06',p,'INDIA, NEW ZEALAND TRADE TALKS',
 "NEW DELHI, Oct 13 - India and New Zealand concluded a third round of negotiations on a free trade agreement on Friday, the commerce ministry said.\n\n"
 +ev+" Commerce Minister Piyush Goyal will lead the Indian delegation. REUTER",
 [M('India-New Zealand FTA round (third)',['third round','free trade agreement'],wd(p,'friday',-1),'day',None,['India','New Zealand'],'past',
    "India and New Zealand concluded a third round of negotiations on a free trade agreement on Friday, the commerce ministry said."),
  M('India-New Zealand FTA round (next)',['next round','talks'],'2025-10-27','day','New Delhi',['India','New Zealand','Piyush Goyal'],'upcoming',ev)])

# 7 a sentence-initial adverb and a holiday are no parties
p='1987-04-08'
ev="Instead, the Bundesbank council will meet on April 23, after the Easter holiday, a spokesman said."
doc('f17r-07',p,'BUNDESBANK MEETING DELAYED',
 "FRANKFURT, April 8 - The Bundesbank will not hold its council meeting this week as had been expected. "
 +ev+"\n\nMoney market dealers had expected a cut in the discount rate. REUTER",
 [M('Bundesbank council meeting',['bundesbank','council'],'1987-04-23','day','Frankfurt',['Bundesbank'],'upcoming',ev)])

# 8 the parent body beside its committee is one party
p='1987-04-06'
ev="The IMF's Interim Committee will meet in Washington on Thursday, with the debt crisis expected to dominate."
doc('f17r-08',p,'IMF COMMITTEE TO MEET',
 "WASHINGTON, April 6 - "+ev+"\n\n"
 "The Development Committee meets on Friday. REUTER",
 [M('IMF Interim Committee meeting',['interim committee'],wd(p,'thursday',1),'day','Washington',['IMF Interim Committee'],'upcoming',ev),
  M('Development Committee meeting',['development committee'],wd(p,'friday',1),'day','Washington',['Development Committee'],'upcoming',"The Development Committee meets on Friday.")])

# 9 "will also be attended by" in the next sentence
p='2025-11-03'
ev="Prime Minister Anthony Albanese will host Indonesian President Prabowo Subianto for talks in Canberra on Wednesday."
doc('f17r-09',p,'PRABOWO TO VISIT CANBERRA',
 "CANBERRA, Nov 3 - "+ev+"\n\n"
 "The talks will also be attended by Foreign Minister Penny Wong and Defence Minister Richard Marles. "
 "The two leaders are expected to sign a security treaty. REUTER",
 [M('Albanese-Prabowo talks',['prabowo','talks'],wd(p,'wednesday',1),'day','Canberra',['Anthony Albanese','Prabowo Subianto','Penny Wong','Richard Marles'],'upcoming',ev)])

# 10 a topic after "on" and a possessive that is not an attendee
p='1987-05-11'
ev="Japanese and U.S. officials will hold talks in Tokyo on Thursday on Washington's sanctions against Japanese semiconductor makers."
doc('f17r-10',p,'CHIP TALKS SET',
 "TOKYO, May 11 - "+ev+"\n\n"
 "Toshiba Corp and NEC Corp are among the firms hit by the tariffs, trade officials said. REUTER",
 [M('U.S.-Japan semiconductor talks',['semiconductor','talks'],wd(p,'thursday',1),'day','Tokyo',['Japan','United States'],'upcoming',ev)])

# 11 led by, in the next sentence; the union as a lowercase group
p='1987-02-23'
ev="British Airways management and unions will resume pay talks on Wednesday, the airline said."
doc('f17r-11',p,'BA PAY TALKS RESUME',
 "LONDON, Feb 23 - "+ev+"\n\n"
 "The unions' side will be led by Bill Morris of the Transport and General Workers Union. REUTER",
 [M('British Airways pay talks',['pay talks','british airways'],wd(p,'wednesday',1),'day',None,['British Airways','unions','Bill Morris'],'upcoming',ev)])

# 12 a national group: "Latin American debtor nations"; the source is a ministry
p='1987-09-01'
ev="Latin American debtor nations will meet in Acapulco later this month to coordinate their stance on foreign debt, Mexico's finance ministry said."
doc('f17r-12',p,'DEBTORS TO MEET',
 "MEXICO CITY, Sept 1 - "+ev+"\n\n"
 "The meeting follows Brazil's suspension of interest payments. REUTER",
 [M('Latin American debtors meeting',['debtor nations','acapulco'],'1987-09','month','Acapulco',['Latin American debtor nations'],'upcoming',ev)])

# 13 the chair and members in an apposition list; "the bloc" later
p='2025-10-20'
ev="ASEAN leaders will gather in Kuala Lumpur on Sunday for a summit chaired by Malaysian Prime Minister Anwar Ibrahim."
doc('f17r-13',p,'ASEAN SUMMIT',
 "KUALA LUMPUR, Oct 20 - "+ev+"\n\n"
 "Timor-Leste will be admitted as the bloc's eleventh member at the meeting, officials said. REUTER",
 [M('ASEAN summit',['asean','summit'],wd(p,'sunday',1),'day','Kuala Lumpur',['ASEAN','Anwar Ibrahim'],'upcoming',ev)])

# 14 a minister named in the sentence before the meeting
p='1987-07-20'
ev="He will meet Japanese Finance Minister Kiichi Miyazawa in Tokyo on Wednesday."
doc('f17r-14',p,'BAKER TO VISIT TOKYO',
 "WASHINGTON, July 20 - U.S. Treasury Secretary James Baker leaves for Asia on Tuesday, the Treasury said.\n\n"
 +ev+" REUTER",
 [M('Baker-Miyazawa meeting',['miyazawa','baker'],wd(p,'wednesday',1),'day','Tokyo',['James Baker','Kiichi Miyazawa'],'upcoming',ev)])

# 15 two countries named, then "the two countries"; a topic country after "on"
p='2025-09-15'
ev="Officials from India and the United States will meet in New Delhi on Tuesday to resume talks on a trade deal, the commerce ministry said."
doc('f17r-15',p,'INDIA-US TRADE TALKS',
 "NEW DELHI, Sept 15 - "+ev+"\n\n"
 "Brendan Lynch, the U.S. chief negotiator for South and Central Asia, will lead the American team. "
 "The two countries had paused talks after Washington imposed tariffs over India's purchases of Russian oil. REUTER",
 [M('India-US trade talks',['trade deal','talks'],wd(p,'tuesday',1),'day','New Delhi',['India','United States','Brendan Lynch'],'upcoming',ev)])

# 16 communist rebels and the government: lowercase parties
p='1987-01-05'
ev="The Philippine government and communist rebels will resume peace talks on Wednesday, a government negotiator said."
doc('f17r-16',p,'PHILIPPINE PEACE TALKS',
 "MANILA, Jan 5 - "+ev+"\n\n"
 "Teofisto Guingona heads the government panel. REUTER",
 [M('Philippine peace talks',['peace talks'],wd(p,'wednesday',1),'day',None,['Philippine government','communist rebels','Teofisto Guingona'],'upcoming',ev)])

# 17 the company's annual meeting, a person who addresses it; a city-named street
p='1987-04-21'
ev="Chairman John Akers will address IBM's annual meeting in Tampa next Monday."
doc('f17r-17',p,'IBM MEETING',
 "ARMONK, N.Y., April 21 - "+ev+"\n\n"
 "Shareholders will vote on a proposal from Wall Street investors. REUTER",
 [M('IBM annual meeting',['annual meeting','ibm'],wd(p,'monday',1),'day','Tampa',['IBM','John Akers'],'upcoming',ev)])

# 18 "X and Y will also attend" in the next sentence
p='2025-11-10'
ev="Environment ministers from more than 190 countries open the COP30 climate conference in Belem on Monday."
doc('f17r-18',p,'COP30 OPENS',
 "BELEM, Brazil, Nov 10 - "+ev+"\n\n"
 "UN Secretary-General Antonio Guterres and Brazilian President Luiz Inacio Lula da Silva will also attend. REUTER",
 [M('COP30 climate conference',['cop30','climate conference'],wd(p,'monday',1),'day','Belem',['Antonio Guterres','Luiz Inacio Lula da Silva'],'ongoing',ev)])

# 19 the two negotiators and their countries; nationality + noun
p='1987-03-02'
ev="British and Irish negotiators will meet in Belfast on Thursday to review the Anglo-Irish agreement."
doc('f17r-19',p,'ANGLO-IRISH TALKS',
 "BELFAST, March 2 - "+ev+"\n\n"
 "Northern Ireland Secretary Tom King will lead the British side. REUTER",
 [M('Anglo-Irish talks',['anglo-irish','negotiators'],wd(p,'thursday',1),'day','Belfast',['Britain','Ireland','Tom King'],'upcoming',ev)])

# 20 "the union said it will meet": the union is named earlier; the company
p='2025-09-29'
ev="The union said it would meet Boeing negotiators on Thursday."
doc('f17r-20',p,'BOEING STRIKE TALKS',
 "SEATTLE, Sept 29 - The International Association of Machinists, which represents 3,200 workers at Boeing's defence plants in St. Louis, rejected the company's latest offer on Sunday. "
 +ev+" REUTER",
 [M('Boeing-IAM talks',['negotiators','boeing'],wd(p,'thursday',1),'day',None,['International Association of Machinists','Boeing'],'upcoming',ev)])

write()
