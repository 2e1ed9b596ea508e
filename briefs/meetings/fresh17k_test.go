package meetings

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// The fresh set of helper 17e (issue 17: which meetings wire stories name,
// their dates and status, one entry per meeting), written from the class
// descriptions before any rule was changed with it in view.

// TestFresh17kSet scores testdata/fresh17k.jsonl: 34 stories (38 meetings,
// two stories with none), measured once on main 9088fc0: F1 0.795 with
// dates (P 0.829 R 0.763), 0.932 ignoring dates, status 0.966, place 0.897,
// participants P 0.964 R 0.844. Then fixed with them in view (F1 1.000,
// status 1.000, place 0.921).
func TestFresh17kSet(t *testing.T) {
	rep := evalFile(t, "fresh17k.jsonl", 34)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.80, partPrecision: 0.90})
}

// TestFresh17k2Set scores testdata/fresh17k2.jsonl: 30 stories (33
// meetings, two stories with none), the same classes in new wordings,
// written after the fresh17k rules landed and measured once on main
// 3c72b7e: F1 0.881 with dates (P 1.000 R 0.788), status 1.000, place
// 0.962, participants P 0.900 R 0.844. Then the sessions of a body, "the
// previous round, which took place", a group's "of" complement before
// "gather" and an end in "which opened last Monday, ended on Wednesday"
// (F1 1.000, status 1.000, place 0.970; participants R 0.780, as the
// meetings found since name parties the participant rules miss).
func TestFresh17k2Set(t *testing.T) {
	rep := evalFile(t, "fresh17k2.jsonl", 30)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.75, partPrecision: 0.85})
}

// TestFresh17k3Set scores testdata/fresh17k3.jsonl: 24 stories (27
// meetings, one story with none) in wordings neither set before has,
// written after the fresh17k2 rules landed and measured once on main
// 461955a: F1 0.963 with dates (P 0.963 R 0.963), status 0.962, place
// 0.769, participants P 0.900 R 0.514 (place and participants are other
// helpers' areas). Then an "after" phrase takes the tense of the verb
// before it and "are expected to last three days" ends a meeting begun
// (F1 1.000, status 1.000).
func TestFresh17k3Set(t *testing.T) {
	rep := evalFile(t, "fresh17k3.jsonl", 24)
	checkFloors(t, rep, floors{withDates: 0.97, noDates: 0.97, status: 0.97, place: 0.75, participants: 0.45, partPrecision: 0.85})
}

// TestFresh17k4Set scores testdata/fresh17k4.jsonl: 13 stories (22
// meetings) on one entry per meeting, written after the fresh17k3 rules
// landed and measured once on adb7b86: F1 0.884 with dates (P 0.905 R
// 0.864), status 1.000, place 0.947, participants P 0.857 R 0.857. Then
// "Friday's talks follow ..." joins the Friday meeting named before, "its
// January meeting" in a past clause written in December is the January
// past, and "Their previous meeting was in Kazan in October 2024" is found
// (F1 0.977; left: "will attend the summit on its first day and meet X
// there").
func TestFresh17k4Set(t *testing.T) {
	rep := evalFile(t, "fresh17k4.jsonl", 13)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.85, participants: 0.80, partPrecision: 0.80})
}

// TestDates17k: one sentence each, the day span, its end and status of the
// meeting it names (the only one, or the first).
func TestDates17k(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, end string
		status               briefs.Status
	}{
		// "this weekend" is its Saturday and Sunday, not the whole week
		{"2025-10-15", "LIMA, Oct 15 (Reuters) - Leaders of the Pacific Alliance will meet in Lima this weekend to discuss trade.", "2025-10-18", "2025-10-19", briefs.StatusUpcoming},
		{"2025-10-18", "LIMA, Oct 18 (Reuters) - Leaders of the Pacific Alliance are meeting in Lima this weekend to discuss trade.", "2025-10-18", "2025-10-19", briefs.StatusOngoing},
		// a hearing told by its witness: passive, "appears before", "lawmakers on"
		{"2025-11-20", "CANBERRA, Nov 20 (Reuters) - Governor Michele Bullock will be questioned by the Senate economics committee on Friday about rates.", "2025-11-21", "", briefs.StatusUpcoming},
		{"2025-06-20", "WASHINGTON, June 20 (Reuters) - Powell spoke on Thursday. He appears before the Senate Banking Committee on Wednesday.", "2025-06-25", "", briefs.StatusUpcoming},
		{"2026-01-26", "LONDON, Jan 26 (Reuters) - Andrew Bailey will testify before lawmakers on parliament's Treasury Committee on Wednesday.", "2026-01-28", "", briefs.StatusUpcoming},
		// a meeting noun and the verb it is the subject of: one gathering, the verb's day
		{"2026-01-14", "LAUSANNE, Jan 14 (Reuters) - The full IOC Session will meet in Milan on Feb. 3-4, before the Games open on Feb. 6.", "2026-02-03", "2026-02-04", briefs.StatusUpcoming},
		{"1987-03-02", "PARIS, March 2 - The meeting will reconvene on Thursday, before the report is published on March 20.", "1987-03-05", "", briefs.StatusUpcoming},
		// clause attachment: a meeting inside "after ... broke down on Monday" takes that clause's day
		{"2026-01-28", "LONDON, Jan 28 (Reuters) - Rail workers will strike for five days from Feb. 2 after talks with the operator broke down on Monday, the union said.", "2026-01-26", "", briefs.StatusPast},
		{"2026-01-28", "LONDON, Jan 28 (Reuters) - Nurses will walk out on Feb. 9 because talks with ministers collapsed last Friday, the union said.", "2026-01-23", "", briefs.StatusPast},
		// a gerund after "after" has no tense: the date takes the saying's
		{"2025-06-03", "MANILA, June 3 (Reuters) - Pete Hegseth said after meeting his Philippine counterpart in Singapore on Saturday that patrols would expand.", "2025-05-31", "", briefs.StatusPast},
		{"2025-06-03", "MANILA, June 3 (Reuters) - Pete Hegseth will fly home after meeting his Philippine counterpart in Singapore on Saturday.", "2025-06-07", "", briefs.StatusUpcoming},
		// begun long ago and still running: ongoing
		{"2025-09-24", "NEW DELHI, Sept 24 (Reuters) - Negotiations on the trade pact between India and the EU, relaunched in June 2022, are still under way, an official said.", "2022-06", "", briefs.StatusOngoing},
		// a past round told as held
		{"2025-03-04", "ANKARA, March 4 (Reuters) - The last round, held in Istanbul in January, ended without agreement.", "2025-01", "", briefs.StatusPast},
		{"2025-05-06", "CAIRO, May 6 (Reuters) - The previous round, which took place in Doha in March, collapsed over a truce.", "2025-03", "", briefs.StatusPast},
		// a body's session: its possessive, "its" with a day, "The session, which began"
		{"2025-09-24", "GENEVA, Sept 24 (Reuters) - The Human Rights Council's session began on Sept. 8 and runs until Oct. 8.", "2025-09-08", "2025-10-08", briefs.StatusOngoing},
		{"2026-02-09", "WARSAW, Feb 9 (Reuters) - The cabinet will take up the draft at its weekly session on Wednesday.", "2026-02-11", "", briefs.StatusUpcoming},
		{"2026-03-05", "NAIROBI, March 5 (Reuters) - Parliament resumes its session on Monday after a recess.", "2026-03-09", "", briefs.StatusUpcoming},
		{"2025-10-08", "CANBERRA, Oct 8 (Reuters) - The session, which began on Monday and runs until Thursday, is the last before the election.", "2025-10-06", "2025-10-09", briefs.StatusOngoing},
		// a group's gathering past its "of" complement
		{"2025-05-06", "OTTAWA, May 6 (Reuters) - Finance ministers of the Group of Seven will gather in Banff on May 20-22.", "2025-05-20", "2025-05-22", briefs.StatusUpcoming},
		// "which opened last Monday, ended on Wednesday": the end, so the start holds
		{"1987-11-23", "TOKYO, Nov 23 - Three days of talks between Japan and the United States on chips, which opened in Washington last Monday, ended on Wednesday.", "1987-11-16", "1987-11-18", briefs.StatusPast},
		// an "after" phrase with no verb of its own takes the tense of the verb before it
		{"2025-11-03", "LONDON, Nov 3 (Reuters) - The group said after a brief online meeting on Sunday that output would hold.", "2025-11-02", "", briefs.StatusPast},
		// "began on Monday and are expected to last three days": its end, and under way
		{"2025-10-08", "OSLO, Oct 8 (Reuters) - Talks between the two sides began in Oslo on Monday and are expected to last three days.", "2025-10-06", "2025-10-08", briefs.StatusOngoing},
		{"2025-10-08", "OSLO, Oct 8 (Reuters) - Talks between the two sides will open in Oslo on Monday and will last two days.", "2025-10-13", "2025-10-14", briefs.StatusUpcoming},
		// a bare month takes the tense of its clause
		{"2025-12-15", "TOKYO, Dec 15 (Reuters) - The BOJ last raised rates at its January meeting.", "2025-01", "", briefs.StatusPast},
		{"2025-12-15", "TOKYO, Dec 15 (Reuters) - The BOJ will next review rates at its January meeting.", "2026-01", "", briefs.StatusUpcoming},
		{"2025-09-01", "NEW DELHI, Sept 1 (Reuters) - Their previous meeting was in Kazan in October 2024.", "2024-10", "", briefs.StatusPast},
		// a possessive weekday with no tense: the meeting named before, a week the other way
		{"2025-08-05", "WASHINGTON, Aug 5 (Reuters) - Delegations from Armenia and Azerbaijan will meet in Washington on Friday. Friday's talks follow months of mediation.", "2025-08-08", "", briefs.StatusUpcoming},
		// a possessive weekday takes its own clause's tense first
		{"2026-02-10", "LONDON, Feb 10 - The union said on Tuesday it would ballot drivers after Monday's meeting with the hauliers ended without agreement.", "2026-02-09", "", briefs.StatusPast},
		// "hosted by X" after the date is a participle, no tense: "gather ... on Sunday" is the Sunday to come
		{"2025-06-09", "OTTAWA, June 9 (Reuters) - Group of Seven leaders gather in Kananaskis, Alberta, on Sunday for a three-day summit hosted by Prime Minister Mark Carney.", "2025-06-15", "2025-06-17", briefs.StatusUpcoming},
		// "which opened on Tuesday, are expected to last two weeks": the talks go on from Tuesday
		{"1987-09-10", "LAGOS, Sept 10 - The talks, which opened on Tuesday, are expected to last two weeks and will review the credit approved in January.", "1987-09-08", "1987-09-21", briefs.StatusOngoing},
		// meeting a group, a group gathering past its "from" list, a consultation held
		{"2025-12-03", "NEW DELHI, Dec 3 (Reuters) - Shivraj Singh Chouhan will meet representatives of farmers' unions in New Delhi on Wednesday.", "2025-12-03", "", briefs.StatusUpcoming},
		{"2026-03-25", "PARIS, March 25 (Reuters) - Finance ministers from France, Germany, Italy and Spain will gather in Paris on Friday.", "2026-03-27", "", briefs.StatusUpcoming},
		{"2025-12-05", "NEW DELHI, Dec 5 (Reuters) - Sitharaman will hold a pre-budget consultation with state finance ministers on Monday, the ministry said.", "2025-12-08", "", briefs.StatusUpcoming},
		{"2025-10-30", "BRASILIA, Oct 30 - Lula met the speakers of both houses of Congress, Hugo Motta and Davi Alcolumbre, last night to discuss the budget.", "2025-10-29", "", briefs.StatusPast},
		{"1987-01-20", "MEXICO CITY, Jan 20 - Foreign ministers of the Contadora group gathered in Panama City today to review their plan.", "1987-01-20", "", briefs.StatusOngoing},
		// a group that will discuss something meets
		{"2026-02-02", "BRUSSELS, Feb 2 (Reuters) - EU ambassadors will discuss the proposal on Wednesday, two diplomats said.", "2026-02-04", "", briefs.StatusUpcoming},
	} {
		ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
		if len(ms) != 1 {
			t.Errorf("%q: %d meetings (%s), want one", c.text, len(ms), meetingList(ms))
		}
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", c.text)
			continue
		}
		m := ms[0]
		if m.Date != c.date || m.EndDate != c.end || m.Status != c.status {
			t.Errorf("%q:\n got %s..%s %s, want %s..%s %s (of %d meetings: %s)", c.text, m.Date, m.EndDate, m.Status, c.date, c.end, c.status, len(ms), meetingList(ms))
		}
	}
}

func meetingList(ms []briefs.Meeting) string {
	var ts []string
	for _, m := range ms {
		ts = append(ts, m.Title+" "+m.Date)
	}
	return strings.Join(ts, "; ")
}

// TestNoMeeting17k: near misses of the heads added for fresh17k.
func TestNoMeeting17k(t *testing.T) {
	for _, text := range []string{
		"SYDNEY, Nov 20 (Reuters) - The man will be questioned by police on Friday about the robbery.",
		"LONDON, Nov 20 (Reuters) - He appeared before magistrates on Monday charged with fraud.",
		"LONDON, Nov 20 (Reuters) - The minister appears to have changed her mind on Monday.",
		"LONDON, Nov 20 (Reuters) - The company will testify to its strength in results on Friday.",
		// "The last round ended in September without agreement." was here: since round 17 an
		// earlier round of talks with a month in its clause is a past meeting (mention.go
		// monthAfter), as the independent annotators of blind26a, 27a and 28a record it.
		"GENEVA, Nov 20 (Reuters) - The last round of sanctions, held back in May, hit exports.",
		"NEW YORK, Nov 20 (Reuters) - Wall Street's session on Monday was the busiest this year.",
		"NEW YORK, Nov 20 (Reuters) - Protesters from the Group of Seven countries will gather in the square on Friday.",
		"LONDON, Nov 20 (Reuters) - The plan will meet shareholders' expectations on Friday, analysts said.",
		"LONDON, Nov 20 (Reuters) - The regulator opened a public consultation with investors on Monday.",
		"LONDON, Nov 20 (Reuters) - Analysts will discuss the results on Friday, the bank said.",
		"LONDON, Nov 20 (Reuters) - The report, which ministers discussed on Monday, was published.",
	} {
		if ms := Scheduled(Extract(text, day("2025-11-20"), briefs.Dateline{}).Meetings); len(ms) > 0 {
			t.Errorf("%q: meetings %s, want none", text, meetingList(ms))
		}
	}
}
