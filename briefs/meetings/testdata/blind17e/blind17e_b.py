"""blind17e wire stories, part B. Invented stories, annotated by the guideline."""
from common import M, S, nxt, prv, add, wk

B = []

# online ministerial meeting: no place although datelined at the body's home city
p = "2026-12-01"
t = ("VIENNA, Dec 1 (Reuters) - The OPEC+ ministerial meeting on Sunday will be held online rather than at the group's "
     "headquarters here, two OPEC sources said on Tuesday, as members struggle to agree on 2027 output quotas.\n\n"
     "Saudi Arabia and Russia, which lead the group, held bilateral consultations on Monday, the sources said.")
B.append(S("b17e-25", p, "OPEC+ meeting to be held online", t, [
    M("OPEC+ ministerial meeting", ["opec+ ministerial meeting"], nxt(p, "sun"), "day", None, ["OPEC+"], "upcoming",
      "VIENNA, Dec 1 (Reuters) - The OPEC+ ministerial meeting on Sunday will be held online rather than at the group's headquarters here, two OPEC sources said on Tuesday, as members struggle to agree on 2027 output quotas."),
    M("Saudi-Russian consultations", ["bilateral consultations"], prv(p, "mon"), "day", None,
      ["Saudi Arabia", "Russia"], "past",
      "Saudi Arabia and Russia, which lead the group, held bilateral consultations on Monday, the sources said."),
]))

# apposition place "in South Sudan's capital, Juba"
p = "2026-05-20"
t = ("KAMPALA, May 20 (Reuters) - Leaders of the East African Community will meet in South Sudan's capital, Juba, on "
     "Saturday to discuss a ceasefire in the country's Upper Nile region, Uganda's foreign ministry said on Wednesday.\n\n"
     "Ugandan President Yoweri Museveni will attend, the ministry said.")
B.append(S("b17e-26", p, "East African leaders to meet in Juba", t, [
    M("EAC leaders summit in Juba", ["east african community"], nxt(p, "sat"), "day", "Juba",
      ["East African Community", "Yoweri Museveni"], "upcoming",
      "KAMPALA, May 20 (Reuters) - Leaders of the East African Community will meet in South Sudan's capital, Juba, on Saturday to discuss a ceasefire in the country's Upper Nile region, Uganda's foreign ministry said on Wednesday."),
]))

# place carried by a later mention ("the talks in Geneva")
p = "2026-01-14"
t = ("BEIRUT, Jan 14 (Reuters) - Syrian government and Kurdish-led SDF negotiators will resume talks next week on "
     "integrating the SDF into the national army, U.N. envoy Hans Lindqvist said on Wednesday.\n\n"
     "The talks in Geneva will be the first since a round in Damascus in November collapsed over control of oil fields.")
B.append(S("b17e-27", p, "Syria, SDF to resume talks", t, [
    M("Syria-SDF talks in Geneva", ["resume talks", "talks in geneva"], wk(p, 1), "week", "Geneva",
      ["Syrian government", "SDF", "Hans Lindqvist"], "upcoming",
      "BEIRUT, Jan 14 (Reuters) - Syrian government and Kurdish-led SDF negotiators will resume talks next week on integrating the SDF into the national army, U.N. envoy Hans Lindqvist said on Wednesday."),
    M("Syria-SDF round in Damascus", ["damascus"], "2025-11", "month", "Damascus", ["Syrian government", "SDF"], "past",
      "The talks in Geneva will be the first since a round in Damascus in November collapsed over control of oil fields."),
]))

# "today's talks" is the same meeting; last month's meeting is another
p = "2026-07-02"
t = ("BRUSSELS, July 2 (Reuters) - European Union and Mercosur negotiators opened a new round of talks on Thursday on "
     "the environmental annex to their trade agreement.\n\n"
     "Today's talks focus on deforestation rules that Brazil says discriminate against its farmers, an EU official said.\n\n"
     "Last month's meeting of trade ministers in Asuncion set a target of signing the annex by October.")
B.append(S("b17e-28", p, "EU, Mercosur open new round", t, [
    M("EU-Mercosur round of talks", ["new round of talks", "today's talks"], p, "day", "Brussels",
      ["European Union", "Mercosur"], "ongoing",
      "BRUSSELS, July 2 (Reuters) - European Union and Mercosur negotiators opened a new round of talks on Thursday on the environmental annex to their trade agreement."),
    M("EU-Mercosur trade ministers meeting in Asuncion", ["asuncion"], "2026-06", "month", "Asuncion", [], "past",
      "Last month's meeting of trade ministers in Asuncion set a target of signing the annex by October."),
]))

# no meeting: product launch, earnings, analyst briefing
p = "2026-02-18"
t = ("SEOUL, Feb 18 (Reuters) - Hanbit Electronics will unveil its first foldable laptop on Feb. 25, the company said "
     "on Wednesday, as it seeks to revive sales of personal computers.\n\n"
     "The company will report first-quarter earnings on April 28 and hold a briefing for analysts the same day.\n\n"
     "Hanbit shares rose 2.4%.")
B.append(S("b17e-29", p, "Hanbit to unveil foldable laptop", t, []))

# no meeting: hypothetical and vague
p = "2026-08-20"
t = ("BEIJING, Aug 20 (AFP) - Chinese and Japanese leaders could meet at some stage this year if relations keep "
     "improving, a Chinese foreign ministry spokesman said on Thursday.\n\n"
     "Officials from the two countries have held talks in recent months on seafood imports, he said, without giving details.")
B.append(S("b17e-30", p, "China open to leaders' meeting with Japan", t, []))

# sports: IOC executive board meeting; match not a meeting
p = "2026-05-31"
t = ("PARIS, May 31 (Reuters) - Paris Saint-Germain face Inter Milan in Sunday's Champions League final in Munich.\n\n"
     "Separately, the International Olympic Committee's Executive Board will meet in Lausanne on June 10 to discuss the "
     "bid process for the 2036 Games, the IOC said.")
B.append(S("b17e-31", p, "IOC board to discuss 2036 bids", t, [
    M("IOC Executive Board meeting", ["executive board"], "2026-06-10", "day", "Lausanne",
      ["International Olympic Committee"], "upcoming",
      "Separately, the International Olympic Committee's Executive Board will meet in Lausanne on June 10 to discuss the bid process for the 2036 Games, the IOC said."),
]))

# vote is not a meeting; coalition talks "late on Monday"; budget committee session
p = "2026-10-13"
t = ("BERLIN, Oct 13 (Reuters) - German coalition leaders met late on Monday and settled a dispute over defence "
     "spending, clearing the way for the Bundestag to vote on the 2027 budget on Thursday.\n\n"
     "Chancellor Friedrich Merz and Finance Minister Lars Klingbeil took part, a government spokesman said. "
     "The Bundestag's budget committee will hold a final session on Wednesday.")
B.append(S("b17e-32", p, "German coalition settles budget row", t, [
    M("German coalition leaders meeting", ["coalition leaders"], prv(p, "mon"), "day", "Berlin",
      ["Friedrich Merz", "Lars Klingbeil"], "past",
      "BERLIN, Oct 13 (Reuters) - German coalition leaders met late on Monday and settled a dispute over defence spending, clearing the way for the Bundestag to vote on the 2027 budget on Thursday."),
    M("Bundestag budget committee session", ["budget committee"], nxt(p, "wed"), "day", "Berlin",
      ["budget committee"], "upcoming",
      "The Bundestag's budget committee will hold a final session on Wednesday."),
]))

# plenary session "so far this week" ongoing
p = "2026-12-10"
t = ("STRASBOURG, Dec 10 (Reuters) - The European Parliament has so far this week approved three trade deals at its "
     "plenary session, which opened on Monday and ends on Thursday.\n\n"
     "Lawmakers are due to vote on the EU's 2027 budget later on Thursday.")
B.append(S("b17e-33", p, "EU Parliament approves trade deals", t, [
    M("European Parliament plenary session", ["plenary session"], prv(p, "mon"), "day", "Strasbourg",
      ["European Parliament"], "ongoing",
      "STRASBOURG, Dec 10 (Reuters) - The European Parliament has so far this week approved three trade deals at its plenary session, which opened on Monday and ends on Thursday.",
      end_date=p),
]))

# relative-clause date of another event; place elsewhere unstated
p = "2026-04-15"
t = ("LAGOS, April 15 (Reuters) - Nigeria's central bank, which raised its benchmark rate in February, will hold its "
     "next Monetary Policy Committee meeting on May 18-19, the bank said on Wednesday.\n\n"
     "Inflation slowed to 21.4% in March.")
B.append(S("b17e-34", p, "Nigeria sets MPC dates", t, [
    M("Central Bank of Nigeria MPC meeting", ["monetary policy committee"], "2026-05-18", "day", None,
      ["Nigeria's central bank"], "upcoming",
      "LAGOS, April 15 (Reuters) - Nigeria's central bank, which raised its benchmark rate in February, will hold its next Monetary Policy Committee meeting on May 18-19, the bank said on Wednesday.",
      end_date="2026-05-19"),
]))

# deadline is not a meeting; "to be completed within a week" is not the date
p = "2026-03-09"
t = ("ATHENS, March 9 (Reuters) - Greece's creditors gave the government until Friday to submit a revised pension plan, "
     "a finance ministry official said on Monday.\n\n"
     "Talks with representatives of the European Commission and the European Stability Mechanism will resume in Athens "
     "on March 16 and are to be completed within a week, the official said.")
B.append(S("b17e-35", p, "Greece given Friday deadline", t, [
    M("Greece-creditors talks", ["european stability mechanism"], "2026-03-16", "day", "Athens",
      ["Greece", "European Commission", "European Stability Mechanism"], "upcoming",
      "Talks with representatives of the European Commission and the European Stability Mechanism will resume in Athens on March 16 and are to be completed within a week, the official said."),
]))

# IANS: cabinet meeting in home city, past governing council meeting
p = "2026-12-01"
t = ("New Delhi, Dec 1 (IANS) Prime Minister Narendra Modi will chair a meeting of the Union Cabinet on Wednesday, "
     "where the new labour rules are expected to be cleared, sources said.\n\n"
     "The decision follows Saturday's meeting of the NITI Aayog Governing Council, at which several Chief Ministers "
     "raised objections to the draft rules.")
B.append(S("b17e-36", p, "Union Cabinet to clear labour rules", t, [
    M("Union Cabinet meeting", ["union cabinet"], nxt(p, "wed"), "day", "New Delhi",
      ["Narendra Modi", "Union Cabinet"], "upcoming",
      "New Delhi, Dec 1 (IANS) Prime Minister Narendra Modi will chair a meeting of the Union Cabinet on Wednesday, where the new labour rules are expected to be cleared, sources said."),
    M("NITI Aayog Governing Council meeting", ["niti aayog"], prv(p, "sat"), "day", "New Delhi",
      ["NITI Aayog"], "past",
      "The decision follows Saturday's meeting of the NITI Aayog Governing Council, at which several Chief Ministers raised objections to the draft rules."),
]))

# AFP: unions and employers, venue the labour ministry
p = "2026-06-24"
t = ("PARIS, June 24 (AFP) - French unions and employers will hold a new round of talks on pension reform on July 1 "
     "at the labour ministry, the CFDT union said Wednesday.\n\n"
     "The CGT, which walked out of the previous round, said it would attend. The employers' federation Medef said it "
     "hoped for a deal before the summer break.")
B.append(S("b17e-37", p, "French pension talks to resume", t, [
    M("French pension reform talks", ["pension reform", "round of talks"], "2026-07-01", "day", "labour ministry, Paris",
      ["CFDT", "CGT", "Medef"], "upcoming",
      "PARIS, June 24 (AFP) - French unions and employers will hold a new round of talks on pension reform on July 1 at the labour ministry, the CFDT union said Wednesday."),
]))

# two-day central bank meeting ending Friday; news conference not a meeting
p = "2026-01-19"
t = ("TOKYO, Jan 19 (Reuters) - The Bank of Japan is expected to keep interest rates on hold at its two-day policy "
     "meeting ending on Friday, according to a Reuters poll.\n\n"
     "Governor Kazuo Ueda will hold a news conference after the meeting.")
B.append(S("b17e-38", p, "BOJ seen on hold", t, [
    M("Bank of Japan policy meeting", ["policy meeting", "bank of japan"], add(nxt(p, "fri"), -1), "day", "Tokyo",
      ["Bank of Japan"], "upcoming",
      "TOKYO, Jan 19 (Reuters) - The Bank of Japan is expected to keep interest rates on hold at its two-day policy meeting ending on Friday, according to a Reuters poll.",
      end_date=nxt(p, "fri")),
]))

# past AGM elsewhere; EGM in September with no place
p = "2026-05-07"
t = ("ZURICH, May 7 (Reuters) - Shareholders of Rhenbank rejected the lender's pay report at the annual general meeting "
     "in Basel on Wednesday, a first for a major Swiss bank.\n\n"
     "Rhenbank said an extraordinary general meeting would be called in September to elect a new chairman.")
B.append(S("b17e-39", p, "Rhenbank shareholders reject pay report", t, [
    M("Rhenbank annual general meeting", ["annual general meeting"], prv(p, "wed"), "day", "Basel", ["Rhenbank"], "past",
      "ZURICH, May 7 (Reuters) - Shareholders of Rhenbank rejected the lender's pay report at the annual general meeting in Basel on Wednesday, a first for a major Swiss bank."),
    M("Rhenbank extraordinary general meeting", ["extraordinary general meeting"], "2026-09", "month", None,
      ["Rhenbank"], "upcoming",
      "Rhenbank said an extraordinary general meeting would be called in September to elect a new chairman."),
]))

# union congress opened "here", runs until Wednesday
p = "2026-09-07"
t = ("BRIGHTON, England, Sept 7 (Reuters) - Britain's Trades Union Congress called for a four-day week at its annual "
     "congress here on Monday.\n\n"
     "The congress, which opened on Sunday, runs until Wednesday. Prime Minister Keir Starmer is not due to attend.")
B.append(S("b17e-40", p, "TUC calls for four-day week", t, [
    M("TUC annual congress", ["annual congress"], prv(p, "sun"), "day", "Brighton", ["Trades Union Congress"], "ongoing",
      "The congress, which opened on Sunday, runs until Wednesday.", end_date=nxt(p, "wed")),
]))

# committee hearing with a witness, parliament in home city
p = "2026-11-17"
t = ("LONDON, Nov 17 (Reuters) - Bank of England Governor Andrew Bailey will be questioned by parliament's Treasury "
     "Committee on Nov. 25 about the bank's bond sales, the committee said on Tuesday.\n\n"
     "Committee chair Meg Hillier said members wanted to understand the losses borne by taxpayers.")
B.append(S("b17e-41", p, "BoE's Bailey to face lawmakers", t, [
    M("Treasury Committee hearing with Andrew Bailey", ["treasury committee"], "2026-11-25", "day", "London",
      ["Andrew Bailey", "Treasury Committee", "Meg Hillier"], "upcoming",
      "LONDON, Nov 17 (Reuters) - Bank of England Governor Andrew Bailey will be questioned by parliament's Treasury Committee on Nov. 25 about the bank's bond sales, the committee said on Tuesday."),
]))

# past two-day summit, later mention of the same summit; next year's summit has no month
p = "2026-07-08"
t = ("RIO DE JANEIRO, July 8 (Reuters) - BRICS leaders ended a two-day summit here on Monday with a call for reform of "
     "the International Monetary Fund.\n\n"
     "At the summit, Brazil's President Luiz Inacio Lula da Silva urged members to trade in local currencies. Next year's "
     "summit will be held in India.")
B.append(S("b17e-42", p, "BRICS summit ends", t, [
    M("BRICS summit", ["brics", "summit"], add(prv(p, "mon"), -1), "day", "Rio de Janeiro",
      ["BRICS", "Luiz Inacio Lula da Silva"], "past",
      "RIO DE JANEIRO, July 8 (Reuters) - BRICS leaders ended a two-day summit here on Monday with a call for reform of the International Monetary Fund.",
      end_date=prv(p, "mon")),
]))

# cancelled talks and agreed new working-level talks
p = "2026-04-02"
t = ("SEOUL, April 2 (Reuters) - North and South Korea cancelled Red Cross talks set for Friday, but agreed to hold "
     "working-level talks at the border truce village of Panmunjom on April 10, Seoul's unification ministry said on Thursday.\n\n"
     "The ministry did not say why the Red Cross talks had been called off.")
B.append(S("b17e-43", p, "Koreas cancel Red Cross talks", t, [
    M("Inter-Korean working-level talks", ["working-level talks"], "2026-04-10", "day", "Panmunjom",
      ["North Korea", "South Korea"], "upcoming",
      "SEOUL, April 2 (Reuters) - North and South Korea cancelled Red Cross talks set for Friday, but agreed to hold working-level talks at the border truce village of Panmunjom on April 10, Seoul's unification ministry said on Thursday."),
]))

# Fed meeting ongoing; December meeting separate (same kind)
p = "2026-10-28"
t = ("WASHINGTON, Oct 28 (Reuters) - Federal Reserve policymakers are expected to cut interest rates on Wednesday at "
     "the end of a two-day meeting that began on Tuesday.\n\n"
     "Traders also see a 60% chance of another cut at the Fed's December meeting.")
B.append(S("b17e-44", p, "Fed expected to cut", t, [
    M("FOMC October meeting", ["two-day meeting"], prv(p, "tue"), "day", "Washington", ["Federal Reserve"], "ongoing",
      "WASHINGTON, Oct 28 (Reuters) - Federal Reserve policymakers are expected to cut interest rates on Wednesday at the end of a two-day meeting that began on Tuesday.",
      end_date=p),
    M("FOMC December meeting", ["december meeting"], "2026-12", "month", "Washington", ["Federal Reserve"], "upcoming",
      "Traders also see a 60% chance of another cut at the Fed's December meeting."),
]))

# IANS: meeting at Raj Bhavan; special assembly session (lowercase party "the state government")
p = "2026-08-14"
t = ("Kolkata, Aug 14 (IANS) West Bengal Chief Minister Mamata Banerjee met Governor C.V. Ananda Bose at the Raj Bhavan "
     "on Thursday evening to discuss the flood situation in the northern districts.\n\n"
     "Later, the state government announced that a special session of the Assembly would be held from August 24 to "
     "discuss relief measures.")
B.append(S("b17e-45", p, "Mamata meets Governor on floods", t, [
    M("Banerjee-Bose meeting", ["raj bhavan"], prv(p, "thu"), "day", "Raj Bhavan, Kolkata",
      ["Mamata Banerjee", "C.V. Ananda Bose"], "past",
      "Kolkata, Aug 14 (IANS) West Bengal Chief Minister Mamata Banerjee met Governor C.V. Ananda Bose at the Raj Bhavan on Thursday evening to discuss the flood situation in the northern districts."),
    M("West Bengal Assembly special session", ["special session"], "2026-08-24", "day", "Kolkata",
      ["Assembly"], "upcoming",
      "Later, the state government announced that a special session of the Assembly would be held from August 24 to discuss relief measures."),
]))

# no meeting: regular meetings, a vote
p = "2026-03-30"
t = ("MEXICO CITY, March 30 (AP) - Mexico's energy ministry and state oil company Pemex officials meet regularly to "
     "review output targets, the ministry said Monday, denying reports of a rift.\n\n"
     "The Senate is due to vote Tuesday on a bill opening power generation to private investment.")
B.append(S("b17e-46", p, "Mexico denies energy rift", t, []))
