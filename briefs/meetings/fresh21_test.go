package meetings

// Fresh stories for the rules of round 9. The first four tests come from
// stories written before any change of the round; the rest from errors
// read on blind21a and blind21b (the round's diagnosis sets), each story
// written fresh after the rule and checked to fail on the code before it,
// unless its comment calls a case a guard.

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestOwnClauseSubject: a meeting in a clause with its own subject (", and
// the India-Kenya Joint Commission will meet") does not take the first
// clause's parties; one whose clause shares the sentence's subject does
// (clauses.go ownSubject).
func TestOwnClauseSubject(t *testing.T) {
	for _, c := range []struct {
		text, title string
		want        []string
	}{
		{"ACCRA, March 3 - Ghana and Senegal will hold talks on fishing rights on Thursday, and the India-Kenya Joint Commission will meet in Nairobi next month, officials said.",
			"Joint Commission", []string{"India", "Kenya"}},
		{"LIMA, March 3 - Peru's trade minister met Chilean officials in Santiago on Monday, while the Andean Community council will convene on March 20.",
			"Andean", []string{"Andean Community"}},
		{"BONN, March 3 - Finance Minister Gerhard Stoltenberg met Treasury Secretary James Baker on Monday, and will see French Finance Minister Edouard Balladur in Paris on Thursday.",
			"Balladur", []string{"Gerhard Stoltenberg", "Edouard Balladur"}},
		{"PARIS, March 3 - British and Irish officials are holding talks in Paris this week on border checks, and will report to their leaders at a summit in Dublin on March 20.",
			"summit", []string{"Britain", "Ireland"}},
	} {
		m := meetingTitled(t, c.text, c.title)
		if m == nil {
			continue
		}
		if !slices.Equal(m.Participants, c.want) {
			t.Errorf("%q: %s: participants %q, want %q", c.text, m.Title, m.Participants, c.want)
		}
	}
}

// TestBlocCouncilNotHome: a bloc's council ("the Andean Community
// council") is not at home in the dateline's city, unless that is the
// bloc's seat (homeplace.go foreignOwner, blocNameEnds).
func TestBlocCouncilNotHome(t *testing.T) {
	for _, c := range []struct {
		text, title, want string
	}{
		{"ACCRA, March 3 - The Andean Community council will convene on March 20 to review tariffs, officials said.", "Andean", ""},
		{"LAGOS, March 3 - The East African Community council of ministers will meet on Friday, diplomats said.", "East African", ""},
		{"ADDIS ABABA, March 3 - The African Union council will meet on Friday to discuss Sudan, officials said.", "African Union", "Addis Ababa"},
		{"ACCRA, March 3 - The Accra Metropolitan council will meet on Friday to approve the budget.", "Accra", "Accra"},
	} {
		if m := meetingTitled(t, c.text, c.title); m != nil && m.Place != c.want {
			t.Errorf("%q: place %q, want %q", c.text, m.Place, c.want)
		}
	}
}

// meetingTitled is the meeting of text (published 2026-03-03) whose title
// holds sub; it fails the test when there is none.
func meetingTitled(t *testing.T, text, sub string) *briefs.Meeting {
	t.Helper()
	ms := Extract(text, day("2026-03-03"), briefs.Dateline{}).Meetings
	for i := range ms {
		if strings.Contains(ms[i].Title, sub) {
			return &ms[i]
		}
	}
	t.Errorf("%q: no meeting titled with %q among %d", text, sub, len(ms))
	return nil
}

// TestBodySittingNotTalks: talks named later ("The talks in Kampala, which
// began last Friday") are not a body's sitting named before ("Kenya's
// cabinet is meeting this morning"), though their dates overlap; a
// session of the same body still is (cluster.go bodySitting).
func TestBodySittingNotTalks(t *testing.T) {
	text := "NAIROBI, Sept 9 (AFP) - Kenya's cabinet is meeting this morning to approve the budget, a government spokesman said.\n\nThe talks in Kampala, which began last Friday, are expected to end on Thursday."
	ms := Extract(text, day("2025-09-09"), briefs.Dateline{}).Meetings
	var got []string
	for _, m := range ms {
		got = append(got, m.Date+" "+m.Place)
	}
	if want := []string{"2025-09-09 Nairobi", "2025-09-05 Kampala"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
	text = "VIENNA, June 22 - OPEC's price monitoring committee met here yesterday to review the market.\n\nSaudi Oil Minister Hisham Nazer told reporters after the committee session that output was below the ceiling."
	if ms := Extract(text, day("1987-06-22"), briefs.Dateline{}).Meetings; len(ms) != 1 {
		t.Errorf("the committee's meeting and its session: %d meetings, want 1", len(ms))
	}
}

// TestCompanyMeetingNotLegislature: "the company's annual meeting" is the
// company's whose shareholders the story names, and never a legislature
// named before (entities.go heldCompany, homeplace.go noCompany).
func TestCompanyMeetingNotLegislature(t *testing.T) {
	const senate = "MANILA, Feb 12 (Reuters) - The Philippine Senate opened its regular session on Monday.\n\n"
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Shareholders of Ayala Land registered on March 1 will vote at the company's annual meeting on April 20 in Makati.", []string{"Ayala Land"}},
		{"Ayala Land's shareholders will vote at the company's annual meeting on April 20 in Makati.", []string{"Ayala Land"}},
		{"The company will hold its annual meeting on April 20.", nil},
		{"Ayala Land said on Tuesday that profit rose.\n\nThe company will hold its annual meeting on April 20.", []string{"Ayala Land"}},
	} {
		if m := meetingTitled(t, senate+c.text, "nnual meeting"); m != nil && !slices.Equal(m.Participants, c.want) {
			t.Errorf("%q: participants %q, want %q", c.text, m.Participants, c.want)
		}
	}
}

// TestTalksOwnStart: the talks' own relative clause gives their days
// ("the talks, which began Wednesday and will end Thursday"), not the
// arrival before them (assign.go startsAt, startOfOther; timex "will end
// Thursday" is a verb and a day).
func TestTalksOwnStart(t *testing.T) {
	for _, c := range []struct{ text, date, end string }{
		{"SEOUL, March 5 (Yonhap) -- A U.S. delegation arrived in Seoul on Tuesday for the talks, which began Wednesday and will end Thursday, according to the ministry.", "2026-03-04", "2026-03-05"},
		{"SEOUL, March 5 (Yonhap) -- Officials arrived in Seoul on Tuesday for the talks, which opened on Wednesday.", "2026-03-04", ""},
		{"GENEVA, March 5 - Negotiations on farm trade, which began last September, resumed in Geneva today.", "2026-03-05", ""},
	} {
		ms := Extract(c.text, day("2026-03-05"), briefs.Dateline{}).Meetings
		if len(ms) != 1 || ms[0].Date != c.date || ms[0].EndDate != c.end {
			t.Errorf("%q: %+v, want one meeting on %s ending %q", c.text, ms, c.date, c.end)
		}
	}
}

// TestSeasonDatesNoOther: a meeting held "in the fall" has no day or month
// and takes none from another clause; a season that only bounds a
// decision ("before the summer") leaves the meeting its own day
// (assign.go coarseDate).
func TestSeasonDatesNoOther(t *testing.T) {
	text := "SEOUL, March 5 (Yonhap) -- The talks will feed into a vice-ministerial forum to be held in Washington in April, and the Security Consultative Meeting between the two countries' defense chiefs in the fall."
	for _, m := range Extract(text, day("2026-03-05"), briefs.Dateline{}).Meetings {
		if strings.Contains(m.Title, "Security Consultative") {
			t.Errorf("the fall's meeting dated %s; want none (no day or month)", m.Date)
		}
	}
	text = "BRUSSELS, March 30 - European Community agriculture ministers began a two-day meeting here today on farm prices, with diplomats predicting no agreement before the summer."
	if ms := Extract(text, day("1987-03-30"), briefs.Dateline{}).Meetings; len(ms) != 1 || ms[0].Date != "1987-03-30" {
		t.Errorf("before the summer: %+v, want the meeting of 1987-03-30", ms)
	}
}

// TestMeetingAcronymNoParty: a meeting's own initialism ("the ASEAN
// Defense Ministers' Meeting (ADMM)") is no party, while a body whose name
// ends in a meeting word and that acts keeps its place (nameparts.go
// meetingAcronym); letters after a name are dropped ("Richard Marles MP",
// clusterparties.go dropPostNominal).
func TestMeetingAcronymNoParty(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"SEOUL, March 5 (Yonhap) -- The talks will feed into the annual Korea-U.S. Integrated Defense Dialogue (KIDD), a vice-ministerial forum to be held in Washington in April.", nil},
		{"MANILA, March 5 -- ASEAN defense ministers will meet in Manila in March for the ASEAN Defense Ministers' Meeting (ADMM), officials said.", []string{"ASEAN"}},
		{"ABUJA, March 5 -- The Nigeria Labour Congress (NLC) will meet federal government officials on Thursday.", []string{"NLC"}},
		{"CANBERRA, March 5 -- Indonesia's defence minister met Defence Minister Richard Marles MP in Canberra on Monday.", []string{"Indonesia", "Richard Marles"}},
	} {
		ms := Extract(c.text, day("2026-03-05"), briefs.Dateline{}).Meetings
		if len(ms) == 0 || !sameSet(ms[0].Participants, c.want) {
			t.Errorf("%q: %+v, want participants %q", c.text, ms, c.want)
		}
	}
}

// sameSet reports whether a and b hold the same names in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestNamedBodyHolds: a body whose name ends in a meeting noun and that
// holds a meeting ("The International Cricket Conference (ICC) will hold a
// special meeting") is the meeting's party, not a conference, and its
// sport's word does not void the sentence (mention.go namedBodyHolds).
func TestNamedBodyHolds(t *testing.T) {
	text := "LONDON, Nov 17 - The International Cricket Conference (ICC) will hold a special meeting at Lord's in January to discuss sanctions, an ICC spokesman said."
	ms := Extract(text, day("1987-11-17"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || ms[0].Date != "1988-01" || !slices.Contains(ms[0].Participants, "ICC") {
		t.Errorf("%+v, want the ICC's special meeting of 1988-01", ms)
	}
	text = "BONN, June 16 - The Bonn Climate Conference opened on Monday with calls for more finance."
	if ms := Extract(text, day("2025-06-16"), briefs.Dateline{}).Meetings; len(ms) != 1 || ms[0].Date != "2025-06-16" {
		t.Errorf("%+v, want the conference of 2025-06-16", ms)
	}
}

// TestSportNamesNoGame: a sport's word inside a body's name ("World
// Athletics president Sebastian Coe", "Hockey Canada") or a meeting on the
// sidelines of games is no sports fixture (mention.go sportName,
// sidelinesOfGames); "the match on Saturday" still is.
func TestSportNamesNoGame(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"MONACO, March 27 (AFP) - World Athletics president Sebastian Coe will meet IOC president Thomas Bach in Lausanne next week, a spokesman said.", 1},
		{"MONACO, March 27 (AFP) - Its council approved the rules at a meeting held in Glasgow earlier this month on the sidelines of the world indoor championships.", 1},
		{"ZURICH, March 27 - The federation will meet representatives of Hockey Canada in Toronto on Thursday.", 1},
		{"LONDON, March 27 - The two sides meet again in the match on Saturday.", 0},
	} {
		if ms := Extract(c.text, day("2024-03-27"), briefs.Dateline{}).Meetings; len(ms) != c.want {
			t.Errorf("%q: %d meetings, want %d", c.text, len(ms), c.want)
		}
	}
}

// TestAssemblySitting: the World Health Assembly, or a numbered assembly,
// is a gathering; a parliament's "National Assembly" stays a body
// (mention.go assemblySitting).
func TestAssemblySitting(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"GENEVA, March 7 (Reuters) - The World Health Assembly convenes in Geneva in May and will have the final say on the budget.", "2025-05"},
		{"PUTRAJAYA, March 7 (Bernama) -- The minister will lead the delegation to the 77th World Health Assembly (WHA77) in Geneva from May 27 to June 1.", "2025-05-27"},
		{"SEOUL, March 7 - The National Assembly will debate the bill on Tuesday.", ""},
	} {
		ms := Extract(c.text, day("2025-03-07"), briefs.Dateline{}).Meetings
		if got := len(ms) == 1 && ms[0].Date == c.date && len(ms[0].Participants) == 0 || c.date == "" && len(ms) == 0; !got {
			t.Errorf("%q: %+v, want one meeting on %q and no initialism for a party (none when empty)", c.text, ms, c.date)
		}
	}
}

// TestOralEvidenceItems: each dated "Committee - Oral evidence" item of a
// parliament's schedule is that committee's hearing on the item's day
// (mention.go oralEvidence; assign.go, the line's own day before a
// report's month).
func TestOralEvidenceItems(t *testing.T) {
	text := "SELECT COMMITTEE BUSINESS\n\nTuesday 3 March, 9.30am, Grimond Room, Portcullis House: Work and Pensions Committee - Oral evidence: disability benefits. Witnesses: Citizens Advice.\n\nWednesday 4 March, 10.00am, Committee Room 6: Treasury Committee - Oral evidence: the Bank of England March 2026 Financial Stability Report. Witnesses: Andrew Bailey, Governor."
	ms := Extract(text, day("2026-02-27"), briefs.Dateline{}).Meetings
	var got []string
	for _, m := range ms {
		got = append(got, m.Date+" "+m.Title)
	}
	want := []string{"2026-03-03 Work and Pensions Committee oral evidence session", "2026-03-04 Treasury Committee oral evidence session"}
	if !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
	for _, m := range ms {
		if !strings.Contains(strings.Join(m.Participants, ";"), "Committee") {
			t.Errorf("%s: participants %q, want its committee", m.Title, m.Participants)
		}
	}
}

// TestEvidenceSlot: a schedule's dated line naming a committee, followed by
// its "Oral evidence:" line, is the committee's hearing that day
// (evidenceslot.go); a committee room is no committee, and names no party.
func TestEvidenceSlot(t *testing.T) {
	text := "Select committee meetings, week beginning 2 March 2026\n\nTuesday 3 March 2026, 9.30am - Defence Committee, Room 6, Portcullis House. Oral evidence: the Army's readiness. Witnesses: General Sir Roly Walker.\n\nWednesday 4 March 2026, 2.30pm - Committee Room 15, Palace of Westminster. Oral evidence: rail fares."
	ms := Extract(text, day("2026-02-27"), briefs.Dateline{}).Meetings
	var got []string
	for _, m := range ms {
		got = append(got, m.Date+" "+m.Title)
	}
	// Since round 31 the Wednesday line, which opens with its whole day,
	// is a listing line at any length (listing.weekdayDated): an oral
	// evidence session of no committee named, its room no party.
	if want := []string{"2026-03-03 Defence Committee oral evidence session", "2026-03-04 Oral evidence"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
	if len(ms) == 2 && len(ms[1].Participants) > 0 {
		t.Errorf("Wednesday's participants %q, want none (a committee room is no committee)", ms[1].Participants)
	}
}

// TestEvidenceStatesMeeting: the evidence is the sentence that names the
// meeting and its day, not a later one that refers back to it (cluster.go
// statedBy).
func TestEvidenceStatesMeeting(t *testing.T) {
	text := "ACCRA, April 8 (Reuters) - Ghana's main labour unions will meet government officials on Thursday to resume talks on the minimum wage, union leaders said.\n\nThursday's meeting will be chaired by the chief of staff at his office, a spokesman said."
	ms := Extract(text, day("2026-04-08"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !strings.Contains(ms[0].Evidence, "minimum wage") {
		t.Errorf("%+v, want one meeting whose evidence is the first sentence", ms)
	}
	text = "BRUSSELS, Feb 4 (Reuters) - The EU's competition chief, Teresa Ribera, pressed the heads of Europe's biggest carmakers on Tuesday to cut prices, two people who attended the meeting said.\n\nThe Commission declined to comment on Tuesday's meeting."
	ms = Extract(text, day("2026-02-04"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !strings.Contains(ms[0].Evidence, "carmakers") {
		t.Errorf("%+v, want one meeting whose evidence is the sentence that tells it", ms)
	}
}

// TestJourneyConjunctDate: the day of a journey in the conjunct before a
// meeting is not the meeting's when the sentence dates the meeting after it
// (assign.go journeyConjunctDate).
func TestJourneyConjunctDate(t *testing.T) {
	text := "QUITO, June 23 - Ecuadorean President Daniel Noboa will travel to Peru on July 1 and is expected to hold a bilateral meeting with his Peruvian counterpart, Jose Jeri, on the sidelines of the summit on July 2."
	var got []string
	for _, m := range Extract(text, day("2026-06-23"), briefs.Dateline{}).Meetings {
		got = append(got, m.Date+" "+m.Title)
	}
	if want := []string{"2026-07-02 Noboa-Jeri bilateral meeting", "2026-07-02 Summit"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q (the bilateral and the summit it is held beside)", got, want)
	}
	text = "TOKYO, March 1 - Baker will meet Miyazawa in Tokyo on Monday and fly to Seoul on Tuesday for talks with Roh."
	ms := Extract(text, day("1987-03-01"), briefs.Dateline{}).Meetings
	if len(ms) == 0 || ms[len(ms)-1].Date != "1987-03-03" {
		t.Errorf("%+v, want the Seoul talks on 1987-03-03", ms)
	}
}

// TestCancelledNamedFirst: "the meeting was cancelled" after the sentence
// has named a meeting ("was due to meet in Vienna this month, but the
// meeting was cancelled") calls off that meeting, not the one the story
// named before (cancel.go withCancelled).
func TestCancelledNamedFirst(t *testing.T) {
	text := "KUWAIT, Oct 6 - The GCC's annual summit of heads of state will be held in Riyadh in late December.\n\nOPEC's pricing committee was due to meet in Vienna this month, but the meeting was cancelled after members failed to agree on an agenda, OPEC sources said."
	for _, m := range Extract(text, day("1987-10-06"), briefs.Dateline{}).Meetings {
		if cancelled := m.Status == briefs.StatusCancelled; cancelled != (m.Date == "1987-10") {
			t.Errorf("%s (%s) status %s; want only the pricing committee's meeting cancelled", m.Title, m.Date, m.Status)
		}
	}
}

// TestBankNamedFirst: a body whose name opens with its organisation word
// ("Bank Negara Malaysia", "Bank Indonesia") keeps that word, also first
// in its sentence, and is a central bank at home; a rate's name ("the
// Overnight Policy Rate (OPR)") is no party (names.go orgWordFirst,
// stripTitles; nameparts.go namedThingEnds).
func TestBankNamedFirst(t *testing.T) {
	text := "KUALA LUMPUR, July 9 (Bernama) -- Bank Negara Malaysia is widely expected to keep the Overnight Policy Rate (OPR) unchanged at its Monetary Policy Committee meeting on Thursday, economists said."
	ms := Extract(text, day("2024-07-09"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !slices.Contains(ms[0].Participants, "Bank Negara Malaysia") || slices.Contains(ms[0].Participants, "OPR") ||
		slices.Contains(ms[0].Participants, "Overnight Policy Rate") || ms[0].Place != "Kuala Lumpur" {
		t.Errorf("%+v, want Bank Negara Malaysia's meeting in Kuala Lumpur, no rate among its parties", ms)
	}
	text = "JOHANNESBURG, July 9 - Economists expect Reserve Bank Governor Lesetja Kganyago to meet union leaders on Thursday."
	if ms := Extract(text, day("2024-07-09"), briefs.Dateline{}).Meetings; len(ms) != 1 || !slices.Contains(ms[0].Participants, "Lesetja Kganyago") {
		t.Errorf("%+v, want the governor by name", ms)
	}
}

// TestSportGovernance: in a story about sport, meetings of its bodies and
// officials stay ("its council approved the rules at a meeting held in
// Doha", "World Aquatics president Husain Al-Musallam will meet ...");
// a contest ("the two sides meet again at Wembley on Sunday") does not
// (extract.go governance).
func TestSportGovernance(t *testing.T) {
	text := "LAUSANNE, March 27 (AFP) - World Aquatics said on Wednesday that its council had approved new eligibility rules at a meeting held in Doha earlier this month, on the eve of the world championships.\n\nWorld Aquatics president Husain Al-Musallam will meet IOC president Kirsty Coventry in Lausanne next week to discuss the Olympic swimming programme, a spokesman said.\n\nIn the cup semi-final, the two sides meet again at Wembley on Sunday after a goalless draw in the league."
	var got []string
	for _, m := range Extract(text, day("2024-03-27"), briefs.Dateline{}).Meetings {
		got = append(got, m.Date+" "+m.Place)
	}
	if want := []string{"2024-03 Doha", "2024-04-01 Lausanne"}; !slices.Equal(got, want) {
		t.Errorf("meetings %q, want %q", got, want)
	}
}

// TestShoutedLabelNoParty: a heading's label in capitals ("NEGOTIATIONS
// UPDATE") is no party, while a body's heading, an initialism and a town
// in capitals stay names (clusterparties.go shoutedLabel).
func TestShoutedLabelNoParty(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"NEGOTIATIONS UPDATE", true}, {"NEGOTIATIONS UPDATE Your", true}, {"TRANSPORT WORKERS' UNION", false},
		{"SAG-AFTRA", false}, {"BASIC", false}, {"MILLBROOK", false}, {"ASEAN", false},
	} {
		if got := shoutedLabel(c.name); got != c.want {
			t.Errorf("shoutedLabel(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	text := "NEGOTIATIONS UPDATE\nYour bargaining team met Harbour Terminal Operators for the fourth round of talks on Thursday 1 June."
	ms := Extract(text, day("2023-06-05"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Harbour Terminal Operators"}) {
		t.Errorf("%+v, want the terminal operators alone", ms)
	}
}

// TestBankSeatedElsewhere: a central bank that sits away from the
// dateline's city ("the South African Reserve Bank", Pretoria, in a
// Johannesburg story) meets there, not here, and so does a foreign one
// (homeplace.go bankSeatedElsewhere, governorTitle; seats.go
// allSeatedElsewhere).
func TestBankSeatedElsewhere(t *testing.T) {
	text := "JOHANNESBURG, Sept 15 (Reuters) - The South African Reserve Bank is expected to keep its main lending rate on hold this week, a Reuters poll showed on Monday.\n\nThe bank's Monetary Policy Committee begins a three-day meeting on Tuesday and Governor Lesetja Kganyago will announce its decision on Thursday afternoon.\n\nMarkets will also watch the U.S. Federal Reserve, whose Federal Open Market Committee meets on Tuesday and Wednesday."
	for _, m := range Extract(text, day("2025-09-15"), briefs.Dateline{}).Meetings {
		if m.Place != "" {
			t.Errorf("%s: place %q, want none", m.Title, m.Place)
		}
	}
	text = "MUMBAI, Jun 4 (PTI) The Reserve Bank of India's Monetary Policy Committee began its three-day meeting here on Wednesday, and Governor Sanjay Malhotra will announce the decision on Friday."
	if ms := Extract(text, day("2025-06-04"), briefs.Dateline{}).Meetings; len(ms) != 1 || ms[0].Place != "Mumbai" {
		t.Errorf("%+v, want the RBI's meeting in Mumbai", ms)
	}
}

// TestStateNameNotPerson: "the Democratic Republic of Congo" is a state,
// not a person "of" a country (partiesrep.go stateWords); "Hakan Fidan of
// Turkey" still is.
func TestStateNameNotPerson(t *testing.T) {
	text := "LUANDA, March 3 - Leaders of the Democratic Republic of Congo and Rwanda will meet in Luanda on Friday."
	ms := Extract(text, day("2026-03-03"), briefs.Dateline{}).Meetings
	if len(ms) != 1 || !slices.Contains(ms[0].Participants, "Democratic Republic of Congo") {
		t.Errorf("%+v, want the Democratic Republic of Congo whole among the parties", ms)
	}
	if p, c, ok := personOfCountry("Hakan Fidan of Turkey"); !ok || p != "Hakan Fidan" || c == "" {
		t.Errorf("personOfCountry(Hakan Fidan of Turkey) = %q, %q, %v", p, c, ok)
	}
}
