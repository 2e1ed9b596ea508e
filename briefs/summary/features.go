package summary

import (
	"math"
	"sync"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// Sentence features of the learned ranker. Each is a general property of
// a sentence in its story (no word or document is special); the ranker's
// score is their weighted sum (see weights.go).
const (
	fDeg       = iota // degree centrality, length-normalised for the share kept, over the story's best
	fCos              // summed cosine overlap with the other sentences, over the best
	fDegRaw           // degree centrality without length normalisation, over the best
	fLogTok           // log of the number of word tokens
	fShort            // fewer than 5 tokens
	fLead             // 1/(1+index): the lead prior
	fRelPos           // index / sentences
	fParaFirst        // opens a paragraph
	fParaLead         // 1/(1+paragraph ordinal)
	fFirstOv          // share of its content words the first sentence also has
	fDigits           // has a digit
	fQuote            // opens with a quotation mark
	fCaps             // share of its words (after the first) that are capitalised: names
	fRarity           // mean inverse sentence frequency of its content words (TF-ISF)
	fShareTok         // (k/n) * log tokens: longer sentences matter more when more is kept
	fShareLead        // (k/n) * lead prior
	fRank             // TextRank: PageRank over the cosine-overlap graph, over the best
	fFreq             // summed squared sentence frequency of its content words / sqrt(words+1), over the best: shares the story's top words
	fFirstPara        // in the first paragraph
	nFeatures
)

// features returns every sentence's feature vector for picking k of them.
func (m *docModel) features(sents []sentences.Sentence, k int, p params) [][nFeatures]float64 {
	n := len(m.words)
	out := newFeatures(n)
	if n == 0 {
		return out
	}
	p = p.forK(k, n)
	share := float64(k) / float64(n)
	g, coss := m.graph()
	rank := pageRank(g, coss)
	var cosMax, rankMax float64
	for i := range rank {
		cosMax = math.Max(cosMax, coss[i])
		rankMax = math.Max(rankMax, rank[i])
	}
	var degMax, rawMax, freqMax float64
	first := map[int32]bool{}
	for _, w := range m.words[0] {
		first[w] = true
	}
	para, lastPara := -1, -1
	for i, ws := range m.words {
		f := &out[i]
		for _, w := range ws {
			f[fDegRaw] += m.sf[w] - 1
			f[fRarity] += math.Log(float64(n) / m.sf[w])
			if i > 0 && first[w] {
				f[fFirstOv]++
			}
		}
		if len(ws) > 0 {
			f[fRarity] /= float64(len(ws))
			f[fFirstOv] /= float64(len(ws))
		}
		f[fDeg] = f[fDegRaw] / math.Pow(float64(len(ws))+1, p.lenNorm)
		degMax = math.Max(degMax, f[fDeg])
		rawMax = math.Max(rawMax, f[fDegRaw])
		if cosMax > 0 {
			f[fCos] = coss[i] / cosMax
		}
		if rankMax > 0 {
			f[fRank] = rank[i] / rankMax
		}
		for _, w := range ws {
			f[fFreq] += m.sf[w] * m.sf[w]
		}
		f[fFreq] /= math.Sqrt(float64(len(ws)) + 1)
		freqMax = math.Max(freqMax, f[fFreq])
		tok := float64(max(m.tokens[i], 1))
		f[fLogTok] = math.Log(tok)
		if m.tokens[i] < 5 {
			f[fShort] = 1
		}
		f[fLead] = 1 / float64(i+1)
		f[fRelPos] = float64(i) / float64(n)
		if sents[i].Paragraph != lastPara {
			para++
			lastPara = sents[i].Paragraph
			f[fParaFirst] = 1
		}
		f[fParaLead] = 1 / float64(para+1)
		if para == 0 {
			f[fFirstPara] = 1
		}
		f[fDigits], f[fQuote], f[fCaps] = textFeatures(sents[i].Text)
		f[fShareTok] = share * f[fLogTok]
		f[fShareLead] = share * f[fLead]
	}
	for i := range out {
		if degMax > 0 {
			out[i][fDeg] /= degMax
		}
		if rawMax > 0 {
			out[i][fDegRaw] /= rawMax
		}
		if freqMax > 0 {
			out[i][fFreq] /= freqMax
		}
	}
	return out
}

// textFeatures reads the surface of a sentence: whether it has a digit,
// whether it opens with a quotation mark, and the share of its words after
// the first that start with a capital letter.
func textFeatures(t string) (digits, quote, caps float64) {
	if len(t) > 0 && (t[0] == '"' || t[0] == '\'' || len(t) >= 3 && (t[:3] == "\u201c" || t[:3] == "\u2018")) {
		quote = 1
	}
	words, capped := 0, 0
	inWord := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			digits = 1
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if letter && !inWord {
			words++
			if words > 1 && c >= 'A' && c <= 'Z' {
				capped++
			}
		}
		inWord = letter || c >= '0' && c <= '9' || c == '\'' || c >= 0x80
	}
	if words > 1 {
		caps = float64(capped) / float64(words-1)
	}
	return digits, quote, caps
}

// featurePool keeps feature vectors for the next document: select's
// callers put them back once scored (putFeatures).
var featurePool sync.Pool

// newFeatures returns n zeroed feature vectors, from the pool when it has
// room enough.
func newFeatures(n int) [][nFeatures]float64 {
	if p, ok := featurePool.Get().(*[][nFeatures]float64); ok && cap(*p) >= n {
		out := (*p)[:n]
		clear(out)
		return out
	}
	return make([][nFeatures]float64, n)
}

// putFeatures gives f, scored and no longer read, back to the pool; a
// huge document's are left to the collector.
func putFeatures(f [][nFeatures]float64) {
	if cap(f) > 0 && cap(f) <= maxGraph {
		featurePool.Put(&f)
	}
}

// dot is the ranker's score of one feature vector.
func dot(w, f *[nFeatures]float64) float64 {
	var s float64
	for j := range w {
		s += w[j] * f[j]
	}
	return s
}
