#!/usr/bin/env python3
"""Build /work/fresh39a/fresh39a.jsonl: 14 invented documents with hand-judged meeting annotations.
Every date (in the text and in the annotations) is computed from the document's published day."""
import datetime as dt
import json
import os

D = dt.date
TD = dt.timedelta
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
AP_MON = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def P(s):
    return D.fromisoformat(s)


def nxt(ref, name):
    """future-tense bare weekday: next such day on or after ref"""
    w = WEEKDAYS.index(name.lower())
    return ref + TD(days=(w - ref.weekday()) % 7)


def prv(ref, name):
    """past-tense bare weekday: most recent such day on or before ref"""
    w = WEEKDAYS.index(name.lower())
    return ref - TD(days=(ref.weekday() - w) % 7)


def monday(ref, k=0):
    """Monday of the week k weeks from ref's week (k=1 next week, -1 last week)"""
    return ref - TD(days=ref.weekday()) + TD(weeks=k)


def month(ref, k=0):
    y, m = ref.year, ref.month + k
    while m > 12:
        y, m = y + 1, m - 12
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"


def month_of(ref, m, direction):
    """bare month name: nearest such month in the tense's direction (this month counts)"""
    cands = [f"{y:04d}-{m:02d}" for y in (ref.year - 1, ref.year, ref.year + 1)]
    cur = f"{ref.year:04d}-{ref.month:02d}"
    if direction == "future":
        return min(c for c in cands if c >= cur)
    return max(c for c in cands if c <= cur)


def md(ref, m, d, direction):
    """month-day without year: the year putting it nearest ref in the tense's direction"""
    cands = [D(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == "future":
        return min(c for c in cands if c >= ref)
    return max(c for c in cands if c <= ref)


def iso(d):
    return d.isoformat()


def dateline(city, d, agency):
    return f"{city}, {AP_MON[d.month - 1]} {d.day} ({agency}) - "


def long(d, weekday=False, year=True):
    s = f"{d.day} {d:%B}" + (f" {d.year}" if year else "")
    return (f"{d:%A} " + s) if weekday else s


def M(title, keys, date, precision, end, place, participants, status, evidence, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision,
         "end_date": end, "place": place, "participants": participants,
         "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


def wire(dl, paras):
    return dl + "\n\n".join(paras)


docs = []

# ---------------------------------------------------------------- 01 Eurogroup (Brussels)
p = P("2024-03-08")  # Friday
s1 = "Euro zone finance ministers will take up the stalled plan for a common deposit insurance scheme at the Eurogroup meeting in Brussels on Monday, officials said, with several capitals still opposed to any fixed deadline."
s2 = "The discussion will continue the next day, when the Economic and Financial Affairs Council (Ecofin) of all 27 EU finance ministers meets to sign off on new budget guidance for member states, two diplomats said."
s3 = "Dutch Finance Minister Pieter van Lunteren said he would raise the treatment of banks' sovereign bond holdings with his Italian counterpart, Marta Collodi, over breakfast in Brussels on Monday morning."
s4 = "At the last Eurogroup meeting, in Brussels in February, ministers failed to agree on a timetable and asked their deputies to produce a compromise text."
s5 = "The Eurogroup Working Group, which brings together senior treasury officials, met here on Wednesday to prepare the ground but left the main questions open, according to a note seen by Meridian News."
s6 = "\"We are not there yet, and Monday will not be the day we get there,\" one official said. The European Central Bank has asked to present its views to ministers at some point, but no date has been set."
eg = nxt(p, "monday")
docs.append({
    "id": "f39a-01", "published": iso(p),
    "title": "Euro zone ministers to revisit deposit insurance plan on Monday",
    "text": wire(dateline("BRUSSELS", p, "Meridian News"), [s1, s2, s3, s4, s5, s6]),
    "meetings": [
        M("Eurogroup meeting on deposit insurance", ["eurogroup meeting", "eurogroup"], iso(eg), "day", None,
          "Brussels", ["Eurogroup"], "upcoming", s1),
        M("Ecofin council meeting", ["ecofin", "economic and financial affairs council"], iso(eg + TD(days=1)), "day", None,
          "Brussels", ["Ecofin"], "upcoming", s2),
        M("Van Lunteren-Collodi breakfast meeting", ["pieter van lunteren", "marta collodi", "breakfast"], iso(eg), "day", None,
          "Brussels", ["Pieter van Lunteren", "Marta Collodi"], "upcoming", s3),
        M("February Eurogroup meeting", ["last eurogroup meeting"], month_of(p, 2, "past"), "month", None,
          "Brussels", ["Eurogroup"], "past", s4),
        M("Eurogroup Working Group preparatory meeting", ["eurogroup working group"], iso(prv(p, "wednesday")), "day", None,
          "Brussels", ["Eurogroup Working Group"], "past", s5),
    ]})

# ---------------------------------------------------------------- 02 Kuwaiti-Egyptian Joint Committee
p = P("2023-11-18")  # Saturday
s1 = "The fourth session of the Kuwaiti-Egyptian Joint Committee will open in Kuwait City on Monday and run for two days, with agreements on investment protection and labour mobility expected to be signed, the Kuwaiti foreign ministry said on Saturday."
s2 = "Kuwaiti Foreign Minister Sheikh Faisal Al-Murran and Egyptian Foreign Minister Hesham Abdel-Kader will co-chair the session, the ministry added."
s3 = "Senior officials from Kuwait and Egypt began a two-day preparatory meeting here today to finalise the draft texts, which will be put to the ministers when the committee convenes."
s4 = "Abdel-Kader will also meet members of the Kuwait Business Council on Wednesday before returning to Cairo, an Egyptian embassy official said."
s5 = "Trade between the two countries reached $4.1 billion last year, and Egyptian workers form one of the largest expatriate communities in Kuwait."
s6 = "The committee's third session was held in Cairo in May last year."
s7 = "Kuwait also hopes to brief its partners on the outcome when the Gulf Cooperation Council's ministerial council meets in Doha in early December, the ministry said."
jc = nxt(p, "monday")
docs.append({
    "id": "f39a-02", "published": iso(p),
    "title": "Kuwait, Egypt to sign investment and labour deals at joint committee",
    "text": wire(dateline("KUWAIT", p, "Gulf Newswire"), [s1 + " " + s2, s3, s4, s5 + " " + s6, s7]),
    "meetings": [
        M("Fourth session of the Kuwaiti-Egyptian Joint Committee", ["fourth session", "kuwaiti-egyptian joint committee"],
          iso(jc), "day", iso(jc + TD(days=1)), "Kuwait City",
          ["Kuwait", "Egypt", "Sheikh Faisal Al-Murran", "Hesham Abdel-Kader"], "upcoming", s1),
        M("Kuwait-Egypt senior officials preparatory meeting", ["preparatory meeting", "senior officials"],
          iso(p), "day", iso(p + TD(days=1)), "Kuwait City", ["Kuwait", "Egypt"], "ongoing", s3),
        M("Abdel-Kader meeting with Kuwait Business Council", ["kuwait business council"],
          iso(nxt(p, "wednesday")), "day", None, "Kuwait City", ["Hesham Abdel-Kader", "Kuwait Business Council"], "upcoming", s4),
        M("Third session of the Kuwaiti-Egyptian Joint Committee", ["third session"],
          f"{p.year - 1:04d}-05", "month", None, "Cairo", ["Kuwait", "Egypt"], "past", s6),
        M("GCC ministerial council meeting", ["gulf cooperation council", "ministerial council"],
          month_of(p, 12, "future"), "month", None, "Doha", ["Gulf Cooperation Council", "Kuwait"], "upcoming", s7),
    ]})

# ---------------------------------------------------------------- 03 China-Zambia business forum
p = P("2025-05-14")  # Wednesday
s1 = "More than 200 companies have registered for the China-Zambia business forum, which opens in Lusaka on Thursday with deals in copper processing, solar power and agriculture on the table, organisers said."
s2 = "The two-day forum is jointly hosted by the Zambia Development Agency and the China Council for the Promotion of International Trade (CCPIT), whose vice-chairman, Liu Wenbo, arrived on Tuesday at the head of a 60-member delegation."
s3 = "Commerce Minister Chanda Mwaba held talks with Liu on Tuesday evening and said afterwards that Zambia wanted Chinese investors to process more copper in the country instead of shipping concentrate abroad."
s4 = "Mwaba is due to lead a Zambian delegation to the ministerial meeting of coordinators of the Forum on China-Africa Cooperation (FOCAC) in Changsha in June."
s5 = "The first edition of the business forum, held in Guangzhou in November last year, produced agreements worth $1.2 billion, though Zambian officials say fewer than half have so far been carried out."
s6 = "Zambia's copper output rose 7 percent in the first quarter, according to the Chamber of Mines."
fo = nxt(p, "thursday")
docs.append({
    "id": "f39a-03", "published": iso(p),
    "title": "Copper processing tops agenda at China-Zambia business forum",
    "text": wire(dateline("LUSAKA", p, "Copperbelt Press Agency"), [s1, s2, s3, s4, s5 + " " + s6]),
    "meetings": [
        M("China-Zambia business forum", ["china-zambia business forum", "business forum"],
          iso(fo), "day", iso(fo + TD(days=1)), "Lusaka",
          ["China", "Zambia", "Zambia Development Agency", "China Council for the Promotion of International Trade", "Liu Wenbo"],
          "upcoming", s1),
        M("Mwaba-Liu talks", ["chanda mwaba", "talks with liu"], iso(prv(p, "tuesday")), "day", None,
          "Lusaka", ["Chanda Mwaba", "Liu Wenbo"], "past", s3),
        M("FOCAC ministerial meeting of coordinators", ["focac", "ministerial meeting of coordinators"],
          month_of(p, 6, "future"), "month", None, "Changsha",
          ["Forum on China-Africa Cooperation", "Chanda Mwaba"], "upcoming", s4),
        M("First China-Zambia business forum", ["first edition", "guangzhou"], f"{p.year - 1:04d}-11", "month", None,
          "Guangzhou", ["China", "Zambia"], "past", s5),
    ]})

# ---------------------------------------------------------------- 04 EU-CELAC ministerial
p = P("2025-02-21")  # Friday
s1 = "Foreign ministers from the European Union and the Community of Latin American and Caribbean States (CELAC) will try to narrow their differences over deforestation rules and critical minerals at the EU-CELAC ministerial meeting in Montevideo next week, Uruguayan officials said on Thursday."
s2 = "The talks open on Wednesday and close on Thursday with a joint declaration, which senior officials from both regions will try to agree at a preparatory meeting here on Monday."
s3 = "Uruguay's Foreign Minister, Lucia Ferreyra, will co-chair the meeting with the EU's foreign policy chief."
s4 = "On Thursday evening Ferreyra will also host a meeting of Mercosur foreign ministers to review the stalled ratification of the EU-Mercosur trade agreement, a ministry spokesman said."
s5 = "The previous ministerial meeting between the two blocs took place in Brussels two years ago."
s6 = "European Commission trade officials met Uruguayan beef and soy exporters in Montevideo last week to explain the paperwork required under the EU deforestation regulation."
s7 = "Argentina has not confirmed whether its foreign minister will attend."
mt = nxt(p, "wednesday")
assert monday(mt) == monday(p, 1)  # "next week" and the weekdays agree
docs.append({
    "id": "f39a-04", "published": iso(p),
    "title": "EU, Latin American ministers meet next week with deforestation rules in focus",
    "text": wire(dateline("MONTEVIDEO", p, "Southern Cone Wire"), [s1, s2 + " " + s3, s4, s5 + " " + s7, s6]),
    "meetings": [
        M("EU-CELAC ministerial meeting", ["eu-celac ministerial meeting", "celac"],
          iso(mt), "day", iso(nxt(p, "thursday")), "Montevideo",
          ["European Union", "CELAC", "Lucia Ferreyra"], "upcoming", s1),
        M("EU-CELAC senior officials preparatory meeting", ["preparatory meeting", "senior officials"],
          iso(nxt(p, "monday")), "day", None, "Montevideo", ["European Union", "CELAC"], "upcoming", s2),
        M("Mercosur foreign ministers meeting", ["mercosur foreign ministers"],
          iso(nxt(p, "thursday")), "day", None, "Montevideo", ["Mercosur", "Lucia Ferreyra"], "upcoming", s4),
        M("European Commission officials meet Uruguayan exporters", ["european commission trade officials", "exporters"],
          iso(monday(p, -1)), "week", None, "Montevideo",
          ["European Commission", "Uruguayan beef and soy exporters"], "past", s6),
    ]})

# ---------------------------------------------------------------- 05 ASEAN Regional Forum
p = P("2024-07-24")  # Wednesday
s1 = "Tensions in the South China Sea and the war in Myanmar are set to dominate the ASEAN Regional Forum on Saturday, the region's main security dialogue, diplomats said."
s2 = "The 57th ASEAN Foreign Ministers' Meeting opened in the Lao capital on Wednesday and runs until Thursday, with Myanmar's military government again barred from sending a political-level representative."
s3 = "On Friday the bloc's ministers will hold the ASEAN Plus Three meeting with China, Japan and South Korea."
s3b = "The East Asia Summit foreign ministers' meeting will take place on Saturday morning, ahead of the forum."
s4 = "Philippine Foreign Secretary Ramon Escaler will meet Vietnamese Foreign Minister Tran Quoc Hieu on the sidelines on Thursday to discuss coast guard cooperation, a Philippine official said."
s5 = "A preparatory meeting in Jakarta earlier this month failed to agree on language on Myanmar, two diplomats said."
s6 = "China has said it is open to further talks on a code of conduct for the South China Sea, but no date has been fixed for the next negotiating round."
sat = nxt(p, "saturday")
docs.append({
    "id": "f39a-05", "published": iso(p),
    "title": "South China Sea, Myanmar to dominate ASEAN security forum",
    "text": wire(dateline("VIENTIANE", p, "Mekong News Service"), [s1, s2, s3 + " " + s3b, s4, s5, s6]),
    "meetings": [
        M("ASEAN Regional Forum", ["asean regional forum"], iso(sat), "day", None,
          "Vientiane", ["ASEAN Regional Forum"], "upcoming", s1),
        M("57th ASEAN Foreign Ministers' Meeting", ["asean foreign ministers' meeting", "57th"],
          iso(prv(p, "wednesday")), "day", iso(nxt(p, "thursday")), "Vientiane", ["ASEAN"], "ongoing", s2),
        M("ASEAN Plus Three foreign ministers meeting", ["asean plus three"], iso(nxt(p, "friday")), "day", None,
          "Vientiane", ["ASEAN", "China", "Japan", "South Korea"], "upcoming", s3),
        M("East Asia Summit foreign ministers' meeting", ["east asia summit"], iso(sat), "day", None,
          "Vientiane", ["East Asia Summit"], "upcoming", s3b),
        M("Escaler-Tran Quoc Hieu sideline meeting", ["ramon escaler", "tran quoc hieu"], iso(nxt(p, "thursday")), "day", None,
          "Vientiane", ["Ramon Escaler", "Tran Quoc Hieu"], "upcoming", s4),
        M("Preparatory meeting in Jakarta", ["preparatory meeting", "jakarta"], month(p, 0), "month", None,
          "Jakarta", [], "past", s5),
    ]})

# ---------------------------------------------------------------- 06 Korea-Mexico FTA, G20 sidelines
p = P("2025-06-12")  # Thursday
s1 = "South Korea and Mexico aim to conclude free trade negotiations in time for their leaders to sign the agreement on the sidelines of the G20 summit in Johannesburg in November, Seoul's trade ministry said on Thursday."
s2 = "Negotiators will hold their sixth round of talks in Mexico City from June 23 to 27, the ministry said in a statement."
s3 = "The fifth round, held in Seoul last month, closed the chapters on customs procedures and sanitary rules."
s4 = "Trade Minister Yoon Ha-jin met Mexican Economy Secretary Rodrigo Salcedo in Paris last week on the margins of the OECD ministerial council meeting, and both agreed to speed up the process."
s5 = "Yoon will brief the National Assembly's trade, industry and energy committee on the negotiations on Monday."
s6 = "Mexico is South Korea's largest trading partner in Latin America, with two-way trade of about $20 billion last year."
r6 = md(p, 6, 23, "future")
docs.append({
    "id": "f39a-06", "published": iso(p),
    "title": "South Korea, Mexico aim to sign trade pact at G20 summit",
    "text": wire(dateline("SEOUL", p, "Han River News"), [s1, s2 + " " + s3, s4, s5, s6]),
    "meetings": [
        M("G20 summit in Johannesburg", ["g20 summit"], month_of(p, 11, "future"), "month", None,
          "Johannesburg", ["G20", "South Korea", "Mexico"], "upcoming", s1),
        M("South Korea-Mexico FTA signing on G20 sidelines", ["sign the agreement"], month_of(p, 11, "future"), "month", None,
          "Johannesburg", ["South Korea", "Mexico"], "upcoming", s1, optional=True),
        M("Sixth round of South Korea-Mexico FTA talks", ["sixth round"], iso(r6), "day", iso(md(p, 6, 27, "future")),
          "Mexico City", ["South Korea", "Mexico"], "upcoming", s2),
        M("Fifth round of South Korea-Mexico FTA talks", ["fifth round"], month(p, -1), "month", None,
          "Seoul", ["South Korea", "Mexico"], "past", s3),
        M("Yoon-Salcedo meeting in Paris", ["yoon ha-jin", "rodrigo salcedo"], iso(monday(p, -1)), "week", None,
          "Paris", ["Yoon Ha-jin", "Rodrigo Salcedo"], "past", s4),
        M("OECD ministerial council meeting", ["oecd ministerial council meeting", "oecd"], iso(monday(p, -1)), "week", None,
          "Paris", ["OECD", "Yoon Ha-jin", "Rodrigo Salcedo"], "past", s4),
        M("Yoon briefing to National Assembly trade committee", ["trade, industry and energy committee", "national assembly"],
          iso(nxt(p, "monday")), "day", None, "Seoul",
          ["Yoon Ha-jin", "National Assembly trade, industry and energy committee"], "upcoming", s5),
    ]})

# ---------------------------------------------------------------- 07 special session of state legislative assembly
p = P("2023-09-27")  # Wednesday
s1 = "A special session of the Penang state legislative assembly will be convened on Tuesday to debate a proposed 18 percent rise in domestic water tariffs, the state government said."
s2 = "The decision to recall the assembly was taken at a meeting of the state executive council on Wednesday chaired by Chief Minister Lim Seng Huat, state secretary Rosli Hamid told reporters."
s3 = "Tanjung Water Berhad, the state-owned utility, will set out its case for the increase before the assembly's public accounts committee on Friday."
s4 = "Assemblymen from the opposition Barisan Rakyat coalition will meet on Monday to decide whether to support the motion, coalition whip Farid Osman said."
s5 = "The assembly last held a special session in March, when it approved emergency flood relief for the mainland districts."
s6 = "Consumer groups have threatened to take the state government to court if the increase goes ahead."
docs.append({
    "id": "f39a-07", "published": iso(p),
    "title": "Penang assembly recalled to debate water tariff rise",
    "text": wire(dateline("GEORGE TOWN", p, "Straits Daily Wire"), [s1, s2, s3, s4, s5 + " " + s6]),
    "meetings": [
        M("Special session of the Penang state legislative assembly", ["special session", "state legislative assembly"],
          iso(nxt(p, "tuesday")), "day", None, "George Town", ["Penang state legislative assembly"], "upcoming", s1),
        M("Penang state executive council meeting", ["state executive council"], iso(prv(p, "wednesday")), "day", None,
          "George Town", ["state executive council", "Lim Seng Huat"], "past", s2),
        M("Public accounts committee hearing of Tanjung Water", ["public accounts committee", "tanjung water berhad"],
          iso(nxt(p, "friday")), "day", None, "George Town", ["Tanjung Water Berhad", "public accounts committee"], "upcoming", s3),
        M("Barisan Rakyat assemblymen meeting", ["barisan rakyat"], iso(nxt(p, "monday")), "day", None,
          None, ["Barisan Rakyat"], "upcoming", s4),
        M("March special session of the Penang assembly", ["last held a special session"], month_of(p, 3, "past"), "month", None,
          "George Town", ["Penang state legislative assembly"], "past", s5),
    ]})

# ---------------------------------------------------------------- 08 union branch bulletin
p = P("2024-10-15")  # Tuesday
nr = p + TD(days=6)
assert nr.weekday() == 0 and nr == nxt(p, "monday")
sgm = p + TD(days=9)
assert sgm.weekday() == 3
lt = prv(p, "thursday")
b1 = "Negotiations with Corran Shipping Services on the 2025 pay claim resumed last Thursday at the company's Quay Road offices."
b2 = "Management repeated its offer of 3.1 per cent, which your negotiating team rejected."
b3 = f"The next round of talks with Corran is fixed for {long(nr, weekday=True, year=False)}."
b4 = f"All members are called to a special general meeting of the branch on {long(sgm, weekday=True, year=False)} at 7pm in the Seafarers' Institute, Harbour Street, to consider the offer and whether to ballot for industrial action."
b5 = "The joint health and safety committee with Corran management will meet next week to review the crane incident on No. 3 berth."
b6 = "Branch delegates reported back from the North East Regional Council meeting in Dunmore last month, which agreed to set up a hardship fund for members on short time."
b7 = "The branch committee meets on the first Monday of every month; members wishing to raise an item should contact the secretary."
b8 = "If the talks fail, the dispute may be referred to conciliation, but no date has been set."
text = "\n\n".join([
    "AMALGAMATED PORT AND TRANSPORT WORKERS' UNION (APTWU)\nKellerby Docks Branch - Bulletin No. 212 - " + long(p),
    "PAY TALKS\n" + b1 + " " + b2 + " " + b3 + " " + b8,
    "SPECIAL BRANCH MEETING\n" + b4,
    "HEALTH AND SAFETY\n" + b5,
    "REGIONAL COUNCIL\n" + b6,
    "BRANCH COMMITTEE\n" + b7,
    "Dave Halloran, Branch Secretary",
])
docs.append({
    "id": "f39a-08", "published": iso(p),
    "title": "Kellerby Docks Branch Bulletin No. 212",
    "text": text,
    "meetings": [
        M("APTWU-Corran pay talks", ["pay claim", "corran shipping services"], iso(lt), "day", None,
          "Quay Road offices", ["Corran Shipping Services", "APTWU"], "past", b1),
        M("Next round of APTWU-Corran pay talks", ["next round"], iso(nr), "day", None,
          None, ["Corran Shipping Services", "APTWU"], "upcoming", b3),
        M("Kellerby Docks Branch special general meeting", ["special general meeting"], iso(sgm), "day", None,
          "Seafarers' Institute, Harbour Street", ["Kellerby Docks Branch"], "upcoming", b4),
        M("Joint health and safety committee meeting", ["joint health and safety committee"], iso(monday(p, 1)), "week", None,
          None, ["joint health and safety committee", "Corran management"], "upcoming", b5),
        M("North East Regional Council meeting", ["north east regional council"], month(p, -1), "month", None,
          "Dunmore", ["North East Regional Council"], "past", b6),
    ]})

# ---------------------------------------------------------------- 09 association notice of meetings
p = P("2024-08-30")  # Friday
agm = p + TD(days=15)
assert agm.weekday() == 5
mc = p + TD(days=11)
assert mc.weekday() == 1
nd = p + TD(days=20)
assert nd.weekday() == 3
ex1, ex2 = p + TD(days=24), p + TD(days=28)
sg = md(p, 7, 6, "past")
a1 = f"The annual general meeting of the Lakeland Water Users Network will be held on {long(agm, weekday=True)} at 10.30am in Ravensmere Village Hall."
a2 = f"The management committee will meet on {long(mc, weekday=True, year=False)} at 7pm at the Old School, Fellbeck, to settle the AGM papers."
a3 = f"Network officers will meet drainage officers of Northfell District Council on {long(nd, weekday=True, year=False)} at the council offices in Kirkhaven to discuss flood storage on Ravensmere Moss."
a4 = f"Fellside Water's public exhibition on the Upper Beck reservoir scheme runs from {ex1.day} to {long(ex2, year=False)} at Kirkhaven Library. This is not a meeting of the Network, but members are encouraged to attend and give their views."
a5 = f"At the special general meeting on {long(sg, year=False)}, members voted to join the Northern Rivers Alliance."
a6 = "Meetings of the Alliance are held quarterly; the next date has not yet been fixed."
text = "\n\n".join([
    "LAKELAND WATER USERS NETWORK\nNotice of meetings, issued " + long(p),
    "1. Annual general meeting\n" + a1 + " Business: reports of the chair and treasurer, election of officers, and a motion on abstraction licences.",
    "2. Management committee\n" + a2,
    "3. Meeting with Northfell District Council\n" + a3,
    "4. Upper Beck reservoir exhibition\n" + a4,
    "5. Last meeting\n" + a5 + " " + a6,
    "Janet Pryor, Honorary Secretary",
])
docs.append({
    "id": "f39a-09", "published": iso(p),
    "title": "Lakeland Water Users Network: notice of meetings",
    "text": text,
    "meetings": [
        M("Lakeland Water Users Network annual general meeting", ["annual general meeting", "lakeland water users network"],
          iso(agm), "day", None, "Ravensmere Village Hall", ["Lakeland Water Users Network"], "upcoming", a1),
        M("Network management committee meeting", ["management committee"], iso(mc), "day", None,
          "Old School, Fellbeck", ["management committee"], "upcoming", a2),
        M("Network meeting with Northfell District Council drainage officers", ["northfell district council", "drainage officers"],
          iso(nd), "day", None, "council offices, Kirkhaven",
          ["Lakeland Water Users Network", "Northfell District Council"], "upcoming", a3),
        M("Network special general meeting", ["special general meeting"], iso(sg), "day", None,
          None, ["Lakeland Water Users Network"], "past", a5),
    ]})

# ---------------------------------------------------------------- 10 minister's week diary
p = P("2025-01-24")  # Friday
wk = monday(p, 1)
day = [wk + TD(days=i) for i in range(5)]
l_cab = "09:30 Cabinet meeting - Government House"
l_cc = "14:00 Courtesy call by the High Commissioner of Canada, Mr Paul Tremblay - Ministry of Trade, Bay Street"
l_ch = "10:00 Meeting with the executive committee of the Chamber of Commerce - Ministry boardroom"
l_co = "All day: 59th Special Meeting of the CARICOM Council for Trade and Economic Development (COTED) - Georgetown, Guyana (Minister attends virtually)"
l_cr = "11:00 Opening of the Freeport craft market - Freeport"
l_sc = "15:00 Joint sitting of the Trade and Tourism Select Committees of the House of Assembly - Parliament Square"
l_pb = "10:00 Press briefing - Ministry of Trade"
l_pp = "The bilateral meeting with the Minister of Commerce of the Dominican Republic, previously listed for Friday, has been postponed; a new date will be announced."
hd = lambda d: long(d, weekday=True, year=False)
text = "\n\n".join([
    "MINISTRY OF TRADE AND INDUSTRY, NASSAU\nWeekly diary of the Minister, the Hon. Keisha Farrington, for the week beginning "
    + long(wk, weekday=True) + " (issued " + long(p) + ")",
    hd(day[0]) + "\n" + l_cab + "\n" + l_cc,
    hd(day[1]) + "\n" + l_ch,
    hd(day[2]) + "\n" + l_co,
    hd(day[3]) + "\n" + l_cr + "\n" + l_sc,
    hd(day[4]) + "\n" + l_pb + "\n" + l_pp,
])
docs.append({
    "id": "f39a-10", "published": iso(p),
    "title": "Minister of Trade and Industry: diary for the week beginning " + long(wk, year=False),
    "text": text,
    "meetings": [
        M("Cabinet meeting", ["cabinet meeting", "government house"], iso(day[0]), "day", None,
          "Government House", ["Cabinet", "Keisha Farrington"], "upcoming", l_cab),
        M("Courtesy call by the Canadian High Commissioner", ["courtesy call", "paul tremblay"], iso(day[0]), "day", None,
          "Ministry of Trade, Bay Street", ["Keisha Farrington", "Paul Tremblay"], "upcoming", l_cc),
        M("Minister's meeting with the Chamber of Commerce executive", ["chamber of commerce"], iso(day[1]), "day", None,
          "Ministry boardroom", ["Keisha Farrington", "Chamber of Commerce"], "upcoming", l_ch),
        M("59th Special Meeting of CARICOM COTED", ["coted", "council for trade and economic development"], iso(day[2]), "day", None,
          "Georgetown, Guyana", ["CARICOM Council for Trade and Economic Development", "Keisha Farrington"], "upcoming", l_co),
        M("Joint sitting of the Trade and Tourism Select Committees", ["select committees", "joint sitting"], iso(day[3]), "day", None,
          "Parliament Square", ["Trade and Tourism Select Committees", "Keisha Farrington"], "upcoming", l_sc),
    ]})

# ---------------------------------------------------------------- 11 body's calendar
p = P("2023-12-11")  # Monday
sc1, sc2 = p, p + TD(days=2)
cc = p + TD(days=3)
hod = p + TD(days=7)
wg = monday(p, 5)
fac1, fac2 = p - TD(days=7), p - TD(days=6)
c_sc = f"{sc1.day}-{long(sc2)}: Scientific Committee, 19th Regular Session - Suva, Fiji"
c_cc = f"{long(cc)}: Compliance Committee, special meeting (virtual)"
c_hd = f"{long(hod)}: Heads of Delegation, informal consultation on the allocation of bigeye tuna catch limits - Suva, Fiji"
c_dl = f"{long(D(p.year, 12, 31))}: Deadline for members' annual catch and effort data"
c_wg = f"Week of {long(wg)}: Working Group on Bycatch Mitigation, intersessional meeting - Noumea, New Caledonia (exact days to be confirmed)"
feb = D(*map(int, month(p, 2).split("-")), 1)
c_cm = f"{feb:%B} {feb.year}: Commission, 20th Annual Session - Nuku'alofa, Tonga (dates to be announced)"
c_fa = f"Recently held: the Finance and Administration Committee met on {fac1.day}-{long(fac2)} in Wellington, New Zealand, and recommended a 2.5 per cent increase in members' contributions."
c_ob = "Observers from non-member states may attend sessions of the Commission with the agreement of the Chair."
text = "\n\n".join([
    "TASMAN-CORAL SEA FISHERIES COMMISSION (TCSFC)\nCalendar of meetings - updated " + long(p),
    "\n".join([c_sc, c_cc, c_hd, c_dl, c_wg, c_cm]),
    c_fa,
    c_ob,
])
docs.append({
    "id": "f39a-11", "published": iso(p),
    "title": "Tasman-Coral Sea Fisheries Commission: calendar of meetings",
    "text": text,
    "meetings": [
        M("TCSFC Scientific Committee, 19th regular session", ["scientific committee", "19th regular session"],
          iso(sc1), "day", iso(sc2), "Suva, Fiji", ["Scientific Committee"], "ongoing", c_sc),
        M("TCSFC Compliance Committee special meeting", ["compliance committee"], iso(cc), "day", None,
          None, ["Compliance Committee"], "upcoming", c_cc),
        M("Heads of Delegation informal consultation on bigeye catch limits", ["heads of delegation", "informal consultation"],
          iso(hod), "day", None, "Suva, Fiji", ["Heads of Delegation"], "upcoming", c_hd),
        M("Working Group on Bycatch Mitigation intersessional meeting", ["working group on bycatch mitigation", "intersessional meeting"],
          iso(wg), "week", None, "Noumea, New Caledonia", ["Working Group on Bycatch Mitigation"], "upcoming", c_wg),
        M("TCSFC 20th Annual Session", ["20th annual session"], month(p, 2), "month", None,
          "Nuku'alofa, Tonga", ["Tasman-Coral Sea Fisheries Commission"], "upcoming", c_cm),
        M("Finance and Administration Committee meeting", ["finance and administration committee"],
          iso(fac1), "day", iso(fac2), "Wellington, New Zealand", ["Finance and Administration Committee"], "past", c_fa),
    ]})

# ---------------------------------------------------------------- 12 farm unions on EU-Mercosur (bodies named, not participants)
p = P("2024-01-17")  # Wednesday
s1 = "France's three main farm unions will hold an emergency meeting on the EU-Mercosur trade deal on Friday, after reports that the European Commission wants to wrap up the negotiations with the South American bloc by the end of the month."
s2 = "The leaders of the National Union of Farm Operators (UNEA), the Rural Coordination Front (FCR) and Young Farmers of France (JAF) will meet at UNEA's headquarters in Paris to agree a joint position, UNEA president Gilles Marchetti said."
s3 = "The unions are then due to meet Agriculture Minister Claire Vautrin at the ministry on Monday to press for a French veto."
s4 = "EU agriculture ministers are expected to discuss the deal when they meet in Brussels on January 29."
s5 = "Mercosur's chief negotiators met in Brasilia last week to review the Commission's latest offer on public procurement, a Brazilian official said."
s6 = "A round of EU-Mercosur negotiations pencilled in for early February has been called off, the official added."
s7 = "Farmers have blocked roads in several regions this week in protest at falling incomes and rising costs."
docs.append({
    "id": "f39a-12", "published": iso(p),
    "title": "French farm unions to hold emergency meeting on Mercosur deal",
    "text": wire(dateline("PARIS", p, "Hexagone Presse"), [s1, s2, s3, s4, s5 + " " + s6, s7]),
    "meetings": [
        M("French farm unions' emergency meeting on EU-Mercosur deal", ["emergency meeting", "farm unions"],
          iso(nxt(p, "friday")), "day", None, "UNEA headquarters, Paris", ["UNEA", "FCR", "JAF"], "upcoming", s1),
        M("Farm unions meet Agriculture Minister Vautrin", ["claire vautrin"], iso(nxt(p, "monday")), "day", None,
          "Agriculture ministry, Paris", ["UNEA", "FCR", "JAF", "Claire Vautrin"], "upcoming", s3),
        M("EU agriculture ministers meeting", ["eu agriculture ministers"], iso(md(p, 1, 29, "future")), "day", None,
          "Brussels", ["EU agriculture ministers"], "upcoming", s4),
        M("Mercosur chief negotiators meeting", ["mercosur's chief negotiators", "brasilia"], iso(monday(p, -1)), "week", None,
          "Brasilia", ["Mercosur"], "past", s5),
    ]})

# ---------------------------------------------------------------- 13 palm oil: preparatory meeting in Kuala Lumpur
p = P("2025-09-03")  # Wednesday
s1 = "Malaysia and Indonesia will hold a preparatory meeting in Kuala Lumpur next week ahead of the annual ministerial meeting of the Council of Palm Oil Producing Countries (CPOPC), which is to be held in Jakarta in November, Malaysia's plantation ministry said."
s2 = "Officials said progress on a common smallholder certification standard had been slow since the two countries' Sandakan talks in June."
s3 = "Plantation Minister Azman Hafiz met a delegation from Dutch refiner Nordhaven Oils in Putrajaya on Tuesday to discuss compliance with the European Union's deforestation regulation, the ministry said."
s4 = "Azman told the annual meeting of the Malaysian Palm Oil Growers' Association that the regulation would hurt some 400,000 smallholders unless Brussels accepted national certification schemes."
s5 = "Benchmark palm oil futures on Bursa Malaysia Derivatives rose 1.2 percent on Wednesday."
docs.append({
    "id": "f39a-13", "published": iso(p),
    "title": "Malaysia, Indonesia to prepare palm oil council meeting",
    "text": wire(dateline("KUALA LUMPUR", p, "Palm Wire"), [s1 + " " + s2, s3, s4, s5]),
    "meetings": [
        M("Malaysia-Indonesia preparatory meeting", ["preparatory meeting"], iso(monday(p, 1)), "week", None,
          "Kuala Lumpur", ["Malaysia", "Indonesia"], "upcoming", s1),
        M("CPOPC annual ministerial meeting", ["cpopc", "ministerial meeting"], month_of(p, 11, "future"), "month", None,
          "Jakarta", ["CPOPC"], "upcoming", s1),
        M("Malaysia-Indonesia Sandakan talks", ["sandakan talks"], month_of(p, 6, "past"), "month", None,
          "Sandakan", ["Malaysia", "Indonesia"], "past", s2),
        M("Azman meeting with Nordhaven Oils delegation", ["nordhaven oils", "azman hafiz"], iso(prv(p, "tuesday")), "day", None,
          "Putrajaya", ["Azman Hafiz", "Nordhaven Oils"], "past", s3),
        M("Malaysian Palm Oil Growers' Association annual meeting", ["malaysian palm oil growers' association", "annual meeting"],
          iso(p), "day", None, None, ["Malaysian Palm Oil Growers' Association", "Azman Hafiz"], "ongoing", s4, optional=True),
    ]})

# ---------------------------------------------------------------- 14 dairy co-operative dispute (named people, Rotorua talks)
p = P("2024-05-27")  # Monday
s1 = "Kereru Dairy Co-operative chief executive Anna Whitcombe will meet leaders of the Milk Processing Workers Union on Wednesday in a bid to avert strikes at three of the co-operative's factories, the company said on Monday."
s2 = "The co-operative's board met on Sunday to approve a revised pay offer, which union national secretary Tom Rangi said he had yet to see."
s3 = "The two sides failed to settle the dispute at the Rotorua talks earlier this month, which were attended by mediators from the employment ministry."
s4 = "Whitcombe also met Agriculture Minister Rhys Tamaki in Wellington last week to discuss the impact of a strike on export contracts, a spokeswoman said."
s5 = "Tamaki said he could meet both sides at some stage if talks stalled again."
s6 = "Separately, farmer shareholders will vote on a proposed capital restructuring at a special meeting in Hamilton on June 20."
docs.append({
    "id": "f39a-14", "published": iso(p),
    "title": "Kereru Dairy chief to meet union as strike threat looms",
    "text": wire(dateline("AUCKLAND", p, "Southern Cross Wire"), [s1, s2, s3, s4 + " " + s5, s6]),
    "meetings": [
        M("Whitcombe meeting with Milk Processing Workers Union", ["anna whitcombe", "milk processing workers union"],
          iso(nxt(p, "wednesday")), "day", None, None, ["Anna Whitcombe", "Milk Processing Workers Union"], "upcoming", s1),
        M("Kereru Dairy Co-operative board meeting", ["co-operative's board", "revised pay offer"], iso(prv(p, "sunday")), "day", None,
          None, ["Kereru Dairy Co-operative"], "past", s2),
        M("Rotorua talks", ["rotorua talks"], month(p, 0), "month", None,
          "Rotorua", ["Kereru Dairy Co-operative", "Milk Processing Workers Union", "employment ministry"], "past", s3),
        M("Whitcombe-Tamaki meeting", ["rhys tamaki"], iso(monday(p, -1)), "week", None,
          "Wellington", ["Anna Whitcombe", "Rhys Tamaki"], "past", s4),
        M("Kereru Dairy special shareholders meeting", ["special meeting", "capital restructuring"], iso(md(p, 6, 20, "future")), "day", None,
          "Hamilton", ["Kereru Dairy Co-operative"], "upcoming", s6),
    ]})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh39a.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {out}: {len(docs)} docs, {sum(len(d['meetings']) for d in docs)} meetings")
