from stories import *

# Issue 17, second fresh set: written before any rule change of this pass and
# measured once. Each story says which error class it probes.

# 1 participants: the minister named in the sentence before the meeting
p='1987-09-14'
ev="He will meet U.S. Treasury Secretary James Baker in Washington on September 26, officials said."
doc('u17b-01',p,'MIYAZAWA TO SEE BAKER ON YEN',
 "TOKYO, Sept 14 - Japanese Finance Minister Kiichi Miyazawa said he was confident the yen would stabilise at around current levels. "+ev+"\n\nMiyazawa declined to say whether he would ask for joint intervention.",
 [M('Miyazawa-Baker meeting',['baker','miyazawa'],'1987-09-26','day','Washington',['Kiichi Miyazawa','James Baker'],'upcoming',ev)])

# 2 participants: the body named right after the meeting; "here" place
p='1987-03-30'
ev="Natural rubber producers will meet here on April 14 to discuss a possible cut in exports, industry sources said."
doc('u17b-02',p,'RUBBER PRODUCERS TO DISCUSS EXPORT CUT',
 "KUALA LUMPUR, March 30 - "+ev+" The Association of Natural Rubber Producing Countries groups Malaysia, Indonesia and Thailand, which together account for most of world output.\n\nPrices were steady in quiet trade.",
 [M('Natural rubber producers meeting',['rubber producers','association of natural rubber producing countries'],'1987-04-14','day','Kuala Lumpur',['Association of Natural Rubber Producing Countries'],'upcoming',ev)])

# 3 speaker owns the meeting; ticker is not a participant; no place for a board
p='1987-05-06'
ev="Lancaster Colony Corp <LANC> said its board will meet next Tuesday to consider a proposal to split the company's stock."
doc('u17b-03',p,'LANCASTER COLONY <LANC> BOARD TO WEIGH SPLIT',
 "COLUMBUS, Ohio, May 6 - "+ev+"\n\nThe company did not say what ratio was under study. Its shares closed up 3/4 at 41-1/2.",
 [M('Lancaster Colony board meeting',['lancaster colony','board'],wd(p,'tuesday',1),'day',None,['Lancaster Colony Corp'],'upcoming',ev)])

# 4 lowercase group: the state government; implied place (state capital dateline)
p='1987-08-05'
ev="The state government and the Transport Workers Union will hold talks on Thursday to try to end a three-day strike by bus and tram drivers."
doc('u17b-04',p,'SOUTH AUSTRALIA TRANSPORT STRIKE TALKS SET',
 "ADELAIDE, Aug 5 - "+ev+"\n\nA union official said the drivers wanted a 4.5 pct pay rise. Most city services were halted today.",
 [M('South Australian transport strike talks',['transport workers union','state government'],wd(p,'thursday',1),'day','Adelaide',['state government','Transport Workers Union'],'upcoming',ev)])

# 5 nationality + noun, coordinated: both parties, stated place
p='1987-11-03'
ev="British and Irish negotiators will meet in Belfast next week to review the working of the Anglo-Irish Agreement, a government spokesman said."
doc('u17b-05',p,'ANGLO-IRISH TALKS NEXT WEEK',
 "LONDON, Nov 3 - "+ev+"\n\nThe agreement gives Dublin a consultative role in the affairs of Northern Ireland.",
 [M('Anglo-Irish review talks',['british and irish negotiators','anglo-irish'],monday(p,1),'week','Belfast',['Britain','Ireland'],'upcoming',ev)])

# 6 "officials from the Group of Five"; a second meeting named in the same sentence
p='1987-01-20'
ev="Senior officials from the Group of Five met in Paris yesterday to prepare for next month's meeting of finance ministers, monetary sources said."
doc('u17b-06',p,'G-5 DEPUTIES MEET IN PARIS',
 "PARIS, Jan 20 - "+ev+"\n\nThe sources said the officials discussed the dollar's fall but reached no conclusions.",
 [M('Group of Five deputies meeting',['group of five','senior officials'],add(p,-1),'day','Paris',['Group of Five'],'past',ev),
  M('Group of Five finance ministers meeting',['finance ministers'],'1987-02','month',None,['Group of Five'],'upcoming',ev)])

# 7 body only in the meeting's name; a news agency is not a participant
p='1987-10-12'
ev="Prime ministers of the member states will gather in Moscow on Tuesday for the annual Comecon session, the Romanian news agency Agerpres said."
doc('u17b-07',p,'COMECON SESSION OPENS TUESDAY',
 "BUCHAREST, Oct 12 - "+ev+"\n\nThe session is expected to discuss closer integration of planning.",
 [M('Comecon annual session',['comecon'],wd(p,'tuesday',1),'day','Moscow',['Comecon'],'upcoming',ev)])

# 8 precision: "Leading", "Members" are not parties; implied place for the EC at home
p='1988-02-16'
ev="Leading members of the Round Table of European Industrialists will meet European Community commissioners here on Thursday to press for faster progress towards a single market."
doc('u17b-08',p,'INDUSTRIALISTS TO PRESS EC ON SINGLE MARKET',
 "BRUSSELS, Feb 16 - "+ev+"\n\nMembers of the group said the EC must remove border controls by 1992.",
 [M('Round Table of European Industrialists meeting with EC commissioners',['round table','commissioners'],wd(p,'thursday',1),'day','Brussels',['Round Table of European Industrialists','European Community'],'upcoming',ev)])

# 9 precision: a ticker and a city are not parties; stated place
p='1987-05-04'
ev="Allegheny International Inc <AG> said it will hold its annual meeting in Pittsburgh on June 18."
doc('u17b-09',p,'ALLEGHENY INTERNATIONAL <AG> SETS ANNUAL MEETING',
 "NEW YORK, May 4 - "+ev+" Holders of record on May 8 will be entitled to vote.\n\nThe company filed for protection from creditors in February.",
 [M('Allegheny International annual meeting',['allegheny','annual meeting'],'1987-06-18','day','Pittsburgh',['Allegheny International Inc'],'upcoming',ev)])

# 10 apposition without comma ("the Ivorian commercial capital Abidjan")
p='1987-03-04'
ev="The Cocoa Producers' Alliance will hold a special meeting in the Ivorian commercial capital Abidjan on March 23, the alliance's secretary-general said."
doc('u17b-10',p,'COCOA PRODUCERS CALL SPECIAL MEETING',
 "ACCRA, March 4 - "+ev+"\n\nThe meeting will discuss the buffer stock rules of the new International Cocoa Agreement.",
 [M("Cocoa Producers' Alliance special meeting",["cocoa producers' alliance",'special meeting'],'1987-03-23','day','Abidjan',["Cocoa Producers' Alliance"],'upcoming',ev)])

# 11 "at the offices of X": a venue, not a party
p='1987-04-09'
ev="Argentine Economy Minister Juan Sourrouille met the steering committee of creditor banks at the offices of Morgan Guaranty Trust Co in New York yesterday."
doc('u17b-11',p,'ARGENTINA, BANKS DISCUSS NEW LOAN',
 "NEW YORK, April 9 - "+ev+" Bankers said the two sides were close to agreement on a 1.95 billion dlr loan.",
 [M('Argentina creditor banks meeting',['sourrouille','steering committee'],add(p,-1),'day','Morgan Guaranty Trust Co offices, New York',['Juan Sourrouille','steering committee'],'past',ev)])

# 12 place carried by a later mention; one meeting, two mentions
p='1987-06-10'
ev="U.S. and Japanese officials will hold talks on Thursday on semiconductor trade, a U.S. trade official said."
doc('u17b-12',p,'U.S., JAPAN TO DISCUSS CHIPS',
 "WASHINGTON, June 10 - "+ev+"\n\nThe official said the talks in Tokyo would review Japanese compliance with last year's agreement on chip prices.",
 [M('U.S.-Japan semiconductor talks',['semiconductor','talks in tokyo'],wd(p,'thursday',1),'day','Tokyo',['U.S.','Japan'],'upcoming',ev)])

# 13 one meeting, several mentions ("the meeting", "today's talks"), multi-day
p='1987-07-08'
ev="A GATT negotiating group on agriculture began a three-day meeting here today to discuss proposals for reform of world farm trade."
doc('u17b-13',p,'GATT FARM GROUP MEETS',
 "GENEVA, July 8 - "+ev+"\n\nThe United States and the European Community presented rival plans at the meeting. Delegates said today's talks were unlikely to bring the two sides closer.",
 [M('GATT agriculture negotiating group meeting',['gatt','negotiating group'],p,'day','Geneva',['GATT','United States','European Community'],'ongoing',ev,end=add(p,2))])

# 14 two meetings of one kind in one sentence, loosely compatible dates: two entries
p='1987-03-13'
ev="European Community agriculture ministers will meet here on Monday to begin their annual farm price review and will meet again in Luxembourg at the end of the month."
doc('u17b-14',p,'EC FARM MINISTERS START PRICE REVIEW',
 "BRUSSELS, March 13 - "+ev+"\n\nThe Commission has proposed a freeze on most prices.",
 [M('EC agriculture ministers meeting',['agriculture ministers','farm price review'],wd(p,'monday',1),'day','Brussels',['European Community'],'upcoming',ev),
  M('EC agriculture ministers meeting in Luxembourg',['luxembourg'],'1987-03','month','Luxembourg',['European Community'],'upcoming',ev)])

# 15 two meetings in one sentence with different parties
p='1987-04-08'
ev="Baker met Japanese Finance Minister Kiichi Miyazawa on Monday and will see West German Finance Minister Gerhard Stoltenberg on Thursday."
doc('u17b-15',p,'BAKER HOLDS TALKS AHEAD OF IMF MEETINGS',
 "WASHINGTON, April 8 - U.S. Treasury Secretary James Baker is holding a series of talks with his counterparts before the International Monetary Fund meetings. "+ev+"\n\nTreasury officials gave no details.",
 [M('Baker-Miyazawa meeting',['miyazawa'],wd(p,'monday',-1),'day','Washington',['James Baker','Kiichi Miyazawa'],'past',ev),
  M('Baker-Stoltenberg meeting',['stoltenberg'],wd(p,'thursday',1),'day','Washington',['James Baker','Gerhard Stoltenberg'],'upcoming',ev)])

# 16 date from the wrong clause ("suspended since June")
p='1987-10-05'
ev="Talks between Ecuador and its bank advisory committee, which have been suspended since June, will resume in New York on Wednesday."
doc('u17b-16',p,'ECUADOR DEBT TALKS TO RESUME',
 "QUITO, Oct 5 - "+ev+"\n\nEcuador halted interest payments in January after oil prices fell.",
 [M('Ecuador bank advisory committee talks',['ecuador','bank advisory committee'],wd(p,'wednesday',1),'day','New York',['Ecuador','bank advisory committee'],'upcoming',ev)])

# 17 "after Monday's meeting" is backwards; organisation at home (dateline place)
p='1987-10-21'
ev="Tin prices firmed after Monday's meeting of the International Tin Council, dealers said."
doc('u17b-17',p,'TIN FIRMS AFTER ITC MEETING',
 "LONDON, Oct 21 - "+ev+" The council agreed to extend its talks on the debts left by the collapse of its buffer stock.\n\nDealers said business was thin.",
 [M('International Tin Council meeting',['international tin council'],wd(p,'monday',-1),'day','London',['International Tin Council'],'past',ev)])

# 18 missed: "state visit ... for talks with"
p='1987-06-02'
ev="West German President Richard von Weizsaecker will pay a state visit to the Soviet Union next month for talks with Soviet leader Mikhail Gorbachev."
doc('u17b-18',p,'WEIZSAECKER TO VISIT MOSCOW',
 "BONN, June 2 - "+ev+"\n\nIt will be the first visit by a West German head of state since 1973.",
 [M('Weizsaecker-Gorbachev talks',['weizsaecker','state visit'],'1987-07','month','Soviet Union',['Richard von Weizsaecker','Mikhail Gorbachev'],'upcoming',ev)])

# 19 missed: "will discuss ... with [minister] next month"; agency not a party
p='1987-08-18'
ev="Indonesian Mines and Energy Minister Subroto will discuss oil prices with Saudi Oil Minister Hisham Nazer in Riyadh next month, the Antara news agency said."
doc('u17b-19',p,'SUBROTO TO VISIT RIYADH',
 "JAKARTA, Aug 18 - "+ev+"\n\nIndonesia is the only Asian member of OPEC.",
 [M('Subroto-Nazer talks',['subroto','nazer'],'1987-09','month','Riyadh',['Subroto','Hisham Nazer'],'upcoming',ev)])

# 20 missed: "regular session"; parliament at home -> dateline place
p='1987-06-15'
ev="The Supreme Soviet will hold a regular session on June 29 to approve a law on state enterprises, Tass said."
doc('u17b-20',p,'SUPREME SOVIET TO MEET JUNE 29',
 "MOSCOW, June 15 - "+ev+"\n\nThe law gives factories more control over their output and wages.",
 [M('Supreme Soviet regular session',['supreme soviet','regular session'],'1987-06-29','day','Moscow',['Supreme Soviet'],'upcoming',ev)])

# 21 missed: "met" + adverb ("met briefly"); singular "negotiation"
p='1987-09-09'
ev="Chrysler Corp and the United Auto Workers union met briefly on Tuesday and will resume negotiation of a new contract on Friday."
doc('u17b-21',p,'CHRYSLER, UAW TO RESUME TALKS',
 "DETROIT, Sept 9 - "+ev+"\n\nThe present contract expires on September 14.",
 [M('Chrysler-UAW meeting',['chrysler','met briefly'],wd(p,'tuesday',-1),'day',None,['Chrysler Corp','United Auto Workers'],'past',ev),
  M('Chrysler-UAW contract negotiation',['negotiation'],wd(p,'friday',1),'day',None,['Chrysler Corp','United Auto Workers'],'upcoming',ev)])

# 22 status: "is meeting this morning" is ongoing; central bank at home
p='1987-11-05'
ev="The Bundesbank's central bank council is meeting this morning and dealers expect no change in interest rates."
doc('u17b-22',p,'BUNDESBANK COUNCIL MEETS',
 "FRANKFURT, Nov 5 - "+ev+"\n\nThe dollar was steady at 1.7250 marks.",
 [M('Bundesbank central bank council meeting',['bundesbank','central bank council'],p,'day','Frankfurt',['Bundesbank'],'ongoing',ev)])

# 23 status: negotiations launched months ago and still running
p='1987-10-20'
ev="Negotiations on a new International Natural Rubber Agreement, launched in Geneva last March, are still going on and a new round is due in November."
doc('u17b-23',p,'RUBBER PACT TALKS DRAG ON',
 "KUALA LUMPUR, Oct 20 - "+ev+"\n\nProducers want a higher floor price than consumers will accept.",
 [M('International Natural Rubber Agreement negotiations',['natural rubber agreement'],'1987-03','month','Geneva',[],'ongoing',ev),
  M('Natural rubber agreement negotiating round',['new round'],'1987-11','month',None,[],'upcoming',ev)])

# 24 status: a session "so far this week" is ongoing; a date in another clause
p='1987-12-10'
ev="OPEC oil ministers, in session in Vienna so far this week, have failed to agree on production quotas for next year."
doc('u17b-24',p,'OPEC FAILS TO AGREE QUOTAS',
 "VIENNA, Dec 10 - "+ev+"\n\nSaudi Oil Minister Hisham Nazer said the talks could go on until Monday.",
 [M('OPEC ministerial conference',['opec'],monday(p,0),'week','Vienna',['OPEC','Hisham Nazer'],'ongoing',ev)])

write()
