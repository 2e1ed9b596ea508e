from stories import *

# Issue 17, session 6: an eighth fresh set for detection, merging, dates and
# status (13 stories, two with no meeting), written after the unseen17wm
# changes had landed and measured once before any change made with it in
# view (the figure is in dev_test.go).

# 1 the meeting "on Tuesday" and "Tuesday's talks" later: one
p='1987-04-09'
ev="Japanese Foreign Minister Tadashi Kuranari met Chinese Premier Zhao Ziyang in Peking on Tuesday to discuss trade and the status of a student dormitory in Kyoto."
doc('u17wq-01',p,'KURANARI, ZHAO DISCUSS TRADE',
 "PEKING, April 9 - "+ev+"\n\n"
 "Chinese officials said after Tuesday's talks that the dormitory issue remained unresolved. REUTER",
 [M('Kuranari-Zhao talks',['kuranari','zhao'],wd(p,'tuesday',-1),'day','Peking',['Tadashi Kuranari','Zhao Ziyang'],'past',ev)])

# 2 a meeting "this weekend"; a meeting a month ago
p='1987-05-14'
ev1="West African central bank governors will meet in Dakar this weekend to discuss a common currency, bankers said."
ev2="Their last meeting, in Lome on April 12, ended without agreement."
doc('u17wq-02',p,'WEST AFRICAN BANKERS TO MEET',
 "DAKAR, May 14 - "+ev1+"\n\n"
 +ev2+" REUTER",
 [M('West African central bank governors meeting (Dakar)',['central bank governors','dakar'],monday(p,0),'week','Dakar',[],'upcoming',ev1),
  M('West African central bank governors meeting (Lome)',['last meeting','lome'],'1987-04-12','day','Lome',[],'past',ev2)])

# 3 "began a visit" "yesterday"; talks today
p='1987-03-24'
ev="Egyptian President Hosni Mubarak, who began a visit to Washington yesterday, holds talks with President Reagan at the White House today."
doc('u17wq-03',p,'MUBARAK MEETS REAGAN',
 "WASHINGTON, March 24 - "+ev+" REUTER",
 [M('Mubarak-Reagan talks',['mubarak','reagan'],p,'day','White House',['Hosni Mubarak','Reagan'],'upcoming',ev)])

# 4 "after the meeting ended on Wednesday"
p='1987-10-16'
ev="Gulf Cooperation Council oil ministers agreed to hold prices at 18 dlrs, a Saudi official said after their meeting ended in Riyadh on Wednesday."
doc('u17wq-04',p,'GCC OIL MINISTERS BACK 18 DLRS',
 "RIYADH, Oct 16 - "+ev+" REUTER",
 [M('GCC oil ministers meeting',['gulf cooperation council','oil ministers'],wd(p,'wednesday',-1),'day','Riyadh',['Gulf Cooperation Council'],'past',ev)])

# 5 talks "due to open" next month; earlier talks "in 1985"
p='1987-08-27'
ev="Talks between India and Pakistan on the Siachen glacier are due to open in Rawalpindi next month, Indian officials said."
doc('u17wq-05',p,'INDIA, PAKISTAN TO DISCUSS SIACHEN',
 "NEW DELHI, Aug 27 - "+ev+"\n\n"
 "The two sides last discussed the glacier in 1985. REUTER",
 [M('India-Pakistan Siachen talks',['siachen'],'1987-09','month','Rawalpindi',['India','Pakistan'],'upcoming',ev)])

# 6 modern: "held talks on Monday", "the talks" again, a trip's end
p='2025-03-18'
ev="Prime Minister Narendra Modi held talks with New Zealand Prime Minister Christopher Luxon in New Delhi on Monday."
doc('u17wq-06',p,'Modi, Luxon hold talks',
 "New Delhi, March 18 (IANS) "+ev+"\n\n"
 "The talks focused on trade, defence and education. Luxon will leave for Mumbai on Wednesday.",
 [M('Modi-Luxon talks',['luxon','modi'],wd(p,'monday',-1),'day','New Delhi',['Narendra Modi','Christopher Luxon'],'past',ev)])

# 7 modern: a meeting "to be held on March 28"; its venue in a later sentence
p='2025-03-20'
ev="The Council of Ministers of the Bay of Bengal Initiative will meet on March 28 to prepare for the summit."
doc('u17wq-07',p,'BIMSTEC ministers to meet',
 "New Delhi, March 20 (IANS) "+ev+"\n\n"
 "The meeting will be held in Bangkok, where the summit takes place on April 4.",
 [M('BIMSTEC ministerial meeting',['council of ministers','bay of bengal'],'2025-03-28','day','Bangkok',['Bay of Bengal Initiative'],'upcoming',ev),
  M('BIMSTEC summit',['summit','april 4'],'2025-04-04','day','Bangkok',['Bay of Bengal Initiative'],'upcoming',"The meeting will be held in Bangkok, where the summit takes place on April 4.")])

# 8 a session "resumed" today after a break
p='1987-06-16'
ev="The Geneva Conference on Disarmament resumed its summer session today after a two-week break."
doc('u17wq-08',p,'DISARMAMENT CONFERENCE RESUMES',
 "GENEVA, June 16 - "+ev+"\n\n"
 "The session runs until August 28. REUTER",
 [M('Conference on Disarmament summer session',['conference on disarmament','summer session'],p,'day','Geneva',['Conference on Disarmament'],'ongoing',ev,end='1987-08-28')])

# 9 talks "scheduled to end" tomorrow, begun Monday
p='1987-11-11'
ev="Soviet-Japanese talks on fishing rights, which began in Moscow on Monday, are scheduled to end tomorrow, a Japanese official said."
doc('u17wq-09',p,'SOVIET, JAPANESE FISHING TALKS',
 "TOKYO, Nov 11 - "+ev+" REUTER",
 [M('Soviet-Japanese fishing talks',['fishing','talks'],wd(p,'monday',-1),'day','Moscow',['Soviet Union','Japan'],'ongoing',ev,end=add(p,1))])

# 10 "will receive" a visitor on a day
p='1987-07-22'
ev="Pope John Paul will receive Austrian President Kurt Waldheim at the Vatican on June 25, the Vatican said."
doc('u17wq-10',p,'POPE TO RECEIVE WALDHEIM',
 "VATICAN CITY, July 22 - "+ev+" REUTER",
 [M('Pope-Waldheim audience',['waldheim','pope'],'1988-06-25','day','Vatican',['John Paul','Kurt Waldheim'],'upcoming',ev)])

# 11 an extraordinary general meeting "adjourned" to a date
p='1987-09-29'
ev="The extraordinary general meeting of Blue Arrow Plc was adjourned today until October 6 to allow more shareholders to vote, the company said."
doc('u17wq-11',p,'BLUE ARROW MEETING ADJOURNED',
 "LONDON, Sept 29 - "+ev+" REUTER",
 [M('Blue Arrow extraordinary general meeting',['extraordinary general meeting','blue arrow'],'1987-10-06','day',None,['Blue Arrow Plc'],'upcoming',ev)])

# 12 no meeting: an anniversary and a deadline
p='1987-12-29'
doc('u17wq-12',p,'DEADLINE NEARS FOR TAX FILINGS',
 "WASHINGTON, Dec 29 - Companies must file their returns by January 15. The agency marks its 125th anniversary on Friday. REUTER",
 [])

# 13 no meeting: "meeting" in a name, a concert
p='2025-06-20'
doc('u17wq-13',p,'Yoga Day event in Visakhapatnam',
 "Visakhapatnam, June 20 (IANS) Prime Minister Narendra Modi will lead the International Day of Yoga celebrations on the beach on Saturday, officials said.",
 [])

write()
