// Package tokens splits a text into words, numbers and punctuation marks,
// each with its rune and byte offsets: the one tokenizer of the analysis
// pass. The reading (briefs/analysis/reading) splits a brief once; the
// temporal tagger (timex) and the meeting extractor each add their own
// judgement on top of the same tokens.
//
// A token is a run of letters and digits ("talks", "1990s", "3pm", "11th")
// or one rune that is neither and not a space. So "3.5" is three tokens
// ("3", ".", "5") and "don't" is three ("don", "'", "t"); a reader that
// wants a decimal as one word joins them (the meeting extractor does).
package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind byte

// The kinds of token.
const (
	Word   Kind = 'w' // letters only (a non-ASCII digit counts as a letter)
	Number Kind = 'd' // ASCII digits only
	Mixed  Kind = 'm' // letters and digits: "1990s", "11th", "3pm"
	Punct  Kind = 'p' // one punctuation or symbol rune
)

// Token is one word, number or punctuation mark of a text.
type Token struct {
	// Lower is the token with its ASCII letters lower-cased, and the
	// curly single quotes ’ and ‘ read as ': a slice of one lowered copy of
	// the whole text, so splitting allocates no string per token. A reader
	// that needs non-ASCII letters lower-cased folds those tokens itself.
	Lower              string
	Start, End         int // rune offsets in the text
	ByteStart, ByteEnd int // byte offsets in the text
	Kind               Kind
	Upper              bool // the first rune is upper case
	Space              bool // whitespace (or the start of the text) before the token
	Newline            bool // a line break before the token
}

// ASCII reports whether each rune of the token is one byte: ASCII (or,
// for a Punct token, one byte that is not UTF-8). Lower is then the
// token lower-cased in full.
func (t Token) ASCII() bool { return t.ByteEnd-t.ByteStart == t.End-t.Start }

// Split splits text into tokens, in order. Whitespace separates tokens and
// is no token itself.
func Split(text string) []Token {
	return SplitInto(nil, text)
}

// SplitInto is Split appending to buf[:0], for a caller that keeps a
// buffer from one text to the next.
func SplitInto(buf []Token, text string) []Token {
	low := lowerASCII(text)
	// News text runs about 4.9 bytes a token (punctuation marks are
	// tokens); a quarter of its length is room for all but a few texts,
	// where a fifth made most slices grow once, copying them.
	toks := buf[:0]
	if n := len(text)/4 + 1; cap(toks) < n {
		toks = make([]Token, 0, n)
	}
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
		t := Token{Start: pos, ByteStart: i, Space: space, Newline: newline}
		space, newline = false, false
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if !isAlnum(r) {
			t.Kind = Punct
			t.Lower = low[i : i+w]
			if r == '’' || r == '‘' {
				t.Lower = "'"
			}
			i += w
			pos++
			t.End, t.ByteEnd = pos, i
			toks = append(toks, t)
			continue
		}
		j, n, letters, digits := run(text, i)
		pos += n
		t.Upper = c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		t.Lower = low[i:j]
		switch {
		case letters && digits:
			t.Kind = Mixed
		case digits:
			t.Kind = Number
		default:
			t.Kind = Word
		}
		t.End, t.ByteEnd = pos, j
		i = j
		toks = append(toks, t)
	}
	return toks
}

// run scans the letters and digits from byte i of text: it returns the
// byte offset past them, how many runes they are, and whether they hold
// letters (any non-ASCII letter or digit counts as one) and ASCII digits.
func run(text string, i int) (j, n int, letters, digits bool) {
	for j = i; j < len(text); n++ {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9':
				digits = true
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				letters = true
			default:
				return j, n, letters, digits
			}
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if !isAlnum(r) {
			return j, n, letters, digits
		}
		letters = true
		j += w
	}
	return j, n, letters, digits
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// AppendLowerASCII appends s lower-cased to buf in one pass; ok is false,
// and the result nil, when s is not all ASCII or does not fit buf's room
// (callers pass a buffer of their own frame and fall back to
// strings.ToLower).
func AppendLowerASCII(buf []byte, s string) (lowered []byte, ok bool) {
	if len(s) > cap(buf)-len(buf) {
		return nil, false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
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
	var b strings.Builder // one allocation: []byte(s) and string(b) made two copies of the text
	b.Grow(len(s))
	b.WriteString(s[:k])
	for ; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
