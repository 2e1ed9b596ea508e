package tokens

// Filter says cheaply that a word is in none of a few lexicons, before a
// map lookup does the real check: lexicon lookups of every token were a
// large share of the analysis, and most tokens are in no lexicon. A word
// passes when some lexicon word has its first byte and its length, and some
// lexicon word its last byte and its length.
type Filter struct {
	first [256]uint32 // bit n of first[c]: a word starts with c and has n bytes (n < 32)
	last  [256]uint32 // bit n of last[c]: a word ends with c and has n bytes (n < 32)
	long  bool        // a word has 32 bytes or more
}

// NewFilter is the filter of the words of lexicons.
func NewFilter[V any](lexicons ...map[string]V) *Filter {
	f := &Filter{}
	for _, m := range lexicons {
		for w := range m {
			f.Add(w)
		}
	}
	return f
}

// Or is a filter that passes the words f or g passes.
func (f *Filter) Or(g *Filter) *Filter {
	out := &Filter{long: f.long || g.long}
	for c := range out.first {
		out.first[c] = f.first[c] | g.first[c]
		out.last[c] = f.last[c] | g.last[c]
	}
	return out
}

// Add lets w pass the filter.
func (f *Filter) Add(w string) {
	switch n := len(w); {
	case n == 0:
	case n < 32:
		f.first[w[0]] |= 1 << n
		f.last[w[n-1]] |= 1 << n
	default:
		f.long = true
	}
}

// May reports whether w may be one of the filter's words: false means it
// is none of them.
func (f *Filter) May(w string) bool {
	n := len(w)
	if n == 0 || n >= 32 {
		return n >= 32 && f.long
	}
	return f.first[w[0]]&f.last[w[n-1]]&(1<<n) != 0
}
