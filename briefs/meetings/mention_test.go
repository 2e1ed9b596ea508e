package meetings

import (
	"slices"
	"testing"
)

// TestMentionCloneSharesNothing: the meetings of a date series are copies
// of one mention, and each goes on to gather its own names and reasons; a
// copy that shared a slice's spare room or a map with the original would
// see the other's changes.
func TestMentionCloneSharesNothing(t *testing.T) {
	m := &mention{
		named:      append(make([]string, 0, 8), "Bank of England"),
		namedAt:    map[string]int{"Bank of England": 2},
		nameOrgs:   append(make([]string, 0, 8), "MPC"),
		why:        map[Field]why{FieldKind: {}},
		partWhy:    map[string]why{"Bank of England": {}},
		sides:      append(make([]string, 0, 8), "EU"),
		notParties: map[string]bool{"London": true},
	}
	c := m.clone()
	m.named = append(m.named, "Treasury")
	c.named = append(c.named, "Federal Reserve")
	m.nameOrgs = append(m.nameOrgs, "ECB")
	c.nameOrgs = append(c.nameOrgs, "IMF")
	m.sides = append(m.sides, "UK")
	c.sides = append(c.sides, "US")
	c.namedAt["Federal Reserve"] = 9
	c.why[FieldPlace] = why{}
	c.partWhy["Federal Reserve"] = why{}
	delete(c.notParties, "London")

	for _, tc := range []struct {
		what      string
		got, want []string
	}{
		{"original named", m.named, []string{"Bank of England", "Treasury"}},
		{"copy named", c.named, []string{"Bank of England", "Federal Reserve"}},
		{"original nameOrgs", m.nameOrgs, []string{"MPC", "ECB"}},
		{"copy nameOrgs", c.nameOrgs, []string{"MPC", "IMF"}},
		{"original sides", m.sides, []string{"EU", "UK"}},
		{"copy sides", c.sides, []string{"EU", "US"}},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s = %q, want %q", tc.what, tc.got, tc.want)
		}
	}
	if _, ok := m.namedAt["Federal Reserve"]; ok {
		t.Error("the copy's namedAt entry shows in the original")
	}
	if _, ok := m.why[FieldPlace]; ok {
		t.Error("the copy's reason for the place shows in the original")
	}
	if _, ok := m.partWhy["Federal Reserve"]; ok {
		t.Error("the copy's participant reason shows in the original")
	}
	if !m.notParties["London"] {
		t.Error("deleting from the copy's notParties removed the original's")
	}
}
