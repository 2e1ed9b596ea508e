package timex

import (
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// token kinds (tokens.Kind).
const (
	kWord  = tokens.Word   // letters only
	kNum   = tokens.Number // digits only
	kMixed = tokens.Mixed  // letters and digits: "1990s", "11th", "3pm"
	kPunct = tokens.Punct  // one punctuation or symbol rune
)

// token is one word, number or punctuation mark of the text: a tokens.Token
// with what the rules look up at it.
type token struct {
	s          string // lower-cased text (tokens.Token.Lower)
	start, end int    // rune offsets
	bs, be     int    // byte offsets
	num        int    // value of a kNum token; -1 otherwise
	ndig       int    // number of digits of a kNum token
	kind       tokens.Kind
	upper      bool  // first rune is upper case
	space      bool  // whitespace (or start of text) before the token
	newline    bool  // a line break before the token
	rules      int16 // index in ruleLists of the rules that may match from here
	modifier   bool  // "early", "late", "mid": may precede an expression
	afterThe   bool  // one of wordsAfterThe: a rule tried at a "the" before it may match
}

// FindTokens is Find over text already split by tokens.Split (toks), for a
// caller that reads the tokens too: the text is split once.
func FindTokens(text string, toks []tokens.Token, ref time.Time) []Expr {
	buf := tokenBufs.Get().(*[]token)
	ann := annotateInto(*buf, toks)
	out := find(text, ann, ref)
	if cap(ann) <= maxPooledTokens {
		clear(ann) // let go of text
		*buf = ann[:0]
		tokenBufs.Put(buf)
	}
	return out
}

// tokenBufs keep annotated token slices for the next text: FindTokens
// returns nothing that points into them, and making one per brief was a
// seventh of what the analysis allocated.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens is the largest token slice put back for reuse.
const maxPooledTokens = 1 << 14

// tokenize splits text into tokens.
func tokenize(text string) []token {
	return annotate(tokens.Split(text))
}

// annotate gives each token its number value and the rules that may start
// at it.
func annotate(in []tokens.Token) []token {
	return annotateInto(nil, in)
}

// annotateInto is annotate into buf's memory when it is large enough.
func annotateInto(buf []token, in []tokens.Token) []token {
	toks := buf[:0]
	if cap(toks) < len(in) {
		toks = make([]token, len(in))
	}
	toks = toks[:len(in)]
	for k, x := range in {
		t := token{s: x.Lower, start: x.Start, end: x.End, bs: x.ByteStart, be: x.ByteEnd, num: -1,
			kind: x.Kind, upper: x.Upper, space: x.Space, newline: x.Newline}
		switch x.Kind {
		case kPunct:
			if t.s == "'" {
				t.rules = quoteRules
			}
		case kMixed:
			t.rules = mixedRules
		case kNum:
			t.rules = numRules
			t.ndig = len(t.s)
			if t.ndig <= 9 {
				v := 0
				for _, c := range []byte(t.s) {
					v = v*10 + int(c-'0')
				}
				t.num = v
			}
		default:
			if wordFilter.May(t.s) {
				w := wordRules[t.s]
				t.rules, t.modifier, t.afterThe = w.rules, w.modifier, w.afterThe
			}
		}
		toks[k] = t
	}
	return toks
}
