from stories import *

# Issue 17, helper 17h: a second set for places and non-wire formats,
# written after the rules of fresh17h had landed (f95eefc) to see what they
# generalise to, annotated by meetings.GUIDELINE.md and measured once (the
# figure is in listing_sets_test.go). Half wire stories whose difficulty is
# the place, half notices, minutes, tables, diaries and bulletins in
# layouts fresh17h does not have.

# ---------------------------------------------------------------- wire

# 1 a body at its seat
p='2026-04-10'
ev="The Council of Europe's Committee of Ministers will meet on Wednesday to discuss the special tribunal for Ukraine."
doc('f17h2-01',p,'Council of Europe ministers',
 "STRASBOURG, April 10 (Reuters) - "+ev+" Forty-six member states sit on the committee.",
 [M('Council of Europe Committee of Ministers meeting',['committee of ministers'],wd(p,'wednesday',1),'day','Strasbourg',['Council of Europe'],'upcoming',ev)])

# 2 a capital by its nationality, filed elsewhere
p='2026-04-09'
ev="West African heads of state will hold a summit in the Nigerian capital on Sunday to discuss the withdrawal of three Sahel states."
doc('f17h2-02',p,'ECOWAS summit',
 "ACCRA, April 9 (Reuters) - "+ev+" Ghana's president will attend.",
 [M('ECOWAS summit',['summit'],wd(p,'sunday',1),'day','Abuja',[],'upcoming',ev)])

# 3 a central bank's committee at home
p='2026-04-10'
ev="The Reserve Bank of New Zealand's Monetary Policy Committee meets on Wednesday and is expected to cut the cash rate."
doc('f17h2-03',p,'RBNZ seen cutting',
 "WELLINGTON, April 10 (Reuters) - "+ev+" The kiwi dollar fell.",
 [M('RBNZ Monetary Policy Committee meeting',['monetary policy committee'],wd(p,'wednesday',1),'day','Wellington',['Reserve Bank of New Zealand'],'upcoming',ev)])

# 4 talks by videoconference under a seat's dateline
p='2026-04-14'
ev="Iranian officials and the International Atomic Energy Agency held technical talks by videoconference on Monday, the agency said."
doc('f17h2-04',p,'Iran, IAEA talk',
 "VIENNA, April 14 (Reuters) - "+ev+" No date was set for inspectors to return.",
 [M('Iran-IAEA technical talks',['technical talks'],wd(p,'monday',-1),'day',None,['Iran','International Atomic Energy Agency'],'past',ev)])

# 5 a port city by periphrasis and name
p='2026-04-10'
ev="Britain's foreign secretary will meet her Ukrainian counterpart next week in the Black Sea port city of Odesa, the Foreign Office said."
doc('f17h2-05',p,'Foreign secretary to visit Odesa',
 "LONDON, April 10 (Reuters) - "+ev+" The visit has not been announced in Kyiv.",
 [M('UK-Ukraine foreign ministers meeting',['foreign secretary','ukrainian counterpart'],monday(p,1),'week','Odesa',['Britain','Ukraine'],'upcoming',ev)])

# 6 a border crossing as the venue
p='2026-04-14'
ev="Indian and Pakistani border officials will meet at the Attari-Wagah crossing on Thursday to discuss the return of fishermen."
doc('f17h2-06',p,'Border officials to meet',
 "NEW DELHI, April 14 (Reuters) - "+ev+" About 200 fishermen are held in Pakistan.",
 [M('India-Pakistan border officials meeting',['border officials'],wd(p,'thursday',1),'day','Attari-Wagah crossing',['India','Pakistan'],'upcoming',ev)])

# 7 a company's meeting at the dateline: no place
p='2026-04-10'
ev="Nissan Motor Co will hold its annual shareholders' meeting on June 23, the company said on Friday."
doc('f17h2-07',p,'Nissan sets AGM',
 "TOKYO, April 10 (Reuters) - "+ev+" Investors are expected to question the board on its turnaround plan.",
 [M('Nissan annual shareholders meeting',["annual shareholders' meeting"],'2026-06-23','day',None,['Nissan Motor Co'],'upcoming',ev)])

# 8 an alliance's headquarters under its seat's dateline
p='2026-04-14'
ev="NATO defence ministers will meet at the alliance's headquarters on Thursday to discuss air defence for Ukraine."
doc('f17h2-08',p,'NATO ministers',
 "BRUSSELS, April 14 (Reuters) - "+ev+" Ukraine's defence minister will join the meeting.",
 [M('NATO defence ministers meeting',['defence ministers'],wd(p,'thursday',1),'day','Brussels',['NATO'],'upcoming',ev)])

# 9 a home minister; a place in another clause
p='2026-04-14'
ev="Farmers' unions will meet Agriculture Minister Annie Genevard on Friday, after a week of protests in Brittany."
doc('f17h2-09',p,'Farmers to meet minister',
 "PARIS, April 14 (Reuters) - "+ev+" The unions want a freeze on new environmental rules.",
 [M('Farmers unions meeting with agriculture minister',['farmers\' unions'],wd(p,'friday',1),'day','Paris',['Annie Genevard'],'upcoming',ev)])

# 10 the Fed at home
p='2026-04-24'
ev="The Federal Reserve's policy-setting committee begins a two-day meeting on Tuesday, with rates expected on hold."
doc('f17h2-10',p,'Fed meets',
 "WASHINGTON, April 24 (Reuters) - "+ev+" Futures price one cut by September.",
 [M('FOMC meeting',['two-day meeting'],wd(p,'tuesday',1),'day','Washington',['Federal Reserve'],'upcoming',ev,end=add(wd(p,'tuesday',1),1))])

# ---------------------------------------------------------------- not wire

# 11 a week-ahead with "City: body" lines and no verb
p='2026-04-10'
e1="Luxembourg: Foreign Affairs Council"
e2="Luxembourg: Agriculture and Fisheries Council"
doc('f17h2-11',p,'Week ahead 13-17 April',
 "Week ahead 13-17 April\n\nTuesday 14 April\n"+e1+"\nStrasbourg: European Parliament committee votes\n\nThursday 16 April\n"+e2+"\n",
 [M('Foreign Affairs Council',['foreign affairs council'],'2026-04-14','day','Luxembourg',['Foreign Affairs Council'],'upcoming',e1),
  M('Agriculture and Fisheries Council',['agriculture and fisheries council'],'2026-04-16','day','Luxembourg',['Agriculture and Fisheries Council'],'upcoming',e2)])

# 12 a parish council's notice
p='2026-04-07'
ev="A meeting of Little Wickham Parish Council will be held in the Village Hall on Monday 13 April 2026 at 7.30pm."
doc('f17h2-12',p,'Notice of meeting',
 "NOTICE OF MEETING\n\n"+ev+"\n\nMembers of the public are welcome to attend.\n\nDated: 7 April 2026\nClerk: J. Smith\n",
 [M('Little Wickham Parish Council meeting',['parish council'],'2026-04-13','day','Village Hall',['Little Wickham Parish Council'],'upcoming',ev)])

# 13 a calendar line with its city in brackets
p='2026-02-05'
e1="Annual General Meeting .......... 12 May 2026 (Stockholm)"
doc('f17h2-13',p,'Financial calendar',
 "Nordvik AB - financial calendar\n\nInterim report January-March .......... 23 April 2026\n"+e1+"\nHalf-year report .......... 16 July 2026\n",
 [M('Nordvik AGM',['annual general meeting'],'2026-05-12','day','Stockholm',['Nordvik AB'],'upcoming',e1)])

# 14 a bulletin: talks resume over two days
p='2026-02-27'
ev="Talks with management are scheduled to resume on March 3 and 4."
doc('f17h2-14',p,'Bargaining bulletin',
 "Unifor Local 222 - Bargaining bulletin\n\nYour committee met the company on February 25. "+ev+" Stay tuned.",
 [M('Unifor Local 222 talks with management',['talks with management'],'2026-03-03','day',None,['Unifor Local 222'],'upcoming',ev,end='2026-03-04'),
  M('Unifor Local 222 meeting with company',['committee met'],'2026-02-25','day',None,['Unifor Local 222'],'past',"Your committee met the company on February 25.")])

# 15 a committee table with a header row
p='2026-04-07'
e1="14 April 2026 | Audit Committee | Committee Room 2"
e2="21 April 2026 | Full Council | Council Chamber"
doc('f17h2-15',p,'Committee meetings',
 "Forthcoming meetings\n\nDate | Meeting | Location\n"+e1+"\n"+e2+"\n",
 [M('Audit Committee meeting',['audit committee'],'2026-04-14','day','Committee Room 2',['Audit Committee'],'upcoming',e1),
  M('Full Council meeting',['full council'],'2026-04-21','day','Council Chamber',['Full Council'],'upcoming',e2)])

# 16 minutes with a labelled next meeting
p='2026-04-20'
e1="Next meeting: Tuesday 12 May 2026 at 6pm in the Pavilion."
doc('f17h2-16',p,'Minutes',
 "Hadley Cricket Club - committee minutes, 14 April 2026\n\nPresent: R. Ahmed (Chair), S. Lee, P. Owen.\n\n1. Fixtures. Agreed.\n2. Nets. Repairs approved.\n\n"+e1+"\n",
 [M('Hadley Cricket Club committee meeting April',['committee minutes'],'2026-04-14','day',None,['Hadley Cricket Club'],'past',"Hadley Cricket Club - committee minutes, 14 April 2026"),
  M('Hadley Cricket Club next committee meeting',['next meeting'],'2026-05-12','day','Pavilion',['Hadley Cricket Club'],'upcoming',e1)])

# 17 a diary with a body's name alone
p='2026-04-14'
e1="08:00 Breakfast meeting with business leaders, Mansion House"
e2="11:00 Cabinet"
doc('f17h2-17',p,"Prime Minister's diary",
 "Prime Minister's engagements\nThursday 16 April\n\n"+e1+"\n"+e2+"\n15:00 Visit to a school in Croydon\n",
 [M('Breakfast meeting with business leaders',['breakfast meeting'],'2026-04-16','day','Mansion House',[],'upcoming',e1),
  M('Cabinet meeting',['cabinet'],'2026-04-16','day',None,['Cabinet'],'upcoming',e2)])

# 18 a company's board by videoconference
p='2026-04-14'
ev="The Board of Directors will meet on Wednesday, 29 April 2026, via videoconference, to approve the first-quarter results."
doc('f17h2-18',p,'Board meeting',
 "Solberg Energy ASA\n\n"+ev+" The results will be published on 30 April.",
 [M('Solberg Energy board meeting',['board of directors'],'2026-04-29','day',None,['Solberg Energy ASA'],'upcoming',ev)])

write()
