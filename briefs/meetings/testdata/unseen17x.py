from stories import *

# Issue 17, one more out-of-sample check for meetings, dates and status (the
# meetings-and-dates helper's "k" set, named x beside the other unseen17k):
# ten stories written after the unseen17j rule changes, measured once.

# 1 a habitual meeting beside a specific extraordinary session
p='1987-08-05'
ev="Chile's central bank board, which meets every Thursday, will hold an extraordinary session tomorrow to discuss the peso, a bank official said."
doc('u17x-01',p,'CHILE CENTRAL BANK TO MEET ON PESO',
 "SANTIAGO, Aug 5 - "+ev,
 [M('Chilean central bank board extraordinary session',['extraordinary session','central bank board'],add(p,1),'day','Santiago',['Chile'],'upcoming',ev)])

# 2 a two-day summit opened today
p='1988-03-15'
ev="Leaders of the six Front Line states opened a two-day summit in Harare today to discuss South Africa."
doc('u17x-02',p,'FRONT LINE SUMMIT OPENS',
 "HARARE, March 15 - "+ev,
 [M('Front Line states summit',['front line','summit'],p,'day','Harare',['Front Line states'],'ongoing',ev,end=add(p,1))])

# 3 reported meeting last Friday and a next one in August
p='1987-06-17'
ev="Prime Minister David Lange said he had met Australian Prime Minister Bob Hawke for an hour in Sydney last Friday and that the two would meet again in Wellington in August."
doc('u17x-03',p,'LANGE MET HAWKE',
 "WELLINGTON, June 17 - "+ev,
 [M('Lange-Hawke meeting in Sydney',['sydney','hawke'],wd(p,'friday',-1),'day','Sydney',['David Lange','Bob Hawke'],'past',ev),
  M('Lange-Hawke meeting in Wellington',['meet again','wellington'],'1987-08','month','Wellington',['David Lange','Bob Hawke'],'upcoming',ev)])

# 4 last met in a relative clause; due to meet again next Tuesday
p='1987-01-28'
ev="The International Tin Council's creditors, who last met on January 15, are due to meet again in London next Tuesday."
doc('u17x-04',p,'TIN CREDITORS TO MEET',
 "LONDON, Jan 28 - "+ev,
 [M('Tin Council creditors meeting January 15',['last met','january 15'],'1987-01-15','day',None,['International Tin Council'],'past',ev),
  M('Tin Council creditors meeting next Tuesday',['meet again','next tuesday'],wd(p,'tuesday',1),'day','London',['International Tin Council'],'upcoming',ev)])

# 5 "originally set for May 10, will now be held on June 7"
p='1988-05-18'
ev="Texaco Inc's annual meeting, originally set for May 10, will now be held on June 7 in Tulsa, Oklahoma, the company said."
doc('u17x-05',p,'TEXACO MOVES ANNUAL MEETING',
 "NEW YORK, May 18 - "+ev,
 [M('Texaco annual meeting',['texaco','annual meeting'],'1988-06-07','day','Tulsa, Oklahoma',['Texaco Inc'],'upcoming',ev)])

# 6 talks this week; a summit next month
p='1987-10-22'
ev="West German and French defence ministers are holding talks in Bonn this week on a joint army brigade, and will report to their leaders at a summit in Karlsruhe on November 12."
doc('u17x-06',p,'BRIGADE TALKS IN BONN',
 "BONN, Oct 22 - "+ev,
 [M('Franco-German defence ministers talks',['defence ministers','bonn'],monday(p,0),'week','Bonn',['West Germany','France'],'ongoing',ev),
  M('Franco-German summit in Karlsruhe',['karlsruhe','summit'],'1987-11-12','day','Karlsruhe',['West Germany','France'],'upcoming',ev)])

# 7 no meeting: bid deadline, decision, a bidding war
p='1987-04-29'
doc('u17x-07',p,'BIDS FOR UNIT DUE MAY 15',
 "PITTSBURGH, April 29 - Allegheny International said the deadline for bids for its Sunbeam unit is May 15 and a decision is expected by the end of June.\n\nThe bidding began on April 2.",
 [])

# 8 an emergency meeting; the later "The meeting" is the same
p='1987-12-16'
ev="Arab League foreign ministers begin an emergency meeting in Tunis on Saturday to discuss the Palestinian uprising in the occupied territories, the league said."
doc('u17x-08',p,'ARAB LEAGUE EMERGENCY MEETING',
 "CAIRO, Dec 16 - "+ev+" The meeting was called at the request of the Palestine Liberation Organisation.",
 [M('Arab League emergency meeting',['arab league','emergency meeting'],wd(p,'saturday',1),'day','Tunis',['Arab League'],'upcoming',ev)])

# 9 a participle phrase; the meeting's date is the main verb's
p='1988-01-20'
ev="Federal and provincial finance ministers, meeting in Ottawa for the third time in as many months, agreed today on a new revenue-sharing formula."
doc('u17x-09',p,'MINISTERS AGREE ON REVENUE SHARING',
 "OTTAWA, Jan 20 - "+ev,
 [M('Federal-provincial finance ministers meeting',['finance ministers'],p,'day','Ottawa',[],'past',ev)])

# 10 in session since June 9, adjourns August 28
p='1987-07-22'
ev="The 40-nation Conference on Disarmament, in session since June 9, will adjourn on August 28."
doc('u17x-10',p,'DISARMAMENT CONFERENCE TO ADJOURN',
 "GENEVA, July 22 - "+ev,
 [M('Conference on Disarmament session',['conference on disarmament'],'1987-06-09','day','Geneva',['Conference on Disarmament'],'ongoing',ev,end='1987-08-28')])

write()
