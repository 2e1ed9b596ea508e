"""Blind held-out set heldout17b: 51 short wire stories written for issue 17's evaluation.

Written without reading the extraction rules or their tests; annotated by
../shared/eval/meetings.GUIDELINE.md. Run: python3 heldout17b.py (writes heldout17b.jsonl next to
this script; a per-meeting summary with weekdays, for checking dates by hand, goes to stderr).
check() asserts what a machine can: evidence copied verbatim, keys present in the text, dates well
formed. heldout17notes.py uses the same helpers.
"""
import datetime
import json
import os
import re
import sys


def M(title, keys, date, precision, end_date, place, participants, status, evidence, optional=False):
    m = {
        "title": title,
        "keys": keys,
        "date": date,
        "precision": precision,
        "end_date": end_date,
        "place": place,
        "participants": participants,
        "status": status,
        "evidence": evidence,
    }
    if optional:
        m["optional"] = True
    return m


def S(id, published, title, text, meetings=()):
    return {"id": id, "published": published, "title": title, "text": text.strip(), "meetings": list(meetings)}


def check(stories):
    ids = set()
    for s in stories:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        low = s["text"].lower()
        for m in s["meetings"]:
            assert m["evidence"] in s["text"], (s["id"], m["evidence"])
            assert 1 <= len(m["keys"]) <= 3, (s["id"], m["keys"])
            for k in m["keys"]:
                assert k == k.lower() and k in low, (s["id"], k)
            assert m["precision"] in ("day", "week", "month"), s["id"]
            assert m["status"] in ("past", "upcoming", "ongoing"), s["id"]
            if m["precision"] == "month":
                assert re.fullmatch(r"\d{4}-\d{2}", m["date"]), (s["id"], m["date"])
            elif m["precision"] == "week":
                assert datetime.date.fromisoformat(m["date"]).weekday() == 0, (s["id"], m["date"])
            else:
                datetime.date.fromisoformat(m["date"])
            if m["end_date"]:
                assert m["end_date"] > m["date"], s["id"]


def report(stories, out=sys.stderr):
    for s in stories:
        pub = datetime.date.fromisoformat(s["published"])
        print(f"{s['id']} published {s['published']} {pub:%a}: {len(s['meetings'])} meeting(s)", file=out)
        for m in s["meetings"]:
            wd = ""
            if m["precision"] != "month":
                wd = datetime.date.fromisoformat(m["date"]).strftime("%a")
            print(f"   {m['date']} {wd} {m['precision']} end={m['end_date']} {m['status']} place={m['place']}"
                  f" parts={m['participants']}{' OPTIONAL' if m.get('optional') else ''}", file=out)


def write(stories, path):
    check(stories)
    with open(path, "w", encoding="utf-8") as f:
        for s in stories:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    n = sum(len([m for m in s["meetings"] if not m.get("optional")]) for s in stories)
    o = sum(len([m for m in s["meetings"] if m.get("optional")]) for s in stories)
    empty = sum(1 for s in stories if not [m for m in s["meetings"] if not m.get("optional")])
    print(f"{path}: {len(stories)} stories, {n} meetings (+{o} optional), {empty} with no required meeting",
          file=sys.stderr)

STORIES = [
S("h17b-01", "2025-03-12", "ASEAN ministers to seek common line on U.S. tariffs", """
KUALA LUMPUR, March 12 (Reuters) - Economic ministers from the Association of Southeast Asian Nations (ASEAN) will meet in Kuala Lumpur on Friday to try to agree a common response to new U.S. tariffs, Malaysia's trade ministry said.

Senior trade officials from the bloc will meet in the Malaysian capital on Thursday to draft a joint statement for the ministers, a ministry spokeswoman said.

Malaysia, which chairs ASEAN this year, has called for a negotiated solution. Trade Minister Tengku Zafrul Aziz, who will chair Friday's meeting, said the ministers would also review progress on the region's digital economy framework agreement.

"We want ASEAN to speak with one voice," he told reporters on Wednesday.
""", [
    M("ASEAN economic ministers meeting", ["economic ministers", "asean"], "2025-03-14", "day", None,
      "Kuala Lumpur", ["ASEAN", "Tengku Zafrul Aziz"], "upcoming",
      "KUALA LUMPUR, March 12 (Reuters) - Economic ministers from the Association of Southeast Asian Nations (ASEAN) will meet in Kuala Lumpur on Friday to try to agree a common response to new U.S. tariffs, Malaysia's trade ministry said."),
    M("ASEAN senior trade officials preparatory meeting", ["senior trade officials"], "2025-03-13", "day", None,
      "Kuala Lumpur", ["ASEAN"], "upcoming",
      "Senior trade officials from the bloc will meet in the Malaysian capital on Thursday to draft a joint statement for the ministers, a ministry spokeswoman said."),
]),

S("h17b-02", "2025-06-03", "Japan core inflation quickens, yen slips", """
TOKYO, June 3 - Japan's core consumer prices in Tokyo rose 3.6 percent in May from a year earlier, the fastest pace in two years, government data showed on Tuesday, keeping pressure on the central bank to raise interest rates again.

Bank of Japan Governor Kazuo Ueda said in a speech in Tokyo on Tuesday that the bank would keep watching the impact of U.S. trade policy on the economy before deciding its next step.

The yen weakened to 144.20 per dollar after his remarks. The Nikkei share average ended the morning session 0.4 percent lower, led by exporters.

Nationwide price data for May are due on June 20.
"""),

S("h17b-03", "2024-11-18", "Euro zone ministers weigh budget rules; full EU council on Tuesday", """
BRUSSELS, Nov 18 (AFP) - Euro zone finance ministers, who were meeting in Brussels on Monday, are expected to back the European Commission's opinion on the draft budgets of the 20 countries sharing the euro, diplomats said.

Eurogroup President Paschal Donohoe told reporters on arrival that France's plans for next year were "a step in the right direction" but that more work was needed.

The full council of all 27 European Union finance ministers meets on Tuesday to approve the Commission's recommendations for countries running excessive deficits, including France and Italy.

The ministers also want to agree a common position on a minimum tax for shipping companies before a deadline at the end of the year.
""", [
    M("Eurogroup meeting of euro zone finance ministers", ["euro zone finance ministers", "eurogroup"], "2024-11-18", "day", None,
      "Brussels", ["Eurogroup", "Paschal Donohoe"], "ongoing",
      "BRUSSELS, Nov 18 (AFP) - Euro zone finance ministers, who were meeting in Brussels on Monday, are expected to back the European Commission's opinion on the draft budgets of the 20 countries sharing the euro, diplomats said."),
    M("EU finance ministers council (ECOFIN)", ["full council", "27 european union finance ministers"], "2024-11-19", "day", None,
      "Brussels", ["European Union"], "upcoming",
      "The full council of all 27 European Union finance ministers meets on Tuesday to approve the Commission's recommendations for countries running excessive deficits, including France and Italy."),
]),

S("h17b-04", "2025-10-30", "Siemens Energy raises targets, sets results date", """
MUNICH, Oct 30 - Siemens Energy raised its mid-term profit targets on Thursday on the back of strong demand for gas turbines and grid equipment, sending its shares up 6 percent.

The company said it would publish full-year results on Nov. 12 and hold a news conference in Munich the same day. It plans to propose its first dividend since its listing; the record date will be set at a later date.

Chief Executive Christian Bruch told analysts on a conference call that the wind unit Siemens Gamesa was on track to break even in the 2026 financial year.
"""),

S("h17b-05", "2025-09-25", "UAW, Stellantis resume contract talks", """
DETROIT, Sept 25 - The United Auto Workers union and Stellantis resumed contract negotiations on Thursday at the carmaker's U.S. headquarters in Auburn Hills, Michigan, after a two-week break, both sides said.

The union's bargaining team is led by President Shawn Fain, who has threatened strikes at three assembly plants if no deal is reached. Stellantis' negotiators are led by its head of North American employee relations, Mark Stewart.

"We are back at the table and we intend to stay there," Fain said in a video posted to social media.

Stellantis said it remained committed to reaching an agreement that protects jobs and keeps its plants competitive.
""", [
    M("UAW-Stellantis contract negotiations", ["contract negotiations", "stellantis"], "2025-09-25", "day", None,
      "Auburn Hills, Michigan", ["United Auto Workers", "Stellantis", "Shawn Fain", "Mark Stewart"], "ongoing",
      "DETROIT, Sept 25 - The United Auto Workers union and Stellantis resumed contract negotiations on Thursday at the carmaker's U.S. headquarters in Auburn Hills, Michigan, after a two-week break, both sides said."),
]),

S("h17b-06", "2026-02-10", "Seoul, Tokyo call off foreign ministers' talks", """
SEOUL, Feb 10 (Yonhap) - South Korea and Japan have called off talks between their foreign ministers that had been planned for Friday in Tokyo, after a row over a Japanese school textbook, Seoul's foreign ministry said on Tuesday.

Instead, director-general level officials of the two countries will hold talks by video link next week to try to contain the dispute, a ministry spokesman told a briefing.

Foreign Minister Cho Hyun had been due to travel to Tokyo for his first meeting with his Japanese counterpart since taking office.
""", [
    M("South Korea-Japan director-general level talks by video link", ["director-general level", "video link"], "2026-02-16", "week", None,
      None, ["South Korea", "Japan"], "upcoming",
      "Instead, director-general level officials of the two countries will hold talks by video link next week to try to contain the dispute, a ministry spokesman told a briefing."),
]),

S("h17b-07", "2025-10-30", "Nigerian labour, government postpone wage meeting", """
ABUJA, Oct 30 - The Nigeria Labour Congress (NLC) and the federal government have postponed a meeting on the new minimum wage from Thursday to Nov. 6, the union said, as it gave the government a fresh deadline to implement the increase.

NLC President Joe Ajaero said the union had agreed to the postponement at the request of the Secretary to the Government of the Federation, George Akume, who will lead the government side.

The union has threatened a nationwide strike if the new wage is not paid by the end of November.
""", [
    M("NLC-federal government minimum wage meeting", ["nigeria labour congress", "minimum wage"], "2025-11-06", "day", None,
      "Abuja", ["Nigeria Labour Congress", "federal government", "Joe Ajaero", "George Akume"], "upcoming",
      "ABUJA, Oct 30 - The Nigeria Labour Congress (NLC) and the federal government have postponed a meeting on the new minimum wage from Thursday to Nov. 6, the union said, as it gave the government a fresh deadline to implement the increase."),
]),

S("h17b-08", "2024-05-07", "Kenya, Tanzania trade row drags on", """
NAIROBI, May 7 - A dispute between Kenya and Tanzania over border levies on maize and milk showed no sign of easing on Tuesday, with truck queues at the Namanga crossing stretching for several kilometres.

Trade ministers of the two countries could meet at some stage to settle the matter, a Kenyan official said, but no date has been set.

Officials of the East African Community secretariat in Arusha meet regularly with both governments on customs issues, the official added. Traders say they lose millions of shillings every week the border stays congested.
"""),

S("h17b-09", "2026-04-21", "UBS shareholders to vote on pay at AGM", """
ZURICH, April 21 (Reuters) - UBS shareholders will vote on the bank's executive pay report at the annual general meeting in Basel on April 30, after two proxy advisers recommended rejecting it.

UBS's board of directors met on Monday to approve the final agenda and decided not to change the pay proposals, the bank said in a statement on Tuesday.

Chairman Colm Kelleher is expected to defend the bank's capital position at the meeting, as Switzerland's government pushes for tougher capital rules.

Shares in UBS were up 0.8 percent at 1020 GMT.
""", [
    M("UBS annual general meeting", ["annual general meeting", "ubs"], "2026-04-30", "day", None,
      "Basel", ["UBS", "Colm Kelleher"], "upcoming",
      "ZURICH, April 21 (Reuters) - UBS shareholders will vote on the bank's executive pay report at the annual general meeting in Basel on April 30, after two proxy advisers recommended rejecting it."),
    M("UBS board meeting on the AGM agenda", ["board of directors"], "2026-04-20", "day", None,
      None, ["UBS"], "past",
      "UBS's board of directors met on Monday to approve the final agenda and decided not to change the pay proposals, the bank said in a statement on Tuesday."),
]),

S("h17b-10", "2025-01-16", "NZ central bank seen cutting rates again in February", """
WELLINGTON, Jan 16 - The Reserve Bank of New Zealand's Monetary Policy Committee meets on Feb. 19 and is widely expected to cut the official cash rate by another 50 basis points, economists said on Thursday.

Fourth-quarter consumer price data, due on Jan. 22, are expected to show annual inflation steady at 2.2 percent, within the bank's target band.

The New Zealand dollar fell to a two-year low of 55.90 U.S. cents on Thursday.
""", [
    M("RBNZ Monetary Policy Committee meeting", ["monetary policy committee"], "2025-02-19", "day", None,
      "Wellington", ["Reserve Bank of New Zealand's Monetary Policy Committee"], "upcoming",
      "WELLINGTON, Jan 16 - The Reserve Bank of New Zealand's Monetary Policy Committee meets on Feb. 19 and is widely expected to cut the official cash rate by another 50 basis points, economists said on Thursday."),
]),

S("h17b-11", "1998-07-09", "Mercosur presidents to meet in Ushuaia", """
BUENOS AIRES, July 9 - Presidents of the Mercosur trade bloc will meet in the southern Argentine city of Ushuaia on July 23-24 to discuss a common external tariff and talks with the European Union, Argentina's foreign ministry said on Thursday.

Foreign and economy ministers of the four member countries will hold their own meeting there a day earlier to prepare the summit, a ministry spokesman said.

Bolivia and Chile, which are associate members, will also attend the summit, the spokesman said. Brazil's President Fernando Henrique Cardoso has confirmed his attendance.
""", [
    M("Mercosur presidential summit", ["presidents of the mercosur", "summit"], "1998-07-23", "day", "1998-07-24",
      "Ushuaia", ["Mercosur", "Bolivia", "Chile", "Fernando Henrique Cardoso"], "upcoming",
      "BUENOS AIRES, July 9 - Presidents of the Mercosur trade bloc will meet in the southern Argentine city of Ushuaia on July 23-24 to discuss a common external tariff and talks with the European Union, Argentina's foreign ministry said on Thursday."),
    M("Mercosur foreign and economy ministers meeting", ["foreign and economy ministers"], "1998-07-22", "day", None,
      "Ushuaia", ["Mercosur"], "upcoming",
      "Foreign and economy ministers of the four member countries will hold their own meeting there a day earlier to prepare the summit, a ministry spokesman said."),
]),

S("h17b-12", "2024-05-07", "UK Supreme Court backs regulator in water fines case", """
LONDON, May 7 - Britain's Supreme Court ruled on Tuesday that the water regulator Ofwat was entitled to fine Thames Water 104 million pounds for missing leakage targets, dismissing the company's appeal.

The case now returns to the High Court, which will hold a hearing on costs on June 12, the court said.

Thames Water said it was disappointed by the ruling and would study the judgment. The company is also in talks with creditors about new funding.
""", [
    M("High Court hearing on costs (court hearing)", ["hearing on costs", "high court"], "2024-06-12", "day", None,
      "London", ["High Court"], "upcoming",
      "The case now returns to the High Court, which will hold a hearing on costs on June 12, the court said.", optional=True),
]),

S("h17b-13", "2025-08-19", "China's Wang holds border talks in Delhi, heads to Islamabad", """
NEW DELHI, Aug 19 (PTI) - Chinese Foreign Minister Wang Yi held talks with National Security Adviser Ajit Doval on Tuesday, the 24th round of discussions between the special representatives on the boundary question, the external affairs ministry said.

Wang, who arrived in New Delhi on Monday, met External Affairs Minister S. Jaishankar on Monday evening and discussed resuming direct flights and border trade.

The special representatives meet regularly to manage the disputed frontier.

Wang will travel to Islamabad on Wednesday for talks with Pakistani leaders, the Chinese embassy said.
""", [
    M("Wang Yi-Ajit Doval special representatives boundary talks", ["24th round", "special representatives"], "2025-08-19", "day", None,
      "New Delhi", ["Wang Yi", "Ajit Doval"], "past",
      "NEW DELHI, Aug 19 (PTI) - Chinese Foreign Minister Wang Yi held talks with National Security Adviser Ajit Doval on Tuesday, the 24th round of discussions between the special representatives on the boundary question, the external affairs ministry said."),
    M("Wang Yi-S. Jaishankar meeting", ["jaishankar"], "2025-08-18", "day", None,
      "New Delhi", ["Wang Yi", "S. Jaishankar"], "past",
      "Wang, who arrived in New Delhi on Monday, met External Affairs Minister S. Jaishankar on Monday evening and discussed resuming direct flights and border trade."),
    M("Wang Yi talks in Islamabad with Pakistani leaders", ["islamabad", "pakistani leaders"], "2025-08-20", "day", None,
      "Islamabad", ["Wang Yi", "Pakistan"], "upcoming",
      "Wang will travel to Islamabad on Wednesday for talks with Pakistani leaders, the Chinese embassy said."),
]),

S("h17b-14", "2025-12-01", "Wall Street slips as investors eye Fed meeting", """
NEW YORK, Dec 1 - U.S. stocks fell on Monday as investors looked ahead to the Federal Reserve's policy meeting on Dec. 9-10, where traders see a strong chance of another quarter-point rate cut.

Oil prices rose more than 1 percent after OPEC+ agreed at an online meeting on Sunday to keep output levels unchanged for the first quarter of next year.

The Dow Jones Industrial Average fell 0.9 percent in the afternoon session, while the Nasdaq Composite lost 0.4 percent. Shares of chipmakers led the decline.

Data due on Friday are expected to show that the U.S. economy added jobs in November.
""", [
    M("Federal Reserve policy meeting", ["federal reserve", "policy meeting"], "2025-12-09", "day", "2025-12-10",
      None, ["Federal Reserve"], "upcoming",
      "NEW YORK, Dec 1 - U.S. stocks fell on Monday as investors looked ahead to the Federal Reserve's policy meeting on Dec. 9-10, where traders see a strong chance of another quarter-point rate cut."),
    M("OPEC+ online meeting on output", ["opec+", "online meeting"], "2025-11-30", "day", None,
      None, ["OPEC+"], "past",
      "Oil prices rose more than 1 percent after OPEC+ agreed at an online meeting on Sunday to keep output levels unchanged for the first quarter of next year."),
]),

S("h17b-15", "2025-07-14", "Nordvik Shipping calls extraordinary general meeting", """
OSLO, 14 July 2025 - Nordvik Shipping ASA (OSE: NORDV) has called an extraordinary general meeting to approve the proposed merger with Fjordline Tankers AS.

The extraordinary general meeting will be held on 14 August 2025 at 10:00 CET at the Radisson Blu Plaza Hotel, Oslo. Shareholders registered in the VPS as of 7 August 2025 will be entitled to vote.

The board of directors unanimously recommends that shareholders vote in favour of the merger. The notice and the merger plan are available on the company's website.

For further information, contact Chief Financial Officer Ingrid Solberg.
""", [
    M("Nordvik Shipping extraordinary general meeting", ["extraordinary general meeting", "nordvik shipping"], "2025-08-14", "day", None,
      "Radisson Blu Plaza Hotel, Oslo", ["Nordvik Shipping ASA"], "upcoming",
      "The extraordinary general meeting will be held on 14 August 2025 at 10:00 CET at the Radisson Blu Plaza Hotel, Oslo."),
]),

S("h17b-16", "2024-09-05", "Australian cabinet to sign off housing plan; Chalmers meets bank chiefs", """
CANBERRA, Sept 5 - Prime Minister Anthony Albanese's cabinet will meet on Friday to sign off on a plan to speed up housing approvals, a government source said on Thursday.

Treasurer Jim Chalmers met the chief executives of Commonwealth Bank, Westpac, ANZ and NAB in Sydney on Wednesday to discuss lending for new homes, his office said.

The opposition said the plan came too late to meet the government's target of 1.2 million new homes by 2029.
""", [
    M("Australian federal cabinet meeting", ["cabinet"], "2024-09-06", "day", None,
      "Canberra", ["Anthony Albanese"], "upcoming",
      "CANBERRA, Sept 5 - Prime Minister Anthony Albanese's cabinet will meet on Friday to sign off on a plan to speed up housing approvals, a government source said on Thursday."),
    M("Chalmers meeting with big bank chief executives", ["chief executives", "chalmers"], "2024-09-04", "day", None,
      "Sydney", ["Jim Chalmers", "Commonwealth Bank", "Westpac", "ANZ", "NAB"], "past",
      "Treasurer Jim Chalmers met the chief executives of Commonwealth Bank, Westpac, ANZ and NAB in Sydney on Wednesday to discuss lending for new homes, his office said."),
]),

S("h17b-17", "2025-09-25", "French unions call national strike over budget", """
PARIS, Sept 25 - France's main trade unions called a nationwide strike for Oct. 2 against planned spending cuts, saying the new government had ignored their demands.

The CGT and CFDT unions said they had not been invited to any talks since the prime minister took office. The prime minister's office said he would receive union leaders "in the coming weeks" but gave no date.

Rail and school services are expected to be disrupted. The previous strike, on Sept. 18, drew hundreds of thousands of people onto the streets.
"""),

S("h17b-18", "2026-03-04", "WTO council to meet twice this month on fisheries, reform", """
GENEVA, March 4 - The World Trade Organization's General Council will meet on March 10 to discuss reform of the body's dispute settlement system, trade officials said on Wednesday.

A special session of the General Council devoted to fisheries subsidies is planned for March 24, after members failed to close a deal at the ministerial conference in Yaounde last week.

WTO Director-General Ngozi Okonjo-Iweala said this week that members must not let the fisheries agreement slip.
""", [
    M("WTO General Council meeting on dispute settlement reform", ["general council", "dispute settlement"], "2026-03-10", "day", None,
      "Geneva", ["World Trade Organization's General Council"], "upcoming",
      "GENEVA, March 4 - The World Trade Organization's General Council will meet on March 10 to discuss reform of the body's dispute settlement system, trade officials said on Wednesday."),
    M("WTO General Council special session on fisheries subsidies", ["special session", "fisheries subsidies"], "2026-03-24", "day", None,
      "Geneva", ["World Trade Organization's General Council"], "upcoming",
      "A special session of the General Council devoted to fisheries subsidies is planned for March 24, after members failed to close a deal at the ministerial conference in Yaounde last week."),
    M("WTO ministerial conference in Yaounde", ["ministerial conference", "yaounde"], "2026-02-23", "week", None,
      "Yaounde", ["WTO"], "past",
      "A special session of the General Council devoted to fisheries subsidies is planned for March 24, after members failed to close a deal at the ministerial conference in Yaounde last week."),
]),

S("h17b-19", "2025-05-28", "Harbour Light Holdings full-year results", """
HONG KONG, May 28 - Year to March 31

Shr 42.5 H.K. cents vs 38.1

Final div 12 cents vs 11

Net 1.21 billion dlrs vs 1.08 billion

Turnover 9.87 billion vs 9.45 billion

Note - Company name is Harbour Light Holdings Ltd. Dividend payable on Aug 15 after annual general meeting on July 24, books close July 18 to July 24.
""", [
    M("Harbour Light Holdings annual general meeting", ["annual general meeting", "harbour light"], "2025-07-24", "day", None,
      None, ["Harbour Light Holdings Ltd"], "upcoming",
      "Dividend payable on Aug 15 after annual general meeting on July 24, books close July 18 to July 24."),
]),

S("h17b-20", "2025-12-01", "Lithuanian parliament to vote on 2026 budget", """
VILNIUS, Dec 1 - Lithuania's parliament will vote on the 2026 budget on Thursday, with the ruling coalition confident it has enough support to pass a record increase in defence spending.

The budget foresees defence spending of 5.4 percent of gross domestic product, financed partly by higher taxes on banks and a new levy on sugary drinks.

Opposition lawmakers said they would vote against the plan. President Gitanas Nauseda has said he will sign the budget if it passes.
"""),

S("h17b-21", "2026-01-08", "Egypt to host Sudan talks next week", """
CAIRO, Jan 8 - Egypt will host talks next week between Sudan's army and the paramilitary Rapid Support Forces on a humanitarian truce, the Egyptian foreign ministry said on Thursday.

Foreign Minister Badr Abdelatty said both sides had accepted the invitation.

The talks in Cairo will also be attended by envoys of the United States and Saudi Arabia, which mediated earlier rounds in Jeddah, a ministry statement said.

The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.
""", [
    M("Sudan army-RSF truce talks hosted by Egypt", ["sudan", "rapid support forces", "talks in cairo"], "2026-01-12", "week", None,
      "Cairo", ["Egypt", "Sudan's army", "Rapid Support Forces", "United States", "Saudi Arabia"], "upcoming",
      "CAIRO, Jan 8 - Egypt will host talks next week between Sudan's army and the paramilitary Rapid Support Forces on a humanitarian truce, the Egyptian foreign ministry said on Thursday."),
]),

S("h17b-22", "2024-03-27", "ECB's Schnabel sees case for cutting rates", """
FRANKFURT, March 27 - European Central Bank board member Isabel Schnabel said on Wednesday that the case for lowering interest rates was growing as inflation fell faster than expected.

"Incoming data have increased my confidence," she said in a speech in Frankfurt.

At its last meeting on March 7, the Governing Council kept the deposit rate at a record 4 percent but cut its inflation forecasts.

The ECB's Governing Council next meets on April 11, and most economists polled by Reuters expect the first cut to come in June.
""", [
    M("ECB Governing Council meeting (April)", ["governing council", "next meets"], "2024-04-11", "day", None,
      "Frankfurt", ["ECB's Governing Council"], "upcoming",
      "The ECB's Governing Council next meets on April 11, and most economists polled by Reuters expect the first cut to come in June."),
    M("ECB Governing Council meeting (March)", ["last meeting"], "2024-03-07", "day", None,
      "Frankfurt", ["Governing Council"], "past",
      "At its last meeting on March 7, the Governing Council kept the deposit rate at a record 4 percent but cut its inflation forecasts."),
]),

S("h17b-23", "2025-02-24", "Indonesia opens tender for nickel smelter power plants", """
JAKARTA, Feb 24 - Indonesia's energy ministry opened a tender on Monday for the construction of four gas-fired power plants to supply nickel smelters on Sulawesi island.

The deadline for bids is April 15, and the winners will be announced in May, a ministry official said. Construction must be completed within three years of the contract being signed.

The government wants to cut the smelters' reliance on coal, which critics say undermines Indonesia's climate pledges.
"""),

S("h17b-24", "1999-11-22", "Manila, rebels agree to open formal peace talks", """
MANILA, Nov 22 - Philippine government negotiators met late yesterday with representatives of the Moro Islamic Liberation Front (MILF) in Cotabato City and agreed to open formal peace talks next month, officials said.

The formal talks will start on Dec. 3 at a venue still to be agreed, government panel chairman Orlando Mercado told reporters on Monday.

The MILF, the largest Muslim rebel group in the southern island of Mindanao, has been fighting for an independent Islamic state since 1978.
""", [
    M("Government-MILF preliminary meeting in Cotabato City", ["cotabato city", "moro islamic liberation front"], "1999-11-21", "day", None,
      "Cotabato City", ["Philippine government", "Moro Islamic Liberation Front"], "past",
      "MANILA, Nov 22 - Philippine government negotiators met late yesterday with representatives of the Moro Islamic Liberation Front (MILF) in Cotabato City and agreed to open formal peace talks next month, officials said."),
    M("Government-MILF formal peace talks", ["formal talks", "formal peace talks"], "1999-12-03", "day", None,
      None, ["Philippine government", "Moro Islamic Liberation Front", "Orlando Mercado"], "upcoming",
      "The formal talks will start on Dec. 3 at a venue still to be agreed, government panel chairman Orlando Mercado told reporters on Monday."),
]),

S("h17b-25", "2025-10-30", "Sundaram Textiles board to consider results on Nov 12", """
MUMBAI, Oct 30 - Sundaram Textiles Ltd said its board will meet on Nov. 12 to consider and approve unaudited results for the quarter ended Sept. 30 and to consider an interim dividend.

The record date for the interim dividend, if declared, will be Nov. 21, the company said in a stock exchange filing.

Shares of the company rose 2.3 percent to 412 rupees in Mumbai.
""", [
    M("Sundaram Textiles board meeting", ["board will meet", "sundaram textiles"], "2025-11-12", "day", None,
      None, ["Sundaram Textiles Ltd"], "upcoming",
      "MUMBAI, Oct 30 - Sundaram Textiles Ltd said its board will meet on Nov. 12 to consider and approve unaudited results for the quarter ended Sept. 30 and to consider an interim dividend."),
]),

S("h17b-26", "2024-11-18", "Cascade Outdoor to launch new trail shoe, report results Thursday", """
SEATTLE, Nov 18 - Cascade Outdoor Inc said on Monday it would launch a new line of trail running shoes in March and report third-quarter results after the market closes on Thursday.

The company will hold a conference call with analysts at 5 p.m. ET on Thursday to discuss the results. Analysts expect earnings of 34 cents a share.

Cascade shares have fallen 18 percent this year on weak demand for outdoor gear.
"""),

S("h17b-27", "2025-06-03", "Macron to pay state visit to China next month", """
BEIJING, June 3 - French President Emmanuel Macron will pay a state visit to China next month, during which he will hold talks with President Xi Jinping on trade and the war in Ukraine, China's foreign ministry said on Tuesday.

Foreign Minister Wang Yi will discuss preparations for the visit with his French counterpart Jean-Noel Barrot in Paris on Friday, ministry spokeswoman Mao Ning told a regular news briefing.

Relations have been strained by European Union tariffs on Chinese electric vehicles and Chinese duties on French brandy.
""", [
    M("Macron state visit to China, talks with Xi", ["state visit", "macron"], "2025-07", "month", None,
      "China", ["Emmanuel Macron", "Xi Jinping"], "upcoming",
      "BEIJING, June 3 - French President Emmanuel Macron will pay a state visit to China next month, during which he will hold talks with President Xi Jinping on trade and the war in Ukraine, China's foreign ministry said on Tuesday."),
    M("Wang Yi-Barrot talks in Paris", ["barrot", "preparations"], "2025-06-06", "day", None,
      "Paris", ["Wang Yi", "Jean-Noel Barrot"], "upcoming",
      "Foreign Minister Wang Yi will discuss preparations for the visit with his French counterpart Jean-Noel Barrot in Paris on Friday, ministry spokeswoman Mao Ning told a regular news briefing."),
]),

S("h17b-28", "2025-02-24", "Polish farmers, ministry to resume negotiation on Wednesday", """
WARSAW, Feb 24 - Polish farmers' leaders and Agriculture Minister Czeslaw Siekierski will resume their negotiation on Wednesday over grain imports from Ukraine, the ministry said, after protests blocked roads across the country on Monday.

The next negotiation will focus on compensation for grain producers, said Tomasz Obszanski, head of the Solidarnosc farmers' union.

Farmers have blocked border crossings intermittently since last year.
""", [
    M("Polish farmers-agriculture ministry negotiation", ["negotiation", "siekierski"], "2025-02-26", "day", None,
      "Warsaw", ["Czeslaw Siekierski", "Tomasz Obszanski", "Solidarnosc farmers' union"], "upcoming",
      "WARSAW, Feb 24 - Polish farmers' leaders and Agriculture Minister Czeslaw Siekierski will resume their negotiation on Wednesday over grain imports from Ukraine, the ministry said, after protests blocked roads across the country on Monday."),
]),

S("h17b-29", "2026-01-08", "German coalition leaders meet to end pension row", """
BERLIN, Jan 8 (dpa) - Germany's coalition committee is meeting this morning at the Chancellery to settle a dispute over pension reform that has shaken the government, a spokesman said.

Chancellor Friedrich Merz, Social Democrat leader Lars Klingbeil and Bavarian premier Markus Soeder, who heads the Christian Social Union, are taking part, along with the parliamentary group leaders.

Young lawmakers in Merz's conservative bloc have threatened to vote against the pension bill.
""", [
    M("German coalition committee meeting on pensions", ["coalition committee"], "2026-01-08", "day", None,
      "Chancellery, Berlin", ["Friedrich Merz", "Lars Klingbeil", "Markus Soeder", "Christian Social Union"], "ongoing",
      "BERLIN, Jan 8 (dpa) - Germany's coalition committee is meeting this morning at the Chancellery to settle a dispute over pension reform that has shaken the government, a spokesman said."),
]),

S("h17b-30", "2024-03-27", "UK-India trade deal talks to continue after election", """
LONDON, March 27 - Britain and India will continue their free trade agreement negotiations, launched in January 2022, after India's general election, British officials said on Wednesday.

The 14th round of talks ended in New Delhi last week with progress on goods and services but no agreement on investment protection, a Department for Business and Trade spokesperson said.

Both sides had aimed to conclude a deal by Diwali 2022.
""", [
    M("UK-India free trade agreement negotiations", ["free trade agreement negotiations"], "2022-01", "month", None,
      None, ["Britain", "India"], "ongoing",
      "LONDON, March 27 - Britain and India will continue their free trade agreement negotiations, launched in January 2022, after India's general election, British officials said on Wednesday."),
    M("UK-India 14th round of trade talks", ["14th round"], "2024-03-18", "week", None,
      "New Delhi", ["Britain", "India"], "past",
      "The 14th round of talks ended in New Delhi last week with progress on goods and services but no agreement on investment protection, a Department for Business and Trade spokesperson said."),
]),

S("h17b-31", "2025-05-28", "Baltic Rail names new chief executive", """
RIGA, May 28 - Baltic Rail AS said on Wednesday it had appointed Kristine Ozola, currently its chief financial officer, as chief executive with effect from Sept. 1.

Ozola succeeds Andris Berzins, who is retiring after eight years in the post. The company is building a new freight terminal near Riga due to open in 2027.

The supervisory board said it had chosen Ozola after a search that began last autumn.
"""),

S("h17b-32", "2024-11-18", "G20 leaders open Rio summit", """
RIO DE JANEIRO, Nov 18 - Leaders of the Group of 20 major economies opened a two-day summit in Rio de Janeiro on Monday with a call from host President Luiz Inacio Lula da Silva for a global alliance against hunger.

U.S. President Joe Biden, attending his last G20 summit, met Chinese President Xi Jinping on Saturday in Lima, Peru, where both had attended the Asia-Pacific Economic Cooperation summit.

The leaders are expected to issue a joint declaration on Tuesday, diplomats said, although differences remain over wording on Ukraine.
""", [
    M("G20 leaders summit in Rio", ["group of 20", "summit"], "2024-11-18", "day", "2024-11-19",
      "Rio de Janeiro", ["Group of 20", "Luiz Inacio Lula da Silva", "Joe Biden"], "ongoing",
      "RIO DE JANEIRO, Nov 18 - Leaders of the Group of 20 major economies opened a two-day summit in Rio de Janeiro on Monday with a call from host President Luiz Inacio Lula da Silva for a global alliance against hunger."),
    M("Biden-Xi meeting in Lima", ["xi jinping", "lima"], "2024-11-16", "day", None,
      "Lima, Peru", ["Joe Biden", "Xi Jinping"], "past",
      "U.S. President Joe Biden, attending his last G20 summit, met Chinese President Xi Jinping on Saturday in Lima, Peru, where both had attended the Asia-Pacific Economic Cooperation summit."),
    M("APEC summit in Lima", ["asia-pacific economic cooperation"], "2024-11-16", "day", None,
      "Lima, Peru", ["Asia-Pacific Economic Cooperation", "Joe Biden", "Xi Jinping"], "past",
      "U.S. President Joe Biden, attending his last G20 summit, met Chinese President Xi Jinping on Saturday in Lima, Peru, where both had attended the Asia-Pacific Economic Cooperation summit.", optional=True),
]),

S("h17b-33", "2025-06-03", "Senate panel to hold hearing on Fed nominee", """
WASHINGTON, June 3 - The Senate Banking Committee will hold a hearing on Thursday on the nomination of economist Laura Chen to the Federal Reserve Board of Governors, the committee's chairman, Senator Tim Scott, said on Tuesday.

Chen, a former Treasury official, would fill the seat left vacant by the departure of Governor Adriana Kugler.

Democrats on the committee have raised questions about her views on the Fed's independence.
""", [
    M("Senate Banking Committee hearing on Laura Chen's nomination", ["senate banking committee", "hearing"], "2025-06-05", "day", None,
      "Washington", ["Senate Banking Committee", "Laura Chen", "Tim Scott"], "upcoming",
      "WASHINGTON, June 3 - The Senate Banking Committee will hold a hearing on Thursday on the nomination of economist Laura Chen to the Federal Reserve Board of Governors, the committee's chairman, Senator Tim Scott, said on Tuesday."),
]),

S("h17b-34", "2026-04-21", "Former Delta Bank chief sentenced; shareholders sue", """
ATHENS, April 21 - An Athens court sentenced the former chief executive of Delta Bank, Nikos Pappas, to seven years in prison on Tuesday for breach of trust over loans granted to companies linked to the bank's main shareholder.

A group of minority shareholders, who rejected the bank's accounts at last year's annual meeting, said they would sue the former board for damages.

Delta Bank, rescued by the state in 2023, said it would cooperate with the authorities.
"""),

S("h17b-35", "2026-02-10", "Unite to ballot lorry drivers after talks fail", """
LONDON, Feb 10 - Britain's Unite union said on Tuesday it would ballot 8,000 lorry drivers for strike action after Monday's meeting with the Road Haulage Association ended without agreement on pay.

Talks will resume on Thursday at the offices of the conciliation service Acas in London, the union said, but general secretary Sharon Graham said the employers' offer of 3 percent was "an insult".

The ballot will close on March 6.
""", [
    M("Unite-Road Haulage Association pay meeting (Monday)", ["monday's meeting", "road haulage association"], "2026-02-09", "day", None,
      None, ["Unite", "Road Haulage Association"], "past",
      "LONDON, Feb 10 - Britain's Unite union said on Tuesday it would ballot 8,000 lorry drivers for strike action after Monday's meeting with the Road Haulage Association ended without agreement on pay."),
    M("Unite-RHA talks at Acas", ["acas", "talks will resume"], "2026-02-12", "day", None,
      "Acas offices, London", ["Unite", "Road Haulage Association"], "upcoming",
      "Talks will resume on Thursday at the offices of the conciliation service Acas in London, the union said, but general secretary Sharon Graham said the employers' offer of 3 percent was \"an insult\"."),
]),

S("h17b-36", "2025-01-16", "Davos forum opens under cloud of trade fears", """
DAVOS, Switzerland, Jan 16 - Business leaders heading to the Swiss Alps for the World Economic Forum's annual gathering fear a wave of new tariffs, a survey by consultancy PwC showed on Thursday.

The forum has become a barometer of corporate sentiment. At the 2019 meeting, chief executives were similarly gloomy about trade.

Some 58 percent of the chief executives surveyed expect global growth to slow over the next 12 months.
""", [
    M("World Economic Forum annual gathering in Davos", ["world economic forum", "annual gathering"], "2025-01", "month", None,
      "Davos", ["World Economic Forum"], "upcoming",
      "DAVOS, Switzerland, Jan 16 - Business leaders heading to the Swiss Alps for the World Economic Forum's annual gathering fear a wave of new tariffs, a survey by consultancy PwC showed on Thursday.", optional=True),
]),

S("h17b-37", "2026-03-04", "Mediators to meet in Doha to review Gaza truce", """
DOHA, March 4 - Mediators from Qatar, Egypt and the United States will meet in Doha on Saturday to review the ceasefire in Gaza, which took effect last Friday, Qatar's foreign ministry spokesman Majed al-Ansari said on Wednesday.

The mediators have met four times since June to try to end the war.

Israel and Hamas have accused each other of violating the truce, which has largely held since it began.
""", [
    M("Qatar-Egypt-U.S. mediators meeting on Gaza truce", ["mediators", "doha"], "2026-03-07", "day", None,
      "Doha", ["Qatar", "Egypt", "United States"], "upcoming",
      "DOHA, March 4 - Mediators from Qatar, Egypt and the United States will meet in Doha on Saturday to review the ceasefire in Gaza, which took effect last Friday, Qatar's foreign ministry spokesman Majed al-Ansari said on Wednesday."),
]),

S("h17b-38", "2025-12-17", "EU lawmakers approve defence fund in Strasbourg", """
STRASBOURG, Dec 17 - The European Parliament approved a 1.5 billion euro defence industry programme on Wednesday, during a plenary session that runs until Thursday.

Lawmakers have so far this week also backed new rules on packaging waste and a trade deal with Mercosur countries remains on the agenda for Thursday.

Parliament President Roberta Metsola said the vote sent "a strong signal" to Ukraine.
""", [
    M("European Parliament plenary session", ["plenary session", "european parliament"], "2025-12-15", "week", "2025-12-18",
      "Strasbourg", ["European Parliament"], "ongoing",
      "STRASBOURG, Dec 17 - The European Parliament approved a 1.5 billion euro defence industry programme on Wednesday, during a plenary session that runs until Thursday."),
]),

S("h17b-39", "2024-09-05", "Britain, Ireland to hold talks with Northern Ireland parties", """
BELFAST, Sept 5 - British and Irish negotiators will meet the leaders of Northern Ireland's main parties in Belfast on Monday to discuss funding for public services, the Northern Ireland Office said on Thursday.

Sinn Fein and the Democratic Unionist Party have both confirmed they will attend.

Northern Ireland Secretary Hilary Benn met DUP leader Gavin Robinson at Stormont on Wednesday, a spokesman said.
""", [
    M("British-Irish talks with Northern Ireland parties", ["british and irish negotiators", "northern ireland's main parties"], "2024-09-09", "day", None,
      "Belfast", ["British negotiators", "Irish negotiators", "Sinn Fein", "Democratic Unionist Party"], "upcoming",
      "BELFAST, Sept 5 - British and Irish negotiators will meet the leaders of Northern Ireland's main parties in Belfast on Monday to discuss funding for public services, the Northern Ireland Office said on Thursday."),
    M("Benn-Robinson meeting at Stormont", ["stormont", "gavin robinson"], "2024-09-04", "day", None,
      "Stormont", ["Hilary Benn", "Gavin Robinson"], "past",
      "Northern Ireland Secretary Hilary Benn met DUP leader Gavin Robinson at Stormont on Wednesday, a spokesman said."),
]),

S("h17b-40", "2025-09-25", "G7 officials to meet on Russian assets", """
PARIS, Sept 25 - Officials from the Group of Seven (G7) finance ministries will meet in Paris on Friday to discuss using frozen Russian assets to fund Ukraine, a French finance ministry source said.

G7 finance ministers last met in Banff, Canada, in May, when they pledged to keep up pressure on Moscow.

The European Commission has proposed a "reparations loan" backed by the assets.
""", [
    M("G7 finance officials meeting on Russian assets", ["group of seven", "officials"], "2025-09-26", "day", None,
      "Paris", ["Group of Seven"], "upcoming",
      "PARIS, Sept 25 - Officials from the Group of Seven (G7) finance ministries will meet in Paris on Friday to discuss using frozen Russian assets to fund Ukraine, a French finance ministry source said."),
    M("G7 finance ministers meeting in Banff", ["banff", "g7 finance ministers"], "2025-05", "month", None,
      "Banff, Canada", ["G7"], "past",
      "G7 finance ministers last met in Banff, Canada, in May, when they pledged to keep up pressure on Moscow."),
]),

S("h17b-41", "2025-09-05", "Pacific leaders to meet in Honiara amid China security row", """
SUVA, Sept 5 - The Pacific Islands Forum Leaders Meeting opens in Honiara on Monday, with climate finance and a regional policing initiative at the top of the agenda, the forum secretariat said on Friday.

Solomon Islands Prime Minister Jeremiah Manele, the host, has said China, the United States and other partners will not be invited to the leaders' talks this year.

Forum Secretary General Baron Waqa said the decision was for the host to make.
""", [
    M("Pacific Islands Forum Leaders Meeting", ["pacific islands forum", "leaders meeting"], "2025-09-08", "day", None,
      "Honiara", ["Pacific Islands Forum", "Jeremiah Manele"], "upcoming",
      "SUVA, Sept 5 - The Pacific Islands Forum Leaders Meeting opens in Honiara on Monday, with climate finance and a regional policing initiative at the top of the agenda, the forum secretariat said on Friday."),
]),

S("h17b-42", "2024-05-07", "Serbia, Kosovo talks stall", """
PRISTINA, May 7 - European Union-mediated talks between Serbia and Kosovo have been held in recent months with little progress, and no date has been set for the next round, Kosovo's deputy prime minister said on Tuesday.

Kosovo wants Belgrade to recognise its independence; Serbia says it never will.

The EU has warned both sides that their path to membership depends on normalising relations.
"""),

S("h17b-43", "2026-01-08", "Indonesia, Freeport to meet again on export permit", """
JAKARTA, Jan 8 - Indonesian Energy Minister Bahlil Lahadalia met Freeport-McMoRan executives at the energy ministry on Dec. 29 to discuss extending the company's copper concentrate export permit, a ministry official said on Thursday.

The two sides will meet again in February at the company's headquarters in Phoenix, Arizona, the official said.

Freeport's Indonesian unit is rebuilding a smelter damaged by fire in 2024.
""", [
    M("Bahlil-Freeport meeting at the energy ministry", ["freeport-mcmoran", "energy ministry"], "2025-12-29", "day", None,
      "energy ministry, Jakarta", ["Bahlil Lahadalia", "Freeport-McMoRan"], "past",
      "JAKARTA, Jan 8 - Indonesian Energy Minister Bahlil Lahadalia met Freeport-McMoRan executives at the energy ministry on Dec. 29 to discuss extending the company's copper concentrate export permit, a ministry official said on Thursday."),
    M("Indonesia-Freeport meeting in Phoenix", ["phoenix", "meet again"], "2026-02", "month", None,
      "Phoenix, Arizona", ["Bahlil Lahadalia", "Freeport-McMoRan"], "upcoming",
      "The two sides will meet again in February at the company's headquarters in Phoenix, Arizona, the official said."),
]),

S("h17b-44", "2025-08-19", "Africa-Caribbean summit in Addis postponed indefinitely", """
ADDIS ABABA, Aug 19 - A summit of African and Caribbean leaders planned for early September in Addis Ababa has been postponed indefinitely, the African Union Commission said on Tuesday, citing scheduling conflicts.

A meeting of AU and Caribbean Community trade ministers that was due to take place next week has also been cancelled.

The commission gave no new date for either gathering.
"""),

S("h17b-45", "2025-05-28", "OPEC+ panel makes no recommendation; eight to decide July output on Saturday", """
LONDON, May 28 - A ministerial panel of OPEC+ made no recommendation on output policy when it met earlier on Wednesday, delegates said.

Eight OPEC+ countries, led by Saudi Arabia and Russia, will decide July production levels at an online meeting on Saturday, and are widely expected to agree another large increase.

The wider OPEC+ group has asked its secretariat to develop a mechanism to assess members' maximum production capacity.
""", [
    M("OPEC+ ministerial panel meeting", ["ministerial panel"], "2025-05-28", "day", None,
      None, ["OPEC+"], "past",
      "LONDON, May 28 - A ministerial panel of OPEC+ made no recommendation on output policy when it met earlier on Wednesday, delegates said."),
    M("Eight OPEC+ countries online meeting on July output", ["eight opec+ countries", "online meeting"], "2025-05-31", "day", None,
      None, ["OPEC+", "Saudi Arabia", "Russia"], "upcoming",
      "Eight OPEC+ countries, led by Saudi Arabia and Russia, will decide July production levels at an online meeting on Saturday, and are widely expected to agree another large increase."),
]),

S("h17b-46", "2025-07-14", "U.S. trade delegation in Hanoi for tariff talks", """
HANOI, July 14 - A U.S. trade delegation led by Assistant Trade Representative Sarah Whitfield arrived in Hanoi on Monday for two days of talks with Vietnamese officials on the details of a tariff agreement announced this month.

Vietnam's trade ministry said Minister Nguyen Hong Dien would lead the Vietnamese side.

Vietnam is one of the largest exporters of electronics and footwear to the United States.
""", [
    M("U.S.-Vietnam tariff talks in Hanoi", ["u.s. trade delegation", "two days of talks"], "2025-07-14", "day", "2025-07-15",
      "Hanoi", ["U.S. trade delegation", "Sarah Whitfield", "Vietnamese officials", "Nguyen Hong Dien"], "ongoing",
      "HANOI, July 14 - A U.S. trade delegation led by Assistant Trade Representative Sarah Whitfield arrived in Hanoi on Monday for two days of talks with Vietnamese officials on the details of a tariff agreement announced this month."),
]),

S("h17b-47", "2025-10-30", "Lula meets Congress leaders on budget; Haddad to brief parties", """
BRASILIA, Oct 30 - Brazilian President Luiz Inacio Lula da Silva met the speakers of both houses of Congress, Hugo Motta and Davi Alcolumbre, last night to discuss the 2026 budget and an income tax exemption, his office said.

Finance Minister Fernando Haddad will meet leaders of the governing coalition parties on Tuesday to present the plan, an aide said.

Congress must approve the budget by the end of the year.
""", [
    M("Lula meeting with Congress speakers", ["hugo motta", "davi alcolumbre"], "2025-10-29", "day", None,
      "Brasilia", ["Luiz Inacio Lula da Silva", "Hugo Motta", "Davi Alcolumbre"], "past",
      "BRASILIA, Oct 30 - Brazilian President Luiz Inacio Lula da Silva met the speakers of both houses of Congress, Hugo Motta and Davi Alcolumbre, last night to discuss the 2026 budget and an income tax exemption, his office said."),
    M("Haddad meeting with coalition party leaders", ["haddad", "governing coalition parties"], "2025-11-04", "day", None,
      "Brasilia", ["Fernando Haddad"], "upcoming",
      "Finance Minister Fernando Haddad will meet leaders of the governing coalition parties on Tuesday to present the plan, an aide said."),
]),

S("h17b-48", "2025-12-17", "Chile's central bank holds rate, sees cuts next year", """
SANTIAGO, Dec 17 - Chile's central bank kept its benchmark interest rate at 4.75 percent on Tuesday, as expected, and said it saw room for cuts next year as inflation eases.

The board's decision was unanimous, the bank said in a statement. Its next monetary policy meeting is scheduled for Jan. 27.

The peso firmed 0.3 percent against the dollar after the announcement.
""", [
    M("Chile central bank monetary policy meeting (January)", ["next monetary policy meeting"], "2026-01-27", "day", None,
      "Santiago", ["Chile's central bank"], "upcoming",
      "Its next monetary policy meeting is scheduled for Jan. 27."),
    M("Chile central bank board rate decision (December)", ["board's decision", "benchmark interest rate"], "2025-12-16", "day", None,
      "Santiago", ["Chile's central bank"], "past",
      "SANTIAGO, Dec 17 - Chile's central bank kept its benchmark interest rate at 4.75 percent on Tuesday, as expected, and said it saw room for cuts next year as inflation eases.", optional=True),
]),

S("h17b-49", "2025-02-24", "Kenyan teachers' union, employer agree to talks", """
NAIROBI, Feb 24 - The Kenya National Union of Teachers (KNUT) suspended a planned strike on Monday after the Teachers Service Commission agreed to open talks on a new pay deal.

The two sides will hold their first session on March 3, KNUT Secretary General Collins Oyuu said. The talks are expected to last two weeks.

The union had given the commission until Monday to present an offer.
""", [
    M("KNUT-Teachers Service Commission pay talks", ["teachers service commission", "first session"], "2025-03-03", "day", None,
      "Nairobi", ["Kenya National Union of Teachers", "Teachers Service Commission", "Collins Oyuu"], "upcoming",
      "The two sides will hold their first session on March 3, KNUT Secretary General Collins Oyuu said."),
]),

S("h17b-50", "2024-03-27", "Bangkok Dusit Hospitals AGM told of expansion", """
BANGKOK, March 27 - Bangkok Dusit Hospitals Pcl plans to open four new hospitals in Thailand by 2026, Chief Executive Prasert Chaiyasit told the annual shareholders' meeting.

Shareholders approved a final dividend of 0.45 baht per share, payable on May 2.

The company expects revenue to grow 8 to 10 percent this year, driven by foreign patients from the Middle East and China.
""", [
    M("Bangkok Dusit Hospitals annual shareholders' meeting", ["annual shareholders' meeting"], "2024-03-27", "day", None,
      None, ["Bangkok Dusit Hospitals Pcl", "Prasert Chaiyasit"], "past",
      "BANGKOK, March 27 - Bangkok Dusit Hospitals Pcl plans to open four new hospitals in Thailand by 2026, Chief Executive Prasert Chaiyasit told the annual shareholders' meeting.", optional=True),
]),

S("h17b-51", "2026-04-21", "Indian, Omani ministers to hold trade talks in Muscat", """
NEW DELHI, April 21 - India's Commerce and Industry Minister Piyush Goyal will travel to Muscat on May 5 for two days of talks with Oman's Minister of Commerce, Qais bin Mohammed Al Yousef, on implementing their trade pact, the commerce ministry said on Tuesday.

The two ministers last met in New Delhi in January, when they agreed to set up a joint working group on the pact.

India's exports to Oman rose 14 percent last year.
""", [
    M("Goyal-Al Yousef trade talks in Muscat", ["muscat", "two days of talks"], "2026-05-05", "day", "2026-05-06",
      "Muscat", ["Piyush Goyal", "Qais bin Mohammed Al Yousef"], "upcoming",
      "NEW DELHI, April 21 - India's Commerce and Industry Minister Piyush Goyal will travel to Muscat on May 5 for two days of talks with Oman's Minister of Commerce, Qais bin Mohammed Al Yousef, on implementing their trade pact, the commerce ministry said on Tuesday."),
    M("Goyal-Al Yousef meeting in New Delhi (January)", ["last met", "new delhi"], "2026-01", "month", None,
      "New Delhi", ["Piyush Goyal", "Qais bin Mohammed Al Yousef"], "past",
      "The two ministers last met in New Delhi in January, when they agreed to set up a joint working group on the pact."),
]),
]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout17b.jsonl")
    write(STORIES, out)
    report(STORIES)
