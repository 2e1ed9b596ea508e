package listing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDayHeading(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"MON 30 JUNE", true},
		{"Day 1 – Tuesday 14 October", true},     // a programme's label first
		{"DAY 2 – WEDNESDAY 10 SEPTEMBER", true}, // shouted
		{"Day 1 – Opening and country reports", false},
		{"Tuesday, March 10", true},
		{"Wednesday 14 January 2026:", true},
		{"Thursday 12 - Friday 13 March", true},
		{"Mayor's Public Schedule - Wednesday, June 3, 2026", true},
		{"Mayor Daniela Lopez - Public Schedule for Tuesday, June 2, 2026", true},
		{"Tokyo, Monday 9 February 2026", true},
		{"Tuesday 4 November, Brussels", true},
		{"Tuesday 4 November, the council said", false},
		{"Tokyo, 9 February 2026", false},
		{"Minutes, Monday 9 February 2026 and after", false},
		{"Mayor Daniela Lopez - Public Works Yard - Reopening of Elm Street, June 2, 2026", false},
		{"Diary: Tuesday, 10 March 2026", true},
		{"Itinerary for Friday, November 15, 2024", true},
		{"Thanks for Friday, November 15, 2024", false},
		{"Council Work Session - Monday, March 9, 2026", false}, // a calendar's line: no schedule's title
		{"Annual General Meeting: Thursday 14 May 2026", false},
		{"WED 12 NOVEMBER", true},
		{"27-28 January", false}, // a date, not a heading: no weekday
		{"Monday", false},
		{"Ministers meet on Monday, March 9", false},
		{"SEVILLE - Fourth UN International Conference (to 3 July).", false},
	} {
		if got := DayHeading(c.line); got != c.want {
			t.Errorf("DayHeading(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestCalendarAndDateLines(t *testing.T) {
	for _, c := range []struct {
		line      string
		cal, date bool
	}{
		{"Annual General Meeting: 14 May 2026, Oslo", true, false},
		{"AGM - 23 April 2026", true, false},
		{"Annual General Meeting .......... 23 April 2026", true, false},
		{"23 April 2026 | Annual General Meeting, Helsinki", true, false},
		{"Feb. 12, 2026 - Fourth quarter results", true, false},
		{"Q3 results: 29 October", true, false},
		{"Mon June 8 - LUXEMBOURG: EU foreign ministers meet.", true, false},
		{"Council Work Session - Monday, March 9, 2026, 6 p.m., Council Chambers", true, false},
		{"27-28 January", false, true},
		{"The board met on 14 May 2026 in Oslo to approve the accounts.", false, false},
		{"Kenya said: 14 people died in the floods on Monday near the border with Uganda and Tanzania, police said.", false, false},
	} {
		if got := CalendarLine(c.line); got != c.cal {
			t.Errorf("CalendarLine(%q) = %v, want %v", c.line, got, c.cal)
		}
		if got := DateLine(c.line); got != c.date {
			t.Errorf("DateLine(%q) = %v, want %v", c.line, got, c.date)
		}
	}
}

func TestKeeps(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"MON 30 JUNE", "SEVILLE - Fourth UN International Conference (to 3 July)."}, true},
		{[]string{"Fourth quarter 2025 results: 5 February 2026", "Annual General Meeting: 14 May 2026, Oslo"}, true},
		{[]string{"27-28 January", "17-18 March"}, true},
		{[]string{"Finance ministers of the Group of Seven will meet in", "Washington on Tuesday, officials said."}, false},
		{[]string{"AGM - 23 April 2026"}, false},
		{[]string{"Meeting of the Planning Committee", "Date: Tuesday 16 December 2025", "Venue: Committee Room 1"}, true},
		{[]string{"The committee said the date: 16 December", "was agreed."}, false},
		{[]string{"09:30 Meeting with the Ambassador of Denmark", "12:00 Press conference", "15:00 Talks with the Commissioner"}, true},
		{[]string{"Witnesses:", "Dr. Rebecca Lindqvist, Chief Pharmacy Officer, Prairie Health System", "Mr. Tomas Herrera, President"}, true},
		{[]string{"The witnesses were these:", "two officials and a farmer."}, false},
		{[]string{"The list:", "two officials and a farmer."}, false},
		{[]string{"Members present:", "Karen Liu", "Daniel Ortiz"}, true},
		{[]string{"10:00 a.m. - Meeting with the Chamber of Commerce board, City Hall", "1:30 p.m. - Ribbon cutting"}, true},
		{[]string{"10:30 would be too late, the minister said, and", "12 noon was proposed."}, false},
		{[]string{"Monday", "Cabinet, Government Buildings"}, true},
		{[]string{"Item | Subject | Presented by", "1 | Apologies for absence | Chair", "2 | Declarations of interest | Monitoring Officer"}, true},
		{[]string{"Talks on pay | rail | bus fares were due", "to resume, the union said."}, false},
		{[]string{"10:00-11:00 | Meeting with the Ambassador of Brazil | Ministry, Room 301", "12:30-13:30 | Lunch with journalists | Ministry"}, true},
		{[]string{"Ballot result: 78% of members voted yes.", "Branch meeting: Wednesday 4 March, 6pm, Trades Hall", "All members are urged to attend."}, true},
		{[]string{"The union said: members will", "vote next week on the offer."}, false},
		{[]string{"Monday: Cabinet, Government Buildings.", "Tuesday: Taoiseach meets the Ukrainian Prime Minister, Dublin Castle."}, true},
		{[]string{"The cabinet meets on Monday: ministers will", "discuss the budget."}, false},
	} {
		if got := Keeps(c.lines); got != c.want {
			t.Errorf("Keeps(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestMayBeLineScreensNothingOut: every line of every annotated set that
// one of the checks accepts passes the screen (it may only refuse lines
// none of them would accept).
func TestMayBeLineScreensNothingOut(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "meetings", "testdata", "*.jsonl"))
	if len(files) == 0 {
		t.Fatal("no annotated sets found under ../meetings/testdata")
	}
	accepted := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range strings.Split(string(b), "\n") {
			var doc struct{ Text string }
			if json.Unmarshal([]byte(rec), &doc) != nil {
				continue
			}
			for _, l := range strings.Split(doc.Text, "\n") {
				l = strings.TrimSpace(l)
				if !(DayHeading(l) || DateLine(l) || CalendarLine(l) || LabelLine(l) || DayPrefix(l) > 0) {
					continue
				}
				accepted++
				if !MayBeLine([]rune(l)) {
					t.Errorf("%s: MayBeLine refuses %q, which a check accepts", filepath.Base(f), l)
				}
			}
		}
	}
	if accepted < 50 {
		t.Errorf("only %d listing lines in the sets; the test reads too little", accepted)
	}
	for _, prose := range []string{"The finance ministers of the Group of Seven will meet in Paris on Friday,", "said on Monday that talks would resume"} {
		if MayBeLine([]rune(prose)) {
			t.Errorf("MayBeLine passes prose %q", prose)
		}
	}
}

func TestDayPrefix(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Thursday, February 19, 2026, 7:00 p.m.", "Thursday, February 19, 2026"},
		{"Wednesday 11 March 2026, 6.30pm, Town Hall.", "Wednesday 11 March 2026"},
		{"Tuesday, April 21, 2026", ""}, // a day heading: nothing after it
		{"March 12, the committee said, is too late.", ""},
		{"Monday, when ministers meet, is a holiday.", ""},
	} {
		got := ""
		if n := DayPrefix(c.line); n > 0 {
			got = c.line[:n]
		}
		if got != c.want {
			t.Errorf("DayPrefix(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestDateFirst(t *testing.T) {
	for _, c := range []struct{ line, date, event string }{
		{"Mon June 8 - LUXEMBOURG: EU foreign ministers meet.", "Mon June 8", "LUXEMBOURG: EU foreign ministers meet."},
		{"23 April 2026 | Annual General Meeting, Helsinki", "23 April 2026", "Annual General Meeting, Helsinki"},
		{"The board met on 14 May 2026 in Oslo.", "", ""},
		{"10 February 2026 | 10:00 | Clinical Governance Committee", "10 February 2026", "Clinical Governance Committee"},
		{"Monday 2 November 2026, 10:00 - Health Scrutiny Committee, Room 4.12", "Monday 2 November 2026", "Health Scrutiny Committee, Room 4.12"},
		{"Thursday 19 November 2026, 18:30 - Housing Scrutiny Panel", "Thursday 19 November 2026", "Housing Scrutiny Panel"},
		{"23.04.2026 Annual General Meeting", "23.04.2026", "Annual General Meeting"},
		{"12.02.2026  Fourth quarter 2025 results", "12.02.2026", "Fourth quarter 2025 results"},
		{"1.5 million shares were sold", "", ""},
	} {
		de, es := DateFirst(c.line)
		if got, ev := c.line[:de], c.line[es:]; got != c.date || es > 0 && ev != c.event || es == 0 && c.event != "" {
			t.Errorf("DateFirst(%q) = %q, %q; want %q, %q", c.line, got, ev, c.date, c.event)
		}
	}
}

func TestHeadingBlock(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"CITY OF ALDER BAY", "PLANNING COMMISSION REGULAR MEETING AGENDA", "Monday, March 23, 2026 - 6:30 PM", "Council Chambers, 410 Harbor Avenue"}, true},
		{[]string{"Riverside Branch, National Education Union", "Minutes of branch meeting", "Held: Tuesday 3 February 2026, 5pm, Room B14, Riverside Academy"}, true},
		{[]string{"Geneva, 12 March 2024 — Negotiators from both sides resumed talks on", "Tuesday at the Palais des Nations."}, false},
		{[]string{"The minister said", "the talks would", "resume."}, false},
		{[]string{"The two sides met in the", "Palace of Nations on Tuesday."}, false},
		{[]string{"KESTREL MINING PLC"}, false},
	} {
		if got := HeadingBlock(c.lines); got != c.want {
			t.Errorf("HeadingBlock(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

func TestWeekdayLines(t *testing.T) {
	for _, c := range []struct {
		line       string
		only       bool
		day, event string
	}{
		{"Monday", true, "", ""},
		{"TUESDAY:", true, "", ""},
		{"Monday 9 February", false, "", ""},
		{"Monday: Cabinet, Government Buildings.", false, "Monday", "Cabinet, Government Buildings."},
		{"Thu - North South Ministerial Council plenary, Armagh.", false, "Thu", "North South Ministerial Council plenary, Armagh."},
		{"Monday: ministers said", false, "", ""},
		{"Month: March", false, "", ""},
	} {
		if got := WeekdayOnly(c.line); got != c.only {
			t.Errorf("WeekdayOnly(%q) = %v, want %v", c.line, got, c.only)
		}
		de, es := WeekdayFirst(c.line)
		if got, ev := c.line[:de], c.line[es:]; got != c.day || es > 0 && ev != c.event || es == 0 && c.event != "" {
			t.Errorf("WeekdayFirst(%q) = %q, %q; want %q, %q", c.line, got, ev, c.day, c.event)
		}
	}
}

// TestLabelLineForms: a record's labels, with a kind before "Date" and a
// date and time joined by a slash.
func TestLabelLineForms(t *testing.T) {
	for _, l := range []string{"Hearing Date: Tuesday, May 20, 2025", "Date/Time: Monday, February 2, 2026, 6:00 p.m.", "Date & Time: 4 March", "Location: Room 4"} {
		if !LabelLine(l) {
			t.Errorf("LabelLine(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"Hearing on the budget: Tuesday", "Dated: 4 March"} {
		if LabelLine(l) {
			t.Errorf("LabelLine(%q) = true, want false", l)
		}
	}
}

// TestKeepsItems: an agenda's lettered or numbered items keep their line
// breaks.
func TestKeepsItems(t *testing.T) {
	if !Keeps([]string{"1. Adoption of the agenda", "2. Current affairs", "   a) Ukraine"}) {
		t.Error("Keeps refuses an agenda's items")
	}
	if Keeps([]string{"The talks resumed in Geneva on Monday and", "continued into the night."}) {
		t.Error("Keeps keeps a wrapped sentence's break")
	}
}

// TestBulletedDateFirst: a bulleted calendar line opens with its date past
// the bullet.
func TestBulletedDateFirst(t *testing.T) {
	line := "- Jan 14 — Finance Committee, Room 2"
	if de, es := DateFirst(line); de != len("- Jan 14") || line[es:] != "Finance Committee, Room 2" {
		t.Errorf("DateFirst(%q) = %d, %d", line, de, es)
	}
	if !CalendarLine(line) {
		t.Errorf("CalendarLine(%q) = false", line)
	}
}

func TestNumberedDate(t *testing.T) {
	for _, c := range []struct {
		line, date string // date: the date NumberedDate reads; "" for none
		dropped    bool
	}{
		{"Meeting 3: Tuesday 2 – Wednesday 3 June (revised)", "Tuesday 2 – Wednesday 3 June", false},
		{"41st | Tuesday 2 February - Wednesday 3 February 2027 | Wednesday 3 February, 15:00", "Tuesday 2 February - Wednesday 3 February 2027", false},
		{"No. 1 | Tuesday, 19 January 2027 | Conference Room A", "Tuesday, 19 January 2027", false},
		{"1. Monday-Tuesday, 26-27 January 2026", "Monday-Tuesday, 26-27 January 2026", false},
		{"• Thursday 2 April (held)", "Thursday 2 April", false},
		{"• Thursday 5 March (cancelled)", "", true},
		{"Meeting 4: 9 June (postponed)", "", true},
		{"Thursday 2 April", "", false},                                         // a date alone: DateLine's
		{"Tuesday 5 May | 10:00 | Finance Committee", "", false},                // an unnumbered row names its event
		{"Meeting 2: Budget and the annual report", "", false},                  // no date
		{"• Thursday 2 April (a briefing for members of the press)", "", false}, // a long note
	} {
		a, b := NumberedDate(c.line)
		if got := c.line[a:b]; got != c.date {
			t.Errorf("NumberedDate(%q) reads %q, want %q", c.line, got, c.date)
		}
		if got := DroppedDate(c.line); got != c.dropped {
			t.Errorf("DroppedDate(%q) = %v, want %v", c.line, got, c.dropped)
		}
	}
}

func TestTitledDay(t *testing.T) {
	for _, c := range []struct{ line, date, title string }{
		{"Monday 29 September – Senior Officials' Meeting (closed)", "Monday 29 September", "Senior Officials' Meeting (closed)"},
		{"Monday 16 June: Brussels", "Monday 16 June", "Brussels"},
		{"Day 1, Monday 10 November — Technical sessions", "Monday 10 November", "Technical sessions"},
		{"Monday 29 September", "", ""},             // a day alone: DayHeading's
		{"Registration opens at 09.00", "", ""},     // no date first
		{"Day 1: Opening, country reports", "", ""}, // a day's number, no date
	} {
		a, b, ts := TitledDay(c.line)
		date, title := c.line[a:b], ""
		if ts > 0 {
			title = c.line[ts:]
		}
		if date != c.date || title != c.title {
			t.Errorf("TitledDay(%q) = %q, %q; want %q, %q", c.line, date, title, c.date, c.title)
		}
	}
}
