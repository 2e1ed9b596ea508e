from stories import *

# Issue 17, place and participants: 7 stories written after the unseen17pd
# fixes (testdata/unseen17pe.py), the last check of what generalises,
# annotated per meetings.GUIDELINE.md and measured once (figures in
# dev_test.go).

# 1 a central bank's council at home, named by the bank's nickname
p='1987-06-23'
ev="The Swiss National Bank's directorate will review monetary policy at its quarterly meeting on Thursday, a bank spokesman said."
doc('u17pe-01',p,'SWISS NATIONAL BANK TO REVIEW POLICY',
 "ZURICH, June 23 - "+ev+"\n\n"
 "Economists expect no change in the 3.5 pct discount rate. The Swiss franc firmed to 1.5120 per dollar from 1.5190 yesterday. REUTER",
 [M('Swiss National Bank quarterly meeting',['directorate','quarterly meeting'],wd(p,'thursday',1),'day','Zurich',['Swiss National Bank'],'upcoming',ev)])

# 2 a visiting minister's talks, the hosts named in the next sentence
p='1987-11-16'
ev="Indonesian Mines and Energy Minister Subroto began two days of talks here today on oil and gas cooperation."
doc('u17pe-02',p,'SUBROTO IN TALKS IN TOKYO',
 "TOKYO, Nov 16 - "+ev+"\n\n"
 "He met International Trade and Industry Minister Hajime Tamura this morning and will see Foreign Minister Sosuke Uno tomorrow, officials said.\n\n"
 "Japan buys about half of Indonesia's liquefied natural gas exports. REUTER",
 [M('Subroto talks in Tokyo',['subroto','oil and gas'],p,'day','Tokyo',['Subroto'],'ongoing',ev,end=add(p,1)),
  M('Subroto-Tamura meeting',['tamura'],p,'day','Tokyo',['Subroto','Hajime Tamura'],'past',"He met International Trade and Industry Minister Hajime Tamura this morning and will see Foreign Minister Sosuke Uno tomorrow, officials said."),
  M('Subroto-Uno meeting',['uno'],add(p,1),'day','Tokyo',['Subroto','Sosuke Uno'],'upcoming',"He met International Trade and Industry Minister Hajime Tamura this morning and will see Foreign Minister Sosuke Uno tomorrow, officials said.")])

# 3 Indian wire: a council meeting in another state's city
p='2025-12-11'
ev="The GST Council will meet in Kevadia in Gujarat on December 20 to consider cutting the tax on life and health insurance premiums, Finance Minister Nirmala Sitharaman said here on Thursday."
doc('u17pe-03',p,'GST Council to meet on Dec 20',
 "New Delhi, Dec 11 (IANS) "+ev+"\n\n"
 "A group of ministers headed by Bihar Deputy Chief Minister Samrat Choudhary has recommended exempting term insurance from the tax.\n\n"
 "States have sought compensation for any loss of revenue.",
 [M('GST Council meeting in Kevadia',['gst council','kevadia'],'2025-12-20','day','Kevadia',['GST Council','Nirmala Sitharaman'],'upcoming',ev)])

# 4 strikers and employers at a conciliation service
p='1987-02-17'
ev="Leaders of the striking print unions and News International management will meet at the offices of the conciliation service ACAS on Thursday in a fresh attempt to end the Wapping dispute."
doc('u17pe-04',p,'WAPPING TALKS ON THURSDAY',
 "LONDON, Feb 17 - "+ev+"\n\n"
 "The dispute began in January 1986 when Rupert Murdoch moved production of his four national newspapers to a new plant at Wapping in east London. SOGAT '82 general secretary Brenda Dean said the unions would go to the talks with an open mind. REUTER",
 [M('Wapping dispute talks at ACAS',['acas','wapping'],wd(p,'thursday',1),'day','ACAS',['print unions','News International','Brenda Dean'],'upcoming',ev)])

# 5 a visiting delegation received by a named host at home
p='1987-09-29'
ev="A Soviet trade delegation headed by Deputy Foreign Trade Minister Ivan Ivanov arrived today for talks with Commerce Minister Joao Sayad on doubling bilateral trade."
doc('u17pe-05',p,'SOVIET TRADE TEAM IN BRASILIA',
 "BRASILIA, Sept 29 - "+ev+"\n\n"
 "Brazil sold 400 mln dlrs of goods to the Soviet Union last year, mainly soybeans and coffee, and bought mostly oil. REUTER",
 [M('Soviet-Brazil trade talks',['soviet trade delegation','sayad'],p,'day','Brasilia',['Soviet Union','Ivan Ivanov','Joao Sayad'],'ongoing',ev)])

# 6 a company's board met in a named city
p='1987-04-21'
ev="Directors of Allied-Signal Inc <ALD> meeting in Morristown, N.J., yesterday approved a plan to sell the company's Ampex unit, a spokesman said."
doc('u17pe-06',p,'ALLIED-SIGNAL BOARD BACKS AMPEX SALE',
 "NEW YORK, April 21 - "+ev+"\n\n"
 "The sale is expected to raise about 500 mln dlrs. Allied-Signal shares closed up 1/2 at 47-3/4. REUTER",
 [M('Allied-Signal board meeting',['directors','morristown'],add(p,-1),'day','Morristown',['Allied-Signal Inc'],'past',ev)])

# 7 Indian wire: two states' chief ministers meet a minister in the capital
p='2025-06-18'
ev="Punjab Chief Minister Bhagwant Mann and Haryana Chief Minister Nayab Singh Saini will meet Union Jal Shakti Minister C.R. Patil here on Friday to resolve the dispute over sharing Bhakra dam water."
doc('u17pe-07',p,'Mann, Saini to meet Patil on water row',
 "New Delhi, June 18 (IANS) "+ev+"\n\n"
 "The Bhakra Beas Management Board had ordered the release of additional water to Haryana last month, a decision Punjab has challenged in the High Court.",
 [M('Mann-Saini-Patil meeting',['bhakra','patil'],wd(p,'friday',1),'day','New Delhi',['Bhagwant Mann','Nayab Singh Saini','C.R. Patil'],'upcoming',ev)])

write()
