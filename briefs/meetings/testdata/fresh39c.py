#!/usr/bin/env python3
"""Build /work/fresh39c/fresh39c.jsonl: 14 invented stories with hand-judged meeting annotations.

Every date (in the text and in the annotations) is computed from the story's published day
with datetime; nothing is typed by hand except the published day itself.
"""
import datetime as dt
import json
import os

TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCY = "Northwire"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh39c.jsonl")


# ---------------------------------------------------------------- date helpers
def wd(d):
    return WEEKDAYS[d.weekday()]


def must_be(d, name):
    assert wd(d) == name, (d, wd(d), name)
    return d


def past_wd(ref, name):
    """Bare weekday in the past tense: most recent such day on or before ref."""
    return ref - TD(days=(ref.weekday() - WEEKDAYS.index(name)) % 7)


def fut_wd(ref, name):
    """Bare weekday in the future tense: next such day on or after ref."""
    return ref + TD(days=(WEEKDAYS.index(name) - ref.weekday()) % 7)


def monday(d):
    return d - TD(days=d.weekday())


def last_week(ref):
    return monday(ref) - TD(days=7)


def next_week(ref):
    return monday(ref) + TD(days=7)


def this_week(ref):
    return monday(ref)


def add_months(ref, n):
    y, m = divmod(ref.year * 12 + ref.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def iso(d):
    return d.isoformat()


def md(d):          # "October 8"
    return f"{d:%B} {d.day}"


def dm(d):          # "27 February"
    return f"{d.day} {d:%B}"


def dmy(d):         # "11 September 2025"
    return f"{d.day} {d:%B} {d.year}"


def month_name(d):
    return f"{d:%B}"


def dateline(city, pub, agency=AGENCY):
    return f"{city}, {pub:%b} {pub.day} ({agency}) - "


def M(title, keys, date, precision, end_date, place, participants, status, evidence, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision, "end_date": end_date,
         "place": place, "participants": participants, "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


DOCS = []


def doc(n, pub, title, paragraphs, meetings, lead=""):
    text = lead + "\n\n".join(paragraphs)
    DOCS.append({"id": f"f39c-{n:02d}", "published": iso(pub), "title": title, "text": text,
                 "meetings": meetings})


# ---------------------------------------------------------------- 01 Commerce host / Senate hearing
pub = must_be(dt.date(2024, 9, 24), "Tuesday")
host_day = pub + TD(days=14)
hearing = fut_wd(pub, "Thursday")
call_day = past_wd(pub, "Monday")
july = add_months(pub, -2)
p = [
    f"U.S. Commerce Secretary Daniel Whitcombe said on Tuesday he would host a delegation of Japanese "
    f"semiconductor executives at the Commerce Department on {md(host_day)}, as Washington presses Tokyo's "
    f"chipmakers to build more capacity in the United States.",
    "Whitcombe made the announcement at a news conference where he also unveiled 1.2 billion dlrs in grants "
    "for three chip-packaging plants in Ohio and Arizona.",
    "The delegation will be led by Kenji Arakawa, chairman of Hoshino Electric, which is weighing a "
    "4 billion dlr plant in Ohio, a department official said.",
    "Whitcombe is scheduled to appear before the Senate Commerce Committee on Thursday, when Republican "
    "senators are expected to press him on what they call poorly targeted subsidies.",
    "He said he had telephoned Japanese Trade Minister Reiko Tanabe on Monday to let her know of the grants "
    "before they were made public.",
    f"U.S. and Japanese officials last held formal trade talks in Tokyo in {month_name(july)}, when they agreed "
    f"to set up a working group on export controls.",
    "The working group has not yet convened, officials said.",
]
doc(1, pub, "U.S. Commerce chief to host Japanese chip executives", p, [
    M("Whitcombe hosts Japanese semiconductor executives' delegation",
      ["delegation of japanese", "hoshino electric"], iso(host_day), "day", None,
      "Commerce Department, Washington", ["Daniel Whitcombe", "Kenji Arakawa", "Hoshino Electric"],
      "upcoming", p[0]),
    M("Senate Commerce Committee hearing with Whitcombe", ["senate commerce committee"], iso(hearing),
      "day", None, "Washington", ["Daniel Whitcombe", "Senate Commerce Committee"], "upcoming", p[3]),
    M("U.S.-Japan trade talks in Tokyo", ["trade talks", "tokyo"], ym(july), "month", None, "Tokyo",
      ["United States", "Japan"], "past", p[5]),
], lead=dateline("WASHINGTON", pub))

# ---------------------------------------------------------------- 02 fishing federation testimony
pub = must_be(dt.date(2025, 3, 12), "Wednesday")
lund_day = pub + TD(days=8)
deadline = pub + TD(days=20)
board_day = past_wd(pub, "Sunday")
p = [
    "Representatives of the Atlantic Inshore Fishermen's Federation told the Senate fisheries committee "
    "last week that a proposed 40 pct cut in the snow crab quota would force at least a dozen coastal "
    "processing plants to close.",
    "\"You are asking towns like Port Averill to give up the only employer they have,\" federation president "
    "Marc-Andre Thibodeau told senators, according to a transcript released on Tuesday.",
    f"Fisheries Minister Heather Lundgren, who is due to face the same committee on {md(lund_day)}, said in a "
    f"statement that no decision had been taken and that scientific advice would be weighed against the "
    f"social cost.",
    "The federation's board sat in emergency session in Moncton on Sunday and voted to seek an independent "
    "review of the stock assessment.",
    "Lundgren will chair a round table with processors and the mayors of affected towns in Halifax next "
    "week, her office said.",
    f"The quota decision must be published by {md(deadline)}, before the spring season opens.",
]
doc(2, pub, "Fishermen warn senators crab quota cut would close plants", p, [
    M("Senate fisheries committee hearing with Atlantic Inshore Fishermen's Federation",
      ["senate fisheries committee", "atlantic inshore fishermen's federation"], iso(last_week(pub)), "week",
      None, "Ottawa",
      ["Atlantic Inshore Fishermen's Federation", "Marc-Andre Thibodeau", "Senate fisheries committee"],
      "past", p[0]),
    M("Lundgren appearance before Senate fisheries committee", ["same committee", "heather lundgren"],
      iso(lund_day), "day", None, "Ottawa", ["Heather Lundgren", "Senate fisheries committee"], "upcoming",
      p[2]),
    M("Fishermen's federation board emergency session", ["emergency session", "federation's board"],
      iso(board_day), "day", None, "Moncton", ["Atlantic Inshore Fishermen's Federation"], "past", p[3]),
    M("Lundgren round table with processors and mayors", ["round table"], iso(next_week(pub)), "week", None,
      "Halifax", ["Heather Lundgren"], "upcoming", p[4]),
], lead=dateline("OTTAWA", pub))

# ---------------------------------------------------------------- 03 EU farm ministers broke up
pub = must_be(dt.date(2025, 1, 28), "Tuesday")
yday = pub - TD(days=1)
back = pub + TD(days=27)
nextm = add_months(pub, 1)
p = [
    "European Union farm ministers broke up early today after a session that began yesterday morning, "
    "failing to agree on how to share out emergency aid for dairy farmers hit by a slump in milk prices.",
    "Diplomats said ministers had argued through the night over a Commission proposal to release 500 mln "
    "euros from the agricultural crisis reserve, with Poland, Hungary and Romania demanding a larger share.",
    "\"We sat for nineteen hours and we are no closer,\" Irish Agriculture Minister Conor Gallagher told "
    "reporters as he left the Council building at dawn.",
    "A planned lunch with the farm lobby Copa-Cogeca on Monday was scrapped as the haggling dragged on.",
    f"Ministers are due back in Brussels on {md(back)}, and the dispute is likely to spill over into next "
    f"month's meeting of EU finance ministers here, diplomats said.",
]
doc(3, pub, "EU farm ministers fail to agree dairy aid after all-night session", p, [
    M("EU farm ministers' session on dairy aid", ["farm ministers", "broke up"],
      iso(yday), "day", iso(pub), "Brussels",
      ["European Union farm ministers", "Conor Gallagher", "Poland", "Hungary", "Romania"], "past", p[0]),
    M("Resumed EU farm ministers' session", ["due back in brussels"], iso(back), "day", None, "Brussels",
      ["European Union farm ministers"], "upcoming", p[4]),
    M("EU finance ministers meeting", ["finance ministers"], ym(nextm), "month", None, "Brussels",
      ["EU finance ministers"], "upcoming", p[4]),
], lead=dateline("BRUSSELS", pub))

# ---------------------------------------------------------------- 04 NATO defence ministers
pub = must_be(dt.date(2024, 10, 17), "Thursday")
start = past_wd(pub, "Wednesday")
p = [
    "NATO defence ministers began a two-day meeting in Brussels on Wednesday with allies divided over how "
    "quickly to move to a higher spending benchmark, diplomats said.",
    "Before the formal session opened on Wednesday, defence ministers of the Nordic and Baltic states "
    "gathered over breakfast at the Norwegian ambassador's residence to co-ordinate their positions.",
    "The NATO-Ukraine Council is due to convene at ministerial level later on Thursday, with Ukraine's "
    "defence minister joining by video link.",
    "A planned session with the European Union's defence commissioner was called off because of a "
    "scheduling clash, an alliance official said.",
    "The alliance's secretary general told a news conference after Wednesday's session that no country "
    "had blocked the new target.",
    "Diplomats expect the issue to be settled before an alliance summit next summer.",
]
doc(4, pub, "NATO ministers split over pace of spending goal", p, [
    M("NATO defence ministers meeting", ["nato defence ministers", "two-day meeting"], iso(start), "day",
      iso(start + TD(days=1)), "Brussels", ["NATO defence ministers"], "ongoing", p[0]),
    M("Nordic-Baltic defence ministers' breakfast", ["breakfast", "nordic and baltic"], iso(start), "day",
      None, "Norwegian ambassador's residence, Brussels", ["Nordic and Baltic states"], "past", p[1]),
    M("NATO-Ukraine Council ministerial session", ["nato-ukraine council"], iso(pub), "day", None,
      "Brussels", ["NATO-Ukraine Council", "Ukraine"], "upcoming", p[2]),
], lead=dateline("BRUSSELS", pub))

# ---------------------------------------------------------------- 05 envoy received in Baku
pub = must_be(dt.date(2025, 5, 15), "Thursday")
recv = past_wd(pub, "Tuesday")
yer = fut_wd(pub, "Friday")
call = past_wd(pub, "Saturday")
fac = pub + TD(days=5)
p = [
    "Azerbaijani Foreign Minister Rauf Mammadli received the European Union's special envoy for the South "
    "Caucasus, Annika Lindqvist, in Baku on Tuesday, the ministry said, as Brussels tries to revive stalled "
    "work on a border settlement with Armenia.",
    "Lindqvist travelled on to Yerevan, where she is due to see Armenian Deputy Foreign Minister Karen "
    "Harutyunyan on Friday.",
    "The leaders of Azerbaijan and Armenia last spoke by phone on Saturday, their first contact since "
    "January, according to a readout from the Azerbaijani presidency.",
    f"Border commissions of the two countries will hold their next round of talks in Gabala in late "
    f"{month_name(pub)}, a diplomatic source said.",
    "Mammadli told reporters after Tuesday's encounter that a settlement was \"closer than at any time in "
    "thirty years\" but gave no timetable.",
    f"Lindqvist's office said she would brief EU foreign ministers on her trip when they gather in Brussels "
    f"on {md(fac)}.",
]
doc(5, pub, "Azerbaijan receives EU envoy as border push resumes", p, [
    M("Mammadli receives EU envoy Lindqvist", ["annika lindqvist", "rauf mammadli"], iso(recv), "day", None,
      "Baku", ["Rauf Mammadli", "Annika Lindqvist"], "past", p[0]),
    M("Lindqvist-Harutyunyan meeting in Yerevan", ["karen harutyunyan", "yerevan"], iso(yer), "day", None,
      "Yerevan", ["Annika Lindqvist", "Karen Harutyunyan"], "upcoming", p[1]),
    M("Azerbaijan-Armenia leaders' phone call", ["by phone", "leaders of azerbaijan and armenia"], iso(call),
      "day", None, None, ["Azerbaijan", "Armenia"], "past", p[2], optional=True),
    M("Azerbaijan-Armenia border commissions talks", ["border commissions", "gabala"], ym(pub), "month",
      None, "Gabala", ["Azerbaijan", "Armenia"], "upcoming", p[3]),
    M("EU foreign ministers gathering", ["eu foreign ministers"], iso(fac), "day", None, "Brussels",
      ["EU foreign ministers", "Annika Lindqvist"], "upcoming", p[5]),
], lead=dateline("BAKU", pub, "Caspian Wire"))

# ---------------------------------------------------------------- 06 port bargaining table
pub = must_be(dt.date(2024, 4, 16), "Tuesday")
fri = fut_wd(pub, "Friday")
s_start = past_wd(pub, "Thursday")
s_end = past_wd(pub, "Sunday")
thu = fut_wd(pub, "Thursday")
strike = pub + TD(days=13)
p = [
    "Negotiators for the Pacific Longshore Alliance and terminal operator Kestrel Terminals will return to "
    "the bargaining table at a downtown Vancouver hotel on Friday, a federal mediator said, after sessions "
    "that ran from Thursday until they collapsed in the early hours of Sunday.",
    f"The union, which represents about 3,400 dock workers at four terminals, has said its members will walk "
    f"off the job at 12:01 a.m. on {md(strike)} if no deal is reached.",
    "Alliance president Dana Okafor said the two sides remained far apart on automation and pensions.",
    "Members will be asked to endorse the strike plan at a mass meeting at the Hastings Park arena on "
    "Thursday evening, Okafor said.",
    "Labour Minister Gurpreet Sandhu told a news conference on Monday that she would not rule out "
    "back-to-work legislation.",
    "Kestrel said in a statement that it had tabled \"a fair and generous offer\" and was ready to resume "
    "work with the mediator at any time.",
]
doc(6, pub, "Port negotiators to resume bargaining as strike deadline looms", p, [
    M("Pacific Longshore Alliance-Kestrel Terminals bargaining session", ["bargaining table",
      "pacific longshore alliance"], iso(fri), "day", None, "downtown Vancouver hotel",
      ["Pacific Longshore Alliance", "Kestrel Terminals"], "upcoming", p[0]),
    M("Collapsed Longshore-Kestrel bargaining sessions", ["sessions", "collapsed"], iso(s_start), "day",
      iso(s_end), None, ["Pacific Longshore Alliance", "Kestrel Terminals"], "past", p[0]),
    M("Pacific Longshore Alliance mass meeting", ["mass meeting", "hastings park"], iso(thu), "day", None,
      "Hastings Park arena", ["Pacific Longshore Alliance"], "upcoming", p[3]),
], lead=dateline("VANCOUVER", pub))

# ---------------------------------------------------------------- 07 CEO before National Assembly committee
pub = must_be(dt.date(2023, 11, 7), "Tuesday")
fri = fut_wd(pub, "Friday")
senate = pub - TD(days=13)
lastm = add_months(pub, -1)
board = pub + TD(days=21)
p = [
    "Helene Caradec, chief executive of defence electronics group Valmont Aerospatiale, is scheduled to "
    "appear before the National Assembly's foreign affairs committee on Friday to answer questions about "
    "the sale of surveillance radars to a Gulf state.",
    f"Senators questioned Caradec behind closed doors for nearly two hours on {md(senate)}, according to two "
    f"people present.",
    "She was also received at the Elysee Palace by a senior presidential adviser last month, a presidency "
    "official confirmed.",
    "Valmont publishes third-quarter sales on Thursday, and Caradec is due to take analysts' questions on "
    "a conference call the same day.",
    f"The company's board will meet on {md(board)} to review its export compliance programme, a spokesman "
    f"said.",
    "Caradec has denied any wrongdoing.",
]
doc(7, pub, "Valmont chief to face French lawmakers over radar sale", p, [
    M("National Assembly foreign affairs committee hearing with Caradec",
      ["national assembly's foreign affairs committee"], iso(fri), "day", None, "Paris",
      ["Helene Caradec", "National Assembly's foreign affairs committee"], "upcoming", p[0]),
    M("Senate closed-door hearing with Caradec", ["senators", "behind closed doors"], iso(senate), "day",
      None, "Paris", ["Helene Caradec", "Senators"], "past", p[1]),
    M("Caradec received at the Elysee", ["elysee palace", "presidential adviser"], ym(lastm), "month", None,
      "Elysee Palace", ["Helene Caradec"], "past", p[2]),
    M("Valmont Aerospatiale board meeting", ["board", "export compliance"], iso(board), "day", None, None,
      ["Valmont Aerospatiale"], "upcoming", p[4]),
], lead=dateline("PARIS", pub))

# ---------------------------------------------------------------- 08 local council (no dateline)
pub = must_be(dt.date(2024, 2, 10), "Saturday")
thu = past_wd(pub, "Thursday")
tue = fut_wd(pub, "Tuesday")
full = pub + TD(days=17)
survey = pub + TD(days=8)
p = [
    "Aldermoor Borough Council's budget working group sat until late on Thursday in the town hall as "
    "councillors tried to close a £2.4m gap in next year's spending plans.",
    "Members went through every department's savings proposals line by line, and the session did not "
    "finish until after 11pm, said the cabinet member for finance, Cllr Priya Raman.",
    "The group is due to meet the Aldermoor Municipal Staff Association on Tuesday to discuss proposed cuts "
    "to overtime and agency staff.",
    f"The final budget goes to a vote of the full council on {dm(full)}.",
    "Council leader Tom Ashby said in a video message posted on Friday that libraries and children's "
    "centres would be protected.",
    f"Residents have until {dm(survey)} to respond to the online budget survey.",
]
doc(8, pub, "Aldermoor budget group works late as £2.4m gap remains", p, [
    M("Aldermoor budget working group session", ["budget working group"], iso(thu), "day", None,
      "town hall", ["Aldermoor Borough Council"], "past", p[0]),
    M("Budget working group meeting with staff association", ["aldermoor municipal staff association"],
      iso(tue), "day", None, None, ["Aldermoor Borough Council", "Aldermoor Municipal Staff Association"],
      "upcoming", p[2]),
    M("Aldermoor full council budget meeting", ["full council"], iso(full), "day", None, None,
      ["Aldermoor Borough Council"], "upcoming", p[3], optional=True),
])

# ---------------------------------------------------------------- 09 company press release
pub = must_be(dt.date(2025, 8, 21), "Thursday")
board = pub - TD(days=1)
egm = pub + TD(days=21)
sign = pub + TD(days=13)
webcast = pub + TD(days=7)
cmd = pub + TD(days=96)
lead = f"Oslo, {dmy(pub)} \u2013 "
p = [
    f"The Board of Directors of Halvorsen Maritime ASA (\"Halvorsen\" or \"the Company\") convened on "
    f"{dmy(board)} and resolved to propose a share capital increase of up to NOK 1.8 billion to part-finance "
    f"the order of two LNG carriers.",
    f"An extraordinary general meeting will be held on {dmy(egm)} at 10:00 CEST at the Company's offices at "
    f"Strandveien 50, Lysaker, to consider the proposal.",
    "Shareholders representing 38 per cent of the shares, including the Halvorsen family's holding company "
    "Fjordvik AS, have undertaken to vote in favour.",
    f"The shipbuilding contract with Daeyang Heavy Industries is expected to be signed at a ceremony in "
    f"Busan on {dmy(sign)}, subject to financing.",
    f"Halvorsen will present its second-quarter results in a webcast at 08:00 CEST on {dmy(webcast)}.",
    f"The Company will host a Capital Markets Day for investors and analysts in Oslo on {dmy(cmd)}.",
    "For further information, contact: Ingrid Solberg, Chief Financial Officer.",
]
doc(9, pub, "Halvorsen Maritime ASA: Board proposes share issue to fund LNG carrier order", p, [
    M("Halvorsen Maritime board meeting", ["board of directors", "halvorsen maritime"], iso(board), "day",
      None, None, ["Halvorsen Maritime ASA"], "past", p[0]),
    M("Halvorsen Maritime extraordinary general meeting", ["extraordinary general meeting"], iso(egm), "day",
      None, "Strandveien 50, Lysaker", ["Halvorsen Maritime ASA"], "upcoming", p[1]),
    M("Halvorsen-Daeyang contract signing ceremony", ["ceremony", "daeyang heavy industries"], iso(sign),
      "day", None, "Busan", ["Halvorsen Maritime ASA", "Daeyang Heavy Industries"], "upcoming", p[3],
      optional=True),
], lead=lead)

# ---------------------------------------------------------------- 10 palm oil
pub = must_be(dt.date(2025, 10, 7), "Tuesday")
mon = past_wd(pub, "Monday")
nov = add_months(pub, 1)
fri = fut_wd(pub, "Friday")
p = [
    "Senior palm oil officials from Malaysia and Indonesia met in Kuala Lumpur on Monday to co-ordinate "
    "their response to new European Union traceability rules, Malaysia's plantation ministry said.",
    "A joint mission of the two countries will travel to Brussels next week to lobby the European "
    "Commission for a longer transition period, the ministry said in a statement.",
    f"Ministers of the Council of Palm Oil Producing Countries are set to hold their annual meeting in "
    f"Jakarta in {month_name(nov)}.",
    "Malaysian Plantation Minister Farid Hashim and his Indonesian counterpart Bambang Sutrisno will put "
    "their signatures to a joint research memorandum in Jakarta on Friday, officials said.",
    "Speaking at an industry forum, Farid said the rules risked shutting out hundreds of thousands of "
    "smallholders.",
    "Farid will also deliver the keynote address at the Malaysian Palm Oil Council's awards dinner on "
    "Wednesday.",
    "Smallholders have until the end of the year to register their plots under the rules.",
]
doc(10, pub, "Malaysia, Indonesia to lobby Brussels over palm oil rules", p, [
    M("Malaysia-Indonesia palm oil officials meeting", ["palm oil officials"], iso(mon), "day", None,
      "Kuala Lumpur", ["Malaysia", "Indonesia"], "past", p[0]),
    M("Joint Malaysia-Indonesia mission to the European Commission", ["joint mission",
      "european commission"], iso(next_week(pub)), "week", None, "Brussels",
      ["Malaysia", "Indonesia", "European Commission"], "upcoming", p[1]),
    M("CPOPC annual ministerial meeting", ["council of palm oil producing countries", "annual meeting"],
      ym(nov), "month", None, "Jakarta", ["Council of Palm Oil Producing Countries"], "upcoming", p[2]),
    M("Farid-Sutrisno signing of research memorandum", ["joint research memorandum"], iso(fri), "day", None,
      "Jakarta", ["Farid Hashim", "Bambang Sutrisno"], "upcoming", p[3], optional=True),
], lead=dateline("KUALA LUMPUR", pub))

# ---------------------------------------------------------------- 11 Manila summons
pub = must_be(dt.date(2024, 6, 18), "Tuesday")
mon = past_wd(pub, "Monday")
thu = fut_wd(pub, "Thursday")
wed = fut_wd(pub, "Wednesday")
nextm = add_months(pub, 1)
p = [
    "The Philippines summoned China's ambassador on Monday to protest against what it called dangerous "
    "manoeuvres by Chinese coast guard vessels near a Philippine-held reef in the Spratly Islands, the "
    "foreign ministry said.",
    "Foreign Undersecretary Teresita Villanueva handed the envoy a diplomatic note during a 40-minute "
    "encounter at the ministry, officials said.",
    "Foreign Secretary Ramon Castillo will fly to Tokyo on Thursday for two days of consultations with his "
    "Japanese counterpart on maritime security.",
    "The Senate foreign relations committee will hear testimony from defence and coast guard officials "
    "behind closed doors on Wednesday.",
    "A presidential spokesman told a regular briefing on Monday that the president had been kept informed.",
    "ASEAN foreign ministers are expected to take up the issue when they gather in Vientiane next month.",
]
doc(11, pub, "Philippines summons Chinese envoy over reef incident", p, [
    M("Philippine foreign ministry summons Chinese ambassador", ["summoned", "china's ambassador"],
      iso(mon), "day", None, "Manila", ["Philippines", "China's ambassador", "Teresita Villanueva"], "past",
      p[0]),
    M("Castillo consultations with Japanese counterpart in Tokyo", ["consultations", "ramon castillo"],
      iso(thu), "day", iso(thu + TD(days=1)), "Tokyo", ["Ramon Castillo", "Japan"], "upcoming", p[2]),
    M("Senate foreign relations committee closed-door hearing", ["senate foreign relations committee"],
      iso(wed), "day", None, "Manila", ["Senate foreign relations committee"], "upcoming", p[3]),
    M("ASEAN foreign ministers meeting in Vientiane", ["asean foreign ministers", "vientiane"], ym(nextm),
      "month", None, "Vientiane", ["ASEAN"], "upcoming", p[5]),
], lead=dateline("MANILA", pub))

# ---------------------------------------------------------------- 12 activist investor
pub = must_be(dt.date(2024, 5, 8), "Wednesday")
mon = past_wd(pub, "Monday")
indep = pub + TD(days=7)
agm = pub + TD(days=35)
p = [
    "Brightwater Foods Inc executives sat down with activist investor Corvid Capital on Monday for the "
    "first time since the hedge fund disclosed a 7 pct stake, both sides said, but failed to settle a "
    "dispute over board seats.",
    f"Corvid founder Leon Marchetti is to make his case in person to Brightwater's independent directors on "
    f"{md(indep)}, a person familiar with the matter said.",
    "Chief Executive Sandra Pierce told analysts on a conference call on Tuesday that the turnaround plan "
    "was working and that the board would not be \"rushed by short-term investors\".",
    f"Shareholders will decide on Corvid's three nominees at Brightwater's annual meeting in Minneapolis on "
    f"{md(agm)}.",
    "Proxy adviser Northgate Governance is expected to publish its recommendation next week.",
    "Brightwater shares rose 2.1 pct to 48.30 dlrs.",
]
doc(12, pub, "Brightwater, Corvid hold first sit-down in board fight", p, [
    M("Brightwater executives' sit-down with Corvid Capital", ["corvid capital", "sat down"], iso(mon), "day",
      None, None, ["Brightwater Foods Inc", "Corvid Capital"], "past", p[0]),
    M("Marchetti presentation to Brightwater independent directors", ["independent directors",
      "leon marchetti"], iso(indep), "day", None, None, ["Leon Marchetti", "Corvid Capital", "Brightwater"],
      "upcoming", p[1]),
    M("Brightwater annual shareholders meeting", ["annual meeting", "brightwater"], iso(agm), "day", None,
      "Minneapolis", ["Brightwater Foods Inc"], "upcoming", p[3]),
], lead=dateline("NEW YORK", pub))

# ---------------------------------------------------------------- 13 EU diary (no dateline)
pub = must_be(dt.date(2025, 6, 6), "Friday")
mon = must_be(next_week(pub), "Monday")
tue, wed, thu, fri = (mon + TD(days=i) for i in range(1, 5))
july = add_months(pub, 1)
p = [
    f"Diary of EU events for the week ahead, as of {dm(pub)}. Times are Brussels time; items may change at "
    f"short notice.",
    f"Monday {dm(mon)} \u2013 Luxembourg: Environment ministers gather for a Council session on the 2040 "
    f"climate target, chaired by the Polish presidency.",
    f"Tuesday {dm(tue)} \u2013 Brussels: Trade Commissioner Jonas Virtanen appears before the European "
    f"Parliament's trade committee (INTA) to take questions on the Mercosur agreement.",
    f"Wednesday {dm(wed)} \u2013 Brussels: The Commission presents its spring economic forecast at a news "
    f"conference.",
    f"Thursday {dm(thu)} \u2013 Bern: EU and Swiss negotiators resume work on the institutional package; a "
    f"final round is pencilled in for early {month_name(july)}.",
    f"{thu.day}-{fri.day} {month_name(thu)} \u2013 Luxembourg: Justice and Home Affairs Council.",
    f"Friday {dm(fri)} \u2013 Deadline for feedback to the public consultation on single-use plastics.",
]
doc(13, pub, f"EU diary: week of {dm(mon)}", p, [
    M("EU Environment Council", ["environment ministers", "council session"], iso(mon), "day", None,
      "Luxembourg", ["Environment ministers", "Polish presidency"], "upcoming", p[1]),
    M("Virtanen hearing at European Parliament trade committee", ["inta", "trade committee"], iso(tue), "day",
      None, "Brussels", ["Jonas Virtanen", "European Parliament's trade committee (INTA)"], "upcoming", p[2]),
    M("EU-Swiss negotiations on the institutional package", ["swiss negotiators", "institutional package"],
      iso(thu), "day", None, "Bern", ["EU", "Switzerland"], "upcoming", p[4]),
    M("Final EU-Swiss negotiating round", ["final round"], ym(july), "month", None, None,
      ["EU", "Switzerland"], "upcoming", p[4]),
    M("Justice and Home Affairs Council", ["justice and home affairs council"], iso(thu), "day", iso(fri),
      "Luxembourg", ["Justice and Home Affairs Council"], "upcoming", p[5]),
])

# ---------------------------------------------------------------- 14 central bank
pub = must_be(dt.date(2025, 2, 10), "Monday")
tue = fut_wd(pub, "Tuesday")
hear = pub + TD(days=10)
sun = past_wd(pub, "Sunday")
thu = past_wd(pub, "Thursday")
p = [
    "The Reserve Bank of New Zealand's Monetary Policy Committee begins two days of deliberations on "
    "Tuesday, with economists split over whether it will cut the official cash rate by 50 basis points.",
    "The decision will be announced at 2 p.m. on Wednesday, followed by a news conference by Governor "
    "Alistair Reeve.",
    f"Reeve is due to appear before Parliament's finance and expenditure committee on {md(hear)} to explain "
    f"the decision.",
    "The bank's board convened by video link on Sunday to approve a new funding agreement with the "
    "Treasury, a spokeswoman said.",
    "Reeve and Finance Minister Ngaire Holloway held one of their regular quarterly catch-ups on Thursday, "
    "the Treasury said, without giving details.",
    "Reeve gives a speech to the Auckland Business Chamber on Thursday.",
]
doc(14, pub, "RBNZ policy committee starts deliberations with big cut in play", p, [
    M("RBNZ Monetary Policy Committee deliberations", ["monetary policy committee", "deliberations"],
      iso(tue), "day", iso(tue + TD(days=1)), "Wellington", ["Reserve Bank of New Zealand",
      "Monetary Policy Committee"], "upcoming", p[0]),
    M("Reeve before finance and expenditure committee", ["finance and expenditure committee"], iso(hear),
      "day", None, "Wellington", ["Alistair Reeve", "finance and expenditure committee"], "upcoming", p[2]),
    M("RBNZ board video meeting", ["board", "video link"], iso(sun), "day", None, None,
      ["Reserve Bank of New Zealand"], "past", p[3]),
    M("Reeve-Holloway quarterly catch-up", ["catch-ups", "ngaire holloway"], iso(thu), "day", None,
      "Wellington", ["Alistair Reeve", "Ngaire Holloway"], "past", p[4]),
], lead=dateline("WELLINGTON", pub))


with open(OUT, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(DOCS)} docs, {sum(len(d['meetings']) for d in DOCS)} meetings -> {OUT}")
