"""blind17e wire stories, part A (e01-e23). Invented stories, annotated by the guideline."""
from common import M, S, nxt, prv, add, wk

A = []

# e01 -- implied home-city place (Canberra), participants in neighbouring sentences, past officials meeting
p = "2026-03-03"
t = ("CANBERRA, March 3 (Reuters) - Australia will hold two days of security talks with a visiting Indonesian "
     "delegation from Thursday, the government said on Tuesday, as the neighbours try to calm a row over fishing patrols.\n\n"
     "Foreign Minister Penny Wong and Defence Minister Richard Marles will lead the Australian side. Indonesia's "
     "delegation is headed by Foreign Minister Sugiono, who arrives on Wednesday.\n\n"
     "The talks follow a meeting of senior officials in Jakarta last month that ended without agreement on patrol boundaries.\n\n"
     "\"We expect frank discussions,\" Wong told reporters.")
A.append(S("b17e-01", p, "Australia, Indonesia to hold security talks", t, [
    M("Australia-Indonesia security talks", ["security talks"], nxt(p, "thu"), "day", "Canberra",
      ["Australia", "Penny Wong", "Richard Marles", "Indonesia", "Sugiono"], "upcoming",
      "CANBERRA, March 3 (Reuters) - Australia will hold two days of security talks with a visiting Indonesian delegation from Thursday, the government said on Tuesday, as the neighbours try to calm a row over fishing patrols.",
      end_date=add(nxt(p, "thu"), 1)),
    M("Australia-Indonesia senior officials meeting", ["meeting of senior officials"], "2026-02", "month", "Jakarta",
      [], "past",
      "The talks follow a meeting of senior officials in Jakarta last month that ended without agreement on patrol boundaries."),
]))

# e02 -- central bank, home city implied, last month's meeting is a different meeting, news conference not a meeting
p = "2026-04-08"
t = ("FRANKFURT, April 8 (Reuters) - The European Central Bank's Governing Council will meet on April 16 and is expected "
     "to leave interest rates unchanged, a Reuters poll of economists showed on Wednesday.\n\n"
     "At its March meeting, the council cut the deposit rate by a quarter point and signalled it was in no hurry to move again.\n\n"
     "President Christine Lagarde will hold a news conference after the decision. Markets price a further cut by September.")
A.append(S("b17e-02", p, "ECB seen on hold at April meeting", t, [
    M("ECB Governing Council April meeting", ["governing council"], "2026-04-16", "day", "Frankfurt",
      ["European Central Bank"], "upcoming",
      "FRANKFURT, April 8 (Reuters) - The European Central Bank's Governing Council will meet on April 16 and is expected to leave interest rates unchanged, a Reuters poll of economists showed on Wednesday."),
    M("ECB Governing Council March meeting", ["march meeting"], "2026-03", "month", "Frankfurt",
      ["European Central Bank"], "past",
      "At its March meeting, the council cut the deposit rate by a quarter point and signalled it was in no hurry to move again."),
]))

# e03 -- company AGM: no implied place; record date and dividend date are not meetings
p = "2026-04-20"
t = ("LONDON, April 20 (Reuters) - Harwick Foods Plc said on Monday that shareholders would vote on the sale of its "
     "frozen-food arm at its annual general meeting on May 14.\n\n"
     "Investors on the register at the close of business on May 12 will be entitled to vote. The final dividend of 6.2 pence "
     "will be paid on June 3.\n\n"
     "Shares in Harwick rose 3% in early trading.")
A.append(S("b17e-03", p, "Harwick Foods puts unit sale to AGM vote", t, [
    M("Harwick Foods annual general meeting", ["annual general meeting", "harwick"], "2026-05-14", "day", None,
      ["Harwick Foods"], "upcoming",
      "LONDON, April 20 (Reuters) - Harwick Foods Plc said on Monday that shareholders would vote on the sale of its frozen-food arm at its annual general meeting on May 14."),
]))

# e04 -- cancelled talks (not recorded), earlier meeting recorded
p = "2026-06-18"
t = ("ANKARA, June 18 (Reuters) - Talks between Armenian and Azerbaijani negotiators planned for Friday in Istanbul "
     "have been called off, Turkey's foreign ministry said on Thursday, without giving a reason.\n\n"
     "Armenia and Azerbaijan last met in Istanbul on May 29, when they agreed to reopen a border crossing for aid convoys.\n\n"
     "Diplomats said the cancellation reflected a dispute over the agenda.")
A.append(S("b17e-04", p, "Armenia-Azerbaijan talks called off", t, [
    M("Armenia-Azerbaijan talks in Istanbul (May)", ["last met"], "2026-05-29", "day", "Istanbul",
      ["Armenia", "Azerbaijan"], "past",
      "Armenia and Azerbaijan last met in Istanbul on May 29, when they agreed to reopen a border crossing for aid convoys."),
]))

# e05 -- postponed summit: recorded at the new date, original date not recorded
p = "2026-09-10"
t = ("ADDIS ABABA, Sept 10 (AFP) - The African Union has postponed a summit on the war in Sudan that was due to open "
     "on Saturday, its commission said on Thursday.\n\n"
     "The heads of state will now meet at the AU headquarters on October 3, the commission said, after several leaders "
     "said they could not travel at short notice.\n\n"
     "Commission chairman Mahmoud Ali Youssouf said the delay would give mediators time to prepare.")
A.append(S("b17e-05", p, "AU postpones Sudan summit", t, [
    M("African Union summit on Sudan", ["summit", "african union"], "2026-10-03", "day", "AU headquarters, Addis Ababa",
      ["African Union"], "upcoming",
      "The heads of state will now meet at the AU headquarters on October 3, the commission said, after several leaders said they could not travel at short notice."),
]))

# e06 -- several meetings: officials today, ministers Monday, ministers again in April elsewhere
p = "2026-02-13"
t = ("BRUSSELS, Feb 13 (Reuters) - European Union agriculture ministers will meet here on Monday to discuss emergency aid "
     "for dairy farmers hit by low milk prices, diplomats said.\n\n"
     "Senior officials met on Friday to prepare the meeting but failed to agree on how the aid should be shared among "
     "member states.\n\n"
     "If no deal is reached on Monday, the ministers will take up the issue again when they meet in Luxembourg in April.")
A.append(S("b17e-06", p, "EU farm ministers to discuss dairy aid", t, [
    M("EU agriculture ministers meeting", ["agriculture ministers"], nxt(p, "mon"), "day", "Brussels",
      ["European Union"], "upcoming",
      "BRUSSELS, Feb 13 (Reuters) - European Union agriculture ministers will meet here on Monday to discuss emergency aid for dairy farmers hit by low milk prices, diplomats said."),
    M("EU senior officials preparatory meeting", ["senior officials"], p, "day", "Brussels",
      [], "past",
      "Senior officials met on Friday to prepare the meeting but failed to agree on how the aid should be shared among member states."),
    M("EU agriculture ministers meeting in Luxembourg", ["luxembourg"], "2026-04", "month", "Luxembourg",
      ["European Union"], "upcoming",
      "If no deal is reached on Monday, the ministers will take up the issue again when they meet in Luxembourg in April."),
]))

# e07 -- committee hearing, home city implied (Washington)
p = "2026-05-05"
t = ("WASHINGTON, May 5 (Reuters) - The Senate Banking Committee will hold a confirmation hearing on Thursday for Laura "
     "Benton, President Donald Trump's nominee to head the Federal Deposit Insurance Corp, a committee aide said on Tuesday.\n\n"
     "Benton, a former Treasury official, is expected to face questions about bank capital rules.")
A.append(S("b17e-07", p, "Senate panel to hear FDIC nominee", t, [
    M("Senate Banking Committee confirmation hearing", ["banking committee", "confirmation hearing"], nxt(p, "thu"), "day",
      "Washington", ["Senate Banking Committee", "Laura Benton"], "upcoming",
      "WASHINGTON, May 5 (Reuters) - The Senate Banking Committee will hold a confirmation hearing on Thursday for Laura Benton, President Donald Trump's nominee to head the Federal Deposit Insurance Corp, a committee aide said on Tuesday."),
]))

# e08 -- sports body: council meeting, earlier council meeting elsewhere; a match is not a meeting
p = "2026-10-02"
t = ("ZURICH, Oct 2 (Reuters) - FIFA's Council will meet in Zurich on October 22 to choose the host of the 2031 Women's "
     "World Cup, soccer's governing body said on Friday.\n\n"
     "The decision had been due at the council's last meeting in Miami in June but was deferred after a late bid "
     "from a joint Nordic group.\n\n"
     "Switzerland play Italy in a friendly in Basel on Saturday.")
A.append(S("b17e-08", p, "FIFA to pick 2031 Women's World Cup host", t, [
    M("FIFA Council meeting (October)", ["fifa's council"], "2026-10-22", "day", "Zurich", ["FIFA"], "upcoming",
      "ZURICH, Oct 2 (Reuters) - FIFA's Council will meet in Zurich on October 22 to choose the host of the 2031 Women's World Cup, soccer's governing body said on Friday."),
    M("FIFA Council meeting in Miami (June)", ["miami"], "2026-06", "month", "Miami", ["FIFA"], "past",
      "The decision had been due at the council's last meeting in Miami in June but was deferred after a late bid from a joint Nordic group."),
]))

# e09 -- union: executive meeting (home city unknown -> no place), past talks "at the offices of" a firm
p = "2026-01-22"
t = ("LONDON, Jan 22 (Reuters) - The executive of the Transport Workers' Federation will meet on Monday to decide whether "
     "to call a national rail strike, the union said on Thursday.\n\n"
     "Talks between the union and Northline Rail at the offices of law firm Pryce & Co on Wednesday ended without agreement "
     "on pay, general secretary Dave Mercer said.\n\n"
     "Northline said it had made a fair offer.")
A.append(S("b17e-09", p, "Rail union weighs strike after talks fail", t, [
    M("TWF executive meeting", ["executive"], nxt(p, "mon"), "day", None, ["Transport Workers' Federation"], "upcoming",
      "LONDON, Jan 22 (Reuters) - The executive of the Transport Workers' Federation will meet on Monday to decide whether to call a national rail strike, the union said on Thursday."),
    M("TWF-Northline Rail pay talks", ["northline"], prv(p, "wed"), "day", "offices of law firm Pryce & Co",
      ["Transport Workers' Federation", "Northline Rail"], "past",
      "Talks between the union and Northline Rail at the offices of law firm Pryce & Co on Wednesday ended without agreement on pay, general secretary Dave Mercer said."),
]))

# e10 -- court: hearing not a meeting; court-ordered settlement conference doubtful (optional); past mediation talks
p = "2026-07-14"
t = ("NEW YORK, July 14 (Reuters) - A federal judge on Tuesday ordered Castell Pharma and Orrin Biotech to attend a "
     "settlement conference on July 28 in their patent fight over a diabetes drug.\n\n"
     "A hearing on Orrin's request for an injunction is set for Aug. 3. The companies held mediation talks in March "
     "that failed to produce a deal, according to court filings.")
A.append(S("b17e-10", p, "Judge orders drugmakers to settlement conference", t, [
    M("Castell-Orrin settlement conference", ["settlement conference"], "2026-07-28", "day", None,
      ["Castell Pharma", "Orrin Biotech"], "upcoming",
      "NEW YORK, July 14 (Reuters) - A federal judge on Tuesday ordered Castell Pharma and Orrin Biotech to attend a settlement conference on July 28 in their patent fight over a diabetes drug.",
      optional=True),
    M("Castell-Orrin mediation talks", ["mediation talks"], "2026-03", "month", None,
      ["Castell Pharma", "Orrin Biotech"], "past",
      "The companies held mediation talks in March that failed to produce a deal, according to court filings."),
]))

# e11 -- multi-day summit ongoing, start in a subordinate clause; bilateral on the sidelines
p = "2026-09-15"
t = ("SAMARKAND, Uzbekistan, Sept 15 (Reuters) - Leaders of the Shanghai Cooperation Organisation pressed on with their "
     "summit in this Silk Road city on Tuesday, with a joint declaration on trade expected before the meeting, which "
     "opened on Monday, closes on Wednesday.\n\n"
     "On the sidelines, Chinese President Xi Jinping and Russian President Vladimir Putin held talks on Monday evening "
     "that the Kremlin described as warm.\n\n"
     "India was represented by its foreign minister.")
A.append(S("b17e-11", p, "SCO summit in second day", t, [
    M("SCO summit", ["shanghai cooperation organisation", "summit"], prv(p, "mon"), "day", "Samarkand",
      ["Shanghai Cooperation Organisation"], "ongoing",
      "SAMARKAND, Uzbekistan, Sept 15 (Reuters) - Leaders of the Shanghai Cooperation Organisation pressed on with their summit in this Silk Road city on Tuesday, with a joint declaration on trade expected before the meeting, which opened on Monday, closes on Wednesday.",
      end_date=nxt(p, "wed")),
    M("Xi-Putin talks", ["xi jinping"], prv(p, "mon"), "day", "Samarkand", ["Xi Jinping", "Vladimir Putin"], "past",
      "On the sidelines, Chinese President Xi Jinping and Russian President Vladimir Putin held talks on Monday evening that the Kremlin described as warm."),
]))

# e12 -- UN Security Council: requesting members named in the next sentence; last week's meeting is separate
p = "2026-02-26"
t = ("UNITED NATIONS, Feb 26 (Reuters) - The U.N. Security Council will meet on Friday to discuss the fighting in eastern "
     "Congo, diplomats said on Thursday.\n\n"
     "The meeting was requested by France and Britain after rebels advanced on the city of Uvira.\n\n"
     "A council meeting on the same crisis last week ended without a joint statement because of objections from Rwanda's allies.")
A.append(S("b17e-12", p, "U.N. Security Council to meet on Congo", t, [
    M("UN Security Council meeting on Congo", ["security council"], nxt(p, "fri"), "day", "United Nations",
      ["U.N. Security Council", "France", "Britain"], "upcoming",
      "UNITED NATIONS, Feb 26 (Reuters) - The U.N. Security Council will meet on Friday to discuss the fighting in eastern Congo, diplomats said on Thursday."),
    M("UN Security Council meeting last week", ["last week"], wk(p, -1), "week", "United Nations",
      ["U.N. Security Council"], "past",
      "A council meeting on the same crisis last week ended without a joint statement because of objections from Rwanda's allies."),
]))

# e13 -- "met late yesterday" and resumed talks on Thursday (two sessions)
p = "2026-06-03"
t = ("TOKYO, June 3 (Reuters) - Japanese and U.S. trade negotiators met late yesterday and will resume talks on Thursday, "
     "officials said, as the two sides try to settle a dispute over car tariffs.\n\n"
     "Japan's chief negotiator Kenji Morita and U.S. Deputy Trade Representative Dana Whitfield, who arrived in Tokyo on "
     "Monday, lead the talks.")
A.append(S("b17e-13", p, "Japan, U.S. trade talks to resume", t, [
    M("Japan-U.S. trade talks (Tuesday)", ["met late yesterday"], add(p, -1), "day", "Tokyo",
      ["Japan", "Kenji Morita", "Dana Whitfield"], "past",
      "TOKYO, June 3 (Reuters) - Japanese and U.S. trade negotiators met late yesterday and will resume talks on Thursday, officials said, as the two sides try to settle a dispute over car tariffs."),
    M("Japan-U.S. trade talks (Thursday)", ["resume talks"], nxt(p, "thu"), "day", "Tokyo",
      ["Japan", "Kenji Morita", "Dana Whitfield"], "upcoming",
      "TOKYO, June 3 (Reuters) - Japanese and U.S. trade negotiators met late yesterday and will resume talks on Thursday, officials said, as the two sides try to settle a dispute over car tariffs."),
]))

# e14 -- "is meeting this morning" ongoing; video conference with no place
p = "2026-03-18"
t = ("OTTAWA, March 18 (Reuters) - Canada's cabinet is meeting this morning to approve a list of U.S. goods that would "
     "face retaliatory tariffs, a government source said on Wednesday.\n\n"
     "Trade ministers from the Group of Seven will hold a video conference on Friday to discuss the dispute, the source added.")
A.append(S("b17e-14", p, "Canada cabinet weighs retaliation list", t, [
    M("Canadian cabinet meeting", ["cabinet"], p, "day", "Ottawa", ["Canada"], "ongoing",
      "OTTAWA, March 18 (Reuters) - Canada's cabinet is meeting this morning to approve a list of U.S. goods that would face retaliatory tariffs, a government source said on Wednesday."),
    M("G7 trade ministers video conference", ["video conference", "group of seven"], nxt(p, "fri"), "day", None,
      ["Group of Seven"], "upcoming",
      "Trade ministers from the Group of Seven will hold a video conference on Friday to discuss the dispute, the source added."),
]))

# e15 -- negotiations launched months ago, still running (ongoing); ministers' review meeting
p = "2026-05-12"
t = ("GENEVA, May 12 (Reuters) - World Trade Organization negotiations on farm subsidies, launched last September, "
     "entered what diplomats called their final phase on Tuesday.\n\n"
     "Trade ministers will review the draft text at a meeting in Geneva on June 9, WTO Director-General Ngozi "
     "Okonjo-Iweala told members.")
A.append(S("b17e-15", p, "WTO farm talks enter final phase", t, [
    M("WTO farm subsidy negotiations", ["negotiations on farm subsidies"], "2025-09", "month", "Geneva",
      ["World Trade Organization"], "ongoing",
      "GENEVA, May 12 (Reuters) - World Trade Organization negotiations on farm subsidies, launched last September, entered what diplomats called their final phase on Tuesday."),
    M("WTO trade ministers review meeting", ["trade ministers"], "2026-06-09", "day", "Geneva",
      ["World Trade Organization"], "upcoming",
      "Trade ministers will review the draft text at a meeting in Geneva on June 9, WTO Director-General Ngozi Okonjo-Iweala told members."),
]))

# e16 -- state visit with talks
p = "2026-10-20"
t = ("SEOUL, Oct 20 (AFP) - South Korean President Lee Jae-myung will pay a state visit to Vietnam next week, holding "
     "talks with President Luong Cuong on supply chains and defence, his office said Tuesday.\n\n"
     "Lee will also meet South Korean business leaders in Ho Chi Minh City.")
A.append(S("b17e-16", p, "Lee to make state visit to Vietnam", t, [
    M("Lee Jae-myung state visit to Vietnam", ["state visit"], wk(p, 1), "week", "Vietnam",
      ["Lee Jae-myung", "Luong Cuong"], "upcoming",
      "SEOUL, Oct 20 (AFP) - South Korean President Lee Jae-myung will pay a state visit to Vietnam next week, holding talks with President Luong Cuong on supply chains and defence, his office said Tuesday."),
    M("Lee meets Korean business leaders", ["business leaders"], wk(p, 1), "week", "Ho Chi Minh City",
      ["Lee Jae-myung"], "upcoming",
      "Lee will also meet South Korean business leaders in Ho Chi Minh City.", optional=True),
]))

# e17 -- "will discuss ... with [minister] next month"
p = "2026-04-29"
t = ("New Delhi, April 29 (IANS) Commerce and Industry Minister Piyush Goyal will discuss the proposed free trade "
     "agreement with UK Business and Trade Secretary Peter Kyle next month during a visit to London, officials said on Wednesday.\n\n"
     "India and Britain concluded the tenth round of negotiations earlier this month.")
A.append(S("b17e-17", p, "Goyal to visit London for FTA talks", t, [
    M("Goyal-Kyle FTA talks", ["free trade agreement", "piyush goyal"], "2026-05", "month", "London",
      ["Piyush Goyal", "Peter Kyle"], "upcoming",
      "New Delhi, April 29 (IANS) Commerce and Industry Minister Piyush Goyal will discuss the proposed free trade agreement with UK Business and Trade Secretary Peter Kyle next month during a visit to London, officials said on Wednesday."),
    M("Tenth round of India-UK negotiations", ["tenth round"], "2026-04", "month", None, ["India", "Britain"], "past",
      "India and Britain concluded the tenth round of negotiations earlier this month."),
]))

# e18 -- regular session opened today (ongoing), parliament in home city
p = "2026-02-02"
t = ("NAIROBI, Feb 2 (Reuters) - Kenyan lawmakers returned on Monday for the National Assembly's regular session, "
     "with a contested finance bill at the top of the agenda.\n\n"
     "Speaker Moses Wetang'ula told members the house would sit until the end of April.")
A.append(S("b17e-18", p, "Kenyan parliament resumes", t, [
    M("Kenya National Assembly regular session", ["regular session", "national assembly"], p, "day", "Nairobi",
      ["National Assembly"], "ongoing",
      "NAIROBI, Feb 2 (Reuters) - Kenyan lawmakers returned on Monday for the National Assembly's regular session, with a contested finance bill at the top of the agenda."),
]))

# e19 -- date in a relative clause belongs to the strike, not the talks
p = "2026-08-06"
t = ("SANTIAGO, Aug 6 (Reuters) - Workers at the Los Andes copper mine, whose strike began last Friday, will hold talks "
     "with owner Cobre Austral on Monday, the Sindicato Uno union said on Thursday.\n\n"
     "The mine produced 310,000 tonnes of copper last year.")
A.append(S("b17e-19", p, "Chile mine union to hold talks", t, [
    M("Los Andes union talks with Cobre Austral", ["cobre austral"], nxt(p, "mon"), "day", None,
      ["Sindicato Uno", "Cobre Austral"], "upcoming",
      "SANTIAGO, Aug 6 (Reuters) - Workers at the Los Andes copper mine, whose strike began last Friday, will hold talks with owner Cobre Austral on Monday, the Sindicato Uno union said on Thursday."),
]))

# e20 -- "after Monday's meeting" (past Monday)
p = "2026-06-10"
t = ("OSLO, June 10 (Reuters) - Norway will cut its mackerel quota by 12 percent, Fisheries Minister Marianne Sivertsen "
     "said on Wednesday, after Monday's meeting with her counterparts from Iceland and the Faroe Islands in Oslo.\n\n"
     "The three agreed to meet again in Reykjavik in September.")
A.append(S("b17e-20", p, "Norway cuts mackerel quota", t, [
    M("North Atlantic fisheries ministers meeting (Oslo)", ["monday's meeting"], prv(p, "mon"), "day", "Oslo",
      ["Marianne Sivertsen", "Iceland", "Faroe Islands"], "past",
      "OSLO, June 10 (Reuters) - Norway will cut its mackerel quota by 12 percent, Fisheries Minister Marianne Sivertsen said on Wednesday, after Monday's meeting with her counterparts from Iceland and the Faroe Islands in Oslo."),
    M("Fisheries ministers meeting in Reykjavik", ["reykjavik"], "2026-09", "month", "Reykjavik",
      ["Marianne Sivertsen", "Iceland", "Faroe Islands"], "upcoming",
      "The three agreed to meet again in Reykjavik in September."),
]))

# e21 -- "British and Irish negotiators", governments named in the next sentence
p = "2026-03-27"
t = ("BELFAST, March 27 (Reuters) - British and Irish negotiators will meet the leaders of Northern Ireland's main "
     "parties at Stormont on Monday in a bid to restore the power-sharing executive.\n\n"
     "The governments of Britain and Ireland have said they will publish proposals if no deal is reached by Easter.")
A.append(S("b17e-21", p, "Britain, Ireland to meet N.Irish parties", t, [
    M("Stormont talks", ["stormont"], nxt(p, "mon"), "day", "Stormont, Belfast",
      ["Britain", "Ireland"], "upcoming",
      "BELFAST, March 27 (Reuters) - British and Irish negotiators will meet the leaders of Northern Ireland's main parties at Stormont on Monday in a bid to restore the power-sharing executive."),
]))

# e22 -- "officials from the Group of Seven" (not a place); ministers meet "here"
p = "2026-09-24"
t = ("WASHINGTON, Sept 24 (Reuters) - Officials from the Group of Seven met on Wednesday to prepare for weekend talks "
     "among the group's finance ministers on currency volatility.\n\n"
     "The ministers will meet here on Saturday, ahead of the annual meetings of the International Monetary Fund.")
A.append(S("b17e-23", p, "G7 officials prepare weekend talks", t, [
    M("G7 officials preparatory meeting", ["officials from the group of seven"], prv(p, "wed"), "day", "Washington",
      ["Group of Seven"], "past",
      "WASHINGTON, Sept 24 (Reuters) - Officials from the Group of Seven met on Wednesday to prepare for weekend talks among the group's finance ministers on currency volatility."),
    M("G7 finance ministers meeting", ["finance ministers"], nxt(p, "sat"), "day", "Washington",
      ["Group of Seven"], "upcoming",
      "The ministers will meet here on Saturday, ahead of the annual meetings of the International Monetary Fund."),
]))

# e23 -- "X said its board will meet"
p = "2026-11-09"
t = ("PARIS, Nov 9 (Reuters) - French packaging group Verdance said on Monday its board would meet on Wednesday to "
     "consider a 4.1 billion euro takeover approach from U.S. rival Stellpak.\n\n"
     "Verdance shares jumped 18% to a record high.")
A.append(S("b17e-24", p, "Verdance board to weigh Stellpak approach", t, [
    M("Verdance board meeting", ["board"], nxt(p, "wed"), "day", None, ["Verdance"], "upcoming",
      "PARIS, Nov 9 (Reuters) - French packaging group Verdance said on Monday its board would meet on Wednesday to consider a 4.1 billion euro takeover approach from U.S. rival Stellpak."),
]))
