from stories import *

# Issue 17, helper 17b: fresh17n4, 24 longer wire stories in the style of
# the 1987 Reuters wire (several paragraphs, many names that are no party:
# analysts, sources, markets, other companies, earlier events), written
# after the fifth landing of the entity-table rules and measured once on
# that main before any further change (the figure is in the commit that
# adds this file and in the floor test's comment).

# 1 a ministerial meeting with context countries and a quoted analyst
p='1987-03-09'
ev="Finance ministers of the Group of Five will meet in Paris on Saturday to review currency levels, monetary sources said."
doc('f17n4-01',p,'G-5 TO MEET IN PARIS',
 "TOKYO, March 9 - "+ev+"\n\n"
 "Japanese Finance Minister Kiichi Miyazawa is expected to press for a halt to the dollar's fall, the sources said. "
 "The dollar fell to 151.20 yen in Tokyo today from 153.00 on Friday.\n\n"
 "\"The market wants to see concrete action,\" said Hiroshi Takeuchi, chief economist at Nomura Research Institute. "
 "Dealers said Bank of Japan intervention had been light. REUTER",
 [M('G-5 finance ministers meeting',['group of five','paris'],wd(p,'saturday',1),'day','Paris',['Group of Five','Kiichi Miyazawa'],'upcoming',ev)])

# 2 a company board; the bidder, its adviser and a rival are no parties
p='1987-04-13'
ev="Dayton Hudson Corp said its board will meet on Thursday to consider the 65 dlr a share offer from the Haft family's Dart Group Corp."
doc('f17n4-02',p,'DAYTON HUDSON BOARD',
 "MINNEAPOLIS, April 13 - "+ev+"\n\n"
 "The company said it had retained Goldman, Sachs and Co as financial adviser. "
 "Dart Group, which owns 4.6 pct of Dayton Hudson, said it was prepared to raise its bid.\n\n"
 "Analysts said May Department Stores Co might also be interested. Dayton Hudson shares rose 2-1/8 to 52-3/4. REUTER",
 [M('Dayton Hudson board meeting',['board','dayton hudson'],wd(p,'thursday',1),'day',None,['Dayton Hudson Corp'],'upcoming',ev)])

# 3 trade talks: the delegation head named in the third paragraph
p='1987-05-18'
ev="U.S. and Japanese officials will resume talks on semiconductor trade in Washington on Wednesday, a U.S. trade official said."
doc('f17n4-03',p,'US JAPAN CHIP TALKS',
 "WASHINGTON, May 18 - "+ev+"\n\n"
 "The United States imposed 300 mln dlrs of tariffs on Japanese electronic goods last month, saying Tokyo had broken a 1986 pact.\n\n"
 "The Japanese delegation will be led by Makoto Kuroda, vice minister of the Ministry of International Trade and Industry. "
 "Deputy Trade Representative Michael Smith will head the U.S. side. REUTER",
 [M('U.S.-Japan semiconductor talks',['semiconductor','washington'],wd(p,'wednesday',1),'day','Washington',['United States','Japan','Makoto Kuroda','Michael Smith'],'upcoming',ev)])

# 4 an OPEC committee; members listed in the next sentence
p='1987-06-15'
ev="OPEC's five-member price differentials committee will meet in Vienna on June 24, ahead of the full conference on June 25, an OPEC official said."
doc('f17n4-04',p,'OPEC COMMITTEE',
 "VIENNA, June 15 - "+ev+" The committee is made up of Algeria, Indonesia, Kuwait, Libya and Nigeria.\n\n"
 "Oil traders in London said Brent crude was steady at 18.90 dlrs a barrel. "
 "Saudi Arabia wants the group to keep its 15.8 mln barrel a day ceiling, Gulf sources said. REUTER",
 [M('OPEC price differentials committee meeting',['differentials committee'],'1987-06-24','day','Vienna',['OPEC','Algeria','Indonesia','Kuwait','Libya','Nigeria'],'upcoming',ev),
  M('OPEC conference',['full conference'],'1987-06-25','day','Vienna',['OPEC'],'upcoming',ev)])

# 5 a union and an employer; strike and earlier talks
p='1987-02-02'
ev="Leaders of the Australian Council of Trade Unions will meet Prime Minister Bob Hawke in Canberra on Wednesday to discuss the wages accord."
doc('f17n4-05',p,'ACTU HAWKE TALKS',
 "MELBOURNE, Feb 2 - "+ev+"\n\n"
 "ACTU president Simon Crean said the unions wanted a 4 pct rise to match inflation. "
 "The Confederation of Australian Industry said any rise would cost jobs.\n\n"
 "Treasurer Paul Keating said last week the government could not afford it. REUTER",
 [M('ACTU-Hawke meeting',['hawke','wages accord'],wd(p,'wednesday',1),'day','Canberra',['Australian Council of Trade Unions','Bob Hawke'],'upcoming',ev)])

# 6 EC ministers; the chairman named later; countries opposing
p='1987-03-30'
ev="European Community agriculture ministers meet in Brussels today for two days of talks on farm prices for 1987/88."
doc('f17n4-06',p,'EC FARM MINISTERS',
 "BRUSSELS, March 30 - "+ev+"\n\n"
 "West Germany and France oppose the Commission's proposals to cut guaranteed prices, diplomats said. "
 "Belgian Agriculture Minister Paul de Keersmaeker, who chairs the talks, said a deal was unlikely before May.\n\n"
 "The proposals would save 1.4 billion European Currency Units. REUTER",
 [M('EC agriculture ministers meeting',['agriculture ministers','farm prices'],p,'day','Brussels',['European Community','Paul de Keersmaeker'],'ongoing',ev,end='1987-03-31')])

# 7 a state visit: host named in the second paragraph
p='1987-09-21'
ev="Chinese Premier Zhao Ziyang will arrive in Warsaw on Tuesday for a five-day official visit, the Polish news agency PAP said."
doc('f17n4-07',p,'ZHAO IN POLAND',
 "WARSAW, Sept 21 - "+ev+"\n\n"
 "Zhao will hold talks with Polish leader Wojciech Jaruzelski and Prime Minister Zbigniew Messner on Wednesday, PAP said. "
 "It is the first visit by a Chinese premier since 1954.\n\n"
 "Trade between the two countries fell last year. REUTER",
 [M('Zhao-Jaruzelski talks',['jaruzelski','messner'],wd(p,'wednesday',1),'day','Warsaw',['Zhao Ziyang','Wojciech Jaruzelski','Zbigniew Messner'],'upcoming',"Zhao will hold talks with Polish leader Wojciech Jaruzelski and Prime Minister Zbigniew Messner on Wednesday, PAP said.")])

# 8 creditor banks' committee; debtor's minister; the chairman bank
p='1987-04-06'
ev="Argentina and its bank advisory committee will resume talks in New York on Thursday on a 2.15 billion dlr loan, Economy Minister Juan Sourrouille said."
doc('f17n4-08',p,'ARGENTINA BANK TALKS',
 "BUENOS AIRES, April 6 - "+ev+"\n\n"
 "The 11-bank committee is chaired by Citibank's William Rhodes. "
 "Brazil, which suspended interest payments in February, is watching the talks closely, bankers said.\n\n"
 "Argentina owes 50 billion dlrs abroad. REUTER",
 [M('Argentina bank advisory committee talks',['bank advisory committee','new york'],wd(p,'thursday',1),'day','New York',['Argentina','bank advisory committee','Juan Sourrouille','William Rhodes'],'upcoming',ev)])

# 9 an annual meeting; the chairman speaks; a proxy fight
p='1987-05-04'
ev="Chairman Roger Smith will face shareholders at General Motors Corp's annual meeting in Detroit on May 22, where dissidents plan to question executive bonuses."
doc('f17n4-09',p,'GM ANNUAL MEETING',
 "DETROIT, May 4 - "+ev+"\n\n"
 "Ross Perot, who left the GM board last year, is not expected to attend. "
 "The United Auto Workers union has criticised the bonuses, which totalled 169 mln dlrs.\n\n"
 "GM shares closed at 80-1/2 on the New York Stock Exchange. REUTER",
 [M('GM annual meeting',['annual meeting','general motors'],'1987-05-22','day','Detroit',['General Motors Corp','Roger Smith'],'upcoming',ev)])

# 10 a Commonwealth meeting; leaders named in a later paragraph
p='1987-10-05'
ev="Commonwealth heads of government will meet in Vancouver from Oct. 13 to 17, with sanctions against South Africa expected to dominate."
doc('f17n4-10',p,'COMMONWEALTH SUMMIT',
 "OTTAWA, Oct 5 - "+ev+"\n\n"
 "Canadian Prime Minister Brian Mulroney, the host, wants tougher measures. British Prime Minister Margaret Thatcher has said she will oppose them.\n\n"
 "South Africa left the Commonwealth in 1961. REUTER",
 [M('Commonwealth heads of government meeting',['commonwealth','vancouver'],'1987-10-13','day','Vancouver',['Commonwealth','Brian Mulroney','Margaret Thatcher'],'upcoming',ev,end='1987-10-17')])

# 11 a Bundesbank council meeting; the president quoted; markets
p='1987-01-19'
ev="The Bundesbank's central bank council meets on Thursday, and dealers said a cut in the discount rate was possible."
doc('f17n4-11',p,'BUNDESBANK COUNCIL',
 "FRANKFURT, Jan 19 - "+ev+"\n\n"
 "Bundesbank President Karl Otto Poehl said last week that the mark's rise was hurting exports. "
 "The dollar was quoted at 1.8120 marks in Frankfurt, down from 1.8250.\n\n"
 "The U.S. Treasury has urged Bonn to stimulate its economy. REUTER",
 [M('Bundesbank council meeting',['central bank council','bundesbank'],wd(p,'thursday',1),'day','Frankfurt',['Bundesbank'],'upcoming',ev)])

# 12 a strike settlement meeting; both sides named in different sentences
p='1987-02-16'
ev="The two sides will meet again on Wednesday at the offices of the Advisory, Conciliation and Arbitration Service, the union said."
doc('f17n4-12',p,'FORD STRIKE TALKS',
 "LONDON, Feb 16 - Ford Motor Co's British unit and the Transport and General Workers Union failed on Sunday to end a strike that has halted car production. "+ev+"\n\n"
 "TGWU general secretary Ron Todd said the workers wanted a two-year deal. Ford said it had lost output of 18,000 cars. REUTER",
 [M('Ford-TGWU talks',['two sides','conciliation'],wd(p,'wednesday',1),'day','Advisory, Conciliation and Arbitration Service',['Ford Motor Co','Transport and General Workers Union'],'upcoming',ev)])

# 13 a UN council consultations; the requesting state; another crisis
p='1987-07-14'
ev="The U.N. Security Council will hold consultations on Wednesday on a draft resolution demanding a ceasefire in the Iran-Iraq war, diplomats said."
doc('f17n4-13',p,'SECURITY COUNCIL',
 "UNITED NATIONS, July 14 - "+ev+"\n\n"
 "The draft was prepared by the five permanent members, the United States, the Soviet Union, Britain, France and China. "
 "Iraq has said it will accept a ceasefire if Iran does.\n\n"
 "Fighting on the southern front continued, Tehran radio said. REUTER",
 [M('UN Security Council consultations',['security council','consultations'],wd(p,'wednesday',1),'day','United Nations',['U.N. Security Council'],'upcoming',ev)])

# 14 a GATT negotiating group; its chairman; other groups
p='1987-05-11'
ev="The Uruguay Round negotiating group on agriculture will meet in Geneva on May 25 for three days, GATT officials said."
doc('f17n4-14',p,'GATT FARM GROUP',
 "GENEVA, May 11 - "+ev+"\n\n"
 "The group is chaired by Aart de Zeeuw of the Netherlands. "
 "The United States wants all farm subsidies phased out by 2000, while the European Community rejects a deadline.\n\n"
 "Other groups will discuss services and textiles in June. REUTER",
 [M('GATT agriculture negotiating group meeting',['negotiating group on agriculture'],'1987-05-25','day','Geneva',['Uruguay Round negotiating group on agriculture','Aart de Zeeuw'],'upcoming',ev,end='1987-05-27')])

# 15 a defence ministers' meeting; NATO named in the meeting's name
p='1987-05-25'
ev="NATO defence ministers meet in Brussels on Tuesday and Wednesday to discuss a U.S.-Soviet plan to scrap medium-range missiles in Europe."
doc('f17n4-15',p,'NATO DEFENCE MINISTERS',
 "BRUSSELS, May 25 - "+ev+"\n\n"
 "U.S. Defense Secretary Caspar Weinberger will brief the ministers on arms control. "
 "West Germany wants short-range missiles included, officials said.\n\n"
 "Soviet leader Mikhail Gorbachev proposed the double zero plan in April. REUTER",
 [M('NATO defence ministers meeting',['nato','defence ministers'],wd(p,'tuesday',1),'day','Brussels',['NATO','Caspar Weinberger'],'upcoming',ev,end=wd(p,'wednesday',1))])

# 16 a Japanese cabinet meeting; the minister who reported; the yen
p='1987-01-16'
ev="Finance Minister Kiichi Miyazawa told a cabinet meeting on Friday that the yen's rise was hurting small firms, a government spokesman said."
doc('f17n4-16',p,'MIYAZAWA CABINET',
 "TOKYO, Jan 16 - "+ev+"\n\n"
 "Miyazawa will fly to Washington next week for talks with U.S. Treasury Secretary James Baker on currencies, officials said. "
 "The dollar ended at 152.40 yen.\n\n"
 "Prime Minister Yasuhiro Nakasone has called for stable rates. REUTER",
 [M('Japanese cabinet meeting',['cabinet meeting'],wd(p,'friday',-1),'day','Tokyo',['Kiichi Miyazawa'],'past',ev),
  M('Miyazawa-Baker talks',['baker','washington'],monday(p,1),'week','Washington',['Kiichi Miyazawa','James Baker'],'upcoming',"Miyazawa will fly to Washington next week for talks with U.S. Treasury Secretary James Baker on currencies, officials said.")])

# 17 a company meeting with its lenders; "the banks" later
p='1987-03-02'
ev="Texaco Inc will meet its bank lenders in New York on Thursday to discuss extending 1.5 billion dlrs of credit lines, a company spokesman said."
doc('f17n4-17',p,'TEXACO LENDERS',
 "WHITE PLAINS, N.Y., March 2 - "+ev+"\n\n"
 "Chemical Bank and Manufacturers Hanover Trust lead the group of lenders. "
 "Pennzoil Co won a 10.3 billion dlr judgment against Texaco in 1985.\n\n"
 "Texaco shares fell 1/4 to 31-3/4. REUTER",
 [M('Texaco lenders meeting',['bank lenders','texaco'],wd(p,'thursday',1),'day','New York',['Texaco Inc','Chemical Bank','Manufacturers Hanover Trust'],'upcoming',ev)])

# 18 the two leaders, named in different paragraphs
p='1987-11-23'
ev="The two leaders will hold their third summit in Washington from Dec. 7, the White House said."
doc('f17n4-18',p,'REAGAN GORBACHEV SUMMIT',
 "WASHINGTON, Nov 23 - President Reagan and Soviet leader Mikhail Gorbachev are expected to sign a treaty banning medium-range missiles. "+ev+"\n\n"
 "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Geneva on Monday to finish the treaty text. "
 "Senate Republicans have raised questions about verification. REUTER",
 [M('Reagan-Gorbachev summit',['summit','washington'],'1987-12-07','day','Washington',['Reagan','Mikhail Gorbachev'],'upcoming',ev),
  M('Shultz-Shevardnadze meeting',['shevardnadze','geneva'],wd(p,'monday',-1),'day','Geneva',['George Shultz','Eduard Shevardnadze'],'past',"Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Geneva on Monday to finish the treaty text.")])

# 19 ministers of producer countries; consumer countries invited
p='1987-06-01'
ev="Coffee producing countries will meet in London on June 15 to discuss restoring export quotas, the International Coffee Organization said."
doc('f17n4-19',p,'COFFEE PRODUCERS',
 "LONDON, June 1 - "+ev+"\n\n"
 "Brazil and Colombia, the biggest producers, disagree on how quotas should be shared. "
 "Consumer members including the United States have been invited to attend.\n\n"
 "Coffee prices fell to a six-year low last week. REUTER",
 [M('ICO producers meeting',['coffee producing countries','london'],'1987-06-15','day','London',['coffee producing countries','United States'],'upcoming',ev)])

# 20 a central bank meeting read with its governor's comments
p='1987-09-07'
ev="The Bank of England's court of directors will meet on Thursday, and money market dealers said a half-point rise in base rates was likely."
doc('f17n4-20',p,'BOE COURT',
 "LONDON, Sept 7 - "+ev+"\n\n"
 "Governor Robin Leigh-Pemberton said last month that inflation risks had risen. "
 "Chancellor of the Exchequer Nigel Lawson has the final say on rates.\n\n"
 "Sterling firmed to 1.6420 dlrs. REUTER",
 [M('Bank of England court meeting',['court of directors','bank of england'],wd(p,'thursday',1),'day','London',['Bank of England'],'upcoming',ev)])

# 21 talks with rebels; the mediator; a church group
p='1987-10-05'
ev="Salvadorean President Jose Napoleon Duarte will meet leftist rebel leaders in San Salvador on Sunday for peace talks, a government spokesman said."
doc('f17n4-21',p,'EL SALVADOR PEACE TALKS',
 "SAN SALVADOR, Oct 5 - "+ev+"\n\n"
 "Archbishop Arturo Rivera y Damas will mediate, as he did at talks in 1984. "
 "The Farabundo Marti National Liberation Front said it would send five commanders.\n\n"
 "The war has killed 60,000 people. REUTER",
 [M('Duarte-FMLN peace talks',['peace talks','rebel leaders'],wd(p,'sunday',1),'day','San Salvador',['Jose Napoleon Duarte','Farabundo Marti National Liberation Front','Arturo Rivera y Damas'],'upcoming',ev)])

# 22 ASEAN summit; leaders; a host city
p='1987-12-07'
ev="Leaders of the six members of the Association of Southeast Asian Nations will hold their third summit in Manila on Dec. 14 and 15."
doc('f17n4-22',p,'ASEAN SUMMIT',
 "MANILA, Dec 7 - "+ev+"\n\n"
 "Philippine President Corazon Aquino will be host. Security has been tightened after a coup attempt in August.\n\n"
 "Malaysia's Prime Minister Mahathir Mohamad said on Sunday he would attend. REUTER",
 [M('ASEAN summit',['asean','summit'],'1987-12-14','day','Manila',['Association of Southeast Asian Nations','Corazon Aquino','Mahathir Mohamad'],'upcoming',ev,end='1987-12-15')])

# 23 a parliament's committee hearing a minister; the party of the chairman
p='1987-06-08'
ev="The Commons Treasury committee will question Chancellor of the Exchequer Nigel Lawson on Wednesday about the budget."
doc('f17n4-23',p,'LAWSON COMMITTEE',
 "LONDON, June 8 - "+ev+"\n\n"
 "The committee's Conservative chairman, Terence Higgins, said MPs wanted details of tax cuts. "
 "The Labour Party has called the budget a pre-election bribe.\n\n"
 "Sterling was steady. REUTER",
 [M('Treasury committee hearing',['treasury committee','lawson'],wd(p,'wednesday',1),'day','London',['Commons Treasury committee','Nigel Lawson','Terence Higgins'],'upcoming',ev)])

# 24 "the company" met "the union"; both named earlier
p='1987-08-24'
ev="The company met the union on Friday but no agreement was reached, a spokesman for the National Union of Mineworkers said."
doc('f17n4-24',p,'SOUTH AFRICA MINE STRIKE',
 "JOHANNESBURG, Aug 24 - Anglo American Corp said 240,000 members of the National Union of Mineworkers remained on strike at its gold and coal mines. "+ev+"\n\n"
 "NUM general secretary Cyril Ramaphosa said the union wanted a 30 pct rise. The Chamber of Mines has offered up to 23 pct. REUTER",
 [M('Anglo American-NUM talks',['union','no agreement'],wd(p,'friday',-1),'day',None,['Anglo American Corp','National Union of Mineworkers'],'past',ev)])

write()
