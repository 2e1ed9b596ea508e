package meetings

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	text  string // as written
	lower string
	start int // rune offset in the whole text
	end   int
	word  bool // letters (and internal apostrophes/hyphens are split off)
	num   bool // digits only
	cap   bool // starts with an upper-case letter
}

// tokenize splits s (which starts at rune offset base of the text) into tokens.
func tokenize(s string, base int) []token {
	var toks []token
	runes := []rune(s)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(runes) && (unicode.IsLetter(runes[j]) || unicode.IsDigit(runes[j]) ||
				(runes[j] == '.' && j+1 < len(runes) && unicode.IsDigit(runes[j+1]) && j > i && unicode.IsDigit(runes[j-1]))) {
				j++
			}
			toks = append(toks, newToken(string(runes[i:j]), base+i, base+j))
			i = j
		default:
			toks = append(toks, token{text: string(r), lower: string(r), start: base + i, end: base + i + 1})
			i++
		}
	}
	return toks
}

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
