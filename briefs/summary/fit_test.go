package summary

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// fit re-fits the ranker's weights on half A of the dev set (run with
// `go test ./briefs/summary -run TestFit -fit -v`); see weights.go.
var fit = flag.Bool("fit", false, "re-fit the ranker weights on dev half A and print them")

// fitDoc is one dev story prepared once for fast re-scoring.
type fitDoc struct {
	id    string
	sents []sentences.Sentence
	m     *docModel
	wire  bool
	ks    [2]int                  // k=ref, k=3
	feats [2][][nFeatures]float64 // per protocol
	toks  [][]string              // ROUGE tokens per sentence
	ref1  map[string]int          // reference unigrams
	ref2  map[string]int          // reference bigrams
	refN  int                     // reference tokens
	label []bool                  // the sentence is one of the reference's
}

// halfA reports whether a dev id falls in half A (FNV-1a of the id is even).
func halfA(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%2 == 0
}

func loadFitDocs(t testing.TB) (a, b []*fitDoc) {
	t.Helper()
	data, err := os.ReadFile(evalPath(t))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := readEvalDocs(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		fd := prepFitDoc(d)
		if halfA(d.ID) {
			a = append(a, fd)
		} else {
			b = append(b, fd)
		}
	}
	return a, b
}

func prepFitDoc(d evalDoc) *fitDoc {
	sents, dateline := storySentences(d.Text, 0)
	ref := Tokenize(d.Summary)
	ps := defaultParams.forStory(sents, dateline)
	fd := &fitDoc{id: d.ID, sents: sents, m: newModel(sents), wire: ps.wire,
		ks: [2]int{len(d.SummarySentences), 3}, ref1: ngrams(ref, 1), ref2: ngrams(ref, 2), refN: len(ref)}
	for pi, k := range fd.ks {
		fd.feats[pi] = fd.m.features(sents, k, defaultParams)
	}
	refSents := map[string]bool{}
	for _, r := range d.SummarySentences {
		refSents[strings.Join(Tokenize(r), " ")] = true
	}
	fd.toks = make([][]string, len(sents))
	fd.label = make([]bool, len(sents))
	for i, s := range sents {
		fd.toks[i] = Tokenize(s.Text)
		fd.label[i] = refSents[strings.Join(fd.toks[i], " ")]
	}
	return fd
}

// fitScore is the mean ROUGE-1 and ROUGE-2 (x 100) under k=ref and k=3 of
// the choice made by pick.
type fitScore struct{ r1ref, r2ref, r13, r23 float64 }

func (s fitScore) sum() float64 { return s.r1ref + s.r2ref + s.r13 + s.r23 }

func (s fitScore) String() string {
	return fmt.Sprintf("k=ref %.1f/%.1f  k=3 %.1f/%.1f", s.r1ref, s.r2ref, s.r13, s.r23)
}

func evalPick(docs []*fitDoc, pick func(d *fitDoc, pi int) []int) fitScore {
	var s fitScore
	for _, d := range docs {
		for pi := range d.ks {
			idx := pick(d, pi)
			pred := concat(d.toks, idx)
			r1 := ngramF1Map(pred, d.ref1, d.refN, 1)
			r2 := ngramF1Map(pred, d.ref2, d.refN, 2)
			if pi == 0 {
				s.r1ref += r1
				s.r2ref += r2
			} else {
				s.r13 += r1
				s.r23 += r2
			}
		}
	}
	f := 100 / float64(len(docs))
	return fitScore{s.r1ref * f, s.r2ref * f, s.r13 * f, s.r23 * f}
}

// pickOld is Select itself (it must agree with defaultWeights).
func pickOld(d *fitDoc, pi int) []int {
	return selectWith(d.sents, d.ks[pi], defaultParams.forStory(d.sents, d.wire))
}

// pickWeights ranks by the weighted features.
func pickWeights(w rankWeights) func(d *fitDoc, pi int) []int {
	return pickWeightsRed(w, defaultParams.redundancy)
}

// pickWeightsRed is pickWeights with another redundancy threshold.
func pickWeightsRed(w rankWeights, red float64) func(d *fitDoc, pi int) []int {
	p := defaultParams
	p.redundancy = red
	return func(d *fitDoc, pi int) []int {
		k := d.ks[pi]
		if k >= len(d.sents) {
			return lead(len(d.sents), k)
		}
		scores := w.scores(d.feats[pi], k, d.wire)
		ranked := d.m.rank(scores, p, k)
		out := append([]int(nil), ranked[:k]...)
		sort.Ints(out)
		return out
	}
}

func TestFit(t *testing.T) {
	if !*fit {
		t.Skip("run with -fit to re-fit the ranker weights")
	}
	a, b := loadFitDocs(t)
	all := append(append([]*fitDoc(nil), a...), b...)
	t.Logf("A %d docs, B %d docs", len(a), len(b))
	for _, c := range []struct {
		name string
		pick func(d *fitDoc, pi int) []int
	}{{"Select", pickOld}, {"defaultWeights", pickWeights(defaultWeights)}} {
		t.Logf("%-16s A %v | B %v | all %v", c.name, evalPick(a, c.pick), evalPick(b, c.pick), evalPick(all, c.pick))
	}
	w := pairwiseLogistic(a)
	t.Logf("%-16s A %v | B %v | all %v", "pairwise", evalPick(a, pickWeights(w)), evalPick(b, pickWeights(w)), evalPick(all, pickWeights(w)))
	w = coordinateAscent(a, w, t)
	t.Logf("%-16s A %v | B %v | all %v", "fitted", evalPick(a, pickWeights(w)), evalPick(b, pickWeights(w)), evalPick(all, pickWeights(w)))
	t.Logf("fitted weights:\n%s", w.goLiteral())
	hl, err := os.ReadFile(filepath.Join("testdata", "highlights.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	hdocs, err := readEvalDocs(bytes.NewReader(hl))
	if err != nil {
		t.Fatal(err)
	}
	var h []*fitDoc
	for _, d := range hdocs {
		h = append(h, prepFitDoc(d))
	}
	t.Logf("highlights: Lead-3 %v", evalPick(h, func(d *fitDoc, pi int) []int { return lead(len(d.sents), d.ks[pi]) }))
	for _, wl := range []float64{0, 2, 6, 20, 100} {
		c := w
		c.wireLead = wl
		t.Logf("highlights: wireLead %.1f %v", wl, evalPick(h, pickWeights(c)))
	}
	for _, red := range []float64{0.5, 0.6, 0.7, 0.9, 1.1} {
		pick := pickWeightsRed(w, red)
		t.Logf("redundancy %.1f   A %v | B %v | all %v", red, evalPick(a, pick), evalPick(b, pick), evalPick(all, pick))
	}
}

// coordinateAscent moves one weight of the short vector at a time by a
// step (the long one is the pairwise fit: ascent on it did not carry over
// from A to B, and the wire lead weight is not the dev set's to set), keeping a move
// when it raises the summed ROUGE on docs, halving the step when no move
// helps. Deterministic: features in order, steps in a fixed order.
func coordinateAscent(docs []*fitDoc, w rankWeights, t testing.TB) rankWeights {
	best := evalPick(docs, pickWeights(w)).sum()
	for step := 0.5; step > 0.01; step /= 2 {
		for round := 0; round < 4; round++ {
			moved := false
			for j := 0; j < nFeatures; j++ {
				for _, d := range []float64{step, -step} {
					c := w
					switch {
					case leadFeature[j%nFeatures] && c.short[j]+d < 0:
						continue
					case j < nFeatures:
						c.short[j] += d
					case j < 2*nFeatures:
						c.long[j-nFeatures] += d
					default:
						c.wireLead += 4 * d
					}
					if v := evalPick(docs, pickWeights(c)).sum(); v > best+1e-9 {
						best, w, moved = v, c, true
					}
				}
			}
			t.Logf("step %.3f round %d: %.3f", step, round, best/4)
			if !moved {
				break
			}
		}
	}
	return w
}

func (w rankWeights) goLiteral() string {
	var b strings.Builder
	b.WriteString("rankWeights{\n")
	for _, v := range []struct {
		name string
		w    [nFeatures]float64
	}{{"short", w.short}, {"long", w.long}} {
		fmt.Fprintf(&b, "\t%s: [nFeatures]float64{\n", v.name)
		for j, x := range v.w {
			fmt.Fprintf(&b, "\t\t%s: %.4g,\n", featureConst[j], x)
		}
		b.WriteString("\t},\n")
	}
	fmt.Fprintf(&b, "\twireLead: %.4g,\n}\n", w.wireLead)
	return b.String()
}

var featureConst = [nFeatures]string{
	"fDeg", "fCos", "fDegRaw", "fLogTok", "fShort", "fLead", "fRelPos", "fParaFirst", "fParaLead",
	"fFirstOv", "fDigits", "fQuote", "fCaps", "fRarity", "fShareTok", "fShareLead", "fRank", "fFreq", "fFirstPara",
}

// pairwiseLogistic fits the weights so that, within a story, a reference
// sentence scores above a non-reference one: logistic loss on the score
// difference of every such pair, L2-regularised, full-batch gradient
// descent from zero (deterministic). The wire lead weight keeps its
// default: the dev stories are not wire copy.
func pairwiseLogistic(docs []*fitDoc) rankWeights {
	w := rankWeights{short: pairwiseFit(docs, 1), long: pairwiseFit(docs, 0), wireLead: defaultWeights.wireLead}
	for j, lead := range leadFeature {
		if lead {
			w.short[j] = max(w.short[j], 0)
			w.long[j] = max(w.long[j], 0)
		}
	}
	return w
}

// leadFeature marks the lead prior, whose weight is kept at zero or
// above: BBC's references do not reward the lead (a free fit drives it
// below zero), but in wire copy and human highlights the lead carries the
// story, so the ranker must never learn to avoid the opening sentence as
// such. (Keeping the paragraph and first-sentence-overlap features at zero
// or above too cost 1.3 ROUGE-1 at k=3 on half B, so they stay free.)
var leadFeature = [nFeatures]bool{fLead: true}

// pairwiseFit fits one weight vector on the features of protocol pi.
func pairwiseFit(docs []*fitDoc, pi int) [nFeatures]float64 {
	type pair struct{ d [nFeatures]float64 }
	var pairs []pair
	for _, d := range docs {
		f := d.feats[pi]
		for i := range f {
			for j := range f {
				if d.label[i] && !d.label[j] {
					var p pair
					for x := range p.d {
						p.d[x] = f[i][x] - f[j][x]
					}
					pairs = append(pairs, p)
				}
			}
		}
	}
	var w [nFeatures]float64
	const lr, l2 = 1.0, 1e-4
	for epoch := 0; epoch < 400; epoch++ {
		var g [nFeatures]float64
		for _, p := range pairs {
			s := dot(&w, &p.d)
			c := -1 / (1 + math.Exp(s)) // d/ds log(1+exp(-s))
			for x := range g {
				g[x] += c * p.d[x]
			}
		}
		for x := range w {
			w[x] -= lr * (g[x]/float64(len(pairs)) + l2*w[x])
		}
	}
	return w
}
