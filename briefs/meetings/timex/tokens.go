package timex

import (
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
	upper      bool  // first rune is upper case
	space      bool  // whitespace (or start of text) before the token
	newline    bool  // a line break before the token
	rules      int16 // index in ruleLists of the rules that may match from here
	modifier   bool  // "early", "late", "mid": may precede an expression
}

// tokenize splits text into tokens with rune offsets. Token texts are
// lower-cased (ASCII letters only, so byte offsets carry over) slices of one
// copy of the text.
func tokenize(text string) []token {
	low := lowerASCII(text)
	toks := make([]token, 0, len(text)/5+1)
	pos := 0 // rune offset
	space, newline := true, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				space = true
				newline = newline || c == '\n'
				i++
				pos++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			space = true
			i += w
			pos++
			continue
		}
		t := token{start: pos, bs: i, num: -1, space: space, newline: newline}
		space, newline = false, false
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if !isAlnum(r) {
			t.kind = kPunct
			t.s = low[i : i+w]
			if r == '’' || r == '‘' {
				t.s = "'"
			}
			if t.s == "'" {
				t.rules = quoteRules
			}
			i += w
			pos++
			t.end, t.be = pos, i
			toks = append(toks, t)
			continue
		}
		j := i
		letters, digits := false, false
		for j < len(text) {
			c2 := text[j]
			if c2 < utf8.RuneSelf {
				switch {
				case c2 >= '0' && c2 <= '9':
					digits = true
				case c2 >= 'a' && c2 <= 'z' || c2 >= 'A' && c2 <= 'Z':
					letters = true
				default:
					goto done
				}
				j++
				pos++
				continue
			}
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isAlnum(r2) {
				break
			}
			letters = true
			j += w2
			pos++
		}
	done:
		t.upper = c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		t.s = low[i:j]
		switch {
		case letters && digits:
			t.kind = kMixed
			t.rules = mixedRules
		case digits:
			t.kind = kNum
			t.rules = numRules
			t.ndig = j - i
			if t.ndig <= 9 {
				v := 0
				for k := i; k < j; k++ {
					v = v*10 + int(text[k]-'0')
				}
				t.num = v
			}
		default:
			t.kind = kWord
			if n := len(t.s); n < 32 && wordFilter[t.s[0]]&(1<<n) != 0 {
				x := wordRules[t.s]
				t.rules, t.modifier = x.rules, x.modifier
			}
		}
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

// lowerASCII lower-cases the ASCII letters of s (other bytes unchanged).
func lowerASCII(s string) string {
	k := 0
	for k < len(s) && !(s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := []byte(s)
	for ; k < len(b); k++ {
		if c := b[k]; c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}
