package meetings

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/tokens"
)

// showView writes each meeting token as lower/flags/start-end: w word,
// n number, c capitalised.
func showView(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		flags := ""
		for _, f := range []struct {
			on bool
			c  string
		}{{t.word, "w"}, {t.num, "n"}, {t.cap, "c"}} {
			if f.on {
				flags += f.c
			}
		}
		fmt.Fprintf(&b, "%s/%s/%d-%d ", t.lower, flags, t.start, t.end)
	}
	return strings.TrimSpace(b.String())
}

// TestSentenceTokens checks the meeting view of the shared tokens where it
// differs from them: decimals are one word, non-ASCII words are lower-cased
// in full; and that it keeps to the sentence's range.
func TestSentenceTokens(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"decimal is one word", "rose 3.5 pct", "rose/w/0-4 3.5/w/5-8 pct/w/9-12"},
		{"dotted numbers", "v1.2.3 at 10.30", "v1.2.3/w/0-6 at/w/7-9 10.30/w/10-15"},
		{"a point between words stays", "U.S. 3. Then", "u/wc/0-1 .//1-2 s/wc/2-3 .//3-4 3/wn/5-6 .//6-7 then/wc/8-12"},
		{"full stop after a number", "in 2003. It", "in/w/0-2 2003/wn/3-7 .//7-8 it/wc/9-11"},
		{"spaced point", "3 . 5", "3/wn/0-1 .//2-3 5/wn/4-5"},
		{"non-ASCII lower-cased", "ÉLYSÉE talks", "élysée/wc/0-6 talks/w/7-12"},
		{"non-ASCII digits are a number", "٣ days", "٣/wn/0-1 days/w/2-6"},
		{"apostrophes", "Britain’s ‘Big’ don't", "britain/wc/0-7 '//7-8 s/w/8-9 '//10-11 big/wc/11-14 '//14-15 don/w/16-19 '//19-20 t/w/20-21"},
		{"mixed", "1990s 3pm", "1990s/w/0-5 3pm/w/6-9"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, k := sentenceTokens(nil, c.text, tokens.Split(c.text), 0, 0, len([]rune(c.text)))
			if s := showView(got); s != c.want {
				t.Errorf("%q\n got %s\nwant %s", c.text, s, c.want)
			}
			if k != len(tokens.Split(c.text)) {
				t.Errorf("next index %d, want all %d", k, len(tokens.Split(c.text)))
			}
		})
	}
}

// TestSentenceTokensRange checks each sentence gets its own tokens, with
// rune offsets into the whole text, and the index moves on past them.
func TestSentenceTokensRange(t *testing.T) {
	text := "Prices rose 3.5 pct. Ministers meet on Monday."
	words := tokens.Split(text)
	first, k := sentenceTokens(nil, text, words, 0, 0, 20)
	second, end := sentenceTokens(nil, text, words, k, 21, 46)
	if got, want := showView(first), "prices/wc/0-6 rose/w/7-11 3.5/w/12-15 pct/w/16-19 .//19-20"; got != want {
		t.Errorf("first sentence\n got %s\nwant %s", got, want)
	}
	if got, want := showView(second), "ministers/wc/21-30 meet/w/31-35 on/w/36-38 monday/wc/39-45 .//45-46"; got != want {
		t.Errorf("second sentence\n got %s\nwant %s", got, want)
	}
	if k != 7 || end != len(words) {
		t.Errorf("indexes %d and %d, want 7 and %d", k, end, len(words))
	}
}
