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
	partGold, partFound    int
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
		s.partFound += participantsFound(pm.Participants, gm.Participants)
	}
	return s
}

// matchCounts finds a maximum one-to-one matching between predictions and
// non-optional gold meetings; predictions that match only an optional gold
// meeting are neither right nor wrong.
func matchCounts(pred []briefs.Meeting, gold []GoldMeeting, dates bool) (Counts, [][2]int, []int, []int) {
	ok := func(p, g int) bool {
		return namesMeeting(pred[p], gold[g]) && (!dates || dateAgrees(pred[p], gold[g]))
	}
	goldOf := make([]int, len(pred)) // pred -> gold, -1
	predOf := make([]int, len(gold))
	for i := range goldOf {
		goldOf[i] = -1
	}
	for i := range predOf {
		predOf[i] = -1
	}
	var try func(p int, seen []bool) bool
	try = func(p int, seen []bool) bool {
		for _, g := range preferTitled(pred[p], gold) {
			if gold[g].Optional || seen[g] || !ok(p, g) {
				continue
			}
			seen[g] = true
			if predOf[g] < 0 || try(predOf[g], seen) {
				predOf[g], goldOf[p] = p, g
				return true
			}
		}
		return false
	}
	for p := range pred {
		try(p, make([]bool, len(gold)))
	}
	var c Counts
	var pairs [][2]int
	var fa, miss []int
	for p, g := range goldOf {
		if g >= 0 {
			c.TP++
			pairs = append(pairs, [2]int{p, g})
			continue
		}
		optional := false
		for gi := range gold {
			if gold[gi].Optional && ok(p, gi) {
				optional = true
			}
		}
		if !optional {
			c.FP++
			fa = append(fa, p)
		}
	}
	for g := range gold {
		if !gold[g].Optional && predOf[g] < 0 {
			c.FN++
			miss = append(miss, g)
		}
	}
	return c, pairs, fa, miss
}

// preferTitled orders the gold indices so that meetings whose key is in the
// prediction's title come first: among equally valid one-to-one matchings,
// the scorer pairs "G-7 meeting" with the G-7 meeting, not the G-5 dinner
// its evidence also names.
func preferTitled(p briefs.Meeting, gold []GoldMeeting) []int {
	title := strings.ToLower(p.Title)
	var first, rest []int
	for g := range gold {
		titled := false
		for _, k := range gold[g].Keys {
			titled = titled || k != "" && strings.Contains(title, strings.ToLower(k))
		}
		if titled {
			first = append(first, g)
		} else {
			rest = append(rest, g)
		}
	}
	return append(first, rest...)
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

// placeAgrees: both absent, or either contains the other.
func placeAgrees(p, g string) bool {
	p, g = strings.ToLower(strings.TrimSpace(p)), strings.ToLower(strings.TrimSpace(g))
	if p == "" || g == "" {
		return p == g
	}
	return strings.Contains(p, g) || strings.Contains(g, p)
}

// participantsFound counts gold participants some prediction names.
func participantsFound(pred, gold []string) int {
	n := 0
	for _, g := range gold {
		for _, p := range pred {
			if placeAgrees(p, g) {
				n++
				break
			}
		}
	}
	return n
}
