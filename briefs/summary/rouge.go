package summary

import "strings"

// Scores holds ROUGE F1 values in [0, 1].
type Scores struct {
	R1, R2, RL float64
}

// Tokenize splits text the way rouge-score does with stemming on:
// lower-case, every character outside [a-z0-9] becomes a space, split on
// spaces, Porter-stem tokens longer than 3 characters.
func Tokenize(text string) []string {
	lower := strings.ToLower(text)
	var out []string
	start := -1
	for i := 0; i <= len(lower); i++ {
		alnum := i < len(lower) && (lower[i] >= 'a' && lower[i] <= 'z' || lower[i] >= '0' && lower[i] <= '9')
		if alnum && start < 0 {
			start = i
		}
		if !alnum && start >= 0 {
			tok := lower[start:i]
			if len(tok) > 3 {
				tok = Stem(tok)
			}
			out = append(out, tok)
			start = -1
		}
	}
	return out
}

// Rouge scores a prediction against a reference: ROUGE-1, ROUGE-2 and
// ROUGE-L (longest common subsequence over the whole token sequence) F1.
func Rouge(prediction, reference string) Scores {
	return RougeTokens(Tokenize(prediction), Tokenize(reference))
}

// RougeTokens is Rouge on already tokenised text.
func RougeTokens(pred, ref []string) Scores {
	return Scores{
		R1: ngramF1(pred, ref, 1),
		R2: ngramF1(pred, ref, 2),
		RL: f1(lcs(pred, ref), len(pred), len(ref)),
	}
}

func f1(match, nPred, nRef int) float64 {
	if match == 0 || nPred == 0 || nRef == 0 {
		return 0
	}
	p := float64(match) / float64(nPred)
	r := float64(match) / float64(nRef)
	return 2 * p * r / (p + r)
}

func ngrams(toks []string, n int) map[string]int {
	m := make(map[string]int, len(toks))
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

func ngramF1(pred, ref []string, n int) float64 {
	return ngramF1Map(pred, ngrams(ref, n), len(ref), n)
}

// ngramF1Map is ngramF1 with the reference's n-gram counts precomputed.
func ngramF1Map(pred []string, ref map[string]int, refLen, n int) float64 {
	p := ngrams(pred, n)
	match := 0
	for g, c := range p {
		match += min(c, ref[g])
	}
	return f1(match, max(len(pred)-n+1, 0), max(refLen-n+1, 0))
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
