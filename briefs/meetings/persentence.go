package meetings

// perSentence keeps a list of names worked out for each sentence, once:
// the role rules (roles.go) read a sentence's attendees, side leaders and
// joined pair the same way for every mention that asks, and a sentence
// with several mentions, or next to one, was read again for each.
type perSentence struct {
	known []bool
	lists [][]string
}

// get is work(si), worked out on the first call for sentence si of n. The
// list is shared: callers copy from it and never change it.
func (p *perSentence) get(n, si int, work func(si int) []string) []string {
	if p.known == nil {
		p.known, p.lists = make([]bool, n), make([][]string, n)
	}
	if !p.known[si] {
		p.lists[si], p.known[si] = work(si), true
	}
	return p.lists[si]
}
