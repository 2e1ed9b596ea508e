package meetings

// Every decision the extractor takes about a meeting's fields is made by a
// named rule. A rule tags the mention it decides with by or byTokens; `briefbot
// extract -explain FILE` prints, for each meeting and field, the value, the
// rule and the text it read (see docs/meetings-rules.md). To add a rule: add
// a constant and its one-line description to ruleList, and call by where the
// rule decides.

// Field is a meeting field a rule decides.
type Field string

// The fields -explain shows, in its order.
const (
	FieldKind         Field = "kind"
	FieldTitle        Field = "title"
	FieldDate         Field = "date"
	FieldEndDate      Field = "end_date"
	FieldStatus       Field = "status"
	FieldPlace        Field = "place"
	FieldParticipants Field = "participants"
)

// Fields lists the fields in the order -explain prints them.
var Fields = []Field{FieldKind, FieldTitle, FieldDate, FieldEndDate, FieldStatus, FieldPlace, FieldParticipants}

// Rule names one rule of the extractor.
type Rule string

// The rules, grouped by the field they decide.
const (
	RuleHeadNoun           Rule = "head.noun"
	RuleHeadCompound       Rule = "head.compound"
	RuleHeadVerb           Rule = "head.verb"
	RuleHeadDiscuss        Rule = "head.discuss-with"
	RuleHeadHouseSits      Rule = "head.house-sits"
	RuleHeadSee            Rule = "head.see-official"
	RuleHeadAgain          Rule = "head.and-again"
	RuleHeadHear           Rule = "head.hears-testimony"
	RuleHeadTestify        Rule = "head.testifies-before"
	RuleHeadTitled         Rule = "head.verb-titled-object"
	RuleHeadQuestion       Rule = "head.questions-witness"
	RuleHeadSecondObject   Rule = "head.second-object"
	RuleHeadResume         Rule = "head.they-resume"
	RuleHeadAcronym        Rule = "head.numbered-acronym"
	RuleHeadMeetingAcronym Rule = "head.meeting-acronym"
	RuleHeadCourtesy       Rule = "head.courtesy-call"
	RuleHeadCouncil        Rule = "head.council-sitting"
	RuleHeadForum          Rule = "head.forum-attended"
	RuleHeadBodyDecides    Rule = "head.body-decides"

	RuleTitleName     Rule = "title.name"
	RuleTitleOwner    Rule = "title.owner"
	RuleTitleSubject  Rule = "title.subject"
	RuleTitleBody     Rule = "title.body-after"
	RuleTitleSides    Rule = "title.sides"
	RuleTitleKind     Rule = "title.kind"
	RuleTitleAcronym  Rule = "title.acronym"
	RuleTitleShortcut Rule = "title.cut"

	RuleDateNearest     Rule = "date.nearest"
	RuleDateSidelines   Rule = "date.sidelines"
	RuleDateShared      Rule = "date.shared"
	RuleDateRescheduled Rule = "date.rescheduled"
	RuleDateOffset      Rule = "date.day-before"
	RuleDateRelative    Rule = "date.relative-to-other"
	RuleDateSeries      Rule = "date.series"
	RuleDateSubjectVerb Rule = "date.subject-verb"
	RuleDateNotReported Rule = "date.not-reporting-day"

	RulePlaceAddress Rule = "place.address"

	RuleListingDay       Rule = "listing.day-heading"
	RuleListingUntil     Rule = "listing.until"
	RuleListingPrefix    Rule = "listing.place-prefix"
	RuleListingSuffix    Rule = "listing.place-suffix"
	RuleListingVenueLine Rule = "listing.venue-line"
	RuleListingPlaceDate Rule = "listing.place-date"
	RuleListingLabel     Rule = "listing.place-label"
	RuleListingOnline    Rule = "listing.online"
	RuleListingBody      Rule = "listing.body-line"
	RuleListingVerb      Rule = "listing.headline-verb"
	RuleListingBlock     Rule = "listing.block"
	RuleListingDates     Rule = "listing.date-list"

	RuleEndRange Rule = "end.range"
	RuleEndDays  Rule = "end.n-day"
	RuleEndUntil Rule = "end.until"

	RuleStatusBefore    Rule = "status.date-before"
	RuleStatusAfter     Rule = "status.date-after"
	RuleStatusMultiDay  Rule = "status.multi-day"
	RuleStatusEnded     Rule = "status.ended"
	RuleStatusStarted   Rule = "status.started"
	RuleStatusOpenEnded Rule = "status.open-ended"
	RuleStatusTense     Rule = "status.tense"
	RuleStatusToday     Rule = "status.today"
	RuleStatusCancelled Rule = "status.cancelled"

	RulePlacePrep            Rule = "place.preposition"
	RulePlaceHere            Rule = "place.here"
	RulePlaceInName          Rule = "place.in-name"
	RulePlaceVenueCity       Rule = "place.venue-city"
	RulePlaceOtherMention    Rule = "place.other-mention"
	RulePlaceSidelines       Rule = "place.sidelines"
	RulePlacePrepares        Rule = "place.prepares"
	RulePlaceSameDays        Rule = "place.same-days"
	RulePlaceProgramme       Rule = "place.programme-venue"
	RulePlaceDateline        Rule = "place.dateline-implied"
	RulePlaceThere           Rule = "place.there"
	RulePlaceNextSentence    Rule = "place.next-sentence"
	RulePlaceTravel          Rule = "place.travel"
	RulePlaceHost            Rule = "place.host"
	RulePlaceNationalCapital Rule = "place.national-capital"
	RulePartyHomeBody        Rule = "parties.home-body-before"

	RulePartySentence    Rule = "parties.sentence"
	RulePartyPronoun     Rule = "parties.pronoun"
	RulePartyNeighbour   Rule = "parties.neighbour"
	RulePartyOwner       Rule = "parties.owner"
	RulePartySeries      Rule = "parties.series"
	RulePartyCompany     Rule = "parties.company"
	RulePartyNameOrg     Rule = "parties.name-org"
	RulePartyMerged      Rule = "parties.merged-verb"
	RulePartyWitnessBody Rule = "parties.witness-committee"
	RulePartyLongForm    Rule = "parties.long-form"
	RulePartyOwnGroup    Rule = "parties.own-group"
)

// ruleList describes every rule in one line.
var ruleList = []struct {
	rule  Rule
	about string
}{
	{RuleHeadNoun, `"will resume political dialogue on Thursday" (mention.go resumedDialogue; not dialogue as a policy), "The 3rd Korea-Ghana Policy Consultation will be held" (a capitalised consultation in a name), "Mediation between the dockworkers and the operator will begin on Tuesday", "will attend mediation" (mention.go mediationHeld; not "mediation talks", whose noun is "talks", nor "the Federal Mediation and Conciliation Service"), "a conciliation hearing", "a first conciliation session"; a meeting noun ("meeting", "talks", "summit", "a state visit", "will hold a pre-budget consultation with state finance ministers", "negotiation with Ford", "will resume their negotiation", "another round", "will return to the negotiating table", "returned to the bargaining table" (today: under way), "held a preparatory session", "will hold its convention", "its next sitting", "a roundtable with businesses", "The last round, held in Istanbul in January", "The previous round, which took place in Doha in March", not "the last round ended in August" nor "a new round of sanctions"; a body's session: "The Human Rights Council's session", "at its weekly session on Wednesday", "The session, which began on Monday", "At last month's session, the committee held the repo rate" (a body, no market, in its sentence: mention.go periodSession), not "Wall Street's session" nor "In last week's session, the FTSE 100 rose"; "will hold a work session", "will hold a public hearing"; a body's "deliberations" after a verb of opening ("began its three-day deliberations on Monday", "is expected to begin deliberations on the budget bill on Feb. 2": mention.go beganBefore); a kind with its modifier: "for a working lunch at the Elysee Palace on Friday", "a working breakfast", "a two-day video summit on energy prices from Thursday" (no venue: homeplace.go remoteNouns), not "a charity lunch") that passes the noun filters (mention.go); a state visit and the talks its sentence gives it are one (sentencesteps.go mergeVisit)`},
	{RuleHeadSecondObject, `"will meet Prime Minister Margaret Thatcher on Monday and Foreign Secretary Sir Geoffrey Howe on Tuesday", "meet Baker on Monday and Camdessus the following day", "met X in Manila on Wednesday and Y in Hanoi on Thursday", "held talks with X in Cairo on Tuesday and with the Emir of Qatar in Doha on Thursday": the second object's own meeting, day and place, with the verb's subject (conjoined.go secondObjects, objectEnd, pastPlace, secondPlace)`},
	{RuleHeadResume, `"They will resume on Friday at the Soviet mission", "The two sides resume next week": a later round told by a bare "resume" after a pronoun or a side's noun (resume.go resumesBare)`},
	{RuleHeadQuestion, `"The Senate Banking Committee will question Federal Reserve Board Chairman Paul Volcker on Thursday", "the defence committee grilled Defence Minister Boris Pistorius on Wednesday", "grilled the budget minister", "the committee had last questioned the minister on January 20", "will face questions from senators Wednesday" (mention.go titledPhrase; hearings.go facesQuestions; not "questioned the need"): a committee's hearing told by its verb, "question", "quiz", "grill" (hearings.go questionsWitness)`},
	{RuleHeadTitled, `"will meet central bank governor Carlo Azeglio Ciampi on Friday": a meeting verb whose object is a person named after lower-case title words (mention.go titledObject)`},
	{RuleHeadCompound, `"summit meeting": the kind is the noun before "meeting"`},
	{RuleHeadVerb, `a meeting verb ("met", "will meet", "when it met earlier today", "reconvene", "have met three times"; one whose object is a title holder in lower case, "met the union's president, Park Sung-chul, on Monday", "will meet the revenue secretary" (mention.go meetsParty), not a goal met, "met the deadline for filing its plan with the regulators"; "will receive the leaders of the three Sahel states", "will receive a delegation of Japanese businessmen" (mention.go visitingGroup); "gather", "convene" when a group does, past a named "of" or "from" complement: "Finance ministers of the Group of Seven will gather", "Finance ministers from France, Germany, Italy and Spain will gather", "Energy ministers from the Mediterranean states will gather", "the Contadora group gathered" (under way on the day); "will meet representatives of farmers' unions", "met the speakers of both houses of Congress", a lower-case group or body as the object: "will meet the regulator on Wednesday", "will meet hospital managers", "will meet the airline's management" (mention.go lowerGroup), not "meet shareholders' expectations"; "will meet as planned on Wednesday"; a diary line's "Met with Foreign Minister Takeshi Iwaya", its subject the diary's, though capitalised) that passes the verb filters (mention.go)`},
	{RuleHeadHouseSits, `a legislature that sits on a day: "The House will sit at 2.00 pm on Tuesday 10 June 2025", not "sat on the board" (sittings.go houseSits)`},
	{RuleHeadDiscuss, `"will discuss X with Y", "with his American counterpart", a group that "will discuss" or is "due to discuss" a matter on a day ("EU ambassadors will discuss the proposal on Wednesday", "Nordic finance ministers are due to discuss ... on March 2"): a meeting told by its verb phrase (mention.go discussWith, futureChain)`},
	{RuleHeadSee, `"received his visiting Greek counterpart", "received a delegation of soy growers from the Sociedad Rural Argentina"; "will see West German Finance Minister Gerhard Stoltenberg", "will receive Vice Premier Tian Jiyun", "will receive U.S. Secretary of State George Shultz", "will see President Reagan" (one name, no possessive after it), "called on Prime Minister X"; a readout's "received the Foreign Minister of Chile, Alberto van Klaveren", "receives Sipho Ndlovu, Minister of Trade of South Africa", "called on Vietnamese Minister of Industry and Trade Nguyen Hong Dien", "Called on the Speaker of the National Assembly, Thomas Tayebwa" (not "received the Minister of Finance's approval"): seeing a titled person (mention.go seesOfficial); a body's official after a lower-case title ("is to receive the European Commission's trade chief Maros Sefcovic", mention.go bodysOfficial) and "union representatives" or "negotiators" received; "will host Ukrainian President Volodymyr Zelenskiy at the Elysee Palace on Monday" and "welcomed President Alexander Stubb to Downing Street today" in a sentence with no meeting noun (one with "for talks" is the talks'), "received on Sunday X" past its day, "received his Georgian counterpart David Zalkaliani" (mention.go pastDayWords, counterpartAt); an official after the body's name and the post: "to see International Monetary Fund Managing Director Michel Camdessus", "see Federal Reserve chairman Paul Volcker" (mention.go orgOfficial)`},
	{RuleHeadAgain, `"will meet on July 20 in Brussels, and again in Nyborg on September 5": a second meeting of the verb before (mention.go againAfter)`},
	{RuleHeadHear, `"A Senate committee is scheduled to hear the chief executive of X" (hearings.go witnessPost); "the finance committee will hear Finance Minister Kari Strand on Thursday" (titledCaps); "the justice committee will hear testimony from X on Thursday", "Parliament's Treasury Committee heard from X on Wednesday", "The committee will take oral evidence from X on Thursday": a committee's hearing told by its verb (hearings.go hearsWitness, takesEvidence)`},
	{RuleHeadTestify, `"will appear before Parliament's Environment, Food and Rural Affairs Committee" (a name with commas after a legislature's possessive); "Volcker will testify before the Senate Banking Committee on Thursday", "will testify on the dollar before the Senate Banking Committee", "will brief the Parliamentary Standing Committee on Defence on Friday", "is due to brief parliament's foreign affairs committee" (legislatureOwns), "gave evidence to the Senate economics committee on Tuesday", "gave testimony to", "appeared before the parliamentary standing committee on transport on Tuesday" (past: tense.go appearVerbs), "told the Senate transport committee on Monday" (a day right after the committee, past as the telling is: tense.go reportedOn; not "told the committee that ..."): the named committee's hearing told by its witness (hearings.go testifies, committeeDated)`},
	{RuleHeadAcronym, `a numbered acronym: "attended the 25th SOMTC in Kuala Lumpur on 13 October", "the 39th ONOMM" (a meeting named by its acronym only) (notices.go ordinalAcronym)`},
	{RuleHeadMeetingAcronym, `the initialism the story gave a meeting's long name in brackets stands for that meeting: "The previous SCM was held in Seoul" after "their annual Security Consultative Meeting (SCM)"; "previous" takes the parties of the meeting of that name, not of the meeting told just before (acronymheads.go meetingAcronym; neighbours.go earlierRound, namedAs); an "AGM" or "EGM" the story never defines is a general meeting ("Our AGM will be held on Sunday 19 July"), not a notice of one nor "until the next AGM" (generalMeetingInitials)`},
	{RuleTitleName, "the meeting's own name around its head (namebounds.go nameBounds)"},
	{RuleTitleOwner, `the body a possessive names: "the commission's meeting", "its board" (title.go ownerOf)`},
	{RuleTitleSubject, `the named group before a meeting verb: "EC finance ministers met" (extract.go subjectOf)`},
	{RuleTitleBody, `the body a meeting verb names: "will meet at the General Council" (extract.go bodyAfter)`},
	{RuleTitleSides, `no proper name: the participants name it, "U.S.-Japan talks" (title.go sidesOf)`},
	{RuleTitleKind, "no name and no sides: the kind of gathering, with its place (title.go ownedTitle)"},
	{RuleTitleAcronym, "a name over 80 characters shortened with the acronym the text gives (title.go withAcronym)"},
	{RuleTitleUnshout, `a title's run of shouted words in the case the text writes them elsewhere ("12th PACIFIC PORTS CONFERENCE" -> "12th Pacific Ports Conference", "BOARD OF EDUCATION" -> "Board of Education"); a word the text only shouts is capitalised when it is a word of prose or longer than five letters, and stays when it may be an initialism ("ASEAN") (unshout.go)`},
	{RuleTitleShortcut, "a name over 80 characters without its complements or cut at a word (title.go shorten)"},
	{RuleDateNearest, "the nearest date of the sentence that no other mention took (a bare weekday of a purpose phrase after an arrival's day is the first such day on or after it: \"arrived here on Monday for talks with Indian officials on Tuesday\", the Tuesday after; fromtimex.go afterArrival), not another noun's possessive or modifier date (\"the May 11 election\"), nor one after \"since\" unless it starts this meeting, nor a record date, nor the day of a journey unless the meeting is its purpose (\"arrived in Peking on Sunday for three days of talks\", \"and fly to Seoul on Tuesday for talks\"), nor a day that closes an earlier conjunct (\"in Tokyo on Monday and fly to Seoul on Tuesday for talks\"), nor a deadline in another clause (\"by the end of March, after its board meets\"), nor one in a relative clause about something else (\", whose quotas were suspended in February,\"; \"Harbor Point Bancorp, the Ohio lender that failed last month,\", assign.go appositiveThat; but a city opens nothing: \"The NATO summit in the Turkish capital, which opened yesterday,\" is the summit's clause, assign.go cityPhrase), nor one outside the finite adverbial clause that holds the meeting when that clause has its own (\"will strike from Feb. 2 after talks broke down on Monday\": Monday) (assign.go assignDates, modifiesOther, relativeClause; attach.go ownClause); a bare month takes its clause's tense (\"last raised rates at its January meeting\", written in December: the January past; fromtimex.go monthByTense); a possessive weekday with no tense of its own is the day of the meeting named before a week the other way (\"Friday's talks follow ...\"; cluster.go weekdayOtherWay); a possessive weekday takes the tense of its own clause first (\"it would ballot drivers after Monday's meeting ... ended\": the Monday past; fromtimex.go tenseAfterNoun); a month where a decision may come keeps timex's nearest whatever the view's tense (\"said he favoured a cut at the Fed's December meeting\", written in November: the December to come; fromtimex.go prospectiveAt); a weekday written right before its date is that date (\"on Tuesday 12 May 2026\", not the next Tuesday; fromtimex.go weekdayBefore); \"will travel to Stockholm in two weeks\" in a clause about the future is the week two weeks on, not \"the biggest rise in three weeks\" (fromtimex.go inTime); a week or a month named before the meeting's name gives way to a day inside it named after it (\"will travel to Washington this week to attend a two-day meeting ... from Thursday\", assign.go dayWithin)"},
	{RuleDateSidelines, `an undated meeting held "on the sidelines of" a gathering its sentence names takes the gathering's date: "Wang is expected to hold talks with his Philippine counterpart, Theresa Lazaro, on the sidelines of the gathering" after "the annual meeting of Southeast Asian foreign ministers ... later this month" (sidelinesdate.go sidelinesDated)`},
	{RuleDateNotReported, `the nearest date past a reporting verb's own day when the meeting is in what the verb reports: "told a news conference on Tuesday that Arab League foreign ministers would meet in Cairo on Sept. 28" (Sept. 28); "said on Thursday he would meet the regional leaders" gives no day, so no meeting; not "told reporters on Monday after talks with X" (assign.go reportsOther; tense.go reportedOn)`},
	{RuleDateShared, "the nearest date of the sentence, shared with another mention (assign.go assignDates)"},
	{RuleDateSubjectVerb, `"The full IOC Session will meet in Milan on Feb. 3-4, before the Games open on Feb. 6": a meeting noun and the meeting verb it is the subject of are one gathering, with the verb's day and place (subjectverb.go mergeSubjectVerb)`},
	{RuleDateRescheduled, `"rescheduled to June 18 from May 7": the new date (sentencesteps.go reschedule); the meeting moved may stand 28 words before the verb ("A summit of the five Central American presidents, scheduled for June 25-26 in ..., has been postponed until August 6-7") or after its new day ("has postponed until May 20 a special meeting of shareholders": sentencesteps.go movesMeeting)`},
	{RuleDateOffset, `"will meet on April 8, a day ahead of the Interim Committee meeting": the other meeting's day, counted from the dated one (sentencesteps.go offsetDates)`},
	{RulePlaceAddress, `a venue with its address runs to the address's city: "in the Council Chamber, Town Hall, Sturt Street, Ballarat on Wednesday", "at the company's offices at Haakon VIIs gate 2, Oslo" (notices.go addressCity)`},
	{RuleListingDay, `a programme's heading with its label first, "Day 1 – Tuesday 14 October" (listing.LabelBeforeDay: its day is read after the label); a line of a news diary, week-ahead note or schedule takes the day of the heading above it ("MON 30 JUNE", "Tuesday, March 10", a diary's "Tokyo, Monday 9 February 2026"; an item told in the past with no subject, "Attended a meeting of ...", is past that day, listingbody.go pastOpeners)), not the other dates of its line ("to decide August output levels"); a week's weekday heading ("Monday" over "11:00 Cabinet", "Monday: Cabinet, Government Buildings.") is the first such day on or after the week's start ("Week commencing Monday 9 February 2026") or the reference day (listing.go, weekdiary.go)`},
	{RuleListingUntil, `a listing line's "(to 3 July)", "(until Friday)": its last day, a weekday counted from the heading's day (listing.go)`},
	{RuleListingPrefix, `a listing line's "SEVILLE - ", "RIO DE JANEIRO - ", "GENEVA: ", "Geneva - ": the place (listingplace.go entryPrefix)`},
	{RuleListingSuffix, `a listing line's trailing ", Brussels", ", Suva, Fiji (to 19 November)", a calendar line's ", Oslo", a diary table's location column after its last dash when no comma gives one ("Meeting with Hiroshi Tanaka, Chief Executive of Kaiyo Shipbuilding - London") (listingplace.go entrySuffix); a diary's line of prose that ends in a room or a building after its last dash or comma ("Tuesday 14 October, 09.30 — Meeting with the Ghana Cocoa Board — Ministry boardroom", listingplace.go lineVenueOf, lineVenue, commaVenue)`},
	{RuleListingVenueLine, `an itinerary's timed line takes the venue the line under it names alone: "8:30 a.m. The Prime Minister will meet with the President of the Republic of Peru." over "Palacio de Gobierno" (itinerary.go itineraryVenue; listing.go)`},
	{RuleListingPlaceDate, `a list's line of a town, a day and a venue is one sitting of the meeting the sentence before announces, held there: "- Kitwe: Wednesday 14 May 2025, Garden Court Hotel, 09:00 hours" under "The hearings will take place as follows:" (placedate.go placeDate; listingbody.go dateList)`},
	{RuleListingLabel, `a listing line's "Location: Room 16, Palace of Westminster", "Venue: ..." (listingplace.go entrySuffix)`},
	{RuleListingBlock, `a block of short lines, a meeting's name over its day, then its time and room: "Meeting No. 34" over "Tuesday, April 21, 2026" and "Room 415, Wellington Building, 197 Sparks Street"; "Date of next meeting." over "Wednesday 11 March 2026, 6.30pm, Town Hall." (blocks.go)`},
	{RuleListingVerb, `a listing line told as a headline, its meeting verb closing the clause: "BRUSSELS - Euro zone finance ministers meet (Eurogroup).", "GENEVA - WTO General Council meets (to Nov 19)." (listingbody.go entryVerb)`},
	{RuleListingBody, `a listing line that is only a body's name under a day heading, "Foreign Affairs Council, Brussels", "Geneva - World Health Assembly (to May 27)", "11:00 Cabinet", "North South Ministerial Council plenary, Armagh.", a body's word and its complement "Committee on Foreign Affairs - 09:30, Room 4R1", "Board of Trustees, Room 5", "Standing Committee on Finance - 3:30 p.m., Room 415" (a row with a clock time and no day of its own is the heading's), its name run on over "and", an unspaced hyphen or "of the" ("Senate Committee on Ways and Means", "Agriculture and Agri-Food", "Board of Governors of the Central Bank of Malta", listingbody.go bodyTail): the body's meeting that day (listingbody.go bodyLine); a company diary's "Marks Vale plc - AGM, Leeds.": the company's general meeting (venueline.go entryAGM); not a programme's step named like a body, "Close of Forum", "Panel 1: ...", "Panel: Copper supply" (listingbody.go programmeStep)`},
	{RuleListingDates, `a list of dates ("27-28 January" lines) under a sentence that names the meetings ("will hold its monetary policy meetings on the following dates in 2026.", "will meet on the following dates in 2027:" over a run of "Thursday, 28 January" lines): one meeting a line (listingbody.go dateList, weekdiary.go datedRuns)`},
	{RuleHeadCouncil, `a named council met "at" on a day is its sitting: "at the Agriculture and Fisheries Council on February 24", "at the Foreign Affairs Council on Monday" (sittings.go councilSitting)`},
	{RuleHeadForum, `a named forum attended or met at on a day is a gathering: "is due to attend the Doha Forum in Qatar on Dec. 7-8" (sittings.go forumAttended)`},
	{RuleHeadCourtesy, `a readout's courtesy call: "paid a courtesy call on the Minister of Foreign Affairs, Vivian Balakrishnan", "Received a courtesy call from Australian Foreign Minister Penny Wong", and "call on" a person ("will also call on International Trade and Industry Minister Kenji Oshiro on Wednesday"; not "called on the government to resign") (mention.go courtesyCall, callOn)`},
	{RuleHeadBodyDecides, `a body that decides on a day sits that day, when the sentence names no meeting: "The Union Cabinet, chaired by Prime Minister Narendra Modi, today approved", "The RMT's national executive committee will decide on Thursday", "The Cabinet is expected on Tuesday to approve", "is due to decide on Thursday" (decides.go leadIn; the day up to twelve words after the verb, within its clause); its parties are named before the verb, not what it decided (decides.go bodyDecides; names.go names)`},
	{RuleHeadEvidenceSlot, `a committee's hearing told by a parliament's schedule in two lines, the day and the committee, then "Oral evidence": "Tuesday 10 March 2026, 9.30am - Foreign Affairs Committee, Room 8, Portcullis House. Oral evidence: UK policy on the Sahel." (evidenceslot.go evidenceSlot); one line, the committee before "- Oral evidence", is a head of its own (mention.go oralEvidence)`},
	{RuleHeadingHearing, `a hearing of a line dated to a day, in a text with no dateline whose heading names a committee: "Public hearing on the state of the fisheries - Thursday 8 October 2026, 14:00" under "Committee on Fisheries" (heading.go committeeHearing)`},
	{RuleHeldBody, `a body's capitalised name ending in a body's word as the subject of "will be held" or "take place", a time or a place after it, in a sentence with no meeting word: "The Ordinary General Assembly will be held on 28 March", "The European Council will take place on 26-27 March" (notices.go heldBody); the body is its party`},
	{RulePartyDiaryOwner, `the owner a diary's, a schedule's or a readout's heading names ("Secretary of State Ed Harland: ministerial diary", "A note from Ambassador Ingrid Falk", "Mayor Daniela Lopez - Public Schedule for ...", "From the High Commissioner's desk - Ruth Mbeki") takes part in the meetings it tells with no subject ("Meeting with ...", "Thursday 12 March: Called on ...") or in the first person ("Today I met with ...") (heading.go diaryOwner, ownerSpeaks); a shouted heading is read in mixed case ("WEEKLY SCHEDULE OF THE MINISTER, HON. ABENA KORSAH": Abena Korsah; heading.go unshoutLine); the owner may stand with "Hon" or a title on a line above the diary's title ("Hon Rangi Parata – Minister for Primary Industries" over "Ministerial diary: ...", "OFFICE OF MAYOR PATRICIA OYELARAN" and "Councillor Margaret Owusu" over the engagements), by a title on the line below it ("THE MAYOR'S ENGAGEMENTS" over "Councillor Anna Whitlow, Mayor of Harbourton"), or with "Hon" inside heading lines ingest joined ("OFFICE OF THE MINISTER FOR TRADE The Hon. Claire Donovan MP - Weekly schedule"; heading.go honNamed, ownerBelow); a surname may have a capital inside ("McClay")`},
	{RuleListingShared, `a schedule's one venue line for all its rows, above or below them: "All meetings are held in the Council Chamber, Civic Centre unless stated otherwise.", "Venue: Board Room, Northmere General Hospital (all meetings)": the place of each row that names none (venueline.go)`},
	{RuleListingHeadVenue, `an agenda head's room line under its day, in the day's paragraph ("Monday, March 9, 2026" over "Closed Session 5:00 p.m. | Open Session 6:00 p.m." and "Board Room, Civic Center, 455 Main Street, Oak Falls"): no meeting, the place of the paragraph's other lines (headvenue.go headVenues)`},
	{RuleDateJourney, `a meeting with no day of its own named after "for" takes the day of the journey made for it before in its clause: "will fly to Tokyo on Thursday for two days of consultations with his Japanese counterpart" (place.go journeyDate, journeyFor)`},
	{RuleListingHeadDate, `an agenda's heading meeting with no day of its own ("CITY OF WESTBROOK / REGULAR COUNCIL MEETING / AGENDA") takes the day of the short line under it that opens with a full date after the reference day ("Monday, March 9, 2026, 1:30 p.m."), and the room line under that as its place; not a document's label ("Notice of General Meeting"), a plural heading, a table's header, nor a heading whose prose below tells the meeting (headvenue.go agendaHeadDate, headDateVenue)`},
	{RuleListingTableVenue, `a table's row takes the cell under its header's "Location" or "Venue" column ("Date | Time | Engagement | Location | Portfolio" over "Mon 12 Jan | 9.00am–9.30am | Weekly meeting with officials | Parliament | Trade": Parliament, not Trade); "Online", "Phone" or a dash there is no place (tablevenue.go)`},
	{RuleListingCommitteeColumn, `a committee schedule's table row that names no meeting ("Mon., March 9 | 9:00 AM | Judiciary | Room 214 | HB 301 - public testimony" under "Day | Time | Committee | Room | Business"; "1:30 PM | Health & Welfare | Room EW20 | ..." under a day's heading in a "COMMITTEE HEARING SCHEDULE" with no header row): the meeting of the committee in the committee column (or the first cell that names something, with no header), on the row's day or its heading's, in the cell under "Location"/"Room" or a "Room ..." cell; a "CANCELLED" row and "No meetings scheduled" are none; a bill's number ("HB 301", "Bill No. 329") is no party (committeerows.go)`},
	{RuleListingAgendaItem, `an agenda's numbered item dated only by the agenda's day ("2. CLOSED SESSION", "6. PUBLIC HEARING" under "REGULAR MEETING AGENDA - Tuesday, February 13, 2024") is a part of that meeting, no meeting of its own, and so is a sub-item ("2.1 Conference with labor negotiators: ..."); an item with its own date still names one (agendaitems.go)`},
	{RuleHeadFollowedBy, `a body named after "followed by" in a meeting's sentence meets on the day given with it: "The Interim Committee meets on Thursday, followed on Friday by the joint IMF-World Bank Development Committee" (followedby.go)`},
	{RuleListingOnline, `a listing line opened by "Online - ", "Virtual: ": no place (listingplace.go entryPrefix)`},
	{RuleDateSeries, `a list of days after the meeting's date, "will meet on 21 January, 25 March, 20 May and 15 July 2026": one meeting each (three days or more, or two a week apart; joined by commas, semicolons or "and"; a list runs forward, "12 February; 14 May; 10 September" in January is all this year, and its days share their name's parties and place; series.go dateSeries)`},
	{RuleDateRelative, `"will hold their own talks there the day before", after "a summit in Karlsruhe on November 12": the day of the meeting named last before it in the sentence or the two before, moved by the offset; "the same day" ("On the same day, Aydemir will also hold bilateral talks with X"): the day of the last meeting of its kind, or the one nearest its head word, in the three sentences before, else of the last one of its sentence or the one before when neither tells of a meeting undated (relday.go sameDayAt, sameDayOther); moved by the offset; "there" is its place (relday.go relativeDays)`},
	{RuleEndRange, `the date is itself a range: "October 28-29", "Saturday and Sunday", "this weekend" (its Saturday to Sunday, not its week) (timex; fromtimex.go spansOf, fillDate)`},
	{RuleEndDays, `"a three-day meeting", "a week of talks", "two days of talks ... that end tomorrow", "began on Monday and are expected to last three days" (begun: under way): the end from its first or last day (sentencesteps.go endOfRange; tense.go lastsDays)`},
	{RuleEndUntil, `a later day after "ends", "closes", "until", "through" in the sentence ("which opened on Tuesday, closes on Thursday": the Thursday to come, a scheduled present as "meets" is, timex/tenselex.go) (sentencesteps.go endOfRange); "in session since June 9, will adjourn on August 28": one meeting's start and end (sentencesteps.go mergeStartEnd)`},
	{RuleStatusBefore, "the meeting ends before the reference day (cluster.go status)"},
	{RuleStatusAfter, "the meeting starts after the reference day (cluster.go status)"},
	{RuleStatusMultiDay, "a multi-day meeting spanning the reference day is ongoing (cluster.go status)"},
	{RuleStatusEnded, `the text says it is over: "ended", "at the end of", "wrapped up two days of talks" (extract.go phaseOf)`},
	{RuleStatusStarted, `the text says it has begun: "began", "opened", "is meeting", ", who were meeting in Brussels today,", "in session", "so far this week", "went into a second day", ", which opened on Tuesday", ", meeting in closed session this week, is expected", "A new round of negotiations on [a topic] opened ... on Monday" (today), "lawmakers returned on Tuesday for the regular session" (today), "The talks in Istanbul, which began on Monday, continue on Wednesday" (today), "Parliament reconvened on Monday" (today), "kicked off a new round of negotiations on Friday" (today), "entered its second and final day", "in its second day", "entered a third day of talks", "said during a break in the talks on Thursday" (today) (extract.go phaseOf, openedAfterPhrase, gatheredFor, intoDay, dayOf, breakIn); not "so far" of a meeting counted by an ordinal ("his second meeting with them so far this week": over; extract.go countedOne)`},
	{RuleStatusOpenEnded, `talks "opened", "under way", ", relaunched in June 2022, are still under way", "will continue their negotiations, launched in July 1986", "still going on", ", launched in March, are expected to run", "has been meeting since Monday", ", meeting here since Wednesday,": begun and still running are ongoing (extract.go newMention, stillGoing; sentencesteps.go runningSince; assign.go sinceStart)`},
	{RuleStatusTense, "on the reference day or within its period: the tense of the date's clause; an \"after\" phrase with no verb of its own takes the tense of the verb before it (\"said after meeting X on Saturday\", \"said after a brief online meeting on Sunday\": past); \"are likely to meet\", \"is due to hold talks\" are to come (tense.go prospectWords); a date inside a phrase that opens the sentence and ends at a comma takes the main clause's tense (\"At their summit on Thursday, EU leaders failed to agree\": past; tense.go frontedAdverbial); \"later this month\" is to come and \"earlier this month\" gone whatever the verb (\"holds rates at its meeting later this month\"; fromtimex.go redirect) (tense.go tenseAt, afterPhrase)"},
	{RuleStatusToday, "a day-precision meeting on the reference day with no tense: upcoming (cluster.go status)"},
	{RuleStatusCancelled, `a sentence calls it off: "was cancelled", "called off" (cancel.go)`},
	{RulePlaceSlot, `a programme's dated line "Tuesday, 12 May 2026 - 10.00 a.m., Kakamega Social Hall, Kakamega: Public hearing on the Sugar Bill": the names between its time and its colon are the sitting's venue, no party (slotvenue.go slotVenue)`},
	{RulePlacePrep, `the nearest capitalised place after "in", "at", "near" ... (none at all for a meeting held "by video link", "online", "via videoconference": placeof.go remoteNear), "fly to Seoul on Tuesday for talks", "travel on to Rio de Janeiro for the Group of 20 summit", "will send a team to Washington for emergency talks", "called both sides to Brasilia for a mediation meeting", "when he visits Tokyo in June for talks" (place.go senders, visitVerbs), not the place of a plan given up (", which had been due to open in Vientiane," placeof.go formerPlan), "travelling on to Kigali on Tuesday to meet President Paul Kagame" (place.go journeyFor, journeyTo), also "at its Los Angeles headquarters" (placeof.go placeOf), "at" an international body is at its seat ("opened at the World Health Organization on Monday": Geneva, data/seats.tsv; not "at the NATO summit"), and one with no seat the data knows is no place ("will meet at ECOWAS on Thursday"; placeof.go acronymBody), a venue in lower case: "at the offices of the federal mediation service", "at the foreign ministry" (place.go lowerVenue); "at the offices of Acas in London": "offices of Acas, London" (placeof.go officeCity); not a place inside the issue a purpose clause names ("to review the mission in Somalia": placeof.go purposeTopic); a place found that names a people, a region's adjective or a body ("Arab", "Gulf", "Congress", "Special Committee on Agriculture") is dropped once the meeting's place is chosen, and other rules may place it (place.go namesNoPlace)`},
	{RulePlaceHere, `"here", "in this historic southeastern city": the dateline's city (placeof.go placeOf, thisPlace)`},
	{RulePlaceInName, `a place inside the meeting's name: "the Venice summit"; not a word capitalised only as the sentence's first ("Pay talks with the employer"), unless a capital, a seat, the dateline's city or capitalised elsewhere in the text (placeof.go namePlace, openingName); not a body's word ("the Commonwealth summit", data/seats.tsv) nor one after an acronym ("the AI Action Summit"; but "the G-7 Washington talks") unless a capital, a seat, the dateline's city or a word the text puts after "in", "at" or "to" (placeWord)`},
	{RulePlaceVenueCity, "a venue, with the dateline's city added (placeof.go placeOf)"},
	{RulePlaceSidelines, `held "on the sidelines of" a gathering whose place the story names and its own words do not: "will hold talks with Xi on Friday on the sidelines of the APEC summit. The summit opens in Gyeongju", "on the margins of the Munich Security Conference. The conference opens in Munich" (the gathering itself then one meeting on its own day; an undated gathering's own words, "on the sidelines of ASEAN-related meetings in Kuala Lumpur": cluster.go sidelinesPlaces, sameName, dropOccasions); a meeting dated by the gathering it is held beside takes its place too, over the dateline city it was taken to be at (sidelinesdate.go sidelinesHeld)`},
	{RulePlaceSameDays, `held within two days of a gathering the story places in its dateline's city, with no place of its own, no company's, online or away: "Foreign ministers of ASEAN opened their annual meeting in the Malaysian capital on Tuesday ... Japan will attend the ASEAN Plus Three foreign ministers' meeting on Thursday" from KUALA LUMPUR (samedays.go sameDaysHere)`},
	{RulePlaceProgramme, `held within a programme's days with no place of its own: the venue the programme's heading names ("4th AFRICAN WATER FINANCE FORUM | Kigali Convention Centre, Kigali, Rwanda | 14–16 October 2025" over "14:00–16:00  Annual General Meeting of the African Water Utilities Association"; programmevenue.go programmeVenues)`},
	{RulePlacePrepares, `held to prepare another meeting whose place the story names and its own words do not: "Senior officials met on Friday to prepare the meeting", "met on Wednesday to prepare for weekend talks ... The ministers will meet here on Saturday", "The summit will be preceded by an extraordinary meeting of the Council of Ministers on Tuesday", "The Session will be preceded by a meeting of senior officials on 2 June" after the session in Nairobi (cluster.go preparedPlaces, prepared, precededBy, precededOpening)`},
	{RulePlaceOtherMention, `said of another mention of the same meeting (an undated one naming its body: "the G-7 Washington talks"; a city beats a country: "will meet in Ethiopia on Thursday. The talks in Addis Ababa", placeof.go cityOfCountry), also "The talks, at a downtown Ottawa hotel, will be the first since ..." whose date is another event's (cluster.go meeting, refersBack)`},
	{RulePlaceThere, `"there", "in the town", "in the Kenyan port city": the place named last before it, in the sentence or the one before ("gather in Vancouver next week. Hawke will meet Gandhi there") (place.go neighbourPlace, placeNounRef), else the place of the meeting placed last in the two sentences before ("will gather in the Saudi capital ... a preparatory meeting there": placedBefore); "at the same venue", "at the same place": the place of the meeting placed last before it, in the sentence or the three before ("the Annual General Meeting of the Company, which will be held at the same venue at 10.00 a.m. on the same day": relday.go sameVenue)`},
	{RulePlaceNextSentence, `the next sentence's "Kathmandu will host the meeting" (a host named as the dateline's country is the dateline's city: "Oman is hosting the talks" in Muscat; homeplace.go homeCountry), "The venue will be New York", "It will be held in Vienna" or "The meeting will be held in Vienna's Hofburg palace" (Hofburg palace, Vienna; place.go neighbourPlace)`},
	{RulePlaceTravel, `where a person of the meeting flies or arrived in one of the two sentences before, or arrived earlier in its own ("arrived in Damascus last night and will see President Hafez al-Assad today"): "Bangemann flies to Tokyo on Wednesday ... Bangemann will hold talks with Nakasone" (place.go travelledTo)`},
	{RulePlaceHost, `a country or a capital that hosts the meeting, when no other word of its sentence places it: "Kuwait will host the 45th summit of the Gulf Cooperation Council on December 1", "their annual summit on August 17, which Angola will host", "The Pacific Alliance summit, hosted by Chile, will open"; not a company or a person hosting (place.go hostPlace)`},
	{RulePlaceNationalCapital, `"will meet in the Malaysian capital on Thursday": the capital of the nationality's country in the story's year (data/capitals.tsv: Lagos in 1987, Abuja in 2026), when the sentence names no place (place.go nationalCapital)`},
	{RulePlaceDateline, "a body meeting at home (a parliament, cabinet, council, state government, a house's committee (\"the House of Commons heritage committee\", \"the House Energy and Commerce subcommittee\", \"South Korea's parliamentary committee\" in Seoul: homeplace.go homeBody), a head of government or a home minister — a title with no nationality, \"Finance Minister Gerhard Stoltenberg\" — as subject), reported from that city; a central bank, a parliament's body, a ministry with no country, an international body or a central bank at its seat (NATO in Brussels, the EU in Brussels, Luxembourg or Strasbourg, the Bank of Japan in Tokyo, data/seats.tsv; not a summit but the EU's or the AU's, homeplace.go summitAtSeat); not a body another country owns (\"France's cabinet met\" in London; homeplace.go foreignOwner); a ruling party's \"Central Committee\"; a government's coalition (\"will meet in the coalition committee\", \"began detailed coalition talks\" in Berlin; impliedhere.go governingCoalition); a meeting, session or conference that names no party of its own in a story whose lead names a body sitting at the dateline (\"The agriculture group will meet\" in a Geneva story on GATT; not the EU's or NATO's Brussels; impliedhere.go leadSeatedHere); a home minister or council named by his country, also as the subject of a sentence whose meeting \"his\" or \"their\" owns (\"Chile's finance minister met ..., his second meeting with them\" in Santiago; homeplace.go pronounOwned; \"Russia's Security Council\" in Moscow: a country's own body, not the U.N.'s; seats.go countryOwned), an official at home named in the meeting's sentence (also \"met Egyptian intelligence chief Hassan Rashad\" in Cairo); a meeting owned by \"its\" or named by a period's possessive (\"At last month's session\") with no party named after a sentence on a home institution's meeting (\"The Bank of Canada's governing council meets next week. At its March meeting, the council said\"; homeplace.go homeBodyBefore); a summit or conference under way on the story's day with no place named and no party travelling (\"The Commonwealth summit, which got under way on Thursday, ends on Saturday\" from Apia; impliedhere.go underWayHere); talks the dateline's country hosts or mediates (\"mediated by Qatar and Turkey\" in Doha; homeplace.go hostedHere); never when the party travels or the venue is unknown (meetings.GUIDELINE.md; impliedhere.go impliedHere, homeSubject; homeplace.go)"},
	{RulePartyLongForm, `a party named by a bracketed initialism that does not spell its long name's initials is written as the long name: "ICCO" for "The International Cocoa Organization (ICCO)", "CGT" for "General Confederation of Labour (CGT)"; one that spells them ("IMF", "GCC" of "ASEAN-Gulf Cooperation Council (GCC)") stays; the title is made before, from the names as found (entities.go spellOut)`},
	{RulePartyHomeBody, `a meeting owned by "its" or named by a past period's possessive that names no party, after a sentence on a home institution's meeting: that meeting's parties ("The Bank of Canada's governing council meets next week. At its March meeting, the governing council said": the Bank of Canada; homeplace.go homeBodyParties); a meeting that names no place whose every body meets at home in another meeting of the story: "The council ... left the discount rate unchanged at its last meeting on March 19" after the Bundesbank council's session in a Frankfurt story (seriesparties.go homeAgain)`},
	{RulePartySentence, "names of the mention's sentence outside the meeting's name, less places, speakers, topics (\"Seoul's trade deficit\", \"to discuss the fighting in eastern Congo\": roles.go inTopic), a lone opener prose writes in lower case (\"Traders expect\": roles.go openerWord; data/lowerwords.txt), a one-word party that names a room or a post (\"in the Pavilion\", \"State Councilor Wang Yi\", \"His Highness\": clusterparties.go roomOrPost) or an abstract noun (\"Preparations are complete\": abstractNoun), a field of a title's list (\"Minister of Land, Infrastructure, Transport and Tourism\": nameparts.go untitledFieldItem), a sector before its company (\"Electronics group Haverkamp NV\": sectorOfFirm), a shouted label (\"MAYOR'S REPORT:\": shoutedLead), an organisation's initialism before a title (\"MITI Vice-Minister Makoto Kuroda\" -> \"Makoto Kuroda\": names.go orgAcronymTitle), events and regions and absentees; each of a list of nationalities, with whatever kind of officials they are (\"Spanish and Moroccan officials\", \"Kenyan and Tanzanian customs officials\": partywords.go nationListCountry, sidesModifier) and a region's group (\"African environment ministers\"); not the parties of other talks the meeting discusses; the people a relative clause makes the subject, after \"to\" or \"from\" too (\"to Commonwealth trade ministers, who will meet\": names.go relativeSubject); the speakers who \"said after meeting\" (saidAfterMeeting); a group named by its kind of two or more words that opens the sentence as the meeting's subject (\"Opposition parties will hold talks\", \"Producer countries will caucus\": members.go openingGroup); not the subject of what a verb of saying after the meeting reports (\"met Mike Mansfield and told him Japan could not accept\", \"told the committee yesterday that Italy would cut\": names.go reportedSubject); a country's possessive before a lower-case group, owner and all (\"Germany's governing coalition\", \"Chile's copper workers' unions\"), and no country before a named post holder or a thing (\"Brazil's chief delegate Paulo Andrade\", \"Brazil's 68 billion dlrs of debt\": partywords.go ownsLowerCase, possessedGroupEnd, ownsPost); of its own clause when the sentence names several meetings (names.go names, notParty; partywords.go; clauses.go splitClauses)"},
	{RulePartyPronoun, `"they meet", "the two met": the persons named just before (extract.go pronounSubject); a "He" or "She" opening the sentence is the person the sentence before opens with, when it opens with one ("Funaro briefed President Jose Sarney yesterday. He will also see ...": neighbours.go subjectPerson)`},
	{RulePartyNeighbour, `named in a neighbouring sentence: a member list ("The committee is made up of ...", "The committee, which includes ...", "The committee, chaired by X, also groups the ministers of ..."), the minister named earlier, "X will lead the delegation", "brief the ministers" or "host the talks" after it, "the chancellor" for the Chancellor named before, "the three sides", "They last met", "The ministers last met", "the previous round" and "follow a round in Washington" for the parties of the meeting before; "its"/"their" before the meeting; the body inside the meeting's name or "The cabinet" its owner named before; those who open the next sentences discussing, arriving, attending, sending delegations (not two sentences on, past a meeting the sentence between tells of) or heading a side (neighbours.go)`},
	{RulePartyOwner, `the body a possessive names: "its policy meeting", "the union's national board"; "The committee will meet" names the last committee named so far; "the board", "the company's annual general meeting" and a bank's "the bank's AGM" name the story's company, the first it names (clusterparties.go participants, storyCompany; entities.go bodyFor, title.go ownerOf)`},
	{RulePartyOwnGroup, `a meeting that names no party and whose sentence opens with a group qualified by more than a number or a rank takes the group's words: "Euro zone finance ministers also meet in Brussels on Monday" -> "euro zone finance ministers", "The working group ... met"; "The finance minister will meet the heads of public sector banks" -> "finance minister" (an office no name follows); "The eight countries will hold a separate meeting" and "Senior officials met" give none; either way the meeting takes no parties from another of its kind (seriesparties.go ownGroup)`},
	{RulePartySeries, `a meeting that names no party takes those of the story's first meeting of its kind that names some: "The second round was held in Mexico City in March" after "Colombia and the ELN will open a third round of talks in Havana on Tuesday"; not a meeting with a proper name of its own ("the Senior Economic Officials' Meeting (SEOM)" beside the ministers' meeting) (seriesparties.go seriesParties, ownSeries)`},
	{RulePartyCompany, "a company's board or shareholders: the company; \"the Company\" is the company a notice defines so (clusterparties.go company, leadOrg; definedterm.go definedTerm)"},
	{RulePartyNameOrg, `an organisation inside the meeting's name: "the BRICS summit" (clusterparties.go participants)`},
	{RulePartyWitnessBody, `the committee a witness testifies before, gives evidence to or tells, as the text writes it: "gave evidence to the Senate economics committee on Tuesday", "appeared before the parliamentary standing committee on transport" (conjoined.go witnessCommittee)`},
	{RulePartyMerged, `persons a meeting verb stood for, merged into the named meeting: "The two leaders will meet again at the summit" (clauses.go takePersons)`},
	{RulePartyGroup, `a lower-case group after a nationality, or beside another party, as the meeting's subject or object: "Australian wool growers will meet Soviet buyers", "the government and communist rebels will resume talks" (roles.go groupPhrases); a meeting verb's lower-case objects, or those of a meeting "with", each with its "of" complement: "will meet heads of public sector banks", "met rebel commanders", "will meet sugar planters and millers", "held talks with bondholders", "representatives of taxi drivers' unions" (roles.go verbObjectGroups; agentgroups.go agentGroup reads a trade's plural by its ending)`},
	{RulePartyAttendList, `each of a list the sentence before or after says attends or takes part, with no other gathering named: "Stoltenberg, Balladur and Lawson are expected to attend", "Jordan and Egypt have been invited to attend", "Foreign ministers of Chad, Niger and Cameroon have been invited, along with representatives of the African Union", "A World Bank representative also attended"; and the persons the sentence after says the side includes: "The group includes Senators Roger Wicker and Jeanne Shaheen" (sides.go attendList, sideMembers)`},
	{RulePartyToldMeeting, `a person a sentence after the meeting's says spoke there: "told the meeting", "told delegates", "told his colleagues", "told the contact group", "told reporters on arrival", "said after the talks", and the speaker of its ", while" clause ("..., while Ireland's Siobhan Carney warned"); not for a meeting told beside another in its sentence (told.go toldMeeting)`},
	{RulePartyLeadsSide, `the person the next sentence says leads or heads a side, past an apposition: "Brendan Lynch, the U.S. chief negotiator, will lead the American team" (sides.go leadsSide)`},
	{RulePartyTwoSides, `"the two sides", "both countries": the pair joined by "and" in the nearest sentence before (sides.go twoSides), else the story's first two companies for "the two companies", titled persons for "the two ministers", countries for "the two countries" (sides.go firstTwo); not when the two persons follow in apposition ("The foreign ministers of the two countries, Alvaro Restrepo and Ruben Salazar, met": sides.go namedAfter)`},
	{RulePartyNameBody, `the body at the head of the meeting's own name, beside the persons named: "The Pacific Islands Forum Leaders Meeting", "the Commonwealth Heads of Government Meeting" (roles.go nameBody); "Ordinary Meeting of Little Ashby Parish Council" beside its roster's members, not a company board's (clusterparties.go)`},
	{RulePartyOfficer, `a company's officer the meeting's sentence names, beside the company: "Chairman Roger Smith will face shareholders at General Motors Corp's annual meeting" (roles.go officers)`},
	{RulePartyKindAlias, `"The union said it would meet": the last union (company, bank, party) the story named (roles.go kindAlias, entities.go bodyOfKind)`},
	{RulePartyRoster, `each name of a roster line of minutes or a notice, "Present:", "PRESENT:", "Attendees:", "Members:", "In attendance:", "Staff present:", "Committee present:", "Witnesses:", "Panel 1:" (not "Apologies:"), for the meeting named just before the line; a label alone on its line lists one name a line below it ("1. Mr. Daniel Mwiti, Chairman" numbered or not), the name before its comma; a plural role lists several ("Council Members Tom Kessel, Rosa Delgado"); in a list with semicolons a name's role after its comma ("Karen Liu, President; Daniel Ortiz") and a one-word role are no names (roster.go rosterLineName, rosterName); in minutes whose roster marks a member as the chair ("Margaret Quinlan (Chair)"), "The Chair reported on her meeting with the Housing Corporation" names her (roster.go rosterChair, chairReports)`},
	{RulePartyCoref, `a person the story named before, from its entity table: "the minister" for the last person titled minister, a title's initialism ("EAM" for External Affairs Minister Dr. S. Jaishankar), "their" in the meeting's noun phrase and "the two men" for the persons named just before (coref.go)`},
	{RulePartyOwnerBody, `the organisation whose possessive names a body of its among the meeting's parties: "The Bank of Korea's Monetary Policy Board", "The International Olympic Committee's Executive Board" (roles.go ownerBodies; parties.sub-body then names the two as one)`},
	{RulePartyKindNamed, `the bodies the sentence after names with a kind the meeting's sentence gives in lower case: "... talks with the national operator. The operator, NS, and the unions FNV and VVMC ..." (storyents.go kindNamed)`},
	{RuleDateYearOwned, `a meeting dated by a month with no year of its own whose name a year owns takes that year's month: "At last year's summit in Madrid in June", "Next year's conference in Dubai in November", "The 2024 summit in Lima in November" (yearowned.go yearOwned)`},
	{RulePartyHeadNoun, `for a meeting with no named party, the body its sentence calls by a bare capitalised head noun ("the Committee", "Council"), named in full by the notice's heading or the nearest sentence before: "The Committee's next meeting is scheduled for ..." under "Standing Committee on Public Accounts" (headnoun.go headNounBody)`},
	{RulePartyCommitteePhrase, `a committee the story names in lower case that holds the meeting or that the meeting's verb meets: "The council's finance committee will hold a public hearing", "will meet the country's 14-member bank advisory committee", "The junior doctors committee will meet"; a cabinet met or met of ("will meet her cabinet", "a meeting of the cabinet", not "President Corazon Aquino and her cabinet"; lowercommittee.go cabinetParty); not an organisation's own organ ("OPEC's price monitoring committee", "the executive committee", "its bargaining committee") (lowercommittee.go committeePhrase, committeeOwned)`},
	{RulePartyKindBody, `for a meeting with no named party, the body its sentence names only by its kind as the subject that opens it: "The cabinet is expected to approve the draft at its regular session", "The central bank's board will meet", "Parliament reconvened" (roles.go kindBody)`},
	{RulePartyGroupRef, `a group word opening the meeting's sentence, for the parties the story named before (storyents.go, its entity table of bodies, countries and persons with their kinds and lists): "The three will meet" for the last list of three, "The ministers" for the last list of countries, "The companies" for the last list of bodies, "The union will meet X" for the last body of that kind ("Unite, Britain's largest union")`},
	{RulePartyChair, `the person the sentence before or after says chairs the meeting or its body: "is chaired by X", "X, who chaired the session", "X has been named to chair" (coref.go chairParties)`},
	{RulePartyGathered, `the names after a gathering phrase whose subject is the meeting, in the sentence before or after when it tells no dated meeting of its own: "The meeting ... brings together delegates from Kenya, Uganda and Tanzania", "will also be attended by envoys of the United States", "organised by the Nigerian Ports Authority" (gathers.go gatheredParties)`},
	{RulePartyNotReason, `a name the meeting's sentence says that is no party, with a named reason (candidates.go notPartyReason): an address part ("at 100 Bishopsgate", "London EC2P 2SR"), a country qualifying another's facility ("the carmaker's U.S. headquarters"), a source's owner ("the Holy See press office said"), a country's possessive before its titled person ("Bangladesh's interim leader Muhammad Yunus"), a country's possessive before its named body ("Sweden's Riksbank"), a country qualifying a market ("U.S. stocks fell"), who chose a nominee ("President Donald Trump's nominee"), a field of a minister's title split off at "and" ("Investment" of "Minister for Trade and Investment"), the host of a gathering on whose sidelines the meeting is held ("on the sidelines of a Mercosur gathering"), a name in a subordinate or relative clause after the meeting ("whom President Donald Trump picked", "weeks after former premier K.P. Sharma Oli criticised")`},
	{RulePartyRepresented, `a country (or its capital) is no party of its own when a party person of the meeting is introduced as its representative: "Japanese Finance Minister Kiichi Miyazawa", "Argentina's Javier Milei", "the finance minister of France, Roland Lescure", "Johann Wadephul, Germany's foreign minister", "his Polish counterpart" ; also a title phrase before a comma ("the Foreign Minister of Chile, X"), "his New Zealand counterpart", a name run on into "of" ("Hakan Fidan of Turkey" -> "Hakan Fidan") (partiesrep.go dropRepresented, personCountries, titlePhraseCountry)`},
	{RulePartyBodyNoun, `a body named before and then only by its head noun, as the body first named: "The council will meet on Dec. 4" after "The African Union's Peace and Security Council", "The union and the airline will resume negotiations", "officials of the bank", "The bank's policy board", "the lender", "the carmaker" (Volkswagen), "the cartel" (OPEC) (partiesbody.go bodyNounParties, bodyNamedBefore, nounKinds)`},
	{RulePartyAndTail, `a body's name the reader split at its "and" is one party again when its complement after "for" or "of" runs on to one more word: "Centers for Disease Control and Prevention", not "Centers for Disease Control" and "Prevention" (names.go joinAndTails)`},
	{RulePartyBilateral, `a bilateral body named among the parties stands for its two countries: "the India-Nepal Joint Commission", "the 2nd Session of the PJCC" after "the Ghana-Kenya Permanent Joint Commission for Cooperation (PJCC)" are India and Nepal, Ghana and Kenya; a country of two words ("the India-Sri Lanka Joint Working Group (JWG)"); a body named in lower case, whose two countries stay beside the persons who represent them ("the China-Zambia joint commission", not on whose sidelines others meet); the body right after "meeting of the", though ministers co-chair it ("The seventh meeting of the Vietnam-Philippines Joint Commission ..., co-chaired by"); a joint body named short takes the two countries the story names it with elsewhere ("the Joint Commission" after "the India-Oman Joint Commission", "the PJCC" after "... (PJCC) between Nigeria and Ghana") (bilateral.go bilateralSides, countryPair, jointBodySides, betweenCountries; names.go jointBodyAfter, meetingOfThe)`},
	{RulePartyHeading, `a bare meeting of a text with no dateline ("The minutes of the meeting held on 21 January were agreed", "The next meeting will be held on ...", "Next meeting: Tuesday 10 March"): the body its heading names ("MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE ...", "Hollybrook Community Trust" over its minutes) (heading.go headingBody); a meeting of "Your negotiating team" or "Your branch committee" in a bulletin: the union its heading names, beside any side it met (clusterparties.go yourGroup)`},
	{RulePartySubBody, `a body and its committee named together are one party: "the IMF's Interim Committee" (roles.go subBodies)`},
}

// ruleAbout maps each rule to its description.
var ruleAbout = func() map[Rule]string {
	m := make(map[Rule]string, len(ruleList))
	for _, r := range ruleList {
		m[r.rule] = r.about
	}
	return m
}()

// About describes the rule in one line; "" for a rule not in the list.
func (r Rule) About() string { return ruleAbout[r] }

// Rules lists every rule in the order of the list.
func Rules() []Rule {
	out := make([]Rule, len(ruleList))
	for i, r := range ruleList {
		out[i] = r.rule
	}
	return out
}

// why is the rule that decided a field of a mention and the text it read,
// as rune offsets.
type why struct {
	rule       Rule
	start, end int
}

// by records that rule r decided field f of m, reading the text at runes
// [start, end). A later call for the same field replaces the earlier.
func (m *mention) by(f Field, r Rule, start, end int) {
	if m.why == nil {
		m.why = map[Field]why{}
	}
	m.why[f] = why{r, start, end}
}

// byTokens is by over tokens [i, j) of toks (the mention's sentence).
func (m *mention) byTokens(f Field, r Rule, toks []token, i, j int) {
	i = max(i, 0) // a phrase read from the word before the head, at the sentence's start: "Call on the Cabinet Secretary"
	if j > len(toks) || i >= j {
		return
	}
	m.by(f, r, toks[i].start, toks[j-1].end)
}

// byName records that rule r added the participant name to m; the first
// rule that names a participant keeps it.
func (m *mention) byName(name string, r Rule, start, end int) {
	if m.partWhy == nil {
		m.partWhy = map[string]why{}
	}
	if _, ok := m.partWhy[name]; !ok {
		m.partWhy[name] = why{r, start, end}
	}
}
