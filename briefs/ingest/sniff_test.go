package ingest

import "testing"

func TestSniff(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"text": "a"}` + "\n" + `{"text": "b"}`, ".jsonl"},
		{`{"text": "a"}`, ".jsonl"},
		{"\ufeff  \n" + `{"text": "a"}`, ".jsonl"},
		{"{\n  \"text\": \"a\"\n}\n", ".json"},
		{`[{"text": "a"}]`, ".json"},
		{"<html><p>Hi</p></html>", ".html"},
		{"# Title\n\nText.", ".md"},
		{"---\ntitle: x\n---\nText.", ".md"},
		{"NEW DELHI, Dec 4 (IANS) Talks.", ".txt"},
		{"", ".txt"},
	} {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtension(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"jsonl", ".jsonl", true}, {".md", ".md", true}, {"markdown", ".markdown", true}, {"TEXT", ".txt", true},
		{"html", ".html", true}, {"pdf", ".pdf", false},
	} {
		if got, ok := Extension(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("Extension(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
