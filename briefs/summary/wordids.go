package summary

// wordIDs maps the words of one document to their ids (newModel; and
// their plural-folded forms to the ids of those): an open-addressing table
// keyed by the word's FNV-1a hash, which the scanner has at hand. Each word
// of the text is looked up once, so this is newModel's inner loop; a Go map
// spent most of its time hashing and probing there, and clearing it for
// the next document cost a pass over all its room. A slot is 8 bytes (the
// hash and where the word is), so the table of a story stays in the
// nearest cache, and bytes are compared only on a true hit.
type wordIDs struct {
	slots []wordSlot // len is a power of two, at most half full
	words []string   // the words, in the order put
	ids   []int32    // ids[i] is the id of words[i]
}

// wordSlot is one place of the table: the hash of a word and 1 + its index
// in words; n is 0 in an empty slot.
type wordSlot struct {
	hash uint32
	n    int32
}

// minWordSlots is the room of a new table: a news story has a few hundred
// distinct words.
const minWordSlots = 1024

// hashWord is the FNV-1a hash of w.
func hashWord[W []byte | string](w W) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// lookup returns the id of w, whose hash is h, and whether it is in t;
// w is the scanner's bytes or a folded key's string, compared to the stored
// word only when the hashes agree.
func lookup[W []byte | string](t *wordIDs, w W, h uint32) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if s.hash == h && t.words[s.n-1] == string(w) {
			return t.ids[s.n-1], true
		}
	}
}

// put adds w, whose hash is h and which is not in the table, with id.
func (t *wordIDs) put(w string, h uint32, id int32) {
	t.words = append(t.words, w)
	t.ids = append(t.ids, id)
	if 2*len(t.words) > len(t.slots) {
		t.grow()
		return
	}
	t.place(h, int32(len(t.words)))
}

// place puts slot n (1 + an index in words) of hash h in the first free place.
func (t *wordIDs) place(h uint32, n int32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{hash: h, n: n}
}

// grow doubles the table's room (or makes it) and places its words again.
func (t *wordIDs) grow() {
	t.slots = make([]wordSlot, max(2*len(t.slots), minWordSlots))
	for i, w := range t.words {
		t.place(hashWord(w), int32(i+1))
	}
}

// len is the number of words in the table.
func (t *wordIDs) len() int { return len(t.words) }

// reset empties the table, keeping its room.
func (t *wordIDs) reset() {
	clear(t.slots)
	clear(t.words) // let go of the text
	t.words, t.ids = t.words[:0], t.ids[:0]
}
