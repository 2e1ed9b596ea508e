package tokens

import (
	"fmt"
	"strings"
	"testing"
)

// show writes each token as Lower/kind/start-end with + for Upper, _ for
// Space and ^ for Newline before it.
func show(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Newline {
			b.WriteString("^")
		} else if t.Space {
			b.WriteString("_")
		}
		if t.Upper {
			b.WriteString("+")
		}
		fmt.Fprintf(&b, "%s/%c/%d-%d ", t.Lower, t.Kind, t.Start, t.End)
	}
	return strings.TrimSpace(b.String())
}

func TestSplit(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"words and marks", "Talks end.", "_+talks/w/0-5 _end/w/6-9 ./p/9-10"},
		{"decimal is three tokens", "rose 3.5 pct", "_rose/w/0-4 _3/d/5-6 ./p/6-7 5/d/7-8 _pct/w/9-12"},
		{"letters and digits", "1990s at 3pm", "_1990s/m/0-5 _at/w/6-8 _3pm/m/9-12"},
		{"curly apostrophe reads as '", "Britain’s ‘Big’", "_+britain/w/0-7 '/p/7-8 s/w/8-9 _'/p/10-11 +big/w/11-14 '/p/14-15"},
		{"non-ASCII letters not lower-cased", "ÉLYSÉE Café", "_+ÉlysÉe/w/0-6 _+café/w/7-11"},
		{"non-ASCII digits are letters", "٣ days", "_٣/w/0-1 _days/w/2-6"},
		{"line breaks and odd spaces", "A\u00a0b\n\tC", "_+a/w/0-1 _b/w/2-3 ^+c/w/5-6"},
		{"invalid byte is one mark", "a\xffb", "_a/w/0-1 \xff/p/1-2 b/w/2-3"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := show(Split(c.text)); got != c.want {
				t.Errorf("Split(%q)\n got %s\nwant %s", c.text, got, c.want)
			}
		})
	}
}

// TestSplitOffsets checks each token's byte offsets cut its text, and its
// rune offsets count the runes before it.
func TestSplitOffsets(t *testing.T) {
	text := "NEW DELHI, Dec 4 (IANS) – Ministers met ‘today’ at 10.30 a.m. in the Élysée.\n\nSecond paragraph."
	runes := []rune(text)
	for _, tok := range Split(text) {
		if got, want := text[tok.ByteStart:tok.ByteEnd], string(runes[tok.Start:tok.End]); got != want {
			t.Errorf("token %q: bytes give %q, runes %q", tok.Lower, got, want)
		}
		ascii := strings.IndexFunc(text[tok.ByteStart:tok.ByteEnd], func(r rune) bool { return r >= 0x80 }) < 0
		if tok.ASCII() != ascii {
			t.Errorf("token %q: ASCII() %v", tok.Lower, tok.ASCII())
		}
	}
}

// FuzzSplit checks on any text that tokens come in order without overlap,
// their byte and rune offsets cut the same text, and every rune between
// them is a space.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Talks end.", "rose 3.5 pct", "Britain’s ‘Big’", "ÉLYSÉE ٣\u00a0x", "a\xffb", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		end, byteEnd := 0, 0
		for _, tok := range Split(text) {
			if tok.Start < end || tok.ByteStart < byteEnd || tok.End <= tok.Start || tok.End > len(runes) {
				t.Fatalf("token %+v after rune %d, byte %d of %d runes", tok, end, byteEnd, len(runes))
			}
			if got, want := []rune(text[tok.ByteStart:tok.ByteEnd]), runes[tok.Start:tok.End]; string(got) != string(want) {
				t.Fatalf("token %+v: bytes give %q, runes %q", tok, string(got), string(want))
			}
			if gap := strings.TrimSpace(string(runes[end:tok.Start])); gap != "" {
				t.Fatalf("%q between tokens is no token", gap)
			}
			end, byteEnd = tok.End, tok.ByteEnd
		}
		if gap := strings.TrimSpace(string(runes[end:])); gap != "" {
			t.Fatalf("%q after the last token is no token", gap)
		}
	})
}

func TestFilter(t *testing.T) {
	f := NewFilter(map[string]bool{"meet": true, "talks": true, "averyveryveryverylongwordofthirtytwo": true})
	f.Add("x")
	for w, want := range map[string]bool{"meet": true, "talks": true, "x": true, "averyveryveryverylongwordofthirtytwo": true} {
		if !f.May(w) {
			t.Errorf("May(%q) = false, want %v", w, want)
		}
	}
	for _, w := range []string{"", "met", "meets", "y", "walks", "meek", "tallk"} {
		if f.May(w) {
			t.Errorf("May(%q) = true for a word no lexicon has (no lexicon word of its length has its first and last byte)", w)
		}
	}
	if !NewFilter(map[string]int{"a": 1}).Or(f).May("meet") {
		t.Error("Or drops a word of its second filter")
	}
	if NewFilter(map[string]int{"a": 1}).May("averyveryveryverylongwordofthirtytwo") {
		t.Error("a long word passes a filter with no long word")
	}
}

func TestAppendLowerASCII(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		room    int
		ok      bool
	}{
		{"Reuters", "reuters", 16, true},
		{"(EDITING BY Jane Doe)", "(editing by jane doe)", 32, true},
		{"", "", 4, true},
		{"Zürich", "", 16, false},     // not ASCII: the caller falls back
		{"Monday", "", 5, false},      // longer than the room
		{"Monday", "monday", 6, true}, // exactly the room
	} {
		got, ok := AppendLowerASCII(make([]byte, 0, tc.room), tc.s)
		if ok != tc.ok || string(got) != tc.want {
			t.Errorf("AppendLowerASCII(room %d, %q) = %q, %v; want %q, %v", tc.room, tc.s, got, ok, tc.want, tc.ok)
		}
	}
	buf := append(make([]byte, 0, 8), "ab"...)
	if got, ok := AppendLowerASCII(buf, "CDEFGH"); !ok || string(got) != "abcdefgh" {
		t.Errorf("appending to %q = %q, %v; want abcdefgh, true", buf, got, ok)
	}
}
