from stories import *

# Issue 17, helper 17e (session 10): missed meetings and dates from the
# wrong anchor on wire stories. Written from the class descriptions before
# any rule was changed with it in view: a meeting that is the object of a
# verb other than meet/hold ("will address the conference", "will open the
# debate", "travels to ... for the forum", "will attend the summit"),
# committee hearings ("heard from", "will take oral evidence from", "gave
# evidence to ... on Tuesday", "heard testimony"), a meeting named by its
# kind and a modifier ("a two-day video summit", "a working lunch"), the time
# in a relative clause ("the talks, which resume on Monday"), the second
# object of "met X in A on Wednesday and Y in B on Thursday", "will be held
# as planned"; dates of the reporting verb ("said on Thursday", "told a news
# conference on Tuesday") next to a meeting with its own or no date, a
# deadline ("must agree by Friday", "have until Wednesday"), "late on
# Monday", a dateline-only annual meeting; "likely to meet later this
# month" (upcoming); no meeting for deadlines, news conferences, cancelled
# talks, funerals and factory openings. Annotated strictly by
# meetings.GUIDELINE.md and measured once on main (dev_test.go,
# TestFresh17wSet).

# 1 a minister will address a conference under way, "which opened on Monday, runs until"
p='2025-11-12'
ev="The conference, which opened on Monday, runs until Nov. 21."
doc('f17w-01',p,'China at climate talks',
 "BELEM, Brazil, Nov 12 (Reuters) - Chinese Vice Premier Ding Xuexiang will address the U.N. climate conference on Thursday, Chinese state media said. "+ev+"\n\n"
 "Negotiators are divided over a roadmap away from fossil fuels. REUTER",
 [M('U.N. climate conference',['climate conference'],wd(p,'monday',-1),'day','Belem',['Ding Xuexiang'],'ongoing',ev,end='2025-11-21')])

# 2 a president will open the annual debate of the General Assembly
p='2026-09-18'
ev="Brazilian President Luiz Inacio Lula da Silva will open the General Assembly's annual debate of world leaders on Tuesday, as is tradition."
doc('f17w-02',p,'UN week',
 "NEW YORK, Sept 18 (Reuters) - "+ev+" "
 "U.S. President Donald Trump is due to speak second.\n\n"
 "Security has been tightened around U.N. headquarters. REUTER",
 [M('U.N. General Assembly general debate',['annual debate','general assembly'],wd(p,'tuesday',1),'day','New York',['General Assembly','Luiz Inacio Lula da Silva'],'upcoming',ev)])

# 3 travels next week for the forum's annual meeting
p='2026-01-14'
ev="German Chancellor Friedrich Merz travels to Davos next week for the World Economic Forum's annual meeting, a government spokesman said on Wednesday."
doc('f17w-03',p,'Merz to Davos',
 "BERLIN, Jan 14 (Reuters) - "+ev+" "
 "Merz is expected to call for lower energy prices for industry.\n\n"
 "The government has been criticised for its slow reforms. REUTER",
 [M('World Economic Forum annual meeting',['world economic forum','davos'],monday(p,1),'week','Davos',['Friedrich Merz'],'upcoming',ev)])

# 4 will attend a summit elsewhere
p='2026-06-03'
ev="Kenyan President William Ruto will attend the African Union's mid-year coordination summit in Malabo on Sunday, his office said."
doc('f17w-04',p,'Ruto to AU summit',
 "NAIROBI, June 3 (Reuters) - "+ev+" "
 "Ruto is expected to push for a larger African role in debt talks.\n\n"
 "Kenya's shilling was steady against the dollar. REUTER",
 [M('AU mid-year coordination summit',['coordination summit'],wd(p,'sunday',1),'day','Malabo',['William Ruto','African Union'],'upcoming',ev)])

# 5 a committee "heard from" a governor
p='2026-02-05'
ev="Parliament's Treasury Committee heard from Bank of England Governor Andrew Bailey on Wednesday about the bank's sales of government bonds."
doc('f17w-05',p,'Bailey at Treasury Committee',
 "LONDON, Feb 5 (Reuters) - "+ev+" "
 "Bailey said the bank would review the pace of sales in September.\n\n"
 "Gilt yields rose after his remarks. REUTER",
 [M('Treasury Committee hearing',['treasury committee'],wd(p,'wednesday',-1),'day','London',['Treasury Committee','Andrew Bailey'],'past',ev)])

# 6 a committee "will take oral evidence from" companies
p='2026-10-13'
ev="The House of Commons Business and Trade Committee will take oral evidence from the chief executives of Royal Mail and Evri on Thursday, the committee said."
doc('f17w-06',p,'Parcel firms questioned',
 "LONDON, Oct 13 (Reuters) - "+ev+" "
 "Complaints about late deliveries have doubled this year. REUTER",
 [M('Business and Trade Committee evidence session',['business and trade committee','oral evidence'],wd(p,'thursday',1),'day','London',['Business and Trade Committee','Royal Mail','Evri'],'upcoming',ev)])

# 7 a chief executive "gave evidence to" a Senate committee on Tuesday
p='2025-03-13'
ev="Qantas Chief Executive Vanessa Hudson gave evidence to the Senate economics committee on Tuesday, telling senators the airline had cut cancellations by half."
doc('f17w-07',p,'Qantas at Senate',
 "CANBERRA, March 13 (Reuters) - "+ev+" "
 "The committee is due to report in May.\n\n"
 "Qantas shares were 0.4% lower on Thursday. REUTER",
 [M('Senate economics committee hearing',['senate economics committee'],wd(p,'tuesday',-1),'day','Canberra',['Senate economics committee','Vanessa Hudson'],'past',ev)])

# 8 a two-day video summit, the reporting day is another
p='2026-04-21'
ev="Leaders of the 27 European Union countries will join a two-day video summit on energy prices from Thursday, European Council President Antonio Costa said on Tuesday."
doc('f17w-08',p,'EU energy summit',
 "BRUSSELS, April 21 (Reuters) - "+ev+" "
 "Gas prices have risen by a third since March.\n\n"
 "Several governments want a cap on wholesale prices. REUTER",
 [M('EU video summit on energy prices',['video summit'],wd(p,'thursday',1),'day',None,['European Union'],'upcoming',ev,end=add(wd(p,'thursday',1),1))])

# 9 a working lunch hosted at a palace
p='2026-05-13'
ev="French President Emmanuel Macron will host Italian Prime Minister Giorgia Meloni for a working lunch at the Elysee Palace on Friday, his office said."
doc('f17w-09',p,'Macron-Meloni lunch',
 "PARIS, May 13 (Reuters) - "+ev+" "
 "The two leaders have clashed over migration in the past.\n\n"
 "Italy holds a seat on the board of the new defence fund. REUTER",
 [M('Macron-Meloni working lunch',['working lunch','giorgia meloni'],wd(p,'friday',1),'day','Elysee Palace',['Emmanuel Macron','Giorgia Meloni'],'upcoming',ev)])

# 10 the time only in a relative clause
p='2026-02-27'
ev="Russian and Ukrainian delegations are expected to discuss a prisoner exchange at the talks, which resume on Monday in Istanbul, Turkish officials said."
doc('f17w-10',p,'Istanbul talks',
 "ISTANBUL, Feb 27 (Reuters) - "+ev+" "
 "The last round ended without a ceasefire.\n\n"
 "Turkey has offered to host a leaders' meeting. REUTER",
 [M('Russia-Ukraine talks',['talks','istanbul'],wd(p,'monday',1),'day','Istanbul',['Russia','Ukraine'],'upcoming',ev)])

# 11 "met X in A on Wednesday and Y in B on Thursday": two meetings
p='2026-07-10'
ev="Japanese Foreign Minister Takeshi Iwaya met his Philippine counterpart Theresa Lazaro in Manila on Wednesday and Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday, the ministry said."
doc('f17w-11',p,'Iwaya tour',
 "TOKYO, July 10 (Reuters) - "+ev+" "
 "Maritime security was high on the agenda of both meetings. REUTER",
 [M('Iwaya-Lazaro meeting',['theresa lazaro','manila'],wd(p,'wednesday',-1),'day','Manila',['Takeshi Iwaya','Theresa Lazaro'],'past',ev),
  M('Iwaya-Pham Minh Chinh meeting',['pham minh chinh','hanoi'],wd(p,'thursday',-1),'day','Hanoi',['Takeshi Iwaya','Pham Minh Chinh'],'past',ev)])

# 12 "will be held as planned"
p='2026-11-03'
ev="The annual security consultative meeting between South Korea and the United States will be held as planned on Nov. 14 in Washington, the defence ministry said."
doc('f17w-12',p,'Security talks go ahead',
 "SEOUL, Nov 3 (Reuters) - "+ev+" "
 "The U.S. government shutdown had raised doubts about the meeting.\n\n"
 "North Korea fired a ballistic missile last week. REUTER",
 [M('South Korea-U.S. security consultative meeting',['security consultative meeting'],'2026-11-14','day','Washington',['South Korea','United States'],'upcoming',ev)])

# 13 the reporting day is not the day of an earlier meeting
p='2026-03-26'
ev="Sanchez, who met Portuguese Prime Minister Luis Montenegro in Lisbon last week, told a news conference on Thursday that the two countries would share firefighting aircraft."
doc('f17w-13',p,'Iberian firefighting',
 "MADRID, March 26 (Reuters) - Spanish Prime Minister Pedro Sanchez said on Thursday he would meet the leaders of the regional governments to discuss wildfire funding. "+ev+"\n\n"
 "Last summer's fires burned more than 300,000 hectares. REUTER",
 [M('Sanchez-Montenegro meeting',['luis montenegro','lisbon'],monday(p,-1),'week','Lisbon',['Pedro Sanchez','Luis Montenegro'],'past',ev)])

# 14 a news conference on Tuesday about a meeting on its own date
p='2025-09-17'
ev="Egyptian Foreign Minister Badr Abdelatty told a news conference on Tuesday that Arab League foreign ministers would meet at the league's headquarters in Cairo on Sept. 28 to discuss a Gaza reconstruction fund."
doc('f17w-14',p,'Arab ministers to meet',
 "CAIRO, Sept 17 (Reuters) - "+ev+" "
 "Egypt has offered to host a donors' conference.\n\n"
 "Gulf states have not yet pledged funds. REUTER",
 [M('Arab League foreign ministers meeting',['arab league','foreign ministers'],'2025-09-28','day','Cairo',['Arab League'],'upcoming',ev)])

# 15 a deadline is no meeting; an earlier ministers' meeting is
p='2026-06-23'
ev="EU interior ministers last discussed the quotas at a meeting in Luxembourg on June 12."
doc('f17w-15',p,'EU migration quotas',
 "BRUSSELS, June 23 (Reuters) - EU governments must agree by Friday on how to share out the 2027 migration quotas, or the Commission will set them itself, an EU official said. "+ev+"\n\n"
 "Hungary and Poland have said they will not take part. REUTER",
 [M('EU interior ministers meeting',['interior ministers','luxembourg'],'2026-06-12','day','Luxembourg',['EU'],'past',ev)])

# 16 "late on Monday" is yesterday
p='2026-12-08'
ev="Congressional leaders met President Donald Trump at the White House late on Monday to try to avert a government shutdown, aides said."
doc('f17w-16',p,'Shutdown talks',
 "WASHINGTON, Dec 8 (Reuters) - "+ev+" "
 "Funding for federal agencies runs out at midnight on Friday.\n\n"
 "No agreement was announced. REUTER",
 [M('Congressional leaders-Trump meeting',['congressional leaders','white house'],wd(p,'monday',-1),'day','White House',['Donald Trump'],'past',ev)])

# 17 talks that ended late on Monday
p='2026-04-14'
ev="South African mining unions and the Minerals Council failed to agree on wages at talks that ended late on Monday, the National Union of Mineworkers said."
doc('f17w-17',p,'Mining wage talks',
 "JOHANNESBURG, April 14 (Reuters) - "+ev+" "
 "The union is demanding a 12% increase.\n\n"
 "Gold producers say costs have risen sharply. REUTER",
 [M('mining wage talks',['talks','minerals council'],wd(p,'monday',-1),'day',None,['Minerals Council','National Union of Mineworkers'],'past',ev)])

# 18 an annual meeting dated only by the dateline: none
p='2026-05-20'
doc('f17w-18',p,'Nestle chairman backs CEO',
 "VEVEY, Switzerland, May 20 (Reuters) - Nestle's chairman told shareholders at the annual meeting that the board fully backed the new chief executive. "
 "Shareholders approved the dividend of 3.10 Swiss francs.\n\n"
 "Nestle shares were little changed. REUTER",
 [])

# 19 likely to meet later this month: upcoming
p='2026-10-05'
ev="Chinese and U.S. trade negotiators are likely to meet later this month to prepare for a summit between the two presidents, people familiar with the matter said."
doc('f17w-19',p,'China-U.S. trade talks',
 "BEIJING, Oct 5 (Reuters) - "+ev+" "
 "Tariffs on Chinese goods remain at 30%.\n\n"
 "Soybean purchases have resumed. REUTER",
 [M('China-U.S. trade talks',['trade negotiators'],'2026-10','month',None,['China','U.S.'],'upcoming',ev)])

# 20 a contact group expected to meet later this month, with a place
p='2025-02-11'
ev="Ukraine's allies in the Ramstein group are likely to meet in Brussels later this month, a Ukrainian defence official said on Tuesday."
doc('f17w-20',p,'Ramstein group',
 "KYIV, Feb 11 (Reuters) - "+ev+" "
 "Kyiv is seeking more air defence systems.\n\n"
 "Russian drones struck the city overnight. REUTER",
 [M('Ramstein group meeting',['ramstein group'],'2025-02','month','Brussels',['Ramstein group'],'upcoming',ev)])

# 21 talks called off: none
p='2026-01-29'
doc('f17w-21',p,'Thai-Cambodian talks off',
 "BANGKOK, Jan 29 (Reuters) - Thailand called off border talks with Cambodia that had been scheduled for Friday after a new exchange of fire, the foreign ministry said on Thursday. "
 "Two Thai soldiers were wounded.\n\n"
 "Cambodia accused Thai troops of firing first. REUTER",
 [])

# 22 a news conference and a budget date: none
p='2026-08-19'
doc('f17w-22',p,'Norway budget',
 "OSLO, Aug 19 (Reuters) - Norwegian Prime Minister Jonas Gahr Store told a news conference on Wednesday that the government would present its 2027 budget on Oct. 6. "
 "He said spending from the oil fund would stay below 3%.\n\n"
 "The crown firmed slightly. REUTER",
 [])

# 23 a company's supervisory board will meet
p='2026-02-24'
ev="Commerzbank's supervisory board will meet on Friday to discuss UniCredit's takeover offer, two people familiar with the matter said."
doc('f17w-23',p,'Commerzbank board',
 "FRANKFURT, Feb 24 (Reuters) - "+ev+" "
 "The German government owns 12% of the bank.\n\n"
 "UniCredit has built a stake of nearly 29%. REUTER",
 [M('Commerzbank supervisory board meeting',['supervisory board'],wd(p,'friday',1),'day',None,['Commerzbank'],'upcoming',ev)])

# 24 a past meeting abroad reported on Monday
p='2026-04-06'
ev="Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake in Colombo on Saturday, India's foreign ministry said on Monday."
doc('f17w-24',p,'Modi in Colombo',
 "NEW DELHI, April 6 (Reuters) - "+ev+" "
 "The two sides signed a defence cooperation pact.\n\n"
 "India is Sri Lanka's biggest creditor after China. REUTER",
 [M('Modi-Dissanayake meeting',['anura kumara dissanayake','colombo'],wd(p,'saturday',-1),'day','Colombo',['Narendra Modi','Anura Kumara Dissanayake'],'past',ev)])

# 25 attend a funeral, address reporters: none
p='2026-05-04'
doc('f17w-25',p,'State funeral',
 "MANILA, May 4 (Reuters) - Foreign dignitaries will attend the state funeral of the former president in Manila on Thursday, the presidential palace said. "
 "The foreign secretary will address reporters after the ceremony.\n\n"
 "Flags have been flown at half-mast since his death. REUTER",
 [])

# 26 open a factory (none), then travel for talks (a meeting)
p='2026-09-09'
ev="Orban will then travel to Belgrade for talks with Serbian President Aleksandar Vucic on Saturday."
doc('f17w-26',p,'BYD factory',
 "BUDAPEST, Sept 9 (Reuters) - Chinese carmaker BYD will open its first European car factory in Szeged on Friday, with Hungarian Prime Minister Viktor Orban attending the ceremony. "+ev+"\n\n"
 "The plant will employ 1,500 people. REUTER",
 [M('Orban-Vucic talks',['aleksandar vucic','belgrade'],wd(p,'saturday',1),'day','Belgrade',['Viktor Orban','Aleksandar Vucic'],'upcoming',ev)])

# 27 a committee "heard testimony" from a nominee; a vote next week is none
p='2026-03-04'
ev="The Senate Banking Committee heard testimony on Tuesday from Christopher Waller, President Donald Trump's nominee to lead the Federal Reserve."
doc('f17w-27',p,'Waller hearing',
 "WASHINGTON, March 4 (Reuters) - "+ev+" "
 "The committee is expected to vote on the nomination next week.\n\n"
 "Waller said he would keep the Fed independent. REUTER",
 [M('Senate Banking Committee confirmation hearing',['senate banking committee','testimony'],wd(p,'tuesday',-1),'day','Washington',['Senate Banking Committee','Christopher Waller'],'past',ev)])

# 28 address a conference that opened today and runs until Sunday
p='2026-02-13'
ev="U.S. Vice President JD Vance will address the Munich Security Conference on Saturday; the conference opened on Friday and runs until Sunday."
doc('f17w-28',p,'Vance in Munich',
 "MUNICH, Feb 13 (Reuters) - "+ev+" "
 "European officials are bracing for criticism of their defence spending.\n\n"
 "Ukraine's president is also due to speak. REUTER",
 [M('Munich Security Conference',['munich security conference'],p,'day','Munich',['JD Vance'],'ongoing',ev,end=wd(p,'sunday',1))])

# 29 will open a summit
p='2025-05-22'
ev="Malaysian Prime Minister Anwar Ibrahim will open the ASEAN summit in Kuala Lumpur on Monday, the foreign ministry said."
doc('f17w-29',p,'ASEAN summit',
 "KUALA LUMPUR, May 22 (Reuters) - "+ev+" "
 "Myanmar's civil war and U.S. tariffs top the agenda.\n\n"
 "Timor-Leste hopes to be admitted as a full member. REUTER",
 [M('ASEAN summit',['asean summit'],wd(p,'monday',1),'day','Kuala Lumpur',['Anwar Ibrahim','ASEAN'],'upcoming',ev)])

# 30 "will go ahead as planned"
p='2026-12-10'
ev="The summit of Mercosur presidents will go ahead as planned in Asuncion on Dec. 20, Paraguay's foreign ministry said on Thursday."
doc('f17w-30',p,'Mercosur summit',
 "ASUNCION, Dec 10 (Reuters) - "+ev+" "
 "Argentina had threatened to stay away.\n\n"
 "The bloc is close to a trade deal with Japan. REUTER",
 [M('Mercosur summit',['mercosur'],'2026-12-20','day','Asuncion',['Mercosur'],'upcoming',ev)])

# 31 a deadline ("have until Wednesday") and a creditors' meeting on its date
p='2026-03-16'
ev="Bondholders of Country Garden have until Wednesday to back the restructuring plan, and a creditors' meeting to vote on it will take place in Hong Kong on March 30, the developer said."
doc('f17w-31',p,'Country Garden restructuring',
 "HONG KONG, March 16 (Reuters) - "+ev+" "
 "Holders of 70% of the bonds have already agreed.\n\n"
 "The developer's shares rose 4%. REUTER",
 [M("Country Garden creditors' meeting",["creditors' meeting"],'2026-03-30','day','Hong Kong',['Country Garden'],'upcoming',ev)])

# 32 "said on Thursday he was ready to meet" (no date), and past talks on Tuesday
p='2026-01-22'
ev="Araqchi held talks with Omani Foreign Minister Badr Albusaidi in Muscat on Tuesday."
doc('f17w-32',p,'Iran ready for talks',
 "TEHRAN, Jan 22 (Reuters) - Iranian Foreign Minister Abbas Araqchi said on Thursday he was ready to meet European ministers to discuss the nuclear programme. "+ev+"\n\n"
 "Oman has mediated between Tehran and Washington. REUTER",
 [M('Araqchi-Albusaidi talks',['badr albusaidi','muscat'],wd(p,'tuesday',-1),'day','Muscat',['Abbas Araqchi','Badr Albusaidi'],'past',ev)])

# 33 a chief executive "told a committee on Monday"
p='2026-11-18'
ev="Canada Post President Doug Ettinger told the House of Commons government operations committee on Monday that the company would lose C$1 billion this year."
doc('f17w-33',p,'Canada Post losses',
 "OTTAWA, Nov 18 (Reuters) - "+ev+" "
 "The postal union has been on strike for four weeks. REUTER",
 [M('Commons government operations committee hearing',['government operations committee'],wd(p,'monday',-1),'day','Ottawa',['House of Commons government operations committee','Doug Ettinger'],'past',ev)])

# 34 ministers meet late on Monday (today), before a summit that opens on Tuesday
p='2026-06-29'
ev="Greek Foreign Minister George Gerapetritis and his Turkish counterpart Hakan Fidan will meet late on Monday in The Hague on the sidelines of a NATO summit that opens on Tuesday, a Greek diplomat said."
doc('f17w-34',p,'Greek-Turkish meeting',
 "ATHENS, June 29 (Reuters) - "+ev+" "
 "Relations have improved over the past two years.\n\n"
 "The two countries dispute maritime boundaries. REUTER",
 [M('Gerapetritis-Fidan meeting',['hakan fidan','gerapetritis'],p,'day','The Hague',['George Gerapetritis','Hakan Fidan'],'upcoming',ev),
  M('NATO summit',['nato summit'],wd(p,'tuesday',1),'day','The Hague',['NATO'],'upcoming',ev)])

write()
