package meetings

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestRunJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"PARIS, March 2 - OPEC ministers will meet here on Friday.","published":"1987-03-02"}`,
		`{"id":7,"text":"No meetings.","published":"1987-03-02T10:00:00Z"}`,
		`not json`,
		``,
		`{"id":"c","published":"1987-03-02"}`,
		`{"id":"d","text":"x","published":"March 2"}`,
		`{"id":"e","text":"x"}`,
	}, "\n")
	var out strings.Builder
	bad, err := RunJSONL(context.Background(), strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 4 {
		t.Errorf("bad = %d, want 4", bad)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []struct{ id, errHas string }{
		{"a", ""}, {"7", ""}, {"", "line 3: bad JSON"}, {"c", `line 5: missing "text"`},
		{"d", `line 6: published "March 2"`}, {"e", `line 7: missing "published"`},
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
	if !strings.Contains(lines[1], `"meetings":[]`) || !strings.Contains(lines[1], `"dates":[]`) {
		t.Errorf("empty lists must be [] not null: %s", lines[1])
	}
}

func TestRunJSONLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := RunJSONL(ctx, strings.NewReader(`{"id":"a","text":"x","published":"2025-01-01"}`), &strings.Builder{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
