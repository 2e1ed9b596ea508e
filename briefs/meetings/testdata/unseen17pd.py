from stories import *

# Issue 17, place and participants: 9 stories written after the unseen17pc
# and unseen17r fixes (testdata/unseen17pd.py), in new wordings, annotated
# per meetings.GUIDELINE.md and measured once (figures in dev_test.go).

# 1 a regional group's leaders meet in another capital
p='1987-10-20'
ev="Nordic prime ministers will hold their annual meeting in Helsinki on Thursday, with Sweden's Ingvar Carlsson expected to push for a joint stand on nuclear-free zones, officials said."
doc('u17pd-01',p,'NORDIC LEADERS TO MEET',
 "STOCKHOLM, Oct 20 - "+ev+"\n\n"
 "Denmark and Norway, both NATO members, have been cool to the idea. The Swedish crown was steady at 6.38 to the dollar. REUTER",
 [M('Nordic prime ministers annual meeting',['nordic','helsinki'],wd(p,'thursday',1),'day','Helsinki',['Nordic prime ministers','Ingvar Carlsson'],'upcoming',ev)])

# 2 a minister confers with counterparts here
p='1987-02-09'
ev="Finance Minister Michael Wilson will confer with his provincial counterparts here on Wednesday on tax reform, a Finance Department official said."
doc('u17pd-02',p,'WILSON TO MEET PROVINCES ON TAX',
 "OTTAWA, Feb 9 - "+ev+"\n\n"
 "Wilson has promised a white paper on tax reform by the spring. Ontario and Quebec want a bigger share of sales tax revenue. REUTER",
 [M('Wilson meeting with provincial finance ministers',['provincial counterparts','wilson'],wd(p,'wednesday',1),'day','Ottawa',['Michael Wilson','provincial counterparts'],'upcoming',ev)])

# 3 a ruling party's council at home
p='1987-09-07'
ev="The ruling Liberal Democratic Party's executive council met today and endorsed a plan to raise the sales tax, party officials said."
doc('u17pd-03',p,'LDP COUNCIL BACKS TAX PLAN',
 "TOKYO, Sept 7 - "+ev+"\n\n"
 "Prime Minister Yasuhiro Nakasone, whose term as party president ends on October 30, has staked his reputation on tax reform. Opposition parties have threatened to boycott parliament. REUTER",
 [M('LDP executive council meeting',['executive council'],p,'day','Tokyo',['Liberal Democratic Party'],'past',ev)])

# 4 a company's shareholders today: no place
p='1987-05-04'
ev="Tenneco Inc <TGT> shareholders approved a proposal to limit directors' liability at the annual meeting today, the company said."
doc('u17pd-04',p,'TENNECO HOLDERS BACK LIABILITY LIMIT',
 "HOUSTON, May 4 - "+ev+"\n\n"
 "Chairman James Ketelsen told shareholders the company expected higher earnings from its natural gas pipelines this year. Tenneco stock rose 3/8 to 45-1/8. REUTER",
 [M('Tenneco annual meeting',['annual meeting'],p,'day',None,['Tenneco Inc'],'past',ev)])

# 5 Indian wire: a review meeting at a named centre
p='2025-11-20'
ev="Telangana Chief Minister A. Revanth Reddy will hold a review meeting with district collectors at the Integrated Command Control Centre on Saturday on paddy procurement, officials said."
doc('u17pd-05',p,'Revanth Reddy to review paddy procurement',
 "Hyderabad, Nov 20 (IANS) "+ev+"\n\n"
 "The state has set a target of procuring 80 lakh tonnes of paddy this kharif season. Farmers in Nalgonda and Khammam have complained of delays at purchase centres.",
 [M('Telangana review meeting with collectors',['review meeting','district collectors'],wd(p,'saturday',1),'day','Integrated Command Control Centre',['A. Revanth Reddy','district collectors'],'upcoming',ev)])

# 6 bank advisers meet a minister at a bank's offices here
p='1987-01-12'
ev="Mexico's bank advisory committee, which represents some 500 creditor banks, will meet Finance Minister Gustavo Petricioli at the offices of Citibank here on Wednesday to put the final touches to a 7.7 billion dlr loan, bankers said."
doc('u17pd-06',p,'MEXICO, BANKS TO MEET ON LOAN',
 "NEW YORK, Jan 12 - "+ev+"\n\n"
 "About 96 pct of the banks have already committed their share, the bankers said. Mexico's foreign debt totals about 100 billion dlrs. REUTER",
 [M('Mexico bank advisory committee meeting',['advisory committee','petricioli'],wd(p,'wednesday',1),'day','offices of Citibank, New York',["Mexico's bank advisory committee",'Gustavo Petricioli'],'upcoming',ev)])

# 7 a premier receives a visiting business delegation
p='1987-04-01'
ev="Chinese Premier Zhao Ziyang will receive a delegation of Japanese businessmen led by Keidanren chairman Eishiro Saito on Friday, the New China News Agency said."
doc('u17pd-07',p,'ZHAO TO MEET JAPANESE BUSINESSMEN',
 "PEKING, April 1 - "+ev+"\n\n"
 "The delegation arrives tomorrow for a week-long visit that will also take it to Shanghai and Dalian. Japan is China's biggest trading partner. REUTER",
 [M('Zhao-Keidanren meeting',['zhao','saito'],wd(p,'friday',1),'day','Peking',['Zhao Ziyang','Japanese businessmen','Eishiro Saito'],'upcoming',ev)])

# 8 two neighbours' officials at a border town
p='1987-03-23'
ev="Kenyan and Ugandan officials will hold talks at the border town of Malaba on Thursday to ease tension after last week's clashes, the Kenyan Foreign Ministry said."
doc('u17pd-08',p,'KENYA, UGANDA TO HOLD BORDER TALKS',
 "NAIROBI, March 23 - "+ev+"\n\n"
 "Uganda has accused Kenya of harbouring rebels. Traffic through Malaba, the main route for Ugandan coffee exports to Mombasa, has been halted since Tuesday. REUTER",
 [M('Kenya-Uganda border talks',['malaba'],wd(p,'thursday',1),'day','Malaba',['Kenya','Uganda'],'upcoming',ev)])

# 9 a federal treasurer briefs state premiers at a conference in the capital
p='1987-08-18'
ev="Treasurer Paul Keating will brief state premiers on the budget at a Premiers' Conference in Canberra on August 24, his office said."
doc('u17pd-09',p,'KEATING TO BRIEF PREMIERS',
 "SYDNEY, Aug 18 - "+ev+"\n\n"
 "The states want a bigger share of federal tax revenue. New South Wales Premier Barrie Unsworth said the states faced a funding crisis. REUTER",
 [M("Premiers' Conference",["premiers' conference",'keating'],'1987-08-24','day','Canberra',['Paul Keating','state premiers'],'upcoming',ev)])

write()
