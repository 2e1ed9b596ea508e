package summary

import (
	"math"
	"sort"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// params are the scorer's knobs. They are general (no dev document is
// special): position prior, centrality, length and redundancy.
type params struct {
	damping     float64 // TextRank damping
	iters       int     // power iterations
	trWeight    float64 // weight of TextRank centrality
	tfWeight    float64 // weight of word-frequency centrality
	tfNorm      float64 // frequency and degree centrality are divided by words^tfNorm
	degWeight   float64 // weight of degree centrality (words shared with other sentences)
	cosWeight   float64 // weight of summed length-normalised overlap with the other sentences
	tnRatio     float64 // if > 0, tfNorm = tnRatio * k/n (clamped): the larger the share kept, the more length is normalised away
	posWeight   float64 // lead prior: score *= 1 + posWeight/(1+i)^posDecay
	posDecay    float64
	lenPow      float64 // score *= tokens^lenPow
	minTokens   int     // sentences shorter than this are penalised
	noStem      bool    // compare surface words rather than stems
	keepNumbers bool    // numbers count as content words
	redundancy  float64 // skip a sentence sharing this share of its words with a chosen one
}

// defaultParams were chosen on the BBC dev set among a few settings of
// each general knob; the lead prior is kept (small) because wire stories
// put their news first, and redundancy control stays on.
var defaultParams = params{
	damping: 0.85, iters: 30, trWeight: 0, degWeight: 2, cosWeight: 1, tfNorm: 0.4, tnRatio: 1.5,
	posWeight: 0.2, posDecay: 2, lenPow: 0.3, minTokens: 5, noStem: true, redundancy: 0.8,
}

// maxGraph is the most sentences the pairwise (quadratic) centralities are
// computed for; longer texts are ranked by degree centrality alone, which
// is linear in the text's length.
const maxGraph = 400

// Select returns the indexes (ascending) of the k sentences chosen among
// sents. k <= 0 means the default of 2; k >= len(sents) selects them all.
func Select(sents []sentences.Sentence, k int) []int {
	return selectWith(sents, k, defaultParams)
}

func selectWith(sents []sentences.Sentence, k int, p params) []int {
	if k <= 0 {
		k = defaultSentences
	}
	if k >= len(sents) {
		out := make([]int, len(sents))
		for i := range out {
			out[i] = i
		}
		return out
	}
	if p.tnRatio > 0 {
		p.tfNorm = min(max(p.tnRatio*float64(k)/float64(len(sents)), 0.1), 0.8)
	}
	m := newModel(sents, p)
	ranked := m.rank(m.scores(p), p, k)
	out := append([]int(nil), ranked[:k]...)
	sort.Ints(out)
	return out
}

// selectBudget is Select under a character budget as well: it walks the
// ranking and keeps each sentence that still fits in maxChars runes (with
// the joining spaces), up to k of them. If none fits, it returns the best
// one alone (the caller cuts it).
func selectBudget(sents []sentences.Sentence, k, maxChars int, p params) []int {
	if k <= 0 {
		k = defaultSentences
	}
	if maxChars <= 0 || len(sents) == 0 {
		return selectWith(sents, k, p)
	}
	k = min(k, len(sents))
	var ranked []int
	if len(sents) == 1 {
		ranked = []int{0}
	} else {
		pk := p
		if pk.tnRatio > 0 {
			pk.tfNorm = min(max(pk.tnRatio*float64(k)/float64(len(sents)), 0.1), 0.8)
		}
		m := newModel(sents, pk)
		ranked = m.rank(m.scores(pk), pk, min(len(sents), 10*k+50))
	}
	var out []int
	used := 0
	for _, i := range ranked {
		l := utf8.RuneCountInString(sents[i].Text)
		if used > 0 {
			l++
		}
		if used+l <= maxChars {
			out = append(out, i)
			used += l
			if len(out) == k {
				break
			}
		}
	}
	if len(out) == 0 {
		out = []int{ranked[0]}
	}
	sort.Ints(out)
	return out
}

// scores gives each sentence its combined score.
func (m *docModel) scores(p params) []float64 {
	n := len(m.words)
	var tr []float64
	if p.trWeight > 0 && n <= maxGraph {
		tr = m.textRank(p)
	}
	out := make([]float64, n)
	var tfMax float64
	tfs := make([]float64, n)
	degs := make([]float64, n)
	var degMax float64
	coss, cosMax := m.cosineDegree(p.cosWeight)
	for i, ws := range m.words {
		for _, w := range ws {
			tfs[i] += m.tf[w] - 1
			degs[i] += m.sf[w] - 1
		}
		norm := math.Pow(float64(len(ws))+1, p.tfNorm)
		tfs[i] /= norm
		degs[i] /= norm
		tfMax = math.Max(tfMax, tfs[i])
		degMax = math.Max(degMax, degs[i])
	}
	for i := range out {
		var s float64
		if tr != nil {
			s = p.trWeight * tr[i] * float64(n)
		}
		if tfMax > 0 {
			s += p.tfWeight * tfs[i] / tfMax
		}
		if degMax > 0 {
			s += p.degWeight * degs[i] / degMax
		}
		if cosMax > 0 {
			s += p.cosWeight * coss[i] / cosMax
		}
		s *= 1 + p.posWeight/math.Pow(float64(i+1), p.posDecay)
		s *= math.Pow(float64(max(m.tokens[i], 1)), p.lenPow)
		if m.tokens[i] < p.minTokens {
			s *= 0.3
		}
		out[i] = s
	}
	return out
}

// textRank runs PageRank over the sentence graph whose edge weights are
// shared content words normalised by sentence length (Mihalcea & Tarau).
func (m *docModel) textRank(p params) []float64 {
	n := len(m.words)
	w := make([]float64, n*n)
	out := make([]float64, n)
	m.similarities(w)
	for i := range out {
		out[i] = 1 / float64(n)
	}
	sum := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum[i] += w[i*n+j]
		}
	}
	next := make([]float64, n)
	for it := 0; it < p.iters; it++ {
		for j := 0; j < n; j++ {
			var acc float64
			for i := 0; i < n; i++ {
				if wij := w[i*n+j]; wij > 0 {
					acc += wij / sum[i] * out[i]
				}
			}
			next[j] = (1-p.damping)/float64(n) + p.damping*acc
		}
		out, next = next, out
	}
	return out
}

// similarities fills w (n*n) with the TextRank similarity of each pair.
func (m *docModel) similarities(w []float64) {
	n := len(m.words)
	mark := make([]int32, len(m.tf))
	for i := range mark {
		mark[i] = -1
	}
	for i := 0; i < n; i++ {
		for _, id := range m.words[i] {
			mark[id] = int32(i)
		}
		li := len(m.words[i])
		for j := i + 1; j < n; j++ {
			lj := len(m.words[j])
			if li < 2 || lj < 2 {
				continue
			}
			shared := 0
			for _, id := range m.words[j] {
				if mark[id] == int32(i) {
					shared++
				}
			}
			if shared > 0 {
				s := float64(shared) / (math.Log(float64(li)) + math.Log(float64(lj)))
				w[i*n+j], w[j*n+i] = s, s
			}
		}
	}
}

// overlap is the share of the shorter sentence's content words that the
// other one also has.
func (m *docModel) overlap(a, b int) float64 {
	wa, wb := m.words[a], m.words[b]
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	shared := 0
	for _, x := range wa {
		for _, y := range wb {
			if x == y {
				shared++
				break
			}
		}
	}
	return float64(shared) / float64(min(len(wa), len(wb)))
}

// rank orders the sentences best first: by score, except that a sentence
// mostly repeating one ranked above it is moved after all the others. Only
// the first limit places are sure to be in that order; the rest follow by
// score.
func (m *docModel) rank(scores []float64, p params, limit int) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	chosen := make([]int, 0, len(order))
	var skipped []int
	for _, i := range order {
		if len(chosen) >= limit {
			chosen = append(chosen, i)
			continue
		}
		redundant := false
		for _, c := range chosen {
			if m.overlap(i, c) >= p.redundancy {
				redundant = true
				break
			}
		}
		if redundant {
			skipped = append(skipped, i)
			continue
		}
		chosen = append(chosen, i)
	}
	return append(chosen, skipped...)
}

// cosineDegree sums each sentence's shared words with every other one,
// divided by the geometric mean of the two lengths.
func (m *docModel) cosineDegree(weight float64) ([]float64, float64) {
	n := len(m.words)
	out := make([]float64, n)
	if weight == 0 || n > maxGraph {
		return out, 0
	}
	mark := make([]int32, len(m.tf))
	for i := range mark {
		mark[i] = -1
	}
	var best float64
	for i := 0; i < n; i++ {
		for _, id := range m.words[i] {
			mark[id] = int32(i)
		}
		for j := i + 1; j < n; j++ {
			shared := 0
			for _, id := range m.words[j] {
				if mark[id] == int32(i) {
					shared++
				}
			}
			if shared > 0 {
				s := float64(shared) / math.Sqrt(float64(len(m.words[i])*len(m.words[j])))
				out[i] += s
				out[j] += s
			}
		}
		best = math.Max(best, out[i])
	}
	for _, v := range out {
		best = math.Max(best, v)
	}
	return out, best
}
