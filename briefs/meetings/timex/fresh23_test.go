package timex

import "testing"

// TestFindWeekHence (round 23): "a week today", "a week tomorrow", "a
// fortnight today" and "a week on Sunday" name one day a week or two
// ahead, not today or the coming weekday (days.go weekHence). Written after
// two read-set misses (b34b-21, b34b-46), not from the dev set; "a week" on
// its own stays a duration.
func TestFindWeekHence(t *testing.T) {
	runFindCases(t, []findCase{
		{"a week today", "2020-02-18", "Governors are scheduled to meet in Eldoret a week today.",
			[]string{"a week today|DATE|2020-02-25"}},
		{"a week tomorrow", "2020-02-18", "The council sits a week tomorrow.",
			[]string{"a week tomorrow|DATE|2020-02-26"}},
		{"a fortnight today", "2020-02-18", "The branch will vote a fortnight today.",
			[]string{"a fortnight today|DATE|2020-03-03"}},
		{"a week on Sunday said on a Sunday", "2019-07-14", "Come to the members' forum a week on Sunday.",
			[]string{"a week on Sunday|DATE|2019-07-28"}},
		{"a week on Tuesday said on a Wednesday", "1984-06-13", "He will address shareholders at a lunch a week on Tuesday.",
			[]string{"a week on Tuesday|DATE|1984-06-26"}},
		{"a week alone is a duration (guard)", "2020-02-18", "The strike lasted a week.",
			[]string{"a week|DURATION|P1W"}},
	})
}
