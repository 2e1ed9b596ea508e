package timex

import "testing"

// TestFindDayBeforeAmbiguousMonth: "March" and "May" are words too, so a
// month needs a day, a year or a preposition beside it; a day number
// before it is one ("25 March", the British order), even in a list.
func TestFindDayBeforeAmbiguousMonth(t *testing.T) {
	runFindCases(t, []findCase{
		{"day before March", "2025-12-10", "They will meet on 25 March.", []string{"25 March|DATE|2026-03-25"}},
		{"a list with March and May", "2025-12-10", "The committee will meet on 21 January, 25 March, 20 May and 15 July 2026.",
			[]string{"21 January|DATE|2026-01-21", "25 March|DATE|2026-03-25", "20 May|DATE|2026-05-20", "15 July 2026|DATE|2026-07-15"}},
		{"may the verb", "2025-12-10", "Ministers may meet again.", nil},
	})
}

// TestFindDayOfMonth: a notice's "the 21st day of July, 2025" is one day.
func TestFindDayOfMonth(t *testing.T) {
	runFindCases(t, []findCase{
		{"day of", "2025-06-30", "It will be held on Monday, the 21st day of July, 2025 at 11:00 A.M.",
			[]string{"Monday|DATE|2025-07-21", "the 21st day of July, 2025|DATE|2025-07-21", "11:00 A.M.|TIME|2025-07-21T11:00"}},
	})
}

// TestFindWeekdayDayRange: "Tuesday 9 to Thursday 11 September 2025" is
// one range of days, the second day's weekday inside it, when the first
// day has its weekday too; "DAY 2 - WEDNESDAY, 18 MARCH 2026", a
// programme's day number, is no range.
func TestFindWeekdayDayRange(t *testing.T) {
	runFindCases(t, []findCase{
		{"weekdays on both days", "2025-08-25", "It runs from Tuesday 9 to Thursday 11 September 2025.",
			[]string{"Tuesday|DATE|2025-09-09", "9 to Thursday 11 September 2025|DATE|2025-09-09|2025-09-11"}},
		{"a programme's day number", "2026-03-01", "DAY 2 - WEDNESDAY, 18 MARCH 2026",
			[]string{"WEDNESDAY|DATE|2026-03-18", "18 MARCH 2026|DATE|2026-03-18"}},
	})
}

// TestFindWeekdaySlashDay: a schedule's "Tue 5/19" is 19 May, in the year
// nearest the reference day where it is a Tuesday; "5/19" alone stays no
// date (a score, a fraction).
func TestFindWeekdaySlashDay(t *testing.T) {
	runFindCases(t, []findCase{
		{"weekday and month/day", "2026-05-15", "Tue 5/19 | 9:00 AM | Senate Revenue Committee",
			[]string{"5/19|DATE|2026-05-19", "9:00 AM|TIME|2026-05-15T09:00"}},
		{"alone", "2026-05-15", "The vote was 5/19 against.", nil},
	})
}

// TestFindWeekdayFarFuture: a bare weekday whose own clause gives no tense
// within reach takes the sentence's ("The Cabinet will deliberate on the
// proposed targeted diesel subsidy mechanism for Sabah and Sarawak at its
// meeting on Wednesday" is the Wednesday to come); "the proposed targeted"
// are adjectives, no past.
func TestFindWeekdayFarFuture(t *testing.T) {
	runFindCases(t, []findCase{
		{"a far future verb", "2024-06-03", "The Cabinet will deliberate on the proposed targeted diesel subsidy mechanism for Sabah and Sarawak at its meeting on Wednesday.",
			[]string{"Wednesday|DATE|2024-06-05"}},
		{"a past verb near (guard)", "2024-06-03", "The Cabinet met on Wednesday.",
			[]string{"Wednesday|DATE|2024-05-29"}},
	})
}
