package store

import (
	"reflect"
	"testing"
)

// TestIndexChangesDrop: a row added and deleted within one re-merge was
// never in the keyword index, so it is not taken out of it; a row that was
// is, with the text it was indexed with.
func TestIndexChangesDrop(t *testing.T) {
	ix := &indexChanges{added: map[int64]bool{}}
	ix.drop(mergedRecord{id: 1, title: "Talks", saidPlace: "Rome", people: "A\nB", evidence: "met"})
	ix.added[1], ix.added[2] = true, true // 1 re-added, 2 new
	ix.drop(mergedRecord{id: 2, title: "Summit"})
	if want := [][5]any{{int64(1), "Talks", "Rome", "A\nB", "met"}}; !reflect.DeepEqual(ix.gone, want) {
		t.Errorf("gone = %v, want %v", ix.gone, want)
	}
	if want := map[int64]bool{1: true}; !reflect.DeepEqual(ix.added, want) {
		t.Errorf("added = %v, want %v", ix.added, want)
	}
}
