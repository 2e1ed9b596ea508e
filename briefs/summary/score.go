package summary

import (
	"math"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// params are the scorer's knobs besides the learned weights (weights.go).
type params struct {
	lenNorm    float64 // degree centrality is divided by (content words + 1)^lenNorm ...
	normRatio  float64 // ... or, if > 0, by ^(normRatio * k/n), clamped to [0.1, 0.8]: the larger the share kept, the more length is normalised away
	redundancy float64 // pass over a sentence sharing this share of its words with a better one
	wire       bool    // the story is wire copy: the lead prior applies (see forStory)
}

// defaultParams are general (no dev document is special). Redundancy
// control stays on although BBC's references do not reward it (turning it
// off adds 0.2 ROUGE-2 at k=ref on the dev set), because human highlights
// do not repeat themselves.
var defaultParams = params{lenNorm: 0.4, normRatio: 1.5, redundancy: 0.8}

// forK returns p with the length normalisation for picking k of n.
func (p params) forK(k, n int) params {
	if p.normRatio > 0 && n > 0 {
		p.lenNorm = min(max(p.normRatio*float64(k)/float64(n), 0.1), 0.8)
	}
	return p
}

// forStory returns p with the lead prior of wire stories on if the
// story looks like one: it had a dateline, or most of its paragraphs are
// one or two sentences long (wire copy; BBC features run 3 to 6), or it
// has no paragraph breaks at all (flattened text, where the safer bet for
// news is the lead). In wire copy the lead paragraph usually carries the
// story, and human highlights follow it.
func (p params) forStory(sents []sentences.Sentence, dateline bool) params {
	p.wire = dateline || wireStyle(sents)
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

// pageRank is TextRank's sentence score: PageRank (damping 0.85, 30
// iterations) over the graph w (see graph); nil w gives a uniform score.
// sum holds the matrix's row sums (see graph).
func pageRank(w, sum []float64) []float64 {
	n := len(sum)
	out := make([]float64, n)
	for i := range out {
		out[i] = 1 / float64(n)
	}
	if w == nil || n < 2 {
		return out
	}
	// The graph is sparse: each row's non-zero weights, in column order,
	// are all that is summed (adding share * 0 changes no sum).
	start := make([]int, n+1)
	nz := 0
	for _, x := range w[:n*n] {
		if x != 0 {
			nz++
		}
	}
	cols := make([]int32, 0, nz) // sized once: grown by append they were most of the summary's garbage
	ws := make([]float64, 0, nz)
	for i := 0; i < n; i++ {
		for j, x := range w[i*n : (i+1)*n] {
			if x != 0 {
				cols = append(cols, int32(j))
				ws = append(ws, x)
			}
		}
		start[i+1] = len(cols)
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
			for k := start[i]; k < start[i+1]; k++ {
				next[cols[k]] += share * ws[k]
			}
		}
		out, next = next, out
	}
	return out
}

// graph is the n x n (row-major) matrix of shared content words between
// two sentences over the geometric mean of their lengths, and its row
// sums (cosine degree centrality). Over maxGraph sentences it is nil and
// the sums zero.
func (m *docModel) graph() (w, sum []float64) {
	n := len(m.words)
	sum = make([]float64, n)
	if n > maxGraph {
		return nil, sum
	}
	w = make([]float64, n*n)
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
				sum[i] += s
				sum[j] += s
			}
		}
	}
	return w, sum
}
