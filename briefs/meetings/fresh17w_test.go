package meetings

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestFresh17wSet scores testdata/fresh17w.jsonl: 34 wire stories (32
// meetings) written for helper 17e's session on missed meetings and dates
// from the wrong anchor — a meeting that is the object of "address", "open",
// "attend", "travels to ... for"; committee hearings ("heard from", "will
// take oral evidence from", "gave evidence to", "heard testimony", "told the
// committee on Monday"); a meeting named by its kind and a modifier ("a
// two-day video summit", "a working lunch"); a time in a relative clause;
// the second object of "met X in A on Wednesday and Y in B on Thursday";
// "as planned"; the reporting verb's day beside a meeting with its own or
// no date; deadlines, "late on Monday", a dateline-only annual meeting;
// "likely to meet later this month"; no meeting for cancelled talks, news
// conferences, funerals, factory openings — annotated by the guideline and
// measured once on main ed10b2e before any rule change: F1 0.793 with
// dates, 0.828 ignoring dates, status 0.870, place 0.870, participants
// P 0.865 R 0.889. Then committee hearings told by "heard from", "take
// oral evidence from", "gave evidence to", "told the ... committee on
// Monday": F1 0.871 with dates, 0.903 ignoring, status 0.889, place 0.852,
// participants P 0.864 R 0.844 (three hearings more matched, two of them
// missing their witness or committee as a party). Then a reporting verb's
// own day ("said on Thursday", "told a news conference on Tuesday") is not
// the day of a meeting in what it reports: F1 0.933 with and ignoring
// dates, status 0.893, place 0.857, participants P 0.848 R 0.848 (the Arab
// League meeting now matched names its topic's "Gaza" as a party). Then
// "are likely to meet later this month" is upcoming: status 0.964. Then
// "a working lunch", "a two-day video summit" (no venue): F1 0.968 with
// and ignoring dates, status 0.967, place 0.867, participants P 0.857
// R 0.857. Then a second object with its own place ("met X in Manila on
// Wednesday and Y in Hanoi on Thursday"): F1 0.984, place 0.871,
// participants P 0.880 R 0.863. Then the committee a witness gives
// evidence to or tells takes part: participants P 0.882 R 0.882.
func TestFresh17wSet(t *testing.T) {
	rep := evalFile(t, "fresh17w.jsonl", 34)
	checkFloors(t, rep, floors{withDates: 0.98, noDates: 0.98, status: 0.95, place: 0.84, participants: 0.87, partPrecision: 0.87})
}

// TestHearingVerbs17w: a committee's hearing told by other verbs than
// "hear testimony" and "testify" (mention.go hearsWitness, testifies), and
// the same verbs where no committee sits.
func TestHearingVerbs17w(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string // date "": no meeting
	}{
		{"2026-05-07", "LONDON, May 7 - The Public Accounts Committee heard from the head of the tax authority on Tuesday about lost revenue.", "2026-05-05"},
		{"2026-05-07", "LONDON, May 7 - The Home Affairs Committee will take oral evidence from police chiefs on Monday, it said.", "2026-05-11"},
		{"2026-05-07", "LONDON, May 7 - The regulator's chief gave evidence to the Commons transport committee on Wednesday.", "2026-05-06"},
		{"2026-05-07", "OTTAWA, May 7 - The airline's chief executive told the Senate transport committee on Monday that fares would rise.", "2026-05-04"},
		{"2026-05-07", "LONDON, May 7 - The minister told reporters on Monday that fares would rise.", ""},
		{"2026-05-07", "LONDON, May 7 - The minister told the committee that fares would rise, aides said on Monday.", ""},
		{"2026-05-07", "LONDON, May 7 - The singer heard from her lawyer on Tuesday about the contract.", ""},
		{"2026-05-07", "LONDON, May 7 - The chairman gave a speech to the committee's staff on Tuesday.", ""},
	} {
		if got := lastMeetingDate(c.pub, c.text); got != c.date {
			t.Errorf("%q: meeting date %q, want %q", c.text, got, c.date)
		}
	}
}

// TestReportingDay17w: a reporting verb's own day is not the day of a
// meeting in what it reports (assign.go reportsOther), but stays the day of
// a meeting its clause goes on to.
func TestReportingDay17w(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string // date "": no meeting
	}{
		{"2026-05-07", "PARIS, May 7 - The foreign minister said on Tuesday she would hold talks with her German counterpart to settle the dispute.", ""},
		{"2026-05-07", "PARIS, May 7 - The spokesman told reporters on Monday that the two sides would meet again next week.", "2026-05-11"},
		{"2026-05-07", "PARIS, May 7 - The minister said in a statement on Wednesday that OPEC ministers would meet in Vienna on June 2.", "2026-06-02"},
		{"2026-05-07", "PARIS, May 7 - The minister told reporters on Tuesday after talks with his Italian counterpart that progress had been made.", "2026-05-05"},
	} {
		if got := lastMeetingDate(c.pub, c.text); got != c.date {
			t.Errorf("%q: meeting date %q, want %q", c.text, got, c.date)
		}
	}
}

// TestLaterThisMonth17w: a meeting "likely to" or "due to" happen, or one
// "later this month", is still to come though its month holds the day
// (tense.go prospectWords, fromtimex.go redirect).
func TestLaterThisMonth17w(t *testing.T) {
	for _, c := range []struct {
		pub, text string
		status    briefs.Status
	}{
		{"2026-05-07", "SEOUL, May 7 - Trade negotiators from the two countries are likely to meet later this month, officials said.", briefs.StatusUpcoming},
		{"2026-05-07", "SEOUL, May 7 - The central bank's monetary policy board meets later this month to set rates.", briefs.StatusUpcoming},
		{"2026-05-07", "SEOUL, May 7 - The finance minister is due to hold talks with his Japanese counterpart this month.", briefs.StatusUpcoming},
		{"2026-05-07", "SEOUL, May 7 - The finance minister held talks with his Japanese counterpart earlier this month.", briefs.StatusPast},
	} {
		res := Extract(c.text, day(c.pub), briefs.Dateline{})
		ms := Scheduled(res.Meetings)
		if len(ms) != 1 || ms[0].Status != c.status {
			t.Errorf("%q: meetings %+v, want one %s", c.text, ms, c.status)
		}
	}
}

// TestKindModifier17w: a meeting named only by its kind and a modifier, "a
// working lunch", "a two-day video summit" (mention.go isMeetingNoun; a
// video one has no venue: homeplace.go remoteNouns), not a lunch or a
// video that is no gathering.
func TestKindModifier17w(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, place string // date "": no meeting
	}{
		{"2026-05-07", "BERLIN, May 7 - The chancellor will host the Dutch prime minister for a working breakfast on Monday, her office said.", "2026-05-11", "Berlin"},
		{"2026-05-07", "BERLIN, May 7 - Finance ministers of the euro zone held a video meeting on Tuesday on bank rules.", "2026-05-05", ""},
		{"2026-05-07", "BERLIN, May 7 - The chancellor attended a charity lunch on Monday, her office said.", "", ""},
		{"2026-05-07", "BERLIN, May 7 - The party posted a video of the rally on Monday.", "", ""},
	} {
		res := Extract(c.text, day(c.pub), briefs.Dateline{})
		ms := Scheduled(res.Meetings)
		got, place := "", ""
		for _, m := range ms {
			got, place = m.Date, m.Place
		}
		if got != c.date || place != c.place {
			t.Errorf("%q: meeting %q at %q, want %q at %q", c.text, got, place, c.date, c.place)
		}
	}
}

// TestFresh17w2Set scores testdata/fresh17w2.jsonl: 30 more wire stories
// (28 meetings) of fresh17w's kinds in other words, countries and bodies —
// "address", "open", "fly to ... for", "take part in", "chair"; hearings
// "heard evidence from", "took evidence from", "gave testimony to",
// "grilled", "appeared before"; "a virtual summit", "an informal dinner",
// "a working breakfast"; "which reopen on Thursday"; two objects with their
// own days; "as scheduled"; "told parliament on Wednesday", "said in an
// interview on Sunday", "told a briefing on Thursday"; deadlines, "late on
// Sunday", "earlier on Tuesday"; "set to meet later this week", "due to
// meet this month"; no meeting for postponed talks, an address to the
// nation, a wedding, an embassy — written half-way, after fresh17w's rules
// landed, and measured once on main f648174 before any rule change: F1
// 0.906 with dates, 0.943 ignoring dates, status 1.000, place 0.875,
// participants P 0.893 R 0.735. Then hearings "gave testimony to",
// "grilled" with no auxiliary, "appeared before ... on Tuesday" (past): F1
// 0.982 with and ignoring dates, status 1.000, place 0.889, participants
// P 0.906 R 0.725 (the new hearings lack their committee as a party).
// Then "held talks with X in Cairo on Tuesday and with Y in Algiers on
// Thursday": F1 1.000, place 0.893, participants P 0.939 R 0.738. Then
// the committee a witness gives testimony to or appears before takes
// part: participants P 0.943 R 0.786.
func TestFresh17w2Set(t *testing.T) {
	rep := evalFile(t, "fresh17w2.jsonl", 30)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.88, participants: 0.78, partPrecision: 0.93})
}

// TestHearingVerbs17w2: the hearing verbs fresh17w2 showed — "gave
// testimony to", a committee that "grilled" a minister with no auxiliary,
// "appeared before the standing committee on transport on Tuesday" (past:
// "before" after "appeared" is no time to come, "standing" before a body
// no verb; tense.go appearVerbs) — and "grilled" with no committee.
func TestHearingVerbs17w2(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string // date "": no meeting
	}{
		{"2026-05-07", "CANBERRA, May 7 - The airline's chairman gave testimony to the Senate rural affairs committee on Monday.", "2026-05-04"},
		{"2026-05-07", "PARIS, May 7 - The National Assembly's finance committee grilled the budget minister on Tuesday over the deficit.", "2026-05-05"},
		{"2026-05-07", "OTTAWA, May 7 - The bank's chief executive appeared before the Commons standing committee on finance on Tuesday.", "2026-05-05"},
		{"2026-05-07", "PARIS, May 7 - The chef grilled fish for the guests on Tuesday.", ""},
	} {
		if got := lastMeetingDate(c.pub, c.text); got != c.date {
			t.Errorf("%q: meeting date %q, want %q", c.text, got, c.date)
		}
	}
}

// TestSecondObjectPlace17w: "met X in A on Wednesday and Y in B on
// Thursday", "held talks with X in A on Tuesday and with Y in B on
// Thursday" are two meetings, each with its own place and day
// (conjoined.go secondObjects, pastPlace, secondPlace); a second clause
// with its own verb is none.
func TestSecondObjectPlace17w(t *testing.T) {
	for _, c := range []struct {
		pub, text string
		want      []string // "date place" of each meeting
	}{
		{"2026-05-07", "LONDON, May 7 - The envoy met President William Ruto in Nairobi on Monday and Prime Minister Abiy Ahmed in Addis Ababa on Wednesday.", []string{"2026-05-04 Nairobi", "2026-05-06 Addis Ababa"}},
		{"2026-05-07", "LONDON, May 7 - The minister held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday and with the Emir of Qatar in Doha on Tuesday.", []string{"2026-05-03 Riyadh", "2026-05-05 Doha"}},
		{"2026-05-07", "LONDON, May 7 - The minister met President Emmanuel Macron in Paris on Monday and Parliament voted on the budget on Tuesday.", []string{"2026-05-04 Paris"}},
	} {
		res := Extract(c.text, day(c.pub), briefs.Dateline{})
		var got []string
		for _, m := range Scheduled(res.Meetings) {
			got = append(got, m.Date+" "+m.Place)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: meetings %q, want %q", c.text, got, c.want)
		}
	}
}

// TestLowerGroupObject17w: a meeting verb whose object is a lower-case
// group or body, "will meet the regulator", "hospital managers", "the
// airline's management" (mention.go lowerGroup), not a goal it meets.
func TestLowerGroupObject17w(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string // date "": no meeting
	}{
		{"2026-05-07", "LONDON, May 7 - The water company will meet the regulator on Monday to discuss its plan.", "2026-05-11"},
		{"2026-05-07", "LONDON, May 7 - Nurses' leaders will meet hospital managers on Friday.", "2026-05-08"},
		{"2026-05-07", "LONDON, May 7 - The pilots met the airline's management on Tuesday.", "2026-05-05"},
		{"2026-05-07", "LONDON, May 7 - The company met the needs of its customers on Tuesday.", ""},
		{"2026-05-07", "LONDON, May 7 - The bank will meet investors' expectations on Monday, analysts said.", ""},
	} {
		if got := lastMeetingDate(c.pub, c.text); got != c.date {
			t.Errorf("%q: meeting date %q, want %q", c.text, got, c.date)
		}
	}
}

// TestWitnessCommittee17w: the committee a witness gives evidence to or
// appears before takes part in the hearing (conjoined.go witnessCommittee).
func TestWitnessCommittee17w(t *testing.T) {
	for _, c := range []struct{ pub, text, party string }{
		{"2026-05-07", "CANBERRA, May 7 - The airline's chairman gave evidence to the Senate rural affairs committee on Monday.", "Senate rural affairs committee"},
		{"2026-05-07", "OTTAWA, May 7 - The bank's chief executive appeared before the Commons standing committee on finance on Tuesday.", "Commons standing committee on finance"},
	} {
		res := Extract(c.text, day(c.pub), briefs.Dateline{})
		ms := Scheduled(res.Meetings)
		if len(ms) != 1 || !slices.Contains(ms[0].Participants, c.party) {
			t.Errorf("%q: meetings %+v, want one with %q", c.text, ms, c.party)
		}
	}
}
