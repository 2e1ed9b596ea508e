from stories import *

# Issue 17, participants: 16 stories written by the participants helper of
# session 6 after its unseen17pi changes had landed (904289e), a last check
# of what the participant rules generalise to: a visitor named two sentences
# before "He will meet", members listed before the body ("... make up the
# council's oil committee. The committee will meet"), "met leaders of the
# major U.S. banks", a reporter that is no party, "talks between" a body
# with its initialism and a delegation led by someone, two meetings of one
# story with different people, a committee questioning a bank president,
# "said its ministers would meet", lowercase groups, a delegation headed by
# someone, "Its policy board meets" after the bank, and words that are no
# party (a recess, a region, a nationality before a topic). Annotated per
# meetings.GUIDELINE.md and measured once before any change made with them
# in view (figures in members_test.go).

# 1 "He will meet" two sentences after the visitor's full name
p='1987-07-26'
ev="He will meet Vietnamese Foreign Minister Nguyen Co Thach on Monday."
doc('u17pj-01',p,'MOCHTAR IN HANOI',
 "JAKARTA, July 26 - Indonesian Foreign Minister Mochtar Kusumaatmadja arrived in Hanoi today on a three-day visit.\n\n"
 "Officials said the visit would focus on Cambodia. "+ev+" REUTER",
 [M('Mochtar-Thach talks',['nguyen co thach','thach'],wd(p,'monday',1),'day','Hanoi',['Mochtar Kusumaatmadja','Nguyen Co Thach'],'upcoming',ev)])

# 2 members listed in the sentence before the body's meeting
p='1987-08-12'
ev="The committee will meet in Riyadh on Saturday to review oil output, Gulf officials said."
doc('u17pj-02',p,'GULF OIL COMMITTEE TO MEET',
 "KUWAIT, Aug 12 - Saudi Arabia, Kuwait, the United Arab Emirates and Qatar make up the Gulf Cooperation Council's oil committee.\n\n"+ev+" REUTER",
 [M('GCC oil committee meeting',['committee','riyadh'],wd(p,'saturday',1),'day','Riyadh',['Gulf Cooperation Council','Saudi Arabia','Kuwait','United Arab Emirates','Qatar'],'upcoming',ev)])

# 3 "met leaders of the major U.S. banks"
p='1987-03-11'
ev="Treasury Secretary James Baker met leaders of the major U.S. banks on Tuesday to discuss Third World debt, a Treasury spokesman said."
doc('u17pj-03',p,'BAKER MEETS BANKERS ON DEBT',
 "WASHINGTON, March 11 - "+ev+"\n\n"
 "No details were given. REUTER",
 [M('Baker-banks meeting',['baker','banks'],wd(p,'tuesday',-1),'day','Washington',['James Baker','major U.S. banks'],'past',ev)])

# 4 a broker reports another company's creditors' meeting
p='1987-06-09'
ev="Merrill Lynch analysts said Texaco Inc's creditors will meet in White Plains on Friday to review the company's reorganisation plan."
doc('u17pj-04',p,'TEXACO CREDITORS TO MEET',
 "NEW YORK, June 9 - "+ev+"\n\n"
 "Texaco filed for protection from its creditors in April. REUTER",
 [M('Texaco creditors meeting',['creditors','texaco'],wd(p,'friday',1),'day','White Plains',['Texaco Inc'],'upcoming',ev)])

# 5 "talks between" a body with its initialism and a delegation led by someone
p='1985-09-11'
ev="Talks between the African National Congress (ANC) and a delegation of South African businessmen led by Gavin Relly will open in Lusaka on Friday."
doc('u17pj-05',p,'BUSINESSMEN TO MEET ANC',
 "JOHANNESBURG, Sept 11 - "+ev+"\n\n"
 "President P.W. Botha has criticised the trip. REUTER",
 [M('ANC-businessmen talks',['anc','relly'],wd(p,'friday',1),'day','Lusaka',['African National Congress','South African businessmen','Gavin Relly'],'upcoming',ev)])

# 6 Indian wire: the ministry reports; the visitor and the hosts by nationality
p='2024-12-03'
ev="India's Ministry of External Affairs said on Tuesday that Foreign Secretary Vikram Misri will visit Dhaka next week for talks with Bangladeshi officials."
doc('u17pj-06',p,'Misri to visit Dhaka',
 "New Delhi, Dec 3 (IANS) "+ev+"\n\n"
 "Relations have been strained since August.",
 [M('Misri talks in Dhaka',['misri','dhaka'],monday(p,1),'week','Dhaka',['Vikram Misri','Bangladesh'],'upcoming',ev)])

# 7 a legislature after a recess; its president reports
p='1987-12-21'
ev="The Philippine Congress will reconvene on January 11 after the Christmas recess, Senate President Jovito Salonga said."
doc('u17pj-07',p,'CONGRESS TO RECONVENE',
 "MANILA, Dec 21 - "+ev+"\n\n"
 "Land reform will top its agenda. REUTER",
 [M('Philippine Congress session',['congress','reconvene'],'1988-01-11','day','Manila',['Philippine Congress'],'upcoming',ev)])

# 8 two nationalities' farm ministers
p='1987-03-23'
ev="French and West German farm ministers will meet in Bonn on Thursday to coordinate their stand on EC farm prices."
doc('u17pj-08',p,'FRENCH, GERMAN FARM MINISTERS TO MEET',
 "PARIS, March 23 - "+ev+"\n\n"
 "Both oppose cuts in guaranteed cereal prices. REUTER",
 [M('Franco-German farm ministers meeting',['farm ministers','bonn'],wd(p,'thursday',1),'day','Bonn',['France','West Germany'],'upcoming',ev)])

# 9 two meetings with different people
p='1987-06-03'
ev1="Pope John Paul will receive President Reagan at the Vatican on Saturday."
ev2="Reagan will then fly to Venice, where he will join the leaders of the seven major industrial democracies for their annual economic summit on Monday."
doc('u17pj-09',p,'REAGAN TO SEE POPE',
 "ROME, June 3 - "+ev1+"\n\n"+ev2+" REUTER",
 [M('Pope-Reagan audience',['vatican','pope'],wd(p,'saturday',1),'day','Vatican',['Pope John Paul','Reagan'],'upcoming',ev1),
  M('Venice economic summit',['economic summit','venice'],wd(p,'monday',1),'day','Venice',['Reagan','seven major industrial democracies'],'upcoming',ev2)])

# 10 a parliament's committee questioning a bank president
p='1987-01-26'
ev="Members of the Bundestag's finance committee will question Bundesbank President Karl Otto Poehl on Wednesday about the mark's rise."
doc('u17pj-10',p,'POEHL TO FACE COMMITTEE',
 "BONN, Jan 26 - "+ev+"\n\n"
 "The mark hit a record against the dollar last week. REUTER",
 [M('Bundestag finance committee hearing',['finance committee','poehl'],wd(p,'wednesday',1),'day','Bonn',['Bundestag finance committee','Karl Otto Poehl'],'upcoming',ev)])

# 11 "said its ministers would meet"; a second meeting the first prepares
p='1987-03-16'
ev="The Group of 77 developing countries said its ministers would meet in Havana next month to prepare for the UNCTAD conference in Geneva in July."
doc('u17pj-11',p,'GROUP OF 77 TO MEET IN HAVANA',
 "GENEVA, March 16 - "+ev+"\n\n"
 "Debt and commodity prices will dominate both meetings. REUTER",
 [M('Group of 77 ministerial meeting',['group of 77','havana'],'1987-04','month','Havana',['Group of 77'],'upcoming',ev),
  M('UNCTAD conference',['unctad'],'1987-07','month','Geneva',['UNCTAD'],'upcoming',ev)])

# 12 Indian wire: the Centre and lowercase unions; the speaker is no party
p='2025-02-10'
ev="The Centre will hold talks with the protesting farmers' unions in Chandigarh on Friday, Agriculture Minister Shivraj Singh Chouhan said."
doc('u17pj-12',p,'Centre to hold talks with farmers',
 "New Delhi, Feb 10 (IANS) "+ev+"\n\n"
 "The unions are demanding a legal guarantee of minimum support prices.",
 [M('Centre-farmers talks',["farmers' unions",'chandigarh'],wd(p,'friday',1),'day','Chandigarh',['Centre',"farmers' unions"],'upcoming',ev)])

# 13 a delegation headed by someone, in the same sentence
p='1987-10-02'
ev="A Soviet delegation headed by Deputy Foreign Minister Igor Rogachev will hold talks in Peking on Monday on normalising relations."
doc('u17pj-13',p,'ROGACHEV TO VISIT PEKING',
 "MOSCOW, Oct 2 - "+ev+"\n\n"
 "It will be the 11th round of consultations. REUTER",
 [M('Sino-Soviet consultations',['rogachev','soviet delegation'],wd(p,'monday',1),'day','Peking',['Soviet Union','Igor Rogachev'],'upcoming',ev)])

# 14 a region and a nationality before a topic are no parties
p='1987-05-15'
ev="Leaders of the South Pacific Forum will meet in Apia, Western Samoa, on May 29 to discuss French nuclear testing in the Pacific."
doc('u17pj-14',p,'FORUM LEADERS TO MEET',
 "WELLINGTON, May 15 - "+ev+"\n\n"
 "New Zealand Prime Minister David Lange said he would press for a regional ban. REUTER",
 [M('South Pacific Forum meeting',['south pacific forum','apia'],'1987-05-29','day','Apia',['South Pacific Forum'],'upcoming',ev)])

# 15 "Its policy board meets" after the bank
p='1987-09-01'
ev="Its policy board meets on Thursday."
doc('u17pj-15',p,'BOJ SEEN HOLDING RATE',
 "TOKYO, Sept 1 - The Bank of Japan is expected to keep its discount rate at a record low 2.5 pct, bank officials said.\n\n"+ev+" REUTER",
 [M('Bank of Japan policy board meeting',['policy board'],wd(p,'thursday',1),'day','Tokyo',['Bank of Japan'],'upcoming',ev)])

# 16 Indian wire: a minister will chair a meeting of a council
p='2024-12-19'
ev="Union Home Minister Amit Shah will chair a meeting of the North Eastern Council in Shillong on Saturday."
doc('u17pj-16',p,'Shah to chair NEC meeting',
 "Guwahati, Dec 19 (IANS) "+ev+"\n\n"
 "Chief ministers of the eight northeastern states are members of the council.",
 [M('North Eastern Council meeting',['north eastern council','shillong'],wd(p,'saturday',1),'day','Shillong',['Amit Shah','North Eastern Council'],'upcoming',ev)])

write()
