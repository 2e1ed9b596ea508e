package meetings

import "testing"

// TestStripTitles: a person's titles go, a body's name stays whole.
func TestStripTitles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Finance Minister Nigel Lawson", "Nigel Lawson"},
		{"U.S. Treasury Secretary James Baker", "James Baker"},
		{"Chancellor of the Exchequer Nigel Lawson", "Nigel Lawson"},
		{"Bank of Korea", "Bank of Korea"},
		{"General Motors Corp", "General Motors Corp"},
		{"U.S. Federal Reserve", "U.S. Federal Reserve"},
		{"Federal Reserve Chairman Jerome Powell", "Jerome Powell"},
		{"Coordinating Minister of Health Muhammad Ali Pate", "Muhammad Ali Pate"},
	} {
		if got := stripTitles(c.in); got != c.want {
			t.Errorf("stripTitles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
