#!/usr/bin/env python3
"""Build /work/fresh40b/fresh40b.jsonl: 14 invented documents exercising
attendance lists (minutes headers, agendas, notices, diaries) and near-misses.

Every resolved date is computed with datetime from the published day.
Convention for officers: named officers recorded as attending a meeting
("IN ATTENDANCE", "Staff present", "Also attending") ARE participants;
apologies / absent / cancelled / mentioned-only persons are NOT.
"""
import datetime as dt
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh40b.jsonl")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def D(s):
    return dt.date.fromisoformat(s)


def wd(pub, name, tense):
    """Bare weekday: past -> most recent on/before pub; future -> next on/after pub."""
    p = D(pub)
    target = WEEKDAYS.index(name.lower())
    if tense == "past":
        delta = (p.weekday() - target) % 7
        return (p - dt.timedelta(days=delta)).isoformat()
    delta = (target - p.weekday()) % 7
    return (p + dt.timedelta(days=delta)).isoformat()


def rel(pub, days):
    return (D(pub) + dt.timedelta(days=days)).isoformat()


def md(pub, month, day, tense, year=None, weekday=None):
    """Month-day: the year nearest pub in the direction of the tense.
    If the text states a year / weekday, assert that they agree."""
    p = D(pub)
    cands = [dt.date(y, month, day) for y in (p.year - 1, p.year, p.year + 1)]
    if tense == "past":
        d = max(c for c in cands if c <= p)
    else:
        d = min(c for c in cands if c >= p)
    if year is not None:
        assert d.year == year, (pub, month, day, tense, year, d)
    if weekday is not None:
        assert WEEKDAYS[d.weekday()] == weekday.lower(), (d, weekday)
    return d.isoformat()


def week(pub, offset):
    """Monday of the week `offset` weeks from the week containing pub."""
    p = D(pub)
    monday = p - dt.timedelta(days=p.weekday())
    return (monday + dt.timedelta(weeks=offset)).isoformat()


def month(pub, offset=0, month_num=None, tense=None):
    """'YYYY-MM': either pub's month shifted by offset, or a named month
    resolved in the direction of the tense."""
    p = D(pub)
    if month_num is None:
        y, m = p.year, p.month + offset
        while m > 12:
            y, m = y + 1, m - 12
        while m < 1:
            y, m = y - 1, m + 12
        return "%04d-%02d" % (y, m)
    if tense == "past":
        y = p.year if month_num <= p.month else p.year - 1
    else:
        y = p.year if month_num >= p.month else p.year + 1
    return "%04d-%02d" % (y, month_num)


def M(title, keys, date, precision, place, participants, status, evidence,
      end_date=None, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision,
         "end_date": end_date, "place": place, "participants": participants,
         "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


DOCS = []


def doc(id_, published, title, text, meetings):
    DOCS.append({"id": id_, "published": published, "title": title,
                 "text": text.strip("\n"), "meetings": meetings})


# ---------------------------------------------------------------- f40b-01
P = "1978-03-17"
T = """ASHCOMBE PARISH COUNCIL

Minutes of the meeting of Ashcombe Parish Council held on Tuesday 14 March 1978 at 7.30 pm in the Village Hall, Church Lane.

PRESENT: Cllr Roger Penhallow (Chairman), Cllr Mary Dyer, Cllr John Trelawny, Cllr Susan Oates.
IN ATTENDANCE: Mrs Pauline Hocking (Clerk).
APOLOGIES: Cllr Derek Vosper.

1. Minutes. The minutes of the Council meeting held on 14 February 1978 were approved and signed by the Chairman.

2. Playing field. The Chairman reported that he and Cllr Dyer had met officers of Carrow District Council on 2 March to discuss renewal of the playing field lease. The District Council has offered a further lease of seven years at a modest increase in rent.

3. Footpaths. A letter from Mr Arthur Rowse concerning the broken stile on Footpath 7 was noted. Cllr Vosper had asked that the matter be deferred until he could attend.

4. Highways. The Clerk reported that Mr Len Jago of the County Surveyor's department would meet the Chairman and Cllr Trelawny on site on Monday 20 March to inspect flooding at Mill Lane. Cllr Oates asked that residents of Mill Lane be told of the visit.

5. Date of next meeting. The next meeting of the Council will be held on Tuesday 11 April 1978 at 7.30 pm in the Village Hall.

The meeting closed at 9.10 pm.
"""
doc("f40b-01", P, "Ashcombe Parish Council minutes, 14 March 1978", T, [
    M("Ashcombe Parish Council meeting", ["ashcombe parish council"],
      md(P, 3, 14, "past", 1978, "Tuesday"), "day", "Village Hall, Church Lane",
      ["Ashcombe Parish Council", "Roger Penhallow", "Mary Dyer", "John Trelawny",
       "Susan Oates", "Pauline Hocking"], "past",
      "Minutes of the meeting of Ashcombe Parish Council held on Tuesday 14 March 1978 at 7.30 pm in the Village Hall, Church Lane."),
    M("Previous Ashcombe Parish Council meeting", ["14 february 1978"],
      md(P, 2, 14, "past", 1978), "day", None, ["Ashcombe Parish Council"], "past",
      "The minutes of the Council meeting held on 14 February 1978 were approved and signed by the Chairman."),
    M("Parish council meeting with Carrow District Council officers on playing field lease",
      ["carrow district council", "playing field lease"],
      md(P, 3, 2, "past"), "day", None,
      ["Roger Penhallow", "Mary Dyer", "Carrow District Council"], "past",
      "The Chairman reported that he and Cllr Dyer had met officers of Carrow District Council on 2 March to discuss renewal of the playing field lease."),
    M("Site meeting with County Surveyor's department on Mill Lane flooding",
      ["len jago", "mill lane", "county surveyor"],
      md(P, 3, 20, "future", weekday="Monday"), "day", "Mill Lane",
      ["Len Jago", "Roger Penhallow", "John Trelawny"], "upcoming",
      "The Clerk reported that Mr Len Jago of the County Surveyor's department would meet the Chairman and Cllr Trelawny on site on Monday 20 March to inspect flooding at Mill Lane."),
    M("Next Ashcombe Parish Council meeting", ["next meeting"],
      md(P, 4, 11, "future", 1978, "Tuesday"), "day", "Village Hall",
      ["Ashcombe Parish Council"], "upcoming",
      "The next meeting of the Council will be held on Tuesday 11 April 1978 at 7.30 pm in the Village Hall."),
])

# ---------------------------------------------------------------- f40b-02
P = "1994-06-08"
T = """CITY OF MILLBROOK

Minutes of the Regular Meeting of the Millbrook City Council held Monday, June 6, 1994, at 7:00 p.m. in the Council Chambers, City Hall, 210 Oak Street.

CALL TO ORDER: Mayor Castellano called the meeting to order at 7:02 p.m.

ROLL CALL
Present: Mayor Linda Castellano; Council Members Robert Ames, Denise Holloway, Frank Ybarra, Gerald Whitcomb.
Absent: Council Member Teresa Quon (excused).
Staff present: City Manager Paul Deering, City Attorney Nancy Lutz, City Clerk Joan Merriwether.

MAYOR'S REPORT: Mayor Castellano reported that she met with Rivera County Supervisor Alan Brandt on May 31 to discuss the proposed water district boundary.

CORRESPONDENCE: A letter from Mr. Howard Pike, 1408 Sycamore Avenue, opposing the downtown parking fee increase was received and filed.

COUNCIL BUSINESS: Council Member Holloway moved to schedule a joint study session with the Planning Commission on Monday, June 13, 1994, at 6:00 p.m. in the Council Chambers; seconded by Council Member Ybarra. Motion carried 4-0.

City Manager Deering reported that staff will meet with representatives of Pacific Western Rail next week regarding the Elm Street crossing.

ADJOURNMENT: There being no further business, the meeting was adjourned at 9:41 p.m. to the next regular meeting on Monday, June 20, 1994.

Approved: Joan Merriwether, City Clerk
"""
doc("f40b-02", P, "Millbrook City Council minutes, June 6, 1994", T, [
    M("Millbrook City Council regular meeting", ["millbrook city council", "regular meeting"],
      md(P, 6, 6, "past", 1994, "Monday"), "day", "Council Chambers, City Hall, 210 Oak Street",
      ["Millbrook City Council", "Linda Castellano", "Robert Ames", "Denise Holloway",
       "Frank Ybarra", "Gerald Whitcomb", "Paul Deering", "Nancy Lutz", "Joan Merriwether"],
      "past",
      "Minutes of the Regular Meeting of the Millbrook City Council held Monday, June 6, 1994, at 7:00 p.m. in the Council Chambers, City Hall, 210 Oak Street."),
    M("Mayor Castellano meeting with County Supervisor Alan Brandt", ["alan brandt", "water district"],
      md(P, 5, 31, "past"), "day", None, ["Linda Castellano", "Alan Brandt"], "past",
      "MAYOR'S REPORT: Mayor Castellano reported that she met with Rivera County Supervisor Alan Brandt on May 31 to discuss the proposed water district boundary."),
    M("Joint study session of City Council and Planning Commission",
      ["joint study session", "planning commission"],
      md(P, 6, 13, "future", 1994, "Monday"), "day", "Council Chambers",
      ["Millbrook City Council", "Planning Commission"], "upcoming",
      "COUNCIL BUSINESS: Council Member Holloway moved to schedule a joint study session with the Planning Commission on Monday, June 13, 1994, at 6:00 p.m. in the Council Chambers; seconded by Council Member Ybarra."),
    M("City staff meeting with Pacific Western Rail on Elm Street crossing",
      ["pacific western rail", "elm street crossing"],
      week(P, 1), "week", None, ["Pacific Western Rail"], "upcoming",
      "City Manager Deering reported that staff will meet with representatives of Pacific Western Rail next week regarding the Elm Street crossing."),
    M("Next regular meeting of Millbrook City Council", ["next regular meeting"],
      md(P, 6, 20, "future", 1994, "Monday"), "day", None, ["Millbrook City Council"], "upcoming",
      "ADJOURNMENT: There being no further business, the meeting was adjourned at 9:41 p.m. to the next regular meeting on Monday, June 20, 1994."),
])

# ---------------------------------------------------------------- f40b-03
P = "2016-08-12"
T = """STANDING COMMITTEE ON REGIONAL WATER SECURITY
Inquiry into irrigation allocations in the Lower Mundarra basin

NOTICE OF PUBLIC HEARINGS

The Standing Committee on Regional Water Security will hold public hearings on Friday 19 August 2016 at Parliament House and on Thursday 1 September 2016 at the Kelso Ridge Town Hall.

Committee members: Andrea Kilpatrick MP (Chair), Thomas Rafferty MLC (Deputy Chair), Priya Raman MP, Graham Nuttall MLC, Joanne Seow MLC.

Witnesses, Friday 19 August 2016 (Parliament House, Committee Room 2):
10.00 am  Mundarra Irrigators' Association: Mr Peter Lindqvist, Chief Executive
11.15 am  Department of Water and Catchments: Ms Carol Adeyemi, Deputy Secretary

Ms Raman is an apology for the Kelso Ridge hearing; Mr Nuttall will attend that hearing by video link. The witness list for Kelso Ridge will be published next week.

The Committee held a private briefing with the Water Regulator, Dr Hamish Coyle, on Monday 8 August 2016. A transcript will not be published.

Submissions to the inquiry closed on 29 July 2016. Members of the public are welcome to attend both hearings; seating is limited.

Enquiries: Mr Owen Fairbairn, Committee Secretary.
"""
doc("f40b-03", P, "Notice of public hearings: Standing Committee on Regional Water Security", T, [
    M("Standing Committee on Regional Water Security public hearing at Parliament House",
      ["public hearings", "parliament house"],
      md(P, 8, 19, "future", 2016, "Friday"), "day", "Parliament House, Committee Room 2",
      ["Standing Committee on Regional Water Security", "Andrea Kilpatrick", "Thomas Rafferty",
       "Priya Raman", "Graham Nuttall", "Joanne Seow", "Mundarra Irrigators' Association",
       "Peter Lindqvist", "Department of Water and Catchments", "Carol Adeyemi"],
      "upcoming",
      "The Standing Committee on Regional Water Security will hold public hearings on Friday 19 August 2016 at Parliament House and on Thursday 1 September 2016 at the Kelso Ridge Town Hall."),
    M("Standing Committee on Regional Water Security public hearing at Kelso Ridge",
      ["kelso ridge", "public hearings"],
      md(P, 9, 1, "future", 2016, "Thursday"), "day", "Kelso Ridge Town Hall",
      ["Standing Committee on Regional Water Security", "Andrea Kilpatrick", "Thomas Rafferty",
       "Graham Nuttall", "Joanne Seow"],
      "upcoming",
      "The Standing Committee on Regional Water Security will hold public hearings on Friday 19 August 2016 at Parliament House and on Thursday 1 September 2016 at the Kelso Ridge Town Hall."),
    M("Committee private briefing with the Water Regulator", ["private briefing", "water regulator"],
      md(P, 8, 8, "past", 2016, "Monday"), "day", None,
      ["Standing Committee on Regional Water Security", "Hamish Coyle"], "past",
      "The Committee held a private briefing with the Water Regulator, Dr Hamish Coyle, on Monday 8 August 2016."),
])

# ---------------------------------------------------------------- f40b-04
P = "2009-11-20"
T = """PROACTIVE RELEASE
Diary of Hon Margaret Seddon, Minister of Local Government
Week beginning Monday 9 November 2009

Monday 9 November
9.00am  Officials meeting with the Local Government Policy Unit (Ms Rachel Hume, Manager)
11.30am  Meeting with the Mayor of Kaiwhero District, Mr Bill Tamatea, and Chief Executive Ms Sandra Lowe
Location: Minister's Office, Parliament Buildings
1.30pm  Media interview, Radio Kaiwhero

Tuesday 10 November
10.00am  Cabinet
3.00pm  Meeting with Regional Councils Forum president Mr Colin Archer
Also attending: Mr David Grant (Chief of Staff)

Wednesday 11 November
Travel to Port Ruakaka
2.00pm  Tour of Ruakaka wastewater treatment plant

Thursday 12 November
8.00am  Breakfast meeting with the Federated Ratepayers' Union (Mr Ian Burrell, Ms Teresa Kahu) CANCELLED
11.00am  Speech to the Rural Water Suppliers' conference, Port Ruakaka

Friday 13 November
Electorate day: no ministerial engagements

Notes: Meetings at which the Minister was represented by officials are not listed. Names of private individuals have been withheld under section 9(2)(a) of the Official Information Act. The diary records scheduled engagements and may not reflect changes made on the day.
"""
doc("f40b-04", P, "Minister of Local Government diary, week of 9 November 2009", T, [
    M("Minister Seddon officials meeting with Local Government Policy Unit",
      ["local government policy unit", "officials meeting"],
      md(P, 11, 9, "past", 2009, "Monday"), "day", None,
      ["Margaret Seddon", "Local Government Policy Unit", "Rachel Hume"], "past",
      "9.00am  Officials meeting with the Local Government Policy Unit (Ms Rachel Hume, Manager)"),
    M("Minister Seddon meeting with Mayor of Kaiwhero District", ["kaiwhero district", "bill tamatea"],
      md(P, 11, 9, "past", 2009, "Monday"), "day", "Minister's Office, Parliament Buildings",
      ["Margaret Seddon", "Bill Tamatea", "Sandra Lowe"], "past",
      "11.30am  Meeting with the Mayor of Kaiwhero District, Mr Bill Tamatea, and Chief Executive Ms Sandra Lowe"),
    M("Cabinet meeting", ["cabinet"],
      md(P, 11, 10, "past", 2009, "Tuesday"), "day", None, ["Cabinet", "Margaret Seddon"], "past",
      "10.00am  Cabinet"),
    M("Minister Seddon meeting with Regional Councils Forum president",
      ["regional councils forum", "colin archer"],
      md(P, 11, 10, "past", 2009, "Tuesday"), "day", None,
      ["Margaret Seddon", "Regional Councils Forum", "Colin Archer", "David Grant"], "past",
      "3.00pm  Meeting with Regional Councils Forum president Mr Colin Archer"),
])

# ---------------------------------------------------------------- f40b-05
P = "1985-04-26"
T = """HARCASTLE HOLDINGS PLC
NOTICE OF ANNUAL GENERAL MEETING

NOTICE IS HEREBY GIVEN that the Fifty-Second Annual General Meeting of Harcastle Holdings PLC will be held at the Merchant Adventurers' Rooms, 14 Fenwick Street, Leeds on Thursday 23 May 1985 at 11.00 a.m. for the following purposes:

1. To receive the report of the directors and the audited accounts for the year ended 31 December 1984.
2. To declare a final dividend of 4.2p per ordinary share.
3. To re-elect Mr James Whitmore, who retires by rotation and, being eligible, offers himself for re-election.
4. To re-elect Mrs Eleanor Barraclough, who retires by rotation and, being eligible, offers herself for re-election.
5. To reappoint Pollard Finch & Co as auditors and to authorise the directors to fix their remuneration.

The meeting will be chaired by Sir Geoffrey Allard, Chairman of the Company.

An Extraordinary General Meeting of the Company will be held at the same place on the same day at 11.45 a.m., or as soon thereafter as the Annual General Meeting has concluded, to approve the proposed acquisition of Denholm Textiles Limited.

The Board met on 18 April 1985 and unanimously recommends that shareholders vote in favour of all resolutions.

Shareholders of Denholm Textiles Limited will consider the offer at a separate meeting in Bradford on 24 May.

By Order of the Board
Keith Darnell
Secretary
26 April 1985

A member entitled to attend and vote may appoint a proxy to attend and, on a poll, vote instead of him. A proxy need not be a member of the Company.
"""
doc("f40b-05", P, "Harcastle Holdings PLC notice of annual general meeting", T, [
    M("Harcastle Holdings annual general meeting", ["harcastle holdings", "annual general meeting"],
      md(P, 5, 23, "future", 1985, "Thursday"), "day",
      "Merchant Adventurers' Rooms, 14 Fenwick Street, Leeds",
      ["Harcastle Holdings PLC", "Geoffrey Allard"], "upcoming",
      "NOTICE IS HEREBY GIVEN that the Fifty-Second Annual General Meeting of Harcastle Holdings PLC will be held at the Merchant Adventurers' Rooms, 14 Fenwick Street, Leeds on Thursday 23 May 1985 at 11.00 a.m. for the following purposes:"),
    M("Harcastle Holdings extraordinary general meeting", ["extraordinary general meeting"],
      md(P, 5, 23, "future", 1985, "Thursday"), "day",
      "Merchant Adventurers' Rooms, 14 Fenwick Street, Leeds",
      ["Harcastle Holdings PLC"], "upcoming",
      "An Extraordinary General Meeting of the Company will be held at the same place on the same day at 11.45 a.m., or as soon thereafter as the Annual General Meeting has concluded, to approve the proposed acquisition of Denholm Textiles Limited."),
    M("Harcastle Holdings board meeting", ["board met"],
      md(P, 4, 18, "past", 1985), "day", None, ["Harcastle Holdings PLC"], "past",
      "The Board met on 18 April 1985 and unanimously recommends that shareholders vote in favour of all resolutions."),
    M("Denholm Textiles shareholders meeting", ["denholm textiles", "separate meeting"],
      md(P, 5, 24, "future"), "day", "Bradford", ["Denholm Textiles Limited"], "upcoming",
      "Shareholders of Denholm Textiles Limited will consider the offer at a separate meeting in Bradford on 24 May."),
])

# ---------------------------------------------------------------- f40b-06
P = "2018-10-15"
T = """TOKYO, Oct 15 - Minister of Land, Infrastructure, Transport and Tourism Hiroshi Kanemoto met the mayor of Shirasagi City, Yumiko Oda, at the ministry on Friday to discuss rebuilding a rail line washed out by typhoon floods, the ministry said.

Oda asked for the national government to cover two-thirds of the estimated 14 billion yen cost, a ministry official said.

Preparations are complete for the summit of transport ministers from Japan and the Association of Southeast Asian Nations (ASEAN), which opens at the Harumi Convention Hall in Tokyo on Thursday with the theme 'Connected and Resilient'.

The two-day meeting will be co-chaired by Kanemoto and Thailand's Transport Minister Prasert Chaiyakul, officials said. Ministers are expected to adopt a plan on disaster-proofing ports and regional rail links.

Ahead of the summit, senior officials from Japan and the ASEAN member states will hold a preparatory meeting at the same venue on Wednesday.

Kanemoto also told reporters he would visit Manila next month for talks with Philippine Transport Secretary Arturo Delgado on a planned commuter railway financed partly by Japanese loans.

Shirasagi, a coastal city of 62,000 people, lost its only rail link in September. Bus services have replaced trains.
"""
doc("f40b-06", P, "Japan transport minister meets flood-hit mayor ahead of ASEAN summit", T, [
    M("Kanemoto-Oda meeting on flood-damaged rail line", ["yumiko oda", "shirasagi"],
      wd(P, "Friday", "past"), "day", "ministry, Tokyo",
      ["Hiroshi Kanemoto", "Yumiko Oda"], "past",
      "TOKYO, Oct 15 - Minister of Land, Infrastructure, Transport and Tourism Hiroshi Kanemoto met the mayor of Shirasagi City, Yumiko Oda, at the ministry on Friday to discuss rebuilding a rail line washed out by typhoon floods, the ministry said."),
    M("Japan-ASEAN transport ministers summit", ["asean", "transport ministers", "summit"],
      wd(P, "Thursday", "future"), "day", "Harumi Convention Hall, Tokyo",
      ["Japan", "ASEAN", "Hiroshi Kanemoto", "Prasert Chaiyakul"], "upcoming",
      "Preparations are complete for the summit of transport ministers from Japan and the Association of Southeast Asian Nations (ASEAN), which opens at the Harumi Convention Hall in Tokyo on Thursday with the theme 'Connected and Resilient'.",
      end_date=rel(wd(P, "Thursday", "future"), 1)),
    M("Japan-ASEAN senior officials preparatory meeting", ["preparatory meeting", "senior officials"],
      wd(P, "Wednesday", "future"), "day", "Harumi Convention Hall, Tokyo",
      ["Japan", "ASEAN"], "upcoming",
      "Ahead of the summit, senior officials from Japan and the ASEAN member states will hold a preparatory meeting at the same venue on Wednesday."),
    M("Kanemoto talks in Manila with Philippine Transport Secretary", ["manila", "arturo delgado"],
      month(P, 1), "month", "Manila", ["Hiroshi Kanemoto", "Arturo Delgado"], "upcoming",
      "Kanemoto also told reporters he would visit Manila next month for talks with Philippine Transport Secretary Arturo Delgado on a planned commuter railway financed partly by Japanese loans."),
])

# ---------------------------------------------------------------- f40b-07
P = "2003-02-19"
T = """BRACKENRIDGE, Alta., Feb 19 - Brackenridge town council will hold a special meeting Monday to hear from residents opposed to a proposed gravel pit north of town, Mayor Lorne Dubois said.

The meeting will be held at the Memorial Community Hall at 902 7 Avenue because council chambers seat only 40 people.

Dubois and Councillors Janet Sorensen, Mike Pelletier and Raj Dhaliwal will hear the presentations; Coun. Bev Olafson has declared a conflict of interest and will not take part.

Residents fear truck traffic and dust. Former mayor Ed Kowalchuk, who organized a petition signed by 640 people, said he expects a full hall.

Representatives of Northline Aggregates Ltd., the company seeking the development permit, met council in a closed session last Thursday, Dubois said.

Provincial environment officials will meet Northline in Edmonton on March 4 to review the company's water licence application, a ministry spokeswoman said.

Council is expected to vote on the permit in April.
"""
doc("f40b-07", P, "Brackenridge council to hear gravel pit opponents", T, [
    M("Brackenridge town council special meeting on gravel pit", ["special meeting", "gravel pit"],
      wd(P, "Monday", "future"), "day", "Memorial Community Hall, 902 7 Avenue",
      ["Brackenridge town council", "Lorne Dubois", "Janet Sorensen", "Mike Pelletier",
       "Raj Dhaliwal"], "upcoming",
      "BRACKENRIDGE, Alta., Feb 19 - Brackenridge town council will hold a special meeting Monday to hear from residents opposed to a proposed gravel pit north of town, Mayor Lorne Dubois said."),
    M("Council closed session with Northline Aggregates", ["northline aggregates", "closed session"],
      wd(P, "Thursday", "past"), "day", "Brackenridge",
      ["Northline Aggregates Ltd.", "Brackenridge town council"], "past",
      "Representatives of Northline Aggregates Ltd., the company seeking the development permit, met council in a closed session last Thursday, Dubois said."),
    M("Provincial environment officials meeting with Northline in Edmonton",
      ["edmonton", "water licence"],
      md(P, 3, 4, "future"), "day", "Edmonton", ["Northline Aggregates Ltd."], "upcoming",
      "Provincial environment officials will meet Northline in Edmonton on March 4 to review the company's water licence application, a ministry spokeswoman said."),
])

# ---------------------------------------------------------------- f40b-08
P = "1991-09-17"
T = """EINDHOVEN, Sept 17 - Electronics group Haverkamp NV said its supervisory board will meet on Friday to consider a rescue plan for its loss-making semiconductor unit.

Supervisory board member Anton Kruyt, who is recovering from surgery, will miss Friday's meeting, a company spokesman said.

Chairman Pieter Verhoeven said the company would present the plan to its central works council at a meeting on September 26.

Haverkamp managers met the Metaalbond and Unie Techniek unions in Eindhoven on Monday for a first round of talks on 1,800 planned job cuts, union officials said. A second round is set for October 1.

Economic Affairs Minister Jan de Wilde met Verhoeven yesterday in The Hague to discuss possible state guarantees for the unit, a ministry spokesman said. No decision was taken.

Haverkamp will ask shareholders to approve a capital increase of up to 600 mln guilders at an extraordinary meeting in Amsterdam next month.

The semiconductor unit lost 310 mln guilders in the first half. Analysts said the plan was likely to involve closing one of its two wafer plants.
"""
doc("f40b-08", P, "Haverkamp board to weigh chip unit rescue", T, [
    M("Haverkamp supervisory board meeting", ["haverkamp", "supervisory board"],
      wd(P, "Friday", "future"), "day", None, ["Haverkamp NV"], "upcoming",
      "EINDHOVEN, Sept 17 - Electronics group Haverkamp NV said its supervisory board will meet on Friday to consider a rescue plan for its loss-making semiconductor unit."),
    M("Haverkamp central works council meeting", ["central works council"],
      md(P, 9, 26, "future"), "day", None, ["Haverkamp NV", "central works council"], "upcoming",
      "Chairman Pieter Verhoeven said the company would present the plan to its central works council at a meeting on September 26."),
    M("Haverkamp first round of talks with unions on job cuts", ["metaalbond", "unie techniek", "first round"],
      wd(P, "Monday", "past"), "day", "Eindhoven",
      ["Haverkamp NV", "Metaalbond", "Unie Techniek"], "past",
      "Haverkamp managers met the Metaalbond and Unie Techniek unions in Eindhoven on Monday for a first round of talks on 1,800 planned job cuts, union officials said."),
    M("Haverkamp second round of talks with unions", ["second round"],
      md(P, 10, 1, "future"), "day", None, ["Haverkamp NV", "Metaalbond", "Unie Techniek"], "upcoming",
      "A second round is set for October 1."),
    M("De Wilde-Verhoeven meeting on state guarantees", ["jan de wilde", "state guarantees"],
      rel(P, -1), "day", "The Hague", ["Jan de Wilde", "Pieter Verhoeven"], "past",
      "Economic Affairs Minister Jan de Wilde met Verhoeven yesterday in The Hague to discuss possible state guarantees for the unit, a ministry spokesman said."),
    M("Haverkamp extraordinary shareholders meeting", ["extraordinary meeting", "haverkamp"],
      month(P, 1), "month", "Amsterdam", ["Haverkamp NV"], "upcoming",
      "Haverkamp will ask shareholders to approve a capital increase of up to 600 mln guilders at an extraordinary meeting in Amsterdam next month."),
])

# ---------------------------------------------------------------- f40b-09
P = "2012-06-04"
T = """KIMARU DAIRY FARMERS' CO-OPERATIVE SOCIETY LTD

Minutes of the 14th Management Committee Meeting of Kimaru Dairy Farmers' Co-operative Society Ltd held on Saturday 26 May 2012 at the Society Boardroom, Kimaru Town.

Directors present:
1. Mr. Joseph Kiprono Langat, Chairman
2. Mrs. Grace Wanjiku Mwangi, Vice Chairperson
3. Mr. Peter Otieno Ouma, Treasurer
4. Mr. Samuel Kibet, Member

In attendance:
1. Mr. Dennis Mutua, Manager
2. Ms. Lucy Achieng, Minute Secretary

Absent with apology:
1. Mr. Francis Njoroge, Honorary Secretary

MIN 01/14/2012: Opening. The meeting was opened with a word of prayer by Mr. Samuel Kibet at 10.15 am.

MIN 02/14/2012: Chairman's report. The Chairman reported that he and the Vice Chairperson met the County Co-operative Officer, Mr. Hassan Abdi, on Thursday 17 May 2012 regarding the audit of the 2011 accounts.

MIN 03/14/2012: Milk prices. The Manager reported that New Highlands Creameries Ltd. has invited the Society to a price review meeting at its Nakuru offices on 12 June 2012. The committee resolved that the Treasurer and the Manager represent the Society.

MIN 04/14/2012: Annual General Meeting. It was resolved that the Annual General Meeting be held on Saturday 30 June 2012 at Kimaru Social Hall.

MIN 05/14/2012: Closing. There being no other business, the meeting closed at 1.40 pm.
"""
doc("f40b-09", P, "Kimaru Dairy co-operative management committee minutes", T, [
    M("Kimaru Dairy co-operative management committee meeting",
      ["management committee meeting", "kimaru dairy"],
      md(P, 5, 26, "past", 2012, "Saturday"), "day", "Society Boardroom, Kimaru Town",
      ["Kimaru Dairy Farmers' Co-operative Society Ltd", "Joseph Kiprono Langat",
       "Grace Wanjiku Mwangi", "Peter Otieno Ouma", "Samuel Kibet", "Dennis Mutua",
       "Lucy Achieng"], "past",
      "Minutes of the 14th Management Committee Meeting of Kimaru Dairy Farmers' Co-operative Society Ltd held on Saturday 26 May 2012 at the Society Boardroom, Kimaru Town."),
    M("Co-operative leaders meeting with County Co-operative Officer",
      ["county co-operative officer", "hassan abdi"],
      md(P, 5, 17, "past", 2012, "Thursday"), "day", None,
      ["Joseph Kiprono Langat", "Grace Wanjiku Mwangi", "Hassan Abdi"], "past",
      "The Chairman reported that he and the Vice Chairperson met the County Co-operative Officer, Mr. Hassan Abdi, on Thursday 17 May 2012 regarding the audit of the 2011 accounts."),
    M("New Highlands Creameries price review meeting", ["price review meeting", "new highlands creameries"],
      md(P, 6, 12, "future", 2012), "day", "New Highlands Creameries offices, Nakuru",
      ["New Highlands Creameries Ltd.", "Kimaru Dairy Farmers' Co-operative Society Ltd",
       "Peter Otieno Ouma", "Dennis Mutua"], "upcoming",
      "The Manager reported that New Highlands Creameries Ltd. has invited the Society to a price review meeting at its Nakuru offices on 12 June 2012."),
    M("Kimaru Dairy co-operative annual general meeting", ["annual general meeting"],
      md(P, 6, 30, "future", 2012, "Saturday"), "day", "Kimaru Social Hall",
      ["Kimaru Dairy Farmers' Co-operative Society Ltd"], "upcoming",
      "It was resolved that the Annual General Meeting be held on Saturday 30 June 2012 at Kimaru Social Hall."),
])

# ---------------------------------------------------------------- f40b-10
P = "1999-06-11"
T = """LAKEVIEW UNIFIED SCHOOL DISTRICT
BOARD OF EDUCATION

AGENDA: REGULAR MEETING
The Regular Meeting of the Board of Education will be held Tuesday, June 15, 1999, at 7:00 p.m. in the District Office Board Room, 4410 Harmon Road.

Board of Education:
Karen Olszewski, President
Marcus Bell, Vice President
Dolores Quintana, Clerk
Steven Pryor, Member
Anita Feldman, Member

Also attending: Dr. Ruth Ahn, Superintendent; Mr. Leon Hart, Assistant Superintendent, Business Services.

1. Call to order and Pledge of Allegiance.
2. Report of action taken in closed session: The Board met in closed session on Tuesday, June 8, 1999, to discuss negotiations with the Lakeview Teachers Association.
3. Approval of the minutes of the regular meeting of June 1, 1999.
4. Public hearing on the proposed 1999-2000 budget.
5. Report on the joint meeting with the Lakeview City Council held May 27, 1999.
6. Adoption of revised attendance boundaries for Cedar Hills Elementary.
7. Adjournment to a special budget workshop on Thursday, June 24, 1999, at 6:00 p.m. in the Board Room.

Agenda materials are available for public inspection at the District Office. Persons requiring disability accommodation should contact the Superintendent's office 48 hours before the meeting.
"""
doc("f40b-10", P, "Lakeview USD Board of Education agenda, June 15, 1999", T, [
    M("Lakeview Board of Education regular meeting", ["regular meeting", "board of education"],
      md(P, 6, 15, "future", 1999, "Tuesday"), "day", "District Office Board Room, 4410 Harmon Road",
      ["Board of Education", "Karen Olszewski", "Marcus Bell", "Dolores Quintana",
       "Steven Pryor", "Anita Feldman", "Ruth Ahn", "Leon Hart"], "upcoming",
      "The Regular Meeting of the Board of Education will be held Tuesday, June 15, 1999, at 7:00 p.m. in the District Office Board Room, 4410 Harmon Road."),
    M("Board of Education closed session", ["closed session"],
      md(P, 6, 8, "past", 1999, "Tuesday"), "day", None, ["Board of Education"], "past",
      "Report of action taken in closed session: The Board met in closed session on Tuesday, June 8, 1999, to discuss negotiations with the Lakeview Teachers Association."),
    M("Previous regular meeting of the Board of Education", ["june 1, 1999"],
      md(P, 6, 1, "past", 1999), "day", None, ["Board of Education"], "past",
      "Approval of the minutes of the regular meeting of June 1, 1999."),
    M("Joint meeting of Board of Education and Lakeview City Council",
      ["joint meeting", "lakeview city council"],
      md(P, 5, 27, "past", 1999), "day", None, ["Board of Education", "Lakeview City Council"], "past",
      "Report on the joint meeting with the Lakeview City Council held May 27, 1999."),
    M("Board of Education special budget workshop", ["budget workshop"],
      md(P, 6, 24, "future", 1999, "Thursday"), "day", "Board Room", ["Board of Education"], "upcoming",
      "Adjournment to a special budget workshop on Thursday, June 24, 1999, at 6:00 p.m. in the Board Room."),
])

# ---------------------------------------------------------------- f40b-11
P = "2021-07-09"
T = """BHAVANIPUR, July 9 (NNS) A review meeting on monsoon preparedness chaired by District Collector K. Meenakshi was held at the Collectorate here on Thursday.

The meeting was attended by Superintendent of Police Arvind Rathore, Chief Medical Officer Dr. S. Banerjee and Municipal Commissioner Rohit Agarwal, officials said. Local MLA Sunita Devi, who had been invited, could not attend due to prior engagements.

Officials were asked to keep relief camps ready in 42 low-lying villages and to desilt drains in the municipal area before July 20.

Arrangements are being made for the visit of State Revenue Minister Harish Chandra Joshi, who will hold a meeting with district officials and public representatives in Bhavanipur on July 15 to review flood relief works.

The District Disaster Management Authority will also meet next week to finalise the evacuation plan, the Collector said.

Last month, Meenakshi held a video conference with block development officers from all 11 blocks to assess the condition of embankments.

The India Meteorological Department has forecast heavy rainfall in the region over the next five days.
"""
doc("f40b-11", P, "Collector reviews monsoon preparedness in Bhavanipur", T, [
    M("Bhavanipur monsoon preparedness review meeting", ["review meeting", "monsoon preparedness"],
      wd(P, "Thursday", "past"), "day", "Collectorate, Bhavanipur",
      ["K. Meenakshi", "Arvind Rathore", "S. Banerjee", "Rohit Agarwal"], "past",
      "BHAVANIPUR, July 9 (NNS) A review meeting on monsoon preparedness chaired by District Collector K. Meenakshi was held at the Collectorate here on Thursday."),
    M("Revenue Minister Joshi review meeting on flood relief", ["harish chandra joshi", "flood relief"],
      md(P, 7, 15, "future"), "day", "Bhavanipur", ["Harish Chandra Joshi"], "upcoming",
      "Arrangements are being made for the visit of State Revenue Minister Harish Chandra Joshi, who will hold a meeting with district officials and public representatives in Bhavanipur on July 15 to review flood relief works."),
    M("District Disaster Management Authority meeting", ["district disaster management authority"],
      week(P, 1), "week", None, ["District Disaster Management Authority"], "upcoming",
      "The District Disaster Management Authority will also meet next week to finalise the evacuation plan, the Collector said."),
    M("Collector video conference with block development officers",
      ["video conference", "block development officers"],
      month(P, -1), "month", None, ["K. Meenakshi", "block development officers"], "past",
      "Last month, Meenakshi held a video conference with block development officers from all 11 blocks to assess the condition of embankments."),
])

# ---------------------------------------------------------------- f40b-12
P = "1976-10-13"
T = """PORT HALSEY, Ore., Oct 13 - The Port Halsey City Council voted 3-2 Tuesday night at City Hall to ban overnight parking of log trucks on Front Street.

Councilmembers Harold Ortiz, June Lindgren and Ted Palfrey voted for the ordinance, and Councilmembers Walt Brennan and Alice Sato opposed it. Mayor Dean Royce, who votes only to break ties, presided.

Cannery owner Lloyd Fenwick, who had threatened to sue over the ban, did not attend the meeting.

Ortiz, who sponsored the measure, said he met with state highway officials in Salem last week and was told the state would not object to the restriction on Front Street, which is also a state highway.

The council will meet with the Halsey County Commission on Oct. 21 to discuss sharing the cost of a new truck staging lot near the mill.

Truckers have said the ban will force them to idle their rigs on the shoulder of Highway 38. The ordinance takes effect Nov. 15.
"""
doc("f40b-12", P, "Port Halsey council bans overnight log truck parking", T, [
    M("Port Halsey City Council meeting", ["port halsey city council"],
      wd(P, "Tuesday", "past"), "day", "City Hall, Port Halsey",
      ["Port Halsey City Council", "Harold Ortiz", "June Lindgren", "Ted Palfrey",
       "Walt Brennan", "Alice Sato", "Dean Royce"], "past",
      "PORT HALSEY, Ore., Oct 13 - The Port Halsey City Council voted 3-2 Tuesday night at City Hall to ban overnight parking of log trucks on Front Street."),
    M("Ortiz meeting with state highway officials in Salem", ["state highway officials", "salem"],
      week(P, -1), "week", "Salem", ["Harold Ortiz", "state highway officials"], "past",
      "Ortiz, who sponsored the measure, said he met with state highway officials in Salem last week and was told the state would not object to the restriction on Front Street, which is also a state highway."),
    M("Port Halsey council meeting with Halsey County Commission", ["halsey county commission"],
      md(P, 10, 21, "future"), "day", None,
      ["Port Halsey City Council", "Halsey County Commission"], "upcoming",
      "The council will meet with the Halsey County Commission on Oct. 21 to discuss sharing the cost of a new truck staging lot near the mill."),
])

# ---------------------------------------------------------------- f40b-13
P = "2024-09-20"
T = """ADDIS ABABA, Sept 20 - Preparations are complete for the summit of water ministers from the Intergovernmental Authority on Development (IGAD), which opens here on Monday with the theme 'Shared Rivers, Shared Future', organisers said.

The three-day meeting at the African Union Commission's conference centre will be chaired by Ethiopia's Minister of Water and Energy, Tesfaye Gebremariam, and attended by ministers from Kenya, Somalia, Djibouti, South Sudan, Sudan and Uganda.

Eritrea will not send a delegation, an IGAD spokesman said.

Senior officials from the delegations met here on Thursday to finalise a draft declaration on cross-border groundwater, which ministers are expected to adopt on Wednesday.

On the sidelines of the summit, Gebremariam will hold bilateral talks on Tuesday with Kenya's Cabinet Secretary for Water, Amina Wekesa, on the shared Omo basin.

Drought has displaced more than two million people in the region since 2021. Donors including the World Bank have pledged support for a regional early-warning network, but funding remains short, the organisers said.
"""
doc("f40b-13", P, "IGAD water ministers to meet in Addis Ababa", T, [
    M("IGAD water ministers summit", ["igad", "water ministers", "summit"],
      wd(P, "Monday", "future"), "day", "African Union Commission conference centre, Addis Ababa",
      ["IGAD", "Tesfaye Gebremariam", "Kenya", "Somalia", "Djibouti", "South Sudan", "Sudan",
       "Uganda"], "upcoming",
      "ADDIS ABABA, Sept 20 - Preparations are complete for the summit of water ministers from the Intergovernmental Authority on Development (IGAD), which opens here on Monday with the theme 'Shared Rivers, Shared Future', organisers said.",
      end_date=rel(wd(P, "Monday", "future"), 2)),
    M("IGAD senior officials preparatory meeting", ["senior officials", "draft declaration"],
      wd(P, "Thursday", "past"), "day", "Addis Ababa", [], "past",
      "Senior officials from the delegations met here on Thursday to finalise a draft declaration on cross-border groundwater, which ministers are expected to adopt on Wednesday."),
    M("Ethiopia-Kenya bilateral water talks", ["bilateral talks", "amina wekesa"],
      wd(P, "Tuesday", "future"), "day", "Addis Ababa",
      ["Tesfaye Gebremariam", "Amina Wekesa"], "upcoming",
      "On the sidelines of the summit, Gebremariam will hold bilateral talks on Tuesday with Kenya's Cabinet Secretary for Water, Amina Wekesa, on the shared Omo basin."),
])

# ---------------------------------------------------------------- f40b-14
P = "2001-09-14"
T = """GLENMORE PARK RESIDENTS' ASSOCIATION

Minutes of the Annual General Meeting of Glenmore Park Residents' Association held on Wednesday 12 September 2001 at 8.00 pm in St. Brigid's Parish Centre, Glenmore Road.

Committee present: Ms Aoife Brennan (Chairperson), Mr Declan Moran (Secretary), Mrs Nuala Keane (Treasurer), Mr Brian Fahy.
Also present: 38 residents.
Apologies: Mr Tom Quigley, Ms Sinead Duffy.

1. Chairperson's report. Ms Brennan reported that the committee met officials of Dunmara County Council on 30 August to discuss traffic calming on Glenmore Road. The Council has agreed to install two ramps before Christmas.

2. Treasurer's report. Mrs Keane reported a balance of IR£1,412. Subscriptions remain at IR£10 per household.

3. Local representatives. Cllr Peter Hanley, who had been invited, sent his apologies; he has offered to meet the committee on Monday 24 September to discuss the planning application for the former dairy site.

4. Election of officers. All officers were re-elected. Mr Tom Quigley was co-opted to the committee in his absence.

5. Next meeting. The next committee meeting will take place on Tuesday 2 October 2001 at 8.00 pm at 14 Glenmore Park.

The meeting closed at 10.05 pm with a vote of thanks to the Chairperson.

Declan Moran, Secretary
"""
doc("f40b-14", P, "Glenmore Park Residents' Association AGM minutes", T, [
    M("Glenmore Park Residents' Association annual general meeting",
      ["annual general meeting", "glenmore park residents' association"],
      md(P, 9, 12, "past", 2001, "Wednesday"), "day", "St. Brigid's Parish Centre, Glenmore Road",
      ["Glenmore Park Residents' Association", "Aoife Brennan", "Declan Moran", "Nuala Keane",
       "Brian Fahy"], "past",
      "Minutes of the Annual General Meeting of Glenmore Park Residents' Association held on Wednesday 12 September 2001 at 8.00 pm in St. Brigid's Parish Centre, Glenmore Road."),
    M("Residents' committee meeting with Dunmara County Council on traffic calming",
      ["dunmara county council", "traffic calming"],
      md(P, 8, 30, "past"), "day", None,
      ["Glenmore Park Residents' Association", "Dunmara County Council"], "past",
      "Ms Brennan reported that the committee met officials of Dunmara County Council on 30 August to discuss traffic calming on Glenmore Road."),
    M("Committee meeting with Cllr Peter Hanley on dairy site planning", ["peter hanley", "dairy site"],
      md(P, 9, 24, "future", weekday="Monday"), "day", None,
      ["Peter Hanley", "Glenmore Park Residents' Association"], "upcoming",
      "Cllr Peter Hanley, who had been invited, sent his apologies; he has offered to meet the committee on Monday 24 September to discuss the planning application for the former dairy site."),
    M("Next Glenmore Park Residents' Association committee meeting", ["next committee meeting"],
      md(P, 10, 2, "future", 2001, "Tuesday"), "day", "14 Glenmore Park",
      ["Glenmore Park Residents' Association"], "upcoming",
      "The next committee meeting will take place on Tuesday 2 October 2001 at 8.00 pm at 14 Glenmore Park."),
])


# ---------------------------------------------------------------- checks
def check(d):
    text = d["text"]
    low = text.lower()
    n = len(re.findall(r"\S+", text))
    assert 100 <= n <= 350, (d["id"], n)
    ms = [m for m in d["meetings"] if not m.get("optional")]
    assert 2 <= len(ms) <= 6, (d["id"], len(ms))
    pub = D(d["published"])
    for m in d["meetings"]:
        assert m["evidence"] in text, (d["id"], m["evidence"])
        assert "\n" not in m["evidence"], (d["id"], m["evidence"])
        assert 1 <= len(m["keys"]) <= 3
        for k in m["keys"]:
            assert k == k.lower() and k in low, (d["id"], k)
        assert m["precision"] in ("day", "week", "month")
        if m["precision"] == "day":
            start = D(m["date"])
            end = D(m["end_date"]) if m["end_date"] else start
            exp = "past" if end < pub else ("upcoming" if start > pub else None)
            if exp:
                assert m["status"] == exp, (d["id"], m["title"], m["status"], exp)
        elif m["precision"] == "week":
            assert D(m["date"]).weekday() == 0
        else:
            assert re.fullmatch(r"\d{4}-\d{2}", m["date"])
        if m["place"]:
            assert any(w.lower() in low for w in re.findall(r"[A-Za-z]{4,}", m["place"])), m["place"]
        for p in m["participants"]:
            words = [w for w in re.findall(r"[A-Za-z']{3,}", p)]
            assert all(w.lower() in low for w in words), (d["id"], p)
    return n


def main():
    ids = [d["id"] for d in DOCS]
    assert ids == ["f40b-%02d" % i for i in range(1, 15)], ids
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            n = check(d)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            print(d["id"], d["published"], "words=%d" % n, "meetings=%d" % len(d["meetings"]))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
