from stories import *

# Issue 17, the last out-of-sample check of the meeting rules of this round:
# 9 stories (three with no meeting) written after the unseen17s and 17pc
# rule changes had landed and measured once (the figure is in dev_test.go).

# 1 ministers "resumed their meeting this morning"; the meeting began yesterday
p='1987-08-12'
ev="Foreign ministers of the Association of South East Asian Nations resumed their meeting in Singapore this morning after failing yesterday to agree on a statement on Cambodia, an ASEAN official said."
doc('u17t-01',p,'ASEAN MINISTERS RESUME MEETING',
 "SINGAPORE, Aug 12 - "+ev+"\n\n"
 "Thailand wants a firm call for the withdrawal of Vietnamese troops, while Indonesia favours a softer line, the official said.\n\n"
 "Vietnam invaded Cambodia in December 1978. Talks between the Cambodian factions have been stalled since last year. REUTER",
 [M('ASEAN foreign ministers meeting',['asean','foreign ministers'],add(p,-1),'day','Singapore',['Association of South East Asian Nations'],'ongoing',ev,end=p)])

# 2 no meeting: a central bank rate decision announced, a bond auction, a deadline
p='1987-01-21'
doc('u17t-02',p,'BUNDESBANK LEAVES RATES UNCHANGED',
 "FRANKFURT, Jan 21 - The Bundesbank left its discount and Lombard rates unchanged at 3.5 and 5.5 pct, a spokesman said after the central bank's council decided on its policy today.\n\n"
 "Dealers had expected no change ahead of Sunday's general election. The next federal bond auction is due on February 3.\n\n"
 "Banks must report their minimum reserve holdings by the end of the month. REUTER",
 [M('Bundesbank council meeting',['council'],p,'day','Frankfurt',['Bundesbank'],'past',"The Bundesbank left its discount and Lombard rates unchanged at 3.5 and 5.5 pct, a spokesman said after the central bank's council decided on its policy today.")|{'optional':True}])

# 3 Indian wire: bilateral talks on Thursday; a joint commission meeting next year
p='2025-10-08'
ev1="British Prime Minister Keir Starmer, who arrived in Mumbai on Wednesday on his first official visit to India, will hold talks with Prime Minister Narendra Modi on Thursday."
doc('u17t-03',p,'Starmer arrives in Mumbai, to meet Modi on Thursday',
 "Mumbai, Oct 8 (IANS) "+ev1+"\n\n"
 "Starmer is accompanied by a delegation of more than 100 business leaders. The two countries signed a free trade agreement in London in July.\n\n"
 "The leaders will also attend the Global Fintech Fest at the Jio World Centre, officials said. The India-UK Joint Economic and Trade Committee is expected to meet early next year.",
 [M('Starmer-Modi talks',['starmer','modi'],wd(p,'thursday',1),'day','Mumbai',['Keir Starmer','Narendra Modi'],'upcoming',ev1),
  M('India-UK FTA signing',['free trade agreement'],'2025-07','month','London',['India','United Kingdom'],'past',"The two countries signed a free trade agreement in London in July.")|{'optional':True}])

# 4 "the talks in Geneva" later; a preparatory meeting yesterday
p='1987-05-19'
ev1="Iran and Iraq will begin indirect talks under United Nations auspices in Geneva on Thursday, UN officials said."
ev2="A preparatory meeting of UN officials with the two sides' ambassadors was held yesterday."
doc('u17t-04',p,'IRAN, IRAQ TO HOLD INDIRECT TALKS',
 "NEW YORK, May 19 - "+ev1+"\n\n"
 +ev2+"\n\n"
 "The talks in Geneva will be the first since the war began in September 1980, the officials said. Secretary-General Javier Perez de Cuellar will not attend. REUTER",
 [M('Iran-Iraq indirect talks in Geneva',['indirect talks','geneva'],wd(p,'thursday',1),'day','Geneva',['Iran','Iraq','United Nations'],'upcoming',ev1),
  M('UN preparatory meeting with Iran and Iraq',['preparatory meeting'],add(p,-1),'day',None,['United Nations','Iran','Iraq'],'past',ev2)])

# 5 no meeting: "meet the target", earnings, a vote of shareholders by mail
p='1987-09-30'
doc('u17t-05',p,'GENCORP SEES MEETING TARGETS',
 "AKRON, Ohio, Sept 30 - GenCorp Inc said it expects to meet its target of 10 pct earnings growth in fiscal 1988, which begins on December 1.\n\n"
 "The company said shareholders had approved the sale of its broadcasting unit in a mail ballot that closed on Monday.\n\n"
 "GenCorp shares rose 1-1/4 to 112 on the New York Stock Exchange today. REUTER",
 [])

# 6 a council session "which continues until Friday"; opened Monday
p='1987-03-17'
ev="The EC Council of Ministers' session on the 1987 budget, which opened on Monday, continues until Friday, diplomats said."
doc('u17t-06',p,'EC BUDGET SESSION CONTINUES',
 "BRUSSELS, March 17 - "+ev+"\n\n"
 "Ministers are trying to close a gap of about five billion European Currency Units between spending plans and revenue.\n\n"
 "The European Parliament rejected the Council's draft in December. REUTER",
 [M('EC Council budget session',['council of ministers','budget'],wd(p,'monday',-1),'day','Brussels',['EC Council of Ministers'],'ongoing',ev,end=wd(p,'friday',1))])

# 7 Indian wire: a meeting "held late last night"; a follow-up "in the coming days" (no date)
p='2025-01-14'
ev="The INDIA bloc leaders held a virtual meeting late last night to discuss seat sharing for the Delhi Assembly elections, Congress sources said on Tuesday."
doc('u17t-07',p,'INDIA bloc leaders hold virtual meeting',
 "New Delhi, Jan 14 (IANS) "+ev+"\n\n"
 "The Aam Aadmi Party and the Congress are contesting separately in Delhi, where polling will be held on February 5.\n\n"
 "Leaders are expected to meet again in the coming days, the sources said.",
 [M('INDIA bloc virtual meeting',['india bloc','virtual meeting'],add(p,-1),'day',None,['INDIA bloc'],'past',ev)])

# 8 no meeting: sports (a Test series), a tender
p='1987-11-03'
doc('u17t-08',p,'PAKISTAN SQUAD NAMED FOR ENGLAND SERIES',
 "LAHORE, Nov 3 - Pakistan named an unchanged squad today for the first Test against England, which starts in Lahore on November 25.\n\n"
 "The two sides last met in the World Cup semi-final, which Pakistan lost. England's tour manager Peter Lush said the team would arrive on Saturday.\n\n"
 "Pakistan captain Imran Khan, who retired after the World Cup, has been asked to reconsider. REUTER",
 [])

# 9 "will discuss" with a named minister "when they meet" on a date; another event's date
p='1987-07-29'
ev="Australian Trade Minister John Dawkins will discuss wheat subsidies with U.S. Agriculture Secretary Richard Lyng when they meet in Washington on August 6, two days after the U.S. farm export bill goes to Congress."
doc('u17t-09',p,'DAWKINS TO RAISE WHEAT SUBSIDIES WITH LYNG',
 "CANBERRA, July 29 - "+ev+"\n\n"
 "Australia says U.S. export subsidies have cost its wheat growers about one billion dlrs since the Export Enhancement Program began in May 1985. REUTER",
 [M('Dawkins-Lyng meeting',['dawkins','lyng'],'1987-08-06','day','Washington',['John Dawkins','Richard Lyng'],'upcoming',ev)])

write()
