package meetings

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// The fresh sets of helper 17d (issue 17: which meetings wire stories name,
// their dates, status and place), each written from the class descriptions
// before any rule was changed with it in view, and measured once first.

// TestFresh17d2Set scores testdata/fresh17d2.jsonl: 30 stories (33
// meetings, two stories with none) in new wordings of the same classes,
// measured once on main 99fe597: F1 0.921 with dates, status 0.897, place
// 0.862, participants P 0.854 R 0.854. Then fixed with them in view (F1
// 1.000, status 1.000, place 1.000; story 18's gold moved to past, the
// convention of unseen17x story 9).
func TestFresh17d2Set(t *testing.T) {
	rep := evalFile(t, "fresh17d2.jsonl", 30)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.80, partPrecision: 0.85})
}

// TestFresh17d3Set scores testdata/fresh17d3.jsonl: 18 stories (20
// meetings, two stories with none), the last first-sight check, measured
// once on main 897599c: F1 0.974 with dates, status 1.000, place 0.895,
// participants P 0.962 R 0.833. Then "will call on Crown Prince Abdullah"
// (one name after a title) was found, the two days of "King Fahd will
// receive X on Tuesday, and X will call on Y on Wednesday" kept apart, and
// a king at home gives Riyadh (F1 1.000, place 0.950).
func TestFresh17d3Set(t *testing.T) {
	rep := evalFile(t, "fresh17d3.jsonl", 18)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.75, partPrecision: 0.85})
}

// TestFresh17d1Set scores testdata/fresh17d1.jsonl: 27 stories (31
// meetings, two stories with none), measured once on main 2e3e960: F1 0.830
// with dates (nine meetings missed), status 0.955, place 0.818,
// participants P 0.833 R 0.833. Then fixed with them in view (F1 1.000,
// place 0.935, status 1.000; participants, another helper's area, R 0.78
// as the meetings found since name parties the rules miss).
func TestFresh17d1Set(t *testing.T) {
	rep := evalFile(t, "fresh17d1.jsonl", 27)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.75, partPrecision: 0.80})
}

// TestHeads17d: sentences whose meeting is told by a head the rules found
// only after the fresh17d sets, and near misses that stay no meeting.
func TestHeads17d(t *testing.T) {
	for _, c := range []struct {
		pub, text, date string // date "": no meeting
	}{
		{"1987-03-16", "OTTAWA, March 16 - Union and management negotiators will resume their negotiation on Wednesday, a union spokesman said.", "1987-03-18"},
		{"1987-01-20", "ROME, Jan 20 - Goria will meet central bank governor Carlo Azeglio Ciampi on Friday to discuss the lira.", "1987-01-23"},
		{"1987-01-20", "SEOUL, Jan 20 - The president met opposition leader Kim Young-sam on Monday.", "1987-01-19"},
		{"1987-01-20", "VIENNA, Jan 20 - The committee found no violations when it met earlier today, delegates said.", "1987-01-20"},
		{"1987-01-14", "CAIRO, Jan 14 - Officials said they will hold another round later this week.", "1987-01-12"},
		{"1987-02-11", "BONN, Feb 11 - West German and Soviet officials ended two days of talks on a cultural agreement today. They will resume next month in Moscow.", "1987-03"},
		{"1987-06-08", "SYDNEY, June 8 - Qantas Airways Ltd and the pilots' union will return to the negotiating table on Tuesday, a union official said.", "1987-06-09"},
		{"1987-06-08", "SYDNEY, June 8 - The union said on Monday that the dispute would not be settled at the negotiating table.", ""},
		{"1987-04-13", "TOKYO, April 13 - Prime Minister Yasuhiro Nakasone met the heads of Japan's four largest securities houses, Nomura, Daiwa, Nikko and Yamaichi, on Friday to urge them to buy U.S. Treasury bonds, officials said.", "1987-04-10"},
		{"1987-06-03", "VATICAN CITY, June 3 - Pope John Paul will receive President Reagan at the Vatican on Saturday.", "1987-06-06"},
		{"1987-06-03", "VATICAN CITY, June 3 - The Pope received President Reagan's letter on Monday, a spokesman said.", ""},
		{"1987-02-11", "BONN, Feb 11 - Trading in the shares was halted today. It will resume on Monday.", ""},
		{"1987-05-11", "PEKING, May 11 - A Japanese trade mission arrived in Peking on Sunday for three days of talks with Chinese leaders.", "1987-05-10"},
		{"1987-02-17", "WASHINGTON, Feb 17 - The Senate Banking Committee will question Federal Reserve Board Chairman Paul Volcker on Thursday, aides said.", "1987-02-19"},
		{"1987-02-17", "WASHINGTON, Feb 17 - Police will question Smith on Thursday about the robbery, officials said.", ""},
		{"1987-01-20", "LONDON, Jan 20 - The company met analysts' expectations in March, it said.", ""},
		{"1987-01-20", "LONDON, Jan 20 - Output will meet domestic demand in March, the ministry said.", ""},
		{"1987-01-20", "LONDON, Jan 20 - The dispute can only be settled by negotiation, he said on Monday.", ""},
	} {
		if got := lastMeetingDate(c.pub, c.text); got != c.date {
			t.Errorf("%q: meeting date %q, want %q", c.text, got, c.date)
		}
	}
}

// TestPlaceStatus17d: the place and status rules written after fresh17d1.
func TestPlaceStatus17d(t *testing.T) {
	for _, c := range []struct {
		pub, text, place string
		status           briefs.Status
	}{
		{"1987-08-18", "SINGAPORE, Aug 18 - ASEAN economic ministers will meet in the Malaysian capital on Thursday to prepare for the December summit in Manila, officials said.", "Kuala Lumpur", briefs.StatusUpcoming},
		{"1987-10-06", "HARARE, Oct 6 - Foreign ministers of the Front-Line states will meet in the Zambian capital, Lusaka, on Saturday, officials said.", "Lusaka", briefs.StatusUpcoming},
		{"2025-09-01", "SUVA, Sept 1 (AP) - Pacific Islands Forum leaders will gather in the Solomon Islands capital next week for their annual meeting.", "Honiara", briefs.StatusUpcoming}, // a two-word country (place.go nationalCapital)
		{"2025-09-01", "JOHANNESBURG, Sept 1 - SADC finance ministers will meet in the Namibian capital on Friday, officials said.", "Windhoek", briefs.StatusUpcoming},                      // data/capitals.tsv
		{"1987-01-14", "CAIRO, Jan 14 - Egyptian and Israeli officials held talks on the Taba border dispute in Cairo on Monday, a spokesman said.", "Cairo", briefs.StatusPast},
		{"1987-01-14", "LONDON, Jan 14 - Ministers will hold talks on Friday to end the strike at Dover, officials said.", "", briefs.StatusUpcoming},
		{"1987-02-23", "BRUSSELS, Feb 23 - EC foreign ministers, who were meeting in Brussels today, called for a quick settlement.", "Brussels", briefs.StatusOngoing},
		{"1987-07-22", "GENEVA, July 22 - U.S. and Soviet arms negotiators held a two-hour meeting on space weapons at the U.S. mission today, a spokesman said.", "U.S. mission, Geneva", briefs.StatusPast},
		{"1987-10-20", "WASHINGTON, Oct 20 - President Reagan is meeting his economic advisers this morning to discuss the stock market, a spokesman said.", "Washington", briefs.StatusOngoing},
		{"1987-08-24", "RIYADH, Aug 24 - King Fahd will receive Egyptian Foreign Minister Esmat Abdel-Meguid on Tuesday, the Saudi Press Agency said.", "Riyadh", briefs.StatusUpcoming},
		{"2025-07-21", "LONDON, July 21 (Reuters) - The European Central Bank's Governing Council meets on Thursday and is expected to leave rates unchanged.", "", briefs.StatusUpcoming},
		{"2025-10-09", "New Delhi, Oct 9 (IANS) Union Home Minister Amit Shah will chair a high-level meeting on Friday to review the security situation in Jammu and Kashmir, officials said.", "New Delhi", briefs.StatusUpcoming},
		{"1987-05-11", "MADRID, May 11 - Spain and the United States will continue their negotiations on the future of U.S. bases, launched in July 1986, a spokesman said.", "", briefs.StatusOngoing},
	} {
		res := Extract(c.text, day(c.pub), briefs.Dateline{})
		ms := Scheduled(res.Meetings)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		if ms[0].Place != c.place || ms[0].Status != c.status {
			t.Errorf("%q: place %q status %s, want %q %s", c.text, ms[0].Place, ms[0].Status, c.place, c.status)
		}
	}
	// "held talks in Cairo on Monday and will hold another round later this
	// week": the round is not placed in Cairo.
	res := Extract("CAIRO, Jan 14 - Egyptian and Israeli officials held talks on the Taba border dispute in Cairo on Monday and will hold another round later this week, a spokesman said.", day("1987-01-14"), briefs.Dateline{})
	for _, m := range Scheduled(res.Meetings) {
		if m.Status == briefs.StatusUpcoming && m.Place != "" {
			t.Errorf("the next round took the place %q of the first", m.Place)
		}
	}
}

// TestRelativeDay17d: a meeting dated only against the one said before it
// (RuleDateRelative), and offsets that name their own anchor.
func TestRelativeDay17d(t *testing.T) {
	for _, c := range []struct {
		text        string
		date, place string // of the last meeting found
	}{
		{"BONN, Nov 2 - Kohl and Mitterrand will hold a summit in Karlsruhe on November 12, a spokesman said. The two countries' defence ministers will hold their own talks there the day before.", "1987-11-11", "Karlsruhe"},
		{"BONN, Nov 2 - Kohl and Mitterrand will hold a summit in Karlsruhe on November 12, a spokesman said. Their foreign ministers will meet two days later in Bonn.", "1987-11-14", "Bonn"},
		{"BONN, Nov 2 - Kohl and Mitterrand will hold a summit in Karlsruhe on November 12, a spokesman said. Their aides will meet a day later than planned.", "1987-11-12", "Karlsruhe"},
	} {
		res := Extract(c.text, day("1987-11-02"), briefs.Dateline{})
		ms := Scheduled(res.Meetings)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		last := ms[len(ms)-1]
		if last.Date != c.date || last.Place != c.place {
			t.Errorf("%q: last meeting %s in %q, want %s in %q", c.text, last.Date, last.Place, c.date, c.place)
		}
	}
}

// TestItinerary17d: "meet X in A on Monday and fly to B on Tuesday for
// talks" is two meetings with their own days and places; a trip that opens
// the sentence keeps its day off the talks.
func TestItinerary17d(t *testing.T) {
	res := Extract("WASHINGTON, Jan 15 - Treasury Secretary James Baker will meet Japanese Finance Minister Kiichi Miyazawa in Tokyo on Monday and fly to Seoul on Tuesday for talks with South Korean officials, the Treasury said.", day("1987-01-15"), briefs.Dateline{})
	got := map[string]string{}
	for _, m := range Scheduled(res.Meetings) {
		got[m.Date] = m.Place
	}
	if got["1987-01-19"] != "Tokyo" || got["1987-01-20"] != "Seoul" || len(got) != 2 {
		t.Errorf("meetings (date: place) %v, want 1987-01-19: Tokyo and 1987-01-20: Seoul", got)
	}
	// Round 24 (place.go journeyDate): talks named after a flight take its
	// day, as five read sets' annotators date them, unless the next
	// sentences date the meetings themselves, as here.
	res = Extract("BRASILIA, June 24 - The finance minister will fly to Washington on Friday for talks with Treasury Secretary James Baker, the ministry said. He will meet Baker on Monday, a spokesman said.", day("1987-06-24"), briefs.Dateline{})
	for _, m := range Scheduled(res.Meetings) {
		if m.Date == "1987-06-26" {
			t.Errorf("the talks took the day of the flight: %+v", m)
		}
	}
	res = Extract("WASHINGTON, Sept 28 - A Chinese military delegation arrived here today for a week of talks with U.S. defence officials.", day("1987-09-28"), briefs.Dateline{})
	if ms := Scheduled(res.Meetings); len(ms) != 1 || ms[0].Status != briefs.StatusOngoing || ms[0].EndDate != "1987-10-04" {
		t.Errorf("a week of talks from today: %+v, want one ongoing meeting to 1987-10-04", ms)
	}
}

// TestSecondObject17d: a meeting verb with two objects, each with its own
// day, is two meetings (RuleHeadSecondObject); one object with a list is one.
func TestSecondObject17d(t *testing.T) {
	for _, c := range []struct {
		pub, text string
		dates     []string
	}{
		{"1987-04-03", "LONDON, April 3 - Israeli Foreign Minister Shimon Peres will meet Prime Minister Margaret Thatcher on Monday and Foreign Secretary Sir Geoffrey Howe on Tuesday, the Foreign Office said.", []string{"1987-04-06", "1987-04-07"}},
		{"1987-08-24", "RIYADH, Aug 24 - King Fahd will receive Egyptian Foreign Minister Esmat Abdel-Meguid on Tuesday, and Abdel-Meguid will call on Crown Prince Abdullah on Wednesday, the agency said.", []string{"1987-08-25", "1987-08-26"}},
		{"1987-06-24", "BRASILIA, June 24 - Bresser Pereira will meet Baker on Monday and Camdessus the following day, a ministry spokesman said.", []string{"1987-06-29", "1987-06-30"}},
		{"1987-04-03", "LONDON, April 3 - Peres will meet Thatcher on Monday and said on Tuesday that he was hopeful.", []string{"1987-04-06"}},
	} {
		var got []string
		for _, m := range Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings) {
			got = append(got, m.Date)
		}
		slices.Sort(got)
		if strings.Join(got, " ") != strings.Join(c.dates, " ") {
			t.Errorf("%q: meetings on %v, want %v", c.text, got, c.dates)
		}
	}
}

// TestCoordinatedSubject17d: "X will receive Y on Tuesday, and Y will call
// on Z on Wednesday": each verb keeps its own clause's day.
func TestCoordinatedSubject17d(t *testing.T) {
	text := "RIYADH, Aug 24 - King Fahd will receive Egyptian Foreign Minister Esmat Abdel-Meguid on Tuesday, and Abdel-Meguid will call on Crown Prince Abdullah on Wednesday, the agency said."
	d, _ := run(reading.Of(ingest.FromText("", text, day("1987-08-24"), ingest.Options{Now: day("1987-08-24")})))
	want := map[string]string{"receive": "1987-08-25", "call": "1987-08-26"}
	for _, m := range d.mentions {
		w := d.toks[m.sent][m.trig].lower
		if want[w] != "" && (m.date == nil || m.date.date != want[w]) {
			t.Errorf("%q: date %v, want %s", w, m.date, want[w])
		}
	}
}
