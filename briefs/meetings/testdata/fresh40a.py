#!/usr/bin/env python3
"""Build /work/fresh40a/fresh40a.jsonl: 14 invented stories with hand annotations.

Every resolved date is computed from the published day with datetime (helpers below);
no resolved date is typed by hand. Checks: evidence verbatim in text, keys lowercase and
present in the text, participants present in the text, word counts, 2-6 required meetings.
"""
import datetime as dt
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh40a.jsonl")
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def D(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def rel(pub, n):
    """today=0, tomorrow=+1, yesterday/last night=-1"""
    return iso(D(pub) + dt.timedelta(days=n))


def next_wd(pub, name):
    """future-tense bare weekday: next such day on or after the reference day"""
    p = D(pub)
    k = (WD.index(name.lower()) - p.weekday()) % 7
    return iso(p + dt.timedelta(days=k))


def last_wd(pub, name):
    """past-tense bare weekday: most recent such day on or before the reference day"""
    p = D(pub)
    k = (p.weekday() - WD.index(name.lower())) % 7
    return iso(p - dt.timedelta(days=k))


def week(pub, off):
    """Monday of the week: off=+1 next week, -1 last week, 0 this week"""
    p = D(pub)
    mon = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=off)
    return iso(mon)


def month_rel(pub, off):
    """'YYYY-MM' of this (0) / next (+1) / last (-1) month"""
    p = D(pub)
    y, m = p.year, p.month + off
    while m > 12:
        y, m = y + 1, m - 12
    while m < 1:
        y, m = y - 1, m + 12
    return "%04d-%02d" % (y, m)


def month_named(pub, month, direction):
    """'in June' without a year: nearest such month in the tense's direction"""
    p = D(pub)
    if direction == "future":
        y = p.year if month >= p.month else p.year + 1
    else:
        y = p.year if month <= p.month else p.year - 1
    return "%04d-%02d" % (y, month)


def md(pub, month, day, direction):
    """'on March 16' without a year: nearest such date in the tense's direction"""
    p = D(pub)
    c = dt.date(p.year, month, day)
    if direction == "future" and c < p:
        c = dt.date(p.year + 1, month, day)
    if direction == "past" and c > p:
        c = dt.date(p.year - 1, month, day)
    return iso(c)


def plus(datestr, n):
    return iso(D(datestr) + dt.timedelta(days=n))


def M(title, keys, date, precision, end_date, place, participants, status, evidence, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision, "end_date": end_date,
         "place": place, "participants": participants, "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


DOCS = []

# ---------------------------------------------------------------- 01
P = "1979-06-25"
T = """BANGKOK, June 25 - Foreign ministers of the five-nation Association of South East Asian Nations (ASEAN) will open two days of talks in the seaside resort of Pattaya on Thursday, with the flood of refugees from Indochina at the top of the agenda.

Thailand's Foreign Minister Sompong Charoenwit, Malaysia's Tan Sri Kamal Yusof and Indonesia's Foreign Minister Budiarto Wiryo are expected at the meetings.

Senior ASEAN officials began preparatory consultations in Bangkok today. Deputy Foreign Minister Anan Sukprasert, who led the Thai side, told reporters after the first session that the officials had agreed on a draft statement calling for international help.

The United States, Japan and Australia will send delegations to a separate dialogue with the ASEAN ministers in Pattaya on Saturday, officials said. The U.S. delegation will be led by Deputy Secretary of State Harold Whitcombe.

"The talks will test whether ASEAN can speak with one voice," said Michael Ferrand, a regional analyst at a Hong Kong brokerage.

On May 14, Sompong flew to Kuala Lumpur for talks with Malaysian Prime Minister Datuk Hashim Rahman on the refugee camps along the east coast."""
s = next_wd(P, "thursday")
DOCS.append(dict(published=P, title="ASEAN MINISTERS TO MEET ON INDOCHINA REFUGEES", text=T, meetings=[
    M("ASEAN foreign ministers meeting in Pattaya", ["asean", "foreign ministers"], s, "day", plus(s, 1),
      "Pattaya", ["ASEAN", "Sompong Charoenwit", "Tan Sri Kamal Yusof", "Budiarto Wiryo"], "upcoming",
      "Foreign ministers of the five-nation Association of South East Asian Nations (ASEAN) will open two days of talks in the seaside resort of Pattaya on Thursday, with the flood of refugees from Indochina at the top of the agenda."),
    M("ASEAN senior officials preparatory consultations", ["senior asean officials", "preparatory consultations"], rel(P, 0), "day", None,
      "Bangkok", ["ASEAN", "Anan Sukprasert"], "ongoing",
      "Senior ASEAN officials began preparatory consultations in Bangkok today."),
    M("ASEAN dialogue with U.S., Japan and Australia", ["dialogue", "asean ministers"], next_wd(P, "saturday"), "day", None,
      "Pattaya", ["United States", "Japan", "Australia", "ASEAN", "Harold Whitcombe"], "upcoming",
      "The United States, Japan and Australia will send delegations to a separate dialogue with the ASEAN ministers in Pattaya on Saturday, officials said."),
    M("Sompong-Hashim talks in Kuala Lumpur", ["kuala lumpur", "hashim rahman"], md(P, 5, 14, "past"), "day", None,
      "Kuala Lumpur", ["Sompong Charoenwit", "Datuk Hashim Rahman"], "past",
      "On May 14, Sompong flew to Kuala Lumpur for talks with Malaysian Prime Minister Datuk Hashim Rahman on the refugee camps along the east coast."),
]))

# ---------------------------------------------------------------- 02
P = "2022-06-01"
T = """OTTAWA, June 1 - A parliamentary committee investigating food inflation will hold two days of hearings starting Monday, after grocery prices rose at their fastest pace in four decades.

Executives from Harvest Basket Foods and Norvale Markets are scheduled to testify before the Standing Committee on Food Security on the first day. Harvest Basket's chief executive, Darlene Okafor, will lead her company's delegation.

Committee chair Gerald Thibodeau, who will preside over the hearings, told a news conference on Tuesday that "Canadians deserve answers" on supplier fees and store-brand margins.

Separately, federal and provincial agriculture ministers met in Regina last week to discuss fertilizer costs. Saskatchewan's agriculture minister, Brent Lowry, hosted the talks, and Ontario's Priya Nandakumar said afterwards that the two levels of government had agreed to share price data.

Consumer advocate Helen Markowitz of the Fair Basket Coalition said the hearings were "long overdue" but warned that the committee had no power to force price cuts. Markowitz will instead appear at a roundtable on food banks hosted by the Senate agriculture committee on June 14."""
s = next_wd(P, "monday")
DOCS.append(dict(published=P, title="Grocers to face MPs over food prices next week", text=T, meetings=[
    M("Standing Committee on Food Security hearings on food inflation", ["food security", "hearings"], s, "day", plus(s, 1),
      "Ottawa", ["Standing Committee on Food Security", "Harvest Basket Foods", "Norvale Markets", "Darlene Okafor", "Gerald Thibodeau"], "upcoming",
      "A parliamentary committee investigating food inflation will hold two days of hearings starting Monday, after grocery prices rose at their fastest pace in four decades."),
    M("Federal-provincial agriculture ministers meeting in Regina", ["agriculture ministers", "regina"], week(P, -1), "week", None,
      "Regina", ["Brent Lowry", "Priya Nandakumar"], "past",
      "Separately, federal and provincial agriculture ministers met in Regina last week to discuss fertilizer costs."),
    M("Senate agriculture committee roundtable on food banks", ["roundtable", "senate agriculture committee"], md(P, 6, 14, "future"), "day", None,
      "Ottawa", ["Senate agriculture committee", "Helen Markowitz"], "upcoming",
      "Markowitz will instead appear at a roundtable on food banks hosted by the Senate agriculture committee on June 14."),
]))

# ---------------------------------------------------------------- 03
P = "1985-10-17"
T = """NAIROBI, Oct 17 - Trade ministers from Kenya, Uganda and Tanzania ended two days of talks in Arusha yesterday without agreement on reopening their common border to commercial lorries, officials said.

Kenya's Minister for Commerce, Joseph Kiprono Mutai, and Tanzania's Trade Minister Salim Mfaume made no comment to reporters as they left the conference centre. The Ugandan delegation was led by Deputy Minister Grace Akello, who flew back to Kampala overnight.

A follow-up meeting of customs officials from Kenya, Uganda and Tanzania has been set for November 4 in Nairobi, a Kenyan official said.

The dispute has stranded more than 300 lorries at the Namanga crossing. Peter Wambugu, chairman of the Kenya Long Haul Transporters Association, said the failure of the Arusha talks would cost his members heavily. Wambugu is due to meet Transport Minister Daniel Onyango in Nairobi on Monday to press for compensation.

Diplomats said the World Bank, which is financing road improvements on the corridor, would raise the border issue at a donors' conference in Paris early next month. Economist Ruth Njeri of the Eastlands Policy Institute said the bank's involvement might break the deadlock."""
DOCS.append(dict(published=P, title="EAST AFRICAN BORDER TALKS END WITHOUT DEAL", text=T, meetings=[
    M("Kenya-Uganda-Tanzania trade ministers talks in Arusha", ["arusha", "trade ministers"], rel(P, -2), "day", rel(P, -1),
      "Arusha", ["Kenya", "Uganda", "Tanzania", "Joseph Kiprono Mutai", "Salim Mfaume", "Grace Akello"], "past",
      "Trade ministers from Kenya, Uganda and Tanzania ended two days of talks in Arusha yesterday without agreement on reopening their common border to commercial lorries, officials said."),
    M("Follow-up meeting of customs officials", ["customs officials", "follow-up meeting"], md(P, 11, 4, "future"), "day", None,
      "Nairobi", ["Kenya", "Uganda", "Tanzania"], "upcoming",
      "A follow-up meeting of customs officials from Kenya, Uganda and Tanzania has been set for November 4 in Nairobi, a Kenyan official said."),
    M("Wambugu meeting with Transport Minister Onyango", ["wambugu", "daniel onyango"], next_wd(P, "monday"), "day", None,
      "Nairobi", ["Peter Wambugu", "Daniel Onyango"], "upcoming",
      "Wambugu is due to meet Transport Minister Daniel Onyango in Nairobi on Monday to press for compensation."),
    M("Donors' conference in Paris", ["donors' conference", "world bank"], month_rel(P, 1), "month", None,
      "Paris", ["World Bank"], "upcoming",
      "Diplomats said the World Bank, which is financing road improvements on the corridor, would raise the border issue at a donors' conference in Paris early next month."),
]))

# ---------------------------------------------------------------- 04
P = "1991-07-11"
T = """HARLOW FALLS, July 11 - The Harlow Falls Town Council will hold a special session next Tuesday to vote on the proposed sale of the old Kessler mill site to a private developer.

Mayor Dorothy Vance, who will preside over the session, said Wednesday that residents would be given three minutes each to speak. Representatives of Pinecrest Development Group, the would-be buyer, are expected to attend and answer questions.

The council's finance committee reviewed the $1.2 million offer at a closed-door meeting on Monday night. Committee chairman Arnold Feeney said after that meeting that the bid was "fair but not generous."

Not everyone is convinced. Lois Brandt, who heads the Kessler Mill Preservation Society, said the council was rushing a decision that could not be undone. Her group will hold its own public forum at the Grange Hall on July 20. Brandt will moderate, and State Representative Carl Ochs, who has backed the preservation effort, is expected to speak.

The county planning board, which must approve any change of use, will take up the matter at its September meeting."""
DOCS.append(dict(published=P, title="Council to vote Tuesday on Kessler mill sale", text=T, meetings=[
    M("Harlow Falls Town Council special session on mill sale", ["town council", "special session"], next_wd(P, "tuesday"), "day", None,
      "Harlow Falls", ["Harlow Falls Town Council", "Dorothy Vance", "Pinecrest Development Group"], "upcoming",
      "The Harlow Falls Town Council will hold a special session next Tuesday to vote on the proposed sale of the old Kessler mill site to a private developer."),
    M("Town council finance committee closed-door meeting", ["finance committee", "closed-door meeting"], last_wd(P, "monday"), "day", None,
      "Harlow Falls", ["finance committee", "Arnold Feeney"], "past",
      "The council's finance committee reviewed the $1.2 million offer at a closed-door meeting on Monday night."),
    M("Kessler Mill Preservation Society public forum", ["public forum", "kessler mill preservation society"], md(P, 7, 20, "future"), "day", None,
      "Grange Hall", ["Kessler Mill Preservation Society", "Lois Brandt", "Carl Ochs"], "upcoming",
      "Her group will hold its own public forum at the Grange Hall on July 20."),
    M("County planning board September meeting", ["county planning board", "september meeting"], month_named(P, 9, "future"), "month", None,
      None, ["county planning board"], "upcoming",
      "The county planning board, which must approve any change of use, will take up the matter at its September meeting."),
]))

# ---------------------------------------------------------------- 05
P = "2016-03-09"
T = """AUCKLAND, March 9 - Delegates from 22 national associations will gather in Auckland on Saturday for an extraordinary congress of the Pacific Rowing Federation, called to settle a bitter dispute over who should host the 2018 regional championships.

Federation president Lionel Tuipulotu of Tonga, who chairs the congress, told reporters on Tuesday he expected a "robust but civil" debate. Fiji's association president Mere Raduva and Samoa's Tavita Leota have confirmed their attendance.

The federation's executive board met by telephone last Thursday and voted 5-2 to recommend Suva as host. Board member Kerry Whitfield, one of the two dissenters, said afterwards that the process had been rushed.

Australian Olympic medallist Jason Pryde, an outspoken critic of the federation's governance, said the congress should also address athlete representation. Pryde will be in Switzerland that weekend for a World Cup regatta in Lucerne.

The federation's athletes' commission will meet at the same venue on Friday, on the eve of the congress."""
DOCS.append(dict(published=P, title="Rowing: Pacific federation heads for showdown congress", text=T, meetings=[
    M("Pacific Rowing Federation extraordinary congress", ["pacific rowing federation", "extraordinary congress"], next_wd(P, "saturday"), "day", None,
      "Auckland", ["Pacific Rowing Federation", "Lionel Tuipulotu", "Mere Raduva", "Tavita Leota"], "upcoming",
      "Delegates from 22 national associations will gather in Auckland on Saturday for an extraordinary congress of the Pacific Rowing Federation, called to settle a bitter dispute over who should host the 2018 regional championships."),
    M("Pacific Rowing Federation executive board telephone meeting", ["executive board", "by telephone"], last_wd(P, "thursday"), "day", None,
      None, ["Pacific Rowing Federation", "Kerry Whitfield"], "past",
      "The federation's executive board met by telephone last Thursday and voted 5-2 to recommend Suva as host."),
    M("Pacific Rowing Federation athletes' commission meeting", ["athletes' commission"], next_wd(P, "friday"), "day", None,
      "Auckland", ["Pacific Rowing Federation"], "upcoming",
      "The federation's athletes' commission will meet at the same venue on Friday, on the eve of the congress."),
]))

# ---------------------------------------------------------------- 06
P = "1997-04-30"
T = """ANTWERP, April 30 - Shareholders of Brouwerij Van Damme NV will be asked to approve a merger with Dutch rival Hoogland Bier at an extraordinary general meeting on May 27, the company said on Wednesday.

Chairman Pieter Van Damme, a great-grandson of the founder, will preside, and Hoogland chief executive Joost Terpstra is expected to address shareholders at the meeting, which will be held at the brewery's headquarters in Antwerp.

The boards of both companies approved the terms at separate meetings on Monday, Van Damme's in Antwerp and Hoogland's in Utrecht.

Van Damme's talks with the Algemene Voedingsbond food workers' union on job guarantees are due to resume next week. Union negotiator Marc Peeters, who walked out of the last round on April 18, said he would return to the table only if management put a written offer forward.

Beverage analyst Sophie Lambrecht of Bank Delvaux said the deal made strategic sense but that the union talks were "the real hurdle". She estimated that up to 400 jobs could go at the two breweries' bottling plants."""
mon = last_wd(P, "monday")
DOCS.append(dict(published=P, title="VAN DAMME SETS MAY 27 VOTE ON HOOGLAND MERGER", text=T, meetings=[
    M("Brouwerij Van Damme extraordinary general meeting", ["extraordinary general meeting", "van damme"], md(P, 5, 27, "future"), "day", None,
      "Antwerp", ["Brouwerij Van Damme NV", "Pieter Van Damme", "Joost Terpstra"], "upcoming",
      "Shareholders of Brouwerij Van Damme NV will be asked to approve a merger with Dutch rival Hoogland Bier at an extraordinary general meeting on May 27, the company said on Wednesday."),
    M("Van Damme board meeting", ["boards", "van damme"], mon, "day", None,
      "Antwerp", ["Brouwerij Van Damme NV"], "past",
      "The boards of both companies approved the terms at separate meetings on Monday, Van Damme's in Antwerp and Hoogland's in Utrecht."),
    M("Hoogland Bier board meeting", ["boards", "hoogland"], mon, "day", None,
      "Utrecht", ["Hoogland Bier"], "past",
      "The boards of both companies approved the terms at separate meetings on Monday, Van Damme's in Antwerp and Hoogland's in Utrecht."),
    M("Van Damme-union talks on job guarantees", ["algemene voedingsbond", "job guarantees"], week(P, 1), "week", None,
      None, ["Brouwerij Van Damme NV", "Algemene Voedingsbond", "Marc Peeters"], "upcoming",
      "Van Damme's talks with the Algemene Voedingsbond food workers' union on job guarantees are due to resume next week."),
    M("Previous Van Damme-union negotiating round", ["last round", "algemene voedingsbond"], md(P, 4, 18, "past"), "day", None,
      None, ["Brouwerij Van Damme NV", "Algemene Voedingsbond", "Marc Peeters"], "past",
      "Union negotiator Marc Peeters, who walked out of the last round on April 18, said he would return to the table only if management put a written offer forward."),
]))

# ---------------------------------------------------------------- 07
P = "2019-10-14"
T = """SEOUL, Oct 14 - Foreign ministers of South Korea, Japan and China will meet in the southern port city of Busan on Saturday for their first trilateral talks in more than a year, South Korea's foreign ministry said on Monday.

South Korean Foreign Minister Han Seung-woo will host the talks. Japan's Foreign Minister Kenji Moriyama will use the Busan meeting to seek a resumption of stalled export-control consultations, a Japanese official said, and Chinese Foreign Minister Zhou Minghao is also expected.

Senior officials from the three countries will hold preparatory talks in Busan on Friday. In Tokyo, Japanese Prime Minister Shinji Arakawa told reporters on Monday that he had no plans for a summit with South Korea's president this year.

Han and Moriyama last met in Bangkok in August, when they agreed to keep lines of communication open despite the trade dispute.

After Busan, Moriyama will fly to Manila for talks with Philippine President Ramon Aquitania on Sunday.

"Nobody expects a breakthrough," said Park Ji-hoon, a professor of international relations at Hanseong University, who described the trilateral format as fragile."""
DOCS.append(dict(published=P, title="S.Korea, Japan, China foreign ministers to meet in Busan", text=T, meetings=[
    M("South Korea-Japan-China trilateral foreign ministers talks", ["trilateral talks", "busan"], next_wd(P, "saturday"), "day", None,
      "Busan", ["South Korea", "Japan", "China", "Han Seung-woo", "Kenji Moriyama", "Zhou Minghao"], "upcoming",
      "Foreign ministers of South Korea, Japan and China will meet in the southern port city of Busan on Saturday for their first trilateral talks in more than a year, South Korea's foreign ministry said on Monday."),
    M("Trilateral senior officials preparatory talks", ["senior officials", "preparatory talks"], next_wd(P, "friday"), "day", None,
      "Busan", ["South Korea", "Japan", "China"], "upcoming",
      "Senior officials from the three countries will hold preparatory talks in Busan on Friday."),
    M("Han-Moriyama meeting in Bangkok", ["bangkok", "han and moriyama"], month_named(P, 8, "past"), "month", None,
      "Bangkok", ["Han Seung-woo", "Kenji Moriyama"], "past",
      "Han and Moriyama last met in Bangkok in August, when they agreed to keep lines of communication open despite the trade dispute."),
    M("Moriyama-Aquitania talks in Manila", ["manila", "ramon aquitania"], next_wd(P, "sunday"), "day", None,
      "Manila", ["Kenji Moriyama", "Ramon Aquitania"], "upcoming",
      "After Busan, Moriyama will fly to Manila for talks with Philippine President Ramon Aquitania on Sunday."),
]))

# ---------------------------------------------------------------- 08
P = "2024-11-13"
T = """MONTEVIDEO, Nov 13 - Leaders of the Mercosur trade bloc will gather in Montevideo on December 5 and 6 for a summit expected to be dominated by the stalled trade agreement with the European Union.

Presidents Rogério Tavares of Brazil and Hugo Benítez Ortiz of Paraguay have confirmed their attendance, Uruguay's foreign ministry said on Wednesday. Argentine President Lucas Ferreyra will not attend because of a general strike at home, his office said.

Uruguayan President Martín Echegoyen, who will host the summit, met European Union trade commissioner Katrin Vollmer in Montevideo on Monday to discuss the remaining sticking points. Vollmer told reporters after the talks that "the finishing line is in sight".

Foreign and economy ministers of the bloc will meet in Montevideo on December 4 to prepare the leaders' declaration.

Farm groups remain opposed. Roberto Carrizo, head of the Uruguayan Cattle Breeders' Association, said the deal would expose local beef producers to unfair competition. Carrizo is scheduled to meet Agriculture Minister Silvia Pereda on Friday."""
s = md(P, 12, 5, "future")
DOCS.append(dict(published=P, title="Mercosur leaders to meet in Montevideo as EU deal nears", text=T, meetings=[
    M("Mercosur summit in Montevideo", ["mercosur", "summit"], s, "day", md(P, 12, 6, "future"),
      "Montevideo", ["Mercosur", "Rogério Tavares", "Hugo Benítez Ortiz", "Martín Echegoyen"], "upcoming",
      "Leaders of the Mercosur trade bloc will gather in Montevideo on December 5 and 6 for a summit expected to be dominated by the stalled trade agreement with the European Union."),
    M("Echegoyen-Vollmer meeting", ["katrin vollmer", "echegoyen"], last_wd(P, "monday"), "day", None,
      "Montevideo", ["Martín Echegoyen", "Katrin Vollmer"], "past",
      "Uruguayan President Martín Echegoyen, who will host the summit, met European Union trade commissioner Katrin Vollmer in Montevideo on Monday to discuss the remaining sticking points."),
    M("Mercosur foreign and economy ministers meeting", ["foreign and economy ministers", "leaders' declaration"], md(P, 12, 4, "future"), "day", None,
      "Montevideo", ["Mercosur"], "upcoming",
      "Foreign and economy ministers of the bloc will meet in Montevideo on December 4 to prepare the leaders' declaration."),
    M("Carrizo-Pereda meeting", ["carrizo", "silvia pereda"], next_wd(P, "friday"), "day", None,
      None, ["Roberto Carrizo", "Silvia Pereda"], "upcoming",
      "Carrizo is scheduled to meet Agriculture Minister Silvia Pereda on Friday."),
]))

# ---------------------------------------------------------------- 09
P = "1982-03-03"
T = """SYDNEY, March 3 - Talks between the Waterside Coal Workers' Federation and Coalport Services aimed at ending the 10-day strike at the Port Kembla coal loader broke down in Wollongong last night after six hours.

Federation secretary Bill Carrick and Coalport general manager Ian Mathieson left the talks separately shortly before midnight. Carrick told reporters outside that the company had "not moved an inch".

Both sides will now appear before the Industrial Commission in Sydney on Friday. Commissioner Ronald Esterby, who will hear the dispute, has called the parties to a preliminary conference at the commission's Sydney offices at 10 am tomorrow.

The strike has stranded 14 ships. Japanese steel mills, which take most of the coal, will send a delegation to Sydney next week for talks with Coalport. The delegation will be led by Tomoaki Sakurai of Sanshin Steel.

State Premier Neville Hartigan, speaking at an unrelated news conference in Newcastle, urged both sides to get back to the table but said he had no plans to intervene personally."""
DOCS.append(dict(published=P, title="PORT KEMBLA COAL TALKS COLLAPSE, DISPUTE GOES TO COMMISSION", text=T, meetings=[
    M("Coal loader strike talks in Wollongong", ["waterside coal workers' federation", "coalport services"], rel(P, -1), "day", None,
      "Wollongong", ["Waterside Coal Workers' Federation", "Coalport Services", "Bill Carrick", "Ian Mathieson"], "past",
      "Talks between the Waterside Coal Workers' Federation and Coalport Services aimed at ending the 10-day strike at the Port Kembla coal loader broke down in Wollongong last night after six hours."),
    M("Industrial Commission hearing on coal loader dispute", ["industrial commission"], next_wd(P, "friday"), "day", None,
      "Sydney", ["Industrial Commission", "Waterside Coal Workers' Federation", "Coalport Services", "Ronald Esterby"], "upcoming",
      "Both sides will now appear before the Industrial Commission in Sydney on Friday."),
    M("Industrial Commission preliminary conference", ["preliminary conference"], rel(P, 1), "day", None,
      "Sydney", ["Ronald Esterby", "Waterside Coal Workers' Federation", "Coalport Services"], "upcoming",
      "Commissioner Ronald Esterby, who will hear the dispute, has called the parties to a preliminary conference at the commission's Sydney offices at 10 am tomorrow."),
    M("Japanese steel mills delegation talks with Coalport", ["japanese steel mills", "delegation"], week(P, 1), "week", None,
      "Sydney", ["Japanese steel mills", "Coalport Services", "Tomoaki Sakurai"], "upcoming",
      "Japanese steel mills, which take most of the coal, will send a delegation to Sydney next week for talks with Coalport."),
]))

# ---------------------------------------------------------------- 10
P = "2008-05-19"
T = """DHAKA, May 19 - Representatives of more than 20 donor countries and agencies will meet government officials in Dhaka on Wednesday and Thursday to pledge funds for rebuilding coastal districts hit by last November's cyclone.

The Asian Development Bank and the World Bank will co-chair the two-day Bangladesh Reconstruction Forum with the Ministry of Finance. The Japanese delegation will be led by Deputy Foreign Minister Hiroshi Tanabe, and Britain will be represented by development minister Alison Grey.

Finance Adviser Mahbub Karim held preliminary consultations with the resident heads of donor agencies in Dhaka on Sunday. Karim told reporters after Sunday's consultations that the government would seek at least $2 billion.

Relief workers in the worst-hit district, Barguna, complained that aid was slow to arrive. "Meetings in Dhaka don't rebuild houses," said Nasreen Akter, who runs a women's cooperative in the district.

The cyclone killed more than 3,000 people. The governing board of the Coastal Relief Network, a coalition of local charities, met on May 10 to review the relief operation, with its president Kamal Uddin Chowdhury in the chair."""
DOCS.append(dict(published=P, title="Donors meet in Dhaka this week on cyclone rebuilding", text=T, meetings=[
    M("Bangladesh Reconstruction Forum donors meeting", ["bangladesh reconstruction forum", "donor"], next_wd(P, "wednesday"), "day", next_wd(P, "thursday"),
      "Dhaka", ["Asian Development Bank", "World Bank", "Ministry of Finance", "Hiroshi Tanabe", "Britain", "Alison Grey"], "upcoming",
      "Representatives of more than 20 donor countries and agencies will meet government officials in Dhaka on Wednesday and Thursday to pledge funds for rebuilding coastal districts hit by last November's cyclone."),
    M("Karim preliminary consultations with donor agency heads", ["preliminary consultations", "donor agencies"], last_wd(P, "sunday"), "day", None,
      "Dhaka", ["Mahbub Karim"], "past",
      "Finance Adviser Mahbub Karim held preliminary consultations with the resident heads of donor agencies in Dhaka on Sunday."),
    M("Coastal Relief Network governing board meeting", ["coastal relief network", "governing board"], md(P, 5, 10, "past"), "day", None,
      None, ["Coastal Relief Network", "Kamal Uddin Chowdhury"], "past",
      "The governing board of the Coastal Relief Network, a coalition of local charities, met on May 10 to review the relief operation, with its president Kamal Uddin Chowdhury in the chair."),
]))

# ---------------------------------------------------------------- 11
P = "1976-09-14"
T = """OSLO, Sept 14 - Norway and Iceland will hold two days of talks in Oslo from Thursday on catch quotas in the waters around Jan Mayen, the Norwegian Foreign Ministry said today.

Fisheries Minister Olav Brekke and Foreign Minister Arne Solheim will co-chair the talks on the Norwegian side. The Icelandic delegation will be led by Fisheries Minister Gunnar Einarsson.

Experts from the two countries met in Reykjavik last month to compare stock estimates but failed to agree on the size of the capelin stock.

Solheim is also due at a meeting of Nordic foreign ministers in Copenhagen next week, where Danish Foreign Minister Poul Kjeldsen will raise the question of fishing limits off Greenland.

Hallvard Strand, leader of the North Norway Fishermen's Federation, said the Oslo talks were the last chance to avoid a "cod war in the north". Strand was re-elected at the federation's annual congress in Bergen on Saturday, where delegates voted to demand exclusive rights in the zone."""
s = next_wd(P, "thursday")
DOCS.append(dict(published=P, title="NORWAY, ICELAND TO HOLD JAN MAYEN FISHING TALKS", text=T, meetings=[
    M("Norway-Iceland Jan Mayen fisheries talks", ["jan mayen", "oslo talks"], s, "day", plus(s, 1),
      "Oslo", ["Norway", "Iceland", "Olav Brekke", "Arne Solheim", "Gunnar Einarsson"], "upcoming",
      "Norway and Iceland will hold two days of talks in Oslo from Thursday on catch quotas in the waters around Jan Mayen, the Norwegian Foreign Ministry said today."),
    M("Norwegian-Icelandic experts meeting in Reykjavik", ["experts", "reykjavik"], month_rel(P, -1), "month", None,
      "Reykjavik", ["Norway", "Iceland"], "past",
      "Experts from the two countries met in Reykjavik last month to compare stock estimates but failed to agree on the size of the capelin stock."),
    M("Nordic foreign ministers meeting in Copenhagen", ["nordic foreign ministers", "copenhagen"], week(P, 1), "week", None,
      "Copenhagen", ["Arne Solheim", "Poul Kjeldsen"], "upcoming",
      "Solheim is also due at a meeting of Nordic foreign ministers in Copenhagen next week, where Danish Foreign Minister Poul Kjeldsen will raise the question of fishing limits off Greenland."),
    M("North Norway Fishermen's Federation annual congress", ["north norway fishermen's federation", "annual congress"], last_wd(P, "saturday"), "day", None,
      "Bergen", ["North Norway Fishermen's Federation", "Hallvard Strand"], "past",
      "Strand was re-elected at the federation's annual congress in Bergen on Saturday, where delegates voted to demand exclusive rights in the zone."),
]))

# ---------------------------------------------------------------- 12
P = "2001-09-05"
T = """ACCRA, Sept 5 - West African defence chiefs opened a three-day meeting in Accra on Wednesday to draw up plans for a regional standby force, ahead of an ECOWAS summit on the crisis later this month.

Ghana's chief of defence staff, General Kwabena Asante-Boateng, who chairs the meeting, told the opening session that the force could be ready within six months. His Nigerian and Senegalese counterparts, Lieutenant-General Musa Danjuma Bello and General Ousmane Faye, were among the delegates.

Ghanaian President Kofi Mensah-Arthur is expected to attend the closing session on Friday.

The ECOWAS summit, to be held in Abuja, is expected to endorse the defence chiefs' recommendations. Several heads of state have yet to confirm their attendance.

Human rights campaigner Adaeze Nwosu of Civic Watch Africa, which has accused regional troops of abuses on past missions, said the summit should insist on civilian oversight. Her colleague Emeka Obi met European Union diplomats in Lagos last week to press the same point."""
s = last_wd(P, "wednesday")
DOCS.append(dict(published=P, title="West African defence chiefs meet on standby force", text=T, meetings=[
    M("West African defence chiefs meeting in Accra", ["defence chiefs", "standby force"], s, "day", plus(s, 2),
      "Accra", ["Kwabena Asante-Boateng", "Musa Danjuma Bello", "Ousmane Faye", "Kofi Mensah-Arthur"], "ongoing",
      "West African defence chiefs opened a three-day meeting in Accra on Wednesday to draw up plans for a regional standby force, ahead of an ECOWAS summit on the crisis later this month."),
    M("ECOWAS summit in Abuja", ["ecowas summit"], month_rel(P, 0), "month", None,
      "Abuja", ["ECOWAS"], "upcoming",
      "West African defence chiefs opened a three-day meeting in Accra on Wednesday to draw up plans for a regional standby force, ahead of an ECOWAS summit on the crisis later this month."),
    M("Civic Watch Africa meeting with EU diplomats in Lagos", ["european union diplomats", "lagos"], week(P, -1), "week", None,
      "Lagos", ["Emeka Obi", "European Union"], "past",
      "Her colleague Emeka Obi met European Union diplomats in Lagos last week to press the same point."),
]))

# ---------------------------------------------------------------- 13
P = "2012-08-28"
T = """JAKARTA, Aug 28 - PT Sinar Rimba Plantations Tbk said on Tuesday it would hold an extraordinary general meeting of shareholders on September 20 to seek approval for a rights issue of up to 1.5 trillion rupiah.

President Director Hendra Wijayakusuma and Finance Director Lina Hartono will present the proposal to shareholders. The company's controlling shareholder, Singapore-based Meranti Capital, has said it will take up its full entitlement.

The rights issue follows a meeting in Jakarta last Thursday between Sinar Rimba's management and officials of the Ministry of Environment over land-clearing permits in Central Kalimantan. Ministry director-general Bambang Sudiro told reporters after Thursday's meeting that the company had agreed to a moratorium on new planting.

The environmental group Hutan Kita said the moratorium did not go far enough. Its campaigner Rina Siregar, who will skip the shareholders' meeting, said she would instead attend a roundtable on sustainable palm oil in Kuala Lumpur in November.

Analyst Dimas Pratama of Kencana Securities said the rights issue was priced attractively and would cut the company's debt ratio to about 40 percent."""
DOCS.append(dict(published=P, title="SINAR RIMBA CALLS EGM ON 1.5 TRLN RUPIAH RIGHTS ISSUE", text=T, meetings=[
    M("Sinar Rimba extraordinary general meeting of shareholders", ["sinar rimba", "extraordinary general meeting"], md(P, 9, 20, "future"), "day", None,
      None, ["PT Sinar Rimba Plantations Tbk", "Hendra Wijayakusuma", "Lina Hartono"], "upcoming",
      "PT Sinar Rimba Plantations Tbk said on Tuesday it would hold an extraordinary general meeting of shareholders on September 20 to seek approval for a rights issue of up to 1.5 trillion rupiah."),
    M("Sinar Rimba meeting with Ministry of Environment", ["ministry of environment", "land-clearing permits"], last_wd(P, "thursday"), "day", None,
      "Jakarta", ["PT Sinar Rimba Plantations Tbk", "Ministry of Environment", "Bambang Sudiro"], "past",
      "The rights issue follows a meeting in Jakarta last Thursday between Sinar Rimba's management and officials of the Ministry of Environment over land-clearing permits in Central Kalimantan."),
    M("Roundtable on sustainable palm oil in Kuala Lumpur", ["roundtable", "sustainable palm oil"], month_named(P, 11, "future"), "month", None,
      "Kuala Lumpur", ["Rina Siregar"], "upcoming",
      "Its campaigner Rina Siregar, who will skip the shareholders' meeting, said she would instead attend a roundtable on sustainable palm oil in Kuala Lumpur in November."),
]))

# ---------------------------------------------------------------- 14
P = "2025-02-20"
T = """ALMATY, Feb 20 - Water ministers from Kazakhstan, Kyrgyzstan and Uzbekistan will meet in Bishkek next Tuesday to agree on releases from the Toktogul reservoir ahead of the spring irrigation season.

Kyrgyz Energy Minister Taalaibek Osmonov, who will chair the meeting, said on Thursday that his country wanted compensation in coal or gas for summer releases. Kazakh Deputy Water Minister Aigerim Zhanibekova and Uzbek Water Minister Rustam Kholmatov are also expected in the Kyrgyz capital.

Technical experts from the three countries held consultations in Tashkent in January. Kholmatov told reporters after the January consultations that the sides were "closer than ever".

The World Bank, which funds a regional snow-monitoring programme, will present new snowpack data to the ministers.

Separately, presidential adviser Serik Dauletov met Chinese officials in Urumqi on Monday to discuss water sharing on the Ili river.

Almaty-based analyst Dana Ibrayeva said any deal would be "fragile as long as the reservoir stays low"."""
DOCS.append(dict(published=P, title="Central Asian water ministers to meet in Bishkek on Toktogul releases", text=T, meetings=[
    M("Central Asian water ministers meeting in Bishkek", ["water ministers", "toktogul"], next_wd(P, "tuesday"), "day", None,
      "Bishkek", ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Taalaibek Osmonov", "Aigerim Zhanibekova", "Rustam Kholmatov", "World Bank"], "upcoming",
      "Water ministers from Kazakhstan, Kyrgyzstan and Uzbekistan will meet in Bishkek next Tuesday to agree on releases from the Toktogul reservoir ahead of the spring irrigation season."),
    M("Technical experts consultations in Tashkent", ["technical experts", "tashkent"], month_named(P, 1, "past"), "month", None,
      "Tashkent", ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Rustam Kholmatov"], "past",
      "Technical experts from the three countries held consultations in Tashkent in January."),
    M("Dauletov talks with Chinese officials in Urumqi", ["urumqi", "ili river"], last_wd(P, "monday"), "day", None,
      "Urumqi", ["Serik Dauletov", "Chinese officials"], "past",
      "Separately, presidential adviser Serik Dauletov met Chinese officials in Urumqi on Monday to discuss water sharing on the Ili river."),
]))


# ---------------------------------------------------------------- checks and output
def check(doc):
    t = doc["text"]
    low = t.lower()
    words = len(re.findall(r"\S+", t))
    assert 100 <= words <= 350, (doc["id"], words)
    req = [m for m in doc["meetings"] if not m.get("optional")]
    assert 2 <= len(req) <= 6, (doc["id"], len(req))
    pub = D(doc["published"])
    for m in doc["meetings"]:
        assert m["evidence"] in t, (doc["id"], m["title"], "evidence not verbatim")
        assert 1 <= len(m["keys"]) <= 3
        for k in m["keys"]:
            assert k == k.lower(), (doc["id"], k)
            assert k in low, (doc["id"], k, "key not in text")
        for p in m["participants"]:
            assert p.lower() in low, (doc["id"], p, "participant not in text")
        assert m["precision"] in ("day", "week", "month")
        if m["precision"] == "day":
            d0 = D(m["date"])
        elif m["precision"] == "week":
            d0 = D(m["date"])
            assert d0.weekday() == 0
        else:
            assert re.fullmatch(r"\d{4}-\d{2}", m["date"])
            d0 = None
        if m["end_date"]:
            assert D(m["end_date"]) > D(m["date"])
        if m["place"]:
            assert m["place"].lower() in low, (doc["id"], m["place"])
        # status consistency for day precision
        if d0 is not None and m["precision"] == "day":
            e = D(m["end_date"]) if m["end_date"] else d0
            if m["status"] == "past":
                assert e <= pub, (doc["id"], m["title"])
            elif m["status"] == "upcoming":
                assert d0 >= pub, (doc["id"], m["title"])
            else:
                assert d0 <= pub <= e, (doc["id"], m["title"])
    return words


def main():
    lines = []
    for i, d in enumerate(DOCS, 1):
        doc = {"id": "f40a-%02d" % i, "published": d["published"], "title": d["title"],
               "text": d["text"], "meetings": d["meetings"]}
        w = check(doc)
        lines.append(json.dumps(doc))
        print(doc["id"], doc["published"], D(doc["published"]).strftime("%a"), "words=%d" % w,
              "meetings=%d" % len(doc["meetings"]))
        for m in doc["meetings"]:
            print("    ", m["date"], m["precision"], m["end_date"], m["status"], "|", m["title"], "|", m["participants"])
    assert len(lines) == 14
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", OUT, len(lines), "docs", sum(len(d["meetings"]) for d in DOCS), "meetings")


if __name__ == "__main__":
    main()
