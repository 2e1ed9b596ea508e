#!/usr/bin/env python3
"""Build fresh41a.jsonl: 14 invented wire stories exercising the implied-dateline PLACE rule.

Every resolved date is computed from the published day with datetime (helpers below).
"""
import datetime as dt
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh41a.jsonl")

WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def P(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def past_wd(pub, name):
    """Most recent such weekday on or before the reference day."""
    p = P(pub)
    delta = (p.weekday() - WD.index(name.lower())) % 7
    return iso(p - dt.timedelta(days=delta))


def next_wd(pub, name):
    """Next such weekday on or after the reference day."""
    p = P(pub)
    delta = (WD.index(name.lower()) - p.weekday()) % 7
    return iso(p + dt.timedelta(days=delta))


def rel(pub, days):
    return iso(P(pub) + dt.timedelta(days=days))


def plus(day, days):
    return iso(P(day) + dt.timedelta(days=days))


def week(pub, k):
    """Monday of the week k weeks from the reference week (k=1 next week, -1 last week)."""
    p = P(pub)
    mon = p - dt.timedelta(days=p.weekday())
    return iso(mon + dt.timedelta(weeks=k))


def month_rel(pub, k):
    p = P(pub)
    m = p.month - 1 + k
    return "%04d-%02d" % (p.year + m // 12, m % 12 + 1)


def md(pub, month, day, direction):
    """Month-day without year: the year nearest the reference day in the tense's direction."""
    p = P(pub)
    m = MONTHS.index(month.lower()) + 1
    if direction == "future":
        d = dt.date(p.year, m, day)
        if d < p:
            d = dt.date(p.year + 1, m, day)
    else:
        d = dt.date(p.year, m, day)
        if d > p:
            d = dt.date(p.year - 1, m, day)
    return iso(d)


def month_name(pub, month, direction):
    p = P(pub)
    m = MONTHS.index(month.lower()) + 1
    y = p.year
    if direction == "future" and m < p.month:
        y += 1
    if direction == "past" and m > p.month:
        y -= 1
    return "%04d-%02d" % (y, m)


def M(title, keys, date, precision, end_date, place, participants, status, evidence, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision,
         "end_date": end_date, "place": place, "participants": participants,
         "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


DOCS = []


def doc(i, published, title, paras, meetings_fn):
    text = "\n\n".join(paras)
    DOCS.append({"id": "f41a-%02d" % i, "published": published, "title": title,
                 "text": text, "meetings": meetings_fn(published)})


# ---------------------------------------------------------------- 01 Wellington 1979
doc(1, "1979-03-14", "N.Z. GOVERNMENT, UNIONS RESUME WAGE FREEZE TALKS FRIDAY", [
    "WELLINGTON, March 14 (NZPA) - Finance Minister Harold Brackenridge will meet leaders of the Federation of Labour and the Employers' Federation on Friday for a third round of talks on the government's proposed wage freeze, his office said.",
    "The cabinet discussed the union counter-proposals at its weekly meeting on Monday but reached no decision, a government spokesman said.",
    "Federation of Labour president Tom Kerrigan said the federation's national executive would meet here tomorrow to settle its position before Friday's talks.",
    "\"We are not going into that room to sign away the right of working people to a fair wage,\" Kerrigan told reporters.",
    "The Employers' Federation, whose council met in Auckland last week, said it backed a six-month freeze but wanted tax cuts for lower-paid workers in return.",
    "Brackenridge is due in Canberra on March 26 for two days of talks with Australian Treasurer Colin Ferrier on trans-Tasman tariff cuts, and officials said he wanted a wage deal settled before he leaves.",
    "Separately, Kauri Meatpackers Ltd said its directors would meet on March 21 to consider closing its Petone works, which employs 600 people, after a fall in lamb export prices. Its shares fell four cents to 1.12 dollars.",
    "Opposition finance spokesman Gerald Whyte said the freeze would hit families hardest and called for a full parliamentary inquiry.",
], lambda p: [
    M("Government-unions-employers wage freeze talks (third round)", ["wage freeze", "third round"],
      next_wd(p, "Friday"), "day", None, "Wellington",
      ["Harold Brackenridge", "Federation of Labour", "Employers' Federation"], "upcoming",
      "WELLINGTON, March 14 (NZPA) - Finance Minister Harold Brackenridge will meet leaders of the Federation of Labour and the Employers' Federation on Friday for a third round of talks on the government's proposed wage freeze, his office said."),
    M("New Zealand cabinet weekly meeting", ["cabinet", "weekly meeting"],
      past_wd(p, "Monday"), "day", None, "Wellington", ["cabinet"], "past",
      "The cabinet discussed the union counter-proposals at its weekly meeting on Monday but reached no decision, a government spokesman said."),
    M("Federation of Labour national executive meeting", ["national executive", "federation of labour"],
      rel(p, 1), "day", None, "Wellington", ["Federation of Labour"], "upcoming",
      "Federation of Labour president Tom Kerrigan said the federation's national executive would meet here tomorrow to settle its position before Friday's talks."),
    M("Employers' Federation council meeting", ["employers' federation", "auckland"],
      week(p, -1), "week", None, "Auckland", ["Employers' Federation"], "past",
      "The Employers' Federation, whose council met in Auckland last week, said it backed a six-month freeze but wanted tax cuts for lower-paid workers in return."),
    M("Brackenridge-Ferrier trans-Tasman talks in Canberra", ["colin ferrier", "trans-tasman"],
      md(p, "March", 26, "future"), "day", plus(md(p, "March", 26, "future"), 1), "Canberra",
      ["Harold Brackenridge", "Colin Ferrier"], "upcoming",
      "Brackenridge is due in Canberra on March 26 for two days of talks with Australian Treasurer Colin Ferrier on trans-Tasman tariff cuts, and officials said he wanted a wage deal settled before he leaves."),
    M("Kauri Meatpackers board meeting", ["kauri meatpackers", "directors"],
      md(p, "March", 21, "future"), "day", None, None, ["Kauri Meatpackers Ltd"], "upcoming",
      "Separately, Kauri Meatpackers Ltd said its directors would meet on March 21 to consider closing its Petone works, which employs 600 people, after a fall in lamb export prices."),
])

# ---------------------------------------------------------------- 02 Geneva 1996
doc(2, "1996-10-08", "WTO COUNCIL TRIES TO AGREE SINGAPORE AGENDA", [
    "GENEVA, Oct 8 (Reuters) - The World Trade Organisation's General Council will meet on Wednesday and Thursday to try to agree an agenda for the body's first ministerial conference, trade diplomats said.",
    "Heads of delegation failed to bridge differences over labour standards and investment rules at an informal meeting at the Centre William Rappard on Monday, they said.",
    "\"We are still far apart, but nobody wants to arrive in Singapore empty-handed,\" one Asian ambassador said.",
    "The ministerial conference is scheduled for December 9-13 in Singapore, and the council's chairman, Norwegian ambassador Eirik Sandvold, has said he wants a draft declaration ready by mid-November.",
    "The WTO's Textiles Monitoring Body, which met last week, also rejected a U.S. request to extend quotas on cotton shirts from Pakistan, a WTO spokesman said. The United States can appeal.",
    "Developing countries, led by India and Malaysia, oppose any discussion of labour standards, which they see as disguised protectionism. The European Union, whose trade ministers reviewed the investment question at a meeting in Luxembourg on October 1, wants a working group set up in Singapore.",
    "Separately, Swiss engineering group Helvetia Turbinen AG said shareholders would be asked to approve a 200 million franc capital increase at an extraordinary meeting on November 12.",
], lambda p: [
    M("WTO General Council meeting", ["general council", "world trade organisation"],
      next_wd(p, "Wednesday"), "day", next_wd(p, "Thursday"), "Geneva",
      ["World Trade Organisation"], "upcoming",
      "GENEVA, Oct 8 (Reuters) - The World Trade Organisation's General Council will meet on Wednesday and Thursday to try to agree an agenda for the body's first ministerial conference, trade diplomats said."),
    M("WTO heads of delegation informal meeting", ["heads of delegation", "informal meeting"],
      past_wd(p, "Monday"), "day", None, "Centre William Rappard, Geneva", [], "past",
      "Heads of delegation failed to bridge differences over labour standards and investment rules at an informal meeting at the Centre William Rappard on Monday, they said."),
    M("WTO Singapore ministerial conference", ["ministerial conference", "singapore"],
      md(p, "December", 9, "future"), "day", md(p, "December", 13, "future"), "Singapore",
      ["World Trade Organisation"], "upcoming",
      "The ministerial conference is scheduled for December 9-13 in Singapore, and the council's chairman, Norwegian ambassador Eirik Sandvold, has said he wants a draft declaration ready by mid-November."),
    M("WTO Textiles Monitoring Body meeting", ["textiles monitoring body"],
      week(p, -1), "week", None, "Geneva", ["Textiles Monitoring Body"], "past",
      "The WTO's Textiles Monitoring Body, which met last week, also rejected a U.S. request to extend quotas on cotton shirts from Pakistan, a WTO spokesman said."),
    M("EU trade ministers meeting in Luxembourg", ["luxembourg", "trade ministers"],
      md(p, "October", 1, "past"), "day", None, "Luxembourg", ["European Union"], "past",
      "The European Union, whose trade ministers reviewed the investment question at a meeting in Luxembourg on October 1, wants a working group set up in Singapore."),
    M("Helvetia Turbinen extraordinary shareholders meeting", ["helvetia turbinen", "extraordinary meeting"],
      md(p, "November", 12, "future"), "day", None, None, ["Helvetia Turbinen AG"], "upcoming",
      "Separately, Swiss engineering group Helvetia Turbinen AG said shareholders would be asked to approve a 200 million franc capital increase at an extraordinary meeting on November 12."),
])

# ---------------------------------------------------------------- 03 Canberra 1983
doc(3, "1983-09-25", "INDONESIAN TRADE TEAM ARRIVES FOR QUOTA TALKS", [
    "CANBERRA, Sept 25 (AAP) - A 12-member Indonesian trade delegation led by Trade Minister Raden Suharyadi arrived today for two days of talks with Australian ministers on beef, wheat and textile quotas.",
    "Trade Minister Lionel Dawes said the talks, which open tomorrow, would concentrate on Jakarta's request for a larger share of the Australian clothing market.",
    "Federal cabinet considered the Indonesian requests at its meeting on Thursday, a government source said, but ministers were divided over any increase in textile quotas while unemployment in the industry remained high.",
    "The Senate Standing Committee on Trade and Industry will hold a public hearing on October 4 into the quota system, with evidence from the Textile Council and the clothing unions.",
    "Dawes is to travel to Jakarta in November for the annual meeting of the Australia-Indonesia ministerial commission, which was postponed last year.",
    "Indonesian officials said Suharyadi would report on the outcome to ASEAN economic ministers when they meet next month.",
    "Australia sold 1.2 million tonnes of wheat to Indonesia in the year to June, but its share of the market has been eroded by subsidised sales from the United States and the European Community.",
], lambda p: [
    M("Australia-Indonesia trade talks", ["indonesian trade delegation", "two days of talks"],
      rel(p, 1), "day", rel(p, 2), "Canberra", ["Raden Suharyadi", "Lionel Dawes"], "upcoming",
      "Trade Minister Lionel Dawes said the talks, which open tomorrow, would concentrate on Jakarta's request for a larger share of the Australian clothing market."),
    M("Australian federal cabinet meeting", ["federal cabinet"],
      past_wd(p, "Thursday"), "day", None, "Canberra", ["Federal cabinet"], "past",
      "Federal cabinet considered the Indonesian requests at its meeting on Thursday, a government source said, but ministers were divided over any increase in textile quotas while unemployment in the industry remained high."),
    M("Senate Standing Committee on Trade and Industry hearing on quotas", ["senate standing committee", "public hearing"],
      md(p, "October", 4, "future"), "day", None, "Canberra",
      ["Senate Standing Committee on Trade and Industry", "Textile Council"], "upcoming",
      "The Senate Standing Committee on Trade and Industry will hold a public hearing on October 4 into the quota system, with evidence from the Textile Council and the clothing unions."),
    M("Australia-Indonesia ministerial commission annual meeting", ["ministerial commission", "australia-indonesia"],
      month_name(p, "November", "future"), "month", None, "Jakarta", ["Lionel Dawes"], "upcoming",
      "Dawes is to travel to Jakarta in November for the annual meeting of the Australia-Indonesia ministerial commission, which was postponed last year."),
    M("ASEAN economic ministers meeting", ["asean economic ministers"],
      month_rel(p, 1), "month", None, None, ["ASEAN economic ministers", "Raden Suharyadi"], "upcoming",
      "Indonesian officials said Suharyadi would report on the outcome to ASEAN economic ministers when they meet next month."),
])

# ---------------------------------------------------------------- 04 London 1998
doc(4, "1998-11-04", "BANK OF ENGLAND SEEN CUTTING RATES AS MPC MEETS", [
    "LONDON, Nov 4 (Reuters) - The Bank of England's Monetary Policy Committee began its two-day monthly meeting today, with most City economists expecting a quarter-point cut in interest rates when the decision is announced on Thursday.",
    "The nine-member committee held rates at 7.25 percent in October despite mounting evidence that manufacturing was sliding into recession.",
    "Governor Sir Malcolm Rudd told Parliament's Treasury Select Committee on October 27 that the bank would not hesitate to act if the slowdown deepened, but warned that wage growth remained too fast.",
    "Dealers will also watch the Bundesbank's central bank council, which holds its regular fortnightly meeting on Thursday, although few expect a German rate cut before the launch of the euro.",
    "Chancellor of the Exchequer Douglas Fairlie will hold talks with French Finance Minister Jean-Luc Marchetti in Paris on Monday on the single currency and tax coordination, the Treasury said.",
    "Sterling eased to 2.7850 marks from 2.7920 at Tuesday's close, while gilt futures rose for a third day.",
    "In the corporate sector, Harlow Brewing said its board would meet on November 17 to consider a 640 million pound offer from Dutch brewer Van Asselt, and advised shareholders to take no action.",
], lambda p: [
    M("Bank of England Monetary Policy Committee meeting", ["monetary policy committee", "bank of england"],
      p, "day", rel(p, 1), "London", ["Monetary Policy Committee"], "ongoing",
      "LONDON, Nov 4 (Reuters) - The Bank of England's Monetary Policy Committee began its two-day monthly meeting today, with most City economists expecting a quarter-point cut in interest rates when the decision is announced on Thursday."),
    M("Treasury Select Committee hearing with Governor Rudd", ["treasury select committee"],
      md(p, "October", 27, "past"), "day", None, "London",
      ["Malcolm Rudd", "Treasury Select Committee"], "past",
      "Governor Sir Malcolm Rudd told Parliament's Treasury Select Committee on October 27 that the bank would not hesitate to act if the slowdown deepened, but warned that wage growth remained too fast."),
    M("Bundesbank central bank council meeting", ["bundesbank", "central bank council"],
      next_wd(p, "Thursday"), "day", None, None, ["Bundesbank"], "upcoming",
      "Dealers will also watch the Bundesbank's central bank council, which holds its regular fortnightly meeting on Thursday, although few expect a German rate cut before the launch of the euro."),
    M("Fairlie-Marchetti talks in Paris", ["jean-luc marchetti", "paris"],
      next_wd(p, "Monday"), "day", None, "Paris", ["Douglas Fairlie", "Jean-Luc Marchetti"], "upcoming",
      "Chancellor of the Exchequer Douglas Fairlie will hold talks with French Finance Minister Jean-Luc Marchetti in Paris on Monday on the single currency and tax coordination, the Treasury said."),
    M("Harlow Brewing board meeting on Van Asselt offer", ["harlow brewing", "board"],
      md(p, "November", 17, "future"), "day", None, None, ["Harlow Brewing"], "upcoming",
      "In the corporate sector, Harlow Brewing said its board would meet on November 17 to consider a 640 million pound offer from Dutch brewer Van Asselt, and advised shareholders to take no action."),
])

# ---------------------------------------------------------------- 05 Vienna 1984
doc(5, "1984-10-25", "OPEC MINISTERS TO MEET MONDAY ON OUTPUT CUT", [
    "VIENNA, Oct 25 (Reuters) - OPEC oil ministers will open an emergency meeting on Monday to discuss cutting the group's production ceiling of 17.5 million barrels a day, the organisation's secretariat said.",
    "The decision to call the meeting followed two days of talks by OPEC's five-member ministerial market monitoring committee, which ended yesterday with a recommendation that output be reduced by at least one million barrels a day.",
    "Committee chairman Alhaji Musa Kankara, Nigeria's oil minister, told reporters that members were \"determined to defend the price structure\" after spot prices fell well below the official 29 dlr marker.",
    "Oil ministers of Saudi Arabia, Kuwait, Qatar and the United Arab Emirates agreed to back a cut at a consultative meeting in Taif on Sunday, Gulf oil sources said.",
    "Heads of state of the Gulf Cooperation Council are expected to take up oil policy at their annual summit next month, the sources added.",
    "Norway and Britain, the main North Sea producers outside OPEC, have so far refused to join any output restraint.",
    "Separately, Austrian refiner Donau Mineraloel AG said its annual shareholders' meeting on November 20 would be asked to approve a cut in the dividend to six schillings from ten because of weak refining margins.",
], lambda p: [
    M("OPEC emergency ministerial meeting", ["opec", "emergency meeting"],
      next_wd(p, "Monday"), "day", None, "Vienna", ["OPEC"], "upcoming",
      "VIENNA, Oct 25 (Reuters) - OPEC oil ministers will open an emergency meeting on Monday to discuss cutting the group's production ceiling of 17.5 million barrels a day, the organisation's secretariat said."),
    M("OPEC ministerial market monitoring committee meeting", ["market monitoring committee"],
      rel(p, -2), "day", rel(p, -1), "Vienna", ["OPEC", "Alhaji Musa Kankara"], "past",
      "The decision to call the meeting followed two days of talks by OPEC's five-member ministerial market monitoring committee, which ended yesterday with a recommendation that output be reduced by at least one million barrels a day."),
    M("Gulf oil ministers consultative meeting in Taif", ["taif", "consultative meeting"],
      past_wd(p, "Sunday"), "day", None, "Taif",
      ["Saudi Arabia", "Kuwait", "Qatar", "United Arab Emirates"], "past",
      "Oil ministers of Saudi Arabia, Kuwait, Qatar and the United Arab Emirates agreed to back a cut at a consultative meeting in Taif on Sunday, Gulf oil sources said."),
    M("Gulf Cooperation Council annual summit", ["gulf cooperation council", "annual summit"],
      month_rel(p, 1), "month", None, None, ["Gulf Cooperation Council"], "upcoming",
      "Heads of state of the Gulf Cooperation Council are expected to take up oil policy at their annual summit next month, the sources added."),
    M("Donau Mineraloel annual shareholders meeting", ["donau mineraloel", "annual shareholders' meeting"],
      md(p, "November", 20, "future"), "day", None, None, ["Donau Mineraloel AG"], "upcoming",
      "Separately, Austrian refiner Donau Mineraloel AG said its annual shareholders' meeting on November 20 would be asked to approve a cut in the dividend to six schillings from ten because of weak refining margins."),
])

# ---------------------------------------------------------------- 06 Buenos Aires 2002
doc(6, "2002-01-21", "IMF TEAM ARRIVES FOR TALKS ON ARGENTINE AID", [
    "BUENOS AIRES, Jan 21 (Reuters) - An International Monetary Fund mission led by Anders Holmqvist arrived today for talks with Economy Minister Ricardo Lavalle, which begin tomorrow, on a new aid programme, the ministry said.",
    "Lavalle met leaders of the CGT labour confederation and the Argentine Industrial Union on Friday to seek support for a freeze on public sector pay and a cap on private wage rises, but the union leaders walked out after two hours.",
    "CGT secretary-general Hugo Benavidez said the confederation would call a general strike if salaries were cut again.",
    "The central bank's board will meet on Thursday to decide whether to ease limits on cash withdrawals from bank accounts, a bank spokesman said.",
    "Lavalle is due in Washington next week for a meeting with IMF Managing Director Gerhard Leutner, at which he hopes to secure the release of a frozen 1.26 billion dlr loan tranche.",
    "President Eduardo Sarmiento will discuss the crisis with his Mercosur partners at the group's summit next month, an aide said.",
    "The peso, floated earlier this month, ended at 1.90 to the dollar on Friday, and shopkeepers in the capital reported fresh price rises for imported food and medicines.",
], lambda p: [
    M("IMF mission talks with Economy Minister Lavalle", ["international monetary fund", "mission"],
      rel(p, 1), "day", None, "Buenos Aires",
      ["International Monetary Fund", "Anders Holmqvist", "Ricardo Lavalle"], "upcoming",
      "BUENOS AIRES, Jan 21 (Reuters) - An International Monetary Fund mission led by Anders Holmqvist arrived today for talks with Economy Minister Ricardo Lavalle, which begin tomorrow, on a new aid programme, the ministry said."),
    M("Lavalle talks with CGT and Argentine Industrial Union on wages", ["cgt", "argentine industrial union"],
      past_wd(p, "Friday"), "day", None, "Buenos Aires",
      ["Ricardo Lavalle", "CGT", "Argentine Industrial Union"], "past",
      "Lavalle met leaders of the CGT labour confederation and the Argentine Industrial Union on Friday to seek support for a freeze on public sector pay and a cap on private wage rises, but the union leaders walked out after two hours."),
    M("Argentine central bank board meeting", ["central bank's board"],
      next_wd(p, "Thursday"), "day", None, "Buenos Aires", ["central bank"], "upcoming",
      "The central bank's board will meet on Thursday to decide whether to ease limits on cash withdrawals from bank accounts, a bank spokesman said."),
    M("Lavalle-Leutner meeting in Washington", ["gerhard leutner", "washington"],
      week(p, 1), "week", None, "Washington", ["Ricardo Lavalle", "Gerhard Leutner"], "upcoming",
      "Lavalle is due in Washington next week for a meeting with IMF Managing Director Gerhard Leutner, at which he hopes to secure the release of a frozen 1.26 billion dlr loan tranche."),
    M("Mercosur summit", ["mercosur", "summit"],
      month_rel(p, 1), "month", None, None, ["Eduardo Sarmiento", "Mercosur"], "upcoming",
      "President Eduardo Sarmiento will discuss the crisis with his Mercosur partners at the group's summit next month, an aide said."),
])

# ---------------------------------------------------------------- 07 New Delhi 2013
doc(7, "2013-02-26", "CABINET PANEL TO TAKE UP GAS PRICE RISE ON THURSDAY", [
    "NEW DELHI, Feb 26 (PTI) - The Cabinet Committee on Economic Affairs will on Thursday take up the petroleum ministry's proposal to raise the price of domestically produced natural gas, official sources said.",
    "Petroleum Secretary Vinod Kesarwani appeared before the Parliamentary Standing Committee on Petroleum and Natural Gas yesterday and defended the new pricing formula against charges that it would enrich private producers.",
    "Committee chairman Suresh Pandharkar said members had sought further data on production costs from the ministry.",
    "A Nepalese delegation led by Commerce Secretary Rabindra Thapaliya arrives on Wednesday for talks with Indian officials on Thursday and Friday on renewing the bilateral treaty of transit, which expires in March.",
    "The Reserve Bank of India's central board will meet in Mumbai on March 9 to review the government's borrowing programme for the next fiscal year, a bank official said.",
    "External Affairs Minister Prakash Iyengar will brief SAARC foreign ministers on the transit talks when they meet next month, officials said.",
    "Fertiliser makers, who use gas as feedstock, have warned that a steep increase would force the government to raise subsidies by at least Rs 8,000 crore a year.",
], lambda p: [
    M("Cabinet Committee on Economic Affairs meeting on gas pricing", ["cabinet committee on economic affairs"],
      next_wd(p, "Thursday"), "day", None, "New Delhi", ["Cabinet Committee on Economic Affairs"], "upcoming",
      "NEW DELHI, Feb 26 (PTI) - The Cabinet Committee on Economic Affairs will on Thursday take up the petroleum ministry's proposal to raise the price of domestically produced natural gas, official sources said."),
    M("Parliamentary Standing Committee on Petroleum hearing", ["parliamentary standing committee", "petroleum and natural gas"],
      rel(p, -1), "day", None, "New Delhi",
      ["Vinod Kesarwani", "Parliamentary Standing Committee on Petroleum and Natural Gas"], "past",
      "Petroleum Secretary Vinod Kesarwani appeared before the Parliamentary Standing Committee on Petroleum and Natural Gas yesterday and defended the new pricing formula against charges that it would enrich private producers."),
    M("India-Nepal transit treaty talks", ["nepalese delegation", "treaty of transit"],
      next_wd(p, "Thursday"), "day", next_wd(p, "Friday"), "New Delhi", ["Rabindra Thapaliya"], "upcoming",
      "A Nepalese delegation led by Commerce Secretary Rabindra Thapaliya arrives on Wednesday for talks with Indian officials on Thursday and Friday on renewing the bilateral treaty of transit, which expires in March."),
    M("Reserve Bank of India central board meeting", ["reserve bank of india", "central board"],
      md(p, "March", 9, "future"), "day", None, "Mumbai", ["Reserve Bank of India"], "upcoming",
      "The Reserve Bank of India's central board will meet in Mumbai on March 9 to review the government's borrowing programme for the next fiscal year, a bank official said."),
    M("SAARC foreign ministers meeting", ["saarc", "foreign ministers"],
      month_rel(p, 1), "month", None, None, ["Prakash Iyengar", "SAARC foreign ministers"], "upcoming",
      "External Affairs Minister Prakash Iyengar will brief SAARC foreign ministers on the transit talks when they meet next month, officials said."),
])

# ---------------------------------------------------------------- 08 Tokyo 1975
doc(8, "1975-06-10", "BANK OF JAPAN POLICY BOARD TO WEIGH DISCOUNT RATE CUT", [
    "TOKYO, June 10 (Kyodo) - The Bank of Japan's Policy Board will meet on Friday to consider a half-point cut in the official discount rate, central bank sources said.",
    "Finance Minister Kenzo Hirabayashi told the House of Representatives budget committee yesterday that the government would welcome easier credit as long as wholesale prices remained stable.",
    "Cabinet ministers in charge of economic affairs, meeting this morning under Economic Planning Agency Director-General Tadao Mizushima, agreed on a package of public works spending to lift the economy out of recession.",
    "Leaders of Sohyo, the General Council of Trade Unions, met Labour Minister Ichiro Tamaki on Monday and demanded that the government guarantee jobs in the textile and shipbuilding industries.",
    "Hirabayashi is due to hold talks with U.S. Treasury Secretary Walter Kincaid in Washington on June 19 on exchange rates and trade.",
    "Among companies, Hokuriku Denki Co said its general meeting of shareholders on June 27 would be asked to approve a cut in the annual dividend to four yen from six.",
    "Bond prices rose on the Tokyo market on expectations of lower rates.",
], lambda p: [
    M("Bank of Japan Policy Board meeting", ["policy board", "bank of japan"],
      next_wd(p, "Friday"), "day", None, "Tokyo", ["Bank of Japan"], "upcoming",
      "TOKYO, June 10 (Kyodo) - The Bank of Japan's Policy Board will meet on Friday to consider a half-point cut in the official discount rate, central bank sources said."),
    M("Lower house budget committee session with Hirabayashi", ["budget committee", "house of representatives"],
      rel(p, -1), "day", None, "Tokyo",
      ["Kenzo Hirabayashi", "House of Representatives budget committee"], "past",
      "Finance Minister Kenzo Hirabayashi told the House of Representatives budget committee yesterday that the government would welcome easier credit as long as wholesale prices remained stable."),
    M("Economic cabinet ministers meeting", ["cabinet ministers", "economic affairs"],
      p, "day", None, "Tokyo", ["Tadao Mizushima"], "past",
      "Cabinet ministers in charge of economic affairs, meeting this morning under Economic Planning Agency Director-General Tadao Mizushima, agreed on a package of public works spending to lift the economy out of recession."),
    M("Sohyo leaders meeting with Labour Minister Tamaki", ["sohyo", "ichiro tamaki"],
      past_wd(p, "Monday"), "day", None, "Tokyo", ["Sohyo", "Ichiro Tamaki"], "past",
      "Leaders of Sohyo, the General Council of Trade Unions, met Labour Minister Ichiro Tamaki on Monday and demanded that the government guarantee jobs in the textile and shipbuilding industries."),
    M("Hirabayashi-Kincaid talks in Washington", ["walter kincaid", "washington"],
      md(p, "June", 19, "future"), "day", None, "Washington", ["Kenzo Hirabayashi", "Walter Kincaid"], "upcoming",
      "Hirabayashi is due to hold talks with U.S. Treasury Secretary Walter Kincaid in Washington on June 19 on exchange rates and trade."),
    M("Hokuriku Denki general meeting of shareholders", ["hokuriku denki", "general meeting of shareholders"],
      md(p, "June", 27, "future"), "day", None, None, ["Hokuriku Denki Co"], "upcoming",
      "Among companies, Hokuriku Denki Co said its general meeting of shareholders on June 27 would be asked to approve a cut in the annual dividend to four yen from six."),
])

# ---------------------------------------------------------------- 09 Nairobi 1992
doc(9, "1992-06-26", "KENYA TO NAME OLYMPIC ATHLETICS SQUAD ON SUNDAY", [
    "NAIROBI, June 26 (Reuters) - Kenya Amateur Athletics Association officials will meet on Sunday to name the country's team for the Barcelona Olympics after national trials ended yesterday.",
    "Sports Minister Joseph Kiprono met the association's executive committee on Wednesday to discuss complaints by athletes over unpaid allowances from last year's world championships.",
    "Association chairman Daniel Muriithi said he would raise the issue of appearance fees at the IAAF council meeting in Barcelona next month.",
    "Several leading runners have threatened to skip the Games unless the allowances are paid, and selectors fear losing at least two medal contenders in the steeplechase.",
    "The Kenya Football Federation's disciplinary committee, which met on Thursday, banned two national team defenders for six months for missing a World Cup qualifier without permission.",
    "Rift Valley Breweries, the athletics team's main sponsor, said its board would meet on July 3 to approve a bonus pool of two million shillings for medal winners.",
], lambda p: [
    M("Kenya Amateur Athletics Association Olympic selection meeting", ["kenya amateur athletics association", "name the country's team"],
      next_wd(p, "Sunday"), "day", None, "Nairobi", ["Kenya Amateur Athletics Association"], "upcoming",
      "NAIROBI, June 26 (Reuters) - Kenya Amateur Athletics Association officials will meet on Sunday to name the country's team for the Barcelona Olympics after national trials ended yesterday."),
    M("Sports minister meeting with athletics executive committee", ["joseph kiprono", "executive committee"],
      past_wd(p, "Wednesday"), "day", None, "Nairobi",
      ["Joseph Kiprono", "Kenya Amateur Athletics Association"], "past",
      "Sports Minister Joseph Kiprono met the association's executive committee on Wednesday to discuss complaints by athletes over unpaid allowances from last year's world championships."),
    M("IAAF council meeting in Barcelona", ["iaaf council"],
      month_rel(p, 1), "month", None, "Barcelona", ["IAAF", "Daniel Muriithi"], "upcoming",
      "Association chairman Daniel Muriithi said he would raise the issue of appearance fees at the IAAF council meeting in Barcelona next month."),
    M("Kenya Football Federation disciplinary committee meeting", ["kenya football federation", "disciplinary committee"],
      past_wd(p, "Thursday"), "day", None, "Nairobi", ["Kenya Football Federation"], "past",
      "The Kenya Football Federation's disciplinary committee, which met on Thursday, banned two national team defenders for six months for missing a World Cup qualifier without permission."),
    M("Rift Valley Breweries board meeting", ["rift valley breweries", "board"],
      md(p, "July", 3, "future"), "day", None, None, ["Rift Valley Breweries"], "upcoming",
      "Rift Valley Breweries, the athletics team's main sponsor, said its board would meet on July 3 to approve a bonus pool of two million shillings for medal winners."),
])

# ---------------------------------------------------------------- 10 Warsaw 2021
doc(10, "2021-10-05", "POLISH RATE-SETTERS MEET AS MINIMUM WAGE TALKS FAIL", [
    "WARSAW, Oct 5 (PAP) - Poland's Monetary Policy Council began a two-day meeting today, with a growing number of economists expecting it to raise interest rates as inflation climbs above 5 percent.",
    "Labour Minister Agata Wierzbicka failed to reach agreement with trade unions and employers' organisations on next year's minimum wage at a session of the Social Dialogue Council on Thursday, leaving the government to set the rate by decree.",
    "The Sejm public finance committee will hold a hearing on the draft 2022 budget next week, with central bank governor Marek Zawadzki due to testify.",
    "Finance Minister Tomasz Lenartowicz attended a meeting of EU finance ministers in Luxembourg yesterday, where he defended the government's planned tax reform against criticism that it would widen the deficit.",
    "Analysts said the council's decision could also be influenced by the European Central Bank, whose Governing Council meets on October 28.",
    "The zloty firmed 0.3 percent against the euro in morning trade, and yields on two-year bonds rose to their highest level since early 2020.",
], lambda p: [
    M("Polish Monetary Policy Council meeting", ["monetary policy council"],
      p, "day", rel(p, 1), "Warsaw", ["Monetary Policy Council"], "ongoing",
      "WARSAW, Oct 5 (PAP) - Poland's Monetary Policy Council began a two-day meeting today, with a growing number of economists expecting it to raise interest rates as inflation climbs above 5 percent."),
    M("Social Dialogue Council session on minimum wage", ["social dialogue council", "minimum wage"],
      past_wd(p, "Thursday"), "day", None, "Warsaw", ["Agata Wierzbicka", "Social Dialogue Council"], "past",
      "Labour Minister Agata Wierzbicka failed to reach agreement with trade unions and employers' organisations on next year's minimum wage at a session of the Social Dialogue Council on Thursday, leaving the government to set the rate by decree."),
    M("Sejm public finance committee budget hearing", ["sejm public finance committee", "hearing"],
      week(p, 1), "week", None, "Warsaw", ["Sejm public finance committee", "Marek Zawadzki"], "upcoming",
      "The Sejm public finance committee will hold a hearing on the draft 2022 budget next week, with central bank governor Marek Zawadzki due to testify."),
    M("EU finance ministers meeting in Luxembourg", ["eu finance ministers", "luxembourg"],
      rel(p, -1), "day", None, "Luxembourg", ["Tomasz Lenartowicz", "EU finance ministers"], "past",
      "Finance Minister Tomasz Lenartowicz attended a meeting of EU finance ministers in Luxembourg yesterday, where he defended the government's planned tax reform against criticism that it would widen the deficit."),
    M("ECB Governing Council meeting", ["governing council", "european central bank"],
      md(p, "October", 28, "future"), "day", None, None, ["European Central Bank"], "upcoming",
      "Analysts said the council's decision could also be influenced by the European Central Bank, whose Governing Council meets on October 28."),
])

# ---------------------------------------------------------------- 11 Cairo 2005
doc(11, "2005-02-17", "ARAB MINISTERS TO HOLD EMERGENCY SESSION ON WATER", [
    "CAIRO, Feb 17 (AFP) - Arab foreign ministers will hold an emergency session of the Arab League council on Sunday to prepare a common position on sharing regional water resources, League officials said.",
    "The League's permanent representatives met yesterday to draft a resolution for the ministers, the officials said.",
    "Egypt's cabinet, chaired by Prime Minister Kamal Radwan, discussed the draft at its weekly meeting on Wednesday, a government spokesman said.",
    "Foreign Minister Hisham Fawzi will travel to Khartoum on Saturday for talks with his Sudanese counterpart Abdelrahman Siddig before returning for Sunday's session.",
    "The ministers are also expected to begin preparations for the annual Arab summit next month.",
    "Diplomats said several Gulf states were reluctant to back binding commitments and preferred a declaration of principles.",
    "Separately, Nile Cotton Ginning Co said its shareholders would meet on March 3 to vote on the sale of two ginning plants in the Delta to a private buyer.",
], lambda p: [
    M("Arab League council emergency session of foreign ministers", ["arab league council", "emergency session"],
      next_wd(p, "Sunday"), "day", None, "Cairo", ["Arab League"], "upcoming",
      "CAIRO, Feb 17 (AFP) - Arab foreign ministers will hold an emergency session of the Arab League council on Sunday to prepare a common position on sharing regional water resources, League officials said."),
    M("Arab League permanent representatives meeting", ["permanent representatives"],
      rel(p, -1), "day", None, "Cairo", ["Arab League"], "past",
      "The League's permanent representatives met yesterday to draft a resolution for the ministers, the officials said."),
    M("Egyptian cabinet weekly meeting", ["cabinet", "weekly meeting"],
      past_wd(p, "Wednesday"), "day", None, "Cairo", ["Kamal Radwan"], "past",
      "Egypt's cabinet, chaired by Prime Minister Kamal Radwan, discussed the draft at its weekly meeting on Wednesday, a government spokesman said."),
    M("Fawzi-Siddig talks in Khartoum", ["khartoum", "abdelrahman siddig"],
      next_wd(p, "Saturday"), "day", None, "Khartoum", ["Hisham Fawzi", "Abdelrahman Siddig"], "upcoming",
      "Foreign Minister Hisham Fawzi will travel to Khartoum on Saturday for talks with his Sudanese counterpart Abdelrahman Siddig before returning for Sunday's session."),
    M("Annual Arab summit", ["arab summit"],
      month_rel(p, 1), "month", None, None, [], "upcoming",
      "The ministers are also expected to begin preparations for the annual Arab summit next month."),
    M("Nile Cotton Ginning shareholders meeting", ["nile cotton ginning", "shareholders"],
      md(p, "March", 3, "future"), "day", None, None, ["Nile Cotton Ginning Co"], "upcoming",
      "Separately, Nile Cotton Ginning Co said its shareholders would meet on March 3 to vote on the sale of two ginning plants in the Delta to a private buyer."),
])

# ---------------------------------------------------------------- 12 Addis Ababa 2009
doc(12, "2009-09-10", "AU SECURITY COUNCIL TO REVIEW SOMALIA ON FRIDAY", [
    "ADDIS ABABA, Sept 10 (Reuters) - The African Union's Peace and Security Council will meet on Friday to review the security situation in Somalia and appeals for more peacekeepers, AU officials said.",
    "A Somali government delegation led by Deputy Prime Minister Abdiweli Hersi arrived on Tuesday for talks with Ethiopian Foreign Minister Berhanu Alemayehu, which began yesterday and conclude today.",
    "Ethiopia's House of Peoples' Representatives will hold a special session next week to ratify a power export agreement with Djibouti.",
    "Prime Minister Tesfaye Gebremedhin will hold talks in Nairobi on Monday with Kenyan President Stephen Mwangi on the proposed Lamu port corridor and cross-border cattle raiding.",
    "The two leaders are also expected to attend a summit of the IGAD regional bloc later this month, officials said.",
    "Separately, Awash Cement Share Company said its annual shareholders' meeting on September 26 would consider a plan to double capacity at its plant near Adama.",
], lambda p: [
    M("AU Peace and Security Council meeting on Somalia", ["peace and security council", "african union"],
      next_wd(p, "Friday"), "day", None, "Addis Ababa", ["African Union"], "upcoming",
      "ADDIS ABABA, Sept 10 (Reuters) - The African Union's Peace and Security Council will meet on Friday to review the security situation in Somalia and appeals for more peacekeepers, AU officials said."),
    M("Somali-Ethiopian talks", ["somali government delegation", "berhanu alemayehu"],
      rel(p, -1), "day", p, "Addis Ababa", ["Abdiweli Hersi", "Berhanu Alemayehu"], "ongoing",
      "A Somali government delegation led by Deputy Prime Minister Abdiweli Hersi arrived on Tuesday for talks with Ethiopian Foreign Minister Berhanu Alemayehu, which began yesterday and conclude today."),
    M("House of Peoples' Representatives special session", ["house of peoples' representatives", "special session"],
      week(p, 1), "week", None, "Addis Ababa", ["House of Peoples' Representatives"], "upcoming",
      "Ethiopia's House of Peoples' Representatives will hold a special session next week to ratify a power export agreement with Djibouti."),
    M("Gebremedhin-Mwangi talks in Nairobi", ["nairobi", "stephen mwangi"],
      next_wd(p, "Monday"), "day", None, "Nairobi", ["Tesfaye Gebremedhin", "Stephen Mwangi"], "upcoming",
      "Prime Minister Tesfaye Gebremedhin will hold talks in Nairobi on Monday with Kenyan President Stephen Mwangi on the proposed Lamu port corridor and cross-border cattle raiding."),
    M("IGAD summit", ["igad", "summit"],
      month_rel(p, 0), "month", None, None, ["Tesfaye Gebremedhin", "Stephen Mwangi", "IGAD"], "upcoming",
      "The two leaders are also expected to attend a summit of the IGAD regional bloc later this month, officials said."),
    M("Awash Cement annual shareholders meeting", ["awash cement", "annual shareholders' meeting"],
      md(p, "September", 26, "future"), "day", None, None, ["Awash Cement Share Company"], "upcoming",
      "Separately, Awash Cement Share Company said its annual shareholders' meeting on September 26 would consider a plan to double capacity at its plant near Adama."),
])

# ---------------------------------------------------------------- 13 Brussels 1976
doc(13, "1976-05-14", "BELGIAN WAGE TALKS RESUME TUESDAY", [
    "BRUSSELS, May 14 (Reuters) - Prime Minister Leon Vandermeulen and leaders of the socialist FGTB and Christian CSC union federations will resume talks with the Federation of Belgian Enterprises on Tuesday on a plan to limit wage indexation, a government spokesman said.",
    "The first round, held on Monday, broke up after the unions rejected any suspension of automatic cost-of-living increases.",
    "European Community agriculture ministers will meet next week to try again to settle the 1976/77 farm price package, after France blocked a compromise at their last session.",
    "Vandermeulen will travel to The Hague on Monday for talks with Dutch Prime Minister Pieter Hoogland on monetary cooperation, and the two are expected to prepare a Benelux summit next month, officials said.",
    "Belgian inflation is running at about 10 percent a year, and the government says indexation is pricing the country's exports out of its main markets.",
    "Separately, Compagnie Mosane des Metaux said its board would meet on May 25 to consider closing its zinc smelter near Liege, which employs 1,100 people.",
], lambda p: [
    M("Belgian government-unions-employers wage indexation talks", ["wage indexation", "federation of belgian enterprises"],
      next_wd(p, "Tuesday"), "day", None, "Brussels",
      ["Leon Vandermeulen", "FGTB", "CSC", "Federation of Belgian Enterprises"], "upcoming",
      "BRUSSELS, May 14 (Reuters) - Prime Minister Leon Vandermeulen and leaders of the socialist FGTB and Christian CSC union federations will resume talks with the Federation of Belgian Enterprises on Tuesday on a plan to limit wage indexation, a government spokesman said."),
    M("First round of Belgian wage talks", ["first round"],
      past_wd(p, "Monday"), "day", None, "Brussels",
      ["Leon Vandermeulen", "FGTB", "CSC", "Federation of Belgian Enterprises"], "past",
      "The first round, held on Monday, broke up after the unions rejected any suspension of automatic cost-of-living increases."),
    M("EC agriculture ministers meeting on farm prices", ["european community agriculture ministers", "farm price package"],
      week(p, 1), "week", None, "Brussels", ["European Community agriculture ministers"], "upcoming",
      "European Community agriculture ministers will meet next week to try again to settle the 1976/77 farm price package, after France blocked a compromise at their last session."),
    M("Vandermeulen-Hoogland talks in The Hague", ["the hague", "pieter hoogland"],
      next_wd(p, "Monday"), "day", None, "The Hague", ["Leon Vandermeulen", "Pieter Hoogland"], "upcoming",
      "Vandermeulen will travel to The Hague on Monday for talks with Dutch Prime Minister Pieter Hoogland on monetary cooperation, and the two are expected to prepare a Benelux summit next month, officials said."),
    M("Benelux summit", ["benelux summit"],
      month_rel(p, 1), "month", None, None, ["Benelux"], "upcoming",
      "Vandermeulen will travel to The Hague on Monday for talks with Dutch Prime Minister Pieter Hoogland on monetary cooperation, and the two are expected to prepare a Benelux summit next month, officials said."),
    M("Compagnie Mosane des Metaux board meeting", ["compagnie mosane des metaux", "board"],
      md(p, "May", 25, "future"), "day", None, None, ["Compagnie Mosane des Metaux"], "upcoming",
      "Separately, Compagnie Mosane des Metaux said its board would meet on May 25 to consider closing its zinc smelter near Liege, which employs 1,100 people."),
])

# ---------------------------------------------------------------- 14 Jakarta 2025
doc(14, "2025-07-17", "BANK INDONESIA HOLDS RATE; HOUSE PANEL TO QUESTION GOVERNOR", [
    "JAKARTA, July 17 (Antara) - Bank Indonesia kept its benchmark rate unchanged after a two-day board of governors meeting that ended on Wednesday, citing the need to support the rupiah amid uncertainty over U.S. tariffs.",
    "Governor Bambang Wiratmo will explain the decision to Commission XI of the House of Representatives at a hearing on Monday, a commission member said.",
    "Australian Trade Minister Fiona Gallacher arrives tomorrow for talks with Trade Minister Rizal Harahap on widening the bilateral economic partnership agreement, the trade ministry said.",
    "Finance Minister Dewi Kartikasari will hold talks with Japanese officials in Tokyo next week on a planned yen-denominated bond issue.",
    "ASEAN leaders are expected to discuss a joint response to the tariffs at their summit in October.",
    "Separately, cement maker PT Nusantara Semen Jaya said its extraordinary shareholders' meeting on August 5 would be asked to approve a rights issue to fund a new kiln in East Java.",
    "The rupiah was little changed at 16,280 per dollar in afternoon trade.",
], lambda p: [
    M("Bank Indonesia board of governors meeting", ["bank indonesia", "board of governors"],
      past_wd(p, "Tuesday"), "day", past_wd(p, "Wednesday"), "Jakarta", ["Bank Indonesia"], "past",
      "JAKARTA, July 17 (Antara) - Bank Indonesia kept its benchmark rate unchanged after a two-day board of governors meeting that ended on Wednesday, citing the need to support the rupiah amid uncertainty over U.S. tariffs."),
    M("Commission XI hearing with Governor Wiratmo", ["commission xi", "hearing"],
      next_wd(p, "Monday"), "day", None, "Jakarta", ["Bambang Wiratmo", "Commission XI"], "upcoming",
      "Governor Bambang Wiratmo will explain the decision to Commission XI of the House of Representatives at a hearing on Monday, a commission member said."),
    M("Australia-Indonesia trade ministers talks", ["fiona gallacher", "rizal harahap"],
      rel(p, 1), "day", None, "Jakarta", ["Fiona Gallacher", "Rizal Harahap"], "upcoming",
      "Australian Trade Minister Fiona Gallacher arrives tomorrow for talks with Trade Minister Rizal Harahap on widening the bilateral economic partnership agreement, the trade ministry said."),
    M("Kartikasari talks in Tokyo", ["tokyo", "dewi kartikasari"],
      week(p, 1), "week", None, "Tokyo", ["Dewi Kartikasari"], "upcoming",
      "Finance Minister Dewi Kartikasari will hold talks with Japanese officials in Tokyo next week on a planned yen-denominated bond issue."),
    M("ASEAN summit", ["asean", "summit"],
      month_name(p, "October", "future"), "month", None, None, ["ASEAN"], "upcoming",
      "ASEAN leaders are expected to discuss a joint response to the tariffs at their summit in October."),
    M("Nusantara Semen Jaya extraordinary shareholders meeting", ["nusantara semen jaya", "extraordinary shareholders' meeting"],
      md(p, "August", 5, "future"), "day", None, None, ["PT Nusantara Semen Jaya"], "upcoming",
      "Separately, cement maker PT Nusantara Semen Jaya said its extraordinary shareholders' meeting on August 5 would be asked to approve a rights issue to fund a new kiln in East Java."),
])


def check(d):
    errs = []
    text = d["text"]
    n = len(re.findall(r"\S+", text))
    if not 100 <= n <= 350:
        errs.append("word count %d" % n)
    req = [m for m in d["meetings"] if not m.get("optional")]
    if not 2 <= len(req) <= 6:
        errs.append("required meetings %d" % len(req))
    pub = P(d["published"])
    for m in d["meetings"]:
        if m["evidence"] not in text:
            errs.append("evidence not verbatim: " + m["title"])
        if not 1 <= len(m["keys"]) <= 3:
            errs.append("keys count: " + m["title"])
        for k in m["keys"]:
            if k != k.lower() or k not in text.lower():
                errs.append("bad key %r in %s" % (k, m["title"]))
        for p_ in m["participants"]:
            if p_.lower() not in text.lower():
                errs.append("participant not in text %r" % p_)
        if m["place"]:
            for part in m["place"].split(", "):
                if part.lower() not in text.lower() and part != text.split(",")[0].title():
                    pass
        # status sanity
        prec = m["precision"]
        if prec == "day":
            start = P(m["date"])
            end = P(m["end_date"]) if m["end_date"] else start
            exp = "past" if end < pub else ("upcoming" if start > pub else None)
            if exp and m["status"] != exp:
                errs.append("status? %s %s" % (m["title"], m["status"]))
    return errs


def main():
    ids = [d["id"] for d in DOCS]
    assert ids == ["f41a-%02d" % i for i in range(1, 15)], ids
    bad = False
    for d in DOCS:
        e = check(d)
        if e:
            bad = True
            print(d["id"], e)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(DOCS), "docs,", sum(len(d["meetings"]) for d in DOCS), "meetings", "(issues)" if bad else "")


if __name__ == "__main__":
    main()
