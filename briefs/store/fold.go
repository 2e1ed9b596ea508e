package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keywords of /meetings match case-insensitively: a keyword and a
// meeting's text are both folded by foldCase, and the keyword indexes hold
// text that their own case folding turns into what foldCase would give.
// foldCase is simple case folding (one letter for one letter, from the
// standard library's Unicode tables) into lower case: the dotted capital İ
// is "i" (as strings.ToLower has it), the Kelvin sign K is "k", the long s
// ſ is "s", final sigma ς is σ. Full case
// folding (golang.org/x/text/cases: ß is "ss", ﬁ is "fi") was not taken:
// the indexes cannot make one letter two, and folding every text read that
// way costs two to three times strings.ToLower.

// foldCase folds s for keyword matching (see above).
func foldCase(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(foldRune, s)
		}
	}
	return strings.ToLower(s)
}

// foldRune folds r as foldCase does: the lower case of the upper case of
// the letters r folds with (unicode.SimpleFold's orbit), which is the same
// for each of them: K, k and the Kelvin sign K are k; S, s and ſ are s; Σ,
// σ and ς are σ; İ, whose orbit is itself, is i. The dotless ı stays ı:
// its upper case I is not in its orbit.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	u := unicode.ToUpper(r)
	if u == r {
		return unicode.ToLower(r)
	}
	for m := unicode.SimpleFold(r); m != r; m = unicode.SimpleFold(m) {
		if m == u {
			return unicode.ToLower(u)
		}
	}
	return unicode.ToLower(r)
}

// trigramFolds are the letters that SQLite's trigram tokenizer (which
// folds case by its own, older Unicode tables) does not fold to what
// foldCase gives, for the results that trigramSafe lets a keyword hold:
// the index is given the folded letter instead (foldedSQL). Other such
// letters (Cherokee, Georgian capitals, newer Latin letters: see
// TestTrigramFolding) fold to letters that trigramSafe keeps out of the
// index, so keywords holding them are matched in Go.
var trigramFolds = [][2]string{
	{"\u0130", "i"},                                                    // İ
	{"\u1C80", "в"}, {"\u1C81", "д"}, {"\u1C82", "о"}, {"\u1C83", "с"}, // Old Cyrillic letter forms
	{"\u1C84", "т"}, {"\u1C85", "т"}, {"\u1C86", "ъ"},
}

// asciiFolds are the letters outside ASCII that foldCase makes ASCII
// letters, which an ASCII-only case folding (SQLite's LIKE, PostgreSQL's
// lower in the C collation) leaves alone (TestASCIIFolds checks the list).
var asciiFolds = [][2]string{{"\u0130", "i"}, {"\u017F", "s"}, {"\u212A", "k"}}

// replaceSQL wraps the SQL expression expr in replace() calls that put
// each pair's second string for its first.
func replaceSQL(expr string, pairs [][2]string) string {
	for _, p := range pairs {
		expr = `replace(` + expr + `, '` + p[0] + `', '` + p[1] + `')`
	}
	return expr
}
