package meetings

import (
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// GoldMeeting is one annotated meeting of meetings.dev.jsonl.
type GoldMeeting struct {
	Title        string   `json:"title"`
	Keys         []string `json:"keys"`
	Date         string   `json:"date"`
	Precision    string   `json:"precision"`
	EndDate      string   `json:"end_date"`
	Place        string   `json:"place"`
	Participants []string `json:"participants"`
	Status       string   `json:"status"`
	Evidence     string   `json:"evidence"`
	Optional     bool     `json:"optional"`
}

// Counts are the tallies of one scoring, summed over documents.
type Counts struct {
	TP, FP, FN int
}

// P is the precision (1 when nothing was predicted).
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall (1 when there was nothing to find).
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// docScore is the scoring of one document.
type docScore struct {
	withDates, noDates     Counts
	matched, status, place int
	partGold, partPred     int
	partRight              int      // one-to-one matched parties
	pairs                  [][2]int // predicted, gold index of date-aware matches
	falseAlarms, misses    []int
}

// scoreDoc matches predictions to gold meetings one to one, by the README rules.
func scoreDoc(pred []briefs.Meeting, gold []GoldMeeting) docScore {
	var s docScore
	s.noDates, _, _, _ = matchCounts(pred, gold, false)
	var pairs [][2]int
	s.withDates, pairs, s.falseAlarms, s.misses = matchCounts(pred, gold, true)
	s.pairs = pairs
	for _, p := range pairs {
		pm, gm := pred[p[0]], gold[p[1]]
		s.matched++
		if string(pm.Status) == gm.Status {
			s.status++
		}
		if placeAgrees(pm.Place, gm.Place) {
			s.place++
		}
		s.partGold += len(gm.Participants)
		s.partPred += len(pm.Participants)
		s.partRight += partiesMatched(pm.Participants, gm.Participants)
	}
	return s
}

// Weights of the matching: any pair with a required gold meeting outweighs
// every set of pairs with optional ones, which outweighs every tie-break.
const (
	requiredPair = 1e6
	optionalPair = 1e3
)

// matchCounts finds a maximum one-to-one matching between predictions and
// gold meetings, the required ones matched first; among the maximum
// matchings it takes the one whose pairs look most alike (pairSimilarity).
// A prediction paired with an optional gold meeting is neither right nor
// wrong; an unpaired optional meeting is not missed.
func matchCounts(pred []briefs.Meeting, gold []GoldMeeting, dates bool) (Counts, [][2]int, []int, []int) {
	w := make([][]float64, len(pred))
	for p := range pred {
		w[p] = make([]float64, len(gold))
		for g := range gold {
			if !namesMeeting(pred[p], gold[g]) || dates && !dateAgrees(pred[p], gold[g]) {
				continue
			}
			w[p][g] = requiredPair
			if gold[g].Optional {
				w[p][g] = optionalPair
			}
			w[p][g] += pairSimilarity(pred[p], gold[g])
		}
	}
	goldOf := maxWeightAssignment(w)
	paired := make([]bool, len(gold))
	var c Counts
	var pairs [][2]int
	var fa, miss []int
	for p, g := range goldOf {
		switch {
		case g < 0:
			c.FP++
			fa = append(fa, p)
		case !gold[g].Optional:
			c.TP++
			pairs = append(pairs, [2]int{p, g})
		}
		if g >= 0 {
			paired[g] = true
		}
	}
	for g := range gold {
		if !gold[g].Optional && !paired[g] {
			c.FN++
			miss = append(miss, g)
		}
	}
	return c, pairs, fa, miss
}

// pairSimilarity, in [0, 1), breaks ties between maximum matchings: a gold
// key in the prediction's title (the scorer pairs "G-7 meeting" with the
// G-7 meeting, not the G-5 dinner its evidence also names), then the share
// of evidence words in common.
func pairSimilarity(p briefs.Meeting, g GoldMeeting) float64 {
	sim := 0.0
	title := strings.ToLower(p.Title)
	for _, k := range g.Keys {
		if k != "" && strings.Contains(title, strings.ToLower(k)) {
			sim = 0.5
			break
		}
	}
	a, b := wordSet(p.Evidence), wordSet(g.Evidence)
	if len(a) > 0 && len(b) > 0 {
		common := 0
		for w := range a {
			if b[w] {
				common++
			}
		}
		sim += 0.4 * float64(common) / float64(max(len(a), len(b)))
	}
	return sim
}

// namesMeeting: a gold key occurs in the prediction's title or evidence, or
// the two evidence sentences share at least half their words.
func namesMeeting(p briefs.Meeting, g GoldMeeting) bool {
	hay := strings.ToLower(p.Title + " " + p.Evidence)
	for _, k := range g.Keys {
		if k != "" && strings.Contains(hay, strings.ToLower(k)) {
			return true
		}
	}
	a, b := wordSet(p.Evidence), wordSet(g.Evidence)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return 2*common >= len(a) && 2*common >= len(b)
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}

// dateAgrees checks the prediction's start date at the gold precision.
func dateAgrees(p briefs.Meeting, g GoldMeeting) bool {
	ps, ok := p.Start(time.UTC)
	if !ok {
		return false
	}
	gm := briefs.Meeting{Date: g.Date, Precision: briefs.Precision(g.Precision), EndDate: g.EndDate}
	gs, ok1 := gm.Start(time.UTC)
	ge, ok2 := gm.End(time.UTC)
	if !ok1 || !ok2 {
		return false
	}
	switch briefs.Precision(g.Precision) {
	case briefs.PrecisionMonth:
		return ps.Year() == gs.Year() && ps.Month() == gs.Month()
	case briefs.PrecisionWeek:
		monday := gs.AddDate(0, 0, -((int(gs.Weekday()) + 6) % 7))
		return !ps.Before(monday) && ps.Before(monday.AddDate(0, 0, 7))
	}
	return !ps.Before(gs) && ps.Before(ge)
}
