package meetings

// Fresh stories for the rules of round 10. testdata/fresh25a.jsonl was
// written for the gathering phrases before rule parties.gathered and
// measured once on main 7407125: F1 1.000, status 1.000, place 0.889,
// participants P 1.000 R 0.464 (13/28). With the rule: place 1.000 (one
// gold place mended, see fresh25a.py), participants P 1.000 R 0.893.

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestFresh25aSet(t *testing.T) {
	rep := evalFile(t, "fresh25a.jsonl", 8)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.85, partPrecision: 0.99})
}

// TestGatheredParties: the sentence after a meeting's names those a
// gathering phrase says it brings together, attends, convenes or hosts —
// not the names of another meeting's phrase, of the sentence before, of
// the phrase's source, or after the apposition closes (gathers.go).
func TestGatheredParties(t *testing.T) {
	for _, c := range []struct {
		name, text, title string
		want              []string // all the parties, when given
		absent            []string // parties the meeting must not have
	}{
		{"brings together", "ARUSHA, March 3 - Trade ministers of the East African Community will meet in Arusha on Thursday. The meeting brings together delegates from Kenya, Uganda and Tanzania, officials said.",
			"", []string{"East African Community", "Kenya", "Uganda", "Tanzania"}, nil},
		{"participation", "DOHA, March 3 - Delegations from Chad and Sudan will meet in Doha on Friday. The talks will be held with the participation of Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani, a ministry spokesman said.",
			"", []string{"Chad", "Sudan", "Mohammed bin Abdulrahman Al Thani"}, nil},
		{"state's name", "KINSHASA, March 3 - Ministers from central Africa open a conference in Kinshasa on Tuesday. The conference, organised by the African Union, brings together the Democratic Republic of the Congo, Rwanda and Burundi.",
			"", []string{"African Union", "Democratic Republic of the Congo", "Rwanda", "Burundi"}, nil},
		{"source is no party", "JAKARTA, March 3 - Finance ministers of the G20 will meet in Jakarta next month. The meeting will bring together central bank governors as well, Finance Ministry spokesman Deni Surjantoro said.",
			"", []string{"G20"}, nil},
		{"apposition closes", "PARIS, March 3 - UNESCO's member states will gather in Paris for the General Conference on Nov. 4. The Conference, attended by delegates of 194 countries, will also elect the director-general, with Egypt competing against Mexico.",
			"", nil, []string{"Egypt", "Mexico"}},
		{"another meeting's phrase", "RIYADH, March 3 - GCC foreign ministers met in Riyadh on Sunday. Kuwait's Emir is expected to chair the summit, which will bring together the leaders of Saudi Arabia, Qatar and Oman.",
			"", nil, []string{"Saudi Arabia", "Qatar", "Oman"}},
		{"a sentence with its own meeting", "VIENTIANE, March 3 - ASEAN foreign ministers will meet in Vientiane on Friday. The ASEAN Regional Forum, which brings together 27 countries including the United States and China, meets on Saturday.",
			"", nil, []string{"United States", "China"}},
		{"the sentence before is another meeting's", "WASHINGTON, March 3 - Delegations from Armenia and Azerbaijan will meet in Washington on Friday. The meeting, hosted by Secretary of State Marco Rubio, will focus on a transit corridor. Friday's talks follow a meeting of the two leaders in Abu Dhabi in July.",
			"Abu Dhabi", nil, []string{"Marco Rubio"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := meetingTitled(t, c.text, c.title)
			if m == nil {
				return
			}
			if c.want != nil && !slices.Equal(m.Participants, c.want) {
				t.Errorf("%s: participants %q, want %q", m.Title, m.Participants, c.want)
			}
			for _, p := range c.absent {
				if slices.Contains(m.Participants, p) {
					t.Errorf("%s: participants %q: %s takes no part", m.Title, m.Participants, p)
				}
			}
		})
	}
}

// TestJointBodySides: a body two countries keep together stands for the
// two, a country's name of two words among them ("the India-Sri Lanka
// Joint Working Group (JWG)", and the JWG later), and a body named in lower
// case ("the China-Zambia joint commission"); not a joint statement
// (bilateral.go countryPair; names.go jointBodyAfter; title.go
// countryNames).
func TestJointBodySides(t *testing.T) {
	for _, c := range []struct {
		name, text, title string
		want              []string
	}{
		{"two-word country", "NEW DELHI, March 3 (PTI) - The seventh meeting of the India-Sri Lanka Joint Working Group (JWG) on Fisheries will be held in Colombo on March 18, officials said.",
			"", []string{"India", "Sri Lanka"}},
		{"two-word country first", "COLOMBO, March 3 (Xinhua) - The Sri Lanka-India Joint Commission will meet in New Delhi on March 18, officials said.",
			"", []string{"Sri Lanka", "India"}},
		{"lower case", "NAIROBI, March 3 (Xinhua) - Zambian Commerce Minister Chanda Mwansa will co-chair the seventh session of the China-Zambia joint commission on trade with Chinese Commerce Minister Wang Jun on Thursday.",
			"", []string{"Chanda Mwansa", "Wang Jun", "China", "Zambia"}},
		{"a statement", "NAIROBI, March 3 - Officials will meet on Thursday to draft the India-Pakistan joint statement, officials said.",
			"", nil},
		{"sidelines", "NAIROBI, March 3 - Japanese and Kenyan officials met on the sidelines of the India-Pakistan joint commission on Tuesday, officials said.",
			"", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := meetingTitled(t, c.text, c.title)
			if m == nil {
				return
			}
			if c.want == nil && (slices.Contains(m.Participants, "India") || slices.Contains(m.Participants, "Pakistan")) {
				t.Errorf("%s: participants %q: neither a joint statement nor the body on whose sidelines others meet makes the two parties", m.Title, m.Participants)
			}
			if c.want != nil && !slices.Equal(m.Participants, c.want) {
				t.Errorf("%s: participants %q, want %q", m.Title, m.Participants, c.want)
			}
		})
	}
}

// TestSeatAndRegulatorNoParty: a city before "-based" says where a party
// sits, and a regulator "filed with" got a document; neither meets
// (names.go notParty, filedWith).
func TestSeatAndRegulatorNoParty(t *testing.T) {
	text := "BERGEN, March 3 - Fjord Capital, an Oslo-based fund, said in a filing with the Financial Supervisory Authority that it met Nordvik Shipping chairman Lars Berg on Monday to propose a merger."
	m := meetingTitled(t, text, "")
	if m == nil {
		return
	}
	if want := []string{"Fjord Capital", "Lars Berg"}; !slices.Equal(m.Participants, want) {
		t.Errorf("%s: participants %q, want %q", m.Title, m.Participants, want)
	}
}

// TestMeetingSeriesNoParty: a series meeting's initialism ("COP30", "U.N.
// COP29", "CHOGM") names the meeting, and a capital in a meeting's name
// ("the Bonn sessions") its place: neither takes part
// (clusterparties.go meetingSeries, participants).
func TestMeetingSeriesNoParty(t *testing.T) {
	for _, text := range []string{
		"BAKU, Nov 11 (Reuters) - The U.N. COP29 climate summit opened in Baku on Monday with a call for more finance.",
		"BELEM, Nov 3 (Reuters) - Ministers will gather in Belem on Monday for the COP30 climate conference.",
		"APIA, Oct 20 (AFP) - The CHOGM summit opens in Apia on Friday.",
		"BERLIN, May 20 (Reuters) - Climate negotiators will return for the Bonn sessions on June 16.",
	} {
		m := meetingTitled(t, text, "")
		if m == nil {
			continue
		}
		for _, p := range m.Participants {
			if meetingSeries(p) || p == "Bonn" {
				t.Errorf("%q: %s: participants %q: %s names the meeting or its place", text, m.Title, m.Participants, p)
			}
		}
	}
}

// TestWatersNoVenue: talks about a sea are not held in it; the dateline's
// "here" is their place (placeof.go waterWords).
func TestWatersNoVenue(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"MANILA, March 3 (Xinhua) - Senior officials from China and ASEAN are meeting here on Monday to push forward consultations on a code of conduct in the South China Sea.", "Manila"},
		{"BEIJING, March 3 (Xinhua) - Senior officials from China and ASEAN will hold consultations on a code of conduct in the South China Sea next month, officials said.", ""},
		{"ATHENS, March 3 - Greek and Turkish officials will hold talks on drilling rights in the Aegean Sea on Thursday, officials said.", ""},
		{"ODESA, March 3 - Ministers will meet in the Black Sea port city of Odesa on Thursday, officials said.", "Odesa"},
	} {
		m := meetingTitled(t, c.text, "")
		if m != nil && m.Place != c.want {
			t.Errorf("%q: place %q, want %q", c.text, m.Place, c.want)
		}
	}
}

// TestReceivesGroup: a host who receives a group named by whose it is
// meets it ("will receive union leaders", "a Japanese business
// delegation"); receiving a report or a letter is no meeting
// (mention.go visitingGroup).
func TestReceivesGroup(t *testing.T) {
	checkMeetingCounts(t, "2026-03-03", []meetingCount{
		{"PARIS, March 3 - Transport Minister Philippe Tabarot will receive union leaders on Friday to take stock of the strike, his office said.", 1},
		{"PEKING, March 3 - Vice-Premier Li Peng will receive a Japanese business delegation on Thursday, the news agency said.", 1},
		{"PARIS, March 3 - The minister will receive the report of the committee on Friday, his office said.", 0},
		{"PARIS, March 3 - The minister will receive a letter from the union leaders on Friday, his office said.", 0},
	})
}

// TestCallsOnTitledOfficial: a call on an official is a meeting, also when
// the title opens with its government's level ("Union Finance Minister";
// mention.go seesOfficial), and the official called on takes part, while a
// call on a country to act is no meeting and names no party
// (roles.go inTopic, urges).
func TestCallsOnTitledOfficial(t *testing.T) {
	for _, c := range []struct {
		text  string
		party string // "" for no meeting
	}{
		{"NEW DELHI, Jan 6 (PTI) - Andhra Pradesh Chief Minister N. Chandrababu Naidu will call on Union Finance Minister Nirmala Sitharaman on Wednesday to seek funds, officials said.", "Nirmala Sitharaman"},
		{"OTTAWA, Jan 6 - Alberta Premier Danielle Smith will call on Federal Energy Minister Jonathan Wilkinson on Wednesday, her office said.", "Jonathan Wilkinson"},
		{"SINGAPORE, Jan 6 - Philippine Vice-President Salvador Laurel called on Prime Minister Lee Kuan Yew on Monday, officials said.", "Lee Kuan Yew"},
		{"BRUSSELS, Jan 6 - EC ministers on Monday called on the United States and Japan to settle their trade dispute quickly.", ""},
	} {
		ms := Extract(c.text, day("2025-01-06"), briefs.Dateline{}).Meetings
		switch {
		case c.party == "" && len(ms) > 0 && (slices.Contains(ms[0].Participants, "United States") || slices.Contains(ms[0].Participants, "Japan")):
			t.Errorf("%q: participants %q: a call on a country to act", c.text, ms[0].Participants)
		case c.party != "" && len(ms) != 1:
			t.Errorf("%q: %d meetings, want 1", c.text, len(ms))
		case c.party != "" && !slices.Contains(ms[0].Participants, c.party):
			t.Errorf("%q: participants %q, want %s among them", c.text, ms[0].Participants, c.party)
		}
	}
}

// TestRetreat: a retreat held by ministers or leaders is a meeting; a
// currency's or an army's retreat is none (mention.go isMeetingNoun).
func TestRetreat(t *testing.T) {
	checkMeetingCounts(t, "2026-03-03", []meetingCount{
		{"MANILA, March 3 - ASEAN defence ministers will hold a retreat in Manila on March 20, officials said.", 1},
		{"CANBERRA, March 3 - Cabinet ministers will hold their annual retreat at Parliament House on Friday.", 1},
		{"TOKYO, March 3 - The dollar's retreat on Friday surprised dealers.", 0},
		{"KYIV, March 3 - The army ordered a retreat from the town on Monday.", 0},
	})
}

// TestCabinetTakesPart: a cabinet that meets is a party, named by its
// word alone ("The Cabinet will meet"), while "Cabinet Secretary Kim" stays
// a title (names.go names, notParty: legislatures).
func TestCabinetTakesPart(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"WELLINGTON, Feb 2 - The Cabinet will meet on Wednesday to consider a response to the floods.", []string{"Cabinet"}},
		{"CANBERRA, Feb 2 - The Cabinet approved the plan at its meeting on Monday, the minister said.", []string{"Cabinet"}},
		{"NAIROBI, Feb 2 - Cabinet Secretary Kim Oduya will meet Finance Minister John Mbadi on Wednesday.", []string{"Kim Oduya", "John Mbadi"}},
	} {
		m := meetingTitled(t, c.text, "")
		if m != nil && !slices.Equal(m.Participants, c.want) {
			t.Errorf("%q: participants %q, want %q", c.text, m.Participants, c.want)
		}
	}
}

// TestForumPeopleMeet: a forum whose leaders or ministers meet is a body
// and a party ("Pacific Islands Forum leaders gather in Tonga"), not a
// gathering's name (names.go notParty, bodyPeople).
func TestForumPeopleMeet(t *testing.T) {
	for _, text := range []string{
		"SUVA, Aug 5 - Pacific Islands Forum leaders will gather in Tonga next week to discuss a policing plan.",
		"SUVA, Aug 5 - Pacific Islands Forum foreign ministers will meet in Suva on Friday.",
	} {
		m := meetingTitled(t, text, "")
		if m != nil && !slices.Contains(m.Participants, "Pacific Islands Forum") {
			t.Errorf("%q: participants %q, want the Pacific Islands Forum among them", text, m.Participants)
		}
	}
}

// TestPublicSession: an information or consultation session a body holds
// on a day is a meeting; a trading session is still none (mention.go
// publicSession).
func TestPublicSession(t *testing.T) {
	checkMeetingCounts(t, "2025-02-20", []meetingCount{
		{"MILLBROOK, Feb 20 - The district plans a new water plant. An online information session will be held on Wednesday, February 26, at 7 p.m.", 1},
		{"MILLBROOK, Feb 20 - The district plans a new water plant. A community consultation session will take place at the library on March 4.", 1},
		{"MILLBROOK, Feb 20 - Shares fell in the afternoon trading session on Wednesday.", 0},
	})
}

// TestTrailingVenue: a listing line's last comma part, all capitalised,
// after the day and the hour, is the venue (placeof.go trailingVenue); a
// clause after the day is not.
func TestTrailingVenue(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"WESTBROOK, March 3 - Notices\nCommunity consultation session, Saturday 22 March 2025, 10.00 am, Port Alden Surf Life Saving Club\nOther business", "Port Alden Surf Life Saving Club"},
		{"WESTBROOK, March 3 - Next bargaining session: Wednesday, March 12, 10 a.m., FMCS, 1 Market Street, Suite 400", "FMCS, 1 Market Street, Suite 400"},
		{"WESTBROOK, March 3 - The union will hold a bargaining session on Wednesday, March 12, if the company agrees.", ""},
	} {
		m := meetingTitled(t, c.text, "")
		if m != nil && (c.want == "" && m.Place != "" || !strings.HasPrefix(m.Place, c.want)) {
			t.Errorf("%q: place %q, want %q (the dateline's town may follow)", c.text, m.Place, c.want)
		}
	}
}

// TestCommaSetMeetingPhrase: "X, at its meeting on Monday, approved" takes
// the tense of the verb after the phrase the commas set off (tense.go
// frontedAdverbial).
func TestCommaSetMeetingPhrase(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BENGALURU, Feb 7 (PTI) - The university's Syndicate, at its meeting on Monday, approved the revised examination schedule, he said.", "2024-02-05"},
		{"BENGALURU, Feb 7 (PTI) - The board, at its meeting on Monday, will approve the plan, he said.", "2024-02-12"},
		{"BENGALURU, Feb 7 (PTI) - The council, during its session on Friday, rejected the budget.", "2024-02-02"},
	} {
		ms := Extract(c.text, day("2024-02-07"), briefs.Dateline{}).Meetings
		if len(ms) != 1 || ms[0].Date != c.want {
			t.Errorf("%q: meetings %+v, want one on %s", c.text, ms, c.want)
		}
	}
}

// meetingCount is a story and how many meetings it tells.
type meetingCount struct {
	text string
	want int
}

// checkMeetingCounts extracts each story as published on day and checks
// how many meetings it finds.
func checkMeetingCounts(t *testing.T, published string, cases []meetingCount) {
	t.Helper()
	for _, c := range cases {
		if got := len(Extract(c.text, day(published), briefs.Dateline{}).Meetings); got != c.want {
			t.Errorf("%q: %d meetings, want %d", c.text, got, c.want)
		}
	}
}

// TestStakeholderConsultation: a stakeholder consultation a body hosts or
// holds on its days is a meeting, its two days read from "23 and 24
// September"; a public consultation (a comment period) is none
// (mention.go isMeetingNoun, verbWithin, hosting; timex dayMonth).
func TestStakeholderConsultation(t *testing.T) {
	text := "KINGSTON, 10 September 2025 - The Ministry of Health will host a two-day National Stakeholder Consultation on antimicrobial resistance on 23 and 24 September 2025."
	ms := Extract(text, day("2025-09-10"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || ms[0].Date != "2025-09-23" || ms[0].EndDate != "2025-09-24" {
		t.Errorf("%q: meetings %+v, want one from 2025-09-23 to 2025-09-24", text, ms)
	}
	checkMeetingCounts(t, "2025-09-10", []meetingCount{
		{"KINGSTON, 10 September 2025 - The ministry opened a public consultation on the draft rules, which closes on 30 September.", 0},
	})
}

// TestOverrunDate: the day a meeting "could run into" is how long it may
// last, not when it meets (assign.go penalised, overrunVerbs).
func TestOverrunDate(t *testing.T) {
	for _, text := range []string{
		"LONDON, April 2 - The council session, which opened on Monday, could run into next week if no compromise emerges, delegates said.",
		"VIENNA, April 2 - OPEC ministers are meeting here today and the talks could spill over into Saturday, delegates said.",
	} {
		for _, m := range Extract(text, day("1987-04-02"), briefs.Dateline{}).Meetings {
			if m.Date == "1987-04-06" || m.Date == "1987-04-04" {
				t.Errorf("%q: %s dated %s, the day it may run into", text, m.Title, m.Date)
			}
		}
	}
}

// TestMeetingOfBody: a meeting named for the body it is "of" ("Ordinary
// Meeting of Westbrook City Council") takes that body as its party when no
// one else is named, but not a body the text says is another's "of"
// (roles.go ofBody; clusterparties.go participants).
func TestMeetingOfBody(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Notice is hereby given that the next Ordinary Meeting of Westbrook City Council will be held on Wednesday 11 March 2026 at 6.30pm in the Council Chamber.", "Westbrook City Council"},
		{"The Annual General Meeting of the Andean Mining Chamber will be held on 10 October 2025 in Lima.", "Andean Mining Chamber"},
		{"A Meeting of the Council of Ministers will be held on Thursday 12 March 2026 at 7pm.", "Council of Ministers"},
	} {
		m := meetingTitled(t, c.text, "")
		if m != nil && !slices.Equal(m.Participants, []string{c.want}) {
			t.Errorf("%q: participants %q, want [%s]", c.text, m.Participants, c.want)
		}
	}
	sub := "The 5th Meeting of the Working Group on Military Cooperation of India-Russia Inter-Governmental Commission took place in New Delhi on October 28-29, 2025."
	if m := meetingTitled(t, sub, ""); m != nil && slices.Contains(m.Participants, "Working Group on Military Cooperation") {
		t.Errorf("%q: participants %q: the group is the commission's", sub, m.Participants)
	}
}
