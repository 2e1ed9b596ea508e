package meetings

// perSentence keeps what was worked out for each sentence, once: the role
// rules (roles.go, sides.go) read a sentence's attendees, side leaders,
// joined pair and whether it names a dated meeting of its own the same way
// for every mention that asks, and a sentence with several mentions, or
// next to one, was read again for each.
type perSentence[T any] struct {
	known []bool
	vals  []T
}

// get is work(si), worked out on the first call for sentence si of n. A
// list it returns is shared: callers copy from it and never change it.
func (p *perSentence[T]) get(n, si int, work func(si int) T) T {
	if p.known == nil {
		p.known, p.vals = make([]bool, n), make([]T, n)
	}
	if !p.known[si] {
		p.vals[si], p.known[si] = work(si), true
	}
	return p.vals[si]
}
