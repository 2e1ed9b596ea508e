package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// render shows an expression as "text|TYPE|value|endValue".
func render(e Expr) string {
	s := e.Text + "|" + string(e.Type) + "|" + e.Value
	if e.EndValue != "" {
		s += "|" + e.EndValue
	}
	return s
}

func TestFind(t *testing.T) {
	const thu = "2025-12-04" // a Thursday
	tests := []findCase{
		{"weekday past", thu, "The ministers met on Tuesday.", []string{"Tuesday|DATE|2025-12-02"}},
		{"weekday said", thu, "The ministry said Tuesday that talks had stalled.", []string{"Tuesday|DATE|2025-12-02"}},
		{"weekday future will", thu, "The ministers will meet on Tuesday.", []string{"Tuesday|DATE|2025-12-09"}},
		{"weekday future present", thu, "The committee meets Tuesday in Geneva.", []string{"Tuesday|DATE|2025-12-09"}},
		{"weekday due to", thu, "The report is due to be published Tuesday.", []string{"Tuesday|DATE|2025-12-09"}},
		{"weekday same day", thu, "The talks resume on Thursday.", []string{"Thursday|DATE|2025-12-04"}},
		{"weekday same day past", thu, "Singh and Belousov on Thursday laid a wreath.", []string{"Thursday|DATE|2025-12-04"}},
		{"last weekday", thu, "They met last Thursday.", []string{"last Thursday|DATE|2025-11-27"}},
		{"weekday possessive", thu, "He will appeal against Monday's ruling.", []string{"Monday|DATE|2025-12-01"}},
		{"later today", thu, "The meeting will be held at the Manekshaw Centre later today.", []string{"later today|DATE|2025-12-04"}},
		{"today", thu, "Talks open today.", []string{"today|DATE|2025-12-04"}},
		{"usa today", thu, "He told USA Today that talks had stalled.", nil},
		{"today opens a line", thu, "A note from Ambassador Ingrid Falk\n\nToday I met the minister.", []string{"Today|DATE|2025-12-04"}},
		{"tonight", thu, "He leaves tonight.", []string{"tonight|TIME|2025-12-04TNI"}},
		{"this evening", "1998-01-20", "The president speaks this evening.", []string{"this evening|TIME|1998-01-20TEV"}},
		{"tomorrow yesterday", thu, "It was agreed yesterday and signed tomorrow.", []string{"yesterday|DATE|2025-12-03", "tomorrow|DATE|2025-12-05"}},
		{"last night", thu, "Rebels attacked the town last night.", []string{"last night|TIME|2025-12-03TNI"}},
		{"range hyphen", thu, "The 5th Working Group meeting was held on October 28-29, 2025 in New Delhi.",
			[]string{"October 28-29, 2025|DATE|2025-10-28|2025-10-29"}},
		{"range between", thu, "The fair ran between June 1 and 3.", []string{"June 1|DATE|2025-06-01|2025-06-03", "3|DATE|2025-06-03"}},
		{"range to future", thu, "The summit will run March 3 to 5.", []string{"March 3|DATE|2026-03-03|2026-03-05", "5|DATE|2026-03-05"}},
		{"range across months", "1989-10-30", "It bought shares from Aug. 26 to Oct. 20 for $23.",
			[]string{"Aug. 26|DATE|1989-08-26|1989-10-20", "Oct. 20|DATE|1989-10-20"}},
		{"day month range", thu, "Talks were held on 28-29 October.", []string{"28-29 October|DATE|2025-10-28|2025-10-29"}},
		{"day and day month", thu, "Ministers will meet on 23 and 24 October 2026.", []string{"23 and 24 October 2026|DATE|2026-10-23|2026-10-24"}},
		{"days a week apart are no range", thu, "Ministers will meet on 3 and 10 October 2026.", []string{"10 October 2026|DATE|2026-10-10"}},
		{"dec 30 said in january", "2026-01-05", "The deal was signed on Dec 30.", []string{"Dec 30|DATE|2025-12-30"}},
		{"jan 3 said in december", "2025-12-20", "The talks will resume on Jan. 3.", []string{"Jan. 3|DATE|2026-01-03"}},
		{"dateline", thu, "New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh arrived.", []string{"Dec 4|DATE|2025-12-04"}},
		{"month year", thu, "The 21st meeting was held in Moscow in December 2024.", []string{"December 2024|DATE|2024-12"}},
		{"day month year", thu, "It was signed on 4 December 2025.", []string{"4 December 2025|DATE|2025-12-04"}},
		{"month day year", "1998-08-10", "The blast came on Aug. 7, 1998, in Nairobi.", []string{"Aug. 7, 1998|DATE|1998-08-07"}},
		{"month future", thu, "The plant will open in June.", []string{"June|DATE|2026-06"}},
		{"month past", thu, "The plant opened in June.", []string{"June|DATE|2025-06"}},
		{"mid month", thu, "Elections are expected in mid-June.", []string{"mid-June|DATE|2026-06"}},
		{"last month name", "1989-10-26", "Sales rose last November.", []string{"last November|DATE|1988-11"}},
		{"next week", thu, "The minister visits next week.", []string{"next week|DATE|2025-W50"}},
		{"next week across year", "2025-12-30", "They meet again next week.", []string{"next week|DATE|2026-W02"}},
		{"last week across year", "2026-01-02", "They met last week.", []string{"last week|DATE|2025-W52"}},
		{"this week iso year", "2025-12-29", "Talks happen this week.", []string{"this week|DATE|2026-W01"}},
		{"next month", thu, "Rates rise next month.", []string{"next month|DATE|2026-01"}},
		{"year", thu, "The pact was signed in 1987.", []string{"1987|DATE|1987"}},
		{"fiscal year", "1989-11-02", "In fiscal 1989, the company earned $17 million.", []string{"fiscal 1989|DATE|1989"}},
		{"decade", thu, "Prices fell in the 1990s.", []string{"the 1990s|DATE|199"}},
		{"now", thu, "The market is now calm.", []string{"now|DATE|PRESENT_REF"}},
		{"recently", thu, "He recently resigned.", []string{"recently|DATE|PAST_REF"}},
		{"recent", thu, "According to a recent filing, he holds 5%.", []string{"recent|DATE|PAST_REF"}},
		{"the future", thu, "He will stay for the foreseeable future.", []string{"the foreseeable future|DATE|FUTURE_REF"}},
		{"first quarter", "1998-01-08", "Profit will rise in the first quarter.", []string{"the first quarter|DATE|1998-Q1"}},
		{"fourth quarter in january", "1998-01-08", "Profit rose in the fourth quarter.", []string{"the fourth quarter|DATE|1997-Q4"}},
		{"quarter anaphora", "1989-10-26", "Profit rose 5% in the third quarter from a year earlier.",
			[]string{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3"}},
		{"earlier this year", thu, "He resigned earlier this year.", []string{"earlier this year|DATE|2025"}},
		{"years ago", thu, "The dam burst two years ago.", []string{"two years ago|DATE|2023"}},
		{"last fall", "1998-01-08", "The index peaked last fall.", []string{"last fall|DATE|1997-FA"}},
		{"season year", thu, "Work starts in the spring of 2026.", []string{"the spring of 2026|DATE|2026-SP"}},
		{"ordinal day past", thu, "The accord was signed on the 11th.", []string{"the 11th|DATE|2025-11-11"}},
		{"ordinal day future", thu, "The accord will be signed on the 11th.", []string{"the 11th|DATE|2025-12-11"}},
		{"ordinal meeting is no date", thu, "The 22nd meeting opened.", nil},
		{"clock", thu, "Polls close at 3 p.m. EST.", []string{"3 p.m. EST|TIME|2025-12-04T15:00"}},
		{"clock with day", "1989-10-30", "The offer expires at 5 p.m. EST, Nov. 6.", []string{"5 p.m. EST, Nov. 6|TIME|1989-11-06T17:00"}},
		{"duration", thu, "The siege lasted three months.", []string{"three months|DURATION|P3M"}},
		{"duration hyphen", thu, "He signed a two-year contract.", []string{"two-year|DURATION|P2Y"}},
		{"duration past", "1998-01-08", "Prices fell over the past three years.", []string{"the past three years|DURATION|P3Y"}},
		{"duration vague", thu, "It took a few days.", []string{"a few days|DURATION|PXD"}},
		{"duration nearly", thu, "He ruled for nearly forty years.", []string{"nearly forty years|DURATION|P40Y"}},
		{"set every", thu, "The board meets every week.", []string{"every week|SET|P1W"}},
		{"set weekly", thu, "The paper appears weekly.", []string{"weekly|SET|P1W"}},
		{"set every weekday", thu, "They march every Monday.", []string{"every Monday|SET|XXXX-WXX-1"}},
		{"the weekend", "1990-08-13", "Officials confirmed over the weekend that troops left.", []string{"the weekend|DATE|1990-W32-WE"}},
		{"weekday with date", "1989-10-27", "Funds lost $14 million Friday, Oct. 13, alone.", []string{"Friday, Oct. 13|DATE|1989-10-13"}},
		{"numeric date", thu, "Filed on 2025-11-30 by the ministry.", []string{"2025-11-30|DATE|2025-11-30"}},
		{"age is no duration", thu, "The 6-year-old boy and his 44-year-old father.", nil},
		{"decimal is no year", thu, "The DAX closed at 1462.93 points.", nil},
		{"may is a verb", thu, "Officials may meet again.", nil},
		{"spoken year", "1998-02-27", "In nineteen ninety-six a bomb exploded.", []string{"nineteen ninety-six|DATE|1996"}},
		{"thanksgiving", "2000-04-03", "He was found on Thanksgiving Day.", []string{"Thanksgiving Day|DATE|1999-11-25"}},
		{"century", thu, "A 20th century temple.", []string{"20th century|DATE|19"}},
		{"modal perfect is future", "1987-03-04", "Reagan would have an audience with the Pope on June 6.",
			[]string{"June 6|DATE|1987-06-06"}},
		{"will far back beats an -ed adjective", "1987-03-04",
			"Reagan will visit Rome and West Berlin during a trip to Europe in June to attend the summit of the major industrialized countries.",
			[]string{"June|DATE|1987-06"}},
		{"far month-day goes nearest", "1987-06-19", "Holders of record on April 27 will be eligible to vote.",
			[]string{"April 27|DATE|1987-04-27"}},
		{"past perfect plan", "1989-10-30", "The offer had been due to expire Friday evening.", []string{"Friday evening|TIME|1989-10-27TEV"}},
		{"period codes", thu, "Revenue in Q3 FY25 and H1 2025 rose; FY26 looks weak.",
			[]string{"Q3 FY25|DATE|2025-Q3", "H1 2025|DATE|2025-H1", "FY26|DATE|2026"}},
		{"military time", thu, "He spoke at 1430 GMT.", []string{"1430 GMT|TIME|2025-12-04T14:30"}},
		{"scheduled present", thu, "The fair runs on Saturday.", []string{"Saturday|DATE|2025-12-06"}},
		{"effective date", "1989-10-26", "The office of the chairman is effective Feb. 1.", []string{"Feb. 1|DATE|1990-02-01"}},
		{"year-end ahead", "1989-11-02", "They will complete the deal by year-end.", []string{"year-end|DATE|1989-12-31"}},
		{"year-end behind", "1989-10-30", "The change is measured since year-end.", []string{"year-end|DATE|1988-12-31"}},
		{"clock on a later day", thu, "Talks start at 10:30 am IST on 5th December.",
			[]string{"10:30 am IST|TIME|2025-12-05T10:30", "5th December|DATE|2025-12-05"}},
		{"adjectival duration", thu, "The two-day visit ends.", []string{"two-day|DURATION|P2D"}},
		{"fraction of years", "1998-02-27", "They lived in camps for 2 1/2 years.", []string{"2 1/2 years|DURATION|P2Y6M"}},
		{"days later is a duration", thu, "Three days later, prices fell.", []string{"Three days|DURATION|P3D"}},
		{"coming weeks", thu, "Rates may fall in the coming weeks.", []string{"the coming weeks|DATE|FUTURE_REF"}},
		{"month range with year", "1987-10-19", "Output rose 3.6 pct in Jan-Sept 1987.", []string{"Jan-Sept 1987|DATE|1987-01|1987-09"}},
		{"month last year", "1998-02-19", "In July last year, Pol Pot was arrested.", []string{"July last year|DATE|1997-07"}},
		{"this year's quarter", "1989-11-01", "Sales for this year's third quarter rose.", []string{"this year's third quarter|DATE|1989-Q3"}},
	}
	runFindCases(t, tests)
}

// checkOffsets asserts that every expression's rune offsets select its Text.
func checkOffsets(t *testing.T, text string, got []Expr) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for _, e := range got {
		if e.Start < prev || e.End <= e.Start || e.End > len(runes) {
			t.Fatalf("bad offsets %d..%d (previous end %d, %d runes): %+v", e.Start, e.End, prev, len(runes), e)
		}
		if s := string(runes[e.Start:e.End]); s != e.Text {
			t.Errorf("runes[%d:%d] = %q, Text = %q", e.Start, e.End, s, e.Text)
		}
		prev = e.End
	}
}

func TestFindRuneOffsets(t *testing.T) {
	text := "Überraschung — the café reopened “last Friday” and closes on 3 März? No: on March 3."
	got := Find(text, date("2025-12-04"))
	checkOffsets(t, text, got)
	var gs []string
	for _, e := range got {
		gs = append(gs, render(e))
	}
	want := []string{"last Friday|DATE|2025-11-28", "March 3|DATE|2026-03-03"}
	if strings.Join(gs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", gs, want)
	}
	if !utf8.ValidString(got[0].Text) {
		t.Errorf("invalid text %q", got[0].Text)
	}
}

func TestFindUsesDateOfRef(t *testing.T) {
	// A late-evening reference time in a zone ahead of UTC keeps its local date.
	loc := time.FixedZone("IST", 5*3600+1800)
	ref := time.Date(2025, 12, 4, 23, 30, 0, 0, loc)
	got := Find("The meeting is today.", ref)
	if len(got) != 1 || got[0].Value != "2025-12-04" {
		t.Fatalf("got %+v, want today = 2025-12-04", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The ministers met on Tuesday.", "October 28-29, 2025", "between June 1 and 3", "3 p.m. EST, Nov. 6",
		"the 6-year-old", "nineteen ninety-", "'98 '80s 1990s", "Aug. 26 to Oct. 20", "a.m.", "the year-ago quarter",
		"Friday, Oct.", "\xff\xfe bad utf8 Dec 4", "", "12/31/2025 2025-02-30",
		"at 4 in the morning (4 a.m. EDT", "in 3 minutes 29.", "until 12 at night", "a newly renovated hall in",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%20000))
		got := Find(text, ref)
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, e := range got {
			if e.Start < prev || e.End <= e.Start || e.End > n {
				t.Fatalf("bad offsets %d..%d of %d runes (previous end %d): %+v", e.Start, e.End, n, prev, e)
			}
			if e.Value == "" || e.Type == "" {
				t.Fatalf("empty value or type: %+v", e)
			}
			prev = e.End
		}
	})
}

// findCase is a text, its reference date and what Find should return, each
// expression rendered as "text|TYPE|value[|end]".
type findCase struct {
	name, ref, text string
	want            []string
}

func runFindCases(t *testing.T, tests []findCase) {
	t.Helper()
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
