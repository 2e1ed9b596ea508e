from stories import *

# Issue 17, helper 17c: a fresh set of press releases, meeting notices,
# readouts and minutes (no wire datelines), written before any rule for
# them and measured once first (the figure is in listing_sets_test.go).

# 1 an AGM notice: "NOTICE IS HEREBY GIVEN that ... will be held at [venue] on"
p='2025-10-17'
ev="NOTICE IS HEREBY GIVEN that the Annual General Meeting of Kestrel Mining Limited will be held at the Perth Convention and Exhibition Centre, 21 Mounts Bay Road, Perth, Western Australia on Thursday, 20 November 2025 at 10.00am (AWST)."
doc('f17fb-01',p,'Notice of Annual General Meeting',
 "NOTICE OF ANNUAL GENERAL MEETING\n\n"+ev+"\n\n"
 "Shareholders registered at 7.00pm on Tuesday, 18 November 2025 will be entitled to attend and vote.",
 [M('Kestrel Mining AGM',['annual general meeting','kestrel'],'2025-11-20','day','Perth Convention and Exhibition Centre',['Kestrel Mining Limited'],'upcoming',ev)])

# 2 a council notice: "Pursuant to", "commencing at"
p='2025-11-21'
ev="Pursuant to section 61 of the Local Government Act 2020, notice is given that an Ordinary Meeting of the Ballarat City Council will be held in the Council Chamber, Town Hall, Sturt Street, Ballarat on Wednesday 26 November 2025, commencing at 6.30pm."
doc('f17fb-02',p,'Notice of Ordinary Council Meeting',
 "Notice of Ordinary Council Meeting\n\n"+ev+"\n\nThe meeting will be livestreamed on the Council's website.",
 [M('Ballarat City Council ordinary meeting',['ordinary meeting'],'2025-11-26','day','Ballarat',['Ballarat City Council'],'upcoming',ev)])

# 3 a ministry readout: "H.E." is not a name
p='2026-02-10'
ev="H.E. Sheikh Shakhboot bin Nahyan Al Nahyan, Minister of State, received H.E. Kenji Yamada, Ambassador of Japan to the UAE, at the Ministry's headquarters in Abu Dhabi on Monday."
doc('f17fb-03',p,'Minister of State receives Ambassador of Japan',
 ev+" The two sides discussed bilateral relations and cooperation in renewable energy.",
 [M('UAE-Japan meeting',['yamada','ambassador of japan'],'2026-02-09','day','Abu Dhabi',['Shakhboot bin Nahyan Al Nahyan','Kenji Yamada'],'past',ev)])

# 4 a meeting held by videoconference: no place, even with a dateline
p='2026-03-04'
ev="G7 Finance Ministers and Central Bank Governors held a meeting via videoconference on Tuesday, 3 March, chaired by Canadian Finance Minister Francois-Philippe Champagne."
doc('f17fb-04',p,'G7 Finance Ministers statement',
 "OTTAWA, 4 March 2026 - "+ev+"\n\nThey discussed the global economic outlook and support for Ukraine.",
 [M('G7 finance ministers meeting',['g7'],'2026-03-03','day',None,['G7','Francois-Philippe Champagne'],'past',ev)])

# 5 "At its monetary policy meeting today, the Bank Board kept" is past; the body is the participant
p='2026-02-05'
ev="At its monetary policy meeting today, the Bank Board of the Czech National Bank kept the two-week repo rate unchanged at 3.50%."
doc('f17fb-05',p,'CNB Bank Board decision',
 ev+" Five members voted in favour of this decision and two members voted for lowering the rate.",
 [M('CNB Bank Board monetary policy meeting',['bank board','monetary policy meeting'],'2026-02-05','day',None,['Czech National Bank'],'past',ev)])

# 6 the Security Council will hold an open debate on a day
p='2025-05-16'
ev="The Security Council will hold a high-level open debate on the protection of civilians in armed conflict on Tuesday, 20 May, presided over by the Foreign Minister of Greece."
doc('f17fb-06',p,'Programme of work',
 "Programme of work\n\n"+ev+" Secretary-General Antonio Guterres will brief the Council.",
 [M('UN Security Council open debate',['open debate'],'2025-05-20','day',None,['Security Council','Antonio Guterres','Greece'],'upcoming',ev)])

# 7 an Article IV consultation concluded (past), "On January 28, 2026,"
p='2026-02-02'
ev="On January 28, 2026, the Executive Board of the International Monetary Fund (IMF) concluded the Article IV consultation with Peru."
doc('f17fb-07',p,'IMF Executive Board Concludes 2025 Article IV Consultation with Peru',
 "Washington, DC: "+ev+" The authorities have agreed to the publication of the staff report.",
 [M('IMF Article IV consultation with Peru',['article iv'],'2026-01-28','day',None,['IMF','Peru'],'past',ev)])

# 8 "On March 2, commencing at 4:30 p.m." is the meeting's day, not the publication day
p='2026-02-20'
ev="On March 2, commencing at 4:30 p.m., the Board of Directors of Halvorsen Therapeutics will hold a special meeting to consider the merger proposal."
doc('f17fb-08',p,'Halvorsen Therapeutics announces special board meeting',
 ev+" The company will issue a press release after the meeting.",
 [M('Halvorsen Therapeutics board meeting',['board of directors','special meeting'],'2026-03-02','day',None,['Halvorsen Therapeutics'],'upcoming',ev)])

# 9 minutes of a two-day meeting
p='2025-11-19'
ev="Minutes of the Monetary Policy Committee meeting ending on 5 November 2025"
doc('f17fb-09',p,'Monetary Policy Summary and minutes',
 ev+"\n\nThe Bank of England's Monetary Policy Committee met on 4 and 5 November. At that meeting, the Committee voted by a majority of 5-4 to maintain Bank Rate at 4%.",
 [M('Bank of England MPC meeting',['monetary policy committee'],'2025-11-04','day',None,['Monetary Policy Committee'],'past',"The Bank of England's Monetary Policy Committee met on 4 and 5 November.",end='2025-11-05')])

# 10 a meeting named by its acronym only
p='2025-10-14'
ev="Senior officials from the ten member states attended the 25th SOMTC in Kuala Lumpur on 13 October."
doc('f17fb-10',p,'Officials prepare ministerial meeting on transnational crime',
 ev+" Their report will go to ministers at the AMMTC in November.",
 [M('SOMTC meeting',['somtc'],'2025-10-13','day','Kuala Lumpur',[],'past',ev),
  M('AMMTC meeting',['ammtc'],'2025-11','month',None,[],'upcoming',"Their report will go to ministers at the AMMTC in November.")])

# 11 "Hon." is not a name; a delegation to a council meeting abroad
p='2025-10-08'
ev="Hon. Lee Kinyanjui, Cabinet Secretary for Investments, Trade and Industry, will lead Kenya's delegation to the 45th COMESA Council of Ministers meeting in Lusaka from 14 to 16 October 2025."
doc('f17fb-11',p,'CS Kinyanjui to lead delegation to COMESA Council',
 ev+" The meeting will review the implementation of the COMESA Digital Free Trade Area.",
 [M('COMESA Council of Ministers meeting',['comesa'],'2025-10-14','day','Lusaka',['Lee Kinyanjui','Kenya','COMESA'],'upcoming',ev,end='2025-10-16')])

# 12 a consultation topic is not a place
p='2025-12-04'
ev="On 3 December, Deputy Foreign Minister Sergey Vershinin held consultations with UN Special Envoy Geir Pedersen on the situation in Syria."
doc('f17fb-12',p,'On the consultations of Sergey Vershinin with Geir Pedersen',
 ev+" The parties exchanged views on the political settlement.",
 [M('Vershinin-Pedersen consultations',['consultations','pedersen'],'2025-12-03','day',None,['Sergey Vershinin','Geir Pedersen'],'past',ev)])

# 13 no meeting: an earnings call and a results date
p='2025-10-23'
doc('f17fb-13',p,'Orinoco Energy to announce third quarter results',
 "Orinoco Energy Inc. will release its third quarter 2025 financial results after market close on Wednesday, November 5, 2025. The company will host a conference call on Thursday, November 6, 2025 at 9:00 a.m. ET to discuss the results.",
 [])

# 14 an EGM convened by the board at the company's offices
p='2025-11-18'
ev="The Board of Directors of Fjord Bulk Shipping ASA hereby convenes an Extraordinary General Meeting to be held on 9 December 2025 at 10:00 CET at the company's offices at Haakon VIIs gate 2, Oslo."
doc('f17fb-14',p,'Notice of Extraordinary General Meeting',
 "Notice of Extraordinary General Meeting\n\n"+ev+" The notice and the proposed resolutions are attached.",
 [M('Fjord Bulk Shipping EGM',['extraordinary general meeting'],'2025-12-09','day','Oslo',['Fjord Bulk Shipping ASA'],'upcoming',ev)])

# 15 a meeting held virtually, with a dateline city
p='2026-01-15'
ev="The Caribbean Community (CARICOM) Council for Trade and Economic Development will hold its 58th special meeting virtually on 22 January 2026."
doc('f17fb-15',p,'COTED to meet virtually',
 "GEORGETOWN, Guyana, 15 January 2026 - "+ev+" Trade ministers will consider the regional food security plan.",
 [M('CARICOM COTED special meeting',['coted','council for trade'],'2026-01-22','day',None,['CARICOM'],'upcoming',ev)])

write()
