#!/usr/bin/env python3
"""Build fresh43.jsonl: 10 invented notices testing the PARTIES a notice's layout names: a company a
notice calls "the Company" or by a bare suffix ("Inc.", "(Incorporated in Malaysia)"), an association's
or a trust's board meeting, a union circular whose name opens with "All", a committee schedule's
"Committee - hearing with X" lines, a council's "Meeting of Council", a cooperative's minutes with
number words opening items. Written before any rule of round 28 and measured once. Every date is
stated in full in the notice, so none is computed."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from freshlib import *  # noqa: F401,F403  M, Set

S = Set("f43")
doc = S.doc

# ---------------------------------------------------------------- 01
doc(1, "2025-10-27", "", """
MEGHNA POLYMERS LIMITED
CIN: L25209GJ1994PLC021876
Regd. Office: Plot 41, GIDC Estate, Vapi - 396 195, Gujarat

Date: October 27, 2025

To,
The Manager, Listing Department
BSE Limited, Dalal Street, Mumbai - 400 001

Dear Sir/Madam,

Sub: Intimation of Board Meeting

Pursuant to Regulation 29 of the SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015, we hereby inform you that a meeting of the Board of Directors of the Company is scheduled to be held on Thursday, November 6, 2025 at the Registered Office of the Company, inter alia, to consider and approve the unaudited financial results for the quarter ended September 30, 2025.

The Audit Committee of the Company will meet on November 5, 2025 to review the said results.

Further, the trading window for dealing in the securities of the Company shall remain closed from October 1, 2025 till 48 hours after the declaration of the results.

Kindly take the same on record.

For Meghna Polymers Limited
Ritu Desai
Company Secretary
""", [
    M("Meghna Polymers board meeting", ["board of directors", "meghna polymers"],
      "2025-11-06", "day", "Registered Office", ["Meghna Polymers Limited"], "upcoming",
      "Pursuant to Regulation 29 of the SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015, we hereby inform you that a meeting of the Board of Directors of the Company is scheduled to be held on Thursday, November 6, 2025 at the Registered Office of the Company, inter alia, to consider and approve the unaudited financial results for the quarter ended September 30, 2025."),
    M("Meghna Polymers audit committee meeting", ["audit committee"],
      "2025-11-05", "day", None, ["Audit Committee"], "upcoming",
      "The Audit Committee of the Company will meet on November 5, 2025 to review the said results."),
])

# ---------------------------------------------------------------- 02
doc(2, "2025-05-20", "", """
PERMATA LADANG BERHAD
Registration No. 198201008834 (88712-W)
(Incorporated in Malaysia)

NOTICE OF FORTY-THIRD ANNUAL GENERAL MEETING

NOTICE IS HEREBY GIVEN THAT the Forty-Third Annual General Meeting ("43rd AGM") of Permata Ladang Berhad ("the Company") will be held at Dewan Seri Kenanga, Level 2, Wisma Permata, Jalan Tun Razak, 50400 Kuala Lumpur on Wednesday, 25 June 2025 at 10.00 a.m. for the following purposes:

AS ORDINARY BUSINESS
1. To receive the Audited Financial Statements for the financial year ended 31 December 2024 together with the Reports of the Directors and Auditors thereon.
2. To re-elect Dato' Azman Hashim who retires in accordance with Clause 98 of the Constitution of the Company.

The Board of Directors met on 28 April 2025 and recommended a final single-tier dividend of 6 sen per share.

An Extraordinary General Meeting of the Company will be held immediately after the conclusion of the 43rd AGM at the same venue to seek shareholders' approval for the proposed bonus issue.
""", [
    M("Permata Ladang 43rd AGM", ["43rd agm", "annual general meeting"],
      "2025-06-25", "day", "Dewan Seri Kenanga, Level 2, Wisma Permata, Jalan Tun Razak, Kuala Lumpur",
      ["Permata Ladang Berhad"], "upcoming",
      "NOTICE IS HEREBY GIVEN THAT the Forty-Third Annual General Meeting (\"43rd AGM\") of Permata Ladang Berhad (\"the Company\") will be held at Dewan Seri Kenanga, Level 2, Wisma Permata, Jalan Tun Razak, 50400 Kuala Lumpur on Wednesday, 25 June 2025 at 10.00 a.m. for the following purposes:"),
    M("Permata Ladang board meeting", ["board of directors"],
      "2025-04-28", "day", None, ["Board of Directors"], "past",
      "The Board of Directors met on 28 April 2025 and recommended a final single-tier dividend of 6 sen per share."),
    M("Permata Ladang EGM", ["extraordinary general meeting"],
      "2025-06-25", "day", "Dewan Seri Kenanga, Level 2, Wisma Permata, Jalan Tun Razak, Kuala Lumpur",
      ["Permata Ladang Berhad"], "upcoming",
      "An Extraordinary General Meeting of the Company will be held immediately after the conclusion of the 43rd AGM at the same venue to seek shareholders' approval for the proposed bonus issue."),
])

# ---------------------------------------------------------------- 03
doc(3, "2025-09-15", "Larkspur Genomics Announces Date of Special Meeting of Stockholders", """
Larkspur Genomics Announces Date of Special Meeting of Stockholders

SAN DIEGO, Sept. 15, 2025 /PRNewswire/ -- Larkspur Genomics, Inc. (Nasdaq: LRKG) today announced that it will hold a special meeting of stockholders on Tuesday, October 21, 2025, at 9:00 a.m. Pacific Time to vote on the proposed acquisition of the company by Halvorsen Life Sciences, Inc. The special meeting will be held virtually via live webcast.

Stockholders of record at the close of business on September 12, 2025 are entitled to vote at the special meeting. Larkspur's board of directors, which approved the merger agreement at a meeting on August 28, 2025, unanimously recommends that stockholders vote FOR the merger proposal.

The definitive proxy statement will be mailed to stockholders on or about September 19, 2025.
""", [
    M("Larkspur special meeting of stockholders", ["special meeting", "larkspur"],
      "2025-10-21", "day", None, ["Larkspur Genomics, Inc."], "upcoming",
      "SAN DIEGO, Sept. 15, 2025 /PRNewswire/ -- Larkspur Genomics, Inc. (Nasdaq: LRKG) today announced that it will hold a special meeting of stockholders on Tuesday, October 21, 2025, at 9:00 a.m. Pacific Time to vote on the proposed acquisition of the company by Halvorsen Life Sciences, Inc."),
    M("Larkspur board meeting on merger", ["board of directors"],
      "2025-08-28", "day", None, ["Larkspur Genomics, Inc."], "past",
      "Larkspur's board of directors, which approved the merger agreement at a meeting on August 28, 2025, unanimously recommends that stockholders vote FOR the merger proposal."),
])

# ---------------------------------------------------------------- 04
doc(4, "2024-03-20", "", """
PACIFIC RIM SEAFOOD EXPORTERS ASSOCIATION

MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS
Held on 14 March 2024 at 10:00 a.m., Association Secretariat, Suva

Present: Josefa Tuilagi (President), Mere Vakatawa (Vice-President), Kalena Fonoti, Peni Rabuka
Apologies: Samisoni Latu

1. Minutes of the previous meeting. The minutes of the meeting of the Board of Directors held on 8 February 2024 were confirmed.

2. Fisheries Ministry consultation. The President reported on her meeting with the Permanent Secretary for Fisheries, Viliame Naupoto, on 5 March 2024 concerning export licence fees.

3. Cold-chain grant. Twelve member companies have applied for the new cold-chain grant. The Grants Committee will meet on 2 April 2024 to assess the applications.

4. Next meeting. The next meeting of the Board of Directors will be held on 11 April 2024 at the Secretariat.
""", [
    M("Association board meeting (14 March)", ["board of directors", "pacific rim seafood"],
      "2024-03-14", "day", "Association Secretariat, Suva", ["Pacific Rim Seafood Exporters Association"], "past",
      "Held on 14 March 2024 at 10:00 a.m., Association Secretariat, Suva"),
    M("Association board meeting (8 February)", ["board of directors"],
      "2024-02-08", "day", None, ["Pacific Rim Seafood Exporters Association"], "past",
      "1. Minutes of the previous meeting. The minutes of the meeting of the Board of Directors held on 8 February 2024 were confirmed."),
    M("President's meeting with Permanent Secretary for Fisheries", ["naupoto"],
      "2024-03-05", "day", None, ["Josefa Tuilagi", "Viliame Naupoto"], "past",
      "2. Fisheries Ministry consultation. The President reported on her meeting with the Permanent Secretary for Fisheries, Viliame Naupoto, on 5 March 2024 concerning export licence fees."),
    M("Grants Committee meeting", ["grants committee"],
      "2024-04-02", "day", None, ["Grants Committee"], "upcoming",
      "The Grants Committee will meet on 2 April 2024 to assess the applications."),
    M("Next association board meeting", ["next meeting", "board of directors"],
      "2024-04-11", "day", "Secretariat", ["Pacific Rim Seafood Exporters Association"], "upcoming",
      "4. Next meeting. The next meeting of the Board of Directors will be held on 11 April 2024 at the Secretariat."),
])

# ---------------------------------------------------------------- 05
doc(5, "2024-07-08", "", """
ALL INDIA INSURANCE EMPLOYEES' ASSOCIATION (AIIEA)
Central Office: 27, Veer Savarkar Marg, Pune 411004

CIRCULAR No. 18/2024                          Date: 08.07.2024

To: All Divisional Units

Dear Comrades,

Sub: Wage revision talks and conciliation - update

1. The wage revision talks with the management of the Life Insurance Corporation of India held on 2 July 2024 in Mumbai ended without agreement on the loading factor.

2. The conciliation meeting before the Regional Labour Commissioner (Central) on our notice of strike was held in Pune on 4 July 2024. The next conciliation meeting has been fixed for 19 July 2024.

3. The Working Committee of the Association will meet in Hyderabad on 27 and 28 July 2024 to decide the future course of action.

With greetings,
Comradely yours,
R. Sundaram
General Secretary
""", [
    M("AIIEA-LIC wage revision talks", ["wage revision talks", "life insurance corporation"],
      "2024-07-02", "day", "Mumbai", ["All India Insurance Employees' Association", "Life Insurance Corporation of India"], "past",
      "1. The wage revision talks with the management of the Life Insurance Corporation of India held on 2 July 2024 in Mumbai ended without agreement on the loading factor."),
    M("Conciliation meeting before Regional Labour Commissioner", ["conciliation meeting", "regional labour commissioner"],
      "2024-07-04", "day", "Pune", ["All India Insurance Employees' Association", "Regional Labour Commissioner (Central)"], "past",
      "2. The conciliation meeting before the Regional Labour Commissioner (Central) on our notice of strike was held in Pune on 4 July 2024."),
    M("Next conciliation meeting", ["next conciliation meeting"],
      "2024-07-19", "day", None, ["All India Insurance Employees' Association", "Regional Labour Commissioner (Central)"], "upcoming",
      "The next conciliation meeting has been fixed for 19 July 2024."),
    M("AIIEA Working Committee meeting", ["working committee"],
      "2024-07-27", "day", "Hyderabad", ["All India Insurance Employees' Association", "Working Committee"], "upcoming",
      "3. The Working Committee of the Association will meet in Hyderabad on 27 and 28 July 2024 to decide the future course of action.",
      end="2024-07-28"),
])

# ---------------------------------------------------------------- 06
doc(6, "2025-02-24", "", """
PARLIAMENT OF MALAWI
COMMITTEE SCHEDULE: WEEK OF 24 FEBRUARY 2025

Monday, 24 February
09:00 Budget and Finance Committee - hearing with the Secretary to the Treasury on the mid-year budget review - Committee Room 1
14:00 Health Committee - meeting with the Pharmacy and Medicines Regulatory Authority on drug shortages - Committee Room 3

Tuesday, 25 February
10:00 Legal Affairs Committee - consideration of the Access to Information (Amendment) Bill - Committee Room 2
14:30 Public Appointments Committee - vetting of nominees to the Malawi Human Rights Commission - Senate Chamber

Thursday, 27 February
09:30 Women's Caucus - briefing with UN Women on the gender budget statement - Committee Room 1
""", [
    M("Budget and Finance Committee hearing", ["budget and finance committee"],
      "2025-02-24", "day", "Committee Room 1", ["Budget and Finance Committee"], "upcoming",
      "09:00 Budget and Finance Committee - hearing with the Secretary to the Treasury on the mid-year budget review - Committee Room 1"),
    M("Health Committee meeting with medicines regulator", ["health committee", "pharmacy and medicines regulatory authority"],
      "2025-02-24", "day", "Committee Room 3", ["Health Committee", "Pharmacy and Medicines Regulatory Authority"], "upcoming",
      "14:00 Health Committee - meeting with the Pharmacy and Medicines Regulatory Authority on drug shortages - Committee Room 3"),
    M("Legal Affairs Committee meeting", ["legal affairs committee"],
      "2025-02-25", "day", "Committee Room 2", ["Legal Affairs Committee"], "upcoming",
      "10:00 Legal Affairs Committee - consideration of the Access to Information (Amendment) Bill - Committee Room 2"),
    M("Public Appointments Committee vetting", ["public appointments committee"],
      "2025-02-25", "day", "Senate Chamber", ["Public Appointments Committee"], "upcoming",
      "14:30 Public Appointments Committee - vetting of nominees to the Malawi Human Rights Commission - Senate Chamber"),
    M("Women's Caucus briefing with UN Women", ["women's caucus", "un women"],
      "2025-02-27", "day", "Committee Room 1", ["Women's Caucus", "UN Women"], "upcoming",
      "09:30 Women's Caucus - briefing with UN Women on the gender budget statement - Committee Room 1"),
])

# ---------------------------------------------------------------- 07
doc(7, "2023-06-07", "", """
KAHURANGI DISTRICT COUNCIL

ORDINARY COUNCIL MEETING - AGENDA
Date: Wednesday, 14 June 2023
Time: 10.00am
Venue: Council Chambers, 42 Queen Street, Motueka

1. Apologies
2. Confirmation of minutes: ordinary meeting of Council held on Wednesday, 10 May 2023
3. Receipt of minutes: Community Facilities Committee meeting of 24 May 2023
4. Mayor's report: the Mayor met the Minister of Local Government, Kieran McAnulty, in Wellington on 1 June 2023 to discuss three waters funding
5. Notice of meeting: Iwi Liaison Committee, Monday, 19 June 2023, 1.00pm, Te Awhina Marae

Next ordinary meeting of Council: Wednesday, 12 July 2023
""", [
    M("Kahurangi District Council ordinary meeting", ["ordinary council meeting", "kahurangi"],
      "2023-06-14", "day", "Council Chambers, 42 Queen Street, Motueka", ["Kahurangi District Council"], "upcoming",
      "Date: Wednesday, 14 June 2023"),
    M("Previous ordinary Council meeting", ["ordinary meeting of council"],
      "2023-05-10", "day", None, ["Kahurangi District Council"], "past",
      "2. Confirmation of minutes: ordinary meeting of Council held on Wednesday, 10 May 2023"),
    M("Community Facilities Committee meeting", ["community facilities committee"],
      "2023-05-24", "day", None, ["Community Facilities Committee"], "past",
      "3. Receipt of minutes: Community Facilities Committee meeting of 24 May 2023"),
    M("Mayor's meeting with Local Government minister", ["mcanulty"],
      "2023-06-01", "day", "Wellington", ["Kieran McAnulty"], "past",
      "4. Mayor's report: the Mayor met the Minister of Local Government, Kieran McAnulty, in Wellington on 1 June 2023 to discuss three waters funding"),
    M("Iwi Liaison Committee meeting", ["iwi liaison committee"],
      "2023-06-19", "day", "Te Awhina Marae", ["Iwi Liaison Committee"], "upcoming",
      "5. Notice of meeting: Iwi Liaison Committee, Monday, 19 June 2023, 1.00pm, Te Awhina Marae"),
    M("Next ordinary Council meeting", ["next ordinary meeting"],
      "2023-07-12", "day", None, ["Kahurangi District Council"], "upcoming",
      "Next ordinary meeting of Council: Wednesday, 12 July 2023"),
])

# ---------------------------------------------------------------- 08
doc(8, "2019-05-20", "", """
SAMAHANG MAGSASAKA NG NUEVA ECIJA MULTI-PURPOSE COOPERATIVE
Brgy. San Isidro, Cabanatuan City

MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS
Held on 18 May 2019, 9:00 a.m., at the Cooperative Hall

Present: Rodrigo Pascual (Chairperson), Nenita Garcia (Vice-Chairperson), Felipe Manalo, Corazon Aquino-Reyes, Benjamin Soriano

1. The minutes of the regular meeting held on 20 April 2019 were approved as read.
2. Fourteen loan applications were referred to the Credit Committee, which will meet on 25 May 2019.
3. Eleven members have paid their share capital in full since the last meeting.
4. The Chairperson reported on the meeting with the National Irrigation Administration held on 15 May 2019 on the irrigation schedule for the wet season.
5. The next regular meeting of the Board will be on 15 June 2019.
""", [
    M("Cooperative regular board meeting (18 May)", ["regular meeting", "board of directors"],
      "2019-05-18", "day", "Cooperative Hall", ["Samahang Magsasaka ng Nueva Ecija Multi-Purpose Cooperative"], "past",
      "Held on 18 May 2019, 9:00 a.m., at the Cooperative Hall"),
    M("Cooperative regular board meeting (20 April)", ["regular meeting"],
      "2019-04-20", "day", None, ["Samahang Magsasaka ng Nueva Ecija Multi-Purpose Cooperative"], "past",
      "1. The minutes of the regular meeting held on 20 April 2019 were approved as read."),
    M("Credit Committee meeting", ["credit committee"],
      "2019-05-25", "day", None, ["Credit Committee"], "upcoming",
      "2. Fourteen loan applications were referred to the Credit Committee, which will meet on 25 May 2019."),
    M("Meeting with National Irrigation Administration", ["national irrigation administration"],
      "2019-05-15", "day", None, ["Rodrigo Pascual", "National Irrigation Administration"], "past",
      "4. The Chairperson reported on the meeting with the National Irrigation Administration held on 15 May 2019 on the irrigation schedule for the wet season."),
    M("Next regular board meeting", ["next regular meeting"],
      "2019-06-15", "day", None, ["Samahang Magsasaka ng Nueva Ecija Multi-Purpose Cooperative"], "upcoming",
      "5. The next regular meeting of the Board will be on 15 June 2019."),
])

# ---------------------------------------------------------------- 09
doc(9, "2022-03-02", "", """
SIDERURGICA VALE DO PARAIBA S.A. ("SVP")
Publicly-held Company - CNPJ 33.456.789/0001-12

MATERIAL FACT
Rio de Janeiro, March 2, 2022

Siderurgica Vale do Paraiba S.A. informs its shareholders and the market that the Board of Directors, at a meeting held on March 1, 2022, approved the Company's capital expenditure budget for 2022 of R$ 2.1 billion.

The Board also resolved to call the Annual Shareholders' Meeting to be held on April 28, 2022, at 11 a.m., at the Company's headquarters in Volta Redonda, to resolve on the allocation of net income and the election of the Fiscal Council.

A meeting with holders of the Company's 5th issue debentures will be held on March 24, 2022 to resolve on a waiver of the net debt covenant.
""", [
    M("SVP board meeting", ["board of directors"],
      "2022-03-01", "day", None, ["Siderurgica Vale do Paraiba S.A."], "past",
      "Siderurgica Vale do Paraiba S.A. informs its shareholders and the market that the Board of Directors, at a meeting held on March 1, 2022, approved the Company's capital expenditure budget for 2022 of R$ 2.1 billion."),
    M("SVP annual shareholders' meeting", ["annual shareholders' meeting"],
      "2022-04-28", "day", "headquarters, Volta Redonda", ["Siderurgica Vale do Paraiba S.A."], "upcoming",
      "The Board also resolved to call the Annual Shareholders' Meeting to be held on April 28, 2022, at 11 a.m., at the Company's headquarters in Volta Redonda, to resolve on the allocation of net income and the election of the Fiscal Council."),
    M("SVP debenture holders' meeting", ["debentures"],
      "2022-03-24", "day", None, ["Siderurgica Vale do Paraiba S.A."], "upcoming",
      "A meeting with holders of the Company's 5th issue debentures will be held on March 24, 2022 to resolve on a waiver of the net debt covenant."),
])

# ---------------------------------------------------------------- 10
doc(10, "2024-09-18", "", """
Northmoor Community Health NHS Trust
Board of Directors - Meeting in Public

Date: Wednesday 25 September 2024
Time: 10:00-13:00
Venue: Boardroom, Trust Headquarters, Northmoor Hospital

Item 5: Chief Executive's Report

5.1 Governance. The Council of Governors met on 12 September 2024 and approved the appointment of a new chair, who will join the Board on 1 October 2024.

5.2 Partnership working. The Chief Executive met the leaders of Northmoor City Council on 10 September 2024 to agree the winter discharge plan.

5.3 Staff side. The Joint Negotiating Committee will meet on 2 October 2024 to consider the revised on-call policy.
""", [
    M("Northmoor trust board meeting in public", ["board of directors", "northmoor"],
      "2024-09-25", "day", "Boardroom, Trust Headquarters, Northmoor Hospital", ["Northmoor Community Health NHS Trust"], "upcoming",
      "Date: Wednesday 25 September 2024"),
    M("Council of Governors meeting", ["council of governors"],
      "2024-09-12", "day", None, ["Council of Governors"], "past",
      "5.1 Governance. The Council of Governors met on 12 September 2024 and approved the appointment of a new chair, who will join the Board on 1 October 2024."),
    M("Chief Executive meeting with city council leaders", ["northmoor city council"],
      "2024-09-10", "day", None, ["Northmoor City Council"], "past",
      "5.2 Partnership working. The Chief Executive met the leaders of Northmoor City Council on 10 September 2024 to agree the winter discharge plan."),
    M("Joint Negotiating Committee meeting", ["joint negotiating committee"],
      "2024-10-02", "day", None, ["Joint Negotiating Committee"], "upcoming",
      "5.3 Staff side. The Joint Negotiating Committee will meet on 2 October 2024 to consider the revised on-call policy."),
])

# ---------------------------------------------------------------- checks
S.finish(10, "fresh43.jsonl", 60, dateline=False)
