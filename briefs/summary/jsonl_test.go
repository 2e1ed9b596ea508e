package summary

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

const jsonlStory = "The council approved the new budget on Monday after a long debate. " +
	"The budget raises spending on schools and roads by ten percent. " +
	"Opposition members said the budget ignores rising costs for families. " +
	"The mayor said the budget would be reviewed again in the spring."

func TestRunJSONL(t *testing.T) {
	in := strings.Join([]string{
		fmt.Sprintf(`{"id":"a","text":%q}`, jsonlStory),
		`{"id":7,"text":"One sentence only."}`,
		`not json`,
		``,
		`{"id":"c"}`,
		fmt.Sprintf(`{"id":"d","text":%q,"sentences":3}`, jsonlStory),
		fmt.Sprintf(`{"id":"e","text":%q,"sentences":0}`, jsonlStory),
	}, "\n")
	var out strings.Builder
	bad, err := RunJSONL(context.Background(), strings.NewReader(in), &out, Options{Sentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	if bad != 3 {
		t.Errorf("bad = %d, want 3", bad)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	type row struct {
		ID        any      `json:"id"`
		Summary   *string  `json:"summary"`
		Sentences []string `json:"sentences"`
		Error     string   `json:"error"`
	}
	var rows []row
	for _, l := range lines {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		rows = append(rows, r)
	}
	if len(rows) != 6 {
		t.Fatalf("got %d output lines, want 6:\n%s", len(rows), out.String())
	}
	if rows[0].ID != "a" || len(rows[0].Sentences) != 1 || *rows[0].Summary != rows[0].Sentences[0] {
		t.Errorf("line 1 = %+v, want one sentence", rows[0])
	}
	if rows[1].ID != float64(7) || *rows[1].Summary != "One sentence only." {
		t.Errorf("line 2 = %+v", rows[1])
	}
	if rows[2].ID != nil || !strings.HasPrefix(rows[2].Error, "line 3: bad JSON") {
		t.Errorf("line 3 = %+v", rows[2])
	}
	if rows[3].ID != "c" || rows[3].Error != `line 5: no "text"` {
		t.Errorf("line 5 = %+v", rows[3])
	}
	if rows[4].ID != "d" || len(rows[4].Sentences) != 3 || strings.Join(rows[4].Sentences, " ") != *rows[4].Summary {
		t.Errorf("line 6 = %+v, want 3 sentences", rows[4])
	}
	if rows[5].ID != "e" || !strings.Contains(rows[5].Error, "line 7:") {
		t.Errorf("line 7 = %+v", rows[5])
	}
}

func TestRunJSONLKeepsOrder(t *testing.T) {
	var in strings.Builder
	n := 2*jsonlBatch + 17
	for i := 0; i < n; i++ {
		fmt.Fprintf(&in, "{\"id\":%d,\"text\":\"Story %d starts here. It has a second sentence about item %d.\"}\n", i, i, i)
	}
	var out strings.Builder
	bad, err := RunJSONL(context.Background(), strings.NewReader(in.String()), &out, Options{Sentences: 1})
	if err != nil || bad != 0 {
		t.Fatalf("bad=%d err=%v", bad, err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != n {
		t.Fatalf("%d lines, want %d", len(lines), n)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("line %d out of order: %s", i, l)
		}
	}
}
