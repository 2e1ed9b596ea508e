from stories import *

# Issue 17, session 7 (participants): a third fresh set, written after the
# roles.go rules had landed, as a first-sight measure of them on new text
# (the figure is in roles_test.go): participants in many shapes, not
# chosen for any one rule.

# 1 two ministers, one named in the sentence before
p='1987-10-12'
ev="He will hold talks with West German Economics Minister Martin Bangemann in Bonn on Wednesday."
doc('f17rc-01',p,'TAMURA IN EUROPE',
 "TOKYO, Oct 12 - Japanese Trade Minister Hajime Tamura leaves on Tuesday for a week-long tour of Europe.\n\n"+ev+" REUTER",
 [M('Tamura-Bangemann talks',['bangemann','tamura'],wd(p,'wednesday',1),'day','Bonn',['Hajime Tamura','Martin Bangemann'],'upcoming',ev)])

# 2 a union and an employer, the union's leader in the next sentence
p='2025-10-20'
ev="Air Canada and the union representing its flight attendants will resume talks in Montreal on Thursday, the airline said."
doc('f17rc-02',p,'AIR CANADA TALKS',
 "MONTREAL, Oct 20 - "+ev+"\n\n"
 "Wesley Lesosky, who heads the Canadian Union of Public Employees' Air Canada component, said members wanted a fair deal. REUTER",
 [M('Air Canada flight attendants talks',['talks','air canada'],wd(p,'thursday',1),'day','Montreal',['Air Canada','Canadian Union of Public Employees','Wesley Lesosky'],'upcoming',ev)])

# 3 a cabinet meeting chaired by a named leader; the topic names a state
p='2025-11-04'
ev="Chief Minister Hemant Soren will chair a cabinet meeting in Ranchi on Friday to discuss relief for farmers hit by floods in Bihar's border districts."
doc('f17rc-03',p,'JHARKHAND CABINET',
 "Ranchi, Nov 4 (IANS) "+ev+"\n\nThe meeting will also take up the new industrial policy.",
 [M('Jharkhand cabinet meeting',['cabinet meeting'],wd(p,'friday',1),'day','Ranchi',['Hemant Soren'],'upcoming',ev)])

# 4 creditor banks and a debtor, the bank chairing the committee named after
p='1987-05-18'
ev="Venezuela and its commercial bank creditors will meet in New York on Tuesday to sign a rescheduling of 20.3 billion dlrs of debt."
doc('f17rc-04',p,'VENEZUELA DEBT',
 "CARACAS, May 18 - "+ev+"\n\n"
 "The bank advisory committee is chaired by Chemical Bank's William Rhodes. REUTER",
 [M('Venezuela-bank creditors meeting',['creditors','venezuela'],wd(p,'tuesday',1),'day','New York',['Venezuela','commercial bank creditors','William Rhodes'],'upcoming',ev)])

# 5 a summit of a named group, its host and guests
p='2025-06-09'
ev="Group of Seven leaders gather in Kananaskis, Alberta, on Sunday for a three-day summit hosted by Canadian Prime Minister Mark Carney."
doc('f17rc-05',p,'G7 SUMMIT',
 "OTTAWA, June 9 - "+ev+"\n\n"
 "Ukrainian President Volodymyr Zelenskiy has been invited. REUTER",
 [M('G7 summit',['group of seven','summit'],wd(p,'sunday',1),'day','Kananaskis',['Group of Seven','Mark Carney','Volodymyr Zelenskiy'],'upcoming',ev,end=add(wd(p,'sunday',1),2))])

# 6 a company's board; the bidder is no party
p='1987-08-24'
ev="Gencorp Inc's board will meet on Wednesday to review the 100 dlr a share offer from General Partners, a company spokesman said."
doc('f17rc-06',p,'GENCORP BOARD',
 "AKRON, Ohio, Aug 24 - "+ev+"\n\n"
 "General Partners is controlled by Wagner and Brown and AFG Industries Inc. REUTER",
 [M('Gencorp board meeting',['board','gencorp'],wd(p,'wednesday',1),'day',None,['Gencorp Inc'],'upcoming',ev)])

# 7 "the two leaders" after both are named
p='2025-08-11'
ev="The two leaders will meet in Anchorage, Alaska, on Friday, the White House said."
doc('f17rc-07',p,'TRUMP, PUTIN TO MEET',
 "WASHINGTON, Aug 11 - President Donald Trump and Russian President Vladimir Putin agreed to hold a summit on the war in Ukraine.\n\n"+ev+" REUTER",
 [M('Trump-Putin summit',['two leaders','summit','anchorage'],wd(p,'friday',1),'day','Anchorage',['Donald Trump','Vladimir Putin'],'upcoming',ev)])

# 8 nationality + noun for both sides; a later sentence's chief negotiators
p='1987-09-07'
ev="Canadian and U.S. negotiators will resume free trade talks in Ottawa on Monday."
doc('f17rc-08',p,'FREE TRADE TALKS',
 "OTTAWA, Sept 7 - "+ev+"\n\n"
 "Simon Reisman leads the Canadian team and Peter Murphy the American one. REUTER",
 [M('Canada-U.S. free trade talks',['free trade talks'],wd(p,'monday',1),'day','Ottawa',['Canada','United States','Simon Reisman','Peter Murphy'],'upcoming',ev)])

# 9 an international body's council at its seat, with its president
p='2025-09-22'
ev="The IAEA Board of Governors meets in Vienna on Monday, with Director General Rafael Grossi due to report on Iran."
doc('f17rc-09',p,'IAEA BOARD',
 "VIENNA, Sept 22 - "+ev+"\n\n"
 "Western powers are pressing for a resolution. REUTER",
 [M('IAEA Board of Governors meeting',['board of governors','iaea'],wd(p,'monday',1),'day','Vienna',['IAEA Board of Governors','Rafael Grossi'],'ongoing',ev)])

# 10 farmers' unions and a minister; "the Centre"
p='2025-12-01'
ev="Agriculture Minister Shivraj Singh Chouhan will meet representatives of farmers' unions in New Delhi on Wednesday."
doc('f17rc-10',p,'FARMERS TALKS',
 "New Delhi, Dec 1 (IANS) "+ev+"\n\nThe unions are demanding a legal guarantee on crop prices.",
 [M('Chouhan-farmers unions meeting',['farmers','chouhan'],wd(p,'wednesday',1),'day','New Delhi',['Shivraj Singh Chouhan',"farmers' unions"],'upcoming',ev)])

# 11 a person and a body, the body's delegation leader after
p='1987-02-16'
ev="Brazilian Finance Minister Dilson Funaro will meet the International Monetary Fund's managing director, Michel Camdessus, in Washington on Thursday."
doc('f17rc-11',p,'FUNARO TO MEET CAMDESSUS',
 "BRASILIA, Feb 16 - "+ev+"\n\n"
 "Brazil wants new money without an IMF programme. REUTER",
 [M('Funaro-Camdessus meeting',['camdessus','funaro'],wd(p,'thursday',1),'day','Washington',['Dilson Funaro','International Monetary Fund','Michel Camdessus'],'upcoming',ev)])

# 12 no named party: a meeting of "officials"
p='2025-10-07'
ev="Officials will meet on Thursday to review the evacuation plan, a district spokesman said."
doc('f17rc-12',p,'EVACUATION REVIEW',
 "MANILA, Oct 7 - "+ev+"\n\nThe typhoon is expected to make landfall on Saturday. REUTER",
 [M('Evacuation plan review meeting',['evacuation plan'],wd(p,'thursday',1),'day',None,[],'upcoming',ev)])

write()
