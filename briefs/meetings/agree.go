package meetings

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// EvalAgainst is `briefbot eval meetings -against SECOND GOLD`: it scores a
// second annotation of gold's stories (another annotator's, or another
// system's answers in the same format) by the rules Eval scores the
// extractor with. Two annotators' figures are the ceiling the extractor's
// can be read against: where careful people disagree, no rule can agree
// with both. Every story of gold must be in second, under its id and with
// the same text; second's entries marked optional are not among its
// answers. With listErrors the disagreements follow the figures, as
// EvalErrors lists the extractor's.
func EvalAgainst(ctx context.Context, gold, second io.Reader, w io.Writer, listErrors bool) (Report, error) {
	answers, err := readAnnotations(second)
	if err != nil {
		return Report{}, err
	}
	seen := make(map[string]bool, len(answers))
	answer := func(g goldDoc, _ time.Time) ([]briefs.Meeting, error) {
		a, ok := answers[g.ID]
		switch {
		case !ok:
			return nil, fmt.Errorf("the second annotation has no story with this id")
		case a.Text != g.Text:
			return nil, fmt.Errorf("the second annotation's text differs from the gold's")
		}
		seen[g.ID] = true
		return annotatedMeetings(a.Meetings), nil
	}
	rep, docs, err := evalDocs(ctx, gold, answer, nil, nil)
	if err != nil {
		return rep, err
	}
	rep.annotation = true
	if extra := len(answers) - len(seen); extra > 0 {
		return rep, fmt.Errorf("meetings: eval: the second annotation has %d stories the gold has not (first %q); give it the same stories", extra, firstUnseen(answers, seen))
	}
	if err := writeReport(w, rep); err != nil || !listErrors {
		return rep, err
	}
	return rep, writeErrors(w, docs)
}

// readAnnotations reads an annotated file into its stories by id.
func readAnnotations(r io.Reader) (map[string]goldDoc, error) {
	docs := map[string]goldDoc{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("meetings: second annotation: line %d: %w", line, err)
		}
		if _, dup := docs[d.ID]; dup {
			return nil, fmt.Errorf("meetings: second annotation: line %d: story %q appears twice", line, d.ID)
		}
		docs[d.ID] = d
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("meetings: second annotation: %w", err)
	}
	return docs, nil
}

// annotatedMeetings are an annotation's firm entries as the scorer's
// predictions: an entry its annotator marked optional is not an answer.
func annotatedMeetings(gold []GoldMeeting) []briefs.Meeting {
	var out []briefs.Meeting
	for _, g := range gold {
		if g.Optional {
			continue
		}
		out = append(out, briefs.Meeting{
			Title: g.Title, Date: g.Date, Precision: briefs.Precision(g.Precision), EndDate: g.EndDate,
			Place: g.Place, Participants: g.Participants, Status: briefs.Status(g.Status), Evidence: g.Evidence,
		})
	}
	return out
}

// firstUnseen is the smallest id of answers not in seen.
func firstUnseen(answers map[string]goldDoc, seen map[string]bool) string {
	var ids []string
	for id := range answers {
		if !seen[id] {
			ids = append(ids, id)
		}
	}
	return slices.Min(ids)
}
