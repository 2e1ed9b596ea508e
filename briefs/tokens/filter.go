package tokens

// Filter says cheaply that a word is in none of a few lexicons, before a
// map lookup does the real check: lexicon lookups of every token were a
// large share of the analysis, and most tokens are in no lexicon. A word
// passes when some lexicon word has its first byte and its length.
type Filter struct {
	bits [256]uint32 // bit n of bits[c]: a word starts with c and has n bytes (n < 32)
	long bool        // a word has 32 bytes or more
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
	for c := range out.bits {
		out.bits[c] = f.bits[c] | g.bits[c]
	}
	return out
}

// Add lets w pass the filter.
func (f *Filter) Add(w string) {
	switch n := len(w); {
	case n == 0:
	case n < 32:
		f.bits[w[0]] |= 1 << n
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
	return f.bits[w[0]]&(1<<n) != 0
}
