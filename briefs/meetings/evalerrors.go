package meetings

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// EvalErrors is Eval that also lists, after the report, every error it
// counted: each false alarm, each missed meeting, and each matched meeting
// whose status, place or participants disagree with the annotation. One
// line each, led by the document's id, so errors can be read by class.
func EvalErrors(ctx context.Context, r io.Reader, w io.Writer, progress func(done int), now func() time.Time) (Report, error) {
	rep, docs, err := evalDocs(ctx, r, extracted, progress, now)
	if err != nil {
		return rep, err
	}
	if err := writeReport(w, rep); err != nil {
		return rep, err
	}
	return rep, writeErrors(w, docs)
}

// WriteReport prints a report (for example a pooled one) as Eval does.
func WriteReport(w io.Writer, r Report) error { return writeReport(w, r) }

// Plus pools two reports: the counts add up and the speed is that of all
// their documents together.
func (r Report) Plus(o Report) Report {
	var secs float64
	for _, x := range []Report{r, o} {
		if x.DocsPerSec > 0 {
			secs += float64(x.Docs) / x.DocsPerSec
		}
	}
	sum := Report{
		Docs: r.Docs + o.Docs, Gold: r.Gold + o.Gold, Predicted: r.Predicted + o.Predicted,
		WithDates: r.WithDates.plus(o.WithDates), NoDates: r.NoDates.plus(o.NoDates),
		Matched: r.Matched + o.Matched, StatusRight: r.StatusRight + o.StatusRight, PlaceRight: r.PlaceRight + o.PlaceRight,
		PartGold: r.PartGold + o.PartGold, PartPred: r.PartPred + o.PartPred, PartRight: r.PartRight + o.PartRight,
		annotation: r.annotation && o.annotation,
	}
	if secs > 0 {
		sum.DocsPerSec = float64(sum.Docs) / secs
	}
	return sum
}

func (c Counts) plus(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FP: c.FP + o.FP, FN: c.FN + o.FN}
}

// writeErrors lists the errors of scored documents:
//
//	FA   id predicted meeting                     a false alarm
//	MISS id gold title | date end | evidence      a required meeting not found
//	BAD  id predicted meeting :: what disagrees   a matched pair with a wrong field
//	     gold title | evidence                    the gold meeting it was matched to
//
// A meeting prints as title | date end | place | participants | status.
func writeErrors(w io.Writer, docs []docResult) error {
	var b strings.Builder
	for _, d := range docs {
		for _, i := range d.score.falseAlarms {
			fmt.Fprintf(&b, "FA   %s %s\n", d.gold.ID, showMeeting(d.pred[i]))
		}
		for _, i := range d.score.misses {
			g := d.gold.Meetings[i]
			fmt.Fprintf(&b, "MISS %s %s | %s %s | %s\n", d.gold.ID, g.Title, g.Date, g.EndDate, g.Evidence)
		}
		for _, p := range d.score.pairs {
			pm, gm := d.pred[p[0]], d.gold.Meetings[p[1]]
			if bad := pairDisagreements(pm, gm); len(bad) > 0 {
				fmt.Fprintf(&b, "BAD  %s %s :: %s\n", d.gold.ID, showMeeting(pm), strings.Join(bad, " / "))
				fmt.Fprintf(&b, "     gold %s | %s\n", gm.Title, gm.Evidence)
			}
		}
	}
	if b.Len() == 0 {
		b.WriteString("no errors\n")
	}
	if _, err := io.WriteString(w, "\n"+b.String()); err != nil {
		return fmt.Errorf("meetings: write errors: %w", err)
	}
	return nil
}

// pairDisagreements names each field of a matched pair that the scorer
// counts wrong: status, place, and participants missed or extra.
func pairDisagreements(pm briefs.Meeting, gm GoldMeeting) []string {
	var bad []string
	if string(pm.Status) != gm.Status {
		bad = append(bad, "status "+string(pm.Status)+" want "+gm.Status)
	}
	if !placeAgrees(pm.Place, gm.Place) {
		bad = append(bad, "place "+pm.Place+" want "+gm.Place)
	}
	if extra, missing := partiesWrong(pm.Participants, gm.Participants); len(extra)+len(missing) > 0 {
		bad = append(bad, "parts "+strings.Join(pm.Participants, ";")+" want "+strings.Join(gm.Participants, ";")+
			" (extra "+strings.Join(extra, ";")+"; missing "+strings.Join(missing, ";")+")")
	}
	return bad
}

// partiesWrong lists the predicted parties the scorer leaves unmatched
// (extra) and the gold parties no prediction matched (missing).
func partiesWrong(pred, gold []string) (extra, missing []string) {
	found := make([]bool, len(gold))
	for i, j := range partyPairs(pred, gold) {
		if j < 0 {
			extra = append(extra, pred[i])
			continue
		}
		found[j] = true
	}
	for j, ok := range found {
		if !ok {
			missing = append(missing, gold[j])
		}
	}
	return extra, missing
}

func showMeeting(m briefs.Meeting) string {
	return m.Title + " | " + m.Date + " " + m.EndDate + " | " + m.Place + " | " + strings.Join(m.Participants, ";") + " | " + string(m.Status)
}
