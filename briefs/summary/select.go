package summary

import (
	"math"
	"sort"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// params are the scorer's knobs. They are general (no dev document is
// special): position prior, centrality, length and redundancy.
type params struct {
	damping    float64 // TextRank damping
	iters      int     // power iterations
	tfWeight   float64 // weight of word-frequency centrality beside TextRank
	posWeight  float64 // lead prior: score *= 1 + posWeight/(1+i)^posDecay
	posDecay   float64
	lenPow     float64 // score *= tokens^lenPow
	minTokens  int     // sentences shorter than this are penalised
	redundancy float64 // skip a sentence sharing this share of its words with a chosen one
}

var defaultParams = params{
	damping: 0.85, iters: 30, tfWeight: 0, posWeight: 0.5, posDecay: 1,
	lenPow: 0.3, minTokens: 5, redundancy: 0.7,
}

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
	m := newModel(sents)
	scores := m.scores(p)
	return m.pick(scores, k, p)
}

// scores gives each sentence its combined score.
func (m *docModel) scores(p params) []float64 {
	n := len(m.words)
	tr := m.textRank(p)
	out := make([]float64, n)
	var tfMax float64
	tfs := make([]float64, n)
	if p.tfWeight > 0 {
		for i, ws := range m.words {
			for _, w := range ws {
				tfs[i] += m.tf[w] - 1
			}
			tfs[i] /= math.Sqrt(float64(len(ws)) + 1)
			tfMax = math.Max(tfMax, tfs[i])
		}
	}
	for i := range out {
		s := tr[i] * float64(n)
		if tfMax > 0 {
			s += p.tfWeight * tfs[i] / tfMax
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

// pick takes the k best-scoring sentences, passing over one that mostly
// repeats a sentence already chosen unless nothing else is left.
func (m *docModel) pick(scores []float64, k int, p params) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	var chosen, skipped []int
	for _, i := range order {
		if len(chosen) == k {
			break
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
	for _, i := range skipped {
		if len(chosen) == k {
			break
		}
		chosen = append(chosen, i)
	}
	sort.Ints(chosen)
	return chosen
}
