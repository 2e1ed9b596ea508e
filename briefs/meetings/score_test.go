package meetings

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestScoreDocHandWorked(t *testing.T) {
	gold := []GoldMeeting{
		{Keys: []string{"opec", "ministerial"}, Date: "1987-03-16", Precision: "day", Status: "upcoming",
			Place: "Vienna", Participants: []string{"OPEC", "Rilwanu Lukman"}, Evidence: "OPEC ministers meet in Vienna on Monday."},
		{Keys: []string{"g-7"}, Date: "1987-04-06", Precision: "week", Status: "upcoming", Evidence: "G-7 talks next week."},
		{Keys: []string{"gatt"}, Date: "1987-09", Precision: "month", Status: "upcoming", Evidence: "GATT round in September."},
		{Keys: []string{"supreme council"}, Date: "1987-06", Precision: "month", Optional: true, Evidence: "The Supreme Council met."},
		{Keys: []string{"working group"}, Date: "1987-10-28", EndDate: "1987-10-29", Precision: "day", Status: "past", Evidence: "x"},
	}
	pred := []briefs.Meeting{
		// 1: names OPEC, right day, status right, place right (contains), one of two participants.
		{Title: "OPEC meeting", Date: "1987-03-16", Precision: "day", Status: "upcoming", Place: "Vienna, Austria", Participants: []string{"OPEC"}},
		// 2: G-7 on the Friday of the gold week: agrees at week precision; wrong status, no place (gold none: right).
		{Title: "Talks", Evidence: "G-7 talks next week.", Date: "1987-04-10", Precision: "day", Status: "past"},
		// 3: GATT in the wrong month: a match ignoring dates only.
		{Title: "GATT round", Date: "1987-10", Precision: "month", Status: "upcoming"},
		// 4: the optional meeting: neither right nor wrong.
		{Title: "Supreme Council session", Date: "1987-06-18", Precision: "day"},
		// 5: second day of the working group's range: agrees.
		{Title: "Working Group meeting", Date: "1987-10-29", Precision: "day", Status: "past"},
		// 6: a false alarm.
		{Title: "Board meeting", Evidence: "Acme directors gathered.", Date: "1987-03-01", Precision: "day"},
	}
	s := scoreDoc(pred, gold)
	if s.withDates != (Counts{TP: 3, FP: 2, FN: 1}) {
		t.Errorf("with dates = %+v, want tp 3 fp 2 fn 1", s.withDates)
	}
	if s.noDates != (Counts{TP: 4, FP: 1, FN: 0}) {
		t.Errorf("ignoring dates = %+v, want tp 4 fp 1 fn 0", s.noDates)
	}
	if s.matched != 3 || s.status != 2 || s.place != 3 || s.partGold != 2 || s.partPred != 1 || s.partRight != 1 {
		t.Errorf("pairs: matched %d status %d place %d participants %d right of %d predicted, %d gold; want 3 2 3 1 1 2",
			s.matched, s.status, s.place, s.partRight, s.partPred, s.partGold)
	}
	if got := (Counts{TP: 3, FP: 2, FN: 1}).F1(); got < 0.666 || got > 0.667 {
		t.Errorf("F1 = %f, want 2/3", got)
	}
}

func TestScoreOneToOne(t *testing.T) {
	gold := []GoldMeeting{{Keys: []string{"opec"}, Date: "1987-03", Precision: "month"}}
	pred := []briefs.Meeting{
		{Title: "OPEC meeting", Date: "1987-03-02", Precision: "day"},
		{Title: "OPEC talks", Date: "1987-03-05", Precision: "day"},
	}
	if s := scoreDoc(pred, gold); s.withDates != (Counts{TP: 1, FP: 1}) {
		t.Errorf("two predictions of one meeting: %+v, want tp 1 fp 1", s.withDates)
	}
}

func TestNamesByEvidenceOverlap(t *testing.T) {
	g := GoldMeeting{Keys: []string{"nothing-here"}, Evidence: "Ministers from the two countries met in Paris on Monday to discuss trade."}
	if !namesMeeting(briefs.Meeting{Evidence: "Ministers from the two countries met in Paris on Monday."}, g) {
		t.Error("evidence sharing most words should name the meeting")
	}
	if namesMeeting(briefs.Meeting{Evidence: "The board met on Monday."}, g) {
		t.Error("evidence sharing few words should not")
	}
}

func TestEvalReport(t *testing.T) {
	in := `{"id":"a","published":"2025-12-04","text":"NEW DELHI, Dec 4 - The board of Acme Corp will meet here on Friday.","meetings":[{"title":"Acme board meeting","keys":["acme"],"date":"2025-12-05","precision":"day","end_date":null,"place":"New Delhi","participants":["Acme Corp"],"status":"upcoming","evidence":"The board of Acme Corp will meet here on Friday."}]}
{"id":"b","published":"2025-12-04","text":"Nothing happens.","meetings":[]}
`
	var out strings.Builder
	done := 0
	rep, err := Eval(context.Background(), strings.NewReader(in), &out, func(n int) { done = n }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 2 || done != 2 || rep.WithDates.TP != 1 || rep.WithDates.FP != 0 || rep.PlaceRight != 1 || rep.StatusRight != 1 {
		t.Errorf("report = %+v", rep)
	}
	for _, want := range []string{"with dates:", "ignoring dates:", "F1 1.000", "docs/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := Eval(context.Background(), strings.NewReader("{bad\n"), &out, nil, nil); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: err = %v, want one naming line 1", err)
	}
	if _, err := Eval(context.Background(), strings.NewReader(`{"id":"x","published":"yesterday","text":""}`), &out, nil, nil); err == nil || !strings.Contains(err.Error(), "published") {
		t.Errorf("bad published: err = %v", err)
	}
}
