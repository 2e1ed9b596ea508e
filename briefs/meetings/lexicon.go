package meetings

// meetingNouns are the head nouns of a gathering, mapped to their kind.
var meetingNouns = map[string]string{
	"meeting": "meeting", "meetings": "meeting", "talks": "talks", "summit": "summit",
	"conference": "conference", "session": "session", "negotiations": "talks",
	"consultations": "talks", "audience": "audience", "bilateral": "meeting", "dinner": "dinner", "hearing": "hearing",
	"hearings": "hearing", "plenum": "session", "summits": "summit", "conferences": "conference",
	"negotiating": "talks", "bargaining": "talks", "parley": "talks", "sessions": "session", "dialogue": "dialogue",
	"negotiation": "talks", "round": "talks", "visit": "visit", "convention": "conference",
	"debate": "session", "consultation": "talks", "videoconference": "meeting", "teleconference": "meeting",
	"lunch": "lunch", "luncheon": "lunch", "breakfast": "breakfast", "deliberations": "session",
	"sitting": "session", "sittings": "session", "roundtable": "meeting", "round-table": "meeting",
	"congress": "conference", "caucus": "meeting", "retreat": "meeting",
	"discussion": "talks", "discussions": "talks",
	"symposium": "conference", "workshop": "meeting", "jirga": "meeting", "jirgas": "meeting", "gathering": "meeting", "gatherings": "meeting", "forum": "meeting", "forums": "meeting",
	"offsite": "meeting", "hands": "meeting", // a workplace's gatherings (mention.go isMeetingNoun): "the planning offsite", "the all-hands"
	"markup": "session", // a committee's sitting on bills: "Full Committee markup of 14 health bills on Wednesday"
}

// sessionModifiers make "session" a sitting of a body.
var sessionModifiers = map[string]bool{
	"emergency": true, "special": true, "plenary": true, "extraordinary": true, "closed": true,
	"closed-door": true, "annual": true, "legislative": true, "parliamentary": true, "opening": true,
	"closing": true, "joint": true, "negotiating": true, "ministerial": true, "council": true,
	"committee": true, "cabinet": true, "board": true, "executive": true, "general": true,
	"regular": true, "autumn": true, "spring": true, "summer": true, "winter": true, "negotiation": true,
	"budget": true, "parliament's": true, "evidence": true, "bargaining": true, "mediation": true, "conciliation": true, "arbitration": true, "preparatory": true,
	"ordinary": true, "substantive": true, "formal": true, "informal": true, "inaugural": true,
	"semi-annual": true, "bi-annual": true, // joined again at their hyphen (hyphenedBefore)
}

// hearingBodies make a hearing one of a named committee, not a court's.
var hearingBodies = map[string]bool{
	"committee": true, "subcommittee": true, "senate": true, "house": true, "congressional": true,
	"parliamentary": true, "panel": true, "commission": true, "confirmation": true, "select": true, "board": true, "council": true,
}

// goalNouns are what one "meets" that is no gathering.
var goalNouns = map[string]bool{
	"demand": true, "demands": true, "target": true, "targets": true, "requirements": true,
	"requirement": true, "needs": true, "obligations": true, "obligation": true, "payments": true,
	"payment": true, "deadline": true, "deadlines": true, "costs": true, "cost": true, "criteria": true,
	"standards": true, "standard": true, "conditions": true, "expectations": true, "goals": true,
	"goal": true, "commitments": true, "quota": true, "quotas": true, "forecasts": true, "estimates": true,
	"challenge": true, "challenges": true, "terms": true, "debt": true, "bills": true, "criterion": true,
	"reviews": true, "criticism": true, "approval": true, "opposition": true, "resistance": true,
	"scepticism": true, "skepticism": true, "success": true, "disapproval": true, "derision": true,
	"applause": true, "hostility": true, "indifference": true, "protests": true, "praise": true,
}

// meetingVerbs are verb forms of meeting someone.
var meetingVerbs = map[string]bool{
	"meet": true, "meets": true, "met": true, "confer": true, "conferred": true,
	"reconvene": true, "reconvenes": true, "reconvened": true,
	"gather": true, "gathers": true, "gathered": true, "convene": true, "convenes": true, "convened": true,
	"huddle": true, "huddles": true, "huddled": true,
	"dine": true, "dines": true, "dined": true, // "will dine with FIFA president Sepp Marten on Wednesday evening"
}

// gatherVerbs are meeting verbs only when a group gathers: "creditor banks
// will gather in New York", "Cabinet secretaries will huddle on Friday",
// not "protesters gathered in the square", "huddled in the cold".
var gatherVerbs = map[string]bool{
	"gather": true, "gathers": true, "gathered": true, "convene": true, "convenes": true, "convened": true,
	"huddle": true, "huddles": true, "huddled": true,
}

// partyNouns are a side met without a name: "will meet management".
var partyNouns = map[string]bool{
	"management": true, "employers": true, "workers": true, "strikers": true, "lenders": true,
	"creditors": true, "unions": true, "bankers": true, "officials": true, "leaders": true,
	"representatives": true, "advisers": true, "advisors": true, "executives": true,
}

// notMeetingBefore are words that, right before a meeting noun, make it
// something else ("news conference", "trading session").
var notMeetingBefore = map[string]bool{
	"news": true, "press": true, "trading": true, "telephone": true, "morning": true, "afternoon": true,
	"evening": true, "overnight": true, "futures": true, "market": true, "stock": true, "training": true,
	"photo": true, "video": true, "previous": true, "question": true, "earnings": true,
	"analysts": true, "analyst": true, "investor": true, "investors": true, "brokers": true, "launch": true,
	"sports": true, "practice": true, "qualifying": true, "recording": true, "jam": true, "tasting": true,
	"fund-raising": true, "fundraising": true, "gala": true, "state": true, "wedding": true, "peace": false,
}

// notMeetingAfter are words that, right after a meeting noun, make it
// something else ("conference call", "session high").
var notMeetingAfter = map[string]bool{
	"call": true, "calls": true, "high": true, "low": true, "room": true, "centre": true, "center": true,
	"hall": true, "table": true, "musician": true, "musicians": true, "place": true, "point": true,
	"update": true, "updates": true, "bulletin": true, "record": true, "records": true, // "Pay talks update, 8 July 2026", "the General Meeting Record of Depositors": documents
	"calendar": true, "calendars": true, // "Meeting calendar: week 45 (3–9 November 2025)": a list of meetings, none itself
}

// cancelCues in a sentence mean its meetings do not take place.
var cancelCues = map[string]bool{
	"cancelled": true, "canceled": true, "cancel": true, "cancels": true, "scrapped": true,
	"abandoned": true, "discontinuing": true, "discontinued": true,
	"suspended": true, "suspending": true, "scrapping": true, "cancelling": true, "canceling": true,
}

// sportsWords mark a sentence about a sports fixture, where teams and
// athletes "meet" and athletics "meetings" are competitions.
var sportsWords = map[string]bool{
	"match": true, "matches": true, "fixture": true, "fixtures": true, "tournament": true,
	"championship": true, "championships": true, "semi-final": true, "quarter-final": true,
	"derby": true, "innings": true, "hurdles": true, "sprint": true, "athletics": true,
	"striker": true, "midfielder": true, "rugby": true, "football": true, "soccer": true,
	"tennis": true, "cricket": true, "golf": true, "medal": true, "playoff": true, "playoffs": true,
	"hockey": true, "basketball": true, "baseball": true, "volleyball": true, "handball": true,
	"boxing": true, "prix": true, // not "marathon" (talks), "Olympics" (a date marker)
}

// rescheduleCues move a meeting to the date after "to" or "until".
var rescheduleCues = map[string]bool{
	"rescheduled": true, "postponed": true, "moved": true, "delayed": true, "deferred": true,
	"reschedule": true, "postpone": true, "adjourned": true, "pushed": true, "put": true, "brought": true,
	"advanced": true, "preponed": true, // "has been advanced to Wednesday"
}

// habitCues make a meeting habitual or hypothetical, not a specific gathering.
var habitCues = map[string]bool{
	"regularly": true, "periodically": true, "every": true, "each": true, "usually": true,
	"often": true, "routinely": true, "could": true, "might": true, "may": true, "should": true,
	"if": true, "whether": true, "possible": true, "possibility": true, "unless": true,
}

// groupOf are the words a name continues with "of": "Group of Seven",
// "Council of Ministers", "Bank of Japan".
var groupOf = map[string]bool{
	"group": true, "council": true, "bank": true, "association": true, "organisation": true,
	"organization": true, "union": true, "league": true, "conference": true, "federation": true,
	"court": true, "house": true, "chamber": true, "board": true, "ministry": true, "club": true,
}

// possessives stand before "last session": "their last session".
var possessives = map[string]bool{"their": true, "its": true, "his": true, "her": true, "our": true}

// condOpeners open a sentence whose meetings are conditional.
var condOpeners = map[string]bool{"if": true, "unless": true, "should": true, "provided": true, "were": true}

// nameModifiers are lower-case words that belong to a meeting's name.
var nameModifiers = map[string]bool{
	"annual": true, "special": true, "extraordinary": true, "general": true, "ministerial": true,
	"emergency": true, "executive": true, "board": true, "shareholders": true, "shareholder": true,
	"stockholders": true, "stockholder": true, "economic": true, "trade": true, "free": true,
	"grain": true, "working": true, "preparatory": true, "informal": true, "bilateral": true,
	"peace": true, "foreign": true, "finance": true, "ministers": true, "summit": true,
	"committee": true, "commission": true, "council": true, "bureau": true, "cabinet": true, "plenary": true,
	"budget": true, "monetary": true, "oil": true, "agriculture": true, "farm": true, "defence": true,
	"defense": true, "security": true, "military": true, "technical": true, "marketing": true,
	"directors": true, "leaders": true, "party": true, "parliamentary": true, "round": true,
	"high-level": true, "level": true, "top": true, "trilateral": true, "multilateral": true,
	"ministers'": true, "quarterly": true, "monthly": true, "policy": true, "negotiating": true,
	"energy": true, "tariff": true, "debt": true, "industry": true, "fisheries": true, "tax": true,
	"creditors": true, "creditor": true, "lenders": true, "bank": true, "banks": true, "central": true,
	"senior": true, "textile": true, "steel": true, "auto": true, "coal": true, "shipping": true, "labour": true, "labor": true,
	"business": true, "investment": true,
}

// groupNouns are the people who meet as a body: "EC finance ministers met".
var groupNouns = map[string]bool{
	"ministers": true, "directors": true, "delegates": true, "officials": true, "leaders": true,
	"representatives": true, "negotiators": true, "members": true, "envoys": true, "executives": true,
	"governors": true, "board": true, "council": true, "committee": true, "commission": true, "bankers": true,
	"experts": true, "producers": true, "creditors": true, "shareholders": true, "delegations": true,
	"cabinet": true, "parliament": true, "senate": true, "congress": true, "politburo": true, "presidium": true,
	"premiers": true, "groups": true, "unions": true, "mediators": true, "ambassadors": true, "attorneys": true,
}

// bodyNouns name a meeting on their own: "the cabinet will meet".
var bodyNouns = map[string]bool{
	"board": true, "cabinet": true, "council": true, "committee": true, "commission": true,
	"parliament": true, "senate": true, "congress": true, "politburo": true, "presidium": true,
}

// auxiliaries stand between a group and its meeting verb.
var auxiliaries = map[string]bool{
	"will": true, "would": true, "shall": true, "also": true, "again": true, "to": true, "is": true,
	"are": true, "due": true, "expected": true, "scheduled": true, "set": true, "planned": true, "ll": true, "'": true,
}

// ordinals are the ordinal words that distinguish one meeting of a series.
var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
}

// corporateKinds mark a company's meeting (its place defaults to nothing).
var corporateWords = map[string]bool{
	"shareholders": true, "shareholder": true, "stockholders": true, "stockholder": true,
	"board": true, "directors": true, "annual": true, "general": true, "extraordinary": true,
	"special": true, "creditors": true, "lenders": true,
}

// capStop are capitalised words that start sentences but name nobody.
var capStop = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "however": true, "in": true, "on": true,
	"at": true, "during": true, "after": true, "before": true, "earlier": true, "later": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "most": true, "some": true,
	"asked": true, "if": true, "when": true, "while": true, "as": true, "under": true, "although": true,
	"i": true, "there": true, "such": true, "also": true, "both": true, "all": true, "other": true,
	"senior": true, "top": true, "euro": true, // "Euro zone finance ministers": a currency's area, no party
	"officials": true, "sources": true, "analysts": true, "diplomats": true, "shareholders": true,
	"among": true, "for": true, "from": true, "with": true, "by": true, "to": true, "of": true,
	"meanwhile": true, "yesterday": true, "today": true, "tomorrow": true, "last": true, "next": true,
	"note": true, "full": true, "one": true, "two": true, "three": true, "a.m.": true, "reuter": true,
	"reuters": true, "ians": true, "pti": true, "ap": true, "afp": true, "ani": true, "said": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "unofficially": true, "currently": true, "our": true,
	"ironically": true, "under-secretary": true, "chief": true, "former": true, "acting": true,
	"minister": true, "ministers": true, "president": true, "another": true, "without": true,
	"following": true, "police": true, "according": true, "despite": true, "since": true, "until": true,
	"once": true, "because": true, "so": true, "yet": true, "still": true, "then": true, "thus": true,
	"now": true, "here": true, "what": true, "why": true, "how": true, "where": true, "who": true,
	"many": true, "several": true, "few": true, "each": true, "every": true, "no": true, "not": true,
	"only": true, "just": true, "even": true, "more": true, "less": true, "much": true, "very": true,
	"my": true, "you": true, "your": true, "us": true, "towards": true, "about": true, "reports": true,
	"negotiators": true, "leaders": true, "members": true, "delegates": true, "delegations": true,
	"representatives": true, "envoys": true, "bankers": true, "experts": true, "striking": true, "leading": true,
	"whatever": true, "est": true, "edt": true, "gmt": true, "cst": true, "pst": true, "bst": true, "cet": true, "over": true, "around": true, "some,": true,
}

// titleWords are job titles stripped from the front of a person's name.
var titleWords = map[string]bool{
	"defence": true, "defense": true, "minister": true, "president": true, "prime": true, "foreign": true,
	"finance": true, "secretary": true, "undersecretary": true, "under-secretary": true, "affairs": true,
	"chancellor": true, "chairman": true, "chairwoman": true, "ambassador": true, "agriculture": true,
	"trade": true, "general": true, "chief": true, "planning": true, "senator": true, "sen": true, "mp": true,
	"rep": true, "mr": true, "mrs": true, "ms": true, "dr": true, "king": true, "queen": true,
	"premier": true, "governor": true, "spokesman": true, "spokeswoman": true, "director": true,
	"deputy": true, "vice": true, "acting": true, "executive": true, "treasury": true, "state": true,
	"economy": true, "commerce": true, "energy": true, "oil": true, "industry": true, "interior": true,
	"justice": true, "labour": true, "labor": true, "leader": true, "kremlin": true, "head": true,
	"mos": true, "of": true, "for": true, "minister-president": true, "emir": true, "crown": true,
	"prince": true, "former": true, "u.s.": true, "representative": true, "envoy": true, "economics": true,
	"professor": true, "financier": true, "managing": true, "central": true, "bank": true, "budget": true,
	"home": true, "external": true, "chairperson": true, "ceo": true, "officer": true, "cabinet": true,
}

// nationality words are stripped together with a following title.
var nationalities = map[string]bool{
	"russian": true, "indian": true, "greek": true, "turkish": true, "west": true, "east": true,
	"german": true, "french": true, "british": true, "american": true, "japanese": true,
	"chinese": true, "soviet": true, "italian": true, "spanish": true, "canadian": true, "israeli": true,
	"egyptian": true, "iranian": true, "iraqi": true, "saudi": true, "kuwaiti": true, "us": true,
	"pakistani": true, "brazilian": true, "mexican": true, "australian": true, "dutch": true,
	"belgian": true, "swiss": true, "swedish": true, "norwegian": true, "danish": true, "polish": true,
	"ukrainian": true, "korean": true, "philippine": true, "thai": true, "argentine": true, "nigerian": true,
	"south": true, "north": true, "uae": true, "ec": true, "eu": true, "european": true,
	"uk": true, "un": true, "nato": true, "opec": false, "federal": true, "national": true, "new": false,
}

// delegationWords follow a nationality to name a country's side.
var delegationWords = map[string]bool{
	"officials": true, "counterparts": true, "counterpart": true, "delegation": true, "delegates": true,
	"negotiators": true, "diplomats": true, "leaders": true, "government": true, "ministers": true,
	"minister": true, "side": true, "team": true, "authorities": true, "envoys": true, "envoy": true,
	"ambassadors": true,
}

// countries maps nationality adjectives to the country they stand for.
var countries = map[string]string{
	"soviet": "Soviet Union", "russian": "Russia", "japanese": "Japan", "chinese": "China",
	"american": "United States", "british": "Britain", "french": "France", "german": "Germany",
	"italian": "Italy", "spanish": "Spain", "canadian": "Canada", "indian": "India", "pakistani": "Pakistan",
	"israeli": "Israel", "egyptian": "Egypt", "iranian": "Iran", "iraqi": "Iraq", "saudi": "Saudi Arabia",
	"turkish": "Turkey", "greek": "Greece", "brazilian": "Brazil", "mexican": "Mexico", "korean": "Korea",
	"australian": "Australia", "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland",
	"swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "polish": "Poland",
	"ukrainian": "Ukraine", "argentine": "Argentina", "nigerian": "Nigeria", "philippine": "Philippines",
	"thai": "Thailand", "syrian": "Syria", "jordanian": "Jordan", "palestinian": "Palestinians",
	"cuban": "Cuba", "kuwaiti": "Kuwait", "afghan": "Afghanistan", "vietnamese": "Vietnam",
	"indonesian": "Indonesia", "malaysian": "Malaysia", "venezuelan": "Venezuela", "chilean": "Chile",
	"colombian": "Colombia", "peruvian": "Peru", "portuguese": "Portugal", "austrian": "Austria",
	"finnish": "Finland", "irish": "Ireland", "hungarian": "Hungary", "czech": "Czech Republic",
	"yugoslav": "Yugoslavia", "libyan": "Libya", "algerian": "Algeria", "moroccan": "Morocco",
	"lebanese": "Lebanon", "taiwanese": "Taiwan", "bangladeshi": "Bangladesh", "nepalese": "Nepal",
	"ecuadorean": "Ecuador", "bolivian": "Bolivia", "zambian": "Zambia", "kenyan": "Kenya",
	"cambodian": "Cambodia", "senegalese": "Senegal", "ivorian": "Ivory Coast", "ghanaian": "Ghana",
	"ethiopian": "Ethiopia", "zairean": "Zaire", "tanzanian": "Tanzania", "ugandan": "Uganda",
	"singaporean": "Singapore", "burmese": "Burma", "angolan": "Angola", "mozambican": "Mozambique",
	"zimbabwean": "Zimbabwe", "namibian": "Namibia", "sudanese": "Sudan", "somali": "Somalia",
	"haitian": "Haiti", "nicaraguan": "Nicaragua", "uruguayan": "Uruguay", "paraguayan": "Paraguay",
	"cypriot": "Cyprus", "mongolian": "Mongolia", "bahraini": "Bahrain", "croatian": "Croatia",
	"serbian": "Serbia", "slovak": "Slovakia", "lithuanian": "Lithuania", "estonian": "Estonia",
	"romanian": "Romania", "bulgarian": "Bulgaria", "icelandic": "Iceland",
	"tunisian": "Tunisia", "qatari": "Qatar", "omani": "Oman", "yemeni": "Yemen", "emirati": "United Arab Emirates",
	"armenian": "Armenia", "azerbaijani": "Azerbaijan", "georgian": "Georgia", "kazakh": "Kazakhstan",
	"uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
	"belarusian": "Belarus", "moldovan": "Moldova", "latvian": "Latvia", "slovenian": "Slovenia",
	"bosnian": "Bosnia", "albanian": "Albania", "macedonian": "North Macedonia", "montenegrin": "Montenegro",
	"nepali": "Nepal", "bhutanese": "Bhutan", "maldivian": "Maldives", "rwandan": "Rwanda", "burundian": "Burundi",
	"congolese": "Congo", "cameroonian": "Cameroon", "malian": "Mali", "chadian": "Chad", "eritrean": "Eritrea",
	"mauritanian": "Mauritania", "liberian": "Liberia", "guinean": "Guinea", "malawian": "Malawi",
	"salvadoran": "El Salvador", "guatemalan": "Guatemala", "honduran": "Honduras", "panamanian": "Panama",
	"jamaican": "Jamaica", "fijian": "Fiji", "samoan": "Samoa", "laotian": "Laos",
	"myanmar": "Myanmar", "nigerien": "Niger", "burkinabe": "Burkina Faso", "togolese": "Togo", "beninese": "Benin", "gabonese": "Gabon",
	"botswanan": "Botswana", "mauritian": "Mauritius", "malagasy": "Madagascar", "djiboutian": "Djibouti",
	"tongan": "Tonga", "filipino": "Philippines", "timorese": "East Timor", "motswana": "Botswana", "swazi": "Eswatini",
	"gambian": "Gambia", "seychellois": "Seychelles", "comorian": "Comoros", "ecuadorian": "Ecuador", "guyanese": "Guyana",
	"surinamese": "Suriname", "belizean": "Belize", "trinidadian": "Trinidad and Tobago", "barbadian": "Barbados",
	"bahamian": "Bahamas", "maltese": "Malta", "i-kiribati": "Kiribati", "tuvaluan": "Tuvalu", "nauruan": "Nauru",
	"palauan": "Palau", "marshallese": "Marshall Islands", "ni-vanuatu": "Vanuatu", "basotho": "Lesotho",
}

// speakerNouns, after a name and before a verb of saying, make the name a
// speaker's employer: "a Treasury spokesman said".
var speakerNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "source": true,
	"sources": true, "statement": true, "aide": true, "officials": true, "analyst": true, "analysts": true,
}

// topicNouns after a name make it a modifier of what is discussed, not a
// party: "the Anglo-Irish agreement", "the Cambodian conflict".
var topicNouns = map[string]bool{
	"agreement": true, "accord": true, "treaty": true, "conflict": true, "crisis": true, "issue": true,
	"question": true, "dispute": true, "war": true, "deal": true, "proposal": true, "request": true,
	"troop": true, "troops": true, "withdrawal": true, "problem": true, "pact": true, "border": true,
	"request's": true, "economy": true, "debt": true, "market": true, "plan": true, "initiative": true,
	"arrangement": true, "situation": true, "declaration": true, "communique": true, "charter": true, "memorandum": true,
	"roadmap": true, "conflicts": true, "wars": true, "crises": true, "disputes": true, "fighting": true,
}

// homeGroups are lowercase bodies a text names as parties: "the state
// government and the union".
var homeGroups = map[string]bool{
	"state": true, "federal": true, "provincial": true, "regional": true, "local": true, "military": true,
	"coalition": true, "city": true, "national": true,
}

// orgWords mark a name as an organisation rather than a person.
var orgWords = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "plc": true, "commission": true, "council": true, "reserve": true,
	"group": true, "committee": true, "bank": true, "fund": true, "ministry": true, "department": true,
	"organisation": true, "organization": true, "union": true, "community": true, "association": true,
	"institute": true, "agency": true, "board": true, "company": true, "party": true, "parliament": true,
	"congress": true, "senate": true, "house": true, "government": true, "assembly": true, "federation": true,
	"nations": true, "states": true, "court": true, "office": true, "authority": true, "holdings": true,
	"spa": true, "srl": true, "sa": true, "ag": true, "gmbh": true, "nv": true, "bv": true, "ab": true,
	"university": true, "univerity": true, "centre": true, "center": true, "airlines": true, "motors": true,
	"forum": true, "chamber": true, "confederation": true, "alliance": true,
}

// venueWords end the name of a building where a meeting is held.
var venueWords = map[string]bool{
	"centre": true, "center": true, "hall": true, "hotel": true, "house": true, "palace": true,
	"building": true, "club": true, "headquarters": true, "bhawan": true, "bhavan": true, "castle": true,
	"auditorium": true, "office": true, "residence": true, "room": true, "chamber": true, "hill": true,
	"embassy": true, "consulate": true, "mission": true,
}

// regions are continents and regions: a place, but a vaguer one than a city.
var regions = map[string]bool{
	"africa": true, "asia": true, "europe": true, "latin america": true, "south america": true,
	"north america": true, "middle east": true, "the middle east": true, "gulf": true, "the gulf": true,
	"pacific": true, "the pacific": true, "caribbean": true, "the caribbean": true, "scandinavia": true,
	"southeast asia": true, "south asia": true, "east asia": true, "central asia": true, "west africa": true,
	"midwest": true, "the midwest": true, "pacific rim": true, "the pacific rim": true, "far east": true, "the far east": true,
	"balkans": true, "baltic": true, "sahel": true, "the sahel": true,
}

// placePreps introduce a place: "in Paris", "at the Manekshaw Centre".
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "visited": true, "visit": true, "for": true, "outside": true}
