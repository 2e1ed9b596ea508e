package meetings

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// Same reports whether two meetings with different keys, reported on the
// same date, are one meeting described in other words: the key words of
// one are all among the other's (two words at least), or they share an
// ordinal and another key word and are at the same place (or one has
// none) — "the 22nd IRIGC-M&MTC ministerial meeting" and "the 22nd
// India-Russia Inter-Governmental Commission ministerial meeting". A
// generic key ("board-meeting@...", see Key) joins another only when both
// name the same place: two boards may meet on one day. The caller checks
// the dates; Same looks at keys and places only.
func Same(a, b briefs.Meeting) bool {
	ka, ga := splitKey(a.Key)
	kb, gb := splitKey(b.Key)
	if (ga || gb) && (a.Place == "" || !strings.EqualFold(a.Place, b.Place)) {
		return false
	}
	return keySubset(ka, kb) || sameNumbered(ka, kb, a.Place, b.Place)
}

// sameNumbered reports whether two meeting keys of one date share an
// ordinal and at least one other key word, and the meetings are at the same
// place (or one has none): "the 22nd IRIGC-M&MTC ministerial meeting" and
// "the 22nd India-Russia Inter-Governmental Commission ministerial meeting".
func sameNumbered(ka, kb, placeA, placeB string) bool {
	if placeA != "" && placeB != "" && !strings.EqualFold(placeA, placeB) {
		return false
	}
	wa := map[string]bool{}
	for _, w := range strings.Split(ka, "-") {
		wa[w] = true
	}
	var ordinal, other bool
	for _, w := range strings.Split(kb, "-") {
		switch {
		case !wa[w]:
		case isOrdinal(w):
			ordinal = true
		default:
			other = true
		}
	}
	return ordinal && other
}

// isOrdinal reports whether w is a numeric ordinal such as "22nd" or "5th".
func isOrdinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return i > 0
	}
	return false
}

// keySubset reports whether two meeting keys (words joined by "-") name
// the same meeting: the words of one are all among the other's, and there
// are at least two of them.
func keySubset(a, b string) bool {
	wa, wb := strings.Split(a, "-"), strings.Split(b, "-")
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	for _, w := range wa {
		if !set[w] {
			return false
		}
	}
	return true
}
