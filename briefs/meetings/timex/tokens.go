package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	kWord  = 'w' // letters only
	kNum   = 'd' // digits only
	kMixed = 'm' // letters and digits: "1990s", "11th", "3pm"
	kPunct = 'p' // one punctuation or symbol rune
)

// token is one word, number or punctuation mark of the text.
type token struct {
	s          string // lower-cased text
	start, end int    // rune offsets
	bs, be     int    // byte offsets
	num        int    // value of a kNum token; -1 otherwise
	ndig       int    // number of digits of a kNum token
	kind       byte
	upper      bool // first rune is upper case
	space      bool // whitespace (or start of text) before the token
	newline    bool // a line break before the token
}

// tokenize splits text into tokens with rune offsets.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	pos := 0 // rune offset
	space, newline := true, false
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newline = true
			}
			i += w
			pos++
			continue
		}
		t := token{start: pos, bs: i, num: -1, space: space, newline: newline}
		space, newline = false, false
		if !isAlnum(r) {
			t.kind = kPunct
			t.s = text[i : i+w]
			if r == '’' || r == '‘' {
				t.s = "'"
			}
			i += w
			pos++
			t.end, t.be = pos, i
			toks = append(toks, t)
			continue
		}
		j := i
		letters, digits := false, false
		n := 0
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isAlnum(r2) {
				break
			}
			if r2 >= '0' && r2 <= '9' {
				digits = true
			} else {
				letters = true
			}
			j += w2
			n++
		}
		raw := text[i:j]
		t.upper = unicode.IsUpper(r)
		t.s = lower(raw)
		switch {
		case letters && digits:
			t.kind = kMixed
		case digits:
			t.kind = kNum
			t.ndig = len(raw)
			if len(raw) <= 9 {
				v := 0
				for k := 0; k < len(raw); k++ {
					v = v*10 + int(raw[k]-'0')
				}
				t.num = v
			}
		default:
			t.kind = kWord
		}
		pos += n
		t.end, t.be = pos, j
		i = j
		toks = append(toks, t)
	}
	return toks
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
