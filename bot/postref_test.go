package bot

import (
	"slices"
	"testing"
)

func TestPostRef(t *testing.T) {
	if got := PostRef("-100", []string{"7", "8"}); got != "-100/7,8" {
		t.Errorf("PostRef = %q, want -100/7,8", got)
	}
	tests := []struct {
		ref  string
		chat string
		ids  []string
		ok   bool
	}{
		{"-100/7,8", "-100", []string{"7", "8"}, true},
		{"C1/1700000000.000001", "C1", []string{"1700000000.000001"}, true},
		{"C1", "", nil, false},
		{"/7", "", nil, false},
		{"C1/", "", nil, false},
		{"", "", nil, false},
	}
	for _, tt := range tests {
		chat, ids, ok := ParsePostRef(tt.ref)
		if chat != tt.chat || !slices.Equal(ids, tt.ids) || ok != tt.ok {
			t.Errorf("ParsePostRef(%q) = %q, %q, %v; want %q, %q, %v", tt.ref, chat, ids, ok, tt.chat, tt.ids, tt.ok)
		}
	}
}
