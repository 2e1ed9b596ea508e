package summary

import (
	"math"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// params are the scorer's knobs. They are general (no dev document is
// special): centrality, a position prior, length and redundancy.
type params struct {
	degWeight  float64 // weight of degree centrality: words shared with the other sentences
	cosWeight  float64 // weight of summed length-normalised overlap with the other sentences
	lenNorm    float64 // degree centrality is divided by (content words + 1)^lenNorm ...
	normRatio  float64 // ... or, if > 0, by ^(normRatio * k/n), clamped to [0.1, 0.8]: the larger the share kept, the more length is normalised away
	posWeight  float64 // lead prior: score *= 1 + posWeight/(1+i)^posDecay
	posDecay   float64
	wirePos    float64 // posWeight and posDecay for wire-style stories (see forStory)
	wireDecay  float64
	lenPow     float64 // score *= tokens^lenPow
	minTokens  int     // sentences shorter than this are penalised
	redundancy float64 // pass over a sentence sharing this share of its words with a better one
}

// defaultParams were chosen on the BBC dev set among a few settings of
// each general knob. The lead prior stays although BBC's references do
// not reward it, because in wire stories the lead usually carries the
// news; redundancy control stays on for the same reason.
var defaultParams = params{
	degWeight: 2, cosWeight: 1, lenNorm: 0.4, normRatio: 1.5,
	posWeight: 0.2, posDecay: 2, wirePos: 1, wireDecay: 1, lenPow: 0.3, minTokens: 5, redundancy: 0.8,
}

// forK returns p with the length normalisation for picking k of n.
func (p params) forK(k, n int) params {
	if p.normRatio > 0 && n > 0 {
		p.lenNorm = min(max(p.normRatio*float64(k)/float64(n), 0.1), 0.8)
	}
	return p
}

// forStory returns p with the stronger lead prior of wire stories if the
// story looks like one: it had a dateline, or most of its paragraphs are
// one or two sentences long (wire copy; BBC features run 3 to 6), or it
// has no paragraph breaks at all (flattened text, where the safer bet for
// news is the lead). In wire copy the lead paragraph usually carries the
// story, and human highlights follow it.
func (p params) forStory(sents []sentences.Sentence, dateline bool) params {
	if dateline || wireStyle(sents) {
		p.posWeight, p.posDecay = p.wirePos, p.wireDecay
	}
	return p
}

// wireStyle reports whether sents come in short paragraphs (at least three
// paragraphs of two sentences or fewer on average) or, five or more of
// them, in a single paragraph.
func wireStyle(sents []sentences.Sentence) bool {
	if len(sents) < 4 {
		return false
	}
	paras, last := 0, -1
	for _, s := range sents {
		if s.Paragraph != last {
			paras++
			last = s.Paragraph
		}
	}
	if paras == 1 {
		return len(sents) >= 5
	}
	return paras >= 3 && float64(len(sents)) <= 2*float64(paras)
}

// maxGraph is the most sentences the pairwise (quadratic) centrality is
// computed for; longer texts are ranked by degree centrality alone, which
// is linear in the text's length.
const maxGraph = 400

// scores gives each sentence its combined score.
func (m *docModel) scores(p params) []float64 {
	n := len(m.words)
	degs := make([]float64, n)
	var degMax float64
	for i, ws := range m.words {
		for _, w := range ws {
			degs[i] += m.sf[w] - 1
		}
		degs[i] /= math.Pow(float64(len(ws))+1, p.lenNorm)
		degMax = math.Max(degMax, degs[i])
	}
	coss, cosMax := m.cosineDegree(p.cosWeight)
	out := make([]float64, n)
	for i := range out {
		var s float64
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

// cosineDegree sums each sentence's shared words with every other one,
// divided by the geometric mean of the two lengths, and returns the
// largest sum too.
func (m *docModel) cosineDegree(weight float64) ([]float64, float64) {
	n := len(m.words)
	out := make([]float64, n)
	if weight == 0 || n > maxGraph {
		return out, 0
	}
	mark := make([]int32, len(m.sf))
	for i := range mark {
		mark[i] = -1
	}
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
	}
	var best float64
	for _, v := range out {
		best = math.Max(best, v)
	}
	return out, best
}

// pageRank is TextRank's sentence score: PageRank (damping 0.85, 30
// iterations) over the graph whose edges weigh shared content words by
// the geometric mean of the two sentences' lengths. Texts longer than
// maxGraph get a uniform score.
func (m *docModel) pageRank() []float64 {
	n := len(m.words)
	out := make([]float64, n)
	for i := range out {
		out[i] = 1 / float64(n)
	}
	if n > maxGraph || n < 2 {
		return out
	}
	w := m.overlapMatrix()
	sum := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum[i] += w[i*n+j]
		}
	}
	next := make([]float64, n)
	for it := 0; it < 30; it++ {
		for j := range next {
			next[j] = 0.15 / float64(n)
		}
		for i := 0; i < n; i++ {
			if sum[i] == 0 {
				continue
			}
			share := 0.85 * out[i] / sum[i]
			for j := 0; j < n; j++ {
				next[j] += share * w[i*n+j]
			}
		}
		out, next = next, out
	}
	return out
}

// overlapMatrix is the n x n (row-major) matrix of shared content words
// between two sentences over the geometric mean of their lengths.
func (m *docModel) overlapMatrix() []float64 {
	n := len(m.words)
	w := make([]float64, n*n)
	mark := make([]int32, len(m.sf))
	for i := range mark {
		mark[i] = -1
	}
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
				w[i*n+j], w[j*n+i] = s, s
			}
		}
	}
	return w
}
