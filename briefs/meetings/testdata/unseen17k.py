from stories import *

# Issue 17, a further out-of-sample check of the place and participant rules:
# twelve stories written after the unseen17g/17i fixes and measured once.

# 1 cabinet at home under its president; news agency speaker
p='1987-06-04'
ev="Kenya's cabinet met on Tuesday under President Daniel arap Moi and approved a plan to cut maize prices, the official Kenya News Agency said."
doc('u17k-01',p,'KENYA CABINET APPROVES MAIZE PLAN',
 "NAIROBI, June 4 - "+ev+"\n\nMaize is the country's staple food.",
 [M('Kenya cabinet meeting',['cabinet'],wd(p,'tuesday',-1),'day','Nairobi',["Kenya's cabinet",'Daniel arap Moi'],'past',ev)])

# 2 country + nationality list; place in the next sentence; topic agreement
p='1987-08-12'
ev="New Zealand and Australian trade officials will meet next week to review the Closer Economic Relations agreement, Trade Minister Mike Moore said."
doc('u17k-02',p,'NZ, AUSTRALIA TO REVIEW TRADE PACT',
 "WELLINGTON, Aug 12 - "+ev+" The talks will be held in Canberra.\n\nTrade between the two countries rose 9 pct last year.",
 [M('New Zealand-Australia trade review talks',['trade officials','closer economic relations'],monday(p,1),'week','Canberra',['New Zealand','Australia'],'upcoming',ev)])

# 3 company special meeting at a hotel "here"; bidder no party; ticker
p='1988-03-03'
ev="Dome Petroleum Ltd <DMP> said holders will vote on the takeover by Amoco Canada at a special meeting at the Royal York Hotel here on April 15."
doc('u17k-03',p,'DOME SETS VOTE ON AMOCO BID',
 "TORONTO, March 3 - "+ev+"\n\nDome has debts of 6.3 billion dlrs.",
 [M('Dome Petroleum special meeting',['dome','special meeting'],'1988-04-15','day','Royal York Hotel, Toronto',['Dome Petroleum Ltd'],'upcoming',ev)])

# 4 company and its union at a ministry's offices in another city
p='1987-07-30'
ev="Hyundai Heavy Industries and its striking workers' union resumed talks at the offices of the Labour Ministry in Ulsan on Thursday, a company spokesman said."
doc('u17k-04',p,'HYUNDAI, UNION RESUME TALKS',
 "SEOUL, July 30 - "+ev+"\n\nThe strike has halted work at the shipyard for nine days.",
 [M('Hyundai Heavy Industries strike talks',['hyundai','union'],p,'day','offices of the Labour Ministry, Ulsan',['Hyundai Heavy Industries',"workers' union"],'ongoing',ev)])

# 5 UN body at home; requester and accused are no party
p='1986-10-09'
ev="The Security Council will meet on Friday at the request of Nicaragua to consider its complaint against the United States, council diplomats said."
doc('u17k-05',p,'SECURITY COUNCIL TO MEET ON NICARAGUA',
 "UNITED NATIONS, Oct 9 - "+ev+"\n\nThe United States has vetoed similar resolutions.",
 [M('Security Council meeting on Nicaragua',['security council'],wd(p,'friday',1),'day','United Nations',['Security Council'],'upcoming',ev)])

# 6 sports body at a stated ground; "Leading"; country topic
p='1988-01-22'
ev="Leading officials of the International Cricket Conference will meet at Lord's on Tuesday to discuss South Africa's exclusion from test cricket, a spokesman said."
doc('u17k-06',p,'CRICKET CHIEFS TO DISCUSS SOUTH AFRICA',
 "LONDON, Jan 22 - "+ev+"\n\nSouth Africa has been barred since 1970.",
 [M('International Cricket Conference meeting',['international cricket conference'],wd(p,'tuesday',1),'day',"Lord's",['International Cricket Conference'],'upcoming',ev)])

# 7 visiting minister's talks with his host; a second meeting with no own date (optional)
p='1987-05-05'
ev="Soviet Foreign Minister Eduard Shevardnadze will visit Bonn next week for talks with Foreign Minister Hans-Dietrich Genscher on arms control, the Foreign Ministry said."
ev2="He will also meet Chancellor Helmut Kohl."
k2=M('Shevardnadze-Kohl meeting',['helmut kohl'],monday(p,1),'week','Bonn',['Eduard Shevardnadze','Helmut Kohl'],'upcoming',ev2)
k2['optional']=True
doc('u17k-07',p,'SHEVARDNADZE TO VISIT BONN',
 "BONN, May 5 - "+ev+" "+ev2+"\n\nBonn wants a deal on medium-range missiles.",
 [M('Shevardnadze-Genscher talks',['shevardnadze','genscher'],monday(p,1),'week','Bonn',['Eduard Shevardnadze','Hans-Dietrich Genscher'],'upcoming',ev),k2])

# 8 regional group of governors elsewhere than the dateline; a central bank speaker
p='1998-03-02'
ev="Asian central bank governors will meet in Tokyo on Friday to discuss regional currency cooperation, the Bank of Japan said."
doc('u17k-08',p,'ASIAN CENTRAL BANKERS TO MEET IN TOKYO',
 "HONG KONG, March 2 - "+ev+"\n\nSeveral Asian currencies have lost half their value since July.",
 [M('Asian central bank governors meeting',['asian central bank governors'],wd(p,'friday',1),'day','Tokyo',['Asian central bank governors'],'upcoming',ev)])

# 9 committee hearing at home; witness and chairman take part
p='1987-02-16'
ev="The House of Commons justice committee will hear testimony from Solicitor General James Kelleher on Thursday on the new spy agency, committee chairman Blaine Thacker said."
doc('u17k-09',p,'KELLEHER TO TESTIFY ON SPY AGENCY',
 "OTTAWA, Feb 16 - "+ev+"\n\nThe agency replaced the RCMP security service in 1984.",
 [M('Commons justice committee hearing',['justice committee'],wd(p,'thursday',1),'day','Ottawa',['House of Commons justice committee','James Kelleher','Blaine Thacker'],'upcoming',ev)])

# 10 a company's board and its annual meeting in one sentence; ticker
p='1987-09-14'
ev="USX Corp <X> directors will meet on Tuesday to consider a restructuring, and the company's annual meeting will follow in Pittsburgh on October 26, a spokesman said."
doc('u17k-10',p,'USX BOARD TO CONSIDER RESTRUCTURING',
 "PITTSBURGH, Sept 14 - "+ev+"\n\nUSX is the largest U.S. steelmaker.",
 [M('USX board meeting',['usx','directors'],wd(p,'tuesday',1),'day',None,['USX Corp'],'upcoming',ev),
  M('USX annual meeting',['annual meeting'],'1987-10-26','day','Pittsburgh',['USX Corp'],'upcoming',ev)])

# 11 union and a nationality + noun group; union president speaks
p='1987-05-18'
ev="The United Auto Workers union and Japanese carmakers operating U.S. plants will hold talks on Wednesday on union recognition, union president Owen Bieber said."
doc('u17k-11',p,'UAW, JAPANESE CARMAKERS TO TALK',
 "DETROIT, May 18 - "+ev+"\n\nNone of the Japanese plants is unionised.",
 [M('UAW-Japanese carmakers talks',['united auto workers','japanese carmakers'],wd(p,'wednesday',1),'day',None,['United Auto Workers','Japanese carmakers'],'upcoming',ev)])

# 12 leaders' talks next month; place in a later mention
p='1987-10-20'
ev="Mikhail Gorbachev and Indian Prime Minister Rajiv Gandhi will hold talks next month, Tass said."
doc('u17k-12',p,'GORBACHEV, GANDHI TO MEET',
 "MOSCOW, Oct 20 - "+ev+" The meeting in New Delhi will be their third this year.\n\nTrade between the two countries is growing.",
 [M('Gorbachev-Gandhi talks',['gorbachev','gandhi'],'1987-11','month','New Delhi',['Mikhail Gorbachev','Rajiv Gandhi'],'upcoming',ev)])

write()
