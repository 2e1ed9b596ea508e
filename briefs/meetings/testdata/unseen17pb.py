from stories import *

# Issue 17, place and participants: 17 stories written after the unseen17p
# rule changes (testdata/unseen17pb.py), with wordings not used in the rules
# or the earlier sets, annotated per meetings.GUIDELINE.md and measured once
# (figures in dev_test.go): the honest figure of what generalises.

# 1 premiers gather at a retreat named with its distance from the capital
p='1987-05-12'
ev="Canada's 10 provincial premiers will gather with Prime Minister Brian Mulroney at the Meech Lake government retreat north of Ottawa on Thursday to try to settle Quebec's constitutional demands."
doc('u17pb-01',p,'PREMIERS TO MEET MULRONEY ON CONSTITUTION',
 "OTTAWA, May 12 - "+ev+"\n\n"
 "Quebec Premier Robert Bourassa has set five conditions for signing the 1982 constitution, including a veto over future amendments and recognition of the province as a distinct society.\n\n"
 "Manitoba's Howard Pawley said yesterday he was not optimistic. The Canadian dollar closed at 74.62 U.S. cents, up 0.08. REUTER",
 [M('First ministers meeting at Meech Lake',['meech lake','premiers'],wd(p,'thursday',1),'day','Meech Lake',['provincial premiers','Brian Mulroney'],'upcoming',ev)])

# 2 the cabinet meets again at home on a stated date
p='1987-06-03'
ev="The cabinet meets again on June 10 to discuss the second stage of tax reform, government spokesman Friedhelm Ost said."
doc('u17pb-02',p,'BONN CABINET APPROVES 1988 BUDGET DRAFT',
 "BONN, June 3 - Chancellor Helmut Kohl's cabinet today approved a draft 1988 budget foreseeing spending of 275.4 billion marks, up 2.4 pct from this year.\n\n"
 +ev+"\n\n"
 "Finance Minister Gerhard Stoltenberg told reporters net new borrowing would rise to 29.3 billion marks. The opposition Social Democrats called the draft irresponsible. REUTER",
 [M('West German cabinet meeting',['cabinet'],'1987-06-10','day','Bonn',["Helmut Kohl's cabinet"],'upcoming',ev)])

# 3 Indian wire: a commission's meeting at its own building
p='2025-09-08'
ev="The Election Commission will hold a meeting with representatives of all recognised national and state parties at Nirvachan Sadan on Wednesday to discuss the special revision of electoral rolls, officials said."
doc('u17pb-03',p,'EC calls all-party meeting on roll revision',
 "New Delhi, Sep 8 (IANS) "+ev+"\n\n"
 "The opposition has alleged that lakhs of voters were deleted from the rolls in Bihar, a charge the poll body has denied.\n\n"
 "Chief Election Commissioner Gyanesh Kumar is expected to chair the meeting, which comes weeks before the Bihar Assembly elections.",
 [M('Election Commission all-party meeting',['election commission','nirvachan sadan'],wd(p,'wednesday',1),'day','Nirvachan Sadan, New Delhi',['Election Commission','Gyanesh Kumar'],'upcoming',ev)])

# 4 Indian wire: an all-party meeting at the Secretariat here; a state as topic
p='2025-08-23'
ev="Tamil Nadu Chief Minister M.K. Stalin will chair an all-party meeting at the Secretariat here on Monday over the Cauvery water dispute with Karnataka."
doc('u17pb-04',p,'Stalin convenes all-party meet on Cauvery',
 "Chennai, Aug 23 (IANS) "+ev+"\n\n"
 "The DMK-led government has accused Karnataka of releasing less water than the Cauvery Water Management Authority ordered in July. Delta farmers in Thanjavur and Tiruvarur have begun protests.\n\n"
 "AIADMK general secretary Edappadi K. Palaniswami said his party would attend.",
 [M('Tamil Nadu all-party meeting on Cauvery',['all-party meeting','cauvery'],wd(p,'monday',1),'day','Secretariat, Chennai',['M.K. Stalin','AIADMK'],'upcoming',ev)])

# 5 a minister flies abroad for talks with two named hosts
p='1987-02-20'
ev="Finance Minister Dilson Funaro will fly to Washington next week for talks with U.S. Treasury Secretary James Baker and International Monetary Fund managing director Michel Camdessus on the country's 108 billion dlr foreign debt."
doc('u17pb-05',p,'FUNARO TO HOLD DEBT TALKS IN WASHINGTON',
 "BRASILIA, Feb 20 - "+ev+"\n\n"
 "Brazil suspended interest payments on 68 billion dlrs of commercial bank debt this week. Central Bank president Francisco Gros said the country's reserves had fallen below four billion dlrs.\n\n"
 "Bankers in New York said the steering committee of creditor banks, chaired by Citibank's William Rhodes, had not been told in advance. REUTER",
 [M('Funaro debt talks in Washington',['funaro','washington'],monday(p,1),'week','Washington',['Dilson Funaro','James Baker','Michel Camdessus'],'upcoming',ev)])

# 6 "at the headquarters of" a body: the place, the body a party
p='1987-07-14'
ev="Delegates from 54 countries resumed negotiations on a new Multi-Fibre Arrangement at the headquarters of the General Agreement on Tariffs and Trade today."
doc('u17pb-06',p,'TEXTILE TALKS RESUME',
 "GENEVA, July 14 - "+ev+"\n\n"
 "Exporting countries led by Hong Kong, South Korea and India want faster growth in quotas, while the United States and the European Community seek tighter controls on imports of cotton and synthetic yarn.\n\n"
 "The talks are due to end on Friday. REUTER",
 [M('Multi-Fibre Arrangement negotiations',['multi-fibre','negotiations'],p,'day','General Agreement on Tariffs and Trade headquarters, Geneva',['General Agreement on Tariffs and Trade'],'ongoing',ev,end=wd(p,'friday',1))])

# 7 an emergency session held where the body sits, not at the dateline; a country not invited
p='1987-03-30'
ev="Arab League foreign ministers opened an emergency session in Tunis today to discuss the Iran-Iraq war and attacks on shipping in the Gulf."
doc('u17pb-07',p,'ARAB MINISTERS MEET ON GULF WAR',
 "CAIRO, March 30 - "+ev+"\n\n"
 "Egypt, whose membership was suspended in 1979 after its peace treaty with Israel, was not invited. Syria and Libya, which back Iran, sent junior delegations.\n\n"
 "Iraqi Foreign Minister Tareq Aziz called on the ministers to back an arms embargo against Tehran. REUTER",
 [M('Arab League emergency session',['arab league','emergency session'],p,'day','Tunis',['Arab League','Syria','Libya','Tareq Aziz'],'ongoing',ev)])

# 8 reversed apposition: "in Canberra, the Australian capital,"
p='1987-11-04'
ev="New Zealand and Australian defence officials will meet in Canberra, the Australian capital, next month to review cooperation after the ANZUS rift, Defence Minister Bob Tizard said."
doc('u17pb-08',p,'NZ, AUSTRALIA TO REVIEW DEFENCE LINKS',
 "WELLINGTON, Nov 4 - "+ev+"\n\n"
 "Washington suspended its ANZUS security obligations to New Zealand in 1986 after Wellington banned visits by nuclear-armed or nuclear-powered ships.\n\n"
 "Tizard told parliament that New Zealand would buy four new frigates jointly with Australia. REUTER",
 [M('New Zealand-Australia defence talks',['defence officials','canberra'],'1987-12','month','Canberra',['New Zealand','Australia'],'upcoming',ev)])

# 9 two home officials meet; the speaker is a spokesman
p='1987-01-20'
ev="Bank of Japan Governor Satoshi Sumita and Finance Minister Kiichi Miyazawa met for an hour this morning to discuss the yen's rise, a central bank spokesman said."
doc('u17pb-09',p,'SUMITA, MIYAZAWA DISCUSS YEN',
 "TOKYO, Jan 20 - "+ev+"\n\n"
 "The dollar fell to a post-war low of 149.98 yen in Tokyo yesterday before recovering to 151.20 at the close today.\n\n"
 "Dealers said the market expected the two to announce coordinated intervention, but the spokesman said no decision was taken. REUTER",
 [M('Sumita-Miyazawa meeting',['sumita','miyazawa'],p,'day','Tokyo',['Satoshi Sumita','Kiichi Miyazawa'],'past',ev)])

# 10 a company's directors; no place
p='1987-04-02'
ev="Directors of Amoco Corp <AN> will consider a two-for-one stock split at their regular meeting on April 28, a company spokesman said."
doc('u17pb-10',p,'AMOCO TO CONSIDER STOCK SPLIT',
 "CHICAGO, April 2 - "+ev+"\n\n"
 "Amoco shares rose 2-1/4 to 84-7/8 on the New York Stock Exchange after the announcement. The company has about 256 mln shares outstanding.\n\n"
 "Amoco earned 747 mln dlrs in 1986, down from 1.95 billion dlrs in 1985, because of lower oil prices. REUTER",
 [M('Amoco board meeting',['directors','regular meeting'],'1987-04-28','day',None,['Amoco Corp'],'upcoming',ev)])

# 11 a council's ministers met elsewhere; a news agency reports
p='1987-12-14'
ev="Oil ministers of the six-nation Gulf Cooperation Council met in Riyadh on Saturday and agreed to abide by their OPEC output quotas, the Kuwait News Agency KUNA reported."
doc('u17pb-11',p,'GULF OIL MINISTERS BACK OPEC QUOTAS',
 "KUWAIT, Dec 14 - "+ev+"\n\n"
 "OPEC ministers ended a stormy conference in Vienna on Saturday after failing to agree on quotas for Iraq. Spot Dubai crude fell 40 cts to 15.85 dlrs a barrel today.\n\n"
 "Saudi Oil Minister Hisham Nazer chaired the Riyadh meeting, KUNA said. REUTER",
 [M('GCC oil ministers meeting',['gulf cooperation council','riyadh'],wd(p,'saturday',-1),'day','Riyadh',['Gulf Cooperation Council','Hisham Nazer'],'past',ev),
  M('OPEC conference in Vienna',['opec','vienna'],wd(p,'saturday',-1),'day','Vienna',['OPEC'],'past',"OPEC ministers ended a stormy conference in Vienna on Saturday after failing to agree on quotas for Iraq.")])

# 12 Indian wire: "in the national capital"
p='2025-03-03'
ev="West Bengal Chief Minister Mamata Banerjee will meet Prime Minister Narendra Modi in the national capital on Thursday to press for the release of central funds under the rural job scheme, officials said."
doc('u17pb-12',p,'Mamata to meet Modi on Thursday over central dues',
 "Kolkata, March 3 (IANS) "+ev+"\n\n"
 "The state government says the Centre owes it more than Rs 1.7 lakh crore under various schemes. The BJP's state unit has accused the Trinamool Congress government of misusing funds.\n\n"
 "Banerjee will also call on President Droupadi Murmu during the two-day visit.",
 [M('Banerjee-Modi meeting',['mamata banerjee','modi'],wd(p,'thursday',1),'day','New Delhi',['Mamata Banerjee','Narendra Modi'],'upcoming',ev)])

# 13 a round ended here (time only by dateline: optional); the next in Washington
p='1987-10-06'
ev1="Spanish and U.S. negotiators ended a fifth round of talks here on the future of U.S. bases in Spain without agreement and will meet again in Washington on November 10, a Foreign Ministry statement said."
m1=M('Spain-U.S. bases talks fifth round',['fifth round'],p,'day','Madrid',['Spain','U.S.'],'past',ev1)
m1['optional']=True
doc('u17pb-13',p,'SPAIN, U.S. FAIL TO AGREE ON BASES',
 "MADRID, Oct 6 - "+ev1+"\n\n"
 "Spain wants the 72 U.S. F-16 fighters based at Torrejon near Madrid to leave. Washington has offered to cut its forces by a few hundred men.\n\n"
 "Prime Minister Felipe Gonzalez said on Sunday the current defence agreement would not be renewed on its present terms when it expires in May 1988. REUTER",
 [m1, M('Spain-U.S. bases talks in Washington',['washington','november 10'],'1987-11-10','day','Washington',['Spain','U.S.'],'upcoming',ev1)])

# 14 company and union at the company's plant
p='1987-08-25'
ev="Hyundai Motor Co management and union leaders resumed wage talks at the company's Ulsan plant today after a three-day break, a company spokesman said."
doc('u17pb-14',p,'HYUNDAI WAGE TALKS RESUME',
 "SEOUL, Aug 25 - "+ev+"\n\n"
 "The union is demanding a 25 pct pay rise. Strikes have hit more than 3,000 South Korean companies since early July, cutting exports by an estimated 1.5 billion dlrs.\n\n"
 "Labour Minister Lee Hun-ki urged both sides to settle quickly. REUTER",
 [M('Hyundai Motor wage talks',['wage talks','ulsan'],p,'day','Ulsan plant',['Hyundai Motor Co','union leaders'],'ongoing',ev)])

# 15 a leader receives a visitor in a named palace; a spokesman tells
p='1987-04-13'
ev="Soviet leader Mikhail Gorbachev will receive U.S. Secretary of State George Shultz in the Kremlin tomorrow, Foreign Ministry spokesman Gennady Gerasimov told reporters."
doc('u17pb-15',p,'GORBACHEV TO RECEIVE SHULTZ',
 "MOSCOW, April 13 - "+ev+"\n\n"
 "Shultz arrived last night for three days of talks with Foreign Minister Eduard Shevardnadze on medium-range missiles. The two opened their talks this morning.\n\n"
 "Gerasimov said the Soviet side was ready for an agreement. REUTER",
 [M('Gorbachev-Shultz meeting',['gorbachev','kremlin'],add(p,1),'day','Kremlin',['Mikhail Gorbachev','George Shultz'],'upcoming',ev),
  M('Shultz-Shevardnadze talks',['shevardnadze'],p,'day','Moscow',['George Shultz','Eduard Shevardnadze'],'ongoing',"The two opened their talks this morning.",end=add(p,2))])

# 16 a president hosts a visitor at home for two days
p='1987-10-19'
ev="President Suharto will host Malaysian Prime Minister Mahathir Mohamad for two days of talks starting on Wednesday on border security and trade, the State Secretariat said."
doc('u17pb-16',p,'MAHATHIR TO VISIT JAKARTA',
 "JAKARTA, Oct 19 - "+ev+"\n\n"
 "The two leaders last met in Kuala Lumpur in March. Indonesia and Malaysia are Asia's biggest exporters of palm oil and natural rubber.\n\n"
 "Officials said they would also discuss illegal Indonesian workers in Malaysia, estimated at 300,000. REUTER",
 [M('Suharto-Mahathir talks',['mahathir','suharto'],wd(p,'wednesday',1),'day','Jakarta',['Suharto','Mahathir Mohamad'],'upcoming',ev,end=add(wd(p,'wednesday',1),1)),
  M('Suharto-Mahathir meeting in March',['kuala lumpur'],'1987-03','month','Kuala Lumpur',['Suharto','Mahathir Mohamad'],'past',"The two leaders last met in Kuala Lumpur in March.")])

# 17 ministers meet on the fringe of another gathering at the dateline
p='1987-09-21'
ev="Foreign ministers of the 12 European Community nations will meet on the fringe of the U.N. General Assembly on Thursday to discuss the Gulf war, diplomats said."
doc('u17pb-17',p,'EC MINISTERS TO DISCUSS GULF AT U.N.',
 "UNITED NATIONS, Sept 21 - "+ev+"\n\n"
 "Britain and France, which have warships in the Gulf, want the Security Council to impose an arms embargo on Iran if it rejects a ceasefire.\n\n"
 "U.N. Secretary-General Javier Perez de Cuellar returned from Tehran and Baghdad last week. REUTER",
 [M('EC foreign ministers meeting at the U.N.',['european community','fringe'],wd(p,'thursday',1),'day','United Nations',['European Community'],'upcoming',ev)])

write()
