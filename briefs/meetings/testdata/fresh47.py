#!/usr/bin/env python3
"""Build fresh47.jsonl: 8 invented wire stories on ways of telling a meeting that the head finder may not
know (round 31): a chief executive "will be questioned by MPs on" a committee, a company "invited to
testify", officials "due to appear before the Dail's" committee, a regulator's "oral hearing", elders who
"held a jirga", provincial leaders who "will receive a delegation", a minister "would be received by" a
premier, talks "which begin tomorrow", union leaders who "held a conference call", a bank that "will
convene donor governments", a ministry that "will host senior officials", officials who "met lawyers for"
two companies, a minister who "briefed the provincial assembly's" committee, "a session of the forum's
executive board", a congress "called for" a day, "a follow-up round is scheduled", a commission that
"will resume its work". Written before any rule of round 31 that reads them and measured once."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set, wd, md, week, month, mname, rel

S = Set("f47")
doc = S.doc

# ---------------------------------------------------------------- 01
p = "2006-02-08"
doc(1, p, "Royal Post chief to face MPs over strike", """
LONDON, Feb 8 (Reuters) - Royal Post chief executive Martin Heald will be questioned about the delivery strike by MPs on the Commons business committee on Tuesday, the committee said.

Heald met leaders of the Communication Staff Union on Friday but the talks ended without a deal after three hours.

The union's executive will hold a conference call on Thursday to decide whether to call a second 48-hour stoppage.

Industry regulator Postcomm has invited Heald to testify on service standards in Belfast on Feb. 21.
""", [
    M("Commons business committee hearing with Heald", ["business committee"], wd(p, "tuesday", "future"), "day", None,
      ["Commons business committee", "Martin Heald"], "upcoming",
      "LONDON, Feb 8 (Reuters) - Royal Post chief executive Martin Heald will be questioned about the delivery strike by MPs on the Commons business committee on Tuesday, the committee said."),
    M("Heald-CSU talks", ["talks ended"], wd(p, "friday", "past"), "day", None,
      ["Martin Heald", "Communication Staff Union"], "past",
      "Heald met leaders of the Communication Staff Union on Friday but the talks ended without a deal after three hours."),
    M("CSU executive conference call", ["conference call"], wd(p, "thursday", "future"), "day", None,
      ["Communication Staff Union"], "upcoming",
      "The union's executive will hold a conference call on Thursday to decide whether to call a second 48-hour stoppage."),
    M("Postcomm hearing with Heald in Belfast", ["postcomm", "testify"], "2006-02-21", "day", "Belfast",
      ["Postcomm", "Martin Heald"], "upcoming",
      "Industry regulator Postcomm has invited Heald to testify on service standards in Belfast on Feb. 21."),
])

# ---------------------------------------------------------------- 02
p = "2011-09-07"
doc(2, p, "Irish health board officials to explain overspend", """
DUBLIN, Sept 7 (Reuters) - Officials of the Midland Health Board are due to appear before the Dail's health committee on Tuesday, Sept. 13, to explain a 40 million euro overspend, the committee chairman said.

The board's directors discussed the deficit at a special meeting in Tullamore last Friday.

The Competition Authority will hold an oral hearing at its Dublin offices on Sept. 20 on the proposed merger of two hospital caterers, Fresco Foods and Vale Catering.
""", [
    M("Dail health committee hearing with Midland Health Board", ["health committee"], "2011-09-13", "day", None,
      ["Dail's health committee", "Midland Health Board"], "upcoming",
      "DUBLIN, Sept 7 (Reuters) - Officials of the Midland Health Board are due to appear before the Dail's health committee on Tuesday, Sept. 13, to explain a 40 million euro overspend, the committee chairman said."),
    M("Midland Health Board special meeting", ["special meeting"], wd(p, "friday", "past"), "day", "Tullamore",
      ["Midland Health Board"], "past",
      "The board's directors discussed the deficit at a special meeting in Tullamore last Friday."),
    M("Competition Authority oral hearing on caterers' merger", ["oral hearing"], "2011-09-20", "day", "Competition Authority offices, Dublin",
      ["Competition Authority", "Fresco Foods", "Vale Catering"], "upcoming",
      "The Competition Authority will hold an oral hearing at its Dublin offices on Sept. 20 on the proposed merger of two hospital caterers, Fresco Foods and Vale Catering."),
])

# ---------------------------------------------------------------- 03
p = "1998-10-21"
doc(3, p, "Pakistan tribal elders press for loan write-off", """
QUETTA, Pakistan, Oct 21 (Reuters) - Tribal elders from the Kachhi district held a jirga in Dhadar yesterday and demanded that the federal government write off farm loans after two years of drought.

Balochistan's chief minister, Sardar Akhtar Mengal, will receive a delegation of the elders in Quetta on Friday, his office said.

Provincial Agriculture Minister Nawab Dost Muhammad briefed the provincial assembly's standing committee on agriculture on the drought on Tuesday.

The assembly's budget session has been called for November 2.
""", [
    M("Kachhi elders' jirga in Dhadar", ["jirga"], rel(p, -1), "day", "Dhadar", ["Tribal elders from the Kachhi district"], "past",
      "QUETTA, Pakistan, Oct 21 (Reuters) - Tribal elders from the Kachhi district held a jirga in Dhadar yesterday and demanded that the federal government write off farm loans after two years of drought."),
    M("Chief minister receives elders' delegation", ["receive a delegation"], wd(p, "friday", "future"), "day", "Quetta",
      ["Sardar Akhtar Mengal", "Tribal elders from the Kachhi district"], "upcoming",
      "Balochistan's chief minister, Sardar Akhtar Mengal, will receive a delegation of the elders in Quetta on Friday, his office said."),
    M("Agriculture minister briefs assembly committee", ["standing committee on agriculture"], wd(p, "tuesday", "past"), "day", "Quetta",
      ["Nawab Dost Muhammad", "standing committee on agriculture"], "past",
      "Provincial Agriculture Minister Nawab Dost Muhammad briefed the provincial assembly's standing committee on agriculture on the drought on Tuesday."),
    M("Balochistan assembly budget session", ["budget session"], "1998-11-02", "day", "Quetta", ["Balochistan"], "upcoming",
      "The assembly's budget session has been called for November 2."),
])

# ---------------------------------------------------------------- 04
p = "1984-01-17"
doc(4, p, "Greek minister in Cairo for cotton talks", """
CAIRO, Jan 17 (Reuters) - Greek Trade Minister Yannis Kapsis arrived here today for talks with Egyptian Economy Minister Mustafa el-Said, which begin tomorrow, on cotton purchases and a planned shipping line.

The official Middle East News Agency said Kapsis would also be received by Prime Minister Fuad Mohieddin on Friday before returning to Athens.

Kapsis discussed the agenda with the Egyptian ambassador in Athens, Ahmed Tawfik, last Friday, Greek officials said.

A follow-up round is scheduled to be held in Athens in March.
""", [
    M("Kapsis-el-Said talks", ["talks with egyptian economy minister"], rel(p, 1), "day", "Cairo",
      ["Yannis Kapsis", "Mustafa el-Said"], "upcoming",
      "CAIRO, Jan 17 (Reuters) - Greek Trade Minister Yannis Kapsis arrived here today for talks with Egyptian Economy Minister Mustafa el-Said, which begin tomorrow, on cotton purchases and a planned shipping line."),
    M("Kapsis received by Prime Minister Mohieddin", ["received by prime minister"], wd(p, "friday", "future"), "day", "Cairo",
      ["Yannis Kapsis", "Fuad Mohieddin"], "upcoming",
      "The official Middle East News Agency said Kapsis would also be received by Prime Minister Fuad Mohieddin on Friday before returning to Athens."),
    M("Kapsis-Tawfik meeting", ["egyptian ambassador"], wd(p, "friday", "past"), "day", "Athens",
      ["Yannis Kapsis", "Ahmed Tawfik"], "past",
      "Kapsis discussed the agenda with the Egyptian ambassador in Athens, Ahmed Tawfik, last Friday, Greek officials said."),
    M("Follow-up round in Athens", ["follow-up round"], mname(p, 3, "future"), "month", "Athens", ["Greece", "Egypt"], "upcoming",
      "A follow-up round is scheduled to be held in Athens in March."),
])

# ---------------------------------------------------------------- 05
p = "2015-06-10"
doc(5, p, "World Bank to convene donors on Lake Chad basin", """
WASHINGTON, June 10 (Reuters) - The World Bank will convene donor governments in Paris on June 16 to raise funds for irrigation projects in the Lake Chad basin, a bank spokeswoman said.

The Lake Chad Basin Commission will resume its work in N'Djamena on Friday after a three-month break caused by insecurity, she said.

Chad's ministry of water will host senior officials from the four other member states in N'Djamena later this month.
""", [
    M("World Bank donor meeting in Paris", ["donor governments"], "2015-06-16", "day", "Paris", ["World Bank"], "upcoming",
      "WASHINGTON, June 10 (Reuters) - The World Bank will convene donor governments in Paris on June 16 to raise funds for irrigation projects in the Lake Chad basin, a bank spokeswoman said."),
    M("Lake Chad Basin Commission resumes work", ["lake chad basin commission"], wd(p, "friday", "future"), "day", "N'Djamena",
      ["Lake Chad Basin Commission"], "upcoming",
      "The Lake Chad Basin Commission will resume its work in N'Djamena on Friday after a three-month break caused by insecurity, she said."),
    M("Chad hosts member states' senior officials", ["senior officials"], "2015-06", "month", "N'Djamena", ["Chad"], "upcoming",
      "Chad's ministry of water will host senior officials from the four other member states in N'Djamena later this month."),
])

# ---------------------------------------------------------------- 06
p = "2019-03-26"
doc(6, p, "U.S. antitrust officials weigh grocery merger remedies", """
WASHINGTON, March 26 (Reuters) - U.S. antitrust officials met lawyers for grocery chains FoodHall and Greenway on Monday to discuss the sale of about 200 stores needed to win approval for their merger, people familiar with the talks said.

FoodHall chief executive Dana Whitlow will meet state attorneys general from Ohio and Michigan in Columbus on Tuesday, April 2, to address concerns about rural stores.

The Federal Trade Commission's five commissioners discussed the case at a closed session last Friday.
""", [
    M("Antitrust officials meet merger lawyers", ["met lawyers"], wd(p, "monday", "past"), "day", None,
      ["U.S.", "FoodHall", "Greenway"], "past",
      "WASHINGTON, March 26 (Reuters) - U.S. antitrust officials met lawyers for grocery chains FoodHall and Greenway on Monday to discuss the sale of about 200 stores needed to win approval for their merger, people familiar with the talks said."),
    M("Whitlow meets state attorneys general", ["attorneys general"], "2019-04-02", "day", "Columbus",
      ["Dana Whitlow", "Ohio", "Michigan"], "upcoming",
      "FoodHall chief executive Dana Whitlow will meet state attorneys general from Ohio and Michigan in Columbus on Tuesday, April 2, to address concerns about rural stores."),
    M("FTC closed session", ["closed session"], wd(p, "friday", "past"), "day", None, ["Federal Trade Commission"], "past",
      "The Federal Trade Commission's five commissioners discussed the case at a closed session last Friday."),
])

# ---------------------------------------------------------------- 07
p = "2003-11-18"
doc(7, p, "Gas exporters' forum prepares ministerial meeting", """
DOHA, Nov 18 (Reuters) - Ministers of the Gas Exporters' Council will meet in Doha on Friday to discuss long-term contract pricing, the council's secretariat said.

The ministerial meeting will be preceded by a session of the council's executive board in Doha on Wednesday.

The Qatari energy ministry will also hold a pre-budget consultation with the country's gas producers on Nov. 25.

Members of the council last met in Algiers in June.
""", [
    M("Gas Exporters' Council ministerial meeting", ["ministerial meeting"], wd(p, "friday", "future"), "day", "Doha",
      ["Gas Exporters' Council"], "upcoming",
      "DOHA, Nov 18 (Reuters) - Ministers of the Gas Exporters' Council will meet in Doha on Friday to discuss long-term contract pricing, the council's secretariat said."),
    M("Executive board session", ["executive board"], wd(p, "wednesday", "future"), "day", "Doha", ["Gas Exporters' Council"], "upcoming",
      "The ministerial meeting will be preceded by a session of the council's executive board in Doha on Wednesday."),
    M("Qatari pre-budget consultation with gas producers", ["pre-budget consultation"], "2003-11-25", "day", None,
      ["Qatar"], "upcoming",
      "The Qatari energy ministry will also hold a pre-budget consultation with the country's gas producers on Nov. 25."),
    M("Council meeting in Algiers", ["last met"], mname(p, 6, "past"), "month", "Algiers", ["Gas Exporters' Council"], "past",
      "Members of the council last met in Algiers in June."),
])

# ---------------------------------------------------------------- 08
p = "1992-05-13"
doc(8, p, "Kenya farm union and millers to resume maize talks", """
NAIROBI, May 13 (Reuters) - The Kenya Farmers' Union and the Cereal Millers' Association will resume talks on maize prices at the Agriculture Ministry on Friday, after a four-hour session on Monday failed to break the deadlock.

Agriculture Minister Elijah Mwangale summoned both sides to a meeting in Nairobi on Tuesday, but it ended without agreement, union officials said.

The union's national council will meet in Nakuru on May 19 to consider a boycott of deliveries.
""", [
    M("KFU-millers maize talks resume", ["resume talks"], wd(p, "friday", "future"), "day", "Agriculture Ministry",
      ["Kenya Farmers' Union", "Cereal Millers' Association"], "upcoming",
      "NAIROBI, May 13 (Reuters) - The Kenya Farmers' Union and the Cereal Millers' Association will resume talks on maize prices at the Agriculture Ministry on Friday, after a four-hour session on Monday failed to break the deadlock."),
    M("Four-hour session on Monday", ["four-hour session"], wd(p, "monday", "past"), "day", None,
      ["Kenya Farmers' Union", "Cereal Millers' Association"], "past",
      "NAIROBI, May 13 (Reuters) - The Kenya Farmers' Union and the Cereal Millers' Association will resume talks on maize prices at the Agriculture Ministry on Friday, after a four-hour session on Monday failed to break the deadlock."),
    M("Mwangale meeting with both sides", ["summoned both sides"], wd(p, "tuesday", "past"), "day", "Nairobi",
      ["Elijah Mwangale", "Kenya Farmers' Union", "Cereal Millers' Association"], "past",
      "Agriculture Minister Elijah Mwangale summoned both sides to a meeting in Nairobi on Tuesday, but it ended without agreement, union officials said."),
    M("KFU national council in Nakuru", ["national council"], "1992-05-19", "day", "Nakuru", ["Kenya Farmers' Union"], "upcoming",
      "The union's national council will meet in Nakuru on May 19 to consider a boycott of deliveries."),
])

S.finish(8, "fresh47.jsonl", 60, nation={"Greece": "Greek", "Egypt": "Egyptian", "Qatar": "Qatari", "Chad": "Chad"})
