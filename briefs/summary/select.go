package summary

import (
	"sort"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// Select returns the indexes (ascending) of the k sentences chosen among
// sents. k <= 0 means the default of 2; k >= len(sents) selects them all.
// Stories in short paragraphs (wire copy) get a stronger lead prior.
func Select(sents []sentences.Sentence, k int) []int {
	return selectWith(sents, k, defaultParams.forStory(sents, false))
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
	feats := m.features(sents, k, p)
	scores := defaultWeights.scores(feats, k, p.wire)
	putFeatures(feats)
	ranked := m.rank(scores, p, k)
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
	m := newModel(sents)
	feats := m.features(sents, k, p)
	scores := defaultWeights.scores(feats, k, p.wire)
	putFeatures(feats)
	ranked := m.rank(scores, p, min(len(sents), 10*k+50))
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

// rank orders the sentences best first: by score, except that a sentence
// mostly repeating one ranked above it is moved after all the others. Only
// the first limit places get the redundancy check; the rest follow by
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
		if len(chosen) < limit && m.repeats(i, chosen, p.redundancy) {
			skipped = append(skipped, i)
			continue
		}
		chosen = append(chosen, i)
	}
	return append(chosen, skipped...)
}

// repeats reports whether sentence i shares at least share of its (or the
// other's, if shorter) content words with one of chosen.
func (m *docModel) repeats(i int, chosen []int, share float64) bool {
	if len(chosen) == 0 {
		return false
	}
	mark := m.markWords(i)
	for _, c := range chosen {
		if m.overlap(i, c, mark) >= share {
			return true
		}
	}
	return false
}

// markWords marks the content words of sentence a in m.mark, for overlap.
func (m *docModel) markWords(a int) int32 {
	if len(m.mark) < len(m.sf) {
		m.mark = make([]int32, len(m.sf))
	}
	m.stamp++
	for _, x := range m.words[a] {
		m.mark[x] = m.stamp
	}
	return m.stamp
}

// overlap is the share of the shorter sentence's content words that the
// other one also has; a's words are marked with mark (markWords).
func (m *docModel) overlap(a, b int, mark int32) float64 {
	wa, wb := m.words[a], m.words[b]
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	shared := 0 // a sentence's words are distinct: this is |wa ∩ wb|
	for _, y := range wb {
		if m.mark[y] == mark {
			shared++
		}
	}
	return float64(shared) / float64(min(len(wa), len(wb)))
}
