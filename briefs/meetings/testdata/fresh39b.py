#!/usr/bin/env python3
"""Build the f39b evaluation set: 14 invented documents with hand-annotated meetings.
Every meeting date is computed from the published day with datetime (no hand-typed dates)."""
import json
from datetime import date, timedelta

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WIRE_MON = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def P(s):                       # published day
    return date.fromisoformat(s)

def wd(d):                      # weekday name
    return WD[d.weekday()]

def fut(pub, name):             # future-tense bare weekday: next such day on or after pub
    return pub + timedelta((WD.index(name) - pub.weekday()) % 7)

def past(pub, name):            # past-tense bare weekday: most recent such day on or before pub
    return pub - timedelta((pub.weekday() - WD.index(name)) % 7)

def week(pub, off):             # Monday of this (0) / next (+1) / last (-1) week
    return pub - timedelta(pub.weekday()) + timedelta(7 * off)

def add_months(pub, n):
    y, m = divmod(pub.month - 1 + n, 12)
    return date(pub.year + y, m + 1, 1)

def ym(d):
    return d.strftime("%Y-%m")

def month_named(pub, month, direction):
    """'in November' -> the year that puts it nearest pub in the tense's direction."""
    if direction == "future":
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return date(y, month, 1)

def md_named(pub, month, day, direction):
    """'on May 31' -> nearest such day in the tense's direction."""
    d = date(pub.year, month, day)
    if direction == "future" and d < pub:
        d = date(pub.year + 1, month, day)
    if direction == "past" and d > pub:
        d = date(pub.year - 1, month, day)
    return d

def dateline(city, pub, agency="Reuters"):
    return f"{city}, {WIRE_MON[pub.month - 1]} {pub.day} ({agency}) - "

def mdl(d):                     # "May 31"
    return f"{MONTHS[d.month - 1]} {d.day}"

def dmy(d):                     # "3 March 2026"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

def iso(d):
    return d.isoformat()


def M(title, keys, d, precision, place, participants, status, evidence, end=None, optional=False):
    if precision == "day":
        ds = iso(d)
    elif precision == "week":
        assert d.weekday() == 0
        ds = iso(d)
    elif precision == "month":
        ds = ym(d)
    else:
        raise ValueError(precision)
    m = {"title": title, "keys": keys, "date": ds, "precision": precision,
         "end_date": iso(end) if end else None, "place": place,
         "participants": participants, "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


docs = []

def doc(n, pub, title, paras, meetings):
    text = "\n\n".join(paras)
    docs.append({"id": f"f39b-{n:02d}", "published": iso(pub), "title": title,
                 "text": text, "meetings": meetings})


# ---------------------------------------------------------------- 01 OPEC+ eight countries
pub = P("2026-03-05")
sun = fut(pub, "Sunday")
full = md_named(pub, 5, 31, "future")
s1 = (f"Saudi Arabia, Russia and six other members of the OPEC+ alliance are likely to agree another "
      f"modest increase in oil output for April, three delegates said on {wd(pub)}.")
s2 = ("The group also includes Iraq, the United Arab Emirates, Kuwait, Kazakhstan, Algeria and Oman, "
      "which have been unwinding voluntary output cuts since last year.")
s3 = ("The eight countries will hold a separate online meeting on Sunday to decide April production "
      "levels, the delegates said, speaking on condition of anonymity.")
s4 = "An increase of around 137,000 barrels per day was under discussion, two of them said."
s5 = ("The wider alliance's Joint Ministerial Monitoring Committee (JMMC) met by videoconference last "
      "week and recommended no change to overall policy.")
s6 = ("\"The market can absorb another small step,\" said Helga Brandt, head of commodities research at "
      "Nordmark Bank in Frankfurt, who expects prices to stay in a narrow range.")
s7 = f"The full OPEC+ ministerial meeting, which sets policy for all 22 members, is next scheduled for {mdl(full)}."
doc(1, pub, "OPEC+ core group set to raise April output again, delegates say",
    [dateline("VIENNA", pub) + s1, s2, s3, s4, s5, s6, s7],
    [M("Meeting of eight OPEC+ producers on April output", ["eight countries", "online meeting"],
       sun, "day", None,
       ["Saudi Arabia", "Russia", "Iraq", "United Arab Emirates", "Kuwait", "Kazakhstan", "Algeria", "Oman"],
       "upcoming", s3),
     M("OPEC+ Joint Ministerial Monitoring Committee meeting", ["joint ministerial monitoring committee", "jmmc"],
       week(pub, -1), "week", None, ["Joint Ministerial Monitoring Committee"], "past", s5),
     M("Full OPEC+ ministerial meeting", ["opec+ ministerial meeting"],
       full, "day", None, ["OPEC+"], "upcoming", s7)])

# ---------------------------------------------------------------- 02 rail union v employer
pub = P("2025-11-18")
mon = past(pub, "Monday")
thu = fut(pub, "Thursday")
s1 = ("Talks between the Rail and Transport Workers Federation (RTWF) and train operator Northway Rail "
      "broke up without agreement late on Monday after nine hours at the company's headquarters in York.")
s2 = ("The union is seeking a 6 percent rise for about 4,800 drivers and conductors, while Northway has "
      "offered 3.5 percent tied to changes in rostering.")
s3 = ("The two sides will resume talks next week at the offices of the independent Northern Conciliation "
      "Service in Leeds, the union said.")
s4 = ("RTWF general secretary Dawn Okafor said the union's national executive would meet on Thursday to "
      "decide whether to set dates for a first strike in December.")
s5 = ("\"Our members have been patient, but patience is not a pay offer,\" Okafor told reporters outside "
      "the union's offices.")
s6 = ("Northway's operations director, Graham Tilley, said the company remained \"committed to a "
      "negotiated settlement\".")
s7 = (f"Transport minister Alan Pryce, who has no formal role in the dispute, urged both sides on "
      f"{wd(pub)} to settle before the Christmas timetable begins.")
doc(2, pub, "Rail pay talks break up, union executive to weigh strike dates",
    [dateline("LEEDS", pub) + s1, s2, s3, s4, s5, s6, s7],
    [M("RTWF-Northway Rail pay talks", ["rtwf", "northway rail", "talks"],
       mon, "day", "York", ["Rail and Transport Workers Federation", "Northway Rail"], "past", s1),
     M("Resumed RTWF-Northway Rail pay talks", ["resume talks", "northern conciliation service"],
       week(pub, 1), "week", "Leeds", ["Rail and Transport Workers Federation", "Northway Rail"], "upcoming", s3),
     M("RTWF national executive meeting", ["national executive", "rtwf"],
       thu, "day", None, ["Rail and Transport Workers Federation"], "upcoming", s4)])

# ---------------------------------------------------------------- 03 Chile-Peru presidents
pub = P("2025-09-24")
tue = past(pub, "Tuesday")
nov = month_named(pub, 11, "future")
nxt = add_months(pub, 1)
s1 = (f"Chilean President Mateo Ferrán and Peruvian President Lucía Andrade agreed to conclude within a "
      f"year a treaty on sharing water from the rivers that cross their border, officials from both "
      f"governments said on {wd(pub)}.")
s2 = ("The two presidents met for about an hour on Tuesday at Chile's mission to the United Nations, "
      "their first face-to-face encounter since Andrade took office in July.")
s3 = "Both leaders are due to meet again in Lima in November to review a first draft, a Peruvian official said."
s4 = ("The text will be negotiated by Chile's Foreign Minister Tomás Riquelme and his Peruvian counterpart "
      "Ana Velarde.")
s5 = "The two ministers will hold a first working session in Santiago next month, Riquelme's office said in a statement."
s6 = ("Bolivian Foreign Minister Ramiro Quispe, whose country shares one of the river basins, said La Paz "
      "had asked to be consulted but had not been invited to the talks.")
s7 = ("Disputes over irrigation water have strained relations between farming communities on both sides "
      "of the border for decades.")
doc(3, pub, "Chile, Peru leaders agree to speed up border water treaty",
    [dateline("NEW YORK", pub) + s1, s2, s3, s4, s5, s6, s7],
    [M("Ferrán-Andrade meeting in New York", ["ferrán", "andrade", "two presidents"],
       tue, "day", "Chile's mission to the United Nations, New York", ["Mateo Ferrán", "Lucía Andrade"], "past", s2),
     M("Ferrán-Andrade meeting in Lima", ["lima", "meet again"],
       nov, "month", "Lima", ["Mateo Ferrán", "Lucía Andrade"], "upcoming", s3),
     M("Chile-Peru foreign ministers' working session on water treaty", ["working session", "riquelme", "velarde"],
       nxt, "month", "Santiago", ["Tomás Riquelme", "Ana Velarde"], "upcoming", s5)])

# ---------------------------------------------------------------- 04 German-French finance ministers
pub = P("2026-02-10")
nmon = fut(pub, "Monday")
warsaw = pub + timedelta(9)
s1 = (f"Germany and France will jointly propose a shared European Union fund to finance defence purchases, "
      f"German Finance Minister Katrin Vollmer and her French counterpart Étienne Marchal said on {wd(pub)}.")
s2 = f"The ministers met for two hours at the finance ministry on {wd(pub)} morning before briefing reporters together."
s3 = ("\"We are not talking about common debt for everything, we are talking about a targeted instrument,\" "
      "Vollmer said.")
s4 = ("They will present the plan to their colleagues at a meeting of euro zone finance ministers in Brussels "
      "on Monday, an official in Vollmer's ministry said.")
s5 = ("Italian Finance Minister Paolo Ferri, who was not at the Berlin talks, told Italian radio that Rome "
      "would study the proposal \"with an open mind\".")
s6 = (f"Vollmer is due to travel to Warsaw on {mdl(warsaw)} for talks with Polish Finance Minister Jan "
      f"Kowalczyk, whose government has long pushed for such a fund.")
doc(4, pub, "Germany, France back joint EU fund for arms purchases",
    [dateline("BERLIN", pub) + s1, s2, s3, s4, s5, s6],
    [M("Vollmer-Marchal talks in Berlin", ["berlin talks", "vollmer", "marchal"],
       pub, "day", "finance ministry, Berlin", ["Katrin Vollmer", "Étienne Marchal"], "past", s2),
     M("Euro zone finance ministers meeting", ["euro zone finance ministers"],
       nmon, "day", "Brussels", ["euro zone finance ministers", "Katrin Vollmer", "Étienne Marchal"], "upcoming", s4),
     M("Vollmer-Kowalczyk talks in Warsaw", ["warsaw", "kowalczyk"],
       warsaw, "day", "Warsaw", ["Katrin Vollmer", "Jan Kowalczyk"], "upcoming", s6)])

# ---------------------------------------------------------------- 05 NZ select committee
pub = P("2025-07-15")
thu = fut(pub, "Thursday")
sun = past(pub, "Sunday")
s1 = ("Executives of electricity distributor Tasman Power will be questioned by parliament's Economic "
      "Development Committee over a series of winter blackouts that left up to 60,000 homes without heat.")
s2 = ("The committee, chaired by opposition lawmaker Grace Whitiora, will hold a special hearing on Thursday "
      "and has also summoned the Energy Markets Authority, the sector regulator.")
s3 = "Tasman Power's chief executive, Ian Mercer, is expected to appear in person, a company spokeswoman said."
s4 = ("The spokeswoman said the company's board had met on Sunday and approved an independent review of its "
      "network maintenance.")
s5 = ("Consumer advocate Mere Tane, who has called for the company to be broken up, said she would be "
      "watching the hearing closely.")
s6 = "\"Families sat in the dark for three nights. They deserve answers, not another review,\" Tane said."
s7 = (f"Energy Minister Hamish Cole said on {wd(pub)} he would meet Mercer and the regulator's chair, Priya "
      f"Naidu, next week to discuss emergency supply arrangements for the rest of the winter.")
doc(5, pub, "NZ lawmakers to question power company over winter blackouts",
    [dateline("WELLINGTON", pub) + s1, s2, s3, s4, s5, s6, s7],
    [M("Economic Development Committee hearing on Tasman Power blackouts",
       ["economic development committee", "special hearing"],
       thu, "day", "Wellington",
       ["Economic Development Committee", "Grace Whitiora", "Tasman Power", "Ian Mercer", "Energy Markets Authority"],
       "upcoming", s2),
     M("Tasman Power board meeting", ["tasman power", "board"],
       sun, "day", None, ["Tasman Power"], "past", s4),
     M("Energy minister meeting with Tasman Power and regulator", ["hamish cole", "priya naidu"],
       week(pub, 1), "week", None, ["Hamish Cole", "Ian Mercer", "Priya Naidu"], "upcoming", s7)])

# ---------------------------------------------------------------- 06 Ecuador bank advisory committee
pub = P("2026-01-12")
thu = fut(pub, "Thursday")
dec = month_named(pub, 12, "past")
s1 = (f"Ecuador will present a revised restructuring offer on about 4 billion dollars of commercial bank debt "
      f"this week, Finance Minister Rafael Cordero said on {wd(pub)}.")
s2 = ("Cordero said a delegation led by his deputy, Sonia Paredes, would meet the banks' advisory committee "
      "in New York on Thursday.")
s3 = ("The 11-member committee is chaired by Hollister Trust and includes Banque Vauclair and Kessler "
      "Mendoza Bank, according to a ministry statement.")
s4 = ("Cordero held talks with International Monetary Fund officials in Washington last week on a new "
      "30-month loan programme, and said they had been \"constructive\".")
s5 = ("Opposition lawmaker Diego Mora said the government was negotiating \"from its knees\" and called on "
      "Cordero to explain the terms to Congress.")
s6 = "The advisory committee last met Ecuadorean officials in December, when it rejected an initial offer."
doc(6, pub, "Ecuador to present revised debt offer to bank creditors",
    [dateline("QUITO", pub) + s1, s2, s3, s4, s5, s6],
    [M("Ecuador meeting with bank advisory committee in New York", ["advisory committee", "sonia paredes"],
       thu, "day", "New York",
       ["Ecuador", "Sonia Paredes", "Hollister Trust", "Banque Vauclair", "Kessler Mendoza Bank"], "upcoming", s2),
     M("Cordero talks with IMF officials", ["international monetary fund"],
       week(pub, -1), "week", "Washington", ["Rafael Cordero", "International Monetary Fund"], "past", s4),
     M("Earlier bank advisory committee meeting with Ecuador", ["advisory committee"],
       dec, "month", None, ["Ecuador", "Hollister Trust", "Banque Vauclair", "Kessler Mendoza Bank"], "past", s6)])

# ---------------------------------------------------------------- 07 union bulletin
pub = P("2025-10-18")
thu = past(pub, "Thursday")
tue = past(pub, "Tuesday")
mon = fut(pub, "Monday")
openm = pub + timedelta(11)
h1 = "HARBOURSIDE NURSES' UNION"
h2 = f"Pay Bulletin No. 7 - issued {wd(pub)} {dmy(pub)}"
s0 = "Dear members,"
s1 = ("Your negotiating team met senior managers of Harbourside Health Trust on Thursday for a fourth round "
      "of pay talks.")
s2 = ("The Trust's director of workforce, Colin Ashby, repeated that no improvement on the 3 percent offer "
      "is possible this year.")
s3 = "We told the Trust plainly that this is not acceptable."
s4 = "Our lead negotiator, Bernadette Kaye, has asked for the dispute to be referred to the regional pay board."
s5 = ("Your branch committee met on Tuesday evening and agreed to recommend a ballot for industrial action "
      "short of a strike.")
s6 = "The executive will meet on Monday to consider the committee's recommendation and decide on a ballot timetable."
s7 = (f"All members are invited to an open meeting at the Carlton Hall, Dock Street, on {wd(openm)} "
      f"{openm.day} {MONTHS[openm.month - 1]} at 7pm, where Bernadette and the executive will answer your questions.")
s8 = "Stay informed, and keep your contact details up to date."
doc(7, pub, "Harbourside Nurses' Union pay bulletin No. 7",
    [h1 + "\n" + h2, s0, s1 + " " + s2, s3 + " " + s4, s5, s6, s7, s8, "In solidarity,\nThe Branch Secretary"],
    [M("Fourth round of pay talks with Harbourside Health Trust", ["fourth round", "pay talks", "harbourside health trust"],
       thu, "day", None, ["Harbourside Nurses' Union", "Harbourside Health Trust"], "past", s1),
     M("Union branch committee meeting", ["branch committee"],
       tue, "day", None, ["Harbourside Nurses' Union"], "past", s5),
     M("Union executive meeting on ballot", ["executive"],
       mon, "day", None, ["Harbourside Nurses' Union"], "upcoming", s6),
     M("Open members' meeting at the Carlton Hall", ["open meeting", "carlton hall"],
       openm, "day", "Carlton Hall, Dock Street", ["Harbourside Nurses' Union", "Bernadette Kaye"], "upcoming", s7)])

# ---------------------------------------------------------------- 08 town council minutes
pub = P("2026-03-06")
held = past(pub, "Tuesday")
prevm = held - timedelta(28)
joint = pub - timedelta(8)
rugby = pub - timedelta(10)
panel = add_months(pub, 2)
nextm = held + timedelta(35)
h1 = "ASHCOMBE TOWN COUNCIL"
s1 = (f"Minutes of the meeting of the Finance and Resources Committee held on {wd(held)} {dmy(held)} at "
      f"7.00pm in the Council Chamber, Ashcombe Town Hall.")
s2 = ("Present: Cllr J. Harding (Chair), Cllr P. Osei, Cllr M. Lindqvist, Cllr R. Dunmore.\n"
      "In attendance: Mrs S. Bright (Town Clerk).")
s3 = "1. Apologies. Apologies were received from Cllr T. Veale."
s4e = f"The minutes of the meeting held on {dmy(prevm)} were approved as a correct record and signed by the Chair."
s5e = (f"The Chair reported on the joint meeting with Westfield Parish Council held on {dmy(joint)}, at which "
       f"both councils agreed to share the cost of a new footpath survey.")
s6e = (f"The Clerk reported that she had met representatives of Ashcombe Rugby Club on {dmy(rugby)} to discuss "
       f"renewal of the lease; a draft will be brought to the next meeting.")
s7e = (f"Members noted that Northshire County Council's highways panel will consider the Ashcombe bypass "
       f"scheme in {MONTHS[panel.month - 1]} {panel.year}.")
s8e = f"The Committee will next meet on {wd(nextm)} {dmy(nextm)} at 7.00pm."
doc(8, pub, "Ashcombe Town Council: Finance and Resources Committee minutes",
    [h1, s1, s2, s3,
     "2. Minutes. " + s4e,
     "3. Chair's report. " + s5e,
     "4. Sports ground lease. " + s6e,
     "5. Highways. " + s7e + " Cllr Osei asked that the Council's objections be submitted in writing beforehand.",
     "6. Date of next meeting. " + s8e,
     "The meeting closed at 8.40pm."],
    [M("Ashcombe Finance and Resources Committee meeting", ["finance and resources committee"],
       held, "day", "Council Chamber, Ashcombe Town Hall",
       ["Finance and Resources Committee", "J. Harding", "P. Osei", "M. Lindqvist", "R. Dunmore", "S. Bright"],
       "past", s1),
     M("Previous Finance and Resources Committee meeting", ["minutes of the meeting", "finance and resources committee"],
       prevm, "day", None, ["Finance and Resources Committee"], "past", s4e),
     M("Joint meeting of Ashcombe Town Council and Westfield Parish Council", ["joint meeting", "westfield parish council"],
       joint, "day", None, ["Ashcombe Town Council", "Westfield Parish Council"], "past", s5e),
     M("Town Clerk meeting with Ashcombe Rugby Club on lease", ["ashcombe rugby club", "lease"],
       rugby, "day", None, ["S. Bright", "Ashcombe Rugby Club"], "past", s6e),
     M("Northshire County Council highways panel on Ashcombe bypass", ["highways panel", "northshire county council"],
       panel, "month", None, ["Northshire County Council"], "upcoming", s7e, optional=True),
     M("Next Finance and Resources Committee meeting", ["next meet", "finance and resources committee"],
       nextm, "day", None, ["Finance and Resources Committee"], "upcoming", s8e)])

# ---------------------------------------------------------------- 09 press release
pub = P("2025-12-02")
sept = month_named(pub, 9, "past")
sun = past(pub, "Sunday")
egm = pub + timedelta(37)
h1 = "PRESS RELEASE"
h2 = "Halvorsen Marine ASA and Kestrel Shipping Ltd agree to combine"
s1 = ("Halvorsen Marine ASA (\"Halvorsen\") and Kestrel Shipping Ltd (\"Kestrel\") today announced an agreement "
      "to combine their dry-bulk fleets in an all-share merger, creating one of Northern Europe's largest "
      "operators of handysize vessels.")
s2 = ("The agreement follows negotiations between the two companies' chairmen, Ole Brekke and Sarah Whitcombe, "
      "which began in Oslo in September.")
s3 = "Halvorsen's Board of Directors met on Sunday and unanimously recommended the transaction to shareholders."
s4 = (f"The Board has called an Extraordinary General Meeting, to be held in Bergen on {dmy(egm)}, to approve "
      f"the issue of the consideration shares.")
s5 = "Kestrel will seek the approval of its shareholders at a general meeting in Glasgow on the same day."
s6 = "A webcast presentation for analysts and investors will be held at 10:00 CET tomorrow."
s7 = "\"This combination gives our customers a stronger, greener fleet,\" said Ole Brekke, Chairman of Halvorsen."
s8 = "For further information, please contact: Investor Relations, Halvorsen Marine ASA."
doc(9, pub, "Halvorsen Marine and Kestrel Shipping agree to combine",
    [h1, h2, f"OSLO, {dmy(pub)} - " + s1, s2, s3, s4 + " " + s5, s6, s7, s8],
    [M("Halvorsen-Kestrel merger negotiations between chairmen", ["negotiations", "ole brekke", "sarah whitcombe"],
       sept, "month", "Oslo",
       ["Ole Brekke", "Sarah Whitcombe", "Halvorsen Marine ASA", "Kestrel Shipping Ltd"], "past", s2),
     M("Halvorsen board meeting on merger", ["board of directors", "halvorsen"],
       sun, "day", None, ["Halvorsen Marine ASA"], "past", s3),
     M("Halvorsen extraordinary general meeting", ["extraordinary general meeting", "halvorsen"],
       egm, "day", "Bergen", ["Halvorsen Marine ASA"], "upcoming", s4),
     M("Kestrel shareholders' general meeting", ["kestrel", "general meeting"],
       egm, "day", "Glasgow", ["Kestrel Shipping Ltd"], "upcoming", s5)])

# ---------------------------------------------------------------- 10 EU farm ministers, quoted outsiders
pub = P("2026-01-23")
mon = fut(pub, "Monday")
dec = month_named(pub, 12, "past")
thu = past(pub, "Thursday")
s1 = ("European Union agriculture ministers will try again on Monday to agree emergency aid for livestock "
      "farmers hit by a new outbreak of bluetongue disease, after failing to reach a deal at their last "
      "meeting in Brussels in December.")
s2 = ("Farm groups have called for at least 500 million euros, but several net contributors to the EU budget, "
      "including the Netherlands and Sweden, want any support to come from existing funds.")
s3 = ("Jean-Luc Moreau, president of the farmers' federation FNCA, said the ministers could not \"keep sending "
      "farmers home empty-handed\".")
s4 = (f"\"If they fail again on Monday, we will be back in the streets,\" Moreau told reporters after meeting "
      f"European Commission officials on {wd(thu)}.")
s5 = ("Irish Agriculture Minister Siobhán Kearney said she would press her colleagues at Monday's meeting to "
      "agree at least a first tranche of aid.")
s6 = "Dutch and Swedish officials declined to comment ahead of the meeting."
doc(10, pub, "EU farm ministers try again on bluetongue aid",
    [dateline("BRUSSELS", pub) + s1, s2, s3, s4, s5, s6],
    [M("EU agriculture ministers meeting on bluetongue aid", ["agriculture ministers", "monday's meeting"],
       mon, "day", "Brussels",
       ["European Union agriculture ministers", "Siobhán Kearney", "Netherlands", "Sweden"], "upcoming", s1),
     M("December EU agriculture ministers meeting", ["last meeting", "agriculture ministers"],
       dec, "month", "Brussels", ["European Union agriculture ministers"], "past", s1),
     M("FNCA meeting with European Commission officials", ["european commission officials", "moreau"],
       thu, "day", "Brussels", ["Jean-Luc Moreau", "European Commission"], "past", s4)])

# ---------------------------------------------------------------- 11 Korea-Japan ministers
pub = P("2025-08-29")
nov = month_named(pub, 11, "future")
s1 = (f"South Korea and Japan agreed on {wd(pub)} to restore each other to their lists of trusted trading "
      f"partners for chip materials, after talks in Seoul between South Korean Trade Minister Park Ji-hoon "
      f"and Japanese Economy Minister Kenji Morimoto.")
s2 = ("The decision ends a dispute that had disrupted supplies of high-purity chemicals to Korean chipmakers "
      "for more than a year.")
s3 = "They will meet again in Tokyo in November to review implementation, Park told a joint news conference."
s4 = ("Working-level officials from both ministries will hold follow-up consultations by video link next week, "
      "Morimoto said.")
s5 = (f"Chinese Commerce Ministry spokeswoman Li Wen said on {wd(pub)} that Beijing was following the talks "
      f"closely and hoped the agreement would not harm third parties.")
s6 = "Shares in Korean chipmakers rose after the announcement."
doc(11, pub, "South Korea, Japan restore trusted trade status for chip materials",
    [dateline("SEOUL", pub) + s1, s2, s3, s4, s5, s6],
    [M("Park-Morimoto trade talks in Seoul", ["park ji-hoon", "kenji morimoto", "talks in seoul"],
       pub, "day", "Seoul", ["Park Ji-hoon", "Kenji Morimoto"], "past", s1),
     M("Park-Morimoto follow-up meeting in Tokyo", ["tokyo", "meet again"],
       nov, "month", "Tokyo", ["Park Ji-hoon", "Kenji Morimoto"], "upcoming", s3),
     M("Working-level Korea-Japan consultations", ["follow-up consultations", "working-level"],
       week(pub, 1), "week", None, ["South Korea", "Japan"], "upcoming", s4)])

# ---------------------------------------------------------------- 12 ASEAN ministers
pub = P("2025-07-09")
tue = past(pub, "Tuesday")
thu = fut(pub, "Thursday")
fri = fut(pub, "Friday")
mar = month_named(pub, 3, "past")
s1 = ("Southeast Asian foreign ministers meeting in Kuala Lumpur from Tuesday to Thursday are struggling to "
      "agree on how to describe recent naval confrontations in the South China Sea in their joint "
      "communique, diplomats said.")
s2 = ("The annual ministerial meeting of the Association of Southeast Asian Nations (ASEAN) will be followed "
      "on Friday by a meeting with dialogue partners including China, the United States and Japan.")
s3 = (f"Vietnamese Foreign Minister Tran Van Hoa and Philippine Foreign Secretary Elena Bautista held talks on "
      f"the sidelines on {wd(pub)} and agreed to set up a hotline between their coast guards, a Philippine "
      f"statement said.")
s4 = "The two ministers last met in Hanoi in March, when they signed a maritime cooperation memorandum."
s5 = ("A Malaysian diplomat, who asked not to be named, said the host had circulated a compromise draft on "
      "Tuesday night.")
doc(12, pub, "ASEAN ministers wrangle over South China Sea wording",
    [dateline("KUALA LUMPUR", pub) + s1, s2, s3, s4, s5],
    [M("ASEAN foreign ministers' annual meeting", ["asean", "foreign ministers", "annual ministerial meeting"],
       tue, "day", "Kuala Lumpur", ["ASEAN"], "ongoing", s1, end=thu),
     M("ASEAN meeting with dialogue partners", ["dialogue partners"],
       fri, "day", "Kuala Lumpur", ["ASEAN", "China", "United States", "Japan"], "upcoming", s2),
     M("Vietnam-Philippines foreign ministers' sideline talks", ["tran van hoa", "elena bautista", "sidelines"],
       pub, "day", "Kuala Lumpur", ["Tran Van Hoa", "Elena Bautista"], "past", s3),
     M("Earlier Vietnam-Philippines ministers' meeting in Hanoi", ["hanoi", "last met"],
       mar, "month", "Hanoi", ["Tran Van Hoa", "Elena Bautista"], "past", s4)])

# ---------------------------------------------------------------- 13 Nordvik board / bidder
pub = P("2026-02-19")
mon = fut(pub, "Monday")
agm = md_named(pub, 4, 28, "future")
s1 = (f"The board of Swedish packaging maker Nordvik Paper AB will meet on Monday to consider a 14 billion "
      f"crown takeover offer from British investment firm Birchwood Holdings, the company said on {wd(pub)}.")
s2 = "Nordvik's chairman, Harriet Lund, said directors would take advice from the company's bankers before responding."
s3 = ("Birchwood chief executive Tom Keller said he had not been asked to present the offer to the board but "
      "remained ready to do so.")
s4 = ("Keller met representatives of Nordvik's largest shareholder, the Vasa Pension Fund, in Stockholm last "
      "week, according to two people familiar with the matter.")
s5 = "Vasa, which owns 18 percent of Nordvik, declined to comment."
s6 = (f"Nordvik's annual general meeting is scheduled for {mdl(agm)}, and some investors have said they would "
      f"prefer shareholders to vote on any offer there.")
doc(13, pub, "Nordvik Paper board to weigh Birchwood takeover offer",
    [dateline("STOCKHOLM", pub) + s1, s2, s3, s4, s5, s6],
    [M("Nordvik Paper board meeting on Birchwood offer", ["nordvik", "board"],
       mon, "day", None, ["Nordvik Paper AB", "Harriet Lund"], "upcoming", s1),
     M("Keller meeting with Vasa Pension Fund", ["vasa pension fund", "keller"],
       week(pub, -1), "week", "Stockholm", ["Tom Keller", "Vasa Pension Fund"], "past", s4),
     M("Nordvik annual general meeting", ["annual general meeting", "nordvik"],
       agm, "day", None, ["Nordvik Paper AB"], "upcoming", s6)])

# ---------------------------------------------------------------- 14 South Sudan peace talks
pub = P("2025-06-16")
wed = fut(pub, "Wednesday")
r1s = pub - timedelta(14)
r1e = pub - timedelta(9)
nxt = add_months(pub, 1)
s1 = (f"South Sudan's government and the rebel Upper Nile Liberation Movement (UNLM) have agreed to open two "
      f"humanitarian corridors in the north of the country, African Union mediators said on {wd(pub)}.")
s2 = "The two sides will resume face-to-face negotiations here on Wednesday, the mediators said."
s3 = (f"Their first round of talks, held in the Ethiopian capital from {mdl(r1s)} to {mdl(r1e)}, ended without "
      f"agreement on a ceasefire.")
s4 = ("Norwegian envoy Kari Sunde, whose government helps fund the process, said she was \"cautiously "
      "encouraged\" by the corridor deal.")
s5 = ("The African Union's Peace and Security Council is due to discuss the conflict next month, commission "
      "spokesman Ahmed Bekele said.")
s6 = "Fighting in Upper Nile state has displaced more than 200,000 people since January, according to aid agencies."
doc(14, pub, "South Sudan, rebels agree aid corridors; talks resume Wednesday",
    [dateline("ADDIS ABABA", pub) + s1, s2, s3, s4, s5, s6],
    [M("Second round of South Sudan-UNLM peace talks", ["unlm", "negotiations", "resume"],
       wed, "day", "Addis Ababa",
       ["South Sudan", "Upper Nile Liberation Movement", "African Union"], "upcoming", s2),
     M("First round of South Sudan-UNLM peace talks", ["first round", "unlm"],
       r1s, "day", "Addis Ababa",
       ["South Sudan", "Upper Nile Liberation Movement", "African Union"], "past", s3, end=r1e),
     M("AU Peace and Security Council meeting on South Sudan", ["peace and security council"],
       nxt, "month", "Addis Ababa", ["Peace and Security Council"], "upcoming", s5)])


with open("/work/fresh39b/fresh39b.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} docs, {sum(len(d['meetings']) for d in docs)} meetings")
