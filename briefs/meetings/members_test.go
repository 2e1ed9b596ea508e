package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestMembersAndNotParties checks the members a meeting's name or a
// neighbouring sentence states, and names that only describe a party or a
// thing.
func TestMembersAndNotParties(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // of the last meeting
	}{
		{"meeting of a named group, not the subject of another meeting", "WELLINGTON, June 29 - Moore will meet John Dawkins in Sydney on Friday before a meeting of the Cairns Group in Ottawa next month.", []string{"Cairns Group"}},
		{"wider meeting of people from a named group", "PARIS, June 29 - Officials from the Group of Five will meet here on Saturday to prepare for a meeting of finance ministers from the Group of Seven on Sunday.", []string{"Group of Seven"}},
		{"meeting of unnamed ministers: the subject's", "PARIS, June 29 - Senior officials from the Group of Five met in Paris yesterday to prepare for next month's meeting of finance ministers, sources said.", []string{"Group of Five"}},
		{"members listed in the next sentence", "LONDON, June 29 - A committee of three OPEC oil ministers will meet in Vienna on Saturday. The committee is made up of the oil ministers of Algeria, Iraq and Ecuador.", []string{"OPEC", "Algeria", "Iraq", "Ecuador"}},
		{"a body by a numbered kind, led by", "MUMBAI, June 29 - The central bank's rate panel will meet on Wednesday. The five-member committee, headed by Governor Raghu Iyer, will announce its decision on Friday.", []string{"Raghu Iyer"}},
		{"a holiday and a rate are no parties", "FRANKFURT, June 29 - The Bundesbank council meets on Thursday before the Whitsun holiday and is not expected to cut the Lombard or discount rates.", []string{"Bundesbank"}},
		{"a person's post", "WASHINGTON, June 29 - Frank Carlucci will hold talks here on Thursday with Tsutomu Hata, director-general of Japan's Economic Planning Agency, on the cost of U.S. forces in Asia.", []string{"Frank Carlucci", "Tsutomu Hata"}},
		{"a portfolio joined by and", "CANBERRA, June 29 - A Chinese delegation will begin talks here on Monday. The delegation is led by Minister of Foreign Economic Relations and Trade Zheng Tuobin.", []string{"China", "Zheng Tuobin"}},
		{"the Treasury as a body", "TOKYO, June 29 - Japan's Finance Ministry will hold talks with U.S. Treasury officials in Washington next week on opening Japan's financial markets.", []string{"Finance Ministry", "U.S. Treasury"}},
		{"a possessive's delegation led by", "TOKYO, June 29 - Japanese officials will hold talks in Washington next week. The ministry's delegation will be led by Toyoo Gyohten, vice-minister for international affairs.", []string{"Japan", "Toyoo Gyohten"}},
		{"who will address the opening session", "MANILA, June 29 - Delegates will gather in Osaka on July 27 for a meeting of the Asian Development Bank. Finance Minister Kiichi Miyazawa will address the opening session.", []string{"Asian Development Bank", "Kiichi Miyazawa"}},
		{"what they discuss", "PEKING, June 29 - Wu Xueqian met Siddhi Savetsila in Peking on Tuesday to discuss Cambodia.", []string{"Wu Xueqian", "Siddhi Savetsila"}},
		{"the council two sentences on", "UNITED NATIONS, June 29 - Members of the Security Council remain divided over the draft. Diplomats said Iran had rejected it. The council will resume consultations here on Monday, a U.N. spokesman said.", []string{"Security Council"}},
		{"a lowercase group as subject, a region", "CHICAGO, June 29 - Farm leaders from the Midwest will meet Agriculture Secretary Richard Lyng in Washington on Thursday.", []string{"farm leaders", "Richard Lyng"}},
		{"a portfolio's ministers are no group", "SINGAPORE, June 29 - Finance ministers will meet here on Thursday for the ASEAN talks.", []string{"ASEAN"}},
		{"a body before its officer's two-word title", "BRASILIA, June 29 - Luiz Carlos Bresser Pereira will meet IMF managing director Michel Camdessus in Washington on Monday.", []string{"Luiz Carlos Bresser Pereira", "Michel Camdessus"}},
		{"among those attending", "LONDON, June 29 - Commonwealth heads of government will meet in Vancouver on October 13. Among those attending will be British Prime Minister Margaret Thatcher and Indian Prime Minister Rajiv Gandhi, who differ over sanctions.", []string{"Commonwealth", "Margaret Thatcher", "Rajiv Gandhi"}},
		{"represented by, next sentence", "MADRID, June 29 - Spanish and Moroccan fisheries ministers will meet in Rabat on Tuesday. Spain will be represented by Agriculture Minister Carlos Romero and Morocco by Fisheries Minister Bensalem Smili.", []string{"Spain", "Morocco", "Carlos Romero", "Bensalem Smili"}},
		{"the body's officer, next sentence", "PARIS, June 29 - The International Energy Agency's governing board will meet in Paris on Monday. The agency's executive director, Helga Steeg, will present a report.", []string{"International Energy Agency", "Helga Steeg"}},
		{"The Chief Minister will meet", "Bengaluru, June 29 (IANS) Karnataka Chief Minister Siddaramaiah reviewed the drought on Monday. The Chief Minister will meet Prime Minister Narendra Modi in New Delhi on Thursday.", []string{"Siddaramaiah", "Narendra Modi"}},
		{"a titled investor is no company", "NEW YORK, June 29 - Investor Carl Icahn said he will seek two board seats at USX Corp's annual meeting in Pittsburgh on August 4.", []string{"USX Corp"}},
		{"a lowercase association", "LONDON, June 29 - The National Union of Seamen and the shipowners' association will resume pay talks on Thursday, the union said.", []string{"National Union of Seamen", "shipowners' association"}},
		{"leaders of lowercase parties", "NEW DELHI, June 29 - Leaders of the opposition parties will meet Prime Minister Rajiv Gandhi on Wednesday.", []string{"opposition parties", "Rajiv Gandhi"}},
		{"the union as subject", "LONDON, June 29 - The Transport and General Workers Union rejected a pay offer from Ford today. The union will meet Ford management again on Friday.", []string{"Transport and General Workers Union", "Ford"}},
		{"He two sentences after the visitor; Co inside a name", "JAKARTA, June 29 - Indonesian Foreign Minister Mochtar Kusumaatmadja arrived in Hanoi today. Officials said the visit would focus on Cambodia. He will meet Vietnamese Foreign Minister Nguyen Co Thach on Monday.", []string{"Mochtar Kusumaatmadja", "Nguyen Co Thach"}},
		{"members listed before the body", "KUWAIT, June 29 - Saudi Arabia, Kuwait and Qatar make up the Gulf Cooperation Council's oil committee. The committee will meet in Riyadh on Saturday.", []string{"Gulf Cooperation Council", "Saudi Arabia", "Kuwait", "Qatar"}},
		{"a body's prices are no party", "PARIS, June 29 - French and West German farm ministers will meet in Bonn on Thursday to coordinate their stand on EC farm prices.", []string{"France", "West Germany"}},
		{"a conference named by its body is not the speaker's", "GENEVA, June 29 - The Group of 77 said its ministers would meet in Havana next month to prepare for the UNCTAD conference in Geneva in September.", []string{"UNCTAD"}},
		{"the Centre and lowercase unions", "New Delhi, June 29 (IANS) The Centre will hold talks with the protesting farmers' unions in Chandigarh on Friday.", []string{"Centre", "farmers' unions"}},
		{"the bloc holds talks", "SINGAPORE, June 29 - ASEAN economic ministers ended a meeting in Singapore today. The bloc will hold talks with Japanese officials in Tokyo next month.", []string{"ASEAN", "Japan"}},
		{"a quoted we and its speaker", "LONDON, June 29 - British Coal plans to close four pits. \"We will meet the unions on Tuesday,\" British Coal chairman Sir Robert Haslam told reporters.", []string{"British Coal", "Robert Haslam"}},
		{"a possessive country before an apposed minister", "NAIROBI, June 29 - Kenya's Finance Minister, George Saitoti, will hold talks with World Bank president Barber Conable in Washington on Friday.", []string{"George Saitoti", "Barber Conable"}},
		{"a hyphenated particle", "NEW DELHI, June 29 - Rajiv Gandhi will meet Pakistani President Zia ul-Haq in Jaipur on Sunday.", []string{"Rajiv Gandhi", "Zia ul-Haq"}},
		{"representatives of lowercase strikers", "SAO PAULO, June 29 - Representatives of the striking railway workers will meet Labour Minister Almino Affonso in Brasilia on Wednesday.", []string{"striking railway workers", "Almino Affonso"}},
		{"both will attend, a title with of", "WASHINGTON, June 29 - Chancellor of the Exchequer Nigel Lawson and Governor Robin Leigh-Pemberton arrived here today. Both will attend the IMF Interim Committee meeting on Thursday.", []string{"IMF Interim Committee", "Nigel Lawson", "Robin Leigh-Pemberton"}},
		{"the panel chaired by, an invited witness", "New Delhi, June 29 (IANS) The Standing Committee on Finance will meet on Thursday. The panel, chaired by BJP MP Bhartruhari Mahtab, has invited Revenue Secretary Arvind Shrivastava to appear before it.", []string{"Standing Committee on Finance", "Bhartruhari Mahtab", "Arvind Shrivastava"}},
		{"an undated clause keeps its people", "TOKYO, June 29 - Yasuhiro Nakasone will meet President Reagan at the White House on July 30, and Foreign Minister Tadashi Kuranari will hold talks with George Shultz the same day.", []string{"Yasuhiro Nakasone", "Reagan"}},
		{"the company and the union", "LOS ANGELES, June 29 - Hughes Aircraft Co will open contract talks with the International Association of Machinists on Monday. The company and the union last met in March.", []string{"Hughes Aircraft Co", "International Association of Machinists"}},
		{"ambassadors of a region", "MOSCOW, June 29 - Eduard Shevardnadze held talks with Arab ambassadors in Moscow on Friday, Tass said.", []string{"Eduard Shevardnadze", "Arab ambassadors"}},
		{"a boycott's object and waters around islands", "LONDON, June 29 - Britain's talks with Argentina on fishing rights around the Falklands will resume in New York on Tuesday to end a boycott of the Diet.", []string{"Britain", "Argentina"}},
		{"a hyphenated given name before He", "BONN, June 29 - West German Foreign Minister Hans-Dietrich Genscher will visit Moscow next week. He is expected to meet Mikhail Gorbachev on Tuesday.", []string{"Hans-Dietrich Genscher", "Mikhail Gorbachev"}},
		{"management and unions at a company", "LONDON, June 29 - Management and unions at British Airways will meet on Friday to discuss cabin crew pay.", []string{"British Airways"}},
		{"seats of a house are no party", "Chennai, June 29 (IANS) M.K. Stalin will chair an all-party meeting at the Secretariat on Saturday on the delimitation of Lok Sabha seats.", []string{"M.K. Stalin"}},
		{"a long name and its bracketed initialism that does not spell it", "CARACAS, June 29 - Ministers of the Latin American Economic System (SELA) will meet in Lima next week.", []string{"Latin American Economic System"}}, // "SELA" before round 16 (parties.long-form)
		{"a long name and its bracketed initialism", "CARACAS, June 29 - Ministers of the Latin American Integration Association (LAIA) will meet in Lima next week.", []string{"LAIA"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}

// TestUnseen17pfSet scores testdata/unseen17pf.jsonl (story ids u17pf-): 23 stories (31
// meetings) written for the participant classes of issue 17 before any rule
// change of session 6 (testdata/unseen17pf.py) and measured once on main
// 75fa042: F1 0.949 with dates, status 1.000, place 0.893, participants P
// 0.745 R 0.760. Then fixed with them in view (participants P 0.902 R
// 0.920). Recall floor 0.90 -> 0.88 (helper 17e): "Ministry officials
// will meet representatives of the Semiconductor Industry Association" is
// now found (F1 0.984 -> 1.000), without MITI, which only its spokesman
// names. Recall floor 0.88 -> 0.87 (round 16, parties.long-form): our
// gold writes "CILSS" for "the Permanent Inter-State Committee for Drought
// Control in the Sahel (CILSS)", which is now given by its long name.
func TestUnseen17pfSet(t *testing.T) {
	rep := evalFile(t, "unseen17pf.jsonl", 23)
	checkFloors(t, rep, floors{withDates: 0.97, noDates: 0.97, status: 0.95, place: 0.85, participants: 0.87, partPrecision: 0.88})
}

// TestUnseen17phSet scores testdata/unseen17ph.jsonl: 21 stories (24
// meetings) written after the unseen17pf changes, with wordings they were
// not written for (testdata/unseen17ph.py), and measured once on 570e2b7:
// F1 0.933 with dates, status 1.000, place 0.952, participants P 0.872 R
// 0.872. Then fixed with them in view (participants P 0.974 R 0.974).
// Recall floor 0.95 -> 0.93 (round 10): "Li Peng will receive a Japanese
// business delegation" is now found (F1 0.957 -> 0.979), without the
// delegation, which its leader Eishiro Saito stands for.
func TestUnseen17phSet(t *testing.T) {
	rep := evalFile(t, "unseen17ph.jsonl", 21)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.90, participants: 0.93, partPrecision: 0.95})
}

// TestUnseen17piSet scores testdata/unseen17pi.jsonl: 17 stories (19
// meetings) written after the unseen17ph changes for the participant
// classes still open (testdata/unseen17pi.py), and measured once on
// 5250965: F1 0.923 with dates, status 1.000, place 0.778, participants P
// 0.931 R 0.692. Then fixed with them in view (participants P 0.974 R
// 0.949).
func TestUnseen17piSet(t *testing.T) {
	rep := evalFile(t, "unseen17pi.jsonl", 17)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.75, participants: 0.92, partPrecision: 0.95})
}

// TestUnseen17pjSet scores testdata/unseen17pj.jsonl: 16 stories (18
// meetings) written after the unseen17pi changes landed, a last check of
// what the participant rules generalise to (testdata/unseen17pj.py),
// measured once on 904289e: F1 0.941 with dates, status 1.000, place 0.875,
// participants P 0.875 R 0.700. Then fixed with them in view (participants
// P 0.966 R 0.933).
func TestUnseen17pjSet(t *testing.T) {
	rep := evalFile(t, "unseen17pj.jsonl", 16)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.85, participants: 0.90, partPrecision: 0.93})
}

// TestUnseen17pkSet scores testdata/unseen17pk.jsonl: 15 stories (18
// meetings) with wordings none of the participant rules was written for,
// written after the unseen17pj changes landed (testdata/unseen17pk.py), and
// measured once on 46030ac: F1 0.973 with dates, status 1.000, place 1.000,
// participants P 0.929 R 0.722. Then fixed with them in view (participants
// P 1.000 R 0.972).
func TestUnseen17pkSet(t *testing.T) {
	rep := evalFile(t, "unseen17pk.jsonl", 15)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.93, status: 0.95, place: 0.95, participants: 0.95, partPrecision: 0.95})
}

// TestUnseen17plSet scores testdata/unseen17pl.jsonl: 14 stories (17
// meetings), the last first-sight check of the participant rules in session
// 6, written after the unseen17pk changes landed (testdata/unseen17pl.py),
// and measured once on a8e695c: F1 0.903 with dates, status 1.000, place
// 0.929, participants P 0.882 R 0.909. Then fixed with them in view
// (participants P 1.000 R 1.000).
func TestUnseen17plSet(t *testing.T) {
	rep := evalFile(t, "unseen17pl.jsonl", 14)
	checkFloors(t, rep, floors{withDates: 0.88, noDates: 0.88, status: 0.95, place: 0.90, participants: 0.95, partPrecision: 0.95})
}

// TestUnseen17pmSet scores testdata/unseen17pm.jsonl: 11 stories (12
// meetings) written after the unseen17pl changes landed
// (testdata/unseen17pm.py), and measured once on 789398e: F1 0.957 with
// dates, status 1.000, place 0.818, participants P 0.875 R 0.737. Then
// fixed with them in view (participants P 1.000 R 0.842).
func TestUnseen17pmSet(t *testing.T) {
	rep := evalFile(t, "unseen17pm.jsonl", 11)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.80, participants: 0.80, partPrecision: 0.95})
}

// checkLastParties checks the participants of the last meeting of text,
// published on 1987-06-29, against want as the scorer pairs them.
func checkLastParties(t *testing.T, text string, want []string) {
	t.Helper()
	res := Extract(text, day("1987-06-29"), briefs.Dateline{})
	if len(res.Meetings) == 0 {
		t.Fatal("no meeting")
	}
	m := res.Meetings[len(res.Meetings)-1]
	if n := partiesMatched(m.Participants, want); n < len(want) || n < len(m.Participants) {
		t.Errorf("participants %q, want %q", m.Participants, want)
	}
}
