package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestImpliedHomePlace checks the dateline city is the place of a body
// meeting where it sits (a central bank, a parliament's committee, a home
// ministry, an international body at its seat) and of nothing else.
func TestImpliedHomePlace(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"central bank by name", "TOKYO, March 4 - The Bank of Japan will hold its policy board meeting on Friday, the central bank said.", "Tokyo"},
		{"central bank in lower case", "SANTIAGO, March 4 - Chile's central bank board will hold an extraordinary session tomorrow to discuss the peso.", "Santiago"},
		{"home ministry", "TOKYO, March 4 - Leading brokers will meet Finance Ministry officials on Monday to discuss futures rules, industry sources said.", "Tokyo"},
		{"parliamentary committee", "NEW DELHI, March 4 - The Parliamentary Standing Committee on Finance will hold a hearing on Tuesday on the tax bill.", "New Delhi"},
		{"body at its seat", "BRUSSELS, March 4 - NATO ambassadors will meet in emergency session on Friday, alliance sources said.", "Brussels"},
		{"body away from its seat", "LONDON, March 4 - NATO ambassadors will meet in emergency session on Friday, alliance sources said.", ""},
		{"foreign ministry", "TOKYO, March 4 - Soviet Foreign Ministry officials will meet U.S. diplomats on Monday, sources said.", ""},
		{"home official by title", "LONDON, March 4 - Governor Robin Leigh-Pemberton said sterling was stable. He held consultations with Finance Minister Nigel Lawson on Tuesday.", "London"},
		{"home official by nationality", "WASHINGTON, March 4 - U.S. Treasury Secretary James Baker will meet Japanese Finance Minister Kiichi Miyazawa on Monday.", "Washington"},
		{"official on a tour", "TOKYO, March 4 - Foreign Minister Tadashi Kuranari, on a tour of Western Europe, will meet British Prime Minister Margaret Thatcher tomorrow.", ""},
		{"no venue", "BONN, March 4 - West German Economics Minister Martin Bangemann will discuss steel with French Industry Minister Alain Madelin next month. The spokesman gave no date or venue.", ""},
		{"Indian wire national capital", "Kolkata, March 4 (IANS) Chief Minister Mamata Banerjee will meet Prime Minister Narendra Modi in the national capital on Thursday.", "New Delhi"},
		{"at a company's plant", "SEOUL, March 4 - Hyundai Motor Co management and union leaders resumed wage talks at the company's Ulsan plant today.", "Ulsan"},
		{"a venue named after its kind", "Bengaluru, March 4 (IANS) Chief Minister Siddaramaiah held a meeting with officials of the BBMP at his home office Krishna on Monday.", "Krishna"},
		{"an officer of a body at its seat", "BRUSSELS, March 4 - Jaishankar, on a six-day visit to Europe, will meet European Commission President Ursula von der Leyen on Thursday.", "Brussels"},
		{"a town of a name", "NAIROBI, March 4 - Kenyan and Ugandan officials will hold talks at the border town of Malaba on Thursday.", "Malaba"},
		{"travel in another clause", "PARIS, March 4 - The French cabinet will hold its weekly session on Tuesday because President Francois Mitterrand travels to Brussels on Wednesday.", "Paris"},
		{"a national bank", "ZURICH, March 4 - The Swiss National Bank's directorate will review policy at its quarterly meeting on Thursday, a bank spokesman said.", "Zurich"},
		{"company board", "DETROIT, March 4 - Chrysler Corp said its board will meet Thursday to consider a dividend increase.", ""},
		{"a city in an after-clause", "ISLAMABAD, March 4 - The federal cabinet will meet on Friday to discuss security, a week after bomb blasts in Karachi killed 72 people.", "Islamabad"},
		{"an opening after-clause", "ISLAMABAD, March 4 - After riots in Karachi last month, the federal cabinet will meet on Friday to discuss security.", "Islamabad"},
		{"while in a city keeps the place", "TOKYO, March 4 - Foreign Minister Tadashi Kuranari will meet Chinese Premier Zhao Ziyang on Friday while in Peking, officials said.", "Peking"},
		{"the destination of a flight", "TOKYO, March 4 - Prime Minister Yasuhiro Nakasone, who flies to Washington tomorrow, will hold talks with President Ronald Reagan on Friday.", "Washington"},
		{"offices in lower case", "TORONTO, March 4 - Union and Chrysler Canada negotiators will resume talks on Friday at the offices of the federal mediation service, a spokeswoman said.", "offices of the federal mediation service"},
		{"a body seated elsewhere", "KUALA LUMPUR, March 4 - Members of the International Tin Council will meet next month to discuss its debts, a Malaysian official said.", ""},
		{"a body at its seat from the data file", "LONDON, March 4 - The council of the International Cocoa Organization will meet on March 16 to discuss buffer stock rules.", "London"},
		{"a seat's other name", "UNITED NATIONS, March 4 - The U.N. Security Council will meet on Thursday to vote on a ceasefire resolution.", "United Nations"},
		{"there after a place", "CANBERRA, March 4 - Commonwealth leaders are gathering in Vancouver. Prime Minister Bob Hawke will meet Indian Prime Minister Rajiv Gandhi there on October 13.", "Vancouver"},
		{"the venue next", "BUENOS AIRES, March 4 - Argentine and British diplomats will hold direct talks next week, the ministry said. The venue will be New York, a spokesman said.", "New York"},
		{"two sides, no venue", "BUENOS AIRES, March 4 - Argentine and British diplomats will hold direct talks next week, the ministry said.", ""},
		{"a plant in a relative clause", "GOTHENBURG, March 4 - Volvo's board will meet on Friday to decide on a new plant, which could be built at Uddevalla, the company said.", ""},
		{"the meeting's own relative clause", "GENEVA, March 4 - Negotiations on a new cocoa agreement, which began in Geneva in January, entered their final week today.", "Geneva"},
		{"a home group by nationality", "MADRID, March 4 - Spanish government ministers will meet on Friday to discuss an incomes policy.", "Madrid"},
		{"a legislature's special session", "SEOUL, March 4 - South Korean lawmakers will open a special session of the National Assembly on Monday.", "Seoul"},
		{"the occasion's place", "TOKYO, March 4 - Finance Minister Kiichi Miyazawa will meet Treasury Secretary James Baker on Saturday on the eve of the IMF annual meetings in Washington.", "Washington"},
		{"a central bank by its country", "BANGKOK, March 4 - The Bank of Thailand's monetary policy committee will meet on Wednesday to review the bank rate.", "Bangkok"},
		{"EC ambassadors at the seat", "BRUSSELS, March 4 - EC ambassadors will meet on Wednesday to prepare the summit, diplomats said.", "Brussels"},
		{"EU ministers at the seat", "BRUSSELS, March 4 - European Union foreign ministers will meet on Monday to discuss sanctions, diplomats said.", "Brussels"},
		{"EU ministers at another seat", "LUXEMBOURG, March 4 - EU agriculture ministers will meet on Monday to discuss fish quotas.", "Luxembourg"},
		{"an EU summit at its seat", "BRUSSELS, March 4 - EU leaders will hold their summit on March 19-20, officials said.", "Brussels"},
		{"an EC summit moves", "BRUSSELS, March 4 - EC leaders will hold their summit on March 19-20, officials said.", ""},
		{"a central bank owning the subject", "TOKYO, March 4 - The Bank of Japan's policy board will hold a two-day meeting ending next Thursday, when it will also issue fresh growth forecasts.", "Tokyo"},
		{"talks by video link", "LONDON, March 4 - Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney held talks by video link on Tuesday, Downing Street said.", ""},
		{"a venue after the time", "UNITED NATIONS, March 4 - The Peacebuilding Commission will hold a meeting on the Sahel on Thursday, 5 March, from 10 a.m. to 1 p.m. in the Trusteeship Council Chamber.", "Trusteeship Council Chamber, United Nations"},
		{"a numbered room of a building", "SPRINGFIELD, March 4 - The Zoning Board of Appeals will hold a public hearing on Tuesday at 7 p.m. in Room 2A of City Hall.", "Room 2A of City Hall, Springfield"},
		{"a port city described, then named", "LONDON, March 4 - The foreign secretary will meet her Ukrainian counterpart next week in the Black Sea port city of Odesa.", "Odesa"},
		{"the speakers' city", "LONDON, March 4 - OPEC oil ministers will meet on March 25 to review the group's production ceiling, oil traders in London said.", ""},
		{"a when-clause's place", "UNITED NATIONS, March 4 - The Commission last met on the Sahel in October, when it heard from civil society groups in Mali and Niger.", ""},
		{"EC ministers away from the seat", "LONDON, March 4 - EC ambassadors will meet on Wednesday to prepare the summit, diplomats said.", ""},
		{"a member at another body's seat", "GENEVA, March 4 - The European Community will ask for a dispute panel at the GATT council meeting on Wednesday, EC officials said.", "Geneva"},
		{"the venue in the next sentence", "LONDON, March 4 - The conference resumes its session on Tuesday, a spokesman said. Delegates from 40 countries will meet at the Lancaster House.", "Lancaster House, London"},
		{"not a sentence of another time", "LONDON, March 4 - The conference resumes its session on Tuesday, a spokesman said. Last year delegates met at the Lancaster House.", ""},
		{"a journey's region", "TOKYO, March 4 - Trade Minister Hajime Tamura leaves for Europe on Saturday and will hold talks with Willy De Clercq on March 9.", ""},
		{"a later journey", "PEKING, March 4 - Prime Minister Bob Hawke is due to meet Hu Yaobang tomorrow before flying to Shanghai, the agency said.", "Peking"},
		{"on a visit to a city", "RIYADH, March 4 - Saudi Oil Minister Hisham Nazer, on a visit to Caracas, held talks today with Venezuelan Energy Minister Arturo Hernandez Grisanti.", "Caracas"},
		{"a state assembly's special session", "New Delhi, March 4 (IANS) The Delhi Assembly will hold a special session on Tuesday to table the reports, the Speaker said.", "New Delhi"},
		{"a national assembly by its country", "SEOUL, March 4 - South Korea's National Assembly will open a 100-day regular session on September 10 to debate a new constitution.", "Seoul"},
		{"a long subject before the place", "GENEVA, March 4 - Talks between the European Community and the United States on farm trade, which opened in January, are continuing this week in Geneva, diplomats said.", "Geneva"},
		{"meeting as a verb", "OTTAWA, March 4 - The negotiators, who have been meeting in Ottawa for weeks, will hold their final session next Tuesday, officials said.", "Ottawa"},
		{"a body named by the meeting", "GENEVA, March 4 - The 40-nation Conference on Disarmament will open its spring session on Tuesday.", "Geneva"},
		{"a virtual meeting", "New Delhi, March 4 (IANS) The opposition leaders held a virtual meeting late last night to discuss the Delhi Assembly elections.", ""},
		{"the sidelines of a seated body", "UNITED NATIONS, March 4 - EC foreign ministers will meet on the sidelines of the U.N. General Assembly on Thursday.", "United Nations"},
		{"the bank's board", "AMSTERDAM, March 4 - The Netherlands central bank is unlikely to cut rates this week. The bank's board meets on Thursday, dealers said.", "Amsterdam"},
		{"a host city next", "NEW DELHI, March 4 - Leaders of the seven South Asian countries will hold their annual summit next week, officials said. Kathmandu will host the meeting.", "Kathmandu"},
		{"not what goes on now", "PARIS, March 4 - Prime Minister Jacques Chirac will chair a cabinet meeting on Wednesday after his return from Canada, his office said. Chirac is in Quebec for talks on trade.", "Paris"},
		{"a journey the sentence before", "BONN, March 4 - West German Economics Minister Martin Bangemann flies to Tokyo on Wednesday for a four-day visit. Bangemann will hold talks with Japanese Prime Minister Yasuhiro Nakasone on Thursday.", "Tokyo"},
		{"an arrival two sentences before", "JAKARTA, March 4 - Foreign Minister Mochtar Kusumaatmadja arrived in Hanoi today on a three-day visit. Officials said the visit would focus on Cambodia. Mochtar will meet Vietnamese Foreign Minister Nguyen Co Thach on Friday.", "Hanoi"},
		{"someone else's journey", "BONN, March 4 - Japanese Trade Minister Hajime Tamura flies to Paris on Wednesday. Chancellor Helmut Kohl will meet union leaders on Thursday.", "Bonn"},
		{"an embassy", "ISLAMABAD, March 4 - Afghan and Pakistani officials held talks at the Soviet embassy yesterday on the return of refugees.", "Soviet embassy, Islamabad"},
		{"in the capital", "MANILA, March 4 - Opposition leaders will meet in the capital on Friday to decide whether to join a general strike.", "Manila"},
		{"in the capital, named", "LONDON, March 4 - Commonwealth officials will meet in the Kenyan capital, Nairobi, on Friday.", "Nairobi"},
		{"a home country's parties", "ROME, March 4 - Leaders of Italy's Christian Democrats and Socialists will meet late tonight to try to save the coalition.", "Rome"},
		{"another country's parties", "ROME, March 4 - Leaders of Spain's ruling Socialist party will meet on Friday to choose a candidate.", ""},
		{"Indian wire: the Centre", "New Delhi, March 4 (IANS) The Centre held an all-party meeting on Thursday to brief leaders on the operation.", "New Delhi"},
		{"an official's office", "TOKYO, March 4 - Finance Minister Kiichi Miyazawa will meet Prime Minister Yasuhiro Nakasone at the prime minister's office on Friday.", "prime minister's office, Tokyo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, day("1987-03-04"), briefs.Dateline{})
			if len(res.Meetings) != 1 {
				t.Fatalf("found %d meetings %+v, want 1", len(res.Meetings), res.Meetings)
			}
			if got := res.Meetings[0].Place; got != c.want {
				t.Errorf("place %q, want %q", got, c.want)
			}
		})
	}
}
