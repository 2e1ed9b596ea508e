package timex

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/internal/benchcpu"
)

func TestScore(t *testing.T) {
	gold := []GoldExpr{
		{Start: 0, End: 5, Type: Date, Value: "2025-12-04"},
		{Start: 10, End: 20, Type: Date, Value: "2025-W48"},
		{Start: 30, End: 35, Type: Duration, Value: "P1D"},
		{Start: 40, End: 50, Type: Date, Value: "2025-12-01"},
	}
	pred := []Expr{
		{Start: 0, End: 5, Type: Date, Value: "2025-12-04"},   // strict, right value
		{Start: 15, End: 20, Type: Date, Value: "2025-W49"},   // overlaps, wrong value
		{Start: 18, End: 22, Type: Date, Value: "2025-W48"},   // overlaps a gold already paired
		{Start: 40, End: 45, Type: Time, Value: "2025-12-01"}, // overlaps, right value, wrong type
		{Start: 60, End: 65, Type: Date, Value: "2025-12-09"}, // false alarm
	}
	got := Score(gold, pred)
	want := Counts{Gold: 4, Pred: 5, Strict: 1, RelaxedGold: 3, RelaxedPred: 3, Value: 2, TypeCorrect: 2,
		FullDateGold: 2, FullDatePred: 3, FullDateCorrect: 2}
	if got != want {
		t.Fatalf("Score:\n got %+v\nwant %+v", got, want)
	}
	var rep Report
	rep.fill(got)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"relaxed P", rep.Relaxed.P, 3.0 / 5},
		{"relaxed R", rep.Relaxed.R, 3.0 / 4},
		{"strict F1", rep.Strict.F1, 2 * (1.0 / 5) * (1.0 / 4) / (1.0/5 + 1.0/4)},
		{"value F1", rep.Value.F1, 2 * (2.0 / 5) * (2.0 / 4) / (2.0/5 + 2.0/4)},
		{"full-date F1", rep.FullDate.F1, 2 * (2.0 / 3) * 1 / (2.0/3 + 1)},
		{"type accuracy", rep.TypeAccuracy, 2.0 / 3},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
}

func TestScoreFullDateMissedByCoarseValue(t *testing.T) {
	gold := []GoldExpr{{Start: 0, End: 6, Type: Date, Value: "1998-01-08"}}
	pred := []Expr{{Start: 0, End: 6, Type: Date, Value: "1998-W02"}}
	got := Score(gold, pred)
	if got.FullDatePred != 1 || got.FullDateCorrect != 0 || got.FullDateGold != 1 {
		t.Errorf("coarse prediction of a full date: %+v", got)
	}
}

func TestEvalSmall(t *testing.T) {
	in := `{"id":"a","published":"2025-12-04","text":"They met on Tuesday and meet again next week.","timex3":[` +
		`{"start":12,"end":19,"text":"Tuesday","type":"DATE","value":"2025-12-02"},` +
		`{"start":35,"end":44,"text":"next week","type":"DATE","value":"2025-W50"}]}
{"id":"b","published":"2025-12-04T09:00:00+05:30","text":"Nothing here.","timex3":[]}
`
	var out bytes.Buffer
	rep, err := Eval(context.Background(), strings.NewReader(in), &out, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 2 || rep.Gold != 2 || rep.Predicted != 2 || rep.Strict.F1 != 1 || rep.Value.F1 != 1 || rep.FullDate.F1 != 1 {
		t.Errorf("report %+v\n%s", rep, out.String())
	}
	for _, w := range []string{"strict", "relaxed", "value full-date", "type accuracy", "docs/s"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, out.String())
		}
	}
}

func TestEvalErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad json", "{\"id\":\n", "line 1"},
		{"bad date", `{"id":"x","published":"yesterday","text":"","timex3":[]}`, `bad published date "yesterday"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Eval(context.Background(), strings.NewReader(tc.in), &bytes.Buffer{}, nil, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Eval(ctx, strings.NewReader(`{"id":"x","published":"2025-01-01","text":"","timex3":[]}`), &bytes.Buffer{}, nil, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v", err)
	}
}

// benchDocs returns the dev stories, or a synthetic brief when they are absent.
func benchDocs(b *testing.B) []GoldDoc {
	dir := os.Getenv("BRIEFBOT_EVAL_DIR")
	if dir == "" {
		dir = "../../../../shared/eval"
	}
	var docs []GoldDoc
	if f, err := os.Open(dir + "/dates.dev.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var g GoldDoc
			if json.Unmarshal(sc.Bytes(), &g) == nil {
				docs = append(docs, g)
			}
		}
	}
	if len(docs) == 0 {
		text := strings.Repeat("New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh on Thursday said the 22nd "+
			"meeting will be held later today; the 5th Working Group met on October 28-29, 2025. ", 12)
		docs = []GoldDoc{{Published: "2025-12-04", Text: text}}
	}
	return docs
}

func BenchmarkFind(b *testing.B) {
	docs := benchDocs(b)
	refs := make([]GoldDoc, len(docs))
	copy(refs, docs)
	cpu0 := benchcpu.Used()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		ref, _ := ParsePublished(d.Published)
		Find(d.Text, ref)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := benchcpu.Used() - cpu0; cpu > 0 {
		// CPU seconds of this process: docs per second of one core even on a busy machine
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "docs/cpu-s")
	}
}
