package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestPlaces17q: one story each, the place of the meeting it names (the
// only one, or the first); places, status and dates of helper 17c's second
// session (fresh17q).
func TestPlaces17q(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
	}{
		// a word that opens the sentence is capitalised anyway: no city
		{"2026-02-20", "LONDON, Feb 20 (Reuters) - The union said on Friday. Pay talks with the employer will take place on 3 March.", ""},
		{"2026-05-05", "MILAN, May 5 (Reuters) - Merger talks between the two lenders will continue on Monday, a person familiar with the matter said.", ""},
		// but a city the text names elsewhere, or the dateline's, still is
		{"2026-02-20", "LONDON, Feb 20 (Reuters) - Lancaster talks will take place on 3 March. They were held in Lancaster last year.", "Lancaster"},
		// "the Nigerian capital" is Abuja now, Lagos in 1987
		{"2026-03-10", "LAGOS, March 10 (Reuters) - ECOWAS defence chiefs will meet in the Nigerian capital on Thursday.", "Abuja"},
		{"1987-03-10", "LONDON, March 10 - OPEC oil ministers will meet in the Nigerian capital on Thursday.", "Lagos"},
		{"2026-07-08", "ISTANBUL, July 8 (Reuters) - The NATO summit in the Turkish capital, which opened yesterday, closes tomorrow.", "Ankara"},
		{"2026-07-08", "ISTANBUL, July 8 (Reuters) - Ministers will meet in the Zambian capital, Lusaka, on Friday.", "Lusaka"},
		// "in this [descriptive] city" is the dateline's, as "here" is
		{"2025-10-28", "GYEONGJU, Oct 28 (Reuters) - Leaders of the 21 APEC economies will gather in this historic southeastern city on Friday for a two-day summit.", "Gyeongju"},
		{"2025-10-28", "GYEONGJU, Oct 28 (Reuters) - Leaders will meet on Friday in this city of 260,000 people.", "Gyeongju"},
		// held by video link: no venue, not the speakers' headquarters
		{"2026-06-24", "VIENNA, June 24 (Reuters) - The IAEA's Board of Governors will hold an emergency session by video link on Friday, diplomats at the agency's headquarters here said.", ""},
		{"2026-06-24", "VIENNA, June 24 (Reuters) - The IAEA's Board of Governors will hold an emergency session at the agency's headquarters on Friday, diplomats said.", "agency's headquarters, Vienna"},
		// on the sidelines of a summit the story places: the summit's place, not the host's dateline
		{"2025-10-29", "TOKYO, Oct 29 (Reuters) - Prime Minister Sanae Takaichi will hold talks with Xi Jinping on Friday on the sidelines of the APEC summit. The summit opens in Gyeongju on Friday.", "Gyeongju"},
		{"2025-10-29", "TOKYO, Oct 29 (Reuters) - Prime Minister Sanae Takaichi will hold talks with Xi Jinping in Busan on Friday on the sidelines of the APEC summit. The summit opens in Gyeongju on Friday.", "Busan"},
		// the dateline's country hosts or mediates, or its official is at home
		{"2026-09-10", "DOHA, Sept 10 (Reuters) - Afghan Taliban and Pakistani officials opened a new round of talks on Thursday, mediated by Qatar and Turkey.", "Doha"},
		{"2026-01-12", "CAIRO, Jan 12 (Reuters) - Officials from Hamas met Egyptian intelligence chief Hassan Rashad on Sunday to discuss the ceasefire.", "Cairo"},
		{"2026-01-12", "CAIRO, Jan 12 (Reuters) - Officials from Hamas met Qatari intelligence chief Hassan Rashad on Sunday to discuss the ceasefire.", ""},
		// a ministry or palace named in lower case is the venue
		{"2026-02-24", "SEOUL, Feb 24 (Reuters) - Japanese and South Korean diplomats will hold talks at the foreign ministry on Thursday.", "foreign ministry, Seoul"}, // the ministry in the dateline's city (round 12)
		// a place inside the issue a purpose clause names is the issue's
		{"2026-09-25", "ADDIS ABABA, Sept 25 (Reuters) - The African Union's Peace and Security Council will meet on Monday to review the mission in Somalia.", "Addis Ababa"},
		{"2026-09-25", "NAIROBI, Sept 25 (Reuters) - Ministers will meet on Monday to discuss it in Geneva.", "Geneva"},
		// "at" an international body is at its seat; not at its summit
		{"2026-02-16", "LONDON, Feb 16 (Reuters) - A new round of talks on the pandemic annex opened at the World Health Organization on Monday.", "Geneva"},
		{"2026-02-16", "LONDON, Feb 16 (Reuters) - The leaders will meet at the NATO summit on Monday.", ""},
		// Myanmar's capital is Naypyitaw since 2006
		{"2026-03-09", "BANGKOK, March 9 (Reuters) - The envoy will meet junta officials in the Myanmar capital on Thursday.", "Naypyitaw"},
		// a body's word before "summit" is no city; a capital or a city the text names is
		{"2026-10-13", "LONDON, Oct 13 (Reuters) - Leaders will attend the Commonwealth summit on Friday.", ""},
		{"2026-10-13", "LONDON, Oct 13 (Reuters) - Leaders will attend the G-7 Ottawa talks on Friday.", "Ottawa"},
		// a summit under way where the story is filed
		{"2026-10-16", "APIA, Oct 16 (Reuters) - The leaders' summit, which got under way on Thursday, ends on Saturday.", "Apia"},
		{"2026-10-16", "APIA, Oct 16 (Reuters) - The leaders' summit, which got under way in Kigali on Thursday, ends on Saturday.", "Kigali"},
		// the next sentence's "The meeting will be held in Vienna's Hofburg palace"
		{"2026-03-09", "BERN, March 9 (Reuters) - OSCE foreign ministers will meet next month. The meeting will be held in Vienna's Hofburg palace.", "Hofburg palace, Vienna"},
		// the Fed sits in Washington: not a New York dateline's meeting
		{"2025-10-30", "NEW YORK, Oct 30 (Reuters) - The Federal Reserve's policy committee meets next week.", ""},
		{"2025-10-30", "WASHINGTON, Oct 30 (Reuters) - The Federal Reserve's policy committee meets next week.", "Washington"},
	} {
		checkFirstPlace(t, c.pub, c.text, c.place)
	}
}

// TestNoParty17q: a word capitalised only because it opens the sentence is
// no party of the meeting.
func TestNoParty17q(t *testing.T) {
	text := "MILAN, May 5 (Reuters) - Merger talks between the two lenders will continue on Monday."
	ms := Scheduled(Extract(text, day("2026-05-05"), briefs.Dateline{}).Meetings)
	if len(ms) != 1 || len(ms[0].Participants) != 0 {
		t.Errorf("%q: meetings %+v, want one with no participants", text, ms)
	}
}

// TestDates17q: one sentence each, the date and status of the meeting it
// names.
func TestDates17q(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string
		status          briefs.Status
	}{
		// a month where a decision may come: the view's past tense does not move it
		{"2025-11-18", "WASHINGTON, Nov 18 (Reuters) - Fed Governor Christopher Waller said on Monday he favoured a cut at the Fed's December meeting.", "2025-12", briefs.StatusUpcoming},
		{"2025-10-30", "NEW YORK, Oct 30 (Reuters) - Traders had priced in another quarter-point cut at the Federal Reserve's December meeting before Powell spoke.", "2025-12", briefs.StatusUpcoming},
		{"2025-11-18", "WASHINGTON, Nov 18 (Reuters) - Waller said a hike at the Fed's December meeting was unlikely.", "2025-12", briefs.StatusUpcoming},
		// the meeting's own past action still does
		{"2025-12-15", "TOKYO, Dec 15 (Reuters) - The BOJ last raised rates at its January meeting.", "2025-01", briefs.StatusPast},
		{"2025-11-18", "WASHINGTON, Nov 18 (Reuters) - The Fed cut rates at its December meeting.", "2024-12", briefs.StatusPast},
		// opened today after the words that qualify the round; returned today for the session: under way
		{"2026-02-16", "GENEVA, Feb 16 (Reuters) - A new round of negotiations on a pathogen-sharing annex to the pandemic agreement opened at the World Health Organization on Monday.", "2026-02-16", briefs.StatusOngoing},
		{"2026-03-03", "NAIROBI, March 3 (Reuters) - Members of Kenya's National Assembly returned on Tuesday for the regular session after a two-month recess.", "2026-03-03", briefs.StatusOngoing},
		{"2026-03-03", "NAIROBI, March 3 (Reuters) - The minister said talks with the unions on the pay deal will resume on Tuesday afternoon.", "2026-03-03", briefs.StatusUpcoming},
		// opened yesterday, closes tomorrow: under way, the clause after "in the capital" is the summit's
		{"2026-07-08", "ISTANBUL, July 8 (Reuters) - The NATO summit in the Turkish capital, which opened yesterday, closes tomorrow with a declaration.", "2026-07-07", briefs.StatusOngoing},
		{"2026-07-08", "ISTANBUL, July 8 (Reuters) - The NATO summit, which opened on Tuesday, closes on Thursday.", "2026-07-07", briefs.StatusOngoing},
		{"2026-05-13", "KYIV, May 13 (Reuters) - The talks in Istanbul, which began on Monday, continue on Wednesday with a session on prisoners.", "2026-05-11", briefs.StatusOngoing},
		// begun today past the words that qualify the talks, by a start verb of their own, or kicked off
		{"2026-02-25", "NAIROBI, Feb 25 (Reuters) - Talks between Sudan's army and the paramilitary forces resumed in Jeddah on Wednesday.", "2026-02-25", briefs.StatusOngoing},
		{"2026-01-19", "DUBLIN, Jan 19 (Reuters) - The Senate reconvened on Monday after the recess.", "2026-01-19", briefs.StatusOngoing},
		{"2026-11-13", "LONDON, Nov 13 (Reuters) - Britain and India kicked off a new round of negotiations on Friday.", "2026-11-13", briefs.StatusOngoing},
		{"2026-02-25", "NAIROBI, Feb 25 (Reuters) - Talks between the two sides ended and the rebels began a new offensive on Wednesday.", "2026-02-25", briefs.StatusPast},
		// "in three weeks" in a clause about the future is that week; not "the first meeting in two months"
		{"2026-05-19", "QUITO, May 19 (Reuters) - The two foreign ministers will meet in three weeks to sign the accord.", "2026-06-08", briefs.StatusUpcoming},
		{"2026-05-19", "QUITO, May 19 (Reuters) - The board will hold its first meeting in two months on Friday.", "2026-05-22", briefs.StatusUpcoming},
		// a relative clause past "of OPEC's research committee" is the conference's
		{"2026-06-03", "VIENNA, June 3 (Reuters) - The three-day conference of OPEC's research committee, which began on Tuesday, ends on Thursday.", "2026-06-02", briefs.StatusOngoing},
		// "wrapped up two days of talks" today: they ended, begun yesterday
		{"2026-12-01", "BEIJING, Dec 1 (Reuters) - Chinese and Japanese diplomats wrapped up two days of talks on Tuesday.", "2026-11-30", briefs.StatusPast},
		// back at the bargaining table today: under way; to return on Thursday: to come
		{"2026-09-02", "ROTTERDAM, Sept 2 (Reuters) - The port operator and the union returned to the bargaining table on Wednesday.", "2026-09-02", briefs.StatusOngoing},
		{"2026-09-02", "ROTTERDAM, Sept 2 (Reuters) - The port operator and the union will return to the bargaining table on Thursday.", "2026-09-03", briefs.StatusUpcoming},
		// a weekday written before its date is that date, whatever today is
		{"2026-12-05", "The committee will meet on Tuesday 12 May 2026 to discuss the plan.", "2026-05-12", briefs.StatusPast},
		{"2026-04-28", "The committee will meet on Tuesday 12 May 2026 to discuss the plan.", "2026-05-12", briefs.StatusUpcoming},
		{"2026-04-28", "LONDON, April 28 (Reuters) - The committee will meet on Thursday, 7 May, to decide.", "2026-05-07", briefs.StatusUpcoming},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if m := ms[0]; m.Date != c.date || m.Status != c.status {
			t.Errorf("%q:\n got %s %s, want %s %s (of %d meetings: %s)", c.text, m.Date, m.Status, c.date, c.status, len(ms), meetingList(ms))
		}
	}
}

// TestEarlierMeeting17q: "At its February meeting" after a sentence on a
// home institution's next meeting is at home too; a company's is nowhere.
func TestEarlierMeeting17q(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"WELLINGTON, April 8 (Reuters) - The Reserve Bank of New Zealand's monetary policy committee meets next week. At its February meeting, the committee cut the cash rate.", "Wellington"},
		{"WELLINGTON, April 8 (Reuters) - Fonterra's board meets next week. At its February meeting, the board cut the payout forecast.", ""},
	} {
		found := false
		for _, m := range Scheduled(Extract(c.text, day("2026-04-08"), briefs.Dateline{}).Meetings) {
			if m.Date == "2026-02" {
				found = true
				if m.Place != c.place {
					t.Errorf("%q: February meeting's place %q, want %q", c.text, m.Place, c.place)
				}
			}
		}
		if !found {
			t.Errorf("%q: no February meeting", c.text)
		}
	}
}

// TestPostponed17q: talks "postponed indefinitely" are called off even
// with a relative clause between them and the cue.
func TestPostponed17q(t *testing.T) {
	text := "CAIRO, May 19 (Reuters) - Talks between the army and the rebels, which had been due to open in Jeddah on Thursday, have been postponed indefinitely, mediators said."
	if ms := Scheduled(Extract(text, day("2026-05-19"), briefs.Dateline{}).Meetings); len(ms) > 0 {
		t.Errorf("%q: meetings %s, want none scheduled", text, meetingList(ms))
	}
}

// TestSidelines17q: talks on the margins of a conference the next sentence
// places and dates: the talks take its place, and the conference is one
// meeting, on its own day.
func TestSidelines17q(t *testing.T) {
	text := "BERLIN, Feb 12 (Reuters) - Chancellor Friedrich Merz will meet JD Vance on Saturday on the margins of the Munich Security Conference. The conference opens in Munich on Friday."
	ms := Scheduled(Extract(text, day("2026-02-12"), briefs.Dateline{}).Meetings)
	if len(ms) != 2 {
		t.Fatalf("%q: meetings %s, want two", text, meetingList(ms))
	}
	for _, m := range ms {
		if m.Place != "Munich" {
			t.Errorf("%q: %s at %q, want Munich", text, m.Title, m.Place)
		}
	}
}

// TestPreparatory17q: a preparatory session held today and the ministers'
// meeting it prepares are two meetings.
func TestPreparatory17q(t *testing.T) {
	text := "WASHINGTON, Feb 24 (Reuters) - Deputy ministers of the Organization of American States held a preparatory session on Tuesday ahead of Thursday's meeting of the bloc's foreign ministers."
	if ms := Scheduled(Extract(text, day("2026-02-24"), briefs.Dateline{}).Meetings); len(ms) != 2 {
		t.Errorf("%q: meetings %s, want two", text, meetingList(ms))
	}
}

// TestReceive17q: receiving the group of a named party is a meeting,
// receiving a letter from one is not; a group of named states gathers.
func TestReceive17q(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"ABUJA, Oct 16 (Reuters) - President Bola Tinubu will receive the leaders of the three Sahel states on Monday.", 1},
		{"ABUJA, Oct 16 (Reuters) - President Bola Tinubu will receive a letter from the three Sahel states on Monday.", 0},
		// a group named by a lowercase plural after its "from" complement gathers
		{"ALEXANDRIA, Oct 16 (Reuters) - Energy ministers from the Gulf states will gather in Cairo on Monday.", 1},
		{"ALEXANDRIA, Oct 16 (Reuters) - Tourists from the Gulf states will gather in Cairo on Monday.", 0},
	} {
		if ms := Scheduled(Extract(c.text, day("2026-10-16"), briefs.Dateline{}).Meetings); len(ms) != c.n {
			t.Errorf("%q: meetings %s, want %d", c.text, meetingList(ms), c.n)
		}
	}
}
