package timex

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// GoldExpr is one annotated expression of the evaluation data.
type GoldExpr struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  Type   `json:"type"`
	Value string `json:"value"`
}

// GoldDoc is one line of the dates evaluation file.
type GoldDoc struct {
	ID        string     `json:"id"`
	Published string     `json:"published"`
	Text      string     `json:"text"`
	Timex     []GoldExpr `json:"timex3"`
}

// ParsePublished reads a document date ("1998-01-08" or RFC 3339).
func ParsePublished(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("timex: bad published date %q", s)
}

// Report is the outcome of scoring Find on an evaluation file.
type Report struct {
	Docs, Gold, Predicted int
	Strict, Relaxed       PRF // extraction: identical spans, overlapping spans
	Value                 PRF // relaxed match with equal values
	FullDate              PRF // Value on gold values that are full dates (YYYY-MM-DD)
	TypeAccuracy          float64
	Elapsed               time.Duration // time spent in Find
	DocsPerSec            float64
}

// Eval runs `briefbot eval dates FILE`: reads the jsonl, runs Find on each story with ref = published,
// scores, and writes a short report (strict/relaxed P/R/F1, value F1 overall and on full dates, type
// accuracy, docs/s). progress (may be nil) is called every ~20 docs; now
// times Find for docs/s (nil: not timed).
func Eval(ctx context.Context, r io.Reader, w io.Writer, progress func(done int), now func() time.Time) (Report, error) {
	if now == nil {
		now = func() time.Time { return time.Time{} }
	}
	var c Counts
	var rep Report
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("timex: eval: %w", err)
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return rep, fmt.Errorf("timex: eval: line %d: %w", line, err)
		}
		ref, err := ParsePublished(g.Published)
		if err != nil {
			return rep, fmt.Errorf("timex: eval: line %d (%s): %w", line, g.ID, err)
		}
		start := now()
		pred := Find(g.Text, ref)
		rep.Elapsed += now().Sub(start)
		c.Add(Score(g.Timex, pred))
		rep.Docs++
		if progress != nil && rep.Docs%20 == 0 {
			progress(rep.Docs)
		}
	}
	if err := sc.Err(); err != nil {
		return rep, fmt.Errorf("timex: eval: read: %w", err)
	}
	rep.fill(c)
	if err := rep.Write(w); err != nil {
		return rep, fmt.Errorf("timex: eval: write report: %w", err)
	}
	return rep, nil
}

func (rep *Report) fill(c Counts) {
	rep.Gold, rep.Predicted = c.Gold, c.Pred
	rep.Strict = prf(c.Strict, c.Strict, c.Pred, c.Gold)
	rep.Relaxed = prf(c.RelaxedPred, c.RelaxedGold, c.Pred, c.Gold)
	rep.Value = prf(c.Value, c.Value, c.Pred, c.Gold)
	rep.FullDate = prf(c.FullDateCorrect, c.FullDateCorrect, c.FullDatePred, c.FullDateGold)
	if c.RelaxedGold > 0 {
		rep.TypeAccuracy = float64(c.TypeCorrect) / float64(c.RelaxedGold)
	}
	if s := rep.Elapsed.Seconds(); s > 0 {
		rep.DocsPerSec = float64(rep.Docs) / s
	}
}

// Write prints the report as a short table.
func (rep Report) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "dates: %d docs, %d gold, %d predicted\n"+
		"%-16s %6s %6s %6s\n"+
		"%-16s %6.3f %6.3f %6.3f\n%-16s %6.3f %6.3f %6.3f\n%-16s %6.3f %6.3f %6.3f\n%-16s %6.3f %6.3f %6.3f\n"+
		"type accuracy    %6.3f\nspeed            %.0f docs/s (%v in Find)\n",
		rep.Docs, rep.Gold, rep.Predicted, "", "P", "R", "F1",
		"strict", rep.Strict.P, rep.Strict.R, rep.Strict.F1,
		"relaxed", rep.Relaxed.P, rep.Relaxed.R, rep.Relaxed.F1,
		"value", rep.Value.P, rep.Value.R, rep.Value.F1,
		"value full-date", rep.FullDate.P, rep.FullDate.R, rep.FullDate.F1,
		rep.TypeAccuracy, rep.DocsPerSec, rep.Elapsed.Round(time.Millisecond))
	return err
}
