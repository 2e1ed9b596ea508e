package timex

import (
	"strings"
	"testing"
)

// TestFindGeneralRules pins rules chosen on dev half A's errors and checked
// on half B (see TestDevSplit).
func TestFindGeneralRules(t *testing.T) {
	tests := []struct {
		name, ref, text string
		want            []string
	}{
		{"since looks back", "1990-08-13", "The carrier has been on patrol since March and was due back.",
			[]string{"March|DATE|1990-03"}},
		{"since weekday", "2025-12-04", "Talks have stalled since Tuesday and will resume.",
			[]string{"Tuesday|DATE|2025-12-02"}},
		{"part of day with day word", "1989-11-02", "In London at mid-afternoon yesterday, shares were up.",
			[]string{"mid-afternoon yesterday|TIME|1989-11-01TAF"}},
		{"decades in years", "2000-04-01", "They launched the revolution more than four decades ago in Havana.",
			[]string{"more than four decades|DURATION|P40Y"}},
		{"coordinated future verb", "2026-03-10", "The prime minister met union leaders on Thursday and will see them again.",
			[]string{"Thursday|DATE|2026-03-05"}},
		{"infinitive after date", "2026-08-14", "Ministers agreed on Wednesday to meet again.",
			[]string{"Wednesday|DATE|2026-08-12"}},
		{"coordinated dates still look ahead", "2026-08-14", "On Tuesday and Wednesday the ministers will meet.",
			[]string{"Tuesday|DATE|2026-08-18", "Wednesday|DATE|2026-08-19"}},
		{"following year from the last date", "2025-12-04", "In 2024, sales rose; the following year they fell.",
			[]string{"2024|DATE|2024", "the following year|DATE|2025"}},
		{"following year without a date", "2025-12-04", "Sales will rise the following year.",
			[]string{"the following year|DATE|2026"}},
		{"half of next year", "2025-12-04", "Talks resume in the first half of next year.",
			[]string{"the first half of next year|DATE|2026-H1"}},
		{"quarter of last year", "2025-12-04", "Sales fell in the third quarter of last year.",
			[]string{"the third quarter of last year|DATE|2024-Q3"}},
		{"clock dated by the date before", "2025-12-04", "They will meet on Dec. 8 at 10 a.m. in Paris.",
			[]string{"Dec. 8|DATE|2025-12-08", "10 a.m.|TIME|2025-12-08T10:00"}},
		{"weekday of next week", "2025-12-04", "They meet Thursday next week.", []string{"Thursday next week|DATE|2025-12-11"}},
		{"weekday of last week", "2025-12-04", "They met on Monday last week.", []string{"Monday last week|DATE|2025-11-24"}},
		{"day after tomorrow", "2025-12-04", "Voting ends the day after tomorrow.", []string{"the day after tomorrow|DATE|2025-12-06"}},
		{"day before yesterday", "2025-12-04", "He left the day before yesterday.", []string{"the day before yesterday|DATE|2025-12-02"}},
		{"half of a month", "2025-12-04", "Talks resume in the second half of January.", []string{"the second half of January|DATE|2026-01"}},
		{"postponed until", "2000-03-30", "Officials postponed until Tuesday morning any action.", []string{"Tuesday morning|DATE|2000-04-04"}},
		{"rescheduled to", "2025-12-04", "It rescheduled the annual meeting to June 18 from May 7.",
			[]string{"June 18|DATE|2026-06-18", "May 7|DATE|2025-05-07"}},
		{"until without deferral", "2025-12-04", "He stayed in Paris until Tuesday.", []string{"Tuesday|DATE|2025-12-02"}},
		{"unit-long", "2000-04-03", "They left their third day-long meeting; the decades-long battle goes on.",
			[]string{"day-long|DURATION|P1D", "decades-long|DURATION|PXY"}},
		{"sentence after a quotation", "1989-10-26", "\"The question remains.\"  Last April, Mr. Drabinsky met bankers.",
			[]string{"Last April|DATE|1989-04"}},
		{"title in quotes", "1998-01-08", "He watched ABC's \"This Week\" program.", nil},
		{"election day ahead", "1998-10-26", "It will be a theme of the campaign from now to Election Day.",
			[]string{"now|DATE|PRESENT_REF", "Election Day|DATE|1998-11-03"}},
		{"election day past", "2024-12-01", "Turnout on Election Day was high.", []string{"Election Day|DATE|2024-11-05"}},
		{"minute and a half", "1998-01-14", "But a minute and a half later, a pilot called.", []string{"a minute and a half|DURATION|PT1M30S"}},
		{"hour and a half", "1998-01-14", "The talks lasted an hour and a half.", []string{"an hour and a half|DURATION|PT1H30M"}},
		{"clock dated past a parenthesis", "1998-08-08", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
			[]string{"10:35 a.m.|TIME|1998-08-07T10:35", "0735 GMT|TIME|1998-08-07T07:35", "Friday|DATE|1998-08-07"}},
		{"following day", "2026-07-30", "Results are due on Aug. 6, and the board will meet the following day.",
			[]string{"Aug. 6|DATE|2026-08-06", "the following day|DATE|2026-08-07"}},
		{"previous day", "2026-07-30", "He was seen on July 4 and had left Paris the previous day.",
			[]string{"July 4|DATE|2026-07-04", "the previous day|DATE|2026-07-03"}},
		{"plural weekday", "2026-03-02", "The market opens on Saturdays.", []string{"Saturdays|SET|XXXX-WXX-6"}},
		{"weekday nights", "1998-02-13", "Flights leave on Tuesday nights from March 30.",
			[]string{"Tuesday nights|SET|XXXX-WXX-2TNI", "March 30|DATE|1998-03-30"}},
		{"attributive month", "1999-02-10", "The March accession will enable the three countries to join.", []string{"March|DATE|1999-03"}},
		{"march on", "1999-02-10", "He led the March on Washington.", nil},
		{"ahead of a weekday's event", "2025-12-04", "Ministers prepared ahead of Monday's meeting.", []string{"Monday|DATE|2025-12-08"}},
		{"weekday possessive is past", "2025-12-04", "They will discuss Monday's decision.", []string{"Monday|DATE|2025-12-01"}},
		{"a later date", "1989-10-26", "It may sell debt at a later date.", []string{"a later date|DATE|FUTURE_REF"}},
		{"progressive with a weekday", "2025-12-04", "Ministers are meeting on Friday in Oslo.", []string{"Friday|DATE|2025-12-05"}},
		{"progressive with a month", "1989-10-27", "It is continuing to try to sell itself, under a June agreement.", []string{"June|DATE|1989-06"}},
		{"decades vague", "2000-04-01", "It has been a problem for decades.", []string{"decades|DURATION|PXY"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, date(tc.ref))
			var gs []string
			for _, e := range got {
				gs = append(gs, render(e))
			}
			if strings.Join(gs, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Find(%q, %s):\n got %q\nwant %q", tc.text, tc.ref, gs, tc.want)
			}
			checkOffsets(t, tc.text, got)
		})
	}
}
