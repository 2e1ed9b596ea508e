from stories import *

# Issue 17, helper 17c (session 10): the second fresh set, written half-way
# after the implied-place rules of fresh17u landed (main 96de32a), with
# other wording, countries and bodies of the same kinds: implied places of
# a government, a parliament's committee, a central bank, a regional body
# at its seat, a visiting minister; no place for a company, a foreign
# government, a body away from its seat; stated places in apposition, at
# offices and headquarters, "hosted by", a later mention, a city rather
# than its country; the status of a meeting under way today; one meeting
# mentioned twice and two meetings of one kind. Annotated strictly by
# meetings.GUIDELINE.md and measured once at first sight (dev_test.go,
# TestFresh17u2Set).

# 1 a government's council of ministers met, under its capital
p='2026-10-22'
ev="Senegal's council of ministers met on Wednesday and adopted the draft 2027 budget, the government said in a statement."
doc('f17u2-01',p,'Senegal budget',
 "DAKAR, Oct 22 (Reuters) - "+ev+" "
 "The budget forecasts a deficit of 5.4% of GDP.\n\n"
 "The IMF mission left Dakar last week. REUTER",
 [M('Senegal council of ministers meeting',['council of ministers'],wd(p,'wednesday',-1),'day','Dakar',["Senegal's council of ministers"],'past',ev)])

# 2 a central bank's board decided at its meeting, under its city
p='2025-08-13'
ev="Norway's central bank held its policy rate at 4.25% at its meeting last week, but said a cut in September was likely."
doc('f17u2-02',p,'Norges Bank',
 "OSLO, Aug 13 (Reuters) - "+ev+" "
 "The crown weakened after the statement. REUTER",
 [M('Norges Bank policy meeting',['meeting last week'],monday(p,-1),'week','Oslo',["Norway's central bank"],'past',ev)])

# 3 a parliament committee's hearing in its home city
p='2026-02-03'
ev="The Bundestag's budget committee will hold a hearing with Finance Minister Lars Klingbeil on Thursday about the spending freeze."
doc('f17u2-03',p,'Bundestag hearing',
 "BERLIN, Feb 3 (Reuters) - "+ev+" "
 "Opposition lawmakers accuse the government of hiding a gap of 30 billion euros. REUTER",
 [M('Bundestag budget committee session',['budget committee','hearing'],wd(p,'thursday',1),'day','Berlin',["Bundestag's budget committee",'Lars Klingbeil'],'upcoming',ev)])

# 4 a regional body's summit at its seat
p='2026-02-10'
ev="African Union heads of state will open their annual summit on Saturday with the war in Sudan at the top of the agenda."
doc('f17u2-04',p,'AU summit',
 "ADDIS ABABA, Feb 10 (Reuters) - "+ev+" "
 "The two-day summit will also elect a new deputy chairperson.\n\n"
 "Angola holds the rotating chairmanship. REUTER",
 [M('AU summit',['annual summit','african union'],wd(p,'saturday',1),'day','Addis Ababa',['African Union'],'upcoming',ev,end=add(wd(p,'saturday',1),1))])

# 5 a visiting foreign minister "who arrived on Monday"
p='2025-04-29'
ev="Vietnamese Prime Minister Pham Minh Chinh held talks on Tuesday with Australian Foreign Minister Penny Wong, who arrived on Monday."
doc('f17u2-05',p,'Wong in Hanoi',
 "HANOI, April 29 (Reuters) - "+ev+" "
 "They agreed to expand cooperation on critical minerals. REUTER",
 [M('Pham Minh Chinh-Wong talks',['penny wong','pham minh chinh'],p,'day','Hanoi',['Pham Minh Chinh','Penny Wong'],'past',ev)])

# 6 a company's extraordinary general meeting under its home dateline: no place
p='2026-06-15'
ev="Petrobras shareholders will hold an extraordinary general meeting on July 10 to elect two board members, the company said."
doc('f17u2-06',p,'Petrobras EGM',
 "RIO DE JANEIRO, June 15 (Reuters) - "+ev+" "
 "The government holds a majority of voting shares. REUTER",
 [M('Petrobras extraordinary general meeting',['extraordinary general meeting','petrobras'],'2026-07-10','day',None,['Petrobras'],'upcoming',ev)])

# 7 a foreign government's meeting: no place
p='2026-05-21'
ev="Japan's cabinet will meet on Friday to approve a supplementary budget, a government official said."
doc('f17u2-07',p,'Japan budget',
 "SEOUL, May 21 (Reuters) - "+ev+" "
 "South Korean exporters are watching the yen closely. REUTER",
 [M('Japan cabinet meeting',['cabinet will meet'],wd(p,'friday',1),'day',None,["Japan's cabinet"],'upcoming',ev)])

# 8 a central bank away from its seat: no place
p='2025-11-26'
ev="The Reserve Bank of Australia's board meets next week and is expected to keep the cash rate at 3.6%."
doc('f17u2-08',p,'RBA preview',
 "WELLINGTON, Nov 26 (Reuters) - "+ev+" "
 "The New Zealand central bank cut its rate on Wednesday. REUTER",
 [M('RBA board meeting',['board meets'],monday(p,1),'week',None,['Reserve Bank of Australia'],'upcoming',ev)])

# 9 a meeting stated elsewhere than the dateline
p='2026-09-08'
ev="Serbian and Kosovo negotiators met in Brussels on Monday under EU mediation, the bloc's envoy said."
doc('f17u2-09',p,'Serbia-Kosovo',
 "BELGRADE, Sept 8 (Reuters) - "+ev+" "
 "No agreement was reached on the license plates dispute. REUTER",
 [M('Serbia-Kosovo talks',['kosovo negotiators','eu mediation'],wd(p,'monday',-1),'day','Brussels',['Serbia','Kosovo','EU'],'past',ev)])

# 10 apposition: "in the capital, Naypyitaw"
p='2026-01-06'
ev="Myanmar's military government will hold talks with ethnic armed groups in the capital, Naypyitaw, next week, state media said."
doc('f17u2-10',p,'Myanmar talks',
 "YANGON, Jan 6 (Reuters) - "+ev+" "
 "Several groups have refused to attend. REUTER",
 [M('Myanmar peace talks',['ethnic armed groups'],monday(p,1),'week','Naypyitaw',["Myanmar's military government"],'upcoming',ev)])

# 11 "the Ugandan capital" is Kampala
p='2026-07-14'
ev="Regional leaders will meet in the Ugandan capital on Saturday to discuss the crisis in South Sudan, a Ugandan official said."
doc('f17u2-11',p,'South Sudan summit',
 "JUBA, July 14 (Reuters) - "+ev+" "
 "Fighting has displaced 50,000 people since May. REUTER",
 [M('regional leaders meeting on South Sudan',['regional leaders'],wd(p,'saturday',1),'day','Kampala',[],'upcoming',ev)])

# 12 "at the headquarters of" a body in a city
p='2025-10-07'
ev="The unions and the employers' association will resume negotiations at the headquarters of the labour ministry in Rome on Thursday."
doc('f17u2-12',p,'Italian contract talks',
 "MILAN, Oct 7 (Reuters) - Italian metalworkers' unions called off a strike planned for Friday. "+ev+"\n\n"
 "The contract expired in June. REUTER",
 [M('metalworkers contract negotiations',['resume negotiations','labour ministry'],wd(p,'thursday',1),'day','Rome',[],'upcoming',ev)])

# 13 "at the offices of" a law firm
p='2026-03-17'
ev="Creditors of the property developer will meet at the offices of law firm Kirkland & Ellis in Hong Kong on March 25 to vote on the restructuring plan."
doc('f17u2-13',p,'Developer restructuring',
 "SHANGHAI, March 17 (Reuters) - "+ev+" "
 "The company defaulted on its dollar bonds in 2023. REUTER",
 [M('creditors meeting',['creditors','restructuring plan'],'2026-03-25','day','Hong Kong',[],'upcoming',ev)])

# 14 "hosted by" a country in its city, reported from elsewhere
p='2026-04-27'
ev="Talks between Ethiopia and Egypt on the Nile dam, hosted by the United Arab Emirates in Abu Dhabi, will resume on Wednesday, diplomats said."
doc('f17u2-14',p,'Nile dam talks',
 "CAIRO, April 27 (Reuters) - "+ev+" "
 "Egypt says the dam threatens its water supply. REUTER",
 [M('Ethiopia-Egypt Nile dam talks',['nile dam','abu dhabi'],wd(p,'wednesday',1),'day','Abu Dhabi',['Ethiopia','Egypt','United Arab Emirates'],'upcoming',ev)])

# 15 the place of a later mention
p='2025-09-15'
ev="Thai and Cambodian defence officials held talks on Sunday on withdrawing troops from the border."
doc('f17u2-15',p,'Thai-Cambodian talks',
 "BANGKOK, Sept 15 (Reuters) - "+ev+" "
 "The talks in Kuala Lumpur were brokered by Malaysia, which chairs ASEAN.\n\n"
 "A ceasefire has held since July. REUTER",
 [M('Thailand-Cambodia defence talks',['defence officials'],wd(p,'sunday',-1),'day','Kuala Lumpur',['Thailand','Cambodia','Malaysia'],'past',ev)])

# 16 the city rather than the country
p='2026-08-18'
ev="Venezuelan government and opposition negotiators will meet in Bridgetown, Barbados, on Friday, Norwegian mediators said."
doc('f17u2-16',p,'Venezuela talks',
 "CARACAS, Aug 18 (Reuters) - "+ev+" "
 "The opposition wants a date for elections. REUTER",
 [M('Venezuela government-opposition talks',['opposition negotiators'],wd(p,'friday',1),'day','Bridgetown',['Venezuela','Norway'],'upcoming',ev)])

# 17 a body's name, not a place: "at the IMF"
p='2026-04-13'
ev="Argentina's economy minister Luis Caputo will meet IMF managing director Kristalina Georgieva on Wednesday to discuss a new loan programme."
doc('f17u2-17',p,'Caputo-Georgieva',
 "BUENOS AIRES, April 13 (Reuters) - "+ev+" "
 "Argentina owes the fund more than $50 billion. REUTER",
 [M('Caputo-Georgieva meeting',['caputo','georgieva'],wd(p,'wednesday',1),'day',None,['Luis Caputo','Kristalina Georgieva'],'upcoming',ev)])

# 18 "are meeting" today: ongoing
p='2026-11-12'
ev="Foreign ministers of the Organization of American States are meeting in Washington on Thursday to discuss the situation in Haiti."
doc('f17u2-18',p,'OAS ministers',
 "WASHINGTON, Nov 12 (Reuters) - "+ev+" "
 "Gang violence has forced the closure of the main airport. REUTER",
 [M('OAS foreign ministers meeting',['organization of american states','foreign ministers'],p,'day','Washington',['Organization of American States'],'ongoing',ev)])

# 19 a session of today "in its second day"
p='2025-06-25'
ev="The NATO summit in The Hague entered its second and final day on Wednesday, with leaders set to endorse a new spending target."
doc('f17u2-19',p,'NATO summit',
 "THE HAGUE, June 25 (Reuters) - "+ev+" "
 "Spain has asked for an exemption. REUTER",
 [M('NATO summit',['nato summit'],wd(p,'tuesday',-1),'day','The Hague',['NATO'],'ongoing',ev,end=p)])

# 20 a conference that "got under way" today
p='2026-10-19'
ev="The annual meetings of the World Bank and the IMF got under way in Washington on Monday."
doc('f17u2-20',p,'IMF meetings',
 "WASHINGTON, Oct 19 (Reuters) - "+ev+" "
 "Debt relief for poor countries is high on the agenda. REUTER",
 [M('IMF-World Bank annual meetings',['annual meetings'],p,'day','Washington',['World Bank','IMF'],'ongoing',ev)])

# 21 a week-long round spanning the date
p='2026-05-20'
ev="The fifth round of talks on a free trade agreement between the European Union and Indonesia, which opened on Monday, ends on Friday."
doc('f17u2-21',p,'EU-Indonesia talks',
 "JAKARTA, May 20 (Reuters) - "+ev+" "
 "Palm oil remains the main obstacle. REUTER",
 [M('EU-Indonesia FTA talks',['fifth round','free trade agreement'],wd(p,'monday',-1),'day','Jakarta',['European Union','Indonesia'],'ongoing',ev,end=wd(p,'friday',1))])

# 22 the same meeting mentioned as "Monday's meeting"
p='2026-03-25'
ev="Turkish President Tayyip Erdogan met Syrian President Ahmed al-Sharaa on Monday to discuss Kurdish forces in northern Syria."
doc('f17u2-22',p,'Erdogan-Sharaa',
 "ANKARA, March 25 (Reuters) - "+ev+" "
 "Monday's meeting was their fourth this year, a Turkish official said.\n\n"
 "Turkey has troops in northern Syria. REUTER",
 [M('Erdogan-Sharaa meeting',['erdogan','sharaa'],wd(p,'monday',-1),'day','Ankara',['Tayyip Erdogan','Ahmed al-Sharaa'],'past',ev)])

# 23 two meetings of one body: the next week's and last week's
p='2026-09-09'
ev="OPEC+ ministers will meet again next week, two sources said."
ev2="At last week's meeting, the group agreed to raise output by 137,000 barrels per day."
doc('f17u2-23',p,'OPEC+ meetings',
 "LONDON, Sept 9 (Reuters) - "+ev+" "+ev2+"\n\n"
 "Brent fell 2% on Wednesday. REUTER",
 [M('OPEC+ ministers meeting',['meet again next week'],monday(p,1),'week',None,['OPEC+'],'upcoming',ev),
  M('OPEC+ meeting last week',["last week's meeting"],monday(p,-1),'week',None,['OPEC+'],'past',ev2)])

# 24 no meeting: a deadline and a vote
p='2026-12-01'
doc('f17u2-24',p,'Budget vote',
 "PRAGUE, Dec 1 (Reuters) - Czech lawmakers will vote on the 2027 budget on Dec. 10, the speaker said. "
 "The deadline for amendments is Friday.\n\n"
 "The coalition has a majority of eight seats. REUTER",
 [])

# 25 a foreign delegation "here", past, and a company's board
p='2026-02-18'
ev="A delegation of Chinese lawmakers met members of Kenya's Senate here on Tuesday to discuss infrastructure loans."
ev2="The board of Kenya Airways will meet on Feb. 27 to approve a rights issue."
doc('f17u2-25',p,'Chinese lawmakers in Nairobi',
 "NAIROBI, Feb 18 (Reuters) - "+ev+" "
 "China financed the Mombasa-Nairobi railway. "+ev2+"\n\n"
 "The shilling was stable. REUTER",
 [M('Chinese lawmakers-Kenyan Senate meeting',['chinese lawmakers'],wd(p,'tuesday',-1),'day','Nairobi',["Kenya's Senate",'China'],'past',ev),
  M('Kenya Airways board meeting',['kenya airways'],'2026-02-27','day',None,['Kenya Airways'],'upcoming',ev2)])

write()
