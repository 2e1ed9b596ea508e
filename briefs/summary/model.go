package summary

import (
	"slices"
	"sync"

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
	// mark and stamp are overlap's scratch: mark[id] == stamp for the
	// words of the sentence compared.
	mark  []int32
	stamp int32
}

// newModel tokenises sentences into content-word ids: words lower-cased
// (acronyms kept apart), plurals folded ("prices" is "price"), stop words
// and bare numbers dropped. Full Porter stemming did worse on the dev set:
// it conflates too much ("economic", "economy").
func newModel(sents []sentences.Sentence) *docModel {
	m := &docModel{words: make([][]int32, len(sents)), tokens: make([]int, len(sents))}
	sc := scratchPool.Get().(*modelScratch)
	defer sc.release()
	ids, folded := &sc.ids, &sc.folded // word -> id (-1: stop word or number); plural-folded word -> id
	seen := sc.seen[:0]                // the last sentence each id was counted in
	all := sc.all[:0]                  // every sentence's ids, one after another
	sf := sc.sf[:0]                    // m.sf while it grows, copied once at the end
	var words wordScanner
	starts := sc.starts[:0] // where each sentence's ids begin in all
	for i, s := range sents {
		first := len(all)
		starts = append(starts, first)
		words.reset(s.Text)
		for {
			b, more := words.next()
			if !more {
				break
			}
			m.tokens[i]++
			h := hashWord(b)
			id, ok := lookup(ids, b, h)
			if !ok {
				w := words.word(b)
				id = -1
				if !stopWords[w] && !isNumber(w) {
					key := foldPlural(w)
					kh := hashWord(key)
					if id, ok = lookup(folded, key, kh); !ok {
						id = int32(len(sf))
						folded.put(key, kh, id)
						sf = append(sf, 0)
						seen = append(seen, -1)
					}
				}
				ids.put(w, h, id)
			}
			if id < 0 || seen[id] == int32(i) {
				continue
			}
			seen[id] = int32(i)
			sf[id]++
			all = append(all, id)
		}
	}
	if len(all) > 0 {
		kept := slices.Clone(all) // one copy for every sentence's ids
		for i, first := range starts {
			end := len(all)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			if end > first {
				m.words[i] = kept[first:end:end]
			}
		}
	}
	sc.starts = starts
	if len(sf) > 0 {
		m.sf = slices.Clone(sf)
	}
	sc.all = all
	sc.seen = seen
	sc.sf = sf
	return m
}

// modelScratch is the working memory of newModel, kept for the next
// document: its maps, made afresh, were most of what a summary allocated.
type modelScratch struct {
	ids, folded wordIDs
	seen, all   []int32
	starts      []int
	sf          []float64
}

var scratchPool = sync.Pool{New: func() any {
	return &modelScratch{}
}}

// maxScratchWords is the most distinct words of a scratch put back for
// reuse: the maps of a huge document are left to the collector.
const maxScratchWords = 4096

func (sc *modelScratch) release() {
	if sc.ids.len() > maxScratchWords {
		return
	}
	sc.ids.reset()
	sc.folded.reset()
	scratchPool.Put(sc)
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

// wordScanner reads the words of a text one at a time: runs of ASCII
// letters and digits, and any non-ASCII bytes (kept whole), lower-cased
// unless the word is an all-capitals acronym ("US" is not "us"). Each is
// in a buffer valid until the next call, so that newModel allocates no
// string for a word it has seen.
type wordScanner struct {
	text string
	i    int
	buf  []byte
	raw  string // the word as the text has it, when buf is the same bytes
}

func (sc *wordScanner) reset(text string) { sc.text, sc.i = text, 0 }

// next returns the next word, or false at the end of the text.
func (sc *wordScanner) next() ([]byte, bool) {
	text, i := sc.text, sc.i
	for i < len(text) && !wordByte(text[i]) {
		i++
	}
	if i == len(text) {
		sc.i = i
		return nil, false
	}
	buf := sc.buf[:0]
	upper, lower := 0, 0
	start := i
	for ; i < len(text) && wordByte(text[i]); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		}
		buf = append(buf, c)
	}
	sc.raw = text[start:i]
	if upper > 0 && (upper < 2 || lower > 0) {
		sc.raw = ""
		for j, c := range buf {
			if c >= 'A' && c <= 'Z' {
				buf[j] = c + 'a' - 'A'
			}
		}
	}
	sc.i, sc.buf = i, buf
	return buf, true
}

// word is b, the word next returned last, as a string: the text's own
// bytes when the scanner changed none of them, else a copy.
func (sc *wordScanner) word(b []byte) string {
	if sc.raw != "" {
		return sc.raw
	}
	return string(b)
}

// wordByte reports whether c is part of a word: an ASCII letter or digit,
// or any byte of a non-ASCII character.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
