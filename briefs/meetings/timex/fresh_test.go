package timex

import "testing"

// TestFindFresh pins issue 17's last date classes on sentences written for
// this test, not taken from the dev set: the year of a month or month-day
// with no tense cue (news looks back), -ed adjectives and "before he ..."
// clauses read as tense cues, clock times told by the part of the day, a
// weekday's night, and the duration class of the issue on new wording.
func TestFindFresh(t *testing.T) {
	tests := []findCase{
		// A month or month-day with no tense cue: news mostly looks back, so
		// the past wins unless the future one is clearly nearer.
		{"untensed month half a year back", "2024-12-10", "Output is now 12% above its level in May.",
			[]string{"now|DATE|PRESENT_REF", "May|DATE|2024-05"}},
		{"untensed month-day half a year back", "2025-02-14", "The index is within 50 points of its record close of Aug. 9.",
			[]string{"Aug. 9|DATE|2024-08-09"}},
		{"attributive month seven months back", "2025-01-15", "A report on the June flooding is on the desk of the minister.",
			[]string{"June|DATE|2024-06"}},
		{"untensed near future month stays ahead", "2025-01-15", "The plan is on the agenda for March.",
			[]string{"March|DATE|2025-03"}},
		{"untensed near future month-day stays ahead", "2025-01-15", "The accord of April 2 is the basis of the talks.",
			[]string{"April 2|DATE|2025-04-02"}},
		// An -ed word after a determiner is an adjective, not a past verb.
		{"adjective after an article", "2025-10-20", "Ministers will meet at a newly renovated hall in February.",
			[]string{"February|DATE|2026-02"}},
		{"revised offer", "2025-12-04", "The union will present the revised offer on Monday.",
			[]string{"Monday|DATE|2025-12-08"}},
		{"restored palace", "2025-12-04", "The talks will take place in the restored palace on Tuesday.",
			[]string{"Tuesday|DATE|2025-12-09"}},
		// "before she launched": the clause after "before" has its own past verb.
		{"before a past clause", "2024-11-20", "She met investors a year before she launched her own firm in May.",
			[]string{"a year|DURATION|P1Y", "May|DATE|2024-05"}},
		// First written also expecting "hours" (PTXH): bare plurals before
		// "before"/"after"/"ago" are marked so rarely and so unevenly in the
		// dev set (value F1 0.830 -> 0.829 with them) that they stay out.
		{"before a past clause with a weekday", "2025-12-04", "He called the minister hours before they announced the deal on Monday.",
			[]string{"Monday|DATE|2025-12-01"}},
		// Clock times told by the part of the day.
		{"in the morning", "2025-03-12", "Polls open at 7 in the morning.", []string{"7 in the morning|TIME|2025-03-12T07:00"}},
		{"in the evening", "2025-03-12", "The rally began at 9 in the evening.", []string{"9 in the evening|TIME|2025-03-12T21:00"}},
		{"at night", "2025-03-12", "The shift ends at 10 at night.", []string{"10 at night|TIME|2025-03-12T22:00"}},
		{"in the afternoon with a weekday", "2025-03-12", "The court will sit at 2 in the afternoon on Friday.",
			[]string{"2 in the afternoon|TIME|2025-03-14T14:00", "Friday|DATE|2025-03-14"}},
		{"amounts in the morning are no clock", "2025-03-12", "Prices rose 3 in the morning session.", nil},
		// A weekday's night: TimeML's guideline says TNI, but the dev set's
		// annotators give the day alone in 13 of 22 weekday nights (often
		// leaving "night" outside the span), so the day it stays. First
		// written expecting TNI; measured and reverted.
		{"weekday night", "2025-12-04", "Rebels shelled the city on Sunday night.", []string{"Sunday night|DATE|2025-11-30"}},
		{"weekday evening keeps its evening", "2025-12-04", "The cabinet met on Monday evening.", []string{"Monday evening|TIME|2025-12-01TEV"}},
		// The duration class on new wording.
		{"for days", "2025-06-02", "Rescue teams searched the hills for days.", []string{"days|DURATION|PXD"}},
		{"for months", "2025-06-02", "The feud has simmered for months.", []string{"months|DURATION|PXM"}},
		{"years from now", "2025-06-02", "Twenty years from now the city will look different.", []string{"Twenty years|DURATION|P20Y"}},
		{"weeks earlier than usual", "2025-06-02", "The monsoon arrived two weeks earlier than usual.", []string{"two weeks|DURATION|P2W"}},
		{"later than normal", "2025-06-02", "The lambs were born a week later than normal.", []string{"a week|DURATION|P1W"}},
		{"ages", "2025-06-02", "Mr. Ruiz, 71, his wife, aged 68, and a six-year-old boy survived.", nil},
		{"race time", "2025-06-02", "She won the 400 metres in 49.2 seconds.", nil},
		{"season range", "2025-06-02", "He scored 30 goals in the 2011-12 season.", []string{"2011|DATE|2011", "12|DATE|2012"}},
	}
	runFindCases(t, tests)
}
