package summary

import (
	"github.com/briefbot/briefbot/briefs/sentences"
)

// stopWords are function words that say nothing about what a sentence is
// about; they are left out of the centrality graph.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
		"are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
		"but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
		"for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
		"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
		"itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
		"off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
		"same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
		"them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
		"too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
		"while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
		"s", "t", "said", "says", "say", "mr", "mrs", "ms", "one", "two", "new", "year", "years",
		"last", "first", "may", "might", "must", "shall", "us", "many", "much", "however", "told",
		"yet", "since", "still", "even", "well", "like", "get", "got", "make", "made", "way",
	} {
		m[w] = true
	}
	return m
}()

// docModel is what the scorer knows about one document's sentences.
type docModel struct {
	words  [][]int32 // distinct content-word ids per sentence
	tokens []int     // number of word tokens per sentence
	sf     []float64 // number of sentences each content-word id is in
}

// newModel tokenises sentences into content-word ids: words lower-cased
// (acronyms kept apart), plurals folded ("prices" is "price"), stop words
// and bare numbers dropped. Full Porter stemming did worse on the dev set:
// it conflates too much ("economic", "economy").
func newModel(sents []sentences.Sentence) *docModel {
	m := &docModel{words: make([][]int32, len(sents)), tokens: make([]int, len(sents))}
	ids := make(map[string]int32, 256)    // word -> id (-1: stop word or number)
	folded := make(map[string]int32, 256) // plural-folded word -> id
	seen := []int32{}                     // the last sentence each id was counted in
	for i, s := range sents {
		var ws []int32
		forEachWord(s.Text, func(w string) {
			m.tokens[i]++
			id, ok := ids[w]
			if !ok {
				id = -1
				if !stopWords[w] && !isNumber(w) {
					key := foldPlural(w)
					if id, ok = folded[key]; !ok {
						id = int32(len(m.sf))
						folded[key] = id
						m.sf = append(m.sf, 0)
						seen = append(seen, -1)
					}
				}
				ids[w] = id
			}
			if id < 0 || seen[id] == int32(i) {
				return
			}
			seen[id] = int32(i)
			m.sf[id]++
			ws = append(ws, id)
		})
		m.words[i] = ws
	}
	return m
}

// foldPlural maps a plural to its singular in the common regular cases:
// "prices" -> "price", "companies" -> "company"; "business", "status" and
// "crisis" stay.
func foldPlural(w string) string {
	n := len(w)
	switch {
	case n > 4 && w[n-3:] == "ies":
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

// forEachWord calls fn with each word of text: runs of ASCII letters and
// digits, and any non-ASCII bytes (kept whole), lower-cased unless the word
// is an all-capitals acronym ("US" is not "us").
func forEachWord(text string, fn func(string)) {
	buf := make([]byte, 0, 32)
	upper, lower := 0, 0
	flush := func() {
		if len(buf) > 0 {
			if upper > 0 && (upper < 2 || lower > 0) {
				for j, c := range buf {
					if c >= 'A' && c <= 'Z' {
						buf[j] = c + 'a' - 'A'
					}
				}
			}
			fn(string(buf))
			buf = buf[:0]
		}
		upper, lower = 0, 0
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
			buf = append(buf, c)
		case c >= 'A' && c <= 'Z':
			upper++
			buf = append(buf, c)
		case c >= '0' && c <= '9', c >= 0x80:
			buf = append(buf, c)
		default:
			flush()
		}
	}
	flush()
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
