package summary

// wordIDs maps the words of one document to their ids (newModel; and
// their plural-folded forms to the ids of those): an
// open-addressing table keyed by the word and its FNV-1a hash, which the
// scanner has at hand. Each word of the text is looked up once, so this is
// newModel's inner loop; a Go map spent most of its time hashing and
// probing there, and clearing it for the next document cost a pass over
// all its room. The table keeps the hash beside the word, so a probe
// compares bytes only on a true hit, and reset clears only the slots used.
type wordIDs struct {
	slots []wordSlot // len is a power of two, at most half full
	used  []int32    // indexes of the slots in use, for reset
}

type wordSlot struct {
	word string
	hash uint32
	id   int32
	full bool
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

// get returns the id of w, whose hash is h, and whether it is in the table.
func (t *wordIDs) get(w []byte, h uint32) (int32, bool) {
	s := t.find(h, func(word string) bool { return word == string(w) })
	return s.id, s.full
}

// getString is get of a string.
func (t *wordIDs) getString(w string, h uint32) (int32, bool) {
	s := t.find(h, func(word string) bool { return word == w })
	return s.id, s.full
}

// noSlot is what find returns for a word not in the table.
var noSlot wordSlot

// find returns the slot of the word whose hash is h and that is, or noSlot.
func (t *wordIDs) find(h uint32, is func(word string) bool) *wordSlot {
	if len(t.slots) == 0 {
		return &noSlot
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.full {
			return &noSlot
		}
		if s.hash == h && is(s.word) {
			return s
		}
	}
}

// put adds w, whose hash is h and which is not in the table, with id.
func (t *wordIDs) put(w string, h uint32, id int32) {
	if 2*(len(t.used)+1) > len(t.slots) {
		t.grow()
	}
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].full {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{word: w, hash: h, id: id, full: true}
	t.used = append(t.used, int32(i))
}

// grow doubles the table's room (or makes it) and puts its words back.
func (t *wordIDs) grow() {
	old := t.slots
	t.slots = make([]wordSlot, max(2*len(old), minWordSlots))
	t.used = t.used[:0]
	for _, s := range old {
		if s.full {
			t.put(s.word, s.hash, s.id)
		}
	}
}

// len is the number of words in the table.
func (t *wordIDs) len() int { return len(t.used) }

// reset empties the table, keeping its room.
func (t *wordIDs) reset() {
	for _, i := range t.used {
		t.slots[i] = wordSlot{}
	}
	t.used = t.used[:0]
}
