from stories import *

# Issue 17, session 6: a seventh fresh set, modern wire copy (12 stories,
# two with no meeting), for detection, merging, dates and status, written
# after the unseen17wz changes had landed and measured once before any
# change made with it in view (the figure is in dev_test.go).

# 1 a meeting "later in the day"; a visit that began yesterday
p='2025-08-29'
ev="Japanese Prime Minister Shigeru Ishiba will hold talks with Prime Minister Narendra Modi in Tokyo later in the day, officials said on Friday."
doc('u17wm-01',p,'Modi arrives in Tokyo',
 "Tokyo, Aug 29 (IANS) Prime Minister Narendra Modi arrived in Tokyo on Friday morning on a two-day visit to Japan. "+ev,
 [M('Modi-Ishiba talks',['ishiba','modi'],'2025-08-29','day','Tokyo',['Shigeru Ishiba','Narendra Modi'],'upcoming',ev)])

# 2 "the first meeting since" another event; the meeting yesterday
p='2025-03-05'
ev="The Union Cabinet, chaired by Prime Minister Narendra Modi, met on Tuesday and approved a scheme for rooftop solar panels."
doc('u17wm-02',p,'Cabinet approves rooftop solar scheme',
 "New Delhi, March 5 (IANS) "+ev+"\n\n"
 "It was the Cabinet's first meeting since the Budget was presented on February 1.",
 [M('Union Cabinet meeting',['union cabinet','cabinet'],wd(p,'tuesday',-1),'day','New Delhi',['Union Cabinet','Narendra Modi'],'past',ev)])

# 3 a council session "from Monday"; a vote "next week"
p='2025-09-05'
ev="The UN Human Rights Council will open its 60th session in Geneva on Monday, running until October 8."
doc('u17wm-03',p,'UNHRC session opens Monday',
 "Geneva, Sep 5 (IANS) "+ev+"\n\n"
 "A vote on a resolution on Sri Lanka is expected in the final week of the session.",
 [M('UNHRC 60th session',['human rights council','60th session'],wd(p,'monday',1),'day','Geneva',['UN Human Rights Council'],'upcoming',ev,end='2025-10-08')])

# 4 talks "held virtually on Wednesday"; "the next round" undated
p='2025-06-12'
ev="India and the European Union held the 12th round of talks on a free trade agreement virtually on Wednesday, the Commerce Ministry said."
doc('u17wm-04',p,'India, EU hold FTA talks',
 "New Delhi, June 12 (IANS) "+ev+"\n\n"
 "The next round will be held in Brussels, but no date has been set.",
 [M('India-EU FTA talks (12th round)',['12th round','free trade agreement'],wd(p,'wednesday',-1),'day',None,['India','European Union'],'past',ev)])

# 5 a meeting "scheduled for Thursday" was advanced to Wednesday
p='2025-01-20'
ev="The meeting of the GST Council, earlier scheduled for Thursday, has been advanced to Wednesday, officials said on Monday."
doc('u17wm-05',p,'GST Council meeting advanced',
 "New Delhi, Jan 20 (IANS) "+ev,
 [M('GST Council meeting',['gst council'],wd(p,'wednesday',1),'day',None,['GST Council'],'upcoming',ev)])

# 6 "is meeting" a minister "this afternoon"
p='2025-02-14'
ev="External Affairs Minister S. Jaishankar is meeting his French counterpart Jean-Noel Barrot in Paris this afternoon, the MEA said."
doc('u17wm-06',p,'Jaishankar to meet Barrot',
 "Paris, Feb 14 (IANS) "+ev+"\n\n"
 "On Thursday, Jaishankar addressed the Indian community in Marseille.",
 [M('Jaishankar-Barrot meeting',['jaishankar','barrot'],p,'day','Paris',['S. Jaishankar','Jean-Noel Barrot'],'upcoming',ev)])

# 7 a joint commission "last held in 2023"; meeting "on Monday"
p='2025-07-02'
ev="The 20th India-Oman Joint Commission meeting will be held in Muscat on Monday, co-chaired by Commerce Minister Piyush Goyal."
doc('u17wm-07',p,'India-Oman Joint Commission to meet',
 "Muscat, July 2 (IANS) "+ev+"\n\n"
 "The commission last met in New Delhi in May 2023.",
 [M('India-Oman Joint Commission (20th)',['joint commission','oman'],wd(p,'monday',1),'day','Muscat',['India','Oman','Piyush Goyal'],'upcoming',ev),
  M('India-Oman Joint Commission (2023)',['last met','2023'],'2023-05','month','New Delhi',['India','Oman'],'past',"The commission last met in New Delhi in May 2023.")])

# 8 a two-day summit "concluded on Sunday"
p='2025-07-07'
ev="The two-day BRICS summit in Rio de Janeiro concluded on Sunday with a joint declaration on trade and climate."
doc('u17wm-08',p,'BRICS summit ends with declaration',
 "Rio de Janeiro, July 7 (IANS) "+ev,
 [M('BRICS summit',['brics summit'],'2025-07-05','day','Rio de Janeiro',['BRICS'],'past',ev,end='2025-07-06')])

# 9 "will discuss ... when they meet next week"
p='2025-10-14'
ev="Defence Minister Rajnath Singh will discuss the supply of jet engines with his US counterpart when they meet in Kuala Lumpur next week."
doc('u17wm-09',p,'Rajnath to discuss jet engines with US',
 "New Delhi, Oct 14 (IANS) "+ev,
 [M('Rajnath Singh-US defence meeting',['rajnath singh','kuala lumpur'],monday(p,1),'week','Kuala Lumpur',['Rajnath Singh','US'],'upcoming',ev)])

# 10 an all-party meeting "held on Thursday" and "the meeting" later
p='2025-05-09'
ev="The Centre held an all-party meeting on Thursday to brief leaders on Operation Sindoor."
doc('u17wm-10',p,'Centre briefs parties on Operation Sindoor',
 "New Delhi, May 9 (IANS) "+ev+"\n\n"
 "Defence Minister Rajnath Singh chaired the meeting, which lasted two hours.",
 [M('All-party meeting',['all-party meeting'],wd(p,'thursday',-1),'day','New Delhi',['Rajnath Singh'],'past',ev)])

# 11 no meeting: a phone call and a statement
p='2025-04-23'
doc('u17wm-11',p,'Leaders condemn Pahalgam attack',
 "New Delhi, April 23 (IANS) US President Donald Trump spoke to Prime Minister Narendra Modi over the phone on Wednesday and condemned the attack in Pahalgam.",
 [])

# 12 no meeting: an exam, a launch and "meeting the target"
p='2025-11-03'
doc('u17wm-12',p,'ISRO launches satellite',
 "Sriharikota, Nov 3 (IANS) ISRO launched its heaviest communication satellite on Sunday, meeting a target set last year. The next launch is due in December.",
 [])

write()
