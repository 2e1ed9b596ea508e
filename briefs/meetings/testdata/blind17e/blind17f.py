"""blind17f: 25 invented non-wire texts (press releases, notices, agendas, minutes, schedules, diaries,
financial calendars, readouts, union notices), annotated by meetings.GUIDELINE.md. Emits blind17f.jsonl."""
import sys
from common import M, S, emit

F = []

# f01 press release with dateline: AGM at company offices; record date not a meeting
t = ("Oslo, 14 April 2026 - Northwind Energy ASA (OSE: NWE) announces that its Annual General Meeting will be held on "
     "Thursday 7 May 2026 at 10:00 CET at the company's offices at Dronning Eufemias gate 8, Oslo.\n\n"
     "Shareholders registered in the VPS on 30 April 2026 are entitled to attend and vote. The notice of the meeting and "
     "the Board's proposals are available at www.northwind.example/agm.\n\n"
     "For further information, please contact: Ingrid Solberg, Head of Investor Relations.")
F.append(S("b17f-01", "2026-04-14", "Northwind Energy ASA - Notice of Annual General Meeting", t, [
    M("Northwind Energy AGM", ["annual general meeting"], "2026-05-07", "day", "Dronning Eufemias gate 8, Oslo",
      ["Northwind Energy ASA"], "upcoming",
      "Oslo, 14 April 2026 - Northwind Energy ASA (OSE: NWE) announces that its Annual General Meeting will be held on Thursday 7 May 2026 at 10:00 CET at the company's offices at Dronning Eufemias gate 8, Oslo."),
]))

# f02 UN-body press release: ongoing assembly (start in a relative clause), board session after it
t = ("GENEVA, 20 May 2026 - The Executive Board of the World Health Organization will hold its 159th session on "
     "1-2 June 2026, immediately after the Seventy-ninth World Health Assembly, which opened on 18 May and closes on 27 May.\n\n"
     "Delegations from 194 Member States are attending the Assembly. The Board will elect its new chair at the session.")
F.append(S("b17f-02", "2026-05-20", "WHO Executive Board to hold 159th session", t, [
    M("WHO Executive Board 159th session", ["executive board", "159th session"], "2026-06-01", "day", "Geneva",
      ["World Health Organization"], "upcoming",
      "GENEVA, 20 May 2026 - The Executive Board of the World Health Organization will hold its 159th session on 1-2 June 2026, immediately after the Seventy-ninth World Health Assembly, which opened on 18 May and closes on 27 May.",
      end_date="2026-06-02"),
    M("Seventy-ninth World Health Assembly", ["world health assembly"], "2026-05-18", "day", "Geneva",
      ["World Health Organization"], "ongoing",
      "GENEVA, 20 May 2026 - The Executive Board of the World Health Organization will hold its 159th session on 1-2 June 2026, immediately after the Seventy-ninth World Health Assembly, which opened on 18 May and closes on 27 May.",
      end_date="2026-05-27"),
]))

# f03 joint press release: 2+2 meeting held yesterday; next meeting without a month (not recorded)
t = ("Joint Press Release: Fifth India-Japan 2+2 Foreign and Defence Ministerial Meeting\n\n"
     "The fifth India-Japan 2+2 Foreign and Defence Ministerial Meeting was held in Tokyo on 14 July 2026. External "
     "Affairs Minister Dr. S. Jaishankar and Defence Minister Rajnath Singh met Foreign Minister Hiroshi Sato and "
     "Defence Minister Aiko Nakamura.\n\n"
     "The Ministers welcomed the progress in defence equipment cooperation. They agreed that the next 2+2 meeting will be "
     "held in India in 2027.")
F.append(S("b17f-03", "2026-07-15", "Fifth India-Japan 2+2 Ministerial Meeting", t, [
    M("Fifth India-Japan 2+2 ministerial meeting", ["2+2", "fifth"], "2026-07-14", "day", "Tokyo",
      ["S. Jaishankar", "Rajnath Singh", "Hiroshi Sato", "Aiko Nakamura"], "past",
      "The fifth India-Japan 2+2 Foreign and Defence Ministerial Meeting was held in Tokyo on 14 July 2026."),
]))

# f04 UK AGM notice; proxy deadline not a meeting
t = ("BRACKLEY HOLDINGS PLC\nNOTICE OF ANNUAL GENERAL MEETING\n\n"
     "NOTICE IS HEREBY GIVEN that the Annual General Meeting of Brackley Holdings plc will be held at The Brewery, "
     "52 Chiswell Street, London EC1Y 4SD on Wednesday 24 June 2026 at 11.00 a.m. to transact the following business.\n\n"
     "1. To receive the Company's annual accounts for the year ended 31 March 2026.\n"
     "2. To re-elect Sarah Linton as a director.\n\n"
     "Forms of proxy must be received no later than 11.00 a.m. on Monday 22 June 2026.\n\n"
     "By order of the Board\nJames Whitcombe, Company Secretary\n28 May 2026")
F.append(S("b17f-04", "2026-05-28", "Brackley Holdings plc - Notice of AGM", t, [
    M("Brackley Holdings AGM", ["annual general meeting"], "2026-06-24", "day", "The Brewery, 52 Chiswell Street, London",
      ["Brackley Holdings plc"], "upcoming",
      "NOTICE IS HEREBY GIVEN that the Annual General Meeting of Brackley Holdings plc will be held at The Brewery, 52 Chiswell Street, London EC1Y 4SD on Wednesday 24 June 2026 at 11.00 a.m. to transact the following business."),
]))

# f05 EGM invitation; earlier AGM held in April (no place given)
t = ("Alpenwerk AG\nInvitation to the Extraordinary General Meeting\n\n"
     "The Board of Directors invites shareholders to the Extraordinary General Meeting of Alpenwerk AG on Tuesday, "
     "15 September 2026, at 14:00 (doors open 13:00) at the Kongresshaus Zurich, Claridenstrasse 5, Zurich.\n\n"
     "The Annual General Meeting held on 23 April 2026 approved the creation of conditional capital. The Board now "
     "proposes a capital increase to finance the acquisition of Dolomit Systems.\n\n"
     "Zug, 20 August 2026")
F.append(S("b17f-05", "2026-08-20", "Alpenwerk AG - Invitation to EGM", t, [
    M("Alpenwerk EGM", ["extraordinary general meeting"], "2026-09-15", "day", "Kongresshaus Zurich",
      ["Alpenwerk AG"], "upcoming",
      "The Board of Directors invites shareholders to the Extraordinary General Meeting of Alpenwerk AG on Tuesday, 15 September 2026, at 14:00 (doors open 13:00) at the Kongresshaus Zurich, Claridenstrasse 5, Zurich."),
    M("Alpenwerk AGM (April)", ["annual general meeting held on 23 april"], "2026-04-23", "day", None,
      ["Alpenwerk AG"], "past",
      "The Annual General Meeting held on 23 April 2026 approved the creation of conditional capital."),
]))

# f06 Indian EGM notice held by video conference: no place; cut-off and e-voting dates are not meetings
t = ("SARVODAYA TEXTILES LIMITED\nCIN: L17110MH1994PLC081234\n\n"
     "NOTICE is hereby given that an Extra-Ordinary General Meeting (EGM) of the Members of Sarvodaya Textiles Limited "
     "will be held on Friday, 18th December, 2026 at 11:30 A.M. (IST) through Video Conferencing (\"VC\") / Other Audio "
     "Visual Means (\"OAVM\") to transact the following special business.\n\n"
     "The remote e-voting period begins on Tuesday, 15th December, 2026 at 9:00 A.M. and ends on Thursday, 17th December, "
     "2026 at 5:00 P.M. Members holding shares as on the cut-off date, Friday, 11th December, 2026, may cast their vote.\n\n"
     "By Order of the Board\nMumbai, November 24, 2026")
F.append(S("b17f-06", "2026-11-24", "Sarvodaya Textiles - Notice of EGM", t, [
    M("Sarvodaya Textiles EGM", ["extra-ordinary general meeting", "egm"], "2026-12-18", "day", None,
      ["Sarvodaya Textiles Limited"], "upcoming",
      "NOTICE is hereby given that an Extra-Ordinary General Meeting (EGM) of the Members of Sarvodaya Textiles Limited will be held on Friday, 18th December, 2026 at 11:30 A.M. (IST) through Video Conferencing (\"VC\") / Other Audio Visual Means (\"OAVM\") to transact the following special business."),
]))

# f07 district council agenda with membership list, previous minutes and next meeting
t = ("HARROWFIELD DISTRICT COUNCIL\nPLANNING COMMITTEE\n\n"
     "Date: Tuesday, 12 May 2026\nTime: 7.00 pm\nVenue: Council Chamber, Civic Centre, Harrowfield\n\n"
     "Membership: Councillors Anita Patel (Chair), Robert Doyle, Simran Kaur and Michael Brennan.\n\n"
     "AGENDA\n1. Apologies for absence\n2. Minutes of the meeting held on 14 April 2026\n3. Application 26/0412/FUL - "
     "Land at Mill Lane\n4. Date of next meeting: Tuesday 9 June 2026\n\n"
     "Published: 1 May 2026")
F.append(S("b17f-07", "2026-05-01", "Harrowfield Planning Committee agenda", t, [
    M("Harrowfield Planning Committee (May)", ["planning committee"], "2026-05-12", "day",
      "Council Chamber, Civic Centre, Harrowfield",
      ["Planning Committee", "Anita Patel", "Robert Doyle", "Simran Kaur", "Michael Brennan"], "upcoming",
      "Date: Tuesday, 12 May 2026"),
    M("Harrowfield Planning Committee (April)", ["meeting held on 14 april"], "2026-04-14", "day", None,
      ["Planning Committee"], "past", "2. Minutes of the meeting held on 14 April 2026"),
    M("Harrowfield Planning Committee (June)", ["next meeting"], "2026-06-09", "day", None,
      ["Planning Committee"], "upcoming", "4. Date of next meeting: Tuesday 9 June 2026"),
]))

# f08 US city council agenda; work session is a second meeting
t = ("CITY OF LARKSPUR HILLS\nCITY COUNCIL REGULAR MEETING AGENDA\nMonday, March 2, 2026 - 7:00 PM\n"
     "City Hall Council Chambers, 410 Main Street\n\n"
     "1. Call to order and roll call\n2. Approval of minutes of the February 17, 2026 regular meeting\n"
     "3. Public hearing: rezoning of 88 Orchard Road\n4. Mayor's report\n5. Adjournment\n\n"
     "The City Council will hold a work session on the capital budget on Monday, March 9, 2026 at 5:30 PM in the "
     "Community Room.\n\nPosted February 27, 2026")
F.append(S("b17f-08", "2026-02-27", "Larkspur Hills City Council agenda", t, [
    M("Larkspur Hills City Council regular meeting (March 2)", ["regular meeting agenda"], "2026-03-02", "day",
      "City Hall Council Chambers, 410 Main Street", ["City Council"], "upcoming",
      "CITY COUNCIL REGULAR MEETING AGENDA\nMonday, March 2, 2026 - 7:00 PM"),
    M("Larkspur Hills City Council regular meeting (Feb 17)", ["february 17, 2026 regular meeting"], "2026-02-17", "day",
      None, ["City Council"], "past", "2. Approval of minutes of the February 17, 2026 regular meeting"),
    M("Larkspur Hills City Council work session", ["work session"], "2026-03-09", "day", "Community Room",
      ["City Council"], "upcoming",
      "The City Council will hold a work session on the capital budget on Monday, March 9, 2026 at 5:30 PM in the Community Room."),
]))

# f09 parish council summons
t = ("ASHCOMBE PARISH COUNCIL\n\n"
     "Members of the Council are hereby summoned to attend a meeting of Ashcombe Parish Council to be held in the "
     "Village Hall on Thursday 8 October 2026 at 7.30pm.\n\n"
     "Members of the public are welcome to attend.\n\nAGENDA\n1. Apologies\n2. Declarations of interest\n"
     "3. Speed watch scheme\n4. To note the date of the next meeting: Thursday 12 November 2026\n\n"
     "Helen Marsh, Clerk to the Council, 1 October 2026")
F.append(S("b17f-09", "2026-10-01", "Ashcombe Parish Council summons", t, [
    M("Ashcombe Parish Council meeting (October)", ["ashcombe parish council"], "2026-10-08", "day", "Village Hall",
      ["Ashcombe Parish Council"], "upcoming",
      "Members of the Council are hereby summoned to attend a meeting of Ashcombe Parish Council to be held in the Village Hall on Thursday 8 October 2026 at 7.30pm."),
    M("Ashcombe Parish Council meeting (November)", ["next meeting"], "2026-11-12", "day", None,
      ["Ashcombe Parish Council"], "upcoming", "4. To note the date of the next meeting: Thursday 12 November 2026"),
]))

# f10 university committee minutes with Present / In attendance / Apologies
t = ("FINANCE AND AUDIT COMMITTEE\n"
     "Minutes of the meeting held on Tuesday 3 February 2026 at 2.00pm in Room 4.12, Kings Building\n\n"
     "Present: Prof. Helen Ward (Chair), Dr Samuel Okoro, Ms Priya Nair, Mr Tom Leigh\n"
     "In attendance: Jane Fox (Secretary)\nApologies: Dr Mark Bell\n\n"
     "1. The minutes of the meeting of 4 November 2025 were approved.\n"
     "2. The Committee noted the management accounts to December.\n"
     "3. The next meeting will take place on Tuesday 5 May 2026.\n\n"
     "Circulated 10 February 2026")
F.append(S("b17f-10", "2026-02-10", "Finance and Audit Committee minutes", t, [
    M("Finance and Audit Committee (February)", ["finance and audit committee"], "2026-02-03", "day",
      "Room 4.12, Kings Building",
      ["Finance and Audit Committee", "Helen Ward", "Samuel Okoro", "Priya Nair", "Tom Leigh", "Jane Fox"], "past",
      "Minutes of the meeting held on Tuesday 3 February 2026 at 2.00pm in Room 4.12, Kings Building"),
    M("Finance and Audit Committee (November)", ["meeting of 4 november"], "2025-11-04", "day", None,
      ["Finance and Audit Committee"], "past", "1. The minutes of the meeting of 4 November 2025 were approved."),
    M("Finance and Audit Committee (May)", ["next meeting"], "2026-05-05", "day", None,
      ["Finance and Audit Committee"], "upcoming", "3. The next meeting will take place on Tuesday 5 May 2026."),
]))

# f11 union branch minutes
t = ("ALLIED WORKERS UNION - RIVERSIDE BRANCH\n"
     "Minutes of the branch meeting held on 19 January 2026 at the Trades Hall, Riverside\n\n"
     "Present: K. Ahmed (Chair), L. Murphy (Secretary), D. Evans, P. Singh\n\n"
     "The Secretary reported that the regional council had met on 8 January and endorsed the pay claim. "
     "Members agreed to send two delegates to the regional conference in Leeds on 14 March.\n\n"
     "Date of next meeting: 16 February 2026\n\nIssued 23 January 2026")
F.append(S("b17f-11", "2026-01-23", "Allied Workers Union Riverside branch minutes", t, [
    M("Riverside branch meeting (January)", ["branch meeting"], "2026-01-19", "day", "Trades Hall, Riverside",
      ["Allied Workers Union", "K. Ahmed", "L. Murphy", "D. Evans", "P. Singh"], "past",
      "Minutes of the branch meeting held on 19 January 2026 at the Trades Hall, Riverside"),
    M("Regional council meeting", ["regional council"], "2026-01-08", "day", None, ["regional council"], "past",
      "The Secretary reported that the regional council had met on 8 January and endorsed the pay claim."),
    M("Regional conference in Leeds", ["regional conference"], "2026-03-14", "day", "Leeds",
      ["Allied Workers Union"], "upcoming",
      "Members agreed to send two delegates to the regional conference in Leeds on 14 March."),
    M("Riverside branch meeting (February)", ["next meeting"], "2026-02-16", "day", None,
      ["Allied Workers Union"], "upcoming", "Date of next meeting: 16 February 2026"),
]))

# f12 charity trustees minutes: virtual meeting (no place), AGM with venue
t = ("Greenway Trust - Minutes of the Trustees' meeting, 11 November 2026 (held via Zoom)\n\n"
     "Present: Ruth Adeyemi (Chair), Colin Marsh, Fiona Grant, Owen Price\n\n"
     "Matters arising from the meeting of 9 September: the lease renewal has been signed.\n\n"
     "The Annual General Meeting of the Trust will be held on Saturday 5 December 2026 at 2pm in St Mary's Church Hall, "
     "Elm Road. Fiona Grant will present the accounts.\n\nApproved for circulation 16 November 2026")
F.append(S("b17f-12", "2026-11-16", "Greenway Trust trustees' minutes", t, [
    M("Greenway Trust trustees' meeting (November)", ["trustees' meeting"], "2026-11-11", "day", None,
      ["Greenway Trust", "Ruth Adeyemi", "Colin Marsh", "Fiona Grant", "Owen Price"], "past",
      "Greenway Trust - Minutes of the Trustees' meeting, 11 November 2026 (held via Zoom)"),
    M("Greenway Trust trustees' meeting (September)", ["meeting of 9 september"], "2026-09-09", "day", None,
      ["Greenway Trust"], "past",
      "Matters arising from the meeting of 9 September: the lease renewal has been signed."),
    M("Greenway Trust AGM", ["annual general meeting"], "2026-12-05", "day", "St Mary's Church Hall, Elm Road",
      ["Greenway Trust", "Fiona Grant"], "upcoming",
      "The Annual General Meeting of the Trust will be held on Saturday 5 December 2026 at 2pm in St Mary's Church Hall, Elm Road."),
]))

# f13 select committee schedule, witnesses
t = ("House of Commons - Select committee meetings, week beginning 9 March 2026\n\n"
     "Tuesday 10 March 2026, 9.30am - Foreign Affairs Committee, Room 8, Portcullis House. Oral evidence: UK policy "
     "on the Sahel. Witnesses: Dr Amina Diallo, Chatham House; Lord Peter Hain.\n\n"
     "Wednesday 11 March 2026, 2.30pm - Health and Social Care Committee, Committee Room 15, Palace of Westminster. "
     "Oral evidence: NHS dentistry. Witness: Stephen Kinnock MP, Minister of State for Care.\n\n"
     "Thursday 12 March 2026 - Environmental Audit Committee: private meeting.\n\n"
     "Published Friday 6 March 2026")
F.append(S("b17f-13", "2026-03-06", "Select committee meetings, week beginning 9 March", t, [
    M("Foreign Affairs Committee evidence session", ["foreign affairs committee"], "2026-03-10", "day",
      "Room 8, Portcullis House", ["Foreign Affairs Committee", "Amina Diallo", "Peter Hain"], "upcoming",
      "Tuesday 10 March 2026, 9.30am - Foreign Affairs Committee, Room 8, Portcullis House."),
    M("Health and Social Care Committee evidence session", ["health and social care committee"], "2026-03-11", "day",
      "Committee Room 15, Palace of Westminster", ["Health and Social Care Committee", "Stephen Kinnock"], "upcoming",
      "Wednesday 11 March 2026, 2.30pm - Health and Social Care Committee, Committee Room 15, Palace of Westminster."),
    M("Environmental Audit Committee private meeting", ["environmental audit committee"], "2026-03-12", "day", None,
      ["Environmental Audit Committee"], "upcoming",
      "Thursday 12 March 2026 - Environmental Audit Committee: private meeting."),
]))

# f14 US Senate hearings schedule with a postponed hearing (not recorded)
t = ("SENATE COMMITTEE HEARINGS - WEEK OF APRIL 13, 2026\n\n"
     "Tuesday, April 14, 2026, 9:30 a.m. - Committee on Armed Services. Hearing to consider the nomination of Vice Adm. "
     "Carla Reyes to be Chief of Naval Operations. SD-G50 Dirksen Senate Office Building.\n\n"
     "Wednesday, April 15, 2026, 10:00 a.m. - Committee on Energy and Natural Resources. Hearing on wildfire "
     "resilience. POSTPONED.\n\n"
     "Thursday, April 16, 2026, 10:00 a.m. - Committee on Foreign Relations. Business meeting to consider pending "
     "treaties. S-116 Capitol.\n\nUpdated Friday, April 10, 2026")
F.append(S("b17f-14", "2026-04-10", "Senate committee hearings, week of April 13", t, [
    M("Armed Services nomination hearing", ["armed services"], "2026-04-14", "day",
      "SD-G50 Dirksen Senate Office Building", ["Committee on Armed Services", "Carla Reyes"], "upcoming",
      "Tuesday, April 14, 2026, 9:30 a.m. - Committee on Armed Services."),
    M("Foreign Relations business meeting", ["foreign relations", "business meeting"], "2026-04-16", "day",
      "S-116 Capitol", ["Committee on Foreign Relations"], "upcoming",
      "Thursday, April 16, 2026, 10:00 a.m. - Committee on Foreign Relations."),
]))

# f15 annual meeting schedule of a regional council's committees
t = ("Wellmouth Regional Council - Committee meeting schedule 2026\n\n"
     "All meetings are held in the Council Chamber, 100 Harbour Street, starting at 9.30am.\n\n"
     "Transport Committee: 4 February, 1 April\n"
     "Environment Committee: 11 February\n"
     "Finance and Risk Committee: 18 February\n\n"
     "The schedule was adopted at the Council meeting of 10 December 2025.\n\nIssued 12 January 2026")
F.append(S("b17f-15", "2026-01-12", "Wellmouth Regional Council committee schedule", t, [
    M("Transport Committee (February)", ["transport committee"], "2026-02-04", "day",
      "Council Chamber, 100 Harbour Street", ["Transport Committee"], "upcoming",
      "Transport Committee: 4 February, 1 April"),
    M("Transport Committee (April)", ["1 april"], "2026-04-01", "day",
      "Council Chamber, 100 Harbour Street", ["Transport Committee"], "upcoming",
      "Transport Committee: 4 February, 1 April"),
    M("Environment Committee", ["environment committee"], "2026-02-11", "day",
      "Council Chamber, 100 Harbour Street", ["Environment Committee"], "upcoming",
      "Environment Committee: 11 February"),
    M("Finance and Risk Committee", ["finance and risk committee"], "2026-02-18", "day",
      "Council Chamber, 100 Harbour Street", ["Finance and Risk Committee"], "upcoming",
      "Finance and Risk Committee: 18 February"),
    M("Wellmouth Regional Council meeting (December)", ["council meeting of 10 december"], "2025-12-10", "day", None,
      ["Wellmouth Regional Council"], "past",
      "The schedule was adopted at the Council meeting of 10 December 2025."),
]))

# f16 wire-service week-ahead diary: meetings among speeches and data releases
t = ("DIARY - Political and economic events, June 15-19\n\n"
     "MONDAY, JUNE 15\nLUXEMBOURG - EU foreign ministers meet.\nFRANKFURT - ECB President Christine Lagarde speaks "
     "at a banking conference.\n\n"
     "TUESDAY, JUNE 16\nTOKYO - Bank of Japan two-day policy meeting (to June 17).\nWASHINGTON - U.S. retail sales "
     "for May.\n\n"
     "THURSDAY, JUNE 18\nBRUSSELS - European Council summit (to June 19).\nLONDON - Bank of England interest rate "
     "decision.\n\nCompiled Friday, June 12, 2026")
F.append(S("b17f-16", "2026-06-12", "Diary - events June 15-19", t, [
    M("EU foreign ministers meeting", ["eu foreign ministers"], "2026-06-15", "day", "Luxembourg",
      ["EU"], "upcoming", "LUXEMBOURG - EU foreign ministers meet."),
    M("Bank of Japan policy meeting", ["bank of japan"], "2026-06-16", "day", "Tokyo", ["Bank of Japan"], "upcoming",
      "TOKYO - Bank of Japan two-day policy meeting (to June 17).", end_date="2026-06-17"),
    M("European Council summit", ["european council"], "2026-06-18", "day", "Brussels", ["European Council"],
      "upcoming", "BRUSSELS - European Council summit (to June 19).", end_date="2026-06-19"),
]))

# f17 minister's week-ahead engagements
t = ("Secretary of State for Environment - engagements, week commencing 2 November 2026\n\n"
     "Monday: Cabinet, 10 Downing Street.\n"
     "Tuesday: meeting with National Farmers' Union President Tom Bradshaw on the farm budget.\n"
     "Wednesday: visit to a flood defence scheme in Carlisle.\n"
     "Thursday: Environment Questions, House of Commons.\n\n"
     "Published 30 October 2026")
F.append(S("b17f-17", "2026-10-30", "Environment Secretary's engagements", t, [
    M("Cabinet meeting", ["cabinet"], "2026-11-02", "day", "10 Downing Street", ["Cabinet"], "upcoming",
      "Monday: Cabinet, 10 Downing Street."),
    M("Meeting with NFU President", ["national farmers' union"], "2026-11-03", "day", None,
      ["National Farmers' Union", "Tom Bradshaw"], "upcoming",
      "Tuesday: meeting with National Farmers' Union President Tom Bradshaw on the farm budget."),
]))

# f18 corporate diary: AGMs and EGM among results and capital markets days
t = ("CORPORATE DIARY - week of 23 February 2026\n\n"
     "Mon 23 Feb: Fenwright Group - full-year results. Calder Mining - AGM, Perth.\n"
     "Tue 24 Feb: Ostrava Brewing - general meeting to approve the Pilsen acquisition.\n"
     "Wed 25 Feb: Marlowe Insurance - capital markets day for analysts, London.\n"
     "Thu 26 Feb: Quayside REIT - ex-dividend date.\n\nPrepared 20 February 2026")
F.append(S("b17f-18", "2026-02-20", "Corporate diary, week of 23 February", t, [
    M("Calder Mining AGM", ["calder mining"], "2026-02-23", "day", "Perth", ["Calder Mining"], "upcoming",
      "Calder Mining - AGM, Perth."),
    M("Ostrava Brewing general meeting", ["ostrava brewing"], "2026-02-24", "day", None, ["Ostrava Brewing"],
      "upcoming", "Tue 24 Feb: Ostrava Brewing - general meeting to approve the Pilsen acquisition."),
]))

# f19 company financial calendar: one AGM among reports and dividend dates
t = ("Financial calendar 2026 - Skarvik AB (publ)\n\n"
     "12 February 2026 - Year-end report 2025\n"
     "23 April 2026 - Annual General Meeting, Stockholm\n"
     "24 April 2026 - Ex-dividend date\n"
     "28 April 2026 - Interim report January-March\n"
     "17 July 2026 - Interim report January-June\n\nLast updated 5 January 2026")
F.append(S("b17f-19", "2026-01-05", "Skarvik financial calendar 2026", t, [
    M("Skarvik AGM", ["annual general meeting"], "2026-04-23", "day", "Stockholm", ["Skarvik AB"], "upcoming",
      "23 April 2026 - Annual General Meeting, Stockholm"),
]))

# f20 bank financial calendar: AGM with venue, last year's AGM in text, capital markets day not a meeting
t = ("Rheinische Handelsbank AG - Financial calendar\n\n"
     "Annual General Meeting 2026: 6 May 2026, 10:00 a.m., Messe Frankfurt, Congress Center.\n"
     "Capital Markets Day: 24 June 2026.\nHalf-year report: 30 July 2026.\n\n"
     "At the Annual General Meeting on 7 May 2025, shareholders approved a dividend of 1.10 euros.\n\n"
     "As of 2 March 2026")
F.append(S("b17f-20", "2026-03-02", "Rheinische Handelsbank financial calendar", t, [
    M("Rheinische Handelsbank AGM 2026", ["annual general meeting 2026"], "2026-05-06", "day",
      "Messe Frankfurt, Congress Center", ["Rheinische Handelsbank AG"], "upcoming",
      "Annual General Meeting 2026: 6 May 2026, 10:00 a.m., Messe Frankfurt, Congress Center."),
    M("Rheinische Handelsbank AGM 2025", ["7 may 2025"], "2025-05-07", "day", None,
      ["Rheinische Handelsbank AG"], "past",
      "At the Annual General Meeting on 7 May 2025, shareholders approved a dividend of 1.10 euros."),
]))

# f21 investment trust key dates: general meeting for a continuation vote
t = ("Harbourline Investment Trust plc - Key dates\n\n"
     "Half-year end: 30 June 2026\nInterim results: 12 August 2026\n"
     "General Meeting (continuation vote): 10 September 2026, 12 noon, at the offices of Aldgate Partners, "
     "1 Broad Street, London\nRecord date for interim dividend: 4 September 2026\n\nUpdated 1 July 2026")
F.append(S("b17f-21", "2026-07-01", "Harbourline Investment Trust key dates", t, [
    M("Harbourline general meeting (continuation vote)", ["general meeting", "continuation vote"], "2026-09-10", "day",
      "offices of Aldgate Partners, 1 Broad Street, London", ["Harbourline Investment Trust plc"], "upcoming",
      "General Meeting (continuation vote): 10 September 2026, 12 noon, at the offices of Aldgate Partners, 1 Broad Street, London"),
]))

# f22 State Department readout: meeting today; Quad meeting next month
t = ("Secretary Rubio's Meeting with Japanese Foreign Minister Motegi\n"
     "Office of the Spokesperson, March 12, 2026\n\n"
     "Secretary of State Marco Rubio met today with Japanese Foreign Minister Toshimitsu Motegi in Washington. "
     "The Secretary and the Foreign Minister discussed export controls and the security situation in the East China Sea.\n\n"
     "They look forward to the Quad Foreign Ministers' Meeting in New Delhi next month.")
F.append(S("b17f-22", "2026-03-12", "Secretary Rubio's meeting with Foreign Minister Motegi", t, [
    M("Rubio-Motegi meeting", ["motegi"], "2026-03-12", "day", "Washington",
      ["Marco Rubio", "Toshimitsu Motegi"], "past",
      "Secretary of State Marco Rubio met today with Japanese Foreign Minister Toshimitsu Motegi in Washington."),
    M("Quad Foreign Ministers' Meeting", ["quad"], "2026-04", "month", "New Delhi", ["Quad"], "upcoming",
      "They look forward to the Quad Foreign Ministers' Meeting in New Delhi next month."),
]))

# f23 Downing Street readout: visit today, phone call (doubtful, optional), NATO summit in July
t = ("PM meeting with President of Finland: 21 January 2026\n\n"
     "Prime Minister Keir Starmer welcomed President Alexander Stubb to Downing Street today. The leaders discussed "
     "support for Ukraine and Arctic security.\n\n"
     "Earlier today the Prime Minister spoke by phone with Chancellor Friedrich Merz.\n\n"
     "The leaders agreed to meet again at the NATO Summit in Ankara in July.")
F.append(S("b17f-23", "2026-01-21", "PM meeting with President of Finland", t, [
    M("Starmer-Stubb meeting", ["alexander stubb"], "2026-01-21", "day", "Downing Street",
      ["Keir Starmer", "Alexander Stubb"], "past",
      "Prime Minister Keir Starmer welcomed President Alexander Stubb to Downing Street today."),
    M("Starmer-Merz phone call", ["by phone"], "2026-01-21", "day", None, ["Keir Starmer", "Friedrich Merz"], "past",
      "Earlier today the Prime Minister spoke by phone with Chancellor Friedrich Merz.", optional=True),
    M("NATO Summit in Ankara", ["nato summit"], "2026-07", "month", "Ankara", ["NATO", "Keir Starmer", "Alexander Stubb"], "upcoming",
      "The leaders agreed to meet again at the NATO Summit in Ankara in July."),
]))

# f24 union notice: special general meeting; cancelled regular meeting not recorded
t = ("NOTICE TO ALL MEMBERS - LOCAL 418\n\n"
     "A Special General Meeting of Local 418 will be held on Saturday, September 19, 2026 at 10:00 a.m. at the Union "
     "Hall, 30 Orange Tree Circle, Vacaville, to vote on the proposed dues increase.\n\n"
     "The regular membership meeting scheduled for October 8 has been canceled.\n\n"
     "In solidarity, Maria Lopez, Recording Secretary\nSeptember 1, 2026")
F.append(S("b17f-24", "2026-09-01", "Local 418 notice to members", t, [
    M("Local 418 special general meeting", ["special general meeting"], "2026-09-19", "day",
      "Union Hall, 30 Orange Tree Circle, Vacaville", ["Local 418"], "upcoming",
      "A Special General Meeting of Local 418 will be held on Saturday, September 19, 2026 at 10:00 a.m. at the Union Hall, 30 Orange Tree Circle, Vacaville, to vote on the proposed dues increase."),
]))

# f25 union update: talks with employers, committee met, special sector conference
t = ("UCU update to members in higher education - 24 February 2026\n\n"
     "Pay talks with the Universities and Colleges Employers Association (UCEA) will take place on 4 March. "
     "Our Higher Education Committee met on 20 February and agreed to consult members on the employers' offer.\n\n"
     "A special higher education sector conference will be held in Manchester on 14 March to decide on next steps.")
F.append(S("b17f-25", "2026-02-24", "UCU update to HE members", t, [
    M("UCU-UCEA pay talks", ["pay talks"], "2026-03-04", "day", None,
      ["UCU", "Universities and Colleges Employers Association"], "upcoming",
      "Pay talks with the Universities and Colleges Employers Association (UCEA) will take place on 4 March."),
    M("UCU Higher Education Committee", ["higher education committee"], "2026-02-20", "day", None,
      ["Higher Education Committee"], "past",
      "Our Higher Education Committee met on 20 February and agreed to consult members on the employers' offer."),
    M("UCU special HE sector conference", ["sector conference"], "2026-03-14", "day", "Manchester", ["UCU"], "upcoming",
      "A special higher education sector conference will be held in Manchester on 14 March to decide on next steps."),
]))

if __name__ == "__main__":
    emit(F, sys.argv[1] if len(sys.argv) > 1 else "blind17f.jsonl")
