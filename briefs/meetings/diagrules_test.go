package meetings

import (
	"cmp"
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

var byRule = flag.Bool("rules", false, "with -diag: print, for each rule that named a place or a participant, how often the gold agreed")

// TestDiagnoseRules scores, rule by rule, the places and participants of
// the matched meetings in the -diag file (with -rules): which named rules
// are right on a set the rules were not written against, and which are
// not. A tool for reading errors, not a check.
func TestDiagnoseRules(t *testing.T) {
	if !*byRule || *diagFile == "" {
		t.Skip("no -diag FILE -rules")
	}
	tally := map[string]*ruleTally{}
	at := func(f Field, r Rule) *ruleTally {
		k := string(f) + " " + string(r)
		if tally[k] == nil {
			tally[k] = &ruleTally{name: k}
		}
		return tally[k]
	}
	for _, d := range diagDocs(t) {
		pub, _ := time.Parse("2006-01-02", d.gold.Published)
		res, expl := Explain(reading.Of(ingest.FromText("", d.gold.Text, pub, ingest.Options{Now: pub})))
		for _, i := range d.score.falseAlarms {
			pm := d.pred[i]
			at(FieldKind, kindRule(stepsOf(res.Meetings, expl, pm.Key, pm.Evidence))).add(false, fmt.Sprintf("%s: false alarm %q | %s", d.gold.ID, pm.Title, pm.Evidence))
		}
		for _, p := range d.score.pairs {
			pm, gm := d.pred[p[0]], d.gold.Meetings[p[1]]
			steps := stepsOf(res.Meetings, expl, pm.Key, pm.Evidence)
			at(FieldKind, kindRule(steps)).add(true, "")
			if pm.Place == "" {
				at(FieldPlace, "(none)").add(gm.Place == "", fmt.Sprintf("%s: want %q", d.gold.ID, gm.Place))
			}
			for _, s := range steps {
				switch s.Field {
				case FieldPlace:
					if pm.Place == "" {
						continue
					}
					right := placeAgrees(pm.Place, gm.Place)
					at(FieldPlace, s.Rule).add(right, fmt.Sprintf("%s: %q want %q", d.gold.ID, pm.Place, gm.Place))
				case FieldParticipants:
					right := slices.ContainsFunc(gm.Participants, func(g string) bool { return partyMatches(s.Value, g) })
					at(FieldParticipants, s.Rule).add(right, fmt.Sprintf("%s: %q want %s", d.gold.ID, s.Value, strings.Join(gm.Participants, ";")))
				}
			}
		}
	}
	rows := make([]*ruleTally, 0, len(tally))
	for _, r := range tally {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *ruleTally) int { return cmp.Compare(b.wrong, a.wrong) })
	for _, r := range rows {
		t.Logf("%-50s right %3d wrong %3d", r.name, r.right, r.wrong)
		for _, e := range r.examples {
			t.Logf("      %s", e)
		}
	}
}

// ruleTally counts one rule's right and wrong fields, keeping a few wrong ones.
type ruleTally struct {
	name         string
	right, wrong int
	examples     []string
}

func (r *ruleTally) add(right bool, example string) {
	if right {
		r.right++
		return
	}
	r.wrong++
	if len(r.examples) < 25 {
		r.examples = append(r.examples, example)
	}
}

// stepsOf finds the explanation of the meeting with this key and evidence.
func stepsOf(ms []briefs.Meeting, expl []Explanation, key, evidence string) []Step {
	for i, m := range ms {
		if m.Key == key && m.Evidence == evidence {
			return expl[i].Steps
		}
	}
	return nil
}

// kindRule is the rule that decided a meeting was one.
func kindRule(steps []Step) Rule {
	for _, s := range steps {
		if s.Field == FieldKind {
			return s.Rule
		}
	}
	return Untagged
}
