package meetings

import "testing"

// TestTitleCase: each word's first letter is upper-cased whole, a
// non-ASCII one too (place.go titleCase).
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"ghana": "Ghana", "kuala lumpur": "Kuala Lumpur", "ålesund": "Ålesund", "": ""} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
