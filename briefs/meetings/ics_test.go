package meetings

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/briefbot/briefbot/briefs"
)

func icsMeetings() []briefs.Meeting {
	return []briefs.Meeting{
		{Title: "22nd India-Russia IRIGC-M&MTC ministerial meeting", Date: "2025-12-04", Precision: briefs.PrecisionDay,
			Place: "Manekshaw Centre, New Delhi", Participants: []string{"Rajnath Singh", "Andrei Belousov"},
			Evidence: "The 22nd ... meeting will be held at the Manekshaw Centre later today; a long sentence, with commas, semicolons; and a line\nbreak, to force folding past seventy-five octets — with non-ASCII “quotes” too.",
			Key:      "22nd-india-irigc-meeting", Sources: []int64{7, 9}},
		{Title: "5th Working Group meeting", Date: "2025-10-28", EndDate: "2025-10-29", Precision: briefs.PrecisionDay,
			Place: "New Delhi", Key: "5th-group-working", BriefID: 7},
		{Title: "G-7 talks", Date: "1987-04-06", Precision: briefs.PrecisionWeek, Key: "g-7-talks"},
		{Title: "CIPEC ministerial meeting", Date: "1987-09", Precision: briefs.PrecisionMonth},
		{Title: "Board meeting", Date: "2025-12-05", Time: "15:30", Precision: briefs.PrecisionDay, Key: "board"},
		{Title: "no date", Date: "soon"},
	}
}

func writeTestICS(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	err := WriteICS(&buf, icsMeetings(), ICSOptions{
		Name: "Team, meetings", Now: time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC),
		Link: func(id int64) string { return fmt.Sprintf("https://briefs.example/b/%d", id) },
	})
	if err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteICSParsesBack(t *testing.T) {
	out := writeTestICS(t)
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, out)
	}
	evs := cal.Events()
	if len(evs) != 5 {
		t.Fatalf("got %d events, want 5 (the undated meeting skipped)", len(evs))
	}
	type want struct{ uid, start, end, summary, location string }
	wants := []want{
		{"22nd-india-irigc-meeting@briefbot", "20251204", "20251205", "22nd India-Russia IRIGC-M&MTC ministerial meeting", "Manekshaw Centre, New Delhi"},
		{"5th-group-working@briefbot", "20251028", "20251030", "5th Working Group meeting", "New Delhi"},
		{"g-7-talks@briefbot", "19870406", "19870413", "G-7 talks", ""},
		{"", "19870901", "19871001", "CIPEC ministerial meeting", ""},
		{"board@briefbot", "20251205T153000", "20251205T163000", "Board meeting", ""},
	}
	for i, w := range wants {
		ev := evs[i]
		prop := func(p ics.ComponentProperty) string {
			if x := ev.GetProperty(p); x != nil {
				return x.Value
			}
			return ""
		}
		if w.uid != "" && ev.Id() != w.uid {
			t.Errorf("event %d: UID %q, want %q", i, ev.Id(), w.uid)
		}
		if !strings.HasSuffix(ev.Id(), "@briefbot") {
			t.Errorf("event %d: UID %q lacks @briefbot", i, ev.Id())
		}
		if got := prop(ics.ComponentPropertyDtStart); got != w.start {
			t.Errorf("event %d: DTSTART %q, want %q", i, got, w.start)
		}
		if got := prop(ics.ComponentPropertyDtEnd); got != w.end {
			t.Errorf("event %d: DTEND %q, want %q", i, got, w.end)
		}
		allDay := !strings.Contains(w.start, "T")
		if v := ev.GetProperty(ics.ComponentPropertyDtStart).ICalParameters["VALUE"]; allDay != (len(v) == 1 && v[0] == "DATE") {
			t.Errorf("event %d: VALUE=%v, all-day %v", i, v, allDay)
		}
		if got := prop(ics.ComponentPropertySummary); got != w.summary {
			t.Errorf("event %d: SUMMARY %q, want %q", i, got, w.summary)
		}
		if got := prop(ics.ComponentPropertyLocation); got != w.location {
			t.Errorf("event %d: LOCATION %q, want %q", i, got, w.location)
		}
		if prop(ics.ComponentPropertyDtstamp) != "20251204T080000Z" {
			t.Errorf("event %d: DTSTAMP %q", i, prop(ics.ComponentPropertyDtstamp))
		}
	}
	desc := evs[0].GetProperty(ics.ComponentPropertyDescription).Value
	ms := icsMeetings()
	if !strings.HasPrefix(desc, ms[0].Evidence) || !strings.Contains(desc, "https://briefs.example/b/7") ||
		!strings.Contains(desc, "https://briefs.example/b/9") || !strings.Contains(desc, "Rajnath Singh, Andrei Belousov") {
		t.Errorf("DESCRIPTION did not round-trip: %q", desc)
	}
	if u := evs[1].GetProperty(ics.ComponentPropertyUrl); u == nil || u.Value != "https://briefs.example/b/7" {
		t.Errorf("URL of a meeting with BriefID only: %+v", u)
	}
}

func TestWriteICSFormat(t *testing.T) {
	out := writeTestICS(t)
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:" + prodID + "\r\n",
		"X-WR-CALNAME:Team\\, meetings\r\n", "X-PUBLISHED-TTL:PT1H\r\n", "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "END:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20251204\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
	folded := 0
	for i, l := range lines {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i, len(l), l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Error("no folded lines: the long DESCRIPTION should fold")
	}
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	if !strings.Contains(unfolded, `semicolons\; and a line\nbreak`) || !strings.Contains(unfolded, `with commas\,`) {
		t.Errorf("commas, semicolons and newlines not escaped:\n%s", unfolded)
	}
}

func TestWriteICSUniqueUIDs(t *testing.T) {
	ms := []briefs.Meeting{
		{Title: "Ford annual meeting", Date: "1987-05-14", Precision: briefs.PrecisionDay, Key: "ford-meeting"},
		{Title: "Ford annual meeting", Date: "1988-05-12", Precision: briefs.PrecisionDay, Key: "ford-meeting"},
	}
	var buf bytes.Buffer
	if err := WriteICS(&buf, ms, ICSOptions{Now: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(&buf)
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 2 || evs[0].Id() == evs[1].Id() {
		t.Errorf("UIDs not unique: %d events", len(evs))
	}
}

// TestWriteICSOnlyWebLinks: a brief's url that is not http(s) goes into
// neither URL nor DESCRIPTION.
func TestWriteICSOnlyWebLinks(t *testing.T) {
	links := map[int64]string{7: "javascript:alert(1)", 9: "https://briefs.example/b/9"}
	var buf bytes.Buffer
	err := WriteICS(&buf, icsMeetings(), ICSOptions{Name: "Team", Now: time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC),
		Link: func(id int64) string { return links[id] }})
	if err != nil {
		t.Fatal(err)
	}
	out := strings.ReplaceAll(buf.String(), "\r\n ", "")
	if strings.Contains(out, "javascript") {
		t.Errorf("a javascript: link reached the calendar:\n%s", out)
	}
	if !strings.Contains(out, "URL:https://briefs.example/b/9") {
		t.Errorf("the https link is missing:\n%s", out)
	}
}

// TestWriteICSCancelled: a cancelled meeting stays in the feed, marked
// STATUS:CANCELLED, so calendars that had it show it called off.
func TestWriteICSCancelled(t *testing.T) {
	for _, st := range []briefs.Status{briefs.StatusUpcoming, briefs.StatusCancelled} {
		var buf bytes.Buffer
		m := briefs.Meeting{Title: "EU-China summit", Date: "2025-12-09", Precision: briefs.PrecisionDay, Key: "eu-china", Status: st}
		if err := WriteICS(&buf, []briefs.Meeting{m}, ICSOptions{Name: "Team", Now: time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Contains(buf.String(), "STATUS:CANCELLED\r\n"), st == briefs.StatusCancelled; got != want {
			t.Errorf("status %s: STATUS:CANCELLED written %v, want %v", st, got, want)
		}
	}
}
