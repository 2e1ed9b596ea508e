package timex

import "testing"

// TestFindYearOwned (round 22): a bare month after "in", in a phrase whose
// noun a year owns, is that year's month ("At last year's summit in Madrid
// in June"), as the meetings engine reads it (meetings yearowned.go); a
// month in a phrase no year owns keeps its tense's year. Written from the
// meetings fresh37e set and read-set misses, not from the dev set.
func TestFindYearOwned(t *testing.T) {
	runFindCases(t, []findCase{
		{"last year's summit in June", "2023-07-05",
			"At last year's summit in Madrid in June, the three countries signed a memorandum.",
			[]string{"last year|DATE|2022", "June|DATE|2022-06"}},
		{"next year's conference in November", "2026-03-10",
			"Next year's conference in Dubai in November will review the pledges.",
			[]string{"Next year|DATE|2027", "November|DATE|2027-11"}},
		{"the 2024 summit in November", "2026-02-18",
			"The 2024 summit in Lima in November adopted a plan.",
			[]string{"2024|DATE|2024", "November|DATE|2024-11"}},
		{"no year owns the phrase (guard)", "2023-07-05",
			"At the summit in Madrid in June, the three countries signed a memorandum.",
			[]string{"June|DATE|2023-06"}},
	})
}

// TestFindNumericHabit (round 22): a numeric date that reads either way
// ("12/07/2023") takes the order the text's other numeric dates show: day
// first beside "27/09/2023", month first beside "09/27/2023"; with no such
// date the nearer reading stays. Written from a read-set table (b33b-44).
func TestFindNumericHabit(t *testing.T) {
	runFindCases(t, []findCase{
		{"day first beside an unambiguous day-first date", "2023-10-26",
			"Meetings: 12/07/2023 and 27/09/2023.",
			[]string{"12/07/2023|DATE|2023-07-12", "27/09/2023|DATE|2023-09-27"}},
		{"month first beside an unambiguous month-first date", "2023-10-26",
			"Meetings: 07/12/2023 and 09/27/2023.",
			[]string{"07/12/2023|DATE|2023-07-12", "09/27/2023|DATE|2023-09-27"}},
	})
}
