package meetings

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// Report is the score of the extractor on an annotated file.
type Report struct {
	Docs      int
	Gold      int // non-optional gold meetings
	Predicted int
	WithDates Counts // a match must also agree on the date
	NoDates   Counts // names alone
	// Over date-aware matched pairs:
	Matched     int
	StatusRight int
	PlaceRight  int
	PartGold    int // gold participants
	PartPred    int // predicted participants
	PartRight   int // pairs of the two, matched one to one
	// Extraction speed: documents per second of Extract time on one goroutine.
	DocsPerSec float64
	// annotation is set when the predictions scored were a second
	// annotation (EvalAgainst), not the extractor's: no speed to report.
	annotation bool
}

// StatusAcc is the share of matched meetings with the right status.
func (r Report) StatusAcc() float64 { return ratio(r.StatusRight, r.Matched) }

// PlaceAcc is the share of matched meetings with the right place.
func (r Report) PlaceAcc() float64 { return ratio(r.PlaceRight, r.Matched) }

// PartRecall is the share of gold participants of matched meetings named.
func (r Report) PartRecall() float64 { return ratio(r.PartRight, r.PartGold) }

// PartPrecision is the share of predicted participants of matched meetings
// that name a gold one.
func (r Report) PartPrecision() float64 { return ratio(r.PartRight, r.PartPred) }

// goldDoc is one line of meetings.dev.jsonl.
type goldDoc struct {
	ID        string        `json:"id"`
	Published string        `json:"published"`
	Title     string        `json:"title"`
	Text      string        `json:"text"`
	Meetings  []GoldMeeting `json:"meetings"`
}

// docResult is one scored document, kept for diagnostics.
type docResult struct {
	gold  goldDoc
	pred  []briefs.Meeting
	score docScore
}

// Eval is `briefbot eval meetings FILE`: scores by the README rules, writes
// P/R/F1 with and without dates, status/place/participants on matched
// pairs, and docs/s timed with now; progress and now may be nil (no speed).
func Eval(ctx context.Context, r io.Reader, w io.Writer, progress func(done int), now func() time.Time) (Report, error) {
	rep, _, err := evalDocs(ctx, r, extracted, progress, now)
	if err != nil {
		return rep, err
	}
	return rep, writeReport(w, rep)
}

// predictor gives the meetings scored against a gold story's.
type predictor func(g goldDoc, published time.Time) ([]briefs.Meeting, error)

// extracted is the extractor's answer for a gold story: its meetings that
// are not cancelled (the annotations leave cancelled meetings out).
func extracted(g goldDoc, published time.Time) ([]briefs.Meeting, error) {
	res, err := safeOfText(g.Text, published, published)
	if err != nil {
		return nil, err
	}
	return Scheduled(res.Meetings), nil
}

// evalDocs scores predict's answer for every story of r.
func evalDocs(ctx context.Context, r io.Reader, predict predictor, progress func(done int), now func() time.Time) (Report, []docResult, error) {
	if now == nil {
		now = func() time.Time { return time.Time{} }
	}
	var rep Report
	var docs []docResult
	var elapsed time.Duration
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return rep, docs, fmt.Errorf("meetings: eval: %w", err)
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return rep, docs, fmt.Errorf("meetings: eval: line %d: %w", line, err)
		}
		pub, err := time.Parse("2006-01-02", g.Published)
		if err != nil {
			return rep, docs, fmt.Errorf("meetings: eval: line %d: published %q: %w", line, g.Published, err)
		}
		start := now()
		pred, err := predict(g, pub)
		if err != nil {
			return rep, docs, fmt.Errorf("meetings: eval: line %d (id %q): %w", line, g.ID, err)
		}
		elapsed += now().Sub(start)
		s := scoreDoc(pred, g.Meetings)
		rep.add(s, pred, g.Meetings)
		docs = append(docs, docResult{gold: g, pred: pred, score: s})
		if progress != nil {
			progress(rep.Docs)
		}
	}
	if err := sc.Err(); err != nil {
		return rep, docs, fmt.Errorf("meetings: eval: read line %d: %w", line+1, err)
	}
	if elapsed > 0 {
		rep.DocsPerSec = float64(rep.Docs) / elapsed.Seconds()
	}
	return rep, docs, nil
}

func (r *Report) add(s docScore, pred []briefs.Meeting, gold []GoldMeeting) {
	r.Docs++
	r.Predicted += len(pred)
	for _, g := range gold {
		if !g.Optional {
			r.Gold++
		}
	}
	r.WithDates = r.WithDates.plus(s.withDates)
	r.NoDates = r.NoDates.plus(s.noDates)
	r.Matched += s.matched
	r.StatusRight += s.status
	r.PlaceRight += s.place
	r.PartGold += s.partGold
	r.PartPred += s.partPred
	r.PartRight += s.partRight
}

// writeReport prints the report as aligned text.
func writeReport(w io.Writer, r Report) error {
	_, err := fmt.Fprintf(w, `meetings: %d docs, %d gold (non-optional), %d predicted
with dates:     P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)
ignoring dates: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)
matched pairs %d: status %.3f  place %.3f
participants:   P %.3f (%d/%d)  R %.3f (%d/%d)
`, r.Docs, r.Gold, r.Predicted,
		r.WithDates.P(), r.WithDates.R(), r.WithDates.F1(), r.WithDates.TP, r.WithDates.FP, r.WithDates.FN,
		r.NoDates.P(), r.NoDates.R(), r.NoDates.F1(), r.NoDates.TP, r.NoDates.FP, r.NoDates.FN,
		r.Matched, r.StatusAcc(), r.PlaceAcc(),
		r.PartPrecision(), r.PartRight, r.PartPred, r.PartRecall(), r.PartRight, r.PartGold)
	if err == nil && !r.annotation {
		_, err = fmt.Fprintf(w, "speed: %.0f docs/s (one goroutine, Extract only)\n", r.DocsPerSec)
	}
	if err != nil {
		return fmt.Errorf("meetings: write report: %w", err)
	}
	return nil
}
