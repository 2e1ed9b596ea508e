package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestFresh17uSet scores testdata/fresh17u.jsonl: 32 wire stories (34
// meetings) written by helper 17c in session 10 from the brief's classes
// before any rule was changed — a place implied by the dateline for past
// and upcoming meetings of a cabinet, a central bank, a parliament, a body
// at its seat, a bloc's summit at its seat, a visiting delegation; no place
// for a company's board or shareholders, a foreign cabinet, parties
// elsewhere; stated places in apposition, at offices and headquarters,
// "hosted by", a later mention; the status of a meeting under way today;
// one meeting mentioned twice. Measured once on main b368508: F1 0.909
// with dates (0.925 once a round my annotation had left out — "The last
// round took place in June" — was added to the gold), 0.955 ignoring
// dates, status 0.968, place 0.839, participants P 0.946 R 0.833. Then
// implied places (central banks at their seats, a foreign cabinet, a
// Central Committee, the EU's summit at its seat, "Chile's finance
// minister"): place 0.968. Then a counted meeting "so far this week" is
// over: status 1.000. Then "At last month's session, the committee held"
// is a meeting, with its home institution's place and parties: F1 0.941
// with dates, 0.971 ignoring dates, place 0.969, participants P 0.947 R
// 0.837. Then a weekday after an arrival's day ("arrived here on Monday
// for talks ... on Tuesday") is the one after it: F1 0.971 with and
// without dates, place 0.970, participants P 0.929 R 0.867 (the newly
// matched f17u-04 also lists Vietnam, which its minister represents).
// Then a meeting "his" owns is the subject's ("Chile's finance minister
// met ..., his second meeting"): place 1.000.
func TestFresh17uSet(t *testing.T) {
	rep := evalFile(t, "fresh17u.jsonl", 32)
	checkFloors(t, rep, floors{withDates: 0.96, noDates: 0.96, status: 0.99, place: 0.99, participants: 0.83, partPrecision: 0.92})
}

// TestImpliedPlaces17u: one story each, the dateline city as the place of a
// body meeting at home, and no place for one meeting elsewhere (the
// guideline's dateline rule, RulePlaceDateline).
func TestImpliedPlaces17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
	}{
		// a central bank sits in its own city (data/seats.tsv), not where the story is filed
		{"2026-07-21", "SINGAPORE, July 21 (Reuters) - The Bank of Japan meets next week and is expected to keep rates unchanged.", ""},
		{"2026-07-21", "TOKYO, July 21 (Reuters) - The Bank of Japan meets next week and is expected to keep rates unchanged.", "Tokyo"},
		{"2026-01-14", "FRANKFURT, Jan 14 (Reuters) - The Riksbank will hold its first policy meeting of the year on Jan. 28.", ""},
		{"2026-01-14", "STOCKHOLM, Jan 14 (Reuters) - The Riksbank will hold its first policy meeting of the year on Jan. 28.", "Stockholm"},
		// a foreign country's cabinet does not meet where the story is filed; the home one does
		{"2025-11-20", "LONDON, Nov 20 (Reuters) - France's cabinet met on Wednesday to approve a revised budget bill.", ""},
		{"2025-11-20", "LONDON, Nov 20 (Reuters) - The German cabinet met on Wednesday to approve a revised budget bill.", ""},
		{"2026-03-12", "NAIROBI, March 12 (Reuters) - Kenya's cabinet met on Tuesday and approved a bill raising the excise duty on fuel.", "Nairobi"},
		// a ruling party's Central Committee meets in the capital
		{"2024-10-15", "BEIJING, Oct 15 (Reuters) - The three-day meeting of the Chinese Communist Party's Central Committee, which began on Monday, is due to end on Wednesday.", "Beijing"},
		{"2026-01-20", "HANOI, Jan 20 (Reuters) - Vietnam's Communist Party Central Committee will meet on Friday to finalise its nominations.", "Hanoi"},
		// the EU's summits meet at its seat; NATO's move from host to host
		{"2026-06-22", "BRUSSELS, June 22 (Reuters) - European Union leaders will hold a two-day summit starting on Thursday.", "Brussels"},
		{"2026-06-22", "BRUSSELS, June 22 (Reuters) - NATO leaders will hold a summit on Thursday.", ""},
		// a country's own council, named as a U.N. body is, meets at home
		{"2026-03-05", "MOSCOW, March 5 (Reuters) - Russia's Security Council met on Wednesday, the Kremlin said.", "Moscow"},
		{"2026-03-05", "LONDON, March 5 (Reuters) - Russia's Security Council met on Wednesday, the Kremlin said.", ""},
		{"2026-05-11", "SEOUL, May 11 (Reuters) - South Korea's National Security Council is meeting this morning after the launch.", "Seoul"},
		{"2026-03-05", "UNITED NATIONS, March 5 (Reuters) - The Security Council met on Wednesday to discuss Sudan.", "United Nations"},
		// a home minister named by his country's title
		{"2026-04-09", "SANTIAGO, April 9 (Reuters) - Chile's finance minister will meet union leaders on Friday to discuss royalties.", "Santiago"},
		{"2026-04-09", "SANTIAGO, April 9 (Reuters) - Chile's finance minister will meet his Argentine counterpart on Friday.", ""},
		// a meeting "his" or "their" owns: the sentence's subject's
		{"2026-04-09", "SANTIAGO, April 9 (Reuters) - Chile's finance minister met miners' representatives on Wednesday, his second meeting with them so far this week.", "Santiago"},
		{"2026-04-09", "NAIROBI, April 9 (Reuters) - Kenya's president met opposition leaders on Wednesday, his first meeting with them since the election.", "Nairobi"},
		{"2026-04-09", "LONDON, April 9 (Reuters) - Kenya's president met opposition leaders on Wednesday, his first meeting with them since the election.", ""},
	} {
		checkFirstPlace(t, c.pub, c.text, c.place)
	}
}

// checkFirstPlace checks the place of the first meeting Extract finds in
// text published on pub.
func checkFirstPlace(t *testing.T, pub, text, place string) {
	t.Helper()
	ms := Scheduled(Extract(text, day(pub), briefs.Dateline{}).Meetings)
	if len(ms) == 0 {
		t.Errorf("%q: no meeting", text)
		return
	}
	if ms[0].Place != place {
		t.Errorf("%q:\n place %q, want %q (of %d meetings: %s)", text, ms[0].Place, place, len(ms), meetingList(ms))
	}
}

// TestFresh17u2Set scores testdata/fresh17u2.jsonl: 25 wire stories (26
// meetings) of fresh17u's kinds in other wording, countries and bodies,
// written half-way after fresh17u's implied-place rules landed and measured
// once at first sight on main 96de32a: F1 1.000 with dates and ignoring
// dates, status 0.962, place 0.885, participants P 0.886 R 0.838. Then
// "at the offices of X in City" (placeof.go officeCity): place 0.923.
// Then "entered its second and final day" is under way: status 1.000.
func TestFresh17u2Set(t *testing.T) {
	rep := evalFile(t, "fresh17u2.jsonl", 25)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.99, place: 0.92, participants: 0.83, partPrecision: 0.88})
}

// TestStatedPlaces17u: one story each, the place its sentence states.
func TestStatedPlaces17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
	}{
		// "at the offices of X in City": the offices and the city, not the host's name alone
		{"2026-03-02", "LONDON, March 2 (Reuters) - Union leaders will meet at the offices of Acas in London on Thursday to try to end the strike.", "offices of Acas, London"},
		{"2026-03-17", "SHANGHAI, March 17 (Reuters) - Creditors of the developer will meet at the offices of law firm Kirkland & Ellis in Hong Kong on March 25.", "offices of law firm Kirkland & Ellis, Hong Kong"},
		{"2026-03-02", "LONDON, March 2 (Reuters) - The two sides will meet at the offices of the conciliation service on Thursday.", "offices of the conciliation service"},
	} {
		checkFirstPlace(t, c.pub, c.text, c.place)
	}
}

// TestStatus17u: one story each, the status of the meeting it names.
func TestStatus17u(t *testing.T) {
	for _, c := range []struct {
		pub, text string
		status    briefs.Status
	}{
		// a day of a meeting under way today
		{"2025-06-25", "THE HAGUE, June 25 (Reuters) - The NATO summit entered its second and final day on Wednesday.", briefs.StatusOngoing},
		{"2025-06-25", "THE HAGUE, June 25 (Reuters) - The NATO summit, in its second day on Wednesday, is expected to endorse a new target.", briefs.StatusOngoing},
		{"2025-06-25", "DOHA, June 25 (Reuters) - Israeli and Hamas negotiators entered a third day of talks on Wednesday.", briefs.StatusOngoing},
		// said during a break in today's talks
		{"2025-06-25", "DOHA, June 25 (Reuters) - A Hamas official said during a break in the talks on Wednesday that progress had been made.", briefs.StatusOngoing},
		// one counted "so far this week" is over
		{"2025-06-25", "SANTIAGO, June 25 (Reuters) - The finance minister met miners on Wednesday, his second meeting with them so far this week.", briefs.StatusPast},
		{"2025-06-25", "VIENNA, June 25 (Reuters) - OPEC ministers, in session so far this week, will decide on output on Wednesday.", briefs.StatusOngoing},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if ms[0].Status != c.status {
			t.Errorf("%q:\n status %q, want %q", c.text, ms[0].Status, c.status)
		}
	}
}

// TestPeriodSession17u: a session named by a past period's possessive is a
// body's meeting, not a market's, and takes its home institution's place;
// "later this month" is to come whatever the verb.
func TestPeriodSession17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, place string
		status                 briefs.Status
	}{
		{"2026-05-04", "MUMBAI, May 4 (Reuters) - The Reserve Bank of India's monetary policy committee will meet on June 3. At last month's session, the committee held the repo rate.", "2026-04", "Mumbai", briefs.StatusPast},
		{"2026-05-04", "NAIROBI, May 4 (Reuters) - Lawmakers will debate the bill. At last week's session, parliament rejected an amendment.", "2026-04-27", "Nairobi", briefs.StatusPast},
		{"2026-05-04", "LONDON, May 4 (Reuters) - Stocks fell 2%. In last week's session, the FTSE 100 rose 1%.", "", "", ""},
		{"2026-05-04", "SEOUL, May 4 (Reuters) - The Bank of Korea holds rates at its meeting later this month.", "2026-05", "Seoul", briefs.StatusUpcoming},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		var got *briefs.Meeting
		for i := range ms {
			if ms[i].Date == c.date {
				got = &ms[i]
			}
		}
		switch {
		case c.date == "" && len(ms) > 0:
			t.Errorf("%q: meetings %s, want none", c.text, meetingList(ms))
		case c.date == "":
		case got == nil:
			t.Errorf("%q: no meeting on %s (%s)", c.text, c.date, meetingList(ms))
		case got.Place != c.place || got.Status != c.status:
			t.Errorf("%q: place %q status %q, want %q %q", c.text, got.Place, got.Status, c.place, c.status)
		}
	}
}

// TestHomeBodyParties17u: a body's earlier meeting that names no party
// takes the home institution of the meeting the sentence before names.
func TestHomeBodyParties17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, party string
	}{
		{"2026-04-08", "OTTAWA, April 8 (Reuters) - The Bank of Canada's governing council meets next week. At its March meeting, the governing council said it saw no case for cuts.", "2026-03", "Bank of Canada"},
		{"2026-05-04", "MUMBAI, May 4 (Reuters) - The Reserve Bank of India's monetary policy committee will meet on June 3. At last month's session, the committee held the repo rate.", "2026-04", "Reserve Bank of India"},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		found := false
		for _, m := range ms {
			found = found || m.Date == c.date && len(m.Participants) == 1 && m.Participants[0] == c.party
		}
		if !found {
			t.Errorf("%q: meetings %s, want one on %s with %s", c.text, meetingList(ms), c.date, c.party)
		}
	}
}

// TestFresh17u3Set scores testdata/fresh17u3.jsonl: 18 wire stories (19
// meetings) written after all of this session's place, status and merging
// rules had landed, in wording, countries and bodies neither fresh17u nor
// fresh17u2 used; measured once at first sight on main 9e948a8: F1 0.947
// with dates, 1.000 ignoring dates, status 0.944, place 0.944, participants
// P 1.000 R 0.870. Then a fronted phrase's date takes the main clause's
// tense, a host named as the dateline's country is here: F1 1.000 with
// dates, place 1.000, status 0.947, participants P 1.000 R 0.875.
func TestFresh17u3Set(t *testing.T) {
	rep := evalFile(t, "fresh17u3.jsonl", 18)
	checkFloors(t, rep, floors{withDates: 0.99, noDates: 0.99, status: 0.94, place: 0.99, participants: 0.86, partPrecision: 0.99})
}

// TestFronted17u: a date inside a phrase that opens the sentence takes the
// main clause's tense; a host named as the dateline's country is here.
func TestFronted17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, place string
	}{
		{"2026-03-23", "BRUSSELS, March 23 (Reuters) - At their summit on Thursday, EU leaders failed to agree on assets.", "2026-03-19", "Brussels"},
		{"2026-03-23", "BRUSSELS, March 23 (Reuters) - During talks on Friday, the two sides agreed to extend the truce.", "2026-03-20", ""},
		{"2026-03-23", "BRUSSELS, March 23 (Reuters) - At a meeting on Friday, the ministers will discuss the truce.", "2026-03-27", ""},
		{"2026-01-15", "MUSCAT, Jan 15 (Reuters) - Houthi and government negotiators will resume talks on Sunday. Oman is hosting the talks.", "2026-01-18", "Muscat"},
		{"2026-01-15", "DOHA, Jan 15 (Reuters) - Houthi and government negotiators will resume talks on Sunday. Oman is hosting the talks.", "2026-01-18", "Oman"},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) == 0 || ms[0].Date != c.date || ms[0].Place != c.place {
			t.Errorf("%q: meetings %s, want the first on %s at %q", c.text, meetingList(ms), c.date, c.place)
		}
	}
}

// TestPlaceNames17u: an initialism with no seat is the body, not a place;
// a country gives way to the city another mention names.
func TestPlaceNames17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
	}{
		{"2026-03-02", "JOHANNESBURG, March 2 (Reuters) - Defence ministers will meet at SADC on Thursday to discuss Mozambique.", ""},
		// a seated one is at its seat (data/seats.tsv)
		{"2026-03-02", "JAKARTA, March 2 (Reuters) - Foreign ministers will meet at ASEAN on Thursday to discuss Myanmar.", "Jakarta"},
		{"2026-03-02", "LAGOS, March 2 (Reuters) - Leaders will meet at ECOWAS on Thursday to discuss Mali.", "Abuja"},
		{"2026-03-05", "ABUJA, March 5 (Reuters) - ECOWAS leaders will hold an extraordinary summit on Saturday.", "Abuja"},
		{"2026-03-05", "DAKAR, March 5 (Reuters) - ECOWAS leaders will hold an extraordinary summit on Saturday.", ""},
		{"2026-03-02", "WASHINGTON, March 2 (Reuters) - Finance ministers will meet at the IMF on Thursday.", "Washington"},
		{"2026-03-02", "KAMPALA, March 2 (Reuters) - Leaders will meet in Ethiopia on Thursday. The talks in Addis Ababa will focus on Sudan.", "Addis Ababa"},
		{"2026-03-02", "MOSCOW, March 2 (Reuters) - Russian and Ukrainian delegations will meet in Turkey on Friday. The talks in Istanbul will focus on prisoners.", "Istanbul"},
		{"2026-03-02", "ADDIS ABABA, March 2 (Reuters) - Sudanese factions will meet in Ethiopia on Thursday, the AU said.", "Ethiopia"},
	} {
		checkFirstPlace(t, c.pub, c.text, c.place)
	}
}

// TestAfterArrival17u: a weekday of a purpose phrase after an arrival's day
// is the first such day on or after it.
func TestAfterArrival17u(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string
		status          briefs.Status
	}{
		{"2024-11-18", "NEW DELHI, Nov 18 (Reuters) - A Vietnamese delegation arrived here on Monday for talks with Indian officials on Tuesday.", "2024-11-19", briefs.StatusUpcoming},
		{"2024-11-20", "NEW DELHI, Nov 20 (Reuters) - A Vietnamese delegation arrived here on Monday for talks with Indian officials on Tuesday.", "2024-11-19", briefs.StatusPast},
		{"1987-02-20", "PARIS, Feb 20 - Japanese Finance Minister Kiichi Miyazawa arrived here on Friday for a meeting of the Group of Seven on Sunday.", "1987-02-22", briefs.StatusUpcoming},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) == 0 || ms[0].Date != c.date || ms[0].Status != c.status {
			t.Errorf("%q: meetings %s, want the first on %s, %s", c.text, meetingList(ms), c.date, c.status)
		}
	}
}
