package store

import (
	"slices"
	"strings"
	"testing"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		in, sqlite, postgres string
	}{
		{`SELECT 1`, `SELECT 1`, `SELECT 1`},
		{`a = ? AND b IN (?, ?)`, `a = ? AND b IN (?, ?)`, `a = $1 AND b IN ($2, $3)`},
		{`ünï = ?`, `ünï = ?`, `ünï = $1`},
	}
	pg := dialect{dollarPlaceholders: true}
	for _, tc := range tests {
		if got := sqliteDialect().q(tc.in); got != tc.sqlite {
			t.Errorf("sqlite q(%q) = %q, want %q", tc.in, got, tc.sqlite)
		}
		if got := pg.q(tc.in); got != tc.postgres {
			t.Errorf("postgres q(%q) = %q, want %q", tc.in, got, tc.postgres)
		}
	}
}

func TestSearchTermsAndFTS5Query(t *testing.T) {
	tests := []struct {
		in    string
		terms []string
		fts   string
	}{
		{"india russia", []string{"india", "russia"}, `"india" "russia"`},
		{`" OR 1=1 --`, []string{"OR", "1=1"}, `"OR" "1=1"`},
		{`say "hi"`, []string{"say", `"hi"`}, `"say" """hi"""`},
		{"NEAR( *", []string{"NEAR("}, `"NEAR("`},
		{"a\x00b\tc", []string{"a", "b", "c"}, `"a" "b" "c"`},
		{"  ", nil, ""},
		{"São Zürich 日本", []string{"São", "Zürich", "日本"}, `"São" "Zürich" "日本"`},
	}
	for _, tc := range tests {
		terms := searchTerms(tc.in)
		if !slices.Equal(terms, tc.terms) {
			t.Errorf("searchTerms(%q) = %q, want %q", tc.in, terms, tc.terms)
		}
		if got := fts5Query(terms); got != tc.fts {
			t.Errorf("fts5Query(%q) = %s, want %s", terms, got, tc.fts)
		}
	}
	many := searchTerms(strings.Repeat("w ", 50))
	if len(many) != maxSearchTerms {
		t.Errorf("searchTerms kept %d words, want at most %d", len(many), maxSearchTerms)
	}
}
