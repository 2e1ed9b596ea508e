package meetings

import (
	"context"
	"strings"
	"testing"
)

// TestEvalAgainst scores a second annotation as Eval scores the extractor,
// and refuses one that does not annotate the same stories.
func TestEvalAgainst(t *testing.T) {
	const text = "NEW DELHI, Dec 4 - India and Russia will hold talks in New Delhi on Friday. The EU board met on Monday."
	talks := `{"title":"India-Russia talks","keys":["talks"],"date":"2025-12-05","precision":"day","place":"New Delhi","participants":["India","Russia"],"status":"upcoming","evidence":"India and Russia will hold talks in New Delhi on Friday."}`
	board := `{"title":"EU board meeting","keys":["board"],"date":"2025-12-01","precision":"day","place":"","participants":["EU"],"status":"past","evidence":"The EU board met on Monday."}`
	boardOptional := strings.Replace(board, `"evidence"`, `"optional":true,"evidence"`, 1)
	talksOneParty := strings.Replace(talks, `["India","Russia"]`, `["India","Japan"]`, 1)
	doc := func(id, text string, meetings ...string) string {
		return `{"id":"` + id + `","published":"2025-12-04","text":"` + text + `","meetings":[` + strings.Join(meetings, ",") + `]}` + "\n"
	}
	gold := doc("a", text, talks, board)
	for _, tc := range []struct {
		name, second string
		want         []string // lines of the report, or of its error
		wantErr      string
	}{
		{name: "same annotation", second: doc("a", text, talks, board),
			want: []string{"P 1.000  R 1.000  F1 1.000  (tp 2, fp 0, fn 0)", "participants:   P 1.000 (3/3)  R 1.000 (3/3)"}},
		{name: "optional entry is no answer", second: doc("a", text, talks, boardOptional),
			want: []string{"2 gold (non-optional), 1 predicted", "(tp 1, fp 0, fn 1)", "MISS a EU board meeting"}},
		{name: "parties disagree", second: doc("a", text, talksOneParty, board),
			want: []string{"participants:   P 0.667 (2/3)  R 0.667 (2/3)", "parts India;Japan want India;Russia (extra Japan; missing Russia)"}},
		{name: "story missing", second: doc("b", text, talks), wantErr: `id "a"): the second annotation has no story with this id`},
		{name: "text differs", second: doc("a", "Other text.", talks), wantErr: "the second annotation's text differs from the gold's"},
		{name: "extra story", second: doc("a", text, talks, board) + doc("z", text), wantErr: `1 stories the gold has not (first "z")`},
		{name: "story twice", second: doc("a", text) + doc("a", text), wantErr: `line 2: story "a" appears twice`},
		{name: "not json", second: "{\n", wantErr: "second annotation: line 1:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			_, err := EvalAgainst(context.Background(), strings.NewReader(gold), strings.NewReader(tc.second), &out, true)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String(), "speed:") {
				t.Errorf("a second annotation has no extraction speed to report:\n%s", out.String())
			}
		})
	}
}
