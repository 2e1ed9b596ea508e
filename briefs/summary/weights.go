package summary

// rankWeights are the learned ranker's weights: a sentence's score is the
// weighted sum of its features (features.go), plus wireLead times the lead
// prior in wire-style stories.
type rankWeights struct {
	w        [nFeatures]float64
	wireLead float64
}

// defaultWeights were fitted by TestFit (-fit) on half A of the dev set.
var defaultWeights = rankWeights{w: [nFeatures]float64{
	fDeg: 2, fCos: 1, fLogTok: 0.3, fShort: -1, fLead: 0.2,
}, wireLead: 2}

// scores returns every sentence's score from its features.
func (w rankWeights) scores(feats [][nFeatures]float64, wire bool) []float64 {
	out := make([]float64, len(feats))
	for i := range feats {
		out[i] = dot(&w.w, &feats[i])
		if wire {
			out[i] += w.wireLead * feats[i][fLead]
		}
	}
	return out
}
