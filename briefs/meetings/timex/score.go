package timex

import "regexp"

// PRF is precision, recall and F1.
type PRF struct{ P, R, F1 float64 }

func prf(correctPred, correctGold, pred, gold int) PRF {
	var p PRF
	if pred > 0 {
		p.P = float64(correctPred) / float64(pred)
	}
	if gold > 0 {
		p.R = float64(correctGold) / float64(gold)
	}
	if p.P+p.R > 0 {
		p.F1 = 2 * p.P * p.R / (p.P + p.R)
	}
	return p
}

// Counts are the TempEval-3 task A tallies of one or more documents.
type Counts struct {
	Gold, Pred               int
	Strict                   int // pairs with identical spans
	RelaxedGold, RelaxedPred int // gold / predicted expressions in an overlapping pair
	Value                    int // overlapping pairs with equal values
	TypeCorrect              int // overlapping pairs with equal types
	FullDateGold             int // gold expressions whose value is YYYY-MM-DD
	FullDatePred             int // predictions with a full-date value or paired with such a gold one
	FullDateCorrect          int // of those, pairs with equal values
}

// Add accumulates o into c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Strict += o.Strict
	c.RelaxedGold += o.RelaxedGold
	c.RelaxedPred += o.RelaxedPred
	c.Value += o.Value
	c.TypeCorrect += o.TypeCorrect
	c.FullDateGold += o.FullDateGold
	c.FullDatePred += o.FullDatePred
	c.FullDateCorrect += o.FullDateCorrect
}

var fullDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// IsFullDate reports whether a TimeML value is a calendar day (YYYY-MM-DD).
func IsFullDate(v string) bool { return len(v) == 10 && fullDate.MatchString(v) }

// Score compares one document's predictions with its gold expressions.
// Pairs are matched one to one, each gold expression with the first unpaired
// prediction its span overlaps (TempEval-3 relaxed matching).
func Score(gold []GoldExpr, pred []Expr) Counts {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	used := make([]bool, len(pred))
	predFull := make([]bool, len(pred))
	for j, p := range pred {
		predFull[j] = IsFullDate(p.Value)
	}
	for _, g := range gold {
		gFull := IsFullDate(g.Value)
		if gFull {
			c.FullDateGold++
		}
		for j, p := range pred {
			if used[j] || p.Start >= g.End || g.Start >= p.End {
				continue
			}
			used[j] = true
			c.RelaxedGold++
			c.RelaxedPred++
			if p.Start == g.Start && p.End == g.End {
				c.Strict++
			}
			if p.Value == g.Value {
				c.Value++
				if gFull {
					c.FullDateCorrect++
				}
			}
			if p.Type == g.Type {
				c.TypeCorrect++
			}
			if gFull && !predFull[j] {
				c.FullDatePred++ // paired with a full-date gold value: counts against precision
			}
			break
		}
	}
	for j := range pred {
		if predFull[j] {
			c.FullDatePred++
		}
	}
	return c
}
