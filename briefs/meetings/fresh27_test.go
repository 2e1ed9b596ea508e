package meetings

// Fresh stories for the rules of round 12. testdata/fresh27a.jsonl was
// written for its classes before any rule of the round and measured once
// on main edd70f0: F1 0.727, status 1.000, place 0.750, participants
// P 0.833 R 0.938 (the gold mended as fresh27a.py says gives the same).

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// TestFresh27bSet: testdata/fresh27b.jsonl, written for the notice and
// heading classes before their rules, measured once on 784f59e: F1 0.625,
// status 1.000, place 1.000, participants P 0.875 R 0.778. Its shouted
// heading's extra party ("MARITIME") and a union bulletin's union are
// still wrong.
func TestFresh27bSet(t *testing.T) {
	rep := evalFile(t, "fresh27b.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.84, partPrecision: 0.9})
}

// TestCalendarLines: a calendar's "Monday 9 March: Eurogroup, Brussels,
// 15.00." lines are dated entries (listing dateFirstLine, its colon right
// after the date), their place before the time (listingplace.go
// entrySuffix), and a company's "general meeting" after its name is no
// place but the company's (companyEvents, listEntry.company).
func TestCalendarLines(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "calendar", text: "Main meetings, week 11\n\nMonday 9 March: Eurogroup, Brussels, 15.00.\nTuesday 10 March: Economic and Financial Affairs Council, Brussels.\nWednesday 11 March: Halden Brewing - general meeting to approve the merger.",
			want: []string{"2026-03-09 Brussels Eurogroup", "2026-03-10 Brussels Economic and Financial Affairs Council", "2026-03-11  Halden Brewing"}},
		// the calendar's owner is the party of its leaders' and ministers'
		// gatherings that name none (heading.go calendarGroup)
		describedCase{name: "diary owner", text: "Pacific Islands Forum week diary\nMon 9 Mar: Leaders' Summit, Aitutaki\nTue 10 Mar: Foreign Ministers' Meeting, Rarotonga",
			want: []string{"2026-03-09 Aitutaki Pacific Islands Forum", "2026-03-10 Rarotonga Pacific Islands Forum"}})
}

func TestFresh27aSet(t *testing.T) {
	rep := evalFile(t, "fresh27a.jsonl", 10)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.74, participants: 0.87, partPrecision: 0.9})
}

// TestRound12: a courtesy call paid is past and one to be paid is a
// meeting (tense.go calledOn, lexicon.go titleWords "sultan"); a month
// named by what prepares its meeting is to come and takes no place of the
// preparing talks (fromtimex.go preparedFor, placeof.go); a minister who
// meets a trade's people meets (mention.go objectHeads), not one who meets
// their demands; money is no party (currency.go currencyAmount); a city's
// municipal corporation sits in its city, a company of the city's name
// does not (homeplace.go cityCorporation); a one-word party that prose
// writes in lower case is an agenda's or a heading's word
// (clusterparties.go commonWordParty).
func TestRound12(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "call paid", text: "KATHMANDU, March 3 - Visiting Bangladeshi Prime Minister Muhammad Yunus called on President Ram Chandra Poudel at Sheetal Niwas on Sunday evening, officials said.",
			want: []string{"2026-03-01 Sheetal Niwas Muhammad Yunus;Ram Chandra Poudel"}},
		describedCase{name: "call to pay on a sultan", text: "NEW DELHI, March 3 (IANS) - External Affairs Minister S. Jaishankar will call on Sultan Haitham bin Tarik in Muscat on March 10, the ministry said.",
			want: []string{"2026-03-10 Muscat S. Jaishankar;Sultan Haitham bin Tarik"}},
		describedCase{name: "a trade's people", text: "MANILA, March 3 - Agriculture Secretary Francisco Tiu Laurel met rice importers at the department on Monday, the department said.",
			want: []string{"2026-03-02 Manila Francisco Tiu Laurel;rice importers"}}, // since round 17 the trade met is a party too (roles.go verbObjectGroup), as fresh27's own gold lists it
		describedCase{name: "their demands", text: "MANILA, March 3 - The new scheme met farmers' demands on Monday, the department said."},
		describedCase{name: "money", text: "MANILA, March 3 - Agriculture Secretary Francisco Tiu Laurel met importers' representatives on Monday and asked them to keep prices under PHP45 a kilo.",
			want: []string{"2026-03-02 Manila Francisco Tiu Laurel"}},
		describedCase{name: "rupees", text: "PUNE, March 3 (PTI) - The standing committee of the Pune Municipal Corporation approved Rs 312 crore for road repairs at its meeting on Monday.",
			want: []string{"2026-03-02 Pune Pune Municipal Corporation"}},
		describedCase{name: "an agenda word", text: "LONDON, March 3 - Private meeting: Consideration of the draft report on flood defences, Tuesday 10 March 2026, Committee Room 2.",
			want: []string{"2026-03-10 Committee Room 2 "}},
		describedCase{name: "a company of the city's name", text: "TOKYO, March 3 (Reuters) - The board of Tokyo Gas Corporation met on Monday to approve the merger, the company said.",
			want: []string{"2026-03-02  Tokyo Gas Corporation"}})
	checkDescribed(t, dayPlace,
		describedCase{name: "a month prepared", text: "JAKARTA, March 3 (Reuters) - Foreign Minister Sugiono met Vietnamese Deputy Prime Minister Bui Thanh Son in Jakarta on Monday to discuss preparations for the regional bloc's February summit, the ministry said.",
			want: []string{"2026-03-02 Jakarta", "2027-02 "}})
}

// TestRound12Notices: a notice's body is its first line, not the line under
// it too (blocks.go blockBody), and names a meeting whose heading says
// only which sitting it is (clusterparties.go genericSittings); an
// agenda's "Open Session" is part of that meeting (extract.go
// programmePart).
func TestRound12Notices(t *testing.T) {
	checkDescribed(t, dayTitleParties,
		describedCase{name: "board notice", text: "BOARD OF TRUSTEES\nHarbor Point Community College District\n\nSPECIAL MEETING\nThursday, March 12, 2026\nAdministration Building, Room 200\n\nOpen Session - 5:30 p.m.\n1. Call to Order\n2. Report of the Chancellor",
			want: []string{"2026-03-12 Board of Trustees Special Meeting|BOARD OF TRUSTEES"}})
}

// TestRound12Venues: a ministry named in lower case is in the dateline's
// city (placeof.go, after lowerVenue), and a price is no venue
// (currencyAmount in placeOf). testdata/fresh27c.jsonl was written for
// these and three other classes before their rules and measured once on
// b54f8b9: F1 0.500, place 0.333, P 1.000 R 0.667 as first written (F1
// 0.800, place 0.250, R 0.857 on the gold mended as fresh27c.py says).
func TestRound12Venues(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a ministry at home", text: "ROME, March 3 (Reuters) - Agriculture Minister Francesco Lollobrigida will meet fishing cooperatives' representatives at the ministry on Thursday, his office said.",
			want: []string{"2026-03-05 ministry, Rome"}},
		describedCase{name: "a price", text: "LONDON, March 3 (Reuters) - Grain traders met on Monday and agreed to hold bids at GBP180 a tonne, the association said.",
			want: []string{"2026-03-02 "}})
}

func TestFresh27cSet(t *testing.T) {
	rep := evalFile(t, "fresh27c.jsonl", 6)
	checkFloors(t, rep, floors{withDates: 0.79, noDates: 0.99, status: 0.99, place: 0.99, participants: 0.85, partPrecision: 0.99})
}

// TestEnvoyPost: an envoy's title before "to" and the post names no party,
// and the post does not swallow the envoy (envoy.go): the party is the
// person.
func TestEnvoyPost(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "ambassador to a country", text: "MOSCOW, March 3 - Ryabkov discussed the consultations with Chinese Ambassador to Russia Zhang Hanhui at the Russian Foreign Ministry on Tuesday.",
			want: []string{"Ryabkov;Zhang Hanhui"}},
		describedCase{name: "ambassador to a body", text: "WASHINGTON, March 3 - Secretary of State Marco Rubio will meet U.S. Ambassador to the United Nations Mike Waltz on Friday.",
			want: []string{"Marco Rubio;Mike Waltz"}},
		describedCase{name: "high commissioner", text: "NEW DELHI, March 3 - External Affairs Minister S. Jaishankar met Australia's High Commissioner to India Philip Green on Monday.",
			want: []string{"S. Jaishankar;Philip Green"}})
}

// TestJointStatement: a joint statement's dialogue whose name opens with
// its two countries has them as parties when no person is named for them
// (names.go leadingCountries, clusterparties.go), and "It was co-chaired by"
// in the sentence after names both chairs (coref.go coChairs).
func TestJointStatement(t *testing.T) {
	checkDescribed(t, partiesOnly,
		describedCase{name: "sides in the name", pub: "2024-10-04", text: "MANILA, 4 October 2024 - The Third Japan-Philippines Vice-Ministerial Strategic Dialogue was held in Manila on 3 October 2024.",
			want: []string{"Japan;Philippines"}},
		describedCase{name: "co-chairs", pub: "2024-10-04", text: "MANILA, 4 October 2024 - The Third Japan-Philippines Vice-Ministerial Strategic Dialogue was held in Manila on 3 October 2024. It was co-chaired by Mr. Kenji Okada, Senior Deputy Minister for Foreign Affairs of Japan, and Undersecretary Ramon C. Villanueva of the Department of Foreign Affairs of the Philippines.",
			want: []string{"Japan;Philippines;Kenji Okada;Ramon C. Villanueva"}}) // since round 17 the countries the name joins are parties too (neighbours.go hyphenedCountries), as blind22b-50's annotator lists them
}

// TestFarFutureVerb: a meeting's day takes the tense of "will" beyond the
// window tenseAt reads when nothing between is a past verb the lexicon
// knows (tense.go futureFarBack), and an -ed word after a hyphenated
// measure is an adjective ("a 14-km elevated road": measureBefore); a
// past verb far back still decides nothing ("left for Paris today to
// attend a meeting ... on Saturday" keeps its Saturday to come).
func TestFarFutureVerb(t *testing.T) {
	checkDescribed(t, func(m briefs.Meeting) string { return m.Date },
		describedCase{name: "will far back", text: "PUNE, March 3 (PTI) - The standing committee of the Pune Municipal Corporation will take up the proposal for a 14-km elevated road along the Mula-Mutha riverfront at its meeting on Friday, civic officials said.",
			want: []string{"2026-03-06"}},
		describedCase{name: "left to attend", text: "TOKYO, March 3 - Finance Minister Kiichi Miyazawa left for Paris today to attend a meeting of finance ministers and central bankers of the Group of Five industrial nations on Saturday.",
			want: []string{"2026-03-07"}})
}

// TestNoticeDayOfMonth: a notice's "Monday, the 21st day of July, 2025"
// is a day (timex dayMonth reads "day of"), and what people "look forward
// to" is to come (tense.go lookForward).
func TestNoticeDayOfMonth(t *testing.T) {
	checkDescribed(t, dayStatus,
		describedCase{name: "day of", pub: "2025-06-30", text: "NOTICE is hereby given that an Extra-Ordinary General Meeting of the Members of Suryoday Agro Industries Limited will be held on Monday, the 21st day of July, 2025 at 11:00 A.M. through Video Conferencing.",
			want: []string{"2025-07-21 upcoming"}},
		describedCase{name: "look forward to", pub: "2025-09-12", text: "BEIJING, Sept. 12 (Xinhua) -- Kao said ASEAN leaders looked forward to the ASEAN Summit and related meetings in Kuala Lumpur in October.",
			want: []string{"2025-10 upcoming"}})
}

// TestSessionOfTheirs: "the third session of their Nuclear Consultative
// Group" is a meeting, as "of the" was (mention.go isMeetingNoun).
func TestSessionOfTheirs(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "of their", text: "SEOUL, March 3 (Yonhap) -- South Korea and the United States will hold the third session of their Nuclear Consultative Group (NCG) in Washington on Monday next week, the defence ministry said.",
			want: []string{"2026-03-09 Washington"}})
}

// TestCallOnVisitor: a call on "the visiting leader" or on "His Majesty
// Sultan ..." is a meeting (mention.go seesOfficial, notices.go honorific),
// and a titled person after a fronted place is a party, not a place of a
// list (names.go).
func TestCallOnVisitor(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the visiting leader", text: "NEW DELHI, March 3 (PTI) - External Affairs Minister S. Jaishankar will call on the visiting leader on March 5, the MEA said.",
			want: []string{"2026-03-05 S. Jaishankar"}},
		describedCase{name: "his majesty", text: "NEW DELHI, March 3 (PTI) - In Muscat, External Affairs Minister S. Jaishankar will call on His Majesty Sultan Haitham bin Tarik on 17 March 2026.",
			want: []string{"2026-03-17 S. Jaishankar;Sultan Haitham bin Tarik"}})
}

// TestCouncilSitting: a named council met "at" on a day is its sitting
// (head.council-sitting), the council its party; an EU council in a Rome
// story is no meeting in Rome (data/seats.tsv, impliedhere.go), a city's
// own council at home is.
func TestCouncilSitting(t *testing.T) {
	checkDescribed(t, dayTitlePlaceParties,
		describedCase{name: "an EU council", text: "ROME, March 3 (Reuters) - Italy will ask for the issue to be discussed by EU fisheries ministers at the Agriculture and Fisheries Council on March 24.",
			want: []string{"2026-03-24 Agriculture and Fisheries Council meeting |Italy;EU;Agriculture and Fisheries Council"}},
		describedCase{name: "a council at home", text: "HONG KONG, March 3 (Reuters) - The budget will be debated at the Legislative Council on Wednesday.",
			want: []string{"2026-03-04 Legislative Council meeting Hong Kong|Legislative Council"}})
}

// describedCase is one story of a round-12 table test: its text, the
// publication day ("" for 2026-03-03) and the meetings it must give, each
// written by the test's format.
type describedCase struct {
	name, text string
	want       []string
	pub        string
}

// checkDescribed runs each case as a subtest: the story's meetings, each
// formatted by f, must be want.
func checkDescribed(t *testing.T, f func(briefs.Meeting) string, cases ...describedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := c.pub
			if pub == "" {
				pub = "2026-03-03"
			}
			if got := described(c.text, pub, f); !slices.Equal(got, c.want) {
				t.Errorf("meetings %q, want %q", got, c.want)
			}
		})
	}
}

// The formats of the round's table tests.
func dayPlaceParties(m briefs.Meeting) string {
	return m.Date + " " + m.Place + " " + strings.Join(m.Participants, ";")
}
func dayPlace(m briefs.Meeting) string   { return m.Date + " " + m.Place }
func dayParties(m briefs.Meeting) string { return m.Date + " " + strings.Join(m.Participants, ";") }
func partiesOnly(m briefs.Meeting) string {
	return strings.Join(m.Participants, ";")
}
func dayStatus(m briefs.Meeting) string { return m.Date + " " + string(m.Status) }
func dayTitleParties(m briefs.Meeting) string {
	return m.Date + " " + m.Title + "|" + strings.Join(m.Participants, ";")
}
func dayTitlePlaceParties(m briefs.Meeting) string {
	return m.Date + " " + m.Title + " " + m.Place + "|" + strings.Join(m.Participants, ";")
}

// TestForumAttended: a named forum attended on a day is a gathering
// (head.forum-attended); a forum that meets is a body, its party.
func TestForumAttended(t *testing.T) {
	checkDescribed(t, dayTitlePlaceParties,
		describedCase{name: "attend the forum", text: "ANKARA, March 3 (Reuters) - Fidan is also due to attend the Doha Forum in Qatar on Dec. 7-8, the sources added.",
			want: []string{"2026-12-07 Doha Forum Qatar|Fidan"}},
		describedCase{name: "a forum that meets", text: "SUVA, March 3 (AFP) - Leaders of the Pacific Islands Forum will meet on Monday.",
			want: []string{"2026-03-09 Pacific Islands Forum meeting |Pacific Islands Forum"}})
}

// TestRound12Guards: what the round's rules must leave alone, found by the
// round's review: a dateline whose later segment ends in a body's word
// (ingest, tested there), a city before a calendar line's "General Affairs
// Council" (companyMeetings), a Security Council's "Open Session" in prose
// (lineHead), an appeal "called on Congress to approve" (calledOn), an
// ambassador with no name after the post (envoyTitle), "Sultan" as a first
// name (sultanTitle), a COP numbered like money (currencyAmount), a past
// perfect "had looked forward to" (lookForward), an office of a person
// (officesOfBody).
func TestRound12Guards(t *testing.T) {
	checkDescribed(t, dayTitlePlaceParties,
		describedCase{name: "a city before a council", text: "Week ahead\n\nMonday 9 March\nBRUSSELS - General Affairs Council meets.",
			want: []string{"2026-03-09 General Affairs Council meeting Brussels|General Affairs Council"}},
		describedCase{name: "an open session in prose", text: "NEW YORK, March 3 (Reuters) - The Security Council will hold an Open Session on Ukraine on Thursday.",
			want: []string{"2026-03-05 Security Council Open Session New York|Security Council"}},
		describedCase{name: "an appeal", text: "MANILA, March 3 - The governor called on Congress to approve the budget at its session on Thursday.",
			want: []string{"2026-03-05 Session in Manila Manila|Congress"}},
		describedCase{name: "an ambassador unnamed", text: "MOSCOW, March 3 - Lavrov met the Chinese Ambassador to Russia on Tuesday.",
			want: []string{"2026-03-03 Lavrov meeting Moscow|Lavrov;Chinese Ambassador"}},
		describedCase{name: "a first name", text: "DUBAI, March 3 - Guterres met Sultan Al Jaber on Monday.",
			want: []string{"2026-03-02 Sultan Al Jaber meeting |Guterres;Sultan Al Jaber"}},
		describedCase{name: "a COP", text: "BELEM, March 3 - Ministers will meet at COP30 on Thursday to agree the text.",
			want: []string{"2026-03-05 Meeting in COP30 COP30|"}},
		describedCase{name: "had looked forward", pub: "2026-03-06", text: "KUALA LUMPUR, March 6 - Officials said they had looked forward to the meeting in Kuala Lumpur on Monday, which ended without a deal.",
			want: []string{"2026-03-02 Meeting in Kuala Lumpur Kuala Lumpur|"}},
		describedCase{name: "an office of a person", text: "ROME, March 3 (Reuters) - Union leaders will meet at the office of the prime minister on Thursday.",
			want: []string{"2026-03-05 Union leaders meeting office of the prime minister|Union leaders"}})
}

// TestNoticeLabels: a notice's "Board of Directors" with no company named
// is the board of the body its heading names (clusterparties.go
// boardCompany); a statement's label is no party ("COMMUNIQUÉ": notices.go
// formalWords); a state after a city is no party ("Washington, D.C.":
// names.go stateAfterCity).
func TestNoticeLabels(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "board of the heading's body", text: "HARBOR VALLEY TRANSIT AUTHORITY\n\nNOTICE is hereby given that a Regular Meeting of the Board of Directors will be held on Thursday, March 12, 2026, at 9:30 a.m. in the Board Room, 300 Elm Street.",
			want: []string{"2026-03-12 HARBOR VALLEY TRANSIT AUTHORITY"}},
		describedCase{name: "a communiqué", text: "EAST AFRICAN COMMUNITY\n\nCOMMUNIQUÉ OF THE EXTRAORDINARY MEETING OF THE COUNCIL OF MINISTERS\n\nArusha, United Republic of Tanzania, 3 March 2026\n\n1. The Extraordinary Meeting of the Council of Ministers (ECM) was held in Arusha on 2 March 2026.",
			want: []string{"2026-03-02 Council of Ministers"}}, // "ECM", the meeting's initialism, before round 16 (parties.long-form)
		describedCase{name: "a state after a city", text: "WASHINGTON, March 3 - The ministers will meet in Washington, D.C. on Friday.",
			want: []string{"2026-03-06 "}})
}

// TestHeadlineStaysOut: a brief posted or fed with a headline of its own
// and no dateline keeps its meetings those of its text: the headline names
// the same meeting again and is not read (extract.go headingTitle); a
// document's heading title is (headed).
func TestHeadlineStaysOut(t *testing.T) {
	pub := day("2026-03-03")
	for _, c := range []struct{ title, text string }{
		{"EU ministers to meet next week on sanctions", "European Union foreign ministers will meet in Brussels on Monday to discuss new sanctions against Russia."},
		{"OPEC+ to hold online meeting on Sunday", "OPEC+ ministers will meet online on Sunday to decide April output, sources said."},
	} {
		if ms := OfBrief(ingest.FromText(c.title, c.text, pub, ingest.Options{Now: pub})).Meetings; len(ms) != 1 {
			t.Errorf("%q: meetings %+v, want one", c.title, ms)
		}
	}
	heading := OfBrief(ingest.FromText("Minutes of the Friends of Elmwood Park committee meeting held on 17 February 2026 at the Pavilion", "Present: R. Amos (Chair), T. Nwosu, P. Lindqvist\n\n1. Tree planting day: agreed for March.", pub, ingest.Options{Now: pub})).Meetings
	if len(heading) != 1 || heading[0].Date != "2026-02-17" {
		t.Errorf("minutes' heading: meetings %+v, want the one of 17 February", heading)
	}
}
