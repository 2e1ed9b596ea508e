package meetings

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRunJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"PARIS, March 2 - OPEC ministers will meet here on Friday.","published":"1987-03-02"}`,
		`{"id":7,"text":"No meetings.","published":"1987-03-02T10:00:00Z"}`,
		`not json`,
		``,
		`{"id":"c","published":"1987-03-02"}`,
		`{"id":"d","text":"x","published":"March 2"}`,
		`{"id":"e","text":"PARIS, Dec 30 - Ministers meet on Friday."}`,
	}, "\n")
	ingested := time.Date(2027, 1, 2, 9, 0, 0, 0, time.UTC)
	var out strings.Builder
	bad, err := RunJSONL(context.Background(), strings.NewReader(in), &out, ingested)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 3 {
		t.Errorf("bad = %d, want 3", bad)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []struct{ id, errHas string }{
		{"a", ""}, {"7", ""}, {"", "line 3: bad JSON"}, {"c", `line 5: missing "text"`},
		{"d", `line 6: published "March 2"`}, {"e", ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, w := range want {
		var got struct {
			ID       string            `json:"id"`
			Error    string            `json:"error"`
			Meetings []json.RawMessage `json:"meetings"`
			Dates    []json.RawMessage `json:"dates"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if got.ID != w.id || !strings.HasPrefix(got.Error, w.errHas) || (w.errHas == "") != (got.Error == "") {
			t.Errorf("line %d = %s, want id %q error %q", i, lines[i], w.id, w.errHas)
		}
	}
	if !strings.Contains(lines[0], `"date":"1987-03-06"`) || !strings.Contains(lines[0], `"place":"Paris"`) {
		t.Errorf("first line lacks the Friday meeting in Paris: %s", lines[0])
	}
	if !strings.Contains(lines[5], `"date":"2026-12-30"`) || !strings.Contains(lines[5], `"date":"2027-01-01"`) {
		t.Errorf("a line without published is read as ingested on 2 Jan 2027 (dateline 30 Dec 2026, Friday 1 Jan): %s", lines[5])
	}
	if !strings.Contains(lines[1], `"meetings":[]`) || !strings.Contains(lines[1], `"dates":[]`) {
		t.Errorf("empty lists must be [] not null: %s", lines[1])
	}
}

func TestRunJSONLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := RunJSONL(ctx, strings.NewReader(`{"id":"a","text":"x","published":"2025-01-01"}`), &strings.Builder{}, time.Time{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
