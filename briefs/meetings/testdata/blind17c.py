#!/usr/bin/env python3
"""Held-out set blind17c: 45 wire-style stories written fresh and hand-annotated
by meetings.GUIDELINE.md. Run: python3 blind17c.py > blind17c.jsonl
Each story: S(id, published, title, paragraphs, meetings); each meeting:
M(title, keys, date, precision, place, participants, status, evidence, end=None, optional=False).
Weekday comments were checked with python3's datetime."""
import datetime
import json
import re
import sys

STORIES = []


def M(title, keys, date, precision, place, participants, status, evidence, end=None, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision, "end_date": end,
         "place": place, "participants": participants, "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


def S(sid, published, title, paras, meetings):
    STORIES.append({"id": sid, "published": published, "title": title,
                    "text": "\n\n".join(paras), "meetings": meetings})


# ---------------------------------------------------------------- 01
# Tue 2026-03-03; "on Monday" -> Mon 03-09; "on Wednesday" -> 03-04; Feb. 23 past.
S("b17c-01", "2026-03-03", "EU ministers to weigh new Belarus sanctions after Hungary drops veto", [
    "BRUSSELS, March 3 (Reuters) - European Union foreign ministers will meet on Monday to weigh a new package of sanctions against Belarus, three diplomats said on Tuesday, after Hungary dropped its objection to the listing of two state-owned potash exporters.",
    "The package, the bloc's fourth since the disputed presidential election, would also add 28 officials to the list of people barred from entering the EU, the diplomats said.",
    "Ministers failed to agree on the listings at their Feb. 23 meeting, when Budapest argued that curbs on potash would hurt farmers in central Europe.",
    "\"There is now a deal in principle, and we expect the ministers to sign off on it,\" one of the diplomats said, speaking on condition of anonymity because the discussions are confidential.",
    "EU ambassadors will prepare the decision at a meeting on Wednesday.",
    "Belarus's foreign ministry said in a statement that the measures were illegal and that Minsk would respond in kind.",
], [
    M("EU foreign ministers meeting on Belarus sanctions", ["foreign ministers"], "2026-03-09", "day", "Brussels",
      ["European Union"], "upcoming",
      "BRUSSELS, March 3 (Reuters) - European Union foreign ministers will meet on Monday to weigh a new package of sanctions against Belarus, three diplomats said on Tuesday, after Hungary dropped its objection to the listing of two state-owned potash exporters."),
    M("EU foreign ministers meeting of Feb 23", ["feb. 23 meeting"], "2026-02-23", "day", "Brussels",
      ["European Union", "Hungary"], "past",
      "Ministers failed to agree on the listings at their Feb. 23 meeting, when Budapest argued that curbs on potash would hurt farmers in central Europe."),
    M("EU ambassadors meeting", ["ambassadors"], "2026-03-04", "day", "Brussels", ["EU"], "upcoming",
      "EU ambassadors will prepare the decision at a meeting on Wednesday."),
])

# ---------------------------------------------------------------- 02
# Tue 2026-04-14; next week -> Mon 04-20.
S("b17c-02", "2026-04-14", "ECB seen on hold next week, June in focus", [
    "FRANKFURT, April 14 (Reuters) - The European Central Bank is all but certain to keep interest rates unchanged at its meeting next week, policymakers said, as a rebound in services inflation gives rate-setters reason to wait for fresh staff projections.",
    "Three members of the Governing Council, speaking on condition of anonymity, said there was little appetite to move before the summer.",
    "The Governing Council's June 4 meeting, when the new projections are due, is seen as the more likely moment for a cut, they added.",
    "ECB President Christine Lagarde said in a speech in Paris on Monday that the bank was \"in a good place\" but would not pre-commit to any path.",
    "Money markets price in roughly a 60% chance of a quarter-point cut by July, according to LSEG data.",
    "The deposit rate has stood at 2% since last June.",
], [
    M("ECB Governing Council monetary policy meeting (April)", ["ecb", "meeting next week"], "2026-04-20", "week", "Frankfurt",
      ["European Central Bank"], "upcoming",
      "FRANKFURT, April 14 (Reuters) - The European Central Bank is all but certain to keep interest rates unchanged at its meeting next week, policymakers said, as a rebound in services inflation gives rate-setters reason to wait for fresh staff projections."),
    M("ECB Governing Council meeting of June 4", ["june 4 meeting", "governing council"], "2026-06-04", "day", "Frankfurt",
      ["Governing Council"], "upcoming",
      "The Governing Council's June 4 meeting, when the new projections are due, is seen as the more likely moment for a cut, they added."),
])

# ---------------------------------------------------------------- 03
# Wed 2026-05-06; later this week -> week of Mon 05-04; "in March" past.
S("b17c-03", "2026-05-06", "U.S., Mexico to resume steel quota talks", [
    "WASHINGTON, May 6 (Reuters) - U.S. and Mexican negotiators will resume talks on steel import quotas in Mexico City later this week, the office of the U.S. Trade Representative said on Wednesday.",
    "Mexican Economy Minister Marcelo Ebrard, who will lead his country's delegation, told reporters the two sides were \"very close\" to a formula that would cap Mexican shipments of flat-rolled steel.",
    "The two sides last met in Washington in March, when talks stalled over how to count steel that is melted in third countries and finished in Mexico.",
    "U.S. steelmakers have urged the administration to hold firm, arguing that Chinese and Vietnamese slab is being routed through Mexican mills.",
    "A 50% tariff on Mexican steel will remain in force until an agreement is reached, the USTR said.",
], [
    M("U.S.-Mexico steel quota talks in Mexico City", ["steel", "resume talks"], "2026-05-04", "week", "Mexico City",
      ["U.S.", "Marcelo Ebrard"], "upcoming",
      "WASHINGTON, May 6 (Reuters) - U.S. and Mexican negotiators will resume talks on steel import quotas in Mexico City later this week, the office of the U.S. Trade Representative said on Wednesday."),
    M("U.S.-Mexico steel talks in March", ["last met"], "2026-03", "month", "Washington",
      ["U.S.", "Mexico"], "past",
      "The two sides last met in Washington in March, when talks stalled over how to count steel that is melted in third countries and finished in Mexico."),
])

# ---------------------------------------------------------------- 04
# Mon 2026-01-12; January 24 upcoming; last week -> week of Mon 01-05.
S("b17c-04", "2026-01-12", "GST Council to meet in Jaisalmer on January 24", [
    "New Delhi, Jan 12 (IANS) The 57th meeting of the GST Council will be held on January 24 in Jaisalmer, Rajasthan, to consider lower tax rates on health and life insurance premiums, officials said on Monday.",
    "The Council is chaired by Union Finance Minister Nirmala Sitharaman and includes finance ministers of all states and Union Territories.",
    "A group of ministers on insurance, headed by Bihar Deputy Chief Minister Samrat Choudhary, met via videoconference last week and recommended exempting term life policies from the tax altogether, an official said.",
    "The GoM's report will be placed before the Council for a decision.",
    "Insurance premiums currently attract 18 per cent GST, and several states, including Kerala and West Bengal, have argued that a cut would hit their revenues unless the Centre compensates them.",
    "The Council last met in December in New Delhi.",
], [
    M("57th GST Council meeting", ["gst council", "57th"], "2026-01-24", "day", "Jaisalmer",
      ["GST Council", "Nirmala Sitharaman"], "upcoming",
      "New Delhi, Jan 12 (IANS) The 57th meeting of the GST Council will be held on January 24 in Jaisalmer, Rajasthan, to consider lower tax rates on health and life insurance premiums, officials said on Monday."),
    M("Group of ministers on insurance meeting", ["group of ministers"], "2026-01-05", "week", None,
      ["group of ministers", "Samrat Choudhary"], "past",
      "A group of ministers on insurance, headed by Bihar Deputy Chief Minister Samrat Choudhary, met via videoconference last week and recommended exempting term life policies from the tax altogether, an official said."),
    M("GST Council meeting in December", ["last met in december"], "2025-12", "month", "New Delhi",
      ["GST Council"], "past",
      "The Council last met in December in New Delhi."),
])

# ---------------------------------------------------------------- 05
# Mon 2026-02-16; "on Tuesday" -> 02-17; "in December" -> 2025-12; March 31 upcoming.
S("b17c-05", "2026-02-16", "Kenya central bank seen cutting rates again on Tuesday", [
    "NAIROBI, Feb 16 (Reuters) - The Central Bank of Kenya's monetary policy committee meets on Tuesday and is expected to cut its benchmark lending rate for a seventh straight time, a Reuters poll of analysts showed on Monday.",
    "Eight of 11 analysts polled expect a 25-basis-point cut to 8.75%, citing inflation that has stayed near the bottom of the bank's target range.",
    "At its last meeting in December, the committee lowered the rate by 50 basis points and urged commercial lenders to pass on the cuts to borrowers.",
    "Governor Kamau Thugge has said private sector credit growth remains too weak.",
    "The committee will hold its next meeting on March 31, according to the bank's published calendar.",
], [
    M("CBK monetary policy committee meeting", ["monetary policy committee", "central bank of kenya"], "2026-02-17", "day", "Nairobi",
      ["Central Bank of Kenya"], "upcoming",
      "NAIROBI, Feb 16 (Reuters) - The Central Bank of Kenya's monetary policy committee meets on Tuesday and is expected to cut its benchmark lending rate for a seventh straight time, a Reuters poll of analysts showed on Monday."),
    M("CBK MPC meeting in December", ["last meeting in december"], "2025-12", "month", "Nairobi",
      ["Central Bank of Kenya"], "past",
      "At its last meeting in December, the committee lowered the rate by 50 basis points and urged commercial lenders to pass on the cuts to borrowers."),
    M("CBK MPC meeting March 31", ["next meeting"], "2026-03-31", "day", "Nairobi",
      ["Central Bank of Kenya"], "upcoming",
      "The committee will hold its next meeting on March 31, according to the bank's published calendar."),
])

# ---------------------------------------------------------------- 06
# Tue 2026-06-09; next week -> Mon 06-15; in May past.
S("b17c-06", "2026-06-09", "Argentina's Caputo to hold IMF talks in Washington next week", [
    "BUENOS AIRES, June 9 (Reuters) - Argentina's Economy Minister Luis Caputo will travel to Washington next week for talks with International Monetary Fund officials on the next review of the country's $20 billion loan program, the ministry said on Tuesday.",
    "The review, which would unlock a disbursement of about $1 billion, has been delayed by a dispute over the pace at which the central bank rebuilds its foreign currency reserves.",
    "An IMF staff mission held talks with officials of the central bank in Buenos Aires in May but left without a staff-level agreement.",
    "Caputo said on Tuesday he was confident of a deal \"in the coming weeks\" and that Argentina would meet the fund's reserve target by the end of the year.",
    "Argentine bonds rose about 1% on the news.",
], [
    M("Caputo-IMF talks in Washington", ["imf", "talks"], "2026-06-15", "week", "Washington",
      ["Luis Caputo", "International Monetary Fund"], "upcoming",
      "BUENOS AIRES, June 9 (Reuters) - Argentina's Economy Minister Luis Caputo will travel to Washington next week for talks with International Monetary Fund officials on the next review of the country's $20 billion loan program, the ministry said on Tuesday."),
    M("IMF staff mission talks in Buenos Aires", ["staff mission"], "2026-05", "month", "Buenos Aires",
      ["IMF", "central bank"], "past",
      "An IMF staff mission held talks with officials of the central bank in Buenos Aires in May but left without a staff-level agreement."),
])

# ---------------------------------------------------------------- 07
# Wed 2026-09-02; Sept. 12 upcoming; June past.
S("b17c-07", "2026-09-02", "Takaichi to visit South Korea for talks with Lee", [
    "TOKYO, Sept 2 (Reuters) - Japanese Prime Minister Sanae Takaichi will visit South Korea on Sept. 12 for talks with President Lee Jae-myung in the southern port city of Busan, Chief Cabinet Secretary Minoru Kihara said on Wednesday.",
    "The leaders are expected to discuss North Korea's missile launches, supply chains for semiconductors and a long-running dispute over wartime labour.",
    "The two leaders last met in Tokyo in June, when they agreed to resume regular \"shuttle diplomacy\" visits.",
    "Kihara said Japan hoped the visit would \"further strengthen the foundation\" of ties between the two U.S. allies.",
    "A South Korean presidential spokesperson confirmed the date but gave no further details.",
], [
    M("Takaichi-Lee summit in Busan", ["takaichi", "busan"], "2026-09-12", "day", "Busan",
      ["Sanae Takaichi", "Lee Jae-myung"], "upcoming",
      "TOKYO, Sept 2 (Reuters) - Japanese Prime Minister Sanae Takaichi will visit South Korea on Sept. 12 for talks with President Lee Jae-myung in the southern port city of Busan, Chief Cabinet Secretary Minoru Kihara said on Wednesday."),
    M("Takaichi-Lee meeting in Tokyo in June", ["last met"], "2026-06", "month", "Tokyo",
      ["Sanae Takaichi", "Lee Jae-myung"], "past",
      "The two leaders last met in Tokyo in June, when they agreed to resume regular \"shuttle diplomacy\" visits."),
])

# ---------------------------------------------------------------- 08
# Thu 2026-10-08; talks resumed today -> ongoing.
S("b17c-08", "2026-10-08", "UAW, Stellantis resume contract talks", [
    "DETROIT, Oct 8 (Reuters) - The United Auto Workers union and Stellantis resumed contract talks on Thursday at the automaker's U.S. headquarters in Auburn Hills, Michigan, after a two-day break, both sides said.",
    "The union is seeking a 30% wage increase over four years and a commitment to reopen an idled assembly plant in Belvidere, Illinois.",
    "UAW President Shawn Fain will update members in a livestreamed address on Friday.",
    "The current contract expires on Oct. 31, and the union has said it is prepared to strike if there is no deal by then.",
    "Stellantis said in a statement it was \"bargaining in good faith\" and wanted an agreement that protected jobs while keeping its U.S. plants competitive.",
], [
    M("UAW-Stellantis contract talks", ["uaw", "contract talks"], "2026-10-08", "day", "Auburn Hills",
      ["United Auto Workers", "Stellantis"], "ongoing",
      "DETROIT, Oct 8 (Reuters) - The United Auto Workers union and Stellantis resumed contract talks on Thursday at the automaker's U.S. headquarters in Auburn Hills, Michigan, after a two-day break, both sides said."),
])

# ---------------------------------------------------------------- 09
# Wed 2026-04-22; April 30 AGM, no place stated (company: dateline not implied).
S("b17c-09", "2026-04-22", "BP investors urged to back climate resolution", [
    "LONDON, April 22 (Reuters) - Shareholders in BP will vote on a resolution calling for tighter limits on oil and gas output at the company's annual general meeting on April 30, after proxy adviser Glass Lewis recommended support.",
    "The resolution, filed by Dutch activist group Follow This, won 17% of the vote at last year's meeting.",
    "BP's board has urged investors to reject it, saying the company's strategy already balances returns with the energy transition.",
    "Chairman Albert Manifold is also expected to face questions over the company's decision to scrap its renewable power targets.",
    "BP shares were down 0.4% in early trading.",
], [
    M("BP annual general meeting", ["bp", "annual general meeting"], "2026-04-30", "day", None,
      ["BP"], "upcoming",
      "LONDON, April 22 (Reuters) - Shareholders in BP will vote on a resolution calling for tighter limits on oil and gas output at the company's annual general meeting on April 30, after proxy adviser Glass Lewis recommended support."),
])

# ---------------------------------------------------------------- 10 (negative: court ruling date)
S("b17c-10", "2026-11-03", "World Court to rule on Guyana-Venezuela border case on Dec. 1", [
    "THE HAGUE, Nov 3 (Reuters) - The International Court of Justice will deliver its judgment in the border dispute between Guyana and Venezuela on Dec. 1, the court said on Tuesday.",
    "Guyana asked the U.N. court in 2018 to confirm that an 1899 arbitration award setting the frontier was valid. Venezuela, which claims about two-thirds of Guyana's territory, rejects the court's jurisdiction.",
    "The judgment will be read by the court's president at a public sitting in the Peace Palace.",
    "The ruling is final and cannot be appealed, although the court has no means of enforcing it.",
    "Venezuela's government has said it will not recognise any decision.",
], [
    # a court sitting to read a judgment is not a gathering of parties; optional in case a reader counts it
    M("ICJ public sitting to deliver judgment", ["public sitting"], "2026-12-01", "day", "Peace Palace",
      ["International Court of Justice"], "upcoming",
      "The judgment will be read by the court's president at a public sitting in the Peace Palace.",
      optional=True),
])

# ---------------------------------------------------------------- 11
# Tue 2026-08-18 (AAP); Friday -> 08-21; next week sitting -> optional.
S("b17c-11", "2026-08-18", "Supermarket bosses called before Senate committee", [
    "CANBERRA, Aug 18 (AAP) - The chief executives of Woolworths and Coles will be questioned by the Senate economics committee on Friday as part of its inquiry into grocery prices, the committee's chair said on Tuesday.",
    "Senator Andrew Bragg said the committee wanted answers on why shelf prices had not fallen in line with lower wholesale costs.",
    "The hearing comes after the competition regulator found last month that the two chains enjoyed some of the highest profit margins of any supermarkets in the developed world.",
    "Woolworths said its chief executive Amanda Bardwell would attend. Coles said it would cooperate fully.",
    "Parliament resumes sitting next week, when the government is expected to introduce legislation making the grocery code of conduct mandatory.",
], [
    M("Senate economics committee hearing on grocery prices", ["senate economics committee", "hearing"], "2026-08-21", "day", "Canberra",
      ["Senate economics committee", "Woolworths", "Coles", "Andrew Bragg", "Amanda Bardwell"], "upcoming",
      "CANBERRA, Aug 18 (AAP) - The chief executives of Woolworths and Coles will be questioned by the Senate economics committee on Friday as part of its inquiry into grocery prices, the committee's chair said on Tuesday."),
    M("Parliament sitting", ["parliament resumes sitting"], "2026-08-24", "week", "Canberra",
      ["Parliament"], "upcoming",
      "Parliament resumes sitting next week, when the government is expected to introduce legislation making the grocery code of conduct mandatory.",
      optional=True),
])

# ---------------------------------------------------------------- 12
# Thu 2026-02-05; next month -> 2026-03 (Zurich implied); Feb. 19 Nyon; match July 19 not a meeting.
S("b17c-12", "2026-02-05", "FIFA Council to decide on Club World Cup expansion next month", [
    "ZURICH, Feb 5 (Reuters) - FIFA's ruling Council will meet next month to decide whether to expand the Club World Cup to 48 teams from 2029, soccer's global governing body said on Thursday.",
    "The proposal, backed by FIFA President Gianni Infantino, has drawn opposition from European clubs and leagues, who say the calendar is already overloaded.",
    "UEFA President Aleksander Ceferin will raise the issue at a meeting of European soccer's executive committee in Nyon on Feb. 19, a UEFA spokesperson said.",
    "The next Club World Cup final is scheduled for July 2029 in a venue still to be chosen.",
    "FIFPRO, the global players' union, said it had not been consulted.",
], [
    M("FIFA Council meeting", ["fifa", "council"], "2026-03", "month", "Zurich",
      ["FIFA"], "upcoming",
      "ZURICH, Feb 5 (Reuters) - FIFA's ruling Council will meet next month to decide whether to expand the Club World Cup to 48 teams from 2029, soccer's global governing body said on Thursday."),
    M("UEFA executive committee meeting", ["uefa", "executive committee"], "2026-02-19", "day", "Nyon",
      ["UEFA", "Aleksander Ceferin"], "upcoming",
      "UEFA President Aleksander Ceferin will raise the issue at a meeting of European soccer's executive committee in Nyon on Feb. 19, a UEFA spokesperson said."),
])

# ---------------------------------------------------------------- 13
# Mon 2026-03-16; session began Feb. 23, ends Friday 03-20 -> ongoing; vote Friday not a meeting.
S("b17c-13", "2026-03-16", "U.N. rights council to vote on Sudan inquiry", [
    "GENEVA, March 16 (Reuters) - Members of the U.N. Human Rights Council will vote on Friday on whether to extend an inquiry into atrocities in Sudan, diplomats said on Monday, with African states divided over the text.",
    "The council's spring session, which opened on Feb. 23, ends on Friday.",
    "The resolution, drafted by Britain, Germany, Norway and the United States, would renew the mandate of the fact-finding mission for another year.",
    "Sudan's envoy told the council last week that the mission was biased and that Khartoum would not cooperate with it.",
    "More than 90 ministers and heads of state addressed the council during the session's opening week.",
], [
    M("U.N. Human Rights Council spring session", ["human rights council", "session"], "2026-02-23", "day", "Geneva",
      ["U.N. Human Rights Council"], "ongoing",
      "The council's spring session, which opened on Feb. 23, ends on Friday.", end="2026-03-20"),
])

# ---------------------------------------------------------------- 14
# Tue 2026-07-07; Thursday -> 07-09; last month -> 2026-06.
S("b17c-14", "2026-07-07", "Bengal calls all-party meeting on north Bengal floods", [
    "Kolkata, July 7 (IANS) The West Bengal government has called an all-party meeting on Thursday to discuss relief and rehabilitation in the flood-hit northern districts, a senior official said.",
    "Chief Minister Mamata Banerjee will chair the meeting at Nabanna, the state secretariat, the official said.",
    "The BJP's state unit said it would attend but accused the state government of ignoring early warnings from the Central Water Commission.",
    "At least 23 people have died and more than 1.5 lakh have been displaced in Jalpaiguri, Cooch Behar and Alipurduar districts since last week.",
    "Banerjee met Prime Minister Narendra Modi in New Delhi last month and sought central assistance for flood control works in the region.",
], [
    M("West Bengal all-party meeting on floods", ["all-party meeting"], "2026-07-09", "day", "Nabanna",
      ["West Bengal government", "Mamata Banerjee", "BJP"], "upcoming",
      "Kolkata, July 7 (IANS) The West Bengal government has called an all-party meeting on Thursday to discuss relief and rehabilitation in the flood-hit northern districts, a senior official said."),
    M("Banerjee-Modi meeting", ["modi"], "2026-06", "month", "New Delhi",
      ["Mamata Banerjee", "Narendra Modi"], "past",
      "Banerjee met Prime Minister Narendra Modi in New Delhi last month and sought central assistance for flood control works in the region."),
])

# ---------------------------------------------------------------- 15
# Thu 2026-02-12; this weekend -> Sat 02-14..Sun 02-15; Executive Council opened Wednesday 02-11, ends Friday 02-13.
S("b17c-15", "2026-02-12", "African leaders gather for AU summit as Sudan war grinds on", [
    "ADDIS ABABA, Feb 12 (Reuters) - African heads of state will gather in the Ethiopian capital this weekend for the African Union's annual summit, with the war in Sudan and a funding shortfall for peacekeeping at the top of the agenda.",
    "The summit is preceded by a meeting of the bloc's Executive Council of foreign ministers, which opened on Wednesday and ends on Friday.",
    "AU Commission Chairperson Mahmoud Ali Youssouf told the ministers the continent could not \"outsource\" the search for peace in Sudan.",
    "Angolan President Joao Lourenco will hand over the AU's rotating chair to Burundi's Evariste Ndayishimiye at the summit.",
    "Diplomats said a proposal to create a permanent AU fund for peace operations was unlikely to be agreed this year.",
], [
    M("African Union summit", ["summit", "african union"], "2026-02-14", "day", "Addis Ababa",
      ["African Union", "Joao Lourenco", "Evariste Ndayishimiye"], "upcoming",
      "ADDIS ABABA, Feb 12 (Reuters) - African heads of state will gather in the Ethiopian capital this weekend for the African Union's annual summit, with the war in Sudan and a funding shortfall for peacekeeping at the top of the agenda.",
      end="2026-02-15"),
    M("AU Executive Council meeting", ["executive council"], "2026-02-11", "day", "Addis Ababa",
      ["Executive Council", "Mahmoud Ali Youssouf"], "ongoing",
      "The summit is preceded by a meeting of the bloc's Executive Council of foreign ministers, which opened on Wednesday and ends on Friday.",
      end="2026-02-13"),
])

# ---------------------------------------------------------------- 16
# Mon 2026-07-13; later this month -> 2026-07.
S("b17c-16", "2026-07-13", "China's Wang to attend ASEAN meeting in Manila", [
    "MANILA, July 13 (Reuters) - Chinese Foreign Minister Wang Yi will attend the annual meeting of Southeast Asian foreign ministers in the Philippine capital later this month, the Philippine foreign ministry said on Monday, amid tensions in the South China Sea.",
    "Wang is expected to hold talks with his Philippine counterpart, Theresa Lazaro, on the sidelines of the gathering, the ministry said.",
    "The Philippines chairs the Association of Southeast Asian Nations this year and has pushed for a binding code of conduct for the disputed waterway.",
    "Chinese and Philippine coast guard vessels collided near Scarborough Shoal in May, the latest in a series of confrontations.",
    "U.S. Secretary of State Marco Rubio has also been invited, diplomats said.",
], [
    M("ASEAN foreign ministers' meeting", ["southeast asian", "foreign ministers"], "2026-07", "month", "Manila",
      ["Association of Southeast Asian Nations", "Wang Yi"], "upcoming",
      "MANILA, July 13 (Reuters) - Chinese Foreign Minister Wang Yi will attend the annual meeting of Southeast Asian foreign ministers in the Philippine capital later this month, the Philippine foreign ministry said on Monday, amid tensions in the South China Sea."),
    M("Wang Yi-Lazaro talks", ["lazaro"], "2026-07", "month", "Manila",
      ["Wang Yi", "Theresa Lazaro"], "upcoming",
      "Wang is expected to hold talks with his Philippine counterpart, Theresa Lazaro, on the sidelines of the gathering, the ministry said."),
])

# ---------------------------------------------------------------- 17
# Tue 2026-12-01; Dec. 17 Asuncion; "this week" ongoing -> week of Mon 11-30.
S("b17c-17", "2026-12-01", "Mercosur leaders to meet in Asuncion as EU deal nears", [
    "MONTEVIDEO, Dec 1 (Reuters) - Presidents of the Mercosur trade bloc - Argentina, Brazil, Paraguay and Uruguay - will hold their summit in Asuncion on Dec. 17, Uruguay's foreign ministry said on Tuesday.",
    "The bloc's negotiators are meeting European Union counterparts in Brussels this week to finish the legal review of their long-delayed trade accord.",
    "Paraguayan President Santiago Pena, who holds the bloc's rotating presidency, has said he hopes to announce the signing date at the summit.",
    "French farmers have staged protests against the agreement, which would phase out tariffs on more than 90% of trade between the two blocs.",
], [
    M("Mercosur summit in Asuncion", ["mercosur", "summit"], "2026-12-17", "day", "Asuncion",
      ["Mercosur", "Argentina", "Brazil", "Uruguay", "Santiago Pena"], "upcoming",
      "MONTEVIDEO, Dec 1 (Reuters) - Presidents of the Mercosur trade bloc - Argentina, Brazil, Paraguay and Uruguay - will hold their summit in Asuncion on Dec. 17, Uruguay's foreign ministry said on Tuesday."),
    M("Mercosur-EU legal review meeting", ["legal review", "negotiators"], "2026-11-30", "week", "Brussels",
      ["Mercosur", "European Union"], "ongoing",
      "The bloc's negotiators are meeting European Union counterparts in Brussels this week to finish the legal review of their long-delayed trade accord."),
])

# ---------------------------------------------------------------- 18 (negative: postponed indefinitely)
S("b17c-18", "2026-05-19", "Sudan peace talks in Jeddah postponed indefinitely", [
    "JEDDAH, May 19 (Reuters) - Talks between Sudan's army and the paramilitary Rapid Support Forces, which had been due to open in Jeddah on Thursday, have been postponed indefinitely, Saudi and U.S. mediators said on Tuesday.",
    "The mediators gave no reason, but two diplomats said the army had refused to send a delegation while the RSF continued its siege of El Fasher.",
    "The two sides last met face to face in 2023, when a short-lived ceasefire collapsed within days.",
    "The United Nations says the war has displaced more than 12 million people.",
    "\"We remain ready to host the parties as soon as they are serious,\" a Saudi official said.",
], [])

# ---------------------------------------------------------------- 19
# Mon 2026-10-05; three-day meeting began Monday -> 10-05..10-07, ongoing; Mumbai implied.
S("b17c-19", "2026-10-05", "RBI panel begins policy meeting; hold expected", [
    "MUMBAI, Oct 5 (Reuters) - The Reserve Bank of India's monetary policy committee began its three-day meeting on Monday, with most economists expecting it to leave the repo rate unchanged at 5.25%.",
    "Governor Sanjay Malhotra will announce the decision at 10 a.m. on Wednesday, followed by a news conference.",
    "The six-member panel has three members from the central bank and three external members appointed by the government.",
    "Retail inflation eased to 2.1% in August, well below the RBI's 4% target, but economists say strong growth gives the committee room to wait.",
    "The RBI will hold a conference call with analysts on Thursday.",
], [
    M("RBI monetary policy committee meeting", ["monetary policy committee", "reserve bank of india"], "2026-10-05", "day", "Mumbai",
      ["Reserve Bank of India"], "ongoing",
      "MUMBAI, Oct 5 (Reuters) - The Reserve Bank of India's monetary policy committee began its three-day meeting on Monday, with most economists expecting it to leave the repo rate unchanged at 5.25%.",
      end="2026-10-07"),
])

# ---------------------------------------------------------------- 20
# Tue 2026-11-24; Monday (past) -> 11-23 video; early next month -> 2026-12.
S("b17c-20", "2026-11-24", "China, EU trade chiefs hold video talks, plan Brussels meeting", [
    "BEIJING, Nov 24 (Reuters) - China's Commerce Minister Wang Wentao held talks with EU trade chief Maros Sefcovic by video link on Monday, agreeing to step up work on minimum prices for Chinese-made electric vehicles, China's commerce ministry said on Tuesday.",
    "Wang will travel to Brussels early next month for an in-person meeting with Sefcovic, the ministry said, without giving a date.",
    "The European Union imposed tariffs of up to 35% on Chinese EVs in 2024, prompting Beijing to open anti-dumping probes into European brandy, pork and dairy.",
    "A European Commission spokesperson confirmed the call and said both sides wanted to avoid a further escalation.",
], [
    M("Wang-Sefcovic video talks", ["video link"], "2026-11-23", "day", None,
      ["Wang Wentao", "Maros Sefcovic"], "past",
      "BEIJING, Nov 24 (Reuters) - China's Commerce Minister Wang Wentao held talks with EU trade chief Maros Sefcovic by video link on Monday, agreeing to step up work on minimum prices for Chinese-made electric vehicles, China's commerce ministry said on Tuesday."),
    M("Wang-Sefcovic meeting in Brussels", ["in-person meeting", "brussels"], "2026-12", "month", "Brussels",
      ["Wang Wentao", "Maros Sefcovic"], "upcoming",
      "Wang will travel to Brussels early next month for an in-person meeting with Sefcovic, the ministry said, without giving a date."),
])

# ---------------------------------------------------------------- 21
# Tue 2026-01-20; talks broke down on Monday -> 01-19 past; strike not a meeting.
S("b17c-21", "2026-01-20", "English resident doctors to strike after talks collapse", [
    "LONDON, Jan 20 (Reuters) - Resident doctors in England will strike for five days from Feb. 2 after talks with Health Secretary Wes Streeting broke down on Monday, the British Medical Association said on Tuesday.",
    "The union said the government had refused to discuss pay restoration and offered only changes to exam fees and rota rules.",
    "Streeting said the strike was \"unjustified\" and that his door remained open, but no new talks have been scheduled.",
    "The conciliation service ACAS said the two sides could meet at some stage under its auspices.",
    "NHS England said planned operations would be postponed at most hospitals during the walkout.",
], [
    M("BMA-Streeting talks", ["talks", "streeting"], "2026-01-19", "day", None,
      ["British Medical Association", "Wes Streeting"], "past",
      "LONDON, Jan 20 (Reuters) - Resident doctors in England will strike for five days from Feb. 2 after talks with Health Secretary Wes Streeting broke down on Monday, the British Medical Association said on Tuesday."),
])

# ---------------------------------------------------------------- 22
# Tue 2026-03-24; Thursday -> 03-26; last Wednesday -> 03-18.
S("b17c-22", "2026-03-24", "Samsung board to approve 10 trln won buyback", [
    "SEOUL, March 24 (Reuters) - Samsung Electronics said on Tuesday its board will meet on Thursday to approve a 10 trillion won ($6.8 billion) share buyback, its largest ever, as it seeks to lift a share price that has lagged rivals.",
    "The world's biggest memory chipmaker said the shares would be cancelled rather than held in treasury.",
    "At the company's annual shareholders' meeting last Wednesday, investors pressed management over its slow progress in supplying high-bandwidth memory chips to Nvidia.",
    "Samsung shares rose 3.1% in Seoul, outpacing a 0.8% gain in the benchmark KOSPI.",
], [
    M("Samsung board meeting on buyback", ["board"], "2026-03-26", "day", None,
      ["Samsung Electronics"], "upcoming",
      "SEOUL, March 24 (Reuters) - Samsung Electronics said on Tuesday its board will meet on Thursday to approve a 10 trillion won ($6.8 billion) share buyback, its largest ever, as it seeks to lift a share price that has lagged rivals."),
    M("Samsung annual shareholders' meeting", ["annual shareholders' meeting"], "2026-03-18", "day", None,
      ["Samsung Electronics"], "past",
      "At the company's annual shareholders' meeting last Wednesday, investors pressed management over its slow progress in supplying high-bandwidth memory chips to Nvidia."),
])

# ---------------------------------------------------------------- 23 (negative: vote, habitual meetings)
S("b17c-23", "2026-04-28", "Canada's Commons to vote on budget Wednesday", [
    "OTTAWA, April 28 (Reuters) - Canada's House of Commons will vote on Wednesday on the minority government's budget, with the opposition Conservatives and Bloc Quebecois both saying they will oppose it.",
    "The government needs the support of at least one other party to survive the confidence vote, which would otherwise trigger an early election.",
    "Provincial premiers, who meet regularly as the Council of the Federation, have urged Ottawa to keep health transfers intact.",
    "Finance Minister Francois-Philippe Champagne will defend the budget in a speech to the Economic Club of Canada on Tuesday evening.",
    "The Canadian dollar was little changed.",
], [])

# ---------------------------------------------------------------- 24 (negative: conference call, record date, results)
S("b17c-24", "2026-02-10", "Holmvik lifts dividend, to hold analyst call Thursday", [
    "STOCKHOLM, Feb 10 (Reuters) - Swedish packaging maker Holmvik said on Tuesday it would raise its dividend by 15% after fourth-quarter operating profit beat forecasts on strong demand for food-grade cartonboard.",
    "The company will pay 4.60 crowns per share on May 6 to shareholders on record on April 29.",
    "Holmvik will hold a conference call with analysts and investors on Thursday to discuss the results.",
    "Chief Executive Anna Lindqvist said the outlook for the first half remained uncertain because of high wood costs.",
    "The company publishes its first-quarter report on April 22.",
], [])

# ---------------------------------------------------------------- 25 (negative: no date set, last year's meeting)
S("b17c-25", "2026-06-30", "OPEC+ sees no need for early meeting as prices steady", [
    "DUBAI, June 30 (Reuters) - OPEC+ has no plans to convene before its regular ministerial gathering, for which no date has been set, four sources from the producer group said on Tuesday.",
    "Oil prices have held near $70 a barrel for most of the month, easing pressure on the group to adjust its output policy.",
    "At last year's meeting, ministers agreed to begin unwinding 2.2 million barrels per day of voluntary cuts.",
    "Saudi Arabia and Russia, the group's two biggest producers, discuss the market frequently, one of the sources said.",
    "Brent crude futures were up 0.3% at $70.41 a barrel by 1100 GMT.",
], [])

# ---------------------------------------------------------------- 26
# Wed 2026-04-08; later this month -> 2026-04 Baku; March 13 past Yerevan.
S("b17c-26", "2026-04-08", "Armenia, Azerbaijan border commissions to meet in Baku", [
    "YEREVAN, April 8 (Reuters) - Armenian and Azerbaijani border commissions will hold their next round of talks in Baku later this month, Armenia's government said on Wednesday, as the neighbours work to mark out their 1,000-km frontier.",
    "The commissions are headed by deputy prime ministers Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan.",
    "They last met in Yerevan on March 13, when they agreed on rules for joint field work in the northern Tavush region.",
    "The two countries initialled a peace treaty last year but have yet to sign it.",
], [
    M("Armenia-Azerbaijan border commissions talks in Baku", ["border commissions", "baku"], "2026-04", "month", "Baku",
      ["Mher Grigoryan", "Shahin Mustafayev"], "upcoming",
      "YEREVAN, April 8 (Reuters) - Armenian and Azerbaijani border commissions will hold their next round of talks in Baku later this month, Armenia's government said on Wednesday, as the neighbours work to mark out their 1,000-km frontier."),
    M("Border commissions meeting in Yerevan", ["last met", "march 13"], "2026-03-13", "day", "Yerevan",
      ["Mher Grigoryan", "Shahin Mustafayev"], "past",
      "They last met in Yerevan on March 13, when they agreed on rules for joint field work in the northern Tavush region."),
])

# ---------------------------------------------------------------- 27
# Mon 2026-06-22; Sunday -> 06-21 past; Friday -> 06-19 past (Abuja implied).
S("b17c-27", "2026-06-22", "ECOWAS leaders agree to fund standby force", [
    "ABUJA, June 22 (Reuters) - West African leaders agreed at an ECOWAS summit in Abuja on Sunday to fund a 5,000-strong standby force to fight Islamist insurgents, the regional bloc said in a communique on Monday.",
    "The summit was preceded by a meeting of the bloc's Mediation and Security Council at ministerial level on Friday.",
    "Nigerian President Bola Tinubu, who chairs the bloc, said members would contribute a share of their customs revenue to pay for the force.",
    "Burkina Faso, Mali and Niger, which quit ECOWAS last year, did not attend.",
], [
    M("ECOWAS summit", ["ecowas", "summit"], "2026-06-21", "day", "Abuja",
      ["ECOWAS", "Bola Tinubu"], "past",
      "West African leaders agreed at an ECOWAS summit in Abuja on Sunday to fund a 5,000-strong standby force to fight Islamist insurgents, the regional bloc said in a communique on Monday."),
    M("ECOWAS Mediation and Security Council ministerial meeting", ["mediation and security council"], "2026-06-19", "day", "Abuja",
      ["Mediation and Security Council"], "past",
      "The summit was preceded by a meeting of the bloc's Mediation and Security Council at ministerial level on Friday."),
])

# ---------------------------------------------------------------- 28
# Mon 2026-09-14; Wednesday -> 09-16 (London implied: parliament); Sept. 24 MPC (London implied: BoE).
S("b17c-28", "2026-09-14", "Bailey to face lawmakers on gilt market turmoil", [
    "LONDON, Sept 14 (Reuters) - Bank of England Governor Andrew Bailey will be questioned by lawmakers on parliament's Treasury Committee on Wednesday about last month's sell-off in long-dated government bonds.",
    "Committee chair Meg Hillier said members wanted to know whether the central bank's bond sales had added to the turmoil.",
    "The BoE's Monetary Policy Committee next meets on Sept. 24, and investors will watch for any change to the pace of its quantitative tightening programme.",
    "Thirty-year gilt yields hit their highest since 1998 in August.",
], [
    M("Treasury Committee hearing with Bailey", ["treasury committee"], "2026-09-16", "day", "London",
      ["Andrew Bailey", "Treasury Committee", "Meg Hillier"], "upcoming",
      "LONDON, Sept 14 (Reuters) - Bank of England Governor Andrew Bailey will be questioned by lawmakers on parliament's Treasury Committee on Wednesday about last month's sell-off in long-dated government bonds."),
    M("BoE Monetary Policy Committee meeting", ["monetary policy committee"], "2026-09-24", "day", "London",
      ["Bank of England"], "upcoming",
      "The BoE's Monetary Policy Committee next meets on Sept. 24, and investors will watch for any change to the pace of its quantitative tightening programme."),
])

# ---------------------------------------------------------------- 29
# Thu 2026-01-08; Friday -> 01-09 videoconference; Feb. 3-4 Milan; Games opening not a meeting.
S("b17c-29", "2026-01-08", "IOC board to review Winter Games security", [
    "LAUSANNE, Switzerland, Jan 8 (AP) - The International Olympic Committee's executive board will meet by videoconference on Friday to review security arrangements for next month's Winter Games in Milan and Cortina d'Ampezzo.",
    "IOC President Kirsty Coventry will chair the meeting, the committee said Thursday.",
    "The full IOC Session will meet in Milan on Feb. 3-4, before the Games open on Feb. 6.",
    "Italian organizers have said all venues will be ready, though the bobsled track in Cortina has been criticized for running over budget.",
], [
    M("IOC executive board videoconference", ["executive board"], "2026-01-09", "day", None,
      ["International Olympic Committee", "Kirsty Coventry"], "upcoming",
      "LAUSANNE, Switzerland, Jan 8 (AP) - The International Olympic Committee's executive board will meet by videoconference on Friday to review security arrangements for next month's Winter Games in Milan and Cortina d'Ampezzo."),
    M("IOC Session in Milan", ["ioc session"], "2026-02-03", "day", "Milan",
      ["IOC"], "upcoming",
      "The full IOC Session will meet in Milan on Feb. 3-4, before the Games open on Feb. 6.", end="2026-02-04"),
])

# ---------------------------------------------------------------- 30
# Wed 2026-10-14; Thursday -> 10-15; New York implied (UN HQ).
S("b17c-30", "2026-10-14", "U.N. Security Council to hold emergency meeting on Haiti", [
    "UNITED NATIONS, Oct 14 (Reuters) - The U.N. Security Council will hold an emergency meeting on Haiti on Thursday after gangs seized the country's main fuel terminal, diplomats said on Wednesday.",
    "Haiti's Prime Minister Alix Didier Fils-Aime is expected to address the 15-member council by video link.",
    "The council authorised a new Gang Suppression Force last year, but only a fraction of the promised troops have arrived.",
    "U.N. Secretary-General Antonio Guterres said he was \"deeply alarmed\" by reports of killings in the capital, Port-au-Prince.",
], [
    M("U.N. Security Council emergency meeting on Haiti", ["security council", "emergency meeting"], "2026-10-15", "day", "United Nations, New York",
      ["U.N. Security Council", "Alix Didier Fils-Aime"], "upcoming",
      "UNITED NATIONS, Oct 14 (Reuters) - The U.N. Security Council will hold an emergency meeting on Haiti on Thursday after gangs seized the country's main fuel terminal, diplomats said on Wednesday."),
])

# ---------------------------------------------------------------- 31
# Mon 2026-08-03; August 11 New Delhi; "which met on Friday" -> 07-31 past, no place.
S("b17c-31", "2026-08-03", "Cauvery authority to meet on August 11 as TN seeks more water", [
    "Chennai, Aug 3 (IANS) The Cauvery Water Management Authority (CWMA) will meet in New Delhi on August 11 to review the release of water to Tamil Nadu, officials said on Monday.",
    "Representatives of Tamil Nadu, Karnataka, Kerala and Puducherry will attend.",
    "The Cauvery Water Regulation Committee (CWRC), which met on Friday, directed Karnataka to release 8,000 cusecs a day at the Biligundlu measuring point until the end of the month.",
    "Tamil Nadu Water Resources Minister Duraimurugan said the state would press for the full quantum due under the Supreme Court's 2018 verdict.",
    "Karnataka says poor rainfall in the catchment has left its reservoirs only half full.",
], [
    M("CWMA meeting", ["cauvery water management authority", "cwma"], "2026-08-11", "day", "New Delhi",
      ["Cauvery Water Management Authority", "Tamil Nadu", "Karnataka", "Kerala", "Puducherry"], "upcoming",
      "Chennai, Aug 3 (IANS) The Cauvery Water Management Authority (CWMA) will meet in New Delhi on August 11 to review the release of water to Tamil Nadu, officials said on Monday."),
    M("CWRC meeting", ["cauvery water regulation committee", "cwrc"], "2026-07-31", "day", None,
      ["Cauvery Water Regulation Committee"], "past",
      "The Cauvery Water Regulation Committee (CWRC), which met on Friday, directed Karnataka to release 8,000 cusecs a day at the Biligundlu measuring point until the end of the month."),
])

# ---------------------------------------------------------------- 32
# Mon 2026-06-01; three-day forum ended Sunday -> 05-29..05-31; Saturday -> 05-30.
S("b17c-32", "2026-06-01", "Hegseth, Teodoro pledge closer patrols after Singapore talks", [
    "SINGAPORE, June 1 (Reuters) - The United States and the Philippines will step up joint patrols in the South China Sea, U.S. Defense Secretary Pete Hegseth and Philippine Defence Secretary Gilberto Teodoro said after meeting in Singapore on Saturday.",
    "The two met on the sidelines of the Shangri-La Dialogue, the three-day security conference that ended on Sunday.",
    "China sent a delegation led by a senior researcher from its military academy rather than its defence minister, for the second year running.",
    "Hegseth told the conference that Washington would not be \"pushed out\" of the region.",
], [
    M("Hegseth-Teodoro meeting", ["hegseth", "teodoro"], "2026-05-30", "day", "Singapore",
      ["Pete Hegseth", "Gilberto Teodoro"], "past",
      "SINGAPORE, June 1 (Reuters) - The United States and the Philippines will step up joint patrols in the South China Sea, U.S. Defense Secretary Pete Hegseth and Philippine Defence Secretary Gilberto Teodoro said after meeting in Singapore on Saturday."),
    M("Shangri-La Dialogue", ["shangri-la dialogue"], "2026-05-29", "day", "Singapore",
      ["Pete Hegseth", "Gilberto Teodoro", "China"], "past",
      "The two met on the sidelines of the Shangri-La Dialogue, the three-day security conference that ended on Sunday.", end="2026-05-31"),
])

# ---------------------------------------------------------------- 33 (negative: vote, deadline)
S("b17c-33", "2026-03-11", "Greek lawmakers to vote on pension reform Thursday", [
    "ATHENS, March 11 (Reuters) - Greece's parliament will vote on Thursday on a pension reform that the government says is needed to keep the system solvent, as unions called a 24-hour general strike.",
    "The conservative government holds 156 of the 300 seats and is expected to win the vote.",
    "The European Commission has set an end-March deadline for the reform as a condition for releasing 1.8 billion euros in recovery funds.",
    "Trains and ferries will be disrupted during the strike, unions said.",
], [])

# ---------------------------------------------------------------- 34 (negative: speech; next meeting with no time)
S("b17c-34", "2026-07-21", "Fed's Waller says case for cut is building", [
    "WASHINGTON, July 21 (Reuters) - Federal Reserve Governor Christopher Waller said on Tuesday the case for a rate cut was building as the labor market cools, in a speech ahead of the central bank's next policy meeting.",
    "\"I see no reason to wait much longer,\" Waller told an audience at the Council on Foreign Relations.",
    "Fed policymakers meet eight times a year, and the minutes of each meeting are published three weeks later.",
    "Waller has been among the most dovish members of the rate-setting committee this year.",
    "U.S. Treasury yields fell after his remarks.",
], [])

# ---------------------------------------------------------------- 35 (negative: sports match, last year's congress)
S("b17c-35", "2026-11-12", "India to host Asian hockey championship final in Chennai", [
    "Chennai, Nov 12 (IANS) India will play Pakistan in the final of the Asian Champions Trophy hockey tournament on Sunday at the Mayor Radhakrishnan Stadium.",
    "Hockey India President Dilip Tirkey said a full house of 10,000 spectators was expected.",
    "The Asian Hockey Federation awarded the tournament to India at its congress last year.",
    "India beat Malaysia 4-1 in the semi-final on Wednesday, with Harmanpreet Singh scoring twice.",
], [])

# ---------------------------------------------------------------- 36 (negative: cancelled meeting)
S("b17c-36", "2026-09-10", "ANC calls off weekend NEC meeting", [
    "JOHANNESBURG, Sept 10 (Reuters) - South Africa's ruling African National Congress has called off a meeting of its national executive committee that had been scheduled for this weekend, party spokesperson Mahlengi Bhengu said on Thursday.",
    "She gave no new date and said the party's leaders were busy with preparations for local government elections.",
    "Analysts said the cancellation suggested divisions over the party's coalition with the Democratic Alliance.",
    "The rand weakened 0.5% against the dollar.",
], [])

# ---------------------------------------------------------------- 37 (negative: hypothetical, recent months)
S("b17c-37", "2026-05-27", "Serbia, Kosovo leaders could meet at some stage, EU envoy says", [
    "BELGRADE, May 27 (Reuters) - The leaders of Serbia and Kosovo could meet at some stage to unblock stalled normalisation talks, the European Union's special envoy said on Wednesday, but no date has been discussed.",
    "Technical talks between the two sides have been held in recent months without producing agreement on the status of Serb-majority municipalities.",
    "Serbia, which does not recognise Kosovo's independence, says the EU should do more to protect the rights of Kosovo Serbs.",
    "Kosovo's government said it remained committed to the dialogue.",
], [])

# ---------------------------------------------------------------- 38 (negative: dividend dates, earnings, product launch)
S("b17c-38", "2026-07-29", "Tata Motors unit to launch new electric SUV on August 19", [
    "Mumbai, July 29 (IANS) Tata Motors' passenger vehicle unit will launch its new electric sport utility vehicle on August 19, the company said on Wednesday.",
    "The company also fixed August 8 as the record date for its final dividend of Rs 6 per share, which will be paid on or after August 28.",
    "Tata Motors will announce its results for the April-June quarter on August 1.",
    "Shares of the company rose 1.2 per cent on the BSE.",
], [])

# ---------------------------------------------------------------- 39
# Thu 2026-12-10; Jan. 15 special meeting; open-ended talks not recorded.
S("b17c-39", "2026-12-10", "Northfield Gold sets Jan. 15 vote on Arcadia takeover", [
    "TORONTO, Dec 10 (Reuters) - Northfield Gold Corp said on Thursday it will hold a special meeting of shareholders on Jan. 15 to vote on its C$3.2 billion all-share takeover by Arcadia Mining.",
    "Northfield's board unanimously recommends the deal, which values the company's shares at a 28% premium.",
    "Arcadia said separately it was in talks with two other junior miners about possible acquisitions but gave no details.",
    "The deal requires approval from two-thirds of votes cast and is expected to close in the first quarter.",
], [
    M("Northfield Gold special shareholders meeting", ["special meeting", "northfield"], "2027-01-15", "day", None,
      ["Northfield Gold Corp"], "upcoming",
      "TORONTO, Dec 10 (Reuters) - Northfield Gold Corp said on Thursday it will hold a special meeting of shareholders on Jan. 15 to vote on its C$3.2 billion all-share takeover by Arcadia Mining."),
])

# ---------------------------------------------------------------- 40
# Tue 2026-11-17; opened Nov. 9, ends Friday -> 11-20, ongoing; Wednesday -> 11-18.
S("b17c-40", "2026-11-17", "Climate talks enter final week with finance gap unresolved", [
    "ANTALYA, Turkey, Nov 17 (Reuters) - Negotiators at the U.N. climate talks in Antalya began their final week on Tuesday with rich and poor countries still far apart on how to raise adaptation finance.",
    "The two-week COP31 conference, which opened on Nov. 9, is scheduled to end on Friday.",
    "Turkey is hosting the summit, while Australia presides over the negotiations under an unusual power-sharing deal.",
    "Ministers from the BASIC group - Brazil, South Africa, India and China - will meet on Wednesday to coordinate their position on finance, a Brazilian negotiator said.",
    "Oil-producing countries have resisted any new language on phasing out fossil fuels.",
], [
    M("COP31 U.N. climate conference", ["cop31", "climate talks"], "2026-11-09", "day", "Antalya",
      ["Turkey", "Australia"], "ongoing",
      "The two-week COP31 conference, which opened on Nov. 9, is scheduled to end on Friday.", end="2026-11-20"),
    M("BASIC ministers meeting", ["basic"], "2026-11-18", "day", "Antalya",
      ["BASIC", "Brazil", "South Africa", "India", "China"], "upcoming",
      "Ministers from the BASIC group - Brazil, South Africa, India and China - will meet on Wednesday to coordinate their position on finance, a Brazilian negotiator said."),
])

# ---------------------------------------------------------------- 41
# Mon 2026-05-11; "is meeting this morning" -> ongoing; Seoul implied.
S("b17c-41", "2026-05-11", "South Korea's security council meets after North fires missiles", [
    "SEOUL, May 11 (Reuters) - South Korea's National Security Council is meeting this morning after North Korea fired at least two short-range ballistic missiles into the sea off its east coast, the presidential office said.",
    "The missiles were launched from near Pyongyang shortly after 6 a.m. and flew about 350 km, Seoul's Joint Chiefs of Staff said.",
    "Japan's defence ministry said the missiles landed outside its exclusive economic zone.",
    "The launches came days before U.S. and South Korean forces begin annual joint drills, which Pyongyang calls a rehearsal for invasion.",
], [
    M("South Korea National Security Council meeting", ["national security council"], "2026-05-11", "day", "Seoul",
      ["National Security Council"], "ongoing",
      "SEOUL, May 11 (Reuters) - South Korea's National Security Council is meeting this morning after North Korea fired at least two short-range ballistic missiles into the sea off its east coast, the presidential office said."),
])

# ---------------------------------------------------------------- 42
# Tue 2026-03-10; Friday -> 03-13, Geneva ("here"); last round in January -> 2026-01 Istanbul.
S("b17c-42", "2026-03-10", "Iran, European powers to hold nuclear talks in Geneva on Friday", [
    "GENEVA, March 10 (Reuters) - Iran and the E3 - Britain, France and Germany - will hold a new round of talks on Tehran's nuclear programme on Friday, diplomats said on Tuesday.",
    "The talks, at deputy foreign minister level, will take place at Iran's mission to the United Nations here.",
    "Iranian Deputy Foreign Minister Kazem Gharibabadi, who will lead Tehran's delegation, said Iran was ready to discuss limits on enrichment if sanctions were lifted.",
    "The last round, held in Istanbul in January, ended without agreement on access for U.N. inspectors.",
    "The International Atomic Energy Agency's board of governors meets in June.",
], [
    M("Iran-E3 nuclear talks in Geneva", ["e3", "nuclear"], "2026-03-13", "day", "Geneva",
      ["E3", "Britain", "France", "Germany", "Kazem Gharibabadi"], "upcoming",
      "GENEVA, March 10 (Reuters) - Iran and the E3 - Britain, France and Germany - will hold a new round of talks on Tehran's nuclear programme on Friday, diplomats said on Tuesday."),
    M("Iran-E3 talks in Istanbul", ["last round", "istanbul"], "2026-01", "month", "Istanbul",
      ["Iran", "E3"], "past",
      "The last round, held in Istanbul in January, ended without agreement on access for U.N. inspectors."),
    M("IAEA board of governors meeting", ["board of governors", "international atomic energy agency"], "2026-06", "month", None,
      ["International Atomic Energy Agency"], "upcoming",
      "The International Atomic Energy Agency's board of governors meets in June."),
])

# ---------------------------------------------------------------- 43
# Fri 2026-09-04; met late yesterday -> 09-03 past; next week -> Mon 09-07 (Beirut implied).
S("b17c-43", "2026-09-04", "Lebanon cabinet backs army plan to disarm groups", [
    "BEIRUT, Sept 4 (Reuters) - Lebanon's cabinet met late yesterday and endorsed the army's plan to bring all weapons under state control by the end of the year, Information Minister Paul Morcos said.",
    "Prime Minister Nawaf Salam, who chaired the session, said the plan would be carried out in stages starting south of the Litani river.",
    "Ministers allied with Hezbollah walked out before the vote.",
    "The cabinet will meet again next week to approve a timetable for the second stage, Morcos said.",
], [
    M("Lebanese cabinet meeting", ["cabinet"], "2026-09-03", "day", "Beirut",
      ["Lebanon's cabinet", "Nawaf Salam"], "past",
      "BEIRUT, Sept 4 (Reuters) - Lebanon's cabinet met late yesterday and endorsed the army's plan to bring all weapons under state control by the end of the year, Information Minister Paul Morcos said."),
    M("Lebanese cabinet meeting next week", ["meet again next week"], "2026-09-07", "week", "Beirut",
      ["Lebanon's cabinet"], "upcoming",
      "The cabinet will meet again next week to approve a timetable for the second stage, Morcos said."),
])

# ---------------------------------------------------------------- 44
# Thu 2026-04-16; next month -> 2026-05 New Delhi; later this month -> 2026-04 Paris.
S("b17c-44", "2026-04-16", "Prabowo to make state visit to India next month", [
    "JAKARTA, April 16 (Reuters) - Indonesian President Prabowo Subianto will make a state visit to India next month, where he will hold talks with Prime Minister Narendra Modi in New Delhi on defence and trade, his office said on Thursday.",
    "The two leaders are expected to sign an agreement on the sale of BrahMos cruise missiles to Indonesia's navy.",
    "Separately, Defence Minister Sjafrie Sjamsoeddin will discuss the purchase of two Scorpene submarines with his French counterpart in Paris later this month, ministry spokesman Frega Wenas said.",
    "Indonesia has been diversifying its arms suppliers away from Russia.",
], [
    M("Prabowo state visit to India / talks with Modi", ["state visit", "modi"], "2026-05", "month", "New Delhi",
      ["Prabowo Subianto", "Narendra Modi"], "upcoming",
      "JAKARTA, April 16 (Reuters) - Indonesian President Prabowo Subianto will make a state visit to India next month, where he will hold talks with Prime Minister Narendra Modi in New Delhi on defence and trade, his office said on Thursday."),
    M("Sjamsoeddin talks with French defence minister", ["sjafrie", "french counterpart"], "2026-04", "month", "Paris",
      ["Sjafrie Sjamsoeddin", "France"], "upcoming",
      "Separately, Defence Minister Sjafrie Sjamsoeddin will discuss the purchase of two Scorpene submarines with his French counterpart in Paris later this month, ministry spokesman Frega Wenas said."),
])

# ---------------------------------------------------------------- 45
# Mon 2026-02-23; March 2 to 6 New Delhi; negotiations relaunched June 2022 -> ongoing.
S("b17c-45", "2026-02-23", "India, EU to hold next FTA round in New Delhi", [
    "New Delhi, Feb 23 (IANS) India and the European Union will hold the next round of negotiation on their free trade agreement in New Delhi from March 2 to 6, Commerce Secretary Rajesh Agrawal said on Monday.",
    "The negotiations, relaunched in June 2022 after a nine-year gap, are now in their final stage, with rules of origin and a carbon border levy among the remaining issues.",
    "An EU delegation led by chief negotiator Christophe Kiener will arrive in the capital on Sunday.",
    "Agrawal said both sides aimed to close the deal before the India-EU summit, for which no date has been fixed.",
], [
    M("India-EU FTA negotiating round", ["next round", "free trade agreement"], "2026-03-02", "day", "New Delhi",
      ["India", "European Union", "Rajesh Agrawal", "Christophe Kiener"], "upcoming",
      "New Delhi, Feb 23 (IANS) India and the European Union will hold the next round of negotiation on their free trade agreement in New Delhi from March 2 to 6, Commerce Secretary Rajesh Agrawal said on Monday.",
      end="2026-03-06"),
    M("India-EU FTA negotiations (relaunched June 2022)", ["relaunched"], "2022-06", "month", None,
      ["India", "European Union"], "ongoing",
      "The negotiations, relaunched in June 2022 after a nine-year gap, are now in their final stage, with rules of origin and a carbon border levy among the remaining issues."),
])


def validate(stories):
    statuses = {"past", "upcoming", "ongoing"}
    seen = set()
    for s in stories:
        assert s["id"] not in seen, s["id"]
        seen.add(s["id"])
        datetime.date.fromisoformat(s["published"])
        words = len(s["text"].split())
        assert 60 <= words <= 350, (s["id"], words)
        for m in s["meetings"]:
            where = (s["id"], m["title"])
            assert m["evidence"] in s["text"], ("evidence", where)
            assert m["status"] in statuses, where
            assert 1 <= len(m["keys"]) <= 3, where
            for k in m["keys"]:
                assert k == k.lower() and k in s["text"].lower(), ("key", where, k)
            if m["precision"] == "month":
                assert re.fullmatch(r"\d{4}-\d{2}", m["date"]), where
            else:
                d = datetime.date.fromisoformat(m["date"])
                if m["precision"] == "week":
                    assert d.weekday() == 0, ("week must start Monday", where)
                else:
                    assert m["precision"] == "day", where
            if m["end_date"]:
                assert datetime.date.fromisoformat(m["end_date"]) > datetime.date.fromisoformat(m["date"]), where
            assert isinstance(m["participants"], list), where


if __name__ == "__main__":
    validate(STORIES)
    for s in STORIES:
        sys.stdout.write(json.dumps(s, ensure_ascii=False) + "\n")
    print(f"{len(STORIES)} stories, {sum(len(s['meetings']) for s in STORIES)} meetings, "
          f"{sum(1 for s in STORIES if not [m for m in s['meetings'] if not m.get('optional')])} with no required meeting",
          file=sys.stderr)
