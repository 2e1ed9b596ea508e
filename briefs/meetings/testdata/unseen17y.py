from stories import *

# Issue 17, the last out-of-sample check of the meetings-and-dates rules:
# eight stories written after the unseen17x rule changes, measured once.

# 1 met in August (relative clause); a second meeting there on Friday
p='1988-09-14'
ev="South and North Korean parliamentary delegates, who met at the border village of Panmunjom in August, will hold a second preliminary meeting there on Friday, officials said."
doc('u17y-01',p,'KOREAN DELEGATES TO MEET AGAIN',
 "SEOUL, Sept 14 - "+ev,
 [M('Korean parliamentary delegates meeting in August',['met at the border village','august'],'1988-08','month','Panmunjom',['South Korea','North Korea'],'past',ev),
  M('Korean parliamentary second preliminary meeting',['second preliminary meeting'],wd(p,'friday',1),'day','Panmunjom',['South Korea','North Korea'],'upcoming',ev)])

# 2 talks ended yesterday; the next meeting a year on
p='1987-11-19'
ev1="Commonwealth finance ministers ended their talks in Bangkok yesterday."
ev2="Their next meeting will be held in Cyprus in September 1988."
doc('u17y-02',p,'COMMONWEALTH MINISTERS END TALKS',
 "LONDON, Nov 19 - "+ev1+" "+ev2,
 [M('Commonwealth finance ministers talks in Bangkok',['bangkok','commonwealth'],add(p,-1),'day','Bangkok',['Commonwealth'],'past',ev1),
  M('Commonwealth finance ministers meeting in Cyprus',['cyprus'],'1988-09','month','Cyprus',['Commonwealth'],'upcoming',ev2)])

# 3 "are gathered ... for their annual two-day meeting, which opened on Tuesday"
p='1987-05-20'
ev="OECD ministers are gathered in Paris for their annual two-day meeting, which opened on Tuesday."
doc('u17y-03',p,'OECD MINISTERS MEET',
 "PARIS, May 20 - "+ev+"\n\nUnemployment is high on the agenda.",
 [M('OECD ministerial meeting',['oecd'],wd(p,'tuesday',-1),'day','Paris',['OECD'],'ongoing',ev,end=p)])

# 4 a vote postponed; hearings held in February
p='1987-03-04'
ev="The committee's chairman said hearings on the bill had been held in February."
doc('u17y-04',p,'SENATE PANEL DELAYS BANK BILL VOTE',
 "WASHINGTON, March 4 - The Senate Banking Committee postponed indefinitely a vote scheduled for Thursday on the banking bill. "+ev,
 [M('Senate Banking Committee hearings',['hearings'],'1987-02','month','Washington',['Senate Banking Committee'],'past',ev)])

# 5 a meeting the day before a G-7 meeting
p='1988-02-10'
ev="Finance Minister Kiichi Miyazawa is scheduled to meet U.S. Treasury Secretary James Baker in Washington on February 22, the day before a Group of Seven meeting there."
doc('u17y-05',p,'MIYAZAWA TO MEET BAKER',
 "TOKYO, Feb 10 - "+ev,
 [M('Miyazawa-Baker meeting',['miyazawa','baker'],'1988-02-22','day','Washington',['Kiichi Miyazawa','James Baker'],'upcoming',ev),
  M('Group of Seven meeting',['group of seven'],'1988-02-23','day','Washington',['Group of Seven'],'upcoming',ev)])

# 6 "meeting in closed session this week"
p='1987-06-10'
ev="The International Atomic Energy Agency's board of governors, meeting in closed session this week, is expected to discuss South Africa's membership."
doc('u17y-06',p,'IAEA BOARD MEETS',
 "VIENNA, June 10 - "+ev,
 [M('IAEA board of governors meeting',['board of governors'],monday(p,0),'week','Vienna',['International Atomic Energy Agency'],'ongoing',ev)])

# 7 in Washington for talks today and tomorrow
p='1987-09-23'
ev="Brazilian Finance Minister Luiz Bresser Pereira is in Washington for talks with IMF Managing Director Michel Camdessus today and tomorrow."
doc('u17y-07',p,'BRESSER PEREIRA IN WASHINGTON',
 "WASHINGTON, Sept 23 - "+ev,
 [M('Bresser Pereira-Camdessus talks',['camdessus','bresser pereira'],p,'day','Washington',['Luiz Bresser Pereira','Michel Camdessus'],'ongoing',ev,end=add(p,1))])

# 8 "last week's failure" is no meeting; a special summit in February
p='1987-12-09'
ev="After last week's failure in Copenhagen, European Community leaders will try again at a special summit in Brussels in February."
doc('u17y-08',p,'EC LEADERS TO TRY AGAIN',
 "BRUSSELS, Dec 9 - "+ev,
 [M('EC special summit',['special summit'],'1988-02','month','Brussels',['European Community'],'upcoming',ev)])

write()
