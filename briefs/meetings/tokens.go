package meetings

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// token is one word, number or punctuation mark of a sentence: the
// reading's tokens (briefs/tokens) as the meeting rules read them
// (sentenceTokens).
type token struct {
	text  string // as written
	lower string
	start int // rune offset in the whole text
	end   int
	word  bool // letters and digits (apostrophes and hyphens are tokens of their own)
	num   bool // digits only
	cap   bool // starts with an upper-case letter
}

// sentenceTokens is the meeting extractor's view of the reading's tokens
// (tokens.Split of text) that lie in the rune range [start, end) of text,
// the tokens from index k on; it returns the view and the index past it.
// The view differs from the shared tokens in two ways: a decimal ("3.5",
// "1.2.3") is one word, so its point ends no clause or name; and words are
// lower-cased in full (non-ASCII letters too), so "Élysée" and "ÉLYSÉE" are
// the same word.
//
// The view is appended to buf[:0] and capped at its length, so a caller may
// hand in one buffer for all sentences, each taking the room after the last.
func sentenceTokens(buf []token, text string, toks []tokens.Token, k, start, end int) ([]token, int) {
	for k < len(toks) && toks[k].Start < start {
		k++
	}
	first := k
	for k < len(toks) && toks[k].End <= end {
		k++
	}
	out := buf[:0]
	if cap(out) < k-first {
		out = make([]token, 0, k-first)
	}
	wordStart := 0 // byte offset of the last token of out
	for i := first; i < k; i++ {
		x := &toks[i]
		if n := len(out); n > 0 && i+1 < k && x.Lower == "." && decimalPoint(text, &out[n-1], x, &toks[i+1]) {
			y := toks[i+1]
			out[n-1] = newToken(text[wordStart:y.ByteEnd], out[n-1].start, y.End)
			i++
			continue
		}
		out = append(out, viewOf(text, x))
		wordStart = x.ByteStart
	}
	return out[:len(out):len(out)], k
}

// viewOf is the meeting token of the shared token x of text.
func viewOf(text string, x *tokens.Token) token {
	if x.Kind == tokens.Punct {
		return token{text: text[x.ByteStart:x.ByteEnd], lower: x.Lower, start: x.Start, end: x.End}
	}
	if !x.ASCII() {
		return newToken(text[x.ByteStart:x.ByteEnd], x.Start, x.End)
	}
	return token{text: text[x.ByteStart:x.ByteEnd], lower: x.Lower, start: x.Start, end: x.End,
		word: true, num: x.Kind == tokens.Number, cap: x.Upper}
}

// decimalPoint reports whether p, between the word before (already in the
// view) and the token after, is the point of a decimal: a "." with no
// space around it, a digit before and a digit after.
func decimalPoint(text string, before *token, p, after *tokens.Token) bool {
	if p.Lower != "." || p.Space || after.Space || !before.word {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before.text)
	next, _ := utf8.DecodeRuneInString(text[after.ByteStart:])
	return unicode.IsDigit(last) && unicode.IsDigit(next)
}

// newToken is the meeting token of the word w at rune offsets [start, end)
// of the text, lower-cased in full.
func newToken(w string, start, end int) token {
	t := token{text: w, lower: strings.ToLower(w), start: start, end: end, word: true}
	first, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(first)
	t.num = true
	for _, r := range w {
		if !unicode.IsDigit(r) {
			t.num = false
			break
		}
	}
	return t
}

// atoi parses a short all-digit token; -1 when it is not one.
func atoi(s string) int {
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// lowerAt returns the lower-cased token i, or "" out of range.
func lowerAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].lower
}

// isApostrophe reports whether s is an apostrophe or closing quote.
func isApostrophe(s string) bool {
	return s == "'" || s == "’" || s == "\""
}
