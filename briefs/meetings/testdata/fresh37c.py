# fresh37c: leaders or ministers of two countries, named earlier with their countries, agree that "their"
# ministers, deputies or officials will meet: the countries are the parties (the read sets' annotators name
# them so). Beside it, "their" for a company and a union, and "their" whose owners are one country's. Written
# for round 22 in my own words after reading b30b-43, b27a-42 and b30b-20 (read sets), so not blind to the
# class. Measured once on a92da3e, before any rule: see fresh37_test.go. After that measurement story 01 was
# given the words "the United Kingdom and Ghana": its gold named the United Kingdom, which the text did not. `python3 fresh37c.py` writes
# fresh37c.jsonl.
from freshset import M, docset
D, write = docset("f37c")

e1="They agreed that their trade ministers would meet in Accra next month to conclude the investment framework."
D(1,"2026-05-12","Readout: Prime Minister's call with President of Ghana\n12 May 2026\n\nThe Prime Minister spoke to the President of Ghana, John Mahama, this afternoon.\n\nThe leaders discussed the partnership between the United Kingdom and Ghana, including trade, climate finance and security in the Sahel.\n\n"+e1+"\n",
 [M("Trade ministers meeting in Accra",["trade ministers would meet"],"2026-06","Accra",["United Kingdom","Ghana"],"upcoming",e1,prec="month",opt=False)])
e1="The two ministers also agreed that their deputies would hold a strategic dialogue in Tokyo next Wednesday."
D(2,"2026-09-15","SEOUL, Sept 15 (Yonhap) -- South Korean Foreign Minister Cho Hyun held a 30-minute phone call with Japanese Foreign Minister Takeshi Iwaya on Tuesday, the ministry said.\n\nThey discussed North Korea's missile launches and economic security.\n\n"+e1,
 [M("Cho-Iwaya phone call",["phone call"],"2026-09-15",None,["Cho Hyun","Takeshi Iwaya"],"past","South Korean Foreign Minister Cho Hyun held a 30-minute phone call with Japanese Foreign Minister Takeshi Iwaya on Tuesday, the ministry said.",opt=True),
  M("Japan-South Korea vice-ministerial strategic dialogue",["strategic dialogue"],"2026-09-23","Tokyo",["South Korea","Japan"],"upcoming",e1)])
e1="The leaders agreed that their defence ministers would meet in Jakarta in November."
D(3,"2026-08-20","CANBERRA, Aug 20 - Australian Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in Canberra on Thursday for the annual leaders' meeting.\n\n"+e1+" They also welcomed a new student exchange scheme.",
 [M("Albanese-Prabowo annual leaders' meeting",["leaders' meeting"],"2026-08-20","Canberra",["Anthony Albanese","Prabowo Subianto"],"past","Australian Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in Canberra on Thursday for the annual leaders' meeting."),
  M("Australia-Indonesia defence ministers meeting",["defence ministers would meet"],"2026-11","Jakarta",["Australia","Indonesia"],"upcoming",e1,prec="month")])
e1="The company and the union said their negotiators would meet again on Monday."
D(4,"2026-02-06","DETROIT, Feb 6 - Talks between Stellantis and the United Auto Workers ended on Friday without a deal on pensions.\n\n"+e1,
 [M("Stellantis-UAW talks",["talks"],"2026-02-06",None,["Stellantis","United Auto Workers"],"past","Talks between Stellantis and the United Auto Workers ended on Friday without a deal on pensions."),
  M("Stellantis-UAW negotiators meeting",["meet again"],"2026-02-09",None,["Stellantis","United Auto Workers"],"upcoming",e1)])
e1="They said their officials would meet in Ottawa next week to prepare the visit."
D(5,"2026-03-03","OTTAWA, March 3 - Canadian Foreign Minister Anita Anand and Foreign Minister of Mexico Juan Ramon de la Fuente spoke by telephone on Tuesday about the trade review.\n\n"+e1,
 [M("Anand-de la Fuente call",["spoke by telephone"],"2026-03-03",None,["Anita Anand","Juan Ramon de la Fuente"],"past","Canadian Foreign Minister Anita Anand and Foreign Minister of Mexico Juan Ramon de la Fuente spoke by telephone on Tuesday about the trade review.",opt=True),
  M("Canada-Mexico officials meeting in Ottawa",["officials would meet"],"2026-03-09","Ottawa",["Canada","Mexico"],"upcoming",e1,prec="week")])

write(__file__)
