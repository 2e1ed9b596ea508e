#!/usr/bin/env python3
"""Held-out set blind17d: 20 non-wire texts (press releases, notices of meetings, readouts, minutes,
a week-ahead diary, a financial calendar, a committee schedule), written fresh and hand-annotated by
meetings.GUIDELINE.md. "published" is the date the document carries. Run beside blind17c.py:
python3 blind17d.py > blind17d.jsonl"""
import json
import sys

from blind17c import M, validate

STORIES = []


def S(sid, published, title, lines, meetings, sep="\n\n"):
    STORIES.append({"id": sid, "published": published, "title": title,
                    "text": sep.join(lines), "meetings": meetings})


# ---------------------------------------------------------------- 01 press release, AGM
# 2026-05-14 is a Thursday.
S("b17d-01", "2026-04-16", "Harwell Minerals plc: Notice of Annual General Meeting", [
    "Harwell Minerals plc - Notice of Annual General Meeting",
    "London, 16 April 2026 - Harwell Minerals plc (AIM: HWM) (\"Harwell\" or the \"Company\"), the copper and cobalt explorer, announces that its Annual General Meeting (\"AGM\") will be held at 11.00 a.m. on Thursday 14 May 2026 at The Royal Institution, 21 Albemarle Street, London W1S 4BS.",
    "The Notice of AGM, together with the Form of Proxy, has been posted to shareholders and is available on the Company's website.",
    "Shareholders are encouraged to submit questions in advance by email. The Board will respond to the main themes raised at the meeting.",
    "Subject to shareholder approval at the AGM, the final dividend of 2.1 pence per share will be paid on 5 June 2026 to shareholders on the register at the close of business on 22 May 2026.",
    "Harwell's Chairman, Dr Fiona McLeod, said: \"2025 was a year of delivery at our Zambian projects, and we look forward to welcoming shareholders in May.\"",
], [
    M("Harwell Minerals AGM", ["annual general meeting", "harwell"], "2026-05-14", "day",
      "The Royal Institution, 21 Albemarle Street, London", ["Harwell Minerals plc"], "upcoming",
      "London, 16 April 2026 - Harwell Minerals plc (AIM: HWM) (\"Harwell\" or the \"Company\"), the copper and cobalt explorer, announces that its Annual General Meeting (\"AGM\") will be held at 11.00 a.m. on Thursday 14 May 2026 at The Royal Institution, 21 Albemarle Street, London W1S 4BS."),
])

# ---------------------------------------------------------------- 02 Indian AGM notice, VC, "Place: Pune" trap
S("b17d-02", "2026-05-28", "Deccan Polymers Limited: Notice of the 42nd AGM", [
    "NOTICE OF THE 42ND ANNUAL GENERAL MEETING",
    "NOTICE is hereby given that the Forty-Second Annual General Meeting (AGM) of the Members of Deccan Polymers Limited will be held on Friday, June 26, 2026 at 11:00 a.m. (IST) through Video Conferencing (\"VC\") / Other Audio Visual Means (\"OAVM\") to transact the following business:",
    "ORDINARY BUSINESS\n1. To receive, consider and adopt the audited financial statements of the Company for the financial year ended March 31, 2026, together with the Reports of the Board of Directors and the Auditors thereon.\n2. To declare a final dividend of Rs 3.50 per equity share for the financial year 2025-26.\n3. To appoint a Director in place of Mr. Vikram Kulkarni (DIN: 01234567), who retires by rotation and, being eligible, offers himself for re-appointment.",
    "NOTES\nThe Register of Members and Share Transfer Books of the Company will remain closed from Saturday, June 20, 2026 to Friday, June 26, 2026 (both days inclusive). The record date for the purpose of the dividend is Friday, June 19, 2026. Remote e-voting will commence on Tuesday, June 23, 2026 and end on Thursday, June 25, 2026.",
    "By Order of the Board\nFor Deccan Polymers Limited\nSd/- Meera Joshi, Company Secretary\nPlace: Pune\nDate: May 28, 2026",
], [
    M("Deccan Polymers 42nd AGM", ["annual general meeting", "deccan polymers"], "2026-06-26", "day", None,
      ["Deccan Polymers Limited"], "upcoming",
      "NOTICE is hereby given that the Forty-Second Annual General Meeting (AGM) of the Members of Deccan Polymers Limited will be held on Friday, June 26, 2026 at 11:00 a.m. (IST) through Video Conferencing (\"VC\") / Other Audio Visual Means (\"OAVM\") to transact the following business:"),
])

# ---------------------------------------------------------------- 03 city council agenda
S("b17d-03", "2026-03-06", "Fairhaven City Council regular meeting agenda, March 10, 2026", [
    "CITY OF FAIRHAVEN\nCITY COUNCIL\nREGULAR MEETING AGENDA",
    "Tuesday, March 10, 2026 - 6:30 p.m.\nCouncil Chambers, Fairhaven City Hall, 480 Harbor Street",
    "Posted: Friday, March 6, 2026",
    "1. Call to order and roll call\n2. Pledge of Allegiance\n3. Approval of the minutes of the February 24, 2026 regular meeting\n4. Public comment (three minutes per speaker)\n5. Public hearing: Ordinance O-2026-4, rezoning of 1200 Wharf Road from light industrial to mixed use\n6. Presentation: Police Department annual report\n7. Consent agenda: award of contract for Harbor Street resurfacing to Coastline Paving Inc.\n8. Council reports\n9. Adjourn",
    "Upcoming meetings:\nStudy session - Monday, March 16, 2026, 7:00 p.m., Council Chambers\nNext regular meeting - Monday, March 23, 2026, 6:30 p.m.",
    "Agendas and minutes are available at City Hall and on the city's website. Persons needing accommodation should contact the City Clerk 48 hours before the meeting.",
], [
    M("Fairhaven City Council regular meeting", ["regular meeting", "city council"], "2026-03-10", "day",
      "Council Chambers, Fairhaven City Hall", ["Fairhaven City Council"], "upcoming",
      "Tuesday, March 10, 2026 - 6:30 p.m.\nCouncil Chambers, Fairhaven City Hall, 480 Harbor Street"),
    M("Fairhaven City Council regular meeting of Feb 24", ["february 24, 2026 regular meeting"], "2026-02-24", "day", None,
      ["Fairhaven City Council"], "past",
      "3. Approval of the minutes of the February 24, 2026 regular meeting"),
    M("Fairhaven City Council study session", ["study session"], "2026-03-16", "day", "Council Chambers",
      ["Fairhaven City Council"], "upcoming",
      "Study session - Monday, March 16, 2026, 7:00 p.m., Council Chambers"),
    M("Fairhaven City Council next regular meeting", ["next regular meeting"], "2026-03-23", "day", None,
      ["Fairhaven City Council"], "upcoming",
      "Next regular meeting - Monday, March 23, 2026, 6:30 p.m."),
], sep="\n\n")

# ---------------------------------------------------------------- 04 ministry readout
# 2026-04-02 is a Thursday; "On Friday" -> 04-03. "later this year", "in 2026": not recorded.
S("b17d-04", "2026-04-02", "Readout: Minister Anand meets Kenya's Prime Cabinet Secretary", [
    "Readout: Minister Anand meets Kenya's Prime Cabinet Secretary Mudavadi",
    "April 2, 2026 - Ottawa, Ontario - Global Affairs Canada",
    "Today, the Honourable Anita Anand, Minister of Foreign Affairs, met with Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, who is on an official visit to Canada.",
    "Minister Anand and Prime Cabinet Secretary Mudavadi discussed the security situation in Haiti, where Kenya has led the multinational support mission, as well as trade, critical minerals and climate finance.",
    "The two agreed that their officials would hold the next round of Canada-Kenya bilateral consultations in Nairobi later this year.",
    "Minister Anand also welcomed Kenya's support ahead of the Commonwealth Heads of Government Meeting to be held in Antigua and Barbuda in 2026.",
    "On Friday, Prime Cabinet Secretary Mudavadi will meet Ontario Premier Doug Ford in Toronto.",
], [
    M("Anand-Mudavadi meeting", ["mudavadi", "anand"], "2026-04-02", "day", "Ottawa",
      ["Anita Anand", "Musalia Mudavadi"], "past",
      "Today, the Honourable Anita Anand, Minister of Foreign Affairs, met with Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, who is on an official visit to Canada."),
    M("Mudavadi-Ford meeting", ["doug ford"], "2026-04-03", "day", "Toronto",
      ["Musalia Mudavadi", "Doug Ford"], "upcoming",
      "On Friday, Prime Cabinet Secretary Mudavadi will meet Ontario Premier Doug Ford in Toronto."),
])

# ---------------------------------------------------------------- 05 board minutes
# 2026-02-11 and 2026-03-11 are Wednesdays.
S("b17d-05", "2026-02-13", "Riverside Housing Association: minutes of the Board, 11 February 2026", [
    "RIVERSIDE HOUSING ASSOCIATION\nMinutes of the meeting of the Board held on Wednesday 11 February 2026 at 2.00 pm at Riverside House, 12 Canal Wharf, Leeds",
    "Present: Jane Holt (Chair), Arun Mehta, Claire Dubois, Tom Fairweather, Grace Okafor\nIn attendance: Simon Clarke (Chief Executive), Priya Nair (Company Secretary, minutes)\nApologies: Peter Grant",
    "1. Declarations of interest. None were declared.",
    "2. Minutes of the previous meeting. The minutes of the meeting held on 10 December 2025 were approved as a correct record.",
    "3. Audit and Risk Committee. Arun Mehta, chair of the committee, reported on its meeting of 28 January 2026, at which the external auditor presented the interim management letter. No significant control weaknesses had been identified.",
    "4. Development programme. The Board approved the acquisition of 36 homes at Kirkstall Forge, subject to a satisfactory valuation.",
    "5. Damp and mould. The Chair noted that the Tenant Scrutiny Panel will meet residents' representatives on 3 March 2026 to review the association's response times.",
    "6. Date of next meeting. Wednesday 11 March 2026 at 2.00 pm, Riverside House.",
    "Circulated: 13 February 2026",
], [
    M("Riverside Housing Association board meeting", ["meeting of the board"], "2026-02-11", "day",
      "Riverside House, 12 Canal Wharf, Leeds",
      ["Riverside Housing Association", "Jane Holt", "Arun Mehta", "Claire Dubois", "Tom Fairweather",
       "Grace Okafor", "Simon Clarke", "Priya Nair"], "past",
      "RIVERSIDE HOUSING ASSOCIATION\nMinutes of the meeting of the Board held on Wednesday 11 February 2026 at 2.00 pm at Riverside House, 12 Canal Wharf, Leeds"),
    M("Riverside board meeting of 10 December 2025", ["previous meeting"], "2025-12-10", "day", None,
      ["Riverside Housing Association"], "past",
      "The minutes of the meeting held on 10 December 2025 were approved as a correct record."),
    M("Audit and Risk Committee meeting", ["audit and risk committee"], "2026-01-28", "day", None,
      ["Audit and Risk Committee", "Arun Mehta"], "past",
      "Arun Mehta, chair of the committee, reported on its meeting of 28 January 2026, at which the external auditor presented the interim management letter."),
    M("Tenant Scrutiny Panel meeting with residents", ["tenant scrutiny panel"], "2026-03-03", "day", None,
      ["Tenant Scrutiny Panel"], "upcoming",
      "The Chair noted that the Tenant Scrutiny Panel will meet residents' representatives on 3 March 2026 to review the association's response times."),
    M("Riverside next board meeting", ["next meeting"], "2026-03-11", "day", "Riverside House",
      ["Riverside Housing Association"], "upcoming",
      "6. Date of next meeting. Wednesday 11 March 2026 at 2.00 pm, Riverside House."),
])

# ---------------------------------------------------------------- 06 week-ahead diary
# published Fri 2026-03-06; MON 9 .. FRI 13 March 2026.
S("b17d-06", "2026-03-06", "WEEK AHEAD: political and general news, March 9-13", [
    "WEEK AHEAD: POLITICAL AND GENERAL NEWS, MARCH 9-13\nEvents may be cancelled or changed without notice. All times GMT.",
    "MON 9 MARCH\nBRUSSELS - Euro zone finance ministers meet (Eurogroup).\nNEW YORK - 70th session of the U.N. Commission on the Status of Women (to March 20).\nTOKYO - Japanese Prime Minister Sanae Takaichi holds talks with visiting Australian Prime Minister Anthony Albanese.",
    "TUE 10 MARCH\nBRUSSELS - EU finance ministers meet (ECOFIN).\nWASHINGTON - IMF Executive Board discusses Ukraine programme review.\nLONDON - Bank of England Governor Andrew Bailey speaks at Mansion House dinner.",
    "WED 11 MARCH\nSTRASBOURG - European Parliament plenary session (to March 12).\nBRASILIA - Brazil releases fourth-quarter GDP data.",
    "THU 12 MARCH\nFRANKFURT - ECB Governing Council holds monetary policy meeting; news conference follows.\nNAIROBI - Kenyan President William Ruto addresses parliament on the state of the nation.",
    "FRI 13 MARCH\nRIYADH - Gulf Cooperation Council foreign ministers meet.\nPARIS - French President Emmanuel Macron hosts German Chancellor Friedrich Merz for talks.",
], [
    M("Eurogroup meeting", ["eurogroup"], "2026-03-09", "day", "Brussels", ["Eurogroup"], "upcoming",
      "BRUSSELS - Euro zone finance ministers meet (Eurogroup)."),
    M("U.N. Commission on the Status of Women, 70th session", ["status of women"], "2026-03-09", "day", "New York",
      ["U.N. Commission on the Status of Women"], "upcoming",
      "NEW YORK - 70th session of the U.N. Commission on the Status of Women (to March 20).", end="2026-03-20"),
    M("Takaichi-Albanese talks", ["albanese"], "2026-03-09", "day", "Tokyo",
      ["Sanae Takaichi", "Anthony Albanese"], "upcoming",
      "TOKYO - Japanese Prime Minister Sanae Takaichi holds talks with visiting Australian Prime Minister Anthony Albanese."),
    M("ECOFIN meeting", ["ecofin"], "2026-03-10", "day", "Brussels", ["EU"], "upcoming",
      "BRUSSELS - EU finance ministers meet (ECOFIN)."),
    M("IMF Executive Board on Ukraine", ["imf executive board"], "2026-03-10", "day", "Washington",
      ["IMF Executive Board"], "upcoming",
      "WASHINGTON - IMF Executive Board discusses Ukraine programme review."),
    M("European Parliament plenary session", ["plenary session", "european parliament"], "2026-03-11", "day", "Strasbourg",
      ["European Parliament"], "upcoming",
      "STRASBOURG - European Parliament plenary session (to March 12).", end="2026-03-12"),
    M("ECB monetary policy meeting", ["ecb governing council"], "2026-03-12", "day", "Frankfurt",
      ["ECB Governing Council"], "upcoming",
      "FRANKFURT - ECB Governing Council holds monetary policy meeting; news conference follows."),
    M("GCC foreign ministers meeting", ["gulf cooperation council"], "2026-03-13", "day", "Riyadh",
      ["Gulf Cooperation Council"], "upcoming",
      "RIYADH - Gulf Cooperation Council foreign ministers meet."),
    M("Macron-Merz talks", ["macron", "merz"], "2026-03-13", "day", "Paris",
      ["Emmanuel Macron", "Friedrich Merz"], "upcoming",
      "PARIS - French President Emmanuel Macron hosts German Chancellor Friedrich Merz for talks."),
])

# ---------------------------------------------------------------- 07 financial calendar
S("b17d-07", "2026-02-05", "Nordvik Group AB year-end report 2025: financial calendar", [
    "Nordvik Group AB (publ) - Year-end report January-December 2025\nStockholm, 5 February 2026",
    "Net sales rose 6 percent to SEK 14,210 million and operating profit to SEK 1,388 million. The Board proposes a dividend of SEK 3.25 per share, with 21 May 2026 as the record date.",
    "Financial calendar\nInterim report January-March 2026: 28 April 2026\nAnnual General Meeting 2026: 19 May 2026, at 3 p.m. at Nordvik's head office, Hamngatan 15, Stockholm\nInterim report January-June 2026: 16 July 2026\nCapital Markets Day: 6 October 2026, London\nInterim report January-September 2026: 22 October 2026",
    "Shareholders who wish to have a matter considered at the Annual General Meeting must submit a written request to the Board no later than 31 March 2026. The Nomination Committee ahead of the 2026 AGM consists of Lars Berg (chair), appointed by Berg Invest, and Karin Sjoberg, appointed by the Fourth Swedish National Pension Fund.",
    "The annual report will be published on the company's website in week 15.",
], [
    M("Nordvik AGM 2026", ["annual general meeting", "nordvik"], "2026-05-19", "day",
      "Nordvik's head office, Hamngatan 15, Stockholm", ["Nordvik Group AB"], "upcoming",
      "Annual General Meeting 2026: 19 May 2026, at 3 p.m. at Nordvik's head office, Hamngatan 15, Stockholm"),
    # an investor presentation day: an analyst briefing under the guideline; optional
    M("Nordvik Capital Markets Day", ["capital markets day"], "2026-10-06", "day", "London",
      ["Nordvik Group AB"], "upcoming", "Capital Markets Day: 6 October 2026, London", optional=True),
])

# ---------------------------------------------------------------- 08 parliamentary committee schedule
# 2026-04-21 Tue, 04-23 Thu, 04-16 Thu; published Fri 04-17.
S("b17d-08", "2026-04-17", "House of Commons Standing Committee on Finance: notice of meetings", [
    "HOUSE OF COMMONS OF CANADA\nStanding Committee on Finance (FINA)\nNotice of meetings - updated Friday, April 17, 2026",
    "Meeting No. 34\nTuesday, April 21, 2026, 3:30 p.m. to 5:30 p.m.\nRoom 415, Wellington Building, 197 Sparks Street\nTelevised\nOrders of the day: Study of the Bank of Canada's Monetary Policy Report\nWitnesses: Bank of Canada - Tiff Macklem, Governor; Carolyn Rogers, Senior Deputy Governor",
    "Meeting No. 35\nThursday, April 23, 2026, 3:30 p.m. to 5:30 p.m.\nRoom 228, Valour Building, 151 Sparks Street\nIn camera\nOrders of the day: Drafting instructions for a report on housing affordability",
    "The committee's previous meeting (No. 33, Thursday, April 16, 2026) was adjourned for lack of quorum.",
    "Clerk of the committee: Alexandre Roger. Meetings may be cancelled or moved at short notice; consult the committee's website.",
], [
    M("FINA meeting No. 34 with Bank of Canada", ["meeting no. 34"], "2026-04-21", "day",
      "Room 415, Wellington Building", ["Standing Committee on Finance", "Bank of Canada", "Tiff Macklem", "Carolyn Rogers"],
      "upcoming", "Meeting No. 34\nTuesday, April 21, 2026, 3:30 p.m. to 5:30 p.m.\nRoom 415, Wellington Building, 197 Sparks Street"),
    M("FINA meeting No. 35", ["meeting no. 35"], "2026-04-23", "day", "Room 228, Valour Building",
      ["Standing Committee on Finance"], "upcoming",
      "Meeting No. 35\nThursday, April 23, 2026, 3:30 p.m. to 5:30 p.m.\nRoom 228, Valour Building, 151 Sparks Street"),
    M("FINA meeting No. 33", ["no. 33"], "2026-04-16", "day", None, ["Standing Committee on Finance"], "past",
      "The committee's previous meeting (No. 33, Thursday, April 16, 2026) was adjourned for lack of quorum."),
])

# ---------------------------------------------------------------- 09 joint statement, bargaining
# Thu 2026-09-10; Tuesday and Wednesday -> 09-08..09-09; Monday, September 14.
S("b17d-09", "2026-09-10", "Joint statement from Unifor and Ford Motor Company of Canada", [
    "Joint statement from Unifor and Ford Motor Company of Canada",
    "TORONTO, Sept. 10, 2026 /CNW/ - Unifor and Ford Motor Company of Canada have agreed to extend their collective agreement on an hour-by-hour basis while bargaining continues.",
    "The parties met on Tuesday and Wednesday at Ford Canada's headquarters in Oakville, Ontario, and made progress on pensions and investment commitments for the Oakville Assembly Complex.",
    "Bargaining will resume on Monday, September 14, at a Toronto hotel.",
    "Unifor National President Lana Payne, who leads the union's bargaining committee, said members would be updated by livestream on Sunday.",
    "Should no agreement be reached by 11:59 p.m. on September 20, the union may issue a strike notice.",
], [
    M("Unifor-Ford bargaining in Oakville", ["met on tuesday and wednesday", "oakville"], "2026-09-08", "day", "Oakville",
      ["Unifor", "Ford Motor Company of Canada", "Lana Payne"], "past",
      "The parties met on Tuesday and Wednesday at Ford Canada's headquarters in Oakville, Ontario, and made progress on pensions and investment commitments for the Oakville Assembly Complex.",
      end="2026-09-09"),
    M("Unifor-Ford bargaining resumes", ["bargaining will resume"], "2026-09-14", "day", "Toronto",
      ["Unifor", "Ford Motor Company of Canada", "Lana Payne"], "upcoming",
      "Bargaining will resume on Monday, September 14, at a Toronto hotel."),
])

# ---------------------------------------------------------------- 10 MEA press release, visit
# published Fri 2026-02-27.
S("b17d-10", "2026-02-27", "Visit of External Affairs Minister to Japan (March 2-4, 2026)", [
    "Ministry of External Affairs\nVisit of External Affairs Minister to Japan (March 2-4, 2026)",
    "External Affairs Minister Dr. S. Jaishankar will pay an official visit to Japan from March 2-4, 2026.",
    "During the visit, EAM will co-chair the 17th India-Japan Foreign Ministers' Strategic Dialogue with Foreign Minister Toshimitsu Motegi in Tokyo on March 3, 2026.",
    "EAM will also call on Prime Minister Sanae Takaichi and interact with members of the Japanese business community.",
    "The 16th Strategic Dialogue was held in New Delhi in March 2025.",
    "India and Japan are Special Strategic and Global Partners. The visit will provide an opportunity to review preparations for the Annual Summit later this year.",
    "New Delhi\nFebruary 27, 2026",
], [
    M("17th India-Japan Foreign Ministers' Strategic Dialogue", ["strategic dialogue", "17th"], "2026-03-03", "day", "Tokyo",
      ["S. Jaishankar", "Toshimitsu Motegi", "India", "Japan"], "upcoming",
      "During the visit, EAM will co-chair the 17th India-Japan Foreign Ministers' Strategic Dialogue with Foreign Minister Toshimitsu Motegi in Tokyo on March 3, 2026."),
    M("Jaishankar call on PM Takaichi", ["takaichi"], "2026-03-02", "day", "Japan",
      ["S. Jaishankar", "Sanae Takaichi"], "upcoming",
      "EAM will also call on Prime Minister Sanae Takaichi and interact with members of the Japanese business community.",
      end="2026-03-04"),
    M("16th India-Japan Strategic Dialogue", ["16th"], "2025-03", "month", "New Delhi",
      ["India", "Japan"], "past",
      "The 16th Strategic Dialogue was held in New Delhi in March 2025."),
    # the visit as a whole: its purpose is the talks above; optional so that either reading is free
    M("Jaishankar official visit to Japan", ["official visit"], "2026-03-02", "day", "Japan",
      ["S. Jaishankar"], "upcoming",
      "External Affairs Minister Dr. S. Jaishankar will pay an official visit to Japan from March 2-4, 2026.",
      end="2026-03-04", optional=True),
])

# ---------------------------------------------------------------- 11 UN media advisory
# Tue 2026-02-24; Thursday, 26 February.
S("b17d-11", "2026-02-24", "Media advisory: Peacebuilding Commission meeting on the Sahel", [
    "UNITED NATIONS - MEDIA ADVISORY\nTuesday, 24 February 2026",
    "The Peacebuilding Commission will hold an ambassadorial-level meeting on the Sahel on Thursday, 26 February, from 10 a.m. to 1 p.m. in the Trusteeship Council Chamber.",
    "Briefers will include the Deputy Secretary-General, Amina J. Mohammed, and the Chairperson of the African Union Commission, Mahmoud Ali Youssouf, who will join by video link.",
    "The Commission last met on the Sahel in October, when it heard from civil society groups in Mali and Niger.",
    "A press stakeout is planned after the meeting. Member States wishing to speak should inscribe with the secretariat by Wednesday, 25 February.",
], [
    M("Peacebuilding Commission meeting on the Sahel", ["peacebuilding commission", "sahel"], "2026-02-26", "day",
      "Trusteeship Council Chamber", ["Peacebuilding Commission", "Amina J. Mohammed", "Mahmoud Ali Youssouf"], "upcoming",
      "The Peacebuilding Commission will hold an ambassadorial-level meeting on the Sahel on Thursday, 26 February, from 10 a.m. to 1 p.m. in the Trusteeship Council Chamber."),
    M("Peacebuilding Commission Sahel meeting in October", ["last met"], "2025-10", "month", None,
      ["Peacebuilding Commission"], "past",
      "The Commission last met on the Sahel in October, when it heard from civil society groups in Mali and Niger."),
])

# ---------------------------------------------------------------- 12 central bank meeting calendar
S("b17d-12", "2026-11-10", "Central Bank of Sri Lanka: monetary policy review dates", [
    "CENTRAL BANK OF SRI LANKA\nPress release\n10 November 2026",
    "The Monetary Board of the Central Bank of Sri Lanka will hold its last monetary policy review meeting for 2026 on 26 November 2026.",
    "For 2027, the Monetary Board has scheduled its monetary policy review meetings on 21 January, 25 March, 20 May and 15 July.",
    "The policy decision will be announced at 7.30 a.m. on the day following each meeting, followed by a media briefing by the Governor.",
    "The schedule for the second half of 2027 will be announced in due course.",
], [
    M("CBSL monetary policy review, November 2026", ["monetary policy review", "26 november"], "2026-11-26", "day", None,
      ["Central Bank of Sri Lanka"], "upcoming",
      "The Monetary Board of the Central Bank of Sri Lanka will hold its last monetary policy review meeting for 2026 on 26 November 2026."),
    M("CBSL policy review 21 January 2027", ["21 january"], "2027-01-21", "day", None,
      ["Central Bank of Sri Lanka"], "upcoming",
      "For 2027, the Monetary Board has scheduled its monetary policy review meetings on 21 January, 25 March, 20 May and 15 July."),
    M("CBSL policy review 25 March 2027", ["25 march"], "2027-03-25", "day", None,
      ["Central Bank of Sri Lanka"], "upcoming",
      "For 2027, the Monetary Board has scheduled its monetary policy review meetings on 21 January, 25 March, 20 May and 15 July."),
    M("CBSL policy review 20 May 2027", ["20 may"], "2027-05-20", "day", None,
      ["Central Bank of Sri Lanka"], "upcoming",
      "For 2027, the Monetary Board has scheduled its monetary policy review meetings on 21 January, 25 March, 20 May and 15 July."),
    M("CBSL policy review 15 July 2027", ["15 july"], "2027-07-15", "day", None,
      ["Central Bank of Sri Lanka"], "upcoming",
      "For 2027, the Monetary Board has scheduled its monetary policy review meetings on 21 January, 25 March, 20 May and 15 July."),
])

# ---------------------------------------------------------------- 13 court meeting + general meeting notice
# 2026-08-05 is a Wednesday.
S("b17d-13", "2026-07-10", "Kestrel Logistics plc: notices of Court Meeting and General Meeting", [
    "KESTREL LOGISTICS PLC\nRecommended cash acquisition of Kestrel Logistics plc by Halden Capital Partners LLP\nPublication of Scheme Document and notices of Court Meeting and General Meeting\n10 July 2026",
    "The Court Meeting will be held at the offices of Freshfields LLP, 100 Bishopsgate, London EC2P 2SR at 10.00 a.m. on 5 August 2026.",
    "The General Meeting will be held at the same place at 10.15 a.m. on the same day (or as soon thereafter as the Court Meeting has concluded or been adjourned).",
    "Scheme Shareholders are entitled to attend and vote at the Court Meeting in person or by proxy. The latest time for lodging Forms of Proxy is 10.00 a.m. on 3 August 2026.",
    "The Scheme is expected to become effective in the fourth quarter of 2026, subject to the sanction of the Court at the Court Hearing.",
], [
    M("Kestrel Logistics Court Meeting", ["court meeting"], "2026-08-05", "day",
      "Freshfields LLP, 100 Bishopsgate, London", ["Kestrel Logistics plc"], "upcoming",
      "The Court Meeting will be held at the offices of Freshfields LLP, 100 Bishopsgate, London EC2P 2SR at 10.00 a.m. on 5 August 2026."),
    M("Kestrel Logistics General Meeting", ["general meeting"], "2026-08-05", "day",
      "Freshfields LLP, 100 Bishopsgate, London", ["Kestrel Logistics plc"], "upcoming",
      "The General Meeting will be held at the same place at 10.15 a.m. on the same day (or as soon thereafter as the Court Meeting has concluded or been adjourned)."),
])

# ---------------------------------------------------------------- 14 FIFA media release
# Thu 2026-01-15 (today: Council videoconference); 04-30 Thu, 04-29 Wed.
S("b17d-14", "2026-01-15", "76th FIFA Congress to take place in Vancouver", [
    "FIFA Media Release\nZurich, 15 January 2026",
    "76th FIFA Congress to take place in Vancouver",
    "The 76th FIFA Congress will take place in Vancouver, Canada, on 30 April 2026, the FIFA Council confirmed today following a meeting held by videoconference.",
    "The Council itself will meet in Vancouver the day before, on 29 April.",
    "Representatives of all 211 member associations are expected to attend the Congress, the last before the FIFA World Cup 26 kicks off in Mexico City on 11 June.",
    "The Council also approved the budget for the 2027-2030 cycle and the regulations for the FIFA Women's Club World Cup.",
], [
    M("76th FIFA Congress", ["fifa congress", "76th"], "2026-04-30", "day", "Vancouver", ["FIFA"], "upcoming",
      "The 76th FIFA Congress will take place in Vancouver, Canada, on 30 April 2026, the FIFA Council confirmed today following a meeting held by videoconference."),
    M("FIFA Council meeting in Vancouver", ["council itself"], "2026-04-29", "day", "Vancouver", ["FIFA Council"], "upcoming",
      "The Council itself will meet in Vancouver the day before, on 29 April."),
    M("FIFA Council videoconference", ["videoconference"], "2026-01-15", "day", None, ["FIFA Council"], "past",
      "The 76th FIFA Congress will take place in Vancouver, Canada, on 30 April 2026, the FIFA Council confirmed today following a meeting held by videoconference."),
])

# ---------------------------------------------------------------- 15 union bargaining bulletin
# Fri 2026-03-06; Mar 3 Tue, Mar 4 Wed, Mar 12 Thu.
S("b17d-15", "2026-03-06", "PSAC bargaining update: PA group", [
    "PSAC BARGAINING UPDATE - Program and Administrative Services (PA) group\nMarch 6, 2026",
    "Your PA bargaining team met with Treasury Board negotiators on Tuesday, March 3 and Wednesday, March 4 in Ottawa.",
    "The employer tabled a revised wage offer of 2.5% a year over three years, which the team rejected as below inflation. Talks on telework and job security made no progress.",
    "The next bargaining session is set for March 24 to 26.",
    "If no agreement is reached, the team will declare impasse and ask for a Public Interest Commission.",
    "Members are invited to a virtual town hall on Thursday, March 12 at 7 p.m. ET to hear directly from the bargaining team.",
], [
    M("PSAC-Treasury Board bargaining, March 3-4", ["treasury board"], "2026-03-03", "day", "Ottawa",
      ["PSAC", "Treasury Board"], "past",
      "Your PA bargaining team met with Treasury Board negotiators on Tuesday, March 3 and Wednesday, March 4 in Ottawa.",
      end="2026-03-04"),
    M("PSAC-Treasury Board bargaining session, March 24-26", ["next bargaining session"], "2026-03-24", "day", None,
      ["PSAC", "Treasury Board"], "upcoming",
      "The next bargaining session is set for March 24 to 26.", end="2026-03-26"),
    M("PSAC members' virtual town hall", ["town hall"], "2026-03-12", "day", None, ["PSAC"], "upcoming",
      "Members are invited to a virtual town hall on Thursday, March 12 at 7 p.m. ET to hear directly from the bargaining team.",
      optional=True),
])

# ---------------------------------------------------------------- 16 parish council summons and agenda
# 2026-01-19 Mon, 2025-11-17 Mon, 2026-03-16 Mon.
S("b17d-16", "2026-01-13", "Little Haddon Parish Council: notice of meeting, 19 January 2026", [
    "LITTLE HADDON PARISH COUNCIL\nTo: All Members of the Parish Council",
    "You are hereby summoned to attend the Meeting of Little Haddon Parish Council to be held in the Village Hall, Church Lane, Little Haddon on Monday 19 January 2026 at 7.30 pm for the purpose of transacting the following business.",
    "Signed: R. Patel, Clerk to the Council, 13 January 2026",
    "AGENDA\n1. Apologies for absence\n2. Declarations of interest\n3. To approve the minutes of the meeting held on 17 November 2025\n4. Public participation: members of the public may address the council for up to 15 minutes\n5. Planning: 25/01873/FUL - erection of two dwellings, land east of Mill Lane\n6. To receive a report from County Councillor Helen Ashby\n7. Budget 2026/27: to agree the precept to be requested from the District Council (deadline 31 January)\n8. Date of next meeting: Monday 16 March 2026",
], [
    M("Little Haddon Parish Council meeting", ["little haddon parish council"], "2026-01-19", "day",
      "Village Hall, Church Lane, Little Haddon", ["Little Haddon Parish Council", "Helen Ashby"], "upcoming",
      "You are hereby summoned to attend the Meeting of Little Haddon Parish Council to be held in the Village Hall, Church Lane, Little Haddon on Monday 19 January 2026 at 7.30 pm for the purpose of transacting the following business."),
    M("Parish Council meeting of 17 November 2025", ["17 november 2025"], "2025-11-17", "day", None,
      ["Little Haddon Parish Council"], "past",
      "3. To approve the minutes of the meeting held on 17 November 2025"),
    M("Parish Council next meeting", ["date of next meeting"], "2026-03-16", "day", None,
      ["Little Haddon Parish Council"], "upcoming",
      "8. Date of next meeting: Monday 16 March 2026"),
])

# ---------------------------------------------------------------- 17 product launch (negative)
S("b17d-17", "2026-09-01", "Aurora Devices unveils Lumen X smartwatch", [
    "Aurora Devices unveils Lumen X, its first smartwatch with satellite messaging",
    "SAN FRANCISCO, September 1, 2026 - Aurora Devices today announced Lumen X, a smartwatch that can send text messages by satellite when no mobile network is available.",
    "Lumen X will be available for pre-order from September 4 and in stores on September 18, priced from $449. Aurora will unveil the full range of colours at a livestreamed launch event on September 3.",
    "\"Lumen X is built for people who go off the grid,\" said Chief Executive Maya Lin.",
    "Aurora will report its third-quarter results on October 28, followed by a conference call with analysts at 2 p.m. Pacific time.",
], [])

# ---------------------------------------------------------------- 18 earnings release (negative)
S("b17d-18", "2026-02-12", "Halvorsen Shipping ASA: fourth quarter 2025 results", [
    "Halvorsen Shipping ASA - Fourth quarter 2025 results\nOslo, 12 February 2026",
    "Halvorsen Shipping reported EBITDA of USD 84.2 million for the fourth quarter, up from USD 71.5 million a year earlier, on higher spot rates for its very large gas carriers.",
    "The Board of Directors has declared a dividend of USD 0.40 per share for the quarter, payable on or about 5 March 2026 to shareholders of record as of 20 February 2026. The shares will trade ex-dividend from 19 February 2026.",
    "A presentation of the results will be held today at 08:00 CET via webcast, followed by a Q&A session for analysts.",
    "The first quarter 2026 report will be published on 7 May 2026.",
], [])

# ---------------------------------------------------------------- 19 PIB cabinet decisions
# "today" = 2026-03-18; PIB Delhi -> government meeting in its home city.
S("b17d-19", "2026-03-18", "Cabinet approves continuation of PMKSY for 2026-31", [
    "Press Information Bureau\nGovernment of India\nCabinet\nPosted On: 18 MAR 2026 3:05PM by PIB Delhi",
    "Cabinet approves continuation of Pradhan Mantri Krishi Sinchayee Yojana for 2026-31",
    "The Union Cabinet, chaired by Prime Minister Shri Narendra Modi, today approved the continuation of the Pradhan Mantri Krishi Sinchayee Yojana (PMKSY) for 2026-31 with a total outlay of Rs 93,068 crore.",
    "The scheme will bring an additional 2.5 million hectares under assured irrigation, benefiting about 22 lakh farmers, including 2.5 lakh from Scheduled Castes and Scheduled Tribes.",
    "Separately, the Cabinet Committee on Economic Affairs, also chaired by the Prime Minister, approved the doubling of the 104-km Sambalpur-Jharsuguda railway line at its meeting today.",
], [
    M("Union Cabinet meeting", ["union cabinet"], "2026-03-18", "day", "New Delhi",
      ["Union Cabinet", "Narendra Modi"], "past",
      "The Union Cabinet, chaired by Prime Minister Shri Narendra Modi, today approved the continuation of the Pradhan Mantri Krishi Sinchayee Yojana (PMKSY) for 2026-31 with a total outlay of Rs 93,068 crore."),
    M("CCEA meeting", ["cabinet committee on economic affairs"], "2026-03-18", "day", "New Delhi",
      ["Cabinet Committee on Economic Affairs", "Narendra Modi"], "past",
      "Separately, the Cabinet Committee on Economic Affairs, also chaired by the Prime Minister, approved the doubling of the 104-km Sambalpur-Jharsuguda railway line at its meeting today."),
])

# ---------------------------------------------------------------- 20 embassy press release
# published Sat 2026-11-28; 25-26 November past; 27 November past (Hanoi implied: delegation there).
S("b17d-20", "2026-11-28", "5th meeting of India-Vietnam Joint Working Group on Trade and Investment", [
    "Embassy of India, Hanoi\nPress Release\n28 November 2026",
    "The 5th meeting of the India-Vietnam Joint Working Group on Trade and Investment was held in Hanoi on 25-26 November 2026.",
    "The Indian delegation was led by Ms. Anjali Rao, Additional Secretary, Department of Commerce, and the Vietnamese delegation by Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan.",
    "The two sides reviewed bilateral trade, which reached USD 15.8 billion in 2025-26, and agreed to work on market access for Indian grapes and Vietnamese durian. They agreed to convene the 6th meeting in New Delhi in 2027.",
    "On 27 November, the Indian delegation called on Minister of Industry and Trade Nguyen Hong Dien.",
], [
    M("5th India-Vietnam JWG on Trade and Investment", ["joint working group", "5th meeting"], "2026-11-25", "day", "Hanoi",
      ["India", "Vietnam", "Anjali Rao", "Nguyen Sinh Nhat Tan"], "past",
      "The 5th meeting of the India-Vietnam Joint Working Group on Trade and Investment was held in Hanoi on 25-26 November 2026.",
      end="2026-11-26"),
    M("Indian delegation call on Minister Nguyen Hong Dien", ["called on"], "2026-11-27", "day", "Hanoi",
      ["India", "Nguyen Hong Dien"], "past",
      "On 27 November, the Indian delegation called on Minister of Industry and Trade Nguyen Hong Dien."),
])


if __name__ == "__main__":
    validate(STORIES)
    for s in STORIES:
        sys.stdout.write(json.dumps(s, ensure_ascii=False) + "\n")
    print(f"{len(STORIES)} texts, {sum(len(s['meetings']) for s in STORIES)} meetings", file=sys.stderr)
